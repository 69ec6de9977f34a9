"""The learned source chooser (stop 36) and the rule it came with: a verbal noun of purpose («لبث الرعب») names
no source. Candidates (none first, the rules' choice, the sources around the record), features that name no word
of a passage, the margin that keeps the model behind the rules, the hook, the committed model file and the
trainer's refusal of held-out sets. Our own sentences, run through the whole pipeline."""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

from marsad.document import Document
from marsad.extract.events import source_chooser as sc
from marsad.extract.events.attribution import Attribution
from marsad.extract.events.context import Ctx
from marsad.extract.events.vocab import vocab

ROOT = Path(__file__).resolve().parents[2]
_ARABIC = re.compile("[\u0600-\u06ff]")
OUTLET = "منصة المثال"


@pytest.fixture(scope="module")
def pipe():
    from marsad.pipeline import Pipeline

    return Pipeline()


def _run(pipe, text):
    d = Document(text, id="t", published="2024-03-05", outlet=OUTLET)
    pipe(d)
    for e in d["events"]:
        rb = e["reported_by"] or {}
        if "start" in rb:
            assert d.text[rb["start"]:rb["end"]] == rb["surface"]
    return d


@pytest.mark.parametrize("text", [
    "أطلق مسلحون النار في سوق بلدة الحارة بريف درعا، لبث الرعب بين الأهالي، فقُتل رجل وجُرح آخر.",
    "قصفت طائرات حربية قرية الزيارة بريف إدلب، في محاولة إلى بث الهلع بين المدنيين، وقتل طفلان.",
])
def test_a_verbal_noun_of_purpose_names_no_source(pipe, text):
    evs = _run(pipe, text)["events"]
    assert evs and all(e["reported_by"] == {"surface": OUTLET, "outlet": True} for e in evs)


def test_a_source_after_a_reporting_verb_still_reports(pipe):
    text = "قصفت طائرات حربية قرية الزيارة بريف إدلب وقتل طفلان، بحسب فرق الدفاع المدني."
    evs = _run(pipe, text)["events"]
    assert "الدفاع المدني" in evs[0]["reported_by"]["surface"]


STORY = ("مواجهات ضارية في ريف حماة الشمالي\n"
         "دارت مواجهات ضارية بين مقاتلي المعارضة وجنود النظام قرب بلدة اللطامنة صباح اليوم. "
         "وأوضح المرصد السوري لحقوق الإنسان أن تسعة عناصر قُتلوا في المواجهات.")


def _cands(pipe, text):
    d = _run(pipe, text)
    ctx = Ctx(d, vocab())
    att = Attribution(ctx)
    recs = [dict(e) for e in d["events"]]
    return ctx, att, recs


def test_candidates_start_with_none_and_their_spans_are_the_text(pipe):
    ctx, att, recs = _cands(pipe, STORY)
    assert recs
    for r in recs:
        cands = sc.candidates(ctx, att, r)
        assert cands[0] == {"_none": True}
        for c in cands[1:]:
            assert ctx.text[c["start"]:c["end"]] == c["surface"]
        assert any(c.get("surface") == "المرصد السوري لحقوق الإنسان" for c in cands)
        rule = r["reported_by"]
        if rule and not rule.get("outlet"):
            assert sum(bool(c.get("_rule")) for c in cands) == 1


def test_features_name_no_word_of_the_passage(pipe):
    ctx, att, recs = _cands(pipe, STORY)
    taken = sc.taken_by(recs)
    for r in recs:
        for f in sc.features(ctx, att, r, sc.candidates(ctx, att, r), taken):
            assert not any(_ARABIC.search(k) for k in f)
            assert all(isinstance(v, float) for v in f.values())


def test_the_margin_keeps_the_rules_choice_unless_the_model_is_surer():
    fs = [{"none": 1.0, "none&rule": 1.0}, {"known": 1.0}]
    assert sc.best(fs, {"known": 0.4}, margin=0.5) == 0
    assert sc.best(fs, {"known": 0.6}, margin=0.5) == 1
    fs = [{"none": 1.0}, {"rule": 1.0, "nameless": 1.0}, {"known": 1.0}]
    assert sc.best(fs, {"nameless": -2.0, "known": 1.0}, margin=0.5) == 2
    assert sc.best(fs, {}, margin=0.5) == 1


def test_refine_takes_the_models_choice_and_fills_the_record(pipe, monkeypatch):
    ctx, att, recs = _cands(pipe, STORY)
    monkeypatch.setattr(sc, "load", lambda *a: {"enabled": True, "margin": 0.0,
                                                 "weights": {"none": -5.0, "known": 3.0, "tagged": 1.0}})
    sc.refine(ctx, att, recs)
    for r in recs:
        assert r["reported_by_source"] == "text"
        assert r["reported_by"]["surface"] == "المرصد السوري لحقوق الإنسان"
        assert ctx.text[r["reported_by"]["start"]:r["reported_by"]["end"]] == r["reported_by"]["surface"]


def test_refine_leaves_the_rules_when_the_model_file_is_off(pipe, monkeypatch):
    ctx, att, recs = _cands(pipe, STORY)
    before = [r["reported_by"] for r in recs]
    monkeypatch.setattr(sc, "load", lambda *a: {"enabled": False, "margin": 0.0, "weights": {"none": 9.0}})
    sc.refine(ctx, att, recs)
    assert [r["reported_by"] for r in recs] == before


def test_the_committed_model_file():
    raw = json.loads((ROOT / "src/marsad/data/events/source_chooser.json").read_text(encoding="utf-8"))
    assert isinstance(raw["enabled"], bool) and raw["weights"] and raw["margin"] >= 0
    assert not any(_ARABIC.search(k) for k in raw["weights"])
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import bench_events as be

    assert not set(raw["trained_on"]["sets"]) & set(be.HELD_OUT)
    assert not {s.split("@")[0] for s in raw["trained_on"]["sets"]} & set(be.HELD_OUT)


def test_the_trainer_refuses_a_held_out_set():
    sys.path.insert(0, str(ROOT / "scripts"))
    import train_source_chooser as ts

    with pytest.raises(SystemExit):
        ts.tp.load_set("probe88")


def test_paragraph_starts_and_types_told_by_sentence(pipe):
    """The paragraph starts are worked out once a document and the record starts bisected: the same answers as a
    walk back over the sentences and a scan of every record."""
    ctx, att, recs = _cands(pipe, STORY + "\nوفي سياق آخر، قصفت طائرات حربية بلدة كفرنبل. وقتل مدنيان.")
    n = len(ctx.sents)
    assert n >= 4

    def walk(si):
        while si > 0 and "\n" not in ctx.text[ctx.sents[si - 1].end:ctx.sents[si].start + 1]:
            si -= 1
        return si

    assert [sc._para_start(ctx, si) for si in range(n)] == [walk(si) for si in range(n)]
    assert len(set(sc._para_start(ctx, si) for si in range(n))) >= 2
    taken = sc.taken_by(recs)
    for k in range(n):
        s = ctx.sents[k]
        want = {t for start, ts in taken["_types"].items() if s.start <= start < s.end for t in ts}
        assert sc._types_in(ctx, taken, k) == want
    assert any(sc._types_in(ctx, taken, k) for k in range(n))


def test_the_source_actor_follows_the_chosen_source(pipe, monkeypatch):
    """A record's `source` actor names the body its reported_by names: the model's choice moves it, and the
    outlet fallback leaves no source actor."""
    ctx, att, recs = _cands(pipe, STORY)
    monkeypatch.setattr(sc, "load", lambda *a: {"enabled": True, "margin": 0.0,
                                                 "weights": {"none": -5.0, "known": 3.0, "tagged": 1.0}})
    sc.refine(ctx, att, recs)
    for r in recs:
        src = [a for a in r["actors"] if a["role"] == "source"]
        assert [a["surface"] for a in src] == [r["reported_by"]["surface"]]
    ctx, att, recs = _cands(pipe, STORY)
    monkeypatch.setattr(sc, "load", lambda *a: {"enabled": True, "margin": 0.0, "weights": {"none": 9.0}})
    sc.refine(ctx, att, recs)
    for r in recs:
        assert r["reported_by"]["outlet"] and not [a for a in r["actors"] if a["role"] == "source"]
