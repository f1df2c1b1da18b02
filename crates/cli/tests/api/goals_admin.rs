//! `/admin/websites/{id}/goals`: tracked goals counted from events sent through
//! `POST /api/events`, and goal display customizations with their validation and palette.

use serde_json::{json, Value};

use crate::events::{pageview, CHROME};
use crate::funnels::grant_role;
use crate::helpers::{is_iso_millis, TestApp};

#[tokio::test]
async fn tracked_goals_count_completions_visitors_and_conversion() {
    let app = TestApp::spawn().await;
    let (token, site, tracking) = app.site().await;
    for v in 1..=6 {
        app.send_event(&pageview(&tracking, "https://example.com/", v), CHROME, None).await.expect(200);
    }
    let goals: &[(u32, &str)] =
        &[(1, "signup"), (1, "signup"), (1, "purchase"), (2, "signup"), (3, "Newsletter Signup")];
    for (v, name) in goals {
        let mut goal = pageview(&tracking, "https://example.com/signup", *v);
        goal["type"] = json!("custom");
        goal["extraData"] = json!({"eventName": name});
        app.send_event(&goal, CHROME, None).await.expect(200);
    }
    // 6 visitors: signup 3 completions by 2 visitors, the others once each.
    let want = json!([
        {"name": "signup", "total": 3, "uv": 2, "conversionRate": 0.3333, "eventType": "custom"},
        {"name": "newsletter_signup", "total": 1, "uv": 1, "conversionRate": 0.1667, "eventType": "custom"},
        {"name": "purchase", "total": 1, "uv": 1, "conversionRate": 0.1667, "eventType": "custom"},
    ]);
    let path = format!("/api/v1/admin/websites/{site}/goals");
    let mut got = Value::Null;
    // The writer stores accepted events within half a second; poll briefly.
    for _ in 0..50 {
        let r = app.get(&path, &token).await;
        r.expect(200);
        got = r.body["data"].clone();
        if got == want {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert_eq!(got, want);

    // settings:read is the permission; a df_ key of the website may read it.
    let settings_reader = app.token(&token, json!({"permissions": ["settings:read"]})).await;
    app.get(&path, &settings_reader).await.expect(200);
    let goals_reader = app.token(&token, json!({"permissions": ["goals:read", "analytics:read"]})).await;
    app.get(&path, &goals_reader).await.expect(403);
    let key = app.website_key(&token, &site).await;
    assert_eq!(app.get(&path, &key).await.body["data"], want);
    let other = app.website(&token, "other.example.org").await;
    let other_key = app.website_key(&token, &other).await;
    app.get(&path, &other_key).await.expect(403);
    // A website without goals lists none.
    let empty = app.get(&format!("/api/v1/admin/websites/{other}/goals"), &token).await;
    empty.expect(200);
    assert_eq!(empty.body["data"], json!([]));
}

#[tokio::test]
async fn goal_customizations_are_validated_saved_and_cleared() {
    let app = TestApp::spawn().await;
    let (token, site, _) = app.site().await;
    let path = format!("/api/v1/admin/websites/{site}/goals/customizations");

    let empty = app.get(&path, &token).await;
    empty.expect(200);
    assert_eq!(empty.body["data"], json!([]));
    let colors = empty.body["colors"].as_array().unwrap().clone();
    assert!(colors.len() >= 8);
    assert!(colors.iter().all(|c| c["color"].as_str().is_some_and(|h| h.len() == 7 && h.starts_with('#'))
        && c["label"].is_string()
        && c["family"].is_string()));
    assert!(colors.iter().any(|c| c["color"] == "#ef4444" && c["family"] == "red"));
    assert!(colors.iter().any(|c| c["color"] == "#8dcdff"));

    // Create: the name is normalised (lower case, spaces → _), the color matched any case.
    let r = app
        .call(
            reqwest::Method::PATCH,
            &path,
            Some(&token),
            Some(json!({"goalName": "Signup Started", "displayName": " Signup started ", "color": "#EF4444"})),
        )
        .await;
    r.expect(200);
    let saved = r.first().clone();
    assert_eq!(saved["goalName"], "signup_started");
    assert_eq!(saved["displayName"], "Signup started");
    assert_eq!(saved["color"], "#ef4444");
    assert_eq!(saved["description"], Value::Null);
    assert!(is_iso_millis(&saved["updatedAt"]));
    assert_eq!(r.body["colors"].as_array().unwrap().len(), colors.len());

    let patch = |body: Value| {
        let (app, token, path) = (&app, &token, &path);
        async move { app.call(reqwest::Method::PATCH, path, Some(token), Some(body)).await }
    };
    // Only the fields sent change.
    let r = patch(json!({"goalName": "signup_started", "description": "Visitor opened the signup flow"})).await;
    r.expect(200);
    assert_eq!(
        (r.first()["displayName"].as_str(), r.first()["color"].as_str(), r.first()["description"].as_str()),
        (Some("Signup started"), Some("#ef4444"), Some("Visitor opened the signup flow"))
    );
    patch(json!({"goalName": "checkout", "color": "#8dcdff"})).await.expect(200);
    let listed = app.get(&path, &token).await;
    let names: Vec<&str> = listed.data().iter().map(|c| c["goalName"].as_str().unwrap()).collect();
    assert_eq!(names, ["checkout", "signup_started"]);
    let one = app.get(&format!("{path}?goalName=Signup%20Started"), &token).await;
    assert_eq!(one.data().len(), 1);
    assert_eq!(one.first()["description"], "Visitor opened the signup flow");
    app.get(&format!("{path}?goalName=bad/name"), &token).await.expect(400);

    // null clears a field; clearing the last one removes the customization.
    let r = patch(json!({"goalName": "checkout", "color": null})).await;
    r.expect(200);
    assert_eq!(r.first()["color"], Value::Null);
    let names: Vec<String> =
        app.get(&path, &token).await.data().iter().map(|c| c["goalName"].as_str().unwrap().to_string()).collect();
    assert_eq!(names, ["signup_started"]);

    // Every documented error.
    for (body, mentions) in [
        (json!({"displayName": "x"}), "goalName"),
        (json!({"goalName": "bad/name", "displayName": "x"}), "goalName"),
        (json!({"goalName": "identify", "displayName": "x"}), "reserved"),
        (json!({"goalName": "g".repeat(65), "displayName": "x"}), "goalName"),
        (json!({"goalName": "signup"}), "No fields"),
        (json!({"goalName": "signup", "color": "#123456"}), "palette"),
        (json!({"goalName": "signup", "displayName": "d".repeat(81)}), "80"),
        (json!({"goalName": "signup", "description": "d".repeat(301)}), "300"),
        (json!({"goalName": "signup", "displayName": 5}), "displayName"),
        (json!({"goalName": "signup", "emoji": "🎉"}), "emoji"),
    ] {
        let r = patch(body.clone()).await;
        r.expect(400);
        assert!(r.body["error"]["message"].as_str().unwrap().contains(mentions), "{body}: {}", r.body);
    }
    // At the edges of the limits it is accepted; past 4 KB the body is refused as too large.
    patch(json!({"goalName": "edge", "displayName": "d".repeat(80), "description": "e".repeat(300)})).await.expect(200);
    patch(json!({"goalName": "signup", "description": "x".repeat(5000)})).await.expect(413);

    // Delete (reset to the raw name and automatic color).
    let r = app.delete(&format!("{path}?goalName=Signup%20Started"), &token).await;
    r.expect(200);
    assert_eq!(r.body["data"], json!([{"deleted": true, "goalName": "signup_started"}]));
    let r = app.delete(&format!("{path}?goalName=signup_started"), &token).await;
    assert_eq!(r.body["data"], json!([{"deleted": false, "goalName": "signup_started"}]));
    app.delete(&path, &token).await.expect(400);
    app.delete(&format!("{path}?goalName=identify"), &token).await.expect(400);
}

#[tokio::test]
async fn goal_customizations_enforce_permissions_scope_and_roles() {
    let app = TestApp::spawn().await;
    let (token, site, _) = app.site().await;
    let other = app.website(&token, "other.example.org").await;
    let path = format!("/api/v1/admin/websites/{site}/goals/customizations");
    let body = json!({"goalName": "signup", "color": "#ef4444"});
    let patch = |token: String, path: String, body: Value| {
        let app = &app;
        async move { app.call(reqwest::Method::PATCH, &path, Some(&token), Some(body)).await }
    };

    let reader = app.token(&token, json!({"permissions": ["goals:read"]})).await;
    let writer = app.token(&token, json!({"permissions": ["goals:write"]})).await;
    app.get(&path, &reader).await.expect(200);
    patch(reader.clone(), path.clone(), body.clone()).await.expect(403);
    app.delete(&format!("{path}?goalName=signup"), &reader).await.expect(403);
    app.get(&path, &writer).await.expect(403);
    patch(writer.clone(), path.clone(), body.clone()).await.expect(200);

    let scoped = app.token(&token, json!({"permissions": ["*"], "websiteIds": [other]})).await;
    app.get(&path, &scoped).await.expect(403);
    let key = app.website_key(&token, &site).await;
    patch(key.clone(), path.clone(), json!({"goalName": "signup", "displayName": "Sign-up"})).await.expect(200);
    app.get(&format!("/api/v1/admin/websites/{other}/goals/customizations"), &key).await.expect(403);

    let viewer = app.create_account("viewer@example.com").await;
    grant_role(&app, &site, &viewer.user_id, "viewer");
    let seen = app.get(&path, &viewer.token).await;
    seen.expect(200);
    assert_eq!(seen.first()["displayName"], "Sign-up");
    patch(viewer.token.clone(), path.clone(), body.clone()).await.expect(403);
    app.delete(&format!("{path}?goalName=signup"), &viewer.token).await.expect(403);
    let stranger = app.create_account("stranger@example.com").await;
    app.get(&path, &stranger.token).await.expect(403);
    app.call(reqwest::Method::GET, &path, None, None).await.expect(401);
}
