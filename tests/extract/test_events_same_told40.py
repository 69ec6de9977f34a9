"""An act told first with no figure and then again at the same place is one record (stop 40, issue 10, helper
head3): coarse_told.json `same_place`. The earlier record, counting nothing, goes into the later one of its type at
the very place (its mentions join it); the later one keeps its figure. Off, the two records stay. A figureless
telling AFTER the counted one is left alone (that direction was under the merge's bar on the development sets), and
so are another day and «أخرى». Our own sentences; the records' places are set equal by hand where the rules resolve
the two towns apart, so the rule is tested alone (as test_events_coarse_told39 sets a place to none)."""
from __future__ import annotations

import json

import pytest

from marsad.document import Document
from marsad.extract.events import coarse_told
from marsad.extract.events.context import Ctx
from marsad.extract.events.vocab import vocab
from piped import figure_low, place_surface, told_at_one_place

# two shellings the rules keep apart (two towns); the first counts nothing, the second three dead
FIRST_BARE = ("سقطت قذائف على بلدة كفرنبل صباح الأحد. وفي بلدة حاس المجاورة، قتلت قذيفة صاروخية ثلاثة أطفال مساء "
              "الأحد.")
# the counted telling first, the bare one after it
BARE_AFTER = ("قتلت قذيفة صاروخية ثلاثة أطفال في بلدة حاس مساء الأحد. وسقطت قذائف على بلدة كفرنبل صباح الأحد.")
# the counted telling is a recap («وكانت … قد»): history, another act
RECAP = ("سقطت قذائف على بلدة كفرنبل صباح الأحد. وكانت قذيفة صاروخية قد قتلت ثلاثة أطفال في بلدة حاس المجاورة "
         "مساء الأحد.")
# the bare telling says it is another shelling
ANOTHER = ("سقطت قذائف أخرى على بلدة كفرنبل صباح الأحد. وفي بلدة حاس المجاورة، قتلت قذيفة صاروخية ثلاثة أطفال "
           "مساء الأحد.")


def _pair(pipe, text: str) -> tuple[Document, list[dict]]:
    """The asserted records of the text, the bare telling given the counted one's place, every other span left as the
    text has it."""
    return told_at_one_place(pipe, text, ("كفرنبل", "حاس"), 3)[:2]


@pytest.fixture
def parts(monkeypatch):
    """Set the (holds, same_place) switches by hand; the module flag on (stop 43's lead_retold off: it takes the
    bare telling after the counted lead, BARE_AFTER, on purpose; test_events_lead_retold43 tests it)."""
    monkeypatch.setattr(coarse_told, "ENABLED", True)
    monkeypatch.setattr(coarse_told, "_lead_conf", lambda: (False, 1, 3))
    return lambda same: monkeypatch.setattr(coarse_told, "_parts", lambda: (True, same))


def test_the_bare_first_telling_joins_the_later_one(pipe, parts):
    parts(True)
    doc, recs = _pair(pipe, FIRST_BARE)
    kept = coarse_told.merge(Ctx(doc, vocab()), recs)
    assert len(kept) == 1 and figure_low(kept[0]) == 3 and place_surface(kept[0]) == "حاس"
    words = [(m["surface"], m["start"]) for m in kept[0]["mentions"]]
    assert words[0] == ("قذائف", FIRST_BARE.index("قذائف"))
    for m in kept[0]["mentions"]:
        assert FIRST_BARE[m["start"]:m["end"]] == m["surface"]
    assert FIRST_BARE[kept[0]["place"]["start"]:kept[0]["place"]["end"]] == "حاس"


def test_off_the_two_records_stay(pipe, parts):
    parts(False)
    doc, recs = _pair(pipe, FIRST_BARE)
    assert len(coarse_told.merge(Ctx(doc, vocab()), recs)) == 2


@pytest.mark.parametrize("text", [BARE_AFTER, ANOTHER, RECAP])
def test_a_bare_telling_after_or_another_stays(pipe, parts, text):
    parts(True)
    doc, recs = _pair(pipe, text)
    assert len(coarse_told.merge(Ctx(doc, vocab()), recs)) == 2


def test_another_day_stays(pipe, parts):
    parts(True)
    doc, recs = _pair(pipe, FIRST_BARE)
    bare = next(e for e in recs if figure_low(e) is None)
    bare.update(date="2023-04-02", date_source="text")
    next(e for e in recs if e is not bare).update(date="2023-04-09", date_source="text")
    assert len(coarse_told.merge(Ctx(doc, vocab()), recs)) == 2


def test_the_switch_is_in_the_json():
    raw = json.loads(coarse_told.DATA.read_text(encoding="utf-8"))
    assert raw["same_place"]["enabled"] is True and raw.get("holds", True) is True
    coarse_told._parts.cache_clear()
    assert coarse_told._parts() == (True, True)


def test_the_file_switches_it_off(monkeypatch, tmp_path):
    raw = json.loads(coarse_told.DATA.read_text(encoding="utf-8"))
    off = tmp_path / "coarse_told.json"
    off.write_text(json.dumps({**raw, "same_place": {**raw["same_place"], "enabled": False}}), encoding="utf-8")
    monkeypatch.setattr(coarse_told, "DATA", off)
    coarse_told._parts.cache_clear()
    try:
        assert coarse_told._parts() == (True, False)
    finally:
        monkeypatch.undo()
        coarse_told._parts.cache_clear()


def test_the_first_telling_s_actors_go_with_it(pipe, parts):
    # the lead may name whom the detail does not: a merged same-place telling gives its actors the kept one lacks
    parts(True)
    doc, recs = _pair(pipe, FIRST_BARE)
    bare = next(e for e in recs if figure_low(e) is None)
    named = {"surface": "كتيبة المدفعية الأولى", "role": "agent", "canonical": None}
    bare["actors"] = [named]
    kept = coarse_told.merge(Ctx(doc, vocab()), recs)
    assert len(kept) == 1 and named in kept[0]["actors"]
    assert sum(a == named for a in kept[0]["actors"]) == 1
