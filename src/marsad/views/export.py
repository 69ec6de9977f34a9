"""Export rows: one row per merged incident with ACLED's column names plus marsad's own columns
(count range, reports, outlets, document ids) so every figure stays traceable.

When ``views/acled.py`` (the ACLED v2 row maker, owned by the events work) is present, the
``acled-csv`` format uses it; these rows remain the ``jsonl``/``parquet``/``csv`` export and the
fallback.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Iterator

from ..arabic.normalize import fold_str
from ..store.filters import EventFilter
from .events import event_rows

ACLED_COLUMNS = ["event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type", "actor1",
                 "actor2", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude",
                 "geo_precision", "source", "notes", "fatalities"]
MARSAD_COLUMNS = ["event_id", "marsad_type", "subtype", "count_low", "count_high", "reports", "outlets",
                  "document_ids", "reported_by", "date_lo", "date_hi", "review_status"]
COLUMNS = ACLED_COLUMNS + MARSAD_COLUMNS
TYPES = {"year": "int32", "time_precision": "int8", "latitude": "float64", "longitude": "float64",
         "geo_precision": "int8", "fatalities": "int32", "event_id": "int64", "count_low": "float64",
         "count_high": "float64", "reports": "int32", "outlets": "int32"}
_TYPES_FILE = Path(__file__).resolve().parents[1] / "data" / "events" / "types.json"


@lru_cache(maxsize=1)
def _types() -> dict:
    return json.loads(_TYPES_FILE.read_text(encoding="utf-8"))


def acled_types(marsad_type: str, text: str = "") -> tuple[str, str]:
    cfg = _types()
    t = cfg["types"].get(marsad_type) or cfg["types"]["other"]
    if "acled_government" in t:
        f = fold_str(text)
        if any(fold_str(w) in f for w in cfg["government_actor_words"]):
            return tuple(t["acled_government"])  # type: ignore[return-value]
    return tuple(t["acled"])  # type: ignore[return-value]


def _time_precision(grain: str | None, date_source: str | None) -> int:
    if grain == "day" and date_source != "published":
        return 1
    if grain in ("day", "week"):
        return 2
    return 3


def _geo_precision(level: int | None) -> int:
    return {4: 1, 3: 2, 2: 2, 1: 3}.get(level or 0, 3)


def rows(store, filt: EventFilter | None = None) -> Iterator[dict]:
    """Export rows of the merged incidents matching the filter (reviewed values applied; events an
    analyst rejected are left out unless the filter asks for them; with ``reviewed_only`` only
    reviewed, not rejected, events)."""
    f = filt or EventFilter()
    for e in event_rows(store, f):
        if e.get("review_status") == "rejected" and f.review != "rejected":
            continue
        yield row(e)


def row(e: dict) -> dict:
    """One export row from an event row (views.events.event_row)."""
    agents = e["agents"]
    etype, sub = acled_types(e["type"], (e.get("sentence") or "") + " " + " ".join(agents))
    date = e.get("date_value") or ""
    fatal = e.get("fatalities_low")
    return {
        "event_id_cnty": f"MRS{e['event_id']}", "event_date": date,
        "year": int(date[:4]) if date[:4].isdigit() else None,
        "time_precision": _time_precision(e.get("date_grain"), e.get("date_source")),
        "event_type": etype, "sub_event_type": sub,
        "actor1": agents[0] if agents else "", "actor2": e["others"][0] if e["others"] else "",
        "country": "Syria" if e.get("country") in (None, "SYR", "Syria") else e["country"],
        "admin1": e.get("admin1") or "", "admin2": e.get("admin2") or "", "admin3": e.get("admin3") or "",
        "location": e.get("place_name") or e.get("place_ar") or "",
        "latitude": e.get("lat"), "longitude": e.get("lon"), "geo_precision": _geo_precision(e.get("place_level")),
        "source": "; ".join(dict.fromkeys(e["reported_by"] + e["outlets"])),
        "notes": (e.get("sentence") or "")[:500], "fatalities": int(fatal) if fatal is not None else 0,
        "event_id": e["event_id"], "marsad_type": e["type"], "subtype": e.get("subtype") or "",
        "count_low": e.get("count_low"), "count_high": e.get("count_high"),
        "reports": e.get("n_reports"), "outlets": e.get("n_outlets"),
        "document_ids": ";".join(e["document_ids"]), "reported_by": "; ".join(e["reported_by"]),
        "date_lo": e.get("date_lo"), "date_hi": e.get("date_hi"), "review_status": e.get("review_status") or "",
    }


# ACLED v2 columns with a numeric type (for Parquet); the rest are text.
ACLED_TYPES = {"year": "int32", "time_precision": "int8", "inter1": "int8", "inter2": "int8", "interaction": "int16",
               "latitude": "float64", "longitude": "float64", "geo_precision": "int8", "fatalities": "int32",
               "timestamp": "int64"}


def _figure(lo, hi, approx: bool = False) -> dict | None:
    if lo is None and hi is None:
        return None
    return {"low": lo, "high": hi, "approx": approx}


def incident_records(store, filt: EventFilter | None = None) -> Iterator[dict]:
    """Each merged incident as one contract v2 event record (what views/acled.py reads): the
    record of its best-dated report, with the event's merged values (reviewed values applied):
    figure envelopes, date, the most specific place any report gives, every report's actors,
    and the store's ``event_id``, ``outlet`` and ``reports``."""
    from ..store import merge
    from .events import apply_reviews

    events = store.events(filt or EventFilter())
    ids = [e["event_id"] for e in events]
    states = store.reviewed(ids) if ids else {}
    for e in events:
        reps = e["reports"]
        row = apply_reviews({k: v for k, v in e.items() if k != "reports"}, states.get(e["event_id"]))
        if row.get("review_status") == "rejected" and (filt is None or filt.review != "rejected"):
            continue
        best = next((r for r in reps if r["date_value"] == e["date_value"] and r["date_grain"] == e["date_grain"]),
                    reps[0] if reps else None)
        rec = dict(best["record"]) if best else {}
        places = [r["record"].get("place") for r in reps if isinstance(r["record"].get("place"), dict)]
        place = dict(max(places, key=merge.place_level)) if places else None
        if place is not None and "place_name" in row.get("extracted", {}):
            place["name_en"] = row["place_name"]
        actors, seen = list(row.get("reviewed_actors") or []), {"reviewed"} if row.get("reviewed_actors") else set()
        for r in reps if not actors else []:
            for a in r["record"].get("actors") or []:
                if isinstance(a, dict):
                    key = (a.get("canonical") or a.get("surface"), a.get("role"))
                    if key not in seen:
                        seen.add(key)
                        actors.append(a)
        approx = any(r.get("approx") for r in reps)
        rec.update({
            "event_id": e["event_id"], "kind": "incident", "type": row["type"], "subtype": row.get("subtype"),
            "modality": "asserted",
            "count": _figure(row.get("count_low"), row.get("count_high"), approx),
            "fatalities": _figure(row.get("fatalities_low"), row.get("fatalities_high")),
            "injured": _figure(row.get("injured_low"), row.get("injured_high")),
            "date": row.get("date_value"), "date_grain": row.get("date_grain"),
            "date_source": best["date_source"] if best else None, "place": place, "actors": actors,
            # history only if every report recalls it (a recall merged into a news report is that news)
            "background": all(r.get("background") for r in reps) if reps else bool(rec.get("background")),
            "outlet": reps[0]["outlet"] if reps else None,
            "reports": [{"outlet": r["outlet"], "doc_id": r["doc_id"], "reported_by": r["reported_by"]} for r in reps],
            "review_status": row.get("review_status"),
        })
        yield rec
