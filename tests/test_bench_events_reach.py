"""benchmarks/bench_events_reach.py: each gold event lands on one rung of the ladder (matched, figure wrong, place
wrong, its mention lost, no mention), the extras are told apart, the ladder adds up to what bench_events counts, and
a held-out set is refused. The passages are our own sentences; their gold is written here."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import bench_events as be  # noqa: E402
import bench_events_reach as br  # noqa: E402

# a strike with its dead and wounded near a town; two villages struck at once; a denied strike; a visit
STRIKE = "قصفت طائرات حربية بلدة كفرسجنة قرب معرة النعمان فجر الثلاثاء، فقُتل أربعة من سكانها وجُرح سبعة آخرون."
TWO = "قصفت طائرات حربية بلدتي كفرسجنة وحيش صباح اليوم."
DENIED = "نفى الجيش أن تكون طائراته قد قصفت بلدة حيش أمس."
VISIT = "زار وفد أممي مدينة حلب أمس والتقى محافظها."
AGAIN = "قصفت طائرات حربية بلدة كفرسجنة صباح اليوم. وفي المساء قصفت طائرات حربية بلدة حيش."


def _passage(pid: str, text: str, events: list[dict], quants=(), places=()) -> dict:
    """One gold line of the probe shape: quantities and places with their offsets, the events naming them."""
    def span(s: str) -> dict:
        k = text.index(s)
        assert text[k:k + len(s)] == s
        return {"surface": s, "start": k, "end": k + len(s)}
    return {"id": pid, "published": "2024-03-05", "outlet": "منصة المثال", "text": text,
            "quantities": [dict(span(s), low=n, high=n, approx=False, kind="count") for s, n in quants],
            "places": [dict(span(s), canonical_en=None) for s in places],
            "events": [dict({"count_surface": None, "place_surface": None, "date_value": None, "reported_by": None,
                             "agent": None, "kind": "incident"}, **e) for e in events]}


def _ladder(tmp_path, pipe, *passages: dict) -> dict:
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in passages), encoding="utf-8")
    return br.run_docs(br.load_path(path, "own"), pipe)


def _rungs(got: dict) -> list[tuple[int, str]]:
    return [(c["rung"], c["sub"]) for c in got["cases"]]


def test_each_gold_event_lands_on_its_rung(tmp_path, pipe):
    air = {"type": "airstrike"}
    got = _ladder(
        tmp_path, pipe,
        _passage("a1", STRIKE, [dict(air, count_surface="أربعة", place_surface="كفرسجنة")], [("أربعة", 4)],
                 ["كفرسجنة"]),
        # the wounded named as the figure: a quantity of the trigger's sentence, not the one taken
        _passage("a2", STRIKE, [dict(air, count_surface="سبعة", place_surface="كفرسجنة")], [("سبعة", 7)], ["كفرسجنة"]),
        # the town the village is near named as the place: resolved, in the chooser's window
        _passage("a3", STRIKE, [dict(air, count_surface="أربعة", place_surface="معرة النعمان")], [("أربعة", 4)],
                 ["معرة النعمان"]),
        # two villages coded as two strikes: one record (the one mention) serves the first
        _passage("a4", TWO, [dict(air, place_surface="كفرسجنة"), dict(air, place_surface="حيش")], (),
                 ["كفرسجنة", "حيش"]),
        _passage("a5", DENIED, [dict(air, place_surface="حيش")], (), ["حيش"]),
        _passage("a6", VISIT, [{"type": "protest", "place_surface": "حلب"}], (), ["حلب"]),
        _passage("a7", STRIKE, [{"type": "protest", "place_surface": "كفرسجنة"}], (), ["كفرسجنة"]))
    assert _rungs(got) == [
        (1, "matched"),
        (2, "a quantity in the trigger's sentence or the one before"),
        (3, "a resolved place in the chooser's window"),
        (1, "matched"),
        (4, "joined into another gold's record (one mention, several incidents)"),
        (4, "a record judged not to have happened"),
        (5, "no word of its type in its sentences (vocabulary)"),
        (5, "a mention of another type there (type mapping)")]
    assert [c.get("detail") for c in got["cases"]][-4:] == ["figure/place", "figure/place", "protest",
                                                            "protest -> several"]
    assert got["gold"] == 8 and got["tp"] == 2


def test_the_extras_are_told_apart(tmp_path, pipe):
    def extras(p: dict) -> dict:
        return dict(_ladder(tmp_path, pipe, p)["extras"])
    assert extras(_passage("x1", AGAIN, [{"type": "airstrike", "place_surface": "كفرسجنة"}], (), ["كفرسجنة"])) == \
        {"second telling": 1}
    assert extras(_passage("x2", TWO.replace("بلدتي كفرسجنة وحيش", "بلدة حيش"), [])) == {"non-act": 1}
    assert extras(_passage("x3", STRIKE, [{"type": "airstrike", "count_surface": "سبعة", "place_surface": "كفرسجنة"}],
                           [("سبعة", 7)], ["كفرسجنة"])) == {"wrong argument": 1}


class _Doc:
    """What the rung tests read of a finished document: its text, sentences and layers."""

    def __init__(self, text: str, quantities=(), places=()) -> None:
        from marsad.arabic.tokens import sentences
        self.text = text
        self.sentences = sentences(text)
        self.layers = {"quantities": list(quantities), "places": list(places)}


def test_figure_and_place_rungs_read_the_layers():
    text = "قصفت المدفعية بلدة حيش. وكان الطقس صافياً. وقال الأهالي إن القصف طال عشرات المنازل. وجرى ذلك قرب كفرسجنة."
    k = text.index("عشرات")
    doc = _Doc(text, places=[{"surface": "كفرسجنة", "start": text.index("كفرسجنة"), "end": len(text) - 1,
                              "name_en": "Kafr Sajna", "kind": "locality"}])
    ss = br.Sents(doc)
    rec = {"start": 0, "type": "shelling", "place": None}
    g = {"type": "shelling", "count": (20.0, 90.0), "place": "الزيتونة", "place_en": None, "_fig": [(k, k + 5)],
         "_place": []}
    assert br.figure_rung(g, rec, doc, ss) == "not a quantity span (the quantities layer misses it)"
    doc.layers["quantities"] = [{"surface": "عشرات", "start": k, "end": k + 5, "low": 20, "high": 90}]
    assert br.figure_rung(g, rec, doc, ss) == "a quantity elsewhere: further in the passage"
    assert br.place_rung(g, rec, doc, ss) == "not in the places layer"
    assert br.place_rung(dict(g, place="كفرسجنة"), rec, doc, ss) == "a resolved place elsewhere: further in the passage"
    assert br.place_rung(dict(g, place=None), rec, doc, ss) == "the gold wants no place"
    assert br.layer("not in the places layer") == "places layer"


def test_the_ladder_adds_up_to_the_scorer(pipe):
    docs = br.load("probe20")
    s = be.score(docs, be.pipeline_predict())
    got = br.run_docs(docs, pipe)
    assert len(got["cases"]) == s["gold"]
    assert sum(c["rung"] == 1 for c in got["cases"]) == got["tp"] == s["tp"]
    assert sum(got["extras"].values()) == s["emitted"] - s["tp"]
    wrong = sum(c["rung"] in (2, 3) for c in got["cases"])
    assert got["extras"]["wrong argument"] == wrong


def test_a_held_out_set_is_refused_in_one_line():
    run = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "bench_events_reach.py"), "--set", "probe74"],
                         capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 2
    assert run.stdout.strip().splitlines() == \
        ["probe74: held out; only the lead scores it, with bench_events_history.py"]
    with pytest.raises(SystemExit):
        br.load("probe22")
    assert not set(br.PARAPHRASE) & set(be.HELD_OUT)
