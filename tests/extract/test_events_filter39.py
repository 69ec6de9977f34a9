"""The learned event filter, stop 39 (issue 10): the features of where a unit stands in the whole article (the
classes opening its sentence, «كان … قد» before the trigger, the last paragraph, whether its type is told in the
headline or lead, how many types the passage holds, a figure shared with a unit of another type), read on our own
sentences with their values and spans; the trainer's many-fold fit gives each fold the model `fit` gives on its
subset alone, learns strict labels when asked, and the hook drops by the committed weights only when the model is
switched on (both states)."""
from __future__ import annotations

import json
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

# a headline, today's strikes (the lead), an arrest recalled with «وكانت … قد», a clash told after «ويذكر أن» in
# the last paragraph
ARTICLE = ("غارات جوية على بلدة تل رفعت\n"
           "شنت طائرات حربية صباح اليوم الأربعاء ثلاث غارات جوية على بلدة تل رفعت شمال مدينة حلب، وأسفرت الغارات "
           "عن سقوط ستة قتلى مدنيين من بينهم طفلان.\n"
           "وكانت القوات الحكومية قد اعتقلت عشرين شابا من أبناء مدينة السلمية خلال حملة مداهمات نفذتها في الأسبوع "
           "الماضي بحسب ناشطين.\n"
           "ويذكر أن اشتباكات عنيفة اندلعت في قرية المالكية بين فصيلين مسلحين على خلفية خلاف قديم بين عائلتين في "
           "المنطقة.")


@pytest.fixture(scope="module")
def article(pipe):
    d = Document(ARTICLE, published="2024-03-06", outlet="منصة المثال")
    pipe(d)
    ctx = Ctx(d, vocab())
    mentions.event_words(ctx)
    out = {}
    for unit, f in event_filter.unit_features(ctx, d["events"]):
        r = unit[0]
        assert d.text[r["start"]:r["end"]] == r["trigger"]
        assert d.text[r["place"]["start"]:r["place"]["end"]] == r["place"]["surface"]
        out[r["type"]] = (r, f)
    return d, ctx, out


def test_the_lead_act_its_type_told_at_the_top(article):
    _, _, units = article
    r, f = units["airstrike"]
    assert r["trigger"] == "غارات جوية" and r["place"]["surface"] == "تل رفعت" and r["count"]["low"] == 3
    assert f["role=lead"] == 1.0 and f["type_top=self"] == 1.0 and f["type_top=self&type=airstrike"] == 1.0
    assert f["kana_qad"] == 0.0 and f["par_last"] == 0.0 and not any(k.startswith("open_") for k in f)
    assert f["types=3"] == 1.0 and f["type_share=mid"] == 1.0 and f["figure_other_type"] == 0.0


def test_a_recall_told_with_kana_and_qad(article):
    _, _, units = article
    r, f = units["arrest"]
    assert r["trigger"] == "اعتقلت" and r["place"]["surface"] == "السلمية" and r["count"]["low"] == 20
    assert f["open_kana"] == 1.0 and f["kana_qad"] == 1.0
    assert f["type_top=none"] == 1.0 and f["role=detail"] == 1.0 and f["par_last"] == 0.0


def test_a_background_clash_after_an_opener_in_the_last_paragraph(article):
    _, _, units = article
    r, f = units["armed_clash"]
    assert r["trigger"] == "اشتباكات عنيفة" and r["place"]["surface"] == "المالكية"
    assert f["open_opener"] == 1.0 and f["par_last"] == 1.0 and f["type_top=none&type=armed_clash"] == 1.0
    assert f["kana_qad"] == 0.0 and f["retell_said"] == 0.0 and f["retell&role=last"] == 0.0


def test_a_figure_shared_with_a_unit_of_another_type(article):
    d, ctx, units = article
    recs = [units[t][0] for t in ("airstrike", "arrest", "armed_clash")]
    view = event_filter._doc_view(ctx, [[r] for r in recs])
    view["figs"][1] = view["figs"][0]  # (the arrest told with the strikes' figure: one figure coded twice)
    f = event_filter._article(ctx, recs[1], 1, view, set())
    assert f["figure_other_type"] == 1.0
    assert event_filter._article(ctx, recs[2], 2, view, set())["figure_other_type"] == 0.0


def test_the_paragraphs_are_the_non_blank_lines(article):
    _, ctx, _ = article
    cut = ARTICLE.index("ويذكر")
    assert event_filter._paragraph(ctx, cut) == (3, 4)
    assert event_filter._paragraph(ctx, 0) == (0, 4)


def test_the_opener_class_comes_from_the_data_file():
    raw = json.loads(event_filter.CUES.read_text(encoding="utf-8"))
    assert "يذكر" in raw["classes"]["opener"]
    table, _ = event_filter.cues()
    assert event_filter._classes(["ويذكر", "وكانت", "ومنذ"], table) == {"opener", "kana", "since"}


# -- the trainer ---------------------------------------------------------------------------------
def _doc(name: str, n: int) -> dict:
    """n units: odd ones with a question (not real), even ones with a figure (real; strict only the first)."""
    feats = [{"question": 1.0} if i % 2 else {"figure": 1.0, f"f{name}": 1.0} for i in range(n)]
    lenient = [i % 2 == 0 for i in range(n)]
    return {"set": name, "id": name, "golds": [], "units": [[{}]] * n, "feats": feats, "lenient": lenient,
            "strict": [i == 0 for i in range(n)]}


def test_the_many_fold_fit_is_each_subsets_own_fit():
    docs = [_doc("probe64", 4), _doc("probe65", 6), _doc("probe66", 3)]
    masks = [[d["set"] != leave for d in docs] for leave in ("probe64", "probe65", "probe66")]
    many = tr.fit_many(docs, masks, 0.01, steps=200)
    for mask, model in zip(masks, many):
        alone = tr.fit([d for d, m in zip(docs, mask) if m], 0.01, steps=200)
        assert model["bias"] == pytest.approx(alone["bias"], abs=2e-3)
        for k in set(alone["weights"]) | set(model["weights"]):
            assert model["weights"].get(k, 0.0) == pytest.approx(alone["weights"].get(k, 0.0), abs=2e-3)
    assert "fprobe64" not in many[0]["weights"] and many[1]["weights"]["fprobe64"] > 0  # (the left-out set's own)
    assert tr.fit_many(docs, masks, 0.01, steps=200) == many  # deterministic


def test_strict_labels_learn_the_strict_sense():
    docs = [_doc("probe64", 6), _doc("probe65", 6)]
    lenient, strict = tr.fit(docs, 0.01, steps=200), tr.fit(docs, 0.01, steps=200, label="strict")
    assert lenient["weights"]["figure"] > 0 and strict["bias"] < lenient["bias"]
    assert set(tr.LABELS) == {"lenient", "strict"}


@pytest.mark.parametrize("on", [False, True])
def test_the_hook_in_both_switch_states(article, on):
    """The committed weights, switched off: every record stays; switched on with a threshold over every unit's
    score: the hook drops them all (the same weights, only the switch differs)."""
    d, ctx, _ = article
    recs = [dict(r) for r in d["events"]]
    model = dict(event_filter.load(), enabled=on, threshold=1.01)
    kept = event_filter.prune(ctx, recs, model)
    assert kept == ([] if on else recs)
    assert len(recs) == 3
