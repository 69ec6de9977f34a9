"""When are two reports the same incident? Pure functions over plain dicts, so every backend
merges identically and the policy can be read and tested without a database.

Reports of one event differ in wording, figures and precision: one outlet says "أمس" (a day),
another "الأسبوع الماضي", a third only the month. So dates become intervals at their own grain and
must overlap (days get a small window for reporting lag); places must be equal or one inside the
other (a village and its governorate); counts must be of the same order (12 vs 15 killed is one
event seen twice, 12 vs 200 is not). The numbers live in ``marsad/data/store/merge.json``.

Only incidents (``kind == "incident"``) that happened (a counted modality) are merged: aggregates
are figures for the estimates table and never add to incident totals; denied, negated, future,
hypothetical and called-for events are kept as reports but count nowhere.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re

from ..resources import json_data  # the one resource loader (cached)

MIN_DATE, MAX_DATE = "0001-01-01", "9999-12-31"


def settings() -> dict:
    return json_data("store", "merge.json")


def counts_as_incident(kind: str, modality: str | None) -> bool:
    """Does a report add to incident totals (and so get merged into an event)?"""
    cfg = settings()
    return kind in cfg["merge_kinds"] and (modality or "asserted") in cfg["counted_modalities"]


def date_interval(value: str | None, grain: str | None, source: str | None, widen: bool = True) -> tuple[str, str]:
    """The days a report's date may denote; ``widen`` adds the reporting-lag window to exact days
    (applied to the incoming report only, so two day dates merge when at most that far apart)."""
    if not value:
        return MIN_DATE, MAX_DATE
    cfg = settings()
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            d = dt.date.fromisoformat(value)
            if source == "published":  # the publication day: the event is on or a few days before it
                lo = d - dt.timedelta(days=cfg["published_window_days"]) if d.year > 1 else d
                return lo.isoformat(), d.isoformat()
            w = dt.timedelta(days=cfg["day_window_days"] if widen else 0)
            lo = d - w if d > dt.date.min + w else dt.date.min
            hi = d + w if d < dt.date.max - w else dt.date.max
            return lo.isoformat(), hi.isoformat()
        if m := re.fullmatch(r"(\d{4})-W(\d{2})", value):
            d = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return d.isoformat(), min(d + dt.timedelta(days=6), dt.date.max).isoformat()
        if m := re.fullmatch(r"(\d{4})-(\d{2})", value):
            y, mo = int(m[1]), int(m[2])
            return f"{y:04d}-{mo:02d}-01", f"{y:04d}-{mo:02d}-{calendar.monthrange(y, mo)[1]:02d}"
        if re.fullmatch(r"\d{4}", value) and value != "0000":
            return f"{value}-01-01", f"{value}-12-31"
    except (ValueError, OverflowError):
        pass
    return MIN_DATE, MAX_DATE


# The longest interval an event can have short of "undated": events take one report's own date
# interval (date_interval with widen=False), which is a day (or the few days before a publication
# day), a week, a month or a calendar year; undated reports have (MIN_DATE, MAX_DATE).
SHORT_INTERVAL_DAYS = 31


def start_ranges(lo: str, hi: str) -> list[tuple[str, str]] | None:
    """Where the ``date_lo`` of an event overlapping the window [lo, hi] can lie, as a few
    (first, last) ranges, so the merge lookup reads an index range of about a month instead of
    every later event: a day, week or month interval starts at most SHORT_INTERVAL_DAYS before the
    window; a calendar year starts on 1 January of a year the window touches; an undated event
    starts on MIN_DATE. None: the window is (nearly) unbounded, every event may overlap it."""
    try:
        first = dt.date.fromisoformat(lo)
        last_year = dt.date.fromisoformat(hi).year
    except ValueError:
        return None
    if lo <= MIN_DATE or hi >= MAX_DATE or last_year - first.year > 3:
        return None
    start = first - dt.timedelta(days=SHORT_INTERVAL_DAYS) if first > dt.date.min + dt.timedelta(
        days=SHORT_INTERVAL_DAYS) else dt.date.min
    out = [(start.isoformat(), hi)]
    for y in range(first.year, last_year + 1):
        jan1 = f"{y:04d}-01-01"
        if jan1 < out[0][0]:
            out.append((jan1, jan1))
    if MIN_DATE < out[0][0] and all(a != MIN_DATE for a, _ in out):
        out.append((MIN_DATE, MIN_DATE))
    return out


def place_level(p: dict | None) -> int:
    """1 governorate, 2 district, 3 sub-district, 4 locality or finer (OCHA pcode shapes), 0 none."""
    if not p:
        return 0
    if isinstance(p.get("level"), int) and p["level"] > 0:
        return p["level"]
    # a region ("ريف درعا الغربي") is matched like its governorate: it names a part of it only
    lvl = {"governorate": 1, "district": 2, "subdistrict": 3, "sub-district": 3, "locality": 4, "region": 1}.get(
        str(p.get("level") or p.get("kind") or ""))
    if lvl:
        return lvl
    pid = str(p.get("id") or "")
    if re.fullmatch(r"SY\d{2}", pid):
        return 1
    if re.fullmatch(r"SY\d{4}", pid):
        return 2
    if re.fullmatch(r"SY\d{6}", pid):
        return 3
    if p.get("name_en") and p.get("name_en") == p.get("admin1_en") and not p.get("admin2_en") and not pid:
        return 1
    return 4


def _contains(outer: dict, inner: dict) -> bool:
    lvl = place_level(outer)
    if lvl == 1:
        return bool(outer.get("admin1_en")) and outer.get("admin1_en") == inner.get("admin1_en")
    if lvl == 2:
        return bool(outer.get("name_en")) and outer.get("name_en") == inner.get("admin2_en")
    if lvl == 3:
        return bool(outer.get("name_en")) and outer.get("name_en") == inner.get("admin3_en")
    return False


def place_match(a: dict | None, b: dict | None) -> int | None:
    """2 same place, 1 one inside the other, 0 a side unknown, None incompatible."""
    if not a or not b:
        return 0
    if a.get("id") and a.get("id") == b.get("id"):
        return 2
    if not a.get("id") and not b.get("id") and a.get("name") and a.get("name") == b.get("name"):
        return 2
    if _contains(a, b) or _contains(b, a):
        return 1
    return None


def counts_compatible(lo1, hi1, lo2, hi2) -> bool:
    """Ranges overlap once each is widened by the tolerated ratio between honest estimates."""
    if lo1 is None and hi1 is None or lo2 is None and hi2 is None:
        return True
    r = settings()["count_ratio"]
    a_lo = (lo1 if lo1 is not None else 0) / r
    a_hi = (hi1 if hi1 is not None else float("inf")) * r
    b_lo = lo2 if lo2 is not None else 0
    b_hi = hi2 if hi2 is not None else float("inf")
    return a_lo <= b_hi and b_lo <= a_hi


def restates(lo1, hi1, lo2, hi2) -> bool:
    """Within one article, two figures are the same event only when one range holds the other
    ("عشرات الجنود" in the headline, "35 عنصراً" in the body); else they are a breakdown."""
    def inside(a_lo, a_hi, b_lo, b_hi):  # a inside b
        lo_ok = b_lo is None or (a_lo is not None and a_lo >= b_lo)
        hi_ok = b_hi is None or (a_hi is not None and a_hi <= b_hi)
        return lo_ok and hi_ok

    return inside(lo1, hi1, lo2, hi2) or inside(lo2, hi2, lo1, hi1)


def gap_days(lo1: str, hi1: str, lo2: str, hi2: str) -> int:
    """Days between two date intervals (0 when they overlap)."""
    if lo1 <= hi2 and lo2 <= hi1:
        return 0
    try:
        a, b = (hi1, lo2) if hi1 < lo2 else (hi2, lo1)
        return (dt.date.fromisoformat(b) - dt.date.fromisoformat(a)).days
    except ValueError:
        return 10 ** 6


def pick_event(report: dict, candidates: list[dict]) -> int | None:
    """The event a report joins, or None for a new event.

    ``report``: {"place": place view or None, "count_low", "count_high", "date_lo", "date_hi"
    (widened window)}. Each candidate (same type and subtype, overlapping dates, same governorate,
    found by the backend): {"event_id", "place" (view or None), "anchor_low", "anchor_high" (the
    event's first stated figure: comparing with an envelope widened by every merge would let
    events snowball), "has_count", "date_lo", "date_hi", "from_root" (the event holds the report's
    syndicated original), "in_doc" (this document already told it), "same_doc" ([(low, high)]
    figures this document already gave it)}.
    """
    place = report.get("place")
    lo, hi = report.get("count_low"), report.get("count_high")
    has_count = lo is not None or hi is not None
    viable = []
    for c in candidates:
        pm = place_match(place, c.get("place"))
        if pm is None:
            continue
        if not counts_compatible(lo, hi, c.get("anchor_low"), c.get("anchor_high")):
            continue
        if pm == 0 and (place or c.get("place")):
            continue  # only one side has a place: too weak to merge
        if pm == 0 and not has_count and not c.get("has_count"):
            continue  # no place and no figure on either side: nothing says it is the same event
        if pm == 0 and has_count and not c.get("has_count"):
            continue
        # the same article's own event first (its headline told it; the body gives the figure)
        key = (bool(c.get("from_root")), bool(c.get("in_doc")), pm, -gap_days(report["date_lo"], report["date_hi"], c["date_lo"],
                                                       c["date_hi"]), -c["event_id"])
        viable.append((key, c))
    for _, c in sorted(viable, key=lambda kc: kc[0], reverse=True):
        if has_count and any(not restates(lo, hi, l2, h2) for l2, h2 in c.get("same_doc") or ()):
            continue  # one article giving two figures is giving a breakdown, not one event twice
        return c["event_id"]
    return None
