"""One filter for events, reports and estimates, used alike by the CLI options and the web's
query string, so a filter means the same thing wherever it is typed."""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import asdict, dataclass, fields

REVIEW_STATES = ("reviewed", "unreviewed", "verified", "rejected")


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
    events that are not rejected.
    """

    type: str | None = None
    kind: str | None = None
    place: str | None = None
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
