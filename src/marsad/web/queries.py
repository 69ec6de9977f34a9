"""The workbench's pages as plain data, assembled from the shared views (``marsad.views``) and the
store's interface, the same ones ``marsad events``/``estimates``/``export`` print: one event row,
one filter (``store.filters.EventFilter``), one review record for CLI and web alike. What is the
web's own: the page around the rows (totals, paging, each mention in its sentence) and the
whole-database summaries of the overview and the map, in SQL both SQLite and PostgreSQL run.
"""
from __future__ import annotations

import datetime as dt

from ..store.filters import REVIEW_STATES, SORTS, EventFilter  # noqa: F401 - the pages' vocabulary
from ..views.documents import document_view
from ..views.estimates import estimate_rows
from ..views.events import event_detail, event_rows

MODALITIES = ("asserted", "attempted", "negated", "denied", "future", "hypothetical", "call")
KINDS = ("incident", "aggregate")
COUNT_CAP = 10_000  # a list counts its rows up to here, then says "10,000+"


def web_row(row: dict) -> dict:
    """A views.events row with what the pages show beside it: the machine's value of each reviewed
    field (struck through), deaths, and the review state in words."""
    ext = row.get("extracted") or {}
    row["review_status"] = row.get("review_status") or "unreviewed"
    row["fatalities"] = row.get("fatalities_low")
    for col, name in (("type", "machine_type"), ("date_value", "machine_date"), ("place_name", "machine_place"),
                      ("count_low", "machine_count_low"), ("count_high", "machine_count_high")):
        row[name] = ext.get(col, row.get(col))
    return row


def list_events(db, f: EventFilter, page: int = 1, per_page: int = 50) -> dict:
    """One page of filtered events and their total (exact up to COUNT_CAP)."""
    per_page = max(1, min(int(per_page), 500))
    page = max(1, int(page))
    f.limit, f.offset = per_page, (page - 1) * per_page
    rows = [web_row(r) for r in event_rows(db.store, f)]
    # paging through a list counts the same filter again: kept per filter until data changes
    key = "count:" + repr(sorted(f.params().items()))
    total = db.memo(key, lambda: db.store.count_events(f, cap=COUNT_CAP + 1))
    capped = total > COUNT_CAP
    total = min(total, COUNT_CAP) if capped else total
    return {"total": total, "total_capped": capped, "page": page, "per_page": per_page,
            "pages": max(1, -(-total // per_page)) + (1 if capped else 0), "events": rows}


def get_event(db, event_id: int) -> dict | None:
    """The event with every report, each mention marked in its sentence, and its reviews."""
    from .highlight import mention_sentences

    ev = event_detail(db.store, event_id)
    if ev is None:
        return None
    web_row(ev)
    texts = db.store.texts(r["doc_key"] for r in ev["reports"])
    for r in ev["reports"]:
        rec = r.get("record") or {}
        mentions = rec.get("mentions") or [{"start": r["start_off"], "end": r["end_off"]}]
        r["mentions"] = mention_sentences(texts.get(r["doc_key"], ""), mentions)
    ev["actor_records"] = ev["reviewed_actors"] if ev.get("reviewed_actors") else machine_actors(ev["reports"])
    return ev


def machine_actors(reports: list[dict]) -> list[dict]:
    """The actors the reports name, each (surface, role) once, in report order: what the event
    page and its review form show while no analyst has corrected them."""
    seen, acts = set(), []
    for r in reports:
        for a in r.get("actors") or []:
            if isinstance(a, dict) and (a.get("surface"), a.get("role")) not in seen:
                seen.add((a.get("surface"), a.get("role")))
                acts.append(a)
    return acts


def find_document(db, doc_id: str, key: int | None = None) -> dict | None:
    """A document as the store keeps it (text, metadata, every span layer, related articles and
    embeds), with its reports and the documents linked to it."""
    rec = document_view(db.store, int(key) if key is not None else str(doc_id))
    if rec is None or rec["_store"]["doc_id"] != str(doc_id):
        return None
    st = rec.pop("_store")
    text = rec["text"]
    d = {k: rec.get(k) for k in ("text", "title", "outlet", "author", "url", "published", "related",
                                 "related_headlines", "embeds")}
    d.update(doc_id=st["doc_id"], doc_key=st["doc_key"], duplicate_of=st["duplicate_of"], parts_stored=True)
    for k in ("related", "related_headlines", "embeds"):
        d[k] = d[k] or []
    spans = {}
    for layer, recs in rec.items():
        if isinstance(recs, list) and recs and all(isinstance(r, dict) and "start" in r for r in recs):
            spans[layer] = recs
    for r in spans.get("events", []):  # event records name their trigger, not their surface
        r.setdefault("surface", text[int(r["start"]):int(r["end"])])
    d["spans"] = spans
    d["reports"] = [{k: r[k] for k in ("report_id", "event_id", "type", "modality", "start_off", "end_off",
                                       "trigger_text", "count_low", "count_high", "reported_by")}
                    for r in db.store.reports(doc_key=st["doc_key"])]
    links = db.store.document_links(st["doc_key"])
    d["duplicates"], d["others_same_id"] = links["duplicates"], links["same_id"]
    return d


def estimates(db, type: str | None = None, include_all: bool = False) -> list[dict]:
    """Claimed figures grouped by topic (event type), one row per claim, never averaged: the rows
    ``marsad estimates`` prints."""
    topics: dict[str, list[dict]] = {}
    for r in estimate_rows(db.store, type or None, include_all):
        topics.setdefault(r["type"], []).append(r)
    out = []
    for t, rs in sorted(topics.items()):
        highs = [v for r in rs for v in (r["low"], r["high"]) if v is not None]
        out.append({"topic": t, "claims": rs, "max": max(highs) if highs else 0})
    return out


# -- whole-database summaries (memoised per database version by the app) ----------------------------
def _week(db, col: str) -> str:
    """The Monday of the week of a date column, as ISO text, in the database's own dialect."""
    if db.dialect == "sqlite":
        return f"date({col}, '-6 days', 'weekday 1')"
    return f"CAST(CAST(date_trunc('week', {col}) AS DATE) AS TEXT)"


def overview(db, weeks: int = 26) -> dict:
    q, one = db.query, db.scalar
    counts = {
        "documents": one("SELECT COUNT(*) FROM documents") or 0,
        "incidents": one("SELECT COUNT(*) FROM events WHERE kind = 'incident'") or 0,
        "reports": one("SELECT COUNT(*) FROM reports") or 0,
        "aggregates": one("SELECT COUNT(*) FROM reports WHERE kind = 'aggregate'") or 0,
        "outlets": one("SELECT COUNT(*) FROM outlets") or 0,
        "verified": one("SELECT COUNT(*) FROM event_reviewed WHERE status = 'verified'") or 0,
        "rejected": one("SELECT COUNT(*) FROM event_reviewed WHERE status = 'rejected'") or 0,
    }
    live = "kind = 'incident' AND review_status != 'rejected'"
    last = one(f"SELECT MAX(date_lo) FROM v_events WHERE date_value IS NOT NULL AND date_lo > '0001-01-01' "
               f"AND date_lo < '9999-01-01' AND {live}")
    per_week: list[dict] = []
    if last:
        end = dt.date.fromisoformat(str(last)[:10])
        start = end - dt.timedelta(weeks=weeks)
        per_week = q(f"SELECT {_week(db, 'date_lo')} AS week, type, COUNT(*) AS n FROM v_events WHERE date_value IS "
                     f"NOT NULL AND date_lo > ? AND date_lo <= ? AND {live} GROUP BY {_week(db, 'date_lo')}, type "
                     "ORDER BY week, type", (start.isoformat(), end.isoformat()))
    latest = q("SELECT d.doc_key, d.doc_id, d.title, d.published, o.name AS outlet, substr(d.text, 1, 160) AS lead "
               "FROM documents d LEFT JOIN outlets o ON o.outlet_id = d.outlet_id ORDER BY "
               "CASE WHEN d.published IS NULL THEN 1 ELSE 0 END, d.published DESC, d.doc_key DESC LIMIT 10")
    govs = q(f"SELECT admin1, COUNT(*) AS n FROM v_events WHERE admin1 IS NOT NULL AND {live} GROUP BY admin1 "
             "ORDER BY n DESC, admin1 LIMIT 10")
    top_places = q(f"SELECT COALESCE(place_name, place_ar) AS place, admin1, COUNT(*) AS n FROM v_events WHERE "
                   f"COALESCE(place_name, place_ar) IS NOT NULL AND {live} GROUP BY COALESCE(place_name, place_ar), "
                   "admin1 ORDER BY n DESC, place LIMIT 10")
    sources = q("SELECT s.source AS who, COUNT(DISTINCT s.event_id) AS n FROM event_sources s GROUP BY s.source "
                "ORDER BY n DESC, who LIMIT 10")
    return {"counts": counts, "per_week": per_week, "latest": latest, "governorates": govs,
            "top_places": top_places, "sources": sources}


def choices(db) -> dict:
    """Values for the filter form's drop-downs."""
    return {
        "types": [r["type"] for r in db.query("SELECT DISTINCT type FROM events ORDER BY type")],
        "governorates": [r["admin1"] for r in db.query(
            "SELECT DISTINCT admin1 FROM events WHERE admin1 IS NOT NULL ORDER BY admin1")],
    }


def map_points(db, f: EventFilter) -> list[dict]:
    """The filtered events grouped by map point: how many, their summed deaths and stated counts
    (the store's filter; unreviewed events grouped on the table, reviewed ones on the view)."""
    lat, lon = "ROUND(CAST(e.lat AS NUMERIC), 4)", "ROUND(CAST(e.lon AS NUMERIC), 4)"
    points: dict[tuple, dict] = {}
    with db.store.unit() as tx:
        for table, where, params, view in db.store.event_selects(tx, f):
            deaths = "e.fatalities" if view else "e.fatalities_low"
            for r in tx.query(
                    f"SELECT {lat} AS lat, {lon} AS lon, MIN(COALESCE(e.place_name, e.place_ar)) AS place, "
                    f"MIN(e.place_ar) AS place_ar, MIN(e.admin1) AS admin1, COUNT(*) AS events, "
                    f"SUM(COALESCE({deaths}, 0)) AS fatalities, SUM(COALESCE(e.count_low, 0)) AS count "
                    f"FROM {table} e WHERE {where} AND e.lat IS NOT NULL AND e.lon IS NOT NULL "
                    f"GROUP BY {lat}, {lon}", params):
                r["lat"], r["lon"] = float(r["lat"]), float(r["lon"])
                k = (r["lat"], r["lon"])
                if k in points:
                    for c in ("events", "fatalities", "count"):
                        points[k][c] += r[c]
                else:
                    points[k] = r
    return sorted(points.values(), key=lambda p: (-p["events"], p["lat"], p["lon"]))
