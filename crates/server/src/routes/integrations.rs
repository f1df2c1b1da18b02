//! `/admin/websites/{websiteId}/integrations` (I1–I12): revenue providers. Credentials are
//! validated against each provider's documented key format, stored sealed with the server key
//! (see `datafast_store::IntegrationStore`) and never returned: status shows masked copies.
//!
//! Each provider also has a per-website webhook URL (`{origin}/api/webhooks/{provider}/{id}`)
//! and an optional webhook signing secret to verify it with; the receiver at that URL is
//! `routes/webhooks.rs`.

use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::Response;
use datafast_core::integration::{parse_connect, Provider};
use datafast_core::website::Website;
use datafast_core::{time, ObjectId, Permission, Role};
use datafast_store::{IntegrationStatus, NewIntegration};
use serde_json::{json, Map, Value};

use crate::auth::Caller;
use crate::body::JsonBody;
use crate::error::{ApiError, ApiResult};
use crate::links::public_origin;
use crate::respond;
use crate::AppState;

/// Providers listed in status that connect through their own install flow, which a
/// self-hosted server does not offer: always "not connected".
const INSTALL_FLOW_PROVIDERS: [&str; 2] = ["shopify", "woocommerce"];

fn route_not_found() -> ApiError {
    ApiError::not_found("Route not found")
}

fn webhook_url(origin: &str, provider: Provider, website_id: ObjectId) -> String {
    format!("{origin}/api/webhooks/{}/{website_id}", provider.slug())
}

fn provider_json(provider: Provider, status: Option<&IntegrationStatus>, origin: &str, website_id: ObjectId) -> Value {
    let mut item = Map::new();
    item.insert("connected".into(), json!(status.is_some()));
    if provider == Provider::Paddle {
        // DataFast reports when a Paddle key expires; keys pasted here carry no expiry we know.
        item.insert("keyExpiresAt".into(), Value::Null);
    }
    if let Some(s) = status {
        if let Value::Object(display) = &s.display {
            item.extend(display.clone());
        }
        item.insert("connectedAt".into(), json!(time::iso_millis(s.connected_at)));
        item.insert("webhookSecretConfigured".into(), json!(s.webhook_secret_display.is_some()));
        item.insert("displayWebhookSecret".into(), json!(s.webhook_secret_display));
        if provider == Provider::Paddle {
            item.insert("resyncRequestedAt".into(), json!(s.resync_requested_at.map(time::iso_millis)));
        }
    }
    item.insert("webhookUrl".into(), json!(webhook_url(origin, provider, website_id)));
    Value::Object(item)
}

pub async fn status(
    State(state): State<AppState>,
    caller: Caller,
    headers: HeaderMap,
    Path(website_id): Path<String>,
) -> ApiResult<Response> {
    let website = caller.website(&state, &website_id, Permission::SettingsRead, Role::Viewer).await?;
    let connected = state.meta.integrations(website.id).await?;
    let origin = public_origin(&state.config, &headers);
    let mut data = Map::new();
    for provider in Provider::ALL {
        let status = connected.iter().find(|s| s.provider == provider);
        data.insert(provider.slug().into(), provider_json(provider, status, &origin, website.id));
    }
    for slug in INSTALL_FLOW_PROVIDERS {
        data.insert(slug.into(), json!({ "connected": false }));
    }
    data.insert("currency".into(), json!(website.currency));
    Ok(respond::one(Value::Object(data)))
}

async fn gate(state: &AppState, caller: &Caller, website_id: &str) -> ApiResult<Website> {
    caller.website(state, website_id, Permission::SettingsWrite, Role::Member).await
}

pub async fn connect(
    State(state): State<AppState>,
    caller: Caller,
    headers: HeaderMap,
    Path((website_id, slug)): Path<(String, String)>,
    body: JsonBody,
) -> ApiResult<Response> {
    // Only the four providers have a connect endpoint; anything else is no route at all.
    let provider = Provider::from_slug(&slug).ok_or_else(route_not_found)?;
    let website = gate(&state, &caller, &website_id).await?;
    let request = parse_connect(provider, &body.object()?, state.config.allow_test_payment_keys)?;
    state
        .meta
        .connect_integration(NewIntegration {
            website_id: website.id,
            credentials: request.credentials,
            webhook_secret: request.webhook_secret,
            connected_by: caller.user_id(),
            connected_at: time::now_millis(),
        })
        .await?;
    let mut item = json!({ "message": format!("{} connected successfully", provider.display_name()) });
    if provider.reports_currency() {
        item["currency"] = json!(website.currency);
    }
    item["webhookUrl"] = json!(webhook_url(&public_origin(&state.config, &headers), provider, website.id));
    Ok(respond::one(item))
}

pub async fn disconnect(
    State(state): State<AppState>,
    caller: Caller,
    Path((website_id, slug)): Path<(String, String)>,
) -> ApiResult<Response> {
    let provider = Provider::from_slug(&slug);
    let name = match (provider, slug.as_str()) {
        (Some(p), _) => p.display_name(),
        (None, "shopify") => "Shopify",
        (None, "woocommerce") => "WooCommerce",
        (None, _) => return Err(route_not_found()),
    };
    let website = gate(&state, &caller, &website_id).await?;
    let removed = match provider {
        Some(p) => state.meta.disconnect_integration(website.id, p).await?,
        None => false,
    };
    if !removed {
        return Err(ApiError::not_found(format!("{name} is not connected to this website")));
    }
    // Revenue already recorded from the provider stays: only the credentials go.
    Ok(respond::one(json!({ "message": format!("{name} disconnected successfully") })))
}

/// I12: queue a Paddle payment resync. Recorded on the integration (`resyncRequestedAt`) for
/// the payment importer to pick up.
pub async fn resync(
    State(state): State<AppState>,
    caller: Caller,
    Path((website_id, slug)): Path<(String, String)>,
) -> ApiResult<Response> {
    if slug != Provider::Paddle.slug() {
        return Err(route_not_found());
    }
    let website = gate(&state, &caller, &website_id).await?;
    let now = time::now_millis();
    if !state.meta.request_integration_resync(website.id, Provider::Paddle, now).await? {
        return Err(ApiError::not_found("Paddle is not connected to this website"));
    }
    Ok(respond::one(json!({
        "message": "Paddle payment resync queued",
        "resyncRequestedAt": time::iso_millis(now),
    })))
}
