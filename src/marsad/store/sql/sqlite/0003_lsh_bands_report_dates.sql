-- Near-duplicate lookup lives in the database (MinHash LSH bands), so memory stays flat however
-- many documents are stored and nothing has to be rebuilt when a database is opened.
CREATE TABLE lsh_bands (
    band     INTEGER NOT NULL,
    bkey     INTEGER NOT NULL,
    doc_key  INTEGER NOT NULL REFERENCES documents(doc_key),
    PRIMARY KEY (band, bkey, doc_key)
);

-- Each report's date as the interval of days it denotes (unwidened), so an event's span is a
-- MIN/MAX over its reports.
ALTER TABLE reports ADD COLUMN date_lo TEXT;
ALTER TABLE reports ADD COLUMN date_hi TEXT;
