"""review45's mends of stop 45's landings, each under its landing's switch, in our own sentences; each test asserts
the mended value and the value with the mend's own key off (the landing as it shipped).

F1 (more_nouns, nouns45's F4 mend): after «، وهي» a description of the places joined by «و» («مناطق مأهولة ومكتظة
بالسكان», «الأكبر مساحة والأكثر سكاناً») passed `list_of_two` as a list of names and split the act over two made-up
places; a plural of generic spots or an elative opens a description, never a name (cues.json more_nouns
`described`)."""
from __future__ import annotations

import pytest

from marsad.extract.events import unlisted
from piped import checked_events

PEOPLED = "دكت المقاتلات الحربية قرى عدة في ريف حمص الشمالي، وهي مناطق مأهولة ومكتظة بالعائلات."
WIDEST = "انتزعت الفصائل 6 بلدات في ريف حلب الجنوبي، وهي الأوسع رقعة والأكثر ازدحاماً في تلك الجهة."
NAMED = "انتزعت الفصائل 3 بلدات في ريف حلب الجنوبي، وهي عين الصفصاف وتل النعام وخربة الورد."


def _places(pipe, text: str, kind: str) -> list:
    return [(e["place"] or {}).get("surface") for e in checked_events(pipe, text) if e["type"] == kind]


@pytest.fixture
def described(monkeypatch):
    def set_(on: bool) -> None:
        assert unlisted._cues()["described"] >= {"مناطق", "الاكثر"}  # (the file's state, folded)
        if not on:
            monkeypatch.setitem(unlisted._cues(), "described", frozenset())
    return set_


@pytest.mark.parametrize("on", [True, False], ids=["mended", "shipped"])
def test_f1_a_description_joined_by_wa_names_no_place(pipe, described, on):
    described(on)
    assert _places(pipe, PEOPLED, "airstrike") == (["ريف حمص الشمالي"] if on else ["مناطق مأهولة", "مكتظة بالعائلات"])
    assert _places(pipe, WIDEST, "territory_change") == (["ريف حلب الجنوبي"] if on else ["الأوسع رقعة", "الأكثر ازدحاماً"])


@pytest.mark.parametrize("on", [True, False], ids=["mended", "shipped"])
def test_f1_a_list_of_names_after_wahiya_is_kept(pipe, described, on):
    described(on)
    assert _places(pipe, NAMED, "territory_change") == ["عين الصفصاف", "تل النعام", "خربة الورد"]
