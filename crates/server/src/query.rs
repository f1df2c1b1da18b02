//! Query-string parsing that never fails with a non-envelope error.

use std::collections::HashMap;

use axum::extract::{FromRequestParts, RawQuery};
use axum::http::request::Parts;
use std::convert::Infallible;

use chrono_tz::Tz;
use datafast_core::query::{parse_paging, range};
use datafast_store::ListQuery;

use crate::error::{ApiError, ApiResult};

/// The decoded query parameters; for repeated keys the first occurrence wins.
#[derive(Debug, Default)]
pub struct QueryParams(pub HashMap<String, String>);

impl QueryParams {
    pub fn get(&self, key: &str) -> Option<&str> {
        self.0.get(key).map(String::as_str)
    }

    /// The parameters of a dated list (notes, mentions): `startAt`/`endAt` read in `timezone`
    /// (default `zone`, the website's), `q` (at most `max_search` characters), `limit`/`offset`
    /// (at most `max_limit`), `order` (`desc` by default, or `asc`). Errors are 400s.
    pub fn dated_list(&self, zone: Tz, max_search: usize, max_limit: u32) -> ApiResult<ListQuery> {
        let tz = match self.get("timezone").filter(|s| !s.is_empty()) {
            Some(raw) => range::parse_zone(raw)?,
            None => zone,
        };
        let range = range::resolve_range(self.get("startAt"), self.get("endAt"), tz)?;
        let search = self.get("q").map(str::trim).filter(|s| !s.is_empty()).map(str::to_string);
        if search.as_ref().is_some_and(|s| s.chars().count() > max_search) {
            return Err(ApiError::bad_request(format!("`q` must be at most {max_search} characters")));
        }
        let paging = parse_paging(self.get("limit"), self.get("offset"), max_limit)?;
        let ascending = match self.get("order") {
            None | Some("desc") => false,
            Some("asc") => true,
            Some(other) => return Err(ApiError::bad_request(format!("`order` must be asc or desc, not \"{other}\""))),
        };
        Ok(ListQuery { range, search, limit: paging.limit, offset: paging.offset, ascending })
    }
}

impl<S: Send + Sync> FromRequestParts<S> for QueryParams {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let RawQuery(raw) = RawQuery::from_request_parts(parts, state).await?;
        let mut map = HashMap::new();
        for (k, v) in form_urlencoded::parse(raw.unwrap_or_default().as_bytes()) {
            map.entry(k.into_owned()).or_insert_with(|| v.into_owned());
        }
        Ok(QueryParams(map))
    }
}
