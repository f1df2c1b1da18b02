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
