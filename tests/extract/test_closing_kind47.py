"""A source closing the sentence before («…، بحسب ناشطين.») goes on over a next sentence only when that sentence's first
act is of a kind the report told (stop 47, helper source47; Attribution._closing_source_before,
data/events/closing_kind.json): an act of another kind is the writer's own, the outlet's. Our own sentences, both
states."""
from __future__ import annotations

import pytest

from marsad.extract.events import attribution
from piped import piped_events as _piped

REPORT = "سيطرت فصائل معارضة على قرية الورود بعد معارك عنيفة، بحسب ناشطين محليين. "
OTHER = "وأطلقت قوات الأمن سراح ثلاثة معلمين اعتقلتهم الشهر الماضي في بلدة السنابل."
SAME = "وسيطرت الفصائل كذلك على قرية الياسمين المجاورة بعد ساعات."
REPLY = "وردّت الكتيبة الثالثة بقصف مدفعي طال بلدة السنابل."
REPORTER = "سيطرت فصائل معارضة على قرية الورود بعد معارك عنيفة، بحسب مراسل وكالة الندى. "


@pytest.fixture
def switch(monkeypatch):
    def set_(on: bool):
        monkeypatch.setitem(attribution.CLOSING_KIND, "on", frozenset({"رد", "ردت"}) if on else None)
    return set_


def _sources(pipe, text, typ):
    """(surface, outlet?) of each source; piped_events checks every span."""
    return [((e.get("reported_by") or {}).get("surface"), bool((e.get("reported_by") or {}).get("outlet")))
            for e in _piped(pipe, text) if e["type"] == typ]


def test_an_act_of_another_kind_is_the_outlets(pipe, switch):
    switch(True)
    got = _sources(pipe, REPORT + OTHER, "arrest")
    assert got and all(outlet for _, outlet in got)
    switch(False)
    assert _sources(pipe, REPORT + OTHER, "arrest") == [("ناشطين محليين", False)] * len(got)


def test_an_act_of_the_reports_kind_keeps_its_source(pipe, switch):
    for on in (True, False):
        switch(on)
        got = _sources(pipe, REPORT + SAME, "territory_change")
        assert got and all(s == ("ناشطين محليين", False) for s in got)


@pytest.mark.parametrize("first, second, typ", [(REPORT, REPLY, "shelling"), (REPORTER, OTHER, "arrest")])
def test_a_reply_and_a_reporters_source_keep_the_report(pipe, switch, first, second, typ):
    for on in (True, False):
        switch(on)
        got = _sources(pipe, first + second, typ)
        assert got and all(not outlet for _, outlet in got)


def test_the_file_switches_it_on(monkeypatch):
    monkeypatch.setattr(attribution, "CLOSING_KIND", {})
    assert "ردت" in attribution._closing_kind()
