//! Funnels: definitions through the Account API (validation, slugs, duplicate names, soft
//! delete, limits, access rules) and results through the Website API, checked against a
//! funnel count done independently here on the events the test imported.

use std::collections::BTreeMap;

use serde_json::{json, Value};

use crate::events::{stored, CHROME};
use crate::helpers::{is_iso_millis, is_object_id, TestApp, BIN};

/// 2026-03-01T00:00:00Z; New York is on EST (-05:00) until 2026-03-08.
const T0: i64 = 1_772_323_200_000;
const MIN: i64 = 60_000;
const DAY: i64 = 86_400_000;

/// Gives `user_id` a role on a website directly in the metadata store: team invitations are
/// another part of the API, and these tests only need a viewer or member to exist.
pub fn grant_role(app: &TestApp, website_id: &str, user_id: &str, role: &str) {
    let conn = rusqlite::Connection::open(app.dir.path().join("meta.sqlite")).unwrap();
    conn.busy_timeout(std::time::Duration::from_secs(10)).unwrap();
    conn.execute(
        "INSERT INTO website_members (website_id, user_id, role, created_at) VALUES (?1, ?2, ?3, 0)",
        [website_id, user_id, role],
    )
    .unwrap();
}

/// Stops the server, imports NDJSON lines into its data directory, starts it again.
pub async fn import_lines(app: TestApp, website_id: &str, lines: &[String]) -> TestApp {
    let (_, dir) = app.terminate().await;
    let file = dir.path().join("history.ndjson");
    std::fs::write(&file, lines.join("\n")).unwrap();
    let out = tokio::process::Command::new(BIN)
        .args(["import", "--quiet", "--website", website_id])
        .arg(&file)
        .arg("--data-dir")
        .arg(dir.path())
        .output()
        .await
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let count = stored(dir.path(), "SELECT count(*)::VARCHAR FROM events")[0][0].clone();
    assert_eq!(count, lines.len().to_string(), "every line is stored");
    TestApp::spawn_in(dir).await
}

fn step(name: &str, url: &str) -> Value {
    json!({"name": name, "type": "pageview", "url": url})
}

fn goal_step(name: &str, goal: &str) -> Value {
    json!({"name": name, "type": "goal", "goalName": goal})
}

#[tokio::test]
async fn funnel_definitions_follow_the_contract() {
    let app = TestApp::spawn().await;
    let (token, site, _) = app.site().await;
    let base = format!("/api/v1/admin/websites/{site}/funnels");

    let created = app
        .post(
            &base,
            &token,
            json!({"name": "Signup funnel", "steps": [step("Landing", "/"), goal_step("Signup", "signup")]}),
        )
        .await;
    created.expect(200);
    let f = created.first().clone();
    assert!(is_object_id(&f["_id"]), "{f}");
    assert_eq!(f["websiteId"], site.as_str());
    assert_eq!(f["slug"], "signup-funnel");
    assert_eq!(f["isActive"], true);
    assert!(is_iso_millis(&f["createdAt"]));
    assert_eq!(
        f["steps"],
        json!([{"id": "landing", "name": "Landing", "type": "pageview", "url": "/"},
               {"id": "signup", "name": "Signup", "type": "goal", "goalName": "signup"}])
    );
    let id = f["_id"].as_str().unwrap().to_string();

    // Same name (any case, surrounding spaces) on the same website: 409.
    let dup =
        app.post(&base, &token, json!({"name": "  SIGNUP funnel ", "steps": [step("a", "/"), step("b", "/x")]})).await;
    dup.expect(409);

    // Every documented validation error is a 400 naming the problem.
    let nine: Vec<Value> = (0..9).map(|i| step(&format!("s{i}"), "/")).collect();
    let bad_bodies = [
        (json!({"steps": [step("a", "/"), step("b", "/x")]}), "name"),
        (json!({"name": "x"}), "steps"),
        (json!({"name": "x", "steps": [step("a", "/")]}), "2 to 8"),
        (json!({"name": "x", "steps": nine}), "2 to 8"),
        (json!({"name": "x", "steps": [{"name": "a", "type": "pageview"}, step("b", "/")]}), "url"),
        (json!({"name": "x", "steps": [{"name": "a", "type": "goal"}, step("b", "/")]}), "goalName"),
        (json!({"name": "x", "steps": [goal_step("a", "Sign Up"), step("b", "/")]}), "goalName"),
        (json!({"name": "x", "steps": [goal_step("a", &"g".repeat(33)), step("b", "/")]}), "goalName"),
        (json!({"name": "x", "steps": [{"name": "a", "type": "click", "url": "/"}, step("b", "/")]}), "type"),
        (json!({"name": "x", "steps": [step("a", "pricing"), step("b", "/")]}), "url"),
        (json!({"name": "x", "steps": "nope"}), "steps"),
        (json!({"name": "x", "steps": [step("a", "/"), step("b", "/")], "color": "red"}), "color"),
    ];
    for (body, mentions) in bad_bodies {
        let r = app.post(&base, &token, body.clone()).await;
        r.expect(400);
        let message = r.body["error"]["message"].as_str().unwrap();
        assert!(message.contains(mentions), "{body}: {message}");
    }
    // A goal name of exactly 32 characters with every allowed symbol is fine; so are full URLs
    // (only the path counts) and wildcards.
    let ok = app
        .post(
            &base,
            &token,
            json!({"name": "Blog to newsletter", "steps": [
                step("Blog", "/blog/*"), step("Pricing", "https://example.com/pricing?ref=x"),
                goal_step("Done", &format!("news:letter-{}", "x".repeat(20)))]}),
        )
        .await;
    ok.expect(200);
    assert_eq!(ok.first()["steps"][1]["url"], "/pricing");
    let second = ok.first()["_id"].as_str().unwrap().to_string();

    let listed = app.get(&base, &token).await;
    listed.expect(200);
    let names: Vec<&str> = listed.data().iter().map(|f| f["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["Signup funnel", "Blog to newsletter"]);

    // Update: rename, replace steps, (de)activate. The slug stays.
    let path = format!("{base}/{id}");
    let renamed = app
        .put(&path, &token, json!({"name": "Checkout", "steps": [step("Cart", "/cart"), step("Paid", "/thanks"), goal_step("Buy", "purchase")]}))
        .await;
    renamed.expect(200);
    assert_eq!(renamed.first()["name"], "Checkout");
    assert_eq!(renamed.first()["slug"], "signup-funnel");
    assert_eq!(renamed.first()["steps"].as_array().unwrap().len(), 3);
    app.put(&path, &token, json!({"name": "blog TO newsletter"})).await.expect(409);
    app.put(&path, &token, json!({})).await.expect(400);
    app.put(&path, &token, json!({"isActive": "no"})).await.expect(400);
    app.put(&path, &token, json!({"steps": [step("only", "/")]})).await.expect(400);
    app.put(&format!("{base}/665f0b3c4d2e1a0012345678"), &token, json!({"name": "y"})).await.expect(404);
    app.put(&format!("{base}/not-an-id"), &token, json!({"name": "y"})).await.expect(400);

    // Soft delete: gone from the list, a second delete is 404, PUT isActive brings it back.
    let deleted = app.delete(&path, &token).await;
    deleted.expect(200);
    assert_eq!(deleted.body["data"], json!([{"message": "Funnel deleted successfully"}]));
    app.delete(&path, &token).await.expect(404);
    let listed = app.get(&base, &token).await;
    assert_eq!(listed.data().len(), 1);
    // A deleted funnel's name is free for a new one; its slug stays taken.
    let reuse = app.post(&base, &token, json!({"name": "Checkout", "steps": [step("a", "/"), step("b", "/x")]})).await;
    reuse.expect(200);
    assert_eq!(reuse.first()["slug"], "checkout");
    let again =
        app.post(&base, &token, json!({"name": "Signup funnel", "steps": [step("a", "/"), step("b", "/x")]})).await;
    again.expect(200);
    assert_eq!(again.first()["slug"], "signup-funnel-2");
    // Reactivating under a name now in use is a conflict; with a new name it works.
    app.put(&path, &token, json!({"isActive": true})).await.expect(409);
    let back = app.put(&path, &token, json!({"isActive": true, "name": "Checkout (old)"})).await;
    back.expect(200);
    assert_eq!(
        (back.first()["isActive"].as_bool(), back.first()["slug"].as_str()),
        (Some(true), Some("signup-funnel"))
    );
    app.delete(&format!("{base}/{second}"), &token).await.expect(200);
    app.put(&format!("{base}/{second}"), &token, json!({"isActive": false})).await.expect(200);

    // At most 50 active funnels per website.
    let active = app.get(&base, &token).await.data().len();
    for i in active..50 {
        app.post(&base, &token, json!({"name": format!("f{i}"), "steps": [step("a", "/"), step("b", "/x")]}))
            .await
            .expect(200);
    }
    let over =
        app.post(&base, &token, json!({"name": "one too many", "steps": [step("a", "/"), step("b", "/x")]})).await;
    over.expect(400);
    assert!(over.body["error"]["message"].as_str().unwrap().contains("50"));
    app.put(&format!("{base}/{second}"), &token, json!({"isActive": true})).await.expect(400);
}

#[tokio::test]
async fn funnel_routes_enforce_permissions_website_scope_and_roles() {
    let app = TestApp::spawn().await;
    let (token, site, _) = app.site().await;
    let other_site = app.website(&token, "other.example.org").await;
    let base = format!("/api/v1/admin/websites/{site}/funnels");
    let body = json!({"name": "F", "steps": [step("a", "/"), step("b", "/x")]});
    let created = app.post(&base, &token, body.clone()).await;
    created.expect(200);
    let funnel = created.first()["_id"].as_str().unwrap().to_string();

    // Permissions: write does not imply read, read does not allow writing.
    let read_only = app.token(&token, json!({"permissions": ["funnels:read"]})).await;
    let write_only = app.token(&token, json!({"permissions": ["funnels:write"]})).await;
    app.get(&base, &read_only).await.expect(200);
    app.post(&base, &read_only, json!({"name": "G", "steps": [step("a", "/"), step("b", "/x")]})).await.expect(403);
    app.delete(&format!("{base}/{funnel}"), &read_only).await.expect(403);
    app.get(&base, &write_only).await.expect(403);
    // Permission is checked before the body: an unauthorised caller learns nothing from it.
    app.post(&base, &read_only, json!({"name": 1})).await.expect(403);

    // Website scope of tokens and keys.
    let scoped = app.token(&token, json!({"permissions": ["*"], "websiteIds": [other_site]})).await;
    app.get(&base, &scoped).await.expect(403);
    app.get(&format!("/api/v1/admin/websites/{other_site}/funnels"), &scoped).await.expect(200);
    let key = app.website_key(&token, &site).await;
    app.get(&base, &key).await.expect(200);
    app.post(&base, &key, json!({"name": "From key", "steps": [step("a", "/"), step("b", "/x")]})).await.expect(200);
    app.get(&format!("/api/v1/admin/websites/{other_site}/funnels"), &key).await.expect(403);
    // A funnel id of another website is not found there.
    app.delete(&format!("/api/v1/admin/websites/{other_site}/funnels/{funnel}"), &token).await.expect(404);

    // Roles: a viewer reads, a member writes, a stranger does neither.
    let viewer = app.create_account("viewer@example.com").await;
    let member = app.create_account("member@example.com").await;
    grant_role(&app, &site, &viewer.user_id, "viewer");
    grant_role(&app, &site, &member.user_id, "member");
    app.get(&base, &viewer.token).await.expect(200);
    app.post(&base, &viewer.token, json!({"name": "V", "steps": [step("a", "/"), step("b", "/x")]})).await.expect(403);
    app.put(&format!("{base}/{funnel}"), &viewer.token, json!({"name": "V"})).await.expect(403);
    app.post(&base, &member.token, json!({"name": "M", "steps": [step("a", "/"), step("b", "/x")]})).await.expect(200);
    let stranger = app.create_account("stranger@example.com").await;
    app.get(&base, &stranger.token).await.expect(403);
    let anonymous = app.call(reqwest::Method::GET, &base, None, None).await;
    anonymous.expect(401);
    app.get(&base, "dft_not_a_real_token").await.expect(401);

    // Results need analytics:read, not funnels:read.
    let results = format!("/api/v1/analytics/funnels/{funnel}?websiteId={site}");
    app.get(&results, &read_only).await.expect(403);
    app.get(&results, &token).await.expect(200);
    app.get(&format!("/api/v1/analytics/funnels/{funnel}"), &token).await.expect(400);
    app.get(&format!("/api/v1/analytics/funnels/{funnel}"), &key).await.expect(200);
    app.get(&format!("/api/v1/analytics/funnels/{funnel}?websiteId={site}"), &scoped).await.expect(403);
    app.get(&format!("/api/v1/analytics/funnels/{funnel}?websiteId={other_site}"), &token).await.expect(404);
    app.get(&format!("/api/v1/analytics/funnels/{funnel}?websiteId={site}"), &viewer.token).await.expect(200);
    app.get(&format!("/api/v1/analytics/funnels/bad?websiteId={site}"), &token).await.expect(400);
    app.get(&format!("/api/v1/analytics/funnels/{funnel}?websiteId={site}"), &stranger.token).await.expect(403);
}

#[derive(Debug, Clone)]
struct Ev {
    ts: i64,
    visitor: usize,
    country: &'static str,
    /// A page path, or `None` for a goal.
    path: Option<&'static str>,
    goal: Option<&'static str>,
}

const PAGES: &[&str] = &["/", "/pricing", "/blog/a", "/blog/b", "/signup", "/pricing/", "/docs"];
const GOALS: &[&str] = &["signup", "purchase", "newsletter"];
const COUNTRIES: &[&str] = &["US", "FR", "DE"];

/// 300 visitors, each a pseudo-random walk of 1–12 events over up to a few days.
fn dataset() -> Vec<Ev> {
    let mut out = Vec::new();
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for v in 0..300usize {
        let mut ts = T0 + (v as i64 % 120) * 53 * MIN + (v as i64 % 5) * DAY / 2;
        let n = 1 + next() % 12;
        for _ in 0..n {
            ts += (1 + next() % 600) as i64 * MIN;
            let r = next();
            let (path, goal) = if r % 4 == 0 {
                (None, Some(GOALS[(r / 4 % 3) as usize]))
            } else {
                (Some(PAGES[(r / 4 % PAGES.len() as u64) as usize]), None)
            };
            out.push(Ev { ts, visitor: v, country: COUNTRIES[v % 3], path, goal });
        }
    }
    // Visitors whose goal carries the same millisecond as the pageview before it (a tracker
    // sends both at once): the goal still follows the page (the sort below is stable).
    for v in 300..306usize {
        let ts = T0 + v as i64 * MIN;
        let country = COUNTRIES[v % 3];
        out.push(Ev { ts, visitor: v, country, path: Some("/"), goal: None });
        out.push(Ev { ts: ts + MIN, visitor: v, country, path: Some("/pricing"), goal: None });
        out.push(Ev { ts: ts + MIN, visitor: v, country, path: None, goal: Some("signup") });
    }
    out.sort_by_key(|e| e.ts);
    out
}

fn import_line(e: &Ev) -> String {
    let mut line = json!({
        "timestamp": e.ts,
        "type": if e.goal.is_some() { "goal" } else { "pageview" },
        "url": format!("https://example.com{}", e.path.unwrap_or("/signup")),
        "visitor_id": format!("00000000-0000-4000-8000-{:012x}", e.visitor),
        "user_agent": CHROME,
        "country": e.country,
    });
    if let Some(g) = e.goal {
        line["name"] = json!(g);
    }
    line.to_string()
}

#[derive(Clone, Copy)]
enum Target {
    Page(&'static str),
    Goal(&'static str),
}

fn matches(t: Target, e: &Ev) -> bool {
    match (t, e.path, e.goal) {
        (Target::Page(p), Some(path), None) => match p.strip_suffix('*') {
            Some(prefix) => path.starts_with(prefix),
            None => path.trim_end_matches('/') == p.trim_end_matches('/'),
        },
        (Target::Goal(g), None, Some(goal)) => g == goal,
        _ => false,
    }
}

/// Per step, visitors who reached it in order: each visitor's events in time order, a step
/// reached by the first matching event after the previous step.
fn expected(events: &[&Ev], steps: &[Target]) -> Vec<i64> {
    let mut by_visitor: BTreeMap<usize, Vec<&Ev>> = BTreeMap::new();
    for e in events {
        by_visitor.entry(e.visitor).or_default().push(e);
    }
    let mut counts = vec![0; steps.len()];
    for evs in by_visitor.values_mut() {
        evs.sort_by_key(|e| e.ts);
        let mut reached = 0;
        for e in evs.iter() {
            if reached < steps.len() && matches(steps[reached], e) {
                reached += 1;
            }
        }
        for c in counts.iter_mut().take(reached) {
            *c += 1;
        }
    }
    counts
}

fn step_body(t: Target, i: usize) -> Value {
    match t {
        Target::Page(p) => step(&format!("Step {i}"), p),
        Target::Goal(g) => goal_step(&format!("Step {i}"), g),
    }
}

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

#[tokio::test]
async fn funnel_results_match_an_independent_count() {
    let app = TestApp::spawn().await;
    let (token, site, _) = app.site().await;
    let events = dataset();
    let lines: Vec<String> = events.iter().map(import_line).collect();
    let app = import_lines(app, &site, &lines).await;

    let funnels: Vec<(&str, Vec<Target>)> = vec![
        ("Signup", vec![Target::Page("/"), Target::Page("/pricing"), Target::Goal("signup"), Target::Goal("purchase")]),
        ("Blog", vec![Target::Page("/blog/*"), Target::Goal("newsletter")]),
        ("Twice home", vec![Target::Page("/"), Target::Page("/")]),
        ("Goal first", vec![Target::Goal("signup"), Target::Page("/docs"), Target::Page("/pricing/")]),
    ];
    let mut ids = Vec::new();
    for (name, steps) in &funnels {
        let body =
            json!({"name": name, "steps": steps.iter().enumerate().map(|(i, t)| step_body(*t, i)).collect::<Vec<_>>()});
        let r = app.post(&format!("/api/v1/admin/websites/{site}/funnels"), &token, body).await;
        r.expect(200);
        ids.push(r.first()["_id"].as_str().unwrap().to_string());
    }

    let ny_start = T0 + DAY + 5 * 3_600_000;
    let ny_end = T0 + 4 * DAY + 5 * 3_600_000;
    type Keep = Box<dyn Fn(&Ev) -> bool>;
    let cases: Vec<(&str, Keep)> = vec![
        ("", Box::new(|_| true)),
        (
            "&startAt=2026-03-02&endAt=2026-03-04&timezone=America/New_York",
            Box::new(move |e| e.ts >= ny_start && e.ts < ny_end),
        ),
        ("&filter_country=is:France", Box::new(|e| e.country == "FR")),
        (
            "&filter_country=US,Germany&startAt=2026-03-02T05:00:00Z&endAt=2026-03-05T04:59:59.999Z",
            Box::new(move |e| e.country != "FR" && e.ts >= ny_start && e.ts < ny_end),
        ),
    ];
    let mut saw_drop = false;
    for ((name, steps), id) in funnels.iter().zip(&ids) {
        for (query, keep) in &cases {
            let subset: Vec<&Ev> = events.iter().filter(|e| keep(e)).collect();
            let want = expected(&subset, steps);
            assert!(want[0] > 0, "{name}{query}: the dataset reaches the first step");
            saw_drop |= want.windows(2).any(|w| w[1] < w[0] && w[1] > 0);
            let r = app.get(&format!("/api/v1/analytics/funnels/{id}?websiteId={site}{query}"), &token).await;
            r.expect(200);
            let got = r.first();
            assert_eq!(got["funnelId"], id.as_str());
            assert_eq!(got["name"], *name);
            let got_steps = got["steps"].as_array().unwrap();
            assert_eq!(got_steps.len(), steps.len());
            for (i, s) in got_steps.iter().enumerate() {
                assert_eq!(s["visitors"], want[i], "{name}{query} step {i}: {got}");
                let prev = if i == 0 { want[0] } else { want[i - 1] };
                assert_eq!(s["dropOff"], prev - want[i], "{name}{query} step {i}");
                assert_eq!(s["conversionRate"].as_f64().unwrap(), round2(want[i] as f64 * 100.0 / want[0] as f64));
                let step_rate = if prev == 0 { 0.0 } else { round2(want[i] as f64 * 100.0 / prev as f64) };
                assert_eq!(s["stepConversionRate"].as_f64().unwrap(), step_rate, "{name}{query} step {i}");
                assert_eq!(s["id"], format!("step-{i}"));
            }
            let last = *want.last().unwrap();
            assert_eq!(got["visitors"], want[0]);
            assert_eq!(got["completed"], last);
            assert_eq!(got["conversionRate"].as_f64().unwrap(), round2(last as f64 * 100.0 / want[0] as f64));
        }
    }
    assert!(saw_drop, "the dataset exercises drop-off between steps");

    // The range is echoed in the requested zone's terms; bad parameters are 400s.
    let r = app
        .get(&format!("/api/v1/analytics/funnels/{}?websiteId={site}&startAt=2026-03-02&endAt=2026-03-04&timezone=America/New_York", ids[0]), &token)
        .await;
    assert_eq!(r.first()["startAt"], "2026-03-02T05:00:00.000Z");
    assert_eq!(r.first()["endAt"], "2026-03-05T04:59:59.999Z");
    assert_eq!(r.first()["timezone"], "America/New_York");
    for bad in ["&startAt=2026-03-02", "&timezone=Nowhere/City", "&filter_country=contains:Fr"] {
        app.get(&format!("/api/v1/analytics/funnels/{}?websiteId={site}{bad}", ids[0]), &token).await.expect(400);
    }
    // An empty range reports zeros, not errors.
    let empty = app
        .get(
            &format!("/api/v1/analytics/funnels/{}?websiteId={site}&startAt=2020-01-01&endAt=2020-01-02", ids[0]),
            &token,
        )
        .await;
    empty.expect(200);
    assert!(empty.first()["steps"]
        .as_array()
        .unwrap()
        .iter()
        .all(|s| s["visitors"] == 0 && s["conversionRate"] == 0.0));

    // An inactive funnel has no results.
    app.delete(&format!("/api/v1/admin/websites/{site}/funnels/{}", ids[1]), &token).await.expect(200);
    app.get(&format!("/api/v1/analytics/funnels/{}?websiteId={site}", ids[1]), &token).await.expect(404);
}
