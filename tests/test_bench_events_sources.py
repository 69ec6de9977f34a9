"""bench_events' source match: a teller named with or without the article or a joined preposition is the same teller;
two different bodies are not."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import bench_events as be  # noqa: E402


@pytest.mark.parametrize("gold, got", [
    ("الوزارة", "وزارة الخارجية الأردنية"),          # the anaphor and the name it stands for
    ("بيان للهيئة", "الهيئة العامة للإعلام"),          # «ل» + article joined to the noun
    ("شبكة «نهر الخابور»", "الشبكة"),
    ("المرصد السوري لحقوق الإنسان", "المرصد"),
    ("وبالمجلس المحلي", "مجلس محلي"),
])
def test_one_teller_with_or_without_its_article(gold, got):
    assert be._overlap(gold, got)


@pytest.mark.parametrize("gold, got", [
    ("وزارة الدفاع", "المرصد"),
    ("ناشطون", "الدفاع المدني"),
    ("وكالة سانا", "قناة الإخبارية"),
    ("الأمن", "ألمانيا"),                           # a short word left after the article is no match
])
def test_different_tellers_do_not_match(gold, got):
    assert not be._overlap(gold, got)


def test_the_article_is_stripped_only_before_a_word():
    assert be._stems("ال لل الوزارة") == {"وزارة"}
