"""Sources, actors and dates of events (stop 27, issue 10, helper sources): who says so across «وفي …»
sentences and through one-word anaphors («وقالت الشبكة»), who acts through a possessive («قواتها»), and the
day an act is dated. Our own sentences in several house styles, run through the whole pipeline."""
from __future__ import annotations

import pytest

from marsad.document import Document
from piped import piped_events, event_at as _at


def _events(pipe, text, published="2024-03-05", outlet="منصة المثال"):
    return piped_events(pipe, text, published, outlet)


def _src(e):
    rb = e["reported_by"] or {}
    return None if rb.get("outlet") else rb.get("name") or rb.get("surface")


# -- a report goes on over a sentence opened by «و» + a fronted where/how ------------------------------
@pytest.mark.parametrize("text, published, first, second, source", [
    # a correspondent's opening verb (Shaam-style), then «وفي + a region»
    ("أفاد مراسل شبكة شام الإخبارية بأن مدفعية النظام قصفت صباح اليوم الأربعاء بلدة كنصفرة في جبل الزاوية "
     "بعشرين قذيفة، ما أدى إلى جرح طفلين. وفي ريف حلب الغربي، استهدفت قوات النظام بالصواريخ قرية كفرعمة.",
     "2022-05-11", "كنصفرة", "كفرعمة", "مراسل شبكة شام الإخبارية"),
    # a closing «وفق ما أفادت به مراسلة …» (Euphrates Post style), then «وفي المقابل»
    ("اندلعت اشتباكات عنيفة فجر اليوم بين مقاتلين عشائريين وعناصر من قسد في بلدة ذيبان بريف دير الزور الشرقي، "
     "قُتل فيها ثلاثة عناصر، وفق ما أفادت به مراسلة فرات بوست. وفي المقابل داهمت قسد بلدة الشحيل واعتقلت تسعة شبان.",
     "2023-02-08", "ذيبان", "الشحيل", "مراسلة فرات بوست"),
    # Enab Baladi's correspondent posted in a city, then «وفي + the neighbouring town»
    ("قال مراسل عنب بلدي في درعا إن مجهولين اغتالوا مساء أمس عنصراً سابقاً في فصائل المعارضة في مدينة طفس. "
     "وفي مدينة جاسم المجاورة، انفجرت عبوة ناسفة بسيارة مدنية.",
     "2019-09-03", "طفس", "جاسم", "مراسل عنب بلدي في درعا"),
    # a closing «بحسب الدفاع المدني», then «وفي سياق متصل»
    ("قُتل سبعة مدنيين بينهم طفلان جراء غارات للطيران الروسي على مدينة الأتارب، بحسب الدفاع المدني. "
     "وفي سياق متصل، قصفت الطائرات الحربية بلدة أورم الكبرى ما أدى إلى دمار واسع.",
     "2017-11-20", "الأتارب", "أورم الكبرى", "الدفاع المدني"),
])
def test_a_fronted_where_goes_on_with_the_report_before(pipe, text, published, first, second, source):
    evs = _events(pipe, text, published)
    assert _src(_at(evs, first)) == source
    assert _src(_at(evs, second)) == source


def test_a_fronted_sentence_with_its_own_source_keeps_it(pipe):
    t = ("وثّق المرصد السوري لحقوق الإنسان مقتل 12 عنصراً من قوات النظام في كمين نصبته الفصائل قرب بلدة مورك. "
         "وفي ريف إدلب، قصفت قوات النظام مدينة خان شيخون بالبراميل، بحسب ناشطين.")
    evs = _events(pipe, t, "2014-03-02")
    assert _src(_at(evs, "مورك")) == "المرصد السوري لحقوق الإنسان"
    assert _src(_at(evs, "خان شيخون")) == "ناشطين"


def test_a_fronted_sentence_of_recalled_history_does_not_go_on(pipe):
    # «وفي عام … كانت … قد …»: history the writer recalls, not the correspondent's report
    t = ("أفاد مراسل حلب اليوم بأن الطيران الحربي شن غارات على مدينة دوما صباح اليوم. "
         "وفي آذار 2016 كانت قوات النظام قد قصفت بلدة مسرابا بالبراميل، ما أدى إلى مقتل 12 مدنياً.")
    evs = _events(pipe, t, "2018-02-20")
    assert _src(_at(evs, "دوما")) == "مراسل حلب اليوم"
    assert _src(_at(evs, "مسرابا")) is None  # (the outlet)


# -- a one-word source names the body named before it --------------------------------------------------
@pytest.mark.parametrize("text, published, place, source", [
    # a network's colon opener, then «وقالت الشبكة» (the network's own name has no «شبكة»)
    ("السويداء 24: تجددت الاشتباكات صباح اليوم بين مسلحين من العشائر وفصائل محلية في بلدة عريقة غربي "
     "السويداء. وقالت الشبكة إن قوات الأمن العام اعتقلت خمسة مسلحين في بلدة المزرعة مساء اليوم.",
     "2025-07-15", "المزرعة", "السويداء 24"),
    # the civil defence's teams act, and «المؤسسة» reports it in the same sentence
    ("أخمدت فرق الدفاع المدني السوري حريقاً اندلع في مخيم للنازحين قرب بلدة أطمة، وقالت المؤسسة في بيان إن "
     "طفلين قتلا في الحريق.", "2025-02-03", "أطمة", "الدفاع المدني السوري"),
    # the same after «بحسب ما أعلنته»
    ("انتشلت فرق الدفاع المدني اليوم جثث 12 شخصاً من مقبرة جماعية قرب بلدة خان شيخون، بحسب ما أعلنته المؤسسة "
     "على قناتها في تلغرام.", "2025-06-11", "خان شيخون", "الدفاع المدني"),
    # an organisation the actor list does not know, named in full as a source, then «وبحسب الهيئة»
    ("قالت الهيئة الوطنية للمفقودين إن فرقها عثرت على مقبرة جماعية في بلدة القطيفة. وبحسب الهيئة، تضم المقبرة "
     "رفات 30 شخصاً.", "2025-05-01", "القطيفة", "الهيئة الوطنية للمفقودين"),
])
def test_a_one_word_source_names_the_body_before_it(pipe, text, published, place, source):
    assert _src(_at(_events(pipe, text, published), place)) == source


def test_a_ministry_anaphor_is_the_ministry_not_the_force_named_after_it(pipe):
    # «وزارة الدفاع في حكومة النظام … وقالت الوزارة»: «النظام» is another name of the force, not the ministry
    t = ("نفت وزارة الدفاع في حكومة النظام الأنباء التي تحدثت عن انشقاق 40 ضابطاً في مدينة الرستن.\n\n"
         "وقالت الوزارة في بيان إن جميع الضباط على رأس عملهم.")
    d = Document(t, published="2012-06-01", outlet="منصة المثال")
    pipe(d)
    assert {_src(e) for e in d["events"]} == {"وزارة الدفاع"}


# -- actors ---------------------------------------------------------------------------------------------
def _agents(e):
    return [a["canonical"] for a in e["actors"] if a["role"] == "agent"]


def _targets(e):
    return [a["canonical"] for a in e["actors"] if a["role"] == "target"]


@pytest.mark.parametrize("text, published, place, force", [
    # a state's general staff and its aircraft («طائراتها»: the staff's own), Anadolu style
    ("قالت رئاسة الأركان العامة التركية إن طائراتها الحربية دمرت 30 هدفاً لتنظيم «ي ب ك» في منطقة تل رفعت.",
     "2018-02-10", "تل رفعت", "Turkish forces"),
    # CENTCOM in the «أميركية» spelling, «قواتها»
    ("أعلنت القيادة المركزية الأميركية أن قواتها نفذت غارة جوية في ريف دير الزور الشرقي أسفرت عن مقتل قيادي في "
     "تنظيم داعش.", "2023-07-08", "ريف دير الزور الشرقي", "US forces"),
    # another state's staff, «مقاتلاتها»
    ("قالت هيئة الأركان العامة الروسية إن مقاتلاتها استهدفت مستودعات للمسلحين في ريف إدلب الجنوبي.",
     "2017-09-12", "ريف إدلب الجنوبي", "Russian forces"),
    # a nationality adjective in its second spelling after a craft
    ("نفذت طائرة مسيرة أميركية غارة على سيارة في ريف إدلب الشمالي ما أدى إلى مقتل شخصين.",
     "2023-05-02", "ريف إدلب الشمالي", "US forces"),
])
def test_a_state_body_and_its_own_forces_are_that_state(pipe, text, published, place, force):
    assert _agents(_at(_events(pipe, text, published), place)) == [force]


def test_the_organisation_is_the_one_named_before_not_always_the_state(pipe):
    # «عناصر التنظيم» after «تنظيم «ي ب ك»»: that organisation's men, the neutralised (the target); the
    # staff that neutralised them is the agent
    t = ("قالت رئاسة الأركان العامة التركية إن طائراتها الحربية دمرت 30 هدفاً لتنظيم «ي ب ك» في منطقة تل رفعت. "
         "وأضافت أن عدد عناصر التنظيم المحيّدين منذ بدء العملية بلغ 1200 إرهابي.")
    (total,) = [e for e in _events(pipe, t, "2018-02-10") if e["kind"] == "aggregate"]
    assert _targets(total) == ["Syrian Democratic Forces"] and _agents(total) == ["Turkish forces"]
    # the same in a ministry's words about the PKK: its men were killed by the ministry's soldiers
    t = ("قالت وزارة الدفاع التركية إن جنودها قتلوا 15 إرهابياً من تنظيم «بي كي كي» في منطقة رأس العين. "
         "وأشارت إلى أن عناصر التنظيم المحيدين كانوا يستعدون لهجوم.")
    e = _at(_events(pipe, t, "2019-11-02"), "رأس العين")
    assert "Islamic State" not in _agents(e) + _targets(e) and _agents(e) == ["Turkish forces"]


def test_the_organisation_after_the_state_named_as_such_is_the_state(pipe):
    t = ("شن تنظيم الدولة الإسلامية هجوماً على نقطة لقوات النظام في بادية السخنة. وقالت مصادر إن عناصر التنظيم "
         "قتلوا ثمانية جنود في الهجوم.")
    e = _at(_events(pipe, t, "2019-04-02"), "السخنة")
    assert set(_agents(e)) == {"Islamic State"}


@pytest.mark.parametrize("text, published, place, force", [
    # «القوات ذاتها» in the next sentence (after «وفي …»), Step style
    ("أفاد مراسل وكالة ستيب بأن قوات النظام استهدفت قرية الزيارة في سهل الغاب بعشرين قذيفة. وفي ريف إدلب "
     "الجنوبي، قصفت القوات ذاتها بلدة فليفل بعشرات القذائف.", "2021-06-10", "فليفل", "Syrian government forces"),
    # «الفصائل ذاتها»: the factions named before, not any opposition faction
    ("هاجمت فصائل الجيش الوطني مواقع لقسد قرب بلدة تل تمر، فيما قصفت الفصائل ذاتها قرية أم الكيف بالمدفعية.",
     "2023-03-14", "أم الكيف", "Syrian National Army"),
])
def test_the_same_forces_are_the_force_named_before(pipe, text, published, place, force):
    assert _agents(_at(_events(pipe, text, published), place)) == [force]


@pytest.mark.parametrize("text, published, place", [
    ("أنطاكيا (تركيا) (رويترز) - قال ضابط في الجيش السوري الحر يوم الخميس إن 14 جندياً انشقوا ليل الأربعاء عن "
     "كتيبة كانت تتمركز قرب بلدة دركوش في ريف جسر الشغور.", "2012-03-08", "دركوش"),
    ("عمان (الأردن) (أ ف ب) - أعلن ناشطون أن 20 جندياً انشقوا اليوم عن الجيش النظامي في مدينة درعا وعبروا إلى "
     "الأراضي الأردنية.", "2012-07-20", "درعا"),
])
def test_a_dateline_country_is_no_force(pipe, text, published, place):
    e = _at(_events(pipe, text, published), place)
    assert _agents(e) == ["Syrian government forces"]


def test_armed_men_counted_with_the_fallen_regime_are_its_loyalists(pipe):
    t = "قُتل أربعة عناصر من الأمن العام في كمين نصبه مسلحون محسوبون على النظام البائد قرب مدينة جبلة."
    e = _at(_events(pipe, t, "2025-03-07"), "جبلة")
    assert _agents(e) == ["Former regime loyalists (Syria)"]
    assert "Syrian government forces" not in _targets(e)
    t = "هاجم مسلحون محسوبون على النظام السابق حاجزاً للأمن العام في قرية المختارية، وقتلوا عنصرين."
    assert _agents(_at(_events(pipe, t, "2025-03-06"), "المختارية")) == ["Former regime loyalists (Syria)"]


def test_a_body_that_announces_lifting_sanctions_decided_it(pipe):
    t = ("بروكسل - أعلن مجلس الاتحاد الأوروبي، الثلاثاء، رفع العقوبات الاقتصادية المفروضة على سوريا، مع الإبقاء "
         "على التدابير المرتبطة بأسباب أمنية.")
    (e,) = [e for e in _events(pipe, t, "2025-05-20") if e["type"] == "sanction"]
    assert _agents(e) == ["European Union"]


# -- dates ----------------------------------------------------------------------------------------------
def test_a_paper_named_tomorrow_is_no_date(pipe):
    # «صحيفة «الغد»» (Al-Ghad, 'tomorrow') is a paper's name: the act is dated by the report
    t = "نقلت صحيفة «الغد» الأردنية عن مصادر عسكرية أن 30 منشقاً عن الجيش السوري دخلوا المملكة عبر الساتر الترابي."
    (e,) = _events(pipe, t, "2013-01-14")
    assert e["date"] == "2013-01-14"
    t = "قالت مصادر أمنية لصحيفة الغد إن 12 جندياً سورياً انشقوا عن كتيبتهم ووصلوا إلى بلدة الرمثا."
    (e,) = _events(pipe, t, "2013-01-14")
    assert e["date"] == "2013-01-14"


def test_a_monthly_report_dates_its_figures_by_its_month(pipe):
    # SNHR style: the month the report covers, not the day it came out; «في الشهر نفسه» is that month
    t = ("قالت الشبكة السورية لحقوق الإنسان في تقريرها عن شهر آذار 2021 الذي نشرته اليوم الخميس إنها وثقت مقتل "
         "96 مدنياً في سوريا. ووثقت الشبكة في الشهر نفسه ما لا يقل عن 170 حالة اعتقال تعسفي.")
    evs = _events(pipe, t, "2021-04-01")
    assert sorted((e["type"], e["date"], e["date_grain"]) for e in evs) == [
        ("arrest", "2021-03", "month"), ("casualties", "2021-03", "month")]
    # the same with «خلال العام ذاته» after a year
    t = ("أحصى مركز توثيق الانتهاكات في حصيلته عن عام 2019 التي أصدرها اليوم مقتل 3100 مدني. وسجل المركز خلال "
         "العام ذاته اعتقال 1200 شخص.")
    evs = _events(pipe, t, "2020-01-05")
    assert sorted((e["type"], e["date"]) for e in evs) == [("arrest", "2019"), ("casualties", "2019")]


@pytest.mark.parametrize("text, published, place, day", [
    # a correspondent's day, then «وتأتي الحادثة بعد ثلاثة أيام من …»
    ("قتل شاب برصاص مجهولين في بلدة تسيل اليوم الخميس. وتأتي الحادثة بعد ثلاثة أيام من انفجار عبوة ناسفة بسيارة "
     "عسكرية قرب بلدة سحم الجولان.", "2020-04-16", "سحم الجولان", "2020-04-13"),
    # the writer's context «ويأتي ذلك بعد يومين من …» (no day named: the report's)
    ("ويأتي ذلك بعد يومين من مقتل ثلاثة عناصر بانفجار لغم في بلدة الطيبة.", "2020-04-16", "الطيبة", "2020-04-14"),
    # a week
    ("جاء الهجوم بعد أسبوع من سيطرة الفصائل على بلدة كفرنبودة.", "2020-04-16", "كفرنبودة", "2020-04-09"),
    # a day named earlier in the sentence is the anchor («أمس»)
    ("قصفت طائرات روسية مدينة سرمين أمس، وتأتي الغارة بعد 4 أيام من قصف مماثل استهدف مدينة أريحا.",
     "2020-04-16", "أريحا", "2020-04-11"),
])
def test_an_act_recalled_some_days_before_is_dated_so(pipe, text, published, place, day):
    d = Document(text, published=published, outlet="منصة المثال")
    pipe(d)
    (e,) = [e for e in d["events"] if (e["place"] or {}).get("surface") == place]
    assert e["date"] == day


@pytest.mark.parametrize("text, published", [
    ("سيطرت فصائل المعارضة بشكل كامل على بلدة كفرنبودة، إثر هجوم بدأته فجر الثلاثاء على مواقع قوات النظام.",
     "2019-05-09"),
    ("سيطر تنظيم الدولة على مدينة القريتين، إثر هجوم بدأه ليل الأربعاء على حواجز قوات النظام.", "2015-08-06"),
])
def test_a_taking_is_not_dated_by_the_day_its_assault_began(pipe, text, published):
    (e,) = _events(pipe, text, published)
    assert e["type"] == "territory_change" and e["date"] == published and not e["background"]


# -- a verb of recording reports when a named body records ----------------------------------------------
@pytest.mark.parametrize("text, source", [
    ("سجّلت الشبكة السورية لحقوق الإنسان ما لا يقل عن 486 حالة احتجاز تعسفي في عموم سوريا خلال أيلول.",
     "الشبكة السورية لحقوق الإنسان"),
    ("سجّل مكتب توثيق الشهداء في درعا مقتل 45 شخصاً خلال أيلول.", "مكتب توثيق الشهداء"),
    ("سجلت فرق الدفاع المدني مقتل سبعة مدنيين جراء غارات على بلدة سرمين.", "فرق الدفاع المدني"),
])
def test_a_named_body_that_records_reports(pipe, text, source):
    (e,) = _events(pipe, text, "2018-10-02")
    assert _src(e) == source


def test_recorded_by_no_one_named_reports_nothing(pipe):
    # the passive «سُجّلت» has no subject: the clause after it names who says so
    t = "سُجّلت خلال أيلول حالات وفاة عديدة بين المعتقلين في سجن صيدنايا، وقال ناشطون إن 12 معتقلاً قتلوا تحت التعذيب."
    assert {_src(e) for e in _events(pipe, t, "2018-10-02")} == {"ناشطون"}


def test_the_report_that_records_is_the_source_named_before(pipe):
    # «كما سجل التقرير …»: the report of the network that issued it, not «التقرير» and its object
    t = ("أحصت الشبكة السورية لحقوق الإنسان في تقريرها الصادر اليوم مقتل 210 مدنيين خلال الشهر الماضي. كما سجل "
         "التقرير إلقاء الطيران المروحي ما لا يقل عن 300 برميل متفجر على محافظة درعا.")
    assert {_src(e) for e in _events(pipe, t, "2016-05-01")} == {"الشبكة السورية لحقوق الإنسان"}


@pytest.mark.parametrize("text, place", [
    ("تظاهر مئات الأهالي اليوم في ساحة السير بمدينة درعا، مطالبين بالإفراج عن المعتقلين والكشف عن مصير المفقودين.",
     "درعا"),
    ("خرجت وقفة احتجاجية أمام مبنى المحافظة في مدينة السويداء، حمل فيها المشاركون لافتات تطالب بالكشف عن مصير "
     "المختطفين.", "السويداء"),
])
def test_a_verbal_noun_of_revealing_reports_nothing(pipe, text, place):
    # «بالكشف عن مصير …» is a demand (a masdar with its article), not «كشف X أن…»
    assert _src(_at(_events(pipe, text, "2023-09-01"), place)) is None


@pytest.mark.parametrize("text, published, source", [
    ("قالت وزارة الدفاع التركية إن قواتها قتلت 7 مسلحين حاولوا التسلل قرب رأس العين. وأوضح بيان للوزارة أن حصيلة "
     "المسلحين المحيّدين منذ بداية الشهر الحالي بلغت 61.", "2020-11-15", "وزارة الدفاع التركية"),
    ("قالت وزارة الداخلية السورية إن وحداتها ضبطت شحنة أسلحة في ريف حمص. وذكر بيان للوزارة أن دورياتها اعتقلت 9 "
     "أشخاص في مدينة تلكلخ مساء أمس.", "2019-03-02", "وزارة الداخلية السورية"),
])
def test_a_statement_of_the_body_named_before_is_its_report(pipe, text, published, source):
    # «بيان للوزارة»: the lam's «الوزارة» is the ministry named in full before
    assert {_src(e) for e in _events(pipe, text, published)} == {source}


@pytest.mark.parametrize("text, published, place, force", [
    ("قال مراسل «سمارت» في إدلب إن طائرات حربية يرجح أنها روسية استهدفت سوقاً شعبية وسط مدينة معرة النعمان صباح "
     "الأحد، ما أدى لمقتل 11 مدنياً.", "2016-02-14", "معرة النعمان", "Russian forces"),
    ("أعلن الدفاع المدني مقتل 9 أشخاص في غارات نفذتها طائرات حربية يُعتقد أنها روسية على مدينة الأتارب.",
     "2016-05-04", "الأتارب", "Russian forces"),
    ("استهدفت مسيرة يرجح أنها تركية سيارة في مدينة القامشلي، ما أدى إلى مقتل شخصين.", "2019-08-10", "القامشلي",
     "Turkish forces"),
])
def test_a_craft_of_a_likely_nationality_is_that_force(pipe, text, published, place, force):
    # «طائرات حربية يُرجح أنها روسية»: the perpetrator hedged is still the one named
    assert _agents(_at(_events(pipe, text, published), place)) == [force]


@pytest.mark.parametrize("text, published, place, source", [
    ("قال مصدر محلي في درعا إن مسلحين مجهولين اغتالوا عنصراً من اللواء الثامن في بلدة المسيفرة. وأضاف المصدر ذاته "
     "أن عبوة ناسفة انفجرت بسيارة عسكرية في بلدة الكرك الشرقي مساء اليوم.", "2022-05-11", "الكرك الشرقي",
     "مصدر محلي في درعا"),
    ("أفادت الشبكة السورية لحقوق الإنسان بمقتل 12 مدنياً في قصف على مدينة خان شيخون. وأشارت الشبكة نفسها إلى أن "
     "قوات النظام اعتقلت 20 شخصاً في مدينة حماة خلال اليوم.", "2019-06-09", "حماة", "الشبكة السورية لحقوق الإنسان"),
    ("قالت مصادر ميدانية إن فصائل المعارضة استعادت قرية تل ملح شمالي حماة. وأوضحت المصادر نفسها أن الطيران الروسي "
     "شن غارات على بلدة كفرزيتا ليلاً.", "2019-06-09", "كفرزيتا", "مصادر ميدانية"),
])
def test_the_same_source_is_the_one_named_before(pipe, text, published, place, source):
    # «وأضاف المصدر ذاته», «وأشارت الشبكة نفسها»: «ذاته/نفسه» marks the anaphor
    assert _src(_at(_events(pipe, text, published), place)) == source


@pytest.mark.parametrize("text, published, place, day", [
    ("قتل عنصران من الأسايش مساء أمس الاثنين جراء استهداف طائرة مسيرة تركية لسيارتهم قرب بلدة تل حميس، بحسب "
     "مراسل نورث برس. وردت قوات سوريا الديمقراطية في وقت لاحق بقصف مدفعي على قرية تل طويل.",
     "2024-04-16", "تل طويل", "2024-04-15"),
    ("شنت طائرات حربية روسية فجر أمس غارات على بلدة الهبيط في ريف إدلب الجنوبي، وفق الدفاع المدني. واستهدفت "
     "الفصائل لاحقاً بصواريخ غراد مواقع لقوات النظام في بلدة كفرنبودة.", "2019-05-08", "كفرنبودة", "2019-05-07"),
    ("اقتحمت قوات الأمن ليل الثلاثاء حي الخالدية في حمص واعتقلت عشرات الشبان، بحسب ناشطين. وخرجت بعد ذلك مظاهرة "
     "في حي البياضة المجاور تنديداً بالاقتحام.", "2012-06-14", "البياضة", "2012-06-12"),
])
def test_an_act_told_as_coming_later_keeps_the_day_before(pipe, text, published, place, day):
    # «وردّت … في وقت لاحق», «لاحقاً», «بعد ذلك»: the report goes on, on the day it told
    assert _at(_events(pipe, text, published), place)["date"] == day


@pytest.mark.parametrize("text", [
    "خرجت صباح اليوم من بلدة عربين أولى الحافلات التي تقل مقاتلين وعائلاتهم باتجاه إدلب.",
    "انسحب مقاتلو المعارضة صباح اليوم من مدينة حرستا بعد اتفاق مع الجانب الروسي.",
    "نزحت عشرات العائلات اليوم من قرى ريف حماة الشمالي هرباً من القصف.",
])
def test_today_from_a_place_is_today(pipe, text):
    # «صباح اليوم من بلدة X»: where from, not «the day of» («في مثل هذا اليوم من عام 2011» stays a past day)
    d = Document(text, published="2018-03-25", outlet="منصة المثال")
    pipe(d)
    assert [x["value"] for x in d["dates"]] == ["2018-03-25"]


@pytest.mark.parametrize("text, published, place, agents", [
    ("قضى 13 مدنياً في غارة جوية استهدفت حي بستان القصر في مدينة حلب بعد الظهر، بحسب ناشطين.", "2012-10-20",
     "حي بستان القصر", ["Syrian government forces"]),
    ("قال ناشطون إن طائرة حربية قصفت مبنى البلدية في مدينة الرقة، ما أدى إلى مقتل أربعة أشخاص.", "2013-03-19",
     "الرقة", ["Syrian government forces"]),
    ("استهدفت غارات جوية سوق بلدة الباب بريف حلب صباح اليوم، ما أسفر عن مقتل 11 شخصاً.", "2014-02-04", "الباب",
     ["Syrian government forces"]),
    # after the coalition and Russia flew over Syria an unnamed raid is nobody's
    ("استهدفت غارات جوية سوق بلدة الأتارب بريف حلب صباح اليوم، ما أسفر عن مقتل 11 شخصاً.", "2017-03-04", "الأتارب",
     []),
])
def test_an_unnamed_air_raid_before_other_air_forces_came_is_the_government_s(pipe, text, published, place, agents):
    assert _agents(_at(_events(pipe, text, published), place)) == agents


@pytest.mark.parametrize("text, published, place, source", [
    ("قُتل عنصران من قسد مساء الثلاثاء إثر استهداف طائرة مسيّرة تركية سيارتهم قرب بلدة الدرباسية. وقال مصدر في "
     "الأسايش لنورث برس إن السيارة كانت عائدة من نقطة حراسة حين استُهدفت بصاروخين.", "2019-11-19", "الدرباسية",
     "مصدر في الأسايش"),
    ("قُتلت امرأة وأصيب طفلاها في بلدة كنصفرة صباح اليوم. وقال مصدر محلي لعنب بلدي إن منزل العائلة تعرض لثلاث "
     "قذائف مدفعية.", "2021-06-10", "كنصفرة", "مصدر محلي"),
])
def test_how_many_munitions_hit_is_no_news_of_its_own(pipe, text, published, place, source):
    # a lead told first and attributed in the next sentence, which adds only the munitions that hit
    assert {_src(e) for e in _events(pipe, text, published) if (e["place"] or {}).get("surface") == place} == {source}


@pytest.mark.parametrize("text, published, place, force", [
    ("دخلت ست آليات عسكرية للجيش الإسرائيلي، الأربعاء، إلى بلدة جباتا الخشب بريف القنيطرة الشمالي، وفتش جنودها "
     "عدداً من المنازل قبل أن يعتقلوا أربعة شبان ويقتادوهم إلى جهة مجهولة.", "2025-05-07", "جباتا الخشب",
     "Israeli forces"),
    ("دخلت سيارات تابعة للأمن العام إلى قرية المختارية، ثم فتش عناصرها المنازل قبل أن يعتقلوا ستة أشخاص.",
     "2025-02-10", "المختارية", "Syrian government (2024-)"),
    ("وصلت حافلات تقل مقاتلين من الفرقة الرابعة إلى مدينة الصنمين، وانتشر عناصرها في الأحياء قبل أن يعتقلوا ثمانية "
     "شبان.", "2024-06-02", "الصنمين", "Syrian government forces"),
])
def test_men_named_by_their_owner_s_pronoun_are_that_force(pipe, text, published, place, force):
    # «جنودها», «عناصرها»: the men of the force named before, the subject of the act
    e = next(e for e in _events(pipe, text, published) if e["type"] == "arrest" and e["place"]["surface"] == place)
    assert _agents(e) == [force]


def test_a_speaker_s_own_teams_are_not_the_force_named_before(pipe):
    # «وأوضح الدفاع المدني أن فرقه انتشلت…»: the civil defence's teams, not the Russian jets of the lead
    t = ("قُتل 12 مدنياً جراء غارات جوية شنتها طائرات حربية روسية على مدينة معرة النعمان، بحسب الدفاع المدني السوري. "
         "وأوضح الدفاع المدني أن فرقه انتشلت الضحايا من تحت أنقاض مبنى سكني.")
    (e,) = [e for e in _events(pipe, t, "2024-05-15") if e["type"] == "airstrike"]
    assert [a["surface"] for a in e["actors"] if a["role"] == "agent"] == ["طائرات حربية روسية"]


@pytest.mark.parametrize("text, published, place, force", [
    ("فجر انتحاري من تنظيم الدولة سيارة مفخخة عند حاجز للوحدات الكردية في مدينة الحسكة.", "2015-06-10", "الحسكة",
     "Islamic State"),
    ("قُتل ستة جنود حين فجر انتحاري من جبهة النصرة نفسه عند حاجز لقوات النظام في بلدة مورك.", "2014-02-10", "مورك",
     "Hay'at Tahrir al-Sham / Jabhat al-Nusra"),
    ("هاجم انغماسيون من تنظيم داعش مقراً لقسد في مدينة القامشلي، ما أدى إلى مقتل 11 عنصراً.", "2016-07-27",
     "القامشلي", "Islamic State"),
])
def test_a_bomber_or_attackers_of_a_force_are_that_force(pipe, text, published, place, force):
    assert _agents(_at(_events(pipe, text, published), place)) == [force]


@pytest.mark.parametrize("text, published, place, agents, targets", [
    ("دمشق-سانا: استهدفت مجموعات إرهابية مسلحة بقذائف الهاون حي باب توما في دمشق، ما أدى إلى استشهاد ثلاثة مواطنين.",
     "2013-05-02", "حي باب توما", ["Free Syrian Army / opposition factions"], ["Civilians (Syria)"]),
    ("درعا-سانا: اشتبكت وحدة من الجيش العربي السوري مع مجموعة إرهابية مسلحة في بلدة النعيمة، وقتلت عدداً من أفرادها.",
     "2013-08-11", "النعيمة", ["Syrian government forces"], ["Free Syrian Army / opposition factions"]),
    ("حلب-سانا: فجرت مجموعة إرهابية مسلحة عبوة ناسفة قرب مبنى في حي الشعار بمدينة حلب، ما أدى إلى إصابة أربعة مواطنين.",
     "2012-09-03", "حي الشعار", ["Free Syrian Army / opposition factions"], ["Civilians (Syria)"]),
])
def test_the_state_media_s_armed_terrorist_groups_are_the_opposition(pipe, text, published, place, agents, targets):
    # SANA's «مجموعة/مجموعات إرهابية مسلحة» (indefinite, as well as the definite form the list had) before the fall
    e = _at(_events(pipe, text, published), place)
    assert _agents(e) == agents and _targets(e) == targets


@pytest.mark.parametrize("text, published, place, attacker, repeller", [
    ("حمص-سانا: تصدت وحدات من قواتنا المسلحة الباسلة اليوم لمجموعة إرهابية مسلحة حاولت الاعتداء على حاجز للجيش عند "
     "مدخل حي الخالدية في مدينة حمص، وقتلت 11 إرهابياً.", "2012-07-15", "حي الخالدية",
     "Free Syrian Army / opposition factions", "Syrian government forces"),
    ("تصدت فصائل المعارضة فجر اليوم لقوات النظام التي حاولت التقدم على محور قرية تل ملح بريف حماة، وقتلت 15 عنصراً "
     "منها.", "2019-06-12", "تل ملح", "Syrian government forces", "Free Syrian Army / opposition factions"),
    ("تصدى مقاتلو العشائر لقوات سوريا الديمقراطية التي حاولت اقتحام بلدة ذيبان، ودارت اشتباكات عنيفة قتل فيها 4 "
     "عناصر.", "2023-09-02", "ذيبان", "Syrian Democratic Forces", "Tribal militias (Syria)"),
])
def test_the_one_repelled_after_tasadda_la_attacked(pipe, text, published, place, attacker, repeller):
    # «تصدى X لـY» (no attack noun between): Y attacked (actor1), X repelled it (as with «تصدى لهجوم شنه Y»)
    e = _at(_events(pipe, text, published), place)
    assert _agents(e)[0] == attacker and repeller in _targets(e)


@pytest.mark.parametrize("text, published, place, agents", [
    ("أعلن مركز حميميم الروسي للمصالحة اليوم أن المسلحين قصفوا بقذائف الهاون حي جمعية الزهراء في مدينة حلب، ما أسفر عن "
     "مقتل مدنيين اثنين.", "2016-10-12", "جمعية الزهراء", ["Free Syrian Army / opposition factions"]),
    ("قالت وزارة الدفاع الروسية إن الإرهابيين استهدفوا بالصواريخ مدينة محردة، ما أدى إلى إصابة خمسة مدنيين.",
     "2017-03-01", "محردة", ["Free Syrian Army / opposition factions"]),
    ("ذكرت وكالة سانا أن الإرهابيين فجروا عبوة ناسفة في حي المزة بدمشق، ما أدى إلى استشهاد مواطنين.", "2013-05-02",
     "حي المزة", ["Free Syrian Army / opposition factions"]),
    # the same word in the activists' report names nobody
    ("قال ناشطون إن المسلحين قصفوا حي جمعية الزهراء في مدينة حلب بقذائف الهاون.", "2016-10-12", "جمعية الزهراء", []),
])
def test_the_government_side_s_word_for_its_enemy_names_the_opposition(pipe, text, published, place, agents):
    assert _agents(_at(_events(pipe, text, published), place)) == agents


@pytest.mark.parametrize("text, published, start", [
    ("عاد أكثر من 300 ألف لاجئ إلى سوريا منذ سقوط النظام في 8 كانون الأول الماضي، بحسب المفوضية.", "2025-03-20",
     "2024-12-08"),
    ("نزح 40 ألف شخص من ريف إدلب الجنوبي منذ انهيار الهدنة يوم 26 نيسان، وفق منسقو استجابة سوريا.", "2019-06-10",
     "2019-04-26"),
    ("قتل 120 مدنياً في إدلب منذ توقيع الاتفاق في الخامس من آذار، بحسب المرصد السوري.", "2020-05-01", "2020-03-05"),
])
def test_the_day_of_the_event_a_total_runs_since_opens_its_period(pipe, text, published, start):
    # «منذ + an event + في/يوم + a date»: the date of what the total runs since, not of the total
    (e,) = _events(pipe, text, published)
    assert e["kind"] == "aggregate" and e["date"] != start and (e["period"] or {}).get("start") == start


@pytest.mark.parametrize("text, published, place", [
    ("أفاد «تجمع أحرار حوران» بمقتل القائد السابق في الجيش الحر «أبو ماجد الزعبي» اليوم الخميس، برصاص شخصين ملثمين "
     "اعترضاه أمام منزله في بلدة تسيل.", "2020-04-16", "تسيل"),
    ("قُتل شاب في بلدة المسيفرة برصاص رجلين مجهولين يستقلان دراجة نارية، بحسب شبكة درعا 24.", "2021-09-02",
     "المسيفرة"),
])
def test_whose_fire_killed_with_a_noun_of_persons_between(pipe, text, published, place):
    # «برصاص شخصين ملثمين»: the masked men fired (a noun of persons between «برصاص» and the name)
    assert "Unidentified armed group (Syria)" in _agents(_at(_events(pipe, text, published), place))


def test_a_long_subject_before_the_attempt_it_repelled(pipe):
    # «تصدت وحدات من الجيش … العاملة في ريف حماة الشمالي الغربي، ليل أمس، لمحاولة تسلل نفذتها مجموعات من «النصرة»»
    t = ("تصدت وحدات من الجيش العربي السوري العاملة في ريف حماة الشمالي الغربي، ليل أمس، لمحاولة تسلل نفذتها مجموعات "
         "إرهابية من «النصرة» باتجاه نقاطها على محور قرية الحويز، وأوقعت في صفوفها قتلى ومصابين.")
    e = _at(_events(pipe, t, "2022-05-29"), "الحويز")
    assert _agents(e)[0] == "Hay'at Tahrir al-Sham / Jabhat al-Nusra" and "Syrian government forces" in _targets(e)


@pytest.mark.parametrize("text, published, place, source", [
    ("قتل شاب برصاص مجهولين في بلدة تسيل، بحسب تجمع أحرار حوران. وتأتي الحادثة بعد يومين من انفجار عبوة ناسفة بسيارة "
     "عسكرية قرب بلدة سحم الجولان.", "2020-04-16", "سحم الجولان", None),
    ("اعتقلت دورية للأمن العسكري ثلاثة شبان في مدينة نوى، وفق مراسل نبأ. وجاءت الحادثة بعد ساعات من اشتباكات بين "
     "مسلحين محليين وعناصر الأمن في بلدة الشيخ مسكين.", "2020-04-16", "الشيخ مسكين", None),
    # an act noun as the subject is the writer's recall too (events_probe README, stop 30: the outlet 6 against 2)
    ("اعتقلت قسد 13 شاباً في بلدة الحوايج، بحسب مراسل دير الزور 24. ويأتي القصف بعد ساعات من هجوم على حاجز لقسد في "
     "بلدة الطيانة.", "2023-08-30", "الطيانة", None),
])
def test_the_writer_s_context_after_the_incident_is_no_one_s_report(pipe, text, published, place, source):
    # «وتأتي الحادثة بعد…» points at the whole story, as «ويأتي ذلك بعد…» does
    assert {_src(e) for e in _events(pipe, text, published) if (e["place"] or {}).get("surface") == place} == {source}


@pytest.mark.parametrize("text, published, place, agents", [
    ("قُتل 34 جندياً تركياً مساء أمس في غارة جوية استهدفت موقعاً لهم قرب بلدة بليون، بحسب ما أعلنه والي ولاية هاتاي "
     "التركية، الذي حمّل قوات النظام السوري المسؤولية.", "2020-02-28", "بليون", ["Syrian government forces"]),
    ("قتل 44 شخصاً في تفجير مزدوج في مدينة القامشلي، فيما اتهمت الإدارة الذاتية تنظيم داعش بالمسؤولية عنه.",
     "2016-07-27", "القامشلي", ["Islamic State"]),
    # several blamed: no one agent
    ("وثقت الشبكة مقتل 40 مدنياً في بلدة الصنمين خلال الأسبوع، وحمّلت فلول النظام السابق والقوات الحكومية وقسد "
     "المسؤولية عن معظمها.", "2025-10-05", "الصنمين", []),
])
def test_the_one_held_responsible_after_the_act_did_it(pipe, text, published, place, agents):
    # «الذي حمّل X المسؤولية», «اتهمت Y X بالمسؤولية عنه»: the one blamed (one only) acted
    assert _agents(_at(_events(pipe, text, published), place)) == agents
