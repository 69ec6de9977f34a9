-- Who tells each event (issue 12's speed goal): one row per (event, reporting source or outlet),
-- so "events told by X" is an index probe per event instead of a join of every report with its
-- document. Kept by the store as it adds reports; filled here from what is already stored.
CREATE TABLE event_sources (
    event_id  INTEGER NOT NULL REFERENCES events(event_id),
    source    TEXT NOT NULL,
    via       TEXT NOT NULL CHECK (via IN ('source', 'outlet')),
    PRIMARY KEY (event_id, source, via)
) WITHOUT ROWID;
CREATE INDEX event_sources_source ON event_sources(source, event_id);
INSERT INTO event_sources (event_id, source, via)
SELECT DISTINCT event_id, reported_by, 'source' FROM reports WHERE event_id IS NOT NULL AND reported_by IS NOT NULL;
INSERT INTO event_sources (event_id, source, via)
SELECT DISTINCT r.event_id, o.name, 'outlet' FROM reports r JOIN documents d ON d.doc_key = r.doc_key
JOIN outlets o ON o.outlet_id = d.outlet_id WHERE r.event_id IS NOT NULL;
-- The events list's sort keys that 0023 has no index for.
CREATE INDEX events_deaths ON events(fatalities_low);
CREATE INDEX events_type_deaths ON events(type, fatalities_low);
CREATE INDEX events_date_value ON events(date_value, event_id)
