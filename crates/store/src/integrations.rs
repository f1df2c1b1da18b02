//! Revenue-provider integrations per website. The trait speaks plaintext; keeping provider
//! keys and webhook signing secrets encrypted at rest is every backend's duty (the embedded
//! one seals them with the server key), and nothing but the two `*_secret`/`credentials`
//! methods below ever hands them back.

use async_trait::async_trait;
use datafast_core::integration::{Provider, ProviderCredentials};
use datafast_core::ObjectId;
use serde_json::Value;

use crate::StoreResult;

#[derive(Debug, Clone)]
pub struct NewIntegration {
    pub website_id: ObjectId,
    pub credentials: ProviderCredentials,
    pub webhook_secret: Option<String>,
    pub connected_by: ObjectId,
    pub connected_at: i64,
}

/// What may be shown about a connected provider: no secrets.
#[derive(Debug, Clone)]
pub struct IntegrationStatus {
    pub provider: Provider,
    /// Masked credentials (`displayKey`, plus non-secret ids such as `storeId`).
    pub display: Value,
    /// Masked webhook signing secret, when one is stored.
    pub webhook_secret_display: Option<String>,
    pub connected_by: ObjectId,
    pub connected_at: i64,
    pub resync_requested_at: Option<i64>,
}

#[async_trait]
pub trait IntegrationStore: Send + Sync {
    /// Connects, or replaces the credentials of an already connected provider.
    async fn connect_integration(&self, integration: NewIntegration) -> StoreResult<()>;
    async fn integrations(&self, website_id: ObjectId) -> StoreResult<Vec<IntegrationStatus>>;
    /// False when the provider was not connected.
    async fn disconnect_integration(&self, website_id: ObjectId, provider: Provider) -> StoreResult<bool>;
    /// Records that a payment resync was asked for; false when the provider is not connected.
    async fn request_integration_resync(&self, website_id: ObjectId, provider: Provider, at: i64) -> StoreResult<bool>;
    /// The decrypted provider credentials, for the code that calls the provider's API.
    async fn integration_credentials(
        &self,
        website_id: ObjectId,
        provider: Provider,
    ) -> StoreResult<Option<ProviderCredentials>>;
    /// The decrypted webhook signing secret, for the webhook receiver's signature check.
    async fn integration_webhook_secret(&self, website_id: ObjectId, provider: Provider)
        -> StoreResult<Option<String>>;
}
