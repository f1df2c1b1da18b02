-- day_sessions rows gain the session's dimensions (`datafast_store::ROLLUP_DIMENSIONS`: every
-- column a filter reads, every column a session-level breakdown groups by), so that filtered
-- totals and the referrer, channel, campaign, location, system and host breakdowns read the
-- rollup as well. A row is now one (day, session, dimension values): the values are constant
-- within a session but for rare cases (a direct first event, a second hostname), which add
-- rows, never change an answer. `whole` = the session's only row in every rolled day.
-- The old rows lack the new columns: they go, and the roller rolls every closed day again.
DROP TABLE day_sessions;
CREATE TABLE day_sessions (
    website_id      VARCHAR NOT NULL,
    day             DATE NOT NULL,
    session_id      UUID NOT NULL,
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
    device          VARCHAR NOT NULL,
    browser         VARCHAR NOT NULL,
    os              VARCHAR NOT NULL,
    first_ts        TIMESTAMP NOT NULL,
    last_ts         TIMESTAMP NOT NULL,
    pageviews       INTEGER NOT NULL,
    events          INTEGER NOT NULL,
    whole           BOOLEAN NOT NULL
);
DELETE FROM rolled_days;
