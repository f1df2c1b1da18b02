//! Public dashboards: with `isPublicDashboardEnabled` on, the dashboard's read routes answer for
//! that website without a credential (with people and, unless `isPublicDataEnabled`, revenue
//! left out); every other route, every other website and every write still need one.

use reqwest::Method;
use serde_json::{json, Value};

use crate::events::{pageview, CHROME};
use crate::helpers::{Resp, TestApp};
use crate::roles_matrix::website_routes;

/// The routes a public dashboard reads (path prefix → public), checked against the role matrix's
/// complete route list: everything not named here must stay closed.
fn is_public_read(method: &Method, path: &str, site: &str) -> bool {
    if method != Method::GET {
        return false;
    }
    if path == format!("/api/v1/admin/websites/{site}/funnels") {
        return true;
    }
    let Some(analytics) = path.strip_prefix("/api/v1/analytics/") else { return false };
    !analytics.starts_with("goals/properties") && !analytics.starts_with("bot-traffic")
}

async fn anonymous(app: &TestApp, path: &str) -> Resp {
    app.call(Method::GET, path, None, None).await
}

async fn set(app: &TestApp, token: &str, site: &str, settings: Value) {
    app.put(&format!("/api/v1/admin/websites/{site}"), token, settings).await.expect(200);
}

#[tokio::test]
async fn public_dashboard_opens_reads_for_that_website_only_and_never_people_notes_or_writes() {
    let app = TestApp::spawn().await;
    let owner = app.create_account("owner@example.com").await;
    let site = app.website(&owner.token, "example.com").await;
    let other_site = app.website(&owner.token, "other.example").await;
    let tracking = app.get(&format!("/api/v1/admin/websites/{site}"), &owner.token).await.first()["trackingId"]
        .as_str()
        .unwrap()
        .to_string();

    // Three visitors; the third completes a goal carrying an email, and pays.
    for (visitor, ip) in [(1, "203.0.113.1"), (2, "203.0.113.2"), (3, "203.0.113.3")] {
        app.send_event(&pageview(&tracking, "https://example.com/pricing", visitor), CHROME, Some(ip))
            .await
            .expect(200);
    }
    let mut goal = pageview(&tracking, "https://example.com/pricing", 3);
    goal["type"] = json!("custom");
    goal["extraData"] = json!({"eventName": "signup", "email": "secret.person@example.net"});
    app.send_event(&goal, CHROME, Some("203.0.113.3")).await.expect(200);
    let payment = json!({"amount": 42.5, "currency": "USD", "transaction_id": "tx_public",
        "datafast_visitor_id": crate::events::uuid(3), "customer_email": "secret.person@example.net",
        "name": "Secret Person"});
    let paid =
        app.call(Method::POST, &format!("/api/v1/payments?websiteId={site}"), Some(&owner.token), Some(payment)).await;
    assert_eq!(paid.status, 200, "{}", paid.body);
    let funnel = app
        .post(
            &format!("/api/v1/admin/websites/{site}/funnels"),
            &owner.token,
            json!({"name": "Pricing to signup", "steps": [
                {"name": "Pricing", "type": "pageview", "url": "/pricing"},
                {"name": "Signup", "type": "goal", "goalName": "signup"}]}),
        )
        .await;
    funnel.expect(200);
    let funnel_id = funnel.first()["_id"].as_str().unwrap().to_string();
    app.post(
        &format!("/api/v1/admin/websites/{site}/notes"),
        &owner.token,
        json!({"text": "Launched on a forum", "timestamp": "2026-01-01T10:00:00Z"}),
    )
    .await
    .expect(201);

    let overview = format!("/api/v1/analytics/overview?websiteId={site}");
    let mut seen = Value::Null;
    for _ in 0..100 {
        seen = app.get(&overview, &owner.token).await.first().clone();
        if seen["visitors"] == 3 && seen["payments"] == 1 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert_eq!((seen["visitors"].clone(), seen["payments"].clone()), (json!(3), json!(1)), "{seen}");

    // Disabled (the default): no credential is the usual 401, the same for a missing website.
    let closed = anonymous(&app, &overview).await;
    closed.expect(401);
    let unknown = anonymous(&app, "/api/v1/analytics/overview?websiteId=665f0b3c4d2e1a0012345678").await;
    assert_eq!(unknown.body, closed.body, "a closed website looks like one that does not exist");

    set(&app, &owner.token, &site, json!({"isPublicDashboardEnabled": true})).await;

    // Every route of the role matrix without a credential: only the dashboard reads open.
    let mut wrong = Vec::new();
    for route in website_routes(&site) {
        let r = app.call(route.method.clone(), &route.path, None, route.body.clone()).await;
        let public = is_public_read(&route.method, &route.path, &site);
        let opened = r.status != 401;
        if opened != public || (public && r.status >= 500) {
            wrong.push(format!("{} {} → {} {}", route.method, route.path, r.status, r.body));
        }
        if !public {
            r.expect(401);
        }
    }
    assert!(wrong.is_empty(), "wrong public answers:\n{}", wrong.join("\n"));
    // ...and the same routes of the other website, which is not public, all stay closed.
    for route in website_routes(&other_site) {
        let r = app.call(route.method.clone(), &route.path, None, route.body.clone()).await;
        assert_eq!(r.status, 401, "{} {} of a private website: {}", route.method, route.path, r.body);
    }

    // What the public sees: the numbers, without revenue or anyone's identity.
    let o = anonymous(&app, &overview).await;
    o.expect(200);
    let o = o.first();
    assert_eq!(o["visitors"], 3);
    assert_eq!(o["sessions"], seen["sessions"]);
    for hidden in ["revenue", "payments", "revenue_per_visitor", "conversion_rate", "revenueBreakdown"] {
        assert!(o.get(hidden).is_none(), "{hidden} shown publicly without public data: {o}");
    }
    let series =
        anonymous(&app, &format!("/api/v1/analytics/timeseries?websiteId={site}&fields=visitors,revenue&interval=day"))
            .await;
    series.expect(200);
    let rows = series.data();
    assert_eq!(rows.iter().map(|r| r["visitors"].as_i64().unwrap()).sum::<i64>(), 3);
    assert!(rows.iter().all(|r| r.get("revenue").is_none()), "{rows:?}");
    let pages = anonymous(&app, &format!("/api/v1/analytics/pages?websiteId={site}")).await;
    pages.expect(200);
    assert_eq!(pages.first()["path"], "/pricing");
    assert_eq!(pages.first()["visitors"], 3);
    assert!(pages.first().get("revenue").is_none());
    let metadata = anonymous(&app, &format!("/api/v1/analytics/metadata?websiteId={site}")).await;
    assert_eq!(metadata.first()["domain"], "example.com");
    let realtime = anonymous(&app, &format!("/api/v1/analytics/realtime?websiteId={site}")).await;
    assert_eq!(realtime.first()["visitors"], 3);
    let map = anonymous(&app, &format!("/api/v1/analytics/realtime/map?websiteId={site}")).await;
    map.expect(200);
    assert_eq!(map.body["data"]["count"], 3);
    let text = map.body.to_string();
    assert!(!text.contains("secret.person") && !text.contains("Secret Person"), "{text}");
    assert!(!text.contains(&crate::events::uuid(3)), "visitor ids are not public: {text}");
    assert_eq!(map.body["data"]["recentPayments"], json!([]));
    let funnels = anonymous(&app, &format!("/api/v1/admin/websites/{site}/funnels")).await;
    assert_eq!(funnels.first()["name"], "Pricing to signup");
    let results = anonymous(&app, &format!("/api/v1/analytics/funnels/{funnel_id}?websiteId={site}")).await;
    results.expect(200);
    assert_eq!(results.first()["steps"][0]["visitors"], 3);
    assert_eq!(results.first()["steps"][1]["visitors"], 1);

    // A wrong key is still refused; another account's key reads the public view, and only it.
    app.call(Method::GET, &overview, Some("dft_not_a_real_token"), None).await.expect(401);
    let outsider = app.create_account("outsider@example.com").await;
    let as_outsider = app.get(&overview, &outsider.token).await;
    as_outsider.expect(200);
    assert!(as_outsider.first().get("revenue").is_none(), "the outsider gets the public view");
    app.get(&format!("/api/v1/analytics/overview?websiteId={other_site}"), &outsider.token).await.expect(403);
    app.get(&format!("/api/v1/visitors?websiteId={site}"), &outsider.token).await.expect(403);
    app.get(&format!("/api/v1/admin/websites/{site}/notes"), &outsider.token).await.expect(403);
    // The owner still sees everything.
    assert_eq!(app.get(&overview, &owner.token).await.first()["revenue"], 42.5);

    // Public data on: revenue is shown, still without who paid.
    set(&app, &owner.token, &site, json!({"isPublicDataEnabled": true})).await;
    let o = anonymous(&app, &overview).await;
    assert_eq!(o.first()["revenue"], 42.5);
    assert_eq!(o.first()["payments"], 1);
    let map = anonymous(&app, &format!("/api/v1/analytics/realtime/map?websiteId={site}")).await;
    let payments = map.body["data"]["recentPayments"].as_array().unwrap();
    assert_eq!(payments.len(), 1);
    assert_eq!(payments[0]["amount"], 42.5);
    assert!(!map.body.to_string().contains("secret.person"), "{}", map.body);

    // Public data alone does not open anything: switching the dashboard off closes it again.
    set(&app, &owner.token, &site, json!({"isPublicDashboardEnabled": false})).await;
    let closed_again = anonymous(&app, &overview).await;
    closed_again.expect(401);
    assert_eq!(closed_again.body, closed.body);
    anonymous(&app, &format!("/api/v1/admin/websites/{site}/funnels")).await.expect(401);
    app.get(&overview, &outsider.token).await.expect(403);
}

#[tokio::test]
async fn public_reads_are_rate_limited_per_client_address() {
    let app =
        TestApp::spawn_with_env(tempfile::tempdir().unwrap(), &[("DATAFAST_PUBLIC_RATE_LIMIT_PER_IP", "3")]).await;
    let owner = app.create_account("owner@example.com").await;
    let site = app.website(&owner.token, "example.com").await;
    set(&app, &owner.token, &site, json!({"isPublicDashboardEnabled": true})).await;
    let path = format!("/api/v1/analytics/realtime?websiteId={site}");
    let from = |ip: &'static str| app.request(Method::GET, &path).header("X-Forwarded-For", ip);

    for _ in 0..3 {
        app.raw(from("198.51.100.7")).await.expect(200);
    }
    let refused = from("198.51.100.7").send().await.unwrap();
    assert_eq!(refused.status(), 429);
    assert!(refused.headers().get("retry-after").is_some());
    let body: Value = refused.json().await.unwrap();
    assert!(body["error"]["message"].as_str().unwrap().contains("public"), "{body}");
    // Another address, and a credential from the same address, are not affected.
    app.raw(from("198.51.100.8")).await.expect(200);
    app.raw(from("198.51.100.7").bearer_auth(&owner.token)).await.expect(200);
}
