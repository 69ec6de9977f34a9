"""The arguments of an act told in another clause (issue 10, stop 23): the place given before a
«، بينهم …،» aside, by a clause that a report goes on from, or by a place noun («المدينة»,
«المحافظة», «السجن») that stands for a place named earlier in the same sentence; places inside the
names of forces; figures told apart from their act («… آخرين» after «فيما», «تحييد N في قصف»,
«منذ بدء الهجوم», «أعلن N عنصراً انشقاقهم»). Our own sentences, each family in several house
styles (monitor, state agency, local outlet, wire, Kurdish agency); earlier layers built by hand."""
from __future__ import annotations

import pytest

from marsad.extract.events import EventExtractor

from test_events import _asserted, _bounds, _doc, _place, _run


@pytest.fixture(scope="module")
def ex():
    return EventExtractor()


def _seat(d, surface, pid, name_en, gov):
    """A town that is its governorate's seat (its district and governorate share one name)."""
    i = d.text.index(surface)
    d.add("places", {"start": i, "end": i + len(surface), "surface": surface, "id": pid, "name_ar": surface,
                     "name_en": name_en, "admin1_en": gov, "admin2_en": gov, "admin3_en": name_en,
                     "lat": 32.0, "lon": 36.0, "confidence": 0.9, "level": "locality", "kind": "locality",
                     "country": "SYR"})
    return d


TALBISEH = ("تلبيسة", "C61", "Talbiseh", "Homs")
N_HOMS = ("ريف حمص الشمالي", "R61", "northern Homs countryside", "Homs", "region")
NAWA = ("نوى", "C62", "Nawa", "Daraa")
W_DARAA = ("ريف درعا الغربي", "R62", "western Daraa countryside", "Daraa", "region")
TAFAS = ("طفس", "C63", "Tafas", "Daraa")
HOMS = ("حمص", "C64", "Homs", "Homs")
YARMOUK = ("اليرموك", "C65", "Yarmouk", "Damascus")
SHAM = ("الشام", "R63", "Levant", None, "region")
IRAQ = ("العراق", "IQ", "Iraq", None, "country")
TAL_TAMR = ("تل تمر", "C66", "Tal Tamr", "Al-Hasakah")
HOURAN = ("حوران", "R64", "Hauran", "Daraa", "region")
KAFRNABUDA = ("كفرنبودة", "C67", "Kafr Nabudah", "Hama")
JASIM = ("جاسم", "C68", "Jasim", "Daraa")
HAMA_PRISON = ("سجن حماة المركزي", "F61", "Hama Central Prison", "Hama", "facility")
KINDI = ("مشفى الكندي", "F62", "Al-Kindi Hospital", "Aleppo", "facility")
ALEPPO = ("حلب", "C69", "Aleppo", "Aleppo")
MOREK = ("مورك", "C70", "Morek", "Hama")
DARAYA = ("داريا", "C71", "Darayya", "Rif Dimashq")
DOUMA = ("دوما", "C72", "Douma", "Rif Dimashq")
BARZEH = ("حي برزة", "N61", "Barzeh", "Damascus", "neighbourhood")
HAMOURIYEH = ("حمورية", "C73", "Hamouriyah", "Rif Dimashq")
MAARSHOURIN = ("معرشورين", "C74", "Maarshurin", "Idlib")
SARAQIB = ("سراقب", "C75", "Saraqib", "Idlib")
HAMDANIYEH = ("حي الحمدانية", "N62", "Hamdaniyah", "Aleppo", "neighbourhood")
IDLIB_R = ("ريف إدلب", "R65", "Idlib countryside", "Idlib", "region")
INKHIL = ("إنخل", "C76", "Inkhil", "Daraa")
N_ALEPPO = ("ريف حلب الشمالي", "R66", "northern Aleppo countryside", "Aleppo", "region")


# -- a «، بينهم …،» aside is no clause break when the verb's preposition follows it ------------
@pytest.mark.parametrize("text,quants,places,where", [
    # a monitor's wording
    ("أفاد المرصد السوري لحقوق الإنسان بانشقاق 12 عنصراً، بينهم ملازم أول، عن حاجز لقوات النظام قرب "
     "بلدة تلبيسة في ريف حمص الشمالي.", [("12", 12, 12, "عنصر")], [TALBISEH, N_HOMS], "تلبيسة"),
    # a local outlet's
    ("انشق 40 جندياً، بينهم ثلاثة ضباط، من الفوج المتمركز قرب مدينة نوى في ريف درعا الغربي، كما ذكر ناشطون.",
     [("40", 40, 40, "جندي"), ("ثلاثة", 3, 3, "ضابط")], [NAWA, W_DARAA], "نوى"),
    # a wire's, the aside after the defectors' noun and its adjective
    ("قال مصدر عسكري معارض إن 19 عسكرياً سورياً، بينهم عقيد، انشقوا عن كتيبة قرب بلدة طفس أمس.",
     [("19", 19, 19, "عسكري")], [TAFAS], "طفس"),
])
def test_the_place_after_a_parts_aside_is_the_acts(ex, text, quants, places, where):
    evs = _asserted(_run(ex, _doc(text, quantities=quants, places=places)))
    assert [(e["type"], _place(e)) for e in evs] == [("defection", where)]


def test_an_aside_that_closes_its_clause_gives_no_place_of_a_new_clause(ex):
    t = ("وثقت الشبكة السورية مقتل 320 مدنياً في كانون الأول الماضي، منهم 40 طفلاً، لافتة إلى أن مدينة حمص "
         "سجلت العدد الأكبر.")
    d = _doc(t, published="2013-01-05", quantities=[("320", 320, 320, "مدني"), ("40", 40, 40, "طفل")],
             places=[HOMS], dates=[("كانون الأول الماضي", "2012-12", "month")])
    (e,) = _run(ex, d)
    assert (e["type"], e["kind"], _place(e)) == ("casualties", "aggregate", None)


# -- names inside names are not places ---------------------------------------------------------
def test_a_place_in_a_brigades_name_is_not_the_clashs_place(ex):
    t = "قتل 9 مقاتلين من لواء شهداء اليرموك في اشتباكات مع فصائل المعارضة."
    evs = _asserted(_run(ex, _doc(t, quantities=[("9", 9, 9, "مقاتل")], places=[YARMOUK])))
    assert [(e["type"], _bounds(e["fatalities"]), _place(e)) for e in evs] == [("armed_clash", (9, 9), None)]
    t = "اندلعت اشتباكات عنيفة بين مقاتلي لواء شهداء اليرموك وفصائل المعارضة أسفرت عن مقتل 9 مقاتلين."
    evs = _asserted(_run(ex, _doc(t, quantities=[("9", 9, 9, "مقاتل")], places=[YARMOUK])))
    assert [(e["type"], _bounds(e["fatalities"]), _place(e)) for e in evs] == [("armed_clash", (9, 9), None)]


def test_a_place_in_a_factions_listed_name_is_not_the_place(ex):
    t = "قتل 5 عناصر من حركة أحرار الشام في اشتباكات مع تنظيم داعش، بحسب ناشطين."
    evs = _asserted(_run(ex, _doc(t, quantities=[("5", 5, 5, "عنصر")], places=[SHAM])))
    assert [(e["type"], _place(e)) for e in evs] == [("armed_clash", None)]


def test_places_in_a_quoted_groups_name_are_not_the_place(ex):
    t = ("تصدت وحدات حماية الشعب لهجوم نفذه مقاتلو «تنظيم الدولة في العراق والشام» ليلاً ضد قرية تل تمر، "
         "وقتلت 9 منهم بحسب مراسلنا.")
    evs = _asserted(_run(ex, _doc(t, quantities=[("9", 9, 9, None)], places=[IRAQ, SHAM, TAL_TAMR])))
    assert [(e["type"], _place(e)) for e in evs] == [("armed_clash", "تل تمر")]
    # the village unknown to the gazetteer: the name's places are still not the place (stop 30: the village
    # named with its noun is, read from the text)
    evs = _asserted(_run(ex, _doc(t, quantities=[("9", 9, 9, None)], places=[IRAQ, SHAM])))
    assert [(e["type"], _place(e)) for e in evs] == [("armed_clash", "تل تمر")]
    t = "صد مقاتلو «جيش تحرير الشام» هجوماً للتنظيم، وقتلوا 11 من عناصره، وفق مراسلنا."
    evs = _asserted(_run(ex, _doc(t, quantities=[("11", 11, 11, None)], places=[SHAM])))
    assert [(e["type"], _place(e)) for e in evs] == [("armed_clash", None)]


def test_an_operation_rooms_region_is_not_the_place_but_a_preposition_makes_one(ex):
    t = "أعلنت غرفة عمليات حوران أسر 3 عناصر من قوات النظام خلال اشتباكات ليلية."
    evs = _asserted(_run(ex, _doc(t, quantities=[("3", 3, 3, "عنصر")], places=[HOURAN])))
    assert all(_place(e) is None for e in evs)
    t = "اندلعت اشتباكات ليلية بين الفصائل وجيش النظام في حوران أسفرت عن مقتل 3 عناصر."
    evs = _asserted(_run(ex, _doc(t, quantities=[("3", 3, 3, "عنصر")], places=[HOURAN])))
    assert [(e["type"], _place(e)) for e in evs] == [("armed_clash", "حوران")]


# -- a place noun standing for a place named before in its own sentence ------------------------
def test_the_province_noun_stands_for_its_seat_named_before(ex):
    t = ("سيطرت فصائل محلية على مبنى المحافظة في مدينة درعا، فيما ارتفع عدد القتلى في المحافظة منذ مطلع "
         "الشهر إلى 41 شخصاً، بحسب المرصد السوري.")
    d = _seat(_doc(t, published="2023-08-20", quantities=[("41", 41, 41, "شخص")]), "درعا", "C77", "Daraa", "Daraa")
    evs = _asserted(_run(ex, d))
    toll = next(e for e in evs if e["type"] == "casualties")
    assert (toll["kind"], _bounds(toll["fatalities"]), _place(toll)) == ("aggregate", (41, 41), "درعا")


def test_the_town_noun_after_a_parallel_story_with_its_own_figure(ex):
    # a monitor's «فيما» clause with its own toll
    t = ("سيطرت فصائل المعارضة على بلدة كفرنبودة، فيما قتل 12 جندياً للنظام في محيط البلدة، "
         "بحسب المرصد السوري.")
    evs = _asserted(_run(ex, _doc(t, quantities=[("12", 12, 12, "جندي")], places=[KAFRNABUDA])))
    assert [(e["type"], _place(e)) for e in evs] == [("territory_change", "كفرنبودة"),
                                                    ("casualties", "كفرنبودة")]
    # a local outlet's report clause with its own count
    t = "دخلت قوات الأمن مدينة جاسم صباح اليوم، فيما قالت مصادر محلية إن 14 شاباً اعتقلوا في أحياء المدينة الغربية."
    evs = _asserted(_run(ex, _doc(t, quantities=[("14", 14, 14, "شاب")], places=[JASIM])))
    assert ("arrest", "جاسم") in [(e["type"], _place(e)) for e in evs]


def test_the_prison_noun_stands_for_the_prison_named_before(ex):
    # a Kurdish agency's running toll of one attack on a hospital
    t = ("أعلنت قوات سوريا الديمقراطية انتهاء الاشتباكات في محيط مشفى الكندي بمدينة حلب بعد هجوم شنه مسلحون "
         "على المشفى، موضحة أن عدد المهاجمين القتلى منذ بدء الهجوم وصل إلى 35.")
    evs = _asserted(_run(ex, _doc(t, published="2022-01-30", quantities=[("35", 35, 35, None)],
                                  places=[KINDI, ALEPPO])))
    assert [(e["kind"], _bounds(e["fatalities"]), _place(e)) for e in evs] == [("incident", (35, 35), "مشفى الكندي")]
    # a wire's prison riot
    t = ("اندلع عصيان في سجن حماة المركزي أمس، وقال ناشطون إن قوات الأمن اعتقلت 20 سجيناً بعد هجوم على السجن.")
    evs = _asserted(_run(ex, _doc(t, quantities=[("20", 20, 20, "سجين")], places=[HAMA_PRISON])))
    assert ("arrest", "سجن حماة المركزي") in [(e["type"], _place(e)) for e in evs]


def test_a_place_noun_does_not_place_a_cause_but_places_a_parallel_act(ex):
    t = ("ارتفع إلى 90 عدد الضحايا المدنيين في حلب منذ بداية التصعيد، جراء الغارات المتبادلة "
         "بين أحياء المدينة، بحسب المرصد السوري.")
    evs = _asserted(_run(ex, _doc(t, quantities=[("90", 90, 90, "مدني")], places=[ALEPPO])))
    assert [(e["type"], e["kind"]) for e in evs] == [("casualties", "aggregate")]
    t = ("استهدفت مدفعية النظام بلدة كفرنبودة، فقتلت 4 مدنيين، فيما استمرت المواجهات عند أطراف "
         "البلدة.")
    evs = _asserted(_run(ex, _doc(t, quantities=[("4", 4, 4, "مدني")], places=[KAFRNABUDA])))
    # stop 31: the parallel clashes «فيما استمرت المواجهات عند أطراف البلدة» are an act at the town (the seen gold
    # codes them so in sets 4, 9, 12, 19, 29, 48; only set 2's q01 left them out); the cause stays unplaced
    assert [(e["type"], _place(e)) for e in evs] == [("shelling", "كفرنبودة"), ("armed_clash", "كفرنبودة")]
    t = "نزح أكثر من 3 آلاف مدني من بلدة كفرنبودة خلال يومين، هرباً من القصف المتواصل على البلدة."
    evs = _asserted(_run(ex, _doc(t, quantities=[("أكثر من 3 آلاف", 3000, None, "مدني")], places=[KAFRNABUDA])))
    assert [(e["type"], _place(e)) for e in evs] == [("other", "كفرنبودة")]


def test_a_place_noun_does_not_take_a_place_of_another_kind(ex):
    # «المدينة» with only a region named before: no town to stand for
    t = "شنت الطائرات الحربية غارات عدة على ريف حمص الشمالي، فيما اعتقلت قوات الأمن 30 شاباً داخل المدينة."
    evs = _asserted(_run(ex, _doc(t, quantities=[("30", 30, 30, "شاب")], places=[N_HOMS])))
    arrest = next(e for e in evs if e["type"] == "arrest")
    assert _place(arrest) is None


# -- a report that goes on with the story of the clause before it ------------------------------
@pytest.mark.parametrize("text,quants,places,where,typ", [
    # a state agency's
    ("واصلت وحدات من الجيش عملياتها ضد الإرهابيين في بلدة مورك بريف حماة، وأفاد مصدر عسكري بأن الوحدات قضت "
     "على 22 إرهابياً ودمرت أوكاراً لهم.", [("22", 22, 22, "إرهابي")], [MOREK], "مورك", "armed_clash"),
    # a monitor's
    ("تتواصل المعارك في مدينة داريا منذ الصباح، وقال المرصد السوري إن قوات النظام اعتقلت 16 شخصاً.",
     [("16", 16, 16, "شخص")], [DARAYA], "داريا", "arrest"),
    # a wire's, a participle of reporting
    ("شهدت مدينة دوما قصفاً عنيفاً صباح اليوم، مضيفاً أن قوات الأمن اعتقلت 9 شبان.",
     [("9", 9, 9, "شاب")], [DOUMA], "دوما", "arrest"),
])
def test_a_report_goes_on_where_the_clause_before_it_was(ex, text, quants, places, where, typ):
    evs = _asserted(_run(ex, _doc(text, quantities=quants, places=places)))
    assert (typ, where) in [(e["type"], _place(e)) for e in evs]


def test_a_report_with_a_place_of_its_own_keeps_it(ex):
    t = "قصفت الطائرات الحربية مدينة دوما، وقال ناشطون إن قوات النظام اعتقلت 30 شاباً في حي برزة."
    evs = _asserted(_run(ex, _doc(t, quantities=[("30", 30, 30, "شاب")], places=[DOUMA, BARZEH])))
    assert [(e["type"], _place(e)) for e in evs] == [("airstrike", "دوما"), ("arrest", "حي برزة")]


# -- figures split from their act --------------------------------------------------------------
@pytest.mark.parametrize("text,quants,places,typ,dead,hurt", [
    # a monitor's
    ("قتل 12 مدنياً بقصف جوي روسي على سوق بلدة معرشورين في ريف إدلب الجنوبي، فيما أصيب 30 آخرون بجروح "
     "متفاوتة، وفق المرصد السوري.", [("12", 12, 12, "مدني"), ("30", 30, 30, None)], [MAARSHOURIN],
     "airstrike", 12, 30),
    # a state agency's
    ("استشهد 6 مواطنين بقذائف صاروخية أطلقها الإرهابيون على حي الحمدانية وسط حلب، في حين "
     "أصيب 15 آخرون، بحسب مصدر في قيادة الشرطة.", [("6", 6, 6, "مواطن"), ("15", 15, 15, None)],
     [HAMDANIYEH, ALEPPO], "shelling", 6, 15),
    # a wire's
    ("قتل ثمانية مدنيين في غارات على مدينة سراقب، بينما جرح نحو عشرين آخرين، بحسب الدفاع المدني.",
     [("ثمانية", 8, 8, "مدني"), ("نحو عشرين", 20, 20, None)], [SARAQIB], "airstrike", 8, 20),
])
def test_others_hurt_after_a_parallel_word_are_the_same_acts(ex, text, quants, places, typ, dead, hurt):
    evs = _asserted(_run(ex, _doc(text, quantities=quants, places=places)))
    assert [(e["type"], _bounds(e["fatalities"]), _bounds(e["injured"])) for e in evs] == \
        [(typ, (dead, dead), (hurt, hurt))]


def test_hurt_in_another_act_after_a_parallel_word_stay_apart(ex):
    t = "قتل 12 مدنياً بقصف جوي على بلدة معرشورين، فيما أصيب 4 أطفال بانفجار لغم في بلدة سراقب."
    evs = _asserted(_run(ex, _doc(t, quantities=[("12", 12, 12, "مدني"), ("4", 4, 4, "طفل")],
                                  places=[MAARSHOURIN, SARAQIB])))
    assert [(e["type"], _place(e)) for e in evs] == [("airstrike", "معرشورين"), ("explosion", "سراقب")]
    assert evs[0]["injured"] is None


@pytest.mark.parametrize("text,quants,places,typ,dead", [
    # a ministry's wording
    ("ذكرت وزارة الدفاع التركية أنها حيدت 34 عنصراً من قوات النظام في قصف مدفعي على نقاطهم في ريف إدلب.",
     [("34", 34, 34, "عنصر")], [IDLIB_R], "shelling", 34),
    # a wire's: an airstrike by «بـ»
    ("أعلنت فصائل المعارضة القضاء على 7 عناصر من قوات النظام بغارة جوية لطائرة مسيرة في ريف إدلب.",
     [("7", 7, 7, "عنصر")], [IDLIB_R], "airstrike", 7),
    # a local outlet's: «خلال» a shelling
    ("أعلنت غرفة العمليات تحييد 15 عنصراً من الميليشيات خلال قصف صاروخي على بلدة سراقب.",
     [("15", 15, 15, "عنصر")], [SARAQIB], "shelling", 15),
])
def test_a_kill_told_with_the_act_it_fell_in_is_that_acts(ex, text, quants, places, typ, dead):
    evs = _asserted(_run(ex, _doc(text, quantities=quants, places=places)))
    assert [(e["type"], _bounds(e["fatalities"])) for e in evs] == [(typ, (dead, dead))]


@pytest.mark.parametrize("text,places", [
    # a wire's
    ("قال عمال إنقاذ إن القصف على بلدة حمورية تواصل لليوم الخامس، وإن عدد القتلى منذ بدء القصف ارتفع إلى "
     "120 شخصاً.", [HAMOURIYEH]),
    # a state agency's
    ("تصدت وحدات الجيش لهجوم شنه إرهابيون على بلدة مورك، وأكد مصدر عسكري أن عدد القتلى منذ بدء الهجوم "
     "بلغ 120 إرهابياً.", [MOREK]),
])
def test_a_toll_since_the_start_of_the_act_told_before_is_its_running_toll(ex, text, places):
    evs = _asserted(_run(ex, _doc(text, quantities=[("120", 120, 120, "شخص")], places=places)))
    assert [(e["kind"], _bounds(e["fatalities"]), _place(e)) for e in evs] == \
        [("incident", (120, 120), places[0][0])]


def test_a_toll_since_a_campaign_began_stays_a_sum(ex):
    t = "ذكرت أنقرة أن عدد المسلحين المحيدين منذ بدء عملية نبع السلام وصل إلى 1080."
    evs = _asserted(_run(ex, _doc(t, quantities=[("1080", 1080, 1080, "مسلح")])))
    assert [(e["type"], e["kind"]) for e in evs] == [("casualties", "aggregate")]


@pytest.mark.parametrize("text,quants,low,high", [
    # a local outlet's
    ("أعلن 45 مجنداً من الفرقة الخامسة انشقاقهم عن جيش النظام في مدينة إنخل، بحسب ناشطين.",
     [("45", 45, 45, "مجند")], 45, 45),
    # an opposition channel's, with a bound
    ("أعلن أكثر من 20 ضابطاً انشقاقهم وانضمامهم إلى الجيش الحر في ريف حلب الشمالي.",
     [("أكثر من 20", 20, None, "ضابط")], 20, None),
    # a wire's, the report's source named first
    ("قال ناشطون إن قوات النظام انسحبت من مدينة إنخل، فيما أعلن نحو 30 عنصراً انشقاقهم عن اللواء 15.",
     [("نحو 30", 30, 30, "عنصر")], 30, 30),
])
def test_a_figure_announcing_its_own_defection_is_its_count(ex, text, quants, low, high):
    d = _doc(text, quantities=quants, places=[p for p in (INKHIL, N_ALEPPO) if p[0] in text])
    evs = [e for e in _asserted(_run(ex, d)) if e["type"] == "defection"]
    assert [(_bounds(e["count"])) for e in evs] == [(low, high)]
    rb = evs[0]["reported_by"] or {}
    assert not rb.get("surface", "").startswith(("أكثر", "نحو"))


# -- probe set 11's families, in our own sentences ---------------------------------------------
IZRA = ("إزرع", "C78", "Izra", "Daraa")
JINDIRES = ("جنديرس", "S61", "Jindires", "Aleppo", "subdistrict")
AFRIN = ("عفرين", "C79", "Afrin", "Aleppo")
MED = ("البحر المتوسط", "X61", "Mediterranean Sea", None, None)  # (the places layer gives a sea no level)
T4 = ("مطار التيفور", "F63", "Tiyas Airbase", "Homs", "facility")
MAYADIN = ("الميادين", "C80", "Al-Mayadin", "Deir ez-Zor")
JABLEH_R = ("ريف جبلة", "R67", "Jableh countryside", "Latakia", "region")
BEIT_ANA = ("بيت عانا", "C81", "Beit Ana", "Latakia")
SAHNAYA = ("أشرفية صحنايا", "C82", "Ashrafiyat Sahnaya", "Rif Dimashq")


@pytest.mark.parametrize("text,quants,typ,dead", [
    # a wire's: fire on protesters, then «فـ» and the fall of the dead
    ("فتحت قوات الأمن الرصاص على آلاف المتظاهرين في مدينة إزرع بعد صلاة الجمعة، فسقط 12 قتيلاً على الأقل.",
     [("آلاف", 2000, 9000, "متظاهر"), ("12", 12, 12, "قتيل")], "protest", 12),
    # a monitor's
    ("فرقت قوات الأمن بالرصاص الحي تظاهرة خرجت في مدينة إزرع، فقتل 6 متظاهرين.",
     [("6", 6, 6, "متظاهر")], "protest", 6),
    # a local outlet's: a strike, then «فأوقعت»
    ("شنت طائرات حربية غارة على سوق مدينة إزرع، فأوقعت 9 قتلى بين المدنيين.",
     [("9", 9, 9, "قتيل")], "airstrike", 9),
    # a revolutionary network's: «ما أدى لسقوط N شهيداً»
    ("ألقت الطائرات المروحية للنظام براميل على مدينة إزرع، ما أدى لسقوط 11 شهيداً.",
     [("11", 11, 11, "شهيد")], "airstrike", 11),
])
def test_deaths_told_after_fa_are_the_result_of_the_act_before(ex, text, quants, typ, dead):
    evs = _asserted(_run(ex, _doc(text, quantities=quants, places=[IZRA])))
    assert [(e["type"], _fig_low(e["fatalities"])) for e in evs] == [(typ, dead)]


def _fig_low(r):
    return None if r is None else r["low"]


@pytest.mark.parametrize("text,places,where", [
    # a Turkish agency's
    ("سيطر الجيش التركي والفصائل الحليفة له على ناحية جنديرس جنوب غرب عفرين.",
     [JINDIRES, AFRIN], "جنديرس"),
    # a monitor's
    ("قصفت مدفعية النظام بلدة إزرع شمال مدينة الميادين.", [IZRA, MAYADIN], "إزرع"),
    # a local outlet's, a place noun in the bearing
    ("اعتقلت دورية أمنية 8 شبان في قرية بيت عانا شرق بلدة إزرع.", [BEIT_ANA, IZRA], "بيت عانا"),
])
def test_the_point_a_bearing_is_taken_from_is_not_the_place(ex, text, places, where):
    q = [("8", 8, 8, "شاب")] if "8" in text else []
    evs = _asserted(_run(ex, _doc(text, quantities=q, places=places)))
    assert [_place(e) for e in evs] == [where]


@pytest.mark.parametrize("text", [
    # a state agency's
    "أفاد مصدر عسكري بأن طائرات العدو نفذت فجر اليوم غارات جوية من اتجاه البحر المتوسط مستهدفة مطار التيفور.",
    # a wire's
    "قالت وسائل إعلام رسمية إن طائرات إسرائيلية شنت غارة من جهة البحر المتوسط على مطار التيفور.",
    # a monitor's
    "رصد المرصد السوري ضربات جوية إسرائيلية انطلقت من أجواء البحر المتوسط واستهدفت مطار التيفور.",
])
def test_where_aircraft_came_from_is_not_where_they_struck(ex, text):
    evs = _asserted(_run(ex, _doc(text, places=[MED, T4])))
    assert [(e["type"], _place(e)) for e in evs] == [("airstrike", "مطار التيفور")]


def test_the_date_a_campaign_began_dates_the_period_not_the_next_sentences_act(ex):
    t = ("أوضحت رئاسة الأركان التركية أن قواتها حيّدت 1500 إرهابي منذ انطلاق هجومها على عفرين يوم السبت "
         "20 كانون الثاني الماضي. وأضاف البيان أن القوات سيطرت على مركز ناحية جنديرس.")
    d = _doc(t, published="2018-03-11", quantities=[("1500", 1500, 1500, "إرهابي")], places=[AFRIN, JINDIRES],
             dates=[("20 كانون الثاني الماضي", "2018-01-20", "day")])
    evs = _asserted(_run(ex, d))
    toll = next(e for e in evs if e["type"] == "casualties")
    took = next(e for e in evs if e["type"] == "territory_change")
    assert toll["kind"] == "aggregate" and toll["period"]["start"] == "2018-01-20"
    assert (took["date"], took["date_source"]) == ("2018-03-11", "published")
    # «منذ … حتى نهاية تموز»: the date after «حتى» closes the period
    t = "قالت منظمة حقوقية إن 3000 منزل دمر في المدينة منذ بداية الحملة حتى نهاية تموز الماضي."
    d = _doc(t, published="2013-08-10", quantities=[("3000", 3000, 3000, "منزل")],
             dates=[("تموز الماضي", "2013-07", "month")])
    evs = _run(ex, d)
    assert all(e["period"] is None or e["period"].get("start") != "2013-07" for e in evs)


@pytest.mark.parametrize("text,places,where", [
    # a security directorate's: the area noun stands for the region the village was placed in
    ("ذكرت مديرية الأمن أن 9 عناصر قتلوا بكمين عند قرية بيت عانا من ريف جبلة، مضيفة أن تعزيزات أمنية "
     "وصلت إلى المنطقة.", [BEIT_ANA, JABLEH_R], "ريف جبلة"),
    # a monitor's: a destination after «فيما»
    ("قتل 10 أشخاص في اشتباكات في بلدة أشرفية صحنايا، فيما قالت وزارة الداخلية إنها أرسلت قوات إضافية إلى محيط "
     "البلدة.", [SAHNAYA], "أشرفية صحنايا"),
    # a wire's
    ("اندلعت اشتباكات في مدينة جاسم صباح اليوم، بينما أرسلت القوات الحكومية تعزيزات باتجاه المدينة.",
     [JASIM], "جاسم"),
])
def test_reinforcements_sent_to_a_place_noun_go_to_the_place_named_before(ex, text, places, where):
    q = [(n, int(n), int(n), None) for n in ("9", "10") if n in text]
    evs = _asserted(_run(ex, _doc(text, quantities=q, places=places)))
    assert ("reinforcement", where) in [(e["type"], _place(e)) for e in evs]


@pytest.mark.parametrize("text,quants", [
    # a state agency's: devices dismantled after the kill
    ("قضت وحدات الجيش على أعداد من الإرهابيين في بلدة مورك، وفككت عشرات العبوات الناسفة في شوارعها.",
     [("عشرات", 20, 90, "عبوات")]),
    # a monitor's: mines cleared
    ("قتلت القوات الحكومية مسلحين في بلدة مورك، ونزعت 40 ألغام من محيطها.", [("40", 40, 40, "ألغام")]),
    # a wire's: tanks destroyed
    ("قضى الجيش على عناصر التنظيم في بلدة مورك ودمر 5 دبابات.", [("5", 5, 5, "دبابات")]),
])
def test_a_plural_of_things_is_no_death_toll(ex, text, quants):
    evs = _asserted(_run(ex, _doc(text, quantities=quants, places=[MOREK])))
    assert all(e["fatalities"] is None for e in evs)


@pytest.mark.parametrize("text,quants,n", [
    # a Turkish official's: arrival, then «بعد انشقاقهم»
    ("دخل 11 ضابطاً سورياً، منهم ثلاثة برتبة عميد، الأراضي التركية ليل الخميس، عقب انشقاقهم عن جيش النظام.",
     [("11", 11, 11, "ضابط")], 11),
    # a local outlet's
    ("فرّ 25 مجنداً إلى مناطق المعارضة في ريف حلب الشمالي عقب انشقاقهم عن الفرقة 17.", [("25", 25, 25, "مجند")], 25),
    # a wire's
    ("عبر نحو 40 عسكرياً الحدود الأردنية فجر اليوم إثر انشقاقهم عن جيش النظام في درعا.",
     [("نحو 40", 40, 40, "عسكري")], 40),
])
def test_defectors_counted_before_a_time_clause_of_their_defection(ex, text, quants, n):
    evs = [e for e in _asserted(_run(ex, _doc(text, quantities=quants))) if e["type"] == "defection"]
    assert [_bounds(e["count"]) for e in evs] == [(n, n)]


def test_a_place_after_a_backers_word_and_an_act_is_the_acts(ex):
    t = "اتهمت «قسد» فصائل موالية للسلطات بقصف حي الشيخ مقصود بالهاون وجرح خمسة مدنيين."
    d = _doc(t, quantities=[("خمسة", 5, 5, "مدني")],
             places=[("حي الشيخ مقصود", "N63", "Sheikh Maqsoud", "Aleppo", "neighbourhood")])
    evs = _asserted(_run(ex, d))
    assert [(e["type"], _place(e)) for e in evs] == [("shelling", "حي الشيخ مقصود")]
    t = "قال مسؤول في الحكومة بدمشق إن الطائرات قصفت بلدة مورك."
    evs = _asserted(_run(ex, _doc(t, places=[("دمشق", "C83", "Damascus", "Damascus"), MOREK])))
    assert [(e["type"], _place(e)) for e in evs] == [("airstrike", "مورك")]



def test_a_campaigns_toll_since_a_storming_is_not_the_running_toll_of_a_shelling(ex):
    t = ("ذكرت الهيئة العامة للثورة أن 35 شخصاً قتلوا في قصف على بلدة مورك، لترتفع حصيلة الحملة على البلدة "
         "منذ بدء الاقتحام إلى 85 قتيلاً.")
    evs = _asserted(_run(ex, _doc(t, quantities=[("35", 35, 35, "شخص"), ("85", 85, 85, "قتيل")], places=[MOREK])))
    got = sorted((e["type"], e["kind"], _bounds(e["fatalities"])) for e in evs)
    assert got == [("casualties", "aggregate", (85, 85)), ("shelling", "incident", (35, 35))]


@pytest.mark.parametrize("text,quants,dead,hurt", [
    # a civil-defence wording
    ("قتل 6 مدنيين، بينهم طفلان، وجرح 14 آخرون في غارات على مدينة سراقب، حسب الدفاع المدني.",
     [("6", 6, 6, "مدني"), ("طفلان", 2, 2, "طفل"), ("14", 14, 14, None)], 6, 14),
    # a monitor's
    ("قتل 11 مدنياً، من بينهم أربع نساء، وأصيب أكثر من 35 آخرين، إثر تفجير شاحنة ملغمة في مدينة سراقب.",
     [("11", 11, 11, "مدني"), ("أربع", 4, 4, "امرأة"), ("أكثر من 35", 35, None, None)], 11, 35),
])
def test_the_hurt_told_by_a_new_verb_after_a_parts_aside_are_no_part(ex, text, quants, dead, hurt):
    evs = _asserted(_run(ex, _doc(text, quantities=quants, places=[SARAQIB])))
    assert [(_fig_low(e["fatalities"]), _fig_low(e["injured"])) for e in evs] == [(dead, hurt)]


def test_a_second_complement_of_one_report_goes_on_where_the_first_was(ex):
    t = ("قال ناشطون إن الطيران الحربي شن غارات مكثفة على مدينة سراقب، وإن قوات الأمن اعتقلت 12 شاباً بعد "
         "الغارات.")
    evs = _asserted(_run(ex, _doc(t, quantities=[("12", 12, 12, "شاب")], places=[SARAQIB])))
    assert ("arrest", "سراقب") in [(e["type"], _place(e)) for e in evs]


URFA = ("شانلي أورفة", "T61", "Sanliurfa", None)
KOBANI = ("عين العرب", "C84", "Kobani", "Aleppo")


@pytest.mark.parametrize("text,places,where", [
    # a Turkish agency's
    ("ذكر مراسلنا أن نحو 3 آلاف سوري عبروا صباح اليوم الحدود نحو ولاية شانلي أورفة التركية، فراراً من هجوم التنظيم "
     "على مدينة عين العرب.", [URFA, KOBANI], "عين العرب"),
    # a UN agency's
    ("قالت المفوضية إن 3 آلاف شخص نزحوا من مدينة عين العرب إلى ولاية شانلي أورفة خلال يومين.", [KOBANI, URFA],
     "عين العرب"),
    # no Syrian place told: the only place the sentence gives stays
    ("وصل 3 آلاف لاجئ سوري إلى ولاية شانلي أورفة خلال يومين، بحسب الهلال الأحمر التركي.", [URFA], "شانلي أورفة"),
])
def test_people_who_fled_abroad_are_placed_where_they_fled_from(ex, text, places, where):
    d = _doc(text, quantities=[(q, 3000, 3000, None) for q in ("نحو 3 آلاف", "3 آلاف") if q in text][:1],
             places=places)
    for p in d["places"]:
        if p["surface"] == "شانلي أورفة":
            p["country"] = "TUR"
    evs = [e for e in _asserted(_run(ex, d)) if e["type"] == "other"]
    assert [_place(e) for e in evs] == [where]


RAQQA = ("الرقة", "C85", "Raqqa", "Raqqa")


@pytest.mark.parametrize("text,span,unit,dead", [
    # a monitor's
    ("أعلنت قوات سوريا الديمقراطية سيطرتها على مدينة الرقة، بعد أربعة أشهر من المعارك قتل خلالها أكثر من 3 آلاف "
     "مدني، وفق المرصد.", "أربعة أشهر", "month", ("أكثر من 3 آلاف", 3000, None, "مدني")),
    # a wire's
    ("سيطر الجيش على مدينة الرقة بعد ثلاثة أسابيع من الاشتباكات قتل فيها 400 مقاتل، بحسب مصادر عسكرية.",
     "ثلاثة أسابيع", "week", ("400", 400, 400, "مقاتل")),
    # a state agency's
    ("أنهت وحدات الجيش عملياتها في مدينة الرقة بعد عامين من الحصار قتل خلاله 900 إرهابي.",
     "عامين", "year", ("900", 900, 900, "إرهابي")),
])
def test_deaths_during_months_of_fighting_are_a_sum_not_the_takeovers(ex, text, span, unit, dead):
    d = _doc(text, quantities=[dead], places=[RAQQA])
    i = text.index(span)
    d.add("quantities", {"start": i, "end": i + len(span), "surface": span, "low": 2, "high": 2, "approx": False,
                         "kind": "duration", "unit": unit, "counted": None})
    evs = _asserted(_run(ex, d))
    toll = [e for e in evs if e["fatalities"] is not None]
    assert [(e["type"], e["kind"]) for e in toll] == [("casualties", "aggregate")]


def test_deaths_during_hours_of_clashes_stay_the_clashs(ex):
    t = "سيطر الجيش على بلدة مورك بعد ساعات من الاشتباكات قتل خلالها 12 مسلحاً."
    evs = _asserted(_run(ex, _doc(t, quantities=[("12", 12, 12, "مسلح")], places=[MOREK])))
    assert [(e["kind"], _fig_low(e["fatalities"])) for e in evs if e["fatalities"]] == [("incident", 12)]
