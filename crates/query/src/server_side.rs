//! Reads the server-side write endpoints need: the visitor's latest pageview (server-side goals
//! take its page, location and system) and their identify events (profiles are merged on read).

use datafast_core::uuid::parse_uuid;
use datafast_core::ObjectId;
use datafast_store::sql::SqlParam;
use datafast_store::{EventRecord, EventStore, StoreResult};

use crate::sql::Sql;

/// The visitor's latest pageview on the website, None when they have none.
pub async fn latest_pageview(
    store: &dyn EventStore,
    website_id: ObjectId,
    visitor_id: u128,
) -> StoreResult<Option<EventRecord>> {
    let mut q = Sql::default();
    q.push(
        "SELECT epoch_ms(ts), session_id::VARCHAR, visit_number, entry_path, hostname, pathname, referrer,
                referrer_domain, referrer_name, channel, utm_source, utm_medium, utm_campaign, utm_term,
                utm_content, ref_param, source_param, via_param, country, region, city, latitude, longitude,
                browser, browser_version, os, os_version, device, language
         FROM events WHERE website_id = ",
    )
    .bind(SqlParam::Text(website_id.to_hex()))
    .push(" AND visitor_id = ")
    .bind(SqlParam::Text(datafast_core::uuid::format_uuid(visitor_id)))
    .push("::UUID AND kind = 'pageview' ORDER BY ts DESC LIMIT 1");
    let rows = store.query(q.finish()).await?;
    let Some(r) = rows.first() else {
        return Ok(None);
    };
    let t = |i: usize| r[i].as_str().to_string();
    let f = |i: usize| if r[i].is_null() { None } else { Some(r[i].as_f64()) };
    let mut e = EventRecord::new(website_id, r[0].as_i64(), "pageview");
    e.visitor_id = visitor_id;
    e.session_id = parse_uuid(r[1].as_str()).unwrap_or(0);
    e.visit_number = r[2].as_i64() as i32;
    e.entry_path = t(3);
    e.hostname = t(4);
    e.pathname = t(5);
    e.referrer = t(6);
    e.referrer_domain = t(7);
    e.referrer_name = t(8);
    e.channel = t(9);
    e.utm_source = t(10);
    e.utm_medium = t(11);
    e.utm_campaign = t(12);
    e.utm_term = t(13);
    e.utm_content = t(14);
    e.ref_param = t(15);
    e.source_param = t(16);
    e.via_param = t(17);
    e.country = t(18);
    e.region = t(19);
    e.city = t(20);
    e.latitude = f(21);
    e.longitude = f(22);
    e.browser = t(23);
    e.browser_version = t(24);
    e.os = t(25);
    e.os_version = t(26);
    e.device = t(27);
    e.language = t(28);
    Ok(Some(e))
}

/// Properties (JSON object text) of the visitor's identify events, oldest first.
pub async fn identity_events(
    store: &dyn EventStore,
    website_id: ObjectId,
    visitor_id: u128,
) -> StoreResult<Vec<String>> {
    let mut q = Sql::default();
    q.push("SELECT properties FROM events WHERE website_id = ")
        .bind(SqlParam::Text(website_id.to_hex()))
        .push(" AND visitor_id = ")
        .bind(SqlParam::Text(datafast_core::uuid::format_uuid(visitor_id)))
        .push("::UUID AND kind = 'identify' ORDER BY ts");
    Ok(store.query(q.finish()).await?.into_iter().map(|r| r[0].as_str().to_string()).collect())
}
