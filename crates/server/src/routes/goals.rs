//! `POST /api/v1/goals` (a server-side custom goal for a visitor who has viewed a page) and
//! `DELETE /api/v1/goals` (by visitor, name and/or time range).

use axum::extract::State;
use axum::response::Response;
use datafast_core::website::is_goal_name;
use datafast_core::{ObjectId, Permission, Role};
use datafast_ingest::pipeline::sanitize_value;
use datafast_store::GoalSelector;
use serde_json::{json, Map, Value};

use super::server_api::{self as api, with_retry_after};
use crate::auth::Caller;
use crate::body::JsonBody;
use crate::error::{ApiError, ApiResult};
use crate::query::QueryParams;
use crate::{respond, AppState};

/// Goal names DataFast generates itself (payment providers, identify): not for custom goals.
pub const RESERVED_GOALS: &[&str] = &[
    "identify",
    "payment",
    "free_trial",
    "trial_started",
    "trial_converted",
    "subscription_started",
    "subscription_upgraded",
    "subscription_downgraded",
    "subscription_renewed",
    "subscription_cancel_scheduled",
    "subscription_reactivated",
    "subscription_ended",
];

const MAX_METADATA_KEYS: usize = 10;
const MAX_METADATA_VALUE: usize = 255;

/// Stored lower-case with spaces as `_`, then `a-z 0-9 _ - :`, at most 64 characters.
pub fn goal_name(raw: &str) -> ApiResult<String> {
    let name = raw.trim().to_lowercase().replace(' ', "_");
    if !is_goal_name(&name) {
        return Err(ApiError::bad_request(
            "Invalid goal name: use lowercase letters, digits, _, - and : (at most 64 characters)",
        ));
    }
    Ok(name)
}

/// Custom parameters: at most 10, names `[a-z0-9_-]{1,64}`, values strings (numbers and
/// booleans are written as text) of at most 255 characters, markup stripped.
fn metadata(value: Option<&Value>) -> ApiResult<Map<String, Value>> {
    let object = match value {
        None | Some(Value::Null) => return Ok(Map::new()),
        Some(Value::Object(o)) => o,
        Some(_) => return Err(ApiError::bad_request("`metadata` must be an object")),
    };
    if object.len() > MAX_METADATA_KEYS {
        return Err(ApiError::bad_request(format!("`metadata` may hold at most {MAX_METADATA_KEYS} keys")));
    }
    let mut out = Map::new();
    for (key, v) in object {
        let valid_key = !key.is_empty()
            && key.len() <= 64
            && key.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'-');
        if !valid_key {
            return Err(ApiError::bad_request(format!(
                "Invalid metadata key \"{key}\": use lowercase letters, digits, _ and - (at most 64 characters)"
            )));
        }
        let text = match v {
            Value::String(s) => s.clone(),
            Value::Number(_) | Value::Bool(_) => v.to_string(),
            Value::Null => continue,
            _ => return Err(ApiError::bad_request(format!("Metadata value of \"{key}\" must be a string"))),
        };
        if text.chars().count() > MAX_METADATA_VALUE {
            return Err(ApiError::bad_request(format!(
                "Metadata value of \"{key}\" is longer than {MAX_METADATA_VALUE} characters"
            )));
        }
        out.insert(key.clone(), Value::String(sanitize_value(&Value::String(text))));
    }
    Ok(out)
}

pub async fn create(State(state): State<AppState>, caller: Caller, params: QueryParams, body: JsonBody) -> Response {
    with_retry_after(create_goal(state, caller, params, body).await)
}

async fn create_goal(state: AppState, caller: Caller, params: QueryParams, body: JsonBody) -> ApiResult<Response> {
    let website = caller.website_api(&state, params.get("websiteId"), Permission::GoalsWrite, Role::Member).await?;
    let body = body.object()?;
    api::reject_unknown(&body, &["datafast_visitor_id", "visitorId", "name", "description", "metadata", "websiteId"])?;
    let visitor = api::body_visitor_id(&body, true)?.unwrap_or_default();
    let raw_name = api::string_field(&body, &["name"])?.ok_or_else(|| ApiError::bad_request("`name` is required"))?;
    let name = goal_name(&raw_name)?;
    if RESERVED_GOALS.contains(&name.as_str()) {
        return Err(ApiError::bad_request(format!("\"{name}\" is a reserved goal name")));
    }
    let description = api::string_field(&body, &["description"])?;
    if description.as_ref().is_some_and(|d| d.chars().count() > MAX_METADATA_VALUE) {
        return Err(ApiError::bad_request(format!("`description` is longer than {MAX_METADATA_VALUE} characters")));
    }
    let mut properties = metadata(body.get("metadata"))?;
    let page = api::latest_pageview(&state, website.id, visitor).await?;
    let event_id = ObjectId::generate().to_hex();
    // Keys starting with `$` cannot be metadata names: they mark what only the server writes.
    properties.insert("$server".into(), json!("true"));
    properties.insert("$event_id".into(), json!(event_id));
    if let Some(d) = description.filter(|d| !d.trim().is_empty()) {
        properties.insert("$description".into(), json!(sanitize_value(&Value::String(d))));
    }
    let now = datafast_core::time::now_millis();
    let mut event = datafast_ingest::server_side::server_event(&state.pipeline, &page, "goal", now);
    event.goal_name = name;
    event.properties = Value::Object(properties).to_string();
    api::submit(&state, event).await?;
    Ok(respond::one(json!({"message": "Custom event created successfully", "eventId": event_id})))
}

pub async fn delete(State(state): State<AppState>, caller: Caller, params: QueryParams) -> ApiResult<Response> {
    let website = caller.website_api(&state, params.get("websiteId"), Permission::GoalsWrite, Role::Member).await?;
    let visitor_raw = params.get("datafast_visitor_id").or_else(|| params.get("visitorId"));
    let visitor = api::visitor_id(visitor_raw, false)?;
    let name = match params.get("name").filter(|n| !n.trim().is_empty()) {
        Some(raw) => Some(goal_name(raw)?),
        None => None,
    };
    let range = api::deletion_range(&params)?;
    if visitor.is_none() && name.is_none() && range.is_none() {
        return Err(ApiError::bad_request(
            "Give at least one of datafast_visitor_id, name, or a time range (startAt and endAt)",
        ));
    }
    api::settle(&state).await;
    let deleted =
        state.events.delete_goals(website.id, GoalSelector { visitor_id: visitor, name: name.clone(), range }).await?;
    if deleted == 0 {
        return Err(ApiError::not_found("No goal events match these criteria"));
    }
    let message = match (visitor.is_some(), name.is_some(), range.is_some()) {
        (true, _, false) => "All goal events for visitor deleted successfully",
        (true, _, true) => "All goal events for visitor deleted successfully within time range",
        (false, _, true) => "Goal events deleted successfully within time range",
        (false, _, false) => "Goal events deleted successfully",
    };
    let mut item = json!({"message": message, "deletedCount": deleted});
    if let Some(v) = visitor_raw {
        item["datafast_visitor_id"] = json!(v.trim());
    }
    if let Some(n) = name {
        item["goal_name"] = json!(n);
    }
    if let Some(r) = range {
        item["timeRange"] = time_range(r);
    }
    Ok(respond::one(item))
}

pub fn time_range(r: datafast_store::InstantRange) -> Value {
    let iso = datafast_core::time::iso_millis;
    json!({"start": iso(r.start_ms), "end": iso(r.end_ms)})
}
