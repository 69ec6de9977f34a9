"""A convoy's people counted in a later sentence of its story (issue 10, stop 44, helper fig44).

«انطلقت قافلة … . وقال المصدر إن 900 شخص … وصلوا …», «… المهجرين، وعددهم 640 …», «حملت الحافلات نحو 700 شخص»: a
figureless convoy, batch or evacuation record takes the count of people a later sentence gives as the subject of a
movement verb, names by «عدد», or has vehicles carry (extract/events/convoy_count.py, data/events/convoy_count.json).
Not vehicles, not a part «منهم N», not a count told after another record's sentence, and nothing with the switch off.
Our own sentences, through the whole pipeline; spans checked exactly (piped.checked_events)."""
from __future__ import annotations

import pytest

from marsad.extract.events import convoy_count
from piped import checked_events

SUBJECT = ("انطلقت صباح اليوم الخميس القافلة الرابعة من بلدة معضمية الشام نحو الشمال. وقال مسؤول محلي إن 912 شخصاً، "
           "منهم 140 مقاتلاً، وصلوا إلى ريف حلب مساءً.")
NAMED = ("وصلت إلى مدينة الباب مساء أمس قافلة أولى تحمل عائلات هجّرت من بلدة التل. وأفاد مراسلنا أن المهجرين، وعددهم "
         "640 شخصاً، توزعوا على مخيمات المنطقة.")
CARRIED = ("غادرت الدفعة الثانية من أهالي حي القابون في دمشق صباح اليوم. وأفاد مراسل محلي بأن المغادرين بلغوا معبر "
           "أبو الزندين مساءً. وأوضح المصدر أن حافلات الدفعة حملت نحو 700 شخص.")
ONLY_BUSES = ("غادرت الدفعة الثالثة من أهالي بلدة الزبداني ظهر اليوم. وأوضح المصدر أن 22 حافلة انتظرت عند مدخل البلدة "
              "ساعات طويلة.")
OTHER_STORY = ("غادرت الدفعة الخامسة من أهالي بلدة مضايا ظهر اليوم. وفي سياق آخر، قصفت الطائرات بلدة كفرنبل فقتلت أربعة "
               "مدنيين. وقال المصدر إن 350 شخصاً خرجوا من البلدة.")


@pytest.fixture(autouse=True)
def _on(monkeypatch):
    monkeypatch.setitem(convoy_count.conf(), "enabled", True)


def _counts(pipe, text):
    return [(e["trigger"], (e.get("count") or {}).get("low"), (e.get("quantity") or {}).get("surface"))
            for e in checked_events(pipe, text) if e["type"] == "other"]


def test_the_subject_of_a_movement_verb_with_a_part_aside(pipe):
    assert [c[1:] for c in _counts(pipe, SUBJECT)] == [(912, "912")]


def test_the_number_named_by_adad(pipe):
    assert [c[1:] for c in _counts(pipe, NAMED)] == [(640, "640")]


def test_the_people_vehicles_carry(pipe):
    assert [c[1:] for c in _counts(pipe, CARRIED)] == [(700, "700")]  # («نحو»: the count, read approximate)


def test_vehicles_alone_are_no_count(pipe):
    assert [c[1:] for c in _counts(pipe, ONLY_BUSES)] == [(None, None)]


def test_another_records_sentence_ends_the_story(pipe):
    assert [c[1:] for c in _counts(pipe, OTHER_STORY)][0] == (None, None)


def test_switched_off_nothing_is_taken(pipe, monkeypatch):
    monkeypatch.setitem(convoy_count.conf(), "enabled", False)
    assert [c[1:] for c in _counts(pipe, SUBJECT)] == [(None, None)]
    assert [c[1:] for c in _counts(pipe, NAMED)] == [(None, None)]
    assert [c[1:] for c in _counts(pipe, CARRIED)] == [(None, None)]  # (two sentences on: not the next's carriers)
