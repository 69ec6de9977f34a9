"""One filter for events, reports and estimates, used alike by the CLI options and the web's
query string, so a filter means the same thing wherever it is typed."""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import asdict, dataclass, fields
from functools import lru_cache

REVIEW_STATES = ("reviewed", "unreviewed", "verified", "rejected")
# Sort keys of an event list: each is a column (or expression) of the events table and of the
# reviewed view alike, backed by an index (migrations 0023); default order per key.
SORTS = ("date", "count", "reports", "deaths", "id", "place", "type")
_ASCENDING_BY_DEFAULT = ("place", "type", "id")


class FilterError(ValueError):
    """A filter value that cannot mean anything (one line for the user)."""


def parse_date_bound(value: str | None, end: bool = False) -> str | None:
    """YYYY, YYYY-MM or YYYY-MM-DD as the first (or, with ``end``, the last) day it covers."""
    if value in (None, ""):
        return None
    v = str(value).strip()
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", v)
    if not m:
        raise FilterError(f"not a date (YYYY, YYYY-MM or YYYY-MM-DD): {value!r}")
    y, mo, d = int(m[1]), int(m[2] or 0), int(m[3] or 0)
    try:
        if m[3]:
            return dt.date(y, mo, d).isoformat()
        if m[2]:
            if not 1 <= mo <= 12:
                raise ValueError
            last = calendar.monthrange(y, mo)[1] if end else 1
            return dt.date(y, mo, last).isoformat()
        if y < 1:
            raise ValueError
        return f"{y:04d}-12-31" if end else f"{y:04d}-01-01"
    except ValueError:
        raise FilterError(f"no such date: {value!r}") from None


@dataclass
class EventFilter:
    """Which events (or reports, or estimates) to list. Every field is optional.

    ``since``/``until`` keep events whose date interval meets the range; undated events are left
    out of any date filter unless ``include_undated``. ``source`` matches the outlet or the
    reporting source (substring, any case); ``place`` an Arabic or English place name, its
    governorate or district; ``actor`` a canonical or written actor name (substring).
    ``review``: reviewed, unreviewed, verified or rejected; ``reviewed_only`` keeps reviewed
    events that are not rejected. Every value is matched against the analysts' reviewed value
    where there is one (a type corrected to arrest is found as an arrest). ``sort`` (one of
    SORTS) and ``order`` (asc/desc) order an event list; without ``sort``, oldest date first.
    """

    type: str | None = None
    kind: str | None = None
    place: str | None = None
    governorate: str | None = None
    since: str | None = None
    until: str | None = None
    include_undated: bool = False
    actor: str | None = None
    source: str | None = None
    outlet: str | None = None
    modality: str | None = None
    review: str | None = None
    reviewed_only: bool = False
    min_count: float | None = None
    limit: int | None = None
    offset: int = 0
    sort: str | None = None
    order: str | None = None

    def __post_init__(self) -> None:
        self.since = parse_date_bound(self.since)
        self.until = parse_date_bound(self.until, end=True)
        if self.review is not None and self.review not in REVIEW_STATES:
            raise FilterError(f"review state must be one of {', '.join(REVIEW_STATES)}: {self.review!r}")
        if self.kind is not None and self.kind not in ("incident", "aggregate"):
            raise FilterError(f"kind must be incident or aggregate: {self.kind!r}")
        if self.limit is not None and int(self.limit) < 0:
            raise FilterError("limit must not be negative")
        if int(self.offset or 0) < 0:
            raise FilterError("offset must not be negative")
        if self.sort is not None and self.sort not in SORTS:
            raise FilterError(f"sort must be one of {', '.join(SORTS)}: {self.sort!r}")
        if self.order is not None and self.order not in ("asc", "desc"):
            raise FilterError(f"order must be asc or desc: {self.order!r}")

    @property
    def descending(self) -> bool:
        """The list's direction: as asked, else newest/largest first (names and ids A-Z)."""
        if self.order:
            return self.order == "desc"
        return self.sort is not None and self.sort not in _ASCENDING_BY_DEFAULT

    def params(self) -> dict:
        """The filter's values as a query string keeps them (no paging, no sort)."""
        out = {}
        for k, v in asdict(self).items():
            if k in ("limit", "offset", "sort", "order") or v in (None, False):
                continue
            if k == "min_count" and float(v).is_integer():
                v = int(v)
            out[k] = "1" if v is True else v
        return out

    @classmethod
    def from_mapping(cls, m) -> "EventFilter":
        """From a query string or form (strings; empty values ignored)."""
        kw = {}
        names = {f.name: f for f in fields(cls)}
        for k, f in names.items():
            if k not in m:
                continue
            v = m[k]
            if isinstance(v, (list, tuple)):
                v = v[-1] if v else None
            if isinstance(v, str):
                v = v.strip()[:200]
            if v in (None, ""):
                continue
            if k in ("include_undated", "reviewed_only"):
                v = str(v).lower() in ("1", "true", "yes", "on")
            elif k == "min_count":
                try:
                    v = float(v)
                except ValueError:
                    raise FilterError(f"min_count must be a number: {v!r}") from None
            elif k in ("limit", "offset"):
                try:
                    v = int(v)
                except ValueError:
                    raise FilterError(f"{k} must be a whole number: {v!r}") from None
            kw[k] = v
        return cls(**kw)

    def to_dict(self) -> dict:
        return {k: v for k, v in asdict(self).items() if v not in (None, False, 0) or k == "offset" and v}


@lru_cache(maxsize=1)
def _gazetteer_index() -> dict[str, list[dict]]:
    from ..arabic.normalize import fold_str
    from ..resources import gazetteer

    idx: dict[str, list[dict]] = {}
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
    from ..arabic.normalize import fold_str

    name = (name or "").strip()
    if not name:
        return None
    idx = _gazetteer_index()
    hits = idx.get(name) or idx.get(name.lower()) or idx.get(fold_str(name)) or []
    order = {"governorate": 0, "district": 1, "subdistrict": 2}
    return sorted(hits, key=lambda p: order.get(p.get("level"), 3))[0] if hits else None


def place_names(name: str) -> list[str]:
    """What a place typed in a filter stands for: itself and its gazetteer names (Arabic and
    English), so «درعا» finds the governorate stored as Daraa."""
    names = {name}
    p = lookup_place(name)
    if p:
        names |= {p.get("name_en") or "", p.get("name_ar") or "", p.get("id") or ""}
    return sorted(n for n in names if n)
