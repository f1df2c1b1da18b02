//! The per-day session rollup never changes an answer: `totals` (rollup + raw events) equals
//! `totals_from_events` (raw events alone) for day-aligned, unaligned, one-day, inside-a-day and
//! all-time ranges, before any day is rolled, after rolling, after late events land in rolled
//! days (and before those days are rolled again), and after goals are deleted from them.
//! Sessions cross midnight, one spans three days, and visitors come back.

use std::sync::Arc;

use datafast_core::query::TimeRange;
use datafast_core::ObjectId;
use datafast_query::{totals, totals_from_events, Scope};
use datafast_store::{EventRecord, EventStore, GoalSelector, GoalStore};
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
    if kind == "goal" {
        e.goal_name = "signup".into();
    }
    e
}

/// ~300 sessions over six days from 60 visitors, 1–6 events each, 1–40 minutes apart (so
/// some cross midnight), about one event in six a goal; plus one session over three days.
fn traffic(site: ObjectId) -> Vec<EventRecord> {
    let mut rng = Rng(7);
    let mut out = Vec::new();
    for s in 0..300u128 {
        let visitor = 1 + rng.next(60) as u128;
        let mut ts = DAY0 + rng.next(6 * DAY as u64) as i64;
        for _ in 0..1 + rng.next(6) {
            let kind = if rng.next(6) == 0 { "goal" } else { "pageview" };
            out.push(event(site, ts, kind, visitor, 10_000 + s));
            ts += (1 + rng.next(40) as i64) * MIN;
        }
    }
    for (i, day) in [1, 2, 3].iter().enumerate() {
        out.push(event(site, DAY0 + day * DAY + 12 * 3_600_000 + i as i64, "pageview", 77, 99_999));
    }
    out.sort_by_key(|e| e.timestamp_ms);
    out
}

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

async fn same_answers(store: &dyn EventStore, site: ObjectId, stage: &str) {
    for range in ranges() {
        let scope = Scope { website_id: site, range, filters: Vec::new() };
        let raw = totals_from_events(store, &scope).await.unwrap();
        let merged = totals(store, &scope).await.unwrap();
        assert!(raw.sessions > 0 || range.is_some(), "{stage}: the data is there");
        assert_eq!(merged.visitors, raw.visitors, "{stage} {range:?}: visitors");
        assert_eq!(merged.sessions, raw.sessions, "{stage} {range:?}: sessions");
        assert_eq!(merged.pageviews, raw.pageviews, "{stage} {range:?}: pageviews");
        assert_eq!(merged.bounces, raw.bounces, "{stage} {range:?}: bounces");
        assert_eq!(merged.viewed_sessions, raw.viewed_sessions, "{stage} {range:?}: viewed sessions");
        assert!(
            (merged.avg_session_duration_ms - raw.avg_session_duration_ms).abs() < 1e-6,
            "{stage} {range:?}: duration {} vs {}",
            merged.avg_session_duration_ms,
            raw.avg_session_duration_ms
        );
    }
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
    let site = ObjectId::generate();
    let other = ObjectId::generate();
    store.append(Arc::new(traffic(site)), None).await.unwrap();
    // Another website's events on the same days must stay out of this one's answers.
    store.append(Arc::new(traffic(other)), None).await.unwrap();
    same_answers(store.as_ref(), site, "nothing rolled").await;

    assert_eq!(roll_all(&store).await, 14, "seven days with events, two websites");
    assert_eq!(roll_all(&store).await, 0, "a rolled day is not rolled again");
    same_answers(store.as_ref(), site, "rolled").await;

    // Late events: one extends a session of day 2 (rolled), one starts a session on day 4,
    // one lands in the three-day session's middle day.
    let late = vec![
        event(site, DAY0 + 2 * DAY + 6 * 3_600_000, "pageview", 5, 10_003),
        event(site, DAY0 + 4 * DAY + 9 * 3_600_000, "pageview", 61, 55_555),
        event(site, DAY0 + 2 * DAY + 13 * 3_600_000, "goal", 77, 99_999),
    ];
    store.append(Arc::new(late), None).await.unwrap();
    same_answers(store.as_ref(), site, "late events, days taken back").await;
    assert_eq!(roll_all(&store).await, 2, "the two changed days roll again");
    same_answers(store.as_ref(), site, "late events rolled").await;

    // Deleted goals take their days back too.
    let deleted =
        store.delete_goals(site, GoalSelector { visitor_id: Some(77), name: None, range: None }).await.unwrap();
    assert_eq!(deleted, 1);
    same_answers(store.as_ref(), site, "goals deleted").await;
    roll_all(&store).await;
    same_answers(store.as_ref(), site, "goals deleted, rolled").await;
}
