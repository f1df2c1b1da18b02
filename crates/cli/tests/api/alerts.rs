//! Goal alerts (L1–L5) over HTTP, and their delivery to a real SMTP server (a sink started by
//! the test): templates, the 25-per-website cap, history with counts, retries and failures,
//! the per-alert throttle (stored across restarts), and the scheduled emails (traffic spikes,
//! weekly reports) in the history.

use std::time::Duration;

use serde_json::{json, Value};

use crate::events::{pageview, uuid, CHROME};
use crate::helpers::{Resp, TestApp};
use crate::smtp_sink::SmtpSink;

fn alert_body(name: &str, goal: &str) -> Value {
    json!({"name": name, "trigger": {"type": "goal", "goalName": goal}, "template": {"message": "Someone did {{goal}} on {{website}}."}})
}

/// Emails every completion (no throttle), so each test counts mails one per goal.
async fn spawn_with_smtp(url: &str) -> TestApp {
    spawn_with_throttle(tempfile::tempdir().unwrap(), url, "0").await
}

async fn spawn_with_throttle(dir: tempfile::TempDir, url: &str, min_interval_secs: &str) -> TestApp {
    TestApp::spawn_with_env(
        dir,
        &[
            ("DATAFAST_SMTP_URL", url),
            ("DATAFAST_SMTP_RETRY_MS", "50"),
            ("DATAFAST_INGEST_FLUSH_MS", "20"),
            ("DATAFAST_ALERT_MIN_INTERVAL_SECS", min_interval_secs),
        ],
    )
    .await
}

async fn complete_goal(app: &TestApp, tracking_id: &str, visitor: u32, goal: &str) {
    app.send_event(&pageview(tracking_id, "https://example.com/", visitor), CHROME, None).await.expect(200);
    let mut g = pageview(tracking_id, "https://example.com/signup", visitor);
    g["type"] = json!("custom");
    g["extraData"] = json!({"eventName": goal});
    app.send_event(&g, CHROME, None).await.expect(200);
}

/// Polls the (goal alert) history until it holds `n` entries.
async fn history_of(app: &TestApp, token: &str, website: &str, n: usize) -> Resp {
    history_where(app, token, website, "", n).await
}

/// Polls the history with the query string `query` until it holds `n` entries.
async fn history_where(app: &TestApp, token: &str, website: &str, query: &str, n: usize) -> Resp {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(30);
    loop {
        let r = app.get(&format!("/api/v1/admin/websites/{website}/alerts/history?{query}"), token).await;
        r.expect(200);
        if r.data().len() >= n {
            return r;
        }
        assert!(tokio::time::Instant::now() < deadline, "history has {} of {n}: {}", r.data().len(), r.body);
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::test]
async fn alerts_are_created_validated_updated_capped_and_deleted() {
    let app = TestApp::spawn().await;
    let (token, website, _) = app.site().await;
    let base = format!("/api/v1/admin/websites/{website}/alerts");

    let created = app
        .post(
            &base,
            &token,
            json!({"name": " New signup ", "trigger": {"goalName": " SignUp "}, "template": {"message": "A visitor signed up."}}),
        )
        .await;
    created.expect(200);
    let a = created.first();
    assert_eq!(a["name"], "New signup");
    assert_eq!(a["websiteId"], website.as_str());
    assert_eq!(a["trigger"], json!({"type": "goal", "goalName": "signup"}));
    assert_eq!(a["destination"], json!({"type": "email"}));
    assert_eq!(a["template"], json!({"subject": null, "message": "A visitor signed up."}));
    assert_eq!(a["isEnabled"], true);
    assert_eq!(a["recentLogs"], json!([]));
    let id = a["_id"].as_str().unwrap().to_string();

    for bad in [
        json!({"trigger": {"goalName": "signup"}, "template": {"message": "long enough message"}}),
        json!({"name": "x", "template": {"message": "long enough message"}}),
        json!({"name": "x", "trigger": {"goalName": "signup"}}),
        json!({"name": "x", "trigger": {"goalName": "signup"}, "template": {"message": "too short"}}),
        json!({"name": "x".repeat(101), "trigger": {"goalName": "signup"}, "template": {"message": "long enough message"}}),
        json!({"name": "x", "trigger": {"goalName": "bad goal!"}, "template": {"message": "long enough message"}}),
        json!({"name": "x", "trigger": {"type": "revenue", "goalName": "signup"}, "template": {"message": "long enough message"}}),
        json!({"name": "x", "trigger": {"goalName": "signup"}, "destination": {"type": "slack"}, "template": {"message": "long enough message"}}),
        json!({"name": "x", "trigger": {"goalName": "signup"}, "template": {"message": "long enough message"}, "isEnabled": "yes"}),
        json!({"name": "x", "trigger": {"goalName": "signup"}, "template": {"message": "long enough message"}, "threshold": 3}),
    ] {
        app.post(&base, &token, bad.clone()).await.expect(400);
    }

    // Partial update; the object read back can be sent back.
    let updated =
        app.put(&format!("{base}/{id}"), &token, json!({"isEnabled": false, "template": {"subject": "Hey"}})).await;
    updated.expect(200);
    assert_eq!(updated.first()["isEnabled"], false);
    assert_eq!(updated.first()["template"], json!({"subject": "Hey", "message": "A visitor signed up."}));
    let round_trip = updated.first().clone();
    app.put(&format!("{base}/{id}"), &token, round_trip).await.expect(200);
    app.put(&format!("{base}/{}", "0".repeat(24)), &token, json!({"name": "y"})).await.expect(404);
    app.put(&format!("{base}/nope"), &token, json!({"name": "y"})).await.expect(400);
    // One alert by id (for the CLI's `alerts get`): what the list shows for it.
    let one = app.get(&format!("{base}/{id}"), &token).await;
    one.expect(200);
    assert_eq!(one.data().len(), 1);
    assert_eq!(one.first()["isEnabled"], false);
    assert_eq!(one.first()["template"]["subject"], "Hey");
    app.get(&format!("{base}/{}", "0".repeat(24)), &token).await.expect(404);
    app.get(&format!("{base}/nope"), &token).await.expect(400);

    // 25 per website, then 403.
    for i in 1..25 {
        app.post(&base, &token, alert_body(&format!("alert {i}"), "signup")).await.expect(200);
    }
    assert_eq!(app.get(&base, &token).await.expect(200).data().len(), 25);
    let over = app.post(&base, &token, alert_body("one too many", "signup")).await;
    over.expect(403);
    assert!(over.body["error"]["message"].as_str().unwrap().contains("Alert limit reached"));

    let deleted = app.delete(&format!("{base}/{id}"), &token).await;
    deleted.expect(200);
    assert_eq!(deleted.first()["message"], "Alert deleted successfully");
    app.delete(&format!("{base}/{id}"), &token).await.expect(404);
    app.get(&format!("{base}/{id}"), &token).await.expect(404);
    assert_eq!(app.get(&base, &token).await.expect(200).data().len(), 24);

    // Permissions and scope: a read-only token reads but cannot write; other accounts see nothing.
    let reader = app.token(&token, json!({"name": "r", "permissions": ["alerts:read"]})).await;
    app.get(&base, &reader).await.expect(200);
    app.post(&base, &reader, alert_body("x", "signup")).await.expect(403);
    let stranger = app.create_account("stranger@example.com").await;
    app.get(&base, &stranger.token).await.expect(403);
    app.get(&format!("{base}/history?limit=0"), &token).await.expect(400);
    app.get(&format!("{base}/history?limit=101"), &token).await.expect(400);
}

#[tokio::test]
async fn a_completed_goal_emails_the_owner_and_is_logged_as_sent() {
    let sink = SmtpSink::start().await;
    let app = spawn_with_smtp(&sink.url).await;
    let (token, website, tracking) = app.site().await;
    let base = format!("/api/v1/admin/websites/{website}/alerts");
    let signup = app
        .post(
            &base,
            &token,
            json!({"name": "New signup", "trigger": {"goalName": "signup"},
                   "template": {"subject": "{{goal}} on {{website}}", "message": "Someone signed up: {{goal}} by {{visitorId}}."}}),
        )
        .await;
    signup.expect(200);
    let signup_id = signup.first()["_id"].as_str().unwrap().to_string();
    // A paused alert and an alert on another goal send nothing.
    let paused = app.post(&base, &token, alert_body("Paused", "signup")).await;
    app.put(&format!("{base}/{}", paused.first()["_id"].as_str().unwrap()), &token, json!({"isEnabled": false}))
        .await
        .expect(200);
    app.post(&base, &token, alert_body("Purchases", "purchase")).await.expect(200);

    complete_goal(&app, &tracking, 1, "signup").await;
    complete_goal(&app, &tracking, 2, "signup").await;

    let mails = sink.wait_for(2).await;
    let history = history_of(&app, &token, &website, 2).await;
    assert_eq!(mails.len(), 2, "only the enabled signup alert fires, once per completion");
    for mail in &mails {
        assert_eq!(mail.to, vec!["owner@example.com".to_string()]);
        assert_eq!(mail.subject(), "signup on example.com");
        assert!(mail.data.contains("Someone signed up: signup by "), "{}", mail.data);
        assert!(mail.data.contains("Goal: signup"), "{}", mail.data);
    }
    let visitors: Vec<String> = mails
        .iter()
        .map(|m| m.data.lines().find_map(|l| l.strip_prefix("Visitor: ")).unwrap().trim().to_string())
        .collect();
    assert!(visitors.contains(&uuid(1)) && visitors.contains(&uuid(2)), "{visitors:?}");

    assert_eq!(history.body["counts"], json!({"sent": 2, "failed": 0, "throttled": 0, "total": 2}));
    for entry in history.data() {
        assert_eq!(entry["alertId"], signup_id.as_str());
        assert_eq!(entry["alertName"], "New signup");
        assert_eq!(entry["goalName"], "signup");
        assert_eq!(entry["status"], "sent");
        assert_eq!(entry["error"], Value::Null);
    }
    // Counts cover everything, the list respects the limit; recentLogs show on the alert.
    let one = app.get(&format!("{base}/history?limit=1&alertId={signup_id}"), &token).await;
    assert_eq!(one.expect(200).data().len(), 1);
    assert_eq!(one.body["counts"]["total"], 2);
    let listed = app.get(&base, &token).await;
    let alert = listed.data().iter().find(|a| a["_id"] == signup_id.as_str()).unwrap();
    assert_eq!(alert["recentLogs"].as_array().unwrap().len(), 2);
    // Nothing else was sent meanwhile (the paused and the purchase alerts).
    app.get(&format!("{base}/history"), &token).await;
    assert_eq!(sink.mails().len(), 2);
}

#[tokio::test]
async fn a_refusing_smtp_server_is_retried_then_logged_as_failed() {
    let sink = SmtpSink::refusing().await;
    let app = spawn_with_smtp(&sink.url).await;
    let (token, website, tracking) = app.site().await;
    let base = format!("/api/v1/admin/websites/{website}/alerts");
    app.post(&base, &token, alert_body("New signup", "signup")).await.expect(200);

    complete_goal(&app, &tracking, 1, "signup").await;
    let history = history_of(&app, &token, &website, 1).await;
    let entry = &history.data()[0];
    assert_eq!(entry["status"], "failed");
    assert!(entry["error"].as_str().unwrap().contains("3 attempts"), "{entry}");
    assert_eq!(entry["visitorId"], uuid(1).as_str());
    assert_eq!(history.body["counts"], json!({"sent": 0, "failed": 1, "throttled": 0, "total": 1}));
    assert_eq!(sink.attempts(), 3, "the default policy tries three times");
    assert!(sink.mails().is_empty());
}

async fn spawn_with_reports(url: &str, extra: &[(&str, &str)]) -> TestApp {
    let dir = tempfile::tempdir().unwrap();
    let mut env = vec![
        ("DATAFAST_SMTP_URL", url),
        ("DATAFAST_SMTP_RETRY_MS", "50"),
        ("DATAFAST_INGEST_FLUSH_MS", "20"),
        ("DATAFAST_REPORTS_CHECK_MS", "100"),
    ];
    env.extend_from_slice(extra);
    TestApp::spawn_with_env(dir, &env).await
}

/// Waits until the overview reports `n` visitors (the events are stored).
async fn wait_visitors(app: &TestApp, token: &str, website: &str, n: i64) {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(30);
    loop {
        let r = app.get(&format!("/api/v1/analytics/overview?websiteId={website}"), token).await;
        if r.status == 200 && r.first()["visitors"] == n {
            return;
        }
        assert!(tokio::time::Instant::now() < deadline, "visitors never reached {n}: {}", r.body);
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::test]
async fn a_traffic_spike_emails_the_owner_once_when_viral_alerts_are_on() {
    let sink = SmtpSink::start().await;
    let app = spawn_with_reports(&sink.url, &[("DATAFAST_VIRAL_MIN_VISITORS", "6")]).await;
    let (token, website, tracking) = app.site().await;
    // Five visitors: below the minimum, even with no history at all.
    for v in 1..=5 {
        app.send_event(&pageview(&tracking, "https://example.com/", v), CHROME, None).await.expect(200);
    }
    wait_visitors(&app, &token, &website, 5).await;
    app.put(&format!("/api/v1/admin/websites/{website}"), &token, json!({"sendViralTrafficAlerts": true}))
        .await
        .expect(200);
    // Several checks run meanwhile (every 100 ms) without a spike.
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert!(sink.mails().is_empty(), "{:?}", sink.mails());

    for v in 6..=7 {
        app.send_event(&pageview(&tracking, "https://example.com/", v), CHROME, None).await.expect(200);
    }
    let mails = sink.wait_for(1).await;
    assert_eq!(mails[0].to, vec!["owner@example.com".to_string()]);
    assert!(mails[0].subject().starts_with("Traffic spike on example.com"), "{}", mails[0].subject());
    assert!(mails[0].data.contains("visitors in the last 60 minutes"), "{}", mails[0].data);
    // Once per day: more traffic does not send another one.
    app.send_event(&pageview(&tracking, "https://example.com/", 8), CHROME, None).await.expect(200);
    wait_visitors(&app, &token, &website, 8).await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(sink.mails().len(), 1);

    // The email is in the history as a traffic-spike entry, not among the goal alerts.
    let spikes = history_where(&app, &token, &website, "kind=traffic_spike", 1).await;
    assert_eq!(spikes.data().len(), 1);
    let entry = &spikes.data()[0];
    assert_eq!(entry["kind"], "traffic_spike");
    assert_eq!(entry["status"], "sent");
    assert_eq!(entry["alertId"], Value::Null);
    assert_eq!(entry["goalName"], Value::Null);
    assert_eq!(entry["error"], Value::Null);
    assert_eq!(spikes.body["counts"], json!({"sent": 1, "failed": 0, "throttled": 0, "total": 1}));
    let goals = app.get(&format!("/api/v1/admin/websites/{website}/alerts/history"), &token).await;
    assert_eq!(goals.expect(200).data().len(), 0);
    assert_eq!(goals.body["counts"]["total"], 0);
    let all = app.get(&format!("/api/v1/admin/websites/{website}/alerts/history?kind=all"), &token).await;
    assert_eq!(all.expect(200).data().len(), 1);
    app.get(&format!("/api/v1/admin/websites/{website}/alerts/history?kind=spam"), &token).await.expect(400);
}

#[tokio::test]
async fn weekly_reports_summarise_visitors_revenue_and_sources() {
    let sink = SmtpSink::start().await;
    let app = spawn_with_reports(&sink.url, &[("DATAFAST_WEEKLY_REPORT_EVERY_SECS", "3600")]).await;
    let (token, website, tracking) = app.site().await;
    for v in 1..=3 {
        let mut pv = pageview(&tracking, "https://example.com/", v);
        if v < 3 {
            pv["referrer"] = json!("https://www.google.com/search?q=x");
        }
        app.send_event(&pv, CHROME, None).await.expect(200);
    }
    wait_visitors(&app, &token, &website, 3).await;
    app.post(
        &format!("/api/v1/payments?websiteId={website}"),
        &token,
        json!({"amount": 29.5, "currency": "USD", "transaction_id": "tx_1", "datafast_visitor_id": uuid(1)}),
    )
    .await;
    // No report before the setting is on.
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert!(sink.mails().is_empty());
    app.put(&format!("/api/v1/admin/websites/{website}"), &token, json!({"sendWeeklyReports": true})).await.expect(200);

    let mails = sink.wait_for(1).await;
    let mail = &mails[0];
    assert_eq!(mail.to, vec!["owner@example.com".to_string()]);
    assert_eq!(mail.subject(), "Weekly report for example.com: 3 visitors");
    assert!(mail.data.contains("Visitors: 3"), "{}", mail.data);
    assert!(mail.data.contains("Revenue: 29.50 USD"), "{}", mail.data);
    assert!(mail.data.contains("Google: 2 visitors"), "{}", mail.data);
    assert!(mail.data.contains("Direct/None: 1 visitors"), "{}", mail.data);
    // Once per period.
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(sink.mails().len(), 1);
    let reports = history_where(&app, &token, &website, "kind=weekly_report", 1).await;
    assert_eq!(reports.data().len(), 1);
    assert_eq!(reports.data()[0]["kind"], "weekly_report");
    assert_eq!(reports.data()[0]["status"], "sent");
    assert_eq!(reports.data()[0]["alertName"], "Weekly report");
}

#[tokio::test]
async fn an_undeliverable_weekly_report_is_in_the_history_as_failed() {
    let sink = SmtpSink::refusing().await;
    let app = spawn_with_reports(&sink.url, &[("DATAFAST_WEEKLY_REPORT_EVERY_SECS", "3600")]).await;
    let (token, website, _) = app.site().await;
    app.put(&format!("/api/v1/admin/websites/{website}"), &token, json!({"sendWeeklyReports": true})).await.expect(200);

    let reports = history_where(&app, &token, &website, "kind=weekly_report", 1).await;
    let entry = &reports.data()[0];
    assert_eq!(entry["status"], "failed");
    assert!(entry["error"].as_str().unwrap().contains("3 attempts"), "{entry}");
    assert_eq!(reports.body["counts"], json!({"sent": 0, "failed": 1, "throttled": 0, "total": 1}));
    assert_eq!(sink.attempts(), 3);
    // Not retried within the period: still one entry and three attempts a few checks later.
    tokio::time::sleep(Duration::from_millis(500)).await;
    let again = app.get(&format!("/api/v1/admin/websites/{website}/alerts/history?kind=all"), &token).await;
    assert_eq!(again.expect(200).data().len(), 1);
    assert_eq!(sink.attempts(), 3);
}

#[tokio::test]
async fn an_alert_emails_at_most_once_per_interval_and_the_throttle_survives_a_restart() {
    let sink = SmtpSink::start().await;
    let app = spawn_with_throttle(tempfile::tempdir().unwrap(), &sink.url, "3600").await;
    let (token, website, tracking) = app.site().await;
    let base = format!("/api/v1/admin/websites/{website}/alerts");
    let created = app.post(&base, &token, alert_body("New signup", "signup")).await;
    let alert_id = created.expect(200).first()["_id"].as_str().unwrap().to_string();

    // Three completions within the hour: one email, two throttled entries.
    for visitor in 1..=3 {
        complete_goal(&app, &tracking, visitor, "signup").await;
    }
    let history = history_of(&app, &token, &website, 3).await;
    assert_eq!(history.body["counts"], json!({"sent": 1, "failed": 0, "throttled": 2, "total": 3}));
    assert_eq!(sink.mails().len(), 1);
    for entry in history.data() {
        assert_eq!(entry["alertId"], alert_id.as_str());
        assert_eq!(entry["kind"], "goal");
        assert_eq!(entry["error"], Value::Null);
    }
    let first_mail = &sink.mails()[0];
    assert!(!first_mail.text().contains("Throttled:"), "{}", first_mail.text());

    // A restart does not reset the throttle.
    let (_, dir) = app.terminate().await;
    let app = spawn_with_throttle(dir, &sink.url, "3600").await;
    complete_goal(&app, &tracking, 4, "signup").await;
    let history = history_of(&app, &token, &website, 4).await;
    assert_eq!(history.body["counts"], json!({"sent": 1, "failed": 0, "throttled": 3, "total": 4}));
    assert_eq!(history.data()[0]["status"], "throttled");
    assert_eq!(history.data()[0]["visitorId"], uuid(4).as_str());
    assert_eq!(sink.mails().len(), 1);

    // Once the interval has passed (here shortened to 1 s), the next completion is emailed and
    // the email says how many were held back since the previous one.
    let (_, dir) = app.terminate().await;
    tokio::time::sleep(Duration::from_millis(1100)).await;
    let app = spawn_with_throttle(dir, &sink.url, "1").await;
    complete_goal(&app, &tracking, 5, "signup").await;
    let mails = sink.wait_for(2).await;
    assert!(
        mails[1]
            .text()
            .contains("Throttled: 3 earlier completions since the previous email of this alert were not emailed"),
        "{}",
        mails[1].text()
    );
    assert!(mails[1].text().contains("at most one email per alert every 1 second)"), "{}", mails[1].text());
    let history = history_of(&app, &token, &website, 5).await;
    assert_eq!(history.body["counts"], json!({"sent": 2, "failed": 0, "throttled": 3, "total": 5}));
    // The count starts over after an email.
    tokio::time::sleep(Duration::from_millis(1100)).await;
    complete_goal(&app, &tracking, 6, "signup").await;
    let mails = sink.wait_for(3).await;
    assert!(!mails[2].text().contains("Throttled:"), "{}", mails[2].text());
}
