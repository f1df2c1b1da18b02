//! Scheduled emails to website owners, checked every `ReportConfig::check_every`:
//!
//! - **Traffic-spike alerts** (`sendViralTrafficAlerts`): when the distinct visitors of the
//!   last 60 minutes are at least `viral_min_visitors` (50) and at least 3× the average of
//!   the same 60 minutes on each of the previous 7 days. At most one per website per UTC day.
//! - **Weekly reports** (`sendWeeklyReports`): once per week, from Monday 08:00 in the
//!   website's time zone, for the week that just ended (Monday 00:00 to Monday 00:00, local):
//!   visitors, revenue in the website's currency and the top 5 sources. A server that was
//!   down on Monday morning sends it when it comes back (the latest completed week, once).
//!
//! Each (website, kind, period) is claimed in the metadata store before sending, so restarts
//! never send twice; a failed send is logged and not retried until the next period. Every
//! email (sent or failed, with the SMTP error) is recorded in the website's alert history as
//! a `traffic_spike` or `weekly_report` entry.

use std::sync::Arc;
use std::time::Duration;

use chrono::{Datelike, NaiveTime, TimeZone, Utc};
use datafast_core::query::{Paging, TimeRange};
use datafast_core::time;
use datafast_core::website::Website;
use datafast_core::ObjectId;
use datafast_query::{Breakdown, Scope};
use datafast_store::{AlertLog, AlertLogKind, AlertStatus, EventStore, MetaStore};

use crate::alert_delivery::HISTORY_PER_WEBSITE;
use crate::mail::Mailer;

const HOUR_MS: i64 = 3_600_000;
const DAY_MS: i64 = 24 * HOUR_MS;
pub const SPIKE_FACTOR: f64 = 3.0;

#[derive(Debug, Clone, Copy)]
pub struct ReportConfig {
    pub check_every: Duration,
    pub viral_min_visitors: i64,
    /// Testing aid: a weekly report every this many seconds (covering the last 7 days)
    /// instead of the Monday schedule.
    pub weekly_every_secs: Option<u64>,
}

impl Default for ReportConfig {
    fn default() -> Self {
        ReportConfig { check_every: Duration::from_secs(300), viral_min_visitors: 50, weekly_every_secs: None }
    }
}

pub fn spawn(
    meta: Arc<dyn MetaStore>,
    events: Arc<dyn EventStore>,
    mailer: Arc<Mailer>,
    config: ReportConfig,
) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(config.check_every);
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tick.tick().await;
            let websites = match meta.websites_with_reports().await {
                Ok(w) => w,
                Err(e) => {
                    tracing::error!(error = %e, "listing websites for reports failed");
                    continue;
                }
            };
            for website in websites {
                if let Err(e) = check(meta.as_ref(), events.as_ref(), &mailer, &config, &website).await {
                    tracing::error!(error = %e, website = %website.id, "scheduled email failed");
                }
            }
        }
    })
}

async fn check(
    meta: &dyn MetaStore,
    events: &dyn EventStore,
    mailer: &Mailer,
    config: &ReportConfig,
    website: &Website,
) -> Result<(), String> {
    let now = time::now_millis();
    if website.settings.send_viral_traffic_alerts {
        if let Some((current, baseline)) = spike(events, website, now, config.viral_min_visitors).await? {
            if meta.claim_report(website.id, "viral", now / DAY_MS, now).await.map_err(|e| e.to_string())? {
                let subject = format!("Traffic spike on {}: {current} visitors in the last hour", website.domain);
                let body = format!(
                    "{} is getting unusual traffic: {current} visitors in the last 60 minutes, against \
                     {baseline:.1} on average at this time over the previous 7 days.\n",
                    website.domain
                );
                send_and_record(meta, mailer, website, AlertLogKind::TrafficSpike, &subject, &body).await?;
            }
        }
    }
    if website.settings.send_weekly_reports {
        let (period, range) = match config.weekly_every_secs {
            Some(secs) => ((now / 1000) / secs.max(1) as i64, TimeRange { start_ms: now - 7 * DAY_MS, end_ms: now }),
            None => match last_week(&website.timezone, now) {
                Some(week) => week,
                None => return Ok(()),
            },
        };
        if meta.claim_report(website.id, "weekly", period, now).await.map_err(|e| e.to_string())? {
            let (subject, body) = weekly_report(events, website, range).await?;
            send_and_record(meta, mailer, website, AlertLogKind::WeeklyReport, &subject, &body).await?;
        }
    }
    Ok(())
}

async fn visitors(events: &dyn EventStore, website: &Website, start_ms: i64, end_ms: i64) -> Result<i64, String> {
    let scope = Scope { website_id: website.id, range: Some(TimeRange { start_ms, end_ms }), filters: Vec::new() };
    Ok(datafast_query::visitors_and_sessions(events, &scope).await.map_err(|e| e.to_string())?.0)
}

/// `Some((last hour, 7-day average))` when the rule fires.
async fn spike(events: &dyn EventStore, website: &Website, now: i64, min: i64) -> Result<Option<(i64, f64)>, String> {
    let current = visitors(events, website, now - HOUR_MS, now).await?;
    if current < min {
        return Ok(None);
    }
    let mut sum = 0;
    for day in 1..=7 {
        sum += visitors(events, website, now - day * DAY_MS - HOUR_MS, now - day * DAY_MS).await?;
    }
    let baseline = sum as f64 / 7.0;
    Ok((current as f64 >= SPIKE_FACTOR * baseline).then_some((current, baseline)))
}

/// The latest week whose report is due: (its Monday as days since the epoch, its range).
fn last_week(timezone: &str, now: i64) -> Option<(i64, TimeRange)> {
    let tz: chrono_tz::Tz = timezone.parse().ok()?;
    let local = Utc.timestamp_millis_opt(now).single()?.with_timezone(&tz);
    let mut monday = local.date_naive() - chrono::Days::new(local.weekday().num_days_from_monday() as u64);
    // Before 08:00 on a Monday, the week before last is the latest one due.
    if local.date_naive() == monday && local.time() < NaiveTime::from_hms_opt(8, 0, 0)? {
        monday = monday - chrono::Days::new(7);
    }
    let start_of = |d: chrono::NaiveDate| {
        tz.from_local_datetime(&d.and_hms_opt(0, 0, 0)?).earliest().map(|t| t.timestamp_millis())
    };
    let end = start_of(monday)?;
    let start = start_of(monday - chrono::Days::new(7))?;
    Some((monday.num_days_from_ce() as i64, TimeRange { start_ms: start, end_ms: end }))
}

async fn weekly_report(
    events: &dyn EventStore,
    website: &Website,
    range: TimeRange,
) -> Result<(String, String), String> {
    let scope = Scope { website_id: website.id, range: Some(range), filters: Vec::new() };
    let err = |e: datafast_store::StoreError| e.to_string();
    let (visitors, sessions) = datafast_query::visitors_and_sessions(events, &scope).await.map_err(err)?;
    let revenue = datafast_query::revenue_totals(events, &scope, &website.currency).await.map_err(err)?;
    let (sources, _) =
        datafast_query::breakdown(events, &scope, Breakdown::Referrers, Paging { limit: 5, offset: 0 }, None)
            .await
            .map_err(err)?;
    let mut body = format!(
        "Your week on {} ({} to {}):\n\nVisitors: {visitors}\nSessions: {sessions}\nRevenue: {:.2} {}\nPayments: {}\n\nTop sources:\n",
        website.domain,
        time::iso_millis(range.start_ms),
        time::iso_millis(range.end_ms),
        revenue.revenue(),
        website.currency,
        revenue.payments,
    );
    if sources.is_empty() {
        body.push_str("  (no visits)\n");
    }
    for row in &sources {
        let name = row.keys.first().filter(|k| !k.is_empty()).map(String::as_str).unwrap_or("Direct/None");
        body.push_str(&format!("  {name}: {} visitors\n", row.visitors));
    }
    Ok((format!("Weekly report for {}: {visitors} visitors", website.domain), body))
}

/// Sends a claimed email and records it in the alert history, `sent` or `failed`.
async fn send_and_record(
    meta: &dyn MetaStore,
    mailer: &Mailer,
    website: &Website,
    kind: AlertLogKind,
    subject: &str,
    body: &str,
) -> Result<(), String> {
    let outcome = send_to_owner(meta, mailer, website, subject, body).await;
    let log = AlertLog {
        id: ObjectId::generate(),
        kind,
        alert_id: None,
        website_id: website.id,
        alert_name: match kind {
            AlertLogKind::TrafficSpike => "Traffic spike alert",
            _ => "Weekly report",
        }
        .to_string(),
        goal_name: None,
        status: if outcome.is_ok() { AlertStatus::Sent } else { AlertStatus::Failed },
        error: outcome.as_ref().err().cloned(),
        visitor_id: None,
        triggered_at: time::now_millis(),
    };
    meta.add_alert_log(log, HISTORY_PER_WEBSITE).await.map_err(|e| e.to_string())?;
    outcome
}

async fn send_to_owner(
    meta: &dyn MetaStore,
    mailer: &Mailer,
    website: &Website,
    subject: &str,
    body: &str,
) -> Result<(), String> {
    let owner =
        meta.user(website.owner_id).await.map_err(|e| e.to_string())?.ok_or("the website owner has no account")?;
    mailer.send(&owner.email, subject, body).await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ms(rfc3339: &str) -> i64 {
        chrono::DateTime::parse_from_rfc3339(rfc3339).unwrap().timestamp_millis()
    }

    #[test]
    fn the_weekly_report_is_due_from_monday_eight_local_for_the_week_before() {
        // Monday 30 November 2026, 07:30 in Paris (06:30 UTC): last week's report is not due
        // yet, so the latest due one is the week that ended on the 23rd.
        let (early_period, early) = last_week("Europe/Paris", ms("2026-11-30T06:30:00Z")).unwrap();
        assert_eq!(early.start_ms, ms("2026-11-15T23:00:00Z"));
        assert_eq!(early.end_ms, ms("2026-11-22T23:00:00Z"));
        // 08:30 in Paris: the week 23–30 November is due, a new period.
        let (period, week) = last_week("Europe/Paris", ms("2026-11-30T07:30:00Z")).unwrap();
        assert_eq!(week.start_ms, ms("2026-11-22T23:00:00Z"));
        assert_eq!(week.end_ms, ms("2026-11-29T23:00:00Z"));
        assert_eq!(period, early_period + 7);
        // Any time later that week it is the same period.
        let (later, _) = last_week("Europe/Paris", ms("2026-12-04T15:00:00Z")).unwrap();
        assert_eq!(later, period);
        assert!(last_week("Not/AZone", 0).is_none());
    }
}
