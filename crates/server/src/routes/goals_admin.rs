//! `/admin/websites/{websiteId}/goals`: the goals a website has tracked (from the event
//! store) and their display customizations (display name, color, description).

use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use datafast_core::goal::{self, GoalCustomization, MAX_BODY_BYTES, MAX_CUSTOMIZATIONS, PALETTE};
use datafast_core::{time, Permission, Role};
use datafast_query::Scope;
use datafast_store::StoreError;
use serde_json::{json, Map, Value};

use crate::auth::Caller;
use crate::body::LimitedJsonBody;
use crate::error::{ApiError, ApiResult};
use crate::query::QueryParams;
use crate::respond;
use crate::AppState;

/// Tracked goals listed at most; the most completed come first.
const MAX_TRACKED_GOALS: u32 = 1000;

/// G1: every goal name recorded on the website, all time, most completed first.
/// `conversionRate` is the fraction (0–1, four decimals) of the website's visitors who
/// completed the goal, as in DataFast's example (`0.081`).
pub async fn tracked(
    State(state): State<AppState>,
    caller: Caller,
    Path(website_id): Path<String>,
) -> ApiResult<Response> {
    let website = caller.website(&state, &website_id, Permission::SettingsRead, Role::Viewer).await?;
    let scope = Scope { website_id: website.id, range: None, filters: Vec::new() };
    let goals = datafast_query::tracked_goals(state.events.as_ref(), &scope, MAX_TRACKED_GOALS).await?;
    let items = goals
        .into_iter()
        .map(|g| {
            let rate = if g.all_visitors > 0 {
                (g.visitors as f64 / g.all_visitors as f64 * 10_000.0).round() / 10_000.0
            } else {
                0.0
            };
            json!({"name": g.name, "total": g.total, "uv": g.visitors, "conversionRate": rate, "eventType": g.event_type})
        })
        .collect();
    Ok(respond::many(items))
}

fn customization_json(c: &GoalCustomization) -> Value {
    json!({
        "goalName": c.goal_name,
        "displayName": c.display_name,
        "color": c.color,
        "description": c.description,
        "updatedAt": time::iso_millis(c.updated_at),
    })
}

fn palette_json() -> Vec<Value> {
    PALETTE.iter().map(|c| json!({"color": c.color, "family": c.family, "label": c.label})).collect()
}

/// `data` plus the palette as the `colors` sibling, DataFast's shape for these routes.
fn with_colors(items: Vec<Value>) -> Response {
    axum::Json(json!({"status": "success", "data": items, "colors": palette_json()})).into_response()
}

/// G2: saved customizations (optionally of one goal) and the palette.
pub async fn customizations(
    State(state): State<AppState>,
    caller: Caller,
    Path(website_id): Path<String>,
    params: QueryParams,
) -> ApiResult<Response> {
    let website = caller.website(&state, &website_id, Permission::GoalsRead, Role::Viewer).await?;
    let name = params.get("goalName").map(goal::normalize_goal_name).transpose()?;
    let saved = state.meta.goal_customizations(website.id, name).await?;
    Ok(with_colors(saved.iter().map(customization_json).collect()))
}

/// What a PATCH says about one text field: absent (keep), null/empty (clear) or a value.
enum Change {
    Keep,
    Set(Option<String>),
}

fn text_change(body: &Map<String, Value>, field: &str, max: usize) -> ApiResult<Change> {
    match body.get(field) {
        None => Ok(Change::Keep),
        Some(Value::Null) => Ok(Change::Set(None)),
        Some(Value::String(s)) => {
            let s = s.trim();
            if s.chars().count() > max {
                return Err(ApiError::bad_request(format!("`{field}` must be at most {max} characters")));
            }
            Ok(Change::Set((!s.is_empty()).then(|| s.to_string())))
        }
        Some(_) => Err(ApiError::bad_request(format!("`{field}` must be a string or null"))),
    }
}

fn apply(change: Change, slot: &mut Option<String>) {
    if let Change::Set(v) = change {
        *slot = v;
    }
}

/// G3: create or update one goal's display metadata; only the fields sent change, `null`
/// clears one. A customization whose fields are all cleared is removed.
pub async fn update_customization(
    State(state): State<AppState>,
    caller: Caller,
    Path(website_id): Path<String>,
    LimitedJsonBody(body): LimitedJsonBody<MAX_BODY_BYTES>,
) -> ApiResult<Response> {
    let website = caller.website(&state, &website_id, Permission::GoalsWrite, Role::Member).await?;
    let body = body.object()?;
    const FIELDS: [&str; 4] = ["goalName", "displayName", "color", "description"];
    if let Some(k) = body.keys().find(|k| !FIELDS.contains(&k.as_str())) {
        return Err(ApiError::bad_request(format!("Unknown field `{k}`; accepted fields: {}", FIELDS.join(", "))));
    }
    let raw_name = match body.get("goalName") {
        Some(Value::String(s)) => s,
        None | Some(Value::Null) => return Err(ApiError::bad_request("`goalName` is required")),
        Some(_) => return Err(ApiError::bad_request("`goalName` must be a string")),
    };
    let goal_name = goal::normalize_goal_name(raw_name)?;
    if body.len() == 1 {
        return Err(ApiError::bad_request("No fields provided: send `displayName`, `color` and/or `description`"));
    }
    let display_name = text_change(&body, "displayName", goal::MAX_DISPLAY_NAME)?;
    let description = text_change(&body, "description", goal::MAX_DESCRIPTION)?;
    let color = match body.get("color") {
        None => Change::Keep,
        Some(Value::Null) => Change::Set(None),
        Some(Value::String(s)) => match goal::palette_color(s) {
            Some(c) => Change::Set(Some(c.to_string())),
            None => {
                let allowed: Vec<&str> = PALETTE.iter().map(|c| c.color).collect();
                return Err(ApiError::bad_request(format!(
                    "`color` \"{s}\" is not in the palette; use one of {}",
                    allowed.join(", ")
                )));
            }
        },
        Some(_) => return Err(ApiError::bad_request("`color` must be a string or null")),
    };
    let existing = state.meta.goal_customizations(website.id, Some(goal_name.clone())).await?.into_iter().next();
    let mut saved = existing.unwrap_or(GoalCustomization {
        website_id: website.id,
        goal_name: goal_name.clone(),
        display_name: None,
        color: None,
        description: None,
        updated_at: 0,
    });
    apply(display_name, &mut saved.display_name);
    apply(color, &mut saved.color);
    apply(description, &mut saved.description);
    saved.updated_at = time::now_millis();
    if saved.is_empty() {
        state.meta.delete_goal_customization(website.id, goal_name).await?;
    } else {
        state.meta.save_goal_customization(saved.clone(), MAX_CUSTOMIZATIONS).await.map_err(|e| match e {
            StoreError::LimitReached(n) => {
                ApiError::bad_request(format!("Customization limit reached: a website can customize at most {n} goals"))
            }
            other => other.into(),
        })?;
    }
    Ok(with_colors(vec![customization_json(&saved)]))
}

/// G4: forget a goal's customization; `deleted` says whether one was saved.
pub async fn delete_customization(
    State(state): State<AppState>,
    caller: Caller,
    Path(website_id): Path<String>,
    params: QueryParams,
) -> ApiResult<Response> {
    let website = caller.website(&state, &website_id, Permission::GoalsWrite, Role::Member).await?;
    let raw = params
        .get("goalName")
        .filter(|s| !s.trim().is_empty())
        .ok_or_else(|| ApiError::bad_request("The goalName query parameter is required"))?;
    let goal_name = goal::normalize_goal_name(raw)?;
    let deleted = state.meta.delete_goal_customization(website.id, goal_name.clone()).await?;
    Ok(respond::one(json!({ "deleted": deleted, "goalName": goal_name })))
}
