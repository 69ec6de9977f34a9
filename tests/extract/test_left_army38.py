"""Leaving the regime's army is a defection (stop 38, types.json flagged_triggers.left_army), on our own sentences:
«ترك الجيش النظامي», «تخلّى … عن جيش النظام» make a defection record at the place told; leaving one's home or one's
weapons is none; `enabled` false takes the wordings out of the defection triggers (vocab._with_flagged). Shipped off (the stop-38 lead:
it lost on the fresh sets), so the wordings are tried here with the switch turned on in a copy of types.json."""
from __future__ import annotations

import pytest

from marsad.document import Document
from marsad.extract.events.extractor import EventExtractor
from marsad.extract.events.vocab import Vocab, _with_flagged, load_types
from marsad.pipeline import Pipeline

LEFT = "أفاد ناشطون بأن نقيباً ترك الجيش النظامي في بلدة تلبيسة مساء الأحد وانضم إلى فصيل معارض."
GAVE_UP = "تخلّى عشرة جنود عن جيش النظام قرب مدينة الرستن يوم الجمعة، ثم عبروا الحدود إلى تركيا."


def _switched(types: dict, on: bool) -> dict:
    flagged = dict(types["flagged_triggers"], left_army=dict(types["flagged_triggers"]["left_army"], enabled=on))
    return dict(types, flagged_triggers=flagged)


@pytest.fixture(scope="module")
def on():
    """The events stage with left_army switched on (a Vocab handed in: a patch of load_types is never seen)."""
    pre = Pipeline(only=["published", "quantities", "dates", "entities", "places"])
    ex = EventExtractor()
    ex.v = Vocab(types=_switched(load_types(), True))

    def run(doc):
        pre(doc)
        return ex.extract(doc)
    return run


def _records(run, text: str) -> list[tuple]:
    doc = Document(text, published="2022-05-12", outlet="منصة المثال")
    out = []
    for e in run(doc):
        assert text[e["start"]:e["end"]] == e["trigger"]
        if e["place"]:
            assert text[e["place"]["start"]:e["place"]["end"]] == e["place"]["surface"]
        out.append((e["type"], (e["place"] or {}).get("surface"), (e["count"] or {}).get("low"), e["trigger"]))
    return out


@pytest.mark.parametrize("text, want", [
    (LEFT, [("defection", "تلبيسة", None, "ترك")]),
    (GAVE_UP, [("defection", "الرستن", 10, "تخلّى")]),
    ("ترك الجنود المنشقون أسلحتهم في الثكنة قبل أن يعبروا الحدود.", []),  # no army named after the verb
])
def test_leaving_the_army(on, text, want):
    assert _records(on, text) == want


def test_off_as_shipped(pipe):
    doc = Document(LEFT, published="2022-05-12", outlet="منصة المثال")
    pipe(doc)
    assert [e["type"] for e in doc["events"]] == []


def test_leaving_home_is_no_defection(on):
    got = _records(on, "ترك الأهالي منازلهم بعد قصف قوات النظام للبلدة مساء الأحد.")
    assert all(t != "defection" for t, *_ in got)


def test_the_flag():
    types = load_types()
    assert types["flagged_triggers"]["left_army"]["enabled"] is False
    on = _with_flagged(_switched(types, True))["defection"]["triggers"]
    assert "ترك" in on and "تخلوا" in on
    off = _switched(types, False)
    assert "ترك" not in _with_flagged(off)["defection"]["triggers"]
    assert _with_flagged(off)["defection"]["triggers"] == types["types"]["defection"]["triggers"]
