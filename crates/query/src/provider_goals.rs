//! The automatic goals payment providers' subscription events produced (`provider_goals`),
//! linked to visitors the way payments are: the goal's own visitor (provider metadata), else
//! the visitor of the same provider customer's attributed payments, else of the attributed
//! payments with the same customer email. Resolved when read, so a lifecycle event that
//! arrives before the checkout that links its customer is attributed once that checkout is.

use datafast_core::ObjectId;
use datafast_store::sql::SqlParam;
use datafast_store::{EventStore, StoreResult};

use crate::revenue::linked_payments;
use crate::sql::Sql;

/// One lifecycle goal of a visitor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProviderGoal {
    pub name: String,
    pub timestamp_ms: i64,
    pub provider: String,
}

/// The visitor's lifecycle goals, oldest first (at most `limit`, the latest ones).
pub async fn visitor_provider_goals(
    store: &dyn EventStore,
    website_id: ObjectId,
    visitor_id: &str,
    limit: u32,
) -> StoreResult<Vec<ProviderGoal>> {
    let site = || SqlParam::Text(website_id.to_hex());
    let mut q = Sql::default();
    q.push("WITH lp AS (SELECT * FROM ");
    linked_payments(&mut q, website_id);
    q.push(
        " x WHERE linked_visitor IS NOT NULL),
         by_customer AS (SELECT provider, customer_id, arg_min(linked_visitor, ts) AS v FROM lp
                         WHERE customer_id <> '' GROUP BY provider, customer_id),
         by_email AS (SELECT customer_email, arg_min(linked_visitor, ts) AS v FROM lp
                      WHERE customer_email <> '' GROUP BY customer_email)
         SELECT * FROM (
           SELECT g.name, epoch_ms(g.ts) AS goal_at, g.provider FROM provider_goals g
           LEFT JOIN by_customer c ON g.visitor_id IS NULL AND g.customer_id <> ''
                AND c.provider = g.provider AND c.customer_id = g.customer_id
           LEFT JOIN by_email e ON g.visitor_id IS NULL AND g.customer_email <> ''
                AND e.customer_email = g.customer_email
           WHERE g.website_id = ",
    )
    .bind(site())
    .push(" AND coalesce(g.visitor_id, c.v, e.v) = ")
    .bind(SqlParam::Text(visitor_id.to_string()))
    .push("::UUID ORDER BY g.ts DESC, g.name LIMIT ")
    .bind(SqlParam::Int(limit as i64))
    .push(") ORDER BY goal_at, name");
    Ok(store
        .query(q.finish())
        .await?
        .into_iter()
        .map(|r| ProviderGoal {
            name: r[0].as_str().to_string(),
            timestamp_ms: r[1].as_i64(),
            provider: r[2].as_str().to_string(),
        })
        .collect())
}
