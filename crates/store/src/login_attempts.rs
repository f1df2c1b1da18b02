//! Failed dashboard logins, counted per opaque key (the server hashes what it counts: email
//! and client address, or the address alone) so a lockout survives a restart.

use async_trait::async_trait;

use crate::StoreResult;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LoginFailures {
    pub failures: u32,
    /// When the first failure of the current window happened (Unix ms).
    pub window_start: i64,
}

#[async_trait]
pub trait LoginAttemptStore: Send + Sync {
    /// The counters of `keys` (in that order) whose window began after `open_since`;
    /// `None` for a key without one.
    async fn login_failures(&self, keys: Vec<String>, open_since: i64) -> StoreResult<Vec<Option<LoginFailures>>>;
    /// Counts one failure at `now` against each key. A counter whose window began at or
    /// before `open_since` starts over (1 failure, window from `now`). Counters of ended
    /// windows are dropped, and at most `max_rows` are kept (the oldest windows go first).
    async fn record_login_failure(
        &self,
        keys: Vec<String>,
        now: i64,
        open_since: i64,
        max_rows: usize,
    ) -> StoreResult<()>;
    async fn clear_login_failures(&self, key: String) -> StoreResult<()>;
}
