"""Stop 29, helper other: the wordings real reporting uses for `other` (property looted, burnt, demolished or
seized; remains and graves found; returns placed where people returned), for protests told by their slogans or
as a vigil, for takings and deals, and the words of those kinds that tell no event. Our own sentences in several
house styles, run through the whole pipeline; every span checked (piped.py)."""
from __future__ import annotations

import pytest

from piped import piped_events, type_place as _tp


def _events(pipe, text, published="2024-03-05"):
    return piped_events(pipe, text, published)


def _count(e):
    c = e.get("count") or {}
    return c.get("low"), c.get("high")


def _of(evs, typ):
    return [e for e in evs if e["type"] == typ]


# -- property looted, burnt, demolished, seized ---------------------------------------------------------------
@pytest.mark.parametrize("text, place, low", [
    # Kurdish outlet style: «أقدم مسلحون على إحراق N منازل»
    ("أقدم مسلحون من أحد الفصائل على إحراق ثلاثة منازل في قرية معراتة بريف عفرين إثر تهجير سكانها.",
     "معراتة", 3),
    # a plain verb, houses counted after it
    ("أحرقت مجموعة مسلحة مجهولة 6 منازل في بلدة المزيرعة بريف اللاذقية ليل أمس.", "المزيرعة", 6),
    # demolition by a unit, houses counted
    ("هدمت جرافات تابعة للفرقة الرابعة 25 منزلاً في حي جوبر الدمشقي خلال اليومين الماضيين.", "جوبر", 25),
    # houses seized, the object a counted noun
    ("صادرت دوريات فرع الأمن السياسي 9 منازل في بلدة ببيلا تعود لمهجرين إلى الشمال.", "ببيلا", 9),
    # «استولى … على N منزلاً»: houses are no territory
    ("استولى عناصر من الميليشيا على 14 منزلاً في قرية حطلة شرقي دير الزور بعد تهجير سكانها.", "حطلة", 14),
])
def test_property_burnt_demolished_or_seized_is_other(pipe, text, place, low):
    evs = _events(pipe, text)
    oth = _of(evs, "other")
    assert len(oth) == 1 and place in (oth[0]["place"] or {}).get("surface", ""), _tp(evs)
    assert _count(oth[0])[0] == low
    assert not _of(evs, "territory_change"), _tp(evs)


@pytest.mark.parametrize("text, place", [
    # a looting campaign named by its word
    ("شنت عناصر من الميليشيا حملة تعفيش واسعة في بلدة خان شيخون، طالت أثاث المنازل والأدوات الكهربائية.",
     "خان شيخون"),
    # «نهب محتويات»
    ("نهب مسلحون محتويات المحال التجارية في السوق الرئيسي لمدينة صوران بعد انسحاب القوات منها.", "صوران"),
    # farmland confiscated
    ("استولت فصائل مسلحة على أراض زراعية تعود لأهالي قرية كفرصفرة بريف عفرين.", "كفرصفرة"),
])
def test_looting_and_confiscation_are_other(pipe, text, place):
    evs = _events(pipe, text)
    oth = _of(evs, "other")
    assert len(oth) == 1 and place in (oth[0]["place"] or {}).get("surface", ""), _tp(evs)


@pytest.mark.parametrize("text", [
    # weapons seized in a raid on houses: an arrest's detail, not property seized
    "داهمت قوى الأمن منازل مطلوبين في مدينة جاسم وصادرت أسلحة وذخائر من منزل أحدهم.",
    # a robbery of two travellers is no looting of property
    "أوقف مسلحون سيارة على طريق نوى وسرقوا ما بحوزة راكبيها من أموال.",
    # tyres burnt by protesters
    "أحرق محتجون الإطارات في ساحة مدينة شهبا احتجاجاً على انقطاع الكهرباء.",
])
def test_words_of_seizure_and_burning_without_property_are_no_other(pipe, text):
    assert not _of(_events(pipe, text), "other")


# -- remains and graves --------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, place", [
    ("أعلنت لجنة محلية الكشف عن مقبرة جماعية في بلدة عدرا بريف دمشق.", "عدرا"),
    ("أعلن الدفاع المدني الكشف عن رفات سبعة أشخاص في حرستا بريف دمشق.", "حرستا"),
    ("وتمكنت الفرق من الكشف عن مقبرتين جماعيتين قرب قرية الباغوز شرقي دير الزور.", "الباغوز"),
])
def test_a_grave_disclosed_is_other(pipe, text, place):
    evs = _events(pipe, text)
    oth = _of(evs, "other")
    assert len(oth) == 1 and place in (oth[0]["place"] or {}).get("surface", ""), _tp(evs)


# -- returns: where people returned, never where they came from ----------------------------------------------
@pytest.mark.parametrize("text, place, not_place", [
    ("وثّق الفريق أمس عودة 2300 نازح من مخيمات أطمة إلى بلداتهم بريف حماة الشمالي.",
     "ريف حماة الشمالي", "أطمة"),
    ("عاد 800 لاجئ من لبنان إلى بلدة القصير بريف حمص الغربي.", "القصير", "لبنان"),
    ("عادت عشرات العائلات من الأراضي التركية إلى منازلها في مدينة تل أبيض.", "تل أبيض", "التركية"),
])
def test_returns_are_placed_where_people_returned(pipe, text, place, not_place):
    evs = _events(pipe, text)
    oth = _of(evs, "other")
    assert len(oth) == 1, _tp(evs)
    surface = (oth[0]["place"] or {}).get("surface", "")
    assert place in surface and not_place not in surface, _tp(evs)


# -- protests told by their slogans, vigils with a demand ------------------------------------------------------
@pytest.mark.parametrize("text, place", [
    ("ردد العشرات من أهالي بلدة المزيريب هتافات تدعو إلى إطلاق سراح المعتقلين في ساحة البلدة.", "المزيريب"),
    ("رفع أهالي مدينة الأتارب لافتات تندد بالقصف الروسي عقب صلاة الجمعة.", "الأتارب"),
    ("في مدينة سلمية، هتف المحتجون بإسقاط الحكومة ورفعوا صور المعتقلين.", "سلمية"),
    ("شارك العشرات في وقفة وسط مدينة عامودا للمطالبة بالكشف عن مصير المختطفين.", "عامودا"),
])
def test_a_protest_told_by_its_slogans_or_as_a_vigil(pipe, text, place):
    evs = _events(pipe, text)
    pr = _of(evs, "protest")
    assert len(pr) == 1 and place in (pr[0]["place"] or {}).get("surface", ""), _tp(evs)


def test_a_flag_raised_stays_a_taking_not_a_protest(pipe):
    evs = _events(pipe, "دخلت فصائل المعارضة بلدة كفرنبودة ورفعت علم الثورة فوق مبنى البلدية.")
    assert _of(evs, "territory_change") and not _of(evs, "protest"), _tp(evs)


# -- deals: talks, terms and deals named as the frame are no new deal ----------------------------------------
@pytest.mark.parametrize("text", [
    "تستمر المفاوضات بين وجهاء بلدة الضمير والضباط الروس بهدف الوصول إلى اتفاق ينص على إخراج المقاتلين.",
    "وغادرت الحافلات مدينة طفس تطبيقاً لبنود الاتفاق الذي أشرفت عليه اللجنة الأمنية الشهر الماضي.",
    "وجاء خروج المقاتلين من بلدة بيت جن تنفيذاً للاتفاق المبرم مع الجانب الروسي.",
])
def test_a_deal_sought_or_carried_out_is_no_new_agreement(pipe, text):
    assert not _of(_events(pipe, text), "agreement"), _tp(_events(pipe, text))


def test_a_deal_reached_is_still_an_agreement(pipe):
    evs = _events(pipe, "توصلت اللجنة المركزية في مدينة طفس إلى اتفاق مع الضباط الروس يقضي بوقف إطلاق النار، "
                        "مساء اليوم.")
    assert len(_of(evs, "agreement")) == 1, _tp(evs)


# -- takings: an expulsion of a force, not of owners ---------------------------------------------------------
def test_owners_driven_off_their_land_is_no_taking(pipe):
    evs = _events(pipe, "استولى مسلحون على أراض زراعية في قرية ميدانكي بعد طرد مالكيها ومنعهم من قطاف المحصول.")
    assert not _of(evs, "territory_change"), _tp(evs)


@pytest.mark.parametrize("text, place", [
    ("تمكنت الفصائل من طرد تنظيم الدولة من قرية تل مالد شمالي حلب.", "تل مالد"),
    ("أعلنت قسد طرد عناصر التنظيم من بلدة هجين بعد معارك استمرت أسابيع.", "هجين"),
])
def test_a_force_expelled_is_a_taking(pipe, text, place):
    evs = _events(pipe, text)
    tc = _of(evs, "territory_change")
    assert len(tc) == 1 and place in (tc[0]["place"] or {}).get("surface", ""), _tp(evs)


# -- troops carried to a front are a reinforcement; evacuees carried away stay `other` -------------------------
@pytest.mark.parametrize("text, place", [
    ("وصلت حافلات تقل عشرات الجنود إلى جبهات ريف اللاذقية الشمالي قادمة من حمص.", "ريف اللاذقية الشمالي"),
    ("وصلت شاحنات محملة بالعناصر والذخائر إلى محاور جبل الزاوية مساء أمس.", "جبل الزاوية"),
    ("ووصلت باصات تقل مقاتلين من الفرقة 25 إلى خطوط التماس حول بلدة كفرنبل.", "كفرنبل"),
])
def test_troops_arriving_at_a_front_are_a_reinforcement(pipe, text, place):
    evs = _events(pipe, text)
    rf = _of(evs, "reinforcement")
    assert len(rf) == 1 and place in (rf[0]["place"] or {}).get("surface", ""), _tp(evs)
    assert not _of(evs, "defection") and not _of(evs, "other"), _tp(evs)


def test_evacuees_carried_by_bus_stay_other(pipe):
    evs = _events(pipe, "وصلت حافلات تقل مئات المقاتلين وعائلاتهم من مدينة دوما إلى مدينة جرابلس.")
    assert _of(evs, "other") and not _of(evs, "reinforcement"), _tp(evs)


# -- a return named as an aim, a right or a wish is no return ------------------------------------------------
@pytest.mark.parametrize("text", [
    "ناقش المحافظ مع وفد أممي كيفية تيسير رجوع المهجرين إلى بيوتهم في ريف القصير.",
    "أكدت الحكومة أنها ستقدم التسهيلات للراغبين بالعودة إلى منازلهم في مدينة داريا.",
    "دعت المفوضية إلى تأمين عودة آمنة للاجئين إلى بلداتهم في ريف حمص الغربي.",
])
def test_a_return_sought_is_no_return(pipe, text):
    assert not _of(_events(pipe, text), "other"), _tp(_events(pipe, text))


# -- an advance to a town's outskirts is no taking of it when the taking of another place is told --------------
@pytest.mark.parametrize("text, place, not_place", [
    ("تقدمت قوات النظام إلى الأطراف الجنوبية لمدينة خان شيخون، ثم سيطرت على قرية الهبيط.", "الهبيط", "خان شيخون"),
    ("تقدمت الفصائل إلى أطراف مدينة سراقب وسيطرت على قرية النيرب بعد معارك عنيفة.", "النيرب", "سراقب"),
    ("وتقدمت قسد نحو مشارف مدينة الطبقة، وسيطرت على قرية الصفصافة المجاورة.", "الصفصافة", "الطبقة"),
])
def test_the_place_taken_not_the_outskirts_reached(pipe, text, place, not_place):
    evs = _events(pipe, text)
    tc = _of(evs, "territory_change")
    assert len(tc) == 1, _tp(evs)
    surface = (tc[0]["place"] or {}).get("surface", "")
    assert place in surface and not_place not in surface, _tp(evs)


def test_an_advance_alone_keeps_its_place(pipe):
    evs = _events(pipe, "تقدمت قوات النظام إلى بلدة كفرنبودة شمال غربي حماة.")
    tc = _of(evs, "territory_change")
    assert tc and "كفرنبودة" in (tc[0]["place"] or {}).get("surface", ""), _tp(evs)


# -- a force vacating its posts is a withdrawal; a force receiving posts is a handover --------------------------
@pytest.mark.parametrize("text, place", [
    ("أخلت قوات النظام مواقعها في بلدة كفرنبودة وانسحبت باتجاه مدينة حماة.", "كفرنبودة"),
    ("وأخلى عناصر التنظيم مقراتهم في مدينة الميادين ليلاً، بحسب ناشطين.", "الميادين"),
    ("تسلّم الجيش الوطني نقاط قسد في قرية عون الدادات غرب منبج.", "عون الدادات"),
    ("استلمت قوات الأمن العام إدارة معبر نصيب الحدودي صباح اليوم.", "نصيب"),
])
def test_posts_vacated_or_received_change_hands(pipe, text, place):
    evs = _events(pipe, text)
    tc = _of(evs, "territory_change")
    assert len(tc) == 1 and place in (tc[0]["place"] or {}).get("surface", ""), _tp(evs)


@pytest.mark.parametrize("text", [
    "أخلت فرق الهلال الأحمر 30 جريحاً من المدينة المحاصرة.",  # an evacuation, no posts
    "تسلّم ذوو الضحايا جثامين أبنائهم من مشفى المدينة.",  # bodies received, no place taken
])
def test_vacating_or_receiving_without_posts_is_no_taking(pipe, text):
    assert not _of(_events(pipe, text), "territory_change"), _tp(_events(pipe, text))


# -- an exchange told by its verbal noun alone, bodies or prisoners -----------------------------------------------
@pytest.mark.parametrize("text, place", [
    ("جرى تبادل جثث بين الطرفين عند معبر قرب مدينة سراقب.", "سراقب"),
    ("وتم تبادل الأسرى في بلدة قلعة المضيق بوساطة الهلال الأحمر.", "قلعة المضيق"),
    ("أشرفت اللجنة الدولية على مبادلة محتجزين بين الفصيلين في مدينة الباب.", "الباب"),
])
def test_an_exchange_is_other(pipe, text, place):
    evs = _events(pipe, text)
    oth = _of(evs, "other")
    assert len(oth) == 1 and place in (oth[0]["place"] or {}).get("surface", ""), _tp(evs)


def test_an_exchange_of_fire_is_no_exchange_of_prisoners(pipe):
    assert not _of(_events(pipe, "تبادل الطرفان إطلاق النار على أطراف بلدة معرة مصرين."), "other")


# -- a strike told by the shops closed in protest ------------------------------------------------------------
@pytest.mark.parametrize("text, place", [
    ("أغلق التجار في مدينة سرمين متاجرهم، التزاماً بالإضراب العام.", "سرمين"),
    ("أغلقت المحال أبوابها في بلدة القريا احتجاجاً على رفع أسعار المحروقات.", "القريا"),
    ("وأغلق التجار محالهم في سوق مدينة الباب تنديداً بفرض ضرائب جديدة.", "الباب"),
])
def test_shops_closed_in_a_strike_are_a_protest(pipe, text, place):
    evs = _events(pipe, text)
    pr = _of(evs, "protest")
    assert len(pr) == 1 and place in (pr[0]["place"] or {}).get("surface", ""), _tp(evs)


def test_shops_closed_by_order_are_no_protest(pipe):
    evs = _events(pipe, "أغلقت البلدية المحال التجارية في مدينة إعزاز بسبب انتشار الوباء.")
    assert not _of(evs, "protest"), _tp(evs)


# -- a deal named as what people refuse is no deal reached --------------------------------------------------------
@pytest.mark.parametrize("text", [
    "خرجت حافلات تقل الرافضين لاتفاق التسوية من مدينة نوى باتجاه الشمال.",
    "وغادر رافضو التسوية ومعارضي الاتفاق بلدة كفرشمس على دفعتين.",
    "وأعلن عشرات المقاتلين رفضهم لاتفاق التسوية في بلدة محجة.",
])
def test_a_deal_refused_is_no_agreement(pipe, text):
    assert not _of(_events(pipe, text), "agreement"), _tp(_events(pipe, text))


# -- fighters freed or exchanged are counted as fighters, not defectors (types.json other `retype_not`) ---------
@pytest.mark.parametrize("text, place", [
    ("جرت عملية تبادل أسرى قرب مدينة الباب، أطلق بموجبها سراح ثلاثة مقاتلين من الجيش الوطني مقابل خمسة من جنود النظام.",
     "الباب"),
    ("أفرجت هيئة تحرير الشام عن سبعة جنود من قوات النظام في مدينة سرمدا بعد وساطة عشائرية.", "سرمدا"),
    ("أطلقت الفصائل سراح 12 عسكرياً في بلدة الأتارب ضمن صفقة تبادل.", "الأتارب"),
])
def test_soldiers_freed_are_no_defection(pipe, text, place):
    evs = _events(pipe, text)
    assert not _of(evs, "defection"), _tp(evs)
    oth = _of(evs, "other")
    assert oth and place in (oth[0]["place"] or {}).get("surface", ""), _tp(evs)
