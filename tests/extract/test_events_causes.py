"""Events: rules found by classifying the dev-set errors by cause (issue 10, session 18). Each
test is written in our own words; the layers of earlier stages are built by hand (see
test_events._doc) so only the events stage is pinned."""
from __future__ import annotations

import pytest

from marsad.extract.events import EventExtractor

from test_events import _doc, _run


@pytest.fixture(scope="module")
def ex():
    return EventExtractor()


def test_an_undated_event_has_no_date_source(ex):
    # no date in the text and no publication date: contract v2 lists only `text` and `published`
    t = "انشق 12 جندياً عن قوات النظام في بلدة نوى."
    evs = _run(ex, _doc(t, published=None, quantities=[("12", 12, 12, "جندي")],
                        places=[("نوى", "C1", "Nawa", "Daraa")]))
    assert [(e["type"], e["date"], e["date_source"]) for e in evs] == [("defection", None, None)]
    # a cumulative figure with no date of its own is not dated by the publication day either
    t = "انشق نحو 3 آلاف جندي منذ بداية الحرب."
    evs = _run(ex, _doc(t, quantities=[("نحو 3 آلاف", 3000, 3000, "جندي")]))
    assert [(e["kind"], e["date"], e["date_source"]) for e in evs] == [("aggregate", None, None)]
