//! Bot traffic: per-website settings and the `dfbot_` ingestion token (metadata), and crawler
//! hits (event store). Hits are written synchronously: an acknowledged hit is committed.

use async_trait::async_trait;
use datafast_core::bot::BotSettings;
use datafast_core::secret::SecretDigest;
use datafast_core::ObjectId;

use crate::StoreResult;

/// The `dfbot_` token as stored: only its digest and a masked copy.
#[derive(Debug, Clone)]
pub struct BotToken {
    pub digest: SecretDigest,
    pub display: String,
    pub created_at: i64,
}

/// A website's bot-traffic configuration; defaults when never configured.
#[derive(Debug, Clone, Default)]
pub struct BotTrafficConfig {
    pub settings: BotSettings,
    pub token: Option<BotToken>,
}

#[async_trait]
pub trait BotTrafficStore: Send + Sync {
    async fn bot_traffic(&self, website_id: ObjectId) -> StoreResult<BotTrafficConfig>;
    /// Replaces the stored settings and token in one write.
    async fn save_bot_traffic(&self, website_id: ObjectId, config: BotTrafficConfig) -> StoreResult<()>;
}

/// One crawler request, as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct BotHit {
    pub website_id: ObjectId,
    pub timestamp_ms: i64,
    pub crawler_id: String,
    pub company: String,
    pub category: String,
    pub path: String,
    pub verified: bool,
}

#[async_trait]
pub trait BotHitStore: Send + Sync {
    /// Durable once this returns.
    async fn record_bot_hit(&self, hit: BotHit) -> StoreResult<()>;
    /// Records a hit refused because the account's allowance was used up (B7 `dropped`).
    async fn record_bot_drop(&self, website_id: ObjectId, timestamp_ms: i64) -> StoreResult<()>;
}
