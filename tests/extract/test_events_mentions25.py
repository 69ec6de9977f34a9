"""Which mentions are events and of which type (stop 25, issue 10, helper mentions): the type of an act
from its doer and its kind (jets named as doers, shells after gunfire or in an ambush, a killing by gunmen's
fire, clashes with their own dead, an amnesty decree for deserters); what is no event (a habit, an aim, the
name of an accord or of a crime, weapons seized); a count of acts and attempts summed over a month. Our own
sentences in several house styles; layers by hand."""
from __future__ import annotations

import pytest

from marsad.extract.events import EventExtractor

from test_events import _doc, _fig, _run
from test_events_mentions import _asserted


@pytest.fixture(scope="module")
def ex():
    return EventExtractor()


def _types(evs):
    return sorted(e["type"] for e in _asserted(evs))


def _tf(evs):
    """(type, kind, count, fatalities) of each asserted event, in text order."""
    return [(e["type"], e["kind"], _fig(e["count"]), _fig(e["fatalities"])) for e in _asserted(evs)]


SARAQIB = ("سراقب", "P1", "Saraqib", "Idlib")
KAFRNABL = ("كفرنبل", "P2", "Kafr Nabl", "Idlib")
DOUMA = ("دوما", "P3", "Douma", "Rif Dimashq")
MAYADIN = ("الميادين", "P4", "Al-Mayadin", "Deir ez-Zor")
SUKHNA = ("السخنة", "P5", "Al-Sukhnah", "Homs")
HAJIN = ("هجين", "P6", "Hajin", "Deir ez-Zor")
NAWA = ("نوى", "P7", "Nawa", "Daraa")
TAFAS = ("طفس", "P8", "Tafas", "Daraa")
JASIM = ("جاسم", "P9", "Jasim", "Daraa")
MANBIJ = ("منبج", "P10", "Manbij", "Aleppo")
RAQQA = ("الرقة", "P11", "Raqqa", "Raqqa", "city")
TADMUR = ("تدمر", "P12", "Palmyra", "Homs")
QUNEITRA = ("خان أرنبة", "P13", "Khan Arnabah", "Quneitra")
HAMA = ("حماة", "P14", "Hama", "Hama", "city")
JABLEH = ("جبلة", "P15", "Jableh", "Latakia")
HOMS = ("حمص", "P16", "Homs", "Homs", "city")


# -- the type from the doer named after a carrying-out verb -------------------------------------------------
def test_an_attack_carried_out_by_aircraft_is_an_airstrike_whatever_its_weapon(ex):
    # civil defence style: «هجوم بغازات سامة نفذته طائرات حربية»
    t = ("قال الدفاع المدني إن 40 شخصاً قُتلوا في هجوم بغازات سامة نفذته طائرات حربية على مدينة سراقب "
         "فجر اليوم.")
    evs = _run(ex, _doc(t, published="2018-02-04", places=[SARAQIB], quantities=[("40", 40, 40, "شخص")],
                        dates=[("فجر اليوم", "2018-02-04", "day")]))
    assert _tf(evs) == [("airstrike", "incident", None, 40)]
    # Reuters style: «هجوم صاروخي شنته مروحيات»
    t = "أفاد سكان بأن هجوماً بالصواريخ شنته مروحيات على بلدة كفرنبل أمس أسفر عن مقتل ستة مدنيين."
    evs = _run(ex, _doc(t, published="2016-05-11", places=[KAFRNABL], quantities=[("ستة", 6, 6, "مدني")],
                        dates=[("أمس", "2016-05-10", "day")]))
    assert _tf(evs) == [("airstrike", "incident", None, 6)]
    # SOHR style: «قصف بغاز الكلور نفذته الطائرات المروحية»
    t = "وثق المرصد إصابة 12 مدنياً بحالات اختناق إثر هجوم بغاز الكلور نفذته الطائرات المروحية على مدينة دوما."
    evs = _run(ex, _doc(t, published="2018-01-22", places=[DOUMA], quantities=[("12", 12, 12, "مدني")]))
    assert [e["type"] for e in _asserted(evs)] == ["airstrike"]
    # with no aircraft named, a chemical attack stays a shelling (guard)
    t = "قال الدفاع المدني إن 40 شخصاً قُتلوا في هجوم بغازات سامة على مدينة سراقب فجر اليوم."
    evs = _run(ex, _doc(t, published="2018-02-04", places=[SARAQIB], quantities=[("40", 40, 40, "شخص")],
                        dates=[("فجر اليوم", "2018-02-04", "day")]))
    assert _types(evs) == ["shelling"]


# -- shells fired in a ground attack ---------------------------------------------------------------------------
def test_shells_after_gunfire_or_in_an_ambush_are_an_armed_clash(ex):
    # Al-Watan style: «اعتداء إرهابي بالرصاص والقذائف الصاروخية … على حافلة»
    t = ("ذكرت مصادر ميدانية أن تسعة عسكريين استشهدوا جراء اعتداء إرهابي بالرصاص والقذائف الصاروخية على "
         "حافلة نقل عسكرية قرب بلدة السخنة مساء أمس.")
    evs = _run(ex, _doc(t, published="2021-12-31", places=[SUKHNA], quantities=[("تسعة", 9, 9, "عسكري")],
                        dates=[("مساء أمس", "2021-12-30", "day")]))
    assert _tf(evs) == [("armed_clash", "incident", None, 9)]
    # Deir ez-Zor outlet style: «نصب مسلحون كميناً … واستهدفوها بالقذائف»
    t = ("نصب مسلحون كميناً لسيارة عسكرية على طريق الميادين واستهدفوها بالقذائف، ما أدى إلى مقتل أربعة "
         "عناصر، بحسب شبكة محلية.")
    evs = _run(ex, _doc(t, published="2020-06-02", places=[MAYADIN], quantities=[("أربعة", 4, 4, "عنصر")]))
    assert _types(evs) == ["armed_clash"]
    # SANA style: «بالأسلحة الرشاشة والقذائف»
    t = "هاجمت مجموعة إرهابية بالأسلحة الرشاشة والقذائف حاجزاً للجيش في بلدة هجين، ما أدى إلى استشهاد جنديين."
    evs = _run(ex, _doc(t, published="2013-04-02", places=[HAJIN]))
    assert _types(evs) == ["armed_clash"]
    # shells alone are a shelling (guard)
    t = "سقطت قذائف على بلدة هجين مساء أمس، ما أدى إلى مقتل أربعة مدنيين، بحسب شبكة محلية."
    evs = _run(ex, _doc(t, published="2020-06-02", places=[HAJIN], quantities=[("أربعة", 4, 4, "مدني")],
                        dates=[("مساء أمس", "2020-06-01", "day")]))
    assert _types(evs) == ["shelling"]


# -- a killing by gunmen's fire, an aside about the victim between ---------------------------------------------
def test_a_killing_by_gunmens_fire_past_an_aside_is_an_armed_clash(ex):
    # Horan outlet style: the aside «، وهو قيادي سابق في فصيل،», then a month's count by the monitor
    t = ("قُتل شاب، وهو عنصر سابق في فصائل المعارضة، برصاص مسلحين مجهولين مساء أمس في مدينة نوى، وفق مكتب "
         "التوثيق، الذي أحصى خلال الشهر الماضي 25 عملية ومحاولة اغتيال في المحافظة قُتل فيها 19 شخصاً.")
    evs = _run(ex, _doc(t, published="2022-04-02", places=[NAWA],
                        quantities=[("25", 25, 25, "عملية"), ("19", 19, 19, "شخص")],
                        dates=[("مساء أمس", "2022-04-01", "day"), ("الشهر الماضي", "2022-03", "month")]))
    assert _tf(evs) == [("armed_clash", "incident", None, None), ("armed_clash", "aggregate", 25, 19)]
    assert [e["modality"] for e in evs] == ["asserted", "asserted"]
    # Enab Baladi style: «وهو مختار البلدة», a second act told after the source
    t = ("قُتل رجل، وهو مختار بلدة جاسم، برصاص مسلحين ملثمين أمام منزله ليل أمس، بحسب ناشطين، بعد أسبوع "
         "من اعتقال ابنه.")
    evs = _run(ex, _doc(t, published="2021-09-14", places=[JASIM], dates=[("ليل أمس", "2021-09-13", "day")]))
    assert "armed_clash" in _types(evs) and "casualties" not in _types(evs)
    # a killing told after a strike in its sentence stays that strike's dead (guard)
    t = "استهدفت غارة جوية بلدة طفس، وقُتل رجل، وهو موظف في البلدية، برصاص مسلحين بعدها بساعات."
    evs = _run(ex, _doc(t, published="2021-09-14", places=[TAFAS]))
    assert "casualties" not in _types(evs) and _types(evs)[0] == "airstrike"


# -- clashes with their own dead, recalled ------------------------------------------------------------------------
def test_clashes_recalled_with_their_dead_are_one_armed_clash_not_a_call(ex):
    # Suwayda outlet style: a statement that demands, «وذلك بعد يومين من مواجهات … قُتل فيها 11»
    t = ("أصدرت الهيئة الروحية في السويداء بياناً، اليوم، أعلنت فيه رفضها أي حل أمني وطالبت بحماية دولية، "
         "وذلك بعد يومين من مواجهات شهدتها بلدة جبلة وقُتل فيها 11 عنصراً.")
    evs = _run(ex, _doc(t, published="2025-05-01", places=[JABLEH], quantities=[("11", 11, 11, "عنصر")],
                        dates=[("اليوم", "2025-05-01", "day")]))
    clash = [e for e in evs if e["type"] == "armed_clash"]
    assert len(clash) == 1 and clash[0]["modality"] == "asserted" and _fig(clash[0]["fatalities"]) == 11
    assert "casualties" not in _types(evs)
    # a call's own act is still a call (guard)
    t = "دعت الهيئة في بيان اليوم إلى إضراب عام ومظاهرات في مدينة جبلة."
    evs = _run(ex, _doc(t, published="2025-05-01", places=[JABLEH], dates=[("اليوم", "2025-05-01", "day")]))
    assert all(e["modality"] == "call" for e in evs if e["type"] == "protest")


# -- an amnesty decree for desertion; the name of a crime -------------------------------------------------------
def test_an_amnesty_decree_whose_content_names_desertion_is_a_desertion(ex):
    # SANA style: a long decree; desertion named far from the decree word
    t = ("أصدر الرئيس اليوم مرسوماً تشريعياً يقضي بمنح عفو عام عن الجرائم المرتكبة قبل تاريخ صدوره، "
         "ويشمل العفو كامل العقوبة لمرتكبي جرائم الفرار الداخلي والخارجي شرط تسليم أنفسهم خلال مهلة محددة.")
    evs = _run(ex, _doc(t, published="2022-04-30", dates=[("اليوم", "2022-04-30", "day")]))
    assert _types(evs) == ["desertion"]
    # Al-Watan style: «المرسوم … يعفي المتخلفين عن الخدمة»
    t = ("وجاء في المرسوم الذي أصدره الرئيس صباح اليوم، بعد مشاورات استمرت أسابيع مع الجهات المختصة، أنه "
         "يعفى من العقوبة كل من سلّم نفسه من المتخلفين عن الخدمة الإلزامية.")
    evs = _run(ex, _doc(t, published="2022-04-30", dates=[("صباح اليوم", "2022-04-30", "day")]))
    assert _types(evs) == ["desertion"]
    # the crime named in a sentence of a court is no flight (guard: no `other` event)
    t = "أصدرت المحكمة العسكرية أحكاماً غيابية بحق 20 عسكرياً بجرم الفرار إلى دول الجوار."
    evs = _run(ex, _doc(t, published="2022-04-30", quantities=[("20", 20, 20, "عسكري")]))
    assert "other" not in _types(evs)


# -- not events: a habit, an aim, the name of an accord, weapons seized --------------------------------------------
def test_a_habit_told_with_a_daily_word_is_no_event(ex):
    # Al-Hayat style: «وتلقي المروحيات يومياً عشرات البراميل»
    t = "وتلقي المروحيات يومياً عشرات البراميل المتفجرة على أحياء مدينة دوما."
    evs = _run(ex, _doc(t, published="2015-08-01", places=[DOUMA], quantities=[("عشرات", 20, 90, "برميل")]))
    assert _types(evs) == []
    # Syria TV style: «تتعرض البلدة بشكل يومي لقصف مدفعي»; SOHR style: «كل يوم»
    t = "وتقصف قوات النظام كل يوم قرى ريف كفرنبل بالمدفعية الثقيلة."
    assert _types(_run(ex, _doc(t, published="2019-05-20", places=[KAFRNABL]))) == []
    t = "ويشن الطيران الروسي يومياً غارات على مدينة سراقب ومحيطها."
    assert _types(_run(ex, _doc(t, published="2020-01-20", places=[SARAQIB]))) == []
    # a strike of a day stays (guard)
    t = "ألقت المروحيات اليوم عشرات البراميل المتفجرة على أحياء مدينة دوما."
    evs = _run(ex, _doc(t, published="2015-08-01", places=[DOUMA], quantities=[("عشرات", 20, 90, "برميل")],
                        dates=[("اليوم", "2015-08-01", "day")]))
    assert _types(evs) == ["airstrike"]


def test_an_aim_after_a_verb_of_seeking_is_no_event(ex):
    # AFP style: «في وقت تسعى فيه القوات إلى طرد التنظيم من المدينة»
    t = ("قُتل ثمانية مدنيين في غارات على مدينة الرقة، في وقت تسعى فيه قوات سوريا الديمقراطية إلى طرد "
         "التنظيم من وسط المدينة.")
    evs = _run(ex, _doc(t, published="2017-08-21", places=[RAQQA], quantities=[("ثمانية", 8, 8, "مدني")]))
    assert _types(evs) == ["airstrike"]
    # Deir ez-Zor outlet style: «هجوم معاكس تسعى من خلاله إلى استعادة البلدة»
    t = "دفعت القوات بتعزيزات إلى مدينة الميادين، استعداداً لهجوم معاكس تسعى من خلاله إلى استعادة البلدة."
    assert _types(_run(ex, _doc(t, published="2023-08-29", places=[MAYADIN]))) == ["reinforcement"]
    # Anadolu style: «تهدف إلى السيطرة على»
    t = "أطلق الجيش عملية عسكرية جديدة قرب مدينة تدمر تهدف إلى السيطرة على حقول النفط المحيطة بها."
    assert "territory_change" not in _types(_run(ex, _doc(t, published="2017-02-10", places=[TADMUR])))


def test_the_name_of_an_accord_holds_no_clash(ex):
    # Anadolu/SANA style: «في انتهاك لاتفاقية فض الاشتباك لعام 1974»
    t = ("توغلت قوة إسرائيلية في قرية خان أرنبة واعتقلت ثلاثة شبان، في انتهاك جديد لاتفاقية فض الاشتباك "
         "لعام 1974.")
    evs = _run(ex, _doc(t, published="2025-06-12", places=[QUNEITRA], quantities=[("ثلاثة", 3, 3, "شاب")],
                        dates=[("1974", "1974", "year")]))
    assert _types(evs) == ["arrest"]
    # Reuters style: «خرقاً لقواعد الاشتباك»; Enab Baladi style: «على خطوط الاشتباك»
    t = "قالت مصادر إن القوات التركية ردت على مصادر النيران وفق قواعد الاشتباك المعمول بها في منبج."
    assert "armed_clash" not in _types(_run(ex, _doc(t, published="2019-10-02", places=[MANBIJ])))
    t = "استقدمت الفصائل تعزيزات عسكرية إلى خطوط الاشتباك قرب مدينة منبج."
    assert _types(_run(ex, _doc(t, published="2019-10-02", places=[MANBIJ]))) == ["reinforcement"]


def test_weapons_seized_in_the_raiders_hands_are_no_blast(ex):
    # SANA style: «وضبطت بحوزتهم بنادق وقنابل يدوية»
    t = "أوقفت وحدات الأمن العام أمس ستة مطلوبين في مدينة حمص، وضبطت بحوزتهم بنادق وقنابل يدوية."
    evs = _run(ex, _doc(t, published="2025-02-11", places=[HOMS], quantities=[("ستة", 6, 6, "مطلوب")],
                        dates=[("أمس", "2025-02-10", "day")]))
    assert _types(evs) == ["arrest"]
    # Enab Baladi style: «وصادرت لديهم رشاشات وقذائف»
    t = "داهمت دورية أمنية منزلاً في مدينة حماة واعتقلت شخصين، وصادرت لديهم رشاشات وقذائف هاون."
    assert _types(_run(ex, _doc(t, published="2025-02-11", places=[HAMA]))) == ["arrest"]
    # Reuters style: «عثر بحوزته على قنبلة»: a grenade that blew up stays a blast (guard)
    t = "انفجرت قنبلة يدوية في سوق مدينة حماة اليوم، ما أدى إلى إصابة خمسة أشخاص."
    evs = _run(ex, _doc(t, published="2025-02-11", places=[HAMA], quantities=[("خمسة", 5, 5, "شخص")],
                        dates=[("اليوم", "2025-02-11", "day")]))
    assert _types(evs) == ["explosion"]
