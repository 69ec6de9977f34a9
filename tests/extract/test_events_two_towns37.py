"""Two towns, two incidents (stop 37, issue 10: one record per incident), on our own sentences: a later sentence
telling the act's type at a town of its own, while the incident already has another town in its body, is another
incident (two_towns.py); the same town told again, the town a result or a transfer names, and the rules' lists in one
sentence stay as the rules make them; off, the rules' join comes back."""
from __future__ import annotations

import json

import pytest

from marsad.extract.events import two_towns
from piped import checked_events

HEAD = "غارات جوية روسية تطال بلدات جنوبي إدلب\n"
LEAD = "قُتل أربعة مدنيين بغارة نفذتها طائرة حربية روسية على بلدة معرة حرمة. "
TWO = HEAD + LEAD + "وأغارت الطائرات بعد الظهر على قرية حيش، فجُرح طفلان."
SAME = HEAD + LEAD + "وأغارت الطائرات بعد الظهر على البلدة نفسها، فجُرح طفلان."
RESULT = HEAD + LEAD + "وأدت الغارة إلى دمار في سوق قرية حيش المجاورة."
TAKEN = ("حملة اعتقالات في ريف درعا الشرقي\nاعتقلت دورية للأمن ثلاثة شبان من بلدة الحراك صباح اليوم. وقال ناشطون إن "
         "الدورية اقتادت الشبان إلى فرع الأمن في مدينة درعا.")
LIST = "قصفت قوات النظام بلدتي كفرنبل وحيش جنوبي إدلب مساء الأحد."


def _records(pipe, text: str, published: str = "2021-03-04") -> list[dict]:
    """The asserted records, every span checked against the text (piped.checked_events)."""
    return [e for e in checked_events(pipe, text, published) if e["modality"] == "asserted"]


def _brief(e: dict) -> tuple:
    fig = e.get("fatalities") or e.get("count") or {}
    return e["type"], (e.get("place") or {}).get("surface"), fig.get("low"), e["trigger"]


@pytest.fixture
def off(monkeypatch):
    monkeypatch.setattr(two_towns, "ENABLED", False)


def test_a_raid_told_at_another_village_is_its_own_incident(pipe):
    recs = _records(pipe, TWO)
    assert [_brief(e) for e in recs] == [("airstrike", "معرة حرمة", 4, "غارات جوية"),
                                         ("airstrike", "حيش", None, "أغارت")]
    raid = recs[1]
    assert [m["surface"] for m in raid["mentions"]] == ["أغارت", "جُرح"]  # its wounded go with it
    assert raid["start"] == TWO.index("أغارت") and raid["place"]["start"] == TWO.index("حيش")


def test_off_the_rules_join_the_raid(pipe, off, no_splitter):
    recs = _records(pipe, TWO)
    assert [_brief(e) for e in recs] == [("airstrike", "معرة حرمة", 4, "غارات جوية")]
    assert [m["surface"] for m in recs[0]["mentions"]] == ["غارات جوية", "قُتل", "غارة", "أغارت", "جُرح"]


@pytest.mark.parametrize("text,town", [
    (SAME, "معرة حرمة"),  # the same town named again: one incident
    (RESULT, "معرة حرمة"),  # the town where the strike's result fell is no town of a strike of its own
    (TAKEN, "الحراك"),  # where the patrol took them is no place of the arrest
])
def test_a_town_that_is_not_the_act_s_own_keeps_one_incident(pipe, text, town):
    recs = _records(pipe, text)
    assert len(recs) == 1 and (recs[0].get("place") or {}).get("surface") == town


def test_one_sentence_naming_two_towns_is_left_to_the_rules(pipe):
    on = [_brief(e) for e in _records(pipe, LIST)]
    two_towns.ENABLED = False
    try:
        assert [_brief(e) for e in _records(pipe, LIST)] == on
    finally:
        two_towns.ENABLED = True


def test_the_committed_file_is_on_and_lists_towns():
    raw = json.loads(two_towns.DATA.read_text(encoding="utf-8"))
    assert raw["enabled"] is True and raw["kinds"] == ["locality", "city"]
