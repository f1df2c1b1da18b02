//! `EventStore` on DuckDB.

use std::path::Path;

use async_trait::async_trait;
use datafast_core::uuid::{format_uuid, parse_uuid};
use datafast_core::ObjectId;
use datafast_store::{EventRecord, EventStore, RecentSession, SpoolPosition, StoreError, StoreResult};
use duckdb::types::{TimeUnit, Value};
use duckdb::{params, Connection, OptionalExt};

use crate::blocking::Blocking;
use crate::migrate;

pub struct DuckEventStore {
    db: Blocking<Connection>,
}

fn backend(e: duckdb::Error) -> StoreError {
    StoreError::Backend(e.to_string())
}

impl DuckEventStore {
    pub async fn open(path: &Path) -> StoreResult<Self> {
        let path = path.to_path_buf();
        let conn = tokio::task::spawn_blocking(move || -> StoreResult<Connection> {
            let mut conn = Connection::open(&path).map_err(|e| {
                StoreError::Backend(format!(
                    "cannot open {} (is another datafast server using this data directory?): {e}",
                    path.display()
                ))
            })?;
            migrate_duckdb(&mut conn)?;
            Ok(conn)
        })
        .await
        .map_err(|e| StoreError::Backend(e.to_string()))??;
        Ok(DuckEventStore { db: Blocking::new(conn) })
    }
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
    async fn append(&self, events: Vec<EventRecord>, reached: Option<SpoolPosition>) -> StoreResult<usize> {
        if events.is_empty() && reached.is_none() {
            return Ok(0);
        }
        self.db
            .run(move |c| {
                let tx = c.transaction().map_err(backend)?;
                {
                    let mut appender = tx.appender("events").map_err(backend)?;
                    for e in &events {
                        appender
                            .append_row(params![
                                e.website_id.to_hex(),
                                Value::Timestamp(TimeUnit::Millisecond, e.timestamp_ms),
                                e.kind,
                                format_uuid(e.visitor_id),
                                format_uuid(e.session_id),
                                e.visit_number,
                                e.entry_path,
                                e.hostname,
                                e.pathname,
                                e.referrer,
                                e.referrer_domain,
                                e.referrer_name,
                                e.channel,
                                e.utm_source,
                                e.utm_medium,
                                e.utm_campaign,
                                e.utm_term,
                                e.utm_content,
                                e.ref_param,
                                e.source_param,
                                e.via_param,
                                e.country,
                                e.region,
                                e.city,
                                e.latitude,
                                e.longitude,
                                e.browser,
                                e.browser_version,
                                e.os,
                                e.os_version,
                                e.device,
                                e.language,
                                e.goal_name,
                                e.properties,
                            ])
                            .map_err(backend)?;
                    }
                    appender.flush().map_err(backend)?;
                }
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
                let mut stmt = c
                    .prepare(
                        "SELECT website_id, visitor_id::VARCHAR, arg_max(session_id, ts)::VARCHAR,
                                arg_max(visit_number, ts), arg_max(entry_path, ts), epoch_ms(max(ts))
                         FROM events WHERE ts >= make_timestamp(? * 1000) GROUP BY website_id, visitor_id",
                    )
                    .map_err(backend)?;
                let rows = stmt
                    .query_map([since_ms], |r| {
                        Ok((
                            r.get::<_, String>(0)?,
                            r.get::<_, String>(1)?,
                            r.get::<_, String>(2)?,
                            r.get(3)?,
                            r.get(4)?,
                            r.get(5)?,
                        ))
                    })
                    .map_err(backend)?;
                let mut out = Vec::new();
                for row in rows {
                    let (website, visitor_id, session_id, visit_number, entry_path, last_ms) = row.map_err(backend)?;
                    let (Ok(website_id), Some(visitor_id), Some(session_id)) =
                        (website.parse::<ObjectId>(), parse_uuid(&visitor_id), parse_uuid(&session_id))
                    else {
                        continue;
                    };
                    out.push(RecentSession { website_id, visitor_id, session_id, visit_number, entry_path, last_ms });
                }
                Ok(out)
            })
            .await
    }
}
