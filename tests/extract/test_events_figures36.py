"""Figures of stop 36 (issue 10, helper arg): the villages a taking counts are its figure, and a verb of reaping
lives («حصد أرواح») tells the dead of the act it follows. Our own sentences in several house styles, run through
the whole pipeline; every span checked (piped.piped_events)."""
from __future__ import annotations

import pytest

from piped import piped_events as _piped


def _figs(e):
    return ((e["count"] or {}).get("low"), (e["fatalities"] or {}).get("low"), (e["injured"] or {}).get("low"))


@pytest.mark.parametrize("text,towns", [
    # Enab Baladi: a taking with its villages by digits
    ("بسطت فصائل المعارضة صباح اليوم سيطرتها على 7 قرى في جبل الأكراد إثر اشتباكات عنيفة استمرت ليلتين.", 7),
    # SANA: villages by a number word, after a verbal noun of taking
    ("أعلنت القيادة العامة للجيش استعادة ثماني قرى من قبضة المسلحين في ريف حماة الشرقي.", 8),
])
def test_a_taking_counts_its_villages(pipe, text, towns):
    evs = [e for e in _piped(pipe, text) if e["type"] == "territory_change"]
    assert len(evs) == 1 and evs[0]["kind"] == "incident", evs
    assert _figs(evs[0])[0] == towns
    q = evs[0]["quantity"]
    assert q is not None and text[q["start"]:q["end"]] == q["surface"]


@pytest.mark.parametrize("text,typ,dead", [
    # Orient: shelling that «reaped the lives» of its dead, the figure hedged
    ("وتتعرض بلدات جبل الزاوية منذ أسبوعين لقصف مدفعي عنيف حصد أرواح أكثر من 40 مدنياً بحسب الدفاع المدني.",
     "shelling", 40),
    # Step News: the clash as the subject of the verb, its dead after «أرواح»
    ("وحصدت الاشتباكات بين الطرفين في محيط بلدة تل رفعت أرواح 17 مقاتلاً منذ مساء الأحد.", "armed_clash", 17),
])
def test_a_verb_of_reaping_lives_gives_the_act_its_dead(pipe, text, typ, dead):
    evs = [e for e in _piped(pipe, text) if e["type"] == typ]
    assert len(evs) == 1, evs
    assert _figs(evs[0])[1] == dead


def test_reaping_a_harvest_is_no_death(pipe):
    evs = _piped(pipe, "وحصد المزارعون في سهل الغاب محصول القمح هذا الأسبوع رغم شح الأمطار.")
    assert not [e for e in evs if e["type"] == "casualties" or e.get("fatalities")], evs
