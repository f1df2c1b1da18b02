//! The analytics query as data: API parameters parse into typed filters, a time range in a
//! zone, an interval, field selection and paging. Nothing here knows SQL; the query planner
//! turns these values into statements with bound parameters.

pub mod range;

use std::collections::HashMap;

pub use range::{Bucket, Interval, TimeRange};

/// A parameter the caller got wrong; answered as 400 with this message.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct QueryError(pub String);

impl QueryError {
    pub fn new(msg: impl Into<String>) -> Self {
        QueryError(msg.into())
    }
}

/// What a filter looks at. Page, entry page and goal filters select visitors (who viewed the
/// page, whose session entered there, who completed the goal); the others select events.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Dimension {
    Country,
    Region,
    City,
    Device,
    Browser,
    Os,
    Referrer,
    Ref,
    Source,
    Via,
    UtmSource,
    UtmMedium,
    UtmCampaign,
    UtmTerm,
    UtmContent,
    Page,
    EntryPage,
    Hostname,
    Goal,
    VisitCount,
    /// The session's channel (Direct, Organic Search, …): a datafast extension for the
    /// dashboard's channel rows.
    Channel,
}

/// Every filter by its parameter name (without the `filter_` prefix).
pub const DIMENSIONS: &[(&str, Dimension)] = &[
    ("country", Dimension::Country),
    ("region", Dimension::Region),
    ("city", Dimension::City),
    ("device", Dimension::Device),
    ("browser", Dimension::Browser),
    ("os", Dimension::Os),
    ("referrer", Dimension::Referrer),
    ("ref", Dimension::Ref),
    ("source", Dimension::Source),
    ("via", Dimension::Via),
    ("utm_source", Dimension::UtmSource),
    ("utm_medium", Dimension::UtmMedium),
    ("utm_campaign", Dimension::UtmCampaign),
    ("utm_term", Dimension::UtmTerm),
    ("utm_content", Dimension::UtmContent),
    ("page", Dimension::Page),
    ("entry_page", Dimension::EntryPage),
    ("hostname", Dimension::Hostname),
    ("goal", Dimension::Goal),
    ("visit_count", Dimension::VisitCount),
    ("channel", Dimension::Channel),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Operator {
    Is,
    IsNot,
    Contains,
    DoesNotContain,
    Gte,
    Lte,
}

impl Operator {
    fn parse(raw: &str) -> Option<Operator> {
        Some(match raw {
            "is" => Operator::Is,
            "is_not" => Operator::IsNot,
            "contains" => Operator::Contains,
            "does_not_contain" => Operator::DoesNotContain,
            "gte" => Operator::Gte,
            "lte" => Operator::Lte,
            _ => return None,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Filter {
    pub dimension: Dimension,
    pub operator: Operator,
    /// OR'ed; never empty. Visit-count values are validated integers.
    pub values: Vec<String>,
}

fn allowed(dimension: Dimension, op: Operator) -> bool {
    match op {
        Operator::Is | Operator::IsNot => true,
        Operator::Contains | Operator::DoesNotContain => matches!(dimension, Dimension::Page | Dimension::EntryPage),
        Operator::Gte | Operator::Lte => dimension == Dimension::VisitCount,
    }
}

/// `filter_*` parameters (and the legacy unprefixed spellings, which lose to the prefixed
/// one): `[operator:]value[,value…]`, values OR'ed, filters AND'ed. A value may itself contain
/// a colon (`/docs:intro`); only a known operator before the first colon is an operator.
pub fn parse_filters(params: &HashMap<String, String>) -> Result<Vec<Filter>, QueryError> {
    let mut out = Vec::new();
    for (name, dimension) in DIMENSIONS {
        let prefixed = params.get(&format!("filter_{name}"));
        let Some(raw) = prefixed.or_else(|| params.get(*name)) else { continue };
        let param = if prefixed.is_some() { format!("filter_{name}") } else { name.to_string() };
        let (operator, list) = match raw.split_once(':').and_then(|(op, rest)| Some((Operator::parse(op)?, rest))) {
            Some((op, rest)) => (op, rest),
            None => (Operator::Is, raw.as_str()),
        };
        if !allowed(*dimension, operator) {
            return Err(QueryError::new(format!("`{param}` does not support this operator")));
        }
        let values: Vec<String> = list.split(',').map(str::trim).filter(|v| !v.is_empty()).map(String::from).collect();
        if values.is_empty() {
            return Err(QueryError::new(format!("`{param}` needs at least one value")));
        }
        if values.len() > 50 {
            return Err(QueryError::new(format!("`{param}` takes at most 50 values")));
        }
        if *dimension == Dimension::VisitCount && values.iter().any(|v| v.parse::<u32>().is_err()) {
            return Err(QueryError::new(format!("`{param}` values must be whole numbers")));
        }
        out.push(Filter { dimension: *dimension, operator, values });
    }
    Ok(out)
}

/// `fields=a,b`: the requested subset of `valid`, in the caller's order; all of `valid` when
/// absent. An unknown or empty name is an error that lists the valid ones.
pub fn parse_fields(raw: Option<&str>, valid: &[&'static str]) -> Result<Vec<&'static str>, QueryError> {
    let Some(raw) = raw else { return Ok(valid.to_vec()) };
    let mut out: Vec<&'static str> = Vec::new();
    for name in raw.split(',').map(str::trim) {
        match valid.iter().find(|v| **v == name) {
            Some(v) if !out.contains(v) => out.push(v),
            Some(_) => {}
            None => {
                return Err(QueryError::new(format!(
                    "invalid field \"{name}\" in `fields`; valid fields: {}",
                    valid.join(", ")
                )))
            }
        }
    }
    Ok(out)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Paging {
    pub limit: u32,
    pub offset: u32,
}

/// `limit` (1..=max, default 100) and `offset` (≥ 0, default 0); anything else is an error
/// rather than silently changed, so a script learns its page size is not what it thinks.
pub fn parse_paging(limit: Option<&str>, offset: Option<&str>, max: u32) -> Result<Paging, QueryError> {
    let limit = match limit {
        None => 100.min(max),
        Some(raw) => match raw.trim().parse::<u32>() {
            Ok(n) if (1..=max).contains(&n) => n,
            _ => return Err(QueryError::new(format!("`limit` must be a whole number from 1 to {max}"))),
        },
    };
    let offset = match offset {
        None => 0,
        Some(raw) => {
            raw.trim().parse::<u32>().map_err(|_| QueryError::new("`offset` must be a whole number, 0 or more"))?
        }
    };
    Ok(Paging { limit, offset })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn params(pairs: &[(&str, &str)]) -> HashMap<String, String> {
        pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    #[test]
    fn filters_parse_with_operators_lists_and_legacy_names() {
        let f = parse_filters(&params(&[
            ("filter_country", "is:United States,Canada"),
            ("filter_device", "is_not:mobile"),
            ("filter_page", "contains:/docs"),
            ("filter_visit_count", "gte:2"),
            ("browser", "Chrome, Safari"),
            ("filter_referrer", "Google"),
            ("referrer", "ignored: the prefixed one wins"),
            ("filter_entry_page", "/a:b"),
        ]))
        .unwrap();
        let by = |d: Dimension| f.iter().find(|x| x.dimension == d).unwrap().clone();
        assert_eq!(by(Dimension::Country).values, ["United States", "Canada"]);
        assert_eq!(by(Dimension::Device).operator, Operator::IsNot);
        assert_eq!(by(Dimension::Page).operator, Operator::Contains);
        assert_eq!(
            (by(Dimension::VisitCount).operator, by(Dimension::VisitCount).values[0].as_str()),
            (Operator::Gte, "2")
        );
        assert_eq!(by(Dimension::Browser).values, ["Chrome", "Safari"]);
        assert_eq!(by(Dimension::Referrer).values, ["Google"]);
        assert_eq!(
            (by(Dimension::EntryPage).operator, by(Dimension::EntryPage).values[0].as_str()),
            (Operator::Is, "/a:b")
        );
        for bad in [
            ("filter_country", "contains:Fr"),
            ("filter_page", "gte:3"),
            ("filter_visit_count", "gte:two"),
            ("filter_city", "is:"),
            ("filter_os", " , "),
        ] {
            assert!(parse_filters(&params(&[bad])).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn fields_and_paging() {
        let valid = &["visitors", "sessions", "revenue"];
        assert_eq!(parse_fields(None, valid).unwrap(), valid.to_vec());
        assert_eq!(parse_fields(Some("revenue,visitors,revenue"), valid).unwrap(), ["revenue", "visitors"]);
        let err = parse_fields(Some("visitors,pageviews"), valid).unwrap_err();
        assert!(err.0.contains("pageviews") && err.0.contains("visitors, sessions, revenue"));
        assert!(parse_fields(Some(""), valid).is_err());
        assert_eq!(parse_paging(None, None, 1000).unwrap(), Paging { limit: 100, offset: 0 });
        assert_eq!(parse_paging(Some("250"), Some("500"), 250).unwrap(), Paging { limit: 250, offset: 500 });
        for (l, o) in [(Some("0"), None), (Some("1001"), None), (Some("ten"), None), (None, Some("-1"))] {
            assert!(parse_paging(l, o, 1000).is_err(), "{l:?} {o:?}");
        }
    }
}
