"""One parser for every date a user or an input file gives marsad: CLI options (--published,
--since, --until) and metadata fields (JSONL ``published``, front matter).

Options take ISO at any grain: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``. Fields are more
lenient, as feeds and CMS exports write dates many ways: an ISO datetime, ``2024/12/04``,
``04/12/2024`` (day-first, as Arabic sites write it; when month-first would also be a date the
reading is *ambiguous* and a warning says which was taken) or an English date. Years outside
1800-2200 are refused: no news is dated there, and a year 9999 or 0001 anchor makes relative
dates ("غداً", "أمس") fall off the calendar.
"""
from __future__ import annotations

import argparse
import calendar
import re
from dataclasses import dataclass

MIN_YEAR, MAX_YEAR = 1800, 2200

_ISO = re.compile(r"(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?")
_ISO_TIME = re.compile(r"(\d{4})-(\d{2})-(\d{2})[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2}|UTC|GMT)?",
                       re.I)
_DMY = re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})")


class DateError(ValueError):
    """A date that cannot be read; the message is for the user as it is."""


@dataclass(frozen=True)
class ParsedDate:
    value: str  # ISO at its grain: YYYY, YYYY-MM or YYYY-MM-DD
    grain: str  # year, month or day
    note: str | None = None  # set when the reading is a guess the user should know about


def _check(y: int, m: int | None, d: int | None, raw: str) -> ParsedDate:
    if not MIN_YEAR <= y <= MAX_YEAR:
        raise DateError(f"year {y} is outside {MIN_YEAR}-{MAX_YEAR}: {raw!r}")
    if m is None:
        return ParsedDate(f"{y:04d}", "year")
    if not 1 <= m <= 12:
        raise DateError(f"no month {m}: {raw!r}")
    if d is None:
        return ParsedDate(f"{y:04d}-{m:02d}", "month")
    if not 1 <= d <= calendar.monthrange(y, m)[1]:
        raise DateError(f"no such day: {raw!r}")
    return ParsedDate(f"{y:04d}-{m:02d}-{d:02d}", "day")


def parse_iso(raw: str) -> ParsedDate:
    """Strict ISO at any grain (the CLI options): YYYY, YYYY-MM or YYYY-MM-DD."""
    s = raw.strip()
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", s)
    if not m:
        raise DateError(f"not a date (YYYY, YYYY-MM or YYYY-MM-DD): {raw!r}")
    y, mo, d = (int(g) if g else None for g in m.groups())
    return _check(y, mo, d, raw)  # type: ignore[arg-type]


def parse_field(raw) -> ParsedDate:
    """A metadata date in any common form; raises DateError with a plain reason."""
    if not isinstance(raw, str):
        raise DateError(f"not a date string: {raw!r}")
    s = raw.strip()
    if not s:
        raise DateError("empty date")
    m = _ISO_TIME.fullmatch(s)
    if m:
        return _check(int(m[1]), int(m[2]), int(m[3]), raw)
    m = _ISO.fullmatch(s)
    if m:
        y, mo, d = (int(g) if g else None for g in m.groups())
        return _check(y, mo, d, raw)  # type: ignore[arg-type]
    m = _DMY.fullmatch(s)
    if m:
        a, b, y = int(m[1]), int(m[2]), int(m[3])
        if a > 12 >= b:  # 25/12/2024: only day-first reads
            return _check(y, b, a, raw)
        if b > 12 >= a:  # 12/25/2024: only month-first reads
            p = _check(y, a, b, raw)
            return ParsedDate(p.value, p.grain, f"{raw!r} read month-first as {p.value}")
        p = _check(y, b, a, raw)
        if a != b:
            return ParsedDate(p.value, p.grain, f"ambiguous date {raw!r}: read day-first as {p.value} "
                                                f"(month-first would be {y:04d}-{a:02d}-{b:02d})")
        return p
    from .extract.dates import parse_english_date

    eng = parse_english_date(s)
    if eng and len(s) <= 40:
        y, mo, d = map(int, eng.split("-"))
        return _check(y, mo, d, raw)
    raise DateError(f"not a date: {raw!r}")


def arg(value: str) -> str:
    """argparse ``type=`` for every date option."""
    try:
        return parse_iso(value).value
    except DateError as e:
        raise argparse.ArgumentTypeError(str(e)) from None


def day_arg(value: str) -> str:
    """argparse ``type=`` for an option that needs a day (YYYY-MM-DD)."""
    p = arg(value)
    if len(p) != 10:
        raise argparse.ArgumentTypeError(f"give a day (YYYY-MM-DD): {value!r}")
    return p
