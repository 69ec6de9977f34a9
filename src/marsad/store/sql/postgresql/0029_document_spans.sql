-- A document's spans (quantities, dates, entities, places) in one row, as one JSON array of
-- [layer, seq, start_off, end_off, surface, record] in (layer, seq) order (stop 24; the twin of
-- sql/sqlite/0029). Spans are written with their document and only ever read back by it, whole
-- (the document page, `marsad show`): ~14 rows a document, each a heap tuple and an entry in the
-- primary key's index, cost the writer's server session ~1.6 times what one row a document costs
-- (docs/SCALING.md, stop 24). `spans` stays as a view with the table's columns, for plain SQL
-- over spans. Like the span rows before, the row keeps no foreign key (0027).
CREATE TABLE document_spans (
    doc_key  BIGINT PRIMARY KEY,
    spans    JSON NOT NULL
);
INSERT INTO document_spans (doc_key, spans)
SELECT doc_key, ('[' || string_agg('[' || to_json(layer)::text || ', ' || seq || ', ' || start_off || ', ' || end_off
                                   || ', ' || to_json(surface)::text || ', ' || record::text || ']', ', '
                                   ORDER BY layer, seq) || ']')::json
FROM spans GROUP BY doc_key;
DROP TABLE spans;
CREATE VIEW spans AS
SELECT d.doc_key,
       e.v ->> 0 AS layer,
       (e.v ->> 1)::integer AS seq,
       (e.v ->> 2)::integer AS start_off,
       (e.v ->> 3)::integer AS end_off,
       e.v ->> 4 AS surface,
       e.v -> 5 AS record
FROM document_spans AS d CROSS JOIN LATERAL json_array_elements(d.spans) AS e(v);
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_settings WHERE name = 'default_toast_compression' AND 'lz4' = ANY(enumvals)) THEN
        EXECUTE 'ALTER TABLE document_spans ALTER COLUMN spans SET COMPRESSION lz4';
    END IF;
END
$$
