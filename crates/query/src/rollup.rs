//! Totals from the per-day session rollup (`day_sessions`, written by the embedded store for
//! closed UTC days) merged with the raw events of every other day in range, in one statement
//! (one snapshot, so a day rolled or taken back meanwhile is read one way or the other, never
//! both or neither).
//!
//! Each rollup row holds one session's aggregates over one day's events, so rows combine
//! exactly: pageviews and events add, first/last take min/max. Rows marked `whole` (no other
//! rolled day has the session) are counted as they are, unless the session also has raw events
//! in range; every other row is grouped by session with the raw part first. Only scopes
//! without filters use it: a filter can select some of a session's events and not others.

use datafast_store::sql::{Dialect, SqlParam};
use datafast_store::{EventStore, StoreResult};

use crate::sql::Sql;
use crate::{Scope, Totals};

const DAY_MS: i64 = 86_400_000;

/// None when the scope cannot use the rollup (filters, another engine): the caller reads raw.
pub(crate) async fn totals(store: &dyn EventStore, scope: &Scope) -> StoreResult<Option<Totals>> {
    if !scope.filters.is_empty() || store.dialect() != Dialect::DuckDb {
        return Ok(None);
    }
    let site = || SqlParam::Text(scope.website_id.to_hex());
    let mut q = Sql::default();
    // rd: rolled days wholly inside the range.
    q.push("WITH rd AS (SELECT day FROM rolled_days WHERE website_id = ").bind(site());
    if let Some(r) = scope.range {
        let first_full = (r.start_ms + DAY_MS - 1).div_euclid(DAY_MS) * DAY_MS;
        let end_full = r.end_ms.div_euclid(DAY_MS) * DAY_MS;
        if first_full >= end_full {
            return Ok(None);
        }
        q.push(" AND day >= CAST(").bind(SqlParam::TimestampMs(first_full)).push(" AS DATE)");
        q.push(" AND day < CAST(").bind(SqlParam::TimestampMs(end_full)).push(" AS DATE)");
    }
    q.push("), d AS (SELECT * FROM day_sessions WHERE website_id = ").bind(site());
    q.push(
        " AND day IN (SELECT day FROM rd)), raw AS (SELECT session_id, any_value(visitor_id) AS visitor_id,
             min(ts) AS first_ts, max(ts) AS last_ts, count(*) FILTER (WHERE kind = 'pageview') AS pageviews,
             count(*) AS events FROM events WHERE ",
    );
    crate::site_and_range(&mut q, scope, "");
    q.push(
        " AND CAST(ts AS DATE) NOT IN (SELECT day FROM rd) GROUP BY session_id),
         split AS (SELECT session_id, visitor_id, first_ts, last_ts, pageviews, events FROM d
                   WHERE NOT whole OR session_id IN (SELECT session_id FROM raw)
                   UNION ALL SELECT * FROM raw),
         s AS (SELECT any_value(visitor_id) AS v, sum(pageviews) AS pv, sum(events) AS n,
                      epoch_ms(max(last_ts)) - epoch_ms(min(first_ts)) AS dur FROM split GROUP BY session_id
               UNION ALL
               SELECT visitor_id, pageviews, events, epoch_ms(last_ts) - epoch_ms(first_ts) FROM d
               WHERE whole AND session_id NOT IN (SELECT session_id FROM raw))
         SELECT count(DISTINCT v), count(*), coalesce(sum(pv), 0), count(*) FILTER (WHERE pv = 1 AND n = 1),
                count(*) FILTER (WHERE pv > 0), coalesce(avg(dur), 0) FROM s",
    );
    Ok(Some(Totals::from_first_row(&store.query(q.finish()).await?)))
}
