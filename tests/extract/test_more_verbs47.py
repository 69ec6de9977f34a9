"""Reporting verbs of explaining and warning that cues.json `verb_lemmas` lacked, «شرح» and «نبّه» (stop 47, helper
source47; cues.json attribution.more_verb_lemmas): the one who explains or warns that an act happened is its source.
On our own sentences, with the switch on and off."""
from __future__ import annotations

import pytest

from marsad.extract.events.vocab import load_cues
from piped import cues_switched, on_off_fixtures, rules_runner, source_surface

EXPLAINED = "شرح مدير الدفاع المدني بالمنطقة الشمالية أن طائرات حربية قصفت قرية الورود فجر اليوم فجرحت أربعة أطفال."
WARNED = "ونبّهت منظمة الإغاثة المحلية إلى أن قوات الأمن اعتقلت ثلاثة معلمين في بلدة السنابل أمس."


def _runner(on: bool):
    run = rules_runner(cues=cues_switched("attribution", "more_verb_lemmas", on))
    return lambda text, typ: [source_surface(e) for e in run(text) if e["type"] == typ]


on, off = on_off_fixtures(_runner)


@pytest.mark.parametrize("text, typ, who", [(EXPLAINED, "airstrike", "مدير الدفاع المدني"),
                                            (WARNED, "arrest", "منظمة الإغاثة المحلية")])
def test_the_verb_names_the_source(on, off, text, typ, who):
    got = on(text, typ)
    assert got and all(s and s.startswith(who) for s in got)
    assert off(text, typ) == [None] * len(got)


def test_shipped_switch():
    assert load_cues()["attribution"]["more_verb_lemmas"]["enabled"] is True
