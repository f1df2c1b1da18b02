//! Funnels: `/admin/websites/{websiteId}/funnels` (definitions, soft delete) and the Website
//! API's `/analytics/funnels/{funnelId}` (per-step visitors, conversion and drop-off).

use axum::extract::{Path, State};
use axum::response::Response;
use datafast_core::funnel::{self, Funnel, FunnelStep, StepTarget, MAX_ACTIVE_FUNNELS};
use datafast_core::{time, ObjectId, Permission, Role};
use datafast_query::round2;
use datafast_store::StoreError;
use serde_json::{json, Map, Value};

use super::analytics::scoped;
use crate::auth::{parse_id, Caller};
use crate::body::{reject_unknown, JsonBody};
use crate::error::{ApiError, ApiResult};
use crate::public::Reader;
use crate::query::QueryParams;
use crate::respond;
use crate::AppState;

fn step_json(s: &FunnelStep) -> Map<String, Value> {
    let mut item = Map::new();
    item.insert("id".into(), json!(s.id));
    item.insert("name".into(), json!(s.name));
    match &s.target {
        StepTarget::Pageview { url } => {
            item.insert("type".into(), json!("pageview"));
            item.insert("url".into(), json!(url));
        }
        StepTarget::Goal { goal_name } => {
            item.insert("type".into(), json!("goal"));
            item.insert("goalName".into(), json!(goal_name));
        }
    }
    item
}

fn funnel_json(f: &Funnel) -> Value {
    json!({
        "_id": f.id,
        "websiteId": f.website_id,
        "name": f.name,
        "slug": f.slug,
        "steps": f.steps.iter().map(|s| Value::Object(step_json(s))).collect::<Vec<_>>(),
        "isActive": f.is_active,
        "createdAt": time::iso_millis(f.created_at),
        "updatedAt": time::iso_millis(f.updated_at),
    })
}

fn not_found() -> ApiError {
    ApiError::not_found("Funnel not found")
}

/// Store outcomes with a funnel-specific message.
fn store_error(e: StoreError) -> ApiError {
    match e {
        StoreError::LimitReached(n) => ApiError::bad_request(format!(
            "Funnel limit reached: a website can have at most {n} active funnels; delete one first"
        )),
        StoreError::NotFound => not_found(),
        other => other.into(),
    }
}

/// F1: the website's active funnels, oldest first.
pub async fn list(
    State(state): State<AppState>,
    reader: Reader,
    Path(website_id): Path<String>,
) -> ApiResult<Response> {
    // Funnels are a dashboard panel, so their definitions are part of a public dashboard.
    let (website, _) = reader.website(&state, &website_id, Permission::FunnelsRead, Role::Viewer).await?;
    let funnels = state.meta.active_funnels(website.id).await?;
    Ok(respond::many(funnels.iter().map(funnel_json).collect()))
}

/// F2: a new active funnel; the slug comes from the name, made unique on the website.
pub async fn create(
    State(state): State<AppState>,
    caller: Caller,
    Path(website_id): Path<String>,
    body: JsonBody,
) -> ApiResult<Response> {
    let website = caller.website(&state, &website_id, Permission::FunnelsWrite, Role::Member).await?;
    let body = body.object()?;
    reject_unknown(&body, &["name", "steps"])?;
    let name = funnel::parse_name(body.get("name"))?;
    let steps = funnel::parse_steps(body.get("steps"))?;
    let now = time::now_millis();
    let slug = match funnel::slugify(&name) {
        s if s.is_empty() => "funnel".to_string(),
        s => s,
    };
    let draft = Funnel {
        id: ObjectId::generate(),
        website_id: website.id,
        name,
        slug,
        steps,
        is_active: true,
        created_at: now,
        updated_at: now,
    };
    let created = state.meta.create_funnel(draft, MAX_ACTIVE_FUNNELS).await.map_err(store_error)?;
    Ok(respond::one(funnel_json(&created)))
}

/// F3: rename, replace the steps, or (de)activate. The slug stays, so links keep working.
pub async fn update(
    State(state): State<AppState>,
    caller: Caller,
    Path((website_id, funnel_id)): Path<(String, String)>,
    body: JsonBody,
) -> ApiResult<Response> {
    let website = caller.website(&state, &website_id, Permission::FunnelsWrite, Role::Member).await?;
    let id = parse_id(&funnel_id, "funnelId")?;
    let body = body.object()?;
    reject_unknown(&body, &["name", "steps", "isActive"])?;
    if body.is_empty() {
        return Err(ApiError::bad_request("Nothing to update: send `name`, `steps` and/or `isActive`"));
    }
    let name = body.get("name").map(|v| funnel::parse_name(Some(v))).transpose()?;
    let steps = body.get("steps").map(|v| funnel::parse_steps(Some(v))).transpose()?;
    let is_active = match body.get("isActive") {
        None => None,
        Some(Value::Bool(b)) => Some(*b),
        Some(_) => return Err(ApiError::bad_request("`isActive` must be true or false")),
    };
    let mut funnel = state.meta.funnel(website.id, id).await?.ok_or_else(not_found)?;
    if let Some(name) = name {
        funnel.name = name;
    }
    if let Some(steps) = steps {
        funnel.steps = steps;
    }
    if let Some(active) = is_active {
        funnel.is_active = active;
    }
    funnel.updated_at = time::now_millis();
    state.meta.update_funnel(&funnel, MAX_ACTIVE_FUNNELS).await.map_err(store_error)?;
    Ok(respond::one(funnel_json(&funnel)))
}

/// F4: soft delete. The funnel leaves the list and its results route; `PUT isActive: true`
/// brings it back. Deleting an already deleted funnel is a 404, as for any unlisted funnel.
pub async fn delete(
    State(state): State<AppState>,
    caller: Caller,
    Path((website_id, funnel_id)): Path<(String, String)>,
) -> ApiResult<Response> {
    let website = caller.website(&state, &website_id, Permission::FunnelsWrite, Role::Member).await?;
    let id = parse_id(&funnel_id, "funnelId")?;
    let mut funnel = state.meta.funnel(website.id, id).await?.filter(|f| f.is_active).ok_or_else(not_found)?;
    funnel.is_active = false;
    funnel.updated_at = time::now_millis();
    state.meta.update_funnel(&funnel, MAX_ACTIVE_FUNNELS).await.map_err(store_error)?;
    Ok(respond::one(json!({ "message": "Funnel deleted successfully" })))
}

/// Percentage 0–100 with two decimals; 0 when there is nothing to divide by.
fn percent(part: i64, whole: i64) -> f64 {
    if whole <= 0 {
        0.0
    } else {
        round2(part as f64 * 100.0 / whole as f64)
    }
}

/// `GET /api/v1/analytics/funnels/{funnelId}`: for each step, the visitors who reached it in
/// order within the range (after filters), with conversion from the first step and from the
/// previous one, and the drop-off since the previous step.
pub async fn results(
    State(state): State<AppState>,
    reader: Reader,
    Path(funnel_id): Path<String>,
    params: QueryParams,
) -> ApiResult<Response> {
    let (website, tz, scope, _) = scoped(&state, &reader, &params).await?;
    let id = parse_id(&funnel_id, "funnelId")?;
    let funnel = state.meta.funnel(website.id, id).await?.filter(|f| f.is_active).ok_or_else(not_found)?;
    let reached = datafast_query::funnel(state.events.as_ref(), &scope, &funnel.steps).await?;
    let first = reached.first().copied().unwrap_or(0);
    let mut steps = Vec::with_capacity(funnel.steps.len());
    for (i, (step, &visitors)) in funnel.steps.iter().zip(&reached).enumerate() {
        let previous = if i == 0 { visitors } else { reached[i - 1] };
        let step_rate = percent(visitors, previous);
        let mut item = step_json(step);
        item.insert("visitors".into(), json!(visitors));
        item.insert("conversionRate".into(), json!(percent(visitors, first)));
        item.insert("stepConversionRate".into(), json!(step_rate));
        item.insert("dropOff".into(), json!(previous - visitors));
        item.insert("dropOffRate".into(), json!(if previous > 0 { round2(100.0 - step_rate) } else { 0.0 }));
        steps.push(Value::Object(item));
    }
    let last = reached.last().copied().unwrap_or(0);
    Ok(respond::one(json!({
        "funnelId": funnel.id,
        "name": funnel.name,
        "slug": funnel.slug,
        "timezone": tz.name(),
        "startAt": scope.range.map(|r| time::iso_millis(r.start_ms)),
        "endAt": scope.range.map(|r| time::iso_millis(r.end_ms - 1)),
        "visitors": first,
        "completed": last,
        "conversionRate": percent(last, first),
        "steps": steps,
    })))
}
