//! Success envelopes. The Account API wraps every result in `data` as an array, even a
//! single object.

use axum::response::{IntoResponse, Response};
use axum::Json;
use serde_json::{json, Value};

pub fn one(item: Value) -> Response {
    many(vec![item])
}

pub fn many(items: Vec<Value>) -> Response {
    Json(json!({ "status": "success", "data": items })).into_response()
}

/// A page of a list with its paging and how many items there are in all.
pub fn page(items: Vec<Value>, limit: u32, offset: u32, total: u64) -> Response {
    Json(json!({
        "status": "success",
        "data": items,
        "pagination": {"limit": limit, "offset": offset, "total": total},
    }))
    .into_response()
}

/// A text value, or null when empty (the API's "not known").
pub fn or_null(s: &str) -> Value {
    if s.is_empty() {
        Value::Null
    } else {
        json!(s)
    }
}
