-- Per UTC day and session, the aggregates the overview needs (first and last instant,
-- pageviews, events) over that day's events only, so that any set of whole days combines
-- exactly: sums add, first/last take min/max. `whole` = no other rolled day has a row for the
-- session (it may still have raw events in days not rolled yet; the planner checks those).
-- Written by the store's roller for closed days, listed in rolled_days; a day gets new or
-- fewer events (late events, imports, deleted goals) → its rows and its rolled_days entry go
-- in the same transaction, and the planner reads that day raw until it is rolled again.
CREATE TABLE day_sessions (
    website_id VARCHAR NOT NULL,
    day        DATE NOT NULL,
    session_id UUID NOT NULL,
    visitor_id UUID NOT NULL,
    first_ts   TIMESTAMP NOT NULL,
    last_ts    TIMESTAMP NOT NULL,
    pageviews  INTEGER NOT NULL,
    events     INTEGER NOT NULL,
    whole      BOOLEAN NOT NULL
);
CREATE TABLE rolled_days (
    website_id VARCHAR NOT NULL,
    day        DATE NOT NULL,
    rolled_at  TIMESTAMP NOT NULL,
    PRIMARY KEY (website_id, day)
);
-- Every (website, UTC day) that has events: what the roller looks at, kept by each append so
-- finding the days to roll never scans the events.
CREATE TABLE event_days (
    website_id VARCHAR NOT NULL,
    day        DATE NOT NULL,
    PRIMARY KEY (website_id, day)
);
INSERT INTO event_days SELECT DISTINCT website_id, CAST(ts AS DATE) FROM events;
