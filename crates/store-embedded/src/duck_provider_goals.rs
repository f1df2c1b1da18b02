//! `ProviderGoalStore` on DuckDB: lifecycle goals committed on the writer connection before
//! the webhook is answered, like payments.

use async_trait::async_trait;
use datafast_core::uuid::{format_uuid, parse_uuid};
use datafast_core::ObjectId;
use datafast_store::{PaymentLinks, ProviderGoalRecord, ProviderGoalStore, StoreResult};
use duckdb::types::{TimeUnit, Value};
use duckdb::{params_from_iter, OptionalExt};

use crate::duck::{backend, DuckEventStore};

fn ts(ms: i64) -> Value {
    Value::Timestamp(TimeUnit::Millisecond, ms)
}

fn uuid_or_null(id: Option<u128>) -> Value {
    id.map(|v| Value::Text(format_uuid(v))).unwrap_or(Value::Null)
}

#[async_trait]
impl ProviderGoalStore for DuckEventStore {
    async fn record_provider_goal(&self, g: ProviderGoalRecord) -> StoreResult<bool> {
        self.db
            .run(move |c| {
                let values = vec![
                    Value::Text(g.website_id.to_hex()),
                    Value::Text(g.key),
                    Value::Text(g.name),
                    ts(g.timestamp_ms),
                    Value::Text(g.provider),
                    uuid_or_null(g.visitor_id),
                    uuid_or_null(g.session_id),
                    Value::Text(g.customer_id),
                    Value::Text(g.customer_email),
                    Value::Text(g.subscription_id),
                    ts(g.received_at_ms),
                ];
                let n = c
                    .execute(
                        "INSERT INTO provider_goals VALUES (?, ?, ?, ?, ?, ?::UUID, ?::UUID, ?, ?, ?, ?)
                         ON CONFLICT DO NOTHING",
                        params_from_iter(values),
                    )
                    .map_err(backend)?;
                Ok(n > 0)
            })
            .await
    }

    async fn payment_links(&self, website_id: ObjectId, transaction_id: &str) -> StoreResult<Option<PaymentLinks>> {
        let transaction_id = transaction_id.to_string();
        self.db
            .run(move |c| {
                c.query_row(
                    "SELECT visitor_id::VARCHAR, session_id::VARCHAR, customer_email, customer_name, customer_id,
                            checkout_ref
                     FROM payments WHERE website_id = ? AND transaction_id = ?",
                    [website_id.to_hex(), transaction_id],
                    |r| {
                        let uuid = |v: Option<String>| v.as_deref().and_then(parse_uuid);
                        Ok(PaymentLinks {
                            visitor_id: uuid(r.get(0)?),
                            session_id: uuid(r.get(1)?),
                            customer_email: r.get(2)?,
                            customer_name: r.get(3)?,
                            customer_id: r.get(4)?,
                            checkout_ref: r.get(5)?,
                        })
                    },
                )
                .optional()
                .map_err(backend)
            })
            .await
    }

    async fn refund_totals(&self, website_id: ObjectId, refund_of: &str) -> StoreResult<(i64, i64)> {
        let refund_of = refund_of.to_string();
        self.db
            .run(move |c| {
                c.query_row(
                    "SELECT coalesce(sum(amount_minor), 0)::BIGINT,
                            coalesce(sum(amount_minor) FILTER (WHERE starts_with(transaction_id, ? || ':refund')), 0)::BIGINT
                     FROM payments WHERE website_id = ? AND kind = 'refund' AND refund_of = ?",
                    [refund_of.clone(), website_id.to_hex(), refund_of],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .map_err(backend)
            })
            .await
    }
}
