"""The arguments of an event on text in other house styles (issue 10, stop 21): the most specific
place of the event's own clause (a facility or a quarter named as the act's object), places of
another act or of someone's past not taken, toll updates and tolls told before their act, and a
figure whose «بينهم …» aside names a part. Our own sentences; earlier layers built by hand."""
from __future__ import annotations

import pytest

from marsad.extract.events import EventExtractor
from marsad.extract.events.extractor import happened

from test_events import _doc, _fig, _place, _run


@pytest.fixture(scope="module")
def ex():
    return EventExtractor()


MENNAGH = ("مطار منغ العسكري", "F1", "Menagh military airport", "Aleppo", "facility")
TELL_RIFAAT = ("تل رفعت", "C31", "Tell Rifaat", "Aleppo")
JURA = ("حي الجورة", "N1", "Al-Joura", "Deir ez-Zor", "neighbourhood")
DEIR = ("دير الزور", "C32", "Deir ez-Zor", "Deir ez-Zor")
S_IDLIB = ("ريف إدلب الجنوبي", "R1", "southern Idlib countryside", "Idlib", "region")
MAARRA = ("معرة النعمان", "C33", "Maarrat an-Numan", "Idlib")
ARIHA = ("أريحا", "C34", "Ariha", "Idlib")
N_HAMA = ("ريف حماة الشمالي", "R2", "northern Hama countryside", "Hama", "region")
KAFRNABUDA = ("كفرنبودة", "C35", "Kafr Nabudah", "Hama")
MHARDEH = ("محردة", "C36", "Mhardeh", "Hama")
JABLEH = ("جبلة", "C37", "Jableh", "Latakia")
SHEIKH_BADR = ("الشيخ بدر", "C38", "Ash-Sheikh Badr", "Tartus")


# -- place granularity -------------------------------------------------------------------------
def test_a_facility_named_as_the_acts_object_is_its_place(ex):
    t = "قصفت المدفعية التركية مطار منغ العسكري قرب تل رفعت مساء أمس، وفق مصادر محلية."
    evs = _run(ex, _doc(t, places=[MENNAGH, TELL_RIFAAT], dates=[("مساء أمس", "2024-03-04", "day")]))
    assert [(e["type"], _place(e)) for e in evs] == [("shelling", "مطار منغ العسكري")]


def test_a_quarter_named_as_the_object_beats_its_city(ex):
    t = "ضربت طائرة مسيرة حي الجورة في مدينة دير الزور، ما أودى بحياة ثلاثة مدنيين."
    evs = _run(ex, _doc(t, quantities=[("ثلاثة", 3, 3, "مدني")], places=[JURA, DEIR]))
    assert [(e["type"], _place(e), _fig(e["fatalities"])) for e in evs] == [("airstrike", "حي الجورة", 3)]


def test_a_place_past_another_acts_noun_is_that_acts(ex):
    t = ("سيطرت فصائل المعارضة على سبع بلدات في ريف إدلب الجنوبي، إثر انسحاب جيش النظام منها، وسط "
         "غارات روسية كثيفة على محيط مدينة معرة النعمان.")
    evs = _run(ex, _doc(t, places=[S_IDLIB, MAARRA]))
    got = {e["type"]: _place(e) for e in evs}
    assert got["territory_change"] == "ريف إدلب الجنوبي"
    assert got["airstrike"] == "معرة النعمان"


# -- background places -------------------------------------------------------------------------
def test_where_the_arrested_did_something_before_is_not_the_arrests_place(ex):
    t = ("أعلنت وزارة الداخلية القبض على خمسة عناصر ظهروا في مقطع مصور وهم يطلقون النار على مدنيين "
         "في بلدة الشيخ بدر خلال أحداث آذار الماضي.")
    evs = _run(ex, _doc(t, published="2025-05-12", quantities=[("خمسة", 5, 5, "عنصر")], places=[SHEIKH_BADR],
                        dates=[("آذار الماضي", "2025-03", "month")]))
    arrest = next(e for e in evs if e["type"] == "arrest")
    assert (_fig(arrest["count"]), arrest["place"], arrest["date"], arrest["date_source"]) == \
        (5, None, "2025-05-12", "published")


def test_an_arrest_place_stands_beside_the_accused_act(ex):
    t = "أوقفت قوى الأمن أربعة أشخاص في مدينة جبلة بتهمة الاعتداء على عائلة في بلدة الشيخ بدر."
    evs = _run(ex, _doc(t, quantities=[("أربعة", 4, 4, "شخص")], places=[JABLEH, SHEIKH_BADR]))
    arrest = next(e for e in evs if e["type"] == "arrest")
    assert (_fig(arrest["count"]), _place(arrest)) == (4, "جبلة")


# -- figures -----------------------------------------------------------------------------------
def test_a_toll_update_replaces_the_first_figure(ex):
    t = ("قتل 12 مدنياً في غارات جوية طالت سوق الخضار في مدينة أريحا صباح اليوم، بحسب الدفاع المدني. "
         "وفي وقت لاحق ارتفعت حصيلة القتلى إلى 17 بحسب مصادر طبية.")
    evs = _run(ex, _doc(t, quantities=[("12", 12, 12, "مدني"), ("17", 17, 17, "قتيل")], places=[ARIHA],
                        dates=[("صباح اليوم", "2024-03-05", "day")]))
    evs = [e for e in evs if happened(e)]
    assert [(e["type"], _fig(e["fatalities"]), _place(e)) for e in evs] == [("airstrike", 17, "أريحا")]


def test_a_later_toll_named_as_such_is_the_same_event(ex):
    t = ("استهدف قصف مدفعي بلدة كفرنبودة ظهر اليوم وأسفر عن مقتل أربعة أشخاص. "
         "وذكرت حصيلة جديدة للمرصد أن سبعة أشخاص قتلوا.")
    evs = _run(ex, _doc(t, quantities=[("أربعة", 4, 4, "شخص"), ("سبعة", 7, 7, "شخص")], places=[KAFRNABUDA],
                        dates=[("ظهر اليوم", "2024-03-05", "day")]))
    evs = [e for e in evs if happened(e)]
    assert [(e["type"], _fig(e["fatalities"])) for e in evs] == [("shelling", 7)]


def test_a_risen_toll_of_the_act_named_again_is_its_latest_figure(ex):
    t = ("قتل ثمانية مدنيين بغارات جوية على مدينة أريحا صباح اليوم. "
         "وأعلن الدفاع المدني مساءً ارتفاع حصيلة قتلى الغارات إلى 14 شخصاً.")
    evs = _run(ex, _doc(t, quantities=[("ثمانية", 8, 8, "مدني"), ("14", 14, 14, "شخص")], places=[ARIHA],
                        dates=[("صباح اليوم", "2024-03-05", "day")]))
    evs = [e for e in evs if happened(e)]
    assert [(e["type"], _fig(e["fatalities"]), _place(e)) for e in evs] == [("airstrike", 14, "أريحا")]


def test_a_toll_elsewhere_is_no_update(ex):
    t = ("استهدف قصف مدفعي بلدة كفرنبودة ظهر اليوم وأسفر عن مقتل أربعة أشخاص. "
         "وفي مدينة محردة ارتفع عدد القتلى إلى تسعة.")
    evs = _run(ex, _doc(t, quantities=[("أربعة", 4, 4, "شخص"), ("تسعة", 9, 9, None)],
                        places=[KAFRNABUDA, MHARDEH], dates=[("ظهر اليوم", "2024-03-05", "day")]))
    evs = [e for e in evs if happened(e)]
    assert sorted((e["type"], _fig(e["fatalities"])) for e in evs) == [("casualties", 9), ("shelling", 4)]


def test_a_toll_told_before_its_act_joins_it(ex):
    t = ("لقي تسعة أشخاص حتفهم اليوم في ريف حماة الشمالي. "
         "وكانت المدفعية قد استهدفت بلدة كفرنبودة بعشرات القذائف.")
    evs = _run(ex, _doc(t, quantities=[("تسعة", 9, 9, "شخص"), ("عشرات", 20, 90, "قذيفة")],
                        places=[N_HAMA, KAFRNABUDA], dates=[("اليوم", "2024-03-05", "day")]))
    evs = [e for e in evs if happened(e)]
    assert [(e["type"], _fig(e["fatalities"])) for e in evs] == [("shelling", 9)]


def test_a_toll_with_its_own_cause_stays_apart_from_the_act_after_it(ex):
    t = ("قتل ثلاثة عناصر برصاص قناص اليوم في ريف حماة الشمالي. "
         "وقصفت قوات النظام بلدة كفرنبودة بقذائف الهاون.")
    evs = _run(ex, _doc(t, quantities=[("ثلاثة", 3, 3, "عنصر")], places=[N_HAMA, KAFRNABUDA],
                        dates=[("اليوم", "2024-03-05", "day")]))
    evs = [e for e in evs if happened(e)]
    assert [e["fatalities"] for e in evs if e["type"] == "shelling"] == [None]


def test_a_toll_before_an_act_at_another_town_stays_apart(ex):
    t = "قتل خمسة مدنيين في مدينة محردة اليوم. واستهدفت المدفعية بلدة كفرنبودة بعشرات القذائف."
    evs = _run(ex, _doc(t, quantities=[("خمسة", 5, 5, "مدني"), ("عشرات", 20, 90, "قذيفة")],
                        places=[MHARDEH, KAFRNABUDA], dates=[("اليوم", "2024-03-05", "day")]))
    evs = [e for e in evs if happened(e)]
    assert sorted(e["type"] for e in evs) == ["casualties", "shelling"]


def test_a_figure_before_an_aside_counts_the_trigger_after_it(ex):
    t = ("أعلنت الأمم المتحدة أن نحو 1500 شخص، بينهم عشرات المصابين، غادروا صباح اليوم الأحياء الغربية "
         "من مدينة أريحا ضمن أولى دفعات الإجلاء.")
    evs = _run(ex, _doc(t, quantities=[("نحو 1500", 1500, 1500, "شخص"), ("عشرات", 20, 90, "مصاب")],
                        places=[ARIHA], dates=[("صباح اليوم", "2024-03-05", "day")]))
    evs = [e for e in evs if happened(e)]
    assert [(e["type"], _fig(e["count"])) for e in evs] == [("other", 1500)]
    assert [b["low"] for b in evs[0]["breakdown"]] == [20]


# -- a place only in the sentence before or the headline ----------------------------------------
JASIM = ("جاسم", "C39", "Jasim", "Daraa")
DAARA_R = ("ريف درعا", "R3", "Daraa countryside", "Daraa", "region")


def test_a_strike_with_no_place_of_its_own_is_where_the_sentence_before_says(ex):
    t = ("شهدت مدينة جاسم بريف درعا توتراً أمنياً منذ صباح اليوم. "
         "وقصفت قوات النظام الأحياء الشرقية بالهاون، فقتلت طفلين.")
    evs = _run(ex, _doc(t, quantities=[("طفلين", 2, 2, "طفل")], places=[JASIM, DAARA_R]))
    shelling = next(e for e in evs if e["type"] == "shelling")
    assert (_place(shelling), _fig(shelling["fatalities"])) == ("جاسم", None)  # (a dual: no figure, stop 27)


def test_a_strike_under_a_headline_takes_the_headlines_place(ex):
    t = ("قصف على جاسم\nأفاد ناشطون بأن الطائرات الحربية شنت غارات على الأحياء الغربية بعد منتصف الليل. "
         "وأسفرت الغارات عن إصابة ستة مدنيين.")
    evs = _run(ex, _doc(t, quantities=[("ستة", 6, 6, "مدني")], places=[JASIM]))
    strikes = [e for e in evs if e["type"] == "airstrike"]
    assert [(_place(e), _fig(e["injured"])) for e in strikes] == [("جاسم", 6)]


def test_another_story_or_two_places_before_give_no_place(ex):
    t = ("شهدت مدينة جاسم توتراً أمنياً منذ صباح اليوم. "
         "وفي سياق آخر، قصفت قوات النظام الأحياء الشرقية بالهاون، ما أسفر عن جرح ثلاثة.")
    evs = _run(ex, _doc(t, quantities=[("ثلاثة", 3, 3, None)], places=[JASIM]))
    assert [_place(e) for e in evs if e["type"] == "shelling"] == [None]
    t = ("شهدت مدينة جاسم وبلدة محردة توتراً أمنياً منذ صباح اليوم. "
         "وقصفت قوات النظام الأحياء الشرقية بالهاون، ما أسفر عن جرح ثلاثة.")
    evs = _run(ex, _doc(t, quantities=[("ثلاثة", 3, 3, None)], places=[JASIM, MHARDEH]))
    assert [_place(e) for e in evs if e["type"] == "shelling"] == [None]


# -- probe set 7's argument causes, in our own sentences ------------------------------------------
KHALDIYEH = ("الخالدية", "N2", "Al-Khalidiyah", "Homs", "neighbourhood")
WAER = ("الوعر", "N3", "Al-Waer", "Homs", "neighbourhood")
HOMS = ("حمص", "C40", "Homs", "Homs")
HAMIDIYEH = ("الحميدية", "N4", "Al-Hamidiyah", "Homs", "neighbourhood")
AKHTARIN = ("أخترين", "C41", "Akhtarin", "Aleppo")
BAB = ("الباب", "C42", "Al-Bab", "Aleppo")


def test_quarters_told_before_their_city_are_the_place(ex):
    t = "قتل تسعة مدنيين جراء قصف عنيف طال حيي الخالدية والوعر بمدينة حمص صباح اليوم."
    evs = _run(ex, _doc(t, quantities=[("تسعة", 9, 9, "مدني")], places=[KHALDIYEH, WAER, HOMS],
                        dates=[("صباح اليوم", "2024-03-05", "day")]))
    assert sorted(_place(e) for e in evs if e["type"] == "shelling") == ["الخالدية", "الوعر"]


def test_where_the_fire_came_from_is_not_where_it_fell(ex):
    t = ("أصيب خمسة مدنيين بقصف صاروخي انطلق من نقاط جيش النظام في حي الحميدية، استهدف حي الوعر "
         "بمدينة حمص مساء أمس.")
    evs = _run(ex, _doc(t, quantities=[("خمسة", 5, 5, "مدني")], places=[HAMIDIYEH, WAER, HOMS],
                        dates=[("مساء أمس", "2024-03-04", "day")]))
    assert [(e["type"], _place(e), _fig(e["injured"])) for e in evs] == [("shelling", "الوعر", 5)]


def test_a_junction_named_after_a_town_is_not_that_town(ex):
    t = "انفجرت عبوة ناسفة قرب دوار أخترين عند مدخل مدينة الباب ظهر اليوم، ما أودى بحياة أربعة أشخاص."
    evs = _run(ex, _doc(t, quantities=[("أربعة", 4, 4, "شخص")], places=[AKHTARIN, BAB],
                        dates=[("ظهر اليوم", "2024-03-05", "day")]))
    assert [(e["type"], _place(e), _fig(e["fatalities"])) for e in evs] == [("explosion", "الباب", 4)]


def test_a_singular_person_is_no_figure(ex):
    t = "قصفت قوات النظام بلدة كفرنبودة بالمدفعية، ما أودى بحياة رجل وزوجته."
    evs = _run(ex, _doc(t, places=[KAFRNABUDA]))
    assert [(e["type"], e["fatalities"]) for e in evs] == [("shelling", None)]
    t = "استهدفت طائرة مسيرة سيارة في بلدة كفرنبودة، ما أودى بحياة قائد في الفصيل ومرافقه."
    evs = _run(ex, _doc(t, places=[KAFRNABUDA]))
    assert [(e["type"], e["fatalities"]) for e in evs] == [("airstrike", None)]
    # (news_dev's convention: «مقتل شخص», «قتل عنصر» are no quantity, so no figure of one)
    t = "قصفت قوات النظام بلدة كفرنبودة بالمدفعية، ما أودى بحياة رجل في الخمسين."
    evs = _run(ex, _doc(t, places=[KAFRNABUDA]))
    assert [(e["type"], _fig(e["fatalities"])) for e in evs] == [("shelling", None)]
    t = "اعتقلت دورية للأمن العسكري شاباً من أبناء بلدة كفرنبودة على حاجز قرب المدينة."
    evs = _run(ex, _doc(t, places=[KAFRNABUDA]))
    assert [(e["type"], e["count"]) for e in evs] == [("arrest", None)]


def test_a_share_told_in_a_clause_of_its_own_is_no_count(ex):
    t = ("تقدمت قوات النظام في حي الوعر بعد معارك عنيفة، لتنخفض المساحة التي تتحصن فيها الفصائل "
         "في المدينة إلى نحو 20 بالمئة.")
    evs = _run(ex, _doc(t, quantities=[("نحو 20 بالمئة", 20, 20, None, "percent")], places=[WAER]))
    tc = [e for e in evs if e["type"] == "territory_change"]
    assert [(_place(e), e["count"]) for e in tc] == [("الوعر", None)]


def test_the_bombing_named_again_at_quarters_of_the_city_struck_is_that_strike(ex, no_splitter):
    t = ("رمت المروحيات براميل متفجرة على مدينة حمص أمس، ما أودى بحياة 12 شخصاً. "
         "وطال القصف خصوصاً حيي الخالدية والوعر.")
    evs = _run(ex, _doc(t, quantities=[("12", 12, 12, "شخص")], places=[HOMS, KHALDIYEH, WAER],
                        dates=[("أمس", "2024-03-04", "day")]))
    evs = [e for e in evs if happened(e)]
    assert [(e["type"], _fig(e["fatalities"])) for e in evs if e["fatalities"]] == [("airstrike", 12)]
    assert len({e["group"] or id(e) for e in evs}) == 1


KILIS = ("كليس", "T1", "Kilis", None)
INKHIL = ("إنخل", "C43", "Inkhil", "Daraa")



def test_where_defectors_crossed_to_is_not_where_they_defected(ex):
    # (stop 24: with no place at home in the text, the arrival is the only place it gives and the
    # event keeps it — the probe sets' gold is split 3 to 3 on this, the issue lists such arrivals
    # as implicit defections; a place at home, below, still wins)
    t = "عبر 20 جندياً منشقاً عن قوات النظام الحدود فجر اليوم إلى ولاية كليس، بحسب مصدر تركي."
    d = _doc(t, quantities=[("20", 20, 20, "جندي")], places=[KILIS], dates=[("فجر اليوم", "2024-03-05", "day")])
    d["places"][0]["country"] = "TUR"
    evs = _run(ex, d)
    assert [(e["type"], _fig(e["count"]), (e["place"] or {}).get("surface")) for e in evs] == \
        [("defection", 20, "كليس")]
    t = "انشق 20 جندياً عن جيش النظام في مدينة إنخل ووصلوا فجر اليوم إلى ولاية كليس."
    d = _doc(t, quantities=[("20", 20, 20, "جندي")], places=[INKHIL, KILIS],
             dates=[("فجر اليوم", "2024-03-05", "day")])
    d["places"][1]["country"] = "TUR"
    evs = _run(ex, d)
    assert [(e["type"], _place(e)) for e in evs] == [("defection", "إنخل")]


def test_an_act_and_its_one_place_across_asides(ex):
    t = ("اغتال مسلحون ملثمون، مساء أمس، قائداً سابقاً في فصيل محلي، كان قد أجرى تسوية، بإطلاق الرصاص "
         "عليه أمام متجره في مدينة إنخل، بحسب ناشطين.")
    evs = _run(ex, _doc(t, places=[INKHIL], dates=[("مساء أمس", "2024-03-04", "day")]))
    evs = [e for e in evs if happened(e)]
    assert [_place(e) for e in evs] == ["إنخل"]


def test_a_later_toll_with_its_breakdown_is_the_latest_figure(ex):
    t = ("قتل ستة أشخاص في انفجار سيارة مفخخة وسط مدينة الباب. وفي حصيلة جديدة، ذكر الدفاع المدني أن "
         "حصيلة القتلى وصلت إلى 11 بينهم طفلان.")
    evs = _run(ex, _doc(t, quantities=[("ستة", 6, 6, "شخص"), ("11", 11, 11, "قتيل"), ("طفلان", 2, 2, "طفل")],
                        places=[BAB]))
    evs = [e for e in evs if happened(e)]
    assert [(e["type"], _fig(e["fatalities"]), [b["low"] for b in e["breakdown"]]) for e in evs] == \
        [("explosion", 11, [2])]


def test_a_charge_with_a_date_of_its_own_dates_and_places_the_past_act(ex):
    t = ("أعلنت وزارة الداخلية القبض على خمسة أشخاص في مدينة جبلة، متورطين في تفجير استهدف حاجزاً أمنياً "
         "في بلدة الشيخ بدر الشهر الماضي.")
    evs = _run(ex, _doc(t, published="2025-05-12", quantities=[("خمسة", 5, 5, "شخص")], places=[JABLEH, SHEIKH_BADR],
                        dates=[("الشهر الماضي", "2025-04", "month")]))
    arrest = next(e for e in evs if e["type"] == "arrest")
    assert (_place(arrest), arrest["date"]) == ("جبلة", "2025-05-12")
    # with no date of its own, the charge's place may be where they were caught
    t = "أعلنت وزارة الداخلية توقيف خمسة أشخاص ضالعين في تجارة المخدرات في بلدة الشيخ بدر."
    evs = _run(ex, _doc(t, quantities=[("خمسة", 5, 5, "شخص")], places=[SHEIKH_BADR]))
    assert [_place(e) for e in evs if e["type"] == "arrest"] == ["الشيخ بدر"]


def test_where_deserters_units_are_is_not_their_place(ex):
    t = ("رفض نحو 60 مجنداً من أبناء مدينة إنخل العودة إلى قطعاتهم العسكرية في ريف حماة الشمالي فور انتهاء "
         "إجازاتهم، بحسب ناشطين.")
    evs = _run(ex, _doc(t, quantities=[("نحو 60", 60, 60, "مجند")], places=[INKHIL, N_HAMA]))
    evs = [e for e in evs if e["type"] == "desertion"]
    assert [(_fig(e["count"]), _place(e)) for e in evs] == [(60, "إنخل")]


def test_a_toll_raised_in_a_sentence_with_no_trigger_is_the_latest_figure(ex):
    t = ("أعلن الدفاع المدني مقتل ثمانية مدنيين في غارة جوية على بلدة كفرنبودة. وفي وقت لاحق، توفي اثنان "
         "من المصابين متأثرين بجراحهم ليرتفع العدد إلى عشرة.")
    evs = _run(ex, _doc(t, quantities=[("ثمانية", 8, 8, "مدني"), ("اثنان", 2, 2, None), ("عشرة", 10, 10, None)],
                        places=[KAFRNABUDA]))
    evs = [e for e in evs if happened(e)]
    assert [(e["type"], _fig(e["fatalities"])) for e in evs] == [("airstrike", 10)]


def test_an_act_over_the_last_hours_is_one_incident_a_toll_over_them_a_sum(ex):
    t = "نزح نحو ألفي شخص من بلدة كفرنبودة باتجاه الشمال خلال الساعات الماضية هرباً من القصف."
    evs = _run(ex, _doc(t, quantities=[("نحو ألفي", 2000, 2000, "شخص")], places=[KAFRNABUDA]))
    assert [(e["type"], e["kind"], e["date"]) for e in evs if e["type"] == "other"] == \
        [("other", "incident", "2024-03-05")]
    t = "قتل 30 شخصاً في مناطق مختلفة من سوريا خلال الساعات الماضية، وفق المرصد."
    evs = _run(ex, _doc(t, quantities=[("30", 30, 30, "شخص")]))
    assert [(e["type"], e["kind"]) for e in evs] == [("casualties", "aggregate")]


AFRIN = ("عفرين", "D1", "Afrin", "Aleppo", "district")
BAB_HAWA = ("معبر باب الهوى", "X1", "Bab al-Hawa crossing", "Idlib", "border crossing")
ZAWIYA = ("جبل الزاوية", "R4", "Jabal al-Zawiya", "Idlib", "region")


def test_a_strike_told_after_a_tally_for_an_area_is_in_that_area(ex):
    t = ("ذكرت وزارة الدفاع التركية أن 38 مسلحاً قتلوا منذ بدء العملية في منطقة عفرين، مشيرة إلى أن "
         "مقاتلاتها دمرت أمس ثمانية أهداف.")
    evs = _run(ex, _doc(t, quantities=[("38", 38, 38, "مسلح"), ("ثمانية", 8, 8, "هدف")], places=[AFRIN],
                        dates=[("أمس", "2024-03-04", "day")]))
    strikes = [e for e in evs if e["type"] == "airstrike"]
    assert [(_place(e), e["date"]) for e in strikes] == [("عفرين", "2024-03-04")]


def test_the_way_in_is_not_where_reinforcements_went(ex):
    t = ("دخل رتل عسكري يضم نحو 25 آلية عبر معبر باب الهوى صباح اليوم، واتجه نحو النقاط العسكرية في "
         "جبل الزاوية.")
    evs = _run(ex, _doc(t, quantities=[("نحو 25", 25, 25, "آلية")], places=[BAB_HAWA, ZAWIYA],
                        dates=[("صباح اليوم", "2024-03-05", "day")]))
    assert [(e["type"], _place(e)) for e in evs] == [("reinforcement", "جبل الزاوية")]
    t = "دخل رتل عسكري يضم نحو 25 آلية عبر معبر باب الهوى صباح اليوم."
    evs = _run(ex, _doc(t, quantities=[("نحو 25", 25, 25, "آلية")], places=[BAB_HAWA],
                        dates=[("صباح اليوم", "2024-03-05", "day")]))
    assert [(e["type"], _place(e)) for e in evs] == [("reinforcement", "معبر باب الهوى")]
