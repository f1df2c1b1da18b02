-- Each day_sessions row gains `datafast_store::PREVIOUS_LAST_EVENTS`: the latest last event of
-- the rows of its visitor (and of its session) that precede it by first event, so that
-- unfiltered visitors and sessions per bucket of any zone and interval count rows instead of
-- hashing ids (a row counts in a bucket its first or last event is in when no earlier row
-- reaches into that bucket). Written and kept like the PREVIOUS_DAYS columns (migration 10),
-- under the same stale list. The old rows lack the values: they go, and the roller rolls
-- every closed day again.
ALTER TABLE day_sessions ADD COLUMN prev_last_ts TIMESTAMP;
ALTER TABLE day_sessions ADD COLUMN prev_session_last_ts TIMESTAMP;
DELETE FROM day_sessions;
DELETE FROM rolled_days;
DELETE FROM day_sessions_stale;
