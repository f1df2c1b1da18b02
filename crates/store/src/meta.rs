//! Metadata: people, credentials, websites and memberships.

use async_trait::async_trait;
use datafast_core::access::WebsiteScope;
use datafast_core::secret::SecretDigest;
use datafast_core::website::Website;
use datafast_core::{ObjectId, PermissionSet, Role};

use crate::{FunnelStore, GoalCustomizationStore, NoteStore, StoreResult};

#[derive(Debug, Clone, PartialEq)]
pub struct User {
    pub id: ObjectId,
    pub email: String,
    pub name: Option<String>,
    pub image: Option<String>,
    pub password_hash: Option<String>,
    pub created_at: i64,
}

#[derive(Debug, Clone)]
pub struct NewUser {
    pub email: String,
    pub name: Option<String>,
    pub password_hash: Option<String>,
}

/// A `dft_` account token as stored: only the digest of the secret is kept.
#[derive(Debug, Clone)]
pub struct AccessToken {
    pub id: ObjectId,
    pub user_id: ObjectId,
    pub name: Option<String>,
    pub display_key: String,
    pub digest: SecretDigest,
    pub permissions: PermissionSet,
    pub scope: WebsiteScope,
    pub last_used_at: Option<i64>,
    pub created_at: i64,
}

/// A `df_` website key as stored. `permissions` are inherited from the credential that
/// created it (see `datafast_core::access::Credential::WebsiteKey`).
#[derive(Debug, Clone)]
pub struct WebsiteKey {
    pub id: ObjectId,
    pub website_id: ObjectId,
    pub created_by: ObjectId,
    pub name: Option<String>,
    pub display_key: String,
    pub digest: SecretDigest,
    pub permissions: PermissionSet,
    pub last_used_at: Option<i64>,
    pub created_at: i64,
}

#[async_trait]
pub trait MetaStore:
    Send
    + Sync
    + 'static
    + crate::TeamStore
    + crate::IntegrationStore
    + crate::SessionStore
    + crate::AlertStore
    + FunnelStore
    + NoteStore
    + GoalCustomizationStore
    + crate::BotTrafficStore
    + crate::LoginAttemptStore
    + crate::WebhookStateStore
    + crate::MentionStore
{
    /// Fails with `Conflict` when the (case-insensitive) email is taken.
    async fn create_user(&self, user: NewUser) -> StoreResult<User>;
    async fn user(&self, id: ObjectId) -> StoreResult<Option<User>>;
    async fn rename_user(&self, id: ObjectId, name: String) -> StoreResult<User>;

    /// Inserts unless the user already has `limit` tokens (`LimitReached`), atomically.
    async fn create_access_token(&self, token: AccessToken, limit: usize) -> StoreResult<()>;
    async fn access_tokens(&self, user_id: ObjectId) -> StoreResult<Vec<AccessToken>>;
    async fn access_token(&self, user_id: ObjectId, id: ObjectId) -> StoreResult<Option<AccessToken>>;
    async fn delete_access_token(&self, user_id: ObjectId, id: ObjectId) -> StoreResult<bool>;
    /// Finds the token whose digest matches, comparing digests in constant time.
    async fn find_access_token(&self, digest: &SecretDigest) -> StoreResult<Option<AccessToken>>;
    async fn touch_access_token(&self, id: ObjectId, at: i64) -> StoreResult<()>;

    /// Creates the website and makes its `owner_id` the owner. `Conflict` when the owner
    /// already has a website with that domain.
    async fn create_website(&self, website: Website) -> StoreResult<()>;
    async fn website(&self, id: ObjectId) -> StoreResult<Option<Website>>;
    /// The website whose script tag carries this `dfid_` tracking id.
    async fn website_by_tracking_id(&self, tracking_id: &str) -> StoreResult<Option<Website>>;
    /// Replaces the stored row; `Conflict` when the new domain is taken on the owner's account.
    async fn update_website(&self, website: &Website) -> StoreResult<()>;
    /// Websites the user is a member of, with the user's role, oldest first.
    async fn websites_for_user(&self, user_id: ObjectId) -> StoreResult<Vec<(Website, Role)>>;
    async fn role(&self, user_id: ObjectId, website_id: ObjectId) -> StoreResult<Option<Role>>;

    async fn create_website_key(&self, key: WebsiteKey, limit: usize) -> StoreResult<()>;
    async fn website_keys(&self, website_id: ObjectId) -> StoreResult<Vec<WebsiteKey>>;
    async fn website_key(&self, website_id: ObjectId, id: ObjectId) -> StoreResult<Option<WebsiteKey>>;
    /// Replaces the secret of an existing key (roll); the old secret stops working at once.
    async fn roll_website_key(
        &self,
        website_id: ObjectId,
        id: ObjectId,
        digest: SecretDigest,
        display_key: String,
    ) -> StoreResult<Option<WebsiteKey>>;
    async fn delete_website_key(&self, website_id: ObjectId, id: ObjectId) -> StoreResult<bool>;
    async fn find_website_key(&self, digest: &SecretDigest) -> StoreResult<Option<WebsiteKey>>;
    async fn touch_website_key(&self, id: ObjectId, at: i64) -> StoreResult<()>;
}
