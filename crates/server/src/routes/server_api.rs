//! What the Website API's write endpoints (`/goals`, `/payments`, `/identify`) share: reading
//! a visitor id, a deletion's time range, finding the visitor's latest pageview, and handing a
//! server-side event to the durable ingestion spool.

use std::time::Duration;

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, NaiveDate};
use datafast_core::uuid::parse_uuid;
use datafast_core::ObjectId;
use datafast_ingest::SubmitError;
use datafast_store::{EventRecord, InstantRange};
use serde_json::{Map, Value};

use crate::error::{ApiError, ApiResult};
use crate::query::QueryParams;
use crate::AppState;

/// How long a write waits for events acknowledged before it to reach the store (a pageview
/// sent a moment ago, goals about to be deleted). The writer flushes every half second.
const STORE_WAIT: Duration = Duration::from_secs(5);

/// `datafast_visitor_id` (or its alias `visitorId`): a lowercase UUID v4 as the tracker makes.
pub fn visitor_id(value: Option<&str>, required: bool) -> ApiResult<Option<u128>> {
    match value.map(str::trim) {
        None | Some("") if required => Err(ApiError::bad_request("`datafast_visitor_id` is required")),
        None | Some("") => Ok(None),
        Some(v) if datafast_ingest::pipeline::is_uuid_v4(v) => Ok(parse_uuid(v)),
        Some(_) => Err(ApiError::bad_request(
            "`datafast_visitor_id` must be a UUID v4 (the value of the datafast_visitor_id cookie)",
        )),
    }
}

/// A body's visitor id under either name; JSON strings only.
pub fn body_visitor_id(body: &Map<String, Value>, required: bool) -> ApiResult<Option<u128>> {
    let raw = match body.get("datafast_visitor_id").or_else(|| body.get("visitorId")) {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => Some(s.as_str()),
        Some(_) => return Err(ApiError::bad_request("`datafast_visitor_id` must be a string")),
    };
    visitor_id(raw, required)
}

/// An instant in a deletion range: RFC 3339, or a calendar day (UTC; an end day includes all
/// of it).
fn instant(raw: &str, name: &str, end: bool) -> ApiResult<i64> {
    let raw = raw.trim();
    if let Ok(t) = DateTime::parse_from_rfc3339(raw) {
        return Ok(t.timestamp_millis());
    }
    if let Ok(day) = NaiveDate::parse_from_str(raw, "%Y-%m-%d") {
        let start = day.and_hms_opt(0, 0, 0).map(|t| t.and_utc().timestamp_millis()).unwrap_or(0);
        return Ok(if end { start + 86_400_000 - 1 } else { start });
    }
    Err(ApiError::bad_request(format!("`{name}` must be an ISO 8601 timestamp (e.g. 2026-01-01T00:00:00Z)")))
}

/// The range of a deletion from `startAt`/`endAt` or, when neither is given, `start`/`end`
/// (DataFast's pages name both). One bound without the other is a 400.
pub fn deletion_range(params: &QueryParams) -> ApiResult<Option<InstantRange>> {
    let given = |k: &str| params.get(k).filter(|v| !v.trim().is_empty());
    let (start_name, end_name) =
        if given("startAt").is_some() || given("endAt").is_some() { ("startAt", "endAt") } else { ("start", "end") };
    match (given(start_name), given(end_name)) {
        (None, None) => Ok(None),
        (Some(s), Some(e)) => {
            let range = InstantRange { start_ms: instant(s, start_name, false)?, end_ms: instant(e, end_name, true)? };
            if range.start_ms > range.end_ms {
                return Err(ApiError::bad_request(format!("`{start_name}` must not be after `{end_name}`")));
            }
            Ok(Some(range))
        }
        _ => Err(ApiError::bad_request(format!("`{start_name}` and `{end_name}` must be given together"))),
    }
}

/// The visitor's latest pageview; a visitor whose first pageview is still on its way to the
/// store (acknowledged a moment ago) is waited for. 404 when they have none.
pub async fn latest_pageview(state: &AppState, website_id: ObjectId, visitor: u128) -> ApiResult<EventRecord> {
    let events = state.events.as_ref();
    if let Some(page) = datafast_query::latest_pageview(events, website_id, visitor).await? {
        return Ok(page);
    }
    state.ingest.wait_stored(STORE_WAIT).await;
    datafast_query::latest_pageview(events, website_id, visitor)
        .await?
        .ok_or_else(|| ApiError::not_found("No pageviews found for this visitor on this website"))
}

/// Makes everything acknowledged so far visible to a deletion.
pub async fn settle(state: &AppState) {
    if !state.ingest.wait_stored(STORE_WAIT).await {
        tracing::warn!("ingestion is behind; a deletion may miss events accepted just before it");
    }
}

/// Spools a server-side event (durable on return), answering 503 when ingestion is behind.
pub async fn submit(state: &AppState, event: EventRecord) -> ApiResult<()> {
    match state.ingest.submit(vec![event]).await {
        Ok(()) => Ok(()),
        Err(SubmitError::Busy) => {
            Err(ApiError::new(StatusCode::SERVICE_UNAVAILABLE, "Ingestion is catching up; retry shortly"))
        }
        Err(e) => Err(ApiError::internal(e)),
    }
}

/// A 503 from `submit` carries `Retry-After` like the tracker endpoint's.
pub fn with_retry_after(result: ApiResult<Response>) -> Response {
    match result {
        Ok(r) => r,
        Err(e) if e.status == StatusCode::SERVICE_UNAVAILABLE => {
            let mut response = e.into_response();
            response.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from_static("1"));
            response
        }
        Err(e) => e.into_response(),
    }
}

/// Rejects fields the endpoint does not know: a misspelt flag (`refund` for `refunded`) would
/// otherwise silently change what is recorded.
pub fn reject_unknown(body: &Map<String, Value>, known: &[&str]) -> ApiResult<()> {
    let unknown: Vec<&str> = body.keys().map(String::as_str).filter(|k| !known.contains(k)).collect();
    if unknown.is_empty() {
        Ok(())
    } else {
        Err(ApiError::bad_request(format!("Unknown field(s): {}; accepted: {}", unknown.join(", "), known.join(", "))))
    }
}

/// An optional string field (null = absent).
pub fn string_field(body: &Map<String, Value>, names: &[&str]) -> ApiResult<Option<String>> {
    for name in names {
        match body.get(*name) {
            None | Some(Value::Null) => continue,
            Some(Value::String(s)) => return Ok(Some(s.clone())),
            Some(_) => return Err(ApiError::bad_request(format!("`{name}` must be a string"))),
        }
    }
    Ok(None)
}

pub fn bool_field(body: &Map<String, Value>, name: &str) -> ApiResult<bool> {
    match body.get(name) {
        None | Some(Value::Null) => Ok(false),
        Some(Value::Bool(b)) => Ok(*b),
        Some(_) => Err(ApiError::bad_request(format!("`{name}` must be true or false"))),
    }
}
