//! Payments (their own table, written synchronously: an acknowledged payment is committed) and
//! the deletions the Website API offers on payments and goal events.

use async_trait::async_trait;
use datafast_core::payment::PaymentKind;
use datafast_core::ObjectId;

use crate::StoreResult;

/// One money event as stored: the original amount and currency (converted only when read),
/// and whatever links it to a visitor. Attribution to a session's source happens at read time,
/// so a payment recorded before the visitor's pageview reaches the store is attributed as soon
/// as it does.
#[derive(Debug, Clone, PartialEq)]
pub struct PaymentRecord {
    pub id: ObjectId,
    pub website_id: ObjectId,
    pub timestamp_ms: i64,
    /// `api` for the Payments API; provider integrations name themselves (`stripe`, ...).
    pub provider: String,
    /// Unique per website: the Payments API `transaction_id` or the provider's payment id.
    pub transaction_id: String,
    pub kind: PaymentKind,
    /// In the minor unit of `currency` (cents; yen have none).
    pub amount_minor: i64,
    /// ISO 4217, upper case.
    pub currency: String,
    /// 10^(the currency's decimal places): 100 for USD, 1 for JPY.
    pub minor_per_major: i64,
    pub visitor_id: Option<u128>,
    /// The converting session, when the caller knows it (`datafast_session_id`).
    pub session_id: Option<u128>,
    pub customer_email: String,
    pub customer_name: String,
    pub customer_id: String,
    pub received_at_ms: i64,
    /// The provider id the checkout's success URL carries (`cs_…`, an order or checkout id),
    /// which a tracker `payment` event may name; empty when there is none.
    pub checkout_ref: String,
    /// For a refund: what it refunds (a charge, an order, a transaction), or empty.
    pub refund_of: String,
}

/// An inclusive time range, Unix milliseconds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InstantRange {
    pub start_ms: i64,
    pub end_ms: i64,
}

/// Which payments a deletion removes (DataFast's priority: transaction, visitor, range).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PaymentSelector {
    Transaction(String),
    Visitor { visitor_id: u128, range: Option<InstantRange> },
    Range(InstantRange),
}

#[async_trait]
pub trait PaymentStore: Send + Sync {
    /// Stores the payment unless the website already has one with this transaction id.
    /// `true` when stored; durable once this returns.
    async fn record_payment(&self, payment: PaymentRecord) -> StoreResult<bool>;
    /// `record_payment` for many (a backfill, a benchmark's load), in one write transaction
    /// where the store has them (all stored or none); how many were new.
    async fn record_payments(&self, payments: Vec<PaymentRecord>) -> StoreResult<u64> {
        let mut stored = 0;
        for p in payments {
            stored += u64::from(self.record_payment(p).await?);
        }
        Ok(stored)
    }
    /// Deletes the selected payments of one website; how many there were.
    async fn delete_payments(&self, website_id: ObjectId, which: PaymentSelector) -> StoreResult<u64>;
}

/// Which goal events a deletion removes: every given criterion must match.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct GoalSelector {
    pub visitor_id: Option<u128>,
    pub name: Option<String>,
    pub range: Option<InstantRange>,
}

#[async_trait]
pub trait GoalStore: Send + Sync {
    /// Deletes the matching goal events (tracker and server-side) of one website; how many.
    async fn delete_goals(&self, website_id: ObjectId, which: GoalSelector) -> StoreResult<u64>;
}
