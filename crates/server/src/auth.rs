//! Authentication (bearer secret → `Credential`) and the website gate every website-scoped
//! route goes through. Order of checks, for every route: 401 unknown credential → 403 wrong
//! credential type → 403 missing permission → 400 malformed website id → 403 out of scope →
//! 404 no such website → 403 role too low. Body validation comes after all of these.

use axum::extract::FromRequestParts;
use axum::http::header::AUTHORIZATION;
use axum::http::request::Parts;
use datafast_core::access::{Credential, WebsiteScope};
use datafast_core::secret::{SecretDigest, ACCOUNT_TOKEN_PREFIX, WEBSITE_KEY_PREFIX};
use datafast_core::website::Website;
use datafast_core::{time, AccessDenied, ObjectId, Permission, Role};

use crate::error::{ApiError, ApiResult};
use crate::AppState;

/// `lastUsedAt` is rewritten at most this often per credential, so a busy integration does
/// not turn every read into a metadata write.
const LAST_USED_GRANULARITY_MS: i64 = 1_000;

#[derive(Debug, Clone)]
pub struct Caller {
    pub credential: Credential,
}

fn bearer(parts: &Parts) -> ApiResult<&str> {
    let header = parts
        .headers
        .get(AUTHORIZATION)
        .ok_or_else(|| ApiError::unauthorized("Missing API key: send it as Authorization: Bearer <key>"))?;
    let value = header.to_str().map_err(|_| ApiError::unauthorized("Invalid API key"))?;
    let (scheme, secret) = value.trim().split_once(' ').ok_or_else(|| ApiError::unauthorized("Invalid API key"))?;
    if !scheme.eq_ignore_ascii_case("bearer") || secret.trim().is_empty() {
        return Err(ApiError::unauthorized("Missing API key: send it as Authorization: Bearer <key>"));
    }
    Ok(secret.trim())
}

fn stale(last_used: Option<i64>, now: i64) -> bool {
    last_used.is_none_or(|t| now - t >= LAST_USED_GRANULARITY_MS)
}

/// Resolves the request's bearer credential (401 when missing or unknown) and refreshes its
/// `lastUsedAt`. Runs once per request: the rate-limit middleware calls it and leaves the
/// result in the request extensions for the `Caller` extractor.
pub async fn authenticate(parts: &Parts, state: &AppState) -> ApiResult<Caller> {
    // A browser session (cookie) when there is no Authorization header; see sessions.rs.
    if let Some(caller) = crate::sessions::authenticate_cookie(parts, state).await? {
        return Ok(caller);
    }
    let secret = bearer(parts)?;
    let invalid = || ApiError::unauthorized("Invalid API key");
    let digest = SecretDigest::of(secret);
    let now = time::now_millis();
    let credential = if secret.starts_with(ACCOUNT_TOKEN_PREFIX) {
        let token = state.meta.find_access_token(&digest).await?.ok_or_else(invalid)?;
        if stale(token.last_used_at, now) {
            state.meta.touch_access_token(token.id, now).await?;
        }
        Credential::AccountToken {
            token_id: token.id,
            user_id: token.user_id,
            permissions: token.permissions,
            scope: token.scope,
        }
    } else if secret.starts_with(WEBSITE_KEY_PREFIX) {
        let key = state.meta.find_website_key(&digest).await?.ok_or_else(invalid)?;
        if stale(key.last_used_at, now) {
            state.meta.touch_website_key(key.id, now).await?;
        }
        Credential::WebsiteKey {
            key_id: key.id,
            website_id: key.website_id,
            user_id: key.created_by,
            permissions: key.permissions,
        }
    } else {
        return Err(invalid());
    };
    Ok(Caller { credential })
}

impl FromRequestParts<AppState> for Caller {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> ApiResult<Self> {
        if let Some(caller) = parts.extensions.get::<Caller>() {
            return Ok(caller.clone());
        }
        authenticate(parts, state).await
    }
}

pub fn parse_id(raw: &str, what: &str) -> ApiResult<ObjectId> {
    raw.parse().map_err(|_| ApiError::bad_request(format!("Invalid {what}: expected a 24-character hexadecimal id")))
}

impl Caller {
    pub fn user_id(&self) -> ObjectId {
        self.credential.user_id()
    }

    pub fn require(&self, permission: Permission) -> ApiResult<()> {
        Ok(self.credential.require(permission)?)
    }

    /// Account-level routes: `dft_` only, with `permission`.
    pub fn account_route(&self, permission: Permission) -> ApiResult<()> {
        self.credential.require_account_token()?;
        self.require(permission)
    }

    /// The gate of every `/admin/websites/{websiteId}/...` route: the website, once the caller
    /// has passed every check for acting on it with `permission` and at least role `needed`.
    pub async fn website(
        &self,
        state: &AppState,
        raw_id: &str,
        permission: Permission,
        needed: Role,
    ) -> ApiResult<Website> {
        self.require(permission)?;
        let id = parse_id(raw_id, "websiteId")?;
        self.credential.website_in_reach(&id)?;
        let website = state.meta.website(id).await?.ok_or(AccessDenied::NotFound)?;
        let user_role = state.meta.role(self.user_id(), id).await?;
        self.credential.effective_role(user_role, needed)?;
        Ok(website)
    }

    /// The Website API (`/api/v1/...`) rule: a `df_` key's website is its own (`websiteId`
    /// may be omitted); a `dft_` token must name the website with `?websiteId=`.
    pub async fn website_api(
        &self,
        state: &AppState,
        website_id_param: Option<&str>,
        permission: Permission,
        needed: Role,
    ) -> ApiResult<Website> {
        let raw = match (&self.credential, website_id_param) {
            (_, Some(raw)) => raw.to_string(),
            (Credential::WebsiteKey { website_id, .. }, None) => website_id.to_hex(),
            (Credential::AccountToken { .. }, None) => {
                self.require(permission)?;
                return Err(ApiError::bad_request(
                    "The websiteId query parameter is required when using an account token (dft_)",
                ));
            }
        };
        self.website(state, &raw, permission, needed).await
    }

    /// Whether the caller could itself mint a credential with these permissions and scope.
    pub fn covers(&self, permissions: &datafast_core::PermissionSet, scope: &WebsiteScope) -> bool {
        let caller_scope = match &self.credential {
            Credential::AccountToken { scope, .. } => scope.clone(),
            Credential::WebsiteKey { website_id, .. } => WebsiteScope::Only(vec![*website_id]),
        };
        self.credential.permissions().covers(permissions) && caller_scope.covers(scope)
    }
}

/// For routes that also serve callers without credentials (invitation links): no
/// `Authorization` header is `None`; a header with a bad credential is still a 401.
impl axum::extract::OptionalFromRequestParts<AppState> for Caller {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> ApiResult<Option<Self>> {
        if parts.headers.get(AUTHORIZATION).is_none() && crate::sessions::session_cookie(&parts.headers).is_none() {
            return Ok(None);
        }
        <Caller as FromRequestParts<AppState>>::from_request_parts(parts, state).await.map(Some)
    }
}
