"""The type of an act, and acts that are no incident (stop 30, issue 10, helper types).

Families read in the first-run errors of the seen sets (bench_events_census --first-runs) and in real reporting
(the pages corpus: SOHR, SNHR, SANA, Enab Baladi, Syria TV, North Press, Hawar, Daraa 24, Suwayda 24 …), tested
here on sentences of our own in several house styles:
- a toll over a period whose cause joins acts of several kinds («جراء الغارات الجوية والقصف المدفعي») is a toll
  (casualties), not the act of one of them (sets 4 s11, 6 v07, 49 de22);
- an act feared or warned of is the «من» complement of the verb of fearing, however long its subject
  («يتخوف سكان بلدة … شمالي السويداء من تجدد الاشتباكات»);
- a force that leaves after its own act («… ثم انسحبت من الحي», «قبل أن تنسحب بعد ساعات») changed no place's hands;
- an act recalled in a pluperfect clause dated to a past year is history even when counted, and so are the battles
  that clause frames («وكانت قوات النظام قد سيطرت على … أواخر عام 2019 بعد معارك عنيفة»).
The whole pipeline runs (tagger, places, figures, events); every span is checked (piped.py)."""
from __future__ import annotations

import pytest

from piped import figure_low, piped_events, type_place


def _types(pipe, text, published="2024-03-05"):
    return [e["type"] for e in piped_events(pipe, text, published)]


# ---------------------------------------------------------------- a toll of several kinds of act

@pytest.mark.parametrize("text, fig", [
    ("وثقت الشبكة السورية لحقوق الإنسان مقتل 52 مدنياً، بينهم 14 طفلاً، في محافظة حماة خلال الأسبوع الماضي، جراء "
     "الغارات الجوية والقصف المدفعي لقوات النظام وروسيا.", 52),
    ("المرصد السوري: وثق المرصد مقتل 73 مدنياً خلال شهر شباط في محافظة درعا جراء القصف والغارات.", 73),
    ("قتل 38 مدنياً منذ مطلع الأسبوع في ريف حلب الغربي نتيجة الغارات الروسية وقصف قوات النظام، بحسب فريق منسقو "
     "الاستجابة.", 38),
])
def test_a_period_toll_of_several_kinds_of_act_is_a_toll(pipe, text, fig):
    evs = piped_events(pipe, text, "2024-03-05")
    assert [e["type"] for e in evs] == ["casualties"], type_place(evs)
    assert figure_low(evs[0]) == fig


def test_the_same_acts_told_as_news_keep_their_types(pipe):
    evs = piped_events(pipe, "شنت طائرات حربية روسية، اليوم الثلاثاء، غارات على بلدة كنصفرة، فيما قصفت قوات "
                             "النظام بالمدفعية قرية البارة المجاورة.", "2024-03-05")
    assert sorted(type_place(evs)) == [("airstrike", "كنصفرة"), ("shelling", "البارة")]


# ---------------------------------------------------------------- feared

@pytest.mark.parametrize("text", [
    "يتخوف سكان بلدة الصورة الكبيرة شمالي السويداء من تجدد الاشتباكات بعد تهديدات متبادلة بين الطرفين.",
    "يخشى أهالي قرى ريف منبج الغربي من هجوم تركي واسع على المنطقة خلال الأيام المقبلة.",
    "حذر مسؤولون أمميون في إحاطة أمام مجلس الأمن من معارك جديدة في ريف إدلب الجنوبي.",
    "وتتخوف عائلات كثيرة في مدينة الرقة من حملة اعتقالات جديدة تطال الشبان.",
])
def test_an_act_feared_with_a_long_subject_has_not_happened(pipe, text):
    assert _types(pipe, text) == [], text


def test_an_act_told_before_the_fear_happened(pipe):
    evs = piped_events(pipe, "قتل ثلاثة مدنيين بقصف مدفعي على بلدة كفرنبل اليوم الثلاثاء، ويخشى الأهالي من نزوح "
                             "جديد.", "2024-03-05")
    assert type_place(evs) == [("shelling", "كفرنبل")]
    assert figure_low(evs[0]) == 3


# ---------------------------------------------------------------- leaving after the act

@pytest.mark.parametrize("text", [
    "نصبت قوة من الجيش الإسرائيلي حاجزاً عند مدخل قرية الحميدية في ريف القنيطرة صباح اليوم، وفتشت المارة قبل "
    "أن تنسحب بعد ساعات.",
    "داهمت دورية تابعة للأمن العسكري، أمس الاثنين، عدداً من المنازل في حي الكاشف بمدينة درعا بحثاً عن مطلوبين، "
    "ثم انسحبت من الحي دون أن تعتقل أحداً.",
    "اقتحمت قوة من الفرقة الرابعة بلدة الكرك الشرقي واشتبكت مع مسلحين محليين، قبل أن تنسحب من البلدة مساءً.",
    "توغلت آليات إسرائيلية في أطراف بلدة كودنة بريف القنيطرة الجنوبي وجرفت أراضي زراعية، ثم انسحبت باتجاه "
    "الشريط الحدودي.",
])
def test_a_force_leaving_after_its_act_is_no_taking(pipe, text):
    assert "territory_change" not in _types(pipe, text), text


@pytest.mark.parametrize("text, place", [
    ("انسحبت فصائل المعارضة من بلدة اللطامنة بريف حماة الشمالي، فجر اليوم، بعد قصف مكثف استمر أسابيع.",
     "اللطامنة"),
    ("اشتبكت قوات النظام مع الفصائل على أطراف بلدة كفرزيتا، قبل أن تنسحب الفصائل من البلدة بعد منتصف الليل.",
     "كفرزيتا"),
])
def test_a_withdrawal_told_as_the_news_or_by_another_subject_stays(pipe, text, place):
    evs = piped_events(pipe, text, "2024-03-05")
    assert any(e["type"] in ("territory_change", "armed_clash") and (e["place"] or {}).get("surface") == place
               for e in evs), type_place(evs)


# ---------------------------------------------------------------- recalled in a pluperfect

@pytest.mark.parametrize("text", [
    "بدأت ورشات المجلس المحلي في مدينة سراقب، اليوم الثلاثاء، ترميم مبنى السوق المسقوف. وكانت غارات روسية قد "
    "دمرت السوق في شباط 2020 وقتلت أكثر من عشرة مدنيين.",
    "افتتحت مديرية الصحة مستوصفاً جديداً في بلدة كفرتخاريم اليوم. وكان قصف مدفعي قد استهدف البلدة عام 2018 "
    "وأسفر عن مقتل خمسة مدنيين.",
    "وكان المرصد السوري قد وثق في آذار 2019 مقتل أكثر من 200 مدني في الغارات على ريف إدلب الجنوبي.",
])
def test_a_counted_act_recalled_from_a_past_year_is_history(pipe, text):
    types = _types(pipe, text, "2024-03-05")
    assert not {"airstrike", "shelling", "casualties"} & set(types), types


def test_the_battles_of_a_recalled_taking_are_recalled_with_it(pipe):
    evs = piped_events(pipe, "اعتقلت قوات النظام، اليوم الثلاثاء، ثمانية شبان عند حاجز على مدخل مدينة حماة. وكانت "
                             "قوات النظام قد سيطرت على معرة النعمان أواخر عام 2019 بعد معارك عنيفة مع فصائل المعارضة.",
                       "2024-03-05")
    assert type_place(evs) == [("arrest", "حماة")]


@pytest.mark.parametrize("text", [
    "وكان المخفر نفسه قد تعرض الشهر الماضي لهجوم شنه مسلحون مجهولون قرب بلدة كفرزيتا وأودى بحياة ثلاثة من عناصره.",
    "وكانت قوات النظام قد قصفت بلدة كنصفرة يوم الأحد الماضي ما أدى إلى مقتل أربعة مدنيين.",
])
def test_a_counted_recall_of_last_month_or_a_day_stays(pipe, text):
    evs = piped_events(pipe, text, "2024-03-05")
    assert any(figure_low(e) in (3, 4) for e in evs), type_place(evs)


# ---------------------------------------------------------------- who struck: another clause's weapons

@pytest.mark.parametrize("text, place", [
    ("قتل ثلاثة عناصر من قوات النظام بهجوم لخلايا داعش على نقطة عسكرية في بادية حمص الشرقية، وردت قوات النظام "
     "بقصف مدفعي على مواقع التنظيم في جبل البشري.", "بادية حمص الشرقية"),
    ("هاجم مسلحون حاجزاً للأمن العام قرب بلدة الكرك الشرقي، فيما قصفت مسيّرات مجهولة أطراف بلدة المليحة.",
     "الكرك الشرقي"),
    ("أصيب خمسة عناصر من قسد في هجوم لمسلحين على نقطة لها في بلدة الشحيل، وقصفت المدفعية التركية قرى في ريف "
     "تل تمر.", "الشحيل"),
])
def test_an_attack_is_not_typed_by_the_weapons_of_the_next_act(pipe, text, place):
    evs = piped_events(pipe, text, "2024-03-05")
    assert ("armed_clash", place) in type_place(evs), type_place(evs)


def test_a_means_after_a_comma_is_still_the_acts(pipe):
    evs = piped_events(pipe, "قصفت قوات النظام، بالمدفعية الثقيلة وراجمات الصواريخ، بلدة كنصفرة في جبل الزاوية.",
                       "2024-03-05")
    assert type_place(evs) == [("shelling", "كنصفرة")]


# ---------------------------------------------------------------- killed by the act told after them

@pytest.mark.parametrize("text, typ, fig", [
    ("أعلنت وزارة الدفاع التركية، اليوم الثلاثاء، «تحييد» ثمانية عناصر من تنظيم «ي ب ك» بقصف مدفعي استهدف مواقعهم "
     "قرب بلدة عين عيسى شمالي الرقة.", "shelling", 8),
    ("قالت الوزارة إن قواتها حيّدت 14 عنصراً من «بي كي كي/ي ب ك» الإرهابي في غارات جوية على منطقة أبو راسين.",
     "airstrike", 14),
    ("أعلنت رئاسة الأركان التركية «تحييد» ستة عناصر من «وحدات حماية الشعب» في قصف مدفعي على قرية الدردارة.",
     "shelling", 6),
])
def test_neutralised_in_an_act_named_after_a_quoted_name_are_its_dead(pipe, text, typ, fig):
    evs = piped_events(pipe, text, "2024-03-05")
    assert [e["type"] for e in evs] == [typ], type_place(evs)
    assert figure_low(evs[0]) == fig


@pytest.mark.parametrize("text", [
    "أعلنت وزارة الدفاع التركية تحييد ثمانية عناصر بقصف مدفعي قرب بلدة عين عيسى، بعد رصدهم أثناء التحضير لهجوم.",
    "وقالت الوزارة إن المسلحين كانوا يتجمعون استعداداً لهجوم على نقاط الجيش في ريف اللاذقية.",
])
def test_an_attack_prepared_for_is_an_aim(pipe, text):
    assert "armed_clash" not in _types(pipe, text), text


# ---------------------------------------------------------------- whose dead

@pytest.mark.parametrize("text, place, fig", [
    ("تصدت فصائل المعارضة، فجر اليوم الثلاثاء، لمحاولة تقدم قوات النظام على محور قرية الحويز في سهل الغاب، وقتلت "
     "خمسة عناصر منها، بحسب مراسل محلي، بالتزامن مع قصف مدفعي عنيف على قرية قسطون.", "الحويز", 5),
    ("اشتبكت الفصائل مع قوات النظام على أطراف بلدة كفرنبودة وقتلت سبعة عناصر منها، وسط غارات روسية على بلدة "
     "الهبيط.", "كفرنبودة", 7),
])
def test_the_dead_are_not_the_accompanying_acts_told_after_them(pipe, text, place, fig):
    evs = piped_events(pipe, text, "2024-03-05")
    assert ("armed_clash", place) in type_place(evs), type_place(evs)
    assert figure_low(next(e for e in evs if e["type"] == "armed_clash")) == fig
    assert all(figure_low(e) is None for e in evs if e["type"] != "armed_clash")


@pytest.mark.parametrize("text, place", [
    ("ريف دمشق-سانا: أوقعت وحدات من الجيش والقوات المسلحة قتلى ومصابين في صفوف الإرهابيين في بلدة المليحة، ودمرت "
     "لهم مستودعاً للذخيرة.", "المليحة"),
    ("حمص-سانا: أوقعت وحدة من الجيش العربي السوري قتلى في صفوف الإرهابيين بريف تلكلخ الغربي.", "ريف تلكلخ الغربي"),
])
def test_dead_a_force_inflicted_with_no_act_told_are_its_fighting(pipe, text, place):
    evs = piped_events(pipe, text, "2014-07-22")
    assert type_place(evs) == [("armed_clash", place)]


def test_dead_a_disaster_left_are_no_clash(pipe):
    assert "armed_clash" not in _types(pipe, "أوقع الزلزال عشرات القتلى في مدينة جبلة فجر اليوم.")


# ---------------------------------------------------------------- who holds what, who tries

@pytest.mark.parametrize("text", [
    "اعتقلت الشرطة العسكرية ثلاثة شبان في مدينة عفرين أمس. يذكر أن فصائل الجيش الوطني تسيطر على منطقة عفرين منذ "
    "آذار 2018.",
    "قصفت مسيرة تركية سيارة قرب القامشلي اليوم. وتسيطر قوات سوريا الديمقراطية على معظم ريف الحسكة الشرقي.",
    "قصفت طائرات روسية بلدة كفرتخاريم اليوم. وتسيطر هيئة تحرير الشام على معظم محافظة إدلب وأجزاء من ريف حلب "
    "الغربي، بحسب خرائط السيطرة.",
])
def test_a_control_verb_in_the_present_is_a_state(pipe, text):
    assert "territory_change" not in _types(pipe, text), text


@pytest.mark.parametrize("text, place", [
    ("قوات النظام تسيطر على بلدة كفرنبودة بريف حماة\nسيطرت قوات النظام، اليوم الثلاثاء، على بلدة كفرنبودة بعد معارك "
     "عنيفة مع الفصائل.", "كفرنبودة"),
    ("قالت غرفة العمليات، اليوم الثلاثاء، إن مقاتليها باتوا يسيطرون على أغلب أحياء مدينة سراقب.", "سراقب"),
])
def test_a_taking_told_in_the_present_in_a_headline_or_after_becoming_stays(pipe, text, place):
    evs = piped_events(pipe, text, "2024-03-05")
    assert ("territory_change", place) in type_place(evs), type_place(evs)


@pytest.mark.parametrize("text", [
    "وتحاول قوات النظام منذ أسابيع التقدم على محور كبانة دون أن تحقق أي تقدم يذكر.",
    "ويحاول مقاتلو التنظيم منذ أيام اقتحام بلدة السخنة من جهتها الشرقية.",
])
def test_an_advance_tried_with_the_subject_between_is_no_taking(pipe, text):
    assert not [e for e in piped_events(pipe, text, "2024-03-05") if e["type"] == "territory_change"], text


def test_an_attack_fought_off_stays_a_clash(pipe):
    evs = piped_events(pipe, "أحبطت وحدات من الجيش العربي السوري هجوماً لمجموعات إرهابية على نقاط عسكرية في محيط "
                             "قرية جبورين بريف حمص الشمالي، وقتلت عدداً من أفرادها.", "2024-03-05")
    assert type_place(evs) == [("armed_clash", "جبورين")]


@pytest.mark.parametrize("text", [
    "عاد مئات النازحين إلى بلدة خان شيخون بعد أشهر على سيطرة قوات النظام عليها.",
    "افتتح سوق الخضار في مدينة معرة النعمان بعد سنوات على قصفه بالطيران الروسي.",
])
def test_an_act_dated_back_by_a_vague_span_with_ala_is_no_event(pipe, text):
    types = _types(pipe, text, "2019-06-01")
    assert not {"territory_change", "airstrike", "shelling"} & set(types), types


def test_a_pluperfect_act_with_its_year_between_it_and_qad_is_history(pipe):
    evs = piped_events(pipe, "افتتحت بلدية أريحا السوق المسقوف اليوم. وكانت غارة روسية عام 2016 قد دمرت جزءاً كبيراً "
                             "من السوق وقتلت عشرات المدنيين.", "2019-06-01")
    assert "airstrike" not in [e["type"] for e in evs], type_place(evs)


@pytest.mark.parametrize("text, place", [
    ("المرصد السوري: قوات النظام والمسلحون الموالون لها تسيطر على حي الشعار بعد اشتباكات عنيفة مع الفصائل.",
     "حي الشعار"),
    ("قوات النظام تسيطر على بلدة كفرنبودة بعد معارك عنيفة مع الفصائل استمرت أسبوعاً.", "كفرنبودة"),
])
def test_a_bulletins_lead_in_the_present_is_a_taking(pipe, text, place):
    evs = piped_events(pipe, text, "2016-12-06")
    assert ("territory_change", place) in type_place(evs), type_place(evs)


# ---------------------------------------------------------------- takings told as what befell the people before

@pytest.mark.parametrize("text", [
    "أعدمت ميليشيات موالية للنظام 12 شاباً ميدانياً في حي التضامن جنوب دمشق، بعد اعتقالهم على أحد الحواجز.",
    "أفرجت السلطات عن 23 معتقلاً من سجن عدرا المركزي، بعد سنوات على اعتقالهم.",
    "عثر الأهالي على جثة شاب قرب بلدة جاسم بعد أسابيع من اختطافه على يد مسلحين مجهولين.",
])
def test_a_taking_named_after_bada_with_the_peoples_pronoun_is_no_arrest(pipe, text):
    assert "arrest" not in _types(pipe, text, "2016-12-06"), text


def test_a_taking_after_bada_dated_to_a_day_stays(pipe):
    evs = piped_events(pipe, "توفي المعتقل أحمد الحسن تحت التعذيب بعد اعتقاله يوم الأحد الماضي في مدينة حماة.",
                       "2016-12-06")
    assert "arrest" in [e["type"] for e in evs], type_place(evs)


@pytest.mark.parametrize("text", [
    "داهمت دورية تابعة للأمن العسكري، أمس الاثنين، عدداً من المنازل في حي الكاشف بمدينة درعا بحثاً عن مطلوبين، ثم "
    "انسحبت من الحي دون أن تعتقل أحداً.",
    "نفذت قوات الأمن العام حملة دهم في بلدة الكرك الشرقي، لم تعتقل خلالها أحداً، بحسب ناشطين.",
])
def test_a_raid_that_took_no_one_is_no_arrest(pipe, text):
    assert "arrest" not in _types(pipe, text, "2024-06-25"), text


def test_a_raid_that_took_some_stays(pipe):
    evs = piped_events(pipe, "داهمت قوات النظام بلدة المسيفرة واعتقلت خمسة شبان، دون أن تعتقل أحداً من المطلوبين "
                             "الرئيسيين.", "2024-06-25")
    assert [(e["type"], figure_low(e)) for e in evs] == [("arrest", 5)]


@pytest.mark.parametrize("text, typ, place", [
    ("قتل عنصران من الأمن العام باشتباك مع مطلوبين خلال مداهمة في مدينة جبلة.", "armed_clash", "جبلة"),
    ("أصيب عنصر من الشرطة العسكرية برصاص مطلوب أثناء مداهمة منزله في بلدة قباسين.", None, "قباسين"),
])
def test_a_raid_named_after_khilal_is_when_the_act_happened(pipe, text, typ, place):
    types = _types(pipe, text, "2024-03-05")
    assert "arrest" not in types, types


def test_an_arrest_told_by_its_verb_during_a_raid_stays(pipe):
    evs = piped_events(pipe, "اعتقلت قوات النظام 20 شاباً خلال حملة دهم في بلدة الحراك بريف درعا، اليوم الثلاثاء.",
                       "2024-03-05")
    assert [(e["type"], figure_low(e)) for e in evs] == [("arrest", 20)]


@pytest.mark.parametrize("text", [
    "أصيب ثلاثة مدنيين بانفجار قذيفة من مخلفات الحرب في بلدة كفرنبل.",
    "قتل طفل بانفجار قذيفة هاون قديمة أثناء لعبه قرب منزله في بلدة اللطامنة.",
])
def test_a_shell_that_blew_up_is_the_blast_told_once(pipe, text):
    types = _types(pipe, text, "2024-03-05")
    assert types == ["explosion"], types
