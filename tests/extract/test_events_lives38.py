"""Aggregates of stop 38 (issue 10, helper agg3): the verb of taking lives with its figure governed by «ب»
(«أودت الحملة منذ شباط بأكثر من 800 مدني»), not by «بحياة», is a verb of killing (types.json `flagged_triggers.lives_by`): a
running toll told so is read, with the period its cue gives. Our own sentences, every span checked; the switch off
reads as before."""
from __future__ import annotations

import copy

import pytest

from marsad.document import Document
from marsad.extract.events import happened
from marsad.extract.events.extractor import EventExtractor  # (the class itself, compiled or not: its `v` can be set)
from marsad.extract.events.vocab import Vocab, load_types, vocab
from marsad.pipeline import Pipeline

PRE = ["published", "quantities", "dates", "entities", "places"]


@pytest.fixture(scope="module")
def pre():
    return Pipeline(only=PRE)


@pytest.fixture(scope="module")
def switched_off():
    t = copy.deepcopy(load_types())
    t["flagged_triggers"]["lives_by"]["enabled"] = False
    return Vocab(types=t)


def _records(pre, text: str, v: Vocab | None = None) -> list[dict]:
    d = Document(text, published="2021-05-20", outlet="منصة المثال")
    pre(d)
    ex = EventExtractor()
    if v is not None:
        ex.v = v
    recs = [r for r in ex.extract(d) if happened(r)]
    for r in recs:
        assert d.text[r["start"]:r["end"]] == r["trigger"]
        for sp in [r.get("place") or {}, r.get("quantity") or {}, *(r.get("mentions") or [])]:
            if "start" in sp:
                assert d.text[sp["start"]:sp["end"]] == sp["surface"], sp
    return recs


def _fig(r: dict) -> tuple:
    f = r.get("fatalities") or r.get("count") or {}
    return f.get("low"), f.get("high")


def test_a_war_toll_since_a_year_is_an_aggregate(pre):
    text = "ويقدّر المرصد أن الحرب أودت منذ ربيع 2011 بما يزيد على 90 ألف إنسان."
    (r,) = _records(pre, text)
    assert r["type"] == "casualties" and r["kind"] == "aggregate" and _fig(r) == (90000, None)
    assert r["period"]["start"] == "2011" and r["place"] is None
    assert r["trigger"] == "أودت"
    q = r["quantity"]
    assert text[q["start"]:q["end"]] == q["surface"] and "90" in q["surface"]


def test_a_campaigns_toll_by_the_dual_verb(pre):
    text = "وقال ناشطون إن القصف والغارات أوديا منذ يوم السبت بأكثر من 40 مدنياً في القرى الجنوبية."
    recs = _records(pre, text)
    tolls = [r for r in recs if _fig(r) == (40, None)]
    assert len(tolls) == 1, recs
    assert tolls[0]["kind"] == "aggregate" and tolls[0]["period"]["end"] == "2021-05-20"


@pytest.mark.parametrize("text", [
    # «بحياة» is its own trigger: the act takes its dead as before
    "انفجرت سيارة مفخخة في سوق المدينة أمس فأودت بحياة سبعة أشخاص.",
    # an opener far from the verb in another clause, and the verb with no figure at all
    "أودى الانفجار بالعامل الذي كان يصلح المولدة، وبعد ساعة وصل بنحو عشرين عنصراً من الشرطة إلى المكان.",
])
def test_no_figure_governed_by_the_verb_changes_nothing(pre, switched_off, text):
    assert _records(pre, text) == _records(pre, text, switched_off)


def test_the_switch_off_reads_no_such_toll(pre, switched_off):
    text = "ويقدّر المرصد أن الحرب أودت منذ ربيع 2011 بما يزيد على 90 ألف إنسان."
    assert not _records(pre, text, switched_off)
    assert vocab().triggers.get("أودت") and not switched_off.triggers.get("أودت")
