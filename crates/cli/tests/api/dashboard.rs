//! The dashboard (issue 7): how the server serves the embedded app (shell on every app path,
//! hashed assets with long caching and gzip, a CSP that admits only this origin, JSON 404s
//! kept for the API), and the app itself in headless Chromium against seeded data
//! (`tests/browser/dashboard.mjs`: first run, install check, numbers against the API,
//! filters, date ranges, realtime, no third-party request, JS budget).

use std::io::Read;

use reqwest::header::{
    ACCEPT_ENCODING, CACHE_CONTROL, CONTENT_ENCODING, CONTENT_SECURITY_POLICY, CONTENT_TYPE, ETAG, IF_NONE_MATCH,
};
use reqwest::Method;
use serde_json::json;

use crate::helpers::TestApp;

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
