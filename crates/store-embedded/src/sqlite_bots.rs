//! `BotTrafficStore` on SQLite: one row per configured website.

use async_trait::async_trait;
use datafast_core::ObjectId;
use datafast_store::{BotToken, BotTrafficConfig, BotTrafficStore, StoreError, StoreResult};
use rusqlite::{params, OptionalExtension};

use crate::sqlite::{backend, corrupt, digest_col, json_text, SqliteMetaStore};

#[async_trait]
impl BotTrafficStore for SqliteMetaStore {
    async fn bot_traffic(&self, website_id: ObjectId) -> StoreResult<BotTrafficConfig> {
        self.db
            .run(move |c| {
                let row = c
                    .query_row(
                        "SELECT settings, token_digest, token_display, token_created_at
                         FROM website_bot_traffic WHERE website_id = ?1",
                        [website_id.to_hex()],
                        |r| {
                            let settings: String = r.get(0)?;
                            let settings = serde_json::from_str(&settings).map_err(|_| corrupt("bot settings"))?;
                            let token = match r.get::<_, Option<String>>(1)? {
                                Some(_) => Some(BotToken {
                                    digest: digest_col(r, 1)?,
                                    display: r.get(2)?,
                                    created_at: r.get(3)?,
                                }),
                                None => None,
                            };
                            Ok(BotTrafficConfig { settings, token })
                        },
                    )
                    .optional()
                    .map_err(backend)?;
                Ok(row.unwrap_or_default())
            })
            .await
    }

    async fn save_bot_traffic(&self, website_id: ObjectId, config: BotTrafficConfig) -> StoreResult<()> {
        let settings = json_text(&config.settings);
        self.db
            .run(move |c| {
                let token = config.token.as_ref();
                c.execute(
                    "INSERT INTO website_bot_traffic (website_id, settings, token_digest, token_display, token_created_at)
                     VALUES (?1, ?2, ?3, ?4, ?5)
                     ON CONFLICT (website_id) DO UPDATE SET settings = excluded.settings,
                         token_digest = excluded.token_digest, token_display = excluded.token_display,
                         token_created_at = excluded.token_created_at",
                    params![
                        website_id.to_hex(),
                        settings,
                        token.map(|t| t.digest.to_hex()),
                        token.map(|t| t.display.clone()),
                        token.map(|t| t.created_at)
                    ],
                )
                .map_err(|e| match e {
                    rusqlite::Error::SqliteFailure(f, _) if f.code == rusqlite::ErrorCode::ConstraintViolation => {
                        StoreError::NotFound
                    }
                    e => backend(e),
                })?;
                Ok(())
            })
            .await
    }
}
