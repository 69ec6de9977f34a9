-- marsad evidence store, SQLite dialect (the PostgreSQL twin is sql/postgresql/0001_init.sql).
-- Records are stored whole as JSON (``record``): a field the extractor adds needs no migration.
-- The other columns are what is filtered, merged or joined on. No wall-clock column outside
-- reviews: two runs over the same input give identical rows.

CREATE TABLE outlets (
    outlet_id   INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE
);

-- One row per (text, outlet): the same text from a second outlet is a second report of it
-- (duplicate_of points to the first), the same text from the same outlet is stored once.
CREATE TABLE documents (
    doc_key       INTEGER PRIMARY KEY,
    content_hash  TEXT NOT NULL,
    outlet_key    TEXT NOT NULL,
    doc_id        TEXT NOT NULL,
    outlet_id     INTEGER REFERENCES outlets(outlet_id),
    url           TEXT,
    published     TEXT,
    title         TEXT,
    author        TEXT,
    source        TEXT,
    text          TEXT NOT NULL,
    record        TEXT NOT NULL,
    minhash       BLOB,
    duplicate_of  INTEGER REFERENCES documents(doc_key),
    UNIQUE (content_hash, outlet_key)
);
CREATE INDEX documents_doc_id ON documents(doc_id);
CREATE INDEX documents_published ON documents(published);
CREATE INDEX documents_outlet ON documents(outlet_id);

CREATE TABLE near_duplicates (
    doc_key      INTEGER NOT NULL REFERENCES documents(doc_key),
    other_key    INTEGER NOT NULL REFERENCES documents(doc_key),
    PRIMARY KEY (doc_key, other_key)
);

-- MinHash LSH bands: the near-duplicate lookup is a few indexed queries, memory stays flat.
CREATE TABLE lsh_bands (
    band     INTEGER NOT NULL,
    bkey     INTEGER NOT NULL,
    doc_key  INTEGER NOT NULL REFERENCES documents(doc_key),
    PRIMARY KEY (band, bkey, doc_key)
);

-- Span layers other than events (quantities, dates, entities, places, ...), each record whole.
CREATE TABLE spans (
    doc_key   INTEGER NOT NULL REFERENCES documents(doc_key),
    layer     TEXT NOT NULL,
    seq       INTEGER NOT NULL,
    start_off INTEGER NOT NULL,
    end_off   INTEGER NOT NULL,
    surface   TEXT NOT NULL,
    record    TEXT NOT NULL,
    PRIMARY KEY (doc_key, layer, seq)
);
CREATE INDEX spans_layer_surface ON spans(layer, surface);

-- Merged incidents. Columns are derived from their reports (envelopes, best date, most specific
-- place); anchor_* is the first stated figure, which merging compares with.
CREATE TABLE events (
    event_id     INTEGER PRIMARY KEY,
    kind         TEXT NOT NULL DEFAULT 'incident',
    type         TEXT NOT NULL,
    subtype      TEXT,
    place_id     TEXT,
    place_name   TEXT,
    place_ar     TEXT,
    admin1       TEXT,
    admin2       TEXT,
    admin3       TEXT,
    country      TEXT,
    place_kind   TEXT,
    lat          REAL,
    lon          REAL,
    place_level  INTEGER NOT NULL DEFAULT 0,
    date_lo      TEXT NOT NULL,
    date_hi      TEXT NOT NULL,
    date_value   TEXT,
    date_grain   TEXT,
    count_low    REAL,
    count_high   REAL,
    anchor_low   REAL,
    anchor_high  REAL,
    fatalities_low  REAL,
    fatalities_high REAL,
    injured_low  REAL,
    injured_high REAL,
    n_reports    INTEGER NOT NULL DEFAULT 0,
    n_outlets    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX events_type_admin1_hi ON events(type, admin1, date_hi);
CREATE INDEX events_type_hi ON events(type, date_hi);
CREATE INDEX events_date ON events(date_value);
CREATE INDEX events_admin1 ON events(admin1);
CREATE INDEX events_place ON events(place_id);

-- Every event mention an extractor reported, counted or not (denied, future, aggregates...).
CREATE TABLE reports (
    report_id     INTEGER PRIMARY KEY,
    event_id      INTEGER REFERENCES events(event_id),
    doc_key       INTEGER NOT NULL REFERENCES documents(doc_key),
    seq           INTEGER NOT NULL,
    kind          TEXT NOT NULL,
    type          TEXT NOT NULL,
    subtype       TEXT,
    modality      TEXT NOT NULL,
    background    INTEGER NOT NULL,
    counted_in    INTEGER NOT NULL,
    start_off     INTEGER NOT NULL,
    end_off       INTEGER NOT NULL,
    trigger_text  TEXT NOT NULL,
    sentence      TEXT NOT NULL,
    count_low     REAL,
    count_high    REAL,
    approx        INTEGER,
    fatalities_low  REAL,
    fatalities_high REAL,
    injured_low   REAL,
    injured_high  REAL,
    counted       TEXT,
    counted_en    TEXT,
    quantity      TEXT,
    place_id      TEXT,
    place_surface TEXT,
    admin1        TEXT,
    date_value    TEXT,
    date_grain    TEXT,
    date_source   TEXT,
    date_lo       TEXT NOT NULL,
    date_hi       TEXT NOT NULL,
    reported_by   TEXT,
    reported_by_source TEXT,
    confidence    REAL,
    actors        TEXT NOT NULL,
    actor_names   TEXT NOT NULL,
    record        TEXT NOT NULL,
    scope         TEXT,
    UNIQUE (doc_key, seq)
);
CREATE INDEX reports_event ON reports(event_id);
CREATE INDEX reports_type_kind ON reports(type, kind);
CREATE INDEX reports_modality ON reports(modality);
