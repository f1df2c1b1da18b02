//! Absolute links the API hands out (invitation links, webhook URLs, the dashboard): built
//! from `--public-url`, or from the request's `Host` when it is not set.

use axum::http::header::HOST;
use axum::http::HeaderMap;

use crate::ServerConfig;

pub fn public_origin(config: &ServerConfig, headers: &HeaderMap) -> String {
    let origin = config.public_url.clone().unwrap_or_else(|| {
        let host = headers.get(HOST).and_then(|h| h.to_str().ok()).unwrap_or("localhost");
        format!("http://{host}")
    });
    origin.trim_end_matches('/').to_string()
}
