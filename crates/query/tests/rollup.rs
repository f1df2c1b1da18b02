//! The per-day session rollup never changes an answer: `totals` (rollup + raw events) equals
//! `totals_from_events` (raw events alone), and every answer — totals and session-level
//! breakdowns, with and without filters, and pages (from the per-day pages rollup) without —
//! equals the one a twin store that is never rolled gives, for day-aligned, unaligned,
//! one-day, inside-a-day and all-time ranges, before any day is rolled, with the last days not
//! rolled yet, after rolling, after late events land in rolled days (and before those days are
//! rolled again, and when a day before them all rolls last), and after goals are deleted from
//! them. Sessions cross midnight, one spans three days, visitors come back, and some sessions
//! change source or host midway (more than one rollup row per session and day).

use std::sync::Arc;

use datafast_core::payment::PaymentKind;
use datafast_core::query::{Dimension, Filter, Operator, Paging, TimeRange};
use datafast_core::ObjectId;
use datafast_query::{breakdown, refresh_payment_credit, revenue_totals, totals, totals_from_events, Breakdown, Scope};
use datafast_store::sql::SqlQuery;
use datafast_store::{
    EventRecord, EventStore, GoalSelector, GoalStore, PaymentLinkStore, PaymentLinks, PaymentRecord, PaymentSelector,
    PaymentStore,
};
use datafast_store_embedded::DuckEventStore;

const DAY: i64 = 86_400_000;
const MIN: i64 = 60_000;
/// 2026-06-01T00:00:00Z.
const DAY0: i64 = 1_780_272_000_000;

struct Rng(u64);
impl Rng {
    fn next(&mut self, n: u64) -> u64 {
        self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % n
    }
}

fn event(site: ObjectId, ts: i64, kind: &str, visitor: u128, session: u128) -> EventRecord {
    let mut e = EventRecord::new(site, ts, kind);
    e.visitor_id = visitor;
    e.session_id = session;
    e.hostname = "example.com".into();
    e.pathname = "/".into();
    e.entry_path = "/".into();
    e.channel = "Direct".into();
    if kind == "goal" {
        e.goal_name = "signup".into();
    }
    e
}

const SOURCES: [(&str, &str, &str, &str); 4] = [
    ("", "", "Direct", ""),
    ("google.com", "Google", "Organic Search", ""),
    ("twitter.com", "Twitter", "Organic Social", "spring"),
    ("news.ycombinator.com", "Hacker News", "Referral", ""),
];
const PLACES: [(&str, &str, &str); 3] =
    [("US", "California", "San Francisco"), ("DE", "Berlin", "Berlin"), ("FR", "", "")];
const SYSTEMS: [(&str, &str, &str); 3] =
    [("Chrome", "Windows", "desktop"), ("Mobile Safari", "iOS", "mobile"), ("Firefox", "Linux", "desktop")];
const PATHS: [&str; 4] = ["/", "/pricing", "/blog/a", "/signup"];

/// Gives a session's events one source, place and system; about one session in ten starts
/// direct and names its source from the second event on, one in eight moves to another host.
fn dress(rng: &mut Rng, events: &mut [EventRecord], visit_number: i32) {
    let (domain, name, channel, campaign) = SOURCES[rng.next(4) as usize];
    let (country, region, city) = PLACES[rng.next(3) as usize];
    let (browser, os, device) = SYSTEMS[rng.next(3) as usize];
    let late_source = rng.next(10) == 0;
    let host_switch = rng.next(8) == 0;
    let entry = PATHS[rng.next(4) as usize];
    for (i, e) in events.iter_mut().enumerate() {
        if !(late_source && i == 0) {
            e.referrer_domain = domain.into();
            e.referrer_name = name.into();
            e.channel = channel.into();
            e.utm_campaign = campaign.into();
            e.utm_source = if campaign.is_empty() { String::new() } else { "twitter".into() };
        }
        if host_switch && i > 0 {
            e.hostname = "app.example.com".into();
        }
        e.country = country.into();
        e.region = region.into();
        e.city = city.into();
        e.browser = browser.into();
        e.os = os.into();
        e.device = device.into();
        e.visit_number = visit_number;
        e.entry_path = entry.into();
        e.pathname = if i == 0 { entry.into() } else { PATHS[rng.next(4) as usize].into() };
    }
}

/// ~300 sessions over six days from 60 visitors, 1–6 events each, 1–40 minutes apart (so
/// some cross midnight), about one event in six a goal; plus one session over three days.
fn traffic(site: ObjectId) -> Vec<EventRecord> {
    let mut rng = Rng(7);
    let mut out = Vec::new();
    let mut visits = std::collections::HashMap::new();
    for s in 0..300u128 {
        let visitor = 1 + rng.next(60) as u128;
        let mut ts = DAY0 + rng.next(6 * DAY as u64) as i64;
        let mut session = Vec::new();
        for _ in 0..1 + rng.next(6) {
            let kind = if rng.next(6) == 0 { "goal" } else { "pageview" };
            session.push(event(site, ts, kind, visitor, 10_000 + s));
            ts += (1 + rng.next(40) as i64) * MIN;
        }
        let visit = visits.entry(visitor).or_insert(0);
        *visit += 1;
        dress(&mut rng, &mut session, *visit);
        out.extend(session);
    }
    for (i, day) in [1, 2, 3].iter().enumerate() {
        out.push(event(site, DAY0 + day * DAY + 12 * 3_600_000 + i as i64, "pageview", 77, 99_999));
    }
    // Two overlapping sessions of one visitor that both run past Berlin's midnight (22:00
    // UTC): the later one must count the visitor in neither local day.
    let evening = DAY0 + 2 * DAY + 21 * 3_600_000;
    for (session, from, to) in [(88_001, 50, 70), (88_002, 55, 80)] {
        for minute in [from, to] {
            out.push(event(site, evening + minute * MIN, "pageview", 5, session));
        }
    }
    out.sort_by_key(|e| e.timestamp_ms);
    out
}

fn filter(dimension: Dimension, operator: Operator, values: &[&str]) -> Filter {
    Filter { dimension, operator, values: values.iter().map(|v| v.to_string()).collect() }
}

/// No filter, and filters on each kind of column the rollup keeps, plus the page and goal
/// filters that select visitors through the events.
fn filter_sets() -> Vec<Vec<Filter>> {
    vec![
        vec![],
        vec![filter(Dimension::Country, Operator::Is, &["US", "France"])],
        vec![
            filter(Dimension::Referrer, Operator::Is, &["google.com"]),
            filter(Dimension::Device, Operator::IsNot, &["mobile"]),
        ],
        vec![filter(Dimension::Referrer, Operator::Is, &["Direct/None"])],
        vec![filter(Dimension::Browser, Operator::Is, &["Safari"])],
        vec![filter(Dimension::UtmCampaign, Operator::Is, &["spring"])],
        vec![filter(Dimension::Hostname, Operator::Is, &["app.example.com"])],
        vec![filter(Dimension::VisitCount, Operator::Gte, &["3"])],
        vec![filter(Dimension::EntryPage, Operator::Contains, &["pric"])],
        vec![filter(Dimension::Channel, Operator::IsNot, &["Direct"])],
        vec![filter(Dimension::Page, Operator::Is, &["/signup"]), filter(Dimension::Country, Operator::Is, &["DE"])],
        vec![filter(Dimension::Goal, Operator::Is, &["signup"])],
        // One country, one device: the rows' previous day with the same value counts their
        // visitors (visitors here change country and device between sessions).
        vec![filter(Dimension::Country, Operator::Is, &["US"])],
        vec![filter(Dimension::Device, Operator::Is, &["Mobile"])],
    ]
}

const SESSION_LEVEL: [Breakdown; 10] = [
    Breakdown::Referrers,
    Breakdown::Countries,
    Breakdown::Regions,
    Breakdown::Cities,
    Breakdown::Devices,
    Breakdown::Browsers,
    Breakdown::OperatingSystems,
    Breakdown::Hostnames,
    Breakdown::Campaigns,
    Breakdown::Channels,
];

fn ranges() -> Vec<Option<TimeRange>> {
    let r = |start_ms, end_ms| Some(TimeRange { start_ms, end_ms });
    vec![
        None,
        r(DAY0, DAY0 + 6 * DAY),
        r(DAY0 + DAY, DAY0 + 4 * DAY),
        r(DAY0 + 2 * DAY, DAY0 + 3 * DAY),
        // Unaligned: a zone's days (UTC+2, UTC−5), and hours inside one day.
        r(DAY0 + DAY - 2 * 3_600_000, DAY0 + 4 * DAY - 2 * 3_600_000),
        r(DAY0 + 5 * 3_600_000, DAY0 + 3 * DAY + 5 * 3_600_000),
        r(DAY0 + 2 * DAY + 3_600_000, DAY0 + 2 * DAY + 20 * 3_600_000),
        r(DAY0 + 3 * DAY + 23 * 3_600_000, DAY0 + 4 * DAY + 3_600_000),
    ]
}

async fn same_answers(store: &dyn EventStore, twin: &dyn EventStore, site: ObjectId, stage: &str) {
    // The counts are their rows counted, whatever was rolled, taken back or redone.
    for (rows, counts) in [
        (
            "SELECT website_id, day, hostname, pathname, prev_day, count(*), sum(pageviews) FROM day_pages GROUP BY ALL",
            "SELECT website_id, day, hostname, pathname, prev_day, visitors, pageviews FROM day_page_counts",
        ),
        (
            "SELECT website_id, day, goal_name, prev_day, count(*), sum(completions) FROM day_goals GROUP BY ALL",
            "SELECT website_id, day, goal_name, prev_day, visitors, completions FROM day_goal_counts",
        ),
        (
            "SELECT website_id, day, prev_day, count(*), sum(pageviews), count(*) FILTER (WHERE pageviews = 1 AND events = 1),
                    count(*) FILTER (WHERE pageviews > 0), sum(date_diff('millisecond', first_ts, last_ts))
             FROM day_sessions GROUP BY ALL",
            "SELECT website_id, day, prev_day, row_count, pageviews, bounce_rows, viewed_rows, duration_ms
             FROM day_session_counts",
        ),
    ] {
        let differ =
            format!("SELECT count(*) FROM (({rows} EXCEPT ALL {counts}) UNION ALL ({counts} EXCEPT ALL {rows}))");
        assert_eq!(count(store, &differ).await, 0, "{stage}: {counts} counts its rows");
    }
    for range in ranges() {
        let scope = Scope { website_id: site, range, filters: Vec::new() };
        let raw = totals_from_events(store, &scope).await.unwrap();
        let merged = totals(store, &scope).await.unwrap();
        assert!(raw.sessions > 0 || range.is_some(), "{stage}: the data is there");
        same_totals(&merged, &raw, &format!("{stage} {range:?}"));
    }
    // Filters and breakdowns on all time, three whole days, and three days of UTC+2 (rolled
    // and raw days together): every breakdown unfiltered, two per filter set.
    let all = ranges();
    for range in [all[0], all[2], all[4]] {
        for (i, filters) in filter_sets().into_iter().enumerate() {
            let scope = Scope { website_id: site, range, filters };
            let what = format!("{stage} {range:?} {:?}", scope.filters);
            let expected = totals(twin, &scope).await.unwrap();
            same_totals(&totals(store, &scope).await.unwrap(), &expected, &what);
            // Without filters, pages and goals too (from the per-day rollups per visitor).
            let breakdowns = if i == 0 {
                [&SESSION_LEVEL[..], &[Breakdown::Pages, Breakdown::Goals]].concat()
            } else {
                vec![SESSION_LEVEL[i % 10], SESSION_LEVEL[(i + 5) % 10]]
            };
            for by in breakdowns {
                let page = Paging { limit: 100, offset: 0 };
                let expected = breakdown(twin, &scope, by, page, None).await.unwrap();
                let got = breakdown(store, &scope, by, page, None).await.unwrap();
                assert_eq!(got, expected, "{what} {by:?}");
            }
        }
    }
}

fn same_totals(merged: &datafast_query::Totals, raw: &datafast_query::Totals, what: &str) {
    assert_eq!(merged.visitors, raw.visitors, "{what}: visitors");
    assert_eq!(merged.sessions, raw.sessions, "{what}: sessions");
    assert_eq!(merged.pageviews, raw.pageviews, "{what}: pageviews");
    assert_eq!(merged.bounces, raw.bounces, "{what}: bounces");
    assert_eq!(merged.viewed_sessions, raw.viewed_sessions, "{what}: viewed sessions");
    assert!(
        (merged.avg_session_duration_ms - raw.avg_session_duration_ms).abs() < 1e-6,
        "{what}: duration {} vs {}",
        merged.avg_session_duration_ms,
        raw.avg_session_duration_ms
    );
}

async fn roll_all(store: &DuckEventStore) -> usize {
    let mut rolled = 0;
    loop {
        let n = store.roll_closed_days(datafast_core::time::now_millis()).await.unwrap();
        if n == 0 {
            return rolled;
        }
        rolled += n;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_rollup_gives_the_answers_of_the_raw_events() {
    let dir = tempfile::tempdir().unwrap();
    let store = Arc::new(DuckEventStore::open(&dir.path().join("events.duckdb")).await.unwrap());
    // Gets every change `store` gets and is never rolled: its answers are the raw ones.
    let twin = Arc::new(DuckEventStore::open(&dir.path().join("twin.duckdb")).await.unwrap());
    let site = ObjectId::generate();
    let other = ObjectId::generate();
    for s in [&store, &twin] {
        s.append(Arc::new(traffic(site)), None).await.unwrap();
        // Another website's events on the same days must stay out of this one's answers.
        s.append(Arc::new(traffic(other)), None).await.unwrap();
    }
    let (store_ref, twin_ref) = (store.as_ref(), twin.as_ref());
    same_answers(store_ref, twin_ref, site, "nothing rolled").await;

    // Days up to day 2 first, as yesterday is rolled and today is not: the sessions that cross
    // into day 3 are whole in their rolled day and go on in raw events.
    let day_3_closed = DAY0 + 3 * DAY + 11 * MIN;
    assert_eq!(store.roll_closed_days(day_3_closed).await.unwrap(), 6, "days 0–2, two websites");
    let continued = "SELECT count(*) FROM day_sessions s WHERE whole AND day = DATE '2026-06-03'
                     AND session_id IN (SELECT session_id FROM events WHERE ts >= TIMESTAMP '2026-06-04')";
    assert!(count(store_ref, continued).await > 0, "a whole rolled session goes on in raw events");
    same_answers(store_ref, twin_ref, site, "rolled up to day 2").await;
    assert_eq!(roll_all(&store).await, 8, "the other four days with events, two websites");
    assert_eq!(roll_all(&store).await, 0, "a rolled day is not rolled again");
    assert!(
        count(store_ref, "SELECT count(*) FROM day_sessions WHERE prev_day IS NOT NULL").await > 50,
        "visitors return"
    );
    assert_eq!(count(store_ref, STALE).await, 0, "days rolled in order leave nothing stale");
    same_answers(store_ref, twin_ref, site, "rolled").await;

    // Late events: one extends a session of day 2 (rolled) with another source and host, one
    // starts a session on day 4, one lands in the three-day session's middle day.
    let visitor_of_10_003 = traffic(site).iter().find(|e| e.session_id == 10_003).unwrap().visitor_id;
    // And two land in a day before all others (imported history), a pageview and a goal of a
    // visitor who converts later: that day rolls after the days that follow it, and the
    // visitor's later rows (sessions, pages, goals) must count from it.
    let converting = traffic(site).iter().find(|e| e.kind == "goal" && e.visitor_id != 77).unwrap().visitor_id;
    let late = vec![
        event(site, DAY0 + 2 * DAY + 6 * 3_600_000, "pageview", visitor_of_10_003, 10_003),
        event(site, DAY0 + 4 * DAY + 9 * 3_600_000, "pageview", 61, 55_555),
        event(site, DAY0 + 2 * DAY + 13 * 3_600_000, "goal", 77, 99_999),
        event(site, DAY0 - DAY + 20 * 3_600_000, "pageview", visitor_of_10_003, 66_666),
        event(site, DAY0 - DAY + 21 * 3_600_000, "goal", converting, 66_667),
    ];
    for s in [&store, &twin] {
        s.append(Arc::new(late.clone()), None).await.unwrap();
    }
    assert!(count(store_ref, STALE).await > 0, "days taken back before rolled days");
    same_answers(store_ref, twin_ref, site, "late events, days taken back").await;
    assert_eq!(roll_all(&store).await, 3, "the two changed days and the new one roll");
    assert_eq!(count(store_ref, STALE).await, 0, "the roller wrote the later rows again");
    same_answers(store_ref, twin_ref, site, "late events rolled").await;

    // Deleted goals take their days back too.
    for s in [&store, &twin] {
        let deleted =
            s.delete_goals(site, GoalSelector { visitor_id: Some(77), name: None, range: None }).await.unwrap();
        assert_eq!(deleted, 1);
    }
    same_answers(store_ref, twin_ref, site, "goals deleted").await;
    roll_all(&store).await;
    same_answers(store_ref, twin_ref, site, "goals deleted, rolled").await;

    // Unfiltered visitor counts read the rows' previous days: wrong values, wrong answers.
    store
        .write(vec![SqlQuery {
            sql: "UPDATE day_sessions SET prev_day = NULL, prev_day_referrer = NULL".into(),
            params: Vec::new(),
        }])
        .await
        .unwrap();
    store
        .write(
            ["day_pages", "day_page_counts", "day_session_counts", "day_goals", "day_goal_counts"]
                .map(|t| SqlQuery { sql: format!("UPDATE {t} SET prev_day = NULL"), params: Vec::new() })
                .to_vec(),
        )
        .await
        .unwrap();
    let all_time = Scope { website_id: site, range: None, filters: Vec::new() };
    assert!(totals(store_ref, &all_time).await.unwrap().visitors > totals(twin_ref, &all_time).await.unwrap().visitors);
    let page = Paging { limit: 100, offset: 0 };
    for by in [Breakdown::Referrers, Breakdown::Pages, Breakdown::Goals] {
        assert_ne!(
            breakdown(store_ref, &all_time, by, page, None).await.unwrap(),
            breakdown(twin_ref, &all_time, by, page, None).await.unwrap(),
            "{by:?}"
        );
    }
}

const STALE: &str = "SELECT count(*) FROM day_sessions_stale";

/// The roller writes again only the later rows of the visitors a changed day had: a visitor
/// whose only event of a rolled day goes (a deleted goal) must not keep that day as the
/// previous one of their later rows, even when another day rolled out of order in the same
/// pass lists another visitor.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_roller_rewrites_the_later_rows_of_the_visitors_a_changed_day_had() {
    let dir = tempfile::tempdir().unwrap();
    let store = Arc::new(DuckEventStore::open(&dir.path().join("events.duckdb")).await.unwrap());
    let twin = Arc::new(DuckEventStore::open(&dir.path().join("twin.duckdb")).await.unwrap());
    let site = ObjectId::generate();
    let events = vec![
        event(site, DAY0 + DAY + 3_600_000, "goal", 1, 1),
        event(site, DAY0 + 3 * DAY + 3_600_000, "pageview", 1, 2),
        event(site, DAY0 + 3 * DAY + 7_200_000, "pageview", 2, 3),
    ];
    for s in [&store, &twin] {
        s.append(Arc::new(events.clone()), None).await.unwrap();
    }
    let (store_ref, twin_ref) = (store.as_ref(), twin.as_ref());
    roll_all(&store).await;
    same_answers(store_ref, twin_ref, site, "rolled").await;
    for s in [&store, &twin] {
        let goal = GoalSelector { visitor_id: Some(1), name: None, range: None };
        assert_eq!(s.delete_goals(site, goal).await.unwrap(), 1);
        s.append(Arc::new(vec![event(site, DAY0 - DAY + 3_600_000, "pageview", 4, 4)]), None).await.unwrap();
    }
    assert!(count(store_ref, "SELECT count(*) FROM day_sessions_stale_visitors").await > 0);
    roll_all(&store).await;
    assert_eq!(count(store_ref, STALE).await, 0);
    same_answers(store_ref, twin_ref, site, "goal deleted, a day before the others rolled").await;
}

fn payment(site: ObjectId, n: u32, at_ms: i64, kind: PaymentKind, visitor: Option<u128>) -> PaymentRecord {
    PaymentRecord {
        id: ObjectId::generate(),
        website_id: site,
        timestamp_ms: at_ms,
        provider: "stripe".into(),
        transaction_id: format!("pi_{n}"),
        kind,
        amount_minor: 1_000 + 100 * n as i64,
        currency: if n.is_multiple_of(4) { "EUR".into() } else { "USD".into() },
        minor_per_major: 100,
        visitor_id: visitor,
        session_id: None,
        customer_email: String::new(),
        customer_name: String::new(),
        customer_id: String::new(),
        received_at_ms: at_ms,
        checkout_ref: String::new(),
        refund_of: String::new(),
    }
}

/// Payments of every kind and link: a visitor's own, with the converting session named, of a
/// visitor with no events yet, by customer email only (linked later by a tracker event), a
/// renewal linked through its customer id, a refund.
fn payments(site: ObjectId) -> Vec<PaymentRecord> {
    let events = traffic(site);
    let mut out = Vec::new();
    for (n, visitor) in (1..=60u128).step_by(3).enumerate() {
        let n = n as u32;
        let at = DAY0 + (1 + n as i64 % 5) * DAY + (n as i64 * 37 % 24) * 3_600_000;
        let mut p = payment(site, n, at, PaymentKind::New, Some(visitor));
        if n.is_multiple_of(3) {
            p.session_id = events.iter().find(|e| e.visitor_id == visitor).map(|e| e.session_id);
        }
        p.customer_id = format!("cus_{visitor}");
        out.push(p);
    }
    let mut renewal = payment(site, 100, DAY0 + 5 * DAY + 3_600_000, PaymentKind::Renewal, None);
    renewal.customer_id = "cus_4".into();
    out.push(renewal);
    out.push(payment(site, 101, DAY0 + 4 * DAY, PaymentKind::Refund, Some(7)));
    out.push(payment(site, 102, DAY0 + 3 * DAY + 7 * 3_600_000, PaymentKind::New, Some(200)));
    let mut by_email = payment(site, 103, DAY0 + 2 * DAY + 20 * 3_600_000, PaymentKind::New, None);
    by_email.customer_email = "buyer@example.com".into();
    out.push(by_email);
    let mut by_checkout = payment(site, 107, DAY0 + 3 * DAY + 20 * 3_600_000, PaymentKind::New, None);
    by_checkout.checkout_ref = "cs_late".into();
    out.push(by_checkout);
    out
}

/// A breakdown row: keys, visitors, events, and new, renewal, refund (cents), payments, customers.
type CentRow = (Vec<String>, i64, i64, [i64; 5]);

/// Revenue breakdowns' rows, with revenue to the cent (sums over differently ordered rows
/// may differ in the last bits).
fn cents(rows: (Vec<datafast_query::BreakdownRow>, i64)) -> (Vec<CentRow>, i64) {
    let c = |x: f64| (x * 100.0).round() as i64;
    let out = rows
        .0
        .into_iter()
        .map(|r| {
            let m = r.revenue;
            (r.keys, r.visitors, r.events, [c(m.new), c(m.renewal), c(m.refund), m.payments, m.customers])
        })
        .collect();
    (out, rows.1)
}

const REVENUE_BREAKDOWNS: [Breakdown; 7] = [
    Breakdown::Referrers,
    Breakdown::Channels,
    Breakdown::Pages,
    Breakdown::EntryPages,
    Breakdown::Countries,
    Breakdown::Campaigns,
    Breakdown::Hostnames,
];

/// With `thorough`, every filter set on all time, and one in three on three whole days, UTC+2
/// days and hours inside a day; otherwise five filter sets on all time. The two stores answer
/// concurrently (each has its own reader).
async fn same_revenue(store: &dyn EventStore, twin: &dyn EventStore, site: ObjectId, stage: &str, thorough: bool) {
    let all = ranges();
    let ranges = if thorough { vec![all[0], all[2], all[4], all[6]] } else { vec![all[0]] };
    for (r, range) in ranges.into_iter().enumerate() {
        for (i, filters) in filter_sets().into_iter().enumerate() {
            let wanted = match (thorough, r) {
                (true, 0) => true,
                (true, r) => i % 3 == r - 1,
                (false, _) => [0, 1, 3, 10, 11].contains(&i),
            };
            if !wanted {
                continue;
            }
            let scope = Scope { website_id: site, range, filters };
            let what = format!("{stage} {range:?} {:?}", scope.filters);
            let (got, expected) =
                tokio::join!(revenue_totals(store, &scope, "USD"), revenue_totals(twin, &scope, "USD"));
            let (got, expected) = (got.unwrap(), expected.unwrap());
            assert!((got.revenue() - expected.revenue()).abs() < 1e-6, "{what}: {got:?} vs {expected:?}");
            assert_eq!((got.payments, got.customers), (expected.payments, expected.customers), "{what}");
            let breakdowns = if i == 0 { REVENUE_BREAKDOWNS.to_vec() } else { vec![REVENUE_BREAKDOWNS[i % 7]] };
            for by in breakdowns {
                let page = Paging { limit: 100, offset: 0 };
                let (got, expected) = tokio::join!(
                    breakdown(store, &scope, by, page, Some("USD")),
                    breakdown(twin, &scope, by, page, Some("USD"))
                );
                assert_eq!(cents(got.unwrap()), cents(expected.unwrap()), "{what} {by:?}");
            }
        }
    }
}

async fn revenue_by_referrer(store: &dyn EventStore, site: ObjectId) -> Vec<CentRow> {
    revenue_by(store, site, Breakdown::Referrers).await
}

async fn revenue_by(store: &dyn EventStore, site: ObjectId, by: Breakdown) -> Vec<CentRow> {
    let scope = Scope { website_id: site, range: None, filters: Vec::new() };
    let page = Paging { limit: 100, offset: 0 };
    cents(breakdown(store, &scope, by, page, Some("USD")).await.unwrap()).0
}

async fn count(store: &dyn EventStore, sql: &str) -> i64 {
    let rows = store.query(SqlQuery { sql: sql.into(), params: Vec::new() }).await.unwrap();
    rows[0][0].as_i64()
}

/// The stored revenue attribution never changes an answer either: every revenue total and
/// revenue breakdown equals the twin's (which never stores attribution and computes it from
/// the events on each read), once stored, after events of payers arrive (dirty visitors, read
/// live until stored again), after a tracker event links a payment by email, a payment is
/// recorded, links are completed and goals are deleted (each uncredits the website), and
/// after each is stored again. Rollup and stored attribution are combined throughout.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn stored_attribution_gives_the_answers_of_attribution_from_events() {
    let dir = tempfile::tempdir().unwrap();
    let store = Arc::new(DuckEventStore::open(&dir.path().join("events.duckdb")).await.unwrap());
    let twin = Arc::new(DuckEventStore::open(&dir.path().join("twin.duckdb")).await.unwrap());
    let (site, other) = (ObjectId::generate(), ObjectId::generate());
    for s in [&store, &twin] {
        s.append(Arc::new(traffic(site)), None).await.unwrap();
        s.append(Arc::new(traffic(other)), None).await.unwrap();
        for p in payments(site).into_iter().chain(payments(other)) {
            assert!(s.record_payment(p).await.unwrap());
        }
    }
    let (store_ref, twin_ref) = (store.as_ref(), twin.as_ref());
    same_revenue(store_ref, twin_ref, site, "nothing stored", false).await;

    roll_all(&store).await;
    assert_eq!(refresh_payment_credit(store_ref).await.unwrap(), 2, "two websites with payments");
    assert_eq!(refresh_payment_credit(store_ref).await.unwrap(), 0, "nothing left to store");
    let stored = count(store_ref, "SELECT count(*) FROM payment_credit").await;
    assert_eq!(stored, 2 * payments(site).len() as i64, "one row per payment");
    same_revenue(store_ref, twin_ref, site, "stored", true).await;

    // A payer's earlier sessions arrive: visitor 200 (paid before any event of theirs was
    // stored) came from Twitter, visitor 4 had come from Google before any session we had.
    let before = revenue_by_referrer(store_ref, site).await;
    let mut late = vec![
        event(site, DAY0 + 3 * DAY + 6 * 3_600_000, "pageview", 200, 77_000),
        event(site, DAY0 - DAY, "pageview", 4, 77_001),
    ];
    late[0].referrer_domain = "twitter.com".into();
    late[0].channel = "Organic Social".into();
    late[1].referrer_domain = "google.com".into();
    late[1].channel = "Organic Search".into();
    for s in [&store, &twin] {
        s.append(Arc::new(late.clone()), None).await.unwrap();
    }
    assert_eq!(count(store_ref, "SELECT count(*) FROM credit_dirty").await, 2, "both payers are dirty");
    assert_ne!(revenue_by_referrer(store_ref, site).await, before, "the late sessions move revenue");
    same_revenue(store_ref, twin_ref, site, "payers' events, not stored yet", true).await;
    assert_eq!(refresh_payment_credit(store_ref).await.unwrap(), 1);
    assert_eq!(count(store_ref, "SELECT count(*) FROM credit_dirty").await, 0);
    assert_eq!(count(store_ref, "SELECT count(*) FROM payment_credit").await, stored, "rows replaced, not added");
    same_revenue(store_ref, twin_ref, site, "payers' events stored", false).await;

    // An event of a visitor who never paid changes nothing stored.
    for s in [&store, &twin] {
        s.append(Arc::new(vec![event(site, DAY0 + 5 * DAY, "pageview", 2, 77_002)]), None).await.unwrap();
    }
    assert_eq!(count(store_ref, "SELECT count(*) FROM credit_dirty").await, 0);

    // The tracker reports the email of the buyer whose payment had none of our ids, and a
    // checkout's success page (path B) names another one's checkout.
    let mut tracked = event(site, DAY0 + 2 * DAY + 19 * 3_600_000, "payment", 31, 77_003);
    tracked.properties = r#"{"email":"buyer@example.com"}"#.into();
    tracked.referrer_domain = "news.ycombinator.com".into();
    let mut success = event(site, DAY0 + 3 * DAY + 19 * 3_600_000, "payment", 34, 77_005);
    success.properties = r#"{"stripe_session_id":"cs_late"}"#.into();
    success.referrer_domain = "twitter.com".into();
    for s in [&store, &twin] {
        s.append(Arc::new(vec![tracked.clone(), success.clone()]), None).await.unwrap();
    }
    assert_eq!(count(store_ref, "SELECT count(*) FROM credit_pending").await, 2, "the payments they name");
    assert_eq!(count(store_ref, "SELECT count(*) FROM credited_websites").await, 2, "nothing uncredited");
    same_revenue(store_ref, twin_ref, site, "linked by email and checkout", true).await;
    assert_eq!(refresh_payment_credit(store_ref).await.unwrap(), 1);
    same_revenue(store_ref, twin_ref, site, "linked by email and checkout, stored", false).await;

    // A new payment of a new customer, without a visitor: pending, the rest stays stored.
    let mut unlinked = payment(site, 104, DAY0 + 5 * DAY, PaymentKind::New, None);
    unlinked.customer_id = "cus_new".into();
    for s in [&store, &twin] {
        s.record_payment(unlinked.clone()).await.unwrap();
    }
    assert_eq!(count(store_ref, "SELECT count(*) FROM credit_pending").await, 1);
    assert_eq!(count(store_ref, "SELECT count(*) FROM credited_websites").await, 2, "nothing uncredited");
    same_revenue(store_ref, twin_ref, site, "new payment", false).await;
    assert_eq!(refresh_payment_credit(store_ref).await.unwrap(), 1);
    assert_eq!(count(store_ref, "SELECT count(*) FROM credit_pending").await, 0);
    same_revenue(store_ref, twin_ref, site, "new payment, stored", false).await;

    // The same customer pays again, now with a visitor: the first payment follows it to
    // that visitor (customer link), so both are pending.
    let before = revenue_by(store_ref, site, Breakdown::Countries).await;
    let mut linked = payment(site, 105, DAY0 + 5 * DAY + 3_600_000, PaymentKind::Renewal, Some(16));
    linked.customer_id = "cus_new".into();
    for s in [&store, &twin] {
        s.record_payment(linked.clone()).await.unwrap();
    }
    assert_eq!(count(store_ref, "SELECT count(*) FROM credit_pending").await, 2);
    assert_ne!(revenue_by(store_ref, site, Breakdown::Countries).await, before, "the first payment moved");
    same_revenue(store_ref, twin_ref, site, "customer linked", true).await;
    refresh_payment_credit(store_ref).await.unwrap();
    same_revenue(store_ref, twin_ref, site, "customer linked, stored", false).await;

    // A provider webhook completes a payment's links; then a payer's event arrives while it
    // is pending (a payment both dirty and pending is computed once).
    let mut bare = payment(site, 106, DAY0 + 4 * DAY, PaymentKind::New, None);
    bare.customer_id = "cus_bare".into();
    for s in [&store, &twin] {
        s.record_payment(bare.clone()).await.unwrap();
    }
    refresh_payment_credit(store_ref).await.unwrap();
    let links = PaymentLinks { visitor_id: Some(13), session_id: None, ..Default::default() };
    for s in [&store, &twin] {
        assert!(s.complete_payment_links(site, "pi_106", links.clone()).await.unwrap());
        s.append(Arc::new(vec![event(site, DAY0 + 3 * DAY, "pageview", 13, 77_004)]), None).await.unwrap();
    }
    assert_eq!(count(store_ref, "SELECT count(*) FROM credit_pending").await, 1);
    assert!(count(store_ref, "SELECT count(*) FROM credit_dirty").await >= 1);
    same_revenue(store_ref, twin_ref, site, "links completed", true).await;
    refresh_payment_credit(store_ref).await.unwrap();
    same_revenue(store_ref, twin_ref, site, "links completed, stored", false).await;

    // A payment deleted uncredits the website; then goals deleted.
    for s in [&store, &twin] {
        assert_eq!(s.delete_payments(site, PaymentSelector::Transaction("pi_105".into())).await.unwrap(), 1);
    }
    assert_eq!(count(store_ref, "SELECT count(*) FROM credited_websites").await, 1);
    same_revenue(store_ref, twin_ref, site, "payment deleted", false).await;
    refresh_payment_credit(store_ref).await.unwrap();
    same_revenue(store_ref, twin_ref, site, "payment deleted, stored", false).await;
    for s in [&store, &twin] {
        s.delete_goals(site, GoalSelector { visitor_id: None, name: None, range: None }).await.unwrap();
    }
    same_revenue(store_ref, twin_ref, site, "goals deleted", false).await;
    roll_all(&store).await;
    refresh_payment_credit(store_ref).await.unwrap();
    same_revenue(store_ref, twin_ref, site, "goals deleted, stored", true).await;

    // And the stored rows are what a credited website's reads use.
    store
        .write(vec![SqlQuery { sql: "UPDATE payment_credit SET referrer_name = 'Stored'".into(), params: vec![] }])
        .await
        .unwrap();
    let rows = revenue_by_referrer(store_ref, site).await;
    assert!(rows.iter().any(|r| r.0 == ["Stored"]), "{rows:?}");
}

/// Days, weeks and months of the timeseries from the rollup equal the raw events' buckets, in
/// UTC, in zones east and west of it (rows that straddle a local midnight count in both
/// days), across a spring-forward day (Europe/London's 23-hour 29 March lies inside one UTC
/// day) and a fall-back one, with filters, before and after rolling and after late events;
/// unfiltered, from the rows' `PREVIOUS_LAST_EVENTS` (and with filters, or over a clock
/// change, by hashing ids).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_rollup_gives_the_timeseries_of_the_raw_events() {
    use datafast_core::query::range::{bucket_keys, buckets, offset_segments, parse_zone};
    use datafast_core::query::Interval;
    use datafast_query::{timeseries, BucketPlan};

    let dir = tempfile::tempdir().unwrap();
    let store = Arc::new(DuckEventStore::open(&dir.path().join("events.duckdb")).await.unwrap());
    let twin = Arc::new(DuckEventStore::open(&dir.path().join("twin.duckdb")).await.unwrap());
    let site = ObjectId::generate();
    // The June traffic, and the same moved to 2026-03-26 (over London's spring-forward day)
    // and to 2026-10-22 (over its fall-back day, 25 October), with other session ids.
    let shifted = |to: i64, ids: u128| {
        traffic(site)
            .into_iter()
            .map(move |mut e| {
                e.timestamp_ms += to - DAY0;
                e.session_id += ids;
                e
            })
            .collect::<Vec<_>>()
    };
    const MARCH: i64 = 1_774_483_200_000; // 2026-03-26T00:00:00Z
    const OCTOBER: i64 = 1_792_627_200_000; // 2026-10-22T00:00:00Z
    for s in [&store, &twin] {
        s.append(Arc::new(traffic(site)), None).await.unwrap();
        s.append(Arc::new(shifted(MARCH, 1_000_000)), None).await.unwrap();
        s.append(Arc::new(shifted(OCTOBER, 2_000_000)), None).await.unwrap();
    }
    let (store_ref, twin_ref) = (store.as_ref(), twin.as_ref());
    let check = |stage: &'static str| async move {
        let cases: [(&str, Interval, i64, i64); 7] = [
            ("UTC", Interval::Day, DAY0, DAY0 + 7 * DAY),
            ("Europe/Berlin", Interval::Day, DAY0 - 2 * 3_600_000, DAY0 + 6 * DAY - 2 * 3_600_000),
            ("America/New_York", Interval::Day, DAY0 + 4 * 3_600_000, DAY0 + 7 * DAY + 4 * 3_600_000),
            ("Europe/London", Interval::Day, MARCH, MARCH + 7 * DAY),
            ("Europe/London", Interval::Day, OCTOBER - 3_600_000, OCTOBER + 7 * DAY),
            ("Asia/Kolkata", Interval::Week, DAY0 - 19_800_000, DAY0 + 14 * DAY - 19_800_000),
            ("America/Los_Angeles", Interval::Month, MARCH + 7 * 3_600_000, DAY0 + 30 * DAY + 7 * 3_600_000),
        ];
        for (zone, interval, start_ms, end_ms) in cases {
            let tz = parse_zone(zone).unwrap();
            let range = TimeRange { start_ms, end_ms };
            let page = buckets(range, interval, tz);
            let segments = offset_segments(tz, range);
            let keys = bucket_keys(tz, interval, &page);
            for (i, filters) in filter_sets().into_iter().enumerate() {
                if ![0, 1, 3, 6, 10].contains(&i) {
                    continue;
                }
                let scope = Scope { website_id: site, range: Some(range), filters };
                let plan = BucketPlan { interval, sessions: true, segments: &segments, keys: &keys };
                let (got, expected) = tokio::join!(
                    timeseries(store_ref, &scope, &page, plan.clone()),
                    timeseries(twin_ref, &scope, &page, plan.clone())
                );
                let (got, expected) = (got.unwrap(), expected.unwrap());
                assert!(expected.totals.0 > 0 || i > 0, "{stage} {zone}: the data is there");
                assert_eq!(got, expected, "{stage} {zone} {interval:?} {:?}", scope.filters);
                if i == 0 {
                    // Visitors alone (the dashboard's chart).
                    let plan = BucketPlan { sessions: false, ..plan };
                    let got = timeseries(store_ref, &scope, &page, plan.clone()).await.unwrap();
                    let expected = timeseries(twin_ref, &scope, &page, plan).await.unwrap();
                    assert_eq!(got, expected, "{stage} {zone} {interval:?} visitors only");
                }
                // A page of the buckets: the totals are still the whole range's.
                let paged = BucketPlan { keys: &keys[1..2], ..plan.clone() };
                let got = timeseries(store_ref, &scope, &page[1..2], paged.clone()).await.unwrap();
                let expected = timeseries(twin_ref, &scope, &page[1..2], paged).await.unwrap();
                assert_eq!(got, expected, "{stage} {zone} {interval:?} {:?} second bucket", scope.filters);
                assert_eq!(got.totals, timeseries(twin_ref, &scope, &page, plan.clone()).await.unwrap().totals);
            }
        }
    };
    check("nothing rolled").await;
    assert!(roll_all(&store).await > 14);
    check("rolled").await;
    // A late event that makes a rolled session of 28 March run past London's midnight.
    let march_session = shifted(MARCH, 1_000_000).into_iter().find(|e| e.timestamp_ms >= MARCH + 2 * DAY).unwrap();
    let mut late = march_session.clone();
    late.timestamp_ms = MARCH + 3 * DAY + 23 * 3_600_000 + 30 * MIN;
    for s in [&store, &twin] {
        s.append(Arc::new(vec![late.clone()]), None).await.unwrap();
    }
    check("late event").await;
    roll_all(&store).await;
    check("late event rolled").await;
}
