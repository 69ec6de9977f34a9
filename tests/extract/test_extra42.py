"""Records no gold is like, stop 42 (issue 10, helper extra), each with its switch, on our own sentences (stop 41
fig's «أربع مرات» bug is mended by fig's figure_things.json `things`, stop 42: tested there).

- frames.json `charge_more`: «تورطهم في», «ضالعون في», «بالوقوف وراء» open a charge as `charge` does: its acts are
  not told;
- cues.json `freed_people`: a verb of liberating whose object is people tells a release (`other`), not a taking;
- protest_dead.json `protesters`: a casualties record whose dead are named protesters is a protest fired on: it goes
  into the protest record beside it or at its place, else it is that protest, its dead its figure;
- protest_dead.json `same_place`: a casualties record at the place of a protest record anywhere in its article, a day
  apart at most, is that protest's dead: merged into it.
Whole pipeline; spans checked exactly (piped.checked_events)."""
from __future__ import annotations

import json
from contextlib import contextmanager

import pytest

from marsad.extract.events import mentions, protest_dead
from piped import frames_changed, piped_events, type_place

CHARGED = "واعتقلت الشرطة أربعة شبان في بلدة الصنمين، وأعلنت أن التحقيقات أظهرت تورطهم في اغتيال ضابطين في درعا."
PARTY_TO = "وقالت المصادر إن عناصر الخلية ضالعون في تفجير سيارة مفخخة قرب فرن الحي الشرقي في اعزاز."
FREED = "وأعلنت وزارة الداخلية أن قواتها حرّرت ثلاثة مخطوفين كانوا محتجزين في مزرعة قرب بلدة الحراك."
TOWN = "وحررت الفصائل قرية تل عرن في ريف حلب بعد معارك عنيفة."
PROTESTERS = "مقتل ثلاثة متظاهرين برصاص قوات الأمن وسط مدينة نوى"
BY_PROTESTERS = "وقُتل شرطي برصاص متظاهرين غاضبين قرب مبنى البلدية في مدينة تلكلخ."
TOLL_LATER = ("خرج مئات المحتجين أمس في مدينة إنخل بريف درعا مطالبين بإسقاط النظام. وقال ناشطون إن قوات الأمن "
              "طوقت الساحة الرئيسية بالمدرعات. وأضافوا أن الأسواق أغلقت أبوابها حتى المساء. وقُتل شابان اليوم في "
              "مدينة إنخل برصاص قوات الأمن.")


def _with_cue(monkeypatch, key: str, reader, **kw) -> None:
    """The module reads cues.json with `kw` set in its `key` entry; `reader`'s cache cleared now (the fixture clears
    it again after): each test sets the state it tests, so the lead flipping a switch breaks no test."""
    full = mentions.load_cues()
    changed = dict(full, **{key: dict(full[key], **kw)})
    monkeypatch.setattr(mentions, "load_cues", lambda: changed)
    reader.cache_clear()


@contextmanager
def _dead_part(monkeypatch, tmp_path, part: str, on: bool):
    """protest_dead reads a copy of its JSON with `part` switched `on` (the rest as shipped)."""
    raw = json.loads(protest_dead.DATA.read_text(encoding="utf-8"))
    path = tmp_path / protest_dead.DATA.name
    path.write_text(json.dumps(dict(raw, **{part: dict(raw[part], enabled=on)}), ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(protest_dead, "DATA", path)
    protest_dead._raw.cache_clear()
    try:
        yield
    finally:
        monkeypatch.undo()
        protest_dead._raw.cache_clear()


def _cue_fixture(key: str, reader, on: bool):
    @pytest.fixture
    def fixture(monkeypatch):
        _with_cue(monkeypatch, key, reader, enabled=on)
        yield
        monkeypatch.undo()
        reader.cache_clear()
    return fixture


freed_on = _cue_fixture("freed_people", mentions._freed_conf, True)
freed_off = _cue_fixture("freed_people", mentions._freed_conf, False)


@pytest.fixture
def charge_on(monkeypatch):
    yield from frames_changed(monkeypatch, "charge_more", enabled=True)


@pytest.fixture
def charge_off(monkeypatch):
    yield from frames_changed(monkeypatch, "charge_more", enabled=False)


@pytest.fixture
def protesters_on(monkeypatch, tmp_path):
    with _dead_part(monkeypatch, tmp_path, "protesters", True):
        yield


@pytest.fixture
def protesters_off(monkeypatch, tmp_path):
    with _dead_part(monkeypatch, tmp_path, "protesters", False):
        yield


@pytest.fixture
def same_place_on(monkeypatch, tmp_path):
    with _dead_part(monkeypatch, tmp_path, "same_place", True):
        yield


@pytest.fixture
def same_place_off(monkeypatch, tmp_path):
    with _dead_part(monkeypatch, tmp_path, "same_place", False):
        yield


def test_the_killing_the_arrested_took_part_in_is_their_charge(charge_on):
    assert type_place(piped_events(charge_on, CHARGED)) == [("arrest", "الصنمين")]


def test_a_cell_party_to_a_blast_tells_no_blast(charge_on):
    assert piped_events(charge_on, PARTY_TO) == []


def test_off_the_charge_is_read_as_acts_again(charge_off):
    assert "armed_clash" in [e["type"] for e in piped_events(charge_off, CHARGED)]
    assert [e["type"] for e in piped_events(charge_off, PARTY_TO)] == ["explosion"]


def test_hostages_set_free_are_a_release(pipe, freed_on):
    evs = piped_events(pipe, FREED)
    assert type_place(evs) == [("other", "الحراك")] and evs[0]["count"]["low"] == 3


def test_a_town_set_free_is_still_taken(pipe, freed_on):
    assert type_place(piped_events(pipe, TOWN)) == [("territory_change", "تل عرن")]


def test_off_hostages_set_free_are_a_taking_again(pipe, freed_off):
    assert [e["type"] for e in piped_events(pipe, FREED)] == ["territory_change"]


def test_protesters_killed_are_the_protest_with_its_dead(pipe, protesters_on):
    evs = piped_events(pipe, PROTESTERS)
    assert type_place(evs) == [("protest", "نوى")] and evs[0]["fatalities"]["low"] == 3


def test_off_protesters_killed_are_a_casualties_record_again(pipe, protesters_off):
    evs = piped_events(pipe, PROTESTERS)
    assert type_place(evs) == [("casualties", "نوى")] and evs[0]["fatalities"]["low"] == 3


def test_a_policeman_shot_by_protesters_is_read_as_before(pipe, monkeypatch, tmp_path):
    with _dead_part(monkeypatch, tmp_path, "protesters", True):
        on = type_place(piped_events(pipe, BY_PROTESTERS))
    with _dead_part(monkeypatch, tmp_path, "protesters", False):
        assert type_place(piped_events(pipe, BY_PROTESTERS)) == on


def test_a_protest_toll_told_sentences_later_is_the_protests(pipe, same_place_on):
    assert type_place(piped_events(pipe, TOLL_LATER)) == [("protest", "إنخل")]


def test_off_the_later_toll_is_a_casualties_record_again(pipe, same_place_off):
    assert type_place(piped_events(pipe, TOLL_LATER)) == [("protest", "إنخل"), ("casualties", "إنخل")]


def test_the_switches_ship_as_gated():
    """The states the data files ship (review42: the one test to edit when the lead flips one of extra's switches;
    every other test here sets the state it tests)."""
    from marsad.extract.events.vocab import _json
    frames_json, dead, cues = _json("frames.json"), _json("protest_dead.json"), _json("cues.json")
    assert frames_json["frames"]["charge_more"]["enabled"] is True
    assert (dead["protesters"]["enabled"], dead["same_place"]["enabled"]) == (True, True)
    assert cues["freed_people"]["enabled"] is False
