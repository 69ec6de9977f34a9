"""Stop 36 (helper quant3): three misreadings of the quantity grammar a review left, general news phrasing.

1. A time complement between the count noun and its number («تخطى عدد المصابين خلال 36 ساعة 75»): the verb of
   exceeding bounds the count (75..open), the duration stays exact and is no figure.
2. «البالغ N», «البالغة N», «الذي بلغ N» state the value: exact, never an open bound.
3. A year-like four-digit run before «الألف/الآلاف» with the article is not multiplied (2017000).
Our own sentences; each asserts the values and that the span is the surface.
"""
from __future__ import annotations

import pytest

from marsad.extract.quantities import extract_quantities
from tests.extract.quantity_at import at, bounds


@pytest.mark.parametrize("text,surface,expected", [
    ("تخطى عدد المصابين خلال 36 ساعة 75 مصاباً", "75", (75, None, True)),
    ("تخطى عدد المصابين خلال 36 ساعة 75 مصاباً", "36 ساعة", (36, 36, False)),
    ("تجاوز عدد المفقودين منذ 3 أيام 120 شخصاً", "120", (120, None, True)),
    ("تجاوز عدد المفقودين منذ 3 أيام 120 شخصاً", "3 أيام", (3, 3, False)),
    ("تجاوزت حصيلة الغارات في غضون 48 ساعة 90 قتيلاً", "90", (90, None, True)),
    ("تخطى عدد الجرحى خلال أسبوعين 300", "300", (300, None, True)),
    # a rise to a number is no bound, with or without the time complement
    ("ارتفع عدد المعتقلين خلال 72 ساعة إلى 55 معتقلاً", "55", (55, 55, False)),
    ("ارتفع عدد المعتقلين خلال 72 ساعة إلى 55 معتقلاً", "72 ساعة", (72, 72, False)),
])
def test_time_complement_is_skipped(text, surface, expected):
    assert bounds(at(text, surface)) == expected


def test_a_digit_that_is_no_duration_still_stops():
    """Only a duration after a time preposition is skipped: another number between keeps the count exact."""
    text = "تجاوز عدد سكان الحي 12 بناية 400"
    assert bounds(at(text, "400")) == (400, 400, False)


@pytest.mark.parametrize("text,surface,expected", [
    ("يتجاوز عدد سكان البلدة البالغ 300 ألف نسمة قدرة المستشفى", "300 ألف", (300000, 300000, False)),
    ("تخطى عدد الطلاب البالغ عددهم 900 طاقة المدرسة", "900", (900, 900, False)),
    ("فاق عدد العائدين الذي بلغ 70 عائلة ما توقعته البلدية", "70", (70, 70, False)),
    ("تجاوزت حصيلة الخسائر التي بلغت 5 ملايين دولار التقديرات", "5 ملايين دولار", (5000000, 5000000, False)),
    ("تجاوز عدد النازحين والبالغة نسبتهم 40 بالمئة", "40 بالمئة", (40, 40, False)),
])
def test_stated_value_is_exact(text, surface, expected):
    assert bounds(at(text, surface)) == expected


def test_verb_bound_without_stated_value_still_open():
    assert bounds(at("تجاوز عدد سكان البلدة 300 ألف نسمة", "300 ألف")) == (300000, None, True)


@pytest.mark.parametrize("text", [
    "نزح من القرية في 2017 الآلاف من سكانها",
    "تذكر الأهالي في 2019 الألف ليلة التي عاشوها تحت الحصار",
])
def test_year_before_definite_thousands_not_multiplied(text):
    qs = extract_quantities(text)
    assert all(q["low"] is None or q["low"] < 100000 for q in qs), qs
    for q in qs:
        assert text[q["start"]:q["end"]] == q["surface"]


@pytest.mark.parametrize("text,surface,value", [
    ("بلغت الخسائر 2017 ألف دينار", "2017 ألف", 2017000),  # an indefinite multiplier still multiplies
    ("وصل 25 ألفاً إلى المخيم", "25 ألفاً", 25000),
])
def test_indefinite_thousands_still_multiply(text, surface, value):
    assert at(text, surface)["low"] == value
