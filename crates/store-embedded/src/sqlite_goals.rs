//! `GoalCustomizationStore` on SQLite.

use async_trait::async_trait;
use datafast_core::goal::GoalCustomization;
use datafast_core::ObjectId;
use datafast_store::{GoalCustomizationStore, StoreError, StoreResult};
use rusqlite::{params, Row};

use crate::sqlite::{backend, id_col, SqliteMetaStore};
use crate::sqlite_rows::write_tx;

const COLS: &str = "website_id, goal_name, display_name, color, description, updated_at";

fn customization_row(row: &Row) -> rusqlite::Result<GoalCustomization> {
    Ok(GoalCustomization {
        website_id: id_col(row, 0)?,
        goal_name: row.get(1)?,
        display_name: row.get(2)?,
        color: row.get(3)?,
        description: row.get(4)?,
        updated_at: row.get(5)?,
    })
}

#[async_trait]
impl GoalCustomizationStore for SqliteMetaStore {
    async fn goal_customizations(
        &self,
        website_id: ObjectId,
        goal_name: Option<String>,
    ) -> StoreResult<Vec<GoalCustomization>> {
        self.db
            .run(move |c| {
                let mut stmt = c
                    .prepare_cached(&format!(
                        "SELECT {COLS} FROM goal_customizations WHERE website_id = ?1 AND (?2 IS NULL OR goal_name = ?2)
                         ORDER BY goal_name"
                    ))
                    .map_err(backend)?;
                let rows =
                    stmt.query_map(params![website_id.to_hex(), goal_name], customization_row).map_err(backend)?;
                rows.collect::<Result<Vec<_>, _>>().map_err(backend)
            })
            .await
    }

    async fn save_goal_customization(&self, customization: GoalCustomization, max: usize) -> StoreResult<()> {
        let g = customization;
        self.db
            .run(move |c| {
                write_tx(c, |tx| {
                    let (count, exists): (i64, bool) = tx
                        .query_row(
                            "SELECT count(*), count(*) FILTER (WHERE goal_name = ?2) > 0
                             FROM goal_customizations WHERE website_id = ?1",
                            params![g.website_id.to_hex(), g.goal_name],
                            |r| Ok((r.get(0)?, r.get(1)?)),
                        )
                        .map_err(backend)?;
                    if !exists && count as usize >= max {
                        return Err(StoreError::LimitReached(max));
                    }
                    tx.execute(
                        &format!(
                            "INSERT INTO goal_customizations ({COLS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                             ON CONFLICT (website_id, goal_name) DO UPDATE SET display_name = excluded.display_name,
                               color = excluded.color, description = excluded.description, updated_at = excluded.updated_at"
                        ),
                        params![g.website_id.to_hex(), g.goal_name, g.display_name, g.color, g.description, g.updated_at],
                    )
                    .map_err(backend)?;
                    Ok(())
                })
            })
            .await
    }

    async fn delete_goal_customization(&self, website_id: ObjectId, goal_name: String) -> StoreResult<bool> {
        self.db
            .run(move |c| {
                let n = c
                    .execute(
                        "DELETE FROM goal_customizations WHERE website_id = ?1 AND goal_name = ?2",
                        params![website_id.to_hex(), goal_name],
                    )
                    .map_err(backend)?;
                Ok(n > 0)
            })
            .await
    }
}
