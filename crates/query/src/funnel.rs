//! Funnel results: per step, the visitors who reached it in order within the scope.
//!
//! Step by step, a visitor reaches step k at their first step-k event after the instant they
//! reached step k-1 (the greedy, in-order rule); each step is a join of the previous step's
//! visitors with the events matching the step, filtered in the scan, and an aggregate. A single
//! event advances at most one step, so a funnel `/` → `/` needs two views of `/`.

use datafast_core::funnel::{FunnelStep, StepTarget};
use datafast_store::sql::SqlParam;
use datafast_store::{EventStore, StoreResult};

use crate::sql::Sql;
use crate::{events_cte_inlined, Scope};

/// A step URL as a LIKE pattern: `*` is the wildcard, `%`, `_` and `\` match themselves.
fn like_pattern(url: &str) -> String {
    let mut out = String::with_capacity(url.len());
    for c in url.chars() {
        match c {
            '*' => out.push('%'),
            '%' | '_' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

/// Whether an event matches a step, as a SQL condition on an `ev` row. Paths compare without
/// one trailing slash (`/pricing/` is `/pricing`), as the website's excluded paths do.
///
/// The forms are chosen for the scan: an equality, or a range holding both spellings, lets
/// DuckDB skip row groups by their min/max and filter inside the scan, where `rtrim(…) = …`
/// or a bare `IN` made whole funnels 1.5–1.9× slower than hand-written SQL at 10 M events.
fn step_condition(q: &mut Sql, step: &FunnelStep) {
    match &step.target {
        StepTarget::Pageview { url } if url.contains('*') => {
            let pattern = like_pattern(url);
            q.push("kind = 'pageview' AND pathname LIKE ").bind(SqlParam::Text(pattern.clone()));
            if pattern.contains('\\') {
                q.push(" ESCAPE '\\'");
            }
        }
        StepTarget::Pageview { url } => {
            let bare = url.trim_end_matches('/');
            if bare.is_empty() {
                q.push("kind = 'pageview' AND pathname = '/'");
            } else {
                let slashed = format!("{bare}/");
                q.push("kind = 'pageview' AND pathname >= ")
                    .bind(SqlParam::Text(bare.to_string()))
                    .push(" AND pathname <= ")
                    .bind(SqlParam::Text(slashed.clone()))
                    .push(" AND pathname IN (")
                    .bind(SqlParam::Text(bare.to_string()))
                    .push(", ")
                    .bind(SqlParam::Text(slashed))
                    .push(")");
            }
        }
        StepTarget::Goal { goal_name } => {
            q.push("kind = 'goal' AND goal_name = ").bind(SqlParam::Text(goal_name.clone()));
        }
    }
}

/// Visitors who reached each step in order (same length and order as `steps`).
pub async fn funnel(store: &dyn EventStore, scope: &Scope, steps: &[FunnelStep]) -> StoreResult<Vec<i64>> {
    if steps.is_empty() {
        return Ok(Vec::new());
    }
    let mut q = Sql::default();
    q.push("WITH ");
    events_cte_inlined(&mut q, scope);
    // r_k: each visitor who reached step k, with the instant they did: the first step-k event
    // after they reached step k-1. Strictly after when both steps are of one kind (one event
    // must not count for two steps); at the same millisecond or after when the kinds differ,
    // since a goal sent right after its page's pageview can carry the same timestamp. Each
    // step reads `ev` with its own condition, so the scan filters before the join.
    q.push(", r0 AS (SELECT visitor_id, min(ts) AS t FROM ev WHERE ");
    step_condition(&mut q, &steps[0]);
    q.push(" GROUP BY visitor_id)");
    for i in 1..steps.len() {
        let same_kind = matches!(
            (&steps[i - 1].target, &steps[i].target),
            (StepTarget::Pageview { .. }, StepTarget::Pageview { .. })
                | (StepTarget::Goal { .. }, StepTarget::Goal { .. })
        );
        q.push(&format!(
            ", r{i} AS (SELECT ev.visitor_id, min(ev.ts) AS t FROM ev JOIN r{prev} p ON p.visitor_id = ev.visitor_id
                        WHERE ev.ts {after} p.t AND ",
            prev = i - 1,
            after = if same_kind { ">" } else { ">=" }
        ));
        step_condition(&mut q, &steps[i]);
        q.push(" GROUP BY ev.visitor_id)");
    }
    q.push(" SELECT ");
    for i in 0..steps.len() {
        if i > 0 {
            q.push(", ");
        }
        q.push(&format!("(SELECT count(*) FROM r{i})"));
    }
    let rows = store.query(q.finish()).await?;
    let row = rows.into_iter().next().unwrap_or_default();
    Ok((0..steps.len()).map(|i| row.get(i).map(|v| v.as_i64()).unwrap_or(0)).collect())
}

#[cfg(test)]
mod tests {
    use super::like_pattern;

    #[test]
    fn wildcards_become_like_patterns_and_like_characters_stay_literal() {
        assert_eq!(like_pattern("/blog/*"), "/blog/%");
        assert_eq!(like_pattern("/a_b%c"), "/a\\_b\\%c");
    }
}
