//! The session rollup behind the overview and the session-level breakdowns: every answer must
//! equal what the raw events give, counted here, when sessions are written in pieces (an
//! import, then live events of the same session, then another import), change a dimension
//! mid-session, cross the requested range's ends, lose events (goal deletion), or were stored
//! before the rollup existed (backfill).

use std::collections::{BTreeMap, HashMap, HashSet};

use serde_json::{json, Value};

use crate::events::{stored, CHROME};
use crate::helpers::{TestApp, BIN};

const MIN: i64 = 60_000;

/// One stored event, read back from the stopped server's event store.
#[derive(Debug)]
struct Raw {
    ts: i64,
    kind: String,
    visitor: String,
    session: String,
    country: String,
}

fn raw_events(dir: &std::path::Path) -> Vec<Raw> {
    stored(dir, "SELECT epoch_ms(ts)::VARCHAR, kind, visitor_id::VARCHAR, session_id::VARCHAR, country FROM events")
        .into_iter()
        .map(|r| Raw {
            ts: r[0].parse().unwrap(),
            kind: r[1].clone(),
            visitor: r[2].clone(),
            session: r[3].clone(),
            country: r[4].clone(),
        })
        .collect()
}

/// visitors, sessions, bounce rate, average duration: docs/metrics.md, directly.
fn expect(events: &[&Raw]) -> Value {
    let visitors: HashSet<_> = events.iter().map(|e| &e.visitor).collect();
    let mut by_session: HashMap<&String, Vec<&Raw>> = HashMap::new();
    for e in events {
        by_session.entry(&e.session).or_default().push(e);
    }
    let viewed = by_session.values().filter(|s| s.iter().any(|e| e.kind == "pageview")).count();
    let bounces = by_session.values().filter(|s| s.len() == 1 && s[0].kind == "pageview").count();
    let durations: Vec<i64> = by_session
        .values()
        .map(|s| s.iter().map(|e| e.ts).max().unwrap() - s.iter().map(|e| e.ts).min().unwrap())
        .collect();
    let round2 = |x: f64| (x * 100.0).round() / 100.0;
    json!({
        "visitors": visitors.len(),
        "sessions": by_session.len(),
        "bounce_rate": if viewed == 0 { 0.0 } else { round2(bounces as f64 * 100.0 / viewed as f64) },
        "avg_session_duration": round2(durations.iter().sum::<i64>() as f64 / durations.len().max(1) as f64),
    })
}

/// `YYYY-MM-DDTHH:MM:SS.mmmZ` of a Unix time in milliseconds.
fn iso(ms: i64) -> String {
    let days = ms.div_euclid(86_400_000);
    let rem = ms.rem_euclid(86_400_000);
    // Howard Hinnant's days-to-civil algorithm.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}.{:03}Z",
        rem / 3_600_000,
        rem / 60_000 % 60,
        rem / 1000 % 60,
        rem % 1000
    )
}

fn import_line(ts: i64, kind: &str, path: &str, visitor: usize, session: &str, country: &str) -> String {
    let mut line = json!({
        "timestamp": ts,
        "type": kind,
        "url": format!("https://example.com{path}"),
        "visitor_id": format!("00000000-0000-4000-8000-{visitor:012x}"),
        "session_id": session,
        "user_agent": CHROME,
        "country": country,
        "referrer": "https://www.google.com/",
    });
    if kind == "goal" {
        line["name"] = json!("signup");
    }
    line.to_string()
}

async fn import(dir: &std::path::Path, website_id: &str, lines: &[String]) {
    let file = dir.join("history.ndjson");
    std::fs::write(&file, lines.join("\n")).unwrap();
    let out = tokio::process::Command::new(BIN)
        .args(["import", "--quiet", "--website", website_id])
        .arg(&file)
        .arg("--data-dir")
        .arg(dir)
        .output()
        .await
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
}

/// Compares the overview (with and without country filters) and the countries breakdown over
/// each `[from, to)` of `ranges` with the raw events.
async fn compare(app: &TestApp, token: &str, site: &str, events: &[Raw], ranges: &[(i64, i64)], what: &str) {
    for &(from, to) in ranges {
        let in_range: Vec<&Raw> = events.iter().filter(|e| e.ts >= from && e.ts < to).collect();
        let range = format!("&startAt={}&endAt={}", iso(from), iso(to - 1));
        for (filter, keep) in [
            ("", Box::new(|_: &Raw| true) as Box<dyn Fn(&Raw) -> bool>),
            ("&filter_country=FR", Box::new(|e: &Raw| e.country == "FR")),
            ("&filter_country=is_not:Germany", Box::new(|e: &Raw| e.country != "DE")),
            ("&filter_country=DE", Box::new(|e: &Raw| e.country == "DE")),
        ] {
            let subset: Vec<&Raw> = in_range.iter().copied().filter(|e| keep(e)).collect();
            let r = app.get(&format!("/api/v1/analytics/overview?websiteId={site}{range}{filter}"), token).await;
            r.expect(200);
            let got = r.first();
            let want = expect(&subset);
            for field in ["visitors", "sessions", "bounce_rate", "avg_session_duration"] {
                assert_eq!(
                    got[field].as_f64(),
                    want[field].as_f64(),
                    "{what}: {field} over {range}{filter}: got {got}, want {want}"
                );
            }
        }
        let mut per_country: BTreeMap<&str, HashSet<&String>> = BTreeMap::new();
        for e in &in_range {
            per_country.entry(e.country.as_str()).or_default().insert(&e.visitor);
        }
        let r = app.get(&format!("/api/v1/analytics/countries?websiteId={site}{range}"), token).await;
        r.expect(200);
        let got: BTreeMap<String, u64> = r
            .data()
            .iter()
            .map(|row| (row["country"].as_str().unwrap().to_string(), row["visitors"].as_u64().unwrap()))
            .collect();
        let name = |code: &str| match code {
            "FR" => "France",
            "DE" => "Germany",
            "" => "Unknown",
            other => panic!("unexpected country {other}"),
        };
        let want: BTreeMap<String, u64> =
            per_country.iter().map(|(c, v)| (name(c).to_string(), v.len() as u64)).collect();
        assert_eq!(got, want, "{what}: countries over {range}");
    }
}

/// Compares an hourly timeseries over five hours from `from` (a local hour boundary in `zone`,
/// whose offset is a whole number of hours plus `offset_ms`) with the raw events: per hour and
/// in total, the distinct visitors and sessions with an event then.
async fn compare_timeseries(app: &TestApp, token: &str, site: &str, events: &[Raw], around: i64, what: &str) {
    for (zone, offset_ms) in [("UTC", 0), ("Asia/Kolkata", 30 * MIN)] {
        let from = (around - offset_ms).div_euclid(60 * MIN) * 60 * MIN + offset_ms;
        let to = from + 5 * 60 * MIN;
        let r = app
            .get(
                &format!(
                    "/api/v1/analytics/timeseries?websiteId={site}&fields=visitors,sessions&interval=hour\
                     &startAt={}&endAt={}&timezone={zone}",
                    iso(from),
                    iso(to - 1)
                ),
                token,
            )
            .await;
        r.expect(200);
        let rows = r.data();
        assert_eq!(rows.len(), 5, "{what}: {zone}: {}", r.body);
        let count = |a: i64, b: i64| {
            let sel: Vec<&Raw> = events.iter().filter(|e| e.ts >= a && e.ts < b).collect();
            let want = expect(&sel);
            (want["visitors"].as_u64(), want["sessions"].as_u64())
        };
        for (i, row) in rows.iter().enumerate() {
            let start = from + i as i64 * 60 * MIN;
            assert_eq!(
                (row["visitors"].as_u64(), row["sessions"].as_u64()),
                count(start, start + 60 * MIN),
                "{what}: {zone} hour {i}: {row}"
            );
        }
        let totals = &r.body["totals"];
        assert_eq!((totals["visitors"].as_u64(), totals["sessions"].as_u64()), count(from, to), "{what}: {zone}");
    }
}

#[tokio::test]
async fn the_session_rollup_answers_like_raw_events() {
    let app = TestApp::spawn().await;
    let (token, site, tracking_id) = app.site().await;
    let (_, dir) = app.terminate().await;

    // 40 visitors over the last 3 hours, sessions of 1–5 events 3 minutes apart; every 7th
    // session moves from France to Germany halfway (two segments); some sign up.
    let now = now_ms();
    let base = now - 3 * 60 * MIN;
    let mut lines = Vec::new();
    let live_session = "7a3e1c52-0b4d-4e8f-9a61-2c5d8e9f0a1b";
    for v in 0..40usize {
        let start = base + v as i64 * 4 * MIN;
        let session = if v == 39 { live_session.to_string() } else { format!("session-{v}") };
        let n = 1 + v % 5;
        for i in 0..n {
            let country = if v % 7 == 0 && i >= n / 2 { "DE" } else { "FR" };
            let kind = if i == n - 1 && v % 3 == 0 && n > 1 { "goal" } else { "pageview" };
            lines.push(import_line(start + i as i64 * 3 * MIN, kind, "/p", v, &session, country));
        }
    }
    import(dir.path(), &site, &lines).await;

    // The last imported session goes on live (same visitor and session ids, no country known).
    let app = TestApp::spawn_in(dir).await;
    for path in ["/live-1", "/live-2"] {
        let mut e = crate::events::pageview(&tracking_id, &format!("https://example.com{path}"), 0);
        e["visitorId"] = json!("00000000-0000-4000-8000-000000000027");
        e["sessionId"] = json!(format!("s{live_session}"));
        app.send_event(&e, CHROME, None).await.expect(200);
    }
    let (_, dir) = wait_stored(app, lines.len() + 2).await;

    // Another import extends the live session backwards.
    let earlier = base + 39 * 4 * MIN - 2 * MIN;
    import(dir.path(), &site, &[import_line(earlier, "pageview", "/early", 39, live_session, "DE")]).await;

    let events = raw_events(dir.path());
    assert_eq!(events.len(), lines.len() + 3);
    let live: HashSet<&String> =
        events.iter().filter(|e| e.visitor.ends_with("000000000027")).map(|e| &e.session).collect();
    assert_eq!(live.len(), 1, "import and live events form one session");
    // The rollup holds that session as several segments (at least France, Germany and an
    // unknown country) that together count its events.
    let rows = stored(
        dir.path(),
        &format!(
            "SELECT (count(*) >= 3)::VARCHAR, sum(events)::VARCHAR, bool_and(NOT single)::VARCHAR FROM sessions
             WHERE session_id = '{}'",
            live.iter().next().unwrap()
        ),
    );
    assert_eq!(rows[0], ["true", &(5 + 2 + 1).to_string(), "true"]);

    // Ranges cutting through sessions at both ends, a range holding them whole, all time.
    let ranges = [
        (base + 10 * 4 * MIN + MIN, base + 20 * 4 * MIN + 4 * MIN + 30_000),
        (base + 3 * MIN + 1, now + 60 * MIN),
        (base + 39 * 4 * MIN, now + 60 * MIN),
        (base - 60 * MIN, now + 60 * MIN),
        (base - 60 * MIN, base + 39 * 4 * MIN + MIN),
    ];
    let app = TestApp::spawn_in(dir).await;
    compare(&app, &token, &site, &events, &ranges, "imported and live").await;
    compare_timeseries(&app, &token, &site, &events, base - 30 * MIN, "imported and live").await;
    let r = app.get(&format!("/api/v1/analytics/overview?websiteId={site}"), &token).await;
    let all: Vec<&Raw> = events.iter().collect();
    assert_eq!(r.first()["sessions"].as_u64(), expect(&all)["sessions"].as_u64());

    // Deleting goals un-bounces nothing but shortens and re-counts the sessions they were in.
    app.delete(&format!("/api/v1/goals?websiteId={site}&name=signup"), &token).await.expect(200);
    let (_, dir) = app.terminate().await;
    let events = raw_events(dir.path());
    assert!(events.iter().all(|e| e.kind != "goal"));
    let app = TestApp::spawn_in(dir).await;
    compare(&app, &token, &site, &events, &ranges, "after deleting goals").await;
    compare_timeseries(&app, &token, &site, &events, base - 30 * MIN, "after deleting goals").await;

    // A store written before the rollup existed is rolled up when opened.
    let (_, dir) = app.terminate().await;
    {
        let conn = duckdb::Connection::open(dir.path().join("events.duckdb")).unwrap();
        conn.execute_batch("DELETE FROM sessions").unwrap();
    }
    let app = TestApp::spawn_in(dir).await;
    compare(&app, &token, &site, &events, &ranges, "backfilled").await;
    compare_timeseries(&app, &token, &site, &events, base - 30 * MIN, "backfilled").await;
}

fn now_ms() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_millis() as i64
}

/// Stops the server once `n` events are stored (the writer flushes within a second).
async fn wait_stored(app: TestApp, n: usize) -> (Option<i32>, tempfile::TempDir) {
    let (code, dir) = app.terminate().await;
    let count: usize = stored(dir.path(), "SELECT count(*)::VARCHAR FROM events")[0][0].parse().unwrap();
    assert_eq!(count, n, "every acknowledged event is stored by shutdown");
    (code, dir)
}
