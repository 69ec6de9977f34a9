"""review44's question (stop 45, helper source45): a wire agency's own dispatch line, agency first, «سانا – حمص: …»,
credits the agency. By the conventions (events_probe/README: an outlet named in the text as the source is the source,
the span; a known source's dispatch line is its report, as the observatory's «المرصد … – حلب:» lines are coded), so
dateline.json stands; a place first («حمص – سانا:») is the wire's dateline and names no source. Our own sentences,
both states of the switch."""
from __future__ import annotations

from marsad.document import Document
from marsad.extract.events import attribution as at
from test_dateline44 import state  # noqa: F401  (each test in both states of the switch)

OUTLET = "منصة المثال"
BODY = "أصيب أربعة مدنيين بقذائف صاروخية سقطت مساء الأحد على أطراف حي الوعر الغربية."


def _reps(pipe, text: str) -> list[dict]:
    d = Document(text, id="t", published="2024-03-20", outlet=OUTLET)
    pipe(d)
    assert d["events"]
    return [e["reported_by"] for e in d["events"]]


def test_an_agency_first_dispatch_line_credits_the_agency(pipe, state):
    text = "سانا – حمص: " + BODY
    for rep in _reps(pipe, text):
        if state:
            assert rep["surface"] == "سانا" and rep["canonical"] == "SANA" and text[rep["start"]:rep["end"]] == "سانا"
        else:
            assert rep == {"surface": OUTLET, "outlet": True}


def test_a_place_first_dateline_names_no_source(pipe, state):
    assert all(rep == {"surface": OUTLET, "outlet": True} for rep in _reps(pipe, "حمص – سانا: " + BODY))
