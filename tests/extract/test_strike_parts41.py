"""stop 41 (issue 10, helper extra): strike_parts.json `destroyed`: an `other` record told by a verb of destroying
with a weapon or a vehicle after it is the damage done in the fight or strike its sentence tells, no event of its
own. Our own sentences, both states of the switch; spans checked exactly (piped.checked_events)."""
from __future__ import annotations

import json

import pytest

from marsad.extract.events import strike_parts
from piped import checked_events as _events, file_switched_off, type_place

FIGHT = "واندلعت مواجهات عنيفة أمس بين القوات والمقاتلين قرب بلدة عربين، دمّر خلالها المقاتلون مدرعة للقوات."
HIT = "وقال مصدر عسكري إن الجيش دمّر ثلاث عربات مصفحة لفصيل مسلح قرب بلدة اللطامنة، ما أدى إلى مقتل من فيها."


@pytest.fixture
def destroyed_off(monkeypatch, tmp_path):
    """`destroyed` switched off in a copy of the data file (the other parts as shipped)."""
    with file_switched_off(monkeypatch, tmp_path, strike_parts, strike_parts._conf, "destroyed"):
        yield


def test_a_vehicle_destroyed_in_a_fight_is_no_event_of_its_own(pipe):
    assert type_place(_events(pipe, FIGHT)) == [("armed_clash", "عربين")]


def test_vehicles_destroyed_by_the_army_leave_their_dead_only(pipe):
    assert [e["type"] for e in _events(pipe, HIT)] == ["casualties"]


@pytest.mark.parametrize("text", [FIGHT, HIT])
def test_off_the_destroying_is_an_other_record_again(pipe, destroyed_off, text):
    assert "other" in [e["type"] for e in _events(pipe, text)]


def test_destroyed_is_shipped_on():
    assert json.loads(strike_parts.DATA.read_text(encoding="utf-8"))["destroyed"]["enabled"] is True
