//! The tracked-goal list of the Account API: every goal name a website has recorded, all time,
//! with completions, unique visitors and the share of the website's visitors who completed it.

use datafast_store::sql::SqlParam;
use datafast_store::{EventStore, StoreResult};

use crate::sql::Sql;
use crate::{events_cte, Scope};

#[derive(Debug, Clone, PartialEq)]
pub struct TrackedGoal {
    pub name: String,
    /// `custom` for goals; `payment` for payment events.
    pub event_type: String,
    pub total: i64,
    pub visitors: i64,
    /// Visitors of the website in the same scope (the conversion rate's denominator).
    pub all_visitors: i64,
}

/// Goals by completions (most first), at most `limit`.
pub async fn tracked_goals(store: &dyn EventStore, scope: &Scope, limit: u32) -> StoreResult<Vec<TrackedGoal>> {
    let mut q = Sql::default();
    q.push("WITH ");
    events_cte(&mut q, scope);
    q.push(
        ", g AS (SELECT CASE WHEN kind = 'goal' THEN goal_name ELSE kind END AS name,
                        CASE WHEN kind = 'goal' THEN 'custom' ELSE kind END AS event_type,
                        count(*) AS total, count(DISTINCT visitor_id) AS visitors
                 FROM ev WHERE kind IN ('goal', 'payment') GROUP BY ALL)
         SELECT name, event_type, total, visitors, (SELECT count(DISTINCT visitor_id) FROM ev)
         FROM g ORDER BY total DESC, name LIMIT ",
    )
    .bind(SqlParam::Int(limit as i64));
    Ok(store
        .query(q.finish())
        .await?
        .into_iter()
        .map(|r| TrackedGoal {
            name: r[0].as_str().to_string(),
            event_type: r[1].as_str().to_string(),
            total: r[2].as_i64(),
            visitors: r[3].as_i64(),
            all_visitors: r[4].as_i64(),
        })
        .collect())
}
