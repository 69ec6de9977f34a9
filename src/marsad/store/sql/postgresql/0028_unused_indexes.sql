-- Indexes no query of marsad can use, each one more entry to write for every row (stop 20, the
-- ordered writer's server work; PostgreSQL only):
-- spans(layer, surface): spans are only ever read by document (their primary key);
-- the GIN over reports.actor_names: the actor filter matches a substring of any name (LIKE over
-- unnest), which a GIN of whole names cannot answer;
-- reports(reported_by, event_id): the source filters read event_sources (migration 0024); the
-- reports list matches LOWER(reported_by) LIKE a substring, which this index cannot answer.
DROP INDEX IF EXISTS spans_layer_surface;
DROP INDEX IF EXISTS reports_actor_names;
DROP INDEX IF EXISTS reports_reported_by
