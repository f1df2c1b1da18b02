//! Funnel results: per step, the visitors who reached it in order within the scope.
//!
//! One scan of the scope's events keeps those matching some step, each with a bit mask of the
//! steps it matches. Then, step by step, a visitor reaches step k at their first step-k event
//! strictly after the instant they reached step k-1 (the greedy, in-order rule); each step is
//! a join of the previous step's visitors with the (small) matching events and an aggregate.
//! A single event advances at most one step, so a funnel `/` → `/` needs two views of `/`.

use datafast_core::funnel::{FunnelStep, StepTarget};
use datafast_store::sql::SqlParam;
use datafast_store::{EventStore, StoreResult};

use crate::sql::Sql;
use crate::{events_cte, Scope};

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
/// a trailing slash (`/pricing/` is `/pricing`), as the website's excluded paths do.
fn step_condition(q: &mut Sql, step: &FunnelStep) {
    match &step.target {
        StepTarget::Pageview { url } if url.contains('*') => {
            q.push("(kind = 'pageview' AND pathname LIKE ")
                .bind(SqlParam::Text(like_pattern(url)))
                .push(" ESCAPE '\\')");
        }
        StepTarget::Pageview { url } => {
            let trimmed = url.trim_end_matches('/');
            q.push("(kind = 'pageview' AND rtrim(pathname, '/') = ")
                .bind(SqlParam::Text(trimmed.to_string()))
                .push(")");
        }
        StepTarget::Goal { goal_name } => {
            q.push("(kind = 'goal' AND goal_name = ").bind(SqlParam::Text(goal_name.clone())).push(")");
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
    events_cte(&mut q, scope);
    // Only events matching some step, each with the bit mask of the steps it matches; read
    // once and reused by every step below.
    q.push(", m AS MATERIALIZED (SELECT visitor_id, ts, ");
    for (i, step) in steps.iter().enumerate() {
        if i > 0 {
            q.push(" | ");
        }
        q.push("CASE WHEN ");
        step_condition(&mut q, step);
        q.push(&format!(" THEN {} ELSE 0 END", 1u32 << i));
    }
    q.push(" AS mask FROM ev WHERE kind IN ('pageview', 'goal'))");
    // r_k: each visitor who reached step k, with the instant they did: the first step-k event
    // after they reached step k-1. Strictly after when both steps are of one kind (one event
    // must not count for two steps); at the same millisecond or after when the kinds differ,
    // since a goal sent right after its page's pageview can carry the same timestamp.
    q.push(", r0 AS (SELECT visitor_id, min(ts) AS t FROM m WHERE mask & 1 <> 0 GROUP BY visitor_id)");
    for i in 1..steps.len() {
        let same_kind = matches!(
            (&steps[i - 1].target, &steps[i].target),
            (StepTarget::Pageview { .. }, StepTarget::Pageview { .. })
                | (StepTarget::Goal { .. }, StepTarget::Goal { .. })
        );
        q.push(&format!(
            ", r{i} AS (SELECT m.visitor_id, min(m.ts) AS t FROM m JOIN r{prev} p ON p.visitor_id = m.visitor_id
                        WHERE m.mask & {bit} <> 0 AND m.ts {after} p.t GROUP BY m.visitor_id)",
            prev = i - 1,
            bit = 1u32 << i,
            after = if same_kind { ">" } else { ">=" }
        ));
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
