"""Stop 38 (helper gaz): spellings of the gazetteer's Syrian names that the lists lack (extract/place_variants.py,
data/gazetteer/variants.json): the closing -a written ا/ة/ى, the article on the later words, a space after a letter
that never joins the next, a village's half named as the whole. A variant is placed only in a governorate the
document names, never from a common word, never from an accusative. Sentences written for these tests; every span
checked (text[start:end] == surface)."""
import pytest

from marsad.extract import place_variants as pv
from marsad.extract import places as places_mod
from marsad.extract.places import PlaceResolver
from test_places_layer36 import places, resolver  # noqa: F401  (the layer's resolver, its spans checked)


def test_the_flag_is_on():
    assert pv.settings()["enabled"] and all(pv.settings()[k] for k in ("final_vowel", "article", "glue", "qualifier"))
    assert not pv.settings()["second_word"] and not pv.settings()["pair"]  # (weighed, left off: variants.json _off)


def test_the_kinds_left_off():
    conf = {**pv.settings(), "second_word": True, "pair": True}
    assert "جوسية" in pv.spellings("جوسية العمار", conf)  # a family's word dropped
    assert "تل" not in pv.spellings("تل حميس", conf)  # (a head noun alone is no name)
    assert {"غور غربية", "غور سمعليل"} <= set(pv.spellings("غور غربية-غور سمعليل", conf))  # a hyphen pair
    assert "جوسية" not in pv.spellings("جوسية العمار") and not pv.spellings("غور غربية-غور سمعليل")


@pytest.mark.parametrize("name, variant", [
    ("كفرومة", "كفروما"),  # the closing -a as alef
    ("دوير الهوا", "دوير الهوى"),  # as alef maqsura (a name of two words)
    ("دير العدس", "دير عدس"),  # the article on the second word
    ("صمدانية شرقية", "صمدانية الشرقية"),
    ("تير معلة", "تيرمعلة"),  # the invisible space after ر
    ("قناقبلي", "قنا قبلي"),
    ("جعبر شرقي", "جعبر"),  # a half named as the whole
])
def test_spellings(name, variant):
    assert variant in pv.spellings(name)


@pytest.mark.parametrize("name, not_variant", [
    ("الجرذى الشرقي", "الجرذى شرقي"),  # a bare bearing word after a town is a preposition
    ("صلوة", "صلوا"),  # «…وا» is a verb's plural
    ("الملاجة", "الملاجى"),  # one word ending in ى folds to a nisba's ي
    ("مسكنة", "مس كنة"),  # س joins the next letter: no space is hidden after it
])
def test_no_spelling(name, not_variant):
    assert not_variant not in pv.spellings(name)


def test_a_variant_spelling_is_the_listed_village(resolver):
    text = "سقطت قذائف المدفعية على قرية كفروما جنوب إدلب ليلة الجمعة."
    p = places(resolver, text)
    assert p["كفروما"]["admin1_en"] == "Idlib" and p["كفروما"]["name_ar"] == "كفرومة"
    p = places(resolver, "سقطت قذائف هاون على تيرمعلة قرب مدينة حمص.")
    assert p["تيرمعلة"]["admin1_en"] == "Homs"
    p = places(resolver, "تدور اشتباكات عنيفة قرب جعبر غرب مدينة الرقة.")
    assert p["جعبر"]["admin1_en"] == "Raqqa"


def test_the_article_variant_keeps_its_span(resolver):
    text = "دخلت دورية عسكرية قرية الصمدانية الشرقية في ريف القنيطرة صباحاً."
    p = places(resolver, text)
    rec = p["الصمدانية الشرقية"]  # (the article the text writes stays in the span: a key of its own)
    assert rec["admin1_en"] == "Quneitra" and rec["name_ar"] == "صمدانية شرقية"
    p = places(resolver, "قصفت الطائرات قرية الخوين في ريف إدلب الجنوبي.")
    assert p["الخوين"]["name_ar"] == "خوين الكبير"  # (the half named as the whole, with its article)


def test_a_variant_of_another_governorate_is_no_place(resolver):
    # Hama's «السمرة»: a village of Lattakia spelled alike is not it (the document names Lattakia only)
    p = places(resolver, "استولى المقاتلون على قرية السمرا قرب بلدة كسب في ريف اللاذقية الشمالي.")
    assert "السمرا" not in p and p["كسب"]["admin1_en"] == "Lattakia"


@pytest.mark.parametrize("text, word", [
    ("رشق الشبان دورية الأمن بحجارة صغيرة الحجم في مدينة حلب القديمة.", "حجارة"),
    ("عاد النازحون إلى بيوتهم في ريف إدلب بعد أن وصلوا إلى المعبر.", "صلوا"),
    ("دمرت الحرب مدناً كثيرة في ريف حلب الشمالي.", "مدناً"),
    ("التقى القائد في حماة بحلفائه قرب الطريق الدولي.", "حلفائه"),  # «his allies», not «حلفاية»
    ("قتل رجل بستة عيارات نارية في ريف اللاذقية الشمالي.", "بستة"),  # «ب» + «ستة», not «بستا»
])
def test_a_common_word_is_no_variant_place(resolver, text, word):
    assert not any(word in s for s in places(resolver, text))


def test_switched_off_no_variant(monkeypatch):
    conf = {**pv.settings(), "enabled": False}
    monkeypatch.setattr(pv, "settings", lambda: conf)
    places_mod.gazetteer.cache_clear()
    try:
        gz = places_mod.gazetteer()
        assert not gz.variants and "كفروما" not in gz.by_key
        assert "كفروما" not in places(PlaceResolver(), "سقطت قذائف المدفعية على قرية كفروما جنوب إدلب ليلة الجمعة.")
    finally:
        monkeypatch.undo()
        places_mod.gazetteer.cache_clear()
    assert "كفروما" in places_mod.gazetteer().variants
