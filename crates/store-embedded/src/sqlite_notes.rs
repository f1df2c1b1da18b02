//! `NoteStore` on SQLite. The author is joined from `users` on every read, so a renamed
//! author shows the new name and a removed one shows as null.

use async_trait::async_trait;
use datafast_core::note::{Note, NoteAuthor};
use datafast_core::ObjectId;
use datafast_store::{NoteInsert, NoteQuery, NoteStore, StoreError, StoreResult};
use rusqlite::types::Value as SqlValue;
use rusqlite::{params, Connection, OptionalExtension, Row};

use crate::sqlite::{backend, id_col, SqliteMetaStore};
use crate::sqlite_rows::{dated_page, first, value, write_tx, DatedList};

const NOTE_SELECT: &str = "SELECT n.id, n.website_id, n.author_id, n.text, n.ts, n.idempotency_key, n.created_at,
        n.updated_at, u.id, u.name, u.image
 FROM notes n LEFT JOIN users u ON u.id = n.author_id";

fn note_row(row: &Row) -> rusqlite::Result<Note> {
    let author = match row.get::<_, Option<String>>(8)? {
        Some(_) => Some(NoteAuthor { id: id_col(row, 8)?, name: row.get(9)?, image: row.get(10)? }),
        None => None,
    };
    Ok(Note {
        id: id_col(row, 0)?,
        website_id: id_col(row, 1)?,
        author_id: id_col(row, 2)?,
        author,
        text: row.get(3)?,
        timestamp_ms: row.get(4)?,
        idempotency_key: row.get(5)?,
        created_at: row.get(6)?,
        updated_at: row.get(7)?,
    })
}

fn read_note(c: &Connection, website_id: ObjectId, id: ObjectId) -> StoreResult<Option<Note>> {
    first(
        c,
        &format!("{NOTE_SELECT} WHERE n.website_id = ?1 AND n.id = ?2"),
        [website_id.to_hex(), id.to_hex()],
        note_row,
    )
}

#[async_trait]
impl NoteStore for SqliteMetaStore {
    async fn create_note(&self, note: Note, max: usize) -> StoreResult<NoteInsert> {
        self.db
            .run(move |c| {
                write_tx(c, |tx| {
                    if let Some(key) = &note.idempotency_key {
                        let existing: Option<String> = tx
                            .query_row(
                                "SELECT id FROM notes WHERE website_id = ?1 AND author_id = ?2 AND idempotency_key = ?3",
                                [note.website_id.to_hex(), note.author_id.to_hex(), key.clone()],
                                |r| r.get(0),
                            )
                            .optional()
                            .map_err(backend)?;
                        if let Some(id) = existing {
                            let id = id.parse().map_err(|_| StoreError::Backend("corrupt note id".into()))?;
                            let found = read_note(tx, note.website_id, id)?.ok_or(StoreError::NotFound)?;
                            return Ok(NoteInsert::Existing(found));
                        }
                    }
                    let count: i64 = value(tx, "SELECT count(*) FROM notes WHERE website_id = ?1", [note.website_id.to_hex()])?;
                    if count as usize >= max {
                        return Err(StoreError::LimitReached(max));
                    }
                    tx.execute(
                        "INSERT INTO notes (id, website_id, author_id, text, ts, idempotency_key, created_at, updated_at)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                        params![
                            note.id.to_hex(),
                            note.website_id.to_hex(),
                            note.author_id.to_hex(),
                            note.text,
                            note.timestamp_ms,
                            note.idempotency_key,
                            note.created_at,
                            note.updated_at
                        ],
                    )
                    .map_err(backend)?;
                    let created = read_note(tx, note.website_id, note.id)?.ok_or(StoreError::NotFound)?;
                    Ok(NoteInsert::Created(created))
                })
            })
            .await
    }

    async fn notes(&self, website_id: ObjectId, query: NoteQuery) -> StoreResult<(Vec<Note>, u64)> {
        self.db
            .run(move |c| {
                let list =
                    DatedList { select: NOTE_SELECT, table: "notes n", ts: "n.ts", id: "n.id", searched: &["n.text"] };
                dated_page(c, list, "n.website_id = ?", vec![SqlValue::Text(website_id.to_hex())], &query, note_row)
            })
            .await
    }

    async fn note(&self, website_id: ObjectId, id: ObjectId) -> StoreResult<Option<Note>> {
        self.db.run(move |c| read_note(c, website_id, id)).await
    }

    async fn update_note(
        &self,
        website_id: ObjectId,
        id: ObjectId,
        text: String,
        timestamp_ms: i64,
        updated_at: i64,
    ) -> StoreResult<Option<Note>> {
        self.db
            .run(move |c| {
                let n = c
                    .execute(
                        "UPDATE notes SET text = ?3, ts = ?4, updated_at = ?5 WHERE website_id = ?1 AND id = ?2",
                        params![website_id.to_hex(), id.to_hex(), text, timestamp_ms, updated_at],
                    )
                    .map_err(backend)?;
                if n == 0 {
                    return Ok(None);
                }
                read_note(c, website_id, id)
            })
            .await
    }

    async fn delete_note(&self, website_id: ObjectId, id: ObjectId) -> StoreResult<bool> {
        self.db
            .run(move |c| {
                let n = c
                    .execute("DELETE FROM notes WHERE website_id = ?1 AND id = ?2", [website_id.to_hex(), id.to_hex()])
                    .map_err(backend)?;
                Ok(n > 0)
            })
            .await
    }
}
