//! Manual notes (chart annotations): a short text pinned to an instant on a website's chart,
//! written by a person. The rules for text, timestamps and idempotency keys live here.

use chrono::{DateTime, NaiveDate};
use chrono_tz::Tz;

use crate::website::InvalidField;
use crate::ObjectId;

pub const MAX_TEXT: usize = 500;
pub const MAX_KEY: usize = 128;
/// Notes per website; DataFast publishes no number, a cap keeps storage and lists bounded.
pub const MAX_NOTES_PER_WEBSITE: usize = 10_000;
pub const MAX_LIST_LIMIT: u32 = 1000;
pub const MAX_SEARCH_LEN: usize = 200;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoteAuthor {
    pub id: ObjectId,
    pub name: Option<String>,
    pub image: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    pub id: ObjectId,
    pub website_id: ObjectId,
    /// Who wrote it; the author shown is looked up from this id (None once they are gone).
    pub author_id: ObjectId,
    pub author: Option<NoteAuthor>,
    pub text: String,
    pub timestamp_ms: i64,
    pub idempotency_key: Option<String>,
    pub created_at: i64,
    pub updated_at: i64,
}

fn invalid(msg: impl Into<String>) -> InvalidField {
    InvalidField(msg.into())
}

/// Trimmed, non-empty, at most 500 characters.
pub fn parse_text(raw: &str) -> Result<String, InvalidField> {
    let text = raw.trim();
    if text.is_empty() {
        return Err(invalid("`text` must not be empty"));
    }
    if text.chars().count() > MAX_TEXT {
        return Err(invalid(format!("`text` must be at most {MAX_TEXT} characters")));
    }
    Ok(text.to_string())
}

/// An ISO timestamp with `Z` or an offset, or `YYYY-MM-DD` meaning midnight in the website's
/// time zone. A date-time without a zone is refused: the instant it names is ambiguous.
pub fn parse_timestamp(raw: &str, website_zone: Tz) -> Result<i64, InvalidField> {
    let raw = raw.trim();
    if let Ok(date) = NaiveDate::parse_from_str(raw, "%Y-%m-%d") {
        return Ok(crate::query::range::start_of_day(website_zone, date));
    }
    DateTime::parse_from_rfc3339(raw).map(|t| t.timestamp_millis()).map_err(|_| {
        invalid(format!(
            "`timestamp` must be an ISO 8601 timestamp with Z or an offset, or a date (YYYY-MM-DD), not \"{raw}\""
        ))
    })
}

/// 1–128 characters of letters, digits, `.`, `_`, `:`, `-`.
pub fn parse_idempotency_key(raw: &str) -> Result<String, InvalidField> {
    let ok = !raw.is_empty()
        && raw.len() <= MAX_KEY
        && raw.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b':' | b'-'));
    if ok {
        Ok(raw.to_string())
    } else {
        Err(invalid(format!("`idempotencyKey` must be 1 to {MAX_KEY} letters, digits, '.', '_', ':' or '-'")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_in_both_forms() {
        let paris: Tz = "Europe/Paris".parse().unwrap();
        // 2026-05-21 midnight in Paris (CEST, +02:00) is 22:00Z the day before.
        assert_eq!(parse_timestamp("2026-05-21", paris).unwrap(), 1_779_321_600_000 - 2 * 3_600_000);
        assert_eq!(parse_timestamp("2026-05-21T00:00:00.000Z", paris).unwrap(), 1_779_321_600_000);
        assert_eq!(parse_timestamp("2026-05-21T02:00:00+02:00", paris).unwrap(), 1_779_321_600_000);
        for bad in ["2026-05-21T00:00:00", "yesterday", "", "2026-13-01"] {
            assert!(parse_timestamp(bad, paris).is_err(), "{bad}");
        }
    }

    #[test]
    fn text_and_keys() {
        assert_eq!(parse_text("  Launch  ").unwrap(), "Launch");
        assert!(parse_text("   ").is_err());
        assert!(parse_text(&"é".repeat(500)).is_ok());
        assert!(parse_text(&"é".repeat(501)).is_err());
        assert!(parse_idempotency_key("deploy:2026-05-21.v1_a").is_ok());
        for bad in ["", "has space", "slash/", &"k".repeat(129)] {
            assert!(parse_idempotency_key(bad).is_err(), "{bad}");
        }
    }
}
