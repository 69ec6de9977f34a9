"""Reporting verbs of explaining and warning that cues.json `verb_lemmas` lacked, «شرح» and «نبّه» (stop 47, helper
source47; cues.json attribution.more_verb_lemmas): the one who explains or warns that an act happened is its source.
On our own sentences, with the switch on and off."""
from __future__ import annotations

import pytest

from marsad.document import Document
from marsad.extract.events.extractor import EventExtractor
from marsad.extract.events.vocab import Vocab, load_cues
from marsad.pipeline import Pipeline

EXPLAINED = "شرح مدير الدفاع المدني بالمنطقة الشمالية أن طائرات حربية قصفت قرية الورود فجر اليوم فجرحت أربعة أطفال."
WARNED = "ونبّهت منظمة الإغاثة المحلية إلى أن قوات الأمن اعتقلت ثلاثة معلمين في بلدة السنابل أمس."


def _runner(on: bool):
    cues = load_cues()
    att = dict(cues["attribution"], more_verb_lemmas=dict(cues["attribution"]["more_verb_lemmas"], enabled=on))
    pre = Pipeline(only=["published", "quantities", "dates", "entities", "places"])
    ex = EventExtractor()
    ex.v = Vocab(cues=dict(cues, attribution=att))

    def run(text: str, typ: str) -> list:
        doc = Document(text, published="2024-05-16", outlet="منصة المثال")
        pre(doc)
        out = []
        for e in ex.extract(doc):
            if e["type"] != typ:
                continue
            rep = e.get("reported_by") or {}
            if rep.get("start") is not None:
                assert text[rep["start"]:rep["end"]] == rep["surface"]
            out.append(None if rep.get("outlet") else rep.get("surface"))
        return out
    return run


@pytest.fixture(scope="module")
def on():
    return _runner(True)


@pytest.fixture(scope="module")
def off():
    return _runner(False)


@pytest.mark.parametrize("text, typ, who", [(EXPLAINED, "airstrike", "مدير الدفاع المدني"),
                                            (WARNED, "arrest", "منظمة الإغاثة المحلية")])
def test_the_verb_names_the_source(on, off, text, typ, who):
    got = on(text, typ)
    assert got and all(s and s.startswith(who) for s in got)
    assert off(text, typ) == [None] * len(got)


def test_shipped_switch():
    assert load_cues()["attribution"]["more_verb_lemmas"]["enabled"] is True
