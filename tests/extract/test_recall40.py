"""Acts the vocabulary held to needed words news leaves out (stop 40, helper miss; types.json `flagged_triggers`
groups `detained` and `departed`), on our own sentences, with each switch on and off: «أوقف/توقيف» detains a person
named by a role, a count or a pronoun («توقيف عدد من المحتجين», «أوقفت رئيس المكتب», «أوقفه مسلحون») and still stops
no fire or traffic; «غادر» with the people who left counted after it is an evacuation or a displacement (`other`),
while «خرج» with a crowd stays a march (no `other`). A group's hand triggers replace the type's of the same form
(vocab._with_flagged)."""
from __future__ import annotations

import pytest

from marsad.extract.events.vocab import _with_flagged, load_types
from piped import flagged_runner, flagged_switched

GROUPS = ("detained", "departed")
ROLE = "أوقفت دورية من الشرطة رئيس المكتب الإعلامي للمجلس المحلي في بلدة الكرك الشرقي صباح الأحد."
COUNT = "وجرى مساء الخميس توقيف عدد من المحتجين عند دوار البلدية وسط مدينة السلمية."
PRONOUN = "وكان أهله قد فقدوا أثره منذ أسبوع، حين أوقفه مسلحون على الطريق الواصل إلى بلدة المسيفرة."
LEFT = "غادر 120 مدنياً حي القدم المحاصر صباح اليوم الاثنين برفقة فرق الهلال الأحمر."
LEFT_FAMILIES = "غادرت عشرات العائلات بلدة الطيبة الغربية مساء السبت متجهة إلى المخيمات الحدودية."


@pytest.fixture(scope="module")
def on():
    return flagged_runner(GROUPS, True, "2024-02-11")


@pytest.fixture(scope="module")
def off():
    return flagged_runner(GROUPS, False, "2024-02-11")


@pytest.mark.parametrize("text, want", [
    (ROLE, [("arrest", "الكرك الشرقي", None, "أوقفت")]),
    (COUNT, [("arrest", "السلمية", None, "توقيف")]),
    (PRONOUN, [("arrest", "المسيفرة", None, "أوقفه")]),
    (LEFT, [("other", "حي القدم", 120, "غادر")]),
    (LEFT_FAMILIES, [("other", "الطيبة الغربية", 20, "غادرت")]),
])
def test_the_acts_on(on, off, text, want):
    got = on(text)
    assert [g for g in got if g[0] == want[0][0]] == want
    assert [g for g in off(text) if g[0] == want[0][0]] == []


@pytest.mark.parametrize("text", [
    "أوقفت الفصائل إطلاق النار على جبهات ريف حماة عند منتصف الليل.",
    "وأوقفوا حركة المرور على الطريق الدولي ساعتين بعد الحادث.",
    "أوقفت المنظمة توزيع المساعدات في المخيم لأسباب لوجستية.",
])
def test_a_stop_is_no_arrest(on, text):
    assert [t for t, *_ in on(text) if t == "arrest"] == []


def test_a_crowd_that_went_out_is_no_departure(on):
    text = "خرج آلاف المحتجين في مدينة جاسم بعد الظهر يطالبون برحيل المحافظ."
    assert [t for t, *_ in on(text) if t == "other"] == []


def test_the_shipped_state():
    """As committed: `departed` on; `detained` off (the lead's fresh-set check at stop 40: on, it lost a matched event
    of set 109 that off restores); each merged into its type as every other flagged group when on."""
    raw = load_types()
    assert raw["flagged_triggers"]["departed"]["enabled"] and not raw["flagged_triggers"]["detained"]["enabled"]
    shipped = _with_flagged(raw)
    assert "أوقفه" not in shipped["arrest"]["triggers"] and "مدنياً" in shipped["other"]["triggers"]["غادر"]
    types = _with_flagged(flagged_switched(raw, GROUPS, True))
    assert "أوقفه" in types["arrest"]["triggers"] and "عدداً" in types["arrest"]["triggers"]["توقيف"]
    assert "مدنياً" in types["other"]["triggers"]["غادر"]
    off = _with_flagged(flagged_switched(raw, GROUPS, False))
    assert "أوقفه" not in off["arrest"]["triggers"] and "مدنياً" not in off["other"]["triggers"]["غادر"]
