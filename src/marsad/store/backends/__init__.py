"""Store backends: SQLite (default, one file) and PostgreSQL (teams), each with its own SQL
migrations under ``store/sql/<dialect>/``. A backend owns what differs between databases: how a
connection is opened (read-only or for writing), how a write unit takes the writer's lock, how a
database is recognised as marsad's and migrated, how JSON and lists are passed and read back,
and which errors are worth retrying. Everything else (merging, queries) is shared in
``store/api.py``. May import: store's records and merge policy; never extract/.
"""
from __future__ import annotations

from abc import ABC, abstractmethod
from pathlib import Path
from typing import Any

SQL_ROOT = Path(__file__).resolve().parents[1] / "sql"
# "MRSD": the SQLite header's application_id, so marsad knows its own files from anyone else's.
APPLICATION_ID = 0x4D525344


class StoreError(Exception):
    """A database that cannot be used as asked; the message is one plain line for the user."""


class Backend(ABC):
    dialect = "generic"
    placeholder = "?"
    # A write batch is first sent as one pipeline without a savepoint per document (statements
    # whose result is not read cost no round trip); when a document fails, the unit is undone and
    # run again with savepoints. Worth it where each statement is a round trip to a server, and
    # on SQLite too (see SQLiteBackend).
    pipelined = False
    # The writer reads what a unit's documents need from the LSH index in one statement at the
    # unit's start (``bucket_lookup``, ``signatures``) and writes their rows with the unit's
    # flush, instead of a lookup and an insert per document (store.api ``_unit_links``).
    unit_lookups = False
    # Rows are loaded as COPY text (``copy_text``): a prepared document may bring its
    # pass-through columns as that text already (store.prepared ``as_copy_form``), and the writer
    # sends the rest of a unit's rows as text too, not value by value.
    copy_text = False

    def __init__(self, location: str):
        self.location = location

    # -- connections ------------------------------------------------------------------------------
    @abstractmethod
    def connect(self, write: bool):
        """A new DB-API connection with the session settings applied (one per unit of work)."""

    @abstractmethod
    def begin(self, con, write: bool) -> None:
        """Start a unit of work; a write unit holds the writer's lock until it ends."""

    def commit(self, con) -> None:
        con.commit()

    def rollback(self, con) -> None:
        con.rollback()

    def pipeline(self, con):
        """A context in which statements are queued, not waited for (see ``pipelined``)."""
        from contextlib import nullcontext

        return nullcontext()

    def insert_many(self, con, table: str, cols: tuple[str, ...], rows: list, ignore_existing: bool) -> None:
        """Insert many rows at once: one prepared statement through executemany (in process)."""
        tail = " ON CONFLICT DO NOTHING" if ignore_existing else ""
        con.cursor().executemany(self.sql(f"INSERT INTO {table} ({', '.join(cols)}) VALUES "
                                          f"({', '.join('?' * len(cols))}){tail}"), rows)

    def defer_indexes(self, con) -> list[str]:
        """Drop the indexes only readers use (not the writer's lookups) before a bulk load; their
        names. Where the backend keeps them up cheaply enough: nothing dropped."""
        return []

    def restore_indexes(self, con) -> list[str]:
        """Build again every index the migrations make that is missing (after a bulk load, or one
        that did not finish); their names."""
        return []

    def keys_used(self, con, last: dict[tuple[str, str], int]) -> None:
        """The writer gave keys up to ``last[(table, column)]`` itself (see store.api._Batch)."""

    def bucket_lookup(self, con, bands: str, keys: str, cap: int) -> list[tuple[int, int, int]]:
        """(band, bkey, doc_key): the newest ``cap`` documents of each of these LSH buckets, given
        as the comma-separated band numbers and keys of the pairs."""
        raise NotImplementedError(f"{type(self).__name__} reads per document (unit_lookups is False)")

    def candidate_lookup(self, con, cols: str, arms: list[tuple], cap: int) -> list[tuple[int, dict]]:
        """The merge lookups of a unit's reports in one statement (see PostgresBackend)."""
        raise NotImplementedError(f"{type(self).__name__} reads per document (unit_lookups is False)")

    def signatures(self, con, keys: list[int]) -> list[tuple[int, Any, int]]:
        """(doc_key, minhash, the original it counts as) of these documents."""
        raise NotImplementedError(f"{type(self).__name__} reads per document (unit_lookups is False)")

    def column_names(self, cur) -> list[str]:
        """The names of a cursor's result columns."""
        return [c[0] for c in cur.description]

    def copy_rows(self, con, table: str, cols: tuple[str, ...], rows: list) -> None:
        """Append many rows at once, outside any pipeline (JSON columns given as their text)."""
        self.insert_many(con, table, cols, rows, False)

    def copy_lines(self, con, table: str, cols: tuple[str, ...], text: bytes) -> None:
        """Append rows given as COPY text lines, UTF-8 (where ``copy_text``)."""
        raise NotImplementedError(f"{type(self).__name__} takes rows as values (copy_text is False)")

    def where_in(self, column: str, values: list) -> list[tuple[str, list]]:
        """``column IN (values)`` as (SQL, parameters) pieces, each small enough for the driver."""
        return [(f"{column} IN ({', '.join('?' * len(values[i:i + 500]))})", values[i:i + 500])
                for i in range(0, len(values), 500)]

    # a long-lived session connection (raw SQL, explicit transactions): see Store.transaction
    def session_init(self, con) -> None:
        """Make a session connection autocommit outside explicit transactions."""

    def session_begin(self, con, write: bool) -> None:
        con.execute("BEGIN")
        self.begin(con, write)

    def session_end(self, con, commit: bool) -> None:
        con.execute("COMMIT" if commit else "ROLLBACK")

    @abstractmethod
    def prepare(self, write: bool) -> int:
        """Check the database is marsad's (and sound, for writing), migrate when writing; return
        the schema version. Raises StoreError with one line."""

    @abstractmethod
    def is_retryable(self, exc: BaseException) -> bool:
        """A lock or serialisation conflict: the whole unit may simply be run again."""

    # -- dialect -----------------------------------------------------------------------------------
    def sql(self, query: str) -> str:
        return query if self.placeholder == "?" else query.replace("?", self.placeholder)

    def json_in(self, v: Any) -> Any:
        from ..records import dumps

        return dumps(v)

    def json_text(self, s: str) -> Any:
        """A value already serialised to canonical JSON (records.dumps), as the column takes it."""
        return s

    def json_out(self, v: Any) -> Any:
        import json

        return json.loads(v) if isinstance(v, (str, bytes)) else v

    def list_in(self, v: list[str]) -> Any:
        return self.json_in(list(v))

    def list_out(self, v: Any) -> list:
        return list(self.json_out(v) or [])

    def json_eq(self, expr: str) -> str:
        """SQL comparing a JSON column or subquery with the next parameter (given through json_in)."""
        return f"{expr} = ?"

    def timestamp_in(self, ts) -> Any:
        return ts.isoformat()

    @abstractmethod
    def any_like(self, column: str) -> str:
        """SQL true when some element of the list ``column`` is LIKE the next parameter (lower-cased)."""

    def normalise(self, row: dict) -> dict:
        """Values as plain Python (ISO strings for dates, floats for numbers)."""
        return row

    def migrations(self) -> list[tuple[int, str, str]]:
        out = []
        for f in sorted((SQL_ROOT / self.dialect).glob("*.sql")):
            out.append((int(f.name.split("_", 1)[0]), f.stem, f.read_text(encoding="utf-8")))
        return out

    @property
    def latest_version(self) -> int:
        return max((v for v, _, _ in self.migrations()), default=0)

    @abstractmethod
    def table_names(self, con) -> list[str]:
        """Names of the user tables (used by tests and dumps)."""

    def describe(self) -> str:
        return self.location


def statements(sql: str) -> list[str]:
    """The statements of a migration file (comment lines dropped, split on ';' except inside a
    $$-quoted body such as a PostgreSQL DO block)."""
    lines = [ln for ln in sql.splitlines() if not ln.strip().startswith("--")]
    out, cur = [], ""
    for i, part in enumerate("\n".join(lines).split("$$")):
        if i % 2:  # inside $$ ... $$: kept whole
            cur += "$$" + part + "$$"
            continue
        pieces = part.split(";")
        cur += pieces[0]
        for p in pieces[1:]:
            out.append(cur)
            cur = p
    out.append(cur)
    return [s.strip() for s in out if s.strip()]


def backend_for(location: str) -> Backend:
    loc = str(location)
    if loc.startswith(("postgres://", "postgresql://")):
        from .postgres import PostgresBackend

        return PostgresBackend(loc)
    from .sqlite import SQLiteBackend

    return SQLiteBackend(loc)
