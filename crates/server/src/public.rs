//! Public dashboards: who may read a website's analytics, credential or not.
//!
//! A website whose `isPublicDashboardEnabled` is on can be read by anyone through the dashboard
//! read routes (metadata, overview, timeseries, breakdowns, goals, realtime, funnels), named by
//! `?websiteId=` (or the path for the funnel list). Nothing else is ever public: visitors and
//! their profiles, notes, goal property values, settings, keys, team and every write keep
//! requiring a credential. The public view also leaves out what identifies a person (names,
//! emails, visitor ids, event data) and, unless `isPublicDataEnabled` is on, every revenue figure.
//!
//! A request without a credential for a website that is not public gets exactly the 401 a
//! request without a credential always gets, so nobody learns whether the id exists. A
//! credential that would be refused on a public website (someone logged in to another account
//! opening a share link) reads the public view instead of a 403; on any other website its
//! refusal stands unchanged. Anonymous reads are rate-limited per client IP (`public` limiter)
//! on top of the per-IP limit every request without a credential already has.

use std::net::{IpAddr, SocketAddr};

use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::header::AUTHORIZATION;
use axum::http::request::Parts;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use datafast_core::website::Website;
use datafast_core::{ObjectId, Permission, Role};

use crate::auth::{self, Caller};
use crate::error::{ApiError, ApiResult};
use crate::rate_limit::{client_bucket, too_many_requests};
use crate::AppState;

/// What a reader is shown of the website it passed the gate for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    /// A credential with its role on the website: everything the route returns.
    Full,
    /// Anyone, through the public dashboard; `revenue` is `isPublicDataEnabled`.
    Public { revenue: bool },
}

impl View {
    /// Whether revenue figures (revenue, payments, revenue per visitor, conversion rate) may
    /// appear in the answer.
    pub fn shows_revenue(self) -> bool {
        matches!(self, View::Full | View::Public { revenue: true })
    }
}

/// The caller of a dashboard read route: a credential when the request carries a valid one,
/// otherwise nobody (who may still read a public dashboard).
#[derive(Debug, Clone)]
pub struct Reader {
    caller: Option<Caller>,
}

impl From<Caller> for Reader {
    fn from(caller: Caller) -> Self {
        Reader { caller: Some(caller) }
    }
}

fn no_credential() -> ApiError {
    ApiError::unauthorized("Missing API key: send it as Authorization: Bearer <key>")
}

impl FromRequestParts<AppState> for Reader {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Response> {
        if let Some(caller) = parts.extensions.get::<Caller>() {
            return Ok(Reader { caller: Some(caller.clone()) });
        }
        // A wrong bearer secret stays a 401: its sender meant to use it.
        if parts.headers.contains_key(AUTHORIZATION) {
            return auth::authenticate(parts, state).await.map(Reader::from).map_err(IntoResponse::into_response);
        }
        match crate::sessions::authenticate_cookie(parts, state).await {
            Ok(Some(caller)) => return Ok(Reader::from(caller)),
            // No cookie, or a session that expired: the browser reads like anyone else.
            Ok(None) => {}
            Err(e) if e.status == StatusCode::UNAUTHORIZED => {}
            Err(e) => return Err(e.into_response()),
        }
        if let Some(limiter) = state.rate_limiters.public.as_ref() {
            let decision = limiter.check(client_bucket(peer_ip(parts, state)));
            if !decision.allowed {
                return Err(too_many_requests(&decision, "from this address for public dashboards"));
            }
        }
        Ok(Reader { caller: None })
    }
}

fn peer_ip(parts: &Parts, state: &AppState) -> IpAddr {
    let peer =
        parts.extensions.get::<ConnectInfo<SocketAddr>>().map(|c| c.0.ip()).unwrap_or(IpAddr::from([0, 0, 0, 0]));
    crate::routes::client_ip(peer, &parts.headers, &state.config.trusted_proxies)
}

impl Reader {
    /// `Caller::website_api` for a dashboard read, falling back to the public view.
    pub async fn website_api(
        &self,
        state: &AppState,
        website_id_param: Option<&str>,
        permission: Permission,
        needed: Role,
    ) -> ApiResult<(Website, View)> {
        let Some(caller) = &self.caller else {
            return public_website(state, website_id_param).await?.ok_or_else(no_credential);
        };
        match caller.website_api(state, website_id_param, permission, needed).await {
            Ok(website) => Ok((website, View::Full)),
            Err(refused) => fall_back_to_public(state, website_id_param, refused).await,
        }
    }

    /// `Caller::website` (the website id in the path) for a dashboard read.
    pub async fn website(
        &self,
        state: &AppState,
        raw_id: &str,
        permission: Permission,
        needed: Role,
    ) -> ApiResult<(Website, View)> {
        let Some(caller) = &self.caller else {
            return public_website(state, Some(raw_id)).await?.ok_or_else(no_credential);
        };
        match caller.website(state, raw_id, permission, needed).await {
            Ok(website) => Ok((website, View::Full)),
            Err(refused) => fall_back_to_public(state, Some(raw_id), refused).await,
        }
    }
}

/// A refused credential reads a public website's public view; anything else keeps its refusal.
async fn fall_back_to_public(state: &AppState, raw_id: Option<&str>, refused: ApiError) -> ApiResult<(Website, View)> {
    if !matches!(refused.status, StatusCode::FORBIDDEN | StatusCode::NOT_FOUND) {
        return Err(refused);
    }
    public_website(state, raw_id).await?.ok_or(refused)
}

/// The website named by `raw_id` when its dashboard is public, with the view it allows.
async fn public_website(state: &AppState, raw_id: Option<&str>) -> ApiResult<Option<(Website, View)>> {
    let Some(id) = raw_id.and_then(|raw| raw.parse::<ObjectId>().ok()) else {
        return Ok(None);
    };
    let website = state.meta.website(id).await?.filter(|w| w.settings.is_public_dashboard_enabled);
    Ok(website.map(|w| {
        let view = View::Public { revenue: w.settings.is_public_data_enabled };
        (w, view)
    }))
}

/// Fields that carry revenue figures on overview, timeseries and breakdowns.
pub const REVENUE_FIELDS: &[&str] = &["revenue", "payments", "revenue_per_visitor", "conversion_rate"];

/// The requested fields this view may answer with: the public view without public data drops
/// the revenue ones (they are left out of the answer, not zeroed, so nobody reads a 0 as a fact).
pub fn visible_fields(view: View, mut fields: Vec<&'static str>) -> Vec<&'static str> {
    if !view.shows_revenue() {
        fields.retain(|f| !REVENUE_FIELDS.contains(f));
    }
    fields
}

/// Strips the realtime map of everything that points at a person: visitor ids, customer names
/// and emails, identified profiles, event data (custom goal properties), and payments unless
/// revenue is public (then without who paid).
pub fn redact_realtime(view: View, data: &mut serde_json::Value) {
    let View::Public { revenue } = view else { return };
    let strip = |item: &mut serde_json::Value, keys: &[&str]| {
        if let Some(map) = item.as_object_mut() {
            for key in keys {
                map.remove(*key);
            }
        }
    };
    for visitor in data["visitors"].as_array_mut().into_iter().flatten() {
        strip(visitor, &["visitorId", "isCustomer", "customerName", "customerEmail", "profileData"]);
    }
    for event in data["recentEvents"].as_array_mut().into_iter().flatten() {
        strip(event, &["visitorId", "customerName", "displayName", "amount"]);
        event["extraData"] = serde_json::json!({});
    }
    match data["recentPayments"].as_array_mut() {
        Some(payments) if revenue => {
            for payment in payments {
                strip(payment, &["visitorId", "name", "email", "displayName"]);
            }
        }
        Some(payments) => payments.clear(),
        None => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn public_view_without_public_data_drops_revenue_fields_only() {
        let fields = vec!["visitors", "revenue", "sessions", "payments", "conversion_rate"];
        assert_eq!(visible_fields(View::Public { revenue: false }, fields.clone()), ["visitors", "sessions"]);
        assert_eq!(visible_fields(View::Public { revenue: true }, fields.clone()), fields);
        assert_eq!(visible_fields(View::Full, fields.clone()), fields);
    }

    #[test]
    fn realtime_redaction_removes_people_and_unpublished_payments() {
        let sample = json!({
            "visitors": [{"visitorId": "v1", "customerEmail": "a@b.c", "customerName": "A", "isCustomer": true,
                          "profileData": {"userId": "u"}, "currentUrl": "/pricing"}],
            "recentEvents": [{"visitorId": "v1", "path": "/", "extraData": {"email": "a@b.c"}}],
            "recentPayments": [{"visitorId": "v1", "name": "A", "email": "a@b.c", "amount": 9}],
        });
        let mut full = sample.clone();
        redact_realtime(View::Full, &mut full);
        assert_eq!(full, sample);

        let mut public = sample.clone();
        redact_realtime(View::Public { revenue: false }, &mut public);
        assert_eq!(public["visitors"][0], json!({"currentUrl": "/pricing"}));
        assert_eq!(public["recentEvents"][0], json!({"path": "/", "extraData": {}}));
        assert_eq!(public["recentPayments"], json!([]));

        let mut with_revenue = sample;
        redact_realtime(View::Public { revenue: true }, &mut with_revenue);
        assert_eq!(with_revenue["recentPayments"], json!([{"amount": 9}]));
        assert!(!with_revenue.to_string().contains("a@b.c"));
    }
}
