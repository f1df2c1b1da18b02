//! `datafast import --website ID FILE`: history from other tools, one JSON event per line
//! (format in the README), through the ingestion pipeline into the event store. DuckDB admits
//! one writing process, so the server must be stopped while importing; the metadata store is
//! only read.

use std::io::{BufReader, IsTerminal, Write};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{bail, Context};
use clap::Args;
use datafast_core::ObjectId;
use datafast_ingest::identity::Identity;
use datafast_ingest::import::{import, ImportSummary};
use datafast_ingest::pipeline::Pipeline;
use datafast_store::{EventStore, MetaStore};
use datafast_store_embedded::{events_path, meta_path, DuckEventStore, SqliteMetaStore};
use serde_json::json;

use crate::{DataDir, GeoIpArg};

#[derive(Args, Debug)]
pub struct ImportArgs {
    /// The website: its websiteId or its trackingId (`dfid_…`).
    #[arg(long)]
    website: String,
    /// Newline-delimited JSON events; `-` reads standard input.
    file: PathBuf,
    #[command(flatten)]
    data_dir: DataDir,
    #[command(flatten)]
    geoip: GeoIpArg,
    /// No progress display.
    #[arg(long)]
    quiet: bool,
}

/// Redraws one status line on a terminal; elsewhere (logs, CI) prints a line every 5 seconds.
struct ProgressLine {
    total_bytes: Option<u64>,
    started: Instant,
    last_print: Instant,
    terminal: bool,
    quiet: bool,
}

impl ProgressLine {
    fn show(&mut self, bytes: u64, lines: u64, done: bool) {
        if self.quiet {
            return;
        }
        let every = if self.terminal { Duration::from_millis(200) } else { Duration::from_secs(5) };
        if !done && self.last_print.elapsed() < every {
            return;
        }
        self.last_print = Instant::now();
        let secs = self.started.elapsed().as_secs_f64().max(1e-3);
        let rate = lines as f64 / secs;
        let line = match self.total_bytes.filter(|t| *t > 0) {
            Some(total) => {
                let fraction = (bytes as f64 / total as f64).min(1.0);
                let filled = (fraction * 30.0) as usize;
                format!(
                    "[{}{}] {:>3.0}% {:.1}/{:.1} MB, {lines} lines, {rate:.0} lines/s",
                    "#".repeat(filled),
                    " ".repeat(30 - filled),
                    fraction * 100.0,
                    bytes as f64 / 1e6,
                    total as f64 / 1e6,
                )
            }
            None => format!("{:.1} MB, {lines} lines, {rate:.0} lines/s", bytes as f64 / 1e6),
        };
        let mut err = std::io::stderr().lock();
        if self.terminal {
            let _ = write!(err, "\r{line}\x1b[K");
            if done {
                let _ = writeln!(err);
            }
        } else {
            let _ = writeln!(err, "{line}");
        }
    }
}

pub async fn run(args: ImportArgs) -> anyhow::Result<()> {
    let dir = args.data_dir.ensure()?;
    let meta = SqliteMetaStore::open(&meta_path(dir)).await.context("opening the metadata store")?;
    let website = match args.website.parse::<ObjectId>() {
        Ok(id) => meta.website(id).await?,
        Err(_) => meta.website_by_tracking_id(&args.website).await?,
    };
    let Some(website) = website else {
        bail!("no website {} in {}", args.website, dir.display());
    };
    let (input, total_bytes): (Box<dyn std::io::BufRead + Send>, Option<u64>) = if args.file.as_os_str() == "-" {
        (Box::new(BufReader::with_capacity(1 << 20, std::io::stdin())), None)
    } else {
        let file = std::fs::File::open(&args.file).with_context(|| format!("cannot open {}", args.file.display()))?;
        let size = file.metadata().ok().map(|m| m.len());
        (Box::new(BufReader::with_capacity(1 << 20, file)), size)
    };
    let events = DuckEventStore::open(&events_path(dir))
        .await
        .context("opening the event store (stop the server first: the event store admits one writer)")?;
    let events: Arc<dyn EventStore> = Arc::new(events);
    let identity = Identity::load_or_create(&dir.join("ingest.secret")).context("reading the ingestion secret")?;
    let meta: Arc<dyn MetaStore> = Arc::new(meta);
    let pipeline = Arc::new(Pipeline::new(meta, identity, args.geoip.open()?));

    let started = Instant::now();
    let mut progress = ProgressLine {
        total_bytes,
        started,
        last_print: started,
        terminal: std::io::stderr().is_terminal(),
        quiet: args.quiet,
    };
    let summary = import(pipeline, website.clone(), input, events, move |bytes, lines| {
        progress.show(bytes, lines, total_bytes.is_some_and(|t| bytes >= t))
    })
    .await?;
    let seconds = started.elapsed().as_secs_f64();
    report(&summary, seconds, &website.id.to_hex());
    Ok(())
}

/// One JSON object on stdout (for scripts) and a readable summary on stderr.
fn report(summary: &ImportSummary, seconds: f64, website_id: &str) {
    let first: Vec<_> = summary.first_drops.iter().map(|(line, why)| json!({"line": line, "reason": why})).collect();
    let out = json!({
        "websiteId": website_id,
        "lines": summary.lines,
        "stored": summary.stored,
        "dropped": summary.dropped,
        "firstDropped": first,
        "seconds": (seconds * 1000.0).round() / 1000.0,
    });
    println!("{out}");
    let dropped: u64 = summary.dropped.values().sum();
    let mut err = std::io::stderr().lock();
    let _ = writeln!(
        err,
        "imported {} of {} lines in {seconds:.1} s ({:.0} lines/s); dropped {dropped}",
        summary.stored,
        summary.lines,
        summary.lines as f64 / seconds.max(1e-3),
    );
    for (reason, n) in &summary.dropped {
        let _ = writeln!(err, "  {reason}: {n}");
    }
    for (line, why) in &summary.first_drops {
        let _ = writeln!(err, "  line {line}: {why}");
    }
}
