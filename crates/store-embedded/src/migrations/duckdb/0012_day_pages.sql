-- Per UTC day, visitor and page (hostname, pathname): that day's pageviews, and the latest
-- earlier rolled day on which the visitor viewed the page (`prev_day`, as the PREVIOUS_DAYS
-- columns of day_sessions), so that the unfiltered pages breakdown counts rows instead of
-- scanning and hashing every pageview. Written and taken back with the day's day_sessions
-- rows (one transaction), kept under the same stale list. The roller rolls every closed day
-- again to write it.
CREATE TABLE day_pages (
    website_id VARCHAR NOT NULL,
    day        DATE NOT NULL,
    visitor_id UUID NOT NULL,
    hostname   VARCHAR NOT NULL,
    pathname   VARCHAR NOT NULL,
    pageviews  INTEGER NOT NULL,
    prev_day   DATE
);
DELETE FROM day_sessions;
DELETE FROM rolled_days;
DELETE FROM day_sessions_stale;
