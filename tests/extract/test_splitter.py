"""The learned incident split (stop 35, issue 10), on our own sentences: the candidates a joined incident offers,
the records a cut makes (figures, places, spans exact), a toy model cutting where its features say so, nothing
changed when the model file or the hook is off, the trainer refusing a held-out set, its labels and a fit that gives
the same weights every time."""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

from marsad.document import Document
from marsad.extract.events import splitter

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import train_splitter as tr  # noqa: E402

_ARABIC = re.compile("[\u0600-\u06ff]")
# (our own sentences) a headline over a governorate, a strike with its dead at one town, then a second raid told after
# it at another village with its wounded: the rules make one record of all three
TEXT = ("غارات جوية على بلدات في محافظة إدلب\n"
        "قتل ثلاثة مدنيين في غارة نفذتها طائرة حربية على بلدة كفرنبل. "
        "وأغارت الطائرات مرتين على قرية البارة، فأصيب عدد من المدنيين.")
SECOND = TEXT.index("أغارت")
# a model that cuts only at a verb opening a later sentence
MODEL = {"enabled": True, "threshold": 0.5, "bias": -3.0, "weights": {"fresh_verb=True&join=sentence": 6.0}}


def _run(pipe, force=None, model=None, text: str = TEXT) -> tuple[list[dict], list[dict]]:
    was = splitter.FORCE, splitter.OVERRIDE, splitter.WATCH
    splitter.FORCE, splitter.OVERRIDE, splitter.WATCH = force, model, []
    try:
        doc = Document(text, published="2021-03-04", outlet="منصة المثال")
        pipe(doc)
        return [dict(e) for e in doc["events"] if e["modality"] == "asserted"], splitter.WATCH
    finally:
        splitter.FORCE, splitter.OVERRIDE, splitter.WATCH = was


def _brief(e: dict) -> tuple:
    fig = e.get("fatalities") or e.get("count") or {}
    return e["type"], (e.get("place") or {}).get("surface"), fig.get("low"), e["trigger"]


def _spans_exact(text: str, recs: list[dict]) -> None:
    for e in recs:
        assert text[e["start"]:e["end"]] == e["trigger"]
        for m in e["mentions"]:
            assert text[m["start"]:m["end"]] == m["surface"]
        if e.get("place"):
            assert text[e["place"]["start"]:e["place"]["end"]] == e["place"]["surface"]
        if e.get("quantity"):
            q = e["quantity"]
            assert text[q["start"]:q["end"]] == q["surface"]


def test_rules_join_the_three_tellings(pipe):
    recs, watch = _run(pipe, force=False)
    assert [_brief(e) for e in recs] == [("airstrike", "كفرنبل", 3.0, "غارات جوية")]
    # the strike at the town (a place the headline's governorate holds) and the second raid are candidates
    assert [(TEXT[w["start"]:w["start"] + 4], w["kind"], w["cut"]) for w in watch] == \
        [("غارة", "place", False), ("أغار", "place", False)]


def test_a_cut_at_the_second_raid_makes_two_records(pipe):
    recs, _ = _run(pipe, force={SECOND})
    assert [_brief(e) for e in recs] == [("airstrike", "كفرنبل", 3.0, "غارات جوية"),
                                         ("airstrike", "البارة", None, "أغارت")]
    second = recs[1]
    assert second["start"] == SECOND
    assert [m["surface"] for m in second["mentions"]] == ["أغارت", "أصيب"]  # its wounded go with it
    assert recs[0]["quantity"]["surface"] == "ثلاثة"
    _spans_exact(TEXT, recs)


def test_every_cut_splits_the_headline_too(pipe):
    recs, _ = _run(pipe, force=True)
    assert [_brief(e) for e in recs] == [("airstrike", "إدلب", None, "غارات جوية"),
                                         ("airstrike", "كفرنبل", 3.0, "غارة"),
                                         ("airstrike", "البارة", None, "أغارت")]
    _spans_exact(TEXT, recs)


def test_a_model_cuts_where_its_features_say(pipe):
    recs, watch = _run(pipe, model=MODEL)
    assert [w["cut"] for w in watch] == [False, True]  # the noun «غارة» joined by «في» stays; the verb opening a sentence
    assert [_brief(e) for e in recs] == [("airstrike", "كفرنبل", 3.0, "غارات جوية"),
                                         ("airstrike", "البارة", None, "أغارت")]


def test_features_name_no_word(pipe):
    _, watch = _run(pipe, force=False)
    f = watch[1]["feats"]
    assert f["join=sentence"] == 1.0 and f["kind=place"] == 1.0 and f["own_figure"] == 0.0
    assert not any(_ARABIC.search(k) for w in watch for k in w["feats"])


def test_off_changes_nothing(pipe, monkeypatch):
    rules, _ = _run(pipe, force=False)
    assert splitter.load()["enabled"] is False  # the committed file: off (its gate did not hold)
    doc = Document(TEXT, published="2021-03-04", outlet="منصة المثال")
    pipe(doc)
    assert [_brief(e) for e in doc["events"] if e["modality"] == "asserted"] == [_brief(e) for e in rules]
    monkeypatch.setattr(splitter, "ENABLED", False)
    recs, watch = _run(pipe, model=MODEL)
    assert [_brief(e) for e in recs] == [_brief(e) for e in rules] and watch == []


def test_committed_file_is_off_and_names_no_word():
    raw = json.loads(splitter.WEIGHTS.read_text(encoding="utf-8"))
    assert raw["enabled"] is False
    assert not any(_ARABIC.search(k) for k in raw["weights"])


def test_trainer_refuses_held_out_sets():
    for name in ("probe22", "probe74"):
        with pytest.raises(tr.HeldOut):
            tr.load_set(name)
        with pytest.raises(tr.HeldOut):
            tr.gather(sets=[name])


def test_labels_count_the_gold_a_cut_alone_matches(pipe):
    gold = [{"type": "airstrike", "count": (3.0, 3.0), "fatalities": None, "place": "كفرنبل", "place_en": None,
             "reported_by": None, "date": None},
            {"type": "airstrike", "count": None, "fatalities": None, "place": "البارة", "place_en": None,
             "reported_by": None, "date": None}]
    d = {"id": "own1", "text": TEXT, "published": "2021-03-04", "outlet": "منصة المثال", "events": gold}
    run = tr.run_doc(pipe, Document, splitter, tr.be.score, d, None, True)
    assert run["gains"] == [0, 1]  # the town's cut takes the headline's figure away: nothing more; the raid's: one
    assert tr._passage("own", d, run)["labels"] == [0.0, 1.0]


def test_fit_is_deterministic():
    def ex(y, f):
        return {"feats": f, "start": 0, "kind": "place", "cut": False}
    ps = [{"set": "probe64", "watch": [ex(1, {"a": 1.0}), ex(0, {"b": 1.0})], "labels": [1.0, 0.0]},
          {"set": "probe7", "watch": [ex(0, {"b": 1.0, "a": 1.0})], "labels": [0.0]}]
    one, two = tr.fit(ps), tr.fit(ps)
    assert one == two and one["weights"]["a"] > 0 > one["weights"]["b"]
    assert one["enabled"] is True and one["threshold"] == tr.THRESHOLD
