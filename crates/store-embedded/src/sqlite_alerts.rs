//! `AlertStore` on SQLite: `alerts` and `alert_logs` (0005).

use async_trait::async_trait;
use datafast_core::website::Website;
use datafast_core::ObjectId;
use datafast_store::{Alert, AlertCounts, AlertLog, AlertStatus, AlertStore, StoreError, StoreResult};
use rusqlite::{params, Row, TransactionBehavior};

use crate::sqlite::{backend, corrupt, id_col, website_row, SqliteMetaStore, WEBSITE_COLS};

const ALERT_COLS: &str =
    "id, website_id, name, goal_name, subject, message, is_enabled, created_by, created_at, updated_at";
const LOG_COLS: &str = "id, alert_id, website_id, alert_name, goal_name, status, error, visitor_id, triggered_at";

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
    let status = match row.get::<_, String>(5)?.as_str() {
        "sent" => AlertStatus::Sent,
        "failed" => AlertStatus::Failed,
        _ => return Err(corrupt("alert status")),
    };
    Ok(AlertLog {
        id: id_col(row, 0)?,
        alert_id: id_col(row, 1)?,
        website_id: id_col(row, 2)?,
        alert_name: row.get(3)?,
        goal_name: row.get(4)?,
        status,
        error: row.get(6)?,
        visitor_id: row.get(7)?,
        triggered_at: row.get(8)?,
    })
}

#[async_trait]
impl AlertStore for SqliteMetaStore {
    async fn create_alert(&self, a: Alert, limit: usize) -> StoreResult<()> {
        self.db
            .run(move |c| {
                let tx = c.transaction_with_behavior(TransactionBehavior::Immediate).map_err(backend)?;
                let n: i64 = tx
                    .query_row("SELECT count(*) FROM alerts WHERE website_id = ?1", [a.website_id.to_hex()], |r| {
                        r.get(0)
                    })
                    .map_err(backend)?;
                if n as usize >= limit {
                    return Err(StoreError::LimitReached(limit));
                }
                tx.execute(
                    &format!("INSERT INTO alerts ({ALERT_COLS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"),
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
                tx.commit().map_err(backend)
            })
            .await
    }

    async fn alerts(&self, website_id: ObjectId) -> StoreResult<Vec<Alert>> {
        self.db
            .run(move |c| {
                let mut stmt = c
                    .prepare_cached(&format!(
                        "SELECT {ALERT_COLS} FROM alerts WHERE website_id = ?1 ORDER BY created_at, id"
                    ))
                    .map_err(backend)?;
                let rows = stmt.query_map([website_id.to_hex()], alert_row).map_err(backend)?;
                rows.collect::<Result<Vec<_>, _>>().map_err(backend)
            })
            .await
    }

    async fn alert(&self, website_id: ObjectId, id: ObjectId) -> StoreResult<Option<Alert>> {
        use rusqlite::OptionalExtension;
        self.db
            .run(move |c| {
                c.query_row(
                    &format!("SELECT {ALERT_COLS} FROM alerts WHERE website_id = ?1 AND id = ?2"),
                    [website_id.to_hex(), id.to_hex()],
                    alert_row,
                )
                .optional()
                .map_err(backend)
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
                let mut stmt = c
                    .prepare_cached(&format!(
                        "SELECT {ALERT_COLS} FROM alerts WHERE website_id = ?1 AND goal_name = ?2 AND is_enabled
                         ORDER BY created_at, id"
                    ))
                    .map_err(backend)?;
                let rows = stmt.query_map(params![website_id.to_hex(), goal], alert_row).map_err(backend)?;
                rows.collect::<Result<Vec<_>, _>>().map_err(backend)
            })
            .await
    }

    async fn add_alert_log(&self, l: AlertLog, keep_per_website: usize) -> StoreResult<()> {
        self.db
            .run(move |c| {
                let tx = c.transaction_with_behavior(TransactionBehavior::Immediate).map_err(backend)?;
                let website = l.website_id.to_hex();
                tx.execute(
                    &format!("INSERT INTO alert_logs ({LOG_COLS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"),
                    params![
                        l.id.to_hex(),
                        l.alert_id.to_hex(),
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
                    "DELETE FROM alert_logs WHERE website_id = ?1 AND id NOT IN
                     (SELECT id FROM alert_logs WHERE website_id = ?1 ORDER BY triggered_at DESC, id DESC LIMIT ?2)",
                    params![website, keep_per_website as i64],
                )
                .map_err(backend)?;
                tx.commit().map_err(backend)
            })
            .await
    }

    async fn alert_logs(
        &self,
        website_id: ObjectId,
        alert_id: Option<ObjectId>,
        limit: usize,
    ) -> StoreResult<(Vec<AlertLog>, AlertCounts)> {
        self.db
            .run(move |c| {
                // '' matches no alert id, so one statement serves both the filtered and the
                // unfiltered history.
                let alert = alert_id.map(|a| a.to_hex()).unwrap_or_default();
                let filter = "website_id = ?1 AND (?2 = '' OR alert_id = ?2)";
                let mut stmt = c
                    .prepare_cached(&format!(
                        "SELECT {LOG_COLS} FROM alert_logs WHERE {filter} ORDER BY triggered_at DESC, id DESC LIMIT ?3"
                    ))
                    .map_err(backend)?;
                let rows =
                    stmt.query_map(params![website_id.to_hex(), alert, limit as i64], log_row).map_err(backend)?;
                let logs = rows.collect::<Result<Vec<_>, _>>().map_err(backend)?;
                let (sent, failed): (i64, i64) = c
                    .query_row(
                        &format!(
                            "SELECT count(*) FILTER (WHERE status = 'sent'), count(*) FILTER (WHERE status = 'failed')
                             FROM alert_logs WHERE {filter}"
                        ),
                        params![website_id.to_hex(), alert],
                        |r| Ok((r.get(0)?, r.get(1)?)),
                    )
                    .map_err(backend)?;
                Ok((logs, AlertCounts { sent: sent as u64, failed: failed as u64 }))
            })
            .await
    }

    async fn websites_with_reports(&self) -> StoreResult<Vec<Website>> {
        self.db
            .run(move |c| {
                let mut stmt = c
                    .prepare_cached(&format!(
                        "SELECT {WEBSITE_COLS} FROM websites w
                         WHERE json_extract(w.settings, '$.sendViralTrafficAlerts') = 1
                            OR json_extract(w.settings, '$.sendWeeklyReports') = 1
                         ORDER BY w.created_at, w.id"
                    ))
                    .map_err(backend)?;
                let rows = stmt.query_map([], website_row).map_err(backend)?;
                rows.collect::<Result<Vec<_>, _>>().map_err(backend)
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
