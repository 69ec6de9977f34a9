"""EntityTagger: offsets, types, glued particles, one model per process."""
import pytest

from marsad.arabic.tokens import Token
from marsad.document import Document
from marsad.extract.entities import EntityTagger
from marsad.ner.model import default_model


@pytest.fixture(scope="module")
def tagger():
    return EntityTagger()


def test_model_is_loaded_once_per_process(tagger):
    assert EntityTagger().model is tagger.model is default_model()


@pytest.mark.parametrize("word,start", [
    ("ووليد", 1),    # و + وليد: the conjunction goes
    ("وليد", 0),     # a name that starts with و keeps it
    ("وعباس", 1),
    ("والجيش", 1),   # particle dropped, article kept
    ("بشار", 0),     # ب is part of the name
    ("لبنان", 0),
    ("فرنسا", 0),
    ("بدمشق", 1),
])
def test_glued_particles_are_stripped_only_when_not_part_of_the_name(tagger, word, start):
    assert tagger._name_start(Token(10, 10 + len(word), word)) == 10 + start


def test_entities_have_exact_offsets_and_contract_types(tagger):
    text = ("قال الرئيس الفرنسي إيمانويل ماكرون في باريس إن مجلس الأمن الدولي سيجتمع غداً، "
            "فيما أعلنت وزارة الخارجية الروسية أن الوزير سيرغي لافروف سيزور دمشق وبيروت.")
    doc = Document(text)
    tagger(doc)
    ents = doc["entities"]
    assert ents
    for e in ents:
        assert text[e["start"]:e["end"]] == e["surface"]
        assert e["type"] in {"PER", "ORG", "LOC", "MISC"}
        assert e["surface"] == e["surface"].strip() and e["surface"][-1] not in "،,."
    got = {(e["surface"], e["type"]) for e in ents}
    assert ("باريس", "LOC") in got
    assert ("دمشق", "LOC") in got
    assert any(t == "PER" and "لافروف" in s for s, t in got)
    assert any(t == "ORG" and "مجلس الأمن" in s for s, t in got)


def test_conjunction_glued_to_a_person_name(tagger):
    text = "التقى وزير الخارجية محمد العلي ووليد المعلم في دمشق."
    ents = tagger.entities(text)
    per = [e["surface"] for e in ents if e["type"] == "PER"]
    assert "وليد المعلم" in per


def test_empty_and_punctuation_only_text(tagger):
    assert tagger.entities("") == []
    assert tagger.entities("... !! ؟") == []


def test_show_command_shows_entities_and_places(tmp_path, capsys):
    """What the demo's entities part showed, now through ``marsad show`` (the demo runs the CLI)."""
    from marsad.cli import main

    page = tmp_path / "passage.txt"
    page.write_text("قال العميد أحمد الحسن، قائد غرفة عمليات الجنوب، إن قوات المعارضة سيطرت على بلدة نوى بريف "
                    "درعا الغربي، فيما أفاد المرصد السوري لحقوق الإنسان بمقتل خمسة مدنيين في قرية الكرك الشرقي. "
                    "وقالت وزارة الدفاع الروسية إن طائراتها ضربت مواقع جنوبي إدلب، بينما التقى وزير "
                    "الخارجية التركي نظيره الإيراني في أنقرة.", encoding="utf-8")
    assert main(["show", "--passage", "--no-text", str(page)]) == 0
    out = capsys.readouterr().out
    assert "entities (" in out and "places (" in out
    assert "Daraa" in out and "Nawa" in out and "Karak" in out


def test_random_text_never_breaks_offsets(tagger):
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from marsad.extract.places import PlaceResolver

    resolver = PlaceResolver()
    alphabet = st.sampled_from(list("ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآةى") + list(" ،.؟\n\"«»()-0123456789")
                               + ["\u064e", "\u0651", "\u0640", "x", "و", "ال", "حلب", "درعا", "مجلس", "بلدة "])

    @settings(max_examples=60, deadline=None)
    @given(st.lists(alphabet, max_size=80).map("".join))
    def check(text):
        doc = Document(text)
        tagger(doc)
        resolver(doc)
        for layer in ("entities", "places"):
            for r in doc[layer]:
                assert text[r["start"]:r["end"]] == r["surface"] and r["surface"].strip() == r["surface"]
        for p in doc["places"]:
            assert 0.0 <= p["confidence"] <= 1.0

    check()


@pytest.mark.parametrize("text,surface,name", [
    ("وجه الشيخ رسالة للمجلس الإسلامي السوري أمس.", "لمجلس الإسلامي السوري", "المجلس الإسلامي السوري"),
    ("أرسلت رسالة للجيش الوطني السوري.", "لجيش الوطني السوري", "الجيش الوطني السوري"),
])
def test_lil_proclitic_keeps_the_article_lam(tagger, text, surface, name):
    """لل = ل + ال: only the preposition's ل leaves the span; ``name`` restores the article."""
    ents = tagger.entities(text)
    e = next(e for e in ents if e["type"] == "ORG")
    assert e["surface"] == surface == text[e["start"]:e["end"]] and e["name"] == name
    assert text[e["start"] - 1] == "ل" and text[e["start"] - 2] == " "


def test_name_equals_surface_without_lil(tagger):
    text = "دعا المجلس الإسلامي السوري إلى التهدئة."
    e = tagger.entities(text)[0]
    assert e["surface"] == e["name"] == "المجلس الإسلامي السوري"


def test_listed_organisation_wins_over_a_place_reading(tagger):
    from marsad.extract.places import PlaceResolver

    doc = Document("سيطرت هيئة تحرير الشام على البلدة بعد معارك مع قوات سوريا الديمقراطية.")
    tagger(doc)
    PlaceResolver()(doc)
    orgs = {e["surface"] for e in doc["entities"] if e["type"] == "ORG"}
    assert {"هيئة تحرير الشام", "قوات سوريا الديمقراطية"} <= orgs
    assert not {"الشام", "سوريا"} & {p["surface"] for p in doc["places"]}
