"""The learned event filter (stop 31, issue 10): features that name no word of a passage, read on our
own sentences with their values and spans; the trainer refuses held-out sets; the hook drops a unit the
model scores under its threshold (a group as one) and nothing when the model is off; a deterministic
fit; the committed model file."""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

from marsad.document import Document
from marsad.extract.events import event_filter, mentions
from marsad.extract.events.context import Ctx
from marsad.extract.events.vocab import vocab

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import train_event_filter as tr  # noqa: E402

_ARABIC = re.compile("[\u0600-\u06ff]")

# a headline, a lead with a strike told after «بعد», a detail inside quote marks after a verb of saying,
# and a last sentence told with «وكانت … قد» (all our own)
STORY = ("انفجار في ريف إدلب\n"
         "قُتل ثلاثة مدنيين بعد قصف مدفعي استهدف بلدة كفرنبل جنوب إدلب. "
         "وقال الدفاع المدني إن «الطائرات شنت غارات على قرية حاس». "
         "وكانت قوات الأمن قد اعتقلت عشرة أشخاص في مدينة سراقب الأسبوع الماضي.")


def _run(pipe, text: str):
    d = Document(text, published="2024-03-05", outlet="منصة المثال")
    pipe(d)
    ctx = Ctx(d, vocab())
    mentions.event_words(ctx)
    return d, ctx


def _by_trigger(d, ctx, trigger: str):
    for unit, f in event_filter.unit_features(ctx, d["events"]):
        r = unit[0]
        assert d.text[r["start"]:r["end"]] == r["trigger"]
        if r["trigger"] == trigger:
            return r, f
    raise AssertionError(f"no record of {trigger}: {[u[0]['trigger'] for u, _ in event_filter.unit_features(ctx, d['events'])]}")


@pytest.fixture(scope="module")
def story(pipe):
    return _run(pipe, STORY)


def test_sentence_roles(story):
    d, ctx = story
    assert _by_trigger(d, ctx, "انفجار")[1]["role=headline"] == 1.0
    r, f = _by_trigger(d, ctx, "قصف مدفعي")
    assert f["role=lead"] == 1.0 and f["role=lead&type=shelling"] == 1.0 and f["sent=1"] == 1.0
    assert _by_trigger(d, ctx, "غارات")[1]["role=detail"] == 1.0
    assert _by_trigger(d, ctx, "اعتقلت")[1]["role=last"] == 1.0


def test_clause_after_baad_and_the_incident_it_holds(story):
    d, ctx = story
    r, f = _by_trigger(d, ctx, "قصف مدفعي")
    assert r["type"] == "shelling" and r["place"]["surface"] == "كفرنبل"
    assert d.text[r["place"]["start"]:r["place"]["end"]] == "كفرنبل"
    assert f["clause_after"] == 1.0 and f["near_after"] == 1.0
    assert f["pos=noun"] == 1.0 and f["multiword"] == 1.0
    assert f["place=local"] == 1.0 and f["figure"] == 1.0 and f["fatalities"] == 1.0
    assert f["deaths=1"] == 1.0  # the death verb joined to the strike
    assert f["tellings=3"] == 1.0 and f["verb_told"] == 1.0
    assert f["in_quote"] == 0.0 and "clause_say" not in f


def test_inside_a_quote_after_a_verb_of_saying(story):
    d, ctx = story
    r, f = _by_trigger(d, ctx, "غارات")
    assert r["type"] == "airstrike" and r["place"]["surface"] == "حاس"
    assert f["in_quote"] == 1.0 and f["sent_say"] == 1.0 and f["clause_say"] == 1.0
    assert f["source=text"] == 1.0
    assert "clause_after" not in f


def test_pluperfect_cues_and_figure(story):
    d, ctx = story
    r, f = _by_trigger(d, ctx, "اعتقلت")
    assert r["type"] == "arrest" and r["place"]["surface"] == "سراقب"
    assert f["clause_kana"] == 1.0 and f["clause_qad"] == 1.0 and f["sent_kana"] == 1.0
    assert f["pos=verb"] == 1.0 and f["counted=person"] == 1.0 and f["magnitude=2"] == 1.0  # ten: two digits
    assert f["agent"] == 1.0 and f["date=text"] == 1.0


def test_the_passage_around_it(story):
    d, ctx = story
    f = _by_trigger(d, ctx, "انفجار")[1]
    assert f["others=3"] == 1.0 and f["same_type=0"] == 1.0 and f["shares_sentence"] == 0.0
    assert f["place=region"] == 1.0 and f["doc_sents=4"] == 1.0


def test_a_second_house_style_same_type_and_shared_sentence(pipe):
    # two strikes on the same town, one sentence, told in a wire-style line with a dash
    text = ("حلب - شنت الطائرات الحربية غارتين على بلدة عندان، فيما قصفت المدفعية البلدة بعشرين قذيفة. "
            "وأغارت الطائرات مجدداً على بلدة عندان مساء.")
    d, ctx = _run(pipe, text)
    units = event_filter.unit_features(ctx, d["events"])
    types = [u[0]["type"] for u, _ in units]
    assert "airstrike" in types and "shelling" in types
    f = next(f for u, f in units if u[0]["type"] == "shelling")
    assert f["shares_sentence"] == 1.0 and f["role=lead"] == 1.0


def test_features_name_no_word(story):
    d, ctx = story
    for _, f in event_filter.unit_features(ctx, d["events"]):
        assert f and not any(_ARABIC.search(k) for k in f), f


def test_cue_classes_come_from_the_data_file():
    table, quotes = event_filter.cues()
    raw = json.loads(event_filter.CUES.read_text(encoding="utf-8"))
    assert set(table.values()) == set(raw["classes"])
    assert table["منذ"] == "since" and table["بعد"] == "after" and "«" in quotes["open"]


# -- the hook ----------------------------------------------------------------------------------
def _model(weights: dict, threshold: float = 0.5, bias: float = 3.0) -> dict:
    return {"enabled": True, "threshold": threshold, "bias": bias, "weights": weights}


def test_the_hook_drops_a_unit_scored_under_the_threshold(story):
    d, ctx = story
    recs = [dict(r) for r in d["events"]]
    kept = event_filter.prune(ctx, recs, _model({"type=arrest": -10.0}))
    assert [r["trigger"] for r in kept] == [r["trigger"] for r in recs if r["type"] != "arrest"]
    assert len(kept) == len(recs) - 1
    # scored at or above: kept
    assert event_filter.prune(ctx, recs, _model({"type=arrest": -3.0}, threshold=0.5)) == recs


def test_the_hook_keeps_all_when_off(story):
    d, ctx = story
    recs = [dict(r) for r in d["events"]]
    off = dict(_model({"type=arrest": -10.0}), enabled=False)
    assert event_filter.prune(ctx, recs, off) == recs
    was, event_filter.ENABLED = event_filter.ENABLED, False
    try:
        assert event_filter.prune(ctx, recs, _model({"type=arrest": -10.0})) == recs
    finally:
        event_filter.ENABLED = was


def test_a_group_is_dropped_as_one(story):
    d, ctx = story
    base = next(r for r in d["events"] if r["type"] == "arrest")
    recs = [dict(r) for r in d["events"] if r is not base] + [dict(base, group="g9"), dict(base, group="g9", count=None)]
    kept = event_filter.prune(ctx, recs, _model({"type=arrest": -10.0}))
    assert not any(r["type"] == "arrest" for r in kept) and len(kept) == len(recs) - 2


def test_the_hook_runs_inside_the_pipeline(monkeypatch):
    from marsad.pipeline import Pipeline

    monkeypatch.setattr(event_filter, "load", lambda path=None: _model({"type=arrest": -10.0}))
    d = Document(STORY, published="2024-03-05", outlet="منصة المثال")
    Pipeline()(d)
    types = [e["type"] for e in d["events"]]
    assert "arrest" not in types and "shelling" in types and "airstrike" in types


# -- the trainer ---------------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["probe22", "probe27", "probe32", "probe35", "probe50", "probe51"])
def test_the_trainer_refuses_held_out_sets(name, capsys, monkeypatch):
    assert name in tr.be.HELD_OUT
    with pytest.raises(tr.HeldOut):
        tr.check(["probe4", name])
    with pytest.raises(tr.HeldOut):
        tr.load_set(name)
    monkeypatch.setattr(sys, "argv", ["train_event_filter.py", "--sets", f"probe4,{name}", "--out", "/nonexistent"])
    assert tr.main() == 2
    assert "held out" in capsys.readouterr().err


def test_every_held_out_set_is_refused_and_none_is_a_training_set():
    assert not set(tr.SEEN) & set(tr.be.HELD_OUT) and not set(tr.FRESH) & set(tr.be.HELD_OUT)
    for name in tr.be.HELD_OUT:
        with pytest.raises(tr.HeldOut):
            tr.check([name])


def _toy(n: int = 30) -> list[dict]:
    docs = []
    for k in range(n):
        bad = k % 5 == 0
        f = {"type=arrest": 1.0, "in_quote": float(bad), "figure": float(not bad)}
        docs.append({"feats": [f], "lenient": [not bad], "strict": [not bad], "golds": [], "units": [[{}]]})
    return docs


def test_the_fit_is_deterministic_and_learns_the_sign():
    a, b = tr.fit(_toy(), 0.01), tr.fit(_toy(), 0.01)
    assert a == b
    assert a["weights"]["in_quote"] < 0 < a["weights"]["figure"]


def test_labels_lenient_pairs_by_type_whatever_the_place():
    golds = [{"type": "arrest", "count": (5.0, 5.0), "place": "حماة", "place_en": None},
             {"type": "shelling", "count": None, "place": "داعل", "place_en": None}]
    units = [[{"type": "arrest", "count": {"low": 5, "high": 5}, "place": {"surface": "حماة"}}],
             [{"type": "arrest", "count": None, "place": {"surface": "حمص"}}],
             [{"type": "shelling", "count": {"low": 3, "high": 3}, "place": {"surface": "طفس"}}]]
    strict, lenient = tr.labels(golds, units)
    assert strict == [True, False, False]
    assert lenient == [True, False, True]  # the second arrest has no gold left; the shelling is real, misplaced


def test_the_committed_model_file():
    raw = json.loads(event_filter.WEIGHTS.read_text(encoding="utf-8"))
    assert {"enabled", "threshold", "bias", "weights"} <= set(raw)
    assert not any(_ARABIC.search(k) for k in raw["weights"])
    assert not set(raw.get("trained_on", {}).get("sets", [])) & set(tr.be.HELD_OUT)
