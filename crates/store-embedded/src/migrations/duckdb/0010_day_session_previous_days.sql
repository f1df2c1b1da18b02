-- Each day_sessions row gains the `datafast_store::PREVIOUS_DAYS` columns: the latest rolled
-- day on which its visitor has an earlier row (with the same breakdown key), so that an
-- unfiltered count of distinct visitors over rolled days counts rows instead of hashing
-- visitor ids. The roller writes them with each day (looking back at the visitor's earlier
-- rows); a day rolled before later rolled days, or taken back, lists itself in
-- `day_sessions_stale`: the rows after it may hold wrong values until the roller writes them
-- again, and readers do not use the columns on a website listed there.
-- The old rows lack the values: they go, and the roller rolls every closed day again.
ALTER TABLE day_sessions ADD COLUMN prev_day DATE;
ALTER TABLE day_sessions ADD COLUMN prev_day_referrer DATE;
ALTER TABLE day_sessions ADD COLUMN prev_day_channel DATE;
ALTER TABLE day_sessions ADD COLUMN prev_day_campaign DATE;
ALTER TABLE day_sessions ADD COLUMN prev_day_country DATE;
ALTER TABLE day_sessions ADD COLUMN prev_day_region DATE;
ALTER TABLE day_sessions ADD COLUMN prev_day_city DATE;
ALTER TABLE day_sessions ADD COLUMN prev_day_device DATE;
ALTER TABLE day_sessions ADD COLUMN prev_day_browser DATE;
ALTER TABLE day_sessions ADD COLUMN prev_day_os DATE;
ALTER TABLE day_sessions ADD COLUMN prev_day_hostname DATE;
DELETE FROM day_sessions;
DELETE FROM rolled_days;
CREATE TABLE day_sessions_stale (
    website_id VARCHAR NOT NULL,
    day        DATE NOT NULL,
    PRIMARY KEY (website_id, day)
);
