"""``make demo`` replays real CLI commands; the sample corpus carries its metadata."""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

from marsad.cli import build_parser

REPO = Path(__file__).resolve().parents[1]


def _load(name: str):
    spec = importlib.util.spec_from_file_location(name, REPO / "scripts" / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_every_demo_step_is_a_valid_marsad_command_line():
    demo = _load("demo")
    parser = build_parser()
    for _, args in demo.STEPS:
        ns = parser.parse_args(args)  # exits (fails the test) on an unknown command or option
        assert ns.func
        for a in args:
            if a.startswith("samples/"):
                assert (REPO / a).exists(), a
    assert any(a[0] == "ingest" and "demo/marsad.db" in a for _, a in demo.STEPS)


def test_samples_jsonl_matches_the_texts_and_their_metadata():
    build = _load("build_samples")
    committed = (REPO / "samples" / "corpus.jsonl").read_text(encoding="utf-8")
    assert committed == build.render(), "samples/corpus.jsonl is stale: run scripts/build_samples.py"
    recs = [json.loads(x) for x in committed.splitlines()]
    assert len(recs) == len(list((REPO / "samples" / "corpus").glob("*.txt")))
    e01 = next(r for r in recs if r["id"] == "e01")
    assert e01["published"] == "2024-03-05" and e01["outlet"] and e01["text"].startswith("انشقاق")


def test_ingesting_the_samples_route_gives_dates_and_outlets(tmp_path, capsys):
    import sqlite3

    from marsad.cli import main

    src = tmp_path / "some.jsonl"
    src.write_text("".join(line + "\n" for line in
                           (REPO / "samples" / "corpus.jsonl").read_text(encoding="utf-8").splitlines()[16:22]),
                   encoding="utf-8")
    db = tmp_path / "m.db"
    assert main(["ingest", "-q", "--db", str(db), "--passage", str(src)]) == 0
    with sqlite3.connect(db) as con:
        rows = con.execute("SELECT d.published, o.name FROM documents d LEFT JOIN outlets o "
                           "ON o.outlet_id = d.outlet_id").fetchall()
    assert len(rows) == 6 and all(p and o for p, o in rows), rows
