//! Browser sessions of people (the dashboard). A session is a random 256-bit secret in an
//! `HttpOnly` cookie; the server keeps only its SHA-256 digest, so sessions are revocable
//! (logout, password change) and a leaked database holds nothing usable.
//!
//! A session authenticates `/api/v1/...` exactly as a full-access `dft_` token of its user
//! would (`Credential::AccountToken` with every permission and every website): the user's
//! roles on each website still decide, through the same gate as for tokens.
//!
//! Cookies are sent by browsers on cross-site requests too, so every state-changing request
//! (anything but GET/HEAD/OPTIONS) made with the cookie must carry the session's CSRF token in
//! `X-CSRF-Token` and, when the browser sends `Origin`, come from the server's own origin.
//! Requests with `Authorization: Bearer` ignore the cookie and need neither.

use std::net::IpAddr;
use std::sync::OnceLock;

use axum::http::header::{AUTHORIZATION, COOKIE, HOST, ORIGIN};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, Method};
use datafast_core::access::{Credential, WebsiteScope};
use datafast_core::password::{hash_password, verify_password};
use datafast_core::secret::{self, SecretDigest};
use datafast_core::{time, PermissionSet};
use datafast_store::{AccountSession, MetaStore};
use subtle::ConstantTimeEq;

use crate::auth::Caller;
use crate::error::{ApiError, ApiResult};
use crate::{AppState, ServerConfig};

pub const SESSION_COOKIE: &str = "datafast_auth";
pub const CSRF_HEADER: &str = "x-csrf-token";
const SESSION_PREFIX: &str = "dfs_";
/// Absolute lifetime of a session: a login lasts two weeks, then the person logs in again.
pub const SESSION_TTL_MS: i64 = 14 * 24 * 3_600_000;
/// Live sessions kept per user (browsers, devices); older ones are revoked on login.
pub const MAX_SESSIONS_PER_USER: usize = 20;

/// The raw session secret from the `Cookie` header, if the request carries one.
pub fn session_cookie(headers: &HeaderMap) -> Option<&str> {
    headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == SESSION_COOKIE)
        .map(|(_, value)| value.trim())
        .filter(|v| v.starts_with(SESSION_PREFIX) && v.len() <= 128)
}

/// The live session behind the request's cookie; `Ok(None)` without a cookie.
pub async fn current_session(state: &AppState, headers: &HeaderMap) -> ApiResult<Option<AccountSession>> {
    let Some(raw) = session_cookie(headers) else {
        return Ok(None);
    };
    Ok(state.meta.find_session(&SecretDigest::of(raw), time::now_millis()).await?)
}

pub fn is_state_changing(method: &Method) -> bool {
    !matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS)
}

/// The origin browsers should be on: `--public-url`, else `Host` (scheme-less comparison).
fn same_origin(config: &ServerConfig, headers: &HeaderMap, origin: &str) -> bool {
    let origin_host = origin.split_once("://").map(|(_, rest)| rest).unwrap_or(origin).trim_end_matches('/');
    match &config.public_url {
        Some(public) => {
            let public = public.trim_end_matches('/');
            public.eq_ignore_ascii_case(origin.trim_end_matches('/'))
        }
        None => {
            headers.get(HOST).and_then(|h| h.to_str().ok()).is_some_and(|host| host.eq_ignore_ascii_case(origin_host))
        }
    }
}

/// CSRF gate for a state-changing request authenticated by the cookie of `session`.
pub fn check_csrf(config: &ServerConfig, headers: &HeaderMap, session: &AccountSession) -> ApiResult<()> {
    let refused = |why: &str| ApiError::forbidden(format!("Cross-site request refused: {why}"));
    if let Some(origin) = headers.get(ORIGIN) {
        let origin = origin.to_str().unwrap_or("");
        if !same_origin(config, headers, origin) {
            return Err(refused("the Origin header is not this server"));
        }
    } else if let Some(site) = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        if site != "same-origin" && site != "none" {
            return Err(refused("the request comes from another site"));
        }
    }
    let sent = headers.get(CSRF_HEADER).and_then(|v| v.to_str().ok()).unwrap_or("");
    if sent.is_empty() || !bool::from(sent.as_bytes().ct_eq(session.csrf_token.as_bytes())) {
        return Err(refused("missing or wrong X-CSRF-Token header (GET /api/auth/session returns it)"));
    }
    Ok(())
}

/// The caller of an `/api/v1` request that has no `Authorization` header but a session
/// cookie: 401 when the session is unknown, expired or revoked; 403 when a state-changing
/// request fails the CSRF checks.
pub async fn authenticate_cookie(parts: &Parts, state: &AppState) -> ApiResult<Option<Caller>> {
    if parts.headers.contains_key(AUTHORIZATION) || session_cookie(&parts.headers).is_none() {
        return Ok(None);
    }
    let session = current_session(state, &parts.headers)
        .await?
        .ok_or_else(|| ApiError::unauthorized("Session expired or revoked: log in again"))?;
    if is_state_changing(&parts.method) {
        check_csrf(&state.config, &parts.headers, &session)?;
    }
    Ok(Some(Caller { credential: session_credential(&session) }))
}

/// What a session may do: everything a full-access token of its user may. The session id
/// stands in for the token id (it only keys the rate limiter).
pub fn session_credential(session: &AccountSession) -> Credential {
    Credential::AccountToken {
        token_id: session.id,
        user_id: session.user_id,
        permissions: PermissionSet::All,
        scope: WebsiteScope::All,
    }
}

/// A new session for `user_id` (stored by the caller) and its raw cookie secret.
pub fn new_session(user_id: datafast_core::ObjectId) -> (AccountSession, String) {
    let minted = secret::mint(SESSION_PREFIX);
    let csrf = secret::mint("").raw;
    let now = time::now_millis();
    let session = AccountSession {
        id: datafast_core::ObjectId::generate(),
        user_id,
        digest: minted.digest,
        csrf_token: csrf,
        created_at: now,
        expires_at: now + SESSION_TTL_MS,
    };
    (session, minted.raw)
}

/// `Secure` when the public URL is https, or when a trusted proxy says the client used TLS
/// (the server itself speaks plain HTTP behind it).
pub fn secure_cookies(config: &ServerConfig, parts_headers: &HeaderMap, peer: Option<IpAddr>) -> bool {
    if config.public_url.as_deref().is_some_and(|u| u.to_ascii_lowercase().starts_with("https://")) {
        return true;
    }
    let trusted = peer.is_some_and(|p| config.trusted_proxies.iter().any(|net| net.contains(p)));
    trusted
        && parts_headers
            .get("x-forwarded-proto")
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.split(',').next().unwrap_or("").trim().eq_ignore_ascii_case("https"))
}

pub fn set_cookie(raw: &str, max_age_secs: i64, secure: bool) -> HeaderValue {
    let secure = if secure { "; Secure" } else { "" };
    HeaderValue::from_str(&format!(
        "{SESSION_COOKIE}={raw}; Path=/; HttpOnly; SameSite=Lax; Max-Age={max_age_secs}{secure}"
    ))
    .expect("cookie value is ASCII")
}

pub fn clear_cookie(secure: bool) -> HeaderValue {
    set_cookie("", 0, secure)
}

/// Checks a password against a stored hash; without a stored hash it verifies against a
/// fixed dummy hash instead, so "no such user" costs the same time as "wrong password".
pub async fn verify_or_dummy(password: String, stored: Option<String>) -> ApiResult<bool> {
    tokio::task::spawn_blocking(move || match stored {
        Some(hash) => verify_password(&password, &hash),
        None => {
            static DUMMY: OnceLock<String> = OnceLock::new();
            let dummy = DUMMY.get_or_init(|| hash_password("datafast-no-such-user").unwrap_or_default());
            let _ = verify_password(&password, dummy);
            false
        }
    })
    .await
    .map_err(ApiError::internal)
}

/// Login brute-force protection: at most `MAX_FAILURES_PER_EMAIL_IP` failed attempts per
/// (email, client address) and `MAX_FAILURES_PER_IP` per client address within
/// `LOGIN_WINDOW`; past either, logins from there are refused (429) until the window that
/// began with the first failure ends, whatever the password. A success clears the (email,
/// address) count. The counters are stored (so a restart does not reopen the door) under the
/// SHA-256 of what they count, never the email or address itself; the store drops ended
/// windows and keeps at most `MAX_ENTRIES` counters.
#[derive(Default)]
pub struct LoginGuard;

pub const MAX_FAILURES_PER_EMAIL_IP: u32 = 5;
pub const MAX_FAILURES_PER_IP: u32 = 50;
pub const LOGIN_WINDOW: std::time::Duration = std::time::Duration::from_secs(15 * 60);
const MAX_ENTRIES: usize = 100_000;

fn window_ms() -> i64 {
    LOGIN_WINDOW.as_millis() as i64
}

impl LoginGuard {
    /// The stored keys of the two counters (email + address, address) and their limits.
    fn keys(email: &str, ip: IpAddr) -> [(String, u32); 2] {
        let ip = crate::rate_limit::client_bucket(ip);
        let key = |what: String| SecretDigest::of(&what).to_hex();
        [
            (key(format!("login:email-ip:{email}\n{ip}")), MAX_FAILURES_PER_EMAIL_IP),
            (key(format!("login:ip:{ip}")), MAX_FAILURES_PER_IP),
        ]
    }

    /// Seconds until attempts are admitted again, when locked out.
    pub async fn locked(&self, meta: &dyn MetaStore, email: &str, ip: IpAddr) -> ApiResult<Option<u64>> {
        let now = time::now_millis();
        let keys = Self::keys(email, ip);
        let counters = meta.login_failures(keys.iter().map(|(k, _)| k.clone()).collect(), now - window_ms()).await?;
        Ok(keys
            .iter()
            .zip(counters)
            .filter_map(|((_, max), counter)| {
                let counter = counter?;
                let left_ms = counter.window_start + window_ms() - now;
                (counter.failures >= *max && left_ms > 0).then(|| (left_ms as u64).div_ceil(1000).max(1))
            })
            .max())
    }

    pub async fn failed(&self, meta: &dyn MetaStore, email: &str, ip: IpAddr) -> ApiResult<()> {
        let now = time::now_millis();
        let keys = Self::keys(email, ip).into_iter().map(|(k, _)| k).collect();
        meta.record_login_failure(keys, now, now - window_ms(), MAX_ENTRIES).await?;
        Ok(())
    }

    pub async fn succeeded(&self, meta: &dyn MetaStore, email: &str, ip: IpAddr) -> ApiResult<()> {
        let [(email_ip, _), _] = Self::keys(email, ip);
        meta.clear_login_failures(email_ip).await?;
        Ok(())
    }
}
