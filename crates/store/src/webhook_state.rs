//! What the provider webhook receiver remembers between deliveries, beyond payments:
//! - the deliveries already processed (replay protection by the provider's delivery id), and
//!   the last known state of each subscription, so that a subscription event can be told
//!   apart as a start, a trial conversion, a plan change, a scheduled cancellation… (SQLite,
//!   `WebhookStateStore`);
//! - the automatic payment-provider goals those transitions produce (`trial_started`,
//!   `subscription_upgraded`, …), stored next to payments so they are attributed to visitors
//!   the way payments are, when read (DuckDB, `ProviderGoalStore`).

use async_trait::async_trait;
use datafast_core::ObjectId;

use crate::{PaymentLinks, StoreResult};

/// A subscription as last reported by its provider.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SubscriptionState {
    /// `trialing`, `active`, `paused`, `past_due`, `ended` or `pending` (not yet started).
    pub status: String,
    /// A cancellation is scheduled (at the period's end).
    pub cancel_pending: bool,
    /// The price per month in minor units of `currency`, when the provider says.
    pub monthly_minor: Option<i64>,
    pub currency: String,
    /// The provider's time of the event that reported this state: older events do not
    /// overwrite newer state (providers do not promise delivery order).
    pub updated_ms: i64,
}

#[async_trait]
pub trait WebhookStateStore: Send + Sync {
    /// Whether this website already processed the provider's delivery `delivery_key`.
    async fn webhook_delivery_seen(
        &self,
        website_id: ObjectId,
        provider: &str,
        delivery_key: &str,
    ) -> StoreResult<bool>;
    /// Remembers a processed delivery, and forgets those received before `forget_before_ms`.
    async fn record_webhook_delivery(
        &self,
        website_id: ObjectId,
        provider: &str,
        delivery_key: &str,
        received_ms: i64,
        forget_before_ms: i64,
    ) -> StoreResult<()>;
    async fn subscription_state(
        &self,
        website_id: ObjectId,
        provider: &str,
        subscription_id: &str,
    ) -> StoreResult<Option<SubscriptionState>>;
    async fn save_subscription_state(
        &self,
        website_id: ObjectId,
        provider: &str,
        subscription_id: &str,
        state: SubscriptionState,
    ) -> StoreResult<()>;
}

/// One automatic goal from a payment provider's event.
#[derive(Debug, Clone, PartialEq)]
pub struct ProviderGoalRecord {
    pub website_id: ObjectId,
    /// Unique per website: a second event reporting the same transition records nothing.
    pub key: String,
    pub name: String,
    pub timestamp_ms: i64,
    pub provider: String,
    /// From the provider's `datafast_visitor_id` / `datafast_session_id` metadata.
    pub visitor_id: Option<u128>,
    pub session_id: Option<u128>,
    /// Links to the visitor through the same customer's payments when there is no metadata.
    pub customer_id: String,
    pub customer_email: String,
    pub subscription_id: String,
    pub received_at_ms: i64,
}

#[async_trait]
pub trait ProviderGoalStore: Send + Sync {
    /// Stores the goal unless the website has one with this key; `true` when stored.
    async fn record_provider_goal(&self, goal: ProviderGoalRecord) -> StoreResult<bool>;
    /// The links (visitor, session, customer, checkout) of the website's payment
    /// `transaction_id`, for a refund that names the payment it refunds.
    async fn payment_links(&self, website_id: ObjectId, transaction_id: &str) -> StoreResult<Option<PaymentLinks>>;
    /// The refunds recorded for what `refund_of` names (see `PaymentRecord::refund_of`): their
    /// total, and the part recorded from running totals (transaction ids `{refund_of}:refund…`).
    async fn refund_totals(&self, website_id: ObjectId, refund_of: &str) -> StoreResult<(i64, i64)>;
}
