"""The store's interface, used by the commands, the runner, the web workbench and the cluster:
documents, events (merged incidents), reports, estimates and reviews.

``open_store(url)`` picks the backend from the location (a file path or ``sqlite:///path`` is
SQLite, ``postgresql://...`` is PostgreSQL). Each call is one unit of work on its own connection:
a write unit holds the writer's lock (SQLite ``BEGIN IMMEDIATE``, a PostgreSQL advisory lock) only
while it stores, and is retried whole when it meets a lock, so several ingests can write into one
database at once and lose nothing. Analysis (the expensive part) happens before, outside the lock.

Writing: ``add_documents(records)`` stores a batch of Document records in one unit (a document
that fails is undone alone: the unit is then written again with a savepoint per document); ``add_document(record)`` is
the batch of one. A record is a :class:`marsad.document.Document` or its ``to_record()`` dict.

Determinism: the same inputs in the same order give identical rows (no wall-clock columns outside
reviews), so an interrupted run that is restarted ends exactly where an uninterrupted run would.
"""
from __future__ import annotations

import bisect
import os
import random
import threading
import time
from contextlib import contextmanager
from itertools import chain
from typing import Any, Iterable, Iterator

from ..resources import DEDUP_THRESHOLD
from . import merge
from .backends import Backend, StoreError, backend_for
from .filters import EventFilter
from .prepared import BANDS, DOC_COPY_COLS, ROWS, DocumentFailed, content_hash, copy_field, copy_fields, prepare_or_fail
from .records import dumps

DOC_FIELDS = ("id", "title", "outlet", "author", "url", "published")


def open_store(location: str, *, readonly: bool = False, dedup_threshold: float | None = DEDUP_THRESHOLD,
               reuse_readers: bool = False) -> "Store":
    """The store at ``location``. Read-only stores never migrate or change the file; a writable
    store is checked (marsad's, sound, writable) and migrated here, once, before any work.
    ``reuse_readers`` (a long-running server): read units reuse one connection per thread
    instead of connecting each time (a PostgreSQL connection costs milliseconds)."""
    return Store(backend_for(str(location)), readonly=readonly, dedup_threshold=dedup_threshold,
                 reuse_readers=reuse_readers)


class _DocState:
    """What merging needs to know about the document being written: the events its earlier
    reports joined (with their figures), and those of its original when it is a copy."""

    __slots__ = ("root", "key", "outlet", "events", "figures", "sources", "types", "_root_events", "_counts_as",
                 "_batch")

    def __init__(self, root: int | None, key: int = 0, outlet: str | None = None, batch: "_Batch | None" = None):
        self.root, self.key, self.outlet, self._batch = root, key, outlet, batch
        self._counts_as: tuple[str, str] | None = None
        self.events: set[int] = set()
        self.figures: dict[int, list] = {}
        self.sources: set[tuple[int, str]] = set()  # (event, who reports it)
        self.types: dict[int, str] = {}  # event -> its type (merging joins reports of one type only)
        self._root_events: set[int] | None = None

    def told(self, event_id: int, c: dict) -> None:
        self.events.add(event_id)
        self.types[event_id] = c["type"]
        if c["reported_by"] is not None:
            self.sources.add((event_id, c["reported_by"]))
        if c["count_low"] is not None or c["count_high"] is not None:
            self.figures.setdefault(event_id, []).append((c["count_low"], c["count_high"]))

    def counts_as(self, tx) -> tuple[str, str]:
        """(original document, outlet) this document counts as in an event's n_reports and
        n_outlets: a near-duplicate copy counts as its original and the original's outlet (a
        document without an outlet is an outlet of its own)."""
        if self._counts_as is None:
            if self.root is None:
                self._counts_as = (str(self.key), self.outlet or f"doc:{self.key}")
            elif self._batch is not None and self.root in self._batch.outlet_of:  # written with the unit
                name = self._batch.outlet_of[self.root]
                self._counts_as = (str(self.root), name or f"doc:{self.root}")
            else:
                name = tx.scalar("SELECT o.name FROM documents d JOIN outlets o ON o.outlet_id = d.outlet_id "
                                 "WHERE d.doc_key = ?", (self.root,))
                self._counts_as = (str(self.root), name or f"doc:{self.root}")
        return self._counts_as

    def root_events(self, tx) -> set[int]:
        if self._root_events is None:
            self._root_events = set() if self.root is None else {r[0] for r in tx.execute(
                "SELECT DISTINCT event_id FROM reports WHERE doc_key = ? AND event_id IS NOT NULL",
                (self.root,)).fetchall()}
            if self.root is not None and self._batch is not None:  # the root's reports not yet written
                self._root_events |= self._batch.report_events.get(self.root, set())
        return self._root_events


class _Redo(Exception):
    """A pipelined batch met a document that fails: run the unit again, carefully."""


class _Batch:
    """One write unit's bookkeeping: the stored copies of its documents' texts (read once for the
    whole batch), the next keys, and rows written once per batch (one statement per table, not
    one per document or report): the rows nothing reads while writing (spans, who tells each
    event), the reports (merging reads only which events a near-duplicate's original joined:
    ``report_events``), the events made in this batch (``new_events``: their final row; the merge
    lookup reads them here, ``Store._merge_candidates``) and the tally rows (``tally``: read here
    by ``Store._refresh_event``). Most events are made and joined again within one batch (a
    crawl tells an incident in neighbouring pages), so each is written once, as it ends."""

    _KEYS = {"doc": ("documents", "doc_key"), "event": ("events", "event_id"), "report": ("reports", "report_id")}

    def __init__(self, tx: Tx, prepared: list[dict]):
        hashes = sorted({p["hash"] for p in prepared})
        self.texts: dict[str, list[tuple]] = {}
        self.text = tx.backend.copy_text  # rows kept as COPY text lines (see _pending), not tuples
        self.cap = merge.settings()["max_candidates"]  # read once a unit (thousands of lookups)
        for where, params in tx.backend.where_in("content_hash", hashes):
            for h, k, dup, okey in tx.execute("SELECT content_hash, doc_key, duplicate_of, outlet_key FROM documents "
                                              f"WHERE {where} ORDER BY doc_key", params).fetchall():
                self.texts.setdefault(h, []).append((k, dup, okey))
        self.next = dict(zip(self._KEYS, (int(v or 0) + 1 for v in tx.execute(
            "SELECT " + ", ".join(f"(SELECT MAX({c}) FROM {t})" for t, c in self._KEYS.values())).fetchone())))
        self.first = dict(self.next)
        self.added: list[str] = []  # hashes stored in this unit, in order
        self.outlet_of: dict[int, str | None] = {}  # doc_key -> outlet, for the unit's own documents
        # a backend with ``unit_lookups`` (Store._lookup_buckets): the LSH buckets of the unit's
        # documents as written before the unit (newest first), the candidates' signatures and
        # originals, and the unit's own band rows by bucket (ascending keys)
        self.buckets: dict[tuple[int, int], list[int]] | None = None
        self.sigs: dict[int, bytes | None] = {}
        self.roots: dict[int, int] = {}
        self.local: dict[tuple[int, int], list[int]] = {}
        # (unit_lookups, a pipelined try) the merge candidates of the unit's reports read at its
        # start (Store._lookup_candidates): per report (by id), per date range, the event ids;
        # the written events seen in this unit by id, kept current as the unit changes them; the
        # ones whose matching columns changed, by (type, subtype)
        self.cands: dict[int, tuple[list, list[list[int]]]] | None = None  # id -> (ranges, ids per range)
        self.rows: dict[int, dict] = {}
        self.kinds: dict[int, tuple[str, str]] = {}
        self.moved: dict[tuple[str, str], set[int]] = {}
        self._pending()

    def _pending(self) -> None:
        # documents, bands, spans and reports rows: tuples, or pieces of COPY text (UTF-8 bytes)
        # where the backend loads text (``text``)
        self.documents: list = []  # (unit_lookups) document rows, written first
        # LSH rows (tuples or COPY lines), a list a document, written band after band: a unit's
        # rows then go into the (band, bkey, doc_key) index one band's region at a time, not all
        # over it (its inserts cost the server ~20% less: docs/SCALING.md, stop 24). Documents with
        # every band in order are turned band-major at the flush by one zip; others (none from
        # ``prepare``) are written after them as they are.
        self.bands: list[list] = []
        self.odd_bands: list[list] = []
        self.links: list[tuple] = []  # near_duplicates rows
        self.spans: list = []
        self.sources: set[tuple] = set()
        self.reports: dict[tuple, list] = {}  # columns -> rows
        self.report_events: dict[int, set[int]] = {}  # doc_key -> events its reports joined
        self.new_events: dict[int, dict] = {}  # event_id -> its row as the database would return it
        self.new_by_type: dict[tuple, list[int]] = {}  # (type, subtype or '') -> new_events' keys, in order
        # the same by what the merge lookup's place condition asks: (type, subtype or '', 0) for
        # those of place_level 0, (type, subtype or '', 1, admin1) for those in a governorate
        self.new_by_place: dict[tuple, list[int]] = {}
        self.tally: dict[int, set[tuple[str, str]]] = {}  # event_id -> (what, value) rows

    def same_text(self, h: str) -> list[tuple]:
        """(doc_key, duplicate_of, outlet_key) of the stored documents with this text, by key."""
        return self.texts.get(h, [])

    def key(self, kind: str) -> int:
        k = self.next[kind]
        self.next[kind] = k + 1
        return k

    def stored(self, h: str, key: int, root: int | None, okey: str, outlet: str | None = None) -> None:
        self.texts.setdefault(h, []).append((key, root, okey))
        self.added.append(h)
        self.outlet_of[key] = outlet

    def mark(self) -> tuple:
        return dict(self.next), len(self.added)

    def undo(self, mark: tuple) -> None:
        """Forget what a document undone by its savepoint added."""
        self.next, n = dict(mark[0]), mark[1]
        for h in self.added[n:]:
            self.texts[h].pop()
        del self.added[n:]
        gone = self.next["doc"]  # the undone document's key, given again to the next one (written
        for d in (self.outlet_of, self.sigs, self.roots):  # documents' keys are all below it)
            for k in [k for k in d if k >= gone]:
                del d[k]
        for keys in self.local.values():
            while keys and keys[-1] >= gone:
                keys.pop()
        self._pending()  # (a careful unit flushes after every document: only the undone one's rows)

    DOC_COLS = ("doc_key", "content_hash", "outlet_key", "doc_id", "outlet_id", "url", "published", "title", "author",
                "source", "text", "record", "minhash", "duplicate_of")
    DOC_TEXT_COLS = ("doc_key", "outlet_id", "minhash", "duplicate_of", *DOC_COPY_COLS)  # ``text``: keys first
    SPAN_COLS = ("doc_key", "spans")

    def flush(self, tx: Tx) -> None:
        # documents first: every other row of theirs refers to them
        if self.text:
            tx.copy_lines("documents", self.DOC_TEXT_COLS, self.documents)
            tx.copy_lines("lsh_bands", ("band", "bkey", "doc_key"),
                          ["".join(chain(chain.from_iterable(zip(*self.bands)),
                                         chain.from_iterable(self.odd_bands))).encode()]
                          if self.bands or self.odd_bands else [])
        else:
            tx.copy_rows("documents", self.DOC_COLS, self.documents)
            tx.copy_rows("lsh_bands", ("band", "bkey", "doc_key"),
                         [*chain.from_iterable(zip(*self.bands)), *chain.from_iterable(self.odd_bands)])
        tx.insert_rows("near_duplicates", ("doc_key", "other_key"), self.links)
        by_cols: dict[tuple, list[tuple]] = {}
        for e in sorted(self.new_events):
            row = self.new_events[e]
            by_cols.setdefault(tuple(row), []).append(tuple(row.values()))
        for cols, rows in by_cols.items():
            tx.copy_rows("events", cols, rows)
        for cols, rows in self.reports.items():
            (tx.copy_lines if self.text else tx.copy_rows)("reports", cols, rows)
        (tx.copy_lines if self.text else tx.copy_rows)("document_spans", self.SPAN_COLS, self.spans)
        tx.copy_rows("event_tally", ("event_id", "what", "value"),
                       sorted((e, w, v) for e, keys in self.tally.items() for w, v in keys))
        tx.insert_rows("event_sources", ("event_id", "source", "via", "type"), sorted(self.sources),
                       ignore_existing=True)
        self._pending()
        tx.backend.keys_used(tx.con, {self._KEYS[k]: self.next[k] - 1 for k in self._KEYS
                                      if self.next[k] > self.first[k]})
        self.first = dict(self.next)


def _packed_spans(spans) -> str | None:
    """A row-form document's spans as ``document_spans`` keeps them (``prepared.pack_spans``);
    a list of span rows from an older prepare is packed here."""
    if isinstance(spans, list):
        from .prepared import pack_spans

        return pack_spans(spans)
    return spans


class Tx:
    """One unit of work's connection with the backend's dialect applied."""

    def __init__(self, con, backend: Backend):
        self.con, self.backend = con, backend
        self._sender = None

    def execute(self, query: str, params: tuple | list = ()):
        return self.con.execute(self.backend.sql(query), tuple(params))

    def send(self, query: str, params: tuple | list = ()) -> None:
        """A statement whose result is never read (an insert, an update): on one cursor kept for
        them, and in a pipeline not waited for."""
        if self._sender is None:
            self._sender = self.con.cursor()
        self._sender.execute(self.backend.sql(query), tuple(params))

    def executemany(self, query: str, rows: list) -> None:
        if rows:
            self.con.cursor().executemany(self.backend.sql(query), rows)

    def insert_rows(self, table: str, cols: tuple[str, ...], rows: list, ignore_existing: bool = False) -> None:
        """Insert many rows in one statement (the backend's way: executemany on SQLite, array
        parameters on PostgreSQL). ``ignore_existing``: rows that break a unique constraint are
        left out."""
        if rows:
            self.backend.insert_many(self.con, table, cols, rows, ignore_existing)

    def copy_rows(self, table: str, cols: tuple[str, ...], rows: list) -> None:
        """Append many rows at once (COPY on PostgreSQL; not inside ``pipeline()``); JSON columns
        given as their canonical text."""
        if rows:
            self.backend.copy_rows(self.con, table, cols, rows)

    def copy_lines(self, table: str, cols: tuple[str, ...], lines: list[bytes]) -> None:
        """Append rows given as COPY text (UTF-8; a backend with ``copy_text``), in one COPY:
        ``lines`` joined make whole lines."""
        if lines:
            self.backend.copy_lines(self.con, table, cols, b"".join(lines))

    def pipeline(self):
        """Statements inside are queued and sent together where the backend can (PostgreSQL's
        pipeline mode); a statement whose result is read waits for its own result only."""
        return self.backend.pipeline(self.con)

    def query(self, query: str, params: tuple | list = ()) -> list[dict]:
        cur = self.execute(query, params)
        rows = cur.fetchall()  # first: in a pipeline the description comes with the rows
        cols = self.backend.column_names(cur)
        norm = self.backend.normalise
        return [norm(dict(zip(cols, row))) for row in rows]

    def one(self, query: str, params: tuple | list = ()) -> dict | None:
        rows = self.query(query, params)
        return rows[0] if rows else None

    def scalar(self, query: str, params: tuple | list = ()):
        row = self.execute(query, params).fetchone()
        return None if row is None else self.backend.normalise({"v": row[0]})["v"]


class Store:
    RETRIES = 50
    BANDS, ROWS = BANDS, ROWS

    def __init__(self, backend: Backend, readonly: bool = False, dedup_threshold: float | None = DEDUP_THRESHOLD,
                 reuse_readers: bool = False):
        self.backend = backend
        self.readonly = readonly
        self._dedup_threshold = dedup_threshold
        self._hasher = None
        self._scon = None  # the session connection (raw SQL), opened on first use
        self._stx: Tx | None = None  # the session's open transaction, joined by every unit of its thread
        self._stx_thread: int | None = None
        self._session_lock = threading.RLock()  # one thread at a time in the session's transaction
        self._readers = threading.local() if reuse_readers else None
        self._reader_cons: list = []
        self._memo: dict[str, tuple] = {}
        self._outlets: dict[str, int] = {}  # outlet name -> key, see _outlet_id
        self._kept: dict[bool, Any] | None = None  # reused connections, see keep_connections
        self.schema_version = backend.prepare(write=not readonly)

    # -- units of work -------------------------------------------------------------------------------
    @contextmanager
    def unit(self, write: bool = False) -> Iterator[Tx]:
        """One unit of work on a fresh connection (or a kept one, see ``keep_connections``):
        committed whole or not at all. Inside ``transaction()`` every unit joins the session's
        transaction instead."""
        if write and self.readonly:
            raise StoreError(f"{self.backend.describe()}: opened read-only")
        if self._stx is not None and self._stx_thread == threading.get_ident():
            yield self._stx
            return
        reuse = not write and self._readers is not None
        if reuse and getattr(self._readers, "busy", False):  # a read unit inside a read unit joins it
            yield Tx(self._readers.con, self.backend)
            return
        kept = self._kept if not reuse else None
        if reuse:
            con = getattr(self._readers, "con", None)
        else:
            con = kept.pop(write, None) if kept is not None else None
        if con is None:
            con = self.backend.connect(write)
            if reuse:
                if self.backend.dialect == "sqlite":  # list pages visit thousands of rows
                    con.execute("PRAGMA mmap_size = 1073741824")
                    con.execute("PRAGMA cache_size = -65536")
                self._readers.con = con
                self._reader_cons.append(con)
        ok = False
        try:
            self.backend.begin(con, write)
            if reuse:
                self._readers.busy = True
            try:
                yield Tx(con, self.backend)
            except BaseException:
                self.backend.rollback(con)
                raise
            finally:
                if reuse:
                    self._readers.busy = False
            self.backend.commit(con)
            ok = True
        finally:
            if not ok:
                self._outlets.clear()  # keys learnt in an undone unit may not exist
            if reuse:
                if not ok:  # a reader that failed is not trusted again
                    self._readers.con = None
                    try:
                        con.close()
                    except Exception:  # noqa: BLE001 - already broken
                        pass
            elif ok and kept is not None and self._kept is kept and write not in kept:
                kept[write] = con  # a connection that failed is never reused
            else:
                con.close()

    @contextmanager
    def keep_connections(self) -> Iterator["Store"]:
        """Units inside reuse one connection per kind (read, write) instead of opening one each:
        for a long writer such as the cluster's driver (a SQLite connection that closes last also
        checkpoints its log; a PostgreSQL connection costs a handshake)."""
        if self._kept is not None:
            yield self
            return
        self._kept = {}
        try:
            yield self
        finally:
            kept, self._kept = self._kept, None
            for con in kept.values():
                con.close()

    def defer_indexes(self, adding: int) -> list[str]:
        """Before writing ``adding`` documents in one go (a clustered ingest): drop the indexes
        only readers use, to be built once by ``restore_indexes`` from sorted keys instead of
        kept up row by row. Only when the store holds fewer documents than the run adds, so the
        rebuild costs at most about what the new rows cost (an ingest of a few pages into a big
        database keeps its indexes). Readers meanwhile get the same answers, slower; a run that
        stops before ``restore_indexes`` leaves them to the next opening for writing, which
        builds what is missing. The names dropped."""
        if self.readonly:
            return []

        def unit(tx: Tx) -> list[str]:
            if int(tx.scalar("SELECT COALESCE(MAX(doc_key), 0) FROM documents")) >= adding:
                return []
            return tx.backend.defer_indexes(tx.con)

        return self.write(unit)

    def last_document_key(self) -> int:
        """The largest document key stored (0 for an empty store): about how many documents it holds."""
        with self.unit() as tx:
            return int(tx.scalar("SELECT COALESCE(MAX(doc_key), 0) FROM documents"))

    def restore_indexes(self) -> list[str]:
        """Build every index the schema has that is missing (after ``defer_indexes``); the names."""
        return [] if self.readonly else self.write(lambda tx: tx.backend.restore_indexes(tx.con))

    def write(self, fn, *args):
        """Run ``fn(tx, *args)`` in a write unit, again from the start when a lock gets in the way."""
        for attempt in range(self.RETRIES):
            try:
                with self.unit(write=True) as tx:
                    return fn(tx, *args)
            except Exception as e:  # noqa: BLE001 - the backend says which are retryable
                if not self.backend.is_retryable(e) or attempt == self.RETRIES - 1:
                    raise
                time.sleep(min(2.0, 0.05 * 2 ** min(attempt, 6)) * (0.5 + random.random()))
        raise AssertionError("unreachable")

    def close(self) -> None:
        """Close the session connection, if raw SQL opened one (units close their own), and the
        reused readers."""
        for con in self._reader_cons:
            try:
                con.close()
            except Exception:  # noqa: BLE001 - closing from another thread
                pass
        self._reader_cons = []
        if self._scon is not None:
            try:
                self._scon.close()
            finally:
                self._scon, self._stx = None, None

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- raw SQL on one session connection ---------------------------------------------------------
    # For code that keeps its own tables beside the evidence (the web's search index and reviews,
    # the watcher's fetch log): ``execute``/``query``/``scalar`` run on one connection of this
    # store (autocommit), ``transaction()`` makes a block atomic and holds the writer's lock, and
    # every store call inside the block (``add_document``...) joins that transaction.
    @property
    def con(self):
        if self._scon is None:
            self._scon = self.backend.connect(write=not self.readonly)
            self.backend.session_init(self._scon)
        return self._scon

    def _session(self) -> Tx:
        return self._stx if self._stx is not None else Tx(self.con, self.backend)

    def execute(self, q: str, params: tuple | list = ()):
        return self._session().execute(q, params)

    def query(self, q: str, params: tuple | list = ()) -> list[dict]:
        return self._session().query(q, params)

    def scalar(self, q: str, params: tuple | list = ()):
        return self._session().scalar(q, params)

    @contextmanager
    def transaction(self) -> Iterator["Store"]:
        """One atomic block on the session connection (nested blocks join the outer one). One
        thread at a time: a server's other threads wait, and their units never join it."""
        if self._stx is not None and self._stx_thread == threading.get_ident():
            yield self
            return
        with self._session_lock:
            con = self.con
            self.backend.session_begin(con, write=not self.readonly)
            self._stx, self._stx_thread = Tx(con, self.backend), threading.get_ident()
            try:
                yield self
            except BaseException:
                self._stx, self._stx_thread = None, None
                self._outlets.clear()
                self.backend.session_end(con, commit=False)
                raise
            self._stx, self._stx_thread = None, None
            self.backend.session_end(con, commit=True)

    # -- writing -------------------------------------------------------------------------------------
    def _signer(self):
        if self._dedup_threshold is None:
            return None
        if self._hasher is None:
            from ..ingest.dedup import NearDuplicateIndex

            self._hasher = NearDuplicateIndex(threshold=self._dedup_threshold)
        return self._hasher

    def has_document(self, text: str, outlet: str | None = None) -> bool:
        """Is this text from this outlet stored already? (A cheap read before analysing.)"""
        with self.unit() as tx:
            return tx.scalar("SELECT 1 FROM documents WHERE content_hash = ? AND outlet_key = ?",
                             (content_hash(text), outlet or "")) is not None

    def has_text(self, text: str) -> bool:
        with self.unit() as tx:
            return tx.scalar("SELECT 1 FROM documents WHERE content_hash = ?", (content_hash(text),)) is not None

    def add_document(self, doc) -> int | None:
        """Store one Document (or record); its key, or None when that text from that outlet is in."""
        (res,) = self.add_documents([doc])
        if isinstance(res, DocumentFailed):
            raise StoreError(str(res))
        return res

    def add_documents(self, docs: Iterable[Any]) -> list[int | None | DocumentFailed]:
        """Store a batch in one write unit: per document its new key, None (already stored), or a
        DocumentFailed (that document's rows undone, the rest kept)."""
        signer = self._signer()
        return self.add_prepared([prepare_or_fail(d, signer, self.backend.copy_text) for d in docs])

    def add_prepared(self, prepared: list) -> list[int | None | DocumentFailed]:
        """Store documents made ready by :func:`marsad.store.prepared.prepare_or_fail` (a cluster
        worker does that part) in one write unit; results as ``add_documents`` gives them."""
        if not prepared:
            return []
        joined = self._stx is not None and self._stx_thread == threading.get_ident()
        if self.backend.pipelined and not joined:  # (an outer transaction could not be undone alone)
            try:
                return self.write(self._store_batch, prepared, False)
            except _Redo:
                pass  # a document failed: the unit again, each document under its own savepoint
        return self.write(self._store_batch, prepared, True)

    def _store_batch(self, tx: Tx, prepared: list, careful: bool = True) -> list:
        """``careful``: each document under its own savepoint, so one that fails is undone alone.
        Otherwise (a pipelined backend's first try) the batch is one pipeline and any failure
        raises _Redo: the whole unit is undone and run again carefully. Keys are given here
        (the next after the largest, under the writer's lock), so both tries, and any run
        that stores the same documents in the same order, give the same keys."""
        batch = _Batch(tx, [p for p in prepared if not isinstance(p, DocumentFailed)])
        if self.backend.unit_lookups:
            self._lookup_buckets(tx, batch, prepared)
            if not careful:  # (a careful unit undoes documents alone: it asks as it goes)
                self._lookup_candidates(tx, batch, prepared)
        out: list = []
        if not careful:
            try:
                with tx.pipeline():
                    for p in prepared:
                        out.append(p if isinstance(p, DocumentFailed) else self._store_one(tx, p, batch))
                batch.flush(tx)
            except Exception as e:  # noqa: BLE001 - sorted out by the careful run
                if self.backend.is_retryable(e) or os.environ.get("MARSAD_DEBUG"):
                    raise
                raise _Redo() from e
            return out
        for p in prepared:
            if isinstance(p, DocumentFailed):  # could not even be prepared
                out.append(p)
                continue
            tx.execute("SAVEPOINT marsad_doc")
            mark = batch.mark()
            try:
                out.append(self._store_one(tx, p, batch))
                batch.flush(tx)
                tx.execute("RELEASE SAVEPOINT marsad_doc")
            except Exception as e:  # noqa: BLE001 - one bad document must not undo its batch
                self._outlets.clear()  # ids learnt inside the undone savepoint may be gone
                if self.backend.is_retryable(e) or os.environ.get("MARSAD_DEBUG"):
                    raise
                tx.execute("ROLLBACK TO SAVEPOINT marsad_doc")
                tx.execute("RELEASE SAVEPOINT marsad_doc")
                batch.undo(mark)
                out.append(DocumentFailed(p["source"], f"could not store document ({type(e).__name__}: {e})"))
        return out

    def _outlet_id(self, tx: Tx, name: str | None) -> int | None:
        """The outlet's key, remembered for this store (cleared whenever a unit or savepoint is
        undone, so a remembered key always exists)."""
        if not name:
            return None
        oid = self._outlets.get(name)
        if oid is None:
            oid = tx.scalar("SELECT outlet_id FROM outlets WHERE name = ?", (name,))
            if oid is None:  # the next key, as for documents (a PostgreSQL identity would advance
                # on every attempt, also undone ones)
                tx.execute("INSERT INTO outlets (outlet_id, name) SELECT COALESCE(MAX(outlet_id), 0) + 1, ? "
                           "FROM outlets WHERE 1 = 1 ON CONFLICT (name) DO NOTHING", (name,))
                oid = tx.scalar("SELECT outlet_id FROM outlets WHERE name = ?", (name,))
                tx.backend.keys_used(tx.con, {("outlets", "outlet_id"): oid})
            self._outlets[name] = oid
        return oid

    def _store_one(self, tx: Tx, p: dict, batch: "_Batch") -> int | None:
        h, okey = p["hash"], p["outlet"] or ""
        sig = p["sig"] if self._dedup_threshold is not None else None
        same = batch.same_text(h)
        if any(r[2] == okey for r in same):
            return None  # this text from this outlet is stored already
        first = same[0] if same else None
        key = batch.key("doc")
        if batch.text:  # COPY text: the keys this writer gives, then what the document brought as text
            assert batch.buckets is not None, "a backend loading COPY text reads a unit's buckets at its start"
            root = self._unit_links(batch, key, first, sig, p["bands"])
            tail = p.get("doc_copy")
            if tail is None:  # prepared as rows (not by a worker for this store): the same text made here
                tail = copy_fields((h, okey, p["doc_id"], p["url"], p["published"], p["title"], p["author"],
                                    p["doc_source"], p["text"], self.backend.json_text(p["record"]))).encode()
            batch.documents += (f"{key}\t{copy_field(self._outlet_id(tx, p['outlet']))}\t"
                                f"{copy_field(sig if first is None else None)}\t{copy_field(root)}\t".encode(), tail,
                                b"\n")
            if "spans_copy" in p:
                spans = p["spans_copy"]
            else:  # prepared as rows: the same text made here
                spans = _packed_spans(p["spans"])
                spans = None if spans is None else copy_field(spans).encode()
            if spans is not None:
                batch.spans += (b"%d\t" % key, spans, b"\n")
        else:
            if "doc_copy" in p:
                raise StoreError(f"{self.backend.describe()}: a document prepared as COPY text for another store")
            vals = (key, h, okey, p["doc_id"], self._outlet_id(tx, p["outlet"]), p["url"], p["published"],
                    p["title"], p["author"], p["doc_source"], p["text"], self.backend.json_text(p["record"]),
                    sig if first is None else None)
            if batch.buckets is not None:  # the row and its links written with the unit
                root = self._unit_links(batch, key, first, sig, p["bands"])
                batch.documents.append((*vals, root))
            else:
                root = self._links(tx, key, first, sig, p["bands"], vals)
            spans = _packed_spans(p["spans"])
            if spans is not None:  # never read while writing: sent once per batch
                batch.spans.append((key, spans))
        batch.stored(h, key, root, okey, p["outlet"])
        doc = _DocState(root, key, p["outlet"], batch)
        for r in p["reports"]:
            self._add_report(tx, key, r, doc, batch)
        # who tells each event: the per-event source index the --source filter reads
        # (with the event's machine type: "events of type T told by S" is one index range)
        told = {(e, src, "source", doc.types[e]) for e, src in doc.sources}
        if p["outlet"]:
            told |= {(e, p["outlet"], "outlet", doc.types[e]) for e in doc.events}
        batch.sources |= told
        return key

    def _links(self, tx: Tx, key: int, first: tuple | None, sig: bytes | None, bands, vals: tuple) -> int | None:
        """Insert the document's row (``vals``) and its near-duplicate links and LSH rows, a
        statement each; the original it counts as (None: itself)."""
        tx.send("INSERT INTO documents (doc_key, content_hash, outlet_key, doc_id, outlet_id, url, published, title, "
                "author, source, text, record, minhash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", vals)
        root = None
        if first is not None:  # the same text from another outlet: a second report of that document
            root = first[1] or first[0]
            tx.execute("INSERT INTO near_duplicates (doc_key, other_key) VALUES (?, ?)", (key, first[0]))
        elif sig is not None and bands:
            dups = self._similar(sig, self._bucket_candidates(tx, bands))
            tx.insert_rows("near_duplicates", ("doc_key", "other_key"), [(key, d) for d in dups])
            if dups:
                root = tx.scalar("SELECT COALESCE(duplicate_of, doc_key) FROM documents WHERE doc_key = ?", (dups[0],))
            tx.insert_rows("lsh_bands", ("band", "bkey", "doc_key"), [(b, k, key) for b, k in bands])
        if root is not None:
            tx.execute("UPDATE documents SET duplicate_of = ? WHERE doc_key = ?", (root, key))
        return root

    def _unit_links(self, batch: "_Batch", key: int, first: tuple | None, sig: bytes | None, bands) -> int | None:
        """``_links`` for a backend with ``unit_lookups``: the near-duplicate candidates from the
        buckets read once for the unit (``_lookup_buckets``) and from the unit's own documents
        before this one; the rows left in ``batch`` (written first by its flush). The same
        candidates as ``_bucket_candidates`` reading the database after each document: the
        unit's own documents have the newest keys, so each bucket's newest ``cap`` are the
        unit's newest, then the newest written ones."""
        if first is not None:
            batch.links.append((key, first[0]))
            return first[1] or first[0]
        if sig is None or not bands:
            return None
        assert batch.buckets is not None
        cap = batch.cap
        near: set[int] = set()
        local, buckets = batch.local, batch.buckets
        for band in bands:  # each bucket read, then this document added to it (one pass)
            mine = local.get(band)
            if mine:
                near.update(mine[-cap:])
                near.update(buckets.get(band, ())[:max(0, cap - len(mine))])
                mine.append(key)
            else:
                written = buckets.get(band)
                if written:
                    near.update(written)
                local[band] = [key]
        dups = self._similar(sig, [(k, batch.sigs.get(k)) for k in sorted(near, reverse=True)[:cap]])
        batch.links += [(key, d) for d in dups]
        root = batch.roots[dups[0]] if dups else None
        batch.sigs[key], batch.roots[key] = sig, root if root is not None else key
        rows = [f"{b}\t{k}\t{key}\n" for b, k in bands] if batch.text else [(b, k, key) for b, k in bands]
        (batch.bands if len(bands) == BANDS and bands[-1][0] == BANDS - 1 else batch.odd_bands).append(rows)
        return root

    def _lookup_buckets(self, tx: Tx, batch: "_Batch", prepared: list) -> None:
        """Read once for the unit what ``_unit_links`` needs from the database: the newest ``cap``
        documents of every LSH bucket of the unit's documents (one statement), and those
        documents' signatures and originals."""
        batch.buckets = {}
        if self._dedup_threshold is None:
            return
        signed = [p for p in prepared if not isinstance(p, DocumentFailed) and p["sig"] is not None and p["bands"]]
        if not signed:
            return
        # the (band, key) pairs as two array literals, a document's keys joined once each (a
        # bucket two documents share is asked for twice: its rows are counted once below)
        bands = ",".join([_BAND_NUMBERS if len(p["bands"]) == BANDS and p["bands"][-1][0] == BANDS - 1
                          else ",".join(str(b) for b, _ in p["bands"]) for p in signed])
        keys = ",".join([p.get("bkeys") or ",".join([str(k) for _, k in p["bands"]]) for p in signed])
        for band, bkey, doc_key in set(tx.backend.bucket_lookup(tx.con, bands, keys, batch.cap)):
            batch.buckets.setdefault((band, bkey), []).append(doc_key)
        for keys in batch.buckets.values():
            keys.sort(reverse=True)
        found = sorted({k for keys in batch.buckets.values() for k in keys})
        for k, sig, root in tx.backend.signatures(tx.con, found):
            batch.sigs[k], batch.roots[k] = sig, root

    # one statement for all bands (one round trip); each band keeps its own cap on a crowded bucket
    _BAND_QUERY = " UNION ALL ".join(
        f"SELECT * FROM (SELECT doc_key FROM lsh_bands WHERE band = ? AND bkey = ? ORDER BY doc_key DESC LIMIT ?) "
        f"AS b{i}" for i in range(BANDS))

    def _bucket_candidates(self, tx: Tx, bands: list[tuple[int, int]]) -> list[tuple[int, Any]]:
        """(doc_key, signature) of the newest ``cap`` documents of the union of these LSH buckets
        (each bucket read to ``cap`` at most), newest first; the database sorts and cuts them
        (not up to 25 x cap keys sent back to sort here)."""
        cap = merge.settings()["max_candidates"]
        params: list = []
        for b, k in bands:
            params += [b, k, cap]
        order = [r[0] for r in tx.execute(f"SELECT DISTINCT doc_key FROM ({self._BAND_QUERY}) AS u ORDER BY doc_key "
                                          "DESC LIMIT ?", [*params, cap]).fetchall()]
        if not order:
            return []
        got = dict(tx.execute(f"SELECT doc_key, minhash FROM documents WHERE doc_key IN ({', '.join('?' * len(order))})",
                              order).fetchall())
        return [(k, got.get(k)) for k in order]

    def _similar(self, sig: bytes, found: list[tuple[int, Any]]) -> list[int]:
        """The candidates whose estimated shingle Jaccard with ``sig`` reaches the threshold, by key."""
        import numpy as np

        rows = [(k, bytes(s)) for k, s in found if s is not None and len(s) == len(sig)]
        if not rows:
            return []
        mine = np.frombuffer(sig, dtype=np.uint32)  # every candidate compared in one matrix operation
        theirs = np.frombuffer(b"".join(s for _, s in rows), dtype=np.uint32).reshape(len(rows), -1)
        sims = (theirs == mine).mean(axis=1)
        return sorted(k for (k, _), sim in zip(rows, sims.tolist()) if sim >= self._dedup_threshold)

    def _add_report(self, tx: Tx, key: int, r: dict, doc: "_DocState", batch: "_Batch") -> None:
        c = r["cols"]
        hit = self._merge(tx, r, doc, key, batch) if c["counted_in"] else None
        event_id = hit[0] if hit is not None else None
        names = r.get("names") or tuple(c)  # (COPY form: its cols are only those the writer reads)
        cols = _REPORT_COLS.get(names)
        if cols is None:
            cols = _REPORT_COLS[names] = ("report_id", "event_id", "doc_key", "seq",
                                          *(k for k in names if k != "actor_names"), "actor_names", "actors", "record",
                                          "scope")
        jt = self.backend.json_text
        if batch.text:
            tail = r.get("copy")
            if tail is None:  # prepared as rows: the same text made here
                tail = copy_fields([c[k] for k in c if k != "actor_names"] + [
                    self.backend.list_in(c["actor_names"]), jt(r["actors"]), jt(r["record"]),
                    jt(r["scope"]) if r["scope"] is not None else None]).encode()
            row = b"%d\t%b\t%d\t%d\t%b\n" % (batch.key("report"), b"\\N" if event_id is None else b"%d" % event_id,
                                                key, r["seq"], tail)
        else:
            row = tuple([batch.key("report"), event_id, key, r["seq"]] + [c[k] for k in c if k != "actor_names"] + [
                self.backend.list_in(c["actor_names"]), jt(r["actors"]), jt(r["record"]),
                jt(r["scope"]) if r["scope"] is not None else None])
        batch.reports.setdefault(cols, []).append(row)  # written with the batch
        if hit is not None:
            batch.report_events.setdefault(key, set()).add(event_id)
            doc.told(event_id, c)
            _, level, a_lo, a_hi, row = hit
            if level is None:  # a new event, made from this report: its row is what a refresh gives
                batch.tally.setdefault(event_id, set()).update(_tally_keys(c, doc.counts_as(tx)))
                return
            if r["view"] is not None and r["level"] > level:  # a finer place than the event's
                self._set_event(tx, batch, event_id, r["place_cols"])
            self._refresh_event(tx, event_id, c, a_lo, a_hi, row, doc, batch)

    def _merge(self, tx: Tx, r: dict, doc: "_DocState", doc_key: int, batch: "_Batch") -> tuple:
        """The event this report belongs to (merge.pick_event decides), created when none fits:
        (event_id, its place level, its anchor figures) as they were before this report; the
        level is None for an event made from this report (its row is already what a refresh
        would write)."""
        c, place = r["cols"], r["view"]
        rows = self._merge_candidates(tx, c, place, *r["window"], batch, r)
        lo, hi = r["window"]
        if rows:
            root_events = doc.root_events(tx)
            cands = [{"event_id": e["event_id"], "place": _row_place(e), "anchor_low": e["anchor_low"],
                      "anchor_high": e["anchor_high"],
                      "has_count": e["count_low"] is not None or e["count_high"] is not None,
                      "date_lo": e["date_lo"], "date_hi": e["date_hi"], "from_root": e["event_id"] in root_events,
                      "in_doc": e["event_id"] in doc.events, "same_doc": doc.figures.get(e["event_id"], [])}
                     for e in rows]
            hit = merge.pick_event({"place": place, "count_low": c["count_low"], "count_high": c["count_high"],
                                    "date_lo": lo, "date_hi": hi}, cands)
            if hit is not None:
                e = next(e for e in rows if e["event_id"] == hit)
                return hit, e["place_level"] or 0, e["anchor_low"], e["anchor_high"], e
        pc = r["place_cols"]
        cols = dict(pc, event_id=batch.key("event"), kind="incident", type=c["type"], subtype=c["subtype"], date_lo=c["date_lo"],
                    date_hi=c["date_hi"], date_value=c["date_value"], date_grain=c["date_grain"],
                    count_low=c["count_low"], count_high=c["count_high"], anchor_low=c["count_low"],
                    anchor_high=c["count_high"], fatalities_low=c["fatalities_low"],
                    fatalities_high=c["fatalities_high"], injured_low=c["injured_low"], injured_high=c["injured_high"],
                    n_reports=1, n_outlets=1)  # what _refresh_event gives an event of one report
        row = batch.new_events[cols["event_id"]] = {k: _as_stored(k, v) for k, v in cols.items()}  # written with the batch
        kind = (c["type"], c["subtype"] or "")
        batch.new_by_type.setdefault(kind, []).append(cols["event_id"])
        for k in _place_keys(kind, row):
            batch.new_by_place.setdefault(k, []).append(cols["event_id"])
        return cols["event_id"], None, c["count_low"], c["count_high"], None

    _CANDIDATE_COLS = ("event_id, place_id, place_name, place_ar, admin1, admin2, admin3, place_level, anchor_low, "
                       "anchor_high, count_low, count_high, fatalities_low, fatalities_high, injured_low, "
                       "injured_high, n_reports, n_outlets, date_lo, date_hi, date_value, date_grain")

    def _merge_candidates(self, tx: Tx, c: dict, place: dict | None, lo: str, hi: str,
                          batch: "_Batch | None" = None, report: dict | None = None) -> list[dict]:
        """The newest ``max_candidates`` incident events of the report's type and subtype whose
        dates overlap [lo, hi] in its governorate (place-less ones when it has no place), newest
        first. One statement; each arm reads one index range on (type[, admin1], date_lo) bounded
        by merge.start_ranges, so the lookup costs the same early and late in a crawl (an open
        ``date_hi >= ?`` range would read every later event of the type). The events made in
        this batch, not written yet, are matched here by the same conditions: their keys are
        above every written one, so they come first and the newest ``max_candidates`` of both
        are what the query would give if they were written."""
        got = batch.cands.get(id(report)) if batch is not None and batch.cands is not None else None
        ranges = got[0] if got is not None else merge.start_ranges(lo, hi)
        rows = None
        if batch is not None and batch.cands is not None:
            rows = self._unit_candidates(batch, got, c, place, lo, hi, ranges)
            if rows is None:  # not read at the unit's start, or not exactly known from what was
                rows = self._written_candidates(tx, c, place, lo, hi, ranges)
                for e in rows:  # current: kept so (kept current)
                    batch.rows[e["event_id"]] = dict(e)
                    batch.kinds[e["event_id"]] = (c["type"], c["subtype"] or "")
        else:
            rows = self._written_candidates(tx, c, place, lo, hi, ranges)
        if batch is None:
            return rows
        kind = (c["type"], c["subtype"] or "")
        if place is None:  # the new events meeting the place condition (``_place_keys``)
            keys = batch.new_by_place.get((*kind, 0))
        elif place.get("admin1_en"):
            keys = batch.new_by_place.get((*kind, 1, place["admin1_en"]))
        else:
            keys = batch.new_by_type.get(kind)
        if not keys:
            return rows
        cap = batch.cap
        mine = [dict(e) for e in map(batch.new_events.__getitem__, reversed(keys))
                if e["kind"] == "incident" and e["date_hi"] >= lo and e["date_lo"] <= hi
                and (ranges is None or any(a <= e["date_lo"] <= b for a, b in ranges))]
        return (mine + rows)[:cap] if mine else rows

    def _lookup_candidates(self, tx: Tx, batch: "_Batch", prepared: list) -> None:
        """Read once, at the unit's start, the written merge candidates of every report of the
        unit that merges (one statement): per report and date range, the newest ``max_candidates``
        events as ``_written_candidates`` reads them. A report whose window is unbounded is
        left to ask when it merges."""
        batch.cands = {}
        arms: list[tuple] = []
        owner: list[tuple[int, int]] = []  # arm -> (report id, range index)
        for p in prepared:
            if isinstance(p, DocumentFailed):
                continue
            for r in p["reports"]:
                c = r["cols"]
                if not c["counted_in"]:
                    continue
                lo, hi = r["window"]
                ranges = merge.start_ranges(lo, hi)
                if ranges is None:
                    continue
                place = r["view"]
                mode, admin1 = (0, None) if place is None else (1, place["admin1_en"]) if place.get("admin1_en") \
                    else (2, None)
                batch.cands[id(r)] = (ranges, [[] for _ in ranges])
                for j, (a, b) in enumerate(ranges):
                    owner.append((id(r), j))
                    arms.append((len(arms), c["type"], c["subtype"] or "", lo, hi, mode, admin1, a, b))
        if not arms:
            return
        cap = merge.settings()["max_candidates"]
        norm = self.backend.normalise
        for i, row in tx.backend.candidate_lookup(tx.con, self._CANDIDATE_COLS, arms, cap):
            rid, j = owner[i]
            e = norm(row)
            batch.cands[rid][1][j].append(e["event_id"])
            batch.rows.setdefault(e["event_id"], e)
            batch.kinds[e["event_id"]] = arms[i][1:3]
        for _, lists in batch.cands.values():
            for ids in lists:
                ids.sort(reverse=True)

    def _unit_candidates(self, batch: "_Batch", got: tuple | None, c: dict, place: dict | None, lo: str, hi: str,
                         ranges) -> list[dict] | None:
        """``_written_candidates`` answered from what ``_lookup_candidates`` read for the report
        (``got``: its ranges and the event ids of each), with the unit's changes to those events
        laid over them: an event whose dates or place changed is matched again on its current
        values (and one read for another report may now match this one). None when that cannot
        be told exactly (not read; or a range read to its cap lost an event: the next one down was
        not read): then the database is asked."""
        if got is None:
            return None
        cap = batch.cap
        moved = batch.moved.get((c["type"], c["subtype"] or ""), ())
        if not moved and len(got[1]) == 1:  # nothing of its kind changed: what was read (newest first, capped)
            return [dict(batch.rows[e]) for e in got[1][0]]
        out: set[int] = set()
        for (a, b), ids in zip(ranges, got[1]):
            keep = [e for e in ids if e not in moved or _matches(batch.rows[e], place, lo, hi, a, b)]
            if len(keep) < len(ids) and len(ids) >= cap:
                return None
            keep += [e for e in moved if e not in ids and _matches(batch.rows[e], place, lo, hi, a, b)]
            out.update(sorted(keep, reverse=True)[:cap])
        return [dict(batch.rows[e]) for e in sorted(out, reverse=True)[:cap]]

    def _written_candidates(self, tx: Tx, c: dict, place: dict | None, lo: str, hi: str, ranges) -> list[dict]:
        """The candidates of ``_merge_candidates`` among the events written so far."""
        where, params = "", []
        if place is None:
            where = " AND place_level = 0"
        elif place.get("admin1_en"):
            where, params = " AND admin1 = ?", [place["admin1_en"]]
        cap = merge.settings()["max_candidates"]
        head = (f"SELECT {self._CANDIDATE_COLS} FROM events WHERE kind = 'incident' AND type = ? "
                "AND COALESCE(subtype, '') = ? AND date_hi >= ? AND date_lo <= ?" + where)
        base = [c["type"], c["subtype"] or "", lo, hi, *params]
        if ranges is None:
            return tx.query(head + " ORDER BY event_id DESC LIMIT ?", (*base, cap))
        q = " UNION ALL ".join(f"SELECT * FROM ({head} AND date_lo BETWEEN ? AND ? ORDER BY event_id DESC "
                               f"LIMIT ?) AS r{i}" for i in range(len(ranges)))
        rows = tx.query(q, [v for a, b in ranges for v in (*base, a, b, cap)])
        if len(ranges) > 1:
            rows = list({e["event_id"]: e for e in rows}.values())
            rows.sort(key=lambda e: e["event_id"], reverse=True)
        return rows[:cap]

    def _set_event(self, tx: Tx, batch: "_Batch", event_id: int, values: dict) -> None:
        """Change an event's columns: in its pending row when it was made in this batch."""
        pending = batch.new_events.get(event_id)
        if pending is not None:
            kind = (pending["type"], pending["subtype"] or "")
            before = _place_keys(kind, pending)
            pending.update((k, _as_stored(k, v)) for k, v in values.items())
            after = _place_keys(kind, pending)
            if after != before:  # (a finer place): the event moves in the place index, keys kept in order
                for k in before:
                    batch.new_by_place[k].remove(event_id)
                for k in after:
                    bisect.insort(batch.new_by_place.setdefault(k, []), event_id)
        else:
            seen = batch.rows.get(event_id)
            if seen is not None:  # the unit's view of it stays current
                seen.update((k, _as_stored(k, v)) for k, v in values.items() if k in seen)
                if not _MATCHED_ON.isdisjoint(values):
                    batch.moved.setdefault(batch.kinds[event_id], set()).add(event_id)
            tx.send(f"UPDATE events SET {', '.join(k + ' = ?' for k in values)} WHERE event_id = ?",
                    (*values.values(), event_id))

    def _refresh_event(self, tx: Tx, event_id: int, c: dict, a_lo, a_hi, row: dict, doc: "_DocState",
                       batch: "_Batch") -> None:
        """What the event says once this report joined it, updated from its row as it was
        (``row``) and this report alone, exactly as recomputing it from all its reports would:
        distinct originals and outlets (a near-duplicate copy counts as its original document and
        outlet), the envelope of the precise figures (of all figures while no precise one exists),
        the death and injury envelopes, the best-dated report's date. What the row cannot tell is
        kept in ``event_tally`` and looked up by index: which originals and outlets it counts,
        whether a precise figure exists, the date ranks seen (the batch's own tally rows are
        read from ``batch``: all of them for an event made in this batch). Only changed columns
        are written (each costs the upkeep of the events indexes that hold it).
        ``a_lo``/``a_hi``: the event's anchor figures before this report."""
        keys = _tally_keys(c, doc.counts_as(tx))
        root, outlet = keys[0][1], keys[1][1]
        pending = batch.tally.setdefault(event_id, set())
        seen: list = list(pending)
        if event_id not in batch.new_events:
            seen += tx.execute(
                "SELECT what, value FROM event_tally WHERE event_id = ? AND what = 'root' AND value = ? UNION ALL "
                "SELECT what, value FROM event_tally WHERE event_id = ? AND what = 'outlet' AND value = ? UNION ALL "
                "SELECT what, value FROM event_tally WHERE event_id = ? AND what IN ('date', 'precise')",
                (event_id, root, event_id, outlet, event_id)).fetchall()
        seen_keys = {(w, v) for w, v in seen}
        had_precise = ("precise", "") in seen_keys
        ranks = [int(v) for w, v in seen if w == "date"]
        new = {}
        new["n_reports"] = row["n_reports"] + (("root", root) not in seen_keys)
        new["n_outlets"] = row["n_outlets"] + (("outlet", outlet) not in seen_keys)
        lo, hi = c["count_low"], c["count_high"]
        if _precise(lo, hi):
            if had_precise:
                new["count_low"], new["count_high"] = _lower(row["count_low"], lo), _upper(row["count_high"], hi)
            else:  # the first precise figure: the vague ones no longer count
                new["count_low"], new["count_high"] = lo, hi
        elif not had_precise:
            new["count_low"], new["count_high"] = _lower(row["count_low"], lo), _upper(row["count_high"], hi)
        for k in ("fatalities", "injured"):
            new[f"{k}_low"] = _lower(row[f"{k}_low"], c[f"{k}_low"])
            new[f"{k}_high"] = _upper(row[f"{k}_high"], c[f"{k}_high"])
        if a_lo is None and a_hi is None:
            new["anchor_low"], new["anchor_high"] = _f(lo), _f(hi)
        # the best-dated report (text dates first, then the finest grain, then the earliest report)
        if not ranks or int(keys[2][1]) < min(ranks):
            new.update(date_lo=c["date_lo"], date_hi=c["date_hi"], date_value=c["date_value"],
                       date_grain=c["date_grain"])
        changed = {k: v for k, v in new.items() if v != row.get(k)}
        if changed:
            self._set_event(tx, batch, event_id, changed)
        pending.update(k for k in keys if k not in seen_keys)

    def recount_sources(self, event_ids: Iterable[int]) -> None:
        """Recount the originals and outlets of these events from their reports (after a
        document was linked to an original by hand: the watcher's new version of a page)."""
        with self.unit(write=True) as tx:
            for event_id in sorted(set(event_ids)):
                tx.execute("DELETE FROM event_tally WHERE event_id = ? AND what IN ('root', 'outlet')", (event_id,))
                for q in _TALLY_SOURCES:
                    tx.execute(q + " AND r.event_id = ?", (event_id,))
                tx.execute("UPDATE events SET n_reports = (SELECT COUNT(*) FROM event_tally t WHERE t.event_id = ? "
                           "AND t.what = 'root'), n_outlets = (SELECT COUNT(*) FROM event_tally t WHERE "
                           "t.event_id = ? AND t.what = 'outlet') WHERE event_id = ?", (event_id, event_id, event_id))

    # -- reviews ---------------------------------------------------------------------------------------
    # An analyst's corrections (tables ``reviews`` and ``event_reviewed``, shared with the web
    # workbench): one appended row per changed field, the latest value of each field in
    # ``event_reviewed``; the extraction in ``events``/``reports`` is never changed.
    def add_review(self, event_id: int, field: str, new: Any, reviewer: str, note: str | None = None,
                   now: str | None = None) -> int:
        """Record one correction and return its review id. ``field`` and the stored form of
        ``new``: status ("verified", "rejected", None = unreviewed), type (str), count ({"low",
        "high"}), fatalities (number), place (a place record), date ("YYYY[-MM[-DD]]"), actors
        ([{"surface", "role", "canonical"}]); None hands the field back to the machine."""
        from . import reviews as rv

        if field not in rv.FIELDS:
            raise StoreError(f"cannot review the field {field!r}: one of {', '.join(rv.FIELDS)}")
        reviewer = str(reviewer or "").strip()[:100]
        if not reviewer:
            raise StoreError("a review needs the reviewer's name")
        note = (str(note).strip()[:2000] or None) if note is not None else None
        import datetime as dt

        now = now or dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()

        def unit(tx: Tx) -> int:
            if tx.scalar("SELECT 1 FROM events WHERE event_id = ?", (int(event_id),)) is None:
                raise StoreError(f"no event {event_id}")
            try:
                return rv.write(tx, int(event_id), field, new, reviewer, note, now)
            except rv.ReviewValueError as e:
                raise StoreError(str(e)) from None

        return self.write(unit)

    def reviews(self, event_ids: Iterable[int] | None = None) -> list[dict]:
        """Review records (oldest first), old and new values decoded; all, or those of some events."""
        import json

        ids = None if event_ids is None else [int(i) for i in event_ids]
        out: list[dict] = []
        with self.unit() as tx:
            chunks = [None] if ids is None else [ids[i:i + 500] for i in range(0, len(ids), 500)]
            for chunk in chunks:
                if chunk is not None and not chunk:
                    continue
                where = "" if chunk is None else f" WHERE event_id IN ({', '.join('?' * len(chunk))})"
                for r in tx.query("SELECT * FROM reviews" + where + " ORDER BY review_id", chunk or []):
                    for k in ("old_value", "new_value"):
                        r[k] = json.loads(r[k]) if r[k] is not None else None
                    out.append(r)
        out.sort(key=lambda r: r["review_id"])
        return out

    def reviewed(self, event_ids: Iterable[int]) -> dict[int, dict]:
        """The latest reviewed values of events that have any (``event_reviewed`` rows)."""
        ids = [int(i) for i in event_ids]
        out: dict[int, dict] = {}
        with self.unit() as tx:
            for i in range(0, len(ids), 500):
                chunk = ids[i:i + 500]
                for r in tx.query(f"SELECT * FROM event_reviewed WHERE event_id IN ({', '.join('?' * len(chunk))})",
                                  chunk):
                    out[r["event_id"]] = r
        return out

    # -- reading ---------------------------------------------------------------------------------------
    def counts(self) -> dict[str, int]:
        with self.unit() as tx:
            tables = self.backend.table_names(tx.con)
            out = {t: int(tx.scalar(f"SELECT COUNT(*) FROM {t}")) for t in
                   ("documents", "outlets", "spans", "events", "reports", "near_duplicates", "reviews")
                   if t in tables}
            if "document_spans" in tables:  # spans packed a document a row (migration 0029)
                out["spans"] = int(tx.scalar("SELECT COUNT(*) FROM spans"))
            return {t: out[t] for t in ("documents", "outlets", "spans", "events", "reports", "near_duplicates",
                                        "reviews") if t in out}

    def iter_rows(self, table: str, chunk: int = 2000) -> Iterator[tuple]:
        """Every row of ``table`` as ``dump`` gives it, in no set order, a chunk at a time (a server
        side cursor on PostgreSQL): a whole crawl's database never sits in memory at once."""
        with self.unit() as tx:
            named = self.backend.dialect == "postgresql"
            cur = tx.con.cursor(name=f"iter_{table}") if named else tx.con.cursor()
            cur.execute(f"SELECT * FROM {table}")
            cols = None
            while True:
                rows = cur.fetchmany(chunk)
                if not rows:
                    break
                if cols is None:
                    cols = self.backend.column_names(cur)
                norm = self.backend.normalise
                for r in rows:
                    yield tuple(_plain(v) for v in norm(dict(zip(cols, r))).values())
            cur.close()

    def dump(self) -> dict[str, list[tuple]]:
        """Every row of every table in key order (tests compare two databases with this)."""
        out = {}
        with self.unit() as tx:
            for t in self.backend.table_names(tx.con):
                rows = tx.query(f"SELECT * FROM {t}")
                out[t] = sorted(tuple(_plain(v) for v in r.values()) for r in rows)
        return out

    # -- event lists ------------------------------------------------------------------------------
    # An event is matched and sorted on the values an analyst sees: the reviewed value where there
    # is one (view ``v_events``), else the machine's. Nearly every event is unreviewed, so those are
    # read straight from ``events`` through its indexes and the few reviewed ones through the
    # view; one UNION ALL, ordered by the sort key, gives the page.
    _SORT_KEYS = {"date": "e.date_lo", "count": "COALESCE(e.count_high, e.count_low)", "reports": "e.n_reports",
                  "deaths": ("e.fatalities_low", "e.fatalities"), "id": "e.event_id",
                  "place": "COALESCE(e.place_name, e.place_ar)", "type": "e.type", None: "e.date_value"}

    _NOT_NULL_KEYS = frozenset(("e.date_lo", "e.n_reports", "e.event_id", "e.type"))  # NOT NULL in ``events``

    def _event_where(self, f: EventFilter, tx: Tx, view: bool = False) -> tuple[str, list] | None:
        """WHERE over ``events e`` (unreviewed events) or, with ``view``, over ``v_events e``
        (reviewed ones); None when the filter leaves that side empty."""
        from .filters import place_names

        where, params = ["e.kind = ?"], [f.kind or "incident"]
        if view:
            if f.review == "unreviewed":
                return None
            where.append("e.event_id IN (SELECT event_id FROM event_reviewed)")
            if f.review in ("verified", "rejected"):
                where.append("e.review_status = ?")
                params.append(f.review)
            if f.reviewed_only:
                where.append("e.review_status != 'rejected'")
        else:
            if f.review in ("reviewed", "verified", "rejected") or f.reviewed_only:
                return None
            where.append("NOT EXISTS (SELECT 1 FROM event_reviewed rv WHERE rv.event_id = e.event_id)")
        if f.type:
            where.append("e.type = ?")
            params.append(f.type)
        if f.governorate:
            where.append("e.admin1 = ?")
            params.append(f.governorate)
        if f.place:
            names = place_names(f.place)
            marks = ", ".join("?" * len(names))
            where.append(f"(e.place_name IN ({marks}) OR e.place_ar IN ({marks}) OR e.admin1 IN ({marks}) OR "
                         f"e.admin2 IN ({marks}) OR e.place_id IN ({marks}) OR e.event_id IN "
                         f"(SELECT event_id FROM reports WHERE place_surface IN ({marks})))")
            params += names * 6
        if f.since or f.until:
            where.append(_date_clause(f, "e", params, self.backend.dialect))
        if f.actor:
            act = ("e.event_id IN (SELECT r.event_id FROM reports r WHERE r.event_id IS NOT NULL AND "
                   + self.backend.any_like("r.actor_names") + ")")
            params.append(f"%{f.actor.lower()}%")
            if view:
                act = f"({act} OR LOWER(COALESCE(e.reviewed_actors, '')) LIKE ?)"
                params.append(f"%{f.actor.lower()}%")
            where.append(act)
        if f.source:
            names = self._source_names(tx, f.source)
            if not names:
                return None
            marks = ", ".join("?" * len(names))
            if f.type and not view:
                # the events of one type that these sources tell: one index range (the machine's
                # type, which is the type of every unreviewed event)
                where.append(f"e.event_id IN (SELECT s.event_id FROM event_sources s WHERE s.source IN ({marks}) "
                             "AND s.type = ?)")
                params += [*names, f.type]
            else:
                where.append(f"EXISTS (SELECT 1 FROM event_sources s WHERE s.event_id = e.event_id AND s.source IN "
                             f"({marks}))")
                params += names
        if f.outlet:
            where.append("EXISTS (SELECT 1 FROM event_sources s WHERE s.event_id = e.event_id AND s.source = ? "
                         "AND s.via = 'outlet')")
            params.append(f.outlet)
        if f.modality:
            where.append("e.event_id IN (SELECT r.event_id FROM reports r WHERE r.event_id IS NOT NULL AND "
                         "r.modality = ?)")
            params.append(f.modality)
        if f.min_count is not None:
            where.append("COALESCE(e.count_high, e.count_low) >= ?")
            params.append(float(f.min_count))
        return " AND ".join(where), params

    def _source_names(self, tx: Tx, needle: str) -> list[str]:
        """The reporting sources and outlets whose name holds ``needle`` (any case). They are few:
        their distinct names are walked once per change of the reports (one index seek each)."""
        names = self.cached("sources", lambda: [r["v"] for r in tx.query(
            "WITH RECURSIVE d(v) AS (SELECT MIN(source) FROM event_sources UNION ALL SELECT (SELECT MIN(source) "
            "FROM event_sources WHERE source > d.v) FROM d WHERE d.v IS NOT NULL) SELECT v FROM d WHERE v IS NOT NULL")],
            tx)
        n = needle.lower()
        return [x for x in names if n in x.lower()]

    def version(self, tx: Tx | None = None) -> tuple:
        """Changes whenever a document, a report or a review is added (three index look-ups)."""
        if tx is None:
            with self.unit() as tx:
                return self.version(tx)
        return tuple(tx.scalar(q) for q in ("SELECT MAX(doc_key) FROM documents",
                                        "SELECT MAX(report_id) FROM reports",
                                        "SELECT MAX(review_id) FROM reviews"))

    def cached(self, name: str, fn, tx: Tx | None = None):
        """``fn()`` kept until the store's version changes: summaries that cost a scan (the
        distinct sources, the web's overview and filter choices) only change when data is added."""
        ver = self.version(tx)
        hit = self._memo.get(name)
        if hit is not None and hit[0] == ver:
            return hit[1]
        val = fn()
        if len(self._memo) > 1000:  # many distinct filters counted: start again
            self._memo.clear()
        self._memo[name] = (ver, val)
        return val

    def _order(self, f: EventFilter, view: bool) -> tuple[str, str]:
        key = self._SORT_KEYS[f.sort]
        if isinstance(key, tuple):
            key = key[1] if view else key[0]
        return key, "DESC" if f.descending else "ASC"

    def event_selects(self, tx: Tx, f: EventFilter) -> list[tuple[str, str, list, bool]]:
        """The filtered events as (table, where, params, reviewed) pieces, one per side that can
        hold any: ``SELECT ... FROM {table} e WHERE {where}`` over ``events`` (unreviewed events,
        machine values) and ``v_events`` (reviewed ones, reviewed values; deaths are
        ``fatalities`` there). Lists, counts and the web's map are built on them."""
        out = []
        for view in (False, True):
            w = self._event_where(f, tx, view)
            if w is not None:
                out.append(("v_events" if view else "events", w[0], w[1], view))
        return out

    def _event_ids(self, tx: Tx, f: EventFilter) -> list[int]:
        """The ids of the filtered events in list order (``f.limit``/``f.offset`` applied)."""
        arms, params = [], []
        _, d = self._order(f, False)
        nulls = ""
        if self.backend.dialect != "sqlite":  # SQLite's own order: NULL first ascending, last descending
            nulls = " NULLS FIRST" if d == "ASC" else " NULLS LAST"
        for i, (table, where, p, view) in enumerate(self.event_selects(tx, f)):
            key, _ = self._order(f, view)
            arm = f"SELECT e.event_id AS event_id, {key} AS k FROM {table} e WHERE {where}"
            if nulls and f.limit is not None:
                # PostgreSQL: each side sorted and cut to the page's end on its own, so the
                # planner may walk the sort key's index and stop there (a sort over the union
                # reads every match first); a column that holds no NULL sorted as its index is
                # (the NULLS clause would not match it)
                kn = "" if table == "events" and key in self._NOT_NULL_KEYS else nulls
                arm = (f"SELECT * FROM ({arm} ORDER BY k {d}{kn}, event_id {d} "
                       f"LIMIT {int(f.limit) + int(f.offset or 0)}) AS a{i}")
            arms.append(arm)
            params += p
        if not arms:
            return []
        q = " UNION ALL ".join(arms) + f" ORDER BY k {d}{nulls}, event_id {d}"
        if f.limit is not None:
            q += f" LIMIT {int(f.limit)}"
            if f.offset:
                q += f" OFFSET {int(f.offset)}"
        elif f.offset:
            q += (" LIMIT -1" if self.backend.dialect == "sqlite" else "") + f" OFFSET {int(f.offset)}"
        return [r[0] for r in tx.execute(q, params).fetchall()]

    def _events_by_id(self, tx: Tx, ids: list[int]) -> list[dict]:
        """The ``events`` rows of these ids, in this order (the machine's values)."""
        got: dict[int, dict] = {}
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            for r in tx.query(f"SELECT * FROM events WHERE event_id IN ({', '.join('?' * len(chunk))})", chunk):
                got[r["event_id"]] = r
        return [got[i] for i in ids if i in got]

    def events(self, filt: EventFilter | None = None, *, with_reports: bool = True, report_records: bool = True,
               **kw) -> list[dict]:
        """Merged incidents matching the filter, in its order (oldest first by default); each with
        its reports (every telling, with its document and outlet) unless ``with_reports`` is false,
        and each report's whole contract record unless ``report_records`` is false (``record``
        None: a list page needs the columns only). Rows hold the machine's values:
        ``views.events`` lays the reviewed values over them."""
        f = filt if filt is not None else EventFilter(**{k: v for k, v in kw.items() if v is not None})
        with self.unit() as tx:
            rows = self._events_by_id(tx, self._event_ids(tx, f))
            if with_reports and rows:
                by = self._reports_of(tx, [r["event_id"] for r in rows], records=report_records)
                for r in rows:
                    r["reports"] = by.get(r["event_id"], [])
        return rows

    def count_events(self, filt: EventFilter | None = None, cap: int | None = None) -> int:
        """How many events match (limit/offset ignored); with ``cap``, counting stops there (a
        list page says "10,000+" rather than read every row of a broad filter)."""
        f = filt or EventFilter()
        n = 0
        with self.unit() as tx:
            for table, where, params, _ in self.event_selects(tx, f):
                inner = f"SELECT 1 FROM {table} e WHERE {where}"
                if cap is not None:
                    inner += f" LIMIT {max(0, int(cap) - n)}"
                n += int(tx.scalar(f"SELECT COUNT(*) FROM ({inner}) t", params))
        return n

    def texts(self, doc_keys: Iterable[int]) -> dict[int, str]:
        """The text of each of these documents (the event page quotes each mention's sentence)."""
        keys = sorted({int(k) for k in doc_keys})
        out: dict[int, str] = {}
        with self.unit() as tx:
            for i in range(0, len(keys), 500):
                chunk = keys[i:i + 500]
                for r in tx.execute(f"SELECT doc_key, text FROM documents WHERE doc_key IN "
                                    f"({', '.join('?' * len(chunk))})", chunk).fetchall():
                    out[r[0]] = r[1]
        return out

    def event(self, event_id: int) -> dict | None:
        """One event with all its reports, or None."""
        with self.unit() as tx:
            row = tx.one("SELECT * FROM events WHERE event_id = ?", (int(event_id),))
            if row is None:
                return None
            row["reports"] = self._reports_of(tx, [row["event_id"]]).get(row["event_id"], [])
        return row

    _REPORT_COLS = ("r.report_id, r.event_id, r.doc_key, r.seq, r.kind, r.type, r.subtype, r.modality, r.background, "
                    "r.counted_in, r.start_off, r.end_off, r.trigger_text, r.sentence, r.count_low, r.count_high, "
                    "r.approx, r.fatalities_low, r.fatalities_high, r.injured_low, r.injured_high, r.counted, "
                    "r.counted_en, r.quantity, r.place_id, r.place_surface, r.admin1, r.date_value, r.date_grain, "
                    "r.date_source, r.reported_by, r.reported_by_source, r.confidence, r.actors, r.actor_names, r.record, "
                    "d.doc_id, d.url, d.published, d.title, d.duplicate_of, o.name AS outlet")

    def _reports_of(self, tx: Tx, event_ids: list[int], records: bool = True) -> dict[int, list[dict]]:
        out: dict[int, list[dict]] = {}
        cols = self._REPORT_COLS if records else self._REPORT_COLS.replace("r.record,", "NULL AS record,")
        for i in range(0, len(event_ids), 500):
            chunk = event_ids[i:i + 500]
            for r in tx.query(
                    f"SELECT {cols} FROM reports r JOIN documents d ON d.doc_key = r.doc_key "
                    f"LEFT JOIN outlets o ON o.outlet_id = d.outlet_id WHERE r.event_id IN "
                    f"({', '.join('?' * len(chunk))}) ORDER BY r.report_id", chunk):
                out.setdefault(r["event_id"], []).append(self._report_row(r))
        return out

    def _report_row(self, r: dict) -> dict:
        r["actors"] = self.backend.json_out(r["actors"]) or []
        r["actor_names"] = self.backend.list_out(r["actor_names"])
        r["record"] = self.backend.json_out(r["record"])
        for k in ("background", "counted_in"):
            r[k] = bool(r[k])
        if r.get("approx") is not None:
            r["approx"] = bool(r["approx"])
        return r

    def reports(self, filt: EventFilter | None = None, *, counted: bool | None = None,
                event_id: int | None = None, doc_key: int | None = None) -> list[dict]:
        """Reports (every event mention, counted or not) with their document and outlet."""
        f = filt or EventFilter()
        where, params = ["1 = 1"], []
        for col, v in (("r.type", f.type), ("r.kind", f.kind), ("r.modality", f.modality), ("o.name", f.outlet)):
            if v:
                where.append(f"{col} = ?")
                params.append(v)
        if counted is not None:
            where.append("r.counted_in = ?")
            params.append(bool(counted))
        if event_id is not None:
            where.append("r.event_id = ?")
            params.append(int(event_id))
        if doc_key is not None:
            where.append("r.doc_key = ?")
            params.append(int(doc_key))
        if f.source:
            where.append("(LOWER(COALESCE(r.reported_by, '')) LIKE ? OR LOWER(COALESCE(o.name, '')) LIKE ?)")
            params += [f"%{f.source.lower()}%"] * 2
        if f.actor:
            where.append(self.backend.any_like("r.actor_names"))
            params.append(f"%{f.actor.lower()}%")
        if f.place:
            where.append("(r.place_surface = ? OR LOWER(COALESCE(r.admin1, '')) = LOWER(?) OR r.place_id = ?)")
            params += [f.place] * 3
        if f.since or f.until:
            where.append(_date_clause(f, "r", params, self.backend.dialect))
        if f.min_count is not None:
            where.append("COALESCE(r.count_high, r.count_low) >= ?")
            params.append(float(f.min_count))
        q = (f"SELECT {self._REPORT_COLS} FROM reports r JOIN documents d ON d.doc_key = r.doc_key "
             f"LEFT JOIN outlets o ON o.outlet_id = d.outlet_id WHERE {' AND '.join(where)} "
             "ORDER BY d.published, r.doc_key, r.seq")
        if f.limit is not None:
            q += f" LIMIT {int(f.limit)}" + (f" OFFSET {int(f.offset)}" if f.offset else "")
        with self.unit() as tx:
            return [self._report_row(r) for r in tx.query(q, params)]

    def estimates(self, type: str | None = "defection", filt: EventFilter | None = None) -> list[dict]:
        """Every stated figure (aggregates and incident figures), one row per report, never
        averaged: what ``marsad estimates`` lists side by side."""
        f = filt or EventFilter(type=type)
        if type and not f.type:
            f.type = type
        rows = self.reports(f)
        return [r for r in rows if r["count_low"] is not None or r["count_high"] is not None]

    def document(self, ref: int | str) -> dict | None:
        """The whole stored document record (as ``marsad extract`` printed it), or None. ``ref`` is
        the document key (int) or its id (str)."""
        with self.unit() as tx:
            if isinstance(ref, int):
                row = tx.one("SELECT * FROM documents WHERE doc_key = ?", (ref,))
            else:
                row = tx.one("SELECT * FROM documents WHERE doc_id = ? ORDER BY doc_key LIMIT 1", (str(ref),))
            if row is None:
                return None
            key = row["doc_key"]
            rec = {"text": row["text"]}
            rest = self.backend.json_out(row["record"]) or {}
            for k in DOC_FIELDS:
                rec[k] = rest.get(k)
            for k in ("related", "related_headlines", "embeds"):
                rec[k] = rest.get(k, [])
            layers: dict[str, list] = {}
            packed = tx.scalar("SELECT spans FROM document_spans WHERE doc_key = ?", (key,))
            for layer, _, _, _, _, span in self.backend.json_out(packed) if packed is not None else ():
                layers.setdefault(layer, []).append(span)  # (in layer, seq order)
            for layer in ("quantities", "dates", "entities", "places"):
                rec[layer] = layers.pop(layer, [])
            rec["events"] = [self.backend.json_out(r["record"]) for r in tx.query(
                "SELECT record FROM reports WHERE doc_key = ? ORDER BY seq", (key,))]
            rec.update(layers)
            for k, v in rest.items():
                rec.setdefault(k, v)
            rec["_store"] = {"doc_key": key, "doc_id": row["doc_id"], "duplicate_of": row["duplicate_of"],
                             "near_duplicates": [r["other_key"] for r in tx.query(
                                 "SELECT other_key FROM near_duplicates WHERE doc_key = ? ORDER BY other_key", (key,))]}
        return rec

    def document_links(self, doc_key: int) -> dict[str, list[dict]]:
        """The documents linked to this one: its near-duplicates either way (``duplicates``) and
        other documents stored under the same id (``same_id``), each as key, id and title."""
        with self.unit() as tx:
            dups = tx.query(
                "SELECT DISTINCT x.doc_key, x.doc_id, x.title FROM near_duplicates n JOIN documents x ON x.doc_key = "
                "CASE WHEN n.doc_key = ? THEN n.other_key ELSE n.doc_key END WHERE n.doc_key = ? OR n.other_key = ? "
                "ORDER BY x.doc_key", (doc_key, doc_key, doc_key))
            same = tx.query("SELECT o.doc_key, o.doc_id, o.title FROM documents d JOIN documents o ON o.doc_id = "
                            "d.doc_id AND o.doc_key != d.doc_key WHERE d.doc_key = ? ORDER BY o.doc_key", (doc_key,))
        return {"duplicates": dups, "same_id": same}

    def documents(self, limit: int = 50, offset: int = 0, outlet: str | None = None) -> list[dict]:
        """Stored documents, newest key first (metadata only, no text)."""
        where, params = "", []
        if outlet:
            where, params = " WHERE o.name = ?", [outlet]
        with self.unit() as tx:
            return tx.query(
                "SELECT d.doc_key, d.doc_id, d.title, d.url, d.published, d.duplicate_of, o.name AS outlet, "
                "(SELECT COUNT(*) FROM reports r WHERE r.doc_key = d.doc_key) AS n_reports FROM documents d "
                f"LEFT JOIN outlets o ON o.outlet_id = d.outlet_id{where} ORDER BY d.doc_key DESC LIMIT ? OFFSET ?",
                (*params, int(limit), int(offset)))


def _date_clause(f: EventFilter, alias: str, params: list, dialect: str) -> str:
    """SQL keeping rows whose date interval meets [since, until]; undated rows only with
    ``include_undated``. Appends its parameters. SQLite is told a date bound is selective (it
    keeps no histogram): a window of months is read through the date index, not by walking a
    whole type in another sort's order."""
    hint = (lambda c: f"likelihood({c}, 0.05)") if dialect == "sqlite" else (lambda c: c)
    dated = []
    if f.since:
        dated.append(hint(f"{alias}.date_hi >= ?"))
        params.append(f.since)
    if f.until:
        dated.append(hint(f"{alias}.date_lo <= ?"))
        params.append(f.until)
    clause = f"({alias}.date_value IS NOT NULL AND " + " AND ".join(dated) + ")"
    return f"({clause} OR {alias}.date_value IS NULL)" if f.include_undated else clause


# event_tally's rows of who tells an event, from its reports (as migration 0026 fills them)
_TALLY_FROM = (" FROM reports r JOIN documents d ON d.doc_key = r.doc_key JOIN documents rd ON rd.doc_key = "
               "COALESCE(d.duplicate_of, d.doc_key) LEFT JOIN outlets o ON o.outlet_id = rd.outlet_id "
               "WHERE r.event_id IS NOT NULL")
_TALLY_SOURCES = (
    "INSERT INTO event_tally (event_id, what, value) SELECT DISTINCT r.event_id, 'root', CAST(rd.doc_key AS TEXT)"
    + _TALLY_FROM,
    "INSERT INTO event_tally (event_id, what, value) SELECT DISTINCT r.event_id, 'outlet', "
    "COALESCE(o.name, 'doc:' || CAST(rd.doc_key AS TEXT))" + _TALLY_FROM)
_GRAIN_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}


def _tally_keys(c: dict, counts_as: tuple[str, str]) -> list[tuple[str, str]]:
    """The event_tally rows a report gives its event: the original it counts as, its outlet, its
    date's rank (0 best: a date from the text at the finest grain), and 'precise' when its
    figure is a precise one."""
    rank = (0 if c["date_source"] == "text" and c["date_value"] is not None else 5) + _GRAIN_RANK.get(
        c["date_grain"], 4)
    keys = [("root", counts_as[0]), ("outlet", counts_as[1]), ("date", str(rank))]
    if _precise(c["count_low"], c["count_high"]):
        keys.append(("precise", ""))
    return keys


def _precise(lo, hi) -> bool:
    """A figure precise enough to bound the event's count (vague ones, «عشرات», only when
    nothing precise was reported)."""
    return lo is not None and hi is not None and hi <= merge.settings()["precise_ratio"] * lo


def _lower(a, b):
    """SQL's MIN over two values: NULLs ignored."""
    return _f(b) if a is None else _f(a) if b is None else _f(min(a, b))


def _upper(a, b):
    return _f(b) if a is None else _f(a) if b is None else _f(max(a, b))


# the events columns the merge lookup matches on (besides kind, type and subtype, never changed)
_MATCHED_ON = frozenset(("date_lo", "date_hi", "admin1", "place_level"))


def _place_keys(kind: tuple[str, str], e: dict) -> list[tuple]:
    """The keys of ``_Batch.new_by_place`` an event row is listed under."""
    out: list[tuple] = []
    if e["place_level"] == 0:
        out.append((*kind, 0))
    if e["admin1"] is not None:
        out.append((*kind, 1, e["admin1"]))
    return out

_BAND_NUMBERS = ",".join(str(b) for b in range(BANDS))  # a signature's bands as band_keys gives them, in order
_REPORT_COLS: dict[tuple, tuple] = {}  # a report's column names (its cols' keys) -> the reports columns written


def _matches(e: dict, place: dict | None, lo: str, hi: str, a: str, b: str) -> bool:
    """Does the event row ``e`` meet ``_written_candidates``' conditions for a report's window
    [lo, hi], its place and the date range [a, b] (kind, type and subtype aside)?"""
    if not (e["date_hi"] >= lo and e["date_lo"] <= hi and a <= e["date_lo"] <= b):
        return False
    if place is None:
        return e["place_level"] == 0
    return e["admin1"] == place["admin1_en"] if place.get("admin1_en") else True


_EVENT_REALS = frozenset(("lat", "lon", "count_low", "count_high", "anchor_low", "anchor_high", "fatalities_low",
                          "fatalities_high", "injured_low", "injured_high"))


def _as_stored(col: str, v):
    """An events column's value as the database returns it (REAL/DOUBLE columns give floats)."""
    return _f(v) if col in _EVENT_REALS else v


def _str(v) -> str | None:
    return None if v is None else str(v)


def _f(v):
    return None if v is None else float(v)


def _plain(v):
    if isinstance(v, memoryview):
        return bytes(v)
    if isinstance(v, (dict, list)):
        return dumps(v)
    return v


def _row_place(row: dict) -> dict | None:
    if not row.get("place_level"):
        return None
    return {"id": row["place_id"], "name_en": row["place_name"], "admin1_en": row["admin1"],
            "admin2_en": row["admin2"], "admin3_en": row["admin3"], "name": row["place_ar"],
            "level": row["place_level"]}
