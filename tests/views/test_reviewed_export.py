"""Reviewed values reach every output; --reviewed-only keeps reviewed, not rejected, events."""
from __future__ import annotations

import csv
import io
import subprocess
import sys
from pathlib import Path

from marsad.store import EventFilter, open_store

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "tests" / "store"))
from test_store_api import TAFAS, HOMS, _event, _record  # noqa: E402


def _db(path: Path) -> Path:
    st = open_store(str(path))
    t1, t2 = "انشق 35 عنصراً في طفس.", "اعتقلت قوات النظام 12 شاباً في حمص."
    st.add_documents([
        _record(t1, "أ", "2024-03-05", [_event(t1, "انشق", count=35, place=("طفس", TAFAS), date="2024-03-04")]),
        _record(t2, "ب", "2024-03-06", [_event(t2, "اعتقلت", type="arrest", count=12, place=("حمص", HOMS),
                                               date="2024-03-06")]),
    ])
    (d,) = st.events(EventFilter(type="defection"))
    st.add_review(d["event_id"], "count", {"low": 36, "high": 36}, "huda")
    st.add_review(d["event_id"], "status", "verified", "huda")
    return path


def _export(db, *args):
    r = subprocess.run([sys.executable, "-m", "marsad.cli", "export", "--db", str(db), "--out", "-", *args],
                       capture_output=True, text=True, cwd=REPO)
    assert r.returncode == 0, r.stderr
    return list(csv.DictReader(io.StringIO(r.stdout)))


def test_reviewed_values_and_reviewed_only(tmp_path):
    db = _db(tmp_path / "r.db")
    rows = _export(db, "--format", "csv")
    assert len(rows) == 2
    d = [r for r in rows if r["marsad_type"] == "defection"][0]
    assert (d["count_low"], d["count_high"], d["review_status"]) == ("36", "36", "verified")
    only = _export(db, "--format", "csv", "--reviewed-only")
    assert [r["marsad_type"] for r in only] == ["defection"]
    acled = _export(db, "--format", "acled-csv", "--reviewed-only")
    assert len(acled) == 1 and "count 36" in acled[0]["notes"]
    st = open_store(str(db))
    (a,) = st.events(EventFilter(type="arrest"))
    st.add_review(a["event_id"], "status", "rejected", "omar", note="not an arrest")
    assert len(_export(db, "--format", "acled-csv")) == 1  # a rejected event leaves the exports
    assert len(_export(db, "--format", "csv")) == 1
    assert len(_export(db, "--format", "csv", "--review", "rejected")) == 1
