"""A toll told in the very sentence that told its protest first is that protest's dead (stop 47, helper dead47;
protest_tolls.json `own_sentence`), on our own sentences: the protest told in a relative clause makes no protest
record, its dead a casualties record at its town; on, that record is the protest there with its dead; a toll told
after «في حين» (another story beside the protest) stays casualties; off, the rules' casualties record stays."""
from __future__ import annotations

import pytest

from marsad.extract.events import protest_tolls
from piped import figure_low, piped_events, place_surface

OPEN = "افتتحت البلدية سوقاً جديداً في مدينة اللاذقية أمس. "
OWN = OPEN + ("وتعيش مدينة جبلة حالة من التوتر منذ الاحتجاجات التي خرجت فيها الشهر الماضي رفضاً لغلاء الأسعار، "
              "وقُتل خلالها أربعة أشخاص برصاص عناصر الأمن.")
APART = OPEN + ("وتعيش مدينة جبلة حالة من التوتر منذ الاحتجاجات التي خرجت فيها الشهر الماضي رفضاً لغلاء الأسعار، "
                "في حين قُتل أربعة أشخاص في بلدة طفس برصاص عناصر الأمن.")


def _brief(pipe, text: str) -> list[tuple]:
    """(type, place, figure) of the asserted records with a place, every span checked (piped.py)."""
    evs = piped_events(pipe, text, published="2013-05-10", outlet="موقع التجربة")
    return [(e["type"], place_surface(e), figure_low(e)) for e in evs if place_surface(e)]


@pytest.fixture
def off(monkeypatch):
    monkeypatch.setattr(protest_tolls, "_own_sentence", lambda: False)


def test_the_switch_is_on_in_data():
    assert protest_tolls._own_sentence() is True
    assert "في حين" in protest_tolls._apart()


def test_a_toll_told_after_its_protest_is_the_protest(pipe):
    assert _brief(pipe, OWN) == [("protest", "جبلة", 4)]


def test_off_the_rules_casualties_stay(pipe, off):
    assert _brief(pipe, OWN) == [("casualties", "جبلة", 4)]


def test_another_story_beside_the_protest_stays_casualties(pipe, monkeypatch):
    assert _brief(pipe, APART) == [("casualties", "طفس", 4)]
    monkeypatch.setattr(protest_tolls, "_apart", lambda: ())
    assert _brief(pipe, APART) == [("protest", "طفس", 4)]
