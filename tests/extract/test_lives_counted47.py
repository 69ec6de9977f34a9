"""The verb of taking lives with its count of people governed by «ب» tells deaths (stop 47, helper figure47;
mentions._lives_counted, cues.json lives_counted): the act takes the dead as its figure, and an injury verb after
them no longer takes the dead as its hurt. Our own sentences through the whole pipeline, every span checked
(piped.piped_events); the switch in both states."""
from __future__ import annotations

import pytest

from marsad.extract.events import mentions
from piped import dead, piped_events

WOUNDED_AFTER = "وقال ناشطون إن غارة جوية على قرية تلعادة أودت مساء الخميس بثلاثة مزارعين وأصابت خمسة آخرين."
BARE_ACT = "تبنت الجماعة كميناً مسلحاً أودى بسبعة عناصر حراسة قرب قرية الحمرات."
OF_THEM = "وذكر المرصد أن قذائف صاروخية سقطت على حي الشيخ مقصود أودت بستة من سكانه."


def _one(pipe, text: str, typ: str) -> dict:
    evs = [e for e in piped_events(pipe, text) if e["type"] == typ]
    assert len(evs) == 1, [(e["type"], e.get("trigger")) for e in evs]
    return evs[0]


def _hurt(e: dict) -> tuple:
    h = e.get("injured") or {}
    return h.get("low"), h.get("high")


@pytest.mark.parametrize("text,typ,on,hurt_on,off,hurt_off", [
    # the dead before an injury verb: off, the injury verb took them as its hurt and the act had no dead
    (WOUNDED_AFTER, "airstrike", (3, 3), (5, 5), (None, None), (3, 3)),
    # a noun the counted table does not class («عناصر حراسة»), after a time-less verb
    (BARE_ACT, "armed_clash", (7, 7), (None, None), (None, None), (None, None)),
    # a number with «من» after it
    (OF_THEM, "shelling", (6, 6), (None, None), (None, None), (None, None)),
])
def test_lives_taken_by_a_count(pipe, monkeypatch, text, typ, on, hurt_on, off, hurt_off):
    monkeypatch.setattr(mentions, "LIVES_COUNTED", True)
    e = _one(pipe, text, typ)
    assert (dead(e), _hurt(e)) == (on, hurt_on)
    q = e["quantity"]
    assert text[q["start"]:q["end"]] == q["surface"]
    monkeypatch.setattr(mentions, "LIVES_COUNTED", False)
    e = _one(pipe, text, typ)
    assert (dead(e), _hurt(e)) == (off, hurt_off)


@pytest.mark.parametrize("text,typ", [
    # a vague count may hold the wounded with the dead: left to the rules
    ("قصفت المدفعية بلدة كفرتخاريم بقذائف عدة أودت بعشرات من الجرحى والقتلى.", "shelling"),
    # a count of things after «ب» is no toll
    ("وقالت المصادر إن الحريق الذي اندلع بعد الغارة على بلدة سلقين أودى بثلاثة منازل.", "airstrike"),
])
def test_no_toll_where_the_count_is_vague_or_of_things(pipe, monkeypatch, text, typ):
    monkeypatch.setattr(mentions, "LIVES_COUNTED", True)
    evs = [e for e in piped_events(pipe, text) if e["type"] == typ]
    assert evs and all(dead(e) == (None, None) for e in evs)
    assert not [e for e in piped_events(pipe, text) if e["type"] == "casualties"]


def test_a_digit_after_the_preposition_waits_for_its_switch(pipe, monkeypatch):
    text = "وأفاد الدفاع المدني أن غارة على بلدة حزانو أودت أمس بـ9 مدنيين."
    monkeypatch.setattr(mentions, "LIVES_COUNTED", True)
    monkeypatch.setattr(mentions, "_LIVES_DIGITS", False)
    assert dead(_one(pipe, text, "airstrike")) == (None, None)
    monkeypatch.setattr(mentions, "_LIVES_DIGITS", True)
    assert dead(_one(pipe, text, "airstrike")) == (9, 9)


def test_the_shipped_switch():
    assert mentions.LIVES_COUNTED is True and mentions._LIVES_DIGITS is False
