//! Append-only migrations embedded in the binary. Each store keeps its own version counter;
//! a store written by a newer binary is refused rather than misread.

pub(crate) struct Migration {
    pub version: i64,
    pub sql: &'static str,
}

pub(crate) const SQLITE: &[Migration] = &[
    Migration { version: 1, sql: include_str!("migrations/sqlite/0001_identity.sql") },
    Migration { version: 2, sql: include_str!("migrations/sqlite/0002_funnels_notes_goals.sql") },
    Migration { version: 3, sql: include_str!("migrations/sqlite/0003_team_integrations.sql") },
    Migration { version: 4, sql: include_str!("migrations/sqlite/0004_sessions.sql") },
    Migration { version: 5, sql: include_str!("migrations/sqlite/0005_alerts.sql") },
    Migration { version: 6, sql: include_str!("migrations/sqlite/0006_bot_traffic.sql") },
    Migration { version: 7, sql: include_str!("migrations/sqlite/0007_alert_throttle_login_failures.sql") },
    Migration { version: 8, sql: include_str!("migrations/sqlite/0008_webhook_state.sql") },
    Migration { version: 9, sql: include_str!("migrations/sqlite/0009_mentions.sql") },
];

pub(crate) const DUCKDB: &[Migration] = &[
    Migration { version: 1, sql: include_str!("migrations/duckdb/0001_events.sql") },
    Migration { version: 2, sql: include_str!("migrations/duckdb/0002_payments.sql") },
    Migration { version: 3, sql: include_str!("migrations/duckdb/0003_payment_checkout_ref.sql") },
    Migration { version: 4, sql: include_str!("migrations/duckdb/0004_bot_hits.sql") },
    Migration { version: 5, sql: include_str!("migrations/duckdb/0005_event_viewport_click_ids.sql") },
    Migration { version: 6, sql: include_str!("migrations/duckdb/0006_provider_goals.sql") },
    Migration { version: 7, sql: include_str!("migrations/duckdb/0007_day_sessions.sql") },
    Migration { version: 8, sql: include_str!("migrations/duckdb/0008_day_session_dimensions.sql") },
    Migration { version: 9, sql: include_str!("migrations/duckdb/0009_payment_credit.sql") },
    Migration { version: 10, sql: include_str!("migrations/duckdb/0010_day_session_previous_days.sql") },
    Migration { version: 11, sql: include_str!("migrations/duckdb/0011_day_session_previous_last.sql") },
    Migration { version: 12, sql: include_str!("migrations/duckdb/0012_day_pages.sql") },
    Migration { version: 13, sql: include_str!("migrations/duckdb/0013_day_sessions_stale_visitors.sql") },
    Migration { version: 14, sql: include_str!("migrations/duckdb/0014_day_page_counts.sql") },
    Migration { version: 15, sql: include_str!("migrations/duckdb/0015_day_session_counts.sql") },
    Migration { version: 16, sql: include_str!("migrations/duckdb/0016_day_goals.sql") },
];

pub(crate) fn latest(migrations: &[Migration]) -> i64 {
    migrations.last().map(|m| m.version).unwrap_or(0)
}
