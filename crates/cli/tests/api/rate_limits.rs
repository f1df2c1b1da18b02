//! Rate limits: the API per credential, ingestion per client IP and per website, with
//! `X-RateLimit-*` headers on every limited response and 429 + `Retry-After` past the quota.
//! Each test configures a small quota so a burst of a few requests crosses it.

use std::sync::Arc;

use reqwest::Method;
use serde_json::{json, Value};

use crate::events::{pageview, CHROME};
use crate::helpers::TestApp;

struct Limited {
    status: u16,
    body: Value,
    limit: Option<u64>,
    remaining: Option<u64>,
    reset: Option<u64>,
    retry_after: Option<u64>,
}

fn header(res: &reqwest::Response, name: &str) -> Option<u64> {
    res.headers().get(name).map(|v| v.to_str().unwrap().parse().unwrap_or_else(|_| panic!("{name} is not a number")))
}

async fn send(req: reqwest::RequestBuilder) -> Limited {
    let res = req.send().await.expect("request");
    let (limit, remaining, reset, retry_after) = (
        header(&res, "x-ratelimit-limit"),
        header(&res, "x-ratelimit-remaining"),
        header(&res, "x-ratelimit-reset"),
        header(&res, "retry-after"),
    );
    let status = res.status().as_u16();
    let body = res.json().await.expect("JSON body");
    Limited { status, body, limit, remaining, reset, retry_after }
}

fn assert_429(r: &Limited) {
    assert_eq!(r.status, 429, "{}", r.body);
    assert_eq!(r.body["status"], "error");
    assert_eq!(r.body["error"]["code"], 429);
    assert!(r.body["error"]["message"].as_str().unwrap().contains("Rate limit"));
    assert!(r.retry_after.is_some_and(|s| s >= 1), "Retry-After on a 429");
    assert_eq!(r.remaining, Some(0));
    assert!(r.limit.is_some() && r.reset.is_some());
}

async fn limited_app(env: &[(&str, &str)]) -> TestApp {
    TestApp::spawn_with_env(tempfile::tempdir().unwrap(), env).await
}

#[tokio::test]
async fn api_requests_are_limited_per_credential() {
    let app = limited_app(&[("DATAFAST_RATE_LIMIT_PER_MINUTE", "5")]).await;
    // Setup requests count too: use a fresh credential for the measured part.
    let acct = app.create_account("owner@example.com").await;
    let site = app.website(&acct.token, "example.com").await;
    let measured = app.token(&acct.token, json!({})).await;
    let key = app.website_key(&acct.token, &site).await;

    let get = |token: &str| app.request(Method::GET, "/api/v1/admin/account").bearer_auth(token);
    for expected_remaining in (0..5).rev() {
        let r = send(get(&measured)).await;
        assert_eq!(r.status, 200, "{}", r.body);
        assert_eq!(r.limit, Some(5));
        assert_eq!(r.remaining, Some(expected_remaining));
        // 5 per minute: the bucket is full again 12 s after each request it holds.
        let r_reset = r.reset.unwrap();
        assert!((1..=60).contains(&r_reset), "reset {r_reset}");
        assert_eq!(r.retry_after, None);
    }
    let refused = send(get(&measured)).await;
    assert_429(&refused);
    assert!(refused.retry_after.unwrap() <= 12, "one request frees up every 12 s");

    // Other credentials have their own quota.
    let other = app.token(&acct.token, json!({"name": "other"})).await;
    assert_eq!(send(get(&other)).await.status, 200);
    let r = send(get(&key)).await;
    assert_eq!(r.status, 200);
    assert_eq!(r.remaining, Some(4));
    // Ingestion and the tracker are not counted against API credentials.
    let tracker = app.request(Method::GET, "/js/script.js").send().await.unwrap();
    assert_eq!(tracker.status(), 200);
    assert!(tracker.headers().get("x-ratelimit-limit").is_none());
}

#[tokio::test]
async fn a_concurrent_burst_gets_exactly_the_quota() {
    let app = Arc::new(limited_app(&[("DATAFAST_RATE_LIMIT_PER_MINUTE", "8")]).await);
    let acct = app.create_account("owner@example.com").await;
    let burst_token = app.token(&acct.token, json!({})).await;
    // The token create consumed nothing of the new token's quota.
    let tasks: Vec<_> = (0..30)
        .map(|_| {
            let app = Arc::clone(&app);
            let token = burst_token.clone();
            tokio::spawn(
                async move { send(app.request(Method::GET, "/api/v1/admin/websites").bearer_auth(&token)).await },
            )
        })
        .collect();
    let mut ok = 0;
    let mut refused = 0;
    for t in tasks {
        let r = t.await.unwrap();
        match r.status {
            200 => ok += 1,
            429 => {
                assert_429(&r);
                refused += 1
            }
            other => panic!("unexpected {other}: {}", r.body),
        }
    }
    assert_eq!((ok, refused), (8, 22));
}

#[tokio::test]
async fn requests_without_a_valid_credential_are_limited_per_address() {
    let app = limited_app(&[("DATAFAST_RATE_LIMIT_PER_MINUTE", "3")]).await;
    for _ in 0..3 {
        let r = send(app.request(Method::GET, "/api/v1/admin/account").bearer_auth("dft_guess")).await;
        assert_eq!(r.status, 401);
        assert_eq!(r.limit, Some(3));
    }
    assert_429(&send(app.request(Method::GET, "/api/v1/admin/account").bearer_auth("dft_guess2")).await);
    assert_429(&send(app.request(Method::GET, "/api/v1/invitations/dfinv_x")).await);
    // Another client address (through the trusted local proxy) is not affected.
    let r =
        send(app.request(Method::GET, "/api/v1/invitations/dfinv_x").header("X-Forwarded-For", "203.0.113.50")).await;
    assert_eq!(r.status, 404);
}

#[tokio::test]
async fn ingestion_is_limited_per_address_and_per_website() {
    let app =
        limited_app(&[("DATAFAST_INGEST_RATE_LIMIT_PER_IP", "5"), ("DATAFAST_INGEST_RATE_LIMIT_PER_WEBSITE", "8")])
            .await;
    let (token, _, busy_site) = app.site().await;
    let quiet = app.post("/api/v1/admin/websites", &token, json!({"domain": "quiet.com", "timezone": "UTC"})).await;
    let quiet_site = quiet.first()["trackingId"].as_str().unwrap().to_string();

    let event = |tracking_id: &str, domain: &str, n: u32, ip: &str| {
        let mut e = pageview(tracking_id, &format!("https://{domain}/p/{n}"), n);
        e["domain"] = json!(domain);
        app.request(Method::POST, "/api/events")
            .header("User-Agent", CHROME)
            .header("Content-Type", "application/json")
            .header("X-Forwarded-For", ip)
            .body(e.to_string())
    };

    // One client: 5 events, then 429 with the headers.
    for n in 0..5 {
        let r = send(event(&busy_site, "example.com", n, "198.51.100.1")).await;
        assert_eq!(r.status, 200, "{}", r.body);
        assert!(r.limit.is_some() && r.remaining.is_some() && r.reset.is_some(), "headers on accepted events");
    }
    let r = send(event(&busy_site, "example.com", 5, "198.51.100.1")).await;
    assert_429(&r);
    assert_eq!(r.limit, Some(5));

    // Other clients of the same website: 3 more fit the website's 8, then the website is cut off.
    for n in 0..3 {
        let r = send(event(&busy_site, "example.com", 10 + n, "198.51.100.2")).await;
        assert_eq!(r.status, 200, "{}", r.body);
    }
    let r = send(event(&busy_site, "example.com", 20, "198.51.100.3")).await;
    assert_429(&r);
    assert_eq!(r.limit, Some(8), "the website's limit");
    // ... while another website keeps ingesting, from the same fresh address.
    let r = send(event(&quiet_site, "quiet.com", 30, "198.51.100.3")).await;
    assert_eq!(r.status, 200, "{}", r.body);
    // Refused events were not stored: 8 accepted for the busy site.
    let (_, dir) = app.terminate().await;
    let rows = crate::events::stored(dir.path(), "SELECT count(*)::VARCHAR FROM events");
    assert_eq!(rows, vec![vec!["9".to_string()]]);
}

const GPTBOT: &str =
    "Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko); compatible; GPTBot/1.2; +https://openai.com/gptbot";

#[tokio::test]
async fn crawler_hits_are_limited_per_website_under_a_burst_and_bad_tokens_use_none_of_it() {
    let app = Arc::new(
        limited_app(&[
            ("DATAFAST_BOT_INGEST_RATE_LIMIT_PER_WEBSITE", "6"),
            ("DATAFAST_BOT_INGEST_RATE_LIMIT_PER_IP", "1000"),
        ])
        .await,
    );
    let acct = app.create_account("owner@example.com").await;
    let busy = app.website(&acct.token, "example.com").await;
    let quiet = app.website(&acct.token, "quiet.com").await;
    let created = app.post(&format!("/api/v1/admin/websites/{busy}/bot-traffic/token"), &acct.token, json!({})).await;
    created.expect(200);
    let bot_token = created.first()["requestAuthToken"].as_str().unwrap().to_string();
    let hit = |site: &str, token: &str, n: usize| {
        app.request(Method::POST, "/api/bot-traffic")
            .bearer_auth(token)
            .json(&json!({"websiteId": site, "path": format!("/docs/{n}"), "userAgent": GPTBOT}))
    };

    // Wrong tokens are refused (401) without using the website's quota.
    for n in 0..10 {
        let r = send(hit(&busy, "dfbot_wrong", n)).await;
        assert_eq!(r.status, 401, "{}", r.body);
    }

    // A concurrent burst of 20 authenticated hits: exactly 6 stored, 14 refused with 429.
    let tasks: Vec<_> = (0..20)
        .map(|n| {
            let req = hit(&busy, &bot_token, n);
            tokio::spawn(async move { send(req).await })
        })
        .collect();
    let (mut stored, mut refused) = (0, 0);
    for t in tasks {
        let r = t.await.unwrap();
        match r.status {
            200 => {
                assert_eq!(r.body["data"]["stored"], true, "{}", r.body);
                assert_eq!(r.limit, Some(6));
                stored += 1;
            }
            429 => {
                assert_429(&r);
                assert_eq!(r.limit, Some(6));
                assert!(r.body["error"]["message"].as_str().unwrap().contains("for this website"), "{}", r.body);
                assert!(r.retry_after.unwrap() <= 10, "one hit frees up every 10 s at 6/min");
                refused += 1;
            }
            other => panic!("unexpected {other}: {}", r.body),
        }
    }
    assert_eq!((stored, refused), (6, 14));

    // Another website (no token needed there) is not starved.
    let r = send(
        app.request(Method::POST, "/api/bot-traffic")
            .json(&json!({"websiteId": quiet, "path": "/", "userAgent": GPTBOT})),
    )
    .await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.remaining, Some(5));

    // Refused hits were not stored: the analytics count the 6.
    let analytics = app.get(&format!("/api/v1/analytics/bot-traffic?websiteId={busy}"), &acct.token).await;
    assert_eq!(analytics.expect(200).body["data"]["totals"]["hits"], 6, "{}", analytics.body);
}

#[tokio::test]
async fn crawler_hits_are_limited_per_address() {
    let app = limited_app(&[("DATAFAST_BOT_INGEST_RATE_LIMIT_PER_IP", "3")]).await;
    let acct = app.create_account("owner@example.com").await;
    let site = app.website(&acct.token, "example.com").await;
    let hit = |ip: &str| {
        app.request(Method::POST, "/api/bot-traffic")
            .header("X-Forwarded-For", ip)
            .json(&json!({"websiteId": site, "path": "/", "userAgent": GPTBOT}))
    };
    for expected_remaining in (0..3).rev() {
        let r = send(hit("198.51.100.7")).await;
        assert_eq!(r.status, 200, "{}", r.body);
        assert_eq!(r.remaining, Some(expected_remaining));
    }
    let r = send(hit("198.51.100.7")).await;
    assert_429(&r);
    assert!(r.body["error"]["message"].as_str().unwrap().contains("from this address"), "{}", r.body);
    // Before the body is even looked at: an invalid hit from there is refused the same way.
    assert_429(
        &send(app.request(Method::POST, "/api/bot-traffic").header("X-Forwarded-For", "198.51.100.7").json(&json!({})))
            .await,
    );
    // Another address is not affected.
    assert_eq!(send(hit("198.51.100.8")).await.status, 200);
}
