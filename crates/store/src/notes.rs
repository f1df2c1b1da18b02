//! Manual notes (chart annotations) and their idempotency keys.

use async_trait::async_trait;
use datafast_core::note::Note;
use datafast_core::query::TimeRange;
use datafast_core::ObjectId;

use crate::StoreResult;

/// What a dated list (notes, mentions) reads: a time range, a case-insensitive text search,
/// one page, an order.
#[derive(Debug, Clone)]
pub struct ListQuery {
    pub range: Option<TimeRange>,
    pub search: Option<String>,
    pub limit: u32,
    pub offset: u32,
    /// Oldest first when true; newest first otherwise.
    pub ascending: bool,
}

pub type NoteQuery = ListQuery;

/// The outcome of a create: a new note, or the note an earlier request with the same
/// idempotency key (same website, same author) created.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NoteInsert {
    Created(Note),
    Existing(Note),
}

#[async_trait]
pub trait NoteStore: Send + Sync + 'static {
    /// Inserts the note unless its idempotency key is already held by a note of the same
    /// website and author (that note is returned), atomically; `LimitReached` when the website
    /// already has `max` notes.
    async fn create_note(&self, note: Note, max: usize) -> StoreResult<NoteInsert>;
    /// One page of the website's notes by timestamp, and how many match in all.
    async fn notes(&self, website_id: ObjectId, query: NoteQuery) -> StoreResult<(Vec<Note>, u64)>;
    async fn note(&self, website_id: ObjectId, id: ObjectId) -> StoreResult<Option<Note>>;
    /// Replaces text and timestamp; None when the note is not on that website.
    async fn update_note(
        &self,
        website_id: ObjectId,
        id: ObjectId,
        text: String,
        timestamp_ms: i64,
        updated_at: i64,
    ) -> StoreResult<Option<Note>>;
    async fn delete_note(&self, website_id: ObjectId, id: ObjectId) -> StoreResult<bool>;
}
