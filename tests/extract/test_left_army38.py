"""Leaving the regime's army is a defection (stop 38, types.json flagged_triggers.left_army), on our own sentences:
«ترك الجيش النظامي», «تخلّى … عن جيش النظام» make a defection record at the place told; leaving one's home or one's
weapons is none; `enabled` false takes the wordings out of the defection triggers (vocab._with_flagged)."""
from __future__ import annotations

import pytest

from marsad.document import Document
from marsad.extract.events.vocab import _with_flagged, load_types

LEFT = "أفاد ناشطون بأن نقيباً ترك الجيش النظامي في بلدة تلبيسة مساء الأحد وانضم إلى فصيل معارض."
GAVE_UP = "تخلّى عشرة جنود عن جيش النظام قرب مدينة الرستن يوم الجمعة، ثم عبروا الحدود إلى تركيا."


def _records(pipe, text: str) -> list[tuple]:
    doc = Document(text, published="2022-05-12", outlet="منصة المثال")
    pipe(doc)
    out = []
    for e in doc["events"]:
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
def test_leaving_the_army(pipe, text, want):
    assert _records(pipe, text) == want


def test_leaving_home_is_no_defection(pipe):
    got = _records(pipe, "ترك الأهالي منازلهم بعد قصف قوات النظام للبلدة مساء الأحد.")
    assert all(t != "defection" for t, *_ in got)


def test_the_flag():
    types = load_types()
    assert types["flagged_triggers"]["left_army"]["enabled"] is True
    on = _with_flagged(types)["defection"]["triggers"]
    assert "ترك" in on and "تخلوا" in on
    off = dict(types, flagged_triggers={"left_army": dict(types["flagged_triggers"]["left_army"], enabled=False)})
    assert "ترك" not in _with_flagged(off)["defection"]["triggers"]
    assert _with_flagged(off)["defection"]["triggers"] == types["types"]["defection"]["triggers"]
