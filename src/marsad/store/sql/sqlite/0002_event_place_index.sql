-- Merging looks up events of one type in one governorate within a date window.
CREATE INDEX events_type_admin1_date ON events(type, admin1, date_lo);
