"""Figures that join the act they belong to at the clause level, one bound grammar for every
figure, result clauses that keep the place of the clause they continue, time asides, and tolls
summed over a day or a month (issue 10, stop 22). Our own sentences, each family in several house
styles (monitor, state agency, local outlet, wire); earlier layers built by hand."""
from __future__ import annotations

import pytest

from marsad.extract.events import EventExtractor

from test_events import _asserted, _bounds, _doc, _fig, _place, _run


@pytest.fixture(scope="module")
def ex():
    return EventExtractor()


LATAMNEH = ("اللطامنة", "C41", "Al-Lataminah", "Hama")
PALMYRA_DESERT = ("بادية تدمر", "R41", "Palmyra desert", "Homs", "region")
JASIM = ("جاسم", "C42", "Jasim", "Daraa")
HARAK = ("الحراك", "C43", "Al-Hirak", "Daraa")
E_DARAA = ("ريف درعا الشرقي", "R42", "eastern Daraa countryside", "Daraa", "region")
SHOULA = ("الشولا", "C44", "Ash-Shula", "Deir ez-Zor")
DEIR = ("دير الزور", "C45", "Deir ez-Zor", "Deir ez-Zor")
MHARDEH = ("محردة", "C46", "Mhardeh", "Hama")
KABANI = ("كبانة", "C47", "Kabani", "Latakia")
RAI = ("الراعي", "C48", "Al-Rai", "Aleppo")
KAFRNABUDA = ("كفرنبودة", "C49", "Kafr Nabudah", "Hama")
KASRA = ("الكسرة", "C50", "Al-Kasrah", "Deir ez-Zor")
W_DEIR = ("ريف دير الزور الغربي", "R43", "western Deir ez-Zor countryside", "Deir ez-Zor", "region")
WAER = ("حي الوعر", "N41", "Al-Waer", "Homs", "neighbourhood")
HOMS = ("حمص", "C51", "Homs", "Homs")
JABLEH_R = ("ريف جبلة", "R44", "Jableh countryside", "Latakia", "region")
HOULA = ("الحولة", "C52", "Al-Houla", "Homs")
SANAMAYN = ("الصنمين", "C53", "As-Sanamayn", "Daraa")
DOUMA = ("دوما", "C54", "Douma", "Rif Dimashq")
SYRIA = ("سوريا", "SY", "Syria", None, "country")
SARMIN = ("سرمين", "C55", "Sarmin", "Idlib")
IDLIB = ("إدلب", "G41", "Idlib", "Idlib", "governorate")
BARA = ("البارة", "C56", "Al-Bara", "Idlib")



# -- one bound grammar: a hedge after a noun phrase of several words ----------------------------
def test_at_least_after_a_noun_and_its_adjective_bounds_the_deaths(ex):
    t = ("قتل 14 مقاتلاً معارضاً على الأقل في مواجهات مع جيش النظام عند أطراف بلدة اللطامنة، "
         "بحسب المرصد السوري لحقوق الإنسان.")
    evs = _run(ex, _doc(t, quantities=[("14", 14, 14, "مقاتل")], places=[LATAMNEH]))
    assert [(e["type"], _bounds(e["fatalities"])) for e in evs] == [("armed_clash", (14, None))]


def test_at_least_after_a_noun_and_of_phrase_bounds_a_state_agency_kill(ex):
    t = "أعلنت وزارة الدفاع أن وحدات الجيش قضت على 25 إرهابياً من تنظيم داعش على الأقل في بادية تدمر."
    evs = _run(ex, _doc(t, quantities=[("25", 25, 25, "إرهابي")], places=[PALMYRA_DESERT]))
    assert [(e["type"], _bounds(e["fatalities"]), _place(e)) for e in evs] == \
        [("armed_clash", (25, None), "بادية تدمر")]


def test_at_least_after_an_origin_phrase_bounds_an_arrest_count(ex):
    t = "قالت مصادر محلية لعنب بلدي إن قوات الأمن اعتقلت 30 شاباً من أبناء مدينة جاسم على الأقل."
    evs = _run(ex, _doc(t, quantities=[("30", 30, 30, "شاب")], places=[JASIM]))
    assert [(e["type"], _bounds(e["count"])) for e in evs] == [("arrest", (30, None))]


def test_a_hedge_after_another_figure_or_an_act_is_not_this_ones(ex):
    t = "قتل 5 مدنيين وأصيب 20 آخرون بجروح على الأقل في قصف على بلدة اللطامنة."
    evs = _run(ex, _doc(t, quantities=[("5", 5, 5, "مدني"), ("20", 20, 20, None)], places=[LATAMNEH]))
    assert [(_bounds(e["fatalities"]), _bounds(e["injured"])) for e in evs] == [((5, 5), (20, None))]
    t = "قتل 4 مدنيين في غارة استمرت ساعة على الأقل على بلدة اللطامنة."
    evs = _run(ex, _doc(t, quantities=[("4", 4, 4, "مدني")], places=[LATAMNEH]))
    assert [_bounds(e["fatalities"]) for e in evs] == [(4, 4)]


def test_a_toll_update_reads_the_same_bound(ex):
    t = ("قتل ثمانية مدنيين في غارة على بلدة البارة. وفي حصيلة لاحقة، ارتفع عدد القتلى إلى 11 مدنياً "
         "من أبناء البلدة على الأقل.")
    evs = _run(ex, _doc(t, quantities=[("ثمانية", 8, 8, "مدني"), ("11", 11, 11, "مدني")], places=[BARA]))
    assert [(e["type"], _bounds(e["fatalities"])) for e in _asserted(evs)] == [("airstrike", (11, None))]
    t = ("أعلن الدفاع المدني مقتل ثمانية مدنيين في غارة جوية على بلدة البارة. وفي وقت لاحق، توفي اثنان "
         "من المصابين متأثرين بجراحهم ليرتفع العدد إلى عشرة مدنيين من أبناء البلدة على الأقل.")
    evs = _run(ex, _doc(t, quantities=[("ثمانية", 8, 8, "مدني"), ("اثنان", 2, 2, None), ("عشرة", 10, 10, "مدني")],
                        places=[BARA]))
    assert [(e["type"], _bounds(e["fatalities"])) for e in _asserted(evs)] == [("airstrike", (10, None))]


# -- result clauses: the deaths go to the act the clause continues -----------------------------
def test_of_them_after_a_figure_of_defectors_is_the_clash_deaths(ex):
    t = ("انشق 30 عنصراً عن سرية الدبابات أمس في ريف درعا الشرقي. وذكر ناشطون أن قوات النظام "
         "لاحقت المنشقين واشتبكت معهم قرب بلدة الحراك، فقتلت أربعة منهم.")
    evs = _run(ex, _doc(t, quantities=[("30", 30, 30, "عنصر"), ("أربعة", 4, 4, None)], places=[E_DARAA, HARAK],
                        dates=[("أمس", "2024-03-04", "day")]))
    got = {e["type"]: e for e in evs}
    assert _bounds(got["defection"]["count"]) == (30, 30)
    assert _bounds(got["armed_clash"]["fatalities"]) == (4, 4) and _place(got["armed_clash"]) == "الحراك"


def test_of_them_after_a_figure_of_the_arrested_is_the_clash_deaths(ex):
    t = ("داهمت دورية للأمن العسكري بلدة الحراك واعتقلت 12 شاباً. واندلعت اشتباكات بين الدورية "
         "ومسلحين من أبناء البلدة، فقُتل اثنان منهم، وفق مراسل تجمع أحرار حوران.")
    evs = _run(ex, _doc(t, quantities=[("12", 12, 12, "شاب"), ("اثنان", 2, 2, None)], places=[HARAK]))
    got = {e["type"]: e for e in evs}
    assert _bounds(got["arrest"]["count"]) == (12, 12)
    assert _bounds(got["armed_clash"]["fatalities"]) == (2, 2)


def test_the_dead_of_an_assault_opened_by_car_bombs_are_the_assaults(ex):
    t = ("سيطر عناصر التنظيم على حاجز الشولا جنوب مدينة دير الزور بعد هجوم بدأ بتفجير سيارتين "
         "مفخختين، وذكر المرصد أن 19 جندياً للنظام قتلوا في الهجوم.")
    evs = _run(ex, _doc(t, quantities=[("19", 19, 19, "جندي")], places=[SHOULA, DEIR]))
    assert [(e["type"], _bounds(e["fatalities"]), _place(e)) for e in evs] == \
        [("territory_change", (19, 19), "الشولا")]


def test_the_dead_of_an_attack_opened_by_shelling_are_the_attacks(ex):
    t = ("دارت مواجهات عنيفة بين الفصائل وجيش النظام على محور كبانة بدأت بقصف مدفعي مكثف، "
         "وقتل خلالها 9 جنود للنظام، وفق مراسل تلفزيون سوريا.")
    evs = _run(ex, _doc(t, quantities=[("9", 9, 9, "جندي")], places=[KABANI]))
    assert [(e["type"], _bounds(e["fatalities"])) for e in evs] == [("armed_clash", (9, 9))]


def test_a_kill_told_as_the_result_of_shelling_is_its_dead(ex):
    t = ("ذكرت وزارة الدفاع التركية أن مدفعيتها قصفت 12 هدفاً للتنظيم قرب بلدة الراعي، ما أسفر عن "
         "تحييد 17 عنصراً.")
    evs = _run(ex, _doc(t, quantities=[("12", 12, 12, "هدف"), ("17", 17, 17, "عنصر")], places=[RAI]))
    assert [(e["type"], _bounds(e["fatalities"]), _place(e)) for e in evs] == [("shelling", (17, 17), "الراعي")]
    t = ("استهدفت وحدات من الجيش بالمدفعية الثقيلة تجمعات للإرهابيين في محيط بلدة كفرنبودة، مما أدى إلى "
         "القضاء على 30 إرهابياً.")
    evs = _run(ex, _doc(t, quantities=[("30", 30, 30, "إرهابي")], places=[KAFRNABUDA]))
    assert [(e["type"], _bounds(e["fatalities"])) for e in evs] == [("shelling", (30, 30))]


def test_deaths_told_with_a_pronoun_back_to_the_battle_are_the_takeovers(ex):
    t = "سيطرت قوات النظام على بلدة محردة بعد معارك قتل خلالها 11 مسلحاً معارضاً على الأقل."
    evs = _run(ex, _doc(t, quantities=[("11", 11, 11, "مسلح")], places=[MHARDEH]))
    assert [(e["type"], _bounds(e["fatalities"])) for e in evs] == [("territory_change", (11, None))]


# -- a result clause goes on where the clause it continues was ---------------------------------
def test_an_arrest_in_the_result_of_an_air_landing_is_at_its_village(ex):
    t = ("نفذت مروحيات التحالف، فجر اليوم، إنزالاً في قرية الكسرة من ريف دير الزور الغربي، "
         "أسفر عن اعتقال ثلاثة أشخاص، وفق مصدر محلي لنورث برس.")
    evs = _run(ex, _doc(t, quantities=[("ثلاثة", 3, 3, "شخص")], places=[KASRA, W_DEIR],
                        dates=[("فجر اليوم", "2024-03-05", "day")]))
    assert [(e["type"], _bounds(e["count"]), _place(e)) for e in evs] == [("arrest", (3, 3), "الكسرة")]


def test_an_arrest_in_the_result_of_a_security_operation_is_at_its_quarter(ex):
    t = "نفذت الجهات المختصة عملية أمنية في حي الوعر غربي حمص، أسفرت عن القبض على خمسة مطلوبين."
    evs = _run(ex, _doc(t, quantities=[("خمسة", 5, 5, "مطلوب")], places=[WAER, HOMS]))
    assert [(e["type"], _place(e)) for e in evs] == [("arrest", "حي الوعر")]


def test_an_arrest_an_inspection_ended_with_is_at_its_village(ex):
    t = "نفذت دورية تابعة للأمن العام عملية تفتيش في قرية الكسرة، انتهت باعتقال ثلاثة مطلوبين."
    evs = _run(ex, _doc(t, quantities=[("ثلاثة", 3, 3, "مطلوب")], places=[KASRA]))
    assert [(e["type"], _place(e)) for e in evs] == [("arrest", "الكسرة")]


def test_a_result_clause_after_another_story_keeps_no_place_of_it(ex):
    t = ("نفذت قوات الأمن عملية أمنية في ريف جبلة، بينما أسفرت حملة أخرى عن اعتقال سبعة أشخاص.")
    evs = _run(ex, _doc(t, quantities=[("سبعة", 7, 7, "شخص")], places=[JABLEH_R]))
    assert [_place(e) for e in evs if e["type"] == "arrest"] == [None]


# -- a time aside set off by commas is no clause break -----------------------------------------
def test_a_figure_before_its_verb_across_a_time_aside_is_its_own(ex):
    t = "قالت مصادر محلية إن 40 عنصراً، صباح اليوم، انشقوا عن جيش النظام في بلدة الحراك."
    evs = _run(ex, _doc(t, quantities=[("40", 40, 40, "عنصر")], places=[HARAK],
                        dates=[("صباح اليوم", "2024-03-05", "day")]))
    assert [(e["type"], _bounds(e["count"]), _place(e)) for e in evs] == [("defection", (40, 40), "الحراك")]
    t = "ذكر المرصد أن 12 مدنياً، فجر اليوم، قتلوا في قصف على بلدة اللطامنة."
    evs = _run(ex, _doc(t, quantities=[("12", 12, 12, "مدني")], places=[LATAMNEH],
                        dates=[("فجر اليوم", "2024-03-05", "day")]))
    assert [(e["type"], _bounds(e["fatalities"])) for e in evs] == [("shelling", (12, 12))]
    # an aside of who says so is no distance either (stop 26, cues.json source_asides): the 40 defected
    t = "قالت مصادر إن 40 عنصراً، وفق ما أكده ناشطون في المنطقة الشرقية من المحافظة، انشقوا عن قوات النظام."
    evs = _run(ex, _doc(t, quantities=[("40", 40, 40, "عنصر")]))
    assert [_bounds(e["count"]) for e in evs if e["type"] == "defection"] == [(40, 40)]


def test_a_mass_grave_found_with_a_time_aside_keeps_its_figure_and_place(ex):
    t = "عثر متطوعو الدفاع المدني، صباح اليوم، على مقبرة جماعية فيها رفات 19 شخصاً قرب بلدة الحولة."
    evs = _run(ex, _doc(t, quantities=[("19", 19, 19, "شخص")], places=[HOULA],
                        dates=[("صباح اليوم", "2024-03-05", "day")]))
    assert [(e["type"], _bounds(e["count"]), _place(e)) for e in evs] == [("other", (19, 19), "الحولة")]


def test_an_aside_that_is_not_a_time_still_parts_the_place(ex):
    t = "عثرت فرق الدفاع المدني، بحسب ما ذكرته مصادر أهلية، على جثث في منطقة زراعية، ثم قصفت بلدة الحولة."
    evs = _run(ex, _doc(t, places=[HOULA]))
    assert [_place(e) for e in evs if e["type"] == "other"] in ([None], [])


# -- tolls summed over a day or a month --------------------------------------------------------
def test_a_national_daily_toll_in_a_clause_of_its_own_is_an_aggregate(ex):
    t = ("قال المرصد إن 30 مدنياً قتلوا اليوم في قصف على مدينة دوما، لافتاً إلى أن عدد القتلى في "
         "سوريا كلها وصل إلى 95 قتيلاً.")
    evs = _run(ex, _doc(t, quantities=[("30", 30, 30, "مدني"), ("95", 95, 95, "قتيل")], places=[DOUMA, SYRIA],
                        dates=[("اليوم", "2024-03-05", "day")]))
    got = sorted((e["type"], e["kind"], _fig(e["fatalities"]), _place(e)) for e in _asserted(evs))
    assert got == [("casualties", "aggregate", 95, None), ("shelling", "incident", 30, "دوما")]


def test_a_national_toll_added_by_the_source_is_an_aggregate(ex):
    t = ("قال ناشطون إن 12 شخصاً قتلوا في غارة على بلدة سرمين، وأضافوا أن عدد القتلى في عموم البلاد "
         "بلغ 60 شخصاً.")
    evs = _run(ex, _doc(t, quantities=[("12", 12, 12, "شخص"), ("60", 60, 60, "شخص")], places=[SARMIN]))
    got = sorted((e["type"], e["kind"], _fig(e["fatalities"])) for e in _asserted(evs))
    assert got == [("airstrike", "incident", 12), ("casualties", "aggregate", 60)]


def test_a_toll_in_the_same_clause_as_its_strike_stays_the_strikes(ex):
    t = "قتل 12 شخصاً في سوريا اليوم في غارة على بلدة سرمين."
    evs = _run(ex, _doc(t, quantities=[("12", 12, 12, "شخص")], places=[SYRIA, SARMIN],
                        dates=[("اليوم", "2024-03-05", "day")]))
    assert [(e["type"], e["kind"], _fig(e["fatalities"])) for e in evs] == [("airstrike", "incident", 12)]


def test_a_monthly_toll_with_its_cause_stays_a_toll_dated_by_its_month(ex):
    t = ("وثقت الشبكة السورية لحقوق الإنسان مقتل 320 مدنياً في محافظة إدلب خلال شهر شباط، قضى معظمهم "
         "جراء الغارات الروسية.")
    evs = _run(ex, _doc(t, quantities=[("320", 320, 320, "مدني")], places=[IDLIB],
                        dates=[("شهر شباط", "2024-02", "month")]))
    assert [(e["type"], e["kind"], _fig(e["fatalities"]), e["date"], e["date_grain"]) for e in evs] == \
        [("casualties", "aggregate", 320, "2024-02", "month")]
    t = ("قال مكتب التوثيق إن 140 شخصاً قتلوا في المحافظة خلال شهر شباط، قتل أغلبهم بالقصف المدفعي.")
    evs = _run(ex, _doc(t, quantities=[("140", 140, 140, "شخص")], dates=[("شهر شباط", "2024-02", "month")]))
    assert [(e["type"], e["kind"], _fig(e["fatalities"])) for e in evs] == [("casualties", "aggregate", 140)]


def test_a_monthly_count_of_strikes_with_its_deaths_stays_a_count_of_strikes(ex):
    t = "شنت الطائرات الروسية 400 غارة على محافظة إدلب خلال شهر شباط، أسفرت عن مقتل 150 مدنياً."
    evs = _run(ex, _doc(t, quantities=[("400", 400, 400, "غارة"), ("150", 150, 150, "مدني")], places=[IDLIB],
                        dates=[("شهر شباط", "2024-02", "month")]))
    assert [(e["type"], e["kind"], _fig(e["count"]), _fig(e["fatalities"])) for e in evs] == \
        [("airstrike", "aggregate", 400, 150)]


HARASTA = ("حرستا", "C57", "Harasta", "Rif Dimashq")
JOBAR = ("حي جوبر", "N42", "Jobar", "Damascus", "neighbourhood")


def test_an_accompanying_strike_with_a_place_of_its_own_keeps_its_deaths(ex):
    t = "اندلعت اشتباكات في حي جوبر، وسط غارات مكثفة على مدينة حرستا أدت إلى مقتل ستة مدنيين."
    evs = _run(ex, _doc(t, quantities=[("ستة", 6, 6, "مدني")], places=[JOBAR, HARASTA]))
    assert sorted((e["type"], _fig(e["fatalities"]), _place(e)) for e in evs) == \
        [("airstrike", 6, "حرستا"), ("armed_clash", None, "حي جوبر")]
    # told without a place of its own, it goes with the fighting: one incident, the deaths its own
    t = ("دارت معارك عنيفة بين الجيش والإرهابيين في محيط بلدة كفرنبودة بالتزامن مع غارات جوية مكثفة، "
         "وقتل خلالها 20 إرهابياً، وفق ما أفادت سانا.")
    evs = _run(ex, _doc(t, quantities=[("20", 20, 20, "إرهابي")], places=[KAFRNABUDA]))
    assert [(e["type"], _fig(e["fatalities"])) for e in evs] == [("armed_clash", 20)]


TAL_ABYAD = ("تل أبيض", "C58", "Tell Abyad", "Raqqa")
RAS_AIN = ("رأس العين", "C59", "Ras al-Ayn", "Al-Hasakah")


def test_a_running_total_of_the_neutralised_is_a_toll_with_no_place_of_the_act_before(ex):
    t = ("ذكرت وزارة الدفاع التركية أن الجيش الوطني سيطر على مدينة تل أبيض، وأضافت أن عدد المسلحين "
         "المحيدين منذ انطلاق العملية وصل إلى 620.")
    evs = _run(ex, _doc(t, quantities=[("620", 620, 620, None)], places=[TAL_ABYAD]))
    got = sorted((e["type"], e["kind"], _fig(e["fatalities"]), _place(e)) for e in evs)
    assert got == [("casualties", "aggregate", 620, None), ("territory_change", "incident", None, "تل أبيض")]
    t = ("قال مصدر عسكري تركي إن القوات سيطرت على بلدة رأس العين، مشيراً إلى أن عدد المسلحين الذين تم "
         "تحييدهم منذ انطلاق العملية ارتفع إلى 700.")
    evs = _run(ex, _doc(t, quantities=[("700", 700, 700, None)], places=[RAS_AIN]))
    assert [(e["kind"], _place(e)) for e in evs if e["type"] == "casualties"] == [("aggregate", None)]


def test_dead_told_in_a_relative_clause_of_bodies_found_are_no_toll_of_their_own(ex):
    t = ("عثر الأهالي، أمس، على جثث 7 شبان قرب قرية الكسرة، يعتقد أنهم من المخطوفين الذين قتلوا على يد "
         "عناصر التنظيم، بحسب شبكة محلية.")
    evs = _run(ex, _doc(t, quantities=[("7", 7, 7, "شاب")], places=[KASRA], dates=[("أمس", "2024-03-04", "day")]))
    assert [(e["type"], _fig(e["count"])) for e in evs] == [("other", 7)]
    t = ("عثرت الجهات المختصة على رفات 15 عسكرياً في مقبرة جماعية قرب بلدة محردة، وهم من العسكريين الذين "
         "قتلوا على يد المجموعات الإرهابية.")
    evs = _run(ex, _doc(t, quantities=[("15", 15, 15, "عسكري")], places=[MHARDEH]))
    assert [(e["type"], _fig(e["count"])) for e in evs] == [("other", 15)]


TEL_MALID = ("تل مالد", "C60", "Tal Malid", "Aleppo")
HASSIYA = ("الحصية", "C61", "Al-Hassiya", "Aleppo")
SINAA = ("سجن الصناعة", "F41", "Al-Sinaa prison", "Al-Hasakah", "facility")
GHWEIRAN = ("حي غويران", "N43", "Ghweiran", "Al-Hasakah", "neighbourhood")
NASHWA = ("حي النشوة", "N48", "Al-Nashwa", "Al-Hasakah", "neighbourhood")
HASAKAH = ("الحسكة", "C62", "Al-Hasakah", "Al-Hasakah")
E_GHOUTA = ("الغوطة الشرقية", "R45", "Eastern Ghouta", "Rif Dimashq", "region")
RIF_DIMASHQ = ("ريف دمشق", "G42", "Rif Dimashq", "Rif Dimashq", "governorate")
N_HAMA = ("ريف حماة الشمالي", "R46", "northern Hama countryside", "Hama", "region")


def test_villages_a_tagger_called_an_organisation_are_still_places(ex):
    t = "استعادت فصائل الجيش الحر مساء اليوم قريتي تل مالد والحصية إثر مواجهات مع التنظيم."
    evs = _run(ex, _doc(t, places=[TEL_MALID, HASSIYA], entities=[("قريتي تل مالد", "ORG")]))
    assert [_place(e) for e in evs if e["type"] == "territory_change"] == ["تل مالد", "الحصية"]
    # a body named after a place keeps its place inside its name
    t = "قال المجلس المحلي لقرية تل مالد إن الطيران قصف قرية الحصية."
    evs = _run(ex, _doc(t, places=[TEL_MALID, HASSIYA], entities=[("المجلس المحلي لقرية تل مالد", "ORG")]))
    assert [_place(e) for e in evs if e["type"] == "airstrike"] == ["الحصية"]


def test_a_chain_of_containers_keeps_the_first_place(ex):
    t = ("أعلنت قسد أن قواتها أفشلت محاولة فرار لسجناء سجن الصناعة في حي النشوة بمدينة الحسكة، وقتلت 15 من الفارين "
         "في مواجهات دامت حتى الصباح.")
    evs = _run(ex, _doc(t, quantities=[("15", 15, 15, None)], places=[SINAA, NASHWA, HASAKAH]))
    assert [(e["type"], _place(e)) for e in _asserted(evs) if e["type"] == "armed_clash"] == \
        [("armed_clash", "سجن الصناعة")]
    t = "قصفت مدفعية النظام حي غويران في مدينة الحسكة بريف المحافظة الجنوبي."
    evs = _run(ex, _doc(t, places=[GHWEIRAN, HASAKAH]))
    assert [_place(e) for e in evs] == ["حي غويران"]


def test_a_place_after_a_closed_breakdown_aside_is_the_wholes(ex):
    t = ("وثقت الشبكة السورية لحقوق الإنسان مقتل 118 مدنياً، بينهم 31 طفلاً، في الغوطة الشرقية من ريف دمشق "
         "منذ ليل السبت.")
    evs = _run(ex, _doc(t, quantities=[("118", 118, 118, "مدني"), ("31", 31, 31, "طفل")],
                        places=[E_GHOUTA, RIF_DIMASHQ]))
    assert [(e["type"], _fig(e["fatalities"]), _place(e)) for e in evs] == [("casualties", 118, "الغوطة الشرقية")]
    # a part with its own place inside the aside stays the part's
    t = "قتل 20 مدنياً في قصف على مدينة حمص، بينهم 5 قتلوا في حي الوعر."
    evs = _run(ex, _doc(t, quantities=[("20", 20, 20, "مدني"), ("5", 5, 5, None)], places=[HOMS, WAER]))
    assert [_place(e) for e in _asserted(evs)] == ["حمص"]


def test_of_them_before_a_dead_noun_is_the_acts_own_figure(ex):
    t = ("ذكر مصدر عسكري أن الطيران الحربي ضرب أمس تجمعات الإرهابيين في ريف حماة الشمالي، وقد أوقع العشرات "
         "منهم قتلى.")
    evs = _run(ex, _doc(t, quantities=[("العشرات", 20, 90, None)], places=[N_HAMA], dates=[("أمس", "2024-03-04", "day")]))
    assert [(e["type"], _bounds(e["fatalities"])) for e in evs] == [("airstrike", (20, 90))]
    t = "هاجم مقاتلو الفصائل مواقع قوات النظام قرب بلدة محردة وأوقعوا 14 منهم قتلى."
    evs = _run(ex, _doc(t, quantities=[("14", 14, 14, None)], places=[MHARDEH]))
    assert [(e["type"], _fig(e["fatalities"])) for e in evs] == [("armed_clash", 14)]


BANIAS = ("بانياس", "C63", "Baniyas", "Tartus")
DARAA = ("درعا", "C64", "Daraa", "Daraa")
RAJU = ("راجو", "C65", "Raju", "Aleppo")
ANKARA = ("أنقرة", "T1", "Ankara", None)
KHAN_TOUMAN = ("خان طومان", "C66", "Khan Tuman", "Aleppo")
ASAD_SUBURB = ("ضاحية الأسد", "N44", "Al-Assad suburb", "Aleppo", "neighbourhood")
TURKEY = ("تركيا", "TR", "Turkey", None, "country")
LEBANON = ("لبنان", "LB", "Lebanon", None, "country")


# -- a time clause of the act before is where that act was -------------------------------------
def test_a_protest_told_as_the_time_of_arrests_is_at_their_town(ex):
    t = ("ذكر ناشطون أن قوات الأمن اعتقلت يوم الجمعة أكثر من 200 شخص في مدينة بانياس بعد مظاهرات انطلقت "
         "بعد صلاة الظهر مطالبة بفك الحصار عن درعا.")
    evs = _run(ex, _doc(t, quantities=[("أكثر من 200", 200, None, "شخص")], places=[BANIAS, DARAA],
                        dates=[("يوم الجمعة", "2024-03-01", "day")]))
    assert sorted((e["type"], _place(e)) for e in _asserted(evs)) == [("arrest", "بانياس"), ("protest", "بانياس")]
    t = "أطلقت قوات الأمن النار في مدينة درعا عقب تظاهرة حاشدة، بحسب لجان التنسيق المحلية."
    evs = _run(ex, _doc(t, places=[DARAA]))
    assert [_place(e) for e in evs if e["type"] == "protest"] == ["درعا"]


def test_a_time_clause_with_a_place_of_its_own_keeps_it(ex):
    t = "اعتقلت قوات الأمن 20 شاباً في مدينة بانياس بعد مظاهرات في مدينة درعا."
    evs = _run(ex, _doc(t, quantities=[("20", 20, 20, "شاب")], places=[BANIAS, DARAA]))
    assert [_place(e) for e in evs if e["type"] == "protest"] == ["درعا"]


# -- dates: the launch of a campaign is not the act's day; a report that goes on keeps its day ----
def test_the_launch_date_of_a_campaign_does_not_date_the_act(ex):
    t = ("أعلن الجيش الوطني سيطرته على ناحية راجو بعد مواجهات مع الوحدات الكردية، ضمن العملية العسكرية "
         "التي بدأتها أنقرة يوم 20 كانون الثاني الماضي.")
    evs = _run(ex, _doc(t, published="2018-03-05", places=[RAJU, ANKARA],
                        dates=[("20 كانون الثاني الماضي", "2018-01-20", "day")]))
    tc = [e for e in evs if e["type"] == "territory_change"]
    assert [(e["date"], e["date_source"]) for e in tc] == [("2018-03-05", "published")]
    t = ("سيطرت القوات على بلدة خان طومان ضمن الحملة العسكرية التي بدأتها في 5 أيار، وفق مصدر عسكري لسانا.")
    evs = _run(ex, _doc(t, published="2024-06-10", places=[KHAN_TOUMAN], dates=[("5 أيار", "2024-05-05", "day")]))
    assert [e["date"] for e in evs if e["type"] == "territory_change"] == ["2024-06-10"]


def test_a_sentence_that_goes_on_with_the_report_keeps_its_day(ex):
    t = ("تصدت وحدات من الجيش أمس لهجوم واسع على محور ضاحية الأسد، بحسب مصدر ميداني. وذكر المصدر أن "
         "الطيران الحربي ضرب بغارات متتالية طرق إمداد المسلحين في بلدة خان طومان.")
    evs = _run(ex, _doc(t, places=[ASAD_SUBURB, KHAN_TOUMAN], dates=[("أمس", "2024-03-04", "day")]))
    assert [(e["type"], e["date"]) for e in evs if e["type"] == "airstrike"] == [("airstrike", "2024-03-04")]
    # a sentence with a day of its own keeps it; one that does not go on with the report takes none
    t = ("قصفت قوات النظام بلدة خان طومان أمس، بحسب المرصد. وأضاف المرصد أن الطيران استهدف اليوم محور "
         "ضاحية الأسد.")
    evs = _run(ex, _doc(t, places=[KHAN_TOUMAN, ASAD_SUBURB],
                        dates=[("أمس", "2024-03-04", "day"), ("اليوم", "2024-03-05", "day")]))
    assert [e["date"] for e in evs if e["type"] == "airstrike"] == ["2024-03-05"]
    t = "قصفت قوات النظام بلدة خان طومان أمس. واستهدف الطيران محور ضاحية الأسد."
    evs = _run(ex, _doc(t, places=[KHAN_TOUMAN, ASAD_SUBURB], dates=[("أمس", "2024-03-04", "day")]))
    assert [e["date_source"] for e in evs if e["type"] == "airstrike"] == ["published"]


# -- where most of them came from is no place of the event --------------------------------------
def test_where_most_returnees_came_from_is_not_the_place(ex):
    t = ("قالت المفوضية إن أكثر من 300 ألف لاجئ عادوا إلى سوريا خلال العام الماضي، أغلبهم قدموا من تركيا ولبنان.")
    evs = _run(ex, _doc(t, quantities=[("أكثر من 300 ألف", 300000, None, "لاجئ")], places=[TURKEY, LEBANON],
                        dates=[("العام الماضي", "2023", "year")]))
    assert [(e["type"], _place(e)) for e in evs] == [("other", None)]


AIN_ISSA = ("عين عيسى", "C67", "Ayn Issa", "Raqqa")
JABLEH = ("جبلة", "C68", "Jableh", "Latakia")


def test_a_kill_told_the_sentence_after_with_the_act_named_again_is_its_dead(ex):
    t = ("قصفت المدفعية التركية مواقع لقسد قرب بلدة عين عيسى. وأعلنت الدفاع التركية «تحييد» 14 "
         "عنصراً في القصف.")
    evs = _run(ex, _doc(t, quantities=[("14", 14, 14, "عنصر")], places=[AIN_ISSA]))
    assert [(e["type"], _fig(e["fatalities"])) for e in evs] == [("shelling", 14)]
    t = ("استهدفت وحدات الجيش بالمدفعية مواقع الإرهابيين في محيط بلدة اللطامنة. وأكد مصدر عسكري القضاء على "
         "20 إرهابياً في الاستهداف.")
    evs = _run(ex, _doc(t, quantities=[("20", 20, 20, "إرهابي")], places=[LATAMNEH]))
    assert [(e["type"], _fig(e["fatalities"])) for e in evs] == [("shelling", 20)]


def test_weapons_joined_to_the_means_of_an_attack_are_part_of_it(ex):
    t = ("هاجمت مجموعات مسلحة نقطة للأمن العام في ريف مدينة جبلة بالأسلحة الرشاشة والقذائف، ما أدى إلى "
         "استشهاد 6 عناصر.")
    evs = _run(ex, _doc(t, quantities=[("6", 6, 6, "عنصر")], places=[JABLEH]))
    assert [(e["type"], _fig(e["fatalities"])) for e in evs] == [("armed_clash", 6)]


def test_a_figure_right_before_its_trigger_noun_counts_it_even_after_a_date(ex):
    t = "ذكرت وزارة الدفاع في موسكو أن مقاتلاتها نفذت خلال الأسبوع الماضي 120 طلعة قتالية ضد مواقع المسلحين."
    evs = _run(ex, _doc(t, quantities=[("120", 120, 120, None)], dates=[("الأسبوع الماضي", "2024-W09", "week")]))
    assert [(e["type"], _fig(e["count"])) for e in evs] == [("airstrike", 120)]
    t = "قال التحالف الدولي إن طائراته شنت يوم الأحد 14 غارة على مواقع التنظيم قرب بلدة الكسرة."
    evs = _run(ex, _doc(t, quantities=[("14", 14, 14, None)], places=[KASRA],
                        dates=[("يوم الأحد", "2024-03-03", "day")]))
    assert [(e["type"], _fig(e["count"])) for e in evs] == [("airstrike", 14)]
    # a unit's number after a definite noun is still no figure
    t = "انشق عنصران من الفرقة 17 في ريف دير الزور الغربي."
    evs = _run(ex, _doc(t, quantities=[("17", 17, 17, None)], places=[W_DEIR]))
    assert [e["count"] for e in evs] == [None]


JURIN = ("معسكر جورين", "F42", "Jurin camp", "Hama", "facility")
HWEIZ = ("الحويز", "C69", "Al-Hweiz", "Hama")
QARDAHA = ("القرداحة", "C70", "Qardaha", "Latakia")
KURD_MT = ("جبل الأكراد", "R47", "Jabal al-Akrad", "Latakia", "region")


def test_the_place_after_the_origin_of_fire_is_where_it_fell(ex):
    t = "طال قصف مدفعي مصدره معسكر جورين قرية الحويز بسهل الغاب."
    evs = _run(ex, _doc(t, places=[JURIN, HWEIZ]))
    assert [(e["type"], _place(e)) for e in evs] == [("shelling", "الحويز")]
    t = "سقطت قذائف صاروخية مصدرها مواقع الفصائل في جبل الأكراد على مدينة القرداحة، ما أدى إلى إصابة 3 مدنيين."
    evs = _run(ex, _doc(t, quantities=[("3", 3, 3, "مدني")], places=[KURD_MT, QARDAHA]))
    assert [(e["type"], _place(e)) for e in evs] == [("shelling", "القرداحة")]
    # the origin alone is no place of the strike
    t = "قصف مدفعي مصدره معسكر جورين استهدف المنطقة أمس."
    evs = _run(ex, _doc(t, places=[JURIN], dates=[("أمس", "2024-03-04", "day")]))
    assert [_place(e) for e in evs if e["type"] == "shelling"] in ([None], [])
