-- Bot-traffic settings per website (JSON of datafast_core::bot::BotSettings) and the website's
-- `dfbot_` ingestion token, stored as a SHA-256 digest with a masked copy for display.
CREATE TABLE website_bot_traffic (
    website_id       TEXT PRIMARY KEY REFERENCES websites(id) ON DELETE CASCADE,
    settings         TEXT NOT NULL,
    token_digest     TEXT,
    token_display    TEXT,
    token_created_at INTEGER
);
