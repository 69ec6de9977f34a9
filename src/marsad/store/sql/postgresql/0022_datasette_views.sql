-- Joined views: the PostgreSQL twin of sql/sqlite/0022_datasette_views.sql. Reviewed values
-- (event_reviewed) replace the machine's; machine_* columns keep the machine's.
CREATE VIEW v_events AS
SELECT e.event_id,
       COALESCE(rv.type, e.type) AS type,
       e.subtype,
       COALESCE(rv.date_value, e.date_value) AS date_value,
       CASE WHEN rv.date_value IS NOT NULL THEN rv.date_grain ELSE e.date_grain END AS date_grain,
       CASE WHEN rv.date_value IS NOT NULL THEN CAST(rv.date_lo AS DATE) ELSE e.date_lo END AS date_lo,
       CASE WHEN rv.date_value IS NOT NULL THEN CAST(rv.date_hi AS DATE) ELSE e.date_hi END AS date_hi,
       CASE WHEN rv.place_name IS NOT NULL OR rv.place_ar IS NOT NULL THEN rv.place_id ELSE e.place_id END AS place_id,
       CASE WHEN rv.place_name IS NOT NULL OR rv.place_ar IS NOT NULL THEN rv.place_name ELSE e.place_name END AS place_name,
       CASE WHEN rv.place_name IS NOT NULL OR rv.place_ar IS NOT NULL THEN rv.place_ar ELSE e.place_ar END AS place_ar,
       CASE WHEN rv.place_name IS NOT NULL OR rv.place_ar IS NOT NULL THEN rv.admin1 ELSE e.admin1 END AS admin1,
       CASE WHEN rv.place_name IS NOT NULL OR rv.place_ar IS NOT NULL THEN rv.admin2 ELSE e.admin2 END AS admin2,
       CASE WHEN rv.place_name IS NOT NULL OR rv.place_ar IS NOT NULL THEN rv.lat ELSE e.lat END AS lat,
       CASE WHEN rv.place_name IS NOT NULL OR rv.place_ar IS NOT NULL THEN rv.lon ELSE e.lon END AS lon,
       CASE WHEN rv.place_name IS NOT NULL OR rv.place_ar IS NOT NULL THEN rv.place_level ELSE e.place_level END AS place_level,
       CASE WHEN rv.place_name IS NOT NULL OR rv.place_ar IS NOT NULL THEN NULL ELSE e.admin3 END AS admin3,
       CASE WHEN rv.count_low IS NOT NULL OR rv.count_high IS NOT NULL THEN rv.count_low ELSE e.count_low END AS count_low,
       CASE WHEN rv.count_low IS NOT NULL OR rv.count_high IS NOT NULL THEN rv.count_high ELSE e.count_high END AS count_high,
       COALESCE(rv.fatalities, e.fatalities_low) AS fatalities,
       e.kind,
       e.n_reports,
       e.n_outlets,
       COALESCE(rv.status, 'unreviewed') AS review_status,
       rv.actors AS reviewed_actors,
       e.type AS machine_type,
       e.date_value AS machine_date,
       e.place_name AS machine_place,
       e.count_low AS machine_count_low,
       e.count_high AS machine_count_high
FROM events e LEFT JOIN event_reviewed rv ON rv.event_id = e.event_id;

CREATE VIEW v_reports AS
SELECT r.report_id, r.event_id, d.doc_id, d.title, o.name AS outlet, d.published, d.url,
       r.kind, r.type, r.subtype, r.modality, r.trigger_text, r.sentence,
       r.count_low, r.count_high, r.approx, r.counted, r.counted_en, r.quantity,
       r.place_id, r.place_surface, r.date_value, r.date_grain, r.date_source,
       r.reported_by, r.reported_by_source, r.actors, r.confidence, r.start_off, r.end_off
FROM reports r JOIN documents d ON d.doc_key = r.doc_key LEFT JOIN outlets o ON o.outlet_id = d.outlet_id;

CREATE VIEW v_estimates AS
SELECT r.report_id, r.event_id, r.kind, r.type, r.modality, r.count_low, r.count_high, r.approx,
       r.counted, r.counted_en, r.quantity, r.scope, r.place_surface,
       r.reported_by AS claimed_by, r.reported_by_source AS claim_source,
       o.name AS outlet, d.doc_id, d.published, r.date_value, r.date_source, r.sentence
FROM reports r JOIN documents d ON d.doc_key = r.doc_key LEFT JOIN outlets o ON o.outlet_id = d.outlet_id
WHERE r.count_low IS NOT NULL OR r.count_high IS NOT NULL
