-- Indexes the web workbench's filters and sorts need on a large database (issue 12): the events
-- list counts and sorts unreviewed events on the table itself, so each filter+sort pair it offers
-- reads one index range (type or none, then the sort key) instead of every event.
CREATE INDEX IF NOT EXISTS events_admin1 ON events(admin1);
CREATE INDEX IF NOT EXISTS events_date_lo ON events(date_lo);
CREATE INDEX IF NOT EXISTS events_type_lo ON events(type, date_lo);
CREATE INDEX IF NOT EXISTS events_admin1_lo ON events(admin1, date_lo);
CREATE INDEX IF NOT EXISTS events_count ON events(COALESCE(count_high, count_low));
CREATE INDEX IF NOT EXISTS events_type_count ON events(type, COALESCE(count_high, count_low));
CREATE INDEX IF NOT EXISTS events_reports ON events(n_reports);
CREATE INDEX IF NOT EXISTS events_type_reports ON events(type, n_reports);
CREATE INDEX IF NOT EXISTS reports_reported_by ON reports(reported_by, event_id);
CREATE INDEX IF NOT EXISTS reports_doc_event ON reports(doc_key, event_id);
CREATE INDEX IF NOT EXISTS reports_place_surface ON reports(place_surface);
CREATE INDEX IF NOT EXISTS documents_outlet ON documents(outlet_id);
CREATE INDEX IF NOT EXISTS documents_published ON documents(published)
