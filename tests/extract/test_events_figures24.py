"""Figures and dates told apart from their act (issue 10, stop 24): a toll since the start of the
act told before is that act's («فيما أحصى المرصد مقتل N منذ اندلاع المواجهات»); a running total's
period is its own, not the act's before it («تحييد N أمس، ليرتفع عدد … منذ انطلاق العملية في …»);
«من صباح أمس» is no span; «أودى انفجار … بحياة N» counts the dead; a force «قادمة من X إلى Y»
arrives at Y; defectors who only arrive abroad are placed where they arrived; one more hurt after
«فيما» with no place of its own is the act's; the places of a share of a sum are a breakdown; the
year in a decree's name dates nothing. Our own sentences in several house styles (monitor, state
agency, local outlet, wire, Kurdish and Turkish agencies); earlier layers by hand."""
from __future__ import annotations

import pytest

from marsad.extract.events import EventExtractor

from test_events import _asserted, _bounds, _doc, _place, _run


@pytest.fixture(scope="module")
def ex():
    return EventExtractor()


TALBISEH = ("تلبيسة", "C91", "Talbiseh", "Homs")
N_HOMS = ("ريف حمص الشمالي", "R91", "northern Homs countryside", "Homs", "region")
MAARET = ("معرة النعمان", "C92", "Maarat al-Numan", "Idlib")
DARAYA = ("داريا", "C93", "Darayya", "Rif Dimashq")
AFRIN = ("عفرين", "D91", "Afrin", "Aleppo", "district")
RAQQA_R = ("ريف الرقة", "R92", "Raqqa countryside", "Raqqa", "region")
DEIR_R = ("ريف دير الزور", "R93", "Deir ez-Zor countryside", "Deir ez-Zor", "region")
HASAKAH = ("الحسكة", "C94", "Al-Hasakah", "Al-Hasakah")
SHADDADI = ("الشدادي", "C95", "Al-Shaddadi", "Al-Hasakah")
HOMS = ("حمص", "C96", "Homs", "Homs")
RASTAN = ("الرستن", "C97", "Ar-Rastan", "Homs")
MANBIJ = ("منبج", "C98", "Manbij", "Aleppo")
JARABLUS = ("جرابلس", "C99", "Jarabulus", "Aleppo")
TURKEY = ("تركيا", "TR", "Turkey", None, "country")
HAMA_R = ("ريف حماة", "R94", "Hama countryside", "Hama", "region")
IDLIB_R = ("ريف إدلب", "R95", "Idlib countryside", "Idlib", "region")
ALBAB = ("الباب", "C100", "Al-Bab", "Aleppo")
QAMISHLI = ("القامشلي", "C101", "Qamishli", "Al-Hasakah")
AMUDA = ("عامودا", "C102", "Amuda", "Al-Hasakah")


# -- a toll since the start of the act told before is its own, «فيما» or not ---------------------
@pytest.mark.parametrize("text,places,where", [
    # a monitor's: a tally verb after «فيما»
    ("تتواصل الاشتباكات العنيفة بين قوات النظام والفصائل في محيط بلدة تلبيسة، فيما أحصى المرصد السوري مقتل "
     "27 عنصراً من الطرفين منذ اندلاع الاشتباكات.", [TALBISEH], "تلبيسة"),
    # a wire's: «بينما» and «منذ بدء الهجوم»
    ("قال مسؤولون محليون إن الهجوم على مدينة معرة النعمان ما زال مستمراً، بينما أحصت مصادر طبية 27 قتيلاً "
     "منذ بدء الهجوم.", [MAARET], "معرة النعمان"),
    # a local outlet's: «في حين» and a toll word
    ("تجددت المواجهات بين قوات النظام ومقاتلين محليين في مدينة داريا، في حين بلغت حصيلة القتلى 27 شخصاً "
     "منذ اندلاع المواجهات.", [DARAYA], "داريا"),
])
def test_a_toll_since_the_act_began_is_the_acts_running_toll(ex, text, places, where):
    d = _doc(text, places=places, quantities=[("27", 27, 27, "شخص")])
    evs = _asserted(_run(ex, d))
    assert [(e["kind"], _bounds(e["fatalities"]), _place(e)) for e in evs] == [("incident", (27, 27), where)]


# -- a running total's period is its own -----------------------------------------------------------
@pytest.mark.parametrize("text,quants,dates,first,total", [
    # a Turkish agency's
    ("أعلنت رئاسة الأركان التركية تحييد 12 إرهابياً أمس في منطقة عفرين، ليرتفع عدد المسلحين المحيدين منذ "
     "بدء الهجوم البري في 20 كانون الثاني إلى 900.", [("12", 12, 12, "إرهابي"), ("900", 900, 900, None)],
     [("أمس", "2018-02-10", "day"), ("20 كانون الثاني", "2018-01-20", "day")], 12, 900),
    # a Kurdish agency's
    ("قتلت قواتنا 8 مرتزقة في اشتباكات اليوم بريف الرقة، ليصل عدد قتلى المرتزقة منذ بدء الحملة في 4 حزيران "
     "إلى 310.", [("8", 8, 8, "مرتزق"), ("310", 310, 310, None)],
     [("اليوم", "2018-02-11", "day"), ("4 حزيران", "2017-06-04", "day")], 8, 310),
    # a monitor's, the total with its verb first
    ("وثق المرصد مقتل 5 جنود من جيش النظام اليوم بريف دير الزور، ليرتفع إلى 210 عدد قتلاه منذ مطلع "
     "كانون الثاني 2018.", [("5", 5, 5, "عنصر"), ("210", 210, 210, None)],
     [("اليوم", "2018-02-11", "day"), ("كانون الثاني 2018", "2018-01", "month")], 5, 210),
])
def test_a_running_totals_period_is_not_the_acts_before_it(ex, text, quants, dates, first, total):
    d = _doc(text, published="2018-02-11", quantities=quants, dates=dates,
             places=[p for p in (AFRIN, RAQQA_R, DEIR_R) if p[0] in text])
    evs = _asserted(_run(ex, d))
    act = next(e for e in evs if (e["fatalities"] or e["count"] or {}).get("low") == first)
    assert act["kind"] == "incident" and act["date"] == dates[0][1] and act["period"] is None
    agg = next(e for e in evs if (e["fatalities"] or e["count"] or {}).get("low") == total)
    assert agg["kind"] == "aggregate" and agg["period"]["start"] == dates[1][1]


# -- «من» before a part of the day opens no span ------------------------------------------------
@pytest.mark.parametrize("text,when", [
    # a state agency's
    ("ذكر مصدر عسكري أن الطيران الحربي شن نحو الساعة الحادية عشرة من صباح أمس الإثنين غارة على مدينة "
     "الرستن أدت إلى مقتل 4 مسلحين.", "صباح أمس الإثنين"),
    # a wire's
    ("قال شهود إن طائرة مسيرة قصفت في الساعة الثالثة من فجر اليوم موقعاً في مدينة الرستن، وقتلت 4 أشخاص.",
     "فجر اليوم"),
    # a local outlet's
    ("استهدفت غارة جوية عند العاشرة من مساء أمس منزلاً في مدينة الرستن، وقتلت 4 مدنيين بحسب ناشطين.",
     "مساء أمس"),
])
def test_an_hour_of_a_day_is_no_period(ex, text, when):
    d = _doc(text, published="2019-05-07", places=[RASTAN], quantities=[("4", 4, 4, "شخص")],
             dates=[(when, "2019-05-06" if "أمس" in when else "2019-05-07", "day")])
    evs = [e for e in _asserted(_run(ex, d)) if e["type"] == "airstrike"]
    assert [(e["kind"], e["date"], _bounds(e["fatalities"])) for e in evs] == \
        [("incident", "2019-05-06" if "أمس" in when else "2019-05-07", (4, 4))]


def test_from_a_day_to_another_is_still_a_period(ex):
    t = "وثق المرصد مقتل 400 مدني من 1 حزيران حتى 30 حزيران في عموم سوريا."
    d = _doc(t, published="2019-07-01", quantities=[("400", 400, 400, "مدني")],
             dates=[("1 حزيران", "2019-06-01", "day"), ("30 حزيران", "2019-06-30", "day")])
    evs = _asserted(_run(ex, d))
    assert [(e["kind"], e["period"]["start"], e["period"]["end"]) for e in evs] == \
        [("aggregate", "2019-06-01", "2019-06-30")]


# -- «أودى X … بحياة N» --------------------------------------------------------------------------
@pytest.mark.parametrize("text,typ", [
    # a local outlet's, the subject and a time aside between the verb and «بحياة»
    ("أودى انفجار دراجة مفخخة وسط مدينة الباب، ظهر اليوم، بحياة 9 مدنيين، وجرح 30 آخرون.", "explosion"),
    # a monitor's
    ("أودت غارة جوية روسية على بلدة في ريف إدلب، فجر اليوم الأحد، بحياة 9 أشخاص بينهم طفلان.", "airstrike"),
    # a wire's
    ("قال الدفاع المدني إن قصفاً مدفعياً على مدينة الباب أودى صباح اليوم بحياة 9 مدنيين.", "shelling"),
])
def test_lives_taken_are_the_acts_dead(ex, text, typ):
    qs = [("9", 9, 9, "مدني")] + ([("30", 30, 30, None)] if "30" in text else [])
    d = _doc(text, quantities=qs, places=[p for p in (ALBAB, IDLIB_R) if p[0] in text])
    evs = [e for e in _asserted(_run(ex, d)) if e["type"] == typ]
    assert [_bounds(e["fatalities"]) for e in evs] == [(9, 9)]
    assert not [e for e in _asserted(d["events"]) if e["type"] == "casualties"]


# -- where a force came from is not where it went --------------------------------------------------
@pytest.mark.parametrize("text,where", [
    # a monitor's
    ("دفعت قسد برتل من التعزيزات قادماً من الحسكة إلى بلدة الشدادي.", "الشدادي"),
    # a Kurdish agency's
    ("وصلت تعزيزات عسكرية آتية من مدينة الحسكة إلى بلدة الشدادي لتعزيز النقاط على خطوط التماس.", "الشدادي"),
    # a local outlet's, the place noun standing for the town named before
    ("اندلعت اشتباكات في بلدة الشدادي. ودفعت القوات بتعزيزات قادمة من الحسكة إلى أطراف البلدة.", "الشدادي"),
])
def test_a_reinforcement_is_where_it_went_not_where_it_came_from(ex, text, where):
    d = _doc(text, places=[HASAKAH, SHADDADI])
    evs = [e for e in _asserted(_run(ex, d)) if e["type"] == "reinforcement"]
    assert [_place(e) for e in evs] == [where]


# -- defectors placed where they arrived when the text says nothing else -----------------------
@pytest.mark.parametrize("text,where", [
    # a Turkish agency's
    ("وصل 12 عسكرياً سورياً منشقاً إلى تركيا فجر اليوم، بحسب مصدر في الخارجية التركية.", "تركيا"),
    # a local outlet's: where they defected is named: it stays the place
    ("انشق 12 عنصراً عن حاجز لقوات النظام في مدينة حمص، ثم فروا إلى تركيا بحسب ناشطين.", "حمص"),
    # a wire's
    ("قال مسؤول إن 12 جندياً سورياً منشقاً عبروا الحدود إلى تركيا الليلة الماضية.", "تركيا"),
])
def test_defectors_who_only_arrive_abroad_are_placed_where_they_arrived(ex, text, where):
    d = _doc(text, places=[p for p in (TURKEY, HOMS) if p[0] in text], quantities=[("12", 12, 12, "عسكري")])
    evs = [e for e in _asserted(_run(ex, d)) if e["type"] == "defection"]
    assert [(_place(e), _bounds(e["count"])) for e in evs] == [(where, (12, 12))]


def test_the_arrival_names_the_place_not_a_later_clause(ex):
    # a Turkish agency's: the camp of the running total is told after the arrival
    t = ("وصل 12 ضابطاً من جيش النظام، بينهم عقيدان، إلى ولاية كليس ليل السبت، بعد انشقاقهم عن قوات النظام، "
         "ليرتفع عدد الضباط المقيمين في مخيم الضباط إلى 40، بحسب مصدر رسمي.")
    kilis = ("ولاية كليس", "TR2", "Kilis Province", None, "governorate")
    camp = ("مخيم الضباط", "TR3", "Officers' camp", None, "camp")
    d = _doc(t, places=[kilis, camp], quantities=[("12", 12, 12, "ضابط"), ("40", 40, 40, "ضابط")])
    for p in d["places"]:
        p["country"] = "TUR"
    evs = [e for e in _asserted(_run(ex, d)) if e["type"] == "defection" and e["kind"] == "incident"]
    assert [(_place(e), _bounds(e["count"])) for e in evs] == [("ولاية كليس", (12, 12))]


# -- one more hurt after «فيما» with no place of its own --------------------------------------------
@pytest.mark.parametrize("text,places", [
    # a Kurdish agency's
    ("قتل مدنيان بقصف مسيرة تركية طال سيارة قرب مدينة عامودا، فيما أصيب طفل كان يمر بالمكان.",
     [AMUDA]),
    # a monitor's
    ("قتل جنديان من جيش النظام بانفجار لغم في ريف حماة، بينما أصيب ثالث بجروح خطيرة.", [HAMA_R]),
    # a wire's
    ("قتل شخصان في غارة جوية على منزل في مدينة القامشلي، فيما أصيبت امرأة نقلت إلى المستشفى.", [QAMISHLI]),
])
def test_one_more_hurt_after_a_parallel_word_is_the_acts(ex, text, places):
    d = _doc(text, places=places)
    evs = _asserted(_run(ex, d))
    assert len(evs) == 1 and evs[0]["type"] != "casualties"


def test_one_hurt_at_a_place_of_its_own_stays_apart(ex):
    t = "قتل مدنيان بقصف مدفعي على مدينة عامودا، فيما أصيب شاب برصاص قناص في مدينة القامشلي."
    d = _doc(t, places=[AMUDA, QAMISHLI])
    evs = _asserted(_run(ex, d))
    assert sorted(_place(e) for e in evs) == ["القامشلي", "عامودا"]


# -- the places of a share of a sum ----------------------------------------------------------------
@pytest.mark.parametrize("text", [
    # a rights network's
    "سجلت الشبكة إلقاء الطيران المروحي 500 برميل متفجر خلال شهر أيار، تركز معظمها على ريف حماة وريف إدلب.",
    # a monitor's
    "وثق المرصد تنفيذ الطائرات الروسية 500 غارة جوية خلال شهر أيار، استهدفت أغلبها ريف حماة وريف إدلب.",
    # a wire's
    "قال تقرير إن 500 برميل متفجر ألقيت خلال شهر أيار، سقط معظمها في ريف حماة وريف إدلب.",
])
def test_the_places_of_a_share_of_a_sum_are_not_its_place(ex, text):
    q = "500"
    d = _doc(text, published="2016-06-02", places=[HAMA_R, IDLIB_R],
             quantities=[(q, 500, 500, "غارة" if "غارة" in text else "برميل")],
             dates=[("شهر أيار", "2016-05", "month")])
    evs = [e for e in _asserted(_run(ex, d)) if e["type"] == "airstrike"]
    assert [(e["kind"], e["place"]) for e in evs] == [("aggregate", None)]


# -- the year of a law's name ----------------------------------------------------------------------
@pytest.mark.parametrize("text,year", [
    ("أصدر الرئيس، اليوم الثلاثاء، المرسوم رقم 24 لعام 2019 الذي يعفو عن المنشقين "
     "عن الجيش.", "عام 2019"),
    ("نشرت الجريدة الرسمية اليوم الثلاثاء نص المرسوم رقم 7 لسنة 2019 المتعلق بالعفو عن المتخلفين عن "
     "التجنيد.", "2019"),
])
def test_the_year_in_a_decrees_name_dates_nothing(ex, text, year):
    d = _doc(text, published="2019-09-17", dates=[("اليوم الثلاثاء", "2019-09-17", "day"), (year, "2019", "year")])
    evs = [e for e in _asserted(_run(ex, d)) if e["type"] == "desertion"]
    assert [e["date"] for e in evs] == ["2019-09-17"]


# -- «وبلغ عدد الخارجين N»: the people of the act told before ---------------------------------------
ARBIN = ("عربين", "C103", "Arbin", "Rif Dimashq")
WAER = ("حي الوعر", "N91", "Al-Waer", "Homs", "neighbourhood")
ARSAL = ("عرسال", "L91", "Arsal", None)


@pytest.mark.parametrize("text,q,where", [
    # a state agency's
    ("خرجت اليوم الدفعة الثانية من المقاتلين وذويهم من بلدة عربين عبر الممر الآمن، وبلغ عدد الخارجين 3120 "
     "شخصاً بينهم 900 مسلح.", "3120", "عربين"),
    # a local outlet's
    ("بدأت صباح اليوم عملية تهجير أهالي حي الوعر نحو ريف حلب الشمالي، حيث بلغ عدد المهجرين 3120 شخصاً.",
     "3120", "حي الوعر"),
    # a wire's
    ("قالت السلطات إن قافلة حافلات غادرت بلدة عرسال اليوم باتجاه الأراضي السورية، ووصل عدد المغادرين إلى "
     "3120 لاجئاً.", "3120", "عرسال"),
])
def test_the_number_of_those_who_left_is_the_acts_count(ex, text, q, where):
    qs = [(q, 3120, 3120, "شخص")] + ([("900", 900, 900, "مسلح")] if "900" in text else [])
    d = _doc(text, quantities=qs, places=[p for p in (ARBIN, WAER, ARSAL) if p[0] in text],
             dates=[("اليوم", "2024-03-05", "day")] if "اليوم" in text else [])
    evs = [e for e in _asserted(_run(ex, d)) if e["type"] == "other"]
    assert [(e["kind"], _bounds(e["count"]), _place(e)) for e in evs] == [("incident", (3120, 3120), where)]


def test_the_number_of_the_killed_since_a_month_began_stays_a_sum(ex):
    t = "قتل 4 مدنيين بقصف على بلدة عربين اليوم، وبلغ عدد القتلى منذ مطلع الشهر 120 مدنياً."
    d = _doc(t, quantities=[("4", 4, 4, "مدني"), ("120", 120, 120, "مدني")], places=[ARBIN])
    evs = _asserted(_run(ex, d))
    assert sorted((e["kind"], _bounds(e["fatalities"])) for e in evs) == \
        [("aggregate", (120, 120)), ("incident", (4, 4))]


# -- «العاصمة»: Damascus named before ---------------------------------------------------------------
DAMASCUS = ("دمشق", "G91", "Damascus", "Damascus", "governorate")
JOBAR = ("جوبر", "N92", "Jobar", "Damascus", "neighbourhood")
MIDAN = ("الميدان", "N93", "Al-Midan", "Damascus", "neighbourhood")


@pytest.mark.parametrize("text", [
    # a state daily's
    "أصيب 6 مدنيين أمس بقذائف سقطت على حي الميدان بدمشق، فيما أكد مصدر في الشرطة أن عدد القذائف التي "
    "أصابت العاصمة منذ مطلع الأسبوع تجاوز 50 قذيفة.",
    # a monitor's
    "قتل 6 مدنيين بقذائف استهدفت حي الميدان في دمشق، وذكر المرصد أن عدد القذائف التي أصابت العاصمة "
    "منذ يوم الأحد بلغ 50.",
    # a wire's
    "قال سكان إن قذائف هاون سقطت على حي الميدان بدمشق وقتلت 6 أشخاص، مضيفين أن أكثر من 50 قذيفة سقطت على "
    "العاصمة منذ بداية الأسبوع.",
])
def test_the_capital_stands_for_damascus_named_as_a_container(ex, text):
    q50 = "أكثر من 50" if "أكثر من 50" in text else "50"
    d = _doc(text, places=[MIDAN, DAMASCUS], quantities=[("6", 6, 6, "مدني"), (q50, 50, None if "أكثر" in q50 else 50,
                                                                              "قذيفة")])
    evs = [e for e in _asserted(_run(ex, d)) if (e["count"] or {}).get("low") == 50]
    assert [(e["kind"], _place(e)) for e in evs] == [("aggregate", "دمشق")]


# -- «المدينة» after «حي X في مدينة Y»: the town, not the quarter ------------------------------------
ALEPPO = ("حلب", "C104", "Aleppo", "Aleppo")
SHAAR = ("حي الشعار", "N94", "Al-Shaar", "Aleppo", "neighbourhood")


@pytest.mark.parametrize("text,q", [
    # a local outlet's
    ("ألقت المروحيات أربعة براميل فوق حي الشعار بمدينة حلب، فيما بلغ عدد ضحايا الحملة على أحياء المدينة "
     "منذ بداية الشهر أكثر من 300 قتيل.", "أكثر من 300"),
    # a monitor's
    ("قتل 5 مدنيين بقصف استهدف حي الشعار بمدينة حلب، فيما وثق المرصد مقتل 300 مدني في المدينة خلال الشهر "
     "الجاري.", "300"),
    # a wire's
    ("قال مسعفون إن غارة أصابت حي الشعار بمدينة حلب، وإن أكثر من 300 شخص قتلوا في المدينة منذ بداية الشهر.",
     "أكثر من 300"),
])
def test_the_town_noun_after_a_quarter_in_its_town_is_the_town(ex, text, q):
    d = _doc(text, places=[SHAAR, ALEPPO],
             quantities=[(q, 300, None if "أكثر" in q else 300, "مدني")] + ([("5", 5, 5, "مدني")] if "5 " in text else []))
    evs = [e for e in _asserted(_run(ex, d)) if (e["fatalities"] or e["count"] or {}).get("low") == 300]
    assert [(e["kind"], _place(e)) for e in evs] == [("aggregate", "حلب")]
