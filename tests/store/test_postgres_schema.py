"""PostgreSQL's schema for the ordered writer (migration 0027): the rows derived from a document or
an event carry no foreign key while the evidence's own links keep theirs, the contract records are
stored as the exact canonical text the writer made, long values are lz4-compressed where the
server can, and a database made before the migration is upgraded with every row kept. A bulk load
(a clustered ingest) builds the indexes only readers use once, at its end, as on SQLite."""
from __future__ import annotations

import json

import pytest

from marsad.store import open_store
from marsad.store.backends import statements
from marsad.store.prepared import prepare

from test_store_api import _docs, _event, _record


def test_a_dollar_quoted_body_stays_one_statement():
    sql = ("-- a comment line; with a semicolon\nCREATE TABLE a (x INT);\n"
           "DO $$\nBEGIN\n    EXECUTE 'SELECT 1';\n    EXECUTE 'SELECT 2';\nEND\n$$;\nDROP TABLE a")
    got = statements(sql)
    assert got == ["CREATE TABLE a (x INT)", "DO $$\nBEGIN\n    EXECUTE 'SELECT 1';\n    EXECUTE 'SELECT 2';\nEND\n$$",
                   "DROP TABLE a"]


def _foreign_keys(st) -> set[tuple[str, str]]:
    return {(r["t"], r["c"]) for r in st.query(
        "SELECT conrelid::regclass::text AS t, a.attname AS c FROM pg_constraint k JOIN pg_attribute a "
        "ON a.attrelid = k.conrelid AND a.attnum = k.conkey[1] WHERE k.contype = 'f'")}


def test_derived_rows_have_no_foreign_key_and_the_evidence_keeps_its_own(pg_url):
    with open_store(pg_url) as st:
        fks = _foreign_keys(st)
    for gone in (("lsh_bands", "doc_key"), ("document_spans", "doc_key"), ("event_tally", "event_id"),
                 ("event_sources", "event_id")):
        assert gone not in fks
    for kept in (("reports", "doc_key"), ("reports", "event_id"), ("near_duplicates", "doc_key"),
                 ("near_duplicates", "other_key"), ("documents", "duplicate_of"), ("documents", "outlet_id")):
        assert kept in fks


def test_records_are_stored_as_the_text_the_writer_made(pg_url):
    long_text = "أفادت مصادر محلية بانشقاق 14 عنصراً في طفس. " + "وتواصلت الاشتباكات في ريف المدينة الغربي. " * 200
    i = long_text.index("14")
    docs = _docs() + [_record(long_text, "عنب بلدي", "2024-03-12", [_event(long_text, "بانشقاق", count=14)], id="long",
                              quantities=[{"start": i, "end": i + 2, "surface": "14", "value": 14, "unit": "عنصر"}],
                              places=[{"start": long_text.index("طفس"), "end": long_text.index("طفس") + 3,
                                       "surface": "طفس", "id": "C6034"}])]
    prepared = [prepare(d) for d in docs]
    with open_store(pg_url) as st:
        keys = st.add_prepared(prepared)
        types = {r["table_name"]: r["data_type"] for r in st.query(
            "SELECT table_name, data_type FROM information_schema.columns WHERE column_name = 'record' "
            "AND table_name IN ('documents', 'spans', 'reports')")}
        assert types == {"documents": "json", "spans": "json", "reports": "json"}
        for key, p in zip(keys, prepared):
            assert st.scalar("SELECT record::text FROM documents WHERE doc_key = ?", (key,)) == p["record"]
            # a document's spans as one JSON text, the writer's (migration 0029); the view gives them as rows
            assert st.scalar("SELECT spans::text FROM document_spans WHERE doc_key = ?", (key,)) == p["spans"]
            spans = [r["record"] for r in st.query(
                "SELECT record::text AS record FROM spans WHERE doc_key = ? ORDER BY layer, seq", (key,))]
            assert [json.loads(r) for r in spans] == [s[5] for s in json.loads(p["spans"] or "[]")]
            assert [r["record"] for r in st.query("SELECT record::text AS record FROM reports WHERE doc_key = ? "
                                                  "ORDER BY seq", (key,))] == [r["record"] for r in p["reports"]]
        assert len(spans) == 2  # the long document's
        # read back as the contract's record, the same as written
        assert st.document(keys[-1])["events"][0]["count"] == {"low": 14, "high": 14, "approx": False}
        lz4 = st.scalar("SELECT 'lz4' = ANY(enumvals) FROM pg_settings WHERE name = 'default_toast_compression'")
        if lz4:
            assert st.scalar("SELECT pg_column_compression(text) FROM documents WHERE doc_key = ?", (keys[-1],)) == "lz4"
            assert st.scalar("SELECT attcompression FROM pg_attribute WHERE attrelid = 'document_spans'::regclass "
                             "AND attname = 'spans'") == "l"


def test_a_database_made_before_the_migration_is_upgraded_with_its_rows(pg_server):
    from conftest import _pg_create

    from marsad.store.api import Store
    from marsad.store.backends.postgres import PostgresBackend

    class Before(PostgresBackend):
        def migrations(self):
            return [m for m in super().migrations() if m[0] < 27]

    docs = _docs()
    old_url, new_url = _pg_create(*pg_server), _pg_create(*pg_server)
    old = Store(Before(old_url))
    assert old.schema_version == 26
    old.add_documents(docs)
    old.close()
    with open_store(old_url) as st:  # migrated on opening for writing
        assert st.schema_version == st.backend.latest_version >= 28
        upgraded = st.dump()
        assert ("spans", "doc_key") not in _foreign_keys(st)
    with open_store(new_url) as st:
        st.add_documents(docs)
        fresh = st.dump()
    upgraded.pop("schema_migrations")
    fresh.pop("schema_migrations")
    assert upgraded == fresh
    assert fresh["documents"] and fresh["reports"] and fresh["events"] and fresh["lsh_bands"]


def test_no_index_that_no_query_can_use(pg_url):
    with open_store(pg_url) as st:
        names = {r["indexname"] for r in st.query("SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()")}
    assert not names & {"spans_layer_surface", "reports_actor_names", "reports_reported_by"}
    # the indexes the merge lookup and the web's filters read are kept
    assert {"events_type_admin1_lo", "events_type_lo", "reports_event", "reports_doc_event", "reports_place_surface",
            "event_sources_source_type", "lsh_bands_pkey", "document_spans_pkey"} <= names


def _index_defs(st) -> dict[str, str]:
    return {r["n"]: r["d"] for r in st.query(
        "SELECT i.relname AS n, pg_get_indexdef(x.indexrelid) AS d FROM pg_index x JOIN pg_class i ON "
        "i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid WHERE t.relnamespace = current_schema()::regnamespace")}


def test_a_bulk_load_without_the_readers_indexes_gives_the_same_database(new_store_url):
    """Store.defer_indexes on PostgreSQL: the web's indexes dropped (their definitions kept in
    marsad_meta), the writer's lookups and every constraint's index kept, the same rows written,
    then every index built again exactly as the migrations made it."""
    from marsad.store.backends.postgres import PostgresBackend

    from test_write_path import _more_docs

    docs = _more_docs()
    a, b = new_store_url(), new_store_url()
    if not a.startswith("postgresql"):
        pytest.skip("the SQLite twin is tests/store/test_bulk_indexes.py")
    with open_store(a) as st:
        want_keys = st.add_documents(docs)
        want, want_defs = st.dump(), _index_defs(st)
    with open_store(b) as st, st.keep_connections():
        dropped = st.defer_indexes(len(docs))
        during = _index_defs(st)
        kept = st.query("SELECT key FROM marsad_meta WHERE key LIKE ? ORDER BY key", ("deferred index %",))
        got_keys = st.add_documents(docs[:5]) + st.add_documents(docs[5:])
        assert st.restore_indexes() == dropped
        got, got_defs = st.dump(), _index_defs(st)
        left = st.query("SELECT key FROM marsad_meta WHERE key LIKE ?", ("deferred index %",))
    assert {"events_type_count", "events_date_value", "reports_event", "documents_published",
            "event_sources_source_type"} <= set(dropped)
    assert [r["key"] for r in kept] == ["deferred index " + n for n in dropped] and left == []
    assert not set(during) & set(dropped) and set(during) | set(dropped) == set(want_defs)
    assert PostgresBackend.WRITER_INDEXES <= set(during)
    assert {"documents_pkey", "documents_content_hash_outlet_key_key", "event_sources_pkey"} <= set(during)
    assert got_keys == want_keys and got == want and want["events"]
    assert got_defs == want_defs
    with open_store(b) as st:
        assert st.defer_indexes(len(docs)) == []  # a store holding more than the load keeps its indexes


def test_a_bulk_load_that_stopped_is_mended_by_the_next_writer(pg_url):
    from test_write_path import _more_docs

    with open_store(pg_url) as st:
        want = _index_defs(st)
        assert st.defer_indexes(100)
        st.add_documents(_more_docs())
        events = st.events()
        assert len(_index_defs(st)) < len(want)
    # the process stopped before restore_indexes: readers get the same answers, without the indexes
    with open_store(pg_url, readonly=True) as st:
        assert st.events() == events
    with open_store(pg_url) as st:
        assert _index_defs(st) == want and st.events() == events
