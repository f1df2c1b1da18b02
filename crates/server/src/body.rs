//! JSON request bodies. The body is read (bounded) when the request arrives, but a parse
//! failure is only reported when the handler asks for the value, after authentication and
//! permission checks: an unauthorised caller learns nothing from body validation.

use std::convert::Infallible;

use axum::body::to_bytes;
use axum::extract::{FromRequest, Request};
use axum::http::{header, StatusCode};
use serde_json::{Map, Value};

use crate::error::ApiError;
use crate::AppState;

pub struct JsonBody(Result<Option<Value>, ApiError>);

fn is_json_content_type(value: &str) -> bool {
    let mime = value.split(';').next().unwrap_or("").trim().to_ascii_lowercase();
    mime == "application/json" || (mime.starts_with("application/") && mime.ends_with("+json"))
}

async fn read(req: Request, limit: usize) -> Result<Option<Value>, ApiError> {
    let too_large = || ApiError::new(StatusCode::PAYLOAD_TOO_LARGE, format!("Request body exceeds {limit} bytes"));
    if let Some(ct) = req.headers().get(header::CONTENT_TYPE) {
        let ct = ct.to_str().unwrap_or("");
        if !is_json_content_type(ct) {
            return Err(ApiError::new(StatusCode::UNSUPPORTED_MEDIA_TYPE, "Content-Type must be application/json"));
        }
    }
    let declared =
        req.headers().get(header::CONTENT_LENGTH).and_then(|v| v.to_str().ok()).and_then(|v| v.parse::<usize>().ok());
    if declared.is_some_and(|n| n > limit) {
        return Err(too_large());
    }
    let bytes = to_bytes(req.into_body(), limit).await.map_err(|_| too_large())?;
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Ok(None);
    }
    serde_json::from_slice(&bytes)
        .map(Some)
        .map_err(|e| ApiError::bad_request(format!("Request body is not valid JSON: {e}")))
}

impl FromRequest<AppState> for JsonBody {
    type Rejection = Infallible;

    async fn from_request(req: Request, state: &AppState) -> Result<Self, Self::Rejection> {
        Ok(JsonBody(read(req, state.config.max_body_bytes).await))
    }
}

impl JsonBody {
    /// The body as a JSON object; an empty body is an empty object.
    pub fn object(self) -> Result<Map<String, Value>, ApiError> {
        match self.0? {
            None => Ok(Map::new()),
            Some(Value::Object(map)) => Ok(map),
            Some(_) => Err(ApiError::bad_request("Request body must be a JSON object")),
        }
    }
}

/// Reads an optional string-or-null field, rejecting other types with a named error.
pub fn optional_string(body: &Map<String, Value>, field: &str) -> Result<Option<String>, ApiError> {
    optional_str(body, field).map(|s| s.map(str::to_string))
}

/// `optional_string`, borrowed.
pub fn optional_str<'a>(body: &'a Map<String, Value>, field: &str) -> Result<Option<&'a str>, ApiError> {
    match body.get(field) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.as_str())),
        Some(_) => Err(ApiError::bad_request(format!("`{field}` must be a string"))),
    }
}

/// The first field of `body` that is not in `allowed`, if any: a misspelt field would
/// otherwise be silently ignored.
pub fn unknown_field<'a>(body: &'a Map<String, Value>, allowed: &[&str]) -> Option<&'a str> {
    body.keys().map(String::as_str).find(|k| !allowed.contains(k))
}

/// 400 naming the first unknown field and the accepted ones.
pub fn reject_unknown(body: &Map<String, Value>, allowed: &[&str]) -> Result<(), ApiError> {
    match unknown_field(body, allowed) {
        Some(k) => Err(ApiError::bad_request(format!("Unknown field `{k}`; accepted fields: {}", allowed.join(", ")))),
        None => Ok(()),
    }
}

/// Reads an optional array of strings.
pub fn optional_string_list(body: &Map<String, Value>, field: &str) -> Result<Option<Vec<String>>, ApiError> {
    let invalid = || ApiError::bad_request(format!("`{field}` must be an array of strings"));
    match body.get(field) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Array(items)) => {
            items.iter().map(|v| v.as_str().map(str::to_string).ok_or_else(invalid)).collect::<Result<_, _>>().map(Some)
        }
        Some(_) => Err(invalid()),
    }
}

/// A JSON body with its own, smaller size limit (routes whose contract names one).
pub struct LimitedJsonBody<const LIMIT: usize>(pub JsonBody);

impl<const LIMIT: usize> FromRequest<AppState> for LimitedJsonBody<LIMIT> {
    type Rejection = Infallible;

    async fn from_request(req: Request, state: &AppState) -> Result<Self, Self::Rejection> {
        Ok(LimitedJsonBody(JsonBody(read(req, LIMIT.min(state.config.max_body_bytes)).await)))
    }
}
