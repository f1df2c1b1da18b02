//! Mentions: posts on X or Reddit that name a website, kept so `GET /api/v1/mentions` can
//! search them. DataFast collects them itself; this server cannot reach X or Reddit, so they
//! come in through `datafast mentions import` (one JSON object per line, from whatever
//! collector the owner runs), and the API searches what is stored, as DataFast's does ("does
//! not start a new search").

use serde_json::Value;

use crate::website::InvalidField;
use crate::ObjectId;

/// The search text's limit (DataFast: "≤ 200 chars").
pub const MAX_SEARCH_LEN: usize = 200;
pub const MAX_TEXT: usize = 10_000;
pub const MAX_FIELD: usize = 300;
pub const MAX_URL: usize = 2048;
/// Mentions kept per website; the oldest import beyond it is refused, not silently dropped.
pub const MAX_PER_WEBSITE: usize = 100_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Platform {
    X,
    Reddit,
}

impl Platform {
    pub fn parse(raw: &str) -> Option<Platform> {
        match raw.trim().to_ascii_lowercase().as_str() {
            "x" | "twitter" => Some(Platform::X),
            "reddit" => Some(Platform::Reddit),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Platform::X => "x",
            Platform::Reddit => "reddit",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    pub id: ObjectId,
    pub website_id: ObjectId,
    pub platform: Platform,
    /// The post's address; one mention per platform and URL on a website.
    pub url: String,
    pub author: String,
    /// A Reddit post's title (empty for X posts and comments).
    pub title: String,
    pub text: String,
    /// Where it was posted: a subreddit, empty for X.
    pub community: String,
    pub posted_at_ms: i64,
    pub collected_at_ms: i64,
}

fn invalid(msg: impl Into<String>) -> InvalidField {
    InvalidField(msg.into())
}

fn text_field(
    o: &serde_json::Map<String, Value>,
    key: &str,
    max: usize,
    required: bool,
) -> Result<String, InvalidField> {
    match o.get(key) {
        None | Some(Value::Null) if !required => Ok(String::new()),
        None | Some(Value::Null) => Err(invalid(format!("`{key}` is required"))),
        Some(Value::String(s)) => {
            let s = s.trim();
            if required && s.is_empty() {
                return Err(invalid(format!("`{key}` must not be empty")));
            }
            if s.chars().count() > max {
                return Err(invalid(format!("`{key}` must be at most {max} characters")));
            }
            Ok(s.to_string())
        }
        Some(_) => Err(invalid(format!("`{key}` must be a string"))),
    }
}

/// One import line: `{"platform": "x"|"reddit", "url": "https://…", "text": "…",
/// "postedAt": "<ISO 8601 with Z or offset>", "author"?, "title"?, "community"?}`.
pub fn parse_import_line(line: &str, website_id: ObjectId, collected_at_ms: i64) -> Result<Mention, InvalidField> {
    let v: Value = serde_json::from_str(line).map_err(|e| invalid(format!("not JSON: {e}")))?;
    let o = v.as_object().ok_or_else(|| invalid("a line must be a JSON object"))?;
    let known = ["platform", "url", "text", "postedAt", "author", "title", "community"];
    if let Some(k) = o.keys().find(|k| !known.contains(&k.as_str())) {
        return Err(invalid(format!("unknown field `{k}` (known: {})", known.join(", "))));
    }
    let platform = text_field(o, "platform", 16, true)?;
    let platform = Platform::parse(&platform)
        .ok_or_else(|| invalid(format!("`platform` must be x or reddit, not \"{platform}\"")))?;
    let url = text_field(o, "url", MAX_URL, true)?;
    match url::Url::parse(&url) {
        Ok(u) if matches!(u.scheme(), "http" | "https") && u.host_str().is_some() => {}
        _ => return Err(invalid(format!("`url` must be an http(s) URL, not \"{url}\""))),
    }
    let posted = text_field(o, "postedAt", 64, true)?;
    let posted_at_ms = chrono::DateTime::parse_from_rfc3339(&posted).map(|t| t.timestamp_millis()).map_err(|_| {
        invalid(format!("`postedAt` must be an ISO 8601 timestamp with Z or an offset, not \"{posted}\""))
    })?;
    Ok(Mention {
        id: ObjectId::generate(),
        website_id,
        platform,
        url,
        author: text_field(o, "author", MAX_FIELD, false)?,
        title: text_field(o, "title", MAX_FIELD, false)?,
        text: text_field(o, "text", MAX_TEXT, true)?,
        community: text_field(o, "community", MAX_FIELD, false)?,
        posted_at_ms,
        collected_at_ms,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn import_lines_are_checked_field_by_field() {
        let site = ObjectId::generate();
        let m = parse_import_line(
            r#"{"platform":"Reddit","url":"https://reddit.com/r/saas/1","text":" loving it ","postedAt":"2026-11-01T10:00:00+01:00","community":"r/saas"}"#,
            site,
            5,
        )
        .unwrap();
        assert_eq!((m.platform, m.text.as_str(), m.posted_at_ms), (Platform::Reddit, "loving it", 1_793_523_600_000));
        assert_eq!((m.author.as_str(), m.community.as_str(), m.collected_at_ms), ("", "r/saas", 5));
        for (bad, says) in [
            (
                r#"{"platform":"mastodon","url":"https://a.b/1","text":"t","postedAt":"2026-11-01T10:00:00Z"}"#,
                "platform",
            ),
            (r#"{"platform":"x","url":"ftp://a.b/1","text":"t","postedAt":"2026-11-01T10:00:00Z"}"#, "url"),
            (r#"{"platform":"x","url":"https://a.b/1","text":"t","postedAt":"2026-11-01T10:00:00"}"#, "postedAt"),
            (r#"{"platform":"x","url":"https://a.b/1","text":"","postedAt":"2026-11-01T10:00:00Z"}"#, "text"),
            (
                r#"{"platform":"x","url":"https://a.b/1","text":"t","postedAt":"2026-11-01T10:00:00Z","likes":3}"#,
                "likes",
            ),
            ("[1]", "object"),
        ] {
            let err = parse_import_line(bad, site, 0).unwrap_err().0;
            assert!(err.contains(says), "{bad}: {err}");
        }
    }
}
