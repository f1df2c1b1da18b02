//! Reading the `sessions` rollup (one row per session segment, kept by the event store in step
//! with the events; see the DuckDB migration `0007_sessions.sql`) instead of raw events.
//!
//! A scope is answered from two disjoint parts whose union is exactly the scope's events:
//! - `rs`: the rollup rows of sessions that lie wholly inside the range (all of a session's
//!   events are in scope, so its segment counts are the in-scope counts);
//! - `ev`: the raw in-range events of the sessions crossing one of the range's ends (only
//!   their part inside counts). They are few, and their events lie in short time windows
//!   after the start and before the end, which is all the raw part reads.
//!
//! Both apply the scope's filters row by row; that is exact because every filter the rollup
//! path accepts is on a column that is constant within a segment. Page and goal filters
//! ("visitors who viewed…") need raw events and keep the event path.

use datafast_core::query::Dimension;
use datafast_store::sql::SqlParam;
use datafast_store::{EventStore, StoreResult};

use crate::sql::Sql;
use crate::{condition, Scope};

/// Whether the rollup can answer for this scope.
pub(crate) fn applies(scope: &Scope) -> bool {
    scope.filters.iter().all(|f| !matches!(f.dimension, Dimension::Page | Dimension::Goal))
}

/// How a rollup-backed statement reads a scope: the time windows (half-open, disjoint, ms)
/// that hold the raw part's events.
pub(crate) struct RollupPlan {
    windows: Vec<(i64, i64)>,
}

impl RollupPlan {
    /// `sessions` rows of the website that have events in the range but must be read raw.
    fn raw_sessions(&self, q: &mut Sql, scope: &Scope, start: i64, end: i64) {
        q.push("website_id = ").bind(SqlParam::Text(scope.website_id.to_hex()));
        q.push(" AND session_first < ").bind(SqlParam::TimestampMs(end));
        q.push(" AND session_last >= ").bind(SqlParam::TimestampMs(start));
        q.push(" AND (session_first < ").bind(SqlParam::TimestampMs(start));
        q.push(" OR session_last >= ").bind(SqlParam::TimestampMs(end)).push(")");
    }

    /// Looks up where the raw sessions' in-range events lie: within [max(first event, start),
    /// min(last event, end)] of each, gathered for the sessions crossing each end.
    pub(crate) async fn new(store: &dyn EventStore, scope: &Scope) -> StoreResult<RollupPlan> {
        let mut plan = RollupPlan { windows: Vec::new() };
        let Some(r) = scope.range else {
            return Ok(plan);
        };
        let mut q = Sql::default();
        q.push("WITH w0 AS (SELECT greatest(session_first, ")
            .bind(SqlParam::TimestampMs(r.start_ms))
            .push(") AS f, least(session_last, ")
            .bind(SqlParam::TimestampMs(r.end_ms - 1))
            .push(") AS l FROM sessions WHERE ");
        plan.raw_sessions(&mut q, scope, r.start_ms, r.end_ms);
        // Sessions crossing the start share one window, those crossing the end another.
        q.push("), w AS (SELECT f, l, f = ").bind(SqlParam::TimestampMs(r.start_ms));
        q.push(" AS g FROM w0) SELECT epoch_ms(min(f)), epoch_ms(max(l)) FROM w GROUP BY g ORDER BY 1");
        let mut windows: Vec<(i64, i64)> = Vec::new();
        for row in store.query(q.finish()).await? {
            let (from, to) = (row[0].as_i64(), row[1].as_i64() + 1);
            match windows.last_mut() {
                Some(w) if w.1 >= from => w.1 = w.1.max(to),
                _ => windows.push((from, to)),
            }
        }
        plan.windows = windows;
        Ok(plan)
    }

    /// `rs AS (…), ev AS (…)` for the scope (see the module comment).
    pub(crate) fn ctes(&self, q: &mut Sql, scope: &Scope) {
        let site = || SqlParam::Text(scope.website_id.to_hex());
        q.push("rs AS (SELECT * FROM sessions WHERE website_id = ").bind(site());
        if let Some(r) = scope.range {
            q.push(" AND session_first >= ").bind(SqlParam::TimestampMs(r.start_ms));
            q.push(" AND session_last < ").bind(SqlParam::TimestampMs(r.end_ms));
        }
        for f in &scope.filters {
            q.push(" AND ");
            condition(q, scope, f);
        }
        q.push("), ev AS (");
        match scope.range {
            Some(r) if !self.windows.is_empty() => {
                for (i, (from, to)) in self.windows.iter().enumerate() {
                    if i > 0 {
                        q.push(" UNION ALL ");
                    }
                    q.push("SELECT * FROM events WHERE website_id = ").bind(site());
                    q.push(" AND ts >= ").bind(SqlParam::TimestampMs(*from));
                    q.push(" AND ts < ").bind(SqlParam::TimestampMs(*to));
                    for f in &scope.filters {
                        q.push(" AND ");
                        condition(q, scope, f);
                    }
                    q.push(" AND session_id IN (SELECT session_id FROM sessions WHERE ");
                    self.raw_sessions(q, scope, r.start_ms, r.end_ms);
                    q.push(")");
                }
            }
            _ => {
                q.push("SELECT * FROM events WHERE FALSE");
            }
        }
        q.push(")");
    }
}
