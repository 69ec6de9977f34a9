"""Analyst review from a form or the API: what an analyst typed, read into the stored form of
each field, and written through the store (``Store.add_review``, store/reviews.py), the one way
reviews are recorded by CLI, web and scripts alike: one appended record per changed field (who,
when, field, old, new, note), the machine's extraction never overwritten. An empty value hands
the field back to the machine.
"""
from __future__ import annotations

import re

from ..store.filters import FilterError, lookup_place, parse_date_bound
from .queries import machine_actors

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
        try:
            parse_date_bound(v)
        except FilterError as e:
            raise ReviewError(str(e)) from None
        return v
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


def apply(store, event_id: int, changes: dict, reviewer: str, note: str | None, event_types: tuple[str, ...],
          now: str | None = None) -> list[dict]:
    """Store one review record per changed field, all or none; returns the records written.
    ``changes`` maps field -> raw value; a value equal to the present one writes nothing."""
    from ..store import StoreError
    from ..store import reviews as rv

    reviewer = (reviewer or "").strip()[:100]
    if not reviewer:
        raise ReviewError("say who is reviewing (a name or initials)")
    parsed = {}
    for field in FIELDS:
        if field in changes:
            parsed[field] = normalise(field, changes[field], event_types)
    written = []
    try:
        with store.transaction():
            with store.unit() as tx:
                if tx.scalar("SELECT 1 FROM events WHERE event_id = ?", (int(event_id),)) is None:
                    raise ReviewError(f"no event {event_id}")
            for field, new in parsed.items():
                with store.unit() as tx:
                    old = rv.current(tx, int(event_id), field)
                    reviewed = tx.scalar("SELECT 1 FROM reviews WHERE event_id = ? AND field = ?",
                                         (int(event_id), field)) is not None
                raw = changes[field]
                if field == "place" and isinstance(raw, str) and old and raw.strip() in (
                        old.get("name_ar"), old.get("name_en"), old.get("id")):
                    continue  # the form sends the place back as shown: not a correction
                if field == "actors" and old is None and _same(field, machine_actors(
                        store.reports(event_id=int(event_id))), new):
                    continue  # the form sends the reports' actors back as shown: not a correction
                if new is None and field != "status" and not reviewed:
                    continue  # empty and never reviewed: the machine's value stands already
                if _same(field, old, new):
                    continue
                store.add_review(int(event_id), field, new, reviewer, note, now)
                written.append({"field": field, "old": old, "new": new})
    except StoreError as e:
        raise ReviewError(str(e)) from None
    return written


def _same(field: str, old, new) -> bool:
    if old is None or new is None:
        return old is None and new is None
    if field == "place":
        return old.get("id") == new.get("id") and old.get("name_en") == new.get("name_en")
    if field == "actors":
        key = lambda acts: [(a.get("surface"), a.get("role")) for a in acts or []]  # noqa: E731
        return key(old) == key(new)
    if field == "count":
        return (old.get("low"), old.get("high")) == (new.get("low"), new.get("high"))
    return old == new
