"""The place chooser seeing what the place steps after it do (stop 46, helper place46): the model file's `lookahead`
switch adds features of a candidate that finer_place would move the record from (a later telling's place inside it),
its level among the candidates, and its name told again. Both states; our own sentences, places built by hand."""
from __future__ import annotations

import pytest

from marsad.extract.events import place_chooser

from piped import model_key_fixture
from test_events import _doc
from test_place_chooser import _ctx
from test_place_chooser34 import _place, _spans_ok

# an area shelled in the lead, the village of it where the shells fell told by residents in the next sentence
TOLD = ("دكت المدفعية ريف إدلب الجنوبي في ساعات الفجر الأولى. "
        "وأفاد أهالي المنطقة أن القذائف انهمرت على بلدة معرة حرمة.")
TOLD_PLACES = [("ريف إدلب الجنوبي", "B1", "Southern Idlib countryside", "Idlib", "region"),
               ("معرة حرمة", "B2", "Maarrat Hurmah", "Idlib")]


def _shelling(d, place):
    i = d.text.index("دكت")
    j = d.text.index("القذائف")
    return {"start": i, "end": i + len("دكت"), "type": "shelling", "place": place, "kind": "incident",
            "mentions": [{"start": i, "end": i + 3}, {"start": j, "end": j + len("القذائف")}]}


# (the committed model file, read as the pipeline reads it, with `lookahead` set for one test)
lookahead = model_key_fixture(place_chooser, "lookahead")


def test_then_is_the_village_finer_place_would_move_the_area_to():
    d = _doc(TOLD, places=TOLD_PLACES)
    ctx, _ = _ctx(d)
    area, village = _place(d, "ريف إدلب الجنوبي"), _place(d, "معرة حرمة")
    rec = _shelling(d, area)
    got = place_chooser.then(ctx, rec, area)
    assert got is not None and got["surface"] == "معرة حرمة" and TOLD[got["start"]:got["end"]] == "معرة حرمة"
    assert place_chooser.then(ctx, rec, village) is None  # (a village is no area: it ends as itself)
    assert place_chooser.then(ctx, rec, None) is None


@pytest.mark.parametrize("on", [True, False])
def test_the_lookahead_features_only_with_the_switch_on(lookahead, on):
    lookahead(on)
    d = _doc(TOLD, places=TOLD_PLACES)
    ctx, att = _ctx(d)
    rec = _shelling(d, _place(d, "ريف إدلب الجنوبي"))
    cands = place_chooser.candidates(ctx, rec)
    _spans_ok(d, cands)
    assert [c and c["surface"] for c in cands] == ["ريف إدلب الجنوبي", "معرة حرمة", None]
    fs = place_chooser.features(ctx, att, rec, cands)
    if on:
        assert fs[0]["then_finer"] == 1.0 and fs[0]["then_finer&kind=region"] == 1.0
        assert fs[0]["level_coarsest"] == 1.0 and fs[0]["level_finest"] == 0.0
        assert fs[1]["then_finer"] == 0.0 and fs[1]["level_finest"] == 1.0
        assert fs[0]["told_again_doc"] == 0.0
    else:
        assert not any(k.startswith(("then_finer", "level_", "told_again_doc")) for f in fs for k in f)
