"""A figureless act and its dead told as a casualties record of their own in its sentence (issue 10, stop 46, helper
figure46): «… قُتلوا … بعد أن استُهدفت دوريتهم بهجوم مسلح», «الغارات … قتلت 2140 شخصاً … خلال ستة أشهر», «وفي مدينة
الرستن، أحصى ناشطون 31 قتيلاً … في غارات جوية»: the act takes the dead and the casualties record goes
(extract/events/told_dead.py, data/events/told_dead.json). Not a toll at no place (the country) beside a placed act;
nothing with the switch off. Our own sentences, through the whole pipeline; spans checked exactly (piped.checked_events)."""
from __future__ import annotations

import pytest

from marsad.extract.events import told_dead
from piped import checked_events

ATTACKED = ("دارت اشتباكات عنيفة قرب بلدة طفس بعد ظهر الاثنين. وفي حادثة أخرى، قال المرصد إن خمسة عناصر من الشرطة قُتلوا "
            "يوم الأحد في ريف دير الزور بعد أن استُهدفت دوريتهم بهجوم مسلح.")
PERIOD = ("أكدت الشبكة أن الغارات التي شنتها المقاتلات الروسية في سوريا قتلت 2140 شخصاً، معظمهم من المدنيين، خلال ستة أشهر "
          "امتدت من آذار إلى أيلول.")
COUNTED = ("وفي مدينة الرستن، أحصى ناشطون 31 قتيلاً في الأقل، بينهم تسعة أطفال، في غارات جوية على أحيائها يومي السبت "
           "والأحد.")
COUNTRY = ("أما الشبكة فتحدثت عن قصف مدفعي على حي الوعر في حمص، وعن 85 قتيلاً في عموم البلاد يوم الجمعة، أغلبهم "
           "بريف دمشق.")


@pytest.fixture(autouse=True)
def _on(monkeypatch):
    monkeypatch.setitem(told_dead.conf(), "enabled", True)
    monkeypatch.setitem(told_dead.conf(), "same", True)
    monkeypatch.setitem(told_dead.conf(), "same_aggregate", True)


def _recs(pipe, text):
    return [(e["type"], e["trigger"], (e.get("fatalities") or {}).get("low"), (e.get("quantity") or {}).get("surface"))
            for e in checked_events(pipe, text)]


def test_the_dead_of_an_attack_told_in_its_sentence(pipe):
    assert _recs(pipe, ATTACKED) == [("armed_clash", "اشتباكات عنيفة", None, None),
                                     ("armed_clash", "استُهدفت", 5, "خمسة")]


def test_a_sum_at_the_acts_own_place_is_its_toll(pipe):
    assert _recs(pipe, PERIOD) == [("airstrike", "غارات", 2140, "2140")]
    assert _recs(pipe, COUNTED) == [("airstrike", "غارات جوية", 31, "31")]


def test_a_toll_over_the_country_stays_a_sum(pipe):
    assert _recs(pipe, COUNTRY) == [("shelling", "قصف مدفعي", None, None), ("casualties", "قتيلاً", 85, "85")]


def test_sums_left_alone_without_same_aggregate(pipe, monkeypatch):
    monkeypatch.setitem(told_dead.conf(), "same_aggregate", False)
    assert _recs(pipe, ATTACKED)[1] == ("armed_clash", "استُهدفت", 5, "خمسة")
    assert _recs(pipe, COUNTED) == [("casualties", "قتيلاً", 31, "31"), ("airstrike", "غارات جوية", None, None)]


def test_switched_off_the_dead_stay_apart(pipe, monkeypatch):
    monkeypatch.setitem(told_dead.conf(), "enabled", False)
    assert _recs(pipe, PERIOD) == [("airstrike", "غارات", None, None), ("casualties", "قتلت", 2140, "2140")]
    assert _recs(pipe, COUNTED) == [("casualties", "قتيلاً", 31, "31"), ("airstrike", "غارات جوية", None, None)]


def test_the_shipped_switches():
    import json
    raw = json.loads(told_dead.DATA.read_text(encoding="utf-8"))
    assert raw["enabled"] and raw["same"] and raw["same_aggregate"] and not raw["headline"] and not raw["later"]
