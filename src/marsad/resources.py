"""One loader for marsad's data files (``marsad/data/...``), each read and parsed once per process.

Stages ask here instead of opening files themselves, so a file two stages share (the gazetteer,
the month names) is parsed once, and a shared setting lives in one place. Returned structures
are shared between callers: treat them as read-only (tuples and frozen copies where cheap).

* ``text(*parts)``, ``lines(*parts)``, ``rows(*parts)``, ``json_data(*parts)``: any data file;
* ``gazetteer()``: the place records of ``gazetteer/places.json``;
* ``months()``, ``english_months()``: month names (Levantine, Egyptian/Gulf, Maghrebi; English);
* ``DEDUP_THRESHOLD``: the near-duplicate Jaccard threshold every part uses.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent / "data"

# Near-duplicate threshold (estimated Jaccard of 3-word shingles): chosen in
# tests/ingest/test_dedup.py: edited copies of one story score 0.65..0.85, different stories of
# the same day stay under 0.2. ingest/dedup.py and the store read it from here.
DEDUP_THRESHOLD = 0.45


def path(*parts: str) -> Path:
    return DATA.joinpath(*parts)


@lru_cache(maxsize=None)
def text(*parts: str) -> str:
    """A data file's text (UTF-8)."""
    return path(*parts).read_text(encoding="utf-8")


@lru_cache(maxsize=None)
def lines(*parts: str) -> tuple[str, ...]:
    """Non-blank, non-comment (#) lines, stripped."""
    return tuple(ln.strip() for ln in text(*parts).splitlines() if ln.strip() and not ln.startswith("#"))


@lru_cache(maxsize=None)
def rows(*parts: str) -> tuple[tuple[str, ...], ...]:
    """A TSV file's rows (cells stripped), blank and comment (#) lines left out."""
    return tuple(tuple(c.strip() for c in ln.split("\t"))
                 for ln in text(*parts).splitlines() if ln.strip() and not ln.startswith("#"))


@lru_cache(maxsize=None)
def json_data(*parts: str) -> Any:
    return json.loads(text(*parts))


def gazetteer() -> list[dict]:
    """Place records (``gazetteer/places.json``), parsed once for places, NER features and rules."""
    return json_data("gazetteer", "places.json")


@lru_cache(maxsize=1)
def months() -> dict[str, int]:
    """Arabic month name as written -> month number (``dates/months.tsv``: every family)."""
    return {r[0]: int(r[1]) for r in rows("dates", "months.tsv")}


@lru_cache(maxsize=1)
def english_months() -> dict[str, int]:
    """Lower-cased English month name or abbreviation -> month number."""
    return {r[0].lower(): int(r[1]) for r in rows("dates", "english_months.tsv")}
