"""The place chooser's training and judging (stop 29): the model is trained on every SEEN set and judged
leave-one-set-out; the features it is trained and judged on are those the pipeline hook works out, vetoes
included (a movement's end the type never takes was vetoed by the hook but not by the training features,
so the benchmark scored choices the hook could never make). Our own sentences."""
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


def _by_surface(text, places, trigger, typ, rule=None):
    d = _doc(text, places=places)
    ctx = Ctx(d, vocab())
    att = Attribution(ctx)
    i = text.index(trigger)
    rec = {"start": i, "end": i + len(trigger), "type": typ, "place": None, "kind": "incident"}
    if rule is not None:
        j = text.index(rule)
        rec["place"] = next(dict(p) for p in d["places"] if p["start"] == j)
    cands = place_chooser.candidates(ctx, rec)
    full = place_chooser.features(ctx, att, rec, cands)
    lean = place_chooser.features(ctx, att, rec, cands, lean=True)
    return {(c or {}).get("surface"): (f, g) for c, f, g in zip(cands, full, lean)}


@pytest.mark.parametrize("text,places,trigger,typ,rule,dropped", [
    # where reinforcements came from (reinforcement: never «from:*»)
    ("دفعت قوات النظام بتعزيزات عسكرية من مدينة حمص إلى بلدة كفرنبودة صباح اليوم.",
     [("حمص", "C1", "Homs", "Homs", "city"), ("كفرنبودة", "C2", "Kafr Nabudah", "Hama")],
     "بتعزيزات", "reinforcement", "كفرنبودة", "حمص"),
    # the same, another house style: the convoy's origin told after its destination
    ("وصلت تعزيزات جديدة إلى قرية الزيادية قادمة من مدينة السلمية، بحسب ناشطين.",
     [("الزيادية", "C3", "Al-Ziyadiyah", "Hama"), ("السلمية", "C4", "Salamiyah", "Hama", "city")],
     "تعزيزات", "reinforcement", "الزيادية", "السلمية"),
    # the path deserters took (defection: a route, when the sentence names another place)
    ("انشق خمسة جنود عن قطعتهم في ريف حماة الشرقي وفروا عبر طرق ترابية قرب قرية أبو دالي.",
     [("ريف حماة الشرقي", "R1", "eastern Hama", "Hama", "region"), ("أبو دالي", "C5", "Abu Dali", "Hama")],
     "انشق", "defection", "ريف حماة الشرقي", "أبو دالي"),
])
def test_a_movements_end_the_type_never_takes_is_vetoed_in_training_as_in_the_hook(text, places, trigger, typ, rule,
                                                                                   dropped):
    by = _by_surface(text, places, trigger, typ, rule)
    full, lean = by[dropped]
    assert full.get("veto") == 1.0 and lean == {"veto": 1.0}
    assert not by[rule][0].get("veto")  # the rules' own place is never vetoed
    # the other candidates: the training features and the hook agree on every veto
    assert all(bool(f.get("veto")) == bool(g.get("veto")) for f, g in by.values())


def test_a_place_of_the_act_is_not_vetoed():
    by = _by_surface("قصفت المدفعية مساء أمس بلدة اللطامنة من ريف حماة الشمالي.",
                     [("اللطامنة", "C6", "Al-Lataminah", "Hama"),
                      ("ريف حماة الشمالي", "R2", "northern Hama", "Hama", "region")], "قصفت", "shelling")
    assert not by["اللطامنة"][0].get("veto") and by["اللطامنة"][0]["after"] == 1.0


def _toy(n=40):
    exs = []
    for k in range(n):
        right = k % 3
        feats = [{"place": 1.0, "near": float(b == right), "rule": float(b == (right + 1) % 3), "far": float(b == 2)}
                 for b in range(3)]
        exs.append({"type": "shelling", "feats": feats + [{"none": 1.0}], "labels": [b == right for b in range(4)]})
    return exs


def test_the_sparse_fit_is_deterministic_and_a_vetoed_candidate_teaches_nothing():
    tr = _trainer()
    exs = _toy()
    a, b = tr.fit(exs), tr.fit([dict(e) for e in exs])
    assert a == b and a["weights"]["near"] > 0
    # the same examples with a vetoed extra candidate carrying a feature of its own: that feature gets no
    # weight, the others the same weights
    vet = [dict(e, feats=e["feats"] + [{"veto": 1.0, "place": 1.0, "odd": 1.0}], labels=e["labels"] + [True])
           for e in exs]
    c = tr.fit(vet)
    assert "odd" not in c["weights"] and c["weights"] == a["weights"]
    # an example whose only right candidate is vetoed is left out
    lone = [{"type": "shelling", "feats": [{"place": 1.0, "rule": 1.0}, {"veto": 1.0, "place": 1.0}],
             "labels": [False, True]}]
    assert tr.fit(exs + lone) == a


def test_the_sets_trained_on_are_the_seen_sets_only():
    tr = _trainer()
    import bench_events as be

    assert "probe38" in tr.TRAIN_SETS and "probe21" in tr.TRAIN_SETS and "probe" in tr.TRAIN_SETS
    assert not set(tr.TRAIN_SETS) & set(be.HELD_OUT)
    assert "news_dev" not in tr.TRAIN_SETS and "samples" not in tr.TRAIN_SETS
    assert set(tr.FIRST_RUNS) <= set(tr.TRAIN_SETS)  # a first run replayed is a seen set's
    assert not tr.KEEP_TYPES & set(tr.fit(_toy())["types"]) and "statement" in tr.KEEP_TYPES
    st = [dict(e, type="statement") for e in _toy()]
    assert tr.fit(st)["types"] == []  # what a party says keeps the rules' place, however many examples
