//! Envelopes for everything that is not a success: unknown routes, wrong methods, missing or
//! bad credentials, malformed and oversized bodies.

use reqwest::Method;
use serde_json::json;

use crate::helpers::TestApp;

#[tokio::test]
async fn routing_and_auth_errors_use_the_envelope() {
    let app = TestApp::spawn().await;
    let acct = app.create_account("owner@example.com").await;

    app.call(Method::GET, "/api/v1/no-such-route", Some(&acct.token), None).await.expect(404);
    app.call(Method::GET, "/nothing/here", None, None).await.expect(404);
    app.call(Method::DELETE, "/api/v1/admin/account", Some(&acct.token), None).await.expect(405);
    app.call(Method::PATCH, "/api/v1/admin/websites", Some(&acct.token), None).await.expect(405);

    app.call(Method::GET, "/api/v1/admin/account", None, None).await.expect(401);
    app.call(Method::GET, "/api/v1/admin/account", Some("dft_0000000000000000"), None).await.expect(401);
    app.call(Method::GET, "/api/v1/admin/account", Some("df_0000000000000000"), None).await.expect(401);
    app.call(Method::GET, "/api/v1/admin/account", Some("not-a-token"), None).await.expect(401);
    let basic =
        app.request(Method::GET, "/api/v1/admin/account").header("Authorization", format!("Basic {}", acct.token));
    app.raw(basic).await.expect(401);
    // the real token, for contrast
    app.get("/api/v1/admin/account", &acct.token).await.expect(200);
}

#[tokio::test]
async fn malformed_bodies_are_rejected_without_side_effects() {
    let app = TestApp::spawn().await;
    let acct = app.create_account("owner@example.com").await;
    let auth = format!("Bearer {}", acct.token);

    let bad_json = app
        .request(Method::POST, "/api/v1/admin/websites")
        .header("Authorization", &auth)
        .header("Content-Type", "application/json")
        .body("{\"domain\": \"example.com\", ");
    app.raw(bad_json).await.expect(400);

    let form = app
        .request(Method::POST, "/api/v1/admin/websites")
        .header("Authorization", &auth)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .body("domain=example.com&timezone=UTC");
    app.raw(form).await.expect(415);

    // Oversized: announced by Content-Length (refused before reading), and streamed without
    // a length (refused once the limit is crossed).
    let announced = format!(
        "POST /api/v1/admin/websites HTTP/1.1\r\nHost: x\r\nAuthorization: {auth}\r\nContent-Type: application/json\r\nContent-Length: 10000000\r\nConnection: close\r\n\r\n"
    );
    app.raw_http(announced.into_bytes()).await.expect(413);
    let payload =
        format!("{{\"domain\":\"example.com\",\"timezone\":\"UTC\",\"name\":\"{}\"}}", "x".repeat(300 * 1024));
    let mut chunked = format!(
        "POST /api/v1/admin/websites HTTP/1.1\r\nHost: x\r\nAuthorization: {auth}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n{:x}\r\n",
        payload.len()
    )
    .into_bytes();
    chunked.extend_from_slice(payload.as_bytes());
    chunked.extend_from_slice(b"\r\n0\r\n\r\n");
    app.raw_http(chunked).await.expect(413);

    app.post("/api/v1/admin/websites", &acct.token, json!(["example.com"])).await.expect(400);
    app.post("/api/v1/admin/websites", &acct.token, json!({"domain": 42, "timezone": "UTC"})).await.expect(400);
    app.post("/api/v1/admin/access-tokens", &acct.token, json!({"permissions": "analytics:read"})).await.expect(400);
    app.post("/api/v1/admin/access-tokens", &acct.token, json!({"name": {"nested": true}})).await.expect(400);

    // Nothing above created anything.
    let sites = app.get("/api/v1/admin/websites", &acct.token).await;
    assert!(sites.expect(200).data().is_empty());
    let tokens = app.get("/api/v1/admin/access-tokens", &acct.token).await;
    assert_eq!(tokens.expect(200).data().len(), 1);
}

#[tokio::test]
async fn authentication_comes_before_body_validation() {
    let app = TestApp::spawn().await;
    let bad = app
        .request(Method::POST, "/api/v1/admin/access-tokens")
        .header("Content-Type", "application/json")
        .body("{not json");
    app.raw(bad).await.expect(401);
}

#[tokio::test]
async fn refusing_a_large_body_closes_the_connection_cleanly() {
    let app = TestApp::spawn().await;
    let acct = app.create_account("owner@example.com").await;
    let huge = format!("{{\"domain\":\"example.com\",\"name\":\"{}\"}}", "x".repeat(600 * 1024));
    // A pooled client: each 413 (answered before the body is read) must tell it not to reuse
    // the connection, or its next request lands on a socket the server is closing.
    for _ in 0..10 {
        let refused = app
            .request(Method::POST, "/api/v1/admin/websites")
            .header("Authorization", format!("Bearer {}", acct.token))
            .header("Content-Type", "application/json")
            .body(huge.clone())
            .send()
            .await
            .expect("the refusal arrives");
        assert_eq!(refused.status(), 413);
        assert_eq!(refused.headers().get("connection").map(|v| v.to_str().unwrap()), Some("close"));
        app.get("/api/v1/admin/websites", &acct.token).await.expect(200);
    }
}
