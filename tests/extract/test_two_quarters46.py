"""Two quarters, two incidents (stop 46, joined46; two_towns.json `quarters`), on our own sentences: a later sentence
telling the act's type at a quarter of its own, while the incident's body names another quarter, is another incident,
as two towns are (two_towns.py); the act named again by its noun at a quarter, and the same quarter told again, stay
one incident; off, the rules' join comes back."""
from __future__ import annotations

import json

import pytest

from marsad.extract.events import two_towns
from test_events_two_towns37 import _brief, _records

HEAD = "غارات جوية على ريف حلب\n"
LEAD = HEAD + "استهدفت غارة جوية حي الشعار بمدينة حلب مساء الخميس. "
TWO = LEAD + "وبعد منتصف الليل أغارت الطائرات على حي الكلاسة."
SAME = LEAD + "وبعد منتصف الليل أغارت الطائرات على الحي ذاته."
NAMED = LEAD + "وتسبب القصف بدمار واسع في حي الكلاسة."




def _quarters(monkeypatch, on: bool) -> None:
    raw = json.loads(two_towns.DATA.read_text(encoding="utf-8"))
    monkeypatch.setattr(two_towns, "_quarters", lambda: frozenset(raw["quarters"]["kinds"]) if on else frozenset())
    monkeypatch.setattr(two_towns, "_conf", lambda: (True, frozenset(raw["kinds"]) | two_towns._quarters()))


def test_a_raid_told_at_another_quarter_is_its_own_incident(pipe, monkeypatch, no_splitter):
    _quarters(monkeypatch, True)
    recs = _records(pipe, TWO, "2022-05-12")
    assert [_brief(e) for e in recs] == [("airstrike", "حي الشعار", None, "استهدفت"),
                                         ("airstrike", "حي الكلاسة", None, "أغارت")]
    assert [m["surface"] for m in recs[1]["mentions"]] == ["أغارت"]
    assert recs[1]["start"] == TWO.index("أغارت") and recs[1]["place"]["start"] == TWO.index("حي الكلاسة")


def test_off_the_rules_join_the_raid(pipe, monkeypatch, no_splitter):
    _quarters(monkeypatch, False)
    recs = _records(pipe, TWO, "2022-05-12")
    assert [_brief(e) for e in recs] == [("airstrike", "حي الشعار", None, "استهدفت")]
    assert [m["surface"] for m in recs[0]["mentions"]] == ["غارات جوية", "استهدفت", "غارة جوية", "أغارت"]


@pytest.mark.parametrize("text", [SAME, NAMED])  # the same quarter named again; the strike named again by its noun
def test_one_incident_stays_one(pipe, monkeypatch, no_splitter, text):
    _quarters(monkeypatch, True)
    recs = _records(pipe, text, "2022-05-12")
    assert len(recs) == 1 and recs[0]["place"]["surface"] == "حي الشعار", [_brief(e) for e in recs]


def test_the_committed_file_has_the_quarters_on():
    raw = json.loads(two_towns.DATA.read_text(encoding="utf-8"))
    assert raw["quarters"]["enabled"] is True and raw["quarters"]["kinds"] == ["neighbourhood"]
    assert raw["enabled"] is True and raw["kinds"] == ["locality", "city"]
