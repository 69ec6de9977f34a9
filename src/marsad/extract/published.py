"""The publication date every relative date is resolved against.

Input metadata (or the CLI's --published) wins. Otherwise the date is taken only where the text
itself states it near the top: after a publication cue ("نُشر في"، "تاريخ النشر"، "آخر تحديث"), or in
a dateline ("دمشق - 12 آذار 2023", a head line that is just a date). Otherwise it stays null:
guessing from the clock would silently shift every أمس and الأسبوع الماضي in the document.
How it was found goes to ``doc.extra["published_source"]``.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..arabic.normalize import fold_str
from .. import resources
from .dates import extract_dates, parse_english_date, parse_iso_date

HEAD_CHARS = 600  # a dateline or a publication cue sits in the first lines of a page
HEAD_LINES = 4
_DASH = re.compile(r"[-–—|:]")


@lru_cache(maxsize=1)
def _cues() -> list[tuple[str, str]]:
    out = [(fold_str(r[0]).lower().strip(), r[1]) for r in resources.rows("dates", "published_cues.tsv")]
    return sorted(out, key=lambda c: -len(c[0]))


def _absolute_days(text: str) -> list[dict]:
    return [r for r in extract_dates(text, None)
            if r["value"] and r["grain"] == "day" and not r.get("relative") and not r.get("year_inferred")]


def normalise_published(value) -> str | None:
    """A metadata date in any common form (ISO, ISO datetime, English) as YYYY-MM-DD, else None."""
    d = parse_iso_date(value)
    if d:
        return d.isoformat()
    if isinstance(value, str):
        eng = parse_english_date(value)
        if eng:
            return eng
        days = _absolute_days(value)
        if days:
            return days[0]["value"]
    return None


def detect_published(text: str) -> tuple[str | None, str | None, tuple[int, int] | None]:
    """(date, how, span) of the publication date the text states near its top."""
    head = text[:HEAD_CHARS]
    dates = _absolute_days(head)
    if not dates:
        return None, None, None
    folded = fold_str(head).lower()
    # 1. a publication cue followed closely by a date (published beats updated)
    best = None
    for cue, kind in _cues():
        for m in re.finditer(r"(?<!\w)" + re.escape(cue) + r"(?!\w)", folded):
            for r in dates:
                # folded and original offsets differ only by deleted marks: compare loosely
                if 0 <= r["start"] - m.end() <= 40 + len(cue):
                    rank = 0 if kind == "published" else 1
                    if best is None or rank < best[0]:
                        best = (rank, r, kind)
                    break
    if best is not None:
        r = best[1]
        return r["value"], f"text:{best[2]}_cue", (r["start"], r["end"])
    # 2. a dateline in the first lines: "دمشق - 12 آذار 2023" or a line that is only a date
    pos = 0
    lines_seen = 0
    for line in head.split("\n"):
        if line.strip():
            lines_seen += 1
            s, e = pos, pos + len(line)
            for r in dates:
                if not (s <= r["start"] and r["end"] <= e):
                    continue
                before = line[: r["start"] - s]
                rest = line[r["end"] - s:]
                only_date = len(re.sub(r"[\W\d_]+", "", before + rest)) <= 12 and len(before.split()) <= 2
                dateline = len(before) <= 45 and bool(_DASH.search(before) or before.strip().endswith(("(", "،", ",")))
                if only_date or dateline:
                    return r["value"], "text:dateline", (r["start"], r["end"])
            if lines_seen >= HEAD_LINES:
                break
        pos += len(line) + 1
    return None, None, None


class PublishedDate:
    """Pipeline component (runs first): keeps metadata, else reads the date the text states."""

    def __call__(self, doc) -> None:
        if doc.published:
            norm = normalise_published(doc.published)
            if norm is None:
                doc.extra["published_raw"] = doc.published
                doc.extra["published_source"] = "metadata:unreadable"
                doc.published = None
            else:
                doc.published = norm
                doc.extra["published_source"] = "metadata"
                return
        value, how, span = detect_published(doc.text)
        doc.published = value
        doc.extra["published_source"] = how
        if span:
            doc.extra["published_span"] = list(span)
