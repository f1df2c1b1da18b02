//! Recording a payment, whatever reported it: the Payments API today, provider webhooks later.
//! Payments are not enriched events: they are stored in their own table at once (committed
//! before the caller answers) and attributed to a visitor's sessions when read.

use datafast_core::currency::Currency;
use datafast_core::payment::PaymentKind;
use datafast_core::ObjectId;
use datafast_store::{PaymentRecord, PaymentStore, StoreResult};

/// A payment as a source reports it, amounts already in minor units of `currency`.
#[derive(Debug, Clone)]
pub struct NewPayment {
    pub website_id: ObjectId,
    /// `api`, or the provider's name for webhook integrations.
    pub provider: String,
    /// The idempotency key: the API's `transaction_id` or the provider's payment id.
    pub transaction_id: String,
    pub kind: PaymentKind,
    pub amount_minor: i64,
    pub currency: Currency,
    pub visitor_id: Option<u128>,
    pub session_id: Option<u128>,
    pub customer_email: Option<String>,
    pub customer_name: Option<String>,
    pub customer_id: Option<String>,
    pub at_ms: i64,
    /// The provider id the checkout's success URL carries (see `PaymentRecord::checkout_ref`).
    pub checkout_ref: Option<String>,
    /// For a refund: what it refunds (see `PaymentRecord::refund_of`).
    pub refund_of: Option<String>,
}

/// What became of a payment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Recorded {
    Stored,
    /// The website already has a payment with this transaction id; nothing was written.
    Duplicate,
}

/// Longest customer email, name and id kept.
const MAX_CUSTOMER_FIELD: usize = 255;

fn clip(s: Option<String>) -> String {
    s.map(|s| s.trim().chars().take(MAX_CUSTOMER_FIELD).collect()).unwrap_or_default()
}

pub async fn record_payment(store: &dyn PaymentStore, p: NewPayment, now_ms: i64) -> StoreResult<Recorded> {
    let record = PaymentRecord {
        id: ObjectId::generate(),
        website_id: p.website_id,
        timestamp_ms: p.at_ms,
        provider: p.provider,
        transaction_id: p.transaction_id,
        kind: p.kind,
        amount_minor: p.amount_minor,
        currency: p.currency.code().to_string(),
        minor_per_major: 10i64.pow(p.currency.exponent() as u32),
        visitor_id: p.visitor_id,
        session_id: p.session_id,
        customer_email: clip(p.customer_email).to_lowercase(),
        customer_name: clip(p.customer_name),
        customer_id: clip(p.customer_id),
        received_at_ms: now_ms,
        checkout_ref: clip(p.checkout_ref),
        refund_of: clip(p.refund_of),
    };
    Ok(if store.record_payment(record).await? { Recorded::Stored } else { Recorded::Duplicate })
}
