//! `/admin/access-tokens`: `dft_` account tokens. A caller can only mint or revoke tokens
//! within its own permissions and website scope; the raw token appears once, in the
//! create response.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use datafast_core::access::{WebsiteScope, MAX_TOKENS_PER_ACCOUNT};
use datafast_core::secret::{self, ACCOUNT_TOKEN_PREFIX};
use datafast_core::{time, ObjectId, Permission, PermissionSet};
use datafast_store::{AccessToken, StoreError};
use serde_json::{json, Value};

use crate::auth::{parse_id, Caller};
use crate::body::{optional_string, optional_string_list, JsonBody};
use crate::error::{ApiError, ApiResult};
use crate::respond;
use crate::AppState;

const MAX_TOKEN_NAME: usize = 100;

fn token_json(t: &AccessToken) -> Value {
    json!({
        "_id": t.id,
        "name": t.name,
        "displayKey": t.display_key,
        "scope": "user",
        "permissions": t.permissions.to_strings(),
        "websiteIds": t.scope.ids(),
        "lastUsedAt": t.last_used_at.map(time::iso_millis),
        "createdAt": time::iso_millis(t.created_at),
    })
}

pub async fn list(State(state): State<AppState>, caller: Caller) -> ApiResult<Response> {
    caller.account_route(Permission::ApiKeysRead)?;
    let tokens = state.meta.access_tokens(caller.user_id()).await?;
    Ok(respond::many(tokens.iter().map(token_json).collect()))
}

pub fn parse_name(body: &serde_json::Map<String, Value>) -> ApiResult<Option<String>> {
    let name = optional_string(body, "name")?.map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
    if name.as_ref().is_some_and(|n| n.chars().count() > MAX_TOKEN_NAME) {
        return Err(ApiError::bad_request(format!("`name` must be at most {MAX_TOKEN_NAME} characters")));
    }
    Ok(name)
}

pub async fn create(State(state): State<AppState>, caller: Caller, body: JsonBody) -> ApiResult<Response> {
    caller.account_route(Permission::ApiKeysWrite)?;
    let body = body.object()?;
    let name = parse_name(&body)?;
    let permissions = match optional_string_list(&body, "permissions")? {
        None => PermissionSet::All,
        Some(list) => {
            PermissionSet::parse(&list).map_err(|e| ApiError::bad_request(format!("Invalid permissions: {e}")))?
        }
    };
    let website_ids = optional_string_list(&body, "websiteIds")?
        .unwrap_or_default()
        .iter()
        .map(|raw| parse_id(raw, "websiteIds entry"))
        .collect::<ApiResult<Vec<ObjectId>>>()?;
    let scope = WebsiteScope::from_ids(website_ids);

    if !caller.covers(&permissions, &scope) {
        return Err(ApiError::forbidden(
            "Requested permissions or websites exceed those of the token making this request",
        ));
    }
    // Every website named must be one the account can reach; without this an unscoped
    // token could name websites of other accounts.
    for id in scope.ids() {
        if state.meta.role(caller.user_id(), *id).await?.is_none() {
            return Err(ApiError::forbidden(format!("The caller token does not have access to website {id}")));
        }
    }

    let minted = secret::mint(ACCOUNT_TOKEN_PREFIX);
    let token = AccessToken {
        id: ObjectId::generate(),
        user_id: caller.user_id(),
        name,
        display_key: minted.display,
        digest: minted.digest,
        permissions,
        scope,
        last_used_at: None,
        created_at: time::now_millis(),
    };
    match state.meta.create_access_token(token.clone(), MAX_TOKENS_PER_ACCOUNT).await {
        Err(StoreError::LimitReached(n)) => {
            return Err(ApiError::bad_request(format!(
                "Token limit reached: an account can have at most {n} access tokens"
            )))
        }
        other => other?,
    }
    let mut item = token_json(&token);
    item["key"] = json!(minted.raw);
    Ok(respond::one(item))
}

pub async fn delete(
    State(state): State<AppState>,
    caller: Caller,
    Path(token_id): Path<String>,
) -> ApiResult<Response> {
    caller.account_route(Permission::ApiKeysWrite)?;
    let id = parse_id(&token_id, "tokenId")?;
    let not_found = || ApiError::new(StatusCode::NOT_FOUND, "Access token not found");
    let token = state.meta.access_token(caller.user_id(), id).await?.ok_or_else(not_found)?;
    // A narrower token may not revoke a broader one: that would let a leaked read-only
    // token lock the owner out of their automation.
    if !caller.covers(&token.permissions, &token.scope) {
        return Err(ApiError::forbidden("This token cannot revoke a token with wider permissions or website access"));
    }
    if !state.meta.delete_access_token(caller.user_id(), id).await? {
        return Err(not_found());
    }
    Ok(respond::one(json!({ "message": "Access token deleted successfully" })))
}
