//! `GET/PUT /admin/account`: the authenticated user's profile.

use axum::extract::State;
use axum::response::Response;
use datafast_core::access::Credential;
use datafast_core::{time, AccessDenied, Permission};
use datafast_store::User;
use serde_json::{json, Value};

use crate::auth::Caller;
use crate::body::JsonBody;
use crate::error::{ApiError, ApiResult};
use crate::respond;
use crate::AppState;

const MAX_ACCOUNT_NAME: usize = 100;

fn profile(user: &User) -> Value {
    json!({ "_id": user.id, "name": user.name, "email": user.email, "image": user.image })
}

async fn current_user(state: &AppState, caller: &Caller) -> ApiResult<User> {
    // A credential whose user vanished is no credential at all.
    state.meta.user(caller.user_id()).await?.ok_or_else(|| ApiError::unauthorized("Invalid API key"))
}

pub async fn get_account(State(state): State<AppState>, caller: Caller) -> ApiResult<Response> {
    caller.require(Permission::AnalyticsRead)?;
    let user = current_user(&state, &caller).await?;
    let mut body = profile(&user);
    let fields = body.as_object_mut().expect("profile is an object");
    // A self-hosted server has no billing: every account has full access, no plan or trial.
    fields.insert("hasAccess".into(), json!(true));
    fields.insert("planType".into(), Value::Null);
    fields.insert("isFreeTrialActive".into(), json!(false));
    fields.insert("freeTrialStartAt".into(), Value::Null);
    fields.insert("billingCycleStartAt".into(), Value::Null);
    fields.insert("billingCycleEndAt".into(), Value::Null);
    fields.insert("createdAt".into(), json!(time::iso_millis(user.created_at)));
    if let Credential::WebsiteKey { website_id, .. } = &caller.credential {
        fields.insert("websiteId".into(), json!(website_id));
    }
    Ok(respond::one(body))
}

pub async fn update_account(State(state): State<AppState>, caller: Caller, body: JsonBody) -> ApiResult<Response> {
    // Renaming a person is an account-level change a website key must not make.
    if caller.credential.is_website_key() {
        return Err(AccessDenied::AccountTokenRequired.into());
    }
    caller.require(Permission::AnalyticsRead)?;
    let body = body.object()?;
    let name = match body.get("name") {
        Some(serde_json::Value::String(s)) => s.trim().to_string(),
        Some(_) => return Err(ApiError::bad_request("`name` must be a string")),
        None => return Err(ApiError::bad_request("`name` is required")),
    };
    if name.is_empty() || name.chars().count() > MAX_ACCOUNT_NAME {
        return Err(ApiError::bad_request(format!("`name` must be 1 to {MAX_ACCOUNT_NAME} characters")));
    }
    if let Some(other) = body.keys().find(|k| k.as_str() != "name") {
        return Err(ApiError::bad_request(format!("`{other}` cannot be changed through the API; only `name` can")));
    }
    let user = state.meta.rename_user(caller.user_id(), name).await?;
    Ok(respond::one(profile(&user)))
}
