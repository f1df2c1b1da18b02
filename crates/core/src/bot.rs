//! AI and search crawlers: the catalog shipped in `data/crawlers.tsv`, user-agent matching, and
//! the per-website bot-traffic settings (§3.11 B1/B2) with their validation.
//!
//! No published IP ranges are shipped, so a hit is never IP-verified: every stored hit has
//! verification `user_agent_only` (see docs/api-decisions.md, "Bot traffic").

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Category {
    AiCrawler,
    AnswerFetch,
    SearchIndex,
    Training,
}

impl Category {
    pub const ALL: [Category; 4] =
        [Category::AiCrawler, Category::AnswerFetch, Category::SearchIndex, Category::Training];

    pub fn as_str(self) -> &'static str {
        match self {
            Category::AiCrawler => "ai_crawler",
            Category::AnswerFetch => "answer_fetch",
            Category::SearchIndex => "search_index",
            Category::Training => "training",
        }
    }

    pub fn parse(raw: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.as_str() == raw)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Crawler {
    pub id: String,
    pub name: String,
    pub company: String,
    pub category: Category,
    /// Matched case-insensitively anywhere in the user agent.
    pub token: String,
}

const CATALOG: &str = include_str!("../data/crawlers.tsv");

fn parse_catalog(text: &str) -> Vec<Crawler> {
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|line| {
            let cols: Vec<&str> = line.split('\t').collect();
            assert_eq!(cols.len(), 5, "crawler catalog line needs 5 tab-separated columns: {line}");
            Crawler {
                id: cols[0].to_string(),
                name: cols[1].to_string(),
                company: cols[2].to_string(),
                category: Category::parse(cols[3]).unwrap_or_else(|| panic!("unknown crawler category in: {line}")),
                token: cols[4].to_ascii_lowercase(),
            }
        })
        .collect()
}

/// Every known crawler, in catalog order.
pub fn catalog() -> &'static [Crawler] {
    static CRAWLERS: OnceLock<Vec<Crawler>> = OnceLock::new();
    CRAWLERS.get_or_init(|| parse_catalog(CATALOG))
}

pub fn crawler(id: &str) -> Option<&'static Crawler> {
    catalog().iter().find(|c| c.id == id)
}

pub fn is_company(name: &str) -> bool {
    catalog().iter().any(|c| c.company == name)
}

/// The crawler a user agent names; the longest matching token wins, so a specific agent
/// (`Applebot-Extended`, `Claude-User`) is not taken for a shorter one it contains.
pub fn match_user_agent(user_agent: &str) -> Option<&'static Crawler> {
    let ua = user_agent.to_ascii_lowercase();
    catalog().iter().filter(|c| ua.contains(&c.token)).max_by_key(|c| c.token.len())
}

pub const GROUP_BY: [&str; 3] = ["crawlers", "companies", "categories"];
/// Bounds every list in the settings (the catalog is far smaller; page filters are free text).
pub const MAX_LIST: usize = 200;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct BotSettings {
    /// Shown nowhere in charts, still stored and counted.
    pub hidden_crawlers: Vec<String>,
    /// Dropped at ingestion, before storage.
    pub excluded_crawler_ids: Vec<String>,
    pub verified_only: bool,
    pub require_auth_token: bool,
    pub hide_dashboard_card: bool,
    pub group_by: String,
    pub page_filter_ids: Vec<String>,
}

impl Default for BotSettings {
    fn default() -> Self {
        BotSettings {
            hidden_crawlers: Vec::new(),
            excluded_crawler_ids: Vec::new(),
            verified_only: false,
            require_auth_token: false,
            hide_dashboard_card: false,
            group_by: "crawlers".into(),
            page_filter_ids: Vec::new(),
        }
    }
}

/// A B2 request, already type-checked; `apply` validates the values against the catalog.
#[derive(Debug, Clone, Default)]
pub struct SettingsPatch {
    pub verified_only: Option<bool>,
    pub require_auth_token: Option<bool>,
    pub disable_companies: Option<Vec<String>>,
    pub enable_companies: Option<Vec<String>>,
    pub disable_crawler_ids: Option<Vec<String>>,
    pub enable_crawler_ids: Option<Vec<String>>,
    pub excluded_crawler_ids: Option<Vec<String>>,
    pub hidden_crawlers: Option<Vec<String>>,
    pub hide_dashboard_card: Option<bool>,
    pub group_by: Option<String>,
    pub page_filter_ids: Option<Vec<String>>,
}

fn check_ids(field: &str, ids: &[String]) -> Result<(), String> {
    match ids.iter().find(|id| crawler(id).is_none()) {
        Some(bad) => Err(format!("`{field}`: unknown crawler id \"{bad}\" (see the catalog in the settings)")),
        None => Ok(()),
    }
}

fn check_companies(field: &str, names: &[String]) -> Result<(), String> {
    match names.iter().find(|n| !is_company(n)) {
        Some(bad) => Err(format!("`{field}`: unknown company \"{bad}\" (exact names from the catalog)")),
        None => Ok(()),
    }
}

fn dedup(mut list: Vec<String>) -> Vec<String> {
    let mut seen = Vec::with_capacity(list.len());
    list.retain(|x| {
        if seen.contains(x) {
            false
        } else {
            seen.push(x.clone());
            true
        }
    });
    list
}

impl SettingsPatch {
    /// The settings after this change. `has_token` tells whether a `dfbot_` token exists:
    /// requiring one before it is created would lock every crawler hit out.
    pub fn apply(&self, current: &BotSettings, has_token: bool) -> Result<BotSettings, String> {
        let incremental = self.disable_companies.is_some()
            || self.enable_companies.is_some()
            || self.disable_crawler_ids.is_some()
            || self.enable_crawler_ids.is_some();
        if incremental && self.excluded_crawler_ids.is_some() {
            return Err("`excludedCrawlerIds` replaces the whole list: do not combine it with \
                        disable/enable Companies/CrawlerIds"
                .into());
        }
        for (field, list) in [
            ("disableCompanies", &self.disable_companies),
            ("enableCompanies", &self.enable_companies),
            ("disableCrawlerIds", &self.disable_crawler_ids),
            ("enableCrawlerIds", &self.enable_crawler_ids),
            ("excludedCrawlerIds", &self.excluded_crawler_ids),
            ("hiddenCrawlers", &self.hidden_crawlers),
            ("pageFilterIds", &self.page_filter_ids),
        ] {
            if list.as_ref().is_some_and(|l| l.len() > MAX_LIST) {
                return Err(format!("`{field}` has more than {MAX_LIST} entries"));
            }
        }
        let mut next = current.clone();
        if let Some(ids) = &self.excluded_crawler_ids {
            check_ids("excludedCrawlerIds", ids)?;
            next.excluded_crawler_ids = dedup(ids.clone());
        }
        let company_ids = |names: &[String]| -> Vec<String> {
            catalog().iter().filter(|c| names.contains(&c.company)).map(|c| c.id.clone()).collect()
        };
        if let Some(names) = &self.disable_companies {
            check_companies("disableCompanies", names)?;
            next.excluded_crawler_ids.extend(company_ids(names));
        }
        if let Some(ids) = &self.disable_crawler_ids {
            check_ids("disableCrawlerIds", ids)?;
            next.excluded_crawler_ids.extend(ids.iter().cloned());
        }
        if let Some(names) = &self.enable_companies {
            check_companies("enableCompanies", names)?;
            let ids = company_ids(names);
            next.excluded_crawler_ids.retain(|id| !ids.contains(id));
        }
        if let Some(ids) = &self.enable_crawler_ids {
            check_ids("enableCrawlerIds", ids)?;
            next.excluded_crawler_ids.retain(|id| !ids.contains(id));
        }
        next.excluded_crawler_ids = dedup(next.excluded_crawler_ids);
        if let Some(ids) = &self.hidden_crawlers {
            check_ids("hiddenCrawlers", ids)?;
            next.hidden_crawlers = dedup(ids.clone());
        }
        if let Some(ids) = &self.page_filter_ids {
            if ids.iter().any(|s| s.is_empty() || s.len() > 500) {
                return Err("`pageFilterIds` entries must be 1 to 500 characters".into());
            }
            next.page_filter_ids = dedup(ids.clone());
        }
        if let Some(g) = &self.group_by {
            if !GROUP_BY.contains(&g.as_str()) {
                return Err(format!("`groupBy` must be one of {}", GROUP_BY.join(", ")));
            }
            next.group_by = g.clone();
        }
        if let Some(v) = self.verified_only {
            next.verified_only = v;
        }
        if let Some(v) = self.hide_dashboard_card {
            next.hide_dashboard_card = v;
        }
        if let Some(v) = self.require_auth_token {
            if v && !has_token {
                return Err("Create a bot-traffic token first (POST …/bot-traffic/token) before requiring it".into());
            }
            next.require_auth_token = v;
        }
        Ok(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn catalog_parses_with_unique_ids() {
        let all = catalog();
        assert!(all.len() > 20);
        for c in all {
            assert_eq!(all.iter().filter(|o| o.id == c.id).count(), 1, "{}", c.id);
        }
    }

    #[test]
    fn longest_token_wins() {
        let ua = "Mozilla/5.0 (compatible; Applebot-Extended/0.1; +http://www.apple.com/go/applebot)";
        assert_eq!(match_user_agent(ua).unwrap().id, "applebot-extended");
        assert_eq!(match_user_agent("Mozilla/5.0 (compatible; Applebot/0.1)").unwrap().id, "applebot");
        let ua = "Mozilla/5.0 AppleWebKit/537.36; compatible; ChatGPT-User/1.0; +https://openai.com/bot";
        assert_eq!(match_user_agent(ua).unwrap().company, "OpenAI");
        assert!(match_user_agent("Mozilla/5.0 (X11; Linux x86_64) Firefox/120.0").is_none());
    }

    #[test]
    fn company_toggles_and_replacement_do_not_mix() {
        let s = BotSettings::default();
        let p = SettingsPatch { disable_companies: Some(vec!["OpenAI".into()]), ..Default::default() };
        let s = p.apply(&s, false).unwrap();
        assert_eq!(s.excluded_crawler_ids, vec!["gptbot", "chatgpt-user", "oai-searchbot"]);
        let p = SettingsPatch { enable_crawler_ids: Some(vec!["gptbot".into()]), ..Default::default() };
        assert_eq!(p.apply(&s, false).unwrap().excluded_crawler_ids, vec!["chatgpt-user", "oai-searchbot"]);
        let p = SettingsPatch {
            excluded_crawler_ids: Some(vec![]),
            disable_crawler_ids: Some(vec!["gptbot".into()]),
            ..Default::default()
        };
        assert!(p.apply(&s, false).is_err());
        let p = SettingsPatch { require_auth_token: Some(true), ..Default::default() };
        assert!(p.apply(&s, false).is_err());
        assert!(p.apply(&s, true).unwrap().require_auth_token);
    }
}
