-- The ordered writer's server work per document (stop 20; PostgreSQL only: SQLite has its own
-- costs). Measured on a 2,000-page crawl written as the cluster's driver writes it (~60 rows per
-- document): every foreign key costs the server one more index probe per inserted row (a trigger
-- and a query), a jsonb value is parsed into its binary form on the way in, and pglz compresses
-- every long text. None of it changes what is stored or found.

-- Rows derived from a document or an event, written by the store's writer in the same
-- transaction as their parent and never by anything else, keep no foreign key: the LSH band
-- rows (25 a document), the span rows (~14), and an event's tally and source rows. The
-- evidence's own links keep theirs (reports to documents and events, near-duplicate links,
-- duplicate_of, outlets).
ALTER TABLE lsh_bands DROP CONSTRAINT IF EXISTS lsh_bands_doc_key_fkey;
ALTER TABLE spans DROP CONSTRAINT IF EXISTS spans_doc_key_fkey;
ALTER TABLE event_tally DROP CONSTRAINT IF EXISTS event_tally_event_id_fkey;
ALTER TABLE event_sources DROP CONSTRAINT IF EXISTS event_sources_event_id_fkey;

-- The contract records are written once and only ever read back whole (no SQL looks inside
-- them): json keeps the canonical text the writer made, checked but not re-encoded.
ALTER TABLE documents ALTER COLUMN record TYPE JSON;
ALTER TABLE spans ALTER COLUMN record TYPE JSON;
ALTER TABLE reports ALTER COLUMN record TYPE JSON;

-- Long values (a document's text and record, a report's record) compressed with lz4, several
-- times cheaper than the default pglz, where the server was built with it (Debian's and the
-- official images are); otherwise nothing changes.
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_settings WHERE name = 'default_toast_compression' AND 'lz4' = ANY(enumvals)) THEN
        EXECUTE 'ALTER TABLE documents ALTER COLUMN text SET COMPRESSION lz4, ALTER COLUMN record SET COMPRESSION lz4';
        EXECUTE 'ALTER TABLE reports ALTER COLUMN record SET COMPRESSION lz4, ALTER COLUMN sentence SET COMPRESSION lz4';
        EXECUTE 'ALTER TABLE spans ALTER COLUMN record SET COMPRESSION lz4';
    END IF;
END
$$
