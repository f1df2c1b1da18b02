//! `TeamStore` on SQLite: memberships live in `website_members` (0001), invitations in
//! `website_invitations` (0003). Every check-then-write runs in one IMMEDIATE transaction so
//! two concurrent invitations or acceptances cannot both pass the checks.

use async_trait::async_trait;
use datafast_core::secret::SecretDigest;
use datafast_core::ObjectId;
use datafast_store::{AccessToken, Invitation, Member, NewUser, StoreError, StoreResult, TeamStore, User};
use rusqlite::{params, Connection, Row};

use crate::sqlite::{
    backend, digest_col, id_col, insert_access_token, insert_user, is_unique_violation, matching, role_col, user_row,
    SqliteMetaStore, USER_COLS,
};
use crate::sqlite_rows::{all, first, value, write_tx};

const INVITATION_COLS: &str = "id, website_id, email, role, invited_by, digest, created_at, expires_at";

fn invitation_row(row: &Row) -> rusqlite::Result<Invitation> {
    Ok(Invitation {
        id: id_col(row, 0)?,
        website_id: id_col(row, 1)?,
        email: row.get(2)?,
        role: role_col(row, 3)?,
        invited_by: id_col(row, 4)?,
        digest: digest_col(row, 5)?,
        created_at: row.get(6)?,
        expires_at: row.get(7)?,
    })
}

/// `users` columns prefixed for joins.
fn user_cols(alias: &str) -> String {
    USER_COLS.split(", ").map(|c| format!("{alias}.{c}")).collect::<Vec<_>>().join(", ")
}

fn member_row(row: &Row) -> rusqlite::Result<Member> {
    Ok(Member { user: user_row(row)?, role: role_col(row, 6)?, joined_at: row.get(7)? })
}

fn member(c: &Connection, website_id: ObjectId, user_id: ObjectId) -> StoreResult<Option<Member>> {
    first(
        c,
        &format!(
            "SELECT {}, m.role, m.created_at FROM website_members m JOIN users u ON u.id = m.user_id
             WHERE m.website_id = ?1 AND m.user_id = ?2",
            user_cols("u")
        ),
        [website_id.to_hex(), user_id.to_hex()],
        member_row,
    )
}

/// Adds the membership and consumes the invitation; the caller holds the transaction.
fn join(tx: &Connection, invitation_id: ObjectId, user_id: ObjectId, now: i64) -> StoreResult<Member> {
    let invitation = first(
        tx,
        &format!("SELECT {INVITATION_COLS} FROM website_invitations WHERE id = ?1"),
        [invitation_id.to_hex()],
        invitation_row,
    )?
    .ok_or(StoreError::NotFound)?;
    tx.execute(
        "INSERT INTO website_members (website_id, user_id, role, created_at) VALUES (?1, ?2, ?3, ?4)",
        params![invitation.website_id.to_hex(), user_id.to_hex(), invitation.role.as_str(), now],
    )
    .map_err(|e| {
        if is_unique_violation(&e) {
            StoreError::Conflict("You are already a member of this website".into())
        } else {
            backend(e)
        }
    })?;
    tx.execute("DELETE FROM website_invitations WHERE id = ?1", [invitation_id.to_hex()]).map_err(backend)?;
    member(tx, invitation.website_id, user_id)?.ok_or(StoreError::NotFound)
}

#[async_trait]
impl TeamStore for SqliteMetaStore {
    async fn members(&self, website_id: ObjectId) -> StoreResult<Vec<Member>> {
        self.db
            .run(move |c| {
                all(
                    c,
                    &format!(
                        "SELECT {}, m.role, m.created_at FROM website_members m JOIN users u ON u.id = m.user_id
                         WHERE m.website_id = ?1
                         ORDER BY CASE m.role WHEN 'owner' THEN 0 ELSE 1 END, m.created_at, u.id",
                        user_cols("u")
                    ),
                    [website_id.to_hex()],
                    member_row,
                )
            })
            .await
    }

    async fn user_by_email(&self, email: &str) -> StoreResult<Option<User>> {
        let email = email.to_lowercase();
        self.db
            .run(move |c| first(c, &format!("SELECT {USER_COLS} FROM users WHERE email = ?1"), [email], user_row))
            .await
    }

    async fn create_invitation(&self, inv: Invitation, seat_limit: usize, now: i64) -> StoreResult<()> {
        self.db
            .run(move |c| {
                write_tx(c, |tx| {
                    let website = inv.website_id.to_hex();
                    tx.execute("DELETE FROM website_invitations WHERE website_id = ?1 AND expires_at <= ?2", params![website, now])
                        .map_err(backend)?;
                    let is_member: bool = value(tx, "SELECT EXISTS (SELECT 1 FROM website_members m JOIN users u ON u.id = m.user_id
                             WHERE m.website_id = ?1 AND u.email = ?2)", params![website, inv.email])?;
                    if is_member {
                        return Err(StoreError::Conflict(format!("{} is already a member of this website", inv.email)));
                    }
                    let seats: i64 = value(tx, "SELECT (SELECT count(*) FROM website_members WHERE website_id = ?1)
                                  + (SELECT count(*) FROM website_invitations WHERE website_id = ?1)", [&website])?;
                    if seats as usize >= seat_limit {
                        return Err(StoreError::LimitReached(seat_limit));
                    }
                    tx.execute(
                        &format!(
                            "INSERT INTO website_invitations ({INVITATION_COLS}, lookup) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"
                        ),
                        params![
                            inv.id.to_hex(),
                            website,
                            inv.email,
                            inv.role.as_str(),
                            inv.invited_by.to_hex(),
                            inv.digest.to_hex(),
                            inv.created_at,
                            inv.expires_at,
                            inv.digest.lookup_prefix()
                        ],
                    )
                    .map_err(|e| {
                        if is_unique_violation(&e) {
                            StoreError::Conflict(format!("{} already has a pending invitation to this website", inv.email))
                        } else {
                            backend(e)
                        }
                    })?;
                    Ok(())
                })
            })
            .await
    }

    async fn invitations(&self, website_id: ObjectId, now: i64) -> StoreResult<Vec<Invitation>> {
        self.db
            .run(move |c| {
                all(
                    c,
                    &format!(
                        "SELECT {INVITATION_COLS} FROM website_invitations
                         WHERE website_id = ?1 AND expires_at > ?2 ORDER BY created_at, id"
                    ),
                    params![website_id.to_hex(), now],
                    invitation_row,
                )
            })
            .await
    }

    async fn find_invitation(&self, digest: &SecretDigest) -> StoreResult<Option<Invitation>> {
        let digest = digest.clone();
        self.db
            .run(move |c| {
                let candidates = all(
                    c,
                    &format!("SELECT {INVITATION_COLS} FROM website_invitations WHERE lookup = ?1"),
                    [digest.lookup_prefix()],
                    invitation_row,
                )?;
                Ok(matching(candidates, &digest, |i| &i.digest))
            })
            .await
    }

    async fn delete_invitation(&self, website_id: ObjectId, id: ObjectId) -> StoreResult<bool> {
        self.db
            .run(move |c| {
                let n = c
                    .execute(
                        "DELETE FROM website_invitations WHERE website_id = ?1 AND id = ?2",
                        [website_id.to_hex(), id.to_hex()],
                    )
                    .map_err(backend)?;
                Ok(n > 0)
            })
            .await
    }

    async fn accept_invitation(&self, invitation_id: ObjectId, user_id: ObjectId, now: i64) -> StoreResult<Member> {
        self.db
            .run(move |c| {
                write_tx(c, |tx| {
                    let joined = join(tx, invitation_id, user_id, now)?;
                    Ok(joined)
                })
            })
            .await
    }

    async fn accept_invitation_as_new_user(
        &self,
        invitation_id: ObjectId,
        user: NewUser,
        token: AccessToken,
        now: i64,
    ) -> StoreResult<Member> {
        self.db
            .run(move |c| {
                write_tx(c, |tx| {
                    let person = User {
                        id: token.user_id,
                        email: user.email.to_lowercase(),
                        name: user.name,
                        image: None,
                        password_hash: user.password_hash,
                        created_at: now,
                    };
                    insert_user(tx, &person, || {
                        format!(
                            "An account with email {} already exists; accept the invitation with one of its access tokens",
                            person.email
                        )
                    })?;
                    insert_access_token(tx, &token)?;
                    let joined = join(tx, invitation_id, token.user_id, now)?;
                    Ok(joined)
                })
            })
            .await
    }

    async fn remove_member(&self, website_id: ObjectId, user_id: ObjectId) -> StoreResult<bool> {
        self.db
            .run(move |c| {
                let n = c
                    .execute(
                        "DELETE FROM website_members WHERE website_id = ?1 AND user_id = ?2 AND role <> 'owner'",
                        [website_id.to_hex(), user_id.to_hex()],
                    )
                    .map_err(backend)?;
                Ok(n > 0)
            })
            .await
    }
}
