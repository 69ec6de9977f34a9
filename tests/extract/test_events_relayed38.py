"""A statement noun that relays a report is no statement (issue 10, stop 38, helper stat3).

«بحسب بيان», «نقلاً عن بيان», «إثر بيان» and «بياناً ذكر فيه أن…» name where a report was read: the acts it tells
are coded, with its issuer as their source, and no statement (extract/events/relayed.py, data/events/relayed.json).
A stance or a call said in a statement («بياناً ندد فيه», «جاء فيه: نعلن…») keeps the statement. Our own sentences, through the whole
pipeline; spans checked exactly."""
from __future__ import annotations

import json

import pytest

from marsad.extract.events import relayed
from piped import checked_events as _events, file_switched_off

SAID_IN = "أصدرت الهيئة الإغاثية بياناً ذكرت فيه أن مسلحين خطفوا ثلاثة موظفين في بلدة معرة مصرين أمس."
ACCORDING = "وبحسب بيان أصدرته الشرطة، اعتقلت دورية خمسة أشخاص في مدينة الباب يوم الثلاثاء."
QUOTING = "ونقلت الوكالة عن بيان للمحافظة أن قذيفة سقطت على سوق بلدة الصنمين ظهر الأحد."
STANCE = "أصدر التجمع المدني بياناً ندد فيه بقصف بلدة كفرنبل ودعا المنظمات الدولية إلى التدخل."
# (a neutral «جاء فيه» whose quoted words are the body's own announcement: the noun carries that statement)
ANNOUNCED = ('نشرت رابطة العشائر بياناً على موقعها جاء فيه: "بعد ما شهدته القرى من تهجير خلال الأسابيع الماضية، '
             'نعلن فتح مكاتب لاستقبال العائدين في مدينة منبج".')




@pytest.fixture
def off():
    was, relayed.ENABLED = relayed.ENABLED, False
    yield
    relayed.ENABLED = was


@pytest.mark.parametrize("text,act,source", [
    (SAID_IN, "arrest", "الهيئة الإغاثية"),  # (a kidnapping: the arrest type's)
    (ACCORDING, "arrest", "الشرطة"),
])
def test_a_relayed_statement_is_no_statement_and_its_issuer_is_the_source(pipe, text, act, source):
    evs = _events(pipe, text)
    assert [e["type"] for e in evs] == [act]
    assert evs[0]["reported_by"]["surface"] == source


def test_a_statement_quoted_by_an_outlet_is_no_statement(pipe):
    assert "statement" not in [e["type"] for e in _events(pipe, QUOTING)]


@pytest.mark.parametrize("text", [SAID_IN, ACCORDING])
def test_off_the_noun_is_a_statement_again(pipe, off, text):
    assert "statement" in [e["type"] for e in _events(pipe, text)]


def test_a_stance_said_in_a_statement_stays_a_statement(pipe):
    st = [e for e in _events(pipe, STANCE) if e["type"] == "statement"]
    assert [e["trigger"] for e in st] == ["بياناً"]
    assert st[0]["reported_by"]["surface"] == "التجمع المدني"


def test_an_announcement_said_in_it_stays_a_statement(pipe):
    st = [e for e in _events(pipe, ANNOUNCED) if e["type"] == "statement"]
    assert [e["trigger"] for e in st] == ["بياناً"]


def test_the_committed_file_is_on():
    raw = json.loads(relayed.DATA.read_text(encoding="utf-8"))
    assert raw["enabled"] is True and "فيه" in raw["in_it"] and "بحسب" in raw["before"] and "نعلن" in raw["said"]


def test_the_files_switch_turns_it_off(pipe, tmp_path, monkeypatch):
    # the lead switches by relayed.json, not by the module's flag: the file's `enabled` false must be honoured
    with file_switched_off(monkeypatch, tmp_path, relayed, relayed._conf):
        assert "statement" in [e["type"] for e in _events(pipe, SAID_IN)]
    assert "statement" not in [e["type"] for e in _events(pipe, SAID_IN)]
