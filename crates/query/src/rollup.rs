//! Reading the per-day session rollup (`day_sessions`, written by the embedded store for
//! closed UTC days): the rolled days wholly inside a scope's range come from their rollup rows,
//! every other day in range from the raw events, read in one snapshot of the store (`read`),
//! so a day rolled or taken back meanwhile is read one way or the other, never both or neither.
//!
//! Each rollup row holds one session's aggregates over one day's events that share the values
//! of `ROLLUP_DIMENSIONS`, so rows combine exactly: pageviews and events add, first/last take
//! min/max. And since every column a filter reads is one of those dimensions (a page or goal
//! filter reads the events in a subquery, by visitor), a filter keeps or drops a row's events
//! together: filtering rows is filtering events. Rows marked `whole` (the session's only row
//! in every rolled day) are counted as they are, unless the session also has raw events in
//! range; every other row is grouped by session with the raw part first.

use datafast_core::query::{Dimension, Operator};
use datafast_store::sql::{Dialect, SqlParam};
use datafast_store::{EventStore, StoreResult, VisitorDayRollup, PREVIOUS_DAYS};

use crate::sql::Sql;
use crate::{condition, scoped_where, snapshot, Scope, Totals};

const DAY_MS: i64 = 86_400_000;

/// `[from, to)` in Unix milliseconds.
type Instants = (i64, i64);

/// The `PREVIOUS_DAYS` column kept for exactly these keys, if any.
fn previous_day_of(keys: &[&str]) -> Option<&'static str> {
    PREVIOUS_DAYS.iter().find(|(_, dims)| *dims == keys).map(|(column, _)| *column)
}

/// The whole UTC days of a scope the rollup may answer for: `[first, end)` in ms, or every
/// day (all time).
#[derive(Debug, Clone, Copy)]
pub(crate) struct RolledSpan(Option<(i64, i64)>);

/// None when the scope cannot use the rollup (another engine, no whole day in range): the
/// caller reads raw events.
pub(crate) fn span(store: &dyn EventStore, scope: &Scope) -> Option<RolledSpan> {
    if store.dialect() != Dialect::DuckDb {
        return None;
    }
    let Some(r) = scope.range else {
        return Some(RolledSpan(None));
    };
    let first_full = (r.start_ms + DAY_MS - 1).div_euclid(DAY_MS) * DAY_MS;
    let end_full = r.end_ms.div_euclid(DAY_MS) * DAY_MS;
    (first_full < end_full).then_some(RolledSpan(Some((first_full, end_full))))
}

/// What the first statement of a rollup read found, in the same snapshot as the second: the
/// span's days that have events and no rollup, as `[first, end)` in ms, if any, whether the
/// rows' `PREVIOUS_DAYS` values hold on every day of the span, and whether the range's partial
/// first and last UTC days (outside the span) have events.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Plan {
    span: RolledSpan,
    gap: Option<Instants>,
    previous_days_hold: bool,
    partial_days: PartialDays,
}

/// Whether the range's partial first and last UTC days have events (`event_days`): a range in
/// a zone other than UTC starts and ends mid-day, and a day without events there needs no
/// raw read (nor, for a chart, the rows that share its bucket).
#[derive(Debug, Clone, Copy)]
pub(crate) struct PartialDays {
    pub first: bool,
    pub last: bool,
}

impl Plan {
    /// `stale_after`: the first day (ms) after which the website's `PREVIOUS_DAYS` values may
    /// be wrong (`day_sessions_stale`), if any.
    pub(crate) fn new(
        span: RolledSpan,
        gap: Option<Instants>,
        stale_after: Option<i64>,
        partial_days: PartialDays,
    ) -> Plan {
        let previous_days_hold = match (stale_after, span.0) {
            (None, _) => true,
            (Some(after), Some((_, end))) => end <= after + DAY_MS,
            (Some(_), None) => false,
        };
        Plan { span, gap, previous_days_hold, partial_days }
    }

    /// The `PREVIOUS_DAYS` column that counts the scope's distinct visitors per value of
    /// `keys` on the rollup's rows without hashing visitor ids, when it may: without filters
    /// (a filter drops rows, and a row's predecessor may be among them) and while the values
    /// hold for the span's days.
    pub(crate) fn previous_day_column(&self, scope: &Scope, keys: &[&str]) -> Option<&'static str> {
        self.previous_rows_hold(scope).then(|| previous_day_of(keys)).flatten()
    }

    /// The `PREVIOUS_DAYS` column that counts the distinct visitors of a scope filtered to one
    /// country or one device, when it may: the filter keeps the rows of one stored value (the
    /// country code as stored; the device in lower case, as the ingest pipeline stores every
    /// device), so each kept row's predecessor with the same value is kept too, and a row
    /// whose predecessor is outside the span is its visitor's first. Dimensions stored in any
    /// case (browser, city, …) can match several stored values, and two filters drop
    /// predecessors: those hash the visitors.
    pub(crate) fn previous_day_of_filter(&self, scope: &Scope) -> Option<&'static str> {
        let [f] = &scope.filters[..] else {
            return None;
        };
        let key = match f.dimension {
            Dimension::Country => "country",
            Dimension::Device => "device",
            _ => return None,
        };
        if f.operator != Operator::Is || f.values.len() != 1 || !self.previous_days_hold {
            return None;
        }
        previous_day_of(&[key])
    }

    /// Whether the rows' `PREVIOUS_DAYS` and `PREVIOUS_LAST_EVENTS` may count the scope's
    /// visitors and sessions: without filters, while their values hold for the span's days.
    pub(crate) fn previous_rows_hold(&self, scope: &Scope) -> bool {
        self.previous_days_hold && scope.filters.is_empty()
    }

    /// Whether the scope has no event outside its rolled days: every day of the span is rolled
    /// and the range's partial first and last days (if any) have no events.
    pub(crate) fn raw_is_empty(&self, scope: &Scope) -> bool {
        self.raw_intervals(scope).is_empty()
    }

    /// The instants `[from, to)` where the scope may have events outside its rolled days (what
    /// `raw_events` reads): the span's days that are not rolled, and the range's partial first
    /// and last days when they have events.
    pub(crate) fn raw_intervals(&self, scope: &Scope) -> Vec<Instants> {
        let mut out: Vec<Instants> = self.gap.into_iter().collect();
        let (before, after) = self.partial_reads(scope);
        out.extend(before);
        out.extend(after);
        out
    }

    /// The range's parts before and after the span that may hold events.
    fn partial_reads(&self, scope: &Scope) -> (Option<Instants>, Option<Instants>) {
        match (self.span.0, scope.range) {
            (Some((first, end)), Some(r)) => (
                (r.start_ms < first && self.partial_days.first).then_some((r.start_ms, first)),
                (end < r.end_ms && self.partial_days.last).then_some((end, r.end_ms)),
            ),
            // Without a range (not a span's case today), anything before or after the span.
            (Some((first, end)), None) => (Some((i64::MIN / 4, first)), Some((end, i64::MAX / 4))),
            (None, _) => (None, None),
        }
    }

    /// `column` (an instant) NULL or before the span: as `first_in_span`, for the
    /// `PREVIOUS_LAST_EVENTS` columns.
    pub(crate) fn first_in_span_ts(&self, q: &mut Sql, column: &str) {
        match self.span.0 {
            Some((first, _)) => {
                q.push(&format!("coalesce({column}, TIMESTAMP '0001-01-01') < ")).bind(SqlParam::TimestampMs(first));
            }
            None => {
                q.push(&format!("{column} IS NULL"));
            }
        }
    }

    /// `column` (an instant) if it is within the span, else NULL: an earlier row's last event
    /// outside the span is no row of the scope's.
    pub(crate) fn within_span(&self, q: &mut Sql, column: &str) {
        match self.span.0 {
            Some((first, _)) => {
                q.push(&format!("CASE WHEN {column} >= ")).bind(SqlParam::TimestampMs(first));
                q.push(&format!(" THEN {column} END"));
            }
            None => {
                q.push(column);
            }
        }
    }

    /// `column` NULL or before the span's first day: the row is the first of its visitor (with
    /// its keys' values) among the span's rolled rows.
    pub(crate) fn first_in_span(&self, q: &mut Sql, column: &str) {
        match self.span.0 {
            // Cheaper to scan than `IS NULL OR <` (18 → 10 ms over 900 k rows).
            Some((first, _)) => {
                q.push(&format!("coalesce({column}, DATE '0001-01-01') < CAST("))
                    .bind(SqlParam::TimestampMs(first))
                    .push(" AS DATE)");
            }
            None => {
                q.push(&format!("{column} IS NULL"));
            }
        }
    }
}

/// The two columns `snapshot::read` reads first for the rollup: the bounds of the span's days
/// that must be read raw (`event_days` lists every day with events, kept by each append in
/// its transaction), NULL when there are none. Knowing those days before writing the
/// statement lets the raw part scan only their events: checking each event's day against the
/// rolled days in the statement read every event in range instead (55 ms of a 30-day
/// breakdown at 10 M events), and bounds computed by a subquery did not reach the scan's
/// row-group pruning.
/// A third column: the first day after which the website's `PREVIOUS_DAYS` values may be wrong.
pub(crate) fn gap_bounds(q: &mut Sql, scope: &Scope, span: RolledSpan) {
    let site = || SqlParam::Text(scope.website_id.to_hex());
    q.push(
        "(SELECT epoch_ms(min(day)::TIMESTAMP), epoch_ms((max(day) + 1)::TIMESTAMP) FROM event_days e
         WHERE website_id = ",
    )
    .bind(site());
    span_days(q, span);
    // `NOT IN` a filtered list: 1.6 ms where the correlated `NOT EXISTS` took 3.5 (every
    // rollup read runs this first).
    q.push(" AND day NOT IN (SELECT day FROM rolled_days WHERE website_id = ").bind(site());
    span_days(q, span);
    q.push(")), ");
    q.push("(SELECT epoch_ms(min(day)::TIMESTAMP) FROM day_sessions_stale WHERE website_id = ").bind(site()).push(")");
}

/// Whether the range's partial first and last UTC days (outside the span) have events, as two
/// columns for `PartialDays` (both FALSE without a rollup read).
pub(crate) fn partial_days(q: &mut Sql, scope: &Scope, span: Option<RolledSpan>) {
    let (Some(RolledSpan(Some((first, end)))), Some(r)) = (span, scope.range) else {
        q.push("(SELECT FALSE, FALSE)");
        return;
    };
    let has_events = |q: &mut Sql, day_ms: i64| {
        q.push("EXISTS (SELECT 1 FROM event_days WHERE website_id = ")
            .bind(SqlParam::Text(scope.website_id.to_hex()))
            .push(" AND day = CAST(")
            .bind(SqlParam::TimestampMs(day_ms))
            .push(" AS DATE))");
    };
    q.push("(SELECT ");
    match r.start_ms < first {
        true => has_events(q, r.start_ms),
        false => {
            q.push("FALSE");
        }
    }
    q.push(", ");
    match end < r.end_ms {
        true => has_events(q, end),
        false => {
            q.push("FALSE");
        }
    }
    q.push(")");
}

fn span_days(q: &mut Sql, span: RolledSpan) {
    if let Some((first, end)) = span.0 {
        q.push(" AND day >= CAST(").bind(SqlParam::TimestampMs(first)).push(" AS DATE)");
        q.push(" AND day < CAST(").bind(SqlParam::TimestampMs(end)).push(" AS DATE)");
    }
}

/// `rd` (the rolled days wholly inside the range) and `d` (their rollup rows, the scope's
/// filters applied), as CTEs after a `WITH`. `day_sessions` has rows for rolled days only
/// (a day's rows and its `rolled_days` entry are written and removed together), so `d`
/// needs no join with `rd`. `read_once`: the statement reads `d` once.
pub(crate) fn rolled_ctes(q: &mut Sql, scope: &Scope, plan: Plan, read_once: bool) {
    let site = || SqlParam::Text(scope.website_id.to_hex());
    q.push("rd AS (SELECT day FROM rolled_days WHERE website_id = ").bind(site());
    span_days(q, plan.span);
    // Unfiltered, `d` is a plain range of the table: each reader scans it again with only the
    // columns it needs (the all-time overview at 10 M: 195 → 169 ms, and no materialised copy
    // of every rollup row, which grows with the site). Filtered, it is computed once when a
    // page or goal filter reads events (visitors who viewed, who completed) or when the
    // statement reads `d` several times (the totals: country=US 58–66 → 49 ms); a breakdown
    // or timeseries that reads it once scans it with its conditions and only its columns
    // (filtered breakdowns of 30 days at 10 M: ~10 ms less).
    let reads_events = scope.filters.iter().any(|f| matches!(f.dimension, Dimension::Page | Dimension::Goal));
    let once = !scope.filters.is_empty() && (reads_events || !read_once);
    let materialized = if once { "" } else { "NOT MATERIALIZED " };
    q.push(&format!("), d AS {materialized}(SELECT * FROM day_sessions WHERE website_id = ")).bind(site());
    span_days(q, plan.span);
    for f in &scope.filters {
        q.push(" AND ");
        condition(q, scope, f);
    }
    q.push(")");
}

/// The scope's events outside the rolled days, `columns` of them, filters applied, as a
/// parenthesised relation: the range's partial first and last days (when they have events),
/// and the span's days that are not rolled (between the plan's bounds, checked against `rd`).
pub(crate) fn raw_events(q: &mut Sql, scope: &Scope, plan: Plan, columns: &str) {
    let filtered = |q: &mut Sql| {
        q.push(&format!("SELECT {columns} FROM events WHERE "));
        scoped_where(q, scope);
    };
    q.push("(");
    filtered(q);
    match plan.gap {
        Some((lo, hi)) => {
            q.push(" AND ts >= ").bind(SqlParam::TimestampMs(lo));
            q.push(" AND ts < ").bind(SqlParam::TimestampMs(hi));
            q.push(" AND CAST(ts AS DATE) NOT IN (SELECT day FROM rd)");
        }
        None => {
            q.push(" AND FALSE");
        }
    }
    let (before, after) = plan.partial_reads(scope);
    if let Some((_, first)) = before {
        q.push(" UNION ALL ");
        filtered(q);
        q.push(" AND ts < ").bind(SqlParam::TimestampMs(first));
    }
    if let Some((end, _)) = after {
        q.push(" UNION ALL ");
        filtered(q);
        q.push(" AND ts >= ").bind(SqlParam::TimestampMs(end));
    }
    q.push(")");
}

/// Rollup rows a breakdown reads: the relation (a CTE), its events column, and the column
/// that says which rows are their visitor's first with their keys' values.
struct Rolled<'a> {
    relation: &'a str,
    events: &'a str,
    previous: Option<&'static str>,
    /// The relation's rows counted per key and `previous` value (`visitors` rows, `events`
    /// summed), when the store keeps such counts: the per-key totals read them instead.
    counted: Option<&'a str>,
}

/// `g`: per value of `columns` (as `k1`, `k2`, …) meeting `condition`, its distinct visitors
/// and its events, from the rollup's rows and the raw rest.
pub(crate) fn visitors_and_events_by(q: &mut Sql, scope: &Scope, plan: Plan, columns: &[&str], condition: &str) {
    rolled_ctes(q, scope, plan, true);
    let rolled =
        Rolled { relation: "d", events: "events", previous: plan.previous_day_column(scope, columns), counted: None };
    count_by(q, scope, plan, rolled, columns, condition, condition);
}

/// `g` of the pages or goals breakdown without filters (the caller's condition selects the
/// raw events): visitors and events per key from the per-day rollup for the rolled days and
/// the raw rest.
pub(crate) fn visitor_days_by(q: &mut Sql, scope: &Scope, plan: Plan, rollup: &VisitorDayRollup, raw_condition: &str) {
    debug_assert!(scope.filters.is_empty(), "the per-visitor rollups keep no dimension a filter reads");
    rolled_ctes(q, scope, plan, true);
    let site = || SqlParam::Text(scope.website_id.to_hex());
    q.push(&format!(", dp AS NOT MATERIALIZED (SELECT * FROM {} WHERE website_id = ", rollup.rows)).bind(site());
    span_days(q, plan.span);
    q.push(")");
    let previous = plan.previous_rows_hold(scope).then_some("prev_day");
    let counted = previous.map(|_| "dpc");
    if counted.is_some() {
        q.push(&format!(", dpc AS (SELECT * FROM {} WHERE website_id = ", rollup.counts)).bind(site());
        span_days(q, plan.span);
        q.push(")");
    }
    let rolled = Rolled { relation: "dp", events: rollup.events, previous, counted };
    count_by(q, scope, plan, rolled, rollup.keys, "TRUE", raw_condition);
}

fn count_by(
    q: &mut Sql,
    scope: &Scope,
    plan: Plan,
    rolled: Rolled,
    columns: &[&str],
    rolled_condition: &str,
    raw_condition: &str,
) {
    let cols = columns.join(", ");
    let keys: Vec<String> = columns.iter().enumerate().map(|(i, c)| format!("{c} AS k{}", i + 1)).collect();
    let keys = keys.join(", ");
    let Rolled { relation, events, previous, counted } = rolled;
    let Some(previous) = previous else {
        q.push(&format!(
            ", u AS (SELECT visitor_id, {events} AS n, {cols} FROM {relation} WHERE {rolled_condition}
                     UNION ALL SELECT visitor_id, 1, {cols} FROM "
        ));
        raw_events(q, scope, plan, &format!("visitor_id, {cols}, kind"));
        q.push(&format!(
            " WHERE {raw_condition}), g AS (SELECT {keys}, count(DISTINCT visitor_id) AS visitors, sum(n)::BIGINT AS events
                     FROM u GROUP BY ALL)"
        ));
        return;
    };
    // Without hashing the rolled rows' visitors: each (visitor, values) of the rolled days
    // counts once, on its first row in the span (`dc`); each of the raw rest (`w`, few: the
    // range's partial days and the days not rolled yet) counts unless `dc` has it too. The
    // row conditions apply to each part (a campaign breakdown keeps few rows).
    q.push(&format!(", w AS (SELECT visitor_id, {cols}, count(*) AS n FROM "));
    raw_events(q, scope, plan, &format!("visitor_id, {cols}, kind"));
    // `dk` is read twice: whole, per key without the visitors (the bulk of the work), and for
    // the raw visitors' counted rows; not materialised, each read takes only its columns
    // (pages of 30 days at 10 M events: 195 → 163 ms).
    q.push(&format!(" WHERE {raw_condition} GROUP BY visitor_id, {cols}), dk AS NOT MATERIALIZED (SELECT {cols}, "));
    plan.first_in_span(q, previous);
    q.push(&format!(" AS first, visitor_id, {events} AS n FROM {relation} WHERE {rolled_condition}), "));
    match counted {
        // The rows' counts per key and previous day: a few rows per page and day where the
        // rows are one per visitor (pages of 30 days at 10 M events: 200 k rows, not 3 M).
        Some(counts) => {
            q.push(&format!("u AS (SELECT {cols}, sum(visitors) FILTER (WHERE "));
            plan.first_in_span(q, previous);
            q.push(&format!(") AS c, sum({events}) AS n FROM {counts} WHERE {rolled_condition} GROUP BY ALL"));
        }
        None => {
            q.push(&format!(
                "u AS (SELECT {cols}, count(*) FILTER (WHERE first) AS c, sum(n) AS n FROM dk GROUP BY ALL"
            ));
        }
    }
    // The raw visitors' counted rows: only theirs are read (the semi-join on the visitor
    // alone keeps the scan from hashing the keys of every counted row).
    q.push(&format!(
        " UNION ALL SELECT {cols}, 1, n FROM w
          UNION ALL SELECT {cols}, -1, 0 FROM w JOIN (SELECT visitor_id, {cols} FROM dk
                                                      WHERE first AND visitor_id IN (SELECT visitor_id FROM w)) dc
                                             USING (visitor_id, {cols})),
         g AS (SELECT {keys}, sum(c)::BIGINT AS visitors, sum(n)::BIGINT AS events FROM u GROUP BY ALL)"
    ));
}

/// Distinct `id`s of the span as a scalar SQL expression over `d` and the raw rest `raw` (a
/// relation with `id`): rolled ids on their first row in the span (`first` writes that
/// condition; `counted`, an expression that counts those rows, when the caller has one),
/// raw ones unless they are among those (a semi-join of the counted rows against the few
/// raw ids).
pub(crate) fn ids_counted_once(q: &mut Sql, counted: Option<&str>, first: impl Fn(&mut Sql), id: &str, raw: &str) {
    q.push("(");
    match counted {
        Some(counted) => {
            q.push(counted);
        }
        None => {
            q.push("(SELECT count(*) FROM d WHERE ");
            first(q);
            q.push(")");
        }
    }
    q.push(&format!(" + (SELECT count(DISTINCT {id}) FROM {raw}) - (SELECT count(*) FROM d WHERE "));
    first(q);
    q.push(&format!(" AND {id} IN (SELECT {id} FROM {raw})))"));
}

/// `raw`: the scope's events outside the rolled days grouped by session, as a CTE after
/// others. Durations by date_diff, not epoch_ms(last) - epoch_ms(first): the same
/// milliseconds, but DuckDB's epoch_ms costs ~6× more per row (the all-time overview at 10 M:
/// 300 → 169 ms with the unmaterialised `d`).
fn raw_sessions(q: &mut Sql, scope: &Scope, plan: Plan) {
    q.push(
        ", raw AS (SELECT session_id, any_value(visitor_id) AS visitor_id,
             min(ts) AS first_ts, max(ts) AS last_ts, count(*) FILTER (WHERE kind = 'pageview') AS pageviews,
             count(*) AS events FROM ",
    );
    raw_events(q, scope, plan, "session_id, visitor_id, ts, kind");
    q.push(" GROUP BY session_id)");
}

/// The totals' statement after `rolled_ctes` when the rows' previous days count the scope's
/// visitors (no filters): the rolled days' sums come from `day_session_counts` (a few rows
/// per day), less what the rows that are not whole sessions on their own say (the rows not
/// `whole`, and those of sessions the raw rest continues: `t`), plus those rows grouped by
/// session with the raw rest. The all-time totals at 100 M events (31 M rows) read every row
/// three times with two anti-joins against the raw rest (1.07–1.51 s with a day of raw
/// events); from the counts, the raw day's sessions and visitors probe the rows' ids once
/// each (0.64–0.82 s).
fn counted_totals(q: &mut Sql, scope: &Scope, plan: Plan, previous: &str) {
    let site = || SqlParam::Text(scope.website_id.to_hex());
    let raw_is_empty = plan.raw_is_empty(scope);
    q.push(", c AS (SELECT sum(row_count) FILTER (WHERE ");
    plan.first_in_span(q, previous);
    q.push(
        ")::BIGINT AS visitors, coalesce(sum(row_count), 0)::BIGINT AS r, coalesce(sum(pageviews), 0)::BIGINT AS pv,
                coalesce(sum(bounce_rows), 0)::BIGINT AS rb, coalesce(sum(viewed_rows), 0)::BIGINT AS rv,
                coalesce(sum(duration_ms), 0)::BIGINT AS rdur
         FROM day_session_counts WHERE website_id = ",
    )
    .bind(site());
    span_days(q, plan.span);
    q.push(")");
    if raw_is_empty {
        q.push(", t AS (SELECT session_id, first_ts, last_ts, pageviews, events FROM d WHERE NOT whole)");
    } else {
        raw_sessions(q, scope, plan);
        q.push(
            ", t AS (SELECT session_id, first_ts, last_ts, pageviews, events FROM d
                   WHERE NOT whole OR session_id IN (SELECT session_id FROM raw))",
        );
    }
    q.push(
        ", tr AS (SELECT count(*) AS r, coalesce(sum(pageviews), 0) AS pv,
                      count(*) FILTER (WHERE pageviews = 1 AND events = 1) AS rb,
                      count(*) FILTER (WHERE pageviews > 0) AS rv,
                      coalesce(sum(date_diff('millisecond', first_ts, last_ts)), 0) AS rdur FROM t),
         split AS (SELECT * FROM t",
    );
    if !raw_is_empty {
        q.push(" UNION ALL SELECT session_id, first_ts, last_ts, pageviews, events FROM raw");
    }
    q.push(
        "), g AS (SELECT sum(pageviews) AS pv, sum(events) AS n,
                      date_diff('millisecond', min(first_ts), max(last_ts)) AS dur FROM split GROUP BY session_id),
         many AS (SELECT count(*) AS sessions, coalesce(sum(pv), 0) AS pv,
                         count(*) FILTER (WHERE pv = 1 AND n = 1) AS bounces,
                         count(*) FILTER (WHERE pv > 0) AS viewed, coalesce(sum(dur), 0) AS dur FROM g),
         n AS (SELECT c.r - tr.r + many.sessions AS sessions, c.pv - tr.pv + many.pv AS pv,
                      c.rb - tr.rb + many.bounces AS bounces, c.rv - tr.rv + many.viewed AS viewed,
                      c.rdur - tr.rdur + many.dur AS dur FROM c, tr, many)
         SELECT ",
    );
    if raw_is_empty {
        q.push("coalesce((SELECT visitors FROM c), 0)");
    } else {
        let counted = Some("coalesce((SELECT visitors FROM c), 0)");
        ids_counted_once(q, counted, |q| plan.first_in_span(q, previous), "visitor_id", "raw");
    }
    q.push(", sessions, pv, bounces, viewed, coalesce(dur / nullif(sessions, 0), 0)::DOUBLE FROM n");
}

/// Totals of the scope from the rollup and the raw rest; None when it cannot be used.
pub(crate) async fn totals(store: &dyn EventStore, scope: &Scope) -> StoreResult<Option<Totals>> {
    let Some(span) = span(store, scope) else {
        return Ok(None);
    };
    let owned = scope.clone();
    let rows = snapshot::read(store, scope, Some(span), false, move |snap| {
        let scope = &owned;
        let plan = snap.rollup.expect("the rollup's state was read");
        let mut q = Sql::default();
        q.push("WITH ");
        rolled_ctes(&mut q, scope, plan, false);
        if let Some(previous) = plan.previous_day_column(scope, &[]) {
            counted_totals(&mut q, scope, plan, previous);
            return q.finish();
        }
        raw_sessions(&mut q, scope, plan);
        q.push(
            ", split AS (SELECT session_id, visitor_id, first_ts, last_ts, pageviews, events FROM d
                       WHERE NOT whole OR session_id IN (SELECT session_id FROM raw)
                       UNION ALL SELECT * FROM raw),
             s AS (SELECT any_value(visitor_id) AS v, sum(pageviews) AS pv, sum(events) AS n,
                          date_diff('millisecond', min(first_ts), max(last_ts)) AS dur FROM split GROUP BY session_id
                   UNION ALL
                   SELECT visitor_id, pageviews, events, date_diff('millisecond', first_ts, last_ts) FROM d
                   WHERE whole AND session_id NOT IN (SELECT session_id FROM raw))
             SELECT ",
        );
        match plan.previous_day_of_filter(scope) {
            Some(previous) => {
                ids_counted_once(&mut q, None, |q| plan.first_in_span(q, previous), "visitor_id", "raw");
            }
            None => {
                q.push("(SELECT count(DISTINCT v) FROM s)");
            }
        }
        q.push(
            ", count(*), coalesce(sum(pv), 0),
               count(*) FILTER (WHERE pv = 1 AND n = 1), count(*) FILTER (WHERE pv > 0), coalesce(avg(dur), 0) FROM s",
        );
        q.finish()
    })
    .await?;
    Ok(Some(Totals::from_first_row(&rows)))
}
