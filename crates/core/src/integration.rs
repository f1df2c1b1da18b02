//! Revenue-provider integrations: which providers exist, what a connect request must carry
//! and the format rules DataFast documents for each key. Parsed here once; storage and the
//! HTTP layer only see `ProviderCredentials`.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::secret::mask;
use crate::website::InvalidField;

/// Providers with a connect endpoint. Shopify and WooCommerce connect through their own
/// install flows (not available on a self-hosted server) and only appear in status/disconnect.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Provider {
    Stripe,
    LemonSqueezy,
    Polar,
    Paddle,
}

impl Provider {
    pub const ALL: [Provider; 4] = [Provider::Stripe, Provider::LemonSqueezy, Provider::Polar, Provider::Paddle];

    /// The path segment and status key (`/integrations/lemonsqueezy`).
    pub fn slug(self) -> &'static str {
        match self {
            Provider::Stripe => "stripe",
            Provider::LemonSqueezy => "lemonsqueezy",
            Provider::Polar => "polar",
            Provider::Paddle => "paddle",
        }
    }

    pub fn from_slug(s: &str) -> Option<Provider> {
        Provider::ALL.into_iter().find(|p| p.slug() == s)
    }

    /// As DataFast writes it in messages ("Lemon Squeezy connected successfully").
    pub fn display_name(self) -> &'static str {
        match self {
            Provider::Stripe => "Stripe",
            Provider::LemonSqueezy => "Lemon Squeezy",
            Provider::Polar => "Polar",
            Provider::Paddle => "Paddle",
        }
    }

    /// DataFast's connect responses carry the website currency except Polar's.
    pub fn reports_currency(self) -> bool {
        !matches!(self, Provider::Polar)
    }
}

/// What a connect request carries, validated. Serialized (then sealed) for storage.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "provider", rename_all = "camelCase")]
pub enum ProviderCredentials {
    Stripe { restricted_key: String },
    LemonSqueezy { api_key: String, store_id: String },
    Polar { access_token: String, org_id: String },
    Paddle { api_key: String },
}

impl ProviderCredentials {
    pub fn provider(&self) -> Provider {
        match self {
            ProviderCredentials::Stripe { .. } => Provider::Stripe,
            ProviderCredentials::LemonSqueezy { .. } => Provider::LemonSqueezy,
            ProviderCredentials::Polar { .. } => Provider::Polar,
            ProviderCredentials::Paddle { .. } => Provider::Paddle,
        }
    }

    /// What status may show: secrets masked (first 7 + `...` + last 4), identifiers as they are.
    pub fn display(&self) -> Value {
        match self {
            ProviderCredentials::Stripe { restricted_key } => serde_json::json!({ "displayKey": mask(restricted_key) }),
            ProviderCredentials::LemonSqueezy { api_key, store_id } => {
                serde_json::json!({ "displayKey": mask(api_key), "storeId": store_id })
            }
            ProviderCredentials::Polar { access_token, org_id } => {
                serde_json::json!({ "displayKey": mask(access_token), "orgId": org_id })
            }
            ProviderCredentials::Paddle { api_key } => serde_json::json!({ "displayKey": mask(api_key) }),
        }
    }
}

/// A validated connect request.
#[derive(Debug, Clone)]
pub struct ConnectRequest {
    pub credentials: ProviderCredentials,
    /// The provider's webhook signing secret, when the caller has it already.
    pub webhook_secret: Option<String>,
}

const MAX_SECRET_LEN: usize = 4096;

fn invalid(msg: impl Into<String>) -> InvalidField {
    InvalidField(msg.into())
}

fn required_string(body: &Map<String, Value>, field: &str) -> Result<String, InvalidField> {
    match body.get(field) {
        Some(Value::String(s)) if !s.trim().is_empty() => Ok(s.trim().to_string()),
        Some(Value::String(_)) | None | Some(Value::Null) => Err(invalid(format!("`{field}` is required"))),
        Some(_) => Err(invalid(format!("`{field}` must be a string"))),
    }
}

/// An opaque secret: printable ASCII without spaces, bounded.
fn opaque_secret(value: String, field: &str) -> Result<String, InvalidField> {
    if value.len() > MAX_SECRET_LEN || !value.bytes().all(|b| b.is_ascii_graphic()) {
        return Err(invalid(format!("`{field}` must be at most {MAX_SECRET_LEN} printable characters without spaces")));
    }
    Ok(value)
}

fn token_chars(s: &str) -> bool {
    s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
}

fn stripe_key(raw: String, allow_test_keys: bool) -> Result<String, InvalidField> {
    if raw.starts_with("sk_") || raw.starts_with("pk_") {
        return Err(invalid(
            "Invalid Stripe key: use a restricted key (rk_...) with read access, not a secret (sk_) or publishable (pk_) key",
        ));
    }
    let rest = if let Some(rest) = raw.strip_prefix("rk_live_") {
        rest
    } else if let Some(rest) = raw.strip_prefix("rk_test_") {
        if !allow_test_keys {
            return Err(invalid("Stripe test keys (rk_test_) are not accepted; use a live restricted key (rk_live_)"));
        }
        rest
    } else {
        return Err(invalid("Invalid Stripe key: a restricted key starts with rk_live_"));
    };
    if rest.len() < 8 || rest.len() > 255 || !token_chars(rest) {
        return Err(invalid("Invalid Stripe key format"));
    }
    Ok(raw)
}

fn paddle_key(raw: String, allow_test_keys: bool) -> Result<String, InvalidField> {
    let rest = match (raw.strip_prefix("pdl_live_"), raw.strip_prefix("pdl_sdbx_")) {
        (Some(rest), _) => rest,
        (None, Some(rest)) if allow_test_keys => rest,
        _ => return Err(invalid("Invalid Paddle API key format")),
    };
    if rest.len() < 8 || rest.len() > 255 || !token_chars(rest) {
        return Err(invalid("Invalid Paddle API key format"));
    }
    Ok(raw)
}

fn lemonsqueezy_store_id(body: &Map<String, Value>) -> Result<String, InvalidField> {
    let raw = match body.get("lemonsqueezyStoreId") {
        Some(Value::Number(n)) if n.as_u64().is_some() => n.to_string(),
        Some(Value::String(s)) => s.trim().to_string(),
        None | Some(Value::Null) => return Err(invalid("`lemonsqueezyStoreId` is required")),
        Some(_) => return Err(invalid("`lemonsqueezyStoreId` must be a numeric string")),
    };
    if raw.is_empty() || raw.len() > 20 || !raw.bytes().all(|b| b.is_ascii_digit()) {
        return Err(invalid("`lemonsqueezyStoreId` must be a numeric string, e.g. \"12345\""));
    }
    Ok(raw)
}

fn polar_org_id(raw: String) -> Result<String, InvalidField> {
    if raw.len() > 100 || !raw.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-') {
        return Err(invalid("`polarOrgId` must be an organization id such as \"org_abc123\""));
    }
    Ok(raw)
}

/// Validates a connect body for `provider`. Unknown fields are refused, like everywhere else
/// in the API. `allow_test_keys` admits Stripe `rk_test_` and Paddle `pdl_sdbx_` keys.
pub fn parse_connect(
    provider: Provider,
    body: &Map<String, Value>,
    allow_test_keys: bool,
) -> Result<ConnectRequest, InvalidField> {
    let fields: &[&str] = match provider {
        Provider::Stripe => &["stripeRak"],
        Provider::LemonSqueezy => &["lemonsqueezyApiKey", "lemonsqueezyStoreId"],
        Provider::Polar => &["polarAccessToken", "polarOrgId"],
        Provider::Paddle => &["paddleApiKey"],
    };
    if let Some(unknown) = body.keys().find(|k| k.as_str() != "webhookSecret" && !fields.contains(&k.as_str())) {
        return Err(invalid(format!(
            "Unknown field `{unknown}`; {} accepts {}",
            provider.display_name(),
            fields.join(", ")
        )));
    }
    let credentials = match provider {
        Provider::Stripe => ProviderCredentials::Stripe {
            restricted_key: stripe_key(required_string(body, "stripeRak")?, allow_test_keys)?,
        },
        Provider::LemonSqueezy => ProviderCredentials::LemonSqueezy {
            api_key: opaque_secret(required_string(body, "lemonsqueezyApiKey")?, "lemonsqueezyApiKey")?,
            store_id: lemonsqueezy_store_id(body)?,
        },
        Provider::Polar => ProviderCredentials::Polar {
            access_token: opaque_secret(required_string(body, "polarAccessToken")?, "polarAccessToken")?,
            org_id: polar_org_id(required_string(body, "polarOrgId")?)?,
        },
        Provider::Paddle => ProviderCredentials::Paddle {
            api_key: paddle_key(required_string(body, "paddleApiKey")?, allow_test_keys)?,
        },
    };
    let webhook_secret = match body.get("webhookSecret") {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => {
            let s = opaque_secret(s.trim().to_string(), "webhookSecret")?;
            if s.len() < 6 {
                return Err(invalid("`webhookSecret` must be at least 6 characters"));
            }
            if provider == Provider::Stripe && !s.starts_with("whsec_") {
                return Err(invalid("`webhookSecret` for Stripe is the endpoint's signing secret (whsec_...)"));
            }
            Some(s)
        }
        Some(_) => return Err(invalid("`webhookSecret` must be a string")),
    };
    Ok(ConnectRequest { credentials, webhook_secret })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn body(v: Value) -> Map<String, Value> {
        v.as_object().unwrap().clone()
    }

    #[test]
    fn stripe_requires_a_live_restricted_key() {
        let ok = parse_connect(Provider::Stripe, &body(json!({"stripeRak": "rk_live_abcdef123456"})), false).unwrap();
        assert_eq!(ok.credentials, ProviderCredentials::Stripe { restricted_key: "rk_live_abcdef123456".into() });
        for bad in ["sk_live_abcdef123456", "pk_live_abcdef123456", "rk_test_abcdef123456", "rk_live_x", "whatever"] {
            assert!(parse_connect(Provider::Stripe, &body(json!({ "stripeRak": bad })), false).is_err(), "{bad}");
        }
        assert!(parse_connect(Provider::Stripe, &body(json!({"stripeRak": "rk_test_abcdef123456"})), true).is_ok());
        assert!(parse_connect(
            Provider::Stripe,
            &body(json!({"stripeRak": "rk_live_abcdef123456", "webhookSecret": "nope12"})),
            false
        )
        .is_err());
    }

    #[test]
    fn paddle_lemonsqueezy_and_polar_formats() {
        assert!(parse_connect(Provider::Paddle, &body(json!({"paddleApiKey": "pdl_live_apikey_01abc"})), false).is_ok());
        assert!(
            parse_connect(Provider::Paddle, &body(json!({"paddleApiKey": "pdl_sdbx_apikey_01abc"})), false).is_err()
        );
        assert!(parse_connect(Provider::Paddle, &body(json!({"paddleApiKey": "pdl_sdbx_apikey_01abc"})), true).is_ok());
        let ls = parse_connect(
            Provider::LemonSqueezy,
            &body(json!({"lemonsqueezyApiKey": "eyJ0eXAiOiJKV1Qi.x.y", "lemonsqueezyStoreId": 12345})),
            false,
        )
        .unwrap();
        assert!(
            matches!(ls.credentials, ProviderCredentials::LemonSqueezy { ref store_id, .. } if store_id == "12345")
        );
        assert!(parse_connect(
            Provider::LemonSqueezy,
            &body(json!({"lemonsqueezyApiKey": "k", "lemonsqueezyStoreId": "12a"})),
            false
        )
        .is_err());
        assert!(parse_connect(
            Provider::Polar,
            &body(json!({"polarAccessToken": "polar_oat_x", "polarOrgId": "org 1"})),
            false
        )
        .is_err());
        assert!(parse_connect(Provider::Polar, &body(json!({"polarAccessToken": "polar_oat_x"})), false).is_err());
    }

    #[test]
    fn display_masks_secrets() {
        let c =
            ProviderCredentials::Polar { access_token: "polar_oat_1234567890abcdef".into(), org_id: "org_1".into() };
        assert_eq!(c.display(), json!({"displayKey": "polar_o...cdef", "orgId": "org_1"}));
    }
}
