//! The dashboard (issue 7): how the server serves the embedded app (shell on every app path,
//! hashed assets with long caching and gzip, a CSP that admits only this origin, JSON 404s
//! kept for the API), and the app itself in headless Chromium against seeded data
//! (`tests/browser/dashboard.mjs`: first run, install check, numbers against the API,
//! filters, date ranges, realtime, no third-party request, JS budget).

use std::io::Read;
use std::time::Duration;

use reqwest::header::{
    ACCEPT_ENCODING, CACHE_CONTROL, CONTENT_ENCODING, CONTENT_SECURITY_POLICY, CONTENT_TYPE, ETAG, IF_NONE_MATCH,
};
use reqwest::Method;
use serde_json::{json, Value};

use crate::helpers::TestApp;
use crate::node_runner::{require_tools, run_script};

/// The shell's entry script and stylesheet paths, read from the served index.html.
fn asset_paths(index: &str) -> Vec<String> {
    index.split(['"', '\'']).filter(|s| s.starts_with("/assets/")).map(str::to_string).collect()
}

#[tokio::test]
async fn the_shell_answers_every_app_path_with_a_strict_csp_and_the_api_keeps_json_404s() {
    let app = TestApp::spawn().await;
    let mut shell = None;
    for path in
        ["/", "/login", "/setup", "/sites/665f0b3c4d2e1a0012345678", "/sites/x/visitors/y", "/share/abc", "/invite/tok"]
    {
        let res = app.request(Method::GET, path).send().await.unwrap();
        assert_eq!(res.status(), 200, "{path}");
        assert_eq!(res.headers()[CONTENT_TYPE], "text/html; charset=utf-8", "{path}");
        assert_eq!(res.headers()[CACHE_CONTROL], "no-cache", "{path}");
        let csp = res.headers()[CONTENT_SECURITY_POLICY].to_str().unwrap().to_string();
        assert!(csp.contains("default-src 'self'") && csp.contains("script-src 'self'"), "{csp}");
        assert!(!csp.contains("unsafe-inline") && !csp.contains("http"), "only this origin: {csp}");
        let body = res.text().await.unwrap();
        assert!(body.contains(r#"<div id="app">"#), "{path}: {body}");
        assert!(!body.contains("<script>"), "no inline script");
        if let Some(previous) = &shell {
            assert_eq!(&body, previous, "{path}: the same shell everywhere");
        }
        shell = Some(body);
    }

    // Unknown API paths, and paths outside the app, are still the API's JSON 404.
    for path in ["/api/v1/nope", "/api/nope", "/nope", "/assets/missing-123.js"] {
        app.call(Method::GET, path, None, None).await.expect(404);
    }
}

#[tokio::test]
async fn assets_are_cached_for_a_year_compressed_and_revalidated_by_etag() {
    let app = TestApp::spawn().await;
    let index = app.request(Method::GET, "/").send().await.unwrap().text().await.unwrap();
    let paths = asset_paths(&index);
    assert!(paths.iter().any(|p| p.ends_with(".js")) && paths.iter().any(|p| p.ends_with(".css")), "{index}");
    for path in paths {
        let plain = app.request(Method::GET, &path).send().await.unwrap();
        assert_eq!(plain.status(), 200, "{path}");
        assert_eq!(plain.headers()[CACHE_CONTROL], "public, max-age=31536000, immutable");
        let kind = plain.headers()[CONTENT_TYPE].to_str().unwrap().to_string();
        assert!(
            (path.ends_with(".js") && kind.starts_with("text/javascript"))
                || (path.ends_with(".css") && kind.starts_with("text/css")),
            "{path}: {kind}"
        );
        let etag = plain.headers()[ETAG].clone();
        let plain_bytes = plain.bytes().await.unwrap();

        let gz = app.request(Method::GET, &path).header(ACCEPT_ENCODING, "br, gzip").send().await.unwrap();
        assert_eq!(gz.headers()[CONTENT_ENCODING], "gzip");
        let compressed = gz.bytes().await.unwrap();
        let mut inflated = Vec::new();
        flate2::read::GzDecoder::new(&compressed[..]).read_to_end(&mut inflated).unwrap();
        assert_eq!(inflated, plain_bytes, "{path}: gzip decodes to the same file");
        assert!(compressed.len() < plain_bytes.len());

        let again = app.request(Method::GET, &path).header(IF_NONE_MATCH, etag).send().await.unwrap();
        assert_eq!(again.status(), 304, "{path}");
    }
}

#[tokio::test]
async fn an_invitation_link_opened_in_a_browser_leads_to_the_dashboard_page() {
    let app = TestApp::spawn().await;
    let (token, website_id, _) = app.site().await;
    let invite = app
        .post(
            &format!("/api/v1/admin/websites/{website_id}/team"),
            &token,
            json!({"email": "v@example.com", "role": "viewer"}),
        )
        .await;
    invite.expect(200);
    let url = invite.first()["inviteUrl"].as_str().unwrap().to_string();
    let secret = url.rsplit('/').next().unwrap().to_string();
    let path = format!("/api/v1/invitations/{secret}");
    let browser = app
        .request(Method::GET, &path)
        .header(reqwest::header::ACCEPT, "text/html,application/xhtml+xml,*/*;q=0.8")
        .send()
        .await
        .unwrap();
    // Redirected (the client follows it) to the dashboard's page, which is the app shell.
    assert_eq!(browser.url().path(), format!("/invite/{secret}"));
    assert_eq!(browser.status(), 200);
    assert!(browser.text().await.unwrap().contains(r#"<div id="app">"#));
    // An API client still reads the invitation.
    let api = app.call(Method::GET, &path, None, None).await;
    api.expect(200);
    assert_eq!(api.first()["email"], "v@example.com");
}

#[tokio::test]
async fn signup_status_is_open_only_on_a_fresh_server() {
    let app = TestApp::spawn().await;
    let open = app.call(Method::GET, "/api/auth/signup", None, None).await;
    open.expect(200);
    assert_eq!(open.first()["signupOpen"], true);
    app.create_account("owner@example.com").await;
    let closed = app.call(Method::GET, "/api/auth/signup", None, None).await;
    assert_eq!(closed.first()["signupOpen"], false);
    // POST on the same path is still the real sign-up, now closed.
    app.call(
        Method::POST,
        "/api/auth/signup",
        None,
        Some(json!({"email": "x@example.com", "password": "long enough"})),
    )
    .await
    .expect(403);
}

/// The dashboard's two extra breakdowns and filter, counted here from what was imported:
/// channels (as ingestion names them) and the sessions' landing pages, each with revenue, and
/// `filter_channel` narrowing the other endpoints.
#[tokio::test]
async fn channels_and_entry_pages_breakdowns_and_the_channel_filter() {
    let app = TestApp::spawn().await;
    let (token, website_id, _) = app.site().await;
    let (_, data) = app.terminate().await;
    // (visitor, referrer, pages in order): 3 from Google, 2 direct, 1 from a blog.
    let visits: &[(u32, &str, &[&str])] = &[
        (1, "https://www.google.com/", &["/", "/pricing"]),
        (2, "https://www.google.com/", &["/pricing"]),
        (3, "https://www.google.com/", &["/docs", "/"]),
        (4, "", &["/"]),
        (5, "", &["/", "/docs"]),
        (6, "https://blog.partner.test/post", &["/pricing", "/"]),
    ];
    let t0 = datafast_core::time::now_millis() - 3 * 3_600_000;
    let mut lines = String::new();
    for (v, referrer, pages) in visits {
        for (n, page) in pages.iter().enumerate() {
            let mut line = json!({
                "timestamp": t0 + i64::from(*v) * 60_000 + n as i64 * 10_000,
                "url": format!("https://example.com{page}"), "visitor_id": format!("v{v}"),
                "user_agent": crate::events::CHROME,
            });
            if n == 0 && !referrer.is_empty() {
                line["referrer"] = json!(referrer);
            }
            lines.push_str(&format!("{line}\n"));
        }
    }
    let file = data.path().join("visits.ndjson");
    std::fs::write(&file, lines).unwrap();
    let out = tokio::process::Command::new(crate::helpers::BIN)
        .args(["import", "--website", &website_id, file.to_str().unwrap(), "--quiet", "--data-dir"])
        .arg(data.path())
        .output()
        .await
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let app = TestApp::spawn_in(data).await;
    let get = |path: String| {
        let app = &app;
        let token = token.clone();
        async move {
            let r = app.get(&path, &token).await;
            r.expect(200);
            r.body.clone()
        }
    };

    let channels = get(format!("/api/v1/analytics/channels?websiteId={website_id}")).await;
    assert_eq!(
        channels["data"],
        json!([
            {"channel": "Organic Search", "visitors": 3, "revenue": 0, "payments": 0},
            {"channel": "Direct", "visitors": 2, "revenue": 0, "payments": 0},
            {"channel": "Referral", "visitors": 1, "revenue": 0, "payments": 0},
        ])
    );
    assert_eq!(channels["pagination"]["total"], 3);

    // Landing pages: / (visitors 1, 4, 5), /pricing (2, 6), /docs (3); later pageviews of a
    // landing path in another visit do not count.
    let entry = get(format!("/api/v1/analytics/entry-pages?websiteId={website_id}&fields=path,visitors")).await;
    assert_eq!(
        entry["data"],
        json!([{"path": "/", "visitors": 3}, {"path": "/pricing", "visitors": 2}, {"path": "/docs", "visitors": 1}])
    );

    // filter_channel narrows every other endpoint: Organic Search is visitors 1–3.
    let pages = get(format!(
        "/api/v1/analytics/pages?websiteId={website_id}&filter_channel=Organic%20Search&fields=path,visitors"
    ))
    .await;
    assert_eq!(
        pages["data"],
        json!([{"path": "/", "visitors": 2}, {"path": "/pricing", "visitors": 2}, {"path": "/docs", "visitors": 1}])
    );
    let overview = get(format!(
        "/api/v1/analytics/overview?websiteId={website_id}&filter_channel=is_not:Organic%20Search,Referral"
    ))
    .await;
    assert_eq!(overview["data"][0]["visitors"], 2);
}

// ---- the app in headless Chromium ----------------------------------------------------------

const DAY_MS: i64 = 86_400_000;
const PARTNER: &str = "https://blog.partner.test/launch";
const GOOGLE: &str = "https://www.google.com/";

/// Runs one phase of tests/browser/dashboard.mjs and returns its JSON report.
async fn run_phase(app: &TestApp, chromium: &str, phase: &str, env: &[(&str, String)]) -> Value {
    let mut all = vec![("DATAFAST_URL", app.base.clone()), ("PHASE", phase.to_string())];
    all.extend(env.iter().cloned());
    run_script("dashboard.mjs", chromium, &all, Duration::from_secs(240)).await
}

/// One seeded visitor: seen `days_ago` days before today (UTC), from a referrer, on pages.
struct Seeded {
    id: String,
    days_ago: i64,
    referrer: Option<&'static str>,
    pages: Vec<&'static str>,
}

fn seeded_visitors() -> Vec<Seeded> {
    (0..60)
        .map(|i: i64| Seeded {
            id: format!("{i:08x}-1111-4000-8000-000000000000"),
            days_ago: i % 40 + 1,
            referrer: match i % 3 {
                0 => Some(PARTNER),
                1 => Some(GOOGLE),
                _ => None,
            },
            pages: if i % 2 == 0 { vec!["/", "/pricing"] } else { vec!["/"] },
        })
        .collect()
}

fn day(ms: i64) -> String {
    datafast_core::time::iso_millis(ms)[..10].to_string()
}

#[tokio::test]
async fn first_run_then_the_dashboard_on_seeded_data_in_headless_chromium() {
    let chromium = require_tools();

    // Phase 1, a fresh server: sign-up, website, script tag, first-event check.
    let app = TestApp::spawn().await;
    let setup = run_phase(&app, &chromium, "setup", &[]).await;
    let website_id = setup["websiteId"].as_str().expect("websiteId").to_string();
    let tracking_id = setup["trackingId"].as_str().expect("trackingId").to_string();
    let (code, data) = app.terminate().await;
    assert_eq!(code, Some(0));

    // History through the import path: 60 visitors over the last 40 days (none today, so
    // the numbers do not depend on the hour the test runs), 10:00 UTC + i minutes.
    let now = datafast_core::time::now_millis();
    let today_ms = now - now.rem_euclid(DAY_MS);
    let visitors = seeded_visitors();
    let mut lines = String::new();
    for (i, v) in visitors.iter().enumerate() {
        let start = today_ms - v.days_ago * DAY_MS + 10 * 3_600_000 + i as i64 * 60_000;
        for (n, page) in v.pages.iter().enumerate() {
            let mut line = json!({
                "timestamp": start + n as i64 * 30_000, "url": format!("https://example.com{page}"),
                "visitor_id": v.id, "session_id": format!("{}-s", v.id),
                "user_agent": "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36",
            });
            line["country"] = json!(["US", "FR", "DE"][i % 3]);
            if n == 0 {
                if let Some(r) = v.referrer {
                    line["referrer"] = json!(r);
                }
            }
            lines.push_str(&line.to_string());
            lines.push('\n');
        }
        // Every fifth visitor signs up on their first page.
        if i % 5 == 0 {
            let goal = json!({
                "timestamp": start + 5_000, "url": "https://example.com/", "type": "goal", "name": "signup",
                "country": (["US", "FR", "DE"][i % 3]),
                "visitor_id": v.id, "session_id": format!("{}-s", v.id),
                "user_agent": "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36",
            });
            lines.push_str(&format!("{goal}\n"));
        }
    }
    let file = data.path().join("history.ndjson");
    std::fs::write(&file, lines).unwrap();
    let out = tokio::process::Command::new(crate::helpers::BIN)
        .args(["import", "--website", &website_id, file.to_str().unwrap(), "--quiet", "--data-dir"])
        .arg(data.path())
        .output()
        .await
        .unwrap();
    assert!(out.status.success(), "import failed: {}", String::from_utf8_lossy(&out.stderr));

    // What the dashboard must show, counted here from the seed. The first-run pageview
    // (phase 1, today) is one more visitor in every range that includes today.
    let within = |max_days: i64, v: &&Seeded| v.days_ago <= max_days;
    let count = |f: &dyn Fn(&&Seeded) -> bool| visitors.iter().filter(f).count() as i64;
    let partner: Vec<&Seeded> = visitors.iter().filter(|v| v.referrer == Some(PARTNER) && v.days_ago <= 29).collect();
    let mut partner_pages: Vec<&str> = partner.iter().flat_map(|v| v.pages.iter().copied()).collect();
    partner_pages.sort();
    partner_pages.dedup();
    // Two payments by partner visitors, at their visit: revenue in the last 30 days.
    let payments: Vec<Value> = partner
        .iter()
        .take(2)
        .enumerate()
        .map(|(n, v)| {
            json!({
                "amount": 49 + 50 * n as i64, "currency": "USD", "transaction_id": format!("tx_dash_{n}"),
                "datafast_visitor_id": v.id,
                "timestamp": datafast_core::time::iso_millis(today_ms - v.days_ago * DAY_MS + 11 * 3_600_000),
            })
        })
        .collect();
    let (custom_from, custom_to) = (day(today_ms - 20 * DAY_MS), day(today_ms - 10 * DAY_MS));
    let expect = json!({
        "today": day(today_ms),
        "start30": day(today_ms - 29 * DAY_MS),
        "start7": day(today_ms - 6 * DAY_MS),
        "visitors30": count(&|v| within(29, v)) + 1,
        "visitors7": count(&|v| within(6, v)) + 1,
        // and the realtime check's pageview, later in the run
        "visitorsAfterLive30": count(&|v| within(29, v)) + 2,
        "visitorsAll": visitors.len() as i64 + 1,
        "customFrom": custom_from,
        "customTo": custom_to,
        "visitorsCustom": count(&|v| (10..=20).contains(&v.days_ago)),
        "referrer": "blog.partner.test",
        "visitorsReferrer30": partner.len() as i64,
        "pagesReferrer30": partner_pages,
        "revenue30": 49 + 99,
        "signupsAll": visitors.iter().enumerate().filter(|(i, _)| i % 5 == 0).count(),
        "signups30": visitors.iter().enumerate().filter(|(i, v)| i % 5 == 0 && v.days_ago <= 29).count(),
        // The funnel "/" then "/pricing": every seeded visitor lands on "/", half go on.
        "funnel30": [count(&|v| within(29, v)), count(&|v| within(29, v) && v.pages.contains(&"/pricing"))],
        "noteAt": datafast_core::time::iso_millis(today_ms - 3 * DAY_MS + 12 * 3_600_000),
        "payments": payments,
    });

    // Phase 2, the same data directory with the history in it, and a location database so
    // that the realtime pageview (from 203.0.113.7, Paris) lands on the map.
    let geo = crate::geo::city_db(data.path());
    let app = TestApp::spawn_with_env(data, &[("DATAFAST_GEOIP_DB", geo.to_str().unwrap())]).await;
    let report = run_phase(
        &app,
        &chromium,
        "dashboard",
        &[("WEBSITE_ID", website_id), ("TRACKING_ID", tracking_id), ("EXPECT", expect.to_string())],
    )
    .await;
    let initial_js = report["initialJsGzipBytes"].as_i64().expect("initialJsGzipBytes");
    assert!(initial_js > 0 && initial_js <= 150 * 1024, "initial JS {initial_js} bytes gzipped");
    eprintln!(
        "dashboard: initial JS {initial_js} bytes gzipped; KPIs shown after {} ms (median of 5 cold loads: {})",
        report["kpiMedianMs"], report["kpiMs"]
    );
}
