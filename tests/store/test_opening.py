"""Opening a database: readers only read, other applications' files are refused, a corrupt or
read-only database fails once and up front, names from the data are printed safely."""
from __future__ import annotations

import csv
import io
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from marsad.store import StoreError, open_store

REPO = Path(__file__).resolve().parents[2]


def _marsad(*args, **kw):
    return subprocess.run([sys.executable, "-m", "marsad.cli", *args], capture_output=True, text=True, cwd=REPO, **kw)


def _one_line_error(r, *words):
    assert r.returncode == 2 and "Traceback" not in r.stderr, r.stderr
    assert r.stderr.count("\n") == 1, r.stderr
    for w in words:
        assert w in r.stderr, r.stderr


def _hostile_db(path: Path) -> Path:
    """A marsad database whose outlet names and texts try to drive a terminal or a spreadsheet."""
    sys.path.insert(0, str(Path(__file__).parent))
    from test_store_api import TAFAS, _event, _record

    st = open_store(str(path))
    t1 = "انشق 35 عنصراً في طفس."
    t2 = "اعتقلت قوات النظام 12 شاباً في طفس."
    st.add_documents([
        _record(t1, "[/]", "2024-03-05", [_event(t1, "انشق", count=35, place=("طفس", TAFAS), date="2024-03-04",
                                                 reported_by={"surface": "=cmd|' /C calc'!A0", "canonical": None})]),
        _record(t2, "[link=http://evil.example]x[/link]\x1b[2J", "2024-03-06",
                [_event(t2, "اعتقلت", type="arrest", count=12, place=("طفس", TAFAS), date="2024-03-06")]),
    ])
    return path


def test_read_commands_never_touch_another_applications_file(tmp_path):
    other = tmp_path / "other.db"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE notes (x TEXT)")
    con.commit()
    con.close()
    before = other.read_bytes()
    for cmd in (["events"], ["estimates"], ["export", "--out", str(tmp_path / "x.csv")]):
        r = _marsad(*cmd, "--db", str(other))
        _one_line_error(r, "not a marsad database")
    r = _marsad("ingest", str(REPO / "samples" / "corpus" / "e01.txt"), "--db", str(other), "--quiet")
    _one_line_error(r, "not a marsad database")
    assert other.read_bytes() == before and not Path(str(other) + "-wal").exists()
    con = sqlite3.connect(other)
    assert [r[0] for r in con.execute("SELECT name FROM sqlite_master")] == ["notes"]
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_a_reader_does_not_migrate_or_change_the_journal(tmp_path):
    from marsad.store.api import Store
    from marsad.store.backends.sqlite import SQLiteBackend

    class OldBackend(SQLiteBackend):
        def migrations(self):
            return super().migrations()[:1]

    db = tmp_path / "old.db"
    Store(OldBackend(str(db)))
    r = _marsad("events", "--db", str(db))
    _one_line_error(r, "older than this marsad")
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA user_version").fetchone()[0] == 1
    con.close()


def test_corrupt_database_fails_once_up_front(tmp_path):
    db = tmp_path / "c.db"
    st = open_store(str(db))
    sys.path.insert(0, str(Path(__file__).parent))
    from test_store_api import _docs

    st.add_documents(_docs())
    con = sqlite3.connect(db)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page = con.execute("PRAGMA page_size").fetchone()[0]
    con.close()
    data = bytearray(db.read_bytes())
    for i in range(page * 2 + 40, min(len(data), page * 6), 7):  # scribble over b-tree pages
        data[i] = 0xA5
    db.write_bytes(bytes(data))
    with pytest.raises(StoreError, match="corrupt|not a marsad|malformed"):
        open_store(str(db))
    r = _marsad("ingest", str(REPO / "samples" / "corpus" / "e01.txt"), "--db", str(db), "--quiet")
    _one_line_error(r)


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write a read-only file; the check is for users")
def test_read_only_database_fails_once_up_front_for_users(tmp_path):
    db = tmp_path / "ro.db"
    open_store(str(db))
    os.chmod(db, 0o444)
    r = _marsad("ingest", str(REPO / "samples" / "corpus" / "e01.txt"), "--db", str(db), "--quiet")
    _one_line_error(r, "read-only")


def test_read_only_database_fails_once_up_front(tmp_path, monkeypatch):
    """As root a chmod does not stop writes, so the file is made read-only for SQLite itself."""
    db = tmp_path / "ro.db"
    open_store(str(db))
    import marsad.store.backends.sqlite as sq

    real = sq.SQLiteBackend.connect

    def ro_connect(self, write):
        con = real(self, write)
        con.execute("PRAGMA query_only = ON")
        return con

    monkeypatch.setattr(sq.SQLiteBackend, "connect", ro_connect)
    with pytest.raises(StoreError, match="read-only|cannot write"):
        open_store(str(db))


def test_hostile_names_print_as_written(tmp_path):
    db = _hostile_db(tmp_path / "h.db")
    r = _marsad("events", "--db", str(db), env=dict(os.environ, COLUMNS="200"))
    assert r.returncode == 0, r.stderr
    assert "[link=http://evil.example]x[/link]" in r.stdout  # the arrest's only source is its outlet
    assert "\x1b" not in r.stdout and "\\x1b[2J" in r.stdout
    r = _marsad("estimates", "--db", str(db), env=dict(os.environ, COLUMNS="250"))
    assert r.returncode == 0 and "[/]" in r.stdout and "\x1b" not in r.stdout, r.stdout + r.stderr


def test_csv_exports_are_safe_typed_and_excel_ready(tmp_path):
    db = _hostile_db(tmp_path / "h.db")
    out = tmp_path / "e.csv"
    r = _marsad("export", "--db", str(db), "--format", "csv", "--out", str(out), "--excel")
    assert r.returncode == 0, r.stderr
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    defection = [x for x in rows if x["marsad_type"] == "defection"][0]
    assert defection["source"].startswith("'=cmd") and defection["reported_by"].startswith("'=cmd")
    assert defection["count_low"] == "35" and defection["fatalities"] == "0" and defection["reports"] == "1"
    r = _marsad("events", "--db", str(db), "--format", "csv")
    assert ",35,35," in r.stdout and "35.0" not in r.stdout
    r = _marsad("events", "--db", str(db), "--format", "jsonl")
    rows = [json.loads(x) for x in r.stdout.splitlines()]
    assert "\\u06" not in r.stdout and "طفس" in r.stdout and rows[0]["count_low"] == 35 and isinstance(rows[0]["actors"], list)


def test_undated_events_are_left_out_of_date_filters_unless_asked(tmp_path):
    sys.path.insert(0, str(Path(__file__).parent))
    from test_store_api import TAFAS, _event, _record

    db = tmp_path / "u.db"
    st = open_store(str(db))
    t = "اعتقلت قوات النظام 12 شاباً في طفس."
    st.add_document(_record(t, "أ", None, [_event(t, "اعتقلت", type="arrest", count=12, place=("طفس", TAFAS))]))
    r = _marsad("events", "--db", str(db), "--until", "1990-01-01", "--format", "jsonl")
    assert r.returncode == 0 and r.stdout == ""
    r = _marsad("events", "--db", str(db), "--until", "1990-01-01", "--include-undated", "--format", "jsonl")
    assert [json.loads(x)["type"] for x in r.stdout.splitlines()] == ["arrest"]
    r = _marsad("events", "--db", str(db), "--since", "2019-13")
    assert r.returncode == 2 and "no month 13" in r.stderr
