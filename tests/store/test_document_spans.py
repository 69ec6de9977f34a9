"""A document's spans kept in one row (``document_spans``, migration 0029), on both backends: the
``spans`` view gives the rows the table held, a document reads its layers back as written, and a
database written with span rows is migrated to the same rows a new one gets."""
from __future__ import annotations

import json

from marsad.store import open_store
from marsad.store.api import Store
from marsad.store.backends import backend_for

from test_store_api import _docs, _record

TEXT = "أعلن 14 عنصراً انشقاقهم في طفس، وقال ناشطون إن 3 آخرين انشقوا في داعل يوم الأحد."


def _with_spans() -> list[dict]:
    t = TEXT
    d = _record(t, "عنب بلدي", "2024-03-12", [], id="spans",
                quantities=[{"start": t.index("3"), "end": t.index("3") + 1, "surface": "3", "value": 3},
                            {"start": 5, "end": 7, "surface": "14", "value": 14}],
                places=[{"start": t.index("طفس"), "end": t.index("طفس") + 3, "surface": "طفس", "id": "C6034"},
                        {"start": t.index("داعل"), "end": t.index("داعل") + 4, "surface": "داعل", "id": "C6021"}],
                dates=[{"start": t.index("يوم الأحد"), "end": len(t) - 1, "surface": "يوم الأحد", "value": "2024-03-10"}])
    return _docs() + [d]


def _view(st) -> list[tuple]:
    return [(r["doc_key"], r["layer"], r["seq"], r["start_off"], r["end_off"], r["surface"],
             r["record"] if isinstance(r["record"], dict) else json.loads(r["record"]))
            for r in st.query("SELECT * FROM spans ORDER BY doc_key, layer, seq")]


def test_spans_are_one_row_a_document_and_rows_in_the_view(store_url):
    docs = _with_spans()
    with open_store(store_url) as st:
        keys = st.add_documents(docs)
        key = keys[-1]
        assert st.scalar("SELECT COUNT(*) FROM document_spans WHERE doc_key = ?", (key,)) == 1
        rows = [r[1:] for r in _view(st) if r[0] == key]
        assert [r[:5] for r in rows] == [("dates", 0, TEXT.index("يوم الأحد"), len(TEXT) - 1, "يوم الأحد"),
                                         ("places", 0, 27, 30, "طفس"), ("places", 1, TEXT.index("داعل"),
                                                                       TEXT.index("داعل") + 4, "داعل"),
                                         ("quantities", 0, 5, 7, "14"),
                                         ("quantities", 1, TEXT.index("3"), TEXT.index("3") + 1, "3")]
        assert rows[1][5] == {"start": 27, "end": 30, "surface": "طفس", "id": "C6034"}
        assert all(TEXT[a:b] == s for _, _, a, b, s, _ in rows)  # offsets sacred, through the view too
        doc = st.document(key)
        assert [q["surface"] for q in doc["quantities"]] == ["14", "3"]
        assert [p["id"] for p in doc["places"]] == ["C6034", "C6021"] and doc["dates"][0]["value"] == "2024-03-10"
        assert st.counts()["spans"] == len(_view(st))
        # a document without spans has no row, and reads back with empty layers
        bare = [k for k, d in zip(keys, docs) if not any(d.get(x) for x in ("quantities", "places", "dates",
                                                                             "entities"))]
        for k in bare:
            assert st.scalar("SELECT COUNT(*) FROM document_spans WHERE doc_key = ?", (k,)) == 0
            assert st.document(k)["places"] == []


def _copy(src: str, dst: str, tables: list[str]) -> None:
    """Every row of ``tables`` (tables or views with the same columns in ``dst``) from ``src`` to
    ``dst``, as the database gives them back (COPY text on PostgreSQL)."""
    if src.startswith("postgresql"):
        import psycopg

        with psycopg.connect(src) as a, psycopg.connect(dst) as b:
            for t in tables:
                with a.cursor().copy(f"COPY (SELECT * FROM {t}) TO STDOUT") as out, \
                        b.cursor().copy(f"COPY {t} FROM STDIN") as into:
                    for chunk in out:
                        into.write(chunk)
        return
    import sqlite3

    from marsad.store.records import dumps

    con = sqlite3.connect(dst)
    con.execute("ATTACH DATABASE ? AS src", (src,))
    with con:
        for t in tables:
            con.execute(f"INSERT INTO main.{t} SELECT * FROM src.{t}")
        # SQLite's view gives each span's record as its own compact JSON text (the same JSON); the
        # rows of a database written before 0029 held the writer's canonical text
        con.executemany("UPDATE spans SET record = ? WHERE rowid = ?",
                        [(dumps(json.loads(r)), i) for i, r in con.execute("SELECT rowid, record FROM spans")])
    con.close()


def test_a_database_with_span_rows_is_migrated_to_one_row_a_document(new_store_url):
    """A database of the migrations before 0029 holding span rows (those a new database's view
    gives), opened for writing: its packed rows are a new database's and the view gives back the
    rows it held."""
    docs = _with_spans()
    old_url, new_url = new_store_url(), new_store_url()
    cls = type(backend_for(old_url))

    class Before(cls):
        def migrations(self):
            return [m for m in super().migrations() if m[0] < 29]

    with open_store(new_url) as st:
        st.add_documents(docs)
        fresh = st.dump()
        held = _view(st)
    Store(Before(old_url)).close()
    _copy(new_url, old_url, ["outlets", "documents", "near_duplicates", "lsh_bands", "spans", "events", "reports",
                             "event_tally", "event_sources"])
    old = Store(Before(old_url))
    with old.unit() as tx:
        assert "document_spans" not in old.backend.table_names(tx.con) and tx.scalar("SELECT COUNT(*) FROM spans") == len(held)
    old.close()
    assert len(held) >= 5
    with open_store(old_url) as st:  # migrated on opening for writing
        assert st.schema_version == st.backend.latest_version >= 29
        assert _view(st) == held
        upgraded = st.dump()
    for d in (upgraded, fresh):
        d.pop("schema_migrations")
        d.pop("marsad_meta", None)
    assert "spans" not in fresh and upgraded == fresh
