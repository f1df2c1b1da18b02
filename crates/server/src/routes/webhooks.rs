//! `POST /api/webhooks/{provider}/{websiteId}`: payments pushed by Stripe, Lemon Squeezy,
//! Polar and Paddle (DataFast's path A). The delivery is verified with the website's stored
//! webhook signing secret exactly as the provider signs it (`datafast_core::webhook`), checked
//! against the deliveries already processed (replays answer 200 and change nothing), then the
//! documented events become payments through `record_payment`, keyed by the provider's own id so
//! retries and the several events one checkout produces record one payment, and subscription
//! events become DataFast's automatic lifecycle goals (`lifecycle`).
//!
//! Attribution comes from the metadata keys `datafast_visitor_id` / `datafast_session_id`
//! (Stripe `metadata`, Lemon Squeezy `meta.custom_data`, Polar `metadata`, Paddle
//! `custom_data`), else from the tracker's success-URL event naming the checkout
//! (`checkout_ref`), the customer email, or the customer's earlier payments — resolved when
//! analytics are read, so the order of arrival does not matter.
//!
//! Bodies are never logged: they hold customer emails.

mod lifecycle;

use axum::body::{to_bytes, Body};
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use datafast_core::currency::Currency;
use datafast_core::integration::Provider;
use datafast_core::payment::PaymentKind;
use datafast_core::uuid::parse_uuid;
use datafast_core::webhook::{self, SignatureError};
use datafast_core::ObjectId;
use datafast_ingest::payments::{record_payment, NewPayment, Recorded};
use datafast_store::{PaymentLinks, PaymentSelector, ProviderGoalRecord};
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

use crate::error::{ApiError, ApiResult};
use crate::{rate_limit, respond, AppState};

/// Largest delivery accepted. Provider events are a few kilobytes; Stripe's largest objects
/// (invoices with many lines) stay well under this.
const MAX_WEBHOOK_BYTES: usize = 512 * 1024;

/// How long a processed delivery id is remembered. Signed timestamps older than five minutes
/// are refused anyway; Lemon Squeezy signs none, so its replays are caught by this memory
/// (and, after it, by the payments' own keys).
const DELIVERY_MEMORY_MS: i64 = 30 * 86_400_000;

/// Deliveries are processed one at a time: a subscription's state is read, compared and
/// written, and refunds reported both one by one and as running totals are reconciled, which
/// two concurrent deliveries about the same subscription or charge must not interleave.
/// Webhook volume is small next to the time one delivery takes (a few milliseconds).
static PROCESSING: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// A payment one event reports, before it is tied to a website.
#[derive(Debug, Clone, PartialEq)]
struct Mapped {
    transaction_id: String,
    kind: PaymentKind,
    amount_minor: i64,
    currency: String,
    at_ms: i64,
    metadata: Option<Value>,
    customer_email: Option<String>,
    customer_name: Option<String>,
    customer_id: Option<String>,
    checkout_ref: Option<String>,
    /// For refunds: what is refunded and how the provider reports it.
    refund: Option<RefundOf>,
}

/// What a refund refunds. Providers report refunds one by one (Stripe refunds, Polar refunds,
/// Paddle adjustments: `running_total` false, keyed by the refund's id) or as the running
/// total refunded on a payment (`charge.refunded` without its refund list, Lemon Squeezy and
/// Polar refunded orders: true, `amount_minor` is the total so far). Both kinds of report of
/// the same refunds count once: a running total records only what the recorded refunds do not
/// cover yet, and a single refund only what the running totals did not already count.
#[derive(Debug, Clone, PartialEq)]
struct RefundOf {
    /// The charge, order or transaction refunded.
    group: String,
    running_total: bool,
    /// The refunded payment's transaction id, whose visitor and customer the refund inherits
    /// when its own event carries neither.
    payment: Option<String>,
}

fn not_found() -> ApiError {
    ApiError::not_found("Route not found")
}

fn header<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers.get(name).and_then(|v| v.to_str().ok())
}

/// The key a delivery is remembered by: the provider's delivery id (Stripe's event id, Polar's
/// `webhook-id`, Paddle's `notification_id`), or for Lemon Squeezy, which sends none, its body
/// and signature. Digested so any length of id is stored in 64 characters.
fn delivery_key(provider: Provider, event: &Value, headers: &HeaderMap, raw: &[u8]) -> Option<String> {
    let mut digest = Sha256::new();
    digest.update(provider.slug().as_bytes());
    digest.update(b"\0");
    match provider {
        Provider::Stripe => digest.update(event["id"].as_str().filter(|s| !s.is_empty())?.as_bytes()),
        Provider::Polar => digest.update(header(headers, "webhook-id")?.as_bytes()),
        Provider::Paddle => digest.update(
            event["notification_id"].as_str().or(event["event_id"].as_str()).filter(|s| !s.is_empty())?.as_bytes(),
        ),
        Provider::LemonSqueezy => {
            digest.update(raw);
            digest.update(b"\0");
            digest.update(header(headers, "x-signature").unwrap_or("").trim().to_ascii_lowercase().as_bytes());
        }
    }
    Some(hex::encode(digest.finalize()))
}

pub async fn receive(
    State(state): State<AppState>,
    Path((slug, website_id)): Path<(String, String)>,
    headers: HeaderMap,
    body: Body,
) -> ApiResult<Response> {
    let provider = Provider::from_slug(&slug).ok_or_else(not_found)?;
    let website_id: ObjectId = website_id.parse().map_err(|_| not_found())?;
    let website = state.meta.website(website_id).await?.ok_or_else(not_found)?;
    // Counted before any work, so a flood to one website's URL costs little; a provider told
    // 429 retries later (Stripe for three days, the others for hours), so nothing is lost.
    let decision = state.rate_limiters.webhook_website.as_ref().map(|l| l.check(website.id));
    if let Some(d) = decision.filter(|d| !d.allowed) {
        return Ok(rate_limit::too_many_requests(&d, "to this website's webhook endpoint"));
    }
    let mut response = handle(&state, provider, website, &headers, body).await?;
    if let Some(d) = decision {
        rate_limit::set_headers(response.headers_mut(), &d);
    }
    Ok(response)
}

async fn handle(
    state: &AppState,
    provider: Provider,
    website: datafast_core::website::Website,
    headers: &HeaderMap,
    body: Body,
) -> ApiResult<Response> {
    let too_large =
        || ApiError::new(StatusCode::PAYLOAD_TOO_LARGE, format!("Webhook body exceeds {MAX_WEBHOOK_BYTES} bytes"));
    if header(headers, "content-length").and_then(|v| v.parse::<usize>().ok()).is_some_and(|n| n > MAX_WEBHOOK_BYTES) {
        return Err(too_large());
    }
    let raw = to_bytes(body, MAX_WEBHOOK_BYTES).await.map_err(|_| too_large())?;
    let secret = state.meta.integration_webhook_secret(website.id, provider).await?.ok_or_else(|| {
        ApiError::not_found(format!(
            "{} is not connected to this website with a webhook signing secret",
            provider.display_name()
        ))
    })?;
    let now_secs = datafast_core::time::now_millis() / 1000;
    let verified = match provider {
        Provider::Stripe => webhook::verify_stripe(&secret, header(headers, "stripe-signature"), &raw, now_secs),
        Provider::LemonSqueezy => webhook::verify_lemonsqueezy(&secret, header(headers, "x-signature"), &raw),
        Provider::Polar => webhook::verify_polar(
            &secret,
            header(headers, "webhook-id"),
            header(headers, "webhook-timestamp"),
            header(headers, "webhook-signature"),
            &raw,
            now_secs,
        ),
        Provider::Paddle => webhook::verify_paddle(&secret, header(headers, "paddle-signature"), &raw, now_secs),
    };
    if let Err(e) = verified {
        tracing::warn!(provider = provider.slug(), website = %website.id, reason = %e, "webhook refused");
        return Err(match e {
            SignatureError::Missing(_) => ApiError::bad_request(e.to_string()),
            SignatureError::Mismatch | SignatureError::Stale => ApiError::new(StatusCode::UNAUTHORIZED, e.to_string()),
        });
    }
    let event: Value =
        serde_json::from_slice(&raw).map_err(|_| ApiError::bad_request("Webhook body is not valid JSON"))?;
    let now_ms = datafast_core::time::now_millis();
    let lemon_event =
        event["meta"]["event_name"].as_str().or(header(headers, "x-event-name")).unwrap_or("").to_string();
    let (event_type, mapped, retracted, snapshot) = match provider {
        Provider::Stripe => {
            let (t, m, r) = stripe(&event, now_ms);
            (t, m, r, lifecycle::stripe(&event, now_ms))
        }
        Provider::LemonSqueezy => {
            let (t, m) = lemonsqueezy(&event, &lemon_event, now_ms);
            (t, m, Vec::new(), lifecycle::lemonsqueezy(&event, &lemon_event, now_ms))
        }
        Provider::Polar => {
            let (t, m, r) = polar(&event, now_ms);
            (t, m, r, lifecycle::polar(&event, now_ms))
        }
        Provider::Paddle => {
            let (t, m, r) = paddle(&event, now_ms);
            (t, m, r, lifecycle::paddle(&event, now_ms))
        }
    };

    let _one_at_a_time = PROCESSING.lock().await;
    let delivery = delivery_key(provider, &event, headers, &raw);
    if let Some(key) = &delivery {
        if state.meta.webhook_delivery_seen(website.id, provider.slug(), key).await? {
            return Ok(respond::one(json!({
                "message": "Replayed delivery: this delivery was already processed; nothing was changed",
                "event": event_type,
                "replay": true,
                "recorded": [],
                "duplicates": [],
                "retracted": [],
                "goals": [],
            })));
        }
    }

    let mut recorded = Vec::new();
    let mut duplicates = Vec::new();
    for m in mapped {
        match record_mapped(state, provider, &website, m, now_ms).await? {
            (tx, Some(kind)) => recorded.push(json!({"transaction_id": tx, "type": kind.as_str()})),
            (tx, None) => duplicates.push(json!(tx)),
        }
    }
    let mut retracted_ids = Vec::new();
    for tx in retracted {
        let n = state.events.delete_payments(website.id, PaymentSelector::Transaction(tx.clone())).await?;
        if n > 0 {
            retracted_ids.push(json!(tx));
        }
    }
    let mut goals = Vec::new();
    if let Some(snapshot) = snapshot {
        goals = record_lifecycle(state, provider, &website, snapshot, now_ms).await?;
    }
    if let Some(key) = &delivery {
        state
            .meta
            .record_webhook_delivery(website.id, provider.slug(), key, now_ms, now_ms - DELIVERY_MEMORY_MS)
            .await?;
    }
    let message = if !recorded.is_empty() {
        "Payment recorded".to_string()
    } else if !retracted_ids.is_empty() {
        "Refund withdrawn".to_string()
    } else if !goals.is_empty() {
        "Subscription change recorded".to_string()
    } else if !duplicates.is_empty() {
        "Duplicate delivery: already recorded; nothing was changed".to_string()
    } else {
        format!("Event {event_type} acknowledged; it records nothing new")
    };
    Ok(respond::one(json!({
        "message": message,
        "event": event_type,
        "replay": false,
        "recorded": recorded,
        "duplicates": duplicates,
        "retracted": retracted_ids,
        "goals": goals,
    })))
}

/// Records one mapped payment: its transaction id and kind when stored, its id and `None`
/// when it was already recorded (or, for a refund, already counted).
async fn record_mapped(
    state: &AppState,
    provider: Provider,
    website: &datafast_core::website::Website,
    mut m: Mapped,
    now_ms: i64,
) -> ApiResult<(String, Option<PaymentKind>)> {
    // A trial has no amount; when the event names no currency it is the website's.
    let code = if m.currency.is_empty() && m.kind == PaymentKind::FreeTrial { &website.currency } else { &m.currency };
    let Some(currency) = Currency::parse(code) else {
        tracing::warn!(provider = provider.slug(), currency = %m.currency, "webhook payment in an unknown currency skipped");
        return Ok((m.transaction_id, None));
    };
    let mut visitor_id = metadata_visitor(m.metadata.as_ref());
    let mut session_id = visitor_id.and(metadata_session(m.metadata.as_ref()));
    if let Some(refund) = &m.refund {
        let (total, running) = state.events.refund_totals(website.id, &refund.group).await?;
        if refund.running_total {
            let delta = m.amount_minor - total;
            if delta <= 0 {
                return Ok((format!("{}:refund", refund.group), None));
            }
            m.transaction_id = if total == 0 {
                format!("{}:refund", refund.group)
            } else {
                format!("{}:refund@{}", refund.group, m.amount_minor)
            };
            m.amount_minor = delta;
        } else if state.events.payment_links(website.id, &m.transaction_id).await?.is_none() {
            // Running totals may already have counted this refund: it records only what exceeds
            // them. (When they did not include it, the next running total, which providers send
            // for every refund, records the difference.)
            let uncounted = m.amount_minor - running;
            if uncounted <= 0 {
                return Ok((m.transaction_id, None));
            }
            m.amount_minor = uncounted.min(m.amount_minor);
        }
        if let Some(payment) = &refund.payment {
            if let Some(links) = state.events.payment_links(website.id, payment).await? {
                if visitor_id.is_none() {
                    visitor_id = links.visitor_id;
                    session_id = links.session_id;
                }
                let fill = |own: &mut Option<String>, inherited: String| {
                    if own.as_deref().is_none_or(str::is_empty) && !inherited.is_empty() {
                        *own = Some(inherited);
                    }
                };
                fill(&mut m.customer_id, links.customer_id);
                fill(&mut m.customer_email, links.customer_email);
                fill(&mut m.customer_name, links.customer_name);
                fill(&mut m.checkout_ref, links.checkout_ref);
            }
        }
    }
    let payment = NewPayment {
        website_id: website.id,
        provider: provider.slug().to_string(),
        transaction_id: m.transaction_id.clone(),
        kind: m.kind,
        amount_minor: m.amount_minor,
        currency,
        visitor_id,
        session_id,
        customer_email: m.customer_email.clone().filter(|e| e.contains('@')),
        customer_name: m.customer_name.clone(),
        customer_id: m.customer_id.clone(),
        at_ms: m.at_ms,
        checkout_ref: m.checkout_ref.clone(),
        refund_of: m.refund.as_ref().map(|r| r.group.clone()),
    };
    Ok(match record_payment(state.events.as_ref(), payment, now_ms).await? {
        Recorded::Stored => (m.transaction_id, Some(m.kind)),
        Recorded::Duplicate => {
            // Another event of the same checkout came first; it may have lacked the metadata.
            let links = PaymentLinks {
                visitor_id,
                session_id,
                customer_email: m.customer_email.filter(|e| e.contains('@')).unwrap_or_default().to_lowercase(),
                customer_name: m.customer_name.unwrap_or_default(),
                customer_id: m.customer_id.unwrap_or_default(),
                checkout_ref: m.checkout_ref.unwrap_or_default(),
            };
            state.events.complete_payment_links(website.id, &m.transaction_id, links).await?;
            (m.transaction_id, None)
        }
    })
}

/// Compares a subscription event with the subscription's last known state, records the goals
/// of the transition, and keeps the new state (unless the event is older than what we know).
async fn record_lifecycle(
    state: &AppState,
    provider: Provider,
    website: &datafast_core::website::Website,
    snapshot: lifecycle::Snapshot,
    now_ms: i64,
) -> ApiResult<Vec<Value>> {
    let slug = provider.slug();
    let stored = state.meta.subscription_state(website.id, slug, &snapshot.subscription_id).await?;
    if stored.as_ref().is_some_and(|s| s.updated_ms > snapshot.state.updated_ms) {
        return Ok(Vec::new()); // a late event: what it reports has already been superseded
    }
    let before = snapshot.reported_before.as_ref().or(stored.as_ref());
    let transitions =
        lifecycle::transitions(&snapshot.subscription_id, before, snapshot.implied_before, &snapshot.state);
    let visitor_id = metadata_visitor(snapshot.metadata.as_ref());
    let session_id = visitor_id.and(metadata_session(snapshot.metadata.as_ref()));
    let mut goals = Vec::new();
    for t in transitions {
        let goal = ProviderGoalRecord {
            website_id: website.id,
            key: format!("{slug}:{}", t.key),
            name: t.name.to_string(),
            timestamp_ms: snapshot.state.updated_ms,
            provider: slug.to_string(),
            visitor_id,
            session_id,
            customer_id: snapshot.customer_id.clone().unwrap_or_default(),
            customer_email: snapshot
                .customer_email
                .clone()
                .filter(|e| e.contains('@'))
                .unwrap_or_default()
                .to_lowercase(),
            subscription_id: snapshot.subscription_id.clone(),
            received_at_ms: now_ms,
        };
        if state.events.record_provider_goal(goal).await? {
            goals.push(json!(t.name));
        }
    }
    state.meta.save_subscription_state(website.id, slug, &snapshot.subscription_id, snapshot.state).await?;
    Ok(goals)
}

fn metadata_visitor(metadata: Option<&Value>) -> Option<u128> {
    let raw = metadata?.get("datafast_visitor_id")?.as_str()?.trim().to_ascii_lowercase();
    datafast_ingest::pipeline::is_uuid_v4(&raw).then(|| parse_uuid(&raw)).flatten()
}

fn metadata_session(metadata: Option<&Value>) -> Option<u128> {
    let raw = metadata?.get("datafast_session_id")?.as_str()?.trim().to_ascii_lowercase();
    let uuid = raw.strip_prefix('s').unwrap_or(&raw);
    datafast_ingest::pipeline::is_uuid_v4(uuid).then(|| parse_uuid(uuid)).flatten()
}

fn text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_string()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// An amount in minor units: a JSON integer, or a string of digits (Paddle).
fn minor(v: &Value) -> Option<i64> {
    match v {
        Value::Number(n) => n.as_i64(),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

fn iso_ms(v: &Value) -> Option<i64> {
    chrono::DateTime::parse_from_rfc3339(v.as_str()?).ok().map(|t| t.timestamp_millis())
}

fn upper(v: &Value) -> String {
    v.as_str().unwrap_or("").trim().to_ascii_uppercase()
}

/// Stripe: `checkout.session.completed`, `invoice.paid`, `charge.refunded`,
/// `refund.created|updated` (and `charge.refund.updated`), `customer.subscription.created`
/// (trialing). Also the refunds to withdraw (failed or canceled).
fn stripe(event: &Value, now_ms: i64) -> (String, Vec<Mapped>, Vec<String>) {
    let kind = event["type"].as_str().unwrap_or("").to_string();
    let o = &event["data"]["object"];
    let at_ms = event["created"].as_i64().map(|s| s * 1000).unwrap_or(now_ms);
    let base = |transaction_id: String, kind: PaymentKind, amount: i64, metadata: &Value| Mapped {
        transaction_id,
        kind,
        amount_minor: amount,
        currency: upper(&o["currency"]),
        at_ms,
        metadata: Some(metadata.clone()).filter(Value::is_object),
        customer_email: None,
        customer_name: None,
        customer_id: text(&o["customer"]),
        checkout_ref: None,
        refund: None,
    };
    let mut out = Vec::new();
    let mut retracted = Vec::new();
    match kind.as_str() {
        "checkout.session.completed" | "checkout.session.async_payment_succeeded" => {
            let session_id = text(&o["id"]);
            let amount = o["amount_total"].as_i64().unwrap_or(0);
            let paid = matches!(o["payment_status"].as_str(), Some("paid" | "no_payment_required"));
            let (tx, kind) = match o["mode"].as_str() {
                // A subscription's first payment is its first invoice, which `invoice.paid`
                // (billing_reason subscription_create) reports too: both use the invoice id.
                Some("subscription") if amount > 0 => (text(&o["invoice"]).or(session_id.clone()), PaymentKind::New),
                // No money at checkout: a trial, which `customer.subscription.created` reports too.
                Some("subscription") => (text(&o["subscription"]), PaymentKind::FreeTrial),
                Some("payment") if amount > 0 => (text(&o["payment_intent"]).or(session_id.clone()), PaymentKind::New),
                _ => (None, PaymentKind::New),
            };
            if let (Some(tx), true) = (tx, paid) {
                let mut m = base(tx, kind, if kind == PaymentKind::FreeTrial { 0 } else { amount }, &o["metadata"]);
                m.customer_email = text(&o["customer_details"]["email"]).or(text(&o["customer_email"]));
                m.customer_name = text(&o["customer_details"]["name"]);
                m.checkout_ref = session_id;
                out.push(m);
            }
        }
        "invoice.paid" | "invoice.payment_succeeded" => {
            let amount = o["amount_paid"].as_i64().unwrap_or(0);
            let kind = match o["billing_reason"].as_str() {
                Some("subscription_cycle" | "subscription_update") => PaymentKind::Renewal,
                _ => PaymentKind::New,
            };
            if let (Some(tx), true) = (text(&o["id"]), amount > 0) {
                // Checkout metadata does not reach invoices; `subscription_data.metadata` does.
                let metadata =
                    [&o["subscription_details"]["metadata"], &o["parent"]["subscription_details"]["metadata"]]
                        .into_iter()
                        .find(|m| m.get("datafast_visitor_id").is_some())
                        .unwrap_or(&o["metadata"]);
                let mut m = base(tx, kind, amount, metadata);
                m.customer_email = text(&o["customer_email"]);
                m.customer_name = text(&o["customer_name"]);
                out.push(m);
            }
        }
        "charge.refunded" => {
            let refunds: Vec<&Value> = o["refunds"]["data"].as_array().map(|a| a.iter().collect()).unwrap_or_default();
            let email = text(&o["billing_details"]["email"]).or(text(&o["receipt_email"]));
            if refunds.is_empty() {
                // API versions that no longer embed the refunds: one refund of the whole
                // refunded amount, keyed by the charge.
                if let (Some(charge), Some(amount)) = (text(&o["id"]), o["amount_refunded"].as_i64()) {
                    let mut m = base(format!("{charge}:refund"), PaymentKind::Refund, amount, &o["metadata"]);
                    m.customer_email = email.clone();
                    m.refund =
                        Some(RefundOf { group: charge, running_total: true, payment: text(&o["payment_intent"]) });
                    out.push(m);
                }
            }
            for r in refunds {
                if let (Some(id), Some(amount), Some(charge)) = (text(&r["id"]), r["amount"].as_i64(), text(&o["id"])) {
                    if amount > 0 && !matches!(r["status"].as_str(), Some("failed" | "canceled")) {
                        let mut m = base(id, PaymentKind::Refund, amount, &o["metadata"]);
                        m.at_ms = r["created"].as_i64().map(|s| s * 1000).unwrap_or(at_ms);
                        m.customer_email = email.clone();
                        m.refund =
                            Some(RefundOf { group: charge, running_total: false, payment: text(&o["payment_intent"]) });
                        out.push(m);
                    }
                }
            }
        }
        // A refund object: pending and succeeded refunds count (as `charge.refunded` does);
        // one that fails or is canceled later is withdrawn.
        "refund.created" | "refund.updated" | "charge.refund.updated" => {
            if let (Some(id), Some(amount)) = (text(&o["id"]), o["amount"].as_i64()) {
                if matches!(o["status"].as_str(), Some("failed" | "canceled")) {
                    retracted.push(id);
                } else if amount > 0 {
                    let payment = text(&o["payment_intent"]);
                    let group = text(&o["charge"]).or(payment.clone()).unwrap_or_else(|| id.clone());
                    let mut m = base(id, PaymentKind::Refund, amount, &o["metadata"]);
                    m.at_ms = o["created"].as_i64().map(|s| s * 1000).unwrap_or(at_ms);
                    m.refund = Some(RefundOf { group, running_total: false, payment });
                    out.push(m);
                }
            }
        }
        "customer.subscription.created" => {
            if let (Some(tx), Some("trialing")) = (text(&o["id"]), o["status"].as_str()) {
                out.push(base(tx, PaymentKind::FreeTrial, 0, &o["metadata"]));
            }
        }
        _ => {}
    }
    (kind, out, retracted)
}

/// Lemon Squeezy: `order_created`, `subscription_payment_success` (renewals),
/// `order_refunded`, `subscription_created` (on trial). Ids are numeric and per resource type,
/// so transaction ids carry the type.
fn lemonsqueezy(event: &Value, event_name: &str, now_ms: i64) -> (String, Vec<Mapped>) {
    let kind = event_name.to_string();
    let d = &event["data"];
    let a = &d["attributes"];
    let id = text(&d["id"]).unwrap_or_default();
    let custom = &event["meta"]["custom_data"];
    let base = |transaction_id: String, kind: PaymentKind, amount: i64, at: &Value| Mapped {
        transaction_id,
        kind,
        amount_minor: amount,
        currency: upper(&a["currency"]),
        at_ms: iso_ms(at).unwrap_or(now_ms),
        metadata: Some(custom.clone()).filter(Value::is_object),
        customer_email: text(&a["user_email"]),
        customer_name: text(&a["user_name"]),
        customer_id: text(&a["customer_id"]),
        checkout_ref: None,
        refund: None,
    };
    let mut out = Vec::new();
    if id.is_empty() {
        return (kind, out);
    }
    match kind.as_str() {
        "order_created" => {
            let amount = minor(&a["total"]).unwrap_or(0);
            if a["status"].as_str() == Some("paid") && amount > 0 {
                let mut m = base(format!("order_{id}"), PaymentKind::New, amount, &a["created_at"]);
                m.checkout_ref = Some(id);
                out.push(m);
            }
        }
        "subscription_payment_success" => {
            // The first invoice of a subscription is its order (`order_created`).
            let amount = minor(&a["total"]).unwrap_or(0);
            if a["billing_reason"].as_str() != Some("initial") && amount > 0 {
                out.push(base(format!("subscription_invoice_{id}"), PaymentKind::Renewal, amount, &a["created_at"]));
            }
        }
        // `refunded_amount` is the running total of the order's (or invoice's) refunds.
        "order_refunded" | "subscription_payment_refunded" => {
            let amount = minor(&a["refunded_amount"]).unwrap_or(0);
            if amount > 0 {
                let group =
                    if kind == "order_refunded" { format!("order_{id}") } else { format!("subscription_invoice_{id}") };
                let at = if a["refunded_at"].is_string() { &a["refunded_at"] } else { &a["updated_at"] };
                let mut m = base(format!("{group}:refund"), PaymentKind::Refund, amount, at);
                if kind == "order_refunded" {
                    m.checkout_ref = Some(id);
                }
                m.refund = Some(RefundOf { group: group.clone(), running_total: true, payment: Some(group) });
                out.push(m);
            }
        }
        "subscription_created" if a["status"].as_str() == Some("on_trial") => {
            let mut m = base(format!("subscription_{id}_trial"), PaymentKind::FreeTrial, 0, &a["created_at"]);
            // Subscriptions carry no currency; the trial's is the order's, unknown here.
            m.currency = String::new();
            m.checkout_ref = text(&a["order_id"]);
            out.push(m);
        }
        _ => {}
    }
    (kind, out)
}

/// Polar: `order.paid` (and `order.created` once paid), `order.refunded`,
/// `refund.created|updated`, `subscription.created` (trialing). Amounts include tax, like
/// the order's `total_amount`.
fn polar(event: &Value, now_ms: i64) -> (String, Vec<Mapped>, Vec<String>) {
    let kind = event["type"].as_str().unwrap_or("").to_string();
    let d = &event["data"];
    let base = |transaction_id: String, kind: PaymentKind, amount: i64| Mapped {
        transaction_id,
        kind,
        amount_minor: amount,
        currency: upper(&d["currency"]),
        at_ms: iso_ms(&d["created_at"]).unwrap_or(now_ms),
        metadata: Some(d["metadata"].clone()).filter(Value::is_object),
        customer_email: text(&d["customer"]["email"]),
        customer_name: text(&d["customer"]["name"]),
        customer_id: text(&d["customer_id"]).or(text(&d["customer"]["id"])),
        checkout_ref: text(&d["checkout_id"]),
        refund: None,
    };
    let mut out = Vec::new();
    let mut retracted = Vec::new();
    let Some(id) = text(&d["id"]) else { return (kind, out, retracted) };
    match kind.as_str() {
        "order.paid" | "order.created" => {
            let amount = minor(&d["total_amount"]).or(minor(&d["amount"])).unwrap_or(0);
            let paid =
                kind == "order.paid" || d["paid"].as_bool() == Some(true) || d["status"].as_str() == Some("paid");
            let kind = match d["billing_reason"].as_str() {
                Some("subscription_cycle" | "subscription_update") => PaymentKind::Renewal,
                _ => PaymentKind::New,
            };
            if paid && amount > 0 {
                out.push(base(id, kind, amount));
            }
        }
        // The order's running refund total.
        "order.refunded" => {
            let amount = minor(&d["refunded_amount"]).unwrap_or(0) + minor(&d["refunded_tax_amount"]).unwrap_or(0);
            if amount > 0 {
                let mut m = base(format!("{id}:refund"), PaymentKind::Refund, amount);
                m.at_ms = iso_ms(&d["modified_at"]).unwrap_or(now_ms);
                m.refund = Some(RefundOf { group: id.clone(), running_total: true, payment: Some(id) });
                out.push(m);
            }
        }
        "refund.created" | "refund.updated" => {
            let amount = minor(&d["amount"]).unwrap_or(0) + minor(&d["tax_amount"]).unwrap_or(0);
            match (d["status"].as_str(), text(&d["order_id"])) {
                (Some("failed" | "canceled"), _) => retracted.push(id),
                (_, Some(order)) if amount > 0 => {
                    let mut m = base(id, PaymentKind::Refund, amount);
                    m.checkout_ref = None;
                    m.refund = Some(RefundOf { group: order.clone(), running_total: false, payment: Some(order) });
                    out.push(m);
                }
                _ => {}
            }
        }
        "subscription.created" if d["status"].as_str() == Some("trialing") => {
            out.push(base(format!("{id}:trial"), PaymentKind::FreeTrial, 0));
        }
        _ => {}
    }
    (kind, out, retracted)
}

/// Paddle Billing: `transaction.completed`, `adjustment.created`/`adjustment.updated` (approved
/// refunds; rejected or reversed ones are withdrawn), `subscription.created` (trialing).
/// Amounts are strings in minor units.
fn paddle(event: &Value, now_ms: i64) -> (String, Vec<Mapped>, Vec<String>) {
    let kind = event["event_type"].as_str().unwrap_or("").to_string();
    let d = &event["data"];
    let occurred = iso_ms(&event["occurred_at"]).unwrap_or(now_ms);
    let base = |transaction_id: String, kind: PaymentKind, amount: i64| Mapped {
        transaction_id,
        kind,
        amount_minor: amount,
        currency: upper(&d["currency_code"]),
        at_ms: occurred,
        metadata: Some(d["custom_data"].clone()).filter(Value::is_object),
        customer_email: None,
        customer_name: None,
        customer_id: text(&d["customer_id"]),
        checkout_ref: None,
        refund: None,
    };
    let mut out = Vec::new();
    let mut retracted = Vec::new();
    let Some(id) = text(&d["id"]) else { return (kind, out, retracted) };
    match kind.as_str() {
        "transaction.completed" => {
            let amount = minor(&d["details"]["totals"]["grand_total"]).or(minor(&d["details"]["totals"]["total"]));
            let kind = match d["origin"].as_str() {
                Some("subscription_recurring" | "subscription_update") => PaymentKind::Renewal,
                _ => PaymentKind::New,
            };
            if let Some(amount) = amount.filter(|a| *a > 0) {
                let mut m = base(id.clone(), kind, amount);
                m.at_ms = iso_ms(&d["billed_at"]).unwrap_or(occurred);
                m.checkout_ref = Some(id);
                out.push(m);
            }
        }
        "adjustment.created" | "adjustment.updated" => {
            let amount = minor(&d["totals"]["total"]).unwrap_or(0);
            let refund = d["action"].as_str() == Some("refund");
            if refund && matches!(d["status"].as_str(), Some("rejected" | "reversed")) {
                retracted.push(id);
            } else if refund && d["status"].as_str() == Some("approved") && amount > 0 {
                let transaction = text(&d["transaction_id"]);
                let mut m = base(id.clone(), PaymentKind::Refund, amount);
                // The refunded transaction: its success-URL link attributes the refund too.
                m.checkout_ref = transaction.clone();
                m.refund = Some(RefundOf {
                    group: transaction.clone().unwrap_or(id),
                    running_total: false,
                    payment: transaction,
                });
                out.push(m);
            }
        }
        "subscription.created" if d["status"].as_str() == Some("trialing") => {
            let mut m = base(format!("{id}:trial"), PaymentKind::FreeTrial, 0);
            m.checkout_ref = text(&d["transaction_id"]);
            out.push(m);
        }
        _ => {}
    }
    (kind, out, retracted)
}
