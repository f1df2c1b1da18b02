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

/// Several connections to one engine for reads, handed out first come, first served: a
/// statement waits only until one of them is free, so a short one (the dashboard's KPIs) is
/// not held behind another request's long scan the way it is behind a single connection.
pub(crate) struct Pool<C> {
    idle: Arc<std::sync::Mutex<Vec<C>>>,
    /// One permit per connection; tokio's semaphore is fair (FIFO).
    permits: Arc<tokio::sync::Semaphore>,
}

impl<C: Send + 'static> Pool<C> {
    pub(crate) fn new(conns: Vec<C>) -> Self {
        let permits = Arc::new(tokio::sync::Semaphore::new(conns.len()));
        Pool { idle: Arc::new(std::sync::Mutex::new(conns)), permits }
    }

    pub(crate) async fn run<T, F>(&self, f: F) -> StoreResult<T>
    where
        T: Send + 'static,
        F: FnOnce(&mut C) -> StoreResult<T> + Send + 'static,
    {
        let permit = Arc::clone(&self.permits)
            .acquire_owned()
            .await
            .map_err(|e| StoreError::Backend(format!("reader pool closed: {e}")))?;
        let idle = Arc::clone(&self.idle);
        tokio::task::spawn_blocking(move || {
            let taken = idle.lock().unwrap_or_else(|p| p.into_inner()).pop();
            let Some(mut conn) = taken else {
                return Err(StoreError::Backend("no idle reader with a permit".into()));
            };
            let out = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| f(&mut conn)));
            // Back in the pool before the permit is released (a panic unwinds past a
            // statement whose transaction rolls back on drop: the connection stays usable).
            idle.lock().unwrap_or_else(|p| p.into_inner()).push(conn);
            drop(permit);
            out.unwrap_or_else(|_| Err(StoreError::Backend("storage task panicked".into())))
        })
        .await
        .map_err(|e| StoreError::Backend(format!("storage task failed: {e}")))?
    }
}
