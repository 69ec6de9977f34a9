"""The learned figure chooser (issue 10, stops 34-35): its candidates (no unit's number, another sentence's
figure only where that sentence tells deaths, another record's figure vetoed), its class features and its
word features (stems of what a quantity counts and of the words that govern it, stop 35), the hook that
changes a record's figure only when the weights prefer another candidate, the file's `enabled` flag, and the
training script that keeps a word only when enough documents show it and refuses a held-out set. Our own
sentences; the quantity and place layers built by hand."""
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
    arabic = [k for f in fs for k in f if any("\u0600" <= ch <= "\u06ff" for ch in k)]
    assert arabic and all(k.startswith("w:") for k in arabic)  # (a word only as a word feature's stem)
    assert twelve["w:noun=مدني&type=airstrike"] == figure_chooser.WORD  # «مدنياً»: what 12 counts
    assert twelve["w:pre=قتل&type=airstrike"] == figure_chooser.WORD  # the verb it is the object of
    assert three["w:noun=طفل&type=airstrike"] == three["w:pre=بينهم&type=airstrike"] == figure_chooser.WORD
    assert "w:post=في&type=airstrike" in three  # (after «أطفال»: what follows the counted noun)
    assert fs[-1]["w:none_trig=غار&type=airstrike"] == figure_chooser.WORD  # "no figure" reads the trigger


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


def test_a_word_weight_picks_what_the_type_counts(ex, off):
    t = "فرّ 40 منشقاً من الجيش إلى الحدود مساء أمس، بينهم 6 ضباط، قرب بلدة المرج."
    d = _doc(t, quantities=[("40", 40, 40, "منشق"), ("6", 6, 6, "ضابط")], places=PLACES)
    rec = next(r for r in _run(ex, d) if r["type"] == "defection")
    assert rec["count"]["low"] == 40  # (the rules: the defectors)
    ctx = Ctx(d, vocab())
    cands, fs = figure_chooser.worked(ctx, rec, d["events"], Attribution(ctx))
    assert fs[0]["noun_is_trigger"] == 1.0 and fs[1]["noun_is_trigger"] == 0.0  # «منشقاً» is the trigger
    assert "w:post=قرب&type=defection" in fs[1]  # (after «ضباط»، the broken plural of what 6 counts)
    model = dict(_model(**{"w:noun=ضابط&type=defection": 12.0}), types=frozenset({"defection"}))
    figure_chooser.overrule(ctx, Attribution(ctx), [rec], model)
    assert rec["count"] == {"low": 6, "high": 6, "approx": False} and rec["counted"] == "ضابط"
    q = rec["quantity"]
    assert d.text[q["start"]:q["end"]] == q["surface"] == "6"


def test_a_units_number_is_no_candidate(ex, off):
    t = "انشق 5 عناصر من الفوج 46 في بلدة المرج."
    d = _doc(t, quantities=[("5", 5, 5, "عنصر"), ("46", 46, 46, None)], places=PLACES)
    rec = next(r for r in _run(ex, d) if r["type"] == "defection")
    ctx = Ctx(d, vocab())
    assert [c and c["surface"] for c in figure_chooser.candidates(ctx, rec)] == ["5", None]


def test_another_sentences_figure_only_where_it_tells_deaths(ex, off):
    t = ("غادرت قافلة من المهجرين بلدة المرج صباح اليوم. وقال ناشطون إن 80 عائلة بقيت في البلدة. "
         "وقتل 4 أشخاص في قصف على البلدة مساء.")
    d = _doc(t, quantities=[("80", 80, 80, "عائلة"), ("4", 4, 4, "شخص")], places=PLACES)
    recs = _run(ex, d)
    rec = next(r for r in recs if r["type"] == "other")
    ctx = Ctx(d, vocab())
    assert figure_chooser.candidates(ctx, rec) == [None]  # (80 families: the next sentence's own figure, no death)
    shell = next(r for r in recs if r["type"] == "shelling")
    assert [c and c["surface"] for c in figure_chooser.candidates(ctx, shell)] == ["4", None]
    assert figure_chooser._tells_deaths(ctx, ctx.quants.items[1]) and not figure_chooser._tells_deaths(ctx, ctx.quants.items[0])


def test_another_records_figure_is_vetoed(ex, off):
    t = "انشق نقيب عن قوات النظام اليوم في بلدة المرج، ليرتفع بذلك عدد المنشقين في البلدة إلى 52 عسكرياً."
    d = _doc(t, quantities=[("52", 52, 52, "عسكري")], places=PLACES)
    recs = _run(ex, d)
    act = next(r for r in recs if r["kind"] == "incident")
    assert act["count"] is None and any(r["kind"] == "aggregate" and r["count"]["low"] == 52 for r in recs)
    ctx = Ctx(d, vocab())
    cands, fs = figure_chooser.worked(ctx, act, recs, Attribution(ctx))
    assert cands[0]["surface"] == "52" and fs[0]["veto"] == 1.0  # (the running total's, an aggregate of its own)
    model = dict(_model(quant=9.0), types=frozenset({act["type"]}))
    figure_chooser.overrule(ctx, Attribution(ctx), recs, model)
    assert act["count"] is None and act["quantity"] is None


def test_a_word_of_too_few_documents_carries_no_weight():
    sys.path.insert(0, str(ROOT / "scripts"))
    import train_figure_chooser as tf
    exs = [{"set": "probeX", "doc": f"d{i}", "type": "arrest",
            "feats": [{"quant": 1.0, "w:noun=معتقل&type=arrest": 0.5, **({"w:pre=داهم&type=arrest": 0.5} if i == 0 else {})},
                      {"none": 1.0}], "labels": [True, False]} for i in range(3)]
    kept = tf._common_words(exs, least=3)
    assert "w:noun=معتقل&type=arrest" in kept[0]["feats"][0]  # three documents
    assert "w:pre=داهم&type=arrest" not in kept[0]["feats"][0] and kept[0]["feats"][0]["quant"] == 1.0


def test_the_candidates_of_a_run_on_page_are_capped_around_the_trigger():
    """A page with no sentence ends is one sentence: at most NEAR quantities either side of the trigger are
    candidates (records × quantities otherwise); a window under the cap is every quantity of it."""
    nums = [str(n) for n in range(11, 51)]  # (our own) forty tallies told in one run-on line
    text = "أحصى فريق الرصد في القرى " + " و".join(nums) + " قتيلاً دون توقف"
    d = _doc(text, quantities=[(n, int(n), int(n), None) for n in nums])
    ctx = Ctx(d, vocab())
    pos = text.index("30")
    got = figure_chooser._around(ctx, 0, len(text), pos)
    assert [q["surface"] for q in got] == nums[19 - figure_chooser.NEAR:19 + figure_chooser.NEAR]
    lo, hi = text.index("25"), text.index("33")
    assert figure_chooser._around(ctx, lo, hi, pos) == ctx.quants.between(lo, hi)


# (stop 45) a headline's toll told again in the body, and a sum since a date after it
SUMS = "غارة على بلدة المرج تقتل 9 مدنيين\nوقالت مصادر محلية إن تسعة مدنيين قتلوا في الغارة، فيما ارتفع عدد القتلى منذ مطلع السنة الجارية إلى 140 شخصاً."
_CLUES = ("period&", "running&", "total&", "told_again", "told_in_head", "in_head", "none&period")


def _sums(ex):
    d = _doc(SUMS, quantities=[("9", 9, 9, "مدني"), ("تسعة", 9, 9, "مدني"), ("140", 140, 140, "شخص")],
             places=PLACES)
    recs = _run(ex, d)
    rec = next(r for r in recs if r["type"] == "airstrike" and r["trigger"] == "غارة")
    ctx = Ctx(d, vocab())
    return figure_chooser.worked(ctx, rec, recs, Attribution(ctx))


def test_the_sum_and_repetition_clues_off(ex, off, monkeypatch):
    monkeypatch.setattr(figure_chooser, "CLUES", False)
    cands, fs = _sums(ex)
    assert [c and c["surface"] for c in cands] == ["9", "تسعة", "140", None]
    assert not [k for f in fs for k in f if k.startswith(_CLUES)]


def test_the_sum_and_repetition_clues_on(ex, off, monkeypatch):
    monkeypatch.setattr(figure_chooser, "CLUES", True)
    cands, fs = _sums(ex)
    head, body, since, none = fs
    assert head["in_head"] == 1.0 and head["told_again"] == 1.0 and head["told_in_head"] == 0.0
    assert body["in_head"] == 0.0 and body["told_again"] == 1.0 and body["told_in_head"] == 1.0
    assert since["period&kind=incident"] == 1.0 and since["told_again"] == 0.0  # «منذ مطلع السنة»: a sum
    assert head["period&kind=incident"] == 0.0 and none["none&period"] == 0.0  # (the strike's own clause has none)


def test_the_clues_follow_the_model_file(monkeypatch):
    monkeypatch.setattr(figure_chooser, "CLUES", None)
    assert figure_chooser.clues_on() == figure_chooser.load()["clues"]
