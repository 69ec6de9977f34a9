"""Stop 43 (helper extra): the trigger grammar's `notafter=NAME` (types.json `not_after`, review42's F13): a word of
a closed list right before a trigger takes its reading away; `kidnapped`'s «خطف» after a plural noun of incidence
or «ظاهرة» tells a trend of kidnappings, not one kidnapping; and types.json attack `chemical`: a chemical attack with no
weapon told is an explosion. Our own sentences; each test sets the state it tests."""
import pytest

from marsad.document import Document

PUBLISHED = "2025-03-09"
TREND = "تزايدت حالات خطف في ريف حمص الشمالي منذ مطلع العام بحسب سكان القرى هناك."
JOINED = "وتحدث أهالي البلدة عن غياب الشرطة وحوادث خطف على الطريق الدولي ليلاً."
ONE = "وقعت عملية خطف في حي الميدان بدمشق مساء الخميس بحسب شهود عيان."
PASSIVE = "خُطف شاب في بلدة المزيريب صباح أمس أثناء عودته من عمله."


def _switched(key: str, on: bool) -> dict:
    """types.json with one switch set: `not_after` (its top) or `chemical` (under attack)."""
    from marsad.extract.events.vocab import load_types
    types = load_types()
    if key == "chemical":
        return dict(types, attack=dict(types["attack"], chemical=dict(types["attack"]["chemical"], enabled=on)))
    return dict(types, not_after=dict(types["not_after"], enabled=on))


def _runner(types: dict):
    """Each record of a text as (type, place, dead, trigger), on the rules with this types.json."""
    from marsad.extract.events.extractor import EventExtractor
    from marsad.extract.events.vocab import Vocab
    from marsad.pipeline import Pipeline
    pre = Pipeline(only=["published", "quantities", "dates", "entities", "places"])
    ex = EventExtractor()
    ex.v = Vocab(types=types)

    def run(text: str) -> list[tuple]:
        doc = Document(text, published=PUBLISHED, outlet="منصة المثال")
        pre(doc)
        out = []
        for e in ex.extract(doc):
            assert text[e["start"]:e["end"]] == e["trigger"]
            out.append((e["type"], (e["place"] or {}).get("surface"), (e["fatalities"] or {}).get("low"), e["trigger"]))
        return out
    return run


@pytest.fixture(scope="module")
def on():
    return _runner(_switched("not_after", True))


@pytest.fixture(scope="module")
def off():
    return _runner(_switched("not_after", False))


def test_a_trend_noun_before_kidnapping_gives_no_arrest(on, off):
    assert [r for r in on(TREND) if r[0] == "arrest"] == []
    assert [r[0] for r in off(TREND)] == ["arrest"]  # the bug: «خطف في …» read as the verb after «حالات»


def test_a_joined_trend_noun_counts_too(on, off):
    assert [r for r in on(JOINED) if r[0] == "arrest"] == []
    assert [r[0] for r in off(JOINED) if r[0] == "arrest"] == ["arrest"]


def test_one_kidnapping_and_the_passive_stay_arrests(on):
    assert [r[0] for r in on(ONE)] == ["arrest"]
    assert [(r[0], r[3]) for r in on(PASSIVE)] == [("arrest", "خُطف")]


def test_the_grammar_reads_the_named_list_and_nothing_when_off():
    from marsad.extract.events.vocab import _not_after_lists, _trigger_info, fold_str
    lists = _not_after_lists(_switched("not_after", True))
    info = _trigger_info("arrest", "verb reach=20 notafter=habit needs=في", lists)
    assert info["sub"] is None and info["needs"] == (fold_str("في"),)
    assert fold_str("حالات") in info["notafter"] and fold_str("ظاهرة") in info["notafter"]
    assert "notafter" not in _trigger_info("arrest", "verb notafter=habit needs=في", _not_after_lists(_switched("not_after", False)))
    assert "notafter" not in _trigger_info("arrest", "verb notafter=nosuchlist needs=في", lists)


def test_the_switch_ships_on():
    from marsad.extract.events.vocab import load_types
    assert load_types()["not_after"]["enabled"] is True
    assert "notafter=habit" in load_types()["flagged_triggers"]["kidnapped"]["triggers"]["خطف"]


# types.json attack `chemical` (stop 43): a chemical attack with no aircraft or shells told is an explosion (ACLED's
# chemical-weapon sub-event; the probe README's call), not a shelling; one dropped from the air or fired in shells
# keeps its weapon's type
GAS = "قُتل 12 مدنياً في هجوم بالسلاح الكيميائي شنته قوات النظام على بلدة اللطامنة فجر اليوم."
SARIN = "أفاد مسعفون بأن 30 شخصاً لقوا حتفهم إثر هجوم بغاز السارين على بلدة كفرزيتا صباح اليوم."
NERVE = "نفذت القوات هجوماً كيميائياً على بلدة زملكا في الغوطة الشرقية."
DROPPED = "ألقت طائرات مروحية براميل محملة بغاز الكلور على بلدة كفرزيتا مساء أمس."
SHELLS = "قصفت المدفعية بلدة حرستا بقذائف تحمل غازات سامة صباح اليوم."
CYLINDER = "انفجرت أسطوانة غاز في مطعم بمدينة جبلة مساء أمس."


@pytest.fixture(scope="module")
def chem_on():
    run = _runner(_switched("chemical", True))
    return lambda text: [r[:3] for r in run(text)]


@pytest.fixture(scope="module")
def chem_off():
    run = _runner(_switched("chemical", False))
    return lambda text: [r[:3] for r in run(text)]


def test_a_chemical_attack_with_no_weapon_told_is_an_explosion(chem_on, chem_off):
    assert chem_on(GAS) == [("explosion", "اللطامنة", 12)]
    assert chem_off(GAS) == [("shelling", "اللطامنة", 12)]
    assert chem_on(NERVE) == [("explosion", "زملكا", None)]
    assert chem_off(NERVE) == [("armed_clash", "زملكا", None)]  # (the accusative adjective was no weapon word)


def test_gas_after_an_attack_word_is_no_mishap(chem_on, chem_off):
    assert chem_on(SARIN) == [("explosion", "كفرزيتا", 30)]
    assert chem_off(SARIN) == [("shelling", "كفرزيتا", 30)]
    assert chem_on(CYLINDER) == chem_off(CYLINDER) == []  # a gas cylinder's blast stays a mishap


def test_the_weapon_told_keeps_its_type(chem_on, chem_off):
    for run in (chem_on, chem_off):
        assert [r[0] for r in run(DROPPED)] == ["airstrike"]
        assert [r[0] for r in run(SHELLS)] == ["shelling"]


def test_the_chemical_switch_ships_on():
    from marsad.extract.events.vocab import _attack_contexts, fold_str, load_types
    att = load_types()["attack"]
    assert att["chemical"]["enabled"] is True
    kinds = dict(_attack_contexts(att))
    assert list(kinds) == ["airstrike", "shelling", "explosion", "armed_clash"]
    assert fold_str("الكلور") in kinds["explosion"] and fold_str("الكلور") not in kinds["shelling"]
    off = dict(_attack_contexts(dict(att, chemical=dict(att["chemical"], enabled=False))))
    assert "explosion" not in off and fold_str("الكلور") in off["shelling"]
