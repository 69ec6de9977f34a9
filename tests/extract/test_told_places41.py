"""Stop 41 (helper layer): a gazetteer name the text itself says is a place (extract/told_places.py,
data/gazetteer/told_places.json): an apposition after it («X، البلدة الواقعة …», «X، وهي منطقة تقع …», «X، إحدى قرى
…») and a part-of-place noun before it, bare or after «ب» («بوسط X»). The apposition's places must not put the name
in another governorate; a common word ending another name is no town; each switch both ways. Sentences written for
these tests; every span checked (text[start:end] == surface)."""
import json
from importlib import resources

import pytest

from marsad.extract import told_places as tp
from test_places_layer36 import places, resolver  # noqa: F401  (the layer's resolver, its spans checked)


@pytest.fixture(autouse=True)
def _shipped_state(monkeypatch):
    """Each test runs with apposition and part_locatives on, quoted_sites off, whatever the file ships (a test that
    wants another state sets it): flipping a switch in the file changes only test_the_switches_are_on."""
    for key, on in (("apposition", True), ("part_locatives", True), ("quoted_sites", False)):
        monkeypatch.setitem(tp.settings(), key, on)


def test_the_switches_are_on():
    raw = json.loads(resources.files("marsad").joinpath("data", "gazetteer", "told_places.json").read_text("utf-8"))
    assert raw["apposition"] and raw["part_locatives"]
    assert not raw["quoted_sites"]  # (weighed, left off: told_places.json _off)


def test_an_apposition_after_the_name_makes_it_a_town(resolver):
    text = "تضررت شبكة المياه بعد انفجار هز الشعفة، البلدة الواقعة على ضفة الفرات الشرقية."
    p = places(resolver, text)
    assert p["الشعفة"]["admin1_en"] == "Deir ez-Zor" and p["الشعفة"]["start"] == text.index("الشعفة")


def test_an_opener_before_the_noun(resolver):
    text = "عاد الأهالي أمس إلى الحفاير، وهي منطقة تقع جنوب العاصمة، بعد غياب طويل."
    assert "الحفاير" in places(resolver, text)


def test_the_apposition_names_another_governorate(resolver):
    # (the gazetteer's الحفاير is a Hasakah village: a name the apposition puts in Quneitra is another place)
    text = "عاد الأهالي أمس إلى الحفاير، وهي منطقة تقع قرب بلدة خان أرنبة في محافظة القنيطرة."
    assert "الحفاير" not in places(resolver, text)


@pytest.mark.parametrize("text", [
    "أقيم الحفل في الشعفة، البلدة الجميلة.",  # no word of where after the noun
    "نزح الأهالي من زور الكبير، القرية المجاورة للنهر.",  # a common word ending a name the gazetteer lacks
    "وصلت المساعدات إلى بيت الكبير، وهي قرية تقع غرب النهر.",
])
def test_no_town(resolver, text):
    p = places(resolver, text)
    assert "الكبير" not in p and "كبير" not in p and "الشعفة" not in p


def test_a_part_of_place_noun_after_bi(resolver):
    text = "عثر المزارعون على قذيفة لم تنفجر بوسط الشعفة صباح اليوم في ريف دير الزور."
    p = places(resolver, text)
    assert p["الشعفة"]["admin1_en"] == "Deir ez-Zor"


def test_the_switches_off(resolver, monkeypatch):
    monkeypatch.setitem(tp.settings(), "apposition", False)
    assert "الشعفة" not in places(resolver, "تضررت شبكة المياه بعد انفجار هز الشعفة، البلدة الواقعة على ضفة الفرات.")
    text = "عثر المزارعون على قذيفة لم تنفجر بوسط الشعفة صباح اليوم في ريف دير الزور."
    assert "الشعفة" in places(resolver, text)
    monkeypatch.setitem(tp.settings(), "part_locatives", False)
    assert "الشعفة" not in places(resolver, text) and "ريف دير الزور" in places(resolver, text)


def test_the_words():
    assert tp.part_locative("بوسط") and tp.part_locative("وبمحيط") and tp.part_locative("وسط")
    assert not tp.part_locative("بوابة")
    text = "الشعفة، البلدة الواقعة شرقي النهر"
    assert tp.told_by_apposition(text, len("الشعفة"), frozenset({"locality"}))
    assert not tp.told_by_apposition(text, len("الشعفة"), frozenset({"governorate"}))  # (a town's noun)
    text = "الشعفة، إحدى قرى الريف الشرقي"
    assert tp.told_by_apposition(text, len("الشعفة"), frozenset({"locality"}))


def test_a_quoted_site_the_gazetteer_lists(resolver, monkeypatch):
    monkeypatch.setitem(tp.settings(), "quoted_sites", True)
    text = "دارت معارك عنيفة ليلة أمس حول «المرصد 45» في جبال الساحل."
    p = places(resolver, text)
    assert p["المرصد 45"]["kind"] == "facility" and p["المرصد 45"]["start"] == text.index("المرصد 45")
    text = "شنت الطائرات غارات مكثفة على «الفرقة 17» قرب مدينة الرقة."
    assert places(resolver, text)["الفرقة 17"]["kind"] == "facility"


def test_a_quoted_organisation_stays_no_place(resolver, monkeypatch):
    monkeypatch.setitem(tp.settings(), "quoted_sites", True)
    # (its first word opens an organisation and the whole is no listed site: the places inside name the body)
    text = "أصدر «تجمع أحرار حوران» بياناً عن حملة الاعتقالات في المنطقة."
    assert "حوران" not in places(resolver, text)


def test_the_quoted_switch_off(resolver):
    assert "المرصد 45" not in places(resolver, "دارت معارك عنيفة ليلة أمس حول «المرصد 45» في جبال الساحل.")
