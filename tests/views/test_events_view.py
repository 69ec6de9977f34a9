"""``marsad events`` shows an incident's killed and injured and its actors by their canonical names
(issue 10 item 7), in the table and in the CSV and JSONL rows built by views/events.py."""
from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

from marsad.cli import main
from marsad.store import open_store

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "store"))
from test_store_api import TAFAS, _event, _record  # noqa: E402

TEXT = "قصفت قوات النظام صباحاً بلدة طفس فقتل 6 مدنيين وأصيب 11 آخرون."


def _db(tmp_path: Path) -> str:
    db = str(tmp_path / "ev.db")
    ev = _event(TEXT, "قصفت", type="shelling", place=("طفس", TAFAS), date="2024-05-02",
                fatalities={"low": 6, "high": 6, "approx": False},
                actors=[("قوات النظام", "Military Forces of Syria (2000-2024)")])
    ev["injured"] = {"low": 11, "high": 11, "approx": False}
    ev["actors"].append({"surface": "مدنيين", "role": "target", "canonical": "Civilians (Syria)"})
    ev["actors"].append({"surface": "مسلحون", "role": "agent", "canonical": None})
    open_store(db).add_document(_record(TEXT, "شبكة محلية", "2024-05-03", [ev]))
    return db


def test_the_table_shows_killed_injured_and_canonical_actors(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "260")
    assert main(["events", "--db", _db(tmp_path)]) == 0
    out = capsys.readouterr().out
    header = next(line for line in out.splitlines() if "killed" in line)
    assert "injured" in header and "actors" in header
    row = next(line for line in out.splitlines() if "shelling" in line)
    cells = [c.strip() for c in row.split("│")]
    assert "6" in cells and "11" in cells
    assert "Military Forces of Syria (2000-2024)" in out and "Civilians (Syria)" in out
    assert "مسلحون" not in row  # an actor with no canonical name is not in the canonical column


def test_csv_and_jsonl_carry_the_same_fields(tmp_path, capsys):
    db = _db(tmp_path)
    assert main(["events", "--db", db, "--format", "csv"]) == 0
    row = next(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert (row["fatalities_low"], row["fatalities_high"], row["injured_low"], row["injured_high"]) == \
        ("6", "6", "11", "11")
    assert row["actors_canonical"] == "Military Forces of Syria (2000-2024); Civilians (Syria)"
    assert main(["events", "--db", db, "--format", "jsonl"]) == 0
    rec = json.loads(capsys.readouterr().out.splitlines()[0])
    assert rec["injured_low"] == 11 and rec["fatalities_high"] == 6
    assert rec["actors_canonical"] == ["Military Forces of Syria (2000-2024)", "Civilians (Syria)"]
