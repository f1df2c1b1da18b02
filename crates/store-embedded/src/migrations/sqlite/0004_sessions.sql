-- Browser sessions of people (dashboard login). The cookie's secret is stored only as a
-- SHA-256 digest; `lookup` (first 8 bytes, hex) is an index, not enough to authenticate.
CREATE TABLE account_sessions (
    id         TEXT PRIMARY KEY,
    user_id    TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    lookup     TEXT NOT NULL,
    digest     TEXT NOT NULL,
    csrf_token TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
);
CREATE INDEX account_sessions_lookup ON account_sessions(lookup);
CREATE INDEX account_sessions_user ON account_sessions(user_id, created_at);
