//! The Website API's event analytics against a dataset loaded through the real import path,
//! every number checked against the same dataset counted independently here.

use std::collections::{BTreeMap, HashMap, HashSet};

use serde_json::{json, Value};

use crate::events::{stored, CHROME};
use crate::helpers::{TestApp, BIN};

const IPHONE: &str = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";
/// 2026-03-01T00:00:00Z, a Sunday; New York is on EST (-05:00) until 2026-03-08.
const T0: i64 = 1_772_323_200_000;
const MIN: i64 = 60_000;
const DAY: i64 = 86_400_000;
const PATHS: &[&str] = &["/", "/pricing", "/blog/a", "/docs/x"];

#[derive(Debug, Clone)]
struct Ev {
    ts: i64,
    kind: &'static str,
    path: &'static str,
    visitor: String,
    session: String,
    country: &'static str,
    mobile: bool,
    /// The session's source as DataFast names it.
    source: &'static str,
    referrer: &'static str,
}

/// 120 visitors, 1–3 sessions each over 9 days, 1–4 pageviews per session, some signups.
fn dataset() -> Vec<Ev> {
    let mut out = Vec::new();
    for v in 0..120usize {
        for s in 0..(1 + v % 3) {
            let start = T0 + (v as i64) * 37 * MIN + (s as i64) * 3 * DAY;
            let (source, referrer) = match (v + s) % 4 {
                0 => ("Direct/None", ""),
                1 => ("Google", "https://www.google.com/"),
                2 => ("X", "https://t.co/abc"),
                _ => ("news.example.org", "https://news.example.org/post"),
            };
            let base = Ev {
                ts: start,
                kind: "pageview",
                path: PATHS[(v + s) % 4],
                visitor: format!("00000000-0000-4000-8000-{v:012x}"),
                session: format!("session-{v}-{s}"),
                country: ["US", "FR", "DE"][v % 3],
                mobile: v % 2 == 1,
                source,
                referrer,
            };
            let pageviews = 1 + (v + 2 * s) % 4;
            for p in 0..pageviews {
                let mut e = base.clone();
                e.ts = start + p as i64 * 2 * MIN;
                e.path = PATHS[(v + s + p) % 4];
                out.push(e);
            }
            if (v + s) % 5 == 0 {
                let mut e = base.clone();
                e.ts = start + pageviews as i64 * 2 * MIN + 30_000;
                e.kind = "goal";
                out.push(e);
            }
        }
    }
    out.sort_by_key(|e| e.ts);
    out
}

fn import_line(e: &Ev, first_of_session: bool) -> String {
    let mut line = json!({
        "timestamp": e.ts,
        "type": e.kind,
        "url": if first_of_session && e.source == "news.example.org" {
            format!("https://example.com{}?utm_source=news&utm_medium=referral&utm_campaign=spring", e.path)
        } else {
            format!("https://example.com{}", e.path)
        },
        "visitor_id": e.visitor,
        "session_id": e.session,
        "user_agent": if e.mobile { IPHONE } else { CHROME },
        "country": e.country,
    });
    if e.kind == "goal" {
        line["name"] = json!("signup");
    }
    line["referrer"] =
        if first_of_session { json!(e.referrer) } else { json!(format!("https://example.com{}", PATHS[0])) };
    line.to_string()
}

/// The same definitions as docs/metrics.md, computed directly.
struct Expected {
    visitors: usize,
    sessions: usize,
    bounce_rate: f64,
    avg_duration: f64,
}

fn expect(events: &[&Ev]) -> Expected {
    let visitors: HashSet<_> = events.iter().map(|e| &e.visitor).collect();
    let mut by_session: HashMap<&String, Vec<&Ev>> = HashMap::new();
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
    Expected {
        visitors: visitors.len(),
        sessions: by_session.len(),
        bounce_rate: if viewed == 0 { 0.0 } else { round2(bounces as f64 * 100.0 / viewed as f64) },
        avg_duration: round2(durations.iter().sum::<i64>() as f64 / durations.len().max(1) as f64),
    }
}

async fn loaded() -> (TestApp, String, String, Vec<Ev>) {
    let app = TestApp::spawn().await;
    let (token, website_id, _) = app.site().await;
    let (_, dir) = app.terminate().await;
    let events = dataset();
    let mut seen = HashSet::new();
    let lines: Vec<String> = events.iter().map(|e| import_line(e, seen.insert(e.session.clone()))).collect();
    let file = dir.path().join("history.ndjson");
    std::fs::write(&file, lines.join("\n")).unwrap();
    let out = tokio::process::Command::new(BIN)
        .args(["import", "--quiet", "--website", &website_id])
        .arg(&file)
        .arg("--data-dir")
        .arg(dir.path())
        .output()
        .await
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let stored_count = stored(dir.path(), "SELECT count(*)::VARCHAR FROM events")[0][0].clone();
    assert_eq!(stored_count, events.len().to_string());
    let app = TestApp::spawn_in(dir).await;
    (app, token, website_id, events)
}

#[tokio::test]
async fn overview_and_filters_match_an_independent_count() {
    let (app, token, site, events) = loaded().await;
    let (app_ref, token_ref, site_ref) = (&app, &token, &site);
    let overview = |query: String| {
        let (app, token, site) = (app_ref, token_ref, site_ref);
        async move {
            let r = app.get(&format!("/api/v1/analytics/overview?websiteId={site}{query}"), token).await;
            r.expect(200);
            r.first().clone()
        }
    };
    let check = |got: &Value, want: &Expected, what: &str| {
        assert_eq!(got["visitors"], want.visitors, "{what}: {got}");
        assert_eq!(got["sessions"], want.sessions, "{what}: {got}");
        assert_eq!(got["bounce_rate"].as_f64().unwrap(), want.bounce_rate, "{what}: {got}");
        assert_eq!(got["avg_session_duration"].as_f64().unwrap(), want.avg_duration, "{what}: {got}");
    };
    let all: Vec<&Ev> = events.iter().collect();
    let whole = expect(&all);
    // The dataset exercises every metric: some bounces, some long sessions, repeat visitors.
    assert_eq!(whole.visitors, 120);
    assert!(whole.sessions > 200 && whole.bounce_rate > 5.0 && whole.bounce_rate < 60.0);
    assert!(whole.avg_duration > 60_000.0);
    let got = overview(String::new()).await;
    check(&got, &expect(&all), "all time");
    assert_eq!(
        (got["currency"].as_str(), got["revenue"].as_i64(), got["payments"].as_i64()),
        (Some("$"), Some(0), Some(0))
    );

    // Dates are calendar days in the requested zone: 2 March in New York is 05:00Z → 05:00Z.
    let ny_day: Vec<&Ev> =
        events.iter().filter(|e| e.ts >= T0 + DAY + 5 * 3_600_000 && e.ts < T0 + 2 * DAY + 5 * 3_600_000).collect();
    let got = overview("&startAt=2026-03-02&endAt=2026-03-02&timezone=America/New_York".into()).await;
    check(&got, &expect(&ny_day), "one New York day");
    let got = overview("&startAt=2026-03-02T05:00:00Z&endAt=2026-03-03T04:59:59.999Z".into()).await;
    check(&got, &expect(&ny_day), "the same day as instants");

    let viewed_docs: HashSet<&String> =
        events.iter().filter(|e| e.kind == "pageview" && e.path.contains("/docs")).map(|e| &e.visitor).collect();
    let signed_up: HashSet<&String> = events.iter().filter(|e| e.kind == "goal").map(|e| &e.visitor).collect();
    type Keep<'a> = Box<dyn Fn(&Ev) -> bool + 'a>;
    let cases: Vec<(&str, Keep)> = vec![
        ("&filter_country=is:France", Box::new(|e: &Ev| e.country == "FR")),
        ("&filter_country=US,Germany", Box::new(|e: &Ev| e.country != "FR")),
        ("&country=FR", Box::new(|e: &Ev| e.country == "FR")),
        ("&filter_device=is_not:mobile", Box::new(|e: &Ev| !e.mobile)),
        ("&filter_browser=Safari", Box::new(|e: &Ev| e.mobile)),
        ("&filter_referrer=Google", Box::new(|e: &Ev| e.source == "Google")),
        ("&filter_referrer=is:Direct/None,x", Box::new(|e: &Ev| e.source == "Direct/None" || e.source == "X")),
        ("&filter_referrer=news.example.org", Box::new(|e: &Ev| e.source == "news.example.org")),
        ("&filter_page=contains:/docs", Box::new(|e: &Ev| viewed_docs.contains(&e.visitor))),
        ("&filter_page=is_not:/docs/x", Box::new(|e: &Ev| !viewed_docs.contains(&e.visitor))),
        ("&filter_goal=signup", Box::new(|e: &Ev| signed_up.contains(&e.visitor))),
        ("&filter_country=is:US&filter_device=is:desktop", Box::new(|e: &Ev| e.country == "US" && !e.mobile)),
    ];
    for (query, keep) in cases {
        let subset: Vec<&Ev> = events.iter().filter(|e| keep(e)).collect();
        assert!(!subset.is_empty() && subset.len() < events.len(), "{query} selects a proper subset");
        check(&overview(query.to_string()).await, &expect(&subset), query);
    }
    // Entry page and visit count are session attributes.
    let mut entry: HashMap<&String, &str> = HashMap::new();
    for e in &events {
        entry.entry(&e.session).or_insert(e.path);
    }
    let entered_pricing: Vec<&Ev> = events.iter().filter(|e| entry[&e.session] == "/pricing").collect();
    check(&overview("&filter_entry_page=/pricing".into()).await, &expect(&entered_pricing), "entry page");
    // The visitor's n-th session has visit number n.
    let nth = |e: &Ev| e.session.rsplit('-').next().unwrap().parse::<i64>().unwrap() + 1;
    for (query, keep) in [
        ("&filter_visit_count=1", Box::new(|n: i64| n == 1) as Box<dyn Fn(i64) -> bool>),
        ("&filter_visit_count=gte:2", Box::new(|n| n >= 2)),
        ("&filter_visit_count=lte:2", Box::new(|n| n <= 2)),
        ("&filter_visit_count=is_not:1,3", Box::new(|n| n != 1 && n != 3)),
    ] {
        let subset: Vec<&Ev> = events.iter().filter(|e| keep(nth(e))).collect();
        check(&overview(query.into()).await, &expect(&subset), query);
    }

    // Scoping: a website key reads its own website without websiteId; other accounts cannot.
    let key = app.website_key(&token, &site).await;
    let own = app.get("/api/v1/analytics/overview?fields=visitors", &key).await;
    own.expect(200);
    assert_eq!(own.first()["visitors"], 120);
    let stranger = app.create_account("stranger@example.com").await;
    for path in ["overview", "referrers", "timeseries?fields=visitors&interval=day&x=1"] {
        let sep = if path.contains('?') { '&' } else { '?' };
        let r = app.get(&format!("/api/v1/analytics/{path}{sep}websiteId={site}"), &stranger.token).await;
        assert!(r.status == 403 || r.status == 404, "{path}: {}", r.status);
        assert_eq!(r.body["status"], "error");
    }
    let fields = overview("&fields=visitors,bounce_rate".into()).await;
    assert_eq!(fields.as_object().unwrap().keys().collect::<Vec<_>>(), ["bounce_rate", "visitors"]);
    for bad in [
        "&startAt=2026-03-02",
        "&endAt=2026-03-02",
        "&startAt=2026-03-05&endAt=2026-03-02",
        "&fields=visitors,pageviewz",
        "&timezone=Nowhere/City",
        "&filter_country=contains:Fr",
        "&filter_visit_count=gte:x",
    ] {
        let r = app.get(&format!("/api/v1/analytics/overview?websiteId={site}{bad}"), &token).await;
        r.expect(400);
        assert_eq!(r.body["status"], "error", "{bad}");
    }
}

#[tokio::test]
async fn breakdowns_goals_and_timeseries_match_an_independent_count() {
    let (app, token, site, events) = loaded().await;
    let (app_ref, token_ref) = (&app, &token);
    let get = |path: String| {
        let (app, token) = (app_ref, token_ref);
        async move {
            let r = app.get(&path, token).await;
            r.expect(200);
            r.body
        }
    };
    // Referrers: visitors per source, sorted by visitors, paged with the full total.
    let mut per_source: BTreeMap<&str, HashSet<&String>> = BTreeMap::new();
    for e in &events {
        per_source.entry(e.source).or_default().insert(&e.visitor);
    }
    let mut want: Vec<(&str, usize)> = per_source.iter().map(|(k, v)| (*k, v.len())).collect();
    want.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let body = get(format!("/api/v1/analytics/referrers?websiteId={site}")).await;
    let got: Vec<(String, usize)> = body["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (r["referrer"].as_str().unwrap().to_string(), r["visitors"].as_u64().unwrap() as usize))
        .collect();
    let want_owned: Vec<(String, usize)> = want.iter().map(|(k, v)| (k.to_string(), *v)).collect();
    let got_sorted = {
        let mut g = got.clone();
        g.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        g
    };
    assert_eq!(got_sorted, want_owned);
    assert!(got.windows(2).all(|w| w[0].1 >= w[1].1), "sorted by visitors: {got:?}");
    assert_eq!(body["pagination"], json!({"limit": 100, "offset": 0, "total": 4}));
    assert_eq!(
        body["data"][0].as_object().unwrap().keys().collect::<Vec<_>>(),
        ["payments", "referrer", "revenue", "visitors"]
    );
    let page = get(format!("/api/v1/analytics/referrers?websiteId={site}&limit=1&offset=1")).await;
    assert_eq!(page["data"].as_array().unwrap().len(), 1);
    assert_eq!(page["data"][0]["referrer"], got[1].0.as_str());
    assert_eq!(page["pagination"], json!({"limit": 1, "offset": 1, "total": 4}));
    let past = get(format!("/api/v1/analytics/referrers?websiteId={site}&offset=10")).await;
    assert_eq!((past["data"].as_array().unwrap().len(), &past["pagination"]["total"]), (0, &json!(4)));

    // Countries show English names and flags; pages count the visitors who viewed them.
    let countries = get(format!("/api/v1/analytics/countries?websiteId={site}")).await;
    let fr = countries["data"].as_array().unwrap().iter().find(|r| r["country"] == "France").unwrap().clone();
    let fr_visitors: HashSet<_> = events.iter().filter(|e| e.country == "FR").map(|e| &e.visitor).collect();
    assert_eq!(fr["visitors"], fr_visitors.len());
    assert_eq!(fr["image"], "https://purecatamphetamine.github.io/country-flag-icons/3x2/FR.svg");
    let pages = get(format!("/api/v1/analytics/pages?websiteId={site}&filter_device=mobile")).await;
    for row in pages["data"].as_array().unwrap() {
        let path = row["path"].as_str().unwrap();
        let viewers: HashSet<_> =
            events.iter().filter(|e| e.mobile && e.kind == "pageview" && e.path == path).map(|e| &e.visitor).collect();
        assert_eq!(row["visitors"], viewers.len(), "{path}");
        assert_eq!(row["hostname"], "example.com");
    }
    assert_eq!(pages["pagination"]["total"], 4);
    // Sorted by visitors, ties by path (docs/metrics.md).
    let order: Vec<(i64, String)> = pages["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (-r["visitors"].as_i64().unwrap(), r["path"].as_str().unwrap().to_string()))
        .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "pages sorted by visitors, then path: {order:?}");
    let devices = get(format!("/api/v1/analytics/devices?websiteId={site}&fields=device,visitors")).await;
    let mobiles: HashSet<_> = events.iter().filter(|e| e.mobile).map(|e| &e.visitor).collect();
    let mobile_row = devices["data"].as_array().unwrap().iter().find(|r| r["device"] == "mobile").unwrap().clone();
    assert_eq!(mobile_row, json!({"device": "mobile", "visitors": mobiles.len()}));

    // Campaigns: one nested object per combination; `fields` picks its keys.
    let news: HashSet<&String> = events.iter().filter(|e| e.source == "news.example.org").map(|e| &e.visitor).collect();
    let campaigns = get(format!("/api/v1/analytics/campaigns?websiteId={site}")).await;
    assert_eq!(
        campaigns["data"],
        json!([{
            "campaign": {"utm_source": "news", "utm_medium": "referral", "utm_campaign": "spring", "utm_term": "",
                         "utm_content": "", "ref": "", "source": "", "via": ""},
            "visitors": news.len(), "revenue": 0, "payments": 0
        }])
    );
    let picked =
        get(format!("/api/v1/analytics/campaigns?websiteId={site}&fields=utm_source,utm_campaign,visitors")).await;
    assert_eq!(
        picked["data"],
        json!([{"campaign": {"utm_source": "news", "utm_campaign": "spring"}, "visitors": news.len()}])
    );
    let utm =
        get(format!("/api/v1/analytics/overview?websiteId={site}&filter_utm_campaign=spring&fields=visitors")).await;
    assert_eq!(utm["data"][0]["visitors"], news.len());
    // Unknown values read "Unknown"; the other dimensions answer in their documented shapes.
    let regions = get(format!("/api/v1/analytics/regions?websiteId={site}")).await;
    assert_eq!(regions["data"], json!([{"region": "Unknown", "visitors": 120, "revenue": 0, "payments": 0}]));
    let hosts = get(format!("/api/v1/analytics/hostnames?websiteId={site}&fields=hostname,visitors")).await;
    assert_eq!(hosts["data"], json!([{"hostname": "example.com", "visitors": 120}]));
    let systems =
        get(format!("/api/v1/analytics/operating-systems?websiteId={site}&fields=operating_system,visitors")).await;
    let ios: HashSet<&String> = events.iter().filter(|e| e.mobile).map(|e| &e.visitor).collect();
    assert!(systems["data"].as_array().unwrap().contains(&json!({"operating_system": "iOS", "visitors": ios.len()})));
    let browsers = get(format!("/api/v1/analytics/browsers?websiteId={site}&fields=browser,visitors")).await;
    assert!(browsers["data"].as_array().unwrap().contains(&json!({"browser": "Mobile Safari", "visitors": ios.len()})));

    // Goals: completions and visitors; `name` answers as `goal`.
    let goals = get(format!("/api/v1/analytics/goals?websiteId={site}&fields=name,completions,visitors")).await;
    let completions = events.iter().filter(|e| e.kind == "goal").count();
    let goal_visitors: HashSet<_> = events.iter().filter(|e| e.kind == "goal").map(|e| &e.visitor).collect();
    assert_eq!(goals["data"], json!([{"goal": "signup", "completions": completions, "visitors": goal_visitors.len()}]));

    // Timeseries by day in New York: 00:00 local buckets with the zone's offset.
    let ts = get(format!(
        "/api/v1/analytics/timeseries?websiteId={site}&fields=visitors,sessions&interval=day&startAt=2026-03-01&endAt=2026-03-09&timezone=America/New_York"
    ))
    .await;
    let rows = ts["data"].as_array().unwrap();
    assert_eq!(rows.len(), 9);
    assert_eq!(ts["pagination"], json!({"limit": 100, "offset": 0, "total": 9}));
    assert_eq!((ts["interval"].as_str(), ts["timezone"].as_str()), (Some("day"), Some("America/New_York")));
    assert_eq!(ts["currency"], Value::Null);
    assert_eq!(rows[0]["timestamp"], "2026-03-01T00:00:00-05:00");
    assert_eq!(rows[0]["name"], "01 Mar");
    assert_eq!(rows[8]["timestamp"], "2026-03-09T00:00:00-04:00", "after the DST change");
    let ny_midnight = |day: i64| {
        // Local midnight of 2026-03-(1+day): EST (-5) before the 8th, EDT (-4) from it.
        T0 + day * DAY + if day < 8 { 5 } else { 4 } * 3_600_000
    };
    for (i, row) in rows.iter().enumerate() {
        let (start, end) = (ny_midnight(i as i64), ny_midnight(i as i64 + 1));
        let in_day: Vec<&Ev> = events.iter().filter(|e| e.ts >= start && e.ts < end).collect();
        let want = expect(&in_day);
        assert_eq!(
            (row["visitors"].as_u64().unwrap() as usize, row["sessions"].as_u64().unwrap() as usize),
            (want.visitors, want.sessions),
            "day {i}"
        );
    }
    let in_range: Vec<&Ev> = events.iter().filter(|e| e.ts >= ny_midnight(0) && e.ts < ny_midnight(9)).collect();
    assert_eq!(ts["totals"]["visitors"], expect(&in_range).visitors);
    // Weeks start on Monday; the first bucket is the week holding 1 March, clipped to the range.
    let weeks = get(format!(
        "/api/v1/analytics/timeseries?websiteId={site}&fields=visitors&interval=week&startAt=2026-03-01&endAt=2026-03-09&timezone=America/New_York"
    ))
    .await;
    let week_rows = weeks["data"].as_array().unwrap();
    let stamps: Vec<&str> = week_rows.iter().map(|r| r["timestamp"].as_str().unwrap()).collect();
    assert_eq!(stamps, ["2026-02-23T00:00:00-05:00", "2026-03-02T00:00:00-05:00", "2026-03-09T00:00:00-04:00"]);
    for (row, (from, to)) in week_rows.iter().zip([(0, 1), (1, 8), (8, 9)]) {
        let slice: Vec<&Ev> = events.iter().filter(|e| e.ts >= ny_midnight(from) && e.ts < ny_midnight(to)).collect();
        assert_eq!(row["visitors"].as_u64().unwrap() as usize, expect(&slice).visitors, "{row}");
    }
    let months = get(format!(
        "/api/v1/analytics/timeseries?websiteId={site}&fields=visitors&interval=month&startAt=2026-02-15&endAt=2026-04-15&timezone=Asia/Kolkata"
    ))
    .await;
    let names: Vec<&str> = months["data"].as_array().unwrap().iter().map(|r| r["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["Feb 2026", "Mar 2026", "Apr 2026"]);
    assert_eq!(months["data"][0]["visitors"], 0);
    assert_eq!(months["data"][1]["visitors"], 120, "every visitor came in March (Kolkata time)");
    // A single day is shown by the hour; revenue brings payments and the breakdown along.
    let day = get(format!(
        "/api/v1/analytics/timeseries?websiteId={site}&fields=visitors,revenue&interval=day&startAt=2026-03-02&endAt=2026-03-02&timezone=UTC&limit=5&offset=2"
    ))
    .await;
    assert_eq!(day["interval"], "hour");
    assert_eq!(day["pagination"], json!({"limit": 5, "offset": 2, "total": 24}));
    assert_eq!(day["data"][0]["timestamp"], "2026-03-02T02:00:00Z");
    assert_eq!(day["currency"], "$");
    assert_eq!(day["totals"]["revenueBreakdown"], json!({"new": 0.0, "renewal": 0.0, "refund": 0.0}));
    let utc_day: Vec<&Ev> = events.iter().filter(|e| e.ts >= T0 + DAY && e.ts < T0 + 2 * DAY).collect();
    assert_eq!(day["totals"]["visitors"], expect(&utc_day).visitors, "totals cover the range, not the page");
    assert_eq!(day["data"][0]["payments"], 0);
    // Hours in a zone half an hour off UTC: each bucket holds its local hour's visitors.
    let hours = get(format!(
        "/api/v1/analytics/timeseries?websiteId={site}&fields=visitors,sessions&interval=hour&startAt=2026-03-02&endAt=2026-03-02&timezone=Asia/Kolkata"
    ))
    .await;
    assert_eq!(hours["interval"], "hour");
    let hour_rows = hours["data"].as_array().unwrap();
    assert_eq!(hour_rows.len(), 24);
    assert_eq!(hour_rows[1]["timestamp"], "2026-03-02T01:00:00+05:30");
    let kolkata_midnight = T0 + DAY - 5 * 3_600_000 - 1_800_000;
    let mut seen = 0;
    for (i, row) in hour_rows.iter().enumerate() {
        let start = kolkata_midnight + i as i64 * 3_600_000;
        let slice: Vec<&Ev> = events.iter().filter(|e| e.ts >= start && e.ts < start + 3_600_000).collect();
        let want = expect(&slice);
        seen += want.visitors;
        assert_eq!(
            (row["visitors"].as_u64().unwrap() as usize, row["sessions"].as_u64().unwrap() as usize),
            (want.visitors, want.sessions),
            "hour {i}"
        );
    }
    assert!(seen > 0, "the day has traffic");
    for bad in [
        "&interval=day",
        "&fields=visitors",
        "&fields=visitors&interval=fortnight",
        "&fields=visitors&interval=day&limit=1001",
    ] {
        app.get(&format!("/api/v1/analytics/timeseries?websiteId={site}{bad}"), &token).await.expect(400);
    }
    app.get(&format!("/api/v1/analytics/nonsense?websiteId={site}"), &token).await.expect(404);
}

#[tokio::test]
async fn realtime_counts_the_last_ten_minutes_and_maps_who_is_there() {
    use crate::events::{pageview, uuid};
    let (app, token, site, _) = loaded().await;
    let metadata = app.get(&format!("/api/v1/analytics/metadata?websiteId={site}"), &token).await;
    metadata.expect(200);
    let tracking = app.get(&format!("/api/v1/admin/websites/{site}"), &token).await;
    let tracking_id = tracking.first()["trackingId"].as_str().unwrap().to_string();
    let mut landing = pageview(&tracking_id, "https://example.com/?utm_source=newsletter", 1);
    landing["referrer"] = json!("https://www.google.com/");
    landing["visitorSessionNumber"] = json!(2);
    app.send_event(&landing, CHROME, Some("203.0.113.7")).await.expect(200);
    let mut identify = pageview(&tracking_id, "https://example.com/", 1);
    identify["type"] = json!("identify");
    identify["extraData"] = json!({"user_id": "u_42", "name": "Jane Doe"});
    identify["visitorSessionNumber"] = json!(2);
    app.send_event(&identify, CHROME, Some("203.0.113.7")).await.expect(200);
    let mut goal = pageview(&tracking_id, "https://example.com/pricing", 1);
    goal["type"] = json!("custom");
    goal["extraData"] = json!({"eventName": "clicked_buy", "plan": "pro"});
    goal["visitorSessionNumber"] = json!(2);
    app.send_event(&goal, CHROME, Some("203.0.113.7")).await.expect(200);
    let mut pricing = pageview(&tracking_id, "https://example.com/pricing", 1);
    pricing["visitorSessionNumber"] = json!(2);
    app.send_event(&pricing, CHROME, Some("203.0.113.7")).await.expect(200);
    app.send_event(&pageview(&tracking_id, "https://example.com/docs", 2), IPHONE, Some("198.51.100.4"))
        .await
        .expect(200);

    // The writer flushes within half a second; poll briefly.
    let realtime = format!("/api/v1/analytics/realtime?websiteId={site}");
    let mut visitors = json!(null);
    for _ in 0..50 {
        let r = app.get(&realtime, &token).await;
        r.expect(200);
        visitors = r.first()["visitors"].clone();
        if visitors == 2 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert_eq!(visitors, 2, "imported history is months old and does not count");
    app.get(&format!("{realtime}&fields=visitors"), &token).await.expect(200);
    app.get(&format!("{realtime}&fields=sessions"), &token).await.expect(400);

    let map = app.get(&format!("/api/v1/analytics/realtime/map?websiteId={site}"), &token).await;
    map.expect(200);
    let data = &map.body["data"];
    assert_eq!(data["count"], 2);
    assert_eq!(data["hasConversionPredictions"], false);
    assert_eq!(data["recentPayments"], json!([]));
    let jane = data["visitors"].as_array().unwrap().iter().find(|v| v["visitorId"] == uuid(1).as_str()).unwrap();
    assert_eq!(jane["currentUrl"], "/pricing");
    assert_eq!(jane["visitCount"], 2);
    assert_eq!(jane["referrer"], "https://www.google.com/");
    assert_eq!(jane["params"]["utm_source"], "newsletter");
    assert_eq!(jane["params"]["via"], Value::Null);
    assert_eq!(jane["system"]["browser"]["name"], "Chrome");
    assert_eq!(jane["system"]["device"]["type"], "desktop");
    assert_eq!(
        jane["profileData"],
        json!({"displayName": "Jane Doe", "userId": "u_42", "hasProfile": true, "isRandomName": false})
    );
    assert!(jane["sessionStartTime"].as_str().unwrap().ends_with('Z'));
    let events = data["recentEvents"].as_array().unwrap();
    assert_eq!(events.len(), 5);
    let custom = events.iter().find(|e| e["type"] == "custom").unwrap();
    assert_eq!(custom["extraData"], json!({"eventName": "clicked_buy", "plan": "pro"}));
    assert_eq!(custom["path"], "/pricing");
    assert!(custom["_id"].as_str().unwrap().len() == 24);
    let ids: HashSet<&str> = events.iter().map(|e| e["_id"].as_str().unwrap()).collect();
    assert_eq!(ids.len(), 5, "ids are distinct");
}

#[tokio::test]
async fn visitors_list_and_journeys() {
    let (app, token, site, events) = loaded().await;
    let list = |query: String| {
        let (app, token, site) = (&app, &token, &site);
        async move {
            let r = app.get(&format!("/api/v1/visitors?websiteId={site}{query}"), token).await;
            r.expect(200);
            r.body
        }
    };
    let last_seen = |filter: &dyn Fn(&Ev) -> bool| {
        let mut m: HashMap<String, i64> = HashMap::new();
        for e in events.iter().filter(|e| filter(e)) {
            let t = m.entry(e.visitor.clone()).or_insert(0);
            *t = (*t).max(e.ts);
        }
        m
    };
    let page = list("&limit=50".into()).await;
    assert_eq!(page["data"].as_array().unwrap().len(), 50);
    assert_eq!(page["pagination"], json!({"limit": 50, "offset": 0, "hasMore": true}));
    let seen = last_seen(&|_| true);
    let times: Vec<&str> = page["data"].as_array().unwrap().iter().map(|r| r["lastSeenAt"].as_str().unwrap()).collect();
    assert!(times.windows(2).all(|w| w[0] >= w[1]), "most recent first");
    let newest = &page["data"][0];
    let newest_id = newest["visitorId"].as_str().unwrap();
    assert_eq!(newest["lastSeenAt"], datafast_core::time::iso_millis(seen[newest_id]));
    let tail = list("&limit=50&offset=100".into()).await;
    assert_eq!((tail["data"].as_array().unwrap().len(), &tail["pagination"]["hasMore"]), (20, &json!(false)));

    // In a range, the list looks back from the range's end (an hour, a day, …) before it
    // reads the whole range: the page must be the one the whole range gives, with each
    // visitor's acquisition from their first session in range (visitor 38's latest session
    // came direct, their first in range from news.example.org).
    let (from, to) = (T0 + DAY + 11_000, T0 + 7 * DAY + 11_000);
    let iso = datafast_core::time::iso_millis;
    let ranged = list(format!("&startAt={}&endAt={}&limit=5", iso(from), iso(to))).await;
    let in_range: Vec<&Ev> = events.iter().filter(|e| e.ts >= from && e.ts <= to).collect();
    let mut latest: Vec<(i64, &String)> = Vec::new();
    for e in &in_range {
        match latest.iter_mut().find(|(_, v)| *v == &e.visitor) {
            Some(entry) => entry.0 = entry.0.max(e.ts),
            None => latest.push((e.ts, &e.visitor)),
        }
    }
    latest.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(b.1)));
    let rows = ranged["data"].as_array().unwrap();
    assert_eq!(rows.len(), 5);
    assert_eq!(ranged["pagination"]["hasMore"], true);
    for (row, (seen, visitor)) in rows.iter().zip(&latest) {
        assert_eq!(row["visitorId"], visitor.as_str());
        assert_eq!(row["lastSeenAt"], iso(*seen));
        let first = in_range.iter().find(|e| &e.visitor == *visitor).unwrap();
        assert_eq!(row["acquisition"]["referrer"], first.source, "{visitor}: first session in range");
        let last = in_range.iter().rev().find(|e| &e.visitor == *visitor).unwrap();
        assert_eq!(row["identity"]["country"], last.country, "{visitor}: latest event's country");
        let viewed = in_range.iter().rev().find(|e| &e.visitor == *visitor && e.kind == "pageview").unwrap();
        assert_eq!(row["currentUrl"], format!("example.com{}", viewed.path), "{visitor}: latest pageview");
    }
    assert_eq!(rows[0]["visitorId"], "00000000-0000-4000-8000-000000000026");
    assert_eq!(rows[0]["acquisition"]["referrer"], "news.example.org");

    let french = list("&country=France&limit=250".into()).await;
    assert_eq!(french["data"].as_array().unwrap().len(), 40);
    assert!(french["data"].as_array().unwrap().iter().all(|r| r["identity"]["country"] == "FR"));
    let docs = list("&visitedPage=/docs/x&limit=250".into()).await;
    let viewers: HashSet<&String> =
        events.iter().filter(|e| e.kind == "pageview" && e.path == "/docs/x").map(|e| &e.visitor).collect();
    assert_eq!(docs["data"].as_array().unwrap().len(), viewers.len());
    let goal = list("&completedGoal=signup&limit=250".into()).await;
    let completions = last_seen(&|e: &Ev| e.kind == "goal");
    assert_eq!(goal["data"].as_array().unwrap().len(), completions.len());
    for row in goal["data"].as_array().unwrap() {
        let id = row["visitorId"].as_str().unwrap();
        assert_eq!(row["lastSeenAt"], datafast_core::time::iso_millis(completions[id]), "seen = goal time");
    }
    // With another filter and a range: the range's French visitors who completed the goal
    // (named in any case) in it, seen at their latest completion; the rest of each row from
    // all their events in scope.
    let range = format!("&startAt={}&endAt={}", iso(from), iso(to));
    let goal_fr = list(format!("&completedGoal=SignUp&country=France{range}&limit=250")).await;
    let french_in_range: Vec<&Ev> = in_range.iter().copied().filter(|e| e.country == "FR").collect();
    let mut want: Vec<(i64, &String)> = Vec::new();
    for e in french_in_range.iter().filter(|e| e.kind == "goal") {
        match want.iter_mut().find(|(_, v)| *v == &e.visitor) {
            Some(entry) => entry.0 = entry.0.max(e.ts),
            None => want.push((e.ts, &e.visitor)),
        }
    }
    want.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(b.1)));
    let rows = goal_fr["data"].as_array().unwrap();
    assert!(want.len() >= 3, "the range has French signups");
    let got: Vec<(&str, &str)> =
        rows.iter().map(|r| (r["visitorId"].as_str().unwrap(), r["lastSeenAt"].as_str().unwrap())).collect();
    let want_rows: Vec<(String, String)> = want.iter().map(|(t, v)| (v.to_string(), iso(*t))).collect();
    let want_rows: Vec<(&str, &str)> = want_rows.iter().map(|(v, t)| (v.as_str(), t.as_str())).collect();
    assert_eq!(got, want_rows, "French converters in range, by latest completion");
    for row in rows {
        let id = row["visitorId"].as_str().unwrap();
        let viewed = french_in_range.iter().rev().find(|e| e.visitor == id && e.kind == "pageview").unwrap();
        assert_eq!(row["currentUrl"], format!("example.com{}", viewed.path), "{id}: latest pageview in scope");
        let first = french_in_range.iter().find(|e| e.visitor == id).unwrap();
        assert_eq!(row["acquisition"]["referrer"], first.source, "{id}: first session in scope");
    }
    assert_eq!(list("&completedGoal=checkout".into()).await["data"], json!([]), "nobody completed it");
    assert_eq!(list("&isCustomer=true".into()).await["data"], json!([]));
    for bad in ["&completedGoal=signup&isCustomer=true", "&limit=251", "&startAt=2026-03-01"] {
        app.get(&format!("/api/v1/visitors?websiteId={site}{bad}"), &token).await.expect(400);
    }

    // One visitor's journey, against the dataset.
    let id = "00000000-0000-4000-8000-000000000005";
    let mine: Vec<&Ev> = events.iter().filter(|e| e.visitor == id).collect();
    let r = app.get(&format!("/api/v1/visitors/{id}?websiteId={site}"), &token).await;
    r.expect(200);
    let d = &r.body["data"];
    let views: Vec<&&Ev> = mine.iter().filter(|e| e.kind == "pageview").collect();
    assert_eq!(d["visitorId"], id);
    assert_eq!(d["activity"]["pageViewCount"], views.len());
    let sessions: HashSet<&String> = mine.iter().map(|e| &e.session).collect();
    assert_eq!(d["activity"]["visitCount"], sessions.len());
    let urls: Vec<String> = views.iter().map(|e| format!("example.com{}", e.path)).collect();
    let got_urls: Vec<&str> =
        d["activity"]["visitedPages"].as_array().unwrap().iter().map(|p| p["url"].as_str().unwrap()).collect();
    assert_eq!(got_urls, urls);
    assert_eq!(d["activity"]["currentUrl"], urls.last().unwrap().as_str());
    assert_eq!(d["activity"]["firstVisitAt"], datafast_core::time::iso_millis(mine[0].ts));
    let goals = mine.iter().filter(|e| e.kind == "goal").count();
    assert_eq!(d["activity"]["completedGoals"].as_array().unwrap().len(), goals);
    assert_eq!(d["identity"]["countryCode"], mine[0].country);
    assert_eq!(d["identity"]["device"]["type"], if mine[0].mobile { "mobile" } else { "desktop" });
    assert_eq!(d["prediction"], Value::Null);
    assert!(d.get("profile").is_none());
    app.get(&format!("/api/v1/visitors/00000000-0000-4000-8000-999999999999?websiteId={site}"), &token)
        .await
        .expect(404);
    app.get(&format!("/api/v1/visitors/not-a-uuid?websiteId={site}"), &token).await.expect(400);
}

#[tokio::test]
async fn goal_properties_and_exit_clicks() {
    use crate::events::pageview;
    let app = TestApp::spawn().await;
    let (token, site, tracking_id) = app.site().await;
    let goal = |visitor: u32, plan: &str, extra: Value| {
        let mut e = pageview(&tracking_id, "https://example.com/pricing", visitor);
        e["type"] = json!("custom");
        let mut data = json!({"eventName": "checkout", "plan": plan});
        for (k, v) in extra.as_object().unwrap() {
            data[k] = v.clone();
        }
        e["extraData"] = data;
        e
    };
    for (visitor, plan) in [(1, "pro"), (1, "pro"), (2, "pro"), (3, "team"), (4, "free")] {
        app.send_event(&goal(visitor, plan, json!({"seats": "3"})), CHROME, None).await.expect(200);
    }
    app.send_event(&goal(5, "pro", json!({})), CHROME, None).await.expect(200);
    for (visitor, url) in [(1, "https://github.com/acme"), (2, "https://github.com/acme"), (2, "https://x.com/acme")] {
        let mut e = pageview(&tracking_id, "https://example.com/", visitor);
        e["type"] = json!("external_link");
        e["extraData"] = json!({"url": url, "text": "Acme"});
        app.send_event(&e, CHROME, None).await.expect(200);
    }
    let (_, dir) = app.terminate().await;
    let app = TestApp::spawn_in(dir).await;
    let get = |q: String| {
        let (app, token) = (&app, &token);
        async move {
            let r = app.get(&q, token).await;
            r.expect(200);
            r.body
        }
    };
    let names = get(format!("/api/v1/analytics/goals/properties?websiteId={site}&eventName=checkout")).await;
    assert_eq!(
        names["data"],
        json!([
            {"property": "plan", "completions": 6, "visitors": 5},
            {"property": "seats", "completions": 5, "visitors": 4},
        ])
    );
    let plans =
        get(format!("/api/v1/analytics/goals/properties?websiteId={site}&eventName=checkout&propertyName=plan")).await;
    assert_eq!(
        plans["data"],
        json!([
            {"value": "pro", "completions": 4, "visitors": 3},
            {"value": "free", "completions": 1, "visitors": 1},
            {"value": "team", "completions": 1, "visitors": 1},
        ])
    );
    assert_eq!(plans["pagination"]["total"], 3);
    let none = get(format!(
        "/api/v1/analytics/goals/properties?websiteId={site}&eventName=checkout&propertyName=plan'%20OR%201=1"
    ))
    .await;
    assert_eq!(none["data"], json!([]));
    app.get(&format!("/api/v1/analytics/goals/properties?websiteId={site}"), &token).await.expect(400);
    let clicks = get(format!("/api/v1/analytics/exit-clicks?websiteId={site}")).await;
    assert_eq!(
        clicks["data"],
        json!([
            {"url": "https://github.com/acme", "visitors": 2, "clicks": 2},
            {"url": "https://x.com/acme", "visitors": 1, "clicks": 1},
        ])
    );
}
