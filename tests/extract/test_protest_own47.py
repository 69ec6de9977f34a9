"""A toll told in the very sentence that told its protest first is that protest's dead (stop 47, helper dead47;
protest_tolls.json `own_sentence`), on our own sentences: the protest told in a relative clause makes no protest
record, its dead a casualties record at its town; on, that record is the protest there with its dead; a toll told
after «في حين» (another story beside the protest) stays casualties; off, the rules' casualties record stays."""
from __future__ import annotations

import pytest

from marsad.extract.events import protest_tolls
from piped import placed_figures

OPEN = "افتتحت البلدية سوقاً جديداً في مدينة اللاذقية أمس. "
OWN = OPEN + ("وتعيش مدينة جبلة حالة من التوتر منذ الاحتجاجات التي خرجت فيها الشهر الماضي رفضاً لغلاء الأسعار، "
              "وقُتل خلالها أربعة أشخاص برصاص عناصر الأمن.")
APART = OPEN + ("وتعيش مدينة جبلة حالة من التوتر منذ الاحتجاجات التي خرجت فيها الشهر الماضي رفضاً لغلاء الأسعار، "
                "في حين قُتل أربعة أشخاص في بلدة طفس برصاص عناصر الأمن.")


def _brief(pipe, text: str) -> list[tuple]:
    return placed_figures(pipe, text, "2013-05-10")


@pytest.fixture
def off(monkeypatch):
    monkeypatch.setattr(protest_tolls, "_own_sentence", lambda: False)


PEOPLE = OPEN + "وقال ناشطون إن ستة محتجين قُتلوا برصاص عناصر الأمن في مدينة جبلة يوم الجمعة."


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


def _told_first(text: str) -> bool:
    """protest_tolls._told_first on the toll whose trigger is «قُتلوا»/«قُتل» in `text`'s second sentence."""
    spans = [(m.start(), m.end()) for m in protest_tolls._SENT.finditer(text)]
    at = text.index("قُتل", len(OPEN))
    _, _, fire, _ = protest_tolls._conf()
    return protest_tolls._told_first(text, spans, {"start": at, "end": at + 5}, fire)


def test_protesters_counted_tell_no_protest():
    """The protesters are the dead counted («ستة محتجين قُتلوا»), no protest told before them: `own_words` names the
    protest, never its people (the rules' other steps decide that record)."""
    assert _told_first(OWN) is True
    assert _told_first(PEOPLE) is False
