"""Clause frames (data/events/frames.json, extract/events/frames.py; issue 10, stop 22, helper
mentions): a cause, a state, a destination, a period's start and an act recalled from before the
news are not the news; an act recalled to a day (or with a figure of its own) is background; the
act that follows a frame is kept. Our own sentences, several house styles; layers built by hand."""
from __future__ import annotations

import pytest

from marsad.extract.events import EventExtractor

from test_events import _doc, _run
from test_events_mentions import _asserted


@pytest.fixture(scope="module")
def ex():
    return EventExtractor()



def _tp(evs):
    return [(e["type"], (e["place"] or {}).get("surface"), e["background"]) for e in _asserted(evs)]


HATAY = ("هاتاي", "T1", "Hatay", None, "region")
JARABLUS = ("جرابلس", "P1", "Jarabulus", "Aleppo")
KILLI = ("كللي", "P2", "Killi", "Idlib")
DARAYA = ("داريا", "P3", "Darayya", "Rif Dimashq")
MUADAMIYA = ("المعضمية", "P4", "Al-Muadamiyah", "Rif Dimashq")
TADEF = ("تادف", "P5", "Tadef", "Aleppo")
QABASIN = ("قباسين", "P6", "Qabasin", "Aleppo")
MAYADIN = ("الميادين", "P7", "Al-Mayadin", "Deir ez-Zor")
BUKAMAL = ("البوكمال", "P8", "Al-Bukamal", "Deir ez-Zor")
DUMA = ("دوما", "P9", "Douma", "Rif Dimashq")
SALQIN = ("سلقين", "P10", "Salqin", "Idlib")
HARIM = ("حارم", "P11", "Harim", "Idlib")


# -- a cause ------------------------------------------------------------------------------------
def test_a_cause_is_no_event_and_lends_no_place(ex):
    # Anadolu style: the army's shelling, said to answer shells fired on a Turkish province
    t = ("قصفت المدفعية التركية مواقع للتنظيم قرب مدينة جرابلس اليوم. وذكر البيان أن الاستهداف أتى "
         "رداً على صواريخ سقطت على ولاية هاتاي مصدرها مناطق التنظيم.")
    evs = _run(ex, _doc(t, places=[JARABLUS, HATAY], dates=[("اليوم", "2024-03-05", "day")]))
    assert _tp(evs) == [("shelling", "جرابلس", False)]
    # SANA style: «رداً على» opening the clause, the answered act at a town of its own
    t = "استهدفت وحدات من الجيش بالمدفعية تجمعاً للإرهابيين في بلدة كللي، رداً على اعتداءات الإرهابيين بالقذائف على بلدة داريا."
    evs = _run(ex, _doc(t, places=[KILLI, DARAYA]))
    assert _tp(evs) == [("shelling", "كللي", False)]
    # AFP style: revenge named with «انتقاماً ل»
    t = "أعدم مسلحون ستة عناصر تابعين للنظام في مدينة المعضمية انتقاماً لمقتل قائدهم في غارة على بلدة داريا."
    evs = _run(ex, _doc(t, quantities=[("ستة", 6, 6, "عنصر")], places=[MUADAMIYA, DARAYA]))
    assert all(e["type"] != "airstrike" for e in _asserted(evs))
    assert all((e["place"] or {}).get("surface") != "داريا" for e in _asserted(evs))


def test_a_protest_against_an_act_is_the_protest_only(ex):
    # Enab Baladi style: the act protested is the reason, not an event of the report
    t = "خرج مئات المتظاهرين في مدينة دوما احتجاجاً على اعتقال عشرات الشبان خلال حملة دهم."
    evs = _run(ex, _doc(t, quantities=[("مئات", 200, 900, "متظاهر")], places=[DUMA]))
    assert [e["type"] for e in _asserted(evs)] == ["protest"]


# -- a state ------------------------------------------------------------------------------------
def test_control_during_a_period_is_no_takeover(ex):
    # SOHR style: people killed while a force held the area
    t = ("عثر الأهالي على جثث سبعة مدنيين في بلدة تادف، قتلوا على يد عناصر التنظيم خلال سيطرته على "
         "المنطقة، بحسب المرصد.")
    evs = _run(ex, _doc(t, quantities=[("سبعة", 7, 7, "مدني")], places=[TADEF]))
    assert all(e["type"] != "territory_change" for e in evs)
    # North Press style: «إبان سيطرة»
    t = "دمر التنظيم إبان سيطرة عناصره على مدينة الميادين عشرات المنازل، وفق ما قاله مسؤول محلي."
    evs = _run(ex, _doc(t, places=[MAYADIN]))
    assert all(e["type"] != "territory_change" for e in evs)


# -- a destination ------------------------------------------------------------------------------
def test_where_a_withdrawing_force_went_is_no_takeover(ex):
    # the attackers took a town; the defenders fell back to posts near another
    t = ("سيطر مقاتلو المعارضة أمس على بلدة قباسين بعد اشتباكات عنيفة، بينما انسحب العشرات من عناصر "
         "الحامية إلى مواقع قرب مدينة تادف.")
    evs = _run(ex, _doc(t, places=[QABASIN, TADEF], dates=[("أمس", "2024-03-04", "day")]))
    assert _tp(evs) == [("territory_change", "قباسين", False)]
    # a withdrawal from a town, with where they went: the town changed hands
    t = "انسحبت قوات النظام من مدينة سلقين باتجاه بلدة حارم فجر اليوم."
    evs = _run(ex, _doc(t, places=[SALQIN, HARIM], dates=[("فجر اليوم", "2024-03-05", "day")]))
    assert _tp(evs) == [("territory_change", "سلقين", False)]


# -- an act recalled from before the news ---------------------------------------------------------
def test_an_act_recalled_by_a_vague_span_is_no_event(ex):
    t = ("قتل أربعة مدنيين جراء غارة جوية على سوق مدينة الميادين اليوم، بعد أيام من سيطرة جيش النظام "
         "على مدينة البوكمال.")
    evs = _run(ex, _doc(t, quantities=[("أربعة", 4, 4, "مدني")], places=[MAYADIN, BUKAMAL],
                        dates=[("اليوم", "2024-03-05", "day")]))
    assert _tp(evs) == [("airstrike", "الميادين", False)]
    # Syria TV style: the arrests come «weeks after» protests in the town
    t = "اعتقلت الأجهزة الأمنية ثلاثة شبان في مدينة دوما، وجاء ذلك بعد أسابيع من احتجاجات عرفتها المدينة."
    evs = _run(ex, _doc(t, quantities=[("ثلاثة", 3, 3, "شاب")], places=[DUMA]))
    assert [e["type"] for e in _asserted(evs)] == ["arrest"]


def test_an_act_recalled_to_a_day_or_with_a_figure_is_background(ex):
    # «بعد يومين من» dates the recalled act: background, its own event
    t = "قصفت المدفعية بلدة قباسين اليوم، بعد يومين من اشتباكات بين الجانبين حول مدينة تادف."
    evs = _run(ex, _doc(t, places=[QABASIN, TADEF], dates=[("اليوم", "2024-03-05", "day")]))
    assert ("armed_clash", "تادف", True) in _tp(evs) and ("shelling", "قباسين", False) in _tp(evs)
    # «بعد أيام من» with a figure of its own: still counted, as background
    t = "تظاهر العشرات في مدينة سلقين، بعد أيام من اعتقال الأمن 9 ناشطين في بلدة حارم."
    evs = _run(ex, _doc(t, quantities=[("العشرات", 20, 90, None), ("9", 9, 9, "ناشط")],
                        places=[SALQIN, HARIM]))
    assert ("arrest", "حارم", True) in _tp(evs)


def test_a_second_act_after_bad_with_its_own_day_is_its_own_event(ex):
    # two captures in one sentence: today's is the news, yesterday's an act of its own
    t = "أعلنت الفصائل سيطرتها اليوم على بلدة قباسين، بعد سيطرتها أمس على مدينة تادف."
    evs = _run(ex, _doc(t, places=[QABASIN, TADEF], dates=[("اليوم", "2024-03-05", "day"),
                                                            ("أمس", "2024-03-04", "day")]))
    got = sorted((e["place"]["surface"], e["date"]) for e in _asserted(evs))
    assert got == [("تادف", "2024-03-04"), ("قباسين", "2024-03-05")]
    # recalled to last week: vague, no event
    t = "أعلنت الفصائل سيطرتها اليوم على بلدة قباسين، بعد سيطرتها في الأسبوع الماضي على مدينة تادف."
    evs = _run(ex, _doc(t, places=[QABASIN, TADEF], dates=[("اليوم", "2024-03-05", "day"),
                                                            ("الأسبوع الماضي", "2024-W09", "week")]))
    assert [e["place"]["surface"] for e in _asserted(evs)] == ["قباسين"]


def test_the_fighting_before_a_takeover_stays_part_of_it(ex):
    # guard: «بعد معارك» with no date of its own is the takeover's fighting (one event, its dead)
    t = "سيطرت القوات أمس على بلدة قباسين بعد معارك مع الفصائل قتل فيها 12 مقاتلاً."
    evs = _run(ex, _doc(t, quantities=[("12", 12, 12, "مقاتل")], places=[QABASIN],
                        dates=[("أمس", "2024-03-04", "day")]))
    (e,) = _asserted(evs)
    assert (e["type"], e["fatalities"]["low"]) == ("territory_change", 12)
    # a withdrawal told with its own day before an entry is the same change of hands
    t = "دخلت قوات الجيش مدينة سلقين اليوم، بعد انسحاب الفصائل منها ليل أمس."
    evs = _run(ex, _doc(t, places=[SALQIN], dates=[("اليوم", "2024-03-05", "day"), ("ليل أمس", "2024-03-04", "day")]))
    assert [e["type"] for e in _asserted(evs)] == ["territory_change"]


# -- frames that make news, calls, conditions, aims, deals, positions ----------------------------------
def test_an_act_going_on_is_news_not_a_habit(ex):
    # Syria TV style: «باستمرار» before an act noun is the clash going on, not an adverb of habit
    t = "أفاد مراسلنا باستمرار الاشتباكات بين الطرفين في بلدة قباسين حتى ساعات المساء."
    evs = _run(ex, _doc(t, places=[QABASIN]))
    assert _tp(evs) == [("armed_clash", "قباسين", False)]
    # SOHR style: «تجدد القصف»
    t = "رصد المرصد تجدد القصف المدفعي على مدينة تادف صباح اليوم."
    evs = _run(ex, _doc(t, places=[TADEF], dates=[("صباح اليوم", "2024-03-05", "day")]))
    assert _tp(evs) == [("shelling", "تادف", False)]
    # guard: «باستمرار» after a verb is a habit
    t = "تقصف قوات النظام بلدة قباسين باستمرار منذ سنوات."
    assert _asserted(_run(ex, _doc(t, places=[QABASIN]))) == []


def test_a_strike_called_for_is_a_call_and_the_call_a_statement(ex):
    # LCC style: the caller's statement is the event; the strike it calls for has not happened
    t = "دعت تنسيقيات الثورة، في بيان اليوم الخميس، إلى إضراب عام في مدن محافظة إدلب يبدأ غداً."
    evs = _run(ex, _doc(t, dates=[("اليوم الخميس", "2024-03-05", "day")]))
    assert [e["type"] for e in _asserted(evs)] == ["statement"]
    assert [e["modality"] for e in evs if e["type"] == "protest"] == ["call"]


def test_conditions_aims_and_deals_are_no_events(ex):
    # a deal's return: «مقابل وقف القصف ورجوع المهجرين»
    t = "وقعت الفصائل في بلدة قباسين أمس اتفاقاً مع ممثلي القوات الروسية يشمل تسليم السلاح مقابل وقف القصف ورجوع المهجرين."
    evs = _run(ex, _doc(t, places=[QABASIN], dates=[("أمس", "2024-03-04", "day")]))
    assert [e["type"] for e in _asserted(evs)] == ["agreement"]
    # «في المقابل» with the article is "on the other hand": what follows is news
    t = "اعتقلت قوات الأمن ثلاثة شبان في بلدة قباسين. في المقابل، قصفت الفصائل مدينة تادف."
    evs = _run(ex, _doc(t, quantities=[("ثلاثة", 3, 3, "شاب")], places=[QABASIN, TADEF]))
    assert [e["type"] for e in _asserted(evs)] == ["arrest", "shelling"]
    # an aim: «حتى توقيف…»
    t = "اعتقلت قوات الأمن 15 مطلوباً في مدينة تادف، وقال مسؤول إن الحملة ستتواصل حتى توقيف كل المطلوبين."
    evs = _run(ex, _doc(t, quantities=[("15", 15, 15, "مطلوب")], places=[TADEF]))
    assert [e["type"] for e in _asserted(evs)] == ["arrest"]
    # a move carried out under a deal: the deal is no new agreement and its name gives no figure
    t = "خرجت الدفعة الأولى من المقاتلين وعائلاتهم من بلدة قباسين أمس، تنفيذاً لاتفاق البلدات الأربع."
    evs = _run(ex, _doc(t, quantities=[("الأربع", 4, 4, "بلدة")], places=[QABASIN],
                        dates=[("أمس", "2024-03-04", "day")]))
    assert [(e["type"], e["count"]) for e in _asserted(evs)] == [("other", None)]


def test_the_posts_of_a_force_are_no_deployment(ex):
    t = "قتل 18 عنصراً من الشرطة أمس في هجمات استهدفت نقاط انتشارهم في مدينة تادف."
    evs = _run(ex, _doc(t, quantities=[("18", 18, 18, "عنصر")], places=[TADEF],
                        dates=[("أمس", "2024-03-04", "day")]))
    assert [e["type"] for e in _asserted(evs)] == ["armed_clash"]
