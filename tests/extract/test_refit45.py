"""Stop 45's refits (helper type45): the learned pieces refitted on the 36 paraphrase development sets and judged
leave-one-set-out. The death attacher's 36-set refit matched no more than its 18-set fit on the 18 sets that fit
never saw, so the 18-set weights stay, now naming the sets they were fitted on. Our own sentences."""
from __future__ import annotations

import copy
import json
import sys
from pathlib import Path

from marsad.extract.events import deaths

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "src/marsad/data/events"
sys.path.insert(0, str(ROOT / "benchmarks"))
import bench_events as be  # noqa: E402

# (our own: a toll told on its own, then the raid that took it, in the next sentence)
TEXT = "قتل أربعة رعاة قرب قرية أم الجرن صباح الإثنين. وكانت طائرة مسيرة قد ألقت قنبلتين على قطيعهم."


def _toll() -> list[dict]:
    """The rules' lone casualties record of TEXT, as the hook reads it (its sentence, its place, its dead)."""
    s, e = TEXT.index("قتل"), TEXT.index("قتل") + 3
    p = TEXT.index("أم الجرن")
    four = {"low": 4, "high": 4, "approx": False}
    return [{"type": "casualties", "start": s, "end": e, "trigger": "قتل", "mentions": [{"start": s, "end": e,
             "surface": "قتل"}], "sentence_start": 0, "sentence_end": TEXT.index(".") + 1, "group": None,
             "modality": "asserted", "kind": "incident", "date": "2026-02-02", "fatalities": four, "injured": None,
             "count": None, "reported_by": None,
             "place": {"start": p, "end": p + len("أم الجرن"), "surface": "أم الجرن", "kind": "locality"}}]


def test_the_death_attacher_kept_is_on_and_names_its_development_sets():
    raw = json.loads((DATA / "death_attacher.json").read_text(encoding="utf-8"))
    assert raw["enabled"] is True and raw["margin"] == 1.0
    assert len(raw["trained_on"]) == 18 and set(raw["trained_on"]) <= set(be.PARAPHRASE)
    assert not set(raw["trained_on"]) & set(be.HELD_OUT)
    assert deaths.load()["enabled"] is True


def test_the_death_attacher_switched_off_leaves_the_rules_record():
    recs = _toll()
    off = deaths.attach(TEXT, copy.deepcopy(recs), {**deaths.load(), "enabled": False})
    assert off == recs and off[0]["type"] == "casualties"


def test_the_death_attacher_on_keeps_spans_on_the_text():
    out = deaths.attach(TEXT, _toll(), deaths.load())
    assert len(out) == 1 and out[0]["fatalities"]["low"] == 4
    for r in out:
        assert TEXT[r["start"]:r["end"]] == r["trigger"]
        assert TEXT[r["place"]["start"]:r["place"]["end"]] == r["place"]["surface"]
