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
    ("أفاد مراسل شبكة شام الإخبارية بأن مدفعية النظام قصفت صباح اليوم الأربعاء بلدة كنصفرة بجبل الزاوية "
     "بعشرين قذيفة، ما أدى إلى جرح طفلين. وفي ريف حلب الغربي، استهدفت قوات النظام بالصواريخ قرية كفرعمة.",
     "2022-05-11", "كنصفرة", "كفرعمة", "مراسل شبكة شام الإخبارية"),
    # a closing «وفق ما أفادت به مراسلة …» (Euphrates Post style), then «وفي المقابل»
    ("دارت مواجهات عنيفة فجر اليوم بين مقاتلين عشائريين وعناصر من قسد في بلدة ذيبان على ضفة الفرات، "
     "قُتل فيها ثلاثة عناصر، وفق ما أفادت به مراسلة فرات بوست. وفي المقابل داهمت قسد بلدة الشحيل واعتقلت تسعة شبان.",
     "2023-02-08", "ذيبان", "الشحيل", "مراسلة فرات بوست"),
    # Enab Baladi's correspondent posted in a city, then «وفي + the neighbouring town»
    ("ذكر مراسل عنب بلدي في حوران أن مجهولين قتلوا ليل أمس مقاتلاً كان في فصائل المعارضة في مدينة طفس. "
     "وفي مدينة جاسم القريبة، انفجرت عبوة ناسفة بسيارة مدنية.",
     "2019-09-03", "طفس", "جاسم", "مراسل عنب بلدي في حوران"),
    # a closing «بحسب الدفاع المدني», then «وفي سياق متصل»
    ("قُتل ستة مدنيين منهم طفلان جراء غارات للطيران الروسي على مدينة الأتارب، بحسب الدفاع المدني. "
     "وفي سياق متصل، قصفت الطائرات الحربية بلدة أورم الكبرى مخلفة دماراً كبيراً.",
     "2017-11-20", "الأتارب", "أورم الكبرى", "الدفاع المدني"),
])
def test_a_fronted_where_goes_on_with_the_report_before(pipe, text, published, first, second, source):
    evs = _events(pipe, text, published)
    assert _src(_at(evs, first)) == source
    assert _src(_at(evs, second)) == source


def test_a_fronted_sentence_with_its_own_source_keeps_it(pipe):
    t = ("وثّق المرصد السوري لحقوق الإنسان مقتل 12 عنصراً تابعين لقوات النظام بكمين نصبته الفصائل قرب بلدة مورك. "
         "وفي ريف إدلب، قصفت قوات النظام مدينة خان شيخون بالبراميل، بحسب ناشطين.")
    evs = _events(pipe, t, "2014-03-02")
    assert _src(_at(evs, "مورك")) == "المرصد السوري لحقوق الإنسان"
    assert _src(_at(evs, "خان شيخون")) == "ناشطين"


def test_a_fronted_sentence_of_recalled_history_does_not_go_on(pipe):
    # «وفي عام … كانت … قد …»: history the writer recalls, not the correspondent's report
    t = ("أفاد مراسل حلب اليوم بأن الطيران الحربي شن غارات على مدينة دوما صباح اليوم. "
         "وفي آذار 2016 كانت قوات النظام قد قصفت بلدة مسرابا بالبراميل، ما أدى لمقتل 9 مدنيين.")
    evs = _events(pipe, t, "2018-02-20")
    assert _src(_at(evs, "دوما")) == "مراسل حلب اليوم"
    assert _src(_at(evs, "مسرابا")) is None  # (the outlet)


# -- a one-word source names the body named before it --------------------------------------------------
@pytest.mark.parametrize("text, published, place, source", [
    # a network's colon opener, then «وقالت الشبكة» (the network's own name has no «شبكة»)
    ("السويداء 24: تجددت المواجهات ظهر اليوم بين مسلحين من العشائر وفصائل محلية في بلدة عريقة غربي "
     "السويداء. وقالت الشبكة إن قوات الأمن العام اعتقلت خمسة مسلحين في بلدة المزرعة مساء اليوم.",
     "2025-07-15", "المزرعة", "السويداء 24"),
    # the civil defence's teams act, and «المؤسسة» reports it in the same sentence
    ("أخمدت فرق الدفاع المدني السوري حريقاً اندلع في مخيم للنازحين قرب بلدة أطمة، وقالت المؤسسة في بيان إن "
     "طفلين قتلا في الحريق.", "2025-02-03", "أطمة", "الدفاع المدني السوري"),
    # the same after «بحسب ما أعلنته»
    ("أخرجت فرق الدفاع المدني ظهر اليوم رفات 14 ضحية دُفنت جماعياً في محيط بلدة خان شيخون، بحسب ما أعلنته المؤسسة "
     "على قناتها في تلغرام.", "2025-06-11", "خان شيخون", "الدفاع المدني"),
    # an organisation the actor list does not know, named in full as a source, then «وبحسب الهيئة»
    ("قالت الهيئة الوطنية للمفقودين إن فرقها عثرت على مقبرة جماعية في بلدة القطيفة. وبحسب الهيئة، تضم المقبرة "
     "رفات 30 شخصاً.", "2025-05-01", "القطيفة", "الهيئة الوطنية للمفقودين"),
])
def test_a_one_word_source_names_the_body_before_it(pipe, text, published, place, source):
    assert _src(_at(_events(pipe, text, published), place)) == source


def test_a_ministry_anaphor_is_the_ministry_not_the_force_named_after_it(pipe):
    # «وزارة الدفاع في حكومة النظام … وقالت الوزارة»: «النظام» is another name of the force, not the ministry
    t = ("نفت وزارة الدفاع في حكومة النظام الأخبار المتداولة عن انشقاق 35 ضابطاً في مدينة الرستن.\n\n"
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
    ("ذكرت رئاسة الأركان العامة التركية أن طائراتها الحربية دمرت 26 هدفاً لتنظيم «ي ب ك» في منطقة تل رفعت.",
     "2018-02-10", "تل رفعت", "Turkish forces"),
    # CENTCOM in the «أميركية» spelling, «قواتها»
    ("أعلنت القيادة المركزية الأميركية أن قواتها شنت ضربة جوية بريف دير الزور الشرقي قتلت قيادياً في "
     "تنظيم داعش.", "2023-07-08", "ريف دير الزور الشرقي", "US forces"),
    # another state's staff, «مقاتلاتها»
    ("قالت هيئة الأركان العامة الروسية إن مقاتلاتها استهدفت مستودعات للمسلحين في ريف إدلب الجنوبي.",
     "2017-09-12", "ريف إدلب الجنوبي", "Russian forces"),
    # a nationality adjective in its second spelling after a craft
    ("نفذت طائرة مسيرة أميركية غارة على سيارة بريف إدلب الشمالي فقتلت شخصين.",
     "2023-05-02", "ريف إدلب الشمالي", "US forces"),
])
def test_a_state_body_and_its_own_forces_are_that_state(pipe, text, published, place, force):
    assert _agents(_at(_events(pipe, text, published), place)) == [force]


def test_the_organisation_is_the_one_named_before_not_always_the_state(pipe):
    # «عناصر التنظيم» after «تنظيم «ي ب ك»»: that organisation's men, the neutralised (the target); the
    # staff that neutralised them is the agent
    t = ("ذكرت رئاسة الأركان العامة التركية أن طائراتها الحربية دمرت 26 هدفاً لتنظيم «ي ب ك» في منطقة تل رفعت. "
         "وأضافت أن مجموع عناصر التنظيم المحيّدين منذ انطلاق العملية بلغ 1150 إرهابياً.")
    (total,) = [e for e in _events(pipe, t, "2018-02-10") if e["kind"] == "aggregate"]
    assert _targets(total) == ["Syrian Democratic Forces"] and _agents(total) == ["Turkish forces"]
    # the same in a ministry's words about the PKK: its men were killed by the ministry's soldiers
    t = ("ذكرت وزارة الدفاع التركية أن جنودها قتلوا 13 إرهابياً ينتمون إلى تنظيم «بي كي كي» في منطقة رأس العين. "
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
    ("أفاد مراسل وكالة ستيب بأن قوات النظام استهدفت قرية الزيارة بسهل الغاب بخمس عشرة قذيفة. وفي جبل "
     "الزاوية، قصفت القوات ذاتها بلدة فليفل بعشرات القذائف.", "2021-06-10", "فليفل", "Syrian government forces"),
    # «الفصائل ذاتها»: the factions named before, not any opposition faction
    ("هاجمت فصائل الجيش الوطني مواقع لقسد قرب بلدة تل تمر، فيما قصفت الفصائل ذاتها قرية أم الكيف بالمدفعية.",
     "2023-03-14", "أم الكيف", "Syrian National Army"),
])
def test_the_same_forces_are_the_force_named_before(pipe, text, published, place, force):
    assert _agents(_at(_events(pipe, text, published), place)) == [force]


@pytest.mark.parametrize("text, published, place", [
    ("أنطاكيا (تركيا) (رويترز) - ذكر ضابط في الجيش الحر الجمعة أن 17 جندياً انشقوا فجر الخميس عن "
     "سرية كانت متمركزة على أطراف بلدة دركوش غربي جسر الشغور.", "2012-03-08", "دركوش"),
    ("عمان (الأردن) (أ ف ب) - أعلن ناشطون أن 20 جندياً انشقوا اليوم عن الجيش النظامي في محيط مدينة درعا وعبروا إلى "
     "الأراضي الأردنية.", "2012-07-20", "درعا"),
])
def test_a_dateline_country_is_no_force(pipe, text, published, place):
    e = _at(_events(pipe, text, published), place)
    assert _agents(e) == ["Syrian government forces"]


def test_armed_men_counted_with_the_fallen_regime_are_its_loyalists(pipe):
    t = "قُتل ثلاثة عناصر في الأمن العام بكمين أعده مسلحون محسوبون على النظام البائد قرب مدينة جبلة."
    e = _at(_events(pipe, t, "2025-03-07"), "جبلة")
    assert _agents(e) == ["Former regime loyalists (Syria)"]
    assert "Syrian government forces" not in _targets(e)
    t = "هاجم مقاتلون محسوبون على النظام السابق حاجزاً للأمن العام في قرية المختارية، وقتلوا عنصرين."
    assert _agents(_at(_events(pipe, t, "2025-03-06"), "المختارية")) == ["Former regime loyalists (Syria)"]


def test_a_body_that_announces_lifting_sanctions_decided_it(pipe):
    t = ("لوكسمبورغ - أعلن مجلس الاتحاد الأوروبي، مساء الاثنين، رفع العقوبات الاقتصادية عن سوريا، مع استثناء "
         "الإجراءات ذات الصلة بالأمن.")
    (e,) = [e for e in _events(pipe, t, "2025-05-20") if e["type"] == "sanction"]
    assert _agents(e) == ["European Union"]


# -- dates ----------------------------------------------------------------------------------------------
def test_a_paper_named_tomorrow_is_no_date(pipe):
    # «صحيفة «الغد»» (Al-Ghad, 'tomorrow') is a paper's name: the act is dated by the report
    t = "أوردت صحيفة «الغد» الأردنية نقلاً عن ضابط أردني أن 25 منشقاً عن الجيش السوري دخلوا المملكة عبر الساتر الترابي."
    (e,) = _events(pipe, t, "2013-01-14")
    assert e["date"] == "2013-01-14"
    t = "قالت مصادر أمنية لصحيفة الغد إن 12 جندياً سورياً انشقوا عن كتيبتهم ووصلوا إلى بلدة الرمثا."
    (e,) = _events(pipe, t, "2013-01-14")
    assert e["date"] == "2013-01-14"


def test_a_monthly_report_dates_its_figures_by_its_month(pipe):
    # SNHR style: the month the report covers, not the day it came out; «في الشهر نفسه» is that month
    t = ("قالت الشبكة السورية لحقوق الإنسان في تقريرها عن شهر آذار 2021 الذي نشرته اليوم الخميس إنها وثقت مقتل "
         "96 مدنياً في سوريا. ووثقت الشبكة في الشهر نفسه 170 حالة اعتقال تعسفي على الأقل.")
    evs = _events(pipe, t, "2021-04-01")
    assert sorted((e["type"], e["date"], e["date_grain"]) for e in evs) == [
        ("arrest", "2021-03", "month"), ("casualties", "2021-03", "month")]
    # the same with «خلال العام ذاته» after a year
    t = ("أحصى مركز توثيق الانتهاكات في حصيلته عن عام 2019 التي أصدرها اليوم مقتل 3100 مدني. وسجل المركز خلال "
         "العام ذاته اعتقال 1200 شخص.")
    evs = _events(pipe, t, "2020-01-05")
    assert sorted((e["type"], e["date"]) for e in evs) == [("arrest", "2019"), ("casualties", "2019")]


@pytest.mark.parametrize("text, published, place, day", [
    # a correspondent's day, then «وتأتي الحادثة بعد N أيام من …»
    ("قُتل رجل في بلدة تسيل برصاص مسلحين مجهولين اليوم الخميس. وتأتي الحادثة بعد أربعة أيام من تفجير عبوة ناسفة "
     "استهدفت دورية قرب بلدة سحم الجولان.", "2020-04-16", "سحم الجولان", "2020-04-12"),
    # the writer's context «ويأتي ذلك بعد N من …» (no day named: the report's)
    ("ويأتي ذلك بعد خمسة أيام من مقتل عنصرين بانفجار لغم في بلدة الطيبة.", "2020-04-16", "الطيبة", "2020-04-11"),
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
    ("سيطر تنظيم الدولة على مدينة القريتين، إثر هجوم واسع بدأه فجر الثلاثاء على مواقع قوات النظام.", "2015-08-06"),
])
def test_a_taking_is_not_dated_by_the_day_its_assault_began(pipe, text, published):
    (e,) = _events(pipe, text, published)
    assert e["type"] == "territory_change" and e["date"] == published and not e["background"]


# -- a verb of recording reports when a named body records ----------------------------------------------
@pytest.mark.parametrize("text, source", [
    ("سجّلت الشبكة السورية لحقوق الإنسان 393 حالة احتجاز تعسفي على الأقل في مختلف المحافظات خلال أيلول.",
     "الشبكة السورية لحقوق الإنسان"),
    ("سجّل مكتب توثيق الشهداء في محافظة درعا مقتل 38 شخصاً خلال أيلول.", "مكتب توثيق الشهداء"),
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
    t = ("أحصت الشبكة السورية لحقوق الإنسان ضمن تقرير أصدرته اليوم مقتل 187 مدنياً خلال الشهر الماضي. كما سجل "
         "التقرير أن مروحيات النظام ألقت 260 برميلاً متفجراً على الأقل على محافظة درعا.")
    assert {_src(e) for e in _events(pipe, t, "2016-05-01")} == {"الشبكة السورية لحقوق الإنسان"}


@pytest.mark.parametrize("text, place", [
    ("تظاهر مئات الأهالي اليوم في ساحة السير بمدينة درعا، مطالبين بالإفراج عن المعتقلين والكشف عن مصير المفقودين.",
     "درعا"),
    ("خرجت وقفة احتجاجية في ساحة الكرامة بالسويداء، رفع فيها المحتجون لافتات تطالب بالكشف عن مصير "
     "المختطفين.", "السويداء"),
])
def test_a_verbal_noun_of_revealing_reports_nothing(pipe, text, place):
    # «بالكشف عن مصير …» is a demand (a masdar with its article), not «كشف X أن…»
    assert _src(_at(_events(pipe, text, "2023-09-01"), place)) is None


@pytest.mark.parametrize("text, published, source", [
    ("ذكرت وزارة الدفاع التركية في بيانها أن قواتها قتلت 5 مسلحين حاولوا التسلل قرب رأس العين. وأشار بيان للوزارة إلى أن عدد "
     "المسلحين المحيّدين منذ مطلع هذا الشهر بلغ 58.", "2020-11-15", "وزارة الدفاع التركية"),
    ("ذكرت وزارة الداخلية السورية أن وحداتها ضبطت شحنة أسلحة في ريف حمص. وذكر بيان للوزارة أن دورياتها اعتقلت 9 "
     "أشخاص في مدينة تلكلخ مساء أمس.", "2019-03-02", "وزارة الداخلية السورية"),
])
def test_a_statement_of_the_body_named_before_is_its_report(pipe, text, published, source):
    # «بيان للوزارة»: the lam's «الوزارة» is the ministry named in full before
    assert {_src(e) for e in _events(pipe, text, published)} == {source}


@pytest.mark.parametrize("text, published, place, force", [
    ("ذكر مراسل «سمارت» في ريف إدلب أن مقاتلات حربية يرجح أنها روسية قصفت سوق الخضار في مدينة معرة النعمان ظهر "
     "السبت، فقتلت تسعة مدنيين.", "2016-02-14", "معرة النعمان", "Russian forces"),
    ("أعلن الدفاع المدني مقتل 9 أشخاص في غارات نفذتها طائرات مقاتلة يُعتقد أنها روسية على مدينة الأتارب.",
     "2016-05-04", "الأتارب", "Russian forces"),
    ("استهدفت مسيرة يرجح أنها تركية سيارة في مدينة القامشلي، ما أدى لمقتل سائقها.", "2019-08-10", "القامشلي",
     "Turkish forces"),
])
def test_a_craft_of_a_likely_nationality_is_that_force(pipe, text, published, place, force):
    # «طائرات … يُرجح أنها روسية»: the perpetrator hedged is still the one named
    assert _agents(_at(_events(pipe, text, published), place)) == [force]


@pytest.mark.parametrize("text, published, place, source", [
    ("ذكر مصدر محلي في درعا أن مجهولين مسلحين اغتالوا عنصراً من اللواء الثامن في بلدة المسيفرة. وأضاف المصدر ذاته "
     "أن عبوة ناسفة انفجرت في عربة عسكرية في بلدة الكرك الشرقي مساء اليوم.", "2022-05-11", "الكرك الشرقي",
     "مصدر محلي في درعا"),
    ("أفادت الشبكة السورية لحقوق الإنسان بمقتل 12 مدنياً في قصف على مدينة خان شيخون. وأشارت الشبكة نفسها إلى أن "
     "قوات النظام اعتقلت 20 شخصاً في مدينة حماة خلال اليوم.", "2019-06-09", "حماة", "الشبكة السورية لحقوق الإنسان"),
    ("قالت مصادر ميدانية إن فصائل المعارضة استعادت قرية تل ملح شمالي حماة. وأوضحت المصادر نفسها أن الطيران الروسي "
     "استهدف بغارات بلدة كفرزيتا ليلاً.", "2019-06-09", "كفرزيتا", "مصادر ميدانية"),
])
def test_the_same_source_is_the_one_named_before(pipe, text, published, place, source):
    # «وأضاف المصدر ذاته», «وأشارت الشبكة نفسها»: «ذاته/نفسه» marks the anaphor
    assert _src(_at(_events(pipe, text, published), place)) == source


@pytest.mark.parametrize("text, published, place, day", [
    ("قتل عنصران من الأسايش مساء أمس الاثنين حين قصفت مسيرة تركية عربتهما قرب بلدة تل حميس، وفق "
     "مراسل نورث برس. وردت قسد في وقت لاحق بقصف بالمدفعية على قرية تل طويل.",
     "2024-04-16", "تل طويل", "2024-04-15"),
    ("شنت طائرات حربية روسية فجر أمس غارات على بلدة الهبيط في جنوب إدلب، بحسب الدفاع المدني. واستهدفت "
     "الفصائل لاحقاً بالصواريخ مقرات لقوات النظام في بلدة كفرنبودة.", "2019-05-08", "كفرنبودة", "2019-05-07"),
    ("اقتحمت قوات الأمن ليل الثلاثاء حي الخالدية في حمص واعتقلت عشرات الشبان، بحسب ناشطين. وخرجت بعد ذلك مظاهرة "
     "في حي البياضة المجاور تنديداً بالاقتحام.", "2012-06-14", "البياضة", "2012-06-12"),
])
def test_an_act_told_as_coming_later_keeps_the_day_before(pipe, text, published, place, day):
    # «وردّت … في وقت لاحق», «لاحقاً», «بعد ذلك»: the report goes on, on the day it told
    assert _at(_events(pipe, text, published), place)["date"] == day


@pytest.mark.parametrize("text", [
    "انطلقت صباح اليوم من بلدة زملكا الدفعة الأولى من الحافلات المقلة لمقاتلين وعائلاتهم نحو إدلب.",
    "انسحب مقاتلو المعارضة صباح اليوم من مدينة حرستا بعد اتفاق مع الجانب الروسي.",
    "نزحت عشرات العائلات اليوم من قرى ريف حماة الشمالي هرباً من القصف.",
])
def test_today_from_a_place_is_today(pipe, text):
    # «صباح اليوم من بلدة X»: where from, not «the day of» («في مثل هذا اليوم من عام 2011» stays a past day)
    d = Document(text, published="2018-03-25", outlet="منصة المثال")
    pipe(d)
    assert [x["value"] for x in d["dates"]] == ["2018-03-25"]


@pytest.mark.parametrize("text, published, place, agents", [
    ("لقي 10 مدنيين حتفهم بغارة جوية على حي بستان القصر في مدينة حلب بعد الظهر، بحسب ناشطين.", "2012-10-20",
     "حي بستان القصر", ["Syrian government forces"]),
    ("قال ناشطون إن طائرة حربية قصفت مبنى البلدية في مدينة الرقة، فقتل خمسة أشخاص.", "2013-03-19",
     "الرقة", ["Syrian government forces"]),
    ("استهدفت غارات جوية سوق بلدة الباب بريف حلب صباح اليوم، ما أوقع 9 قتلى.", "2014-02-04", "الباب",
     ["Syrian government forces"]),
    # after the coalition and Russia flew over Syria an unnamed raid is nobody's
    ("استهدفت غارات جوية سوق بلدة الأتارب بريف حلب صباح اليوم، ما أوقع 9 قتلى.", "2017-03-04", "الأتارب",
     []),
])
def test_an_unnamed_air_raid_before_other_air_forces_came_is_the_government_s(pipe, text, published, place, agents):
    assert _agents(_at(_events(pipe, text, published), place)) == agents


@pytest.mark.parametrize("text, published, place, source", [
    ("قُتل عنصران من قسد ليل الثلاثاء بقصف طائرة مسيّرة تركية عربتهما قرب بلدة الدرباسية. وأوضح مصدر في "
     "الأسايش لموقع محلي أن العربة كانت راجعة من موقع حراسة عندما أصابها صاروخان.", "2019-11-19", "الدرباسية",
     "مصدر في الأسايش"),
    ("قُتلت امرأة وأصيب طفلاها في بلدة كنصفرة صباح اليوم. وقال مصدر محلي لعنب بلدي إن منزل العائلة تعرض لثلاث "
     "قذائف مدفعية.", "2021-06-10", "كنصفرة", "مصدر محلي"),
])
def test_how_many_munitions_hit_is_no_news_of_its_own(pipe, text, published, place, source):
    # a lead told first and attributed in the next sentence, which adds only the munitions that hit
    assert {_src(e) for e in _events(pipe, text, published) if (e["place"] or {}).get("surface") == place} == {source}


@pytest.mark.parametrize("text, published, place, force", [
    ("توغلت خمس عربات عسكرية تابعة للجيش الإسرائيلي، مساء الخميس، في بلدة جباتا الخشب بالجولان، ودهم جنودها "
     "بيوتاً عدة قبل أن يعتقلوا ثلاثة شبان ويأخذوهم إلى مكان مجهول.", "2025-05-07", "جباتا الخشب",
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
    t = ("قُتل 9 مدنيين بغارات نفذتها طائرات حربية روسية فوق مدينة معرة النعمان، وفق الدفاع المدني السوري. "
         "وبيّن الدفاع المدني أن فرقه أخرجت الجثث من تحت ركام بناء سكني.")
    (e,) = [e for e in _events(pipe, t, "2024-05-15") if e["type"] == "airstrike"]
    assert [a["surface"] for a in e["actors"] if a["role"] == "agent"] == ["طائرات حربية روسية"]


@pytest.mark.parametrize("text, published, place, force", [
    ("فجر انتحاري من تنظيم الدولة سيارة مفخخة عند حاجز للوحدات الكردية في مدينة الحسكة.", "2015-06-10", "الحسكة",
     "Islamic State"),
    ("قُتل ستة جنود حين فجر انتحاري من جبهة النصرة نفسه عند حاجز لقوات النظام في بلدة مورك.", "2014-02-10", "مورك",
     "Hay'at Tahrir al-Sham / Jabhat al-Nusra"),
    ("هاجم انغماسيون من تنظيم داعش مقراً لقسد في مدينة القامشلي، وقتلوا تسعة عناصر.", "2016-07-27",
     "القامشلي", "Islamic State"),
])
def test_a_bomber_or_attackers_of_a_force_are_that_force(pipe, text, published, place, force):
    assert _agents(_at(_events(pipe, text, published), place)) == [force]


@pytest.mark.parametrize("text, published, place, agents, targets", [
    ("دمشق-سانا: استهدفت مجموعات إرهابية مسلحة بقذائف الهاون حي باب توما بدمشق القديمة، فاستشهد أربعة مواطنين.",
     "2013-05-02", "حي باب توما", ["Free Syrian Army / opposition factions"], ["Civilians (Syria)"]),
    ("درعا-سانا: اشتبكت وحدة من الجيش العربي السوري مع مجموعة إرهابية مسلحة داخل بلدة النعيمة، وقتلت عدداً من أفرادها.",
     "2013-08-11", "النعيمة", ["Syrian government forces"], ["Free Syrian Army / opposition factions"]),
    ("حلب-سانا: فجرت مجموعة إرهابية مسلحة عبوة ناسفة قرب مدرسة في حي الشعار، ما أسفر عن جرح ثلاثة مواطنين.",
     "2012-09-03", "حي الشعار", ["Free Syrian Army / opposition factions"], ["Civilians (Syria)"]),
])
def test_the_state_media_s_armed_terrorist_groups_are_the_opposition(pipe, text, published, place, agents, targets):
    # SANA's «مجموعة/مجموعات إرهابية مسلحة» (indefinite, as well as the definite form the list had) before the fall
    e = _at(_events(pipe, text, published), place)
    assert _agents(e) == agents and _targets(e) == targets


@pytest.mark.parametrize("text, published, place, attacker, repeller", [
    ("حمص-سانا: تصدت وحدة من قواتنا المسلحة صباح الأحد لمجموعة إرهابية مسلحة حاولت مهاجمة نقطة للجيش على "
     "أطراف حي الخالدية بحمص، وقتلت تسعة إرهابيين.", "2012-07-15", "حي الخالدية",
     "Free Syrian Army / opposition factions", "Syrian government forces"),
    ("تصدت فصائل المعارضة ليلاً لقوات النظام التي حاولت التقدم على محور قرية تل ملح بريف حماة، وقتلت 12 عنصراً "
     "منها.", "2019-06-12", "تل ملح", "Syrian government forces", "Free Syrian Army / opposition factions"),
    ("تصدى مقاتلو العشائر لقوات سوريا الديمقراطية التي حاولت اقتحام بلدة ذيبان، ودارت اشتباكات عنيفة قتل فيها 4 "
     "عناصر.", "2023-09-02", "ذيبان", "Syrian Democratic Forces", "Tribal militias (Syria)"),
])
def test_the_one_repelled_after_tasadda_la_attacked(pipe, text, published, place, attacker, repeller):
    # «تصدى X لـY» (no attack noun between): Y attacked (actor1), X repelled it (as with «تصدى لهجوم شنه Y»)
    e = _at(_events(pipe, text, published), place)
    assert _agents(e)[0] == attacker and repeller in _targets(e)


@pytest.mark.parametrize("text, published, place, agents", [
    ("ذكر مركز حميميم الروسي اليوم أن المسلحين استهدفوا بالهاون حي جمعية الزهراء غربي حلب، فقتل "
     "ثلاثة مدنيين.", "2016-10-12", "جمعية الزهراء", ["Free Syrian Army / opposition factions"]),
    ("ذكرت وزارة الدفاع الروسية أن الإرهابيين قصفوا بالصواريخ مدينة محردة، فأصيب أربعة مدنيين.",
     "2017-03-01", "محردة", ["Free Syrian Army / opposition factions"]),
    ("ذكرت وكالة سانا أن الإرهابيين فجروا عبوة ناسفة في حي المزة بدمشق، ما أدى إلى استشهاد مواطنين.", "2013-05-02",
     "حي المزة", ["Free Syrian Army / opposition factions"]),
    # the same word in the activists' report names nobody
    ("قال ناشطون إن المسلحين قصفوا حي جمعية الزهراء غربي حلب بقذائف الهاون.", "2016-10-12", "جمعية الزهراء", []),
])
def test_the_government_side_s_word_for_its_enemy_names_the_opposition(pipe, text, published, place, agents):
    assert _agents(_at(_events(pipe, text, published), place)) == agents


@pytest.mark.parametrize("text, published, start", [
    ("رجع ما يزيد على 280 ألف لاجئ إلى سوريا منذ سقوط النظام يوم 8 كانون الأول الماضي، وفق المفوضية.", "2025-03-20",
     "2024-12-08"),
    ("نزح 40 ألف شخص من جنوب إدلب منذ انهيار الهدنة يوم 26 نيسان، وفق منسقو استجابة سوريا.", "2019-06-10",
     "2019-04-26"),
    ("قتل 120 مدنياً في إدلب منذ توقيع الاتفاق في الخامس من آذار، بحسب المرصد السوري.", "2020-05-01", "2020-03-05"),
])
def test_the_day_of_the_event_a_total_runs_since_opens_its_period(pipe, text, published, start):
    # «منذ + an event + في/يوم + a date»: the date of what the total runs since, not of the total
    (e,) = _events(pipe, text, published)
    assert e["kind"] == "aggregate" and e["date"] != start and (e["period"] or {}).get("start") == start


@pytest.mark.parametrize("text, published, place", [
    ("ذكر «تجمع أحرار حوران» أن قائداً سابقاً في فصيل من الجيش الحر يدعى «أبو خالد المسالمة» قُتل ظهر الخميس برصاص شخصين ملثمين "
     "اعترضا طريقه قرب بيته في بلدة تسيل.", "2020-04-16", "تسيل"),
    ("قُتل شاب في بلدة المسيفرة برصاص رجلين مجهولين يستقلان دراجة نارية، بحسب شبكة درعا 24.", "2021-09-02",
     "المسيفرة"),
])
def test_whose_fire_killed_with_a_noun_of_persons_between(pipe, text, published, place):
    # «برصاص شخصين ملثمين»: the masked men fired (a noun of persons between «برصاص» and the name)
    assert "Unidentified armed group (Syria)" in _agents(_at(_events(pipe, text, published), place))


def test_a_long_subject_before_the_attempt_it_repelled(pipe):
    # «تصدت قوات من الجيش … المنتشرة في <منطقة>، <وقت>، لمحاولة تسلل قامت بها مجموعات من «النصرة»»
    t = ("تصدت قوات من الجيش العربي السوري المنتشرة في ريف حماة الغربي، فجر اليوم، لمحاولة تسلل قامت بها مجموعات "
         "مسلحة من «النصرة» نحو مواقعها قرب قرية الحويز، وكبدتها خسائر بشرية.")
    e = _at(_events(pipe, t, "2022-05-29"), "الحويز")
    assert _agents(e)[0] == "Hay'at Tahrir al-Sham / Jabhat al-Nusra" and "Syrian government forces" in _targets(e)


@pytest.mark.parametrize("text, published, place, source", [
    ("قُتل رجل في بلدة تسيل برصاص مسلحين مجهولين، بحسب تجمع أحرار حوران. وتأتي الحادثة بعد يومين من تفجير عبوة ناسفة "
     "استهدفت دورية قرب بلدة سحم الجولان.", "2020-04-16", "سحم الجولان", None),
    ("اعتقلت دورية للأمن العسكري ثلاثة شبان في مدينة نوى، وفق مراسل نبأ. وجاءت الحادثة بعد ساعات من مواجهات بين "
     "مسلحين محليين وعناصر الأمن في بلدة الشيخ مسكين.", "2020-04-16", "الشيخ مسكين", None),
    # an act noun as the subject is the writer's recall too (events_probe README, stop 30: the outlet 6 against 2)
    ("اعتقلت قسد 13 شاباً في بلدة الحوايج، بحسب ما نقلته شبكة دير الزور 24. ويأتي القصف بعد ساعات من هجوم على حاجز لقسد في "
     "بلدة الطيانة.", "2023-08-30", "الطيانة", None),
])
def test_the_writer_s_context_after_the_incident_is_no_one_s_report(pipe, text, published, place, source):
    # «وتأتي الحادثة بعد…» points at the whole story, as «ويأتي ذلك بعد…» does
    assert {_src(e) for e in _events(pipe, text, published) if (e["place"] or {}).get("surface") == place} == {source}


@pytest.mark.parametrize("text, published, place, agents", [
    ("قُتل 29 جندياً تركياً ليل أمس بغارة جوية على موقعهم قرب بلدة بليون، وفق ما صرح به والي هاتاي، "
     "الذي حمّل قوات الأسد المسؤولية.", "2020-02-28", "بليون", ["Syrian government forces"]),
    ("قتل 44 شخصاً في تفجير مزدوج في مدينة القامشلي، فيما اتهمت الإدارة الذاتية تنظيم داعش بالمسؤولية عنه.",
     "2016-07-27", "القامشلي", ["Islamic State"]),
    # several blamed: no one agent
    ("وثقت الشبكة مقتل 33 مدنياً في بلدة الصنمين خلال الأسبوع، وحمّلت القوات الحكومية وقسد وفلول النظام السابق "
     "المسؤولية عن أغلبها.", "2025-10-05", "الصنمين", []),
])
def test_the_one_held_responsible_after_the_act_did_it(pipe, text, published, place, agents):
    # «الذي حمّل X المسؤولية», «اتهمت Y X بالمسؤولية عنه»: the one blamed (one only) acted
    assert _agents(_at(_events(pipe, text, published), place)) == agents
