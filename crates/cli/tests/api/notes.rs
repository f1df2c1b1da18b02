//! `/admin/websites/{id}/notes`: chart annotations with idempotent creation, website-time-zone
//! dates, search, paging and the usual access rules.

use serde_json::json;

use crate::funnels::grant_role;
use crate::helpers::{is_iso_millis, is_object_id, TestApp};

#[tokio::test]
async fn notes_are_created_idempotently_listed_updated_and_deleted() {
    let app = TestApp::spawn().await;
    let acct = app.create_account("owner@example.com").await;
    let token = acct.token.clone();
    let r =
        app.post("/api/v1/admin/websites", &token, json!({"domain": "example.com", "timezone": "Europe/Paris"})).await;
    r.expect(200);
    let site = r.first()["websiteId"].as_str().unwrap().to_string();
    let path = format!("/api/v1/admin/websites/{site}/notes");

    // 201 for a new note; the text is trimmed, a date is midnight in the website's zone
    // (Paris is on CEST, +02:00, in May), the author is the caller.
    let created = app
        .post(
            &path,
            &token,
            json!({"text": "  Launched new landing page ", "timestamp": "2026-05-21", "idempotencyKey": "launch:v1"}),
        )
        .await;
    created.expect(201);
    let note = created.first().clone();
    assert!(is_object_id(&note["id"]));
    assert_eq!(note["websiteId"], site.as_str());
    assert_eq!(note["text"], "Launched new landing page");
    assert_eq!(note["timestamp"], "2026-05-20T22:00:00.000Z");
    assert_eq!(note["author"]["id"], acct.user_id.as_str());
    assert!(note["author"].as_object().unwrap().contains_key("name"));
    assert!(note["author"].as_object().unwrap().contains_key("image"));
    assert!(is_iso_millis(&note["createdAt"]) && is_iso_millis(&note["updatedAt"]));
    let id = note["id"].as_str().unwrap().to_string();

    // Replaying the same key with the same input: 200 and the same note, no duplicate.
    let replay = app
        .post(&path, &token, json!({"text": "Launched new landing page", "timestamp": "2026-05-20T22:00:00Z", "idempotencyKey": "launch:v1"}))
        .await;
    replay.expect(200);
    assert_eq!(replay.first()["id"], id.as_str());
    // The same key with other input: 409.
    let clash = app
        .post(
            &path,
            &token,
            json!({"text": "Something else", "timestamp": "2026-05-21", "idempotencyKey": "launch:v1"}),
        )
        .await;
    clash.expect(409);
    // Keys are per author: another member of the website may use the same key.
    let member = app.create_account("member@example.com").await;
    grant_role(&app, &site, &member.user_id, "member");
    let theirs = app
        .post(
            &path,
            &member.token,
            json!({"text": "Their note", "timestamp": "2026-05-22T10:00:00+02:00", "idempotencyKey": "launch:v1"}),
        )
        .await;
    theirs.expect(201);
    assert_eq!(theirs.first()["author"]["id"], member.user_id.as_str());
    assert_eq!(theirs.first()["timestamp"], "2026-05-22T08:00:00.000Z");

    // Validation.
    for (body, mentions) in [
        (json!({"timestamp": "2026-05-21"}), "text"),
        (json!({"text": "   ", "timestamp": "2026-05-21"}), "text"),
        (json!({"text": "é".repeat(501), "timestamp": "2026-05-21"}), "500"),
        (json!({"text": "x"}), "timestamp"),
        (json!({"text": "x", "timestamp": "2026-05-21T10:00:00"}), "timestamp"),
        (json!({"text": "x", "timestamp": "last tuesday"}), "timestamp"),
        (json!({"text": "x", "timestamp": 1779321600000i64}), "timestamp"),
        (json!({"text": "x", "timestamp": "2026-05-21", "idempotencyKey": "has space"}), "idempotencyKey"),
        (json!({"text": "x", "timestamp": "2026-05-21", "idempotencyKey": "k".repeat(129)}), "idempotencyKey"),
        (json!({"text": "x", "timestamp": "2026-05-21", "author": "me"}), "author"),
    ] {
        let r = app.post(&path, &token, body.clone()).await;
        r.expect(400);
        assert!(r.body["error"]["message"].as_str().unwrap().contains(mentions), "{body}: {}", r.body);
    }
    app.post(
        &path,
        &token,
        json!({"text": "é".repeat(500), "timestamp": "2026-05-23T00:00:00Z", "idempotencyKey": "k".repeat(128)}),
    )
    .await
    .expect(201);

    // More notes over several days for listing.
    for day in 24..=28 {
        let text = if day % 2 == 0 { format!("Deploy {day}") } else { format!("Campaign {day}") };
        app.post(&path, &token, json!({"text": text, "timestamp": format!("2026-05-{day}T12:00:00Z")}))
            .await
            .expect(201);
    }
    let list = |query: &str| {
        let (app, token, path) = (&app, &token, &path);
        let query = query.to_string();
        async move {
            let r = app.get(&format!("{path}{query}"), token).await;
            r.expect(200);
            r
        }
    };
    let texts = |r: &crate::helpers::Resp| -> Vec<String> {
        r.data().iter().map(|n| n["text"].as_str().unwrap().chars().take(12).collect()).collect()
    };
    let all = list("").await;
    assert_eq!(all.body["pagination"], json!({"limit": 100, "offset": 0, "total": 8}));
    // Newest first by default.
    assert_eq!(texts(&all)[..3], ["Deploy 28", "Campaign 27", "Deploy 26"]);
    let asc = list("?order=asc&limit=2").await;
    assert_eq!(texts(&asc), ["Launched new", "Their note"]);
    assert_eq!(asc.body["pagination"], json!({"limit": 2, "offset": 0, "total": 8}));
    let page = list("?order=asc&limit=2&offset=6").await;
    assert_eq!(texts(&page), ["Campaign 27", "Deploy 28"]);
    // Case-insensitive search, taken literally.
    assert_eq!(texts(&list("?q=DEPLOY").await), ["Deploy 28", "Deploy 26", "Deploy 24"]);
    assert_eq!(list("?q=%25").await.data().len(), 0);
    // Dates are whole days in the requested zone (default: the website's, Paris).
    let range = list("?startAt=2026-05-24&endAt=2026-05-25").await;
    assert_eq!(texts(&range), ["Campaign 25", "Deploy 24"]);
    let tokyo = list("?startAt=2026-05-21&endAt=2026-05-21&timezone=Asia/Tokyo").await;
    // 2026-05-21 in Tokyo is 20 May 15:00Z → 21 May 15:00Z: the Paris-midnight launch note only.
    assert_eq!(texts(&tokyo), ["Launched new"]);
    for bad in [
        "?order=up",
        "?limit=0",
        "?limit=1001",
        "?offset=-1",
        "?startAt=2026-05-21",
        "?timezone=Mars/Base",
        &format!("?q={}", "q".repeat(201)),
    ] {
        app.get(&format!("{path}{bad}"), &token).await.expect(400);
    }

    // Update text and/or timestamp.
    let note_path = format!("{path}/{id}");
    let updated = app.put(&note_path, &token, json!({"text": "Launched the new landing page"})).await;
    updated.expect(200);
    assert_eq!(updated.first()["text"], "Launched the new landing page");
    assert_eq!(updated.first()["timestamp"], "2026-05-20T22:00:00.000Z");
    let moved = app.put(&note_path, &token, json!({"timestamp": "2026-05-19"})).await;
    assert_eq!(moved.first()["timestamp"], "2026-05-18T22:00:00.000Z");
    app.put(&note_path, &token, json!({})).await.expect(400);
    app.put(&note_path, &token, json!({"text": ""})).await.expect(400);
    app.put(&note_path, &token, json!({"idempotencyKey": "x"})).await.expect(400);
    app.put(&format!("{path}/665f0b3c4d2e1a0012345678"), &token, json!({"text": "x"})).await.expect(404);
    app.put(&format!("{path}/nope"), &token, json!({"text": "x"})).await.expect(400);
    // An edited note no longer matches its original input: replaying the key is a conflict.
    app.post(
        &path,
        &token,
        json!({"text": "Launched new landing page", "timestamp": "2026-05-21", "idempotencyKey": "launch:v1"}),
    )
    .await
    .expect(409);

    // Delete frees the key.
    let deleted = app.delete(&note_path, &token).await;
    deleted.expect(200);
    assert_eq!(deleted.body["data"], json!([{"deleted": true, "id": id}]));
    app.delete(&note_path, &token).await.expect(404);
    let fresh = app
        .post(
            &path,
            &token,
            json!({"text": "Launched new landing page", "timestamp": "2026-05-21", "idempotencyKey": "launch:v1"}),
        )
        .await;
    fresh.expect(201);
    assert_ne!(fresh.first()["id"], id.as_str());
}

#[tokio::test]
async fn notes_enforce_permissions_scope_and_roles() {
    let app = TestApp::spawn().await;
    let (token, site, _) = app.site().await;
    let other = app.website(&token, "other.example.org").await;
    let path = format!("/api/v1/admin/websites/{site}/notes");
    let body = json!({"text": "Release", "timestamp": "2026-05-21T09:00:00Z"});
    let created = app.post(&path, &token, body.clone()).await;
    created.expect(201);
    let id = created.first()["id"].as_str().unwrap().to_string();

    let reader = app.token(&token, json!({"permissions": ["notes:read"]})).await;
    let writer = app.token(&token, json!({"permissions": ["notes:write"]})).await;
    let analytics = app.token(&token, json!({"permissions": ["analytics:read", "settings:write"]})).await;
    app.get(&path, &reader).await.expect(200);
    app.post(&path, &reader, body.clone()).await.expect(403);
    app.put(&format!("{path}/{id}"), &reader, json!({"text": "x"})).await.expect(403);
    app.delete(&format!("{path}/{id}"), &reader).await.expect(403);
    app.get(&path, &writer).await.expect(403);
    app.post(&path, &writer, body.clone()).await.expect(201);
    app.get(&path, &analytics).await.expect(403);

    // Scope: tokens limited to another website, keys of another website.
    let scoped = app.token(&token, json!({"permissions": ["*"], "websiteIds": [other]})).await;
    app.get(&path, &scoped).await.expect(403);
    let key = app.website_key(&token, &site).await;
    let by_key = app.post(&path, &key, json!({"text": "From the key", "timestamp": "2026-05-21"})).await;
    by_key.expect(201);
    let other_key = app.website_key(&token, &other).await;
    app.get(&path, &other_key).await.expect(403);
    app.delete(&format!("/api/v1/admin/websites/{other}/notes/{id}"), &token).await.expect(404);

    // Roles: viewers read only; strangers nothing.
    let viewer = app.create_account("viewer@example.com").await;
    grant_role(&app, &site, &viewer.user_id, "viewer");
    let seen = app.get(&path, &viewer.token).await;
    seen.expect(200);
    assert_eq!(seen.data().len(), 3);
    app.post(&path, &viewer.token, body.clone()).await.expect(403);
    app.delete(&format!("{path}/{id}"), &viewer.token).await.expect(403);
    let stranger = app.create_account("stranger@example.com").await;
    app.get(&path, &stranger.token).await.expect(403);
    app.call(reqwest::Method::GET, &path, None, None).await.expect(401);
}
