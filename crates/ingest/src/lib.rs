//! Ingestion: everything between `POST /api/events` (or an import file) and the event store.
//!
//! An accepted event is enriched first (so the IP address never reaches disk), then appended
//! to the spool and synced before the client gets its 2xx; a writer moves spooled events into
//! the store in batches, storing with each batch the spool position it reaches, so a restart
//! replays exactly the events the store does not have. Imports take the same enrichment steps
//! and append to the store directly in row-group-sized batches.

pub mod geo;
pub mod identity;
pub mod import;
pub mod payments;
pub mod pipeline;
pub mod queue;
pub mod referrer;
pub mod server_side;
pub mod sessions;
pub mod spool;
pub mod user_agent;

pub use queue::{IngestConfig, IngestQueue, SubmitError};
