//! `/admin/websites`: create, list, read and update websites and their settings.

use axum::extract::{Path, State};
use axum::http::{header::HOST, HeaderMap};
use axum::response::Response;
use datafast_core::secret;
use datafast_core::website::{self, Website, WebsiteSettings, DEFAULT_CURRENCY};
use datafast_core::{time, ObjectId, Permission, Role};
use datafast_store::StoreError;
use serde_json::{json, Value};

use crate::auth::Caller;
use crate::body::JsonBody;
use crate::error::{ApiError, ApiResult};
use crate::respond;
use crate::AppState;

/// Full settings view (`GET`/`PUT /websites/{id}`): the documented fields plus the settings
/// that `PUT` accepts, so that everything a client can write it can read back.
fn settings_json(w: &Website) -> Value {
    let s = &w.settings;
    json!({
        "_id": w.id,
        "domain": w.domain,
        "name": w.name,
        "trackingId": w.tracking_id,
        "timezone": w.timezone,
        "currency": w.currency,
        "kpi": s.kpi,
        "kpiColorScheme": s.kpi_color_scheme,
        "revenueMetric": s.revenue_metric,
        "isCookieless": s.is_cookieless,
        "includeRenewalRevenue": s.include_renewal_revenue,
        "allowedHostnames": s.allowed_hostnames,
        "excludedIps": s.excluded_ips,
        "excludedPaths": s.excluded_paths,
        "excludedCountries": s.excluded_countries,
        "excludedHostnames": s.excluded_hostnames,
        "sendWeeklyReports": s.send_weekly_reports,
        "sendViralTrafficAlerts": s.send_viral_traffic_alerts,
        "isPublicDashboardEnabled": s.is_public_dashboard_enabled,
        "isPublicDataEnabled": s.is_public_data_enabled,
        "isAttackModeEnabled": s.is_attack_mode_enabled,
        "isAllHostnamesAllowed": s.is_all_hostnames_allowed,
    })
}

fn summary_json(w: &Website, role: Role) -> Value {
    json!({
        "_id": w.id,
        "domain": w.domain,
        "name": w.name,
        "trackingId": w.tracking_id,
        "timezone": w.timezone,
        "currency": w.currency,
        "role": role.as_str(),
    })
}

pub async fn list(State(state): State<AppState>, caller: Caller) -> ApiResult<Response> {
    caller.require(Permission::WebsitesRead)?;
    let mut items = Vec::new();
    for (site, role) in state.meta.websites_for_user(caller.user_id()).await? {
        if caller.credential.website_in_reach(&site.id).is_err() {
            continue;
        }
        let role = if caller.credential.is_website_key() {
            role.min(datafast_core::access::WEBSITE_KEY_ROLE_CAP)
        } else {
            role
        };
        items.push(summary_json(&site, role));
    }
    Ok(respond::many(items))
}

pub async fn create(State(state): State<AppState>, caller: Caller, body: JsonBody) -> ApiResult<Response> {
    caller.account_route(Permission::WebsitesWrite)?;
    let body = body.object()?;
    for required in ["domain", "timezone"] {
        if body.get(required).is_none_or(serde_json::Value::is_null) {
            return Err(ApiError::bad_request(format!("`{required}` is required")));
        }
    }
    let mut site = Website {
        id: ObjectId::generate(),
        owner_id: caller.user_id(),
        domain: String::new(),
        name: None,
        tracking_id: String::new(),
        timezone: "UTC".into(),
        currency: DEFAULT_CURRENCY.into(),
        settings: WebsiteSettings::default(),
        created_at: time::now_millis(),
    };
    // Creation accepts the same fields, with the same rules, as the settings API.
    let update = website::apply_update(&site, &body)?;
    apply(&mut site, update);

    // Tracking ids are random; a collision is astronomically unlikely but must not be a 500.
    let mut attempts = 0;
    loop {
        site.tracking_id = format!("dfid_{}", secret::random_alphanumeric(16));
        match state.meta.create_website(site.clone()).await {
            Err(StoreError::Conflict(msg)) if msg.contains("tracking id") && attempts < 3 => attempts += 1,
            other => break other?,
        }
    }
    Ok(respond::one(json!({
        "websiteId": site.id,
        "domain": site.domain,
        "trackingId": site.tracking_id,
        "name": site.name,
        "timezone": site.timezone,
        "currency": site.currency,
    })))
}

fn apply(site: &mut Website, update: website::WebsiteUpdate) {
    if let Some(domain) = update.domain {
        site.domain = domain;
    }
    if let Some(name) = update.name {
        site.name = name;
    }
    if let Some(tz) = update.timezone {
        site.timezone = tz;
    }
    if let Some(currency) = update.currency {
        site.currency = currency;
    }
    site.settings = update.settings;
}

pub async fn get(State(state): State<AppState>, caller: Caller, Path(website_id): Path<String>) -> ApiResult<Response> {
    let website = caller.website(&state, &website_id, Permission::SettingsRead, Role::Viewer).await?;
    Ok(respond::one(settings_json(&website)))
}

pub async fn update(
    State(state): State<AppState>,
    caller: Caller,
    Path(website_id): Path<String>,
    body: JsonBody,
) -> ApiResult<Response> {
    let website = caller.website(&state, &website_id, Permission::SettingsWrite, Role::Member).await?;
    let body = body.object()?;
    let mut site = website;
    let update = website::apply_update(&site, &body)?;
    apply(&mut site, update);
    state.meta.update_website(&site).await?;
    state.pipeline.forget_website(&site);
    Ok(respond::one(settings_json(&site)))
}

/// DataFast refuses website deletion through the API; so do we, after the same access checks
/// every other website route makes.
pub async fn delete(
    State(state): State<AppState>,
    caller: Caller,
    headers: HeaderMap,
    Path(website_id): Path<String>,
) -> ApiResult<Response> {
    // Deleting is an owner action (DataFast: `websites:write` + owner check); members, viewers
    // and `df_` keys hear that, the owner hears where to do it.
    let website = caller.website(&state, &website_id, Permission::WebsitesWrite, Role::Owner).await?;
    let origin = state.config.public_url.clone().unwrap_or_else(|| {
        let host = headers.get(HOST).and_then(|h| h.to_str().ok()).unwrap_or("localhost");
        format!("http://{host}")
    });
    Err(ApiError::forbidden(format!(
        "Website deletion cannot be done programmatically. Please delete this website from the DataFast dashboard: {}/dashboard/{}",
        origin.trim_end_matches('/'),
        website.id
    )))
}
