-- People, credentials, websites and memberships. Ids are 24-hex ObjectIds, times are
-- milliseconds since the epoch, secrets are stored only as SHA-256 digests.
CREATE TABLE users (
    id            TEXT PRIMARY KEY,
    email         TEXT NOT NULL UNIQUE,   -- stored lower-cased
    name          TEXT,
    image         TEXT,
    password_hash TEXT,                   -- argon2id PHC string
    created_at    INTEGER NOT NULL
);

CREATE TABLE access_tokens (
    id           TEXT PRIMARY KEY,
    user_id      TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    name         TEXT,
    display_key  TEXT NOT NULL,
    lookup       TEXT NOT NULL,           -- first 8 bytes of the digest, hex: index only
    digest       TEXT NOT NULL,
    permissions  TEXT NOT NULL,           -- JSON array of permission strings
    website_ids  TEXT NOT NULL,           -- JSON array; [] = all websites
    last_used_at INTEGER,
    created_at   INTEGER NOT NULL
);
CREATE INDEX access_tokens_lookup ON access_tokens(lookup);
CREATE INDEX access_tokens_user ON access_tokens(user_id, created_at);

CREATE TABLE websites (
    id          TEXT PRIMARY KEY,
    owner_id    TEXT NOT NULL REFERENCES users(id),
    domain      TEXT NOT NULL,
    name        TEXT,
    tracking_id TEXT NOT NULL UNIQUE,
    timezone    TEXT NOT NULL,
    currency    TEXT NOT NULL,
    settings    TEXT NOT NULL,            -- JSON object, see datafast_core::website::WebsiteSettings
    created_at  INTEGER NOT NULL
);
CREATE UNIQUE INDEX websites_owner_domain ON websites(owner_id, domain);

CREATE TABLE website_members (
    website_id TEXT NOT NULL REFERENCES websites(id) ON DELETE CASCADE,
    user_id    TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    role       TEXT NOT NULL CHECK (role IN ('owner', 'member', 'viewer')),
    created_at INTEGER NOT NULL,
    PRIMARY KEY (website_id, user_id)
);
CREATE INDEX website_members_user ON website_members(user_id);

CREATE TABLE website_keys (
    id           TEXT PRIMARY KEY,
    website_id   TEXT NOT NULL REFERENCES websites(id) ON DELETE CASCADE,
    created_by   TEXT NOT NULL REFERENCES users(id),
    name         TEXT,
    display_key  TEXT NOT NULL,
    lookup       TEXT NOT NULL,
    digest       TEXT NOT NULL,
    permissions  TEXT NOT NULL,
    last_used_at INTEGER,
    created_at   INTEGER NOT NULL
);
CREATE INDEX website_keys_lookup ON website_keys(lookup);
CREATE INDEX website_keys_website ON website_keys(website_id, created_at);
