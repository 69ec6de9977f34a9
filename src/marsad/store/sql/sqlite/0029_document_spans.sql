-- A document's spans (quantities, dates, entities, places) in one row, as one JSON array of
-- [layer, seq, start_off, end_off, surface, record] in (layer, seq) order (stop 24). Spans are
-- written with their document and only ever read back by it, whole (the document page, `marsad
-- show`), so a row each (~14 a document, each an entry in the primary key's index) cost the writer
-- ~4 times what one row a document costs (docs/SCALING.md, stop 24). `spans` stays as a view with
-- the table's columns, for plain SQL over spans.
CREATE TABLE document_spans (
    doc_key  INTEGER PRIMARY KEY REFERENCES documents(doc_key),
    spans    TEXT NOT NULL
);
INSERT INTO document_spans (doc_key, spans)
SELECT doc_key, '[' || group_concat(item, ', ') || ']'
FROM (SELECT doc_key, '[' || json_quote(layer) || ', ' || seq || ', ' || start_off || ', ' || end_off || ', '
             || json_quote(surface) || ', ' || record || ']' AS item
      FROM spans ORDER BY doc_key, layer, seq)
GROUP BY doc_key;
DROP TABLE spans;
CREATE VIEW spans AS
SELECT d.doc_key,
       json_extract(e.value, '$[0]') AS layer,
       json_extract(e.value, '$[1]') AS seq,
       json_extract(e.value, '$[2]') AS start_off,
       json_extract(e.value, '$[3]') AS end_off,
       json_extract(e.value, '$[4]') AS surface,
       json_extract(e.value, '$[5]') AS record
FROM document_spans AS d, json_each(d.spans) AS e;
