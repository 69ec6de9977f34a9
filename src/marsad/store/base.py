"""The evidence store: documents, their spans, event reports, and the events they merge into.

Everything above the connection is backend-neutral: plain SQL with ``?`` placeholders, no
wall-clock columns, integer keys assigned in input order. A backend supplies the connection, the
dialect bits (pragmas, placeholder style, blob type) and its migration files; SQLite is the
default, and a PostgreSQL backend only has to subclass :class:`Backend`.

Determinism is the design rule: the same inputs in the same order always give byte-identical
rows, so an interrupted run that is restarted (already stored documents are skipped by content
hash) ends exactly where an uninterrupted run would.
"""
from __future__ import annotations

import hashlib
from abc import ABC, abstractmethod
import json
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

from . import merge

SQL_ROOT = Path(__file__).resolve().parent / "sql"


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _j(v: Any) -> str:
    return json.dumps(v, ensure_ascii=False, sort_keys=True)


class Backend(ABC):
    """A database connection plus its dialect. Subclasses: SQLiteBackend (postgres to come)."""

    dialect = "generic"
    placeholder = "?"

    @abstractmethod
    def connect(self):
        """A DB-API connection with the dialect's session settings applied."""

    def sql(self, query: str) -> str:
        return query if self.placeholder == "?" else query.replace("?", self.placeholder)

    def migrations(self) -> list[tuple[int, str, str]]:
        out = []
        for f in sorted((SQL_ROOT / self.dialect).glob("*.sql")):
            out.append((int(f.name.split("_", 1)[0]), f.stem, f.read_text(encoding="utf-8")))
        return out

    @abstractmethod
    def table_names(self, cur) -> list[str]:
        """Names of the user tables (used by migrations and tests)."""


class Store:
    """Open with :func:`marsad.store.open_store`; use as a context manager to close it."""

    def __init__(self, backend: Backend, dedup_threshold: float | None = 0.45):
        self.backend = backend
        self.con = backend.connect()
        self._in_tx = False
        self._migrate()
        self._dedup_threshold = dedup_threshold
        self._hasher = None
        self._outlet_cache: dict[str, int] = {}

    # -- plumbing ---------------------------------------------------------------------------------
    def execute(self, query: str, params: tuple | list = ()):
        return self.con.execute(self.backend.sql(query), params)

    def query(self, query: str, params: tuple | list = ()) -> list[dict]:
        cur = self.execute(query, params)
        cols = [c[0] for c in cur.description]
        return [dict(zip(cols, row)) for row in cur.fetchall()]

    def scalar(self, query: str, params: tuple | list = ()):
        row = self.execute(query, params).fetchone()
        return row[0] if row else None

    @contextmanager
    def transaction(self) -> Iterator["Store"]:
        """One atomic unit: all of it is stored, or (crash, error) none of it."""
        if self._in_tx:
            yield self
            return
        self.execute("BEGIN")
        self._in_tx = True
        try:
            yield self
        except BaseException:
            self.execute("ROLLBACK")
            self._in_tx = False
            raise
        self.execute("COMMIT")
        self._in_tx = False

    def begin(self) -> None:
        """Open a batch transaction by hand (``add_document`` calls then join it)."""
        self.execute("BEGIN")
        self._in_tx = True

    def commit(self) -> None:
        if self._in_tx:
            self.execute("COMMIT")
            self._in_tx = False

    def rollback(self) -> None:
        if self._in_tx:
            self.execute("ROLLBACK")
            self._in_tx = False

    @contextmanager
    def savepoint(self) -> Iterator["Store"]:
        """Undo one document's rows inside a batch without losing the batch."""
        self.execute("SAVEPOINT marsad_doc")
        try:
            yield self
        except BaseException:
            self.execute("ROLLBACK TO SAVEPOINT marsad_doc")
            self.execute("RELEASE SAVEPOINT marsad_doc")
            raise
        self.execute("RELEASE SAVEPOINT marsad_doc")

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _migrate(self) -> None:
        self.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL)")
        done = {r[0] for r in self.execute("SELECT version FROM schema_migrations").fetchall()}
        for version, name, sql in self.backend.migrations():
            if version in done:
                continue
            with self.transaction():
                for stmt in _statements(sql):
                    self.execute(stmt)
                self.execute("INSERT INTO schema_migrations (version, name) VALUES (?, ?)", (version, name))

    @property
    def schema_version(self) -> int:
        return self.scalar("SELECT MAX(version) FROM schema_migrations") or 0

    # -- near duplicates ----------------------------------------------------------------------------
    # MinHash signatures come from marsad.ingest.dedup; the LSH bands are rows of ``lsh_bands`` so
    # a lookup is a few indexed queries, memory stays flat, and a crash loses nothing to rebuild.
    BANDS, ROWS = 25, 5  # datasketch's optimal banding for threshold 0.45 with 128 permutations
    MAX_CANDIDATES = 200  # the most recent documents sharing a band (a hot story has many copies)

    def _signer(self):
        if self._dedup_threshold is None:
            return None
        if self._hasher is None:
            try:
                from ..ingest.dedup import NearDuplicateIndex
            except ImportError:
                self._dedup_threshold = None
                return None
            self._hasher = NearDuplicateIndex(threshold=self._dedup_threshold)
        return self._hasher

    def _bands(self, sig: bytes) -> list[tuple[int, int]]:
        w = self.ROWS * 4
        return [(b, int.from_bytes(hashlib.blake2b(sig[b * w:(b + 1) * w], digest_size=8).digest(), "little",
                                   signed=True)) for b in range(self.BANDS)]

    def _near_duplicates(self, key: int, sig: bytes) -> list[int]:
        """Earlier documents whose estimated shingle Jaccard with this one reaches the threshold;
        then index this one."""
        import numpy as np

        mine = np.frombuffer(sig, dtype=np.uint32)
        if len(mine) < self.BANDS * self.ROWS or mine.min() == mine.max():
            return []  # no words: nothing to compare
        bands = self._bands(sig)
        cands: set[int] = set()
        for b, k in bands:
            cands.update(r[0] for r in self.execute(
                "SELECT doc_key FROM lsh_bands WHERE band = ? AND bkey = ? ORDER BY doc_key DESC LIMIT ?",
                (b, k, self.MAX_CANDIDATES)))
        out = []
        for other in sorted(cands, reverse=True)[:self.MAX_CANDIDATES]:
            theirs = self.scalar("SELECT minhash FROM documents WHERE doc_key = ?", (other,))
            if theirs is None:
                continue
            sim = float(np.mean(mine == np.frombuffer(bytes(theirs), dtype=np.uint32)))
            if sim >= self._dedup_threshold:
                out.append(other)
        self.con.executemany(self.backend.sql("INSERT INTO lsh_bands (band, bkey, doc_key) VALUES (?, ?, ?)"),
                             [(b, k, key) for b, k in bands])
        return sorted(out)

    # -- writing ------------------------------------------------------------------------------------
    def has_text(self, text: str) -> bool:
        return self.scalar("SELECT 1 FROM documents WHERE content_hash = ?", (content_hash(text),)) is not None

    def _outlet_id(self, name: str | None) -> int | None:
        if not name:
            return None
        if name in self._outlet_cache:
            return self._outlet_cache[name]
        oid = self.scalar("SELECT outlet_id FROM outlets WHERE name = ?", (name,))
        if oid is None:
            self.execute("INSERT INTO outlets (name) VALUES (?)", (name,))
            oid = self.scalar("SELECT outlet_id FROM outlets WHERE name = ?", (name,))
        if not self._in_tx:
            self._outlet_cache[name] = oid
        return oid

    def add_document(self, doc) -> int | None:
        """Store a processed Document with its spans and event reports; merge the reports into
        events. Returns the new document key, or None when the same text is already stored."""
        h = content_hash(doc.text)
        with self.transaction():
            if self.scalar("SELECT 1 FROM documents WHERE content_hash = ?", (h,)) is not None:
                return None
            signer = self._signer()
            sig = signer.signature(doc.text) if signer is not None else None
            self.execute(
                "INSERT INTO documents (content_hash, doc_id, outlet_id, url, published, title, author, source, text, "
                "minhash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (h, str(doc.id), self._outlet_id(doc.outlet), doc.url, doc.published, doc.title, doc.author,
                 str(doc.extra.get("source")) if doc.extra.get("source") else None, doc.text, sig))
            key = self.scalar("SELECT doc_key FROM documents WHERE content_hash = ?", (h,))
            root = None
            if sig is not None:
                dups = self._near_duplicates(key, sig)
                for d in dups:
                    self.execute("INSERT INTO near_duplicates (doc_key, other_key) VALUES (?, ?)", (key, d))
                if dups:
                    root = self.scalar("SELECT COALESCE(duplicate_of, doc_key) FROM documents WHERE doc_key = ?",
                                       (dups[0],))
                    self.execute("UPDATE documents SET duplicate_of = ? WHERE doc_key = ?", (root, key))
            rows = []
            for layer, recs in doc.layers.items():
                ordered = sorted(recs, key=lambda r: (r.get("start", 0), r.get("end", 0)))
                rows += [(key, layer, seq, r["start"], r["end"], r.get("surface", ""), _j(r))
                         for seq, r in enumerate(ordered) if "start" in r]
            self.con.executemany(self.backend.sql(
                "INSERT INTO spans (doc_key, layer, seq, start_off, end_off, surface, record) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)"), rows)
            events = sorted(doc["events"], key=lambda r: (r["start"], r["end"], (r.get("quantity") or {}).get("start", 0)))
            for seq, ev in enumerate(events):
                self._add_report(key, seq, doc, ev, root)
        return key

    def _add_report(self, key: int, seq: int, doc, ev: dict, root: int | None = None) -> None:
        from ..extract.events import happened

        count = ev.get("count") or {}
        place = ev.get("place") or None
        sent = doc.text[ev.get("sentence_start", ev["start"]):ev.get("sentence_end", ev["end"])]
        # contract v2: aggregates stay reports (listed by `marsad estimates`), never merged into incidents
        event_id = self._merge(ev, root, key) if happened(ev) and ev.get("kind") != "aggregate" else None
        rb = ev.get("reported_by")  # contract v2: a record; the reports table keeps its name
        rb = (rb.get("name") or rb.get("surface")) if isinstance(rb, dict) else rb
        self.execute(
            "INSERT INTO reports (event_id, doc_key, seq, type, subtype, modality, start_off, end_off, trigger_text, "
            "sentence, count_low, count_high, approx, counted, counted_en, quantity, place_id, place_surface, "
            "date_value, date_grain, date_source, reported_by, reported_by_source, confidence, actors, scope, "
            "date_lo, date_hi) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (event_id, key, seq, ev["type"], ev.get("subtype"), ev.get("modality", "asserted"), ev["start"],
             ev["end"], ev.get("trigger", ""), sent, count.get("low"), count.get("high"),
             int(bool(count.get("approx"))) if count else None, ev.get("counted"), ev.get("counted_en"),
             (ev.get("quantity") or {}).get("surface"), place.get("id") if place else None,
             place.get("surface") if place else None, ev.get("date"), ev.get("date_grain"), ev.get("date_source"),
             rb, ev.get("reported_by_source"), ev.get("confidence"), _j(ev.get("actors") or []),
             _j(ev.get("scope") or {}), *merge.date_interval(ev.get("date"), ev.get("date_grain"),
                                                            ev.get("date_source"), widen=False)))
        if event_id is not None:
            self.refine_place(event_id, place)
            self._refresh_event(event_id)

    def _merge(self, ev: dict, root: int | None = None, doc_key: int | None = None) -> int:
        """The id of the event this report belongs to, creating it when none fits. A syndicated
        copy (``root`` = its original) prefers the events its original's reports went to."""
        root_events = set()
        if root is not None:
            root_events = {r[0] for r in self.execute(
                "SELECT DISTINCT event_id FROM reports WHERE doc_key = ? AND event_id IS NOT NULL", (root,))}
        lo, hi = merge.date_interval(ev.get("date"), ev.get("date_grain"), ev.get("date_source"))
        raw_lo, raw_hi = merge.date_interval(ev.get("date"), ev.get("date_grain"), ev.get("date_source"), widen=False)
        place = _place_view(ev.get("place"))
        count = ev.get("count") or {}
        # Only events that could be in the same place: same governorate, or both without a place.
        where, params = "", []
        if place is None:
            where = " AND place_id IS NULL AND place_name IS NULL AND place_ar IS NULL"
        elif place.get("admin1_en"):
            where = " AND admin1 = ?"
            params = [place["admin1_en"]]
        viable = []
        for row in self.query(
                "SELECT * FROM events WHERE type = ? AND COALESCE(subtype, '') = ? AND date_lo <= ? AND date_hi >= ?"
                + where + " ORDER BY event_id", (ev["type"], ev.get("subtype") or "", hi, lo, *params)):
            pm = merge.place_match(place, _row_place(row))
            if pm is None:
                continue
            # Compare figures with the event's first stated figure, not its envelope: an envelope
            # widened by every merged report would end up compatible with anything (snowballing).
            anchor = self.execute(
                "SELECT count_low, count_high FROM reports WHERE event_id = ? AND "
                "(count_low IS NOT NULL OR count_high IS NOT NULL) ORDER BY report_id LIMIT 1",
                (row["event_id"],)).fetchone()
            a_lo, a_hi = anchor if anchor else (None, None)
            if not merge.counts_compatible(count.get("low"), count.get("high"), a_lo, a_hi):
                continue
            if count and row["count_low"] is None and row["count_high"] is None and not place and pm == 0:
                continue
            if pm == 0 and (place or row["place_id"] or row["place_name"]):
                continue  # only one side has a place: too weak to merge
            if pm == 0 and not count and row["count_low"] is None and row["count_high"] is None:
                continue  # no place and no figure on either side: nothing says it is the same event
            from_root = root is not None and row["event_id"] in root_events
            # the same article's own event first (its headline told it; the body gives the figure)
            same_doc = doc_key is not None and self.execute(
                "SELECT 1 FROM reports WHERE event_id = ? AND doc_key = ? LIMIT 1",
                (row["event_id"], doc_key)).fetchone() is not None
            viable.append(((from_root, same_doc, pm, -_gap(lo, hi, row["date_lo"], row["date_hi"]), -row["event_id"]),
                           row["event_id"]))
        for _, event_id in sorted(viable, reverse=True):
            if count and doc_key is not None and any(
                    not merge.restates(count.get("low"), count.get("high"), lo2, hi2)
                    for lo2, hi2 in self.execute(
                        "SELECT count_low, count_high FROM reports WHERE event_id = ? AND doc_key = ? AND "
                        "(count_low IS NOT NULL OR count_high IS NOT NULL)", (event_id, doc_key))):
                continue  # one article giving two figures is giving a breakdown, not one event twice
            return event_id
        self.execute(
            "INSERT INTO events (type, subtype, place_id, place_name, place_ar, admin1, admin2, admin3, lat, lon, "
            "place_level, date_lo, date_hi, date_value, date_grain, count_low, count_high) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (ev["type"], ev.get("subtype"), *(_place_cols(ev.get("place"))), raw_lo, raw_hi, ev.get("date"),
             ev.get("date_grain"), count.get("low"), count.get("high")))
        return int(self.scalar("SELECT MAX(event_id) FROM events"))

    def _refresh_event(self, event_id: int) -> None:
        """Recompute what an event says from all its reports (distinct sources and outlets, count
        envelope, date span, best date) with SQL aggregates. Near-duplicate copies count as their
        original: their root document and its outlet."""
        n_reports, n_outlets = self.execute(
            "SELECT COUNT(DISTINCT COALESCE(d.duplicate_of, d.doc_key)), "
            "COUNT(DISTINCT COALESCE(o.name, 'doc:' || CAST(COALESCE(d.duplicate_of, d.doc_key) AS TEXT))) "
            "FROM reports r JOIN documents d ON d.doc_key = r.doc_key "
            "JOIN documents rd ON rd.doc_key = COALESCE(d.duplicate_of, d.doc_key) "
            "LEFT JOIN outlets o ON o.outlet_id = rd.outlet_id WHERE r.event_id = ?", (event_id,)).fetchone()
        # the envelope of the precise figures; vague ones ("عشرات") only when nothing precise exists
        lo, hi = self.execute(
            "SELECT MIN(count_low), MAX(count_high) FROM reports WHERE event_id = ? AND count_low IS NOT NULL "
            "AND count_high IS NOT NULL AND count_high <= 1.5 * count_low", (event_id,)).fetchone()
        if lo is None and hi is None:
            lo, hi = self.execute("SELECT MIN(count_low), MAX(count_high) FROM reports WHERE event_id = ?",
                                  (event_id,)).fetchone()
        # The event's window is its best-dated report's, not the union of all reports: a union
        # grows with each merge (day 1, day 3, day 5 ...) until one event swallows years of news.
        best = self.execute(
            "SELECT date_value, date_grain, date_lo, date_hi FROM reports WHERE event_id = ? ORDER BY "
            "CASE WHEN date_source = 'text' AND date_value IS NOT NULL THEN 0 ELSE 1 END, "
            "CASE date_grain WHEN 'day' THEN 0 WHEN 'week' THEN 1 WHEN 'month' THEN 2 WHEN 'year' THEN 3 ELSE 4 END, "
            "report_id LIMIT 1", (event_id,)).fetchone()
        self.execute(
            "UPDATE events SET n_reports = ?, n_outlets = ?, count_low = ?, count_high = ?, date_lo = ?, date_hi = ?, "
            "date_value = ?, date_grain = ? WHERE event_id = ?",
            (n_reports, n_outlets, lo, hi, best[2], best[3], best[0], best[1], event_id))

    def refine_place(self, event_id: int, place: dict | None) -> None:
        if not place:
            return
        row = self.query("SELECT place_level FROM events WHERE event_id = ?", (event_id,))[0]
        if merge.place_level(place) > (row["place_level"] or 0):
            self.execute("UPDATE events SET place_id = ?, place_name = ?, place_ar = ?, admin1 = ?, admin2 = ?, "
                         "admin3 = ?, lat = ?, lon = ?, place_level = ? WHERE event_id = ?",
                         (*_place_cols(place), event_id))

    # -- reading ------------------------------------------------------------------------------------
    def counts(self) -> dict[str, int]:
        return {t: int(self.scalar(f"SELECT COUNT(*) FROM {t}")) for t in
                ("documents", "outlets", "spans", "events", "reports", "near_duplicates")}

    def dump(self) -> dict[str, list[tuple]]:
        """Every row of every table in key order (tests compare two databases with this)."""
        out = {}
        for t in self.backend.table_names(self.con):
            cur = self.execute(f"SELECT * FROM {t}")
            out[t] = sorted(tuple(r) for r in cur.fetchall())
        return out

    def events(self, type: str | None = None, place: str | None = None, since: str | None = None,
               until: str | None = None, source: str | None = None, min_count: float | None = None,
               limit: int | None = None) -> list[dict]:
        """Merged events (things that happened) with their reports' sources."""
        where, params = ["1 = 1"], []
        if type:
            where.append("e.type = ?")
            params.append(type)
        if place:
            # an Arabic name also stands for its English gazetteer name, so "درعا" finds the
            # whole governorate as "Daraa" does
            names = {place}
            rec = self.scalar("SELECT record FROM spans WHERE layer = 'places' AND surface = ? LIMIT 1", (place,))
            if rec:
                en = json.loads(rec).get("name_en")
                if en:
                    names.add(en)
            ors = []
            for n in sorted(names):
                ors.append("LOWER(e.place_name) = LOWER(?) OR e.place_ar = ? OR LOWER(e.admin1) = LOWER(?) "
                           "OR LOWER(e.admin2) = LOWER(?) OR e.event_id IN (SELECT event_id FROM reports WHERE "
                           "place_surface = ?)")
                params += [n] * 5
            where.append("(" + " OR ".join(ors) + ")")
        if since:
            where.append("e.date_hi >= ?")
            params.append(since)
        if until:
            where.append("e.date_lo <= ?")
            params.append(until)
        if source:
            where.append("e.event_id IN (SELECT r.event_id FROM reports r JOIN documents d ON d.doc_key = r.doc_key "
                         "LEFT JOIN outlets o ON o.outlet_id = d.outlet_id WHERE LOWER(COALESCE(r.reported_by, '')) "
                         "LIKE LOWER(?) OR LOWER(COALESCE(o.name, '')) LIKE LOWER(?))")
            params += [f"%{source}%", f"%{source}%"]
        if min_count is not None:
            where.append("COALESCE(e.count_high, e.count_low) >= ?")
            params.append(min_count)
        q = f"SELECT e.* FROM events e WHERE {' AND '.join(where)} ORDER BY e.date_value, e.event_id"
        if limit:
            q += f" LIMIT {int(limit)}"
        rows = self.query(q, params)
        for r in rows:
            reps = self.query(
                "SELECT r.report_id, r.count_low, r.count_high, r.approx, r.reported_by, r.date_value, d.doc_id, "
                "d.url, d.published, o.name AS outlet, r.place_surface, r.actors, r.trigger_text, r.sentence, "
                "r.date_source, r.counted_en "
                "FROM reports r JOIN documents d ON d.doc_key = r.doc_key LEFT JOIN outlets o ON o.outlet_id = "
                "d.outlet_id WHERE r.event_id = ? ORDER BY r.report_id", (r["event_id"],))
            r["reports"] = reps
        return rows

    def estimates(self, type: str = "defection") -> list[dict]:
        """Every claimed figure for a type, one row per report, never averaged."""
        return self.query(
            "SELECT r.report_id, r.event_id, r.modality, r.count_low, r.count_high, r.approx, r.counted, r.counted_en, "
            "r.quantity, r.scope, r.place_surface, r.reported_by, r.reported_by_source, r.date_value, r.date_source, "
            "d.doc_id, d.published, d.url, o.name AS outlet, r.sentence "
            "FROM reports r JOIN documents d ON d.doc_key = r.doc_key LEFT JOIN outlets o ON o.outlet_id = d.outlet_id "
            "WHERE r.type = ? AND (r.count_low IS NOT NULL OR r.count_high IS NOT NULL) "
            "ORDER BY d.published, r.doc_key, r.seq", (type,))


def _statements(sql: str) -> list[str]:
    lines = [ln for ln in sql.splitlines() if not ln.strip().startswith("--")]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]


def _gap(lo1, hi1, lo2, hi2) -> int:
    import datetime as dt

    if lo1 <= hi2 and lo2 <= hi1:
        return 0
    try:
        a, b = (hi1, lo2) if hi1 < lo2 else (hi2, lo1)
        return (dt.date.fromisoformat(b) - dt.date.fromisoformat(a)).days
    except ValueError:
        return 10 ** 6


def _place_view(p: dict | None) -> dict | None:
    if not p:
        return None
    return {"id": p.get("id"), "name_en": p.get("name_en"), "admin1_en": p.get("admin1_en"),
            "admin2_en": p.get("admin2_en"), "admin3_en": p.get("admin3_en"), "name": p.get("surface"),
            "level": merge.place_level(p)}


def _row_place(row: dict) -> dict | None:
    if not row.get("place_id") and not row.get("place_name") and not row.get("place_ar"):
        return None
    return {"id": row["place_id"], "name_en": row["place_name"], "admin1_en": row["admin1"],
            "admin2_en": row["admin2"], "admin3_en": row["admin3"], "name": row["place_ar"],
            "level": row["place_level"]}


def _place_cols(p: dict | None) -> tuple:
    if not p:
        return (None,) * 9
    return (p.get("id"), p.get("name_en"), p.get("surface") or p.get("name_ar"), p.get("admin1_en"),
            p.get("admin2_en"), p.get("admin3_en"), p.get("lat"), p.get("lon"), merge.place_level(p))
