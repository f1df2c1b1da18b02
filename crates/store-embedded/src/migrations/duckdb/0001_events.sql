-- The event fact table. Rows arrive in time order per website through the Appender, which
-- keeps DuckDB's per-row-group min/max on (website_id, ts) selective for range scans.
CREATE TABLE events (
    website_id      VARCHAR NOT NULL,
    ts              TIMESTAMP NOT NULL,
    kind            VARCHAR NOT NULL,
    visitor_id      VARCHAR NOT NULL,
    session_id      VARCHAR NOT NULL,
    hostname        VARCHAR NOT NULL,
    pathname        VARCHAR NOT NULL,
    referrer_domain VARCHAR NOT NULL,
    channel         VARCHAR NOT NULL,
    utm_source      VARCHAR NOT NULL,
    utm_medium      VARCHAR NOT NULL,
    utm_campaign    VARCHAR NOT NULL,
    country         VARCHAR NOT NULL,
    region          VARCHAR NOT NULL,
    city            VARCHAR NOT NULL,
    browser         VARCHAR NOT NULL,
    os              VARCHAR NOT NULL,
    device          VARCHAR NOT NULL,
    goal_name       VARCHAR NOT NULL,
    properties      VARCHAR NOT NULL
);
