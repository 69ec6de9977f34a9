"""Words a proclitic and a number word spell but that name no number (data/quantities/not_numbers.tsv):
«كمية» is "quantity", not «ك» + the colloquial «مية» (100). Our own sentences."""
from __future__ import annotations

import pytest

from marsad.arabic.numbers import not_numbers, scan_numbers
from marsad.extract.quantities import extract_quantities


def _read(text: str) -> list[tuple[float, str]]:
    return [(s.value, text[s.start:s.end]) for s in scan_numbers(text)]


@pytest.mark.parametrize("text", [
    "عثر الحرس على كمية من البنادق في مخزن مهجور",
    "نقلت الشاحنة كميات كبيرة من القذائف نحو الجبهة",
    "وكمية الوقود المخزنة تكفي أسبوعاً",
    "قارن الخبراء بين كميتين من البارود",
    "صودرت بكمية وفيرة من الألغام",
    "لكمية الطحين المهربة قيمة عالية",
])
def test_quantity_words_are_no_number(text):
    assert _read(text) == []
    assert extract_quantities(text) == []


@pytest.mark.parametrize("text,expected", [
    ("عثر الحرس على كمية تبلغ 100 قذيفة", [(100, "100")]),
    ("وصل كمئة رجل إلى الساحة", [(100, "مئة")]),
    ("فر نحو مية شخص من القرية", [(100, "مية")]),
    ("بقي ومية رجل في الموقع", [(100, "مية")]),
    ("اقتيد كـ100 أسير", [(100, "100")]),
    ("أرسلوا كمية من الخيام ومية جندي", [(100, "مية")]),
    ("حكم عليه بمية جلدة", [(100, "مية")]),
])
def test_number_words_after_a_proclitic_still_read(text, expected):
    got = _read(text)
    assert got == expected
    for s in scan_numbers(text):
        assert text[s.start:s.end] in ("100", "مئة", "مية")


def test_quantity_of_a_hundred_keeps_its_figure_and_span():
    text = "ضبطت الدورية كمية من الذخيرة و300 طلقة"
    recs = extract_quantities(text)
    assert [r["low"] for r in recs] == [300]
    for r in recs:
        assert text[r["start"]:r["end"]] == r["surface"]


def test_the_list_is_folded_data():
    words = not_numbers()
    assert "كميه" in words  # ta marbuta folded
    assert all(w and " " not in w for w in words)
