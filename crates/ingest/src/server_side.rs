//! Events the Website API writes on a visitor's behalf (server-side goals and identify). They
//! take the visitor's latest pageview's page, location and system (the backend calling us has
//! no browser to read them from), get a session by the same 30-minute rule as every event
//! without a client session, and then go through the same durable spool as tracker events.

use datafast_store::{EventRecord, SessionSource};

use crate::pipeline::Pipeline;
use crate::sessions::{SessionRequest, SESSION_TIMEOUT_MS};

/// An event of `kind` at `at_ms` for the visitor of `latest_pageview`.
pub fn server_event(pipeline: &Pipeline, latest_pageview: &EventRecord, kind: &str, at_ms: i64) -> EventRecord {
    let page = latest_pageview;
    let mut e = EventRecord::new(page.website_id, at_ms, kind);
    e.visitor_id = page.visitor_id;
    e.hostname.clone_from(&page.hostname);
    e.pathname.clone_from(&page.pathname);
    e.country.clone_from(&page.country);
    e.region.clone_from(&page.region);
    e.city.clone_from(&page.city);
    e.latitude = page.latitude;
    e.longitude = page.longitude;
    e.browser.clone_from(&page.browser);
    e.browser_version.clone_from(&page.browser_version);
    e.os.clone_from(&page.os);
    e.os_version.clone_from(&page.os_version);
    e.device.clone_from(&page.device);
    e.language.clone_from(&page.language);
    // Within 30 minutes of that pageview the event belongs to its session (and source). Later,
    // it opens a new, direct session numbered after it, which further server-side events within
    // 30 minutes continue (the session tracker's rule for events without a client session).
    if at_ms - page.timestamp_ms <= SESSION_TIMEOUT_MS {
        e.session_id = page.session_id;
        e.visit_number = page.visit_number;
        e.entry_path.clone_from(&page.entry_path);
        SessionSource::of(page).apply_to(&mut e);
        return e;
    }
    let session = pipeline.sessions.assign(SessionRequest {
        website: page.website_id,
        visitor: page.visitor_id,
        client_session: None,
        client_visit_number: page.visit_number + 1,
        at_ms,
        pageview_path: None,
        source: SessionSource::default(),
    });
    session.source.apply_to(&mut e);
    e.session_id = session.session;
    e.visit_number = session.visit_number;
    e.entry_path = session.entry_path;
    e
}
