//! Provider webhooks (`POST /api/webhooks/{provider}/{websiteId}`): deliveries built here in
//! each provider's documented format and signed with a test secret the way the provider signs,
//! checked for signature and replay handling, idempotency, and revenue per referrer.

use reqwest::Method;
use serde_json::{json, Value};

use crate::events::{pageview, uuid, CHROME};
use crate::helpers::{Resp, TestApp};
use datafast_core::webhook::{base64_encode, hmac_sha256};

/// 2026-03-02T00:00:00Z: payment times in the tests, so the ECB rates are known.
pub(crate) const T0: i64 = 1_772_409_600;
pub(crate) const STRIPE_SECRET: &str = "whsec_test_0123456789abcdef";
pub(crate) const LS_SECRET: &str = "ls-signing-secret-42";
pub(crate) const POLAR_SECRET: &str = "polar_whs_test_secret";
pub(crate) const PADDLE_SECRET: &str = "pdl_ntfset_01h_test_secret";

pub(crate) fn now() -> i64 {
    datafast_core::time::now_millis() / 1000
}

pub(crate) fn hex_mac(secret: &str, parts: &[&[u8]]) -> String {
    hmac_sha256(secret.as_bytes(), parts).iter().map(|b| format!("{b:02x}")).collect()
}

impl TestApp {
    pub(crate) async fn webhook(&self, provider: &str, site: &str, headers: &[(&str, String)], body: &str) -> Resp {
        let mut req = self
            .request(Method::POST, &format!("/api/webhooks/{provider}/{site}"))
            .header("Content-Type", "application/json")
            .body(body.to_string());
        for (k, v) in headers {
            req = req.header(*k, v);
        }
        self.raw(req).await
    }

    pub(crate) async fn stripe(&self, site: &str, event: &Value) -> Resp {
        let body = event.to_string();
        let t = now().to_string();
        let sig = hex_mac(STRIPE_SECRET, &[t.as_bytes(), b".", body.as_bytes()]);
        self.webhook("stripe", site, &[("Stripe-Signature", format!("t={t},v1={sig}"))], &body).await
    }

    pub(crate) async fn lemonsqueezy(&self, site: &str, event: &Value) -> Resp {
        let body = event.to_string();
        let sig = hex_mac(LS_SECRET, &[body.as_bytes()]);
        let name = event["meta"]["event_name"].as_str().unwrap().to_string();
        self.webhook("lemonsqueezy", site, &[("X-Signature", sig), ("X-Event-Name", name)], &body).await
    }

    pub(crate) async fn polar(&self, site: &str, id: &str, event: &Value) -> Resp {
        let body = event.to_string();
        let t = now().to_string();
        let sig = base64_encode(&hmac_sha256(
            POLAR_SECRET.as_bytes(),
            &[id.as_bytes(), b".", t.as_bytes(), b".", body.as_bytes()],
        ));
        let headers =
            [("webhook-id", id.to_string()), ("webhook-timestamp", t), ("webhook-signature", format!("v1,{sig}"))];
        self.webhook("polar", site, &headers, &body).await
    }

    pub(crate) async fn paddle(&self, site: &str, event: &Value) -> Resp {
        let body = event.to_string();
        let ts = now().to_string();
        let sig = hex_mac(PADDLE_SECRET, &[ts.as_bytes(), b":", body.as_bytes()]);
        self.webhook("paddle", site, &[("Paddle-Signature", format!("ts={ts};h1={sig}"))], &body).await
    }
}

pub(crate) fn landing(tracking: &str, visitor: u32, href: &str, referrer: &str) -> Value {
    let mut e = pageview(tracking, href, visitor);
    e["referrer"] = json!(referrer);
    e
}

pub(crate) fn session(visitor: u32) -> String {
    format!("s{}", uuid(visitor + 1_000_000))
}

pub(crate) fn meta(visitor: u32) -> Value {
    json!({"datafast_visitor_id": uuid(visitor), "datafast_session_id": session(visitor), "plan": "pro"})
}

pub(crate) fn recorded(r: &Resp) -> Vec<(String, String)> {
    r.expect(200);
    r.first()["recorded"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p["transaction_id"].as_str().unwrap().into(), p["type"].as_str().unwrap().into()))
        .collect()
}

pub(crate) fn duplicates(r: &Resp) -> usize {
    r.expect(200);
    assert!(r.first()["recorded"].as_array().unwrap().is_empty(), "{}", r.body);
    assert_eq!(r.first()["replay"], false, "{}", r.body);
    r.first()["duplicates"].as_array().unwrap().len()
}

/// A delivery already processed: 200, said so, and nothing recorded.
#[track_caller]
pub(crate) fn replayed(r: &Resp) {
    r.expect(200);
    let d = r.first();
    assert_eq!(d["replay"], true, "{}", r.body);
    assert!(d["message"].as_str().unwrap().contains("already processed"), "{}", r.body);
    for list in ["recorded", "duplicates", "retracted", "goals"] {
        assert!(d[list].as_array().unwrap().is_empty(), "{list}: {}", r.body);
    }
}

pub(crate) async fn connect(app: &TestApp, token: &str, site: &str, provider: &str, body: Value) {
    app.post(&format!("/api/v1/admin/websites/{site}/integrations/{provider}"), token, body).await.expect(200);
}

pub(crate) fn range(site: &str) -> String {
    format!("websiteId={site}&startAt=2026-03-01T00:00:00Z&endAt=2030-01-01T00:00:00Z")
}

pub(crate) fn revenue_of(body: &Value, name: &str) -> Option<f64> {
    body["data"].as_array()?.iter().find(|r| r["referrer"] == name).and_then(|r| r["revenue"].as_f64())
}

pub(crate) async fn poll(app: &TestApp, path: &str, token: &str, done: impl Fn(&Value) -> bool) -> Value {
    let mut last = Value::Null;
    for _ in 0..100 {
        last = app.get(path, token).await.body;
        if done(&last) {
            return last;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("{path} never reached the expected state: {last}");
}

#[track_caller]
pub(crate) fn close(got: Option<f64>, want: f64, what: &str) {
    let got = got.unwrap_or_else(|| panic!("{what}: no row"));
    assert!((got - want).abs() < 0.011, "{what}: got {got}, want {want:.4}");
}

pub(crate) fn stripe_event(id: &str, kind: &str, object: Value) -> Value {
    json!({"id": id, "object": "event", "api_version": "2024-06-20", "created": T0 + 3600, "livemode": true,
           "type": kind, "data": {"object": object}})
}

#[tokio::test]
async fn stripe_deliveries_are_verified_and_recorded_once_with_their_visitor() {
    let app = TestApp::spawn().await;
    let (token, site, tracking) = app.site().await;
    // Not connected: nothing to verify with.
    let checkout = stripe_event(
        "evt_1",
        "checkout.session.completed",
        json!({"id": "cs_live_a1", "object": "checkout.session", "mode": "payment", "payment_status": "paid",
               "amount_total": 2999, "currency": "usd", "payment_intent": "pi_1", "customer": "cus_1",
               "customer_details": {"email": "Ann@Example.com", "name": "Ann"}, "metadata": meta(1)}),
    );
    app.stripe(&site, &checkout).await.expect(404);
    connect(
        &app,
        &token,
        &site,
        "stripe",
        json!({"stripeRak": "rk_live_abcdefgh1234", "webhookSecret": STRIPE_SECRET}),
    )
    .await;
    app.send_event(&landing(&tracking, 1, "https://example.com/pricing", "https://www.google.com/"), CHROME, None)
        .await
        .expect(200);
    app.send_event(&landing(&tracking, 2, "https://example.com/blog", "https://t.co/abc"), CHROME, None)
        .await
        .expect(200);

    // Signatures: wrong secret, tampered body, missing header, stale timestamp.
    let body = checkout.to_string();
    let t = now().to_string();
    let forged = hex_mac("whsec_wrong", &[t.as_bytes(), b".", body.as_bytes()]);
    app.webhook("stripe", &site, &[("Stripe-Signature", format!("t={t},v1={forged}"))], &body).await.expect(401);
    let good = hex_mac(STRIPE_SECRET, &[t.as_bytes(), b".", body.as_bytes()]);
    let tampered = body.replace("2999", "299900");
    app.webhook("stripe", &site, &[("Stripe-Signature", format!("t={t},v1={good}"))], &tampered).await.expect(401);
    app.webhook("stripe", &site, &[], &body).await.expect(400);
    let old = (now() - 600).to_string();
    let stale = hex_mac(STRIPE_SECRET, &[old.as_bytes(), b".", body.as_bytes()]);
    app.webhook("stripe", &site, &[("Stripe-Signature", format!("t={old},v1={stale}"))], &body).await.expect(401);
    // Several v1 signatures (secret rolling): one matching is enough.
    let header = format!("t={t},v1={forged},v1={good}");
    assert_eq!(
        recorded(&app.webhook("stripe", &site, &[("Stripe-Signature", header.clone())], &body).await),
        [("pi_1".to_string(), "new".to_string())]
    );
    // The same delivery replayed, and a retry of the event (same event id, signed anew):
    // already processed, nothing new.
    replayed(&app.webhook("stripe", &site, &[("Stripe-Signature", header)], &body).await);
    replayed(&app.stripe(&site, &checkout).await);

    // A renewal of customer cus_1 (no metadata on invoices): credited through the customer.
    let renewal = stripe_event(
        "evt_2",
        "invoice.paid",
        json!({"id": "in_2", "object": "invoice", "billing_reason": "subscription_cycle", "amount_paid": 1500,
               "currency": "usd", "customer": "cus_1", "customer_email": "ann@example.com", "subscription": "sub_1"}),
    );
    assert_eq!(recorded(&app.stripe(&site, &renewal).await), [("in_2".to_string(), "renewal".to_string())]);
    // A partial refund of the first payment.
    let refund = stripe_event(
        "evt_3",
        "charge.refunded",
        json!({"id": "ch_1", "object": "charge", "amount": 2999, "amount_refunded": 999, "currency": "usd",
               "customer": "cus_1", "payment_intent": "pi_1", "metadata": {},
               "refunds": {"object": "list", "data": [{"id": "re_1", "amount": 999, "status": "succeeded", "created": T0 + 7200}]}}),
    );
    assert_eq!(recorded(&app.stripe(&site, &refund).await), [("re_1".to_string(), "refund".to_string())]);
    // A trial: the subscription event first (no metadata), then its checkout with the metadata.
    let trial_sub = stripe_event(
        "evt_4",
        "customer.subscription.created",
        json!({"id": "sub_2", "object": "subscription", "status": "trialing", "currency": "usd", "customer": "cus_2", "metadata": {}}),
    );
    assert_eq!(recorded(&app.stripe(&site, &trial_sub).await), [("sub_2".to_string(), "free_trial".to_string())]);
    let trial_checkout = stripe_event(
        "evt_5",
        "checkout.session.completed",
        json!({"id": "cs_live_t2", "object": "checkout.session", "mode": "subscription", "payment_status": "paid",
               "amount_total": 0, "currency": "usd", "subscription": "sub_2", "customer": "cus_2", "metadata": meta(2)}),
    );
    assert_eq!(duplicates(&app.stripe(&site, &trial_checkout).await), 1);
    // Zero-decimal currency: 5000 JPY is 5000 yen, not 50.
    let yen = stripe_event(
        "evt_6",
        "checkout.session.completed",
        json!({"id": "cs_live_y3", "object": "checkout.session", "mode": "payment", "payment_status": "paid",
               "amount_total": 5000, "currency": "jpy", "payment_intent": "pi_3", "customer": "cus_3", "metadata": meta(2)}),
    );
    assert_eq!(recorded(&app.stripe(&site, &yen).await), [("pi_3".to_string(), "new".to_string())]);
    // Unknown providers and websites, a provider connected without a webhook secret, a body
    // over the limit.
    app.webhook("shopify", &site, &[], "{}").await.expect(404);
    app.webhook("stripe", "000000000000000000000000", &[], "{}").await.expect(404);
    connect(&app, &token, &site, "paddle", json!({"paddleApiKey": "pdl_live_abcdefgh1234"})).await;
    app.webhook("paddle", &site, &[("Paddle-Signature", format!("ts={t};h1={good}"))], &body).await.expect(404);
    let huge = format!("{{\"pad\":\"{}\"}}", "x".repeat(600 * 1024));
    app.webhook("stripe", &site, &[("Stripe-Signature", format!("t={t},v1={good}"))], &huge).await.expect(413);
    // An event that is no payment is acknowledged.
    let other = stripe_event("evt_7", "customer.updated", json!({"id": "cus_1", "object": "customer"}));
    assert!(recorded(&app.stripe(&site, &other).await).is_empty());

    // Google: 29.99 + 15 renewal - 9.99 refund; X: 5000 JPY at the ECB rates of 2026-03-02
    // (184.19 JPY and 1.1698 USD per euro).
    let referrers = format!("/api/v1/analytics/referrers?{}", range(&site));
    let body =
        poll(&app, &referrers, &token, |b| revenue_of(b, "X").is_some() && revenue_of(b, "Google").is_some()).await;
    close(revenue_of(&body, "Google"), 29.99 + 15.0 - 9.99, "Google revenue");
    close(revenue_of(&body, "X"), 5000.0 / 184.19 * 1.1698, "X revenue (JPY converted)");
    assert_eq!(revenue_of(&body, "Direct/None"), None, "everything attributed: {body}");
    let detail = app.get(&format!("/api/v1/visitors/{}?websiteId={site}", uuid(2)), &token).await;
    let kinds: Vec<&str> =
        detail.body["data"]["payments"].as_array().unwrap().iter().map(|p| p["type"].as_str().unwrap()).collect();
    assert_eq!(kinds, ["free_trial", "new"], "the trial got its visitor from the later checkout event");
    let p = &detail.body["data"]["payments"][1];
    assert_eq!((p["amount"].clone(), p["currency"].clone()), (json!(5000), json!("JPY")));
}

#[tokio::test]
async fn lemonsqueezy_polar_and_paddle_deliveries_link_through_metadata_and_success_urls() {
    let app = TestApp::spawn().await;
    let (token, site, tracking) = app.site().await;
    connect_ls_polar_paddle(&app, &token, &site).await;

    // Lemon Squeezy order with custom data, arriving before the visitor's pageview.
    let ls_order = |id: u32, total: i64, custom: Value| {
        json!({"meta": {"event_name": "order_created", "custom_data": custom},
               "data": {"type": "orders", "id": id.to_string(), "attributes": {
                   "store_id": 12345, "customer_id": 900 + id, "identifier": "89b36d62-4f24-4f5b-9b4c-3b3e1d6e2f01",
                   "user_name": "Lee", "user_email": "lee@example.com", "currency": "USD", "status": "paid",
                   "total": total, "created_at": "2026-03-02T10:00:00.000000Z"}}})
    };
    let r = app.lemonsqueezy(&site, &ls_order(501, 4900, meta(3))).await;
    assert_eq!(recorded(&r), [("order_501".to_string(), "new".to_string())]);
    // Bad Lemon Squeezy signature; a replayed delivery.
    let body = ls_order(502, 100, json!({})).to_string();
    app.webhook("lemonsqueezy", &site, &[("X-Signature", hex_mac("nope", &[body.as_bytes()]))], &body)
        .await
        .expect(401);
    replayed(&app.lemonsqueezy(&site, &ls_order(501, 4900, meta(3))).await);
    // A renewal and a refund of the order.
    let renewal = json!({"meta": {"event_name": "subscription_payment_success", "custom_data": meta(3)},
        "data": {"type": "subscription-invoices", "id": "7001", "attributes": {"billing_reason": "renewal",
            "customer_id": 901, "user_email": "lee@example.com", "currency": "USD", "total": 4900,
            "created_at": "2026-03-03T10:00:00.000000Z"}}});
    assert_eq!(
        recorded(&app.lemonsqueezy(&site, &renewal).await),
        [("subscription_invoice_7001".to_string(), "renewal".to_string())]
    );
    let refunded = json!({"meta": {"event_name": "order_refunded", "custom_data": meta(3)},
        "data": {"type": "orders", "id": "501", "attributes": {"customer_id": 901, "currency": "USD", "status": "refunded",
            "total": 4900, "refunded_amount": 4900, "refunded_at": "2026-03-03T12:00:00.000000Z"}}});
    assert_eq!(
        recorded(&app.lemonsqueezy(&site, &refunded).await),
        [("order_501:refund".to_string(), "refund".to_string())]
    );
    // A trial.
    let trial = json!({"meta": {"event_name": "subscription_created", "custom_data": meta(3)},
        "data": {"type": "subscriptions", "id": "88", "attributes": {"status": "on_trial", "order_id": 503,
            "customer_id": 903, "user_email": "lee@example.com", "created_at": "2026-03-02T11:00:00.000000Z"}}});
    assert_eq!(
        recorded(&app.lemonsqueezy(&site, &trial).await),
        [("subscription_88_trial".to_string(), "free_trial".to_string())]
    );
    app.send_event(&landing(&tracking, 3, "https://example.com/", "https://www.bing.com/"), CHROME, None)
        .await
        .expect(200);

    // Path B: an order without custom data, then its success page (`?order_id=`).
    assert_eq!(recorded(&app.lemonsqueezy(&site, &ls_order(777, 1000, json!({}))).await).len(), 1);
    app.send_event(&landing(&tracking, 4, "https://example.com/pricing", "https://duckduckgo.com/"), CHROME, None)
        .await
        .expect(200);
    let mut success = pageview(&tracking, "https://example.com/thanks?order_id=777", 4);
    success["type"] = json!("payment");
    success["extraData"] = json!({"lemonsqueezy_order_id": "777"});
    app.send_event(&success, CHROME, None).await.expect(200);

    // Polar: the success page (`?checkout_id=`) first, then the order without metadata, twice.
    let checkout_id = "5f3c2a4e-1b2d-4c3e-9f8a-7b6c5d4e3f21";
    app.send_event(&landing(&tracking, 5, "https://example.com/?utm_source=newsletter", ""), CHROME, None)
        .await
        .expect(200);
    let mut polar_success = pageview(&tracking, &format!("https://example.com/thanks?checkout_id={checkout_id}"), 5);
    polar_success["type"] = json!("payment");
    polar_success["extraData"] = json!({"polar_checkout_id": checkout_id});
    app.send_event(&polar_success, CHROME, None).await.expect(200);
    let order = |kind: &str| {
        json!({"type": kind, "timestamp": "2026-03-02T12:00:00Z", "data": {
            "id": "a1b2c3d4-0000-4000-8000-000000000001", "created_at": "2026-03-02T12:00:00Z", "status": "paid", "paid": true,
            "total_amount": 2000, "currency": "eur", "billing_reason": "purchase", "customer_id": "c-1",
            "customer": {"id": "c-1", "email": "pat@example.com", "name": "Pat"}, "checkout_id": checkout_id, "metadata": {}}})
    };
    assert_eq!(recorded(&app.polar(&site, "msg_1", &order("order.paid")).await).len(), 1);
    assert_eq!(duplicates(&app.polar(&site, "msg_2", &order("order.created")).await), 1);
    let body = order("order.paid").to_string();
    let t = now().to_string();
    let bad = base64_encode(&hmac_sha256(b"other", &[b"msg_3.", t.as_bytes(), b".", body.as_bytes()]));
    let headers =
        [("webhook-id", "msg_3".into()), ("webhook-timestamp", t.clone()), ("webhook-signature", format!("v1,{bad}"))];
    app.webhook("polar", &site, &headers, &body).await.expect(401);

    // Paddle: a transaction with custom data (amounts are strings in minor units) and its refund.
    app.send_event(&landing(&tracking, 6, "https://example.com/", "https://www.reddit.com/r/x"), CHROME, None)
        .await
        .expect(200);
    let txn = json!({"event_id": "evt_01h", "event_type": "transaction.completed", "occurred_at": "2026-03-02T13:00:00Z",
        "notification_id": "ntf_01h", "data": {"id": "txn_01h", "status": "completed", "origin": "web", "customer_id": "ctm_1",
            "currency_code": "USD", "custom_data": meta(6), "billed_at": "2026-03-02T13:00:00Z",
            "details": {"totals": {"subtotal": "10000", "tax": "2000", "total": "12000", "grand_total": "12000"}}}});
    assert_eq!(recorded(&app.paddle(&site, &txn).await), [("txn_01h".to_string(), "new".to_string())]);
    let adjustment = json!({"event_id": "evt_02h", "event_type": "adjustment.created", "occurred_at": "2026-03-02T14:00:00Z",
        "data": {"id": "adj_01h", "action": "refund", "status": "approved", "transaction_id": "txn_01h", "customer_id": "ctm_1",
            "currency_code": "USD", "totals": {"subtotal": "2500", "tax": "500", "total": "3000"}}});
    assert_eq!(recorded(&app.paddle(&site, &adjustment).await), [("adj_01h".to_string(), "refund".to_string())]);
    let body = txn.to_string();
    let old = (now() - 3600).to_string();
    let sig = hex_mac(PADDLE_SECRET, &[old.as_bytes(), b":", body.as_bytes()]);
    app.webhook("paddle", &site, &[("Paddle-Signature", format!("ts={old};h1={sig}"))], &body).await.expect(401);

    // Bing: 49 + 49 renewal - 49 refund; DuckDuckGo: 10 (success URL); newsletter: 20 EUR at
    // 1.1698 USD per euro (2026-03-02); Reddit: 120 - 30.
    let referrers = format!("/api/v1/analytics/referrers?{}", range(&site));
    let body = poll(&app, &referrers, &token, |b| {
        ["Bing", "DuckDuckGo", "newsletter", "Reddit"].iter().all(|n| revenue_of(b, n).is_some())
    })
    .await;
    close(revenue_of(&body, "Bing"), 49.0, "Bing");
    close(revenue_of(&body, "DuckDuckGo"), 10.0, "DuckDuckGo");
    close(revenue_of(&body, "newsletter"), 20.0 * 1.1698, "newsletter");
    close(revenue_of(&body, "Reddit"), 90.0, "Reddit");
    assert_eq!(revenue_of(&body, "Direct/None"), None, "everything attributed: {body}");
}

/// Connects Lemon Squeezy, Polar and Paddle to `site` with the tests' webhook secrets.
pub async fn connect_ls_polar_paddle(app: &TestApp, token: &str, site: &str) {
    let ls = json!({"lemonsqueezyApiKey": "ls_key_abcdef", "lemonsqueezyStoreId": "12345", "webhookSecret": LS_SECRET});
    connect(app, token, site, "lemonsqueezy", ls).await;
    let polar = json!({"polarAccessToken": "polar_oat_abcdef", "polarOrgId": "org_abc", "webhookSecret": POLAR_SECRET});
    connect(app, token, site, "polar", polar).await;
    let paddle = json!({"paddleApiKey": "pdl_live_abcdefgh1234", "webhookSecret": PADDLE_SECRET});
    connect(app, token, site, "paddle", paddle).await;
}
