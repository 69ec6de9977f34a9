-- Full-text search for the web workbench: the PostgreSQL twin of sql/sqlite/0020_web_search.sql.
-- `body` holds each document's title and text after marsad's own Arabic folding (done in Python
-- by marsad.web.search, so both databases fold alike: hamza/alef/ya/ta marbuta forms, diacritics,
-- tatweel), each word also without its proclitics (و ف ب ل ك ال), as a 'simple' tsvector (no
-- stemming, no stop words) under a GIN index. Snippets are cut from the original text in Python.
-- search_state remembers how far the index got, so any database catches up on its next open.
CREATE TABLE documents_search (
    doc_key  BIGINT PRIMARY KEY REFERENCES documents(doc_key),
    body     TSVECTOR NOT NULL
);
CREATE INDEX documents_search_body ON documents_search USING GIN (body);
CREATE TABLE search_state (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    last_doc_key  BIGINT NOT NULL
);
INSERT INTO search_state (id, last_doc_key) VALUES (1, 0)
