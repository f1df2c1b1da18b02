//! `WebhookStateStore` on SQLite: processed deliveries and last known subscription states.

use async_trait::async_trait;
use datafast_core::ObjectId;
use datafast_store::{StoreResult, SubscriptionState, WebhookStateStore};
use rusqlite::{params, OptionalExtension};

use crate::sqlite::{backend, SqliteMetaStore};

#[async_trait]
impl WebhookStateStore for SqliteMetaStore {
    async fn webhook_delivery_seen(
        &self,
        website_id: ObjectId,
        provider: &str,
        delivery_key: &str,
    ) -> StoreResult<bool> {
        let (provider, key) = (provider.to_string(), delivery_key.to_string());
        self.db
            .run(move |c| {
                let found: Option<i64> = c
                    .query_row(
                        "SELECT 1 FROM webhook_deliveries WHERE website_id = ?1 AND provider = ?2 AND delivery_key = ?3",
                        params![website_id.to_hex(), provider, key],
                        |r| r.get(0),
                    )
                    .optional()
                    .map_err(backend)?;
                Ok(found.is_some())
            })
            .await
    }

    async fn record_webhook_delivery(
        &self,
        website_id: ObjectId,
        provider: &str,
        delivery_key: &str,
        received_ms: i64,
        forget_before_ms: i64,
    ) -> StoreResult<()> {
        let (provider, key) = (provider.to_string(), delivery_key.to_string());
        self.db
            .run(move |c| {
                let tx = c.transaction().map_err(backend)?;
                tx.execute("DELETE FROM webhook_deliveries WHERE received_at < ?1", [forget_before_ms])
                    .map_err(backend)?;
                tx.execute(
                    "INSERT OR IGNORE INTO webhook_deliveries (website_id, provider, delivery_key, received_at)
                     VALUES (?1, ?2, ?3, ?4)",
                    params![website_id.to_hex(), provider, key, received_ms],
                )
                .map_err(backend)?;
                tx.commit().map_err(backend)
            })
            .await
    }

    async fn subscription_state(
        &self,
        website_id: ObjectId,
        provider: &str,
        subscription_id: &str,
    ) -> StoreResult<Option<SubscriptionState>> {
        let (provider, id) = (provider.to_string(), subscription_id.to_string());
        self.db
            .run(move |c| {
                c.query_row(
                    "SELECT status, cancel_pending, monthly_minor, currency, updated_ms FROM webhook_subscriptions
                     WHERE website_id = ?1 AND provider = ?2 AND subscription_id = ?3",
                    params![website_id.to_hex(), provider, id],
                    |r| {
                        Ok(SubscriptionState {
                            status: r.get(0)?,
                            cancel_pending: r.get::<_, i64>(1)? != 0,
                            monthly_minor: r.get(2)?,
                            currency: r.get(3)?,
                            updated_ms: r.get(4)?,
                        })
                    },
                )
                .optional()
                .map_err(backend)
            })
            .await
    }

    async fn save_subscription_state(
        &self,
        website_id: ObjectId,
        provider: &str,
        subscription_id: &str,
        state: SubscriptionState,
    ) -> StoreResult<()> {
        let (provider, id) = (provider.to_string(), subscription_id.to_string());
        self.db
            .run(move |c| {
                c.execute(
                    "INSERT INTO webhook_subscriptions
                         (website_id, provider, subscription_id, status, cancel_pending, monthly_minor, currency, updated_ms)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
                     ON CONFLICT (website_id, provider, subscription_id) DO UPDATE SET
                         status = excluded.status, cancel_pending = excluded.cancel_pending,
                         monthly_minor = excluded.monthly_minor, currency = excluded.currency,
                         updated_ms = excluded.updated_ms",
                    params![
                        website_id.to_hex(),
                        provider,
                        id,
                        state.status,
                        state.cancel_pending as i64,
                        state.monthly_minor,
                        state.currency,
                        state.updated_ms
                    ],
                )
                .map_err(backend)?;
                Ok(())
            })
            .await
    }
}
