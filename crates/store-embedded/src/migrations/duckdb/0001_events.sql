-- The event fact table. Rows arrive in time order per website through the Appender, which
-- keeps DuckDB's per-row-group min/max on (website_id, ts) selective for range scans.
-- Dimensions are VARCHAR NOT NULL with '' for unknown: DuckDB dictionary/FSST-compresses them
-- and groups by them without NULL handling. Visitor and session ids are UUIDs (16 bytes, not
-- 36 characters): they are the only high-cardinality columns, so their width decides the
-- bytes stored per event. The visitor's IP address is never stored.
CREATE TABLE events (
    website_id      VARCHAR NOT NULL,
    ts              TIMESTAMP NOT NULL,
    kind            VARCHAR NOT NULL,
    visitor_id      UUID NOT NULL,
    session_id      UUID NOT NULL,
    -- The visitor's session number (1 = first visit) and the first page of the session.
    visit_number    INTEGER NOT NULL,
    entry_path      VARCHAR NOT NULL,
    hostname        VARCHAR NOT NULL,
    pathname        VARCHAR NOT NULL,
    referrer        VARCHAR NOT NULL,
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
    latitude        DOUBLE,
    longitude       DOUBLE,
    browser         VARCHAR NOT NULL,
    browser_version VARCHAR NOT NULL,
    os              VARCHAR NOT NULL,
    os_version      VARCHAR NOT NULL,
    device          VARCHAR NOT NULL,
    language        VARCHAR NOT NULL,
    goal_name       VARCHAR NOT NULL,
    -- Goal, identify, payment or link properties as JSON object text, '' when none.
    properties      VARCHAR NOT NULL
);

-- One row: the spool position the stored events reach (see datafast-ingest's spool).
CREATE TABLE ingest_cursor (
    id       INTEGER PRIMARY KEY,
    segment  UBIGINT NOT NULL,
    "offset" UBIGINT NOT NULL
);
