//! Integrations (I1–I12): connect, status, disconnect and Paddle resync for Stripe, Lemon
//! Squeezy, Polar and Paddle; key formats; secrets sealed at rest with the server key and
//! never returned.

use reqwest::Method;
use serde_json::{json, Value};

use crate::helpers::{is_iso_millis, TestApp};

const STRIPE_KEY: &str = "rk_live_51HsecretStripeKey0123456789";
const STRIPE_WEBHOOK: &str = "whsec_stripeSigningSecret987654321";
const LS_KEY: &str = "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.lemonPayload.lemonSignature4242";
const POLAR_TOKEN: &str = "polar_oat_polarAccessToken1234567890";
const PADDLE_KEY: &str = "pdl_live_apikey_01paddleSecretKey5555";

fn base(site: &str) -> String {
    format!("/api/v1/admin/websites/{site}/integrations")
}

/// True when `needle` occurs anywhere in the files of the metadata store (main file and WAL).
fn in_meta_files(dir: &std::path::Path, needle: &str) -> bool {
    ["meta.sqlite", "meta.sqlite-wal"].iter().any(|name| {
        std::fs::read(dir.join(name)).is_ok_and(|bytes| bytes.windows(needle.len()).any(|w| w == needle.as_bytes()))
    })
}

#[tokio::test]
async fn connect_status_and_disconnect_every_provider() {
    let app =
        TestApp::spawn_with_env(tempfile::tempdir().unwrap(), &[("DATAFAST_PUBLIC_URL", "https://stats.example.net/")])
            .await;
    let owner = app.create_account("owner@example.com").await;
    let site = app.website(&owner.token, "example.com").await;
    let path = base(&site);

    let status = app.get(&path, &owner.token).await;
    status.expect(200);
    let s = status.first();
    for provider in ["stripe", "lemonsqueezy", "polar", "paddle", "shopify", "woocommerce"] {
        assert_eq!(s[provider]["connected"], false, "{provider}");
    }
    assert_eq!(s["paddle"]["keyExpiresAt"], Value::Null);
    assert_eq!(s["currency"], "USD");
    assert_eq!(s["stripe"]["webhookUrl"], format!("https://stats.example.net/api/webhooks/stripe/{site}"));
    assert_eq!(s["lemonsqueezy"]["webhookUrl"], format!("https://stats.example.net/api/webhooks/lemonsqueezy/{site}"));

    // Connect each; the messages and currency are DataFast's.
    let r = app
        .post(
            &format!("{path}/stripe"),
            &owner.token,
            json!({"stripeRak": STRIPE_KEY, "webhookSecret": STRIPE_WEBHOOK}),
        )
        .await;
    r.expect(200);
    assert_eq!(r.first()["message"], "Stripe connected successfully");
    assert_eq!(r.first()["currency"], "USD");
    assert_eq!(r.first()["webhookUrl"], format!("https://stats.example.net/api/webhooks/stripe/{site}"));
    let r = app
        .post(
            &format!("{path}/lemonsqueezy"),
            &owner.token,
            json!({"lemonsqueezyApiKey": LS_KEY, "lemonsqueezyStoreId": "12345"}),
        )
        .await;
    r.expect(200);
    assert_eq!(r.first()["message"], "Lemon Squeezy connected successfully");
    assert_eq!(r.first()["currency"], "USD");
    let r = app
        .post(
            &format!("{path}/polar"),
            &owner.token,
            json!({"polarAccessToken": POLAR_TOKEN, "polarOrgId": "org_abc123"}),
        )
        .await;
    r.expect(200);
    assert_eq!(r.first()["message"], "Polar connected successfully");
    assert!(r.first().get("currency").is_none(), "Polar's answer has no currency");
    let r = app.post(&format!("{path}/paddle"), &owner.token, json!({"paddleApiKey": PADDLE_KEY})).await;
    r.expect(200);
    assert_eq!(r.first()["message"], "Paddle connected successfully");

    let status = app.get(&path, &owner.token).await;
    status.expect(200);
    let s = status.first().clone();
    let text = s.to_string();
    for secret in [STRIPE_KEY, STRIPE_WEBHOOK, LS_KEY, POLAR_TOKEN, PADDLE_KEY] {
        assert!(!text.contains(secret), "status must not reveal {secret}");
    }
    assert_eq!(s["stripe"]["connected"], true);
    assert_eq!(s["stripe"]["displayKey"], format!("{}...{}", &STRIPE_KEY[..7], &STRIPE_KEY[STRIPE_KEY.len() - 4..]));
    assert_eq!(s["stripe"]["webhookSecretConfigured"], true);
    assert_eq!(
        s["stripe"]["displayWebhookSecret"],
        format!("whsec_s...{}", &STRIPE_WEBHOOK[STRIPE_WEBHOOK.len() - 4..])
    );
    assert!(is_iso_millis(&s["stripe"]["connectedAt"]));
    assert_eq!(s["lemonsqueezy"]["storeId"], "12345");
    assert_eq!(s["lemonsqueezy"]["webhookSecretConfigured"], false);
    assert_eq!(s["polar"]["orgId"], "org_abc123");
    assert_eq!(s["paddle"]["connected"], true);
    assert_eq!(s["paddle"]["resyncRequestedAt"], Value::Null);
    assert_eq!(s["shopify"]["connected"], false);

    // I12: queue a Paddle resync.
    let r = app.call(Method::PATCH, &format!("{path}/paddle"), Some(&owner.token), None).await;
    r.expect(200);
    assert_eq!(r.first()["message"], "Paddle payment resync queued");
    let queued = app.get(&path, &owner.token).await.first()["paddle"]["resyncRequestedAt"].clone();
    assert_eq!(queued, r.first()["resyncRequestedAt"]);
    assert!(is_iso_millis(&queued));

    // Disconnect; a second time there is nothing to disconnect.
    let r = app.delete(&format!("{path}/stripe"), &owner.token).await;
    r.expect(200);
    assert_eq!(r.body["data"], json!([{"message": "Stripe disconnected successfully"}]));
    assert_eq!(app.get(&path, &owner.token).await.first()["stripe"]["connected"], false);
    app.delete(&format!("{path}/stripe"), &owner.token).await.expect(404);
    let r = app.delete(&format!("{path}/paddle"), &owner.token).await;
    assert_eq!(r.first()["message"], "Paddle disconnected successfully");
    app.call(Method::PATCH, &format!("{path}/paddle"), Some(&owner.token), None).await.expect(404);
    assert_eq!(
        app.delete(&format!("{path}/polar"), &owner.token).await.first()["message"],
        "Polar disconnected successfully"
    );
    assert_eq!(
        app.delete(&format!("{path}/lemonsqueezy"), &owner.token).await.first()["message"],
        "Lemon Squeezy disconnected successfully"
    );
    // Shopify and WooCommerce have no connect endpoint and are never connected here.
    app.delete(&format!("{path}/shopify"), &owner.token).await.expect(404);
    app.delete(&format!("{path}/woocommerce"), &owner.token).await.expect(404);
    app.post(&format!("{path}/shopify"), &owner.token, json!({})).await.expect(404);
    app.post(&format!("{path}/unknown"), &owner.token, json!({})).await.expect(404);
    app.call(Method::PATCH, &format!("{path}/stripe"), Some(&owner.token), None).await.expect(404);
}

#[tokio::test]
async fn key_formats_are_validated() {
    let app = TestApp::spawn().await;
    let owner = app.create_account("owner@example.com").await;
    let site = app.website(&owner.token, "example.com").await;
    let path = base(&site);
    let cases = [
        ("stripe", json!({})),
        ("stripe", json!({"stripeRak": ""})),
        ("stripe", json!({"stripeRak": 42})),
        ("stripe", json!({"stripeRak": "sk_live_abcdefghijkl"})),
        ("stripe", json!({"stripeRak": "pk_live_abcdefghijkl"})),
        ("stripe", json!({"stripeRak": "rk_test_abcdefghijkl"})),
        ("stripe", json!({"stripeRak": "rk_live_abc"})),
        ("stripe", json!({"stripeRak": STRIPE_KEY, "webhookSecret": "not-a-whsec"})),
        ("stripe", json!({"stripeRak": STRIPE_KEY, "other": 1})),
        ("lemonsqueezy", json!({"lemonsqueezyApiKey": LS_KEY})),
        ("lemonsqueezy", json!({"lemonsqueezyApiKey": LS_KEY, "lemonsqueezyStoreId": "12a45"})),
        ("lemonsqueezy", json!({"lemonsqueezyStoreId": "12345"})),
        ("lemonsqueezy", json!({"lemonsqueezyApiKey": "has space", "lemonsqueezyStoreId": "1"})),
        ("polar", json!({"polarAccessToken": POLAR_TOKEN})),
        ("polar", json!({"polarAccessToken": POLAR_TOKEN, "polarOrgId": "org abc"})),
        ("paddle", json!({"paddleApiKey": "pdl_sdbx_apikey_01abcdefgh"})),
        ("paddle", json!({"paddleApiKey": "apikey_01abcdefgh"})),
    ];
    for (provider, body) in cases {
        let r = app.post(&format!("{path}/{provider}"), &owner.token, body.clone()).await;
        assert_eq!(r.status, 400, "{provider} {body}: {}", r.body);
        r.expect(400);
    }
    let r =
        app.post(&format!("{path}/paddle"), &owner.token, json!({"paddleApiKey": "pdl_sdbx_apikey_01abcdefgh"})).await;
    assert_eq!(r.body["error"]["message"], "Invalid Paddle API key format");
    // A store id may be sent as a number.
    app.post(
        &format!("{path}/lemonsqueezy"),
        &owner.token,
        json!({"lemonsqueezyApiKey": LS_KEY, "lemonsqueezyStoreId": 777}),
    )
    .await
    .expect(200);
    assert_eq!(app.get(&path, &owner.token).await.first()["lemonsqueezy"]["storeId"], "777");
    // Nothing rejected was stored.
    let s = app.get(&path, &owner.token).await;
    for provider in ["stripe", "polar", "paddle"] {
        assert_eq!(s.first()[provider]["connected"], false, "{provider}");
    }
}

#[tokio::test]
async fn test_keys_only_when_allowed() {
    let app =
        TestApp::spawn_with_env(tempfile::tempdir().unwrap(), &[("DATAFAST_ALLOW_TEST_PAYMENT_KEYS", "true")]).await;
    let owner = app.create_account("owner@example.com").await;
    let site = app.website(&owner.token, "example.com").await;
    let path = base(&site);
    app.post(&format!("{path}/stripe"), &owner.token, json!({"stripeRak": "rk_test_abcdefghijkl"})).await.expect(200);
    app.post(&format!("{path}/paddle"), &owner.token, json!({"paddleApiKey": "pdl_sdbx_apikey_01abcdefgh"}))
        .await
        .expect(200);
    // Secret and publishable keys stay refused.
    app.post(&format!("{path}/stripe"), &owner.token, json!({"stripeRak": "sk_test_abcdefghijkl"})).await.expect(400);
}

#[tokio::test]
async fn secrets_are_sealed_at_rest_with_the_server_key() {
    let app = TestApp::spawn().await;
    let owner = app.create_account("owner@example.com").await;
    let site = app.website(&owner.token, "example.com").await;
    let path = base(&site);
    app.post(
        &format!("{path}/stripe"),
        &owner.token,
        json!({"stripeRak": STRIPE_KEY, "webhookSecret": STRIPE_WEBHOOK}),
    )
    .await
    .expect(200);
    app.post(
        &format!("{path}/polar"),
        &owner.token,
        json!({"polarAccessToken": POLAR_TOKEN, "polarOrgId": "org_abc123"}),
    )
    .await
    .expect(200);

    let (code, dir) = app.terminate().await;
    assert_eq!(code, Some(0));
    // The key was generated on first start, private to its owner.
    let key_file = dir.path().join("server.key");
    let key = std::fs::read_to_string(&key_file).unwrap();
    assert_eq!(key.trim().len(), 64);
    assert!(key.trim().bytes().all(|b| b.is_ascii_hexdigit()));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(std::fs::metadata(&key_file).unwrap().permissions().mode() & 0o777, 0o600);
    }
    // The stored bytes hold none of the secrets.
    assert!(in_meta_files(dir.path(), "org_abc123"), "sanity: non-secret ids are stored in the clear");
    for secret in [STRIPE_KEY, STRIPE_WEBHOOK, POLAR_TOKEN] {
        assert!(!in_meta_files(dir.path(), secret), "{secret} stored in the clear");
    }

    // After a restart on the same directory (same key file) the integrations are still there.
    let app = TestApp::spawn_in(dir).await;
    let s = app.get(&path, &owner.token).await;
    assert_eq!(s.first()["stripe"]["connected"], true);
    assert_eq!(s.first()["polar"]["connected"], true);
}
