"""Exports load in pandas and duckdb with the documented columns; the database commands behave."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from marsad.document import Document
from marsad.extract.events import EventExtractor
from marsad.store import open_store
from marsad.views.export import ACLED_COLUMNS, COLUMNS, acled_types

REPO = Path(__file__).resolve().parents[2]
ACLED_REQUIRED = ["event_date", "time_precision", "event_type", "sub_event_type", "actor1", "actor2", "admin1",
                  "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source", "notes",
                  "fatalities"]
MARSAD_REQUIRED = ["count_low", "count_high", "reports", "outlets", "document_ids"]


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    ex = EventExtractor()
    path = tmp_path_factory.mktemp("exp") / "e.db"
    docs = [
        ("أفاد المرصد بانشقاق 35 عنصراً في مدينة طفس.", "عنب بلدي", "2024-03-05", ("35", 35, 35, "عنصر"),
         ("طفس", {"id": "C6034", "name_en": "Tafas", "admin1_en": "Daraa", "admin2_en": "Daraa",
                  "admin3_en": "Tafas", "level": "locality", "lat": 32.74, "lon": 36.07})),
        ("قال الدفاع المدني إن 12 مدنياً قتلوا في غارة جوية على أريحا.", "الجزيرة نت", "2024-05-16",
         ("12", 12, 12, "مدني"), ("أريحا", {"id": "SY0705", "name_en": "Ariha", "admin1_en": "Idlib",
                                          "level": "district", "lat": 35.8, "lon": 36.6})),
        ("سيطرت قوات النظام على بلدة مورك بعد معارك عنيفة.", "الوطن", "2024-11-29", None,
         ("مورك", {"id": "C3029", "name_en": "Murak", "admin1_en": "Hama", "level": "locality", "lat": 35.3,
                   "lon": 36.7})),
    ]
    with open_store(str(path)) as st:
        for text, outlet, pub, q, (psurf, prec) in docs:
            d = Document(text, outlet=outlet, published=pub)
            if q:
                i = text.index(q[0])
                d.add("quantities", {"start": i, "end": i + len(q[0]), "surface": q[0], "low": q[1], "high": q[2],
                                     "approx": False, "kind": "count", "unit": None, "counted": q[3]})
            i = text.index(psurf)
            d.add("places", dict(prec, start=i, end=i + len(psurf), surface=psurf, name_ar=psurf, confidence=0.9))
            ex(d)
            st.add_document(d)
    return path


def _marsad(*args):
    return subprocess.run([sys.executable, "-m", "marsad.cli", *args], capture_output=True, text=True, cwd=REPO)


def test_acled_v2_csv_from_the_store(db, tmp_path):
    """acled-csv: ACLED's 31 columns (views/acled.py) made from each merged incident in the store."""
    import pandas as pd

    from marsad.views.acled import ACLED_COLUMNS as V2

    out = tmp_path / "acled.csv"
    r = _marsad("export", "--db", str(db), "--format", "acled-csv", "--out", str(out))
    assert r.returncode == 0, r.stderr
    df = pd.read_csv(out, keep_default_na=False)
    assert list(df.columns) == V2 and len(df) == 3
    by = {row.sub_event_type: row for row in df.itertuples()}
    air = by["Air/drone strike"]
    assert air.fatalities == 12 and air.location == "Ariha" and air.country == "Syria" and air.iso == 760
    assert air.event_date == "2024-05-16" and "الجزيرة نت" in air.source
    defection = by["Change to group/activity"]
    assert defection.location == "Tafas" and defection.admin1 == "Dara" and defection.fatalities == 0  # ACLED's spelling (data/events/NOTICE.md)
    assert "Government regains territory" in by
    assert all(str(x).startswith("SYRMRS") for x in df.event_id_cnty)


def test_marsad_csv_loads_in_pandas_and_duckdb(db, tmp_path):
    import duckdb
    import pandas as pd

    out = tmp_path / "events.csv"
    r = _marsad("export", "--db", str(db), "--format", "csv", "--out", str(out))
    assert r.returncode == 0, r.stderr
    df = pd.read_csv(out)
    assert list(df.columns) == COLUMNS
    assert set(ACLED_REQUIRED) <= set(df.columns) and set(MARSAD_REQUIRED) <= set(df.columns)
    defection = df[df.marsad_type == "defection"].iloc[0]
    assert (defection.event_type, defection.sub_event_type) == ("Strategic developments", "Change to group/activity")
    assert defection.count_low == 35 and defection.location == "Tafas" and defection.admin1 == "Daraa"
    assert defection.geo_precision == 1 and defection.reports == 1 and defection.outlets == 1
    air = df[df.marsad_type == "airstrike"].iloc[0]
    assert air.sub_event_type == "Air/drone strike"
    # contract v2 (issue 10): the 12 killed are the strike's fatalities, not a casualties event of
    # their own; the ACLED columns' fatalities come from views/acled.py (tests/views/test_acled.py)
    assert (df.marsad_type == "casualties").sum() == 0
    terr = df[df.marsad_type == "territory_change"].iloc[0]
    assert terr.sub_event_type == "Government regains territory"
    con = duckdb.connect()
    cols = [c[0] for c in con.execute(f"SELECT * FROM read_csv_auto('{out}') LIMIT 0").description]
    assert cols == COLUMNS
    assert con.execute(f"SELECT COUNT(*) FROM read_csv_auto('{out}')").fetchone()[0] == len(df)


def test_parquet_loads_in_pandas_and_duckdb(db, tmp_path):
    import duckdb
    import pandas as pd

    out = tmp_path / "events.parquet"
    r = _marsad("export", "--db", str(db), "--format", "parquet", "--out", str(out))
    assert r.returncode == 0, r.stderr
    df = pd.read_parquet(out)
    assert list(df.columns) == COLUMNS and len(df) >= 3  # contract v2: the strike carries its deaths
    assert df.latitude.notna().all()
    row = duckdb.connect().execute(
        f"SELECT event_type, count_low, outlets FROM read_parquet('{out}') WHERE marsad_type = 'defection'").fetchone()
    assert row == ("Strategic developments", 35.0, 1)


def test_jsonl_export_and_events_formats(db, tmp_path):
    out = tmp_path / "e.jsonl"
    assert _marsad("export", "--db", str(db), "--format", "jsonl", "--out", str(out)).returncode == 0
    rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert {r["marsad_type"] for r in rows} >= {"defection", "airstrike", "territory_change"}
    r = _marsad("events", "--db", str(db), "--type", "defection", "--format", "jsonl")
    (e,) = [json.loads(x) for x in r.stdout.splitlines()]
    assert e["place_name"] == "Tafas" and e["reported_by"] == ["Syrian Observatory for Human Rights"] and e["count_low"] == 35
    r = _marsad("events", "--db", str(db), "--place", "Idlib", "--format", "csv")
    lines = r.stdout.strip().splitlines()
    assert lines[0].startswith("event_id,type") and len(lines) == 2  # v2: the air strike (its deaths inside)
    r = _marsad("events", "--db", str(db), "--since", "2024-06-01", "--format", "csv")
    assert len(r.stdout.strip().splitlines()) == 2  # v2: the Murak takeover (the clash it came through)
    assert _marsad("events", "--db", str(db)).returncode == 0


def test_estimates_table_lists_every_figure(db):
    r = _marsad("estimates", "--db", str(db), "--type", "defection", "--format", "jsonl")
    (row,) = [json.loads(x) for x in r.stdout.splitlines()]
    assert (row["low"], row["high"], row["counted_en"], row["claimed_by"], row["outlet"]) == \
        (35, 35, "personnel", "Syrian Observatory for Human Rights", "عنب بلدي")
    assert _marsad("estimates", "--db", str(db)).returncode == 0


def test_bad_database_is_a_one_line_error(tmp_path):
    r = _marsad("events", "--db", str(tmp_path / "nope.db"))
    assert r.returncode == 2 and r.stderr.count("\n") == 1 and "no such database" in r.stderr
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite" * 100)
    r = _marsad("export", "--db", str(junk), "--out", str(tmp_path / "x.csv"))
    assert r.returncode == 2 and "Traceback" not in r.stderr and "not a marsad database" in r.stderr
    r = _marsad("export", "--db", str(junk), "--format", "parquet", "--out", "-")
    assert r.returncode == 2 and "Traceback" not in r.stderr


def test_every_type_maps_to_acled():
    from marsad.extract.events import EVENT_TYPES

    for t in EVENT_TYPES:
        et, sub = acled_types(t)
        assert et in ("Battles", "Explosions/Remote violence", "Protests", "Riots", "Strategic developments",
                      "Violence against civilians")
        assert sub
    assert acled_types("territory_change", "استعادت قوات النظام السيطرة") == ("Battles", "Government regains territory")
    assert acled_types("territory_change", "سيطرت فصائل المعارضة") == ("Battles", "Non-state actor overtakes territory")
    assert ACLED_COLUMNS[1] == "event_date"
