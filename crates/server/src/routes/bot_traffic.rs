//! Bot traffic (§3.11 B1–B7 and Website API §2.10): per-website settings, the `dfbot_`
//! ingestion token, account usage, crawler-hit ingestion (`POST /api/bot-traffic`, our own
//! documented protocol: DataFast's server-side package speaks an unpublished one) and the two
//! analytics reads. The admin routes are owner-only and refuse `df_` keys.

use std::net::SocketAddr;

use axum::extract::{ConnectInfo, Path, State};
use axum::http::header::AUTHORIZATION;
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use chrono::{Datelike, NaiveDate, TimeZone, Utc};
use datafast_core::bot::{self, BotSettings, Category, SettingsPatch};
use datafast_core::query::range::{self, Interval};
use datafast_core::query::{self as q, TimeRange};
use datafast_core::secret::{self, SecretDigest, BOT_TOKEN_PREFIX};
use datafast_core::website::Website;
use datafast_core::{time, ObjectId, Permission, Role};
use datafast_query::BotScope;
use datafast_store::{BotHit, BotToken, BotTrafficConfig};
use serde_json::{json, Map, Value};

use crate::auth::{parse_id, Caller};
use crate::body::{optional_str, optional_string_list, JsonBody, LimitedJsonBody};
use crate::error::{ApiError, ApiResult};
use crate::query::QueryParams;
use crate::rate_limit::{client_bucket, set_headers, too_many_requests, Decision};
use crate::respond;
use crate::AppState;

/// Settings and token changes are read-modify-write on one row; rare enough to serialise.
static CHANGES: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// Most buckets one timeseries answers (a year of days, a month and a half of hours).
const MAX_BUCKETS: usize = 1_000;
/// A crawler hit is a few hundred bytes of JSON.
const HIT_BODY_LIMIT: usize = 16 * 1024;
const MAX_PATH_CHARS: usize = 2_000;
const MAX_USER_AGENT_CHARS: usize = 1_000;
/// Hit timestamps may run this far ahead of the server clock (clock skew), and no further back
/// than `MAX_HIT_AGE_MS`.
const MAX_CLOCK_SKEW_MS: i64 = 5 * 60 * 1000;
const MAX_HIT_AGE_MS: i64 = 7 * 24 * 3600 * 1000;

async fn owner_gate(state: &AppState, caller: &Caller, website_id: &str, permission: Permission) -> ApiResult<Website> {
    caller.credential.require_account_token()?;
    caller.website(state, website_id, permission, Role::Owner).await
}

fn crawler_json(c: &bot::Crawler) -> Value {
    json!({ "id": c.id, "name": c.name, "company": c.company, "category": c.category.as_str() })
}

fn catalog_json() -> Value {
    let crawlers = bot::catalog();
    let mut companies: Vec<&str> = Vec::new();
    for c in crawlers {
        if !companies.contains(&c.company.as_str()) {
            companies.push(&c.company);
        }
    }
    let companies: Vec<Value> = companies
        .iter()
        .map(|name| {
            let agents: Vec<Value> = crawlers.iter().filter(|c| c.company == *name).map(crawler_json).collect();
            json!({ "company": name, "crawlers": agents })
        })
        .collect();
    Value::Array(companies)
}

fn settings_json(website: &Website, s: &BotSettings) -> Value {
    json!({
        "websiteId": website.id,
        "domain": website.domain,
        "settings": {
            "hiddenCrawlers": s.hidden_crawlers,
            "excludedCrawlerIds": s.excluded_crawler_ids,
            "verifiedOnly": s.verified_only,
            "requireAuthToken": s.require_auth_token,
            "hideDashboardCard": s.hide_dashboard_card,
            "groupBy": s.group_by,
            "pageFilterIds": s.page_filter_ids,
        },
        "companies": catalog_json(),
        "categories": Category::ALL.iter().map(|c| c.as_str()).collect::<Vec<_>>(),
    })
}

/// B1.
pub async fn get_settings(
    State(state): State<AppState>,
    caller: Caller,
    Path(website_id): Path<String>,
) -> ApiResult<Response> {
    let website = owner_gate(&state, &caller, &website_id, Permission::SettingsRead).await?;
    let config = state.meta.bot_traffic(website.id).await?;
    Ok(respond::one(settings_json(&website, &config.settings)))
}

fn optional_bool(body: &Map<String, Value>, field: &str) -> ApiResult<Option<bool>> {
    match body.get(field) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Bool(b)) => Ok(Some(*b)),
        Some(_) => Err(ApiError::bad_request(format!("`{field}` must be a boolean"))),
    }
}

const PATCH_FIELDS: &[&str] = &[
    "verifiedOnly",
    "requireAuthToken",
    "disableCompanies",
    "enableCompanies",
    "disableCrawlerIds",
    "enableCrawlerIds",
    "excludedCrawlerIds",
    "hiddenCrawlers",
    "hideDashboardCard",
    "groupBy",
    "pageFilterIds",
];

/// B2.
pub async fn update_settings(
    State(state): State<AppState>,
    caller: Caller,
    Path(website_id): Path<String>,
    body: JsonBody,
) -> ApiResult<Response> {
    let website = owner_gate(&state, &caller, &website_id, Permission::SettingsWrite).await?;
    let body = body.object()?;
    if let Some(unknown) = body.keys().find(|k| !PATCH_FIELDS.contains(&k.as_str())) {
        return Err(ApiError::bad_request(format!("Unknown field `{unknown}`")));
    }
    if body.is_empty() {
        return Err(ApiError::bad_request(format!("Nothing to update; fields: {}", PATCH_FIELDS.join(", "))));
    }
    let group_by = match body.get("groupBy") {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => Some(s.clone()),
        Some(_) => return Err(ApiError::bad_request("`groupBy` must be a string")),
    };
    let patch = SettingsPatch {
        verified_only: optional_bool(&body, "verifiedOnly")?,
        require_auth_token: optional_bool(&body, "requireAuthToken")?,
        disable_companies: optional_string_list(&body, "disableCompanies")?,
        enable_companies: optional_string_list(&body, "enableCompanies")?,
        disable_crawler_ids: optional_string_list(&body, "disableCrawlerIds")?,
        enable_crawler_ids: optional_string_list(&body, "enableCrawlerIds")?,
        excluded_crawler_ids: optional_string_list(&body, "excludedCrawlerIds")?,
        hidden_crawlers: optional_string_list(&body, "hiddenCrawlers")?,
        hide_dashboard_card: optional_bool(&body, "hideDashboardCard")?,
        group_by,
        page_filter_ids: optional_string_list(&body, "pageFilterIds")?,
    };
    let _guard = CHANGES.lock().await;
    let mut config = state.meta.bot_traffic(website.id).await?;
    config.settings = patch.apply(&config.settings, config.token.is_some()).map_err(ApiError::bad_request)?;
    state.meta.save_bot_traffic(website.id, config.clone()).await?;
    Ok(respond::one(settings_json(&website, &config.settings)))
}

fn token_json(website: &Website, config: &BotTrafficConfig) -> Map<String, Value> {
    let mut item = Map::new();
    item.insert("websiteId".into(), json!(website.id));
    item.insert("domain".into(), json!(website.domain));
    item.insert("hasToken".into(), json!(config.token.is_some()));
    item.insert("displayToken".into(), json!(config.token.as_ref().map(|t| t.display.clone())));
    item.insert("createdAt".into(), json!(config.token.as_ref().map(|t| time::iso_millis(t.created_at))));
    item.insert("requireAuthToken".into(), json!(config.settings.require_auth_token));
    item
}

/// B3.
pub async fn get_token(
    State(state): State<AppState>,
    caller: Caller,
    Path(website_id): Path<String>,
) -> ApiResult<Response> {
    let website = owner_gate(&state, &caller, &website_id, Permission::SettingsRead).await?;
    let config = state.meta.bot_traffic(website.id).await?;
    Ok(respond::one(Value::Object(token_json(&website, &config))))
}

/// B4 (`rotate == false`) and B5: a new secret, returned once; the previous one stops at once.
async fn issue_token(state: &AppState, caller: &Caller, website_id: &str, rotate: bool) -> ApiResult<Response> {
    let website = owner_gate(state, caller, website_id, Permission::SettingsWrite).await?;
    let _guard = CHANGES.lock().await;
    let mut config = state.meta.bot_traffic(website.id).await?;
    match (rotate, config.token.is_some()) {
        (false, true) => {
            return Err(ApiError::new(
                axum::http::StatusCode::CONFLICT,
                "This website already has a bot-traffic token; rotate it with PUT or delete it first",
            ))
        }
        (true, false) => return Err(ApiError::not_found("This website has no bot-traffic token to rotate")),
        _ => {}
    }
    let minted = secret::mint(BOT_TOKEN_PREFIX);
    config.token = Some(BotToken { digest: minted.digest, display: minted.display, created_at: time::now_millis() });
    state.meta.save_bot_traffic(website.id, config.clone()).await?;
    let mut item = token_json(&website, &config);
    item.insert("requestAuthToken".into(), json!(minted.raw));
    Ok(respond::one(Value::Object(item)))
}

pub async fn create_token(
    State(state): State<AppState>,
    caller: Caller,
    Path(website_id): Path<String>,
) -> ApiResult<Response> {
    issue_token(&state, &caller, &website_id, false).await
}

pub async fn rotate_token(
    State(state): State<AppState>,
    caller: Caller,
    Path(website_id): Path<String>,
) -> ApiResult<Response> {
    issue_token(&state, &caller, &website_id, true).await
}

/// B6: revokes the token and stops requiring one (else every hit would be refused).
pub async fn delete_token(
    State(state): State<AppState>,
    caller: Caller,
    Path(website_id): Path<String>,
) -> ApiResult<Response> {
    let website = owner_gate(&state, &caller, &website_id, Permission::SettingsWrite).await?;
    let _guard = CHANGES.lock().await;
    let mut config = state.meta.bot_traffic(website.id).await?;
    if config.token.is_none() {
        return Err(ApiError::not_found("This website has no bot-traffic token"));
    }
    config.token = None;
    config.settings.require_auth_token = false;
    state.meta.save_bot_traffic(website.id, config.clone()).await?;
    Ok(respond::one(Value::Object(token_json(&website, &config))))
}

/// The usage period: the current calendar month, UTC.
fn usage_period(now_ms: i64) -> TimeRange {
    let now = Utc.timestamp_millis_opt(now_ms).single().unwrap_or_default();
    let first = NaiveDate::from_ymd_opt(now.year(), now.month(), 1).expect("first of month");
    let next = if now.month() == 12 {
        NaiveDate::from_ymd_opt(now.year() + 1, 1, 1)
    } else {
        NaiveDate::from_ymd_opt(now.year(), now.month() + 1, 1)
    }
    .expect("first of next month");
    let ms = |d: NaiveDate| d.and_hms_opt(0, 0, 0).expect("midnight").and_utc().timestamp_millis();
    TimeRange { start_ms: ms(first), end_ms: ms(next) }
}

async fn owned_websites(state: &AppState, user_id: ObjectId) -> ApiResult<Vec<Website>> {
    Ok(state
        .meta
        .websites_for_user(user_id)
        .await?
        .into_iter()
        .filter(|(w, role)| *role == Role::Owner && w.owner_id == user_id)
        .map(|(w, _)| w)
        .collect())
}

/// Hits stored this period on every website `owner` owns.
async fn account_usage(
    state: &AppState,
    owner: ObjectId,
    period: TimeRange,
) -> ApiResult<(Vec<Website>, Vec<(ObjectId, i64, i64)>)> {
    let websites = owned_websites(state, owner).await?;
    let ids: Vec<ObjectId> = websites.iter().map(|w| w.id).collect();
    let usage = datafast_query::bot_usage(state.events.as_ref(), &ids, period).await?;
    Ok((websites, usage))
}

/// B7: the account's crawler hits this month against the server's allowance
/// (`--bot-traffic-allowance`). Totals cover every website the caller owns; `websiteStats`
/// lists those within the token's scope.
pub async fn usage(State(state): State<AppState>, caller: Caller) -> ApiResult<Response> {
    caller.account_route(Permission::SettingsRead)?;
    let period = usage_period(time::now_millis());
    let (websites, usage) = account_usage(&state, caller.user_id(), period).await?;
    let used: i64 = usage.iter().map(|u| u.1).sum();
    let dropped: i64 = usage.iter().map(|u| u.2).sum();
    let allowance = state.config.bot_traffic_monthly_allowance as i64;
    let percent = if allowance == 0 { 100.0 } else { (used as f64 * 100.0 / allowance as f64).min(100.0) };
    let stats: Vec<Value> = websites
        .iter()
        .filter(|w| caller.credential.website_in_reach(&w.id).is_ok())
        .filter_map(|w| {
            let (_, hits, _) = usage.iter().find(|u| u.0 == w.id)?;
            (*hits > 0).then(|| json!({ "websiteId": w.id, "domain": w.domain, "logo": Value::Null, "requests": hits }))
        })
        .collect();
    Ok(respond::one(json!({
        "usage": {
            "usage": used,
            "dropped": dropped,
            "allowance": allowance,
            "remaining": (allowance - used).max(0),
            "percentUsed": (percent * 100.0).round() / 100.0,
            "periodStartAt": time::iso_millis(period.start_ms),
            "resetAt": time::iso_millis(period.end_ms),
            "isCounting": used < allowance,
        },
        "websiteStats": stats,
        // Self-hosted: no add-on packs to buy; the allowance is the server's setting.
        "billing": { "hasAddOn": false, "packQuantity": 0, "packSize": 0, "allowanceSource": "server" },
    })))
}

// ---- ingestion ------------------------------------------------------------------------------

/// The path of `url` (`https://host/a/b?x#y` → `/a/b`), or `path` itself; query strings and
/// fragments are not kept.
fn hit_path(body: &Map<String, Value>) -> ApiResult<String> {
    let raw = match (optional_str(body, "path")?, optional_str(body, "url")?) {
        (Some(p), _) => {
            if !p.starts_with('/') {
                return Err(ApiError::bad_request("`path` must start with /"));
            }
            p.to_string()
        }
        (None, Some(u)) => {
            let rest = u
                .strip_prefix("https://")
                .or_else(|| u.strip_prefix("http://"))
                .ok_or_else(|| ApiError::bad_request("`url` must be an absolute http(s) URL"))?;
            match rest.find(['/', '?', '#']) {
                Some(i) if rest[i..].starts_with('/') => rest[i..].to_string(),
                _ => "/".to_string(),
            }
        }
        (None, None) => return Err(ApiError::bad_request("`url` or `path` is required")),
    };
    let path = raw.split(['?', '#']).next().unwrap_or("/");
    if path.chars().count() > MAX_PATH_CHARS {
        return Err(ApiError::bad_request(format!("`path` is longer than {MAX_PATH_CHARS} characters")));
    }
    Ok(if path.is_empty() { "/".into() } else { path.to_string() })
}

fn hit_timestamp(body: &Map<String, Value>, now: i64) -> ApiResult<i64> {
    let at = match body.get("timestamp") {
        None | Some(Value::Null) => return Ok(now),
        Some(Value::Number(n)) => {
            n.as_i64().ok_or_else(|| ApiError::bad_request("`timestamp` must be Unix milliseconds or ISO 8601"))?
        }
        Some(Value::String(s)) => chrono::DateTime::parse_from_rfc3339(s)
            .map_err(|_| ApiError::bad_request("`timestamp` must be Unix milliseconds or ISO 8601"))?
            .timestamp_millis(),
        Some(_) => return Err(ApiError::bad_request("`timestamp` must be Unix milliseconds or ISO 8601")),
    };
    if at > now + MAX_CLOCK_SKEW_MS || at < now - MAX_HIT_AGE_MS {
        return Err(ApiError::bad_request("`timestamp` must be within the last 7 days"));
    }
    Ok(at)
}

async fn hit_website(state: &AppState, body: &Map<String, Value>) -> ApiResult<Website> {
    let unknown = || ApiError::not_found("Website not found");
    if let Some(raw) = optional_str(body, "websiteId")? {
        if raw.starts_with("dfid_") {
            return state.meta.website_by_tracking_id(raw).await?.ok_or_else(unknown);
        }
        let id = parse_id(raw, "websiteId")?;
        return state.meta.website(id).await?.ok_or_else(unknown);
    }
    if let Some(raw) = optional_str(body, "trackingId")? {
        return state.meta.website_by_tracking_id(raw).await?.ok_or_else(unknown);
    }
    Err(ApiError::bad_request("`websiteId` or `trackingId` is required"))
}

fn not_stored(reason: &str) -> Response {
    axum::Json(json!({ "status": "success", "data": { "stored": false, "reason": reason } })).into_response()
}

/// `POST /api/bot-traffic`: one crawler request seen by the website's server. The protocol is
/// documented in docs/api-decisions.md ("Bot traffic"). Hits that are not stored still answer
/// 200 with the reason, so a forwarding package never retries them. Rate-limited per client
/// address first, then per website once the hit is authenticated (`crate::rate_limit`); the
/// `X-RateLimit-*` headers report the tighter of the two.
pub async fn ingest(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    LimitedJsonBody(body): LimitedJsonBody<HIT_BODY_LIMIT>,
) -> ApiResult<Response> {
    let mut limits = Vec::new();
    if let Some(limiter) = &state.rate_limiters.bot_ingest_ip {
        let ip = super::client_ip(peer.ip(), &headers, &state.config.trusted_proxies);
        let decision = limiter.check(client_bucket(ip));
        if !decision.allowed {
            return Ok(too_many_requests(&decision, "from this address"));
        }
        limits.push(decision);
    }
    let mut response =
        ingest_hit(&state, &headers, body, &mut limits).await.unwrap_or_else(IntoResponse::into_response);
    if let Some(tightest) = limits.iter().min_by_key(|d| d.remaining) {
        set_headers(response.headers_mut(), tightest);
    }
    Ok(response)
}

/// Counts the hit against its website's quota; `Some` is the 429 to answer.
fn limit_website(state: &AppState, website: &Website, limits: &mut Vec<Decision>) -> Option<Response> {
    let limiter = state.rate_limiters.bot_ingest_website.as_ref()?;
    let decision = limiter.check(website.id);
    limits.push(decision);
    (!decision.allowed).then(|| too_many_requests(&decision, "for this website"))
}

async fn ingest_hit(
    state: &AppState,
    headers: &HeaderMap,
    body: JsonBody,
    limits: &mut Vec<Decision>,
) -> ApiResult<Response> {
    let body = body.object()?;
    let website = hit_website(state, &body).await?;
    let config = state.meta.bot_traffic(website.id).await?;
    let presented = match headers.get(AUTHORIZATION) {
        None => None,
        Some(v) => {
            let v = v.to_str().map_err(|_| ApiError::unauthorized("Invalid bot-traffic token"))?;
            let secret = v
                .trim()
                .split_once(' ')
                .filter(|(scheme, _)| scheme.eq_ignore_ascii_case("bearer"))
                .map(|(_, s)| s.trim())
                .ok_or_else(|| ApiError::unauthorized("Invalid bot-traffic token"))?;
            Some(SecretDigest::of(secret))
        }
    };
    // A token that is sent is always checked: a wrong one means a misconfigured sender.
    let valid = match (&presented, &config.token) {
        (Some(p), Some(t)) => t.digest.matches(p),
        _ => false,
    };
    if presented.is_some() && !valid {
        return Err(ApiError::unauthorized("Invalid bot-traffic token"));
    }
    if config.settings.require_auth_token && !valid {
        return Err(ApiError::unauthorized(
            "This website requires a bot-traffic token: send Authorization: Bearer dfbot_…",
        ));
    }
    // Only hits that passed the token check count against the website's quota.
    if let Some(refused) = limit_website(state, &website, limits) {
        return Ok(refused);
    }
    let user_agent =
        optional_str(&body, "userAgent")?.ok_or_else(|| ApiError::bad_request("`userAgent` is required"))?;
    if user_agent.chars().count() > MAX_USER_AGENT_CHARS {
        return Err(ApiError::bad_request(format!("`userAgent` is longer than {MAX_USER_AGENT_CHARS} characters")));
    }
    if let Some(ip) = optional_str(&body, "ip")? {
        ip.parse::<std::net::IpAddr>().map_err(|_| ApiError::bad_request("`ip` is not an IP address"))?;
    }
    let path = hit_path(&body)?;
    let now = time::now_millis();
    let timestamp = hit_timestamp(&body, now)?;
    let Some(crawler) = bot::match_user_agent(user_agent) else {
        return Ok(not_stored("unknown_crawler"));
    };
    if config.settings.excluded_crawler_ids.contains(&crawler.id) {
        return Ok(not_stored("excluded"));
    }
    // No published IP ranges are shipped, so no hit is IP-verified (docs/api-decisions.md).
    let verified = false;
    if config.settings.verified_only && !verified {
        return Ok(not_stored("unverified"));
    }
    let (_, usage) = account_usage(state, website.owner_id, usage_period(now)).await?;
    let used: i64 = usage.iter().map(|u| u.1).sum();
    if used >= state.config.bot_traffic_monthly_allowance as i64 {
        state.events.record_bot_drop(website.id, now).await?;
        return Ok(not_stored("allowance_exhausted"));
    }
    state
        .events
        .record_bot_hit(BotHit {
            website_id: website.id,
            timestamp_ms: timestamp,
            crawler_id: crawler.id.clone(),
            company: crawler.company.clone(),
            category: crawler.category.as_str().to_string(),
            path: path.clone(),
            verified,
        })
        .await?;
    Ok(axum::Json(json!({
        "status": "success",
        "data": {
            "stored": true,
            "crawlerId": crawler.id,
            "company": crawler.company,
            "category": crawler.category.as_str(),
            "verification": if verified { "ip_verified" } else { "user_agent_only" },
            "path": path,
        }
    }))
    .into_response())
}

// ---- analytics ------------------------------------------------------------------------------

struct Read {
    website: Website,
    tz: chrono_tz::Tz,
    scope: BotScope,
    settings: BotSettings,
}

async fn read_scope(state: &AppState, caller: &Caller, params: &QueryParams) -> ApiResult<Read> {
    let website = caller.website_api(state, params.get("websiteId"), Permission::AnalyticsRead, Role::Viewer).await?;
    let tz = range::parse_zone(params.get("timezone").filter(|s| !s.is_empty()).unwrap_or(&website.timezone))?;
    let range = range::resolve_range(params.get("startAt"), params.get("endAt"), tz)?;
    let nonempty = |k: &str| params.get(k).filter(|s| !s.is_empty());
    let category = match nonempty("category") {
        None | Some("all") => None,
        Some(c) => Some(
            Category::parse(c)
                .ok_or_else(|| {
                    ApiError::bad_request("`category` must be all, ai_crawler, answer_fetch, search_index or training")
                })?
                .as_str()
                .to_string(),
        ),
    };
    let verified = match nonempty("verification") {
        None | Some("all") => None,
        Some("ip_verified") => Some(true),
        Some("user_agent_only") => Some(false),
        Some(_) => return Err(ApiError::bad_request("`verification` must be all, ip_verified or user_agent_only")),
    };
    let settings = state.meta.bot_traffic(website.id).await?.settings;
    let scope = BotScope {
        website_id: website.id,
        range,
        category,
        company: nonempty("company").map(str::to_string),
        crawler_id: nonempty("crawlerId").map(str::to_string),
        verified,
        path_search: None,
    };
    Ok(Read { website, tz, scope, settings })
}

/// `GET /api/v1/analytics/bot-traffic`: totals, per-company and per-crawler hits over the range,
/// and a timeseries by `interval` (hidden crawlers are left out of the timeseries only).
pub async fn analytics(State(state): State<AppState>, caller: Caller, params: QueryParams) -> ApiResult<Response> {
    let Read { website, tz, mut scope, settings } = read_scope(&state, &caller, &params).await?;
    let requested = match params.get("interval").filter(|s| !s.is_empty()) {
        Some(raw) => Interval::parse(raw)?,
        None => Interval::Day,
    };
    let window = scope.range.unwrap_or_else(|| range::default_window(requested, tz, time::now_millis()));
    scope.range = Some(window);
    let interval = range::effective_interval(requested, window, tz);
    let buckets = range::buckets(window, interval, tz);
    if buckets.len() > MAX_BUCKETS {
        return Err(ApiError::bad_request(format!(
            "The range holds {} {} buckets; at most {MAX_BUCKETS}: choose a larger interval or a shorter range",
            buckets.len(),
            interval.as_str()
        )));
    }
    let events = state.events.as_ref();
    let crawlers = datafast_query::bot_crawlers(events, &scope).await?;
    let pages = datafast_query::bot_page_count(events, &scope).await?;
    // Buckets clipped to the range, so the timeseries adds up to the totals.
    let spans: Vec<(i64, i64)> =
        buckets.iter().map(|b| (b.start_ms.max(window.start_ms), b.end_ms.min(window.end_ms))).collect();
    let cells = datafast_query::bot_buckets(events, &scope, &spans, &settings.hidden_crawlers).await?;
    let group_key = |crawler_id: &str, company: &str, category: &str| -> String {
        match settings.group_by.as_str() {
            "companies" => company.to_string(),
            "categories" => category.to_string(),
            _ => crawler_id.to_string(),
        }
    };
    let mut series: Vec<(i64, Map<String, Value>)> = vec![(0, Map::new()); buckets.len()];
    for (i, crawler_id, company, category, hits) in &cells {
        let (total, groups) = &mut series[*i];
        *total += hits;
        let key = group_key(crawler_id, company, category);
        let prev = groups.get(&key).and_then(Value::as_i64).unwrap_or(0);
        groups.insert(key, json!(prev + hits));
    }
    let timeseries: Vec<Value> = buckets
        .iter()
        .zip(series)
        .map(|(b, (hits, groups))| json!({ "name": b.name, "timestamp": b.timestamp, "hits": hits, "groups": groups }))
        .collect();
    let mut companies: Vec<(String, i64, Vec<Value>)> = Vec::new();
    let crawler_rows: Vec<Value> = crawlers
        .iter()
        .map(|c| {
            let row = json!({
                "crawlerId": c.crawler_id,
                "name": bot::crawler(&c.crawler_id).map(|k| k.name.as_str()).unwrap_or(&c.crawler_id),
                "company": c.company,
                "category": c.category,
                "hits": c.hits,
                "verifiedHits": c.verified_hits,
                "pages": c.pages,
                "hidden": settings.hidden_crawlers.contains(&c.crawler_id),
            });
            match companies.iter_mut().find(|(name, _, _)| *name == c.company) {
                Some((_, hits, list)) => {
                    *hits += c.hits;
                    list.push(row.clone());
                }
                None => companies.push((c.company.clone(), c.hits, vec![row.clone()])),
            }
            row
        })
        .collect();
    companies.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    let total_hits: i64 = crawlers.iter().map(|c| c.hits).sum();
    let verified_hits: i64 = crawlers.iter().map(|c| c.verified_hits).sum();
    Ok(axum::Json(json!({
        "status": "success",
        "data": {
            "websiteId": website.id,
            "interval": interval.as_str(),
            "timezone": tz.name(),
            "startAt": time::iso_millis(window.start_ms),
            "endAt": time::iso_millis(window.end_ms - 1),
            "groupBy": settings.group_by,
            "totals": {
                "hits": total_hits,
                "verifiedHits": verified_hits,
                "crawlers": crawlers.len(),
                "companies": companies.len(),
                "pages": pages,
            },
            "companies": companies.into_iter().map(|(company, hits, crawlers)| json!({
                "company": company, "hits": hits, "crawlers": crawlers,
            })).collect::<Vec<_>>(),
            "crawlers": crawler_rows,
            "timeseries": timeseries,
        }
    }))
    .into_response())
}

/// `GET /api/v1/analytics/bot-traffic/pages`: paths by crawler hits, paged, `pageSearch`
/// narrowing to paths containing it (case-insensitive).
pub async fn pages(State(state): State<AppState>, caller: Caller, params: QueryParams) -> ApiResult<Response> {
    let Read { mut scope, .. } = read_scope(&state, &caller, &params).await?;
    if let Some(search) = params.get("pageSearch").filter(|s| !s.is_empty()) {
        if search.chars().count() > 200 {
            return Err(ApiError::bad_request("`pageSearch` is longer than 200 characters"));
        }
        scope.path_search = Some(search.to_string());
    }
    let paging = q::parse_paging(params.get("limit"), params.get("offset"), 1000)?;
    let (rows, total) = datafast_query::bot_pages(state.events.as_ref(), &scope, paging.limit, paging.offset).await?;
    let data: Vec<Value> = rows
        .into_iter()
        .map(|p| {
            json!({
                "path": p.path,
                "hits": p.hits,
                "crawlers": p.crawlers,
                "companies": p.companies,
                "lastHitAt": time::iso_millis(p.last_hit_ms),
            })
        })
        .collect();
    Ok(axum::Json(json!({
        "status": "success",
        "data": data,
        "pagination": {"limit": paging.limit, "offset": paging.offset, "total": total},
    }))
    .into_response())
}
