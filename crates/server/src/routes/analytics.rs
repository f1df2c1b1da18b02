//! Website API reads that need only metadata. (Event-based analytics live with the query
//! engine.)

use axum::extract::State;
use axum::response::Response;
use datafast_core::{Permission, Role};
use serde_json::{json, Map, Value};

use crate::auth::Caller;
use crate::error::{ApiError, ApiResult};
use crate::query::QueryParams;
use crate::respond;
use crate::AppState;

const METADATA_FIELDS: &[&str] = &["domain", "timezone", "name", "logo", "kpiColorScheme", "kpi", "currency"];

/// Parses `fields=a,b`; absent means all, an unknown name is a 400.
pub fn selected_fields(params: &QueryParams, valid: &'static [&'static str]) -> ApiResult<Vec<&'static str>> {
    let Some(raw) = params.get("fields").filter(|s| !s.trim().is_empty()) else {
        return Ok(valid.to_vec());
    };
    let mut out = Vec::new();
    for name in raw.split(',').map(str::trim).filter(|s| !s.is_empty()) {
        let field = valid.iter().find(|v| **v == name).ok_or_else(|| {
            ApiError::bad_request(format!("Invalid field \"{name}\"; valid fields are {}", valid.join(", ")))
        })?;
        if !out.contains(field) {
            out.push(*field);
        }
    }
    Ok(out)
}

pub async fn metadata(State(state): State<AppState>, caller: Caller, params: QueryParams) -> ApiResult<Response> {
    let website = caller.website_api(&state, params.get("websiteId"), Permission::AnalyticsRead, Role::Viewer).await?;
    let fields = selected_fields(&params, METADATA_FIELDS)?;
    let w = &website;
    let mut item = Map::new();
    for field in fields {
        let value = match field {
            "domain" => json!(w.domain),
            "timezone" => json!(w.timezone),
            "name" => json!(w.name),
            // Logos are not stored yet; DataFast documents the field as nullable.
            "logo" => Value::Null,
            "kpiColorScheme" => json!(w.settings.kpi_color_scheme),
            "kpi" => json!(w.settings.kpi),
            _ => json!(w.currency),
        };
        item.insert(field.to_string(), value);
    }
    Ok(respond::one(Value::Object(item)))
}
