"""Indexes only readers use, dropped for a bulk load and built once at its end (SQLite; the
PostgreSQL twin is in tests/store/test_postgres_schema.py): the writer's own lookups keep theirs, the database after the load
is the one written with every index in place (rows and schema), a store that holds more than the
load adds keeps its indexes, and a load that stopped half-way is mended by the next opening for
writing."""
from __future__ import annotations

import sqlite3

from marsad.store import open_store
from marsad.store.backends.sqlite import SQLiteBackend

from test_write_path import _more_docs


def _indexes(path: str) -> list[tuple[str, str]]:
    con = sqlite3.connect(path)
    try:
        return sorted(con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"))
    finally:
        con.close()


def test_a_bulk_load_without_the_readers_indexes_gives_the_same_database(tmp_path):
    docs = _more_docs()
    a, b = str(tmp_path / "a.db"), str(tmp_path / "b.db")
    with open_store(a) as st:
        want_keys = st.add_documents(docs)
        want = st.dump()
    with open_store(b) as st, st.keep_connections():
        dropped = st.defer_indexes(len(docs))
        during = {n for n, _ in _indexes(b)}
        got_keys = st.add_documents(docs[:5]) + st.add_documents(docs[5:])
        assert st.restore_indexes() == dropped
        got = st.dump()
    assert {"events_type_count", "events_date_value", "reports_event", "documents_published",
            "event_sources_source_type"} <= set(dropped)
    assert not during & set(dropped)
    assert SQLiteBackend.WRITER_INDEXES <= during  # the merge lookup and the originals' reports
    assert got_keys == want_keys and got == want and want["events"]
    assert _indexes(b) == _indexes(a)


def test_a_store_holding_more_than_the_load_keeps_its_indexes(tmp_path):
    docs = _more_docs()
    db = str(tmp_path / "s.db")
    with open_store(db) as st:
        st.add_documents(docs)
        assert st.defer_indexes(len(docs)) == [] and st.defer_indexes(3) == []
        assert st.defer_indexes(len(docs) + 1) != []  # more new documents than stored ones
        st.restore_indexes()
    with open_store(db, readonly=True) as st:
        assert st.defer_indexes(100) == [] and st.restore_indexes() == []


def test_a_load_that_stopped_is_mended_by_the_next_writer(tmp_path):
    docs = _more_docs()
    fresh, db = str(tmp_path / "fresh.db"), str(tmp_path / "s.db")
    open_store(fresh).close()
    with open_store(db) as st:
        assert st.defer_indexes(len(docs))
        st.add_documents(docs)
        events = st.events()
    # the process stopped before restore_indexes: readers get the same answers, without the indexes
    assert len(_indexes(db)) < len(_indexes(fresh))
    with open_store(db, readonly=True) as st:
        assert st.events() == events
    open_store(db).close()
    assert _indexes(db) == _indexes(fresh)
