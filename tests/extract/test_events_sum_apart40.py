"""A sum over a period of its own is not the act told before it (stop 40, issue 10), on our own sentences: an
aggregate mention whose period has a start, with a figure of its own or of its dead, told in a later sentence than an
incident's last telling («ومع هذه الضربة يصل عدد ضربات المسيّرات … منذ كانون الثاني إلى 23»), was joined by the
anaphor and named-again rules to the act told before, so the sum took the act's place or the act was lost in the sum.
joins.json `sum_apart` refuses that join: the sum becomes its own aggregate record and the act keeps its own. Off,
the rules' reading comes back."""
from __future__ import annotations

import json

import pytest

from marsad.extract.events import tellings
from marsad.extract.events.vocab import _json
from piped import figure_low, piped_events, place_surface

MONTH = ("قصفت طائرات حربية روسية ليل أمس مواقع في قرية كفرلاته غربي إدلب، فقتلت رجلاً وزوجته. وخلال الشهر الماضي "
         "وحده، وثّق ناشطون مقتل 210 مدنيين بالغارات الروسية.")
RAISED = ("استهدفت مسيّرة تركية سيارة قرب مدينة عامودا يوم الخميس. ومع هذه الضربة يصل عدد ضربات المسيّرات في "
          "المنطقة منذ كانون الثاني إلى 23.")
SAME_SENTENCE = "أعلن ضابطان برتبة عقيد انشقاقهما عن الجيش في مدينة حمص، ليرتفع عدد المنشقين منذ مطلع الشهر إلى 21."


def _brief(pipe, text: str) -> list[tuple]:
    """(type, kind, place, figure, trigger) of each asserted record; every span checked (piped.py), and the trigger's
    span here."""
    out = []
    for e in piped_events(pipe, text):
        assert text[e["start"]:e["end"]] == e["trigger"]
        out.append((e["type"], e.get("kind"), place_surface(e), figure_low(e), e["trigger"]))
    return out


@pytest.fixture
def off(monkeypatch):
    switched = tellings.switched
    monkeypatch.setattr(tellings, "switched", lambda key: key != "sum_apart" and switched(key))


def test_the_switch_is_on_in_the_file():
    assert json.loads(json.dumps(_json("joins.json")))["sum_apart"]["enabled"] is True
    assert tellings.switched("sum_apart") is True


def test_a_sum_over_the_month_is_its_own_record(pipe):
    # the strike keeps its village; the month's sum has no place of the strike's and its own figure
    assert _brief(pipe, MONTH) == [("airstrike", "incident", "كفرلاته", None, "قصفت"),
                                   ("airstrike", "aggregate", None, 210, "غارات")]


def test_a_count_since_a_date_leaves_the_act_its_record(pipe):
    # the drone strikes counted since January are a sum of strikes; the strike told before keeps its own record
    assert _brief(pipe, RAISED) == [("airstrike", "incident", "عامودا", None, "استهدفت"),
                                    ("airstrike", "aggregate", "عامودا", 23, "ضربات")]


def test_a_running_toll_with_no_period_is_the_acts(pipe):
    # (review40) a toll raised with no period of its own («وبذلك يرتفع عدد قتلى …») is the act's: the join stands
    text = ("قصفت طائرات حربية روسية قرية كفرلاته فجر الأحد. "
            "وبذلك يرتفع عدد قتلى الغارات على القرية إلى 30 مدنياً.")
    assert _brief(pipe, text) == [("airstrike", "incident", "كفرلاته", 30, "قصفت")]


def test_off_the_rules_join_comes_back(pipe, off):
    assert _brief(pipe, MONTH) == [("airstrike", "incident", "كفرلاته", None, "قصفت"),
                                   ("airstrike", "aggregate", "كفرلاته", 210, "مقتل")]
    assert _brief(pipe, RAISED) == [("airstrike", "aggregate", "عامودا", 23, "ضربات")]  # (the act joined into the sum)


def test_a_sum_in_the_acts_own_sentence_is_the_rules(pipe, monkeypatch):
    # the same sentence is left to the rules (the act and the running total it adds to: incidents._adds_to)
    on = _brief(pipe, SAME_SENTENCE)
    switched = tellings.switched
    monkeypatch.setattr(tellings, "switched", lambda key: key != "sum_apart" and switched(key))
    assert _brief(pipe, SAME_SENTENCE) == on
    assert on[0][:3] == ("defection", "incident", "حمص")
