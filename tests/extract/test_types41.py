"""Type errors at the gold's place (stop 41, helper types), on our own sentences.

- joins.json `fight_told_alone`: an incident typed a taking (tellings.dominant: a taking over its fighting) whose
  fullest telling is a fight, with no taking of the incident in that telling's sentence, records the fight: its place
  and dead are the fight's, so it is an armed clash. A taking told with its fight in one sentence keeps its type.
- types.json `weapon_told_before`: a bombardment noun with no weapon word of its own takes the air strike's kind when
  the nearest weapon word told before it in its sentence is an air strike's; a ground weapon told before leaves it
  shelling.
Each switch off gives the rules' older reading back."""
from __future__ import annotations

import pytest

from marsad.extract.events import mentions, tellings
from marsad.extract.events.vocab import _json
from piped import piped_events, placed_brief as _brief

FIGHT_THEN_TAKING = ("دارت أمس في مدينة الصنمين مواجهات بين قوات الأمن ومسلحين محليين أودت بحياة أربعة عناصر. "
                     "وبعد منتصف الليل تجددت الاشتباكات إثر سيطرة المسلحين على حاجز الكاشف.")
TAKING_WITH_FIGHT = "انتزعت الفصائل بلدة تل عاصي بعد معارك عنيفة قُتل فيها سبعة عناصر."
AIR_THEN_BOMBING = ("قُتل ثلاثة مدنيين بغارات جوية استهدفت منازل في أطراف بلدة كفرسجنة بريف حماة الشمالي صباح الاثنين، "
                    "فيما طال قصف عنيف قرية الركايا المجاورة.")
SAME_KIND = "قتل ستة مدنيين بغارات روسية على بلدة معرشورين، واثنان بقصف من النوع ذاته على قرية حيش."
GROUND_THEN_BOMBING = "سقطت قذائف مدفعية على بلدة كفرنبودة، كما طال القصف قرية الهبيط."
ANSWERED = ("شنت طائرات حربية غارات عنيفة على أحياء مدينة سرمين وأطرافها الشرقية منذ ساعات الصباح الأولى، في حين ردت "
            "الفصائل المسلحة بقصف على مواقع للنظام في قرية تل الطوقان.")


@pytest.fixture
def fight_off(monkeypatch):
    real = tellings.switched
    monkeypatch.setattr(tellings, "switched", lambda key: False if key == "fight_told_alone" else real(key))


@pytest.fixture
def told_before_off(monkeypatch):
    monkeypatch.setattr(mentions, "WEAPON_TOLD_BEFORE", False)


def test_the_switches_are_on_in_the_files():
    assert _json("joins.json")["fight_told_alone"]["enabled"] is True
    assert tellings.switched("fight_told_alone") is True
    assert _json("types.json")["weapon_told_before"]["enabled"] is True
    assert mentions.WEAPON_TOLD_BEFORE is True


def test_a_fight_told_alone_is_a_clash(pipe):
    assert _brief(pipe, FIGHT_THEN_TAKING) == [("armed_clash", "الصنمين", 4, "مواجهات")]


def test_off_the_taking_types_the_fight(pipe, fight_off):
    assert _brief(pipe, FIGHT_THEN_TAKING) == [("territory_change", "الصنمين", 4, "مواجهات")]


@pytest.mark.parametrize("switch_off", [False, True])
def test_a_taking_told_with_its_fight_stays_a_taking(pipe, monkeypatch, switch_off):
    if switch_off:
        monkeypatch.setattr(tellings, "switched", lambda key: False)
    assert _brief(pipe, TAKING_WITH_FIGHT) == [("territory_change", "تل عاصي", 7, "انتزعت")]


@pytest.mark.parametrize("text,first,place,fig", [
    (AIR_THEN_BOMBING, ("airstrike", "كفرسجنة", 3, "غارات جوية"), "الركايا", None),
    (SAME_KIND, ("airstrike", "معرشورين", 6, "غارات"), "حيش", 2),
])
def test_a_bombing_after_air_strikes_is_theirs(pipe, text, first, place, fig):
    recs = _brief(pipe, text)
    assert recs == [first, ("airstrike", place, fig, "قصف")]
    e = piped_events(pipe, text)[1]
    assert text[e["start"]:e["end"]] == "قصف"


def test_off_the_bombing_is_shelling(pipe, told_before_off):
    # (SAME_KIND's strikes stand within the rules' own weapon window: air strikes with the switch off too)
    assert [r[:2] for r in _brief(pipe, AIR_THEN_BOMBING)] == [("airstrike", "كفرسجنة"), ("shelling", "الركايا")]


@pytest.mark.parametrize("switch_off", [False, True])
def test_a_ground_weapon_before_leaves_it_shelling(pipe, monkeypatch, switch_off):
    if switch_off:
        monkeypatch.setattr(mentions, "WEAPON_TOLD_BEFORE", False)
    assert [r[:2] for r in _brief(pipe, GROUND_THEN_BOMBING)] == [("shelling", "كفرنبودة"), ("shelling", "الهبيط")]


def test_a_doer_of_its_own_keeps_its_bombing_shelling(pipe):
    """(the other side's answer: its clause names its own doer before the bombing)"""
    assert [r[:2] for r in _brief(pipe, ANSWERED)] == [("airstrike", "سرمين"), ("shelling", "تل الطوقان")]
