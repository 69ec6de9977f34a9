"""«رجّح» (judged likely) as a reporting verb (stop 47, helper carry47; cues.json attribution.carry_verb_lemmas): a
sentence «وأضاف أن…» after «ورجّح مراسل X …» goes on with the one who judged, not the outlet. On our own sentences,
with the switch on and off."""
from __future__ import annotations

import pytest

from marsad.document import Document
from marsad.extract.events.extractor import EventExtractor
from marsad.extract.events.vocab import Vocab, load_cues
from marsad.pipeline import Pipeline

# the act in the sentence of «رجّح», and an act in the «وأضاف أن» sentence after it
JUDGED = ("ورجّحت شبكة الرصد الميداني أن تكون طائرات حربية قصفت قرية الورود فجر اليوم.")
WENT_ON = ("سقطت قذيفة على سوق بلدة السنابل صباح اليوم. ورجّح مراسل إذاعة المثال في البلدة ارتفاع عدد الجرحى لخطورة "
           "حالاتهم. وأضاف أن قوات الأمن اعتقلت ثلاثة معلمين في قرية الورود مساء أمس.")
# the imperfect reports nothing: «يُرجّح أنها» is the writer's hedge
HEDGE = "قصفت طائرات حربية يُرجّح أنها أجنبية قرية الورود فجر اليوم فجرحت أربعة أطفال."


def _runner(on: bool):
    cues = load_cues()
    att = dict(cues["attribution"], carry_verb_lemmas=dict(cues["attribution"]["carry_verb_lemmas"], enabled=on))
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


@pytest.mark.parametrize("text, typ, who", [(JUDGED, "airstrike", "شبكة الرصد الميداني"),
                                            (WENT_ON, "arrest", "مراسل إذاعة المثال")])
def test_the_verb_names_the_source(on, off, text, typ, who):
    got = on(text, typ)
    assert got and all(s and s.startswith(who) for s in got)
    assert off(text, typ) == [None] * len(got)


def test_the_imperfect_hedge_names_no_one(on, off):
    assert on(HEDGE, "airstrike") == off(HEDGE, "airstrike") == [None]


def test_shipped_switch():
    assert load_cues()["attribution"]["carry_verb_lemmas"]["enabled"] is True
