//! The Website API's writes (`/goals`, `/payments`, `/identify`) and revenue in the analytics:
//! validation, idempotency, deletions, durability, currency conversion at the ECB's published
//! rates, and revenue per referrer, campaign, country and page against an attribution computed
//! independently here from the rule in docs/metrics.md.

use std::collections::{BTreeMap, HashMap, HashSet};

use reqwest::Method;
use serde_json::{json, Value};

use crate::events::{pageview, stored, uuid, CHROME};
use crate::helpers::{Resp, TestApp, BIN};

const MIN: i64 = 60_000;
const DAY: i64 = 86_400_000;
/// 2026-03-02T00:00:00Z, a Monday.
const T0: i64 = 1_772_409_600_000;

/// ECB reference rates (units per euro) of the days the tests use, copied from the ECB's
/// eurofxref-hist file; 2026-03-07 is a Saturday, on which Friday's rates apply.
fn per_eur(currency: &str, at_ms: i64) -> f64 {
    let day = (at_ms - T0).div_euclid(DAY);
    match (currency, day) {
        ("EUR", _) => 1.0,
        ("USD", 0) => 1.1698,
        ("USD", 1) => 1.1606,
        ("USD", 2) => 1.1649,
        ("USD", 4) | ("USD", 5) => 1.1561,
        ("JPY", 0) => 184.19,
        ("JPY", 1) => 182.98,
        ("JPY", 2) => 183.02,
        ("JPY", 4) | ("JPY", 5) => 182.57,
        other => panic!("no rate in the test table for {other:?}"),
    }
}

fn convert(amount: f64, from: &str, to: &str, at_ms: i64) -> f64 {
    if from == to {
        amount
    } else {
        amount / per_eur(from, at_ms) * per_eur(to, at_ms)
    }
}

fn close(got: &Value, want: f64, what: &str) {
    let got = got.as_f64().unwrap_or_else(|| panic!("{what}: not a number: {got}"));
    assert!((got - want).abs() < 0.011, "{what}: got {got}, want {want:.4}");
}

fn iso(ms: i64) -> String {
    datafast_core::time::iso_millis(ms)
}

async fn pay(app: &TestApp, token: &str, site: &str, body: Value) -> Resp {
    app.call(Method::POST, &format!("/api/v1/payments?websiteId={site}"), Some(token), Some(body)).await
}

/// Polls `path` until `done` holds for its body (the writer stores spooled events within half a
/// second); returns that body.
async fn poll(app: &TestApp, path: &str, token: &str, done: impl Fn(&Value) -> bool) -> Value {
    let mut last = Value::Null;
    for _ in 0..100 {
        let r = app.get(path, token).await;
        r.expect(200);
        last = r.body;
        if done(&last) {
            return last;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("{path} never reached the expected state: {last}");
}

/// A payment answer: 200, no envelope, the transaction id echoed.
#[track_caller]
fn recorded(r: &Resp, transaction_id: &str) -> String {
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.body.as_object().unwrap().len(), 2, "only message and transaction_id: {}", r.body);
    assert_eq!(r.body["transaction_id"], transaction_id);
    r.body["message"].as_str().unwrap().to_string()
}

#[tokio::test]
async fn payments_api_validates_records_dedupes_deletes_and_survives_kill_9() {
    let app = TestApp::spawn().await;
    let (token, site, tracking) = app.site().await;
    app.send_event(&pageview(&tracking, "https://example.com/pricing", 1), CHROME, None).await.expect(200);
    let visitor = uuid(1);
    let path = format!("/api/v1/payments?websiteId={site}");

    // Credentials first: none, a token without the permission, a token without websiteId.
    app.call(Method::POST, &path, None, Some(json!({}))).await.expect(401);
    let reader = app.token(&token, json!({"name": "reader", "permissions": ["analytics:read"]})).await;
    pay(&app, &reader, &site, json!({"amount": 1, "currency": "USD", "transaction_id": "x"})).await.expect(403);
    app.call(Method::POST, "/api/v1/payments", Some(&token), Some(json!({}))).await.expect(400);
    let stranger = app.create_account("stranger@example.com").await;
    let r = pay(&app, &stranger.token, &site, json!({"amount": 1, "currency": "USD", "transaction_id": "x"})).await;
    assert_eq!(r.status, 403, "{}", r.body);

    let base = json!({"amount": 29.99, "currency": "USD", "transaction_id": "tx_1", "datafast_visitor_id": visitor});
    let with = |patch: Value| {
        let mut b = base.clone();
        for (k, v) in patch.as_object().unwrap() {
            if v.is_null() {
                b.as_object_mut().unwrap().remove(k);
            } else {
                b[k] = v.clone();
            }
        }
        b
    };
    for (bad, why) in [
        (with(json!({"amount": null})), "amount missing"),
        (with(json!({"amount": "29.99"})), "amount as text"),
        (with(json!({"amount": -5})), "negative amount"),
        (with(json!({"amount": 29.999})), "more decimals than USD has"),
        (with(json!({"currency": "JPY", "amount": 10.5})), "yen have no minor unit"),
        (with(json!({"currency": null})), "currency missing"),
        (with(json!({"currency": "XYZ"})), "not ISO 4217"),
        (with(json!({"currency": "NGN"})), "no ECB rate and not the site's currency"),
        (with(json!({"transaction_id": null})), "transaction id missing"),
        (with(json!({"transaction_id": "  "})), "blank transaction id"),
        (with(json!({"renewal": "yes"})), "flag not a boolean"),
        (with(json!({"refund": true})), "misspelt flag"),
        (with(json!({"is_free_trial": true})), "free trial with an amount"),
        (with(json!({"amount": 0, "refunded": true})), "refund of nothing"),
        (with(json!({"datafast_visitor_id": "abc"})), "visitor id not a UUID"),
        (with(json!({"datafast_session_id": "nope"})), "session id malformed"),
        (with(json!({"timestamp": "yesterday"})), "timestamp not ISO 8601"),
        (with(json!({"timestamp": "2099-01-01T00:00:00Z"})), "timestamp in the future"),
        (with(json!({"email": "not-an-email"})), "email"),
    ] {
        let r = pay(&app, &token, &site, bad).await;
        assert_eq!(r.status, 400, "{why}: {}", r.body);
        r.expect(400);
    }
    let bad_json = app
        .request(Method::POST, &path)
        .bearer_auth(&token)
        .header("Content-Type", "application/json")
        .body("{\"amount\": ");
    app.raw(bad_json).await.expect(400);

    // Recorded, then the same transaction again: a duplicate, nothing new.
    let message = recorded(&pay(&app, &token, &site, base.clone()).await, "tx_1");
    assert_eq!(message, "Payment recorded and attributed successfully");
    let again = recorded(&pay(&app, &token, &site, with(json!({"amount": 99}))).await, "tx_1");
    assert!(again.to_lowercase().contains("duplicate"), "{again}");
    // A website key writes for its own website without websiteId; lower-case currency is fine.
    let key = app.website_key(&token, &site).await;
    let r = app
        .call(
            Method::POST,
            "/api/v1/payments",
            Some(&key),
            Some(json!({"amount": 10, "currency": "usd", "transaction_id": "tx_2", "customer_email": "a@b.co"})),
        )
        .await;
    assert!(recorded(&r, "tx_2").contains("attributed by customer email"));
    recorded(
        &pay(&app, &token, &site, with(json!({"transaction_id": "tx_3", "amount": 5, "refunded": true}))).await,
        "tx_3",
    );
    recorded(&pay(&app, &token, &site, with(json!({"transaction_id": "trial_1", "amount": 0}))).await, "trial_1");
    recorded(
        &pay(&app, &token, &site, with(json!({"transaction_id": "tx_4", "amount": 12.5, "renewal": true}))).await,
        "tx_4",
    );

    let overview = format!("/api/v1/analytics/overview?websiteId={site}");
    let o = poll(&app, &overview, &token, |b| b["data"][0]["visitors"] == 1).await;
    let o = &o["data"][0];
    // 29.99 + 10 + 12.50 received, 5 refunded; the trial and the duplicate add nothing.
    close(&o["revenue"], 29.99 + 10.0 + 12.5 - 5.0, "revenue");
    assert_eq!(o["payments"], 3);
    assert_eq!(o["revenueBreakdown"], json!({"new": 39.99, "renewal": 12.5, "refund": 5.0}));
    assert_eq!(o["conversion_rate"], 100.0, "the one visitor paid");
    close(&o["revenue_per_visitor"], 47.49, "revenue per visitor");

    // Deletes: nothing named, half a range, a bad visitor id.
    for bad in ["", "?startAt=2026-01-01T00:00:00Z", "?end=2026-01-01", "?datafast_visitor_id=nope"] {
        let sep = if bad.is_empty() { "?" } else { "&" };
        app.delete(&format!("/api/v1/payments{bad}{sep}websiteId={site}"), &token).await.expect(400);
    }
    let r = app.delete(&format!("{path}&transaction_id=tx_2&datafast_visitor_id=nope"), &token).await;
    r.expect(200);
    assert_eq!(r.first()["transaction_id"], "tx_2", "the transaction decides; other parameters are ignored");
    app.delete(&format!("{path}&tx_id=tx_2"), &token).await.expect(404);
    // Deleted transactions may be recorded again.
    recorded(
        &pay(&app, &token, &site, json!({"amount": 10, "currency": "USD", "transaction_id": "tx_2"})).await,
        "tx_2",
    );
    app.delete(&format!("{path}&tx_id=tx_2"), &token).await.expect(200);
    let r = app.delete(&format!("{path}&datafast_visitor_id={visitor}"), &token).await;
    r.expect(200);
    assert_eq!(r.first()["datafast_visitor_id"], visitor.as_str());
    assert_eq!(r.first()["deletedCount"], 4, "tx_1, tx_3, trial_1, tx_4");
    let o = app.get(&format!("{overview}&fields=revenue,payments"), &token).await;
    assert_eq!((o.first()["revenue"].clone(), o.first()["payments"].clone()), (json!(0), json!(0)));

    // Range deletes, both spellings; bounds are inclusive.
    for (tx, at) in
        [("old_1", "2026-03-02T10:00:00Z"), ("old_2", "2026-03-03T10:00:00Z"), ("old_3", "2026-03-05T10:00:00Z")]
    {
        let body = json!({"amount": 1, "currency": "USD", "transaction_id": tx, "timestamp": at});
        recorded(&pay(&app, &token, &site, body).await, tx);
    }
    let r = app.delete(&format!("{path}&start=2026-03-02T10:00:00Z&end=2026-03-03T10:00:00Z"), &token).await;
    r.expect(200);
    assert_eq!(r.first()["deletedCount"], 2);
    assert_eq!(r.first()["timeRange"], json!({"start": "2026-03-02T10:00:00.000Z", "end": "2026-03-03T10:00:00.000Z"}));
    app.delete(&format!("{path}&startAt=2026-03-04&endAt=2026-03-05"), &token).await.expect(200);
    app.delete(&format!("{path}&startAt=2026-03-01&endAt=2026-03-31"), &token).await.expect(404);

    // An acknowledged payment survives kill -9.
    recorded(
        &pay(&app, &token, &site, json!({"amount": 42, "currency": "USD", "transaction_id": "durable"})).await,
        "durable",
    );
    let mut app = app;
    app.child.start_kill().unwrap();
    app.child.wait().await.unwrap();
    let app = TestApp::spawn_in(app.into_dir()).await;
    let o = app.get(&format!("{overview}&fields=revenue,payments"), &token).await;
    assert_eq!((o.first()["revenue"].clone(), o.first()["payments"].clone()), (json!(42), json!(1)));
    let (_, dir) = app.terminate().await;
    let rows = stored(dir.path(), "SELECT transaction_id, amount_minor::VARCHAR, currency, kind FROM payments");
    assert_eq!(rows, [["durable", "4200", "USD", "new"]]);
}

#[tokio::test]
async fn currencies_convert_at_the_published_rate_and_keep_their_minor_units() {
    let app = TestApp::spawn().await;
    let (token, usd_site, _) = app.site().await;
    let r = app
        .post(
            "/api/v1/admin/websites",
            &token,
            json!({"domain": "shop.example.jp", "timezone": "Asia/Tokyo", "currency": "JPY"}),
        )
        .await;
    r.expect(200);
    let jpy_site = r.first()["websiteId"].as_str().unwrap().to_string();

    // EUR on a USD website, on a day with a published rate: 100 EUR × 1.1698.
    let at = T0 + 12 * 60 * MIN;
    let body = json!({"amount": 100, "currency": "EUR", "transaction_id": "eur_1", "timestamp": iso(at)});
    recorded(&pay(&app, &token, &usd_site, body).await, "eur_1");
    let o = app.get(&format!("/api/v1/analytics/overview?websiteId={usd_site}&fields=revenue,currency"), &token).await;
    assert_eq!(o.first()["revenue"], 116.98);
    assert_eq!(o.first()["currency"], "$");

    // A yen website: yen stay whole, and other currencies are converted and rounded to yen.
    let saturday = T0 + 5 * DAY + 9 * 60 * MIN;
    let payments = [
        (5000.0, "JPY", T0 + 60 * MIN),
        (10.0, "USD", at),
        (20.0, "EUR", saturday), // no ECB rate on Saturdays: Friday's applies
    ];
    for (i, (amount, currency, ts)) in payments.iter().enumerate() {
        let tx = format!("jp_{i}");
        let body = json!({"amount": amount, "currency": currency, "transaction_id": tx, "timestamp": iso(*ts)});
        recorded(&pay(&app, &token, &jpy_site, body).await, &tx);
    }
    let want: f64 = payments.iter().map(|(a, c, t)| convert(*a, c, "JPY", *t)).sum();
    let o = app
        .get(&format!("/api/v1/analytics/overview?websiteId={jpy_site}&fields=revenue,payments,currency"), &token)
        .await;
    assert_eq!(o.first()["revenue"], json!(want.round() as i64), "whole yen, as an integer");
    assert_eq!(o.first()["currency"], "¥");
    assert_eq!(o.first()["payments"], 3);
    // Per day on Tokyo's clock.
    let ts = app
        .get(
            &format!("/api/v1/analytics/timeseries?websiteId={jpy_site}&fields=revenue&interval=day&startAt=2026-03-02&endAt=2026-03-07"),
            &token,
        )
        .await;
    assert_eq!(ts.status, 200, "{}", ts.body);
    let by_day: Vec<i64> = ts.body["data"].as_array().unwrap().iter().map(|d| d["revenue"].as_i64().unwrap()).collect();
    let day0 = convert(5000.0, "JPY", "JPY", 0) + convert(10.0, "USD", "JPY", at);
    assert_eq!(by_day, vec![day0.round() as i64, 0, 0, 0, 0, convert(20.0, "EUR", "JPY", saturday).round() as i64]);
    assert_eq!(ts.body["totals"]["revenue"], json!(want.round() as i64));
    // The payment keeps its own amount and currency.
    let rows =
        stored_after_stop(app, "SELECT amount_minor::VARCHAR, currency FROM payments ORDER BY transaction_id").await;
    assert_eq!(rows, [["10000", "EUR"], ["5000", "JPY"], ["1000", "USD"], ["2000", "EUR"]]);
}

async fn stored_after_stop(app: TestApp, sql: &str) -> Vec<Vec<String>> {
    let (_, dir) = app.terminate().await;
    stored(dir.path(), sql)
}

#[tokio::test]
async fn server_side_goals_are_validated_counted_shown_and_deleted() {
    let app = TestApp::spawn().await;
    let (token, site, tracking) = app.site().await;
    let goals = format!("/api/v1/goals?websiteId={site}");
    let visitor = uuid(7);
    let goal = |name: &str| json!({"datafast_visitor_id": visitor, "name": name});

    // No pageview yet: 404.
    app.post(&goals, &token, goal("signup")).await.expect(404);
    app.send_event(&pageview(&tracking, "https://example.com/pricing", 7), CHROME, None).await.expect(200);
    let eleven: serde_json::Map<String, Value> = (0..11).map(|i| (format!("k{i}"), json!("v"))).collect();
    for (bad, why) in [
        (json!({"name": "signup"}), "visitor missing"),
        (json!({"datafast_visitor_id": "x", "name": "signup"}), "visitor not a UUID"),
        (json!({"datafast_visitor_id": visitor}), "name missing"),
        (goal("bad!name"), "character outside a-z 0-9 _ - :"),
        (goal(&"a".repeat(65)), "longer than 64"),
        (goal("identify"), "reserved"),
        (goal("payment"), "reserved for payment providers"),
        (json!({"datafast_visitor_id": visitor, "name": "x", "metadata": {"Bad Key": "v"}}), "metadata key"),
        (json!({"datafast_visitor_id": visitor, "name": "x", "metadata": {"k": "v".repeat(256)}}), "long value"),
        (json!({"datafast_visitor_id": visitor, "name": "x", "metadata": {"k": {"nested": 1}}}), "nested value"),
        (json!({"datafast_visitor_id": visitor, "name": "x", "metadata": eleven}), "eleven keys"),
        (json!({"datafast_visitor_id": visitor, "name": "x", "extra": 1}), "unknown field"),
    ] {
        let r = app.post(&goals, &token, bad).await;
        assert_eq!(r.status, 400, "{why}: {}", r.body);
    }
    let no_goals = app.token(&token, json!({"permissions": ["analytics:read"]})).await;
    app.post(&goals, &no_goals, goal("signup")).await.expect(403);

    let r = app
        .post(
            &goals,
            &token,
            json!({"visitorId": visitor, "name": "Upgraded Plan", "description": "Moved to <b>pro</b>",
                   "metadata": {"plan": "pro", "seats": 3}}),
        )
        .await;
    r.expect(200);
    assert_eq!(r.first()["message"], "Custom event created successfully");
    assert!(crate::helpers::is_object_id(&r.first()["eventId"]));
    app.post(&goals, &token, goal("signup")).await.expect(200);

    let analyze = format!("/api/v1/analytics/goals?websiteId={site}");
    let body = poll(&app, &analyze, &token, |b| b["data"].as_array().is_some_and(|d| d.len() == 2)).await;
    let names: HashSet<&str> = body["data"].as_array().unwrap().iter().map(|g| g["goal"].as_str().unwrap()).collect();
    assert_eq!(names, HashSet::from(["upgraded_plan", "signup"]));
    let props =
        app.get(&format!("/api/v1/analytics/goals/properties?websiteId={site}&eventName=upgraded_plan"), &token).await;
    let keys: HashSet<&str> = props.data().iter().map(|p| p["property"].as_str().unwrap()).collect();
    assert_eq!(keys, HashSet::from(["plan", "seats"]), "server markers are not properties");
    let detail = app.get(&format!("/api/v1/visitors/{visitor}?websiteId={site}"), &token).await;
    detail.expect(200);
    let completed = detail.body["data"]["activity"]["completedGoals"].as_array().unwrap().clone();
    let upgraded = completed.iter().find(|g| g["name"] == "upgraded_plan").unwrap();
    assert_eq!(upgraded["isServer"], true);
    assert_eq!(upgraded["description"], "Moved to bpro/b");
    // The server-side goal belongs to the pageview's session: no extra visit.
    assert_eq!(detail.body["data"]["activity"]["visitCount"], 1);

    // Deletes: at least one criterion; names normalised; 404 when nothing matches.
    app.delete(&goals, &token).await.expect(400);
    app.delete(&format!("{goals}&name=bad!name"), &token).await.expect(400);
    app.delete(&format!("{goals}&startAt=2026-01-01T00:00:00Z"), &token).await.expect(400);
    let r = app.delete(&format!("{goals}&name=Upgraded%20Plan"), &token).await;
    r.expect(200);
    assert_eq!((r.first()["goal_name"].clone(), r.first()["deletedCount"].clone()), (json!("upgraded_plan"), json!(1)));
    app.delete(&format!("{goals}&name=upgraded_plan"), &token).await.expect(404);
    // A goal sent a moment ago is deleted too (the delete waits for the spool).
    app.post(&goals, &token, goal("checkout")).await.expect(200);
    let now = datafast_core::time::now_millis();
    let r = app
        .delete(
            &format!("{goals}&datafast_visitor_id={visitor}&start={}&end={}", iso(now - DAY), iso(now + DAY)),
            &token,
        )
        .await;
    r.expect(200);
    assert_eq!(r.first()["deletedCount"], 2, "signup and checkout");
    assert_eq!(r.first()["datafast_visitor_id"], visitor.as_str());
    assert!(r.first()["timeRange"]["start"].is_string());
    let body = app.get(&analyze, &token).await;
    assert_eq!(body.body["data"], json!([]));
}

#[tokio::test]
async fn identify_links_a_profile_and_merges_its_fields() {
    let app = TestApp::spawn().await;
    let (token, site, tracking) = app.site().await;
    let identify = format!("/api/v1/identify?websiteId={site}");
    let visitor = uuid(3);
    app.post(&identify, &token, json!({"user_id": "u1", "datafast_visitor_id": visitor})).await.expect(404);
    app.send_event(&pageview(&tracking, "https://example.com/", 3), CHROME, None).await.expect(200);
    for (bad, why) in [
        (json!({"datafast_visitor_id": visitor}), "user_id missing"),
        (json!({"user_id": "", "datafast_visitor_id": visitor}), "empty user_id"),
        (json!({"user_id": "u".repeat(256), "datafast_visitor_id": visitor}), "user_id too long"),
        (json!({"user_id": "u1"}), "visitor missing"),
        (json!({"user_id": "u1", "datafast_visitor_id": "nope"}), "visitor not a UUID"),
        (json!({"user_id": "u1", "datafast_visitor_id": visitor, "address": {"city": "Paris"}}), "nested field"),
    ] {
        let r = app.post(&identify, &token, bad).await;
        assert_eq!(r.status, 400, "{why}: {}", r.body);
    }
    let no_identify = app.token(&token, json!({"permissions": ["goals:write"]})).await;
    app.post(&identify, &no_identify, json!({"user_id": "u1", "datafast_visitor_id": visitor})).await.expect(403);

    let first = app
        .post(&identify, &token, json!({"user_id": "user_123", "datafast_visitor_id": visitor, "email": "jane@example.com", "plan": "free", "name": "Jane"}))
        .await;
    first.expect(200);
    assert_eq!(first.body["data"]["message"], "User profile created successfully", "data is an object here");
    let profile_id = first.body["data"]["profileId"].clone();
    assert!(crate::helpers::is_object_id(&profile_id));
    let detail = format!("/api/v1/visitors/{visitor}?websiteId={site}");
    poll(&app, &detail, &token, |b| b["data"].get("profile").is_some()).await;
    let second = app
        .post(
            &identify,
            &token,
            json!({"user_id": "user_123", "datafast_visitor_id": visitor, "plan": "pro", "name": null}),
        )
        .await;
    second.expect(200);
    assert_eq!(second.body["data"]["message"], "User profile updated successfully");
    assert_eq!(second.body["data"]["profileId"], profile_id, "the same profile is found");
    let body = poll(&app, &detail, &token, |b| b["data"]["profile"]["metadata"]["plan"] == "pro").await;
    let profile = &body["data"]["profile"];
    assert_eq!(profile["userId"], "user_123");
    assert_eq!(profile["metadata"], json!({"email": "jane@example.com", "plan": "pro"}), "shallow merge; null removes");
    assert!(crate::helpers::is_iso_millis(&profile["identifiedAt"]));

    // Cookieless websites: the call succeeds, nothing is kept.
    app.put(&format!("/api/v1/admin/websites/{site}"), &token, json!({"isCookieless": true})).await.expect(200);
    let r = app.post(&identify, &token, json!({"user_id": "other", "datafast_visitor_id": visitor})).await;
    r.expect(200);
    assert!(r.body["data"]["profileId"].is_string());
    let (_, dir) = app.terminate().await;
    let rows = stored(dir.path(), "SELECT count(*)::VARCHAR FROM events WHERE kind = 'identify'");
    assert_eq!(rows[0][0], "2");
}

// ---- revenue attribution against an independent computation --------------------------------

const PAGES: &[&str] = &["/", "/pricing", "/blog/a"];

#[derive(Debug, Clone)]
struct Session {
    visitor: String,
    id: String,
    start: i64,
    /// The source as DataFast names it ("" for direct).
    source: &'static str,
    referrer: &'static str,
    /// utm_campaign for campaign sessions.
    campaign: Option<&'static str>,
    landing: &'static str,
    country: &'static str,
}

impl Session {
    fn direct(&self) -> bool {
        self.source.is_empty()
    }
}

#[derive(Debug, Clone)]
struct Payment {
    tx: String,
    visitor: Option<String>,
    session: Option<String>,
    at: i64,
    amount: f64,
    currency: &'static str,
    kind: &'static str,
}

const VISITORS: usize = 30;

fn sessions() -> Vec<Session> {
    let mut out = Vec::new();
    for v in 0..VISITORS {
        for s in 0..(1 + v % 3) {
            let (source, referrer, campaign) = match (v + 2 * s) % 4 {
                0 => ("", "", None),
                1 => ("Google", "https://www.google.com/", None),
                2 => ("X", "https://t.co/abc", None),
                _ => (
                    "news.example.org",
                    "https://news.example.org/post",
                    Some(if v % 2 == 0 { "spring" } else { "summer" }),
                ),
            };
            out.push(Session {
                visitor: format!("00000000-0000-4000-8000-{v:012x}"),
                id: format!("s00000000-0000-4000-8000-{:06x}{s:06x}", v),
                start: T0 + (v as i64) * 40 * MIN + (s as i64) * DAY,
                source,
                referrer,
                campaign,
                landing: PAGES[(v + s) % 3],
                country: ["US", "FR", "DE"][v % 3],
            });
        }
    }
    out
}

fn import_lines(sessions: &[Session]) -> Vec<String> {
    let mut lines = Vec::new();
    for s in sessions {
        let query =
            s.campaign.map(|c| format!("?utm_source=news&utm_medium=email&utm_campaign={c}")).unwrap_or_default();
        for (i, path) in [s.landing, "/checkout"].iter().enumerate() {
            let url =
                if i == 0 { format!("https://example.com{path}{query}") } else { format!("https://example.com{path}") };
            lines.push(json!({
                "timestamp": s.start + i as i64 * 2 * MIN, "type": "pageview", "url": url,
                "referrer": if i == 0 { s.referrer.to_string() } else { format!("https://example.com{}", s.landing) },
                "visitor_id": s.visitor, "session_id": s.id, "user_agent": CHROME, "country": s.country,
            }));
        }
    }
    lines.sort_by_key(|l| l["timestamp"].as_i64().unwrap());
    lines.iter().map(Value::to_string).collect()
}

fn payments(sessions: &[Session]) -> Vec<Payment> {
    let mut out = Vec::new();
    for v in 0..VISITORS {
        let mine: Vec<&Session> = sessions.iter().filter(|s| s.visitor.ends_with(&format!("{v:012x}"))).collect();
        let last = mine.last().unwrap();
        // Most pay during their last visit; every seventh during their first (with later visits
        // after it, which must not take the credit).
        let at = if v % 7 == 0 { mine[0].start + 5 * MIN } else { last.start + 10 * MIN };
        let (amount, currency, kind) = match v % 5 {
            0 => (50.0, "EUR", "new"),
            1 => (19.99, "USD", "new"),
            2 => (3000.0, "JPY", "new"),
            3 => (9.99, "USD", "renewal"),
            _ => (0.0, "USD", "free_trial"),
        };
        if v % 4 == 3 {
            continue; // never paid
        }
        out.push(Payment {
            tx: format!("tx_{v}"),
            visitor: Some(last.visitor.clone()),
            session: None,
            at,
            amount,
            currency,
            kind,
        });
    }
    let visitor = |v: usize| format!("00000000-0000-4000-8000-{v:012x}");
    // A refund for visitor 1, a second (renewal) payment for visitor 5, one pinned to visitor
    // 8's first session though it happens during their last, one with no visitor at all and
    // one for a visitor whose pageviews never arrived.
    out.push(Payment {
        tx: "refund_1".into(),
        visitor: Some(visitor(1)),
        session: None,
        at: T0 + DAY + 3 * 60 * MIN,
        amount: 5.0,
        currency: "USD",
        kind: "refund",
    });
    out.push(Payment {
        tx: "renew_5".into(),
        visitor: Some(visitor(5)),
        session: None,
        at: T0 + 2 * DAY + 23 * 60 * MIN,
        amount: 45.0,
        currency: "EUR",
        kind: "renewal",
    });
    let first_of_8 = sessions.iter().find(|s| s.visitor == visitor(8)).unwrap();
    out.push(Payment {
        tx: "pinned_8".into(),
        visitor: Some(visitor(8)),
        session: Some(first_of_8.id.clone()),
        at: T0 + 2 * DAY + 22 * 60 * MIN,
        amount: 30.0,
        currency: "USD",
        kind: "new",
    });
    out.push(Payment {
        tx: "anonymous".into(),
        visitor: None,
        session: None,
        at: T0 + DAY + 12 * 60 * MIN,
        amount: 100.0,
        currency: "USD",
        kind: "new",
    });
    out.push(Payment {
        tx: "ghost".into(),
        visitor: Some("00000000-0000-4000-8000-0000deadbeef".into()),
        session: None,
        at: T0 + 60 * MIN,
        amount: 7.0,
        currency: "USD",
        kind: "new",
    });
    out
}

/// The attribution rule of docs/metrics.md, written out independently of the SQL.
fn credited<'a>(p: &Payment, sessions: &'a [Session]) -> Option<&'a Session> {
    let mine: Vec<&Session> = sessions.iter().filter(|s| Some(&s.visitor) == p.visitor.as_ref()).collect();
    let converting = p
        .session
        .as_ref()
        .and_then(|id| mine.iter().find(|s| &s.id == id))
        .or_else(|| mine.iter().filter(|s| s.start <= p.at).max_by_key(|s| s.start))
        .or_else(|| mine.iter().min_by_key(|s| s.start))?;
    mine.iter()
        .filter(|s| s.start <= converting.start && !s.direct())
        .max_by_key(|s| s.start)
        .or(Some(converting))
        .copied()
}

#[derive(Debug, Default, Clone, Copy)]
struct Money {
    new: f64,
    renewal: f64,
    refund: f64,
    payments: i64,
}

impl Money {
    fn add(&mut self, p: &Payment) {
        let usd = convert(p.amount, p.currency, "USD", p.at);
        match p.kind {
            "new" => self.new += usd,
            "renewal" => self.renewal += usd,
            "refund" => self.refund += usd,
            _ => {}
        }
        if p.kind == "new" || p.kind == "renewal" {
            self.payments += 1;
        }
    }
    fn revenue(&self) -> f64 {
        self.new + self.renewal - self.refund
    }
}

#[tokio::test]
async fn revenue_is_attributed_per_referrer_campaign_country_and_page() {
    let sessions = sessions();
    let payments = payments(&sessions);
    // Load the visits through the real import path, then record the payments over the API.
    let app = TestApp::spawn().await;
    let (token, site, _) = app.site().await;
    let (_, dir) = app.terminate().await;
    let file = dir.path().join("visits.ndjson");
    std::fs::write(&file, import_lines(&sessions).join("\n")).unwrap();
    let out = tokio::process::Command::new(BIN)
        .args(["import", "--quiet", "--website", &site])
        .arg(&file)
        .arg("--data-dir")
        .arg(dir.path())
        .output()
        .await
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let app = TestApp::spawn_in(dir).await;
    for p in &payments {
        let mut body =
            json!({"amount": p.amount, "currency": p.currency, "transaction_id": p.tx, "timestamp": iso(p.at)});
        if let Some(v) = &p.visitor {
            body["datafast_visitor_id"] = json!(v);
        }
        if let Some(s) = &p.session {
            body["datafast_session_id"] = json!(s);
        }
        match p.kind {
            "renewal" => body["renewal"] = json!(true),
            "refund" => body["refunded"] = json!(true),
            _ => {}
        }
        recorded(&pay(&app, &token, &site, body).await, &p.tx);
    }

    // Expected, per dimension, from the independent attribution.
    let mut total = Money::default();
    let mut by: HashMap<&str, BTreeMap<String, Money>> = HashMap::new();
    for p in &payments {
        total.add(p);
        let s = credited(p, &sessions);
        let referrer = s.map(|s| if s.direct() { "Direct/None" } else { s.source }).unwrap_or("Direct/None");
        by.entry("referrers").or_default().entry(referrer.into()).or_default().add(p);
        let country =
            s.map(|s| datafast_core::country::name(s.country).unwrap().to_string()).unwrap_or("Unknown".into());
        by.entry("countries").or_default().entry(country).or_default().add(p);
        if let Some(s) = s {
            by.entry("pages").or_default().entry(s.landing.into()).or_default().add(p);
            if let Some(c) = s.campaign {
                by.entry("campaigns").or_default().entry(c.into()).or_default().add(p);
            }
        }
    }
    // The dataset exercises the rule: credit that skips a later direct visit, credit to an
    // earlier visit than the last, converted currencies, unattributed money.
    let skipped_direct = payments.iter().filter(|p| {
        let s = credited(p, &sessions);
        let last_before = sessions
            .iter()
            .filter(|x| Some(&x.visitor) == p.visitor.as_ref() && x.start <= p.at)
            .max_by_key(|x| x.start);
        s.is_some() && last_before.is_some_and(|l| l.direct() && l.id != s.unwrap().id)
    });
    assert!(skipped_direct.count() >= 2);

    let get = |path: String| {
        let (app, token) = (&app, &token);
        async move {
            let r = app.get(&path, token).await;
            r.expect(200);
            r.body
        }
    };
    // The same answers from attribution computed from the events, then from the rows the
    // server's upkeep stores (every 5 s).
    let customers: HashSet<&String> =
        payments.iter().filter(|p| p.kind == "new" || p.kind == "renewal").filter_map(|p| p.visitor.as_ref()).collect();
    for stage in ["as recorded", "stored by the upkeep"] {
        if stage != "as recorded" {
            tokio::time::sleep(std::time::Duration::from_secs(6)).await;
        }
        let o = get(format!("/api/v1/analytics/overview?websiteId={site}")).await;
        let o = &o["data"][0];
        close(&o["revenue"], total.revenue(), &format!("{stage}: overview revenue"));
        assert_eq!(o["payments"], total.payments, "{stage}");
        close(&o["revenueBreakdown"]["new"], total.new, "new");
        close(&o["revenueBreakdown"]["renewal"], total.renewal, "renewal");
        close(&o["revenueBreakdown"]["refund"], total.refund, "refund");
        assert_eq!(o["visitors"], VISITORS);
        close(&o["conversion_rate"], customers.len() as f64 * 100.0 / VISITORS as f64, "conversion rate");
        close(&o["revenue_per_visitor"], total.revenue() / VISITORS as f64, "revenue per visitor");

        // Every breakdown's rows against the independent numbers; rows sum to the total where
        // every payment has a row (referrers, countries).
        for (path, key) in
            [("referrers", "referrer"), ("countries", "country"), ("pages", "path"), ("campaigns", "utm_campaign")]
        {
            let body = get(format!("/api/v1/analytics/{path}?websiteId={site}&limit=1000")).await;
            let want = &by[path];
            let mut seen = 0;
            for row in body["data"].as_array().unwrap() {
                let name = if path == "campaigns" { row["campaign"][key].clone() } else { row[key].clone() };
                let name = name.as_str().unwrap().to_string();
                let expected = want.get(&name).copied().unwrap_or_default();
                close(&row["revenue"], expected.revenue(), &format!("{stage}: {path} {name} revenue"));
                assert_eq!(row["payments"], expected.payments, "{stage}: {path} {name} payments");
                if want.contains_key(&name) {
                    seen += 1;
                }
            }
            assert_eq!(seen, want.len(), "{path}: every credited row is listed: {body}");
            if path == "referrers" || path == "countries" {
                let sum: f64 = body["data"].as_array().unwrap().iter().map(|r| r["revenue"].as_f64().unwrap()).sum();
                assert!((sum - total.revenue()).abs() < 0.05, "{path} rows add up to the overview");
            }
        }
    }

    // A filter selects the payments credited to matching sessions.
    let mut french = Money::default();
    let mut french_customers = HashSet::new();
    for p in &payments {
        if credited(p, &sessions).is_some_and(|s| s.country == "FR") {
            french.add(p);
            if p.kind == "new" || p.kind == "renewal" {
                french_customers.insert(p.visitor.clone());
            }
        }
    }
    let f = get(format!("/api/v1/analytics/overview?websiteId={site}&filter_country=FR")).await;
    close(&f["data"][0]["revenue"], french.revenue(), "French revenue");
    assert_eq!(f["data"][0]["payments"], french.payments);
    close(&f["data"][0]["conversion_rate"], french_customers.len() as f64 * 100.0 / 10.0, "French conversion");
    let g = get(format!("/api/v1/analytics/overview?websiteId={site}&filter_referrer=Google&fields=revenue")).await;
    close(&g["data"][0]["revenue"], by["referrers"]["Google"].revenue(), "Google revenue (filter)");

    // Timeseries: money by the payment's day; conversion_rate is revenue per visitor.
    let ts = get(format!(
        "/api/v1/analytics/timeseries?websiteId={site}&fields=visitors,revenue,conversion_rate&interval=day&startAt=2026-03-02&endAt=2026-03-05&timezone=UTC"
    ))
    .await;
    let days = ts["data"].as_array().unwrap();
    assert_eq!(days.len(), 4);
    for (d, row) in days.iter().enumerate() {
        let mut m = Money::default();
        for p in payments.iter().filter(|p| (p.at - T0).div_euclid(DAY) == d as i64) {
            m.add(p);
        }
        close(&row["revenue"], m.revenue(), &format!("day {d} revenue"));
        assert_eq!(row["payments"], m.payments, "day {d}");
        close(&row["revenueBreakdown"]["renewal"], m.renewal, &format!("day {d} renewals"));
        let visitors = row["visitors"].as_i64().unwrap();
        let rate = if visitors == 0 { 0.0 } else { ((m.revenue() / visitors as f64) * 100.0).round() / 100.0 };
        close(&row["conversion_rate"], rate, &format!("day {d} conversion_rate"));
    }
    close(&ts["totals"]["revenue"], total.revenue(), "timeseries total");

    // includeRenewalRevenue off: renewals leave revenue-per-visitor, not revenue.
    app.put(&format!("/api/v1/admin/websites/{site}"), &token, json!({"includeRenewalRevenue": false}))
        .await
        .expect(200);
    let o = get(format!("/api/v1/analytics/overview?websiteId={site}&fields=revenue,revenue_per_visitor")).await;
    close(&o["data"][0]["revenue"], total.revenue(), "revenue keeps renewals");
    close(&o["data"][0]["revenue_per_visitor"], (total.new - total.refund) / VISITORS as f64, "rpv without renewals");

    // Customers in the visitors list and a customer's journey.
    let list = get(format!("/api/v1/visitors?websiteId={site}&isCustomer=true&limit=250")).await;
    let listed: HashSet<String> =
        list["data"].as_array().unwrap().iter().map(|r| r["visitorId"].as_str().unwrap().to_string()).collect();
    let with_visits: HashSet<String> =
        customers.iter().filter(|c| sessions.iter().any(|s| s.visitor == c.as_str())).map(|c| c.to_string()).collect();
    assert_eq!(listed, with_visits);
    let others = get(format!("/api/v1/visitors?websiteId={site}&hasRevenue=false&limit=250")).await;
    assert_eq!(others["data"].as_array().unwrap().len(), VISITORS - with_visits.len());
    let five = "00000000-0000-4000-8000-000000000005";
    let d = get(format!("/api/v1/visitors/{five}?websiteId={site}")).await;
    assert_eq!(d["data"]["isCustomer"], true);
    let paid = d["data"]["payments"].as_array().unwrap();
    assert_eq!(paid.len(), 2);
    assert_eq!(
        (paid[1]["type"].clone(), paid[1]["amount"].clone(), paid[1]["currency"].clone()),
        (json!("renewal"), json!(45), json!("EUR"))
    );
    close(&paid[1]["value"], convert(45.0, "EUR", "USD", T0 + 2 * DAY), "journey value in USD");
    let auto: Vec<&Value> = d["data"]["activity"]["completedGoals"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|g| g["origin"] == "payment_provider")
        .collect();
    // A new payment, then a renewal: `payment` each, and `subscription_renewed` for the renewal.
    let names: Vec<&str> = auto.iter().map(|g| g["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["payment", "payment", "subscription_renewed"]);

    // The upkeep stored one attribution per payment, and the website is credited.
    let rows = stored_after_stop(
        app,
        "SELECT (SELECT count(*) FROM payment_credit)::VARCHAR, (SELECT count(*) FROM payments)::VARCHAR,
                (SELECT count(*) FROM credited_websites)::VARCHAR",
    )
    .await;
    assert_eq!(rows, [[payments.len().to_string(), payments.len().to_string(), "1".to_string()]]);
}

#[tokio::test]
async fn the_realtime_map_shows_recent_payments_and_customers() {
    let app = TestApp::spawn().await;
    let (token, site, tracking) = app.site().await;
    app.send_event(&pageview(&tracking, "https://example.com/pricing", 4), CHROME, None).await.expect(200);
    let body = json!({"amount": 49, "currency": "EUR", "transaction_id": "live_1", "datafast_visitor_id": uuid(4),
                      "email": "Jane@Example.com", "name": "Jane Doe"});
    recorded(&pay(&app, &token, &site, body).await, "live_1");
    let old = json!({"amount": 5, "currency": "USD", "transaction_id": "old", "timestamp": "2026-03-02T00:00:00Z"});
    recorded(&pay(&app, &token, &site, old).await, "old");
    let map =
        poll(&app, &format!("/api/v1/analytics/realtime/map?websiteId={site}"), &token, |b| b["data"]["count"] == 1)
            .await;
    let data = &map["data"];
    let recent = data["recentPayments"].as_array().unwrap();
    assert_eq!(recent.len(), 1, "only the last ten minutes: {recent:?}");
    let p = &recent[0];
    assert_eq!(p["type"], "payment_received");
    assert_eq!((p["amount"].clone(), p["currency"].clone()), (json!(49), json!("EUR")));
    assert_eq!((p["renewal"].clone(), p["isNew"].clone()), (json!(false), json!(true)));
    assert_eq!((p["name"].clone(), p["email"].clone()), (json!("Jane Doe"), json!("jane@example.com")));
    assert!(crate::helpers::is_object_id(&p["_id"]) && crate::helpers::is_iso_millis(&p["timestamp"]));
    let v = &data["visitors"][0];
    assert_eq!((v["isCustomer"].clone(), v["customerEmail"].clone()), (json!(true), json!("jane@example.com")));
}

#[tokio::test]
async fn payments_are_matched_to_visitors_by_email_whichever_arrives_first() {
    let app = TestApp::spawn().await;
    let (token, site, tracking) = app.site().await;
    let landing = |visitor: u32, referrer: &str| {
        let mut e = pageview(&tracking, "https://example.com/pricing", visitor);
        e["referrer"] = json!(referrer);
        e
    };
    // `datafast("payment", {email})` on the thank-you page, in the same visit.
    let email_event = |visitor: u32, email: &str| {
        let mut e = pageview(&tracking, "https://example.com/thanks", visitor);
        e["type"] = json!("payment");
        e["extraData"] = json!({"email": email});
        e
    };
    app.send_event(&landing(21, "https://www.google.com/"), CHROME, None).await.expect(200);
    app.send_event(&landing(22, "https://t.co/abc"), CHROME, None).await.expect(200);
    // Ann: the payment arrives before her browser names her email.
    let ann = json!({"amount": 30, "currency": "USD", "transaction_id": "ann", "email": "Ann@Example.com"});
    recorded(&pay(&app, &token, &site, ann).await, "ann");
    // Bob: his browser names his email first.
    app.send_event(&email_event(22, "bob@example.com"), CHROME, None).await.expect(200);
    let overview = format!("/api/v1/analytics/overview?websiteId={site}&fields=visitors");
    poll(&app, &overview, &token, |b| b["data"][0]["visitors"] == 2).await;
    let bob = json!({"amount": 50, "currency": "USD", "transaction_id": "bob", "customer_email": "bob@example.com"});
    recorded(&pay(&app, &token, &site, bob).await, "bob");

    let referrers = format!("/api/v1/analytics/referrers?websiteId={site}");
    let revenue_of = |body: &Value, name: &str| {
        body["data"].as_array().unwrap().iter().find(|r| r["referrer"] == name).map(|r| r["revenue"].clone())
    };
    let body = app.get(&referrers, &token).await.body;
    assert_eq!(revenue_of(&body, "X"), Some(json!(50)), "{body}");
    assert_eq!(revenue_of(&body, "Direct/None"), Some(json!(30)), "Ann's payment waits unattributed: {body}");
    app.send_event(&email_event(21, "ann@example.com"), CHROME, None).await.expect(200);
    let body = poll(&app, &referrers, &token, |b| revenue_of(b, "Google") == Some(json!(30))).await;
    assert_eq!(revenue_of(&body, "Direct/None"), None, "nothing left unattributed: {body}");
    let customers = app.get(&format!("/api/v1/visitors?websiteId={site}&isCustomer=true"), &token).await;
    let ids: HashSet<&str> = customers.data().iter().map(|r| r["visitorId"].as_str().unwrap()).collect();
    assert_eq!(ids, HashSet::from([uuid(21).as_str(), uuid(22).as_str()]));
    let detail = app.get(&format!("/api/v1/visitors/{}?websiteId={site}", uuid(21)), &token).await;
    assert_eq!(detail.body["data"]["payments"][0]["transactionId"], "ann");
}
