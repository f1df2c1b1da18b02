//! The analytics query planner. A typed `Scope` (website, time range, filters) and the thing
//! asked for (totals, a timeseries, a breakdown) become one SQL statement for the store's
//! dialect, with every user-supplied value bound as a parameter; rows come back as metrics.
//!
//! Metric definitions (docs/metrics.md), used by every endpoint so totals and breakdowns agree:
//! visitors = distinct visitor ids; sessions = distinct session ids; a bounce is a session with
//! one pageview and no other event; session duration = last event − first event of a session
//! within the range, in milliseconds, averaged over sessions. Revenue: see `revenue.rs` for
//! the attribution rule every endpoint shares.

mod bot_traffic;
mod funnel;
mod provider_goals;
mod revenue;
mod rollup;
mod server_side;
mod snapshot;
mod sql;
mod tracked_goals;

pub use bot_traffic::{
    bot_buckets, bot_crawlers, bot_page_count, bot_pages, bot_usage, BotScope, CrawlerHits, PageHits,
};
pub use funnel::funnel;
pub use provider_goals::{visitor_provider_goals, ProviderGoal};
pub use tracked_goals::{tracked_goals, TrackedGoal};

pub use revenue::{
    customers, recent_payments, refresh_payment_credit, revenue_buckets, revenue_buckets_and_totals, revenue_totals,
    visitor_payments, PaymentRow, Revenue,
};
pub use server_side::{identity_events, latest_pageview};

use std::sync::{Arc, Mutex};

use datafast_core::country;
use datafast_core::query::{Bucket, Dimension, Filter, Interval, Operator, Paging, TimeRange};
use datafast_core::ObjectId;
use datafast_store::sql::{Row, SqlParam, SqlQuery, SqlValue};
use datafast_store::{
    EventStore, StoreResult, VisitorDayRollup, CAMPAIGN_COLUMNS, GOALS_PER_VISITOR_DAY, PAGES_PER_VISITOR_DAY,
    PREVIOUS_LAST_EVENTS,
};

use crate::sql::Sql;

/// What a query looks at: one website, an optional time range, AND'ed filters.
#[derive(Debug, Clone)]
pub struct Scope {
    pub website_id: ObjectId,
    pub range: Option<TimeRange>,
    pub filters: Vec<Filter>,
}

/// Event-level column of a filter dimension (None: the dimension selects visitors).
fn column(d: Dimension) -> Option<&'static str> {
    Some(match d {
        Dimension::Country => "country",
        Dimension::Region => "region",
        Dimension::City => "city",
        Dimension::Device => "device",
        Dimension::Browser => "browser",
        Dimension::Os => "os",
        Dimension::Ref => "ref_param",
        Dimension::Source => "source_param",
        Dimension::Via => "via_param",
        Dimension::UtmSource => "utm_source",
        Dimension::UtmMedium => "utm_medium",
        Dimension::UtmCampaign => "utm_campaign",
        Dimension::UtmTerm => "utm_term",
        Dimension::UtmContent => "utm_content",
        Dimension::Hostname => "hostname",
        Dimension::EntryPage => "entry_path",
        Dimension::VisitCount => "visit_number",
        Dimension::Channel => "channel",
        Dimension::Referrer | Dimension::Page | Dimension::Goal => return None,
    })
}

/// `website_id = ? AND ts in range`, for the events table under any alias.
pub(crate) fn site_and_range(q: &mut Sql, scope: &Scope, alias: &str) {
    q.push(&format!("{alias}website_id = ")).bind(SqlParam::Text(scope.website_id.to_hex()));
    if let Some(r) = scope.range {
        q.push(&format!(" AND {alias}ts >= ")).bind(SqlParam::TimestampMs(r.start_ms));
        q.push(&format!(" AND {alias}ts < ")).bind(SqlParam::TimestampMs(r.end_ms));
    }
}

/// One filter as a boolean SQL condition on an `events` row.
pub(crate) fn condition(q: &mut Sql, scope: &Scope, f: &Filter) {
    let negate = matches!(f.operator, Operator::IsNot | Operator::DoesNotContain);
    if negate {
        q.push("NOT ");
    }
    q.push("(");
    match f.dimension {
        Dimension::Page | Dimension::Goal => {
            // Visitors who viewed a matching page / completed the goal within the range.
            q.push("visitor_id IN (SELECT visitor_id FROM events WHERE ");
            site_and_range(q, scope, "");
            if f.dimension == Dimension::Page {
                q.push(" AND kind = 'pageview' AND (");
                any_of(q, "pathname", f);
            } else {
                q.push(" AND kind = 'goal' AND (");
                any_of(q, "goal_name", f);
            }
            q.push("))");
        }
        Dimension::Referrer => {
            let mut first = true;
            for v in &f.values {
                if !first {
                    q.push(" OR ");
                }
                first = false;
                if v.eq_ignore_ascii_case("Direct/None") || v.eq_ignore_ascii_case("direct") {
                    q.push("referrer_domain = ''");
                } else {
                    let v = v.trim_start_matches("www.").to_lowercase();
                    q.push("lower(referrer_name) = ").bind(SqlParam::Text(v.clone()));
                    q.push(" OR referrer_domain = ").bind(SqlParam::Text(v));
                }
            }
        }
        Dimension::Country => {
            let codes: Vec<String> =
                f.values.iter().map(|v| country::code(v).map(String::from).unwrap_or_else(|| v.clone())).collect();
            q.push("country IN (");
            list(q, codes.into_iter().map(SqlParam::Text));
            q.push(")");
        }
        Dimension::Browser => {
            // "Safari" also matches "Mobile Safari".
            q.push("lower(browser) IN (");
            list(q, f.values.iter().map(|v| SqlParam::Text(v.to_lowercase())));
            q.push(") OR lower(browser) IN (");
            list(q, f.values.iter().map(|v| SqlParam::Text(format!("mobile {}", v.to_lowercase()))));
            q.push(")");
        }
        Dimension::VisitCount => {
            let op = match f.operator {
                Operator::Gte => ">=",
                Operator::Lte => "<=",
                _ => "=",
            };
            let mut first = true;
            for v in &f.values {
                if !first {
                    q.push(" OR ");
                }
                first = false;
                q.push(&format!("visit_number {op} ")).bind(SqlParam::Int(v.parse().unwrap_or(0)));
            }
        }
        d => any_of(q, column(d).expect("event-level dimension"), f),
    }
    q.push(")");
}

/// `col` equal to (case-insensitively) or containing any of the filter's values.
fn any_of(q: &mut Sql, col: &str, f: &Filter) {
    match f.operator {
        Operator::Contains | Operator::DoesNotContain => {
            let mut first = true;
            for v in &f.values {
                if !first {
                    q.push(" OR ");
                }
                first = false;
                q.push(&format!("contains(lower({col}), ")).bind(SqlParam::Text(v.to_lowercase())).push(")");
            }
        }
        _ => {
            q.push(&format!("lower({col}) IN ("));
            list(q, f.values.iter().map(|v| SqlParam::Text(v.to_lowercase())));
            q.push(")");
        }
    }
}

fn list(q: &mut Sql, values: impl Iterator<Item = SqlParam>) {
    let mut first = true;
    for v in values {
        if !first {
            q.push(", ");
        }
        first = false;
        q.bind(v);
    }
}

/// `ev AS (…)`: the scope's events, filters applied. DuckDB materializes a CTE read more than
/// once, which pays when the readers scan the same rows (a breakdown and its totals).
fn events_cte(q: &mut Sql, scope: &Scope) {
    scoped_events(q, scope, "ev AS (");
}

/// `ev AS NOT MATERIALIZED (…)`: for queries whose readers each want a small, different part
/// of the scope (funnel steps): materialized, every column of every event in scope is copied
/// before the first aggregate; inlined, each reader scans only its columns with its own
/// filters pushed into the scan (a 3-step funnel over 30 days of a 10 M-event site: 173 →
/// 118 ms, the hand-written SQL's time).
fn events_cte_inlined(q: &mut Sql, scope: &Scope) {
    scoped_events(q, scope, "ev AS NOT MATERIALIZED (");
}

fn scoped_events(q: &mut Sql, scope: &Scope, opening: &str) {
    q.push(opening).push("SELECT * FROM events WHERE ");
    scoped_where(q, scope);
    q.push(")");
}

/// The condition selecting the scope's events (website, range, filters), for a statement
/// that reads them once: written into its own `WHERE`, the scan reads only the columns the
/// aggregate needs, where an `ev` CTE cost a fifth more even when read once (pages of a
/// 30-day, one-country scope at 10 M events: 167 ms through `ev`, 136 ms direct).
pub(crate) fn scoped_where(q: &mut Sql, scope: &Scope) {
    site_and_range(q, scope, "");
    for f in &scope.filters {
        q.push(" AND ");
        condition(q, scope, f);
    }
}

/// The headline numbers of a scope.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Totals {
    pub visitors: i64,
    pub sessions: i64,
    pub pageviews: i64,
    /// Sessions with exactly one pageview and no other event.
    pub bounces: i64,
    /// Sessions with at least one pageview (the bounce rate's denominator).
    pub viewed_sessions: i64,
    /// Mean of (last − first event) per session, milliseconds.
    pub avg_session_duration_ms: f64,
}

impl Totals {
    /// From a statement answering (visitors, sessions, pageviews, bounces, viewed sessions,
    /// mean duration in ms) in one row.
    pub(crate) fn from_first_row(rows: &[Row]) -> Totals {
        let r = rows.first().cloned().unwrap_or_default();
        let get = |i: usize| r.get(i).map(|v| v.as_i64()).unwrap_or(0);
        Totals {
            visitors: get(0),
            sessions: get(1),
            pageviews: get(2),
            bounces: get(3),
            viewed_sessions: get(4),
            avg_session_duration_ms: r.get(5).map(|v| v.as_f64()).unwrap_or(0.0),
        }
    }

    /// Percentage, 0–100, two decimals.
    pub fn bounce_rate(&self) -> f64 {
        if self.viewed_sessions == 0 {
            0.0
        } else {
            round2(self.bounces as f64 * 100.0 / self.viewed_sessions as f64)
        }
    }
}

pub fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

/// The headline numbers of a scope: from the per-day session rollup for the whole days the
/// engine has rolled, from the events otherwise (the same answer either way).
pub async fn totals(store: &dyn EventStore, scope: &Scope) -> StoreResult<Totals> {
    match rollup::totals(store, scope).await? {
        Some(t) => Ok(t),
        None => totals_from_events(store, scope).await,
    }
}

/// `totals` computed from the events alone.
pub async fn totals_from_events(store: &dyn EventStore, scope: &Scope) -> StoreResult<Totals> {
    let mut q = Sql::default();
    q.push("WITH ");
    events_cte(&mut q, scope);
    q.push(
        ", s AS (SELECT count(*) FILTER (WHERE kind = 'pageview') AS pv, count(*) AS n,
                        date_diff('millisecond', min(ts), max(ts)) AS dur
                 FROM ev GROUP BY session_id)
         SELECT (SELECT count(DISTINCT visitor_id) FROM ev),
                (SELECT count(*) FROM s),
                (SELECT coalesce(sum(pv), 0) FROM s),
                (SELECT count(*) FROM s WHERE pv = 1 AND n = 1),
                (SELECT count(*) FROM s WHERE pv > 0),
                (SELECT coalesce(avg(dur), 0) FROM s)",
    );
    Ok(Totals::from_first_row(&store.query(q.finish()).await?))
}

/// Distinct visitors and sessions of a scope: the totals a timeseries reports when its page
/// of buckets is not the whole range. From the rollup like the overview's where it has the
/// scope's days: counting distinct ids over the events read every event of the scope (the
/// first page of an all-time chart by week at 10 M events: 0.7 s of its 0.72).
pub async fn visitors_and_sessions(store: &dyn EventStore, scope: &Scope) -> StoreResult<(i64, i64)> {
    if let Some(t) = rollup::totals(store, scope).await? {
        return Ok((t.visitors, t.sessions));
    }
    let mut q = Sql::default();
    q.push("SELECT count(DISTINCT visitor_id), count(DISTINCT session_id) FROM events WHERE ");
    scoped_where(&mut q, scope);
    let rows = store.query(q.finish()).await?;
    Ok(rows.first().map(|r| (r[0].as_i64(), r[1].as_i64())).unwrap_or((0, 0)))
}

/// How a timeseries turns events into buckets: the interval, the zone's offset segments over
/// the range (`range::offset_segments`) and each bucket's key (`range::bucket_keys`).
#[derive(Debug, Clone)]
pub struct BucketPlan<'a> {
    pub interval: Interval,
    /// Whether sessions are wanted: counting distinct sessions is a third of the query's
    /// cost, and a chart of visitors and revenue does not show them (they come back as 0).
    pub sessions: bool,
    pub segments: &'a [(i64, i64)],
    pub keys: &'a [i64],
}

/// The zone's offset at each instant of `column`, as a CASE over the offset segments.
fn offset_expr(q: &mut Sql, segments: &[(i64, i64)], column: &str) {
    match segments {
        [] => {
            q.push("0");
        }
        [(_, only)] => {
            q.bind(SqlParam::Int(*only));
        }
        [first, rest @ ..] => {
            q.push("CASE");
            let mut current = first.1;
            for (from, offset) in rest {
                q.push(&format!(" WHEN {column} < "))
                    .bind(SqlParam::TimestampMs(*from))
                    .push(" THEN ")
                    .bind(SqlParam::Int(current));
                current = *offset;
            }
            q.push(" ELSE ").bind(SqlParam::Int(current)).push(" END");
        }
    }
}

/// The bucket key of an instant `ts`, as BIGINT milliseconds: the start of its local hour (as
/// an instant), or of its local day, week (Monday) or month as local clock time read as UTC —
/// `range::bucket_keys`' keys. Integer arithmetic on the microseconds (and for months, the
/// day of the month of the local day): `date_trunc` and `epoch_ms` per row made the 30-day
/// chart's buckets at 10 M events ~2× slower (117 → 56 ms for the rollup's rows).
pub(crate) fn bucket_of(q: &mut Sql, interval: Interval, segments: &[(i64, i64)]) {
    bucket_of_column(q, interval, segments, "ts");
}

/// Local time in microseconds since the epoch, shifted by SHIFT_DAYS days so that integer
/// division (which truncates toward zero) floors for instants before 1970 too; SHIFT_DAYS is
/// a multiple of 7, so the shift keeps weekdays.
const SHIFT_DAYS: i64 = 7_000_000;
const DAY_US: i64 = 86_400_000_000;

fn shifted_us(q: &mut Sql, segments: &[(i64, i64)], column: &str) {
    q.push(&format!("(epoch_us({column}) + {} + 1000 * (", SHIFT_DAYS * DAY_US));
    offset_expr(q, segments, column);
    q.push("))");
}

/// The local day of an instant column, as days since 1970-01-01 (floored).
fn local_day(q: &mut Sql, segments: &[(i64, i64)], column: &str) {
    q.push("(");
    shifted_us(q, segments, column);
    q.push(&format!(" // {DAY_US} - {SHIFT_DAYS})"));
}

/// The key of the day, week or month holding a local day (`day` writes the day number).
fn day_key(q: &mut Sql, interval: Interval, day: &dyn Fn(&mut Sql)) {
    match interval {
        Interval::Hour => unreachable!("an hour is no whole number of days"),
        Interval::Day => {
            q.push("(");
            day(q);
            q.push(" * 86400000)");
        }
        Interval::Week => {
            // Day 0 (1970-01-01) was a Thursday: a day's Monday is (day + 3) % 7 days before
            // (shifted to stay positive).
            q.push("((");
            day(q);
            q.push(" - (");
            day(q);
            q.push(&format!(" + {}) % 7) * 86400000)", SHIFT_DAYS + 3));
        }
        Interval::Month => {
            // The local day less its day of the month: `day()` of a DATE built from the day
            // number costs a third of `date_trunc('month', …)` on the timestamp, which made
            // the all-time chart by month at 100 M events several times slower than by day.
            q.push("((");
            day(q);
            q.push(" + 1 - day(DATE '1970-01-01' + CAST(");
            day(q);
            q.push(" AS INTEGER))) * 86400000)");
        }
    }
}

/// `bucket_of` an instant column other than `ts`.
fn bucket_of_column(q: &mut Sql, interval: Interval, segments: &[(i64, i64)], column: &str) {
    match interval {
        Interval::Hour => {
            q.push("((");
            shifted_us(q, segments, column);
            q.push(&format!(" // 3600000000 - {}) * 3600000 - (", 24 * SHIFT_DAYS));
            offset_expr(q, segments, column);
            q.push("))");
        }
        _ => day_key(q, interval, &|q| local_day(q, segments, column)),
    }
}

/// Visitors and sessions per bucket (same order as `buckets`), each bucket clipped to the
/// scope's range. Events are bucketed on the zone's local clock (`bucket_of`: integer
/// arithmetic on the local time), which costs no more than truncating UTC timestamps.
pub async fn timeseries(
    store: &dyn EventStore,
    scope: &Scope,
    buckets: &[Bucket],
    plan: BucketPlan<'_>,
) -> StoreResult<Timeseries> {
    if buckets.is_empty() {
        let totals = visitors_and_sessions(store, scope).await?;
        return Ok(Timeseries { buckets: Vec::new(), totals });
    }
    let first = buckets[0].start_ms;
    let last = buckets[buckets.len() - 1].end_ms;
    let clipped = match scope.range {
        Some(r) => TimeRange { start_ms: r.start_ms.max(first), end_ms: r.end_ms.min(last) },
        None => TimeRange { start_ms: first, end_ms: last },
    };
    let mut out = vec![(0, 0); buckets.len()];
    if clipped.start_ms >= clipped.end_ms {
        let totals = visitors_and_sessions(store, scope).await?;
        return Ok(Timeseries { buckets: out, totals });
    }
    let original_range = scope.range.unwrap_or(clipped);
    // When the page of buckets covers the whole range, one scan yields buckets and totals.
    let whole = scope.range.is_some_and(|r| r == clipped);
    let scope = Scope { range: Some(clipped), ..scope.clone() };
    // Days, weeks and months from the rollup where it has the range's days (an hour is
    // shorter than the rollup's rows).
    let rolled = if plan.interval != Interval::Hour { rollup::span(store, &scope) } else { None };
    let statement = TimeseriesStatement {
        scope: scope.clone(),
        interval: plan.interval,
        sessions: plan.sessions,
        segments: plan.segments.to_vec(),
        totals: whole,
    };
    let rows = snapshot::read(store, &scope, rolled, false, move |snap| statement.sql(snap)).await?;
    let index: std::collections::HashMap<i64, usize> = plan.keys.iter().enumerate().map(|(i, k)| (*k, i)).collect();
    let mut totals = None;
    for r in rows {
        if r[0].is_null() {
            totals = Some((r[1].as_i64(), r[2].as_i64()));
        } else if let Some(&i) = index.get(&r[0].as_i64()) {
            out[i] = (r[1].as_i64(), r[2].as_i64());
        }
    }
    let totals = match totals {
        Some(t) => t,
        None if whole => (0, 0),
        None => visitors_and_sessions(store, &Scope { range: Some(original_range), ..scope.clone() }).await?,
    };
    Ok(Timeseries { buckets: out, totals })
}

/// Everything a timeseries statement is written from (owned: with the rollup, it is written
/// inside the store's snapshot).
struct TimeseriesStatement {
    scope: Scope,
    interval: Interval,
    sessions: bool,
    segments: Vec<(i64, i64)>,
    /// Whether the statement also yields the totals (a NULL bucket).
    totals: bool,
}

impl TimeseriesStatement {
    /// Distinct visitors (and sessions) per bucket of `u`, one row per (bucket, visitor,
    /// session) that has an event of the scope. From the rollup, a row (one session's events
    /// of one UTC day sharing their dimensions) stands for the buckets of its first and last
    /// events: a UTC day is 24 hours, so the row's events touch at most two local days (or
    /// weeks, or months), and both have an event. Only a local day shorter than 24 hours (the
    /// day clocks go forward) can lie between them; on such a range, the events of rows that
    /// span more than two local days are read as well (more units of the same events change
    /// no distinct count).
    fn sql(&self, snap: snapshot::Snapshot) -> datafast_store::sql::SqlQuery {
        let (scope, interval, segments) = (&self.scope, self.interval, &self.segments[..]);
        let mut q = Sql::default();
        q.push("WITH ");
        // A clock change can put a local day shorter than 24 hours inside a row's UTC day:
        // such rows touch a bucket between those of their first and last events.
        let clock_change = interval == Interval::Day && segments.len() > 1;
        match snap.rollup {
            Some(plan) if plan.previous_rows_hold(scope) && !clock_change => {
                self.counted_rows(&mut q, plan);
                return q.finish();
            }
            Some(plan) => {
                rollup::rolled_ctes(&mut q, scope, plan, true);
                q.push(", r AS (SELECT visitor_id, session_id, ");
                bucket_of_column(&mut q, interval, segments, "first_ts");
                q.push(" AS b1, ");
                bucket_of_column(&mut q, interval, segments, "last_ts");
                q.push(
                    " AS b2 FROM d),
                     u AS (SELECT b1 AS b, visitor_id, session_id FROM r
                           UNION ALL SELECT b2, visitor_id, session_id FROM r WHERE b2 <> b1
                           UNION ALL SELECT ",
                );
                bucket_of(&mut q, interval, segments);
                q.push(", visitor_id, session_id FROM ");
                rollup::raw_events(&mut q, scope, plan, "ts, visitor_id, session_id");
                if clock_change {
                    q.push(" UNION ALL SELECT ");
                    bucket_of(&mut q, interval, segments);
                    q.push(" AS b, visitor_id, session_id FROM events WHERE ");
                    scoped_where(&mut q, scope);
                    q.push(" AND session_id IN (SELECT session_id FROM r WHERE b2 - b1 > 86400000)");
                }
                q.push(")");
            }
            None => {
                q.push("u AS (SELECT ");
                bucket_of(&mut q, interval, segments);
                q.push(" AS b, visitor_id, session_id FROM events WHERE ");
                scoped_where(&mut q, scope);
                q.push(")");
            }
        }
        q.push(if self.sessions {
            " SELECT b, count(DISTINCT visitor_id), count(DISTINCT session_id) FROM u GROUP BY "
        } else {
            " SELECT b, count(DISTINCT visitor_id), 0 FROM u GROUP BY "
        });
        q.push(if self.totals { "GROUPING SETS ((b), ())" } else { "b" });
        q.finish()
    }
}

impl TimeseriesStatement {
    /// Without filters, from the rollup without hashing ids: a row counts its visitor (and
    /// session) in the bucket of its first event and in that of its last when no earlier row
    /// of the same visitor (session) in the span reaches into that bucket
    /// (`PREVIOUS_LAST_EVENTS`), so each (bucket, id) of the rolled days counts once; the raw
    /// rest's ids count per bucket unless the rolled rows count them there too. Totals count
    /// like the overview's visitors.
    ///
    /// The per-bucket counts read the rows' instants only (`cnt`); ids are read only from the
    /// rows that can share a bucket with a raw event (`near`: within a bucket's length of the
    /// raw rest's times). Bucketing every row with its ids into a materialised relation spilled
    /// past the memory limit at 31 M rows (the chart of a year by month: 6.8–7.0 s, 3.3 s with
    /// 4 GB).
    fn counted_rows(&self, q: &mut Sql, plan: rollup::Plan) {
        let (scope, interval, segments) = (&self.scope, self.interval, &self.segments[..]);
        // Sessions only when asked for: their columns, joins and distinct raw ids are a third
        // of the statement (the dashboard's chart shows visitors and revenue).
        let sessions = self.sessions;
        rollup::rolled_ctes(q, scope, plan, true);
        // Rows are one UTC day each: on a clock that is whole days off UTC, none crosses a
        // local midnight, so none has a second bucket.
        let whole_days_off_utc = segments.iter().all(|(_, offset)| offset % 86_400_000 == 0);
        // The rows' buckets (b1, b2: of their first and last events, from their local days d1
        // and d2, b2 computed only where the days differ) and the local clock time of their
        // previous rows' last events (vb, sb), with `ids` in front; `near` keeps the rows
        // within `reach` of those intervals.
        let bucketed = |q: &mut Sql, ids: &str, near: Option<(&[(i64, i64)], i64)>| {
            let previous = if sessions { ", vb, sb" } else { ", vb" };
            q.push(&format!("SELECT {ids}b1, "));
            if whole_days_off_utc {
                q.push("b1 AS b2");
            } else {
                q.push("CASE WHEN d2 = d1 THEN b1 ELSE ");
                day_key(q, interval, &|q| {
                    q.push("d2");
                });
                q.push(" END AS b2");
            }
            q.push(&format!("{previous} FROM (SELECT {ids}d1, d2, "));
            day_key(q, interval, &|q| {
                q.push("d1");
            });
            q.push(&format!(" AS b1{previous} FROM (SELECT {ids}"));
            local_day(q, segments, "first_ts");
            q.push(" AS d1, ");
            match whole_days_off_utc {
                true => q.push("NULL AS d2, "),
                false => {
                    local_day(q, segments, "last_ts");
                    q.push(" AS d2, ")
                }
            };
            // An earlier row reaches into a bucket when its last event's local clock time is
            // at or past the bucket's key (a day's, week's or month's local start): comparing
            // the clock time with the key spares bucketing it.
            let mut clocks = vec![("vl", "vb")];
            if sessions {
                clocks.push(("sl", "sb"));
            }
            for (i, (column, alias)) in clocks.into_iter().enumerate() {
                q.push(&format!("{}(epoch_ms({column}) + ", if i > 0 { ", " } else { "" }));
                offset_expr(q, segments, column);
                q.push(&format!(") AS {alias}"));
            }
            q.push(&format!(" FROM (SELECT {ids}first_ts, last_ts, "));
            plan.within_span(q, "prev_last_ts");
            q.push(" AS vl");
            if sessions {
                q.push(", ");
                plan.within_span(q, "prev_session_last_ts");
                q.push(" AS sl");
            }
            q.push(" FROM d");
            if let Some((intervals, reach)) = near {
                for (i, (from, to)) in intervals.iter().enumerate() {
                    q.push(if i == 0 { " WHERE (" } else { " OR (" });
                    q.push("last_ts >= ").bind(SqlParam::TimestampMs(from - reach));
                    q.push(" AND first_ts < ").bind(SqlParam::TimestampMs(to + reach)).push(")");
                }
            }
            q.push(")))");
        };
        // Visitors (and sessions) a row counts in `bucket` when `when` holds, as `{v}` and `{s}`.
        let counted = |bucket: &str, when: &str, v: &str, s: &str| {
            let sessions = match sessions {
                true => format!("count(*) FILTER (WHERE {when}coalesce(sb < {bucket}, TRUE))"),
                false => "0".to_string(),
            };
            format!("count(*) FILTER (WHERE {when}coalesce(vb < {bucket}, TRUE)) AS {v}, {sessions} AS {s}")
        };
        // The range's totals in the same pass: rows without an earlier row in the span (their
        // previous last event's clock time is NULL) count their id once (`first_in_span_ts`).
        let firsts = match sessions {
            true => "count(*) FILTER (WHERE vb IS NULL) AS tv, count(*) FILTER (WHERE sb IS NULL) AS ts",
            false => "count(*) FILTER (WHERE vb IS NULL) AS tv, 0 AS ts",
        };
        // One pass over the rows: counted per pair of buckets (few), then per bucket.
        q.push(", rb AS NOT MATERIALIZED (");
        bucketed(q, "", None);
        let counts = if whole_days_off_utc {
            q.push(&format!(
                "), cnt AS (SELECT b1 AS b, {}, {firsts} FROM rb GROUP BY b1)",
                counted("b1", "", "v", "s")
            ));
            "cnt"
        } else {
            q.push(&format!(
                "), pairs AS (SELECT b1, b2, {}, {}, {firsts} FROM rb GROUP BY b1, b2),
                 cnt AS (SELECT b1 AS b, sum(v1) AS v, sum(s1) AS s FROM pairs GROUP BY b1
                         UNION ALL SELECT b2, sum(v2), sum(s2) FROM pairs WHERE b2 <> b1 GROUP BY b2)",
                counted("b1", "", "v1", "s1"),
                counted("b2", "b2 <> b1 AND ", "v2", "s2")
            ));
            "pairs"
        };
        let raw = plan.raw_intervals(scope);
        let wanted = if sessions { PREVIOUS_LAST_EVENTS.len() } else { 1 };
        if raw.is_empty() {
            q.push(" SELECT b, sum(v)::BIGINT, sum(s)::BIGINT FROM cnt GROUP BY b");
            if self.totals {
                q.push(&format!(" UNION ALL SELECT NULL, sum(tv)::BIGINT, sum(ts)::BIGINT FROM {counts}"));
            }
            return;
        }
        // A row shares a bucket with a raw event only if one of its instants is within a
        // bucket's length of it (a month and a day covers any zone's offset and DST).
        let reach = match interval {
            Interval::Hour => unreachable!("a chart by hour reads events (`timeseries`)"),
            Interval::Day => 2 * 86_400_000,
            Interval::Week => 8 * 86_400_000,
            Interval::Month => 33 * 86_400_000,
        };
        let ids = if sessions { "visitor_id, session_id, " } else { "visitor_id, " };
        q.push(", near AS MATERIALIZED (");
        bucketed(q, ids, Some((&raw, reach)));
        let (ru, per) = if sessions {
            (
                "ru AS (SELECT b1 AS b, visitor_id, session_id, coalesce(vb < b1, TRUE) AS vf, coalesce(sb < b1, TRUE) AS sf FROM near
                        UNION ALL
                        SELECT b2, visitor_id, session_id, coalesce(vb < b2, TRUE), coalesce(sb < b2, TRUE) FROM near WHERE b2 <> b1)",
                "wv AS (SELECT DISTINCT b, visitor_id FROM rw), ws AS (SELECT DISTINCT b, session_id FROM rw),
                 per AS (SELECT b, v, s FROM cnt
                         UNION ALL SELECT b, count(*), 0 FROM wv GROUP BY b
                         UNION ALL SELECT b, 0, count(*) FROM ws GROUP BY b
                         UNION ALL SELECT b, -count(*), 0 FROM wv
                                   JOIN (SELECT b, visitor_id FROM ru WHERE vf AND b IN (SELECT b FROM wv)) USING (b, visitor_id)
                                   GROUP BY b
                         UNION ALL SELECT b, 0, -count(*) FROM ws
                                   JOIN (SELECT b, session_id FROM ru WHERE sf AND b IN (SELECT b FROM ws)) USING (b, session_id)
                                   GROUP BY b)",
            )
        } else {
            (
                "ru AS (SELECT b1 AS b, visitor_id, coalesce(vb < b1, TRUE) AS vf FROM near
                        UNION ALL
                        SELECT b2, visitor_id, coalesce(vb < b2, TRUE) FROM near WHERE b2 <> b1)",
                "wv AS (SELECT DISTINCT b, visitor_id FROM rw),
                 per AS (SELECT b, v, s FROM cnt
                         UNION ALL SELECT b, count(*), 0 FROM wv GROUP BY b
                         UNION ALL SELECT b, -count(*), 0 FROM wv
                                   JOIN (SELECT b, visitor_id FROM ru WHERE vf AND b IN (SELECT b FROM wv)) USING (b, visitor_id)
                                   GROUP BY b)",
            )
        };
        q.push(&format!("), {ru}, rw AS MATERIALIZED (SELECT "));
        bucket_of(q, interval, segments);
        q.push(" AS b, visitor_id, session_id FROM ");
        rollup::raw_events(q, scope, plan, "ts, visitor_id, session_id");
        q.push(&format!("), {per} SELECT b, sum(v)::BIGINT, sum(s)::BIGINT FROM per GROUP BY b"));
        if self.totals {
            // The overview's count: ids on their first row in the span, and the raw rest's
            // unless counted there.
            q.push(" UNION ALL SELECT NULL");
            for (column, id) in &PREVIOUS_LAST_EVENTS[..wanted] {
                q.push(", ");
                rollup::ids_counted_once(q, None, |q| plan.first_in_span_ts(q, column), id, "rw");
            }
            if !sessions {
                q.push(", 0");
            }
        }
    }
}

/// Per-bucket (visitors, sessions) and the range's totals.
#[derive(Debug, Clone, PartialEq)]
pub struct Timeseries {
    pub buckets: Vec<(i64, i64)>,
    pub totals: (i64, i64),
}

/// What a breakdown groups by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Breakdown {
    Pages,
    Referrers,
    Countries,
    Regions,
    Cities,
    Devices,
    Browsers,
    OperatingSystems,
    Hostnames,
    Campaigns,
    ExitClicks,
    Goals,
    /// Channels (Direct, Organic Search, …) and entry pages: datafast extensions for the
    /// dashboard (DataFast's API has no such endpoints).
    Channels,
    EntryPages,
}

impl Breakdown {
    /// The grouping keys as SQL expressions over `ev`, and the row condition.
    fn keys(self) -> (&'static [&'static str], &'static str) {
        match self {
            Breakdown::Pages => (&["hostname", "pathname"], "kind = 'pageview'"),
            Breakdown::Referrers => (&["referrer_name"], "TRUE"),
            Breakdown::Countries => (&["country"], "TRUE"),
            Breakdown::Regions => (&["region"], "TRUE"),
            Breakdown::Cities => (&["city"], "TRUE"),
            Breakdown::Devices => (&["device"], "TRUE"),
            Breakdown::Browsers => (&["browser"], "TRUE"),
            Breakdown::OperatingSystems => (&["os"], "TRUE"),
            Breakdown::Hostnames => (&["hostname"], "TRUE"),
            Breakdown::Campaigns => (
                CAMPAIGN_COLUMNS,
                "(utm_source <> '' OR utm_medium <> '' OR utm_campaign <> '' OR utm_term <> '' OR utm_content <> ''
                  OR ref_param <> '' OR source_param <> '' OR via_param <> '')",
            ),
            Breakdown::ExitClicks => {
                // Property values are stored without quotes (`url` as a serialized http(s) URL
                // with nothing JSON escapes, see `url_value` in the ingest pipeline), so a
                // pattern reads them without the JSON extension, which the embedded engine is
                // built without.
                (&[r#"regexp_extract(properties, '"url":"([^"]*)"', 1)"#], "kind = 'external_link'")
            }
            Breakdown::Goals => (&["goal_name"], "kind = 'goal'"),
            Breakdown::Channels => (&["channel"], "TRUE"),
            // The session's landing pageview; payments carry their session's entry page as
            // `pathname`, so the same key reads both.
            Breakdown::EntryPages => (&["hostname", "pathname"], "kind = 'pageview' AND pathname = entry_path"),
        }
    }
}

/// One breakdown row: its key values (in `Breakdown::keys` order), unique visitors, events,
/// and the revenue credited to it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BreakdownRow {
    pub keys: Vec<String>,
    pub visitors: i64,
    pub events: i64,
    pub revenue: Revenue,
}

impl Breakdown {
    /// Whether the keys and the row condition read only `ROLLUP_DIMENSIONS` (plain columns
    /// that the per-day session rollup keeps), so that its rows can stand for the events.
    fn session_level(self) -> bool {
        matches!(
            self,
            Breakdown::Referrers
                | Breakdown::Countries
                | Breakdown::Regions
                | Breakdown::Cities
                | Breakdown::Devices
                | Breakdown::Browsers
                | Breakdown::OperatingSystems
                | Breakdown::Hostnames
                | Breakdown::Campaigns
                | Breakdown::Channels
        )
    }

    /// The per-day rollup of the breakdown's events per visitor and keys, if the store keeps
    /// one: it answers without filters (it keeps no dimension a filter reads).
    fn visitor_days(self) -> Option<&'static VisitorDayRollup> {
        match self {
            Breakdown::Pages => Some(&PAGES_PER_VISITOR_DAY),
            Breakdown::Goals => Some(&GOALS_PER_VISITOR_DAY),
            _ => None,
        }
    }

    /// Whether the rows report their events (goal completions, exit clicks); the others
    /// report visitors only and sort by them, then by their keys.
    fn reports_events(self) -> bool {
        matches!(self, Breakdown::Goals | Breakdown::ExitClicks)
    }

    /// Which payments a revenue row can hold: those whose credited session has the row's key
    /// (a landing page, a host, a campaign); None for breakdowns without revenue.
    fn payment_condition(self) -> Option<&'static str> {
        match self {
            Breakdown::Pages | Breakdown::EntryPages => Some("pathname <> ''"),
            Breakdown::Hostnames => Some("hostname <> ''"),
            Breakdown::Campaigns => Some(self.keys().1),
            Breakdown::ExitClicks | Breakdown::Goals => None,
            _ => Some("TRUE"),
        }
    }
}

/// Rows sorted by visitors (then keys), one page of them, and how many there are in all.
/// Goals sort by completions first, exit clicks by visitors then clicks. With `currency` (the website's), rows carry
/// the revenue credited to them, and rows that only have revenue (a session before the range
/// whose visitor paid within it) are listed too, so the rows' revenue adds up to the total.
pub async fn breakdown(
    store: &dyn EventStore,
    scope: &Scope,
    by: Breakdown,
    paging: Paging,
    currency: Option<&str>,
) -> StoreResult<(Vec<BreakdownRow>, i64)> {
    let n = by.keys().0.len();
    let revenue = match (currency, by.payment_condition()) {
        (Some(c), Some(pay_condition)) => Some((c.to_string(), pay_condition)),
        _ => None,
    };
    // Session-level keys come from the rollup's rows where it has the scope's days.
    // Pages without filters from the per-day pages rollup (it keeps no dimension to filter).
    let rolled = if by.session_level() || (by.visitor_days().is_some() && scope.filters.is_empty()) {
        rollup::span(store, scope)
    } else {
        None
    };
    let statement = BreakdownStatement { scope: scope.clone(), by, revenue, paging };
    let rows = statement.run(store, rolled, false).await?;
    let total = match rows.first().map(|r| r[n + 7].as_i64()) {
        Some(t) => t,
        // Past the last page: count separately so `total` stays right.
        None if paging.offset > 0 => {
            statement.run(store, rolled, true).await?.first().map(|r| r[0].as_i64()).unwrap_or(0)
        }
        None => 0,
    };
    let out = rows
        .into_iter()
        .map(|r| BreakdownRow {
            keys: r[..n].iter().map(|v| v.as_str().to_string()).collect(),
            visitors: r[n].as_i64(),
            events: r[n + 1].as_i64(),
            revenue: revenue::Revenue::from_row(&r[n + 2..n + 7]),
        })
        .collect();
    Ok((out, total))
}

/// Everything a breakdown statement is written from (owned: with the rollup, the statement is
/// written inside the store's snapshot, once the rollup's state is read).
#[derive(Clone)]
struct BreakdownStatement {
    scope: Scope,
    by: Breakdown,
    /// The website's currency and the payments' row condition, when revenue is wanted.
    revenue: Option<(String, &'static str)>,
    paging: Paging,
}

impl BreakdownStatement {
    async fn run(
        &self,
        store: &dyn EventStore,
        rolled: Option<rollup::RolledSpan>,
        count: bool,
    ) -> StoreResult<Vec<Row>> {
        let this = self.clone();
        snapshot::read(store, &self.scope, rolled, self.revenue.is_some(), move |snap| this.sql(snap, count)).await
    }

    /// The page of rows (keys, visitors, events, revenue columns, total), or with `count`
    /// the number of rows alone.
    fn sql(&self, snap: snapshot::Snapshot, count: bool) -> datafast_store::sql::SqlQuery {
        let plan = snap.rollup;
        let (scope, by) = (&self.scope, self.by);
        let (keys, condition) = by.keys();
        let aliases: Vec<String> = (1..=keys.len()).map(|i| format!("k{i}")).collect();
        let key_exprs: Vec<String> = keys.iter().zip(&aliases).map(|(k, a)| format!("{k} AS {a}")).collect();
        let key_list = aliases.join(", ");
        let mut q = Sql::default();
        q.push("WITH ");
        // From events, visitors and events per key in two steps (events per key and visitor,
        // then rows per key): `count(DISTINCT visitor_id)` beside `count(*)` in one aggregate
        // took 10–20 % longer (pages of 30 days at 10 M events: 148–164 → 123–141 ms). Rollup
        // rows are nearly one per key and visitor already, and one step is faster there.
        match (plan, by.visitor_days()) {
            (Some(plan), Some(rollup)) => rollup::visitor_days_by(&mut q, scope, plan, rollup, condition),
            (Some(plan), None) => rollup::visitors_and_events_by(&mut q, scope, plan, keys, condition),
            (None, _) if by.reports_events() => {
                q.push(&format!(
                    "g AS (SELECT {key_list}, count(*) AS visitors, sum(n)::BIGINT AS events
                           FROM (SELECT {}, visitor_id, count(*) AS n FROM events WHERE ",
                    key_exprs.join(", ")
                ));
                scoped_where(&mut q, scope);
                q.push(&format!(" AND {condition} GROUP BY ALL) GROUP BY ALL)"));
            }
            // Visitors alone: one distinct count (filtered pages of 30 days at 10 M events:
            // 220 → 162 ms; counting the events beside it is what the two steps were for).
            (None, _) => {
                q.push(&format!(
                    "g AS (SELECT {}, count(DISTINCT visitor_id) AS visitors, 0 AS events FROM events WHERE ",
                    key_exprs.join(", ")
                ));
                scoped_where(&mut q, scope);
                q.push(&format!(" AND {condition} GROUP BY ALL)"));
            }
        }
        match self.revenue.as_ref().filter(|_| snap.payments) {
            Some((currency, pay_condition)) => {
                q.push(", ");
                revenue::payments_ctes(&mut q, scope, currency, snap.credit);
                let on: Vec<String> = aliases.iter().map(|a| format!("g.{a} IS NOT DISTINCT FROM r.{a}")).collect();
                let pick: Vec<String> = aliases.iter().map(|a| format!("coalesce(g.{a}, r.{a}) AS {a}")).collect();
                q.push(&format!(
                    ", r AS (SELECT {}, {} FROM pf WHERE {pay_condition} GROUP BY ALL),
                     j AS (SELECT {}, coalesce(g.visitors, 0) AS visitors, coalesce(g.events, 0) AS events,
                                  coalesce(r.rn, 0) AS rn, coalesce(r.rr, 0) AS rr, coalesce(r.rf, 0) AS rf,
                                  coalesce(r.np, 0) AS np, coalesce(r.nc, 0) AS nc
                           FROM g FULL OUTER JOIN r ON {})",
                    key_exprs.join(", "),
                    revenue::SUMS,
                    pick.join(", "),
                    on.join(" AND ")
                ));
            }
            None => {
                q.push(&format!(
                    ", j AS (SELECT {key_list}, visitors, events, 0.0 AS rn, 0.0 AS rr, 0.0 AS rf, 0 AS np, 0 AS nc FROM g)"
                ));
            }
        }
        if count {
            q.push(" SELECT count(*) FROM j");
            return q.finish();
        }
        let order = match by {
            Breakdown::Goals => "events DESC, visitors DESC",
            Breakdown::ExitClicks => "visitors DESC, events DESC",
            _ => "visitors DESC",
        };
        q.push(&format!(
            " SELECT {key_list}, visitors, events, rn, rr, rf, np, nc, count(*) OVER () AS total FROM j
             ORDER BY {order}, {key_list} LIMIT "
        ));
        q.bind(SqlParam::Int(self.paging.limit as i64)).push(" OFFSET ").bind(SqlParam::Int(self.paging.offset as i64));
        q.finish()
    }
}

/// Visitors with a pageview since `since_ms` (the realtime count).
pub async fn active_visitors(store: &dyn EventStore, website_id: ObjectId, since_ms: i64) -> StoreResult<i64> {
    let mut q = Sql::default();
    q.push("SELECT count(DISTINCT visitor_id) FROM events WHERE website_id = ")
        .bind(SqlParam::Text(website_id.to_hex()))
        .push(" AND kind = 'pageview' AND ts >= ")
        .bind(SqlParam::TimestampMs(since_ms));
    Ok(store.query(q.finish()).await?.first().map(|r| r[0].as_i64()).unwrap_or(0))
}

/// A visitor on the realtime map: their latest pageview's attributes and their session.
#[derive(Debug, Clone, PartialEq)]
pub struct LiveVisitor {
    pub visitor_id: String,
    pub country: String,
    pub region: String,
    pub city: String,
    pub browser: String,
    pub os: String,
    pub device: String,
    pub path: String,
    pub referrer: String,
    pub session_start_ms: i64,
    pub visit_number: i64,
    /// ref, source, via, utm_source, utm_medium, utm_campaign, utm_content, utm_term.
    pub params: [String; 8],
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    /// Every identify event's properties (JSON object text), oldest first, separated by
    /// `IDENTITY_SEPARATOR`; "" when never identified. Later values win (`merge_identity`).
    pub identity: String,
}

/// Sessions longer than this are not looked back on for their start time.
const SESSION_LOOKBACK_MS: i64 = 86_400_000;

pub async fn live_visitors(
    store: &dyn EventStore,
    website_id: ObjectId,
    since_ms: i64,
    limit: u32,
) -> StoreResult<Vec<LiveVisitor>> {
    let site = || SqlParam::Text(website_id.to_hex());
    let mut q = Sql::default();
    q.push("WITH w AS (SELECT * FROM events WHERE website_id = ").bind(site());
    q.push(" AND ts >= ").bind(SqlParam::TimestampMs(since_ms));
    q.push(
        " AND kind = 'pageview'),
         r AS (SELECT * FROM w QUALIFY row_number() OVER (PARTITION BY visitor_id ORDER BY ts DESC) = 1),
         starts AS (SELECT session_id, epoch_ms(min(ts)) AS started FROM events WHERE website_id = ",
    )
    .bind(site());
    q.push(" AND ts >= ").bind(SqlParam::TimestampMs(since_ms - SESSION_LOOKBACK_MS));
    q.push(
        " AND session_id IN (SELECT session_id FROM r) GROUP BY session_id),
         ident AS (SELECT visitor_id, string_agg(properties, chr(30) ORDER BY ts) AS props FROM events WHERE website_id = ",
    )
    .bind(site());
    q.push(
        " AND kind = 'identify' AND visitor_id IN (SELECT visitor_id FROM r) GROUP BY visitor_id)
         SELECT r.visitor_id::VARCHAR, r.country, r.region, r.city, r.browser, r.os, r.device, r.pathname,
                r.referrer, coalesce(s.started, epoch_ms(r.ts)), r.visit_number, r.ref_param, r.source_param,
                r.via_param, r.utm_source, r.utm_medium, r.utm_campaign, r.utm_content, r.utm_term,
                r.latitude, r.longitude, coalesce(i.props, '')
         FROM r LEFT JOIN starts s ON s.session_id = r.session_id LEFT JOIN ident i ON i.visitor_id = r.visitor_id
         ORDER BY r.ts DESC, 1 LIMIT ",
    )
    .bind(SqlParam::Int(limit as i64));
    let rows = store.query(q.finish()).await?;
    Ok(rows
        .into_iter()
        .map(|r| {
            let t = |i: usize| r[i].as_str().to_string();
            let f = |i: usize| if r[i].is_null() { None } else { Some(r[i].as_f64()) };
            LiveVisitor {
                visitor_id: t(0),
                country: t(1),
                region: t(2),
                city: t(3),
                browser: t(4),
                os: t(5),
                device: t(6),
                path: t(7),
                referrer: t(8),
                session_start_ms: r[9].as_i64(),
                visit_number: r[10].as_i64(),
                params: [t(11), t(12), t(13), t(14), t(15), t(16), t(17), t(18)],
                latitude: f(19),
                longitude: f(20),
                identity: t(21),
            }
        })
        .collect())
}

/// One of the latest events, for the realtime feed.
#[derive(Debug, Clone, PartialEq)]
pub struct RecentEvent {
    pub kind: String,
    pub visitor_id: String,
    pub session_id: String,
    pub timestamp_ms: i64,
    pub path: String,
    pub country: String,
    pub goal_name: String,
    pub properties: String,
    pub referrer: String,
}

pub async fn recent_events(
    store: &dyn EventStore,
    website_id: ObjectId,
    since_ms: i64,
    limit: u32,
) -> StoreResult<Vec<RecentEvent>> {
    let mut q = Sql::default();
    q.push(
        "SELECT kind, visitor_id::VARCHAR, session_id::VARCHAR, epoch_ms(ts), pathname, country, goal_name,
                properties, referrer
         FROM events WHERE website_id = ",
    )
    .bind(SqlParam::Text(website_id.to_hex()));
    q.push(" AND ts >= ").bind(SqlParam::TimestampMs(since_ms));
    q.push(" ORDER BY ts DESC, 2 LIMIT ").bind(SqlParam::Int(limit as i64));
    Ok(store
        .query(q.finish())
        .await?
        .into_iter()
        .map(|r| RecentEvent {
            kind: r[0].as_str().into(),
            visitor_id: r[1].as_str().into(),
            session_id: r[2].as_str().into(),
            timestamp_ms: r[3].as_i64(),
            path: r[4].as_str().into(),
            country: r[5].as_str().into(),
            goal_name: r[6].as_str().into(),
            properties: r[7].as_str().into(),
            referrer: r[8].as_str().into(),
        })
        .collect())
}

/// One row of the visitors list.
#[derive(Debug, Clone, PartialEq)]
pub struct VisitorRow {
    pub visitor_id: String,
    pub last_seen_ms: i64,
    /// host + path of the latest pageview, "" when none in scope.
    pub current_url: String,
    /// country, region, city, browser, os, device (latest event).
    pub identity: [String; 6],
    /// referrer name, channel, utm_source, utm_medium, utm_campaign, utm_term, utm_content,
    /// ref, source, via (the visitor's first in-scope session).
    pub acquisition: [String; 10],
}

/// Visitors in scope, most recently seen first. With `completed_goal`, only those who
/// completed one of its goals in scope, "seen" at their latest completion (the scope needs no
/// goal filter for it: each such visitor passes one, and reading the goal's completions for
/// it scanned every goal event of the scope three times). Returns one page and whether more
/// follow.
/// With `customer`, only visitors who have (true) or have not (false) paid.
pub async fn visitors(
    store: &dyn EventStore,
    scope: &Scope,
    completed_goal: Option<&[String]>,
    customer: Option<bool>,
    paging: Paging,
) -> StoreResult<(Vec<VisitorRow>, bool)> {
    // The most recently seen visitors of a scope are among those seen since any instant
    // that a page of them were seen after: each try reads the scope's events since an hour,
    // a day, a week, a month before its end (or the end of the website's latest day with
    // events, if earlier), and the first that holds the page and one more visitor is exact;
    // the last try reads the whole scope. The all-time list at 100 M events grouped all
    // 100 M events by visitor (9.2-9.9 s).
    let mut latest = Sql::default();
    latest
        .push("SELECT epoch_ms((max(day) + 1)::TIMESTAMP) FROM event_days WHERE website_id = ")
        .bind(SqlParam::Text(scope.website_id.to_hex()));
    let rows = store.query(latest.finish()).await?;
    let latest_day_end = rows.first().and_then(|r| r.first()).filter(|v| !v.is_null()).map(SqlValue::as_i64);
    let end = match (scope.range, latest_day_end) {
        (Some(r), Some(latest)) => r.end_ms.min(latest),
        (Some(r), None) => r.end_ms,
        (None, Some(latest)) => latest,
        (None, None) => datafast_core::time::now_millis(),
    };
    let after_start = |since: &i64| scope.range.is_none_or(|r| *since > r.start_ms);
    let tries: Vec<Option<i64>> =
        RECENT_WINDOWS_MS.iter().map(|w| end - w).filter(after_start).map(Some).chain([None]).collect();
    for (i, since) in tries.iter().copied().enumerate() {
        let last_try = i + 1 == tries.len();
        // The page and its visitors' instants, then the events at those instants, in one
        // snapshot; a try whose window is short of the page stops after the first statement.
        let page: Arc<Mutex<Vec<Row>>> = Arc::default();
        let kept = page.clone();
        let owned = scope.clone();
        let values = store
            .query_then(
                visitors_statement(scope, since, completed_goal, customer, paging),
                Box::new(move |rows| {
                    let enough = last_try || rows.len() > paging.limit as usize;
                    let statement = match enough && !rows.is_empty() {
                        true => visitor_values_statement(&owned, &rows),
                        false => SqlQuery { sql: "SELECT 1 WHERE FALSE".into(), params: Vec::new() },
                    };
                    if enough {
                        *kept.lock().expect("visitors page") = rows;
                    }
                    statement
                }),
            )
            .await?;
        let mut rows = std::mem::take(&mut *page.lock().expect("visitors page"));
        if rows.is_empty() && !last_try {
            continue;
        }
        let more = rows.len() > paging.limit as usize;
        rows.truncate(paging.limit as usize);
        return Ok((visitor_rows(&rows, &values), more));
    }
    Ok((Vec::new(), false))
}

/// The visitors list's rows: each visitor of the page (id, last seen, first, last and last
/// pageview instants) with the values of their events at those instants (`values`, from
/// `visitor_values_statement`).
fn visitor_rows(page: &[Row], values: &[Row]) -> Vec<VisitorRow> {
    let text = |r: &Row, i: usize| r[i].as_str().to_string();
    let at = |visitor: &str, ts: &SqlValue, pageview: bool| {
        values.iter().find(|v| {
            v[0].as_str() == visitor
                && !ts.is_null()
                && v[1].as_i64() == ts.as_i64()
                && (!pageview || v[2].as_i64() == 1)
        })
    };
    page.iter()
        .map(|r| {
            let visitor = r[0].as_str();
            let fields = |row: Option<&Row>, from: usize, n: usize| -> Vec<String> {
                (from..from + n).map(|i| row.map(|v| text(v, i)).unwrap_or_default()).collect()
            };
            let latest = at(visitor, &r[3], false);
            let first = at(visitor, &r[2], false);
            VisitorRow {
                visitor_id: visitor.to_string(),
                last_seen_ms: r[1].as_i64(),
                current_url: at(visitor, &r[4], true).map(|v| text(v, 3)).unwrap_or_default(),
                identity: fields(latest, 4, 6).try_into().expect("six identity fields"),
                acquisition: fields(first, 10, 10).try_into().expect("ten acquisition fields"),
            }
        })
        .collect()
}

/// The scope's events of the page's visitors at the instants the page names (first, last,
/// last pageview): which values are the latest and the first. The instants bound the scan to
/// a few row groups where reading every column of the visitors' events read the whole scope
/// (the all-time list at 100 M events: 2.5-2.8 s).
fn visitor_values_statement(scope: &Scope, page: &[Row]) -> SqlQuery {
    let mut q = Sql::default();
    q.push(
        "SELECT visitor_id::VARCHAR, epoch_ms(ts), (kind = 'pageview')::INTEGER, hostname || pathname,
                country, region, city, browser, os, device,
                referrer_name, channel, utm_source, utm_medium, utm_campaign, utm_term, utm_content,
                ref_param, source_param, via_param
         FROM events WHERE ",
    );
    scoped_where(&mut q, scope);
    let instants: std::collections::BTreeSet<i64> =
        page.iter().flat_map(|r| r[2..5].iter().filter(|v| !v.is_null()).map(|v| v.as_i64())).collect();
    q.push(" AND ts IN (");
    list(&mut q, instants.into_iter().map(SqlParam::TimestampMs));
    q.push(") AND visitor_id IN (");
    for (i, r) in page.iter().enumerate() {
        if i > 0 {
            q.push(", ");
        }
        q.push("CAST(").bind(SqlParam::Text(r[0].as_str().to_string())).push(" AS UUID)");
    }
    q.push(") ORDER BY visitor_id, ts");
    q.finish()
}

/// How far back from a scope's end the visitors list looks first (see `visitors`).
const RECENT_WINDOWS_MS: [i64; 4] = [3_600_000, 86_400_000, 7 * 86_400_000, 30 * 86_400_000];

/// The visitors list's statement: the page of visitors seen (or, with `completed_goal`,
/// converting) since `since` (the whole scope when None), with the instants of their first,
/// last and last pageview events in scope.
fn visitors_statement(
    scope: &Scope,
    since: Option<i64>,
    completed_goal: Option<&[String]>,
    customer: Option<bool>,
    paging: Paging,
) -> SqlQuery {
    // First the page of visitors (one aggregate over the scope: who, and when last seen),
    // then the instants of that page's visitors only. Computing their latest and first
    // values for every visitor in scope before sorting made the list 2.3-3 times slower than
    // the hand-written SQL at 10 M events.
    let mut q = Sql::default();
    q.push("WITH ");
    events_cte_inlined(&mut q, scope);
    q.push(", top AS (SELECT visitor_id, max(ts) AS seen FROM ev WHERE TRUE");
    if let Some(goals) = completed_goal {
        // Only the goal's completions can make a visitor seen: reading those alone (within
        // the window) is what keeps the goal's list as cheap as the plain one.
        q.push(" AND kind = 'goal' AND lower(goal_name) IN (");
        list(&mut q, goals.iter().map(|g| SqlParam::Text(g.to_lowercase())));
        q.push(")");
    }
    if let Some(since) = since {
        q.push(" AND ts >= ").bind(SqlParam::TimestampMs(since));
    }
    q.push(" GROUP BY visitor_id");
    if let Some(customer) = customer {
        q.push(" HAVING ");
        revenue::customer_condition(&mut q, scope.website_id, customer);
    }
    q.push(" ORDER BY seen DESC, visitor_id LIMIT ");
    q.bind(SqlParam::Int(paging.limit as i64 + 1)).push(" OFFSET ").bind(SqlParam::Int(paging.offset as i64));
    // Each visitor's first and last instants in scope (and last pageview's): reading only
    // the visitor and time columns of the scope's events.
    q.push(
        "), f AS (SELECT visitor_id, min(ts) AS first_ts, max(ts) AS last_ts,
                         max(ts) FILTER (WHERE kind = 'pageview') AS view_ts
                  FROM ev WHERE visitor_id IN (SELECT visitor_id FROM top) GROUP BY visitor_id)
         SELECT top.visitor_id::VARCHAR, epoch_ms(top.seen), epoch_ms(f.first_ts), epoch_ms(f.last_ts), epoch_ms(f.view_ts)
         FROM top JOIN f USING (visitor_id) ORDER BY top.seen DESC, top.visitor_id",
    );
    q.finish()
}

/// One stored event of a visitor, for the journey.
#[derive(Debug, Clone, PartialEq)]
pub struct JourneyEvent {
    pub timestamp_ms: i64,
    pub kind: String,
    pub session_id: String,
    pub visit_number: i64,
    pub hostname: String,
    pub pathname: String,
    pub goal_name: String,
    pub properties: String,
    pub country: String,
    pub region: String,
    pub city: String,
    pub browser: String,
    pub browser_version: String,
    pub os: String,
    pub os_version: String,
    pub device: String,
    /// ref, source, via, utm_source, utm_medium, utm_campaign, utm_content, utm_term.
    pub params: [String; 8],
    /// The window size sent with a pageview.
    pub viewport: Option<(i64, i64)>,
    /// Ad click ids of the event's URL as JSON object text, "" when none.
    pub ad_click_ids: String,
}

/// A visitor's events on a website in time order (the most recent `limit` of them).
pub async fn journey(
    store: &dyn EventStore,
    website_id: ObjectId,
    visitor_id: &str,
    limit: u32,
) -> StoreResult<Vec<JourneyEvent>> {
    let mut q = Sql::default();
    q.push(
        "SELECT * FROM (SELECT epoch_ms(ts) AS t, kind, session_id::VARCHAR, visit_number, hostname, pathname,
                goal_name, properties, country, region, city, browser, browser_version, os, os_version, device,
                ref_param, source_param, via_param, utm_source, utm_medium, utm_campaign, utm_content, utm_term,
                viewport_width, viewport_height, ad_click_ids
         FROM events WHERE website_id = ",
    )
    .bind(SqlParam::Text(website_id.to_hex()));
    q.push(" AND visitor_id = ").bind(SqlParam::Text(visitor_id.to_string())).push("::UUID");
    q.push(" ORDER BY ts DESC LIMIT ").bind(SqlParam::Int(limit as i64)).push(") ORDER BY t");
    Ok(store
        .query(q.finish())
        .await?
        .into_iter()
        .map(|r| {
            let t = |i: usize| r[i].as_str().to_string();
            JourneyEvent {
                timestamp_ms: r[0].as_i64(),
                kind: t(1),
                session_id: t(2),
                visit_number: r[3].as_i64(),
                hostname: t(4),
                pathname: t(5),
                goal_name: t(6),
                properties: t(7),
                country: t(8),
                region: t(9),
                city: t(10),
                browser: t(11),
                browser_version: t(12),
                os: t(13),
                os_version: t(14),
                device: t(15),
                params: [t(16), t(17), t(18), t(19), t(20), t(21), t(22), t(23)],
                viewport: match (&r[24], &r[25]) {
                    (SqlValue::Null, _) | (_, SqlValue::Null) => None,
                    (w, h) => Some((w.as_i64(), h.as_i64())),
                },
                ad_click_ids: t(26),
            }
        })
        .collect())
}

/// A goal's property names (with `property: None`) or one property's values, each with its
/// completions and visitors, by completions; one page and the number of rows in all.
pub async fn goal_properties(
    store: &dyn EventStore,
    scope: &Scope,
    goal: &str,
    property: Option<&str>,
    paging: Paging,
) -> StoreResult<(Vec<BreakdownRow>, i64)> {
    // Stored property names are `[a-z0-9_-]{1,64}`; anything else names no property (and
    // could not be spliced into the pattern below).
    if let Some(p) = property {
        if p.is_empty()
            || p.len() > 64
            || !p.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'-')
        {
            return Ok((Vec::new(), 0));
        }
    }
    let mut q = Sql::default();
    q.push("WITH g AS (SELECT visitor_id, properties FROM events WHERE ");
    scoped_where(&mut q, scope);
    q.push(" AND kind = 'goal' AND goal_name = ").bind(SqlParam::Text(goal.to_lowercase())).push("), k AS (");
    match property {
        None => {
            q.push(r#"SELECT visitor_id, unnest(regexp_extract_all(properties, '"([a-z0-9_-]+)":', 1)) AS key FROM g"#)
        }
        Some(p) => q
            .push("SELECT visitor_id, regexp_extract(properties, ")
            .bind(SqlParam::Text(format!(r#""{p}":"([^"]*)""#)))
            .push(", 1) AS key FROM g WHERE contains(properties, ")
            .bind(SqlParam::Text(format!(r#""{p}":"#)))
            .push(")"),
    };
    q.push(
        "), r AS (SELECT key, count(DISTINCT visitor_id) AS visitors, count(*) AS events FROM k GROUP BY key)
         SELECT key, visitors, events, count(*) OVER () FROM r ORDER BY events DESC, visitors DESC, key LIMIT ",
    );
    q.bind(SqlParam::Int(paging.limit as i64)).push(" OFFSET ").bind(SqlParam::Int(paging.offset as i64));
    let rows = store.query(q.finish()).await?;
    let total = rows.first().map(|r| r[3].as_i64()).unwrap_or(0);
    Ok((
        rows.into_iter()
            .map(|r| BreakdownRow {
                keys: vec![r[0].as_str().to_string()],
                visitors: r[1].as_i64(),
                events: r[2].as_i64(),
                revenue: Revenue::default(),
            })
            .collect(),
        total,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use datafast_core::query::DIMENSIONS;
    use datafast_store::ROLLUP_DIMENSIONS;

    /// The rollup answers for filtered scopes and session-level breakdowns only because its
    /// rows keep every column those read; a new filter or breakdown column must be added to
    /// `ROLLUP_DIMENSIONS` (and to `day_sessions`) or kept off the rollup.
    #[test]
    fn the_rollup_keeps_every_column_filters_and_session_level_breakdowns_read() {
        for (name, d) in DIMENSIONS {
            let columns: Vec<&str> = match (d, column(*d)) {
                (_, Some(c)) => vec![c],
                (Dimension::Referrer, None) => vec!["referrer_name", "referrer_domain"],
                // Read from `events` in a subquery, by visitor.
                (Dimension::Page | Dimension::Goal, None) => vec![],
                (other, None) => panic!("{other:?} has no column"),
            };
            for c in columns {
                assert!(ROLLUP_DIMENSIONS.contains(&c), "filter {name} reads {c}");
            }
        }
        let all = [
            Breakdown::Pages,
            Breakdown::Referrers,
            Breakdown::Countries,
            Breakdown::Regions,
            Breakdown::Cities,
            Breakdown::Devices,
            Breakdown::Browsers,
            Breakdown::OperatingSystems,
            Breakdown::Hostnames,
            Breakdown::Campaigns,
            Breakdown::ExitClicks,
            Breakdown::Goals,
            Breakdown::Channels,
            Breakdown::EntryPages,
        ];
        let session_level: Vec<Breakdown> = all.into_iter().filter(|b| b.session_level()).collect();
        assert_eq!(session_level.len(), 10);
        for b in session_level {
            let (keys, row_condition) = b.keys();
            for k in keys {
                assert!(ROLLUP_DIMENSIONS.contains(k), "{b:?} groups by {k}");
            }
            // The row condition reads only the keys: with them taken out, no lowercase name
            // (a column) is left, only SQL's uppercase words and literals.
            let mut rest = row_condition.to_string();
            for k in keys {
                rest = rest.replace(k, "");
            }
            assert!(!rest.chars().any(|c| c.is_ascii_lowercase()), "{b:?}: {row_condition}");
        }
    }
}
