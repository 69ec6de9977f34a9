-- The events list's commonest filter, a type in a governorate, read in each sort's order (date,
-- reports, count) from one index range instead of every event of the type.
CREATE INDEX events_type_admin1_lo ON events(type, admin1, date_lo);
CREATE INDEX events_type_admin1_reports ON events(type, admin1, n_reports);
CREATE INDEX events_type_admin1_count ON events(type, admin1, COALESCE(count_high, count_low))
