//! The `sessions` rollup (see migrations/duckdb/0007_sessions.sql): kept in step with the
//! events table inside the same transaction as every change to it, so that a reader never sees
//! one without the other.
//!
//! - Appends: the batch is summed per segment here (in Rust, before it reaches DuckDB), staged
//!   in a temporary table and merged: segments already stored gain the batch's counts, new ones
//!   are inserted, and every segment of a touched session gets the session's new first/last
//!   event and segment count.
//! - Deletes (goal deletion): the touched sessions are rolled again from their remaining events.
//! - Databases that had events before the rollup existed are backfilled once when opened.

use std::collections::HashMap;
use std::sync::Arc;

use datafast_core::uuid::format_uuid;
use datafast_core::ObjectId;
use datafast_store::{EventRecord, StoreError, StoreResult};
use duckdb::arrow::array::{ArrayRef, Int32Array, StringArray, StringBuilder, TimestampMillisecondArray};
use duckdb::arrow::record_batch::RecordBatch;
use duckdb::Connection;

use crate::duck::backend;

/// The dimension columns of a segment after `website_id, session_id`, in table order. Every
/// statement below names them through this list so that the incremental merge, the re-roll
/// and the backfill hash the same columns.
const DIMS: &str =
    "visitor_id, visit_number, entry_path, hostname, referrer_domain, referrer_name, channel, utm_source, \
                    utm_medium, utm_campaign, utm_term, utm_content, ref_param, source_param, via_param, country, \
                    region, city, browser, os, device";

/// Measures of a segment, in table order.
const MEASURES: &str = "events, pageviews, first_ts, last_ts";

/// Text dimensions of an event, in `DIMS` order (after visitor_id and visit_number).
fn text_dims(e: &EventRecord) -> [&str; 19] {
    [
        &e.entry_path,
        &e.hostname,
        &e.referrer_domain,
        &e.referrer_name,
        &e.channel,
        &e.utm_source,
        &e.utm_medium,
        &e.utm_campaign,
        &e.utm_term,
        &e.utm_content,
        &e.ref_param,
        &e.source_param,
        &e.via_param,
        &e.country,
        &e.region,
        &e.city,
        &e.browser,
        &e.os,
        &e.device,
    ]
}

#[derive(PartialEq, Eq, Hash)]
struct SegmentKey<'a> {
    website: ObjectId,
    session: u128,
    visitor: u128,
    visit_number: i32,
    dims: [&'a str; 19],
}

struct Tally {
    events: i32,
    pageviews: i32,
    first: i64,
    last: i64,
}

/// The rows of `SELECT … FROM events WHERE {filter}` summed per segment, as the columns of the
/// sessions table (the session-wide columns computed over the selected events).
fn roll_sql(filter: &str) -> String {
    format!(
        "WITH g AS (SELECT website_id, session_id, {DIMS}, count(*)::INTEGER AS events,
                           (count(*) FILTER (WHERE kind = 'pageview'))::INTEGER AS pageviews,
                           min(ts) AS first_ts, max(ts) AS last_ts
                    FROM events WHERE {filter} GROUP BY ALL)
         SELECT website_id, session_id, hash({DIMS}) AS seg, {DIMS}, {MEASURES},
                min(first_ts) OVER w AS session_first, max(last_ts) OVER w AS session_last,
                count(*) OVER w = 1 AS single
         FROM g WINDOW w AS (PARTITION BY website_id, session_id)
         ORDER BY session_first"
    )
}

fn insert_sql(select: &str) -> String {
    format!(
        "INSERT INTO sessions (website_id, session_id, seg, {DIMS}, {MEASURES}, session_first, session_last, single)
         {select}"
    )
}

/// Rolls up every stored event when the table is empty but events exist: a database written
/// before the rollup existed. Runs inside the migration transaction.
pub(crate) fn backfill(conn: &Connection) -> StoreResult<()> {
    let empty: bool =
        conn.query_row("SELECT NOT EXISTS (SELECT 1 FROM sessions)", [], |r| r.get(0)).map_err(backend)?;
    let events: bool = conn.query_row("SELECT EXISTS (SELECT 1 FROM events)", [], |r| r.get(0)).map_err(backend)?;
    if empty && events {
        conn.execute_batch(&insert_sql(&roll_sql("TRUE"))).map_err(backend)?;
    }
    Ok(())
}

/// Before events matching `filter` (over `events`, with `params`) are deleted: remembers their
/// sessions in `session_reroll`. Call `reroll` after the delete, in the same transaction.
pub(crate) fn mark_for_reroll(conn: &Connection, filter: &str, params: &[duckdb::types::Value]) -> StoreResult<()> {
    conn.execute_batch("CREATE OR REPLACE TEMP TABLE session_reroll (website_id VARCHAR, session_id UUID)")
        .map_err(backend)?;
    conn.execute(
        &format!("INSERT INTO session_reroll SELECT DISTINCT website_id, session_id FROM events WHERE {filter}"),
        duckdb::params_from_iter(params),
    )
    .map_err(backend)?;
    Ok(())
}

/// Rolls the sessions in `session_reroll` again from their remaining events.
pub(crate) fn reroll(conn: &Connection) -> StoreResult<()> {
    let touched = "EXISTS (SELECT 1 FROM session_reroll r
                           WHERE r.website_id = {t}.website_id AND r.session_id = {t}.session_id)";
    conn.execute_batch(&format!(
        "DELETE FROM sessions WHERE {};
         {};
         DROP TABLE session_reroll;",
        touched.replace("{t}", "sessions"),
        insert_sql(&roll_sql(&touched.replace("{t}", "events")))
    ))
    .map_err(backend)
}

/// Merges an appended batch into the rollup (inside the append's transaction).
pub(crate) fn merge_batch(conn: &Connection, events: &[EventRecord]) -> StoreResult<()> {
    if events.is_empty() {
        return Ok(());
    }
    let mut segments: HashMap<SegmentKey<'_>, Tally> = HashMap::new();
    for e in events {
        let key = SegmentKey {
            website: e.website_id,
            session: e.session_id,
            visitor: e.visitor_id,
            visit_number: e.visit_number,
            dims: text_dims(e),
        };
        let pageview = (e.kind == "pageview") as i32;
        segments
            .entry(key)
            .and_modify(|t| {
                t.events += 1;
                t.pageviews += pageview;
                t.first = t.first.min(e.timestamp_ms);
                t.last = t.last.max(e.timestamp_ms);
            })
            .or_insert(Tally { events: 1, pageviews: pageview, first: e.timestamp_ms, last: e.timestamp_ms });
    }
    let segments: Vec<(SegmentKey<'_>, Tally)> = segments.into_iter().collect();
    let batch = staged_batch(&segments)?;
    conn.execute_batch(&format!(
        "CREATE TEMP TABLE IF NOT EXISTS session_batch AS
             SELECT website_id, session_id, {DIMS}, {MEASURES} FROM sessions LIMIT 0;
         DELETE FROM session_batch;"
    ))
    .map_err(backend)?;
    {
        // Temporary tables live in the `temp` catalog, which the plain appender does not search.
        let mut appender = conn.appender_to_catalog_and_db("session_batch", "temp", "main").map_err(backend)?;
        appender.append_record_batch(batch).map_err(backend)?;
        appender.flush().map_err(backend)?;
    }
    // `h`: the stored segments of the batch's sessions (one scan of the rollup); `m`: each
    // segment's new totals (stored + batch), then the session-wide columns over all of them.
    conn.execute_batch(&format!(
        "CREATE OR REPLACE TEMP TABLE session_merge AS
         WITH b AS (SELECT hash({DIMS}) AS seg, * FROM session_batch),
         h AS (SELECT s.rowid AS rid, s.website_id, s.session_id, s.seg, s.{measures}
               FROM sessions s
               WHERE EXISTS (SELECT 1 FROM session_batch k
                             WHERE k.session_id = s.session_id AND k.website_id = s.website_id)),
         m AS (SELECT h.rid, coalesce(h.website_id, b.website_id) AS website_id,
                      coalesce(h.session_id, b.session_id) AS session_id, coalesce(h.seg, b.seg) AS seg,
                      {b_dims},
                      coalesce(h.events, 0) + coalesce(b.events, 0) AS events,
                      coalesce(h.pageviews, 0) + coalesce(b.pageviews, 0) AS pageviews,
                      least(coalesce(h.first_ts, b.first_ts), coalesce(b.first_ts, h.first_ts)) AS first_ts,
                      greatest(coalesce(h.last_ts, b.last_ts), coalesce(b.last_ts, h.last_ts)) AS last_ts
               FROM h FULL OUTER JOIN b
                    ON h.website_id = b.website_id AND h.session_id = b.session_id AND h.seg = b.seg)
         SELECT *, min(first_ts) OVER w AS session_first, max(last_ts) OVER w AS session_last,
                count(*) OVER w = 1 AS single
         FROM m WINDOW w AS (PARTITION BY website_id, session_id);
         UPDATE sessions SET events = m.events, pageviews = m.pageviews, first_ts = m.first_ts,
                             last_ts = m.last_ts, session_first = m.session_first,
                             session_last = m.session_last, single = m.single
         FROM session_merge m WHERE m.rid IS NOT NULL AND sessions.rowid = m.rid;
         {insert};
         DELETE FROM session_merge;",
        measures = MEASURES.replace(", ", ", s."),
        b_dims = DIMS.split(", ").map(|d| format!("b.{d}")).collect::<Vec<_>>().join(", "),
        insert = insert_sql(&format!(
            "SELECT website_id, session_id, seg, {DIMS}, {MEASURES}, session_first, session_last, single
             FROM session_merge WHERE rid IS NULL ORDER BY session_first"
        )),
    ))
    .map_err(backend)
}

fn staged_batch(segments: &[(SegmentKey<'_>, Tally)]) -> StoreResult<RecordBatch> {
    fn uuids(segments: &[(SegmentKey<'_>, Tally)], field: impl Fn(&SegmentKey<'_>) -> u128) -> ArrayRef {
        let mut b = StringBuilder::with_capacity(segments.len(), segments.len() * 36);
        for (k, _) in segments {
            b.append_value(format_uuid(field(k)));
        }
        Arc::new(b.finish())
    }
    let mut columns: Vec<(String, ArrayRef)> = vec![
        (
            "website_id".into(),
            Arc::new(StringArray::from_iter_values(segments.iter().map(|(k, _)| k.website.to_hex()))),
        ),
        ("session_id".into(), uuids(segments, |k| k.session)),
        ("visitor_id".into(), uuids(segments, |k| k.visitor)),
        ("visit_number".into(), Arc::new(Int32Array::from_iter_values(segments.iter().map(|(k, _)| k.visit_number)))),
    ];
    for (i, name) in DIMS.split(", ").skip(2).enumerate() {
        columns.push((name.into(), Arc::new(StringArray::from_iter_values(segments.iter().map(|(k, _)| k.dims[i])))));
    }
    columns.push(("events".into(), Arc::new(Int32Array::from_iter_values(segments.iter().map(|(_, t)| t.events)))));
    columns
        .push(("pageviews".into(), Arc::new(Int32Array::from_iter_values(segments.iter().map(|(_, t)| t.pageviews)))));
    columns.push((
        "first_ts".into(),
        Arc::new(TimestampMillisecondArray::from_iter_values(segments.iter().map(|(_, t)| t.first))),
    ));
    columns.push((
        "last_ts".into(),
        Arc::new(TimestampMillisecondArray::from_iter_values(segments.iter().map(|(_, t)| t.last))),
    ));
    RecordBatch::try_from_iter(columns).map_err(|e| StoreError::Backend(format!("building the session batch: {e}")))
}
