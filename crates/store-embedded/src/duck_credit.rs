//! Keeping the stored revenue attribution (`payment_credit`, migration 9) from ever being read
//! stale. The planner's upkeep writes a website's rows and lists it in `credited_websites`;
//! readers use the rows only while it is listed, and recompute the payments of the visitors
//! in `credit_dirty` from the events. Each change that can move an attribution marks it here,
//! in the change's own transaction, so a reader's snapshot holds either the old data with
//! valid rows or the new data with the mark:
//! - a payment deleted, deleted goals, new shipped rates: the website is no longer credited
//!   (all recomputed);
//! - a payment written or given links: it and the other payments of its provider customer
//!   (they take the visitor of the customer's first linked payment) are pending; so are the
//!   payments a tracker `payment` event can link (by the checkout or the email it names) and
//!   their customers' payments;
//! - any other event of a visitor some payment is linked to: that visitor is dirty (the event
//!   may start an earlier session, name a source, or be the landing event of a credited one).

use std::collections::{BTreeMap, BTreeSet};

use datafast_core::uuid::format_uuid;
use datafast_core::ObjectId;
use datafast_store::{EventRecord, StoreResult, CHECKOUT_KEYS};
use duckdb::{params, Connection};

use crate::duck::backend;

/// The website's stored attribution is no longer valid as a whole.
pub(crate) fn uncredit(conn: &Connection, website: &str) -> StoreResult<()> {
    conn.execute("DELETE FROM credited_websites WHERE website_id = ?", params![website]).map_err(backend)?;
    Ok(())
}

/// Called in the append's transaction.
pub(crate) fn note_appended_events(conn: &Connection, events: &[EventRecord]) -> StoreResult<()> {
    let mut by_site: BTreeMap<ObjectId, BTreeSet<u128>> = BTreeMap::new();
    for e in events {
        by_site.entry(e.website_id).or_default().insert(e.visitor_id);
        if e.kind == "payment" {
            note_payment_event(conn, &e.website_id.to_hex(), &e.properties)?;
        }
    }
    for (site, visitors) in by_site {
        let website = site.to_hex();
        let list = visitors.into_iter().map(format_uuid).collect::<Vec<_>>().join(",");
        conn.execute(
            "INSERT OR IGNORE INTO credit_dirty
             SELECT DISTINCT ?1, payer FROM payment_credit
             WHERE website_id = ?1 AND payer IN (SELECT CAST(unnest(string_split(?2, ',')) AS UUID))
               AND EXISTS (SELECT 1 FROM credited_websites WHERE website_id = ?1)",
            params![website, list],
        )
        .map_err(backend)?;
    }
    Ok(())
}

/// Marks pending, if the website (`?1`) is credited (otherwise everything is recomputed
/// anyway), the payments `hit` selects (a CTE over `payments` with `id, provider,
/// customer_id`, written after `ctes`) and the other payments of their provider customers:
/// `linked_payments` gives a customer's unlinked payments the visitor of its first linked one.
fn pend_with_customers(conn: &Connection, ctes: &str, hit: &str, rest: &[&str], website: &str) -> StoreResult<()> {
    // Nothing is pending on a website whose attribution is not stored yet (it is computed whole
    // when it is): skip the statement, which reads every payment of the website (a 100 M-event
    // benchmark load recording 790 k payments one by one spent hours in it).
    let credited: i64 = conn
        .query_row("SELECT count(*) FROM credited_websites WHERE website_id = ?", [website], |r| r.get(0))
        .map_err(backend)?;
    if credited == 0 {
        return Ok(());
    }
    conn.execute(
        &format!(
            "INSERT OR IGNORE INTO credit_pending
             WITH {ctes}hit AS ({hit})
             SELECT website_id, id FROM payments
             WHERE website_id = ?1
               AND (id IN (SELECT id FROM hit)
                    OR EXISTS (SELECT 1 FROM hit h WHERE h.customer_id <> '' AND h.provider = payments.provider
                                                       AND h.customer_id = payments.customer_id))"
        ),
        duckdb::params_from_iter(std::iter::once(website).chain(rest.iter().copied())),
    )
    .map_err(backend)?;
    Ok(())
}

/// A payment written or given links (`transaction_id`): it and its customer's payments.
pub(crate) fn note_payment_changed(conn: &Connection, website: &str, transaction_id: &str) -> StoreResult<()> {
    note_payments_changed(conn, website, &[transaction_id])
}

/// `note_payment_changed` for several payments of a website at once.
pub(crate) fn note_payments_changed(conn: &Connection, website: &str, transaction_ids: &[&str]) -> StoreResult<()> {
    for ids in transaction_ids.chunks(crate::duck_payments::IDS_PER_STATEMENT) {
        let hit = format!(
            "SELECT id, provider, customer_id FROM payments WHERE website_id = ?1 AND transaction_id IN ({})",
            crate::sqlite_rows::numbered_params(2, ids.len())
        );
        pend_with_customers(conn, "", &hit, ids, website)?;
    }
    Ok(())
}

/// A tracker `payment` event: the payments it can link (a checkout it names, the email it
/// names; the values are read from the stored properties exactly as `linked_payments` reads
/// them) and their customers' payments.
fn note_payment_event(conn: &Connection, website: &str, properties: &str) -> StoreResult<()> {
    let refs: Vec<String> = CHECKOUT_KEYS
        .iter()
        .map(|(_, key)| format!(r#"SELECT regexp_extract(?2, '"{key}":"([^"]*)"', 1) AS r"#))
        .collect();
    let ctes = format!("refs AS ({}), ", refs.join(" UNION ALL "));
    let hit = r#"SELECT id, provider, customer_id FROM payments
                 WHERE website_id = ?1
                   AND ((checkout_ref <> '' AND checkout_ref IN (SELECT r FROM refs))
                        OR (customer_email <> ''
                            AND customer_email = lower(regexp_extract(?2, '"email":"([^"]*)"', 1))))"#;
    pend_with_customers(conn, &ctes, hit, &[properties], website)
}
