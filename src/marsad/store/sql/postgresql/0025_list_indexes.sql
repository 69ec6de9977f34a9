-- The PostgreSQL twin of sql/sqlite/0025_list_indexes.sql (sort keys NULLS FIRST, as marsad lists).
CREATE INDEX events_type_admin1_lo ON events(type, admin1, date_lo);
CREATE INDEX events_type_admin1_reports ON events(type, admin1, n_reports);
CREATE INDEX events_type_admin1_count ON events(type, admin1, (COALESCE(count_high, count_low)) NULLS FIRST);
ALTER TABLE event_sources ADD COLUMN type TEXT;
UPDATE event_sources s SET type = e.type FROM events e WHERE e.event_id = s.event_id;
CREATE INDEX event_sources_source_type ON event_sources(source, type, event_id)
