"""benchmarks/bench_events_census.py: its misses and extras add up to what bench_events counts wrong on the
same set, a wrong place is told apart from a wrong type, and a held-out set is refused in one line."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import bench_events as be  # noqa: E402
import bench_events_census as bc  # noqa: E402
from marsad.document import Document  # noqa: E402

TEXT = "قتل أمس ثلاثة مدنيين بقصف مدفعي طال بلدة كفرنبل جنوبي إدلب."


def _gold(place: str | None, typ: str = "shelling") -> dict:
    return {"id": "t1", "text": TEXT, "published": "2024-03-05", "outlet": "منصة المثال",
            "events": [{"type": typ, "count": (3, 3), "place": place, "date": None,
                        "reported_by": None, "kind": "incident"}]}


def _run(pipe):
    def run(d):
        doc = Document(d["text"], id=d["id"], published=d["published"], outlet=d["outlet"])
        pipe(doc)
        return doc
    return run


def test_the_census_adds_up_to_the_scorer(pipe):
    docs = be.news_dev_gold(be.PROBES["probe20"])
    s = be.score(docs, be.pipeline_predict())
    miss, extra = bc.census(docs, _run(pipe))
    assert sum(miss.values()) == s["gold"] - s["tp"]
    assert sum(extra.values()) == s["emitted"] - s["tp"]


def test_a_wrong_place_and_a_wrong_type_are_told_apart(pipe):
    run = _run(pipe)
    [(kind, n)] = bc.census([_gold("معرة النعمان")], run)[0].items()
    assert n == 1 and kind.startswith("right type+figure;")
    miss, extra = bc.census([_gold("كفرنبل", typ="airstrike")], run)
    assert miss == {"another type at its place: airstrike -> shelling": 1}
    assert sum(extra.values()) == 1
    assert bc.census([_gold("كفرنبل")], run) == ({}, {})


def test_a_held_out_set_is_refused_in_one_line():
    run = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "bench_events_census.py"), "--set", "probe22"],
                         capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 2
    assert run.stdout.strip().splitlines() == ["probe22: held out; only the lead scores it, with bench_events_history.py"]


def test_a_wrong_place_says_where_its_places_stand(pipe):
    cases: list = []
    bc.census([_gold("معرة النعمان")], _run(pipe), cases)
    [c] = cases
    assert c["kind"].startswith("right type+figure;") and c["emitted_place"] == "كفرنبل"
    assert c["emitted_where"] == "same" and c["sentence"] == TEXT
    where = bc._where(cases)
    assert sum(v for k, v in where.items() if "gold place in sentence" in k) == 1


def test_a_revision_is_censused_on_its_own_code(pipe):
    """--rev runs the code of a git revision in a child: on this tree's HEAD it counts what the census counts here
    (the worktree's uncommitted edits aside: probe20 is scored on HEAD's src)."""
    import pytest
    dirty = subprocess.run(["git", "-C", str(ROOT), "status", "--porcelain", "src"], capture_output=True, text=True)
    if dirty.returncode or dirty.stdout.strip():
        pytest.skip("src has uncommitted edits (or no git): HEAD's code is not this tree's")
    head = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "bench_events_census.py"), "--set", "probe20",
                           "--rev", "HEAD"], capture_output=True, text=True, cwd=ROOT)
    if head.returncode or "could not run" in head.stdout or "failed" in head.stdout:
        pytest.skip(f"no git history to archive here: {head.stdout.strip()[-200:]}")
    here = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "bench_events_census.py"), "--set", "probe20"],
                          capture_output=True, text=True, cwd=ROOT)
    first = head.stdout.splitlines()[0]
    assert first.startswith("misses: ")
    assert first in here.stdout.splitlines()


def test_passages_are_never_listed_from_a_held_out_set():
    run = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "bench_events_census.py"), "--set", "probe22",
                          "--writer-run", "--list", ""], capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 2 and run.stdout.strip() == "--list prints passages: not on held-out sets"


def test_first_runs_pool_the_later_sets_and_never_a_held_out_one():
    runs = bc._first_runs()
    pooled = [n for names in runs.values() for n in names]
    assert "probe52" in runs["010b634"] and "probe53" in runs["010b634"]
    assert "probe5" in pooled and len(pooled) == len(set(pooled))
    assert not set(pooled) & set(be.HELD_OUT)


def test_an_extra_of_a_type_no_gold_has_is_listed_with_its_sentence_and_the_gold(pipe):
    """--list-extras (stop 40): the record of a type its passage's gold lacks, with its trigger, sentence and gold."""
    xcases: list = []
    bc.census([_gold("كفرنبل")], _run(pipe), None, xcases)
    assert xcases == []  # (matched: nothing to list)
    gold = _gold("كفرنبل", typ="arrest")
    bc.census([gold], _run(pipe), None, xcases)
    [c] = xcases
    assert c["kind"] == "no gold of its type in the passage: shelling" and c["type"] == "shelling"
    assert c["sentence"] == TEXT and TEXT[c["start"]:].startswith(c["trigger"])
    assert c["gold"] == [("arrest", "كفرنبل", (3, 3), None)]
