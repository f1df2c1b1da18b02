//! The tracker (`/js/script*.js`) and the official npm SDK in headless Chromium against the real
//! server. `tests/browser/run.mjs` serves a test site, drives Chromium through every documented
//! behaviour and checks what the browser saw (requests, cookies, URLs); this test then checks
//! what the server stored and reports. Needs Node.js, Debian's chromium and `npm ci` in
//! tests/browser, which `scripts/test` installs.

use std::time::Duration;

use serde_json::{json, Value};

use crate::events::stored;
use crate::helpers::TestApp;
use crate::node_runner::{require_tools, run_script};

fn uuid_without_prefix(id: &str) -> &str {
    id.strip_prefix('s').unwrap_or(id)
}

#[tokio::test]
async fn the_tracker_and_the_npm_sdk_in_headless_chromium() {
    let chromium = require_tools();
    let app = TestApp::spawn().await;
    let (token, website_id, tracking_id) = app.site().await;
    // Lets localhost events in, so that "nothing stored from localhost" is the tracker's doing.
    app.put(&format!("/api/v1/admin/websites/{website_id}"), &token, json!({"allowedHostnames": ["localhost"]}))
        .await
        .expect(200);

    let env = [
        ("DATAFAST_URL", app.base.clone()),
        ("DATAFAST_TRACKING_ID", tracking_id.clone()),
        ("DATAFAST_WEBSITE_ID", website_id.clone()),
    ];
    let report = run_script("run.mjs", &chromium, &env, Duration::from_secs(240)).await;
    let text = |k: &str| report[k].as_str().unwrap_or_else(|| panic!("{k} missing in {report}")).to_string();
    let (visitor, session) = (text("visitorId"), text("sessionId"));

    let (code, data) = app.terminate().await;
    assert_eq!(code, Some(0));
    let rows = stored(
        data.path(),
        &format!(
            "SELECT kind, pathname, goal_name, properties, visitor_id::VARCHAR, session_id::VARCHAR, hostname
             FROM events WHERE website_id = '{website_id}' ORDER BY ts"
        ),
    );
    let props = |s: &str| if s.is_empty() { Value::Null } else { serde_json::from_str(s).unwrap() };
    let mut got: Vec<(String, String, String, Value)> =
        rows.iter().map(|r| (r[0].clone(), r[1].clone(), r[2].clone(), props(&r[3]))).collect();
    let mut expected: Vec<(String, String, String, Value)> = [
        // the cookie variant: load, queued call, attribute goal (by click and by Enter),
        // window.datafast goal, SPA navigation (pushState, then back), no pageview for a hash
        // change, scroll goal, outbound click
        ("pageview", "/basic", "", Value::Null),
        ("goal", "/basic", "queued_goal", json!({"from": "queue"})),
        ("goal", "/basic", "signup_click", json!({"plan_type": "pro"})),
        ("goal", "/basic", "newsletter_signup", json!({"source_page": "basic"})),
        ("goal", "/basic", "keyboard_goal", Value::Null),
        ("pageview", "/basic/next", "", Value::Null),
        ("pageview", "/basic", "", Value::Null),
        (
            "goal",
            "/basic",
            "reached_footer",
            json!({"section": "footer", "scroll_percentage": "100", "threshold": "0.5", "delay": "0"}),
        ),
        ("external_link", "/basic", "", json!({"url": "https://x.example/a?b=1&c=2", "text": "Partner site"})),
        // success-URL payment detection, once; none with data-disable-payments
        ("pageview", "/checkout/success", "", Value::Null),
        ("payment", "/checkout/success", "", json!({"stripe_session_id": "cs_test_browser"})),
        ("pageview", "/checkout/quiet", "", Value::Null),
        // hash routing (legacy website id): two routes, two pages
        ("pageview", "/hash/#/one", "", Value::Null),
        ("pageview", "/hash/#/two", "", Value::Null),
        // localhost with data-allow-localhost="true" (and nothing from /local without it)
        ("pageview", "/local-allowed", "", Value::Null),
        // cross-domain hand-over and the link on to an allowed hostname
        ("pageview", "/welcome", "", Value::Null),
        ("external_link", "/welcome", "", json!({"url": "https://partner.test/landing", "text": "Partner"})),
        // cookieless
        ("pageview", "/cookieless", "", Value::Null),
        ("goal", "/cookieless", "cookieless_goal", Value::Null),
        // the npm SDK
        ("pageview", "/sdk", "", Value::Null),
        ("goal", "/sdk", "sdk_signup", json!({"plan": "pro"})),
        ("identify", "/sdk", "", json!({"user_id": "user_42", "name": "Ada", "image": ""})),
    ]
    .into_iter()
    .map(|(k, p, g, v)| (k.to_string(), p.to_string(), g.to_string(), v))
    .collect();
    let key = |t: &(String, String, String, Value)| format!("{} {} {} {}", t.1, t.0, t.2, t.3);
    got.sort_by_key(key);
    expected.sort_by_key(key);
    assert_eq!(got, expected, "stored events (kind, path, goal, properties) differ from what the browser did");

    // Identity: the cookie visitor and session on every page of the cookie variant's visit,
    // the handed-over ids on /welcome, the server's id in cookieless mode, the SDK's cookie.
    let ids = |path: &str| -> Vec<(String, String)> {
        rows.iter().filter(|r| r[1] == path).map(|r| (r[4].clone(), r[5].clone())).collect()
    };
    for path in ["/basic", "/basic/next", "/checkout/success", "/checkout/quiet", "/hash/"] {
        for (v, s) in ids(path) {
            assert_eq!(v, visitor, "{path}: visitor");
            assert_eq!(s, uuid_without_prefix(&session), "{path}: session");
        }
    }
    for (v, s) in ids("/welcome") {
        assert_eq!(v, "0a1b2c3d-4e5f-4a6b-8c7d-8e9fa0b1c2d3");
        assert_eq!(s, "1a2b3c4d-5e6f-4a7b-9c8d-9eafb0c1d2e3");
    }
    for (v, _) in ids("/cookieless") {
        assert_eq!(v, text("cookielessVisitorId"), "cookieless: the id the server answered with");
        assert_ne!(v, visitor);
    }
    for (v, _) in ids("/sdk") {
        assert_eq!(v, text("sdkVisitorId"), "sdk: the visitor cookie the SDK set");
    }
    assert!(rows.iter().filter(|r| r[1] != "/local-allowed").all(|r| r[6] == "example.com"), "{rows:?}");

    // The outbound clicks, query string intact, through the analytics API.
    let app = TestApp::spawn_in(data).await;
    let clicks = app.get(&format!("/api/v1/analytics/exit-clicks?websiteId={website_id}"), &token).await;
    clicks.expect(200);
    assert_eq!(
        clicks.body["data"],
        json!([
            {"url": "https://partner.test/landing", "visitors": 1, "clicks": 1},
            {"url": "https://x.example/a?b=1&c=2", "visitors": 1, "clicks": 1},
        ])
    );
}
