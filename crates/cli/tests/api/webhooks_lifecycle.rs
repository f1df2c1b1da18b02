//! Provider webhooks, continued: subscription lifecycle events becoming DataFast's automatic
//! payment-provider goals on the visitor, refunds reported one by one and as running totals,
//! replayed deliveries, and the per-website rate limit. Deliveries are built in each
//! provider's documented format and signed with a test secret as the provider signs them.

use serde_json::{json, Value};

use crate::events::{pageview, uuid, CHROME};
use crate::helpers::{Resp, TestApp};
use crate::webhooks::{
    close, connect, connect_ls_polar_paddle, duplicates, hex_mac, landing, meta, now, poll, range, recorded, replayed,
    revenue_of, stripe_event, STRIPE_SECRET, T0,
};

fn goals_of(r: &Resp) -> Vec<String> {
    r.expect(200);
    assert_eq!(r.first()["replay"], false, "{}", r.body);
    r.first()["goals"].as_array().unwrap().iter().map(|g| g.as_str().unwrap().to_string()).collect()
}

/// The visitor's automatic goals (`origin: payment_provider`), in the journey's order.
async fn provider_goals(app: &TestApp, token: &str, site: &str, visitor: u32) -> Vec<String> {
    // Waits for the visitor's pageview to be stored (the tracker path is asynchronous).
    let path = format!("/api/v1/visitors/{}?websiteId={site}", uuid(visitor));
    let body = poll(app, &path, token, |b| b["status"] == "success").await;
    body["data"]["activity"]["completedGoals"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|g| g["origin"] == "payment_provider")
        .map(|g| {
            assert_eq!(g["isServer"], true);
            g["name"].as_str().unwrap().to_string()
        })
        .collect()
}

async fn visit(app: &TestApp, tracking: &str, visitor: u32, referrer: &str) {
    app.send_event(&landing(tracking, visitor, "https://example.com/pricing", referrer), CHROME, None)
        .await
        .expect(200);
}

/// A Stripe subscription object with one monthly (or yearly) price.
fn stripe_sub(status: &str, unit_amount: i64, interval: &str, cancel_at_period_end: bool) -> Value {
    json!({"id": "sub_1", "object": "subscription", "status": status, "customer": "cus_1", "currency": "usd",
           "cancel_at_period_end": cancel_at_period_end, "cancel_at": null, "metadata": {},
           "items": {"object": "list", "data": [{"id": "si_1", "quantity": 1,
               "price": {"id": "price_x", "unit_amount": unit_amount, "currency": "usd",
                         "recurring": {"interval": interval, "interval_count": 1}}}]}})
}

fn stripe_update(id: &str, minute: i64, object: Value, previous: Value) -> Value {
    let mut e = stripe_event(id, "customer.subscription.updated", object);
    e["created"] = json!(T0 + minute * 60);
    e["data"]["previous_attributes"] = previous;
    e
}

fn at(mut e: Value, minute: i64) -> Value {
    e["created"] = json!(T0 + minute * 60);
    e
}

#[tokio::test]
async fn stripe_subscription_lifecycle_shows_as_automatic_goals_of_the_visitor() {
    let app = TestApp::spawn().await;
    let (token, site, tracking) = app.site().await;
    connect(
        &app,
        &token,
        &site,
        "stripe",
        json!({"stripeRak": "rk_live_abcdefgh1234", "webhookSecret": STRIPE_SECRET}),
    )
    .await;
    visit(&app, &tracking, 1, "https://www.google.com/").await;
    // A custom goal of the same visitor, which /analytics/goals does list.
    let mut signup = pageview(&tracking, "https://example.com/pricing", 1);
    signup["type"] = json!("custom");
    signup["extraData"] = json!({"eventName": "signup"});
    app.send_event(&signup, CHROME, None).await.expect(200);

    // A trial checkout (metadata on the session), then its subscription events (no metadata:
    // linked through customer cus_1).
    let checkout = at(
        stripe_event(
            "evt_c",
            "checkout.session.completed",
            json!({"id": "cs_live_1", "object": "checkout.session", "mode": "subscription", "payment_status": "paid",
                   "amount_total": 0, "currency": "usd", "subscription": "sub_1", "customer": "cus_1", "metadata": meta(1)}),
        ),
        1,
    );
    assert_eq!(recorded(&app.stripe(&site, &checkout).await), [("sub_1".to_string(), "free_trial".to_string())]);
    let created =
        at(stripe_event("evt_s0", "customer.subscription.created", stripe_sub("trialing", 1000, "month", false)), 2);
    assert_eq!(goals_of(&app.stripe(&site, &created).await), ["trial_started"]);
    let converted =
        stripe_update("evt_s1", 3, stripe_sub("active", 1000, "month", false), json!({"status": "trialing"}));
    assert_eq!(goals_of(&app.stripe(&site, &converted).await), ["trial_converted"]);
    // The first renewal: a renewal payment (and its automatic goals).
    let invoice = at(
        stripe_event(
            "evt_i1",
            "invoice.paid",
            json!({"id": "in_1", "object": "invoice", "billing_reason": "subscription_cycle", "amount_paid": 1000,
                   "currency": "usd", "customer": "cus_1", "subscription": "sub_1"}),
        ),
        4,
    );
    assert_eq!(recorded(&app.stripe(&site, &invoice).await), [("in_1".to_string(), "renewal".to_string())]);
    // 10 → 25 a month; then 120 a year (10 a month).
    let old_items = stripe_sub("active", 1000, "month", false)["items"].clone();
    let upgrade = stripe_update("evt_s2", 5, stripe_sub("active", 2500, "month", false), json!({"items": old_items}));
    assert_eq!(goals_of(&app.stripe(&site, &upgrade).await), ["subscription_upgraded"]);
    let mid_items = stripe_sub("active", 2500, "month", false)["items"].clone();
    let yearly = stripe_update("evt_s3", 6, stripe_sub("active", 12000, "year", false), json!({"items": mid_items}));
    assert_eq!(goals_of(&app.stripe(&site, &yearly).await), ["subscription_downgraded"]);
    // Cancellation at period end scheduled, then withdrawn.
    let cancel =
        stripe_update("evt_s4", 7, stripe_sub("active", 12000, "year", true), json!({"cancel_at_period_end": false}));
    assert_eq!(goals_of(&app.stripe(&site, &cancel).await), ["subscription_cancel_scheduled"]);
    // The same event delivered again (Stripe retries with the same event id): a replay.
    replayed(&app.stripe(&site, &cancel).await);
    let keep =
        stripe_update("evt_s5", 8, stripe_sub("active", 12000, "year", false), json!({"cancel_at_period_end": true}));
    assert_eq!(goals_of(&app.stripe(&site, &keep).await), ["subscription_reactivated"]);
    // A late, older event (from before the reactivation) changes nothing.
    let late =
        stripe_update("evt_s6", 7, stripe_sub("active", 12000, "year", true), json!({"cancel_at_period_end": false}));
    assert!(goals_of(&app.stripe(&site, &late).await).is_empty());
    // An update that changes nothing the goals care about.
    let other = stripe_update("evt_s7", 9, stripe_sub("active", 12000, "year", false), json!({"metadata": {"a": "b"}}));
    assert!(goals_of(&app.stripe(&site, &other).await).is_empty());
    let deleted =
        at(stripe_event("evt_s8", "customer.subscription.deleted", stripe_sub("canceled", 12000, "year", false)), 10);
    assert_eq!(goals_of(&app.stripe(&site, &deleted).await), ["subscription_ended"]);

    assert_eq!(
        provider_goals(&app, &token, &site, 1).await,
        [
            "free_trial",
            "trial_started",
            "trial_converted",
            "payment",
            "subscription_renewed",
            "subscription_upgraded",
            "subscription_downgraded",
            "subscription_cancel_scheduled",
            "subscription_reactivated",
            "subscription_ended",
        ]
    );
    // Timestamps are the events' times.
    let r = app.get(&format!("/api/v1/visitors/{}?websiteId={site}", uuid(1)), &token).await;
    let goals = r.body["data"]["activity"]["completedGoals"].as_array().unwrap().clone();
    let ended = goals.iter().find(|g| g["name"] == "subscription_ended").unwrap();
    let want = datafast_core::time::iso_millis((T0 + 600) * 1000);
    assert_eq!(ended["timestamp"], json!(want));
    let signup = goals.iter().find(|g| g["name"] == "signup").expect("the custom goal is in the journey too");
    assert_eq!(signup["origin"], "manual");

    // /analytics/goals lists custom goals only.
    let path = format!("/api/v1/analytics/goals?{}", range(&site).replace("2026-03-01", "2000-01-01"));
    let body = poll(&app, &path, &token, |b| b["data"].as_array().is_some_and(|d| !d.is_empty())).await;
    let names: Vec<&str> = body["data"].as_array().unwrap().iter().map(|g| g["goal"].as_str().unwrap()).collect();
    assert_eq!(names, ["signup"], "{body}");
}

fn ls_subscription(event: &str, status: &str, cancelled: bool, updated_at: &str) -> Value {
    json!({"meta": {"event_name": event, "custom_data": meta(3)},
           "data": {"type": "subscriptions", "id": "88", "attributes": {"store_id": 12345, "customer_id": 903,
               "order_id": 503, "user_email": "lee@example.com", "status": status, "cancelled": cancelled,
               "created_at": "2026-03-02T10:00:00.000000Z", "updated_at": updated_at}}})
}

fn polar_sub(kind: &str, status: &str, amount: i64, cancel_at_period_end: bool, modified_at: &str) -> Value {
    json!({"type": kind, "timestamp": modified_at, "data": {
        "id": "9d2b1c8e-0000-4000-8000-000000000077", "status": status, "amount": amount, "currency": "usd",
        "recurring_interval": "month", "cancel_at_period_end": cancel_at_period_end,
        "created_at": "2026-03-02T10:00:00Z", "modified_at": modified_at, "customer_id": "c-4",
        "customer": {"id": "c-4", "email": "pat@example.com"}, "metadata": meta(4)}})
}

fn paddle_sub(kind: &str, status: &str, amount: &str, scheduled_cancel: bool, occurred_at: &str, n: u32) -> Value {
    let scheduled = if scheduled_cancel {
        json!({"action": "cancel", "effective_at": "2026-04-02T10:00:00Z", "resume_at": null})
    } else {
        Value::Null
    };
    json!({"event_id": format!("evt_sub_{n}"), "notification_id": format!("ntf_sub_{n}"), "event_type": kind,
           "occurred_at": occurred_at, "data": {
        "id": "sub_01h", "status": status, "customer_id": "ctm_5", "currency_code": "USD", "transaction_id": "txn_01t",
        "custom_data": meta(5), "scheduled_change": scheduled,
        "items": [{"quantity": 1, "price": {"id": "pri_1", "unit_price": {"amount": amount, "currency_code": "USD"},
                   "billing_cycle": {"interval": "month", "frequency": 1}}}]}})
}

#[tokio::test]
async fn lemonsqueezy_polar_and_paddle_subscription_events_become_goals_once() {
    let app = TestApp::spawn().await;
    let (token, site, tracking) = app.site().await;
    connect_ls_polar_paddle(&app, &token, &site).await;
    for v in [3, 4, 5] {
        visit(&app, &tracking, v, "https://www.bing.com/").await;
    }

    // Lemon Squeezy sends the whole subscription with each event, and several events for
    // one change (`subscription_updated` accompanies the others).
    let created = ls_subscription("subscription_created", "on_trial", false, "2026-03-02T10:00:00.000000Z");
    let r = app.lemonsqueezy(&site, &created).await;
    assert_eq!(recorded(&r), [("subscription_88_trial".to_string(), "free_trial".to_string())]);
    assert_eq!(goals_of(&r), ["trial_started"]);
    let active = ls_subscription("subscription_updated", "active", false, "2026-03-09T10:00:00.000000Z");
    assert_eq!(goals_of(&app.lemonsqueezy(&site, &active).await), ["trial_converted"]);
    let again = ls_subscription("subscription_updated", "active", false, "2026-03-09T10:00:01.000000Z");
    assert!(goals_of(&app.lemonsqueezy(&site, &again).await).is_empty());
    let renewal = json!({"meta": {"event_name": "subscription_payment_success", "custom_data": meta(3)},
        "data": {"type": "subscription-invoices", "id": "7001", "attributes": {"billing_reason": "renewal",
            "subscription_id": 88, "customer_id": 903, "user_email": "lee@example.com", "currency": "USD",
            "total": 4900, "created_at": "2026-03-10T10:00:00.000000Z"}}});
    assert_eq!(
        recorded(&app.lemonsqueezy(&site, &renewal).await),
        [("subscription_invoice_7001".to_string(), "renewal".to_string())]
    );
    let cancelled = ls_subscription("subscription_cancelled", "cancelled", true, "2026-03-11T10:00:00.000000Z");
    assert_eq!(goals_of(&app.lemonsqueezy(&site, &cancelled).await), ["subscription_cancel_scheduled"]);
    let updated_too = ls_subscription("subscription_updated", "cancelled", true, "2026-03-11T10:00:00.000000Z");
    assert!(goals_of(&app.lemonsqueezy(&site, &updated_too).await).is_empty());
    // Lemon Squeezy sends no delivery id: the same body and signature again is a replay.
    replayed(&app.lemonsqueezy(&site, &cancelled).await);
    let resumed = ls_subscription("subscription_resumed", "active", false, "2026-03-12T10:00:00.000000Z");
    assert_eq!(goals_of(&app.lemonsqueezy(&site, &resumed).await), ["subscription_reactivated"]);
    let expired = ls_subscription("subscription_expired", "expired", false, "2026-03-20T10:00:00.000000Z");
    assert_eq!(goals_of(&app.lemonsqueezy(&site, &expired).await), ["subscription_ended"]);

    // Polar: created and active for the same start; a price change; cancel and uncancel;
    // revoked at the end.
    let c = polar_sub("subscription.created", "active", 1000, false, "2026-03-02T10:00:00Z");
    assert_eq!(goals_of(&app.polar(&site, "msg_p1", &c).await), ["subscription_started"]);
    let a = polar_sub("subscription.active", "active", 1000, false, "2026-03-02T10:00:00Z");
    assert!(goals_of(&app.polar(&site, "msg_p2", &a).await).is_empty());
    let up = polar_sub("subscription.updated", "active", 2000, false, "2026-03-05T10:00:00Z");
    assert_eq!(goals_of(&app.polar(&site, "msg_p3", &up).await), ["subscription_upgraded"]);
    replayed(&app.polar(&site, "msg_p3", &up).await);
    let canceled = polar_sub("subscription.canceled", "active", 2000, true, "2026-03-06T10:00:00Z");
    assert_eq!(goals_of(&app.polar(&site, "msg_p4", &canceled).await), ["subscription_cancel_scheduled"]);
    let updated_too = polar_sub("subscription.updated", "active", 2000, true, "2026-03-06T10:00:00Z");
    assert!(goals_of(&app.polar(&site, "msg_p5", &updated_too).await).is_empty());
    let uncanceled = polar_sub("subscription.uncanceled", "active", 2000, false, "2026-03-07T10:00:00Z");
    assert_eq!(goals_of(&app.polar(&site, "msg_p6", &uncanceled).await), ["subscription_reactivated"]);
    let revoked = polar_sub("subscription.revoked", "canceled", 2000, false, "2026-03-08T10:00:00Z");
    assert_eq!(goals_of(&app.polar(&site, "msg_p7", &revoked).await), ["subscription_ended"]);

    // Paddle: a trial, activated, a cheaper plan, a scheduled cancellation, canceled.
    let t = paddle_sub("subscription.created", "trialing", "1000", false, "2026-03-02T10:00:00Z", 1);
    let r = app.paddle(&site, &t).await;
    assert_eq!(recorded(&r), [("sub_01h:trial".to_string(), "free_trial".to_string())]);
    assert_eq!(goals_of(&r), ["trial_started"]);
    let trialing = paddle_sub("subscription.trialing", "trialing", "1000", false, "2026-03-02T10:00:00Z", 2);
    assert!(goals_of(&app.paddle(&site, &trialing).await).is_empty());
    let activated = paddle_sub("subscription.activated", "active", "1000", false, "2026-03-16T10:00:00Z", 3);
    assert_eq!(goals_of(&app.paddle(&site, &activated).await), ["trial_converted"]);
    replayed(&app.paddle(&site, &activated).await);
    let down = paddle_sub("subscription.updated", "active", "500", false, "2026-03-17T10:00:00Z", 4);
    assert_eq!(goals_of(&app.paddle(&site, &down).await), ["subscription_downgraded"]);
    let scheduled = paddle_sub("subscription.updated", "active", "500", true, "2026-03-18T10:00:00Z", 5);
    assert_eq!(goals_of(&app.paddle(&site, &scheduled).await), ["subscription_cancel_scheduled"]);
    let ended = paddle_sub("subscription.canceled", "canceled", "500", false, "2026-04-02T10:00:00Z", 6);
    assert_eq!(goals_of(&app.paddle(&site, &ended).await), ["subscription_ended"]);

    assert_eq!(
        provider_goals(&app, &token, &site, 3).await,
        [
            "free_trial",
            "trial_started",
            "trial_converted",
            "payment",
            "subscription_renewed",
            "subscription_cancel_scheduled",
            "subscription_reactivated",
            "subscription_ended"
        ]
    );
    assert_eq!(
        provider_goals(&app, &token, &site, 4).await,
        [
            "subscription_started",
            "subscription_upgraded",
            "subscription_cancel_scheduled",
            "subscription_reactivated",
            "subscription_ended"
        ]
    );
    assert_eq!(
        provider_goals(&app, &token, &site, 5).await,
        [
            "free_trial",
            "trial_started",
            "trial_converted",
            "subscription_downgraded",
            "subscription_cancel_scheduled",
            "subscription_ended"
        ]
    );
    let path = format!("/api/v1/analytics/goals?{}", range(&site));
    let goals = app.get(&path, &token).await;
    goals.expect(200);
    assert_eq!(goals.body["data"], json!([]), "lifecycle goals are not custom goals");
}

fn refund_object(id: &str, amount: i64, status: &str) -> Value {
    json!({"id": id, "object": "refund", "amount": amount, "currency": "usd", "charge": "ch_6",
           "payment_intent": "pi_6", "status": status, "created": T0 + 7200, "metadata": {}})
}

#[tokio::test]
async fn refunds_reduce_revenue_once_however_providers_report_them() {
    let app = TestApp::spawn().await;
    let (token, site, tracking) = app.site().await;
    connect(
        &app,
        &token,
        &site,
        "stripe",
        json!({"stripeRak": "rk_live_abcdefgh1234", "webhookSecret": STRIPE_SECRET}),
    )
    .await;
    connect_ls_polar_paddle(&app, &token, &site).await;
    visit(&app, &tracking, 6, "https://www.google.com/").await;
    visit(&app, &tracking, 7, "https://www.bing.com/").await;
    visit(&app, &tracking, 8, "https://www.reddit.com/r/x").await;
    visit(&app, &tracking, 9, "https://duckduckgo.com/").await;

    // Stripe: $100 paid (metadata on the checkout only).
    let checkout = stripe_event(
        "evt_r0",
        "checkout.session.completed",
        json!({"id": "cs_live_6", "object": "checkout.session", "mode": "payment", "payment_status": "paid",
               "amount_total": 10000, "currency": "usd", "payment_intent": "pi_6", "customer": null, "metadata": meta(6)}),
    );
    assert_eq!(recorded(&app.stripe(&site, &checkout).await).len(), 1);
    // A $30 refund as a refund object (no metadata, no customer: linked through pi_6) ...
    let r =
        app.stripe(&site, &stripe_event("evt_r1", "refund.created", refund_object("re_6a", 3000, "succeeded"))).await;
    assert_eq!(recorded(&r), [("re_6a".to_string(), "refund".to_string())]);
    // ... and as the charge's running total (API versions without the refund list): counted.
    let charge = |id: &str, refunded: i64| {
        stripe_event(
            id,
            "charge.refunded",
            json!({"id": "ch_6", "object": "charge", "amount": 10000, "amount_refunded": refunded, "currency": "usd",
                   "payment_intent": "pi_6", "customer": null, "metadata": {}, "refunded": false}),
        )
    };
    assert_eq!(duplicates(&app.stripe(&site, &charge("evt_r2", 3000)).await), 1);
    // A second refund of $20 reported first by the running total, then by its refund object.
    assert_eq!(
        recorded(&app.stripe(&site, &charge("evt_r3", 5000)).await),
        [("ch_6:refund@5000".to_string(), "refund".to_string())]
    );
    assert_eq!(
        duplicates(
            &app.stripe(&site, &stripe_event("evt_r4", "refund.created", refund_object("re_6b", 2000, "succeeded")))
                .await
        ),
        1
    );
    // The first refund fails after all: withdrawn.
    let failed =
        app.stripe(&site, &stripe_event("evt_r5", "refund.updated", refund_object("re_6a", 3000, "failed"))).await;
    failed.expect(200);
    assert_eq!(failed.first()["retracted"], json!(["re_6a"]));

    // Lemon Squeezy: $49 order, refunded $10 then $25 in total (running totals).
    let order = json!({"meta": {"event_name": "order_created", "custom_data": meta(7)},
        "data": {"type": "orders", "id": "601", "attributes": {"customer_id": 907, "user_email": "kim@example.com",
            "currency": "USD", "status": "paid", "total": 4900, "created_at": "2026-03-02T10:00:00.000000Z"}}});
    assert_eq!(recorded(&app.lemonsqueezy(&site, &order).await).len(), 1);
    let ls_refund = |refunded: i64, at: &str| {
        json!({"meta": {"event_name": "order_refunded", "custom_data": {}},
            "data": {"type": "orders", "id": "601", "attributes": {"customer_id": 907, "currency": "USD",
                "status": "partial_refund", "total": 4900, "refunded_amount": refunded, "refunded_at": at}}})
    };
    let first = ls_refund(1000, "2026-03-03T10:00:00.000000Z");
    assert_eq!(
        recorded(&app.lemonsqueezy(&site, &first).await),
        [("order_601:refund".to_string(), "refund".to_string())]
    );
    replayed(&app.lemonsqueezy(&site, &first).await);
    assert_eq!(
        recorded(&app.lemonsqueezy(&site, &ls_refund(2500, "2026-03-04T10:00:00.000000Z")).await),
        [("order_601:refund@2500".to_string(), "refund".to_string())]
    );

    // Polar: a €20 order (tax included), a refund of 5 + 1 tax as a refund object, then the
    // order's running total saying the same.
    let polar_order = json!({"type": "order.paid", "data": {"id": "a1b2c3d4-0000-4000-8000-000000000008",
        "created_at": "2026-03-02T12:00:00Z", "status": "paid", "total_amount": 2000, "currency": "usd",
        "billing_reason": "purchase", "customer_id": "c-8", "customer": {"id": "c-8", "email": "al@example.com"},
        "metadata": meta(8)}});
    assert_eq!(recorded(&app.polar(&site, "msg_o1", &polar_order).await).len(), 1);
    let polar_refund = json!({"type": "refund.created", "data": {"id": "f0e1d2c3-0000-4000-8000-000000000009",
        "created_at": "2026-03-03T12:00:00Z", "modified_at": null, "status": "succeeded", "amount": 500, "tax_amount": 100,
        "currency": "usd", "order_id": "a1b2c3d4-0000-4000-8000-000000000008", "customer_id": "c-8", "metadata": {}}});
    assert_eq!(recorded(&app.polar(&site, "msg_o2", &polar_refund).await).len(), 1);
    let mut refunded_order = polar_order.clone();
    refunded_order["type"] = json!("order.refunded");
    refunded_order["data"]["status"] = json!("partially_refunded");
    refunded_order["data"]["refunded_amount"] = json!(500);
    refunded_order["data"]["refunded_tax_amount"] = json!(100);
    refunded_order["data"]["modified_at"] = json!("2026-03-03T12:00:00Z");
    assert_eq!(duplicates(&app.polar(&site, "msg_o3", &refunded_order).await), 1);

    // Paddle: $120, a $30 refund approved, then reversed.
    let txn = json!({"event_id": "evt_t9", "notification_id": "ntf_t9", "event_type": "transaction.completed",
        "occurred_at": "2026-03-02T13:00:00Z", "data": {"id": "txn_9", "status": "completed", "origin": "web",
        "customer_id": "ctm_9", "currency_code": "USD", "custom_data": meta(9), "billed_at": "2026-03-02T13:00:00Z",
        "details": {"totals": {"total": "12000", "grand_total": "12000"}}}});
    assert_eq!(recorded(&app.paddle(&site, &txn).await).len(), 1);
    let adjustment = |n: u32, kind: &str, status: &str| {
        json!({"event_id": format!("evt_a{n}"), "notification_id": format!("ntf_a{n}"), "event_type": kind,
            "occurred_at": "2026-03-02T14:00:00Z", "data": {"id": "adj_9", "action": "refund", "status": status,
            "transaction_id": "txn_9", "customer_id": "ctm_9", "currency_code": "USD", "totals": {"total": "3000"}}})
    };
    assert_eq!(recorded(&app.paddle(&site, &adjustment(1, "adjustment.created", "approved")).await).len(), 1);
    let reversed = app.paddle(&site, &adjustment(2, "adjustment.updated", "reversed")).await;
    reversed.expect(200);
    assert_eq!(reversed.first()["retracted"], json!(["adj_9"]));

    // Computed here: Google 100 - 20 (the failed 30 withdrawn); Bing 49 - 25; Reddit 20 - 6;
    // DuckDuckGo 120 (the refund reversed). Refunds: 20 + 25 + 6.
    let referrers = format!("/api/v1/analytics/referrers?{}", range(&site));
    let body = poll(&app, &referrers, &token, |b| {
        ["Google", "Bing", "Reddit", "DuckDuckGo"].iter().all(|n| revenue_of(b, n).is_some())
    })
    .await;
    close(revenue_of(&body, "Google"), 100.0 - 20.0, "Google");
    close(revenue_of(&body, "Bing"), 49.0 - 25.0, "Bing");
    close(revenue_of(&body, "Reddit"), 20.0 - 6.0, "Reddit");
    close(revenue_of(&body, "DuckDuckGo"), 120.0, "DuckDuckGo");
    let overview = app.get(&format!("/api/v1/analytics/overview?{}", range(&site)), &token).await;
    let o = &overview.body["data"][0];
    let (new, refund) = (100.0 + 49.0 + 20.0 + 120.0, 20.0 + 25.0 + 6.0);
    close(o["revenueBreakdown"]["new"].as_f64(), new, "new");
    close(o["revenueBreakdown"]["refund"].as_f64(), refund, "refunds");
    close(o["revenue"].as_f64(), new - refund, "revenue");
}

/// A signed Stripe delivery, answered with its headers.
async fn stripe_raw(app: &TestApp, site: &str, event: &Value) -> reqwest::Response {
    let body = event.to_string();
    let t = now().to_string();
    let sig = hex_mac(STRIPE_SECRET, &[t.as_bytes(), b".", body.as_bytes()]);
    app.request(reqwest::Method::POST, &format!("/api/webhooks/stripe/{site}"))
        .header("Content-Type", "application/json")
        .header("Stripe-Signature", format!("t={t},v1={sig}"))
        .body(body)
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn webhook_bursts_get_429_per_website() {
    let app =
        TestApp::spawn_with_env(tempfile::tempdir().unwrap(), &[("DATAFAST_WEBHOOK_RATE_LIMIT_PER_WEBSITE", "5")])
            .await;
    let (token, site, _) = app.site().await;
    let other = app.website(&token, "other.example").await;
    for s in [&site, &other] {
        connect(
            &app,
            &token,
            s,
            "stripe",
            json!({"stripeRak": "rk_live_abcdefgh1234", "webhookSecret": STRIPE_SECRET}),
        )
        .await;
    }
    let event =
        |n: u32| stripe_event(&format!("evt_b{n}"), "customer.updated", json!({"id": "cus_1", "object": "customer"}));
    for n in 0..5u32 {
        let r = stripe_raw(&app, &site, &event(n)).await;
        assert_eq!(r.status(), 200);
        assert_eq!(r.headers()["x-ratelimit-limit"], "5");
        assert_eq!(r.headers()["x-ratelimit-remaining"].to_str().unwrap(), (4 - n).to_string());
    }
    let r = stripe_raw(&app, &site, &event(5)).await;
    assert_eq!(r.status(), 429);
    let retry: u64 = r.headers()["retry-after"].to_str().unwrap().parse().unwrap();
    assert!((1..=12).contains(&retry), "one delivery frees up every 12 s at 5/min: {retry}");
    let body: Value = r.json().await.unwrap();
    assert_eq!(body["status"], "error");
    assert_eq!(body["error"]["code"], 429);
    assert!(body["error"]["message"].as_str().unwrap().contains("Rate limit exceeded"), "{body}");
    // Counted before verification: a forged delivery is refused alike.
    app.webhook("stripe", &site, &[("Stripe-Signature", format!("t={},v1=00", now()))], "{}").await.expect(429);
    // Another website's endpoint is unaffected.
    assert_eq!(stripe_raw(&app, &other, &event(6)).await.status(), 200);
}
