"""Which mentions are events and of which type (stop 25, issue 10, helper mentions): the type of an act
from its doer and its kind (jets named as doers, shells after gunfire or in an ambush, a killing by gunmen's
fire, clashes with their own dead, an amnesty decree for deserters); what is no event (a habit, an aim, the
name of an accord or of a crime, weapons seized); a count of acts and attempts summed over a month. Our own
sentences in several house styles; layers by hand."""
from __future__ import annotations

import pytest

from marsad.extract.events import EventExtractor
from marsad.extract.events.vocab import load_types

from test_events import _doc, _fig, _run
from test_events_mentions import _asserted


CHEMICAL = "explosion" if load_types()["attack"].get("chemical", {}).get("enabled") else "shelling"


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
    # civil defence style: «هجوم بغاز X نفذته طائرات حربية»
    t = ("ذكر الدفاع المدني أن 40 شخصاً لقوا حتفهم إثر هجوم بغاز السارين نفذته طائرات حربية فوق مدينة سراقب "
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
    # with no aircraft named, a chemical attack is no air strike (guard; a shelling until stop 43, an explosion since:
    # types.json attack `chemical`)
    t = "ذكر الدفاع المدني أن 40 شخصاً لقوا حتفهم إثر هجوم بغاز السارين على مدينة سراقب فجر اليوم."
    evs = _run(ex, _doc(t, published="2018-02-04", places=[SARAQIB], quantities=[("40", 40, 40, "شخص")],
                        dates=[("فجر اليوم", "2018-02-04", "day")]))
    assert _types(evs) == [CHEMICAL]


# -- shells fired in a ground attack ---------------------------------------------------------------------------
def test_shells_after_gunfire_or_in_an_ambush_are_an_armed_clash(ex):
    # Al-Watan style: «اعتداء إرهابي بالرصاص والقذائف … على حافلة»
    t = ("ذكرت مصادر ميدانية أن تسعة عسكريين استشهدوا إثر اعتداء إرهابي بالرصاص وقذائف الهاون على "
         "حافلة نقل عسكرية قرب بلدة السخنة مساء أمس.")
    evs = _run(ex, _doc(t, published="2021-12-31", places=[SUKHNA], quantities=[("تسعة", 9, 9, "عسكري")],
                        dates=[("مساء أمس", "2021-12-30", "day")]))
    assert _tf(evs) == [("armed_clash", "incident", None, 9)]
    # Deir ez-Zor outlet style: «نصب مسلحون كميناً … واستهدفوها بالقذائف»
    t = ("نصب مسلحون كميناً لسيارة عسكرية على طريق الميادين واستهدفوها بالقذائف، فقتلوا أربعة "
         "عناصر، وفق شبكة محلية.")
    evs = _run(ex, _doc(t, published="2020-06-02", places=[MAYADIN], quantities=[("أربعة", 4, 4, "عنصر")]))
    assert _types(evs) == ["armed_clash"]
    # SANA style: «بالأسلحة الرشاشة والقذائف»
    t = "هاجمت مجموعة إرهابية بالأسلحة الرشاشة والقذائف حاجزاً للجيش في بلدة هجين، ما أدى إلى استشهاد جنديين."
    evs = _run(ex, _doc(t, published="2013-04-02", places=[HAJIN]))
    assert _types(evs) == ["armed_clash"]
    # shells alone are a shelling (guard)
    t = "سقطت قذائف على بلدة هجين مساء أمس، وقتلت أربعة مدنيين، وفق شبكة محلية."
    evs = _run(ex, _doc(t, published="2020-06-02", places=[HAJIN], quantities=[("أربعة", 4, 4, "مدني")],
                        dates=[("مساء أمس", "2020-06-01", "day")]))
    assert _types(evs) == ["shelling"]


# -- a killing by gunmen's fire, an aside about the victim between ---------------------------------------------
def test_a_killing_by_gunmens_fire_past_an_aside_is_an_armed_clash(ex):
    # Horan outlet style: the aside «، وهو قيادي سابق في فصيل،», then a month's count by the monitor
    t = ("قُتل شاب، وهو مقاتل سابق في فصيل معارض، برصاص مسلحين مجهولين ليل أمس في مدينة نوى، وفق مكتب "
         "التوثيق، الذي أحصى خلال الشهر الماضي 25 عملية ومحاولة اغتيال في درعا وريفها قُتل فيها 19 شخصاً.")
    evs = _run(ex, _doc(t, published="2022-04-02", places=[NAWA],
                        quantities=[("25", 25, 25, "عملية"), ("19", 19, 19, "شخص")],
                        dates=[("ليل أمس", "2022-04-01", "day"), ("الشهر الماضي", "2022-03", "month")]))
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
    # Suwayda outlet style: a statement that demands, «وذلك بعد N أيام من مواجهات … قُتل فيها 11»
    t = ("أصدرت الهيئة الروحية في السويداء بياناً، اليوم، رفضت فيه الحلول الأمنية وطالبت بحماية دولية، "
         "وذلك بعد ثلاثة أيام من مواجهات دارت في بلدة جبلة وقُتل فيها 11 عنصراً.")
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
    t = ("أصدر الرئيس اليوم مرسوماً تشريعياً بالعفو العام عن جرائم ارتكبت قبل هذا التاريخ، "
         "ويعفي المرسوم مرتكبي جريمة الفرار من العقوبة كاملة إذا سلّموا أنفسهم خلال مدة معينة.")
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
    # Al-Hayat style: «وتلقي الطائرات المروحية يومياً عشرات البراميل»
    t = "وتلقي الطائرات المروحية يومياً عشرات البراميل فوق أحياء مدينة دوما."
    evs = _run(ex, _doc(t, published="2015-08-01", places=[DOUMA], quantities=[("عشرات", 20, 90, "برميل")]))
    assert _types(evs) == []
    # Syria TV style: «تتعرض البلدة بشكل يومي لقصف مدفعي»; SOHR style: «كل يوم»
    t = "وتقصف قوات النظام كل يوم قرى ريف كفرنبل بالمدفعية الثقيلة."
    assert _types(_run(ex, _doc(t, published="2019-05-20", places=[KAFRNABL]))) == []
    t = "ويشن الطيران الروسي يومياً غارات على مدينة سراقب ومحيطها."
    assert _types(_run(ex, _doc(t, published="2020-01-20", places=[SARAQIB]))) == []
    # a strike of a day stays (guard)
    t = "ألقت الطائرات المروحية اليوم عشرات البراميل فوق أحياء مدينة دوما."
    evs = _run(ex, _doc(t, published="2015-08-01", places=[DOUMA], quantities=[("عشرات", 20, 90, "برميل")],
                        dates=[("اليوم", "2015-08-01", "day")]))
    assert _types(evs) == ["airstrike"]


def test_an_aim_after_a_verb_of_seeking_is_no_event(ex):
    # AFP style: «في وقت تسعى فيه القوات إلى طرد التنظيم من المدينة»
    t = ("قُتل ثمانية مدنيين في غارات على مدينة الرقة، في حين تسعى قسد إلى طرد "
         "التنظيم من وسط المدينة.")
    evs = _run(ex, _doc(t, published="2017-08-21", places=[RAQQA], quantities=[("ثمانية", 8, 8, "مدني")]))
    assert _types(evs) == ["airstrike"]
    # Deir ez-Zor outlet style: «هجوم معاكس تسعى عبره إلى استعادة …»
    t = "دفعت القوات بتعزيزات إلى مدينة الميادين، تحضيراً لهجوم معاكس تسعى عبره إلى استعادة البلدة."
    assert _types(_run(ex, _doc(t, published="2023-08-29", places=[MAYADIN]))) == ["reinforcement"]
    # Anadolu style: «تهدف إلى السيطرة على»
    t = "أطلق الجيش عملية عسكرية جديدة قرب مدينة تدمر تهدف إلى السيطرة على حقول النفط المحيطة بها."
    assert "territory_change" not in _types(_run(ex, _doc(t, published="2017-02-10", places=[TADMUR])))


def test_the_name_of_an_accord_holds_no_clash(ex):
    # Anadolu/SANA style: «في خرق لاتفاقية فض الاشتباك الموقعة عام 1974»
    t = ("توغلت قوة إسرائيلية في قرية خان أرنبة واعتقلت ثلاثة شبان، في خرق جديد لاتفاقية فض الاشتباك "
         "الموقعة عام 1974.")
    evs = _run(ex, _doc(t, published="2025-06-12", places=[QUNEITRA], quantities=[("ثلاثة", 3, 3, "شاب")],
                        dates=[("1974", "1974", "year")]))
    assert _types(evs) == ["arrest"]
    # Reuters style: «خرقاً لقواعد الاشتباك»; Enab Baladi style: «على خطوط الاشتباك»
    t = "قالت مصادر إن القوات التركية ردت على مصادر النيران وفق قواعد الاشتباك المعمول بها في منبج."
    assert "armed_clash" not in _types(_run(ex, _doc(t, published="2019-10-02", places=[MANBIJ])))
    t = "استقدمت الفصائل تعزيزات عسكرية إلى خطوط الاشتباك قرب مدينة منبج."
    assert _types(_run(ex, _doc(t, published="2019-10-02", places=[MANBIJ]))) == ["reinforcement"]


def test_weapons_seized_in_the_raiders_hands_are_no_blast(ex):
    # SANA style: «وضبطت معهم بنادق وقنابل»
    t = "أوقفت وحدات الأمن العام أمس ستة مطلوبين في مدينة حمص، وضبطت معهم أسلحة رشاشة وقنابل."
    evs = _run(ex, _doc(t, published="2025-02-11", places=[HOMS], quantities=[("ستة", 6, 6, "مطلوب")],
                        dates=[("أمس", "2025-02-10", "day")]))
    assert _types(evs) == ["arrest"]
    # Enab Baladi style: «وصادرت لديهم رشاشات وقذائف»
    t = "داهمت دورية أمنية منزلاً في مدينة حماة واعتقلت شخصين، وصادرت لديهم رشاشات وقذائف هاون."
    assert _types(_run(ex, _doc(t, published="2025-02-11", places=[HAMA]))) == ["arrest"]
    # Reuters style: «عثر بحوزته على قنبلة»: a grenade that blew up stays a blast (guard)
    t = "انفجرت قنبلة يدوية في سوق مدينة حماة اليوم، وأصابت خمسة أشخاص."
    evs = _run(ex, _doc(t, published="2025-02-11", places=[HAMA], quantities=[("خمسة", 5, 5, "شخص")],
                        dates=[("اليوم", "2025-02-11", "day")]))
    assert _types(evs) == ["explosion"]


# -- reporting words in a statement; a stance of approval; a statement's own day -------------------------------
def test_a_plain_report_in_a_statement_is_no_statement_event(ex):
    # Anadolu style: «وقالت المنظمة في بيان أصدرته في <مدينة> إن المنشأة كانت تخدم…»
    t = ("قصفت طائرات حربية مستشفى في بلدة كفرنبل أمس. وقالت المنظمة الداعمة في بيان أصدرته في باريس إن "
         "المستشفى كان يخدم نحو 50 ألف نسمة.")
    evs = _run(ex, _doc(t, published="2016-02-16", places=[KAFRNABL], quantities=[("نحو 50 ألف", 50000, 50000, "نسمة")],
                        dates=[("أمس", "2016-02-15", "day")]))
    assert _types(evs) == ["airstrike"]
    # Enab Baladi style: «وذكرت الشبكة في بيان لها أن…»; SANA style: «وأوضحت الوزارة في بيان أن…»
    t = "وذكرت الشبكة الحقوقية في بيان لها أن عدد سكان المخيم تجاوز 20 ألف نسمة."
    assert _types(_run(ex, _doc(t, published="2020-03-01", quantities=[("20 ألف", 20000, 20000, "نسمة")]))) == []
    t = "وأوضحت وزارة الداخلية في بيان أن الطريق سيبقى مفتوحاً أمام المدنيين."
    assert _types(_run(ex, _doc(t, published="2020-03-01"))) == []
    # a plain report whose content is a call or a refusal is a statement (guard)
    t = "وقال الائتلاف الوطني في بيان إنه يدعو الدول الكبرى إلى العمل على وقف المجازر."
    assert _types(_run(ex, _doc(t, published="2016-03-01"))) == ["statement"]
    # a call in a statement is one (guard)
    t = "دعا المجلس المحلي في بيان له الأهالي إلى إضراب عام في مدينة منبج."
    evs = _run(ex, _doc(t, published="2020-03-01", places=[MANBIJ]))
    assert "statement" in [e["type"] for e in evs]


def test_an_approval_announced_is_a_statement_of_its_own_day(ex):
    # BBC style: «أعلن الائتلاف … قبوله حضور مؤتمر يعقد الأربعاء المقبل، … وقال رئيسه إن…»
    t = ("أعلن الائتلاف المعارض، مساء اليوم، قبوله حضور المؤتمر المقرر عقده الأربعاء المقبل، "
         "وقال رئيسه إن وفد المعارضة سيطرح مطالب الشارع.")
    evs = _run(ex, _doc(t, published="2014-01-18", dates=[("مساء اليوم", "2014-01-18", "day"),
                                                          ("الأربعاء المقبل", "2014-01-22", "day")]))
    sts = [e for e in evs if e["type"] == "statement"]
    assert len(sts) == 1 and sts[0]["trigger"] == "أعلن" and sts[0]["date"] == "2014-01-18"
    # Reuters style: «أعلنت الحكومة قبولها…»; Hawar style: «أكدت الإدارة تمسكها…»
    t = "أعلنت الحكومة السورية قبولها بالمبادرة الأممية لوقف إطلاق النار في الغوطة."
    assert "statement" in _types(_run(ex, _doc(t, published="2018-02-25")))
    t = "أكدت الإدارة الذاتية في بيان تمسكها بالتفاوض مع الحكومة في دمشق بلا شروط."
    assert _types(_run(ex, _doc(t, published="2019-10-10"))) == ["statement"]
    # a statement dated only by the day of what it speaks about takes the day it is reported
    t = "أعلنت الهيئة العليا للمفاوضات رفضها المشاركة في الجولة المقررة يوم الخميس المقبل."
    evs = _run(ex, _doc(t, published="2017-02-13", dates=[("يوم الخميس المقبل", "2017-02-16", "day")]))
    (st,) = [e for e in evs if e["type"] == "statement"]
    assert st["date"] == "2017-02-13"


# -- an accusation tells an act of its own ---------------------------------------------------------------------
def test_an_act_named_in_an_accusation_after_a_denial_is_asserted_apart(ex):
    # Enab Baladi style: «نفى المركز أن يكون شن أي هجوم، واتهم فصائل … بقصف قرى قرب…»
    t = ("قالت وزارة الدفاع إن جنديين قُتلا أمس في هجوم بطائرة مسيرة على نقطة عسكرية قرب مدينة منبج. في "
         "المقابل، نفى المكتب الإعلامي للقوات أن يكون شن أي هجوم، واتهم فصائل حكومية بقصف قرى قرب سد تشرين.")
    dam = ("سد تشرين", "P31", "Tishreen Dam", "Aleppo", "facility")
    evs = _run(ex, _doc(t, published="2025-08-24", places=[MANBIJ, dam], dates=[("أمس", "2025-08-23", "day")]))
    shell = [e for e in _asserted(evs) if e["type"] == "shelling"]
    assert len(shell) == 1 and shell[0]["trigger"] == "قصف" and shell[0]["place"]["surface"] == "سد تشرين"
    # AFP style: «ونفت الوزارة … واتهمت المعارضة بقصف»
    t = "ونفت وزارة الدفاع أن تكون قواتها قصفت البلدة، واتهمت الفصائل المسلحة بقصف أحياء مدينة حماة."
    evs = _run(ex, _doc(t, published="2019-05-01", places=[HAMA]))
    assert [e["trigger"] for e in _asserted(evs)] == ["قصف"]
    # SOHR style: a denial alone (guard): the act is not asserted; the denial, the item's news, is the ministry's
    # statement (stop 32's convention)
    t = "ونفت وزارة الدفاع أن تكون قواتها قصفت أحياء مدينة حماة."
    assert [e["type"] for e in _asserted(_run(ex, _doc(t, published="2019-05-01", places=[HAMA])))] == ["statement"]


# -- acts not read before: leaving posts, buses out, the neutralised, an answer, a recalled arrest ---------------
def test_soldiers_leaving_their_posts_and_uniforms_desert(ex):
    # Reuters style: «إن نحو N جندي تركوا مواقعهم … وخلعوا بزاتهم العسكرية»
    t = "قال ضابط لرويترز إن نحو 500 جندي تركوا نقاطهم داخل مدينة حمص اليوم وخلعوا بزاتهم العسكرية."
    evs = _run(ex, _doc(t, published="2024-12-07", places=[HOMS], quantities=[("نحو 500", 500, 500, "جندي")],
                        dates=[("اليوم", "2024-12-07", "day")]))
    assert _tf(evs) == [("desertion", "incident", 500, None)]
    # Syria TV style: «خلع عشرات العناصر زيهم العسكري»; local outlet: «تخلوا عن مواقعهم»
    t = "خلع عشرات العناصر في مدينة حماة زيهم العسكري وفروا إلى منازلهم."
    evs = _run(ex, _doc(t, published="2024-12-05", places=[HAMA], quantities=[("عشرات", 20, 90, "عنصر")]))
    assert _types(evs) == ["desertion"]
    t = "تخلى 40 عنصراً من قوات النظام عن مواقعهم قرب مدينة تدمر، بحسب مصادر محلية."
    evs = _run(ex, _doc(t, published="2024-12-05", places=[TADMUR], quantities=[("40", 40, 40, "عنصر")]))
    assert _tf(evs) == [("desertion", "incident", 40, None)]
    # The Telegraph in Arabic style: «كان رفاقه يخلعون زيهم العسكري»
    t = "وقال الجندي إن رفاقه في مدينة حماة كانوا يخلعون زيهم العسكري ويغادرون."
    assert _types(_run(ex, _doc(t, published="2024-12-17", places=[HAMA]))) == ["desertion"]
    # the defectors told before, leaving their posts, are that defection (guard)
    t = ("انشق 12 عنصراً عن جيش النظام في بلدة طفس. وقال الناطق إن المنشقين غادروا مواقعهم مع أسلحتهم "
         "الفردية.")
    evs = _run(ex, _doc(t, published="2013-02-01", places=[TAFAS], quantities=[("12", 12, 12, "عنصر")]))
    assert _types(evs) == ["defection"]
    # a force leaving its positions is a withdrawal, not a desertion (guard)
    t = "انسحبت قوات النظام من نقاطها داخل مدينة تدمر."
    assert "desertion" not in _types(_run(ex, _doc(t, published="2024-12-05", places=[TADMUR])))


def test_an_evacuation_told_by_its_buses(ex):
    # Al-Watan style: «خرجت صباح اليوم من <مدينة> أولى الحافلات التي تقل N…»
    t = "خرجت صباح اليوم من مدينة دوما أولى الحافلات التي تقل 900 من المسلحين وعائلاتهم باتجاه إدلب."
    evs = _run(ex, _doc(t, published="2018-03-25", places=[DOUMA], quantities=[("900", 900, 900, None)],
                        dates=[("صباح اليوم", "2018-03-25", "day")]))
    assert [(e["type"], _fig(e["count"]), (e["place"] or {}).get("surface")) for e in _asserted(evs)] == \
        [("other", 900, "دوما")]
    # SANA style: «غادرت الحافلات … وعلى متنها 400 شخص»; Anadolu style: «انطلقت قافلة تضم 30 حافلة»
    t = "غادرت الحافلات مدينة الرقة مساء أمس وعلى متنها 400 شخص."
    evs = _run(ex, _doc(t, published="2017-10-15", places=[RAQQA], quantities=[("400", 400, 400, "شخص")],
                        dates=[("مساء أمس", "2017-10-14", "day")]))
    assert _types(evs) == ["other"]
    t = "انطلقت قافلة الحافلات الأولى من بلدة هجين وعلى متنها 250 مقاتلاً."
    evs = _run(ex, _doc(t, published="2018-12-20", places=[HAJIN], quantities=[("250", 250, 250, "مقاتل")]))
    assert _types(evs) == ["other"]
    # wire style: buses leaving with their passengers counted: the people are the figure, not the buses
    t = "غادرت اليوم مدينة الرستن قرابة 80 حافلة على متنها ثلاثة آلاف مقاتل ومدني."
    rastan = ("الرستن", "P34", "Al-Rastan", "Homs")
    evs = _run(ex, _doc(t, published="2018-05-10", places=[rastan], dates=[("اليوم", "2018-05-10", "day")],
                        quantities=[("قرابة 80", 80, 80, "حافلة"), ("ثلاثة آلاف", 3000, 3000, "مقاتل")]))
    assert [(e["type"], _fig(e["count"])) for e in _asserted(evs)] == [("other", 3000)]
    # state media style: buses sent out of a town («تسيير»)
    t = "وأوضح المحافظ أن الجهات المختصة باشرت تسيير 40 حافلة لإخراج من تبقى في مدينة الرستن اليوم."
    evs = _run(ex, _doc(t, published="2018-05-10", places=[rastan], dates=[("اليوم", "2018-05-10", "day")],
                        quantities=[("40", 40, 40, "حافلة")]))
    assert _types(evs) == ["other"]


def test_the_neutralised_counted_before_their_verb(ex):
    # Turkish staff style: «أن N من المسلحين «حُيّدوا» … منذ بدء العملية»
    t = ("أعلنت رئاسة الأركان في بيان اليوم أن 1200 من المسلحين «حُيّدوا» بمنطقة منبج منذ بدء العملية.")
    evs = _run(ex, _doc(t, published="2019-10-20", places=[MANBIJ], quantities=[("1200", 1200, 1200, "مسلح")],
                        dates=[("اليوم", "2019-10-20", "day")]))
    assert _tf(evs) == [("casualties", "aggregate", 1200, 1200)]
    # Anadolu style: «تم تحييد 30 إرهابياً»; the passive singular «حُيّد» with its figure before
    t = "قالت الوزارة إن 15 عنصراً من التنظيم حُيّدوا في غارات على ريف الرقة أمس."
    evs = _run(ex, _doc(t, published="2019-10-20", places=[RAQQA], quantities=[("15", 15, 15, "عنصر")],
                        dates=[("أمس", "2019-10-19", "day")]))
    assert _tf(evs) == [("airstrike", "incident", None, 15)]
    t = "وأضافت الوزارة أن 25 من المقاتلين حُيّدوا خلال اشتباكات قرب مدينة منبج."
    evs = _run(ex, _doc(t, published="2019-10-20", places=[MANBIJ], quantities=[("25", 25, 25, "مقاتل")]))
    assert _tf(evs) == [("armed_clash", "incident", None, 25)]


def test_an_answer_told_by_its_verb_is_an_act_of_its_own(ex):
    # Al Jazeera style: «مشيرة إلى أن قواتها ردّت فوراً وقصفت N هدفاً … و«حيّدت» M»
    t = ("قالت الوزارة إن ثلاثة من جنودها قُتلوا أمس جراء قصف مدفعي على نقطة مراقبة قرب مدينة سراقب، مشيرة "
         "إلى أن قواتها ردّت فوراً وقصفت 60 هدفاً للقوات المهاجمة و«حيّدت» 45 من عناصرها.")
    evs = _run(ex, _doc(t, published="2020-02-04", places=[SARAQIB],
                        quantities=[("ثلاثة", 3, 3, "جندي"), ("60", 60, 60, "هدف"), ("45", 45, 45, None)],
                        dates=[("أمس", "2020-02-03", "day")]))
    got = [(e["type"], _fig(e["count"]), _fig(e["fatalities"]), (e["place"] or {}).get("surface")) for e in evs]
    assert got == [("shelling", None, 3, "سراقب"), ("shelling", 60, 45, None)]
    # SANA style: «وردت وحدات الجيش واستهدفت مصادر النيران»; Syria TV style: «فردّت الفصائل وقصفت…»
    jarabulus = ("جرابلس", "P32", "Jarabulus", "Aleppo")
    for t in ("قصفت القوات التركية قرية قرب مدينة منبج، فردّت قوات المجلس العسكري وقصفت مواقع للفصائل قرب جرابلس.",
              "استهدفت المدفعية التركية قرية قرب مدينة منبج، فردت قوات المجلس العسكري بقصف مواقع للفصائل قرب جرابلس."):
        evs = _run(ex, _doc(t, published="2019-10-20", places=[MANBIJ, jarabulus]))
        assert [(e["type"], e["place"]["surface"]) for e in _asserted(evs)] == \
            [("shelling", "منبج"), ("shelling", "جرابلس")]


def test_an_arrest_recalled_in_a_relative_clause_of_a_demand(ex):
    # SMART style: «مطالبين بالإفراج عن ناشط اعتقله عناصر التنظيم قبل N أيام من بيته في حي X»
    t = ("تظاهر العشرات في مدينة الرقة أمس، مطالبين بالإفراج عن ناشط اعتقله مسلحو التنظيم قبل عشرة أيام "
         "من بيته في حي الرميلة.")
    rumaila = ("حي الرميلة", "P30", "Al-Rumaila", "Raqqa", "neighbourhood")
    evs = _run(ex, _doc(t, published="2013-12-02", places=[RAQQA, rumaila], quantities=[("العشرات", 20, 90, None)],
                        dates=[("أمس", "2013-12-01", "day")]))
    got = sorted((e["type"], (e["place"] or {}).get("surface")) for e in _asserted(evs))
    assert got == [("arrest", "حي الرميلة"), ("protest", "الرقة")]
    # Enab Baladi style: «للمطالبة بالإفراج عن شبان اعتقلتهم الأجهزة الأمنية … في بلدة X»: asserted, its own place
    t = ("تظاهر العشرات في مدينة نوى أمس للمطالبة بالإفراج عن شبان اعتقلتهم الأجهزة الأمنية قبل يومين من "
         "منازلهم في بلدة جاسم.")
    evs = _run(ex, _doc(t, published="2021-05-02", places=[NAWA, JASIM], quantities=[("العشرات", 20, 90, None)],
                        dates=[("أمس", "2021-05-01", "day")]))
    got = sorted((e["type"], e["modality"], (e["place"] or {}).get("surface")) for e in evs)
    assert got == [("arrest", "asserted", "جاسم"), ("protest", "asserted", "نوى")]
    t = "تظاهر العشرات في مدينة نوى مطالبين بالإفراج عن المعتقلين."
    evs = _run(ex, _doc(t, published="2021-05-02", places=[NAWA], quantities=[("العشرات", 20, 90, None)]))
    assert _types(evs) == ["protest"]


def test_attackers_who_fled_the_scene_are_no_displacement(ex):
    # Deir ez-Zor outlet style: «ولاذ المسلحون بالفرار إلى مكان مجهول»
    t = ("اغتال مجهولون مسلحون مساء أمس عضواً في مجلس بلدة هجين المحلي بإطلاق النار عليه، ولاذ المسلحون "
         "بالفرار إلى مكان مجهول.")
    evs = _run(ex, _doc(t, published="2022-03-28", places=[HAJIN], dates=[("مساء أمس", "2022-03-27", "day")]))
    assert _types(evs) == ["armed_clash"]
    # Horan style: «قبل أن يلوذوا بالفرار»; SANA style: «لاذت المجموعة الإرهابية بالفرار نحو البادية»
    t = "هاجم مسلحون حاجزاً في بلدة طفس واشتبكوا مع عناصره قبل أن يلوذوا بالفرار باتجاه المزارع."
    assert _types(_run(ex, _doc(t, published="2021-05-02", places=[TAFAS]))) == ["armed_clash"]
    t = "اشتبكت وحدة من الجيش مع مجموعة إرهابية قرب مدينة تدمر، ولاذت المجموعة بالفرار نحو البادية."
    assert _types(_run(ex, _doc(t, published="2016-05-02", places=[TADMUR]))) == ["armed_clash"]
    # people fleeing the fighting are displaced (guard)
    t = "أجبرت المعارك مئات العائلات على الفرار من بلدة طفس نحو المزارع."
    evs = _run(ex, _doc(t, published="2021-05-02", places=[TAFAS], quantities=[("مئات", 200, 900, "عائلة")]))
    assert "other" in _types(evs)


def test_clashes_recalled_with_their_week_and_their_dead_are_counted(ex):
    # Enab Baladi style: «عقب اشتباكات شهدتها المدينة الأسبوع الماضي … قُتل فيها N»
    t = ("اعتقلت قوات الأمن أمس 20 شاباً في مدينة حماة، وجاءت الحملة عقب اشتباكات شهدتها المدينة الأسبوع "
         "الماضي بين الفصائل وجنود النظام قُتل خلالها أربعة من هؤلاء الجنود.")
    evs = _run(ex, _doc(t, published="2013-03-09", places=[HAMA],
                        quantities=[("20", 20, 20, "شاب"), ("أربعة", 4, 4, None)],
                        dates=[("أمس", "2013-03-08", "day"), ("الأسبوع الماضي", "2013-W09", "week")]))
    got = [(e["type"], _fig(e["count"]), _fig(e["fatalities"]), e["background"]) for e in _asserted(evs)]
    assert got == [("arrest", 20, None, False), ("armed_clash", None, 4, True)]
    # SOHR style: «بعد سيطرتها الشهر الماضي على 12 قرية»: a recalled act with a count of its own stays
    t = "قصفت الطائرات مدينة تدمر اليوم، بعد سيطرة التنظيم الشهر الماضي على 12 قرية في محيطها."
    evs = _run(ex, _doc(t, published="2015-06-10", places=[TADMUR], quantities=[("12", 12, 12, "قرية")],
                        dates=[("اليوم", "2015-06-10", "day"), ("الشهر الماضي", "2015-05", "month")]))
    assert _types(evs) == ["airstrike", "territory_change"]
    # with no toll and no count, a clash of a vague past is no event (guard)
    t = "اعتقلت قوات الأمن أمس 20 شاباً في مدينة حماة، عقب اشتباكات شهدتها المدينة الأسبوع الماضي."
    evs = _run(ex, _doc(t, published="2013-03-09", places=[HAMA], quantities=[("20", 20, 20, "شاب")],
                        dates=[("أمس", "2013-03-08", "day"), ("الأسبوع الماضي", "2013-W09", "week")]))
    assert _types(evs) == ["arrest"]


def test_an_attack_carried_out_by_gunmen_or_cells_is_an_armed_clash(ex):
    # SOHR style: «فيما قتل N عنصراً بهجمات شنتها مجموعات من فلول النظام»
    t = "قال المرصد إن 30 عنصراً في الأمن العام قتلوا أمس بهجمات شنتها مجموعات من فلول النظام بمدينة جبلة."
    evs = _run(ex, _doc(t, published="2025-03-08", places=[JABLEH], quantities=[("30", 30, 30, "عنصر")],
                        dates=[("أمس", "2025-03-07", "day")]))
    assert _tf(evs) == [("armed_clash", "incident", None, 30)]
    # Al-Watan style: «في هجوم نفذته خلايا التنظيم»; Reuters style: «هجمات نفذها مقاتلون»
    t = "استشهد سبعة جنود في هجوم نفذته خلايا التنظيم على نقطة عسكرية قرب مدينة السخنة."
    evs = _run(ex, _doc(t, published="2022-03-07", places=[SUKHNA], quantities=[("سبعة", 7, 7, "جندي")]))
    assert _tf(evs) == [("armed_clash", "incident", None, 7)]
    t = "قُتل 12 جندياً في هجمات نفذها مقاتلون من المعارضة على حواجز قرب مدينة حماة ليل أمس."
    evs = _run(ex, _doc(t, published="2012-07-02", places=[HAMA], quantities=[("12", 12, 12, "جندي")],
                        dates=[("ليل أمس", "2012-07-01", "day")]))
    assert _tf(evs) == [("armed_clash", "incident", None, 12)]
    # a bomb told: the attack stays a blast (guard)
    t = "قُتل خمسة مدنيين في هجوم نفذته خلايا التنظيم بعبوة ناسفة في سوق مدينة جبلة."
    evs = _run(ex, _doc(t, published="2022-03-07", places=[JABLEH], quantities=[("خمسة", 5, 5, "مدني")]))
    assert _types(evs) == ["explosion"]


# -- set 16's which-mention causes: a trend, a crowd's demand, crime names, those held, an entry under a deal ------
def test_a_trend_since_a_span_is_no_event(ex):
    # Hawar style: «ويتصاعد قصف الاحتلال التركي لقرى الريف منذ أسبوعين»
    t = "سقطت 20 قذيفة على بلدة منبج اليوم. ويتصاعد قصف الاحتلال التركي لقرى ريف منبج منذ أسبوعين."
    evs = _run(ex, _doc(t, published="2022-12-04", places=[MANBIJ], quantities=[("20", 20, 20, "قذيفة")],
                        dates=[("اليوم", "2022-12-04", "day"), ("منذ أسبوعين", "2022-11-20", "day")]))
    assert _tf(evs) == [("shelling", "incident", 20, None)]
    # Orient style: «وتتعرض المدينة لحملة قصف عنيفة منذ استيلاء الفصائل على…»
    t = "وتتعرض مدينة نوى لحملة قصف عنيفة منذ استيلاء الفصائل على مدينة طفس الشهر الماضي."
    evs = _run(ex, _doc(t, published="2015-04-22", places=[NAWA, TAFAS], dates=[("الشهر الماضي", "2015-03", "month")]))
    assert _types(evs) == []
    # SOHR style: «وتشهد المنطقة اشتباكات متقطعة منذ أشهر»
    t = "وتشهد مدينة جاسم اشتباكات متقطعة منذ أشهر بين الفصائل المحلية."
    assert _types(_run(ex, _doc(t, published="2021-05-02", places=[JASIM]))) == []
    # fighting going on for two days is the news (guard: a short span)
    t = "وتشهد مدينة جاسم اشتباكات عنيفة منذ يومين بين الفصائل المحلية."
    assert _types(_run(ex, _doc(t, published="2021-05-02", places=[JASIM]))) == ["armed_clash"]
    # a shelling since this morning is the day's news (guard)
    t = "وتتعرض مدينة نوى لقصف مدفعي عنيف منذ صباح اليوم."
    evs = _run(ex, _doc(t, published="2021-05-02", places=[NAWA], dates=[("صباح اليوم", "2021-05-02", "day")]))
    assert _types(evs) == ["shelling"]


def test_a_crowds_demand_in_a_statement_is_no_statement(ex):
    # Syria TV style: «وطالب المحتجون في بيان بإطلاق سراح المعتقلين فوراً»
    t = "اعتقلت الهيئة ستة ناشطين في مدينة سرمدا أمس. وطالب المحتجون في بيان بإطلاق سراح المعتقلين فوراً."
    sarmada = ("سرمدا", "P33", "Sarmada", "Idlib")
    evs = _run(ex, _doc(t, published="2024-03-09", places=[sarmada], quantities=[("ستة", 6, 6, "ناشط")],
                        dates=[("أمس", "2024-03-08", "day")]))
    assert _types(evs) == ["arrest"]
    # Horan style: «ودعا الأهالي في بيان…»; Suwayda style: «وطالب المتظاهرون في بيان ختامي…»
    t = "ودعا الأهالي في بيان إلى إطلاق سراح أبنائهم المعتقلين."
    assert "statement" not in _types(_run(ex, _doc(t, published="2024-03-09")))
    t = "وطالب المتظاهرون في بيان ختامي برحيل المحافظ."
    assert "statement" not in _types(_run(ex, _doc(t, published="2024-03-09")))
    # a body's demand in a statement is one (guard)
    t = "وطالبت الهيئة السياسية في بيان بالإفراج عن المعتقلين."
    assert "statement" in [e["type"] for e in _run(ex, _doc(t, published="2024-03-09"))]


def test_names_of_crimes_in_a_decree_are_no_acts(ex):
    # SANA style: «ولا يشمل العفو المطلوبين بجرائم القتل»; «عقوبة الفرار الداخلي والخارجي»
    t = ("صدر اليوم مرسوم تشريعي بعفو عام يسقط عن العسكريين عقوبة الفرار بالكامل، ولا يشمل "
         "العفو المطلوبين بجرائم القتل.")
    evs = _run(ex, _doc(t, published="2013-04-16", dates=[("اليوم", "2013-04-16", "day")]))
    assert _types(evs) == ["desertion"]
    # a court style: «حكم بالإعدام على متهم بجريمة القتل»; Enab Baladi style: «موقوفين بتهمة القتل»
    t = "أفرجت السلطات عن 50 موقوفاً في مدينة حماة باستثناء الموقوفين بتهمة القتل."
    evs = _run(ex, _doc(t, published="2019-09-20", places=[HAMA], quantities=[("50", 50, 50, "موقوف")]))
    assert "casualties" not in _types(evs)
    t = "ويستثني المرسوم مرتكبي جرائم القتل والخطف من أحكامه."
    assert "casualties" not in _types(_run(ex, _doc(t, published="2019-09-20")))


def test_those_arrested_being_held_are_no_new_arrest(ex):
    # LCC style: «وأضافت اللجان أن المعتقلين احتُجزوا في <مكان>»
    t = ("قالت اللجان إن قوات الأمن اعتقلت أكثر من 200 شخص في مدينة جبلة أمس. وأضافت أن المعتقلين احتجزوا "
         "في مدرسة ثانوية قبل نقلهم.")
    evs = _run(ex, _doc(t, published="2011-05-08", places=[JABLEH], quantities=[("أكثر من 200", 200, None, "شخص")],
                        dates=[("أمس", "2011-05-07", "day")]))
    assert [(e["type"], _fig(e["count"])) for e in _asserted(evs)] == [("arrest", 200)]
    # Reuters style: «وقال إن الموقوفين نقلوا إلى سجن…»; SOHR style: «واقتيد المعتقلون إلى فرع…»
    t = "اعتقلت دورية 12 شاباً في مدينة حماة. وقال ناشط إن الموقوفين نقلوا إلى سجن حماة المركزي."
    evs = _run(ex, _doc(t, published="2012-01-10", places=[HAMA], quantities=[("12", 12, 12, "شاب")]))
    assert [e["type"] for e in _asserted(evs)] == ["arrest"]
    # a new arrest told with its own subject stays (guard)
    t = "اعتقلت دورية 12 شاباً في مدينة حماة، فيما احتجزت دورية أخرى خمسة في مدينة جبلة."
    evs = _run(ex, _doc(t, published="2012-01-10", places=[HAMA, JABLEH],
                        quantities=[("12", 12, 12, "شاب"), ("خمسة", 5, 5, None)]))
    assert len([e for e in _asserted(evs) if e["type"] == "arrest"]) == 2


def test_an_entry_under_a_deal_is_a_deployment_and_one_expected_is_to_come(ex):
    # Al-Watan style: «دخلت وحدات من الجيش مدينة منبج … وانتشرت … بموجب تفاهم مع قسد»
    t = ("دخلت وحدات من الجيش مدينة منبج أمس، وانتشرت في محيطها، بموجب تفاهم مع قسد. "
         "وتوقعت المصادر أن تكمل القوات انتشارها في مدينة جرابلس خلال الأيام المقبلة.")
    jarabulus = ("جرابلس", "P32", "Jarabulus", "Aleppo")
    evs = _run(ex, _doc(t, published="2019-10-15", places=[MANBIJ, jarabulus], dates=[("أمس", "2019-10-14", "day")]))
    assert [(e["type"], e["place"]["surface"]) for e in _asserted(evs)] == [("reinforcement", "منبج")]
    # SANA style: «دخول وحدات الجيش إلى المدينة بالاتفاق مع…»; Reuters style: «وفق اتفاق روسي تركي»
    t = "بدأ دخول وحدات الجيش إلى مدينة منبج بالاتفاق مع المجلس العسكري."
    assert _types(_run(ex, _doc(t, published="2019-10-15", places=[MANBIJ]))) == ["reinforcement"]
    t = "دخلت دوريات روسية مدينة جرابلس اليوم وفق اتفاق روسي تركي."
    evs = _run(ex, _doc(t, published="2019-10-23", places=[jarabulus], dates=[("اليوم", "2019-10-23", "day")]))
    assert _types(evs) == ["reinforcement"]
    # a flag raised says the town changed hands (guard: a taking)
    t = "دخلت الشرطة العسكرية الروسية بلدة طفس اليوم بموجب اتفاق التسوية، ورفعت علم النظام فوق المخفر."
    evs = _run(ex, _doc(t, published="2018-07-11", places=[TAFAS], dates=[("اليوم", "2018-07-11", "day")]))
    assert "territory_change" in _types(evs)


def test_fire_on_protesters_with_their_dead_is_the_protests(ex):
    # Reuters style: «أطلق الأمن الرصاص على المتظاهرين، فقتل N منهم»
    t = "أطلق عناصر الأمن الرصاص على المتظاهرين في مدينة نوى، فقتلوا ستة منهم."
    evs = _run(ex, _doc(t, published="2011-04-01", places=[NAWA], quantities=[("ستة", 6, 6, None)]))
    assert [(e["type"], _fig(e["fatalities"])) for e in _asserted(evs)] == [("protest", 6)]
    # AFP style: «فتح الأمن النار على المحتجين فقتل ثلاثة منهم»; LCC style: «سقوط خمسة من المتظاهرين»
    t = "فتح عناصر الأمن النار على المحتجين في مدينة جاسم، ما أودى بحياة ثلاثة منهم."
    evs = _run(ex, _doc(t, published="2011-04-08", places=[JASIM], quantities=[("ثلاثة", 3, 3, None)]))
    assert [(e["type"], _fig(e["fatalities"])) for e in _asserted(evs)] == [("protest", 3)]
    # protesters named with no deaths and no act of their own stay no event (guard)
    t = "وأطلقت قوات الأمن الغاز المسيل للدموع على المتظاهرين."
    assert _types(_run(ex, _doc(t, published="2011-04-08"))) == []


def test_what_a_toll_leaves_out_is_no_figure_nor_act(ex):
    # SNHR style: «وأشار التقرير إلى أن الحصيلة لا تشمل آلاف الضحايا…»
    t = "وأشار التقرير إلى أن الحصيلة لا تشمل آلاف الضحايا الذين قضوا تحت التعذيب."
    assert _types(_run(ex, _doc(t, published="2014-03-01", quantities=[("آلاف", 2000, 9000, None)]))) == []
    # SOHR style: «ولا تشمل الحصيلة عشرات المفقودين»: the month's toll keeps its own figure
    t = "وثقت الشبكة مقتل 320 مدنياً خلال الشهر الماضي، ولا تشمل الحصيلة عشرات المفقودين."
    evs = _run(ex, _doc(t, published="2014-03-01", quantities=[("320", 320, 320, "مدني"), ("عشرات", 20, 90, "مفقود")],
                        dates=[("الشهر الماضي", "2014-02", "month")]))
    assert _tf(evs) == [("casualties", "aggregate", 320, 320)]
    # civil defence style: «دون احتساب المفقودين تحت الأنقاض»
    t = "قُتل 15 مدنياً في غارات على مدينة دوما اليوم، دون احتساب عشرات المفقودين تحت الأنقاض."
    evs = _run(ex, _doc(t, published="2018-02-20", places=[DOUMA], dates=[("اليوم", "2018-02-20", "day")],
                        quantities=[("15", 15, 15, "مدني"), ("عشرات", 20, 90, "مفقود")]))
    assert _tf(evs) == [("airstrike", "incident", None, 15)]


def test_a_demand_of_protesters_governs_its_own_clause_only(ex):
    # LCC style: «خرجت مظاهرات … تطالب بإسقاط النظام، قُتل خلالها 12 متظاهراً»: the deaths happened
    t = "خرجت مظاهرات في مدينة نوى اليوم تطالب بإسقاط النظام، قُتل خلالها 12 متظاهراً برصاص قوات الأمن."
    evs = _run(ex, _doc(t, published="2011-04-22", places=[NAWA], quantities=[("12", 12, 12, "متظاهر")],
                        dates=[("اليوم", "2011-04-22", "day")]))
    assert all(e["modality"] == "asserted" for e in evs) and any(_fig(e["fatalities"]) == 12 for e in evs)
    # Al Jazeera style: «تظاهر المئات مطالبين بالإفراج عن المعتقلين، وأصيب خمسة منهم»
    t = "تظاهر المئات في مدينة جاسم مطالبين بالإفراج عن المعتقلين، وأصيب خمسة منهم برصاص الأمن."
    evs = _run(ex, _doc(t, published="2011-04-22", places=[JASIM],
                        quantities=[("المئات", 200, 900, None), ("خمسة", 5, 5, None)]))
    assert all(e["modality"] == "asserted" for e in evs) and any(_fig(e["injured"]) == 5 for e in evs)
    # what is demanded stays no act (guard)
    t = "تظاهر المئات في مدينة جاسم مطالبين بوقف القصف على بلدة نوى."
    evs = _run(ex, _doc(t, published="2011-04-22", places=[JASIM, NAWA], quantities=[("المئات", 200, 900, None)]))
    assert _types(evs) == ["protest"]


def test_a_mobilisation_declared_is_a_statement_and_repelling_an_aim(ex):
    # Enab Baladi style: «أعلنت الهيئة النفير العام … لصد هجوم قوات النظام»
    t = "أعلنت هيئة تحرير الشام النفير العام في مدينة سراقب لصد هجوم قوات النظام."
    evs = _run(ex, _doc(t, published="2019-05-01", places=[SARAQIB]))
    assert _types(evs) == ["statement"]
    # a council's fatwa style: «دعا المجلس إلى النفير العام»: a call (guard: no asserted act)
    t = "وأعلن المجلس العسكري النفير العام في ريف كفرنبل للتصدي لهجوم التنظيم."
    assert _types(_run(ex, _doc(t, published="2019-05-01", places=[KAFRNABL]))) == ["statement"]
    # a repelled attack told as done stays a clash (guard)
    t = "صدت الفصائل هجوماً لقوات النظام على مدينة سراقب اليوم."
    evs = _run(ex, _doc(t, published="2019-05-01", places=[SARAQIB], dates=[("اليوم", "2019-05-01", "day")]))
    assert _types(evs) == ["armed_clash"]


def test_the_weapons_of_a_cause_do_not_type_the_act(ex):
    # Reuters style: «ضربة صاروخية أمريكية … رداً على الهجوم الكيميائي»: missiles of an air force
    t = "وجّه الجيش الأمريكي ضربة صاروخية لمطار الشعيرات فجر اليوم رداً على الهجوم الكيميائي على خان شيخون."
    shayrat = ("مطار الشعيرات", "P35", "Shayrat airbase", "Homs", "facility")
    khan = ("خان شيخون", "P36", "Khan Shaykhun", "Idlib")
    evs = _run(ex, _doc(t, published="2017-04-07", places=[shayrat, khan], dates=[("فجر اليوم", "2017-04-07", "day")]))
    assert [(e["type"], e["place"]["surface"]) for e in _asserted(evs)] == [("airstrike", "مطار الشعيرات")]
    # Hawar style: artillery answering air strikes stays a shelling
    t = "قصفت المدفعية التركية قرى في ريف منبج رداً على غارات جوية استهدفت نقاطها."
    assert _types(_run(ex, _doc(t, published="2019-10-20", places=[MANBIJ]))) == ["shelling"]
    # SANA style: an attack by gunmen in response to shelling stays a clash
    t = "هاجم مسلحون حاجزاً للجيش في بلدة هجين انتقاماً لقصف مدفعي استهدف البلدة."
    assert _types(_run(ex, _doc(t, published="2013-04-02", places=[HAJIN]))) == ["armed_clash"]


def test_an_attack_verb_after_that_he_is_typed_by_the_speaker(ex):
    # Anadolu style: «أعلن الجيش الإسرائيلي أنه استهدف مواقع لحزب الله في…»
    t = "أعلن الجيش الإسرائيلي أنه استهدف مواقع لحزب الله في ريف القنيطرة الليلة الماضية."
    qun = ("ريف القنيطرة", "P37", "Quneitra countryside", "Quneitra", "region")
    evs = _run(ex, _doc(t, published="2020-03-01", places=[qun], dates=[("الليلة الماضية", "2020-02-29", "day")]))
    assert _types(evs) == ["airstrike"]
    # Reuters style: «قالت وزارة الدفاع التركية مساء أمس إنها استهدفت…»: a state force's strike with no weapon: shelling
    t = "قالت وزارة الدفاع التركية مساء أمس إنها استهدفت مواقع للوحدات الكردية في ريف منبج اليوم."
    evs = _run(ex, _doc(t, published="2019-10-20", places=[MANBIJ], dates=[("اليوم", "2019-10-20", "day")]))
    assert _types(evs) == ["shelling"]
    # SANA style: «وقضت على عدد منهم»: a clash told by its dead with no figure
    t = "قال مصدر عسكري إن وحدات الجيش اشتبكت مع الإرهابيين في ريف مدينة حماة وقضت على عدد منهم."
    assert _types(_run(ex, _doc(t, published="2016-05-01", places=[HAMA]))) == ["armed_clash"]
    # the doer's own telling of a strike told before is that strike (guard: one event)
    t = ("قصفت طائرات إسرائيلية فجر اليوم معبراً حدودياً قرب مدينة القصير. وذكر الجيش الإسرائيلي ببيان "
         "أنه ضرب ممرات يعتمدها حزب الله لنقل السلاح من لبنان.")
    qusayr = ("القصير", "P38", "Al-Qusayr", "Homs")
    lebanon = ("لبنان", "P39", "Lebanon", None, "country")
    evs = _run(ex, _doc(t, published="2024-11-30", places=[qusayr, lebanon], dates=[("فجر اليوم", "2024-11-30", "day")]))
    assert _types(evs) == ["airstrike"]
    # a speaker that is no force of the list types nothing (guard)
    t = "قال ناشطون إنهم استهدفوا مواقع في ريف مدينة حماة."
    assert _types(_run(ex, _doc(t, published="2016-05-01", places=[HAMA]))) == []


def test_an_officials_position_is_a_statement_by_the_office_named(ex):
    # Anadolu style: «وشدد وزير الخارجية التركي على أن بلاده لن تسمح…»: no source grammar cue, the office after it
    t = "وشدد وزير الخارجية التركي على أن أنقرة لن تقبل قيام كيان إرهابي قرب حدودها."
    (e,) = _run(ex, _doc(t, published="2023-03-01"))
    assert (e["type"], e["reported_by"]["surface"]) == ("statement", "وزير الخارجية التركي")
    # UN style: «أعرب الأمين العام عن قلقه البالغ إزاء التصعيد»: concern expressed is a stance
    t = "وأعرب الأمين العام للأمم المتحدة عن قلقه البالغ إزاء التصعيد في مدينة سراقب."
    (e,) = _run(ex, _doc(t, published="2020-02-10", places=[SARAQIB]))
    assert (e["type"], e["reported_by"]["surface"]) == ("statement", "الأمين العام للأمم المتحدة")
    # BBC style: «قال رئيس الائتلاف في مؤتمر صحفي إن…»: the speaker ends before the press conference
    t = "وقال رئيس الائتلاف في مؤتمر صحفي إن المعارضة مستعدة للتفاوض دون شروط."
    (e,) = _run(ex, _doc(t, published="2016-01-20"))
    assert (e["type"], e["reported_by"]["surface"]) == ("statement", "رئيس الائتلاف")


def test_strike_nouns_with_a_possessive_pronoun(ex):
    # AFP style: «شنت الولايات المتحدة وحلفاؤها أولى غاراتهم … في مدينة الرقة»
    t = "شنت الولايات المتحدة وحلفاؤها فجر اليوم أولى غاراتهم ضد مقرات التنظيم في مدينة الرقة."
    evs = _run(ex, _doc(t, published="2014-09-23", places=[RAQQA], dates=[("فجر اليوم", "2014-09-23", "day")]))
    assert _types(evs) == ["airstrike"]
    # SOHR style: «وواصلت الطائرات الروسية غاراتها على…» (already listed) and «كثّف الطيران غاراته على…»
    t = "كثّف الطيران الحربي غاراته على مدينة سراقب اليوم، فقتل ستة مدنيين."
    evs = _run(ex, _doc(t, published="2020-01-28", places=[SARAQIB], quantities=[("ستة", 6, 6, "مدني")],
                        dates=[("اليوم", "2020-01-28", "day")]))
    assert _tf(evs) == [("airstrike", "incident", None, 6)]
    # Anadolu style: «في غارته الثالثة على البلدة خلال أسبوع»: the ranking is no second strike (guard)
    t = "قصف الطيران الروسي بلدة كفرنبل اليوم، في غارته الثالثة على البلدة خلال أسبوع."
    evs = _run(ex, _doc(t, published="2020-01-28", places=[KAFRNABL], quantities=[("الثالثة", 3, 3, None, "ordinal")],
                        dates=[("اليوم", "2020-01-28", "day")]))
    assert _types(evs) == ["airstrike"]


def test_aircraft_flying_over_after_the_act_do_not_type_it(ex):
    # Hawar style: «قصفت القوات التركية قرى الريف، تزامناً مع تحليق كثيف للطائرات المسيّرة»
    t = "قصفت القوات التركية قرى ريف منبج اليوم، تزامناً مع تحليق كثيف للطائرات المسيّرة فوق المنطقة."
    evs = _run(ex, _doc(t, published="2022-12-04", places=[MANBIJ], dates=[("اليوم", "2022-12-04", "day")]))
    assert _types(evs) == ["shelling"]
    # Syria TV style: «لقصف عنيف وسط تحليق لطيران الاستطلاع»; SOHR style: «تزامناً مع تحليق طائرات حربية»
    t = "تعرضت بلدة كفرنبل لقصف عنيف وسط تحليق لطيران الاستطلاع الروسي."
    assert _types(_run(ex, _doc(t, published="2020-01-28", places=[KAFRNABL]))) == ["shelling"]
    t = "استهدفت قوات النظام بلدة كفرنبل بعشرات القذائف، تزامناً مع تحليق طائرات حربية في سماء المنطقة."
    assert _types(_run(ex, _doc(t, published="2020-01-28", places=[KAFRNABL]))) == ["shelling"]
    # aircraft flying over before the strike verb are its doers (guard)
    t = "حلقت طائرات حربية روسية فوق بلدة كفرنبل ثم قصفت أحياءها بالصواريخ."
    assert _types(_run(ex, _doc(t, published="2020-01-28", places=[KAFRNABL]))) == ["airstrike"]


def test_a_truce_broken_is_no_new_agreement(ex):
    # Russian reconciliation centre style: «إن الفصائل خرقت الهدنة 12 مرة خلال اليوم الماضي»
    t = "قال مركز المصالحة إن الفصائل خرقت الهدنة 12 مرة خلال اليوم الماضي في ريف مدينة سراقب."
    evs = _run(ex, _doc(t, published="2020-05-25", places=[SARAQIB], quantities=[("12", 12, 12, "مرة")]))
    assert "agreement" not in _types(evs)
    # Enab Baladi style: «وسُجّلت خروقات لاتفاق وقف إطلاق النار»; SOHR: «انتهكت قوات النظام اتفاق التهدئة»
    t = "وسجلت خروقات لاتفاق وقف إطلاق النار في ريف مدينة سراقب."
    assert "agreement" not in _types(_run(ex, _doc(t, published="2020-05-25", places=[SARAQIB])))
    t = "انتهكت قوات النظام الهدنة بقصف مدفعي على بلدة كفرنبل اليوم."
    evs = _run(ex, _doc(t, published="2020-05-25", places=[KAFRNABL], dates=[("اليوم", "2020-05-25", "day")]))
    assert _types(evs) == ["shelling"]
    # a truce reached is one (guard)
    t = "توصل الطرفان إلى هدنة في مدينة نوى اليوم."
    evs = _run(ex, _doc(t, published="2020-05-25", places=[NAWA], dates=[("اليوم", "2020-05-25", "day")]))
    assert _types(evs) == ["agreement"]


def test_a_bombardment_of_a_post_stays_a_shelling(ex):
    # Anadolu style: «جراء القصف على نقطة المراقبة التركية»
    t = "قال الجيش التركي إن جندياً قُتل جراء القصف على نقطة المراقبة قرب بلدة مورك اليوم."
    morek = ("مورك", "P40", "Morek", "Hama")
    evs = _run(ex, _doc(t, published="2020-02-03", places=[morek], dates=[("اليوم", "2020-02-03", "day")]))
    assert _types(evs) == ["shelling"]
    # SANA style: «قصفت وحدات الجيش حاجزاً للإرهابيين»; SOHR style: «قصف على محاور القتال»
    t = "قصفت وحدات الجيش حاجزاً للمسلحين قرب بلدة كفرنبل اليوم."
    evs = _run(ex, _doc(t, published="2016-02-03", places=[KAFRNABL], dates=[("اليوم", "2016-02-03", "day")]))
    assert _types(evs) == ["shelling"]
    t = "وتواصل قوات النظام قصفها على محاور القتال في ريف مدينة حماة منذ صباح اليوم."
    evs = _run(ex, _doc(t, published="2016-02-03", places=[HAMA], dates=[("صباح اليوم", "2016-02-03", "day")]))
    assert "armed_clash" not in _types(evs)
    # an attack on a post is a ground attack (guard)
    t = "هاجم مسلحون حاجزاً للجيش قرب بلدة كفرنبل اليوم."
    evs = _run(ex, _doc(t, published="2016-02-03", places=[KAFRNABL], dates=[("اليوم", "2016-02-03", "day")]))
    assert _types(evs) == ["armed_clash"]


def test_a_measure_described_or_pointed_at_again_is_no_new_event(ex):
    # Al Jazeera style: «وشكّلت العقوبات الأمريكية عقبة كبيرة أمام انتعاش الاقتصاد»
    t = "وشكّلت العقوبات الأمريكية عقبة كبيرة أمام انتعاش الاقتصاد السوري."
    assert _types(_run(ex, _doc(t, published="2025-12-10"))) == []
    # Reuters style: «ويعد الاتفاق الأول من نوعه منذ سنوات»
    t = "توصل الطرفان إلى اتفاق في مدينة نوى اليوم. ويعد الاتفاق الأول من نوعه منذ سنوات."
    evs = _run(ex, _doc(t, published="2021-05-02", places=[NAWA], dates=[("اليوم", "2021-05-02", "day")]))
    assert _types(evs) == ["agreement"]
    # a demonstrative points back: «وسُميت هذه العقوبات باسم مصور سرب آلاف الصور» takes no figure of its own
    t = "فرضت واشنطن عقوبات على 5 شركات اليوم. وسُميت هذه العقوبات باسم مصور سرب آلاف الصور."
    evs = _run(ex, _doc(t, published="2022-06-01", dates=[("اليوم", "2022-06-01", "day")],
                        quantities=[("5", 5, 5, "شركة"), ("آلاف", 2000, 9000, "صورة")]))
    assert [(e["type"], _fig(e["count"])) for e in _asserted(evs)] == [("sanction", 5)]
    # SANA style: «وأسفرت هذه الغارات عن مقتل خمسة»: the deaths are the strike's told before
    t = "قصفت الطائرات مدينة أريحا اليوم. وأسفرت هذه الغارات عن مقتل خمسة مدنيين."
    ariha = ("أريحا", "P41", "Ariha", "Idlib")
    evs = _run(ex, _doc(t, published="2022-06-01", places=[ariha], quantities=[("خمسة", 5, 5, "مدني")],
                        dates=[("اليوم", "2022-06-01", "day")]))
    assert [(e["type"], _fig(e["fatalities"])) for e in _asserted(evs)] == [("airstrike", 5)]


def test_what_is_scheduled_lends_no_place_nor_act(ex):
    # BBC style: «أعلن الائتلاف موافقته على المشاركة في المؤتمر المقرر عقده في مدينة X»: the statement is not there
    t = ("أعلن الائتلاف المعارض في اجتماع بمدينة إسطنبول اليوم موافقته على المشاركة في المؤتمر المقرر عقده "
         "في مدينة جنيف الأسبوع المقبل.")
    ist = ("إسطنبول", "P42", "Istanbul", None, "city")
    gen = ("جنيف", "P43", "Geneva", None, "city")
    evs = _run(ex, _doc(t, published="2014-01-18", places=[ist, gen], dates=[("اليوم", "2014-01-18", "day")]))
    (st,) = [e for e in evs if e["type"] == "statement"]
    assert st["place"]["surface"] == "إسطنبول"
    # Anadolu style: «الهجوم المرتقب على مدينة إدلب»: an attack awaited is no act
    t = "حشدت قوات النظام تعزيزات قرب مدينة سراقب، استعداداً للهجوم المرتقب على مدينة كفرنبل."
    evs = _run(ex, _doc(t, published="2019-04-01", places=[SARAQIB, KAFRNABL]))
    assert [(e["type"], e["place"]["surface"]) for e in _asserted(evs)] == [("reinforcement", "سراقب")]
    # Reuters style: «الجولة المزمعة من المحادثات في أستانا» names no place of the act told
    t = "رفضت الفصائل في بيان اليوم المشاركة في الجولة المزمعة من المحادثات في مدينة جنيف."
    evs = _run(ex, _doc(t, published="2017-02-13", places=[gen], dates=[("اليوم", "2017-02-13", "day")]))
    (st,) = [e for e in evs if e["type"] == "statement"]
    assert st["place"] is None


def test_a_convoy_or_a_patrol_entering_is_a_deployment_not_a_taking(ex):
    # SOHR style: «رصد المرصد دخول رتل تركي من معبر X، واتجاهه نحو النقاط التركية في Y»
    t = "رصد المرصد دخول رتل تركي إضافي فجر اليوم، واتجاهه نحو النقاط التركية في ريف مدينة سراقب."
    evs = _run(ex, _doc(t, published="2020-02-23", places=[SARAQIB], dates=[("فجر اليوم", "2020-02-23", "day")]))
    assert _types(evs) == ["reinforcement"]
    # Anadolu style: «دخل رتل للجيش التركي إلى ريف إدلب»; Enab Baladi style: «دخلت دوريات روسية إلى المدينة»
    t = "دخل رتل للجيش التركي إلى ريف مدينة سراقب عبر الحدود."
    assert _types(_run(ex, _doc(t, published="2020-02-23", places=[SARAQIB]))) == ["reinforcement"]
    t = "دخلت دوريات روسية إلى مدينة سراقب اليوم."
    evs = _run(ex, _doc(t, published="2020-02-23", places=[SARAQIB], dates=[("اليوم", "2020-02-23", "day")]))
    assert _types(evs) == ["reinforcement"]
    # fighters entering a town take it (guard)
    t = "دخل مقاتلو المعارضة مدينة سراقب اليوم."
    evs = _run(ex, _doc(t, published="2020-02-23", places=[SARAQIB], dates=[("اليوم", "2020-02-23", "day")]))
    assert _types(evs) == ["territory_change"]


def test_a_deal_said_to_be_announced_is_told_not_only_a_frame(ex):
    # Enab Baladi style: «تنفيذاً لاتفاق أعلنته الرئاسة أمس لوقف إطلاق النار»
    t = ("بدأت القوات الحكومية اليوم الانسحاب من مدينة نوى، تنفيذاً لاتفاق أعلنته الرئاسة أمس لوقف إطلاق "
         "النار.")
    evs = _run(ex, _doc(t, published="2025-07-17", places=[NAWA],
                        dates=[("اليوم", "2025-07-17", "day"), ("أمس", "2025-07-16", "day")]))
    got = {e["type"]: e["date"] for e in _asserted(evs)}
    assert got == {"territory_change": "2025-07-17", "agreement": "2025-07-16"}
    # SANA style: «تنفيذاً لاتفاق توصلت إليه الفعاليات…»; Reuters style: «تطبيقاً لاتفاق وقعه الطرفان»
    t = "خرجت الدفعة الأولى من المسلحين من مدينة دوما اليوم تنفيذاً لاتفاق توصلت إليه اللجان المحلية أمس."
    evs = _run(ex, _doc(t, published="2018-04-02", places=[DOUMA],
                        dates=[("اليوم", "2018-04-02", "day"), ("أمس", "2018-04-01", "day")]))
    assert "agreement" in _types(evs)
    # the deal a move carries out, with no telling of its own, stays its frame (guard)
    t = "خرجت الدفعة الأولى من المسلحين من مدينة دوما اليوم تنفيذاً لاتفاق التسوية."
    evs = _run(ex, _doc(t, published="2018-04-02", places=[DOUMA], dates=[("اليوم", "2018-04-02", "day")]))
    assert "agreement" not in _types(evs)


def test_a_running_total_opening_the_next_sentence_sums_the_act_before(ex):
    # Enab Baladi style: «دخل رتل … . وبذلك يرتفع عدد الآليات الداخلة منذ بدء الهدنة إلى…»
    t = ("دخل رتل عسكري تركي يضم 40 آلية إلى ريف مدينة سراقب اليوم. وبذلك يرتفع عدد الآليات الداخلة إلى المنطقة "
         "منذ بدء الهدنة إلى أكثر من 6000 آلية.")
    evs = _run(ex, _doc(t, published="2020-06-17", places=[SARAQIB], dates=[("اليوم", "2020-06-17", "day")],
                        quantities=[("40", 40, 40, "آلية"), ("أكثر من 6000", 6000, None, "آلية")]))
    assert [(e["type"], e["kind"], _fig(e["count"])) for e in _asserted(evs)] == \
        [("reinforcement", "incident", 40), ("reinforcement", "aggregate", 6000)]
    # SOHR style: «وبهذا يرتفع عدد المعتقلين منذ مطلع الشهر إلى 120»: the counted noun is a trigger of its own
    t = "اعتقلت قوات النظام 12 شاباً في مدينة نوى اليوم. وبهذا يرتفع عدد المعتقلين منذ مطلع الشهر إلى 120."
    evs = _run(ex, _doc(t, published="2020-06-17", places=[NAWA], dates=[("اليوم", "2020-06-17", "day")],
                        quantities=[("12", 12, 12, "شاب"), ("120", 120, 120, None)]))
    assert sorted((e["kind"], _fig(e["count"])) for e in _asserted(evs) if e["type"] == "arrest") == \
        [("aggregate", 120), ("incident", 12)]
    # a «thus» sentence after no act sums nothing (guard)
    t = "قال المرصد إن الوضع هادئ. وبذلك يرتفع عدد الأيام الهادئة إلى 12."
    assert _asserted(_run(ex, _doc(t, published="2020-06-17", quantities=[("12", 12, 12, "يوم")]))) == []
