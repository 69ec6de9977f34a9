-- Events overlapping a new report's window are found from their END date: news moves forward in
-- time, so "ends on or after the window start" selects the few recent events, whatever the size.
CREATE INDEX events_type_admin1_hi ON events(type, admin1, date_hi);
CREATE INDEX events_type_hi ON events(type, date_hi);
