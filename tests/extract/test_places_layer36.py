"""Stop 36 (helper "layer"): gazetteer names the places layer missed in general news phrasing — the first name of a
list a plural place noun opens («قرى عدة، هي: X، وY», «مناطق منها X»), a road's two ends («طريق X – Y»), a camp's
dual, a place noun with its owner's pronoun («بلدته X»), a hashtag between a cue and its name, «حاجز X» and
«بادية X» as weak evidence. Sentences written for these tests."""
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


@pytest.mark.parametrize("text,names,cue", [
    ("استهدف الطيران الحربي مناطق عدة في الغوطة، منها زملكا وعربين، مساء الأحد.", ("زملكا", "عربين"), "مناطق"),
    ("سيطرت الفصائل على قرى عدة جنوبي حلب، هي: خان طومان، والعيس، والحاضر.", ("خان طومان", "العيس", "الحاضر"),
     "قرى"),
    ("قالت المنظمة إن بلدات ذات أهمية كبيرة، من بينها كفرنبودة والهبيط، تعرضت للقصف.", ("كفرنبودة", "الهبيط"),
     "بلدات"),
])
def test_a_list_opened_by_a_plural_place_noun_is_places(resolver, text, names, cue):
    p = places(resolver, text)
    for n in names:
        assert p[n]["id"] is not None and p[n]["kind"] in ("locality", "subdistrict", "city")
    assert p[names[0]]["cue"] == cue


def test_the_list_s_places_resolve_in_their_governorate(resolver):
    p = places(resolver, "سيطرت الفصائل على قرى عدة جنوبي حلب، هي: خان طومان، والعيس، والحاضر.")
    assert {p[n]["admin1_en"] for n in ("خان طومان", "العيس", "الحاضر")} == {"Aleppo"}


@pytest.mark.parametrize("text", [
    "قال الخبير إن الأسباب عديدة، منها نصيب الفرد من المياه.",  # no plural place noun opens the list
    "تحدث المسؤول عن مطالب كثيرة، هي: عدة أمور عالقة.",
])
def test_an_enumeration_without_a_place_noun_names_no_place(resolver, text):
    assert places(resolver, text) == {}


def test_a_road_named_by_its_two_towns(resolver):
    p = places(resolver, "أصيب سائق بانفجار عبوة على طريق جاسم – نوى صباح اليوم.")
    assert p["جاسم"]["admin1_en"] == "Daraa" and p["جاسم"]["cue"] == "طريق"
    assert p["نوى"]["admin1_en"] == "Daraa" and p["نوى"]["kind"] == "locality"


def test_a_governorate_at_a_road_s_end_stays_the_governorate(resolver):
    p = places(resolver, "أغلق الأمن طريق حمص-حماة الدولي لساعات.")
    assert p["حمص"]["kind"] == "governorate" and p["حماة"]["kind"] == "governorate"


@pytest.mark.parametrize("text,name,gov,cue", [
    ("نزح عشرات الأهالي إلى مخيمي كللي وأطمة خلال الشتاء.", "كللي", "Idlib", "مخيمي"),
    ("عاد الشاب إلى بلدته إبطع بعد سنوات من الغياب.", "إبطع", "Daraa", "بلدته"),
    ("داهمت دورية منازل في بلدة #الشحيل شرقي دير الزور.", "الشحيل", "Deir ez-Zor", "بلدة"),
])
def test_a_camp_s_dual_an_owner_s_town_and_a_hashtag(resolver, text, name, gov, cue):
    p = places(resolver, text)
    assert p[name]["admin1_en"] == gov and p[name]["cue"] == cue


def test_a_checkpoint_and_a_desert_named_by_a_village_of_the_story_s_governorate(resolver):
    p = places(resolver, "هاجم مسلحون حاجز عندان شمالي حلب فجر اليوم.")
    assert p["عندان"]["admin1_en"] == "Aleppo"
    p = places(resolver, "انفجر لغم بسيارة في بادية المسرب غرب دير الزور.")
    assert p["المسرب"]["admin1_en"] == "Deir ez-Zor"


def test_a_checkpoint_s_name_alone_is_weak(resolver):
    # («حاجز» is no cue: a village of another governorate, with nothing to confirm it, stays unplaced)
    assert "المسرب" not in places(resolver, "أوقف حاجز المسرب سيارة مدنية على الطريق.")


def test_a_checkpoint_placed_in_a_town_is_named_by_its_own_name(resolver):
    # «حاجز X وسط مدينة Y»: the text says where the checkpoint is; X (a village's name too) is the checkpoint's
    p = places(resolver, "أطلق مسلحون النار على حاجز السرايا وسط مدينة جبلة مساء أمس.")
    assert "السرايا" not in p and p["جبلة"]["admin1_en"] == "Lattakia"
