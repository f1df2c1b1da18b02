//! Sessions and visit numbers. The tracker keeps its own session (a cookie renewed on every
//! event, expiring after 30 minutes of inactivity) and counts the visitor's sessions; events
//! without a client session — cookieless mode, server-side events, imports — get one here by the
//! same 30-minute inactivity rule. Either way every event leaves with a session id, the visitor's
//! session number (1 = first visit) and the session's entry page.
//!
//! State is one small entry per recently active visitor, bounded by `capacity`; visitors idle
//! for more than 30 minutes are the first to go, since a new session starts for them anyway.
//! After a restart the tracker is warmed from the store's last 30 minutes (see `warm`).

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use datafast_core::uuid::random_uuid;
use datafast_core::ObjectId;
use datafast_store::{RecentSession, SessionSource};

pub const SESSION_TIMEOUT_MS: i64 = 30 * 60 * 1000;
const DEFAULT_CAPACITY: usize = 500_000;

struct VisitorState {
    session: u128,
    last_ms: i64,
    visit_number: i32,
    entry_path: String,
    source: Arc<SessionSource>,
}

/// What an event needs to know about its session.
pub struct SessionRequest<'a> {
    pub website: ObjectId,
    pub visitor: u128,
    /// The client's session, when it keeps one.
    pub client_session: Option<u128>,
    /// The client's count of the visitor's sessions (0: not sent).
    pub client_visit_number: i32,
    pub at_ms: i64,
    /// The path, when the event is a pageview (entry pages are pageviews).
    pub pageview_path: Option<&'a str>,
    /// Where this event says the visit came from.
    pub source: SessionSource,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionInfo {
    pub session: u128,
    pub visit_number: i32,
    pub entry_path: String,
    /// The session's source: its first event's, unless that was direct and a later one names
    /// a referrer or campaign (a goal sent before the landing pageview).
    pub source: Arc<SessionSource>,
}

pub struct SessionTracker {
    visitors: Mutex<HashMap<(ObjectId, u128), VisitorState>>,
    capacity: usize,
}

impl Default for SessionTracker {
    fn default() -> Self {
        SessionTracker::with_capacity(DEFAULT_CAPACITY)
    }
}

impl SessionTracker {
    pub fn with_capacity(capacity: usize) -> Self {
        SessionTracker { visitors: Mutex::new(HashMap::new()), capacity: capacity.max(1) }
    }

    /// Carries on the sessions the store saw in its last 30 minutes.
    pub fn warm(&self, recent: Vec<RecentSession>) {
        let mut map = self.visitors.lock().unwrap_or_else(|p| p.into_inner());
        for r in recent {
            let (visitor, session) = (r.visitor_id, r.session_id);
            if map.len() >= self.capacity {
                break;
            }
            map.insert(
                (r.website_id, visitor),
                VisitorState {
                    session,
                    last_ms: r.last_ms,
                    visit_number: r.visit_number,
                    entry_path: r.entry_path,
                    source: Arc::new(r.source),
                },
            );
        }
    }

    pub fn len(&self) -> usize {
        self.visitors.lock().unwrap_or_else(|p| p.into_inner()).len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn assign(&self, req: SessionRequest<'_>) -> SessionInfo {
        let mut map = self.visitors.lock().unwrap_or_else(|p| p.into_inner());
        let key = (req.website, req.visitor);
        if !map.contains_key(&key) && map.len() >= self.capacity {
            evict(&mut map, req.at_ms, self.capacity);
        }
        let state = map.get_mut(&key);
        let continues = match (&state, req.client_session) {
            (Some(s), Some(client)) => s.session == client,
            // Events may arrive slightly out of order (imports, retries): within the window on
            // either side of the last activity is the same session.
            (Some(s), None) => (req.at_ms - s.last_ms).abs() <= SESSION_TIMEOUT_MS,
            (None, _) => false,
        };
        if let (true, Some(s)) = (continues, state) {
            s.last_ms = s.last_ms.max(req.at_ms);
            if req.client_visit_number > 0 {
                s.visit_number = req.client_visit_number;
            }
            if s.entry_path.is_empty() {
                if let Some(path) = req.pageview_path {
                    s.entry_path = path.to_string();
                }
            }
            if s.source.is_direct() && !req.source.is_direct() {
                s.source = Arc::new(req.source);
            }
            return SessionInfo {
                session: s.session,
                visit_number: s.visit_number,
                entry_path: s.entry_path.clone(),
                source: Arc::clone(&s.source),
            };
        }
        let previous_visits = map.get(&key).map(|s| s.visit_number).unwrap_or(0);
        let fresh = VisitorState {
            session: req.client_session.unwrap_or_else(random_uuid),
            last_ms: req.at_ms,
            visit_number: if req.client_visit_number > 0 { req.client_visit_number } else { previous_visits + 1 },
            entry_path: req.pageview_path.unwrap_or("").to_string(),
            source: Arc::new(req.source),
        };
        let info = SessionInfo {
            session: fresh.session,
            visit_number: fresh.visit_number,
            entry_path: fresh.entry_path.clone(),
            source: Arc::clone(&fresh.source),
        };
        map.insert(key, fresh);
        info
    }
}

/// Makes room: first every visitor idle for longer than a session, then, if the map is still
/// full of active visitors, the least recently active tenth.
fn evict(map: &mut HashMap<(ObjectId, u128), VisitorState>, now_ms: i64, capacity: usize) {
    map.retain(|_, s| now_ms - s.last_ms <= SESSION_TIMEOUT_MS);
    if map.len() >= capacity {
        let mut last: Vec<i64> = map.values().map(|s| s.last_ms).collect();
        let cut = last.len() / 10;
        let (_, threshold, _) = last.select_nth_unstable(cut);
        let threshold = *threshold;
        map.retain(|_, s| s.last_ms > threshold);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn req(site: ObjectId, visitor: u128, at_ms: i64, path: Option<&str>) -> SessionRequest<'_> {
        SessionRequest {
            website: site,
            visitor,
            client_session: None,
            client_visit_number: 0,
            at_ms,
            pageview_path: path,
            source: SessionSource::default(),
        }
    }

    #[test]
    fn thirty_minutes_of_inactivity_start_a_new_numbered_session() {
        let t = SessionTracker::default();
        let site = ObjectId::generate();
        let first = t.assign(req(site, 1, 0, Some("/pricing")));
        assert_eq!((first.visit_number, first.entry_path.as_str()), (1, "/pricing"));
        let same = t.assign(req(site, 1, 29 * 60_000, Some("/signup")));
        assert_eq!(same, first);
        // 30 minutes after the *last* event, not the first.
        let still = t.assign(req(site, 1, 58 * 60_000, None));
        assert_eq!(still.session, first.session);
        let next = t.assign(req(site, 1, 58 * 60_000 + SESSION_TIMEOUT_MS + 1, None));
        assert_ne!(next.session, first.session);
        assert_eq!((next.visit_number, next.entry_path.as_str()), (2, ""));
        // A goal first, then the pageview that is the entry page.
        assert_eq!(t.assign(req(site, 1, 90 * 60_000, Some("/blog"))).entry_path, "/blog");
        // Other visitors and other websites are separate.
        assert_ne!(t.assign(req(site, 2, 0, None)).session, first.session);
        assert_eq!(t.assign(req(ObjectId::generate(), 1, 0, None)).visit_number, 1);
    }

    #[test]
    fn client_sessions_and_visit_numbers_are_kept() {
        let t = SessionTracker::default();
        let site = ObjectId::generate();
        let mut r = req(site, 7, 0, Some("/"));
        r.client_session = Some(42);
        r.client_visit_number = 5;
        assert_eq!(t.assign(r).session, 42);
        let mut r = req(site, 7, 3 * SESSION_TIMEOUT_MS, Some("/x"));
        r.client_session = Some(42);
        let info = t.assign(r);
        assert_eq!((info.session, info.visit_number, info.entry_path.as_str()), (42, 5, "/"));
        let mut r = req(site, 7, 4 * SESSION_TIMEOUT_MS, Some("/y"));
        r.client_session = Some(43);
        assert_eq!(t.assign(r).visit_number, 6);
    }

    #[test]
    fn the_session_keeps_the_source_it_landed_with() {
        let t = SessionTracker::default();
        let site = ObjectId::generate();
        let google = SessionSource {
            referrer_domain: "google.com".into(),
            referrer_name: "Google".into(),
            channel: "Organic Search".into(),
            ..SessionSource::default()
        };
        // A goal before the landing pageview: the session is direct until a source shows up.
        assert!(t.assign(req(site, 1, 0, None)).source.is_direct());
        let mut landing = req(site, 1, 1_000, Some("/"));
        landing.source = google.clone();
        assert_eq!(*t.assign(landing).source, google);
        // Later pages (their referrer is the site itself) keep it; so does another source.
        assert_eq!(*t.assign(req(site, 1, 2_000, Some("/pricing"))).source, google);
        let mut other = req(site, 1, 3_000, Some("/x"));
        other.source.referrer_domain = "bing.com".into();
        assert_eq!(*t.assign(other).source, google);
        // A new session starts from its own landing.
        assert!(t.assign(req(site, 1, 10 * SESSION_TIMEOUT_MS, Some("/"))).source.is_direct());
    }

    #[test]
    fn memory_stays_bounded() {
        let t = SessionTracker::with_capacity(100);
        let site = ObjectId::generate();
        for v in 0..1_000u128 {
            t.assign(req(site, v, v as i64 * 1000, None));
        }
        assert!(t.len() <= 100, "{}", t.len());
        // The most recent visitor is still known.
        let last = t.assign(req(site, 999, 1_000_000, None));
        assert_eq!(last.visit_number, 1);
        assert_eq!(t.assign(req(site, 999, 1_000_001, None)).session, last.session);
    }

    #[test]
    fn uuid_text_round_trips() {
        use datafast_core::uuid::{format_uuid, parse_uuid};
        let s = "a3ab2331-989f-4cfa-91c6-2461c9e3c6bd";
        assert_eq!(format_uuid(parse_uuid(s).unwrap()), s);
        assert_eq!(parse_uuid("A3AB2331-989F-4CFA-91C6-2461C9E3C6BD"), parse_uuid(s));
        assert!(parse_uuid("a3ab2331989f4cfa91c62461c9e3c6bd").is_none());
        assert!(parse_uuid("g3ab2331-989f-4cfa-91c6-2461c9e3c6bd").is_none());
        assert!(crate::pipeline::is_uuid_v4(&format_uuid(random_uuid())));
    }
}
