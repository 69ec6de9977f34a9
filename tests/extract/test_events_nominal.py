"""Nominal, declared and repelled events (issue 10, stop 22, helper mentions): a repelled or foiled
advance is one clash, a declared ceasefire an agreement, armed men opening fire an attack of its
own, and sorties, an «air aggression», a redeployment out of a town or tanks deployed are acts.
Our own sentences in several house styles; earlier layers built by hand."""
from __future__ import annotations

import pytest

from marsad.extract.events import EventExtractor

from test_events import _doc, _run


@pytest.fixture(scope="module")
def ex():
    return EventExtractor()


def _asserted(evs):
    return [e for e in evs if e["modality"] == "asserted"]


def _tp(evs):
    return [(e["type"], (e["place"] or {}).get("surface")) for e in _asserted(evs)]


MUZAYRIB = ("المزيريب", "P1", "Muzayrib", "Daraa")
HARASTA = ("حرستا", "P2", "Harasta", "Rif Dimashq")
DOUMA = ("دوما", "P3", "Douma", "Rif Dimashq")
NASIB = ("نصيب", "P4", "Nasib", "Daraa")
LATAMNA = ("اللطامنة", "P5", "Al-Lataminah", "Hama")
SUWAYDA = ("السويداء", "P6", "As-Suwayda", "As-Suwayda", "governorate")
KARAK = ("الكرك الشرقي", "P7", "Al-Karak al-Sharqi", "Daraa")
IDLIB = ("إدلب", "P8", "Idlib", "Idlib", "city")
MAYADIN = ("الميادين", "P9", "Al-Mayadin", "Deir ez-Zor")


# -- repelled and foiled advances ---------------------------------------------------------------
def test_a_repelled_advance_is_one_clash(ex):
    # activists' style: «تصدت أمس لتقدم القوات نحو بلدة…»
    t = "قال ناشطون إن فصائل محلية تصدت أمس لتقدم القوات الحكومية نحو بلدة المزيريب."
    evs = _run(ex, _doc(t, places=[MUZAYRIB], dates=[("أمس", "2024-03-04", "day")]))
    assert _tp(evs) == [("armed_clash", "المزيريب")]
    # Halab Today style: the repelling told after the advance, with its pronoun
    t = "قصفت قوات النظام مدينة دوما اليوم، وتزامن القصف مع محاولات تقدم لقوات النظام على أطراف بلدة حرستا، تصدت لها فصائل المعارضة."
    evs = _run(ex, _doc(t, places=[DOUMA, HARASTA], dates=[("اليوم", "2024-03-05", "day")]))
    assert ("armed_clash", "حرستا") in _tp(evs) and not any(e["type"] == "territory_change" for e in evs)
    # an attempt told with «لكن … تصدت لها»
    t = "حاولت قوات النظام التقدم نحو بلدة اللطامنة صباح اليوم، لكن الفصائل تصدت لها."
    evs = _run(ex, _doc(t, places=[LATAMNA], dates=[("صباح اليوم", "2024-03-05", "day")]))
    assert _tp(evs) == [("armed_clash", "اللطامنة")]


def test_a_foiled_infiltration_is_one_clash_with_its_dead(ex):
    # SANA style: the subject between «أحبطت» and «محاولة تسلل»
    t = "أحبطت وحدات الجيش محاولة تسلل مجموعة مسلحة إلى بلدة نصيب، وقتلت ثلاثة من أفرادها."
    evs = _run(ex, _doc(t, quantities=[("ثلاثة", 3, 3, "فرد")], places=[NASIB]))
    (e,) = _asserted(evs)
    assert (e["type"], e["place"]["surface"], e["fatalities"]["low"]) == ("armed_clash", "نصيب", 3)
    # an infiltration told alone is no event of its own
    t = "تسلل مسلحون إلى أطراف بلدة نصيب ليلاً."
    assert _asserted(_run(ex, _doc(t, places=[NASIB]))) == []


# -- declared ceasefire ---------------------------------------------------------------------------
def test_a_declared_ceasefire_is_an_agreement(ex):
    t = "أعلنت الرئاسة اليوم وقفاً شاملاً وفورياً لإطلاق النار في محافظة السويداء."
    evs = _run(ex, _doc(t, places=[SUWAYDA], dates=[("اليوم", "2024-03-05", "day")]))
    assert _tp(evs) == [("agreement", "السويداء")]
    t = "أعلنت وزارة الدفاع الروسية عن وقف فوري لإطلاق النار في مدينة دوما لمدة خمس ساعات."
    evs = _run(ex, _doc(t, places=[DOUMA]))
    assert _tp(evs) == [("agreement", "دوما")]
    # guard: refused, it is no agreement that happened
    t = "قال الجيش إنه لن يلتزم بأي وقف لإطلاق النار في مدينة إدلب."
    assert _asserted(_run(ex, _doc(t, places=[IDLIB]))) == []


# -- armed men opening fire -----------------------------------------------------------------------
def test_armed_men_opening_fire_is_an_attack(ex):
    # Daraa network style: «مسلحين مجهولين … أطلقوا النار على … ما أدى إلى مقتل…»
    t = "قال ناشطون إن مسلحين مجهولين أطلقوا النار على ثلاثة شبان في بلدة المزيريب مساء أمس، ما أدى إلى مقتل اثنين."
    evs = _run(ex, _doc(t, quantities=[("ثلاثة", 3, 3, "شاب"), ("اثنين", 2, 2, None)], places=[MUZAYRIB],
                        dates=[("مساء أمس", "2024-03-04", "day")]))
    assert _tp(evs) == [("armed_clash", "المزيريب")]
    # the subject between the verb and «النار»
    t = "أطلق مسلحون ملثمون النار على سيارة مدنية قرب بلدة الكرك الشرقي، ما أسفر عن مقتل سائقها."
    evs = _run(ex, _doc(t, places=[KARAK]))
    assert _tp(evs) == [("armed_clash", "الكرك الشرقي")]
    # guard: a force of the actor list firing on protesters is the protest's deaths, no attack
    t = "أطلقت قوات الأمن النار على متظاهرين في بلدة نصيب اليوم، ما أدى إلى مقتل أربعة أشخاص."
    evs = _run(ex, _doc(t, quantities=[("أربعة", 4, 4, "شخص")], places=[NASIB], dates=[("اليوم", "2024-03-05", "day")]))
    assert [e["type"] for e in _asserted(evs)] == ["protest"]


# -- acts named by other words --------------------------------------------------------------------
def test_sorties_air_aggression_redeployment_and_tanks(ex):
    t = "أعلنت وزارة الدفاع أن قاذفاتها نفذت أمس 20 طلعة قتالية قرب مدينة الميادين."
    assert _tp(_run(ex, _doc(t, places=[MAYADIN]))) == [("airstrike", "الميادين")]
    t = "قال مصدر عسكري إن العدو نفذ فجر اليوم عدواناً جوياً بعدد من الصواريخ على محيط مدينة دوما."
    assert _tp(_run(ex, _doc(t, places=[DOUMA]))) == [("airstrike", "دوما")]
    t = "أكد مصدر عسكري أن وحدات الجيش أعادت تموضعها خارج مدينة إدلب حفاظاً على أرواح المدنيين."
    assert _tp(_run(ex, _doc(t, places=[IDLIB]))) == [("territory_change", "إدلب")]
    t = "قال ناشطون إن الجيش نشر دبابات عند مداخل مدينة دوما."
    evs = _run(ex, _doc(t, places=[DOUMA]))
    assert [e["type"] for e in _asserted(evs)] == ["reinforcement"]
    assert evs[0]["reported_by"]["surface"] == "ناشطون"
