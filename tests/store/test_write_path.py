"""The store's write path as the cluster uses it, on both backends: documents prepared apart
(store.prepared, plain data a worker pickles) store exactly as ``add_documents`` stores them; kept
connections are reused and a failed one is not; outlet keys do not depend on how often an outlet
was seen; many rows go in one statement where statements are round trips."""
from __future__ import annotations

import pickle

import pytest

from marsad.resources import DEDUP_THRESHOLD
from marsad.store import DocumentFailed, open_store
from marsad.store.prepared import prepare, prepare_or_fail

from test_store_api import _docs, _event, _record


def _signer():
    from marsad.ingest.dedup import NearDuplicateIndex

    return NearDuplicateIndex(threshold=DEDUP_THRESHOLD)


def _more_docs() -> list[dict]:
    """The API test documents, then near-copies and a second telling from the same outlets."""
    docs = _docs()
    t = "وأفادت مصادر محلية أن 12 عنصراً انشقوا عن قوات النظام في طفس مساء الأحد بعد اشتباك قصير."
    u = t.replace("مساء", "ليل")
    docs.append(_record(t, "عنب بلدي", "2024-03-10", [_event(t, "انشقوا", count=12, date="2024-03-09")], id="d7"))
    docs.append(_record(u, "السورية نت", "2024-03-10", [_event(u, "انشقوا", count=13, date="2024-03-09")], id="d8"))
    docs.append(_record(t, "الوطن", "2024-03-11", [_event(t, "انشقوا", count=12, date="2024-03-09")], id="d9"))
    return docs


def test_prepared_documents_store_as_add_documents_does(new_store_url):
    docs = _more_docs()
    a, b = new_store_url(), new_store_url()
    with open_store(a) as st:
        want_keys = st.add_documents(docs[:4]) + st.add_documents(docs[4:])
        want = st.dump()
    signer = _signer()
    shipped = pickle.loads(pickle.dumps([prepare(d, signer) for d in docs]))  # as a worker sends them
    with open_store(b) as st, st.keep_connections():
        got_keys = st.add_prepared(shipped[:4]) + st.add_prepared(shipped[4:])
        got = st.dump()
    assert got_keys == want_keys and all(isinstance(k, int) for k in got_keys)
    assert got == want
    assert len(want["near_duplicates"]) >= 2 and len(want["lsh_bands"]) >= 25 * 3


def test_prepared_rows_are_plain_data():
    p = prepare(_docs()[0], _signer())
    assert isinstance(p["record"], str) and isinstance(p["sig"], bytes) and len(p["bands"]) == 25
    assert all(isinstance(s[5], str) for s in p["spans"])
    (r,) = p["reports"]
    assert r["cols"]["count_low"] == 35.0 and r["view"]["id"] == "C6034" and r["window"][0] <= "2024-03-04"
    assert prepare(_docs()[0])["sig"] is None  # dedup off: no signature, no bands


def test_a_document_that_cannot_be_prepared_fails_alone(store_url):
    bad = _record("نص قصير", "أ", None, [{"type": "defection", "start": "x", "end": 2}], id="bad")
    prepared = [prepare_or_fail(d) for d in (_docs()[0], bad, _docs()[1])]
    assert isinstance(prepared[1], DocumentFailed) and "could not store document" in prepared[1].reason
    with open_store(store_url, dedup_threshold=None) as st:
        res = st.add_prepared(prepared)
        assert isinstance(res[0], int) and res[1] is prepared[1] and isinstance(res[2], int)
        assert st.counts()["documents"] == 2


def test_kept_connections_are_reused_and_a_failed_one_is_not(store_url, monkeypatch):
    st = open_store(store_url)
    opened = []
    real = st.backend.connect
    monkeypatch.setattr(st.backend, "connect", lambda write: opened.append(write) or real(write))
    with st.keep_connections():
        st.add_documents(_docs()[:1])
        st.add_documents(_docs()[1:2])
        assert st.counts()["documents"] == 2
        assert opened == [True, False]  # one write connection, one read connection

        def boom(tx):
            tx.execute("INSERT INTO outlets (name) VALUES (?)", ("سيُلغى",))
            raise RuntimeError("undone")

        with pytest.raises(RuntimeError):
            st.write(boom)
        st.add_documents(_docs()[2:3])
        assert opened == [True, False, True]  # the failed unit's connection was closed, not kept
    assert st.scalar("SELECT COUNT(*) FROM outlets WHERE name = ?", ("سيُلغى",)) == 0
    st.close()


def test_outlet_keys_do_not_depend_on_how_often_an_outlet_was_seen(store_url):
    """PostgreSQL's identity advances on every INSERT attempt; the store inserts only new outlets,
    so a restarted or clustered run gives the same keys as one uninterrupted run."""
    docs = _more_docs()
    with open_store(store_url) as st:
        st.add_documents(docs[:2])
        st.add_documents(docs[:2])  # seen again: stored already
    with open_store(store_url) as st:  # a new process: nothing remembered
        st.add_documents(docs[2:])
        outlets = st.query("SELECT outlet_id, name FROM outlets ORDER BY outlet_id")
    names = []
    for d in docs:
        if d["outlet"] not in names:
            names.append(d["outlet"])
    assert [(o["outlet_id"], o["name"]) for o in outlets] == list(enumerate(names, 1))


def test_many_rows_in_one_statement_where_statements_are_round_trips(store_url, monkeypatch):
    st = open_store(store_url)
    statements = []
    with st.unit(write=True) as tx:
        real = tx.execute
        monkeypatch.setattr(tx, "execute", lambda q, p=(): statements.append(q) or real(q, p))
        tx.execute("CREATE TABLE many (a INTEGER, b TEXT)")
        tx.insert_rows("many", ("a", "b"), [(i, f"r{i}") for i in range(1200)])
        assert tx.scalar("SELECT COUNT(*) FROM many") == 1200
        assert tx.scalar("SELECT SUM(a) FROM many") == sum(range(1200))
    inserts = [q for q in statements if q.startswith("INSERT")]
    if st.backend.multi_row_inserts:  # PostgreSQL: 500 rows of 2 columns per statement
        assert len(inserts) == 3
    else:  # SQLite: one prepared statement through executemany
        assert inserts == []
    st.close()
