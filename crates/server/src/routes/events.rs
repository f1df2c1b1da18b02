//! `POST /api/events`: what the tracker script and the npm SDK send, one event per request.
//! Answered 200 only once the event is durable in the spool; 503 with `Retry-After` when
//! ingestion is behind; CORS open to every origin because the script posts cross-site.

use std::net::{IpAddr, SocketAddr};

use axum::body::{to_bytes, Body};
use axum::extract::{ConnectInfo, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use datafast_ingest::pipeline::{Drop, Outcome, RequestContext, TrackerPayload};
use datafast_ingest::SubmitError;
use serde_json::json;

use crate::error::{ApiError, ApiResult};
use crate::rate_limit::{client_bucket, set_headers, too_many_requests};
use crate::{AppState, IpNet};

/// One event is a few hundred bytes; 64 KiB leaves room for long URLs and parameters.
const MAX_EVENT_BYTES: usize = 64 * 1024;

/// The client's address: the socket peer, unless the peer is a trusted proxy, in which case
/// the first of `x-datafast-real-ip`, `X-Real-IP`, the first `X-Forwarded-For` entry.
pub fn client_ip(peer: IpAddr, headers: &HeaderMap, trusted: &[IpNet]) -> IpAddr {
    if !trusted.iter().any(|net| net.contains(peer)) {
        return peer;
    }
    let header_ip = |name: &str| {
        headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.split(',').next())
            .and_then(|v| v.trim().parse::<IpAddr>().ok())
    };
    header_ip("x-datafast-real-ip")
        .or_else(|| header_ip("x-real-ip"))
        .or_else(|| header_ip("x-forwarded-for"))
        .unwrap_or(peer)
}

pub async fn ingest(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    body: Body,
) -> ApiResult<Response> {
    let ip = client_ip(peer.ip(), &headers, &state.config.trusted_proxies);
    // Per client address first, before any work on the body.
    let mut limits = Vec::new();
    if let Some(limiter) = &state.rate_limiters.ingest_ip {
        let decision = limiter.check(client_bucket(ip));
        if !decision.allowed {
            return Ok(too_many_requests(&decision, "from this address"));
        }
        limits.push(decision);
    }
    let too_large = || ApiError::new(StatusCode::PAYLOAD_TOO_LARGE, format!("Event exceeds {MAX_EVENT_BYTES} bytes"));
    let bytes = to_bytes(body, MAX_EVENT_BYTES).await.map_err(|_| too_large())?;
    // Any content type is read as JSON: beacons and some proxies send text/plain.
    let payload: TrackerPayload =
        serde_json::from_slice(&bytes).map_err(|e| ApiError::bad_request(format!("Invalid event: {e}")))?;
    // Then per website, so one site's flood is cut off without touching the others. Unknown
    // websites are left to the pipeline (404).
    if let (Some(limiter), Some(raw_id)) =
        (&state.rate_limiters.ingest_website, payload.website_id.as_deref().filter(|id| !id.is_empty()))
    {
        if let Some(website) = state.pipeline.resolve_website(raw_id).await? {
            let decision = limiter.check(website.id);
            if !decision.allowed {
                return Ok(too_many_requests(&decision, "for this website"));
            }
            limits.push(decision);
        }
    }
    let mut response = accept(&state, payload, ip, &headers).await.unwrap_or_else(IntoResponse::into_response);
    // The headers report the tighter of the two limits.
    if let Some(tightest) = limits.iter().min_by_key(|d| d.remaining) {
        set_headers(response.headers_mut(), tightest);
    }
    Ok(response)
}

async fn accept(state: &AppState, payload: TrackerPayload, ip: IpAddr, headers: &HeaderMap) -> ApiResult<Response> {
    let ctx = RequestContext {
        ip: Some(ip),
        user_agent: headers.get(header::USER_AGENT).and_then(|v| v.to_str().ok()).unwrap_or("").to_string(),
        received_at_ms: datafast_core::time::now_millis(),
    };
    let cookieless = payload.cookieless.unwrap_or(false);
    match state.pipeline.process(payload, &ctx).await? {
        Outcome::Accepted(accepted) => {
            let visitor_id = accepted.visitor_id.clone();
            match state.ingest.submit(vec![accepted.record]).await {
                Ok(()) => {}
                Err(SubmitError::Busy) => return Ok(busy()),
                Err(e) => return Err(ApiError::internal(e)),
            }
            let body = if cookieless {
                json!({ "status": "success", "visitorId": visitor_id })
            } else {
                json!({ "status": "success" })
            };
            Ok(Json(body).into_response())
        }
        Outcome::Dropped(Drop::Invalid(msg)) => Err(ApiError::bad_request(msg)),
        Outcome::Dropped(Drop::UnknownWebsite) => Err(ApiError::not_found("Unknown website: check data-website-id")),
        Outcome::Dropped(Drop::HostnameNotAllowed) => Err(ApiError::forbidden(
            "This hostname is not allowed to send events for this website (see allowedHostnames)",
        )),
        // Deliberate exclusions are not errors for the client: nothing to retry or fix.
        Outcome::Dropped(_) => Ok(Json(json!({ "status": "success" })).into_response()),
    }
}

fn busy() -> Response {
    let mut response =
        ApiError::new(StatusCode::SERVICE_UNAVAILABLE, "Ingestion is catching up; retry shortly").into_response();
    response.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from_static("1"));
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forwarded_addresses_are_believed_only_from_trusted_proxies() {
        let trusted = vec![IpNet::parse("127.0.0.1").unwrap()];
        let mut h = HeaderMap::new();
        h.insert("x-forwarded-for", "203.0.113.5, 10.0.0.1".parse().unwrap());
        let local: IpAddr = "127.0.0.1".parse().unwrap();
        let remote: IpAddr = "198.51.100.7".parse().unwrap();
        assert_eq!(client_ip(local, &h, &trusted), "203.0.113.5".parse::<IpAddr>().unwrap());
        assert_eq!(client_ip(remote, &h, &trusted), remote);
        h.insert("x-datafast-real-ip", "192.0.2.1".parse().unwrap());
        assert_eq!(client_ip(local, &h, &trusted), "192.0.2.1".parse::<IpAddr>().unwrap());
        assert!(IpNet::parse("10.0.0.0/8").unwrap().contains("10.9.8.7".parse().unwrap()));
        assert!(IpNet::parse("300.0.0.0/8").is_none());
    }
}
