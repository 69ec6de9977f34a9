"""Stop 28, helper people: coverage of the wordings real reporting uses for arrests, defections, desertion,
protests and `other` (displacement, returns, evacuations, bodies found, releases, siege deaths), and of the
words of those kinds that tell no event. Our own sentences in several house styles, run through the whole
pipeline; every span checked (piped.py)."""
from __future__ import annotations

import pytest

from piped import piped_events, type_place as _tp


def _events(pipe, text, published="2024-03-05"):
    return piped_events(pipe, text, published)


def _count(e):
    c = e.get("count") or {}
    return c.get("low"), c.get("high")


# -- protests: a crowd gathering with a protest's words, a march named as a protest ---------------------------
@pytest.mark.parametrize("text, place, low", [
    # local network style: «تجمعت حشود أمام … مرددين هتافات»
    ("تجمعت حشود أمام مبنى البلدية في مدينة جرمانا ظهر اليوم، مرددين هتافات تندد بانقطاع المياه.",
     "جرمانا", None),
    # a gathering named as a protest
    ("نفذ قرابة 150 شخصاً تجمعاً احتجاجياً في مدينة صلخد للمطالبة بتحسين الخدمات.", "صلخد", 150),
    # plural verb, banners
    ("وتجمعوا عصر أمس في بلدة القريتين رافعين لافتات تطالب بإعادة فتح الطريق.", "القريتين", None),
    # Kurdish outlet style: «تجمهر … منددين»
    ("تجمهر العشرات من أهالي بلدة الدرباسية أمام مقر المجلس المحلي منددين بقرار رفع أسعار الخبز.",
     "الدرباسية", 20),
    # a march named as a protest
    ("خرجت مسيرة احتجاجية في مدينة السلمية مساء اليوم شارك فيها المئات من طلاب المعاهد.", "السلمية", None),
])
def test_gatherings_and_marches_are_protests(pipe, text, place, low):
    evs = [e for e in _events(pipe, text) if e["type"] == "protest"]
    assert len(evs) == 1 and place in (evs[0]["place"] or {}).get("surface", ""), _tp(evs)
    if low is not None:
        assert _count(evs[0])[0] == low


@pytest.mark.parametrize("text", [
    # a welcome
    "احتشد المئات من أهالي بلدة الشحيل لاستقبال أبنائهم العائدين من السجون وسط أجواء من الفرح.",
    # a celebration
    "تجمهر الأهالي في ساحة مدينة الميادين احتفالاً بعودة التيار الكهربائي بعد انقطاع طويل، مرددين الأهازيج.",
    # a funeral crowd
    "احتشد الآلاف في بلدة الغارية الشرقية لتشييع جثمان الشاب الذي قضى أمس.",
    # a bread queue: a crowd with no protest word
    "تجمعت أعداد كبيرة من الأهالي أمام فرن حي الميدان منذ ساعات الفجر للحصول على ربطات الخبز.",
])
def test_crowds_that_are_not_protests(pipe, text):
    assert not [e for e in _events(pipe, text) if e["type"] == "protest"]


@pytest.mark.parametrize("text", [
    "وصلت 40 عائلة جديدة إلى مخيمات النزوح قرب بلدة أطمة خلال الأسبوع الماضي.",
    "افتتحت المنظمة مدرسة جديدة في أحد مخيمات النازحين بريف عفرين.",
    "اندلع حريق في مخيم للاجئين السوريين شرقي لبنان دون وقوع إصابات.",
])
def test_a_camp_of_the_displaced_is_not_a_displacement(pipe, text):
    evs = _events(pipe, text)
    assert not [e for e in evs if e["type"] == "other" and e["trigger"] in ("نزوح", "النزوح", "النازحين", "للاجئين",
                                                                          "اللاجئين", "لاجئين")], _tp(evs)


# -- other: returns told with a feminine or «مناطق» possessive; leaving homes; hunger deaths; evacuated wounded ----
@pytest.mark.parametrize("text, place", [
    # SANA style, a feminine subject with its own pronoun
    ("حمص-سانا\nعادت 230 أسرة مهجرة إلى منازلها في بلدة الحصن بريف حمص الغربي اليوم.", "الحصن"),
    # «بدأت … بالعودة إلى قراها»
    ("بدأت عشرات العائلات بالعودة إلى قراها في منطقة الحولة بعد توقف المعارك.", "الحولة"),
    # «مناطقهم»
    ("عاد هذا الأسبوع نحو 700 نازح إلى مناطقهم بريف دير الزور الشرقي.", "ريف دير الزور الشرقي"),
])
def test_returns_with_every_possessive(pipe, text, place):
    evs = [e for e in _events(pipe, text) if e["type"] == "other"]
    assert len(evs) == 1 and place in (evs[0]["place"] or {}).get("surface", ""), _tp(evs)


@pytest.mark.parametrize("text, place", [
    ("اضطرت مئات العائلات في بلدة كفرنبودة إلى ترك منازلها هرباً من القصف المدفعي.", "كفرنبودة"),
    ("وترك سكان قرية الحويز بيوتهم خلال الليل بعد اقتراب المعارك منها.", "الحويز"),
    ("غادرت العائلات مساكنها في حي الشيخ مقصود صباح اليوم متجهة نحو عفرين.", "الشيخ مقصود"),
])
def test_leaving_homes_is_a_displacement(pipe, text, place):
    evs = [e for e in _events(pipe, text) if e["type"] == "other"]
    assert len(evs) == 1 and place in (evs[0]["place"] or {}).get("surface", ""), _tp(evs)


def test_leaving_posts_is_still_a_desertion(pipe):
    evs = _events(pipe, "ترك عشرات العناصر مواقعهم في مطار الضبعة العسكري وعادوا إلى قراهم.")
    assert "desertion" in [e["type"] for e in evs], _tp(evs)


@pytest.mark.parametrize("text, place, low", [
    ("قالت الهيئة الطبية إن خمسة مدنيين توفوا جوعاً في مخيم اليرموك المحاصر خلال الأيام الثلاثة الماضية.",
     "مخيم اليرموك", 5),
    ("توفيت طفلة رضيعة بسبب سوء التغذية في بلدة بقين المحاصرة، بحسب ناشطين.", "بقين", None),
    ("وسجلت مدينة دوما 12 حالة وفاة جديدة بسبب نقص الغذاء والأدوية، وفق المكتب الطبي.", "دوما", 12),
])
def test_hunger_deaths_under_siege(pipe, text, place, low):
    evs = [e for e in _events(pipe, text) if e["type"] == "other"]
    assert len(evs) == 1 and place in (evs[0]["place"] or {}).get("surface", ""), _tp(evs)
    if low is not None:
        assert _count(evs[0])[0] == low


def test_a_death_of_illness_elsewhere_is_not_a_siege_death(pipe):
    evs = _events(pipe, "توفي الفنان المعروف في أحد مشافي العاصمة دمشق عن عمر ناهز 80 عاماً.")
    assert not [e for e in evs if e["type"] == "other"]


@pytest.mark.parametrize("text", [
    "أجلى الهلال الأحمر 35 جريحاً ومريضاً من بلدة مضايا إلى مشافي دمشق.",
    "وأجلت فرق الإسعاف 18 جريحا ومريضا من حي الوعر مساء أمس.",
])
def test_evacuated_wounded_and_sick_are_the_evacuation_figure(pipe, text):
    evs = _events(pipe, text)
    assert [e["type"] for e in evs] == ["other"], _tp(evs)
    assert _count(evs[0])[0] in (35, 18)


def test_a_gathering_word_in_a_body_s_name_leaves_the_source_whole(pipe):
    evs = _events(pipe, "قال المتحدث باسم تجمع «ثوار القلمون» إن تسعة شبان اعتقلوا في يبرود.")
    assert [e["type"] for e in evs] == ["arrest"] and "ثوار القلمون" in evs[0]["reported_by"]["surface"]


# -- arrests: abduction verbs, «دهمت»; a kidnapping for ransom is `other` ---------------------------------------
@pytest.mark.parametrize("text, place", [
    # Daraa network style: the verbal noun with its doers before it
    ("أقدم ملثمون مساء أمس على خطف طالب جامعي من أمام منزله في مدينة إنخل.", "إنخل"),
    # feminine subject
    ("خطفت مجموعة مسلحة سائق سيارة أجرة على طريق مدينة الصنمين ليل أمس.", "الصنمين"),
    # plural subject with an object pronoun
    ("وذكر المرصد أن مسلحين اعترضوا الشاب في بلدة الكرك الشرقي وخطفوه إلى جهة مجهولة.", "الكرك الشرقي"),
    # «دهمت … واحتجزت»
    ("دهمت دورية للأمن العسكري منزلاً في حي القصور بمدينة حماة فجر اليوم.", "القصور"),
])
def test_abductions_and_raids_are_arrests(pipe, text, place):
    evs = [e for e in _events(pipe, text) if e["type"] == "arrest"]
    assert len(evs) == 1 and place in (evs[0]["place"] or {}).get("surface", ""), _tp(_events(pipe, text))


# -- defection by joining the other side; desertion from a barracks with its possessive --------------------------
@pytest.mark.parametrize("text", [
    "فرّ سبعة مجندين من ثكنتهم في معسكر الدريج بريف دمشق ليل أمس.",
    "هرب خمسة عناصر من قطعتهم العسكرية في ريف اللاذقية ولجؤوا إلى قرية مجاورة.",
    "وأكدت المصادر فرار عشرة جنود من مواقعهم على جبهة الزارة.",
])
def test_fleeing_one_s_barracks_is_a_desertion(pipe, text):
    assert "desertion" in [e["type"] for e in _events(pipe, text)]


# -- modality: a rule forbidding an act, a warning, an act said to be near ------------------------------------------
@pytest.mark.parametrize("text", [
    "أصدرت المحافظة قراراً يمنع أي تظاهر أو تجمع في الساحات العامة دون إذن مسبق.",
    "ينص القانون الجديد على حظر توقيف الصحفيين بسبب عملهم.",
    "وقالت الوزارة إن القانون يعاقب على الاعتقال التعسفي بالسجن حتى عشر سنوات.",
    "حذرت منظمات إنسانية من موجة نزوح واسعة في ريف إدلب الجنوبي.",
    "غادر الشاب البلاد خوفاً من اعتقاله على الحواجز.",
    "يترقب الأهالي قرب إعلان تسوية أوضاع المطلوبين في بلدة الحارة.",
    "تتحدث مصادر محلية عن قرب صدور قرار بإجلاء العائلات من مخيم الهول.",
])
def test_forbidden_warned_and_near_acts_did_not_happen(pipe, text):
    evs = [e for e in _events(pipe, text) if e["type"] in ("arrest", "protest", "other", "desertion")]
    assert not evs, _tp(evs)


def test_forces_stopping_protesters_leave_the_protest_asserted(pipe):
    evs = _events(pipe, "منعت الشرطة عشرات الشبان الذين خرجوا في مظاهرة ببلدة جاسم من الوصول إلى ساحة البلدة.")
    assert "protest" in [e["type"] for e in evs], _tp(evs)


# -- other (lemmas): refuge across a border or in camps, arrival in flight, bodies found by «وجد», a release ----------
@pytest.mark.parametrize("text, place, low", [
    ("لجأت نحو 400 عائلة من بلدة تلكلخ إلى الأراضي اللبنانية هرباً من القصف.", "تلكلخ", 400),
    ("ولجأ أكثر من ألفي مدني من مدينة جسر الشغور إلى المخيمات الحدودية خلال يومين.", "جسر الشغور", 2000),
    ("وصل ما يزيد على 3 آلاف مدني من ريف الرقة إلى مدينة الطبقة هرباً من المعارك.", "ريف الرقة", 3000),
])
def test_refuge_and_arrival_in_flight_are_displacements(pipe, text, place, low):
    evs = [e for e in _events(pipe, text) if e["type"] == "other"]
    assert len(evs) == 1 and place in (evs[0]["place"] or {}).get("surface", ""), _tp(evs)
    assert _count(evs[0])[0] == low


@pytest.mark.parametrize("text, place", [
    ("عثر رعاة على جثتي شابين في حقل قمح قرب بلدة صيدا شرقي درعا.", "صيدا"),
    ("ووُجدت جثة رجل مسن مقتولاً داخل منزله في حي الزهراء بحمص.", "الزهراء"),
    ("وتم إخلاء سبيل 30 معتقلاً في مدينة درعا بموجب التسوية.", "درعا"),
])
def test_bodies_found_and_releases(pipe, text, place):
    evs = [e for e in _events(pipe, text) if e["type"] == "other"]
    assert len(evs) == 1 and place in (evs[0]["place"] or {}).get("surface", ""), _tp(evs)


def test_found_without_bodies_is_nothing_found(pipe):
    assert not [e for e in _events(pipe, "وجد الوفد في المقترح الروسي فرصة لإنهاء الحصار عن المدينة.")
                if e["type"] == "other"]


@pytest.mark.parametrize("text, place", [
    ("احتج العشرات من أهالي بلدة الكسوة على انقطاع الكهرباء أمام مبنى البلدية.", "الكسوة"),
    ("وأهالي قرية الشيخ بدر احتجوا صباح اليوم على رفع أسعار المحروقات.", "الشيخ بدر"),
])
def test_a_crowd_protesting_by_its_verb(pipe, text, place):
    evs = [e for e in _events(pipe, text) if e["type"] == "protest"]
    assert len(evs) == 1 and place in (evs[0]["place"] or {}).get("surface", ""), _tp(evs)


def test_a_ministry_protesting_is_no_protest(pipe):
    assert not [e for e in _events(pipe, "احتجت وزارة الخارجية التركية على تصريحات السفير الإيراني.")
                if e["type"] == "protest"]


# -- arrests by «قبض على» and «اقتياد»; pro-government marches; joining the rebels -------------------------------
@pytest.mark.parametrize("text, typ, place", [
    ("قُبض على ثلاثة مطلوبين في ريف حماة الشمالي مساء أمس.", "arrest", "ريف حماة الشمالي"),
    ("وقبضت دورية للأمن الداخلي على مروج مخدرات في حي الميدان.", "arrest", "الميدان"),
    ("أقدمت دورية على اقتياد ثلاثة شبان من حي الشيخ مقصود إلى جهة مجهولة.", "arrest", "الشيخ مقصود"),
    ("خرجت مسيرات تأييد حاشدة في مدينة طرطوس اليوم.", "protest", "طرطوس"),
    ("والتحق الملازم أول بالثوار في ريف إدلب مع عدد من عناصره.", "defection", "ريف إدلب"),
])
def test_more_verbs_of_the_people_kinds(pipe, text, typ, place):
    evs = _events(pipe, text)
    assert [e["type"] for e in evs] == [typ] and place in (evs[0]["place"] or {}).get("surface", ""), _tp(evs)


@pytest.mark.parametrize("text", [
    "قبض الموظف راتبه في نهاية الشهر.",
    "التحق الطلاب بمدارسهم في مدينة حلب.",
])
def test_the_same_verbs_in_everyday_senses(pipe, text):
    assert not _events(pipe, text)


def test_the_men_taken_away_after_their_arrest_are_one_arrest(pipe):
    evs = _events(pipe, "داهمت قوات النظام بلدة ببيلا واعتقلت 30 شاباً، وجرى اقتيادهم إلى فرع الأمن العسكري.")
    assert [e["type"] for e in evs] == ["arrest"] and _count(evs[0])[0] == 30


@pytest.mark.parametrize("text, place", [
    ("قال ناشطون إن 8 جنود انشقوا عن حاجز بلدة الغنطو والتحقوا بالثوار في ريف حمص الشمالي.", "الغنطو"),
    ("أعلن ضابطان انشقاقهما عن الفرقة الرابعة في بلدة المعضمية والتحاقهما بالثوار في الغوطة.", "المعضمية"),
])
def test_joining_told_after_the_defection_is_where_they_went(pipe, text, place):
    evs = _events(pipe, text)
    assert [e["type"] for e in evs] == ["defection"] and place in (evs[0]["place"] or {}).get("surface", ""), _tp(evs)


# -- other: deportations, evacuations by «إخلاء/أخلى», an exchange by «عملية تبادل» -----------------------------------
@pytest.mark.parametrize("text, place", [
    ("رحّلت السلطات التركية 150 لاجئاً سورياً عبر معبر باب الهوى خلال يومين.", "باب الهوى"),
    ("بدأت فرق الهلال الأحمر إخلاء المدنيين من حي الوعر في حمص.", "الوعر"),
    ("جرت عملية تبادل بين الفصائل وقوات النظام في معبر أبو الزندين شملت 12 أسيراً.", "أبو الزندين"),
])
def test_deportations_evacuations_and_exchanges(pipe, text, place):
    evs = [e for e in _events(pipe, text) if e["type"] == "other"]
    assert len(evs) == 1 and place in (evs[0]["place"] or {}).get("surface", ""), _tp(evs)


@pytest.mark.parametrize("text", [
    "رحل الفنان السوري عن عالمنا في دمشق.",
    "أخلت الشرطة العسكرية الروسية نقاطها في مطار القامشلي.",
])
def test_departures_and_posts_left_are_not_other(pipe, text):
    assert not [e for e in _events(pipe, text) if e["type"] == "other"]


# -- a defector described in another act ---------------------------------------------------------------------------
@pytest.mark.parametrize("text, typ", [
    ("تعرض ضابط منشق عن جيش النظام للاعتقال عند حاجز قرب مدينة الصنمين.", "arrest"),
    ("اعتقلت دورية للمخابرات الجوية مجنداً منشقاً في بلدة الحارة شمال درعا.", "arrest"),
    ("قُتل عسكري منشق برصاص مجهولين في بلدة اليادودة قرب درعا.", None),
])
def test_a_defector_named_in_another_act_is_no_defection(pipe, text, typ):
    types = [e["type"] for e in _events(pipe, text)]
    assert types and (typ is None or typ in types) and "defection" not in types, types


def test_defectors_arriving_are_still_a_defection(pipe):
    evs = _events(pipe, "وصل 11 عسكرياً منشقاً إلى مخيم الضباط بولاية هاتاي بعد عبورهم الحدود من قرية عين البيضا.")
    assert "defection" in [e["type"] for e in evs]
