"""Reviewer, stop 33: a text that ends inside a number joined by «و» to a singular («… قيادياً وثلاثة» with no stop
after it: a headline, a cut feed item) is read like the same text with its stop, never a traceback
(arguments._after_one looked one token past the text's last)."""
from __future__ import annotations

import pytest

from piped import piped_events


def _short(evs: list[dict]) -> list[tuple]:
    return [(e["type"], (e["place"] or {}).get("surface"), (e["count"] or {}).get("low"),
             (e["fatalities"] or {}).get("low")) for e in evs]


@pytest.mark.parametrize("text,expected", [
    # a state agency's arrest, the companions' number last
    ("اعتقلت القوات في بلدة جاسم قيادياً وثلاثة", [("arrest", "جاسم", None, None)]),
    # a headline's deaths, the number glued to its «و»
    ("قتل في مدينة الصنمين ضابط وأربعة", [("casualties", "الصنمين", None, None)]),
    # digits
    ("قتل في مدينة الصنمين مدني و4", [("casualties", "الصنمين", None, None)]),
])
def test_a_text_ending_in_a_joined_number(pipe, text, expected):
    got = _short(piped_events(pipe, text))
    assert got == expected
    assert _short(piped_events(pipe, text + ".")) == expected
