//! Timestamps cross the API as ISO-8601 UTC strings with milliseconds
//! (`2026-05-21T00:00:00.000Z`) and are stored as milliseconds since the epoch.

use chrono::{DateTime, SecondsFormat, TimeZone, Utc};

pub fn now_millis() -> i64 {
    Utc::now().timestamp_millis()
}

pub fn iso_millis(millis: i64) -> String {
    let at: DateTime<Utc> = Utc.timestamp_millis_opt(millis).single().unwrap_or(DateTime::<Utc>::UNIX_EPOCH);
    at.to_rfc3339_opts(SecondsFormat::Millis, true)
}

#[cfg(test)]
mod tests {
    #[test]
    fn formats_with_milliseconds_and_z() {
        assert_eq!(super::iso_millis(1_779_321_600_000), "2026-05-21T00:00:00.000Z");
        assert_eq!(super::iso_millis(1_779_321_600_123), "2026-05-21T00:00:00.123Z");
    }
}
