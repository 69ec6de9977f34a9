"""benchmarks/bench_agreement.py: two codings of the same passages scored one against the other by bench_events'
matching: identical codings agree fully, a changed type and a dropped event cost exactly what they should, and no
held-out set's events are ever listed."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import bench_agreement as ba  # noqa: E402
import bench_events as be  # noqa: E402

GOLD = ROOT / "benchmarks" / "data" / "events_probe" / "gold18.jsonl"


def test_a_coding_agrees_with_itself():
    a = be.news_dev_gold(GOLD)
    r = ba.agreement(a, a)
    assert r["tp"] == r["a"] == r["b"] == sum(len(d["events"]) for d in a)
    assert r["f1"] == 1.0 and r["reported_by"] == 1.0


def test_a_changed_type_and_a_dropped_event_cost_what_they_should(tmp_path):
    recs = [json.loads(x) for x in GOLD.read_text(encoding="utf-8").splitlines() if x.strip()]
    with_two = next(i for i, r in enumerate(recs) if len(r["events"]) >= 2)
    recs[with_two]["events"][0]["type"] = "statement" if recs[with_two]["events"][0]["type"] != "statement" else "arrest"
    dropped = next(i for i, r in enumerate(recs) if r["events"] and i != with_two)
    recs[dropped]["events"].pop()
    b_path = tmp_path / "b.jsonl"
    b_path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")
    a, b = be.news_dev_gold(GOLD), be.news_dev_gold(b_path)
    r = ba.agreement(a, b, lines := [])
    n = r["a"]
    assert (r["b"], r["tp"]) == (n - 1, n - 2)
    assert abs(r["f1"] - 2 * (n - 2) / (2 * n - 1)) < 1e-9
    assert len(lines) == 3 and sum("A only" in x for x in lines) == 2


def test_no_held_out_events_are_listed():
    held = ROOT / "benchmarks" / "data" / "events_probe" / "gold22.jsonl"
    run = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "bench_agreement.py"), str(held), str(GOLD), "-v"],
                         capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 2 and run.stdout.strip() == "-v lists passages' events: not on a held-out set's gold"


def test_the_second_coding_of_held_out_sets_is_never_listed():
    second = ROOT / "benchmarks" / "data" / "events_probe" / "held_out_second_coding_50_51.jsonl"
    run = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "bench_agreement.py"), str(GOLD), str(second), "-v"],
                         capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 2 and run.stdout.strip() == "-v lists passages' events: not on a held-out set's gold"


def test_a_list_coded_as_a_group_is_one_unit_when_tied(tmp_path):
    """A second coder who codes each place of a list as its own event, tied by `group`, agrees with a first coder
    who coded the list as one event at its first place, as the scorer ties marsad's grouped records."""
    recs = [json.loads(x) for x in GOLD.read_text(encoding="utf-8").splitlines() if x.strip()]
    i = next(i for i, r in enumerate(recs) if r["events"] and r["events"][0].get("place_surface") and len(r["places"]) >= 2)
    first = recs[i]["events"][0]
    other = next(p["surface"] for p in recs[i]["places"] if p["surface"] != first["place_surface"])
    twin = dict(first, place_surface=other, count_surface=None, group="g1")
    recs[i]["events"][0] = dict(first, group="g1")
    recs[i]["events"].insert(1, twin)
    b_path = tmp_path / "b.jsonl"
    b_path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")
    a, b = be.news_dev_gold(GOLD), be.news_dev_gold(b_path)
    tied, untied = ba.agreement(a, b, tie=True), ba.agreement(a, b)
    n = tied["a"]
    assert (tied["b"], tied["tp"], tied["f1"]) == (n, n, 1.0)
    assert (untied["b"], untied["tp"]) == (n + 1, n) and untied["f1"] < 1.0
