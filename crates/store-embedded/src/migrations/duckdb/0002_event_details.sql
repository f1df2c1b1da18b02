-- Enrichment details and the ingestion cursor.
ALTER TABLE events ADD COLUMN referrer VARCHAR NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN referrer_name VARCHAR NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN utm_term VARCHAR NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN utm_content VARCHAR NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN ref_param VARCHAR NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN source_param VARCHAR NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN via_param VARCHAR NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN browser_version VARCHAR NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN os_version VARCHAR NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN language VARCHAR NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN latitude DOUBLE;
ALTER TABLE events ADD COLUMN longitude DOUBLE;
ALTER TABLE events ADD COLUMN visit_number INTEGER NOT NULL DEFAULT 0;

-- One row: the spool position the stored events reach (see datafast-ingest's spool).
CREATE TABLE ingest_cursor (
    id      INTEGER PRIMARY KEY,
    segment UBIGINT NOT NULL,
    "offset" UBIGINT NOT NULL
);
