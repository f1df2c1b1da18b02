//! `/admin/access-tokens`: defaults, shown-once keys, masking, the permission model and its
//! escalation guards, the 20-token cap and revocation.

use reqwest::Method;
use serde_json::{json, Value};

use crate::helpers::{is_iso_millis, is_object_id, TestApp};

const TOKENS: &str = "/api/v1/admin/access-tokens";

#[tokio::test]
async fn create_applies_documented_defaults_and_shows_the_key_once() {
    let app = TestApp::spawn().await;
    let acct = app.create_account("owner@example.com").await;

    let r = app.post(TOKENS, &acct.token, json!({})).await;
    r.expect(200);
    assert_eq!(r.data().len(), 1);
    let t = r.first();
    assert!(is_object_id(&t["_id"]));
    assert_eq!(t["name"], Value::Null);
    assert_eq!(t["permissions"], json!(["*"]));
    assert_eq!(t["websiteIds"], json!([]));
    assert_eq!(t["scope"], "user");
    assert_eq!(t["lastUsedAt"], Value::Null);
    assert!(is_iso_millis(&t["createdAt"]));
    let key = t["key"].as_str().unwrap();
    assert!(key.starts_with("dft_"));
    let display = t["displayKey"].as_str().unwrap();
    assert_eq!(display, format!("{}...{}", &key[..7], &key[key.len() - 4..]));

    let named = app
        .post(TOKENS, &acct.token, json!({"name": "Read only", "permissions": ["analytics:read", "websites:read"]}))
        .await;
    named.expect(200);
    assert_eq!(named.first()["name"], "Read only");
    assert_eq!(named.first()["permissions"], json!(["analytics:read", "websites:read"]));

    // Listing never shows a raw key.
    let list = app.get(TOKENS, &acct.token).await;
    list.expect(200);
    assert_eq!(list.data().len(), 3);
    for item in list.data() {
        assert!(item.get("key").is_none(), "raw key leaked in list: {item}");
        assert!(!item.to_string().contains(key));
        for field in ["_id", "name", "displayKey", "scope", "permissions", "websiteIds", "lastUsedAt", "createdAt"] {
            assert!(item.get(field).is_some(), "missing {field} in {item}");
        }
    }

    // lastUsedAt is set once the new token is used.
    app.get("/api/v1/admin/account", key).await.expect(200);
    let list = app.get(TOKENS, &acct.token).await;
    let used = list.data().iter().find(|i| i["_id"] == t["_id"]).unwrap();
    assert!(is_iso_millis(&used["lastUsedAt"]), "{used}");
}

#[tokio::test]
async fn invalid_requests_are_400() {
    let app = TestApp::spawn().await;
    let acct = app.create_account("owner@example.com").await;
    for body in [
        json!({"permissions": ["analytics:read", "analytics:write"]}),
        json!({"permissions": ["admin"]}),
        json!({"permissions": []}),
        json!({"permissions": [1, 2]}),
        json!({"websiteIds": ["not-an-id"]}),
        json!({"websiteIds": "665f0b3c4d2e1a0012345678"}),
        json!({"name": "x".repeat(101)}),
    ] {
        app.post(TOKENS, &acct.token, body.clone()).await.expect(400);
    }
    app.delete(&format!("{TOKENS}/not-an-id"), &acct.token).await.expect(400);
    app.delete(&format!("{TOKENS}/665f0b3c4d2e1a0012345678"), &acct.token).await.expect(404);
    assert_eq!(app.get(TOKENS, &acct.token).await.data().len(), 1);
}

#[tokio::test]
async fn tokens_cannot_mint_beyond_their_own_rights() {
    let app = TestApp::spawn().await;
    let acct = app.create_account("owner@example.com").await;
    let site_a = app.website(&acct.token, "a.example.com").await;
    let site_b = app.website(&acct.token, "b.example.com").await;

    // Without api-keys:write nothing can be minted.
    let reader = app.token(&acct.token, json!({"permissions": ["analytics:read", "api-keys:read"]})).await;
    app.post(TOKENS, &reader, json!({"permissions": ["analytics:read"]})).await.expect(403);
    app.get(TOKENS, &reader).await.expect(200);

    // A limited minter cannot mint "*", cannot omit permissions (= "*"), cannot add permissions.
    let minter = app.token(&acct.token, json!({"permissions": ["api-keys:write", "analytics:read"]})).await;
    app.post(TOKENS, &minter, json!({"permissions": ["*"]})).await.expect(403);
    app.post(TOKENS, &minter, json!({})).await.expect(403);
    app.post(TOKENS, &minter, json!({"permissions": ["analytics:read", "settings:write"]})).await.expect(403);
    let ok = app.post(TOKENS, &minter, json!({"permissions": ["analytics:read"]})).await;
    ok.expect(200);
    assert_eq!(ok.first()["permissions"], json!(["analytics:read"]));

    // A website-scoped minter cannot mint an unscoped token or reach another website.
    let scoped = app.token(&acct.token, json!({"permissions": ["*"], "websiteIds": [site_a]})).await;
    app.post(TOKENS, &scoped, json!({"permissions": ["analytics:read"]})).await.expect(403);
    app.post(TOKENS, &scoped, json!({"permissions": ["analytics:read"], "websiteIds": []})).await.expect(403);
    app.post(TOKENS, &scoped, json!({"permissions": ["analytics:read"], "websiteIds": [site_a, site_b]}))
        .await
        .expect(403);
    let sub = app.post(TOKENS, &scoped, json!({"permissions": ["analytics:read"], "websiteIds": [site_a]})).await;
    sub.expect(200);
    assert_eq!(sub.first()["websiteIds"], json!([site_a]));

    // Nobody can scope a token to a website outside the account.
    let other = app.create_account("other@example.com").await;
    let foreign = app.website(&other.token, "foreign.example.com").await;
    app.post(TOKENS, &acct.token, json!({"websiteIds": [foreign]})).await.expect(403);
    app.post(TOKENS, &acct.token, json!({"websiteIds": ["665f0b3c4d2e1a0012345678"]})).await.expect(403);

    // Nor revoke a wider token.
    let list = app.get(TOKENS, &acct.token).await;
    let full_id =
        list.data().iter().find(|t| t["permissions"] == json!(["*"]) && t["websiteIds"] == json!([])).unwrap()["_id"]
            .as_str()
            .unwrap()
            .to_string();
    app.delete(&format!("{TOKENS}/{full_id}"), &minter).await.expect(403);
    app.get("/api/v1/admin/account", &acct.token).await.expect(200);
}

#[tokio::test]
async fn website_keys_cannot_manage_account_tokens() {
    let app = TestApp::spawn().await;
    let acct = app.create_account("owner@example.com").await;
    let site = app.website(&acct.token, "example.com").await;
    let key = app.website_key(&acct.token, &site).await;
    app.get(TOKENS, &key).await.expect(403);
    app.post(TOKENS, &key, json!({"permissions": ["analytics:read"]})).await.expect(403);
    let id = app.get(TOKENS, &acct.token).await.first()["_id"].as_str().unwrap().to_string();
    app.delete(&format!("{TOKENS}/{id}"), &key).await.expect(403);
}

#[tokio::test]
async fn at_most_twenty_tokens_per_account() {
    let app = TestApp::spawn().await;
    let acct = app.create_account("owner@example.com").await;
    // The CLI's token is the first of twenty.
    for i in 1..20 {
        app.post(TOKENS, &acct.token, json!({"name": format!("t{i}")})).await.expect(200);
    }
    let r = app.post(TOKENS, &acct.token, json!({"name": "one too many"})).await;
    r.expect(400);
    assert!(r.body["error"]["message"].as_str().unwrap().contains("20"));
    assert_eq!(app.get(TOKENS, &acct.token).await.data().len(), 20);

    // Revoking one frees a slot.
    let victim = app.get(TOKENS, &acct.token).await.data()[5]["_id"].as_str().unwrap().to_string();
    app.delete(&format!("{TOKENS}/{victim}"), &acct.token).await.expect(200);
    app.post(TOKENS, &acct.token, json!({})).await.expect(200);
}

#[tokio::test]
async fn revoked_tokens_stop_working_at_once_and_accounts_are_isolated() {
    let app = TestApp::spawn().await;
    let acct = app.create_account("owner@example.com").await;
    let r = app.post(TOKENS, &acct.token, json!({"name": "temp"})).await;
    let temp_key = r.first()["key"].as_str().unwrap().to_string();
    let temp_id = r.first()["_id"].as_str().unwrap().to_string();
    app.get("/api/v1/admin/account", &temp_key).await.expect(200);

    // Another account cannot see or revoke it.
    let other = app.create_account("other@example.com").await;
    app.delete(&format!("{TOKENS}/{temp_id}"), &other.token).await.expect(404);
    assert!(app.get(TOKENS, &other.token).await.data().iter().all(|t| t["_id"] != temp_id.as_str()));

    let del = app.delete(&format!("{TOKENS}/{temp_id}"), &acct.token).await;
    del.expect(200);
    assert_eq!(del.body["data"], json!([{"message": "Access token deleted successfully"}]));
    app.get("/api/v1/admin/account", &temp_key).await.expect(401);
    app.delete(&format!("{TOKENS}/{temp_id}"), &acct.token).await.expect(404);

    // A token may revoke itself.
    let own_id = app.get(TOKENS, &acct.token).await.first()["_id"].as_str().unwrap().to_string();
    app.delete(&format!("{TOKENS}/{own_id}"), &acct.token).await.expect(200);
    app.call(Method::GET, TOKENS, Some(&acct.token), None).await.expect(401);
}
