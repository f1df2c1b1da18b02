-- The per-session rollup the analytics planner reads instead of raw events for session-level
-- metrics (visitors, sessions, pageviews, bounce rate, duration) and for breakdowns and filters
-- on session and location/system dimensions. Written by the ingestion writer in the same
-- transaction as the events it summarizes (see duck_sessions.rs), so it always agrees with them.
--
-- One row per *segment*: the events of one session that share every dimension below. A session
-- normally has one segment; if a dimension changes mid-session (a new IP's country, a second
-- hostname), it has several, and every answer stays exact because each segment's dimensions
-- hold for all of its events. `seg` identifies the segment within its session (a hash of its
-- dimensions); the session-wide columns (`session_first`, `session_last`, `single`) are the
-- same on every row of a session.
--
-- Backfilled from the events table right after this migration (duck_sessions::backfill).
CREATE TABLE sessions (
    website_id      VARCHAR NOT NULL,
    session_id      UUID NOT NULL,
    seg             UBIGINT NOT NULL,
    visitor_id      UUID NOT NULL,
    visit_number    INTEGER NOT NULL,
    entry_path      VARCHAR NOT NULL,
    hostname        VARCHAR NOT NULL,
    referrer_domain VARCHAR NOT NULL,
    referrer_name   VARCHAR NOT NULL,
    channel         VARCHAR NOT NULL,
    utm_source      VARCHAR NOT NULL,
    utm_medium      VARCHAR NOT NULL,
    utm_campaign    VARCHAR NOT NULL,
    utm_term        VARCHAR NOT NULL,
    utm_content     VARCHAR NOT NULL,
    ref_param       VARCHAR NOT NULL,
    source_param    VARCHAR NOT NULL,
    via_param       VARCHAR NOT NULL,
    country         VARCHAR NOT NULL,
    region          VARCHAR NOT NULL,
    city            VARCHAR NOT NULL,
    browser         VARCHAR NOT NULL,
    os              VARCHAR NOT NULL,
    device          VARCHAR NOT NULL,
    -- The segment's events, pageviews, first and last event.
    events          INTEGER NOT NULL,
    pageviews       INTEGER NOT NULL,
    first_ts        TIMESTAMP NOT NULL,
    last_ts         TIMESTAMP NOT NULL,
    -- The whole session's first and last event, and whether it has only this segment.
    session_first   TIMESTAMP NOT NULL,
    session_last    TIMESTAMP NOT NULL,
    single          BOOLEAN NOT NULL
);
