//! `/admin/websites/{websiteId}/alerts` (L1–L5): goal-triggered email alerts. Delivery is in
//! `crate::alert_delivery`; this module validates and stores them and reads the history.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use datafast_core::query as q;
use datafast_core::website::is_goal_name;
use datafast_core::{time, ObjectId, Permission, Role};
use datafast_store::{Alert, AlertLog, AlertLogKind, StoreError};
use serde_json::{json, Map, Value};

use crate::auth::{parse_id, Caller};
use crate::body::{unknown_field, JsonBody};
use crate::error::{ApiError, ApiResult};
use crate::query::QueryParams;
use crate::respond;
use crate::AppState;

/// DataFast's documented cap.
pub const MAX_ALERTS_PER_WEBSITE: usize = 25;
const MAX_NAME: usize = 100;
const MESSAGE_LEN: std::ops::RangeInclusive<usize> = 10..=2000;
const MAX_SUBJECT: usize = 200;
const RECENT_LOGS: usize = 5;
const HISTORY_DEFAULT: u32 = 50;
const HISTORY_MAX: u32 = 100;

fn log_json(l: &AlertLog) -> Value {
    json!({
        "kind": l.kind.as_str(),
        "alertId": l.alert_id,
        "alertName": l.alert_name,
        "goalName": l.goal_name,
        "status": l.status.as_str(),
        "error": l.error,
        "visitorId": l.visitor_id,
        "triggeredAt": time::iso_millis(l.triggered_at),
    })
}

async fn alert_json(state: &AppState, a: &Alert) -> ApiResult<Value> {
    let (recent, _) = state.meta.alert_logs(a.website_id, Some(a.id), Some(AlertLogKind::Goal), RECENT_LOGS).await?;
    Ok(json!({
        "_id": a.id,
        "websiteId": a.website_id,
        "name": a.name,
        "trigger": { "type": "goal", "goalName": a.goal_name },
        "destination": { "type": "email" },
        "template": { "subject": a.subject, "message": a.message },
        "isEnabled": a.is_enabled,
        "recentLogs": recent.iter().map(log_json).collect::<Vec<_>>(),
        "createdAt": time::iso_millis(a.created_at),
        "updatedAt": time::iso_millis(a.updated_at),
    }))
}

/// The fields of a create or update body; `None` = not sent.
#[derive(Default)]
struct AlertInput {
    name: Option<String>,
    goal_name: Option<String>,
    subject: Option<Option<String>>,
    message: Option<String>,
    is_enabled: Option<bool>,
}

fn object<'a>(body: &'a Map<String, Value>, field: &str) -> ApiResult<Option<&'a Map<String, Value>>> {
    match body.get(field) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Object(o)) => Ok(Some(o)),
        Some(_) => Err(ApiError::bad_request(format!("`{field}` must be an object"))),
    }
}

fn unknown_keys(map: &Map<String, Value>, allowed: &[&str], prefix: &str) -> ApiResult<()> {
    match unknown_field(map, allowed) {
        Some(k) => Err(ApiError::bad_request(format!("Invalid alert data: unknown field `{prefix}{k}`"))),
        None => Ok(()),
    }
}

fn string(map: &Map<String, Value>, field: &str, path: &str) -> ApiResult<Option<String>> {
    match map.get(field) {
        None => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(_) => Err(ApiError::bad_request(format!("Invalid alert data: `{path}` must be a string"))),
    }
}

fn parse_input(body: &Map<String, Value>) -> ApiResult<AlertInput> {
    let bad = |m: String| ApiError::bad_request(format!("Invalid alert data: {m}"));
    // Read-only fields of the alert object may be sent back as they were read.
    unknown_keys(
        body,
        &[
            "name",
            "trigger",
            "destination",
            "template",
            "isEnabled",
            "_id",
            "websiteId",
            "recentLogs",
            "createdAt",
            "updatedAt",
        ],
        "",
    )?;
    let mut input = AlertInput::default();
    if let Some(name) = string(body, "name", "name")? {
        let name = name.trim().to_string();
        if name.is_empty() || name.chars().count() > MAX_NAME || name.chars().any(char::is_control) {
            return Err(bad(format!("`name` must be 1–{MAX_NAME} characters on one line")));
        }
        input.name = Some(name);
    }
    if let Some(trigger) = object(body, "trigger")? {
        unknown_keys(trigger, &["type", "goalName"], "trigger.")?;
        if let Some(kind) = string(trigger, "type", "trigger.type")? {
            if kind != "goal" {
                return Err(bad("`trigger.type` must be \"goal\" (the only trigger)".into()));
            }
        }
        if let Some(goal) = string(trigger, "goalName", "trigger.goalName")? {
            let goal = goal.trim().to_lowercase().replace(' ', "_");
            if !is_goal_name(&goal) || goal == "identify" {
                return Err(bad("`trigger.goalName` must be a goal name (a-z 0-9 _ - :, at most 64)".into()));
            }
            input.goal_name = Some(goal);
        }
    }
    if let Some(destination) = object(body, "destination")? {
        unknown_keys(destination, &["type"], "destination.")?;
        if let Some(kind) = string(destination, "type", "destination.type")? {
            if kind != "email" {
                return Err(bad("`destination.type` must be \"email\" (the only destination)".into()));
            }
        }
    }
    if let Some(template) = object(body, "template")? {
        unknown_keys(template, &["subject", "message"], "template.")?;
        if let Some(message) = string(template, "message", "template.message")? {
            let message = message.trim().to_string();
            if !MESSAGE_LEN.contains(&message.chars().count()) {
                return Err(bad(format!(
                    "`template.message` must be {}–{} characters",
                    MESSAGE_LEN.start(),
                    MESSAGE_LEN.end()
                )));
            }
            input.message = Some(message);
        }
        match template.get("subject") {
            None => {}
            Some(Value::Null) => input.subject = Some(None),
            Some(Value::String(s)) => {
                let s = s.trim();
                if s.chars().count() > MAX_SUBJECT || s.chars().any(char::is_control) {
                    return Err(bad(format!(
                        "`template.subject` must be one line of at most {MAX_SUBJECT} characters"
                    )));
                }
                input.subject = Some(Some(s.to_string()).filter(|s| !s.is_empty()));
            }
            Some(_) => return Err(bad("`template.subject` must be a string or null".into())),
        }
    }
    match body.get("isEnabled") {
        None => {}
        Some(Value::Bool(b)) => input.is_enabled = Some(*b),
        Some(_) => return Err(bad("`isEnabled` must be a boolean".into())),
    }
    Ok(input)
}

fn alert_not_found() -> ApiError {
    ApiError::not_found("Alert not found")
}

pub async fn list(
    State(state): State<AppState>,
    caller: Caller,
    Path(website_id): Path<String>,
) -> ApiResult<Response> {
    let website = caller.website(&state, &website_id, Permission::AlertsRead, Role::Viewer).await?;
    let mut items = Vec::new();
    for alert in state.meta.alerts(website.id).await? {
        items.push(alert_json(&state, &alert).await?);
    }
    Ok(respond::many(items))
}

pub async fn create(
    State(state): State<AppState>,
    caller: Caller,
    Path(website_id): Path<String>,
    body: JsonBody,
) -> ApiResult<Response> {
    let website = caller.website(&state, &website_id, Permission::AlertsWrite, Role::Member).await?;
    let input = parse_input(&body.object()?)?;
    let missing = |f: &str| ApiError::bad_request(format!("Invalid alert data: `{f}` is required"));
    let now = time::now_millis();
    let alert = Alert {
        id: ObjectId::generate(),
        website_id: website.id,
        name: input.name.ok_or_else(|| missing("name"))?,
        goal_name: input.goal_name.ok_or_else(|| missing("trigger.goalName"))?,
        subject: input.subject.flatten(),
        message: input.message.ok_or_else(|| missing("template.message"))?,
        is_enabled: input.is_enabled.unwrap_or(true),
        created_by: caller.user_id(),
        created_at: now,
        updated_at: now,
    };
    match state.meta.create_alert(alert.clone(), MAX_ALERTS_PER_WEBSITE).await {
        Err(StoreError::LimitReached(n)) => {
            return Err(ApiError::forbidden(format!("Alert limit reached: a website can have at most {n} alerts")))
        }
        other => other?,
    }
    Ok(respond::one(alert_json(&state, &alert).await?))
}

/// One alert (`alerts:read`). Not in DataFast's published routes, but its CLI has
/// `alerts get`; answered like an item of the list.
pub async fn get(
    State(state): State<AppState>,
    caller: Caller,
    Path((website_id, alert_id)): Path<(String, String)>,
) -> ApiResult<Response> {
    let website = caller.website(&state, &website_id, Permission::AlertsRead, Role::Viewer).await?;
    let id = parse_id(&alert_id, "alertId")?;
    let alert = state.meta.alert(website.id, id).await?.ok_or_else(alert_not_found)?;
    Ok(respond::one(alert_json(&state, &alert).await?))
}

pub async fn update(
    State(state): State<AppState>,
    caller: Caller,
    Path((website_id, alert_id)): Path<(String, String)>,
    body: JsonBody,
) -> ApiResult<Response> {
    let website = caller.website(&state, &website_id, Permission::AlertsWrite, Role::Member).await?;
    let id = parse_id(&alert_id, "alertId")?;
    let input = parse_input(&body.object()?)?;
    let mut alert = state.meta.alert(website.id, id).await?.ok_or_else(alert_not_found)?;
    if let Some(v) = input.name {
        alert.name = v;
    }
    if let Some(v) = input.goal_name {
        alert.goal_name = v;
    }
    if let Some(v) = input.subject {
        alert.subject = v;
    }
    if let Some(v) = input.message {
        alert.message = v;
    }
    if let Some(v) = input.is_enabled {
        alert.is_enabled = v;
    }
    alert.updated_at = time::now_millis();
    match state.meta.update_alert(&alert).await {
        Err(StoreError::NotFound) => return Err(alert_not_found()),
        other => other?,
    }
    Ok(respond::one(alert_json(&state, &alert).await?))
}

pub async fn delete(
    State(state): State<AppState>,
    caller: Caller,
    Path((website_id, alert_id)): Path<(String, String)>,
) -> ApiResult<Response> {
    let website = caller.website(&state, &website_id, Permission::AlertsWrite, Role::Member).await?;
    let id = parse_id(&alert_id, "alertId")?;
    if !state.meta.delete_alert(website.id, id).await? {
        return Err(alert_not_found());
    }
    Ok(respond::one(json!({ "message": "Alert deleted successfully" })))
}

pub async fn history(
    State(state): State<AppState>,
    caller: Caller,
    Path(website_id): Path<String>,
    query: QueryParams,
) -> ApiResult<Response> {
    let website = caller.website(&state, &website_id, Permission::AlertsRead, Role::Viewer).await?;
    let alert_id = query.get("alertId").filter(|s| !s.is_empty()).map(|raw| parse_id(raw, "alertId")).transpose()?;
    let limit = match query.get("limit") {
        None | Some("") => HISTORY_DEFAULT,
        raw => q::parse_paging(raw, None, HISTORY_MAX)?.limit,
    };
    // DataFast's history holds goal alerts only; the scheduled emails are asked for by kind.
    let kind =
        match query.get("kind") {
            None | Some("") => Some(AlertLogKind::Goal),
            Some("all") => None,
            Some(raw) => Some(AlertLogKind::parse(raw).ok_or_else(|| {
                ApiError::bad_request("`kind` must be one of goal, traffic_spike, weekly_report, all")
            })?),
        };
    let (logs, counts) = state.meta.alert_logs(website.id, alert_id, kind, limit as usize).await?;
    let body = json!({
        "status": "success",
        "data": logs.iter().map(log_json).collect::<Vec<_>>(),
        "counts": {
            "sent": counts.sent,
            "failed": counts.failed,
            "throttled": counts.throttled,
            "total": counts.sent + counts.failed + counts.throttled,
        },
    });
    Ok((StatusCode::OK, Json(body)).into_response())
}
