"""Which mentions are events and how they join (stop 24, issue 10, helper mentions): an ordinal that
ranks the act just told, a place outside a deal, a state that goes on, an act that only says who
someone is; a stance announced (a refusal, a condemnation) as a statement; an indefinite accusative
trigger, the weapon between an act and the verb that tells it on, suffocation, bodies from the
rubble; a running count apart from its incident, the other side's telling of the same day joined.
Our own sentences in several house styles; layers by hand."""
from __future__ import annotations

import pytest

from marsad.extract.events import EventExtractor
from marsad.extract.events.vocab import load_types

from test_events import _doc, _run
from test_events_mentions import _asserted


@pytest.fixture(scope="module")
def ex():
    return EventExtractor()


def _types(evs):
    return sorted(e["type"] for e in _asserted(evs))


def _kinds(evs):
    return sorted((e["type"], e["kind"]) for e in _asserted(evs))


MEZZEH = ("مطار المزة العسكري", "P1", "Mezzeh military airport", "Damascus", "facility")
AFRIN = ("عفرين", "P2", "Afrin", "Aleppo")
TELL_RIFAAT = ("تل رفعت", "P3", "Tell Rifaat", "Aleppo")
KANSAFRA = ("كنصفرة", "P4", "Kansafra", "Idlib")
SAQBA = ("سقبا", "P5", "Saqba", "Rif Dimashq")
KAFRBATNA = ("كفربطنا", "P6", "Kafr Batna", "Rif Dimashq")
DOUMA = ("دوما", "P7", "Douma", "Rif Dimashq")
TAFAS = ("طفس", "P8", "Tafas", "Daraa")
DHIBAN = ("ذيبان", "P9", "Dhiban", "Deir ez-Zor")
IDLIB = ("إدلب", "P10", "Idlib", "Idlib", "city")
JIZA = ("الجيزة", "P11", "Al-Jiza", "Daraa")
NAWA = ("نوى", "P12", "Nawa", "Daraa")
DANA = ("الدانا", "P13", "Al-Dana", "Idlib")
ARIHA = ("أريحا", "P14", "Ariha", "Idlib")
MAARRA = ("معرة النعمان", "P15", "Maarat al-Numan", "Idlib")
LATAMNEH = ("اللطامنة", "P16", "Al-Lataminah", "Hama")
KAFRTAKHARIM = ("كفرتخاريم", "P17", "Kafr Takharim", "Idlib")
BARA = ("البارة", "P18", "Al-Bara", "Idlib")
ATAREB = ("مشفى الأتارب", "P19", "Al-Atareb hospital", "Aleppo", "facility")
BAB_TOUMA = ("باب توما", "P20", "Bab Touma", "Damascus", "neighbourhood")
JASIM = ("جاسم", "P21", "Jasim", "Daraa")
HARAK = ("الحراك", "P22", "Al-Harak", "Daraa")
SARMIN = ("سرمين", "P23", "Sarmin", "Idlib")
BINNISH = ("بنش", "P24", "Binnish", "Idlib")
HBEIT = ("الهبيط", "P25", "Al-Hbeit", "Idlib")


# -- an ordinal that ranks the act just told ----------------------------------------------------------
def test_an_ordinal_that_ranks_the_act_told_makes_no_second_act_nor_a_sum(ex):
    # SANA style: «وهو الاستهداف الثالث … خلال هذا الشهر»
    t = ("استهدفت طائرات إسرائيلية فجر اليوم مستودعات في مطار المزة العسكري، وهو الاستهداف الثالث للمطار "
         "خلال هذا الشهر، بحسب مصدر عسكري.")
    evs = _run(ex, _doc(t, published="2021-12-28", places=[MEZZEH],
                        quantities=[("الثالث", 3, 3, None, "ordinal")],
                        dates=[("فجر اليوم", "2021-12-28", "day"), ("هذا الشهر", "2021-12", "month")]))
    assert _kinds(evs) == [("airstrike", "incident")]
    assert evs[0]["date"] == "2021-12-28" and evs[0]["period"] is None
    # SOHR style: «في ثاني تفجير تشهده المدينة خلال أسبوع»
    t = "قال المرصد السوري إن انفجاراً هز مدينة عفرين اليوم، في ثاني تفجير تشهده المدينة خلال أسبوع."
    evs = _run(ex, _doc(t, published="2019-08-03", places=[AFRIN], quantities=[("ثاني", 2, 2, None, "ordinal")],
                        dates=[("اليوم", "2019-08-03", "day")]))
    assert _kinds(evs) == [("explosion", "incident")]
    # Idlib civil defence style: «هي الثانية على البلدة منذ بداية العام»
    t = ("شنت مقاتلات روسية غارة على أطراف بلدة كنصفرة، هي الثانية على البلدة منذ بداية العام، بحسب فرق "
         "الدفاع المدني.")
    evs = _run(ex, _doc(t, published="2023-01-15", places=[KANSAFRA],
                        quantities=[("الثانية", 2, 2, None, "ordinal")], dates=[("بداية العام", "2023", "year")]))
    assert _kinds(evs) == [("airstrike", "incident")]
    # Syria TV style: «وهي المرة الرابعة التي تتعرض فيها القرية للقصف منذ مطلع الشهر»
    t = ("ذكر مراسل تلفزيون سوريا أن مسيرة تركية قصفت قرية تل رفعت اليوم، وهي المرة الرابعة التي تتعرض "
         "فيها القرية للقصف منذ مطلع الشهر.")
    evs = _run(ex, _doc(t, published="2022-05-12", places=[TELL_RIFAAT],
                        quantities=[("الرابعة", 4, 4, None, "ordinal")],
                        dates=[("اليوم", "2022-05-12", "day"), ("مطلع الشهر", "2022-05", "month")]))
    assert _kinds(evs) == [("airstrike", "incident")]
    assert evs[0]["date"] == "2022-05-12"


def test_an_ordinal_day_of_a_campaign_ranks_no_act(ex):
    # «في اليوم الرابع لمعركة … التي انتزعت فيها …»: the campaign's tally stays its own sum
    t = ("أعلنت غرفة العمليات اليوم سيطرة فصائلها على بلدة سرمين، في اليوم الرابع لمعركة «فجر الحرية» "
         "التي انتزعت فيها الفصائل ما يزيد على 30 قرية.")
    evs = _run(ex, _doc(t, published="2024-11-30", places=[SARMIN],
                        quantities=[("الرابع", 4, 4, None, "ordinal"), ("ما يزيد على 30", 30, None, "قرية")],
                        dates=[("اليوم", "2024-11-30", "day")]))
    assert _kinds(evs) == [("territory_change", "aggregate"), ("territory_change", "incident")]


# -- states: outside a deal, a state that goes on ------------------------------------------------------
def test_a_place_outside_a_deal_makes_no_agreement(ex):
    # SANA style: buses leave, another town «لا تزال خارج الاتفاق»
    t = ("غادرت اليوم دفعة جديدة من المقاتلين وأسرهم بلدة كفربطنا عبر الحافلات، فيما لا تزال بلدة سقبا "
         "خارج الاتفاق.")
    evs = _run(ex, _doc(t, published="2018-03-24", places=[KAFRBATNA, SAQBA], dates=[("اليوم", "2018-03-24", "day")]))
    assert "agreement" not in _types(evs)
    # Reuters style: a relative clause «التي ما زالت خارج اتفاق خفض التصعيد»
    t = "قالت مصادر إن الطائرات الروسية قصفت مدينة دوما، التي ما زالت خارج اتفاق خفض التصعيد."
    assert _types(_run(ex, _doc(t, published="2017-06-01", places=[DOUMA]))) == ["airstrike"]
    # local Daraa outlet: «وبقيت البلدة خارج نطاق التسوية»
    t = "وبقيت بلدة طفس خارج نطاق اتفاق التسوية حتى الآن، بحسب مصادر محلية."
    assert _types(_run(ex, _doc(t, published="2018-07-20", places=[TAFAS]))) == []


def test_a_deal_reached_is_still_an_agreement(ex):
    t = "توصلت اللجنة المركزية في طفس والجانب الروسي اليوم إلى اتفاق يقضي بانسحاب المسلحين."
    evs = _run(ex, _doc(t, published="2021-08-30", places=[TAFAS], dates=[("اليوم", "2021-08-30", "day")]))
    assert "agreement" in _types(evs)


def test_people_still_held_are_no_arrest_of_the_day(ex):
    # Enab Baladi style: «ولا يزال 40 منهم رهن الاعتقال»
    t = "أفرجت السلطات عن 12 شاباً من بلدة نوى اليوم، ولا يزال 40 آخرون من أبنائها رهن الاعتقال."
    evs = _run(ex, _doc(t, published="2022-02-10", places=[NAWA],
                        quantities=[("12", 12, 12, "شاب"), ("40", 40, 40, None)], dates=[("اليوم", "2022-02-10", "day")]))
    assert "arrest" not in _types(evs)
    # a clash told as still going on is news («لا تزال الاشتباكات مستمرة»)
    t = "لا تزال الاشتباكات مستمرة منذ صباح اليوم في محيط بلدة نوى بين الفصائل وقوات النظام."
    evs = _run(ex, _doc(t, published="2022-02-10", places=[NAWA], dates=[("صباح اليوم", "2022-02-10", "day")]))
    assert _types(evs) == ["armed_clash"]


# -- an act that only says who someone is --------------------------------------------------------------
def test_an_act_recalled_to_say_who_someone_is_is_no_incident(ex):
    # Deir ez-Zor outlet style: «… بينهم ابن قيادي قتل العام الماضي»
    t = ("اعتقلت قوات سوريا الديمقراطية اليوم خمسة أشخاص في بلدة ذيبان بتهمة الانتماء للتنظيم، بينهم ابن "
         "قيادي قتل العام الماضي، بحسب مراسل محلي.")
    evs = _run(ex, _doc(t, published="2019-04-16", places=[DHIBAN], quantities=[("خمسة", 5, 5, "شخص")],
                        dates=[("اليوم", "2019-04-16", "day"), ("العام الماضي", "2018", "year")]))
    assert _types(evs) == ["arrest"]
    # Enab Baladi style: «شقيق ناشط اغتيل في وقت سابق»
    t = "أفرجت السلطات التركية عن ثلاثة لاجئين سوريين، بينهم شقيق ناشط اغتيل في وقت سابق بمدينة إدلب."
    evs = _run(ex, _doc(t, published="2020-07-09", places=[IDLIB], quantities=[("ثلاثة", 3, 3, "لاجئ")]))
    assert "armed_clash" not in _types(evs) and "casualties" not in _types(evs)
    # Horan outlet style: a funeral «للشاب الذي قتل الشهر الماضي برصاص مجهولين»
    t = "شيع أهالي بلدة الجيزة اليوم الشاب الذي قتل الشهر الماضي برصاص مجهولين، حسبما أفاد تجمع محلي."
    evs = _run(ex, _doc(t, published="2021-03-01", places=[JIZA],
                        dates=[("اليوم", "2021-03-01", "day"), ("الشهر الماضي", "2021-02", "month")]))
    assert _types(evs) == []


def test_a_recalled_act_with_a_count_or_a_day_stays(ex):
    # a count of its own: a recalled act an analyst still counts
    t = "انشق 30 عنصراً عن الفوج 175 في بلدة طفس اليوم، وكان 12 مجنداً قد انشقوا سابقاً عن الفوج ذاته."
    evs = _run(ex, _doc(t, published="2019-06-25", places=[TAFAS],
                        quantities=[("30", 30, 30, "عنصر"), ("12", 12, 12, "مجند")], dates=[("اليوم", "2019-06-25", "day")]))
    assert len(_asserted(evs)) == 2
    # dated to a day: the killing is told, not only recalled
    t = "شيع أهالي بلدة الجيزة اليوم الشاب الذي قتل أمس برصاص مجهولين، حسبما أفاد تجمع محلي."
    evs = _run(ex, _doc(t, published="2021-03-01", places=[JIZA],
                        dates=[("اليوم", "2021-03-01", "day"), ("أمس", "2021-02-28", "day")]))
    assert _types(evs) == ["armed_clash"]


# -- a stance announced is a statement ---------------------------------------------------------------
def test_a_refusal_announced_is_a_statement(ex):
    # SANA style: «أكدت الوزارة في بيان اليوم رفضها…»
    t = "أكدت وزارة الخارجية في بيان اليوم رفضها القاطع للوجود العسكري الأجنبي على الأراضي السورية."
    evs = _run(ex, _doc(t, published="2019-09-10", dates=[("اليوم", "2019-09-10", "day")]))
    assert _types(evs) == ["statement"]
    assert evs[0]["reported_by"]["surface"] == "وزارة الخارجية"
    # Syria TV style: a refusal with a strike told in the same sentence; both are kept
    t = ("أعلنت «الجبهة الشامية» في بيان، اليوم الأحد، رفضها المشاركة في أي مفاوضات، وذلك غداة مقتل "
         "ستة مدنيين في غارات على بلدة بنش.")
    evs = _run(ex, _doc(t, published="2016-02-14", places=[BINNISH], quantities=[("ستة", 6, 6, "مدني")],
                        dates=[("اليوم الأحد", "2016-02-14", "day")]))
    assert _types(evs) == ["airstrike", "statement"]
    # Hawar style: «جددت الإدارة الذاتية في بيان رفضها…»; Reuters style: «أعلنت الحكومة التركية رفضها…»
    t = "جددت الإدارة الذاتية في بيان رفضها لقرار التجنيد الإجباري الصادر عن حكومة دمشق."
    assert _types(_run(ex, _doc(t, published="2020-03-02"))) == ["statement"]
    t = "أعلنت الحكومة التركية رفضها لأي عملية عسكرية في محافظة إدلب، بحسب ما نقلت وكالة رويترز."
    evs = _run(ex, _doc(t, published="2019-02-14", places=[("إدلب", "P10", "Idlib", "Idlib", "governorate")]))
    assert _types(evs) == ["statement"]
    assert evs[0]["reported_by"]["surface"] == "الحكومة التركية"


def test_a_condemnation_is_a_statement_and_the_act_condemned_stays(ex):
    # Enab Baladi style: «أدانت الهيئة في بيان الهجوم على مدينة الدانا»
    t = "أدانت هيئة تحرير الشام في بيان الهجوم على مدينة الدانا، متهمة خلايا التنظيم بالوقوف وراءه."
    evs = _run(ex, _doc(t, published="2023-02-20", places=[DANA]))
    assert _types(evs) == ["armed_clash", "statement"]
    # AFP style: «نددت الخارجية الفرنسية بالقصف الذي استهدف…»
    t = "نددت وزارة الخارجية الفرنسية اليوم بالقصف الذي استهدف سوق الخضار في مدينة أريحا وأودى بحياة 11 مدنياً."
    evs = _run(ex, _doc(t, published="2019-07-23", places=[ARIHA], quantities=[("11", 11, 11, "مدني")]))
    assert _types(evs) == ["shelling", "statement"]
    # UN style: «استنكرت الأمم المتحدة الغارات …»
    t = "استنكرت الأمم المتحدة الغارات الجوية على مدينة معرة النعمان، داعية إلى وقف فوري للتصعيد."
    assert _types(_run(ex, _doc(t, published="2020-01-15", places=[MAARRA]))) == ["airstrike", "statement"]


def test_a_monitor_condemning_its_own_report_makes_no_statement(ex):
    t = ("وثقت شبكة الرصد مقتل 3 مدنيين جراء قذائف مدفعية سقطت على بلدة كنصفرة يوم الجمعة، وأدانت الشبكة استهداف "
         "المناطق السكنية.")
    evs = _run(ex, _doc(t, published="2024-06-08", places=[KANSAFRA], quantities=[("3", 3, 3, "مدني")]))
    assert "statement" not in _types(evs)


# -- acts the trigger list missed ------------------------------------------------------------------------
def test_an_indefinite_accusative_trigger_is_the_trigger(ex):
    # «إن انفجاراً هز…», «نفذت … اقتحاماً», «أن تفجيراً استهدف…»
    t = "قال المرصد السوري إن انفجاراً هز مدينة عفرين صباح اليوم."
    assert _types(_run(ex, _doc(t, published="2019-08-03", places=[AFRIN]))) == ["explosion"]
    t = "أفاد مراسلنا بأن تفجيراً استهدف سوق مدينة عفرين اليوم دون أن يسفر عن ضحايا."
    assert _types(_run(ex, _doc(t, published="2019-08-03", places=[AFRIN]))) == ["explosion"]
    t = "قالت مصادر محلية إن اشتباكاً عنيفاً اندلع ليل أمس في بلدة طفس بين مسلحين من عائلتين."
    assert _types(_run(ex, _doc(t, published="2020-05-01", places=[TAFAS]))) == ["armed_clash"]


def test_the_weapon_between_a_strike_and_the_verb_that_tells_it_on(ex):
    # SANA style: «شن … عدواناً جوياً بصواريخ …، طال…»: one air strike, not a shelling beside it
    t = ("نقلت صحيفة محلية عن مصدر عسكري أن الطيران الإسرائيلي شن ليلاً عدواناً جوياً بصواريخ عدة "
         "أطلقها من فوق الجولان، طال مستودعات في مطار المزة العسكري.")
    evs = _run(ex, _doc(t, published="2021-12-28", places=[MEZZEH]))
    assert _types(evs) == ["airstrike"]
    # SOHR style: «غارات بالصواريخ …، استهدفت…»
    t = "شنت مقاتلات روسية غارات بالصواريخ على أطراف بلدة كنصفرة، استهدفت منازل المدنيين."
    assert _types(_run(ex, _doc(t, published="2023-01-15", places=[KANSAFRA]))) == ["airstrike"]


# a chemical attack with no aircraft or shells told: a shelling until stop 43, an explosion since (types.json attack
# `chemical`, the probe README's call on set 98; tests/extract/test_extra43.py has both states)
CHEMICAL = "explosion" if load_types()["attack"].get("chemical", {}).get("enabled") else "shelling"


def test_suffocation_is_the_injured_of_the_strike(ex):
    t = "قال الدفاع المدني إن 70 شخصاً اختنقوا جراء قصف بغاز الكلور استهدف بلدة اللطامنة فجر اليوم."
    evs = _run(ex, _doc(t, published="2017-04-04", places=[LATAMNEH], quantities=[("70", 70, 70, "شخص")]))
    assert _types(evs) == [CHEMICAL]
    assert evs[0]["injured"]["low"] == 70


def test_bodies_from_the_rubble_are_the_dead_of_the_strike(ex):
    # one sentence (AFP style)
    t = "استهدف قصف مدفعي لقوات النظام مشفى الأتارب، وذكر الدفاع المدني أن عناصره أخرجوا جثث ستة أشخاص من تحت الأنقاض."
    evs = _run(ex, _doc(t, published="2021-03-21", places=[ATAREB], quantities=[("ستة", 6, 6, "شخص")]))
    assert _types(evs) == ["shelling"]
    assert evs[0]["fatalities"]["low"] == 6
    # the next sentence (Orient style)
    t = ("قصفت مقاتلات روسية بلدة البارة صباح اليوم. وانتشلت فرق الدفاع المدني جثث أربعة مدنيين من "
         "تحت الركام، وفق مراسل محلي.")
    evs = _run(ex, _doc(t, published="2022-09-08", places=[BARA], quantities=[("أربعة", 4, 4, "مدني")]))
    assert _types(evs) == ["airstrike"]
    assert evs[0]["fatalities"]["low"] == 4
    # the toll told first stands; the bodies are some of its dead (SOHR style)
    t = ("قتل سبعة مدنيين بغارات روسية على بلدة كفرتخاريم اليوم، وانتشلت فرق الدفاع المدني ثلاث جثث من "
         "تحت الأنقاض.")
    evs = _run(ex, _doc(t, published="2020-02-25", places=[KAFRTAKHARIM],
                        quantities=[("سبعة", 7, 7, "مدني"), ("ثلاث", 3, 3, "جثة")]))
    assert _types(evs) == ["airstrike"]
    assert evs[0]["fatalities"]["low"] == 7


def test_bodies_found_with_no_strike_are_still_bodies_found(ex):
    t = "انتشلت فرق الدفاع المدني جثث خمسة أشخاص من تحت الأنقاض في بلدة البارة بعد انهيار مبنى قديم."
    evs = _run(ex, _doc(t, published="2022-09-08", places=[BARA], quantities=[("خمسة", 5, 5, "شخص")]))
    assert _types(evs) == ["other"]


def test_an_act_after_bad_dated_today_is_the_news_not_background(ex):
    t = "أفاد ناشطون بأن عشرات المدنيين أصيبوا بحالات اختناق في مدينة دوما بعد قصف جوي بمواد سامة مساء اليوم."
    evs = _run(ex, _doc(t, published="2018-04-07", places=[DOUMA], quantities=[("عشرات", 20, 90, "مدني")],
                        dates=[("مساء اليوم", "2018-04-07", "day")]))
    assert _types(evs) == ["airstrike"]
    assert evs[0]["background"] is False


# -- joins ------------------------------------------------------------------------------------------------
def test_a_running_count_in_a_that_clause_is_a_sum_of_its_own(ex):
    t = ("قتل ثلاثة مدنيين وأصيب 12 آخرون أمس بقذائف صاروخية أصابت حي باب توما، بحسب مصدر في "
         "الشرطة، الذي لفت إلى أن القذائف الساقطة على الحي منذ صباح الأحد تجاوز 40 قذيفة.")
    evs = _run(ex, _doc(t, published="2018-02-20", places=[BAB_TOUMA],
                        quantities=[("ثلاثة", 3, 3, "مدني"), ("12", 12, 12, None), ("تجاوز 40", 40, None, "قذيفة")],
                        dates=[("أمس", "2018-02-19", "day"), ("صباح الأحد", "2018-02-18", "day")]))
    inc = [e for e in _asserted(evs) if e["kind"] == "incident"]
    agg = [e for e in _asserted(evs) if e["kind"] == "aggregate"]
    assert [e["type"] for e in inc] == ["shelling"] and inc[0]["fatalities"]["low"] == 3 and inc[0]["count"] is None
    assert [e["type"] for e in agg] == ["shelling"] and agg[0]["count"]["low"] == 40


def test_the_other_sides_telling_of_the_same_day_is_the_same_incident(ex):
    # activists and state news on one protest day
    t = ("ذكر ناشطون أن رجال الأمن فتحوا النار على محتجين في مدينة جاسم اليوم، ما أدى لمقتل ثلاثة، في "
         "حين ذكرت سانا أن إرهابيين مسلحين اعتدوا على حاجز لقوات حفظ النظام في المدينة.")
    evs = _run(ex, _doc(t, published="2012-03-09", places=[JASIM], quantities=[("ثلاثة", 3, 3, None)],
                        dates=[("اليوم", "2012-03-09", "day")]))
    assert len(_asserted(evs)) == 1 and len(evs[0]["mentions"]) >= 2
    # a shelling and the army's version of it («استهدفت تجمعات للإرهابيين في البلدة»)
    t = ("قال ناشطون إن قوات النظام قصفت بلدة الحراك بالمدفعية اليوم، فقتلت خمسة مدنيين، بينما "
         "ذكرت سانا أن وحدات الجيش خاضت اشتباكات مع الإرهابيين في البلدة.")
    evs = _run(ex, _doc(t, published="2013-05-14", places=[HARAK], quantities=[("خمسة", 5, 5, "مدني")],
                        dates=[("اليوم", "2013-05-14", "day")]))
    assert _types(evs) == ["shelling"]
    # Russian and local tellings of one strike
    t = ("قصفت مقاتلات روسية بلدة الهبيط اليوم، فيما ذكرت وزارة الدفاع في موسكو أن مقاتلاتها استهدفت "
         "مواقع للإرهابيين في المنطقة.")
    assert _types(_run(ex, _doc(t, published="2019-05-30", places=[HBEIT], dates=[("اليوم", "2019-05-30", "day")]))) \
        == ["airstrike"]


def test_the_other_side_telling_of_another_place_is_another_incident(ex):
    t = ("قال ناشطون إن قوات النظام قصفت بلدة الحراك اليوم، بينما قالت وكالة سانا إن مسلحين هاجموا حاجزاً "
         "للجيش في بلدة جاسم.")
    evs = _run(ex, _doc(t, published="2013-05-14", places=[HARAK, JASIM], dates=[("اليوم", "2013-05-14", "day")]))
    assert _types(evs) == ["armed_clash", "shelling"]


# -- set 13's families, in our own sentences ---------------------------------------------------------------
KAFRSOUSA = ("حي كفرسوسة", "P26", "Kafr Sousa", "Damascus", "neighbourhood")
QAMISHLI = ("القامشلي", "P27", "Qamishli", "Al-Hasakah", "city")
AMUDA = ("عامودا", "P28", "Amuda", "Al-Hasakah")
MUSAYFRA = ("المسيفرة", "P29", "Al-Musayfirah", "Daraa")
TALL_TAMR = ("تل تمر", "P30", "Tell Tamer", "Al-Hasakah")
SARAQIB = ("سراقب", "P31", "Saraqib", "Idlib")
SALHAB = ("سلحب", "P32", "Salhab", "Hama")
GHWEIRAN = ("سجن غويران", "P33", "Ghweiran prison", "Al-Hasakah", "facility")
AFRIN_REG = ("عفرين", "P34", "Afrin", "Aleppo")
JURIN = ("جورين", "P35", "Jurin", "Hama")
IBLIN = ("إبلين", "P36", "Iblin", "Idlib")
AZAZ = ("إعزاز", "P37", "Azaz", "Aleppo")


def test_an_hour_of_the_clock_is_no_period(ex):
    # SANA style: «نحو الساعة N من صباح/مساء أمس»: the strike of that hour, its dead attached
    t = ("ذكر مصدر عسكري لسانا أن الطيران الإسرائيلي شن، نحو الساعة الحادية عشرة من مساء أمس، "
         "عدواناً جوياً استهدف بناء سكنياً في حي كفرسوسة، وأدى إلى ارتقاء ثلاثة شهداء.")
    evs = _run(ex, _doc(t, published="2024-01-21", places=[KAFRSOUSA], quantities=[("ثلاثة", 3, 3, "شهيد")],
                        dates=[("مساء أمس", "2024-01-20", "day")]))
    assert [(e["type"], e["kind"], e["fatalities"]["low"]) for e in _asserted(evs)] == [("airstrike", "incident", 3)]
    # Anadolu style: «في تمام الساعة الثالثة من فجر اليوم»
    t = "قصفت مسيرة تركية في تمام الساعة الثالثة من فجر اليوم سيارة قرب مدينة عامودا، فقتلت اثنين."
    evs = _run(ex, _doc(t, published="2022-08-19", places=[AMUDA], quantities=[("اثنين", 2, 2, None)],
                        dates=[("فجر اليوم", "2022-08-19", "day")]))
    assert [(e["kind"], e["fatalities"]["low"]) for e in _asserted(evs)] == [("incident", 2)]


def test_the_period_after_a_running_total_cue_is_the_totals(ex):
    # Turkish staff style: a day's figure, then the operation's total «منذ انطلاق … في 20 كانون الثاني»
    t = ("ذكرت رئاسة الأركان التركية اليوم أنها حيدت 25 مسلحاً خلال عمليات نفذتها أمس في منطقة عفرين، ليرتفع "
         "عدد المحيدين منذ بدء العملية يوم 20 كانون الثاني إلى 1200.")
    evs = _run(ex, _doc(t, published="2018-02-11", places=[AFRIN_REG],
                        quantities=[("25", 25, 25, "مسلح"), ("1200", 1200, 1200, None)],
                        dates=[("اليوم", "2018-02-11", "day"), ("أمس", "2018-02-10", "day"),
                               ("20 كانون الثاني", "2018-01-20", "day")]))
    inc = [e for e in _asserted(evs) if e["kind"] == "incident"]
    assert [(e["type"], e["fatalities"]["low"], e["period"]) for e in inc] == [("armed_clash", 25, None)]
    assert [e["kind"] for e in _asserted(evs)].count("aggregate") == 1


def test_the_hurt_at_the_place_after_whereas_are_the_acts(ex):
    # North Press style: «فيما أصيب مار كان بالمكان»
    t = ("قتل شخصان بقصف مسيرة تركية استهدف سيارة قرب مدينة القامشلي مساء أمس، فيما أصيب عامل كان يمر "
         "بالمكان.")
    evs = _run(ex, _doc(t, published="2022-08-19", places=[QAMISHLI], quantities=[("شخصان", 2, 2, "شخص")],
                        dates=[("مساء أمس", "2022-08-18", "day")]))
    assert _types(evs) == ["airstrike"]
    # a parallel story elsewhere stays apart
    t = "قتل شخصان بقصف مسيرة تركية على سيارة قرب القامشلي، فيما أصيب ثلاثة بانفجار لغم في عامودا."
    evs = _run(ex, _doc(t, published="2022-08-19", places=[QAMISHLI, AMUDA],
                        quantities=[("شخصان", 2, 2, "شخص"), ("ثلاثة", 3, 3, None)]))
    assert _types(evs) == ["airstrike", "explosion"]


def test_the_hurt_counted_of_them_are_the_groups(ex):
    # SOHR style: defectors shot at while fleeing
    t = ("أفاد المرصد بأن 9 مجندين انشقوا فجر اليوم عن حاجز قرب مدينة سراقب، وأُطلق عليهم الرصاص خلال "
         "هروبهم فأصيب ثلاثة منهم.")
    evs = _run(ex, _doc(t, published="2012-06-14", places=[SARAQIB],
                        quantities=[("9", 9, 9, "مجند"), ("ثلاثة", 3, 3, None)], dates=[("فجر اليوم", "2012-06-14", "day")]))
    assert [(e["type"], e["count"]["low"], e["injured"]["low"]) for e in _asserted(evs)] == [("defection", 9, 3)]
    # Enab Baladi style: detainees, two of them dead under torture
    t = "اعتقلت قوات الأمن 12 شاباً من بلدة جاسم الشهر الماضي، وتوفي اثنان منهم تحت التعذيب."
    evs = _run(ex, _doc(t, published="2019-05-02", places=[JASIM],
                        quantities=[("12", 12, 12, "شاب"), ("اثنان", 2, 2, None)]))
    assert "arrest" in _types(evs)


def test_a_killing_by_gunmen_past_a_dated_aside_is_an_assassination(ex):
    # Horan outlet style
    t = ("قتل رجل ينتمي إلى فصيل محلي، ليل أمس الاثنين، برصاص مجهولين مسلحين في بلدة المسيفرة، وفق "
         "تجمع محلي.")
    evs = _run(ex, _doc(t, published="2021-09-14", places=[MUSAYFRA], dates=[("ليل أمس الاثنين", "2021-09-13", "day")]))
    assert _types(evs) == ["armed_clash"]
    # Deir ez-Zor outlet style
    t = "قتل عنصر سابق في الشرطة، ليل السبت، بنيران مسلحين مجهولين قرب بلدة المسيفرة."
    evs = _run(ex, _doc(t, published="2021-09-14", places=[MUSAYFRA], dates=[("ليل السبت", "2021-09-11", "day")]))
    assert _types(evs) == ["armed_clash"]


def test_killed_by_with_the_subject_between_is_a_death(ex):
    # Step style: «أودى انفجار سيارة … بحياة 13 مدنياً»
    t = "أودى انفجار شاحنة مفخخة وسط مدينة إعزاز، ظهر اليوم، بحياة تسعة مدنيين، وأصاب أكثر من 15."
    evs = _run(ex, _doc(t, published="2019-06-20", places=[AZAZ],
                        quantities=[("تسعة", 9, 9, "مدني"), ("أكثر من 15", 15, None, None)],
                        dates=[("ظهر اليوم", "2019-06-20", "day")]))
    assert [(e["type"], e["fatalities"]["low"], e["injured"]["low"]) for e in _asserted(evs)] == [("explosion", 9, 15)]


def test_background_words_make_no_incident(ex):
    # Hawar style: «على الرغم من الهدنة المعلنة»
    t = "قصف الجيش التركي قرى في ريف تل تمر صباح اليوم بعشرات القذائف، على الرغم من الهدنة المعلنة في المنطقة."
    evs = _run(ex, _doc(t, published="2019-10-23", places=[TALL_TAMR], dates=[("صباح اليوم", "2019-10-23", "day")]))
    assert _types(evs) == ["shelling"]
    # Enab Baladi style: «إثر أسابيع من القصف»
    t = "سيطرت قوات النظام على مدينة سراقب مساء أمس، عقب خروج الفصائل منها بعد أسابيع من الغارات."
    evs = _run(ex, _doc(t, published="2020-02-07", places=[SARAQIB], dates=[("مساء أمس", "2020-02-06", "day")]))
    assert _types(evs) == ["territory_change"]
    # a ministry's redeployment is the other side of a taking (a withdrawal, as «أعادت تموضعها»): one incident
    t = ("أعلنت الفصائل سيطرتها على مدينة سراقب مساء اليوم. في المقابل، ذكرت وزارة الدفاع أن قطعات الجيش أعادت "
         "تموضعها خارج المدينة حرصاً على سلامة السكان.")
    evs = _run(ex, _doc(t, published="2024-12-05", places=[SARAQIB], dates=[("مساء اليوم", "2024-12-05", "day")]))
    assert _types(evs) == ["territory_change"] and len(evs[0]["mentions"]) == 2
    # seized or defused weapons are no blast
    t = "أعلنت وزارة الداخلية القبض على أربعة أشخاص في بلدة سلحب، وضبط أسلحة وذخائر وعبوات ناسفة بحوزتهم."
    evs = _run(ex, _doc(t, published="2025-06-30", places=[SALHAB], quantities=[("أربعة", 4, 4, "شخص")]))
    assert _types(evs) == ["arrest"]
    t = "فككت فرق الهندسة عبوة ناسفة زرعت على طريق سلحب صباح اليوم دون وقوع إصابات."
    assert _types(_run(ex, _doc(t, published="2025-06-30", places=[SALHAB]))) == []


def test_the_statement_of_an_act_is_that_acts_telling(ex):
    t = ("أعلن 15 عنصراً من الشرطة في بلدة سراقب انشقاقهم، في مقطع مصور قرأ فيه أحدهم بيان الانشقاق.")
    evs = _run(ex, _doc(t, published="2012-07-19", places=[SARAQIB], quantities=[("15", 15, 15, "عنصر")]))
    assert _types(evs) == ["defection"]


def test_a_blast_along_with_an_assault_is_that_assault(ex):
    t = ("هاجم عشرات المسلحين سجن غويران مساء أمس، تزامناً مع تفجير شاحنة ملغمة قرب مدخله، فاندلعت "
         "اشتباكات مع الحراس.")
    evs = _run(ex, _doc(t, published="2022-01-21", places=[GHWEIRAN], dates=[("مساء أمس", "2022-01-20", "day")]))
    assert _types(evs) == ["armed_clash"]


def test_a_deployment_begun_is_a_deployment(ex):
    t = "وأعلنت وزارة الداخلية أنها بدأت بنشر قوات لها في مدينة سراقب لفض النزاع."
    assert _types(_run(ex, _doc(t, published="2025-07-14", places=[SARAQIB]))) == ["reinforcement"]


def test_deaths_recalled_with_their_day_are_their_own_acts(ex):
    # Syria TV style: «ويأتي القصف بعد N أيام من مقتل … بقذائف … قرب بلدة جورين»
    t = ("قصفت قوات النظام قرية إبلين صباح اليوم، فقتلت ثلاثة أشخاص. ويأتي القصف بعد أربعة أيام من "
         "مقتل ستة جنود للنظام بقذائف هاون أطلقتها الفصائل قرب بلدة جورين.")
    evs = _run(ex, _doc(t, published="2021-06-10", places=[IBLIN, JURIN],
                        quantities=[("ثلاثة", 3, 3, "شخص"), ("ستة", 6, 6, "جندي")],
                        dates=[("صباح اليوم", "2021-06-10", "day")]))
    got = sorted((e["type"], (e["place"] or {}).get("surface"), e["fatalities"]["low"], e["background"])
                 for e in _asserted(evs))
    assert got == [("shelling", "إبلين", 3, False), ("shelling", "جورين", 6, True)]


def test_first_time_since_ranks_the_act(ex):
    # Horan outlet style: «وهي المرة الأولى منذ عام 2018»
    t = "دخلت قوات الأمن العام مدينة جاسم اليوم، وهي المرة الأولى منذ عام 2018، بحسب تجمع محلي."
    evs = _run(ex, _doc(t, published="2023-04-02", places=[JASIM],
                        dates=[("اليوم", "2023-04-02", "day"), ("عام 2018", "2018", "year")]))
    assert [(e["type"], e["kind"], e["date"]) for e in _asserted(evs)] == [("territory_change", "incident", "2023-04-02")]
    # Reuters style: «لأول مرة منذ 2012»
    t = "دخلت قوات الحكومة مدينة جاسم اليوم لأول مرة منذ عام 2012، بحسب مصادر محلية."
    evs = _run(ex, _doc(t, published="2023-04-02", places=[JASIM],
                        dates=[("اليوم", "2023-04-02", "day"), ("عام 2012", "2012", "year")]))
    assert [(e["type"], e["kind"]) for e in _asserted(evs)] == [("territory_change", "incident")]


def test_a_month_or_a_rank_named_first_ranks_nothing(ex):
    t = "قتل خمسة مدنيين في غارات على بلدة سراقب، في كانون الأول الماضي، بحسب تقرير الشبكة."
    evs = _run(ex, _doc(t, published="2019-12-20", places=[SARAQIB], quantities=[("خمسة", 5, 5, "مدني")],
                        dates=[("كانون الأول الماضي", "2018-12", "month")]))
    assert [e["date"] for e in _asserted(evs)] == ["2018-12"]


def test_a_condemnation_speaker_ends_before_the_act_it_names(ex):
    # the report's own body condemning: a one-word back reference names no one new
    t = ("قالت الأمم المتحدة إن قافلة مساعدات تعرضت لقصف جوي قرب بلدة أريحا مساء اليوم، ما أسفر عن مقتل 20 "
         "مدنياً، وأدانت المنظمة الهجوم بشدة.")
    evs = _run(ex, _doc(t, published="2016-09-19", places=[ARIHA], quantities=[("20", 20, 20, "مدني")]))
    assert _types(evs) == ["airstrike"]
    # a named body: its name, not the act after it
    t = "أدانت هيئة تحرير الشام في بيان الهجوم على مدينة الدانا."
    evs = _run(ex, _doc(t, published="2023-02-20", places=[DANA]))
    st = [e for e in _asserted(evs) if e["type"] == "statement"]
    assert [e["reported_by"]["surface"] for e in st] == ["هيئة تحرير الشام"]


def test_a_reporting_verb_inside_as_said_is_no_statement(ex):
    SHAYRAT = ("مطار الشعيرات العسكري", "P38", "Shayrat airbase", "Homs", "facility")
    # AFP style: «وفق ما أعلنت وزارة الدفاع»
    t = "أطلقت مدمرتان 59 صاروخاً فجر اليوم على مطار الشعيرات العسكري، وفق ما أعلنت وزارة الدفاع الأمريكية."
    evs = _run(ex, _doc(t, published="2017-04-07", places=[SHAYRAT], quantities=[("59", 59, 59, "صاروخ")]))
    assert "statement" not in _types(evs)
    # Anadolu style: «بحسب ما أكد وزير الدفاع»; SANA style: «حسبما صرح المتحدث»
    t = "قصفت المدفعية مواقع قرب مطار الشعيرات العسكري اليوم، بحسب ما أكد وزير الدفاع في مؤتمر صحفي."
    assert "statement" not in _types(_run(ex, _doc(t, published="2017-04-07", places=[SHAYRAT])))
    t = "قصفت المدفعية مواقع قرب مطار الشعيرات العسكري اليوم، حسبما صرح المتحدث باسم الجيش."
    assert "statement" not in _types(_run(ex, _doc(t, published="2017-04-07", places=[SHAYRAT])))


def test_an_accusative_frame_head_is_the_frame(ex):
    # «احتجاجاً على» and «فراراً من» open frames; their accusative is no protest nor desertion
    t = "نزح مئات المدنيين من بلدة طفس فراراً من القصف المتواصل على أحيائها."
    evs = _run(ex, _doc(t, published="2018-06-20", places=[TAFAS], quantities=[("مئات", 200, 900, "مدني")]))
    assert _types(evs) == ["other"]


def test_a_chemical_attack_with_no_aircraft_is_a_shelling_or_an_explosion(ex):
    GHOUTA = ("الغوطة الشرقية", "P39", "Eastern Ghouta", "Rif Dimashq", "region")
    KHAN = ("خان شيخون", "P40", "Khan Shaykhun", "Idlib")
    # opposition style: «هجوم بالأسلحة الكيميائية»
    t = "اتهمت المعارضة قوات النظام بشن هجوم بالأسلحة الكيميائية على الغوطة الشرقية فجر اليوم."
    assert _types(_run(ex, _doc(t, published="2013-08-21", places=[GHOUTA]))) == [CHEMICAL]
    # health directorate style: «هجوم بغاز سام»
    t = "قتل 58 شخصاً على الأقل في هجوم بغاز سام على مدينة خان شيخون صباح اليوم."
    evs = _run(ex, _doc(t, published="2017-04-04", places=[KHAN], quantities=[("58", 58, None, "شخص")]))
    assert _types(evs) == [CHEMICAL]
    # with aircraft named, it is an air strike («غارات بغازات سامة»)
    t = "قتل 30 شخصاً في غارات جوية بغازات سامة على مدينة خان شيخون صباح اليوم."
    evs = _run(ex, _doc(t, published="2017-04-04", places=[KHAN], quantities=[("30", 30, 30, "شخص")]))
    assert _types(evs) == ["airstrike"]
    # a gas field is no chemical weapon
    t = "سيطر مقاتلو التنظيم على حقل للغاز قرب خان شيخون إثر هجوم على حواجز الحراسة."
    assert _types(_run(ex, _doc(t, published="2014-07-18", places=[KHAN]))) == ["territory_change"]


def test_a_headline_with_its_figure_told_again_below_is_one_incident(ex):
    DARAA = ("درعا", "P41", "Daraa", "Daraa", "governorate")
    DARAA_CITY = ("مدينة درعا", "P42", "Daraa city", "Daraa", "city")
    HAMA_R = ("ريف حماة الشمالي", "P43", "Northern Hama countryside", "Hama", "region")
    KAFRZITA = ("كفرزيتا", "P44", "Kafr Zita", "Hama")
    # Horan outlet style: the headline counts, the body tells where
    t = ("انشقاق ضابطين في درعا. أعلن ضابطان برتبة ملازم أول انشقاقهما عن جيش النظام في مدينة درعا "
         "ووصولهما إلى مناطق سيطرة الفصائل.")
    evs = _run(ex, _doc(t, published="2016-07-28", places=[DARAA, DARAA_CITY], quantities=[("ضابطين", 2, 2, "ضابط")]))
    assert _types(evs) == ["defection"] and len(evs[0]["mentions"]) == 2
    # activists' style: the toll in the headline, the town in the body
    t = "مقتل خمسة مدنيين بقصف على ريف حماة الشمالي. وقصفت قوات النظام بلدة كفرزيتا بالمدفعية صباح اليوم."
    evs = _run(ex, _doc(t, published="2019-05-02", places=[HAMA_R, KAFRZITA], quantities=[("خمسة", 5, 5, "مدني")],
                        dates=[("صباح اليوم", "2019-05-02", "day")]))
    assert _types(evs) == ["shelling"]
    # a body sentence that opens on a verb is no headline: two strikes on two towns stay two
    t = ("قصفت قوات النظام بلدة كفرزيتا بالمدفعية صباح اليوم، فقتلت خمسة مدنيين. وقصفت المدفعية "
         "أيضاً أطراف ريف حماة الشمالي.")
    evs = _run(ex, _doc(t, published="2019-05-02", places=[KAFRZITA, HAMA_R], quantities=[("خمسة", 5, 5, "مدني")],
                        dates=[("صباح اليوم", "2019-05-02", "day")]))
    assert len(_asserted(evs)) == 2


def test_fighters_entering_a_town_take_it(ex):
    HAMA = ("حماة", "P45", "Hama", "Hama", "city")
    # Al Jazeera style: «دخل مقاتلو الفصائل مدينة حماة»; a reporter's «إن مقاتلي الفصائل دخلوا…»
    t = "دخل مقاتلو الفصائل مدينة حماة صباح اليوم، بحسب مراسل محلي."
    assert _types(_run(ex, _doc(t, published="2024-12-05", places=[HAMA]))) == ["territory_change"]
    t = "قال مراسلنا إن مقاتلي الفصائل دخلوا مدينة حماة صباح اليوم ورفعوا علم الثورة."
    assert _types(_run(ex, _doc(t, published="2024-12-05", places=[HAMA]))) == ["territory_change"]
    # a convoy entering through a crossing takes nothing
    t = "دخل رتل عسكري يضم قرابة 40 آلية من معبر حدودي إلى ريف حماة اليوم."
    assert "territory_change" not in _types(_run(ex, _doc(t, published="2020-06-17", places=[HAMA])))


def test_killed_by_a_strike_with_the_weapon_after_the_toll(ex):
    HAS = ("حاس", "P46", "Has", "Idlib")
    SARMIN_ = ("سرمين", "P23", "Sarmin", "Idlib")
    # civil defence style: «قضى 12 مدنياً، معظمهم أطفال، بغارة على…»
    t = "قضى 12 مدنياً، معظمهم أطفال، بغارة على مخيم للنازحين قرب بلدة حاس، فيما أصيب 20 آخرون."
    evs = _run(ex, _doc(t, published="2019-08-12", places=[HAS],
                        quantities=[("12", 12, 12, "مدني"), ("20", 20, 20, None)]))
    assert [(e["type"], e["fatalities"]["low"]) for e in _asserted(evs)] == [("airstrike", 12)]
    # SOHR style: «جراء سقوط صاروخ على مدرسة» (the fall told before the rocket)
    t = "أفاد المرصد بمقتل ثمانية مدنيين جراء سقوط صاروخ على مدرسة في بلدة سرمين."
    evs = _run(ex, _doc(t, published="2020-01-02", places=[SARMIN_], quantities=[("ثمانية", 8, 8, "مدني")]))
    assert [(e["type"], e["fatalities"]["low"]) for e in _asserted(evs)] == [("shelling", 8)]


def test_an_answer_by_a_state_force_with_no_weapon_word_is_typed_by_the_force(ex):
    HAMA_R = ("ريف حماة الشمالي", "P43", "Northern Hama countryside", "Hama", "region")
    # SANA style: «ردت وحدات الجيش … باستهداف مواقعهم»
    t = "ذكرت وكالة سانا أن وحدات الجيش ردت فوراً على خروقات الإرهابيين باستهداف مواقعهم في ريف حماة الشمالي."
    assert _types(_run(ex, _doc(t, published="2019-04-30", places=[HAMA_R]))) == ["shelling"]


def test_a_campaigns_toll_after_whereas_is_a_sum_of_its_own(ex):
    HANANO = ("حي مساكن هنانو", "P47", "Masaken Hanano", "Aleppo", "neighbourhood")
    # Zaman al-Wasl style: the day's barrels, then the campaign's toll since mid-December
    t = ("ألقت مروحيات النظام اليوم أربعة براميل متفجرة فوق حي مساكن هنانو، فقتلت تسعة مدنيين، بينما "
         "بلغت حصيلة قتلى حملة البراميل على أحياء حلب منذ أواسط كانون الأول الماضي أكثر من 500 قتيل.")
    evs = _run(ex, _doc(t, published="2014-01-21", places=[HANANO],
                        quantities=[("أربعة", 4, 4, "برميل"), ("تسعة", 9, 9, "مدني"), ("أكثر من 500", 500, None, "قتيل")],
                        dates=[("اليوم", "2014-01-21", "day"), ("أواسط كانون الأول الماضي", "2013-12", "month")]))
    inc = [e for e in _asserted(evs) if e["kind"] == "incident"]
    agg = [e for e in _asserted(evs) if e["kind"] == "aggregate"]
    assert [(e["type"], e["fatalities"]["low"]) for e in inc] == [("airstrike", 9)]
    # (stop 32's convention: a running toll naming one cause, the barrel campaign, takes the cause's type)
    assert [(e["type"], e["fatalities"]["low"]) for e in agg] == [("airstrike", 500)]


def test_a_short_clash_before_an_arrest_is_how_the_arrest_went(ex):
    DALIA = ("الدالية", "P48", "Al-Dalia", "Latakia")
    # interior ministry style
    t = ("قبضت قوى الأمن الداخلي على ستة أشخاص من خلية مسلحة في قرية الدالية اليوم، إثر اشتباك قصير "
         "جرح خلاله أحد عناصر الدورية.")
    evs = _run(ex, _doc(t, published="2025-06-10", places=[DALIA], quantities=[("ستة", 6, 6, "شخص")],
                        dates=[("اليوم", "2025-06-10", "day")]))
    assert _types(evs) == ["arrest"]
    # a clash with its own dead stays an incident
    t = "اعتقلت القوات ستة مسلحين في قرية الدالية اليوم بعد اشتباكات قتل فيها اثنان من عناصرها."
    evs = _run(ex, _doc(t, published="2025-06-10", places=[DALIA],
                        quantities=[("ستة", 6, 6, "مسلح"), ("اثنان", 2, 2, None)], dates=[("اليوم", "2025-06-10", "day")]))
    assert "armed_clash" in _types(evs)


def test_a_clash_recalled_in_a_pluperfect_clause_with_a_past_month_is_history(ex):
    HAWIK = ("حاويك", "P49", "Hawik", "Homs")
    # SANA style: the day's clash, then «وكانت المنطقة قد عرفت في <شهر> الماضي اشتباكات»
    t = ("تصدت وحدات الجيش لمحاولة تسلل مجموعة مسلحة قرب قرية حاويك اليوم، واشتبكت معها فقتلت "
         "ثلاثة من أفرادها. وكانت المنطقة قد عرفت في شباط الماضي اشتباكات دامت أياماً.")
    evs = _run(ex, _doc(t, published="2025-05-14", places=[HAWIK], quantities=[("ثلاثة", 3, 3, None)],
                        dates=[("اليوم", "2025-05-14", "day"), ("شباط الماضي", "2025-02", "month")]))
    assert _types(evs) == ["armed_clash"]
    # dated to a day, a recalled act stays (background)
    t = "وكانت القوات قد قصفت قرية حاويك يوم الأحد الماضي بالمدفعية الثقيلة."
    evs = _run(ex, _doc(t, published="2025-05-14", places=[HAWIK], dates=[("يوم الأحد الماضي", "2025-05-11", "day")]))
    assert _types(evs) == ["shelling"]


def test_dual_death_verbs(ex):
    t = "وذكر مصدر مسؤول أن اثنين من رجال الجهات المختصة استشهدا أثناء الاشتباك مع المسلحين قرب تل شهاب."
    TELL = ("تل شهاب", "P50", "Tell Shihab", "Daraa")
    evs = _run(ex, _doc(t, published="2012-06-09", places=[TELL], quantities=[("اثنين", 2, 2, "عنصر")]))
    assert [(e["type"], e["fatalities"]["low"]) for e in _asserted(evs)] == [("armed_clash", 2)]


def test_an_act_recalled_with_its_day_takes_nothing_told_after_it(ex):
    TELL_MILH = ("تل ملح", "P51", "Tell Milh", "Hama")
    # Syria TV style: the retaking, the takeover two days before, the counter-attack's dead
    t = ("أعلنت الفصائل استعادة السيطرة على بلدة تل ملح اليوم، بعد يومين من سيطرة قوات النظام عليها، في هجوم "
         "معاكس قتل خلاله 25 عنصراً من جنود النظام.")
    evs = _run(ex, _doc(t, published="2019-06-11", places=[TELL_MILH], quantities=[("25", 25, 25, "عنصر")],
                        dates=[("اليوم", "2019-06-11", "day")]))
    got = sorted(((e["fatalities"] or {}).get("low", 0), e["background"]) for e in _asserted(evs))
    assert got == [(0, True), (25, False)]
