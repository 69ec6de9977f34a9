"""Audit of stop 27's rules on wordings they were not written on (helper audit): the widenings that made
four of them carry. A distance marker in any unit spelling; a single order («أمر» + «بـ»); an act verb
with an object pronoun after «قبل أن»; a second description of the dead joined by «و». Our own sentences
in several house styles, run through the whole pipeline; every span checked."""
from __future__ import annotations

import pytest

from piped import piped_events, type_place as _tp


def _events(pipe, text, published="2024-03-05"):
    return piped_events(pipe, text, published)


# -- a town named as a distance marker, in any spelling of the unit, is not «القرية/البلدة» (329a1ff) ---------
@pytest.mark.parametrize("text, typ, where", [
    # North Press style: «كيلومتراً» with the accusative ending
    ("تقع بلدة تل طويل على مسافة 15 كيلومتراً جنوب مدينة القامشلي. واستهدفت مسيرة تركية البلدة ظهر اليوم.",
     "airstrike", "تل طويل"),
    # Hawar style: the abbreviation «كلم»
    ("تبعد قرية الدادات نحو 10 كلم عن مدينة منبج. وقصفت المدفعية التركية القرية صباح اليوم.",
     "shelling", "دادات"),
    # a dual of the unit
    ("تقع قرية أم الكيف على بعد كيلومترين من بلدة تل تمر. وسقطت قذائف على القرية مساء أمس.",
     "shelling", "أم الكيف"),
    # metres, accusative
    ("تبعد قرية كفربطيخ 800 متراً عن مدينة سراقب. وشنت طائرة حربية روسية غارة على القرية اليوم.",
     "airstrike", "كفربطيخ"),
])
def test_a_distance_marker_in_any_unit_spelling_is_not_the_village(pipe, text, typ, where):
    assert _tp(_events(pipe, text)) == [(typ, where)]


# -- one order («أمر» + «بـ») commands acts not told as done, as «أوامر» does (5f81646) -------------------------
@pytest.mark.parametrize("text", [
    "رفض عناصر الكتيبة تنفيذ أمر باعتقال المحتجين في مدينة دوما.",
    "أصدر قائد اللواء أمر بمداهمة بلدة الحارة، بحسب ما نقل موقع تجمع أحرار حوران.",
    "وقال الضابط المنشق إن قائده أعطاه أمر بقصف حي بابا عمرو فرفض.",
])
def test_a_single_order_tells_no_act(pipe, text):
    assert [e for e in _events(pipe, text) if e["type"] in ("arrest", "shelling", "airstrike")] == []


def test_a_matter_is_no_order(pipe):
    # «أمر» with no «بـ» right after it is a matter: the act after it is told
    evs = _events(pipe, "وهو أمر أدى إلى مقتل 3 مدنيين بقصف على بلدة بنش.")
    assert [(e["type"], (e["fatalities"] or {}).get("low")) for e in evs] == [("shelling", 3)]


# -- an arrest verb with an object pronoun after «قبل أن» narrates a past arrest (226aeb6) ---------------------
@pytest.mark.parametrize("text, where", [
    ("داهمت قوات الأمن العسكري منزل ناشط في بلدة الصنمين قبل أن تعتقله وتقتاده إلى جهة مجهولة.", "الصنمين"),
    ("اقتحمت قوات الأمن منزلاً في حي الميدان قبل أن يعتقلوه.", "حي الميدان"),
    ("أوقفت دورية لحرس الحدود التركي مجموعة من الشبان قرب قرية خربة الجوز قبل أن يحتجزوا اثنين منهم.",
     "خربة الجوز"),
])
def test_an_arrest_verb_with_its_object_after_before_that_is_an_arrest(pipe, text, where):
    assert ("arrest", where) in _tp(_events(pipe, text))


# -- a second description of the dead joined by «و» is an aside too (385d06f) ----------------------------------
@pytest.mark.parametrize("text, where", [
    ("قُتل سامر الحسين، أحد وجهاء بلدة الجيزة، والقيادي السابق في الجيش الحر، بطلقات أطلقها مسلحون مجهولون.", "الجيزة"),
    ("قتل الشاب أحمد الزعبي، المنحدر من بلدة المزيريب، والعامل في مجال الإغاثة، ليل الأحد، برصاص مسلحين "
     "ملثمين.", "المزيريب"),
    ("اغتيل شاب في مدينة نوى، وهو عنصر سابق في الفصائل، والمعروف بنشاطه الإغاثي، برصاص مسلحين.", "نوى"),
])
def test_descriptions_joined_by_and_are_asides(pipe, text, where):
    assert _tp(_events(pipe, text)) == [("armed_clash", where)]


# -- armed men's fire with one word between the fire word and the men («بطلقات نارية من مسلحين») (4793676, 385d06f) --
@pytest.mark.parametrize("text, where", [
    ("قُتل رجل في حي الوعر بحمص، بطلقات نارية من مسلحين مجهولين.", "حي الوعر"),
    ("قُتل شاب في الحارة شمالي درعا، برصاص مباشر من مسلحين مجهولين، وفق تجمع أحرار حوران.", "الحارة"),
    ("قتل شاب في بلدة نوى برصاص طائش من مسلحين كانوا يحتفلون.", "نوى"),
])
def test_armed_mens_fire_with_a_word_between(pipe, text, where):
    assert _tp(_events(pipe, text)) == [("armed_clash", where)]


@pytest.mark.parametrize("text", [
    # (guards) a force's fire, the armed men further on, stays a death
    "قتل شاب في بلدة طفس برصاص قوات الأمن خلال مداهمة لمسلحين.",
    "قُتل شاب في مدينة إنخل برصاص عناصر الأمن على حاجز.",
])
def test_a_forces_fire_stays_a_death(pipe, text):
    assert "armed_clash" not in [e["type"] for e in _events(pipe, text)]
