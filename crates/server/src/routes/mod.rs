//! The route table. Paths and methods follow DataFast's public API exactly.

mod account;
mod analytics;
mod bot_traffic;
mod events;
mod integrations;
mod invitations;
mod team;
// Website API writes (goals, payments, identify).
mod funnels;
mod goals;
mod goals_admin;
mod identify;
mod mentions;
mod money;
mod notes;
mod payments;
mod server_api;
mod tokens;
mod tracker;
mod visitors;
mod website_keys;
// Provider webhooks (payments from Stripe, Lemon Squeezy, Polar, Paddle).
mod webhooks;
mod websites;
// Dashboard sessions (email + password).
mod auth_sessions;
// Goal alerts.
mod alerts;
// The dashboard (issue 7): the embedded single-page app.
mod dashboard;

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

pub(crate) use events::client_ip;

pub fn router(state: AppState) -> Router {
    let admin = Router::new()
        .route("/account", get(account::get_account).put(account::update_account))
        .route("/access-tokens", get(tokens::list).post(tokens::create))
        .route("/access-tokens/{token_id}", axum::routing::delete(tokens::delete))
        .route("/websites", get(websites::list).post(websites::create))
        .route("/websites/{website_id}", get(websites::get).put(websites::update).delete(websites::delete))
        .route("/websites/{website_id}/apikeys", get(website_keys::list).post(website_keys::create))
        .route("/websites/{website_id}/apikeys/{key_id}", put(website_keys::roll).delete(website_keys::delete))
        .route("/websites/{website_id}/team", get(team::list).post(team::invite).delete(team::remove))
        .route("/websites/{website_id}/team/invitations", get(team::list_invitations))
        .route("/websites/{website_id}/integrations", get(integrations::status))
        .route(
            "/websites/{website_id}/integrations/{provider}",
            post(integrations::connect).delete(integrations::disconnect).patch(integrations::resync),
        )
        // goals, funnels, notes (issue 6)
        .route("/websites/{website_id}/goals", get(goals_admin::tracked))
        .route(
            "/websites/{website_id}/goals/customizations",
            get(goals_admin::customizations)
                .patch(goals_admin::update_customization)
                .delete(goals_admin::delete_customization),
        )
        .route("/websites/{website_id}/funnels", get(funnels::list).post(funnels::create))
        .route("/websites/{website_id}/funnels/{funnel_id}", put(funnels::update).delete(funnels::delete))
        .route("/websites/{website_id}/notes", get(notes::list).post(notes::create))
        .route("/websites/{website_id}/notes/{note_id}", put(notes::update).delete(notes::delete))
        .route("/websites/{website_id}/alerts", get(alerts::list).post(alerts::create))
        .route("/websites/{website_id}/alerts/history", get(alerts::history))
        .route("/websites/{website_id}/alerts/{alert_id}", get(alerts::get).put(alerts::update).delete(alerts::delete))
        // bot traffic (issue 6)
        .route(
            "/websites/{website_id}/bot-traffic/settings",
            get(bot_traffic::get_settings).patch(bot_traffic::update_settings),
        )
        .route(
            "/websites/{website_id}/bot-traffic/token",
            get(bot_traffic::get_token)
                .post(bot_traffic::create_token)
                .put(bot_traffic::rotate_token)
                .delete(bot_traffic::delete_token),
        )
        .route("/bot-traffic/usage", get(bot_traffic::usage));

    Router::new()
        .nest("/api/v1/admin", admin)
        .route("/api/v1/analytics/metadata", get(analytics::metadata))
        .route("/api/v1/analytics/overview", get(analytics::overview))
        .route("/api/v1/analytics/timeseries", get(analytics::timeseries))
        .route("/api/v1/analytics/goals", get(analytics::goals))
        .route("/api/v1/analytics/goals/properties", get(analytics::goal_properties))
        .route("/api/v1/analytics/realtime", get(analytics::realtime))
        .route("/api/v1/analytics/realtime/map", get(analytics::realtime_map))
        .route("/api/v1/analytics/funnels/{funnel_id}", get(funnels::results))
        .route("/api/v1/analytics/bot-traffic", get(bot_traffic::analytics))
        .route("/api/v1/analytics/bot-traffic/pages", get(bot_traffic::pages))
        .route("/api/bot-traffic", post(bot_traffic::ingest))
        .route("/api/v1/analytics/{breakdown}", get(analytics::breakdown))
        .route("/api/v1/visitors", get(visitors::list))
        .route("/api/v1/mentions", get(mentions::list))
        .route("/api/v1/visitors/{visitor_id}", get(visitors::get))
        .route("/api/v1/invitations/{token}", get(invitations::show))
        .route("/api/v1/invitations/{token}/accept", post(invitations::accept))
        .route("/api/v1/goals", post(goals::create).delete(goals::delete))
        .route("/api/v1/payments", post(payments::create).delete(payments::delete))
        .route("/api/v1/identify", post(identify::identify))
        .route("/api/webhooks/{provider}/{website_id}", post(webhooks::receive))
        .route("/api/auth/signup", post(auth_sessions::signup))
        .route("/api/auth/login", post(auth_sessions::login))
        .route("/api/auth/logout", post(auth_sessions::logout))
        .route("/api/auth/session", get(auth_sessions::session))
        .route("/api/auth/password", post(auth_sessions::change_password))
        // An explicit OPTIONS route keeps preflights inside the CORS layer (the global
        // method-not-allowed fallback would otherwise answer them).
        .route("/api/events", post(events::ingest).options(|| async { StatusCode::NO_CONTENT }).layer(events_cors()))
        .route("/js/{name}", get(tracker::script))
        // The dashboard (issue 7): its app paths answer the shell, /assets/* the built files.
        .route("/api/auth/signup", get(dashboard::signup_status))
        .route("/", get(dashboard::index))
        .route("/login", get(dashboard::index))
        .route("/setup", get(dashboard::index))
        .route("/sites/{*rest}", get(dashboard::index))
        .route("/share/{*rest}", get(dashboard::index))
        .route("/invite/{*rest}", get(dashboard::index))
        .route("/assets/{name}", get(dashboard::file))
        .route("/healthz", get(healthz))
        .route("/metrics", get(metrics))
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .layer(axum::middleware::from_fn_with_state(state.clone(), crate::rate_limit::limit_api))
        .layer(CatchPanicLayer::custom(panic_response))
        .layer(axum::middleware::from_fn(close_after_refused_body))
        .layer(TraceLayer::new_for_http())
        .with_state(state)
}

/// Bodies larger than this are not all in hyper's read buffer when a handler answers, so a
/// refusal that never read them (413 before reading, 429, 401) leaves bytes on the wire.
const UNREAD_BODY_RISK_BYTES: u64 = 16 * 1024;

/// An error answer to a request with a large or chunked body says `Connection: close`. Without
/// it hyper closes the connection silently after such an answer (it cannot drain what it did
/// not read), and a client that pools connections sends its next request into a socket that is
/// closing and sees it fail; with it, the client knows to open a new connection.
async fn close_after_refused_body(request: axum::extract::Request, next: axum::middleware::Next) -> Response {
    let large_body = request.headers().contains_key(header::TRANSFER_ENCODING)
        || request
            .headers()
            .get(header::CONTENT_LENGTH)
            .and_then(|v| v.to_str().ok()?.parse::<u64>().ok())
            .is_some_and(|n| n > UNREAD_BODY_RISK_BYTES);
    let mut response = next.run(request).await;
    if large_body && (response.status().is_client_error() || response.status().is_server_error()) {
        response.headers_mut().insert(header::CONNECTION, header::HeaderValue::from_static("close"));
    }
    response
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

/// Server-wide ingestion counters in Prometheus' text format: events accepted and dropped per
/// reason since start, events waiting to be stored, visitors with an open session. Totals only:
/// nothing here names a website.
async fn metrics(axum::extract::State(state): axum::extract::State<AppState>) -> Response {
    let mut out = String::from(
        "# HELP datafast_events_total Events received since start, by outcome (accepted or the drop reason).\n\
         # TYPE datafast_events_total counter\n",
    );
    for (outcome, n) in state.pipeline.drops.snapshot() {
        out.push_str(&format!("datafast_events_total{{outcome=\"{outcome}\"}} {n}\n"));
    }
    out.push_str(&format!(
        "# HELP datafast_ingest_pending Events acknowledged but not yet in the event store.\n\
         # TYPE datafast_ingest_pending gauge\n\
         datafast_ingest_pending {}\n\
         # HELP datafast_sessions_tracked Visitors whose session state is held in memory.\n\
         # TYPE datafast_sessions_tracked gauge\n\
         datafast_sessions_tracked {}\n",
        state.ingest.pending(),
        state.pipeline.sessions.len()
    ));
    ([(header::CONTENT_TYPE, "text/plain; version=0.0.4; charset=utf-8")], out).into_response()
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
