"""An aim told by a word of purpose and the preposition it takes is no event (stop 39, helper vocab2; cues.json
not_event.aim_through): «سعياً إلى استعادة…», «بغرض قصف…» name an act aimed at, not one
done, whatever the act's verbal noun. On our own sentences, with the switch on and off; the act told as done
beside the aim stays."""
from __future__ import annotations

import pytest

from marsad.document import Document
from marsad.extract.events.extractor import EventExtractor
from marsad.extract.events.vocab import Vocab, load_cues
from marsad.pipeline import Pipeline

SEEK = "أرسلت الفصائل تعزيزات إلى ريف حماة الشمالي سعياً إلى استعادة قرية الجلمة من قوات النظام."
SEEK_ARREST = "دفعت قوات النظام بتعزيزات إلى محيط بلدة اللطامنة سعياً إلى اعتقال مطلوبين فيها."
FOR_SHELLING = "حشدت الفصائل مقاتليها حول تل الصمادي بغرض قصف ثكنات الجيش داخل صوران يوم الجمعة."
DONE = "استعادت الفصائل يوم الخميس قرية الجلمة بريف حماة الشمالي من قوات النظام."


def _runner(on: bool):
    cues = load_cues()
    ne = dict(cues["not_event"], aim_through=dict(cues["not_event"]["aim_through"], enabled=on))
    pre = Pipeline(only=["published", "quantities", "dates", "entities", "places"])
    ex = EventExtractor()
    ex.v = Vocab(cues=dict(cues, not_event=ne))

    def run(text: str) -> list[tuple]:
        doc = Document(text, published="2024-05-16", outlet="منصة المثال")
        pre(doc)
        out = []
        for e in ex.extract(doc):
            assert text[e["start"]:e["end"]] == e["trigger"]
            out.append((e["type"], e["trigger"]))
        return out
    return run


@pytest.fixture(scope="module")
def on():
    return _runner(True)


@pytest.fixture(scope="module")
def off():
    return _runner(False)


@pytest.mark.parametrize("text, trigger", [(SEEK, "استعادة"), (SEEK_ARREST, "اعتقال"), (FOR_SHELLING, "قصف")])
def test_aim_refused_on_told_off(on, off, text, trigger):
    assert not [e for e in on(text) if e[1] == trigger]
    assert [e for e in off(text) if e[1] == trigger]


def test_act_done_stays(on, off):
    assert on(DONE) == off(DONE) == [("territory_change", "استعادت")]


def test_shipped_switch():
    assert load_cues()["not_event"]["aim_through"]["enabled"] is True
