-- Team invitations (one-time links, secret stored as a SHA-256 digest) and revenue-provider
-- integrations (credentials and webhook signing secrets sealed with the server key).
CREATE TABLE website_invitations (
    id         TEXT PRIMARY KEY,
    website_id TEXT NOT NULL REFERENCES websites(id) ON DELETE CASCADE,
    email      TEXT NOT NULL,             -- lower-cased
    role       TEXT NOT NULL CHECK (role IN ('member', 'viewer')),
    invited_by TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    lookup     TEXT NOT NULL,             -- first 8 bytes of the digest, hex: index only
    digest     TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    UNIQUE (website_id, email)
);
CREATE INDEX website_invitations_lookup ON website_invitations(lookup);

CREATE TABLE website_integrations (
    website_id          TEXT NOT NULL REFERENCES websites(id) ON DELETE CASCADE,
    provider            TEXT NOT NULL,    -- stripe | lemonsqueezy | polar | paddle
    credentials         BLOB NOT NULL,    -- sealed JSON of ProviderCredentials
    display             TEXT NOT NULL,    -- JSON of the masked credentials
    webhook_secret      BLOB,             -- sealed, NULL until given
    webhook_display     TEXT,
    connected_by        TEXT NOT NULL,
    connected_at        INTEGER NOT NULL,
    resync_requested_at INTEGER,
    PRIMARY KEY (website_id, provider)
);
