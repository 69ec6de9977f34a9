"""A sum over a period has no place of the act told before it, nor of a part ranked in it (stop 37, helper place4;
extractor.AGGREGATE_NOT_TOLD_BEFORE, extractor.RANKED_PLACE with arguments.a_ranked_place and cues.json
ranking_places). Our own sentences, run through the whole pipeline; every span checked (piped.piped_events)."""
from __future__ import annotations

import pytest

from marsad.extract.events import extractor
from piped import piped_events as _piped


def _records(pipe, text):
    evs = _piped(pipe, text)
    for e in evs:
        p = e["place"]
        if p and p.get("start") is not None:
            assert text[p["start"]:p["end"]] == p["surface"]
    return evs


def _placed_at(pipe, text, typ, place, start):
    """The one record of `typ` is placed at `place`, its span starting at `start`."""
    evs = [e for e in _records(pipe, text) if e["type"] == typ]
    assert len(evs) == 1, evs
    p = evs[0]["place"]
    assert (p["surface"], p["start"], p["end"]) == (place, start, start + len(place))


def test_both_rules_are_on():
    assert extractor.AGGREGATE_NOT_TOLD_BEFORE and extractor.RANKED_PLACE


def test_a_month_s_toll_after_a_strike_is_not_placed_at_the_strike(pipe):
    # a strike on a town, then the month's toll of the same kind of act (its definite noun names the kind)
    text = ("قصفت طائرات حربية فجر الأحد منازل في بلدة كفرنبل جنوبي إدلب، فقتلت رجلاً وجرحت خمسة. وفي الشهر "
            "الفائت، أحصى المرصد مقتل 312 مدنياً بالغارات الجوية، بينهم 70 طفلاً.")
    evs = _records(pipe, text)
    strike = [e for e in evs if e["type"] == "airstrike" and e["kind"] == "incident"]
    total = [e for e in evs if e["type"] == "airstrike" and e["kind"] == "aggregate"]
    assert len(strike) == 1 and len(total) == 1, evs
    p = strike[0]["place"]
    assert (p["surface"], p["start"], p["end"]) == ("كفرنبل", 42, 48)
    assert total[0]["place"] is None
    assert total[0]["fatalities"]["low"] == 312


def test_the_same_strike_told_again_by_its_noun_keeps_its_town(pipe):
    # not a sum: the bodies pulled from the rubble of the same raids stay at the town
    text = ("قصفت طائرات حربية فجر الأحد منازل في بلدة كفرنبل جنوبي إدلب، فقتلت رجلاً وجرحت خمسة. وانتشلت فرق "
            "الإنقاذ ثلاث جثث من تحت أنقاض المنازل المدمرة جراء الغارات.")
    evs = [e for e in _records(pipe, text) if e["type"] == "airstrike"]
    assert [(e["place"]["surface"], e["place"]["start"]) for e in evs] == [("كفرنبل", 42)]


@pytest.mark.parametrize("text,typ,total", [
    # a governorate heading the month's arrests with its own share
    ("وثّقت الشبكة 600 حالة اعتقال خلال الشهر الماضي، وتصدرت محافظة دير الزور المحافظات بـ90 حالة.", "arrest", 600),
    # a governorate at the head of the month's dead by its percentage
    ("أحصت الشبكة مقتل 120 مدنياً خلال الشهر الماضي، وجاءت محافظة إدلب في صدارة الحصيلة بنسبة 40%.",
     "casualties", 120),
])
def test_a_part_ranked_in_a_sum_is_not_the_sum_s_place(pipe, text, typ, total):
    evs = [e for e in _records(pipe, text) if e["type"] == typ]
    assert len(evs) == 1, evs
    assert evs[0]["kind"] == "aggregate" and evs[0]["place"] is None
    assert evs[0]["count"]["low"] == total


def test_a_sum_told_in_its_governorate_keeps_it(pipe):
    # no word of rank: the governorate is where the month's arrests were counted
    _placed_at(pipe, "وثّقت الشبكة 600 حالة اعتقال في محافظة دير الزور خلال الشهر الماضي.", "arrest", "دير الزور", 39)


def test_a_part_s_bare_number_at_a_town_is_no_place_of_the_whole(pipe):
    # the day's dead, then where each part fell: «منهم 16 في مدينة X وثلاثة في Y» (arguments._bare_part_at)
    from marsad.extract.events import arguments
    assert arguments.BARE_PART_AT
    text = "أفاد ناشطون بأن 24 مدنياً قضوا برصاص الأمن يوم الجمعة، منهم 16 في مدينة درعا وثلاثة في إنخل."
    evs = [e for e in _records(pipe, text) if e["type"] == "casualties"]
    assert len(evs) == 1, evs
    assert evs[0]["place"] is None and evs[0]["count"]["low"] == 24


@pytest.mark.parametrize("text,typ,place,start", [
    # the whole told at its town, a part of it named after: the town stays
    ("قتلت غارات روسية 30 مدنياً في بلدة سراقب، بينهم 9 أطفال.", "airstrike", "سراقب", 35),
    # a part with its counted noun, then the place: the place goes on with the whole's clause
    ("لقي 40 عنصراً حتفهم في هجوم على مواقع للجيش، بينهم 12 ضابطاً في ريف حماة.", "armed_clash", "ريف حماة", 64),
])
def test_a_part_with_its_noun_leaves_the_place_to_the_whole(pipe, text, typ, place, start):
    _placed_at(pipe, text, typ, place, start)


@pytest.mark.parametrize("text,typ,place,start", [
    # «بينما كان …»: what the victim was doing where, not a parallel story (cues.json clause_breaks' longer forms)
    ("قُتل رجل مساء الخميس برصاص مجهولين بينما كان عائداً إلى منزله في بلدة الحراك شرقي درعا.", "armed_clash",
     "الحراك", 70),
    ("اختُطف سائق سيارة أجرة أمس بينما كان على طريق شهبا في ريف السويداء الشمالي.", "arrest", "شهبا", 46),
])
def test_a_while_clause_of_the_act_s_own_people_gives_its_place(pipe, text, typ, place, start):
    _placed_at(pipe, text, typ, place, start)


def test_a_parallel_story_after_while_keeps_its_own_place(pipe):
    # «بينما كانت اشتباكات تدور في محيط بلدة Y»: another act, at its own town; the shelling stays at X
    text = "قصفت المدفعية قرية الحويز صباح الأحد، بينما كانت اشتباكات تدور في محيط بلدة كفرنبودة."
    got = sorted((e["type"], e["place"]["surface"], e["place"]["start"]) for e in _records(pipe, text))
    assert got == [("armed_clash", "كفرنبودة", 76), ("shelling", "الحويز", 19)]


@pytest.mark.parametrize("text,place,start", [
    # the headline names the one town; the deployment's sentence names none (extractor._LOCATED)
    ("توتر أمني في مدينة جرمانا جنوب شرقي العاصمة\nقُتل ثلاثة مسلحين في مواجهات مع قوات الأمن مساء الثلاثاء. وأعلنت وزارة "
     "الدفاع أنها شرعت في نشر وحدات عسكرية للفصل بين الطرفين.", "جرمانا", 19),
    # the sentence before names the one town
    ("دارت اشتباكات بين مسلحين من العشائر في بلدة الصنمين شمالي درعا صباح الأحد. وأرسلت وزارة الداخلية تعزيزات أمنية "
     "لضبط الوضع.", "الصنمين", 44),
])
def test_a_deployment_with_no_place_goes_where_the_story_is(pipe, text, place, start):
    _placed_at(pipe, text, "reinforcement", place, start)


def test_a_deployment_after_two_towns_stays_unplaced(pipe):
    # two towns before: which of them the force went to the text does not say
    text = "اندلعت اشتباكات في بلدة الصنمين وفي مدينة جاسم صباح الأحد. وأرسلت وزارة الداخلية تعزيزات أمنية لضبط الوضع."
    evs = [e for e in _records(pipe, text) if e["type"] == "reinforcement"]
    assert len(evs) == 1 and evs[0]["place"] is None, evs
