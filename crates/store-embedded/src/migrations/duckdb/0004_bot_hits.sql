-- Crawler hits (POST /api/bot-traffic): one row per request, classified against the crawler
-- catalog when received. `verified` is true only for an IP inside the crawler's published ranges.
CREATE TABLE bot_hits (
    website_id VARCHAR NOT NULL,
    ts         TIMESTAMP NOT NULL,
    crawler_id VARCHAR NOT NULL,
    company    VARCHAR NOT NULL,
    category   VARCHAR NOT NULL,
    path       VARCHAR NOT NULL,
    verified   BOOLEAN NOT NULL
);

-- Hits refused because the account's monthly allowance was used up (usage `dropped`).
CREATE TABLE bot_hit_drops (
    website_id VARCHAR NOT NULL,
    ts         TIMESTAMP NOT NULL
);
