"""dateline (stop 44, helper src44): a known source's dispatch line, «NAME – PLACE: …» (a name of the sources list, a
dash, then only the place it was filed from, before the colon), opens its sentence with its source, as a bare name
before a colon does; its paragraph's next sentences keep it (the dispatch head). A place first («درعا – سانا:») is a
wire's dateline and names no source. Our own sentences; both states of the switch (dateline.json `enabled`)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from marsad.document import Document
from marsad.extract.events import attribution as at

OUTLET = "منصة المثال"
SETTINGS = Path(at.__file__).resolve().parents[2] / "data" / "events" / "dateline.json"
DISPATCH = ("قتلى مدنيون بقصف على ريف حلب الشمالي\n"
            "المرصد السوري لحقوق الإنسان – حلب: قُتل ثلاثة مدنيين بقصف مدفعي استهدف أطراف بلدة عندان صباح اليوم. "
            "وفي الأثناء، قُتل مدنيان بغارة جوية على بلدة حريتان المجاورة.")
WIRE = "حلب – سانا: قُتل ثلاثة مدنيين بقصف مدفعي استهدف أطراف بلدة عندان صباح اليوم."
SOURCE = "المرصد السوري لحقوق الإنسان"


@pytest.fixture(params=[True, False], ids=["on", "off"])
def state(request, monkeypatch):
    """Each test in both states of the switch, whatever the file ships."""
    raw = json.loads(SETTINGS.read_text(encoding="utf-8"))
    monkeypatch.setitem(at._SWITCHES, "dateline.dashes", "".join(raw["dashes"]) if request.param else "")
    return request.param


def _reps(pipe, text: str) -> dict[str, dict]:
    """type -> reported_by of each record; every source span sits at its offsets."""
    d = Document(text, id="t", published="2024-03-20", outlet=OUTLET)
    pipe(d)
    out = {}
    for e in d["events"]:
        rb = e.get("reported_by") or {}
        if rb.get("start") is not None:
            assert text[rb["start"]:rb["end"]] == rb["surface"]
        out[e["type"]] = rb
    return out


def test_a_dispatch_line_names_its_source(pipe, state):
    reps = _reps(pipe, DISPATCH)
    for etype in ("shelling", "airstrike"):
        if state:
            assert reps[etype].get("surface") == SOURCE and not reps[etype].get("outlet")
        else:
            assert reps[etype].get("outlet") and reps[etype]["surface"] == OUTLET


def test_a_wire_dateline_names_no_source(pipe, state):
    rep = _reps(pipe, WIRE)["shelling"]
    assert rep.get("outlet") and rep["surface"] == OUTLET


def test_the_switch_ships_on():
    raw = json.loads(SETTINGS.read_text(encoding="utf-8"))
    assert raw["enabled"] is True and "–" in raw["dashes"]
