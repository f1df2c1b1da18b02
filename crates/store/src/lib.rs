//! Storage traits. The server only sees these; each backend (the embedded SQLite + DuckDB
//! pair today, ClickHouse/PostgreSQL later) implements them in its own crate and is chosen
//! once at start-up.

mod alerts;
mod bot_traffic;
mod event;
mod funnels;
mod goal_customizations;
mod integrations;
mod login_attempts;
mod mentions;
mod meta;
mod notes;
mod payments;
mod sessions;
pub mod sql;
mod team;
mod webhook_state;
mod webhooks;

pub use alerts::{Alert, AlertCounts, AlertEmailClaim, AlertLog, AlertLogKind, AlertStatus, AlertStore};
pub use bot_traffic::{BotHit, BotHitStore, BotToken, BotTrafficConfig, BotTrafficStore};
pub use event::{
    EventRecord, EventStore, RecentSession, SessionSource, SpoolPosition, VisitorDayRollup, CAMPAIGN_COLUMNS,
    CHECKOUT_KEYS, GOALS_PER_VISITOR_DAY, PAGES_PER_VISITOR_DAY, PREVIOUS_DAYS, PREVIOUS_LAST_EVENTS,
    ROLLUP_DIMENSIONS,
};
pub use funnels::FunnelStore;
pub use goal_customizations::GoalCustomizationStore;
pub use integrations::{IntegrationStatus, IntegrationStore, NewIntegration};
pub use login_attempts::{LoginAttemptStore, LoginFailures};
pub use mentions::MentionStore;
pub use meta::{AccessToken, MetaStore, NewUser, User, WebsiteKey};
pub use notes::{ListQuery, NoteInsert, NoteQuery, NoteStore};
pub use payments::{GoalSelector, GoalStore, InstantRange, PaymentRecord, PaymentSelector, PaymentStore};
pub use sessions::{AccountSession, SessionStore};
pub use team::{Invitation, Member, TeamStore};
pub use webhook_state::{ProviderGoalRecord, ProviderGoalStore, SubscriptionState, WebhookStateStore};
pub use webhooks::{PaymentLinkStore, PaymentLinks};

/// Storage failures the API distinguishes; anything else is `Backend` and becomes a 500.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("not found")]
    NotFound,
    #[error("conflict: {0}")]
    Conflict(String),
    #[error("limit of {0} reached")]
    LimitReached(usize),
    #[error("storage schema version {found} is newer than this binary supports ({supported}); upgrade datafast")]
    SchemaTooNew { found: i64, supported: i64 },
    #[error("storage backend error: {0}")]
    Backend(String),
}

pub type StoreResult<T> = Result<T, StoreError>;
