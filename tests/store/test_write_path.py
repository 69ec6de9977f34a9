"""The store's write path as the cluster uses it, on both backends: documents prepared apart
(store.prepared, plain data a worker pickles) store exactly as ``add_documents`` stores them; kept
connections are reused and a failed one is not; outlet keys do not depend on how often an outlet
was seen; many rows go in one statement, the same for any number of rows."""
from __future__ import annotations

import json
import pickle

import pytest

from marsad.resources import DEDUP_THRESHOLD
from marsad.store import DocumentFailed, open_store
from marsad.store.api import Store
from marsad.store.prepared import WRITER_COLS, copy_field, pack_spans, prepare, prepare_or_fail
from marsad.store.records import dumps

from test_store_api import TAFAS, _docs, _event, _record


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


def _awkward_docs() -> list[dict]:
    """Documents whose columns hold every character COPY's text format escapes (a backslash, a
    tab, a newline, a carriage return), in the text, the title, a span's surface and record and
    a report's sentence and record; and figures that are floats and ints."""
    docs = _more_docs()
    t = "قالت مصادر\tمحلية إن 7 عناصر\\انشقوا عن قوات النظام في طفس\r\nيوم الأحد الماضي بعد اشتباك."
    d = _record(t, "عنب\\بلدي", "2024-03-10", [_event(t, "انشقوا", count=7, date="2024-03-09")], id="d\t10",
                title="عنوان\tفيه\nسطران\\", url="https://x.example/a\\b")
    d["entities"] = [{"start": 0, "end": 4, "surface": t[0:4], "label": "X\\Y\tZ\n"}]
    return docs + [d]


@pytest.mark.parametrize("form", ["rows", "copy"])
def test_postgresql_stores_documents_prepared_as_copy_text_as_sqlite_stores_them(pg_url, tmp_path, form):
    """A worker for a PostgreSQL store prepares its documents' pass-through columns as COPY text
    (store.prepared.as_copy_form); the writer puts its keys in front. Rows prepared either way,
    also with every character COPY escapes, give SQLite's database."""
    docs = _awkward_docs()
    with open_store(str(tmp_path / "peer.db")) as st:
        want_keys = st.add_documents(docs[:5]) + st.add_documents(docs[5:])
        want = st.dump()
    signer = _signer()
    shipped = pickle.loads(pickle.dumps([prepare(d, signer, copy=form == "copy") for d in docs]))
    with open_store(pg_url) as st, st.keep_connections():
        got_keys = st.add_prepared(shipped[:5]) + st.add_prepared(shipped[5:])
        got = st.dump()
    assert got_keys == want_keys and all(isinstance(k, int) for k in got_keys)
    for table in ("documents", "document_spans", "reports", "lsh_bands", "near_duplicates", "events", "event_tally"):
        assert got[table] == want[table], table
    title = [r for r in got["documents"] if "سطران" in str(r)]
    assert len(title) == 1 and "عنوان\tفيه\nسطران\\" in title[0]


def test_copy_text_fields_escape_what_copy_reads_as_special():
    from marsad.store.prepared import copy_field, copy_fields

    assert copy_fields(["a\\b\tc\nd\re", None, True, False, 3, 2.5, b"\x00\xff", "عربي"]) == (
        "a\\\\b\\tc\\nd\\re\t\\N\tt\tf\t3\t2.5\t\\\\x00ff\tعربي")
    assert copy_field(1e20) == "1e+20" and float(copy_field(0.1)) == 0.1
    with pytest.raises(TypeError):
        copy_field(["a list"])


def test_a_document_prepared_as_copy_text_is_refused_by_sqlite(tmp_path):
    p = prepare(_docs()[0], _signer(), copy=True)
    with open_store(str(tmp_path / "s.db")) as st:
        (res,) = st.add_prepared([p])
    assert isinstance(res, DocumentFailed) and "COPY text" in res.reason


def test_prepared_rows_are_plain_data():
    p = prepare(_docs()[0], _signer())
    assert isinstance(p["record"], str) and isinstance(p["sig"], bytes) and len(p["bands"]) == 25
    assert p["spans"] is None  # no spans: no row
    # a document's spans as one JSON text, in (layer, seq) order: [layer, seq, start, end, surface, record]
    t = "أعلن 14 عنصراً انشقاقهم في طفس و3 في داعل."
    two = _record(t, "عنب بلدي", "2024-03-12", [], id="spans",
                  quantities=[{"start": t.index("3"), "end": t.index("3") + 1, "surface": "3", "value": 3},
                              {"start": 5, "end": 7, "surface": "14", "value": 14}],
                  places=[{"start": t.index("طفس"), "end": t.index("طفس") + 3, "surface": "طفس", "id": "C6034"}])
    packed = prepare(two)["spans"]
    spans = json.loads(packed)
    assert [s[:5] for s in spans] == [["places", 0, 27, 30, "طفس"], ["quantities", 0, 5, 7, "14"],
                                      ["quantities", 1, 32, 33, "3"]]
    assert all(isinstance(s[5], dict) for s in spans) and packed == dumps(spans)
    assert pack_spans([(*s[:5], dumps(s[5])) for s in reversed(spans)]) == packed
    (r,) = p["reports"]
    assert r["cols"]["count_low"] == 35.0 and r["view"]["id"] == "C6034" and r["window"][0] <= "2024-03-04"
    assert prepare(_docs()[0])["sig"] is None  # dedup off: no signature, no bands
    c = prepare(_docs()[0], _signer(), copy=True)  # for a store loading COPY text: bytes, one line a row
    assert isinstance(c["doc_copy"], bytes) and c["spans_copy"] is None
    assert prepare(two, copy=True)["spans_copy"] == copy_field(packed).encode()
    assert "text" not in c and "spans" not in c and c["bands"] == p["bands"] and c["sig"] == p["sig"]
    (cr,) = c["reports"]  # only the columns the writer reads stay values; the rest is in its COPY text
    assert cr["cols"] == {k: v for k, v in r["cols"].items() if k in WRITER_COLS} and "record" not in cr
    assert cr["names"] == tuple(r["cols"]) and cr["cols"]["count_low"] == 35.0 and "sentence" not in cr["cols"]


def test_a_document_that_cannot_be_prepared_fails_alone(store_url):
    bad = _record("نص قصير", "أ", None, [{"type": "defection", "start": "x", "end": 2}], id="bad")
    prepared = [prepare_or_fail(d) for d in (_docs()[0], bad, _docs()[1])]
    assert isinstance(prepared[1], DocumentFailed) and "could not store document" in prepared[1].reason
    with open_store(store_url, dedup_threshold=None) as st:
        res = st.add_prepared(prepared)
        assert isinstance(res[0], int) and res[1] is prepared[1] and isinstance(res[2], int)
        assert st.counts()["documents"] == 2


def _refusing(doc_id: str):
    """Store._store_one, plus, for the document ``doc_id``, a statement the server refuses (a link
    to a document that does not exist), sent without waiting for its result."""
    real = Store._store_one

    def store_one(self, tx, p, *rest):
        key = real(self, tx, p, *rest)
        if p["doc_id"] == doc_id:
            tx.send("INSERT INTO near_duplicates (doc_key, other_key) VALUES (?, ?)", (key, 10 ** 9))
        return key

    return store_one


def test_a_document_the_database_refuses_is_undone_alone_and_takes_no_keys(new_store_url, monkeypatch):
    """A statement of one document fails on the server. PostgreSQL sends a batch as one pipeline
    without savepoints, so the failure surfaces later; the unit is then run again with a savepoint
    per document. Either way the other documents are stored with exactly the keys and rows they
    get in a run without the failing one (keys are the next after the largest, never burnt)."""
    docs = _more_docs()
    bad = docs[3]["id"]
    a, b = new_store_url(), new_store_url()
    with open_store(a) as st:
        want_keys = st.add_documents(docs[:3] + docs[4:])
        want = st.dump()
    real = Store._store_one
    monkeypatch.setattr(Store, "_store_one", _refusing(bad))
    tries = []
    real_batch = Store._store_batch
    monkeypatch.setattr(Store, "_store_batch", lambda self, tx, p, careful=True: tries.append(careful) or
                        real_batch(self, tx, p, careful))
    with open_store(b) as st:
        got_keys = st.add_documents(docs)
        got = st.dump()
        assert tries == ([False, True] if st.backend.pipelined else [True])
        assert isinstance(got_keys[3], DocumentFailed) and "could not store document" in got_keys[3].reason
        monkeypatch.setattr(Store, "_store_one", real)
        assert isinstance(st.add_documents(docs[3:4])[0], int)  # stored later, with the next key
        assert st.scalar("SELECT MAX(doc_key) FROM documents") == len(docs)
    assert got_keys[:3] + got_keys[4:] == want_keys
    assert got == want and want["reports"] and want["events"]


def test_a_refused_document_inside_an_open_transaction_is_undone_alone(store_url, monkeypatch):
    """Inside ``transaction()`` (the watcher, the web) the batch joins the outer transaction: a
    document the database refuses is undone by its savepoint, the rest of the block stays."""
    docs = _docs()[:3]
    monkeypatch.setattr(Store, "_store_one", _refusing(docs[1]["id"]))
    st = open_store(store_url)
    st.execute("CREATE TABLE side_notes (doc_key INTEGER, note TEXT)")
    with st.transaction():
        res = st.add_documents(docs)
        st.execute("INSERT INTO side_notes (doc_key, note) VALUES (?, ?)", (res[2], "kept"))
    assert res[0] == 1 and isinstance(res[1], DocumentFailed) and res[2] == 2
    assert st.query("SELECT note FROM side_notes") == [{"note": "kept"}] and st.counts()["documents"] == 2
    st.close()


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


def test_many_rows_in_one_statement_whatever_their_number(store_url, monkeypatch):
    """PostgreSQL: one statement per insert_rows call, the same text for 1,200 rows as for 7 (the
    driver prepares it once; a multi-row VALUES list would be a new statement per length)."""
    st = open_store(store_url)
    sent = []
    with st.unit(write=True) as tx:
        tx.execute("CREATE TABLE many (a INTEGER, b TEXT, c BIGINT)")
        if st.backend.dialect == "postgresql":
            real = tx.con.execute
            monkeypatch.setattr(tx.con, "execute", lambda q, p=None, **kw: sent.append(q) or real(q, p, **kw))
        tx.insert_rows("many", ("a", "b", "c"), [(i, f"r{i}", None if i % 3 else 2 ** 40 + i) for i in range(1200)])
        tx.insert_rows("many", ("b", "a"), [(f"s{i}", -i) for i in range(7)])
        assert tx.scalar("SELECT COUNT(*) FROM many") == 1207
        assert tx.scalar("SELECT SUM(a) FROM many") == sum(range(1200)) - sum(range(7))
        assert tx.scalar("SELECT COUNT(c) FROM many") == 400
        assert tx.scalar("SELECT b FROM many WHERE a = -6") == "s6"
        assert tx.scalar("SELECT c FROM many WHERE a = 3") == 2 ** 40 + 3
        tx.execute("CREATE TABLE few (a INTEGER, b TEXT, c BIGINT)")
        tx.insert_rows("few", ("a", "b", "c"), [(1, "x", 2)])
        tx.insert_rows("few", ("a", "b", "c"), [(2, "y", None)] * 3)
        assert tx.scalar("SELECT COUNT(*) FROM few") == 4
    if st.backend.dialect == "postgresql":
        inserts = [q for q in sent if q.startswith("INSERT")]
        assert len(inserts) == 4 and all("unnest" in q for q in inserts)
        assert inserts[2] == inserts[3]  # one text whatever the number of rows
    st.close()


def test_a_serial_ingest_keeps_one_connection_per_kind(store_url, monkeypatch, tmp_path):
    """``marsad ingest`` checks every document before analysing it (already stored?) and writes in
    batches: on one read and one write connection for the whole run, not one per check (a new
    PostgreSQL connection is a new server process)."""
    import json

    from marsad.commands.ingest import ingest

    src = tmp_path / "docs.jsonl"
    src.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in _more_docs()), encoding="utf-8")
    backend = type(open_store(store_url).backend)
    opened = []
    real = backend.connect
    monkeypatch.setattr(backend, "connect", lambda self, write: opened.append(write) or real(self, write))
    stats = ingest([str(src)], store_url, batch=3)
    assert stats == {"stored": len(_more_docs()), "skipped": 0, "errors": 0, "not_arabic": 0}, stats
    assert opened.count(False) == 1 and opened.count(True) <= 2, opened  # (+ the check before the run)


def _written(monkeypatch) -> list[str]:
    """The tables written by many-row statements (insert_rows, copy_rows), one entry per statement."""
    from marsad.store.api import Tx

    seen: list[str] = []
    for name in ("insert_rows", "copy_rows", "copy_lines"):
        real = getattr(Tx, name)

        def spy(self, table, cols, rows, *a, _real=real, **kw):
            if rows:
                seen.append(table)
            return _real(self, table, cols, rows, *a, **kw)

        monkeypatch.setattr(Tx, name, spy)
    return seen


def test_a_batch_writes_its_reports_events_and_tallies_once_as_documents_one_by_one_would(new_store_url, monkeypatch):
    """Reports, the events made in a batch and their tally rows are written once per batch; the
    merge lookups and tally reads of later documents in the batch see them pending (an event made
    by one document and joined by the next, a copy whose original is earlier in the batch, a finer
    place and a better date arriving later), so the database is the one written a document at a
    time (each unit written before the next document is merged). (SQLite writes every document
    under its own savepoint, so its pending rows are one document's.)"""
    docs = _more_docs()
    t = "قالت مصادر إن 12 عنصراً انشقوا يوم الأحد الماضي عن قوات النظام المتمركزة في طفس."
    docs.append(_record(t, "درعا 24", "2024-03-11", [_event(t, "انشقوا", count=12, place=("طفس", TAFAS),
                                                             date="2024-03-09")], id="d10"))
    signer = _signer()
    prepared = [prepare(d, signer) for d in docs]
    a, b = new_store_url(), new_store_url()
    with open_store(a) as st, st.keep_connections():
        one_by_one = [st.add_prepared([p])[0] for p in prepared]
        want = st.dump()
    written = _written(monkeypatch)
    with open_store(b) as st, st.keep_connections():
        assert st.add_prepared(prepared) == one_by_one
        pipelined = st.backend.pipelined
        got = st.dump()
        joined = st.query("SELECT event_id, n_reports, n_outlets FROM events WHERE n_reports > 1 ORDER BY event_id")
    assert got == want
    assert joined and max(e["n_outlets"] for e in joined) >= 2  # events made and joined within the batch
    assert len(want["events"]) < sum(1 for r in want["reports"] if r[9])  # (counted_in) reports were merged
    assert len(want["near_duplicates"]) >= 2
    if pipelined:  # one statement per table for the batch
        assert written.count("reports") == written.count("events") == written.count("event_tally") == 1
    else:  # a savepoint per document: each document's rows are written before the next is merged
        assert written.count("reports") == sum(1 for k, p in zip(one_by_one, prepared) if k and p["reports"])


def _copies() -> list[dict]:
    """Near-copies of one story (a word or two changed each time) from several outlets, beside
    the API test documents: LSH buckets holding several documents each."""
    base = ("قال ناشطون إن دورية تابعة لقوات النظام تعرضت لهجوم بعبوة ناسفة على الطريق الواصل بين بلدتين "
            "في الريف الغربي لدرعا صباح الثلاثاء وإن عنصرين منها قتلا وأصيب ثالث بجروح نقل على إثرها إلى "
            "مشفى المدينة بينما أغلقت الحواجز القريبة الطريق لساعات.")
    swaps = [("صباح", "ظهر"), ("ناشطون", "شهود"), ("لساعات", "لساعتين"), ("الغربي", "الشمالي"),
             ("بجروح", "بإصابات"), ("دورية", "سيارة")]
    out, text = [], base
    for i, (a, b) in enumerate(swaps):
        text = text.replace(a, b)
        out.append(_record(text, f"منبر {i % 3}", f"2024-04-0{i + 1}", [], id=f"c{i}"))
    return _docs()[:2] + out


@pytest.mark.parametrize("cap", [None, 1, 2])
def test_postgresql_reads_a_units_buckets_once_and_links_as_one_document_at_a_time_would(pg_url, tmp_path, monkeypatch,
                                                                                     cap):
    """PostgreSQL reads the LSH buckets of all of a unit's documents in one statement at its start
    and writes their document, band and link rows with the unit; a document's candidates are the
    newest of its buckets among the written documents and the unit's earlier ones. The links,
    originals and band rows are the ones SQLite gives writing a document at a time, also when a
    bucket holds more documents than are read of it (``max_candidates``)."""
    from marsad.store import merge
    from marsad.store.api import Tx
    from marsad.store.backends.postgres import PostgresBackend

    if cap is not None:
        monkeypatch.setattr(merge, "settings", lambda _real=merge.settings(): {**_real, "max_candidates": cap})
    signer = _signer()
    prepared = [prepare(d, signer) for d in _copies() + _more_docs()[6:]]
    links = ("SELECT doc_key, duplicate_of FROM documents ORDER BY doc_key",
             "SELECT doc_key, other_key FROM near_duplicates ORDER BY doc_key, other_key",
             "SELECT band, bkey, doc_key FROM lsh_bands ORDER BY doc_key, band")
    with open_store(str(tmp_path / "one.db")) as st:
        want_keys = [st.add_prepared([p])[0] for p in prepared]
        want = [st.query(q) for q in links]
    sent: list[str] = []
    for name in ("execute", "send"):
        real = getattr(Tx, name)
        monkeypatch.setattr(Tx, name, lambda self, q, p=(), _real=real: sent.append(q) or _real(self, q, p))
    lookups = []
    real_lookup = PostgresBackend.bucket_lookup
    monkeypatch.setattr(PostgresBackend, "bucket_lookup",
                        lambda self, con, b, k, c: lookups.append(len(k)) or real_lookup(self, con, b, k, c))
    written = _written(monkeypatch)
    with open_store(pg_url) as st, st.keep_connections():
        got_keys = st.add_prepared(prepared[:4]) + st.add_prepared(prepared[4:])
        writing = list(sent)
        got = [st.query(q) for q in links]
    assert got_keys == want_keys and got == want
    dup = {r["doc_key"]: r["duplicate_of"] for r in want[0]}
    assert len(want[1]) >= 5 and sum(1 for v in dup.values() if v) >= 5  # copies found, within and across units
    assert any(dup[r["doc_key"]] and r["doc_key"] > 5 for r in want[1])
    assert len(lookups) == 2 and written.count("documents") == written.count("lsh_bands") == 2
    assert not any("INSERT INTO documents" in q or "INSERT INTO lsh_bands" in q or "FROM lsh_bands" in q
                   for q in writing)


def test_a_refused_near_copy_leaves_no_trace_in_the_units_buckets(new_store_url, monkeypatch):
    """A near-copy the database refuses is undone with its savepoint; the next document takes its
    key and is not linked to it (the unit's own buckets, signatures and originals forget it)."""
    signer = _signer()
    docs = _copies()
    bad = docs[3]["id"]
    a, b = new_store_url(), new_store_url()
    with open_store(a) as st:
        want_keys = st.add_prepared([prepare(d, signer) for d in docs if d["id"] != bad])
        want = st.dump()
    monkeypatch.setattr(Store, "_store_one", _refusing(bad))
    with open_store(b) as st:
        got_keys = st.add_prepared([prepare(d, signer) for d in docs])
        got = st.dump()
    assert isinstance(got_keys[3], DocumentFailed)
    assert got_keys[:3] + got_keys[4:] == want_keys and got == want
    assert len(want["near_duplicates"]) >= 4


def _stream(n: int = 120, seed: int = 7) -> list[dict]:
    """Short reports of a few incidents told again and again: places from a governorate down to a
    town (and none, and a whole country), day and month dates from the text or the page, figures.
    Reports join events written by earlier units and refine their dates and places, so a later
    report of the same unit must see an event's new values."""
    import random

    rnd = random.Random(seed)
    daraa = {"id": "SY12", "name_en": "Daraa", "name_ar": "درعا", "admin1_en": "Daraa", "country": "SYR",
             "kind": "governorate"}
    syria = {"id": "SYR", "name_en": "Syria", "name_ar": "سوريا", "country": "SYR", "kind": "country"}
    places = [("طفس", TAFAS), ("درعا", daraa), ("سوريا", syria), None, None]
    docs = []
    for i in range(n):
        place = rnd.choice(places)
        day = rnd.randint(1, 9)
        count = rnd.choice([None, 5, 6, 12, 30])
        month = rnd.random() < 0.5
        where = f" في {place[0]}" if place else ""
        text = f"تقرير رقم {i}: انشق عدد من العناصر{where} وتحدثت مصادر عن {count or 'عدة'} منهم."
        ev = _event(text, "انشق", count=count, place=place, date="2024-03" if month else f"2024-03-0{day}",
                    date_grain="month" if month else "day", date_source=rnd.choice(["text", "text", "published"]))
        docs.append(_record(text, f"منفذ {rnd.randint(1, 4)}", f"2024-03-{10 + day}", [ev], id=f"s{i}"))
    return docs


@pytest.mark.parametrize("cap", [None, 1, 2])
def test_a_units_merge_lookups_read_at_its_start_give_what_asking_each_time_gives(pg_server, monkeypatch, cap):
    """PostgreSQL reads the merge candidates of all of a unit's reports in one statement at its
    start and lays the unit's own changes over them (an event whose date or place a report
    refined is matched again on its new values; a range read to its cap that loses an event is
    asked again). The database is the one written by asking the database for each report, for
    any cap on the candidates."""
    from marsad.store import merge

    if cap is not None:
        monkeypatch.setattr(merge, "settings", lambda _real=merge.settings(): {**_real, "max_candidates": cap})
    prepared = [prepare(d, None) for d in _stream()]
    from conftest import _pg_create

    def new_pg_url():
        return _pg_create(*pg_server)

    def write(url):
        with open_store(url, dedup_threshold=None) as st, st.keep_connections():
            keys = []
            for i in range(0, len(prepared), 30):
                keys += st.add_prepared(prepared[i:i + 30])
            return keys, st.dump()

    with monkeypatch.context() as m:
        m.setattr(Store, "_lookup_candidates", lambda self, tx, batch, p: None)  # (batch.cands stays None)
        want_keys, want = write(new_pg_url())
    asked, moved = [], []
    real_ask, real_set = Store._written_candidates, Store._set_event
    monkeypatch.setattr(Store, "_written_candidates", lambda self, *a: asked.append(1) or real_ask(self, *a))

    def set_event(self, tx, batch, event_id, values):
        real_set(self, tx, batch, event_id, values)
        moved.append(sum(map(len, batch.moved.values())))

    monkeypatch.setattr(Store, "_set_event", set_event)
    got_keys, got = write(new_pg_url())
    assert got_keys == want_keys and got == want
    # merged; events refined in a unit matched again on their new values (in several units)
    assert len(want["events"]) < len(want["reports"]) / 2 and sum(1 for m in moved if m) >= 2
    assert len(asked) < len(want["reports"]) / 4 and (cap != 1 or asked)  # asked again only when it must
