"""Stop 36 (helper hedge): the bound and hedge forms the paraphrase pages write that the quantity grammar missed.

news_dev's README: «على الأقل» after the noun and a bound by a verb («تجاوز عدد اللاجئين …») set low = N, high
open; the hedge or verb stays outside the surface unless it is a bound phrase right before the number. Our own
sentences; each asserts the values and that the span is the surface.
"""
from __future__ import annotations

import pytest

from tests.extract.quantity_at import at, bounds


@pytest.mark.parametrize("text,surface,expected", [
    # «في الأقل» is «على الأقل»: right after the number, after its noun, «في أقل تقدير» as «على أقل تقدير»
    ("أصيب 40 في الأقل بجروح متفاوتة قرب السوق", "40", (40, None, False)),
    ("قُتل سبعة عشر مسلحاً في الأقل خلال الهجوم على الحاجز", "سبعة عشر", (17, None, False)),
    ("سجّل الفريق الطبي 23 إصابة في أقل تقدير بعد الانفجار", "23", (23, None, False)),
    # an at-least phrase after the counted noun's adjective or complement
    ("وثّقت اللجنة 62 حالة اختفاء قسري على الأقل في الريف الغربي", "62", (62, None, False)),
    ("لقي 8 عمال زراعيين على الأقل حتفهم بانهيار المستودع", "8", (8, None, False)),
    ("أسر المهاجمون 12 جندياً من قوات النخبة على الأقل", "12", (12, None, False)),
    ("فقدت فرق الإنقاذ أثر تسعة صيادين وأطفالهم في الأقل", "تسعة", (9, None, False)),
])
def test_at_least_after(text, surface, expected):
    assert bounds(at(text, surface)) == expected


@pytest.mark.parametrize("text,surface,expected", [
    # the verbs of exceeding conjugated: the bound phrase is part of the surface when it stands right before
    ("قال المسعفون إن الجرحى تخطوا 300 منذ الصباح", "تخطوا 300", (300, None, True)),
    ("أرقام النازحين تخطت 90 ألفاً هذا الشهر", "تخطت 90 ألفاً", (90000, None, True)),
    ("أكد المحامي أن الموقوفين تجاوزوا 70 شخصاً", "تجاوزوا 70", (70, None, True)),
    ("لم يتخطّ 20 طالباً امتحان القبول", "لم يتخطّ 20", (None, 20, True)),
])
def test_conjugated_verbs(text, surface, expected):
    assert bounds(at(text, surface)) == expected


@pytest.mark.parametrize("text,surface,expected", [
    # a verb of exceeding before the clause's count noun bounds the number its subject ends at (outside the span)
    ("تخطى عدد المهجرين من القرى الجنوبية 12 ألف شخص", "12 ألف", (12000, None, True)),
    ("تجاوزت حصيلة الضحايا 85 قتيلاً بحلول المساء", "85", (85, None, True)),
    ("تخطى مجموع المتطوعين في البلدة 400 متطوع", "400", (400, None, True)),
    ("لم يتجاوز عدد المشاركين في الاجتماع 30 شخصاً", "30", (None, 30, True)),
])
def test_verb_before_count_noun(text, surface, expected):
    assert bounds(at(text, surface)) == expected


@pytest.mark.parametrize("text,surface,expected", [
    # «عدد من» is "some": no count noun, the number further on is exact
    ("تجاوز عدد من الجنود الحاجز واعتقلوا 6 أشخاص", "6", (6, 6, False)),
    # a verb that states a value is no bound
    ("بلغ عدد القتلى 25 شخصاً حتى الظهر", "25", (25, 25, False)),
    # a time or place complement ends the gap: the bound is the hour's, not the number's
    ("قُتل 4 مدنيين في غارة استمرت ساعة على الأقل", "4", (4, 4, False)),
    # another amount between: the bound is the nearer one's
    ("قتل ثلاثة وجرح خمسة على الأقل", "ثلاثة", (3, 3, False)),
    ("قتل ثلاثة وجرح خمسة على الأقل", "خمسة", (5, None, False)),
    # a sentence break between the verb's clause and the number
    ("تجاوز عدد الزوار التوقعات. وصل 50 شخصاً", "50", (50, 50, False)),
    # a time or rate before the number is no count the verb bounds (review2)
    ("تخطى عدد المصابين خلال 48 ساعة مئتي مصاب", "48 ساعة", (48, 48, False)),
    ("تجاوز عدد الطلاب بنسبة 15 بالمئة ما كان عليه", "15 بالمئة", (15, 15, False)),
])
def test_no_bound(text, surface, expected):
    assert bounds(at(text, surface)) == expected
