//! `MentionStore` on SQLite: one row per platform and post URL on a website.

use async_trait::async_trait;
use datafast_core::mention::{Mention, Platform};
use datafast_core::ObjectId;
use datafast_store::{ListQuery, MentionStore, StoreError, StoreResult};
use rusqlite::types::Value as SqlValue;
use rusqlite::{params, Row};

use crate::sqlite::{backend, corrupt, id_col, SqliteMetaStore};
use crate::sqlite_rows::{dated_page, insert_sql, value, write_tx, DatedList};

const COLUMNS: &str = "id, website_id, platform, url, author, title, text, community, ts, collected_at";

fn mention_row(row: &Row) -> rusqlite::Result<Mention> {
    let platform: String = row.get(2)?;
    Ok(Mention {
        id: id_col(row, 0)?,
        website_id: id_col(row, 1)?,
        platform: Platform::parse(&platform).ok_or_else(|| corrupt("mention platform"))?,
        url: row.get(3)?,
        author: row.get(4)?,
        title: row.get(5)?,
        text: row.get(6)?,
        community: row.get(7)?,
        posted_at_ms: row.get(8)?,
        collected_at_ms: row.get(9)?,
    })
}

#[async_trait]
impl MentionStore for SqliteMetaStore {
    async fn add_mentions(&self, website_id: ObjectId, mentions: Vec<Mention>, max: usize) -> StoreResult<usize> {
        self.db
            .run(move |c| {
                write_tx(c, |tx| {
                    let sql = insert_sql("mentions", COLUMNS).replacen("INSERT", "INSERT OR IGNORE", 1);
                    let mut stmt = tx.prepare_cached(&sql).map_err(backend)?;
                    let mut added = 0;
                    for m in &mentions {
                        added += stmt
                            .execute(params![
                                m.id.to_hex(),
                                website_id.to_hex(),
                                m.platform.as_str(),
                                m.url,
                                m.author,
                                m.title,
                                m.text,
                                m.community,
                                m.posted_at_ms,
                                m.collected_at_ms
                            ])
                            .map_err(backend)?;
                    }
                    let held: i64 =
                        value(tx, "SELECT count(*) FROM mentions WHERE website_id = ?1", [website_id.to_hex()])?;
                    if held as usize > max {
                        // Dropping the transaction un-does the whole batch.
                        return Err(StoreError::LimitReached(max));
                    }
                    Ok(added)
                })
            })
            .await
    }

    async fn mentions(
        &self,
        website_id: ObjectId,
        platform: Option<Platform>,
        query: ListQuery,
    ) -> StoreResult<(Vec<Mention>, u64)> {
        self.db
            .run(move |c| {
                let select = format!("SELECT {COLUMNS} FROM mentions m");
                let list = DatedList {
                    select: &select,
                    table: "mentions m",
                    ts: "m.ts",
                    id: "m.id",
                    searched: &["m.text", "m.title", "m.author"],
                };
                let mut args = vec![SqlValue::Text(website_id.to_hex())];
                let condition = match platform {
                    Some(p) => {
                        args.push(SqlValue::Text(p.as_str().to_string()));
                        "m.website_id = ? AND m.platform = ?"
                    }
                    None => "m.website_id = ?",
                };
                dated_page(c, list, condition, args, &query, mention_row)
            })
            .await
    }
}
