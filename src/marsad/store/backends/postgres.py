"""PostgreSQL backend (psycopg 3; the ``postgres`` extra): ``--db postgresql://user@host:port/dbname``.

Concurrent writers: every write unit takes one transaction-scoped advisory lock
(``pg_advisory_xact_lock``) before it reads anything it will merge on, so merging is one step at a
time across all processes and machines, while analysis (nearly all the work) runs in parallel
outside the lock. Document identity is a unique constraint on (content hash, outlet) checked under
that lock, so two ingests of the same input store each document once and lose none; a unit that
meets a serialisation failure or deadlock is run again whole. Readers take no lock.

The database is marsad's when it has the ``marsad_meta`` table; any other non-empty database is
refused with one line.
"""
from __future__ import annotations

import datetime as dt
import decimal
import re

from . import Backend, StoreError, statements

# pg_advisory_xact_lock keys: "MRSD" for writes, + 1 for migrations.
WRITE_LOCK = 0x4D525344
MIGRATE_LOCK = WRITE_LOCK + 1


def _psycopg():
    try:
        import psycopg
    except ImportError:
        raise StoreError("PostgreSQL needs psycopg: pip install 'marsad[postgres]'") from None
    return psycopg


class PostgresBackend(Backend):
    dialect = "postgresql"
    placeholder = "%s"
    pipelined = True
    unit_lookups = True
    copy_text = True

    def __init__(self, location: str):
        super().__init__(location)
        self._insert_sql: dict[tuple, str] = {}

    def pipeline(self, con):
        return con.pipeline()

    def insert_many(self, con, table: str, cols: tuple[str, ...], rows: list, ignore_existing: bool) -> None:
        """One statement whatever the number of rows: a column of values per array parameter,
        unnested by the server. The statement's text never changes, so psycopg prepares it once
        and the server plans it once (a multi-row VALUES list is a new statement for each length
        and too long for the driver's caches). Integer columns go as array literals (one string
        joined in C, not a value at a time through the driver), the others in binary (no quoting).
        Not for array columns (unnest would flatten them)."""
        key = (table, cols, ignore_existing)
        hit = self._insert_sql.get(key)
        if hit is None:
            types = self._types(con, table)
            ints = [types[c] in ("integer", "bigint", "smallint") for c in cols]
            arrays = ", ".join(f"%s::{types[c]}[]" if i else f"%b::{types[c]}[]" for c, i in zip(cols, ints))
            hit = ((f"INSERT INTO {table} ({', '.join(cols)}) SELECT * FROM unnest({arrays})"
                    + (" ON CONFLICT DO NOTHING" if ignore_existing else "")), ints)
            self._insert_sql[key] = hit
        sql, ints = hit
        con.execute(sql, [int_array(col) if i else list(col) for col, i in zip(zip(*rows), ints)])

    # Every bucket of a unit's documents in one statement whose text never changes (array
    # parameters; prepared once): one index range each, read to ``cap`` newest, in the index's
    # order (the server sorts the pairs first: each probe then starts near the one before it,
    # ~13% less of the server's CPU than in the documents' order; docs/SCALING.md, stop 24).
    _BUCKETS = ("SELECT q.band, q.bkey, c.doc_key FROM (SELECT * FROM unnest(%s::integer[], %s::bigint[]) "
                "AS u(band, bkey) ORDER BY 1, 2) AS q CROSS JOIN LATERAL (SELECT doc_key FROM lsh_bands l WHERE l.band = q.band AND l.bkey = q.bkey "
                "ORDER BY l.doc_key DESC LIMIT %s) AS c")

    def bucket_lookup(self, con, bands: str, keys: str, cap: int):
        return con.execute(self._BUCKETS, ("{" + bands + "}", "{" + keys + "}", cap)).fetchall()

    def candidate_lookup(self, con, cols: str, arms: list[tuple], cap: int):
        """(arm, row as a dict) for the merge lookups of a whole unit in one statement: per arm (i,
        type, subtype or '', lo, hi, place mode, admin1, a, b) the newest ``cap`` incident events
        of that type and subtype overlapping [lo, hi] whose date_lo lies in [a, b], in its
        governorate (mode 1), place-less (mode 0) or anywhere (mode 2): Store._written_candidates'
        statement, each arm one index range as there."""
        sql = self._CANDIDATES.get(cols)
        if sql is None:
            where = {0: " AND place_level = 0", 1: " AND admin1 = q.admin1", 2: ""}
            sql = ("WITH q AS (SELECT * FROM unnest(%s::integer[], %s::text[], %s::text[], %s::date[], %s::date[], "
                   "%s::integer[], %s::text[], %s::date[], %s::date[]) AS q(i, type, sub, lo, hi, mode, admin1, a, b)) "
                   + " UNION ALL ".join(
                       f"SELECT q.i, e.* FROM q CROSS JOIN LATERAL (SELECT {cols} FROM events WHERE kind = 'incident' "
                       "AND type = q.type AND COALESCE(subtype, '') = q.sub AND date_hi >= q.lo AND date_lo <= q.hi"
                       f"{where[m]} AND date_lo BETWEEN q.a AND q.b ORDER BY event_id DESC LIMIT %s) AS e "
                       f"WHERE q.mode = {m}" for m in (0, 1, 2)))
            self._CANDIDATES[cols] = sql
        i, types, subs, lo, hi, mode, admin1, a, b = zip(*arms)  # array literals: one string each
        cur = con.execute(sql, [int_array(i), text_array(types), text_array(subs), text_array(lo), text_array(hi),
                                int_array(mode), text_array(admin1), text_array(a), text_array(b), cap, cap, cap])
        rows = cur.fetchall()
        names = self.column_names(cur)[1:]
        return [(row[0], dict(zip(names, row[1:]))) for row in rows]

    _CANDIDATES: dict[str, str] = {}

    def signatures(self, con, keys):
        if not keys:
            return []
        return con.execute("SELECT doc_key, minhash, COALESCE(duplicate_of, doc_key) FROM documents "
                           "WHERE doc_key = ANY(%s::bigint[])", (int_array(keys),)).fetchall()

    def column_names(self, cur) -> list[str]:
        """From the result itself (``cursor.description`` builds a typed column object each)."""
        res = cur.pgresult
        return [res.fname(i).decode() for i in range(res.nfields)]

    def copy_rows(self, con, table: str, cols: tuple[str, ...], rows: list) -> None:
        """COPY: the cheapest way in for many rows (formatted by the driver's C code); values as
        Python values, JSON columns as their text. Not inside a pipeline."""
        with con.cursor().copy(f"COPY {table} ({', '.join(cols)}) FROM STDIN") as cp:
            for r in rows:
                cp.write_row(r)

    def copy_lines(self, con, table: str, cols: tuple[str, ...], text: bytes) -> None:
        """COPY of rows already in COPY's text format (tab-separated, escaped, one per line):
        sent as they are, with no formatting value by value here (re-encoded only for a
        connection whose encoding is not UTF-8)."""
        with con.cursor().copy(f"COPY {table} ({', '.join(cols)}) FROM STDIN") as cp:
            cp.write(text if con.info.encoding == "utf-8" else text.decode())

    def _types(self, con, table: str) -> dict[str, str]:
        return dict(con.execute(
            "SELECT attname, format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = %s::regclass "
            "AND attnum > 0 AND NOT attisdropped", (table,)).fetchall())

    # Deferred during a bulk load (Store.defer_indexes), as on SQLite: every index of these tables
    # that backs no constraint, except the ones the ordered writer reads while it merges (the merge
    # lookup's date ranges by type and governorate, the reports of a near-duplicate's original).
    # The rest serve the web's lists and filters. Kept up row by row they cost the writer's server
    # session an index entry each per new row and make every event update a non-HOT one (an
    # update that changes n_reports, a count or a date writes a new entry into every index of
    # events); built once at the end they are one sorted build each. The definitions are kept in
    # marsad_meta until they are built again, so a load that stopped half-way is mended by the
    # next opening for writing.
    DEFERRABLE_TABLES = ("documents", "events", "reports", "event_sources")
    WRITER_INDEXES = frozenset({"events_type_admin1_lo", "events_type_admin1_hi", "events_type_lo", "events_type_hi",
                                "reports_doc_event"})
    _DEFERRED = "deferred index "  # marsad_meta key prefix

    def defer_indexes(self, con) -> list[str]:
        rows = con.execute(
            "SELECT i.relname, pg_get_indexdef(x.indexrelid) FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid "
            "JOIN pg_class t ON t.oid = x.indrelid WHERE t.relnamespace = current_schema()::regnamespace "
            "AND t.relname = ANY(%s) AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid)",
            (list(self.DEFERRABLE_TABLES),)).fetchall()
        out = sorted((n, ddl) for n, ddl in rows if n not in self.WRITER_INDEXES)
        for n, ddl in out:
            con.execute("INSERT INTO marsad_meta (key, value) VALUES (%s, %s) ON CONFLICT (key) DO UPDATE SET "
                        "value = EXCLUDED.value", (self._DEFERRED + n, ddl))
            con.execute(f'DROP INDEX "{n}"')
        return [n for n, _ in out]

    def restore_indexes(self, con) -> list[str]:
        out = []
        for key, ddl in con.execute("SELECT key, value FROM marsad_meta WHERE key LIKE %s ORDER BY key",
                                    (self._DEFERRED + "%",)).fetchall():
            name = key[len(self._DEFERRED):]
            if con.execute("SELECT to_regclass(%s)", (f'"{name}"',)).fetchone()[0] is None:
                con.execute(ddl)
                out.append(name)
            con.execute("DELETE FROM marsad_meta WHERE key = %s", (key,))
        return out

    def keys_used(self, con, last: dict[tuple[str, str], int]) -> None:
        """Keep the identity sequences past the keys the writer gave, for any code that inserts
        without giving one (queued: no round trip in a pipeline)."""
        for (table, col), k in last.items():
            con.execute("SELECT setval(pg_get_serial_sequence(%s, %s), %s)", (table, col, k))

    def where_in(self, column: str, values: list) -> list[tuple[str, list]]:
        return [(f"{column} = ANY(?)", [list(values)])]

    def describe(self) -> str:
        return re.sub(r"//([^:/@]+):[^@/]*@", r"//\1:***@", self.location)  # never print a password

    def connect(self, write: bool):
        psycopg = _psycopg()
        try:
            con = psycopg.connect(self.location, autocommit=False, connect_timeout=10)
        except psycopg.Error as e:
            msg = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
            raise StoreError(f"{self.describe()}: cannot connect ({msg})") from None
        if not write:
            con.read_only = True
        return con

    def begin(self, con, write: bool) -> None:
        if write:
            con.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))

    def session_init(self, con) -> None:
        con.autocommit = True

    def is_retryable(self, exc: BaseException) -> bool:
        psycopg = _psycopg()
        return isinstance(exc, (psycopg.errors.SerializationFailure, psycopg.errors.DeadlockDetected,
                                psycopg.errors.LockNotAvailable))

    def json_in(self, v):
        from psycopg.types.json import Jsonb

        from ..records import dumps

        return Jsonb(v, dumps=dumps)

    def json_text(self, s: str):
        """As it is: psycopg sends a str untyped, so the server reads it as the column's type
        (json records checked, jsonb values parsed) with no cast between the two."""
        return s

    def json_out(self, v):
        return v  # psycopg has already decoded json and jsonb (a JSON string arrives as a str)

    def list_in(self, v: list[str]):
        """A text[] value as its literal (one string: the driver's list adaptation costs tens of
        microseconds a call)."""
        return text_array(str(x) for x in v)

    def list_out(self, v) -> list:
        return list(v or [])

    def json_eq(self, expr: str) -> str:
        return f"{expr} = ?"

    def timestamp_in(self, ts):
        return ts

    def any_like(self, column: str) -> str:
        return f"EXISTS (SELECT 1 FROM unnest({column}) AS a(v) WHERE LOWER(a.v) LIKE ?)"

    def normalise(self, row: dict) -> dict:
        for k, v in row.items():
            if isinstance(v, (dt.date, dt.datetime)):
                row[k] = v.isoformat()
            elif isinstance(v, decimal.Decimal):
                row[k] = float(v)
            elif isinstance(v, memoryview):
                row[k] = bytes(v)
        return row

    def table_names(self, con) -> list[str]:
        return [r[0] for r in con.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename").fetchall()]

    # -- recognising and migrating -----------------------------------------------------------------
    def _state(self, con) -> tuple[bool, int, int]:
        """(is marsad's, schema version, number of other tables)."""
        # one statement, so one snapshot: a migration committing in between cannot show its tables
        # without its marsad_meta
        marsad, n = con.execute(
            "SELECT to_regclass('marsad_meta') IS NOT NULL, "
            "(SELECT COUNT(*) FROM pg_tables WHERE schemaname = current_schema())").fetchone()
        if not marsad:
            return False, 0, int(n)
        ver = con.execute("SELECT COALESCE(MAX(version), 0) FROM schema_migrations").fetchone()[0]
        return True, int(ver), 0

    def prepare(self, write: bool) -> int:
        psycopg = _psycopg()
        con = self.connect(write)
        where = self.describe()
        try:
            if write:  # decide under the migration lock, so a concurrent first migration is seen whole
                con.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATE_LOCK,))
            marsad, ver, others = self._state(con)
            if not write:
                con.rollback()
            if not marsad and others:
                raise StoreError(f"{where}: not a marsad database ({others} tables and no marsad_meta); "
                                 "refusing to touch it")
            if not write:
                if not marsad:
                    raise StoreError(f"{where}: an empty database, not a marsad database (create it with "
                                     f"'marsad ingest ... --db {where}')")
                if ver < self.latest_version:
                    raise StoreError(f"{where}: schema {ver} is older than this marsad's {self.latest_version}; "
                                     "open it once for writing ('marsad ingest') to upgrade it")
            if ver > self.latest_version:
                raise StoreError(f"{where}: made by a newer marsad (schema {ver}); upgrade marsad")
            if write:
                return self._migrate(con)
            return ver
        except psycopg.errors.ReadOnlySqlTransaction as e:
            raise StoreError(f"{where}: the database is read-only ({str(e).strip().splitlines()[0]})") from None
        except psycopg.errors.InsufficientPrivilege as e:
            raise StoreError(f"{where}: not allowed ({str(e).strip().splitlines()[0]})") from None
        except psycopg.Error as e:
            raise StoreError(f"{where}: cannot use the database ({str(e).strip().splitlines()[0]})") from None
        finally:
            con.close()

    def _migrate(self, con) -> int:
        """All migrations not yet applied, in one transaction under the migration lock (two
        ingests starting at once migrate once); also proves the database is writable."""
        con.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATE_LOCK,))
        con.execute("CREATE TABLE IF NOT EXISTS marsad_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        con.execute("INSERT INTO marsad_meta (key, value) VALUES ('application', 'marsad') "
                    "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value")
        con.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL)")
        self.restore_indexes(con)  # a bulk load that stopped before building them again
        # every migration not applied yet, also one numbered below the latest applied (a twin of
        # an older SQLite migration written later)
        applied = {r[0] for r in con.execute("SELECT version FROM schema_migrations").fetchall()}
        ver = max(applied, default=0)
        for version, name, sql in self.migrations():
            if version in applied:
                continue
            for stmt in statements(sql):
                con.execute(stmt)
            con.execute("INSERT INTO schema_migrations (version, name) VALUES (%s, %s)", (version, name))
            ver = max(ver, version)
        con.commit()
        return int(ver)


def text_array(values) -> str:
    """A PostgreSQL array literal of strings (None as NULL), for a text[] or date[] parameter;
    without NULLs quoted and escaped as one string (not element by element: thousands a unit)."""
    vals = [v if isinstance(v, str) or v is None else str(v) for v in values]
    if not vals:
        return "{}"
    if None in vals:
        return "{" + ",".join("NULL" if v is None else _quoted(v) for v in vals) + "}"
    return _quoted("\x00".join(vals)).replace("\x00", '","').join("{}")  # (no text holds a NUL)


def _quoted(v: str) -> str:
    return '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'


def int_array(values) -> str:
    """A PostgreSQL array literal of integers (None as NULL)."""
    vals = values if isinstance(values, (list, tuple)) else list(values)
    if None in vals:
        return "{" + ",".join("NULL" if v is None else str(int(v)) for v in vals) + "}"
    return "{" + ",".join(map(str, map(int, vals))) + "}"
