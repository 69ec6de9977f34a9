"""Writing one analyst review: an appended ``reviews`` row (who, when, field, old, new, note) and
the field's latest value in ``event_reviewed``. The tables and the field vocabulary are shared
with the web workbench (web/reviews.py parses what an analyst types; this stores it), so the
CLI, the web and any script record reviews the same way on either backend."""
from __future__ import annotations

import json
from typing import Any

from . import merge

FIELDS = ("status", "type", "count", "fatalities", "place", "date", "actors")
STATUSES = ("verified", "rejected")
_LEVEL = {"governorate": 1, "district": 2, "subdistrict": 3}
_STATE_COLS = {"type": ["type"], "count": ["count_low", "count_high"], "fatalities": ["fatalities"],
               "place": ["place_name", "place_ar"], "date": ["date_value"], "actors": ["actors"]}


class ReviewValueError(ValueError):
    pass


def _j(v: Any) -> str | None:
    return None if v is None else json.dumps(v, ensure_ascii=False, sort_keys=True)


def current(tx, event_id: int, field: str):
    """The value an analyst sees now: the latest review of the field, else the machine's."""
    st = tx.one("SELECT * FROM event_reviewed WHERE event_id = ?", (event_id,)) or {}
    ev = tx.one("SELECT * FROM events WHERE event_id = ?", (event_id,)) or {}
    if field == "status":
        return st.get("status")
    if field == "type":
        return st.get("type") or ev.get("type")
    if field == "count":
        lo, hi = (st["count_low"], st["count_high"]) if st.get("count_low") is not None or \
            st.get("count_high") is not None else (ev.get("count_low"), ev.get("count_high"))
        return None if lo is None and hi is None else {"low": lo, "high": hi}
    if field == "fatalities":
        return st.get("fatalities") if st.get("fatalities") is not None else ev.get("fatalities_low")
    if field == "place":
        src = st if st.get("place_name") or st.get("place_ar") else ev
        if not src.get("place_name") and not src.get("place_ar"):
            return None
        return {"id": src.get("place_id"), "name_en": src.get("place_name"), "name_ar": src.get("place_ar"),
                "admin1_en": src.get("admin1"), "admin2_en": src.get("admin2"), "lat": src.get("lat"),
                "lon": src.get("lon")}
    if field == "date":
        return st.get("date_value") or ev.get("date_value")
    if field == "actors":
        return json.loads(st["actors"]) if st.get("actors") else None
    raise ReviewValueError(f"cannot review the field {field!r}")


def _check(field: str, new):
    if new is None:
        return None
    if field == "status" and new not in STATUSES:
        raise ReviewValueError(f"status must be verified or rejected (None: unreviewed), not {new!r}")
    if field == "count":
        if not isinstance(new, dict) or (new.get("low") is None and new.get("high") is None):
            raise ReviewValueError("a count is {'low': ..., 'high': ...}")
        lo, hi = new.get("low"), new.get("high")
        if lo is not None and hi is not None and hi < lo:
            raise ReviewValueError("the high figure is below the low one")
        return {"low": lo, "high": hi}
    if field == "date":
        lo, _ = merge.date_interval(str(new), _grain(str(new)), "text", widen=False)
        if lo == merge.MIN_DATE:
            raise ReviewValueError(f"not a date (YYYY, YYYY-MM or YYYY-MM-DD): {new!r}")
    if field == "place" and not isinstance(new, dict):
        raise ReviewValueError("a place is a place record")
    if field == "actors" and not isinstance(new, list):
        raise ReviewValueError("actors are a list of {'surface', 'role', 'canonical'}")
    return new


def _grain(v: str) -> str | None:
    return {4: "year", 7: "month", 10: "day"}.get(len(v))


def write(tx, event_id: int, field: str, new, reviewer: str, note: str | None, now: str) -> int:
    new = _check(field, new)
    old = current(tx, event_id, field)
    tx.execute("INSERT INTO event_reviewed (event_id) VALUES (?) ON CONFLICT (event_id) DO NOTHING", (event_id,))
    rid = tx.scalar("INSERT INTO reviews (event_id, field, old_value, new_value, reviewer, created_at, note) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING review_id",
                    (event_id, field, _j(old), _j(new), reviewer, now, note))
    if field == "status":
        sets = {"status": new}
    elif field == "type":
        sets = {"type": new}
    elif field == "count":
        sets = {"count_low": new and new["low"], "count_high": new and new["high"]}
    elif field == "fatalities":
        sets = {"fatalities": new}
    elif field == "place":
        p = new or {}
        sets = {"place_id": p.get("id"), "place_name": p.get("name_en"), "place_ar": p.get("name_ar"),
                "admin1": p.get("admin1_en"), "admin2": p.get("admin2_en"), "lat": p.get("lat"), "lon": p.get("lon"),
                "place_level": _LEVEL.get(p.get("level"), 4) if new else None}
    elif field == "date":
        if new is None:
            sets = {"date_value": None, "date_grain": None, "date_lo": None, "date_hi": None}
        else:
            lo, hi = merge.date_interval(new, _grain(new), "text", widen=False)
            sets = {"date_value": new, "date_grain": _grain(new), "date_lo": lo, "date_hi": hi}
    else:
        sets = {"actors": _j(new)}
    sets["reviewed_at"] = now
    tx.execute(f"UPDATE event_reviewed SET {', '.join(k + ' = ?' for k in sets)} WHERE event_id = ?",
               (*sets.values(), event_id))
    return int(rid)
