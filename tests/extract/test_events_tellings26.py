"""Who says so, and how tellings join (stop 26, issue 10, helper tellings): a sentence that sums up
the report before it («وبذلك يرتفع…») keeps that report's source. Our own sentences in several house
styles; layers by hand."""
from __future__ import annotations

import pytest

from marsad.extract.events import EventExtractor

from test_events import _asserted, _doc, _rb, _run


@pytest.fixture(scope="module")
def ex():
    return EventExtractor()


def _sources(ex, text, **layers):
    """(type, count or fatalities low, source as it reads, outlet flag) of the asserted events."""
    evs = _asserted(_run(ex, _doc(text, **layers)))
    return sorted(((e["type"], ((e["count"] or e["fatalities"]) or {}).get("low"), _rb(e),
                    bool((e["reported_by"] or {}).get("outlet"))) for e in evs), key=lambda x: (x[0], x[1] or 0))


# -- a sum drawn from the report before ------------------------------------------------------------------
def test_a_running_toll_after_a_tally_keeps_the_tally_source(ex):
    # SOHR house style: the tallying verb names the observatory, the next sentence sums up
    t = ("رصد المرصد السوري لحقوق الإنسان مقتل 7 عناصر من قوات النظام بهجوم لخلايا التنظيم في بادية تدمر. "
         "وبذلك، يرتفع إلى 940 عدد قتلى قوات النظام في البادية منذ مطلع العام.")
    got = _sources(ex, t, quantities=[("7", 7, 7, "عنصر"), ("940", 940, 940, "قتيل")],
                   places=[("بادية تدمر", "B1", "Palmyra desert", "Homs", "region"),
                           ("البادية", "B2", "Syrian desert", None, "region")])
    assert ("casualties", 940, "المرصد السوري لحقوق الإنسان", False) in got


def test_a_sum_of_defectors_after_a_closing_source_keeps_it(ex):
    # a news site: the source closes the sentence with what it was told, the outlet named after «لـ»
    t = ("وصل المقدم فراس العلي إلى الأراضي الأردنية بعد إعلانه الانشقاق عن قوات النظام في درعا، "
         "بحسب ما أكده ناشط في المدينة للموقع. وبهذا يرتفع إلى 19 عدد الضباط المنشقين الذين وصلوا إلى المخيم منذ الصيف.")
    got = _sources(ex, t, quantities=[("19", 19, 19, "ضابط")], places=[("درعا", "D1", "Daraa", "Daraa", "city")])
    assert all(src == "ناشط في المدينة" and not outlet for _, _, src, outlet in got)
    assert any(c == 19 for _, c, _, _ in got)


def test_a_sum_after_a_reporter_keeps_the_reporter(ex):
    # a Kurdish agency style: the agency's reporter opens the report
    t = ("أفاد مراسل وكالة هاوار بأن 5 مقاتلين قتلوا في هجوم لمرتزقة داعش على قرية الدشيشة. "
         "وبذلك تصل حصيلة قتلى الهجمات على المنطقة منذ بداية الشهر إلى 23.")
    got = _sources(ex, t, quantities=[("5", 5, 5, "مقاتل"), ("23", 23, 23, "قتيل")],
                   places=[("الدشيشة", "H1", "Ad-Dashisha", "Al-Hasakah")])
    assert got and all(src.startswith("مراسل وكالة هاوار") and not outlet for _, _, src, outlet in got)
