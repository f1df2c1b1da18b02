//! Enrichment as an ordered list of named steps. Each step either adds to the event or
//! stops it with a typed reason; every stop is counted per reason (see `DropCounters`).
//!
//! validate → website → hostname → exclusions (IP, path, hostname) → bot → user agent →
//! location → excluded country → event data → referrer/campaign → identity → session
//!
//! Two sources feed it: the tracker/SDK payload of `POST /api/events` (`Pipeline::process`) and
//! import lines (`Pipeline::enrich` with a `RawEvent` built by `crate::import`). They differ only
//! in how they are validated and identified; every later step is shared.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use datafast_core::net::IpNet;
use datafast_core::website::{is_goal_name, Website};
use datafast_core::ObjectId;
use datafast_store::{EventRecord, MetaStore, SessionSource, StoreError};
use serde::Deserialize;
use serde_json::{Map, Value};
use sha2::{Digest, Sha256};
use url::Url;

use crate::geo::GeoDb;
use crate::identity::Identity;
use crate::referrer;
use crate::sessions::{SessionRequest, SessionTracker};
use datafast_core::uuid::{format_uuid, parse_uuid, uuid_from_bytes};

/// The tracker's and the npm SDK's `/api/events` body (DataFast's field names).
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TrackerPayload {
    pub website_id: Option<String>,
    pub domain: Option<String>,
    pub href: Option<String>,
    pub referrer: Option<String>,
    #[serde(rename = "type")]
    pub kind: Option<String>,
    pub visitor_id: Option<String>,
    pub session_id: Option<String>,
    pub extra_data: Option<Map<String, Value>>,
    pub ad_click_ids: Option<Map<String, Value>>,
    /// `{width, height}`: read leniently (a malformed size is dropped, not the event).
    pub viewport: Option<Value>,
    pub visitor_session_number: Option<i64>,
    pub language: Option<String>,
    pub cookieless: Option<bool>,
}

/// What the HTTP layer knows about the request beyond its body.
#[derive(Debug, Clone)]
pub struct RequestContext {
    pub ip: Option<IpAddr>,
    pub user_agent: String,
    pub received_at_ms: i64,
}

/// Why an event was not stored. `Invalid`, `UnknownWebsite` and `HostnameNotAllowed` are the
/// client's mistakes and are answered as errors; the rest are deliberate, silent drops.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Drop {
    Invalid(String),
    UnknownWebsite,
    HostnameNotAllowed,
    ExcludedIp,
    ExcludedPath,
    ExcludedHostname,
    ExcludedCountry,
    Bot,
}

impl Drop {
    pub fn reason(&self) -> &'static str {
        match self {
            Drop::Invalid(_) => "invalid",
            Drop::UnknownWebsite => "unknown_website",
            Drop::HostnameNotAllowed => "hostname_not_allowed",
            Drop::ExcludedIp => "excluded_ip",
            Drop::ExcludedPath => "excluded_path",
            Drop::ExcludedHostname => "excluded_hostname",
            Drop::ExcludedCountry => "excluded_country",
            Drop::Bot => "bot",
        }
    }
}

pub const DROP_REASONS: &[&str] = &[
    "invalid",
    "unknown_website",
    "hostname_not_allowed",
    "excluded_ip",
    "excluded_path",
    "excluded_hostname",
    "excluded_country",
    "bot",
];

#[derive(Default)]
pub struct DropCounters {
    counts: [AtomicU64; 8],
    accepted: AtomicU64,
}

impl DropCounters {
    fn count(&self, drop: &Drop) {
        let i = DROP_REASONS.iter().position(|r| *r == drop.reason()).unwrap_or(0);
        self.counts[i].fetch_add(1, Ordering::Relaxed);
    }

    pub fn snapshot(&self) -> Vec<(&'static str, u64)> {
        let mut out = vec![("accepted", self.accepted.load(Ordering::Relaxed))];
        out.extend(DROP_REASONS.iter().zip(&self.counts).map(|(r, c)| (*r, c.load(Ordering::Relaxed))));
        out
    }
}

pub struct Accepted {
    pub record: EventRecord,
    /// Returned to cookieless clients so they can expose `window.datafast.visitorId`.
    pub visitor_id: String,
}

pub enum Outcome {
    Accepted(Box<Accepted>),
    Dropped(Drop),
}

/// Location and system already known to the source (imports from other tools); each field,
/// when set, wins over what the IP address and user agent would say.
#[derive(Debug, Clone, Default)]
pub struct Resolved {
    pub country: Option<String>,
    pub region: Option<String>,
    pub city: Option<String>,
    pub browser: Option<String>,
    pub os: Option<String>,
    pub device: Option<String>,
}

/// How the source identifies visitors and sessions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdSource {
    /// The tracker with cookies: `visitorId` and `sessionId` are the client's UUIDs.
    Client,
    /// The cookieless tracker: the visitor is derived here; the session is the client's.
    Cookieless,
    /// An import line: ids are whatever the other tool used (UUIDs kept, anything else hashed
    /// into one); a missing visitor is derived from IP and user agent, a missing session by
    /// the 30-minute rule.
    Import,
}

/// One event from any source, before enrichment.
#[derive(Debug, Clone)]
pub struct RawEvent {
    /// The tracker's type: `pageview`, `custom`, `identify`, `payment`, `external_link`.
    pub kind: String,
    pub href: Url,
    pub referrer: Option<String>,
    pub visitor_id: Option<String>,
    pub session_id: Option<String>,
    pub extra: Map<String, Value>,
    pub ad_click_ids: Option<Map<String, Value>>,
    /// The browser window's inner size (width, height) in CSS pixels, when sent and plausible.
    pub viewport: Option<(i32, i32)>,
    /// The client's count of the visitor's sessions (0: unknown).
    pub visit_number: i32,
    pub language: String,
    pub at_ms: i64,
    pub ip: Option<IpAddr>,
    /// None when the source resolved the system itself (imports).
    pub user_agent: Option<String>,
    pub resolved: Resolved,
    pub ids: IdSource,
}

/// Websites by the id the tracker sends (tracking id or ObjectId), so that an event costs no
/// metadata query. Entries live `WEBSITE_TTL` (so changes made by another process show up
/// soon) and are dropped at once when this server changes a website (`forget_website`);
/// unknown ids are remembered too, so floods of bogus ids cannot hammer the store.
struct WebsiteCache {
    entries: Mutex<HashMap<String, CachedWebsite>>,
}

/// When it was looked up, and what was found (None: no such website).
type CachedWebsite = (Instant, Option<Arc<Website>>);

const WEBSITE_TTL: Duration = Duration::from_secs(10);
const WEBSITE_CACHE_MAX: usize = 10_000;

pub struct Pipeline {
    meta: Arc<dyn MetaStore>,
    websites: WebsiteCache,
    identity: Identity,
    geo: Option<GeoDb>,
    pub sessions: SessionTracker,
    pub drops: DropCounters,
}

const MAX_GOAL_PARAMS: usize = 10;
const MAX_PARAM_VALUE: usize = 255;
const CLICK_IDS: &[&str] =
    &["gclid", "gclsrc", "wbraid", "gbraid", "li_fat_id", "fbclid", "msclkid", "ttclid", "twclid"];

/// A `{width, height}` of whole CSS pixels within what a screen can be; anything else is unknown.
fn viewport_size(v: &Value) -> Option<(i32, i32)> {
    let side = |key: &str| {
        v.get(key).and_then(Value::as_f64).filter(|n| (1.0..=100_000.0).contains(n)).map(|n| n.round() as i32)
    };
    Some((side("width")?, side("height")?))
}

/// The ad click ids of a landing: those in the page URL, then those the client sent that the URL
/// lacks, as a JSON object text ("" when none). Only the known id names are kept.
fn ad_click_ids(href: &Url, sent: Option<&Map<String, Value>>) -> String {
    let mut ids = Map::new();
    for (key, value) in href.query_pairs() {
        if let Some(name) = CLICK_IDS.iter().find(|c| **c == key) {
            if !value.is_empty() && !ids.contains_key(*name) {
                ids.insert(name.to_string(), Value::String(value.chars().take(MAX_PARAM_VALUE).collect()));
            }
        }
    }
    for (key, value) in sent.into_iter().flatten() {
        let value = match value {
            Value::String(s) => s.chars().take(MAX_PARAM_VALUE).collect::<String>(),
            _ => continue,
        };
        if CLICK_IDS.contains(&key.as_str()) && !value.is_empty() && !ids.contains_key(key) {
            ids.insert(key.clone(), Value::String(value));
        }
    }
    if ids.is_empty() {
        String::new()
    } else {
        Value::Object(ids).to_string()
    }
}

fn invalid(msg: impl Into<String>) -> Drop {
    Drop::Invalid(msg.into())
}

pub fn is_uuid_v4(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 36
        && b.iter().enumerate().all(|(i, c)| match i {
            8 | 13 | 18 | 23 => *c == b'-',
            14 => *c == b'4',
            19 => matches!(c, b'8' | b'9' | b'a' | b'b'),
            _ => c.is_ascii_digit() || (b'a'..=b'f').contains(c),
        })
}

fn text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

/// The page an event belongs to: the URL's path, plus its fragment when the fragment is a
/// route (`#/pricing`, `#!/pricing`) as hash-routed apps and `script.hash.js` use them, so
/// that each route is its own page. Plain anchors (`#faq`) are not pages and are dropped.
fn page_path(href: &Url) -> String {
    let path = href.path();
    match href.fragment() {
        Some(f) if f.starts_with('/') || f.starts_with("!/") => format!("{path}#{f}"),
        _ => path.to_string(),
    }
}

/// DataFast's parameter hygiene: at most 255 characters, no markup or script fragments.
pub fn sanitize_value(v: &Value) -> String {
    let s: String =
        text(v).chars().take(MAX_PARAM_VALUE).filter(|c| !matches!(c, '<' | '>' | '\'' | '"' | '&')).collect();
    let lower = s.to_ascii_lowercase();
    let s = if lower.contains("javascript:") { s.replace("javascript:", "").replace("JAVASCRIPT:", "") } else { s };
    s.trim().to_string()
}

fn properties(extra: &Map<String, Value>, skip: &[&str]) -> Result<String, Drop> {
    let mut out = Map::new();
    for (k, v) in extra {
        if skip.contains(&k.as_str()) || v.is_null() {
            continue;
        }
        let key = k.to_ascii_lowercase();
        if key.is_empty() || key.len() > 64 || !key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
        {
            return Err(invalid(format!("invalid parameter name \"{k}\"")));
        }
        out.insert(key, Value::String(sanitize_value(v)));
    }
    if out.len() > MAX_GOAL_PARAMS {
        return Err(invalid(format!("at most {MAX_GOAL_PARAMS} parameters per event")));
    }
    Ok(if out.is_empty() { String::new() } else { Value::Object(out).to_string() })
}

fn host_in(host: &str, patterns: &[String]) -> bool {
    patterns.iter().any(|p| match p.strip_prefix("*.") {
        Some(base) => host == base || host.ends_with(&format!(".{base}")),
        None => host == p,
    })
}

fn ip_excluded(ip: IpAddr, entries: &[String]) -> bool {
    entries.iter().filter_map(|e| IpNet::parse(e)).any(|net| net.contains(ip))
}

/// `/admin` excludes exactly that path; `/blog/*` excludes everything under /blog/.
fn path_excluded(path: &str, patterns: &[String]) -> bool {
    patterns.iter().any(|p| match p.strip_suffix('*') {
        Some(prefix) => path.starts_with(prefix),
        None => path == p || path.strip_suffix('/') == Some(p.as_str()),
    })
}

impl Pipeline {
    pub fn new(meta: Arc<dyn MetaStore>, identity: Identity, geo: Option<GeoDb>) -> Self {
        Pipeline {
            meta,
            websites: WebsiteCache { entries: Mutex::new(HashMap::new()) },
            identity,
            geo,
            sessions: SessionTracker::default(),
            drops: DropCounters::default(),
        }
    }

    /// Call after changing a website's settings so the next event sees them.
    pub fn forget_website(&self, website: &Website) {
        let mut entries = self.websites.entries.lock().unwrap_or_else(|p| p.into_inner());
        entries.remove(&website.id.to_hex());
        entries.remove(&website.tracking_id);
    }

    /// The tracker's and the SDK's payload: validated, its website looked up, then enriched.
    pub async fn process(&self, payload: TrackerPayload, ctx: &RequestContext) -> Result<Outcome, StoreError> {
        let (website_ref, raw) = match from_tracker(payload, ctx) {
            Ok(parts) => parts,
            Err(drop) => return Ok(self.count(Err(drop))),
        };
        let Some(website) = self.resolve_website(&website_ref).await? else {
            return Ok(self.count(Err(Drop::UnknownWebsite)));
        };
        Ok(self.enrich(&website, raw))
    }

    /// Every step after the website lookup; counts the outcome.
    pub fn enrich(&self, website: &Website, raw: RawEvent) -> Outcome {
        self.count(self.steps(website, raw))
    }

    fn count(&self, result: Result<Accepted, Drop>) -> Outcome {
        match result {
            Ok(accepted) => {
                self.drops.accepted.fetch_add(1, Ordering::Relaxed);
                Outcome::Accepted(Box::new(accepted))
            }
            Err(drop) => {
                self.drops.count(&drop);
                Outcome::Dropped(drop)
            }
        }
    }

    /// The website a tracker's `websiteId` names (a `dfid_` tracking id or the ObjectId), cached.
    pub async fn resolve_website(&self, id: &str) -> Result<Option<Arc<Website>>, StoreError> {
        if let Some((at, site)) = self.websites.entries.lock().unwrap_or_else(|p| p.into_inner()).get(id) {
            if at.elapsed() < WEBSITE_TTL {
                return Ok(site.clone());
            }
        }
        // Newer installs carry a `dfid_` tracking id, older ones the website's ObjectId.
        let site = match id.parse::<ObjectId>() {
            Ok(oid) => self.meta.website(oid).await?,
            Err(_) => self.meta.website_by_tracking_id(id).await?,
        }
        .map(Arc::new);
        let mut entries = self.websites.entries.lock().unwrap_or_else(|p| p.into_inner());
        if entries.len() >= WEBSITE_CACHE_MAX {
            entries.retain(|_, (at, _)| at.elapsed() < WEBSITE_TTL);
            if entries.len() >= WEBSITE_CACHE_MAX {
                entries.clear();
            }
        }
        entries.insert(id.to_string(), (Instant::now(), site.clone()));
        Ok(site)
    }

    fn steps(&self, website: &Website, raw: RawEvent) -> Result<Accepted, Drop> {
        let href = &raw.href;
        let host = href.host_str().unwrap_or("").trim_start_matches("www.").to_ascii_lowercase();
        // hostname: the website's domain and its subdomains, plus the allowed list.
        let s = &website.settings;
        let own = host == website.domain || host.ends_with(&format!(".{}", website.domain));
        if !(own || s.is_all_hostnames_allowed || host_in(&host, &s.allowed_hostnames)) {
            return Err(Drop::HostnameNotAllowed);
        }
        // exclusions
        if raw.ip.is_some_and(|ip| ip_excluded(ip, &s.excluded_ips)) {
            return Err(Drop::ExcludedIp);
        }
        if path_excluded(href.path(), &s.excluded_paths) {
            return Err(Drop::ExcludedPath);
        }
        if host_in(&host, &s.excluded_hostnames) {
            return Err(Drop::ExcludedHostname);
        }
        // bot, then user agent (one cached parse decides both)
        let agent = raw.user_agent.as_deref().map(crate::user_agent::parse);
        if agent.as_ref().is_some_and(|a| a.is_bot) {
            return Err(Drop::Bot);
        }
        let mut e = EventRecord::new(website.id, raw.at_ms, &raw.kind);
        if let Some(agent) = agent {
            e.browser = agent.browser;
            e.browser_version = agent.browser_version;
            e.os = agent.os;
            e.os_version = agent.os_version;
            e.device = agent.device;
        }
        // location
        if let (Some(geo), Some(ip)) = (&self.geo, raw.ip) {
            let at = geo.locate(ip);
            e.country = at.country;
            e.region = at.region;
            e.city = at.city;
            e.latitude = at.latitude;
            e.longitude = at.longitude;
        }
        let r = raw.resolved;
        for (field, value) in [
            (&mut e.country, r.country.map(|c| c.to_ascii_uppercase())),
            (&mut e.region, r.region),
            (&mut e.city, r.city),
            (&mut e.browser, r.browser),
            (&mut e.os, r.os),
            (&mut e.device, r.device.map(|d| d.to_ascii_lowercase())),
        ] {
            if let Some(v) = value {
                *field = v.chars().take(MAX_PARAM_VALUE).collect();
            }
        }
        if !e.country.is_empty() && s.excluded_countries.iter().any(|c| c.eq_ignore_ascii_case(&e.country)) {
            return Err(Drop::ExcludedCountry);
        }
        e.hostname = host;
        e.pathname = page_path(href);
        e.language = raw.language.chars().take(35).collect();
        // event-specific data
        let extra = &raw.extra;
        match raw.kind.as_str() {
            "custom" => {
                let name = extra.get("eventName").map(text).unwrap_or_default().trim().to_lowercase().replace(' ', "_");
                if !is_goal_name(&name) {
                    return Err(invalid("`extraData.eventName` must be a goal name (a-z 0-9 _ - :, at most 64)"));
                }
                e.kind = "goal".into();
                e.goal_name = name;
                e.properties = properties(extra, &["eventName"])?;
            }
            "identify" => {
                if extra.get("user_id").map(text).unwrap_or_default().is_empty() {
                    return Err(invalid("identify needs `extraData.user_id`"));
                }
                e.properties = all_properties(extra);
            }
            "payment" | "external_link" => e.properties = all_properties(extra),
            _ => {}
        }
        // referrer and campaign
        let param = |name: &str| {
            href.query_pairs()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.chars().take(MAX_PARAM_VALUE).collect::<String>())
                .unwrap_or_default()
        };
        e.utm_source = param("utm_source");
        e.utm_medium = param("utm_medium");
        e.utm_campaign = param("utm_campaign");
        e.utm_term = param("utm_term");
        e.utm_content = param("utm_content");
        e.ref_param = param("ref");
        e.source_param = param("source");
        e.via_param = param("via");
        e.ad_click_ids = ad_click_ids(href, raw.ad_click_ids.as_ref());
        let paid_click = !e.ad_click_ids.is_empty();
        if e.kind == "pageview" {
            if let Some((width, height)) = raw.viewport {
                e.viewport_width = Some(width);
                e.viewport_height = Some(height);
            }
        }
        let referrer_url = raw.referrer.as_deref().and_then(|r| Url::parse(r).ok());
        let utm_source = [&e.utm_source, &e.ref_param, &e.source_param, &e.via_param]
            .into_iter()
            .find(|s| !s.is_empty())
            .cloned()
            .unwrap_or_default();
        let source = referrer::classify(referrer_url.as_ref(), &website.domain, &utm_source, &e.utm_medium, paid_click);
        e.referrer = referrer_url.map(|u| u.to_string()).unwrap_or_default();
        e.referrer_domain = source.domain;
        e.referrer_name = source.name;
        e.channel = source.channel.as_str().to_string();
        // identity
        let ua = raw.user_agent.as_deref().unwrap_or("");
        let visitor = match (raw.ids, raw.visitor_id.as_deref()) {
            (IdSource::Client, Some(v)) => parse_uuid(v).ok_or_else(|| invalid("`visitorId` must be a UUID v4"))?,
            (IdSource::Import, Some(v)) => foreign_id(&website.id, "visitor", v),
            (IdSource::Import, None) if raw.ip.is_none() && ua.is_empty() => {
                return Err(invalid("needs `visitor_id`, or `ip` and `user_agent` to derive one"))
            }
            _ => self.identity.cookieless_visitor(&website.id, raw.ip, ua, raw.at_ms),
        };
        let client_session = match (raw.ids, raw.session_id.as_deref()) {
            (IdSource::Import, Some(s)) => {
                Some(s.strip_prefix('s').and_then(parse_uuid).unwrap_or_else(|| foreign_id(&website.id, "session", s)))
            }
            (IdSource::Import, None) => None,
            (_, s) => Some(
                s.and_then(|s| s.strip_prefix('s'))
                    .and_then(parse_uuid)
                    .ok_or_else(|| invalid("`sessionId` must be \"s\" followed by a UUID v4"))?,
            ),
        };
        // session
        let session = self.sessions.assign(SessionRequest {
            website: website.id,
            visitor,
            client_session,
            client_visit_number: raw.visit_number,
            at_ms: raw.at_ms,
            pageview_path: (e.kind == "pageview").then_some(e.pathname.as_str()),
            source: SessionSource::of(&e),
        });
        session.source.apply_to(&mut e);
        e.visitor_id = visitor;
        e.session_id = session.session;
        e.visit_number = session.visit_number;
        e.entry_path = session.entry_path;
        Ok(Accepted { visitor_id: format_uuid(visitor), record: e })
    }
}

/// The tracker-specific checks, then the source-independent `RawEvent` and the website it names.
fn from_tracker(p: TrackerPayload, ctx: &RequestContext) -> Result<(String, RawEvent), Drop> {
    let kind = match p.kind.as_deref() {
        Some(k @ ("pageview" | "custom" | "identify" | "payment" | "external_link")) => k.to_string(),
        Some(other) => return Err(invalid(format!("unknown event type \"{other}\""))),
        None => return Err(invalid("`type` is required")),
    };
    let Some(website) = p.website_id.filter(|s| !s.is_empty()) else {
        return Err(invalid("`websiteId` is required"));
    };
    let Some(href) = p.href.as_deref().and_then(|h| Url::parse(h).ok()) else {
        return Err(invalid("`href` must be an absolute URL"));
    };
    if !p.session_id.as_deref().is_some_and(|s| s.starts_with('s') && is_uuid_v4(&s[1..])) {
        return Err(invalid("`sessionId` must be \"s\" followed by a UUID v4"));
    }
    let cookieless = p.cookieless.unwrap_or(false);
    let visitor_id = p.visitor_id.filter(|v| is_uuid_v4(v));
    if !cookieless && visitor_id.is_none() {
        return Err(invalid("`visitorId` must be a UUID v4"));
    }
    let raw = RawEvent {
        kind,
        href,
        referrer: p.referrer,
        visitor_id: if cookieless { None } else { visitor_id },
        session_id: p.session_id,
        extra: p.extra_data.unwrap_or_default(),
        ad_click_ids: p.ad_click_ids,
        viewport: p.viewport.as_ref().and_then(viewport_size),
        visit_number: p.visitor_session_number.unwrap_or(0).clamp(0, 1_000_000) as i32,
        language: p.language.unwrap_or_default(),
        at_ms: ctx.received_at_ms,
        ip: ctx.ip,
        user_agent: Some(ctx.user_agent.clone()),
        resolved: Resolved::default(),
        ids: if cookieless { IdSource::Cookieless } else { IdSource::Client },
    };
    Ok((website, raw))
}

/// Another tool's visitor or session id: kept when it is a UUID, otherwise hashed (per website)
/// into one, so the same foreign id always maps to the same stored id.
fn foreign_id(website: &ObjectId, what: &str, id: &str) -> u128 {
    if let Some(uuid) = parse_uuid(id) {
        return uuid;
    }
    let digest = Sha256::new()
        .chain_update(website.to_hex())
        .chain_update([0])
        .chain_update(what)
        .chain_update([0])
        .chain_update(id)
        .finalize();
    let mut bytes = [0u8; 16];
    bytes.copy_from_slice(&digest[..16]);
    uuid_from_bytes(bytes)
}

/// Outbound link targets and profile images are long URLs whose query strings matter.
const MAX_URL_VALUE: usize = 2048;

/// A property that holds a link (`url` of an outbound click, `image` of an identify) keeps its
/// query string (`&` included): an http(s) URL is stored as the URL parser serializes it, with
/// the few characters that parser may leave (`'` in fragments, `\` in queries) percent-encoded
/// too. The result has no `"`, `'`, `<`, `>` or `\`: inert in HTML, and nothing JSON escapes,
/// which the exit-clicks breakdown relies on when it reads `url` with a pattern.
/// Anything else goes through the usual sanitizing.
fn url_value(key: &str, v: &Value) -> Option<String> {
    if !matches!(key, "url" | "image") {
        return None;
    }
    let s: String = text(v).trim().chars().take(MAX_URL_VALUE).collect();
    let url = Url::parse(&s).ok().filter(|u| matches!(u.scheme(), "http" | "https"))?;
    let mut out = String::with_capacity(url.as_str().len());
    for c in url.as_str().chars() {
        match c {
            '"' => out.push_str("%22"),
            '\'' => out.push_str("%27"),
            '<' => out.push_str("%3C"),
            '>' => out.push_str("%3E"),
            '\\' => out.push_str("%5C"),
            c => out.push(c),
        }
    }
    Some(out).filter(|u| u.len() <= MAX_URL_VALUE)
}

fn all_properties(extra: &Map<String, Value>) -> String {
    Value::Object(
        extra
            .iter()
            .map(|(k, v)| (k.clone(), Value::String(url_value(k, v).unwrap_or_else(|| sanitize_value(v)))))
            .collect(),
    )
    .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uuid_and_exclusion_rules() {
        assert!(is_uuid_v4("a3ab2331-989f-4cfa-91c6-2461c9e3c6bd"));
        assert!(!is_uuid_v4("a3ab2331-989f-5cfa-91c6-2461c9e3c6bd"));
        assert!(!is_uuid_v4("A3AB2331-989F-4CFA-91C6-2461C9E3C6BD"));
        let ips = vec!["203.0.113.10".to_string(), "10.0.0.0/8".to_string(), "2001:db8::/32".to_string()];
        assert!(ip_excluded("203.0.113.10".parse().unwrap(), &ips));
        assert!(ip_excluded("10.200.1.1".parse().unwrap(), &ips));
        assert!(ip_excluded("2001:db8::1".parse().unwrap(), &ips));
        assert!(!ip_excluded("11.0.0.1".parse().unwrap(), &ips));
        let paths = vec!["/admin".to_string(), "/blog/*".to_string()];
        assert!(path_excluded("/admin", &paths));
        assert!(path_excluded("/admin/", &paths));
        assert!(!path_excluded("/administrator", &paths));
        assert!(path_excluded("/blog/post-1", &paths));
        assert!(!path_excluded("/blog", &paths));
        assert!(host_in("a.example.com", &["*.example.com".to_string()]));
    }

    #[test]
    fn hash_routes_are_pages_and_anchors_are_not() {
        let page = |u: &str| page_path(&Url::parse(u).unwrap());
        assert_eq!(page("https://a.example/app/#/settings?tab=1"), "/app/#/settings?tab=1");
        assert_eq!(page("https://a.example/app#!/inbox"), "/app#!/inbox");
        assert_eq!(page("https://a.example/pricing#faq"), "/pricing");
        assert_eq!(page("https://a.example/pricing?x=1"), "/pricing");
    }

    #[test]
    fn parameters_are_sanitized_and_limited() {
        let extra: Map<String, Value> =
            serde_json::from_str(r#"{"eventName":"x","Plan":"<b>pro</b>","n":3,"js":"javascript:alert(1)"}"#).unwrap();
        let props: Value = serde_json::from_str(&properties(&extra, &["eventName"]).unwrap()).unwrap();
        assert_eq!(props["plan"], "bpro/b");
        assert_eq!(props["n"], "3");
        assert_eq!(props["js"], "alert(1)");
        let link: Map<String, Value> = serde_json::from_str(
            r#"{"url":"https://x.example/a?b=1&c=2#top","text":"<i>Go</i> & see","image":"javascript:alert(1)"}"#,
        )
        .unwrap();
        let stored = all_properties(&link);
        let props: Value = serde_json::from_str(&stored).unwrap();
        assert_eq!(props["url"], "https://x.example/a?b=1&c=2#top");
        assert_eq!(props["text"], "iGo/i  see");
        assert_eq!(props["image"], "alert(1)");
        let quoted: Map<String, Value> =
            serde_json::from_str(r#"{"url":"https://x.example/q?s=\"<b>\"&t='1'&u=\\#it's"}"#).unwrap();
        let stored = all_properties(&quoted);
        assert_eq!(
            serde_json::from_str::<Value>(&stored).unwrap()["url"],
            "https://x.example/q?s=%22%3Cb%3E%22&t=%271%27&u=%5C#it%27s"
        );
        assert!(!stored.contains("\\"), "nothing JSON escapes: {stored}");
        let many: Map<String, Value> = (0..11).map(|i| (format!("p{i}"), Value::from(i))).collect();
        assert!(properties(&many, &[]).is_err());
    }
}
