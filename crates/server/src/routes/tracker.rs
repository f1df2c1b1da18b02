//! `GET /js/script.js` (and the `.hash` / `.cookieless` variants): the tracker, built from
//! `tracker/script.js` into `tracker/dist/` by `tracker/build.sh`. Served with an ETag and a
//! one-hour cache so updates reach sites within the hour while repeat visits cost a 304;
//! gzip-compressed once at start for clients that accept it.

use std::io::Write;
use std::sync::OnceLock;

use axum::extract::Path;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use sha2::{Digest, Sha256};

use crate::error::ApiError;

struct Asset {
    plain: &'static str,
    gzip: Vec<u8>,
    etag: String,
}

const VARIANTS: &[(&str, &str)] = &[
    ("script.js", include_str!("../../../../tracker/dist/script.js")),
    ("script.hash.js", include_str!("../../../../tracker/dist/script.hash.js")),
    ("script.cookieless.js", include_str!("../../../../tracker/dist/script.cookieless.js")),
];

fn assets() -> &'static Vec<(&'static str, Asset)> {
    static ASSETS: OnceLock<Vec<(&'static str, Asset)>> = OnceLock::new();
    ASSETS.get_or_init(|| {
        VARIANTS
            .iter()
            .map(|(name, source)| {
                let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
                encoder.write_all(source.as_bytes()).expect("in-memory gzip");
                let gzip = encoder.finish().expect("in-memory gzip");
                let etag = format!("\"{}\"", &hex::encode(Sha256::digest(source.as_bytes()))[..16]);
                (*name, Asset { plain: source, gzip, etag })
            })
            .collect()
    })
}

pub async fn script(Path(name): Path<String>, headers: HeaderMap) -> Result<Response, ApiError> {
    let (_, asset) = assets().iter().find(|(n, _)| *n == name).ok_or_else(|| ApiError::not_found("Route not found"))?;
    let common = [
        (header::CONTENT_TYPE, HeaderValue::from_static("application/javascript; charset=utf-8")),
        (header::CACHE_CONTROL, HeaderValue::from_static("public, max-age=3600")),
        (header::ACCESS_CONTROL_ALLOW_ORIGIN, HeaderValue::from_static("*")),
        (header::VARY, HeaderValue::from_static("Accept-Encoding")),
        (header::ETAG, HeaderValue::from_str(&asset.etag).expect("hex etag")),
    ];
    let not_modified = headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|t| t.trim() == asset.etag));
    if not_modified {
        return Ok((StatusCode::NOT_MODIFIED, common).into_response());
    }
    let gzip_ok = headers
        .get(header::ACCEPT_ENCODING)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|e| e.trim().starts_with("gzip")));
    Ok(if gzip_ok {
        (common, [(header::CONTENT_ENCODING, HeaderValue::from_static("gzip"))], asset.gzip.clone()).into_response()
    } else {
        (common, asset.plain).into_response()
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_variant_is_embedded_and_compressed() {
        for (name, source) in super::VARIANTS {
            assert!(source.contains("datafast_visitor_id") || source.contains("/api/events"), "{name}");
            let gz = super::assets().iter().find(|(n, _)| n == name).unwrap().1.gzip.len();
            assert!(gz > 1000 && gz < source.len(), "{name}: {gz}");
        }
    }
}
