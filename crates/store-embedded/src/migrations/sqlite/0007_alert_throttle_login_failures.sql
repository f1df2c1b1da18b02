-- The alert history also records throttled goal alerts and the scheduled emails (traffic-spike
-- alerts, weekly reports): `kind` tells them apart, and those have no alert nor goal. SQLite
-- cannot change a CHECK constraint in place, so the table is rebuilt.
CREATE TABLE alert_logs_v8 (
    id           TEXT PRIMARY KEY,
    kind         TEXT NOT NULL DEFAULT 'goal' CHECK (kind IN ('goal', 'traffic_spike', 'weekly_report')),
    alert_id     TEXT,                    -- no foreign key: history outlives the alert
    website_id   TEXT NOT NULL REFERENCES websites(id) ON DELETE CASCADE,
    alert_name   TEXT NOT NULL,
    goal_name    TEXT,
    status       TEXT NOT NULL CHECK (status IN ('sent', 'failed', 'throttled')),
    error        TEXT,
    visitor_id   TEXT,
    triggered_at INTEGER NOT NULL
);
INSERT INTO alert_logs_v8 (id, kind, alert_id, website_id, alert_name, goal_name, status, error, visitor_id, triggered_at)
    SELECT id, 'goal', alert_id, website_id, alert_name, goal_name, status, error, visitor_id, triggered_at
    FROM alert_logs;
DROP TABLE alert_logs;
ALTER TABLE alert_logs_v8 RENAME TO alert_logs;
CREATE INDEX alert_logs_website ON alert_logs(website_id, kind, triggered_at);
CREATE INDEX alert_logs_alert ON alert_logs(alert_id, triggered_at);

-- Per-alert email throttle: when the alert last emailed, and how many completions were held
-- back since (told in the next email). One row per alert, gone with the alert.
CREATE TABLE alert_throttle (
    alert_id      TEXT PRIMARY KEY REFERENCES alerts(id) ON DELETE CASCADE,
    last_email_at INTEGER NOT NULL,
    held_back     INTEGER NOT NULL
);

-- Failed dashboard logins, so a lockout survives a restart. `key` is the SHA-256 (hex) of
-- what is counted (email and client address, or the address alone); rows whose window has
-- ended are pruned and the table is capped by the store.
CREATE TABLE login_failures (
    key          TEXT PRIMARY KEY,
    failures     INTEGER NOT NULL,
    window_start INTEGER NOT NULL
);
CREATE INDEX login_failures_window ON login_failures(window_start);
