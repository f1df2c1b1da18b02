//! `LoginAttemptStore` on SQLite: `login_failures` (0007).

use async_trait::async_trait;
use datafast_store::{LoginAttemptStore, LoginFailures, StoreResult};
use rusqlite::params;

use crate::sqlite::{backend, SqliteMetaStore};
use crate::sqlite_rows::{first, value, write_tx};

#[async_trait]
impl LoginAttemptStore for SqliteMetaStore {
    async fn login_failures(&self, keys: Vec<String>, open_since: i64) -> StoreResult<Vec<Option<LoginFailures>>> {
        self.db
            .run(move |c| {
                keys.iter()
                    .map(|key| {
                        first(
                            c,
                            "SELECT failures, window_start FROM login_failures WHERE key = ?1 AND window_start > ?2",
                            params![key, open_since],
                            |r| Ok(LoginFailures { failures: r.get(0)?, window_start: r.get(1)? }),
                        )
                    })
                    .collect()
            })
            .await
    }

    async fn record_login_failure(
        &self,
        keys: Vec<String>,
        now: i64,
        open_since: i64,
        max_rows: usize,
    ) -> StoreResult<()> {
        self.db
            .run(move |c| {
                write_tx(c, |tx| {
                    tx.execute("DELETE FROM login_failures WHERE window_start <= ?1", [open_since]).map_err(backend)?;
                    for key in &keys {
                        tx.execute(
                            "INSERT INTO login_failures (key, failures, window_start) VALUES (?1, 1, ?2)
                             ON CONFLICT (key) DO UPDATE SET failures = failures + 1",
                            params![key, now],
                        )
                        .map_err(backend)?;
                    }
                    // Bounded even under a flood of distinct keys: the oldest windows go first.
                    let rows: i64 = value(tx, "SELECT count(*) FROM login_failures", [])?;
                    let excess = rows - max_rows as i64;
                    if excess > 0 {
                        tx.execute(
                            "DELETE FROM login_failures WHERE key IN
                             (SELECT key FROM login_failures ORDER BY window_start, key LIMIT ?1)",
                            [excess],
                        )
                        .map_err(backend)?;
                    }
                    Ok(())
                })
            })
            .await
    }

    async fn clear_login_failures(&self, key: String) -> StoreResult<()> {
        self.db
            .run(move |c| {
                c.execute("DELETE FROM login_failures WHERE key = ?1", [key]).map_err(backend)?;
                Ok(())
            })
            .await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(names: &[&str]) -> Vec<String> {
        names.iter().map(|s| s.to_string()).collect()
    }

    #[tokio::test]
    async fn counters_restart_after_their_window_and_the_table_stays_bounded() {
        let dir = tempfile::tempdir().unwrap();
        let store = SqliteMetaStore::open(&dir.path().join("meta.sqlite")).await.unwrap();
        store.record_login_failure(keys(&["a", "ip"]), 1_000, 0, 10).await.unwrap();
        store.record_login_failure(keys(&["a", "ip"]), 2_000, 0, 10).await.unwrap();
        assert_eq!(
            store.login_failures(keys(&["a", "b"]), 0).await.unwrap(),
            vec![Some(LoginFailures { failures: 2, window_start: 1_000 }), None]
        );
        // A window that began at or before `open_since` is over: not reported, and the next
        // failure starts a new one (the ended `ip` counter is dropped meanwhile).
        assert_eq!(store.login_failures(keys(&["a"]), 1_000).await.unwrap(), vec![None]);
        store.record_login_failure(keys(&["a"]), 5_000, 1_000, 10).await.unwrap();
        assert_eq!(
            store.login_failures(keys(&["a", "ip"]), 0).await.unwrap(),
            vec![Some(LoginFailures { failures: 1, window_start: 5_000 }), None]
        );

        // At most `max_rows` counters: the oldest windows go first.
        let many: Vec<String> = (0..25).map(|i| format!("k{i:02}")).collect();
        for (i, key) in many.iter().enumerate() {
            store.record_login_failure(vec![key.clone()], 10_000 + i as i64, 1_000, 10).await.unwrap();
        }
        let found = store.login_failures(many.clone(), 0).await.unwrap();
        assert_eq!(found.iter().filter(|f| f.is_some()).count(), 10);
        assert!(found[..15].iter().all(Option::is_none) && found[15..].iter().all(Option::is_some));
        assert_eq!(store.login_failures(keys(&["a"]), 0).await.unwrap(), vec![None]);

        store.clear_login_failures("k24".into()).await.unwrap();
        assert_eq!(store.login_failures(keys(&["k24", "k23"]), 0).await.unwrap()[0], None);
        assert!(store.login_failures(keys(&["k23"]), 0).await.unwrap()[0].is_some());
    }
}
