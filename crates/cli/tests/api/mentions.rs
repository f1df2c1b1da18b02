//! `GET /api/v1/mentions` over mentions stored with `datafast mentions import` while the
//! server runs: platform, search, order, date range and paging; every parameter error is a
//! 400 in the envelope; reads need `analytics:read` on that website; a bad import file
//! stores nothing.

use serde_json::{json, Value};

use crate::helpers::{is_iso_millis, is_object_id, TestApp};

fn line(platform: &str, url: &str, text: &str, posted: &str, extra: Value) -> String {
    let mut v = json!({"platform": platform, "url": url, "text": text, "postedAt": posted});
    for (k, x) in extra.as_object().unwrap() {
        v[k] = x.clone();
    }
    v.to_string()
}

fn urls(body: &Value) -> Vec<String> {
    body["data"].as_array().unwrap().iter().map(|m| m["url"].as_str().unwrap().to_string()).collect()
}

#[tokio::test]
async fn stored_mentions_are_searched_by_platform_text_date_and_page() {
    let app = TestApp::spawn().await;
    let owner = app.create_account("owner@example.com").await;
    let site = app.website(&owner.token, "example.com").await;
    let other_site = app.website(&owner.token, "other.example").await;

    let file = [
        line(
            "x",
            "https://x.com/ana/status/1",
            "Trying example.com for revenue analytics",
            "2026-11-01T09:00:00Z",
            json!({"author": "ana"}),
        ),
        line(
            "reddit",
            "https://reddit.com/r/saas/comments/a1",
            "example.com vs the rest?",
            "2026-11-02T12:00:00+01:00",
            json!({"author": "bo", "title": "Which ANALYTICS tool?", "community": "r/SaaS"}),
        ),
        line("x", "https://x.com/cy/status/2", "50%_off at example.com", "2026-11-03T18:30:00Z", json!({})),
        line(
            "reddit",
            "https://reddit.com/r/webdev/comments/b2",
            "I moved my blog off GA",
            "2026-11-10T08:00:00Z",
            json!({"author": "Analytics_Fan"}),
        ),
        String::new(),
    ]
    .join("\n");
    let path = app.dir.path().join("mentions.ndjson");
    std::fs::write(&path, &file).unwrap();
    let out = app.cli(&["mentions", "import", "--website", &site, path.to_str().unwrap()], None).await;
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report, json!({"read": 4, "added": 4, "alreadyStored": 0}));
    // The same file again (from stdin): nothing new, nothing doubled.
    let again = app.cli(&["mentions", "import", "--website", &site, "-"], Some(&file)).await;
    assert!(again.status.success());
    assert_eq!(
        serde_json::from_slice::<Value>(&again.stdout).unwrap(),
        json!({"read": 4, "added": 0, "alreadyStored": 4})
    );

    let get = |query: String| {
        let (app, token) = (&app, &owner.token);
        async move { app.get(&format!("/api/v1/mentions?{query}"), token).await }
    };
    // Newest first by posting time, with the total.
    let all = get(format!("websiteId={site}")).await;
    all.expect(200);
    assert_eq!(
        urls(&all.body),
        [
            "https://reddit.com/r/webdev/comments/b2",
            "https://x.com/cy/status/2",
            "https://reddit.com/r/saas/comments/a1",
            "https://x.com/ana/status/1"
        ]
    );
    assert_eq!(all.body["pagination"], json!({"limit": 100, "offset": 0, "total": 4}));
    let reddit = &all.body["data"][2];
    assert!(is_object_id(&reddit["_id"]));
    assert_eq!(reddit["platform"], "reddit");
    assert_eq!(reddit["title"], "Which ANALYTICS tool?");
    assert_eq!(reddit["community"], "r/SaaS");
    assert_eq!(reddit["postedAt"], "2026-11-02T11:00:00.000Z");
    assert!(is_iso_millis(&reddit["collectedAt"]));
    assert_eq!(all.body["data"][1]["author"], Value::Null);

    // Platform; oldest first.
    let x = get(format!("websiteId={site}&platform=x&order=asc")).await;
    assert_eq!(urls(&x.body), ["https://x.com/ana/status/1", "https://x.com/cy/status/2"]);
    assert_eq!(x.body["pagination"]["total"], 2);
    // Search: case-insensitive, in text, title or author; `%` and `_` are plain characters.
    let analytics = get(format!("websiteId={site}&q=analytics")).await;
    assert_eq!(
        urls(&analytics.body),
        [
            "https://reddit.com/r/webdev/comments/b2",
            "https://reddit.com/r/saas/comments/a1",
            "https://x.com/ana/status/1"
        ]
    );
    assert_eq!(urls(&get(format!("websiteId={site}&q=%25_off")).await.body), ["https://x.com/cy/status/2"]);
    assert_eq!(get(format!("websiteId={site}&q=e_ample")).await.body["pagination"]["total"], 0);
    // A date range on the posting time, read in the given zone: 2 November in Paris starts
    // at 23:00Z on the 1st.
    let days = get(format!("websiteId={site}&startAt=2026-11-02&endAt=2026-11-03&timezone=Europe/Paris")).await;
    assert_eq!(urls(&days.body), ["https://x.com/cy/status/2", "https://reddit.com/r/saas/comments/a1"]);
    // Paging.
    let second = get(format!("websiteId={site}&limit=2&offset=2")).await;
    assert_eq!(urls(&second.body), ["https://reddit.com/r/saas/comments/a1", "https://x.com/ana/status/1"]);
    assert_eq!(second.body["pagination"], json!({"limit": 2, "offset": 2, "total": 4}));
    // Another website has none of them.
    let none = get(format!("websiteId={other_site}")).await;
    none.expect(200);
    assert_eq!(none.body["data"], json!([]));

    // Parameter errors: 400 in the envelope.
    let long = "a".repeat(201);
    for bad in [
        format!("websiteId={site}&platform=mastodon"),
        format!("websiteId={site}&q={long}"),
        format!("websiteId={site}&order=newest"),
        format!("websiteId={site}&startAt=2026-11-01"),
        format!("websiteId={site}&limit=0"),
        format!("websiteId={site}&timezone=Mars/Base"),
    ] {
        let r = get(bad.clone()).await;
        r.expect(400);
        assert_eq!(r.body["status"], "error", "{bad}");
        assert!(r.body["error"]["message"].as_str().is_some_and(|m| !m.is_empty()), "{bad}");
    }
    assert_eq!(get(format!("websiteId={site}&q={}", "a".repeat(200))).await.status, 200);

    // Credentials: none is 401; a token without analytics:read or for another website is
    // refused; the website's own key reads.
    app.call(reqwest::Method::GET, &format!("/api/v1/mentions?websiteId={site}"), None, None).await.expect(401);
    let no_read = app.token(&owner.token, json!({"permissions": ["notes:read"], "websiteIds": [site]})).await;
    app.get(&format!("/api/v1/mentions?websiteId={site}"), &no_read).await.expect(403);
    let elsewhere =
        app.token(&owner.token, json!({"permissions": ["analytics:read"], "websiteIds": [other_site]})).await;
    let r = app.get(&format!("/api/v1/mentions?websiteId={site}"), &elsewhere).await;
    assert!(matches!(r.status, 403 | 404), "a token scoped to another website: {}", r.status);
    let key = app.website_key(&owner.token, &site).await;
    let by_key = app.get("/api/v1/mentions", &key).await;
    by_key.expect(200);
    assert_eq!(by_key.body["pagination"]["total"], 4);
}

#[tokio::test]
async fn a_bad_import_line_stores_nothing_and_says_where() {
    let app = TestApp::spawn().await;
    let owner = app.create_account("owner@example.com").await;
    let site = app.website(&owner.token, "example.com").await;
    let file = [
        line("x", "https://x.com/a/status/1", "fine", "2026-11-01T09:00:00Z", json!({})),
        line("mastodon", "https://m.social/@a/1", "not a platform we keep", "2026-11-01T09:00:00Z", json!({})),
    ]
    .join("\n");
    let out = app.cli(&["mentions", "import", "--website", &site, "-"], Some(&file)).await;
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("line 2") && err.contains("platform"), "{err}");
    let r = app.get(&format!("/api/v1/mentions?websiteId={site}"), &owner.token).await;
    assert_eq!(r.body["pagination"]["total"], 0);
    // An unknown website is refused too.
    let out = app.cli(&["mentions", "import", "--website", "0123456789abcdef01234567", "-"], Some(&file)).await;
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("no website"));
}
