//! Dashboard sessions: email + password login, cookies, CSRF, logout, password change,
//! first-run sign-up and login lockout, all over HTTP against the real binary.

use reqwest::header::{HeaderMap, COOKIE, ORIGIN, SET_COOKIE};
use reqwest::Method;
use serde_json::{json, Value};

use crate::helpers::{Resp, TestApp};

/// A browser's view of one login: the cookie and the CSRF token.
struct Browser {
    cookie: String,
    csrf: String,
}

struct Answer {
    resp: Resp,
    headers: HeaderMap,
}

async fn send(
    app: &TestApp,
    method: Method,
    path: &str,
    cookie: Option<&str>,
    extra: &[(&str, &str)],
    body: Option<Value>,
) -> Answer {
    let mut req = app.request(method, path);
    if let Some(c) = cookie {
        req = req.header(COOKIE, c);
    }
    for (k, v) in extra {
        req = req.header(*k, *v);
    }
    if let Some(b) = body {
        req = req.json(&b);
    }
    let res = req.send().await.expect("request");
    let headers = res.headers().clone();
    let status = res.status().as_u16();
    let text = res.text().await.expect("body");
    let body = serde_json::from_str(&text).unwrap_or_else(|_| panic!("non-JSON response ({status}): {text}"));
    Answer { resp: Resp { status, body }, headers }
}

fn set_cookie(headers: &HeaderMap) -> String {
    headers.get(SET_COOKIE).expect("Set-Cookie").to_str().unwrap().to_string()
}

/// `name=value` of the session cookie a response set.
fn cookie_pair(headers: &HeaderMap) -> String {
    set_cookie(headers).split(';').next().unwrap().trim().to_string()
}

async fn login(app: &TestApp, email: &str, password: &str) -> Answer {
    send(app, Method::POST, "/api/auth/login", None, &[], Some(json!({"email": email, "password": password}))).await
}

async fn logged_in(app: &TestApp, email: &str, password: &str) -> Browser {
    let a = login(app, email, password).await;
    a.resp.expect(200);
    Browser { cookie: cookie_pair(&a.headers), csrf: a.resp.first()["csrfToken"].as_str().unwrap().to_string() }
}

async fn account_with_password(app: &TestApp, email: &str, password: &str) -> String {
    let out =
        app.cli(&["account", "create", "--email", email, "--password-stdin"], Some(&format!("{password}\n"))).await;
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    v["token"].as_str().unwrap().to_string()
}

#[tokio::test]
async fn first_run_signup_logs_in_and_the_cookie_works_like_a_full_token_with_csrf() {
    let app = TestApp::spawn().await;
    let signup = send(
        &app,
        Method::POST,
        "/api/auth/signup",
        None,
        &[],
        Some(json!({"email": "Owner@Example.com", "password": "correct horse", "name": "Owner"})),
    )
    .await;
    signup.resp.expect(200);
    let cookie = set_cookie(&signup.headers);
    for attr in ["HttpOnly", "SameSite=Lax", "Path=/"] {
        assert!(cookie.contains(attr), "{cookie}");
    }
    assert!(!cookie.contains("Secure"), "plain http without an https public URL: {cookie}");
    assert_eq!(signup.resp.first()["user"]["email"], "owner@example.com");
    let browser = Browser {
        cookie: cookie_pair(&signup.headers),
        csrf: signup.resp.first()["csrfToken"].as_str().unwrap().to_string(),
    };

    // Sign-up is closed once an account exists.
    let again = send(
        &app,
        Method::POST,
        "/api/auth/signup",
        None,
        &[],
        Some(json!({"email": "x@example.com", "password": "another one"})),
    )
    .await;
    again.resp.expect(403);

    // The session reports itself and authenticates the API.
    let me = send(&app, Method::GET, "/api/auth/session", Some(&browser.cookie), &[], None).await;
    me.resp.expect(200);
    assert_eq!(me.resp.first()["csrfToken"], browser.csrf.as_str());
    let account = send(&app, Method::GET, "/api/v1/admin/account", Some(&browser.cookie), &[], None).await;
    account.resp.expect(200);
    assert_eq!(account.resp.first()["email"], "owner@example.com");

    // State-changing requests need the CSRF token, and the right origin.
    let site = json!({"domain": "example.com", "timezone": "UTC"});
    let no_csrf =
        send(&app, Method::POST, "/api/v1/admin/websites", Some(&browser.cookie), &[], Some(site.clone())).await;
    no_csrf.resp.expect(403);
    let wrong_csrf = send(
        &app,
        Method::POST,
        "/api/v1/admin/websites",
        Some(&browser.cookie),
        &[("x-csrf-token", "0000")],
        Some(site.clone()),
    )
    .await;
    wrong_csrf.resp.expect(403);
    let foreign = send(
        &app,
        Method::POST,
        "/api/v1/admin/websites",
        Some(&browser.cookie),
        &[("x-csrf-token", &browser.csrf), (ORIGIN.as_str(), "https://evil.example")],
        Some(site.clone()),
    )
    .await;
    foreign.resp.expect(403);
    let own_origin = app.base.clone();
    let created = send(
        &app,
        Method::POST,
        "/api/v1/admin/websites",
        Some(&browser.cookie),
        &[("x-csrf-token", &browser.csrf), (ORIGIN.as_str(), &own_origin)],
        Some(site.clone()),
    )
    .await;
    created.resp.expect(200);
    // Nothing was created by the refused attempts.
    let list = send(&app, Method::GET, "/api/v1/admin/websites", Some(&browser.cookie), &[], None).await;
    assert_eq!(list.resp.expect(200).data().len(), 1);

    // Logout needs the CSRF token too, then revokes the session.
    send(&app, Method::POST, "/api/auth/logout", Some(&browser.cookie), &[], None).await.resp.expect(403);
    let out =
        send(&app, Method::POST, "/api/auth/logout", Some(&browser.cookie), &[("x-csrf-token", &browser.csrf)], None)
            .await;
    out.resp.expect(200);
    assert!(set_cookie(&out.headers).contains("Max-Age=0"));
    send(&app, Method::GET, "/api/v1/admin/account", Some(&browser.cookie), &[], None).await.resp.expect(401);
    send(&app, Method::GET, "/api/auth/session", Some(&browser.cookie), &[], None).await.resp.expect(401);
}

#[tokio::test]
async fn a_session_reaches_only_what_the_users_own_token_reaches() {
    let app = TestApp::spawn().await;
    let owner_token = account_with_password(&app, "owner@example.com", "owner password").await;
    let site = app.website(&owner_token, "owned.example").await;
    account_with_password(&app, "other@example.com", "other password").await;
    let other = logged_in(&app, "other@example.com", "other password").await;

    send(&app, Method::GET, &format!("/api/v1/admin/websites/{site}"), Some(&other.cookie), &[], None)
        .await
        .resp
        .expect(403);
    let list = send(&app, Method::GET, "/api/v1/admin/websites", Some(&other.cookie), &[], None).await;
    assert!(list.resp.expect(200).data().is_empty());
    // The owner's session reads it; analytics too.
    let owner = logged_in(&app, "owner@example.com", "owner password").await;
    send(&app, Method::GET, &format!("/api/v1/admin/websites/{site}"), Some(&owner.cookie), &[], None)
        .await
        .resp
        .expect(200);
    send(&app, Method::GET, &format!("/api/v1/analytics/overview?websiteId={site}"), Some(&owner.cookie), &[], None)
        .await
        .resp
        .expect(200);
    // A bearer token wins over the cookie (no CSRF needed, the token's rights apply).
    let r = app
        .raw(
            app.request(Method::GET, &format!("/api/v1/admin/websites/{site}"))
                .header(COOKIE, &owner.cookie)
                .bearer_auth("dft_not_a_real_token"),
        )
        .await;
    r.expect(401);
}

#[tokio::test]
async fn password_change_needs_the_current_password_and_revokes_other_sessions() {
    let app = TestApp::spawn().await;
    account_with_password(&app, "p@example.com", "first password").await;
    let laptop = logged_in(&app, "p@example.com", "first password").await;
    let phone = logged_in(&app, "p@example.com", "first password").await;
    let csrf = [("x-csrf-token", laptop.csrf.as_str())];

    let change = |current: &'static str| json!({"currentPassword": current, "newPassword": "second password"});
    send(&app, Method::POST, "/api/auth/password", Some(&laptop.cookie), &[], Some(change("first password")))
        .await
        .resp
        .expect(403);
    send(&app, Method::POST, "/api/auth/password", Some(&laptop.cookie), &csrf, Some(change("wrong password")))
        .await
        .resp
        .expect(403);
    let short = json!({"currentPassword": "first password", "newPassword": "short"});
    send(&app, Method::POST, "/api/auth/password", Some(&laptop.cookie), &csrf, Some(short)).await.resp.expect(400);
    let ok =
        send(&app, Method::POST, "/api/auth/password", Some(&laptop.cookie), &csrf, Some(change("first password")))
            .await;
    ok.resp.expect(200);
    assert_eq!(ok.resp.first()["otherSessionsRevoked"], 1);

    send(&app, Method::GET, "/api/v1/admin/account", Some(&phone.cookie), &[], None).await.resp.expect(401);
    send(&app, Method::GET, "/api/v1/admin/account", Some(&laptop.cookie), &[], None).await.resp.expect(200);
    login(&app, "p@example.com", "first password").await.resp.expect(401);
    login(&app, "p@example.com", "second password").await.resp.expect(200);
}

#[tokio::test]
async fn repeated_failures_lock_the_email_from_that_address_out() {
    let app = TestApp::spawn().await;
    account_with_password(&app, "a@example.com", "right password").await;
    account_with_password(&app, "b@example.com", "right password").await;
    // Unknown accounts and wrong passwords answer alike.
    let unknown = login(&app, "nobody@example.com", "whatever pw").await;
    unknown.resp.expect(401);
    for _ in 0..5 {
        let wrong = login(&app, "a@example.com", "wrong password").await;
        wrong.resp.expect(401);
        assert_eq!(wrong.resp.body["error"]["message"], unknown.resp.body["error"]["message"]);
    }
    let locked = login(&app, "a@example.com", "right password").await;
    locked.resp.expect(429);
    let retry: u64 = locked.headers.get("retry-after").unwrap().to_str().unwrap().parse().unwrap();
    assert!(retry > 0 && retry <= 15 * 60, "{retry}");
    // Another account from the same address is not locked.
    login(&app, "b@example.com", "right password").await.resp.expect(200);
    // Cookies of no session and malformed bodies.
    send(&app, Method::GET, "/api/auth/session", None, &[], None).await.resp.expect(401);
    send(&app, Method::POST, "/api/auth/login", None, &[], Some(json!({"email": "a@example.com"})))
        .await
        .resp
        .expect(400);
}

#[tokio::test]
async fn a_lockout_survives_a_restart() {
    let app = TestApp::spawn().await;
    account_with_password(&app, "a@example.com", "right password").await;
    for _ in 0..5 {
        login(&app, "a@example.com", "wrong password").await.resp.expect(401);
    }
    login(&app, "a@example.com", "right password").await.resp.expect(429);

    let (_, dir) = app.terminate().await;
    let app = TestApp::spawn_in(dir).await;
    // Still locked, even for the right password, and for what is left of the same window.
    let locked = login(&app, "a@example.com", "right password").await;
    locked.resp.expect(429);
    let retry: u64 = locked.headers.get("retry-after").unwrap().to_str().unwrap().parse().unwrap();
    assert!(retry > 0 && retry <= 15 * 60, "{retry}");
    // The counter is per (email, address): another person from the same address logs in.
    account_with_password(&app, "b@example.com", "right password").await;
    login(&app, "b@example.com", "right password").await.resp.expect(200);
    // A success clears that person's count: four failures after it do not lock b out.
    for _ in 0..4 {
        login(&app, "b@example.com", "wrong password").await.resp.expect(401);
    }
    login(&app, "b@example.com", "right password").await.resp.expect(200);
}

#[tokio::test]
async fn cookies_are_secure_when_the_public_url_is_https() {
    let dir = tempfile::tempdir().unwrap();
    let app = TestApp::spawn_with_env(dir, &[("DATAFAST_PUBLIC_URL", "https://analytics.example.com")]).await;
    account_with_password(&app, "s@example.com", "secure password").await;
    let a = login(&app, "s@example.com", "secure password").await;
    a.resp.expect(200);
    assert!(set_cookie(&a.headers).contains("; Secure"), "{}", set_cookie(&a.headers));
    let b =
        Browser { cookie: cookie_pair(&a.headers), csrf: a.resp.first()["csrfToken"].as_str().unwrap().to_string() };
    // The Origin must be the public URL.
    let site = json!({"domain": "example.com", "timezone": "UTC"});
    let local = app.base.clone();
    send(
        &app,
        Method::POST,
        "/api/v1/admin/websites",
        Some(&b.cookie),
        &[("x-csrf-token", &b.csrf), ("origin", &local)],
        Some(site.clone()),
    )
    .await
    .resp
    .expect(403);
    send(
        &app,
        Method::POST,
        "/api/v1/admin/websites",
        Some(&b.cookie),
        &[("x-csrf-token", &b.csrf), ("origin", "https://analytics.example.com")],
        Some(site),
    )
    .await
    .resp
    .expect(200);
}

#[tokio::test]
async fn a_viewers_session_reads_but_cannot_write_like_the_viewers_token() {
    let app = TestApp::spawn().await;
    let owner_token = account_with_password(&app, "owner@example.com", "owner password").await;
    let site = app.website(&owner_token, "shared.example").await;
    let link = app.invite(&owner_token, &site, "viewer@example.com", "viewer").await;
    app.call(Method::POST, &format!("{link}/accept"), None, Some(json!({"password": "viewer password"})))
        .await
        .expect(200);
    let viewer = logged_in(&app, "viewer@example.com", "viewer password").await;
    let csrf = [("x-csrf-token", viewer.csrf.as_str())];
    let path = format!("/api/v1/admin/websites/{site}");
    send(&app, Method::GET, &path, Some(&viewer.cookie), &[], None).await.resp.expect(200);
    let write = send(&app, Method::PUT, &path, Some(&viewer.cookie), &csrf, Some(json!({"name": "Renamed"}))).await;
    write.resp.expect(403);
    let alerts = format!("{path}/alerts");
    send(&app, Method::GET, &alerts, Some(&viewer.cookie), &[], None).await.resp.expect(200);
    let body = json!({"name": "x", "trigger": {"goalName": "signup"}, "template": {"message": "long enough message"}});
    send(&app, Method::POST, &alerts, Some(&viewer.cookie), &csrf, Some(body)).await.resp.expect(403);
}
