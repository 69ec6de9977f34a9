"""A call joined by «و» to the clause that named its speaker is that speaker's statement (issue 10, stop 38, stat3).

«وقال المتحدث …، إن …، ودعا جميع السكان إلى…», «وأدانت الهيئة الغارة، وناشدت المجتمع الدولي…»: the call has no
subject of its own; its speaker is the sentence's source before it (extract/events/joined_call.py, data/events/
joined_call.json). A known body right after the verb is its own subject. Our own sentences, through the whole
pipeline; spans checked exactly."""
from __future__ import annotations

import json

import pytest

from marsad.extract.events import joined_call
from piped import checked_events, file_switched_off

SPOKESMAN = ("وقال العقيد سامر الخطيب، المتحدث باسم وزارة الداخلية، إن دوريات الشرطة انتشرت في أحياء مدينة جبلة، ودعا "
             "جميع السكان إلى التزام منازلهم حتى المساء.")
COMMENT = ("قالت الهيئة الطبية المستقلة إن غارة جوية أصابت مستشفى بلدة كفرزيتا صباح اليوم فقتلت ممرضين اثنين. وأدانت "
           "الهيئة الطبية المستقلة الغارة، وناشدت المجتمع الدولي التحرك لحماية المرافق الصحية.")
OWN_SUBJECT = ("وقال المتحدث باسم الفصيل إن مقاتليه صدوا الهجوم، ودعت هيئة تحرير الشام سكان القرى المجاورة إلى البقاء "
               "بعيداً عن الطريق العام.")


def _statements(pipe, text):
    return [(e["trigger"], (e.get("reported_by") or {}).get("surface")) for e in checked_events(pipe, text)
            if e["type"] == "statement"]


@pytest.fixture
def off():
    was, joined_call.ENABLED = joined_call.ENABLED, False
    yield
    joined_call.ENABLED = was


def test_a_spokesmans_joined_call_is_his_statement(pipe):
    assert _statements(pipe, SPOKESMAN) == [("دعا", "العقيد سامر الخطيب، المتحدث باسم وزارة الداخلية")]


def test_a_call_after_the_reporters_own_comment_is_its_statement(pipe):
    assert _statements(pipe, COMMENT) == [("ناشدت", "الهيئة الطبية المستقلة")]


@pytest.mark.parametrize("text", [SPOKESMAN, COMMENT])
def test_off_the_joined_call_is_lost(pipe, off, text):
    assert _statements(pipe, text) == []


def test_a_known_body_after_the_verb_is_its_own_speaker(pipe):
    assert _statements(pipe, OWN_SUBJECT) == [("دعت", "هيئة تحرير الشام")]


def test_the_committed_file_is_on():
    assert json.loads(joined_call.DATA.read_text(encoding="utf-8"))["enabled"] is True


def test_the_files_switch_turns_it_off(pipe, tmp_path, monkeypatch):
    # the lead switches by joined_call.json, not by the module's flag: the file's `enabled` false must be honoured
    with file_switched_off(monkeypatch, tmp_path, joined_call, joined_call._on):
        assert _statements(pipe, COMMENT) == []
    assert _statements(pipe, COMMENT) == [("ناشدت", "الهيئة الطبية المستقلة")]
