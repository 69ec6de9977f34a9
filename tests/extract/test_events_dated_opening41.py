"""A sentence opened on a day of its own is another act (stop 41, issue 10), on our own sentences: a lead dated by the
page alone («شهدت بلدات عدة في ريف إدلب تظاهرات»), then a sentence that fronts another day with «وفي» («وفي العاشر من
الشهر الماضي، تظاهر مئات من سكان مدينة سرمدا»), was one incident to the rules: the lead-then-detail joins and
coarse_told's merge compare only days the text gives both tellings, so the lead took the earlier act's day and place
and the act of the page's day was lost. joins.json `dated_opening_apart` keeps them apart (incidents._dated_opening,
coarse_told._fronted_day, both asking tellings.opens_on_day). Off, the rules' reading comes back."""
from __future__ import annotations

import pytest

from marsad.extract.events import tellings
from marsad.extract.events.vocab import _json
from piped import figure_low, piped_events, place_surface

PROTESTS = ("شهدت بلدات عدة في ريف إدلب الشمالي تظاهرات ضد الغلاء وانقطاع الكهرباء. وفي العاشر من الشهر الماضي، "
            "تظاهر مئات من سكان مدينة سرمدا أمام مبنى المجلس المحلي.")
DRONES = ("استهدفت طائرات مسيّرة مواقع في ريف الحسكة الشرقي. وفي الثالث من شباط الماضي، أصابت ضربة بمسيّرة دراجة "
          "نارية داخل قرية تل حميس، موقعة جريحاً.")
DAY_BEFORE = "تعرضت قرى في جبل الزاوية لقصف مدفعي عنيف. وفي اليوم السابق، قُتل رجلان بقصف مدفعي على بلدة كنصفرة."
NO_DAY = "تعرضت قرى في جبل الزاوية لقصف مدفعي عنيف. وقُتل رجلان بقصف مدفعي على بلدة كنصفرة."


def _brief(pipe, text: str) -> list[tuple]:
    """(type, place, figure, trigger, date) of each asserted record; every span checked (piped.py), the trigger's
    here."""
    out = []
    for e in piped_events(pipe, text, published="2024-03-05"):
        assert text[e["start"]:e["end"]] == e["trigger"]
        out.append((e["type"], place_surface(e), figure_low(e), e["trigger"], e.get("date")))
    return out


@pytest.fixture
def off(monkeypatch):
    switched = tellings.switched
    monkeypatch.setattr(tellings, "switched", lambda key: key != "dated_opening_apart" and switched(key))


def test_the_switch_is_on_in_the_file():
    assert _json("joins.json")["dated_opening_apart"]["enabled"] is True
    assert tellings.switched("dated_opening_apart") is True


def test_a_protest_of_last_month_is_not_the_leads(pipe):
    # the lead keeps the page's day at its area; last month's protest its own day, town and crowd
    assert _brief(pipe, PROTESTS) == [("protest", "ريف إدلب الشمالي", None, "تظاهرات", "2024-03-05"),
                                      ("protest", "سرمدا", 200, "تظاهر", "2024-02-10")]


def test_a_strike_of_february_is_its_own_record(pipe):
    assert _brief(pipe, DRONES) == [("airstrike", "ريف الحسكة الشرقي", None, "استهدفت", "2024-03-05"),
                                    ("airstrike", "تل حميس", None, "ضربة", "2024-02-03")]


def test_the_day_before_is_another_day(pipe):
    assert _brief(pipe, DAY_BEFORE) == [("shelling", "جبل الزاوية", None, "قصف مدفعي", "2024-03-05"),
                                        ("shelling", "كنصفرة", None, "قصف مدفعي", "2024-03-04")]


def test_no_day_fronted_the_detail_is_the_leads(pipe):
    # the town told right after its area with no day of its own is the lead's act told in detail (both states)
    on = _brief(pipe, NO_DAY)
    assert on == [("shelling", "كنصفرة", None, "قصف مدفعي", "2024-03-05")]


def test_off_the_rules_join_comes_back(pipe, off):
    assert _brief(pipe, PROTESTS) == [("protest", "سرمدا", 200, "تظاهر", "2024-02-10")]
    assert _brief(pipe, DRONES) == [("airstrike", "تل حميس", None, "ضربة", "2024-02-03")]
    assert _brief(pipe, NO_DAY) == [("shelling", "كنصفرة", None, "قصف مدفعي", "2024-03-05")]
