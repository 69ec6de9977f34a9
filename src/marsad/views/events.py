"""Event rows as plain data: the list (one row per merged incident, reviewed values shown) and
the detail (the event with every report and its document, and the review history)."""
from __future__ import annotations

from typing import Any

from ..store.filters import EventFilter

_PLACE_COLS = ("place_id", "place_name", "place_ar", "admin1", "admin2", "lat", "lon", "place_level")


def apply_reviews(row: dict, state: dict | None, reviews: list[dict] | None = None) -> dict:
    """The row with the analysts' latest values (``state``: the event's ``event_reviewed`` row)
    laid over the machine's; ``extracted`` keeps the machine's value of each reviewed field,
    ``review_status`` is verified, rejected or None, ``reviewed_by`` who reviewed it."""
    import json

    state = state or {}
    reviews = reviews or []
    row["review_status"] = state.get("status")
    row["reviewed"] = bool(reviews) or any(v is not None for k, v in state.items()
                                           if k not in ("event_id", "reviewed_at"))
    row["reviewed_by"] = sorted({r["reviewer"] for r in reviews})
    ext: dict = {}

    def put(col, value):
        ext.setdefault(col, row.get(col))
        row[col] = value

    if state.get("type"):
        put("type", state["type"])
    if state.get("count_low") is not None or state.get("count_high") is not None:
        put("count_low", state.get("count_low"))
        put("count_high", state.get("count_high"))
    if state.get("fatalities") is not None:
        put("fatalities_low", state["fatalities"])
        put("fatalities_high", state["fatalities"])
    if state.get("place_name") or state.get("place_ar"):
        for c in _PLACE_COLS:
            put(c, state.get(c))
        put("admin3", None)
    if state.get("date_value"):
        for c in ("date_value", "date_grain", "date_lo", "date_hi"):
            put(c, state.get(c))
    if state.get("actors"):
        row["reviewed_actors"] = json.loads(state["actors"])
    row["extracted"] = ext
    return row


def _sources(reports: list[dict]) -> list[str]:
    return list(dict.fromkeys(r.get("reported_by") or r.get("outlet") or "" for r in reports if
                              r.get("reported_by") or r.get("outlet")))


def event_row(e: dict, state: dict | None = None, reviews: list[dict] | None = None) -> dict:
    reps = e.get("reports") or []
    row: dict[str, Any] = {k: v for k, v in e.items() if k not in ("reports", "anchor_low", "anchor_high")}
    row["outlets"] = list(dict.fromkeys(r["outlet"] for r in reps if r.get("outlet")))
    row["sources"] = _sources(reps)
    row["actors"] = list(dict.fromkeys(
        str(a.get("canonical") or a.get("surface")) for r in reps for a in r.get("actors") or []
        if isinstance(a, dict) and (a.get("canonical") or a.get("surface"))))
    # the names in marsad's actor list (data/events/actors.json), the same actor once however told
    row["actors_canonical"] = list(dict.fromkeys(
        str(a["canonical"]) for r in reps for a in r.get("actors") or []
        if isinstance(a, dict) and a.get("canonical")))
    row["document_ids"] = list(dict.fromkeys(str(r["doc_id"]) for r in reps))
    row["reported_by"] = list(dict.fromkeys(r["reported_by"] for r in reps if r.get("reported_by")))
    row["agents"], row["others"] = [], []
    for r in reps:
        for a in r.get("actors") or []:
            if isinstance(a, dict) and (a.get("canonical") or a.get("surface")):
                name = str(a.get("canonical") or a.get("surface"))
                bucket = row["agents"] if a.get("role") == "agent" else row["others"]
                if name not in bucket:
                    bucket.append(name)
    row["sentence"] = reps[0]["sentence"] if reps else ""
    row["date_source"] = reps[0]["date_source"] if reps else None
    row["figures"] = [{"low": r["count_low"], "high": r["count_high"], "source": r.get("reported_by") or
                       r.get("outlet"), "document": r["doc_id"]} for r in reps]
    row = apply_reviews(row, state, reviews)
    if row.get("reviewed_actors"):
        acts = row["reviewed_actors"]
        row["actors"] = [str(a.get("canonical") or a.get("surface")) for a in acts]
        row["agents"] = [str(a.get("canonical") or a.get("surface")) for a in acts if a.get("role") == "agent"]
        row["others"] = [str(a.get("canonical") or a.get("surface")) for a in acts if a.get("role") != "agent"]
        row["actors_canonical"] = list(dict.fromkeys(str(a["canonical"]) for a in acts if a.get("canonical")))
    return row


def event_rows(store, filt: EventFilter | None = None) -> list[dict]:
    """One plain row per merged incident matching the filter, oldest first."""
    # a report's actors are a column of their own: lists need not read each report's whole record
    events = store.events(filt or EventFilter(), report_records=False)
    ids = [e["event_id"] for e in events]
    states = store.reviewed(ids) if ids else {}
    by: dict[int, list] = {}
    for r in store.reviews(ids) if ids else []:
        by.setdefault(r["event_id"], []).append(r)
    return [event_row(e, states.get(e["event_id"]), by.get(e["event_id"])) for e in events]


def event_detail(store, event_id: int) -> dict | None:
    """The event with every report (its document, outlet, sentence and full record) and reviews."""
    e = store.event(event_id)
    if e is None:
        return None
    reviews = store.reviews([event_id])
    row = event_row(e, store.reviewed([event_id]).get(event_id), reviews)
    row["reports"] = e["reports"]
    row["reviews"] = reviews
    return row
