"""Two non-acts of stop 40 (issue 10, helper extra), each with its switch, on our own sentences.

- frames.json `despite_clause`: the whole concessive clause after «رغم / على الرغم من», up to its clause break, is
  what the news happened in spite of (its background), whatever words stand between the head and the act;
- described.py: an `other` record told only by a refugee or displaced-people adjective with no figure describes
  people («أطلق الحرس النار على لاجئين»), no movement of theirs; a movement with its number stays.
Whole pipeline; spans checked exactly (piped.checked_events)."""
from __future__ import annotations

import json

import pytest

from marsad.extract.events import described, vocab
from piped import checked_events as _events, file_switched_off, frames_changed, type_place

CALM = ("وتجددت الاشتباكات في بلدة المسيفرة على الرغم من أن الوسطاء أعلنوا قبل يومين هدنة في المنطقة، "
        "فيما قصفت المدفعية أطراف البلدة.")
PATROLS = "وتظاهر مئات من أهالي بلدة أطمة يوم الجمعة رغم أن الشرطة نشرت دورياتها بكثافة في الساحات."
IN_SPITE = "وسقطت قذائف مدفعية على أطراف بلدة كنصفرة رغم الهدنة المعلنة في المنطقة."
FIRED_ON = "وأطلق حرس الحدود النار على لاجئين كانوا يعبرون السياج قرب بلدة خربة غزالة."
CROSSED = "وعبر 300 لاجئ الحدود نحو بلدة الرمثا خلال ليل الأحد."


@pytest.fixture
def despite_off(monkeypatch):
    """A pipeline that reads frames.json with `despite_clause` switched off (piped.frames_changed)."""
    yield from frames_changed(monkeypatch, "despite_clause", enabled=False)


@pytest.fixture
def described_off(monkeypatch, tmp_path):
    with file_switched_off(monkeypatch, tmp_path, described, described._conf):
        yield


def test_a_truce_announced_in_a_concessive_clause_is_no_agreement(pipe):
    assert type_place(_events(pipe, CALM)) == [("armed_clash", "المسيفرة"), ("shelling", "المسيفرة")]


def test_patrols_deployed_in_a_concessive_clause_are_no_reinforcement(pipe):
    assert [e["type"] for e in _events(pipe, PATROLS)] == ["protest"]


def test_the_act_before_the_concessive_head_stays(pipe):
    assert type_place(_events(pipe, IN_SPITE)) == [("shelling", "كنصفرة")]


@pytest.mark.parametrize("text,typ", [(CALM, "agreement"), (PATROLS, "reinforcement")])
def test_off_the_concessive_clause_is_read_again(despite_off, text, typ):
    assert typ in [e["type"] for e in _events(despite_off, text)]


def test_the_frame_is_shipped_on():
    assert vocab.load_frames()["frames"]["despite_clause"]["enabled"] is True


def test_refugees_fired_on_are_no_movement(pipe):
    assert _events(pipe, FIRED_ON) == []


def test_refugees_counted_crossing_are_a_movement(pipe):
    evs = _events(pipe, CROSSED)
    assert type_place(evs) == [("other", "الرمثا")] and evs[0]["count"]["low"] == 300


def test_off_the_refugees_fired_on_are_a_record_again(pipe, described_off):
    assert [e["type"] for e in _events(pipe, FIRED_ON)] == ["other"]


def test_described_is_shipped_on():
    assert json.loads(described.DATA.read_text(encoding="utf-8"))["enabled"] is True
