-- Analyst review (issue 12): every change is one row of `reviews` (who, when, field, old, new,
-- note), appended and never updated; the machine's extraction in `events`/`reports` is never
-- overwritten. `event_reviewed` holds the latest reviewed value of each field (NULL: the machine's
-- value stands) so views and exports read the reviewed value with one join.
CREATE TABLE reviews (
    review_id   INTEGER PRIMARY KEY,
    event_id    INTEGER NOT NULL REFERENCES events(event_id),
    field       TEXT NOT NULL,
    old_value   TEXT,
    new_value   TEXT,
    reviewer    TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    note        TEXT
);
CREATE INDEX reviews_event ON reviews(event_id, review_id);
CREATE TABLE event_reviewed (
    event_id    INTEGER PRIMARY KEY REFERENCES events(event_id),
    status      TEXT,
    type        TEXT,
    count_low   REAL,
    count_high  REAL,
    fatalities  REAL,
    place_id    TEXT,
    place_name  TEXT,
    place_ar    TEXT,
    admin1      TEXT,
    admin2      TEXT,
    lat         REAL,
    lon         REAL,
    place_level INTEGER,
    date_value  TEXT,
    date_grain  TEXT,
    date_lo     TEXT,
    date_hi     TEXT,
    actors      TEXT,
    reviewed_at TEXT
);
CREATE INDEX event_reviewed_status ON event_reviewed(status);
