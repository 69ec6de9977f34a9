"""The type of an act, and deaths told apart from their act (stop 31, issue 10, helper types).

Families read in the first-run errors of the seen sets (bench_events_census --first-runs) and tested here on
sentences of our own, in several house styles (SOHR, SANA, Civil Defence, local networks):
- deaths told apart from the act that caused them are its dead, not a toll of their own (casualties extras: sets 1,
  4, 6, 7, 9, 13, 15, 16, 19, 28, 29, 37 …). New wordings of the same family: a dual part of the dead («بينهم
  طفلان») right before the act opened by «ب» («بغارة جوية»); the report that goes on in the next sentence with the
  dead as the reporting verb's «ب/عن» complement («وأفاد الدفاع المدني بمقتل ستة», «وتحدثت مصادر عن سقوط…»).
The whole pipeline runs (tagger, places, figures, events); every span is checked (piped.py)."""
from __future__ import annotations

import pytest

from piped import figure_low, piped_events, place_surface, type_place


# ------------------------------------------------ a dual part of the dead, then the act that killed them

@pytest.mark.parametrize("text, typ, trigger, place, fig", [
    ("استشهد خمسة أشخاص بينهم طفلان بغارة جوية على مدينة سراقب، ظهر اليوم.",
     "airstrike", "غارة جوية", "سراقب", 5),
    ("قُتل سبعة أشخاص، بينهم امرأتان، بقصف مدفعي استهدف بلدة النيرب شرقي إدلب.",
     "shelling", "قصف مدفعي", "النيرب", 7),
    ("درعا – قضى ثلاثة شبان بينهم شقيقان بانفجار لغم أرضي قرب بلدة المسيفرة، مساء أمس، وفق شبكة محلية.",
     "explosion", "انفجار لغم", "المسيفرة", 3),
])
def test_the_act_after_a_dual_part_of_its_dead_owns_them(pipe, text, typ, trigger, place, fig):
    evs = piped_events(pipe, text)
    assert [e["type"] for e in evs] == [typ], type_place(evs)
    assert evs[0]["trigger"] == trigger
    assert place_surface(evs[0]) == place
    assert figure_low(evs[0]) == fig


def test_a_counted_part_of_a_breakdown_is_still_no_act(pipe):
    # («توزعت بين 40 غارة جوية و6 هجمات برية»: the parts' nouns name no act; only the «ب» of a means is exempt)
    evs = piped_events(pipe, "وثق المرصد 46 هجوماً على مدينة إدلب خلال الأسبوع، توزعت بين 40 غارة جوية و6 هجمات "
                             "برية.")
    assert [e["type"] for e in evs if e["type"] == "airstrike" and e["trigger"] == "غارة جوية"] == [], type_place(evs)


# ------------------------------------------------ the report goes on: «وأفاد X بمقتل…», «وتحدثت X عن سقوط…»

@pytest.mark.parametrize("text, typ, trigger, place, fig", [
    ("استهدفت غارات جوية روسية بلدة كفرعويد جنوبي إدلب، صباح اليوم. وأفاد الدفاع المدني بمقتل ستة مدنيين "
     "وإصابة عشرة آخرين.", "airstrike", "استهدفت", "كفرعويد", 6),
    ("شن مسلحون من العشائر هجوماً على مواقع لقوات سوريا الديمقراطية في بلدة ذيبان، الليلة الماضية. وتحدثت مصادر "
     "محلية عن سقوط خمسة قتلى من عناصر القوات.", "armed_clash", "هجوماً", "ذيبان", 5),
    ("اعتدت المجموعات الإرهابية بقذائف صاروخية على منازل المواطنين في مدينة محردة. وصرّح مصدر في قيادة "
     "الشرطة بارتقاء أربعة شهداء وإصابة سبعة مواطنين.", "shelling", "قذائف", "محردة", 4),
])
def test_deaths_the_next_sentence_reports_by_a_verbal_noun_are_the_acts(pipe, text, typ, trigger, place, fig):
    evs = piped_events(pipe, text)
    assert [e["type"] for e in evs] == [typ], type_place(evs)
    assert evs[0]["trigger"] == trigger
    assert place_surface(evs[0]) == place
    assert figure_low(evs[0]) == fig


def test_a_report_of_deaths_with_a_place_of_its_own_is_another_incident(pipe):
    evs = piped_events(pipe, "استهدفت غارات جوية روسية بلدة كفرعويد جنوبي إدلب، صباح اليوم. وأفاد الدفاع المدني "
                             "بمقتل ثلاثة أطفال بقصف مدفعي على مدينة سرمين.")
    assert sorted(type_place(evs)) == [("airstrike", "كفرعويد"), ("shelling", "سرمين")]
    assert figure_low(next(e for e in evs if e["type"] == "shelling")) == 3


# ------------------------------------------------ who the remains found were: no toll of their own

@pytest.mark.parametrize("text, trigger, place", [
    ("عثر متطوعو الدفاع المدني على مقبرة جماعية قرب مدينة مورك تضم رفات أشخاص قتلوا خلال سيطرة قوات النظام على "
     "المنطقة.", "عثر", "مورك"),
    ("انتشلت فرق الدفاع المدني جثث مدنيين أعدموا ميدانياً في بستان قرب بلدة التمانعة بريف إدلب.",
     "انتشلت", "التمانعة"),
    ("كشفت السلطات عن مقبرة جماعية في منطقة القطيفة تضم رفات معتقلين ماتوا تحت التعذيب في المعتقلات.",
     "كشفت", "القطيفة"),
])
def test_the_dead_a_find_of_remains_describes_are_no_toll(pipe, text, trigger, place):
    evs = piped_events(pipe, text)
    assert [e["type"] for e in evs] == ["other"], type_place(evs)
    assert evs[0]["trigger"] == trigger
    assert place_surface(evs[0]) == place


def test_deaths_told_as_news_beside_remains_stay(pipe):
    evs = piped_events(pipe, "قال المرصد إن مدنيين قتلوا في قصف على بلدة كفرنبل، فيما انتشلت فرق الإنقاذ جثث "
                             "ثلاثة عناصر من تحت الأنقاض في مدينة أريحا.")
    assert ("shelling", "كفرنبل") in type_place(evs)


# ------------------------------------------------ a campaign named as the background: «رغم حملات الاعتقال»

@pytest.mark.parametrize("text, typ, place", [
    ("تظاهر المئات في مدينة سلقين مطالبين بإطلاق سراح المعتقلين. وتستمر الاحتجاجات في المنطقة منذ أسابيع رغم "
     "حملات الاعتقال التي تنفذها الأجهزة الأمنية.", "protest", "سلقين"),
    ("رصد المرصد السوري وصول تعزيزات عسكرية لقوات النظام إلى محيط بلدة الحواش، في ظل تصاعد القصف على قرى سهل "
     "الغاب.", "reinforcement", "الحواش"),
    ("دفعت القوات التركية بتعزيزات جديدة إلى جبل الأربعين. وتأتي هذه التعزيزات وسط تصعيد للقصف المدفعي على بلدات "
     "المنطقة منذ أيام.", "reinforcement", "جبل الأربعين"),
    ("نزحت عشرات العائلات من بلدة كفربطنا باتجاه الأقبية، بعد اشتداد الغارات على مدن الغوطة الشرقية.",
     "other", "كفربطنا"),
])
def test_an_act_a_campaign_noun_governs_in_a_circumstance_is_background(pipe, text, typ, place):
    evs = piped_events(pipe, text)
    assert type_place(evs) == [(typ, place)]


def test_a_campaign_with_its_own_dead_is_still_told(pipe):
    evs = piped_events(pipe, "قتل مدني في بلدة سرمين ضمن حملة قصف مدفعي أسفرت عن مقتل خمسة أشخاص في المنطقة اليوم.")
    assert [e["type"] for e in evs] == ["shelling"], type_place(evs)
    assert evs[0]["trigger"] == "قصف مدفعي"
    assert figure_low(evs[0]) == 5


# ------------------------------------------------ a later «وقال X إن…» tells the item's story on: no statement

@pytest.mark.parametrize("text, typ, place", [
    ("سيطرت الوحدات الكردية على بلدة سلوك بعد معارك مع التنظيم. وقال المتحدث باسم الوحدات إن المقاتلين يمشطون "
     "الأحياء بحثاً عن الألغام.", "territory_change", "سلوك"),
    ("دارت مواجهات بين شبان مسلحين من البلدة وعناصر الأمن عند أطراف بلدة عريقة، ليل أمس. ومن جهتها، ذكرت وزارة "
     "الداخلية عبر بيان أن إحدى دورياتها تعرضت لإطلاق نار قرب البلدة.", "armed_clash", "عريقة"),
    ("دمشق – استهدفت قوات النظام بالمدفعية قرية البارة جنوبي إدلب، اليوم. وأكد المتحدث باسم الفصيل أن القذائف "
     "أصابت بيوت المدنيين في القرية.", "shelling", "البارة"),
])
def test_a_later_plain_report_is_no_statement(pipe, text, typ, place):
    evs = piped_events(pipe, text)
    assert type_place(evs) == [(typ, place)]


@pytest.mark.parametrize("text, trigger", [
    ("قال وزير الخارجية التركي إن أنقرة لن تقبل بقيام كيان إرهابي على حدودها الجنوبية.", "قال"),
    ("قصفت القوات الإسرائيلية مواقع قرب دمشق. وفي الأثناء، قال وزير الدفاع الأمريكي إن بلاده سترد بقوة "
     "إذا استخدمت أسلحة كيميائية.", "قال"),
    ("قصفت الطائرات الروسية بلدة كفرنبل، اليوم. وأدانت وزارة الخارجية الفرنسية في بيان استهداف المدنيين.", "أدانت"),
])
def test_a_first_conditional_or_stance_statement_stays(pipe, text, trigger):
    evs = piped_events(pipe, text)
    st = [e for e in evs if e["type"] == "statement"]
    assert [e["trigger"] for e in st] == [trigger], type_place(evs)


# ------------------------------------------------ a crowd that went out demanding is a protest

@pytest.mark.parametrize("text, place, fig", [
    ("قُتل تسعة متظاهرين على الأقل برصاص قوات الأمن في مدينة نوى، بعدما خرج الآلاف بعد صلاة الظهر مطالبين "
     "برفع الحصار عن المدينة.", "نوى", 9),
    ("خرج المئات في مدينة دوما بعد صلاة الجمعة هاتفين بإسقاط النظام.", "دوما", 200),
    ("خرج العشرات من سكان مدينة شهبا رافعين لافتات تدعو إلى إطلاق سراح المعتقلين.", "شهبا", 20),
])
def test_a_crowd_going_out_with_its_demand_is_a_protest(pipe, text, place, fig):
    evs = piped_events(pipe, text)
    assert type_place(evs) == [("protest", place)]
    assert evs[0]["trigger"] == "خرج"
    assert figure_low(evs[0]) == fig or (evs[0]["count"] or {}).get("low") == fig


# ------------------------------------------------ a kill verb joined to the act before it tells its dead

@pytest.mark.parametrize("text, typ, place, fig", [
    ("ذكرت سانا أن قوات الجيش استهدفت مواقع إطلاق القذائف في حي الليرمون وأتلفت منصتي صواريخ وقضت على أعداد من "
     "الإرهابيين.", "shelling", "حي الليرمون", None),
    ("وجه الطيران الحربي ضربات مركزة على تجمعات المسلحين في محيط بلدة كفرزيتا، وقضى على 30 إرهابياً.",
     "airstrike", "كفرزيتا", 30),
    ("نفذت قاذفات روسية أربع ضربات على مواقع للتنظيم قرب مدينة الميادين، ما أدى إلى القضاء على 40 مسلحاً.",
     "airstrike", "الميادين", 40),
])
def test_a_kill_joined_to_a_strike_is_its_dead(pipe, text, typ, place, fig):
    evs = piped_events(pipe, text)
    assert type_place(evs) == [(typ, place)]
    assert figure_low(evs[0]) == fig


def test_a_kill_after_an_advance_repelled_stays_the_fighting(pipe):
    evs = piped_events(pipe, "أفشلت فصائل المعارضة، اليوم، محاولة تقدم لجيش النظام باتجاه قرية الحويز، وحيّدت 7 "
                             "منهم، وفق مراسل محلي.")
    assert type_place(evs) == [("armed_clash", "الحويز")]
    assert figure_low(evs[0]) == 7


# ------------------------------------------------ a deal referred to (kept, watched, in its nth day) is none made

@pytest.mark.parametrize("text", [
    "وأوضح المصدر أن نقاط المراقبة ستقام على خطوط التماس لمراقبة الالتزام بوقف إطلاق النار.",
    "دخلت الهدنة في ريف حماة يومها الخامس وسط هدوء حذر، وفق مراسل محلي.",
    "تحل اليوم الذكرى السادسة لانطلاق الاحتجاجات، في ظل هدنة هشة دخلت أسبوعها الثاني في معظم المناطق.",
])
def test_a_deal_in_force_or_watched_is_no_agreement(pipe, text):
    evs = piped_events(pipe, text)
    assert [e for e in evs if e["type"] == "agreement"] == [], type_place(evs)


@pytest.mark.parametrize("text, trigger, place", [
    ("أعلنت موسكو وأنقرة اليوم توصلهما إلى اتفاق لوقف القتال في محافظة إدلب يسري اعتباراً من منتصف الليل.",
     "اتفاق", "إدلب"),
    ("اتفقت الفصائل ووجهاء مدينة الصنمين على الالتزام بهدنة تبدأ اليوم وتستمر أسبوعاً.", "هدنة", "الصنمين"),
])
def test_a_deal_made_stays(pipe, text, trigger, place):
    evs = piped_events(pipe, text)
    assert [(e["trigger"], place_surface(e)) for e in evs if e["type"] == "agreement"] == [(trigger, place)]
