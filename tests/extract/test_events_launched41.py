"""An operation announced as launched is its announcer's statement (issue 10, stop 41, helper stmt).

«أعلنت القيادة إطلاق معركة…», «وكانت الغرفة قد أعلنت بدء حملة…»: a decision of a named body, one statement by
stop 32's rule, though its content names an act; the operation's noun in it is no battle of its own
(extract/events/launched.py, data/events/launched.json). Not after «منذ» (a time clause), not without an
operation noun («إطلاق سراح»), not a report told with «أن». Our own sentences, through the whole pipeline; spans
checked exactly (piped.checked_events)."""
from __future__ import annotations

import json

import pytest

from marsad.extract.events import launched
from piped import checked_events, file_switched_off

VSO = ("أعلنت قيادة الفيلق الخامس صباح اليوم إطلاق معركة سمّتها «فجر الوادي» لطرد المسلحين من ريف حمص "
       "الشرقي.")
RECALLED = ("قصفت مدفعية الجيش مواقع التنظيم قرب مدينة السخنة فجر اليوم. وكانت غرفة عمليات البادية قد أعلنت يوم "
            "الأحد بدء حملة تمشيط واسعة في ريف تدمر.")
SINCE = "تعرضت قرى ريف حماة لغارات مكثفة منذ أعلنت الفصائل المعارضة إطلاق معركة «درع الشمال» قبل شهر."
RELEASE = "أعلنت وزارة العدل إطلاق سراح أربعين معتقلاً من سجن حمص المركزي."
REPORTED = "أعلنت فصائل المعارضة أنها بدأت هجوماً على مواقع الجيش في ريف اللاذقية."
DATED = "أعلنت قيادة الشرطة توقيف ستين مطلوباً في ريف حلب منذ بدء حملتها الأمنية قبل أسبوعين."
AIMED = ("وفي وقت لاحق، أعلنت فصائل غرفة عمليات الشمال إطلاق حملة قالت إنها تهدف إلى طرد قوات النظام من ريف إدلب "
         "الجنوبي، وإن أولى غاياتها معسكر الحامدية قرب معرة النعمان.")
ARTICLE = "وكان مجلس دير الزور العسكري قد أعلن مساء الأحد بدء المعركة الأخيرة لطرد عناصر التنظيم من بلدة الميادين."


@pytest.fixture(autouse=True)
def _shipped_state(monkeypatch):
    """Each test runs with the three switches on, whatever the file ships (a test that wants another state sets it):
    flipping a switch in the file changes only test_the_committed_file_is_on."""
    for key in ("enabled", "drop_act", "place"):
        monkeypatch.setitem(launched._cfg(), key, True)


def _of(pipe, text, kind):
    return [(e["trigger"], (e.get("place") or {}).get("surface"), (e.get("reported_by") or {}).get("surface"))
            for e in checked_events(pipe, text) if e["type"] == kind]


@pytest.fixture
def off(monkeypatch):
    monkeypatch.setattr(launched, "ENABLED", False)


def test_an_announced_battle_is_the_commands_statement(pipe):
    assert _of(pipe, VSO, "statement") == [("أعلنت", "ريف حمص الشرقي", "قيادة الفيلق الخامس")]
    assert _of(pipe, VSO, "armed_clash") == []  # the battle's noun names what was announced


def test_a_recalled_launch_names_its_announcer_before_qad(pipe):
    assert _of(pipe, RECALLED, "statement") == [("أعلنت", "ريف تدمر", "غرفة عمليات البادية")]


def test_off_the_announcement_is_lost_and_the_noun_is_a_battle(pipe, off):
    assert _of(pipe, VSO, "statement") == []
    assert [t for t, _p, _s in _of(pipe, VSO, "armed_clash")] == ["معركة"]
    assert _of(pipe, RECALLED, "statement") == []


def test_the_statement_is_placed_at_the_ground_named_after_the_operation(pipe):
    assert _of(pipe, AIMED, "statement") == [("أعلنت", "ريف إدلب الجنوبي", "فصائل غرفة عمليات الشمال")]


def test_without_place_the_rules_take_the_later_target(pipe, monkeypatch):
    monkeypatch.setitem(launched._cfg(), "place", False)
    assert [p for _t, p, _s in _of(pipe, AIMED, "statement")] == ["معسكر الحامدية"]


def test_the_operation_noun_with_its_article_is_no_battle(pipe):
    assert _of(pipe, ARTICLE, "statement") == [("أعلن", "الميادين", "مجلس دير الزور العسكري")]
    assert _of(pipe, ARTICLE, "armed_clash") == []


def test_a_since_clause_is_no_statement_and_no_battle(pipe):
    assert _of(pipe, SINCE, "statement") == []
    assert _of(pipe, SINCE, "armed_clash") == []
    assert [t for t, _p, _s in _of(pipe, SINCE, "airstrike")] == ["غارات"]


@pytest.mark.parametrize("text", [RELEASE, REPORTED, DATED])
def test_no_operation_or_a_report_adds_nothing(pipe, text):
    assert _of(pipe, text, "statement") == []


def test_the_committed_file_is_on():
    raw = json.loads(launched.DATA.read_text(encoding="utf-8"))
    assert raw["enabled"] is True and raw["drop_act"] is True and raw["place"] is True


def test_the_files_switch_turns_it_off(pipe, tmp_path, monkeypatch):
    with file_switched_off(monkeypatch, tmp_path, launched, launched._cfg):
        assert _of(pipe, VSO, "statement") == []
        assert _of(pipe, RECALLED, "statement") == []
