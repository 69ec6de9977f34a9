"""The event's own figure (issue 10, stop 29): a joint killed-and-wounded figure with no dead of their own
told is the act's count («سقط 66 قتيلاً وجريحاً في قصف …»), never its dead; «X وأحد …» («and one of») counts
no noun; a verb of counting with a day of its own and the act right after the dead («أحصى المرصد مقتل 14
مدنياً، اليوم، جراء غارات …») tells the act's toll that day, not a campaign's. Our own sentences in several
house styles (monitor, state agency, local outlet, wire); the whole pipeline."""
from __future__ import annotations

import pytest

from marsad.document import Document

from piped import piped_events, type_place


def _fig(e: dict, key: str):
    c = e.get(key)
    return None if c is None else (c["low"], c["high"])


# -- a joint figure ------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,typ,place,low,high", [
    # a monitor's: «سقط N قتيلاً وجريحاً في …»
    ("سقط 48 قتيلاً وجريحاً في قصف مدفعي استهدف مدينة دوما، بحسب المرصد السوري.",
     "shelling", "دوما", 48, 48),
    # a local outlet's: a hedge before, «بين قتيل ومصاب» after the counted noun
    ("أسفر انفجار عبوة ناسفة في سوق بلدة سرمدا عن سقوط نحو 25 شخصاً بين قتيل ومصاب، وفق مصادر محلية.",
     "explosion", "سرمدا", 25, 25),
    # a state agency's: «شهداء وجرحى»
    ("ارتقى 9 شهداء وجرحى جراء اعتداء إرهابي بقذائف الهاون على مدينة جرمانا.",
     "shelling", "جرمانا", 9, 9),
    # a wire's: the joint said before the figure («قضى وجرح أكثر من 40»)
    ("قضى وجرح أكثر من 40 مدنياً في غارات جوية استهدفت بلدة بنش في ريف إدلب، بحسب ناشطين.",
     "airstrike", "بنش", 40, None),
    # «أوقع» with the figure after a long subject
    ("أوقع انفجار سيارة مفخخة عند المدخل الجنوبي لمدينة جبلة 17 قتيلاً وجريحاً بين جنود النظام.",
     "explosion", "جبلة", 17, 17),
])
def test_a_joint_figure_alone_is_the_acts_count_not_its_dead(pipe, text, typ, place, low, high):
    evs = piped_events(pipe, text)
    assert type_place(evs) == [(typ, place)]
    (e,) = evs
    assert _fig(e, "count") == (low, high) and e["fatalities"] is None


@pytest.mark.parametrize("text,dead", [
    ("سقط 25 قتيلاً وجريحاً، بينهم 6 قتلى، بانفجار سيارة مفخخة وسط مدينة أعزاز.", 6),
    ("قتل 7 مدنيين وسقط عشرات القتلى والجرحى في قصف مدفعي على مدينة دوما.", 7),
    ("أسفر تفجير انتحاري في مدينة جرابلس عن سقوط 40 قتيلاً وجريحاً، بينهم 12 قتيلاً على الأقل.", 12),
])
def test_the_dead_told_with_a_joint_figure_are_the_figure(pipe, text, dead):
    (e,) = piped_events(pipe, text)
    assert e["fatalities"]["low"] == dead and e["count"] is None


# -- «و + أحد/إحدى»: one of, no count -----------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "قُتلت امرأة وأحد أبنائها وجُرح طفلان آخران بقصف مدفعي على قرية الهبيط.",
    "قتل رجل وأحد أبنائه بغارة جوية على بلدة بنش، بحسب الدفاع المدني.",
    "استشهد شاب وإحدى قريباته جراء قذائف صاروخية سقطت على مدينة أريحا.",
])
def test_and_one_of_counts_no_noun(pipe, text):
    d = Document(text, published="2024-03-05")
    pipe(d)
    assert not [q for q in d["quantities"] if q.get("low") == 1]
    (e,) = [e for e in piped_events(pipe, text)]
    assert e["fatalities"] is None and e["count"] is None


@pytest.mark.parametrize("text,surface,low", [
    ("اعتقلت الدورية جندياً واحداً عند الحاجز.", "جندياً واحداً", 1),
    ("قتل 11 شخصاً وأحد عشر آخرون جرحوا.", "أحد عشر", 11),
    ("قتل واحد وعشرون شخصاً في القصف.", "واحد وعشرون", 21),
])
def test_one_and_the_teens_still_count(pipe, text, surface, low):
    d = Document(text, published="2024-03-05")
    pipe(d)
    qs = {q["surface"]: q["low"] for q in d["quantities"]}
    assert qs.get(surface) == low


# -- a verb of counting with a day of its own ----------------------------------------------------------------
@pytest.mark.parametrize("text,typ,place,dead", [
    ("أحصى المرصد السوري لحقوق الإنسان مقتل 14 مدنياً، اليوم، جراء غارات روسية طالت بلدة البارة.",
     "airstrike", "البارة", 14),
    ("أحصى المرصد السوري مقتل 23 شخصاً أمس جراء قصف مدفعي على مدينة دوما.", "shelling", "دوما", 23),
    ("أحصت مصادر طبية مقتل ثمانية أشخاص صباح اليوم بانفجار سيارة مفخخة وسط مدينة أعزاز.", "explosion", "أعزاز", 8),
])
def test_a_counted_toll_of_the_day_is_the_acts(pipe, text, typ, place, dead):
    evs = piped_events(pipe, text)
    assert type_place(evs) == [(typ, place)]
    (e,) = evs
    assert e["kind"] == "incident" and e["fatalities"]["low"] == dead


@pytest.mark.parametrize("text", [
    "أحصى المرصد السوري لحقوق الإنسان مقتل 1140 مدنياً منذ بدء التصعيد في نيسان جراء الغارات على ريف إدلب.",
    "أحصى المرصد السوري اليوم مقتل 58 شخصاً في عموم البلاد.",
    "أحصت الشبكة مقتل 40 شخصاً في الغارات على إدلب خلال الشهر الماضي.",
])
def test_a_counted_toll_over_a_period_or_the_country_stays_a_sum(pipe, text):
    evs = piped_events(pipe, text)
    assert evs and all(e["kind"] == "aggregate" for e in evs if e["fatalities"] or e["count"])


@pytest.mark.parametrize("text", [
    "أفادت وزارة الدفاع بأن جندياً قتل وأصيب أربعة آخرون جراء هجوم نفذته «قسد» على نقطة للجيش في مدينة حلب.",
    "أفاد مصدر أمني بأن شرطياً قتل وأصيب أربعة آخرين بانفجار عبوة لاصقة في مدينة الباب.",
    "وقال الدفاع المدني إن طفلاً قتل وجرح خمسة مدنيين آخرين بقصف صاروخي على بلدة سرمين.",
])
def test_one_killed_then_others_hurt_is_no_joint_figure(pipe, text):
    (e,) = piped_events(pipe, text)
    assert e["count"] is None and e["fatalities"] is None and e["injured"] is not None


# -- «الأعنف منذ D، حين …»: a recalled act's own day and toll ------------------------------------------------
@pytest.mark.parametrize("text,typ,old", [
    ("لقي ثمانية أشخاص حتفهم بانفجار سيارة مفخخة وسط مدينة أعزاز اليوم. ويعتبر هذا الانفجار الأعنف في المدينة منذ "
     "شباط 2018، حين قتل أكثر من 45 شخصاً بتفجير شاحنة مفخخة.", "explosion", 45),
    ("قتل 12 مدنياً بغارات جوية استهدفت مدينة سراقب، في الحصيلة الأعلى منذ آذار 2019، عندما قتل 30 شخصاً بغارات "
     "على سوق المدينة.", "airstrike", 30),
    ("قالت مصادر محلية إن القصف على بلدة كفرنبل اليوم هو الأكثر دموية منذ أيار 2018، حين قتل 17 مدنياً بقصف "
     "مدفعي مماثل.", "shelling", 17),
])
def test_a_superlative_since_recalls_an_act_with_its_own_toll(pipe, text, typ, old):
    evs = piped_events(pipe, text)
    recalled = [e for e in evs if e["fatalities"] is not None and e["fatalities"]["low"] == old]
    assert len(recalled) == 1 and recalled[0]["type"] == typ and recalled[0]["kind"] == "incident"
    assert not [e for e in evs if e["kind"] == "aggregate"]


# -- «آخرين» after the injured: the trigger says which ----------------------------------------------------
@pytest.mark.parametrize("text,dead,hurt", [
    ("أوضحت مصادر أهلية أن عدد القتلى ارتفع إلى ستة عناصر، إضافة إلى إصابة خمسة آخرين.", 6, 5),
    ("قال المرصد إن حصيلة القتلى وصلت إلى 12 شخصاً، فضلاً عن إصابة 30 آخرين بجروح.", 12, 30),
    ("أحصت مصادر طبية سقوط أربعة قتلى في المدينة، إضافة إلى إصابة عشرة آخرين.", 4, 10),
])
def test_the_injured_added_to_the_dead_are_the_same_tolls_injured(pipe, text, dead, hurt):
    evs = [e for e in piped_events(pipe, text) if e["type"] == "casualties"]
    assert len(evs) == 1
    assert _fig(evs[0], "fatalities") == (dead, dead) and _fig(evs[0], "injured") == (hurt, hurt)


# -- the dead in the next sentence, an act of its own after «فيما» -------------------------------------------------
@pytest.mark.parametrize("text,typ,place,dead", [
    ("ضربت طائرات التحالف الدولي بلدة هجين شرقي دير الزور ليل أمس. وذكر ناشطون أن حصيلة الضحايا "
     "المدنيين وصلت إلى 18 شخصاً، فيما سوّت الغارات ثمانية منازل بالأرض.", "airstrike", "هجين", 18),
    ("قصفت قوات النظام مدينة أريحا بالمدفعية صباح اليوم. وأفاد الدفاع المدني بأن القصف أودى بحياة سبعة مدنيين، بينما "
     "استهدفت طائرات حربية بلدة سرمين المجاورة دون إصابات.", "shelling", "أريحا", 7),
    ("انفجرت سيارة مفخخة في مدينة أعزاز ظهر اليوم. وأفادت مصادر طبية بأن عدد الضحايا ارتفع إلى 11 قتيلاً، في حين "
     "أغلقت الشرطة العسكرية مداخل المدينة.", "explosion", "أعزاز", 11),
])
def test_the_dead_told_next_go_to_the_act_before_past_another_clause(pipe, text, typ, place, dead):
    evs = piped_events(pipe, text)
    assert not [e for e in evs if e["type"] == "casualties"]
    (e,) = [e for e in evs if e["type"] == typ and (e["place"] or {}).get("surface") == place]
    assert e["fatalities"]["low"] == dead
