"""The learned second record at another town (stop 38, place_split.py), on our own sentences: one arrest verb
carrying a second town with its own people («…، وطالباً من بلدة Y») gives the rules one record; a model that takes
the candidate adds a copy at the other town, with no figure of its own; the file's state (off) leaves the rules'
records; a coarser place holding the record's, or the record's own place, is no candidate."""
from __future__ import annotations

import json

import pytest

from marsad.document import Document
from marsad.extract.events import mentions, place_split
from marsad.extract.events.context import Ctx
from marsad.extract.events.vocab import vocab

TWO = ("اعتقلت دورية تابعة للأمن العسكري ظهر الخميس خمسة رجال من سكان مدينة داعل، وطالباً جامعياً من بلدة نمر، "
       "بحسب ما نقله ناشطون من المنطقة.")
ALL = {"enabled": True, "threshold": 0.5, "bias": 9.0, "weights": {}}  # every candidate taken (a test model)


def _run(pipe, text: str, model: dict | None):
    doc = Document(text, published="2022-05-12", outlet="منصة المثال")
    was, place_split.OVERRIDE = place_split.OVERRIDE, model
    try:
        pipe(doc)
    finally:
        place_split.OVERRIDE = was
    return doc, [e for e in doc["events"] if e["modality"] == "asserted"]


def test_the_rules_give_one_record(pipe):
    _, recs = _run(pipe, TWO, None)
    assert [(e["type"], e["place"]["surface"]) for e in recs] == [("arrest", "نمر")]
    assert recs[0]["count"]["low"] == 5


def test_a_model_that_takes_the_town_adds_its_record(pipe):
    _, recs = _run(pipe, TWO, dict(ALL, weights={"type=arrest": 0.0}))
    assert [(e["type"], e["place"]["surface"]) for e in recs] == [("arrest", "نمر"), ("arrest", "داعل")]
    copy = recs[1]
    assert copy["count"] is None and copy["fatalities"] is None  # no figure of its own: the copy's would be a guess
    assert TWO[copy["start"]:copy["end"]] == copy["trigger"] == "اعتقلت"
    assert TWO[copy["place"]["start"]:copy["place"]["end"]] == "داعل"


def test_the_file_keeps_it_off(pipe):
    raw = json.loads(place_split.DATA.read_text(encoding="utf-8"))
    assert raw["enabled"] is False
    _, recs = _run(pipe, TWO, None)
    assert len(recs) == 1


def test_off_by_the_module_flag(pipe):
    was, place_split.ENABLED = place_split.ENABLED, False
    try:
        _, recs = _run(pipe, TWO, dict(ALL, weights={"type=arrest": 0.0}))
    finally:
        place_split.ENABLED = was
    assert len(recs) == 1


@pytest.mark.parametrize("text, want", [
    ("رمت مدفعية النظام قذائف على قرية حيش بريف محافظة إدلب مساء الأحد.", []),  # the region holds the village
    # (where the shells came from is a candidate too: the model, not the candidate list, tells an origin apart)
    ("قصفت مدفعية النظام قرية حيش صباح اليوم بعشرات القذائف انطلقت من معسكر وادي الضيف قرب بلدة معرة النعمان.",
     ["معسكر وادي الضيف", "معرة النعمان"]),
    ("قصفت مدفعية النظام قريتي حيش وكفرنبل صباح اليوم.", []),  # the rules' group placed at both already
])
def test_candidates(pipe, text, want):
    doc, recs = _run(pipe, text, None)
    ctx = Ctx(doc, vocab())
    mentions.event_words(ctx)
    got = [p["surface"] for i, p in place_split.candidates(ctx, recs)]
    assert got == want
    for i, p in place_split.candidates(ctx, recs):
        f = place_split.features(ctx, recs[i], p)
        assert all(k.isascii() for k in f)  # general features: no passage word in a feature's name
