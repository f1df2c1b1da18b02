//! `GET /api/v1/mentions`: search the X and Reddit posts stored for a website. Like
//! DataFast's, it searches what is stored and never starts a collection; here mentions are
//! stored by `datafast mentions import` (this server does not reach X or Reddit itself).

use axum::extract::State;
use axum::response::Response;
use datafast_core::mention::{Mention, Platform, MAX_SEARCH_LEN};
use datafast_core::note::MAX_LIST_LIMIT;
use datafast_core::{time, Permission, Role};
use serde_json::{json, Value};

use crate::auth::Caller;
use crate::error::{ApiError, ApiResult};
use crate::query::QueryParams;
use crate::respond::{self, or_null};
use crate::AppState;

fn mention_json(m: &Mention) -> Value {
    json!({
        "_id": m.id,
        "platform": m.platform.as_str(),
        "url": m.url,
        "author": or_null(&m.author),
        "title": or_null(&m.title),
        "text": m.text,
        "community": or_null(&m.community),
        "postedAt": time::iso_millis(m.posted_at_ms),
        "collectedAt": time::iso_millis(m.collected_at_ms),
    })
}

/// Newest first unless `order=asc`; `platform` (x or reddit), `q` (in the text, title or
/// author, case-insensitive, ≤ 200 characters), `startAt`/`endAt` on the posting time (read
/// in `timezone`, default the website's), `limit`/`offset`.
pub async fn list(State(state): State<AppState>, caller: Caller, params: QueryParams) -> ApiResult<Response> {
    let website = caller.website_api(&state, params.get("websiteId"), Permission::AnalyticsRead, Role::Viewer).await?;
    let platform = match params.get("platform").map(str::trim).filter(|p| !p.is_empty()) {
        None => None,
        Some(raw) => Some(
            Platform::parse(raw)
                .ok_or_else(|| ApiError::bad_request(format!("`platform` must be x or reddit, not \"{raw}\"")))?,
        ),
    };
    let query = params.dated_list(website.zone(), MAX_SEARCH_LEN, MAX_LIST_LIMIT)?;
    let (limit, offset) = (query.limit, query.offset);
    let (mentions, total) = state.meta.mentions(website.id, platform, query).await?;
    Ok(respond::page(mentions.iter().map(mention_json).collect(), limit, offset, total))
}
