//! Goal alerts, delivered. The ingestion writer reports every goal once it is stored
//! (`IngestConfig::stored_goals`, a bounded channel); this worker looks up the website's
//! enabled alerts for that goal, emails the website owner, and records each trigger in the
//! alert history as `sent` or `failed` (after the mailer's retries).
//!
//! Throttle: an alert emails at most once per `min_interval` (`--alert-min-interval-secs`,
//! 10 minutes by default). Completions inside that interval are recorded in the history as
//! `throttled`, and the next email the alert sends says how many were held back. The last
//! email time is stored (`AlertStore::claim_alert_email`), so a restart does not reset it.
//!
//! Memory is bounded by the channel (notifications beyond it are dropped and logged) and by
//! `MAX_CONCURRENT_DELIVERIES` deliveries in flight. Goals stored while the server was down
//! (spool replay at start) and deliveries in flight at shutdown are not alerted.

use std::sync::Arc;
use std::time::Duration;

use datafast_core::{time, uuid, ObjectId};
use datafast_ingest::queue::StoredGoal;
use datafast_store::{Alert, AlertEmailClaim, AlertLog, AlertLogKind, AlertStatus, MetaStore, StoreError};
use tokio::sync::{mpsc, Semaphore};

use crate::mail::Mailer;

/// Deliveries (including their retry waits) running at once.
const MAX_CONCURRENT_DELIVERIES: usize = 8;
/// History entries kept per website (the newest).
pub const HISTORY_PER_WEBSITE: usize = 1_000;
/// Goal notifications waiting for the worker.
pub const QUEUE_CAPACITY: usize = 10_000;
/// Default shortest time between two emails of one alert.
pub const DEFAULT_MIN_INTERVAL: Duration = Duration::from_secs(600);

pub fn channel() -> (mpsc::Sender<StoredGoal>, mpsc::Receiver<StoredGoal>) {
    mpsc::channel(QUEUE_CAPACITY)
}

pub fn spawn(
    meta: Arc<dyn MetaStore>,
    mailer: Arc<Mailer>,
    mut goals: mpsc::Receiver<StoredGoal>,
    min_interval: Duration,
) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let slots = Arc::new(Semaphore::new(MAX_CONCURRENT_DELIVERIES));
        while let Some(goal) = goals.recv().await {
            let alerts = match meta.alerts_for_goal(goal.website_id, &goal.goal_name).await {
                Ok(alerts) if !alerts.is_empty() => alerts,
                Ok(_) => continue,
                Err(e) => {
                    tracing::error!(error = %e, "reading alerts failed");
                    continue;
                }
            };
            for alert in alerts {
                let Ok(permit) = Arc::clone(&slots).acquire_owned().await else { return };
                let (meta, mailer, goal) = (Arc::clone(&meta), Arc::clone(&mailer), goal.clone());
                tokio::spawn(async move {
                    deliver(meta.as_ref(), &mailer, &alert, &goal, min_interval).await;
                    drop(permit);
                });
            }
        }
    })
}

/// Placeholders a template may use: `{{goal}}`, `{{website}}`, `{{visitorId}}`, `{{time}}`.
pub fn render(template: &str, goal: &str, website: &str, visitor: &str, at: &str) -> String {
    template
        .replace("{{goal}}", goal)
        .replace("{{website}}", website)
        .replace("{{visitorId}}", visitor)
        .replace("{{time}}", at)
}

async fn deliver(meta: &dyn MetaStore, mailer: &Mailer, alert: &Alert, goal: &StoredGoal, min_interval: Duration) {
    let visitor = (goal.visitor_id != 0).then(|| uuid::format_uuid(goal.visitor_id));
    let claim = meta.claim_alert_email(alert.id, time::now_millis(), min_interval.as_millis() as i64).await;
    let (status, error) = match claim {
        Ok(AlertEmailClaim::Throttled) => (AlertStatus::Throttled, None),
        Ok(AlertEmailClaim::Send { held_back }) => {
            let visitor = visitor.as_deref().unwrap_or("");
            match send(meta, mailer, alert, goal, visitor, held_back, min_interval).await {
                Ok(()) => (AlertStatus::Sent, None),
                Err(e) => (AlertStatus::Failed, Some(e)),
            }
        }
        // Deleted since the goal arrived: nothing to send, nothing to record.
        Err(StoreError::NotFound) => return,
        Err(e) => {
            tracing::error!(error = %e, alert = %alert.id, "reading the alert throttle failed");
            return;
        }
    };
    let log = AlertLog {
        id: ObjectId::generate(),
        kind: AlertLogKind::Goal,
        alert_id: Some(alert.id),
        website_id: alert.website_id,
        alert_name: alert.name.clone(),
        goal_name: Some(goal.goal_name.clone()),
        status,
        error,
        visitor_id: visitor,
        triggered_at: goal.timestamp_ms,
    };
    if let Err(e) = meta.add_alert_log(log, HISTORY_PER_WEBSITE).await {
        tracing::error!(error = %e, alert = %alert.id, "recording an alert trigger failed");
    }
}

/// "10 minutes", "90 seconds": the throttle interval as the email states it.
fn interval_text(d: Duration) -> String {
    let secs = d.as_secs();
    match secs {
        s if s >= 60 && s % 60 == 0 => format!("{} minute{}", s / 60, if s == 60 { "" } else { "s" }),
        s => format!("{s} second{}", if s == 1 { "" } else { "s" }),
    }
}

async fn send(
    meta: &dyn MetaStore,
    mailer: &Mailer,
    alert: &Alert,
    goal: &StoredGoal,
    visitor: &str,
    held_back: u64,
    min_interval: Duration,
) -> Result<(), String> {
    let website = meta.website(alert.website_id).await.ok().flatten().ok_or("The website no longer exists")?;
    let owner = meta.user(website.owner_id).await.ok().flatten().ok_or("The website owner has no account")?;
    let at = time::iso_millis(goal.timestamp_ms);
    let fill = |t: &str| render(t, &goal.goal_name, &website.domain, visitor, &at);
    let subject = match &alert.subject {
        Some(s) => fill(s),
        None => format!("{}: \"{}\" completed on {}", alert.name, goal.goal_name, website.domain),
    };
    let visitor_line = if visitor.is_empty() { String::new() } else { format!("Visitor: {visitor}\n") };
    let held_back_line = match held_back {
        0 => String::new(),
        n => format!(
            "Throttled: {n} earlier completion{} since the previous email of this alert {} not emailed \
             (at most one email per alert every {}); they are in the alert history.\n",
            if n == 1 { "" } else { "s" },
            if n == 1 { "was" } else { "were" },
            interval_text(min_interval)
        ),
    };
    let body = format!(
        "{}\n\n--\nAlert: {}\nGoal: {}\nWebsite: {}\n{visitor_line}Time: {at}\n{held_back_line}",
        fill(&alert.message),
        alert.name,
        goal.goal_name,
        website.domain
    );
    mailer.send(&owner.email, &subject, &body).await
}
