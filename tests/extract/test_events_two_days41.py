"""Two days in one sentence are two acts (stop 41, issue 10), on our own sentences: a clause of its own after an
incident's telling in its sentence («…، ثم قصفتها مجدداً يوم الأربعاء») that the text dates to another day than the
incident, and that does not name the act again, was joined to it when the same place and no part word left the two
clauses one incident to the rules. joins.json `two_days_apart` keeps them apart (incidents._two_days). Off, the rules'
reading comes back. A day told as the onset of the act («بعد معارك استمرت منذ مساء أمس») is no other act's day."""
from __future__ import annotations

import pytest

from marsad.extract.events import tellings
from marsad.extract.events.vocab import _json
from piped import figure_low, piped_events, place_surface

SHELLED_AGAIN = "قصفت المدفعية بلدة نوى في ريف درعا يوم الاثنين الماضي، ثم قصفتها مجدداً يوم الأربعاء."
ARRESTED_AGAIN = ("اعتقلت دورية أمنية ثلاثة شبان من بلدة الصنمين يوم السبت الماضي، وعادت فاعتقلت شاباً رابعاً من "
                  "البلدة يوم الاثنين.")
OUT_AGAIN = "تظاهر العشرات في مدينة جبلة يوم الجمعة الماضي، وخرجوا مجدداً في تظاهرة أمام البلدية يوم الأحد."
NAMED_AGAIN = "قصفت المدفعية بلدة نوى في ريف درعا يوم الاثنين الماضي، وأدى القصف الذي استمر حتى الثلاثاء إلى دمار منازل."
SAME_DAY = "قصفت المدفعية بلدة نوى في ريف درعا يوم الاثنين الماضي، ثم قصفتها مجدداً مساء اليوم نفسه."
BATTLE_BEFORE = "سيطرت الفصائل على بلدة كفرنبل اليوم الخميس، عقب اشتباكات ضارية مع الجيش دامت منذ مساء أمس."


def _brief(pipe, text: str) -> list[tuple]:
    """(type, place, figure, trigger, date) of each asserted record; every span checked (piped.py), the trigger's
    here."""
    out = []
    for e in piped_events(pipe, text, published="2024-03-08"):
        assert text[e["start"]:e["end"]] == e["trigger"]
        out.append((e["type"], place_surface(e), figure_low(e), e["trigger"], e.get("date")))
    return out


@pytest.fixture
def off(monkeypatch):
    switched = tellings.switched
    monkeypatch.setattr(tellings, "switched", lambda key: key != "two_days_apart" and switched(key))


def test_the_switch_is_on_in_the_file():
    assert _json("joins.json")["two_days_apart"]["enabled"] is True
    assert tellings.switched("two_days_apart") is True


def test_a_town_shelled_on_two_days_is_two_acts(pipe):
    assert _brief(pipe, SHELLED_AGAIN) == [("shelling", "نوى", None, "قصفت", "2024-03-04"),
                                           ("shelling", "نوى", None, "قصفتها", "2024-03-06")]


def test_a_second_arrest_two_days_later_is_its_own(pipe):
    # the three of Saturday stay the first act's figure; Monday's arrest is another act at the same town
    assert _brief(pipe, ARRESTED_AGAIN) == [("arrest", "الصنمين", 3, "اعتقلت", "2024-03-02"),
                                            ("arrest", "الصنمين", None, "اعتقلت", "2024-03-04")]


def test_a_protest_out_again_on_sunday(pipe):
    assert _brief(pipe, OUT_AGAIN) == [("protest", "جبلة", 20, "تظاهر", "2024-03-01"),
                                       ("protest", "جبلة", None, "تظاهرة", "2024-03-03")]


def test_the_act_named_again_and_the_same_day_stay_one(pipe):
    # «القصف الذي استمر حتى الثلاثاء» names the act told before; «مساء اليوم نفسه» is its day (both states)
    assert _brief(pipe, NAMED_AGAIN) == [("shelling", "نوى", None, "قصفت", "2024-03-04")]
    assert _brief(pipe, SAME_DAY) == [("shelling", "نوى", None, "قصفت", "2024-03-04")]


def test_the_battle_begun_the_day_before_is_the_takings(pipe, monkeypatch):
    # «استمرت منذ مساء أمس» dates the battle's onset, not another act (joins.json day_onset_words); without the
    # onset words the battle would go apart as yesterday's clash
    assert _brief(pipe, BATTLE_BEFORE) == [("territory_change", "كفرنبل", None, "سيطرت", "2024-03-08")]
    words = tellings.joins_words
    monkeypatch.setattr(tellings, "joins_words", lambda k: frozenset() if k == "day_onset_words" else words(k))
    assert [r[:2] for r in _brief(pipe, BATTLE_BEFORE)] == [("territory_change", "كفرنبل"), ("armed_clash", "كفرنبل")]


def test_off_the_rules_join_comes_back(pipe, off):
    assert _brief(pipe, SHELLED_AGAIN) == [("shelling", "نوى", None, "قصفت", "2024-03-04")]
    assert _brief(pipe, ARRESTED_AGAIN) == [("arrest", "الصنمين", 3, "اعتقلت", "2024-03-02")]
    assert _brief(pipe, NAMED_AGAIN) == [("shelling", "نوى", None, "قصفت", "2024-03-04")]
