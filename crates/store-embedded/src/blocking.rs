//! Both embedded engines have blocking APIs; their calls run on tokio's blocking pool so a
//! slow statement never stalls the async workers serving other requests.

use std::sync::Arc;

use datafast_store::{StoreError, StoreResult};

pub(crate) struct Blocking<C> {
    conn: Arc<tokio::sync::Mutex<C>>,
}

impl<C: Send + 'static> Blocking<C> {
    pub(crate) fn new(conn: C) -> Self {
        Blocking { conn: Arc::new(tokio::sync::Mutex::new(conn)) }
    }

    /// Runs `f` with the connection once every call made before it has run: tokio's mutex
    /// hands the connection over first come, first served, so a dashboard that asks for its
    /// KPIs first gets them first, not after whichever panel won a race for a plain lock.
    /// Waiting costs no thread: only the call holding the connection occupies the pool.
    pub(crate) async fn run<T, F>(&self, f: F) -> StoreResult<T>
    where
        T: Send + 'static,
        F: FnOnce(&mut C) -> StoreResult<T> + Send + 'static,
    {
        let mut guard = Arc::clone(&self.conn).lock_owned().await;
        // A panic inside `f` leaves no half-applied state behind: every multi-statement
        // change runs in a transaction that rolls back on drop; the guard is released when
        // the task ends either way.
        tokio::task::spawn_blocking(move || f(&mut guard))
            .await
            .map_err(|e| StoreError::Backend(format!("storage task failed: {e}")))?
    }
}
