//! `datafast account create` and `/admin/account`.

use serde_json::json;

use crate::helpers::{is_iso_millis, is_object_id, TestApp};

#[tokio::test]
async fn cli_creates_accounts_while_the_server_runs() {
    let app = TestApp::spawn().await;
    let out = app
        .cli(
            &["account", "create", "--email", "Jane@Example.com", "--name", "Jane Doe", "--password-stdin"],
            Some("hunter2hunter2\n"),
        )
        .await;
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(stdout.lines().count(), 1, "one JSON line: {stdout}");
    let v: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert!(is_object_id(&v["userId"]));
    let token = v["token"].as_str().unwrap();
    assert!(token.starts_with("dft_"));

    // The running server sees the new account at once.
    let me = app.get("/api/v1/admin/account", token).await;
    me.expect(200);
    let a = me.first();
    assert_eq!(a["_id"], v["userId"]);
    assert_eq!(a["email"], "jane@example.com");
    assert_eq!(a["name"], "Jane Doe");
    assert_eq!(a["image"], serde_json::Value::Null);
    assert_eq!(a["hasAccess"], true);
    assert!(is_iso_millis(&a["createdAt"]));
    assert!(a.get("websiteId").is_none());

    // A duplicate email is a clear error with exit code 1.
    let dup = app.cli(&["account", "create", "--email", "jane@example.com"], None).await;
    assert_eq!(dup.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&dup.stderr).contains("already exists"));
    let bad = app.cli(&["account", "create", "--email", "not-an-email"], None).await;
    assert_eq!(bad.status.code(), Some(1));
    let short = app.cli(&["account", "create", "--email", "p@example.com", "--password-stdin"], Some("short\n")).await;
    assert_eq!(short.status.code(), Some(1));
}

#[tokio::test]
async fn account_name_updates_are_validated() {
    let app = TestApp::spawn().await;
    let acct = app.create_account("owner@example.com").await;
    let r = app.put("/api/v1/admin/account", &acct.token, json!({"name": "New Name"})).await;
    r.expect(200);
    assert_eq!(r.first()["name"], "New Name");
    assert_eq!(r.first()["email"], "owner@example.com");
    assert_eq!(app.get("/api/v1/admin/account", &acct.token).await.first()["name"], "New Name");

    app.put("/api/v1/admin/account", &acct.token, json!({})).await.expect(400);
    app.put("/api/v1/admin/account", &acct.token, json!({"name": ""})).await.expect(400);
    app.put("/api/v1/admin/account", &acct.token, json!({"name": "x".repeat(101)})).await.expect(400);
    app.put("/api/v1/admin/account", &acct.token, json!({"name": "ok", "email": "evil@example.com"})).await.expect(400);
    assert_eq!(app.get("/api/v1/admin/account", &acct.token).await.first()["email"], "owner@example.com");

    // Reading the account needs analytics:read.
    let no_read = app.token(&acct.token, json!({"permissions": ["websites:read"]})).await;
    app.get("/api/v1/admin/account", &no_read).await.expect(403);
}
