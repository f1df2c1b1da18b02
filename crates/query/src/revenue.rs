//! Revenue: payments joined to the sessions that earned them, in the website's currency.
//!
//! Attribution rule (docs/metrics.md, "Revenue attribution"), applied by every endpoint through
//! `payments_ctes`, so breakdown rows add up to the overview:
//! 1. The converting session is the payment's `session_id` when it is one of the visitor's
//!    sessions; otherwise the visitor's latest session that started at or before the payment;
//!    otherwise (the payment arrived before any pageview was stored) their first session.
//! 2. The credited session is the visitor's latest session with a non-direct source (referrer,
//!    UTM, ref/source/via) that started at or before the converting session; when every such
//!    session was direct, the converting session itself ("last non-direct touch").
//! 3. The payment takes every dimension of the credited session's landing event: source,
//!    campaign, landing page (the pages breakdown), host, location, system, visit number.
//!    A payment without a known visitor keeps every dimension empty: it counts in totals and in
//!    the `Direct/None`/`Unknown` rows, and matches a filter the way an event with that
//!    dimension unknown would.
//!
//! A payment recorded before the visitor's events reach the store is attributed as soon as
//! they do. Attribution is stored per payment (`refresh_payment_credit`, run by the server's
//! upkeep) and computed from the events where the stored rows may be stale (`Credit`; the
//! embedded store marks them in the transaction of each change that can move them).
//!
//! A payment without a visitor but with a customer email is linked (`linked_payments`) to the
//! visitor whose tracker sent a `payment` event with that email (`datafast("payment", {email})`,
//! DataFast's path C), with that event's session as the converting session; whichever of the
//! two arrives first, the link holds from the moment both are stored.
//!
//! Amounts are converted from the payment's currency to the website's at the ECB rate of the
//! payment's day (`fx_rates`, nearest earlier day; see `datafast_core::fx`).

use std::collections::HashMap;

use datafast_core::ObjectId;
use datafast_store::sql::{Dialect, Row, SqlParam, SqlQuery};
use datafast_store::{EventStore, StoreResult, CHECKOUT_KEYS};

use crate::sql::Sql;

use crate::{bucket_of, condition, snapshot, BucketPlan, Scope};

/// Money in a scope, in the website's currency. `refund` is a positive amount.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Revenue {
    pub new: f64,
    pub renewal: f64,
    pub refund: f64,
    /// New and renewal payments (refunds and free trials are not payments received).
    pub payments: i64,
    /// Distinct visitors with a new or renewal payment.
    pub customers: i64,
}

impl Revenue {
    /// New plus renewal revenue, less refunds.
    pub fn revenue(&self) -> f64 {
        self.new + self.renewal - self.refund
    }

    /// The revenue that revenue-per-visitor style metrics use: renewals only when the website
    /// counts them (`includeRenewalRevenue`), refunds always deducted.
    pub fn counted(&self, include_renewals: bool) -> f64 {
        self.new + if include_renewals { self.renewal } else { 0.0 } - self.refund
    }

    pub(crate) fn from_row(r: &[datafast_store::sql::SqlValue]) -> Revenue {
        Revenue {
            new: r[0].as_f64(),
            renewal: r[1].as_f64(),
            refund: r[2].as_f64(),
            payments: r[3].as_i64(),
            customers: r.get(4).map(|v| v.as_i64()).unwrap_or(0),
        }
    }
}

/// The aggregate columns every revenue query selects, in `Revenue::from_row` order.
pub(crate) const SUMS: &str = "coalesce(sum(value) FILTER (WHERE pkind = 'new'), 0) AS rn,
     coalesce(sum(value) FILTER (WHERE pkind = 'renewal'), 0) AS rr,
     coalesce(sum(value) FILTER (WHERE pkind = 'refund'), 0) AS rf,
     count(*) FILTER (WHERE pkind IN ('new', 'renewal')) AS np,
     count(DISTINCT payer) FILTER (WHERE pkind IN ('new', 'renewal')) AS nc";

/// Event columns a payment takes from its credited session's landing event (NULL → '').
const DIMENSIONS: &[&str] = &[
    "hostname",
    "referrer",
    "referrer_domain",
    "referrer_name",
    "channel",
    "utm_source",
    "utm_medium",
    "utm_campaign",
    "utm_term",
    "utm_content",
    "ref_param",
    "source_param",
    "via_param",
    "country",
    "region",
    "city",
    "browser",
    "browser_version",
    "os",
    "os_version",
    "device",
    "language",
    "entry_path",
];

/// Whether the scope's range holds any payment, as a boolean SQL expression: a column of the
/// planner's first statement (`snapshot::read`); statements skip the revenue joins when false.
pub(crate) fn any_payment(q: &mut Sql, scope: &Scope) {
    q.push("(SELECT count(*) FROM (SELECT 1 FROM payments WHERE ");
    payment_range(q, scope, "");
    q.push(" LIMIT 1)) > 0");
}

/// A statement that yields no rows: what revenue reads run when the range has no payment.
fn no_rows() -> datafast_store::sql::SqlQuery {
    datafast_store::sql::SqlQuery { sql: "SELECT 1 WHERE FALSE".into(), params: Vec::new() }
}

fn payment_range(q: &mut Sql, scope: &Scope, alias: &str) {
    q.push(&format!("{alias}website_id = ")).bind(SqlParam::Text(scope.website_id.to_hex()));
    if let Some(r) = scope.range {
        q.push(&format!(" AND {alias}ts >= ")).bind(SqlParam::TimestampMs(r.start_ms));
        q.push(&format!(" AND {alias}ts < ")).bind(SqlParam::TimestampMs(r.end_ms));
    }
}

/// The website's payments, each with `linked_visitor` and `linked_session`, the first of:
/// 1. its own visitor and session (the Payments API's `datafast_visitor_id`, provider metadata);
/// 2. the visitor and session of the first tracker `payment` event that named its checkout
///    (`stripe_session_id`, ... from the success URL: path B);
/// 3. those of the latest tracker `payment` event that named its customer email (path C);
/// 4. the visitor of the same provider customer's first linked payment (renewals and refunds
///    of a subscription bought through an attributed checkout), without a session.
///
/// A parenthesised relation for a FROM clause.
pub(crate) fn linked_payments(q: &mut Sql, website_id: ObjectId) {
    let site = || SqlParam::Text(website_id.to_hex());
    // Tracker properties are stored sanitised (no quotes), so a pattern reads the values.
    q.push("(WITH checkout_links AS (SELECT provider, ref, arg_min(visitor_id, ts) AS visitor_id, arg_min(session_id, ts) AS session_id FROM (");
    for (i, (provider, key)) in CHECKOUT_KEYS.iter().enumerate() {
        if i > 0 {
            q.push(" UNION ALL ");
        }
        q.push(&format!(
            r#"SELECT '{provider}' AS provider, regexp_extract(properties, '"{key}":"([^"]*)"', 1) AS ref, visitor_id, session_id, ts
               FROM events WHERE website_id = "#
        ))
        .bind(site())
        .push(&format!(r#" AND kind = 'payment' AND contains(properties, '"{key}":"')"#));
    }
    q.push(
        r#") WHERE ref <> '' GROUP BY provider, ref),
        email_links AS (SELECT lower(regexp_extract(properties, '"email":"([^"]*)"', 1)) AS email,
                       arg_max(visitor_id, ts) AS visitor_id, arg_max(session_id, ts) AS session_id
                FROM events WHERE website_id = "#,
    )
    .bind(site())
    .push(
        r#" AND kind = 'payment' AND contains(properties, '"email":"') GROUP BY 1),
        direct AS (SELECT p.*,
                   coalesce(p.visitor_id, cl.visitor_id, em.visitor_id) AS direct_visitor,
                   CASE WHEN p.visitor_id IS NOT NULL THEN p.session_id
                        WHEN cl.visitor_id IS NOT NULL THEN cl.session_id
                        ELSE em.session_id END AS direct_session
            FROM payments p
            LEFT JOIN checkout_links cl
              ON p.visitor_id IS NULL AND p.checkout_ref <> '' AND cl.provider = p.provider AND cl.ref = p.checkout_ref
            LEFT JOIN email_links em
              ON p.visitor_id IS NULL AND p.customer_email <> '' AND em.email = p.customer_email
            WHERE p.website_id = "#,
    )
    .bind(site())
    .push(
        r#"),
        customer_links AS (SELECT provider, customer_id, arg_min(direct_visitor, ts) AS visitor_id FROM direct
            WHERE direct_visitor IS NOT NULL AND customer_id <> '' GROUP BY provider, customer_id)
        SELECT d.* EXCLUDE (direct_visitor, direct_session),
               coalesce(d.direct_visitor, cu.visitor_id) AS linked_visitor,
               d.direct_session AS linked_session
        FROM direct d LEFT JOIN customer_links cu
          ON d.direct_visitor IS NULL AND d.customer_id <> '' AND cu.provider = d.provider AND cu.customer_id = d.customer_id)"#,
    );
}

/// Where a statement takes its payments' attribution from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Credit {
    /// Computed from the events by the statement itself.
    Live,
    /// The stored rows (`payment_credit`, valid: the website is in `credited_websites`),
    /// but for the payments computed live: with `dirty`, those of the visitors in
    /// `credit_dirty`; with `pending`, those in `credit_pending` (new or relinked payments).
    Stored { dirty: bool, pending: bool },
}

/// The columns of an attributed payment (`payment_credit`'s, with `pid` for `payment_id`),
/// in order: the stored rows and the ones computed live are unioned. The payment's facts
/// (time, kind, currency, amount in major units, `eur`: that amount in euros at its day's
/// rate), its links, then the credited session and its landing event's dimensions.
fn credit_columns() -> String {
    let mut cols = String::from(
        "pid, ts, pkind, currency, amount, eur, payer, payer_session, visitor_id, session_id, visit_number, pathname",
    );
    for d in DIMENSIONS {
        cols.push_str(", ");
        cols.push_str(d);
    }
    cols
}

/// `pay0 (pid, ts, pkind, currency, amount, eur, pv, ps)`: the website's payments with their
/// links (`linked_payments`), in `scope`'s range when given.
fn linked_pay0(q: &mut Sql, website_id: ObjectId, scope: Option<&Scope>) {
    q.push("pay0 AS (");
    linked_facts(q, website_id, scope, false);
    q.push(")");
}

/// The rows of `linked_pay0` as a SELECT; with `pending_only`, of the payments in
/// `credit_pending` alone.
fn linked_facts(q: &mut Sql, website_id: ObjectId, scope: Option<&Scope>, pending_only: bool) {
    let site = || SqlParam::Text(website_id.to_hex());
    q.push(
        "SELECT lp.id AS pid, lp.ts, lp.kind AS pkind, lp.currency,
                lp.amount_minor::DOUBLE / lp.minor_per_major AS amount,
                lp.amount_minor::DOUBLE / lp.minor_per_major / rc.per_eur AS eur,
                lp.linked_visitor AS pv, lp.linked_session AS ps
         FROM ",
    );
    linked_payments(q, website_id);
    // The rates of the website's payment currencies only: an ASOF join sorts its whole right
    // side, and the shipped table holds every currency since 1999 (194 k rows; 23 → 7 ms).
    q.push(
        " lp ASOF LEFT JOIN (SELECT currency, day, per_eur FROM fx_rates
                            WHERE currency IN (SELECT currency FROM payments WHERE website_id = ",
    )
    .bind(site())
    .push(")) rc ON rc.currency = lp.currency AND lp.ts >= rc.day WHERE TRUE");
    if let Some(scope) = scope {
        q.push(" AND ");
        payment_range(q, scope, "lp.");
    }
    if pending_only {
        q.push(" AND lp.id IN (SELECT payment_id FROM credit_pending WHERE website_id = ").bind(site()).push(")");
    }
}

/// The stored facts and links of the website's payments whose visitor is in `credit_dirty`
/// (and that are not pending), as `linked_facts` rows.
fn dirty_facts(q: &mut Sql, website_id: ObjectId, scope: Option<&Scope>) {
    let site = || SqlParam::Text(website_id.to_hex());
    q.push(
        "SELECT payment_id AS pid, ts, pkind, currency, amount, eur, payer AS pv, payer_session AS ps
         FROM payment_credit WHERE website_id = ",
    )
    .bind(site());
    if let Some(scope) = scope {
        ts_range(q, scope);
    }
    q.push(" AND payer IN (SELECT visitor_id FROM credit_dirty WHERE website_id = ")
        .bind(site())
        .push(") AND payment_id NOT IN (SELECT payment_id FROM credit_pending WHERE website_id = ")
        .bind(site())
        .push(")");
}

/// `pay0` for the payments a partly valid attribution computes live: the dirty visitors'
/// (facts and links as stored: a change of links makes a payment pending or uncredits the
/// website) and the pending ones (linked now).
fn partial_pay0(q: &mut Sql, website_id: ObjectId, scope: Option<&Scope>, dirty: bool, pending: bool) {
    q.push("pay0 AS (");
    if dirty {
        dirty_facts(q, website_id, scope);
    }
    if dirty && pending {
        q.push(" UNION ALL ");
    }
    if pending {
        linked_facts(q, website_id, scope, true);
    }
    q.push(")");
}

/// Attribution computed from the events: given `pay0`, the CTEs `sess, conv, credit, anchor`
/// and `out` with `credit_columns`.
pub(crate) fn attribution_ctes(q: &mut Sql, website_id: ObjectId, out: &str) {
    let site = || SqlParam::Text(website_id.to_hex());
    q.push(
        "sess AS (SELECT visitor_id, session_id, min(ts) AS started,
                bool_and(referrer_domain = '' AND utm_source = '' AND utm_medium = '' AND utm_campaign = ''
                         AND utm_term = '' AND utm_content = '' AND ref_param = '' AND source_param = ''
                         AND via_param = '') AS direct
         FROM events WHERE website_id = ",
    )
    .bind(site())
    .push(&format!(
        " AND visitor_id IN (SELECT pv FROM pay0 WHERE pv IS NOT NULL) GROUP BY visitor_id, session_id),
         conv AS (SELECT p.*, coalesce(
                (SELECT min(s.started) FROM sess s WHERE s.visitor_id = p.pv AND s.session_id = p.ps),
                (SELECT max(s.started) FROM sess s WHERE s.visitor_id = p.pv AND s.started <= p.ts),
                (SELECT min(s.started) FROM sess s WHERE s.visitor_id = p.pv)) AS conv_start
             FROM pay0 p),
         credit AS (SELECT c.*, coalesce(
                (SELECT arg_max(s.session_id, s.started) FROM sess s
                  WHERE s.visitor_id = c.pv AND s.started <= c.conv_start AND NOT s.direct),
                (SELECT arg_max(s.session_id, s.started) FROM sess s
                  WHERE s.visitor_id = c.pv AND s.started <= c.conv_start)) AS cs
             FROM conv c),
         anchor AS (SELECT visitor_id, session_id, visit_number, kind, ts, {} FROM events WHERE website_id = ",
        DIMENSIONS.join(", ")
    ))
    .bind(site())
    .push(&format!(
        " AND session_id IN (SELECT cs FROM credit WHERE cs IS NOT NULL)
             QUALIFY row_number() OVER (PARTITION BY session_id ORDER BY kind <> 'pageview', ts) = 1),
         {out} AS (SELECT c.pid, c.ts, c.pkind, c.currency, c.amount, c.eur, c.pv AS payer, c.ps AS payer_session,
                coalesce(a.visitor_id, c.pv, '00000000-0000-0000-0000-000000000000'::UUID) AS visitor_id,
                a.session_id, a.visit_number, coalesce(a.entry_path, '') AS pathname"
    ));
    for d in DIMENSIONS {
        q.push(&format!(", coalesce(a.{d}, '') AS {d}"));
    }
    q.push(" FROM credit c LEFT JOIN anchor a ON a.session_id = c.cs)");
}

fn ts_range(q: &mut Sql, scope: &Scope) {
    if let Some(r) = scope.range {
        q.push(" AND ts >= ").bind(SqlParam::TimestampMs(r.start_ms));
        q.push(" AND ts < ").bind(SqlParam::TimestampMs(r.end_ms));
    }
}

/// `…, cr, pay, pf`: the scope's payments with the sessions they are credited to (`cr`,
/// from `credit`), valued in `currency` (`pay`), filters applied (`pf`).
pub(crate) fn payments_ctes(q: &mut Sql, scope: &Scope, currency: &str, credit: Credit) {
    let site = || SqlParam::Text(scope.website_id.to_hex());
    match credit {
        Credit::Live => {
            linked_pay0(q, scope.website_id, Some(scope));
            q.push(", ");
            attribution_ctes(q, scope.website_id, "cr");
        }
        Credit::Stored { dirty, pending } => {
            if dirty || pending {
                partial_pay0(q, scope.website_id, Some(scope), dirty, pending);
                q.push(", ");
                attribution_ctes(q, scope.website_id, "crl");
                q.push(", ");
            }
            q.push(&format!(
                "cr AS (SELECT payment_id AS {} FROM payment_credit WHERE website_id = ",
                credit_columns()
            ))
            .bind(site());
            ts_range(q, scope);
            if dirty {
                q.push(" AND (payer IS NULL OR payer NOT IN (SELECT visitor_id FROM credit_dirty WHERE website_id = ")
                    .bind(site())
                    .push("))");
            }
            if pending {
                q.push(" AND payment_id NOT IN (SELECT payment_id FROM credit_pending WHERE website_id = ")
                    .bind(site())
                    .push(")");
            }
            if dirty || pending {
                q.push(" UNION ALL SELECT * FROM crl");
            }
            q.push(")");
        }
    }
    // Converted at the rates of the payment's day (nearest earlier published one).
    q.push(
        ", pay AS (SELECT cr.* EXCLUDE (currency, amount, eur),
                          coalesce(CASE WHEN cr.currency = ",
    )
    .bind(SqlParam::Text(currency.to_string()))
    .push(
        " THEN cr.amount ELSE cr.eur * rs.per_eur END, 0) AS value
                   FROM cr ASOF LEFT JOIN (SELECT day, per_eur FROM fx_rates WHERE currency = ",
    )
    .bind(SqlParam::Text(currency.to_string()))
    .push(
        ") rs ON cr.ts >= rs.day),
         pf AS (SELECT * FROM pay WHERE TRUE",
    );
    for f in &scope.filters {
        q.push(" AND ");
        condition(q, scope, f);
    }
    q.push(")");
}

/// Where the scope's statement finds the attribution, as three columns of the planner's
/// first statement (`snapshot::read`): whether the website's stored rows are valid, whether
/// some of its visitors are dirty, whether some of its payments are pending.
pub(crate) fn credit_state(q: &mut Sql, website_id: ObjectId) {
    let site = || SqlParam::Text(website_id.to_hex());
    q.push("(SELECT count(*) FROM credited_websites WHERE website_id = ")
        .bind(site())
        .push(") > 0, (SELECT count(*) FROM (SELECT 1 FROM credit_dirty WHERE website_id = ")
        .bind(site())
        .push(" LIMIT 1)) > 0, (SELECT count(*) FROM (SELECT 1 FROM credit_pending WHERE website_id = ")
        .bind(site())
        .push(" LIMIT 1)) > 0");
}

pub(crate) fn credit_from_state(credited: bool, dirty: bool, pending: bool) -> Credit {
    if credited {
        Credit::Stored { dirty, pending }
    } else {
        Credit::Live
    }
}

/// Stores the attribution of every payment whose stored one is missing or may be stale
/// (see `datafast_store_embedded`'s `duck_credit`): a website no longer credited is
/// recomputed whole, a credited one for its dirty visitors' and pending payments, each in
/// one transaction. Returns how many websites were written. Engines without stored
/// attribution (anything but DuckDB for now) always read it live.
pub async fn refresh_payment_credit(store: &dyn EventStore) -> StoreResult<usize> {
    if store.dialect() != Dialect::DuckDb {
        return Ok(0);
    }
    let pending = store
        .query(SqlQuery {
            sql: "SELECT website_id, bool_or(whole), bool_or(dirty), bool_or(pending) FROM (
                      SELECT DISTINCT website_id, TRUE AS whole, FALSE AS dirty, FALSE AS pending FROM payments
                      WHERE website_id NOT IN (SELECT website_id FROM credited_websites)
                      UNION ALL
                      SELECT DISTINCT website_id, FALSE, TRUE, FALSE FROM credit_dirty
                      WHERE website_id IN (SELECT website_id FROM credited_websites)
                      UNION ALL
                      SELECT DISTINCT website_id, FALSE, FALSE, TRUE FROM credit_pending
                      WHERE website_id IN (SELECT website_id FROM credited_websites))
                  GROUP BY website_id ORDER BY website_id"
                .into(),
            params: Vec::new(),
        })
        .await?;
    let mut written = 0;
    for row in pending {
        let Ok(website_id) = row[0].as_str().parse::<ObjectId>() else {
            continue;
        };
        let flag = |i: usize| row[i].as_i64() != 0;
        let statements =
            if flag(1) { credit_website(website_id) } else { credit_some_payments(website_id, flag(2), flag(3)) };
        store.write(statements).await?;
        written += 1;
    }
    Ok(written)
}

fn statement(sql: &str, website_id: ObjectId) -> SqlQuery {
    statement_then(sql, website_id, "")
}

fn statement_then(sql: &str, website_id: ObjectId, rest: &str) -> SqlQuery {
    let mut q = Sql::default();
    q.push(sql).bind(SqlParam::Text(website_id.to_hex())).push(rest);
    q.finish()
}

/// Inserts `cr` (written by `ctes` after a `WITH`) as the website's rows.
fn insert_credit(website_id: ObjectId, ctes: impl FnOnce(&mut Sql)) -> SqlQuery {
    let columns = credit_columns().replacen("pid", "payment_id", 1);
    let mut q = Sql::default();
    q.push(&format!("INSERT INTO payment_credit (website_id, {columns}) WITH "));
    ctes(&mut q);
    q.push("SELECT ").bind(SqlParam::Text(website_id.to_hex())).push(", * FROM cr");
    q.finish()
}

/// Every payment of the website, from scratch; the website is credited, no visitor dirty.
fn credit_website(website_id: ObjectId) -> Vec<SqlQuery> {
    vec![
        statement("DELETE FROM payment_credit WHERE website_id = ", website_id),
        insert_credit(website_id, |q| {
            linked_pay0(q, website_id, None);
            q.push(", ");
            attribution_ctes(q, website_id, "cr");
            q.push(" ");
        }),
        statement("DELETE FROM credit_dirty WHERE website_id = ", website_id),
        statement("DELETE FROM credit_pending WHERE website_id = ", website_id),
        statement_then("INSERT OR REPLACE INTO credited_websites VALUES (", website_id, ", now()::TIMESTAMP)"),
    ]
}

/// The payments of the website's dirty visitors and its pending payments, recomputed; none
/// dirty or pending after. (The writer runs one transaction at a time, so no event lands
/// between the statements.)
fn credit_some_payments(website_id: ObjectId, dirty: bool, pending: bool) -> Vec<SqlQuery> {
    if !dirty && !pending {
        return Vec::new();
    }
    let site = || SqlParam::Text(website_id.to_hex());
    let mut redo = Sql::default();
    // Only the kinds there are: the pending payments' links read every tracker `payment`
    // event of the website (~200 ms at 10 M events).
    redo.push("CREATE TEMP TABLE credit_redo AS WITH ");
    partial_pay0(&mut redo, website_id, None, dirty, pending);
    redo.push(" SELECT * FROM pay0");
    let mut forget = Sql::default();
    forget
        .push("DELETE FROM payment_credit WHERE website_id = ")
        .bind(site())
        .push(" AND payment_id IN (SELECT pid FROM credit_redo)");
    vec![
        redo.finish(),
        forget.finish(),
        insert_credit(website_id, |q| {
            q.push("pay0 AS (SELECT * FROM credit_redo), ");
            attribution_ctes(q, website_id, "cr");
            q.push(" ");
        }),
        SqlQuery { sql: "DROP TABLE credit_redo".into(), params: Vec::new() },
        statement("DELETE FROM credit_dirty WHERE website_id = ", website_id),
        statement("DELETE FROM credit_pending WHERE website_id = ", website_id),
    ]
}

/// Revenue of a whole scope.
pub async fn revenue_totals(store: &dyn EventStore, scope: &Scope, currency: &str) -> StoreResult<Revenue> {
    let (scope_owned, currency) = (scope.clone(), currency.to_string());
    let rows = snapshot::read(store, scope, None, true, move |snap| {
        if !snap.payments {
            return no_rows();
        }
        let mut q = Sql::default();
        q.push("WITH ");
        payments_ctes(&mut q, &scope_owned, &currency, snap.credit);
        q.push(&format!(" SELECT {SUMS} FROM pf"));
        q.finish()
    })
    .await?;
    Ok(rows.first().map(|r| Revenue::from_row(r)).unwrap_or_default())
}

/// Revenue per bucket (keyed as `BucketPlan::keys`) and of the whole scope, in one read: for a
/// timeseries whose page of buckets covers its whole range (one statement with grouping sets
/// instead of two reads).
pub async fn revenue_buckets_and_totals(
    store: &dyn EventStore,
    scope: &Scope,
    currency: &str,
    plan: &BucketPlan<'_>,
) -> StoreResult<(HashMap<i64, Revenue>, Revenue)> {
    let (mut buckets, mut totals) = (HashMap::new(), Revenue::default());
    for r in per_bucket(store, scope, currency, plan, true).await? {
        match r[0].is_null() {
            true => totals = Revenue::from_row(&r[1..]),
            false => {
                buckets.insert(r[0].as_i64(), Revenue::from_row(&r[1..]));
            }
        }
    }
    Ok((buckets, totals))
}

/// Revenue per bucket (keyed as `BucketPlan::keys`), by the payment's time on the zone's clock.
pub async fn revenue_buckets(
    store: &dyn EventStore,
    scope: &Scope,
    currency: &str,
    plan: &BucketPlan<'_>,
) -> StoreResult<HashMap<i64, Revenue>> {
    if plan.keys.is_empty() {
        return Ok(HashMap::new());
    }
    let rows = per_bucket(store, scope, currency, plan, false).await?;
    Ok(rows.into_iter().map(|r| (r[0].as_i64(), Revenue::from_row(&r[1..]))).collect())
}

/// Rows of (bucket key, `SUMS`), and with `totals` a row with a NULL key for the whole scope.
async fn per_bucket(
    store: &dyn EventStore,
    scope: &Scope,
    currency: &str,
    plan: &BucketPlan<'_>,
    totals: bool,
) -> StoreResult<Vec<Row>> {
    let (scope_owned, currency) = (scope.clone(), currency.to_string());
    let (interval, segments) = (plan.interval, plan.segments.to_vec());
    snapshot::read(store, scope, None, true, move |snap| {
        if !snap.payments {
            return no_rows();
        }
        let mut q = Sql::default();
        q.push("WITH ");
        payments_ctes(&mut q, &scope_owned, &currency, snap.credit);
        q.push(&format!(" SELECT b, {SUMS} FROM (SELECT *, "));
        bucket_of(&mut q, interval, &segments);
        q.push(if totals { " AS b FROM pf) GROUP BY GROUPING SETS ((b), ())" } else { " AS b FROM pf) GROUP BY b" });
        q.finish()
    })
    .await
}

/// A payment as the realtime feed and the visitor journey show it (original currency).
#[derive(Debug, Clone, PartialEq)]
pub struct PaymentRow {
    pub id: String,
    pub timestamp_ms: i64,
    pub kind: String,
    pub amount_minor: i64,
    pub minor_per_major: i64,
    pub currency: String,
    pub transaction_id: String,
    pub provider: String,
    pub visitor_id: String,
    pub customer_email: String,
    pub customer_name: String,
}

impl PaymentRow {
    /// The amount in major units of its own currency.
    pub fn amount(&self) -> f64 {
        self.amount_minor as f64 / self.minor_per_major.max(1) as f64
    }
}

/// Columns of `linked_payments` in `PaymentRow` order.
const PAYMENT_COLUMNS: &str =
    "id, epoch_ms(ts), kind, amount_minor, minor_per_major, currency, transaction_id, provider,
     coalesce(linked_visitor::VARCHAR, ''), customer_email, customer_name";

fn payment_rows(rows: Vec<Row>) -> Vec<PaymentRow> {
    rows.into_iter()
        .map(|r| PaymentRow {
            id: r[0].as_str().into(),
            timestamp_ms: r[1].as_i64(),
            kind: r[2].as_str().into(),
            amount_minor: r[3].as_i64(),
            minor_per_major: r[4].as_i64(),
            currency: r[5].as_str().into(),
            transaction_id: r[6].as_str().into(),
            provider: r[7].as_str().into(),
            visitor_id: r[8].as_str().into(),
            customer_email: r[9].as_str().into(),
            customer_name: r[10].as_str().into(),
        })
        .collect()
}

/// Money received (new and renewal payments) between `since_ms` and `until_ms`, latest first.
pub async fn recent_payments(
    store: &dyn EventStore,
    website_id: ObjectId,
    since_ms: i64,
    until_ms: i64,
    limit: u32,
) -> StoreResult<Vec<PaymentRow>> {
    let mut q = Sql::default();
    q.push(&format!("SELECT {PAYMENT_COLUMNS} FROM "));
    linked_payments(&mut q, website_id);
    q.push(" lp WHERE kind IN ('new', 'renewal') AND ts >= ")
        .bind(SqlParam::TimestampMs(since_ms))
        .push(" AND ts <= ")
        .bind(SqlParam::TimestampMs(until_ms))
        .push(" ORDER BY ts DESC, id LIMIT ")
        .bind(SqlParam::Int(limit as i64));
    Ok(payment_rows(store.query(q.finish()).await?))
}

/// Every payment of one visitor, oldest first (at most `limit`, the latest ones).
pub async fn visitor_payments(
    store: &dyn EventStore,
    website_id: ObjectId,
    visitor_id: &str,
    limit: u32,
) -> StoreResult<Vec<PaymentRow>> {
    let mut q = Sql::default();
    q.push(&format!("SELECT * FROM (SELECT {PAYMENT_COLUMNS}, ts AS paid_at FROM "));
    linked_payments(&mut q, website_id);
    q.push(" lp WHERE linked_visitor = ")
        .bind(SqlParam::Text(visitor_id.to_string()))
        .push("::UUID ORDER BY ts DESC LIMIT ")
        .bind(SqlParam::Int(limit as i64))
        .push(") ORDER BY paid_at, id");
    Ok(payment_rows(store.query(q.finish()).await?))
}

/// Of the given visitors, those who paid (new or renewal, any time), with the name and email
/// of their latest payment.
pub async fn customers(
    store: &dyn EventStore,
    website_id: ObjectId,
    visitor_ids: &[String],
) -> StoreResult<HashMap<String, (String, String)>> {
    if visitor_ids.is_empty() {
        return Ok(HashMap::new());
    }
    let mut q = Sql::default();
    q.push("SELECT linked_visitor::VARCHAR, arg_max(customer_name, ts), arg_max(customer_email, ts) FROM ");
    linked_payments(&mut q, website_id);
    q.push(" lp WHERE kind IN ('new', 'renewal') AND linked_visitor IN (");
    for (i, v) in visitor_ids.iter().enumerate() {
        if i > 0 {
            q.push(", ");
        }
        q.bind(SqlParam::Text(v.clone())).push("::UUID");
    }
    q.push(") GROUP BY linked_visitor");
    Ok(store
        .query(q.finish())
        .await?
        .into_iter()
        .map(|r| (r[0].as_str().to_string(), (r[1].as_str().to_string(), r[2].as_str().to_string())))
        .collect())
}

/// `visitor_id IN (…)` / `NOT IN`: visitors who have (or have not) paid, any time.
pub(crate) fn customer_condition(q: &mut Sql, website_id: ObjectId, customer: bool) {
    if !customer {
        q.push("NOT ");
    }
    q.push("visitor_id IN (SELECT linked_visitor FROM ");
    linked_payments(q, website_id);
    q.push(" lp WHERE linked_visitor IS NOT NULL AND kind IN ('new', 'renewal'))");
}
