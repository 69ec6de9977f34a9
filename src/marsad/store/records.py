"""From an event or document record (the contract's JSON, v1 or v2) to the indexed columns the
store filters and merges on. The record itself is stored whole, so a field the extractor adds
tomorrow is kept without a migration; only what is filtered or merged on becomes a column.
"""
from __future__ import annotations

import json
import math
import re
from typing import Any

from . import merge

_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
# The largest magnitude kept in a numeric column (a REAL holds more, but nobody counts past this;
# the record keeps the text as written).
_MAX = 1e15


def dumps(v: Any) -> str:
    """Canonical JSON: sorted keys and real UTF-8, so identical input gives identical rows."""
    return json.dumps(v, ensure_ascii=False, sort_keys=True, default=str)


def num(v) -> float | None:
    """A finite float within bounds, else None (a 300-digit figure does not overflow a column)."""
    if v is None or isinstance(v, bool):
        return None
    try:
        f = float(v)
    except (TypeError, ValueError, OverflowError):
        return None
    if not math.isfinite(f) or abs(f) > _MAX:
        return None
    return f


def day(v) -> str | None:
    """An ISO day that a date column can hold, else None."""
    if isinstance(v, str) and _DAY.fullmatch(v):
        import datetime as dt

        try:
            dt.date.fromisoformat(v)
            return v
        except ValueError:
            return None
    return None


def figure(v) -> tuple[float | None, float | None, bool | None]:
    """(low, high, approx) of a contract figure ``{"low", "high", "approx"}`` or a bare number."""
    if isinstance(v, dict):
        return num(v.get("low")), num(v.get("high")), (bool(v["approx"]) if "approx" in v else None)
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return num(v), num(v), False
    return None, None, None


def kind(ev: dict) -> str:
    k = ev.get("kind")
    return k if k in ("incident", "aggregate") else "incident"


def place_view(p: dict | None) -> dict | None:
    """The place fields merging compares (see merge.place_match)."""
    if not isinstance(p, dict) or not p:
        return None
    return {"id": p.get("id"), "name_en": p.get("name_en"), "admin1_en": p.get("admin1_en"),
            "admin2_en": p.get("admin2_en"), "admin3_en": p.get("admin3_en"),
            "name": p.get("surface") or p.get("name_ar"), "level": merge.place_level(p)}


def place_cols(p: dict | None) -> dict:
    """Event place columns (place_id ... place_level)."""
    if not isinstance(p, dict) or not p:
        return dict.fromkeys(("place_id", "place_name", "place_ar", "admin1", "admin2", "admin3", "country",
                              "place_kind", "lat", "lon"), None) | {"place_level": 0}
    return {"place_id": _s(p.get("id")), "place_name": _s(p.get("name_en")),
            "place_ar": _s(p.get("surface") or p.get("name_ar")), "admin1": _s(p.get("admin1_en")),
            "admin2": _s(p.get("admin2_en")), "admin3": _s(p.get("admin3_en")), "country": _s(p.get("country")),
            "place_kind": _s(p.get("kind") or p.get("level")), "lat": num(p.get("lat")), "lon": num(p.get("lon")),
            "place_level": merge.place_level(p)}


def _s(v) -> str | None:
    return None if v is None else str(v)


def reported_by(ev: dict) -> tuple[str | None, str | None]:
    """(name, how): v2 gives {"surface", "canonical", "outlet"}; v1 a string plus a source tag."""
    rb = ev.get("reported_by")
    if isinstance(rb, dict):
        name = rb.get("canonical") or rb.get("name") or rb.get("surface")
        return _s(name), "outlet" if rb.get("outlet") else "text"
    return _s(rb), _s(ev.get("reported_by_source"))


def actor_names(ev: dict) -> list[str]:
    """Every name an actor goes by in the record (canonical and as written), unique, in order:
    what the actor filter searches."""
    out: list[str] = []
    for a in ev.get("actors") or []:
        if isinstance(a, dict):
            for n in (a.get("canonical"), a.get("surface")):
                if n and str(n) not in out:
                    out.append(str(n))
    return out


def fatalities(ev: dict) -> tuple[float | None, float | None]:
    if "fatalities" in ev:
        lo, hi, _ = figure(ev.get("fatalities"))
        return lo, hi
    if ev.get("type") == "casualties" and ev.get("subtype") == "killed":  # v1: the count was the deaths
        lo, hi, _ = figure(ev.get("count"))
        return lo, hi
    return None, None


def injured(ev: dict) -> tuple[float | None, float | None]:
    if "injured" in ev:
        lo, hi, _ = figure(ev.get("injured"))
        return lo, hi
    if ev.get("type") == "casualties" and ev.get("subtype") == "injured":
        lo, hi, _ = figure(ev.get("count"))
        return lo, hi
    return None, None


def report_cols(ev: dict, text: str) -> dict:
    """Every indexed column of a report, from its event record and the document text."""
    count_lo, count_hi, approx = figure(ev.get("count"))
    f_lo, f_hi = fatalities(ev)
    i_lo, i_hi = injured(ev)
    place = ev.get("place") if isinstance(ev.get("place"), dict) else None
    rb, rb_src = reported_by(ev)
    start, end = int(ev.get("start", 0)), int(ev.get("end", 0))
    s0, s1 = ev.get("sentence_start", start), ev.get("sentence_end", end)
    k = kind(ev)
    modality = _s(ev.get("modality")) or "asserted"
    date_value = ev.get("date") if isinstance(ev.get("date"), str) else None
    lo, hi = merge.date_interval(date_value, ev.get("date_grain"), ev.get("date_source"), widen=False)
    qty = ev.get("quantity")
    return {
        "kind": k, "type": str(ev.get("type") or "other"), "subtype": _s(ev.get("subtype")), "modality": modality,
        "background": bool(ev.get("background")), "counted_in": merge.counts_as_incident(k, modality),
        "start_off": start, "end_off": end, "trigger_text": str(ev.get("trigger") or text[start:end]),
        "sentence": text[s0:s1] if isinstance(s0, int) and isinstance(s1, int) else text[start:end],
        "count_low": count_lo, "count_high": count_hi, "approx": approx,
        "fatalities_low": f_lo, "fatalities_high": f_hi, "injured_low": i_lo, "injured_high": i_hi,
        "counted": _s(ev.get("counted")), "counted_en": _s(ev.get("counted_en")),
        "quantity": _s(qty.get("surface")) if isinstance(qty, dict) else None,
        "place_id": _s(place.get("id")) if place else None,
        "place_surface": _s(place.get("surface") or place.get("name_ar")) if place else None,
        "admin1": _s(place.get("admin1_en")) if place else None,
        "date_value": date_value, "date_grain": _s(ev.get("date_grain")), "date_source": _s(ev.get("date_source")),
        "date_lo": lo, "date_hi": hi,
        "reported_by": rb, "reported_by_source": rb_src, "confidence": num(ev.get("confidence")),
        "actor_names": actor_names(ev),
    }


def report_key(ev: dict) -> tuple:
    """Order of reports inside a document (the record's own order: start, end)."""
    return (ev.get("start", 0), ev.get("end", 0))
