//! Alerts: email notifications fired when a goal is completed, and their trigger history.
//! The history outlives deleted alerts (it carries the alert's name) and is capped per
//! website so it cannot grow without bound. It also records the website's scheduled emails
//! (traffic-spike alerts and weekly reports), which belong to no alert.

use async_trait::async_trait;
use datafast_core::website::Website;
use datafast_core::ObjectId;

use crate::StoreResult;

#[derive(Debug, Clone, PartialEq)]
pub struct Alert {
    pub id: ObjectId,
    pub website_id: ObjectId,
    pub name: String,
    /// Normalised goal name (lower case, `[a-z0-9_:-]`).
    pub goal_name: String,
    /// `None`: the standard subject.
    pub subject: Option<String>,
    pub message: String,
    pub is_enabled: bool,
    pub created_by: ObjectId,
    pub created_at: i64,
    pub updated_at: i64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AlertStatus {
    Sent,
    Failed,
    /// A goal completion that was not emailed because the alert emailed shortly before.
    Throttled,
}

impl AlertStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            AlertStatus::Sent => "sent",
            AlertStatus::Failed => "failed",
            AlertStatus::Throttled => "throttled",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [AlertStatus::Sent, AlertStatus::Failed, AlertStatus::Throttled].into_iter().find(|k| k.as_str() == s)
    }
}

/// What an email of the history was about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AlertLogKind {
    /// A goal alert (has an alert and a goal).
    Goal,
    /// `sendViralTrafficAlerts`.
    TrafficSpike,
    /// `sendWeeklyReports`.
    WeeklyReport,
}

impl AlertLogKind {
    pub const ALL: [AlertLogKind; 3] = [AlertLogKind::Goal, AlertLogKind::TrafficSpike, AlertLogKind::WeeklyReport];

    pub fn as_str(self) -> &'static str {
        match self {
            AlertLogKind::Goal => "goal",
            AlertLogKind::TrafficSpike => "traffic_spike",
            AlertLogKind::WeeklyReport => "weekly_report",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct AlertLog {
    pub id: ObjectId,
    pub kind: AlertLogKind,
    /// `None` for scheduled emails.
    pub alert_id: Option<ObjectId>,
    pub website_id: ObjectId,
    pub alert_name: String,
    /// `None` for scheduled emails.
    pub goal_name: Option<String>,
    pub status: AlertStatus,
    pub error: Option<String>,
    /// Lower-case UUID text, when the goal had a visitor.
    pub visitor_id: Option<String>,
    pub triggered_at: i64,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct AlertCounts {
    pub sent: u64,
    pub failed: u64,
    pub throttled: u64,
}

/// Whether a goal alert may email now (`claim_alert_email`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AlertEmailClaim {
    /// Send; `held_back` completions were throttled since the previous email.
    Send { held_back: u64 },
    /// The alert emailed less than the minimum interval ago: record it as throttled.
    Throttled,
}

#[async_trait]
pub trait AlertStore: Send + Sync {
    /// Inserts unless the website has `limit` alerts already (`LimitReached`), atomically.
    async fn create_alert(&self, alert: Alert, limit: usize) -> StoreResult<()>;
    /// Oldest first.
    async fn alerts(&self, website_id: ObjectId) -> StoreResult<Vec<Alert>>;
    async fn alert(&self, website_id: ObjectId, id: ObjectId) -> StoreResult<Option<Alert>>;
    /// Replaces the stored alert (same id and website); `NotFound` when it is gone.
    async fn update_alert(&self, alert: &Alert) -> StoreResult<()>;
    async fn delete_alert(&self, website_id: ObjectId, id: ObjectId) -> StoreResult<bool>;
    /// Enabled alerts of the website triggered by this goal.
    async fn alerts_for_goal(&self, website_id: ObjectId, goal_name: &str) -> StoreResult<Vec<Alert>>;

    /// Appends to the history, keeping only the newest `keep_per_kind` entries of the
    /// website for the log's kind (so a flood of goal alerts cannot push out the reports).
    async fn add_alert_log(&self, log: AlertLog, keep_per_kind: usize) -> StoreResult<()>;
    /// Newest first, at most `limit`, optionally of one alert and of one kind (`None`: every
    /// kind); the counts cover every entry matching the filter, not only those returned.
    async fn alert_logs(
        &self,
        website_id: ObjectId,
        alert_id: Option<ObjectId>,
        kind: Option<AlertLogKind>,
        limit: usize,
    ) -> StoreResult<(Vec<AlertLog>, AlertCounts)>;
    /// Per-alert email throttle, atomic and stored (so it holds across restarts and
    /// concurrent deliveries): `Send` when the alert has not emailed within `min_interval_ms`
    /// before `now` (and records `now` as its last email, resetting the held-back count),
    /// otherwise `Throttled` (and counts one more held-back completion). `NotFound` when the
    /// alert no longer exists.
    async fn claim_alert_email(
        &self,
        alert_id: ObjectId,
        now: i64,
        min_interval_ms: i64,
    ) -> StoreResult<AlertEmailClaim>;

    /// Websites with `sendViralTrafficAlerts` or `sendWeeklyReports` on.
    async fn websites_with_reports(&self) -> StoreResult<Vec<Website>>;
    /// Claims the website's `kind` report (`weekly`, `viral`) for `period`: true when it was
    /// not sent for that period or a later one yet (and records it), false otherwise. Claimed
    /// before sending, so a report goes out at most once per period, restarts included.
    async fn claim_report(&self, website_id: ObjectId, kind: &str, period: i64, now: i64) -> StoreResult<bool>;
}
