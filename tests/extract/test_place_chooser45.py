"""The learned place chooser, stop 45 (helper chooser45): a refit on every seen set (the 36 paraphrase development
sets among them) passed its leave-one-set-out judge against the rules but placed 5 acts fewer than the committed file
in the pipeline on the 36 sets (1478 against 1483; 977 against 978 on the 24 sets that file never saw): the committed
weights stay, switched on. Its switch both ways, and the benchmark's fix. Our own sentences; places built by hand."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from marsad.extract.events import place_chooser

from piped import model_key_fixture
from test_events import _doc
from test_place_chooser import _ctx
from test_place_chooser34 import _place, _spans_ok

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))
import bench_events as be  # noqa: E402

# a tense day told at an area, then a raid at a village of it in the next sentence
RAID = "عاش ريف حمص الشمالي ليلة متوترة. وداهمت دوريات الأمن منازل في قرية تير معلة واعتقلت أربعة شبان."
RAID_PLACES = [("ريف حمص الشمالي", "B1", "Northern Homs countryside", "Homs", "region"),
               ("تير معلة", "B2", "Tir Maalah", "Homs")]


def _raid(d, place):
    i = d.text.index("داهمت")
    return {"start": i, "end": i + len("داهمت"), "type": "arrest", "place": place, "kind": "incident"}


# (the committed model file, read as the pipeline reads it, with `enabled` set for one test)
model_file = model_key_fixture(place_chooser, "enabled")


def test_the_model_file_loads_on_with_its_switches_off_and_names_no_held_out_set():
    raw = json.loads(place_chooser.WEIGHTS.read_text(encoding="utf-8"))
    on = raw["trained_on"]
    assert set(on["paraphrase_sets"]) <= set(be.PARAPHRASE) and set(on["paraphrase_sets"]) <= set(on["sets"])
    assert not set(on["sets"]) & set(be.HELD_OUT) and "news_dev" not in on["sets"]
    m = place_chooser.load()
    assert m["weights"] and m["enabled"] is True and "arrest" in m["types"]
    # (the switches judged again on the 36 folds, no gain: off)
    assert not m["told_ahead"] and not m["structure"] and not m["spots"]


@pytest.mark.parametrize("enabled", [True, False])
def test_a_raid_told_after_an_areas_lead_takes_the_village_only_with_the_switch_on(model_file, enabled):
    model_file(enabled)
    d = _doc(RAID, places=RAID_PLACES)
    ctx, att = _ctx(d)
    rec = _raid(d, _place(d, "ريف حمص الشمالي"))
    _spans_ok(d, place_chooser.candidates(ctx, rec))
    place_chooser.refine(ctx, att, [rec])
    want = "تير معلة" if enabled else "ريف حمص الشمالي"
    assert rec["place"]["surface"] == want and RAID[rec["place"]["start"]:rec["place"]["end"]] == want


def test_the_benchmark_leaves_a_record_whose_rules_choice_the_model_keeps():
    """bench_place_chooser.with_model: a refiner after the hook may have moved the record's place since the hook saw
    its candidates; the model keeping the rules' choice leaves the record as the pipeline left it (stop 45)."""
    sys.path.insert(0, str(ROOT / "scripts"))
    import bench_place_chooser as bpc

    later = {"surface": "الكرك", "start": 1, "end": 6}  # (where a refiner put it)
    seen = {"surface": "أم ولد", "start": 8, "end": 14}  # (the rules' place at the hook)
    ev = {"type": "explosion", "place": later, "start": 0, "end": 1}
    feats = [{"place": 1.0, "rule": 1.0, "x": 1.0}, {"place": 1.0, "rule": 0.0}, {"none": 1.0, "none&rule": 0.0}]
    collected = [{"doc": {"id": "b45"}, "events": [ev], "items": {0: ([seen, later, None], feats)}}]
    kept = bpc.with_model(collected, {"weights": {"x": 2.0}, "types": ["explosion"]})
    assert kept["b45"][0]["place"] == later
    moved = bpc.with_model(collected, {"weights": {"none": 9.0}, "types": ["explosion"]})
    assert moved["b45"][0]["place"] is None
