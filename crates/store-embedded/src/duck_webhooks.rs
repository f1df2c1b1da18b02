//! `PaymentLinkStore` on DuckDB.

use async_trait::async_trait;
use datafast_core::ObjectId;
use datafast_store::{PaymentLinkStore, PaymentLinks, StoreResult};
use duckdb::params_from_iter;
use duckdb::types::Value;

use crate::duck::{backend, DuckEventStore};
use datafast_core::uuid::format_uuid;

fn uuid_or_null(id: Option<u128>) -> Value {
    id.map(|v| Value::Text(format_uuid(v))).unwrap_or(Value::Null)
}

#[async_trait]
impl PaymentLinkStore for DuckEventStore {
    async fn complete_payment_links(
        &self,
        website_id: ObjectId,
        transaction_id: &str,
        links: PaymentLinks,
    ) -> StoreResult<bool> {
        let transaction_id = transaction_id.to_string();
        self.db
            .run(move |c| {
                // A session only comes with its visitor: a stored visitor keeps its own session.
                let values = vec![
                    uuid_or_null(links.visitor_id),
                    uuid_or_null(links.session_id),
                    Value::Text(links.customer_email),
                    Value::Text(links.customer_name),
                    Value::Text(links.customer_id),
                    Value::Text(links.checkout_ref),
                    Value::Text(website_id.to_hex()),
                    Value::Text(transaction_id.clone()),
                ];
                let tx = c.transaction().map_err(backend)?;
                let n = tx
                    .execute(
                        "UPDATE payments SET
                            session_id = CASE WHEN visitor_id IS NULL THEN $2::UUID ELSE session_id END,
                            visitor_id = coalesce(visitor_id, $1::UUID),
                            customer_email = CASE WHEN customer_email = '' THEN $3 ELSE customer_email END,
                            customer_name = CASE WHEN customer_name = '' THEN $4 ELSE customer_name END,
                            customer_id = CASE WHEN customer_id = '' THEN $5 ELSE customer_id END,
                            checkout_ref = CASE WHEN checkout_ref = '' THEN $6 ELSE checkout_ref END
                         WHERE website_id = $7 AND transaction_id = $8
                           AND ((visitor_id IS NULL AND $1::UUID IS NOT NULL)
                                OR (customer_email = '' AND $3 <> '') OR (customer_name = '' AND $4 <> '')
                                OR (customer_id = '' AND $5 <> '') OR (checkout_ref = '' AND $6 <> ''))",
                        params_from_iter(values),
                    )
                    .map_err(backend)?;
                if n > 0 {
                    crate::duck_credit::note_payment_changed(&tx, &website_id.to_hex(), &transaction_id)?;
                }
                tx.commit().map_err(backend)?;
                Ok(n > 0)
            })
            .await
    }
}
