//! A deterministic generator of realistic traffic for one website: visitors who come back,
//! sessions of several events, power-law pages and sources, campaigns, goals, outbound clicks,
//! a daily rhythm. Events come out in time order while only the sessions in progress are held
//! in memory, so 100 M events stream as easily as 1 000.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

use serde_json::{json, Map, Value};

/// SplitMix64: small, fast, and the same sequence on every machine for a given seed.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed ^ 0x9e37_79b9_7f4a_7c15)
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    /// Uniform in [0, 1).
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.unit() * n as f64) as usize % n.max(1)
    }
    pub fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }
    pub fn uuid(&mut self) -> u128 {
        let v = ((self.next_u64() as u128) << 64) | self.next_u64() as u128;
        // Version 4, variant 1, as the tracker's ids.
        (v & !(0xf << 76) & !(0x3 << 62)) | (0x4 << 76) | (0x2 << 62)
    }
}

/// Picks index i with probability ∝ 1 / (i + 1)^s: a few items get most of the traffic.
pub struct Zipf {
    cdf: Vec<f64>,
}

impl Zipf {
    pub fn new(n: usize, s: f64) -> Self {
        let mut acc = 0.0;
        let mut cdf: Vec<f64> = (0..n)
            .map(|i| {
                acc += 1.0 / ((i + 1) as f64).powf(s);
                acc
            })
            .collect();
        for c in &mut cdf {
            *c /= acc;
        }
        Zipf { cdf }
    }
    pub fn sample(&self, rng: &mut Rng) -> usize {
        let u = rng.unit();
        self.cdf.partition_point(|&c| c < u).min(self.cdf.len() - 1)
    }
}

pub fn format_uuid(v: u128) -> String {
    let x = format!("{v:032x}");
    format!("{}-{}-{}-{}-{}", &x[..8], &x[8..12], &x[12..16], &x[16..20], &x[20..])
}

pub const USER_AGENTS: &[&str] = &[
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.6478.71 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:127.0) Gecko/20100101 Firefox/127.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36 Edg/126.0.2592.68",
    "Mozilla/5.0 (Linux; Android 14; SAMSUNG SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/25.0 Chrome/121.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (X11; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0",
    "Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36 OPR/111.0.0.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/126.0.6478.54 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 13; SM-A536B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.6422.165 Mobile Safari/537.36",
];

const COUNTRIES: &[&str] = &[
    "US", "GB", "DE", "FR", "IN", "CA", "BR", "JP", "NL", "ES", "AU", "IT", "PL", "SE", "MX", "KR", "CH", "BE", "AT",
    "SG",
];
const LANGUAGES: &[&str] = &["en-US", "en-GB", "de-DE", "fr-FR", "en-IN", "en-CA", "pt-BR", "ja-JP", "nl-NL", "es-ES"];

/// Where sessions come from, most frequent first: (referrer URL, utm_source, utm_medium).
const SOURCES: &[(&str, &str, &str)] = &[
    ("", "", ""),
    ("https://www.google.com/", "", ""),
    ("https://t.co/abc", "", ""),
    ("https://www.reddit.com/r/SaaS/", "", ""),
    ("", "newsletter", "email"),
    ("https://news.ycombinator.com/", "", ""),
    ("https://www.bing.com/", "", ""),
    ("https://www.linkedin.com/", "", ""),
    ("", "google", "cpc"),
    ("https://duckduckgo.com/", "", ""),
    ("https://www.producthunt.com/", "", ""),
    ("https://www.youtube.com/", "", ""),
    ("https://github.com/", "", ""),
    ("", "facebook", "paid_social"),
    ("https://www.facebook.com/", "", ""),
    ("https://blog.partner.example/review", "", ""),
    ("https://chatgpt.com/", "", ""),
    ("https://search.yahoo.com/", "", ""),
    ("https://www.indiehackers.com/", "", ""),
    ("https://mail.google.com/", "", ""),
];
const CAMPAIGNS: &[&str] = &["spring_sale", "launch", "weekly_digest", "retargeting", "black_friday"];
const GOALS: &[&str] = &["signup", "add_to_cart", "newsletter_signup", "start_trial", "checkout", "download_pdf"];
const SECTIONS: &[&str] = &["blog", "docs", "features", "integrations", "changelog", "customers", "guides"];

/// One generated event.
#[derive(Debug, Clone)]
pub struct Event {
    pub ts_ms: i64,
    /// `pageview`, `goal`, `external_link`.
    pub kind: &'static str,
    pub url: String,
    pub referrer: String,
    pub visitor: u128,
    pub session: u128,
    pub visit_number: u32,
    pub ua: usize,
    pub ip: [u8; 4],
    pub country: &'static str,
    pub language: &'static str,
    pub goal: &'static str,
    pub goal_plan: &'static str,
    pub link: String,
}

impl Event {
    /// A `datafast import` line: address and user agent are looked up, the country is given.
    pub fn import_line(&self) -> String {
        let mut line = json!({
            "timestamp": self.ts_ms,
            "type": self.kind,
            "url": self.url,
            "visitor_id": format_uuid(self.visitor),
            "session_id": format_uuid(self.session),
            "visit_number": self.visit_number,
            "ip": self.ip_text(),
            "user_agent": USER_AGENTS[self.ua],
            "country": self.country,
            "language": self.language,
        });
        if !self.referrer.is_empty() {
            line["referrer"] = json!(self.referrer);
        }
        match self.kind {
            "goal" => {
                line["name"] = json!(self.goal);
                line["properties"] = json!({"plan": self.goal_plan});
            }
            "external_link" => line["properties"] = json!({"url": self.link}),
            _ => {}
        }
        line.to_string()
    }

    /// The body the tracker would POST to `/api/events` for this event.
    pub fn tracker_payload(&self, website_id: &str, domain: &str) -> String {
        let mut extra = Map::new();
        let kind = match self.kind {
            "goal" => {
                extra.insert("eventName".into(), json!(self.goal));
                extra.insert("plan".into(), json!(self.goal_plan));
                "custom"
            }
            "external_link" => {
                extra.insert("url".into(), json!(self.link));
                "external_link"
            }
            k => k,
        };
        let mut body = json!({
            "websiteId": website_id,
            "domain": domain,
            "href": self.url,
            "referrer": if self.referrer.is_empty() { Value::Null } else { json!(self.referrer) },
            "type": kind,
            "visitorId": format_uuid(self.visitor),
            "sessionId": format!("s{}", format_uuid(self.session)),
            "viewport": {"width": 1440, "height": 900},
            "language": self.language,
            "timezone": "UTC",
            "visitorSessionNumber": self.visit_number,
        });
        if !extra.is_empty() {
            body["extraData"] = Value::Object(extra);
        }
        body.to_string()
    }

    pub fn ip_text(&self) -> String {
        let [a, b, c, d] = self.ip;
        format!("{a}.{b}.{c}.{d}")
    }
}

struct Visitor {
    id: u128,
    ua: usize,
    ip: [u8; 4],
    country: &'static str,
    language: &'static str,
    visits: u32,
}

struct Pending {
    event: Event,
    remaining: u32,
}

/// Streams `total` events for `domain` over `days` days ending at `end_ms`, in time order.
pub struct Traffic {
    rng: Rng,
    domain: String,
    total: u64,
    emitted: u64,
    next_session_ms: f64,
    mean_gap_ms: f64,
    end_ms: i64,
    visitors: Vec<Visitor>,
    pages: Zipf,
    page_paths: Vec<String>,
    sources: Zipf,
    countries: Zipf,
    uas: Zipf,
    heap: BinaryHeap<Reverse<(i64, u64)>>,
    pending: std::collections::HashMap<u64, Pending>,
    seq: u64,
}

/// Average events per session (1 + geometric with p = 0.35 → ~2.9 more after the first).
const MEAN_EVENTS_PER_SESSION: f64 = 3.2;

impl Traffic {
    pub fn new(domain: &str, total: u64, days: u32, end_ms: i64, seed: u64) -> Self {
        let span_ms = days as f64 * 86_400_000.0;
        let sessions = (total as f64 / MEAN_EVENTS_PER_SESSION).max(1.0);
        let page_paths: Vec<String> = (0..2_000)
            .map(|i| match i {
                0 => "/".to_string(),
                1 => "/pricing".to_string(),
                2 => "/signup".to_string(),
                3 => "/login".to_string(),
                _ => format!("/{}/page-{}", SECTIONS[i % SECTIONS.len()], i),
            })
            .collect();
        Traffic {
            rng: Rng::new(seed),
            domain: domain.to_string(),
            total,
            emitted: 0,
            next_session_ms: end_ms as f64 - span_ms,
            // 10% more sessions than the mean needs, so the total is reached inside the window
            // (the timeline then ends a little before `end_ms`).
            mean_gap_ms: span_ms / (sessions * 1.1),
            end_ms,
            visitors: Vec::new(),
            pages: Zipf::new(page_paths.len(), 1.1),
            page_paths,
            sources: Zipf::new(SOURCES.len(), 1.0),
            countries: Zipf::new(COUNTRIES.len(), 0.9),
            uas: Zipf::new(USER_AGENTS.len(), 0.8),
            heap: BinaryHeap::new(),
            pending: std::collections::HashMap::new(),
            seq: 0,
        }
    }

    /// Starts the next session: a returning visitor 35% of the time (recent ones more often).
    fn start_session(&mut self, at_ms: i64) {
        let rng = &mut self.rng;
        let returning = !self.visitors.is_empty() && rng.chance(0.35);
        let vi = if returning {
            let n = self.visitors.len();
            n - 1 - (rng.unit().powi(3) * n as f64) as usize % n
        } else {
            let ip = [(rng.below(223) + 1) as u8, rng.below(256) as u8, rng.below(256) as u8, rng.below(254) as u8 + 1];
            let country = COUNTRIES[self.countries.sample(rng)];
            self.visitors.push(Visitor {
                id: rng.uuid(),
                ua: self.uas.sample(rng),
                ip,
                country,
                language: LANGUAGES[rng.below(LANGUAGES.len())],
                visits: 0,
            });
            // A bounded pool: the oldest visitors stop coming back.
            if self.visitors.len() > 2_000_000 {
                self.visitors.drain(..1_000_000);
            }
            self.visitors.len() - 1
        };
        let v = &mut self.visitors[vi];
        v.visits += 1;
        let (referrer, utm_source, utm_medium) = SOURCES[self.sources.sample(rng)];
        let landing = &self.page_paths[self.pages.sample(rng)];
        let mut url = format!("https://{}{}", self.domain, landing);
        if !utm_source.is_empty() {
            let campaign = CAMPAIGNS[rng.below(CAMPAIGNS.len())];
            url.push_str(&format!("?utm_source={utm_source}&utm_medium={utm_medium}&utm_campaign={campaign}"));
        }
        let mut remaining = 0;
        while remaining < 40 && rng.chance(1.0 - 1.0 / MEAN_EVENTS_PER_SESSION) {
            remaining += 1;
        }
        let event = Event {
            ts_ms: at_ms,
            kind: "pageview",
            url,
            referrer: referrer.to_string(),
            visitor: v.id,
            session: rng.uuid(),
            visit_number: v.visits,
            ua: v.ua,
            ip: v.ip,
            country: v.country,
            language: v.language,
            goal: "",
            goal_plan: "",
            link: String::new(),
        };
        self.seq += 1;
        self.heap.push(Reverse((at_ms, self.seq)));
        self.pending.insert(self.seq, Pending { event, remaining });
    }

    /// The session's next event after `prev`: mostly pageviews, some goals and outbound clicks.
    fn follow_up(&mut self, prev: &Event) -> Event {
        let rng = &mut self.rng;
        let mut e = prev.clone();
        e.ts_ms = prev.ts_ms + 5_000 + (rng.unit().powi(2) * 300_000.0) as i64;
        e.referrer.clear();
        let roll = rng.unit();
        if roll < 0.12 {
            e.kind = "goal";
            e.goal = GOALS[rng.below(GOALS.len())];
            e.goal_plan = ["free", "pro", "team"][rng.below(3)];
        } else if roll < 0.15 {
            e.kind = "external_link";
            e.link = format!("https://github.com/example/repo-{}", rng.below(20));
        } else {
            e.kind = "pageview";
            e.url = format!("https://{}{}", self.domain, self.page_paths[self.pages.sample(rng)]);
        }
        e
    }

    /// Sessions start more often in the afternoon (UTC) than at night.
    fn diurnal(&self, at_ms: f64) -> f64 {
        let hour = (at_ms / 3_600_000.0) % 24.0;
        1.0 + 0.6 * ((hour - 15.0) / 24.0 * std::f64::consts::TAU).cos()
    }
}

impl Iterator for Traffic {
    type Item = Event;

    fn next(&mut self) -> Option<Event> {
        if self.emitted >= self.total {
            return None;
        }
        loop {
            let next_pending = self.heap.peek().map(|Reverse((ts, _))| *ts);
            if next_pending.is_none_or(|ts| self.next_session_ms < ts as f64) {
                let at = self.next_session_ms;
                let gap = -self.rng.unit().max(1e-12).ln() * self.mean_gap_ms / self.diurnal(at);
                self.next_session_ms += gap;
                self.start_session(at as i64);
                continue;
            }
            let Reverse((_, seq)) = self.heap.pop()?;
            let mut p = self.pending.remove(&seq).expect("pending event");
            if p.remaining > 0 {
                let follow = self.follow_up(&p.event);
                self.seq += 1;
                self.heap.push(Reverse((follow.ts_ms, self.seq)));
                self.pending.insert(self.seq, Pending { event: follow, remaining: p.remaining - 1 });
            }
            self.emitted += 1;
            // Keep the timeline inside the window even for sessions that run past its end.
            p.event.ts_ms = p.event.ts_ms.min(self.end_ms);
            return Some(p.event);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn traffic_is_ordered_deterministic_and_skewed() {
        let end = 1_767_225_600_000;
        let a: Vec<Event> = Traffic::new("example.com", 20_000, 7, end, 42).collect();
        let b: Vec<Event> = Traffic::new("example.com", 20_000, 7, end, 42).collect();
        assert_eq!(a.len(), 20_000);
        assert!(a.windows(2).all(|w| w[0].ts_ms <= w[1].ts_ms));
        assert!(a.iter().zip(&b).all(|(x, y)| x.import_line() == y.import_line()));
        assert!(a[0].ts_ms >= end - 7 * 86_400_000 && a.last().unwrap().ts_ms <= end);
        let home = a.iter().filter(|e| e.url.ends_with(".com/") || e.url.contains(".com/?")).count();
        assert!(home > 20_000 / 20, "the top page gets a large share: {home}");
        let sessions: std::collections::HashSet<_> = a.iter().map(|e| e.session).collect();
        let per_session = a.len() as f64 / sessions.len() as f64;
        assert!((2.0..5.0).contains(&per_session), "{per_session}");
        assert!(a.iter().any(|e| e.kind == "goal") && a.iter().any(|e| e.visit_number > 1));
    }
}
