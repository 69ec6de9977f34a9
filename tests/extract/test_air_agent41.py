"""stop 41 (issue 10, helper extra): an attack whose agents are all Israel's forces, told by a neutral word of attack («قصف» aside), in a
sentence that names no ground weapon, is an air strike (air_agent.py, switch air_agent.json `enabled`); Israel's
artillery stays shelling. Our own sentences; spans checked exactly (piped.checked_events)."""
from __future__ import annotations

import json

import pytest

from marsad.extract.events import air_agent
from piped import checked_events as _events, file_switched_off, type_place

ATTACKED = "وأفادت وكالة الأنباء الرسمية بأن إسرائيل هاجمت مستودعات قرب بلدة الكسوة فجر اليوم."
BOMBED = "وقصفت إسرائيل مخازن ذخيرة في بلدة الكسوة ليل الأحد، وفق مصدر عسكري."
TARGETED = "واستهدفت إسرائيل بهجوم صاروخي مخازن ذخيرة في بلدة الكسوة ليل الأحد، وفق مصدر عسكري."
ARTILLERY = "وأطلقت المدفعية الإسرائيلية أربع قذائف على أطراف بلدة جباتا الخشب مساء الأحد."


@pytest.fixture
def air_agent_off(monkeypatch, tmp_path):
    with file_switched_off(monkeypatch, tmp_path, air_agent, air_agent._conf):
        yield


@pytest.mark.parametrize("text", [ATTACKED, TARGETED])
def test_israels_attack_told_by_a_neutral_word_is_an_air_strike(pipe, text):
    assert type_place(_events(pipe, text)) == [("airstrike", "الكسوة")]


def test_israels_bombardment_keeps_its_type(pipe):
    assert type_place(_events(pipe, BOMBED)) == [("shelling", "الكسوة")]


def test_israels_artillery_stays_shelling(pipe):
    evs = _events(pipe, ARTILLERY)
    assert type_place(evs) == [("shelling", "جباتا الخشب")] and evs[0]["count"]["low"] == 4


@pytest.mark.parametrize("text,typ", [(ATTACKED, "armed_clash"), (TARGETED, "shelling")])
def test_off_the_neutral_word_keeps_its_default_type(pipe, air_agent_off, text, typ):
    assert [e["type"] for e in _events(pipe, text)] == [typ]


def test_air_agent_is_shipped_on():
    assert json.loads(air_agent.DATA.read_text(encoding="utf-8"))["enabled"] is True
