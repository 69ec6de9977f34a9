"""Stop 44 (helper extra44): cues.json not_event.aim_prepare — an act prepared for, or the way paved for it, is an
aim, not an act done: a word of preparing or paving whose object opens with the lām («تعدّ لهجوم», «تحضير
الفصائل لهجوم», «تمهّد لبسط … سيطرته»). Our own sentences; each test sets the state it tests."""
import pytest

from marsad.document import Document

PUBLISHED = "2025-04-14"
READYING = "وقال ناشطون إن قوات النظام تعدّ لهجوم على كفرنبل جنوبي محافظة إدلب هذه الأيام."
PREPARER = "وتحدث سكان عن تحضير الفصائل لهجوم واسع على مدينة سراقب خلال الأيام المقبلة."
PAVING = "وقالت مصادر محلية إن المفاوضات الجارية تمهّد لبسط الجيش سيطرته على مدينة دوما بالكامل."
COUNTED_AS = "يُعدّ الهجوم الذي شنته الفصائل على مدينة أريحا فجر اليوم الأعنف منذ أشهر."


def _runner(on: bool):
    """Each record of a text as (type, place, modality, trigger), with the switch in the state asked."""
    from marsad.extract.events import modality
    from marsad.extract.events.extractor import EventExtractor
    from marsad.pipeline import Pipeline
    pre = Pipeline(only=["published", "quantities", "dates", "entities", "places"])
    ex = EventExtractor()
    cues = modality._prepare_cues(dict(modality._PREPARE, enabled=on))

    def run(text: str) -> list[tuple]:
        doc = Document(text, published=PUBLISHED, outlet="منصة المثال")
        pre(doc)
        was = modality._PREPARE_CUES
        modality._PREPARE_CUES = cues
        try:
            events = ex.extract(doc)
        finally:
            modality._PREPARE_CUES = was
        out = []
        for e in events:
            assert text[e["start"]:e["end"]] == e["trigger"]
            out.append((e["type"], (e["place"] or {}).get("surface"), e.get("modality", "asserted"), e["trigger"]))
        return out
    return run


@pytest.fixture(scope="module")
def on():
    return _runner(True)


@pytest.fixture(scope="module")
def off():
    return _runner(False)


def _asserted(records: list[tuple], kind: str) -> list[tuple]:
    return [r for r in records if r[0] == kind and r[2] == "asserted"]


def test_an_attack_readied_for_is_no_clash(on, off):
    assert _asserted(on(READYING), "armed_clash") == []
    assert [r[3] for r in _asserted(off(READYING), "armed_clash")] == ["هجوم"]


def test_the_preparer_may_stand_between(on, off):
    assert _asserted(on(PREPARER), "armed_clash") == []
    assert [r[3] for r in _asserted(off(PREPARER), "armed_clash")] == ["هجوم"]


def test_a_taking_paved_for_is_no_taking(on, off):
    assert _asserted(on(PAVING), "territory_change") == []
    assert [r[0] for r in _asserted(off(PAVING), "territory_change")] == ["territory_change"]


def test_counted_as_without_the_lam_is_no_cue(on, off):
    assert [r[3] for r in _asserted(on(COUNTED_AS), "armed_clash")] == ["هجوم"]
    assert on(COUNTED_AS) == off(COUNTED_AS)


def test_the_switch_ships_on_and_reads_nothing_off():
    from marsad.extract.events import modality
    from marsad.extract.events.vocab import ffold, load_cues
    block = load_cues()["not_event"]["aim_prepare"]
    assert block["enabled"] is True and ffold("تمهّد") in modality._PREPARE_CUES
    assert ffold("مهّد") not in modality._PREPARE_CUES  # (the past: the act paved for may have followed)
    assert modality._prepare_cues(dict(block, enabled=False)) == frozenset()
