//! Statements written from the state of the store's derived tables, read in the snapshot the
//! statement then reads: the per-day rollup (which days are rolled) and the stored revenue
//! attribution (whether it is valid, whether some visitors are dirty). Reading that state in
//! one statement and the rows in another, each in its own snapshot, could combine a rollup or
//! an attribution with events it does not describe.

use datafast_store::sql::{Dialect, Row, SqlQuery};
use datafast_store::{EventStore, StoreResult};

use crate::revenue::{self, Credit};
use crate::rollup::{self, RolledSpan};
use crate::sql::Sql;
use crate::Scope;

/// What the planner found before writing its statement.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Snapshot {
    /// When the statement may read the rollup: which days it must read raw.
    pub rollup: Option<rollup::Plan>,
    /// Where the payments' attribution comes from (always `Live` unless asked for).
    pub credit: Credit,
    /// Whether the scope's range may hold payments (false only when the revenue state was
    /// read and found none: the statement then leaves the revenue joins out).
    pub payments: bool,
}

/// Runs the statement `build` writes for the store's state: the rollup's when `span` is given,
/// the stored attribution's and whether the range has payments when `revenue` (on engines that
/// keep it); with neither, `build` writes for raw events and live attribution. The first
/// statement's columns: 0–1 the unrolled days' bounds, 2 the first stale day, 3–5 the
/// attribution's state, 6 whether the range has payments, 7–8 whether the range's partial
/// first and last days have events.
pub(crate) async fn read(
    store: &dyn EventStore,
    scope: &Scope,
    span: Option<RolledSpan>,
    revenue: bool,
    build: impl FnOnce(Snapshot) -> SqlQuery + Send + 'static,
) -> StoreResult<Vec<Row>> {
    let stored_credit = revenue && store.dialect() == Dialect::DuckDb;
    if span.is_none() && !stored_credit {
        return store.query(build(Snapshot { rollup: None, credit: Credit::Live, payments: revenue })).await;
    }
    let mut q = Sql::default();
    q.push("SELECT * FROM ");
    match span {
        Some(span) => rollup::gap_bounds(&mut q, scope, span),
        None => {
            q.push("(SELECT NULL::BIGINT, NULL::BIGINT), (SELECT NULL::BIGINT)");
        }
    }
    q.push(", (SELECT ");
    if stored_credit {
        revenue::credit_state(&mut q, scope.website_id);
        q.push(", ");
        revenue::any_payment(&mut q, scope);
    } else {
        q.push(&format!("FALSE, FALSE, FALSE, {}", if revenue { "TRUE" } else { "FALSE" }));
    }
    q.push("), ");
    rollup::partial_days(&mut q, scope, span);
    store
        .query_then(
            q.finish(),
            Box::new(move |rows| {
                let row = rows.first();
                let rollup = span.map(|span| {
                    let gap = row.filter(|r| !r[0].is_null()).map(|r| (r[0].as_i64(), r[1].as_i64()));
                    let stale_after = row.filter(|r| !r[2].is_null()).map(|r| r[2].as_i64());
                    let flag = |i: usize| row.is_some_and(|r| r[i].as_i64() != 0);
                    rollup::Plan::new(span, gap, stale_after, rollup::PartialDays { first: flag(7), last: flag(8) })
                });
                let flag = |i: usize| row.is_some_and(|r| r[i].as_i64() != 0);
                build(Snapshot {
                    rollup,
                    credit: revenue::credit_from_state(flag(3), flag(4), flag(5)),
                    payments: flag(6),
                })
            }),
        )
        .await
}
