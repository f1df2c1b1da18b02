//! `/admin/websites/{websiteId}/team`: members (M1), invitations (M2) and removal (M3).
//! Inviting and removing are owner-only and need an account token: a `df_` key acts at most
//! as a member. An invitation is a one-time link (`dfinv_` secret, stored as a digest) that the
//! invited person accepts through `/api/v1/invitations/{token}` (see `invitations.rs`).

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use datafast_core::secret::{self, INVITATION_PREFIX};
use datafast_core::{email, time, ObjectId, Permission, Role};
use datafast_store::{Invitation, Member, StoreError};
use serde_json::{json, Value};

use crate::auth::{parse_id, Caller};
use crate::body::JsonBody;
use crate::error::{ApiError, ApiResult};
use crate::links::public_origin;
use crate::respond;
use crate::AppState;

/// Members plus pending invitations per website. DataFast's limit is the plan's seat count;
/// a self-hosted server has no plans, so this only bounds the list.
pub const SEAT_LIMIT: usize = 100;
/// An unaccepted invitation stops working after a week.
pub const INVITATION_TTL_MS: i64 = 7 * 24 * 3600 * 1000;

pub fn member_json(m: &Member) -> Value {
    json!({
        "userId": m.user.id,
        "name": m.user.name,
        "email": m.user.email,
        "image": m.user.image,
        "role": m.role.as_str(),
        "joinedAt": time::iso_millis(m.joined_at),
    })
}

fn invitation_json(i: &Invitation) -> Value {
    json!({
        "invitationId": i.id,
        "email": i.email,
        "role": i.role.as_str(),
        "invitedBy": i.invited_by,
        "createdAt": time::iso_millis(i.created_at),
        "expiresAt": time::iso_millis(i.expires_at),
    })
}

pub async fn list(
    State(state): State<AppState>,
    caller: Caller,
    Path(website_id): Path<String>,
) -> ApiResult<Response> {
    let website = caller.website(&state, &website_id, Permission::TeamRead, Role::Viewer).await?;
    let members = state.meta.members(website.id).await?;
    Ok(respond::many(members.iter().map(member_json).collect()))
}

pub async fn list_invitations(
    State(state): State<AppState>,
    caller: Caller,
    Path(website_id): Path<String>,
) -> ApiResult<Response> {
    let website = caller.website(&state, &website_id, Permission::TeamRead, Role::Viewer).await?;
    let pending = state.meta.invitations(website.id, time::now_millis()).await?;
    Ok(respond::many(pending.iter().map(invitation_json).collect()))
}

fn reject_unknown_fields(body: &serde_json::Map<String, Value>, allowed: &[&str]) -> ApiResult<()> {
    match body.keys().find(|k| !allowed.contains(&k.as_str())) {
        Some(unknown) => Err(ApiError::bad_request(format!("Unknown field `{unknown}`"))),
        None => Ok(()),
    }
}

pub async fn invite(
    State(state): State<AppState>,
    caller: Caller,
    headers: HeaderMap,
    Path(website_id): Path<String>,
    body: JsonBody,
) -> ApiResult<Response> {
    caller.credential.require_account_token()?;
    let website = caller.website(&state, &website_id, Permission::TeamWrite, Role::Owner).await?;
    let body = body.object()?;
    reject_unknown_fields(&body, &["email", "role"])?;
    let email = match body.get("email") {
        Some(Value::String(raw)) => {
            email::normalize(raw).ok_or_else(|| ApiError::bad_request("`email` is not a valid email address"))?
        }
        None | Some(Value::Null) => return Err(ApiError::bad_request("`email` is required")),
        Some(_) => return Err(ApiError::bad_request("`email` must be a string")),
    };
    let role = match body.get("role") {
        None | Some(Value::Null) => Role::Viewer,
        Some(Value::String(r)) if r == "viewer" => Role::Viewer,
        Some(Value::String(r)) if r == "member" => Role::Member,
        Some(Value::String(r)) if r == "owner" => {
            return Err(ApiError::bad_request("`role` cannot be owner: invite as member or viewer"))
        }
        Some(_) => return Err(ApiError::bad_request("`role` must be \"viewer\" or \"member\"")),
    };
    let inviter = state.meta.user(caller.user_id()).await?.ok_or_else(|| ApiError::unauthorized("Invalid API key"))?;
    if inviter.email == email {
        return Err(ApiError::bad_request("You cannot invite yourself"));
    }
    let minted = secret::mint(INVITATION_PREFIX);
    let now = time::now_millis();
    let invitation = Invitation {
        id: ObjectId::generate(),
        website_id: website.id,
        email,
        role,
        invited_by: inviter.id,
        digest: minted.digest,
        created_at: now,
        expires_at: now + INVITATION_TTL_MS,
    };
    match state.meta.create_invitation(invitation.clone(), SEAT_LIMIT, now).await {
        Err(StoreError::LimitReached(n)) => {
            return Err(ApiError::forbidden(format!(
                "Seat limit reached: a website can have at most {n} members and pending invitations"
            )))
        }
        other => other?,
    }
    let invite_url = format!("{}/api/v1/invitations/{}", public_origin(&state.config, &headers), minted.raw);
    Ok(respond::one(json!({
        "message": "Invitation created. Send the invite link to the user.",
        "invitationId": invitation.id,
        "email": invitation.email,
        "role": invitation.role.as_str(),
        "inviteUrl": invite_url,
        "acceptUrl": format!("{invite_url}/accept"),
        "expiresAt": time::iso_millis(invitation.expires_at),
    })))
}

pub async fn remove(
    State(state): State<AppState>,
    caller: Caller,
    Path(website_id): Path<String>,
    body: JsonBody,
) -> ApiResult<Response> {
    caller.credential.require_account_token()?;
    let website = caller.website(&state, &website_id, Permission::TeamWrite, Role::Owner).await?;
    let body = body.object()?;
    reject_unknown_fields(&body, &["userId", "invitationId"])?;
    let field = |name: &str| match body.get(name) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(raw)) => parse_id(raw, name).map(Some),
        Some(_) => Err(ApiError::bad_request(format!("`{name}` must be a string"))),
    };
    match (field("userId")?, field("invitationId")?) {
        (Some(user_id), None) => {
            if user_id == caller.user_id() {
                return Err(ApiError::bad_request("You cannot remove yourself from a website you own"));
            }
            if !state.meta.remove_member(website.id, user_id).await? {
                return Err(ApiError::new(StatusCode::NOT_FOUND, "Team member not found"));
            }
            Ok(respond::one(json!({ "message": "Team member removed successfully", "userId": user_id })))
        }
        (None, Some(invitation_id)) => {
            if !state.meta.delete_invitation(website.id, invitation_id).await? {
                return Err(ApiError::not_found("Invitation not found"));
            }
            Ok(respond::one(json!({ "message": "Invitation revoked successfully", "invitationId": invitation_id })))
        }
        (None, None) => Err(ApiError::bad_request("`userId` is required")),
        (Some(_), Some(_)) => Err(ApiError::bad_request("Send either `userId` or `invitationId`, not both")),
    }
}
