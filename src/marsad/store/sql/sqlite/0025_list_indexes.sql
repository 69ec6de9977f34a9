-- The events list's commonest filters read from one index range each (issue 12's speed goal):
-- a type in a governorate, in each sort's order (date, reports, count); and who tells events of
-- one type, through the event's (machine) type kept beside each of its sources.
CREATE INDEX events_type_admin1_lo ON events(type, admin1, date_lo);
CREATE INDEX events_type_admin1_reports ON events(type, admin1, n_reports);
CREATE INDEX events_type_admin1_count ON events(type, admin1, COALESCE(count_high, count_low));
ALTER TABLE event_sources ADD COLUMN type TEXT;
UPDATE event_sources SET type = (SELECT e.type FROM events e WHERE e.event_id = event_sources.event_id);
CREATE INDEX event_sources_source_type ON event_sources(source, type, event_id)
