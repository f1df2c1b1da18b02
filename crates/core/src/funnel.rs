//! Funnels: an ordered list of 2–8 steps, each a page visit or a completed goal, that
//! the analytics side counts visitors through. This module owns the step rules (what a valid
//! step is, how names become slugs); storage and SQL live elsewhere.

use serde_json::{Map, Value};

use crate::website::InvalidField;
use crate::ObjectId;

pub const MIN_STEPS: usize = 2;
pub const MAX_STEPS: usize = 8;
/// DataFast's limit for a funnel step's goal name (shorter than the 64 of goals themselves).
pub const MAX_STEP_GOAL_LEN: usize = 32;
pub const MAX_NAME_LEN: usize = 100;
pub const MAX_URL_LEN: usize = 500;
/// Active funnels per website. DataFast publishes no number; a cap keeps lists bounded.
pub const MAX_ACTIVE_FUNNELS: usize = 50;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StepTarget {
    /// A page path; `*` matches any run of characters (`/blog/*`).
    Pageview {
        url: String,
    },
    Goal {
        goal_name: String,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FunnelStep {
    /// Slug-like and unique within the funnel (`landing`, `signup`).
    pub id: String,
    pub name: String,
    pub target: StepTarget,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Funnel {
    pub id: ObjectId,
    pub website_id: ObjectId,
    pub name: String,
    pub slug: String,
    pub steps: Vec<FunnelStep>,
    pub is_active: bool,
    pub created_at: i64,
    pub updated_at: i64,
}

fn invalid(msg: impl Into<String>) -> InvalidField {
    InvalidField(msg.into())
}

/// `Signup funnel!` → `signup-funnel`; empty when nothing alphanumeric is left.
pub fn slugify(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let trimmed = out.trim_end_matches('-');
    trimmed.chars().take(60).collect::<String>().trim_end_matches('-').to_string()
}

/// A funnel name: a non-empty string of at most 100 characters, trimmed.
pub fn parse_name(value: Option<&Value>) -> Result<String, InvalidField> {
    match value {
        None | Some(Value::Null) => Err(invalid("`name` is required")),
        Some(Value::String(s)) => {
            let s = s.trim();
            if s.is_empty() {
                Err(invalid("`name` must not be empty"))
            } else if s.chars().count() > MAX_NAME_LEN {
                Err(invalid(format!("`name` must be at most {MAX_NAME_LEN} characters")))
            } else {
                Ok(s.to_string())
            }
        }
        Some(_) => Err(invalid("`name` must be a string")),
    }
}

fn is_step_goal_name(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= MAX_STEP_GOAL_LEN
        && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'_' | b'-' | b':'))
}

/// A step's page: a path starting with `/`, or a full `http(s)://` URL of which only the path
/// counts (funnels match the stored pathname). Query strings and fragments are not part of it.
fn parse_url(raw: &str, at: usize) -> Result<String, InvalidField> {
    let raw = raw.trim();
    let bad = || invalid(format!("`steps[{at}].url` must be a page path starting with / (or a full http(s) URL)"));
    if raw.is_empty() || raw.chars().count() > MAX_URL_LEN {
        return Err(invalid(format!("`steps[{at}].url` must be 1 to {MAX_URL_LEN} characters")));
    }
    let path = if raw.starts_with('/') {
        raw.to_string()
    } else if let Some(rest) = raw.strip_prefix("https://").or_else(|| raw.strip_prefix("http://")) {
        match rest.find('/') {
            Some(i) if i > 0 => rest[i..].to_string(),
            None if !rest.is_empty() => "/".to_string(),
            _ => return Err(bad()),
        }
    } else {
        return Err(bad());
    };
    let path = path.split(['?', '#']).next().unwrap_or("/").to_string();
    if path.chars().any(char::is_whitespace) {
        return Err(bad());
    }
    Ok(if path.is_empty() { "/".into() } else { path })
}

fn step_text<'a>(obj: &'a Map<String, Value>, i: usize, field: &str) -> Result<Option<&'a str>, InvalidField> {
    match obj.get(field) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.as_str())),
        Some(_) => Err(invalid(format!("`steps[{i}].{field}` must be a string"))),
    }
}

fn step_id(raw: &str) -> bool {
    !raw.is_empty()
        && raw.len() <= 64
        && raw.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
}

/// `steps`: 2–8 objects `{name, type: pageview|goal, url | goalName, id?}`. Step ids are
/// taken from the client when valid (so a funnel read back can be sent back) or derived from
/// the step name, and made unique within the funnel.
pub fn parse_steps(value: Option<&Value>) -> Result<Vec<FunnelStep>, InvalidField> {
    let items = match value {
        None | Some(Value::Null) => return Err(invalid("`steps` is required")),
        Some(Value::Array(items)) => items,
        Some(_) => return Err(invalid("`steps` must be an array of step objects")),
    };
    if items.len() < MIN_STEPS || items.len() > MAX_STEPS {
        return Err(invalid(format!(
            "A funnel has {MIN_STEPS} to {MAX_STEPS} steps; {} {} given",
            items.len(),
            if items.len() == 1 { "was" } else { "were" }
        )));
    }
    let mut steps: Vec<FunnelStep> = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        let obj: &Map<String, Value> =
            item.as_object().ok_or_else(|| invalid(format!("`steps[{i}]` must be an object")))?;
        if let Some(unknown) = obj.keys().find(|k| !matches!(k.as_str(), "id" | "name" | "type" | "url" | "goalName")) {
            return Err(invalid(format!("`steps[{i}].{unknown}` is not a step field (id, name, type, url, goalName)")));
        }
        let text = |field: &str| step_text(obj, i, field);
        let name = text("name")?.map(str::trim).filter(|s| !s.is_empty());
        let name = name.ok_or_else(|| invalid(format!("`steps[{i}].name` is required")))?;
        if name.chars().count() > MAX_NAME_LEN {
            return Err(invalid(format!("`steps[{i}].name` must be at most {MAX_NAME_LEN} characters")));
        }
        let target = match text("type")? {
            Some("pageview") => {
                if text("goalName")?.is_some() {
                    return Err(invalid(format!("`steps[{i}]` is a pageview step: give `url`, not `goalName`")));
                }
                let url =
                    text("url")?.ok_or_else(|| invalid(format!("`steps[{i}].url` is required for a pageview step")))?;
                StepTarget::Pageview { url: parse_url(url, i)? }
            }
            Some("goal") => {
                if text("url")?.is_some() {
                    return Err(invalid(format!("`steps[{i}]` is a goal step: give `goalName`, not `url`")));
                }
                let goal = text("goalName")?
                    .ok_or_else(|| invalid(format!("`steps[{i}].goalName` is required for a goal step")))?;
                if !is_step_goal_name(goal) {
                    return Err(invalid(format!(
                        "`steps[{i}].goalName` \"{goal}\" is not a goal name: lowercase letters, digits, _ - : and at most {MAX_STEP_GOAL_LEN} characters"
                    )));
                }
                StepTarget::Goal { goal_name: goal.to_string() }
            }
            Some(other) => {
                return Err(invalid(format!("`steps[{i}].type` must be \"pageview\" or \"goal\", not \"{other}\"")))
            }
            None => return Err(invalid(format!("`steps[{i}].type` is required (\"pageview\" or \"goal\")"))),
        };
        let base = match text("id")? {
            Some(id) if step_id(id) => id.to_string(),
            Some(id) => {
                return Err(invalid(format!(
                    "`steps[{i}].id` \"{id}\" must be 1 to 64 lowercase letters, digits, - or _"
                )))
            }
            None => match slugify(name) {
                s if s.is_empty() => format!("step-{}", i + 1),
                s => s,
            },
        };
        let mut id = base.clone();
        let mut n = 2;
        while steps.iter().any(|s| s.id == id) {
            id = format!("{base}-{n}");
            n += 1;
        }
        steps.push(FunnelStep { id, name: name.to_string(), target });
    }
    Ok(steps)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn slugs() {
        assert_eq!(slugify("Signup funnel"), "signup-funnel");
        assert_eq!(slugify("  Checkout → Paid!! "), "checkout-paid");
        assert_eq!(slugify("🎉"), "");
    }

    #[test]
    fn steps_are_validated_and_get_unique_ids() {
        let steps = parse_steps(Some(&json!([
            {"name": "Landing", "type": "pageview", "url": "https://example.com/?utm_source=x"},
            {"name": "Landing", "type": "pageview", "url": "/blog/*"},
            {"name": "Signup", "type": "goal", "goalName": "signup"},
        ])))
        .unwrap();
        assert_eq!(steps.iter().map(|s| s.id.as_str()).collect::<Vec<_>>(), ["landing", "landing-2", "signup"]);
        assert_eq!(steps[0].target, StepTarget::Pageview { url: "/".into() });
        assert_eq!(steps[2].target, StepTarget::Goal { goal_name: "signup".into() });
        let bad = [
            json!([{"name": "a", "type": "pageview", "url": "/"}]),
            json!((0..9).map(|_| json!({"name": "a", "type": "pageview", "url": "/"})).collect::<Vec<_>>()),
            json!([{"name": "a", "type": "pageview"}, {"name": "b", "type": "goal", "goalName": "x"}]),
            json!([{"name": "a", "type": "goal", "goalName": "Signup"}, {"name": "b", "type": "pageview", "url": "/"}]),
            json!([{"name": "a", "type": "goal", "goalName": "a".repeat(33)}, {"name": "b", "type": "pageview", "url": "/"}]),
            json!([{"name": "a", "type": "click", "url": "/"}, {"name": "b", "type": "pageview", "url": "/"}]),
            json!([{"name": "", "type": "pageview", "url": "/"}, {"name": "b", "type": "pageview", "url": "/"}]),
            json!([{"name": "a", "type": "pageview", "url": "pricing"}, {"name": "b", "type": "pageview", "url": "/"}]),
            json!([{"name": "a", "type": "pageview", "url": "/", "color": 1}, {"name": "b", "type": "pageview", "url": "/"}]),
        ];
        for b in bad {
            assert!(parse_steps(Some(&b)).is_err(), "{b}");
        }
    }
}
