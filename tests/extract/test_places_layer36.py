"""Stop 36 (helper "layer"): gazetteer names the places layer missed in general news phrasing. Shipped: «حاجز X» and
«بادية X» as weak evidence (a preposition's: the document's places must confirm X), not when the text puts the
checkpoint in a town. The list-head, road-end, hash-mark and owner-cue fixes were weighed and left (the events gate
did not rise; bench_places_layer.py replays them): what they would have changed stays as it was. Sentences written
for these tests."""
import pytest

from marsad.extract.places import PlaceResolver


@pytest.fixture(scope="module")
def resolver():
    return PlaceResolver()


def places(resolver, text):
    out = resolver.resolve(text, [])
    for r in out:
        assert text[r["start"]:r["end"]] == r["surface"]
    return {r["surface"]: r for r in out}


@pytest.mark.parametrize("text", [
    "قال الخبير إن الأسباب عديدة، منها نصيب الفرد من المياه.",  # no plural place noun opens the list
    "تحدث المسؤول عن مطالب كثيرة، هي: عدة أمور عالقة.",
])
def test_an_enumeration_without_a_place_noun_names_no_place(resolver, text):
    assert places(resolver, text) == {}


def test_a_governorate_at_a_road_s_end_stays_the_governorate(resolver):
    p = places(resolver, "أغلق الأمن طريق حمص-حماة الدولي لساعات.")
    assert p["حمص"]["kind"] == "governorate" and p["حماة"]["kind"] == "governorate"


def test_a_checkpoint_and_a_desert_named_by_a_village_of_the_story_s_governorate(resolver):
    p = places(resolver, "هاجم مسلحون حاجز عندان شمالي حلب فجر اليوم.")
    assert p["عندان"]["admin1_en"] == "Aleppo"
    p = places(resolver, "انفجر لغم بسيارة في بادية المسرب بريف مدينة دير الزور أمس.")
    assert p["المسرب"]["admin1_en"] == "Deir ez-Zor"


def test_a_checkpoint_s_name_alone_is_weak(resolver):
    # («حاجز» is no cue: a village of another governorate, with nothing to confirm it, stays unplaced)
    assert "المسرب" not in places(resolver, "أوقف حاجز المسرب سيارة مدنية على الطريق.")


def test_a_checkpoint_placed_in_a_town_is_named_by_its_own_name(resolver):
    # «حاجز X وسط مدينة Y»: the text says where the checkpoint is; X (a village's name too) is the checkpoint's
    p = places(resolver, "أطلق مسلحون النار على حاجز السرايا وسط مدينة جبلة مساء أمس.")
    assert "السرايا" not in p and p["جبلة"]["admin1_en"] == "Lattakia"


def test_a_word_that_only_begins_like_a_quarter_does_not_place_the_checkpoint(resolver):
    # «في حين» (while) is no «في حي» (in the quarter): the checkpoint is still named by the story's village (review2)
    p = places(resolver, "هاجم مسلحون حاجز عندان في حين قصفت المدفعية ريف حلب الشمالي.")
    assert p["عندان"]["admin1_en"] == "Aleppo"


def test_the_weighed_fixes_are_not_shipped(resolver):
    # (a list after «منها» and a road's two ends: left, the events gate did not rise; the layer reads them as before)
    p = places(resolver, "استهدف الطيران الحربي مناطق عدة في الغوطة، منها زملكا وعربين، مساء الأحد.")
    assert "زملكا" not in p and p["عربين"]["admin1_en"] == "Rural Damascus"
