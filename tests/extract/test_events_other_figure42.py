"""Another source's count of one act is that act (stop 42, issue 10: one incident told twice), on our own sentences.

The rules refused to join two tellings of a type whose figures differ (incidents._figures), so a lead with its
count, then a source's account of the same act at the same place with another count («… غير أن منظمة محلية قدّرت
عدد النازحين بخمسة عشر ألفاً»), made two records of one act. With joins.json `other_figure_same_act` on, a telling
one or two sentences after the incident's last, of its type, at the same place, on no other day, neither a sum, a
tally, a recall, a part nor another act of the kind (no word of similar_words right after it), joins the incident
(incidents._other_figure); the incident keeps its first count. Off, the two records come back."""
from __future__ import annotations

from marsad.extract.events import tellings
from marsad.extract.events.vocab import _json
from piped import figure_low, piped_events, place_surface

KEY = "other_figure_same_act"
LEAD = "قُتل خمسة مدنيين اليوم بغارات جوية على بلدة أريحا في ريف إدلب. "
DISPLACED = ("نزح أكثر من عشرين ألف مدني من مدينة سراقب خلال يومين هرباً من القصف. غير أن منظمة محلية قدّرت عدد "
             "النازحين من مدينة سراقب بخمسة عشر ألفاً.")
STRIKES = LEAD + "وذكر الدفاع المدني أن طائرات حربية شنت غارات على بلدة أريحا فقتلت سبعة مدنيين."
ARRESTS = ("اعتقلت دورية أمنية اليوم أربعة شبان عند مدخل بلدة إبطع. وقال ناشط إن الدورية اعتقلت ستة شبان من "
           "بلدة إبطع بعد مداهمة منازلهم.")
SIMILAR = LEAD + "وذكر الدفاع المدني أن غارات روسية مماثلة على بلدة أريحا قتلت سبعة مدنيين."
YESTERDAY = LEAD + "وذكر الدفاع المدني أن غارات على بلدة أريحا قتلت أمس الأحد سبعة مدنيين."
OTHER_TOWN = LEAD + "وذكر الدفاع المدني أن طائرات حربية شنت غارات على بلدة سرمين فقتلت سبعة مدنيين."
ONE_SENTENCE = ("اعتقلت دورية أمنية اليوم أربعة شبان عند مدخل بلدة إبطع، واعتقلت دورية ثانية ستة شبان من بلدة "
                "إبطع بعد مداهمة منازلهم.")


def _brief(pipe, text: str) -> list[tuple]:
    """(type, place, figure) of each asserted record (piped.py checks every span)."""
    return [(e["type"], place_surface(e), figure_low(e)) for e in piped_events(pipe, text, published="2024-03-05")]


def _set(monkeypatch, on: bool) -> None:
    switched = tellings.switched
    monkeypatch.setattr(tellings, "switched", lambda k: on if k == KEY else switched(k))


def test_the_switch_is_on_in_the_file():
    assert _json("joins.json")[KEY]["enabled"] is True
    assert tellings.switched(KEY) is True


def test_a_second_estimate_of_the_displaced_is_one_record(pipe, monkeypatch):
    _set(monkeypatch, True)
    assert _brief(pipe, DISPLACED) == [("other", "سراقب", 20000)]


def test_a_source_counting_other_dead_of_the_strikes_is_one_record(pipe, monkeypatch):
    _set(monkeypatch, True)
    assert _brief(pipe, STRIKES) == [("airstrike", "أريحا", 5)]


def test_an_activist_counting_other_detainees_is_one_record(pipe, monkeypatch):
    _set(monkeypatch, True)
    assert _brief(pipe, ARRESTS) == [("arrest", "إبطع", 4)]


def test_switched_off_each_count_is_a_record(pipe, monkeypatch):
    _set(monkeypatch, False)
    assert _brief(pipe, DISPLACED) == [("other", "سراقب", 20000), ("other", "سراقب", 15000)]
    assert _brief(pipe, STRIKES) == [("airstrike", "أريحا", 5), ("airstrike", "أريحا", 7)]
    assert _brief(pipe, ARRESTS) == [("arrest", "إبطع", 4), ("arrest", "إبطع", 6)]


def test_similar_strikes_another_day_another_town_or_one_sentence_stay_two(pipe, monkeypatch):
    _set(monkeypatch, True)
    assert _brief(pipe, SIMILAR) == [("airstrike", "أريحا", 5), ("airstrike", "أريحا", 7)]
    assert _brief(pipe, YESTERDAY) == [("airstrike", "أريحا", 5), ("airstrike", "أريحا", 7)]
    assert _brief(pipe, OTHER_TOWN) == [("airstrike", "أريحا", 5), ("airstrike", "سرمين", 7)]
    assert _brief(pipe, ONE_SENTENCE) == [("arrest", "إبطع", 4), ("arrest", "إبطع", 6)]
