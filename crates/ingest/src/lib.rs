//! Ingestion: everything between `POST /api/events` (or an import file) and the event store.
//!
//! An accepted event is enriched first (so the IP address never reaches disk), then appended
//! to the spool and synced before the client gets its 2xx; a writer moves spooled events into
//! the store in batches, storing with each batch the spool position it reaches, so a restart
//! replays exactly the events the store does not have.

pub mod identity;
pub mod pipeline;
pub mod queue;
pub mod referrer;
pub mod spool;
pub mod user_agent;

pub use queue::{IngestConfig, IngestQueue, SubmitError};
