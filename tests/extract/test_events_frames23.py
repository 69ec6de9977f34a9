"""Frames of stop 23 (issue 10, helper mentions): a cause, a flight, an aim, a demand, the end of a
truce, a state going on «منذ أسابيع» and an act dated after the publication day are not incidents
told as news; the acts around them are kept. Also acts that were missed: a deployment told after its
subject, a killing by armed men named as the subject, an attack word typed by the state force that
struck, a crossing of people in flight. Our own sentences, several house styles; layers by hand."""
from __future__ import annotations

import pytest

from marsad.extract.events import EventExtractor

from test_events import _doc, _run
from test_events_mentions import _asserted


@pytest.fixture(scope="module")
def ex():
    return EventExtractor()


def _types(evs):
    return sorted(e["type"] for e in _asserted(evs))


def _tp(evs):
    return sorted((e["type"], (e["place"] or {}).get("surface")) for e in _asserted(evs))


HAYAN = ("حيان", "P1", "Hayan", "Aleppo")
ANDAN = ("عندان", "P2", "Anadan", "Aleppo")
GHAB = ("سهل الغاب", "P3", "Al-Ghab Plain", "Hama", "region")
BAB = ("الباب", "P4", "Al-Bab", "Aleppo")
PALMYRA = ("تدمر", "P5", "Palmyra", "Homs")
HATAY = ("هاتاي", "T1", "Hatay", None, "region")
JABAL_AKRAD = ("جبل الأكراد", "P6", "Jabal al-Akrad", "Latakia", "region")
HBEIT = ("الهبيط", "P7", "Al-Hbeit", "Idlib")
DEIR_EAST = ("ريف دير الزور الشرقي", "P8", "Eastern Deir ez-Zor countryside", "Deir ez-Zor", "region")
SANAMAYN = ("الصنمين", "P9", "Al-Sanamayn", "Daraa")
ATMEH = ("أطمة", "P10", "Atmeh", "Idlib")
HAMA_NORTH = ("ريف حماة الشمالي", "P11", "Northern Hama countryside", "Hama", "region")
JASIM = ("جاسم", "P12", "Jasim", "Daraa")
KARAK = ("الكرك الشرقي", "P13", "Al-Karak al-Sharqi", "Daraa")
RAQQA = ("الرقة", "P14", "Raqqa", "Raqqa")
KAFRANBEL = ("كفرنبل", "P15", "Kafr Nabl", "Idlib")
JOBAR = ("جوبر", "P16", "Jobar", "Damascus", "neighbourhood")
HOMS_EAST = ("ريف حمص الشرقي", "P17", "Eastern Homs countryside", "Homs", "region")
ALEPPO = ("حلب", "P18", "Aleppo", "Aleppo", "city")
WAER = ("الوعر", "P19", "Al-Waer", "Homs", "neighbourhood")
IDLIB = ("إدلب", "P20", "Idlib", "Idlib", "governorate")
HARA = ("الحارة", "P21", "Al-Harra", "Daraa")
DARAA_NORTH = ("ريف درعا الشمالي", "P22", "Northern Daraa countryside", "Daraa", "region")
BUSRA = ("بصرى الشام", "P23", "Busra al-Sham", "Daraa")
QAMISHLI = ("القامشلي", "P24", "Qamishli", "Al-Hasakah")
AIN_ISSA = ("عين عيسى", "P25", "Ain Issa", "Raqqa")
MEZZEH = ("مطار المزة العسكري", "P26", "Mezzeh military airport", "Damascus", "facility")
KANSAFRA = ("كنصفرة", "P27", "Kansafra", "Idlib")
SAIDA = ("صيدا", "P28", "Saida", "Daraa")
JANINA = ("الجنينة", "P29", "Al-Janina", "Deir ez-Zor")
KILIS = ("كلس", "T2", "Kilis", None, "region")
JIZA = ("الجيزة", "P30", "Al-Jiza", "Daraa")


# -- a cause: an advance or control that explains a state ------------------------------------------
def test_an_advance_or_control_given_as_a_cause_is_no_takeover(ex):
    # Halab Today style: a road cut «بفعل تقدم»
    t = "باتت الطريق بين بلدتي حيان وعندان مقطوعة منذ يومين بفعل تقدم قوات النظام نحو التلة، وفق مراسلنا."
    assert _types(_run(ex, _doc(t, places=[HAYAN, ANDAN]))) == []
    # SOHR style: a displacement «جراء تقدم»: the displacement only
    t = "نزح أكثر من 3 آلاف مدني من قرى سهل الغاب خلال الساعات الماضية، جراء تقدم قوات النظام في المنطقة."
    evs = _run(ex, _doc(t, quantities=[("أكثر من 3 آلاف", 3000, None, "مدني")], places=[GHAB]))
    assert _types(evs) == ["other"]
    # Enab Baladi style: schools shut «بسبب سيطرة»; «المؤدية إليها» (leading to) is no death
    t = "أغلقت المدارس أبوابها في مدينة الباب بسبب سيطرة التنظيم على الطرق المؤدية إليها."
    assert _types(_run(ex, _doc(t, places=[BAB]))) == []


def test_a_takeover_with_a_day_of_its_own_after_a_cause_word_is_kept(ex):
    t = "نزح آلاف المدنيين من مدينة تدمر جراء سيطرة التنظيم عليها أمس."
    evs = _run(ex, _doc(t, quantities=[("آلاف", 2000, 9000, "مدني")], places=[PALMYRA],
                        dates=[("أمس", "2024-03-04", "day")]))
    assert _types(evs) == ["other", "territory_change"]


# -- a flight: what people flee from ---------------------------------------------------------------
def test_what_people_flee_from_is_no_incident(ex):
    # Anadolu style
    t = ("وصل نحو 500 لاجئ سوري خلال يومين إلى ولاية هاتاي التركية، فراراً من القصف الجوي "
         "على قرى جبل الأكراد.")
    evs = _run(ex, _doc(t, quantities=[("نحو 500", 500, 500, "لاجئ")], places=[HATAY, JABAL_AKRAD]))
    assert _types(evs) == ["other"]
    # activists' style: «هرباً من المعارك»
    t = "قال ناشطون إن عشرات العائلات غادرت بلدة الهبيط هرباً من المعارك الدائرة في محيطها."
    assert "armed_clash" not in _types(_run(ex, _doc(t, places=[HBEIT])))
    # North Press style: «خوفاً من تجدد الاشتباكات» (a word of going on between)
    t = ("عبر مئات المدنيين نهر الفرات على متن قوارب صغيرة خوفاً من تجدد الاشتباكات بين قسد والتنظيم "
         "في عدة بلدات من ريف دير الزور الشرقي.")
    assert "armed_clash" not in _types(_run(ex, _doc(t, places=[DEIR_EAST])))


def test_fleeing_service_is_still_a_desertion(ex):
    t = "فر عشرات الشبان إلى لبنان هرباً من الخدمة الإلزامية في جيش النظام."
    evs = _run(ex, _doc(t, quantities=[("عشرات", 20, 90, "شاب")]))
    assert _types(evs) == ["desertion"]


# -- an aim or a preparation -----------------------------------------------------------------------
def test_what_a_move_is_for_is_no_incident(ex):
    # a local reporter: troops deployed «لمنع تجدد الاشتباكات»
    t = "أفاد مراسلنا بأن وحدات من الجيش انتشرت اليوم في محيط بلدة الصنمين لمنع تجدد الاشتباكات بين المسلحين."
    evs = _run(ex, _doc(t, places=[SANAMAYN], dates=[("اليوم", "2024-03-05", "day")]))
    assert _tp(evs) == [("reinforcement", "الصنمين")]
    # Idlib outlets: a column sent «لفض الاشتباكات»
    t = "دفعت هيئة تحرير الشام برتل عسكري إلى بلدة أطمة لفض الاشتباكات بين عائلتين من البلدة."
    assert _types(_run(ex, _doc(t, places=[ATMEH], entities=[("هيئة تحرير الشام", "ORG")]))) == ["reinforcement"]
    # SANA style: reinforcements «تمهيداً لعملية عسكرية»
    t = "وصلت تعزيزات عسكرية إلى ريف حماة الشمالي تمهيداً لعملية عسكرية واسعة ضد الإرهابيين."
    assert _types(_run(ex, _doc(t, places=[HAMA_NORTH]))) == ["reinforcement"]


# -- a demand ------------------------------------------------------------------------------------------
def test_what_protesters_demand_is_no_incident(ex):
    # Syria TV style
    t = "خرج العشرات في مدينة جاسم بمظاهرة مطالبين بالإفراج عن المعتقلين وإسقاط النظام."
    evs = _run(ex, _doc(t, quantities=[("العشرات", 20, 90, None)], places=[JASIM]))
    assert _types(evs) == ["protest"]
    # Daraa outlets: a sit-in «للمطالبة بإطلاق سراح»
    t = "نظم أهالي بلدة الكرك الشرقي وقفة احتجاجية اليوم للمطالبة بإطلاق سراح أبنائهم المعتقلين."
    assert _types(_run(ex, _doc(t, places=[KARAK]))) == ["protest"]
    # North Press style: the demand names arrests; none happened here
    t = ("تظاهر مئات من سكان مدينة الرقة أمس أمام مبنى الإدارة، مطالبين بوقف حملات التجنيد الإجباري "
         "واعتقال الشبان.")
    evs = _run(ex, _doc(t, quantities=[("مئات", 200, 900, None)], places=[RAQQA],
                        dates=[("أمس", "2024-03-04", "day")]))
    assert _types(evs) == ["protest"]


# -- the end of a truce or an operation --------------------------------------------------------------
def test_the_end_of_a_truce_is_no_agreement(ex):
    # AFP style: strikes hours after the army ended a truce
    t = "قتل تسعة مدنيين في غارات على بلدة كفرنبل اليوم، بعد ساعات من إعلان الجيش انتهاء الهدنة التي بدأت مطلع الشهر."
    evs = _run(ex, _doc(t, quantities=[("تسعة", 9, 9, "مدني")], places=[KAFRANBEL],
                        dates=[("اليوم", "2024-03-05", "day")]))
    assert _types(evs) == ["airstrike"]
    # activists' style: clashes «مع انهيار الهدنة»
    t = "تجددت الاشتباكات في حي جوبر صباح اليوم مع انهيار الهدنة التي أعلنت الأسبوع الماضي."
    evs = _run(ex, _doc(t, places=[JOBAR], dates=[("صباح اليوم", "2024-03-05", "day"),
                                                   ("الأسبوع الماضي", "2024-W09", "week")]))
    assert _types(evs) == ["armed_clash"]


def test_an_office_announcing_the_end_of_an_operation_is_a_statement(ex):
    t = "أعلنت وزارة الدفاع اليوم انتهاء عمليتها العسكرية في ريف حمص الشرقي وتحقيق أهدافها كاملة."
    evs = _run(ex, _doc(t, places=[HOMS_EAST], dates=[("اليوم", "2024-03-05", "day")]))
    assert _types(evs) == ["statement"]


# -- an act dated after the publication day ---------------------------------------------------------
def test_an_act_dated_after_the_publication_day_is_future(ex):
    # UN style: a truce that starts tomorrow
    t = "أعلنت الأمم المتحدة أن هدنة إنسانية في مدينة حلب ستبدأ صباح غد الخميس وتستمر ثلاثة أيام."
    evs = _run(ex, _doc(t, places=[ALEPPO], dates=[("صباح غد الخميس", "2024-03-07", "day")],
                        published="2024-03-06"))
    assert [(e["type"], e["modality"]) for e in evs] == [("agreement", "future")]
    # Al-Hayat style: shelling hours before a ceasefire set for tomorrow morning
    t = "قصفت قوات النظام حي الوعر اليوم، قبل ساعات من وقف إطلاق النار المقرر صباح غد."
    evs = _run(ex, _doc(t, places=[WAER], dates=[("اليوم", "2024-03-05", "day"), ("صباح غد", "2024-03-06", "day")]))
    assert _types(evs) == ["shelling"]
    assert [e["modality"] for e in evs if e["type"] == "agreement"] == ["future"]
    # Anadolu style: a truce coming into force next Sunday
    t = "أعلنت روسيا وتركيا عن هدنة في محافظة إدلب تدخل حيز التنفيذ منتصف ليل الأحد المقبل."
    evs = _run(ex, _doc(t, places=[IDLIB], dates=[("منتصف ليل الأحد المقبل", "2024-03-10", "day")]))
    assert _asserted(evs) == []


def test_how_long_something_lasts_is_no_future(ex):
    # «حتى مطلع الشهر المقبل» ends a period: the extension happened today
    t = "مدّد الاتحاد الأوروبي اليوم العقوبات المفروضة على النظام حتى مطلع الشهر المقبل."
    evs = _run(ex, _doc(t, dates=[("اليوم", "2024-03-05", "day"), ("مطلع الشهر المقبل", "2024-04", "month")]))
    assert [(e["type"], e["modality"]) for e in evs] == [("sanction", "asserted")]


# -- a state going on ----------------------------------------------------------------------------------
def test_reinforcements_going_on_for_weeks_are_a_state(ex):
    # Enab Baladi style
    t = "قصفت قوات النظام بلدة الحارة بالمدفعية الثقيلة أمس، وسط حشود عسكرية تدفع بها إلى ريف درعا الشمالي منذ أيام."
    evs = _run(ex, _doc(t, places=[HARA, DARAA_NORTH], dates=[("أمس", "2024-03-04", "day")]))
    assert _tp(evs) == [("shelling", "الحارة")]
    # SOHR style, «في ظل … منذ أسابيع»
    t = "قتل مدني بقصف مدفعي على بلدة كفرنبل اليوم، في ظل تعزيزات تستقدمها قوات النظام إلى المنطقة منذ أسابيع."
    evs = _run(ex, _doc(t, places=[KAFRANBEL], dates=[("اليوم", "2024-03-05", "day")]))
    assert _types(evs) == ["shelling"]


def test_reinforcements_of_the_day_amid_an_act_are_kept_when_placed(ex):
    # guard: «وسط» with a place of its own and no «منذ» span: reinforcements of their own, as before
    t = "قصفت قوات النظام بلدة الحارة أمس، وسط تعزيزات عسكرية وصلت حديثاً إلى ريف درعا الشمالي."
    evs = _run(ex, _doc(t, places=[HARA, DARAA_NORTH], dates=[("أمس", "2024-03-04", "day")]))
    assert ("reinforcement", "ريف درعا الشمالي") in _tp(evs)


# -- deployments with their subject before the verb ----------------------------------------------------
def test_a_deployment_told_after_its_subject(ex):
    # Russian police, local sources
    t = "وذكرت مصادر أهلية أن دوريات للشرطة العسكرية الروسية انتشرت صباح اليوم في بلدة بصرى الشام."
    evs = _run(ex, _doc(t, places=[BUSRA], dates=[("صباح اليوم", "2024-03-05", "day")]))
    assert _tp(evs) == [("reinforcement", "بصرى الشام")]
    # SANA style, verb first (as before)
    t = "انتشرت وحدات من الجيش في بلدة الصنمين بعد تسوية أوضاع المسلحين."
    assert ("reinforcement", "الصنمين") in _tp(_run(ex, _doc(t, places=[SANAMAYN])))
    # a rumour spreading is no deployment
    t = "انتشر تسجيل مصور في بلدة الصنمين يظهر آثار الدمار."
    assert "reinforcement" not in _types(_run(ex, _doc(t, places=[SANAMAYN])))


# -- a killing by armed men ----------------------------------------------------------------------------
def test_a_killing_by_armed_men_is_their_attack(ex):
    # Deir ez-Zor outlets: «اغتالوا، مساء أمس الأحد، عضواً»
    t = "أفادت شبكة محلية بأن مسلحين ملثمين اغتالوا، مساء أمس الأحد، موظفاً في بلدية صيدا."
    evs = _run(ex, _doc(t, places=[SAIDA], dates=[("مساء أمس الأحد", "2024-03-03", "day")]))
    assert _tp(evs) == [("armed_clash", "صيدا")]
    # activists' style: the armed men are the subject of «قتل»
    t = "قتل مسلحون مجهولون، ليل السبت، مختار قرية الجنينة برصاص مباشر، بحسب ناشطين."
    evs = _run(ex, _doc(t, places=[JANINA], dates=[("ليل السبت", "2024-03-02", "day")]))
    assert _types(evs) == ["armed_clash"]
    # guard: gunmen killed (the genitive) in a clash stay that clash's dead
    t = "قُتل ثلاثة مسلحين في اشتباك مع دورية للأمن العسكري في بلدة الجيزة."
    evs = _run(ex, _doc(t, quantities=[("ثلاثة", 3, 3, "مسلح")], places=[JIZA]))
    assert [(e["type"], (e["fatalities"] or {}).get("low")) for e in _asserted(evs)] == [("armed_clash", 3)]


# -- an attack word typed by the state force that struck --------------------------------------------
def test_an_attack_with_no_weapon_word_is_typed_by_the_force(ex):
    # Hawar style: Turkish forces «استهدفت … مواقع» with an aside
    t = "استهدفت القوات التركية، ليل الثلاثاء، مواقع لقسد على أطراف بلدة عين عيسى."
    evs = _run(ex, _doc(t, places=[AIN_ISSA], dates=[("ليل الثلاثاء", "2024-03-05", "day")]))
    assert _tp(evs) == [("shelling", "عين عيسى")]
    # Reuters style: «نفذ ضربة» by the Israeli army
    t = "أعلن الجيش الإسرائيلي أنه نفذ اليوم ضربة طالت مخزناً للأسلحة قرب مطار المزة العسكري."
    evs = _run(ex, _doc(t, places=[MEZZEH], dates=[("اليوم", "2024-03-05", "day")]))
    assert _tp(evs) == [("airstrike", "مطار المزة العسكري")]
    # Orient style: Russian forces
    t = "نفذت القوات الروسية ضربة على مقر للفصائل في بلدة كنصفرة."
    assert _tp(_run(ex, _doc(t, places=[KANSAFRA]))) == [("airstrike", "كنصفرة")]


def test_an_attack_noun_is_not_typed_by_its_victims(ex):
    # the force named before «هجمات» is the one hit: no strike of theirs
    t = "قتل تسعة جنود من قوات النظام في هجمات شنها مسلحون على حواجز في ريف حمص الشرقي."
    evs = _run(ex, _doc(t, quantities=[("تسعة", 9, 9, "جندي")], places=[HOMS_EAST]))
    assert "shelling" not in _types(evs) and "airstrike" not in _types(evs)
    # a call for a strike is what a statement says, not a strike
    t = "طالب الائتلاف في بيان الدول الغربية بتوجيه ضربة عسكرية لقوات النظام."
    evs = _run(ex, _doc(t))
    assert _types(evs) in ([], ["statement"]) and not any(e["type"] in ("airstrike", "shelling") for e in evs)


# -- people crossing a border in flight ----------------------------------------------------------------
def test_people_crossing_in_flight_are_a_displacement(ex):
    t = ("ذكر مراسل الأناضول أن نحو ألفي سوري عبروا الحدود اليوم إلى ولاية كلس التركية، هرباً من "
         "المعارك في ريف حلب الشمالي.")
    evs = _run(ex, _doc(t, quantities=[("نحو ألفي", 2000, 2000, "سوري")], places=[KILIS],
                        dates=[("اليوم", "2024-03-05", "day")]))
    assert [(e["type"], (e["count"] or {}).get("low")) for e in _asserted(evs)] == [("other", 2000)]
    # guard: defectors crossing are the defection, not a displacement
    t = "أعلن 15 عسكرياً انشقاقهم عن الجيش النظامي بعد أن عبروا الحدود إلى الأردن."
    evs = _run(ex, _doc(t, quantities=[("15", 15, 15, "عسكري")]))
    assert _types(evs) == ["defection"]


# -- families of probe set 11 (stop 23) -------------------------------------------------------------------
SARAQIB = ("سراقب", "P31", "Saraqib", "Idlib")
HAMRA = ("الحمرا", "P32", "Al-Hamra", "Hama")
KAFRNABUDA = ("كفرنبودة", "P33", "Kafr Nabuda", "Hama")
SHUHAIL = ("الشحيل", "P34", "Al-Shuhayl", "Deir ez-Zor")
KHAN_ASAL = ("خان العسل", "P35", "Khan al-Asal", "Aleppo")
QADAM = ("القدم", "P36", "Al-Qadam", "Damascus", "neighbourhood")
MALIHA = ("المليحة", "P37", "Al-Maliha", "Rif Dimashq")
MAARSHURIN = ("معرشورين", "P38", "Maarshurin", "Idlib")


def test_a_force_that_has_come_to_control_a_place_took_it(ex):
    # an operations room: «باتوا يسيطرون»
    t = "ذكرت غرفة العمليات أن عناصرها باتوا يسيطرون على القسم الأكبر من مدينة سراقب."
    assert _tp(_run(ex, _doc(t, places=[SARAQIB]))) == [("territory_change", "سراقب")]
    # HTS media: «أصبحوا يسيطرون … بعد معارك»: one change of hands
    t = "أعلنت الهيئة أن مقاتليها أصبحوا يسيطرون على تلة الحمرا بعد معارك عنيفة."
    assert _tp(_run(ex, _doc(t, places=[HAMRA]))) == [("territory_change", "الحمرا")]
    # SANA style: «أصبحت تسيطر بشكل كامل»
    t = "أوضح مصدر ميداني أن قوات الجيش أصبحت تسيطر بشكل كامل على بلدة كفرنبودة."
    assert _tp(_run(ex, _doc(t, places=[KAFRNABUDA]))) == [("territory_change", "كفرنبودة")]
    # guard: a place held for months is a state
    t = "تقصف قوات النظام المناطق التي باتت تسيطر عليها الفصائل منذ أشهر، وتتعرض بلدة كفرنبودة لقصف متكرر."
    assert _types(_run(ex, _doc(t, places=[KAFRNABUDA]))) == []


def test_a_campaign_named_as_the_frame_of_a_day_is_no_clash(ex):
    # «في اليوم الثالث لمعركة «…»»: the named battle dates the strike
    t = "قتل خمسة مدنيين في غارة على بلدة كنصفرة في اليوم الثالث لمعركة «فجر الحرية» التي أطلقتها الفصائل."
    evs = _run(ex, _doc(t, quantities=[("خمسة", 5, 5, "مدني")], places=[KANSAFRA]))
    assert _types(evs) == ["airstrike"]
    # guard: a battle launched is a clash
    t = "أطلقت الفصائل معركة «فجر الحرية» ضد قوات النظام في بلدة كنصفرة اليوم."
    assert _types(_run(ex, _doc(t, places=[KANSAFRA]))) == ["armed_clash"]


def test_an_air_landing_raid_is_a_clash_or_its_arrests(ex):
    # Reuters style: a raid told on after a comma by a verb with no subject of its own
    t = ("نفذت قوات التحالف الدولي عملية إنزال جوي قرب الشحيل شرقي دير الزور فجر اليوم، استهدفت "
         "منزلاً لقيادي في التنظيم، وأسفرت عن مقتل ثلاثة أشخاص.")
    evs = _run(ex, _doc(t, quantities=[("ثلاثة", 3, 3, "شخص")], places=[SHUHAIL],
                        dates=[("فجر اليوم", "2024-03-05", "day")]))
    assert [(e["type"], (e["place"] or {}).get("surface"), (e["fatalities"] or {}).get("low"))
            for e in _asserted(evs)] == [("armed_clash", "الشحيل", 3)]
    # North Press style: the raid made arrests: the arrests are the incident
    t = "نفذت قسد بدعم من التحالف عملية إنزال جوي قرب الشحيل أسفرت عن اعتقال خمسة أشخاص."
    evs = _run(ex, _doc(t, quantities=[("خمسة", 5, 5, "شخص")], places=[SHUHAIL]))
    assert _types(evs) == ["arrest"]


def test_a_guess_about_who_the_dead_were_is_no_toll(ex):
    # Syria TV style: a source clause, then the guess
    t = ("انتشل متطوعو الدفاع المدني، اليوم، جثث تسعة أشخاص من بئر في قرية خان العسل، وفق ما قاله مسؤول "
         "محلي، مرجحاً أن يكونوا من المختطفين لدى التنظيم.")
    evs = _run(ex, _doc(t, quantities=[("تسعة", 9, 9, "شخص")], places=[KHAN_ASAL],
                        dates=[("اليوم", "2024-03-05", "day")]))
    assert _types(evs) == ["other"]
    # Enab Baladi style: «مرجحة أن يكون»
    t = ("عثر متطوعو الدفاع المدني على مقبرة جماعية فيها رفات 15 شخصاً في حي القدم، بحسب مسؤول فيها، مرجحة "
         "أن يكون أصحابها معتقلين ماتوا في السجون.")
    evs = _run(ex, _doc(t, quantities=[("15", 15, 15, "شخص")], places=[QADAM]))
    assert _types(evs) == ["other"]
    # a police statement: «ويعتقد أن القتيل…»
    t = "أعلنت الشرطة العثور على جثة شاب في بلدة المليحة، ويعتقد أن القتيل من أبناء البلدة."
    assert _types(_run(ex, _doc(t, places=[MALIHA]))) == ["other"]


def test_a_running_total_is_an_aggregate_of_the_act_it_adds_to(ex):
    # sanctions: what it counts is no trigger word
    t = "أضاف الاتحاد الأوروبي اليوم 12 مسؤولاً سورياً إلى قائمة العقوبات، ليرتفع عدد المشمولين بتجميد الأصول إلى 250 شخصاً."
    evs = _run(ex, _doc(t, quantities=[("12", 12, 12, "مسؤول"), ("250", 250, 250, "شخص")],
                        dates=[("اليوم", "2024-03-05", "day")]))
    got = sorted((e["type"], e["kind"], (e["count"] or {}).get("low")) for e in _asserted(evs))
    assert got == [("sanction", "aggregate", 250), ("sanction", "incident", 12)]
    # Anadolu style: people in flight, then the total since the month began
    t = ("ذكر مراسل الأناضول أن نحو ألفي سوري عبروا الحدود اليوم إلى ولاية كلس التركية هرباً من المعارك، "
         "ليرتفع عدد الفارين منذ مطلع الشهر إلى أكثر من 60 ألفاً.")
    evs = _run(ex, _doc(t, quantities=[("نحو ألفي", 2000, 2000, "سوري"), ("أكثر من 60 ألفاً", 60000, None, None)],
                        places=[KILIS], dates=[("اليوم", "2024-03-05", "day")]))
    got = sorted((e["type"], e["kind"], (e["count"] or {}).get("low")) for e in _asserted(evs))
    assert got == [("other", "aggregate", 60000), ("other", "incident", 2000)]
    # a total with no figure it can count is nothing
    t = "أضافت وزارة الخزانة اليوم 5 شركات إلى قائمة العقوبات، ليصل عدد الكيانات المدرجة إلى 90 كياناً."
    evs = _run(ex, _doc(t, quantities=[("5", 5, 5, "شركة"), ("90", 90, 90, "كيان")],
                        dates=[("اليوم", "2024-03-05", "day")]))
    assert [e["kind"] for e in _asserted(evs)] == ["incident"]
    # guard: a total whose counted noun is a trigger stays as it was (one aggregate)
    t = "وثق المرصد مقتل 12 مدنياً في قصف على بلدة معرشورين اليوم، ليرتفع عدد القتلى منذ بدء التصعيد إلى 140."
    evs = _run(ex, _doc(t, quantities=[("12", 12, 12, "مدني"), ("140", 140, 140, None)], places=[MAARSHURIN],
                        dates=[("اليوم", "2024-03-05", "day")]))
    assert sorted(e["kind"] for e in _asserted(evs)) == ["aggregate", "incident"]


DEIR_AIRPORT = ("مطار دير الزور", "P39", "Deir ez-Zor airport", "Deir ez-Zor", "facility")
MALLAH = ("الملاجة", "P40", "Al-Mallaja", "Idlib")
LATAKIA_RURAL = ("ريف اللاذقية", "P41", "Latakia countryside", "Latakia", "region")
IDLIB_SOUTH = ("ريف إدلب الجنوبي", "P42", "Southern Idlib countryside", "Idlib", "region")
TAL_RIFAAT = ("تل رفعت", "P43", "Tell Rifaat", "Aleppo")
TARTUS = ("طرطوس", "P44", "Tartus", "Tartus", "governorate")


def test_an_assault_with_no_weapon_word_is_a_clash(ex):
    # SOHR style: an assault opened by a car bomb, its dead
    t = "شن تنظيم الدولة هجوماً على نقاط لجيش النظام حول مطار دير الزور، استهله بتفجير سيارة مفخخة، ما أدى لمقتل 12 عنصراً."
    evs = _run(ex, _doc(t, quantities=[("12", 12, 12, "عنصر")], places=[DEIR_AIRPORT]))
    assert [(e["type"], (e["fatalities"] or {}).get("low")) for e in _asserted(evs)] == [("armed_clash", 12)]
    # Orient style: «عملية نوعية» with its dead is a clash of its own
    t = "نفذت فصائل المعارضة عملية نوعية ضد مواقع قوات النظام في الملاجة، قتلت خلالها 7 عناصر."
    evs = _run(ex, _doc(t, quantities=[("7", 7, 7, "عنصر")], places=[MALLAH]))
    assert _types(evs) == ["armed_clash"]
    # SANA style: an arrest made «في عملية نوعية» is the arrest only
    t = "ألقت الجهات المختصة القبض على خلية إرهابية في ريف اللاذقية في عملية نوعية."
    assert _types(_run(ex, _doc(t, places=[LATAKIA_RURAL]))) == ["arrest"]


def test_people_going_back_home_are_a_return(ex):
    # UNHCR style: displaced people back in their villages
    t = "عاد نحو 300 نازح خلال الأسبوع الماضي إلى بلداتهم في ريف إدلب الجنوبي."
    evs = _run(ex, _doc(t, quantities=[("نحو 300", 300, 300, "نازح")], places=[IDLIB_SOUTH]))
    assert _tp(evs) == [("other", "ريف إدلب الجنوبي")]
    # local outlets: families back in a town after the shelling stopped (the shelling is no event)
    t = "عادت عشرات العائلات النازحة إلى بلدة كفرنبل بعد توقف القصف."
    evs = _run(ex, _doc(t, quantities=[("عشرات", 20, 90, "عائلة")], places=[KAFRANBEL]))
    assert _tp(evs) == [("other", "كفرنبل")]
    # Hawar style: «عادوا إلى منازلهم»
    t = "قالت الإدارة المحلية إن مئات المدنيين عادوا إلى منازلهم في مدينة تل رفعت."
    evs = _run(ex, _doc(t, quantities=[("مئات", 200, 900, "مدني")], places=[TAL_RIFAAT]))
    assert _tp(evs) == [("other", "تل رفعت")]
    # guard: forces going back to their posts are no return of people
    t = "عادت قوات النظام إلى مواقعها في بلدة كفرنبل."
    assert "other" not in _types(_run(ex, _doc(t, places=[KAFRANBEL])))


def test_an_office_speaking_before_another_speakers_clause_is_a_statement(ex):
    # the second speaker's toll is theirs; what the ministry said is a statement
    t = ("أعلن الناطق باسم وزارة الدفاع، اليوم، انتهاء العملية العسكرية في محافظة طرطوس، فيما قالت "
         "منظمة حقوقية إنها وثقت مقتل 40 شخصاً.")
    evs = _run(ex, _doc(t, quantities=[("40", 40, 40, "شخص")], places=[TARTUS], dates=[("اليوم", "2024-03-05", "day")]))
    assert _types(evs) == ["casualties", "statement"]


LEBANON = ("لبنان", "C2", "Lebanon", None, "country")
ADRA = ("سجن عدرا", "P45", "Adra prison", "Rif Dimashq", "facility")


def test_a_crossing_told_verb_first_and_its_total(ex):
    # AFP style: the verb before its plural subject is singular («عبر نحو 300 سوري»); «ما يرفع عدد … إلى»
    t = "عبر نحو 300 سوري الحدود إلى لبنان أمس هرباً من القصف، ما يرفع عدد الواصلين خلال الأسبوع إلى 2400 شخص."
    evs = _run(ex, _doc(t, quantities=[("نحو 300", 300, 300, "سوري"), ("2400", 2400, 2400, "شخص")],
                        places=[LEBANON], dates=[("أمس", "2024-03-04", "day")]))
    got = sorted((e["type"], e["kind"], (e["count"] or {}).get("low")) for e in _asserted(evs))
    assert got == [("other", "aggregate", 2400), ("other", "incident", 300)]
    # guard: «عبر» as "via" is no crossing
    t = "دخلت 40 شاحنة مساعدات إلى إدلب عبر معبر باب الهوى اليوم."
    assert "other" not in _types(_run(ex, _doc(t, quantities=[("40", 40, 40, "شاحنة")], places=[IDLIB])))
    # SANA style: prisoners released, «لترتفع حصيلة المفرج عنهم … إلى»
    t = "أفرجت السلطات اليوم عن 40 معتقلاً من سجن عدرا، لترتفع حصيلة المفرج عنهم منذ صدور العفو إلى 600."
    evs = _run(ex, _doc(t, quantities=[("40", 40, 40, "معتقل"), ("600", 600, 600, None)], places=[ADRA],
                        dates=[("اليوم", "2024-03-05", "day")]))
    got = sorted((e["type"], e["kind"], (e["count"] or {}).get("low")) for e in _asserted(evs))
    assert got == [("other", "aggregate", 600), ("other", "incident", 40)]


ARIMA = ("العريمة", "P46", "Al-Arima", "Aleppo")
BAB_TOWN = ("الباب", "P47", "Al-Bab", "Aleppo")
KISWA = ("الكسوة", "P48", "Al-Kiswah", "Rif Dimashq")


def test_a_response_with_its_subject_between_is_its_own_shelling(ex):
    # Hawar style: «وردت قوات … بقصف …» (the answering force between the verb and «بقصف»)
    t = "قصفت المدفعية التركية قرية العريمة، وردت قوات مجلس منبج العسكري بقصف مواقع الفصائل في محيط الباب."
    evs = _run(ex, _doc(t, places=[ARIMA, BAB_TOWN]))
    assert _tp(evs) == [("shelling", "الباب"), ("shelling", "العريمة")]
    # «ردت عليها … بقصف مماثل»
    t = "قصفت المدفعية التركية قرية العريمة، ردت عليها الوحدات الكردية بقصف مماثل على مدينة الباب."
    evs = _run(ex, _doc(t, places=[ARIMA, BAB_TOWN]))
    assert _tp(evs) == [("shelling", "الباب"), ("shelling", "العريمة")]


def test_an_act_noun_naming_a_body_is_no_act(ex):
    # «مركز المصالحة», «لجنة المصالحة»: bodies, not agreements
    t = "ذكرت وزارة الدفاع الروسية أن مركز المصالحة سجل 12 خرقاً لنظام التهدئة خلال يومين."
    assert "agreement" not in _types(_run(ex, _doc(t, quantities=[("12", 12, 12, "خرق")])))
    t = "أعلنت لجنة المصالحة في بلدة الكسوة عن تسوية أوضاع 200 شاب من المطلوبين للخدمة."
    evs = _run(ex, _doc(t, quantities=[("200", 200, 200, "شاب")], places=[KISWA]))
    assert _tp(evs) == [("other", "الكسوة")]
    # guard: an act noun after a body that is no genitive name («أعلنت الهيئة، الهدنة…») stays
    t = "أعلنت الفصائل الهدنة في بلدة الكسوة اليوم."
    assert _types(_run(ex, _doc(t, places=[KISWA], dates=[("اليوم", "2024-03-05", "day")]))) == ["agreement"]


DUWAILA = ("الدويلعة", "P49", "Al-Duwaila", "Damascus", "neighbourhood")
QAMISHLI_CITY = ("القامشلي", "P50", "Qamishli", "Al-Hasakah", "city")
AZAZ = ("إعزاز", "P51", "Azaz", "Aleppo")
DUMAYR = ("الضمير", "P52", "Al-Dumayr", "Rif Dimashq")


def test_a_suicide_bombing_is_an_explosion(ex):
    # a bomber «فجّر نفسه» (the verb folds as «فجر», dawn: the bomber names the act)
    t = "فجّر انتحاري نفسه بحزام ناسف داخل كنيسة في حي الدويلعة، ما أسفر عن مقتل 25 شخصاً."
    evs = _run(ex, _doc(t, quantities=[("25", 25, 25, "شخص")], places=[DUWAILA]))
    assert [(e["type"], (e["fatalities"] or {}).get("low")) for e in _asserted(evs)] == [("explosion", 25)]
    # Hawar style: «هجوم انتحاري»
    t = "لقي 12 عنصراً من قوات الأسايش حتفهم في هجوم انتحاري استهدف حاجزاً لهم في مدينة القامشلي."
    evs = _run(ex, _doc(t, quantities=[("12", 12, 12, "عنصر")], places=[QAMISHLI_CITY]))
    assert _tp(evs) == [("explosion", "القامشلي")]
    # a woman bomber «فجرت انتحارية نفسها»
    t = "فجرت انتحارية نفسها في سوق شعبي بمدينة إعزاز، ما أودى بحياة ستة مدنيين."
    evs = _run(ex, _doc(t, quantities=[("ستة", 6, 6, "مدني")], places=[AZAZ]))
    assert _tp(evs) == [("explosion", "إعزاز")]
    # guard: belts seized in a raid are no blast
    t = "أعلنت الداخلية تفكيك خلية في مدينة الضمير وضبط أحزمة ناسفة كانت بحوزتها."
    assert "explosion" not in _types(_run(ex, _doc(t, places=[DUMAYR])))


DARAA_BALAD = ("درعا البلد", "P53", "Daraa al-Balad", "Daraa", "neighbourhood")
KABANI = ("الكبينة", "P54", "Kabani", "Latakia")
LATAMNA = ("اللطامنة", "P55", "Al-Lataminah", "Hama")


def test_a_verb_of_the_future_before_the_act(ex):
    # Al-Watan style: a threat in a conditional sentence, «ستشن هجوماً»
    t = "في حال فشل المفاوضات، فإن قوات النظام ستشن هجوماً واسعاً على درعا البلد."
    evs = _run(ex, _doc(t, places=[DARAA_BALAD]))
    assert _asserted(evs) == [] or all(e["type"] == "statement" for e in _asserted(evs))
    # Reuters style: «سيبدأ … الانسحاب»
    t = "قال مسؤول روسي إن الجيش سيبدأ سحب قواته من بلدة اللطامنة الأسبوع المقبل."
    assert "territory_change" not in _types(_run(ex, _doc(t, places=[LATAMNA])))
    # SANA style: «ستنطلق عملية الإجلاء»
    t = "ستنطلق عملية إجلاء المدنيين من درعا البلد صباح الأحد."
    assert "other" not in _types(_run(ex, _doc(t, places=[DARAA_BALAD])))


def test_going_on_is_no_negation_and_without_is(ex):
    # SOHR style: «لا تزال الاشتباكات مستمرة» (still) and «دون تقدم يذكر» (no advance)
    t = "لا تزال الاشتباكات مستمرة على جبهة الكبينة منذ صباح اليوم دون تقدم يذكر لأي من الطرفين."
    evs = _run(ex, _doc(t, places=[KABANI], dates=[("صباح اليوم", "2024-03-05", "day")]))
    assert _types(evs) == ["armed_clash"]
    # Enab Baladi style: «لا يزال القصف المدفعي مستمراً»
    t = "لا يزال القصف المدفعي مستمراً على بلدة اللطامنة منذ فجر اليوم."
    evs = _run(ex, _doc(t, places=[LATAMNA], dates=[("فجر اليوم", "2024-03-05", "day")]))
    assert _types(evs) == ["shelling"]
    # «من دون أي اشتباكات»: none happened
    t = "دخلت الشرطة العسكرية بلدة اللطامنة اليوم من دون أي اشتباكات."
    assert "armed_clash" not in _types(_run(ex, _doc(t, places=[LATAMNA], dates=[("اليوم", "2024-03-05", "day")])))


SAYDNAYA = ("سجن صيدنايا", "P56", "Saydnaya prison", "Rif Dimashq", "facility")
MUADAMIYA_T = ("المعضمية", "P57", "Al-Muadamiyah", "Rif Dimashq")


def test_an_act_said_to_have_lasted_is_the_background_of_the_news(ex):
    # SNHR style: a death in detention «بعد اعتقال دام ثلاث سنوات»: no arrest of the day
    t = "وثقت الشبكة وفاة 4 معتقلين جراء التعذيب داخل سجن صيدنايا هذا الأسبوع، بعد اعتقال استمر أكثر من عامين."
    evs = _run(ex, _doc(t, quantities=[("4", 4, 4, "معتقل")], places=[SAYDNAYA]))
    assert _types(evs) == ["casualties"]
    # activists' style: a siege that lasted years is no act told
    t = "قضى شاب تحت التعذيب داخل أحد المعتقلات بعد اعتقال دام ثلاث سنوات، وفق ما ذكرته عائلته."
    assert "arrest" not in _types(_run(ex, _doc(t)))
    # guard: an arrest of its own day after «بعد» is still its own event (background)
    t = "اعتقلت قوات النظام 12 شاباً في بلدة المعضمية اليوم، بعد اعتقال 5 آخرين أمس."
    evs = _run(ex, _doc(t, quantities=[("12", 12, 12, "شاب"), ("5", 5, 5, None)], places=[MUADAMIYA_T],
                        dates=[("اليوم", "2024-03-05", "day"), ("أمس", "2024-03-04", "day")]))
    assert sorted((e["count"] or {}).get("low") for e in _asserted(evs) if e["type"] == "arrest") == [5, 12]
