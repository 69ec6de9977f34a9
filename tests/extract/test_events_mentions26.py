"""Which mentions are events and of which type (stop 26, issue 10, helper mentions): an attack typed by the
first means named after it (gunfire: a ground attack). Our own sentences in several house styles; layers by
hand."""
from __future__ import annotations

import pytest

from marsad.extract.events import EventExtractor

from test_events import _doc, _fig, _run
from test_events_mentions import _asserted
from test_events_mentions25 import _tf, _types


@pytest.fixture(scope="module")
def ex():
    return EventExtractor()


SANAMAYN = ("الصنمين", "P1", "As-Sanamayn", "Daraa")
JASIM = ("جاسم", "P2", "Jasim", "Daraa")
TAFAS = ("طفس", "P3", "Tafas", "Daraa")
LATAMNEH = ("اللطامنة", "P4", "Al-Lataminah", "Hama")
QAMISHLI = ("القامشلي", "P5", "Qamishli", "Al-Hasakah", "city")
SUKHNA = ("السخنة", "P6", "Al-Sukhnah", "Homs")


# -- an attack word typed by the first means told after it ----------------------------------------------------
def test_an_attack_by_gunfire_is_an_armed_clash_whatever_else_it_fired(ex):
    # SOHR style: «استهداف … حافلة … بالرصاص والقذائف الصاروخية» (the object and its description between)
    t = ("المرصد السوري: لقي ستة جنود في جيش النظام مصرعهم، اليوم، إثر استهداف مسلحين مجهولين حافلة عسكرية كانت "
         "تقلّهم بالرصاص والقذائف الصاروخية قرب بلدة السخنة.")
    evs = _run(ex, _doc(t, published="2021-05-02", places=[SUKHNA], quantities=[("ستة", 6, 6, "جندي")],
                        dates=[("اليوم", "2021-05-02", "day")]))
    assert _tf(evs) == [("armed_clash", "incident", None, 6)]
    # Enab Baladi style: a plural verb, «بالأسلحة الخفيفة»
    t = "أفاد مراسل عنب بلدي بأن مجهولين استهدفوا دورية للأمن العام بالأسلحة الخفيفة قرب مدينة جاسم، فقتلوا عنصرين."
    evs = _run(ex, _doc(t, published="2023-03-01", places=[JASIM], quantities=[("عنصرين", 2, 2, "عنصر")]))
    assert _tf(evs) == [("armed_clash", "incident", None, None)]  # (a dual: no figure, stop 27)
    # North Press style: «استهدف مسلحون سيارة … برصاص القناصة»
    t = ("ذكرت مصادر أهلية لنورث برس أن مسلحين استهدفوا سيارة مدنية على طريق بلدة طفس برصاص القناصة، فقتلوا "
         "ثلاثة أشخاص.")
    evs = _run(ex, _doc(t, published="2022-07-11", places=[TAFAS], quantities=[("ثلاثة", 3, 3, "شخص")]))
    assert _tf(evs) == [("armed_clash", "incident", None, 3)]


def test_an_attack_by_artillery_or_aircraft_stays_a_strike_from_afar(ex):
    # SANA style: «استهدفت وحدات من جيشنا الباسل بالمدفعية الثقيلة» (guard)
    t = "استهدفت وحدات من جيشنا الباسل بالمدفعية الثقيلة أوكار الإرهابيين على أطراف بلدة اللطامنة."
    evs = _run(ex, _doc(t, published="2019-05-20", places=[LATAMNEH]))
    assert _types(evs) == ["shelling"]
    # Anadolu style: a drone named, then gunfire after it (guard: the aircraft struck)
    t = ("ذكرت وكالة الأناضول أن طائرة مسيرة استهدفت سيارة تقل قياديين قرب مدينة القامشلي بالرشاشات، فقتلت "
         "اثنين منهم.")
    evs = _run(ex, _doc(t, published="2022-08-01", places=[QAMISHLI]))
    assert _types(evs) == ["airstrike"]
    # shells named first, gunfire after (guard: the first means decides)
    t = "استهدفت فصائل المعارضة بقذائف الهاون وبالرشاشات نقاطاً لقوات النظام داخل بلدة اللطامنة."
    evs = _run(ex, _doc(t, published="2019-05-20", places=[LATAMNEH]))
    assert _types(evs) == ["shelling"]


# -- a quoted name right after an act noun is its doer, not the name of a campaign ------------------------------
DHIBAN = ("ذيبان", "P7", "Dhiban", "Deir ez-Zor")
HASAKAH = ("الحسكة", "P8", "Al-Hasakah", "Al-Hasakah", "city")


def test_an_act_noun_before_a_quoted_force_is_an_act_not_a_named_frame(ex):
    # Deir ez-Zor outlet style: an arrest recalled with its own day, its doer quoted
    t = "وتأتي المواجهات بعد يومين من اعتقال «قسد» ثلاثة شبان ينحدرون من بلدة ذيبان."
    evs = _run(ex, _doc(t, published="2023-08-30", places=[DHIBAN], quantities=[("ثلاثة", 3, 3, "شاب")]))
    assert ("arrest", "incident", 3, None) in _tf(evs)
    # SOHR style: «في هجوم «داعش» على حاجز»
    t = "قال المرصد إن عشرة عناصر قتلوا في هجوم «داعش» على حاجز في بلدة ذيبان."
    evs = _run(ex, _doc(t, published="2019-02-03", places=[DHIBAN], quantities=[("عشرة", 10, 10, "عنصر")]))
    assert _tf(evs) == [("armed_clash", "incident", None, 10)]
    # Hawar style: «عقب اعتقال «داعش» قيادياً» dated to yesterday
    t = "خرج العشرات في مظاهرة في مدينة الحسكة اليوم، عقب اعتقال «داعش» أمس قيادياً محلياً في بلدة ذيبان."
    evs = _run(ex, _doc(t, published="2017-06-03", places=[HASAKAH, DHIBAN], quantities=[("العشرات", 20, 90, None)],
                        dates=[("اليوم", "2017-06-03", "day"), ("أمس", "2017-06-02", "day")]))
    assert "arrest" in _types(evs)
    # a campaign noun takes a quoted name as its own (guard): no event from «عملية «X»» alone
    t = "قالت الشبكة إن خمسة مدنيين قتلوا ضمن عملية «نبع السلام» في بلدة ذيبان."
    evs = _run(ex, _doc(t, published="2019-10-12", places=[DHIBAN], quantities=[("خمسة", 5, 5, "مدني")]))
    assert _types(evs) == ["casualties"]


# -- prisoners freed: an `other` event (contract: prisoner exchanges, releases) ----------------------------------
HAMA = ("حماة", "P9", "Hama", "Hama", "city")
IDLIB = ("إدلب", "P10", "Idlib", "Idlib", "city")
SWEIDA = ("السويداء", "P11", "As-Suwayda", "As-Suwayda", "city")


def test_prisoners_freed_are_an_event_and_a_demand_for_it_is_none(ex):
    # Enab Baladi style: «حرروا مئات المعتقلين من سجن …»
    t = ("أكدت إدارة العمليات العسكرية اليوم سيطرتها على مدينة حماة، وذكرت أن مقاتليها حرروا مئات "
         "المعتقلين من سجن المدينة.")
    evs = _run(ex, _doc(t, published="2024-12-05", places=[HAMA], quantities=[("مئات", 200, 900, "معتقل")],
                        dates=[("اليوم", "2024-12-05", "day")]))
    assert ("other", "incident", 200, None) in _tf(evs) and "territory_change" in _types(evs)
    # activists' style: «أطلقت سراح 40 معتقلاً»
    t = "قال ناشطون إن فصائل المعارضة أطلقت سراح 40 معتقلاً من سجن مدينة إدلب بعد دخولها المدينة أمس."
    evs = _run(ex, _doc(t, published="2015-03-29", places=[IDLIB], quantities=[("40", 40, 40, "معتقل")],
                        dates=[("أمس", "2015-03-28", "day")]))
    assert _tf(evs)[0] == ("other", "incident", 40, None)
    # SANA style (new authorities): «أفرجوا عن 60 موقوفاً»
    t = "حماة-سانا: أفرجوا عن 60 موقوفاً من أبناء مدينة حماة بعد تسوية أوضاعهم، وفق مصدر في الأمن العام."
    evs = _run(ex, _doc(t, published="2025-02-10", places=[HAMA], quantities=[("60", 60, 60, "موقوف")]))
    assert ("other", "incident", 60, None) in _tf(evs)
    # a demand to free them is no event (guard)
    t = "احتشد مئات المحتجين في مدينة السويداء اليوم مطالبين بإطلاق سراح المعتقلين وتحرير المختطفين."
    evs = _run(ex, _doc(t, published="2023-09-01", places=[SWEIDA], quantities=[("مئات", 200, 900, "محتج")],
                        dates=[("اليوم", "2023-09-01", "day")]))
    assert _types(evs) == ["protest"]
    # «أطلقت» with rockets stays an attack (guard)
    t = "أطلقت الفصائل صواريخ على مدينة حماة اليوم."
    evs = _run(ex, _doc(t, published="2024-12-01", places=[HAMA], dates=[("اليوم", "2024-12-01", "day")]))
    assert _types(evs) == ["shelling"]


# -- taken away to an unknown place: an arrest ------------------------------------------------------------------
AIN_ZIWAN = ("عين زيوان", "P12", "Ain Ziwan", "Quneitra")
HARASTA = ("حرستا", "P13", "Harasta", "Rif Dimashq")


def test_people_led_away_to_detention_are_an_arrest_told_once(ex):
    # SANA style (new authorities): an incursion, «واقتادت ثلاثة شبان إلى جهة مجهولة»
    t = ("القنيطرة-سانا: دخلت قوة إسرائيلية إلى قرية عين زيوان فجر اليوم، وفتشت عدداً من المنازل واقتادت ثلاثة "
         "شبان إلى جهة مجهولة.")
    evs = _run(ex, _doc(t, published="2025-05-20", places=[AIN_ZIWAN], quantities=[("ثلاثة", 3, 3, "شاب")],
                        dates=[("فجر اليوم", "2025-05-20", "day")]))
    assert ("arrest", "incident", 3, None) in _tf(evs)
    # activists' style: «اقتاد عناصر الأمن خمسة طلاب إلى فرع الأمن العسكري»
    t = "قال ناشطون إن عناصر من الأمن اقتادوا خمسة طلاب من مدينة حرستا إلى فرع الأمن العسكري مساء أمس."
    evs = _run(ex, _doc(t, published="2012-03-04", places=[HARASTA], quantities=[("خمسة", 5, 5, "طالب")],
                        dates=[("مساء أمس", "2012-03-03", "day")]))
    assert _tf(evs) == [("arrest", "incident", 5, None)]
    # Syria TV style: «اقتادت دورية … أربعة شبان إلى مقر الفرقة»
    t = "اقتادت دورية تابعة للفرقة الرابعة أربعة شبان من مدينة حرستا إلى مقر الفرقة، بحسب مراسل تلفزيون سوريا."
    evs = _run(ex, _doc(t, published="2021-06-07", places=[HARASTA], quantities=[("أربعة", 4, 4, "شاب")]))
    assert _tf(evs) == [("arrest", "incident", 4, None)]
    # those arrested led away («واقتادتهم»): the same arrest, not a second (guard)
    t = "اعتقلت دورية للأمن أربعة شبان من مدينة حرستا واقتادتهم إلى مكان مجهول، وفق ناشطين."
    evs = _run(ex, _doc(t, published="2021-06-07", places=[HARASTA], quantities=[("أربعة", 4, 4, "شاب")]))
    assert _tf(evs) == [("arrest", "incident", 4, None)]


# -- the answer to an act told, with no place or date of its own, is still an act --------------------------------
BALYUN = ("بليون", "P14", "Balyun", "Idlib")
KHAFSA = ("الخفسة", "P15", "Al-Khafsah", "Aleppo")


def test_an_answer_told_by_the_other_side_is_an_act_of_its_own_with_no_place(ex):
    # Al Jazeera style: a strike with its dead, then the ministry: «ردّت بقصف … على مواقع للنظام»
    t = ("قُتل 20 جندياً تركياً مساء أمس في غارة جوية على موقع لهم قرب بلدة بليون، بحسب والي هاتاي. "
         "وذكرت وزارة الدفاع التركية أن وحداتها ردّت بقصف صاروخي على مقرات للنظام.")
    evs = _run(ex, _doc(t, published="2020-02-28", places=[BALYUN], quantities=[("20", 20, 20, "جندي")],
                        dates=[("مساء أمس", "2020-02-27", "day")]))
    assert [(e["type"], _fig(e["fatalities"])) for e in _asserted(evs)] == [("airstrike", 20), ("shelling", None)]
    assert _asserted(evs)[1]["place"] is None
    # Anadolu style: «ردّت فوراً باستهداف … بالمدفعية»
    t = ("أصيب خمسة جنود أتراك في قصف لقوات النظام على نقطة مراقبة قرب بلدة بليون اليوم. وأضافت الوزارة أن "
         "القوات التركية ردّت على الفور باستهداف تحصينات النظام بالمدفعية.")
    evs = _run(ex, _doc(t, published="2020-02-03", places=[BALYUN], quantities=[("خمسة", 5, 5, "جندي")],
                        dates=[("اليوم", "2020-02-03", "day")]))
    types = [e["type"] for e in _asserted(evs)]
    assert types == ["shelling", "shelling"] and _asserted(evs)[1]["place"] is None
    # SANA style (new authorities): a drone attack, then «وردّ الجيش بقصف مصادر إطلاق المسيرات»
    t = ("استهدفت «قسد» بطائرات مسيرة نقطة للجيش قرب قرية الخفسة مساء أمس، وأصابت ثلاثة جنود. وردّ "
         "الجيش بقصف مصادر إطلاق المسيرات، وفق إدارة الإعلام في وزارة الدفاع.")
    evs = _run(ex, _doc(t, published="2025-09-02", places=[KHAFSA], quantities=[("ثلاثة", 3, 3, "جندي")],
                        dates=[("مساء أمس", "2025-09-01", "day")]))
    assert [e["type"] for e in _asserted(evs)] == ["airstrike", "shelling"]


# -- a charge is no act told ------------------------------------------------------------------------------------
TALKALAKH = ("تلكلخ", "P16", "Talkalakh", "Homs")
JABLEH = ("جبلة", "P17", "Jableh", "Latakia")
SARMADA = ("سرمدا", "P18", "Sarmada", "Idlib")


def test_what_someone_is_charged_with_is_no_event(ex):
    # SANA style (new authorities): «تتهمه بالمشاركة في مجزرة … عام 2012»
    t = "اعتقل الأمن العام اليوم شاباً في بلدة تلكلخ تتهمه السلطات بالضلوع في مجزرة وقعت في ريف حمص عام 2013."
    evs = _run(ex, _doc(t, published="2025-04-02", places=[TALKALAKH], dates=[("اليوم", "2025-04-02", "day")]))
    assert _types(evs) == ["arrest"]
    # Syria TV style: «لتورطهما في تفجير سيارة مفخخة»
    t = "ألقت قوى الأمن القبض على رجلين في مدينة جبلة لتورطهما في تفجير سيارة مفخخة العام الماضي."
    evs = _run(ex, _doc(t, published="2025-06-10", places=[JABLEH], quantities=[("رجلين", 2, 2, "رجل")]))
    assert _types(evs) == ["arrest"]
    # Zaman al-Wasl style: «بتهمة قتال عناصره»
    t = "أعدم التنظيم ثلاثة شبان في مدينة سرمدا أمس بتهمة قتال عناصره والانشقاق عن صفوفه."
    evs = _run(ex, _doc(t, published="2015-02-03", places=[SARMADA], quantities=[("ثلاثة", 3, 3, "شاب")],
                        dates=[("أمس", "2015-02-02", "day")]))
    assert _tf(evs) == [("casualties", "incident", 3, 3)]
    # an act told after the charge's clause stays one (guard)
    t = "اعتقلت الهيئة تسعة أشخاص بتهمة الانضمام إلى خلية في مدينة سرمدا، وقتلت اثنين آخرين."
    evs = _run(ex, _doc(t, published="2022-05-03", places=[SARMADA],
                        quantities=[("تسعة", 9, 9, "شخص"), ("اثنين", 2, 2, "شخص")]))
    assert _types(evs) == ["arrest", "casualties"]


# -- repelling a group of fighters is a clash -------------------------------------------------------------------
KHALDIYEH = ("الخالدية", "P19", "Al-Khalidiyah", "Homs", "neighbourhood")
QABUN = ("القابون", "P20", "Qaboun", "Damascus", "neighbourhood")


def test_units_that_repel_a_group_of_fighters_fought_a_clash(ex):
    # old SANA style: «تصدت وحدة من قواتنا المسلحة لمجموعة إرهابية … وقتلت N إرهابياً»
    t = ("حمص-سانا: تصدت وحدة من قواتنا المسلحة لمجموعة إرهابية مسلحة هاجمت نقطة تفتيش في حي "
         "الخالدية وقتلت 11 إرهابياً.")
    evs = _run(ex, _doc(t, published="2012-08-21", places=[KHALDIYEH], quantities=[("11", 11, 11, "إرهابي")]))
    assert _tf(evs) == [("armed_clash", "incident", None, 11)]
    # local sources' style: «تصدوا لمسلحين هاجموا حاجزاً»
    t = "قالت مصادر محلية إن عناصر الأمن العام تصدوا لمسلحين هاجموا حاجزاً قرب مدينة جبلة، وقتلوا ثلاثة منهم."
    evs = _run(ex, _doc(t, published="2025-03-06", places=[JABLEH], quantities=[("ثلاثة", 3, 3, None)]))
    assert _tf(evs) == [("armed_clash", "incident", None, 3)]
    # opposition outlet style: «صدّ مقاتلو الفصائل مجموعات من قوات النظام»
    t = "أفاد مراسلنا بأن مقاتلي الفصائل صدوا مجموعات من قوات النظام في حي القابون فجر اليوم وقتلوا سبعة عناصر."
    evs = _run(ex, _doc(t, published="2017-03-20", places=[QABUN], quantities=[("سبعة", 7, 7, "عنصر")],
                        dates=[("فجر اليوم", "2017-03-20", "day")]))
    assert _tf(evs) == [("armed_clash", "incident", None, 7)]
    # units sent to face such groups: an aim, no clash (guard)
    t = "أرسلت قوات النظام تعزيزات إلى حي القابون للتصدي لمجموعات المسلحين."
    evs = _run(ex, _doc(t, published="2017-03-20", places=[QABUN]))
    assert "armed_clash" not in _types(evs)


# -- a statement that reports is no statement; a running 'neutralised' total is a toll ---------------------------
JINDIRES = ("جنديرس", "P21", "Jindires", "Aleppo")


def test_a_running_total_of_the_neutralised_told_in_a_statement_is_one_aggregate_toll(ex):
    # Anadolu style: «وأوضحت رئاسة الأركان ببيان أن عدد الإرهابيين المحيَّدين … وصل إلى N»
    t = ("دخل الجيش التركي والجيش الحر اليوم بلدة جنديرس وسيطرا عليها. وأوضحت رئاسة الأركان التركية ببيان أن "
         "عدد الإرهابيين المحيَّدين منذ بدء العملية وصل إلى 2870 إرهابياً.")
    evs = _run(ex, _doc(t, published="2018-03-08", places=[JINDIRES], quantities=[("2870", 2870, 2870, "إرهابي")],
                        dates=[("اليوم", "2018-03-08", "day")]))
    assert [(e["type"], e["kind"], _fig(e["fatalities"])) for e in _asserted(evs)] == \
        [("territory_change", "incident", None), ("casualties", "aggregate", 2870)]
    # TASS-relayed style: «وأشار بيان للوزارة إلى أن عدد … المحيّدين … بلغ N»: the statement noun reports
    t = ("ذكرت وزارة الدفاع الروسية أن 20 مسلحاً قتلوا في بلدة اللطامنة اليوم. وأشار بيان للوزارة إلى أن عدد "
         "المسلحين المحيّدين منذ مطلع الشهر بلغ 61.")
    evs = _run(ex, _doc(t, published="2019-05-30", places=[LATAMNEH],
                        quantities=[("20", 20, 20, "مسلح"), ("61", 61, 61, None)],
                        dates=[("اليوم", "2019-05-30", "day")]))
    assert "statement" not in _types(evs)
    assert ("casualties", "aggregate", 61, 61) in _tf(evs)
    # Turkish MoD style: «إن عدد الإرهابيين المحيدين منذ بدء العملية ارتفع إلى N»
    t = "وقال الجيش التركي إن عدد الإرهابيين المحيدين منذ بدء العملية العسكرية ارتفع إلى 415."
    evs = _run(ex, _doc(t, published="2019-10-15", quantities=[("415", 415, 415, None)]))
    assert _tf(evs) == [("casualties", "aggregate", 415, 415)]
    # «قال بيان صادر عن الائتلاف إن…» names no statement of its own (guard: the act it reports stays)
    t = "وقال بيان صادر عن الائتلاف إن قوات النظام قصفت بلدة جنديرس اليوم."
    evs = _run(ex, _doc(t, published="2016-02-01", places=[JINDIRES], dates=[("اليوم", "2016-02-01", "day")]))
    assert _types(evs) == ["shelling"]


# -- what a protest condemned is the protest's voice, not a statement ---------------------------------------------
HOMS = ("حمص", "P22", "Homs", "Homs", "city")


def test_a_condemnation_voiced_by_a_protest_is_no_statement(ex):
    # LCC style: «خرجت مظاهرة … ونددت بحصار المدينة»
    t = "انطلقت مظاهرة كبيرة في حي الخالدية وسط حمص اليوم، ونددت بحصار المدينة وطالبت بإسقاط النظام."
    evs = _run(ex, _doc(t, published="2012-02-10", places=[KHALDIYEH, HOMS], dates=[("اليوم", "2012-02-10", "day")]))
    assert _types(evs) == ["protest"]
    # Suwayda outlet style: «اعتصم العشرات … ونددوا بـ…»
    t = "اعتصم العشرات قرب مبنى البلدية في مدينة السويداء اليوم، ونددوا بتردي الأوضاع المعيشية."
    evs = _run(ex, _doc(t, published="2023-08-25", places=[SWEIDA], quantities=[("العشرات", 20, 90, None)],
                        dates=[("اليوم", "2023-08-25", "day")]))
    assert _types(evs) == ["protest"]
    # Syria TV style: «تظاهر مئات … فيما استنكروا بشدة…» — a verb joined by ف
    t = "تظاهر مئات من سكان مدينة حمص اليوم أمام مقر المحافظة، فاستنكروا بإصرار قرار رفع الأسعار."
    evs = _run(ex, _doc(t, published="2025-06-02", places=[HOMS], quantities=[("مئات", 200, 900, None)],
                        dates=[("اليوم", "2025-06-02", "day")]))
    assert _types(evs) == ["protest"]
    # a body that condemns, named after its verb, makes a statement (guard)
    t = "وندد الائتلاف الوطني السوري اليوم في بيان له بحصار مدينة حمص."
    evs = _run(ex, _doc(t, published="2012-02-10", places=[HOMS], dates=[("اليوم", "2012-02-10", "day")]))
    assert "statement" in _types(evs)


# -- the state an act left («وبات يسيطر على…») is no second act -------------------------------------------------
ALEPPO = ("حلب", "P23", "Aleppo", "Aleppo", "city")
RAQQA_RIF = ("ريف الرقة", "P24", "Raqqa countryside", "Raqqa", "region")


def test_the_state_an_act_left_is_no_second_act_but_a_state_told_first_is_news(ex):
    # SOHR style: a taking, then «وبات يسيطر على معظم …»
    t = "سيطر التنظيم على بلدة السخنة أمس بعد معارك عنيفة، وبات يسيطر على معظم ريف الرقة الشرقي."
    evs = _run(ex, _doc(t, published="2015-05-14", places=[SUKHNA, RAQQA_RIF], dates=[("أمس", "2015-05-13", "day")]))
    assert [(e["type"], (e["place"] or {}).get("surface")) for e in _asserted(evs)] == [("territory_change", "السخنة")]
    # Al Jazeera style: the taking in one sentence, «وأصبحت الفصائل تسيطر…» in the next
    t = ("سيطرت فصائل المعارضة اليوم على بلدة السخنة. وأصبحت الفصائل تسيطر على معظم ريف الرقة الشرقي، بحسب "
         "مصادر ميدانية.")
    evs = _run(ex, _doc(t, published="2015-05-14", places=[SUKHNA, RAQQA_RIF], dates=[("اليوم", "2015-05-14", "day")]))
    assert [e["type"] for e in _asserted(evs)] == ["territory_change"]
    # Enab Baladi style: «ولا تزال قوات النظام تسيطر على…» after a withdrawal told
    t = ("انسحبت فصائل المعارضة من بلدة السخنة فجر اليوم، ولا تزال قوات النظام تسيطر على معظم ريف الرقة "
         "الشرقي.")
    evs = _run(ex, _doc(t, published="2015-05-14", places=[SUKHNA, RAQQA_RIF],
                        dates=[("فجر اليوم", "2015-05-14", "day")]))
    assert all((e["place"] or {}).get("surface") != "ريف الرقة" for e in _asserted(evs))
    # told first, «باتوا يسيطرون» is the news of a taking (guard)
    t = "قالت إدارة العمليات اليوم إن عناصرها أصبحوا يسيطرون على معظم أحياء حلب."
    evs = _run(ex, _doc(t, published="2024-11-30", places=[ALEPPO], dates=[("اليوم", "2024-11-30", "day")]))
    assert _types(evs) == ["territory_change"]


# -- a punctual act a few days back is recalled as an act; a longer span or a state is not ------------------------
BAB = ("الباب", "P25", "Al-Bab", "Aleppo")
AFRIN = ("عفرين", "P26", "Afrin", "Aleppo", "city")


def test_a_punctual_act_a_few_days_back_is_an_act_of_its_own(ex):
    # Syria TV style: «وتأتي هذه التطورات بعد N أيام من اغتيال … في مدينة الباب»
    t = ("دخلت أرتال من الهيئة اليوم مدينة عفرين وسيطرت عليها. وتأتي هذه التطورات بعد ثلاثة أيام من اغتيال "
         "صحفي وزوجته في مدينة الباب.")
    evs = _run(ex, _doc(t, published="2022-10-13", places=[AFRIN, BAB], dates=[("اليوم", "2022-10-13", "day")]))
    assert ("armed_clash", "الباب") in [(e["type"], (e["place"] or {}).get("surface")) for e in _asserted(evs)]
    # Enab Baladi style: «ويأتي ذلك بعد بضعة أيام من تفجير سيارة مفخخة وسط مدينة الباب»
    t = ("اعتقلت الشرطة العسكرية خمسة أشخاص في مدينة الباب اليوم. ويأتي ذلك بعد بضعة أيام من تفجير سيارة "
         "مفخخة قرب دوار السنتر في المدينة.")
    evs = _run(ex, _doc(t, published="2021-04-20", places=[BAB], quantities=[("خمسة", 5, 5, "شخص")],
                        dates=[("اليوم", "2021-04-20", "day")]))
    assert _types(evs) == ["arrest", "explosion"]
    # Step style: «بعد عدة أيام من قصف مدفعي على عفرين»
    t = "نزح عشرات العائلات من مدينة عفرين اليوم، بعد عدة أيام من قصف مدفعي تركي على أحيائها الشمالية."
    evs = _run(ex, _doc(t, published="2018-03-10", places=[AFRIN], quantities=[("عشرات", 20, 90, "عائلة")],
                        dates=[("اليوم", "2018-03-10", "day")]))
    assert "shelling" in _types(evs)
    # weeks back, or a taking (a state it left), recall no act (guards)
    t = "سيطرت قوات النظام على مدينة الباب اليوم بعد أسابيع من القصف بالطائرات والمدافع."
    evs = _run(ex, _doc(t, published="2017-02-23", places=[BAB], dates=[("اليوم", "2017-02-23", "day")]))
    assert _types(evs) == ["territory_change"]
    t = "قُتل ثلاثة مدنيين في غارة جوية على مدينة الباب اليوم، بعد أيام من سيطرة الفصائل على المدينة."
    evs = _run(ex, _doc(t, published="2017-02-28", places=[BAB], quantities=[("ثلاثة", 3, 3, "مدني")],
                        dates=[("اليوم", "2017-02-28", "day")]))
    assert _types(evs) == ["airstrike"]


# -- «ضرب» a military target is a strike -------------------------------------------------------------------------
SAMI = ("سميع", "P27", "Sami'", "As-Suwayda")
HAJIN = ("هجين", "P28", "Hajin", "Deir ez-Zor")


def test_a_force_that_hit_military_targets_struck(ex):
    # Reuters style: «ذكر الجيش الإسرائيلي أنه ضرب … آليات للقوات الحكومية»
    t = "في المقابل، ذكر الجيش الإسرائيلي أنه ضرب بعد ظهر اليوم آليات للقوات الحكومية كانت تتحرك نحو قرية سميع."
    evs = _run(ex, _doc(t, published="2025-07-14", places=[SAMI], dates=[("اليوم", "2025-07-14", "day")]))
    assert _types(evs) == ["airstrike"]
    # coalition statement style: «ضربت طائرات التحالف مواقع للتنظيم»
    t = "ضربت طائرات التحالف الدولي أمس مواقع للتنظيم في بلدة هجين، بحسب بيان للتحالف."
    evs = _run(ex, _doc(t, published="2018-11-02", places=[HAJIN], dates=[("أمس", "2018-11-01", "day")]))
    assert _types(evs) == ["airstrike"]
    # SANA style: «ضربت وحدات من جيشنا الباسل تجمعات للإرهابيين بالمدفعية»
    t = "ضربت وحدات من جيشنا الباسل بالمدفعية تجمعات للإرهابيين في محيط بلدة اللطامنة."
    evs = _run(ex, _doc(t, published="2019-05-20", places=[LATAMNEH]))
    assert _types(evs) == ["shelling"]
    # beating protesters or an earthquake is no strike (guards)
    t = "ضربت قوات الأمن المتظاهرين بالهراوات في مدينة حمص اليوم."
    evs = _run(ex, _doc(t, published="2011-05-02", places=[HOMS], dates=[("اليوم", "2011-05-02", "day")]))
    assert not {"airstrike", "shelling"} & set(_types(evs))
    t = "ضرب زلزال قوي مدينة جبلة فجر اليوم."
    evs = _run(ex, _doc(t, published="2023-02-06", places=[JABLEH], dates=[("فجر اليوم", "2023-02-06", "day")]))
    assert _types(evs) == []


# -- a grave uncovered is bodies found ---------------------------------------------------------------------------
QUTAYFAH = ("القطيفة", "P29", "Al-Qutayfah", "Rif Dimashq")


def test_a_mass_grave_uncovered_is_bodies_found(ex):
    # Syria TV style: «كشفت فرق الدفاع المدني عن مقبرة جماعية تحوي رفات N شخصاً»
    t = "كشفت فرق الدفاع المدني اليوم عن مقبرة جماعية تحوي رفات 23 شخصاً قرب بلدة القطيفة."
    evs = _run(ex, _doc(t, published="2025-02-18", places=[QUTAYFAH], quantities=[("23", 23, 23, "شخص")],
                        dates=[("اليوم", "2025-02-18", "day")]))
    assert _tf(evs) == [("other", "incident", 23, None)]
    # SANA style (new authorities): «كشف الأهالي مقبرة جماعية تضم رفات…»
    t = "كشف الأهالي في بلدة القطيفة مقبرة جماعية تضم رفات 11 شخصاً، بحسب مراسل سانا."
    evs = _run(ex, _doc(t, published="2025-01-09", places=[QUTAYFAH], quantities=[("11", 11, 11, "شخص")]))
    assert _tf(evs) == [("other", "incident", 11, None)]
    # Enab Baladi style: «كشفوا عن رفات … في مقابر جماعية»
    t = "قال متطوعون إنهم كشفوا عن رفات 40 شخصاً في مقابر جماعية قرب بلدة القطيفة."
    evs = _run(ex, _doc(t, published="2025-03-01", places=[QUTAYFAH], quantities=[("40", 40, 40, "شخص")]))
    assert _tf(evs) == [("other", "incident", 40, None)]
    # «كشف مصدر أن…» reports, it finds nothing (guard)
    t = "كشف مصدر أمني أن قوات الأمن اعتقلت خمسة أشخاص في بلدة القطيفة."
    evs = _run(ex, _doc(t, published="2025-03-01", places=[QUTAYFAH], quantities=[("خمسة", 5, 5, "شخص")]))
    assert _types(evs) == ["arrest"]


# -- fighters and their families leaving, or people leaving for the north: an evacuation ---------------------------
DOUMA = ("دوما", "P33", "Douma", "Rif Dimashq")
ARBIN = ("عربين", "P34", "Arbin", "Rif Dimashq")
WAER = ("الوعر", "P35", "Al-Waer", "Homs", "neighbourhood")


def test_fighters_and_families_leaving_under_a_deal_are_an_evacuation(ex):
    # Enab Baladi style: «غادر مئات المقاتلين وعائلاتهم مدينة دوما باتجاه جرابلس»
    t = "غادر مئات المقاتلين وعائلاتهم مدينة دوما اليوم باتجاه جرابلس، بموجب الاتفاق مع الجانب الروسي."
    evs = _run(ex, _doc(t, published="2018-04-12", places=[DOUMA], quantities=[("مئات", 200, 900, "مقاتل")],
                        dates=[("اليوم", "2018-04-12", "day")]))
    assert _tf(evs)[:1] == [("other", "incident", 200, None)]
    # SANA style: «خرج اليوم نحو ثلاثة آلاف شخص … باتجاه الشمال»
    t = "خرج اليوم نحو ثلاثة آلاف شخص بين مسلحين ومدنيين من بلدة عربين باتجاه الشمال عبر ممر آمن."
    evs = _run(ex, _doc(t, published="2018-03-25", places=[ARBIN], quantities=[("نحو ثلاثة آلاف", 3000, 3000, "شخص")],
                        dates=[("اليوم", "2018-03-25", "day")]))
    assert _tf(evs) == [("other", "incident", 3000, None)]
    # Homs outlet style: «خرجت الدفعة الثالثة من المقاتلين وعوائلهم من حي الوعر»
    t = "خرج 300 من مقاتلي المعارضة وعوائلهم من حي الوعر غربي حمص اليوم."
    evs = _run(ex, _doc(t, published="2017-03-27", places=[WAER], quantities=[("300", 300, 300, None)],
                        dates=[("اليوم", "2017-03-27", "day")]))
    assert _tf(evs) == [("other", "incident", 300, None)]
    # going out in a protest is a protest (guard)
    t = "خرج الأهالي في مظاهرة كبيرة وسط مدينة دوما اليوم."
    evs = _run(ex, _doc(t, published="2011-04-01", places=[DOUMA], dates=[("اليوم", "2011-04-01", "day")]))
    assert _types(evs) == ["protest"]


# -- a stand organised is a protest, «احتجاجية» or not ----------------------------------------------------------
QURAYYA = ("القريا", "P36", "Al-Qurayya", "As-Suwayda")


def test_a_stand_organised_or_held_before_a_building_is_a_protest(ex):
    # Suwayda outlet style: «فيما نظّم العشرات وقفة قرب … في بلدة القريا»
    t = "تظاهر المئات في مدينة السويداء اليوم، فيما نظّم العشرات وقفة قرب المركز الثقافي في بلدة القريا."
    evs = _run(ex, _doc(t, published="2023-09-20", places=[SWEIDA, QURAYYA],
                        quantities=[("المئات", 200, 900, None), ("العشرات", 20, 90, None)],
                        dates=[("اليوم", "2023-09-20", "day")]))
    assert [(e["type"], (e["place"] or {}).get("surface")) for e in _asserted(evs)] == \
        [("protest", "السويداء"), ("protest", "القريا")]
    # Enab Baladi style: «نفذ طلاب الجامعة وقفة صامتة»
    t = "نفذ طلاب جامعة حلب وقفة صامتة في حرم الجامعة بمدينة حلب اليوم."
    evs = _run(ex, _doc(t, published="2012-05-03", places=[ALEPPO], dates=[("اليوم", "2012-05-03", "day")]))
    assert _types(evs) == ["protest"]
    # Syria TV style: «وقفة أمام مبنى المحافظة»
    t = "شارك العشرات من ذوي المعتقلين اليوم في وقفة أمام القصر العدلي في مدينة حمص."
    evs = _run(ex, _doc(t, published="2025-01-15", places=[HOMS], quantities=[("العشرات", 20, 90, None)],
                        dates=[("اليوم", "2025-01-15", "day")]))
    assert _types(evs) == ["protest"]
    # a pause of another kind is none (guard)
    t = "وقفة مع الذات: الحرب في عامها العاشر."
    assert _types(_run(ex, _doc(t, published="2021-03-15"))) == []


# -- a flag raised by a force over a place is a taking; by protesters, their protest -----------------------------
INKHIL = ("إنخل", "P37", "Inkhil", "Daraa")
TAL_ABYAD = ("تل أبيض", "P38", "Tell Abyad", "Raqqa")


def test_a_flag_raised_by_a_force_is_a_taking(ex):
    # SANA style: «رفعت وحدات من الجيش العلم الوطني فوق … مدينة إنخل، بعد طرد الإرهابيين منها»
    t = ("درعا-سانا: رفعت قوات من الجيش العلم الوطني فوق مبنى البلدية في مدينة إنخل اليوم، بعد طرد الإرهابيين "
         "منها وتأمين أحيائها.")
    evs = _run(ex, _doc(t, published="2018-07-17", places=[INKHIL], dates=[("اليوم", "2018-07-17", "day")]))
    assert [(e["type"], (e["place"] or {}).get("surface")) for e in _asserted(evs)] == [("territory_change", "إنخل")]
    # Anadolu style: «رفع الجيش الوطني أعلامه فوق مباني بلدة تل أبيض»
    t = "رفع مقاتلو الجيش الوطني الراية فوق مبنى البلدية في مدينة تل أبيض صباح اليوم، بحسب مراسل الأناضول."
    evs = _run(ex, _doc(t, published="2019-10-13", places=[TAL_ABYAD], dates=[("صباح اليوم", "2019-10-13", "day")]))
    assert _types(evs) == ["territory_change"]
    # opposition outlet style: «دخلوا … ورفعوا علم الثورة فوقها» (one taking, told twice)
    t = "دخل مقاتلو الفصائل مدينة حماة اليوم ورفعوا علم الثورة فوق مبنى المحافظة."
    evs = _run(ex, _doc(t, published="2024-12-05", places=[HAMA], dates=[("اليوم", "2024-12-05", "day")]))
    assert _types(evs) == ["territory_change"]
    # protesters raising a flag protest (guard)
    t = "خرج آلاف المتظاهرين اليوم في مدينة حماة ورفعوا علم الثورة في ساحة العاصي."
    evs = _run(ex, _doc(t, published="2011-07-01", places=[HAMA], quantities=[("آلاف", 2000, 9000, "متظاهر")],
                        dates=[("اليوم", "2011-07-01", "day")]))
    assert _types(evs) == ["protest"]


# -- «تحرير» of villages (plural) is a taking --------------------------------------------------------------------
KOBANI_RIF = ("ريف كوباني الجنوبي", "P39", "Southern Kobani countryside", "Aleppo", "region")


def test_villages_freed_in_the_plural_are_a_taking(ex):
    # Hawar style: «أعلنت القيادة العامة تحرير N قرى أخرى في ريف كوباني الجنوبي»
    t = "أعلنت القيادة العامة للوحدات اليوم تحرير خمس قرى أخرى في ريف كوباني الجنوبي وإخراج عناصر داعش منها."
    evs = _run(ex, _doc(t, published="2015-02-09", places=[KOBANI_RIF], dates=[("اليوم", "2015-02-09", "day")]))
    assert _types(evs) == ["territory_change"]
    # Orient style: «تحرير بلدات … في ريف حماة»
    t = "أعلنت فصائل المعارضة تحرير بلدات اللطامنة وكفرزيتا ومورك اليوم إثر مواجهات مع قوات النظام."
    evs = _run(ex, _doc(t, published="2014-02-03", places=[LATAMNEH], dates=[("اليوم", "2014-02-03", "day")]))
    assert "territory_change" in _types(evs)
    # Zaman al-Wasl style: «تحرير قريتي…»
    t = "قال قائد ميداني إن الثوار أتموا تحرير قريتي الصنمين وجاسم فجر اليوم."
    evs = _run(ex, _doc(t, published="2013-05-04", places=[SANAMAYN, JASIM], dates=[("فجر اليوم", "2013-05-04", "day")]))
    assert "territory_change" in _types(evs)
    # an aim to free them is none (guard)
    t = "حشدت الفصائل مقاتليها في بلدة اللطامنة اليوم لتحرير قرى ريف حماة الشمالي."
    evs = _run(ex, _doc(t, published="2014-02-03", places=[LATAMNEH], dates=[("اليوم", "2014-02-03", "day")]))
    assert "territory_change" not in _types(evs)
    t = "أرسلت قوات النظام تعزيزات إلى بلدة اللطامنة اليوم لاستعادة السيطرة على قرى ريف حماة الشمالي."
    evs = _run(ex, _doc(t, published="2014-02-05", places=[LATAMNEH], dates=[("اليوم", "2014-02-05", "day")]))
    assert "territory_change" not in _types(evs)


# -- an act joined by و to the noun of a frame is inside the frame -------------------------------------------------
def test_an_act_joined_to_a_frames_noun_is_framed_too(ex):
    # Al Jazeera style: «بعد أشهر من الحصار والقصف …»
    t = "خرجت أول قافلة تضم نحو 950 شخصاً من الأحياء المحاصرة في مدينة حلب اليوم، بعد أشهر من الحصار والقصف المتواصل."
    evs = _run(ex, _doc(t, published="2016-12-15", places=[ALEPPO], quantities=[("نحو 950", 950, 950, "شخص")],
                        dates=[("اليوم", "2016-12-15", "day")]))
    assert _types(evs) == ["other"]
    # Enab Baladi style: «إثر أشهر من الحصار والغارات الجوية»
    t = "سيطرت قوات النظام على مدينة الباب اليوم إثر أشهر من الحصار والغارات الجوية."
    evs = _run(ex, _doc(t, published="2017-02-23", places=[BAB], dates=[("اليوم", "2017-02-23", "day")]))
    assert _types(evs) == ["territory_change"]
    # Syria TV style: «بعد سنوات من التهجير والقصف»
    t = "عاد مئات النازحين إلى بلدة اللطامنة اليوم بعد سنوات من التهجير والقصف."
    evs = _run(ex, _doc(t, published="2025-01-20", places=[LATAMNEH], quantities=[("مئات", 200, 900, "نازح")],
                        dates=[("اليوم", "2025-01-20", "day")]))
    assert "shelling" not in _types(evs)


# -- an intention announced is no statement; a threat is -----------------------------------------------------------
TAL_TAMR = ("تل تمر", "P40", "Tell Tamr", "Al-Hasakah")


def test_an_official_announcing_what_will_be_done_makes_no_statement(ex):
    # Anadolu style: «فيما أكد الرئيس التركي أن بلاده ستبدأ عملية …»
    t = ("قصفت القوات التركية قرى في ريف تل تمر اليوم، فيما أكد الرئيس التركي أن جيش بلاده سيبدأ "
         "هجوماً برياً حين تسمح الظروف.")
    evs = _run(ex, _doc(t, published="2022-11-22", places=[TAL_TAMR], dates=[("اليوم", "2022-11-22", "day")]))
    assert _types(evs) == ["shelling"]
    # North Press style: «فيما قالت وزارة الداخلية إنها ستتدخل لوقف …»
    t = ("قُتل 11 شخصاً في اشتباكات في مدينة السويداء اليوم، فيما قالت وزارة الداخلية إنها ستتدخل لوقف "
         "القتال.")
    evs = _run(ex, _doc(t, published="2025-07-13", places=[SWEIDA], quantities=[("11", 11, 11, "شخص")],
                        dates=[("اليوم", "2025-07-13", "day")]))
    assert _types(evs) == ["armed_clash"]
    # SANA style: «وقال وزير الخارجية إن الحكومة سوف تعمل على…»
    t = "وقال وزير الخارجية خلال مؤتمر صحفي اليوم إن الحكومة سوف تعمل على إعادة الخدمات إلى مدينة حمص."
    evs = _run(ex, _doc(t, published="2025-02-01", places=[HOMS], dates=[("اليوم", "2025-02-01", "day")]))
    assert "statement" not in _types(evs)
    # a threat is a statement (guard)
    t = "هدد وزير الدفاع التركي مساء اليوم بشن عملية عسكرية جديدة في ريف تل تمر."
    evs = _run(ex, _doc(t, published="2022-11-22", places=[TAL_TAMR], dates=[("اليوم", "2022-11-22", "day")]))
    assert "statement" in _types(evs)


def test_a_release_with_its_doer_between_the_verb_and_sarah_is_a_release(ex):
    # Enab Baladi style: «أطلقت X سراح N ناشطاً»
    t = "أطلقت هيئة تحرير الشام اليوم سراح 12 ناشطاً كانوا محتجزين في سجن بمدينة إدلب."
    evs = _run(ex, _doc(t, published="2024-03-10", places=[IDLIB], quantities=[("12", 12, 12, "ناشط")],
                        dates=[("اليوم", "2024-03-10", "day")], entities=[("هيئة تحرير الشام", "ORG")]))
    assert _tf(evs) == [("other", "incident", 12, None)]
    # SANA style: «أطلق الجيش سراح 30 موقوفاً»
    t = "أطلق الجيش العربي السوري سراح 30 موقوفاً من أبناء مدينة حماة بعد تسوية أوضاعهم."
    evs = _run(ex, _doc(t, published="2019-02-10", places=[HAMA], quantities=[("30", 30, 30, "موقوف")]))
    assert ("other", "incident", 30, None) in _tf(evs)
    # fire opened on protesters who demanded a release is no release (guard)
    t = "أطلق عناصر الأمن الرصاص على محتجين في مدينة حمص اليوم طالبوا بإطلاق سراح المعتقلين."
    evs = _run(ex, _doc(t, published="2011-05-06", places=[HOMS], dates=[("اليوم", "2011-05-06", "day")]))
    assert "other" not in _types(evs)


# -- an attack by armed men, no weapon named, is a ground attack ---------------------------------------------------
def test_an_attack_by_armed_men_with_no_weapon_named_is_an_armed_clash(ex):
    # Horan outlet style: «إثر استهداف مسلحين مجهولين سيارتهما»
    t = "قُتل شابان اليوم إثر استهداف مسلحين مجهولين سيارتهما على طريق بلدة الصنمين."
    evs = _run(ex, _doc(t, published="2022-06-01", places=[SANAMAYN], quantities=[("شابان", 2, 2, "شاب")],
                        dates=[("اليوم", "2022-06-01", "day")]))
    assert _tf(evs) == [("armed_clash", "incident", None, None)]  # (a dual: no figure, stop 27)
    # Enab Baladi style: «استهدف مسلحون مجهولون سيارة عسكرية»
    t = "استهدف مسلحون مجهولون سيارة عسكرية قرب مدينة جاسم ليل أمس، فقتلوا ضابطين."
    evs = _run(ex, _doc(t, published="2021-10-03", places=[JASIM], quantities=[("ضابطين", 2, 2, "ضابط")],
                        dates=[("ليل أمس", "2021-10-02", "day")]))
    assert _tf(evs) == [("armed_clash", "incident", None, None)]  # (a dual: no figure, stop 27)
    # activists' style: the subject before the verb, «مسلحين ملثمين استهدفوا منزل…»
    t = "قال ناشطون إن مسلحين ملثمين استهدفوا منزل مختار بلدة جاسم ليل أمس."
    evs = _run(ex, _doc(t, published="2021-10-03", places=[JASIM], dates=[("ليل أمس", "2021-10-02", "day")]))
    assert _types(evs) == ["armed_clash"]
    # strikes on armed men stay strikes (guard)
    t = "نفذت الطائرات الحربية غارات استهدفت مسلحين في بلدة جاسم اليوم."
    evs = _run(ex, _doc(t, published="2018-07-01", places=[JASIM], dates=[("اليوم", "2018-07-01", "day")]))
    assert _types(evs) == ["airstrike"]


# -- inflections of act verbs that were missing --------------------------------------------------------------------
KAFRNABL = ("كفرنبل", "P41", "Kafr Nabl", "Idlib")


def test_plural_and_other_inflections_of_act_verbs_are_triggers(ex):
    # opposition outlet style: «قصفوا مواقع قوات النظام بالهاون»
    t = "قال مقاتلون إنهم قصفوا نقاط قوات النظام حول بلدة كفرنبل بقذائف الهاون اليوم."
    evs = _run(ex, _doc(t, published="2013-06-01", places=[KAFRNABL], dates=[("اليوم", "2013-06-01", "day")]))
    assert _types(evs) == ["shelling"]
    # LCC style: «داهموا منازل … واعتقلوا خمسة شبان» (one arrest)
    t = "داهم عناصر الأمن منازل في بلدة جاسم اليوم واعتقلوا خمسة شبان."
    evs = _run(ex, _doc(t, published="2012-01-20", places=[JASIM], quantities=[("خمسة", 5, 5, "شاب")],
                        dates=[("اليوم", "2012-01-20", "day")]))
    assert _tf(evs) == [("arrest", "incident", 5, None)]
    # Horan outlet style: «فجّروا عبوة ناسفة»; «جرحوا»
    t = "قال التجمع إن مجهولين فجروا عبوة ناسفة بسيارة عسكرية قرب مدينة جاسم اليوم، وجرحوا ثلاثة عناصر."
    evs = _run(ex, _doc(t, published="2021-05-11", places=[JASIM], quantities=[("ثلاثة", 3, 3, "عنصر")],
                        dates=[("اليوم", "2021-05-11", "day")]))
    assert _types(evs) == ["explosion"]
    # «فجر اليوم» is a time of day (guard)
    t = "اعتقلت قوات الأمن فجر اليوم شابين في بلدة جاسم."
    evs = _run(ex, _doc(t, published="2012-01-20", places=[JASIM], quantities=[("شابين", 2, 2, "شاب")],
                        dates=[("فجر اليوم", "2012-01-20", "day")]))
    assert _types(evs) == ["arrest"]


def test_what_an_accused_person_is_accused_of_is_no_event_but_an_accusation_of_an_act_is(ex):
    # SANA style (new authorities): «ضابطاً سابقاً متهماً بارتكاب مجازر»
    t = "اعتقل الأمن العام اليوم ضابطاً سابقاً متهماً بارتكاب مجازر في مدينة حمص."
    evs = _run(ex, _doc(t, published="2025-03-02", places=[HOMS], dates=[("اليوم", "2025-03-02", "day")]))
    assert _types(evs) == ["arrest"]
    # Syria TV style: «القبض على المتهم بتفجير سيارة مفخخة»
    t = "ألقت وزارة الداخلية القبض على المتهم بتفجير سيارة مفخخة في مدينة جبلة."
    evs = _run(ex, _doc(t, published="2025-05-02", places=[JABLEH]))
    assert _types(evs) == ["arrest"]
    # Enab Baladi style: «رجلاً متهماً بقتل ثلاثة أشخاص» (the three are not those arrested)
    t = "اعتقلت الشرطة رجلاً متهماً بقتل ثلاثة أشخاص في مدينة حمص."
    evs = _run(ex, _doc(t, published="2025-05-02", places=[HOMS], quantities=[("ثلاثة", 3, 3, "شخص")]))
    assert _tf(evs) == [("arrest", "incident", None, None)]
    # the accuser's telling of an act, its accused between, stays an act (guard)
    t = "نفى الجيش التركي الاتهامات، متهماً قسد بقصف قرى في ريف تل تمر اليوم."
    evs = _run(ex, _doc(t, published="2022-11-22", places=[TAL_TAMR], dates=[("اليوم", "2022-11-22", "day")]))
    assert _types(evs) == ["shelling"]


# -- «قضى/قضوا في» an indefinite act: its dead -------------------------------------------------------------------
MUQAWWAS = ("المقوس", "P42", "Al-Maqwas", "As-Suwayda", "neighbourhood")


def test_people_who_died_in_an_indefinite_act_are_its_dead(ex):
    # Al Jazeera style: «N مدنياً على الأقل قضوا جراء مواجهات…»
    t = "ذكر المرصد السوري أن 32 مدنياً على الأقل قضوا جراء مواجهات دارت صباح أمس بين مسلحين في حي المقوس."
    evs = _run(ex, _doc(t, published="2025-07-14", places=[MUQAWWAS], quantities=[("32", 32, None, "مدني")],
                        dates=[("صباح أمس", "2025-07-13", "day")]))
    assert [(e["type"], _fig(e["fatalities"])) for e in _asserted(evs)] == [("armed_clash", 32)]
    # SOHR style: «قضى خمسة أطفال في قصف على بلدة…»
    t = "قضى خمسة أطفال في قصف على بلدة كفرنبل اليوم."
    evs = _run(ex, _doc(t, published="2019-05-05", places=[KAFRNABL], quantities=[("خمسة", 5, 5, "طفل")],
                        dates=[("اليوم", "2019-05-05", "day")]))
    assert _tf(evs) == [("shelling", "incident", None, 5)]
    # SNHR style: «قضوا في غارات…»
    t = "قال الفريق إن تسعة مدنيين قضوا في غارات جوية استهدفت بلدة كفرنبل اليوم."
    evs = _run(ex, _doc(t, published="2019-05-05", places=[KAFRNABL], quantities=[("تسعة", 9, 9, "مدني")],
                        dates=[("اليوم", "2019-05-05", "day")]))
    assert _tf(evs) == [("airstrike", "incident", None, 9)]
