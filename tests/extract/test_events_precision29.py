"""Words of killing, fighting and attack where no new incident is told (stop 29, issue 10, helper precision).

Families, each read from real reporting in the pages corpus (SOHR, Daraa 24, Enab Baladi, Syria TV, SANA, Hawar,
North Press, Suwayda 24 …) and tested here on sentences of our own in several house styles:
- a clash in words, votes or law («اشتباك كلامي», «معركة انتخابية», «معركة قانونية»): no fighting;
- a clash to come, feared or avoided («معركة مرتقبة», «هجوم وشيك», «يخشى الأهالي تجدد الاشتباكات», «لتجنب
  مواجهة», «منع انزلاق الطرفين إلى اشتباكات»);
- a rumour («تداولت صفحات أنباء عن…», «أنباء غير مؤكدة عن…»): not a telling;
- an act to come named again by its definite noun («… لشن هجوم. … أن الهجوم يهدف إلى…»);
- the dead described again («أن القتلى من أبناء البلدة», «القتيل من أهالي…»), a penalty passed («حكماً بالإعدام»),
  the circumstances of a killing («ملابسات مقتل…»), the dead a funeral buries («سقطوا في معارك عام …»), an act
  known before named with a relative clause and an old date («بالكمين الذي استهدف … الأسبوع الماضي»), a
  pluperfect biography counted in times («وكان قد جُرح N مرات في معارك … عام …»).
The whole pipeline runs (tagger, places, figures, events); every span is checked (piped.py)."""
from __future__ import annotations

import pytest


from piped import piped_events, type_place


def _types(pipe, text, published="2024-03-05"):
    return [e["type"] for e in piped_events(pipe, text, published)]


# ---------------------------------------------------------------- a clash in words

@pytest.mark.parametrize("text", [
    "شهدت جلسة مجلس مدينة الرقة أمس اشتباكاً كلامياً بين عضوين حول توزيع مادة المازوت على الأحياء.",
    "تحولت الجلسة إلى اشتباك لفظي بين ممثلي الأحزاب في مدينة القامشلي، قبل أن يرفعها رئيس المجلس.",
    "تخوض قوائم الحزب الحاكم معركة انتخابية محسومة في دوائر محافظة طرطوس وسط مقاطعة واسعة.",
    "بدأت عائلات المفقودين معركة قانونية طويلة أمام المحاكم الألمانية لمحاسبة ضباط سابقين من حمص.",
])
def test_a_clash_of_words_votes_or_law_is_no_fighting(pipe, text):
    assert "armed_clash" not in _types(pipe, text), text


def test_a_clash_qualified_by_its_violence_still_is_one(pipe):
    evs = piped_events(pipe, "اندلعت اشتباكات عنيفة بين قوات النظام ومقاتلين محليين داخل مدينة طفس غربي درعا "
                             "صباح اليوم الثلاثاء.", "2024-03-05")
    assert ("armed_clash", "طفس") in type_place(evs)


# ---------------------------------------------------------------- to come, feared, avoided

@pytest.mark.parametrize("text", [
    "تتحدث مصادر محلية عن معركة مرتقبة في ريف إدلب الجنوبي تحضر لها قوات النظام منذ أسابيع.",
    "ذكر قائد في الفصائل أن هجوماً برياً وشيكاً على مدينة منبج بات مسألة وقت.",
    "ويخشى السكان تجدد المواجهات في بلدة الصورة الكبيرة بعد انسحاب الوسطاء من المفاوضات.",
    "وعقد وجهاء المنطقة اجتماعاً لمنع انزلاق العشيرتين إلى اشتباكات في بلدة الشحيل.",
    "وأخلى السكان منازلهم في قرية تل تمر تجنباً لمعارك جديدة بين الطرفين.",
])
def test_a_clash_to_come_feared_or_avoided_did_not_happen(pipe, text):
    assert "armed_clash" not in _types(pipe, text), text


def test_an_act_to_come_named_again_by_its_noun_did_not_happen(pipe):
    text = ("ذكرت مصادر معارضة أن الفصائل تحضر لشن هجوم كبير على نقاط جيش النظام حول مدينة سراقب في الأيام "
            "القادمة. وأوضحت المصادر أن الهجوم يرمي إلى قطع الطريق الدولي.")
    assert "armed_clash" not in _types(pipe, text)


def test_an_act_threatened_then_begun_today_happened(pipe):
    text = ("هددت الفصائل بشن هجوم على نقاط جيش النظام حول مدينة سراقب. وبدأ الهجوم صباح اليوم الثلاثاء "
            "باشتباكات عنيفة على أطراف المدينة.")
    assert "armed_clash" in _types(pipe, text)


# ---------------------------------------------------------------- rumours

@pytest.mark.parametrize("text", [
    "تداولت مواقع التواصل أنباء عن مواجهات بين فصيلين في مدينة الباب، إلا أن مصادر أكدت أن الأمر شجار عائلي.",
    "وتناقل ناشطون أخباراً عن مقتل قيادي في الفصيل بغارة على مدينة سرمدا دون أي تأكيد رسمي.",
    "وسرت أنباء غير مؤكدة عن اشتباكات على أطراف مدينة جاسم مساء أمس.",
])
def test_a_rumour_is_no_telling(pipe, text):
    assert not {"armed_clash", "casualties", "airstrike"} & set(_types(pipe, text)), text


def test_a_video_circulated_of_a_clash_tells_it(pipe):
    text = "تداول ناشطون مقطعاً مصوراً يظهر اشتباكات عنيفة بين مسلحين وعناصر الأمن في مدينة جاسم مساء أمس."
    assert "armed_clash" in _types(pipe, text)


# ---------------------------------------------------------------- the dead described, judged, buried, recalled

@pytest.mark.parametrize("text", [
    "اندلعت اشتباكات عنيفة في بلدة عقرب أمس. وقال ناشطون إن القتلى من أبناء البلدة.",
    "انفجر لغم أرضي بسيارة عسكرية في بادية السخنة اليوم. وذكر المرصد أن القتيل من أهالي مدينة جبلة.",
    "قصفت المدفعية بلدة كنصفرة صباح اليوم. وأوضح الدفاع المدني أن الضحايا هم امرأة وطفلاها.",
])
def test_the_dead_described_again_tell_no_death(pipe, text):
    assert "casualties" not in _types(pipe, text, "2024-02-05"), text


@pytest.mark.parametrize("text", [
    "أصدرت محكمة الجنايات في حلب حكماً بالإعدام على متهمَين بقتل صائغ في حي الجميلية العام الماضي.",
    "وقال محامي العائلة إن المحكوم بالإعدام في قضية مقتل الطبيب نُقل إلى سجن عدرا.",
    "وأكد الوزير أن عقوبة الإعدام ستطال كل من تثبت مشاركته في تفجير مدينة جبلة.",
])
def test_a_death_sentence_is_no_death(pipe, text):
    assert "casualties" not in _types(pipe, text), text


@pytest.mark.parametrize("text", [
    "وثقت الشبكة إعدام التنظيم أربعة شبان بإطلاق النار عليهم في ساحة مدينة الميادين صباح اليوم.",
    "وأقدم عناصر التنظيم على إعدام أربعة شبان في ساحة مدينة الميادين صباح اليوم.",
])
def test_an_execution_told_is_a_death(pipe, text):
    assert "casualties" in _types(pipe, text), text


@pytest.mark.parametrize("text", [
    "أعلنت قيادة الشرطة تشكيل لجنة للوقوف على ملابسات مقتل شاب في ريف حماة الشرقي.",
    "وتتابع النيابة العامة قضية مقتل الطبيب في مدينة السويداء.",
    "وكشف مصدر أمني تفاصيل مقتل المختار في بلدة الجيزة.",
])
def test_the_circumstances_of_a_killing_tell_no_death(pipe, text):
    assert "casualties" not in _types(pipe, text), text


@pytest.mark.parametrize("text", [
    "شيّع أهالي مدينة الصنمين اليوم جثامين ثلاثة مقاتلين لقوا حتفهم عام 2013 خلال مواجهات مع جيش النظام.",
    "شيّعت بلدة كفرنبل رفات خمسة شبان قضوا عام 2015 في قصف على البلدة، بعد التعرف على هوياتهم.",
])
def test_the_dead_a_funeral_buries_years_after_are_no_incident(pipe, text):
    assert not {"armed_clash", "casualties", "shelling"} & set(_types(pipe, text, "2023-09-05")), text


@pytest.mark.parametrize("text", [
    "قدّم المحافظ التعازي لأسر العناصر الذين سقطوا بالكمين الذي استهدف دوريتهم قرب جبلة الأسبوع الماضي.",
    "وزار الوفد جرحى الهجوم الذي استهدف حاجز البلدة الشهر الماضي في مشفى مدينة درعا.",
    "وأحيا الأهالي ذكرى ضحايا الغارة التي استهدفت السوق عام 2016 في مدينة إدلب.",
])
def test_an_act_known_before_named_with_an_old_date_is_no_incident(pipe, text):
    assert not {"armed_clash", "airstrike"} & set(_types(pipe, text, "2025-06-11")), text


def test_an_act_named_with_a_relative_clause_of_yesterday_is_told(pipe):
    text = "وذكر المتحدث أن الغارة التي ضربت محيط كفرنبل أمس لم تسفر عن إصابات."
    assert "airstrike" in _types(pipe, text, "2019-08-12")


def test_a_pluperfect_biography_counted_in_times_is_no_clash(pipe):
    text = "وكان العنصر قد جُرح ثلاث مرات في المعارك بريف حماة عام 2018 قبل نقله إلى بادية تدمر."
    assert "armed_clash" not in _types(pipe, text, "2024-02-05")


# ---------------------------------------------------------------- a death told apart from its act

def _fat(e):
    return (e.get("fatalities") or {}).get("low")


@pytest.mark.parametrize("text,typ,n", [
    ("قصفت قوات النظام بلدة كفرنبل أمس، فقتلت مدنيين اثنين. وذكر الدفاع المدني أن الحصيلة صعدت إلى "
     "ثلاثة قتلى إثر وفاة جريح صباح اليوم في مستشفى مدينة إدلب.", "shelling", 3),
    ("قُتل أربعة مدنيين بغارة روسية على بلدة الهبيط أمس الاثنين. وقال مصدر طبي إن الحصيلة ارتفعت إلى ستة بعد وفاة "
     "جريحين اليوم في مستشفى مدينة خان شيخون.", "airstrike", 6),
])
def test_a_toll_raised_by_the_wounded_dying_later_in_hospital_is_the_acts(pipe, text, typ, n):
    evs = piped_events(pipe, text, "2024-03-05")
    assert [e["type"] for e in evs] == [typ], type_place(evs)
    assert _fat(evs[0]) == n


@pytest.mark.parametrize("text,typ,n", [
    ("قُتل ثلاثة مدنيين أمس جراء غارات جوية على مدينة أريحا. وذكر المرصد اليوم أن مدنياً رابعاً توفي "
     "متأثراً بجروح أصيب بها خلال الغارات نفسها، ليرتفع عدد قتلاها إلى أربعة.", "airstrike", 4),
    ("قُتل خمسة أشخاص بقصف مدفعي على بلدة معرشمشة أمس. وتوفي طفل اليوم متأثراً بجروح أصيب بها في القصف نفسه، "
     "ليرتفع عدد القتلى إلى ستة.", "shelling", 6),
])
def test_the_wounds_he_had_are_no_new_hurt_and_the_toll_rises(pipe, text, typ, n):
    evs = piped_events(pipe, text, "2024-03-05")
    assert [e["type"] for e in evs] == [typ], type_place(evs)
    assert _fat(evs[0]) == n


@pytest.mark.parametrize("text", [
    "ذكرت وكالة سانا أن وحدات الجيش أحبطت هجوماً للإرهابيين على مواقعها قرب بلدة كرناز وقتلت عدداً منهم.",
    "أحبطت قوى الأمن الداخلي هجوماً لمسلحين مجهولين على نقطة تفتيش في مدخل بلدة الصنمين مساء أمس.",
    "أفشلت الفصائل هجوماً لقوات النظام على محور كبانة بريف اللاذقية فجر اليوم.",
])
def test_an_attack_fought_off_is_a_clash(pipe, text):
    evs = piped_events(pipe, text, "2024-03-05")
    assert [e["type"] for e in evs] == ["armed_clash"], type_place(evs)


@pytest.mark.parametrize("text", [
    "تصدى عناصر الحاجز لهجوم مسلحين على مدخل بلدة داعل وقتلوا اثنين منهم، فيما أصيب أربعة عناصر بجروح.",
    "اندلعت اشتباكات بين الفصائل وجيش النظام عند محور قرية الفطيرة، فيما أصيب ثلاثة مقاتلين بجروح متوسطة.",
])
def test_a_clashs_wounded_after_fima_are_its_own(pipe, text):
    evs = piped_events(pipe, text, "2024-03-05")
    assert [e["type"] for e in evs] == ["armed_clash"], type_place(evs)


def test_wounded_with_a_cause_and_a_place_of_their_own_are_another_story(pipe):
    text = ("اندلعت اشتباكات بين الفصائل وجيش النظام عند محور قرية الفطيرة، فيما أصيب ثلاثة مدنيين برصاص قناص في "
            "مدينة كفرنبل.")
    assert sorted(e["type"] for e in piped_events(pipe, text, "2024-03-05")) == ["armed_clash", "casualties"]


@pytest.mark.parametrize("text", [
    "وثقت الشبكة مقتل 35 شخصاً في درعا وريفها خلال شهر أيار الفائت، منهم 20 قتلوا برصاص مجهولين أو بعبوات ناسفة.",
    "سجل المكتب مقتل 27 شخصاً في ريف دير الزور خلال الشهر الماضي، بينهم 12 قضوا بإطلاق نار مباشر أو بانفجار ألغام.",
])
def test_the_means_of_a_part_of_a_months_toll_type_nothing(pipe, text):
    evs = piped_events(pipe, text, "2024-06-05")
    assert [e["type"] for e in evs] == ["casualties"], type_place(evs)


@pytest.mark.parametrize("text,typ", [
    ("هاجم مسلحون من العشائر مواقع لقسد في بلدة الشحيل فجر اليوم، واندلعت اشتباكات أسفرت عن مقتل ثلاثة عناصر. "
     "وتأتي المواجهات بعد يومين من اعتقال قيادي عشائري في مدينة الحسكة.", "armed_clash"),
    ("قصفت المدفعية التركية قرية أم الكيف صباح اليوم. ويأتي القصف بعد ساعات من هجوم بطائرة مسيرة على نقطة تركية "
     "في محيط رأس العين.", "shelling"),
])
def test_an_act_set_in_its_time_by_yati_is_the_act_told_before(pipe, text, typ):
    evs = [e for e in piped_events(pipe, text, "2024-03-05") if e["type"] == typ]
    assert len(evs) == 1, type_place(evs)


@pytest.mark.parametrize("text", [
    "تم التوصل إلى هدنة لمدة يومين في بلدة مضايا تسمح بإدخال المساعدات وإجلاء الجرحى.",
    "وطالبت المنظمة بفتح ممر آمن لإسعاف الجرحى في مدينة دوما.",
    "وأعلنت المديرية تخصيص مشفى ميداني لعلاج الجرحى في مدينة إدلب.",
])
def test_the_wounded_cared_for_tell_no_hurt(pipe, text):
    assert "casualties" not in _types(pipe, text), text


# ---------------------------------------------------------------- remembered, mourned, charged, going on for weeks

@pytest.mark.parametrize("text", [
    "أحيا سكان مدينة داريا ذكرى المجزرة التي نفذتها قوات الأسد في المدينة صيف عام 2012 وقتل فيها "
    "مئات المدنيين.",
    "وفي مثل هذا اليوم من عام 2013 قصفت قوات النظام الغوطة الشرقية بالسلاح الكيميائي فقتلت أكثر من 1400 شخص.",
    "نظم ناشطون وقفة في مدينة أعزاز بذكرى مقتل 40 مدنياً بغارات روسية على سوق المدينة قبل ست سنوات.",
])
def test_an_anniversary_remembers_no_incident(pipe, text):
    assert not {"casualties", "shelling", "airstrike"} & set(_types(pipe, text)), text


def test_news_told_beside_an_anniversary_after_fima_is_told(pipe):
    text = ("أحيا الأهالي ذكرى المجزرة في بلدة التريمسة، فيما قُتل شاب برصاص قناص في البلدة صباح اليوم الثلاثاء.")
    assert "casualties" in _types(pipe, text)


@pytest.mark.parametrize("text", [
    "وأقام ذوو الضحايا مجلس عزاء في بلدة الحراك، فيما توافد المئات لتقديم التعازي بالشبان الثلاثة الذين قتلوا في الكمين.",
    "وقدم وفد من الوجهاء التعازي لعائلة المختار الذي اغتيل في بلدة المليحة.",
    "ونعى الفصيل في بيان مقاتليه الذين قتلوا في المعارك على محور الراشدين.",
])
def test_the_mourned_dead_are_no_death_told(pipe, text):
    assert not {"casualties", "armed_clash"} & set(_types(pipe, text)), text


@pytest.mark.parametrize("text", [
    "وأصدرت المحكمة العسكرية أحكاماً بالسجن على خمسة عناصر أدينوا بقتل مدنيين خلال أحداث الساحل في آذار الماضي.",
    "ويحاكم القضاء الألماني ضابطاً سابقاً بتهمة تعذيب معتقلين وقتلهم في فرع الخطيب بدمشق.",
    "وأحالت النيابة ثلاثة متهمين بقتل صائغ في حي الميدان إلى محكمة الجنايات.",
])
def test_a_charge_of_killing_is_no_death_told(pipe, text):
    assert "casualties" not in _types(pipe, text), text


@pytest.mark.parametrize("text", [
    "وتتواصل الاشتباكات المتقطعة بين الطرفين على محاور ريف حلب الشرقي منذ أسابيع دون تغير في خريطة السيطرة.",
    "ويستمر تبادل القصف على جبهات ريف إدلب الجنوبي منذ أشهر.",
])
def test_fighting_going_on_for_weeks_is_a_state(pipe, text):
    assert not {"armed_clash", "shelling"} & set(_types(pipe, text)), text


def test_fighting_going_on_since_yesterday_is_news(pipe):
    text = "وتتواصل الاشتباكات العنيفة بين الطرفين على أطراف بلدة تادف منذ يومين."
    assert "armed_clash" in _types(pipe, text)


@pytest.mark.parametrize("text", [
    "وتبنى التنظيم عبر معرفاته الهجوم الذي استهدف دورية للجيش قرب بلدة السخنة الأسبوع الماضي.",
    "وقالت الوزارة إن التحقيقات في الكمين الذي استهدف الحافلة على طريق تدمر الشهر الماضي كشفت هوية المنفذين.",
])
def test_the_relative_clause_of_a_known_act_tells_it_no_more(pipe, text):
    assert "armed_clash" not in _types(pipe, text), text


@pytest.mark.parametrize("text", [
    "وأكد الوزير أن الجيش في حالة اشتباك دائم مع الخلايا الإرهابية في البادية.",
    "وتعيش القرى الحدودية حالة مواجهة دائمة مع عصابات التهريب في ريف حمص الغربي.",
])
def test_a_lasting_state_of_fighting_is_no_incident(pipe, text):
    assert "armed_clash" not in _types(pipe, text), text
