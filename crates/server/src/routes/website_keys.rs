//! `/admin/websites/{websiteId}/apikeys`: `df_` website keys. A key inherits the permissions
//! of the credential that creates it, so minting a key never grants more than the minter has.

use axum::extract::{Path, State};
use axum::response::Response;
use datafast_core::access::MAX_KEYS_PER_WEBSITE;
use datafast_core::secret::{self, WEBSITE_KEY_PREFIX};
use datafast_core::{time, ObjectId, Permission, Role};
use datafast_store::{StoreError, WebsiteKey};
use serde_json::{json, Value};

use super::tokens::parse_name;
use crate::auth::{parse_id, Caller};
use crate::body::JsonBody;
use crate::error::{ApiError, ApiResult};
use crate::respond;
use crate::AppState;

fn key_json(k: &WebsiteKey) -> Value {
    json!({
        "_id": k.id,
        "name": k.name,
        "displayKey": k.display_key,
        "websiteId": k.website_id,
        "lastUsedAt": k.last_used_at.map(time::iso_millis),
        "createdAt": time::iso_millis(k.created_at),
    })
}

fn with_raw_key(k: &WebsiteKey, raw: String) -> Value {
    let mut item = key_json(k);
    item["key"] = json!(raw);
    item
}

fn key_not_found() -> ApiError {
    ApiError::not_found("API key not found")
}

pub async fn list(
    State(state): State<AppState>,
    caller: Caller,
    Path(website_id): Path<String>,
) -> ApiResult<Response> {
    let website = caller.website(&state, &website_id, Permission::ApiKeysRead, Role::Viewer).await?;
    let keys = state.meta.website_keys(website.id).await?;
    Ok(respond::many(keys.iter().map(key_json).collect()))
}

pub async fn create(
    State(state): State<AppState>,
    caller: Caller,
    Path(website_id): Path<String>,
    body: JsonBody,
) -> ApiResult<Response> {
    let website = caller.website(&state, &website_id, Permission::ApiKeysWrite, Role::Member).await?;
    let name = parse_name(&body.object()?)?;
    let minted = secret::mint(WEBSITE_KEY_PREFIX);
    let key = WebsiteKey {
        id: ObjectId::generate(),
        website_id: website.id,
        created_by: caller.user_id(),
        name,
        display_key: minted.display,
        digest: minted.digest,
        permissions: caller.credential.permissions().clone(),
        last_used_at: None,
        created_at: time::now_millis(),
    };
    match state.meta.create_website_key(key.clone(), MAX_KEYS_PER_WEBSITE).await {
        Err(StoreError::LimitReached(n)) => {
            return Err(ApiError::bad_request(format!("Key limit reached: a website can have at most {n} API keys")))
        }
        other => other?,
    }
    Ok(respond::one(with_raw_key(&key, minted.raw)))
}

/// Roll: a new secret for the same key record; the old one stops working immediately.
pub async fn roll(
    State(state): State<AppState>,
    caller: Caller,
    Path((website_id, key_id)): Path<(String, String)>,
) -> ApiResult<Response> {
    let website = caller.website(&state, &website_id, Permission::ApiKeysWrite, Role::Member).await?;
    let id = parse_id(&key_id, "apiKeyId")?;
    let existing = state.meta.website_key(website.id, id).await?.ok_or_else(key_not_found)?;
    // Rolling hands out a working secret, so it is minting: the caller must cover the key.
    if !caller.credential.permissions().covers(&existing.permissions) {
        return Err(ApiError::forbidden("This token cannot roll a key with wider permissions than its own"));
    }
    let minted = secret::mint(WEBSITE_KEY_PREFIX);
    let rolled =
        state.meta.roll_website_key(website.id, id, minted.digest, minted.display).await?.ok_or_else(key_not_found)?;
    Ok(respond::one(with_raw_key(&rolled, minted.raw)))
}

pub async fn delete(
    State(state): State<AppState>,
    caller: Caller,
    Path((website_id, key_id)): Path<(String, String)>,
) -> ApiResult<Response> {
    let website = caller.website(&state, &website_id, Permission::ApiKeysWrite, Role::Member).await?;
    let id = parse_id(&key_id, "apiKeyId")?;
    if !state.meta.delete_website_key(website.id, id).await? {
        return Err(key_not_found());
    }
    Ok(respond::one(json!({ "deleted": true })))
}
