"""Whether a record is an incident at all, and whether a statement is found (issue 10, stop 37, helper type2).

A trend or a habit is no incident: «منذ» may stand between the verb of escalation and the act noun, «تدور»
witnesses fighting going on, and a verb of repetition or sharing needs no «منذ» (types.json trend `since_reach`,
`habit_verbs`); the news of a day stays an incident. A recalled speech «وكان X قد قال/أعلن…» takes its speaker
from the words before «قد» (mentions._pluperfect_subject), so an office's or a body's recalled statement is found.
Our own sentences, run through the whole pipeline; spans are checked exactly."""
from __future__ import annotations

import pytest

from marsad.document import Document


def _run(pipe, text):
    d = Document(text, id="t", published="2024-03-05", outlet="منصة المثال")
    pipe(d)
    for e in d["events"]:
        assert d.text[e["start"]:e["end"]] == e["trigger"]
        rb = e["reported_by"] or {}
        if "start" in rb:
            assert d.text[rb["start"]:rb["end"]] == rb["surface"]
    return [e for e in d["events"] if e.get("modality", "asserted") == "asserted"]


def _types(evs):
    return sorted(e["type"] for e in evs)


# -- a trend or a habit is no incident ---------------------------------------------------------------------


def test_fighting_witnessed_for_five_days_is_the_news(pipe):
    evs = _run(pipe, "وتعيش البلدة على وقع مواجهات، إذ تشهد أحياؤها منذ خمسة أيام اشتباكات متفرقة بين الفصائل المحلية والأمن.")
    assert "armed_clash" in _types(evs)


def test_the_news_of_a_day_stays_an_incident(pipe):
    evs = _run(pipe, "وتدور منذ صباح اليوم مواجهات ضارية في محيط بلدة حيش بين الفصائل وقوات النظام.")
    assert [e["trigger"] for e in evs if e["type"] == "armed_clash"] == ["مواجهات"]


# -- a recalled speech finds its speaker before «قد» ------------------------------------------------------

def test_a_recalled_ministers_speech_is_a_statement(pipe):
    text = "وكان وزير الخارجية الأردني قد قال أمس إن بلاده لن تقبل أي تغيير في الحدود الشمالية."
    evs = _run(pipe, text)
    st = [e for e in evs if e["type"] == "statement"]
    assert [e["trigger"] for e in st] == ["قال"]
    assert st[0]["reported_by"]["surface"] == "وزير الخارجية الأردني"
    assert text.index("وزير") == st[0]["reported_by"]["start"]


def test_a_recalled_deputy_commanders_declaration_is_a_statement(pipe):
    text = "وكان نائب قائد الكتيبة العقيد سامر الحلو قد صرّح بأن كتيبته لن تقبل أي وساطة قبل نهاية العام."
    st = [e for e in _run(pipe, text) if e["type"] == "statement"]
    assert [e["trigger"] for e in st] == ["صرّح"]
    assert st[0]["reported_by"]["surface"] == "نائب قائد الكتيبة العقيد سامر الحلو"


# -- a taking by «استولى» over a site, a crossing, or a number of villages ----------------------------------

def test_seizing_a_border_crossing_is_a_taking(pipe):
    text = "وفي صباح اليوم التالي، استولى مقاتلو العشائر على منفذ اليعربية الحدودي شرقي الحسكة."
    evs = [e for e in _run(pipe, text) if e["type"] == "territory_change"]
    assert [e["trigger"] for e in evs] == ["استولى"]
    assert evs[0]["place"]["surface"] == "اليعربية"
    assert text[evs[0]["place"]["start"]:evs[0]["place"]["end"]] == "اليعربية"


def test_seizing_a_hill_site_is_a_taking(pipe):
    evs = _run(pipe, "واستولت الفصائل فجر اليوم على موقع تل الصوان العسكري بعد معارك استمرت ساعات.")
    assert "territory_change" in _types(evs)


# -- a Russian or Israeli bombardment with no weapon word is an air strike -------------------------------------

def test_a_russian_bombardment_is_an_air_strike(pipe):
    text = "قُتل تسعة مدنيين في قصف روسي طال سوقاً شعبية في بلدة حيش."
    evs = _run(pipe, text)
    assert [(e["type"], e["trigger"]) for e in evs] == [("airstrike", "قصف")]
    assert evs[0]["fatalities"]["low"] == 9


# -- crowds are no build-up ---------------------------------------------------


def test_a_military_build_up_stays(pipe):
    evs = _run(pipe, "ودفع الجيش بحشود عسكرية كبيرة إلى أطراف بلدة الصنمين مساء أمس.")
    assert [e["trigger"] for e in evs if e["type"] == "reinforcement"] == ["حشود"]

# -- the tables: a sentence and the types its asserted records must lack, or the one type they have -------------
ABSENT = [
    pytest.param("وتشهد مدينة اللطامنة وأريافها قصفاً متقطعاً منذ ثلاثة أسابيع وسط انقطاع الكهرباء.",
                 ('shelling',), id="shelling_witnessed_for_three_weeks_is_a_trend"),
    pytest.param("وكانت وزارة الداخلية العراقية قد أعلنت أمس أن ثلاثة من جنودها قُتلوا في هجوم قرب القائم.",
                 ('statement',), id="a_recalled_report_of_an_act_is_its_source_not_a_statement"),
    pytest.param("وكان المرصد قد أعلن الأسبوع الماضي أن عدد القتلى منذ بداية العام تجاوز 900 شخص.",
                 ('statement',), id="a_recalled_monitors_toll_is_no_statement"),
    pytest.param("واستولى عناصر الفصيل على أكثر من مئتي هكتار من بساتين الزيتون في قرية كفرجنة.",
                 ('territory_change',), id="seizing_farmland_is_no_taking"),
    pytest.param("واستولى المسلحون على ما في المستودع من أدوية ومواد غذائية قبل أن يفروا.",
                 ('territory_change',), id="seizing_goods_is_no_taking"),
    pytest.param("وأطلق عناصر الشرطة الغاز المسيل للدموع لتفريق الحشود قرب دوار الساعة وسط المدينة.",
                 ('reinforcement',), id="crowds_dispersed_are_no_build_up"),
    pytest.param("وخرجت حشود غفيرة عصر الجمعة في بلدة القريا تهتف ضد الفساد وغلاء الأسعار.",
                 ('reinforcement',), id="crowds_marching_are_no_build_up"),
    pytest.param("وتتصاعد في ريف المدينة منذ شهور عمليات الخطف والتفجير التي تطال التجار والموظفين.",
                 ('explosion', 'armed_clash'), id="since_between_the_verb_and_the_act_is_a_trend"),
    pytest.param("وتتوالى في قرى الريف الشرقي التفجيرات التي تستهدف دوريات الشرطة والموظفين المحليين.",
                 ('explosion',), id="a_verb_of_repetition_needs_no_since"),
    pytest.param("ويتقاسم الجيش والفصائل المحلية السيطرة على أحياء مدينة درعا منذ عام 2013.",
                 ('territory_change',), id="a_verb_of_sharing_control_is_a_state"),
    pytest.param("ويقول سكان المدينة التي تجري فيها منذ أشهر مواجهات شبه يومية إن الأسواق أغلقت.",
                 ('armed_clash',), id="fighting_going_on_for_months_is_a_trend"),
]


@pytest.mark.parametrize("text,absent", ABSENT)
def test_no_record_of_these_types(pipe, text, absent):
    assert not set(absent) & set(_types(_run(pipe, text)))


ONLY = [
    pytest.param("وتتكرر الغارات على بلدة حيش اليوم وسط نزوح الأهالي نحو الحدود.",
                 "airstrike", id="repeated_strikes_today_stay_an_incident"),
    pytest.param("وترافق هذا مع قصف إسرائيلي طال مواقع عسكرية في ريف القنيطرة الشمالي.",
                 "airstrike", id="an_israeli_bombardment_is_an_air_strike"),
    pytest.param("قُتل ثلاثة مدنيين في قصف تركي على قرية أم الكيف شمالي الحسكة.",
                 "shelling", id="a_turkish_bombardment_stays_shelling"),
    pytest.param("قصفت قوات النظام بصواريخ روسية الصنع بلدة حيش في الريف الجنوبي للمحافظة.",
                 "shelling", id="russian_made_rockets_fired_by_the_army_stay_shelling"),
]


@pytest.mark.parametrize("text,typ", ONLY)
def test_one_record_of_this_type(pipe, text, typ):
    assert _types(_run(pipe, text)) == [typ]
