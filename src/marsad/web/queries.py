"""The SQL behind the workbench's pages, as plain-data rows (dicts and lists).

Every read goes through ``db.query`` (a read-only connection) and the joined views of migration
0022 (``v_events`` carries reviewed values over the machine's). Kept in one module so it can
move onto the store's shared views without touching the pages.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import asdict, dataclass, fields
from functools import lru_cache

from ..arabic.normalize import fold_str

SORTS = {"date": "e.date_lo", "count": "COALESCE(e.count_high, e.count_low)", "reports": "e.n_reports",
         "fatalities": "e.fatalities", "id": "e.event_id", "place": "COALESCE(e.place_name, e.place_ar)",
         "type": "e.type"}
REVIEW_STATES = ("unreviewed", "verified", "rejected")
MODALITIES = ("asserted", "attempted", "negated", "denied", "future", "hypothetical", "call")
KINDS = ("incident", "aggregate")


@dataclass
class EventFilter:
    """One filter for the events list, the map, the downloads and the API alike."""

    type: str | None = None
    kind: str | None = None
    governorate: str | None = None
    place: str | None = None
    since: str | None = None
    until: str | None = None
    actor: str | None = None
    source: str | None = None
    modality: str | None = None
    review: str | None = None
    min_count: float | None = None

    @classmethod
    def from_params(cls, params) -> "EventFilter":
        vals = {}
        for f in fields(cls):
            v = params.get(f.name)
            if v is None or str(v).strip() == "":
                continue
            v = str(v).strip()[:200]
            if f.name == "min_count":
                try:
                    vals[f.name] = float(v)
                except ValueError:
                    continue
            elif f.name in ("since", "until"):
                d = iso_bound(v, f.name == "until")
                if d:
                    vals[f.name] = d
            else:
                vals[f.name] = v
        return cls(**vals)

    def params(self) -> dict:
        """The non-empty filter values (for links that keep the filters)."""
        out = {}
        for k, v in asdict(self).items():
            if v is None:
                continue
            if k == "min_count" and float(v).is_integer():
                v = int(v)
            out[k] = v
        return out


def iso_bound(value: str, upper: bool = False) -> str | None:
    """YYYY, YYYY-MM or YYYY-MM-DD as a day (the range's first or last day); None if not a date."""
    m = re.fullmatch(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", value)
    if not m:
        return None
    y, mo, d = m.group(1), m.group(2), m.group(3)
    try:
        if d:
            return dt.date(int(y), int(mo), int(d)).isoformat()
        if mo:
            first = dt.date(int(y), int(mo), 1)
            if not upper:
                return first.isoformat()
            nxt = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
            return (nxt - dt.timedelta(days=1)).isoformat()
        return f"{y}-12-31" if upper else f"{y}-01-01"
    except ValueError:
        return None


@lru_cache(maxsize=1)
def _gazetteer_index() -> dict[str, list[dict]]:
    idx: dict[str, list[dict]] = {}
    from ..resources import gazetteer

    for p in gazetteer():
        keys = {p.get("id") or "", (p.get("name_en") or "").lower(), fold_str(p.get("name_ar") or "")}
        keys |= {fold_str(n) for n in p.get("names_ar") or []}
        keys |= {a.lower() for a in p.get("aliases_en") or []}
        for k in keys:
            if k:
                idx.setdefault(k, []).append(p)
    return idx


def lookup_place(name: str) -> dict | None:
    """A gazetteer place by id, English name or (folded) Arabic name; governorates first."""
    name = (name or "").strip()
    if not name:
        return None
    hits = _gazetteer_index().get(name) or _gazetteer_index().get(name.lower()) or \
        _gazetteer_index().get(fold_str(name)) or []
    order = {"governorate": 0, "district": 1, "subdistrict": 2}
    return sorted(hits, key=lambda p: order.get(p.get("level"), 3))[0] if hits else None


def _place_names(place: str) -> set[str]:
    names = {place}
    p = lookup_place(place)
    if p:
        names |= {p.get("name_en") or "", p.get("name_ar") or ""}
    return {n for n in names if n}


def event_where(f: EventFilter, db, base: bool = False) -> tuple[str, list]:
    """WHERE for a filter over ``v_events e`` (reviewed values win) or, with ``base``, over the
    ``events e`` table itself (machine values: exact for every event nobody reviewed)."""
    where, params = [], []
    if f.type:
        where.append("e.type = ?")
        params.append(f.type)
    if f.kind:
        if "kind" in db.columns.get("events", set()):
            where.append("e.event_id IN (SELECT event_id FROM events WHERE kind = ?)" if not base else "e.kind = ?")
            params.append(f.kind)
        elif f.kind != "incident":
            where.append("0 = 1")  # this database stores incidents only
    if f.governorate:
        where.append("e.admin1 = ?")
        params.append(f.governorate)
    if f.since:
        where.append("e.date_hi >= ?")
        params.append(f.since)
    if f.until:
        where.append("e.date_lo <= ?")
        params.append(f.until)
    if f.place:
        ors = []
        for n in sorted(_place_names(f.place)):
            ors.append("LOWER(e.place_name) = LOWER(?) OR e.place_ar = ? OR LOWER(e.admin1) = LOWER(?) OR "
                       "LOWER(e.admin2) = LOWER(?) OR e.event_id IN (SELECT event_id FROM reports WHERE place_surface = ?)")
            params += [n] * 5
        where.append("(" + " OR ".join(ors) + ")")
    if f.actor:
        if base:
            where.append("e.event_id IN (SELECT event_id FROM reports WHERE actors LIKE ?)")
            params.append(f"%{f.actor}%")
        else:
            where.append("(e.event_id IN (SELECT event_id FROM reports WHERE actors LIKE ?) OR e.reviewed_actors LIKE ?)")
            params += [f"%{f.actor}%", f"%{f.actor}%"]
    if f.source:
        # the reporting sources and outlets are few: match their names here, then read the
        # reports of the matching ones through indexes
        needle = f.source.lower()
        names = [n for n in distinct_values(db, "reports", "reported_by") if needle in n.lower()]
        outlets = [o for o in distinct_values(db, "outlets", "name") if needle in o.lower()]
        ors = []
        if names:
            ors.append(f"SELECT event_id FROM reports WHERE reported_by IN ({','.join('?' * len(names))})")
            params += names
        if outlets:
            ors.append("SELECT event_id FROM reports WHERE doc_key IN (SELECT doc_key FROM documents WHERE outlet_id IN "
                       f"(SELECT outlet_id FROM outlets WHERE name IN ({','.join('?' * len(outlets))})))")
            params += outlets
        where.append(f"e.event_id IN ({' UNION '.join(ors)})" if ors else "0 = 1")
    if f.modality:
        where.append("e.event_id IN (SELECT event_id FROM reports WHERE modality = ?)")
        params.append(f.modality)
    if f.review:
        if base:
            if f.review != "unreviewed":
                where.append("0 = 1")  # unreviewed events have no other state
        else:
            where.append("e.review_status = ?")
            params.append(f.review)
    if f.min_count is not None:
        where.append("COALESCE(e.count_high, e.count_low) >= ?")
        params.append(f.min_count)
    return (" WHERE " + " AND ".join(where)) if where else "", params


def distinct_values(db, table: str, col: str) -> list[str]:
    """Every distinct non-null value of an indexed column, one index seek per value (a recursive
    walk: a few hundred sources cost a few hundred seeks, not a scan of every report)."""
    def walk():
        return [r["v"] for r in db.query(
            f"WITH RECURSIVE d(v) AS (SELECT MIN({col}) FROM {table} UNION ALL SELECT (SELECT MIN({col}) FROM {table} "
            f"WHERE {col} > d.v) FROM d WHERE d.v IS NOT NULL) SELECT v FROM d WHERE v IS NOT NULL")]
    return db.memo(f"distinct:{table}.{col}", walk) if hasattr(db, "memo") else walk()


# Sort keys that read the same on the table and the view, each backed by an index (0023).
_INDEXED_SORTS = {"date": "e.date_lo", "count": "COALESCE(e.count_high, e.count_low)", "reports": "e.n_reports",
                  "id": "e.event_id"}


def order_by(sort: str | None, order: str | None) -> str:
    col = SORTS.get(sort or "date", SORTS["date"])
    d = "ASC" if (order or ("asc" if sort in ("place", "type", "id") else "desc")) == "asc" else "DESC"
    return f" ORDER BY {col} {d}, e.event_id {d}"


def _direction(sort: str | None, order: str | None) -> str:
    return "ASC" if (order or ("asc" if sort in ("place", "type", "id") else "desc")) == "asc" else "DESC"


def list_events(db, f: EventFilter, sort: str | None = None, order: str | None = None, page: int = 1,
                per_page: int = 50) -> dict:
    """One page of filtered events and the total.

    Unreviewed events (nearly all) are counted and sorted on the ``events`` table through its
    indexes; reviewed ones (few) through the view; the two are merged by the sort key. On a
    large database this reads one index range instead of every row."""
    per_page = max(1, min(int(per_page), 500))
    page = max(1, int(page))
    sort = sort if sort in SORTS else "date"
    d = _direction(sort, order)
    offset = (page - 1) * per_page
    if sort in _INDEXED_SORTS:
        key = _INDEXED_SORTS[sort]
        wb, pb = event_where(f, db, base=True)
        wb = (wb + " AND " if wb else " WHERE ") + "e.event_id NOT IN (SELECT event_id FROM event_reviewed)"
        wv, pv = event_where(f, db)
        wv = (wv + " AND " if wv else " WHERE ") + "e.event_id IN (SELECT event_id FROM event_reviewed)"
        reviewed = [(r["k"], r["event_id"]) for r in db.query(f"SELECT e.event_id, {key} AS k FROM v_events e{wv}", pv)]
        total = (db.scalar(f"SELECT COUNT(*) FROM events e{wb}", pb) or 0) + len(reviewed)
        machine = [(r["k"], r["event_id"]) for r in db.query(
            f"SELECT e.event_id, {key} AS k FROM events e{wb} ORDER BY {key} {d}, e.event_id {d} LIMIT ?",
            [*pb, offset + per_page])]
        rev = d == "DESC"
        # NULL keys sort as SQLite sorts them: first ascending, last descending
        merged = sorted(machine + reviewed, key=lambda x: ((x[0] is not None), x[0] if x[0] is not None else 0, x[1]),
                        reverse=rev)
        ids = [i for _, i in merged[offset:offset + per_page]]
        rows = []
        if ids:
            got = {r["event_id"]: r for r in db.query(
                f"SELECT * FROM v_events WHERE event_id IN ({','.join('?' * len(ids))})", ids)}
            rows = [got[i] for i in ids if i in got]
    else:
        where, params = event_where(f, db)
        total = db.scalar(f"SELECT COUNT(*) FROM v_events e{where}", params) or 0
        rows = db.query(f"SELECT e.* FROM v_events e{where}{order_by(sort, order)} LIMIT ? OFFSET ?",
                        [*params, per_page, offset])
    attach_sources(db, rows)
    return {"total": total, "page": page, "per_page": per_page, "pages": max(1, -(-total // per_page)),
            "events": rows}


def iter_events(db, f: EventFilter, sort: str | None = None, order: str | None = None, chunk: int = 1000):
    """Every filtered event in order, a chunk at a time (downloads)."""
    where, params = event_where(f, db)
    last = 0
    while True:
        rows = db.query(f"SELECT e.* FROM v_events e{where}{order_by(sort, order)} LIMIT ? OFFSET ?",
                        [*params, chunk, last])
        if not rows:
            return
        yield rows
        last += len(rows)


def attach_sources(db, rows: list[dict]) -> None:
    """Each event's sources (who reported it, in which outlet) in report order."""
    if not rows:
        return
    ids = [r["event_id"] for r in rows]
    marks = ",".join("?" * len(ids))
    by: dict[int, list[str]] = {i: [] for i in ids}
    for r in db.query(f"SELECT r.event_id, r.reported_by, o.name AS outlet FROM reports r JOIN documents d ON "
                      f"d.doc_key = r.doc_key LEFT JOIN outlets o ON o.outlet_id = d.outlet_id WHERE r.event_id IN "
                      f"({marks}) ORDER BY r.report_id", ids):
        s = r["reported_by"] or r["outlet"]
        if s and s not in by[r["event_id"]]:
            by[r["event_id"]].append(s)
    for r in rows:
        r["sources"] = by[r["event_id"]]


def event_reports(db, event_ids: list[int]) -> dict[int, list[dict]]:
    """Reports of these events with their document fields (the shape the ACLED export reads)."""
    out: dict[int, list[dict]] = {i: [] for i in event_ids}
    for i in range(0, len(event_ids), 500):
        part = event_ids[i:i + 500]
        marks = ",".join("?" * len(part))
        for r in db.query(
                "SELECT r.report_id, r.event_id, r.doc_key, r.seq, r.type, r.subtype, r.modality, r.start_off, r.end_off, "
                "r.trigger_text, r.sentence, r.count_low, r.count_high, r.approx, r.counted, r.counted_en, r.quantity, "
                "r.place_id, r.place_surface, r.date_value, r.date_grain, r.date_source, r.reported_by, "
                "r.reported_by_source, r.confidence, r.actors, r.scope, d.doc_id, d.title, d.url, d.published, "
                "o.name AS outlet FROM reports r JOIN documents d ON d.doc_key = r.doc_key LEFT JOIN outlets o ON "
                f"o.outlet_id = d.outlet_id WHERE r.event_id IN ({marks}) ORDER BY r.report_id", part):
            out[r["event_id"]].append(r)
    return out


def get_event(db, event_id: int) -> dict | None:
    rows = db.query("SELECT * FROM v_events WHERE event_id = ?", (event_id,))
    if not rows:
        return None
    ev = rows[0]
    reports = event_reports(db, [event_id])[event_id]
    texts: dict[int, str] = {}
    spans: dict[tuple[int, int, int], dict] = {}
    for r in reports:
        if r["doc_key"] not in texts:
            texts[r["doc_key"]] = db.scalar("SELECT text FROM documents WHERE doc_key = ?", (r["doc_key"],)) or ""
            for s in db.query("SELECT start_off, end_off, record FROM spans WHERE doc_key = ? AND layer = 'events'",
                              (r["doc_key"],)):
                spans.setdefault((r["doc_key"], s["start_off"], s["end_off"]), json.loads(s["record"]))
    from .highlight import mention_sentences

    with_record = "record" in db.columns.get("reports", set())
    records = {}
    if with_record:  # the split store keeps each report's whole contract record
        ids = [r["report_id"] for r in reports]
        for x in db.query(f"SELECT report_id, record FROM reports WHERE report_id IN ({','.join('?' * len(ids))})", ids):
            records[x["report_id"]] = json.loads(x["record"]) if isinstance(x["record"], str) else (x["record"] or {})
    for r in reports:
        r["actors"] = json.loads(r["actors"] or "[]") if isinstance(r["actors"], str) else (r["actors"] or [])
        r["scope"] = json.loads(r["scope"] or "{}") if isinstance(r.get("scope"), str) else (r.get("scope") or {})
        rec = records.get(r["report_id"]) or spans.get((r["doc_key"], r["start_off"], r["end_off"])) or {}
        mentions = rec.get("mentions") or [{"start": r["start_off"], "end": r["end_off"],
                                            "surface": r["trigger_text"]}]
        r["mentions"] = mention_sentences(texts[r["doc_key"]], mentions)
    ev["reports"] = reports
    ev["actors"] = json.loads(ev["reviewed_actors"]) if ev.get("reviewed_actors") else \
        [a for r in reports for a in r["actors"]]
    ev["reviews"] = review_history(db, event_id)
    return ev


def review_history(db, event_id: int) -> list[dict]:
    rows = db.query("SELECT review_id, field, old_value, new_value, reviewer, created_at, note FROM reviews "
                    "WHERE event_id = ? ORDER BY review_id", (event_id,))
    for r in rows:
        for k in ("old_value", "new_value"):
            r[k] = json.loads(r[k]) if r[k] is not None else None
    return rows


def find_document(db, doc_id: str, key: int | None = None) -> dict | None:
    if key is not None:
        rows = db.query("SELECT d.*, o.name AS outlet FROM documents d LEFT JOIN outlets o ON o.outlet_id = "
                        "d.outlet_id WHERE d.doc_key = ? AND d.doc_id = ?", (key, doc_id))
    else:
        rows = db.query("SELECT d.*, o.name AS outlet FROM documents d LEFT JOIN outlets o ON o.outlet_id = "
                        "d.outlet_id WHERE d.doc_id = ? ORDER BY d.doc_key LIMIT 1", (doc_id,))
    if not rows:
        return None
    d = rows[0]
    d.pop("minhash", None)
    key = d["doc_key"]
    d["spans"] = {}
    for s in db.query("SELECT layer, start_off, end_off, surface, record FROM spans WHERE doc_key = ? "
                      "ORDER BY layer, seq", (key,)):
        rec = json.loads(s["record"])
        rec.update(start=s["start_off"], end=s["end_off"], surface=s["surface"])
        d["spans"].setdefault(s["layer"], []).append(rec)
    d["reports"] = db.query("SELECT report_id, event_id, type, modality, start_off, end_off, trigger_text, count_low, "
                            "count_high, reported_by FROM reports WHERE doc_key = ? ORDER BY seq", (key,))
    if not d["spans"].get("events") and "record" in db.columns.get("reports", set()):
        # the split store keeps events in ``reports`` only: their records are the events layer
        evs = []
        for x in db.query("SELECT start_off, end_off, trigger_text, record FROM reports WHERE doc_key = ? ORDER BY seq",
                          (key,)):
            rec = json.loads(x["record"]) if isinstance(x["record"], str) else dict(x["record"] or {})
            rec.update(start=x["start_off"], end=x["end_off"], surface=d["text"][x["start_off"]:x["end_off"]])
            evs.append(rec)
        d["spans"]["events"] = evs
    d["duplicates"] = db.query(
        "SELECT DISTINCT x.doc_key, x.doc_id, x.title FROM near_duplicates n JOIN documents x ON x.doc_key = "
        "CASE WHEN n.doc_key = ? THEN n.other_key ELSE n.doc_key END WHERE n.doc_key = ? OR n.other_key = ? "
        "ORDER BY x.doc_key", (key, key, key))
    d["others_same_id"] = db.query("SELECT doc_key FROM documents WHERE doc_id = ? AND doc_key != ? ORDER BY doc_key",
                                   (doc_id, key))
    cols = db.columns.get("documents", set())
    rec = d.pop("record", None)
    rec = json.loads(rec) if isinstance(rec, str) and rec else (rec or {})
    for part in ("related", "related_headlines", "embeds"):
        v = d.get(part) if part in cols else rec.get(part)
        d[part] = json.loads(v) if isinstance(v, str) and v else (v or [])
    d["parts_stored"] = "record" in cols or "related" in cols or "embeds" in cols
    return d


def overview(db, weeks: int = 26) -> dict:
    counts = {
        "documents": db.scalar("SELECT COUNT(*) FROM documents") or 0,
        "incidents": db.scalar("SELECT COUNT(*) FROM events") or 0,
        "reports": db.scalar("SELECT COUNT(*) FROM reports") or 0,
        "aggregates": db.scalar("SELECT COUNT(*) FROM reports WHERE (count_low IS NOT NULL OR count_high IS NOT NULL) "
                                "AND json_array_length(json_extract(scope, '$.period')) > 0") or 0,
        "outlets": db.scalar("SELECT COUNT(*) FROM outlets") or 0,
        "verified": db.scalar("SELECT COUNT(*) FROM event_reviewed WHERE status = 'verified'") or 0,
        "rejected": db.scalar("SELECT COUNT(*) FROM event_reviewed WHERE status = 'rejected'") or 0,
    }
    if "kind" in db.columns.get("reports", set()):  # the split store: aggregates are reports, not events
        counts["aggregates"] = db.scalar("SELECT COUNT(*) FROM reports WHERE kind = 'aggregate'") or 0
    if "kind" in db.columns.get("events", set()):
        counts["incidents"] = db.scalar("SELECT COUNT(*) FROM events WHERE kind = 'incident'") or 0
    inc = " AND kind = 'incident'" if "kind" in db.columns.get("events", set()) else ""
    last = db.scalar("SELECT MAX(date_lo) FROM v_events WHERE date_value IS NOT NULL AND date_lo > '0001-01-01' "
                     "AND date_lo < '9999' AND review_status != 'rejected'" + inc)
    per_week: list[dict] = []
    if last:
        end = dt.date.fromisoformat(last)
        start = end - dt.timedelta(weeks=weeks)
        per_week = db.query(
            "SELECT date(date_lo, '-6 days', 'weekday 1') AS week, type, COUNT(*) AS n FROM v_events "
            "WHERE date_value IS NOT NULL AND date_lo > ? AND date_lo <= ? AND review_status != 'rejected'" + inc +
            " GROUP BY week, type ORDER BY week, type", (start.isoformat(), last))
    latest = db.query("SELECT d.doc_key, d.doc_id, d.title, d.published, o.name AS outlet, substr(d.text, 1, 160) AS "
                      "lead FROM documents d LEFT JOIN outlets o ON o.outlet_id = d.outlet_id ORDER BY "
                      "d.published IS NULL, d.published DESC, d.doc_key DESC LIMIT 10")
    places = db.query("SELECT admin1, COUNT(*) AS n FROM v_events WHERE admin1 IS NOT NULL AND review_status != "
                      "'rejected' GROUP BY admin1 ORDER BY n DESC, admin1 LIMIT 10")
    top_places = db.query("SELECT COALESCE(place_name, place_ar) AS place, admin1, COUNT(*) AS n FROM v_events WHERE "
                          "COALESCE(place_name, place_ar) IS NOT NULL AND review_status != 'rejected' GROUP BY "
                          "COALESCE(place_name, place_ar), admin1 ORDER BY n DESC, place LIMIT 10")
    # (aliased "who": documents has its own "source" column, which GROUP BY would pick)
    sources = db.query("SELECT COALESCE(r.reported_by, o.name) AS who, COUNT(DISTINCT r.event_id) AS n FROM reports r "
                       "JOIN documents d ON d.doc_key = r.doc_key LEFT JOIN outlets o ON o.outlet_id = d.outlet_id "
                       "WHERE r.event_id IS NOT NULL AND COALESCE(r.reported_by, o.name) IS NOT NULL GROUP BY who "
                       "ORDER BY n DESC, who LIMIT 10")
    return {"counts": counts, "per_week": per_week, "latest": latest, "governorates": places,
            "top_places": top_places, "sources": sources}


def choices(db) -> dict:
    """Values for the filter form's drop-downs."""
    return {
        "types": [r["type"] for r in db.query("SELECT DISTINCT type FROM events ORDER BY type")],
        "governorates": [r["admin1"] for r in db.query(
            "SELECT DISTINCT admin1 FROM events WHERE admin1 IS NOT NULL ORDER BY admin1")],
    }


def estimates(db, type: str | None = None, include_all: bool = False) -> list[dict]:
    """Claimed figures grouped by topic (event type), one row per claim, never averaged."""
    where = ["1 = 1"]
    params: list = []
    if type:
        where.append("type = ?")
        params.append(type)
    if not include_all:
        where.append("modality = 'asserted'")
    rows = db.query(f"SELECT * FROM v_estimates WHERE {' AND '.join(where)} ORDER BY type, published, report_id",
                    params)
    topics: dict[str, list[dict]] = {}
    for r in rows:
        scope = json.loads(r.pop("scope") or "{}")
        r["rank"] = ", ".join(scope.get("rank") or [])
        r["period"] = ", ".join(scope.get("period") or [])
        r["scope_place"] = scope.get("place")
        topics.setdefault(r["type"], []).append(r)
    out = []
    for t, rs in topics.items():
        highs = [v for r in rs for v in (r["count_low"], r["count_high"]) if v is not None]
        out.append({"topic": t, "claims": rs, "max": max(highs) if highs else 0})
    return out


def _fatalities_expr(db) -> str:
    """An event's own deaths on the base table (the view already has ``fatalities``)."""
    if "fatalities_low" in db.columns.get("events", set()):
        return "e.fatalities_low"
    return "CASE WHEN e.type = 'casualties' AND e.subtype = 'killed' THEN e.count_low END"


def map_points(db, f: EventFilter) -> list[dict]:
    """Events grouped by map point: how many, their summed deaths and stated counts. Unreviewed
    events are grouped on the table (indexes), reviewed ones through the view, then added up."""
    located = "e.lat IS NOT NULL AND e.lon IS NOT NULL"
    wb, pb = event_where(f, db, base=True)
    wb = (wb + " AND " if wb else " WHERE ") + located + " AND e.event_id NOT IN (SELECT event_id FROM event_reviewed)"
    wv, pv = event_where(f, db)
    wv = (wv + " AND " if wv else " WHERE ") + located + " AND e.event_id IN (SELECT event_id FROM event_reviewed)"
    cols = ("ROUND(e.lat, 4) AS lat, ROUND(e.lon, 4) AS lon, MIN(COALESCE(e.place_name, e.place_ar)) AS place, "
            "MIN(e.place_ar) AS place_ar, MIN(e.admin1) AS admin1, COUNT(*) AS events, ")
    group = " GROUP BY ROUND(e.lat, 4), ROUND(e.lon, 4)"
    points: dict[tuple, dict] = {}
    for rows in (db.query(f"SELECT {cols} SUM(COALESCE({_fatalities_expr(db)}, 0)) AS fatalities, "
                          f"SUM(COALESCE(e.count_low, 0)) AS count FROM events e{wb}{group}", pb),
                 db.query(f"SELECT {cols} SUM(COALESCE(e.fatalities, 0)) AS fatalities, "
                          f"SUM(COALESCE(e.count_low, 0)) AS count FROM v_events e{wv}{group}", pv)):
        for r in rows:
            k = (r["lat"], r["lon"])
            if k in points:
                p = points[k]
                for c in ("events", "fatalities", "count"):
                    p[c] += r[c]
            else:
                points[k] = r
    return sorted(points.values(), key=lambda p: (-p["events"], p["lat"], p["lon"]))
