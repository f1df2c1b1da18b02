//! `POST /api/v1/payments` (record a payment, renewal, refund or free trial; idempotent on
//! `transaction_id`; answered without the envelope, as DataFast does) and
//! `DELETE /api/v1/payments` (by transaction, visitor, or time range, in that priority).

use axum::extract::State;
use axum::response::{IntoResponse, Response};
use axum::Json;
use chrono::DateTime;
use datafast_core::currency::Currency;
use datafast_core::payment::{kind_of, minor_units, PaymentKind};
use datafast_core::uuid::parse_uuid;
use datafast_core::{Permission, Role};
use datafast_ingest::payments::{record_payment, NewPayment, Recorded};
use datafast_store::PaymentSelector;
use serde_json::{json, Map, Value};

use super::goals::time_range;
use super::server_api as api;
use crate::auth::Caller;
use crate::body::JsonBody;
use crate::error::{ApiError, ApiResult};
use crate::query::QueryParams;
use crate::{respond, AppState};

const FIELDS: &[&str] = &[
    "amount",
    "currency",
    "transaction_id",
    "datafast_visitor_id",
    "visitorId",
    "datafast_session_id",
    "email",
    "customer_email",
    "name",
    "customer_name",
    "customer_id",
    "renewal",
    "refunded",
    "is_free_trial",
    "timestamp",
    "websiteId",
];

const MAX_TRANSACTION_ID: usize = 255;
/// Payments dated further ahead than this are refused (clock skew allowance).
const MAX_FUTURE_MS: i64 = 86_400_000;

/// A body's payment, validated, for `website_currency`'s site.
fn parse(
    body: &Map<String, Value>,
    website_id: datafast_core::ObjectId,
    website_currency: &str,
) -> ApiResult<NewPayment> {
    api::reject_unknown(body, FIELDS)?;
    let amount = match body.get("amount") {
        None | Some(Value::Null) => return Err(ApiError::bad_request("`amount` is required")),
        Some(Value::Number(n)) => n.as_f64().unwrap_or(f64::NAN),
        Some(_) => return Err(ApiError::bad_request("`amount` must be a number (major units, e.g. 29.99)")),
    };
    let raw_currency =
        api::string_field(body, &["currency"])?.ok_or_else(|| ApiError::bad_request("`currency` is required"))?;
    let currency = Currency::parse(&raw_currency).ok_or_else(|| {
        ApiError::bad_request(format!("`currency` must be an ISO 4217 code (USD, EUR, ...), not \"{raw_currency}\""))
    })?;
    if currency.code() != website_currency && !datafast_core::fx::rates().knows(currency.code()) {
        return Err(ApiError::bad_request(format!(
            "No reference exchange rate for {} (datafast converts with the ECB's daily rates); \
             record it in the website's currency ({website_currency}) instead",
            currency.code()
        )));
    }
    let amount_minor = minor_units(amount, currency).map_err(ApiError::bad_request)?;
    let transaction_id = api::string_field(body, &["transaction_id"])?
        .map(|t| t.trim().to_string())
        .filter(|t| !t.is_empty())
        .ok_or_else(|| ApiError::bad_request("`transaction_id` is required"))?;
    if transaction_id.chars().count() > MAX_TRANSACTION_ID {
        return Err(ApiError::bad_request(format!("`transaction_id` is longer than {MAX_TRANSACTION_ID} characters")));
    }
    let kind = kind_of(
        amount_minor,
        api::bool_field(body, "renewal")?,
        api::bool_field(body, "refunded")?,
        api::bool_field(body, "is_free_trial")?,
    )
    .map_err(ApiError::bad_request)?;
    let now = datafast_core::time::now_millis();
    let at_ms = match api::string_field(body, &["timestamp"])? {
        None => now,
        Some(raw) => {
            let at = DateTime::parse_from_rfc3339(raw.trim())
                .map_err(|_| ApiError::bad_request("`timestamp` must be ISO 8601 (e.g. 2026-05-21T12:00:00Z)"))?
                .timestamp_millis();
            if !(0..=now + MAX_FUTURE_MS).contains(&at) {
                return Err(ApiError::bad_request("`timestamp` must be after 1970 and not in the future"));
            }
            at
        }
    };
    let visitor_id = api::body_visitor_id(body, false)?;
    let session_id = match api::string_field(body, &["datafast_session_id"])? {
        None => None,
        Some(raw) => {
            let raw = raw.trim();
            let uuid = raw.strip_prefix('s').unwrap_or(raw);
            if !datafast_ingest::pipeline::is_uuid_v4(uuid) {
                return Err(ApiError::bad_request(
                    "`datafast_session_id` must be the datafast_session_id cookie (\"s\" followed by a UUID v4)",
                ));
            }
            parse_uuid(uuid)
        }
    };
    let email = api::string_field(body, &["email", "customer_email"])?;
    if email.as_ref().is_some_and(|e| !e.trim().is_empty() && !e.contains('@')) {
        return Err(ApiError::bad_request("`email` must be an email address"));
    }
    Ok(NewPayment {
        website_id,
        provider: "api".into(),
        transaction_id,
        kind,
        amount_minor,
        currency,
        visitor_id,
        session_id,
        customer_email: email,
        customer_name: api::string_field(body, &["name", "customer_name"])?,
        customer_id: api::string_field(body, &["customer_id"])?,
        at_ms,
        checkout_ref: None,
        refund_of: None,
    })
}

pub async fn create(
    State(state): State<AppState>,
    caller: Caller,
    params: QueryParams,
    body: JsonBody,
) -> ApiResult<Response> {
    let website = caller.website_api(&state, params.get("websiteId"), Permission::PaymentsWrite, Role::Member).await?;
    let body = body.object()?;
    let payment = parse(&body, website.id, &website.currency)?;
    let transaction_id = payment.transaction_id.clone();
    let kind = payment.kind;
    let link = match (&payment.visitor_id, &payment.customer_email) {
        (Some(_), _) => "and attributed successfully",
        (None, Some(e)) if !e.trim().is_empty() => {
            "successfully (attributed by customer email once a visitor's tracker sends it with datafast(\"payment\"))"
        }
        (None, _) => "successfully (not attributed: no datafast_visitor_id)",
    };
    let now = datafast_core::time::now_millis();
    let message = match record_payment(state.events.as_ref(), payment, now).await? {
        Recorded::Duplicate => {
            "Duplicate payment: a payment with this transaction_id is already recorded; nothing was changed".to_string()
        }
        Recorded::Stored => {
            let what = match kind {
                PaymentKind::FreeTrial => "Free trial",
                PaymentKind::Refund => "Refund",
                PaymentKind::New | PaymentKind::Renewal => "Payment",
            };
            format!("{what} recorded {link}")
        }
    };
    // DataFast answers this endpoint without the success envelope.
    Ok(Json(json!({"message": message, "transaction_id": transaction_id})).into_response())
}

pub async fn delete(State(state): State<AppState>, caller: Caller, params: QueryParams) -> ApiResult<Response> {
    let website = caller.website_api(&state, params.get("websiteId"), Permission::PaymentsWrite, Role::Member).await?;
    let transaction =
        params.get("transaction_id").or_else(|| params.get("tx_id")).map(str::trim).filter(|t| !t.is_empty());
    let (selector, mut item) = if let Some(tx) = transaction {
        // The transaction id alone decides; other parameters are ignored.
        (
            PaymentSelector::Transaction(tx.to_string()),
            json!({"message": "Payment deleted successfully", "transaction_id": tx}),
        )
    } else {
        let visitor_raw = params.get("datafast_visitor_id").or_else(|| params.get("visitorId"));
        let visitor = api::visitor_id(visitor_raw, false)?;
        let range = api::deletion_range(&params)?;
        let mut item = match (visitor, range) {
            (Some(v), range) => (
                PaymentSelector::Visitor { visitor_id: v, range },
                json!({
                    "message": if range.is_some() {
                        "All payments for visitor deleted successfully within time range"
                    } else {
                        "All payments for visitor deleted successfully"
                    },
                    "datafast_visitor_id": visitor_raw.unwrap_or("").trim(),
                }),
            ),
            (None, Some(r)) => {
                (PaymentSelector::Range(r), json!({"message": "Payments deleted successfully within time range"}))
            }
            (None, None) => {
                return Err(ApiError::bad_request(
                    "Give transaction_id, datafast_visitor_id, or a time range (startAt and endAt)",
                ))
            }
        };
        if let Some(r) = range {
            item.1["timeRange"] = time_range(r);
        }
        item
    };
    let by_transaction = matches!(selector, PaymentSelector::Transaction(_));
    let deleted = state.events.delete_payments(website.id, selector).await?;
    if deleted == 0 {
        return Err(ApiError::not_found(if by_transaction {
            "Transaction not found"
        } else {
            "No payments match these criteria"
        }));
    }
    item["deletedCount"] = json!(deleted);
    Ok(respond::one(item))
}
