"""benchmarks/bench_backends.py copies the evidence tables of a SQLite database into PostgreSQL by
name; a table turned into a view (spans, migration 0029) broke that copy unseen until a benchmark
run. Its list must name base tables of the migrated schema, each with columns to copy."""
from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "benchmarks"))

import bench_backends  # noqa: E402

from marsad.store import open_store  # noqa: E402


def test_the_benchmarks_copy_list_names_base_tables_of_the_schema(tmp_path):
    db = tmp_path / "m.db"
    open_store(str(db)).close()
    con = sqlite3.connect(db)
    kinds = dict(con.execute("SELECT name, type FROM sqlite_master WHERE type IN ('table', 'view')"))
    assert kinds.get("spans") == "view"  # the case that broke the copy
    for table in bench_backends.TABLES:
        assert kinds.get(table) == "table", table
        assert [r[1] for r in con.execute(f"PRAGMA table_info({table})")], table
