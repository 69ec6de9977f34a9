"""Places the gazetteer lacks, named with a place noun and tied by the text to a place it knows
(issue 10, stop 24; extract/events/unlisted.py): «قرية X جنوب مدينة Y», «قريتي X وZ شمال غرب Y»,
«بلدة X بريف Y», «قرية X التابعة لمنطقة Y», «قرية X قرب Y», «حي X في المدينة». The act's place is
X with the reference's admin names and `near`, never the reference. Our own sentences in several
house styles (monitor, state agency, local outlet, wire, Kurdish agency); earlier layers by hand."""
from __future__ import annotations

import pytest

from marsad.extract.events import EventExtractor

from test_events import _asserted, _doc, _place, _run


@pytest.fixture(scope="module")
def ex():
    return EventExtractor()


JISR = ("جسر الشغور", "C81", "Jisr al-Shughur", "Idlib")
TAL_TAMR = ("تل تمر", "C82", "Tal Tamr", "Al-Hasakah")
N_HAMA = ("ريف حماة الشمالي", "R81", "northern Hama countryside", "Hama", "region")
NAWA = ("نوى", "C83", "Nawa", "Daraa")
W_DARAA = ("ريف درعا الغربي", "R82", "western Daraa countryside", "Daraa", "region")
SARAQIB = ("سراقب", "C84", "Saraqib", "Idlib")
RAS_AIN = ("رأس العين", "C85", "Ras al-Ain", "Al-Hasakah")
KAFRNABUDA = ("كفرنبودة", "C86", "Kafr Nabudah", "Hama")
MHARDEH = ("محردة", "C87", "Mhardeh", "Hama")


def _check(d, e, surface, ref):
    p = e["place"]
    assert p["surface"] == surface and d.text[p["start"]:p["end"]] == surface
    assert p["id"] is None and p["source"] == "text" and p["geo_precision"] == 2
    assert p["near"]["surface"] == ref[0] and p["admin1_en"] == ref[3]


@pytest.mark.parametrize("text,quants,places,typ,where,ref", [
    # a monitor's wording: a village south of a town
    ("وثق المرصد السوري لحقوق الإنسان مقتل ثلاثة مدنيين بغارة روسية ضربت قرية الحمامة جنوب مدينة "
     "جسر الشغور فجر اليوم.", [("ثلاثة", 3, 3, "مدني")], [JISR], "airstrike", "الحمامة", JISR),
    # a wire's: «قرب» and no place noun before the town
    ("قال سكان لرويترز إن قذائف مدفعية سقطت على بلدة الطليسية قرب سراقب فقتلت خمسة أشخاص.",
     [("خمسة", 5, 5, "شخص")], [SARAQIB], "shelling", "الطليسية", SARAQIB),
    # a state agency's: a village in a region, «بريف»
    ("وذكرت الوكالة أن وحدات من الجيش اشتبكت مع مجموعات مسلحة في قرية الزيارة بريف حماة الشمالي وقتلت 12 "
     "من أفرادها.", [("12", 12, 12, None)], [N_HAMA], "armed_clash", "الزيارة", N_HAMA),
    # a local outlet's: «التابعة لمنطقة Y»
    ("داهمت دورية للأمن العسكري قرية الشيخ سعد التابعة لمنطقة نوى في ريف درعا الغربي، واعتقلت سبعة شبان، "
     "بحسب ناشطين.", [("سبعة", 7, 7, "شاب")], [NAWA, W_DARAA], "arrest", "الشيخ سعد", NAWA),
    # «الواقعة شمال غربي Y»: an affiliation word before the bearing
    ("قصفت المدفعية التركية قرية الدردارة الواقعة شمال غربي مدينة رأس العين، وقتلت مدنيين اثنين.",
     [("اثنين", 2, 2, "مدني")], [RAS_AIN], "shelling", "الدردارة", RAS_AIN),
])
def test_an_unlisted_village_tied_to_a_known_town_is_the_acts_place(ex, text, quants, places, typ, where, ref):
    d = _doc(text, quantities=quants, places=places)
    evs = [e for e in _asserted(_run(ex, d)) if e["type"] == typ]
    assert len(evs) == 1
    _check(d, evs[0], where, ref)


def test_two_villages_of_a_dual_noun_are_one_group(ex):
    # a Kurdish agency's wording: «قريتي X وZ شمال غرب بلدة Y»
    text = "حررت قوات سوريا الديمقراطية، أمس، قريتي تل شنان وأم الخير شمال غرب بلدة تل تمر من مرتزقة داعش."
    d = _doc(text, places=[TAL_TAMR])
    evs = [e for e in _asserted(_run(ex, d)) if e["type"] == "territory_change"]
    assert [_place(e) for e in evs] == ["تل شنان", "أم الخير"]
    assert evs[0]["group"] is not None and evs[0]["group"] == evs[1]["group"]
    for e in evs:
        assert e["place"]["near"]["surface"] == "تل تمر" and e["place"]["near"]["relation"] == "شمال غرب"


def test_a_quarter_in_the_town_named_before(ex):
    text = ("شهدت مدينة رأس العين توتراً منذ الصباح. وقالت مصادر محلية إن قذيفة سقطت على حي الصناعة في المدينة "
            "وقتلت طفلين.")
    d = _doc(text, places=[RAS_AIN], quantities=[("طفلين", 2, 2, "طفل")])
    evs = [e for e in _asserted(_run(ex, d)) if e["type"] == "shelling"]
    assert [_place(e) for e in evs] == ["الصناعة"]
    assert evs[0]["place"]["kind"] == "neighbourhood" and evs[0]["place"]["near"]["surface"] == "رأس العين"


def test_a_description_after_the_noun_is_no_name(ex):
    text = "قصفت الطائرات الحربية قرية صغيرة جنوب مدينة سراقب، ما أودى بحياة أربعة مدنيين."
    d = _doc(text, places=[SARAQIB], quantities=[("أربعة", 4, 4, "مدني")])
    evs = _asserted(_run(ex, d))
    assert all(e["place"] is None or e["place"].get("id") is not None for e in evs)


def test_a_listed_village_keeps_its_gazetteer_record(ex):
    text = "استهدفت قوات النظام بالمدفعية قرية كفرنبودة غرب مدينة محردة، وقتلت ثلاثة عناصر من الفصائل."
    d = _doc(text, places=[KAFRNABUDA, MHARDEH], quantities=[("ثلاثة", 3, 3, "عنصر")])
    evs = [e for e in _asserted(_run(ex, d)) if e["type"] == "shelling"]
    assert [(_place(e), e["place"]["id"]) for e in evs] == [("كفرنبودة", "C86")]


def test_a_village_tied_to_no_known_place_is_the_place_with_no_admin_names(ex):
    # (stop 30: was "gives nothing"; a village named with its noun as the act's object is where it happened,
    # told strictly: «بعدة غارات» is no part of its name; no town is named, so no admin names)
    text = "استهدفت الطائرات الحربية قرية الحمامة بعدة غارات، بحسب ناشطين."
    d = _doc(text)
    evs = _asserted(_run(ex, d))
    assert [(e["place"]["surface"], e["place"]["admin1_en"], e["place"]["near"]["relation"]) for e in evs] == \
        [("الحمامة", None, "document")]


def test_the_acled_row_of_an_unlisted_village_is_near_its_town(ex):
    from marsad.views.acled import _row

    text = "قتل أربعة مدنيين بقذائف مدفعية أطلقها جيش النظام على قرية المشيرفة جنوب مدينة جسر الشغور اليوم."
    d = _doc(text, places=[JISR], quantities=[("أربعة", 4, 4, "مدني")])
    e = next(e for e in _asserted(_run(ex, d)) if e["type"] == "shelling")
    row = _row(e, 1, 0)
    assert (row["location"], row["admin1"], row["geo_precision"], row["fatalities"]) == ("المشيرفة", "Idleb", 2, 4)


@pytest.mark.parametrize("text,quants,places,typ,where", [
    # a state agency's: the district before a verb joined by «و»
    ("قال مسؤول أمني إن الوحدات المختصة طاردت اليوم مجموعات مسلحة في حي الصليبة الجنوبي واشتبكت معها، ما تسبب "
     "بمقتل اثنين من العناصر.", [("اثنين", 2, 2, "عنصر")],
     [("حي الصليبة الجنوبي", "N81", "South Sleibeh", "Latakia", "neighbourhood")], "armed_clash", "حي الصليبة الجنوبي"),
    # a monitor's: the district as the object of the shelling
    ("قصفت قوات النظام حي الشعار الجنوبي بالهاون ما أودى بحياة ثلاثة مدنيين.", [("ثلاثة", 3, 3, "مدني")],
     [("حي الشعار الجنوبي", "N82", "South Shaar", "Aleppo", "neighbourhood")], "shelling", "حي الشعار الجنوبي"),
    # a local outlet's: the district inside its city
    ("داهمت دورية أمنية حي القصور الغربي في مدينة دير الزور واعتقلت ثلاثة شبان.", [("ثلاثة", 3, 3, "شاب")],
     [("حي القصور الغربي", "N83", "West Qusour", "Deir ez-Zor", "neighbourhood"),
      ("دير الزور", "C88", "Deir ez-Zor", "Deir ez-Zor")], "arrest", "حي القصور الغربي"),
])
def test_a_resolved_district_with_its_bearing_adjective_is_the_acts_place(ex, text, quants, places, typ, where):
    evs = [e for e in _asserted(_run(ex, _doc(text, quantities=quants, places=places))) if e["type"] == typ]
    assert [_place(e) for e in evs] == [where]


BANIYAS = ("بانياس", "C89", "Baniyas", "Tartus")


@pytest.mark.parametrize("text,quants,typ,where", [
    # a wire's: the town in the sentence before
    ("خرج آلاف المحتجين في مدينة بانياس بعد صلاة الجمعة. وداهمت قوات الأمن مساءً حي القوز واعتقلت 30 شاباً.",
     [("30", 30, 30, "شاب")], "arrest", "القوز"),
    # a monitor's: the town earlier in the same sentence
    ("أفاد ناشطون في مدينة بانياس بأن قذائف مدفعية سقطت على حي القوز ما أدى إلى مقتل 3 مدنيين.",
     [("3", 3, 3, "مدني")], "shelling", "القوز"),
    # a local outlet's
    ("تشهد مدينة بانياس توتراً أمنياً منذ أيام. واندلعت اشتباكات ليلة أمس في حي القوز بين مسلحين وعناصر الأمن "
     "قتل فيها 3 عناصر.", [("3", 3, 3, "عنصر")], "armed_clash", "القوز"),
])
def test_a_quarter_with_no_anchor_is_in_the_last_town_named(ex, text, quants, typ, where):
    d = _doc(text, quantities=quants, places=[BANIYAS])
    evs = [e for e in _asserted(_run(ex, d)) if e["type"] == typ]
    assert [_place(e) for e in evs][-1:] == [where]
    assert evs[-1]["place"]["near"]["surface"] == "بانياس" and evs[-1]["place"]["kind"] == "neighbourhood"


def test_a_quarter_with_no_town_named_is_the_place_with_no_admin_names(ex):
    # (stop 30: was "gives nothing"; the quarter the text names is the most specific place it gives)
    t = "داهمت قوات الأمن مساء أمس حي القوز واعتقلت 30 شاباً، بحسب ناشطين."
    evs = _asserted(_run(ex, _doc(t, quantities=[("30", 30, 30, "شاب")])))
    assert [(e["place"]["surface"], e["place"]["kind"], e["place"]["admin1_en"]) for e in evs if e["type"] == "arrest"] == \
        [("القوز", "neighbourhood", None)]


@pytest.mark.parametrize("text", [
    # an opposition outlet's: the bearing set off by commas
    "قصفت الطائرات الحربية قرية الزعينية، جنوب مدينة جسر الشغور، ما أودى بحياة ثلاثة مدنيين.",
    # a monitor's: the bearing in parentheses
    "قتل ثلاثة مدنيين بغارة جوية على قرية الزعينية (جنوب جسر الشغور) فجر اليوم.",
    # a wire's: a dash
    "قال ناشطون إن غارة جوية أصابت قرية الزعينية - جنوب جسر الشغور - وقتلت ثلاثة مدنيين.",
])
def test_a_bearing_set_off_by_punctuation_still_ties_the_village(ex, text):
    d = _doc(text, places=[JISR], quantities=[("ثلاثة", 3, 3, "مدني")])
    evs = [e for e in _asserted(_run(ex, d)) if e["type"] == "airstrike"]
    assert len(evs) == 1
    _check(d, evs[0], "الزعينية", JISR)


# -- a town's landmark is located at the town ------------------------------------------------------
ALBAB = ("الباب", "C90", "Al-Bab", "Aleppo")
DOUMA = ("دوما", "C91", "Douma", "Rif Dimashq")
QABOUN = ("حي القابون", "N84", "Qaboun", "Damascus", "neighbourhood")
DAMASCUS_G = ("دمشق", "G81", "Damascus", "Damascus", "governorate")
HASAKAH = ("الحسكة", "C92", "Al-Hasakah", "Al-Hasakah")


@pytest.mark.parametrize("text,mark,town,typ", [
    # a civil-defence wording: a market in the middle of a town
    ("انفجرت سيارة مفخخة في سوق الخضار وسط مدينة الباب، ما أودى بحياة 9 مدنيين، بحسب الدفاع المدني.",
     ("سوق الخضار", "F81", "Vegetable market of Al-Bab", "Aleppo", "facility"), ALBAB, "explosion"),
    # a wire's: a mosque in a town
    ("ذكر شهود أن رجال الشرطة أطلقوا الرصاص على 9 محتجين خرجوا من الجامع الكبير بمدينة دوما عقب الصلاة.",
     ("الجامع الكبير", "F82", "Great Mosque of Douma", "Rif Dimashq", "facility"), DOUMA, "protest"),
    # a monitor's: a square in a quarter
    ("سقطت قذيفة هاون في ساحة الشهداء بحي القابون، ما أدى إلى مقتل 9 أشخاص.",
     ("ساحة الشهداء", "F83", "Martyrs' Square (Qaboun)", "Damascus", "neighbourhood"), QABOUN, "shelling"),
])
def test_a_towns_landmark_is_located_at_the_town(ex, text, mark, town, typ):
    d = _doc(text, places=[mark, town], quantities=[("9", 9, 9, "مدني")])
    evs = [e for e in _asserted(_run(ex, d)) if e["type"] == typ]
    assert [_place(e) for e in evs] == [town[0]]


def test_a_square_of_the_capital_named_with_the_governorate_is_at_the_city(ex):
    """The landmark convention (events_probe README, stop 29): a square lies in a city, and a governorate
    named bare after it is its seat city."""
    t = "استهدفت غارة جوية ساحة الأمويين بدمشق، ما أودى بحياة 9 أشخاص."
    square = ("ساحة الأمويين", "F84", "Umayyad Square", "Damascus", "neighbourhood")
    evs = [e for e in _asserted(_run(ex, _doc(t, places=[square, DAMASCUS_G], quantities=[("9", 9, 9, "شخص")])))
           if e["type"] == "airstrike"]
    assert [_place(e) for e in evs] == ["دمشق"]


def test_a_prison_in_a_town_stays_the_place(ex):
    t = "هاجم مسلحون سجن الصناعة في مدينة الحسكة، وقتلوا 9 من الحراس."
    prison = ("سجن الصناعة", "F85", "Sinaa prison", "Al-Hasakah", "facility")
    evs = [e for e in _asserted(_run(ex, _doc(t, places=[prison, HASAKAH], quantities=[("9", 9, 9, "حارس")])))
           if e["type"] == "armed_clash"]
    assert [_place(e) for e in evs] == ["سجن الصناعة"]


@pytest.mark.parametrize("text", [
    # a local outlet's
    "قصفت الطائرات الحربية قرية الطليحة على أطراف مدينة سراقب، ما أودى بحياة ثلاثة مدنيين.",
    # a monitor's
    "قتل ثلاثة مدنيين بقذائف مدفعية على بلدة الطليحة في محيط مدينة سراقب.",
    # a wire's
    "قال سكان إن قذائف سقطت على بلدة الطليحة عند مدخل مدينة سراقب وقتلت ثلاثة مدنيين.",
])
def test_a_village_at_the_edge_of_a_known_town_is_near_it(ex, text):
    d = _doc(text, places=[SARAQIB], quantities=[("ثلاثة", 3, 3, "مدني")])
    evs = [e for e in _asserted(_run(ex, d)) if e["type"] in ("airstrike", "shelling")]
    assert len(evs) == 1
    _check(d, evs[0], "الطليحة", SARAQIB)
    assert evs[0]["place"]["near"]["relation"] == "near"
