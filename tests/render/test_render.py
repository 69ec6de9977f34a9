"""Output formats: safe CSV cells, Excel BOM, real UTF-8 JSON, tables that print names as written."""
from __future__ import annotations

import csv
import io
import json

import pytest

from marsad import render
from marsad.render.safe import csv_cell, escape_control, printable
from marsad.render.table import events_table, plain_table


def test_csv_neutralises_formulas_and_types_cells():
    rows = [{"name": "=HYPERLINK(\"http://x\")", "plus": "+1", "minus": "-2+3", "at": "@SUM(A1)", "tab": "\tx",
             "n": 35.0, "neg": -4.0, "f": 2.5, "b": False, "t": True, "none": None, "lst": ["أ", "ب"],
             "ar": "عنب بلدي"}]
    out = io.StringIO()
    assert render.write("csv", rows, out) == 1
    (row,) = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert row["name"] == "'=HYPERLINK(\"http://x\")"
    assert (row["plus"], row["minus"], row["at"], row["tab"]) == ("'+1", "'-2+3", "'@SUM(A1)", "'\tx")
    assert (row["n"], row["neg"], row["f"]) == ("35", "-4", "2.5")  # numbers stay numbers
    assert (row["b"], row["t"], row["none"]) == ("false", "true", "")
    assert json.loads(row["lst"]) == ["أ", "ب"] and row["ar"] == "عنب بلدي"
    assert csv_cell(-4) == -4 and csv_cell("-") == "'-"


def test_excel_csv_starts_with_a_bom_and_plain_csv_does_not():
    out = io.StringIO()
    render.write("csv", [{"a": "درعا"}], out, excel=True)
    assert out.getvalue().startswith("\ufeffa\r\n")
    out = io.StringIO()
    render.write("csv", [{"a": "درعا"}], out)
    assert out.getvalue() == "a\nدرعا\n"


def test_jsonl_is_real_utf8_and_real_json():
    out = io.StringIO()
    render.write("jsonl", [{"place": "طفس", "actors": ["قوات النظام"], "count": 35.0, "x": float("nan")}], out)
    line = out.getvalue()
    assert "طفس" in line and "\\u" not in line
    assert json.loads(line) == {"place": "طفس", "actors": ["قوات النظام"], "count": 35, "x": None}
    out = io.StringIO()
    render.write("jsonl", [{"bad": "a\ud800b"}], out)  # a lone surrogate is escaped, not a crash
    assert json.loads(out.getvalue())["bad"] == "a\ud800b"
    out = io.StringIO()
    render.write("json", [{"a": 1}, {"a": 2}], out)
    assert json.loads(out.getvalue()) == [{"a": 1}, {"a": 2}]


def test_tables_print_markup_and_controls_as_written():
    from rich.console import Console

    rows = [{"event_id": 1, "type": "defection", "date_value": "2024-03-04", "place_ar": "[/]", "place_name": None,
             "count_low": 35.0, "count_high": 35.0, "n_reports": 1, "n_outlets": 1,
             "figures": [{"low": 35.0, "high": 35.0, "source": "[link=http://evil]x[/link]"}]},
            {"event_id": 2, "type": "arrest", "date_value": None, "place_ar": "\x1b[31mred", "place_name": None,
             "count_low": None, "count_high": None, "n_reports": 1, "n_outlets": 1, "figures": []}]
    buf = io.StringIO()
    Console(file=buf, width=200, color_system=None).print(events_table(rows, 200))
    text = buf.getvalue()
    assert "[/]" in text and "[link=http://evil]x[/link]" in text
    assert "\x1b" not in text and "\\x1b[31mred" in text
    buf = io.StringIO()
    Console(file=buf, width=120, color_system=None).print(plain_table([{"outlet": "[bold]x[/bold]"}]))
    assert "[bold]x[/bold]" in buf.getvalue()


def test_escape_control():
    assert escape_control("a\x1b[2Jb\x07") == "a\\x1b[2Jb\\x07"
    assert printable("x\ny") == "x\\ny" and escape_control("سطر\nآخر") == "سطر\nآخر"


def test_parquet_needs_a_path_and_unknown_format_is_refused(tmp_path):
    with pytest.raises(render.RenderError, match="needs a file"):
        render.write("parquet", [{"a": 1}], "-")
    with pytest.raises(render.RenderError, match="unknown format"):
        render.write("xml", [], io.StringIO())
    pa = pytest.importorskip("pyarrow.parquet", reason="pyarrow (the parquet extra) is not installed")
    out = tmp_path / "x.parquet"
    assert render.write("parquet", [{"a": 1, "b": "درعا", "c": ["x"]}], str(out), types={"a": "int64"}) == 1
    t = pa.read_table(out).to_pylist()
    assert t == [{"a": 1, "b": "درعا", "c": "[\"x\"]"}]


def test_parquet_without_pyarrow_is_one_clear_line(tmp_path):
    import os
    import subprocess
    import sys
    from pathlib import Path

    blocker = tmp_path / "block"
    blocker.mkdir()
    (blocker / "pyarrow.py").write_text("raise ImportError('blocked for the test')\n")
    db = tmp_path / "e.db"
    from marsad.store import open_store

    open_store(str(db))
    env = dict(os.environ, PYTHONPATH=str(blocker) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    r = subprocess.run([sys.executable, "-m", "marsad.cli", "export", "--db", str(db), "--format", "parquet", "--out",
                        str(tmp_path / "x.parquet")], capture_output=True, text=True, env=env,
                       cwd=Path(__file__).resolve().parents[2])
    assert r.returncode == 2 and r.stderr == "marsad: Parquet needs pyarrow: pip install 'marsad[parquet]'\n"
