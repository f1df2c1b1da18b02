//! `/api/v1/invitations/{token}`: the link a team invitation hands out. The `dfinv_` secret
//! in the path is the credential: `GET` shows what the invitation is for, `POST .../accept`
//! accepts it, either
//! - with `Authorization: Bearer dft_...` of an existing account whose email is the invited
//!   one (the token needs `websites:write`: accepting adds a website to the account), or
//! - without credentials, creating the account for the invited email; the answer then
//!   carries that account's first full-access token (shown once).
//!
//! The link works once and for `INVITATION_TTL_MS`.

use axum::extract::{Path, State};
use axum::response::Response;
use datafast_core::access::WebsiteScope;
use datafast_core::password::hash_password;
use datafast_core::secret::{self, SecretDigest, ACCOUNT_TOKEN_PREFIX, INVITATION_PREFIX};
use datafast_core::{time, ObjectId, Permission, PermissionSet};
use datafast_store::{AccessToken, Invitation, Member, NewUser};
use serde_json::{json, Value};

use super::team::member_json;
use crate::auth::Caller;
use crate::body::JsonBody;
use crate::error::{ApiError, ApiResult};
use crate::respond;
use crate::AppState;

const MAX_NAME: usize = 100;

/// The live invitation behind a link; 404 for unknown, used, revoked or expired links alike,
/// except that an expired one says so.
async fn pending(state: &AppState, raw: &str) -> ApiResult<Invitation> {
    let not_found = || ApiError::not_found("Invitation not found: it may have been used or revoked");
    if !raw.starts_with(INVITATION_PREFIX) || raw.len() > 128 {
        return Err(not_found());
    }
    let invitation = state.meta.find_invitation(&SecretDigest::of(raw)).await?.ok_or_else(not_found)?;
    if invitation.expires_at <= time::now_millis() {
        return Err(ApiError::not_found("This invitation has expired; ask the website owner for a new one"));
    }
    Ok(invitation)
}

async fn domain_of(state: &AppState, website_id: ObjectId) -> ApiResult<String> {
    let website = state.meta.website(website_id).await?.ok_or_else(|| ApiError::not_found("Website not found"))?;
    Ok(website.domain)
}

pub async fn show(
    State(state): State<AppState>,
    Path(token): Path<String>,
    headers: axum::http::HeaderMap,
) -> ApiResult<Response> {
    // Someone opening the link in a browser gets the dashboard's page for it.
    if let Some(page) = super::dashboard::invitation_page(&headers, &token) {
        return Ok(page);
    }
    let invitation = pending(&state, &token).await?;
    let domain = domain_of(&state, invitation.website_id).await?;
    let account_exists = state.meta.user_by_email(&invitation.email).await?.is_some();
    Ok(respond::one(json!({
        "invitationId": invitation.id,
        "websiteId": invitation.website_id,
        "domain": domain,
        "email": invitation.email,
        "role": invitation.role.as_str(),
        "expiresAt": time::iso_millis(invitation.expires_at),
        "accountExists": account_exists,
    })))
}

fn accepted(member: &Member, website_id: ObjectId, domain: String) -> Value {
    let mut item = member_json(member);
    item["message"] = json!("Invitation accepted");
    item["websiteId"] = json!(website_id);
    item["domain"] = json!(domain);
    item
}

pub async fn accept(
    State(state): State<AppState>,
    caller: Option<Caller>,
    Path(token): Path<String>,
    body: JsonBody,
) -> ApiResult<Response> {
    match caller {
        Some(caller) => accept_existing(state, caller, token).await,
        None => accept_new(state, token, body).await,
    }
}

async fn accept_existing(state: AppState, caller: Caller, token: String) -> ApiResult<Response> {
    caller.account_route(Permission::WebsitesWrite)?;
    let invitation = pending(&state, &token).await?;
    let user = state.meta.user(caller.user_id()).await?.ok_or_else(|| ApiError::unauthorized("Invalid API key"))?;
    if user.email != invitation.email {
        return Err(ApiError::forbidden("This invitation was sent to another email address"));
    }
    let member = state.meta.accept_invitation(invitation.id, user.id, time::now_millis()).await?;
    let domain = domain_of(&state, invitation.website_id).await?;
    Ok(respond::one(accepted(&member, invitation.website_id, domain)))
}

async fn accept_new(state: AppState, token: String, body: JsonBody) -> ApiResult<Response> {
    let invitation = pending(&state, &token).await?;
    let body = body.object()?;
    if let Some(unknown) = body.keys().find(|k| !["name", "password"].contains(&k.as_str())) {
        return Err(ApiError::bad_request(format!("Unknown field `{unknown}`: send `name` and `password`")));
    }
    let name = match body.get("name") {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => Some(s.trim().to_string()).filter(|s| !s.is_empty()),
        Some(_) => return Err(ApiError::bad_request("`name` must be a string")),
    };
    if name.as_ref().is_some_and(|n| n.chars().count() > MAX_NAME) {
        return Err(ApiError::bad_request(format!("`name` must be at most {MAX_NAME} characters")));
    }
    // Before hashing the password: argon2 is deliberately slow.
    if state.meta.user_by_email(&invitation.email).await?.is_some() {
        return Err(ApiError::new(
            axum::http::StatusCode::CONFLICT,
            "An account with this email already exists: accept with one of its access tokens (Authorization: Bearer dft_...)",
        ));
    }
    let password_hash = match body.get("password") {
        None | Some(Value::Null) => None,
        Some(Value::String(p)) => {
            // argon2 takes tens of milliseconds of CPU: off the async workers.
            let password = p.clone();
            let hashed =
                tokio::task::spawn_blocking(move || hash_password(&password)).await.map_err(ApiError::internal)?;
            Some(hashed.map_err(|e| ApiError::bad_request(format!("`password`: {e}")))?)
        }
        Some(_) => return Err(ApiError::bad_request("`password` must be a string")),
    };
    let now = time::now_millis();
    let minted = secret::mint(ACCOUNT_TOKEN_PREFIX);
    let user_id = ObjectId::generate();
    let token = AccessToken {
        id: ObjectId::generate(),
        user_id,
        name: Some("Created by accepting an invitation".into()),
        display_key: minted.display,
        digest: minted.digest,
        permissions: PermissionSet::All,
        scope: WebsiteScope::All,
        last_used_at: None,
        created_at: now,
    };
    let user = NewUser { email: invitation.email.clone(), name, password_hash };
    let member = state.meta.accept_invitation_as_new_user(invitation.id, user, token, now).await?;
    let domain = domain_of(&state, invitation.website_id).await?;
    let mut item = accepted(&member, invitation.website_id, domain);
    item["token"] = json!(minted.raw);
    Ok(respond::one(item))
}
