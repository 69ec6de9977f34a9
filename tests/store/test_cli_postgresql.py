"""Every database command through the CLI with a PostgreSQL URL as --db: ingest (serial and on a
Dask worker), events, estimates and export print what they print for the same input in SQLite;
an unreachable server is one line. (serve: tests/web; watch and fetch: tests/watch.)"""
from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

import pytest

from marsad.cli import main

REPO = Path(__file__).resolve().parents[2]
_SEQ = iter(range(1, 10 ** 6))


@pytest.fixture(scope="module")
def dbs(pg_server, tmp_path_factory):
    """The sample corpus ingested through the CLI into SQLite and into PostgreSQL."""
    sys.path.insert(0, str(REPO / "scripts"))
    from pg_local import create_database

    from marsad.store.samples import write_jsonl

    d = tmp_path_factory.mktemp("cli_pg")
    src = write_jsonl(d / "corpus.jsonl")
    lite = str(d / "m.db")
    pg = create_database(*pg_server, f"cli{next(_SEQ)}")
    for db in (lite, pg):
        assert main(["ingest", str(src), "--db", db, "--passage", "--quiet"]) == 0
    return {"sqlite": lite, "postgresql": pg, "src": str(src), "server": pg_server}


def _out(capsys, *args) -> str:
    assert main(list(args)) == 0
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return out


@pytest.mark.parametrize("filters", [[], ["--type", "defection"], ["--place", "درعا"],
                                     ["--since", "2024-01", "--until", "2024-12"], ["--source", "عنب"]])
def test_events_on_postgresql_print_what_sqlite_prints(dbs, capsys, filters):
    got = json.loads(_out(capsys, "events", "--db", dbs["postgresql"], "--format", "json", *filters))
    want = json.loads(_out(capsys, "events", "--db", dbs["sqlite"], "--format", "json", *filters))
    assert got == want
    if not filters:
        assert len(got) >= 10 and any(e.get("place_name") == "Tafas" for e in got)
    table = _out(capsys, "events", "--db", dbs["postgresql"], *filters)
    assert table == _out(capsys, "events", "--db", dbs["sqlite"], *filters)


def test_estimates_on_postgresql_print_what_sqlite_prints(dbs, capsys):
    for extra in ([], ["--kind", "aggregate"], ["--all"]):
        got = json.loads(_out(capsys, "estimates", "--db", dbs["postgresql"], "--format", "json", *extra))
        want = json.loads(_out(capsys, "estimates", "--db", dbs["sqlite"], "--format", "json", *extra))
        assert got == want
    assert got and all(r["low"] is not None or r["high"] is not None for r in got)
    assert any(r["kind"] == "aggregate" for r in got) and any(r["kind"] == "incident" for r in got)


def _without_timestamp(text: str) -> list[dict]:
    rows = list(csv.DictReader(io.StringIO(text)))
    assert rows and all(r.pop("timestamp").isdigit() for r in rows)
    return rows


def test_export_from_postgresql_writes_what_sqlite_writes(dbs, capsys, tmp_path):
    written = {}
    for fmt in ("acled-csv", "jsonl", "csv"):
        files = {}
        for backend in ("sqlite", "postgresql"):
            out = tmp_path / f"{backend}.{fmt}"
            assert main(["export", "--db", dbs[backend], "--format", fmt, "--out", str(out), "--quiet"]) == 0
            files[backend] = out.read_text(encoding="utf-8")
        if fmt == "acled-csv":  # ACLED's `timestamp` is the export's second: two exports may differ by one
            assert _without_timestamp(files["postgresql"]) == _without_timestamp(files["sqlite"])
        else:
            assert files["postgresql"] == files["sqlite"]
        written[fmt] = files["postgresql"]
    rows = list(csv.DictReader(io.StringIO(written["acled-csv"])))
    assert len(rows) >= 10 and {"event_id_cnty", "event_type", "fatalities", "admin1"} <= set(rows[0])
    assert len(written["jsonl"].splitlines()) >= len(rows)


def test_clustered_ingest_into_postgresql_through_the_cli(dbs, capsys):
    pytest.importorskip("distributed", reason="dask.distributed is not installed (pip install 'marsad[cluster]')")
    sys.path.insert(0, str(REPO / "scripts"))
    from pg_local import create_database

    from marsad.cluster.run import database_fingerprint

    pg = create_database(*dbs["server"], f"cli{next(_SEQ)}")
    assert main(["ingest", dbs["src"], "--db", pg, "--passage", "--workers", "1", "--partition-size", "7"]) == 0
    err = capsys.readouterr().err
    assert "Traceback" not in err and "(1 workers," in err.strip().splitlines()[-1]
    assert database_fingerprint(pg) == database_fingerprint(dbs["postgresql"])


def test_an_unreachable_server_is_one_line(capsys, tmp_path):
    url = "postgresql://postgres@127.0.0.1:9/nowhere"
    for args in (["events", "--db", url], ["estimates", "--db", url], ["export", "--db", url, "--out", "-"],
                 ["ingest", str(tmp_path / "missing.txt"), "--db", url, "--quiet"]):
        assert main(args) == 2, args
        err = capsys.readouterr().err
        assert "Traceback" not in err and len(err.strip().splitlines()) == 1, (args, err)
        assert "cannot connect" in err
