//! Website API analytics reads: metadata, then the event analytics that go through the query
//! planner (`datafast-query`).

use axum::extract::State;
use axum::response::{IntoResponse, Response};
use datafast_core::{Permission, Role};
use serde_json::{json, Map, Value};

use crate::auth::Caller;
use crate::error::{ApiError, ApiResult};
use crate::public::{redact_realtime, visible_fields, Reader, View};
use crate::query::QueryParams;
use crate::respond::{self, or_null};
use crate::AppState;

const METADATA_FIELDS: &[&str] = &["domain", "timezone", "name", "logo", "kpiColorScheme", "kpi", "currency"];

/// Parses `fields=a,b`; absent means all, an unknown name is a 400.
pub fn selected_fields(params: &QueryParams, valid: &'static [&'static str]) -> ApiResult<Vec<&'static str>> {
    let Some(raw) = params.get("fields").filter(|s| !s.trim().is_empty()) else {
        return Ok(valid.to_vec());
    };
    let mut out = Vec::new();
    for name in raw.split(',').map(str::trim).filter(|s| !s.is_empty()) {
        let field = valid.iter().find(|v| **v == name).ok_or_else(|| {
            ApiError::bad_request(format!("Invalid field \"{name}\"; valid fields are {}", valid.join(", ")))
        })?;
        if !out.contains(field) {
            out.push(*field);
        }
    }
    Ok(out)
}

pub async fn metadata(State(state): State<AppState>, reader: Reader, params: QueryParams) -> ApiResult<Response> {
    let (website, _) =
        reader.website_api(&state, params.get("websiteId"), Permission::AnalyticsRead, Role::Viewer).await?;
    let fields = selected_fields(&params, METADATA_FIELDS)?;
    let w = &website;
    let mut item = Map::new();
    for field in fields {
        let value = match field {
            "domain" => json!(w.domain),
            "timezone" => json!(w.timezone),
            "name" => json!(w.name),
            // Logos are not stored yet; DataFast documents the field as nullable.
            "logo" => Value::Null,
            "kpiColorScheme" => json!(w.settings.kpi_color_scheme),
            "kpi" => json!(w.settings.kpi),
            _ => json!(w.currency),
        };
        item.insert(field.to_string(), value);
    }
    Ok(respond::one(Value::Object(item)))
}

// ---- event analytics -----------------------------------------------------------------------

use chrono_tz::Tz;
use datafast_core::query::range::{self, Interval};
use datafast_core::query::{self as q, Paging, QueryError};
use datafast_core::website::Website;
use datafast_query::{Breakdown, Revenue, Scope};

use super::money::{conversion_rate, money, number, per_visitor, revenue_breakdown};

impl From<QueryError> for ApiError {
    fn from(e: QueryError) -> Self {
        ApiError::bad_request(e.0)
    }
}

/// The website, its zone, the scope every analytics endpoint starts from, and what the reader
/// may see of it (see public.rs).
pub(super) async fn scoped(
    state: &AppState,
    reader: &Reader,
    params: &QueryParams,
) -> ApiResult<(Website, Tz, Scope, View)> {
    let (website, view) =
        reader.website_api(state, params.get("websiteId"), Permission::AnalyticsRead, Role::Viewer).await?;
    let (tz, scope) = scope_of(&website, params)?;
    Ok((website, tz, scope, view))
}

/// The zone and scope (range, filters) the parameters ask for on `website`.
fn scope_of(website: &Website, params: &QueryParams) -> ApiResult<(Tz, Scope)> {
    let tz = range::parse_zone(params.get("timezone").filter(|s| !s.is_empty()).unwrap_or(&website.timezone))?;
    let range = range::resolve_range(params.get("startAt"), params.get("endAt"), tz)?;
    let filters = q::parse_filters(&params.0)?;
    Ok((tz, Scope { website_id: website.id, range, filters }))
}

fn currency_symbol(website: &Website) -> &'static str {
    datafast_core::currency::Currency::parse(&website.currency).map(|c| c.symbol()).unwrap_or("$")
}

fn fields(params: &QueryParams, valid: &'static [&'static str]) -> ApiResult<Vec<&'static str>> {
    Ok(q::parse_fields(params.get("fields"), valid)?)
}

const OVERVIEW_FIELDS: &[&str] = &[
    "visitors",
    "sessions",
    "bounce_rate",
    "avg_session_duration",
    "currency",
    "revenue",
    "payments",
    "revenue_per_visitor",
    "conversion_rate",
];

/// `GET /api/v1/analytics/overview`; the definitions are in docs/metrics.md. Requesting
/// `revenue` also brings `revenueBreakdown`, as on the timeseries.
pub async fn overview(State(state): State<AppState>, reader: Reader, params: QueryParams) -> ApiResult<Response> {
    let (website, _, scope, view) = scoped(&state, &reader, &params).await?;
    let fields = visible_fields(view, fields(&params, OVERVIEW_FIELDS)?);
    let wants_money =
        fields.iter().any(|f| matches!(*f, "revenue" | "payments" | "revenue_per_visitor" | "conversion_rate"));
    // Visitors and revenue are independent reads: asked together, on the event store's two
    // reader connections, the overview waits for the slower one instead of both in turn.
    let events = state.events.as_ref();
    let revenue = async {
        match wants_money {
            true => datafast_query::revenue_totals(events, &scope, &website.currency).await,
            false => Ok(Revenue::default()),
        }
    };
    let (t, r) = tokio::try_join!(datafast_query::totals(events, &scope), revenue)?;
    let mut item = Map::new();
    for f in &fields {
        let v = match *f {
            "visitors" => json!(t.visitors),
            "sessions" => json!(t.sessions),
            "bounce_rate" => json!(t.bounce_rate()),
            "avg_session_duration" => json!(datafast_query::round2(t.avg_session_duration_ms)),
            "currency" => json!(currency_symbol(&website)),
            "revenue" => money(&website, r.revenue()),
            "payments" => json!(r.payments),
            "revenue_per_visitor" => json!(per_visitor(&website, &r, t.visitors)),
            "conversion_rate" => json!(conversion_rate(r.customers, t.visitors)),
            _ => Value::Null,
        };
        item.insert(f.to_string(), v);
    }
    if fields.contains(&"revenue") {
        item.insert("revenueBreakdown".into(), revenue_breakdown(&website, &r));
    }
    Ok(respond::one(Value::Object(item)))
}

const TIMESERIES_FIELDS: &[&str] = &["name", "visitors", "sessions", "revenue", "payments", "conversion_rate"];

/// `GET /api/v1/analytics/timeseries`: buckets in the requested zone, paged over buckets.
pub async fn timeseries(State(state): State<AppState>, reader: Reader, params: QueryParams) -> ApiResult<Response> {
    let (website, tz, mut scope, view) = scoped(&state, &reader, &params).await?;
    if params.get("fields").is_none_or(|f| f.trim().is_empty()) {
        return Err(ApiError::bad_request(format!(
            "`fields` is required; valid fields: {}",
            TIMESERIES_FIELDS.join(", ")
        )));
    }
    let fields = visible_fields(view, fields(&params, TIMESERIES_FIELDS)?);
    let requested = Interval::parse(
        params
            .get("interval")
            .ok_or_else(|| ApiError::bad_request("`interval` is required (hour, day, week, month)"))?,
    )?;
    let window = match scope.range {
        Some(r) => r,
        None => range::default_window(requested, tz, datafast_core::time::now_millis()),
    };
    scope.range = Some(window);
    let interval = range::effective_interval(requested, window, tz);
    let paging = q::parse_paging(params.get("limit"), params.get("offset"), 1000)?;
    let all = range::buckets(window, interval, tz);
    let page: Vec<_> = all.iter().skip(paging.offset as usize).take(paging.limit as usize).cloned().collect();
    let (segments, keys) = match page.first().zip(page.last()) {
        Some((f, l)) => (
            range::offset_segments(tz, q::TimeRange { start_ms: f.start_ms, end_ms: l.end_ms }),
            range::bucket_keys(tz, interval, &page),
        ),
        None => (Vec::new(), Vec::new()),
    };
    let plan = datafast_query::BucketPlan {
        interval,
        sessions: fields.contains(&"sessions"),
        segments: &segments,
        keys: &keys,
    };
    let wants_revenue = fields.contains(&"revenue");
    let wants_money = fields.iter().any(|f| matches!(*f, "revenue" | "payments" | "conversion_rate"));
    let events = state.events.as_ref();
    // Revenue buckets only over the page shown; totals over the whole range.
    let page_scope = match page.first().zip(page.last()) {
        Some((f, l)) => Scope {
            range: scope
                .range
                .map(|r| q::TimeRange { start_ms: r.start_ms.max(f.start_ms), end_ms: r.end_ms.min(l.end_ms) }),
            ..scope.clone()
        },
        None => scope.clone(),
    };
    // Visitors and revenue are independent reads, asked together (as in the overview).
    let revenue = async {
        match wants_money {
            // The page is the whole range (the usual case): buckets and totals in one read.
            true if page_scope.range == scope.range => {
                datafast_query::revenue_buckets_and_totals(events, &scope, &website.currency, &plan).await
            }
            true => tokio::try_join!(
                datafast_query::revenue_buckets(events, &page_scope, &website.currency, &plan),
                datafast_query::revenue_totals(events, &scope, &website.currency)
            ),
            false => Ok((Default::default(), Revenue::default())),
        }
    };
    let (series, (by_bucket, total_revenue)) =
        tokio::try_join!(datafast_query::timeseries(events, &scope, &page, plan.clone()), revenue)?;
    let (counts, (total_visitors, total_sessions)) = (series.buckets, series.totals);
    let mut data = Vec::with_capacity(page.len());
    for ((bucket, (visitors, sessions)), key) in page.iter().zip(counts).zip(keys.iter()) {
        let r = by_bucket.get(key).copied().unwrap_or_default();
        let mut row = Map::new();
        for f in &fields {
            match *f {
                "visitors" => row.insert("visitors".into(), json!(visitors)),
                "sessions" => row.insert("sessions".into(), json!(sessions)),
                "revenue" => row.insert("revenue".into(), money(&website, r.revenue())),
                "payments" => row.insert("payments".into(), json!(r.payments)),
                "conversion_rate" => row.insert("conversion_rate".into(), json!(per_visitor(&website, &r, visitors))),
                _ => None,
            };
        }
        if wants_revenue {
            row.insert("payments".into(), json!(r.payments));
            row.insert("revenueBreakdown".into(), revenue_breakdown(&website, &r));
        }
        row.insert("name".into(), json!(bucket.name));
        row.insert("timestamp".into(), json!(bucket.timestamp));
        data.push(Value::Object(row));
    }
    let mut total = Map::new();
    for f in &fields {
        match *f {
            "visitors" => total.insert("visitors".into(), json!(total_visitors)),
            "sessions" => total.insert("sessions".into(), json!(total_sessions)),
            "revenue" => total.insert("revenue".into(), money(&website, total_revenue.revenue())),
            "payments" => total.insert("payments".into(), json!(total_revenue.payments)),
            "conversion_rate" => {
                total.insert("conversion_rate".into(), json!(per_visitor(&website, &total_revenue, total_visitors)))
            }
            _ => None,
        };
    }
    if wants_revenue {
        total.insert("payments".into(), json!(total_revenue.payments));
        total.insert("revenueBreakdown".into(), revenue_breakdown(&website, &total_revenue));
    }
    let body = json!({
        "status": "success",
        "fields": fields,
        "interval": interval.as_str(),
        "timezone": tz.name(),
        "currency": if wants_revenue { json!(currency_symbol(&website)) } else { Value::Null },
        "totals": total,
        "data": data,
        "pagination": {"limit": paging.limit, "offset": paging.offset, "total": all.len()},
    });
    Ok(axum::Json(body).into_response())
}

/// How a breakdown's rows look: its path, grouping, key field names and valid fields.
struct BreakdownSpec {
    by: Breakdown,
    keys: &'static [&'static str],
    valid: &'static [&'static str],
}

const CAMPAIGN_KEYS: &[&str] =
    &["utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content", "ref", "source", "via"];

fn spec(path: &str) -> Option<BreakdownSpec> {
    let s = |by, keys, valid| Some(BreakdownSpec { by, keys, valid });
    match path {
        "pages" => s(Breakdown::Pages, &["hostname", "path"], &["hostname", "path", "visitors", "revenue", "payments"]),
        "referrers" => s(Breakdown::Referrers, &["referrer"], &["referrer", "visitors", "revenue", "payments"]),
        "countries" => s(Breakdown::Countries, &["country"], &["country", "image", "visitors", "revenue", "payments"]),
        "regions" => s(Breakdown::Regions, &["region"], &["region", "visitors", "revenue", "payments"]),
        "cities" => s(Breakdown::Cities, &["city"], &["city", "visitors", "revenue", "payments"]),
        "devices" => s(Breakdown::Devices, &["device"], &["device", "visitors", "revenue", "payments"]),
        "browsers" => s(Breakdown::Browsers, &["browser"], &["browser", "visitors", "revenue", "payments"]),
        "operating-systems" => s(
            Breakdown::OperatingSystems,
            &["operating_system"],
            &["operating_system", "visitors", "revenue", "payments"],
        ),
        "hostnames" => s(Breakdown::Hostnames, &["hostname"], &["hostname", "visitors", "revenue", "payments"]),
        "campaigns" => s(
            Breakdown::Campaigns,
            CAMPAIGN_KEYS,
            &[
                "utm_source",
                "utm_medium",
                "utm_campaign",
                "utm_term",
                "utm_content",
                "ref",
                "source",
                "via",
                "visitors",
                "revenue",
                "payments",
            ],
        ),
        "exit-clicks" => s(Breakdown::ExitClicks, &["url"], &["url", "visitors", "clicks"]),
        // datafast extensions, for the dashboard's channel and entry-page rows
        "channels" => s(Breakdown::Channels, &["channel"], &["channel", "visitors", "revenue", "payments"]),
        "entry-pages" => {
            s(Breakdown::EntryPages, &["hostname", "path"], &["hostname", "path", "visitors", "revenue", "payments"])
        }
        _ => None,
    }
}

/// Display value of a stored key: empty means direct traffic for referrers, unknown otherwise.
fn display(by: Breakdown, raw: &str) -> String {
    match (by, raw) {
        (Breakdown::Referrers, "") => "Direct/None".into(),
        (Breakdown::Countries, code) if !code.is_empty() => {
            datafast_core::country::name(code).map(String::from).unwrap_or_else(|| code.to_string())
        }
        (
            Breakdown::Campaigns
            | Breakdown::Pages
            | Breakdown::EntryPages
            | Breakdown::Hostnames
            | Breakdown::ExitClicks,
            v,
        ) => v.to_string(),
        (_, "") => "Unknown".into(),
        (_, v) => v.to_string(),
    }
}

/// `GET /api/v1/analytics/{pages,referrers,countries,…}`: rows by visitors, descending.
pub async fn breakdown(
    State(state): State<AppState>,
    axum::extract::Path(path): axum::extract::Path<String>,
    reader: Reader,
    params: QueryParams,
) -> ApiResult<Response> {
    let Some(spec) = spec(&path) else {
        return Err(ApiError::not_found("Route not found"));
    };
    let (website, _, scope, view) = scoped(&state, &reader, &params).await?;
    let fields = visible_fields(view, fields(&params, spec.valid)?);
    let paging = q::parse_paging(params.get("limit"), params.get("offset"), 1000)?;
    let wants_money = fields.iter().any(|f| matches!(*f, "revenue" | "payments"));
    let currency = wants_money.then_some(website.currency.as_str());
    let (rows, total) = datafast_query::breakdown(state.events.as_ref(), &scope, spec.by, paging, currency).await?;
    let data: Vec<Value> = rows
        .into_iter()
        .map(|r| {
            let mut item = Map::new();
            let mut campaign = Map::new();
            for f in &fields {
                if let Some(i) = spec.keys.iter().position(|k| k == f) {
                    let v = display(spec.by, &r.keys[i]);
                    if spec.by == Breakdown::Campaigns {
                        campaign.insert(f.to_string(), json!(v));
                    } else {
                        item.insert(f.to_string(), json!(v));
                    }
                    continue;
                }
                let v = match *f {
                    "image" => match r.keys[0].as_str() {
                        "" => Value::Null,
                        code => json!(datafast_core::country::flag_url(code)),
                    },
                    "visitors" => json!(r.visitors),
                    "clicks" => json!(r.events),
                    "revenue" => money(&website, r.revenue.revenue()),
                    "payments" => json!(r.revenue.payments),
                    _ => Value::Null,
                };
                item.insert(f.to_string(), v);
            }
            if spec.by == Breakdown::Campaigns {
                let mut ordered = Map::new();
                ordered.insert("campaign".into(), Value::Object(campaign));
                ordered.extend(item);
                return Value::Object(ordered);
            }
            Value::Object(item)
        })
        .collect();
    Ok(paged(data, paging, total))
}

fn paged(data: Vec<Value>, paging: Paging, total: i64) -> Response {
    axum::Json(json!({
        "status": "success",
        "data": data,
        "pagination": {"limit": paging.limit, "offset": paging.offset, "total": total},
    }))
    .into_response()
}

/// `GET /api/v1/analytics/goals`: custom goals by completions; `fields=name` answers as `goal`.
pub async fn goals(State(state): State<AppState>, reader: Reader, params: QueryParams) -> ApiResult<Response> {
    let (_, _, scope, _) = scoped(&state, &reader, &params).await?;
    let fields = fields(&params, &["name", "completions", "visitors"])?;
    let paging = q::parse_paging(params.get("limit"), params.get("offset"), 1000)?;
    let (rows, total) =
        datafast_query::breakdown(state.events.as_ref(), &scope, Breakdown::Goals, paging, None).await?;
    let data = rows
        .into_iter()
        .map(|r| {
            let mut item = Map::new();
            for f in &fields {
                match *f {
                    "name" => item.insert("goal".into(), json!(r.keys[0])),
                    "completions" => item.insert("completions".into(), json!(r.events)),
                    _ => item.insert("visitors".into(), json!(r.visitors)),
                };
            }
            Value::Object(item)
        })
        .collect();
    Ok(paged(data, paging, total))
}

/// The realtime window: visitors with a pageview in the last 10 minutes (DataFast's current
/// documentation for both realtime endpoints).
const REALTIME_WINDOW_MS: i64 = 10 * 60 * 1000;

/// `GET /api/v1/analytics/realtime`: ignores dates and filters; `fields` may only name visitors.
pub async fn realtime(State(state): State<AppState>, reader: Reader, params: QueryParams) -> ApiResult<Response> {
    let (website, _) =
        reader.website_api(&state, params.get("websiteId"), Permission::AnalyticsRead, Role::Viewer).await?;
    fields(&params, &["visitors"])?;
    let since = datafast_core::time::now_millis() - REALTIME_WINDOW_MS;
    let visitors = datafast_query::active_visitors(state.events.as_ref(), website.id, since).await?;
    Ok(respond::one(json!({ "visitors": visitors })))
}

/// A stable 24-hex id for an event (events have no stored id): the feed's `_id`.
fn event_id(e: &datafast_query::RecentEvent) -> String {
    use sha2::{Digest, Sha256};
    let digest = Sha256::new()
        .chain_update(&e.visitor_id)
        .chain_update(&e.session_id)
        .chain_update(e.timestamp_ms.to_le_bytes())
        .chain_update(&e.kind)
        .chain_update(&e.path)
        .chain_update(&e.goal_name)
        .finalize();
    hex::encode(&digest[..12])
}

/// `GET /api/v1/analytics/realtime/map`: who is on the site now, the latest events, payments.
/// The public view of it is redacted (`public::redact_realtime`).
pub async fn realtime_map(State(state): State<AppState>, reader: Reader, params: QueryParams) -> ApiResult<Response> {
    let (website, view) =
        reader.website_api(&state, params.get("websiteId"), Permission::AnalyticsRead, Role::Viewer).await?;
    let now = datafast_core::time::now_millis();
    let since = now - REALTIME_WINDOW_MS;
    let live = datafast_query::live_visitors(state.events.as_ref(), website.id, since, 500).await?;
    let recent = datafast_query::recent_events(state.events.as_ref(), website.id, since, 50).await?;
    let payments = datafast_query::recent_payments(state.events.as_ref(), website.id, since, now, 50).await?;
    let live_ids: Vec<String> = live.iter().map(|v| v.visitor_id.clone()).collect();
    let customers = datafast_query::customers(state.events.as_ref(), website.id, &live_ids).await?;
    let iso = datafast_core::time::iso_millis;
    let mut names: std::collections::HashMap<&str, Value> = Default::default();
    let visitors: Vec<Value> = live
        .iter()
        .map(|v| {
            let identity = super::identify::merge_profile(v.identity.split(super::identify::IDENTITY_SEPARATOR));
            let customer = customers.get(&v.visitor_id);
            let display_name = identity.get("name").and_then(Value::as_str).filter(|s| !s.is_empty());
            let user_id = identity.get("user_id").and_then(Value::as_str);
            if let Some(name) = display_name {
                names.insert(v.visitor_id.as_str(), json!(name));
            }
            let p = &v.params;
            json!({
                "visitorId": v.visitor_id,
                "location": {"city": or_null(&v.city), "region": or_null(&v.region), "countryCode": or_null(&v.country)},
                "system": {
                    "browser": {"name": or_null(&v.browser)},
                    "os": {"name": or_null(&v.os)},
                    "device": {"type": or_null(&v.device)},
                },
                "currentUrl": v.path,
                "referrer": or_null(&v.referrer),
                "sessionStartTime": iso(v.session_start_ms),
                "visitCount": v.visit_number,
                "params": {
                    "ref": or_null(&p[0]), "source": or_null(&p[1]), "via": or_null(&p[2]),
                    "utm_source": or_null(&p[3]), "utm_medium": or_null(&p[4]), "utm_campaign": or_null(&p[5]),
                    "utm_content": or_null(&p[6]), "utm_term": or_null(&p[7]),
                },
                "latitude": v.latitude,
                "longitude": v.longitude,
                "isCustomer": customer.is_some(),
                "customerName": customer.map(|c| or_null(&c.0)).unwrap_or(Value::Null),
                "customerEmail": customer.map(|c| or_null(&c.1)).unwrap_or(Value::Null),
                "profileData": {
                    "displayName": display_name,
                    "userId": user_id,
                    "hasProfile": !identity.is_empty(),
                    "isRandomName": display_name.is_none(),
                },
            })
        })
        .collect();
    let events: Vec<Value> = recent
        .iter()
        .map(|e| {
            let mut extra: Map<String, Value> = serde_json::from_str(&e.properties).unwrap_or_default();
            // `$` keys are the server's own markers (server-side goals), not event data.
            extra.retain(|k, _| !k.starts_with('$'));
            let kind = match e.kind.as_str() {
                "goal" => {
                    extra.insert("eventName".into(), json!(e.goal_name));
                    "custom"
                }
                other => other,
            };
            json!({
                "_id": event_id(e),
                "type": kind,
                "visitorId": e.visitor_id,
                "timestamp": iso(e.timestamp_ms),
                "path": e.path,
                "countryCode": or_null(&e.country),
                "extraData": extra,
                "referrer": or_null(&e.referrer),
                "customerName": null,
                "amount": null,
                "displayName": null,
            })
        })
        .collect();
    let mut data = json!({
            "count": visitors.len(),
            "visitors": visitors,
            "hasConversionPredictions": false,
            "recentEvents": events,
            "recentPayments": payments.iter().map(|p| json!({
                "_id": p.id,
                "type": "payment_received",
                "timestamp": iso(p.timestamp_ms),
                "visitorId": or_null(&p.visitor_id),
                "name": or_null(&p.customer_name),
                "email": or_null(&p.customer_email),
                "amount": number(p.amount()),
                "currency": p.currency,
                "renewal": p.kind == "renewal",
                "displayName": names.get(p.visitor_id.as_str()).cloned().unwrap_or(Value::Null),
                "isNew": p.kind == "new",
                "visible": true,
            })).collect::<Vec<_>>(),
    });
    redact_realtime(view, &mut data);
    Ok(axum::Json(json!({ "status": "success", "data": data })).into_response())
}

/// `GET /api/v1/analytics/goals/properties?eventName=…[&propertyName=…]`: a goal's property
/// names, or the values of one property, with completions and visitors.
pub async fn goal_properties(
    State(state): State<AppState>,
    caller: Caller,
    params: QueryParams,
) -> ApiResult<Response> {
    // Property values are whatever sites send with goals (emails, order ids): never public.
    let website = caller.website_api(&state, params.get("websiteId"), Permission::AnalyticsRead, Role::Viewer).await?;
    let (_, scope) = scope_of(&website, &params)?;
    let goal = params
        .get("eventName")
        .map(str::trim)
        .filter(|g| !g.is_empty())
        .ok_or_else(|| ApiError::bad_request("`eventName` is required"))?;
    let property = params.get("propertyName").map(str::trim).filter(|p| !p.is_empty());
    let paging = q::parse_paging(params.get("limit"), params.get("offset"), 1000)?;
    let (rows, total) = datafast_query::goal_properties(state.events.as_ref(), &scope, goal, property, paging).await?;
    let key = if property.is_some() { "value" } else { "property" };
    let data =
        rows.into_iter().map(|r| json!({ key: r.keys[0], "completions": r.events, "visitors": r.visitors })).collect();
    Ok(paged(data, paging, total))
}
