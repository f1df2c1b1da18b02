//! `POST /api/events` through the real server: validation, website and hostname rules,
//! exclusions, bots, enrichment, cookieless identity, CORS, and durability across `kill -9`.

use reqwest::Method;
use serde_json::{json, Value};

use crate::helpers::{Resp, TestApp};

pub const CHROME: &str =
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36";

pub fn uuid(n: u32) -> String {
    format!("{n:08x}-0000-4000-8000-{:012x}", n as u64 * 7919)
}

pub fn pageview(tracking_id: &str, href: &str, visitor: u32) -> Value {
    json!({
        "websiteId": tracking_id, "domain": "example.com", "href": href, "referrer": null,
        "type": "pageview", "visitorId": uuid(visitor), "sessionId": format!("s{}", uuid(visitor + 1_000_000)),
        "viewport": {"width": 1440, "height": 900}, "screenWidth": 1512, "screenHeight": 982,
        "language": "en-US", "timezone": "Europe/Paris", "visitorSessionNumber": 1
    })
}

impl TestApp {
    pub async fn send_event(&self, event: &Value, ua: &str, forwarded_ip: Option<&str>) -> Resp {
        let mut req = self
            .request(Method::POST, "/api/events")
            .header("User-Agent", ua)
            .header("Origin", "https://example.com")
            .header("Content-Type", "application/json")
            .body(event.to_string());
        if let Some(ip) = forwarded_ip {
            req = req.header("X-Forwarded-For", ip);
        }
        self.raw(req).await
    }

    /// Creates an account and a website for example.com; returns (token, websiteId, trackingId).
    pub async fn site(&self) -> (String, String, String) {
        let acct = self.create_account("owner@example.com").await;
        let r =
            self.post("/api/v1/admin/websites", &acct.token, json!({"domain": "example.com", "timezone": "UTC"})).await;
        r.expect(200);
        let w = r.first();
        (acct.token, w["websiteId"].as_str().unwrap().into(), w["trackingId"].as_str().unwrap().into())
    }
}

/// Rows of `sql` against the stopped server's event store; select text columns (cast others).
pub fn stored(dir: &std::path::Path, sql: &str) -> Vec<Vec<String>> {
    let conn = duckdb::Connection::open(dir.join("events.duckdb")).unwrap();
    let mut stmt = conn.prepare(sql).unwrap();
    let mut rows = stmt.query([]).unwrap();
    let mut out = Vec::new();
    while let Some(row) = rows.next().unwrap() {
        let n = row.as_ref().column_count();
        out.push((0..n).map(|i| row.get::<_, Option<String>>(i).unwrap().unwrap_or_default()).collect());
    }
    out
}

#[tokio::test]
async fn events_are_validated_enriched_and_stored() {
    let app = TestApp::spawn().await;
    let (token, website_id, tracking_id) = app.site().await;
    app.put(
        &format!("/api/v1/admin/websites/{website_id}"),
        &token,
        json!({"excludedPaths": ["/admin/*"], "excludedIps": ["203.0.113.66"], "excludedHostnames": ["staging.example.com"]}),
    )
    .await
    .expect(200);

    // Accepted: by tracking id and by the legacy ObjectId, from the domain and a subdomain.
    let mut pv = pageview(
        &tracking_id,
        "https://www.example.com/pricing?utm_source=newsletter&utm_medium=email&utm_campaign=spring",
        1,
    );
    pv["referrer"] = json!("https://mail.google.com/");
    app.send_event(&pv, CHROME, None).await.expect(200);
    let mut from_google = pageview(&website_id, "https://blog.example.com/post", 2);
    from_google["referrer"] = json!("https://www.google.com/search?q=x");
    app.send_event(&from_google, CHROME, None).await.expect(200);
    let mut goal = pageview(&tracking_id, "https://example.com/signup", 1);
    goal["type"] = json!("custom");
    goal["extraData"] = json!({"eventName": "Signup", "plan": "pro"});
    app.send_event(&goal, CHROME, None).await.expect(200);

    // Rejected with an error: malformed, unknown website, foreign hostname.
    let bad_json = app.request(Method::POST, "/api/events").header("User-Agent", CHROME).body("{nope");
    app.raw(bad_json).await.expect(400);
    for broken in [
        json!({"type": "pageview"}),
        {
            let mut e = pageview(&tracking_id, "https://example.com/", 3);
            e["type"] = json!("explode");
            e
        },
        {
            let mut e = pageview(&tracking_id, "https://example.com/", 3);
            e["visitorId"] = json!("not-a-uuid");
            e
        },
        {
            let mut e = pageview(&tracking_id, "https://example.com/", 3);
            e["sessionId"] = json!(uuid(3));
            e
        },
        {
            let mut e = pageview(&tracking_id, "not a url", 3);
            e["href"] = json!("/relative");
            e
        },
        {
            let mut e = goal.clone();
            e["extraData"] = json!({"eventName": "has spaces!"});
            e
        },
    ] {
        app.send_event(&broken, CHROME, None).await.expect(400);
    }
    app.send_event(&pageview("dfid_doesnotexist", "https://example.com/", 3), CHROME, None).await.expect(404);
    app.send_event(&pageview(&tracking_id, "https://evil.test/", 3), CHROME, None).await.expect(403);

    // Dropped silently: exclusions and bots.
    app.send_event(&pageview(&tracking_id, "https://example.com/admin/users", 4), CHROME, None).await.expect(200);
    app.send_event(&pageview(&tracking_id, "https://staging.example.com/", 4), CHROME, None).await.expect(200);
    app.send_event(&pageview(&tracking_id, "https://example.com/", 4), CHROME, Some("203.0.113.66")).await.expect(200);
    app.send_event(&pageview(&tracking_id, "https://example.com/", 4), "curl/8.5.0", None).await.expect(200);
    app.send_event(
        &pageview(&tracking_id, "https://example.com/", 4),
        "Googlebot/2.1 (+http://www.google.com/bot.html)",
        None,
    )
    .await
    .expect(200);
    app.send_event(&pageview(&tracking_id, "https://example.com/", 4), "", None).await.expect(200);

    // The drop counters, as Prometheus reads them.
    let metrics = app.request(Method::GET, "/metrics").send().await.unwrap().text().await.unwrap();
    for expected in [
        "datafast_events_total{outcome=\"accepted\"} 3",
        "datafast_events_total{outcome=\"invalid\"} 6",
        "datafast_events_total{outcome=\"unknown_website\"} 1",
        "datafast_events_total{outcome=\"hostname_not_allowed\"} 1",
        "datafast_events_total{outcome=\"excluded_path\"} 1",
        "datafast_events_total{outcome=\"excluded_hostname\"} 1",
        "datafast_events_total{outcome=\"excluded_ip\"} 1",
        "datafast_events_total{outcome=\"bot\"} 3",
        "datafast_sessions_tracked 2",
    ] {
        assert!(metrics.lines().any(|l| l == expected), "{expected} missing in\n{metrics}");
    }

    let (code, dir) = app.terminate().await;
    assert_eq!(code, Some(0));
    let rows = stored(
        dir.path(),
        "SELECT kind, hostname, pathname, channel, referrer_name, referrer_domain, utm_source, utm_campaign, goal_name, properties, visitor_id::VARCHAR,
                browser, os, device
         FROM events ORDER BY kind DESC, pathname DESC",
    );
    assert_eq!(rows.len(), 3, "{rows:?}");
    assert_eq!(
        rows[0][..9],
        ["pageview", "example.com", "/pricing", "Email", "Gmail", "mail.google.com", "newsletter", "spring", ""]
    );
    assert_eq!(rows[1][..6], ["pageview", "blog.example.com", "/post", "Organic Search", "Google", "google.com"]);
    assert_eq!(rows[2][0], "goal");
    assert_eq!(rows[2][8], "signup");
    assert_eq!(serde_json::from_str::<Value>(&rows[2][9]).unwrap(), json!({"plan": "pro"}));
    assert_eq!(rows[2][10], uuid(1));
    assert_eq!(rows[0][11..], ["Chrome", "Windows", "desktop"]);
}

#[tokio::test]
async fn cors_and_cookieless_identity() {
    let app = TestApp::spawn().await;
    let (_, _, tracking_id) = app.site().await;

    let preflight = app
        .request(Method::OPTIONS, "/api/events")
        .header("Origin", "https://example.com")
        .header("Access-Control-Request-Method", "POST")
        .header("Access-Control-Request-Headers", "content-type")
        .send()
        .await
        .unwrap();
    assert!(preflight.status().is_success());
    assert_eq!(preflight.headers()["access-control-allow-origin"], "*");
    let post = app
        .request(Method::POST, "/api/events")
        .header("Origin", "https://example.com")
        .header("User-Agent", CHROME)
        .body(pageview(&tracking_id, "https://example.com/", 1).to_string())
        .send()
        .await
        .unwrap();
    assert_eq!(post.status(), 200);
    assert_eq!(post.headers()["access-control-allow-origin"], "*");

    // Cookieless: the server derives the visitor from IP + UA with a secret daily salt.
    let mut e = pageview(&tracking_id, "https://example.com/", 5);
    e["cookieless"] = json!(true);
    e["visitorSessionNumber"] = json!(0);
    let first = app.send_event(&e, CHROME, Some("198.51.100.1")).await;
    first.expect(200);
    let v1 = first.body["visitorId"].as_str().unwrap().to_string();
    assert_ne!(v1, uuid(5), "the client's throw-away id is not used");
    e["visitorId"] = json!(uuid(6));
    let again = app.send_event(&e, CHROME, Some("198.51.100.1")).await;
    assert_eq!(again.body["visitorId"], v1.as_str());
    let other = app.send_event(&e, CHROME, Some("198.51.100.2")).await;
    assert_ne!(other.body["visitorId"], v1.as_str());
}

#[tokio::test]
async fn acknowledged_events_survive_kill_9() {
    // A flush interval far beyond the test's length: every acknowledged event is still only
    // in the spool when the process dies, so all of them must come back through replay.
    let app = TestApp::spawn_with_env(tempfile::tempdir().unwrap(), &[("DATAFAST_INGEST_FLUSH_MS", "600000")]).await;
    let (_, website_id, tracking_id) = app.site().await;
    let mut tasks = Vec::new();
    let app = std::sync::Arc::new(app);
    for t in 0..4u32 {
        let app = std::sync::Arc::clone(&app);
        let tracking_id = tracking_id.clone();
        tasks.push(tokio::spawn(async move {
            let mut acked = 0;
            for i in 0..100u32 {
                let r = app
                    .send_event(
                        &pageview(&tracking_id, &format!("https://example.com/p/{t}/{i}"), t * 1000 + i),
                        CHROME,
                        None,
                    )
                    .await;
                if r.status == 200 {
                    acked += 1;
                }
            }
            acked
        }));
    }
    let mut acked = 0;
    for t in tasks {
        acked += t.await.unwrap();
    }
    assert_eq!(acked, 400);
    let mut app = std::sync::Arc::into_inner(app).expect("sole owner");
    // No graceful shutdown: SIGKILL right after the last acknowledgement.
    app.child.start_kill().unwrap();
    app.child.wait().await.unwrap();
    let app = TestApp::spawn_in(app.into_dir()).await;
    let (code, dir) = app.terminate().await;
    assert_eq!(code, Some(0));
    let rows = stored(
        dir.path(),
        &format!(
            "SELECT count(*)::VARCHAR, count(DISTINCT pathname)::VARCHAR FROM events WHERE website_id = '{website_id}'"
        ),
    );
    assert_eq!(rows[0], ["400", "400"]);
}

#[tokio::test]
async fn the_tracker_is_served_with_caching_headers() {
    let app = TestApp::spawn().await;
    for name in ["script.js", "script.hash.js", "script.cookieless.js"] {
        let r = app.request(Method::GET, &format!("/js/{name}")).send().await.unwrap();
        assert_eq!(r.status(), 200);
        assert_eq!(r.headers()["content-type"], "application/javascript; charset=utf-8");
        assert_eq!(r.headers()["cache-control"], "public, max-age=3600");
        let etag = r.headers()["etag"].to_str().unwrap().to_string();
        let body = r.text().await.unwrap();
        assert!(body.contains("/api/events") && body.contains("data-fast-goal"), "{name}");
        let again =
            app.request(Method::GET, &format!("/js/{name}")).header("If-None-Match", &etag).send().await.unwrap();
        assert_eq!(again.status(), 304);
        let gz =
            app.request(Method::GET, &format!("/js/{name}")).header("Accept-Encoding", "gzip").send().await.unwrap();
        assert_eq!(gz.headers()["content-encoding"], "gzip");
        let compressed = gz.bytes().await.unwrap();
        // The documented budget: at most 2.5 KB on the wire, and the same script once inflated.
        assert!(compressed.len() <= 2560, "{name}: {} bytes gzipped, over the 2560-byte budget", compressed.len());
        let mut inflated = String::new();
        std::io::Read::read_to_string(&mut flate2::read::GzDecoder::new(&compressed[..]), &mut inflated).unwrap();
        assert_eq!(inflated, body, "{name}: the gzipped body is the plain script");
    }
    app.call(Method::GET, "/js/other.js", None, None).await.expect(404);
}

#[tokio::test]
async fn outbound_click_urls_keep_their_query_strings() {
    let app = TestApp::spawn().await;
    let (token, website_id, tracking_id) = app.site().await;
    let click = |visitor: u32, url: &str, text: &str| {
        let mut e = pageview(&tracking_id, "https://example.com/pricing", visitor);
        e["type"] = json!("external_link");
        e["extraData"] = json!({"url": url, "text": text});
        e
    };
    let target = "https://x.example/a?b=1&c=2";
    app.send_event(&click(1, target, "Partner <b>deal</b>"), CHROME, None).await.expect(200);
    app.send_event(&click(2, target, "Partner"), CHROME, None).await.expect(200);
    // Characters that are markup or JSON syntax arrive percent-encoded, never raw.
    app.send_event(&click(3, "https://x.example/q?s=\"<b>\"&t='1'", "Quote"), CHROME, None).await.expect(200);
    let (_, dir) = app.terminate().await;
    let app = TestApp::spawn_in(dir).await;
    let r = app.get(&format!("/api/v1/analytics/exit-clicks?websiteId={website_id}"), &token).await;
    r.expect(200);
    assert_eq!(
        r.body["data"],
        json!([
            {"url": target, "visitors": 2, "clicks": 2},
            {"url": "https://x.example/q?s=%22%3Cb%3E%22&t=%271%27", "visitors": 1, "clicks": 1},
        ])
    );
}

#[tokio::test]
async fn visitor_profile_shows_viewport_and_ad_click_ids() {
    let app = TestApp::spawn().await;
    let (token, website_id, tracking_id) = app.site().await;
    // Landing from a Google ad (the id in the URL; an empty fbclid is no click id), then a page
    // seen in a narrower window with a Microsoft click id the client sent itself (unknown names
    // dropped), then one with a malformed window size (the event is kept, the size is not).
    let landing = pageview(&tracking_id, "https://example.com/?gclid=abc123&fbclid=&utm_source=google", 7);
    app.send_event(&landing, CHROME, None).await.expect(200);
    let mut second = pageview(&tracking_id, "https://example.com/pricing", 7);
    second["viewport"] = json!({"width": 390.4, "height": 844});
    second["adClickIds"] = json!({"msclkid": "m-1", "session_token": "secret", "gclid": 5});
    app.send_event(&second, CHROME, None).await.expect(200);
    let mut third = pageview(&tracking_id, "https://example.com/docs", 7);
    third["viewport"] = json!({"width": "wide", "height": -3});
    app.send_event(&third, CHROME, None).await.expect(200);

    let visitor = uuid(7);
    let path = format!("/api/v1/visitors/{visitor}?websiteId={website_id}");
    let profile = app.eventually(&path, &token, |b| b["data"]["activity"]["pageViewCount"] == 3).await;
    let identity = &profile["data"]["identity"];
    assert_eq!(identity["adClickIds"], json!({"gclid": "abc123", "msclkid": "m-1"}));
    assert_eq!(identity["viewport"], json!({"width": 390, "height": 844}));

    // A visitor who never sent a size has nulls, not zeros.
    let mut bare = pageview(&tracking_id, "https://example.com/", 8);
    bare.as_object_mut().unwrap().remove("viewport");
    app.send_event(&bare, CHROME, None).await.expect(200);
    let path = format!("/api/v1/visitors/{}?websiteId={website_id}", uuid(8));
    let profile = app.eventually(&path, &token, |b| b["data"]["activity"]["pageViewCount"] == 1).await;
    assert_eq!(profile["data"]["identity"]["viewport"], json!({"width": null, "height": null}));
    assert_eq!(profile["data"]["identity"]["adClickIds"], json!({}));
}
