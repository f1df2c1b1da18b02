//! Goal display customizations, one per (website, goal name).

use async_trait::async_trait;
use datafast_core::goal::GoalCustomization;
use datafast_core::ObjectId;

use crate::StoreResult;

#[async_trait]
pub trait GoalCustomizationStore: Send + Sync + 'static {
    /// The website's customizations by goal name, or the one of `goal_name`.
    async fn goal_customizations(
        &self,
        website_id: ObjectId,
        goal_name: Option<String>,
    ) -> StoreResult<Vec<GoalCustomization>>;
    /// Inserts or replaces; `LimitReached` when inserting would exceed `max` for the website.
    async fn save_goal_customization(&self, customization: GoalCustomization, max: usize) -> StoreResult<()>;
    async fn delete_goal_customization(&self, website_id: ObjectId, goal_name: String) -> StoreResult<bool>;
}
