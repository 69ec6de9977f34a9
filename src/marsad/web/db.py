"""The workbench's two ways into the database: read-only connections for every page, and the
store (one read-write connection behind a lock) for reviews and the search index.

Reads use SQLite's ``mode=ro`` URI with ``query_only``, one connection per server thread, so a page
can never change the evidence and readers never wait for each other (write-ahead log).
"""
from __future__ import annotations

import os
import sqlite3
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator
from urllib.parse import quote


class DatabaseError(Exception):
    """The location is not a usable marsad database (message is one plain line)."""


def is_sqlite(location: str) -> bool:
    return not str(location).startswith(("postgres://", "postgresql://"))


class Database:
    def __init__(self, location: str):
        self.location = str(location)
        self.sqlite = is_sqlite(self.location)
        if self.sqlite and not os.path.exists(self.location):
            raise DatabaseError(f"{self.location}: no such database (create it with "
                                f"'marsad ingest ... --db {self.location}')")
        from ..store import open_store

        try:
            self.store = open_store(self.location, dedup_threshold=None)  # checks and migrates
        except Exception as e:  # noqa: BLE001 - sqlite3.DatabaseError, driver errors
            raise DatabaseError(f"{self.location}: not a marsad database ({e})") from None
        self.writer = None
        if self.sqlite:
            # the web's own writer connection: reviews and the search index are plain SQL
            self.store.close()
            self.store = None
            self.writer = Writer(sqlite3.connect(self.location, isolation_level=None, check_same_thread=False))
        self.write_lock = threading.Lock()
        self._local = threading.local()
        self._readers: list = []
        self._memo: dict[str, tuple] = {}
        self.columns = {t: self._columns(t) for t in ("events", "reports", "documents")}

    def _columns(self, table: str) -> set[str]:
        if not self.sqlite:
            rows = self.store.query("SELECT column_name FROM information_schema.columns WHERE table_name = ?", (table,))
            return {r["column_name"] for r in rows}
        return {r[1] for r in self.writer.con.execute(f"PRAGMA table_info({table})")}

    # -- reading --------------------------------------------------------------------------------------
    def reader(self):
        con = getattr(self._local, "con", None)
        if con is None:
            if self.sqlite:
                uri = "file:" + quote(str(Path(self.location).resolve())) + "?mode=ro"
                con = sqlite3.connect(uri, uri=True, check_same_thread=False)
                con.execute("PRAGMA query_only = 1")
                con.execute("PRAGMA busy_timeout = 5000")
                # memory-mapped reads and a larger page cache: list pages visit thousands of rows
                con.execute("PRAGMA mmap_size = 1073741824")
                con.execute("PRAGMA cache_size = -65536")
            else:  # other backends: the store's connection, serialised by the lock
                con = None
            self._local.con = con
            if con is not None:
                self._readers.append(con)
        return con

    def query(self, sql: str, params: tuple | list = ()) -> list[dict]:
        con = self.reader()
        if con is None:
            with self.write_lock:
                return self.store.query(sql, params)
        cur = con.execute(sql, params)
        cols = [c[0] for c in cur.description]
        return [dict(zip(cols, row)) for row in cur.fetchall()]

    def scalar(self, sql: str, params: tuple | list = ()):
        rows = self.query(sql, params)
        return next(iter(rows[0].values())) if rows else None

    def version(self) -> tuple:
        """Changes whenever a document or a review is added (two index look-ups)."""
        return (self.scalar("SELECT MAX(doc_key) FROM documents"), self.scalar("SELECT MAX(review_id) FROM reviews"),
                self.scalar("SELECT MAX(event_id) FROM events"))

    def memo(self, name: str, fn):
        """``fn()`` computed once per database version: whole-database summaries (the overview,
        the filter choices) cost full scans, and their inputs only change when data is added."""
        key = self.version()
        hit = self._memo.get(name)
        if hit is not None and hit[0] == key:
            return hit[1]
        value = fn()
        self._memo[name] = (key, value)
        return value

    # -- writing --------------------------------------------------------------------------------------
    @contextmanager
    def writing(self) -> Iterator["Writer"]:
        """The writer inside one transaction, one writer at a time."""
        if self.writer is None:
            raise NotImplementedError("reviews need a SQLite database for now")
        with self.write_lock:
            with self.writer.transaction():
                yield self.writer

    def close(self) -> None:
        for con in self._readers:
            try:
                con.close()
            except Exception:  # noqa: BLE001 - closing from another thread
                pass
        if self.writer is not None:
            self.writer.con.close()
        if self.store is not None:
            self.store.close()


class Writer:
    """A read-write SQLite connection with the few helpers reviews and the search index use."""

    def __init__(self, con):
        self.con = con
        con.execute("PRAGMA busy_timeout = 10000")
        con.execute("PRAGMA foreign_keys = ON")
        self._in_tx = False

    def execute(self, sql: str, params: tuple | list = ()):
        return self.con.execute(sql, params)

    def query(self, sql: str, params: tuple | list = ()) -> list[dict]:
        cur = self.con.execute(sql, params)
        cols = [c[0] for c in cur.description]
        return [dict(zip(cols, row)) for row in cur.fetchall()]

    def scalar(self, sql: str, params: tuple | list = ()):
        row = self.con.execute(sql, params).fetchone()
        return row[0] if row else None

    @contextmanager
    def transaction(self) -> Iterator["Writer"]:
        if self._in_tx:
            yield self
            return
        self.con.execute("BEGIN IMMEDIATE")
        self._in_tx = True
        try:
            yield self
        except BaseException:
            self.con.execute("ROLLBACK")
            self._in_tx = False
            raise
        self.con.execute("COMMIT")
        self._in_tx = False
