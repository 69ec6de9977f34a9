"""Stop 45's refits (helper type45): the learned pieces refitted on the 36 paraphrase development sets and judged
leave-one-set-out. The death attacher's 36-set refit matched no more than its 18-set fit on the 18 sets that fit
never saw, so the 18-set weights stay, now naming the sets they were fitted on. The event filter's 36-set refit
(strict labels, threshold 0.15, chosen on the folds) gained on both tables but dropped a matched record of news_dev,
so it is written switched off. Our own sentences."""
from __future__ import annotations

import copy
import json
import sys
from pathlib import Path

import pytest

from marsad.extract.events import deaths, event_filter, mentions
from piped import analysed

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


# (our own: the day's shelling, a strike of years ago, a toll since the war began, a question)
PAST = ("قصف على بلدة عين الريحان\n"
        "قصفت مدفعية قوات النظام بلدة عين الريحان جنوبي إدلب فجر الثلاثاء فقتلت امرأتين كانتا في بيتهما. "
        "وفي عام 2016 قصفت طائرات روسية مستشفى البلدة وقتلت ثلاثة ممرضين. "
        "وتشير تقديرات منظمات محلية إلى مقتل أكثر من ستمئة شخص في المنطقة منذ بداية النزاع. "
        "هل تتوقف الغارات على عين الريحان قبل موسم الحصاد؟")


@pytest.fixture(scope="module")
def past():
    d, ctx = analysed(PAST, "f45", "2025-04-08")
    mentions.event_words(ctx)
    return ctx, [dict(r) for r in d["events"]]


def test_the_event_filter_refit_is_on_and_names_the_38_sets_and_their_replays():
    raw = json.loads((DATA / "event_filter.json").read_text(encoding="utf-8"))
    on = raw["trained_on"]
    # on since stop 45's lead (BENCHMARKS "### Stop 45"); stop 46 (filter46) refits it on the 38 sets: the folds choose
    # 0.2 (a seed statement lost), 0.15 kept: both fold tables up (nested too); news_dev under the filter off, above
    # stop 45's fit (0.792)
    assert raw["enabled"] is True and event_filter.load()["enabled"] is True
    assert set(on["sets"]) == set(on["replayed_first_runs"]) == set(be.PARAPHRASE_46) and len(on["sets"]) == 38
    assert not set(on["sets"]) & set(be.HELD_OUT)
    assert (on["label"], on["l2"], raw["threshold"]) == ("strict", 0.003, 0.15)
    f = on["folds"]
    for part in ("today", "first", "today_nested", "first_nested"):
        assert f[part]["pooled_f1_with"] > f[part]["pooled_f1_without"]
    assert 0.792 < on["news_dev"]["f1_with"] < on["news_dev"]["f1_without"]


def test_the_event_filter_off_keeps_every_record(past):
    ctx, recs = past
    assert [r["trigger"] for r in recs] == ["قصفت", "قصفت", "مقتل"]
    assert event_filter.prune(ctx, [dict(r) for r in recs], dict(event_filter.load(), enabled=False)) == recs


def test_the_event_filter_on_scores_the_days_act_over_the_old_strike_and_keeps_both(past):
    ctx, recs = past
    model = dict(event_filter.load(), enabled=True)
    scores = {u[0]["type"]: event_filter.score(f, model["weights"], model["bias"])
              for u, f in event_filter.unit_features(ctx, recs)}
    assert scores["shelling"] > scores["airstrike"] > model["threshold"]
    assert event_filter.prune(ctx, [dict(r) for r in recs], model) == recs  # (0.15 drops only what it is sure of)
