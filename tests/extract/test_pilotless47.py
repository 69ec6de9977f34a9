"""«طائرة من دون طيار» (a drone) is no negation of the act told after it (stop 47, the lead; cues.json modality
`pilotless`): the longest cue wins over «دون», and its window reaches no act. On our own sentences, with the key on and
off (off, «دون» reads the strike as not done: the bug noun47 found)."""
from __future__ import annotations

import pytest

from marsad.document import Document
from marsad.extract.events.extractor import EventExtractor
from marsad.extract.events.vocab import Vocab, load_cues
from marsad.pipeline import Pipeline

DRONE = "أكدت شبكة محلية أن طائرة من دون طيار قصفت سيارة في بلدة السنابل صباح اليوم."
DRONE_B = "وذكر ناشطون أن طائرة بدون طيار استهدفت شاحنة صغيرة قرب قرية الورود مساء أمس."
# «دون» before an act still negates it, with the key or without
NO_FIGHT = "انسحب المسلحون من قرية الورود صباح اليوم دون اشتباكات تذكر."


def _runner(keep: bool):
    cues = load_cues()
    mod = dict(cues["modality"], pilotless=dict(cues["modality"]["pilotless"], enabled=keep))
    pre = Pipeline(only=["published", "quantities", "dates", "entities", "places"])
    ex = EventExtractor()
    ex.v = Vocab(cues=dict(cues, modality=mod))

    def run(text: str, typ: str) -> list:
        doc = Document(text, published="2024-05-16", outlet="منصة المثال")
        pre(doc)
        out = []
        for e in ex.extract(doc):
            if e["type"] == typ:
                assert text[e["start"]:e["end"]] == e["trigger"]
                out.append((e["trigger"], e.get("modality", "asserted")))
        return out
    return run


@pytest.fixture(scope="module")
def on():
    return _runner(True)


@pytest.fixture(scope="module")
def off():
    return _runner(False)


def test_a_drone_strike_happened(on):
    assert on(DRONE, "airstrike") == [("قصفت", "asserted")]
    assert on(DRONE_B, "airstrike") == [("استهدفت", "asserted")]


def test_without_the_key_a_drone_negates_its_strike(off):
    assert off(DRONE, "airstrike") == [("قصفت", "negated")]
    assert off(DRONE_B, "airstrike") == [("استهدفت", "negated")]


@pytest.mark.parametrize("keep", [True, False])
def test_without_fighting_is_still_no_fight(keep):
    assert _runner(keep)(NO_FIGHT, "armed_clash") == [("اشتباكات", "negated")]
