"""Fighters killed, told with no weapon or other cause, are the clash they died in (stop 40, issue 10), on our own
sentences: a unit's communiqué of enemy fighters killed at a village, fighters «قُتلوا» at a town, become an
armed_clash there with their dead; a mine's dead, a side's past losses («وكان … قد قُتلوا»), civilians shot at a
checkpoint stay as the rules made them. Off (the module's switch or the file's), the rules' casualties records stay
(fighters_dead.py)."""
from __future__ import annotations

import json

import pytest

from marsad.extract.events import fighters_dead, protest_dead
from piped import asserted_brief, piped_events

UNITS = "ذكرت القيادة العسكرية أن وحداتها قتلت سبعة من عناصر التنظيم في قرية أم شرشوح بريف حمص يوم الاثنين."
GROVES = "وقال المصدر إن أعداداً من المرتزقة قُتلوا في بساتين بلدة المليحة صباح الاثنين."
MINE = "قُتل أربعة جنود بانفجار لغم أرضي في بلدة الصنمين يوم الاثنين."
RECALL = "وكان خمسة من عناصر الفصيل قد قُتلوا في بلدة نوى يوم الاثنين."
CIVILIANS = "قُتل ثلاثة مدنيين برصاص عناصر دورية مارّة قرب بلدة نوى يوم الاثنين."


def _brief(pipe, text: str) -> list[tuple]:
    return asserted_brief(pipe, text, "2014-05-06")


@pytest.fixture
def off(monkeypatch):
    monkeypatch.setattr(fighters_dead, "ENABLED", False)


def test_fighters_killed_are_the_clash_they_died_in(pipe):
    assert _brief(pipe, UNITS) == [("armed_clash", "أم شرشوح", 7)]
    assert _brief(pipe, GROVES) == [("armed_clash", "المليحة", None)]
    evs = piped_events(pipe, UNITS, published="2014-05-06", outlet="موقع التجربة")
    assert evs[0]["count"] is None and evs[0]["fatalities"]["low"] == 7  # (its dead, not a count of clashes)


@pytest.mark.parametrize("text,place", [(UNITS, "أم شرشوح"), (GROVES, "المليحة")])
def test_off_the_casualties_record_stays(pipe, off, text, place):
    assert [(t, p) for t, p, _ in _brief(pipe, text)] == [("casualties", place)]


def test_another_cause_a_recall_or_civilians_stay(pipe):
    assert _brief(pipe, MINE) == [("explosion", "الصنمين", 4)]
    assert _brief(pipe, RECALL) == [("casualties", "نوى", 5)]
    assert _brief(pipe, CIVILIANS) == [("casualties", "نوى", 3)]


def test_the_file_switches_it_off(pipe, monkeypatch, tmp_path):
    off = tmp_path / protest_dead.DATA.name
    raw = json.loads(protest_dead.DATA.read_text(encoding="utf-8"))
    off.write_text(json.dumps(dict(raw, fighters=dict(raw["fighters"], enabled=False)), ensure_ascii=False),
                   encoding="utf-8")
    monkeypatch.setattr(protest_dead, "DATA", off)
    protest_dead._raw.cache_clear()
    fighters_dead._conf.cache_clear()
    try:
        assert [t for t, _, _ in _brief(pipe, UNITS)] == ["casualties"]
    finally:
        monkeypatch.undo()
        protest_dead._raw.cache_clear()
        fighters_dead._conf.cache_clear()
    assert [t for t, _, _ in _brief(pipe, UNITS)] == ["armed_clash"]


def test_the_switch_and_word_classes_are_in_the_json():
    raw = json.loads(protest_dead.DATA.read_text(encoding="utf-8"))["fighters"]
    assert raw["enabled"] is True and "عناصر" in raw["nouns"] and "لغم" in raw["other_cause_words"]
    assert "مدنيين" in raw["civilians"]
