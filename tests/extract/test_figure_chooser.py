"""The learned figure chooser (issue 10, stop 34): its candidates and features that name no word of a
passage, the hook that changes a record's figure only when the weights prefer another candidate, the
file's `enabled` flag, and the training script that refuses a held-out set. Our own sentences; the
quantity and place layers built by hand."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from marsad.extract.events import EventExtractor, figure_chooser
from marsad.extract.events.attribution import Attribution
from marsad.extract.events.context import Ctx
from marsad.extract.events.vocab import vocab

from test_events import _doc, _run

ROOT = Path(__file__).resolve().parents[2]
# a strike with its dead and a part of them, then a figure of wounded
TEXT = "قتل 12 مدنياً بينهم 3 أطفال في غارة جوية على بلدة المرج صباح اليوم، وأصيب 20 آخرون بجروح."
QUANTS = [("12", 12, 12, "مدني"), ("3", 3, 3, "طفل"), ("20", 20, 20, None)]
PLACES = [("المرج", "C9", "Al-Marj", "Daraa")]


@pytest.fixture(scope="module")
def ex():
    return EventExtractor()


@pytest.fixture
def off(monkeypatch):
    """The rules' figures (the committed file may be on or off: each test says which model runs)."""
    monkeypatch.setattr(figure_chooser, "ENABLED", False)


def _strike(ex):
    d = _doc(TEXT, quantities=QUANTS, places=PLACES)
    recs = _run(ex, d)
    return d, next(r for r in recs if r["type"] == "airstrike")


def test_the_rules_figure_and_the_candidates(ex, off):
    d, rec = _strike(ex)
    assert (rec["fatalities"]["low"], rec["quantity"]["surface"]) == (12, "12")
    ctx = Ctx(d, vocab())
    cands, fs = figure_chooser.worked(ctx, rec, d["events"], Attribution(ctx))
    assert [c["surface"] for c in cands[:-1]] == ["12", "3", "20"]  # the sentence's quantities, then "no figure"
    assert cands[-1] is None and fs[-1]["none"] == 1.0 and fs[-1]["none&rule"] == 0.0
    twelve, three, twenty = fs[:3]
    assert twelve["rule"] == 1.0 and three["rule"] == 0.0
    # (the trigger is the strike: both figures of the dead stand before it, the part nearer)
    assert twelve["before"] == 1.0 and three["nearest_before"] == 1.0 and "nearest_before" not in twelve
    assert twelve["cls=person"] == 1.0 and twenty["after"] == twenty["nearest_after"] == 1.0
    assert three["breakdown"] == 1.0 and twelve["breakdown"] == 0.0  # «بينهم» before it
    assert twenty["comma_between"] == 1.0 and twenty["rec_injured"] == 1.0  # the record's wounded
    assert not any(k for f in fs for k in f if any("\u0600" <= ch <= "\u06ff" for ch in k))  # no word of the text


def _model(**weights):
    return {"weights": weights, "types": frozenset({"airstrike"}), "margin": 0.0, "enabled": True}


def test_the_hook_takes_the_candidate_the_weights_prefer(ex, off):
    d, rec = _strike(ex)
    assert [b["surface"] for b in rec["breakdown"]] == ["3"]  # (the rules' figure 12 and its part)
    ctx = Ctx(d, vocab())
    figure_chooser.overrule(ctx, Attribution(ctx), [rec], _model(breakdown=5.0))
    assert rec["fatalities"] == {"low": 3, "high": 3, "approx": False} and rec["count"] is None
    assert rec["breakdown"] == []  # the part of 12 is no part of 3
    q = rec["quantity"]
    assert d.text[q["start"]:q["end"]] == q["surface"] == "3"
    assert rec["counted"] == "طفل" and rec["place"]["surface"] == "المرج"  # the place is not the hook's


def test_the_hook_may_take_no_figure(ex, off):
    d, rec = _strike(ex)
    ctx = Ctx(d, vocab())
    figure_chooser.overrule(ctx, Attribution(ctx), [rec], _model(none=5.0))
    assert rec["fatalities"] is None and rec["count"] is None and rec["quantity"] is None


def test_the_rules_figure_stands_when_the_weights_agree_or_on_another_type(ex, off):
    d, rec = _strike(ex)
    ctx = Ctx(d, vocab())
    figure_chooser.overrule(ctx, Attribution(ctx), [rec], _model(rule=5.0, breakdown=1.0))
    assert rec["fatalities"]["low"] == 12 and rec["quantity"]["surface"] == "12"
    other = dict(_model(breakdown=5.0), types=frozenset({"shelling"}))
    figure_chooser.overrule(ctx, Attribution(ctx), [rec], other)
    assert rec["fatalities"]["low"] == 12


def test_a_casualties_toll_holds_the_figure_in_both_slots(ex, off):
    d = _doc("قتل 7 أشخاص بينهم طفلان في بلدة المرج.", quantities=[("7", 7, 7, "شخص")], places=PLACES)
    rec = next(r for r in _run(ex, d) if r["type"] == "casualties")
    ctx = Ctx(d, vocab())
    figure_chooser.apply(ctx, rec, ctx.quants.items[0])
    assert rec["count"] == rec["fatalities"] == {"low": 7, "high": 7, "approx": False}


def test_the_flag_of_the_file_keeps_the_rules_figures(ex, off):
    d, rec = _strike(ex)
    ctx = Ctx(d, vocab())
    figure_chooser.ENABLED = True  # (the fixture restores it)
    figure_chooser.refine(ctx, Attribution(ctx), [rec], dict(_model(breakdown=5.0), enabled=False))
    assert rec["fatalities"]["low"] == 12
    figure_chooser.refine(ctx, Attribution(ctx), [rec], _model(breakdown=5.0))
    assert rec["fatalities"]["low"] == 3 and rec["quantity"]["surface"] == "3"


def test_the_pipeline_hook_follows_the_committed_file(ex, monkeypatch):
    _, rec = _strike(ex)  # (the pipeline as committed)
    monkeypatch.setattr(figure_chooser, "ENABLED", False)
    d, rules = _strike(ex)
    fields = ("count", "fatalities", "quantity", "counted")
    if not figure_chooser.load()["enabled"]:
        assert rec["fatalities"]["low"] == 12 and rec["quantity"]["surface"] == "12"  # (the rules' figure)
    else:  # on: the figure the committed model gives the rules' record
        ctx = Ctx(d, vocab())
        figure_chooser.overrule(ctx, Attribution(ctx), d["events"], figure_chooser.load())
    assert {k: rec[k] for k in fields} == {k: rules[k] for k in fields}


def test_the_committed_file_is_off_or_trained():
    m = figure_chooser.load()
    assert isinstance(m["enabled"], bool)
    assert not m["enabled"] or m["weights"]


def test_the_training_script_refuses_a_held_out_set():
    sys.path.insert(0, str(ROOT / "scripts"))
    import train_figure_chooser as tf
    with pytest.raises(SystemExit):
        tf.load_set("probe22")
    run = subprocess.run([sys.executable, str(ROOT / "scripts/train_figure_chooser.py"), "--sets", "probe22",
                          "--out", "/dev/null"], capture_output=True, text=True)
    assert run.returncode != 0 and "held out" in run.stderr
    assert not set(tf.DEV_SETS) & set(tf.be.HELD_OUT)
