//! `/admin/websites/{websiteId}/notes`: manual chart annotations. The author is always the
//! calling account (for a `df_` key, the account that created the key), never client-supplied.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use datafast_core::note::{self, Note, MAX_LIST_LIMIT, MAX_NOTES_PER_WEBSITE, MAX_SEARCH_LEN};
use datafast_core::{time, ObjectId, Permission, Role};
use datafast_store::{NoteInsert, StoreError};
use serde_json::{json, Value};

use crate::auth::{parse_id, Caller};
use crate::body::{optional_str, reject_unknown, JsonBody};
use crate::error::{ApiError, ApiResult};
use crate::query::QueryParams;
use crate::respond;
use crate::AppState;

fn note_json(n: &Note) -> Value {
    json!({
        "id": n.id,
        "websiteId": n.website_id,
        "text": n.text,
        "timestamp": time::iso_millis(n.timestamp_ms),
        "author": n.author.as_ref().map(|a| json!({"id": a.id, "name": a.name, "image": a.image})),
        "createdAt": time::iso_millis(n.created_at),
        "updatedAt": time::iso_millis(n.updated_at),
    })
}

fn not_found() -> ApiError {
    ApiError::not_found("Note not found")
}

/// N1: notes by timestamp (newest first unless `order=asc`), optionally within
/// `startAt`/`endAt` (read in `timezone`, default the website's) and matching `q`.
pub async fn list(
    State(state): State<AppState>,
    caller: Caller,
    Path(website_id): Path<String>,
    params: QueryParams,
) -> ApiResult<Response> {
    let website = caller.website(&state, &website_id, Permission::NotesRead, Role::Viewer).await?;
    let query = params.dated_list(website.zone(), MAX_SEARCH_LEN, MAX_LIST_LIMIT)?;
    let (limit, offset) = (query.limit, query.offset);
    let (notes, total) = state.meta.notes(website.id, query).await?;
    Ok(respond::page(notes.iter().map(note_json).collect(), limit, offset, total))
}

/// N2: 201 with a new note; 200 with the earlier note when the same `idempotencyKey` comes
/// back with the same text and timestamp; 409 when the key comes back with other input.
pub async fn create(
    State(state): State<AppState>,
    caller: Caller,
    Path(website_id): Path<String>,
    body: JsonBody,
) -> ApiResult<Response> {
    let website = caller.website(&state, &website_id, Permission::NotesWrite, Role::Member).await?;
    let body = body.object()?;
    reject_unknown(&body, &["text", "timestamp", "idempotencyKey"])?;
    let text =
        note::parse_text(optional_str(&body, "text")?.ok_or_else(|| ApiError::bad_request("`text` is required"))?)?;
    let raw_ts = optional_str(&body, "timestamp")?.ok_or_else(|| ApiError::bad_request("`timestamp` is required"))?;
    let timestamp_ms = note::parse_timestamp(raw_ts, website.zone())?;
    let idempotency_key = optional_str(&body, "idempotencyKey")?.map(note::parse_idempotency_key).transpose()?;
    let now = time::now_millis();
    let draft = Note {
        id: ObjectId::generate(),
        website_id: website.id,
        author_id: caller.user_id(),
        author: None,
        text,
        timestamp_ms,
        idempotency_key,
        created_at: now,
        updated_at: now,
    };
    let outcome = state.meta.create_note(draft.clone(), MAX_NOTES_PER_WEBSITE).await.map_err(|e| match e {
        StoreError::LimitReached(n) => {
            ApiError::bad_request(format!("Note limit reached: a website can have at most {n} notes"))
        }
        other => other.into(),
    })?;
    let (status, note) = match outcome {
        NoteInsert::Created(n) => (StatusCode::CREATED, n),
        NoteInsert::Existing(n) if n.text == draft.text && n.timestamp_ms == draft.timestamp_ms => (StatusCode::OK, n),
        NoteInsert::Existing(_) => {
            return Err(ApiError::new(
                StatusCode::CONFLICT,
                "This idempotencyKey was already used for a note with a different text or timestamp",
            ))
        }
    };
    Ok((status, respond::one(note_json(&note))).into_response())
}

/// N3: change a note's text and/or timestamp (same rules as creation).
pub async fn update(
    State(state): State<AppState>,
    caller: Caller,
    Path((website_id, note_id)): Path<(String, String)>,
    body: JsonBody,
) -> ApiResult<Response> {
    let website = caller.website(&state, &website_id, Permission::NotesWrite, Role::Member).await?;
    let id = parse_id(&note_id, "noteId")?;
    let body = body.object()?;
    reject_unknown(&body, &["text", "timestamp"])?;
    let text = optional_str(&body, "text")?.map(note::parse_text).transpose()?;
    let timestamp = optional_str(&body, "timestamp")?.map(|t| note::parse_timestamp(t, website.zone())).transpose()?;
    if text.is_none() && timestamp.is_none() {
        return Err(ApiError::bad_request("Nothing to update: send `text` and/or `timestamp`"));
    }
    let current = state.meta.note(website.id, id).await?.ok_or_else(not_found)?;
    let updated = state
        .meta
        .update_note(
            website.id,
            id,
            text.unwrap_or(current.text),
            timestamp.unwrap_or(current.timestamp_ms),
            time::now_millis(),
        )
        .await?
        .ok_or_else(not_found)?;
    Ok(respond::one(note_json(&updated)))
}

/// N4: delete a note (its idempotency key becomes free again).
pub async fn delete(
    State(state): State<AppState>,
    caller: Caller,
    Path((website_id, note_id)): Path<(String, String)>,
) -> ApiResult<Response> {
    let website = caller.website(&state, &website_id, Permission::NotesWrite, Role::Member).await?;
    let id = parse_id(&note_id, "noteId")?;
    if !state.meta.delete_note(website.id, id).await? {
        return Err(not_found());
    }
    Ok(respond::one(json!({ "deleted": true, "id": id })))
}
