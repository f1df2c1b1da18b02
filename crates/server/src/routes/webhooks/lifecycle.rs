//! Subscription lifecycle → DataFast's automatic payment-provider goals.
//!
//! Each provider reports subscriptions differently (Stripe sends the fields that changed as
//! `previous_attributes`; Lemon Squeezy, Polar and Paddle send the whole subscription, often as
//! several events for one change). So every subscription event is read as a `Snapshot` of the
//! subscription — status, whether a cancellation is scheduled, its price per month — and the
//! goals come from comparing it with the state just before: Stripe's `previous_attributes`
//! when present, else the state we stored from the previous event, else what the event's
//! name implies (`subscription.uncanceled` means a cancellation was pending). Comparing
//! states rather than trusting event names makes the several events of one change produce
//! one goal, and older events arriving late change nothing.
//!
//! | Before → after | Goal |
//! |---|---|
//! | (new) → trialing | `trial_started` |
//! | (new) → active / past due | `subscription_started` |
//! | trialing → active | `trial_converted` |
//! | not ended → ended | `subscription_ended` |
//! | no cancellation scheduled → scheduled | `subscription_cancel_scheduled` |
//! | scheduled → not scheduled, or paused → active | `subscription_reactivated` |
//! | higher / lower price per month (same currency) | `subscription_upgraded` / `…_downgraded` |
//!
//! `payment`, `free_trial` and `subscription_renewed` come from the payments themselves
//! (new, free-trial and renewal records), so the Payments API produces them too.

use datafast_store::SubscriptionState;
use serde_json::Value;

use super::{iso_ms, minor, text, upper};

/// The state of a subscription one event reports.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Snapshot {
    pub subscription_id: String,
    pub state: SubscriptionState,
    /// The state just before, when the provider says (Stripe's `previous_attributes`).
    pub reported_before: Option<SubscriptionState>,
    /// What the event's name implies about the state before when nothing else is known:
    /// `Pending` for creation/activation events, a scheduled cancellation for "uncanceled".
    pub implied_before: Implied,
    pub metadata: Option<Value>,
    pub customer_id: Option<String>,
    pub customer_email: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Implied {
    /// Nothing: an unknown subscription's first event only sets the baseline, except that
    /// an end or a newly scheduled cancellation is reported as such.
    Nothing,
    /// The subscription did not exist or had not started (creation, activation events).
    Pending,
    /// A cancellation was scheduled (reactivation events).
    CancelPending,
    /// The subscription was paused (resume events).
    Paused,
}

pub(super) const TRIALING: &str = "trialing";
pub(super) const ACTIVE: &str = "active";
pub(super) const PAUSED: &str = "paused";
pub(super) const PAST_DUE: &str = "past_due";
pub(super) const ENDED: &str = "ended";
pub(super) const PENDING: &str = "pending";

/// A goal a transition produced, with what makes it unique: once per subscription for
/// starts, conversions and ends; once per event time for changes that can repeat.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Transition {
    pub name: &'static str,
    pub key: String,
}

/// The goals of going from `before` to `after` (`None`: unknown, see `Implied`).
pub(super) fn transitions(
    subscription_id: &str,
    before: Option<&SubscriptionState>,
    implied: Implied,
    after: &SubscriptionState,
) -> Vec<Transition> {
    let assumed;
    let before = match (before, implied) {
        (Some(b), _) => b,
        (None, Implied::Nothing) => {
            // Baseline: as if it had been running unchanged (no start, no conversion), so only
            // an end or a scheduled cancellation shows.
            assumed = SubscriptionState {
                status: if after.status == ENDED { ACTIVE.into() } else { after.status.clone() },
                cancel_pending: false,
                ..after.clone()
            };
            &assumed
        }
        (None, Implied::Pending) => {
            assumed = SubscriptionState { status: PENDING.into(), cancel_pending: false, ..after.clone() };
            &assumed
        }
        (None, Implied::CancelPending) => {
            assumed = SubscriptionState { cancel_pending: true, ..after.clone() };
            &assumed
        }
        (None, Implied::Paused) => {
            assumed = SubscriptionState { status: PAUSED.into(), ..after.clone() };
            &assumed
        }
    };
    let once = |name: &'static str| Transition { name, key: format!("{subscription_id}:{name}") };
    let each = |name: &'static str| Transition { name, key: format!("{subscription_id}:{name}:{}", after.updated_ms) };
    let (b, a) = (before.status.as_str(), after.status.as_str());
    let mut out = Vec::new();
    if b == ENDED {
        return out;
    }
    match (b, a) {
        (PENDING, TRIALING) => out.push(once("trial_started")),
        (PENDING, ACTIVE | PAST_DUE) => out.push(once("subscription_started")),
        (TRIALING, ACTIVE) => out.push(once("trial_converted")),
        (PENDING, ENDED) => return out, // never started (an abandoned first payment)
        (_, ENDED) => {
            out.push(once("subscription_ended"));
            return out;
        }
        (PAUSED, ACTIVE) => out.push(each("subscription_reactivated")),
        _ => {}
    }
    if b != PENDING {
        if !before.cancel_pending && after.cancel_pending {
            out.push(each("subscription_cancel_scheduled"));
        } else if before.cancel_pending
            && !after.cancel_pending
            && !out.iter().any(|t| t.name == "subscription_reactivated")
        {
            out.push(each("subscription_reactivated"));
        }
        if let (Some(old), Some(new)) = (before.monthly_minor, after.monthly_minor) {
            if before.currency == after.currency && new != old && a != PAUSED {
                out.push(each(if new > old { "subscription_upgraded" } else { "subscription_downgraded" }));
            }
        }
    }
    out
}

/// A price per month in minor units (rounded), from a price per `count` `interval`s.
fn per_month(amount: f64, interval: &str, count: f64) -> Option<f64> {
    let months = match interval {
        "day" => 12.0 / 365.0,
        "week" => 12.0 / 52.0,
        "month" => 1.0,
        "year" => 12.0,
        _ => return None,
    };
    Some(amount / (months * count.max(1.0)))
}

fn sum_monthly(parts: impl Iterator<Item = Option<f64>>) -> Option<i64> {
    let mut total = 0.0;
    let mut any = false;
    for p in parts {
        total += p?;
        any = true;
    }
    any.then_some(total.round() as i64)
}

fn quantity(v: &Value) -> f64 {
    v.as_f64().unwrap_or(1.0)
}

/// Stripe subscription object → state.
fn stripe_state(o: &Value, at_ms: i64) -> SubscriptionState {
    let status = match o["status"].as_str().unwrap_or("") {
        "trialing" => TRIALING,
        "active" => ACTIVE,
        "past_due" | "unpaid" => PAST_DUE,
        "paused" => PAUSED,
        "canceled" | "incomplete_expired" => ENDED,
        _ => PENDING, // incomplete
    };
    let items = o["items"]["data"].as_array();
    let monthly = match items {
        Some(items) => sum_monthly(items.iter().map(|i| {
            let price = if i["price"].is_object() { &i["price"] } else { &i["plan"] };
            let amount = price["unit_amount"].as_f64().or(price["amount"].as_f64())?;
            let (interval, count) = if price["recurring"].is_object() {
                (price["recurring"]["interval"].as_str()?, price["recurring"]["interval_count"].as_f64().unwrap_or(1.0))
            } else {
                (price["interval"].as_str()?, price["interval_count"].as_f64().unwrap_or(1.0))
            };
            per_month(amount * quantity(&i["quantity"]), interval, count)
        })),
        None => {
            let plan = &o["plan"];
            plan["amount"].as_f64().and_then(|amount| {
                per_month(
                    amount * quantity(&o["quantity"]),
                    plan["interval"].as_str()?,
                    plan["interval_count"].as_f64().unwrap_or(1.0),
                )
                .map(|m| m.round() as i64)
            })
        }
    };
    let cancel_pending = o["cancel_at_period_end"].as_bool() == Some(true) || o["cancel_at"].as_i64().is_some();
    SubscriptionState {
        status: status.into(),
        cancel_pending: cancel_pending && status != ENDED,
        monthly_minor: monthly,
        currency: upper(&o["currency"]),
        updated_ms: at_ms,
    }
}

/// Stripe: `customer.subscription.created|updated|deleted|paused|resumed`.
pub(super) fn stripe(event: &Value, now_ms: i64) -> Option<Snapshot> {
    let kind = event["type"].as_str()?;
    let o = &event["data"]["object"];
    let at_ms = event["created"].as_i64().map(|s| s * 1000).unwrap_or(now_ms);
    let implied = match kind {
        "customer.subscription.created" => Implied::Pending,
        "customer.subscription.resumed" => Implied::Paused,
        "customer.subscription.updated" | "customer.subscription.deleted" | "customer.subscription.paused" => {
            Implied::Nothing
        }
        _ => return None,
    };
    let state = stripe_state(o, at_ms);
    // `previous_attributes` holds the old values of the fields that changed.
    let reported_before = event["data"]["previous_attributes"].as_object().map(|previous| {
        let mut before = o.clone();
        for (k, v) in previous {
            before[k] = v.clone();
        }
        stripe_state(&before, at_ms)
    });
    Some(Snapshot {
        subscription_id: text(&o["id"])?,
        state,
        reported_before,
        implied_before: implied,
        metadata: Some(o["metadata"].clone()).filter(Value::is_object),
        customer_id: text(&o["customer"]),
        customer_email: None,
    })
}

/// Lemon Squeezy: `subscription_created|updated|cancelled|resumed|expired|paused|unpaused`.
/// Its subscriptions carry no price, so plan changes are not classified.
pub(super) fn lemonsqueezy(event: &Value, kind: &str, now_ms: i64) -> Option<Snapshot> {
    let implied = match kind {
        "subscription_created" => Implied::Pending,
        "subscription_resumed" => Implied::CancelPending,
        "subscription_unpaused" => Implied::Paused,
        "subscription_updated" | "subscription_cancelled" | "subscription_expired" | "subscription_paused" => {
            Implied::Nothing
        }
        _ => return None,
    };
    let d = &event["data"];
    let a = &d["attributes"];
    // `cancelled`: still running until `ends_at` (a scheduled cancellation).
    let (status, cancel_pending) = match a["status"].as_str().unwrap_or("") {
        "on_trial" => (TRIALING, a["cancelled"].as_bool() == Some(true)),
        "active" => (ACTIVE, a["cancelled"].as_bool() == Some(true)),
        "cancelled" => (ACTIVE, true),
        "paused" => (PAUSED, false),
        "past_due" | "unpaid" => (PAST_DUE, false),
        "expired" => (ENDED, false),
        _ => return None,
    };
    let at_ms = iso_ms(&a["updated_at"]).or(iso_ms(&a["created_at"])).unwrap_or(now_ms);
    Some(Snapshot {
        subscription_id: text(&d["id"])?,
        state: SubscriptionState {
            status: status.into(),
            cancel_pending,
            monthly_minor: None,
            currency: String::new(),
            updated_ms: at_ms,
        },
        reported_before: None,
        implied_before: implied,
        metadata: Some(event["meta"]["custom_data"].clone()).filter(Value::is_object),
        customer_id: text(&a["customer_id"]),
        customer_email: text(&a["user_email"]),
    })
}

/// Polar: `subscription.created|updated|active|canceled|uncanceled|revoked`.
pub(super) fn polar(event: &Value, now_ms: i64) -> Option<Snapshot> {
    let implied = match event["type"].as_str()? {
        "subscription.created" | "subscription.active" => Implied::Pending,
        "subscription.uncanceled" => Implied::CancelPending,
        "subscription.updated" | "subscription.canceled" | "subscription.revoked" => Implied::Nothing,
        _ => return None,
    };
    let d = &event["data"];
    let status = match d["status"].as_str().unwrap_or("") {
        "trialing" => TRIALING,
        "active" => ACTIVE,
        "past_due" | "unpaid" => PAST_DUE,
        "canceled" | "incomplete_expired" => ENDED,
        _ => PENDING,
    };
    let monthly = d["amount"].as_f64().and_then(|amount| {
        per_month(amount, d["recurring_interval"].as_str()?, d["recurring_interval_count"].as_f64().unwrap_or(1.0))
            .map(|m| m.round() as i64)
    });
    let at_ms =
        iso_ms(&d["modified_at"]).or(iso_ms(&event["timestamp"])).or(iso_ms(&d["created_at"])).unwrap_or(now_ms);
    Some(Snapshot {
        subscription_id: text(&d["id"])?,
        state: SubscriptionState {
            status: status.into(),
            cancel_pending: d["cancel_at_period_end"].as_bool() == Some(true) && status != ENDED,
            monthly_minor: monthly,
            currency: upper(&d["currency"]),
            updated_ms: at_ms,
        },
        reported_before: None,
        implied_before: implied,
        metadata: Some(d["metadata"].clone()).filter(Value::is_object),
        customer_id: text(&d["customer_id"]).or(text(&d["customer"]["id"])),
        customer_email: text(&d["customer"]["email"]),
    })
}

/// Paddle Billing: `subscription.created|activated|trialing|updated|canceled|paused|resumed|
/// past_due` (`subscription.imported` only sets the baseline).
pub(super) fn paddle(event: &Value, now_ms: i64) -> Option<Snapshot> {
    let implied = match event["event_type"].as_str()? {
        "subscription.created" | "subscription.activated" | "subscription.trialing" => Implied::Pending,
        "subscription.resumed" => Implied::Paused,
        "subscription.updated"
        | "subscription.canceled"
        | "subscription.paused"
        | "subscription.past_due"
        | "subscription.imported" => Implied::Nothing,
        _ => return None,
    };
    let d = &event["data"];
    let status = match d["status"].as_str().unwrap_or("") {
        "trialing" => TRIALING,
        "active" => ACTIVE,
        "past_due" => PAST_DUE,
        "paused" => PAUSED,
        "canceled" => ENDED,
        _ => PENDING,
    };
    let monthly = d["items"].as_array().and_then(|items| {
        sum_monthly(items.iter().map(|i| {
            let price = &i["price"];
            let amount = minor(&price["unit_price"]["amount"])? as f64;
            let cycle = &price["billing_cycle"];
            per_month(
                amount * quantity(&i["quantity"]),
                cycle["interval"].as_str()?,
                cycle["frequency"].as_f64().unwrap_or(1.0),
            )
        }))
    });
    let cancel_pending = d["scheduled_change"]["action"].as_str() == Some("cancel") && status != ENDED;
    let at_ms = iso_ms(&event["occurred_at"]).or(iso_ms(&d["updated_at"])).unwrap_or(now_ms);
    Some(Snapshot {
        subscription_id: text(&d["id"])?,
        state: SubscriptionState {
            status: status.into(),
            cancel_pending,
            monthly_minor: monthly,
            currency: upper(&d["currency_code"]),
            updated_ms: at_ms,
        },
        reported_before: None,
        implied_before: if event["event_type"] == "subscription.imported" { Implied::Nothing } else { implied },
        metadata: Some(d["custom_data"].clone()).filter(Value::is_object),
        customer_id: text(&d["customer_id"]),
        customer_email: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn state(status: &str, cancel: bool, monthly: Option<i64>) -> SubscriptionState {
        SubscriptionState {
            status: status.into(),
            cancel_pending: cancel,
            monthly_minor: monthly,
            currency: "USD".into(),
            updated_ms: 7,
        }
    }

    fn names(before: Option<&SubscriptionState>, implied: Implied, after: &SubscriptionState) -> Vec<&'static str> {
        transitions("sub", before, implied, after).into_iter().map(|t| t.name).collect()
    }

    #[test]
    fn transitions_follow_the_table() {
        let active = state(ACTIVE, false, Some(1000));
        assert_eq!(names(None, Implied::Pending, &state(TRIALING, false, Some(1000))), ["trial_started"]);
        assert_eq!(names(None, Implied::Pending, &active), ["subscription_started"]);
        assert_eq!(names(None, Implied::Nothing, &active), Vec::<&str>::new());
        assert_eq!(names(Some(&state(TRIALING, false, Some(1000))), Implied::Nothing, &active), ["trial_converted"]);
        assert_eq!(
            names(Some(&active), Implied::Nothing, &state(ACTIVE, true, Some(1000))),
            ["subscription_cancel_scheduled"]
        );
        assert_eq!(
            names(Some(&state(ACTIVE, true, Some(1000))), Implied::Nothing, &active),
            ["subscription_reactivated"]
        );
        assert_eq!(names(None, Implied::CancelPending, &active), ["subscription_reactivated"]);
        assert_eq!(
            names(Some(&active), Implied::Nothing, &state(ACTIVE, false, Some(2500))),
            ["subscription_upgraded"]
        );
        assert_eq!(
            names(Some(&active), Implied::Nothing, &state(ACTIVE, false, Some(500))),
            ["subscription_downgraded"]
        );
        assert_eq!(names(Some(&active), Implied::Nothing, &state(ENDED, false, Some(1000))), ["subscription_ended"]);
        assert_eq!(names(None, Implied::Nothing, &state(ENDED, false, None)), ["subscription_ended"]);
        assert_eq!(names(Some(&state(ENDED, false, None)), Implied::Nothing, &active), Vec::<&str>::new());
        assert_eq!(names(None, Implied::Pending, &state(ENDED, false, None)), Vec::<&str>::new());
        assert_eq!(names(Some(&active), Implied::Nothing, &active), Vec::<&str>::new());
    }

    #[test]
    fn prices_per_month() {
        assert_eq!(per_month(12000.0, "year", 1.0), Some(1000.0));
        assert_eq!(per_month(3000.0, "month", 3.0), Some(1000.0));
        assert_eq!(per_month(1.0, "fortnight", 1.0), None);
    }
}
