"""Duckling's Arabic time corpus as a conformance check for the date extractor.

Duckling's conventions (../shared/data/SOURCES.md): reference time Tuesday 2013-02-12, weeks
start on Monday, a bare weekday is the next one after the reference day (our
``orientation="future"``), intervals are end-exclusive. Only day/month/year grains are scored:
clock times are out of scope for marsad.
"""
from __future__ import annotations

import datetime as dt
import json

from marsad.extract.dates import extract_dates

from conftest import shared_path

REF = "2013-02-12"
GRAINS = ("day", "month", "year")


def _at_grain(iso: str, grain: str) -> str:
    d = dt.date.fromisoformat(iso[:10])
    return {"year": f"{d.year:04d}", "month": f"{d.year:04d}-{d.month:02d}", "day": d.isoformat()}[grain]


def _minus_one(iso: str, grain: str) -> str:
    d = dt.date.fromisoformat(iso[:10])
    if grain == "day":
        return (d - dt.timedelta(days=1)).isoformat()
    if grain == "month":
        y, m = (d.year, d.month - 1) if d.month > 1 else (d.year - 1, 12)
        return f"{y:04d}-{m:02d}"
    return f"{d.year - 1:04d}"


def judge(ex: dict) -> tuple[bool, str]:
    """(passed, what we produced) for one Duckling example."""
    recs = [r for r in extract_dates(ex["text"], REF, orientation="future") if r["value"] is not None]
    if not recs:
        return False, "nothing"
    grain = ex["grain"]
    if ex.get("type") == "interval":
        want = (_at_grain(ex["value"]["from"], grain), _minus_one(_at_grain(ex["value"]["to"], grain), grain))
        got = None
        for r in recs:
            if r.get("bound") == "from" or r.get("end_value"):
                got = (r["value"], r.get("end_value")) if r["grain"] == grain else None
                break
        return got == want, f"{got}"
    best = max(recs, key=lambda r: r["end"] - r["start"])
    want = _at_grain(ex["value"], grain)
    return (best["grain"] == grain and best["value"] == want), f"{best['value']} ({best['grain']})"


def _examples() -> list[dict]:
    path = shared_path("data", "conformance", "duckling_ar_time.jsonl")
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r for r in rows if not r.get("negative") and r.get("grain") in GRAINS]


def score() -> tuple[float, list[tuple[str, str, str]]]:
    exs = _examples()
    fails = []
    for ex in exs:
        ok, got = judge(ex)
        if not ok:
            fails.append((ex["text"], str(ex["value"]), got))
    return 1 - len(fails) / len(exs), fails


def test_duckling_day_month_year_at_least_95_percent():
    rate, fails = score()
    assert len(_examples()) > 100
    assert rate >= 0.95, f"{rate:.1%} right; failures: {fails}"


def test_duckling_negatives_give_no_date():
    path = shared_path("data", "conformance", "duckling_ar_time.jsonl")
    for line in path.read_text(encoding="utf-8").splitlines():
        ex = json.loads(line)
        if ex.get("negative"):
            assert extract_dates(ex["text"], REF) == [], ex["text"]


if __name__ == "__main__":  # PYTHONPATH=tests python tests/extract/test_duckling_time.py: figure + failures
    r, f = score()
    print(f"{r:.1%} of {len(_examples())}")
    for row in f:
        print(" | ".join(row))
