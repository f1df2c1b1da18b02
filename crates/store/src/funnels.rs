//! Funnel definitions. Deleting a funnel only deactivates it (its history stays), so lookups
//! by id see inactive funnels while lists show the active ones.

use async_trait::async_trait;
use datafast_core::funnel::Funnel;
use datafast_core::ObjectId;

use crate::StoreResult;

#[async_trait]
pub trait FunnelStore: Send + Sync + 'static {
    /// Inserts the funnel, atomically refusing with `Conflict` when an active funnel of the
    /// website has the same name (case-insensitively) and with `LimitReached` when the website
    /// already has `max_active` active funnels. `funnel.slug` is a base: the stored slug is
    /// made unique on the website (`signup`, `signup-2`, …) and returned in the funnel.
    async fn create_funnel(&self, funnel: Funnel, max_active: usize) -> StoreResult<Funnel>;
    /// Active funnels of the website, oldest first.
    async fn active_funnels(&self, website_id: ObjectId) -> StoreResult<Vec<Funnel>>;
    /// The funnel, active or not, if it belongs to the website.
    async fn funnel(&self, website_id: ObjectId, id: ObjectId) -> StoreResult<Option<Funnel>>;
    /// Replaces name, steps, activity and `updated_at`; the same `Conflict` and
    /// `LimitReached` rules as creation apply when the result is active. `NotFound` when the
    /// funnel is not on that website.
    async fn update_funnel(&self, funnel: &Funnel, max_active: usize) -> StoreResult<()>;
}
