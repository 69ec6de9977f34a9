"""Analyst review: verify, reject or correct an event without touching the machine's extraction.

Each changed field is one appended row of ``reviews`` (who, when, field, old, new, note); the
latest reviewed value of each field sits in ``event_reviewed`` and the ``v_events`` view lays it
over the machine's. An empty value hands the field back to the machine.
"""
from __future__ import annotations

import datetime as dt
import json
import re

from .queries import lookup_place

FIELDS = ("status", "type", "count", "fatalities", "place", "date", "actors")
ROLES = ("agent", "target", "source")


class ReviewError(ValueError):
    """A value an analyst typed that cannot be stored (message says why, in plain English)."""


def _num(v) -> float | None:
    if v is None or str(v).strip() == "":
        return None
    try:
        x = float(str(v).replace(",", "").strip())
    except ValueError:
        raise ReviewError(f"not a number: {v!r}") from None
    if x < 0:
        raise ReviewError(f"a figure cannot be negative: {v!r}")
    return x


def _date(v: str) -> tuple[str, str, str, str]:
    """(value, grain, first day, last day) of YYYY, YYYY-MM or YYYY-MM-DD."""
    from ..store.merge import date_interval

    v = v.strip()
    grain = {4: "year", 7: "month", 10: "day"}.get(len(v))
    if not grain or not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", v):
        raise ReviewError(f"not a date (YYYY, YYYY-MM or YYYY-MM-DD): {v!r}")
    lo, hi = date_interval(v, grain, "text", widen=False)
    if lo == "0001-01-01":
        raise ReviewError(f"no such date: {v!r}")
    return v, grain, lo, hi


def parse_actors(text: str) -> list[dict]:
    """One actor per line or ';': "role: name" (role agent, target or source) or a bare name (agent)."""
    out = []
    for part in re.split(r"[;\n]", text or ""):
        part = part.strip()
        if not part:
            continue
        role, name = "agent", part
        m = re.match(r"(\w+)\s*:\s*(.+)", part)
        if m and m.group(1).lower() in ROLES:
            role, name = m.group(1).lower(), m.group(2).strip()
        out.append({"surface": name[:200], "role": role, "canonical": None})
    return out


def normalise(field: str, value, event_types: tuple[str, ...]):
    """The stored form of a new value (None hands the field back to the machine)."""
    if field == "status":
        v = (value or "").strip() or "unreviewed"
        if v not in ("unreviewed", "verified", "rejected"):
            raise ReviewError(f"status must be verified, rejected or unreviewed, not {v!r}")
        return None if v == "unreviewed" else v
    if field == "type":
        v = (value or "").strip()
        if not v:
            return None
        if v not in event_types:
            raise ReviewError(f"unknown event type {v!r}")
        return v
    if field == "count":
        if isinstance(value, dict):
            lo, hi = _num(value.get("low")), _num(value.get("high"))
        else:
            lo, hi = _num(value), _num(value)
        if lo is None and hi is None:
            return None
        if lo is not None and hi is not None and hi < lo:
            raise ReviewError("the high figure is below the low one")
        return {"low": lo, "high": hi}
    if field == "fatalities":
        return _num(value)
    if field == "place":
        v = (value or "").strip() if isinstance(value, str) else value
        if not v:
            return None
        p = lookup_place(v) if isinstance(v, str) else None
        if p is None:
            raise ReviewError(f"no place called {v!r} in the gazetteer (give its Arabic or English name or id)")
        return {"id": p.get("id"), "name_en": p.get("name_en"), "name_ar": p.get("name_ar"),
                "admin1_en": p.get("admin1_en"), "admin2_en": p.get("admin2_en"), "lat": p.get("lat"),
                "lon": p.get("lon"), "level": p.get("level")}
    if field == "date":
        v = (value or "").strip()
        if not v:
            return None
        return _date(v)[0]
    if field == "actors":
        if isinstance(value, list):
            acts = [{"surface": str(a.get("surface", ""))[:200], "role": a.get("role", "agent"), "canonical":
                     a.get("canonical")} for a in value if isinstance(a, dict) and a.get("surface")]
            if any(a["role"] not in ROLES for a in acts):
                raise ReviewError("actor role must be agent, target or source")
        else:
            acts = parse_actors(value or "")
        return acts or None
    raise ReviewError(f"cannot review the field {field!r}")


def current(ev: dict, field: str):
    """An event's present (reviewed or machine) value of a field, in the stored form."""
    if field == "status":
        return None if ev["review_status"] == "unreviewed" else ev["review_status"]
    if field == "type":
        return ev["type"]
    if field == "count":
        if ev["count_low"] is None and ev["count_high"] is None:
            return None
        return {"low": ev["count_low"], "high": ev["count_high"]}
    if field == "fatalities":
        return ev["fatalities"]
    if field == "place":
        if not ev.get("place_name") and not ev.get("place_ar"):
            return None
        return {"id": ev.get("place_id"), "name_en": ev.get("place_name"), "name_ar": ev.get("place_ar"),
                "admin1_en": ev.get("admin1"), "admin2_en": ev.get("admin2"), "lat": ev.get("lat"), "lon": ev.get("lon")}
    if field == "date":
        return ev["date_value"]
    if field == "actors":
        return ev.get("actors") or None
    return None


_LEVEL = {"governorate": 1, "district": 2, "subdistrict": 3}


def apply(store, event_id: int, changes: dict, reviewer: str, note: str | None, event_types: tuple[str, ...],
          now: str | None = None) -> list[dict]:
    """Store one review record per changed field; returns the records written. ``changes`` maps
    field -> raw value; unchanged fields write nothing."""
    from .queries import get_event

    reviewer = (reviewer or "").strip()[:100]
    if not reviewer:
        raise ReviewError("say who is reviewing (a name or initials)")
    note = (note or "").strip()[:2000] or None
    ev = get_event(_StoreReader(store), event_id)
    if ev is None:
        raise ReviewError(f"no event {event_id}")
    now = now or dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()
    written = []
    store.execute("INSERT OR IGNORE INTO event_reviewed (event_id) VALUES (?)", (event_id,))
    for field in FIELDS:
        if field not in changes:
            continue
        raw = changes[field]
        old = current(ev, field)
        if field == "place" and isinstance(raw, str) and old and raw.strip() in (
                old.get("name_ar"), old.get("name_en"), old.get("id")):
            continue  # the form sends the place back as shown: not a correction
        new = normalise(field, raw, event_types)
        if field != "status" and new is not None and _same(field, old, new):
            continue
        if field != "status" and new is None and _machine_value_stands(store, event_id, field):
            continue
        if field == "status" and new == old:
            continue
        store.execute("INSERT INTO reviews (event_id, field, old_value, new_value, reviewer, created_at, note) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?)",
                      (event_id, field, _j(old), _j(new), reviewer, now, note))
        _set_state(store, event_id, field, new)
        written.append({"field": field, "old": old, "new": new})
    store.execute("UPDATE event_reviewed SET reviewed_at = ? WHERE event_id = ?", (now, event_id))
    return written


def _same(field: str, old, new) -> bool:
    if field == "place":
        return bool(old) and old.get("id") == new.get("id") and old.get("name_en") == new.get("name_en")
    if field == "actors":
        key = lambda acts: [(a.get("surface"), a.get("role")) for a in acts or []]  # noqa: E731
        return key(old) == key(new)
    return old == new


def _machine_value_stands(store, event_id: int, field: str) -> bool:
    cols = {"type": ["type"], "count": ["count_low", "count_high"], "fatalities": ["fatalities"],
            "place": ["place_name", "place_ar"], "date": ["date_value"], "actors": ["actors"]}[field]
    row = store.execute(f"SELECT {', '.join(cols)} FROM event_reviewed WHERE event_id = ?", (event_id,)).fetchone()
    return row is None or all(v is None for v in row)


def _j(v) -> str | None:
    return None if v is None else json.dumps(v, ensure_ascii=False, sort_keys=True)


def _set_state(store, event_id: int, field: str, new) -> None:
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
            v, grain, lo, hi = _date(new)
            sets = {"date_value": v, "date_grain": grain, "date_lo": lo, "date_hi": hi}
    else:
        sets = {"actors": _j(new)}
    store.execute(f"UPDATE event_reviewed SET {', '.join(k + ' = ?' for k in sets)} WHERE event_id = ?",
                  (*sets.values(), event_id))


class _StoreReader:
    """The store's own connection seen through the read interface (reads inside a write)."""

    def __init__(self, store):
        self.store = store
        self.sqlite = True
        self.columns = {}

    def query(self, sql, params=()):
        return self.store.query(sql, params)

    def scalar(self, sql, params=()):
        return self.store.scalar(sql, params)
