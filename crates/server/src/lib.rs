//! The HTTP API. Handlers parse requests into domain types, ask `auth` whether the caller
//! may act, call the storage traits and shape DataFast's envelopes; they never hold SQL.

pub mod alert_delivery;
mod auth;
mod body;
mod error;
mod links;
pub mod mail;
mod public;
mod query;
pub mod rate_limit;
pub mod reports;
mod respond;
mod routes;
mod sessions;

use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;

pub use datafast_core::net::IpNet;
use datafast_ingest::pipeline::Pipeline;
use datafast_ingest::IngestQueue;
use datafast_store::{EventStore, MetaStore};

pub use error::ApiError;
pub use rate_limit::{RateLimitConfig, RateLimiters};

/// Settings the HTTP layer needs; everything else lives in the stores.
#[derive(Debug, Clone)]
pub struct ServerConfig {
    /// Public origin (`https://analytics.example.com`) used in links the API returns.
    /// When unset, links are built from the request's `Host` header.
    pub public_url: Option<String>,
    /// Largest JSON body accepted on management routes, in bytes.
    pub max_body_bytes: usize,
    /// Peers whose `x-datafast-real-ip` / `X-Real-IP` / `X-Forwarded-For` headers are believed.
    pub trusted_proxies: Vec<IpNet>,
    /// Requests per minute per API credential, per ingesting client IP and per website.
    pub rate_limits: RateLimitConfig,
    /// Accept Stripe `rk_test_` and Paddle `pdl_sdbx_` keys when connecting integrations
    /// (DataFast refuses test keys in production).
    pub allow_test_payment_keys: bool,
    /// Crawler hits an account may store per calendar month (UTC); further hits are dropped
    /// and counted (bot-traffic usage, §3.11 B7).
    pub bot_traffic_monthly_allowance: u64,
}

/// Loopback only: a reverse proxy on the same machine is the common deployment, and a
/// client on loopback is local anyway.
pub fn default_trusted_proxies() -> Vec<IpNet> {
    ["127.0.0.0/8", "::1/128"].iter().filter_map(|s| IpNet::parse(s)).collect()
}

impl Default for ServerConfig {
    fn default() -> Self {
        ServerConfig {
            public_url: None,
            max_body_bytes: 256 * 1024,
            trusted_proxies: default_trusted_proxies(),
            rate_limits: RateLimitConfig::default(),
            allow_test_payment_keys: false,
            bot_traffic_monthly_allowance: 1_000_000,
        }
    }
}

#[derive(Clone)]
pub struct AppState {
    pub meta: Arc<dyn MetaStore>,
    pub events: Arc<dyn EventStore>,
    pub config: Arc<ServerConfig>,
    pub ingest: IngestQueue,
    pub pipeline: Arc<Pipeline>,
    /// Built from `config.rate_limits` (`RateLimiters::new`).
    pub rate_limiters: Arc<RateLimiters>,
}

pub fn router(state: AppState) -> axum::Router {
    routes::router(state)
}

/// Serves until `shutdown` resolves, then lets in-flight requests finish.
pub async fn serve(
    listener: tokio::net::TcpListener,
    state: AppState,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    axum::serve(listener, router(state).into_make_service_with_connect_info::<SocketAddr>())
        .with_graceful_shutdown(shutdown)
        .await
}
