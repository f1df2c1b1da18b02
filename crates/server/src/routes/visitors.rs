//! `GET /api/v1/visitors` (list and search, unprefixed filters) and
//! `GET /api/v1/visitors/{datafast_visitor_id}` (identity, activity, profile).

use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use datafast_core::query::range;
use datafast_core::query::{self as q, Dimension, Filter, Operator};
use datafast_core::{Permission, Role};
use datafast_query::Scope;
use serde_json::{json, Map, Value};

use crate::auth::Caller;
use crate::error::{ApiError, ApiResult};
use crate::query::QueryParams;
use crate::respond::or_null;
use crate::AppState;

/// List filters that are plain dimensions, by their (unprefixed) parameter names.
const LIST_FILTERS: &[&str] = &[
    "country",
    "region",
    "city",
    "browser",
    "os",
    "device",
    "referrer",
    "hostname",
    "utm_source",
    "utm_medium",
    "utm_campaign",
    "utm_term",
    "utm_content",
    "ref",
    "source",
    "via",
];

fn first<'a>(params: &'a QueryParams, names: &[&str]) -> Option<&'a str> {
    names.iter().find_map(|n| params.get(n)).filter(|v| !v.trim().is_empty())
}

fn csv(raw: &str) -> Vec<String> {
    raw.split(',').map(str::trim).filter(|v| !v.is_empty()).map(String::from).collect()
}

pub async fn list(State(state): State<AppState>, caller: Caller, params: QueryParams) -> ApiResult<Response> {
    let website = caller.website_api(&state, params.get("websiteId"), Permission::AnalyticsRead, Role::Viewer).await?;
    let tz = range::parse_zone(params.get("timezone").filter(|s| !s.is_empty()).unwrap_or(&website.timezone))?;
    let range = range::resolve_range(params.get("startAt"), params.get("endAt"), tz)?;
    let plain: std::collections::HashMap<String, String> =
        LIST_FILTERS.iter().filter_map(|k| params.get(k).map(|v| (k.to_string(), v.to_string()))).collect();
    let mut filters = q::parse_filters(&plain)?;
    if let Some(pages) = first(&params, &["visitedPage", "page"]) {
        let values = csv(pages);
        if values.len() > 50 {
            return Err(ApiError::bad_request("`visitedPage` takes at most 50 paths"));
        }
        filters.push(Filter { dimension: Dimension::Page, operator: Operator::Is, values });
    }
    if let Some(part) = first(&params, &["visitedPageContains", "pageContains"]) {
        filters.push(Filter {
            dimension: Dimension::Page,
            operator: Operator::Contains,
            values: vec![part.to_string()],
        });
    }
    let goal = first(&params, &["completedGoal", "goal"]).map(|g| vec![g.trim().to_string()]);
    let customer = first(&params, &["isCustomer", "hasRevenue"]);
    if goal.is_some() && customer.is_some() {
        return Err(ApiError::bad_request("`completedGoal` cannot be combined with `isCustomer`/`hasRevenue`"));
    }
    let customer = match customer {
        None => None,
        Some("true") => Some(true),
        Some("false") => Some(false),
        Some(_) => return Err(ApiError::bad_request("`isCustomer` must be true or false")),
    };
    let paging = q::parse_paging(params.get("limit"), params.get("offset"), 250)?;
    // Customers are visitors with a new or renewal payment (any time).
    let scope = Scope { website_id: website.id, range, filters };
    let (rows, more) =
        datafast_query::visitors(state.events.as_ref(), &scope, goal.as_deref(), customer, paging).await?;
    let data: Vec<Value> = rows
        .into_iter()
        .map(|r| {
            let [country, region, city, browser, os, device] = &r.identity;
            let a = &r.acquisition;
            json!({
                "visitorId": r.visitor_id,
                "lastSeenAt": datafast_core::time::iso_millis(r.last_seen_ms),
                "currentUrl": or_null(&r.current_url),
                "identity": {
                    "country": or_null(country), "region": or_null(region), "city": or_null(city),
                    "browser": or_null(browser), "os": or_null(os), "device": or_null(device),
                },
                "acquisition": {
                    "referrer": if a[0].is_empty() { json!("Direct/None") } else { json!(a[0]) },
                    "channel": or_null(&a[1]),
                    "utm_source": or_null(&a[2]), "utm_medium": or_null(&a[3]), "utm_campaign": or_null(&a[4]),
                    "utm_term": or_null(&a[5]), "utm_content": or_null(&a[6]),
                    "ref": or_null(&a[7]), "source": or_null(&a[8]), "via": or_null(&a[9]),
                },
            })
        })
        .collect();
    Ok(axum::Json(json!({
        "status": "success",
        "data": data,
        "pagination": {"limit": paging.limit, "offset": paging.offset, "hasMore": more},
    }))
    .into_response())
}

/// How many events a journey shows at most (the most recent ones).
const JOURNEY_LIMIT: u32 = 5_000;

pub async fn get(
    State(state): State<AppState>,
    Path(visitor_id): Path<String>,
    caller: Caller,
    params: QueryParams,
) -> ApiResult<Response> {
    let website = caller.website_api(&state, params.get("websiteId"), Permission::AnalyticsRead, Role::Viewer).await?;
    if !datafast_ingest::pipeline::is_uuid_v4(&visitor_id) {
        return Err(ApiError::bad_request("`visitorId` must be a UUID v4 (the datafast_visitor_id cookie)"));
    }
    let events = datafast_query::journey(state.events.as_ref(), website.id, &visitor_id, JOURNEY_LIMIT).await?;
    let pageviews: Vec<_> = events.iter().filter(|e| e.kind == "pageview").collect();
    let (Some(first_view), Some(last_view)) = (pageviews.first(), pageviews.last()) else {
        return Err(ApiError::not_found("No pageviews found for this visitor on this website"));
    };
    let now = datafast_core::time::now_millis();
    let iso = datafast_core::time::iso_millis;
    let first_session = &first_view.session_id;
    let first_of = |session: &str| events.iter().find(|e| e.session_id == session).map(|e| e.timestamp_ms);
    let current_start = first_of(&last_view.session_id).unwrap_or(last_view.timestamp_ms);
    let first_start = first_of(first_session).unwrap_or(first_view.timestamp_ms);
    let landing = events.iter().find(|e| &e.session_id == first_session).unwrap_or(first_view);
    let p = &landing.params;
    let sessions: std::collections::HashSet<&str> = events.iter().map(|e| e.session_id.as_str()).collect();
    let visit_count = events.iter().map(|e| e.visit_number).max().unwrap_or(0).max(sessions.len() as i64);
    let payments =
        datafast_query::visitor_payments(state.events.as_ref(), website.id, &visitor_id, JOURNEY_LIMIT).await?;
    // Custom goals (tracker and server-side) and the automatic goals of payments, by time.
    let mut goals: Vec<(i64, Value)> = events
        .iter()
        .filter(|e| e.kind == "goal")
        .map(|e| {
            let props: Map<String, Value> = serde_json::from_str(&e.properties).unwrap_or_default();
            let description = props.get("$description").cloned().unwrap_or(Value::Null);
            let server = props.get("$server").is_some();
            (
                e.timestamp_ms,
                json!({"name": e.goal_name, "description": description, "isServer": server, "origin": "manual",
                       "timestamp": iso(e.timestamp_ms)}),
            )
        })
        .collect();
    // Payments give `payment` (new and renewal), `subscription_renewed` and `free_trial`;
    // subscription events stored by the webhooks give the other lifecycle goals.
    let automatic = |at: i64, name: &str| {
        (
            at,
            json!({"name": name, "description": null, "isServer": true, "origin": "payment_provider",
                   "timestamp": iso(at)}),
        )
    };
    for p in &payments {
        let names: &[&str] = match p.kind.as_str() {
            "new" => &["payment"],
            "renewal" => &["payment", "subscription_renewed"],
            "free_trial" => &["free_trial"],
            _ => continue,
        };
        goals.extend(names.iter().map(|name| automatic(p.timestamp_ms, name)));
    }
    let lifecycle =
        datafast_query::visitor_provider_goals(state.events.as_ref(), website.id, &visitor_id, JOURNEY_LIMIT).await?;
    goals.extend(lifecycle.iter().map(|g| automatic(g.timestamp_ms, &g.name)));
    goals.sort_by_key(|(t, _)| *t);
    let completed: Vec<Value> = goals.into_iter().map(|(_, g)| g).collect();
    let identifies: Vec<&datafast_query::JourneyEvent> = events.iter().filter(|e| e.kind == "identify").collect();
    let profile = identifies.last().map(|latest| {
        let mut metadata = super::identify::merge_profile(identifies.iter().map(|e| e.properties.as_str()));
        let user_id = metadata.remove("user_id").unwrap_or(Value::Null);
        json!({"userId": user_id, "metadata": metadata, "identifiedAt": iso(latest.timestamp_ms)})
    });
    let rates = datafast_core::fx::rates();
    let payment_items: Vec<Value> = payments
        .iter()
        .map(|p| {
            let value = rates.convert(p.amount(), &p.currency, &website.currency, p.timestamp_ms);
            json!({
                "transactionId": p.transaction_id,
                "type": p.kind,
                "amount": super::money::number(p.amount()),
                "currency": p.currency,
                "value": value.map(|v| super::money::number(super::money::round_money(&website, v))),
                "valueCurrency": website.currency,
                "timestamp": iso(p.timestamp_ms),
            })
        })
        .collect();
    let is_customer = payments.iter().any(|p| p.kind == "new" || p.kind == "renewal");
    // The click ids of every landing, the most recent value of each id winning (the click that
    // brought the visitor last is the one an ad platform attributes); the latest window size.
    let mut ad_click_ids = Map::new();
    for e in events.iter().filter(|e| !e.ad_click_ids.is_empty()) {
        if let Ok(Value::Object(ids)) = serde_json::from_str::<Value>(&e.ad_click_ids) {
            ad_click_ids.extend(ids);
        }
    }
    let viewport = match pageviews.iter().rev().find_map(|e| e.viewport) {
        Some((width, height)) => json!({"width": width, "height": height}),
        None => json!({"width": null, "height": null}),
    };
    let mut data = json!({
        "visitorId": visitor_id,
        "identity": {
            "country": or_null(&last_view.country),
            "countryCode": or_null(&last_view.country),
            "region": or_null(&last_view.region),
            "city": or_null(&last_view.city),
            "params": {
                "ref": or_null(&p[0]), "source": or_null(&p[1]), "via": or_null(&p[2]),
                "utm_source": or_null(&p[3]), "utm_medium": or_null(&p[4]), "utm_campaign": or_null(&p[5]),
                "utm_content": or_null(&p[6]), "utm_term": or_null(&p[7]),
            },
            "adClickIds": ad_click_ids,
            "browser": {"name": or_null(&last_view.browser), "version": or_null(&last_view.browser_version)},
            "os": {"name": or_null(&last_view.os), "version": or_null(&last_view.os_version)},
            "device": {"type": or_null(&last_view.device), "vendor": null, "model": null},
            "viewport": viewport,
        },
        "activity": {
            "visitCount": visit_count,
            "pageViewCount": pageviews.len(),
            "timeSinceFirstVisit": now - first_start,
            "timeSinceCurrentVisit": now - current_start,
            "firstVisitAt": iso(first_start),
            "lastVisitAt": iso(current_start),
            "currentUrl": format!("{}{}", last_view.hostname, last_view.pathname),
            "visitedPages": pageviews.iter().map(|e| json!({
                "url": format!("{}{}", e.hostname, e.pathname), "timestamp": iso(e.timestamp_ms)
            })).collect::<Vec<_>>(),
            "completedGoals": completed,
        },
        "isCustomer": is_customer,
        "payments": payment_items,
        "prediction": null,
    });
    if let Some(profile) = profile {
        data["profile"] = profile;
    }
    Ok(axum::Json(json!({"status": "success", "data": data})).into_response())
}
