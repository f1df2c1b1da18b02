//! The accept-first write path: `submit` returns once the event is synced to the spool; a
//! background writer moves events into the store in batches. Memory is bounded: at most
//! `max_pending` events may be accepted but not yet stored; beyond that `submit` refuses with
//! `SubmitError::Busy` (the HTTP layer answers 503 + Retry-After).

use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{mpsc as std_mpsc, Arc};
use std::time::Duration;

use datafast_store::{EventRecord, EventStore, SpoolPosition, StoreResult};
use tokio::sync::{mpsc, oneshot};
use tokio::task::JoinHandle;

use crate::spool::{self, SegmentWriter};

#[derive(Debug, Clone)]
pub struct IngestConfig {
    pub spool_dir: PathBuf,
    /// Accepted-but-not-stored events allowed before new events are refused.
    pub max_pending: usize,
    /// Events per store batch.
    pub batch_size: usize,
    /// Longest time an accepted event waits before its batch is written.
    pub flush_interval: Duration,
    /// A spool segment is closed and a new one started past this size.
    pub segment_bytes: u64,
    /// Told about every goal once its batch is stored (alerts listen here). Bounded: when the
    /// listener falls behind, notifications are dropped (and logged), never the events.
    pub stored_goals: Option<mpsc::Sender<StoredGoal>>,
}

/// A goal completion that is now in the event store.
#[derive(Debug, Clone)]
pub struct StoredGoal {
    pub website_id: datafast_core::ObjectId,
    pub goal_name: String,
    pub visitor_id: u128,
    pub timestamp_ms: i64,
}

impl IngestConfig {
    pub fn new(spool_dir: PathBuf) -> Self {
        IngestConfig {
            spool_dir,
            max_pending: 100_000,
            batch_size: 20_000,
            flush_interval: Duration::from_millis(500),
            segment_bytes: 64 * 1024 * 1024,
            stored_goals: None,
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum SubmitError {
    #[error("ingestion is behind; retry shortly")]
    Busy,
    #[error("ingestion is shutting down")]
    Closed,
    #[error("spool write failed: {0}")]
    Io(#[from] std::io::Error),
}

struct SpoolRequest {
    records: Vec<EventRecord>,
    ack: oneshot::Sender<std::io::Result<()>>,
}

struct Batch {
    records: Vec<EventRecord>,
    reached: SpoolPosition,
}

/// Handle used by request handlers; cheap to clone.
#[derive(Clone)]
pub struct IngestQueue {
    spool_tx: std_mpsc::SyncSender<SpoolRequest>,
    pending: Arc<AtomicUsize>,
    max_pending: usize,
    progress: Arc<Progress>,
}

/// Events acknowledged and events stored since start. Both only grow and the writer stores in
/// acknowledgement order, so `stored >= n` means the first `n` acknowledged events are stored.
#[derive(Default)]
struct Progress {
    acked: AtomicU64,
    stored: AtomicU64,
}

/// Owned by whoever started the queue; `shutdown` drains everything into the store.
pub struct IngestWorkers {
    spool_thread: std::thread::JoinHandle<()>,
    writer: JoinHandle<()>,
}

impl IngestQueue {
    /// Replays what the store is missing from the spool, then starts the spool thread and
    /// the writer. Call before accepting traffic.
    pub async fn start(config: IngestConfig, store: Arc<dyn EventStore>) -> StoreResult<(IngestQueue, IngestWorkers)> {
        std::fs::create_dir_all(&config.spool_dir).map_err(io_err)?;
        let next_segment = replay(&config, store.as_ref()).await?;
        let segment = {
            let dir = config.spool_dir.clone();
            tokio::task::spawn_blocking(move || SegmentWriter::create(&dir, next_segment))
                .await
                .map_err(|e| datafast_store::StoreError::Backend(e.to_string()))?
                .map_err(io_err)?
        };

        let pending = Arc::new(AtomicUsize::new(0));
        let max_pending = config.max_pending;
        // The request channel is small: the spool thread drains it in batches, and
        // `max_pending` is the real bound on memory.
        let (spool_tx, spool_rx) = std_mpsc::sync_channel::<SpoolRequest>(4096);
        let (batch_tx, batch_rx) = mpsc::unbounded_channel::<Batch>();
        let spool_dir = config.spool_dir.clone();
        let segment_bytes = config.segment_bytes;
        let progress = Arc::new(Progress::default());
        let spool_progress = Arc::clone(&progress);
        let spool_thread = std::thread::Builder::new()
            .name("datafast-spool".into())
            .spawn(move || spool_loop(spool_rx, batch_tx, segment, spool_dir, segment_bytes, &spool_progress))
            .map_err(io_err)?;
        let writer = tokio::spawn(writer_loop(batch_rx, store, config, Arc::clone(&pending), Arc::clone(&progress)));
        Ok((IngestQueue { spool_tx, pending, max_pending, progress }, IngestWorkers { spool_thread, writer }))
    }

    /// Accepted-but-not-yet-stored events.
    pub fn pending(&self) -> usize {
        self.pending.load(Ordering::Relaxed)
    }

    /// Waits until every event acknowledged before the call is in the store (or `timeout`
    /// passes; then false). Deletions call it first, so they also remove what was just sent.
    pub async fn wait_stored(&self, timeout: Duration) -> bool {
        let target = self.progress.acked.load(Ordering::Acquire);
        let deadline = tokio::time::Instant::now() + timeout;
        while self.progress.stored.load(Ordering::Acquire) < target {
            if tokio::time::Instant::now() >= deadline {
                return false;
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        true
    }

    /// Makes `records` durable in the spool; they reach the store shortly after.
    pub async fn submit(&self, records: Vec<EventRecord>) -> Result<(), SubmitError> {
        let n = records.len();
        if n == 0 {
            return Ok(());
        }
        // Reserve room first so concurrent submitters cannot overshoot the bound together.
        let before = self.pending.fetch_add(n, Ordering::AcqRel);
        if before + n > self.max_pending {
            self.pending.fetch_sub(n, Ordering::AcqRel);
            return Err(SubmitError::Busy);
        }
        let (ack, acked) = oneshot::channel();
        let request = SpoolRequest { records, ack };
        let sent = match self.spool_tx.try_send(request) {
            Ok(()) => Ok(()),
            Err(std_mpsc::TrySendError::Full(request)) => {
                // Rare: thousands of requests in flight at once. Wait for room off the runtime.
                let tx = self.spool_tx.clone();
                tokio::task::spawn_blocking(move || tx.send(request).map_err(|_| ())).await.unwrap_or(Err(()))
            }
            Err(std_mpsc::TrySendError::Disconnected(_)) => Err(()),
        };
        let result = match sent {
            Ok(()) => match acked.await {
                Ok(Ok(())) => return Ok(()),
                Ok(Err(e)) => Err(SubmitError::Io(e)),
                Err(_) => Err(SubmitError::Closed),
            },
            Err(()) => Err(SubmitError::Closed),
        };
        self.pending.fetch_sub(n, Ordering::AcqRel);
        result
    }
}

impl IngestWorkers {
    /// Stops the spool thread once every `IngestQueue` handle is dropped, then waits for the
    /// writer to store everything that was accepted.
    pub async fn shutdown(self) {
        let spool_thread = self.spool_thread;
        let _ = tokio::task::spawn_blocking(move || spool_thread.join()).await;
        let _ = self.writer.await;
    }
}

fn io_err(e: std::io::Error) -> datafast_store::StoreError {
    datafast_store::StoreError::Backend(format!("spool: {e}"))
}

/// Stores every spooled event after the store's recorded position and returns the segment
/// new writes go to: always after every segment the cursor or the directory knows, so new
/// positions sort after old ones.
async fn replay(config: &IngestConfig, store: &dyn EventStore) -> StoreResult<u64> {
    let start = store.spool_position().await?.unwrap_or(SpoolPosition { segment: 0, offset: 0 });
    let segments = spool::segments(&config.spool_dir).map_err(io_err)?;
    let mut replayed = 0usize;
    for &segment in segments.iter().filter(|&&s| s >= start.segment) {
        let offset = if segment == start.segment { start.offset } else { 0 };
        let dir = config.spool_dir.clone();
        let frames = tokio::task::spawn_blocking(move || spool::read_segment(&dir, segment, offset))
            .await
            .map_err(|e| datafast_store::StoreError::Backend(e.to_string()))?
            .map_err(io_err)?;
        for chunk in frames.chunks(config.batch_size) {
            let reached = chunk.last().map(|(_, p)| *p);
            replayed += store.append(Arc::new(chunk.iter().map(|(r, _)| r.clone()).collect()), reached).await?;
        }
    }
    let next = (start.segment + 1).max(segments.last().map_or(1, |s| s + 1));
    // Everything before the new segment is now stored; old segments can go.
    store.append(Arc::new(Vec::new()), Some(SpoolPosition { segment: next, offset: 0 })).await?;
    for segment in segments {
        let _ = std::fs::remove_file(spool::segment_path(&config.spool_dir, segment));
    }
    if replayed > 0 {
        tracing::info!(events = replayed, "replayed spooled events into the store");
    }
    Ok(next)
}

fn spool_loop(
    rx: std_mpsc::Receiver<SpoolRequest>,
    batches: mpsc::UnboundedSender<Batch>,
    mut segment: SegmentWriter,
    dir: PathBuf,
    segment_bytes: u64,
    progress: &Progress,
) {
    // Group commit: everything waiting is written, then one fsync acknowledges it all.
    while let Ok(first) = rx.recv() {
        let mut requests = vec![first];
        while requests.len() < 1024 {
            match rx.try_recv() {
                Ok(r) => requests.push(r),
                Err(_) => break,
            }
        }
        let written: std::io::Result<SpoolPosition> = (|| {
            for r in &requests {
                for record in &r.records {
                    segment.append(record)?;
                }
            }
            segment.sync()
        })();
        match written {
            Ok(reached) => {
                let mut records = Vec::new();
                let mut acks = Vec::with_capacity(requests.len());
                for r in requests {
                    records.extend(r.records);
                    acks.push(r.ack);
                }
                progress.acked.fetch_add(records.len() as u64, Ordering::AcqRel);
                let _ = batches.send(Batch { records, reached });
                for ack in acks {
                    let _ = ack.send(Ok(()));
                }
            }
            Err(e) => {
                tracing::error!(error = %e, "spool write failed; refusing the events");
                for r in requests {
                    let _ = r.ack.send(Err(std::io::Error::new(e.kind(), e.to_string())));
                }
                // The segment may now hold a partial frame; continue in a fresh one.
                match SegmentWriter::create(&dir, segment.segment + 1) {
                    Ok(next) => segment = next,
                    Err(e) => {
                        tracing::error!(error = %e, "cannot open a new spool segment; ingestion stops");
                        return;
                    }
                }
            }
        }
        if segment.len() >= segment_bytes {
            match SegmentWriter::create(&dir, segment.segment + 1) {
                Ok(next) => segment = next,
                Err(e) => tracing::error!(error = %e, "cannot rotate the spool segment; continuing in the current one"),
            }
        }
    }
}

async fn writer_loop(
    mut rx: mpsc::UnboundedReceiver<Batch>,
    store: Arc<dyn EventStore>,
    config: IngestConfig,
    pending: Arc<AtomicUsize>,
    progress: Arc<Progress>,
) {
    let mut buffer: Vec<EventRecord> = Vec::new();
    let mut reached: Option<SpoolPosition> = None;
    let mut tick = tokio::time::interval(config.flush_interval);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    let mut open = true;
    while open || !buffer.is_empty() {
        tokio::select! {
            msg = rx.recv(), if open => match msg {
                Some(batch) => {
                    buffer.extend(batch.records);
                    reached = Some(batch.reached);
                    if buffer.len() < config.batch_size {
                        continue;
                    }
                }
                None => open = false,
            },
            _ = tick.tick() => {}
        }
        if buffer.is_empty() {
            continue;
        }
        let batch = Arc::new(std::mem::take(&mut buffer));
        let n = batch.len();
        let mut delay = Duration::from_millis(100);
        // Retry until stored: the events are safe in the spool meanwhile, and the pending
        // bound turns a stuck store into 503s rather than memory growth.
        loop {
            match store.append(Arc::clone(&batch), reached).await {
                Ok(_) => break,
                Err(e) => {
                    tracing::error!(error = %e, events = n, "storing a batch failed; retrying");
                    tokio::time::sleep(delay).await;
                    delay = (delay * 2).min(Duration::from_secs(5));
                }
            }
        }
        pending.fetch_sub(n, Ordering::AcqRel);
        progress.stored.fetch_add(n as u64, Ordering::AcqRel);
        if let Some(listener) = &config.stored_goals {
            notify_goals(listener, &batch);
        }
        if let Some(p) = reached {
            remove_segments_before(&config.spool_dir, p.segment);
        }
    }
}

fn notify_goals(listener: &mpsc::Sender<StoredGoal>, batch: &[EventRecord]) {
    for r in batch.iter().filter(|r| r.kind == "goal") {
        let goal = StoredGoal {
            website_id: r.website_id,
            goal_name: r.goal_name.clone(),
            visitor_id: r.visitor_id,
            timestamp_ms: r.timestamp_ms,
        };
        if listener.try_send(goal).is_err() {
            tracing::warn!(website = %r.website_id, goal = %r.goal_name, "goal listener behind or gone; notification dropped");
        }
    }
}

fn remove_segments_before(dir: &std::path::Path, segment: u64) {
    if let Ok(all) = spool::segments(dir) {
        for s in all.into_iter().filter(|&s| s < segment) {
            let _ = std::fs::remove_file(spool::segment_path(dir, s));
        }
    }
}
