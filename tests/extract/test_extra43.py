"""Stop 43 (helper extra): the trigger grammar's `notafter=NAME` (types.json `not_after`, review42's F13): a word of
a closed list right before a trigger takes its reading away; `kidnapped`'s «خطف» after a plural noun of incidence
or «ظاهرة» tells a trend of kidnappings, not one kidnapping. Our own sentences; each test sets the state it tests."""
import pytest

from marsad.document import Document

PUBLISHED = "2025-03-09"
TREND = "تزايدت حالات خطف في ريف حمص الشمالي منذ مطلع العام بحسب سكان القرى هناك."
JOINED = "وتحدث أهالي البلدة عن غياب الشرطة وحوادث خطف على الطريق الدولي ليلاً."
ONE = "وقعت عملية خطف في حي الميدان بدمشق مساء الخميس بحسب شهود عيان."
PASSIVE = "خُطف شاب في بلدة المزيريب صباح أمس أثناء عودته من عمله."


def _types(on: bool) -> dict:
    from marsad.extract.events.vocab import load_types
    types = load_types()
    return dict(types, not_after=dict(types["not_after"], enabled=on))


def _runner(on: bool):
    from marsad.extract.events.extractor import EventExtractor
    from marsad.extract.events.vocab import Vocab
    from marsad.pipeline import Pipeline
    pre = Pipeline(only=["published", "quantities", "dates", "entities", "places"])
    ex = EventExtractor()
    ex.v = Vocab(types=_types(on))

    def run(text: str) -> list[tuple]:
        doc = Document(text, published=PUBLISHED, outlet="منصة المثال")
        pre(doc)
        out = []
        for e in ex.extract(doc):
            assert text[e["start"]:e["end"]] == e["trigger"]
            out.append((e["type"], (e["place"] or {}).get("surface"), e["trigger"]))
        return out
    return run


@pytest.fixture(scope="module")
def on():
    return _runner(True)


@pytest.fixture(scope="module")
def off():
    return _runner(False)


def test_a_trend_noun_before_kidnapping_gives_no_arrest(on, off):
    assert [r for r in on(TREND) if r[0] == "arrest"] == []
    assert [r[0] for r in off(TREND)] == ["arrest"]  # the bug: «خطف في …» read as the verb after «حالات»


def test_a_joined_trend_noun_counts_too(on, off):
    assert [r for r in on(JOINED) if r[0] == "arrest"] == []
    assert [r[0] for r in off(JOINED) if r[0] == "arrest"] == ["arrest"]


def test_one_kidnapping_and_the_passive_stay_arrests(on):
    assert [r[0] for r in on(ONE)] == ["arrest"]
    assert [(r[0], r[2]) for r in on(PASSIVE)] == [("arrest", "خُطف")]


def test_the_grammar_reads_the_named_list_and_nothing_when_off():
    from marsad.extract.events.vocab import _not_after_lists, _trigger_info, fold_str
    lists = _not_after_lists(_types(True))
    info = _trigger_info("arrest", "verb reach=20 notafter=habit needs=في", lists)
    assert info["sub"] is None and info["needs"] == (fold_str("في"),)
    assert fold_str("حالات") in info["notafter"] and fold_str("ظاهرة") in info["notafter"]
    assert "notafter" not in _trigger_info("arrest", "verb notafter=habit needs=في", _not_after_lists(_types(False)))
    assert "notafter" not in _trigger_info("arrest", "verb notafter=nosuchlist needs=في", lists)


def test_the_switch_ships_on():
    from marsad.extract.events.vocab import load_types
    assert load_types()["not_after"]["enabled"] is True
    assert "notafter=habit" in load_types()["flagged_triggers"]["kidnapped"]["triggers"]["خطف"]
