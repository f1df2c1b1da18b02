-- Funnels, goal display customizations and manual notes (chart annotations).

CREATE TABLE funnels (
    id         TEXT PRIMARY KEY,
    website_id TEXT NOT NULL REFERENCES websites(id) ON DELETE CASCADE,
    name       TEXT NOT NULL,
    slug       TEXT NOT NULL,
    steps      TEXT NOT NULL,            -- JSON array of {id, name, type, url | goalName}
    is_active  INTEGER NOT NULL,         -- 0 once deleted (soft delete keeps the history)
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX funnels_website_slug ON funnels(website_id, slug);
CREATE INDEX funnels_website ON funnels(website_id, is_active, created_at);

CREATE TABLE goal_customizations (
    website_id   TEXT NOT NULL REFERENCES websites(id) ON DELETE CASCADE,
    goal_name    TEXT NOT NULL,
    display_name TEXT,
    color        TEXT,
    description  TEXT,
    updated_at   INTEGER NOT NULL,
    PRIMARY KEY (website_id, goal_name)
);

CREATE TABLE notes (
    id              TEXT PRIMARY KEY,
    website_id      TEXT NOT NULL REFERENCES websites(id) ON DELETE CASCADE,
    author_id       TEXT NOT NULL,       -- no foreign key: a note outlives its author (shown as null)
    text            TEXT NOT NULL,
    ts              INTEGER NOT NULL,    -- the annotated instant, ms since the epoch
    idempotency_key TEXT,
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL
);
CREATE INDEX notes_website_ts ON notes(website_id, ts);
-- Keys are scoped to website + author and held only while the note exists.
CREATE UNIQUE INDEX notes_idempotency ON notes(website_id, author_id, idempotency_key)
    WHERE idempotency_key IS NOT NULL;
