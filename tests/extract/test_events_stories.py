"""Events told over more than one sentence, and what is no conflict event (issue 10, stop 20):
a toll in the sentence after its act, a subject carried to the next verb, threats as statements,
earthquakes and road accidents, funerals, roads between two towns. Our own sentences; earlier
layers built by hand."""
from __future__ import annotations

import pytest

from marsad.extract.events import EventExtractor
from marsad.extract.events.extractor import happened

from test_events import _doc, _fig, _run


@pytest.fixture(scope="module")
def ex():
    return EventExtractor()


TALBISEH = ("تلبيسة", "C21", "Talbiseh", "Homs")
MAYADIN = ("الميادين", "C22", "Al-Mayadin", "Deir ez-Zor")


def test_a_toll_opened_by_a_result_verb_is_the_act_before(ex):
    t = ("قصفت طائرات حربية روسية مدينة تلبيسة بعد ظهر اليوم. وأسفر ذلك عن مقتل أربعة مدنيين، "
         "وفق الدفاع المدني.")
    evs = _run(ex, _doc(t, quantities=[("أربعة", 4, 4, "مدني")], places=[TALBISEH],
                        dates=[("بعد ظهر اليوم", "2024-03-05", "day")]))
    assert [(e["type"], _fig(e["fatalities"]), e["place"]["surface"], e["date_source"]) for e in evs] == \
        [("airstrike", 4, "تلبيسة", "text")]


def test_deaths_told_with_their_own_verb_after_the_act_join_it(ex):
    t = ("استهدفت غارات جوية مدينة الميادين ليلة أمس. وقُتل ستة عناصر من الميليشيات وجرح تسعة آخرون.")
    evs = _run(ex, _doc(t, quantities=[("ستة", 6, 6, "عنصر"), ("تسعة", 9, 9, None)], places=[MAYADIN],
                        dates=[("ليلة أمس", "2024-03-04", "day")]))
    assert [(e["type"], _fig(e["fatalities"]), _fig(e["injured"])) for e in evs] == [("airstrike", 6, 9)]
    # a death sentence naming a place of its own is another story
    t = "استهدفت غارات جوية مدينة الميادين ليلة أمس. وقُتل ستة مدنيين في مدينة تلبيسة."
    evs = _run(ex, _doc(t, quantities=[("ستة", 6, 6, "مدني")], places=[MAYADIN, TALBISEH],
                        dates=[("ليلة أمس", "2024-03-04", "day")]))
    assert sorted(e["type"] for e in evs) == ["airstrike", "casualties"]


def test_died_in_the_bombing_is_a_death_verb(ex):
    t = "قصفت قوات النظام مدينة تلبيسة بالمدفعية. وقضى في القصف سبعة أشخاص منهم ثلاثة أطفال."
    evs = _run(ex, _doc(t, quantities=[("سبعة", 7, 7, "شخص"), ("ثلاثة", 3, 3, "طفل")], places=[TALBISEH]))
    assert [(e["type"], _fig(e["fatalities"])) for e in evs] == [("shelling", 7)]


def test_a_subject_carries_to_the_next_sentence(ex):
    t = "استقدمت قوات النظام تعزيزات إلى مدينة تلبيسة. وقصفت بالمدفعية الثقيلة مدينة الميادين مساء أمس."
    evs = _run(ex, _doc(t, places=[TALBISEH, MAYADIN], dates=[("مساء أمس", "2024-03-04", "day")]))
    shelling = next(e for e in evs if e["type"] == "shelling")
    assert [(a["role"], a["canonical"]) for a in shelling["actors"] if a["role"] == "agent"] == \
        [("agent", "Syrian government forces")]
    # a death verb carries no agent (who died did not strike)
    t = "استقدمت قوات النظام تعزيزات إلى مدينة تلبيسة. وقُتل خمسة مدنيين في مدينة الميادين."
    evs = _run(ex, _doc(t, quantities=[("خمسة", 5, 5, "مدني")], places=[TALBISEH, MAYADIN]))
    dead = next(e for e in evs if e["type"] == "casualties")
    assert not [a for a in dead["actors"] if a["role"] == "agent"]


def test_a_threat_is_a_statement_and_what_it_threatens_did_not_happen(ex):
    t = "هدد وزير الخارجية التركي بتوسيع العمليات العسكرية في شمال سوريا إذا استمرت الهجمات."
    evs = _run(ex, _doc(t))
    assert [(e["type"], e["reported_by"]["surface"]) for e in evs if happened(e)] == \
        [("statement", "وزير الخارجية التركي")]
    t = "توعدت هيئة تحرير الشام قوات النظام برد قاس في حال واصلت هجماتها."
    evs = _run(ex, _doc(t))
    assert [(e["type"], e["reported_by"]["surface"]) for e in evs if happened(e)] == \
        [("statement", "هيئة تحرير الشام")]
    # «أي تقدم»: any advance is one that may come
    t = "حذر قائد ميداني من أن أي تقدم للميليشيات نحو مدينة الميادين سيكلفها كثيراً."
    evs = _run(ex, _doc(t, places=[MAYADIN]))
    assert [e["modality"] for e in evs if e["type"] == "territory_change"] == ["hypothetical"]


def test_earthquake_and_road_accident_deaths_are_no_conflict_events(ex):
    t = ("ضرب زلزال بقوة ست درجات ريف اللاذقية فجر اليوم وتسبب بمقتل 23 شخصاً في مدينة تلبيسة. "
         "وارتفع عدد الضحايا إلى 30 مساءً.")
    assert _run(ex, _doc(t, quantities=[("23", 23, 23, "شخص"), ("30", 30, 30, None)], places=[TALBISEH])) == []
    t = "قضى ثلاثة شبان في حادث سير قرب مدينة الميادين."
    assert _run(ex, _doc(t, quantities=[("ثلاثة", 3, 3, "شاب")], places=[MAYADIN])) == []
    # shelling of a town the quake struck is still shelling
    t = "قصفت قوات النظام مدينة تلبيسة المنكوبة بالزلزال، ما أدى إلى مقتل مدنيين اثنين."
    evs = _run(ex, _doc(t, quantities=[("اثنين", 2, 2, "مدني")], places=[TALBISEH]))
    assert [(e["type"], _fig(e["fatalities"])) for e in evs] == [("shelling", 2)]


def test_funerals_give_the_dead_not_the_mourners_and_not_their_own_day(ex):
    t = "شيّع الآلاف في مدينة تلبيسة اليوم جثامين خمسة شبان قضوا برصاص قناص."
    evs = _run(ex, _doc(t, quantities=[("الآلاف", 2000, 9000, None), ("خمسة", 5, 5, "شاب")], places=[TALBISEH],
                        dates=[("اليوم", "2024-03-05", "day")]))
    assert [(e["type"], _fig(e["fatalities"]), e["date"]) for e in evs] == [("casualties", 5, None)]
    # the day of the deaths, told after them, is theirs
    t = "شارك المئات في تشييع ثلاثة مدنيين قتلوا أمس بقصف مدفعي على مدينة تلبيسة."
    evs = _run(ex, _doc(t, quantities=[("المئات", 200, 900, None), ("ثلاثة", 3, 3, "مدني")], places=[TALBISEH],
                        dates=[("أمس", "2024-03-04", "day")]))
    assert [(e["type"], _fig(e["fatalities"]), e["date"]) for e in evs] == [("shelling", 3, "2024-03-04")]


def test_a_road_between_two_towns_is_one_place(ex):
    qamishli = ("القامشلي", "C23", "Qamishli", "Al-Hasakah")
    derbasiyah = ("الدرباسية", "C24", "Ad-Darbasiyah", "Al-Hasakah")
    t = "قصفت مسيرة تركية سيارةً كانت تعبر الطريق الواصل بين القامشلي والدرباسية، ما تسبب بمقتل شخصين."
    evs = _run(ex, _doc(t, quantities=[("شخصين", 2, 2, "شخص")], places=[qamishli, derbasiyah]))
    assert [(e["type"], e["place"]["surface"], e["group"]) for e in evs] == [("airstrike", "القامشلي", None)]
    # a town named beside the road is the more specific place
    t = "قُتل مدني برصاص قناص على طريق القامشلي - الدرباسية قرب مدينة تلبيسة."
    evs = _run(ex, _doc(t, places=[qamishli, derbasiyah, TALBISEH]))
    assert [e["place"]["surface"] for e in evs] == ["تلبيسة"]
    # towns listed for one act stay a group
    t = "قصفت الطائرات الحربية مدينتي القامشلي والدرباسية."
    evs = _run(ex, _doc(t, places=[qamishli, derbasiyah]))
    assert len({e["group"] for e in evs}) == 1 and [e["place"]["surface"] for e in evs] == ["القامشلي", "الدرباسية"]


def test_lost_their_lives_is_a_death_verb_and_killed_and_injured_is_neither(ex):
    t = "فقد ثلاثة مدنيين حياتهم جراء قصف صاروخي استهدف مدينة تلبيسة."
    evs = _run(ex, _doc(t, quantities=[("ثلاثة", 3, 3, "مدني")], places=[TALBISEH]))
    assert [(e["type"], _fig(e["fatalities"]), _fig(e["injured"])) for e in evs] == [("shelling", 3, None)]
    # «قتل وجرح 12»: twelve killed and injured together are not twelve of either
    t = "قتل وجرح 12 مدنياً بغارات جوية على مدينة تلبيسة."
    evs = _run(ex, _doc(t, quantities=[("12", 12, 12, "مدني")], places=[TALBISEH]))
    assert [(e["type"], e["fatalities"], e["injured"]) for e in evs] == [("airstrike", None, None)]


def test_an_act_and_the_running_total_it_adds_to_are_two_events(ex):
    t = "انشق نقيب عن قوات النظام اليوم في مدينة تلبيسة، ليرتفع بذلك عدد المنشقين في المدينة إلى 37 عسكرياً."
    evs = _run(ex, _doc(t, quantities=[("37", 37, 37, "عسكري")], places=[TALBISEH],
                        dates=[("اليوم", "2024-03-05", "day")]))
    assert sorted((e["kind"], _fig(e["count"])) for e in evs) == [("aggregate", 37), ("incident", None)]


def test_a_place_after_another_act_noun_is_that_acts(ex):
    t = "أصدرت اللجنة المركزية في مدينة تلبيسة بياناً أدانت فيه قصف مدينة الميادين."
    evs = _run(ex, _doc(t, places=[TALBISEH, MAYADIN]))
    assert [(e["type"], e["place"]["surface"]) for e in evs if e["type"] == "statement"] == [("statement", "تلبيسة")]


def test_losing_a_town_and_breaking_a_siege_are_territory_changes(ex):
    t = "أقرت قيادة الميليشيات بخسارة مدينة الميادين بعد هجوم واسع."
    evs = _run(ex, _doc(t, places=[MAYADIN]))
    assert [(e["type"], e["place"]["surface"]) for e in evs if e["type"] == "territory_change"] == \
        [("territory_change", "الميادين")]
    t = "فك مقاتلو الفصائل الحصار عن مدينة تلبيسة بعد معارك استمرت يومين."
    evs = _run(ex, _doc(t, places=[TALBISEH]))
    assert [(e["type"], e["place"]["surface"]) for e in evs] == [("territory_change", "تلبيسة")]


def test_detaining_and_rounding_up_for_service_are_arrests_and_a_stopped_act_is_none(ex):
    t = "أعلنت وزارة الداخلية توقيف أربعة أشخاص في مدينة تلبيسة بتهمة تهريب السلاح."
    evs = _run(ex, _doc(t, quantities=[("أربعة", 4, 4, "شخص")], places=[TALBISEH]))
    assert [(e["type"], _fig(e["count"])) for e in evs] == [("arrest", 4)]
    t = "ساقت الدوريات أكثر من 60 شاباً من مدينة الميادين إلى معسكرات التجنيد."
    evs = _run(ex, _doc(t, quantities=[("أكثر من 60", 60, None, "شاب")], places=[MAYADIN]))
    assert [(e["type"], _fig(e["count"])) for e in evs] == [("arrest", 60)]
    # «أوقفت» of an act: the act stopped, nothing happened
    t = "أوقفت الطائرات الروسية غاراتها على مدينة تلبيسة منذ ثلاثة أيام."
    assert _run(ex, _doc(t, places=[TALBISEH])) == []


def test_what_an_organisation_said_in_its_statement_is_a_statement(ex):
    t = "طالبت الهيئة العامة للثورة في بيان لها المنظمات الدولية بإدخال المساعدات إلى مدينة تلبيسة."
    evs = _run(ex, _doc(t, places=[TALBISEH]))
    assert [(e["type"], e["reported_by"]["surface"]) for e in evs if happened(e)] == \
        [("statement", "الهيئة العامة للثورة")]
    # a statement that carries an incident is that incident's source, not a statement
    t = "قالت الهيئة العامة للثورة في بيان إن تسعة مدنيين قتلوا بغارات على مدينة تلبيسة."
    evs = _run(ex, _doc(t, quantities=[("تسعة", 9, 9, "مدني")], places=[TALBISEH]))
    assert [e["type"] for e in evs if happened(e)] == ["airstrike"]


def test_a_habit_word_after_the_act_makes_it_a_habit_unless_the_clause_is_dated(ex):
    t = "تشن الأجهزة الأمنية حملات اعتقال بشكل متكرر في مدينة الميادين."
    assert _run(ex, _doc(t, places=[MAYADIN])) == []
    t = "داهمت الدوريات بشكل متكرر اليوم منازل في مدينة الميادين."
    evs = _run(ex, _doc(t, places=[MAYADIN], dates=[("اليوم", "2024-03-05", "day")]))
    assert [e["type"] for e in evs] == ["arrest"]


def test_an_attack_on_a_checkpoint_or_with_machine_guns_is_a_clash(ex):
    t = ("تبنى التنظيم هجوماً على حاجز للقوات في مدينة الميادين مساء أمس، أسفر عن فقدان ثلاثة عناصر "
         "لحياتهم.")
    evs = _run(ex, _doc(t, quantities=[("ثلاثة", 3, 3, "عنصر")], places=[MAYADIN],
                        dates=[("مساء أمس", "2024-03-04", "day")]))
    assert [(e["type"], _fig(e["fatalities"])) for e in evs] == [("armed_clash", 3)]
    t = "استهدف مسلحون بالأسلحة الرشاشة دورية قرب مدينة تلبيسة، ما تسبب بمقتل عنصرين."
    evs = _run(ex, _doc(t, quantities=[("عنصرين", 2, 2, "عنصر")], places=[TALBISEH]))
    assert [(e["type"], _fig(e["fatalities"])) for e in evs] == [("armed_clash", None)]  # (a dual: no figure, stop 27)


def test_a_hand_grenade_is_an_explosion(ex):
    t = "ألقى أشخاص مجهولون قنبلة يدوية داخل محل تجاري في مدينة تلبيسة، دون تسجيل إصابات."
    evs = _run(ex, _doc(t, places=[TALBISEH]))
    assert [(e["type"], e["place"]["surface"]) for e in evs if happened(e)] == [("explosion", "تلبيسة")]


def test_the_attack_claimed_after_an_explosion_is_that_explosion(ex):
    t = ("انفجرت سيارة مفخخة قرب حاجز في مدينة تلبيسة ظهر اليوم. وتبنى التنظيم الهجوم على الحاجز الذي أسفر "
         "عن مقتل خمسة من عناصره.")
    evs = _run(ex, _doc(t, quantities=[("خمسة", 5, 5, "عنصر")], places=[TALBISEH],
                        dates=[("ظهر اليوم", "2024-03-05", "day")]))
    assert [(e["type"], _fig(e["fatalities"])) for e in evs] == [("explosion", 5)]
