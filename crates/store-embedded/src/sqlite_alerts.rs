//! `AlertStore` on SQLite: `alerts`, `alert_logs` (0005, kinds and `throttled` from 0007),
//! `alert_throttle` (0007) and `report_runs`.

use async_trait::async_trait;
use datafast_core::website::Website;
use datafast_core::ObjectId;
use datafast_store::{
    Alert, AlertCounts, AlertEmailClaim, AlertLog, AlertLogKind, AlertStatus, AlertStore, StoreError, StoreResult,
};
use rusqlite::{params, Row};

use crate::sqlite::{backend, corrupt, id_col, is_unique_violation, website_row, SqliteMetaStore, WEBSITE_COLS};
use crate::sqlite_rows::{all, first, insert_sql, value, write_tx};

const ALERT_COLS: &str =
    "id, website_id, name, goal_name, subject, message, is_enabled, created_by, created_at, updated_at";
const LOG_COLS: &str = "id, kind, alert_id, website_id, alert_name, goal_name, status, error, visitor_id, triggered_at";

fn alert_row(row: &Row) -> rusqlite::Result<Alert> {
    Ok(Alert {
        id: id_col(row, 0)?,
        website_id: id_col(row, 1)?,
        name: row.get(2)?,
        goal_name: row.get(3)?,
        subject: row.get(4)?,
        message: row.get(5)?,
        is_enabled: row.get(6)?,
        created_by: id_col(row, 7)?,
        created_at: row.get(8)?,
        updated_at: row.get(9)?,
    })
}

fn log_row(row: &Row) -> rusqlite::Result<AlertLog> {
    let kind = AlertLogKind::parse(&row.get::<_, String>(1)?).ok_or_else(|| corrupt("alert log kind"))?;
    let status = AlertStatus::parse(&row.get::<_, String>(6)?).ok_or_else(|| corrupt("alert status"))?;
    let alert_id = match row.get::<_, Option<String>>(2)? {
        Some(_) => Some(id_col(row, 2)?),
        None => None,
    };
    Ok(AlertLog {
        id: id_col(row, 0)?,
        kind,
        alert_id,
        website_id: id_col(row, 3)?,
        alert_name: row.get(4)?,
        goal_name: row.get(5)?,
        status,
        error: row.get(7)?,
        visitor_id: row.get(8)?,
        triggered_at: row.get(9)?,
    })
}

#[async_trait]
impl AlertStore for SqliteMetaStore {
    async fn create_alert(&self, a: Alert, limit: usize) -> StoreResult<()> {
        self.db
            .run(move |c| {
                write_tx(c, |tx| {
                    let n: i64 =
                        value(tx, "SELECT count(*) FROM alerts WHERE website_id = ?1", [a.website_id.to_hex()])?;
                    if n as usize >= limit {
                        return Err(StoreError::LimitReached(limit));
                    }
                    tx.execute(
                        &insert_sql("alerts", ALERT_COLS),
                        params![
                            a.id.to_hex(),
                            a.website_id.to_hex(),
                            a.name,
                            a.goal_name,
                            a.subject,
                            a.message,
                            a.is_enabled,
                            a.created_by.to_hex(),
                            a.created_at,
                            a.updated_at
                        ],
                    )
                    .map_err(backend)?;
                    Ok(())
                })
            })
            .await
    }

    async fn alerts(&self, website_id: ObjectId) -> StoreResult<Vec<Alert>> {
        self.db
            .run(move |c| {
                all(
                    c,
                    &format!("SELECT {ALERT_COLS} FROM alerts WHERE website_id = ?1 ORDER BY created_at, id"),
                    [website_id.to_hex()],
                    alert_row,
                )
            })
            .await
    }

    async fn alert(&self, website_id: ObjectId, id: ObjectId) -> StoreResult<Option<Alert>> {
        self.db
            .run(move |c| {
                first(
                    c,
                    &format!("SELECT {ALERT_COLS} FROM alerts WHERE website_id = ?1 AND id = ?2"),
                    [website_id.to_hex(), id.to_hex()],
                    alert_row,
                )
            })
            .await
    }

    async fn update_alert(&self, a: &Alert) -> StoreResult<()> {
        let a = a.clone();
        self.db
            .run(move |c| {
                let n = c
                    .execute(
                        "UPDATE alerts SET name = ?3, goal_name = ?4, subject = ?5, message = ?6, is_enabled = ?7,
                         updated_at = ?8 WHERE website_id = ?1 AND id = ?2",
                        params![
                            a.website_id.to_hex(),
                            a.id.to_hex(),
                            a.name,
                            a.goal_name,
                            a.subject,
                            a.message,
                            a.is_enabled,
                            a.updated_at
                        ],
                    )
                    .map_err(backend)?;
                if n == 0 {
                    return Err(StoreError::NotFound);
                }
                Ok(())
            })
            .await
    }

    async fn delete_alert(&self, website_id: ObjectId, id: ObjectId) -> StoreResult<bool> {
        self.db
            .run(move |c| {
                c.execute("DELETE FROM alerts WHERE website_id = ?1 AND id = ?2", [website_id.to_hex(), id.to_hex()])
                    .map(|n| n > 0)
                    .map_err(backend)
            })
            .await
    }

    async fn alerts_for_goal(&self, website_id: ObjectId, goal_name: &str) -> StoreResult<Vec<Alert>> {
        let goal = goal_name.to_string();
        self.db
            .run(move |c| {
                all(
                    c,
                    &format!(
                        "SELECT {ALERT_COLS} FROM alerts WHERE website_id = ?1 AND goal_name = ?2 AND is_enabled
                         ORDER BY created_at, id"
                    ),
                    params![website_id.to_hex(), goal],
                    alert_row,
                )
            })
            .await
    }

    async fn add_alert_log(&self, l: AlertLog, keep_per_kind: usize) -> StoreResult<()> {
        self.db
            .run(move |c| {
                write_tx(c, |tx| {
                    let website = l.website_id.to_hex();
                    tx.execute(
                        &insert_sql("alert_logs", LOG_COLS),
                        params![
                            l.id.to_hex(),
                            l.kind.as_str(),
                            l.alert_id.map(|a| a.to_hex()),
                            website,
                            l.alert_name,
                            l.goal_name,
                            l.status.as_str(),
                            l.error,
                            l.visitor_id,
                            l.triggered_at
                        ],
                    )
                    .map_err(backend)?;
                    tx.execute(
                        "DELETE FROM alert_logs WHERE website_id = ?1 AND kind = ?3 AND id NOT IN
                         (SELECT id FROM alert_logs WHERE website_id = ?1 AND kind = ?3
                          ORDER BY triggered_at DESC, id DESC LIMIT ?2)",
                        params![website, keep_per_kind as i64, l.kind.as_str()],
                    )
                    .map_err(backend)?;
                    Ok(())
                })
            })
            .await
    }

    async fn alert_logs(
        &self,
        website_id: ObjectId,
        alert_id: Option<ObjectId>,
        kind: Option<AlertLogKind>,
        limit: usize,
    ) -> StoreResult<(Vec<AlertLog>, AlertCounts)> {
        self.db
            .run(move |c| {
                // '' matches no alert id and no kind, so one statement serves every filter.
                let alert = alert_id.map(|a| a.to_hex()).unwrap_or_default();
                let kind = kind.map(AlertLogKind::as_str).unwrap_or_default();
                let filter = "website_id = ?1 AND (?2 = '' OR alert_id = ?2) AND (?3 = '' OR kind = ?3)";
                let logs = all(
                    c,
                    &format!(
                        "SELECT {LOG_COLS} FROM alert_logs WHERE {filter} ORDER BY triggered_at DESC, id DESC LIMIT ?4"
                    ),
                    params![website_id.to_hex(), alert, kind, limit as i64],
                    log_row,
                )?;
                let counts = c
                    .query_row(
                        &format!(
                            "SELECT count(*) FILTER (WHERE status = 'sent'), count(*) FILTER (WHERE status = 'failed'),
                                    count(*) FILTER (WHERE status = 'throttled')
                             FROM alert_logs WHERE {filter}"
                        ),
                        params![website_id.to_hex(), alert, kind],
                        |r| {
                            Ok(AlertCounts {
                                sent: r.get::<_, i64>(0)? as u64,
                                failed: r.get::<_, i64>(1)? as u64,
                                throttled: r.get::<_, i64>(2)? as u64,
                            })
                        },
                    )
                    .map_err(backend)?;
                Ok((logs, counts))
            })
            .await
    }

    async fn claim_alert_email(
        &self,
        alert_id: ObjectId,
        now: i64,
        min_interval_ms: i64,
    ) -> StoreResult<AlertEmailClaim> {
        self.db
            .run(move |c| {
                write_tx(c, |tx| {
                    let id = alert_id.to_hex();
                    let last: Option<(i64, i64)> = first(
                        tx,
                        "SELECT last_email_at, held_back FROM alert_throttle WHERE alert_id = ?1",
                        [&id],
                        |r| Ok((r.get(0)?, r.get(1)?)),
                    )?;
                    match last {
                        // No throttle means every claim sends, whatever order concurrent
                        // deliveries read the clock and reach this transaction in.
                        Some((at, _)) if min_interval_ms > 0 && now - at < min_interval_ms => {
                            tx.execute(
                                "UPDATE alert_throttle SET held_back = held_back + 1 WHERE alert_id = ?1",
                                [&id],
                            )
                            .map_err(backend)?;
                            Ok(AlertEmailClaim::Throttled)
                        }
                        _ => {
                            tx.execute(
                                "INSERT INTO alert_throttle (alert_id, last_email_at, held_back) VALUES (?1, ?2, 0)
                                 ON CONFLICT (alert_id) DO UPDATE SET last_email_at = ?2, held_back = 0",
                                params![id, now],
                            )
                            .map_err(|e| {
                                // The foreign key: the alert was deleted meanwhile.
                                if is_unique_violation(&e) {
                                    StoreError::NotFound
                                } else {
                                    backend(e)
                                }
                            })?;
                            Ok(AlertEmailClaim::Send { held_back: last.map_or(0, |(_, n)| n as u64) })
                        }
                    }
                })
            })
            .await
    }

    async fn websites_with_reports(&self) -> StoreResult<Vec<Website>> {
        self.db
            .run(move |c| {
                all(
                    c,
                    &format!(
                        "SELECT {WEBSITE_COLS} FROM websites w
                         WHERE json_extract(w.settings, '$.sendViralTrafficAlerts') = 1
                            OR json_extract(w.settings, '$.sendWeeklyReports') = 1
                         ORDER BY w.created_at, w.id"
                    ),
                    [],
                    website_row,
                )
            })
            .await
    }

    async fn claim_report(&self, website_id: ObjectId, kind: &str, period: i64, now: i64) -> StoreResult<bool> {
        let kind = kind.to_string();
        self.db
            .run(move |c| {
                let n = c
                    .execute(
                        "INSERT INTO report_runs (website_id, kind, period, sent_at) VALUES (?1, ?2, ?3, ?4)
                         ON CONFLICT (website_id, kind) DO UPDATE SET period = excluded.period, sent_at = excluded.sent_at
                         WHERE excluded.period > report_runs.period",
                        params![website_id.to_hex(), kind, period, now],
                    )
                    .map_err(backend)?;
                Ok(n > 0)
            })
            .await
    }
}
