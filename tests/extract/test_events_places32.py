"""Places, stop 32. Our own sentences.

1. The learned place chooser is trained on every seen set (sets 39-60 and later ones join by themselves) and
   never on a held-out one: the training script refuses bench_events.HELD_OUT whoever asks.
2. The hook's two refusals (a container of the rules' place; an end of the act's movement the type takes only
   when nothing else is named) are vetoes of the features, so that training and the benchmark judge the
   choices the hook can make, not the ones it throws away after the model made them.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from marsad.extract.events import place_chooser
from marsad.extract.events.attribution import Attribution
from marsad.extract.events.context import Ctx
from marsad.extract.events.vocab import vocab

from test_events import _doc

ROOT = Path(__file__).resolve().parents[2]


def _trainer():
    sys.path.insert(0, str(ROOT / "scripts"))
    import train_place_chooser

    return train_place_chooser


def test_the_chooser_trains_on_every_seen_set_and_refuses_a_held_out_one():
    tr = _trainer()
    import bench_events as be

    seen = [n for n in be.PROBES if n not in be.HELD_OUT]
    assert tr.TRAIN_SETS == seen  # every seen set present, the later ones included
    for n in ("probe39", "probe49", "probe52", "probe56", "probe60"):
        if n in be.PROBES:
            assert n in tr.TRAIN_SETS
    assert not set(tr.TRAIN_SETS) & set(be.HELD_OUT)
    assert not set(tr.FIRST_RUNS) & set(be.HELD_OUT) and set(tr.FIRST_RUNS) <= set(tr.TRAIN_SETS)
    for held in be.HELD_OUT:
        with pytest.raises(SystemExit, match="held out"):
            tr.load_set(held)
    # a held-out gold file named by its path is refused too (the replay child loads sets by name or path)
    with pytest.raises(SystemExit, match="held out"):
        tr.load_set(str(be.PROBE_DIR / "gold22.jsonl"))


def _feats(text, places, trigger, typ, rule):
    d = _doc(text, places=places)
    ctx = Ctx(d, vocab())
    att = Attribution(ctx)
    i = text.index(trigger)
    j = text.index(rule)
    rec = {"start": i, "end": i + len(trigger), "type": typ, "kind": "incident",
           "place": next(dict(p) for p in d["places"] if p["start"] == j)}
    cands = place_chooser.candidates(ctx, rec)
    full = place_chooser.features(ctx, att, rec, cands)
    lean = place_chooser.features(ctx, att, rec, cands, lean=True)
    return {(c or {}).get("surface"): (f, g) for c, f, g in zip(cands, full, lean)}


@pytest.mark.parametrize("text,places,trigger,typ,rule,outer", [
    # a village and the region that holds it (monitor style)
    ("قصفت قوات النظام بالمدفعية الثقيلة قرية الحويز في سهل الغاب، صباح اليوم، دون أنباء عن إصابات.",
     [("الحويز", "C1", "Al-Huwayz", "Hama"), ("سهل الغاب", "R1", "Al-Ghab Plain", "Hama", "region")],
     "قصفت", "shelling", "الحويز", "سهل الغاب"),
    # the region told first, the village after it (local outlet style)
    ("في ريف إدلب الجنوبي، شهدت بلدة كفرنبل اشتباكات بين الفصائل وقوات النظام استمرت حتى الفجر.",
     [("ريف إدلب الجنوبي", "R2", "southern Idlib", "Idlib", "region"), ("كفرنبل", "C2", "Kafr Nabl", "Idlib")],
     "اشتباكات", "armed_clash", "كفرنبل", "ريف إدلب الجنوبي"),
    # a quarter and its city as a governorate (state agency style)
    ("وأعلنت قيادة الشرطة توقيف أربعة أشخاص في حي الميدان بدمشق بتهمة السرقة.",
     [("حي الميدان", "N1", "Al-Midan", "Damascus", "neighbourhood"),
      ("دمشق", "G1", "Damascus", "Damascus", "governorate")],
     "توقيف", "arrest", "حي الميدان", "دمشق"),
])
def test_a_container_of_the_rules_place_is_vetoed_in_training_as_in_the_hook(text, places, trigger, typ, rule, outer):
    by = _feats(text, places, trigger, typ, rule)
    full, lean = by[outer]
    assert full.get("veto") == 1.0 and lean == {"veto": 1.0}
    assert not by[rule][0].get("veto") and by[rule][0]["rule"] == 1.0
    # training features and the hook's lean ones agree on every candidate's veto
    assert all(bool(f.get("veto")) == bool(g.get("veto")) for f, g in by.values())


def test_a_finer_place_than_the_rules_stays_a_candidate():
    # the rules took the region; the village inside it is not vetoed (the model may still prefer it)
    by = _feats("اندلعت اشتباكات عنيفة في ريف حماة الشمالي قرب قرية الزكاة مساء أمس.",
                [("ريف حماة الشمالي", "R3", "northern Hama", "Hama", "region"), ("الزكاة", "C3", "Al-Zakah", "Hama")],
                "اشتباكات", "armed_clash", "ريف حماة الشمالي")
    assert not by["الزكاة"][0].get("veto") and by["الزكاة"][1] != {"veto": 1.0}


def test_the_hook_keeps_the_rules_place_when_the_model_would_take_its_container(monkeypatch):
    text = "قصفت قوات النظام بالمدفعية الثقيلة قرية الحويز في سهل الغاب، صباح اليوم، دون أنباء عن إصابات."
    d = _doc(text, places=[("الحويز", "C1", "Al-Huwayz", "Hama"),
                           ("سهل الغاب", "R1", "Al-Ghab Plain", "Hama", "region")])
    ctx = Ctx(d, vocab())
    att = Attribution(ctx)
    i = text.index("قصفت")
    j = text.index("الحويز")
    rec = {"start": i, "end": i + 4, "type": "shelling", "kind": "incident", "modality": "asserted",
           "place": next(dict(p) for p in d["places"] if p["start"] == j)}
    # weights that push hard for the region: it is vetoed, so the village stays
    model = dict(place_chooser.load(), weights={"kind=region": 50.0, "none": -100.0},
                 types=frozenset({"shelling"}))
    monkeypatch.setattr(place_chooser, "load", lambda path=None: model)
    place_chooser.refine(ctx, att, [rec])
    assert rec["place"]["surface"] == "الحويز" and text[rec["place"]["start"]:rec["place"]["end"]] == "الحويز"
