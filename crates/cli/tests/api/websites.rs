//! `/admin/websites`: create, list, settings read/update, delete refusal, and website
//! scoping on every website route.

use reqwest::Method;
use serde_json::{json, Value};

use crate::helpers::{is_object_id, TestApp};

const WEBSITES: &str = "/api/v1/admin/websites";

#[tokio::test]
async fn create_validates_and_returns_ids() {
    let app = TestApp::spawn().await;
    let acct = app.create_account("owner@example.com").await;
    let r = app
        .post(
            WEBSITES,
            &acct.token,
            json!({"domain": "Example.com", "timezone": "America/New_York", "name": "Example"}),
        )
        .await;
    r.expect(200);
    let w = r.first();
    assert!(is_object_id(&w["websiteId"]));
    assert_eq!(w["domain"], "example.com");
    assert!(w["trackingId"].as_str().unwrap().starts_with("dfid_"));

    for bad in [
        json!({"timezone": "UTC"}),
        json!({"domain": "example.org"}),
        json!({"domain": "https://example.org", "timezone": "UTC"}),
        json!({"domain": "example.org/path", "timezone": "UTC"}),
        json!({"domain": "not a domain", "timezone": "UTC"}),
        json!({"domain": "example.org", "timezone": "Mars/Olympus"}),
        json!({"domain": "example.org", "timezone": "UTC", "currency": "ABC"}),
        json!({"domain": "example.org", "timezone": "UTC", "bogus": true}),
    ] {
        app.post(WEBSITES, &acct.token, bad.clone()).await.expect(400);
    }
    app.post(WEBSITES, &acct.token, json!({"domain": "example.com", "timezone": "UTC"})).await.expect(409);
    // The same domain on another account is fine.
    let other = app.create_account("other@example.com").await;
    app.post(WEBSITES, &other.token, json!({"domain": "example.com", "timezone": "UTC"})).await.expect(200);

    let list = app.get(WEBSITES, &acct.token).await;
    list.expect(200);
    assert_eq!(list.data().len(), 1);
    let item = &list.data()[0];
    assert_eq!(item["_id"], w["websiteId"]);
    assert_eq!(item["trackingId"], w["trackingId"]);
    assert_eq!(item["timezone"], "America/New_York");
    assert_eq!(item["currency"], "USD");
    assert_eq!(item["name"], "Example");
    assert_eq!(item["role"], "owner");

    // Creating websites needs websites:write and an account token.
    let reader = app.token(&acct.token, json!({"permissions": ["websites:read"]})).await;
    app.post(WEBSITES, &reader, json!({"domain": "x.com", "timezone": "UTC"})).await.expect(403);
    let site = w["websiteId"].as_str().unwrap();
    let key = app.website_key(&acct.token, site).await;
    app.post(WEBSITES, &key, json!({"domain": "y.com", "timezone": "UTC"})).await.expect(403);
}

#[tokio::test]
async fn settings_round_trip_and_reject_bad_values() {
    let app = TestApp::spawn().await;
    let acct = app.create_account("owner@example.com").await;
    let site = app.website(&acct.token, "example.com").await;
    let path = format!("{WEBSITES}/{site}");

    let r = app.get(&path, &acct.token).await;
    r.expect(200);
    let w = r.first();
    for field in [
        "_id",
        "domain",
        "name",
        "trackingId",
        "timezone",
        "currency",
        "kpi",
        "kpiColorScheme",
        "revenueMetric",
        "isCookieless",
        "includeRenewalRevenue",
        "allowedHostnames",
        "excludedIps",
        "excludedPaths",
        "excludedCountries",
        "excludedHostnames",
    ] {
        assert!(w.get(field).is_some(), "missing {field} in {w}");
    }
    assert_eq!(w["isCookieless"], false);
    assert_eq!(w["excludedIps"], json!([]));

    let update = json!({
        "name": "Renamed", "timezone": "Europe/Paris", "currency": "eur", "kpiColorScheme": "blue",
        "revenueMetric": "mrr", "isCookieless": true, "includeRenewalRevenue": false,
        "excludedIps": ["203.0.113.10"], "excludedPaths": ["/admin", "/preview"], "excludedCountries": ["FR"],
        "allowedHostnames": ["example.com", "www.example.com"], "excludedHostnames": ["staging.example.com"],
        "sendWeeklyReports": true, "isPublicDashboardEnabled": true
    });
    let u = app.put(&path, &acct.token, update).await;
    u.expect(200);
    let after = app.get(&path, &acct.token).await;
    let a = after.first();
    assert_eq!(u.first(), a);
    assert_eq!(a["name"], "Renamed");
    assert_eq!(a["timezone"], "Europe/Paris");
    assert_eq!(a["currency"], "EUR");
    assert_eq!(a["kpiColorScheme"], "blue");
    assert_eq!(a["revenueMetric"], "mrr");
    assert_eq!(a["isCookieless"], true);
    assert_eq!(a["includeRenewalRevenue"], false);
    assert_eq!(a["excludedPaths"], json!(["/admin", "/preview"]));
    assert_eq!(a["excludedCountries"], json!(["FR"]));
    assert_eq!(a["sendWeeklyReports"], true);
    assert_eq!(a["isPublicDashboardEnabled"], true);
    // Partial: untouched fields keep their values.
    app.put(&path, &acct.token, json!({"name": "Again"})).await.expect(200);
    assert_eq!(app.get(&path, &acct.token).await.first()["timezone"], "Europe/Paris");

    for bad in [
        json!({"timezone": "Nowhere/Land"}),
        json!({"currency": "DOLLARS"}),
        json!({"kpiColorScheme": "rainbow"}),
        json!({"revenueMetric": "profit"}),
        json!({"isCookieless": "true"}),
        json!({"excludedIps": ["999.1.1.1"]}),
        json!({"excludedPaths": ["admin"]}),
        json!({"excludedCountries": ["Atlantis"]}),
        json!({"allowedHostnames": [42]}),
        json!({"unknownField": 1}),
        json!({"trackingId": "dfid_mine"}),
        json!({"domain": "https://x.com"}),
        json!({"name": "ok", "currency": "nope"}),
    ] {
        app.put(&path, &acct.token, bad.clone()).await.expect(400);
    }
    // The rejected bodies changed nothing, not even their valid parts.
    assert_eq!(app.get(&path, &acct.token).await.first()["name"], "Again");

    // Domain conflicts with another website of the account.
    app.website(&acct.token, "other.com").await;
    app.put(&path, &acct.token, json!({"domain": "other.com"})).await.expect(409);
}

#[tokio::test]
async fn websites_cannot_be_deleted_through_the_api() {
    let app = TestApp::spawn().await;
    let acct = app.create_account("owner@example.com").await;
    let site = app.website(&acct.token, "example.com").await;
    let r = app.delete(&format!("{WEBSITES}/{site}"), &acct.token).await;
    r.expect(403);
    let msg = r.body["error"]["message"].as_str().unwrap();
    assert!(msg.starts_with("Website deletion cannot be done programmatically"), "{msg}");
    assert!(msg.ends_with(&format!("/dashboard/{site}")), "{msg}");
    app.get(&format!("{WEBSITES}/{site}"), &acct.token).await.expect(200);
    app.delete(&format!("{WEBSITES}/665f0b3c4d2e1a0012345678"), &acct.token).await.expect(404);
}

/// Every website route, with the permission a token needs for it.
fn website_routes(site: &str) -> Vec<(Method, String, Option<Value>)> {
    let key = "665f0b3c4d2e1a0012345678";
    vec![
        (Method::GET, format!("{WEBSITES}/{site}"), None),
        (Method::PUT, format!("{WEBSITES}/{site}"), Some(json!({"name": "x"}))),
        (Method::DELETE, format!("{WEBSITES}/{site}"), None),
        (Method::GET, format!("{WEBSITES}/{site}/apikeys"), None),
        (Method::POST, format!("{WEBSITES}/{site}/apikeys"), Some(json!({"name": "k"}))),
        (Method::PUT, format!("{WEBSITES}/{site}/apikeys/{key}"), None),
        (Method::DELETE, format!("{WEBSITES}/{site}/apikeys/{key}"), None),
        (Method::GET, format!("/api/v1/analytics/metadata?websiteId={site}"), None),
    ]
}

#[tokio::test]
async fn scoping_holds_on_every_website_route() {
    let app = TestApp::spawn().await;
    let acct = app.create_account("owner@example.com").await;
    let site_a = app.website(&acct.token, "a.example.com").await;
    let site_b = app.website(&acct.token, "b.example.com").await;
    let scoped = app.token(&acct.token, json!({"websiteIds": [site_a]})).await;
    let key_a = app.website_key(&acct.token, &site_a).await;
    let other = app.create_account("other@example.com").await;
    let nowhere = "665f0b3c4d2e1a0012345678";

    for (method, path, body) in website_routes(&site_b) {
        // Out of the token's scope, of the key's website, or of the account: 403.
        app.call(method.clone(), &path, Some(&scoped), body.clone()).await.expect(403);
        app.call(method.clone(), &path, Some(&key_a), body.clone()).await.expect(403);
        app.call(method.clone(), &path, Some(&other.token), body.clone()).await.expect(403);
    }
    for (method, path, body) in website_routes(nowhere) {
        // A scoped credential learns nothing about ids outside its reach; an unscoped one gets 404.
        app.call(method.clone(), &path, Some(&scoped), body.clone()).await.expect(403);
        app.call(method.clone(), &path, Some(&key_a), body.clone()).await.expect(403);
        app.call(method.clone(), &path, Some(&acct.token), body.clone()).await.expect(404);
    }
    for (method, path, body) in website_routes("not-an-id") {
        app.call(method.clone(), &path, Some(&acct.token), body.clone()).await.expect(400);
    }

    // The scoped token lists only its website; within scope it works.
    let list = app.get(WEBSITES, &scoped).await;
    assert_eq!(list.data().iter().map(|w| w["_id"].clone()).collect::<Vec<_>>(), vec![json!(site_a)]);
    app.get(&format!("{WEBSITES}/{site_a}"), &scoped).await.expect(200);
    let other_list = app.get(WEBSITES, &other.token).await;
    assert!(other_list.data().is_empty());
}

#[tokio::test]
async fn each_route_requires_its_permission() {
    let app = TestApp::spawn().await;
    let acct = app.create_account("owner@example.com").await;
    let site = app.website(&acct.token, "example.com").await;
    // (permission granted, a different permission that must not suffice, route)
    let cases: Vec<(&str, &str, Method, String, Option<Value>)> = vec![
        ("websites:read", "websites:write", Method::GET, WEBSITES.to_string(), None),
        ("settings:read", "settings:write", Method::GET, format!("{WEBSITES}/{site}"), None),
        ("settings:write", "settings:read", Method::PUT, format!("{WEBSITES}/{site}"), Some(json!({"name": "n"}))),
        ("api-keys:read", "api-keys:write", Method::GET, format!("{WEBSITES}/{site}/apikeys"), None),
        ("api-keys:write", "api-keys:read", Method::POST, format!("{WEBSITES}/{site}/apikeys"), Some(json!({}))),
        ("api-keys:read", "api-keys:write", Method::GET, "/api/v1/admin/access-tokens".to_string(), None),
        ("analytics:read", "settings:read", Method::GET, format!("/api/v1/analytics/metadata?websiteId={site}"), None),
        ("analytics:read", "websites:read", Method::GET, "/api/v1/admin/account".to_string(), None),
    ];
    for (permission, opposite, method, path, body) in cases {
        let with = app.token(&acct.token, json!({"permissions": [permission]})).await;
        let without = app.token(&acct.token, json!({"permissions": [opposite]})).await;
        let ok = app.call(method.clone(), &path, Some(&with), body.clone()).await;
        assert_eq!(ok.status, 200, "{permission} {path}: {}", ok.body);
        app.call(method, &path, Some(&without), body).await.expect(403);
        // Keep under the 20-token cap.
        for t in app.get("/api/v1/admin/access-tokens", &acct.token).await.data().iter().skip(1) {
            app.delete(&format!("/api/v1/admin/access-tokens/{}", t["_id"].as_str().unwrap()), &acct.token).await;
        }
    }
}
