//! Rate limits. Three independent limiters, each a GCRA (generic cell rate algorithm: a token
//! bucket stored as one "theoretical arrival time" per key) that admits `limit` requests per
//! minute with a burst of the whole minute's quota:
//!
//! - the API (`/api/v1/...`), per credential (`dft_` token or `df_` key; requests without a
//!   valid credential per client IP);
//! - ingestion (`POST /api/events`) per client IP and, separately, per website, so one noisy
//!   client or one noisy site cannot starve the others;
//! - public dashboard reads without a credential, per client IP (`public.rs`): they run
//!   analytics queries for anyone, so they get a lower quota than a credential.
//! - crawler-hit ingestion (`POST /api/bot-traffic`) the same way, with its own quotas: per
//!   client IP before any work, per website (= per `dfbot_` token) once the hit is
//!   authenticated, so requests that fail the token check never use up a website's quota.
//! - provider webhooks (`POST /api/webhooks/...`) per website.
//!
//! Memory is bounded: each limiter holds at most `MAX_KEYS` keys in shards. A full shard drops
//! the keys whose bucket is full again (they are indistinguishable from new keys), at most once
//! a second so a flood of new keys cannot make every request scan the shard; otherwise it drops
//! an arbitrary key, which at worst hands that key a fresh burst.

use std::collections::hash_map::RandomState;
use std::collections::HashMap;
use std::hash::{BuildHasher, Hash};
use std::net::{IpAddr, Ipv6Addr, SocketAddr};
use std::sync::{Arc, Mutex};
use std::time::Instant;

use axum::extract::{ConnectInfo, Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use datafast_core::access::Credential;
use datafast_core::ObjectId;

use crate::auth;
use crate::error::ApiError;
use crate::AppState;

const SHARDS: usize = 16;
const MAX_KEYS: usize = 100_000;
const MINUTE_NS: u64 = 60_000_000_000;
const SWEEP_EVERY_NS: u64 = 1_000_000_000;

/// Requests per minute for each limiter; 0 turns a limiter off.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RateLimitConfig {
    pub api_per_minute: u32,
    pub ingest_per_ip_per_minute: u32,
    pub ingest_per_website_per_minute: u32,
    pub public_per_ip_per_minute: u32,
    pub bot_ingest_per_ip_per_minute: u32,
    pub bot_ingest_per_website_per_minute: u32,
    pub webhook_per_website_per_minute: u32,
}

impl Default for RateLimitConfig {
    fn default() -> Self {
        RateLimitConfig {
            api_per_minute: 600,
            ingest_per_ip_per_minute: 1_200,
            ingest_per_website_per_minute: 60_000,
            // A public dashboard load is about twenty reads; this allows a dozen loads a minute.
            public_per_ip_per_minute: 240,
            bot_ingest_per_ip_per_minute: 12_000,
            bot_ingest_per_website_per_minute: 6_000,
            // Generous: a subscription business's renewals can arrive in bursts at the start
            // of a billing period.
            webhook_per_website_per_minute: 1_200,
        }
    }
}

/// The outcome of one check, with what the `X-RateLimit-*` headers report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Decision {
    pub allowed: bool,
    pub limit: u32,
    /// Requests still admitted right now.
    pub remaining: u32,
    /// Seconds until the whole quota is available again.
    pub reset_secs: u64,
    /// Seconds until the next request is admitted (0 when allowed).
    pub retry_after_secs: u64,
}

pub struct Limiter<K> {
    limit: u32,
    /// Time one request "costs": a minute divided by the limit.
    cost_ns: u64,
    shards: Vec<Mutex<Shard<K>>>,
    hasher: RandomState,
    start: Instant,
}

/// Keys and their theoretical arrival time (ns since the limiter started).
struct Shard<K> {
    tat: HashMap<K, u64>,
    last_sweep: Option<u64>,
}

impl<K: Hash + Eq + Clone> Shard<K> {
    /// Makes room for one more key.
    fn make_room(&mut self, now: u64) {
        if self.last_sweep.is_none_or(|at| now.saturating_sub(at) >= SWEEP_EVERY_NS) {
            self.last_sweep = Some(now);
            self.tat.retain(|_, t| *t > now);
        }
        if self.tat.len() >= MAX_KEYS / SHARDS {
            if let Some(victim) = self.tat.keys().next().cloned() {
                self.tat.remove(&victim);
            }
        }
    }
}

fn ceil_secs(ns: u64) -> u64 {
    ns.div_ceil(1_000_000_000)
}

impl<K: Hash + Eq + Clone> Limiter<K> {
    pub fn new(limit_per_minute: u32) -> Self {
        let limit = limit_per_minute.max(1);
        Limiter {
            limit,
            cost_ns: MINUTE_NS / u64::from(limit),
            shards: (0..SHARDS).map(|_| Mutex::new(Shard { tat: HashMap::new(), last_sweep: None })).collect(),
            hasher: RandomState::new(),
            start: Instant::now(),
        }
    }

    pub fn check(&self, key: K) -> Decision {
        let now = self.start.elapsed().as_nanos() as u64;
        self.check_at(key, now)
    }

    fn check_at(&self, key: K, now: u64) -> Decision {
        let window = self.cost_ns * u64::from(self.limit);
        let shard = &self.shards[(self.hasher.hash_one(&key) as usize) % SHARDS];
        let mut shard = shard.lock().unwrap_or_else(|p| p.into_inner());
        let tat = shard.tat.get(&key).copied().unwrap_or(now).max(now);
        let next_tat = tat + self.cost_ns;
        if next_tat - now > window {
            let retry = next_tat - now - window;
            return Decision {
                allowed: false,
                limit: self.limit,
                remaining: 0,
                reset_secs: ceil_secs(tat - now),
                retry_after_secs: ceil_secs(retry).max(1),
            };
        }
        if !shard.tat.contains_key(&key) && shard.tat.len() >= MAX_KEYS / SHARDS {
            shard.make_room(now);
        }
        shard.tat.insert(key, next_tat);
        Decision {
            allowed: true,
            limit: self.limit,
            remaining: ((window - (next_tat - now)) / self.cost_ns) as u32,
            reset_secs: ceil_secs(next_tat - now),
            retry_after_secs: 0,
        }
    }

    #[cfg(test)]
    fn len(&self) -> usize {
        self.shards.iter().map(|s| s.lock().unwrap().tat.len()).sum()
    }
}

/// Who an API request is counted against.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ApiClient {
    Token(ObjectId),
    WebsiteKey(ObjectId),
    Anonymous(IpAddr),
}

/// IPv6 clients are counted per /64, the smallest block an ISP hands a subscriber; otherwise
/// one client could rotate through addresses.
pub fn client_bucket(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V4(_) => ip,
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => IpAddr::V4(v4),
            None => IpAddr::V6(Ipv6Addr::from(u128::from(v6) & !((1u128 << 64) - 1))),
        },
    }
}

pub struct RateLimiters {
    pub api: Option<Limiter<ApiClient>>,
    pub ingest_ip: Option<Limiter<IpAddr>>,
    pub ingest_website: Option<Limiter<ObjectId>>,
    /// Dashboard reads without a credential (public dashboards), per client IP.
    pub public: Option<Limiter<IpAddr>>,
    pub bot_ingest_ip: Option<Limiter<IpAddr>>,
    pub bot_ingest_website: Option<Limiter<ObjectId>>,
    pub webhook_website: Option<Limiter<ObjectId>>,
    /// Failed dashboard logins (always on; see sessions.rs).
    pub login: crate::sessions::LoginGuard,
}

impl RateLimiters {
    pub fn new(config: &RateLimitConfig) -> Arc<Self> {
        fn make<K: Hash + Eq + Clone>(per_minute: u32) -> Option<Limiter<K>> {
            (per_minute > 0).then(|| Limiter::new(per_minute))
        }
        Arc::new(RateLimiters {
            api: make(config.api_per_minute),
            ingest_ip: make(config.ingest_per_ip_per_minute),
            ingest_website: make(config.ingest_per_website_per_minute),
            public: make(config.public_per_ip_per_minute),
            bot_ingest_ip: make(config.bot_ingest_per_ip_per_minute),
            bot_ingest_website: make(config.bot_ingest_per_website_per_minute),
            webhook_website: make(config.webhook_per_website_per_minute),
            login: Default::default(),
        })
    }
}

pub fn set_headers(headers: &mut HeaderMap, d: &Decision) {
    headers.insert("x-ratelimit-limit", HeaderValue::from(d.limit));
    headers.insert("x-ratelimit-remaining", HeaderValue::from(d.remaining));
    headers.insert("x-ratelimit-reset", HeaderValue::from(d.reset_secs));
}

/// 429 in DataFast's error envelope, with `Retry-After` and the `X-RateLimit-*` headers.
pub fn too_many_requests(d: &Decision, what: &str) -> Response {
    let mut response = ApiError::new(
        StatusCode::TOO_MANY_REQUESTS,
        format!(
            "Rate limit exceeded: at most {} requests per minute {what}; retry in {} s",
            d.limit, d.retry_after_secs
        ),
    )
    .into_response();
    set_headers(response.headers_mut(), d);
    response.headers_mut().insert(axum::http::header::RETRY_AFTER, HeaderValue::from(d.retry_after_secs));
    response
}

/// Middleware on every route: counts `/api/v1/...` requests against their credential. The
/// credential is resolved here once and handed to the handler's `Caller` extractor.
pub async fn limit_api(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let limiters = Arc::clone(&state.rate_limiters);
    let Some(limiter) = limiters.api.as_ref().filter(|_| request.uri().path().starts_with("/api/v1/")) else {
        return next.run(request).await;
    };
    let (mut parts, body) = request.into_parts();
    let client = match auth::authenticate(&parts, &state).await {
        Ok(caller) => {
            let client = match &caller.credential {
                Credential::AccountToken { token_id, .. } => ApiClient::Token(*token_id),
                Credential::WebsiteKey { key_id, .. } => ApiClient::WebsiteKey(*key_id),
            };
            parts.extensions.insert(caller);
            client
        }
        // No valid credential: the handler answers 401 (or serves a public route such as an
        // invitation link); count it against the client's address.
        Err(_) => {
            let peer = parts
                .extensions
                .get::<ConnectInfo<SocketAddr>>()
                .map(|c| c.0.ip())
                .unwrap_or(IpAddr::from([0, 0, 0, 0]));
            let ip = crate::routes::client_ip(peer, &parts.headers, &state.config.trusted_proxies);
            ApiClient::Anonymous(client_bucket(ip))
        }
    };
    let what = if matches!(client, ApiClient::Anonymous(_)) { "from this address" } else { "for this API credential" };
    let decision = limiter.check(client);
    if !decision.allowed {
        return too_many_requests(&decision, what);
    }
    let mut response = next.run(Request::from_parts(parts, body)).await;
    set_headers(response.headers_mut(), &decision);
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    const SEC: u64 = 1_000_000_000;

    #[test]
    fn admits_the_quota_in_a_burst_then_refuses_until_time_passes() {
        let l: Limiter<u32> = Limiter::new(5);
        for expected_remaining in (0..5).rev() {
            let d = l.check_at(1, 0);
            assert!(d.allowed);
            assert_eq!(d.remaining, expected_remaining);
        }
        let refused = l.check_at(1, 0);
        assert!(!refused.allowed);
        assert_eq!(refused.retry_after_secs, 12, "one request per 12 s at 5/min");
        assert_eq!(refused.reset_secs, 60);
        // another key is unaffected
        assert!(l.check_at(2, 0).allowed);
        // 12 s later exactly one more request fits
        assert!(l.check_at(1, 12 * SEC).allowed);
        assert!(!l.check_at(1, 12 * SEC).allowed);
        // after a full minute idle the whole burst is back
        let d = l.check_at(1, 200 * SEC);
        assert!(d.allowed);
        assert_eq!(d.remaining, 4);
    }

    #[test]
    fn memory_stays_bounded() {
        let l: Limiter<u64> = Limiter::new(10);
        for k in 0..(MAX_KEYS as u64 * 2) {
            l.check_at(k, 0);
        }
        assert!(l.len() <= MAX_KEYS, "{} keys held", l.len());
    }

    #[test]
    fn ipv6_clients_share_their_64() {
        let a: IpAddr = "2001:db8:1:2:aaaa::1".parse().unwrap();
        let b: IpAddr = "2001:db8:1:2:bbbb::2".parse().unwrap();
        let c: IpAddr = "2001:db8:1:3::1".parse().unwrap();
        assert_eq!(client_bucket(a), client_bucket(b));
        assert_ne!(client_bucket(a), client_bucket(c));
        let v4: IpAddr = "203.0.113.9".parse().unwrap();
        assert_eq!(client_bucket(v4), v4);
    }
}
