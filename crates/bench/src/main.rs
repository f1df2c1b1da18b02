//! `datafast-bench`: repeatable measurements of the ingestion path, each beside a baseline
//! measured in the same run on the same machine.
//!
//! - `ingest`: end-to-end events/s and latency of `POST /api/events` on the real server (events
//!   durable in the spool when answered, all of them checked in the store afterwards), against
//!   the same HTTP stack (axum/hyper/tokio, same layers) answering a no-op endpoint.
//! - `import`: `datafast import` rows/s on generated history, against DuckDB's own Appender
//!   writing the same (already enriched) rows into the same table; bytes stored per event.
//! - `gen`: writes generated traffic as import lines (for other tools and the query benchmark).
//! - `noop-server`: the baseline server (started by `ingest`).
//!
//! Build and run: `cargo build -p datafast -p datafast-bench` then
//! `$CARGO_TARGET_DIR/debug/datafast-bench ingest` (see docs/benchmarks.md).

mod load;
mod traffic;

use std::io::{BufRead, BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{bail, Context};
use clap::{Parser, Subcommand};
use serde_json::{json, Value};

use crate::traffic::{Traffic, USER_AGENTS};

#[derive(Parser)]
#[command(name = "datafast-bench", about = "Ingestion benchmarks with same-run baselines")]
struct Cli {
    #[command(subcommand)]
    command: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// HTTP ingestion: the real server vs a no-op endpoint on the same stack.
    Ingest {
        #[arg(long, default_value_t = 200_000)]
        events: usize,
        #[arg(long, default_value_t = 64)]
        concurrency: usize,
        /// The `datafast` binary (default: next to this one).
        #[arg(long)]
        server_bin: Option<PathBuf>,
    },
    /// `datafast import` vs DuckDB's Appender on the same rows.
    Import {
        #[arg(long, default_value_t = 1_000_000)]
        events: u64,
        #[arg(long)]
        server_bin: Option<PathBuf>,
    },
    /// Analytics API latency vs hand-written DuckDB SQL on the same file.
    Query {
        #[arg(long, default_value_t = 1_000_000)]
        events: u64,
        /// Timed runs per query (after one warm-up).
        #[arg(long, default_value_t = 10)]
        runs: usize,
        #[arg(long)]
        server_bin: Option<PathBuf>,
        /// Keep the loaded data here and reuse it on the next run with the same `--events`
        /// (the load takes ~100 s per 10 M events); default: a temporary directory.
        #[arg(long)]
        data: Option<PathBuf>,
        /// Only the queries whose name contains this text.
        #[arg(long)]
        only: Option<String>,
    },
    /// Time until the dashboard is usable, in headless Chromium, on a site of `--events`
    /// events (tests/browser/timing.mjs; needs `npm ci` in tests/browser).
    Dashboard {
        #[arg(long, default_value_t = 1_000_000)]
        events: u64,
        #[arg(long, default_value_t = 5)]
        runs: usize,
        #[arg(long)]
        server_bin: Option<PathBuf>,
        /// As for `query`: keep the loaded data here and reuse it.
        #[arg(long)]
        data: Option<PathBuf>,
    },
    /// Writes generated traffic as `datafast import` lines.
    Gen {
        #[arg(long)]
        events: u64,
        #[arg(long, default_value_t = 30)]
        days: u32,
        #[arg(long, default_value = "bench.example")]
        domain: String,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Timeline end, Unix ms (default: now).
        #[arg(long)]
        end_ms: Option<i64>,
        #[arg(long)]
        out: PathBuf,
    },
    /// Times SQL statements on a DuckDB file (for trying a query plan by hand): each
    /// statement's p50 over `--runs` and its first rows.
    Sql {
        #[arg(long)]
        db: PathBuf,
        #[arg(long, default_value_t = 3)]
        runs: usize,
        /// Open the file for writing (to try a table or an index); read-only otherwise.
        #[arg(long)]
        write: bool,
        /// Statements, separated by a line holding only `;;`. `-` reads standard input.
        file: PathBuf,
    },
    /// The baseline: same HTTP stack, `POST /api/events` parses the JSON and answers success.
    NoopServer,
}

fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    let rt = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
    match cli.command {
        Cmd::Ingest { events, concurrency, server_bin } => rt.block_on(ingest(events, concurrency, server_bin)),
        Cmd::Import { events, server_bin } => rt.block_on(import(events, server_bin)),
        Cmd::Query { events, runs, server_bin, data, only } => rt.block_on(query(events, runs, server_bin, data, only)),
        Cmd::Gen { events, days, domain, seed, end_ms, out } => {
            let end = end_ms.unwrap_or_else(now_ms);
            let mut w = BufWriter::with_capacity(1 << 20, std::fs::File::create(&out)?);
            for e in Traffic::new(&domain, events, days, end, seed) {
                writeln!(w, "{}", e.import_line())?;
            }
            w.flush()?;
            Ok(())
        }
        Cmd::Dashboard { events, runs, server_bin, data } => rt.block_on(dashboard(events, runs, server_bin, data)),
        Cmd::Sql { db, runs, write, file } => time_sql(&db, runs, write, &file),
        Cmd::NoopServer => rt.block_on(noop_server()),
    }
}

fn now_ms() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_millis() as i64).unwrap_or(0)
}

fn server_bin(given: Option<PathBuf>) -> anyhow::Result<PathBuf> {
    let bin = match given {
        Some(b) => b,
        None => std::env::current_exe()?.with_file_name("datafast"),
    };
    if !bin.exists() {
        bail!("{} not found: build it with `cargo build -p datafast` or pass --server-bin", bin.display());
    }
    Ok(bin)
}

// ---- servers ---------------------------------------------------------------------------------

struct Server {
    child: Child,
    base: String,
}

impl Server {
    /// Starts a process that prints `… listening on http://ADDR` on its first stdout line.
    fn start(mut cmd: Command) -> anyhow::Result<Server> {
        let mut child = cmd.stdout(Stdio::piped()).stderr(Stdio::inherit()).spawn()?;
        let mut line = String::new();
        BufReader::new(child.stdout.take().context("stdout")?).read_line(&mut line)?;
        let base = line.trim().rsplit(' ').next().unwrap_or("").to_string();
        if !base.starts_with("http://") {
            let _ = child.kill();
            bail!("server did not announce its address: {line:?}");
        }
        Ok(Server { child, base })
    }

    fn pid(&self) -> u32 {
        self.child.id()
    }

    /// SIGTERM, then wait: the datafast server stores every accepted event before exiting.
    fn stop(mut self) -> anyhow::Result<()> {
        Command::new("kill").args(["-TERM", &self.pid().to_string()]).status()?;
        let status = self.child.wait()?;
        if !status.success() {
            bail!("server exited with {status}");
        }
        Ok(())
    }
}

/// Peak resident memory (VmHWM) of a running process, in MiB.
fn peak_rss_mib(pid: u32) -> Option<f64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let kb: f64 = status.lines().find(|l| l.starts_with("VmHWM:"))?.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

async fn noop_server() -> anyhow::Result<()> {
    use axum::routing::post;
    // The same stack as the real server: axum router, tracing and panic layers, CORS on the
    // route, connect info, the body read bounded and parsed as JSON.
    async fn accept(body: axum::body::Bytes) -> axum::response::Response {
        use axum::response::IntoResponse;
        match serde_json::from_slice::<Value>(&body) {
            Ok(_) => axum::Json(json!({"status": "success"})).into_response(),
            Err(_) => axum::http::StatusCode::BAD_REQUEST.into_response(),
        }
    }
    let cors = tower_http::cors::CorsLayer::new().allow_origin(tower_http::cors::Any);
    let app = axum::Router::new()
        .route("/api/events", post(accept).layer(cors))
        .layer(axum::extract::DefaultBodyLimit::max(64 * 1024))
        .layer(tower_http::catch_panic::CatchPanicLayer::new())
        .layer(tower_http::trace::TraceLayer::new_for_http());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    println!("noop listening on http://{}", listener.local_addr()?);
    std::io::stdout().flush()?;
    axum::serve(listener, app.into_make_service_with_connect_info::<std::net::SocketAddr>()).await?;
    Ok(())
}

/// The benchmark account's dashboard login.
const BENCH_EMAIL: &str = "bench@example.com";
const BENCH_PASSWORD: &str = "bench password 1";

fn create_account(bin: &Path, dir: &Path) -> anyhow::Result<String> {
    let mut child = Command::new(bin)
        .args(["account", "create", "--email", BENCH_EMAIL, "--password-stdin", "--data-dir"])
        .arg(dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()?;
    child.stdin.take().context("stdin")?.write_all(format!("{BENCH_PASSWORD}\n").as_bytes())?;
    let out = child.wait_with_output()?;
    if !out.status.success() {
        bail!("account create failed: {}", String::from_utf8_lossy(&out.stderr));
    }
    let v: Value = serde_json::from_slice(&out.stdout)?;
    Ok(v["token"].as_str().context("token")?.to_string())
}

async fn create_website(base: &str, token: &str, domain: &str) -> anyhow::Result<(String, String)> {
    let r: Value = reqwest::Client::new()
        .post(format!("{base}/api/v1/admin/websites"))
        .bearer_auth(token)
        .json(&json!({"domain": domain, "timezone": "UTC"}))
        .send()
        .await?
        .json()
        .await?;
    let w = &r["data"][0];
    Ok((w["websiteId"].as_str().context("websiteId")?.into(), w["trackingId"].as_str().context("trackingId")?.into()))
}

fn serve_cmd(bin: &Path, dir: &Path) -> Command {
    let mut cmd = Command::new(bin);
    // Warnings only, unless the caller asks for more (`DATAFAST_LOG=warn,datafast::sql=debug`
    // shows each statement's time while the benchmark runs).
    let log = std::env::var("DATAFAST_LOG").unwrap_or_else(|_| "warn".into());
    cmd.args(["serve", "--listen", "127.0.0.1:0", "--data-dir"]).arg(dir).env("DATAFAST_LOG", log);
    // The load comes from one address at far more than a real client sends: measure the
    // server, not its rate limiter.
    cmd.env("DATAFAST_RATE_LIMIT_PER_MINUTE", "0")
        .env("DATAFAST_INGEST_RATE_LIMIT_PER_IP", "0")
        .env("DATAFAST_INGEST_RATE_LIMIT_PER_WEBSITE", "0");
    cmd
}

// ---- HTTP load -------------------------------------------------------------------------------

struct Request {
    body: String,
    ua: &'static str,
    ip: String,
}

#[derive(Default)]
struct LoadResult {
    ok: usize,
    busy: usize,
    failed: usize,
    seconds: f64,
    latencies_us: Vec<u64>,
}

impl LoadResult {
    fn rate(&self) -> f64 {
        self.ok as f64 / self.seconds
    }
    fn percentile_ms(&self, p: f64) -> f64 {
        if self.latencies_us.is_empty() {
            return 0.0;
        }
        let i = ((self.latencies_us.len() - 1) as f64 * p).round() as usize;
        self.latencies_us[i] as f64 / 1000.0
    }
}

async fn load(base: &str, requests: Arc<Vec<Request>>, concurrency: usize) -> LoadResult {
    let client = reqwest::Client::builder().pool_max_idle_per_host(concurrency).build().expect("http client");
    let url = format!("{base}/api/events");
    let next = Arc::new(AtomicUsize::new(0));
    let started = Instant::now();
    let mut tasks = Vec::new();
    for _ in 0..concurrency {
        let (client, url, next, requests) = (client.clone(), url.clone(), Arc::clone(&next), Arc::clone(&requests));
        tasks.push(tokio::spawn(async move {
            let mut part = LoadResult::default();
            loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(r) = requests.get(i) else { break };
                let t = Instant::now();
                let sent = client
                    .post(&url)
                    .header("Content-Type", "text/plain")
                    .header("User-Agent", r.ua)
                    .header("X-Forwarded-For", &r.ip)
                    .body(r.body.clone())
                    .send()
                    .await;
                let status = match sent {
                    Ok(resp) => {
                        let s = resp.status().as_u16();
                        let _ = resp.bytes().await;
                        s
                    }
                    Err(_) => 0,
                };
                part.latencies_us.push(t.elapsed().as_micros() as u64);
                match status {
                    200 => part.ok += 1,
                    503 => part.busy += 1,
                    _ => part.failed += 1,
                }
            }
            part
        }));
    }
    let mut total = LoadResult::default();
    for t in tasks {
        let part = t.await.expect("load task");
        total.ok += part.ok;
        total.busy += part.busy;
        total.failed += part.failed;
        total.latencies_us.extend(part.latencies_us);
    }
    total.seconds = started.elapsed().as_secs_f64();
    total.latencies_us.sort_unstable();
    total
}

async fn ingest(events: usize, concurrency: usize, bin: Option<PathBuf>) -> anyhow::Result<()> {
    let bin = server_bin(bin)?;
    let dir = tempfile::tempdir()?;
    let token = create_account(&bin, dir.path())?;
    let server = Server::start(serve_cmd(&bin, dir.path()))?;
    let (_, tracking_id) = create_website(&server.base, &token, "bench.example").await?;
    let make = |n: usize, seed: u64| -> Arc<Vec<Request>> {
        Arc::new(
            Traffic::new("bench.example", n as u64, 30, now_ms(), seed)
                .map(|e| Request {
                    body: e.tracker_payload(&tracking_id, "bench.example"),
                    ua: USER_AGENTS[e.ua],
                    ip: e.ip_text(),
                })
                .collect(),
        )
    };
    let warmup = make(5_000, 7);
    let measured = make(events, 1);
    let body_bytes: usize = measured.iter().map(|r| r.body.len()).sum();

    let noop = Server::start({
        let mut c = Command::new(std::env::current_exe()?);
        c.arg("noop-server");
        c
    })?;
    load(&noop.base, Arc::clone(&warmup), concurrency).await;
    let baseline = load(&noop.base, Arc::clone(&measured), concurrency).await;
    let noop_rss = peak_rss_mib(noop.pid());
    let mut noop = noop;
    let _ = noop.child.kill();
    let _ = noop.child.wait();

    load(&server.base, Arc::clone(&warmup), concurrency).await;
    let real = load(&server.base, Arc::clone(&measured), concurrency).await;
    let server_rss = peak_rss_mib(server.pid());
    let stop_started = Instant::now();
    server.stop()?;
    let drain_s = stop_started.elapsed().as_secs_f64();

    let db = dir.path().join("events.duckdb");
    let stored: i64 = duckdb::Connection::open(&db)?.query_row("SELECT count(*) FROM events", [], |r| r.get(0))?;
    let expected = warmup.len() + real.ok;
    let file_bytes = std::fs::metadata(&db)?.len();

    println!("HTTP ingestion, {events} generated events, {concurrency} connections, client and server on this machine");
    println!("| | events/s | p50 ms | p99 ms | 503s | errors | peak RSS MiB |");
    println!("|---|---|---|---|---|---|---|");
    for (name, r, rss) in
        [("datafast POST /api/events", &real, server_rss), ("no-op endpoint, same stack", &baseline, noop_rss)]
    {
        println!(
            "| {name} | {:.0} | {:.2} | {:.2} | {} | {} | {:.0} |",
            r.rate(),
            r.percentile_ms(0.5),
            r.percentile_ms(0.99),
            r.busy,
            r.failed,
            rss.unwrap_or(0.0)
        );
    }
    println!("ratio datafast / no-op throughput: {:.2}", real.rate() / baseline.rate());
    println!("mean request body: {:.0} bytes", body_bytes as f64 / events as f64);
    println!("stored {stored} of {expected} acknowledged events (drain at shutdown {drain_s:.2} s)");
    println!("events.duckdb: {file_bytes} bytes, {:.1} bytes/event", file_bytes as f64 / stored.max(1) as f64);
    if stored as usize != expected {
        bail!("acknowledged events missing from the store: {stored} != {expected}");
    }
    Ok(())
}

// ---- import ----------------------------------------------------------------------------------

async fn import(events: u64, bin: Option<PathBuf>) -> anyhow::Result<()> {
    let bin = server_bin(bin)?;
    let dir = tempfile::tempdir()?;
    let file = dir.path().join("history.ndjson");
    {
        let mut w = BufWriter::with_capacity(1 << 20, std::fs::File::create(&file)?);
        for e in Traffic::new("bench.example", events, 90, now_ms(), 3) {
            writeln!(w, "{}", e.import_line())?;
        }
        w.flush()?;
    }
    let file_mb = std::fs::metadata(&file)?.len() as f64 / 1e6;
    let data = dir.path().join("data");
    let token = create_account(&bin, &data)?;
    let server = Server::start(serve_cmd(&bin, &data))?;
    let (website_id, _) = create_website(&server.base, &token, "bench.example").await?;
    server.stop()?;

    let started = Instant::now();
    let mut child = Command::new(&bin)
        .args(["import", "--quiet", "--website", &website_id])
        .arg(&file)
        .arg("--data-dir")
        .arg(&data)
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()?;
    let pid = child.id();
    let mut peak = 0.0f64;
    while child.try_wait()?.is_none() {
        if let Some(m) = peak_rss_mib(pid) {
            peak = peak.max(m);
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let import_s = started.elapsed().as_secs_f64();
    let mut out = String::new();
    std::io::Read::read_to_string(&mut child.stdout.take().context("stdout")?, &mut out)?;
    let summary: Value = serde_json::from_str(out.trim()).with_context(|| format!("import output: {out}"))?;
    let stored = summary["stored"].as_u64().unwrap_or(0);
    let db = data.join("events.duckdb");
    let file_bytes = std::fs::metadata(&db)?.len();

    // Baseline: the same rows, already enriched, appended by DuckDB's Appender into the same
    // table in a fresh database.
    let (rows, ddl) = {
        let conn = duckdb::Connection::open(&db)?;
        let ddl: String =
            conn.query_row("SELECT sql FROM duckdb_tables() WHERE table_name = 'events'", [], |r| r.get(0))?;
        let mut stmt = conn.prepare(
            "SELECT * REPLACE (visitor_id::VARCHAR AS visitor_id, session_id::VARCHAR AS session_id) FROM events",
        )?;
        let n = stmt.column_count();
        let _ = n;
        let mut rows = Vec::with_capacity(stored as usize);
        let mut q = stmt.query([])?;
        while let Some(row) = q.next()? {
            let width = row.as_ref().column_count();
            rows.push((0..width).map(|i| row.get::<_, duckdb::types::Value>(i)).collect::<Result<Vec<_>, _>>()?);
        }
        (rows, ddl)
    };
    let baseline_db = dir.path().join("appender.duckdb");
    let conn = duckdb::Connection::open(&baseline_db)?;
    conn.execute_batch(&ddl)?;
    let started = Instant::now();
    {
        let mut appender = conn.appender("events")?;
        for row in &rows {
            appender.append_row(duckdb::appender_params_from_iter(row))?;
        }
        appender.flush()?;
    }
    let appender_s = started.elapsed().as_secs_f64();
    drop(conn);
    let appender_bytes = std::fs::metadata(&baseline_db)?.len();

    let import_rate = stored as f64 / import_s;
    let appender_rate = rows.len() as f64 / appender_s;
    println!("Import of {events} generated events ({file_mb:.0} MB NDJSON, 90 days, one website)");
    println!("| | rows/s | seconds | peak RSS MiB |");
    println!("|---|---|---|---|");
    println!("| datafast import (parse + enrich + sessions + store) | {import_rate:.0} | {import_s:.2} | {peak:.0} |");
    println!("| DuckDB Appender, same rows already enriched | {appender_rate:.0} | {appender_s:.2} | |");
    println!("ratio import / Appender: {:.2}", import_rate / appender_rate);
    println!("stored {stored} rows; dropped {}", summary["dropped"]);
    println!(
        "events.duckdb: {file_bytes} bytes, {:.1} bytes/event (Appender copy: {:.1} bytes/event)",
        file_bytes as f64 / stored.max(1) as f64,
        appender_bytes as f64 / rows.len().max(1) as f64
    );
    Ok(())
}

// ---- analytics queries -----------------------------------------------------------------------

fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    sorted[((sorted.len() - 1) as f64 * p).round() as usize]
}

fn timings(mut ms: Vec<f64>) -> (f64, f64) {
    ms.sort_by(|a, b| a.total_cmp(b));
    (percentile(&ms, 0.5), percentile(&ms, 0.95))
}

/// (name, API path and query, hand-written SQL). `$1` website, `$2`/`$3` the 30-day range.
fn query_specs(site: &str, start: &str, end: &str) -> Vec<(String, String, String)> {
    let range = format!("startAt={start}&endAt={end}&timezone=UTC");
    let w30 = "website_id = $1 AND ts >= $2 AND ts < $3";
    let mut specs = vec![
        (
            "overview, 30 days".to_string(),
            format!("/api/v1/analytics/overview?websiteId={site}&{range}"),
            format!(
                "WITH ev AS (SELECT visitor_id, session_id, kind, ts FROM events WHERE {w30}),
                 s AS (SELECT count(*) FILTER (WHERE kind = 'pageview') pv, count(*) n,
                              date_diff('millisecond', min(ts), max(ts)) dur FROM ev GROUP BY session_id)
                 SELECT (SELECT count(DISTINCT visitor_id) FROM ev), count(*), count(*) FILTER (WHERE pv = 1 AND n = 1),
                        count(*) FILTER (WHERE pv > 0), avg(dur) FROM s"
            ),
        ),
        (
            "overview, 30 days, country=US".to_string(),
            format!("/api/v1/analytics/overview?websiteId={site}&{range}&filter_country=US"),
            format!(
                "WITH ev AS (SELECT visitor_id, session_id, kind, ts FROM events WHERE {w30} AND country = 'US'),
                 s AS (SELECT count(*) FILTER (WHERE kind = 'pageview') pv, count(*) n,
                              date_diff('millisecond', min(ts), max(ts)) dur FROM ev GROUP BY session_id)
                 SELECT (SELECT count(DISTINCT visitor_id) FROM ev), count(*), count(*) FILTER (WHERE pv = 1 AND n = 1),
                        count(*) FILTER (WHERE pv > 0), avg(dur) FROM s"
            ),
        ),
        (
            "overview, all time".to_string(),
            format!("/api/v1/analytics/overview?websiteId={site}"),
            "WITH ev AS (SELECT visitor_id, session_id, kind, ts FROM events WHERE website_id = $1),
             s AS (SELECT count(*) FILTER (WHERE kind = 'pageview') pv, count(*) n,
                          date_diff('millisecond', min(ts), max(ts)) dur FROM ev GROUP BY session_id)
             SELECT (SELECT count(DISTINCT visitor_id) FROM ev), count(*), count(*) FILTER (WHERE pv = 1 AND n = 1),
                    count(*) FILTER (WHERE pv > 0), avg(dur) FROM s"
                .to_string(),
        ),
        (
            "timeseries, day, 30 days".to_string(),
            format!("/api/v1/analytics/timeseries?websiteId={site}&{range}&interval=day&fields=visitors,sessions"),
            format!(
                "SELECT date_trunc('day', ts) d, count(DISTINCT visitor_id), count(DISTINCT session_id)
                 FROM events WHERE {w30} GROUP BY GROUPING SETS ((d), ()) ORDER BY 1"
            ),
        ),
        (
            // The dashboard's chart (the SQL leaves the revenue out).
            "timeseries, day, 30 days, visitors and revenue".to_string(),
            format!("/api/v1/analytics/timeseries?websiteId={site}&{range}&interval=day&fields=visitors,revenue"),
            format!(
                "SELECT date_trunc('day', ts) d, count(DISTINCT visitor_id)
                 FROM events WHERE {w30} GROUP BY GROUPING SETS ((d), ()) ORDER BY 1"
            ),
        ),
    ];
    for (path, key, condition) in [
        ("pages", "hostname, pathname", "kind = 'pageview'"),
        ("referrers", "referrer_name", "TRUE"),
        ("countries", "country", "TRUE"),
        ("devices", "device", "TRUE"),
        ("browsers", "browser", "TRUE"),
        ("operating-systems", "os", "TRUE"),
        (
            "campaigns",
            "utm_source, utm_medium, utm_campaign, utm_term, utm_content, ref_param, source_param, via_param",
            // What the API counts as a campaign visit: any of the eight parameters set.
            "(utm_source <> '' OR utm_medium <> '' OR utm_campaign <> '' OR utm_term <> '' OR utm_content <> ''
              OR ref_param <> '' OR source_param <> '' OR via_param <> '')",
        ),
        ("hostnames", "hostname", "TRUE"),
        ("goals", "goal_name", "kind = 'goal'"),
    ] {
        // The goals endpoint reports completions beside visitors: the same answer counts them.
        let events = if path == "goals" { ", count(*) AS completions" } else { "" };
        for (label, filter_q, filter_sql) in
            [("", "", ""), (", country=US", "&filter_country=US", " AND country = 'US'")]
        {
            specs.push((
                format!("{path}, 30 days{label}"),
                format!("/api/v1/analytics/{path}?websiteId={site}&{range}{filter_q}"),
                format!(
                    "SELECT {key}, count(DISTINCT visitor_id) v{events} FROM events WHERE {w30} AND {condition}{filter_sql}
                     GROUP BY ALL ORDER BY v DESC LIMIT 100"
                ),
            ));
        }
    }
    specs.push((
        "referrers, all time".to_string(),
        format!("/api/v1/analytics/referrers?websiteId={site}"),
        "SELECT referrer_name, count(DISTINCT visitor_id) v FROM events WHERE website_id = $1
         GROUP BY ALL ORDER BY v DESC LIMIT 100"
            .to_string(),
    ));
    specs.push((
        "visitors list, 30 days".to_string(),
        format!("/api/v1/visitors?websiteId={site}&{range}"),
        format!(
            "SELECT visitor_id, max(ts) m, arg_max(hostname || pathname, ts), arg_max(country, ts), arg_max(browser, ts),
                    arg_min(referrer_name, ts), arg_min(utm_source, ts)
             FROM events WHERE {w30} GROUP BY visitor_id ORDER BY m DESC LIMIT 100"
        ),
    ));
    specs
}

/// Funnel results, each beside the hand-written DuckDB SQL a person would write for an ordered
/// funnel: per step, the first matching event after the previous step's, joined step by step.
fn funnel_specs(site: &str, start: &str, end: &str, funnels: &[(String, String)]) -> Vec<(String, String, String)> {
    let condition = |step: &Value| match step["type"].as_str() {
        Some("goal") => format!("kind = 'goal' AND goal_name = '{}'", step["goalName"].as_str().unwrap_or("")),
        _ => match step["url"].as_str().unwrap_or("") {
            u if u.contains('*') => format!("kind = 'pageview' AND pathname LIKE '{}'", u.replace('*', "%")),
            u => format!("kind = 'pageview' AND pathname = '{u}'"),
        },
    };
    let mut specs = Vec::new();
    for ((name, steps), (_, id)) in bench_funnels().into_iter().zip(funnels) {
        let steps = steps.as_array().cloned().unwrap_or_default();
        for (label, range_q, range_sql) in [
            ("30 days", format!("&startAt={start}&endAt={end}&timezone=UTC"), "AND ts >= $2 AND ts < $3"),
            ("all time", String::new(), ""),
        ] {
            let mut sql = String::from("WITH ");
            for (i, step) in steps.iter().enumerate() {
                let cond = condition(step);
                if i == 0 {
                    sql += &format!(
                        "s0 AS (SELECT visitor_id, min(ts) t FROM events WHERE website_id = $1 {range_sql} AND {cond} GROUP BY 1)"
                    );
                } else {
                    let after = if step["type"] == steps[i - 1]["type"] { ">" } else { ">=" };
                    sql += &format!(
                        ", s{i} AS (SELECT e.visitor_id, min(e.ts) t FROM events e JOIN s{p} USING (visitor_id)
                           WHERE website_id = $1 {range_sql} AND {cond} AND e.ts {after} s{p}.t GROUP BY 1)",
                        p = i - 1
                    );
                }
            }
            let counts: Vec<String> = (0..steps.len()).map(|i| format!("(SELECT count(*) FROM s{i})")).collect();
            sql += &format!(" SELECT {}", counts.join(", "));
            specs.push((
                format!("funnel {name} ({} steps), {label}", steps.len()),
                format!("/api/v1/analytics/funnels/{id}?websiteId={site}{range_q}"),
                sql,
            ));
        }
    }
    specs
}

/// The funnels the query benchmark times: (name, steps). Step paths and goals are the
/// generator's (the three most visited pages, its goal names, a wildcard section).
fn bench_funnels() -> Vec<(&'static str, Value)> {
    let page = |u: &str| json!({"name": u, "type": "pageview", "url": u});
    let goal = |g: &str| json!({"name": g, "type": "goal", "goalName": g});
    vec![
        ("pages", json!([page("/"), page("/pricing"), page("/signup")])),
        ("mixed", json!([page("/blog/*"), page("/pricing"), goal("start_trial"), goal("checkout")])),
    ]
}

/// What a kept data directory holds besides the databases (`bench.json`).
struct BenchData {
    events: u64,
    /// Payments recorded with the events (data sets from before payments were generated
    /// have none and are not reused).
    payments: u64,
    token: String,
    website_id: String,
    now_ms: i64,
    /// Funnel name → funnel id, in `bench_funnels` order.
    funnels: Vec<(String, String)>,
}

impl BenchData {
    fn read(dir: &Path) -> Option<BenchData> {
        let v: Value = serde_json::from_slice(&std::fs::read(dir.join("bench.json")).ok()?).ok()?;
        Some(BenchData {
            events: v["events"].as_u64()?,
            payments: v["payments"].as_u64()?,
            token: v["token"].as_str()?.to_string(),
            website_id: v["websiteId"].as_str()?.to_string(),
            now_ms: v["nowMs"].as_i64()?,
            funnels: v["funnels"]
                .as_array()?
                .iter()
                .filter_map(|f| Some((f[0].as_str()?.to_string(), f[1].as_str()?.to_string())))
                .collect(),
        })
    }

    fn write(&self, dir: &Path) -> anyhow::Result<()> {
        let v = json!({"events": self.events, "payments": self.payments, "token": self.token, "websiteId": self.website_id,
                       "nowMs": self.now_ms, "funnels": self.funnels});
        std::fs::write(dir.join("bench.json"), serde_json::to_vec_pretty(&v)?)?;
        Ok(())
    }
}

/// Creates an account, a website and the benchmark funnels in `data`, then loads `events`
/// generated events (90 days ending now) straight into its event store.
async fn prepare(bin: &Path, data: &Path, events: u64) -> anyhow::Result<BenchData> {
    let token = create_account(bin, data)?;
    let server = Server::start(serve_cmd(bin, data))?;
    let (website_id, _) = create_website(&server.base, &token, "bench.example").await?;
    let client = reqwest::Client::new();
    let mut funnels = Vec::new();
    for (name, steps) in bench_funnels() {
        let r: Value = client
            .post(format!("{}/api/v1/admin/websites/{website_id}/funnels", server.base))
            .bearer_auth(&token)
            .json(&json!({"name": name, "steps": steps}))
            .send()
            .await?
            .json()
            .await?;
        let id = r["data"][0]["_id"].as_str();
        funnels.push((name.to_string(), id.with_context(|| format!("funnel not created: {r}"))?.to_string()));
    }
    server.stop()?;

    let now = now_ms();
    let started = Instant::now();
    let store = datafast_store_embedded::DuckEventStore::open(&data.join("events.duckdb")).await?;
    let store: Arc<dyn datafast_store::EventStore> = Arc::new(store);
    let site: datafast_core::ObjectId = website_id.parse().map_err(|_| anyhow::anyhow!("website id"))?;
    let (n, payments) =
        load::fill(store, site, "bench.example", Traffic::new("bench.example", events, 90, now, 5), now).await?;
    println!("loaded {n} events and {payments} payments (90 days) in {:.1} s", started.elapsed().as_secs_f64());
    let prepared = BenchData { events, payments, token, website_id, now_ms: now, funnels };
    prepared.write(data)?;
    Ok(prepared)
}

/// Rolls every closed day into the store's per-day session rollup and stores the revenue
/// attribution before anything is timed, as a server does in its first minutes (the server would otherwise be rolling while measured).
async fn roll_up(data: &Path) -> anyhow::Result<()> {
    let started = Instant::now();
    let store = datafast_store_embedded::DuckEventStore::open(&data.join("events.duckdb")).await?;
    let mut days = 0;
    loop {
        let n = store.roll_closed_days(now_ms()).await?;
        if n == 0 {
            break;
        }
        days += n;
    }
    if days > 0 {
        println!("rolled {days} closed days in {:.1} s", started.elapsed().as_secs_f64());
    }
    // And the revenue attribution, as the server stores it within seconds of starting.
    let started = Instant::now();
    if datafast_query::refresh_payment_credit(&store).await? > 0 {
        println!("stored the revenue attribution in {:.1} s", started.elapsed().as_secs_f64());
    }
    Ok(())
}

/// The data set in `data`: reused when it holds `events` events, else created there.
async fn prepared_data(bin: &Path, data: &Path, events: u64) -> anyhow::Result<BenchData> {
    match BenchData::read(data) {
        Some(d) if d.events == events => {
            println!("reusing {events} events loaded in {}", data.display());
            Ok(d)
        }
        Some(d) => bail!("{} holds {} events, not {events}: use another --data", data.display(), d.events),
        None => {
            if data.join("meta.sqlite").exists() {
                bail!("{} holds an unfinished or older data set: remove it first", data.display());
            }
            std::fs::create_dir_all(data)?;
            prepare(bin, data, events).await
        }
    }
}

async fn dashboard(events: u64, runs: usize, bin: Option<PathBuf>, keep: Option<PathBuf>) -> anyhow::Result<()> {
    let bin = server_bin(bin)?;
    let temp = tempfile::tempdir()?;
    let data = keep.unwrap_or_else(|| temp.path().join("data"));
    let prepared = prepared_data(&bin, &data, events).await?;
    roll_up(&data).await?;
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/browser/timing.mjs");
    let server = Server::start(serve_cmd(&bin, &data))?;
    let out = Command::new("node")
        .arg(&script)
        .env("DATAFAST_URL", &server.base)
        .env("EMAIL", BENCH_EMAIL)
        .env("PASSWORD", BENCH_PASSWORD)
        .env("WEBSITE_ID", &prepared.website_id)
        .env("RUNS", runs.to_string())
        .stderr(Stdio::inherit())
        .output()?;
    server.stop()?;
    if !out.status.success() {
        bail!("{} failed", script.display());
    }
    let v: Value = serde_json::from_slice(&out.stdout).context("timing.mjs output")?;
    println!("Dashboard, last 30 days, {events} events, {runs} fresh loads (ms from navigation start):");
    println!("| | median | runs |");
    println!("|---|---|---|");
    for (key, label) in [("kpis", "KPI row shows numbers"), ("chart", "chart drawn"), ("all", "every panel loaded")] {
        let each: Vec<String> = v["runs"].as_array().into_iter().flatten().map(|r| r[key].to_string()).collect();
        println!("| {label} | {} | {} |", v["medianMs"][key], each.join(", "));
    }
    println!("Requests of the last load (ms since navigation start: sent, answered):");
    for r in v["requests"].as_array().into_iter().flatten() {
        println!("  {:>6} {:>6}  {}", r["start"], r["end"], r["path"].as_str().unwrap_or(""));
    }
    Ok(())
}

async fn query(
    events: u64,
    runs: usize,
    bin: Option<PathBuf>,
    keep: Option<PathBuf>,
    only: Option<String>,
) -> anyhow::Result<()> {
    let bin = server_bin(bin)?;
    let temp = tempfile::tempdir()?;
    let data = keep.unwrap_or_else(|| temp.path().join("data"));
    let prepared = prepared_data(&bin, &data, events).await?;
    let (token, website_id, now) = (&prepared.token, &prepared.website_id, prepared.now_ms);
    roll_up(&data).await?;
    let day = |ms: i64| chrono_date(ms.div_euclid(86_400_000));
    let (start, end) = (day(now - 29 * 86_400_000), day(now));
    let start_ms = (now - 29 * 86_400_000).div_euclid(86_400_000) * 86_400_000;
    let end_ms = (now.div_euclid(86_400_000) + 1) * 86_400_000;
    let mut specs = query_specs(website_id, &start, &end);
    specs.extend(funnel_specs(website_id, &start, &end, &prepared.funnels));
    if let Some(only) = &only {
        specs.retain(|(name, _, _)| name.contains(only.as_str()));
    }

    // The hand-written SQL reads a copy of the file, so that it runs while the server holds
    // the original and each API request alternates with its baseline: the machine's speed
    // drifts by a third over minutes here, which skewed ratios when all API requests ran
    // before all SQL statements.
    let baseline_dir = tempfile::tempdir()?;
    let baseline_db = baseline_dir.path().join("events.duckdb");
    std::fs::copy(data.join("events.duckdb"), &baseline_db)?;
    let conn = duckdb::Connection::open_with_flags(
        &baseline_db,
        duckdb::Config::default().access_mode(duckdb::AccessMode::ReadOnly)?,
    )?;
    // The server's limit (`DEFAULT_MEMORY_LIMIT`), so both plan with the same memory.
    conn.execute_batch("SET memory_limit = '1GB'")?;

    let server = Server::start(serve_cmd(&bin, &data))?;
    let client = reqwest::Client::new();
    let (mut api, mut sql) = (Vec::new(), Vec::new());
    for (name, path, text) in &specs {
        let url = format!("{}{path}", server.base);
        let mut stmt = conn.prepare(text)?;
        let (mut api_ms, mut sql_ms) = (Vec::new(), Vec::new());
        for i in 0..=runs {
            let t = Instant::now();
            let r = client.get(&url).bearer_auth(token).send().await?;
            let status = r.status();
            let _ = r.bytes().await?;
            if !status.is_success() {
                bail!("{name}: {path} answered {status}");
            }
            let api_elapsed = t.elapsed();
            let t = Instant::now();
            let params: Vec<duckdb::types::Value> = vec![
                duckdb::types::Value::Text(website_id.clone()),
                duckdb::types::Value::Timestamp(duckdb::types::TimeUnit::Millisecond, start_ms),
                duckdb::types::Value::Timestamp(duckdb::types::TimeUnit::Millisecond, end_ms),
            ];
            let needed = text.contains("$2");
            let params = if needed { params } else { params[..1].to_vec() };
            let mut rows = stmt.query(duckdb::params_from_iter(params))?;
            while rows.next()?.is_some() {}
            if i > 0 {
                api_ms.push(api_elapsed.as_secs_f64() * 1000.0);
                sql_ms.push(t.elapsed().as_secs_f64() * 1000.0);
            }
        }
        api.push(timings(api_ms));
        sql.push(timings(sql_ms));
    }
    let rss = peak_rss_mib(server.pid());
    server.stop()?;
    println!(
        "Analytics API vs hand-written DuckDB SQL, {events} events, {runs} runs each (ms; API includes HTTP and JSON)"
    );
    println!("| query | API p50 | API p95 | SQL p50 | SQL p95 | ratio p50 |");
    println!("|---|---|---|---|---|---|");
    for (((name, _, _), (a50, a95)), (s50, s95)) in specs.iter().zip(&api).zip(&sql) {
        println!("| {name} | {a50:.1} | {a95:.1} | {s50:.1} | {s95:.1} | {:.2} |", a50 / s50.max(0.01));
    }
    println!("server peak RSS: {:.0} MiB", rss.unwrap_or(0.0));
    Ok(())
}

fn time_sql(db: &Path, runs: usize, write: bool, file: &Path) -> anyhow::Result<()> {
    let text = if file == Path::new("-") {
        std::io::read_to_string(std::io::stdin())?
    } else {
        std::fs::read_to_string(file)?
    };
    let mode = if write { duckdb::AccessMode::ReadWrite } else { duckdb::AccessMode::ReadOnly };
    let conn = duckdb::Connection::open_with_flags(db, duckdb::Config::default().access_mode(mode)?)?;
    for statement in text.split("\n;;\n").map(str::trim).filter(|s| !s.is_empty()) {
        let mut stmt = conn.prepare(statement)?;
        let mut ms = Vec::new();
        let mut shown = Vec::new();
        for i in 0..=runs {
            let t = Instant::now();
            let mut rows = stmt.query([])?;
            let mut n = 0;
            while let Some(row) = rows.next()? {
                if i == 0 && n < 5 {
                    let cols = row.as_ref().column_count();
                    let vals: Vec<String> = (0..cols)
                        .map(|c| {
                            format!("{:?}", row.get::<_, duckdb::types::Value>(c).unwrap_or(duckdb::types::Value::Null))
                        })
                        .collect();
                    shown.push(vals.join(" | "));
                }
                n += 1;
            }
            if i > 0 {
                ms.push(t.elapsed().as_secs_f64() * 1000.0);
            }
        }
        let (p50, p95) = timings(ms);
        println!("--- p50 {p50:.1} ms, p95 {p95:.1} ms: {}", statement.lines().next().unwrap_or(""));
        for line in shown {
            println!("    {line}");
        }
    }
    Ok(())
}

/// `YYYY-MM-DD` of a day number since the Unix epoch (civil calendar).
fn chrono_date(days: i64) -> String {
    // Howard Hinnant's days-to-civil algorithm.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    format!("{:04}-{m:02}-{d:02}", if m <= 2 { y + 1 } else { y })
}
