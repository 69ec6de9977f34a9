"""The lead's act told again by the body at its very place is one record (stop 43, issue 10, helper join):
coarse_told.json `lead_retold`. A record counting nothing more than a record of its type told in the lead (the text's
first two sentences or a headline), itself told in a later sentence up to the fourth at the same place, goes into the
lead's record (its mentions join it; the lead keeps its figure). Off, the two records stay; so do a telling past the
reach, a counted telling that is not the lead's, two tellings in one sentence, another day and «أخرى». Our own
sentences; the rules keep the two tellings apart here (two towns), so the later record is given the lead's place by
hand and the rule is tested alone (as test_events_same_told40 does)."""
from __future__ import annotations

import json

import pytest

from marsad.document import Document
from marsad.extract.events import coarse_told
from marsad.extract.events.context import Ctx
from marsad.extract.events.vocab import vocab
from piped import figure_low, file_switched_off, place_surface, told_at_one_place

COUNTED = "قتلت قذائف مدفعية ستة مدنيين في بلدة كفرزيتا صباح الأحد."
BARE = "وسقطت قذائف على بلدة اللطامنة المجاورة بعد الظهر."
FILLER = "ويعمل معظم السكان في الزراعة. وتقع البلدة على طريق رئيسي."
LEAD = f"{COUNTED} {BARE}"  # the lead counts, the next sentence tells a shelling with no figure
FAR = f"يسكن البلدة نحو عشرين ألفاً. {COUNTED} {FILLER} {BARE}"  # the bare telling in the fifth sentence: past the reach
NOT_LEAD = f"يعمل معظم سكان ريف حماة في الزراعة. وتقع بلداته على طرق رئيسية. {COUNTED} {BARE}"  # counted in the third
ONE_SENTENCE = COUNTED[:-1] + "، " + BARE[1:]  # «…، وسقطت…» becomes «…، سقطت…»: one sentence, two tellings
ANOTHER = f"{COUNTED} وسقطت قذائف أخرى على بلدة اللطامنة المجاورة بعد الظهر."


def _pair(pipe, text: str) -> tuple[Document, list[dict]]:
    """The asserted records of the text, the bare telling (no figure) given the counted one's place."""
    doc, recs, bare = told_at_one_place(pipe, text, ("كفرزيتا", "اللطامنة"), 6)
    assert figure_low(bare) is None
    return doc, recs


@pytest.fixture
def lead_retold(monkeypatch):
    """Set the switch by hand (the area and same-place rules as the file has them); the module flag on."""
    monkeypatch.setattr(coarse_told, "ENABLED", True)
    return lambda on: monkeypatch.setattr(coarse_told, "_lead_conf", lambda: (on, 1, 3))


def test_the_body_telling_joins_the_lead(pipe, lead_retold):
    lead_retold(True)
    doc, recs = _pair(pipe, LEAD)
    kept = coarse_told.merge(Ctx(doc, vocab()), recs)
    assert len(kept) == 1 and figure_low(kept[0]) == 6 and place_surface(kept[0]) == "كفرزيتا"
    assert kept[0]["trigger"] == "قذائف مدفعية"
    words = [(m["surface"], m["start"]) for m in kept[0]["mentions"]]
    assert ("قذائف", LEAD.index("قذائف", len(COUNTED))) in words and words[-1][1] > len(COUNTED)
    for m in kept[0]["mentions"]:
        assert LEAD[m["start"]:m["end"]] == m["surface"]
    assert LEAD[kept[0]["place"]["start"]:kept[0]["place"]["end"]] == "كفرزيتا"


def test_off_the_two_records_stay(pipe, lead_retold):
    lead_retold(False)
    doc, recs = _pair(pipe, LEAD)
    assert len(coarse_told.merge(Ctx(doc, vocab()), recs)) == 2


@pytest.mark.parametrize("text", [FAR, NOT_LEAD, ANOTHER])
def test_past_the_reach_not_the_lead_or_another_stays(pipe, lead_retold, text):
    lead_retold(True)
    doc, recs = _pair(pipe, text)
    assert len(coarse_told.merge(Ctx(doc, vocab()), recs)) == 2


@pytest.mark.parametrize("text, lead, reach", [(FAR, 1, 4), (NOT_LEAD, 2, 3)])
def test_a_wider_lead_or_reach_takes_them(pipe, monkeypatch, text, lead, reach):
    # (the two bounds are what keeps FAR and NOT_LEAD apart: widened, the same records join)
    monkeypatch.setattr(coarse_told, "ENABLED", True)
    monkeypatch.setattr(coarse_told, "_lead_conf", lambda: (True, lead, reach))
    doc, recs = _pair(pipe, text)
    assert len(coarse_told.merge(Ctx(doc, vocab()), recs)) == 1


def test_one_sentence_stays(pipe, lead_retold):
    lead_retold(True)
    doc, recs = _pair(pipe, ONE_SENTENCE)
    assert len(coarse_told.merge(Ctx(doc, vocab()), recs)) == 2


def test_another_day_stays(pipe, lead_retold):
    lead_retold(True)
    doc, recs = _pair(pipe, LEAD)
    bare = next(e for e in recs if figure_low(e) is None)
    bare.update(date="2023-04-02", date_source="text")
    next(e for e in recs if e is not bare).update(date="2023-04-09", date_source="text")
    assert len(coarse_told.merge(Ctx(doc, vocab()), recs)) == 2


def test_the_switch_is_in_the_json():
    raw = json.loads(coarse_told.DATA.read_text(encoding="utf-8"))
    assert raw["lead_retold"]["enabled"] is True
    coarse_told._lead_conf.cache_clear()
    assert coarse_told._lead_conf() == (True, 1, 3)


def test_the_file_switches_it_off(monkeypatch, tmp_path):
    with file_switched_off(monkeypatch, tmp_path, coarse_told, coarse_told._lead_conf, "lead_retold"):
        assert coarse_told._lead_conf() == (False, 1, 3)
        doc = Document(LEAD, published="2023-04-09", outlet="موقع التجربة")
        assert coarse_told._lead_retold(Ctx(doc, vocab()), {"place": None}, {"place": None}) is False
