//! Stored mentions (X and Reddit posts naming a website) and their search.

use async_trait::async_trait;
use datafast_core::mention::{Mention, Platform};
use datafast_core::ObjectId;

use crate::{ListQuery, StoreResult};

#[async_trait]
pub trait MentionStore: Send + Sync + 'static {
    /// Stores the mentions a website does not have yet (one per platform and URL; a known URL
    /// is left as it is), all or none; `LimitReached` when that would pass `max` for the
    /// website. Returns how many were new.
    async fn add_mentions(&self, website_id: ObjectId, mentions: Vec<Mention>, max: usize) -> StoreResult<usize>;
    /// One page of the website's mentions by posting time (optionally of one platform, the
    /// search matching text, title or author case-insensitively), and how many match in all.
    async fn mentions(
        &self,
        website_id: ObjectId,
        platform: Option<Platform>,
        query: ListQuery,
    ) -> StoreResult<(Vec<Mention>, u64)>;
}
