"""SQLite backend: one file, write-ahead log, foreign keys enforced."""
from __future__ import annotations

import sqlite3

from .base import Backend


class SQLiteBackend(Backend):
    dialect = "sqlite"
    placeholder = "?"

    def __init__(self, path: str):
        self.path = str(path)

    def connect(self):
        con = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        con.execute("PRAGMA foreign_keys = ON")
        if self.path != ":memory:":
            con.execute("PRAGMA journal_mode = WAL")
        con.execute("PRAGMA synchronous = NORMAL")
        con.execute("PRAGMA busy_timeout = 10000")
        return con

    def table_names(self, con) -> list[str]:
        return [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
