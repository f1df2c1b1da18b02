//! What a payment is, independent of how it arrived (Payments API, later provider webhooks):
//! an amount in the minor units of its own currency (cents; yen have none) and a kind.

use crate::currency::Currency;

/// The four money events DataFast distinguishes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PaymentKind {
    /// A first or one-off payment.
    New,
    /// A recurring payment of a subscription.
    Renewal,
    /// Money given back; reported as a positive amount under `refund`.
    Refund,
    /// A trial started: no money, but the visitor becomes a trialing customer.
    FreeTrial,
}

impl PaymentKind {
    pub fn as_str(self) -> &'static str {
        match self {
            PaymentKind::New => "new",
            PaymentKind::Renewal => "renewal",
            PaymentKind::Refund => "refund",
            PaymentKind::FreeTrial => "free_trial",
        }
    }

    pub fn parse(s: &str) -> Option<PaymentKind> {
        [PaymentKind::New, PaymentKind::Renewal, PaymentKind::Refund, PaymentKind::FreeTrial]
            .into_iter()
            .find(|k| k.as_str() == s)
    }

    /// Money received (counted in `payments` and, less refunds, in `revenue`).
    pub fn is_received(self) -> bool {
        matches!(self, PaymentKind::New | PaymentKind::Renewal)
    }
}

/// The largest amount accepted, in major units: far above any real payment, far below where
/// minor units would overflow.
pub const MAX_AMOUNT: f64 = 1e12;

/// `amount` (major units, as the Payments API takes it) in minor units of `currency`. More
/// decimals than the currency has (29.999 USD, 10.5 JPY) are refused rather than rounded away.
pub fn minor_units(amount: f64, currency: Currency) -> Result<i64, String> {
    if !amount.is_finite() || amount < 0.0 {
        return Err("`amount` must be a number of at least 0 (use `refunded: true` for refunds)".into());
    }
    if amount > MAX_AMOUNT {
        return Err(format!("`amount` must be at most {MAX_AMOUNT}"));
    }
    let scaled = amount * 10f64.powi(currency.exponent() as i32);
    let minor = scaled.round();
    if (scaled - minor).abs() > 1e-6 * scaled.abs().max(1.0) {
        return Err(format!(
            "`amount` has more decimal places than {} allows ({})",
            currency.code(),
            currency.exponent()
        ));
    }
    Ok(minor as i64)
}

/// Minor units back to major units (2999 USD cents → 29.99; 5000 JPY → 5000).
pub fn major_units(minor: i64, currency: Currency) -> f64 {
    minor as f64 / 10f64.powi(currency.exponent() as i32)
}

/// The kind the Payments API flags describe. A zero amount is a free trial unless it claims to
/// be a renewal or refund (which must move money); a free trial must be free.
pub fn kind_of(amount_minor: i64, renewal: bool, refunded: bool, free_trial: bool) -> Result<PaymentKind, String> {
    if free_trial {
        if renewal || refunded {
            return Err("`is_free_trial` cannot be combined with `renewal` or `refunded`".into());
        }
        if amount_minor != 0 {
            return Err("a free trial (`is_free_trial: true`) must have `amount` 0".into());
        }
        return Ok(PaymentKind::FreeTrial);
    }
    match (amount_minor, renewal, refunded) {
        (0, false, false) => Ok(PaymentKind::FreeTrial),
        (0, _, true) => Err("a refund must have an `amount` greater than 0".into()),
        (0, true, false) => Err("a renewal must have an `amount` greater than 0".into()),
        (_, _, true) => Ok(PaymentKind::Refund),
        (_, true, false) => Ok(PaymentKind::Renewal),
        _ => Ok(PaymentKind::New),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn minor_units_follow_the_currency() {
        let usd = Currency::parse("USD").unwrap();
        let jpy = Currency::parse("jpy").unwrap();
        let kwd = Currency::parse("KWD").unwrap();
        assert_eq!(minor_units(29.99, usd), Ok(2999));
        assert_eq!(minor_units(0.29, usd), Ok(29));
        assert_eq!(minor_units(5000.0, jpy), Ok(5000));
        assert_eq!(minor_units(1.234, kwd), Ok(1234));
        assert!(minor_units(29.999, usd).is_err());
        assert!(minor_units(10.5, jpy).is_err());
        assert!(minor_units(-1.0, usd).is_err());
        assert!(minor_units(f64::NAN, usd).is_err());
        assert_eq!(major_units(2999, usd), 29.99);
        assert_eq!(major_units(5000, jpy), 5000.0);
    }

    #[test]
    fn kinds_from_flags() {
        assert_eq!(kind_of(100, false, false, false), Ok(PaymentKind::New));
        assert_eq!(kind_of(100, true, false, false), Ok(PaymentKind::Renewal));
        assert_eq!(kind_of(100, true, true, false), Ok(PaymentKind::Refund));
        assert_eq!(kind_of(0, false, false, false), Ok(PaymentKind::FreeTrial));
        assert_eq!(kind_of(0, false, false, true), Ok(PaymentKind::FreeTrial));
        assert!(kind_of(100, false, false, true).is_err());
        assert!(kind_of(0, false, true, false).is_err());
        assert!(kind_of(0, true, false, false).is_err());
        assert_eq!(PaymentKind::parse("free_trial"), Some(PaymentKind::FreeTrial));
    }
}
