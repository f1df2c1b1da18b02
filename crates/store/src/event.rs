//! Events: the append-only fact table the analytics queries read, and the ingestion cursor
//! stored atomically with each batch so that a restart replays exactly what is missing.

use std::sync::Arc;

use async_trait::async_trait;
use datafast_core::ObjectId;
use serde::{Deserialize, Serialize};

use crate::StoreResult;

/// One enriched event as stored, in the column order of the events table. Dimensions are plain
/// strings ("" when unknown) so that the columnar engines store them dictionary-encoded and
/// group by them cheaply. The visitor's IP address is never part of it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventRecord {
    pub website_id: ObjectId,
    pub timestamp_ms: i64,
    /// `pageview`, `goal`, `payment`, `identify`, `external_link`.
    pub kind: String,
    /// A UUID (see `datafast_core::uuid`); 0 only before identity is assigned.
    pub visitor_id: u128,
    /// A UUID; the tracker's `s` prefix is not part of it.
    pub session_id: u128,
    /// The visitor's session number: 1 for a first visit.
    pub visit_number: i32,
    /// Path of the first page of this session.
    pub entry_path: String,
    pub hostname: String,
    pub pathname: String,
    /// Full referrer URL as sent, "" for none.
    pub referrer: String,
    /// Source domain (`google.com`), "" for direct traffic.
    pub referrer_domain: String,
    /// Display name of the source (`Google`, `X`), "" for direct traffic.
    pub referrer_name: String,
    /// Channel (`Direct`, `Organic Search`, `Paid Search`, `Organic Social`, ...).
    pub channel: String,
    pub utm_source: String,
    pub utm_medium: String,
    pub utm_campaign: String,
    pub utm_term: String,
    pub utm_content: String,
    /// The `ref`, `source` and `via` URL parameters.
    pub ref_param: String,
    pub source_param: String,
    pub via_param: String,
    /// ISO 3166-1 alpha-2, "" when unknown.
    pub country: String,
    pub region: String,
    pub city: String,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub browser: String,
    pub browser_version: String,
    pub os: String,
    pub os_version: String,
    /// `desktop`, `mobile`, `tablet`, "" when unknown.
    pub device: String,
    pub language: String,
    pub goal_name: String,
    /// Goal, identify, payment or link properties as a JSON object text, "" when none.
    pub properties: String,
    /// The browser window's inner size as the tracker reports it (pageviews only).
    #[serde(default)]
    pub viewport_width: Option<i32>,
    #[serde(default)]
    pub viewport_height: Option<i32>,
    /// Ad click ids of the landing URL (`{"gclid":"…"}`) as a JSON object text, "" when none.
    #[serde(default)]
    pub ad_click_ids: String,
}

impl EventRecord {
    /// An event with every dimension unknown; enrichment fills in what it learns.
    pub fn new(website_id: ObjectId, timestamp_ms: i64, kind: &str) -> Self {
        EventRecord {
            website_id,
            timestamp_ms,
            kind: kind.to_string(),
            visitor_id: 0,
            session_id: 0,
            visit_number: 1,
            entry_path: String::new(),
            hostname: String::new(),
            pathname: String::new(),
            referrer: String::new(),
            referrer_domain: String::new(),
            referrer_name: String::new(),
            channel: String::new(),
            utm_source: String::new(),
            utm_medium: String::new(),
            utm_campaign: String::new(),
            utm_term: String::new(),
            utm_content: String::new(),
            ref_param: String::new(),
            source_param: String::new(),
            via_param: String::new(),
            country: String::new(),
            region: String::new(),
            city: String::new(),
            latitude: None,
            longitude: None,
            browser: String::new(),
            browser_version: String::new(),
            os: String::new(),
            os_version: String::new(),
            device: String::new(),
            language: String::new(),
            goal_name: String::new(),
            properties: String::new(),
            viewport_width: None,
            viewport_height: None,
            ad_click_ids: String::new(),
        }
    }
}

/// Where a session came from: taken from its landing event and stamped on every event of the
/// session, so that a visit's later pages (whose referrer is the site itself) still count for
/// the source that brought it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SessionSource {
    pub referrer: String,
    pub referrer_domain: String,
    pub referrer_name: String,
    pub channel: String,
    pub utm_source: String,
    pub utm_medium: String,
    pub utm_campaign: String,
    pub utm_term: String,
    pub utm_content: String,
    pub ref_param: String,
    pub source_param: String,
    pub via_param: String,
}

impl SessionSource {
    /// Direct traffic with no campaign: a later event of the session may still name the source.
    pub fn is_direct(&self) -> bool {
        self.referrer_domain.is_empty()
            && [
                &self.utm_source,
                &self.utm_medium,
                &self.utm_campaign,
                &self.ref_param,
                &self.source_param,
                &self.via_param,
            ]
            .iter()
            .all(|s| s.is_empty())
    }

    pub fn of(e: &EventRecord) -> SessionSource {
        SessionSource {
            referrer: e.referrer.clone(),
            referrer_domain: e.referrer_domain.clone(),
            referrer_name: e.referrer_name.clone(),
            channel: e.channel.clone(),
            utm_source: e.utm_source.clone(),
            utm_medium: e.utm_medium.clone(),
            utm_campaign: e.utm_campaign.clone(),
            utm_term: e.utm_term.clone(),
            utm_content: e.utm_content.clone(),
            ref_param: e.ref_param.clone(),
            source_param: e.source_param.clone(),
            via_param: e.via_param.clone(),
        }
    }

    pub fn apply_to(&self, e: &mut EventRecord) {
        e.referrer.clone_from(&self.referrer);
        e.referrer_domain.clone_from(&self.referrer_domain);
        e.referrer_name.clone_from(&self.referrer_name);
        e.channel.clone_from(&self.channel);
        e.utm_source.clone_from(&self.utm_source);
        e.utm_medium.clone_from(&self.utm_medium);
        e.utm_campaign.clone_from(&self.utm_campaign);
        e.utm_term.clone_from(&self.utm_term);
        e.utm_content.clone_from(&self.utm_content);
        e.ref_param.clone_from(&self.ref_param);
        e.source_param.clone_from(&self.source_param);
        e.via_param.clone_from(&self.via_param);
    }
}

/// A visitor's latest session, as the session tracker needs it to carry on after a restart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecentSession {
    pub website_id: ObjectId,
    pub visitor_id: u128,
    pub session_id: u128,
    pub visit_number: i32,
    pub entry_path: String,
    pub last_ms: i64,
    pub source: SessionSource,
}

/// A position in the ingestion spool: everything before it is stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct SpoolPosition {
    pub segment: u64,
    pub offset: u64,
}

/// Tracker `payment` event keys naming a provider's checkout (success-URL detection, path B),
/// with the provider whose payments' `checkout_ref` they name. The planner links payments by
/// them; an engine that stores attribution marks the payments they can link.
pub const CHECKOUT_KEYS: [(&str, &str); 4] = [
    ("stripe", "stripe_session_id"),
    ("lemonsqueezy", "lemonsqueezy_order_id"),
    ("polar", "polar_checkout_id"),
    ("paddle", "paddle_transaction_id"),
];

/// The event columns each row of an engine's per-day session rollup keeps (the embedded
/// store's `day_sessions`): every column a filter condition reads and every column a
/// session-level breakdown groups by, so that a filtered scope selects whole rollup rows
/// exactly as it selects events. Writer (the roller) and reader (the planner) both use this list.
pub const ROLLUP_DIMENSIONS: &[&str] = &[
    "visit_number",
    "entry_path",
    "hostname",
    "referrer_domain",
    "referrer_name",
    "channel",
    "utm_source",
    "utm_medium",
    "utm_campaign",
    "utm_term",
    "utm_content",
    "ref_param",
    "source_param",
    "via_param",
    "country",
    "region",
    "city",
    "device",
    "browser",
    "os",
];

/// The event columns that make a campaign (the campaigns breakdown's keys).
pub const CAMPAIGN_COLUMNS: &[&str] =
    &["utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content", "ref_param", "source_param", "via_param"];

/// Columns of each rollup row that let a reader count distinct visitors without hashing them:
/// for each (column, dimensions), the latest rolled day on which the row's visitor has an
/// earlier row with the same values of `dimensions` (rows ordered by day, ties in any order:
/// the row's own day when one of that day precedes it; NULL when none does). Of a visitor's
/// rows with some values in a range of rolled days, exactly one has this column NULL or
/// before the range's first day, so counting those rows counts the visitors. The first entry
/// (no dimensions) counts visitors overall; the others, visitors per value of a session-level
/// breakdown's keys. Writer (the roller) and reader (the planner) both use this list.
pub const PREVIOUS_DAYS: &[(&str, &[&str])] = &[
    ("prev_day", &[]),
    ("prev_day_referrer", &["referrer_name"]),
    ("prev_day_channel", &["channel"]),
    ("prev_day_campaign", CAMPAIGN_COLUMNS),
    ("prev_day_country", &["country"]),
    ("prev_day_region", &["region"]),
    ("prev_day_city", &["city"]),
    ("prev_day_device", &["device"]),
    ("prev_day_browser", &["browser"]),
    ("prev_day_os", &["os"]),
    ("prev_day_hostname", &["hostname"]),
];

/// Columns of each rollup row that let a reader count distinct visitors and sessions per
/// time bucket (any zone, any interval) without hashing them: for each (column, id), the
/// latest last event among the rows of the same id that precede the row by first event (in
/// rolled days; ties in any order; NULL for none). A row counts its id in the bucket of its
/// first event, and of its last, when no earlier row's last event reaches into that bucket
/// (or the range). Kept with `PREVIOUS_DAYS`, under the same stale list.
pub const PREVIOUS_LAST_EVENTS: &[(&str, &str)] =
    &[("prev_last_ts", "visitor_id"), ("prev_session_last_ts", "session_id")];

/// A per-day rollup of one kind of event per visitor and keys (a store that keeps one: rows
/// of (day, visitor, keys, events) with `prev_day`, the visitor's previous rolled day with
/// those keys, and a table counting those rows per day, keys and `prev_day`, as `visitors`
/// and the events summed). Writer (the roller) and reader (the planner) both use these.
#[derive(Debug)]
pub struct VisitorDayRollup {
    /// The rows' table.
    pub rows: &'static str,
    /// The counts' table.
    pub counts: &'static str,
    /// The events' `kind`.
    pub kind: &'static str,
    pub keys: &'static [&'static str],
    /// The column counting a row's events (and summing them in the counts).
    pub events: &'static str,
}

/// Pageviews per day, visitor and page.
pub const PAGES_PER_VISITOR_DAY: VisitorDayRollup = VisitorDayRollup {
    rows: "day_pages",
    counts: "day_page_counts",
    kind: "pageview",
    keys: &["hostname", "pathname"],
    events: "pageviews",
};

/// Goal completions per day, visitor and goal.
pub const GOALS_PER_VISITOR_DAY: VisitorDayRollup = VisitorDayRollup {
    rows: "day_goals",
    counts: "day_goal_counts",
    kind: "goal",
    keys: &["goal_name"],
    events: "completions",
};

#[async_trait]
pub trait EventStore:
    Send
    + Sync
    + 'static
    + crate::PaymentStore
    + crate::GoalStore
    + crate::PaymentLinkStore
    + crate::BotHitStore
    + crate::ProviderGoalStore
{
    /// Appends a batch atomically, together with the spool position it reaches: either every
    /// event and the new position are stored, or nothing is.
    /// Shared, not owned: a writer that must retry keeps the batch without copying it.
    async fn append(&self, events: Arc<Vec<EventRecord>>, reached: Option<SpoolPosition>) -> StoreResult<usize>;
    /// The spool position stored with the last appended batch.
    async fn spool_position(&self) -> StoreResult<Option<SpoolPosition>>;
    async fn count_events(&self, website_id: ObjectId) -> StoreResult<u64>;
    /// Each visitor's latest session among events at or after `since_ms`.
    async fn recent_sessions(&self, since_ms: i64) -> StoreResult<Vec<RecentSession>>;
    /// The SQL dialect `query` accepts.
    fn dialect(&self) -> crate::sql::Dialect;
    /// Background upkeep the server runs every minute (the embedded store rolls closed days
    /// into its per-day session rollup); returns how much work was done.
    async fn maintain(&self, _now_ms: i64) -> StoreResult<usize> {
        Ok(0)
    }
    /// Runs statements written by the query planner, in one transaction, on the writer: the
    /// tables the planner derives from events and payments (the stored revenue attribution).
    /// Returns the rows they changed. An engine that keeps no such tables does not support it.
    async fn write(&self, _statements: Vec<crate::sql::SqlQuery>) -> StoreResult<usize> {
        Err(crate::StoreError::Backend("this event store keeps no derived tables".into()))
    }
    /// Runs a read-only statement written by the query planner.
    async fn query(&self, query: crate::sql::SqlQuery) -> StoreResult<Vec<crate::sql::Row>>;
    /// Runs `first`, then the statement `then` writes from its rows, both reading one snapshot
    /// of the store (the planner reads the state of the per-day rollup first, then the rows
    /// it points at). An engine without snapshots across statements must not use the rollup.
    async fn query_then(
        &self,
        first: crate::sql::SqlQuery,
        then: Box<dyn FnOnce(Vec<crate::sql::Row>) -> crate::sql::SqlQuery + Send>,
    ) -> StoreResult<Vec<crate::sql::Row>> {
        let rows = self.query(first).await?;
        self.query(then(rows)).await
    }
}
