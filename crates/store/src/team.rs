//! Team storage: who belongs to a website with which role, and pending invitations. An
//! invitation is a one-time link: only the SHA-256 digest of its secret is stored.

use async_trait::async_trait;
use datafast_core::secret::SecretDigest;
use datafast_core::{ObjectId, Role};

use crate::{AccessToken, NewUser, StoreResult, User};

#[derive(Debug, Clone)]
pub struct Member {
    pub user: User,
    pub role: Role,
    pub joined_at: i64,
}

#[derive(Debug, Clone)]
pub struct Invitation {
    pub id: ObjectId,
    pub website_id: ObjectId,
    /// Lower-cased; only the account with this email may accept.
    pub email: String,
    /// `Member` or `Viewer`: nobody is invited as owner.
    pub role: Role,
    pub invited_by: ObjectId,
    pub digest: SecretDigest,
    pub created_at: i64,
    pub expires_at: i64,
}

#[async_trait]
pub trait TeamStore: Send + Sync {
    /// Members of the website, owner first, then by join time.
    async fn members(&self, website_id: ObjectId) -> StoreResult<Vec<Member>>;
    async fn user_by_email(&self, email: &str) -> StoreResult<Option<User>>;

    /// Inserts a pending invitation, atomically checking that the email is neither a member
    /// nor invited already (`Conflict`; expired invitations do not count and are replaced)
    /// and that members plus pending invitations stay below `seat_limit` (`LimitReached`).
    async fn create_invitation(&self, invitation: Invitation, seat_limit: usize, now: i64) -> StoreResult<()>;
    /// Pending (unexpired) invitations of the website, oldest first.
    async fn invitations(&self, website_id: ObjectId, now: i64) -> StoreResult<Vec<Invitation>>;
    /// The invitation whose secret has this digest (compared in constant time), expired or not.
    async fn find_invitation(&self, digest: &SecretDigest) -> StoreResult<Option<Invitation>>;
    async fn delete_invitation(&self, website_id: ObjectId, id: ObjectId) -> StoreResult<bool>;

    /// Consumes the invitation and adds `user_id` with its role, in one transaction.
    /// `NotFound` when the invitation is gone (used or revoked meanwhile), `Conflict` when the
    /// user is already a member.
    async fn accept_invitation(&self, invitation_id: ObjectId, user_id: ObjectId, now: i64) -> StoreResult<Member>;
    /// Same, for a person without an account: creates the user (with the invitation's email)
    /// and their first access token in the same transaction; the new user's id is
    /// `token.user_id`. `Conflict` when the email has an account already.
    async fn accept_invitation_as_new_user(
        &self,
        invitation_id: ObjectId,
        user: NewUser,
        token: AccessToken,
        now: i64,
    ) -> StoreResult<Member>;

    /// Removes a non-owner member; false when the user is not a member (or is the owner).
    async fn remove_member(&self, website_id: ObjectId, user_id: ObjectId) -> StoreResult<bool>;
}
