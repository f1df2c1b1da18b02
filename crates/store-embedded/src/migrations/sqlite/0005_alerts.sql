-- Goal alerts (email) and their trigger history. The history keeps the alert's name so it
-- survives the alert's deletion; it is capped per website by the store.
CREATE TABLE alerts (
    id         TEXT PRIMARY KEY,
    website_id TEXT NOT NULL REFERENCES websites(id) ON DELETE CASCADE,
    name       TEXT NOT NULL,
    goal_name  TEXT NOT NULL,
    subject    TEXT,
    message    TEXT NOT NULL,
    is_enabled INTEGER NOT NULL,
    created_by TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX alerts_website_goal ON alerts(website_id, goal_name);

CREATE TABLE alert_logs (
    id           TEXT PRIMARY KEY,
    alert_id     TEXT NOT NULL,           -- no foreign key: history outlives the alert
    website_id   TEXT NOT NULL REFERENCES websites(id) ON DELETE CASCADE,
    alert_name   TEXT NOT NULL,
    goal_name    TEXT NOT NULL,
    status       TEXT NOT NULL CHECK (status IN ('sent', 'failed')),
    error        TEXT,
    visitor_id   TEXT,
    triggered_at INTEGER NOT NULL
);
CREATE INDEX alert_logs_website ON alert_logs(website_id, triggered_at);
CREATE INDEX alert_logs_alert ON alert_logs(alert_id, triggered_at);

-- The last period each scheduled email (weekly report, traffic-spike alert) was sent for.
CREATE TABLE report_runs (
    website_id TEXT NOT NULL REFERENCES websites(id) ON DELETE CASCADE,
    kind       TEXT NOT NULL,
    period     INTEGER NOT NULL,
    sent_at    INTEGER NOT NULL,
    PRIMARY KEY (website_id, kind)
);
