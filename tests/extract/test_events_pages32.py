"""Page-shaped reports (stop 32, issue 10, helper pages): which tellings of a long page are one incident.

Families read in the development sets paraphrased from real pages (64, 65) and in the first runs of the sets of
writers who read no code (52, 56 and others), each with cases in three sets or more:
- The hurt by a force's fire told in the sentence of a protest it fired on, with no act of their own, are that
  protest's dead: one protest event (README, stop 30), not a protest and a toll beside it.
Our own sentences in several house styles, run through the whole pipeline; every span checked (piped.py)."""
from __future__ import annotations

import pytest

from piped import piped_events as _piped, place_surface as _place


def _kinds(evs: list[dict]) -> list[tuple]:
    return [(e["type"], _place(e), (e["fatalities"] or {}).get("low"), (e["injured"] or {}).get("low")) for e in evs]


# -- the hurt of a protest fired on are the protest's -----------------------------------------------------------------
@pytest.mark.parametrize("text,place,dead,hurt", [
    # wire style: the dead first, the fire on the protesters in a «حين» clause after them
    ("لقي ثلاثة أشخاص حتفهم ظهر اليوم الجمعة وجُرح آخرون حين أطلقت قوات الأمن الرصاص على محتجين في بلدة "
     "الحارة شمال غربي درعا، بحسب ناشطين.", "الحارة", 3, None),
    # activists' page style: the fire told first, the wounded as its result with «فـ»
    ("فرّقت قوات الأمن بالرصاص الحي محتجين خرجوا في مدينة تلبيسة شمال حمص بعد صلاة الجمعة، فأصيب 12 شخصاً "
     "بجروح، وفق لجان التنسيق المحلية.", "تلبيسة", None, 12),
    # a round-up paragraph: killed «بنيران» a force while it broke up a protest
    ("وفي محافظة إدلب، قُتل خمسة أشخاص بنيران الأجهزة الأمنية خلال تفريقها تظاهرة في مدينة سراقب.",
     "سراقب", 5, None),
])
def test_the_hurt_of_a_protest_fired_on_are_its_own(pipe, text, place, dead, hurt):
    evs = _piped(pipe, text, "2011-06-10")
    assert _kinds(evs) == [("protest", place, dead, hurt)]


def test_a_death_the_protest_answers_is_no_death_at_it(pipe):
    # the death told as the protest's time («بعد مقتل») is the cause of the protest, a toll of its own
    text = ("تظاهر مئات الأهالي اليوم في مدينة بنش قرب إدلب. ويأتي الاحتجاج بعد وفاة شاب تحت التعذيب داخل سجن تابع "
            "للجهاز الأمني الشهر الماضي.")
    evs = _piped(pipe, text, "2023-03-03")
    assert "casualties" in [e["type"] for e in evs]
    assert all(e["fatalities"] is None for e in evs if e["type"] == "protest")


def test_a_protest_against_a_leader_is_not_fire_on_it(pipe):
    # no one fires: the deaths «خلال تظاهرات» stay a toll (news_dev's call); the leader named after the protest is
    # what it is against, not a force acting on it
    text = "قُتل تسعة أشخاص في مدينة حمص اليوم الجمعة خلال تظاهرات حاشدة مناهضة للرئيس بشار الأسد."
    evs = _piped(pipe, text, "2011-04-08")
    assert [(e["type"], (e["fatalities"] or {}).get("low")) for e in evs if e["fatalities"]] == [("casualties", 9)]


def test_a_national_toll_beside_a_weekly_protest_stays_a_toll(pipe):
    # the protesters named as a habit, no force acting on them in their clause: the day's toll over many places
    text = ("ذكرت الهيئة العامة للثورة أن 27 شخصاً قتلوا اليوم الجمعة بنيران قوات الأمن في مناطق متفرقة من البلاد، أغلبهم "
            "في حمص ودرعا، بعدما خرج المحتجون كما في كل جمعة.")
    evs = _piped(pipe, text, "2012-05-04")
    assert [(e["type"], (e["fatalities"] or {}).get("low")) for e in evs if e["fatalities"]] == [("casualties", 27)]


# -- one act told again at a finer place that one of the two sentences sets inside the other -------------------------
@pytest.mark.parametrize("text,typ,place", [
    # local agency style: the carrier named again, the spot on a road the lead's countryside holds
    ("قُتل عنصران وجُرح ثالث مساء اليوم حين قصفت طائرة مسيّرة تركية سيارتهم في ريف عامودا. وأوضح مصدر محلي أن "
     "المسيرة أصابت السيارة قرب مفرق قرية الكوزلية، على الطريق بين عامودا والدرباسية.", "airstrike", None),
    # monitor style: the same toll retold, the street set inside the quarter told first
    ("قُتل تسعة مدنيين جراء برميلين ألقتهما مروحيات النظام على حي الصالحين شرقي حلب. وأكد المرصد أن تسعة "
     "مدنيين قضوا بعد أن ألقت المروحيات برميلين على بناء في شارع الزهور بحي الصالحين.", "airstrike", "حي الصالحين"),
    # the lead sets the village inside the town that the source's road names later
    ("لقي ثلاثة مقاتلين حتفهم بعد أن استهدفت طائرة مسيّرة سيارتهم قرب قرية تل حجر جنوبي مدينة الحسكة. وأوضح "
     "مصدر أمني أن الطائرة أطلقت صاروخاً على السيارة على طريق الحسكة – الشدادي.", "airstrike", "تل حجر"),
])
def test_an_act_told_again_at_a_place_bound_to_its_own_is_one(pipe, text, typ, place):
    evs = [e for e in _piped(pipe, text, "2023-05-02") if e["type"] == typ]
    assert len(evs) == 1, [(e["type"], e["trigger"], _place(e)) for e in evs]
    if place is not None:
        assert _place(evs[0]) == place


def test_another_strike_near_the_same_town_stays_another(pipe):
    # a new carrier (indefinite) with a village of its own: another strike, though both villages lie by the town
    text = ("قُتل عنصران حين قصفت طائرة مسيّرة سيارتهما قرب قرية تل حجر جنوبي مدينة الحسكة. وفي وقت لاحق، استهدفت "
            "طائرة مسيّرة دراجة نارية قرب قرية أم الخير غربي مدينة الحسكة.")
    evs = [e for e in _piped(pipe, text, "2023-05-02") if e["type"] == "airstrike"]
    assert sorted(_place(e) for e in evs) == ["أم الخير", "تل حجر"]


# -- a periodic report's toll broken down over the sentences that follow it ------------------------------------------
@pytest.mark.parametrize("text", [
    # rights network style: the month's toll, then by perpetrator sentence after sentence, a smaller sum between
    ("وثّقت الشبكة مقتل 140 مدنياً في سوريا خلال تموز الماضي، إضافة إلى 5 ضحايا ماتوا تحت التعذيب. وأوضح تقرير "
     "الشبكة الصادر اليوم أن قوات النظام قتلت 60 مدنياً. وقتلت فصائل المعارضة 12 مدنياً بحسب التقرير. وأشار "
     "التقرير إلى مقتل 30 مدنياً على يد جهات أخرى."),
    # monitor style: the parts run on past the second sentence after the toll
    ("أحصى المركز مقتل 210 أشخاص في عموم البلاد خلال الشهر الفائت. وبحسب المركز، قتلت القوات الحكومية 90 مدنياً. "
     "وقضى 40 مقاتلاً في المواجهات على الجبهات. وأضاف المركز أن 25 شخصاً قُتلوا على يد مسلحين مجهولين."),
    # a share by governorate told in the next sentence
    ("وثّقت الشبكة مقتل 320 شخصاً في أنحاء سوريا كافة خلال الشهر الماضي. وتصدّرت محافظة إدلب الحصيلة "
     "بـ110 قتلى."),
])
def test_a_report_s_breakdown_over_later_sentences_is_no_incident(pipe, text):
    evs = _piped(pipe, text, "2021-08-01")
    sums = [e for e in evs if e["type"] == "casualties" and (e["fatalities"] or {}).get("low", 0) >= 100]
    assert len(sums) == 1 and sums[0]["kind"] == "aggregate", [(e["type"], e["kind"], e["trigger"]) for e in evs]
    parts = [e for e in evs if e is not sums[0] and (e["fatalities"] or e["count"] or {}).get("low", 0) >= 10]
    assert parts == [], [(e["type"], e["kind"], e["trigger"], (e["fatalities"] or {}).get("low")) for e in parts]


def test_a_strike_told_inside_a_daily_toll_stays_an_incident(pipe):
    # a part with an act and a place of its own is an incident of its own (the toll's breakdown stays for counts)
    text = ("قال المرصد إن 64 شخصاً قُتلوا خلال اليوم في مختلف أنحاء البلاد. وأضاف أن 14 مدنياً قُتلوا في غارة جوية استهدفت "
            "سوقاً في مدينة معرة النعمان.")
    evs = _piped(pipe, text, "2016-02-10")
    assert ("airstrike", "معرة النعمان") in [(e["type"], _place(e)) for e in evs]


# -- once an incident is told at a town, the act told at another town is another incident -----------------------------
@pytest.mark.parametrize("text,typ,places", [
    # local TV style: the area-wide lead, the first town's detail, then the anaphor «القصف» reaching another town
    ("سقط قتلى وجرحى صباح اليوم بقذائف مدفعية مصدرها قوات النظام سقطت على قرى في جبل الزاوية. وذكر مراسل أن القذائف "
     "أصابت بلدة كنصفرة فقتلت مدنيين اثنين. وتابع أن القصف شمل أيضاً بلدة سفوهن، ما أودى بحياة أربعة أشخاص.",
     "shelling", ["سفوهن", "كنصفرة"]),
    # monitor style: the anaphor with «أيضاً» and no losses at the second town
    ("قُتل طفل اليوم بقذائف صاروخية مصدرها مواقع النظام سقطت على بلدة البارة بريف إدلب، وفق الدفاع المدني. وطال القصف "
     "أيضاً أطراف قرية بليون، دون وقوع إصابات.", "shelling", ["البارة", "بليون"]),
    # wire style: the clashes that go on elsewhere, after «في حين»
    ("قُتل تسعة عناصر من الأمن العام مساء أمس في كمين استهدف دورية قرب مدخل مدينة بانياس، في حين تتواصل "
     "المواجهات في محيط قرية الدالية بريف جبلة.", "armed_clash", ["الدالية", "بانياس"]),
])
def test_the_act_told_at_another_town_is_another_incident(pipe, text, typ, places):
    evs = [e for e in _piped(pipe, text, "2021-06-15") if e["type"] == typ]
    assert sorted(_place(e) for e in evs) == places


@pytest.mark.parametrize("text,typ,place", [
    # the clashes spreading to a nearby town are the same clashes
    ("دارت مواجهات عنيفة فجر اليوم بين فصيلين مسلحين في مدينة الأتارب غرب حلب. وأفاد ناشطون بأن المواجهات امتدت إلى "
     "أطراف بلدة كفرنوران، وخلّفت خمسة قتلى من الطرفين.", "armed_clash", "الأتارب"),
])
def test_the_same_act_reaching_further_stays_one(pipe, text, typ, place):
    evs = [e for e in _piped(pipe, text, "2021-06-15") if e["type"] == typ]
    assert len(evs) == 1, [(e["trigger"], _place(e)) for e in evs]


def test_a_town_that_is_another_act_s_is_no_other_town_of_the_protest(pipe):
    # the protest named again beside the arrests it answers: the town is the arrests', not a second protest's
    text = ("خرج نحو 500 شخص اليوم الجمعة في مظاهرة جابت شوارع مدينة إدلب طالبت بالإفراج عن المعتقلين. وتأتي المظاهرة بعد "
            "أيام من اعتقال الجهاز الأمني 9 ناشطين في بلدة سرمين.")
    evs = _piped(pipe, text, "2024-05-03")
    assert sorted((e["type"], _place(e)) for e in evs) == [("arrest", "سرمين"), ("protest", "إدلب")]


# -- the other side's count of the dead, in a sentence of its own, is a telling of the act before --------------------
@pytest.mark.parametrize("text,typ,dead", [
    # monitor then state agency, «أما … فـ»
    ("لقي 12 عنصراً من الجيش حتفهم اليوم في هجوم لمسلحي التنظيم على حاجز قرب بلدة السخنة. وقال المرصد إن المهاجمين "
     "قتلوا 12 عسكرياً وجرحوا تسعة. أما التلفزيون الرسمي فتحدث عن تسعة قتلى.", "armed_clash", 12),
    # «في المقابل» and a count «بلغ»
    ("قُتل سبعة مقاتلين من الفصائل في مواجهات مع جيش النظام عند أطراف بلدة اللطامنة، بحسب ناشطين. في المقابل، "
     "ذكرت مصادر موالية أن عدد القتلى بلغ 15 مقاتلاً.", "armed_clash", 7),
    # «من جهتها», the injured counted too
    ("قُتل أربعة مدنيين بقصف مدفعي على قرية الدير الشرقي جنوبي إدلب. ومن جهتها، قالت مصادر طبية إن ستة قتلوا "
     "وأصيب عشرة آخرون.", "shelling", 4),
])
def test_the_other_side_s_count_is_no_second_toll(pipe, text, typ, dead):
    evs = _piped(pipe, text, "2020-02-02")
    assert [(e["type"], (e["fatalities"] or {}).get("low")) for e in evs] == [(typ, dead)]


# -- a sum over a period, then the day's act of its kind at a place of its own ----------------------------------------
@pytest.mark.parametrize("text,place,count", [
    # UN agency style: the year's returns, then yesterday's crossing
    ("قالت مفوضية اللاجئين إن 250 ألف لاجئ سوري عادوا من الأردن إلى بلادهم منذ مطلع العام. وأضافت أن 600 لاجئ عبروا "
     "أمس معبر نصيب الحدودي.", "معبر نصيب الحدودي", 600),
    # local network style: the month's tally of arrests, then today's raid on a village
    ("وثّق المكتب 140 حالة اعتقال في محافظة درعا منذ بداية الشهر. واعتقلت دورية للأمن العسكري اليوم الأحد 11 "
     "شاباً في بلدة الجيزة.", "الجيزة", 11),
    # activists' tally style: defections since the start of the year, then today's at a checkpoint
    ("أحصى تجمع محلي انشقاق أكثر من 120 عنصراً عن قوات النظام منذ بداية العام. وانشق اليوم سبعة عناصر عن حاجز "
     "في بلدة الحراك.", "الحراك", 7),
])
def test_the_day_s_act_under_a_period_sum_is_an_incident(pipe, text, place, count):
    evs = _piped(pipe, text, "2019-03-10")
    got = [e for e in evs if _place(e) == place]
    assert [(e["kind"], (e["count"] or {}).get("low")) for e in got] == [("incident", count)], \
        [(e["type"], e["kind"], _place(e), (e["count"] or {}).get("low")) for e in evs]


@pytest.mark.parametrize("text", [
    # a round-up: the villages are named in the clashes' clause, the strikes on «those villages» after «في حين»
    ("قُتل ثلاثة مقاتلين بغارة جوية أصابت موقعاً في مدينة رأس العين. وقالت مصادر إن مسلحين تسللوا نحو قرى محيطة "
     "ببلدة أبو راسين شرقي رأس العين، فاندلعت معارك عنيفة، في حين شنّت المقاتلات غارات على تلك القرى قتلت ثلاثة مقاتلين."),
    # the same with «بينما» and a figure of its own
    ("قُتل أربعة مدنيين بغارة جوية على مدينة تل أبيض. وأفاد ناشطون بأن اشتباكات دارت في قرى حول بلدة سلوك جنوب "
     "تل أبيض، بينما قصفت الطائرات تلك القرى بأربع غارات أوقعت أربعة قتلى."),
])
def test_a_place_of_another_clause_binds_nothing(pipe, text):
    evs = [e for e in _piped(pipe, text, "2019-10-18") if e["type"] == "airstrike"]
    assert len(evs) == 2, [(e["trigger"], _place(e)) for e in evs]
