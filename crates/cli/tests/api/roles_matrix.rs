//! Every route × every role × both credential types. Each credential either passes the access
//! gate (any answer but 401/403: 200, or a 400/404 from what comes after the gate) or gets a 403,
//! exactly as DataFast's role table says: viewers read, members also write, owners also manage
//! the team and may delete; `df_` keys act at most as members, never on account-level or
//! owner-only routes, and never above their creator's current role.
//!
//! When a route is added, add it to `website_routes` or `account_routes`.

use reqwest::Method;
use serde_json::{json, Value};

use crate::helpers::TestApp;
use crate::team::team_path;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Role {
    Viewer,
    Member,
    Owner,
}

struct Cred {
    label: &'static str,
    secret: String,
    /// The person's role on the website (for a key: its creator's), `None` for an outsider.
    role: Option<Role>,
    is_key: bool,
}

pub(crate) struct Route {
    pub(crate) method: Method,
    pub(crate) path: String,
    pub(crate) body: Option<Value>,
    /// Lowest role that may call it; `None` for account-level routes (any account).
    min_role: Option<Role>,
    keys_allowed: bool,
    /// Website deletion answers 403 even to those who pass the gate; they are told where to
    /// delete instead (the dashboard link), which is how passing shows.
    dashboard_only: bool,
}

fn route(method: Method, path: String, body: Option<Value>, min_role: Option<Role>, keys_allowed: bool) -> Route {
    Route { method, path, body, min_role, keys_allowed, dashboard_only: false }
}

pub(crate) fn website_routes(site: &str) -> Vec<Route> {
    use Role::*;
    let admin = format!("/api/v1/admin/websites/{site}");
    let missing = "665f0b3c4d2e1a0012345678";
    let mut routes = vec![
        route(Method::GET, admin.clone(), None, Some(Viewer), true),
        route(Method::PUT, admin.clone(), Some(json!({})), Some(Member), true),
        Route { dashboard_only: true, ..route(Method::DELETE, admin.clone(), None, Some(Owner), false) },
        route(Method::GET, format!("{admin}/apikeys"), None, Some(Viewer), true),
        route(Method::POST, format!("{admin}/apikeys"), Some(json!({"name": "matrix"})), Some(Member), true),
        route(Method::PUT, format!("{admin}/apikeys/{missing}"), None, Some(Member), true),
        route(Method::DELETE, format!("{admin}/apikeys/{missing}"), None, Some(Member), true),
        route(Method::GET, team_path(site), None, Some(Viewer), true),
        route(Method::GET, format!("{}/invitations", team_path(site)), None, Some(Viewer), true),
        route(Method::POST, team_path(site), Some(json!({"email": "matrix@example.com"})), Some(Owner), false),
        route(Method::DELETE, team_path(site), Some(json!({"userId": missing})), Some(Owner), false),
        route(Method::GET, format!("{admin}/integrations"), None, Some(Viewer), true),
        route(
            Method::POST,
            format!("{admin}/integrations/stripe"),
            Some(json!({"stripeRak": "rk_live_matrixKey12345"})),
            Some(Member),
            true,
        ),
        route(Method::PATCH, format!("{admin}/integrations/paddle"), None, Some(Member), true),
        route(Method::DELETE, format!("{admin}/integrations/polar"), None, Some(Member), true),
        route(Method::GET, format!("/api/v1/visitors?websiteId={site}"), None, Some(Viewer), true),
        route(Method::GET, format!("/api/v1/mentions?websiteId={site}"), None, Some(Viewer), true),
        route(
            Method::GET,
            format!("/api/v1/visitors/00000000-0000-4000-8000-000000000001?websiteId={site}"),
            None,
            Some(Viewer),
            true,
        ),
    ];
    // Goals, funnels and notes (an empty or unknown object is a 400 or 404 after the gate).
    let customizations = format!("{admin}/goals/customizations");
    routes.extend([
        route(Method::GET, format!("{admin}/goals"), None, Some(Viewer), true),
        route(Method::GET, customizations.clone(), None, Some(Viewer), true),
        route(Method::PATCH, customizations.clone(), Some(json!({})), Some(Member), true),
        route(Method::DELETE, format!("{customizations}?goalName=matrix_goal"), None, Some(Member), true),
        route(Method::GET, format!("{admin}/funnels"), None, Some(Viewer), true),
        route(Method::POST, format!("{admin}/funnels"), Some(json!({})), Some(Member), true),
        route(Method::PUT, format!("{admin}/funnels/{missing}"), Some(json!({})), Some(Member), true),
        route(Method::DELETE, format!("{admin}/funnels/{missing}"), None, Some(Member), true),
        route(Method::GET, format!("{admin}/notes"), None, Some(Viewer), true),
        route(Method::POST, format!("{admin}/notes"), Some(json!({})), Some(Member), true),
        route(Method::PUT, format!("{admin}/notes/{missing}"), Some(json!({})), Some(Member), true),
        route(Method::DELETE, format!("{admin}/notes/{missing}"), None, Some(Member), true),
        route(Method::GET, format!("/api/v1/analytics/funnels/{missing}?websiteId={site}"), None, Some(Viewer), true),
    ]);
    // Bot traffic: the admin part is owner-only and refuses df_ keys; the analytics are reads.
    let bots = format!("{admin}/bot-traffic");
    routes.extend([
        route(Method::GET, format!("{bots}/settings"), None, Some(Owner), false),
        route(Method::PATCH, format!("{bots}/settings"), Some(json!({})), Some(Owner), false),
        route(Method::GET, format!("{bots}/token"), None, Some(Owner), false),
        route(Method::POST, format!("{bots}/token"), None, Some(Owner), false),
        route(Method::PUT, format!("{bots}/token"), None, Some(Owner), false),
        route(Method::DELETE, format!("{bots}/token"), None, Some(Owner), false),
        route(Method::GET, format!("/api/v1/analytics/bot-traffic?websiteId={site}"), None, Some(Viewer), true),
        route(Method::GET, format!("/api/v1/analytics/bot-traffic/pages?websiteId={site}"), None, Some(Viewer), true),
    ]);
    // The Website API writes: an empty body passes the gate and then fails validation (400).
    for (method, write) in [
        (Method::POST, "goals"),
        (Method::DELETE, "goals"),
        (Method::POST, "payments"),
        (Method::DELETE, "payments"),
        (Method::POST, "identify"),
    ] {
        routes.push(route(method, format!("/api/v1/{write}?websiteId={site}"), Some(json!({})), Some(Member), true));
    }
    // Alerts: reads for every role, writes for members (an empty body passes the gate, then 400).
    routes.extend([
        route(Method::GET, format!("{admin}/alerts"), None, Some(Viewer), true),
        route(Method::GET, format!("{admin}/alerts/history"), None, Some(Viewer), true),
        route(Method::GET, format!("{admin}/alerts/{missing}"), None, Some(Viewer), true),
        route(Method::POST, format!("{admin}/alerts"), Some(json!({})), Some(Member), true),
        route(Method::PUT, format!("{admin}/alerts/{missing}"), Some(json!({})), Some(Member), true),
        route(Method::DELETE, format!("{admin}/alerts/{missing}"), None, Some(Member), true),
    ]);
    for analytics in [
        "metadata",
        "overview",
        "timeseries?fields=visitors",
        "goals",
        "goals/properties?eventName=signup",
        "realtime",
        "realtime/map",
        "pages",
        "referrers",
        "countries",
        "regions",
        "cities",
        "devices",
        "browsers",
        "operating-systems",
        "hostnames",
        "campaigns",
        "exit-clicks",
    ] {
        let sep = if analytics.contains('?') { '&' } else { '?' };
        let path = format!("/api/v1/analytics/{analytics}{sep}websiteId={site}");
        routes.push(route(Method::GET, path, None, Some(Viewer), true));
    }
    routes
}

/// Account-level routes: the same for every role; `keys_allowed` says whether a `df_` key may.
fn account_routes() -> Vec<Route> {
    vec![
        route(Method::GET, "/api/v1/admin/account".into(), None, None, true),
        route(Method::PUT, "/api/v1/admin/account".into(), Some(json!({})), None, false),
        route(Method::GET, "/api/v1/admin/access-tokens".into(), None, None, false),
        route(Method::POST, "/api/v1/admin/access-tokens".into(), Some(json!({"permissions": []})), None, false),
        route(Method::DELETE, "/api/v1/admin/access-tokens/665f0b3c4d2e1a0012345678".into(), None, None, false),
        route(Method::GET, "/api/v1/admin/websites".into(), None, None, true),
        route(Method::POST, "/api/v1/admin/websites".into(), Some(json!({})), None, false),
        route(Method::POST, "/api/v1/invitations/dfinv_unknown/accept".into(), Some(json!({})), None, false),
        route(Method::GET, "/api/v1/admin/bot-traffic/usage".into(), None, None, false),
    ]
}

fn expected_allowed(route: &Route, cred: &Cred) -> bool {
    if cred.is_key && !route.keys_allowed {
        return false;
    }
    let Some(min) = route.min_role else { return true };
    let Some(role) = cred.role else { return false };
    let acting = if cred.is_key { role.min(Role::Member) } else { role };
    acting >= min
}

fn passed_gate(route: &Route, status: u16, body: &Value) -> bool {
    if route.dashboard_only {
        return status == 403 && body["error"]["message"].as_str().is_some_and(|m| m.contains("/dashboard/"));
    }
    status != 401 && status != 403
}

#[tokio::test]
async fn every_route_every_role_both_credential_types() {
    let app = TestApp::spawn().await;
    let owner = app.create_account("owner@example.com").await;
    let site = app.website(&owner.token, "example.com").await;
    let member = app.join_as(&owner.token, &site, "member@example.com", "member").await;
    let viewer = app.join_as(&owner.token, &site, "viewer@example.com", "viewer").await;
    let outsider = app.create_account("outsider@example.com").await;
    let owner_key = app.website_key(&owner.token, &site).await;
    let member_key = app.website_key(&member, &site).await;

    // A key whose creator was a member and is now a viewer acts as a viewer: removed, then
    // invited back as viewer and accepted with the same account.
    let demoted = app.join_as(&owner.token, &site, "demoted@example.com", "member").await;
    let demoted_key = app.website_key(&demoted, &site).await;
    let demoted_id = app.get("/api/v1/admin/account", &demoted).await.first()["_id"].clone();
    app.call(Method::DELETE, &team_path(&site), Some(&owner.token), Some(json!({"userId": demoted_id})))
        .await
        .expect(200);
    let link = app.invite(&owner.token, &site, "demoted@example.com", "viewer").await;
    app.post(&format!("{link}/accept"), &demoted, json!({})).await.expect(200);

    // Allowed writers first, so the last website rename shows no refused write got through.
    let creds = [
        Cred { label: "owner dft_", secret: owner.token.clone(), role: Some(Role::Owner), is_key: false },
        Cred { label: "member dft_", secret: member.clone(), role: Some(Role::Member), is_key: false },
        Cred { label: "owner's df_", secret: owner_key, role: Some(Role::Owner), is_key: true },
        Cred { label: "member's df_", secret: member_key, role: Some(Role::Member), is_key: true },
        Cred { label: "viewer dft_", secret: viewer.clone(), role: Some(Role::Viewer), is_key: false },
        Cred { label: "demoted viewer's df_", secret: demoted_key, role: Some(Role::Viewer), is_key: true },
        Cred { label: "outsider dft_", secret: outsider.token.clone(), role: None, is_key: false },
    ];

    let mut checked = 0;
    let mut failures = Vec::new();
    for route in website_routes(&site).iter().chain(account_routes().iter()) {
        for cred in &creds {
            let mut body = route.body.clone();
            if route.method == Method::PUT && route.path.ends_with(&site) {
                body = Some(json!({ "name": cred.label }));
            }
            let r = app.call(route.method.clone(), &route.path, Some(&cred.secret), body).await;
            let expected = expected_allowed(route, cred);
            let passed = passed_gate(route, r.status, &r.body);
            if !passed && r.status != 403 {
                failures.push(format!(
                    "{} {} as {}: refused with {} (expected 403)",
                    route.method, route.path, cred.label, r.status
                ));
            } else if passed != expected {
                failures.push(format!(
                    "{} {} as {}: {} but expected {} ({} {})",
                    route.method,
                    route.path,
                    cred.label,
                    if passed { "allowed" } else { "refused" },
                    if expected { "allowed" } else { "refused" },
                    r.status,
                    r.body
                ));
            }
            checked += 1;
        }
    }
    assert!(failures.is_empty(), "{} of {checked} cases wrong:\n{}", failures.len(), failures.join("\n"));
    assert!(checked >= 40 * creds.len(), "{checked}");

    // Refused writes changed nothing: the last allowed rename wins, keys and invitations add up.
    let settings = app.get(&format!("/api/v1/admin/websites/{site}"), &owner.token).await;
    assert_eq!(settings.first()["name"], "member's df_");
    let keys = app.get(&format!("/api/v1/admin/websites/{site}/apikeys"), &owner.token).await;
    assert_eq!(keys.data().len(), 3 + 4, "three set-up keys, one per allowed creator");
    let pending = app.get(&format!("{}/invitations", team_path(&site)), &owner.token).await;
    assert_eq!(pending.data().len(), 1, "only the owner's invitation");
    assert_eq!(app.get(&team_path(&site), &owner.token).await.data().len(), 4);
}
