"""Word families the event vocabulary missed (stop 39, helper vocab; types.json `flagged_triggers` groups `retake`,
`wrest_noun`, `led_away`), on our own sentences, with each switch on and off: «استرجع» and its verbal noun tell a
taking when ground is named after them; the verbal noun «انتزاع» tells one as its verb does (not «انتزاع
الاعترافات»); «اقتاد» seizes a captive without naming where he was taken; an exchange of fire («تبادل إطلاق النار») is a clash, an exchange
of prisoners stays `other`. A group's lemma is expanded like the type's
own (marsad.arabic.inflect) and replaces the type's lemma of that name (vocab._with_flagged)."""
from __future__ import annotations

import pytest

from marsad.document import Document
from marsad.extract.events.extractor import EventExtractor
from marsad.extract.events.vocab import _with_flagged, load_types
from marsad.pipeline import Pipeline
from piped import flagged_runner, flagged_switched

GROUPS = ("retake", "wrest_noun", "led_away", "fire_exchange")
RETAKE = "استرجعت وحدات من الجيش صباح الخميس بلدة اللطامنة إثر قتال دام يومين مع الفصائل."
RETAKE_NOUN = "أعلنت فصائل المعارضة مساء الاثنين استرجاع قرية الحويز بعد ساعات من خسارتها."
WREST_NOUN = "وانتهت المواجهات بانتزاع المقاتلين تلة الحدادة قرب بلدة كنسبا يوم السبت."
LED = "اقتادت دورية أمنية ثلاثة شبان من بلدة جاسم صباح الأحد."
FIRE = "تبادلت وحدات الأمن إطلاق النار مع مطلوبين قرب بلدة الصنمين مساء الأربعاء."
FIRE_NOUN = "وقع عند منتصف الليل تبادل لإطلاق النار وسط مدينة البوكمال."


@pytest.fixture(scope="module")
def on():
    return flagged_runner(GROUPS, True, "2023-03-09")


@pytest.fixture(scope="module")
def off():
    return flagged_runner(GROUPS, False, "2023-03-09")


@pytest.mark.parametrize("text, want", [
    (RETAKE, [("territory_change", "اللطامنة", None, "استرجعت")]),
    (RETAKE_NOUN, [("territory_change", "الحويز", None, "استرجاع")]),
    (WREST_NOUN, [("territory_change", "كنسبا", None, "انتزاع")]),
    (LED, [("arrest", "جاسم", 3, "اقتادت")]),
    (FIRE, [("armed_clash", "الصنمين", None, "تبادلت")]),
    (FIRE_NOUN, [("armed_clash", "البوكمال", None, "تبادل")]),
])
def test_the_families_on(on, off, text, want):
    assert on(text) == want
    assert off(text) == []


@pytest.mark.parametrize("text", [
    "استرجع اللاعب لياقته كاملة بعد غياب طويل عن الملاعب.",  # no ground after the verb
    "طالبت الحكومة باسترجاع الأموال المهربة إلى الخارج.",
    "وثّق التقرير انتزاع الاعترافات من الموقوفين تحت الضرب.",
])
def test_no_ground_no_taking(on, text):
    assert [t for t, *_ in on(text) if t == "territory_change"] == []


def test_led_away_with_its_words_either_way(on, off):
    text = "اقتاد مسلحون مجهولون سائق شاحنة إلى جهة مجهولة قرب بلدة الصورة الكبيرة مساء الجمعة."
    assert [t for t, *_ in on(text)] == [t for t, *_ in off(text)] == ["arrest"]


def test_the_flags():
    types = load_types()
    assert all(g in types["flagged_triggers"] for g in GROUPS)
    on = _with_flagged(flagged_switched(types, GROUPS, True))
    assert "استرجع" in on["territory_change"]["lemmas"] and "انتزاع" in on["territory_change"]["lemmas"]
    assert "needs=" not in on["arrest"]["lemmas"]["اقتاد"] and on["arrest"]["triggers"]["اقتادت"] == "verb"
    # (stop 40's `detained` and stop 42's `kidnapped` widen arrest's hand triggers too: off here, so that the type's
    # own come back)
    off = _with_flagged(flagged_switched(flagged_switched(types, ("detained", "kidnapped"), False), GROUPS, False))
    assert "استرجع" not in off["territory_change"]["lemmas"]
    assert off["arrest"]["lemmas"] == types["types"]["arrest"]["lemmas"]
    assert off["arrest"]["triggers"] == types["types"]["arrest"]["triggers"]


def test_an_exchange_of_prisoners_stays_other(on):
    assert on("جرى تبادل الأسرى بين الطرفين في مدينة الباب يوم الخميس.") == [("other", "الباب", None, "تبادل الأسرى")]


def test_as_shipped():
    # the gate's verdict (stop 39): retake, led_away and fire_exchange on; wrest_noun off (it lost a match on both
    # tables: a taking's noun in an aim or a recall the modality does not refuse)
    flags = load_types()["flagged_triggers"]
    assert {g: flags[g]["enabled"] for g in GROUPS} == {"retake": True, "wrest_noun": False, "led_away": True,
                                                       "fire_exchange": True}
    ex = EventExtractor()
    pre = Pipeline(only=["published", "quantities", "dates", "entities", "places"])
    doc = Document(LED, published="2023-03-09", outlet="منصة المثال")
    pre(doc)
    assert [(e["type"], e["trigger"]) for e in ex.extract(doc)] == [("arrest", "اقتادت")]
