-- The web workbench's list indexes: the PostgreSQL twin of sql/sqlite/0023_web_indexes.sql. Sort
-- keys are indexed NULLS FIRST, the order marsad lists in on both databases (NULL first ascending,
-- last descending), so one index serves both directions.
CREATE INDEX IF NOT EXISTS events_date_lo ON events(date_lo);
CREATE INDEX IF NOT EXISTS events_type_lo ON events(type, date_lo);
CREATE INDEX IF NOT EXISTS events_admin1_lo ON events(admin1, date_lo);
CREATE INDEX IF NOT EXISTS events_count ON events((COALESCE(count_high, count_low)) NULLS FIRST);
CREATE INDEX IF NOT EXISTS events_type_count ON events(type, (COALESCE(count_high, count_low)) NULLS FIRST);
CREATE INDEX IF NOT EXISTS events_reports ON events(n_reports);
CREATE INDEX IF NOT EXISTS events_type_reports ON events(type, n_reports);
CREATE INDEX IF NOT EXISTS reports_reported_by ON reports(reported_by, event_id);
CREATE INDEX IF NOT EXISTS reports_doc_event ON reports(doc_key, event_id);
CREATE INDEX IF NOT EXISTS reports_place_surface ON reports(place_surface)
