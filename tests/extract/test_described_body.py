"""described_body (stop 43): a source given as a body by its kind and a description, with no name («هيئة تتابع …»,
«منظمة سورية تُعنى …»), is the body the next sentences name as a source from the actor list: the item brings the
body in by what it does, then names it. Our own sentences; both states of the switch (described_body.json
`enabled`)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from marsad.document import Document
from marsad.extract.events import attribution as at

OUTLET = "منصة المثال"
SETTINGS = Path(at.__file__).resolve().parents[2] / "data" / "events" / "described_body.json"
NAME = "المرصد السوري لحقوق الإنسان"
FIRST = "أعلنت هيئة تتابع أحوال المعتقلين أن دورية للأمن اعتقلت أحد عشر شاباً في بلدة طفس مساء أمس."
# the body named in the next sentence
NAMED_NEXT = FIRST + " وقال المرصد السوري لحقوق الإنسان، ومقره في لندن، إن الحملة طالت بيوتاً في الحي الغربي."
# no body named after it: the description stands
WITNESS_NEXT = FIRST + " وقال شاهد من البلدة إن الحملة طالت بيوتاً في الحي الغربي."


def _settings(enabled: bool) -> tuple:
    raw = json.loads(SETTINGS.read_text(encoding="utf-8"))
    return (frozenset(at.fold_str(w) for w in raw["heads"]) if enabled else frozenset(), raw["reach"])


@pytest.fixture(params=[True, False], ids=["on", "off"])
def state(request, monkeypatch):
    """Each test in both states of the switch, whatever the file ships."""
    monkeypatch.setitem(at._SWITCHES, "described_body.json", _settings(request.param))
    return request.param


def _arrest_source(pipe, text: str) -> dict:
    d = Document(text, id="t", published="2024-03-20", outlet=OUTLET)
    pipe(d)
    rb = next(e.get("reported_by") or {} for e in d["events"] if e["type"] == "arrest")
    if rb.get("start") is not None:
        assert text[rb["start"]:rb["end"]] == rb["surface"]
    return rb


def test_the_body_named_next_tells_it(pipe, state):
    rb = _arrest_source(pipe, NAMED_NEXT)
    if state:
        assert rb["surface"] == NAME and rb["start"] > len(FIRST)
    else:
        assert rb["surface"].startswith("هيئة تتابع")


def test_no_body_named_after_it_keeps_the_description(pipe, state):
    assert _arrest_source(pipe, WITNESS_NEXT)["surface"].startswith("هيئة تتابع")


def test_the_switch_ships_off():
    """Off: the gate found no gain on the first-run folds (those trees already gave the named body)."""
    raw = json.loads(SETTINGS.read_text(encoding="utf-8"))
    assert raw["enabled"] is False and "هيئة" in raw["heads"]
