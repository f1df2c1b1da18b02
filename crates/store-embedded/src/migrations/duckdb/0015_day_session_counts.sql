-- day_sessions counted: per UTC day and prev_day (the visitor's previous rolled day), how
-- many rows, and the sums of what each row says about itself (pageviews; rows of one
-- pageview and one event; rows with a pageview; first-to-last milliseconds). Unfiltered
-- totals over rolled days sum these (a few rows per day) instead of scanning day_sessions (31 M
-- rows at 100 M events): visitors are the rows whose prev_day is before the range, and the
-- sessions that are one row are every row less the few not `whole`, which the reader groups
-- by session itself. None of these columns depends on `whole`, so rolling a later day, which
-- clears `whole` on earlier rows, leaves the counts as they are. Written, taken back and
-- refreshed with the day_sessions rows it counts, in their transactions.
CREATE TABLE day_session_counts (
    website_id  VARCHAR NOT NULL,
    day         DATE NOT NULL,
    prev_day    DATE,
    row_count   BIGINT NOT NULL,
    pageviews   BIGINT NOT NULL,
    bounce_rows BIGINT NOT NULL,
    viewed_rows BIGINT NOT NULL,
    duration_ms BIGINT NOT NULL
);
INSERT INTO day_session_counts
SELECT website_id, day, prev_day, count(*), sum(pageviews), count(*) FILTER (WHERE pageviews = 1 AND events = 1),
       count(*) FILTER (WHERE pageviews > 0), sum(date_diff('millisecond', first_ts, last_ts))
FROM day_sessions GROUP BY ALL ORDER BY website_id, day;
