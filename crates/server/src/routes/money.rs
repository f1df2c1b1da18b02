//! Money in analytics answers: amounts in the website's currency rounded to its minor unit,
//! whole amounts as JSON integers, and the revenue ratios of docs/metrics.md.

use datafast_core::website::Website;
use datafast_query::Revenue;
use serde_json::{json, Value};

/// Money in the website's currency, rounded to its minor unit (cents; whole yen).
pub fn round_money(website: &Website, x: f64) -> f64 {
    let exponent = datafast_core::currency::Currency::parse(&website.currency).map(|c| c.exponent()).unwrap_or(2);
    let scale = 10f64.powi(exponent as i32);
    let rounded = (x * scale).round() / scale;
    // A refund equal to the revenue rounds to -0.0, which JSON would show as "-0.0".
    if rounded == 0.0 {
        0.0
    } else {
        rounded
    }
}

/// A whole amount as a JSON integer (`28450`, as DataFast shows revenue), else a decimal.
pub fn number(x: f64) -> Value {
    if x.fract() == 0.0 && x.abs() < 1e15 {
        json!(x as i64)
    } else {
        json!(x)
    }
}

/// Rounded, then as `number` shows it.
pub fn money(website: &Website, x: f64) -> Value {
    number(round_money(website, x))
}

/// `{new, renewal, refund}` in the website's currency (always decimals, as DataFast shows it).
pub fn revenue_breakdown(website: &Website, r: &Revenue) -> Value {
    json!({
        "new": round_money(website, r.new),
        "renewal": round_money(website, r.renewal),
        "refund": round_money(website, r.refund),
    })
}

/// Revenue-per-visitor style value of `r` over `visitors` (docs/metrics.md).
pub fn per_visitor(website: &Website, r: &Revenue, visitors: i64) -> f64 {
    if visitors == 0 {
        0.0
    } else {
        datafast_query::round2(r.counted(website.settings.include_renewal_revenue) / visitors as f64)
    }
}

/// Paying visitors as a percentage of visitors, two decimals.
pub fn conversion_rate(customers: i64, visitors: i64) -> f64 {
    if visitors == 0 {
        0.0
    } else {
        datafast_query::round2(customers as f64 * 100.0 / visitors as f64)
    }
}
