"""The diagnosis benches of one shape (bench_figure_misses.py, bench_tellings.py, bench_incidents.py) share one tail,
bench_figure_misses.run_main: a held-out set named among others is refused by an explicit check before any set is
run or read (an assert would be skipped under python -O), and the sets asked for are run in their order; so is one
named to bench_figure_fixes.py's child. And bench_figure_fixes' `list` patch makes both its edits, and a fix whose switch
is off on this tree is replayed switched on."""
from __future__ import annotations

import sys
from argparse import Namespace
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import bench_events as be  # noqa: E402
import bench_figure_misses as misses  # noqa: E402


def _args(sets: str) -> Namespace:
    return Namespace(set=sets, json=False, first_runs=False, rev=None)


def test_a_held_out_set_is_refused_before_anything_runs():
    def run_sets(names):
        raise AssertionError(f"ran {names}")

    with pytest.raises(SystemExit, match=be.HELD_OUT[0]):
        misses.run_main("x.py", _args(f"probe64,{be.HELD_OUT[0]}"), run_sets, lambda res, title: None)


def test_today_s_code_runs_the_sets_asked_for_in_order():
    told = []
    assert misses.run_main("x.py", _args("probe96,probe64"), lambda names: {n: [] for n in names},
                           lambda res, title: told.append((list(res), title))) == 0
    assert told == [(["probe96", "probe64"], "today's code")]


def test_a_gate_child_refuses_a_held_out_set():
    # bench_figure_fixes.py's child takes its sets from the command line (`--child SRC --set …`)
    import bench_figure_fixes as ff

    with pytest.raises(SystemExit, match=be.HELD_OUT[-1]):
        ff._child(str(ROOT / "src"), ["news_dev", be.HELD_OUT[-1]], False)


def test_the_list_fix_edits_both_files(tmp_path):
    # bench_figure_fixes' `list`: extractor's new line is a prefix of its old one, so "new not in text" never edited it
    import bench_figure_fixes as ff

    events = tmp_path / "marsad" / "extract" / "events"
    events.mkdir(parents=True)
    (events / "extractor.py").write_text("    told = [m for m in ms if 1 <= len(m.places) <= 2 and m.anaphor]\n")
    (events / "finer_place.py").write_text("_PAIR = 2  # a pair\n")
    ff._fix_list(tmp_path)
    ff._fix_list(tmp_path)  # (once made, left alone)
    assert (events / "extractor.py").read_text() == "    told = [m for m in ms if 1 <= len(m.places) and m.anaphor]\n"
    assert (events / "finer_place.py").read_text() == "_PAIR = 1_000  # a pair\n"


def test_a_fix_switched_off_on_this_tree_is_replayed_switched_on(tmp_path, monkeypatch):
    # bench_figure_fixes copies a fix's JSON (or cues.json entry) from this tree: a switch the lead turned off after
    # the fresh sets must not make its replay read the rules twice (left_army's wordings sit in its flag's own copy)
    import json

    import bench_figure_fixes as ff

    here = tmp_path / "here"
    data = here / "src" / "marsad" / "data" / "events"
    data.mkdir(parents=True)
    (data / "relayed.json").write_text(json.dumps({"enabled": False, "reach": 7}))
    (data / "cues.json").write_text(json.dumps({"battle_dead": {"enabled": False, "types": ["shelling"]}}))
    types = {"types": {"defection": {"triggers": {"انشق": "verb", "انشقوا": "verb"}}},
             "flagged_triggers": {"left_army": {"enabled": False, "type": "defection",
                                                "triggers": {"ترك": "verb reach=24 needs=جيش_النظام"}}}}
    (data / "types.json").write_text(json.dumps(types, ensure_ascii=False, indent=1))
    tree = tmp_path / "tree" / "src"
    (tree / "marsad" / "data" / "events").mkdir(parents=True)
    (tree / "marsad" / "data" / "events" / "cues.json").write_text(json.dumps({"preps": ["في"]}))
    (tree / "marsad" / "data" / "events" / "types.json").write_text(json.dumps(types, ensure_ascii=False, indent=1))
    monkeypatch.setattr(ff, "ROOT", here)
    ff._copy_on(tree, "data/events/relayed.json")
    ff._copy_cues(tree, "battle_dead")
    ff._fix_left_army(tree)
    ff._fix_left_army(tree)  # (once made, left alone)
    got = {n: json.loads((tree / "marsad" / "data" / "events" / n).read_text(encoding="utf-8"))
           for n in ("relayed.json", "cues.json", "types.json")}
    assert got["relayed.json"] == {"enabled": True, "reach": 7}
    assert got["cues.json"] == {"preps": ["في"], "battle_dead": {"enabled": True, "types": ["shelling"]}}
    assert got["types.json"]["types"]["defection"]["triggers"] == {"انشق": "verb", "ترك": "verb reach=24 needs=جيش_النظام",
                                                                  "انشقوا": "verb"}
