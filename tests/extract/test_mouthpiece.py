"""mouthpiece (stop 41): a group's claim is its own agency's when the item names the agency as the group's
mouthpiece («وكالة X الناطقة باسم التنظيم», «منصة X القريبة منه»); an agency tied to another body, or a statement,
is left alone. Our own sentences; both states of the switch."""
from __future__ import annotations

import json

import pytest

from marsad.document import Document
from marsad.extract.events import mouthpiece as mp
from marsad.extract.events.context import Ctx
from marsad.extract.events.vocab import vocab

OUTLET = "منصة المثال"
NAMED = ("أعلن تنظيم الدولة الإسلامية مساء السبت أن مقاتليه هاجموا نقطة عسكرية قرب قرية الشعفة واشتبكوا مع حراسها. "
         "وذكرت وكالة «البيان الأسود»، الناطقة باسم التنظيم، أن ستة من الحراس قضوا في تلك المواجهة الليلية.")
PRONOUN = ("زعم تنظيم الدولة الإسلامية أن عناصره فجّروا عبوة ناسفة بدورية للشرطة في بلدة الصبحة ليل الأربعاء. "
           "وقالت منصة «الفجر» القريبة منه إن العبوة زرعت على جانب الطريق الترابي.")
OTHER_OWNER = ("أعلن تنظيم الدولة الإسلامية أن مقاتليه هاجموا حاجزاً قرب بلدة الكسرة فجر الاثنين. "
               "وقالت وكالة «نهر الشرق» القريبة من الإدارة المحلية إن الحاجز صمد حتى الصباح.")

_SHIPPED = mp.settings  # (the file's answer, before a test sets the state it tests)


@pytest.fixture(autouse=True)
def _on(monkeypatch):
    """The switch on whatever the file ships: flipping it in the file changes only test_the_switch_is_in_the_data."""
    monkeypatch.setattr(mp, "settings", lambda: dict(_SHIPPED(), enabled=True))


def _doc(pipe, text: str) -> Document:
    d = Document(text, id="t", published="2024-03-05", outlet=OUTLET)
    pipe(d)
    return d


def _reps(pipe, text: str) -> list[str]:
    return [(e.get("reported_by") or {}).get("surface") for e in _doc(pipe, text)["events"]
            if e["type"] != "statement"]


def test_the_mouthpiece_and_its_span(pipe):
    ctx = Ctx(_doc(pipe, NAMED), vocab())
    (m,) = mp.mouthpieces(ctx)
    assert m["surface"] == "وكالة «البيان الأسود»" and NAMED[m["start"]:m["end"]] == m["surface"]
    assert m["object"] == "تنظيم"
    ctx = Ctx(_doc(pipe, PRONOUN), vocab())
    (m,) = mp.mouthpieces(ctx)
    assert m["surface"] == "منصة «الفجر»" and PRONOUN[m["start"]:m["end"]] == m["surface"] and m["object"] is None


def test_the_groups_claim_is_its_agencys(pipe):
    reps = _reps(pipe, NAMED)
    assert reps and "وكالة «البيان الأسود»" in reps and "تنظيم الدولة الإسلامية" not in reps
    d = _doc(pipe, NAMED)
    for e in d["events"]:
        rep = e.get("reported_by") or {}
        if rep.get("surface") == "وكالة «البيان الأسود»":
            assert NAMED[rep["start"]:rep["end"]] == rep["surface"]
            assert any(a["role"] == "source" and a["surface"] == rep["surface"] for a in e["actors"])


def test_a_pronoun_tie_takes_the_nearest_group(pipe):
    reps = _reps(pipe, PRONOUN)
    assert reps and set(reps) == {"منصة «الفجر»"}


def test_an_agency_of_another_body_is_left_alone(pipe):
    ctx = Ctx(_doc(pipe, OTHER_OWNER), vocab())
    (m,) = mp.mouthpieces(ctx)
    assert m["object"] == "اداره"
    assert "تنظيم الدولة الإسلامية" in _reps(pipe, OTHER_OWNER)


def test_off_the_group_keeps_its_claim(pipe, monkeypatch):
    on = mp.settings()
    monkeypatch.setattr(mp, "settings", lambda: dict(on, enabled=False))
    assert "تنظيم الدولة الإسلامية" in _reps(pipe, NAMED)
    assert "منصة «الفجر»" not in _reps(pipe, PRONOUN)


def test_the_switch_is_in_the_data():
    raw = json.loads(mp.SETTINGS.read_text(encoding="utf-8"))
    assert raw["enabled"] is True and "الناطقة باسم" in raw["ties"] and "statement" in raw["skip_types"]


def test_a_monitor_before_the_agency_is_not_its_owner(pipe):
    text = ("قال المرصد السوري لحقوق الإنسان إن مسلحين هاجموا حاجزاً للشرطة قرب بلدة الكسرة مساء الجمعة. "
            "وزعمت منصة «الفجر» القريبة منه أن المهاجمين انسحبوا بعد ساعة.")
    assert "منصة «الفجر»" not in _reps(pipe, text)
