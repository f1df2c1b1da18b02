//! Traffic sources: referrer URL and campaign parameters → source domain, display name and
//! channel. The table of known sources is ours; it maps the hosts people actually arrive
//! from to the names DataFast shows (`Google`, `X`, ...).

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

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Search,
    Social,
    Email,
    Other,
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

fn host_matches(host: &str, pattern: &str) -> bool {
    if let Some(prefix) = pattern.strip_suffix('.') {
        // `google.` matches google.com, google.co.uk, www.google.de ...
        host.starts_with(&format!("{prefix}.")) || host.contains(&format!(".{prefix}."))
    } else {
        host == pattern || host.ends_with(&format!(".{pattern}"))
    }
}

fn lookup(host: &str) -> Option<(&'static str, Kind)> {
    // Specific entries (mail.google.com, gemini.google.com) are listed after the general
    // ones they overlap; the longest matching pattern wins.
    SOURCES
        .iter()
        .flat_map(|(name, kind, patterns)| patterns.iter().map(move |p| (*name, *kind, *p)))
        .filter(|(_, _, p)| host_matches(host, p))
        .max_by_key(|(_, _, p)| p.len())
        .map(|(name, kind, _)| (name, kind))
}

fn lookup_by_name(source: &str) -> Option<(&'static str, Kind)> {
    let s = source.trim().to_ascii_lowercase();
    SOURCES.iter().find(|(name, _, _)| name.to_ascii_lowercase() == s).map(|(n, k, _)| (*n, *k)).or_else(|| {
        let as_host = s.trim_start_matches("www.");
        lookup(as_host).or_else(|| lookup(&format!("{as_host}.com")))
    })
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
    let kind = known.or(from_utm).map(|(_, k)| k);
    let medium = utm_medium.to_ascii_lowercase();
    let paid = paid_click
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
        (Some((name, _)), _, _) => name.to_string(),
        (None, Some(host), _) => host.clone(),
        (None, None, Some((name, _))) => name.to_string(),
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
    }
}
