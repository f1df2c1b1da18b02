//! `FunnelStore` on SQLite. Steps are kept as one JSON array per funnel: they are always read
//! and written whole, and never queried one by one.

use async_trait::async_trait;
use datafast_core::funnel::{Funnel, FunnelStep, StepTarget};
use datafast_core::ObjectId;
use datafast_store::{FunnelStore, StoreError, StoreResult};
use rusqlite::{params, Connection, Row};
use serde_json::{json, Value};

use crate::sqlite::{backend, corrupt, id_col, SqliteMetaStore};
use crate::sqlite_rows::{all, first, value, write_tx};

const FUNNEL_COLS: &str = "id, website_id, name, slug, steps, is_active, created_at, updated_at";

fn steps_json(steps: &[FunnelStep]) -> String {
    let items: Vec<Value> = steps
        .iter()
        .map(|s| match &s.target {
            StepTarget::Pageview { url } => json!({"id": s.id, "name": s.name, "type": "pageview", "url": url}),
            StepTarget::Goal { goal_name } => {
                json!({"id": s.id, "name": s.name, "type": "goal", "goalName": goal_name})
            }
        })
        .collect();
    Value::Array(items).to_string()
}

fn steps_col(row: &Row, idx: usize) -> rusqlite::Result<Vec<FunnelStep>> {
    let items: Vec<Value> = serde_json::from_str(&row.get::<_, String>(idx)?).map_err(|_| corrupt("funnel steps"))?;
    items
        .iter()
        .map(|item| {
            let text = |k: &str| item.get(k).and_then(Value::as_str).map(str::to_string);
            let target = match item.get("type").and_then(Value::as_str) {
                Some("pageview") => StepTarget::Pageview { url: text("url").ok_or_else(|| corrupt("funnel step"))? },
                Some("goal") => StepTarget::Goal { goal_name: text("goalName").ok_or_else(|| corrupt("funnel step"))? },
                _ => return Err(corrupt("funnel step")),
            };
            Ok(FunnelStep {
                id: text("id").ok_or_else(|| corrupt("funnel step"))?,
                name: text("name").ok_or_else(|| corrupt("funnel step"))?,
                target,
            })
        })
        .collect()
}

fn funnel_row(row: &Row) -> rusqlite::Result<Funnel> {
    Ok(Funnel {
        id: id_col(row, 0)?,
        website_id: id_col(row, 1)?,
        name: row.get(2)?,
        slug: row.get(3)?,
        steps: steps_col(row, 4)?,
        is_active: row.get(5)?,
        created_at: row.get(6)?,
        updated_at: row.get(7)?,
    })
}

/// The active-funnel rules shared by create and update: a unique name and the cap.
fn check_active(c: &Connection, funnel: &Funnel, max_active: usize) -> StoreResult<()> {
    let (same_name, others): (i64, i64) = c
        .query_row(
            "SELECT count(*) FILTER (WHERE lower(name) = lower(?3)), count(*)
             FROM funnels WHERE website_id = ?1 AND id <> ?2 AND is_active = 1",
            params![funnel.website_id.to_hex(), funnel.id.to_hex(), funnel.name],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .map_err(backend)?;
    if same_name > 0 {
        return Err(StoreError::Conflict(format!("A funnel named \"{}\" already exists on this website", funnel.name)));
    }
    if others as usize >= max_active {
        return Err(StoreError::LimitReached(max_active));
    }
    Ok(())
}

#[async_trait]
impl FunnelStore for SqliteMetaStore {
    async fn create_funnel(&self, funnel: Funnel, max_active: usize) -> StoreResult<Funnel> {
        self.db
            .run(move |c| {
                write_tx(c, |tx| {
                    check_active(tx, &funnel, max_active)?;
                    let mut stored = funnel;
                    let base = stored.slug.clone();
                    let mut n = 2;
                    loop {
                        let taken: bool = value(
                            tx,
                            "SELECT EXISTS (SELECT 1 FROM funnels WHERE website_id = ?1 AND slug = ?2)",
                            [stored.website_id.to_hex(), stored.slug.clone()],
                        )?;
                        if !taken {
                            break;
                        }
                        stored.slug = format!("{base}-{n}");
                        n += 1;
                    }
                    tx.execute(
                        &format!("INSERT INTO funnels ({FUNNEL_COLS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"),
                        params![
                            stored.id.to_hex(),
                            stored.website_id.to_hex(),
                            stored.name,
                            stored.slug,
                            steps_json(&stored.steps),
                            stored.is_active,
                            stored.created_at,
                            stored.updated_at
                        ],
                    )
                    .map_err(backend)?;
                    Ok(stored)
                })
            })
            .await
    }

    async fn active_funnels(&self, website_id: ObjectId) -> StoreResult<Vec<Funnel>> {
        self.db
            .run(move |c| {
                all(
                    c,
                    &format!(
                        "SELECT {FUNNEL_COLS} FROM funnels WHERE website_id = ?1 AND is_active = 1
                         ORDER BY created_at, id"
                    ),
                    [website_id.to_hex()],
                    funnel_row,
                )
            })
            .await
    }

    async fn funnel(&self, website_id: ObjectId, id: ObjectId) -> StoreResult<Option<Funnel>> {
        self.db
            .run(move |c| {
                first(
                    c,
                    &format!("SELECT {FUNNEL_COLS} FROM funnels WHERE website_id = ?1 AND id = ?2"),
                    [website_id.to_hex(), id.to_hex()],
                    funnel_row,
                )
            })
            .await
    }

    async fn update_funnel(&self, funnel: &Funnel, max_active: usize) -> StoreResult<()> {
        let funnel = funnel.clone();
        self.db
            .run(move |c| {
                write_tx(c, |tx| {
                    if funnel.is_active {
                        check_active(tx, &funnel, max_active)?;
                    }
                    let n = tx
                        .execute(
                            "UPDATE funnels SET name = ?3, steps = ?4, is_active = ?5, updated_at = ?6
                             WHERE website_id = ?1 AND id = ?2",
                            params![
                                funnel.website_id.to_hex(),
                                funnel.id.to_hex(),
                                funnel.name,
                                steps_json(&funnel.steps),
                                funnel.is_active,
                                funnel.updated_at
                            ],
                        )
                        .map_err(backend)?;
                    if n == 0 {
                        return Err(StoreError::NotFound);
                    }
                    Ok(())
                })
            })
            .await
    }
}
