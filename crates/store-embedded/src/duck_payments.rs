//! `PaymentStore` and `GoalStore` on DuckDB, and the exchange-rate table the revenue queries
//! convert with. Payments are written on the writer connection in their own transaction and
//! committed before the caller answers (DuckDB syncs its WAL at commit).

use std::collections::{BTreeMap, HashSet};
use std::sync::Arc;

use async_trait::async_trait;
use datafast_core::uuid::format_uuid;
use datafast_core::ObjectId;
use datafast_store::{GoalSelector, GoalStore, PaymentRecord, PaymentSelector, PaymentStore, StoreError, StoreResult};
use duckdb::arrow::array::{ArrayRef, Float64Array, StringArray, TimestampMillisecondArray};
use duckdb::arrow::record_batch::RecordBatch;
use duckdb::types::{TimeUnit, Value};
use duckdb::{params_from_iter, Connection, OptionalExt};

use crate::duck::{backend, DuckEventStore};

const DAY_MS: i64 = 86_400_000;

/// Replaces the stored rates when the binary ships a different version of them.
pub(crate) fn load_rates(conn: &mut Connection) -> StoreResult<()> {
    let rates = datafast_core::fx::rates();
    let version = rates.version();
    let stored: Option<String> =
        conn.query_row("SELECT version FROM fx_rates_version LIMIT 1", [], |r| r.get(0)).optional().map_err(backend)?;
    if stored.as_deref() == Some(version.as_str()) {
        return Ok(());
    }
    let series = rates.series();
    let columns: Vec<(&str, ArrayRef)> = vec![
        ("currency", Arc::new(StringArray::from_iter_values(series.iter().map(|(c, _, _)| *c)))),
        (
            "day",
            Arc::new(TimestampMillisecondArray::from_iter_values(series.iter().map(|(_, d, _)| *d as i64 * DAY_MS))),
        ),
        ("per_eur", Arc::new(Float64Array::from_iter_values(series.iter().map(|(_, _, r)| *r)))),
    ];
    let batch = RecordBatch::try_from_iter(columns).map_err(|e| StoreError::Backend(format!("rate batch: {e}")))?;
    let tx = conn.transaction().map_err(backend)?;
    tx.execute_batch("DELETE FROM fx_rates; DELETE FROM fx_rates_version").map_err(backend)?;
    {
        let mut appender = tx.appender("fx_rates").map_err(backend)?;
        appender.append_record_batch(batch).map_err(backend)?;
        appender.flush().map_err(backend)?;
    }
    tx.execute("INSERT INTO fx_rates_version VALUES (?)", [version]).map_err(backend)?;
    // Stored attribution keeps each payment's amount in euros at the old rates.
    tx.execute("DELETE FROM credited_websites", []).map_err(backend)?;
    tx.commit().map_err(backend)
}

fn ts(ms: i64) -> Value {
    Value::Timestamp(TimeUnit::Millisecond, ms)
}

fn uuid_or_null(id: Option<u128>) -> Value {
    id.map(|v| Value::Text(format_uuid(v))).unwrap_or(Value::Null)
}

/// Stores, in the caller's transaction, each of `payments` whose website does not have its
/// transaction id already (nor an earlier one of the batch); marks what their arrival changes
/// in the stored attribution. Returns how many were stored. The stored keys are read once for
/// the batch: a lookup per payment scans the payments table (the key is composite, so DuckDB
/// does not use its index for it), which made a 790 k-payment load quadratic.
fn insert_payments(tx: &Connection, payments: Vec<PaymentRecord>) -> StoreResult<u64> {
    let mut by_site: BTreeMap<String, Vec<PaymentRecord>> = BTreeMap::new();
    for p in payments {
        by_site.entry(p.website_id.to_hex()).or_default().push(p);
    }
    let mut stored = 0;
    for (website, payments) in by_site {
        let mut known: HashSet<String> = HashSet::new();
        let ids: Vec<&str> = payments.iter().map(|p| p.transaction_id.as_str()).collect();
        for chunk in ids.chunks(IDS_PER_STATEMENT) {
            let mut stmt = tx
                .prepare(&format!(
                    "SELECT transaction_id FROM payments WHERE website_id = ?1 AND transaction_id IN ({})",
                    crate::sqlite_rows::numbered_params(2, chunk.len())
                ))
                .map_err(backend)?;
            let params = std::iter::once(website.as_str()).chain(chunk.iter().copied());
            let rows = stmt.query_map(params_from_iter(params), |r| r.get::<_, String>(0)).map_err(backend)?;
            for id in rows {
                known.insert(id.map_err(backend)?);
            }
        }
        let mut fresh = Vec::new();
        {
            // Appended rather than inserted one statement each (~4 ms apiece on this machine).
            let mut appender = tx.appender("payments").map_err(backend)?;
            for p in payments {
                if known.insert(p.transaction_id.clone()) {
                    fresh.push(p.transaction_id.clone());
                    appender.append_row(duckdb::appender_params_from_iter(row(p))).map_err(backend)?;
                }
            }
            appender.flush().map_err(backend)?;
        }
        if !fresh.is_empty() {
            let fresh: Vec<&str> = fresh.iter().map(String::as_str).collect();
            crate::duck_credit::note_payments_changed(tx, &website, &fresh)?;
        }
        stored += fresh.len() as u64;
    }
    Ok(stored)
}

/// Transaction ids bound per statement where a batch looks them up.
pub(crate) const IDS_PER_STATEMENT: usize = 1_000;

/// A payment's values in the table's column order (id, website_id, ts, provider,
/// transaction_id, kind, amount_minor, currency, minor_per_major, visitor_id, session_id,
/// customer_email, customer_name, customer_id, received_at, checkout_ref, refund_of).
fn row(p: PaymentRecord) -> Vec<Value> {
    vec![
        Value::Text(p.id.to_hex()),
        Value::Text(p.website_id.to_hex()),
        ts(p.timestamp_ms),
        Value::Text(p.provider),
        Value::Text(p.transaction_id),
        Value::Text(p.kind.as_str().to_string()),
        Value::BigInt(p.amount_minor),
        Value::Text(p.currency),
        Value::BigInt(p.minor_per_major),
        uuid_or_null(p.visitor_id),
        uuid_or_null(p.session_id),
        Value::Text(p.customer_email),
        Value::Text(p.customer_name),
        Value::Text(p.customer_id),
        ts(p.received_at_ms),
        Value::Text(p.checkout_ref),
        Value::Text(p.refund_of),
    ]
}

#[async_trait]
impl PaymentStore for DuckEventStore {
    async fn record_payment(&self, p: PaymentRecord) -> StoreResult<bool> {
        self.db
            .run(move |c| {
                let tx = c.transaction().map_err(backend)?;
                let stored = insert_payments(&tx, vec![p])?;
                tx.commit().map_err(backend)?;
                Ok(stored > 0)
            })
            .await
    }

    async fn record_payments(&self, payments: Vec<PaymentRecord>) -> StoreResult<u64> {
        self.db
            .run(move |c| {
                let tx = c.transaction().map_err(backend)?;
                let stored = insert_payments(&tx, payments)?;
                tx.commit().map_err(backend)?;
                Ok(stored)
            })
            .await
    }

    async fn delete_payments(&self, website_id: ObjectId, which: PaymentSelector) -> StoreResult<u64> {
        self.db
            .run(move |c| {
                let mut sql = String::from("DELETE FROM payments WHERE website_id = ?");
                let mut values = vec![Value::Text(website_id.to_hex())];
                let range = match which {
                    PaymentSelector::Transaction(id) => {
                        sql.push_str(" AND transaction_id = ?");
                        values.push(Value::Text(id));
                        None
                    }
                    PaymentSelector::Visitor { visitor_id, range } => {
                        sql.push_str(" AND visitor_id = ?::UUID");
                        values.push(Value::Text(format_uuid(visitor_id)));
                        range
                    }
                    PaymentSelector::Range(range) => Some(range),
                };
                if let Some(r) = range {
                    sql.push_str(" AND ts >= ? AND ts <= ?");
                    values.push(ts(r.start_ms));
                    values.push(ts(r.end_ms));
                }
                let tx = c.transaction().map_err(backend)?;
                let n = tx.execute(&sql, params_from_iter(values)).map_err(backend)?;
                if n > 0 {
                    crate::duck_credit::uncredit(&tx, &website_id.to_hex())?;
                }
                tx.commit().map_err(backend)?;
                Ok(n as u64)
            })
            .await
    }
}

#[async_trait]
impl GoalStore for DuckEventStore {
    async fn delete_goals(&self, website_id: ObjectId, which: GoalSelector) -> StoreResult<u64> {
        self.db
            .run(move |c| {
                let mut sql = String::from(" FROM events WHERE website_id = ? AND kind = 'goal'");
                let mut values = vec![Value::Text(website_id.to_hex())];
                if let Some(v) = which.visitor_id {
                    sql.push_str(" AND visitor_id = ?::UUID");
                    values.push(Value::Text(format_uuid(v)));
                }
                if let Some(name) = which.name {
                    sql.push_str(" AND goal_name = ?");
                    values.push(Value::Text(name));
                }
                if let Some(r) = which.range {
                    sql.push_str(" AND ts >= ? AND ts <= ?");
                    values.push(ts(r.start_ms));
                    values.push(ts(r.end_ms));
                }
                // The days that lose events lose their rollup, in the same transaction.
                let tx = c.transaction().map_err(backend)?;
                let days: Vec<i64> = {
                    let mut stmt = tx
                        .prepare(&format!("SELECT DISTINCT epoch_ms(date_trunc('day', ts)){sql}"))
                        .map_err(backend)?;
                    let rows = stmt.query_map(params_from_iter(values.iter()), |r| r.get(0)).map_err(backend)?;
                    rows.collect::<Result<Vec<_>, _>>().map_err(backend)?
                };
                let n = tx.execute(&format!("DELETE{sql}"), params_from_iter(values.iter())).map_err(backend)?;
                let website = website_id.to_hex();
                for day in days {
                    crate::duck_rollup::forget_day(&tx, &website, day)?;
                }
                if n > 0 {
                    crate::duck_credit::uncredit(&tx, &website)?;
                }
                tx.commit().map_err(backend)?;
                Ok(n as u64)
            })
            .await
    }
}
