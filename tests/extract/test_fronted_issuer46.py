"""An issuing verb after a fronted phrase closed by a comma («وإثر القصف، أصدرت الهيئة بياناً…») opens its sentence as
at its start (stop 46, helper finds46; review45's find): the statement is its issuer's, not the report of the
sentence before (Attribution._fronted_issued, data/events/fronted_issuer.json). Our own sentences, both states."""
from __future__ import annotations

import pytest

from marsad.extract.events import attribution
from piped import piped_events as _piped

BEFORE = "استهدفت مدفعية مجهولة منزلاً قرب قرية الورود فجرحت ثلاثة أطفال، وفق ناشطين محليين. "
AFTER = "وإثر القصف، أصدرت هيئة الإغاثة المحلية بياناً طالبت فيه بحماية المدنيين."
SIDE = "من جانبها، أصدرت هيئة الإغاثة المحلية بياناً طالبت فيه بحماية المدنيين."


@pytest.fixture
def switch(monkeypatch):
    def set_(on: bool):
        monkeypatch.setitem(attribution.FRONTED, "max_words", 5 if on else 0)
        monkeypatch.setitem(attribution.FRONTED, "place_words", frozenset({"جنوب", "غرب"}) if on else frozenset())
    return set_


def _sources(pipe, text, typ):
    out = []
    for e in _piped(pipe, text):
        if e["type"] == typ:
            rep = e.get("reported_by") or {}
            if rep.get("start") is not None:
                assert text[rep["start"]:rep["end"]] == rep["surface"]
            out.append(rep.get("surface"))
    return out


@pytest.mark.parametrize("second", [AFTER, SIDE])
def test_the_issuer_after_a_fronted_phrase_tells_the_statement(pipe, switch, second):
    text = BEFORE + second
    switch(True)
    assert _sources(pipe, text, "statement") == ["هيئة الإغاثة المحلية"]
    switch(False)
    assert _sources(pipe, text, "statement") == ["ناشطين محليين"]


def test_the_act_before_keeps_its_source(pipe, switch):
    switch(True)
    assert _sources(pipe, BEFORE + AFTER, "shelling") == ["ناشطين محليين"]


def test_a_bearing_after_the_issuer_is_read_past(pipe, switch):
    text = BEFORE + "وإثر القصف، أصدرت هيئة الإغاثة في جنوب وغرب سوريا بياناً طالبت فيه بحماية المدنيين."
    switch(True)
    assert _sources(pipe, text, "statement") == ["هيئة الإغاثة"]
    switch(False)
    assert _sources(pipe, text, "statement") == ["ناشطين محليين"]
