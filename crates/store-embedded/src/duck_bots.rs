//! `BotHitStore` on DuckDB: each hit in its own statement on the writer connection, committed
//! before the caller answers (crawler volumes do not need the event spool's batching).

use async_trait::async_trait;
use datafast_core::ObjectId;
use datafast_store::{BotHit, BotHitStore, StoreResult};
use duckdb::params;
use duckdb::types::{TimeUnit, Value};

use crate::duck::{backend, DuckEventStore};

fn ts(ms: i64) -> Value {
    Value::Timestamp(TimeUnit::Millisecond, ms)
}

#[async_trait]
impl BotHitStore for DuckEventStore {
    async fn record_bot_hit(&self, hit: BotHit) -> StoreResult<()> {
        self.db
            .run(move |c| {
                c.execute(
                    "INSERT INTO bot_hits VALUES (?, ?, ?, ?, ?, ?, ?)",
                    params![
                        hit.website_id.to_hex(),
                        ts(hit.timestamp_ms),
                        hit.crawler_id,
                        hit.company,
                        hit.category,
                        hit.path,
                        hit.verified
                    ],
                )
                .map_err(backend)?;
                Ok(())
            })
            .await
    }

    async fn record_bot_drop(&self, website_id: ObjectId, timestamp_ms: i64) -> StoreResult<()> {
        self.db
            .run(move |c| {
                c.execute("INSERT INTO bot_hit_drops VALUES (?, ?)", params![website_id.to_hex(), ts(timestamp_ms)])
                    .map_err(backend)?;
                Ok(())
            })
            .await
    }
}
