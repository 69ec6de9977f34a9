"""Three non-acts of stop 41 (issue 10, helper extra), each with its switch, on our own sentences.

- frames.json `since_clause`: «منذ» with a verb («منذ أن اندلعت…», «منذ أقام الجيش…») opens a clause naming the start
  of a period: its acts are no news (its places and figures stay: `quiet`; a reporting verb after it ends it:
  `speech_ends`), unless the period starts the same day;
- frames.json since `month_not_day`: «منتصف» right before a month name dates a month, not the same day, so the
  since frame holds («منذ انطلاق الاحتجاجات … منتصف نيسان 2012»); «منتصف الليل» is still the same day;
- described.json `settled`: a desertion or a defection told by a verb or an adjective in a sentence telling a
  settlement of status names who settled, no act; one told by its verbal noun stays.
Whole pipeline; spans checked exactly (piped.checked_events)."""
from __future__ import annotations

import json

import pytest

from marsad.extract.events import described, vocab
from piped import checked_events as _events, file_switched_off, frames_changed, type_place

CHECKPOINTS = "وتراجعت الحركة في أسواق بلدة الصنمين منذ أقام الجنود نقاط مراقبة قرب مداخلها، بحسب سكان."
SAME_DAY = "وقُتل ثلاثة مدنيين في بلدة كفرنبل منذ أن بدأت الطائرات قصف البلدة فجر اليوم."
TOLL_AT = "وارتفع إلى 40 عدد الجنود الذين قُتلوا منذ أن أطلق الجيش حملته في ريف إدلب الشهر الماضي."
DEFECTED = "ومنذ أن اندلعت المعارك صيف 2013 أعلن نحو أربعين عنصراً انشقاقهم عن الجيش."
UPRISING = ("أحصى المركز سقوط 12 ألف قتيل في الأقل، جلّهم من المدنيين، منذ انطلاق الاحتجاجات على سلطة الحزب "
            "منتصف نيسان 2012، مشيراً إلى أن مئة منهم قضوا في الأسبوع الفائت.")
MIDNIGHT = "وقُتل خمسة مدنيين منذ بدء القصف منتصف الليل على بلدة كفرنبل."
SETTLED = ("وقال محافظ المدينة إن نحو 900 شخص سوّوا أوضاعهم في المركز خلال يومين، بينهم عسكريون منشقون ومن "
           "تخلفوا عن التجنيد الإلزامي.")
JOINED = "وأعلن مصدر محلي أن عشرين مسلحاً من فصيل صغير انضموا إلى قوات الجيش في بلدة نوى بعد تسوية أوضاعهم."
REFUSED = "وأعلن ضابطان انشقاقهما عن الجيش أمس في مدينة حماة بعد رفضهما عروض التسوية."
CARDS = "وقال قائد الفصيل إن ستة جنود يحملون بطاقات تسوية انشقوا عن اللواء أمس في بلدة جاسم."


@pytest.fixture
def clause_off(monkeypatch):
    yield from frames_changed(monkeypatch, "since_clause", enabled=False)


@pytest.fixture
def month_off(monkeypatch):
    yield from frames_changed(monkeypatch, "since", month_not_day=False)


@pytest.fixture
def settled_off(monkeypatch, tmp_path):
    """described.py reading a copy of its JSON with `settled` switched off (the rest as shipped)."""
    with file_switched_off(monkeypatch, tmp_path, described, described._settling, "settled"):
        yield


def test_checkpoints_set_up_since_a_verb_are_no_deployment(pipe):
    assert _events(pipe, CHECKPOINTS) == []


def test_off_the_since_clause_is_read_again(clause_off):
    assert [e["type"] for e in _events(clause_off, CHECKPOINTS)] == ["reinforcement"]


def test_a_period_begun_the_same_day_keeps_its_act(pipe):
    assert type_place(_events(pipe, SAME_DAY)) == [("airstrike", "كفرنبل")]


def test_the_toll_keeps_the_place_the_since_clause_names(pipe):
    evs = _events(pipe, TOLL_AT)
    assert type_place(evs) == [("casualties", "ريف إدلب")] and evs[0]["count"]["low"] == 40


def test_a_reporting_verb_ends_the_since_clause(pipe):
    evs = _events(pipe, DEFECTED)
    assert [e["type"] for e in evs] == ["defection"] and evs[0]["count"]["low"] == 40


def test_the_uprising_dated_to_a_month_is_no_protest(pipe):
    assert "protest" not in [e["type"] for e in _events(pipe, UPRISING)]


def test_off_the_uprising_dated_to_a_month_is_a_protest_again(month_off):
    assert "protest" in [e["type"] for e in _events(month_off, UPRISING)]


def test_midnight_is_still_the_same_day(pipe):
    assert type_place(_events(pipe, MIDNIGHT)) == [("shelling", "كفرنبل")]


def test_deserters_and_defectors_among_the_settled_are_no_acts(pipe):
    assert [e["type"] for e in _events(pipe, SETTLED)] == ["other"]


def test_off_the_settled_are_acts_again(pipe, settled_off):
    assert {"defection", "desertion"} & {e["type"] for e in _events(pipe, SETTLED)}


def test_the_clauses_own_verb_of_defecting_stays_beside_a_settlement(pipe):
    assert "defection" in [e["type"] for e in _events(pipe, JOINED)]


def test_a_defection_told_by_its_noun_stays_beside_a_settlement(pipe):
    assert type_place(_events(pipe, REFUSED)) == [("defection", "حماة")]


def test_defectors_holding_settlement_cards_still_defect(pipe):
    evs = _events(pipe, CARDS)
    assert type_place(evs) == [("defection", "جاسم")] and evs[0]["count"]["low"] == 6


def test_the_switches_are_shipped_on():
    fr = vocab.load_frames()["frames"]
    assert fr["since_clause"]["enabled"] is True and fr["since"]["month_not_day"] is True
    assert json.loads(described.DATA.read_text(encoding="utf-8"))["settled"]["enabled"] is True
