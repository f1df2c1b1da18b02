-- What the visitor profile shows beside the system: the window size the tracker reports with
-- each pageview, and the ad click ids (gclid, fbclid, ...) of the landing URL. Appended at the
-- end: the ingestion appender writes columns in table order.
ALTER TABLE events ADD COLUMN viewport_width INTEGER;
ALTER TABLE events ADD COLUMN viewport_height INTEGER;
ALTER TABLE events ADD COLUMN ad_click_ids VARCHAR NOT NULL DEFAULT '';
