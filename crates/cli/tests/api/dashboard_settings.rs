//! The dashboard's settings screens in headless Chromium (`tests/browser/settings.mjs`), with
//! everything they changed read back here through the API: website settings, a token whose
//! raw key was shown once and works, a website key, an invitation accepted by a viewer who then
//! finds no settings, a funnel, an alert, an integration, a note, and the public dashboard link working
//! without a login only while it is switched on.

use std::time::Duration;

use reqwest::Method;
use serde_json::{json, Value};

use crate::events::{pageview, CHROME};
use crate::helpers::TestApp;
use crate::node_runner::{require_tools, run_script};
use crate::team::team_path;

const OWNER_EMAIL: &str = "owner@example.com";
const OWNER_PASSWORD: &str = "owner password 42";
const MEMBER_PASSWORD: &str = "member password 42";

#[tokio::test]
async fn settings_screens_change_what_the_api_says_in_headless_chromium() {
    let chromium = require_tools();
    let app = TestApp::spawn().await;
    let out = app
        .cli(&["account", "create", "--email", OWNER_EMAIL, "--password-stdin"], Some(&format!("{OWNER_PASSWORD}\n")))
        .await;
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let owner: Value = serde_json::from_slice(&out.stdout).unwrap();
    let owner_token = owner["token"].as_str().unwrap().to_string();
    let created = app
        .post(
            "/api/v1/admin/websites",
            &owner_token,
            json!({"domain": "example.com", "timezone": "UTC", "name": "Example"}),
        )
        .await;
    created.expect(200);
    let site = created.first()["websiteId"].as_str().unwrap().to_string();
    let tracking = created.first()["trackingId"].as_str().unwrap().to_string();
    // Four visitors today, so the public dashboard has something to show.
    for visitor in 1..=4 {
        let ip = format!("203.0.113.{visitor}");
        app.send_event(&pageview(&tracking, "https://example.com/", visitor), CHROME, Some(&ip)).await.expect(200);
    }
    let realtime = format!("/api/v1/analytics/realtime?websiteId={site}");
    for _ in 0..100 {
        if app.get(&realtime, &owner_token).await.first()["visitors"] == 4 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    // Two of them complete the goal the Goals screen customizes.
    for visitor in 1..=2 {
        let mut goal = pageview(&tracking, "https://example.com/", visitor);
        goal["type"] = json!("custom");
        goal["extraData"] = json!({"eventName": "signup"});
        app.send_event(&goal, CHROME, Some(&format!("203.0.113.{visitor}"))).await.expect(200);
    }
    let tracked = format!("/api/v1/admin/websites/{site}/goals");
    app.eventually(&tracked, &owner_token, |b| {
        b["data"].as_array().is_some_and(|g| g.iter().any(|g| g["name"] == "signup"))
    })
    .await;

    // A member, joined through the invitation API with a password of their own.
    let link = app.invite(&owner_token, &site, "member@example.com", "member").await;
    app.call(
        Method::POST,
        &format!("{link}/accept"),
        None,
        Some(json!({"name": "Mo Member", "password": MEMBER_PASSWORD})),
    )
    .await
    .expect(200);

    let env = [
        ("DATAFAST_URL", app.base.clone()),
        ("WEBSITE_ID", site.clone()),
        ("OWNER_EMAIL", OWNER_EMAIL.to_string()),
        ("OWNER_PASSWORD", OWNER_PASSWORD.to_string()),
        ("MEMBER_EMAIL", "member@example.com".to_string()),
        ("MEMBER_PASSWORD", MEMBER_PASSWORD.to_string()),
    ];
    let report = run_script("settings.mjs", &chromium, &env, Duration::from_secs(300)).await;

    // The token shown once works, with exactly what was ticked, on this website only.
    let raw = report["rawToken"].as_str().expect("rawToken");
    let settings = app.get(&format!("/api/v1/admin/websites/{site}"), raw).await;
    settings.expect(200);
    let s = settings.first();
    assert_eq!(s["timezone"], "Europe/Paris");
    assert_eq!(s["currency"], "EUR");
    assert_eq!(s["excludedPaths"], json!(["/admin", "/preview/*"]));
    assert_eq!(s["excludedCountries"], json!(["FR"]));
    assert_eq!(s["excludedIps"], json!([]), "the refused IP list changed nothing");
    assert_eq!(s["isPublicDashboardEnabled"], false, "switched on, then off again");
    assert!(report["invalidIpMessage"].as_str().unwrap().contains("not-an-ip"), "{report}");
    app.put(&format!("/api/v1/admin/websites/{site}"), raw, json!({"name": "x"})).await.expect(403);
    let tokens = app.get("/api/v1/admin/access-tokens", &owner_token).await;
    let token = tokens.data().iter().find(|t| t["name"] == "E2E reporting").expect("the token is listed");
    let mut permissions: Vec<&str> =
        token["permissions"].as_array().unwrap().iter().filter_map(Value::as_str).collect();
    permissions.sort_unstable();
    assert_eq!(permissions, ["analytics:read", "settings:read", "websites:read"]);
    assert_eq!(token["websiteIds"], json!([site]));
    assert_eq!(token["displayKey"], report["maskedToken"]);
    assert_ne!(token["displayKey"].as_str().unwrap(), raw);
    if let Some(copied) = report["clipboardToken"].as_str() {
        assert_eq!(copied, raw, "the copy button copies the raw token");
    }

    // The website key works for its website.
    let key = report["rawWebsiteKey"].as_str().expect("rawWebsiteKey");
    let overview = app.get(&format!("/api/v1/analytics/overview?websiteId={site}"), key).await;
    overview.expect(200);
    assert_eq!(overview.first()["visitors"], 4);

    // The public dashboard showed the same visitors without a login; now it is closed.
    assert_eq!(report["sharedVisitors"], 4);
    app.call(Method::GET, &format!("/api/v1/analytics/overview?websiteId={site}"), None, None).await.expect(401);

    // The viewer joined through the link the team screen showed.
    let team = app.get(&team_path(&site), &owner_token).await;
    let viewer = team.data().iter().find(|m| m["email"] == "viewer@example.com").expect("the viewer joined");
    assert_eq!(viewer["role"], "viewer");
    assert_eq!(team.data().len(), 3, "owner, member, viewer: the member could not remove anyone");

    let alerts = app.get(&format!("/api/v1/admin/websites/{site}/alerts"), &owner_token).await;
    assert_eq!(alerts.data().len(), 1);
    assert_eq!(alerts.first()["name"], "New signup");
    assert_eq!(alerts.first()["trigger"]["goalName"], "signup");

    let funnels = app.get(&format!("/api/v1/admin/websites/{site}/funnels"), &owner_token).await;
    assert_eq!(funnels.data().len(), 1);
    let steps = &funnels.first()["steps"];
    assert_eq!(funnels.first()["name"], "Home to signup");
    assert_eq!((steps[0]["type"].clone(), steps[0]["url"].clone()), (json!("pageview"), json!("/")));
    assert_eq!((steps[1]["type"].clone(), steps[1]["goalName"].clone()), (json!("goal"), json!("signup")));

    let integrations = app.get(&format!("/api/v1/admin/websites/{site}/integrations"), &owner_token).await;
    let stripe = &integrations.first()["stripe"];
    assert_eq!(stripe["connected"], true);
    assert_eq!(stripe["displayKey"], "rk_live...y123");
    assert!(report["stripeRefusal"].as_str().unwrap().to_lowercase().contains("restricted"), "{report}");

    // The goal's display metadata, saved from the Goals screen (the panel showing it is
    // checked in the browser).
    let looks = app.get(&format!("/api/v1/admin/websites/{site}/goals/customizations"), &owner_token).await;
    looks.expect(200);
    assert_eq!(looks.data().len(), 1);
    let look = looks.first();
    assert_eq!(
        (&look["goalName"], &look["displayName"], &look["color"], &look["description"]),
        (&json!("signup"), &json!("Sign-ups"), &json!("#14b8a6"), &json!("Created an account"))
    );

    // Crawler settings and the crawler token from the AI crawlers screen: GPTBot dropped, only
    // verified crawlers, the token required; the raw token shown once works, none is refused.
    let bots = app.get(&format!("/api/v1/admin/websites/{site}/bot-traffic/settings"), &owner_token).await;
    let bot_settings = &bots.first()["settings"];
    assert_eq!(bot_settings["excludedCrawlerIds"], json!(["gptbot"]));
    assert_eq!((&bot_settings["verifiedOnly"], &bot_settings["requireAuthToken"]), (&json!(true), &json!(true)));
    let status = app.get(&format!("/api/v1/admin/websites/{site}/bot-traffic/token"), &owner_token).await;
    assert_eq!(status.first()["displayToken"], report["maskedBotToken"]);
    let raw_bot = report["rawBotToken"].as_str().expect("rawBotToken");
    assert!(raw_bot.starts_with("dfbot_"));
    let hit = json!({"websiteId": site, "path": "/docs", "userAgent": "Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; ClaudeBot/1.0; +claudebot@anthropic.com)"});
    let unsigned = app.raw(app.request(Method::POST, "/api/bot-traffic").json(&hit)).await;
    unsigned.expect(401);
    let signed = app.raw(app.request(Method::POST, "/api/bot-traffic").bearer_auth(raw_bot).json(&hit)).await;
    assert!(signed.status < 300, "the shown token is accepted: {} {}", signed.status, signed.body);

    // The note, at 14:30 in the website's zone as it then was (Paris, UTC+1 in March).
    let notes = app.get(&format!("/api/v1/admin/websites/{site}/notes"), &owner_token).await;
    let note = notes.data().iter().find(|n| n["text"] == report["noteText"]).expect("the note is in the API");
    // Deleted in the browser through the rows' buttons: gone from the API, the others kept.
    assert!(!notes.data().iter().any(|n| n["text"] == report["deletedNote"]), "{}", notes.body);
    let keys = app.get(&format!("/api/v1/admin/websites/{site}/apikeys"), &owner_token).await;
    let key_names: Vec<&str> = keys.data().iter().filter_map(|k| k["name"].as_str()).collect();
    assert!(
        key_names.contains(&"E2E server") && !key_names.contains(&report["deletedKey"].as_str().unwrap()),
        "{key_names:?}"
    );
    assert_eq!(note["timestamp"], "2026-03-02T13:30:00.000Z");
}
