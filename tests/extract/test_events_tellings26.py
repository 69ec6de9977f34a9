"""Who says so, and how tellings join (stop 26, issue 10, helper tellings): a sentence that sums up
the report before it («وبذلك يرتفع…») keeps that report's source. Our own sentences in several house
styles; layers by hand."""
from __future__ import annotations

import pytest

from marsad.document import Document
from marsad.extract.events import EventExtractor

from test_events import _asserted, _doc, _rb, _run


@pytest.fixture(scope="module")
def ex():
    return EventExtractor()


def _piped(pipe, text, published="2024-03-05", outlet="منصة المثال"):
    """The asserted events of the whole pipeline (tagger, places, figures, events), every span checked."""
    d = Document(text, published=published, outlet=outlet)
    pipe(d)
    for e in d["events"]:
        rb = e["reported_by"] or {}
        if "start" in rb:
            assert d.text[rb["start"]:rb["end"]] == rb["surface"]
    return _asserted(d["events"])


def _sources(ex, text, **layers):
    """(type, count or fatalities low, source as it reads, outlet flag) of the asserted events."""
    evs = _asserted(_run(ex, _doc(text, **layers)))
    return sorted(((e["type"], ((e["count"] or e["fatalities"]) or {}).get("low"), _rb(e),
                    bool((e["reported_by"] or {}).get("outlet"))) for e in evs), key=lambda x: (x[0], x[1] or 0))


# -- a sum drawn from the report before ------------------------------------------------------------------
def test_a_running_toll_after_a_tally_keeps_the_tally_source(ex):
    # SOHR house style: the tallying verb names the observatory, the next sentence sums up
    t = ("رصد المرصد السوري لحقوق الإنسان مقتل 7 عناصر من قوات النظام بهجوم لخلايا التنظيم في بادية تدمر. "
         "وبذلك، يرتفع إلى 940 عدد قتلى قوات النظام في البادية منذ مطلع العام.")
    got = _sources(ex, t, quantities=[("7", 7, 7, "عنصر"), ("940", 940, 940, "قتيل")],
                   places=[("بادية تدمر", "B1", "Palmyra desert", "Homs", "region"),
                           ("البادية", "B2", "Syrian desert", None, "region")])
    assert ("casualties", 940, "المرصد السوري لحقوق الإنسان", False) in got


def test_a_sum_of_defectors_after_a_closing_source_keeps_it(ex):
    # a news site: the source closes the sentence with what it was told, the outlet named after «لـ»
    t = ("وصل المقدم فراس العلي إلى الأراضي الأردنية بعد إعلانه الانشقاق عن قوات النظام في درعا، "
         "بحسب ما أكده ناشط في المدينة للموقع. وبهذا يرتفع إلى 19 عدد الضباط المنشقين الذين وصلوا إلى المخيم منذ الصيف.")
    got = _sources(ex, t, quantities=[("19", 19, 19, "ضابط")], places=[("درعا", "D1", "Daraa", "Daraa", "city")])
    assert all(src == "ناشط في المدينة" and not outlet for _, _, src, outlet in got)
    assert any(c == 19 for _, c, _, _ in got)


def test_a_sum_after_a_reporter_keeps_the_reporter(ex):
    # a Kurdish agency style: the agency's reporter opens the report
    t = ("أفاد مراسل وكالة هاوار بأن 5 مقاتلين قتلوا في هجوم لمرتزقة داعش على قرية الدشيشة. "
         "وبذلك تصل حصيلة قتلى الهجمات على المنطقة منذ بداية الشهر إلى 23.")
    got = _sources(ex, t, quantities=[("5", 5, 5, "مقاتل"), ("23", 23, 23, "قتيل")],
                   places=[("الدشيشة", "H1", "Ad-Dashisha", "Al-Hasakah")])
    assert got and all(src.startswith("مراسل وكالة هاوار") and not outlet for _, _, src, outlet in got)


# -- a next sentence's source and the lead: a definite noun that comes back to something else ------------
def _lead(ex, text, lead_type, **layers):
    evs = _asserted(_run(ex, _doc(text, **layers)))
    e = next(e for e in evs if e["type"] == lead_type)
    return _rb(e), bool((e["reported_by"] or {}).get("outlet"))


def test_a_party_summing_up_its_campaign_does_not_report_the_lead(ex):
    # Anadolu style: the lead is the outlet's; the ministry's sentence comes back to the campaign, not the taking
    t = ("سيطرت فصائل الجيش الوطني السوري، اليوم الأحد، على قرية تل خنزير شرقي رأس العين ضمن عملية «نبع السلام». "
         "وقالت وزارة الدفاع التركية في بيان إن عدد الإرهابيين المحيدين منذ انطلاق العملية بلغ 480 إرهابياً.")
    got = _lead(ex, t, "territory_change", quantities=[("480", 480, 480, "إرهابي")],
                places=[("تل خنزير", "T1", "Tell Khanzir", "Al-Hasakah"),
                        ("رأس العين", "T2", "Ras al-Ain", "Al-Hasakah", "city")])
    assert got == ("منصة المثال", True)


def test_a_command_tallying_its_operation_does_not_report_the_lead(ex):
    # SANA style: «في إطار عملية …», then the command's figure for the whole operation
    t = ("استعادت وحدات من جيشنا الباسل السيطرة على بلدة الحويجة في إطار عملية «فجر الجزيرة». "
         "وأعلنت القيادة العامة للجيش أن العملية أسفرت منذ بدايتها عن تطهير 40 قرية من الإرهاب.")
    got = _lead(ex, t, "territory_change", quantities=[("40", 40, 40, "قرية")],
                places=[("الحويجة", "T3", "Al-Huwayjah", "Deir ez-Zor")])
    assert got == ("منصة المثال", True)


def test_the_lead_act_named_again_or_a_reporter_going_on_reports_the_lead(ex):
    # the noun comes back to the lead's own act: the civil defence reports the strike, even with a figure of its own
    t = ("قُتل ستة مدنيين بغارة جوية روسية على بلدة كفرنبل صباح اليوم. "
         "وقال الدفاع المدني السوري إن الغارة أسفرت أيضاً عن إصابة 11 شخصاً.")
    got = _lead(ex, t, "airstrike", quantities=[("ستة", 6, 6, "مدني"), ("11", 11, 11, "شخص")],
                places=[("كفرنبل", "K1", "Kafr Nabl", "Idlib")])
    assert got == ("الدفاع المدني السوري", False)
    # the outlet's own reporter files the whole story, the campaign's figure too
    t = ("سيطرت فصائل الجيش الوطني، اليوم، على قرية كورزيليه ضمن عملية «غصن الزيتون». "
         "وأفاد مراسل الأناضول بأن القوات سيطرت منذ انطلاق العملية على 30 قرية.")
    got = _lead(ex, t, "territory_change", quantities=[("30", 30, 30, "قرية")],
                places=[("كورزيليه", "K2", "Kurzeleh", "Aleppo")])
    assert got == ("مراسل الأناضول", False)


# -- a document that enacts is its issuer's act, not his report ------------------------------------------
def test_a_decree_issuer_is_its_doer_not_its_source(ex):
    # SANA style, no source named: the outlet
    t = ("أصدر السيد الرئيس بشار الأسد اليوم مرسوماً تشريعياً يقضي بمنح عفو عام عن جرائم الفرار الداخلي "
         "والخارجي المرتكبة قبل تاريخه.")
    evs = _asserted(_run(ex, _doc(t)))
    assert [(e["type"], e["reported_by"]) for e in evs] == [("desertion", {"surface": "منصة المثال", "outlet": True})]
    assert any(a["role"] == "agent" and a["surface"].endswith("بشار الأسد") for a in evs[0]["actors"])
    # Enab Baladi style: the presidency's channels, named after it, tell it
    t = ("أصدر رئيس النظام السوري، بشار الأسد، اليوم الأحد، مرسوماً تشريعياً بعفو عام عن مرتكبي جرائم الفرار "
         "من الخدمة العسكرية، وفق ما نشرته الرئاسة السورية عبر معرفاتها الرسمية.")
    assert [(e["type"], _rb(e)) for e in _asserted(_run(ex, _doc(t)))] == [("desertion", "الرئاسة السورية")]
    # a decision of a ministry, with «قرار»
    t = "أصدرت وزارة الدفاع السورية، أمس، قراراً يقضي بمنح عفو عن الفارين من الخدمة الإلزامية إذا سلموا أنفسهم خلال شهرين."
    evs = _asserted(_run(ex, _doc(t)))
    assert evs and all(e["reported_by"] == {"surface": "منصة المثال", "outlet": True} for e in evs)


def test_a_statement_issuer_still_reports_it(ex):
    t = ("أصدرت الهيئة العامة للثورة السورية بياناً، اليوم الخميس، أعلنت فيه انشقاق 14 عنصراً من الأمن العسكري "
         "في مدينة تلبيسة.")
    got = _sources(ex, t, quantities=[("14", 14, 14, "عنصر")], places=[("تلبيسة", "T5", "Talbiseh", "Homs", "city")])
    assert ("defection", 14, "الهيئة العامة للثورة السورية", False) in got


# -- a figure owned by the one who gave it: «حصيلة غير نهائية نشرها X», «الحصيلة التي نشرها X» --------------
@pytest.mark.parametrize("closing, source", [
    # Syria TV style: a toll «not final» published by the civil defence
    ("بحسب حصيلة غير نهائية نشرها الدفاع المدني السوري", "الدفاع المدني السوري"),
    # the figure with the article and a relative clause
    ("وفق الحصيلة الأولية التي أعلنها المرصد السوري لحقوق الإنسان", "المرصد السوري لحقوق الإنسان"),
    # unofficial figures given by activists
    ("حسب أرقام غير رسمية أوردها ناشطون محليون", "ناشطون محليون"),
    # a humanitarian team's statistic, «new and not final»
    ("وفق إحصائية جديدة وغير نهائية نشرها فريق منسقو استجابة سوريا", "فريق منسقو استجابة سوريا"),
], ids=["not-final", "relative-clause", "unofficial", "new-and-not-final"])
def test_a_toll_names_who_published_it(pipe, closing, source):
    evs = _piped(pipe, f"قُتل 14 مدنياً بقصف صاروخي على مدينة أريحا جنوبي إدلب، {closing}.")
    assert [(e["type"], _rb(e)) for e in evs] == [("shelling", source)]


# -- a strike told again by its carrier in the next sentence ---------------------------------------------
def _strikes(evs):
    """(type, fatalities, place) of each event (a count there may be the munitions, as the gold counts them)."""
    return [(e["type"], (e["fatalities"] or {}).get("low"), (e["place"] or {}).get("surface")) for e in evs]


def test_a_drone_named_again_tells_its_strike_again(pipe):
    # Syria TV style: a local source to the site, the drone's missiles counted
    t = ("قُتل شخصان باستهداف طائرة مسيّرة تركية سيارة مدنية على طريق عامودا في ريف الحسكة، اليوم الأحد. "
         "وقال مصدر محلي لموقع تلفزيون سوريا إن المسيرة أطلقت صاروخين على السيارة.")
    evs = _piped(pipe, t)
    assert _strikes(evs) == [("airstrike", None, "عامودا")]  # (a dual: no figure, stop 27)
    assert _rb(evs[0]).startswith("مصدر محلي")
    # Hawar style, the verb before its carrier («وأطلقت المسيرة»)
    t = ("استشهد ثلاثة مقاتلين من قوى الأمن الداخلي جراء قصف طائرة مسيّرة تابعة لجيش الاحتلال التركي سيارتهم "
         "قرب قرية تل حبش غربي قامشلو. وأطلقت المسيرة صاروخين على السيارة ما أدى إلى احتراقها بالكامل.")
    assert _strikes(_piped(pipe, t, "2022-09-07")) == [("airstrike", 3, "تل حبش")]


def test_artillery_named_again_tells_its_shelling_again(pipe):
    # Enab Baladi style: the correspondent counts the shells of the shelling told before
    t = ("قصفت مدفعية قوات النظام قرية الفطيرة بريف إدلب الجنوبي، ما أدى إلى مقتل طفلين. "
         "وأفاد مراسل عنب بلدي بأن المدفعية أطلقت أكثر من 20 قذيفة على القرية.")
    evs = _piped(pipe, t, "2020-01-20")
    assert _strikes(evs) == [("shelling", None, "فطيرة")]  # (a dual: no figure, stop 27)  # (the surface without its article, as the gazetteer gives it)
    assert _rb(evs[0]).startswith("مراسل عنب بلدي")


def test_the_carrier_at_another_place_is_another_strike(pipe):
    t = ("قصفت طائرات حربية روسية بلدة كفرنبل صباح اليوم. وشنت الطائرات الحربية بعد الظهر غارات على "
         "مدينة معرة النعمان، ما أدى إلى مقتل ثلاثة مدنيين.")
    evs = _piped(pipe, t, "2019-05-10")
    assert sorted(_place_surface(e) for e in evs) == ["كفرنبل", "معرة النعمان"]


def _place_surface(e):
    return (e["place"] or {}).get("surface")


# -- a department named with its body ---------------------------------------------------------------------
def test_a_department_in_a_body_is_one_source_and_no_agent(pipe):
    # SANA (new authorities) style: the ministry's media department accuses the SDF
    t = ("قالت إدارة الإعلام والاتصال في وزارة الدفاع السورية إن «قسد» استهدفت بطائرات مسيّرة نقطة للجيش قرب "
         "قرية الخفسة بريف حلب الشرقي.")
    (e,) = _piped(pipe, t, "2025-09-02")
    assert _rb(e) == "إدارة الإعلام والاتصال في وزارة الدفاع السورية"
    assert [a["surface"] for a in e["actors"] if a["role"] == "agent"] == ["قسد"]
    # a media office of a ministry announcing arrests
    t = "أعلن المكتب الإعلامي في وزارة الداخلية السورية اعتقال 12 شخصاً من فلول النظام في مدينة جبلة."
    (e,) = _piped(pipe, t, "2025-03-12")
    assert _rb(e) == "المكتب الإعلامي في وزارة الداخلية السورية"
    # Hawar style: the SDF's media centre
    t = "قال المركز الإعلامي في قوات سوريا الديمقراطية إن مقاتليه صدوا هجوماً لمسلحين على قرية الشحيل."
    (e,) = _piped(pipe, t, "2023-09-01")
    assert _rb(e) == "المركز الإعلامي في قوات سوريا الديمقراطية"


def test_a_department_in_a_place_keeps_its_own_name(pipe):
    t = "قالت مديرية الصحة في إدلب إن 6 مدنيين قتلوا بقصف على مدينة أريحا."
    (e,) = _piped(pipe, t, "2020-02-10")
    assert _rb(e) == "مديرية الصحة" and (e["place"] or {}).get("surface") == "أريحا"


# -- how the defectors left is part of their defection -----------------------------------------------------
def _types_places(evs):
    return sorted((e["type"], (e["place"] or {}).get("surface")) for e in evs)


def test_the_defectors_withdrawing_or_going_home_is_their_defection(pipe):
    # a wire's style: activists' count, the defectors withdrew with their arms
    t = ("قال ناشطون إن عشرة عسكريين انشقوا عن الجيش السوري فجر اليوم وانسحبوا بأسلحتهم من حاجز عند مدخل "
         "بلدة معرة مصرين.")
    assert _types_places(_piped(pipe, t, "2012-05-14")) == [("defection", "معرة مصرين")]
    # a local network's style: deserters who went home
    t = ("أفاد تجمع أحرار حوران بأن 40 عنصراً من أبناء السويداء فرّوا من قطعاتهم العسكرية في ريف درعا الشمالي "
         "وعادوا إلى قراهم.")
    assert [e["type"] for e in _piped(pipe, t, "2024-11-20")] == ["desertion"]
    # «ثم» and a withdrawal to the farms around the town
    t = "انشق 15 جندياً عن كتيبة الدبابات في مدينة الرستن ثم انسحبوا إلى المزارع المحيطة بالمدينة."
    assert [e["type"] for e in _piped(pipe, t, "2012-02-04")] == ["defection"]


def test_a_withdrawal_with_its_own_subject_or_a_fight_is_its_own_act(pipe):
    # the army withdrew: a subject of its own
    t = "انشق 15 جندياً عن حاجز قرب بلدة كفرتخاريم، وانسحبت قوات النظام من البلدة بعد ساعات."
    assert [e["type"] for e in _piped(pipe, t, "2012-06-01")] == ["defection", "territory_change"]
    # the defectors fought their pursuers: a clash of its own, as the gold codes it
    t = ("انشق عشرات الجنود عن حاجز قرب بلدة كفرتخاريم واشتبكوا مع القوات التي حاولت ملاحقتهم، ما أدى إلى "
         "مقتل 7 من عناصرها.")
    assert sorted(e["type"] for e in _piped(pipe, t, "2012-06-01")) == ["armed_clash", "defection"]


# -- who published the recording, when no one named tells it ------------------------------------------------
@pytest.mark.parametrize("text, source", [
    # Orient style: unnamed policemen appear in a video the activists published
    ("ظهر 18 عنصراً من مخفر الشرطة في مدينة الحراك بريف درعا الشرقي في تسجيل مصور نشره ناشطون اليوم، "
     "معلنين انشقاقهم عن النظام.", "ناشطون"),
    # a clause of state after the publisher's name («وهم يعلنون»)
    ("ظهر عشرات المجندين في مقطع مصور تداولته صفحات محلية وهم يعلنون انشقاقهم عن قوات النظام في بلدة الصنمين.",
     "صفحات محلية"),
    # a coordination committee's broadcast
    ("انشق 11 جندياً عن حاجز للجيش في بلدة الرستن، في مقطع فيديو بثته تنسيقية المدينة مساء أمس.", "تنسيقية المدينة"),
], ids=["published", "circulated", "broadcast"])
def test_the_publisher_of_the_recording_reports_it(pipe, text, source):
    assert [(e["type"], _rb(e)) for e in _piped(pipe, text, "2012-05-09")] == [("defection", source)]


def test_one_who_announces_in_the_recording_still_reports_it(pipe):
    t = ("انشق ما يزيد على 60 عسكرياً من كتيبة المدفعية قرب مدينة الميادين، بحسب ما أعلنه النقيب المنشق عمار "
         "الصالح في تسجيل مصور بثه ناشطون.")
    assert [_rb(e) for e in _piped(pipe, t, "2012-07-14")] == ["النقيب المنشق عمار الصالح"]
    t = "ظهر النقيب مازن الشيخ في تسجيل مصور بثته قناة العربية اليوم، معلناً انشقاق 13 عسكرياً عن كتيبة الدفاع الجوي."
    assert [_rb(e) for e in _piped(pipe, t, "2012-08-02")] == ["النقيب مازن الشيخ"]
    # where he spoke and what he said are not the name of his body
    t = ("انشق 18 عنصراً من مخفر الشرطة في مدينة الحراك اليوم. وأكد قائد المجموعة في التسجيل أنهم رفضوا إطلاق "
         "النار على المتظاهرين.")
    assert all(_rb(e) in (None, "قائد المجموعة", "منصة المثال") for e in _piped(pipe, t, "2012-05-09"))


# -- the same figure told of another time is another act ----------------------------------------------------
def test_a_recalled_act_with_the_same_figure_and_its_own_time_is_its_own(pipe):
    # Hawar style: the injured of today's strike and of last week's are both two
    t = ("استشهد ثلاثة مقاتلين من قوى الأمن الداخلي وأصيب اثنان آخران، اليوم، جراء قصف طائرة مسيّرة تركية سيارة "
         "كانت تقلهم قرب قرية تل حبش غربي قامشلو، بحسب ما أفاد به مراسل وكالتنا. وكانت مسيّرة تركية قد استهدفت "
         "الأسبوع الماضي منزلاً في ريف ديريك، ما أدى إلى إصابة طفلين.")
    assert _types_places(_piped(pipe, t, "2022-09-07")) == [("airstrike", "تل حبش"), ("airstrike", "ريف ديريك")]
    # SOHR style: the same town, four dead then and now
    t = ("قتل أربعة مدنيين بقصف مدفعي لقوات النظام على بلدة كفرنبل اليوم الثلاثاء، بحسب المرصد السوري. وكانت "
         "البلدة قد تعرضت الشهر الماضي لقصف مماثل أدى إلى مقتل أربعة أشخاص.")
    assert len(_piped(pipe, t, "2019-05-14")) == 2
    # an arrest campaign recalled with its month
    t = ("اعتقلت قوات الأمن 12 شاباً في مدينة جاسم اليوم، وفق ناشطين. وكانت القوات قد اعتقلت في آذار الماضي 12 "
         "شاباً من المدينة نفسها.")
    assert len(_piped(pipe, t, "2012-06-20")) == 2


def test_a_headline_restated_with_its_figure_stays_one(pipe):
    t = "مقتل 5 مدنيين بغارات على كفرنبل. قُتل 5 مدنيين اليوم بغارات روسية على بلدة كفرنبل في ريف إدلب الجنوبي."
    assert len(_piped(pipe, t, "2019-05-14")) == 1


# -- a column's entry and the taking told right after it are one taking --------------------------------------
@pytest.mark.parametrize("text, place", [
    ("دخلت أرتال من هيئة تحرير الشام، فجر اليوم الخميس، إلى مدينة عفرين شمال غربي حلب وسيطرت عليها بعد انسحاب "
     "مقاتلي «الفيلق الثالث» منها.", "عفرين"),
    ("دخلت أرتال عسكرية تابعة للجيش الوطني إلى بلدة تل أبيض صباح اليوم وسيطرت عليها بعد انسحاب قسد منها.", "تل أبيض"),
    ("دخلت أرتال من القوات الحكومية إلى مدينة السويداء ظهر اليوم ثم سيطرت عليها، بحسب مراسل عنب بلدي.", "السويداء"),
], ids=["syria-tv", "anadolu", "enab"])
def test_columns_entering_a_town_and_taking_it_is_one_taking(pipe, text, place):
    assert _types_places(_piped(pipe, text, "2022-10-13")) == [("territory_change", place)]


def test_an_entry_and_another_doers_taking_stay_two(pipe):
    t = "دخلت أرتال من القوات الحكومية إلى مدينة السويداء ظهر اليوم، وسيطر مسلحون محليون على قرية المزرعة."
    assert [e["type"] for e in _piped(pipe, t, "2025-07-15")] == ["reinforcement", "territory_change"]


def test_columns_of_a_force_are_that_force(pipe):
    # «أرتال من X»: the plural of «رتل من X», the columns' force does the act
    t = ("دخلت أرتال من هيئة تحرير الشام، فجر اليوم الخميس، إلى مدينة عفرين شمال غربي حلب وسيطرت عليها بعد انسحاب "
         "مقاتلي «الفيلق الثالث» منها.")
    (e,) = _piped(pipe, t, "2022-10-13")
    assert [a["canonical"] for a in e["actors"] if a["role"] == "agent"][:1] == ["Hay'at Tahrir al-Sham / Jabhat al-Nusra"]
    t = "دخلت أرتال من القوات الحكومية إلى مدينة السويداء ظهر اليوم ثم سيطرت عليها، بحسب مراسل عنب بلدي."
    (e,) = _piped(pipe, t, "2025-07-15")
    assert [a["surface"] for a in e["actors"] if a["role"] == "agent"] == ["القوات الحكومية"]
    t = "انتشرت أرتال من الجيش السوري في مدينة جاسم صباح اليوم، وفق ناشطين."
    evs = _piped(pipe, t, "2012-03-01")
    assert evs and all(a["surface"] != "الجيش السوري" or a["role"] == "agent" for e in evs for a in e["actors"])


# -- the act named again as the subject of what it led to -----------------------------------------------------
def test_the_act_named_again_as_the_subject_of_its_result_is_the_act_told_before(pipe):
    # old SANA style: the source tells what the clash also led to, a place of the smuggled arms' origin after it
    t = ("اشتبكت وحدة من قواتنا المسلحة الباسلة اليوم مع مجموعة إرهابية مسلحة في حي الخالدية بمدينة حمص، وأوقعت "
         "17 قتيلاً في صفوف أفرادها. وذكر مصدر مسؤول لمراسل سانا أن الاشتباك أسفر أيضاً عن مصادرة أسلحة وذخائر "
         "كان الإرهابيون قد هرّبوها من لبنان.")
    assert _types_places(_piped(pipe, t, "2012-08-21")) == [("armed_clash", "حي الخالدية")]
    # the verb of result before its subject, the damage in the next town
    t = "قصفت طائرات حربية روسية بلدة كفرنبل صباح اليوم. وأدى القصف إلى دمار واسع في سوق مدينة معرة النعمان المجاورة."
    assert _types_places(_piped(pipe, t, "2019-05-14")) == [("airstrike", "كفرنبل")]
    # a SOHR-like follow-up: the strikes led to the destruction of a school in a village near by
    t = ("شنت طائرات النظام الحربية غارات على بلدة الهبيط جنوبي إدلب فجر اليوم. وأسفرت الغارات عن أضرار مادية "
         "كبيرة في منازل المدنيين في قرية عابدين القريبة.")
    assert _types_places(_piped(pipe, t, "2019-05-14")) == [("airstrike", "الهبيط")]


def test_the_act_named_with_a_place_of_its_own_is_another(pipe):
    t = "قصفت طائرات حربية روسية بلدة كفرنبل صباح اليوم. وقال ناشطون إن القصف على معرة النعمان أدى إلى مقتل ثلاثة."
    assert len(_piped(pipe, t, "2019-05-14")) == 2


# -- a clause opened by «و» whose verb names another doer tells its own act ------------------------------------
@pytest.mark.parametrize("text, places", [
    ("دخلت قوات روسية إلى مدينة منبج، وسيطرت قوات النظام على قرية العريمة المجاورة.", ["العريمة", "منبج"]),
    ("سيطرت فصائل المعارضة على بلدة كفرنبودة صباح اليوم، وسيطرت قوات النظام على قرية الحماميات بعد ساعات.",
     ["حماميات", "كفرنبودة"]),
    ("اعتقلت قوات الأمن العام خمسة شبان في مدينة جبلة، واعتقلت قوى الأمن الداخلي ثلاثة آخرين في قرية بيت ياشوط.",
     ["بيت ياشوط", "جبلة"]),
], ids=["entry-and-taking", "two-takings", "two-arrests"])
def test_another_doer_after_and_is_another_act(pipe, text, places):
    assert sorted((e["place"] or {}).get("surface") for e in _piped(pipe, text, "2019-05-20")) == places


def test_the_losing_side_or_both_sides_are_the_same_act(pipe):
    t = "سيطرت فصائل المعارضة على بلدة كفرنبودة صباح اليوم، وانسحبت قوات النظام منها نحو قرية الحماميات."
    assert [e["type"] for e in _piped(pipe, t, "2019-05-20")] == ["territory_change"]
    t = ("هاجم مقاتلون من أبناء العشائر مواقع لقسد في بلدة ذيبان فجر اليوم، واندلعت اشتباكات عنيفة بين الطرفين "
         "أسفرت عن مقتل أربعة من عناصر قسد.")
    assert [e["type"] for e in _piped(pipe, t, "2023-08-30")] == ["armed_clash"]


# -- «ويأتي ذلك بعد…»: the writer's context carries no source ------------------------------------------------
def _recalled_source(pipe, text, published, place):
    e = next(e for e in _piped(pipe, text, published) if (e["place"] or {}).get("surface") == place)
    return _rb(e), bool((e["reported_by"] or {}).get("outlet"))


def test_this_comes_after_is_the_outlets_context(pipe):
    # Enab Baladi style: the correspondent's report, then the context
    t = ("دخل رتل عسكري تركي جديد، اليوم الأحد، إلى بلدة النيرب بريف إدلب الشرقي، بحسب ما أفاد به مراسل عنب بلدي. "
         "ويأتي ذلك بعد أيام من مقتل خمسة جنود أتراك بقصف لقوات النظام على نقطة تركية قرب مدينة سراقب.")
    assert _recalled_source(pipe, t, "2020-02-09", "سراقب") == ("منصة المثال", True)
    # a Horan network's style: an assassination, then an older blast
    t = ("اغتال مسلحون مجهولون مساء أمس قيادياً سابقاً في المعارضة قرب منزله في بلدة المزيريب، وفق ما ذكره تجمع "
         "أحرار حوران. ويأتي ذلك بعد يومين من مقتل ثلاثة عناصر من الفرقة الرابعة بانفجار عبوة ناسفة قرب مدينة طفس.")
    assert _recalled_source(pipe, t, "2020-06-16", "طفس") == ("منصة المثال", True)
    # «وتأتي هذه التطورات بعد…»
    t = ("سيطرت فصائل المعارضة على قرية تل ملح بريف حماة الشمالي، بحسب مصادر ميدانية. وتأتي هذه التطورات بعد "
         "أسبوع من قصف مدفعي لقوات النظام على بلدة كفرزيتا.")
    assert _recalled_source(pipe, t, "2019-05-20", "كفرزيتا") == ("منصة المثال", True)


def test_an_act_noun_that_comes_after_is_the_outlets_context_too(pipe):
    # events_probe README, stop 30: the writer's recall is the outlet's whatever its subject (6 events against 2)
    t = ("قصفت قوات النظام بالمدفعية قرية إبلين في جبل الزاوية صباح اليوم، حسب ما أفاد به مراسل تلفزيون سوريا. "
         "ويأتي القصف بعد يومين من مقتل أربعة عناصر من قوات النظام بقذائف أطلقتها الفصائل قرب بلدة جورين.")
    assert _recalled_source(pipe, t, "2021-06-10", "جورين") == ("منصة المثال", True)


# -- the outlet's reporter in the next sentence files the whole story ------------------------------------------
@pytest.mark.parametrize("text, reporter", [
    ("درعا-سانا: رفعت وحدات من الجيش العربي السوري العلم الوطني في ساحة مدينة إنخل بعد إخراج الإرهابيين منها. "
     "وأفاد مراسل سانا بأن الجهات المختصة تسلّمت من المسلحين دبابتين و12 مدفع هاون.", "مراسل سانا"),
    ("قامشلو-هاوار: قصفت طائرة مسيّرة تركية قرية تل حبش غربي قامشلو صباح اليوم. وأفاد مراسل وكالتنا بأن المسيرة "
     "أطلقت صاروخين على منزل مدني ما أدى إلى إصابة 3 أشخاص.", "مراسل وكالتنا"),
    ("اقتحمت قوات الأمن العام قرية بيت ياشوط بريف جبلة فجر اليوم. وقال مراسل عنب بلدي إن القوات أوقفت 7 أشخاص "
     "بينهم مطلوبون بتهم انتهاكات.", "مراسل عنب بلدي"),
], ids=["sana", "hawar", "enab"])
def test_the_outlets_reporter_next_reports_the_lead(pipe, text, reporter):
    evs = _piped(pipe, text, "2018-07-17")
    assert evs and all(_rb(e).startswith(reporter) for e in evs)


def test_activists_with_news_of_their_own_do_not_report_the_lead(pipe):
    t = ("قصفت طائرات حربية روسية بلدة كفرنبل صباح اليوم. وقال ناشطون إن 5 مدنيين قتلوا بقصف مدفعي على بلدة "
         "حاس المجاورة.")
    lead = next(e for e in _piped(pipe, t, "2019-05-14") if (e["place"] or {}).get("surface") == "كفرنبل")
    assert lead["reported_by"]["outlet"] is True


# -- the subject shared by a verb joined by «و», in a reported clause ------------------------------------------
@pytest.mark.parametrize("text, published, agent", [
    ("أفاد مراسل الإخبارية السورية بأن قوة من الجيش الإسرائيلي مؤلفة من أربع آليات عسكرية توغلت صباح اليوم في "
     "قرية عين زيوان بريف القنيطرة الجنوبي، واعتقلت ثلاثة رعاة أغنام.", "2025-04-21", "Israeli forces"),
    ("قال ناشطون إن دورية من الأمن العام دخلت قرية المختارية فجر اليوم واعتقلت خمسة أشخاص.", "2025-03-09",
     "Syrian government (2024-)"),
    ("ذكرت مصادر محلية أن قوات النظام داهمت منازل في حي القابون، واعتقلت 9 شبان.", "2012-07-02",
     "Syrian government forces"),
], ids=["correspondent", "activists", "local-sources"])
def test_a_joined_verb_in_a_reported_clause_shares_its_subject(pipe, text, published, agent):
    (e,) = _piped(pipe, text, published)
    assert e["type"] == "arrest" and [a["canonical"] for a in e["actors"] if a["role"] == "agent"][:1] == [agent]


# -- an aside of backing between a subject and its verb ----------------------------------------------------------
@pytest.mark.parametrize("text, published, agent", [
    ("أعلنت وزارة الدفاع التركية، الثلاثاء، أن فصائل الجيش الوطني السوري، المدعومة من أنقرة، انتزعت السيطرة على "
     "قرية تل حلف غربي مدينة رأس العين.", "2019-10-15", "Syrian National Army"),
    ("قالت مصادر محلية إن فصائل الجيش الوطني، المدعومة من تركيا، سيطرت على قرية تل حلف.", "2019-10-15",
     "Syrian National Army"),
    ("أفاد ناشطون بأن قوات الدفاع الوطني، الموالية للنظام، اعتقلت 12 شاباً في بلدة الصنمين.", "2016-04-02",
     "Pro-government militias (Syria)"),
], ids=["ministry", "local-sources", "activists"])
def test_the_subject_before_an_aside_of_backing_does_the_act(pipe, text, published, agent):
    evs = _piped(pipe, text, published)
    assert evs and all([a["canonical"] for a in e["actors"] if a["role"] == "agent"][:1] == [agent] for e in evs)


def test_the_backer_that_reports_is_not_the_other_side(pipe):
    t = ("أعلنت وزارة الدفاع التركية، الثلاثاء، أن فصائل الجيش الوطني السوري، المدعومة من أنقرة، انتزعت السيطرة على "
         "قرية تل حلف غربي مدينة رأس العين.")
    (e,) = _piped(pipe, t, "2019-10-15")
    assert not [a for a in e["actors"] if a["role"] == "target"]


# -- a force's own staff counts those «neutralised»: that force neutralised them ------------------------------
@pytest.mark.parametrize("text, published, agent", [
    ("وذكرت رئاسة الأركان التركية في بيان أن حصيلة الإرهابيين المحيَّدين منذ انطلاق العملية في 20 كانون الثاني "
     "الماضي بلغت 3055 إرهابياً.", "2018-03-08", "Turkish forces"),
    ("وقالت وزارة الدفاع التركية إن عدد الإرهابيين المحيدين منذ بدء عملية نبع السلام ارتفع إلى 765 إرهابياً.",
     "2019-10-20", "Turkish forces"),
    ("وأعلنت وزارة الدفاع الروسية أن حصيلة المسلحين المحيّدين في منطقة خفض التصعيد خلال الأسبوع بلغت 120 مسلحاً.",
     "2020-02-20", "Russian forces"),
], ids=["general-staff", "turkish-ministry", "russian-ministry"])
def test_the_neutralised_counted_by_a_forces_staff_were_its_doing(pipe, text, published, agent):
    evs = _piped(pipe, text, published)
    assert evs and all([a["canonical"] for a in e["actors"] if a["role"] == "agent"][:1] == [agent] for e in evs)
