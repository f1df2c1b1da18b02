//! `EventStore` on DuckDB.

use std::path::Path;
use std::sync::Arc;

use async_trait::async_trait;
use datafast_core::uuid::{format_uuid, parse_uuid};
use datafast_core::ObjectId;
use datafast_store::sql::{Dialect, Row, SqlParam, SqlQuery, SqlValue};
use datafast_store::{EventRecord, EventStore, RecentSession, SessionSource, SpoolPosition, StoreError, StoreResult};
use duckdb::arrow::array::{ArrayRef, Float64Array, Int32Array, StringArray, StringBuilder, TimestampMillisecondArray};
use duckdb::arrow::record_batch::RecordBatch;
use duckdb::types::{TimeUnit, Value};
use duckdb::{params, Connection, OptionalExt};

use crate::blocking::{Blocking, Pool};
use crate::migrate;

pub struct DuckEventStore {
    pub(crate) db: Blocking<Connection>,
    /// Other connections to the same database for analytics reads, so a long query and the
    /// ingestion writer do not wait for each other, nor a short read for a long one.
    reader: Pool<Connection>,
}

pub(crate) fn backend(e: duckdb::Error) -> StoreError {
    StoreError::Backend(e.to_string())
}

/// Connections for analytics reads. Each statement already runs on every core; a second
/// connection lets a short statement start while a long one runs (the dashboard's overview
/// behind its chart's timeseries; the KPI row at 10 M events: 1.47 → 1.18 s, docs/benchmarks.md).
const READERS: usize = 2;

/// Memory DuckDB may use for its buffer pool and query state before spilling to disk.
pub const DEFAULT_MEMORY_LIMIT: &str = "1GB";

impl DuckEventStore {
    pub async fn open(path: &Path) -> StoreResult<Self> {
        Self::open_with_memory_limit(path, DEFAULT_MEMORY_LIMIT).await
    }

    /// `memory_limit` in DuckDB's notation (`512MB`, `2GB`); beyond it large queries spill to
    /// a temporary directory beside the database file instead of growing the process.
    pub async fn open_with_memory_limit(path: &Path, memory_limit: &str) -> StoreResult<Self> {
        let path = path.to_path_buf();
        let memory_limit = memory_limit.to_string();
        if !memory_limit.chars().all(|c| c.is_ascii_alphanumeric() || c == '.') || memory_limit.is_empty() {
            return Err(StoreError::Backend(format!("invalid memory limit \"{memory_limit}\" (e.g. 512MB, 2GB)")));
        }
        let conn = tokio::task::spawn_blocking(move || -> StoreResult<Connection> {
            let mut conn = Connection::open(&path).map_err(|e| {
                StoreError::Backend(format!(
                    "cannot open {} (is another datafast server using this data directory?): {e}",
                    path.display()
                ))
            })?;
            migrate_duckdb(&mut conn)?;
            crate::duck_payments::load_rates(&mut conn)?;
            let spill = path.with_extension("duckdb.tmp");
            conn.execute_batch(&format!(
                "SET memory_limit = '{memory_limit}'; SET temp_directory = '{}'",
                spill.display().to_string().replace('\'', "''")
            ))
            .map_err(|e| StoreError::Backend(format!("configuring the event store: {e}")))?;
            Ok(conn)
        })
        .await
        .map_err(|e| StoreError::Backend(e.to_string()))??;
        let readers = (0..READERS).map(|_| conn.try_clone().map_err(backend)).collect::<StoreResult<Vec<_>>>()?;
        Ok(DuckEventStore { db: Blocking::new(conn), reader: Pool::new(readers) })
    }
}

/// The events table's columns, in order, as one Arrow record batch. Visitor and session ids go
/// in as UUID text and DuckDB's appender casts them to its UUID type vector-wise.
fn record_batch(events: &[EventRecord]) -> StoreResult<RecordBatch> {
    fn strings<'a>(events: &'a [EventRecord], field: impl Fn(&'a EventRecord) -> &'a str) -> ArrayRef {
        let bytes = events.iter().map(|e| field(e).len()).sum();
        let mut b = StringBuilder::with_capacity(events.len(), bytes);
        for e in events {
            b.append_value(field(e));
        }
        Arc::new(b.finish())
    }
    fn uuids(events: &[EventRecord], field: impl Fn(&EventRecord) -> u128) -> ArrayRef {
        let mut b = StringBuilder::with_capacity(events.len(), events.len() * 36);
        for e in events {
            b.append_value(format_uuid(field(e)));
        }
        Arc::new(b.finish())
    }
    let columns: Vec<(&str, ArrayRef)> = vec![
        ("website_id", Arc::new(StringArray::from_iter_values(events.iter().map(|e| e.website_id.to_hex())))),
        ("ts", Arc::new(TimestampMillisecondArray::from_iter_values(events.iter().map(|e| e.timestamp_ms)))),
        ("kind", strings(events, |e| &e.kind)),
        ("visitor_id", uuids(events, |e| e.visitor_id)),
        ("session_id", uuids(events, |e| e.session_id)),
        ("visit_number", Arc::new(Int32Array::from_iter_values(events.iter().map(|e| e.visit_number)))),
        ("entry_path", strings(events, |e| &e.entry_path)),
        ("hostname", strings(events, |e| &e.hostname)),
        ("pathname", strings(events, |e| &e.pathname)),
        ("referrer", strings(events, |e| &e.referrer)),
        ("referrer_domain", strings(events, |e| &e.referrer_domain)),
        ("referrer_name", strings(events, |e| &e.referrer_name)),
        ("channel", strings(events, |e| &e.channel)),
        ("utm_source", strings(events, |e| &e.utm_source)),
        ("utm_medium", strings(events, |e| &e.utm_medium)),
        ("utm_campaign", strings(events, |e| &e.utm_campaign)),
        ("utm_term", strings(events, |e| &e.utm_term)),
        ("utm_content", strings(events, |e| &e.utm_content)),
        ("ref_param", strings(events, |e| &e.ref_param)),
        ("source_param", strings(events, |e| &e.source_param)),
        ("via_param", strings(events, |e| &e.via_param)),
        ("country", strings(events, |e| &e.country)),
        ("region", strings(events, |e| &e.region)),
        ("city", strings(events, |e| &e.city)),
        ("latitude", Arc::new(Float64Array::from_iter(events.iter().map(|e| e.latitude)))),
        ("longitude", Arc::new(Float64Array::from_iter(events.iter().map(|e| e.longitude)))),
        ("browser", strings(events, |e| &e.browser)),
        ("browser_version", strings(events, |e| &e.browser_version)),
        ("os", strings(events, |e| &e.os)),
        ("os_version", strings(events, |e| &e.os_version)),
        ("device", strings(events, |e| &e.device)),
        ("language", strings(events, |e| &e.language)),
        ("goal_name", strings(events, |e| &e.goal_name)),
        ("properties", strings(events, |e| &e.properties)),
        ("viewport_width", Arc::new(Int32Array::from_iter(events.iter().map(|e| e.viewport_width)))),
        ("viewport_height", Arc::new(Int32Array::from_iter(events.iter().map(|e| e.viewport_height)))),
        ("ad_click_ids", strings(events, |e| &e.ad_click_ids)),
    ];
    RecordBatch::try_from_iter(columns).map_err(|e| StoreError::Backend(format!("building the event batch: {e}")))
}

fn migrate_duckdb(conn: &mut Connection) -> StoreResult<()> {
    let tx = conn.transaction().map_err(backend)?;
    tx.execute_batch("CREATE TABLE IF NOT EXISTS datafast_schema (version BIGINT NOT NULL)").map_err(backend)?;
    let current: i64 =
        tx.query_row("SELECT coalesce(max(version), 0) FROM datafast_schema", [], |r| r.get(0)).map_err(backend)?;
    let supported = migrate::latest(migrate::DUCKDB);
    if current > supported {
        return Err(StoreError::SchemaTooNew { found: current, supported });
    }
    for m in migrate::DUCKDB.iter().filter(|m| m.version > current) {
        tx.execute_batch(m.sql).map_err(backend)?;
        tx.execute("INSERT INTO datafast_schema VALUES (?)", [m.version]).map_err(backend)?;
    }
    tx.commit().map_err(backend)
}

#[async_trait]
impl EventStore for DuckEventStore {
    async fn append(&self, events: Arc<Vec<EventRecord>>, reached: Option<SpoolPosition>) -> StoreResult<usize> {
        if events.is_empty() && reached.is_none() {
            return Ok(0);
        }
        self.db
            .run(move |c| {
                let tx = c.transaction().map_err(backend)?;
                {
                    let mut appender = tx.appender("events").map_err(backend)?;
                    if !events.is_empty() {
                        // Column-wise: one Arrow batch, appended vector by vector (several
                        // times faster than binding 34 values per row).
                        appender.append_record_batch(record_batch(&events)?).map_err(backend)?;
                    }
                    appender.flush().map_err(backend)?;
                }
                crate::duck_rollup::note_appended_days(&tx, &events, datafast_core::time::now_millis())?;
                crate::duck_credit::note_appended_events(&tx, &events)?;
                if let Some(p) = reached {
                    tx.execute(
                        "INSERT OR REPLACE INTO ingest_cursor (id, segment, \"offset\") VALUES (1, ?, ?)",
                        params![p.segment, p.offset],
                    )
                    .map_err(backend)?;
                }
                tx.commit().map_err(backend)?;
                Ok(events.len())
            })
            .await
    }

    async fn spool_position(&self) -> StoreResult<Option<SpoolPosition>> {
        self.db
            .run(|c| {
                c.query_row("SELECT segment, \"offset\" FROM ingest_cursor WHERE id = 1", [], |r| {
                    Ok(SpoolPosition { segment: r.get(0)?, offset: r.get(1)? })
                })
                .optional()
                .map_err(backend)
            })
            .await
    }

    async fn count_events(&self, website_id: ObjectId) -> StoreResult<u64> {
        self.db
            .run(move |c| {
                c.query_row("SELECT count(*) FROM events WHERE website_id = ?", [website_id.to_hex()], |r| {
                    r.get::<_, i64>(0)
                })
                .map(|n| n as u64)
                .map_err(backend)
            })
            .await
    }

    async fn recent_sessions(&self, since_ms: i64) -> StoreResult<Vec<RecentSession>> {
        self.db
            .run(move |c| {
                // Each visitor's latest session, with the source of that session's first event.
                let mut stmt = c
                    .prepare(
                        "WITH latest AS (
                             SELECT website_id, visitor_id, arg_max(session_id, ts) AS session_id
                             FROM events WHERE ts >= make_timestamp(? * 1000) GROUP BY website_id, visitor_id)
                         SELECT e.website_id, e.visitor_id::VARCHAR, e.session_id::VARCHAR,
                                arg_max(e.visit_number, e.ts), arg_max(e.entry_path, e.ts), epoch_ms(max(e.ts)),
                                arg_min(e.referrer, e.ts), arg_min(e.referrer_domain, e.ts),
                                arg_min(e.referrer_name, e.ts), arg_min(e.channel, e.ts),
                                arg_min(e.utm_source, e.ts), arg_min(e.utm_medium, e.ts),
                                arg_min(e.utm_campaign, e.ts), arg_min(e.utm_term, e.ts),
                                arg_min(e.utm_content, e.ts), arg_min(e.ref_param, e.ts),
                                arg_min(e.source_param, e.ts), arg_min(e.via_param, e.ts)
                         FROM events e
                         JOIN latest l ON e.website_id = l.website_id AND e.visitor_id = l.visitor_id
                                      AND e.session_id = l.session_id
                         GROUP BY e.website_id, e.visitor_id, e.session_id",
                    )
                    .map_err(backend)?;
                let mut rows = stmt.query([since_ms]).map_err(backend)?;
                let mut out = Vec::new();
                while let Some(r) = rows.next().map_err(backend)? {
                    let text = |i: usize| -> StoreResult<String> { r.get::<_, String>(i).map_err(backend) };
                    let (Ok(website_id), Some(visitor_id), Some(session_id)) =
                        (text(0)?.parse::<ObjectId>(), parse_uuid(&text(1)?), parse_uuid(&text(2)?))
                    else {
                        continue;
                    };
                    out.push(RecentSession {
                        website_id,
                        visitor_id,
                        session_id,
                        visit_number: r.get(3).map_err(backend)?,
                        entry_path: text(4)?,
                        last_ms: r.get(5).map_err(backend)?,
                        source: SessionSource {
                            referrer: text(6)?,
                            referrer_domain: text(7)?,
                            referrer_name: text(8)?,
                            channel: text(9)?,
                            utm_source: text(10)?,
                            utm_medium: text(11)?,
                            utm_campaign: text(12)?,
                            utm_term: text(13)?,
                            utm_content: text(14)?,
                            ref_param: text(15)?,
                            source_param: text(16)?,
                            via_param: text(17)?,
                        },
                    });
                }
                Ok(out)
            })
            .await
    }

    fn dialect(&self) -> Dialect {
        Dialect::DuckDb
    }

    async fn maintain(&self, now_ms: i64) -> StoreResult<usize> {
        self.roll_closed_days(now_ms).await
    }

    async fn write(&self, statements: Vec<SqlQuery>) -> StoreResult<usize> {
        self.db
            .run(move |c| {
                let tx = c.transaction().map_err(backend)?;
                let mut changed = 0;
                for s in statements {
                    let started = std::time::Instant::now();
                    changed += tx.execute(&s.sql, duckdb::params_from_iter(values(s.params))).map_err(backend)?;
                    tracing::debug!(target: "datafast::sql", ms = started.elapsed().as_secs_f64() * 1000.0, sql = %s.sql, "write");
                }
                tx.commit().map_err(backend)?;
                Ok(changed)
            })
            .await
    }

    async fn query(&self, query: SqlQuery) -> StoreResult<Vec<Row>> {
        self.reader.run(move |c| run_query(c, query)).await
    }

    async fn query_then(
        &self,
        first: SqlQuery,
        then: Box<dyn FnOnce(Vec<Row>) -> SqlQuery + Send>,
    ) -> StoreResult<Vec<Row>> {
        self.reader
            .run(move |c| {
                // One transaction: both statements read the same snapshot.
                let tx = c.transaction().map_err(backend)?;
                let rows = run_query(&tx, first)?;
                let out = run_query(&tx, then(rows))?;
                tx.commit().map_err(backend)?;
                Ok(out)
            })
            .await
    }
}

fn values(params: Vec<SqlParam>) -> Vec<Value> {
    params
        .into_iter()
        .map(|p| match p {
            SqlParam::Text(t) => Value::Text(t),
            SqlParam::Int(i) => Value::BigInt(i),
            SqlParam::Float(f) => Value::Double(f),
            SqlParam::TimestampMs(ms) => Value::Timestamp(TimeUnit::Millisecond, ms),
        })
        .collect()
}

/// Runs one planner statement on the reader connection (or a transaction of it).
fn run_query(c: &Connection, query: SqlQuery) -> StoreResult<Vec<Row>> {
    let started = std::time::Instant::now();
    let mut stmt = c.prepare_cached(&query.sql).map_err(backend)?;
    let mut rows = stmt.query(duckdb::params_from_iter(values(query.params))).map_err(backend)?;
    let mut out = Vec::new();
    while let Some(row) = rows.next().map_err(backend)? {
        let width = row.as_ref().column_count();
        let mut values = Vec::with_capacity(width);
        for i in 0..width {
            values.push(match row.get::<_, Value>(i).map_err(backend)? {
                Value::Null => SqlValue::Null,
                Value::Boolean(b) => SqlValue::Int(b as i64),
                Value::TinyInt(v) => SqlValue::Int(v as i64),
                Value::SmallInt(v) => SqlValue::Int(v as i64),
                Value::Int(v) => SqlValue::Int(v as i64),
                Value::BigInt(v) => SqlValue::Int(v),
                Value::HugeInt(v) => SqlValue::Int(v as i64),
                Value::UTinyInt(v) => SqlValue::Int(v as i64),
                Value::USmallInt(v) => SqlValue::Int(v as i64),
                Value::UInt(v) => SqlValue::Int(v as i64),
                Value::UBigInt(v) => SqlValue::Int(v as i64),
                Value::Float(v) => SqlValue::Float(v as f64),
                Value::Double(v) => SqlValue::Float(v),
                Value::Decimal(d) => SqlValue::Float(d.to_string().parse().unwrap_or(0.0)),
                Value::Text(t) => SqlValue::Text(t),
                Value::Timestamp(unit, v) => SqlValue::Int(unit.to_micros(v) / 1000),
                other => SqlValue::Text(format!("{other:?}")),
            });
        }
        out.push(values);
    }
    // The statement's text only: every value in it is a bound parameter, and
    // parameters (visitor ids, filter values) are never logged.
    tracing::debug!(
        target: "datafast::sql",
        ms = started.elapsed().as_secs_f64() * 1000.0,
        rows = out.len(),
        sql = %query.sql,
        "statement"
    );
    Ok(out)
}
