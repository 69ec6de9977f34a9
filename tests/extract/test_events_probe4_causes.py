"""Events: causes found on the probe helper's set 4 (issue 10, stop 20), each checked on our own
sentences in another house style (never the probe's passages). Earlier layers built by hand."""
from __future__ import annotations

import pytest

from marsad.extract.events import EventExtractor
from marsad.extract.events.extractor import happened

from test_events import _doc, _fig, _run


@pytest.fixture(scope="module")
def ex():
    return EventExtractor()


KOBANI = ("عين العرب", "C31", "Kobani", "Aleppo")
SALQIN = ("سلقين", "C32", "Salqin", "Idlib")
HARIM = ("حارم", "C33", "Harim", "Idlib")


def test_a_ministry_reporting_an_act_makes_no_statement(ex):
    # the act is told with an act noun the stage knows, or as a named operation it does not
    t = "وأكدت وزارة الدفاع البريطانية في بيان أن الغارات أصابت مستودعات للذخيرة قرب مدينة سلقين."
    assert [e["type"] for e in _run(ex, _doc(t, places=[SALQIN])) if e["type"] == "statement"] == []
    t = "وأعلن الجيش الأردني أن عملية «درع الحدود» دمرت 14 شاحنة للمهربين."
    assert [e["type"] for e in _run(ex, _doc(t)) if e["type"] == "statement"] == []
    # what may come is still what a statement says
    t = "قال وزير الخارجية الأردني إن بلاده لن تسمح بأي هجوم ينطلق من أراضيها."
    assert [e["type"] for e in _run(ex, _doc(t)) if happened(e)] == ["statement"]


def test_neutralised_fighters_are_a_clash_with_its_dead(ex):
    t = "أعلن الجيش التركي «تحييد» 6 مسلحين حاولوا التسلل قرب مدينة عين العرب."
    evs = _run(ex, _doc(t, quantities=[("6", 6, 6, "مسلح")], places=[KOBANI]))
    assert [(e["type"], _fig(e["fatalities"]), e["place"]["surface"]) for e in evs] == \
        [("armed_clash", 6, "عين العرب")]


def test_missiles_fired_are_a_strike_typed_by_who_fired_them(ex):
    t = "أطلقت بوارج حربية أمريكية 30 صاروخاً على مواقع للتنظيم قرب مدينة سلقين."
    evs = _run(ex, _doc(t, quantities=[("30", 30, 30, "صاروخ")], places=[SALQIN]))
    assert [(e["type"], _fig(e["count"])) for e in evs] == [("shelling", 30)]
    t = "سقطت صواريخ أطلقتها طائرات مسيرة في محيط مدينة حارم فجر اليوم."
    evs = _run(ex, _doc(t, places=[HARIM], dates=[("فجر اليوم", "2024-03-05", "day")]))
    assert [(e["type"], e["place"]["surface"]) for e in evs] == [("airstrike", "حارم")]
    # firing live rounds or releasing someone is no missile strike
    t = "أطلقت السلطات سراح 20 معتقلاً من سجن مدينة حارم."
    assert [e["type"] for e in _run(ex, _doc(t, quantities=[("20", 20, 20, "معتقل")], places=[HARIM]))
            if e["type"] in ("shelling", "airstrike")] == []


def test_answering_fire_is_an_act_of_its_own_with_no_borrowed_place(ex):
    t = ("قتل جنديان بقصف مدفعي استهدف نقطة عسكرية في مدينة سلقين صباح اليوم، وأعلنت الوزارة أن وحداتها "
         "ردت على مصادر النيران.")
    evs = _run(ex, _doc(t, quantities=[("جنديان", 2, 2, "جندي")], places=[SALQIN],
                        dates=[("صباح اليوم", "2024-03-05", "day")]))
    assert sorted((e["trigger"], (e["place"] or {}).get("surface")) for e in evs) == \
        [("ردت على مصادر النيران", None), ("قصف مدفعي", "سلقين")]


def test_evacuated_patients_and_wounded_are_evacuees_not_injured(ex):
    t = "أجلت فرق الهلال الأحمر 25 مريضاً وجريحاً من مدينة حارم المحاصرة."
    evs = _run(ex, _doc(t, quantities=[("25", 25, 25, "مريض")], places=[HARIM]))
    assert [(e["type"], _fig(e["count"]), e["injured"]) for e in evs] == [("other", 25, None)]


def test_leaving_a_besieged_pocket_is_an_other_event(ex):
    t = "خرج نحو 900 شخص من الجيب المحاصر في مدينة حارم على متن حافلات."
    evs = _run(ex, _doc(t, quantities=[("نحو 900", 900, 900, "شخص")], places=[HARIM]))
    assert [(e["type"], _fig(e["count"])) for e in evs] == [("other", 900)]


def test_places_joined_to_an_origin_say_where_people_come_from_too(ex):
    t = "أجرى نحو 300 شخص من أبناء مدينة سلقين وبلدة حارم تسوية لأوضاعهم أمس."
    evs = _run(ex, _doc(t, quantities=[("نحو 300", 300, 300, "شخص")], places=[SALQIN, HARIM],
                        dates=[("أمس", "2024-03-04", "day")]))
    assert [(e["type"], e["place"]["surface"]) for e in evs] == [("other", "سلقين")]


def test_so_far_is_the_running_toll_of_the_clash(ex):
    t = "اندلعت اشتباكات بين فصيلين محليين في مدينة سلقين، وأدت حتى الآن إلى مقتل 9 أشخاص."
    evs = _run(ex, _doc(t, quantities=[("9", 9, 9, "شخص")], places=[SALQIN]))
    assert [(e["kind"], e["type"], _fig(e["fatalities"])) for e in evs] == [("incident", "armed_clash", 9)]


def test_without_mentioning_injuries_negates_the_injuries(ex):
    t = "سقطت قذائف هاون على مدينة حارم مساء أمس، دون أن تذكر الوكالة وقوع إصابات."
    evs = _run(ex, _doc(t, places=[HARIM], dates=[("مساء أمس", "2024-03-04", "day")]))
    assert [(e["type"], e["modality"]) for e in evs] == [("shelling", "asserted"), ("casualties", "negated")]


def test_a_massacre_by_aircraft_is_an_airstrike(ex):
    t = "ارتكب الطيران الحربي مجزرة في سوق مدينة سلقين صباح اليوم راح ضحيتها 11 مدنياً."
    evs = _run(ex, _doc(t, quantities=[("11", 11, 11, "مدني")], places=[SALQIN],
                        dates=[("صباح اليوم", "2024-03-05", "day")]))
    assert [(e["type"], _fig(e["fatalities"])) for e in evs] == [("airstrike", 11)]
    # a massacre with no weapon told stays the deaths it is
    t = "ارتكبت الميليشيات مجزرة في مدينة سلقين راح ضحيتها 11 مدنياً."
    evs = _run(ex, _doc(t, quantities=[("11", 11, 11, "مدني")], places=[SALQIN]))
    assert [e["type"] for e in evs] == ["casualties"]


def test_a_toll_over_a_period_is_an_aggregate_and_its_causes_no_incident(ex):
    t = ("ارتفع إلى 320 عدد القتلى المدنيين في مدينة حارم منذ بدء الحملة قبل عشرة أيام، جراء الغارات "
         "والقذائف، وفق حصيلة جديدة.")
    evs = _run(ex, _doc(t, quantities=[("320", 320, 320, "مدني")], places=[HARIM],
                        dates=[("قبل عشرة أيام", "2024-02-24", "day")]))
    assert [(e["kind"], e["type"], _fig(e["fatalities"])) for e in evs] == [("aggregate", "casualties", 320)]


def test_a_result_clause_goes_back_to_the_main_act_not_the_one_it_came_after(ex):
    t = ("قصفت المدفعية التركية أطراف مدينة عين العرب اليوم، إثر اشتباك مع مسلحين من سكان المدينة، ما تسبب "
         "بمقتل أربعة أشخاص.")
    evs = _run(ex, _doc(t, quantities=[("أربعة", 4, 4, "شخص")], places=[KOBANI],
                        dates=[("اليوم", "2024-03-05", "day")]))
    assert sorted((e["type"], _fig(e["fatalities"]), (e["place"] or {}).get("surface")) for e in evs) == \
        [("armed_clash", None, "عين العرب"), ("shelling", 4, "عين العرب")]


def test_the_people_sanctioned_are_the_count(ex):
    t = "فرضت بريطانيا عقوبات جديدة على 9 شخصيات بينهم قادة في الميليشيات."
    evs = _run(ex, _doc(t, quantities=[("9", 9, 9, None)]))
    assert [(e["type"], _fig(e["count"])) for e in evs] == [("sanction", 9)]


def test_a_figure_before_its_verb_across_a_breakdown_aside(ex):
    t = "أفادت مصادر بأن 31 مجنداً من الفرقة الرابعة، بينهم ثلاثة ضباط برتبة ملازم أول، انشقوا فجر اليوم قرب مدينة حارم."
    evs = _run(ex, _doc(t, quantities=[("31", 31, 31, "مجند"), ("ثلاثة", 3, 3, "ضابط")], places=[HARIM],
                        dates=[("فجر اليوم", "2024-03-05", "day")]))
    assert [(e["type"], _fig(e["count"])) for e in evs] == [("defection", 31)]


def test_a_correspondents_post_is_not_the_place(ex):
    t = "لقي ثلاثة مدنيين حتفهم بقذائف مدفعية صباح اليوم، وفق ما ذكره مراسل عنب بلدي في سلقين."
    evs = _run(ex, _doc(t, quantities=[("ثلاثة", 3, 3, "مدني")], places=[SALQIN],
                        dates=[("صباح اليوم", "2024-03-05", "day")]))
    assert [(e["type"], e["place"]) for e in evs] == [("shelling", None)]
    # a local body's place is often the event's own
    t = "قال مدير الدفاع المدني في سلقين إن فرقه انتشلت جثث ثلاثة رجال."
    evs = _run(ex, _doc(t, quantities=[("ثلاثة", 3, 3, "رجل")], places=[SALQIN]))
    assert [e["place"]["surface"] for e in evs] == ["سلقين"]


def test_a_days_toll_ranked_against_the_past_is_that_days_incident(ex, no_splitter):
    ghouta = ("القلمون الشرقي", "R2", "Eastern Qalamoun", "Rif Dimashq", "region")
    t = ("قُتل 37 مدنياً جراء غارات جوية على بلدات القلمون الشرقي خلال يوم أمس السبت، في أعنف حصيلة "
         "منذ أشهر. وتركز القصف على بلدتي الرحيبة وجيرود.")
    evs = _run(ex, _doc(t, quantities=[("37", 37, 37, "مدني")],
                        places=[ghouta, ("الرحيبة", "C35", "Ruhaybah", "Rif Dimashq"),
                                ("جيرود", "C36", "Jayrud", "Rif Dimashq")],
                        dates=[("يوم أمس السبت", "2024-03-02", "day")]))
    assert [(e["kind"], e["type"], _fig(e["fatalities"]), e["date"]) for e in evs] == \
        [("incident", "airstrike", 37, "2024-03-02")]


def test_an_operation_on_hideouts_is_a_clash_and_cars_destroyed_are_no_dead(ex):
    t = ("أوقعت وحدات من الجيش قتلى في صفوف المسلحين خلال عملية نوعية في مدينة سلقين، ودمرت خمس سيارات "
         "محملة بالذخيرة.")
    evs = _run(ex, _doc(t, quantities=[("خمس", 5, 5, "سيارة")], places=[SALQIN]))
    assert [(e["type"], e["fatalities"], e["count"]) for e in evs] == [("armed_clash", None, None)]


def test_a_campaigns_tally_is_an_aggregate_apart_from_the_act_told(ex):
    t = ("سيطرت الفصائل اليوم على مدينة سلقين، في اليوم الخامس من معركة «فجر الشمال» التي انتزعت فيها "
         "الفصائل أكثر من 40 قرية.")
    evs = _run(ex, _doc(t, quantities=[("أكثر من 40", 40, None, "قرية")], places=[SALQIN],
                        dates=[("اليوم", "2024-03-05", "day")]))
    assert sorted((e["kind"], e["type"], _fig(e["count"])) for e in evs) == \
        [("aggregate", "territory_change", 40), ("incident", "territory_change", None)]
    # the battle named as the frame is no clash of its own
    assert not [e for e in evs if e["type"] == "armed_clash"]


def test_an_exit_is_where_they_left_and_a_deal_where_its_parties_are(ex):
    t = ("دخلت وحدات الجيش مدينة حارم اليوم، عقب خروج آخر دفعة من المسلحين نحو مدينة سلقين.")
    evs = _run(ex, _doc(t, places=[HARIM, SALQIN], dates=[("اليوم", "2024-03-05", "day")]))
    assert sorted((e["type"], e["place"]["surface"]) for e in evs) == \
        [("other", "حارم"), ("territory_change", "حارم")]
    t = "توصلت لجنة الأهالي في مدينة حارم والجانب التركي، مساء أمس، إلى اتفاق لوقف القصف."
    evs = _run(ex, _doc(t, places=[HARIM], dates=[("مساء أمس", "2024-03-04", "day")]))
    assert [(e["type"], e["place"]["surface"]) for e in evs] == [("agreement", "حارم")]
