"""The places layer (issue 10, stop 32, helper layer): places the layer never offered, each family stated as one
structural rule and read on our own sentences in several house styles (monitor, local outlet, state agency, wire,
a Kurdish-area agency); the whole pipeline; every place asserted by value and by span."""
from __future__ import annotations

import pytest

from piped import piped_events, type_place


def _at(evs, typ, place):
    got = [e for e in evs if e["type"] == typ and (e["place"] or {}).get("surface") == place]
    assert got, f"no {typ} at {place}: {type_place(evs)}"
    return got[0]


def _spans_ok(text, e):
    p = e["place"]
    assert text[p["start"]:p["end"]] == p["surface"]


# -- a base named by its unit and number (README: gold conventions on places, «مقر الفوج 46») ---------------------
@pytest.mark.parametrize("text,typ,place", [
    # a monitor's: defectors leaving a brigade's headquarters near a town
    ("أعلن مجلس عسكري معارض، اليوم السبت، انشقاق 14 عسكرياً عن مقر اللواء 61 قرب بلدة نمر في ريف درعا "
     "الشمالي، وانضمامهم إلى الفصائل.", "defection", "اللواء 61"),
    # a wire's: a base taken, «على» and a bearing from a city
    ("قالت مصادر معارضة لوكالة الأنباء إن مقاتلين سيطروا على الفوج 137 غرب مدينة دير الزور بعد معارك استمرت "
     "يومين.", "territory_change", "الفوج 137"),
    # a local outlet's: «تحرير» a brigade «بالكامل», then the town it is near
    ("تمكن الثوار من تحرير اللواء 82 بالكامل قرب مدينة الشيخ مسكين، بحسب ما أفاد مراسلنا.", "territory_change",
     "اللواء 82"),
    # a state agency's: a battalion's site retaken, with no town named in the sentence
    ("دمشق-سانا: استعادت وحدات من الجيش السيطرة على الكتيبة 60 بعد اشتباكات مع المجموعات المسلحة.",
     "territory_change", "الكتيبة 60"),
])
def test_a_base_named_by_its_unit_and_number_is_the_place(pipe, text, typ, place):
    evs = piped_events(pipe, text)
    e = _at(evs, typ, place)
    _spans_ok(text, e)
    assert e["place"]["kind"] == "facility"
    fig = e.get("count") or e.get("fatalities") or {}
    assert fig.get("low") != int(place.split()[-1])  # (the unit's number is a name, never a figure)


@pytest.mark.parametrize("text,typ,place", [
    # the unit a man serves in («من مرتبات», «عناصر من»): no place of its own, the town is
    ("أعلن خمسة جنود من مرتبات اللواء 47 تركهم صفوف جيش النظام وانشقاقهم في مدينة تلبيسة.", "defection", "تلبيسة"),
    ("قتل 12 عنصراً من اللواء 52 بقصف مدفعي على بلدة الحراك شرقي درعا.", "shelling", "الحراك"),
    # a unit said to be stationed in a town: the town
    ("أعلن عميد انشقاقه عن قوات النظام، وكان قائداً في الكتيبة 45 المتمركزة في مدينة الرستن.", "defection",
     "الرستن"),
])
def test_a_unit_a_man_serves_in_is_no_base(pipe, text, typ, place):
    evs = piped_events(pipe, text)
    e = _at(evs, typ, place)
    _spans_ok(text, e)


# -- one reader of a place verb before its object, for the places layer and the events code ---------------------
def _fold_words(s):
    from marsad.arabic.normalize import fold_str
    return [fold_str(w) for w in s.split()]


@pytest.mark.parametrize("before,verb", [
    ("قصفت قوات النظام", True),
    ("قصفت قوات بشار الأسد", True),  # a name in «ب» is the subject's own
    ("اقتحمت دورية تابعة لقوات الأمن", True),  # a genitive «ل» inside the subject
    ("قصفت الطائرات الحربية بالصواريخ", True),  # the instrument between verb and object
    ("قصفت طائرات", True),  # an indefinite subject right after a verb with none of its own
    ("دخلوا قلعة", False),  # «دخلوا قلعة حلب»: the verb's own subject; the bare noun is its object
    ("قصفت الطائرات مواقع في", False),  # a preposition ends the subject
    ("قصفت الطائرات مواقع بريف", False),  # a place noun in «ب»
    ("قتل 12", False),  # a figure
    ("أعلنت الوزارة", False),  # no place verb
])
def test_one_reader_of_a_place_verb_before_its_object(before, verb):
    from marsad.extract.places import verb_before_object

    assert verb_before_object(_fold_words(before)) is verb


@pytest.mark.parametrize("text,typ,place", [
    # a monitor's: the subject names its leader with «ب»
    ("قصفت قوات بشار الأسد سرمين بالمدفعية الثقيلة، بحسب المرصد. وتشهد محافظة إدلب تصعيداً منذ أيام.",
     "shelling", "سرمين"),
    # a local outlet's: a patrol «تابعة لـ» a force raids a town and arrests
    ("اقتحمت دورية تابعة لقوات الأمن تفتناز واعتقلت شابين. وتشهد محافظة إدلب توتراً منذ أيام.", "arrest",
     "تفتناز"),
    # a wire's: the weapon between the verb and the town
    ("قال ناشطون إن الطائرات الحربية قصفت بالصواريخ احسم مساء أمس. وتشهد محافظة إدلب تصعيداً.", "airstrike",
     "احسم"),
    # a state agency's terse style: an indefinite subject
    ("إدلب-سانا: قصفت طائرات كنصفرة صباح اليوم، وتشهد محافظة إدلب تصعيداً منذ أيام.", "airstrike", "كنصفرة"),
])
def test_a_bare_town_after_a_place_verb_and_its_subject_is_the_acts_place(pipe, text, typ, place):
    evs = piped_events(pipe, text)
    e = _at(evs, typ, place)
    _spans_ok(text, e)


# -- a name told by an apposition after it («X، البلدة الواقعة شرقي Y»; sets 64, 65, 67: paraphrases of real pages) --
# (the names are invented and absent from the gazetteer, so only the apposition can tell them)
@pytest.mark.parametrize("text,typ,place", [
    # a wire's: a raid on a village told by «، القرية الواقعة» and a bearing
    ("أفاد مراسل محلي بأن قوات الأمن دهمت الزرنوقة، القرية الواقعة شرقي مدينة الحسكة، واعتقلت شابين.", "arrest",
     "الزرنوقة"),
    # a monitor's: «، وهي قرية تتبع ناحية Y» after «من»
    ("قال المرصد إن دورية اعتقلت أربعة شبان واقتادتهم من تل قرموط، وهي قرية تتبع ناحية تل تمر، إلى جهة مجهولة.",
     "arrest", "تل قرموط"),
    # a local outlet's: «، البلدة التابعة لريف Y» after a verb and its subject
    ("قصفت المدفعية التركية الجرذية، القرية التابعة لريف منبج، ما تسبب بجرح طفلين.", "shelling", "الجرذية"),
    # a state agency's: no noun, a bearing right after the comma
    ("إدلب-سانا: ردت وحدات الجيش بقصف مدفعي على تجمعات المسلحين في القرموطية، جنوب شرقي إدلب.", "shelling",
     "القرموطية"),
])
def test_a_name_told_by_an_apposition_is_the_place(pipe, text, typ, place):
    evs = piped_events(pipe, text)
    e = _at(evs, typ, place)
    _spans_ok(text, e)
    assert e["place"]["kind"] == "locality"


def test_a_list_told_by_a_plural_apposition_keeps_its_members_and_drops_the_reference(pipe):
    text = ("تسلل مسلحون نحو الزرنوقة والجرذية، وهما قريتان قرب بلدة أبو راسين بريف رأس العين، فاندلعت "
            "اشتباكات عنيفة.")
    evs = piped_events(pipe, text)
    e = _at(evs, "armed_clash", "الزرنوقة")
    _spans_ok(text, e)


@pytest.mark.parametrize("text,typ,place", [
    # a date before the comma is no name («مساء الخميس، وسط مدينة إدلب»)
    ("انطلقت مظاهرة كبيرة، مساء الخميس، وسط مدينة إدلب، ودعا المحتجون فيها إلى إطلاق سراح المعتقلين.", "protest",
     "إدلب"),
    # a listed village in the same frame keeps its gazetteer record, and the reference is no place of the act
    ("أصيب رجل في قميناس، البلدة الواقعة جنوب شرقي إدلب، وفق الدفاع المدني.", "casualties", "قميناس"),
])
def test_an_apposition_reads_no_date_and_leaves_listed_names_to_the_layer(pipe, text, typ, place):
    evs = piped_events(pipe, text)
    e = _at(evs, typ, place)
    _spans_ok(text, e)
    assert e["place"].get("id") is not None


@pytest.mark.parametrize("text,typ,place", [
    # a dual apposition after a verb's object list («، القريتين الواقعتين جنوب Y»)
    ("قصفت الطائرات الحربية الزرنوقة والجرذية، القريتين الواقعتين جنوب مدينة منبج، ما أودى بحياة ثلاثة "
     "مدنيين.", "airstrike", "الزرنوقة"),
    # after a preposition, with «التابعتين لناحية Y»
    ("اندلعت اشتباكات عنيفة في تل قرموط وأم العساكر، القريتين التابعتين لناحية تل تمر.", "armed_clash",
     "تل قرموط"),
])
def test_a_dual_apposition_names_its_two_villages_and_no_town_of_its_noun(pipe, text, typ, place):
    from marsad.document import Document

    evs = piped_events(pipe, text)
    e = _at(evs, typ, place)
    _spans_ok(text, e)
    d = Document(text, published="2024-03-05", outlet="منصة المثال")
    pipe(d)
    # «القريتين» described by a dual adjective is the two villages, not the town of Al-Qaryatayn
    assert not [p for p in d["places"] if p["surface"] == "القريتين"]


@pytest.mark.parametrize("text", [
    "قصفت الطائرات مدينة القريتين الواقعة في ريف حمص الشرقي.",
    "سيطر التنظيم على القريتين بعد معارك عنيفة في ريف حمص.",
])
def test_the_town_of_al_qaryatayn_stays_a_place(pipe, text):
    evs = piped_events(pipe, text)
    assert any((e["place"] or {}).get("surface") == "القريتين" for e in evs), type_place(evs)
