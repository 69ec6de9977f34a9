-- The PostgreSQL twin of sql/sqlite/0025_list_indexes.sql (sort keys NULLS FIRST, as marsad lists).
CREATE INDEX events_type_admin1_lo ON events(type, admin1, date_lo);
CREATE INDEX events_type_admin1_reports ON events(type, admin1, n_reports);
CREATE INDEX events_type_admin1_count ON events(type, admin1, (COALESCE(count_high, count_low)) NULLS FIRST)
