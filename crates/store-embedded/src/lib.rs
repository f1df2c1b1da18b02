//! The embedded default backend: one data directory holding `meta.sqlite` (metadata, WAL
//! mode so the CLI can write while the server runs) and `events.duckdb` (the columnar event
//! store, opened by the server process only: DuckDB allows a single writing process).

mod blocking;
mod duck;
mod duck_bots;
mod duck_credit;
mod duck_payments;
mod duck_provider_goals;
mod duck_rollup;
mod duck_webhooks;
mod migrate;
mod server_key;
mod sqlite;
mod sqlite_alerts;
mod sqlite_bots;
mod sqlite_funnels;
mod sqlite_goals;
mod sqlite_integrations;
mod sqlite_login_attempts;
mod sqlite_mentions;
mod sqlite_notes;
mod sqlite_rows;
mod sqlite_sessions;
mod sqlite_team;
mod sqlite_webhook_state;

use std::path::{Path, PathBuf};

pub use duck::{DuckEventStore, DEFAULT_MEMORY_LIMIT};
pub use server_key::{load_or_create_server_key, SERVER_KEY_FILE};
pub use sqlite::SqliteMetaStore;

pub const META_FILE: &str = "meta.sqlite";
pub const EVENTS_FILE: &str = "events.duckdb";

pub fn meta_path(data_dir: &Path) -> PathBuf {
    data_dir.join(META_FILE)
}

pub fn events_path(data_dir: &Path) -> PathBuf {
    data_dir.join(EVENTS_FILE)
}
