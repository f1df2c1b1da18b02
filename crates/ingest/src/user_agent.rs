//! User agent → browser, OS, device type, using the uap-core regex set (vendored in
//! `data/uap-regexes.yaml`, Apache-2.0, see `data/uap-LICENSE`) behind a bounded cache:
//! real traffic repeats a small set of user agents, and a regex pass costs tens of µs.

use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

use uaparser::{Parser, UserAgentParser};

const REGEXES: &[u8] = include_bytes!("../data/uap-regexes.yaml");
const CACHE_CAPACITY: usize = 20_000;

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ParsedAgent {
    pub browser: String,
    pub browser_version: String,
    pub os: String,
    pub os_version: String,
    /// `desktop`, `mobile` or `tablet`.
    pub device: String,
    /// Crawlers, automation and HTTP libraries (and agents too short to be a browser).
    pub is_bot: bool,
}

/// User agents of automation and HTTP libraries; browsers never send these.
pub const BOT_MARKERS: &[&str] = &[
    "bot",
    "crawler",
    "spider",
    "crawl",
    "slurp",
    "headlesschrome",
    "phantomjs",
    "selenium",
    "webdriver",
    "puppeteer",
    "playwright",
    "python",
    "curl",
    "wget",
    "java/",
    "go-http",
    "node.js",
    "axios",
    "postman",
    "httpclient",
    "lighthouse",
    "pagespeed",
    "preview",
    "facebookexternalhit",
    "embedly",
    "scrapy",
];

fn is_bot(ua: &str) -> bool {
    let lower = ua.to_ascii_lowercase();
    lower.len() < 5 || BOT_MARKERS.iter().any(|m| lower.contains(m))
}

fn parser() -> &'static UserAgentParser {
    static PARSER: OnceLock<UserAgentParser> = OnceLock::new();
    PARSER.get_or_init(|| {
        UserAgentParser::builder()
            .with_unicode_support(false)
            .build_from_bytes(REGEXES)
            .expect("the vendored uap-core regexes parse")
    })
}

/// Compiles the regex set ahead of the first request.
pub fn warm_up() {
    parser();
}

/// DataFast reports names the way ua-parser-js spells them; uap-core differs for a few.
fn browser_name(family: &str) -> &str {
    match family {
        "Chrome Mobile" | "Chrome Mobile iOS" | "Chrome Mobile WebView" => "Chrome",
        "Firefox Mobile" | "Firefox iOS" => "Firefox",
        "Edge Mobile" => "Edge",
        "Samsung Internet" => "Samsung Browser",
        "Opera Mobile" => "Opera",
        other => other,
    }
}

fn os_name(family: &str) -> &str {
    match family {
        "Mac OS X" => "Mac OS",
        other => other,
    }
}

fn version(parts: &[Option<&str>]) -> String {
    parts.iter().map_while(|p| *p).collect::<Vec<_>>().join(".")
}

fn device_type(ua: &str, device_family: &str, os: &str) -> &'static str {
    let lower = ua.to_ascii_lowercase();
    let family = device_family.to_ascii_lowercase();
    if family.contains("ipad")
        || family.contains("tablet")
        || family.contains("kindle")
        || lower.contains("tablet")
        || lower.contains("silk/")
        || (os == "Android" && !lower.contains("mobile"))
    {
        "tablet"
    } else if lower.contains("mobi")
        || family.contains("iphone")
        || family.contains("ipod")
        || os == "iOS"
        || os == "Android"
        || lower.contains("windows phone")
    {
        "mobile"
    } else {
        "desktop"
    }
}

fn parse_uncached(ua: &str) -> ParsedAgent {
    if is_bot(ua) {
        // Dropped anyway: no regex pass for crawlers.
        return ParsedAgent { is_bot: true, ..ParsedAgent::default() };
    }
    let p = parser();
    let agent = p.parse_user_agent(ua);
    let os = p.parse_os(ua);
    let device = p.parse_device(ua);
    let os_family = os_name(&os.family).to_string();
    let known = |s: &str| if s == "Other" { String::new() } else { s.to_string() };
    ParsedAgent {
        browser: known(browser_name(&agent.family)),
        browser_version: version(&[agent.major.as_deref(), agent.minor.as_deref()]),
        device: device_type(ua, &device.family, &os_family).to_string(),
        os_version: version(&[os.major.as_deref(), os.minor.as_deref()]),
        os: known(&os_family),
        is_bot: false,
    }
}

/// Parses through a bounded cache (cleared when full: simple, and the hot set refills it).
pub fn parse(ua: &str) -> ParsedAgent {
    static CACHE: OnceLock<Mutex<HashMap<String, ParsedAgent>>> = OnceLock::new();
    let cache = CACHE.get_or_init(|| Mutex::new(HashMap::new()));
    if let Some(hit) = cache.lock().unwrap_or_else(|e| e.into_inner()).get(ua) {
        return hit.clone();
    }
    let parsed = parse_uncached(ua);
    let mut map = cache.lock().unwrap_or_else(|e| e.into_inner());
    if map.len() >= CACHE_CAPACITY {
        map.clear();
    }
    map.insert(ua.to_string(), parsed.clone());
    parsed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_browsers() {
        let chrome = parse("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36");
        assert_eq!(
            (chrome.browser.as_str(), chrome.os.as_str(), chrome.device.as_str()),
            ("Chrome", "Windows", "desktop")
        );
        assert_eq!(chrome.browser_version, "126.0");
        let iphone = parse("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1");
        assert_eq!(
            (iphone.browser.as_str(), iphone.os.as_str(), iphone.device.as_str()),
            ("Mobile Safari", "iOS", "mobile")
        );
        let ipad = parse("Mozilla/5.0 (iPad; CPU OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1");
        assert_eq!(ipad.device, "tablet");
        let mac = parse("Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15");
        assert_eq!((mac.browser.as_str(), mac.os.as_str(), mac.device.as_str()), ("Safari", "Mac OS", "desktop"));
        let android = parse("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36");
        assert_eq!(
            (android.browser.as_str(), android.os.as_str(), android.device.as_str()),
            ("Chrome", "Android", "mobile")
        );
        let firefox = parse("Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0");
        assert_eq!((firefox.browser.as_str(), firefox.os.as_str()), ("Firefox", "Linux"));
        assert_eq!(parse("something odd").browser, "");
        assert!(!parse("something odd").is_bot);
        for bot in ["Googlebot/2.1 (+http://www.google.com/bot.html)", "curl/8.5.0", "HeadlessChrome/120", "", "abc"] {
            assert!(parse(bot).is_bot, "{bot}");
        }
        assert!(!chrome.is_bot);
    }
}
