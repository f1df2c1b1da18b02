//! Crawler-hit reads (`bot_hits`): per-crawler totals, time buckets, pages, and account usage.

use datafast_core::query::TimeRange;
use datafast_core::ObjectId;
use datafast_store::sql::SqlParam;
use datafast_store::{EventStore, StoreResult};

use crate::sql::Sql;

/// Which hits a bot-traffic read counts.
#[derive(Debug, Clone)]
pub struct BotScope {
    pub website_id: ObjectId,
    pub range: Option<TimeRange>,
    pub category: Option<String>,
    pub company: Option<String>,
    pub crawler_id: Option<String>,
    /// `Some(true)`: IP-verified only; `Some(false)`: user-agent-only only.
    pub verified: Option<bool>,
    /// Case-insensitive substring of the path (`pageSearch`).
    pub path_search: Option<String>,
}

fn where_clause(q: &mut Sql, s: &BotScope) {
    q.push(" WHERE website_id = ").bind(SqlParam::Text(s.website_id.to_hex()));
    if let Some(r) = s.range {
        q.push(" AND ts >= ").bind(SqlParam::TimestampMs(r.start_ms));
        q.push(" AND ts < ").bind(SqlParam::TimestampMs(r.end_ms));
    }
    if let Some(c) = &s.category {
        q.push(" AND category = ").bind(SqlParam::Text(c.clone()));
    }
    if let Some(c) = &s.company {
        q.push(" AND company = ").bind(SqlParam::Text(c.clone()));
    }
    if let Some(c) = &s.crawler_id {
        q.push(" AND crawler_id = ").bind(SqlParam::Text(c.clone()));
    }
    if let Some(v) = s.verified {
        q.push(if v { " AND verified" } else { " AND NOT verified" });
    }
    if let Some(p) = &s.path_search {
        q.push(" AND contains(lower(path), ").bind(SqlParam::Text(p.to_lowercase())).push(")");
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct CrawlerHits {
    pub crawler_id: String,
    pub company: String,
    pub category: String,
    pub hits: i64,
    pub verified_hits: i64,
    pub pages: i64,
}

/// Hits per crawler in scope, most first.
pub async fn bot_crawlers(store: &dyn EventStore, scope: &BotScope) -> StoreResult<Vec<CrawlerHits>> {
    let mut q = Sql::default();
    q.push(
        "SELECT crawler_id, any_value(company), any_value(category), count(*),
                count(*) FILTER (WHERE verified), count(DISTINCT path) FROM bot_hits",
    );
    where_clause(&mut q, scope);
    q.push(" GROUP BY crawler_id ORDER BY count(*) DESC, crawler_id");
    Ok(store
        .query(q.finish())
        .await?
        .into_iter()
        .map(|r| CrawlerHits {
            crawler_id: r[0].as_str().to_string(),
            company: r[1].as_str().to_string(),
            category: r[2].as_str().to_string(),
            hits: r[3].as_i64(),
            verified_hits: r[4].as_i64(),
            pages: r[5].as_i64(),
        })
        .collect())
}

/// Distinct paths in scope.
pub async fn bot_page_count(store: &dyn EventStore, scope: &BotScope) -> StoreResult<i64> {
    let mut q = Sql::default();
    q.push("SELECT count(DISTINCT path) FROM bot_hits");
    where_clause(&mut q, scope);
    Ok(store.query(q.finish()).await?.first().map(|r| r[0].as_i64()).unwrap_or(0))
}

/// Hits per (bucket index, crawler) for the given `[start, end)` buckets; crawlers listed in
/// `hidden` are left out (chart-only hiding).
pub async fn bot_buckets(
    store: &dyn EventStore,
    scope: &BotScope,
    buckets: &[(i64, i64)],
    hidden: &[String],
) -> StoreResult<Vec<(usize, String, String, String, i64)>> {
    if buckets.is_empty() {
        return Ok(Vec::new());
    }
    let mut q = Sql::default();
    q.push("WITH b(i, s, e) AS (VALUES ");
    for (i, (s, e)) in buckets.iter().enumerate() {
        if i > 0 {
            q.push(", ");
        }
        q.push("(").bind(SqlParam::Int(i as i64)).push(", ");
        q.bind(SqlParam::TimestampMs(*s)).push("::TIMESTAMP, ").bind(SqlParam::TimestampMs(*e)).push("::TIMESTAMP)");
    }
    q.push("), h AS (SELECT ts, crawler_id, company, category FROM bot_hits");
    where_clause(&mut q, scope);
    for id in hidden {
        q.push(" AND crawler_id <> ").bind(SqlParam::Text(id.clone()));
    }
    q.push(
        ") SELECT b.i, h.crawler_id, any_value(h.company), any_value(h.category), count(*)
         FROM h JOIN b ON h.ts >= b.s AND h.ts < b.e GROUP BY b.i, h.crawler_id ORDER BY b.i, h.crawler_id",
    );
    Ok(store
        .query(q.finish())
        .await?
        .into_iter()
        .map(|r| {
            (
                r[0].as_i64() as usize,
                r[1].as_str().to_string(),
                r[2].as_str().to_string(),
                r[3].as_str().to_string(),
                r[4].as_i64(),
            )
        })
        .collect())
}

#[derive(Debug, Clone, PartialEq)]
pub struct PageHits {
    pub path: String,
    pub hits: i64,
    pub crawlers: i64,
    pub companies: i64,
    pub last_hit_ms: i64,
}

/// Paths by hits (most first, then path), one page of them, and how many paths there are.
pub async fn bot_pages(
    store: &dyn EventStore,
    scope: &BotScope,
    limit: u32,
    offset: u32,
) -> StoreResult<(Vec<PageHits>, i64)> {
    let mut q = Sql::default();
    q.push(
        "SELECT path, count(*), count(DISTINCT crawler_id), count(DISTINCT company), epoch_ms(max(ts)),
                count(*) OVER () FROM bot_hits",
    );
    where_clause(&mut q, scope);
    q.push(" GROUP BY path ORDER BY count(*) DESC, path LIMIT ").bind(SqlParam::Int(limit as i64));
    q.push(" OFFSET ").bind(SqlParam::Int(offset as i64));
    let rows = store.query(q.finish()).await?;
    let total = match rows.first() {
        Some(r) => r[5].as_i64(),
        None if offset > 0 => bot_page_count(store, scope).await?,
        None => 0,
    };
    let pages = rows
        .into_iter()
        .map(|r| PageHits {
            path: r[0].as_str().to_string(),
            hits: r[1].as_i64(),
            crawlers: r[2].as_i64(),
            companies: r[3].as_i64(),
            last_hit_ms: r[4].as_i64(),
        })
        .collect();
    Ok((pages, total))
}

/// Stored hits and allowance drops per website in `[start, end)`, for the given websites.
pub async fn bot_usage(
    store: &dyn EventStore,
    website_ids: &[ObjectId],
    range: TimeRange,
) -> StoreResult<Vec<(ObjectId, i64, i64)>> {
    if website_ids.is_empty() {
        return Ok(Vec::new());
    }
    let mut q = Sql::default();
    let list = |q: &mut Sql| {
        q.push(" AND website_id IN (");
        for (i, id) in website_ids.iter().enumerate() {
            if i > 0 {
                q.push(", ");
            }
            q.bind(SqlParam::Text(id.to_hex()));
        }
        q.push(")");
    };
    q.push("WITH hits AS (SELECT website_id, count(*) AS n FROM bot_hits WHERE ts >= ")
        .bind(SqlParam::TimestampMs(range.start_ms))
        .push(" AND ts < ")
        .bind(SqlParam::TimestampMs(range.end_ms));
    list(&mut q);
    q.push(" GROUP BY website_id), drops AS (SELECT website_id, count(*) AS n FROM bot_hit_drops WHERE ts >= ")
        .bind(SqlParam::TimestampMs(range.start_ms))
        .push(" AND ts < ")
        .bind(SqlParam::TimestampMs(range.end_ms));
    list(&mut q);
    q.push(
        " GROUP BY website_id)
         SELECT coalesce(hits.website_id, drops.website_id), coalesce(hits.n, 0), coalesce(drops.n, 0)
         FROM hits FULL OUTER JOIN drops ON hits.website_id = drops.website_id",
    );
    let mut out = Vec::new();
    for r in store.query(q.finish()).await? {
        if let Ok(id) = r[0].as_str().parse() {
            out.push((id, r[1].as_i64(), r[2].as_i64()));
        }
    }
    Ok(out)
}
