//! Payments in the embedded event store: idempotent on (website, transaction id), deletions by
//! transaction, visitor and range, durable across reopen, with the shipped exchange rates loaded.

use datafast_core::payment::PaymentKind;
use datafast_core::ObjectId;
use datafast_store::sql::{SqlParam, SqlQuery};
use datafast_store::{EventStore, InstantRange, PaymentRecord, PaymentSelector, PaymentStore};
use datafast_store_embedded::{events_path, DuckEventStore};

fn payment(website_id: ObjectId, tx: &str, visitor: Option<u128>, at: i64) -> PaymentRecord {
    PaymentRecord {
        id: ObjectId::generate(),
        website_id,
        timestamp_ms: at,
        provider: "api".into(),
        transaction_id: tx.into(),
        kind: PaymentKind::New,
        amount_minor: 2999,
        currency: "USD".into(),
        minor_per_major: 100,
        visitor_id: visitor,
        session_id: None,
        customer_email: String::new(),
        customer_name: String::new(),
        customer_id: String::new(),
        received_at_ms: at,
        checkout_ref: String::new(),
        refund_of: String::new(),
    }
}

async fn count(store: &DuckEventStore, sql: &str, website: ObjectId) -> i64 {
    let q = SqlQuery { sql: sql.into(), params: vec![SqlParam::Text(website.to_hex())] };
    store.query(q).await.unwrap()[0][0].as_i64()
}

#[tokio::test]
async fn payments_are_idempotent_deletable_and_durable() {
    let dir = tempfile::tempdir().unwrap();
    let (site, other) = (ObjectId::generate(), ObjectId::generate());
    let store = DuckEventStore::open(&events_path(dir.path())).await.unwrap();
    assert!(store.record_payment(payment(site, "tx_1", Some(7), 1_000)).await.unwrap());
    assert!(!store.record_payment(payment(site, "tx_1", Some(8), 2_000)).await.unwrap(), "duplicate");
    assert!(store.record_payment(payment(other, "tx_1", None, 1_000)).await.unwrap(), "per website");
    assert!(store.record_payment(payment(site, "tx_2", Some(7), 5_000)).await.unwrap());
    assert!(store.record_payment(payment(site, "tx_3", None, 9_000)).await.unwrap());
    let by_site = "SELECT count(*) FROM payments WHERE website_id = ?";
    assert_eq!(count(&store, by_site, site).await, 3);

    let tx = PaymentSelector::Transaction("tx_1".into());
    assert_eq!(store.delete_payments(site, tx.clone()).await.unwrap(), 1);
    assert_eq!(store.delete_payments(site, tx).await.unwrap(), 0);
    assert_eq!(count(&store, by_site, other).await, 1, "other websites untouched");
    let range = InstantRange { start_ms: 5_000, end_ms: 9_000 };
    let visitor = PaymentSelector::Visitor { visitor_id: 7, range: Some(range) };
    assert_eq!(store.delete_payments(site, visitor).await.unwrap(), 1);
    drop(store);

    let store = DuckEventStore::open(&events_path(dir.path())).await.unwrap();
    assert_eq!(count(&store, by_site, site).await, 1, "tx_3 survives reopen");
    assert_eq!(store.delete_payments(site, PaymentSelector::Range(range)).await.unwrap(), 1);
    let rates = "SELECT count(*) FROM fx_rates WHERE currency IN ('USD', 'JPY', 'EUR') AND ? <> ''";
    assert!(count(&store, rates, site).await > 10_000, "the shipped ECB rates are loaded");
}

#[tokio::test]
async fn a_batch_of_payments_is_idempotent_too() {
    let dir = tempfile::tempdir().unwrap();
    let site = ObjectId::generate();
    let store = DuckEventStore::open(&events_path(dir.path())).await.unwrap();
    assert!(store.record_payment(payment(site, "tx_1", Some(7), 1_000)).await.unwrap());
    // One already stored, one twice in the batch: two new.
    let batch = vec![
        payment(site, "tx_1", Some(7), 1_000),
        payment(site, "tx_2", Some(7), 2_000),
        payment(site, "tx_3", None, 3_000),
        payment(site, "tx_3", None, 4_000),
    ];
    assert_eq!(store.record_payments(batch).await.unwrap(), 2);
    assert_eq!(count(&store, "SELECT count(*) FROM payments WHERE website_id = ?", site).await, 3);
    drop(store);
    let store = DuckEventStore::open(&events_path(dir.path())).await.unwrap();
    assert_eq!(count(&store, "SELECT count(*) FROM payments WHERE website_id = ?", site).await, 3, "durable");

    // Batches larger than one lookup statement, over two websites: ids already stored in a
    // later chunk, and the same id on the other website, are told apart.
    let other = ObjectId::generate();
    assert!(store.record_payment(payment(site, "bulk_2100", None, 5_000)).await.unwrap());
    let mut batch: Vec<_> = (0..2_500).map(|i| payment(site, &format!("bulk_{i}"), None, 6_000 + i)).collect();
    batch.extend((0..1_200).map(|i| payment(other, &format!("bulk_{i}"), None, 6_000 + i)));
    batch.push(payment(other, "bulk_5", None, 9_000));
    assert_eq!(store.record_payments(batch).await.unwrap(), 2_499 + 1_200);
    assert_eq!(count(&store, "SELECT count(*) FROM payments WHERE website_id = ?", site).await, 3 + 2_500);
    assert_eq!(count(&store, "SELECT count(*) FROM payments WHERE website_id = ?", other).await, 1_200);
}
