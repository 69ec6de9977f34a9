"""A unit's number after a definite noun under a preposition («التابعة للواء 47», «بالفرقة 17») names the unit, not a
count (stop 47, helper figure47; arguments._identifier, cues.json identifier_article). The article under «ب»
(«بالفرقة 17») is in the same list; no sentence of ours showed it moving a record. Our own sentences through the
whole pipeline, every span checked (piped.piped_events); the switch in both states."""
from __future__ import annotations

import pytest

from marsad.extract.events import arguments
from piped import piped_events

UNDER_LAM = "وأعلن الملازم قائد سرية المدفعية التابعة للواء 47 انشقاقه عن قوات النظام في ريف درعا الشرقي."
BY_A_SOURCE = "وأكد مصدر ميداني أن النقيب آمر الكتيبة التابعة للواء 65 أعلن انشقاقه في ريف حمص."


def _counts(pipe, text: str) -> list:
    return [(e["count"] or {}).get("low") for e in piped_events(pipe, text) if e["type"] == "defection"]


@pytest.mark.parametrize("text,number", [(UNDER_LAM, 47), (BY_A_SOURCE, 65)])
def test_a_units_number_under_a_preposition(pipe, monkeypatch, text, number):
    monkeypatch.setattr(arguments, "_definite", lambda: ("ال", "وال", "لل", "ولل", "فلل", "بال", "وبال", "فبال"))
    assert _counts(pipe, text) == [None]
    monkeypatch.setattr(arguments, "_definite", lambda: ("ال", "وال"))
    assert _counts(pipe, text) == [number]


def test_a_count_after_the_article_under_a_preposition_is_still_a_count(pipe, monkeypatch):
    monkeypatch.setattr(arguments, "_definite", lambda: ("ال", "وال", "لل", "ولل", "فلل", "بال", "وبال", "فبال"))
    text = "وانشق 12 عنصراً من الشرطة التابعة للنظام في بلدة الحراك صباح الجمعة."
    assert _counts(pipe, text) == [12]


def test_the_shipped_switch():
    arguments._definite.cache_clear()
    assert arguments._definite()[2:] == ("لل", "ولل", "فلل", "بال", "وبال", "فبال")
