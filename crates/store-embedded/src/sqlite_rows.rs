//! Row plumbing shared by the SQLite stores: statements that map rows into values, single
//! values, inserts of a column list, and write transactions, with rusqlite's errors turned
//! into `StoreError` in one place.

use datafast_store::{ListQuery, StoreResult};
use rusqlite::types::{FromSql, Value as SqlValue};
use rusqlite::{params_from_iter, Connection, OptionalExtension, Params, Row, Transaction, TransactionBehavior};

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
    format!("INSERT INTO {table} ({cols}) VALUES ({})", numbered_params(1, cols.split(',').count()))
}

/// `?first, ?first+1, …`: `n` numbered parameters (SQLite and DuckDB spell them alike).
pub(crate) fn numbered_params(first: usize, n: usize) -> String {
    (first..first + n).map(|i| format!("?{i}")).collect::<Vec<_>>().join(", ")
}

/// Where a dated list keeps its columns, for `dated_page`.
pub(crate) struct DatedList<'a> {
    /// `SELECT … FROM table alias [JOIN …]`, the columns `map` reads.
    pub select: &'a str,
    /// `table alias`, for the count.
    pub table: &'a str,
    pub ts: &'a str,
    pub id: &'a str,
    /// Columns the search looks in.
    pub searched: &'a [&'a str],
}

/// One page of a dated list (notes, mentions) and how many rows match in all: the rows where
/// `condition` holds (SQL with `?` for `args`), narrowed to the query's range on the time
/// column and to its search (a literal, case-insensitive substring of any searched column),
/// ordered by time then id, in the query's order.
pub(crate) fn dated_page<T>(
    c: &Connection,
    list: DatedList,
    condition: &str,
    mut args: Vec<SqlValue>,
    query: &ListQuery,
    map: impl FnMut(&Row) -> rusqlite::Result<T>,
) -> StoreResult<(Vec<T>, u64)> {
    let mut condition = format!(" WHERE {condition}");
    if let Some(r) = query.range {
        condition.push_str(&format!(" AND {ts} >= ? AND {ts} < ?", ts = list.ts));
        args.push(SqlValue::Integer(r.start_ms));
        args.push(SqlValue::Integer(r.end_ms));
    }
    if let Some(q) = &query.search {
        // instr, not LIKE: the search text is matched literally, `%` and `_` included.
        let any: Vec<String> = list.searched.iter().map(|col| format!("instr(lower({col}), lower(?)) > 0")).collect();
        condition.push_str(&format!(" AND ({})", any.join(" OR ")));
        args.extend(list.searched.iter().map(|_| SqlValue::Text(q.clone())));
    }
    let total: i64 =
        value(c, &format!("SELECT count(*) FROM {}{condition}", list.table), params_from_iter(args.iter()))?;
    let order = if query.ascending { "ASC" } else { "DESC" };
    let sql = format!("{}{condition} ORDER BY {} {order}, {} {order} LIMIT ? OFFSET ?", list.select, list.ts, list.id);
    args.push(SqlValue::Integer(query.limit as i64));
    args.push(SqlValue::Integer(query.offset as i64));
    let rows = all(c, &sql, params_from_iter(args.iter()), map)?;
    Ok((rows, total as u64))
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
