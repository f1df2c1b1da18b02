//! Bulk import of history from other tools: newline-delimited JSON, one raw event per line
//! (the format is documented in the README), through the same enrichment steps as live
//! traffic, appended to the event store in large batches.
//!
//! Parsing and enrichment run on one blocking thread while the store appends the previous
//! batch, so the two cores are both busy; at most two batches are in flight (bounded memory).

use std::collections::BTreeMap;
use std::io::BufRead;
use std::net::IpAddr;
use std::sync::Arc;

use chrono::DateTime;
use datafast_core::website::Website;
use datafast_store::{EventRecord, EventStore, StoreError};
use serde::Deserialize;
use serde_json::{Map, Value};
use url::Url;

use crate::pipeline::{Drop, IdSource, Outcome, Pipeline, RawEvent, Resolved};

/// Events per store transaction: one DuckDB row group, so each commit compresses a full row
/// group once instead of re-compressing a partial one at every checkpoint (measured: 75k → 100k
/// rows/s and 64 → 52 bytes/event against 50 000-row batches).
pub const IMPORT_BATCH: usize = 122_880;
/// Longest accepted line; longer ones are dropped as invalid without being buffered whole.
pub const MAX_LINE_BYTES: usize = 64 * 1024;
/// How many dropped lines are reported individually (with their line number and reason).
const REPORTED_ERRORS: usize = 10;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ImportLine {
    timestamp: Option<Value>,
    #[serde(rename = "type")]
    kind: Option<String>,
    url: Option<String>,
    hostname: Option<String>,
    pathname: Option<String>,
    referrer: Option<String>,
    visitor_id: Option<String>,
    session_id: Option<String>,
    visit_number: Option<i64>,
    ip: Option<String>,
    user_agent: Option<String>,
    country: Option<String>,
    region: Option<String>,
    city: Option<String>,
    browser: Option<String>,
    os: Option<String>,
    device: Option<String>,
    language: Option<String>,
    /// The goal name of a `goal` line.
    name: Option<String>,
    properties: Option<Map<String, Value>>,
}

fn invalid(msg: impl Into<String>) -> Drop {
    Drop::Invalid(msg.into())
}

/// `timestamp`: RFC 3339 text, or a Unix time as a number — milliseconds when ≥ 10^11
/// (any date after 1973), seconds otherwise.
fn timestamp_ms(v: &Value) -> Result<i64, Drop> {
    let bad = || invalid("`timestamp` must be RFC 3339 text or Unix seconds/milliseconds");
    match v {
        Value::String(s) => DateTime::parse_from_rfc3339(s).map(|t| t.timestamp_millis()).map_err(|_| bad()),
        Value::Number(n) => {
            let x = n.as_f64().ok_or_else(bad)?;
            let ms = if x.abs() >= 1e11 { x } else { x * 1000.0 };
            if !(0.0..4.1e12).contains(&ms) {
                return Err(bad());
            }
            Ok(ms as i64)
        }
        _ => Err(bad()),
    }
}

/// One line into the pipeline's source-independent event.
pub fn parse_line(line: &str) -> Result<RawEvent, Drop> {
    let l: ImportLine = serde_json::from_str(line).map_err(|e| invalid(format!("not a JSON event: {e}")))?;
    let at_ms = timestamp_ms(l.timestamp.as_ref().ok_or_else(|| invalid("`timestamp` is required"))?)?;
    let kind = match l.kind.as_deref().unwrap_or("pageview") {
        "goal" | "custom" => "custom",
        k @ ("pageview" | "identify" | "payment" | "external_link") => k,
        other => return Err(invalid(format!("unknown type \"{other}\""))),
    };
    let href = match (&l.url, &l.hostname) {
        (Some(u), _) => Url::parse(u).map_err(|_| invalid("`url` must be an absolute URL"))?,
        (None, Some(h)) => {
            let path = l.pathname.as_deref().unwrap_or("/");
            let path = if path.starts_with('/') { path.to_string() } else { format!("/{path}") };
            Url::parse(&format!("https://{h}{path}")).map_err(|_| invalid("`hostname`/`pathname` do not form a URL"))?
        }
        (None, None) => return Err(invalid("needs `url`, or `hostname` and `pathname`")),
    };
    let ip = match l.ip.as_deref().filter(|s| !s.is_empty()) {
        Some(s) => Some(s.parse::<IpAddr>().map_err(|_| invalid("`ip` is not an IP address"))?),
        None => None,
    };
    let id = |v: Option<String>, what: &str| -> Result<Option<String>, Drop> {
        match v.filter(|s| !s.is_empty()) {
            Some(s) if s.len() > 128 => Err(invalid(format!("`{what}` is longer than 128 characters"))),
            other => Ok(other),
        }
    };
    let mut extra = l.properties.unwrap_or_default();
    if kind == "custom" {
        let name = l.name.ok_or_else(|| invalid("a goal needs `name`"))?;
        extra.insert("eventName".into(), Value::String(name));
    }
    Ok(RawEvent {
        kind: kind.to_string(),
        href,
        referrer: l.referrer.filter(|r| !r.is_empty()),
        visitor_id: id(l.visitor_id, "visitor_id")?,
        session_id: id(l.session_id, "session_id")?,
        extra,
        ad_click_ids: None,
        viewport: None,
        visit_number: l.visit_number.unwrap_or(0).clamp(0, 1_000_000) as i32,
        language: l.language.unwrap_or_default(),
        at_ms,
        ip,
        user_agent: l.user_agent.filter(|u| !u.is_empty()),
        resolved: Resolved {
            country: l.country,
            region: l.region,
            city: l.city,
            browser: l.browser,
            os: l.os,
            device: l.device,
        },
        ids: IdSource::Import,
    })
}

#[derive(Debug, Default, Clone, PartialEq)]
pub struct ImportSummary {
    pub lines: u64,
    pub stored: u64,
    /// Dropped lines per reason (`invalid`, `bot`, `excluded_path`, ...).
    pub dropped: BTreeMap<&'static str, u64>,
    /// The first few dropped lines: (line number, reason and message).
    pub first_drops: Vec<(u64, String)>,
}

/// Progress as the import goes: bytes read and lines seen so far.
pub trait Progress: Send {
    fn update(&mut self, bytes: u64, lines: u64);
}

impl<F: FnMut(u64, u64) + Send> Progress for F {
    fn update(&mut self, bytes: u64, lines: u64) {
        self(bytes, lines)
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("reading the import file: {0}")]
    Io(#[from] std::io::Error),
    #[error("storing events: {0}")]
    Store(#[from] StoreError),
}

/// Reads every line of `input`, enriches it for `website` and appends what is accepted to
/// `store`. Lines should be in time order (per visitor, at least) when they carry no
/// `session_id`, since sessions are then cut by the 30-minute rule.
pub async fn import<R, P>(
    pipeline: Arc<Pipeline>,
    website: Website,
    input: R,
    store: Arc<dyn EventStore>,
    progress: P,
) -> Result<ImportSummary, ImportError>
where
    R: BufRead + Send + 'static,
    P: Progress + 'static,
{
    let (tx, mut rx) = tokio::sync::mpsc::channel::<Vec<EventRecord>>(1);
    let producer = tokio::task::spawn_blocking(move || produce(&pipeline, &website, input, progress, tx));
    let mut stored = 0u64;
    let mut store_error = None;
    while let Some(batch) = rx.recv().await {
        match store.append(Arc::new(batch), None).await {
            Ok(n) => stored += n as u64,
            Err(e) => {
                // Dropping the receiver stops the producer at its next batch.
                store_error = Some(e);
                break;
            }
        }
    }
    drop(rx);
    let produced = producer.await.map_err(|e| std::io::Error::other(e.to_string()))?;
    if let Some(e) = store_error {
        return Err(e.into());
    }
    let mut summary = produced?;
    summary.stored = stored;
    Ok(summary)
}

fn produce<R: BufRead, P: Progress>(
    pipeline: &Pipeline,
    website: &Website,
    mut input: R,
    mut progress: P,
    tx: tokio::sync::mpsc::Sender<Vec<EventRecord>>,
) -> Result<ImportSummary, ImportError> {
    let mut summary = ImportSummary::default();
    let mut batch = Vec::with_capacity(IMPORT_BATCH);
    let mut buf = Vec::with_capacity(4096);
    let mut bytes = 0u64;
    let drop_line = |summary: &mut ImportSummary, line: u64, drop: Drop| {
        *summary.dropped.entry(drop.reason()).or_default() += 1;
        if summary.first_drops.len() < REPORTED_ERRORS {
            let detail = match &drop {
                Drop::Invalid(msg) => format!("invalid: {msg}"),
                other => other.reason().to_string(),
            };
            summary.first_drops.push((line, detail));
        }
    };
    loop {
        buf.clear();
        let (n, complete) = read_line_bounded(&mut input, &mut buf)?;
        if n == 0 {
            break;
        }
        bytes += n as u64;
        summary.lines += 1;
        let line_no = summary.lines;
        if !complete {
            drop_line(&mut summary, line_no, invalid(format!("line longer than {MAX_LINE_BYTES} bytes")));
            continue;
        }
        let text = match std::str::from_utf8(&buf) {
            Ok(t) => t.trim(),
            Err(_) => {
                drop_line(&mut summary, line_no, invalid("not UTF-8"));
                continue;
            }
        };
        if text.is_empty() {
            summary.lines -= 1;
            continue;
        }
        match parse_line(text).map(|raw| pipeline.enrich(website, raw)) {
            Ok(Outcome::Accepted(accepted)) => batch.push(accepted.record),
            Ok(Outcome::Dropped(drop)) | Err(drop) => drop_line(&mut summary, line_no, drop),
        }
        if batch.len() >= IMPORT_BATCH {
            let full = std::mem::replace(&mut batch, Vec::with_capacity(IMPORT_BATCH));
            if tx.blocking_send(full).is_err() {
                return Ok(summary);
            }
        }
        if summary.lines % 10_000 == 0 {
            progress.update(bytes, summary.lines);
        }
    }
    if !batch.is_empty() {
        let _ = tx.blocking_send(batch);
    }
    progress.update(bytes, summary.lines);
    Ok(summary)
}

/// Reads one line into `buf` (without its newline), keeping at most `MAX_LINE_BYTES`; returns
/// the bytes consumed and whether the line fitted.
fn read_line_bounded<R: BufRead>(input: &mut R, buf: &mut Vec<u8>) -> std::io::Result<(usize, bool)> {
    let mut consumed = 0;
    let mut fits = true;
    loop {
        let available = input.fill_buf()?;
        if available.is_empty() {
            return Ok((consumed, fits));
        }
        let (chunk, done) = match memchr_newline(available) {
            Some(i) => (&available[..i], Some(i + 1)),
            None => (available, None),
        };
        if fits && buf.len() + chunk.len() <= MAX_LINE_BYTES {
            buf.extend_from_slice(chunk);
        } else {
            fits = false;
        }
        let used = done.unwrap_or(available.len());
        input.consume(used);
        consumed += used;
        if done.is_some() {
            return Ok((consumed, fits));
        }
    }
}

fn memchr_newline(b: &[u8]) -> Option<usize> {
    b.iter().position(|&c| c == b'\n')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_parse_with_either_location_form() {
        let raw = parse_line(
            r#"{"timestamp":"2026-03-01T10:15:00+01:00","url":"https://example.com/a?utm_source=x","ip":"203.0.113.7","user_agent":"Mozilla/5.0"}"#,
        )
        .unwrap();
        assert_eq!(raw.at_ms, 1_772_356_500_000);
        assert_eq!(raw.kind, "pageview");
        assert_eq!(raw.ip, Some("203.0.113.7".parse().unwrap()));
        let raw = parse_line(
            r#"{"timestamp":1772356500,"type":"goal","name":"signup","hostname":"example.com","pathname":"x","country":"fr","visitor_id":"u-1"}"#,
        )
        .unwrap();
        assert_eq!(raw.at_ms, 1_772_356_500_000);
        assert_eq!(raw.href.as_str(), "https://example.com/x");
        assert_eq!(raw.extra["eventName"], "signup");
        assert_eq!(
            parse_line(r#"{"timestamp":1772356500000,"url":"https://e.com/"}"#).unwrap().at_ms,
            1_772_356_500_000
        );
        for bad in [
            r#"{"url":"https://e.com/"}"#,
            r#"{"timestamp":"yesterday","url":"https://e.com/"}"#,
            r#"{"timestamp":1,"url":"/relative"}"#,
            r#"{"timestamp":1,"url":"https://e.com/","type":"goal"}"#,
            r#"{"timestamp":1,"url":"https://e.com/","ip":"999.1.1.1"}"#,
            r#"{"timestamp":1,"url":"https://e.com/","colour":"red"}"#,
            "not json",
        ] {
            assert!(matches!(parse_line(bad), Err(Drop::Invalid(_))), "{bad}");
        }
    }

    #[test]
    fn overlong_lines_are_skipped_not_buffered() {
        let long = "x".repeat(MAX_LINE_BYTES + 10);
        let data = format!("{long}\nshort\n");
        let mut input = std::io::Cursor::new(data.into_bytes());
        let mut buf = Vec::new();
        let (n, fits) = read_line_bounded(&mut input, &mut buf).unwrap();
        assert_eq!((n, fits), (MAX_LINE_BYTES + 11, false));
        assert!(buf.len() <= MAX_LINE_BYTES);
        buf.clear();
        assert_eq!(read_line_bounded(&mut input, &mut buf).unwrap(), (6, true));
        assert_eq!(buf, b"short");
    }
}
