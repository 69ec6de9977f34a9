"""dated_recall (stop 43): a sentence that opens with a day of its own, before the day the item came out, recalls an
earlier incident in the writer's own words; it keeps no source of the report before it (the outlet's own reporter,
who files the whole item, aside). Our own sentences; both states of the switch (dated_recall.json `enabled`)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from marsad.document import Document
from marsad.extract.events import attribution as at

OUTLET = "منصة المثال"
SETTINGS = Path(at.__file__).resolve().parents[2] / "data" / "events" / "dated_recall.json"
SOURCE = "الدفاع المدني"
# a sourced report of today, then an incident of an earlier day the writer adds
RECALLED = ("قصفت مدفعية الفرقة الرابعة أطراف بلدة الهبيط صباح اليوم فقتلت امرأتين وجرحت طفلاً، بحسب الدفاع المدني. "
            "وفي الثاني عشر من آذار، قصفت القوات ذاتها قرية الشيخ مصطفى المجاورة فدمرت منزلين.")
# the same report going on over the same day
SAME_DAY = ("قصفت مدفعية الفرقة الرابعة أطراف بلدة الهبيط صباح اليوم فقتلت امرأتين وجرحت طفلاً، بحسب الدفاع المدني. "
            "وفي مساء اليوم نفسه، قصفت القوات ذاتها قرية الشيخ مصطفى المجاورة فدمرت منزلين.")
# the outlet's own reporter files the whole item, recalls included
REPORTER = ("أفاد مراسل منصة المثال بأن مدفعية الفرقة الرابعة قصفت أطراف بلدة الهبيط صباح اليوم فقتلت امرأتين. "
            "وفي الثاني عشر من آذار، قصفت القوات ذاتها قرية الشيخ مصطفى المجاورة فدمرت منزلين.")


def _settings(enabled: bool) -> tuple:
    raw = json.loads(SETTINGS.read_text(encoding="utf-8"))
    return (frozenset(at.fold_str(w) for w in raw["openers"]) if enabled else frozenset(), raw["days_before"])


@pytest.fixture(params=[True, False], ids=["on", "off"])
def state(request, monkeypatch):
    """Each test in both states of the switch, whatever the file ships."""
    monkeypatch.setitem(at._SWITCHES, "dated_recall.json", _settings(request.param))
    return request.param


def _reps(pipe, text: str) -> list[tuple[str, dict]]:
    """(the record's place, its reported_by) of each record."""
    d = Document(text, id="t", published="2024-03-20", outlet=OUTLET)
    pipe(d)
    out = []
    for e in d["events"]:
        rb = e.get("reported_by") or {}
        if rb.get("start") is not None:
            assert text[rb["start"]:rb["end"]] == rb["surface"]
        out.append(((e.get("place") or {}).get("surface"), rb))
    return out


def _of(reps, place: str) -> dict:
    return next(r for p, r in reps if p and place in p)


def test_an_earlier_day_keeps_no_source_before_it(pipe, state):
    reps = _reps(pipe, RECALLED)
    assert _of(reps, "الهبيط").get("surface") == SOURCE
    recalled = _of(reps, "الشيخ مصطفى")
    if state:
        assert recalled.get("outlet") and recalled["surface"] == OUTLET
    else:
        assert recalled.get("surface") == SOURCE


def test_the_same_day_goes_on_with_the_report(pipe, state):
    reps = _reps(pipe, SAME_DAY)
    assert _of(reps, "الشيخ مصطفى").get("surface") == SOURCE


def test_the_own_reporter_files_the_recall_too(pipe, state):
    reps = _reps(pipe, REPORTER)
    assert _of(reps, "الشيخ مصطفى").get("surface", "").startswith("مراسل منصة المثال")


def test_the_switch_ships_on():
    raw = json.loads(SETTINGS.read_text(encoding="utf-8"))
    assert raw["enabled"] is True and raw["days_before"] == 0
