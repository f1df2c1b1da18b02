-- The visitors whose rows a day rolled out of order, or taken back, may have left wrong in
-- later days (their rows on that day, listed with the stale day in the same transaction):
-- the roller writes only those visitors' later rows again, instead of every later row of
-- the website (117.8 s in one writer transaction at 10 M events for the first day). A
-- website in day_sessions_stale without listed visitors (marked before this migration) is
-- written again whole.
CREATE TABLE day_sessions_stale_visitors (
    website_id VARCHAR NOT NULL,
    visitor_id UUID NOT NULL,
    PRIMARY KEY (website_id, visitor_id)
);
