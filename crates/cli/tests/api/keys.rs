//! `df_` website keys: shown once, masked, bound to one website, capped at member,
//! never more powerful than their creator, rolled and revoked at once, ten per website.

use serde_json::json;

use crate::helpers::{is_iso_millis, is_object_id, TestApp};

#[tokio::test]
async fn keys_lifecycle_roll_and_delete() {
    let app = TestApp::spawn().await;
    let acct = app.create_account("owner@example.com").await;
    let site = app.website(&acct.token, "example.com").await;
    let keys = format!("/api/v1/admin/websites/{site}/apikeys");

    let r = app.post(&keys, &acct.token, json!({"name": "Production key"})).await;
    r.expect(200);
    let k = r.first();
    assert!(is_object_id(&k["_id"]));
    assert_eq!(k["name"], "Production key");
    assert_eq!(k["websiteId"], site.as_str());
    let raw = k["key"].as_str().unwrap().to_string();
    assert!(raw.starts_with("df_"));
    assert_eq!(k["displayKey"], format!("{}...{}", &raw[..7], &raw[raw.len() - 4..]));
    let key_id = k["_id"].as_str().unwrap().to_string();

    let unnamed = app.post(&keys, &acct.token, json!({})).await;
    assert_eq!(unnamed.first()["name"], serde_json::Value::Null);

    let list = app.get(&keys, &acct.token).await;
    list.expect(200);
    assert_eq!(list.data().len(), 2);
    assert!(list.data().iter().all(|item| item.get("key").is_none()));
    assert!(is_iso_millis(&list.data()[0]["createdAt"]));

    // The key works, identifies its website on /account, and records its use.
    let me = app.get("/api/v1/admin/account", &raw).await;
    me.expect(200);
    assert_eq!(me.first()["websiteId"], site.as_str());
    assert_eq!(me.first()["_id"], acct.user_id.as_str());
    let used = app.get(&keys, &acct.token).await;
    assert!(is_iso_millis(&used.data()[0]["lastUsedAt"]));

    // Roll: same record, new secret, old one dead at once.
    let rolled = app.put(&format!("{keys}/{key_id}"), &acct.token, json!({})).await;
    rolled.expect(200);
    assert_eq!(rolled.first()["_id"], key_id.as_str());
    let new_raw = rolled.first()["key"].as_str().unwrap().to_string();
    assert_ne!(new_raw, raw);
    app.get("/api/v1/admin/account", &raw).await.expect(401);
    app.get("/api/v1/admin/account", &new_raw).await.expect(200);

    let del = app.delete(&format!("{keys}/{key_id}"), &acct.token).await;
    del.expect(200);
    assert_eq!(del.body["data"], json!([{"deleted": true}]));
    app.get("/api/v1/admin/account", &new_raw).await.expect(401);
    app.delete(&format!("{keys}/{key_id}"), &acct.token).await.expect(404);
    app.put(&format!("{keys}/{key_id}"), &acct.token, json!({})).await.expect(404);
    app.delete(&format!("{keys}/xyz"), &acct.token).await.expect(400);
}

#[tokio::test]
async fn at_most_ten_keys_per_website() {
    let app = TestApp::spawn().await;
    let acct = app.create_account("owner@example.com").await;
    let site = app.website(&acct.token, "example.com").await;
    let keys = format!("/api/v1/admin/websites/{site}/apikeys");
    for _ in 0..10 {
        app.post(&keys, &acct.token, json!({})).await.expect(200);
    }
    let r = app.post(&keys, &acct.token, json!({})).await;
    r.expect(400);
    assert!(r.body["error"]["message"].as_str().unwrap().contains("Key limit reached"));
    // The limit is per website.
    let other = app.website(&acct.token, "other.com").await;
    app.post(&format!("/api/v1/admin/websites/{other}/apikeys"), &acct.token, json!({})).await.expect(200);
}

#[tokio::test]
async fn keys_never_exceed_their_creator() {
    let app = TestApp::spawn().await;
    let acct = app.create_account("owner@example.com").await;
    let site = app.website(&acct.token, "example.com").await;
    let keys = format!("/api/v1/admin/websites/{site}/apikeys");

    // A token that may only manage keys mints a key that may only manage keys.
    let key_manager = app.token(&acct.token, json!({"permissions": ["api-keys:write", "api-keys:read"]})).await;
    let weak_key = app.website_key(&key_manager, &site).await;
    app.get(&format!("/api/v1/admin/websites/{site}"), &weak_key).await.expect(403);
    app.put(&format!("/api/v1/admin/websites/{site}"), &weak_key, json!({"name": "pwned"})).await.expect(403);
    app.get("/api/v1/analytics/metadata", &weak_key).await.expect(403);

    // ... and cannot roll a full-power key to obtain its secret.
    let strong = app.post(&keys, &acct.token, json!({"name": "strong"})).await;
    let strong_id = strong.first()["_id"].as_str().unwrap();
    app.put(&format!("{keys}/{strong_id}"), &key_manager, json!({})).await.expect(403);

    // A full key is capped at member: it manages its website but cannot create websites,
    // rename the account or touch account tokens.
    let full_key = strong.first()["key"].as_str().unwrap();
    app.put(&format!("/api/v1/admin/websites/{site}"), full_key, json!({"name": "by key"})).await.expect(200);
    app.put("/api/v1/admin/account", full_key, json!({"name": "x"})).await.expect(403);
    let list = app.get("/api/v1/admin/websites", full_key).await;
    list.expect(200);
    assert_eq!(list.data().len(), 1);
    assert_eq!(list.data()[0]["role"], "member");
}
