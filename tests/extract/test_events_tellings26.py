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
    t = ("رصد المرصد السوري لحقوق الإنسان مقتل 6 جنود من قوات النظام في هجوم لخلايا التنظيم في بادية تدمر. "
         "وبذلك، يرتفع إلى 812 عدد القتلى من جنود النظام في البادية خلال العام الجاري.")
    got = _sources(ex, t, quantities=[("6", 6, 6, "جندي"), ("812", 812, 812, "قتيل")],
                   places=[("بادية تدمر", "B1", "Palmyra desert", "Homs", "region"),
                           ("البادية", "B2", "Syrian desert", None, "region")])
    assert ("casualties", 812, "المرصد السوري لحقوق الإنسان", False) in got


def test_a_sum_of_defectors_after_a_closing_source_keeps_it(ex):
    # a news site: the source closes the sentence with what it was told, the outlet named after «لـ»
    t = ("عبر الرائد سامر الخطيب الحدود الأردنية بعد أن أعلن انشقاقه عن قوات النظام في درعا، "
         "بحسب ما أكده ناشط في المدينة للموقع. وبهذا يرتفع إلى 21 عدد الضباط المنشقين الذين لجأوا إلى المخيم منذ الصيف.")
    got = _sources(ex, t, quantities=[("21", 21, 21, "ضابط")], places=[("درعا", "D1", "Daraa", "Daraa", "city")])
    assert all(src == "ناشط في المدينة" and not outlet for _, _, src, outlet in got)
    assert any(c == 21 for _, c, _, _ in got)


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
    t = ("سيطرت فصائل الجيش الوطني السوري، مساء السبت، على قرية تل خنزير شرقي رأس العين في سياق عملية «نبع السلام». "
         "وذكرت وزارة الدفاع التركية ببيان أن حصيلة الإرهابيين المحيدين منذ بدء العملية بلغت 356 إرهابياً.")
    got = _lead(ex, t, "territory_change", quantities=[("356", 356, 356, "إرهابي")],
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
    t = ("قُتل خمسة مدنيين في غارة روسية على أطراف بلدة كفرنبل ظهر اليوم. "
         "وقال الدفاع المدني السوري إن الغارة أدت كذلك إلى إصابة 9 أشخاص.")
    got = _lead(ex, t, "airstrike", quantities=[("خمسة", 5, 5, "مدني"), ("9", 9, 9, "شخص")],
                places=[("كفرنبل", "K1", "Kafr Nabl", "Idlib")])
    assert got == ("الدفاع المدني السوري", False)
    # the outlet's own reporter files the whole story, the campaign's figure too
    t = ("سيطرت فصائل الجيش الوطني، صباح اليوم، على قرية كورزيليه ضمن المرحلة الثانية من عملية «غصن الزيتون». "
         "وذكر مراسل الأناضول أن القوات بسطت سيطرتها منذ بدء العملية على 27 قرية.")
    got = _lead(ex, t, "territory_change", quantities=[("27", 27, 27, "قرية")],
                places=[("كورزيليه", "K2", "Kurzeleh", "Aleppo")])
    assert got == ("مراسل الأناضول", False)


# -- a document that enacts is its issuer's act, not his report ------------------------------------------
def test_a_decree_issuer_is_its_doer_not_its_source(ex):
    # SANA style, no source named: the outlet
    t = ("أصدر الرئيس بشار الأسد مساء اليوم مرسوماً تشريعياً بمنح العفو العام عن جريمة الفرار من الخدمة "
         "إذا ارتكبت قبل صدوره.")
    evs = _asserted(_run(ex, _doc(t)))
    assert [(e["type"], e["reported_by"]) for e in evs] == [("desertion", {"surface": "منصة المثال", "outlet": True})]
    assert any(a["role"] == "agent" and a["surface"].endswith("بشار الأسد") for a in evs[0]["actors"])
    # Enab Baladi style: the presidency's channels, named after it, tell it
    t = ("أصدر بشار الأسد، رئيس النظام السوري، مساء الخميس، مرسوماً بعفو عام جديد عن مرتكبي جرم الفرار "
         "من الخدمة الإلزامية، بحسب ما نشرته الرئاسة السورية في قنواتها الرسمية.")
    assert [(e["type"], _rb(e)) for e in _asserted(_run(ex, _doc(t)))] == [("desertion", "الرئاسة السورية")]
    # a decision of a ministry, with «قرار»
    t = "أصدرت وزارة الدفاع السورية، أمس، قراراً يقضي بمنح عفو عن الفارين من الخدمة الإلزامية إذا سلموا أنفسهم خلال شهرين."
    evs = _asserted(_run(ex, _doc(t)))
    assert evs and all(e["reported_by"] == {"surface": "منصة المثال", "outlet": True} for e in evs)


def test_a_statement_issuer_still_reports_it(ex):
    t = ("أصدرت الهيئة العامة للثورة السورية بياناً، مساء الاثنين، أكدت فيه انشقاق 9 عناصر من الأمن العسكري "
         "في مدينة تلبيسة.")
    got = _sources(ex, t, quantities=[("9", 9, 9, "عنصر")], places=[("تلبيسة", "T5", "Talbiseh", "Homs", "city")])
    assert ("defection", 9, "الهيئة العامة للثورة السورية", False) in got


# -- a figure owned by the one who gave it: «حصيلة غير نهائية نشرها X», «الحصيلة التي نشرها X» --------------
@pytest.mark.parametrize("closing, source", [
    # Syria TV style: a toll «not final» published by the civil defence
    ("وفق حصيلة أولية غير نهائية نشرها الدفاع المدني السوري", "الدفاع المدني السوري"),
    # the figure with the article and a relative clause
    ("وفق الحصيلة الأولية التي أعلنها المرصد السوري لحقوق الإنسان", "المرصد السوري لحقوق الإنسان"),
    # unofficial figures given by activists
    ("حسب أرقام غير رسمية أوردها ناشطون محليون", "ناشطون محليون"),
    # a humanitarian team's statistic, «new and not final»
    ("وفق إحصائية جديدة وغير نهائية نشرها فريق منسقو استجابة سوريا", "فريق منسقو استجابة سوريا"),
], ids=["not-final", "relative-clause", "unofficial", "new-and-not-final"])
def test_a_toll_names_who_published_it(pipe, closing, source):
    evs = _piped(pipe, f"قُتل 9 مدنيين بقصف صاروخي على مدينة بنش قرب إدلب، {closing}.")
    assert [(e["type"], _rb(e)) for e in evs] == [("shelling", source)]


# -- a strike told again by its carrier in the next sentence ---------------------------------------------
def _strikes(evs):
    """(type, fatalities, place) of each event (a count there may be the munitions, as the gold counts them)."""
    return [(e["type"], (e["fatalities"] or {}).get("low"), (e["place"] or {}).get("surface")) for e in evs]


def test_a_drone_named_again_tells_its_strike_again(pipe):
    # Syria TV style: a local source to the site, the drone's missiles counted
    t = ("قُتل شخصان باستهداف طائرة مسيّرة تركية شاحنة صغيرة على طريق عامودا في ريف الحسكة، اليوم الأحد. "
         "وقال مصدر محلي لتلفزيون سوريا إن المسيرة أطلقت صاروخين باتجاه الشاحنة.")
    evs = _piped(pipe, t)
    assert _strikes(evs) == [("airstrike", None, "عامودا")]  # (a dual: no figure, stop 27)
    assert _rb(evs[0]).startswith("مصدر محلي")
    # Hawar style, the verb before its carrier («وأطلقت المسيرة»)
    t = ("استشهد ثلاثة من مقاتلي قوى الأمن الداخلي إثر استهداف مسيّرة يسيّرها جيش الاحتلال التركي عربتهم "
         "قرب قرية تل حبش غربي قامشلو. وأطلقت المسيرة صاروخين على العربة فاحترقت كلياً.")
    assert _strikes(_piped(pipe, t, "2022-09-07")) == [("airstrike", 3, "تل حبش")]


def test_artillery_named_again_tells_its_shelling_again(pipe):
    # Enab Baladi style: the correspondent counts the shells of the shelling told before
    t = ("قصفت مدفعية قوات النظام قرية الفطيرة بجبل الزاوية، وقُتل جراء القصف طفلان. "
         "وأفاد مراسل عنب بلدي بأن المدفعية أطلقت أكثر من 20 قذيفة على القرية.")
    evs = _piped(pipe, t, "2020-01-20")
    assert _strikes(evs) == [("shelling", None, "فطيرة")]  # (a dual: no figure, stop 27)  # (the surface without its article, as the gazetteer gives it)
    assert _rb(evs[0]).startswith("مراسل عنب بلدي")


def test_the_carrier_at_another_place_is_another_strike(pipe):
    t = ("قصفت مقاتلات روسية بلدة كفرنبل صباح اليوم. وشنت الطائرات الحربية عصراً غارات طالت "
         "مدينة معرة النعمان، ما أوقع ثلاثة قتلى مدنيين.")
    evs = _piped(pipe, t, "2019-05-10")
    assert sorted(_place_surface(e) for e in evs) == ["كفرنبل", "معرة النعمان"]


def _place_surface(e):
    return (e["place"] or {}).get("surface")


# -- a department named with its body ---------------------------------------------------------------------
def test_a_department_in_a_body_is_one_source_and_no_agent(pipe):
    # SANA (new authorities) style: the ministry's media department accuses the SDF
    t = ("قالت دائرة الإعلام في وزارة الدفاع السورية، مساء أمس، إن «قسد» هاجمت بطائرات مسيّرة موقعاً للجيش في محيط "
         "مسكنة بريف حلب.")
    (e,) = _piped(pipe, t, "2025-09-02")
    assert _rb(e) == "دائرة الإعلام في وزارة الدفاع السورية"
    assert [a["surface"] for a in e["actors"] if a["role"] == "agent"] == ["قسد"]
    # a media office of a ministry announcing arrests
    t = "أعلن المكتب الإعلامي في وزارة الداخلية السورية القبض على 8 أشخاص من فلول النظام في مدينة جبلة."
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
    t = ("ذكر ناشطون أن سبعة عسكريين انشقوا عن الجيش السوري ليلاً وانسحبوا بعتادهم من نقطة تفتيش على أطراف "
         "بلدة معرة مصرين.")
    assert _types_places(_piped(pipe, t, "2012-05-14")) == [("defection", "معرة مصرين")]
    # a local network's style: deserters who went home
    t = ("ذكر تجمع أحرار حوران أن 35 مجنداً من أبناء السويداء فرّوا من ثكناتهم العسكرية في ريف درعا الشمالي "
         "ورجعوا إلى بلداتهم.")
    assert [e["type"] for e in _piped(pipe, t, "2024-11-20")] == ["desertion"]
    # «ثم» and a withdrawal to the farms around the town
    t = "انشق 15 جندياً عن كتيبة الدبابات في مدينة الرستن ثم انسحبوا إلى المزارع المحيطة بالمدينة."
    assert [e["type"] for e in _piped(pipe, t, "2012-02-04")] == ["defection"]


def test_a_withdrawal_with_its_own_subject_or_a_fight_is_its_own_act(pipe):
    # the army withdrew: a subject of its own
    t = "انشق 15 جندياً عن حاجز قرب بلدة كفرتخاريم، وانسحبت قوات النظام من البلدة بعد ساعات."
    assert [e["type"] for e in _piped(pipe, t, "2012-06-01")] == ["defection", "territory_change"]
    # the defectors fought their pursuers: a clash of its own, as the gold codes it
    t = ("انشق عشرات الجنود عن حاجز قرب بلدة كفرتخاريم واشتبكوا مع القوات التي طاردتهم، ما أسفر عن "
         "مقتل 5 من عناصرها.")
    assert sorted(e["type"] for e in _piped(pipe, t, "2012-06-01")) == ["armed_clash", "defection"]


# -- who published the recording, when no one named tells it ------------------------------------------------
@pytest.mark.parametrize("text, source", [
    # Orient style: unnamed policemen appear in a video the activists published
    ("ظهر 16 عنصراً من شرطة مدينة الحراك شرقي درعا في مقطع مصور نشره ناشطون مساء اليوم، "
     "معلنين انشقاقهم عن النظام.", "ناشطون"),
    # a clause of state after the publisher's name («وهم يعلنون»)
    ("ظهر عشرات المجندين في مقطع مصور تداولته صفحات محلية وهم يعلنون انشقاقهم عن جيش النظام ببلدة الصنمين.",
     "صفحات محلية"),
    # a coordination committee's broadcast
    ("انشق 11 جندياً عن حاجز للجيش في بلدة الرستن، في مقطع فيديو بثته تنسيقية المدينة مساء أمس.", "تنسيقية المدينة"),
], ids=["published", "circulated", "broadcast"])
def test_the_publisher_of_the_recording_reports_it(pipe, text, source):
    assert [(e["type"], _rb(e)) for e in _piped(pipe, text, "2012-05-09")] == [("defection", source)]


def test_one_who_announces_in_the_recording_still_reports_it(pipe):
    t = ("انشق ما يزيد على 45 عسكرياً من كتيبة الدبابات قرب مدينة الميادين، بحسب ما أعلنه الملازم المنشق خالد "
         "العمر في تسجيل بثه ناشطون على الإنترنت.")
    assert [_rb(e) for e in _piped(pipe, t, "2012-07-14")] == ["الملازم المنشق خالد العمر"]
    t = "ظهر المقدم حسان البكور في مقطع مصور بثته قناة الجزيرة مساء اليوم، معلناً انشقاق 11 عسكرياً عن كتيبة الدفاع الجوي."
    assert [_rb(e) for e in _piped(pipe, t, "2012-08-02")] == ["المقدم حسان البكور"]
    # where he spoke and what he said are not the name of his body
    t = ("انشق 16 عنصراً من شرطة مدينة الحراك اليوم. وقال قائد المجموعة في التسجيل إنهم رفضوا إطلاق "
         "النار على المتظاهرين.")
    assert all(_rb(e) in (None, "قائد المجموعة", "منصة المثال") for e in _piped(pipe, t, "2012-05-09"))


# -- the same figure told of another time is another act ----------------------------------------------------
def test_a_recalled_act_with_the_same_figure_and_its_own_time_is_its_own(pipe):
    # Hawar style: the injured of today's strike and of last week's are both two
    t = ("استشهد ثلاثة من مقاتلي قوى الأمن الداخلي وجرح اثنان غيرهم، صباح اليوم، بقصف طائرة مسيّرة تركية عربة "
         "كانت تقلهم قرب قرية تل حبش غربي قامشلو، حسبما أفاد مراسل وكالتنا. وكانت طائرة مسيّرة تركية قد قصفت "
         "قبل أسبوع بيتاً في ريف ديريك، فجرحت طفلين.")
    assert _types_places(_piped(pipe, t, "2022-09-07")) == [("airstrike", "تل حبش"), ("airstrike", "ريف ديريك")]
    # SOHR style: the same town, four dead then and now
    t = ("قتل أربعة مدنيين جراء قصف بالمدفعية الثقيلة من قوات النظام طال بلدة كفرنبل اليوم الثلاثاء، بحسب المرصد السوري. "
         "وكانت البلدة قد شهدت الشهر الماضي قصفاً مشابهاً أودى بحياة أربعة أشخاص.")
    assert len(_piped(pipe, t, "2019-05-14")) == 2
    # an arrest campaign recalled with its month
    t = ("اعتقلت قوات الأمن 12 شاباً في مدينة جاسم اليوم، وفق ناشطين. وكانت القوات قد اعتقلت في آذار الماضي 12 "
         "شاباً من المدينة نفسها.")
    assert len(_piped(pipe, t, "2012-06-20")) == 2


def test_a_headline_restated_with_its_figure_stays_one(pipe):
    t = "مقتل 6 مدنيين بغارات على كفرنبل. قُتل 6 مدنيين اليوم بغارات روسية على بلدة كفرنبل جنوبي إدلب."
    assert len(_piped(pipe, t, "2019-05-14")) == 1


# -- a column's entry and the taking told right after it are one taking --------------------------------------
@pytest.mark.parametrize("text, place", [
    ("دخلت أرتال عسكرية من هيئة تحرير الشام، ظهر اليوم، إلى مدينة عفرين في ريف حلب وسيطرت عليها إثر انسحاب "
     "عناصر «الفيلق الثالث» منها.", "عفرين"),
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
    t = ("دخلت أرتال عسكرية من هيئة تحرير الشام، ظهر اليوم، إلى مدينة عفرين في ريف حلب وسيطرت عليها إثر انسحاب "
         "عناصر «الفيلق الثالث» منها.")
    (e,) = _piped(pipe, t, "2022-10-13")
    assert [a["canonical"] for a in e["actors"] if a["role"] == "agent"][:1] == ["Hay'at Tahrir al-Sham / Jabhat al-Nusra"]
    t = "دخلت أرتال من القوات الحكومية إلى مدينة السويداء ظهر اليوم ثم سيطرت عليها، بحسب مراسل عنب بلدي."
    (e,) = _piped(pipe, t, "2025-07-15")
    assert [a["surface"] for a in e["actors"] if a["role"] == "agent"] == ["القوات الحكومية"]
    t = "انتشرت أرتال من الجيش السوري في مدينة جاسم صباح اليوم، وفق ناشطين."
    evs = _piped(pipe, t, "2012-03-01")
    assert evs and all(a["surface"] != "الجيش السوري" or a["role"] == "agent" for e in evs for a in e["actors"])


# -- the act named again as the subject of what it led to -----------------------------------------------------
def test_the_act_named_again_as_the_subject_of_its_result_is_the_act_told_before(pipe, no_splitter):
    # old SANA style: the source tells what the clash also led to, a place of the smuggled arms' origin after it
    t = ("اشتبكت إحدى وحدات قواتنا المسلحة الباسلة صباح اليوم مع عصابة إرهابية في حي الخالدية وسط حمص، وقتلت "
         "12 من عناصرها. وأوضح مصدر مسؤول لمراسلنا أن الاشتباك أسفر كذلك عن ضبط أسلحة وذخائر "
         "أدخلها الإرهابيون تهريباً من لبنان.")
    assert _types_places(_piped(pipe, t, "2012-08-21")) == [("armed_clash", "حي الخالدية")]
    # the verb of result before its subject, the damage in the next town
    t = "قصفت مقاتلات روسية بلدة كفرنبل صباح اليوم. وأدى القصف إلى دمار واسع في سوق مدينة معرة النعمان المجاورة."
    assert _types_places(_piped(pipe, t, "2019-05-14")) == [("airstrike", "كفرنبل")]
    # a SOHR-like follow-up: the strikes led to the destruction of a school in a village near by
    t = ("شنت طائرات النظام الحربية غارات على بلدة الهبيط جنوبي إدلب فجر اليوم. وأسفرت الغارات عن أضرار مادية "
         "كبيرة في منازل المدنيين في قرية عابدين القريبة.")
    assert _types_places(_piped(pipe, t, "2019-05-14")) == [("airstrike", "الهبيط")]


def test_the_act_named_with_a_place_of_its_own_is_another(pipe):
    t = "قصفت مقاتلات روسية بلدة كفرنبل صباح اليوم. وقال ناشطون إن القصف على معرة النعمان أدى إلى مقتل ثلاثة."
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
    t = ("هاجم مسلحون من العشائر العربية مقرات لقسد في بلدة ذيبان فجر اليوم، ودارت اشتباكات بين الطرفين "
         "خلّفت ثلاثة قتلى من عناصر قسد.")
    assert [e["type"] for e in _piped(pipe, t, "2023-08-30")] == ["armed_clash"]


# -- «ويأتي ذلك بعد…»: the writer's context carries no source ------------------------------------------------
def _recalled_source(pipe, text, published, place):
    e = next(e for e in _piped(pipe, text, published) if (e["place"] or {}).get("surface") == place)
    return _rb(e), bool((e["reported_by"] or {}).get("outlet"))


def test_this_comes_after_is_the_outlets_context(pipe):
    # Enab Baladi style: the correspondent's report, then the context
    t = ("وصل رتل عسكري تركي جديد، مساء الأحد، إلى بلدة النيرب شرقي إدلب، بحسب مراسل عنب بلدي. "
         "ويأتي ذلك بعد خمسة أيام على مقتل ستة جنود أتراك في قصف شنته قوات النظام على موقع تركي قرب مدينة سراقب.")
    assert _recalled_source(pipe, t, "2020-02-09", "سراقب") == ("منصة المثال", True)
    # a Horan network's style: an assassination, then an older blast
    t = ("اغتال مجهولون مسلحون ليل الجمعة قيادياً سابقاً في المعارضة أمام بيته في بلدة المزيريب، بحسب تجمع "
         "أحرار حوران المحلي. ويأتي ذلك بعد يومين فقط على مقتل عنصرين من الفرقة الرابعة بانفجار عبوة ناسفة قرب مدينة طفس.")
    assert _recalled_source(pipe, t, "2020-06-16", "طفس") == ("منصة المثال", True)
    # «وتأتي هذه التطورات بعد…»
    t = ("استعادت فصائل المعارضة السيطرة على قرية تل ملح شمالي حماة، بحسب مصادر ميدانية. وتأتي هذه التطورات بعد "
         "أسبوع من قصف مدفعي عنيف نفذته قوات النظام على بلدة كفرزيتا.")
    assert _recalled_source(pipe, t, "2019-05-20", "كفرزيتا") == ("منصة المثال", True)


def test_an_act_noun_that_comes_after_is_the_outlets_context_too(pipe):
    # events_probe README, stop 30: the writer's recall is the outlet's whatever its subject (6 events against 2)
    t = ("قصفت مدفعية قوات النظام قرية إبلين بجبل الزاوية ظهر اليوم، كما أفاد مراسلنا في المنطقة. "
         "ويأتي القصف بعد يومين فقط من مقتل جنديين في صفوف قوات النظام بقذائف هاون أطلقتها الفصائل قرب بلدة جورين.")
    assert _recalled_source(pipe, t, "2021-06-10", "جورين") == ("منصة المثال", True)


# -- the outlet's reporter in the next sentence files the whole story ------------------------------------------
@pytest.mark.parametrize("text, reporter", [
    ("درعا-سانا: رفع الجيش العربي السوري العلم الوطني فوق مبنى البلدية في مدينة إنخل بعد طرد الإرهابيين منها. "
     "وذكر مراسل سانا أن الجهات المختصة استلمت من المسلحين ثلاث دبابات و9 مدافع هاون.", "مراسل سانا"),
    ("قامشلو-هاوار: قصفت طائرة مسيّرة تركية قرية تل حبش غربي قامشلو صباح اليوم. وأفاد مراسل وكالتنا بأن المسيرة "
     "أطلقت صاروخين على منزل مدني ما أدى إلى إصابة 3 أشخاص.", "مراسل وكالتنا"),
    ("اقتحمت قوات الأمن العام قرية بيت ياشوط قرب جبلة فجر اليوم. وذكر مراسل عنب بلدي أن القوات أوقفت 7 أشخاص "
     "بينهم مطلوبون بتهم انتهاكات.", "مراسل عنب بلدي"),
], ids=["sana", "hawar", "enab"])
def test_the_outlets_reporter_next_reports_the_lead(pipe, text, reporter):
    evs = _piped(pipe, text, "2018-07-17")
    assert evs and all(_rb(e).startswith(reporter) for e in evs)


def test_activists_with_news_of_their_own_do_not_report_the_lead(pipe):
    t = ("قصفت مقاتلات روسية بلدة كفرنبل صباح اليوم. وقال ناشطون إن 5 مدنيين قتلوا بقصف مدفعي على بلدة "
         "حاس المجاورة.")
    lead = next(e for e in _piped(pipe, t, "2019-05-14") if (e["place"] or {}).get("surface") == "كفرنبل")
    assert lead["reported_by"]["outlet"] is True


# -- the subject shared by a verb joined by «و», in a reported clause ------------------------------------------
@pytest.mark.parametrize("text, published, agent", [
    ("ذكر مراسل الإخبارية السورية أن قوة من الجيش الإسرائيلي تضم خمس عربات عسكرية توغلت ظهر اليوم في "
     "بلدة خان أرنبة بريف القنيطرة، واعتقلت أربعة من الرعاة.", "2025-04-21", "Israeli forces"),
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
    ("ذكرت وزارة الدفاع التركية، مساء الأربعاء، أن قوات الجيش الوطني السوري، المدعومة تركياً، انتزعت السيطرة على "
     "قرية تل حلف غربي مدينة رأس العين.", "2019-10-15", "Syrian National Army"),
    ("قالت مصادر محلية إن فصائل الجيش الوطني، المدعومة تركياً، سيطرت على قرية تل حلف.", "2019-10-15",
     "Syrian National Army"),
    ("أفاد ناشطون بأن قوات الدفاع الوطني، الموالية للنظام، اعتقلت 12 شاباً في بلدة الصنمين.", "2016-04-02",
     "Pro-government militias (Syria)"),
], ids=["ministry", "local-sources", "activists"])
def test_the_subject_before_an_aside_of_backing_does_the_act(pipe, text, published, agent):
    evs = _piped(pipe, text, published)
    assert evs and all([a["canonical"] for a in e["actors"] if a["role"] == "agent"][:1] == [agent] for e in evs)


def test_the_backer_that_reports_is_not_the_other_side(pipe):
    t = ("ذكرت وزارة الدفاع التركية، مساء الأربعاء، أن قوات الجيش الوطني السوري، المدعومة تركياً، انتزعت السيطرة على "
         "قرية تل حلف غربي مدينة رأس العين.")
    (e,) = _piped(pipe, t, "2019-10-15")
    assert not [a for a in e["actors"] if a["role"] == "target"]


# -- a force's own staff counts those «neutralised»: that force neutralised them ------------------------------
@pytest.mark.parametrize("text, published, agent", [
    ("وأوضحت رئاسة الأركان التركية ببيان أن عدد الإرهابيين المحيَّدين منذ بدء العملية مطلع العام "
     "وصل إلى 2870 إرهابياً.", "2018-03-08", "Turkish forces"),
    ("وأضافت وزارة الدفاع التركية أن عدد الإرهابيين المحيدين منذ بدء عملية نبع السلام ارتفع إلى 640 إرهابياً.",
     "2019-10-20", "Turkish forces"),
    ("وأعلنت وزارة الدفاع الروسية أن حصيلة المسلحين المحيّدين في منطقة خفض التصعيد خلال الأسبوع بلغت 120 مسلحاً.",
     "2020-02-20", "Russian forces"),
], ids=["general-staff", "turkish-ministry", "russian-ministry"])
def test_the_neutralised_counted_by_a_forces_staff_were_its_doing(pipe, text, published, agent):
    evs = _piped(pipe, text, published)
    assert evs and all([a["canonical"] for a in e["actors"] if a["role"] == "agent"][:1] == [agent] for e in evs)
