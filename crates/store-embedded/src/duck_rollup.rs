//! The per-day session rollup (`day_sessions`, migrations 7 and 8): one row per UTC day,
//! session and values of `ROLLUP_DIMENSIONS`, with that day's aggregates of those events. What
//! it holds is exact for the days listed in `rolled_days`, because
//! - a day is rolled only once it is closed (ten minutes after its UTC midnight), from that
//!   day's events alone, one day per transaction on the writer connection;
//! - any later change to a day's events (an append with events in a closed day, deleted goals)
//!   removes the day's rows and its `rolled_days` entry in the same transaction as the change,
//!   so a reader sees either the old events with their rollup or the new events without one;
//! - `whole` is true only while the row is the session's only one: rolling a day sets it for
//!   sessions with one row that day and clears it on both sides for sessions another rolled
//!   day has too.
//!
//! Beside it, `day_pages` (migration 12): per day, visitor and page, the pageviews; written
//! and taken back with the day's `day_sessions` rows. Both keep, per row, what the visitor
//! (or session) did in earlier rolled rows (`PREVIOUS_DAYS`, `PREVIOUS_LAST_EVENTS`, the
//! pages' `prev_day`; migrations 10–12), so readers count distinct ids without hashing them;
//! a day rolled before rolled days, or taken back, lists its website in `day_sessions_stale`
//! until the roller has written the later rows again (readers hash ids meanwhile).
//! `day_page_counts` (migration 14) counts `day_pages` rows per day, page and `prev_day`, and
//! `day_session_counts` (migration 15) `day_sessions` rows per day and `prev_day`; both change
//! with the rows they count (`counts()`). `day_goals` and `day_goal_counts` (migration 16) are to
//! goal completions what `day_pages` and its counts are to pageviews (`VISITOR_DAYS`).
//!
//! Live traffic lands in today, never rolled, so ingestion pays one small `INSERT OR IGNORE`
//! into `event_days` per batch; rolling costs a scan of one day of events in the background.

use std::collections::BTreeSet;

use datafast_core::ObjectId;
use datafast_store::{
    EventRecord, StoreResult, VisitorDayRollup, GOALS_PER_VISITOR_DAY, PAGES_PER_VISITOR_DAY, PREVIOUS_DAYS,
    PREVIOUS_LAST_EVENTS, ROLLUP_DIMENSIONS,
};
use duckdb::{params, Connection, Transaction};

use crate::duck::{backend, DuckEventStore};

const DAY_MS: i64 = 86_400_000;
/// A day is closed (rollable) this long after its end, so that a batch still in flight when
/// the day ended lands first.
const CLOSE_AFTER_MS: i64 = 10 * 60_000;
/// Days rolled per `roll_closed_days` call (each in its own transaction).
const DAYS_PER_CALL: usize = 16;

pub(crate) fn day_of(ts_ms: i64) -> i64 {
    ts_ms.div_euclid(DAY_MS) * DAY_MS
}

/// Called in the append's transaction: notes the (website, day) pairs of the batch and takes
/// back the rollup of any closed day the batch adds to.
pub(crate) fn note_appended_days(tx: &Transaction, events: &[EventRecord], now_ms: i64) -> StoreResult<()> {
    // Ids, not their hex text, per event: this runs for every batch ingestion writes.
    let days: BTreeSet<(ObjectId, i64)> = events.iter().map(|e| (e.website_id, day_of(e.timestamp_ms))).collect();
    let today = day_of(now_ms);
    for (website, day) in &days {
        let website = &website.to_hex();
        tx.execute(
            "INSERT OR IGNORE INTO event_days VALUES (?, CAST(epoch_ms(?::BIGINT) AS DATE))",
            params![website, day],
        )
        .map_err(backend)?;
        if *day < today {
            forget_day(tx, website, *day)?;
        }
    }
    Ok(())
}

/// Drops a day's rollup (its events changed); the planner reads the day raw from now on.
pub(crate) fn forget_day(conn: &Connection, website: &str, day_ms: i64) -> StoreResult<()> {
    let dropped = conn
        .execute(
            "DELETE FROM rolled_days WHERE website_id = ? AND day = CAST(epoch_ms(?::BIGINT) AS DATE)",
            params![website, day_ms],
        )
        .map_err(backend)?;
    if dropped > 0 {
        // Rows after it may name this day as their visitor's previous one.
        note_stale_after(conn, website, day_ms)?;
        for table in rollup_tables() {
            conn.execute(
                &format!("DELETE FROM {table} WHERE website_id = ? AND day = CAST(epoch_ms(?::BIGINT) AS DATE)"),
                params![website, day_ms],
            )
            .map_err(backend)?;
        }
    }
    Ok(())
}

/// The columns of a `day_sessions` row but the `PREVIOUS_DAYS` ones, in table order.
fn base_columns() -> String {
    format!(
        "website_id, day, session_id, visitor_id, {}, first_ts, last_ts, pageviews, events, whole",
        ROLLUP_DIMENSIONS.join(", ")
    )
}

/// Inserts the rows `fresh` selects (base columns, of the website `?1`) with their
/// `PREVIOUS_DAYS` and `PREVIOUS_LAST_EVENTS` values: from each row's predecessors (by day,
/// by first event) among the fresh rows and the
/// visitor's rows on days before `lookback_before` (a SQL date expression, no later than the
/// first fresh day).
fn insert_with_previous_days(
    tx: &Transaction,
    fresh: &str,
    lookback_before: &str,
    params: &[&dyn duckdb::ToSql],
) -> StoreResult<usize> {
    let base = base_columns();
    // The visitor's earlier rows need only their ids, times and dimensions.
    let needed = ["day", "visitor_id", "session_id", "first_ts", "last_ts"];
    let earlier: Vec<&str> = base
        .split(", ")
        .map(|c| if needed.contains(&c) || ROLLUP_DIMENSIONS.contains(&c) { c } else { "NULL" })
        .collect();
    let mut previous: Vec<String> = PREVIOUS_DAYS
        .iter()
        .map(|(column, keys)| {
            let partition: Vec<&str> = std::iter::once("visitor_id").chain(keys.iter().copied()).collect();
            format!("lag(day) OVER (PARTITION BY {} ORDER BY day) AS {column}", partition.join(", "))
        })
        .collect();
    previous.extend(PREVIOUS_LAST_EVENTS.iter().map(|(column, id)| {
        format!(
            "max(last_ts) OVER (PARTITION BY {id} ORDER BY first_ts ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)
             AS {column}"
        )
    }));
    let names: Vec<&str> =
        PREVIOUS_DAYS.iter().map(|(c, _)| *c).chain(PREVIOUS_LAST_EVENTS.iter().map(|(c, _)| *c)).collect();
    tx.execute(
        &format!(
            "INSERT INTO day_sessions ({base}, {names})
             WITH fresh AS MATERIALIZED ({fresh}),
             both_ AS (SELECT TRUE AS is_fresh, {base} FROM fresh
                       UNION ALL
                       SELECT FALSE, {earlier} FROM day_sessions
                       WHERE website_id = ?1 AND day < {lookback_before}
                         AND visitor_id IN (SELECT visitor_id FROM fresh))
             SELECT {base}, {names} FROM (SELECT *, {previous} FROM both_) WHERE is_fresh",
            names = names.join(", "),
            earlier = earlier.join(", "),
            previous = previous.join(", "),
        ),
        params,
    )
    .map_err(backend)
}

/// The per-visitor rollups (`datafast_store::VisitorDayRollup`): pageviews per page, goal
/// completions per goal.
const VISITOR_DAYS: [VisitorDays; 2] = [VisitorDays(&PAGES_PER_VISITOR_DAY), VisitorDays(&GOALS_PER_VISITOR_DAY)];

/// How the roller writes a `VisitorDayRollup`'s rows.
struct VisitorDays(&'static VisitorDayRollup);

impl VisitorDays {
    /// The columns but `prev_day`, in table order.
    fn columns(&self) -> String {
        format!("website_id, day, visitor_id, {}, {}", self.0.keys.join(", "), self.0.events)
    }

    /// The day's rows from its events (website `?1`, day from `?2` to `?3` in ms; `day`, the
    /// day as a SQL date expression).
    fn rows_of_day(&self, day: &str) -> String {
        let keys = self.0.keys.join(", ");
        format!(
            "SELECT website_id, {day} AS day, visitor_id, {keys}, count(*)::INTEGER AS {events}
             FROM events WHERE website_id = ?1 AND ts >= epoch_ms(?2::BIGINT) AND ts < epoch_ms(?3::BIGINT)
               AND kind = '{kind}'
             GROUP BY website_id, visitor_id, {keys}",
            events = self.0.events,
            kind = self.0.kind,
        )
    }

    /// Inserts the rows `fresh` selects (`columns()`, website `?1`) with their `prev_day`:
    /// the visitor's previous day with those keys among the fresh rows and their rows on days
    /// before `lookback_before`.
    fn insert(
        &self,
        tx: &Transaction,
        fresh: &str,
        lookback_before: &str,
        params: &[&dyn duckdb::ToSql],
    ) -> StoreResult<usize> {
        let (table, columns, keys) = (self.0.rows, self.columns(), self.0.keys.join(", "));
        tx.execute(
            &format!(
                "INSERT INTO {table} ({columns}, prev_day)
                 WITH fresh AS MATERIALIZED ({fresh}),
                 both_ AS (SELECT TRUE AS is_fresh, {columns} FROM fresh
                           UNION ALL
                           SELECT FALSE, NULL, day, visitor_id, {keys}, NULL FROM {table}
                           WHERE website_id = ?1 AND day < {lookback_before}
                             AND visitor_id IN (SELECT visitor_id FROM fresh))
                 SELECT {columns}, prev_day
                 FROM (SELECT *, lag(day) OVER (PARTITION BY visitor_id, {keys} ORDER BY day) AS prev_day FROM both_)
                 WHERE is_fresh"
            ),
            params,
        )
        .map_err(backend)
    }
}

/// Lists `day` as a day after which the website's `PREVIOUS_DAYS` values may be wrong, and
/// the visitors of its rows as those whose later rows may be, when the website has rolled
/// rows after it. Called while the day's rows are there (after rolling it, before taking it
/// back): a visitor's values depend on that visitor's rows only.
fn note_stale_after(tx: &Connection, website: &str, day_ms: i64) -> StoreResult<()> {
    let day = "CAST(epoch_ms(?2::BIGINT) AS DATE)";
    let later = format!("EXISTS (SELECT 1 FROM rolled_days WHERE website_id = ?1 AND day > {day})");
    tx.execute(
        &format!("INSERT OR IGNORE INTO day_sessions_stale SELECT ?1, {day} WHERE {later}"),
        params![website, day_ms],
    )
    .map_err(backend)?;
    tx.execute(
        &format!(
            "INSERT OR IGNORE INTO day_sessions_stale_visitors
             SELECT DISTINCT website_id, visitor_id FROM day_sessions WHERE website_id = ?1 AND day = {day} AND {later}"
        ),
        params![website, day_ms],
    )
    .map_err(backend)?;
    Ok(())
}

fn roll_day(conn: &mut Connection, website: &str, day_ms: i64) -> StoreResult<()> {
    let tx = conn.transaction().map_err(backend)?;
    let day = "CAST(epoch_ms(?2::BIGINT) AS DATE)";
    for table in rollup_tables() {
        tx.execute(&format!("DELETE FROM {table} WHERE website_id = ?1 AND day = {day}"), params![website, day_ms])
            .map_err(backend)?;
    }
    // One row per visitor and page viewed, and per visitor and goal completed.
    for per_visitor in &VISITOR_DAYS {
        per_visitor.insert(&tx, &per_visitor.rows_of_day(day), day, params![website, day_ms, day_ms + DAY_MS])?;
    }
    // One row per session and dimension values; a session with more than one row that day
    // is not whole.
    let dims = ROLLUP_DIMENSIONS.join(", ");
    insert_with_previous_days(
        &tx,
        &format!(
            "SELECT website_id, {day} AS day, session_id, any_value(visitor_id) AS visitor_id, {dims},
                    min(ts) AS first_ts, max(ts) AS last_ts,
                    (count(*) FILTER (WHERE kind = 'pageview'))::INTEGER AS pageviews, count(*)::INTEGER AS events,
                    count(*) OVER (PARTITION BY session_id) = 1 AS whole
             FROM events WHERE website_id = ?1 AND ts >= epoch_ms(?2::BIGINT) AND ts < epoch_ms(?3::BIGINT)
             GROUP BY website_id, session_id, {dims}"
        ),
        day,
        params![website, day_ms, day_ms + DAY_MS],
    )?;
    // Sessions this day shares with another rolled day are not whole, here and there.
    tx.execute(
        &format!(
            "UPDATE day_sessions SET whole = FALSE
             WHERE website_id = ?1 AND whole
               AND session_id IN (SELECT session_id FROM day_sessions WHERE website_id = ?1 AND day = {day})
               AND session_id IN (SELECT session_id FROM day_sessions WHERE website_id = ?1 AND day <> {day})"
        ),
        params![website, day_ms],
    )
    .map_err(backend)?;
    for counts in counts() {
        tx.execute(
            &format!(
                "INSERT INTO {table} (website_id, {keys}, {names})
                 SELECT website_id, {keys}, {values} FROM {source} WHERE website_id = ?1 AND day = {day} GROUP BY ALL",
                table = counts.table,
                keys = counts.keys.join(", "),
                names = counts.names(),
                values = counts.values(),
                source = counts.source,
            ),
            params![website, day_ms],
        )
        .map_err(backend)?;
    }
    // Rolled days after this one counted their visitors without it.
    note_stale_after(&tx, website, day_ms)?;
    tx.execute(
        &format!("INSERT OR REPLACE INTO rolled_days VALUES (?1, {day}, now()::TIMESTAMP)"),
        params![website, day_ms],
    )
    .map_err(backend)?;
    tx.commit().map_err(backend)
}

/// Writes the `PREVIOUS_DAYS` and `PREVIOUS_LAST_EVENTS` values of the website's
/// `day_sessions` rows after `after_ms` again, and the `prev_day` of its `VISITOR_DAYS` rows
/// (taken out and inserted anew, looking back at the rows left): the rows of the listed
/// stale visitors, or every row when none are listed; then clears both stale lists.
fn refresh_previous_days(conn: &mut Connection, website: &str, after_ms: i64) -> StoreResult<()> {
    let tx = conn.transaction().map_err(backend)?;
    let listed: i64 = tx
        .query_row("SELECT count(*) FROM day_sessions_stale_visitors WHERE website_id = ?", params![website], |r| {
            r.get(0)
        })
        .map_err(backend)?;
    let after = "CAST(epoch_ms(?2::BIGINT) AS DATE)";
    let rows = if listed > 0 {
        format!(
            "website_id = ?1 AND day > {after}
             AND visitor_id IN (SELECT visitor_id FROM day_sessions_stale_visitors WHERE website_id = ?1)"
        )
    } else {
        format!("website_id = ?1 AND day > {after}")
    };
    // The redone rows' counts, taken out now and counted again after.
    for counts in counts() {
        counts.take_out(&tx, &rows, params![website, after_ms])?;
    }
    let redone = |table: &str, columns: &str| -> StoreResult<String> {
        tx.execute_batch(&format!("DROP TABLE IF EXISTS temp.{table}_redo")).map_err(backend)?;
        tx.execute(
            &format!("CREATE TEMP TABLE {table}_redo AS SELECT {columns} FROM {table} WHERE {rows}"),
            params![website, after_ms],
        )
        .map_err(backend)?;
        tx.execute(&format!("DELETE FROM {table} WHERE {rows}"), params![website, after_ms]).map_err(backend)?;
        Ok(format!("SELECT * FROM temp.{table}_redo WHERE website_id = ?1"))
    };
    // Inserted again looking back at the rows left of the redone visitors: all on or before
    // `after`.
    let lookback_before = format!("{after} + 1");
    let fresh = redone("day_sessions", &base_columns())?;
    insert_with_previous_days(&tx, &fresh, &lookback_before, params![website, after_ms])?;
    for per_visitor in &VISITOR_DAYS {
        let fresh = redone(per_visitor.0.rows, &per_visitor.columns())?;
        per_visitor.insert(&tx, &fresh, &lookback_before, params![website, after_ms])?;
    }
    for table in std::iter::once("day_sessions").chain(VISITOR_DAYS.iter().map(|v| v.0.rows)) {
        tx.execute_batch(&format!("DROP TABLE temp.{table}_redo")).map_err(backend)?;
    }
    for counts in counts() {
        counts.count_again(&tx, &rows, params![website, after_ms])?;
    }
    for list in ["day_sessions_stale", "day_sessions_stale_visitors"] {
        tx.execute(&format!("DELETE FROM {list} WHERE website_id = ?"), params![website]).map_err(backend)?;
    }
    tx.commit().map_err(backend)
}

/// The rollup's tables, each with rows per website and day: `day_sessions`, the per-visitor
/// rollups and every table of counts.
fn rollup_tables() -> Vec<&'static str> {
    let rows = std::iter::once("day_sessions").chain(VISITOR_DAYS.iter().map(|v| v.0.rows));
    rows.chain(counts().iter().map(|c| c.table)).collect()
}

/// A table that counts a rollup table's rows per day and keys (`prev_day` among them), kept
/// equal to its rows counted: written with a rolled day, dropped with it, and for rows the
/// roller writes again, their old counts taken out and the new ones added.
struct Counts {
    table: &'static str,
    source: &'static str,
    /// `day` first, then the other grouping columns.
    keys: Vec<&'static str>,
    /// (column, aggregate over the source's rows); the first counts the rows.
    values: Vec<(&'static str, String)>,
}

/// `day_session_counts`, and each per-visitor rollup's counts (`visitors` and its events
/// summed, per day, keys and `prev_day`).
fn counts() -> Vec<Counts> {
    let sessions = Counts {
        table: "day_session_counts",
        source: "day_sessions",
        keys: vec!["day", "prev_day"],
        values: [
            ("row_count", "count(*)"),
            ("pageviews", "sum(pageviews)"),
            ("bounce_rows", "count(*) FILTER (WHERE pageviews = 1 AND events = 1)"),
            ("viewed_rows", "count(*) FILTER (WHERE pageviews > 0)"),
            ("duration_ms", "sum(date_diff('millisecond', first_ts, last_ts))"),
        ]
        .map(|(name, value)| (name, value.to_string()))
        .to_vec(),
    };
    let per_visitor = VISITOR_DAYS.iter().map(|VisitorDays(r)| Counts {
        table: r.counts,
        source: r.rows,
        keys: std::iter::once("day").chain(r.keys.iter().copied()).chain(["prev_day"]).collect(),
        values: vec![("visitors", "count(*)".to_string()), (r.events, format!("sum({})", r.events))],
    });
    std::iter::once(sessions).chain(per_visitor).collect()
}

impl Counts {
    fn names(&self) -> String {
        self.values.iter().map(|(name, _)| *name).collect::<Vec<_>>().join(", ")
    }

    fn values(&self) -> String {
        self.values.iter().map(|(_, value)| value.as_str()).collect::<Vec<_>>().join(", ")
    }

    fn delta(&self) -> String {
        format!("temp.{}_delta", self.table)
    }

    /// Notes the counts of the source's rows that `rows` selects (website `?1`), negated, in
    /// `delta()`: those rows are about to be written again.
    fn take_out(&self, tx: &Transaction, rows: &str, params: &[&dyn duckdb::ToSql]) -> StoreResult<()> {
        let negated: Vec<String> = self.values.iter().map(|(name, value)| format!("-({value}) AS {name}")).collect();
        tx.execute_batch(&format!("DROP TABLE IF EXISTS {}", self.delta())).map_err(backend)?;
        tx.execute(
            &format!(
                "CREATE TEMP TABLE {table}_delta AS SELECT {keys}, {negated} FROM {source} WHERE {rows} GROUP BY ALL",
                table = self.table,
                keys = self.keys.join(", "),
                negated = negated.join(", "),
                source = self.source,
            ),
            params,
        )
        .map_err(backend)?;
        Ok(())
    }

    /// After `take_out` and the rewrite: adds the rewritten rows' counts to the delta and
    /// merges it into the counts, rewriting only those of the (day, keys but `prev_day`)
    /// groups the rows touch.
    fn count_again(&self, tx: &Transaction, rows: &str, params: &[&dyn duckdb::ToSql]) -> StoreResult<()> {
        let (table, delta, keys, names) = (self.table, self.delta(), self.keys.join(", "), self.names());
        tx.execute(
            &format!(
                "INSERT INTO {delta} SELECT {keys}, {} FROM {} WHERE {rows} GROUP BY ALL",
                self.values(),
                self.source
            ),
            params,
        )
        .map_err(backend)?;
        let same_group: Vec<String> =
            self.keys.iter().filter(|k| **k != "prev_day").map(|k| format!("t.{k} = c.{k}")).collect();
        let touched = format!("EXISTS (SELECT 1 FROM {delta} t WHERE {})", same_group.join(" AND "));
        let sums: Vec<String> = self.values.iter().map(|(name, _)| format!("sum({name}) AS {name}")).collect();
        let merged = format!("temp.{table}_merged");
        tx.execute_batch(&format!("DROP TABLE IF EXISTS {merged}")).map_err(backend)?;
        tx.execute(
            &format!(
                "CREATE TEMP TABLE {table}_merged AS
                 SELECT {keys}, {sums} FROM (
                     SELECT {keys}, {names} FROM {table} c WHERE website_id = ?1 AND {touched}
                     UNION ALL SELECT * FROM {delta})
                 GROUP BY ALL HAVING sum({rows_counted}) <> 0",
                sums = sums.join(", "),
                rows_counted = self.values[0].0,
            ),
            &params[..1],
        )
        .map_err(backend)?;
        tx.execute(&format!("DELETE FROM {table} c WHERE website_id = ?1 AND {touched}"), &params[..1])
            .map_err(backend)?;
        tx.execute(
            &format!("INSERT INTO {table} (website_id, {keys}, {names}) SELECT ?1, * FROM {merged}"),
            &params[..1],
        )
        .map_err(backend)?;
        tx.execute_batch(&format!("DROP TABLE {delta}; DROP TABLE {merged}")).map_err(backend)?;
        Ok(())
    }
}

impl DuckEventStore {
    /// Rolls up to 16 closed days that have events and no rollup yet, oldest first, each in
    /// its own transaction (ingestion's appends interleave). Returns how many were rolled.
    pub async fn roll_closed_days(&self, now_ms: i64) -> StoreResult<usize> {
        let limit = day_of(now_ms - CLOSE_AFTER_MS);
        let pending: Vec<(String, i64)> = self
            .db
            .run(move |c| {
                let mut stmt = c
                    .prepare(
                        "SELECT e.website_id, epoch_ms(e.day::TIMESTAMP) FROM event_days e
                         WHERE e.day < CAST(epoch_ms(?::BIGINT) AS DATE)
                           AND NOT EXISTS (SELECT 1 FROM rolled_days r WHERE r.website_id = e.website_id AND r.day = e.day)
                         ORDER BY e.day, e.website_id LIMIT ?",
                    )
                    .map_err(backend)?;
                let rows = stmt
                    .query_map(params![limit, DAYS_PER_CALL as i64], |r| Ok((r.get(0)?, r.get(1)?)))
                    .map_err(backend)?;
                rows.collect::<Result<Vec<_>, _>>().map_err(backend)
            })
            .await?;
        for (website, day) in &pending {
            let (website, day) = (website.clone(), *day);
            self.db.run(move |c| roll_day(c, &website, day)).await?;
        }
        // Days rolled out of order or taken back: their websites' later rows again.
        let stale: Vec<(String, i64)> = self
            .db
            .run(|c| {
                let mut stmt = c
                    .prepare(
                        "SELECT website_id, epoch_ms(min(day)::TIMESTAMP) FROM day_sessions_stale GROUP BY website_id",
                    )
                    .map_err(backend)?;
                let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?))).map_err(backend)?;
                rows.collect::<Result<Vec<_>, _>>().map_err(backend)
            })
            .await?;
        for (website, after) in stale {
            self.db.run(move |c| refresh_previous_days(c, &website, after)).await?;
        }
        Ok(pending.len())
    }
}
