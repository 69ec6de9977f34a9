"""SQLite backend: one file, write-ahead log, foreign keys enforced.

Concurrent writers: every write unit starts with ``BEGIN IMMEDIATE`` (it takes the write lock at
once, so no transaction ever reads a snapshot and then fails to upgrade it) under a busy timeout;
a unit that still meets a lock is run again by the store. Readers open the file read-only
(``mode=ro``) and never migrate or switch the journal mode. The header's ``application_id`` and
``user_version`` mark the file as marsad's and give its schema version.
"""
from __future__ import annotations

import os
import sqlite3
from contextlib import contextmanager
from urllib.parse import quote

from . import APPLICATION_ID, Backend, StoreError, statements

BUSY_TIMEOUT_MS = 30000


def _path(location: str) -> str:
    for prefix in ("sqlite:///", "sqlite://"):
        if location.startswith(prefix):
            return location[len(prefix):]
    return location


class SQLiteBackend(Backend):
    dialect = "sqlite"
    placeholder = "?"
    # A batch is first written without a savepoint per document and its rows once per table
    # (store.api._Batch); a document that fails has the unit undone and run again carefully, one
    # savepoint each. A savepoint per document made SQLite copy every page a document changed into
    # the statement journal first, and each document's rows were flushed before the next: the
    # ordered writer spent 0.93 ms per document that way against 0.55 ms (6,000 crawl pages in
    # units of 256, the same rows; stop 21, docs/SCALING.md).
    pipelined = True

    def __init__(self, location: str):
        super().__init__(location)
        self.path = _path(str(location))
        if self.path == ":memory:":
            raise StoreError(":memory: cannot be shared between units of work: give a file path")

    def connect(self, write: bool):
        try:
            if write:
                con = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False,
                                      timeout=BUSY_TIMEOUT_MS / 1000)
            else:
                uri = "file:" + quote(os.path.abspath(self.path)) + "?mode=ro"
                con = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False,
                                      timeout=BUSY_TIMEOUT_MS / 1000)
            con.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            con.execute("PRAGMA foreign_keys = ON")
            if write:
                con.execute("PRAGMA synchronous = NORMAL")
                # a writer touches pages all over a dozen indexes: with SQLite's default 2 MB
                # cache each insert re-reads pages once the database outgrows it
                con.execute("PRAGMA cache_size = -65536")
        except sqlite3.Error as e:
            raise StoreError(f"{self.path}: cannot open ({e})") from None
        return con

    # Deferred during a bulk load (Store.defer_indexes): every index of these tables the
    # migrations make, except the ones the ordered writer reads while it merges (the merge
    # lookup's, the reports of a near-duplicate's original; unique constraints are never
    # dropped). The rest (~19 on events, 5 on reports) serve the web's lists and filters: kept up
    # row by row they cost the writer ~15% (docs/SCALING.md, stop 21); built once at the end,
    # from sorted keys, they cost a few % of that.
    DEFERRABLE_TABLES = ("documents", "events", "reports", "event_sources")
    WRITER_INDEXES = frozenset({"events_type_admin1_lo", "events_type_lo", "events_type_admin1_hi",
                                "reports_doc_event"})
    _schemas: dict[tuple, dict[str, tuple[str, str]]] = {}  # per set of migrations, per process

    def schema_indexes(self) -> dict[str, tuple[str, str]]:
        """The indexes the migrations make: name -> (table, CREATE statement), read from an
        in-memory database migrated once per process."""
        migrations = self.migrations()
        key = tuple(name for _, name, _ in migrations)
        got = self._schemas.get(key)
        if got is None:
            con = sqlite3.connect(":memory:")
            try:
                for _, _, sql in migrations:
                    for stmt in statements(sql):
                        con.execute(stmt)
                got = self._schemas[key] = {n: (t, q) for n, t, q in con.execute(
                    "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")}
            finally:
                con.close()
        return got

    def _present(self, con) -> set[str]:
        return {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}

    def defer_indexes(self, con) -> list[str]:
        present = self._present(con)
        out = sorted(n for n, (t, _) in self.schema_indexes().items() if n in present
                     and t in self.DEFERRABLE_TABLES and n not in self.WRITER_INDEXES)
        for n in out:
            con.execute(f"DROP INDEX {n}")
        return out

    def restore_indexes(self, con) -> list[str]:
        present, schema = self._present(con), self.schema_indexes()
        out = sorted(n for n in schema if n not in present)
        for n in out:
            con.execute(schema[n][1])
        return out

    def begin(self, con, write: bool) -> None:
        con.execute("BEGIN IMMEDIATE" if write else "BEGIN")

    def commit(self, con) -> None:
        con.execute("COMMIT")

    def rollback(self, con) -> None:
        if con.in_transaction:
            con.execute("ROLLBACK")

    def session_begin(self, con, write: bool) -> None:
        self.begin(con, write)

    def session_end(self, con, commit: bool) -> None:
        if commit:
            con.execute("COMMIT")
        elif con.in_transaction:
            con.execute("ROLLBACK")

    def is_retryable(self, exc: BaseException) -> bool:
        return isinstance(exc, sqlite3.OperationalError) and any(
            w in str(exc) for w in ("database is locked", "database table is locked", "busy"))

    def any_like(self, column: str) -> str:
        return f"EXISTS (SELECT 1 FROM json_each({column}) WHERE LOWER(json_each.value) LIKE ?)"

    def table_names(self, con) -> list[str]:
        return [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE '%_fts%' ORDER BY name")]

    # -- recognising, checking and migrating --------------------------------------------------------
    def _identity(self, con) -> tuple[int, int, list[str]]:
        try:
            app = con.execute("PRAGMA application_id").fetchone()[0]
            ver = con.execute("PRAGMA user_version").fetchone()[0]
            tables = [r[0] for r in con.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
        except sqlite3.DatabaseError as e:
            if self.is_retryable(e):
                raise
            raise StoreError(f"{self.path}: not a marsad database (not a SQLite file: {e})") from None
        return app, ver, tables

    def _refuse_foreign(self, app: int, tables: list[str]) -> None:
        if app == APPLICATION_ID:
            return
        if app == 0 and "schema_migrations" in tables and "reports" in tables:
            raise StoreError(f"{self.path}: made by an earlier marsad whose schema this one cannot upgrade; "
                             "ingest the inputs again into a new database")
        raise StoreError(f"{self.path}: not a marsad database (application_id {app:#x}, "
                         f"{len(tables)} tables); refusing to touch it")

    def prepare(self, write: bool) -> int:
        exists = os.path.exists(self.path)
        if os.path.isdir(self.path):
            raise StoreError(f"{self.path}: is a folder, not a database file")
        if not write:
            if not exists:
                raise StoreError(f"{self.path}: no such database (create it with 'marsad ingest ... --db {self.path}')")
            con = self.connect(write=False)
            try:
                app, ver, tables = self._retry(lambda: self._identity(con))
            finally:
                con.close()
            if not tables and app == 0:
                raise StoreError(f"{self.path}: an empty file, not a marsad database")
            self._refuse_foreign(app, tables)
            if ver < self.latest_version:
                raise StoreError(f"{self.path}: schema {ver} is older than this marsad's {self.latest_version}; "
                                 "open it once for writing ('marsad ingest') to upgrade it")
            if ver > self.latest_version:
                raise StoreError(f"{self.path}: made by a newer marsad (schema {ver}); upgrade marsad")
            return ver
        folder = os.path.dirname(os.path.abspath(self.path))
        if not os.path.isdir(folder):
            raise StoreError(f"{self.path}: the folder {folder} does not exist")
        if exists and not os.access(self.path, os.W_OK):
            raise StoreError(f"{self.path}: the database file is read-only")
        if not exists and not os.access(folder, os.W_OK):
            raise StoreError(f"{self.path}: cannot create a database in the read-only folder {folder}")
        con = self.connect(write=True)
        try:
            app, ver, tables = self._retry(lambda: self._identity(con))
            if tables or app:
                self._refuse_foreign(app, tables)
                try:
                    bad = self._retry(lambda: [r[0] for r in con.execute("PRAGMA quick_check").fetchall()])
                except sqlite3.DatabaseError as e:
                    raise StoreError(f"{self.path}: the database is corrupt ({e})") from None
                if bad != ["ok"]:
                    raise StoreError(f"{self.path}: the database is corrupt ({str(bad[0]).splitlines()[0]})")
            if ver > self.latest_version:
                raise StoreError(f"{self.path}: made by a newer marsad (schema {ver}); upgrade marsad")
            try:
                return self._retry(lambda: self._wal_and_migrate(con))
            except sqlite3.OperationalError as e:
                if "readonly" in str(e) or "read-only" in str(e):
                    raise StoreError(f"{self.path}: the database is read-only ({e})") from None
                raise StoreError(f"{self.path}: cannot write ({e})") from None
        finally:
            con.close()

    def _retry(self, fn, seconds: float = BUSY_TIMEOUT_MS / 1000):
        """Run ``fn`` again while another process holds the lock (switching to WAL does not wait
        on the busy timeout; two ingests creating one file at once meet here)."""
        import random
        import time

        deadline = time.monotonic() + seconds
        while True:
            try:
                return fn()
            except sqlite3.OperationalError as e:
                if not self.is_retryable(e) or time.monotonic() > deadline:
                    raise
                time.sleep(0.02 + 0.08 * random.random())

    def _wal_and_migrate(self, con) -> int:
        if con.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            con.execute("PRAGMA journal_mode = WAL")
        ver = self._migrate(con)
        if not self._present(con) >= self.schema_indexes().keys():  # a bulk load that did not finish
            with self._immediate(con):
                self.restore_indexes(con)
        return ver

    @contextmanager
    def _immediate(self, con):
        """One write transaction taken at its start, undone whole if anything in it fails."""
        con.execute("BEGIN IMMEDIATE")
        try:
            yield
            con.execute("COMMIT")
        except BaseException:
            self.rollback(con)
            raise

    def _migrate(self, con) -> int:
        with self._immediate(con):  # also proves the file is writable, before any work is done
            ver = con.execute("PRAGMA user_version").fetchone()[0]
            if ver == 0:
                con.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                con.execute("CREATE TABLE IF NOT EXISTS schema_migrations "
                            "(version INTEGER PRIMARY KEY, name TEXT NOT NULL)")
            for version, name, sql in self.migrations():
                if version <= ver:
                    continue
                for stmt in statements(sql):
                    con.execute(stmt)
                con.execute("INSERT INTO schema_migrations (version, name) VALUES (?, ?)", (version, name))
                con.execute(f"PRAGMA user_version = {version}")
                ver = version
        return ver
