"""The workbench's way into the database: the store (``marsad.store``), the same interface the
CLI uses, on SQLite or PostgreSQL.

Reads are read-only units of work (SQLite ``mode=ro``; a PostgreSQL read-only transaction) on one
reused connection per server thread; reviews and the search index are the store's write units.
Opening the database checks that it is marsad's and migrates it once, before serving.
"""
from __future__ import annotations

import os
import threading

from ..store import StoreError, open_store


class DatabaseError(Exception):
    """The location is not a usable marsad database (message is one plain line)."""


def is_sqlite(location: str) -> bool:
    return not str(location).startswith(("postgres://", "postgresql://"))


class Database:
    def __init__(self, location: str):
        self.location = str(location)
        self.sqlite = is_sqlite(self.location)
        if self.sqlite and not os.path.exists(self.location.removeprefix("sqlite:///")):
            raise DatabaseError(f"{self.location}: no such database (create it with "
                                f"'marsad ingest ... --db {self.location}')")
        try:
            self.store = open_store(self.location, dedup_threshold=None, reuse_readers=True)
        except StoreError as e:
            raise DatabaseError(str(e)) from None
        except Exception as e:  # noqa: BLE001 - a driver error: one line
            raise DatabaseError(f"{self.location}: not a marsad database ({e})") from None
        self.dialect = self.store.backend.dialect
        if self.dialect == "sqlite":
            # the query planner's statistics (a sample per index): without them it sorts every
            # event of a type instead of reading the sort key's index in order (PostgreSQL's
            # autovacuum keeps its own). Made again when an index has none or the events grew.
            with self.store.unit(write=True) as tx:
                if _stale_statistics(tx):
                    tx.execute("PRAGMA analysis_limit = 1000")
                    tx.execute("ANALYZE")
        self.write_lock = threading.Lock()  # one search-index catch-up at a time

    def query(self, sql: str, params: tuple | list = ()) -> list[dict]:
        with self.store.unit() as tx:
            return tx.query(sql, params)

    def scalar(self, sql: str, params: tuple | list = ()):
        with self.store.unit() as tx:
            return tx.scalar(sql, params)

    def memo(self, name: str, fn):
        """``fn()`` computed once per database version (the store's cache): whole-database
        summaries (the overview, the filter choices, the whole map) cost full scans."""
        return self.store.cached("web:" + name, fn)

    def close(self) -> None:
        self.store.close()


def _stale_statistics(tx) -> bool:
    """No sqlite_stat1 yet, an index of the listed tables without a row in it, or a quarter more
    (or fewer) events than when it was made."""
    if tx.scalar("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'") is None:
        return True
    if tx.scalar("SELECT COUNT(*) FROM sqlite_master m WHERE m.type = 'index' AND m.sql IS NOT NULL AND m.tbl_name "
                 "IN ('events', 'event_sources', 'reports') AND NOT EXISTS (SELECT 1 FROM sqlite_stat1 s "
                 "WHERE s.idx = m.name)"):
        return True
    stat = tx.scalar("SELECT stat FROM sqlite_stat1 WHERE tbl = 'events' AND idx IS NOT NULL LIMIT 1")
    then = int(str(stat).split()[0]) if stat else 0
    now = tx.scalar("SELECT COUNT(*) FROM events") or 0
    return not (0.8 * then <= now <= 1.25 * then + 100)
