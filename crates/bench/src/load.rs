//! Fills an event store with generated traffic quickly, for the query benchmark: the same
//! enrichment as the pipeline (user agent, referrer → source and channel, UTM, per-session
//! source and entry page), appended in row-group batches without the HTTP or import layers;
//! then the payments of the visitors who checked out (`checkout_payments`), recorded in
//! batches through the store's `record_payments` (the idempotency and attribution marks of the
//! Payments API's path, one transaction per batch).

use std::collections::HashMap;
use std::sync::Arc;

use datafast_core::payment::PaymentKind;
use datafast_core::ObjectId;
use datafast_store::{EventRecord, EventStore, PaymentRecord, SessionSource};
use url::Url;

use crate::traffic::{Traffic, USER_AGENTS};

const BATCH: usize = 122_880;

/// Appends the traffic's events, then records its payments; returns (events, payments).
pub async fn fill(
    store: Arc<dyn EventStore>,
    website: ObjectId,
    domain: &str,
    traffic: Traffic,
    now_ms: i64,
) -> anyhow::Result<(u64, u64)> {
    let mut payments = Vec::new();
    let mut sessions: HashMap<u128, (String, SessionSource, i64)> = HashMap::new();
    let mut batch = Vec::with_capacity(BATCH);
    let mut total = 0u64;
    let mut last_sweep = 0i64;
    for e in traffic {
        let url = Url::parse(&e.url)?;
        let mut r = EventRecord::new(website, e.ts_ms, if e.kind == "goal" { "goal" } else { e.kind });
        r.visitor_id = e.visitor;
        r.session_id = e.session;
        r.visit_number = e.visit_number as i32;
        r.hostname = url.host_str().unwrap_or("").to_string();
        r.pathname = url.path().to_string();
        let agent = datafast_ingest::user_agent::parse(USER_AGENTS[e.ua]);
        r.browser = agent.browser;
        r.browser_version = agent.browser_version;
        r.os = agent.os;
        r.os_version = agent.os_version;
        r.device = agent.device;
        r.country = e.country.to_string();
        r.language = e.language.to_string();
        match e.kind {
            "goal" => {
                r.goal_name = e.goal.to_string();
                r.properties = format!(r#"{{"plan":"{}"}}"#, e.goal_plan);
                if e.goal == "checkout" {
                    payments.extend(checkout_payments(website, &e, now_ms));
                }
            }
            "external_link" => r.properties = format!(r#"{{"url":"{}"}}"#, e.link),
            _ => {}
        }
        let (entry, source, _) = sessions.entry(e.session).or_insert_with(|| {
            let param = |name: &str| {
                url.query_pairs().find(|(k, _)| k == name).map(|(_, v)| v.into_owned()).unwrap_or_default()
            };
            let mut first = EventRecord::new(website, 0, "pageview");
            first.utm_source = param("utm_source");
            first.utm_medium = param("utm_medium");
            first.utm_campaign = param("utm_campaign");
            let referrer = Url::parse(&e.referrer).ok();
            let s = datafast_ingest::referrer::classify(
                referrer.as_ref(),
                domain,
                &first.utm_source,
                &first.utm_medium,
                false,
            );
            first.referrer = e.referrer.clone();
            first.referrer_domain = s.domain;
            first.referrer_name = s.name;
            first.channel = s.channel.as_str().to_string();
            (url.path().to_string(), SessionSource::of(&first), e.ts_ms)
        });
        r.entry_path = entry.clone();
        source.apply_to(&mut r);
        batch.push(r);
        if batch.len() >= BATCH {
            total +=
                store.append(Arc::new(std::mem::replace(&mut batch, Vec::with_capacity(BATCH))), None).await? as u64;
        }
        // Sessions idle for an hour are over: keep the map to the sessions in progress.
        if e.ts_ms - last_sweep > 3_600_000 {
            sessions.retain(|_, (_, _, started)| e.ts_ms - *started < 6 * 3_600_000);
            last_sweep = e.ts_ms;
        }
    }
    if !batch.is_empty() {
        total += store.append(Arc::new(batch), None).await? as u64;
    }
    // In batches: one write transaction per payment made a 100 M-event load spend hours here.
    let mut recorded = 0;
    while !payments.is_empty() {
        let rest = payments.split_off(payments.len().min(BATCH));
        recorded += store.record_payments(std::mem::replace(&mut payments, rest)).await?;
    }
    Ok((total, recorded))
}

/// What a checkout goal turns into: nothing for the free plan or one checkout in three
/// (abandoned); otherwise a new payment a minute later (pro $29, team $99; one in five in EUR,
/// converted at the day's rate), half of them naming the session (the others are credited by
/// the attribution rule), then a monthly renewal for one customer in three and a refund of
/// the first payment for one in twenty, each only when it falls before `now_ms`.
fn checkout_payments(website: ObjectId, e: &crate::traffic::Event, now_ms: i64) -> Vec<PaymentRecord> {
    let hash = (e.session ^ (e.ts_ms as u128)).wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 64;
    let roll = |salt: u32, n: u128| (hash >> (salt * 8)) % n;
    if e.goal_plan == "free" || roll(0, 3) == 0 {
        return Vec::new();
    }
    let (amount, currency) = match (e.goal_plan, roll(1, 5) == 0) {
        ("pro", false) => (2_900, "USD"),
        ("pro", true) => (2_700, "EUR"),
        (_, false) => (9_900, "USD"),
        (_, true) => (9_200, "EUR"),
    };
    let paid_at = e.ts_ms + 60_000;
    let payment = |kind: PaymentKind, at_ms: i64, suffix: &str| PaymentRecord {
        id: ObjectId::generate(),
        website_id: website,
        timestamp_ms: at_ms,
        provider: "stripe".into(),
        transaction_id: format!("pi_{:x}{suffix}", e.session),
        kind,
        amount_minor: amount,
        currency: currency.into(),
        minor_per_major: 100,
        visitor_id: Some(e.visitor),
        session_id: (kind == PaymentKind::New && roll(2, 2) == 0).then_some(e.session),
        customer_email: format!("c{:x}@example.com", e.visitor),
        customer_name: String::new(),
        customer_id: format!("cus_{:x}", e.visitor),
        received_at_ms: at_ms,
        checkout_ref: String::new(),
        refund_of: if kind == PaymentKind::Refund { format!("pi_{:x}", e.session) } else { String::new() },
    };
    let mut out = vec![payment(PaymentKind::New, paid_at, "")];
    let renewal_at = paid_at + 30 * 86_400_000;
    if roll(3, 3) == 0 && renewal_at < now_ms {
        out.push(payment(PaymentKind::Renewal, renewal_at, "_r1"));
    }
    let refund_at = paid_at + 86_400_000;
    if roll(4, 20) == 0 && refund_at < now_ms {
        out.push(payment(PaymentKind::Refund, refund_at, "_refund"));
    }
    out.retain(|p| p.timestamp_ms < now_ms);
    out
}
