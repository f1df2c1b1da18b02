//! Team (M1–M3) and invitations: owner-only invites with a one-time link, accepted by a new
//! person (who gets an account) or by an existing account with the invited email; listing,
//! removing members and revoking invitations.

use reqwest::Method;
use serde_json::{json, Value};

use crate::helpers::{is_iso_millis, is_object_id, TestApp};

pub fn team_path(site: &str) -> String {
    format!("/api/v1/admin/websites/{site}/team")
}

/// The invitation link's path (`/api/v1/invitations/dfinv_...`) from an invite response.
pub fn link_path(invite: &Value) -> String {
    let url = invite["inviteUrl"].as_str().expect("inviteUrl");
    let at = url.find("/api/v1/invitations/").expect("invitation path");
    url[at..].to_string()
}

impl TestApp {
    /// Invites `email` with `role` and returns the invitation link's path.
    pub async fn invite(&self, owner_token: &str, site: &str, email: &str, role: &str) -> String {
        let r = self.post(&team_path(site), owner_token, json!({"email": email, "role": role})).await;
        r.expect(200);
        link_path(r.first())
    }

    /// Adds `email` to the website with `role` through the real invitation flow (the person
    /// has no account yet) and returns their new full-access token.
    pub async fn join_as(&self, owner_token: &str, site: &str, email: &str, role: &str) -> String {
        let link = self.invite(owner_token, site, email, role).await;
        let r = self.call(Method::POST, &format!("{link}/accept"), None, Some(json!({"name": email}))).await;
        r.expect(200);
        r.first()["token"].as_str().expect("token").to_string()
    }
}

#[tokio::test]
async fn invite_then_accept_as_a_new_person() {
    let app = TestApp::spawn().await;
    let owner = app.create_account("owner@example.com").await;
    let site = app.website(&owner.token, "example.com").await;

    let team = app.get(&team_path(&site), &owner.token).await;
    team.expect(200);
    assert_eq!(team.data().len(), 1);
    let me = team.first();
    assert_eq!(me["userId"], owner.user_id.as_str());
    assert_eq!(me["email"], "owner@example.com");
    assert_eq!(me["role"], "owner");
    assert_eq!(me["name"], Value::Null);
    assert_eq!(me["image"], Value::Null);
    assert!(is_iso_millis(&me["joinedAt"]));

    // Email is trimmed and lower-cased; the answer has DataFast's fields plus the link.
    let r = app
        .post(&team_path(&site), &owner.token, json!({"email": "  New.Member@Example.com ", "role": "member"}))
        .await;
    r.expect(200);
    let inv = r.first();
    assert_eq!(inv["message"], "Invitation created. Send the invite link to the user.");
    assert!(is_object_id(&inv["invitationId"]));
    assert_eq!(inv["email"], "new.member@example.com");
    assert_eq!(inv["role"], "member");
    assert!(is_iso_millis(&inv["expiresAt"]));
    let link = link_path(inv);
    assert!(link.starts_with("/api/v1/invitations/dfinv_"), "{link}");
    assert_eq!(inv["acceptUrl"], format!("{}/accept", inv["inviteUrl"].as_str().unwrap()));

    // Pending, not yet a member.
    let pending = app.get(&format!("{}/invitations", team_path(&site)), &owner.token).await;
    pending.expect(200);
    assert_eq!(pending.data().len(), 1);
    assert_eq!(pending.first()["invitationId"], inv["invitationId"]);
    assert!(pending.first().get("inviteUrl").is_none(), "the link is shown only once");
    assert_eq!(app.get(&team_path(&site), &owner.token).await.data().len(), 1);

    // Anyone holding the link can see what it is for.
    let shown = app.call(Method::GET, &link, None, None).await;
    shown.expect(200);
    assert_eq!(shown.first()["websiteId"], site.as_str());
    assert_eq!(shown.first()["domain"], "example.com");
    assert_eq!(shown.first()["role"], "member");
    assert_eq!(shown.first()["accountExists"], false);

    // Accepting without credentials creates the account and hands out its first token.
    let bad = app.call(Method::POST, &format!("{link}/accept"), None, Some(json!({"password": "short"}))).await;
    bad.expect(400);
    app.call(Method::POST, &format!("{link}/accept"), None, Some(json!({"email": "x@y.com"}))).await.expect(400);
    let accepted = app
        .call(
            Method::POST,
            &format!("{link}/accept"),
            None,
            Some(json!({"name": "New Member", "password": "long enough"})),
        )
        .await;
    accepted.expect(200);
    let a = accepted.first();
    assert_eq!(a["message"], "Invitation accepted");
    assert_eq!(a["websiteId"], site.as_str());
    assert_eq!(a["role"], "member");
    assert_eq!(a["email"], "new.member@example.com");
    assert_eq!(a["name"], "New Member");
    let token = a["token"].as_str().unwrap().to_string();
    assert!(token.starts_with("dft_"));

    // The new person acts as a member: reads and changes settings, sees the site listed.
    let me = app.get("/api/v1/admin/account", &token).await;
    me.expect(200);
    assert_eq!(me.first()["email"], "new.member@example.com");
    let sites = app.get("/api/v1/admin/websites", &token).await;
    assert_eq!(sites.data().len(), 1);
    assert_eq!(sites.first()["role"], "member");
    app.put(&format!("/api/v1/admin/websites/{site}"), &token, json!({"name": "Renamed"})).await.expect(200);
    // ... but cannot invite: that is the owner's.
    app.post(&team_path(&site), &token, json!({"email": "third@example.com"})).await.expect(403);

    let team = app.get(&team_path(&site), &owner.token).await;
    assert_eq!(team.data().len(), 2);
    assert_eq!(team.data()[0]["role"], "owner", "owner first");
    assert_eq!(team.data()[1]["email"], "new.member@example.com");
    assert_eq!(team.data()[1]["userId"], a["userId"]);

    // The link worked once.
    app.call(Method::POST, &format!("{link}/accept"), None, Some(json!({}))).await.expect(404);
    app.call(Method::GET, &link, None, None).await.expect(404);
    assert!(app.get(&format!("{}/invitations", team_path(&site)), &owner.token).await.data().is_empty());
    app.call(Method::GET, "/api/v1/invitations/dfinv_0000", None, None).await.expect(404);
}

#[tokio::test]
async fn existing_accounts_accept_with_their_own_token() {
    let app = TestApp::spawn().await;
    let owner = app.create_account("owner@example.com").await;
    let site = app.website(&owner.token, "example.com").await;
    let viewer = app.create_account("viewer@example.com").await;
    let stranger = app.create_account("stranger@example.com").await;

    // Role defaults to viewer.
    let r = app.post(&team_path(&site), &owner.token, json!({"email": "viewer@example.com"})).await;
    r.expect(200);
    assert_eq!(r.first()["role"], "viewer");
    let link = link_path(r.first());
    let accept = format!("{link}/accept");
    assert_eq!(app.call(Method::GET, &link, None, None).await.first()["accountExists"], true);

    // An account exists for the email: creating another is refused.
    app.call(Method::POST, &accept, None, Some(json!({}))).await.expect(409);
    // Someone else's account cannot take the invitation.
    let r = app.post(&accept, &stranger.token, json!({})).await;
    r.expect(403);
    assert!(r.body["error"]["message"].as_str().unwrap().contains("another email"));
    // A token without websites:write, a website key or a bad token cannot either.
    let narrow = app.token(&viewer.token, json!({"permissions": ["analytics:read"]})).await;
    app.post(&accept, &narrow, json!({})).await.expect(403);
    let key = app.website_key(&owner.token, &site).await;
    app.post(&accept, &key, json!({})).await.expect(403);
    app.post(&accept, "dft_nope", json!({})).await.expect(401);

    let ok = app.post(&accept, &viewer.token, json!({})).await;
    ok.expect(200);
    assert_eq!(ok.first()["role"], "viewer");
    assert_eq!(ok.first()["userId"], viewer.user_id.as_str());

    // A viewer reads but does not write.
    let settings = format!("/api/v1/admin/websites/{site}");
    app.get(&settings, &viewer.token).await.expect(200);
    app.get(&team_path(&site), &viewer.token).await.expect(200);
    let r = app.put(&settings, &viewer.token, json!({"name": "Nope"})).await;
    r.expect(403);
    assert_eq!(app.get(&settings, &owner.token).await.first()["name"], Value::Null);

    // Already a member now.
    let again = app.post(&team_path(&site), &owner.token, json!({"email": "viewer@example.com"})).await;
    again.expect(409);
}

#[tokio::test]
async fn invitation_errors() {
    let app = TestApp::spawn().await;
    let owner = app.create_account("owner@example.com").await;
    let site = app.website(&owner.token, "example.com").await;
    let team = team_path(&site);

    for (body, status) in [
        (json!({}), 400),
        (json!({"email": "not-an-email"}), 400),
        (json!({"email": 5}), 400),
        (json!({"email": "OWNER@example.com"}), 400),
        (json!({"email": "a@example.com", "role": "owner"}), 400),
        (json!({"email": "a@example.com", "role": "admin"}), 400),
        (json!({"email": "a@example.com", "extra": 1}), 400),
    ] {
        app.post(&team, &owner.token, body.clone()).await.expect(status);
    }
    // A pending invitation for the same email is a conflict.
    app.invite(&owner.token, &site, "a@example.com", "viewer").await;
    app.post(&team, &owner.token, json!({"email": "A@example.com", "role": "member"})).await.expect(409);

    // Website keys are capped at member: no invitations, no removals.
    let key = app.website_key(&owner.token, &site).await;
    app.post(&team, &key, json!({"email": "b@example.com"})).await.expect(403);
    app.call(Method::DELETE, &team, Some(&key), Some(json!({"userId": owner.user_id}))).await.expect(403);
    // ... but may list the team.
    app.get(&team, &key).await.expect(200);
    // team:write is needed, and team:read to list.
    let reader = app.token(&owner.token, json!({"permissions": ["team:read"]})).await;
    app.post(&team, &reader, json!({"email": "b@example.com"})).await.expect(403);
    let writer = app.token(&owner.token, json!({"permissions": ["team:write"]})).await;
    app.get(&team, &writer).await.expect(403);
    app.post(&team, &writer, json!({"email": "b@example.com"})).await.expect(200);
    // Unknown website, malformed id.
    app.post("/api/v1/admin/websites/665f0b3c4d2e1a0012345678/team", &owner.token, json!({"email": "c@example.com"}))
        .await
        .expect(404);
    app.get("/api/v1/admin/websites/nope/team", &owner.token).await.expect(400);
}

async fn remove(app: &TestApp, team: &str, token: &str, body: Value) -> crate::helpers::Resp {
    app.call(Method::DELETE, team, Some(token), Some(body)).await
}

#[tokio::test]
async fn removing_members_and_revoking_invitations() {
    let app = TestApp::spawn().await;
    let owner = app.create_account("owner@example.com").await;
    let site = app.website(&owner.token, "example.com").await;
    let team = team_path(&site);
    let member_token = app.join_as(&owner.token, &site, "member@example.com", "member").await;
    let member_id = app.get("/api/v1/admin/account", &member_token).await.first()["_id"].as_str().unwrap().to_string();
    // A key the member created stops with their membership.
    let member_key = app.website_key(&member_token, &site).await;
    app.get(&format!("/api/v1/admin/websites/{site}"), &member_key).await.expect(200);

    remove(&app, &team, &owner.token, json!({})).await.expect(400);
    remove(&app, &team, &owner.token, json!({"userId": "nope"})).await.expect(400);
    remove(&app, &team, &owner.token, json!({"userId": owner.user_id})).await.expect(400);
    remove(&app, &team, &owner.token, json!({"userId": "665f0b3c4d2e1a0012345678"})).await.expect(404);
    // Members cannot remove anyone.
    remove(&app, &team, &member_token, json!({"userId": owner.user_id})).await.expect(403);

    let r = remove(&app, &team, &owner.token, json!({"userId": member_id})).await;
    r.expect(200);
    assert_eq!(r.first()["message"], "Team member removed successfully");
    assert_eq!(app.get(&team, &owner.token).await.data().len(), 1);
    // The removed person, and the key they made, lose access at once.
    app.get(&format!("/api/v1/admin/websites/{site}"), &member_token).await.expect(403);
    app.get(&format!("/api/v1/admin/websites/{site}"), &member_key).await.expect(403);
    assert!(app.get("/api/v1/admin/websites", &member_token).await.data().is_empty());
    remove(&app, &team, &owner.token, json!({"userId": member_id})).await.expect(404);

    // Revoking a pending invitation kills its link.
    let link = app.invite(&owner.token, &site, "later@example.com", "viewer").await;
    let pending = app.get(&format!("{team}/invitations"), &owner.token).await;
    let invitation_id = pending.first()["invitationId"].as_str().unwrap().to_string();
    let r = remove(&app, &team, &owner.token, json!({"invitationId": invitation_id})).await;
    r.expect(200);
    app.call(Method::GET, &link, None, None).await.expect(404);
    remove(&app, &team, &owner.token, json!({"invitationId": invitation_id})).await.expect(404);
    remove(&app, &team, &owner.token, json!({"invitationId": invitation_id, "userId": member_id})).await.expect(400);
}

#[tokio::test]
async fn seats_are_bounded() {
    let app = TestApp::spawn().await;
    let owner = app.create_account("owner@example.com").await;
    let site = app.website(&owner.token, "example.com").await;
    // The owner holds one of the 100 seats; pending invitations count.
    for i in 0..99 {
        app.invite(&owner.token, &site, &format!("p{i}@example.com"), "viewer").await;
    }
    let r = app.post(&team_path(&site), &owner.token, json!({"email": "one-too-many@example.com"})).await;
    r.expect(403);
    assert!(r.body["error"]["message"].as_str().unwrap().contains("Seat limit"));
    assert_eq!(app.get(&format!("{}/invitations", team_path(&site)), &owner.token).await.data().len(), 99);
}

#[tokio::test]
async fn expired_links_stop_working() {
    let app = TestApp::spawn().await;
    let owner = app.create_account("owner@example.com").await;
    let site = app.website(&owner.token, "example.com").await;
    let link = app.invite(&owner.token, &site, "late@example.com", "viewer").await;
    // A week passes: move the expiry into the past (the store is SQLite in WAL mode, so it can
    // be written beside the running server, as `datafast account create` does).
    let db = rusqlite::Connection::open(app.dir.path().join("meta.sqlite")).unwrap();
    db.busy_timeout(std::time::Duration::from_secs(10)).unwrap();
    assert_eq!(db.execute("UPDATE website_invitations SET expires_at = 1", []).unwrap(), 1);
    drop(db);

    let r = app.call(Method::GET, &link, None, None).await;
    r.expect(404);
    assert!(r.body["error"]["message"].as_str().unwrap().contains("expired"));
    app.call(Method::POST, &format!("{link}/accept"), None, Some(json!({}))).await.expect(404);
    // No longer pending, and a new invitation for the same email replaces it.
    assert!(app.get(&format!("{}/invitations", team_path(&site)), &owner.token).await.data().is_empty());
    let fresh = app.invite(&owner.token, &site, "late@example.com", "member").await;
    app.call(Method::GET, &fresh, None, None).await.expect(200);
    let joined = app.call(Method::POST, &format!("{fresh}/accept"), None, Some(json!({}))).await;
    joined.expect(200);
    assert_eq!(joined.first()["role"], "member");
}
