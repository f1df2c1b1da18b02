//! The durable write path against the real embedded store: everything acknowledged is
//! stored, across shutdowns and crashes, and the pending bound refuses rather than grows.

use std::sync::Arc;

use datafast_core::ObjectId;
use datafast_ingest::spool::SegmentWriter;
use datafast_ingest::{IngestConfig, IngestQueue, SubmitError};
use datafast_store::{EventRecord, EventStore};
use datafast_store_embedded::DuckEventStore;

async fn store(dir: &std::path::Path) -> Arc<dyn EventStore> {
    Arc::new(DuckEventStore::open(&dir.join("events.duckdb")).await.unwrap())
}

#[tokio::test]
async fn acknowledged_events_are_stored_by_shutdown() {
    let dir = tempfile::tempdir().unwrap();
    let site = ObjectId::generate();
    let events = store(dir.path()).await;
    let (queue, workers) =
        IngestQueue::start(IngestConfig::new(dir.path().join("spool")), Arc::clone(&events)).await.unwrap();
    let mut tasks = Vec::new();
    for t in 0..8 {
        let q = queue.clone();
        tasks.push(tokio::spawn(async move {
            for i in 0..125 {
                q.submit(vec![EventRecord::new(site, t * 1000 + i, "pageview")]).await.unwrap();
            }
        }));
    }
    for t in tasks {
        t.await.unwrap();
    }
    drop(queue);
    workers.shutdown().await;
    assert_eq!(events.count_events(site).await.unwrap(), 1000);
}

#[tokio::test]
async fn spooled_but_unstored_events_are_replayed_exactly_once() {
    let dir = tempfile::tempdir().unwrap();
    let spool_dir = dir.path().join("spool");
    std::fs::create_dir_all(&spool_dir).unwrap();
    let site = ObjectId::generate();
    // As after a crash: a segment holds acknowledged events the store never received.
    let mut segment = SegmentWriter::create(&spool_dir, 1).unwrap();
    for i in 0..50 {
        segment.append(&EventRecord::new(site, i, "pageview")).unwrap();
    }
    segment.sync().unwrap();
    drop(segment);

    for _ in 0..2 {
        let events = store(dir.path()).await;
        let (queue, workers) =
            IngestQueue::start(IngestConfig::new(spool_dir.clone()), Arc::clone(&events)).await.unwrap();
        assert_eq!(events.count_events(site).await.unwrap(), 50, "replayed once, not again on the second start");
        drop(queue);
        workers.shutdown().await;
    }
}

#[tokio::test]
async fn the_pending_bound_refuses_instead_of_growing() {
    let dir = tempfile::tempdir().unwrap();
    let site = ObjectId::generate();
    let events = store(dir.path()).await;
    let mut config = IngestConfig::new(dir.path().join("spool"));
    config.max_pending = 5;
    let (queue, workers) = IngestQueue::start(config, Arc::clone(&events)).await.unwrap();
    let too_many = (0..6).map(|i| EventRecord::new(site, i, "pageview")).collect();
    assert!(matches!(queue.submit(too_many).await, Err(SubmitError::Busy)));
    assert_eq!(queue.pending(), 0);
    queue.submit((0..5).map(|i| EventRecord::new(site, i, "pageview")).collect()).await.unwrap();
    drop(queue);
    workers.shutdown().await;
    assert_eq!(events.count_events(site).await.unwrap(), 5);
}
