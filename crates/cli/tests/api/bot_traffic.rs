//! Bot traffic: owner-only settings and `dfbot_` token (B1–B7), crawler-hit ingestion
//! (`POST /api/bot-traffic`) with token enforcement and exclusions, and the two analytics reads
//! with numbers computed here from the hits sent.

use std::collections::BTreeMap;

use reqwest::Method;
use serde_json::{json, Value};

use crate::helpers::TestApp;

const GPTBOT: &str =
    "Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko); compatible; GPTBot/1.2; +https://openai.com/gptbot";
const CHATGPT_USER: &str = "Mozilla/5.0 AppleWebKit/537.36; compatible; ChatGPT-User/1.0; +https://openai.com/bot";
const CLAUDEBOT: &str =
    "Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; ClaudeBot/1.0; +claudebot@anthropic.com)";
const PERPLEXITY: &str = "Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; PerplexityBot/1.0)";
const FIREFOX: &str = "Mozilla/5.0 (X11; Linux x86_64; rv:120.0) Gecko/20100101 Firefox/120.0";
const DAY_MS: i64 = 86_400_000;

fn admin(site: &str, rest: &str) -> String {
    format!("/api/v1/admin/websites/{site}/bot-traffic/{rest}")
}

/// `YYYY-MM-DD` of a day number since 1970-01-01 (civil-from-days).
fn date(days: i64) -> String {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + if m <= 2 { 1 } else { 0 };
    format!("{y:04}-{m:02}-{d:02}")
}

fn now_ms() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_millis() as i64
}

impl TestApp {
    async fn hit(&self, token: Option<&str>, body: Value) -> crate::helpers::Resp {
        let mut req = self.request(Method::POST, "/api/bot-traffic").json(&body);
        if let Some(t) = token {
            req = req.bearer_auth(t);
        }
        self.raw(req).await
    }

    async fn patch_bots(&self, token: &str, site: &str, body: Value) -> crate::helpers::Resp {
        self.call(Method::PATCH, &admin(site, "settings"), Some(token), Some(body)).await
    }
}

#[tokio::test]
async fn admin_routes_are_owner_only_and_refuse_website_keys() {
    let app = TestApp::spawn().await;
    let owner = app.create_account("owner@example.com").await;
    let site = app.website(&owner.token, "example.com").await;
    let member = app.join_as(&owner.token, &site, "member@example.com", "member").await;
    let key = app.website_key(&owner.token, &site).await;
    let read_only = app.token(&owner.token, json!({"name": "ro", "permissions": ["settings:read"]})).await;

    app.get(&admin(&site, "settings"), &owner.token).await.expect(200);
    app.get(&admin(&site, "settings"), &member).await.expect(403);
    app.get(&admin(&site, "settings"), &key).await.expect(403);
    app.get(&admin(&site, "token"), &key).await.expect(403);
    app.post(&admin(&site, "token"), &member, json!({})).await.expect(403);
    app.get("/api/v1/admin/bot-traffic/usage", &key).await.expect(403);
    // settings:read reads but cannot change or mint.
    app.get(&admin(&site, "settings"), &read_only).await.expect(200);
    app.get(&admin(&site, "token"), &read_only).await.expect(200);
    app.patch_bots(&read_only, &site, json!({"verifiedOnly": true})).await.expect(403);
    app.post(&admin(&site, "token"), &read_only, json!({})).await.expect(403);
    // Another owner's website is out of reach.
    let other = app.create_account("other@example.com").await;
    app.get(&admin(&site, "settings"), &other.token).await.expect(403);
}

#[tokio::test]
async fn token_create_rotate_delete_and_enforcement() {
    let app = TestApp::spawn().await;
    let owner = app.create_account("owner@example.com").await;
    let site = app.website(&owner.token, "example.com").await;
    let hit = json!({"websiteId": site, "path": "/docs", "userAgent": CLAUDEBOT});

    let s = app.get(&admin(&site, "token"), &owner.token).await;
    s.expect(200);
    assert_eq!(s.first()["hasToken"], false);
    assert_eq!(s.first()["displayToken"], Value::Null);
    // Requiring a token that does not exist would refuse every crawler.
    app.patch_bots(&owner.token, &site, json!({"requireAuthToken": true})).await.expect(400);

    let created = app.post(&admin(&site, "token"), &owner.token, json!({})).await;
    created.expect(200);
    let first = created.first()["requestAuthToken"].as_str().unwrap().to_string();
    assert!(first.starts_with("dfbot_") && first.len() > 40, "{first}");
    assert_eq!(created.first()["hasToken"], true);
    assert_eq!(created.first()["requireAuthToken"], false);
    let status = app.get(&admin(&site, "token"), &owner.token).await;
    assert_eq!(status.first()["hasToken"], true);
    assert!(status.first().get("requestAuthToken").is_none());
    let display = status.first()["displayToken"].as_str().unwrap();
    assert!(display.starts_with("dfbot_") && display.contains("...") && !display.contains(&first[10..30]));
    app.post(&admin(&site, "token"), &owner.token, json!({})).await.expect(409);

    // Creating does not enforce: hits without a token are still stored.
    let r = app.hit(None, hit.clone()).await;
    r.expect(200);
    assert_eq!(r.body["data"]["stored"], true);
    let r = app.patch_bots(&owner.token, &site, json!({"requireAuthToken": true})).await;
    r.expect(200);
    assert_eq!(r.first()["settings"]["requireAuthToken"], true);
    app.hit(None, hit.clone()).await.expect(401);
    app.hit(Some("dfbot_wrong"), hit.clone()).await.expect(401);
    app.hit(Some(&first), hit.clone()).await.expect(200);

    let rotated = app.call(Method::PUT, &admin(&site, "token"), Some(&owner.token), None).await;
    rotated.expect(200);
    let second = rotated.first()["requestAuthToken"].as_str().unwrap().to_string();
    assert_ne!(first, second);
    app.hit(Some(&first), hit.clone()).await.expect(401);
    app.hit(Some(&second), hit.clone()).await.expect(200);

    let deleted = app.delete(&admin(&site, "token"), &owner.token).await;
    deleted.expect(200);
    assert_eq!(deleted.first()["hasToken"], false);
    assert_eq!(deleted.first()["requireAuthToken"], false);
    app.hit(None, hit.clone()).await.expect(200);
    app.hit(Some(&second), hit.clone()).await.expect(401);
    app.delete(&admin(&site, "token"), &owner.token).await.expect(404);
    app.call(Method::PUT, &admin(&site, "token"), Some(&owner.token), None).await.expect(404);

    // Stored hits: first, with the first token, with the second, after deletion.
    let a = app.get(&format!("/api/v1/analytics/bot-traffic?websiteId={site}"), &owner.token).await;
    a.expect(200);
    assert_eq!(a.body["data"]["totals"]["hits"], 4);
    // The secrets are stored only as digests.
    let meta = std::fs::read(app.dir.path().join("meta.sqlite")).unwrap_or_default();
    let wal = std::fs::read(app.dir.path().join("meta.sqlite-wal")).unwrap_or_default();
    for bytes in [meta, wal] {
        assert!(!bytes.windows(second.len()).any(|w| w == second.as_bytes()));
    }
}

#[tokio::test]
async fn settings_validation_and_exclusions() {
    let app = TestApp::spawn().await;
    let owner = app.create_account("owner@example.com").await;
    let site = app.website(&owner.token, "example.com").await;

    let s = app.get(&admin(&site, "settings"), &owner.token).await;
    s.expect(200);
    let d = s.first();
    assert_eq!(d["websiteId"], site.as_str());
    assert_eq!(d["domain"], "example.com");
    assert_eq!(d["settings"]["excludedCrawlerIds"], json!([]));
    assert_eq!(d["settings"]["groupBy"], "crawlers");
    let openai = d["companies"].as_array().unwrap().iter().find(|c| c["company"] == "OpenAI").expect("OpenAI");
    let ids: Vec<&str> = openai["crawlers"].as_array().unwrap().iter().map(|c| c["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["gptbot", "chatgpt-user", "oai-searchbot"]);

    for bad in [
        json!({"disableCompanies": ["Nobody Inc"]}),
        json!({"disableCrawlerIds": ["notabot"]}),
        json!({"excludedCrawlerIds": ["gptbot"], "disableCompanies": ["OpenAI"]}),
        json!({"groupBy": "colours"}),
        json!({"verifiedOnly": "yes"}),
        json!({"hiddenCrawlers": "gptbot"}),
        json!({"surprise": 1}),
        json!({}),
    ] {
        app.patch_bots(&owner.token, &site, bad.clone()).await.expect(400);
    }
    let r = app.patch_bots(&owner.token, &site, json!({"disableCompanies": ["OpenAI"], "groupBy": "companies"})).await;
    r.expect(200);
    assert_eq!(r.first()["settings"]["excludedCrawlerIds"], json!(["gptbot", "chatgpt-user", "oai-searchbot"]));
    let send = |ua: &'static str| {
        let app = &app;
        let site = site.clone();
        async move { app.hit(None, json!({"websiteId": site, "url": "https://example.com/a?x=1", "userAgent": ua})).await }
    };
    let r = send(GPTBOT).await;
    r.expect(200);
    assert_eq!(r.body["data"], json!({"stored": false, "reason": "excluded"}));
    let r = send(CLAUDEBOT).await;
    assert_eq!(r.body["data"]["stored"], true);
    assert_eq!(r.body["data"]["crawlerId"], "claudebot");
    assert_eq!(r.body["data"]["path"], "/a");
    assert_eq!(r.body["data"]["verification"], "user_agent_only");
    let r = send(FIREFOX).await;
    assert_eq!(r.body["data"], json!({"stored": false, "reason": "unknown_crawler"}));

    let r = app.patch_bots(&owner.token, &site, json!({"enableCrawlerIds": ["gptbot"]})).await;
    assert_eq!(r.first()["settings"]["excludedCrawlerIds"], json!(["chatgpt-user", "oai-searchbot"]));
    assert_eq!(send(GPTBOT).await.body["data"]["stored"], true);
    assert_eq!(send(CHATGPT_USER).await.body["data"]["stored"], false);
    // Replacing the list.
    let r = app.patch_bots(&owner.token, &site, json!({"excludedCrawlerIds": []})).await;
    assert_eq!(r.first()["settings"]["excludedCrawlerIds"], json!([]));
    assert_eq!(send(CHATGPT_USER).await.body["data"]["stored"], true);
    // Verified-only: no IP ranges are shipped, so nothing is IP-verified and nothing is stored.
    app.patch_bots(&owner.token, &site, json!({"verifiedOnly": true})).await.expect(200);
    assert_eq!(send(CLAUDEBOT).await.body["data"], json!({"stored": false, "reason": "unverified"}));

    let a = app.get(&format!("/api/v1/analytics/bot-traffic?websiteId={site}"), &owner.token).await;
    a.expect(200);
    let totals = &a.body["data"]["totals"];
    assert_eq!(totals["hits"], 3, "{}", a.body);
    assert_eq!(totals["crawlers"], 3);
    assert_eq!(totals["companies"], 2);
    // The settings survive a read back.
    let s = app.get(&admin(&site, "settings"), &owner.token).await;
    assert_eq!(s.first()["settings"]["verifiedOnly"], true);
    assert_eq!(s.first()["settings"]["groupBy"], "companies");
}

#[tokio::test]
async fn ingestion_validates_its_input() {
    let app = TestApp::spawn().await;
    let owner = app.create_account("owner@example.com").await;
    let site = app.website(&owner.token, "example.com").await;
    let w = app.get(&format!("/api/v1/admin/websites/{site}"), &owner.token).await;
    let tracking = w.first()["trackingId"].as_str().unwrap_or_default().to_string();
    app.hit(None, json!({"websiteId": site, "path": "/"})).await.expect(400);
    app.hit(None, json!({"websiteId": site, "userAgent": GPTBOT})).await.expect(400);
    app.hit(None, json!({"websiteId": site, "path": "no-slash", "userAgent": GPTBOT})).await.expect(400);
    app.hit(None, json!({"path": "/", "userAgent": GPTBOT})).await.expect(400);
    app.hit(None, json!({"websiteId": "665f0b3c4d2e1a0012345678", "path": "/", "userAgent": GPTBOT})).await.expect(404);
    let future = now_ms() + DAY_MS;
    app.hit(None, json!({"websiteId": site, "path": "/", "userAgent": GPTBOT, "timestamp": future})).await.expect(400);
    app.hit(None, json!({"websiteId": site, "path": "/", "userAgent": GPTBOT, "ip": "nope"})).await.expect(400);
    let huge = "x".repeat(20_000);
    app.hit(None, json!({"websiteId": site, "path": "/", "userAgent": GPTBOT, "pad": huge})).await.expect(413);
    assert!(tracking.starts_with("dfid_"), "{tracking}");
    let r = app.hit(None, json!({"trackingId": tracking, "path": "/t", "userAgent": GPTBOT})).await;
    r.expect(200);
    assert_eq!(r.body["data"]["stored"], true);
    app.hit(None, json!({"trackingId": "dfid_unknown", "path": "/t", "userAgent": GPTBOT})).await.expect(404);

    // Acknowledged hits and settings survive a restart.
    app.patch_bots(&owner.token, &site, json!({"hiddenCrawlers": ["gptbot"]})).await.expect(200);
    let (_, dir) = app.terminate().await;
    let app = TestApp::spawn_in(dir).await;
    let a = app.get(&format!("/api/v1/analytics/bot-traffic?websiteId={site}"), &owner.token).await;
    a.expect(200);
    assert_eq!(a.body["data"]["totals"]["hits"], 1);
    let s = app.get(&admin(&site, "settings"), &owner.token).await;
    assert_eq!(s.first()["settings"]["hiddenCrawlers"], json!(["gptbot"]));
}

#[tokio::test]
async fn analytics_totals_series_and_pages() {
    let app = TestApp::spawn().await;
    let owner = app.create_account("owner@example.com").await;
    let site = app.website(&owner.token, "example.com").await;
    let now = now_ms();
    let today = now.div_euclid(DAY_MS);
    // (user agent, crawler id, company, category, days ago, path)
    let plan: Vec<(&str, &str, &str, &str, i64, &str)> = vec![
        (GPTBOT, "gptbot", "OpenAI", "training", 0, "/"),
        (GPTBOT, "gptbot", "OpenAI", "training", 1, "/blog/one"),
        (GPTBOT, "gptbot", "OpenAI", "training", 1, "/blog/one"),
        (CHATGPT_USER, "chatgpt-user", "OpenAI", "answer_fetch", 2, "/pricing"),
        (CLAUDEBOT, "claudebot", "Anthropic", "training", 2, "/blog/two"),
        (CLAUDEBOT, "claudebot", "Anthropic", "training", 0, "/blog/one"),
        (PERPLEXITY, "perplexitybot", "Perplexity", "search_index", 1, "/pricing"),
        (PERPLEXITY, "perplexitybot", "Perplexity", "search_index", 5, "/docs/Setup"),
    ];
    for (ua, _, _, _, ago, path) in &plan {
        // Mid-day (or an hour ago for today) keeps each hit on its UTC day.
        let ts = if *ago == 0 { now - 1000 } else { (today - ago) * DAY_MS + DAY_MS / 2 };
        let r = app.hit(None, json!({"websiteId": site, "path": path, "userAgent": ua, "timestamp": ts})).await;
        r.expect(200);
        assert_eq!(r.body["data"]["stored"], true, "{}", r.body);
    }
    app.patch_bots(&owner.token, &site, json!({"hiddenCrawlers": ["claudebot"]})).await.expect(200);

    let get = |query: String| {
        let app = &app;
        let token = owner.token.clone();
        async move {
            let r = app.get(&query, &token).await;
            r.expect(200);
            r.body
        }
    };
    let a = get(format!("/api/v1/analytics/bot-traffic?websiteId={site}&interval=day&timezone=UTC")).await;
    let d = &a["data"];
    assert_eq!(d["totals"]["hits"], plan.len() as i64);
    assert_eq!(d["totals"]["verifiedHits"], 0);
    let pages: std::collections::BTreeSet<&str> = plan.iter().map(|p| p.5).collect();
    assert_eq!(d["totals"]["pages"], pages.len() as i64);
    let mut per_crawler: BTreeMap<&str, i64> = BTreeMap::new();
    let mut per_company: BTreeMap<&str, i64> = BTreeMap::new();
    for p in &plan {
        *per_crawler.entry(p.1).or_default() += 1;
        *per_company.entry(p.2).or_default() += 1;
    }
    for c in d["crawlers"].as_array().unwrap() {
        assert_eq!(c["hits"], per_crawler[c["crawlerId"].as_str().unwrap()], "{c}");
        assert_eq!(c["hidden"], c["crawlerId"] == "claudebot");
    }
    assert_eq!(d["crawlers"].as_array().unwrap().len(), per_crawler.len());
    for c in d["companies"].as_array().unwrap() {
        assert_eq!(c["hits"], per_company[c["company"].as_str().unwrap()], "{c}");
    }
    // 30 daily buckets ending today; hidden ClaudeBot is left out of the chart only.
    let series = d["timeseries"].as_array().unwrap();
    assert_eq!(series.len(), 30);
    for (i, bucket) in series.iter().enumerate() {
        let ago = 29 - i as i64;
        let expected = plan.iter().filter(|p| p.4 == ago && p.1 != "claudebot").count() as i64;
        assert_eq!(bucket["hits"], expected, "bucket {i}: {bucket}");
        let gpt = plan.iter().filter(|p| p.4 == ago && p.1 == "gptbot").count() as i64;
        assert_eq!(bucket["groups"].get("gptbot").and_then(Value::as_i64).unwrap_or(0), gpt);
        assert!(bucket["groups"].get("claudebot").is_none());
    }

    // Filters.
    let count = |body: &Value| body["data"]["totals"]["hits"].as_i64().unwrap();
    let base = format!("/api/v1/analytics/bot-traffic?websiteId={site}");
    let training = plan.iter().filter(|p| p.3 == "training").count() as i64;
    assert_eq!(count(&get(format!("{base}&category=training")).await), training);
    assert_eq!(count(&get(format!("{base}&company=OpenAI")).await), per_company["OpenAI"]);
    assert_eq!(count(&get(format!("{base}&crawlerId=perplexitybot")).await), per_crawler["perplexitybot"]);
    assert_eq!(count(&get(format!("{base}&verification=ip_verified")).await), 0);
    assert_eq!(count(&get(format!("{base}&verification=user_agent_only")).await), plan.len() as i64);
    // A date range in the website's zone (UTC): yesterday and today.
    let last_two_days = plan.iter().filter(|p| p.4 <= 1).count() as i64;
    let a = get(format!("{base}&startAt={}&endAt={}", date(today - 1), date(today))).await;
    assert_eq!(count(&a), last_two_days);
    assert_eq!(a["data"]["timeseries"].as_array().unwrap().len(), 2);
    for bad in ["category=robots", "verification=maybe", "interval=minute", "timezone=Mars/Base"] {
        app.get(&format!("{base}&{bad}"), &owner.token).await.expect(400);
    }

    // Pages: by hits, paged, searchable.
    let mut per_path: BTreeMap<&str, i64> = BTreeMap::new();
    for p in &plan {
        *per_path.entry(p.5).or_default() += 1;
    }
    let mut expected: Vec<(&str, i64)> = per_path.iter().map(|(k, v)| (*k, *v)).collect();
    expected.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let p = get(format!("/api/v1/analytics/bot-traffic/pages?websiteId={site}&limit=2&offset=1")).await;
    assert_eq!(p["pagination"]["total"], expected.len() as i64);
    let got: Vec<(String, i64)> = p["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (r["path"].as_str().unwrap().to_string(), r["hits"].as_i64().unwrap()))
        .collect();
    let want: Vec<(String, i64)> = expected[1..3].iter().map(|(k, v)| (k.to_string(), *v)).collect();
    assert_eq!(got, want);
    let p = get(format!("/api/v1/analytics/bot-traffic/pages?websiteId={site}&pageSearch=BLOG")).await;
    let blog: i64 = per_path.iter().filter(|(k, _)| k.contains("blog")).map(|(_, v)| v).sum();
    assert_eq!(p["data"].as_array().unwrap().iter().map(|r| r["hits"].as_i64().unwrap()).sum::<i64>(), blog);
    let one = &p["data"][0];
    assert_eq!(one["path"], "/blog/one");
    assert_eq!(one["crawlers"], 2);
    let p = get(format!("/api/v1/analytics/bot-traffic/pages?websiteId={site}&company=Perplexity")).await;
    assert_eq!(p["pagination"]["total"], 2);
    // A df_ key reads its own website's bot traffic (analytics:read).
    let key = app.website_key(&owner.token, &site).await;
    let r = app.get("/api/v1/analytics/bot-traffic", &key).await;
    r.expect(200);
    assert_eq!(r.body["data"]["totals"]["hits"], plan.len() as i64);
}

#[tokio::test]
async fn usage_counts_account_hits_against_the_allowance() {
    let app = TestApp::spawn_with_env(tempfile::tempdir().unwrap(), &[("DATAFAST_BOT_TRAFFIC_ALLOWANCE", "3")]).await;
    let owner = app.create_account("owner@example.com").await;
    let a = app.website(&owner.token, "a.example.com").await;
    let b = app.website(&owner.token, "b.example.com").await;
    let c = app.website(&owner.token, "c.example.com").await;
    for (site, n) in [(&a, 2), (&b, 1)] {
        for _ in 0..n {
            let r = app.hit(None, json!({"websiteId": site, "path": "/", "userAgent": GPTBOT})).await;
            assert_eq!(r.body["data"]["stored"], true);
        }
    }
    let r = app.hit(None, json!({"websiteId": c, "path": "/", "userAgent": GPTBOT})).await;
    r.expect(200);
    assert_eq!(r.body["data"], json!({"stored": false, "reason": "allowance_exhausted"}));

    let u = app.get("/api/v1/admin/bot-traffic/usage", &owner.token).await;
    u.expect(200);
    let usage = &u.first()["usage"];
    assert_eq!(usage["usage"], 3);
    assert_eq!(usage["dropped"], 1);
    assert_eq!(usage["allowance"], 3);
    assert_eq!(usage["remaining"], 0);
    assert_eq!(usage["percentUsed"], 100.0);
    assert_eq!(usage["isCounting"], false);
    let stats: BTreeMap<String, i64> = u.first()["websiteStats"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s["domain"].as_str().unwrap().to_string(), s["requests"].as_i64().unwrap()))
        .collect();
    assert_eq!(stats, BTreeMap::from([("a.example.com".to_string(), 2), ("b.example.com".to_string(), 1)]));
    // Another account's usage is its own.
    let other = app.create_account("other@example.com").await;
    let u = app.get("/api/v1/admin/bot-traffic/usage", &other.token).await;
    assert_eq!(u.first()["usage"]["usage"], 0);
    assert_eq!(u.first()["usage"]["isCounting"], true);
}
