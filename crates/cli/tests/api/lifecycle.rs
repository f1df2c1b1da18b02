//! The server process: configuration from the environment, data directory layout, graceful
//! shutdown on SIGTERM, data kept across restarts, one server per data directory.

use std::process::Stdio;

use serde_json::json;

use crate::helpers::{TestApp, BIN};

#[tokio::test]
async fn restart_keeps_everything_and_the_data_dir_is_exclusive() {
    let app = TestApp::spawn().await;
    let acct = app.create_account("owner@example.com").await;
    let site = app.website(&acct.token, "example.com").await;
    assert!(app.dir.path().join("meta.sqlite").exists());
    assert!(app.dir.path().join("events.duckdb").exists());

    // A second server on the same directory refuses to start, with a clear error.
    let second = tokio::process::Command::new(BIN)
        .args(["serve", "--listen", "127.0.0.1:0", "--data-dir"])
        .arg(app.dir.path())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .output()
        .await
        .unwrap();
    assert_eq!(second.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&second.stderr).contains("data directory"),
        "{}",
        String::from_utf8_lossy(&second.stderr)
    );

    let (code, dir) = app.terminate().await;
    assert_eq!(code, Some(0), "graceful shutdown exits 0");

    let app = TestApp::spawn_in(dir).await;
    let r = app.get(&format!("/api/v1/admin/websites/{site}"), &acct.token).await;
    r.expect(200);
    assert_eq!(r.first()["domain"], "example.com");
    app.post("/api/v1/admin/access-tokens", &acct.token, json!({})).await.expect(200);
}
