//! `/api/auth/...`: how people (the dashboard) log in. Email + password (argon2id) opens a
//! server-side session carried by an `HttpOnly` cookie (see `crate::sessions` for the
//! cookie, CSRF and lockout rules):
//!
//! - `POST /api/auth/signup` `{email, password, name?}`: first run only, creates the owner
//!   account while the server has no user at all (403 afterwards), and logs it in;
//! - `POST /api/auth/login` `{email, password}`;
//! - `GET /api/auth/session`: the logged-in person and the session's CSRF token;
//! - `POST /api/auth/logout`: revokes the session and clears the cookie;
//! - `POST /api/auth/password` `{currentPassword, newPassword}`: changes the password and
//!   revokes every other session of the person.

use std::net::{IpAddr, SocketAddr};

use axum::extract::{ConnectInfo, State};
use axum::http::header::SET_COOKIE;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use datafast_core::password::hash_password;
use datafast_core::{email, time};
use datafast_store::{AccountSession, NewUser, StoreError, User};
use serde_json::{json, Map, Value};

use crate::body::{unknown_field, JsonBody};
use crate::error::{ApiError, ApiResult};
use crate::sessions::{self, MAX_SESSIONS_PER_USER, SESSION_TTL_MS};
use crate::{respond, AppState};

const MAX_NAME: usize = 100;

fn required_string(body: &Map<String, Value>, field: &str) -> ApiResult<String> {
    match body.get(field) {
        Some(Value::String(s)) if !s.is_empty() => Ok(s.clone()),
        Some(Value::String(_)) | None | Some(Value::Null) => {
            Err(ApiError::bad_request(format!("`{field}` is required")))
        }
        Some(_) => Err(ApiError::bad_request(format!("`{field}` must be a string"))),
    }
}

fn only_fields(body: &Map<String, Value>, allowed: &[&str]) -> ApiResult<()> {
    match unknown_field(body, allowed) {
        Some(unknown) => Err(ApiError::bad_request(format!("Unknown field `{unknown}`"))),
        None => Ok(()),
    }
}

fn user_json(user: &User) -> Value {
    json!({ "userId": user.id, "email": user.email, "name": user.name, "image": user.image })
}

fn session_json(user: &User, session: &AccountSession) -> Value {
    json!({
        "user": user_json(user),
        "csrfToken": session.csrf_token,
        "expiresAt": time::iso_millis(session.expires_at),
    })
}

async fn hash_off_thread(password: String) -> ApiResult<String> {
    // argon2 takes tens of milliseconds of CPU: off the async workers.
    tokio::task::spawn_blocking(move || hash_password(&password))
        .await
        .map_err(ApiError::internal)?
        .map_err(|e| ApiError::bad_request(format!("`password`: {e}")))
}

/// Opens a session for `user` and answers with its cookie.
async fn open_session(state: &AppState, headers: &HeaderMap, peer: IpAddr, user: &User) -> ApiResult<Response> {
    let (session, raw) = sessions::new_session(user.id);
    state.meta.create_session(session.clone(), MAX_SESSIONS_PER_USER).await?;
    let secure = sessions::secure_cookies(&state.config, headers, Some(peer));
    let mut response = respond::one(session_json(user, &session));
    response.headers_mut().insert(SET_COOKIE, sessions::set_cookie(&raw, SESSION_TTL_MS / 1000, secure));
    Ok(response)
}

fn client(state: &AppState, peer: SocketAddr, headers: &HeaderMap) -> IpAddr {
    super::client_ip(peer.ip(), headers, &state.config.trusted_proxies)
}

pub async fn signup(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    body: JsonBody,
) -> ApiResult<Response> {
    let closed = || {
        ApiError::forbidden(
            "Sign-up is closed: this server already has an account. Log in, or ask an owner for an invitation",
        )
    };
    // Checked first so a configured server reveals nothing from validation.
    if state.meta.user_count().await? > 0 {
        return Err(closed());
    }
    let body = body.object()?;
    only_fields(&body, &["email", "password", "name"])?;
    let email = email::normalize(&required_string(&body, "email")?)
        .ok_or_else(|| ApiError::bad_request("`email` is not a valid email address"))?;
    let name = match body.get("name") {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => Some(s.trim().to_string()).filter(|s| !s.is_empty()),
        Some(_) => return Err(ApiError::bad_request("`name` must be a string")),
    };
    if name.as_ref().is_some_and(|n| n.chars().count() > MAX_NAME) {
        return Err(ApiError::bad_request(format!("`name` must be at most {MAX_NAME} characters")));
    }
    let password_hash = hash_off_thread(required_string(&body, "password")?).await?;
    let user = match state.meta.create_first_user(NewUser { email, name, password_hash: Some(password_hash) }).await {
        Err(StoreError::Conflict(_)) => return Err(closed()),
        other => other?,
    };
    open_session(&state, &headers, peer.ip(), &user).await
}

pub async fn login(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    body: JsonBody,
) -> ApiResult<Response> {
    let body = body.object()?;
    only_fields(&body, &["email", "password"])?;
    let raw_email = required_string(&body, "email")?;
    let password = required_string(&body, "password")?;
    let email = raw_email.trim().to_lowercase();
    let ip = client(&state, peer, &headers);
    let guard = &state.rate_limiters.login;
    if let Some(retry) = guard.locked(state.meta.as_ref(), &email, ip).await? {
        return Ok(locked_out(retry));
    }
    let user = state.meta.user_by_email(&email).await?;
    let stored = user.as_ref().and_then(|u| u.password_hash.clone());
    // The same argon2 work whether or not the account exists.
    let valid = sessions::verify_or_dummy(password, stored).await?;
    match user {
        Some(user) if valid => {
            guard.succeeded(state.meta.as_ref(), &email, ip).await?;
            open_session(&state, &headers, peer.ip(), &user).await
        }
        _ => {
            guard.failed(state.meta.as_ref(), &email, ip).await?;
            Err(ApiError::unauthorized("Invalid email or password"))
        }
    }
}

fn locked_out(retry_secs: u64) -> Response {
    let mut response = ApiError::new(
        StatusCode::TOO_MANY_REQUESTS,
        format!("Too many failed login attempts: try again in {retry_secs} s"),
    )
    .into_response();
    response.headers_mut().insert(axum::http::header::RETRY_AFTER, retry_secs.into());
    response
}

/// The session of a request, 401 without a live one.
async fn require_session(state: &AppState, headers: &HeaderMap) -> ApiResult<AccountSession> {
    sessions::current_session(state, headers).await?.ok_or_else(|| ApiError::unauthorized("Not logged in"))
}

pub async fn session(State(state): State<AppState>, headers: HeaderMap) -> ApiResult<Response> {
    let session = require_session(&state, &headers).await?;
    let user = state.meta.user(session.user_id).await?.ok_or_else(|| ApiError::unauthorized("Not logged in"))?;
    Ok(respond::one(session_json(&user, &session)))
}

pub async fn logout(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
) -> ApiResult<Response> {
    let secure = sessions::secure_cookies(&state.config, &headers, Some(peer.ip()));
    // Logging out of a session that is already gone only clears the cookie.
    if let Some(session) = sessions::current_session(&state, &headers).await? {
        sessions::check_csrf(&state.config, &headers, &session)?;
        state.meta.delete_session(session.id).await?;
    }
    let mut response = respond::one(json!({ "message": "Logged out" }));
    response.headers_mut().insert(SET_COOKIE, sessions::clear_cookie(secure));
    Ok(response)
}

pub async fn change_password(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    body: JsonBody,
) -> ApiResult<Response> {
    let session = require_session(&state, &headers).await?;
    sessions::check_csrf(&state.config, &headers, &session)?;
    let body = body.object()?;
    only_fields(&body, &["currentPassword", "newPassword"])?;
    let current = required_string(&body, "currentPassword")?;
    let new = required_string(&body, "newPassword")?;
    let user = state.meta.user(session.user_id).await?.ok_or_else(|| ApiError::unauthorized("Not logged in"))?;
    // Guessing the current password through this route is throttled like logins.
    let ip = client(&state, peer, &headers);
    let guard = &state.rate_limiters.login;
    if let Some(retry) = guard.locked(state.meta.as_ref(), &user.email, ip).await? {
        return Ok(locked_out(retry));
    }
    if !sessions::verify_or_dummy(current, user.password_hash.clone()).await? {
        guard.failed(state.meta.as_ref(), &user.email, ip).await?;
        return Err(ApiError::forbidden("The current password is wrong"));
    }
    guard.succeeded(state.meta.as_ref(), &user.email, ip).await?;
    let hash = hash_off_thread(new).await?;
    state.meta.set_password_hash(user.id, hash).await?;
    let revoked = state.meta.delete_user_sessions(user.id, Some(session.id)).await?;
    Ok(respond::one(json!({ "message": "Password changed", "otherSessionsRevoked": revoked })))
}
