"""Parts of a strike told in its own sentence are no record of their own (issue 10, stop 40, helper extra).

A blast noun in a sentence that tells a strike is the strike's blast or its sound; a clash or a shelling in a sentence
naming air defences meeting an attack is the air strike they met (extract/events/strike_parts.py,
data/events/strike_parts.json, one switch per part). A bombing that names what exploded stays, and so does a clash
with a defence unit named for itself. Our own sentences, through the whole pipeline; spans checked exactly."""
from __future__ import annotations

import json

import pytest

from marsad.extract.events import strike_parts
from piped import checked_events as _events, type_place

RAIDS = "وأفاد ناشطون بأن طائرات حربية شنت غارتين على بلدة كفرزيتا فجر اليوم أعقبتهما انفجارات عنيفة في البلدة."
MISSILE = "وقال مدير المركز إن الصاروخ أحدث انفجاراً كبيراً في حي الميسر بمدينة حلب."
MET = "وذكرت وكالة الأنباء الرسمية أن الدفاعات الجوية تصدت لهجوم على مواقع قرب مطار الضمير العسكري ليل الأحد."
INTERCEPTED = "وقال مصدر عسكري إن المضادات الجوية اعترضت صواريخ معادية أطلقت باتجاه محيط مدينة مصياف."
CAR_BOMB = "وأسفر انفجار شاحنة مفخخة عند دوار مدينة الباب عن سقوط قتلى، بعد ساعات من قصف مدفعي على ريفها."
UNIT = "واشتبك مقاتلو الفصائل مع عناصر سرية الدفاع الجوي عند أطراف بلدة تل حاصل جنوب حلب مساء الخميس."


@pytest.fixture
def parts_off(monkeypatch, tmp_path):
    """Both parts switched off in a copy of the data file (the lead's switch is the file's)."""
    raw = json.loads(strike_parts.DATA.read_text(encoding="utf-8"))
    for part in ("blasts", "air_defence"):
        raw[part] = dict(raw[part], enabled=False)
    off = tmp_path / strike_parts.DATA.name
    off.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(strike_parts, "DATA", off)
    strike_parts._conf.cache_clear()
    yield
    monkeypatch.undo()
    strike_parts._conf.cache_clear()


def test_the_blasts_after_raids_are_the_raids(pipe):
    assert type_place(_events(pipe, RAIDS)) == [("airstrike", "كفرزيتا")]


def test_the_blast_a_missile_made_is_no_bombing(pipe):
    assert "explosion" not in [e["type"] for e in _events(pipe, MISSILE)]


def test_air_defences_meeting_an_attack_are_no_clash(pipe):
    assert type_place(_events(pipe, MET)) == [("airstrike", "مطار الضمير العسكري")]


def test_missiles_the_defences_intercepted_are_no_shelling(pipe):
    assert _events(pipe, INTERCEPTED) == []


def test_a_car_bomb_is_a_bombing_beside_a_shelling(pipe):
    assert sorted(e["type"] for e in _events(pipe, CAR_BOMB)) == ["explosion", "shelling"]


def test_a_blast_no_strike_is_told_with_is_a_bombing(pipe):
    # (review40) the strike word outside the blast noun is what makes it a strike's blast: none here, it stays
    text = "هز انفجار عنيف سوق بلدة الدانا ظهر الثلاثاء، وفق ناشطين محليين."
    assert type_place(_events(pipe, text)) == [("explosion", "الدانا")]


def test_a_defence_unit_fought_is_a_clash(pipe):
    assert type_place(_events(pipe, UNIT)) == [("armed_clash", "تل حاصل")]


@pytest.mark.parametrize("text,typ", [(RAIDS, "explosion"), (MISSILE, "explosion"), (MET, "armed_clash"),
                                      (INTERCEPTED, "shelling")])
def test_off_the_parts_are_records_again(pipe, parts_off, text, typ):
    assert typ in [e["type"] for e in _events(pipe, text)]


def test_each_part_has_its_own_switch():
    raw = json.loads(strike_parts.DATA.read_text(encoding="utf-8"))
    assert raw["blasts"]["enabled"] is True and raw["air_defence"]["enabled"] is True
