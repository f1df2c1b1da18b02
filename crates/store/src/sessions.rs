//! Browser sessions of people (the dashboard): created by email + password login, stored
//! server-side so they can be revoked. Only the SHA-256 digest of the cookie's secret is
//! kept; the CSRF token is not a credential on its own (it is useless without the cookie).

use async_trait::async_trait;
use datafast_core::secret::SecretDigest;
use datafast_core::ObjectId;

use crate::{NewUser, StoreResult, User};

#[derive(Debug, Clone)]
pub struct AccountSession {
    pub id: ObjectId,
    pub user_id: ObjectId,
    pub digest: SecretDigest,
    /// Sent back by the browser in `X-CSRF-Token` on state-changing requests.
    pub csrf_token: String,
    pub created_at: i64,
    pub expires_at: i64,
}

#[async_trait]
pub trait SessionStore: Send + Sync {
    /// Stores the session; when the user then has more than `max_per_user` live sessions
    /// the oldest are dropped (and expired ones of that user are cleared), so storage stays
    /// bounded however often someone logs in.
    async fn create_session(&self, session: AccountSession, max_per_user: usize) -> StoreResult<()>;
    /// The unexpired session whose secret has this digest (compared in constant time).
    async fn find_session(&self, digest: &SecretDigest, now: i64) -> StoreResult<Option<AccountSession>>;
    async fn delete_session(&self, id: ObjectId) -> StoreResult<()>;
    /// Revokes every session of the user except `keep`; returns how many were revoked.
    async fn delete_user_sessions(&self, user_id: ObjectId, keep: Option<ObjectId>) -> StoreResult<usize>;
    /// Replaces the user's password hash (argon2id PHC string).
    async fn set_password_hash(&self, user_id: ObjectId, password_hash: String) -> StoreResult<()>;
    /// First-run sign-up: creates the user only while no user exists at all, atomically;
    /// `Conflict` otherwise.
    async fn create_first_user(&self, user: NewUser) -> StoreResult<User>;
    async fn user_count(&self) -> StoreResult<usize>;
}
