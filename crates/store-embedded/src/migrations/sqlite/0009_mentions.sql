-- Mentions of a website on X and Reddit, imported with `datafast mentions import` and
-- searched by GET /api/v1/mentions. One row per platform and post URL on a website.
CREATE TABLE mentions (
    id           TEXT PRIMARY KEY,
    website_id   TEXT NOT NULL REFERENCES websites(id) ON DELETE CASCADE,
    platform     TEXT NOT NULL CHECK (platform IN ('x', 'reddit')),
    url          TEXT NOT NULL,
    author       TEXT NOT NULL,
    title        TEXT NOT NULL,
    text         TEXT NOT NULL,
    community    TEXT NOT NULL,
    ts           INTEGER NOT NULL,
    collected_at INTEGER NOT NULL,
    UNIQUE (website_id, platform, url)
);
CREATE INDEX mentions_by_time ON mentions (website_id, ts);
