-- Who tells each event: the PostgreSQL twin of sql/sqlite/0024_event_sources.sql (one row per
-- event and reporting source or outlet; kept by the store as it adds reports).
CREATE TABLE event_sources (
    event_id  BIGINT NOT NULL REFERENCES events(event_id),
    source    TEXT NOT NULL,
    via       TEXT NOT NULL CHECK (via IN ('source', 'outlet')),
    PRIMARY KEY (event_id, source, via)
);
CREATE INDEX event_sources_source ON event_sources(source, event_id);
INSERT INTO event_sources (event_id, source, via)
SELECT DISTINCT event_id, reported_by, 'source' FROM reports WHERE event_id IS NOT NULL AND reported_by IS NOT NULL;
INSERT INTO event_sources (event_id, source, via)
SELECT DISTINCT r.event_id, o.name, 'outlet' FROM reports r JOIN documents d ON d.doc_key = r.doc_key
JOIN outlets o ON o.outlet_id = d.outlet_id WHERE r.event_id IS NOT NULL;
CREATE INDEX events_deaths ON events(fatalities_low NULLS FIRST);
CREATE INDEX events_type_deaths ON events(type, fatalities_low NULLS FIRST);
CREATE INDEX events_date_value ON events(date_value NULLS FIRST, event_id);
-- Review times as real timestamps (SQLite keeps ISO text).
ALTER TABLE reviews ALTER COLUMN created_at TYPE TIMESTAMPTZ USING CAST(created_at AS TIMESTAMPTZ);
ALTER TABLE event_reviewed ALTER COLUMN reviewed_at TYPE TIMESTAMPTZ USING CAST(reviewed_at AS TIMESTAMPTZ)
