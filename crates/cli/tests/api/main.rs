//! Black-box tests: every test starts the real `datafast` binary on a random port with a
//! fresh data directory and talks to it over HTTP, as a user's script would.

mod helpers;

mod account;
mod analytics;
mod bot_traffic;
mod browser;
mod errors;
mod events;
mod funnels;
mod geo;
mod goals_admin;
mod import;
mod keys;
mod lifecycle;
mod mentions;
mod node_runner;
mod notes;
mod payments;
mod tokens;
mod webhooks;
mod webhooks_lifecycle;
mod website_api;
mod websites;

// Team, roles, integrations and rate limits.
mod integrations;
mod rate_limits;
mod roles_matrix;
mod team;

// Dashboard sessions and alerts.
mod alerts;
mod sessions;
mod smtp_sink;

// Public dashboards and the settings screens.
mod dashboard_settings;
mod public_dashboard;
// The dashboard (issue 7).
mod dashboard;
