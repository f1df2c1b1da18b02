//! The HTTP API. Handlers parse requests into domain types, ask `auth` whether the caller
//! may act, call the storage traits and shape DataFast's envelopes; they never hold SQL.

mod auth;
mod body;
mod error;
mod query;
mod respond;
mod routes;

use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;

use datafast_ingest::pipeline::Pipeline;
use datafast_ingest::IngestQueue;
use datafast_store::{EventStore, MetaStore};

pub use error::ApiError;

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
}

/// An IP network (`127.0.0.1/32`, `10.0.0.0/8`, `::1/128`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IpNet {
    pub addr: std::net::IpAddr,
    pub prefix: u8,
}

impl IpNet {
    pub fn parse(s: &str) -> Option<IpNet> {
        let (addr, prefix) = match s.split_once('/') {
            Some((a, p)) => (a.parse().ok()?, p.parse().ok()?),
            None => {
                let a: std::net::IpAddr = s.parse().ok()?;
                (a, if a.is_ipv4() { 32 } else { 128 })
            }
        };
        let max = if matches!(addr, std::net::IpAddr::V4(_)) { 32 } else { 128 };
        (prefix <= max).then_some(IpNet { addr, prefix })
    }

    pub fn contains(&self, ip: std::net::IpAddr) -> bool {
        use std::net::IpAddr::{V4, V6};
        match (self.addr, ip) {
            (V4(n), V4(i)) => {
                let mask = if self.prefix == 0 { 0 } else { u32::MAX << (32 - self.prefix) };
                u32::from(n) & mask == u32::from(i) & mask
            }
            (V6(n), V6(i)) => {
                let mask = if self.prefix == 0 { 0 } else { u128::MAX << (128 - self.prefix) };
                u128::from(n) & mask == u128::from(i) & mask
            }
            (V6(n), V4(i)) => n.to_ipv4_mapped() == Some(i) && self.prefix == 128,
            (V4(n), V6(i)) => {
                i.to_ipv4_mapped().is_some_and(|m| IpNet { addr: V4(n), prefix: self.prefix }.contains(V4(m)))
            }
        }
    }
}

/// Loopback only: a reverse proxy on the same machine is the common deployment, and a
/// client on loopback is local anyway.
pub fn default_trusted_proxies() -> Vec<IpNet> {
    ["127.0.0.0/8", "::1/128"].iter().filter_map(|s| IpNet::parse(s)).collect()
}

impl Default for ServerConfig {
    fn default() -> Self {
        ServerConfig { public_url: None, max_body_bytes: 256 * 1024, trusted_proxies: default_trusted_proxies() }
    }
}

#[derive(Clone)]
pub struct AppState {
    pub meta: Arc<dyn MetaStore>,
    pub events: Arc<dyn EventStore>,
    pub config: Arc<ServerConfig>,
    pub ingest: IngestQueue,
    pub pipeline: Arc<Pipeline>,
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
