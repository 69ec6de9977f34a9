"""Two days are two acts (stop 41, issue 10: incidents joined into one record), on our own sentences.

- `dated_opening_apart`: a lead dated by the page alone («شهدت بلدات عدة في ريف إدلب تظاهرات»), then a sentence that
  fronts another day with «وفي» («وفي العاشر من الشهر الماضي، تظاهر مئات …»), was one incident to the rules: the
  lead-then-detail joins and coarse_told's merge compare only days the text gives both tellings, so the lead took the
  earlier act's day and place and the act of the page's day was lost (incidents._dated_opening,
  coarse_told._fronted_day, both asking tellings.opens_on_day).
- `two_days_apart`: a clause of its own after an incident's telling in its sentence («…، ثم قصفتها مجدداً يوم
  الأربعاء») that the text dates to another day, and does not name the act again, was joined to it when the same
  place and no part word left the clauses one incident (incidents._two_days). A day told as the onset of the act
  («عقب اشتباكات دامت منذ مساء أمس»: joins.json day_onset_words) is no other act's day.
Both are switches in joins.json; off, the rules' reading comes back."""
from __future__ import annotations

import pytest

from marsad.extract.events import tellings
from marsad.extract.events.vocab import _json
from piped import figure_low, piped_events, place_surface

PUBLISHED_A, PUBLISHED_B = "2024-03-05", "2024-03-08"
PROTESTS = ("شهدت بلدات عدة في ريف إدلب الشمالي تظاهرات ضد الغلاء وانقطاع الكهرباء. وفي العاشر من الشهر الماضي، "
            "تظاهر مئات من سكان مدينة سرمدا أمام مبنى المجلس المحلي.")
DRONES = ("استهدفت طائرات مسيّرة مواقع في ريف الحسكة الشرقي. وفي الثالث من شباط الماضي، أصابت ضربة بمسيّرة دراجة "
          "نارية داخل قرية تل حميس، موقعة جريحاً.")
DAY_BEFORE = "تعرضت قرى في جبل الزاوية لقصف مدفعي عنيف. وفي اليوم السابق، قُتل رجلان بقصف مدفعي على بلدة كنصفرة."
NO_DAY = "تعرضت قرى في جبل الزاوية لقصف مدفعي عنيف. وقُتل رجلان بقصف مدفعي على بلدة كنصفرة."
SHELLED_AGAIN = "قصفت المدفعية بلدة نوى في ريف درعا يوم الاثنين الماضي، ثم قصفتها مجدداً يوم الأربعاء."
ARRESTED_AGAIN = ("اعتقلت دورية أمنية ثلاثة شبان من بلدة الصنمين يوم السبت الماضي، وعادت فاعتقلت شاباً رابعاً من "
                  "البلدة يوم الاثنين.")
OUT_AGAIN = "تظاهر العشرات في مدينة جبلة يوم الجمعة الماضي، وخرجوا مجدداً في تظاهرة أمام البلدية يوم الأحد."
NAMED_AGAIN = "قصفت المدفعية بلدة نوى في ريف درعا يوم الاثنين الماضي، وأدى القصف الذي استمر حتى الثلاثاء إلى دمار منازل."
SAME_DAY = "قصفت المدفعية بلدة نوى في ريف درعا يوم الاثنين الماضي، ثم قصفتها مجدداً مساء اليوم نفسه."
BATTLE_BEFORE = "سيطرت الفصائل على بلدة كفرنبل اليوم الخميس، عقب اشتباكات ضارية مع الجيش دامت منذ مساء أمس."


def _brief(pipe, published: str, text: str) -> list[tuple]:
    """(type, place, figure, trigger, date) of each asserted record; every span checked (piped.py), the trigger's
    here."""
    out = []
    for e in piped_events(pipe, text, published=published):
        assert text[e["start"]:e["end"]] == e["trigger"]
        out.append((e["type"], place_surface(e), figure_low(e), e["trigger"], e.get("date")))
    return out


def _off(monkeypatch, key: str) -> None:
    switched = tellings.switched
    monkeypatch.setattr(tellings, "switched", lambda k: k != key and switched(k))


def _on(monkeypatch, key: str) -> None:
    switched = tellings.switched
    monkeypatch.setattr(tellings, "switched", lambda k: k == key or switched(k))


def test_the_switches_stand_in_the_file_as_the_lead_left_them():
    # two_days_apart lost on stop 41's fresh sets (two records, no match): the lead switched it off
    assert _json("joins.json")["dated_opening_apart"]["enabled"] is True
    assert tellings.switched("dated_opening_apart") is True
    assert _json("joins.json")["two_days_apart"]["enabled"] is False
    assert tellings.switched("two_days_apart") is False


def test_a_protest_of_last_month_is_not_the_leads(pipe):
    # the lead keeps the page's day at its area; last month's protest its own day, town and crowd
    assert _brief(pipe, PUBLISHED_A, PROTESTS) == [("protest", "ريف إدلب الشمالي", None, "تظاهرات", "2024-03-05"),
                                      ("protest", "سرمدا", 200, "تظاهر", "2024-02-10")]


def test_a_strike_of_february_is_its_own_record(pipe):
    assert _brief(pipe, PUBLISHED_A, DRONES) == [("airstrike", "ريف الحسكة الشرقي", None, "استهدفت", "2024-03-05"),
                                    ("airstrike", "تل حميس", None, "ضربة", "2024-02-03")]


def test_the_day_before_is_another_day(pipe):
    assert _brief(pipe, PUBLISHED_A, DAY_BEFORE) == [("shelling", "جبل الزاوية", None, "قصف مدفعي", "2024-03-05"),
                                        ("shelling", "كنصفرة", None, "قصف مدفعي", "2024-03-04")]


def test_no_day_fronted_the_detail_is_the_leads(pipe):
    # the town told right after its area with no day of its own is the lead's act told in detail (both states)
    on = _brief(pipe, PUBLISHED_A, NO_DAY)
    assert on == [("shelling", "كنصفرة", None, "قصف مدفعي", "2024-03-05")]


def test_off_the_lead_takes_the_earlier_act_in(pipe, monkeypatch):
    _off(monkeypatch, "dated_opening_apart")
    assert _brief(pipe, PUBLISHED_A, PROTESTS) == [("protest", "سرمدا", 200, "تظاهر", "2024-02-10")]
    assert _brief(pipe, PUBLISHED_A, DRONES) == [("airstrike", "تل حميس", None, "ضربة", "2024-02-03")]
    assert _brief(pipe, PUBLISHED_A, NO_DAY) == [("shelling", "كنصفرة", None, "قصف مدفعي", "2024-03-05")]


def test_a_town_shelled_on_two_days_is_two_acts(pipe, monkeypatch):
    _on(monkeypatch, "two_days_apart")
    assert _brief(pipe, PUBLISHED_B, SHELLED_AGAIN) == [("shelling", "نوى", None, "قصفت", "2024-03-04"),
                                           ("shelling", "نوى", None, "قصفتها", "2024-03-06")]


def test_a_second_arrest_two_days_later_is_its_own(pipe, monkeypatch):
    _on(monkeypatch, "two_days_apart")
    # the three of Saturday stay the first act's figure; Monday's arrest is another act at the same town
    assert _brief(pipe, PUBLISHED_B, ARRESTED_AGAIN) == [("arrest", "الصنمين", 3, "اعتقلت", "2024-03-02"),
                                            ("arrest", "الصنمين", None, "اعتقلت", "2024-03-04")]


def test_a_protest_out_again_on_sunday(pipe, monkeypatch):
    _on(monkeypatch, "two_days_apart")
    assert _brief(pipe, PUBLISHED_B, OUT_AGAIN) == [("protest", "جبلة", 20, "تظاهر", "2024-03-01"),
                                       ("protest", "جبلة", None, "تظاهرة", "2024-03-03")]


def test_the_act_named_again_and_the_same_day_stay_one(pipe):
    # «القصف الذي استمر حتى الثلاثاء» names the act told before; «مساء اليوم نفسه» is its day (both states)
    assert _brief(pipe, PUBLISHED_B, NAMED_AGAIN) == [("shelling", "نوى", None, "قصفت", "2024-03-04")]
    assert _brief(pipe, PUBLISHED_B, SAME_DAY) == [("shelling", "نوى", None, "قصفت", "2024-03-04")]


def test_the_battle_begun_the_day_before_is_the_takings(pipe, monkeypatch):
    _on(monkeypatch, "two_days_apart")
    # «استمرت منذ مساء أمس» dates the battle's onset, not another act (joins.json day_onset_words); without the
    # onset words the battle would go apart as yesterday's clash
    assert _brief(pipe, PUBLISHED_B, BATTLE_BEFORE) == [("territory_change", "كفرنبل", None, "سيطرت", "2024-03-08")]
    words = tellings.joins_words
    monkeypatch.setattr(tellings, "joins_words", lambda k: frozenset() if k == "day_onset_words" else words(k))
    assert [r[:2] for r in _brief(pipe, PUBLISHED_B, BATTLE_BEFORE)] == [("territory_change", "كفرنبل"), ("armed_clash", "كفرنبل")]


def test_off_the_two_days_are_joined_again(pipe, monkeypatch):
    _off(monkeypatch, "two_days_apart")
    assert _brief(pipe, PUBLISHED_B, SHELLED_AGAIN) == [("shelling", "نوى", None, "قصفت", "2024-03-04")]
    assert _brief(pipe, PUBLISHED_B, ARRESTED_AGAIN) == [("arrest", "الصنمين", 3, "اعتقلت", "2024-03-02")]
    assert _brief(pipe, PUBLISHED_B, NAMED_AGAIN) == [("shelling", "نوى", None, "قصفت", "2024-03-04")]
