"""The learned event filter's hold for a short passage (stop 46, event_filter.json `short_doc`): in a passage of one
or two sentences under any headline (`short_body`), a unit is dropped only under the hold's lower threshold; in a
longer passage, or with the hold switched off, the model's threshold judges it. The trainer's judge scores a held
unit as the hook does. Our own sentences."""
from __future__ import annotations

import sys
from pathlib import Path

from marsad.document import Document
from marsad.extract.events import event_filter, mentions
from marsad.extract.events.context import Ctx
from marsad.extract.events.vocab import vocab

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import train_event_filter as tr  # noqa: E402

# one sentence: a shelling of a town this afternoon
ONE = "قصفت مدفعية القوات الحكومية بلدة قسطون بعد ظهر اليوم."
# the same shelling told first in a passage of four sentences
LONG = ("قصفت مدفعية القوات الحكومية بلدة قسطون بعد ظهر اليوم. "
        "وتقع القرية على الطريق بين بلدتين زراعيتين كبيرتين. "
        "ويعمل أغلب سكانها في زراعة القمح والقطن منذ عقود. "
        "ولم تصدر أي جهة رسمية تعليقاً حتى ساعة إعداد الخبر.")
HOLD = {"when": ["short_body"], "threshold": 0.05}


def _run(pipe, text: str):
    d = Document(text, published="2024-05-14", outlet="منصة المثال")
    pipe(d)
    ctx = Ctx(d, vocab())
    mentions.event_words(ctx)
    return d, ctx


def _model(weight: float, short: dict | None) -> dict:
    # bias 3 and the weight on the shelling's type: -4 gives P 0.27 (under 0.5, over the hold's 0.05), -10 gives 0.001
    return {"enabled": True, "threshold": 0.5, "bias": 3.0, "weights": {"type=shelling": weight}, "short_doc": short}


def _types(recs: list[dict]) -> list[str]:
    return [r["type"] for r in recs]


def test_short_body_counts_the_sentences_under_the_headline(pipe):
    d, ctx = _run(pipe, ONE)
    (unit, f), = [(u, f) for u, f in event_filter.unit_features(ctx, d["events"]) if u[0]["type"] == "shelling"]
    assert f["short_body"] == 1.0 and d.text[unit[0]["start"]:unit[0]["end"]] == unit[0]["trigger"]
    d, ctx = _run(pipe, "قصف على قسطون\n" + ONE)  # a headline line over it: still one sentence of body
    assert all(f["short_body"] == 1.0 for _, f in event_filter.unit_features(ctx, d["events"]))
    d, ctx = _run(pipe, LONG)
    assert all(f["short_body"] == 0.0 for _, f in event_filter.unit_features(ctx, d["events"]))


def test_a_short_passages_act_held_on_kept_off_dropped(pipe):
    d, ctx = _run(pipe, ONE)
    recs = [dict(r) for r in d["events"]]
    assert "shelling" in _types(recs)
    assert "shelling" in _types(event_filter.prune(ctx, recs, _model(-4.0, HOLD)))  # on: P 0.27 over 0.05
    assert "shelling" not in _types(event_filter.prune(ctx, recs, _model(-4.0, None)))  # off: under 0.5
    # what the model is nearly sure of goes even on
    assert "shelling" not in _types(event_filter.prune(ctx, recs, _model(-10.0, HOLD)))


def test_a_long_passages_act_is_judged_by_the_models_threshold(pipe):
    d, ctx = _run(pipe, LONG)
    recs = [dict(r) for r in d["events"]]
    assert "shelling" in _types(recs)
    assert "shelling" not in _types(event_filter.prune(ctx, recs, _model(-4.0, HOLD)))


def test_cut_in_both_states():
    short, long_ = {"short_body": 1.0, "type=shelling": 1.0}, {"short_body": 0.0, "type=shelling": 1.0}
    on, off = _model(-4.0, HOLD), _model(-4.0, None)
    assert event_filter.cut(short, on) == 0.05 and event_filter.cut(long_, on) == 0.5
    assert event_filter.cut(short, off) == 0.5


def test_the_committed_file_switches_the_hold(tmp_path):
    import json

    raw = json.loads(event_filter.WEIGHTS.read_text(encoding="utf-8"))
    assert raw["short_doc"]["enabled"] is True and raw["short_doc"]["when"] == ["short_body"]
    assert event_filter.load()["short_doc"] == {"when": ["short_body"], "threshold": raw["short_doc"]["threshold"]}
    raw["short_doc"]["enabled"] = False
    p = tmp_path / "off.json"
    p.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    assert event_filter.load(str(p))["short_doc"] is None


def test_the_judge_scores_a_held_unit_as_the_hook_does():
    docs = [{"feats": [{"short_body": 1.0, "type=shelling": 1.0}, {"short_body": 0.0, "type=shelling": 1.0}]}]
    p = tr.probs(_model(-4.0, HOLD), docs)[0]
    assert p[0] == 1.0 and round(p[1], 2) == 0.27
    assert tr.probs(_model(-10.0, HOLD), docs)[0][0] == 0.0
    assert round(tr.probs(_model(-4.0, None), docs)[0][0], 2) == 0.27
