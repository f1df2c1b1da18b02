//! Provider webhook signatures, each checked exactly as the provider signs:
//! - Stripe: `Stripe-Signature: t=<unix>,v1=<hex>[,v1=…]`, HMAC-SHA256 of `"{t}.{body}"` keyed
//!   with the endpoint's whole `whsec_…` secret;
//! - Lemon Squeezy: `X-Signature: <hex>`, HMAC-SHA256 of the body (no timestamp);
//! - Polar (Standard Webhooks): `webhook-id`, `webhook-timestamp`,
//!   `webhook-signature: v1,<base64> [v1,<base64> …]`, HMAC-SHA256 of `"{id}.{timestamp}.{body}"`.
//!   Polar's SDKs key it with the secret's UTF-8 bytes (they base64-encode the secret before
//!   handing it to a Standard Webhooks library, which decodes it again); a secret in the
//!   Standard Webhooks form `whsec_<base64>` is keyed with its decoded bytes;
//! - Paddle Billing: `Paddle-Signature: ts=<unix>;h1=<hex>[;h1=…]`, HMAC-SHA256 of
//!   `"{ts}:{body}"`.
//!
//! Signatures are compared in constant time; timestamps more than `TOLERANCE_SECS` away from
//! now (either way) are refused as replays.

use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

/// How far a signed timestamp may be from the server's clock (Stripe's default tolerance).
pub const TOLERANCE_SECS: i64 = 300;

/// Why a delivery was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SignatureError {
    /// A header is missing or unreadable.
    Missing(&'static str),
    /// No signature matches the body and secret.
    Mismatch,
    /// The signed timestamp is outside the tolerance: an old delivery replayed (or a clock far off).
    Stale,
}

impl std::fmt::Display for SignatureError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SignatureError::Missing(what) => write!(f, "Missing or malformed {what} header"),
            SignatureError::Mismatch => write!(f, "Webhook signature does not match"),
            SignatureError::Stale => {
                write!(f, "Webhook timestamp is more than {TOLERANCE_SECS} seconds from the server's clock")
            }
        }
    }
}

/// HMAC-SHA256 (RFC 2104).
pub fn hmac_sha256(key: &[u8], message: &[&[u8]]) -> [u8; 32] {
    const BLOCK: usize = 64;
    let mut block = [0u8; BLOCK];
    if key.len() > BLOCK {
        block[..32].copy_from_slice(&Sha256::digest(key));
    } else {
        block[..key.len()].copy_from_slice(key);
    }
    let mut inner = Sha256::new();
    inner.update(block.map(|b| b ^ 0x36));
    for part in message {
        inner.update(part);
    }
    let mut outer = Sha256::new();
    outer.update(block.map(|b| b ^ 0x5c));
    outer.update(inner.finalize());
    outer.finalize().into()
}

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// Standard base64 with padding.
pub fn base64_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n =
            (chunk[0] as u32) << 16 | (*chunk.get(1).unwrap_or(&0) as u32) << 8 | *chunk.get(2).unwrap_or(&0) as u32;
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(B64[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// Standard base64, padding optional; `None` when not base64.
pub fn base64_decode(text: &str) -> Option<Vec<u8>> {
    let text = text.trim_end_matches('=');
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    let (mut acc, mut bits) = (0u32, 0u32);
    for c in text.bytes() {
        let v = B64.iter().position(|&b| b == c)? as u32;
        acc = acc << 6 | v;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    Some(out)
}

fn same(expected: &[u8], given: &[u8]) -> bool {
    expected.len() == given.len() && bool::from(expected.ct_eq(given))
}

fn fresh(timestamp: &str, now_secs: i64) -> Result<i64, SignatureError> {
    let t: i64 = timestamp.trim().parse().map_err(|_| SignatureError::Mismatch)?;
    if (now_secs - t).abs() > TOLERANCE_SECS {
        return Err(SignatureError::Stale);
    }
    Ok(t)
}

/// `Stripe-Signature`. Several `v1` entries (during secret rolling) are all tried.
pub fn verify_stripe(secret: &str, header: Option<&str>, body: &[u8], now_secs: i64) -> Result<(), SignatureError> {
    let header = header.ok_or(SignatureError::Missing("Stripe-Signature"))?;
    let mut t = None;
    let mut signatures = Vec::new();
    for part in header.split(',') {
        match part.trim().split_once('=') {
            Some(("t", v)) => t = Some(v),
            Some(("v1", v)) => signatures.extend(hex::decode(v.trim()).ok()),
            _ => {}
        }
    }
    let t = t.ok_or(SignatureError::Missing("Stripe-Signature"))?;
    if signatures.is_empty() {
        return Err(SignatureError::Missing("Stripe-Signature"));
    }
    // The signature is checked before the time so a forged header learns nothing about the window.
    let expected = hmac_sha256(secret.as_bytes(), &[t.as_bytes(), b".", body]);
    if !signatures.iter().any(|s| same(&expected, s)) {
        return Err(SignatureError::Mismatch);
    }
    fresh(t, now_secs).map(|_| ())
}

/// `X-Signature` (hex HMAC of the raw body).
pub fn verify_lemonsqueezy(secret: &str, header: Option<&str>, body: &[u8]) -> Result<(), SignatureError> {
    let given = header.and_then(|h| hex::decode(h.trim()).ok()).ok_or(SignatureError::Missing("X-Signature"))?;
    if same(&hmac_sha256(secret.as_bytes(), &[body]), &given) {
        Ok(())
    } else {
        Err(SignatureError::Mismatch)
    }
}

/// The HMAC key Polar signs with for `secret` (see the module comment).
fn polar_key(secret: &str) -> Vec<u8> {
    secret.strip_prefix("whsec_").and_then(base64_decode).unwrap_or_else(|| secret.as_bytes().to_vec())
}

/// Standard Webhooks headers, as Polar sends them.
pub fn verify_polar(
    secret: &str,
    id: Option<&str>,
    timestamp: Option<&str>,
    signature: Option<&str>,
    body: &[u8],
    now_secs: i64,
) -> Result<(), SignatureError> {
    let id = id.filter(|v| !v.is_empty()).ok_or(SignatureError::Missing("webhook-id"))?;
    let timestamp = timestamp.ok_or(SignatureError::Missing("webhook-timestamp"))?;
    let signature = signature.ok_or(SignatureError::Missing("webhook-signature"))?;
    let expected = hmac_sha256(&polar_key(secret), &[id.as_bytes(), b".", timestamp.as_bytes(), b".", body]);
    let matches = signature
        .split_whitespace()
        .filter_map(|s| s.strip_prefix("v1,"))
        .filter_map(base64_decode)
        .any(|s| same(&expected, &s));
    if !matches {
        return Err(SignatureError::Mismatch);
    }
    fresh(timestamp, now_secs).map(|_| ())
}

/// `Paddle-Signature: ts=…;h1=…`.
pub fn verify_paddle(secret: &str, header: Option<&str>, body: &[u8], now_secs: i64) -> Result<(), SignatureError> {
    let header = header.ok_or(SignatureError::Missing("Paddle-Signature"))?;
    let mut ts = None;
    let mut signatures = Vec::new();
    for part in header.split(';') {
        match part.trim().split_once('=') {
            Some(("ts", v)) => ts = Some(v),
            Some(("h1", v)) => signatures.extend(hex::decode(v.trim()).ok()),
            _ => {}
        }
    }
    let ts = ts.ok_or(SignatureError::Missing("Paddle-Signature"))?;
    if signatures.is_empty() {
        return Err(SignatureError::Missing("Paddle-Signature"));
    }
    let expected = hmac_sha256(secret.as_bytes(), &[ts.as_bytes(), b":", body]);
    if !signatures.iter().any(|s| same(&expected, s)) {
        return Err(SignatureError::Mismatch);
    }
    fresh(ts, now_secs).map(|_| ())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hmac_matches_rfc_4231() {
        // RFC 4231 test case 2.
        let mac = hmac_sha256(b"Jefe", &[b"what do ya want ", b"for nothing?"]);
        assert_eq!(hex::encode(mac), "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
        // Test case 6: a key longer than the block.
        let mac = hmac_sha256(&[0xaa; 131], &[b"Test Using Larger Than Block-Size Key - Hash Key First"]);
        assert_eq!(hex::encode(mac), "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
    }

    #[test]
    fn base64_round_trips() {
        for (raw, enc) in [("", ""), ("f", "Zg=="), ("fo", "Zm8="), ("foo", "Zm9v"), ("foobar", "Zm9vYmFy")] {
            assert_eq!(base64_encode(raw.as_bytes()), enc);
            assert_eq!(base64_decode(enc).unwrap(), raw.as_bytes());
        }
        assert!(base64_decode("not base64!").is_none());
    }

    #[test]
    fn stripe_signatures() {
        let body = br#"{"id":"evt_1"}"#;
        let sig = hex::encode(hmac_sha256(b"whsec_test", &[b"1700000000.", body]));
        let header = format!("t=1700000000,v1={},v1={sig},v0=abc", "00".repeat(32));
        assert_eq!(verify_stripe("whsec_test", Some(&header), body, 1_700_000_100), Ok(()));
        assert_eq!(verify_stripe("whsec_other", Some(&header), body, 1_700_000_100), Err(SignatureError::Mismatch));
        assert_eq!(verify_stripe("whsec_test", Some(&header), body, 1_700_000_301), Err(SignatureError::Stale));
        assert_eq!(verify_stripe("whsec_test", Some(&header), b"{}", 1_700_000_000), Err(SignatureError::Mismatch));
        assert!(matches!(verify_stripe("whsec_test", None, body, 0), Err(SignatureError::Missing(_))));
    }

    #[test]
    fn polar_keys() {
        assert_eq!(polar_key("polar_whs_abc"), b"polar_whs_abc");
        assert_eq!(polar_key("whsec_Zm9vYmFy"), b"foobar");
    }
}
