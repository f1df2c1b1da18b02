//! `PaymentStore` and `GoalStore` on DuckDB, and the exchange-rate table the revenue queries
//! convert with. Payments are written on the writer connection in their own transaction and
//! committed before the caller answers (DuckDB syncs its WAL at commit).

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

/// Stores `p` in the caller's transaction unless its website has its transaction id already;
/// marks what its arrival changes in the stored attribution. `true` when stored.
fn insert_payment(tx: &Connection, p: PaymentRecord) -> StoreResult<bool> {
    let exists: i64 = tx
        .query_row(
            "SELECT count(*) FROM payments WHERE website_id = ? AND transaction_id = ?",
            [p.website_id.to_hex(), p.transaction_id.clone()],
            |r| r.get(0),
        )
        .map_err(backend)?;
    if exists > 0 {
        return Ok(false);
    }
    let (website, transaction_id) = (p.website_id.to_hex(), p.transaction_id.clone());
    let values = vec![
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
    ];
    tx.execute(
        "INSERT INTO payments (id, website_id, ts, provider, transaction_id, kind, amount_minor, currency,
             minor_per_major, visitor_id, session_id, customer_email, customer_name, customer_id,
             received_at, checkout_ref, refund_of)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::UUID, ?::UUID, ?, ?, ?, ?, ?, ?)",
        params_from_iter(values),
    )
    .map_err(backend)?;
    crate::duck_credit::note_payment_changed(tx, &website, &transaction_id)?;
    Ok(true)
}

#[async_trait]
impl PaymentStore for DuckEventStore {
    async fn record_payment(&self, p: PaymentRecord) -> StoreResult<bool> {
        self.db
            .run(move |c| {
                let tx = c.transaction().map_err(backend)?;
                let stored = insert_payment(&tx, p)?;
                tx.commit().map_err(backend)?;
                Ok(stored)
            })
            .await
    }

    async fn record_payments(&self, payments: Vec<PaymentRecord>) -> StoreResult<u64> {
        self.db
            .run(move |c| {
                let tx = c.transaction().map_err(backend)?;
                let mut stored = 0;
                for p in payments {
                    stored += u64::from(insert_payment(&tx, p)?);
                }
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
