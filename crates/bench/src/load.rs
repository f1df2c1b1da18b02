//! Fills an event store with generated traffic quickly, for the query benchmark: the same
//! enrichment as the pipeline (user agent, referrer → source and channel, UTM, per-session
//! source and entry page), appended in row-group batches without the HTTP or import layers.

use std::collections::HashMap;
use std::sync::Arc;

use datafast_core::ObjectId;
use datafast_store::{EventRecord, EventStore, SessionSource};
use url::Url;

use crate::traffic::{Traffic, USER_AGENTS};

const BATCH: usize = 122_880;

pub async fn fill(
    store: Arc<dyn EventStore>,
    website: ObjectId,
    domain: &str,
    traffic: Traffic,
) -> anyhow::Result<u64> {
    let mut sessions: HashMap<u128, (String, SessionSource, i64)> = HashMap::new();
    let mut batch = Vec::with_capacity(BATCH);
    let mut total = 0u64;
    let mut last_sweep = 0i64;
    for e in traffic {
        let url = Url::parse(&e.url)?;
        let mut r = EventRecord::new(website, e.ts_ms, if e.kind == "goal" { "goal" } else { e.kind });
        r.visitor_id = e.visitor;
        r.session_id = e.session;
        r.visit_number = e.visit_number as i32;
        r.hostname = url.host_str().unwrap_or("").to_string();
        r.pathname = url.path().to_string();
        let agent = datafast_ingest::user_agent::parse(USER_AGENTS[e.ua]);
        r.browser = agent.browser;
        r.browser_version = agent.browser_version;
        r.os = agent.os;
        r.os_version = agent.os_version;
        r.device = agent.device;
        r.country = e.country.to_string();
        r.language = e.language.to_string();
        match e.kind {
            "goal" => {
                r.goal_name = e.goal.to_string();
                r.properties = format!(r#"{{"plan":"{}"}}"#, e.goal_plan);
            }
            "external_link" => r.properties = format!(r#"{{"url":"{}"}}"#, e.link),
            _ => {}
        }
        let (entry, source, _) = sessions.entry(e.session).or_insert_with(|| {
            let param = |name: &str| {
                url.query_pairs().find(|(k, _)| k == name).map(|(_, v)| v.into_owned()).unwrap_or_default()
            };
            let mut first = EventRecord::new(website, 0, "pageview");
            first.utm_source = param("utm_source");
            first.utm_medium = param("utm_medium");
            first.utm_campaign = param("utm_campaign");
            let referrer = Url::parse(&e.referrer).ok();
            let s = datafast_ingest::referrer::classify(
                referrer.as_ref(),
                domain,
                &first.utm_source,
                &first.utm_medium,
                false,
            );
            first.referrer = e.referrer.clone();
            first.referrer_domain = s.domain;
            first.referrer_name = s.name;
            first.channel = s.channel.as_str().to_string();
            (url.path().to_string(), SessionSource::of(&first), e.ts_ms)
        });
        r.entry_path = entry.clone();
        source.apply_to(&mut r);
        batch.push(r);
        if batch.len() >= BATCH {
            total +=
                store.append(Arc::new(std::mem::replace(&mut batch, Vec::with_capacity(BATCH))), None).await? as u64;
        }
        // Sessions idle for an hour are over: keep the map to the sessions in progress.
        if e.ts_ms - last_sweep > 3_600_000 {
            sessions.retain(|_, (_, _, started)| e.ts_ms - *started < 6 * 3_600_000);
            last_sweep = e.ts_ms;
        }
    }
    if !batch.is_empty() {
        total += store.append(Arc::new(batch), None).await? as u64;
    }
    Ok(total)
}
