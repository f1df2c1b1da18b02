//! What provider webhooks add to payments beyond `PaymentStore`: one checkout often reaches us
//! as several events (Stripe's `checkout.session.completed` and `customer.subscription.created`
//! for the same trial, say), and only some of them carry the checkout's metadata. The first
//! event to arrive records the payment; the others may still complete its links.

use async_trait::async_trait;
use datafast_core::ObjectId;

use crate::StoreResult;

/// Links a later event knows about an already recorded payment. Only what the stored payment
/// lacks is filled in: amounts, kinds and links already stored are never changed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PaymentLinks {
    pub visitor_id: Option<u128>,
    pub session_id: Option<u128>,
    pub customer_email: String,
    pub customer_name: String,
    pub customer_id: String,
    pub checkout_ref: String,
}

#[async_trait]
pub trait PaymentLinkStore: Send + Sync {
    /// Fills in the links the website's payment `transaction_id` lacks; true when it changed.
    async fn complete_payment_links(
        &self,
        website_id: ObjectId,
        transaction_id: &str,
        links: PaymentLinks,
    ) -> StoreResult<bool>;
}
