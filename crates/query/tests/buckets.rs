//! Timeseries buckets from raw events: every event counts in the bucket whose range (as
//! `range::buckets` computes it in Rust) holds it, for hours, days, weeks and months, in zones
//! east and west of UTC, on both sides of the Unix epoch (an imported event may be older than
//! 1970: the SQL's integer bucket keys must floor there too), around a week's Monday and the
//! end of a leap February.

use std::sync::Arc;

use datafast_core::query::range::{bucket_keys, buckets, offset_segments, parse_zone};
use datafast_core::query::{Interval, TimeRange};
use datafast_core::ObjectId;
use datafast_query::{timeseries, BucketPlan, Scope};
use datafast_store::{EventRecord, EventStore};
use datafast_store_embedded::DuckEventStore;

const HOUR: i64 = 3_600_000;
const DAY: i64 = 24 * HOUR;

/// Instants around the epoch, 2024-03-01 (after a leap day) and 2026-06-01 (a Monday), a few
/// minutes either side of midnight and of the hour; each event has its own visitor.
fn instants() -> Vec<i64> {
    let mut out = Vec::new();
    for base in [0, 1_709_251_200_000, 1_780_272_000_000] {
        for offset in [
            -5 * DAY,
            -DAY - 1,
            -5 * HOUR - 1,
            -5 * HOUR,
            -60_000,
            -1,
            0,
            1,
            59 * 60_000,
            5 * HOUR + 29 * 60_000,
            3 * DAY + 1,
        ] {
            out.push(base + offset);
        }
    }
    out
}

#[tokio::test]
async fn every_event_lands_in_the_bucket_that_holds_it() {
    let dir = tempfile::tempdir().unwrap();
    let store = Arc::new(DuckEventStore::open(&dir.path().join("events.duckdb")).await.unwrap());
    let site = ObjectId::generate();
    let events: Vec<EventRecord> = instants()
        .into_iter()
        .enumerate()
        .map(|(i, ts)| {
            let mut e = EventRecord::new(site, ts, "pageview");
            e.visitor_id = i as u128 + 1;
            e.session_id = i as u128 + 1_000;
            e.hostname = "example.com".into();
            e.pathname = "/".into();
            e
        })
        .collect();
    store.append(Arc::new(events), None).await.unwrap();

    for zone in ["UTC", "America/New_York", "Asia/Kolkata"] {
        let tz = parse_zone(zone).unwrap();
        for interval in [Interval::Hour, Interval::Day, Interval::Week, Interval::Month] {
            for center in [0, 1_709_251_200_000, 1_780_272_000_000] {
                let range = TimeRange { start_ms: center - 40 * DAY, end_ms: center + 40 * DAY };
                let page = buckets(range, interval, tz);
                let segments = offset_segments(tz, range);
                let keys = bucket_keys(tz, interval, &page);
                let scope = Scope { website_id: site, range: Some(range), filters: Vec::new() };
                let plan = BucketPlan { interval, sessions: true, segments: &segments, keys: &keys };
                let got = timeseries(store.as_ref(), &scope, &page, plan).await.unwrap();
                // (bucket start, visitors, sessions) of the buckets that have events.
                let held = |counts: &[(i64, i64)]| -> Vec<(i64, i64, i64)> {
                    page.iter()
                        .zip(counts)
                        .filter(|(_, c)| c.0 > 0 || c.1 > 0)
                        .map(|(b, c)| (b.start_ms, c.0, c.1))
                        .collect()
                };
                let want: Vec<(i64, i64)> = page
                    .iter()
                    .map(|b| {
                        let n = instants().iter().filter(|&&t| t >= b.start_ms && t < b.end_ms).count() as i64;
                        (n, n)
                    })
                    .collect();
                assert!(!held(&want).is_empty(), "{zone} {interval:?}: the events are in range");
                assert_eq!(held(&got.buckets), held(&want), "{zone} {interval:?} around {center}");
            }
        }
    }
}
