//! `MetaStore` on SQLite.

use std::path::Path;

use async_trait::async_trait;
use datafast_core::access::WebsiteScope;
use datafast_core::secret::SecretDigest;
use datafast_core::website::{Website, WebsiteSettings};
use datafast_core::{time, ObjectId, PermissionSet, Role};
use datafast_store::{AccessToken, MetaStore, NewUser, StoreError, StoreResult, User, WebsiteKey};
use rusqlite::{params, Connection, OptionalExtension, Row};

use crate::blocking::Blocking;
use crate::migrate;
use crate::sqlite_rows::{all, first, insert_sql, value, write_tx};

pub struct SqliteMetaStore {
    pub(crate) db: Blocking<Connection>,
    /// Seals integration secrets; set by `with_server_key` (the server always sets it, the
    /// account CLI does not need it).
    pub(crate) server_key: Option<datafast_core::sealed::ServerKey>,
}

pub(crate) fn backend(e: rusqlite::Error) -> StoreError {
    StoreError::Backend(e.to_string())
}

pub(crate) fn is_unique_violation(e: &rusqlite::Error) -> bool {
    matches!(e, rusqlite::Error::SqliteFailure(f, _) if f.code == rusqlite::ErrorCode::ConstraintViolation)
}

pub(crate) fn corrupt(what: &str) -> rusqlite::Error {
    rusqlite::Error::InvalidColumnType(0, what.to_string(), rusqlite::types::Type::Text)
}

pub(crate) fn id_col(row: &Row, idx: usize) -> rusqlite::Result<ObjectId> {
    row.get::<_, String>(idx)?.parse().map_err(|_| corrupt("object id"))
}

pub(crate) fn digest_col(row: &Row, idx: usize) -> rusqlite::Result<SecretDigest> {
    SecretDigest::from_hex(&row.get::<_, String>(idx)?).ok_or_else(|| corrupt("digest"))
}

fn permissions_col(row: &Row, idx: usize) -> rusqlite::Result<PermissionSet> {
    let list: Vec<String> = serde_json::from_str(&row.get::<_, String>(idx)?).map_err(|_| corrupt("permissions"))?;
    PermissionSet::parse(&list).map_err(|_| corrupt("permissions"))
}

pub(crate) fn json_text<T: serde::Serialize + ?Sized>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_else(|_| "null".into())
}

pub(crate) const USER_COLS: &str = "id, email, name, image, password_hash, created_at";
pub(crate) fn user_row(row: &Row) -> rusqlite::Result<User> {
    Ok(User {
        id: id_col(row, 0)?,
        email: row.get(1)?,
        name: row.get(2)?,
        image: row.get(3)?,
        password_hash: row.get(4)?,
        created_at: row.get(5)?,
    })
}

const TOKEN_COLS: &str = "id, user_id, name, display_key, digest, permissions, website_ids, last_used_at, created_at";
fn token_row(row: &Row) -> rusqlite::Result<AccessToken> {
    let ids: Vec<String> = serde_json::from_str(&row.get::<_, String>(6)?).map_err(|_| corrupt("website ids"))?;
    let ids =
        ids.iter().map(|s| s.parse()).collect::<Result<Vec<ObjectId>, _>>().map_err(|_| corrupt("website ids"))?;
    Ok(AccessToken {
        id: id_col(row, 0)?,
        user_id: id_col(row, 1)?,
        name: row.get(2)?,
        display_key: row.get(3)?,
        digest: digest_col(row, 4)?,
        permissions: permissions_col(row, 5)?,
        scope: WebsiteScope::from_ids(ids),
        last_used_at: row.get(7)?,
        created_at: row.get(8)?,
    })
}

const KEY_COLS: &str = "id, website_id, created_by, name, display_key, digest, permissions, last_used_at, created_at";
fn key_row(row: &Row) -> rusqlite::Result<WebsiteKey> {
    Ok(WebsiteKey {
        id: id_col(row, 0)?,
        website_id: id_col(row, 1)?,
        created_by: id_col(row, 2)?,
        name: row.get(3)?,
        display_key: row.get(4)?,
        digest: digest_col(row, 5)?,
        permissions: permissions_col(row, 6)?,
        last_used_at: row.get(7)?,
        created_at: row.get(8)?,
    })
}

pub(crate) const WEBSITE_COLS: &str =
    "w.id, w.owner_id, w.domain, w.name, w.tracking_id, w.timezone, w.currency, w.settings, w.created_at";
pub(crate) fn website_row(row: &Row) -> rusqlite::Result<Website> {
    let settings: WebsiteSettings =
        serde_json::from_str(&row.get::<_, String>(7)?).map_err(|_| corrupt("website settings"))?;
    Ok(Website {
        id: id_col(row, 0)?,
        owner_id: id_col(row, 1)?,
        domain: row.get(2)?,
        name: row.get(3)?,
        tracking_id: row.get(4)?,
        timezone: row.get(5)?,
        currency: row.get(6)?,
        settings,
        created_at: row.get(8)?,
    })
}

pub(crate) fn role_col(row: &Row, idx: usize) -> rusqlite::Result<Role> {
    Role::parse(&row.get::<_, String>(idx)?).ok_or_else(|| corrupt("role"))
}

/// Picks the candidate whose full digest matches, in constant time per comparison.
pub(crate) fn matching<T>(candidates: Vec<T>, digest: &SecretDigest, of: impl Fn(&T) -> &SecretDigest) -> Option<T> {
    candidates.into_iter().find(|c| of(c).matches(digest))
}

/// The stored form of a new person: a fresh id, the email lower-cased, no picture yet.
pub(crate) fn new_user(user: NewUser, now: i64) -> User {
    User {
        id: ObjectId::generate(),
        email: user.email.to_lowercase(),
        name: user.name,
        image: None,
        password_hash: user.password_hash,
        created_at: now,
    }
}

/// Inserts a person; an email already taken is `Conflict(conflict())`.
pub(crate) fn insert_user(c: &Connection, user: &User, conflict: impl FnOnce() -> String) -> StoreResult<()> {
    c.execute(
        &insert_sql("users", USER_COLS),
        params![user.id.to_hex(), user.email, user.name, user.image, user.password_hash, user.created_at],
    )
    .map_err(|e| if is_unique_violation(&e) { StoreError::Conflict(conflict()) } else { backend(e) })?;
    Ok(())
}

const TOKEN_INSERT_COLS: &str =
    "id, user_id, name, display_key, lookup, digest, permissions, website_ids, last_used_at, created_at";
pub(crate) fn insert_access_token(c: &Connection, token: &AccessToken) -> StoreResult<()> {
    let ids: Vec<String> = token.scope.ids().iter().map(|id| id.to_hex()).collect();
    c.execute(
        &insert_sql("access_tokens", TOKEN_INSERT_COLS),
        params![
            token.id.to_hex(),
            token.user_id.to_hex(),
            token.name,
            token.display_key,
            token.digest.lookup_prefix(),
            token.digest.to_hex(),
            json_text(&token.permissions.to_strings()),
            json_text(&ids),
            token.last_used_at,
            token.created_at
        ],
    )
    .map_err(backend)?;
    Ok(())
}

impl SqliteMetaStore {
    pub async fn open(path: &Path) -> StoreResult<Self> {
        let path = path.to_path_buf();
        let conn = tokio::task::spawn_blocking(move || -> StoreResult<Connection> {
            let mut conn = Connection::open(&path).map_err(backend)?;
            conn.busy_timeout(std::time::Duration::from_secs(10)).map_err(backend)?;
            // WAL lets the CLI write while the server reads and writes; NORMAL sync in WAL mode
            // never loses a committed transaction to a process crash.
            conn.pragma_update(None, "journal_mode", "WAL").map_err(backend)?;
            conn.pragma_update(None, "synchronous", "NORMAL").map_err(backend)?;
            conn.pragma_update(None, "foreign_keys", "ON").map_err(backend)?;
            migrate_sqlite(&mut conn)?;
            Ok(conn)
        })
        .await
        .map_err(|e| StoreError::Backend(e.to_string()))??;
        Ok(SqliteMetaStore { db: Blocking::new(conn), server_key: None })
    }
}

impl SqliteMetaStore {
    /// The key integration secrets are sealed with; without it those methods fail.
    pub fn with_server_key(mut self, key: datafast_core::sealed::ServerKey) -> Self {
        self.server_key = Some(key);
        self
    }
}

fn migrate_sqlite(conn: &mut Connection) -> StoreResult<()> {
    // IMMEDIATE takes the write lock first, so a CLI and a server starting together do not
    // both apply the same migration.
    write_tx(conn, |tx| {
        let current: i64 = value(tx, "PRAGMA user_version", [])?;
        let supported = migrate::latest(migrate::SQLITE);
        if current > supported {
            return Err(StoreError::SchemaTooNew { found: current, supported });
        }
        for m in migrate::SQLITE.iter().filter(|m| m.version > current) {
            tx.execute_batch(m.sql).map_err(backend)?;
            tx.pragma_update(None, "user_version", m.version).map_err(backend)?;
        }
        Ok(())
    })
}

#[async_trait]
impl MetaStore for SqliteMetaStore {
    async fn create_user(&self, user: NewUser) -> StoreResult<User> {
        self.db
            .run(move |c| {
                let created = new_user(user, time::now_millis());
                insert_user(c, &created, || format!("an account with email {} already exists", created.email))?;
                Ok(created)
            })
            .await
    }

    async fn user(&self, id: ObjectId) -> StoreResult<Option<User>> {
        self.db
            .run(move |c| first(c, &format!("SELECT {USER_COLS} FROM users WHERE id = ?1"), [id.to_hex()], user_row))
            .await
    }

    async fn rename_user(&self, id: ObjectId, name: String) -> StoreResult<User> {
        self.db
            .run(move |c| {
                first(
                    c,
                    &format!("UPDATE users SET name = ?2 WHERE id = ?1 RETURNING {USER_COLS}"),
                    params![id.to_hex(), name],
                    user_row,
                )?
                .ok_or(StoreError::NotFound)
            })
            .await
    }

    async fn create_access_token(&self, token: AccessToken, limit: usize) -> StoreResult<()> {
        self.db
            .run(move |c| {
                write_tx(c, |tx| {
                    let count: i64 =
                        value(tx, "SELECT count(*) FROM access_tokens WHERE user_id = ?1", [token.user_id.to_hex()])?;
                    if count as usize >= limit {
                        return Err(StoreError::LimitReached(limit));
                    }
                    insert_access_token(tx, &token)
                })
            })
            .await
    }

    async fn access_tokens(&self, user_id: ObjectId) -> StoreResult<Vec<AccessToken>> {
        self.db
            .run(move |c| {
                all(
                    c,
                    &format!("SELECT {TOKEN_COLS} FROM access_tokens WHERE user_id = ?1 ORDER BY created_at, id"),
                    [user_id.to_hex()],
                    token_row,
                )
            })
            .await
    }

    async fn access_token(&self, user_id: ObjectId, id: ObjectId) -> StoreResult<Option<AccessToken>> {
        self.db
            .run(move |c| {
                first(
                    c,
                    &format!("SELECT {TOKEN_COLS} FROM access_tokens WHERE user_id = ?1 AND id = ?2"),
                    [user_id.to_hex(), id.to_hex()],
                    token_row,
                )
            })
            .await
    }

    async fn delete_access_token(&self, user_id: ObjectId, id: ObjectId) -> StoreResult<bool> {
        self.db
            .run(move |c| {
                let n = c
                    .execute(
                        "DELETE FROM access_tokens WHERE user_id = ?1 AND id = ?2",
                        [user_id.to_hex(), id.to_hex()],
                    )
                    .map_err(backend)?;
                Ok(n > 0)
            })
            .await
    }

    async fn find_access_token(&self, digest: &SecretDigest) -> StoreResult<Option<AccessToken>> {
        let digest = digest.clone();
        self.db
            .run(move |c| {
                let candidates = all(
                    c,
                    &format!("SELECT {TOKEN_COLS} FROM access_tokens WHERE lookup = ?1"),
                    [digest.lookup_prefix()],
                    token_row,
                )?;
                Ok(matching(candidates, &digest, |t| &t.digest))
            })
            .await
    }

    async fn touch_access_token(&self, id: ObjectId, at: i64) -> StoreResult<()> {
        self.db
            .run(move |c| {
                c.execute("UPDATE access_tokens SET last_used_at = ?2 WHERE id = ?1", params![id.to_hex(), at])
                    .map_err(backend)?;
                Ok(())
            })
            .await
    }

    async fn create_website(&self, website: Website) -> StoreResult<()> {
        self.db
            .run(move |c| {
                write_tx(c, |tx| {
                    let taken: bool = value(tx, "SELECT EXISTS (SELECT 1 FROM websites WHERE owner_id = ?1 AND domain = ?2)", [website.owner_id.to_hex(), website.domain.clone()])?;
                    if taken {
                        return Err(StoreError::Conflict(format!(
                            "a website with domain {} already exists on this account",
                            website.domain
                        )));
                    }
                    tx.execute(
                        "INSERT INTO websites (id, owner_id, domain, name, tracking_id, timezone, currency, settings, created_at)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                        params![
                            website.id.to_hex(),
                            website.owner_id.to_hex(),
                            website.domain,
                            website.name,
                            website.tracking_id,
                            website.timezone,
                            website.currency,
                            json_text(&website.settings),
                            website.created_at
                        ],
                    )
                    .map_err(|e| {
                        if is_unique_violation(&e) {
                            StoreError::Conflict("tracking id collision".into())
                        } else {
                            backend(e)
                        }
                    })?;
                    tx.execute(
                        "INSERT INTO website_members (website_id, user_id, role, created_at) VALUES (?1, ?2, 'owner', ?3)",
                        params![website.id.to_hex(), website.owner_id.to_hex(), website.created_at],
                    )
                    .map_err(backend)?;
                    Ok(())
                })
            })
            .await
    }

    async fn website(&self, id: ObjectId) -> StoreResult<Option<Website>> {
        self.db
            .run(move |c| {
                first(c, &format!("SELECT {WEBSITE_COLS} FROM websites w WHERE w.id = ?1"), [id.to_hex()], website_row)
            })
            .await
    }

    async fn website_by_tracking_id(&self, tracking_id: &str) -> StoreResult<Option<Website>> {
        let tracking_id = tracking_id.to_string();
        self.db
            .run(move |c| {
                first(
                    c,
                    &format!("SELECT {WEBSITE_COLS} FROM websites w WHERE w.tracking_id = ?1"),
                    [tracking_id],
                    website_row,
                )
            })
            .await
    }

    async fn update_website(&self, website: &Website) -> StoreResult<()> {
        let website = website.clone();
        self.db
            .run(move |c| {
                let n = c
                    .execute(
                        "UPDATE websites SET domain = ?2, name = ?3, timezone = ?4, currency = ?5, settings = ?6 WHERE id = ?1",
                        params![
                            website.id.to_hex(),
                            website.domain,
                            website.name,
                            website.timezone,
                            website.currency,
                            json_text(&website.settings)
                        ],
                    )
                    .map_err(|e| {
                        if is_unique_violation(&e) {
                            StoreError::Conflict(format!(
                                "a website with domain {} already exists on this account",
                                website.domain
                            ))
                        } else {
                            backend(e)
                        }
                    })?;
                if n == 0 {
                    Err(StoreError::NotFound)
                } else {
                    Ok(())
                }
            })
            .await
    }

    async fn websites_for_user(&self, user_id: ObjectId) -> StoreResult<Vec<(Website, Role)>> {
        self.db
            .run(move |c| {
                let mut stmt = c
                    .prepare_cached(&format!(
                        "SELECT {WEBSITE_COLS}, m.role FROM websites w JOIN website_members m ON m.website_id = w.id
                         WHERE m.user_id = ?1 ORDER BY w.created_at, w.id"
                    ))
                    .map_err(backend)?;
                let rows =
                    stmt.query_map([user_id.to_hex()], |r| Ok((website_row(r)?, role_col(r, 9)?))).map_err(backend)?;
                rows.collect::<Result<Vec<_>, _>>().map_err(backend)
            })
            .await
    }

    async fn role(&self, user_id: ObjectId, website_id: ObjectId) -> StoreResult<Option<Role>> {
        self.db
            .run(move |c| {
                c.query_row(
                    "SELECT role FROM website_members WHERE user_id = ?1 AND website_id = ?2",
                    [user_id.to_hex(), website_id.to_hex()],
                    |r| role_col(r, 0),
                )
                .optional()
                .map_err(backend)
            })
            .await
    }

    async fn create_website_key(&self, key: WebsiteKey, limit: usize) -> StoreResult<()> {
        self.db
            .run(move |c| {
                write_tx(c, |tx| {
                    let count: i64 = value(tx, "SELECT count(*) FROM website_keys WHERE website_id = ?1", [key.website_id.to_hex()])?;
                    if count as usize >= limit {
                        return Err(StoreError::LimitReached(limit));
                    }
                    tx.execute(
                        "INSERT INTO website_keys (id, website_id, created_by, name, display_key, lookup, digest, permissions, last_used_at, created_at)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                        params![
                            key.id.to_hex(),
                            key.website_id.to_hex(),
                            key.created_by.to_hex(),
                            key.name,
                            key.display_key,
                            key.digest.lookup_prefix(),
                            key.digest.to_hex(),
                            json_text(&key.permissions.to_strings()),
                            key.last_used_at,
                            key.created_at
                        ],
                    )
                    .map_err(backend)?;
                    Ok(())
                })
            })
            .await
    }

    async fn website_keys(&self, website_id: ObjectId) -> StoreResult<Vec<WebsiteKey>> {
        self.db
            .run(move |c| {
                all(
                    c,
                    &format!("SELECT {KEY_COLS} FROM website_keys WHERE website_id = ?1 ORDER BY created_at, id"),
                    [website_id.to_hex()],
                    key_row,
                )
            })
            .await
    }

    async fn website_key(&self, website_id: ObjectId, id: ObjectId) -> StoreResult<Option<WebsiteKey>> {
        self.db
            .run(move |c| {
                first(
                    c,
                    &format!("SELECT {KEY_COLS} FROM website_keys WHERE website_id = ?1 AND id = ?2"),
                    [website_id.to_hex(), id.to_hex()],
                    key_row,
                )
            })
            .await
    }

    async fn roll_website_key(
        &self,
        website_id: ObjectId,
        id: ObjectId,
        digest: SecretDigest,
        display_key: String,
    ) -> StoreResult<Option<WebsiteKey>> {
        self.db
            .run(move |c| {
                first(
                    c,
                    &format!(
                        "UPDATE website_keys SET digest = ?3, lookup = ?4, display_key = ?5, last_used_at = NULL
                         WHERE website_id = ?1 AND id = ?2 RETURNING {KEY_COLS}"
                    ),
                    params![website_id.to_hex(), id.to_hex(), digest.to_hex(), digest.lookup_prefix(), display_key],
                    key_row,
                )
            })
            .await
    }

    async fn delete_website_key(&self, website_id: ObjectId, id: ObjectId) -> StoreResult<bool> {
        self.db
            .run(move |c| {
                let n = c
                    .execute(
                        "DELETE FROM website_keys WHERE website_id = ?1 AND id = ?2",
                        [website_id.to_hex(), id.to_hex()],
                    )
                    .map_err(backend)?;
                Ok(n > 0)
            })
            .await
    }

    async fn find_website_key(&self, digest: &SecretDigest) -> StoreResult<Option<WebsiteKey>> {
        let digest = digest.clone();
        self.db
            .run(move |c| {
                let candidates = all(
                    c,
                    &format!("SELECT {KEY_COLS} FROM website_keys WHERE lookup = ?1"),
                    [digest.lookup_prefix()],
                    key_row,
                )?;
                Ok(matching(candidates, &digest, |k| &k.digest))
            })
            .await
    }

    async fn touch_website_key(&self, id: ObjectId, at: i64) -> StoreResult<()> {
        self.db
            .run(move |c| {
                c.execute("UPDATE website_keys SET last_used_at = ?2 WHERE id = ?1", params![id.to_hex(), at])
                    .map_err(backend)?;
                Ok(())
            })
            .await
    }
}
