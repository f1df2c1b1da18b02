//! The route table. Paths and methods follow DataFast's public API exactly.

mod account;
mod analytics;
mod events;
mod tokens;
mod tracker;
mod website_keys;
mod websites;

use std::any::Any;

use axum::http::StatusCode;
use axum::http::{header, Method};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post, put};
use axum::{Json, Router};
use serde_json::json;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::cors::{self, CorsLayer};
use tower_http::trace::TraceLayer;

use crate::error::ApiError;
use crate::AppState;

pub fn router(state: AppState) -> Router {
    let admin = Router::new()
        .route("/account", get(account::get_account).put(account::update_account))
        .route("/access-tokens", get(tokens::list).post(tokens::create))
        .route("/access-tokens/{token_id}", axum::routing::delete(tokens::delete))
        .route("/websites", get(websites::list).post(websites::create))
        .route("/websites/{website_id}", get(websites::get).put(websites::update).delete(websites::delete))
        .route("/websites/{website_id}/apikeys", get(website_keys::list).post(website_keys::create))
        .route("/websites/{website_id}/apikeys/{key_id}", put(website_keys::roll).delete(website_keys::delete));

    Router::new()
        .nest("/api/v1/admin", admin)
        .route("/api/v1/analytics/metadata", get(analytics::metadata))
        // An explicit OPTIONS route keeps preflights inside the CORS layer (the global
        // method-not-allowed fallback would otherwise answer them).
        .route("/api/events", post(events::ingest).options(|| async { StatusCode::NO_CONTENT }).layer(events_cors()))
        .route("/js/{name}", get(tracker::script))
        .route("/healthz", get(healthz))
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .layer(CatchPanicLayer::custom(panic_response))
        .layer(TraceLayer::new_for_http())
        .with_state(state)
}

/// The tracker posts from every site's origin, without credentials.
fn events_cors() -> CorsLayer {
    CorsLayer::new()
        .allow_origin(cors::Any)
        .allow_methods([Method::POST, Method::OPTIONS])
        .allow_headers([header::CONTENT_TYPE])
        .max_age(std::time::Duration::from_secs(86_400))
}

async fn healthz() -> Json<serde_json::Value> {
    Json(json!({ "status": "ok" }))
}

async fn not_found() -> ApiError {
    ApiError::not_found("Route not found")
}

async fn method_not_allowed() -> ApiError {
    ApiError::new(StatusCode::METHOD_NOT_ALLOWED, "Method not allowed on this route")
}

fn panic_response(_: Box<dyn Any + Send + 'static>) -> Response {
    ApiError::internal("request handler panicked").into_response()
}
