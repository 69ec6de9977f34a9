"""Concurrent writers: several `marsad ingest` processes into one database at once lose nothing
and duplicate nothing (SQLite: BEGIN IMMEDIATE + busy timeout + retry; PostgreSQL: one advisory
lock around each write unit, unique (text, outlet))."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from marsad.store import open_store

REPO = Path(__file__).resolve().parents[2]


def _inputs(tmp_path, copies: int = 2) -> list[dict]:
    from marsad.store.samples import corpus_records

    recs = []
    for i in range(copies):
        for r in corpus_records():
            recs.append(dict(r, id=f"{r['id']}-{i}", text=r["text"] + f"\n\nتحديث رقم {i + 1} للخبر."))
    return recs


def _write(path: Path, recs: list[dict]) -> str:
    from marsad.store.samples import write_jsonl

    return str(write_jsonl(path, recs))


def _run_parallel(db: str, *sources: str) -> list[subprocess.CompletedProcess]:
    procs = [subprocess.Popen([sys.executable, "-m", "marsad.cli", "ingest", src, "--db", db, "--passage", "--quiet",
                               "--batch", "3"], cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for src in sources]
    out = []
    for p in procs:
        stdout, stderr = p.communicate(timeout=600)
        out.append(subprocess.CompletedProcess(p.args, p.returncode, stdout, stderr))
    return out


def _summary(db: str) -> dict:
    st = open_store(db, readonly=True)
    with st.unit() as tx:
        docs = sorted(tuple(r.values()) for r in tx.query("SELECT content_hash, outlet_key, doc_id FROM documents"))
        reps = sorted(tuple(r.values()) for r in tx.query(
            "SELECT d.doc_id, r.seq, r.type, r.count_low, r.counted_in FROM reports r "
            "JOIN documents d ON d.doc_key = r.doc_key"))
        orphans = tx.scalar("SELECT COUNT(*) FROM reports WHERE counted_in = ? AND event_id IS NULL", (True,))
        empty = tx.scalar("SELECT COUNT(*) FROM events e WHERE NOT EXISTS "
                          "(SELECT 1 FROM reports r WHERE r.event_id = e.event_id)")
    return {"documents": docs, "reports": reps, "orphans": orphans, "empty_events": empty}


def test_two_halves_of_one_input_at_once_lose_nothing(tmp_path, new_store_url):
    from marsad.commands.ingest import ingest

    recs = _inputs(tmp_path)
    whole = _write(tmp_path / "all.jsonl", recs)
    first, second = _write(tmp_path / "a.jsonl", recs[0::2]), _write(tmp_path / "b.jsonl", recs[1::2])
    serial = new_store_url()
    assert ingest([whole], serial, passage=True)["errors"] == 0
    db = new_store_url()
    runs = _run_parallel(db, first, second)
    for r in runs:
        assert r.returncode == 0 and "locked" not in r.stderr and "Traceback" not in r.stderr, r.stderr
    assert f"{len(recs) // 2} stored, 0 already" in runs[0].stderr
    got, want = _summary(db), _summary(serial)
    assert got["documents"] == want["documents"] and len(got["documents"]) == len(recs)
    assert got["reports"] == want["reports"]
    assert got["orphans"] == 0 and got["empty_events"] == 0


def test_the_same_input_twice_at_once_stores_each_document_once(tmp_path, new_store_url):
    recs = _inputs(tmp_path, copies=1)
    src = _write(tmp_path / "all.jsonl", recs)
    db = new_store_url()
    runs = _run_parallel(db, src, src)
    stored = 0
    for r in runs:
        assert r.returncode == 0 and "Traceback" not in r.stderr, r.stderr
        stored += int(r.stderr.strip().splitlines()[-1].split("marsad: ")[1].split(" stored")[0])
    assert stored == len(recs)  # between them, each document stored exactly once
    got = _summary(db)
    assert len(got["documents"]) == len(recs) == len(set(got["documents"]))
    assert got["orphans"] == 0 and got["empty_events"] == 0
