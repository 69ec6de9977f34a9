"""Stop 45 (helper source45): stop 36's source chooser refitted on all 36 paraphrase development sets (today's run and
each set's first-run replay) and the invented seen sets, its hyperparameters kept (L2 0.01, 600 steps, paraphrase
weight 5, the rules' margin 0.5: the best of the leave-one-set-out grid that holds on both tables and news_dev).
The file names every set it was fitted on and no held-out one; its switch (source_chooser.json `enabled`) in both
states on our own sentences: a headline act whose source opens the next line."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from marsad.document import Document
from marsad.extract.events import source_chooser as sc
from marsad.extract.events import source_structure as st

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "src/marsad/data/events"
sys.path.insert(0, str(ROOT / "benchmarks"))
import bench_events as be  # noqa: E402

OUTLET = "منصة المثال"
MONITOR = "المرصد السوري لحقوق الإنسان"
# (our own: a headline tells a clash; the body's line opens with a monitor telling it)
TEXT = ("مواجهات بين الشرطة ومحتجين في مدينة السويداء\n"
        f"أفاد {MONITOR} بأن عناصر من الشرطة فرّقوا بالرصاص الحي تجمعاً صغيراً أمام مبنى المحافظة.")


def _raw() -> dict:
    return json.loads((DATA / "source_chooser.json").read_text(encoding="utf-8"))


def test_the_committed_chooser_is_the_refit_on_every_development_set():
    raw = _raw()
    assert raw["enabled"] is True and raw["margin"] == 0.5
    on = set(raw["trained_on"]["sets"])
    assert set(raw["trained_on"]["paraphrase_sets"]) == set(be.PARAPHRASE_45) and len(be.PARAPHRASE_45) == 36
    assert all(n in on and n + "@first" in on for n in be.PARAPHRASE_45)
    assert not {s.split("@")[0] for s in on} & set(be.HELD_OUT)
    assert (raw["trained_on"]["l2"], raw["trained_on"]["steps"], raw["trained_on"]["real_weight"]) == (0.01, 600, 5.0)


@pytest.fixture(params=[True, False], ids=["on", "off"])
def state(request, monkeypatch):
    """The committed weights with the switch on, or the file switched off (the structure model off either way)."""
    model = {"enabled": request.param, "weights": _raw()["weights"], "margin": _raw()["margin"]}
    monkeypatch.setattr(sc, "load", lambda *a: model)
    monkeypatch.setattr(st, "load", lambda: {"enabled": False, "weights": {}, "margin": 0.0})
    return request.param


def test_a_headline_act_takes_the_source_opening_the_next_line(pipe, state):
    d = Document(TEXT, id="t45", published="2024-03-20", outlet=OUTLET)
    pipe(d)
    head = next(e for e in d["events"] if e["start"] == 0)
    rep = head["reported_by"]
    if state:
        assert rep["surface"] == MONITOR and not rep.get("outlet")
        assert TEXT[rep["start"]:rep["end"]] == MONITOR
        assert [a["surface"] for a in head["actors"] if a["role"] == "source"] == [MONITOR]
    else:
        assert rep == {"surface": OUTLET, "outlet": True}
