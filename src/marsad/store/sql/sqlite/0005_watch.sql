-- marsad watch (issue 16): what was fetched, when, with what answer, and where the raw bytes are.
-- These provenance tables carry wall-clock times on purpose (a fetch happens at a moment); the
-- evidence tables (documents, spans, events, reports) stay free of them. Owned by marsad.watch.

-- One row per URL ever listed and settled: not fetched again unless asked (--refetch).
CREATE TABLE watch_urls (
    url            TEXT PRIMARY KEY,
    outlet         TEXT,
    first_fetched  TEXT NOT NULL,
    last_fetched   TEXT NOT NULL,
    last_status    INTEGER,
    last_sha256    TEXT,
    etag           TEXT,
    last_modified  TEXT,
    doc_key        INTEGER REFERENCES documents(doc_key),
    versions       INTEGER NOT NULL DEFAULT 0
);

-- One row per fetch of an article page (failures too): the page's provenance.
CREATE TABLE watch_fetches (
    fetch_id        INTEGER PRIMARY KEY,
    url             TEXT NOT NULL,
    final_url       TEXT,
    outlet          TEXT,
    fetched_at      TEXT NOT NULL,
    status          INTEGER,
    content_type    TEXT,
    raw_sha256      TEXT,
    raw_size        INTEGER,
    raw_gzip        BLOB,
    warc_file       TEXT,
    warc_offset     INTEGER,
    warc_record_id  TEXT,
    doc_key         INTEGER REFERENCES documents(doc_key),
    version         INTEGER,
    outcome         TEXT NOT NULL,
    error           TEXT
);
CREATE INDEX watch_fetches_url ON watch_fetches(url, fetch_id);
CREATE INDEX watch_fetches_doc ON watch_fetches(doc_key);
