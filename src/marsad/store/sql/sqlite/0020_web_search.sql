-- Full-text search for the web workbench (issue 12). The index holds each document's title and
-- text after marsad's Arabic folding (hamza/alef/ya/ta marbuta forms, diacritics, tatweel), so a
-- folded query matches every spelling. Contentless: the original text stays in `documents` and
-- snippets are cut from it. `bare` holds each word again without its proclitics (و ف ب ل ك ال),
-- so «الجيش» also finds «والجيش» and «بالجيش». Filled by marsad.web.search.refresh_index (rowid = doc_key), which
-- remembers how far it got in search_state, so any database catches up on its next open.
CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, bare, content='', tokenize='unicode61 remove_diacritics 0');
CREATE TABLE search_state (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    last_doc_key  INTEGER NOT NULL
);
INSERT INTO search_state (id, last_doc_key) VALUES (1, 0);
