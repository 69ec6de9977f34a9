"""A day of protests fired on, told with its toll town by town, is a protest per town (stop 39, issue 10), on our own
sentences: the headline and lead tell protesters shot, the body's towns give their dead; each town's casualties
record becomes the protest there, a list of towns whole; a death put down to another cause (a sniper, shelling),
a national toll with no place, or an article whose opening tells no fire stay as the rules made them. Off, the rules'
casualties records stay (protest_tolls.py)."""
from __future__ import annotations

import json

import pytest

from marsad.extract.events import protest_tolls
from piped import figure_low, file_switched_off, piped_events, placed_figures

OPEN = ("رصاص الأمن يفرّق مظاهرات الجمعة في مدن عدة\nأطلقت عناصر الأمن النار يوم الجمعة على متظاهرين خرجوا في عدة "
        "مدن سورية للمطالبة بالإفراج عن المعتقلين، فقُتل عدد منهم وأصيب العشرات. ")
TOWNS = OPEN + "وفي بلدة طفس سقط ستة قتلى، بينما قُتل ثلاثة في مدينة جبلة. وتحدث ناشطون عن حملة اعتقالات في الأحياء الشرقية."
LISTED = OPEN + "وسقط أربعة قتلى في مدينة جبلة، فيما قُتل اثنان في بلدة طفس واثنان آخران في مدينة نوى."
SNIPER = OPEN + "وفي بلدة طفس قُتل ستة برصاص قناص متمركز على سطح مبنى البلدية."
NATIONAL = OPEN + "وقال ناشطون إن حصيلة القتلى بلغت 17 شخصاً في أنحاء البلاد."
CALM = ("مظاهرات الجمعة تعم مدناً عدة\nخرج آلاف المتظاهرين يوم الجمعة في عدة مدن سورية للمطالبة بالإفراج عن المعتقلين. "
        "وفي بلدة طفس سقط ستة قتلى، بينما قُتل ثلاثة في مدينة جبلة.")


def _brief(pipe, text: str) -> list[tuple]:
    return placed_figures(pipe, text, "2012-03-02")


@pytest.fixture
def off(monkeypatch):
    monkeypatch.setattr(protest_tolls, "ENABLED", False)


def test_each_towns_toll_is_the_protest_there(pipe):
    assert _brief(pipe, TOWNS) == [("protest", "طفس", 6), ("protest", "جبلة", 3)]
    # (review39: the protest's ACLED sub-event, not the casualties record's «killed»)
    evs = piped_events(pipe, TOWNS, published="2012-03-02", outlet="موقع التجربة")
    assert {e["subtype"] for e in evs if e["type"] == "protest"} == {"Peaceful protest"}


def test_a_list_of_towns_goes_whole(pipe):
    assert _brief(pipe, LISTED) == [("protest", "جبلة", 4), ("protest", "طفس", 2), ("protest", "نوى", 2)]


@pytest.mark.parametrize("text", [TOWNS, LISTED])
def test_off_the_rules_casualties_stay(pipe, off, text):
    assert {t for t, _, _ in _brief(pipe, text)} == {"casualties"}


def test_another_cause_of_death_stays_casualties(pipe):
    assert _brief(pipe, SNIPER) == [("casualties", "طفس", 6)]


def test_a_national_toll_stays_an_aggregate(pipe):
    evs = piped_events(pipe, NATIONAL, published="2012-03-02", outlet="موقع التجربة")
    toll = [e for e in evs if e["type"] == "casualties"]
    assert len(toll) == 1 and toll[0]["kind"] == "aggregate" and figure_low(toll[0]) == 17


def test_an_opening_without_fire_leaves_the_tolls(pipe):
    assert _brief(pipe, CALM) == [("casualties", "طفس", 6), ("casualties", "جبلة", 3)]


def test_the_file_switches_it_off(pipe, monkeypatch, tmp_path):
    with file_switched_off(monkeypatch, tmp_path, protest_tolls, protest_tolls._conf):
        assert _brief(pipe, TOWNS) == [("casualties", "طفس", 6), ("casualties", "جبلة", 3)]
    assert _brief(pipe, TOWNS) == [("protest", "طفس", 6), ("protest", "جبلة", 3)]


def test_the_switch_and_word_classes_are_in_the_json():
    raw = json.loads(protest_tolls.DATA.read_text(encoding="utf-8"))
    assert raw["enabled"] is True
    on, protest, fire, other = protest_tolls._conf()
    assert on and "متظاهر" in protest and "رصاص" in fire and "قناص" in other
