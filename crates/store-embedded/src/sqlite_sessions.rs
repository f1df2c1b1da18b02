//! `SessionStore` on SQLite: `account_sessions` (0004) and the password column of `users`.

use async_trait::async_trait;
use datafast_core::secret::SecretDigest;
use datafast_core::{time, ObjectId};
use datafast_store::{AccountSession, NewUser, SessionStore, StoreError, StoreResult, User};
use rusqlite::{params, Row};

use crate::sqlite::{backend, digest_col, id_col, insert_user, matching, new_user, SqliteMetaStore};
use crate::sqlite_rows::{all, value, write_tx};

const SESSION_COLS: &str = "id, user_id, digest, csrf_token, created_at, expires_at";

fn session_row(row: &Row) -> rusqlite::Result<AccountSession> {
    Ok(AccountSession {
        id: id_col(row, 0)?,
        user_id: id_col(row, 1)?,
        digest: digest_col(row, 2)?,
        csrf_token: row.get(3)?,
        created_at: row.get(4)?,
        expires_at: row.get(5)?,
    })
}

#[async_trait]
impl SessionStore for SqliteMetaStore {
    async fn create_session(&self, s: AccountSession, max_per_user: usize) -> StoreResult<()> {
        self.db
            .run(move |c| {
                write_tx(c, |tx| {
                    let user = s.user_id.to_hex();
                    tx.execute(
                        "DELETE FROM account_sessions WHERE user_id = ?1 AND expires_at <= ?2",
                        params![user, s.created_at],
                    )
                    .map_err(backend)?;
                    tx.execute(
                        &format!(
                            "INSERT INTO account_sessions ({SESSION_COLS}, lookup) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"
                        ),
                        params![
                            s.id.to_hex(),
                            user,
                            s.digest.to_hex(),
                            s.csrf_token,
                            s.created_at,
                            s.expires_at,
                            s.digest.lookup_prefix()
                        ],
                    )
                    .map_err(backend)?;
                    // Keep the newest `max_per_user`.
                    tx.execute(
                        "DELETE FROM account_sessions WHERE user_id = ?1 AND id NOT IN
                         (SELECT id FROM account_sessions WHERE user_id = ?1 ORDER BY created_at DESC, id DESC LIMIT ?2)",
                        params![user, max_per_user as i64],
                    )
                    .map_err(backend)?;
                    Ok(())
                })
            })
            .await
    }

    async fn find_session(&self, digest: &SecretDigest, now: i64) -> StoreResult<Option<AccountSession>> {
        let digest = digest.clone();
        self.db
            .run(move |c| {
                let candidates = all(
                    c,
                    &format!("SELECT {SESSION_COLS} FROM account_sessions WHERE lookup = ?1 AND expires_at > ?2"),
                    params![digest.lookup_prefix(), now],
                    session_row,
                )?;
                Ok(matching(candidates, &digest, |s| &s.digest))
            })
            .await
    }

    async fn delete_session(&self, id: ObjectId) -> StoreResult<()> {
        self.db
            .run(move |c| {
                c.execute("DELETE FROM account_sessions WHERE id = ?1", [id.to_hex()]).map_err(backend)?;
                Ok(())
            })
            .await
    }

    async fn delete_user_sessions(&self, user_id: ObjectId, keep: Option<ObjectId>) -> StoreResult<usize> {
        self.db
            .run(move |c| {
                let keep = keep.map(|k| k.to_hex()).unwrap_or_default();
                c.execute(
                    "DELETE FROM account_sessions WHERE user_id = ?1 AND id <> ?2",
                    params![user_id.to_hex(), keep],
                )
                .map_err(backend)
            })
            .await
    }

    async fn set_password_hash(&self, user_id: ObjectId, password_hash: String) -> StoreResult<()> {
        self.db
            .run(move |c| {
                let n = c
                    .execute(
                        "UPDATE users SET password_hash = ?1 WHERE id = ?2",
                        params![password_hash, user_id.to_hex()],
                    )
                    .map_err(backend)?;
                if n == 0 {
                    return Err(StoreError::NotFound);
                }
                Ok(())
            })
            .await
    }

    async fn create_first_user(&self, user: NewUser) -> StoreResult<User> {
        self.db
            .run(move |c| {
                write_tx(c, |tx| {
                    let existing: i64 = value(tx, "SELECT count(*) FROM users", [])?;
                    if existing > 0 {
                        return Err(StoreError::Conflict("an account already exists".into()));
                    }
                    let created = new_user(user, time::now_millis());
                    insert_user(tx, &created, || "an account already exists".into())?;
                    Ok(created)
                })
            })
            .await
    }

    async fn user_count(&self) -> StoreResult<usize> {
        self.db
            .run(move |c| {
                let n: i64 = value(c, "SELECT count(*) FROM users", [])?;
                Ok(n as usize)
            })
            .await
    }
}
