"""Events: rules found by classifying the dev-set errors by cause (issue 10, session 18). Each
test is written in our own words; the layers of earlier stages are built by hand (see
test_events._doc) so only the events stage is pinned."""
from __future__ import annotations

import pytest

from marsad.extract.events import EventExtractor

from test_events import _doc, _run


@pytest.fixture(scope="module")
def ex():
    return EventExtractor()


def test_an_undated_event_has_no_date_source(ex):
    # no date in the text and no publication date: contract v2 lists only `text` and `published`
    t = "انشق 12 جندياً من قوات النظام في نوى."
    evs = _run(ex, _doc(t, published=None, quantities=[("12", 12, 12, "جندي")],
                        places=[("نوى", "C1", "Nawa", "Daraa")]))
    assert [(e["type"], e["date"], e["date_source"]) for e in evs] == [("defection", None, None)]
    # a cumulative figure with no date of its own is not dated by the publication day either
    t = "انشق نحو 3 آلاف جندي منذ بداية الحرب."
    evs = _run(ex, _doc(t, quantities=[("نحو 3 آلاف", 3000, 3000, "جندي")]))
    assert [(e["kind"], e["date"], e["date_source"]) for e in evs] == [("aggregate", None, None)]


def test_a_verb_of_exceeding_makes_the_figure_a_bound(ex):
    # the verb stands before the noun of the number, far from the figure itself
    t = "وبعد خمس سنوات من الحصار، تجاوز عدد القتلى المدنيين في المدينة وريفها 300 شخص."
    evs = _run(ex, _doc(t, quantities=[("300", 300, 300, "شخص")]))
    assert [(e["type"], e["fatalities"]) for e in evs] == \
        [("casualties", {"low": 300, "high": None, "approx": True})]
    # right before the figure too; negated, it bounds from above
    t = "لم يتجاوز عدد المنشقين عن اللواء 40 عنصراً."
    evs = _run(ex, _doc(t, quantities=[("40", 40, 40, "عنصر")]))
    assert [(e["type"], e["modality"], e["count"]) for e in evs] == \
        [("defection", "asserted", {"low": None, "high": 40, "approx": True})]
    # a verb that bounds another figure leaves this one as told
    t = "فاق عدد النازحين 9 آلاف، وانشق 12 جندياً في البلدة."
    evs = _run(ex, _doc(t, quantities=[("9 آلاف", 9000, 9000, "نازح"), ("12", 12, 12, "جندي")]))
    assert [e["count"] for e in evs if e["type"] == "defection"] == [{"low": 12, "high": 12, "approx": False}]


def test_a_period_opening_the_sentence_frames_what_follows(ex):
    t = "ومنذ انسحاب القوات من المنطقة في آب 2019، نفذت الطائرات نحو 70 غارة على القرى."
    evs = _run(ex, _doc(t, quantities=[("نحو 70", 70, 70, "غارة")], dates=[("آب 2019", "2019-08", "month")]))
    assert [(e["type"], e["kind"], e["date"], e["period"]["start"]) for e in evs] == \
        [("airstrike", "aggregate", None, "2019-08")]
    # a dated incident with no frame stays an incident dated by its sentence
    t = "وفي آب 2019، نفذت الطائرات 3 غارات على بلدة كفرنبل."
    evs = _run(ex, _doc(t, quantities=[("3", 3, 3, "غارة")], dates=[("آب 2019", "2019-08", "month")],
                        places=[("كفرنبل", "C2", "Kafr Nabl", "Idlib")]))
    assert [(e["kind"], e["date"]) for e in evs] == [("incident", "2019-08")]


def test_deaths_at_a_protest_are_one_incident(ex):
    t = "قُتل تسعة أشخاص في مدينة حمص أمس خلال مظاهرات تطالب بالإفراج عن المعتقلين."
    evs = _run(ex, _doc(t, quantities=[("تسعة", 9, 9, "شخص")], places=[("حمص", "C3", "Homs", "Homs", "city")],
                        dates=[("أمس", "2024-03-04", "day")]))
    assert [(e["type"], e["fatalities"]["low"], len(e["mentions"])) for e in evs] == [("casualties", 9, 2)]
    # a protest told as its own news beside deaths elsewhere stays its own event
    t = "قُتل تسعة أشخاص في حمص، وخرجت مظاهرات في مدينة حماة."
    evs = _run(ex, _doc(t, quantities=[("تسعة", 9, 9, "شخص")], places=[("حمص", "C3", "Homs", "Homs", "city"),
                                                                     ("حماة", "C4", "Hama", "Hama", "city")]))
    assert sorted(e["type"] for e in evs) == ["casualties", "protest"]


def test_deaths_without_place_or_date_after_a_daily_toll_are_its_parts(ex):
    t = ("أحصت الشبكة مقتل 150 شخصاً في عموم البلاد يوم الأحد. "
         "وتابعت أن 30 جندياً لقوا حتفهم بألغام وقذائف هاون، بينما قُتل 4 مقاتلين في مواجهات قرب بلدة مورك.")
    evs = _run(ex, _doc(t, quantities=[("150", 150, 150, "شخص"), ("30", 30, 30, "جندي"), ("4", 4, 4, "مقاتل")],
                        places=[("مورك", "C5", "Morek", "Hama")], dates=[("يوم الأحد", "2024-03-03", "day")]))
    got = sorted((e["kind"], e["type"], (e["fatalities"] or {}).get("low")) for e in evs)
    assert got == [("aggregate", "casualties", 150), ("incident", "armed_clash", 4)]
    toll = next(e for e in evs if e["kind"] == "aggregate")
    assert [b["low"] for b in toll["breakdown"]] == [30]


def test_a_source_name_cut_inside_a_word_is_the_whole_word(ex):
    t = "وقالت وكالتا رويترز والصحافة الفرنسية إن 6 جنود انشقوا في مدينة درعا."
    d = _doc(t, quantities=[("6", 6, 6, "جندي")], places=[("درعا", "C6", "Daraa", "Daraa", "city")],
             entities=[("التا رويترز", "ORG")])
    evs = _run(ex, d)
    assert evs[0]["reported_by"]["surface"].startswith("وكالتا رويترز")


def test_an_opening_verb_with_its_own_subject_does_not_carry_the_source_before(ex):
    t = ("أفاد المرصد بأن 5 عناصر انشقوا في بلدة إنخل. "
         "وقال الناشط سامر العلي إن الطرق أغلقت، بينما انشق 3 جنود في بلدة جاسم.")
    d = _doc(t, quantities=[("5", 5, 5, "عنصر"), ("3", 3, 3, "جندي")],
             places=[("إنخل", "C7", "Inkhil", "Daraa"), ("جاسم", "C8", "Jasim", "Daraa")],
             entities=[("المرصد", "ORG"), ("سامر العلي", "PER")])
    evs = _run(ex, d)
    by_place = {e["place"]["name_en"]: e["reported_by"] for e in evs}
    assert by_place["Inkhil"]["surface"] == "المرصد"
    # the activist's complement clause runs on after «بينما»: his report, not the one before
    assert by_place["Jasim"]["surface"] == "الناشط سامر العلي"


def test_a_verb_in_a_relative_clause_refers_back(ex):
    t = ("انشق 7 جنود عن اللواء في بلدة خربة غزالة. "
         "وقالت شبكة محلية إن فصيلاً معارضاً استقبل الجنود الذين انشقوا ونقلهم إلى مكان آمن.")
    evs = _run(ex, _doc(t, quantities=[("7", 7, 7, "جندي")], places=[("خربة غزالة", "C9", "Khirbet Ghazaleh", "Daraa")]))
    assert [(e["type"], e["count"]["low"], len(e["mentions"])) for e in evs] == [("defection", 7, 2)]


def test_a_bare_lead_and_its_detailed_telling_are_one_incident(ex):
    t = ("أعلن ناشطون اليوم انشقاق ضابط رفيع عن قوات النظام. "
         "وذكرت شبكة محلية أن العميد انشق عن فرقته ووصل مع عائلته إلى بلدة نصيب.")
    evs = _run(ex, _doc(t, places=[("نصيب", "C10", "Nasib", "Daraa")], dates=[("اليوم", "2024-03-05", "day")]))
    assert [(e["type"], (e["place"] or {}).get("name_en")) for e in evs] == [("defection", "Nasib")]
    # a lead with a place of its own and another telling elsewhere stay two incidents
    t = "انشق عنصران في بلدة نوى. وفي مدينة جاسم، انشق 4 عناصر عن الحاجز."
    evs = _run(ex, _doc(t, quantities=[("4", 4, 4, "عنصر")],
                        places=[("نوى", "C1", "Nawa", "Daraa"), ("جاسم", "C8", "Jasim", "Daraa")]))
    assert len(evs) == 2


def test_a_generic_source_keeps_its_adjective(ex):
    t = "قال مصدر مطلع إن 9 عناصر انشقوا عن الحاجز في بلدة داعل."
    evs = _run(ex, _doc(t, quantities=[("9", 9, 9, "عنصر")], places=[("داعل", "C11", "Dael", "Daraa")]))
    assert evs[0]["reported_by"]["surface"] == "مصدر مطلع"


def test_who_launched_the_strikes_is_their_agent_not_a_victim(ex):
    t = "قُتل 6 مدنيين في غارات شنّتها قوات النظام على بلدة كفرنبل."
    evs = _run(ex, _doc(t, quantities=[("6", 6, 6, "مدني")], places=[("كفرنبل", "C2", "Kafr Nabl", "Idlib")]))
    roles = {a["surface"]: a["role"] for a in evs[0]["actors"]}
    assert roles["قوات النظام"] == "agent"


def test_a_period_in_a_relative_clause_does_not_make_the_toll_an_aggregate(ex):
    t = "قُتل 4 مدنيين أمس في قصف على مدينة أريحا التي تتعرض منذ أسابيع لحملة عنيفة."
    evs = _run(ex, _doc(t, quantities=[("4", 4, 4, "مدني")], places=[("أريحا", "C12", "Ariha", "Idlib", "city")],
                        dates=[("أمس", "2024-03-04", "day")]))
    assert [(e["kind"], e["date"]) for e in evs] == [("incident", "2024-03-04")]


def test_a_place_controlled_by_someone_is_no_territory_change(ex):
    t = "استهدفت غارات جوية بلدة سرمين التي يسيطر عليها فصيل معارض."
    evs = _run(ex, _doc(t, places=[("سرمين", "C13", "Sarmin", "Idlib")]))
    assert [e["type"] for e in evs] == ["airstrike"]


def test_the_speaker_of_a_complement_clause_reports_both_of_its_parts(ex):
    t = "وأوضح مدير الشبكة أن 5 مدنيين قتلوا في قصف على بلدة سراقب فيما قتل 2 آخران في قصف على بلدة تفتناز."
    evs = _run(ex, _doc(t, quantities=[("5", 5, 5, "مدني"), ("2", 2, 2, None)],
                        places=[("سراقب", "C14", "Saraqib", "Idlib"), ("تفتناز", "C15", "Taftanaz", "Idlib")]))
    assert sorted(e["reported_by"]["surface"] for e in evs) == ["مدير الشبكة"] * 2


def test_a_regional_toll_then_its_details_is_one_incident(ex):
    t = ("قُتل 12 مدنياً أمس في غارات جوية على محافظة إدلب. "
         "وأفادت الشبكة عن غارة على قرية كنصفرة مودية بثلاثة مدنيين.")
    evs = _run(ex, _doc(t, quantities=[("12", 12, 12, "مدني"), ("بثلاثة", 3, 3, "مدني")],
                        places=[("إدلب", "SY07", "Idlib", "Idlib", "governorate"),
                                ("كنصفرة", "C16", "Kansafra", "Idlib")], dates=[("أمس", "2024-03-04", "day")]))
    assert [(e["type"], e["fatalities"]["low"], [b["low"] for b in e["breakdown"]]) for e in evs] == \
        [("airstrike", 12, [3])]
    # a second strike in another governorate is its own incident
    t = "قُتل 12 مدنياً أمس في غارات جوية على محافظة إدلب. وقُتل 3 في غارة على بلدة الأتارب."
    evs = _run(ex, _doc(t, quantities=[("12", 12, 12, "مدني"), ("3", 3, 3, None)],
                        places=[("إدلب", "SY07", "Idlib", "Idlib", "governorate"), ("الأتارب", "C17", "Atarib", "Aleppo")],
                        dates=[("أمس", "2024-03-04", "day")]))
    assert len(evs) == 2


def test_the_continuing_bombardment_refers_to_the_strikes_told_before(ex):
    t = "شنّت طائرات حربية 8 غارات على بلدة معرة حرمة. وأدى القصف إلى إصابة 14 شخصاً."
    evs = _run(ex, _doc(t, quantities=[("8", 8, 8, "غارة"), ("14", 14, 14, "شخص")],
                        places=[("معرة حرمة", "C18", "Maarat Hurma", "Idlib")]))
    assert [(e["type"], e["count"]["low"], e["injured"]["low"]) for e in evs] == [("airstrike", 8, 14)]


def test_a_sentence_about_the_attacks_told_before_keeps_their_source(ex):
    t = ("نفذت الطائرات منذ بداية العام 40 غارة على ريف حماة، بحسب الشبكة. "
         "وأسفرت الهجمات عن مقتل 9 أشخاص في بلدة كفرزيتا.")
    evs = _run(ex, _doc(t, quantities=[("40", 40, 40, "غارة"), ("9", 9, 9, "شخص")],
                        places=[("كفرزيتا", "C19", "Kafr Zita", "Hama")], entities=[("الشبكة", "ORG")]))
    dead = next(e for e in evs if (e["fatalities"] or {}).get("low") == 9)
    assert dead["reported_by"]["surface"] == "الشبكة"


def test_quoted_names_in_a_list_of_villages_are_one_group(ex):
    t = 'سيطرت فصائل المعارضة أمس على قرى "تل ملح" و"الجلمة" شمال حماة.'
    evs = _run(ex, _doc(t, places=[("تل ملح", "C20", "Tal Milh", "Hama"), ("الجلمة", "C21", "Jalama", "Hama")],
                        dates=[("أمس", "2024-03-04", "day")]))
    assert sorted(e["place"]["name_en"] for e in evs) == ["Jalama", "Tal Milh"]
    assert len({e["group"] for e in evs}) == 1 and evs[0]["group"] is not None


def test_the_village_means_the_village_told_before_not_a_distance_marker(ex):
    t = ("سيطرت قوات النظام أمس على قرية الزكاة (12 كم شمال مدينة حماة). "
         "وقال ناشطون إن القوات دخلت القرية بعد قصف مدفعي عنيف لها من معسكر الراشدين.")
    d = _doc(t, places=[("الزكاة", "C22", "Zakat", "Hama"), ("حماة", "C23", "Hama", "Hama", "city"),
                        ("الراشدين", "C24", "Rashidin", "Aleppo")], dates=[("أمس", "2024-03-04", "day")])
    evs = _run(ex, d)
    places = {e["type"]: (e["place"] or {}).get("name_en") for e in evs}
    assert places["territory_change"] == "Zakat"
    assert places.get("shelling") in (None, "Zakat")  # fired from the camp: the camp is not where it fell


def test_a_time_word_ends_a_generic_source(ex):
    t = "وجاءت السيطرة بحسب المصادر عقب اشتباكات عنيفة في بلدة اللطامنة."
    evs = _run(ex, _doc(t, places=[("اللطامنة", "C25", "Latamneh", "Hama")]))
    assert {e["reported_by"]["surface"] for e in evs} == {"المصادر"}


def test_from_it_after_an_arrest_verb_is_no_breakdown_and_a_campaign_total_keeps_its_details(ex):
    t = ("أسفرت حملة دهم عن اعتقال 40 شاباً في محافظة ريف دمشق أمس. "
         "وذكرت الشبكة أن الدورية داهمت بلدة يلدا واعتقلت منها 25 شاباً.")
    evs = _run(ex, _doc(t, quantities=[("40", 40, 40, "شاب"), ("25", 25, 25, "شاب")],
                        places=[("ريف دمشق", "SY03", "Rif Dimashq", "Rif Dimashq", "governorate"),
                                ("يلدا", "C26", "Yalda", "Rif Dimashq")], dates=[("أمس", "2024-03-04", "day")]))
    assert [(e["type"], e["count"]["low"], [b["low"] for b in e["breakdown"]]) for e in evs] == \
        [("arrest", 40, [25])]
    # alone, «اعتقلت منها 25» counts 25 (not a breakdown of nothing)
    t = "داهمت الدورية بلدة يلدا واعتقلت منها 25 شاباً."
    evs = _run(ex, _doc(t, quantities=[("25", 25, 25, "شاب")], places=[("يلدا", "C26", "Yalda", "Rif Dimashq")]))
    assert [(e["type"], e["count"]["low"]) for e in evs] == [("arrest", 25)]


def test_similar_protests_elsewhere_are_their_own_events(ex):
    t = ("خرج مئات المتظاهرين في محافظة السويداء اليوم. "
         "كما شهدت بلدة شهبا وقفة احتجاجية مماثلة شارك فيها العشرات.")
    evs = _run(ex, _doc(t, quantities=[("مئات", 200, 900, "متظاهر"), ("العشرات", 20, 90, None)],
                        places=[("السويداء", "SY14", "As-Suwayda", "As-Suwayda", "governorate"),
                                ("شهبا", "C27", "Shahba", "As-Suwayda")], dates=[("اليوم", "2024-03-05", "day")]))
    assert sorted(e["count"]["low"] for e in evs if e["type"] == "protest") == [20, 200]
