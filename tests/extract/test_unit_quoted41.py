"""Stop 41 (helper layer): a unit's name and number alone inside quotes is read as the bare name is
(unlisted._quote_around; cues.json unlisted_places unit_quoted): the words before the opening quote place the act on
the base, the anchor after the closing quote ties it. Sentences written for these tests; spans asserted."""
from __future__ import annotations

import pytest

from marsad.extract.events import unlisted
from marsad.extract.events.vocab import _json
from piped import piped_events, type_place


@pytest.fixture(autouse=True)
def _on(monkeypatch):
    """unit_quoted on whatever the file ships: flipping it in the file changes only test_the_switch_is_on_in_the_file."""
    monkeypatch.setitem(unlisted._cues(), "unit_quoted", True)


def test_the_switch_is_on_in_the_file():
    assert _json("cues.json")["unlisted_places"]["unit_quoted"] is True


def _at(evs, typ, place):
    return [e for e in evs if e["type"] == typ and (e["place"] or {}).get("surface") == place]


@pytest.mark.parametrize("text,typ,place", [
    ("أحكم الثوار قبضتهم على «الفوج 58» بعد معارك عنيفة استمرت ساعات في ريف حماة.",
     "territory_change", "الفوج 58"),
    ("أعلن مصدر ميداني أن الثوار سيطروا على \"الفوج 46\" غرب مدينة الأتارب مساء الأحد.",
     "territory_change", "الفوج 46"),
])
def test_a_quoted_unit_is_the_base(pipe, text, typ, place):
    got = _at(piped_events(pipe, text), typ, place)
    assert got, type_place(piped_events(pipe, text))
    p = got[0]["place"]
    assert text[p["start"]:p["end"]] == place and p["kind"] == "facility"


def test_a_quoted_unit_stationed_somewhere_is_the_unit(pipe):
    text = "قصفت الطائرات مواقع «الفوج 58» المتمركز في بلدة عين عيسى شمال الرقة."
    assert not _at(piped_events(pipe, text), "airstrike", "الفوج 58")


def test_the_switch_off(pipe, monkeypatch):
    monkeypatch.setitem(unlisted._cues(), "unit_quoted", False)
    text = "أحكم الثوار قبضتهم على «الفوج 58» بعد معارك عنيفة استمرت ساعات في ريف حماة."
    assert not _at(piped_events(pipe, text), "territory_change", "الفوج 58")


def test_a_quoted_unit_affiliated_to_an_army_is_a_faction(pipe):
    text = "قصف الطيران الحربي مواقع «الفرقة 30» التابعة لفصائل المعارضة قرب بلدة كفرنبل صباح اليوم."
    evs = piped_events(pipe, text)
    assert not [e for e in evs if (e["place"] or {}).get("surface") == "الفرقة 30"], type_place(evs)
