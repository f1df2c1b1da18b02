//! Row plumbing shared by the SQLite stores: statements that map rows into values, single
//! values, inserts of a column list, and write transactions, with rusqlite's errors turned
//! into `StoreError` in one place.

use datafast_store::StoreResult;
use rusqlite::types::FromSql;
use rusqlite::{Connection, OptionalExtension, Params, Row, Transaction, TransactionBehavior};

use crate::sqlite::backend;

/// Every row of a (cached) statement, mapped by `map`.
pub(crate) fn all<T>(
    c: &Connection,
    sql: &str,
    params: impl Params,
    map: impl FnMut(&Row) -> rusqlite::Result<T>,
) -> StoreResult<Vec<T>> {
    let mut stmt = c.prepare_cached(sql).map_err(backend)?;
    let rows = stmt.query_map(params, map).map_err(backend)?;
    rows.collect::<Result<Vec<_>, _>>().map_err(backend)
}

/// The first row of a statement, if it returns any.
pub(crate) fn first<T>(
    c: &Connection,
    sql: &str,
    params: impl Params,
    map: impl FnOnce(&Row) -> rusqlite::Result<T>,
) -> StoreResult<Option<T>> {
    c.query_row(sql, params, map).optional().map_err(backend)
}

/// The single value of a statement that always returns one row (`count(*)`, `EXISTS`).
pub(crate) fn value<T: FromSql>(c: &Connection, sql: &str, params: impl Params) -> StoreResult<T> {
    c.query_row(sql, params, |r| r.get(0)).map_err(backend)
}

/// `INSERT INTO table (cols) VALUES (?1, …, ?n)` for a constant column list.
pub(crate) fn insert_sql(table: &str, cols: &str) -> String {
    let n = cols.split(',').count();
    let placeholders: Vec<String> = (1..=n).map(|i| format!("?{i}")).collect();
    format!("INSERT INTO {table} ({cols}) VALUES ({})", placeholders.join(", "))
}

/// Runs `f` in an IMMEDIATE transaction (the write lock is taken first, so a read followed
/// by a write cannot interleave with another writer) and commits when `f` succeeds; an error
/// rolls everything back.
pub(crate) fn write_tx<T>(c: &mut Connection, f: impl FnOnce(&Transaction) -> StoreResult<T>) -> StoreResult<T> {
    let tx = c.transaction_with_behavior(TransactionBehavior::Immediate).map_err(backend)?;
    let out = f(&tx)?;
    tx.commit().map_err(backend)?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    #[test]
    fn insert_sql_numbers_one_placeholder_per_column() {
        assert_eq!(super::insert_sql("t", "a, b,c"), "INSERT INTO t (a, b,c) VALUES (?1, ?2, ?3)");
    }
}
