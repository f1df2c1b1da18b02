//! `POST /api/v1/identify`: links a visitor to the caller's user id with profile metadata.
//! Each call is stored as an identify event holding only what it sent; a profile is those events
//! merged oldest first when read (later values win, `null` removes a key), so two calls in quick
//! succession cannot lose each other's fields.

use axum::extract::State;
use axum::response::Response;
use datafast_core::{Permission, Role};
use datafast_ingest::pipeline::sanitize_value;
use serde_json::{json, Map, Value};
use sha2::{Digest, Sha256};

use super::server_api::{self as api, with_retry_after};
use crate::auth::Caller;
use crate::body::JsonBody;
use crate::error::{ApiError, ApiResult};
use crate::query::QueryParams;
use crate::AppState;

const MAX_USER_ID: usize = 255;
const MAX_METADATA_KEYS: usize = 50;
const MAX_METADATA_VALUE: usize = 255;

/// Separates identify events' properties in the realtime query's aggregate (never in JSON text).
pub const IDENTITY_SEPARATOR: char = '\u{1e}';

/// A visitor's profile: their identify events' properties merged oldest first.
pub fn merge_profile<'a>(events: impl IntoIterator<Item = &'a str>) -> Map<String, Value> {
    let mut profile = Map::new();
    for text in events {
        let Ok(Value::Object(fields)) = serde_json::from_str::<Value>(text) else {
            continue;
        };
        for (k, v) in fields {
            if v.is_null() {
                profile.remove(&k);
            } else {
                profile.insert(k, v);
            }
        }
    }
    profile
}

/// The profile's id: one per visitor and website, stable across calls ("created or found").
fn profile_id(website: &datafast_core::ObjectId, visitor: u128) -> String {
    let digest = Sha256::new().chain_update(website.to_hex()).chain_update(visitor.to_be_bytes()).finalize();
    hex::encode(&digest[..12])
}

/// Every field but the ids becomes profile metadata: names `[A-Za-z0-9_-]{1,64}`, values
/// strings (at most 255 characters, markup stripped), numbers, booleans, or null to remove.
fn metadata(body: &Map<String, Value>) -> ApiResult<Map<String, Value>> {
    let mut out = Map::new();
    for (key, v) in body {
        if matches!(key.as_str(), "user_id" | "datafast_visitor_id" | "visitorId" | "websiteId") {
            continue;
        }
        if key.is_empty() || key.len() > 64 || !key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
        {
            return Err(ApiError::bad_request(format!(
                "Invalid field name \"{key}\": use letters, digits, _ and - (at most 64 characters)"
            )));
        }
        let value = match v {
            Value::String(s) if s.chars().count() > MAX_METADATA_VALUE => {
                return Err(ApiError::bad_request(format!("`{key}` is longer than {MAX_METADATA_VALUE} characters")))
            }
            Value::String(_) => Value::String(sanitize_value(v)),
            Value::Number(_) | Value::Bool(_) | Value::Null => v.clone(),
            _ => {
                return Err(ApiError::bad_request(format!(
                    "`{key}` must be a string, number, boolean or null (profiles are flat)"
                )))
            }
        };
        out.insert(key.clone(), value);
    }
    if out.len() > MAX_METADATA_KEYS {
        return Err(ApiError::bad_request(format!("At most {MAX_METADATA_KEYS} profile fields per call")));
    }
    Ok(out)
}

pub async fn identify(State(state): State<AppState>, caller: Caller, params: QueryParams, body: JsonBody) -> Response {
    with_retry_after(identify_visitor(state, caller, params, body).await)
}

async fn identify_visitor(state: AppState, caller: Caller, params: QueryParams, body: JsonBody) -> ApiResult<Response> {
    let website = caller.website_api(&state, params.get("websiteId"), Permission::IdentifyWrite, Role::Member).await?;
    let body = body.object()?;
    let user_id = match body.get("user_id") {
        None | Some(Value::Null) => return Err(ApiError::bad_request("`user_id` is required")),
        Some(Value::String(s)) => s.trim().to_string(),
        Some(Value::Number(n)) => n.to_string(),
        Some(_) => return Err(ApiError::bad_request("`user_id` must be a string")),
    };
    if user_id.is_empty() {
        return Err(ApiError::bad_request("`user_id` must not be empty"));
    }
    if user_id.chars().count() > MAX_USER_ID {
        return Err(ApiError::bad_request(format!("`user_id` is longer than {MAX_USER_ID} characters")));
    }
    let visitor = api::body_visitor_id(&body, true)?.unwrap_or_default();
    let mut properties = metadata(&body)?;
    let page = api::latest_pageview(&state, website.id, visitor).await?;
    let profile_id = profile_id(&website.id, visitor);
    if website.settings.is_cookieless {
        // DataFast: the call succeeds on cookieless websites, but no profile is kept.
        return Ok(respond_object("Cookieless website: the visitor was not stored as a profile", &profile_id));
    }
    let known = !datafast_query::identity_events(state.events.as_ref(), website.id, visitor).await?.is_empty();
    properties.insert("user_id".into(), json!(user_id));
    let now = datafast_core::time::now_millis();
    let mut event = datafast_ingest::server_side::server_event(&state.pipeline, &page, "identify", now);
    event.properties = Value::Object(properties).to_string();
    api::submit(&state, event).await?;
    let message = if known { "User profile updated successfully" } else { "User profile created successfully" };
    Ok(respond_object(message, &profile_id))
}

/// This endpoint's `data` is an object, not the usual array.
fn respond_object(message: &str, profile_id: &str) -> Response {
    axum::response::IntoResponse::into_response(axum::Json(
        json!({"status": "success", "data": {"message": message, "profileId": profile_id}}),
    ))
}
