//! Websites and their settings: the validation rules of `POST /websites` and of the settings
//! API (`PUT /websites/{id}`), kept free of I/O so they are easy to test exhaustively.

use std::str::FromStr;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::currency::Currency;
use crate::ObjectId;

pub const KPI_COLOR_SCHEMES: &[&str] =
    &["red", "orange", "yellow", "green", "purple", "pink", "gray", "blue", "teal", "indigo"];
pub const REVENUE_METRICS: &[&str] = &["revenue", "mrr"];
pub const MAX_NAME_LEN: usize = 100;
/// Entries per list setting; enough for any real exclusion list, small enough to keep the
/// per-event checks cheap.
pub const MAX_LIST_LEN: usize = 200;
pub const DEFAULT_CURRENCY: &str = "USD";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct WebsiteSettings {
    pub kpi: Option<String>,
    pub kpi_color_scheme: String,
    pub revenue_metric: String,
    pub is_cookieless: bool,
    pub include_renewal_revenue: bool,
    pub send_weekly_reports: bool,
    pub send_viral_traffic_alerts: bool,
    pub is_public_dashboard_enabled: bool,
    pub is_public_data_enabled: bool,
    pub is_attack_mode_enabled: bool,
    pub is_all_hostnames_allowed: bool,
    pub allowed_hostnames: Vec<String>,
    pub excluded_ips: Vec<String>,
    pub excluded_paths: Vec<String>,
    pub excluded_countries: Vec<String>,
    pub excluded_hostnames: Vec<String>,
}

impl Default for WebsiteSettings {
    fn default() -> Self {
        WebsiteSettings {
            kpi: None,
            kpi_color_scheme: "orange".into(),
            revenue_metric: "revenue".into(),
            is_cookieless: false,
            include_renewal_revenue: true,
            send_weekly_reports: false,
            send_viral_traffic_alerts: false,
            is_public_dashboard_enabled: false,
            is_public_data_enabled: false,
            is_attack_mode_enabled: false,
            is_all_hostnames_allowed: false,
            allowed_hostnames: Vec::new(),
            excluded_ips: Vec::new(),
            excluded_paths: Vec::new(),
            excluded_countries: Vec::new(),
            excluded_hostnames: Vec::new(),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Website {
    pub id: ObjectId,
    pub owner_id: ObjectId,
    pub domain: String,
    pub name: Option<String>,
    pub tracking_id: String,
    pub timezone: String,
    pub currency: String,
    pub settings: WebsiteSettings,
    pub created_at: i64,
}

impl Website {
    /// The website's time zone (stored validated; UTC should it ever fail to parse).
    pub fn zone(&self) -> chrono_tz::Tz {
        self.timezone.parse().unwrap_or(chrono_tz::Tz::UTC)
    }
}

/// A rejected input, naming the field so the client can fix it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct InvalidField(pub String);

fn invalid(msg: impl Into<String>) -> InvalidField {
    InvalidField(msg.into())
}

/// A bare registrable domain such as `example.com` or `app.example.co.uk`, lower-cased.
pub fn parse_domain(raw: &str) -> Result<String, InvalidField> {
    let d = raw.trim().trim_end_matches('.').to_ascii_lowercase();
    if d.contains("://") || d.contains('/') {
        return Err(invalid("`domain` must be a bare domain such as example.com, without https:// or a path"));
    }
    if !is_hostname(&d) || !d.contains('.') {
        return Err(invalid(format!("`domain` \"{raw}\" is not a valid domain name")));
    }
    let tld = d.rsplit('.').next().unwrap_or("");
    if !(tld.len() >= 2 && (tld.bytes().all(|b| b.is_ascii_alphabetic()) || tld.starts_with("xn--"))) {
        return Err(invalid(format!("`domain` \"{raw}\" does not end in a valid top-level domain")));
    }
    Ok(d)
}

fn is_hostname(h: &str) -> bool {
    !h.is_empty()
        && h.len() <= 253
        && h.split('.').all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        })
}

pub fn parse_timezone(raw: &str) -> Result<String, InvalidField> {
    chrono_tz::Tz::from_str(raw).map(|tz| tz.name().to_string()).map_err(|_| {
        invalid(format!("`timezone` \"{raw}\" is not an IANA time zone (for example \"Europe/Paris\" or \"UTC\")"))
    })
}

pub fn parse_currency(raw: &str) -> Result<String, InvalidField> {
    Currency::parse(raw)
        .map(|c| c.code().to_string())
        .ok_or_else(|| invalid(format!("`currency` \"{raw}\" is not an ISO 4217 currency code (for example \"USD\")")))
}

pub fn parse_name(value: &Value) -> Result<Option<String>, InvalidField> {
    match value {
        Value::Null => Ok(None),
        Value::String(s) => {
            let s = s.trim();
            if s.chars().count() > MAX_NAME_LEN {
                Err(invalid(format!("`name` must be at most {MAX_NAME_LEN} characters")))
            } else if s.is_empty() {
                Ok(None)
            } else {
                Ok(Some(s.to_string()))
            }
        }
        _ => Err(invalid("`name` must be a string or null")),
    }
}

/// Goal names as DataFast accepts them: lowercase letters, digits, `_`, `-`, `:`; at most 64.
pub fn is_goal_name(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 64
        && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'_' | b'-' | b':'))
}

fn string_field<'a>(field: &str, value: &'a Value) -> Result<&'a str, InvalidField> {
    value.as_str().ok_or_else(|| invalid(format!("`{field}` must be a string")))
}

fn bool_field(field: &str, value: &Value) -> Result<bool, InvalidField> {
    value.as_bool().ok_or_else(|| invalid(format!("`{field}` must be true or false")))
}

fn list_field(
    field: &str,
    value: &Value,
    item: impl Fn(&str) -> Option<String>,
    expected: &str,
) -> Result<Vec<String>, InvalidField> {
    let items = value.as_array().ok_or_else(|| invalid(format!("`{field}` must be an array of strings")))?;
    if items.len() > MAX_LIST_LEN {
        return Err(invalid(format!("`{field}` may hold at most {MAX_LIST_LEN} entries")));
    }
    let mut out: Vec<String> = Vec::with_capacity(items.len());
    for v in items {
        let s = v.as_str().ok_or_else(|| invalid(format!("`{field}` must be an array of strings")))?;
        let parsed = item(s.trim()).ok_or_else(|| invalid(format!("`{field}` entry \"{s}\" is not {expected}")))?;
        if !out.contains(&parsed) {
            out.push(parsed);
        }
    }
    Ok(out)
}

/// A hostname pattern for allow/exclude lists: `example.com`, `localhost`, `*.example.com`.
fn hostname_pattern(s: &str) -> Option<String> {
    let lower = s.to_ascii_lowercase();
    let bare = lower.strip_prefix("*.").unwrap_or(&lower);
    is_hostname(bare).then_some(lower)
}

/// An IP address or a CIDR block (`203.0.113.0/24`, `2001:db8::/32`), normalised.
fn ip_or_cidr(s: &str) -> Option<String> {
    let net = crate::net::IpNet::parse(s)?;
    Some(if s.contains('/') { format!("{}/{}", net.addr, net.prefix) } else { net.addr.to_string() })
}

/// A path prefix or pattern such as `/admin` or `/blog/*`.
fn path_pattern(s: &str) -> Option<String> {
    (s.starts_with('/') && s.len() <= 500 && !s.chars().any(char::is_whitespace)).then(|| s.to_string())
}

fn country_code(s: &str) -> Option<String> {
    let upper = s.to_ascii_uppercase();
    crate::website::ISO_COUNTRY_CODES.split(' ').any(|c| c == upper).then_some(upper)
}

/// ISO 3166-1 alpha-2 codes, space-separated.
pub const ISO_COUNTRY_CODES: &str = "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS XK YE YT ZA ZM ZW";

/// Fields a client may read back but not change; accepted in an update only with the current
/// value, so that a client can send back what it read.
const READ_ONLY_FIELDS: &[&str] = &["_id", "trackingId", "role"];

/// What an update asks for beyond settings that live on the website row itself.
#[derive(Debug, Default, PartialEq)]
pub struct WebsiteUpdate {
    pub domain: Option<String>,
    pub name: Option<Option<String>>,
    pub timezone: Option<String>,
    pub currency: Option<String>,
    pub settings: WebsiteSettings,
}

/// Validates a settings-API body against the current website and returns the new state.
/// All-or-nothing: any invalid or unknown field rejects the whole body.
pub fn apply_update(current: &Website, body: &Map<String, Value>) -> Result<WebsiteUpdate, InvalidField> {
    let mut update = WebsiteUpdate { settings: current.settings.clone(), ..Default::default() };
    let s = &mut update.settings;
    for (field, value) in body {
        match field.as_str() {
            "domain" => update.domain = Some(parse_domain(string_field(field, value)?)?),
            "name" => update.name = Some(parse_name(value)?),
            "timezone" => update.timezone = Some(parse_timezone(string_field(field, value)?)?),
            "currency" => update.currency = Some(parse_currency(string_field(field, value)?)?),
            "kpi" => {
                s.kpi = match value {
                    Value::Null => None,
                    Value::String(g) if g.is_empty() => None,
                    Value::String(g) if is_goal_name(g) => Some(g.clone()),
                    _ => return Err(invalid(
                        "`kpi` must be a goal name (lowercase letters, digits, _ - :, at most 64 characters) or null",
                    )),
                }
            }
            "kpiColorScheme" => {
                let v = string_field(field, value)?;
                if !KPI_COLOR_SCHEMES.contains(&v) {
                    return Err(invalid(format!("`kpiColorScheme` must be one of {}", KPI_COLOR_SCHEMES.join(", "))));
                }
                s.kpi_color_scheme = v.to_string();
            }
            "revenueMetric" => {
                let v = string_field(field, value)?;
                if !REVENUE_METRICS.contains(&v) {
                    return Err(invalid("`revenueMetric` must be \"revenue\" or \"mrr\""));
                }
                s.revenue_metric = v.to_string();
            }
            "isCookieless" => s.is_cookieless = bool_field(field, value)?,
            "includeRenewalRevenue" => s.include_renewal_revenue = bool_field(field, value)?,
            "sendWeeklyReports" => s.send_weekly_reports = bool_field(field, value)?,
            "sendViralTrafficAlerts" => s.send_viral_traffic_alerts = bool_field(field, value)?,
            "isPublicDashboardEnabled" => s.is_public_dashboard_enabled = bool_field(field, value)?,
            "isPublicDataEnabled" => s.is_public_data_enabled = bool_field(field, value)?,
            "isAttackModeEnabled" => s.is_attack_mode_enabled = bool_field(field, value)?,
            "isAllHostnamesAllowed" => s.is_all_hostnames_allowed = bool_field(field, value)?,
            "allowedHostnames" => s.allowed_hostnames = list_field(field, value, hostname_pattern, "a hostname")?,
            "excludedHostnames" => s.excluded_hostnames = list_field(field, value, hostname_pattern, "a hostname")?,
            "excludedIps" => s.excluded_ips = list_field(field, value, ip_or_cidr, "an IP address or CIDR block")?,
            "excludedPaths" => s.excluded_paths = list_field(field, value, path_pattern, "a path starting with /")?,
            "excludedCountries" => {
                s.excluded_countries = list_field(field, value, country_code, "an ISO 3166-1 alpha-2 country code")?
            }
            ro if READ_ONLY_FIELDS.contains(&ro) => {
                let current_value = match ro {
                    "_id" => current.id.to_hex(),
                    "trackingId" => current.tracking_id.clone(),
                    _ => continue, // role is the caller's, not the website's: nothing to compare
                };
                if value.as_str() != Some(current_value.as_str()) {
                    return Err(invalid(format!("`{ro}` is read-only")));
                }
            }
            other => return Err(invalid(format!("unknown field `{other}`"))),
        }
    }
    Ok(update)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn site() -> Website {
        Website {
            id: ObjectId::generate(),
            owner_id: ObjectId::generate(),
            domain: "example.com".into(),
            name: None,
            tracking_id: "dfid_abc".into(),
            timezone: "UTC".into(),
            currency: "USD".into(),
            settings: WebsiteSettings::default(),
            created_at: 0,
        }
    }

    fn update(body: Value) -> Result<WebsiteUpdate, InvalidField> {
        apply_update(&site(), body.as_object().unwrap())
    }

    #[test]
    fn domains() {
        assert_eq!(parse_domain("Example.COM").unwrap(), "example.com");
        assert_eq!(parse_domain("app.example.co.uk").unwrap(), "app.example.co.uk");
        for bad in ["https://example.com", "example.com/path", "localhost", "exa mple.com", "-a.com", "a.c0m", ""] {
            assert!(parse_domain(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn settings_update_validates_every_field() {
        let u = update(json!({
            "timezone": "Europe/Paris", "currency": "eur", "kpiColorScheme": "blue", "revenueMetric": "mrr",
            "isCookieless": true, "excludedIps": ["203.0.113.10", "10.0.0.0/8"], "excludedPaths": ["/admin"],
            "excludedCountries": ["fr"], "allowedHostnames": ["*.example.com", "example.org"], "kpi": "signup"
        }))
        .unwrap();
        assert_eq!(u.timezone.as_deref(), Some("Europe/Paris"));
        assert_eq!(u.currency.as_deref(), Some("EUR"));
        assert_eq!(u.settings.excluded_countries, vec!["FR"]);
        assert_eq!(u.settings.excluded_ips, vec!["203.0.113.10", "10.0.0.0/8"]);
        assert!(u.settings.is_cookieless);
        assert_eq!(u.settings.kpi.as_deref(), Some("signup"));

        for bad in [
            json!({"timezone": "Mars/Base"}),
            json!({"currency": "XYZ"}),
            json!({"kpiColorScheme": "chartreuse"}),
            json!({"revenueMetric": "profit"}),
            json!({"isCookieless": "yes"}),
            json!({"excludedIps": ["300.1.1.1"]}),
            json!({"excludedIps": "1.2.3.4"}),
            json!({"excludedPaths": ["admin"]}),
            json!({"excludedCountries": ["ZZ"]}),
            json!({"unknownSetting": 1}),
            json!({"trackingId": "dfid_other"}),
            json!({"name": 42}),
            json!({"kpi": "Not A Goal"}),
        ] {
            assert!(update(bad.clone()).is_err(), "{bad}");
        }
    }

    #[test]
    fn read_only_fields_may_be_echoed_back() {
        let s = site();
        let body = json!({"_id": s.id.to_hex(), "trackingId": "dfid_abc", "role": "owner", "name": "New"});
        let u = apply_update(&s, body.as_object().unwrap()).unwrap();
        assert_eq!(u.name, Some(Some("New".into())));
    }
}
