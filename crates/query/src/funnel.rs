//! Funnel results: per step, the visitors who reached it in order within the scope.
//!
//! One pass over the scope's events: each relevant event gets a bit mask of the steps it
//! matches; per visitor the masks are listed in time order and folded greedily (a step is
//! reached by the first matching event after the previous step was reached), which yields
//! the deepest step each visitor reached. Counting visitors per depth gives every step.
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
    q.push(", m AS (SELECT visitor_id, ts, ");
    for (i, step) in steps.iter().enumerate() {
        if i > 0 {
            q.push(" | ");
        }
        q.push("CASE WHEN ");
        step_condition(&mut q, step);
        q.push(&format!(" THEN {} ELSE 0 END", 1u32 << i));
    }
    // The fold's accumulator is the number of steps reached so far; list_reduce takes the
    // list's first element as the initial accumulator, hence the prepended 0.
    q.push(
        " AS mask FROM ev WHERE kind IN ('pageview', 'goal')),
         v AS (SELECT list_reduce(list_prepend(0::INTEGER, list(mask::INTEGER ORDER BY ts)),
                                  lambda n, x: CASE WHEN (x >> n) & 1 = 1 THEN (n + 1)::INTEGER ELSE n END)
                      AS reached
               FROM m WHERE mask <> 0 GROUP BY visitor_id)
         SELECT ",
    );
    for i in 0..steps.len() {
        if i > 0 {
            q.push(", ");
        }
        q.push(&format!("count(*) FILTER (WHERE reached >= {})", i + 1));
    }
    q.push(" FROM v");
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
