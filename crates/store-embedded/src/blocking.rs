//! Both embedded engines have blocking APIs; their calls run on tokio's blocking pool so a
//! slow statement never stalls the async workers serving other requests.

use std::sync::{Arc, Mutex};

use datafast_store::{StoreError, StoreResult};

pub(crate) struct Blocking<C> {
    conn: Arc<Mutex<C>>,
}

impl<C: Send + 'static> Blocking<C> {
    pub(crate) fn new(conn: C) -> Self {
        Blocking { conn: Arc::new(Mutex::new(conn)) }
    }

    pub(crate) async fn run<T, F>(&self, f: F) -> StoreResult<T>
    where
        T: Send + 'static,
        F: FnOnce(&mut C) -> StoreResult<T> + Send + 'static,
    {
        let conn = Arc::clone(&self.conn);
        tokio::task::spawn_blocking(move || {
            // A panic while holding the lock leaves no half-applied state behind: every
            // multi-statement change runs in a transaction that rolls back on drop.
            let mut guard = conn.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
            f(&mut guard)
        })
        .await
        .map_err(|e| StoreError::Backend(format!("storage task failed: {e}")))?
    }
}
