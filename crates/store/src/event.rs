//! Events: the append-only fact table the analytics queries read.

use async_trait::async_trait;
use datafast_core::ObjectId;

use crate::StoreResult;

/// One enriched event as stored. Dimensions are plain strings ("" when unknown) so that the
/// columnar engines store them dictionary-encoded and group by them cheaply.
#[derive(Debug, Clone, PartialEq)]
pub struct EventRecord {
    pub website_id: ObjectId,
    pub timestamp_ms: i64,
    /// `pageview`, `goal`, `payment`, `identify`, `external_link`, ...
    pub kind: String,
    pub visitor_id: String,
    pub session_id: String,
    pub hostname: String,
    pub pathname: String,
    pub referrer_domain: String,
    pub channel: String,
    pub utm_source: String,
    pub utm_medium: String,
    pub utm_campaign: String,
    pub country: String,
    pub region: String,
    pub city: String,
    pub browser: String,
    pub os: String,
    pub device: String,
    pub goal_name: String,
    /// Goal or payment properties as a JSON object text, "" when none.
    pub properties: String,
}

#[async_trait]
pub trait EventStore: Send + Sync + 'static {
    /// Appends a batch atomically: either every event is stored or none is.
    async fn append(&self, events: Vec<EventRecord>) -> StoreResult<usize>;
    async fn count_events(&self, website_id: ObjectId) -> StoreResult<u64>;
}
