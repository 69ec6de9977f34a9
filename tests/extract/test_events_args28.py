"""An event's place and figure on text we did not write (issue 10, stop 28): the two gold conventions the
lead decided (events_probe README, "Gold conventions on places") and the families of place and figure read
from real reporting, each in its general form. Our own sentences, several wordings and house styles per
family, run through the whole pipeline; every span keeps text[start:end] == surface (piped.py)."""
from __future__ import annotations

import pytest

from piped import piped_events


def _events(pipe, text, published="2024-03-05"):
    return piped_events(pipe, text, published)


def _of(evs, typ, kind=None):
    return [e for e in evs if e["type"] == typ and (kind is None or e.get("kind") == kind)]


def _where(evs, typ, kind=None):
    return [(e["place"] or {}).get("surface") for e in _of(evs, typ, kind)]


# -- convention (a): a running total "in" a country abroad has no place ------------------------------
@pytest.mark.parametrize("text,total", [
    # an opposition source's: the defection at home, the total of those living in Jordan
    ("أعلن مصدر في الجيش الحر أن 21 عسكرياً انشقوا أمس عن قوات النظام في ريف درعا ووصلوا إلى الأردن، ليرتفع "
     "عدد الضباط المنشقين المقيمين في الأردن إلى 140 ضابطاً.", 140),
    # a wire's: a dateline abroad, «وبذلك يصل عدد … الموجودين في المملكة»
    ("عمان (أ ف ب) - قال مسؤول أردني إن 9 ضباط سوريين منشقين عبروا الحدود ليل الاثنين، وبذلك يصل عدد "
     "العسكريين المنشقين الموجودين في المملكة إلى 310.", 310),
])
def test_a_running_total_abroad_has_no_place(pipe, text, total):
    aggs = _of(_events(pipe, text), "defection", "aggregate")
    assert [(e["count"] or {}).get("low") for e in aggs] == [total]
    assert aggs[0]["place"] is None


# -- convention (b): «مقر» + a named base is the facility, the most specific place ---------------------
@pytest.mark.parametrize("text,typ,base", [
    # a pan-Arab paper's: a base taken, its town told by a bearing after an aside
    ("استولى عناصر تنظيم «داعش» ليل أمس على مقر الفرقة 17، إحدى قطعات الجيش السوري، شمال مدينة الرقة إثر "
     "هجوم واسع.", "territory_change", "الفرقة 17"),
    # an operations room's statement: a regiment's base by a bearing from the city
    ("أعلنت غرفة العمليات عبر بيان أن عناصرها سيطروا صباح اليوم على مقر الفوج 46 غرب مدينة حلب إثر اشتباكات.",
     "territory_change", "الفوج 46"),
    # a state agency's: the army retakes the base, the countryside as its container
    ("وحدات من جيشنا الباسل تستعيد السيطرة على مقر الفوج 46 في ريف حلب الغربي عقب القضاء على أعداد من "
     "الإرهابيين.", "territory_change", "الفوج 46"),
    # a monitor's: raids on a base by «بـ», no town named
    ("قصفت طائرات حربية بمقر الفرقة 17 بغارات عدة، ما أودى بحياة خمسة عناصر.", "airstrike", "الفرقة 17"),
])
def test_a_named_base_after_maqarr_is_the_place(pipe, text, typ, base):
    assert _where(_events(pipe, text), typ) == [base]


@pytest.mark.parametrize("text,typ,where", [
    # a monitor's seat («ومقره لندن») is still no place of the act
    ("قال المرصد السوري لحقوق الإنسان، ومقره لندن، إن 14 مدنياً قتلوا في قصف على بلدة كفرنبل.", "shelling",
     "كفرنبل"),
    # a party's seat, a building no gazetteer lists: the town it stands in, as a landmark
    ("فجر انتحاري نفسه أمام مقر حزب البعث في مدينة القامشلي، ما أودى بحياة ثلاثة أشخاص.", "explosion",
     "القامشلي"),
    # a security branch's seat near which a car bomb went off
    ("انفجرت عبوة ناسفة قرب مقر الأمن العسكري في مدينة جبلة، ما أسفر عن مقتل 7 أشخاص.", "explosion", "جبلة"),
])
def test_a_seat_that_is_no_base_keeps_its_reading(pipe, text, typ, where):
    assert _where(_events(pipe, text), typ) == [where]


# -- a bearing that points into a wide area: the town it is taken from is the finer place -------------------------
@pytest.mark.parametrize("text,typ,where", [
    # a monitor's: an ambush «في البادية شرق مدينة X»
    ("قتل 9 جنود من جيش النظام بهجوم لتنظيم الدولة في البادية جنوب مدينة الرصافة.", "armed_clash", "الرصافة"),
    # a local network's: a war remnant in «البادية السورية» east of a town
    ("أفادت مصادر محلية بمقتل أربعة رعاة بانفجار لغم قديم في البادية السورية شرق بلدة السخنة.",
     "explosion", "السخنة"),
    # a state agency's: «بادية الشام» west of a city
    ("اندلعت اشتباكات بين الجيش ومجموعات مسلحة في بادية الشام غرب مدينة تدمر، أسفرت عن مقتل 6 مسلحين.",
     "armed_clash", "تدمر"),
    # a countryside north of a town
    ("قصفت طائرات حربية مواقع في ريف حماة الشرقي شمال مدينة السلمية، ما أودى بحياة ثلاثة عناصر.", "airstrike",
     "السلمية"),
])
def test_a_wide_area_by_a_bearing_yields_to_its_town(pipe, text, typ, where):
    assert _where(_events(pipe, text), typ) == [where]


def test_a_village_by_a_bearing_is_still_the_village(pipe):
    # «قرية X شمال بلدة Y»: the village (named, finer) stays the place
    evs = _events(pipe, "قتل خمسة مدنيين بقصف على قرية الحويجة شمال بلدة الرحيبة.")
    assert _where(evs, "shelling") == ["الحويجة"]


# -- a motorway named by its two cities, near a town: the town --------------------------------------------------
@pytest.mark.parametrize("text,typ,where", [
    # a monitor's: a drone on a car «على أوتوستراد حلب - دمشق قرب مدينة X»
    ("استهدفت طائرة مسيرة سيارة على أوتوستراد حلب - دمشق قرب مدينة سراقب، ما أدى إلى مقتل 3 ركاب.", "airstrike",
     "سراقب"),
    # a wire's: an ambush on the motorway near a town
    ("قتل 5 عناصر بكمين على أوتوستراد دمشق - حمص قرب مدينة النبك.", "armed_clash", "النبك"),
    # a state agency's: shells on «الأوتوستراد الدولي» in a town
    ("سقطت قذائف على الأوتوستراد الدولي في مدينة حرستا، فأصيب 4 مدنيين.", "shelling", "حرستا"),
])
def test_a_motorway_is_no_place_of_its_own(pipe, text, typ, where):
    evs = _events(pipe, text)
    assert _where(evs, typ) == [where]
    assert all(p["surface"] != "أوتوستراد" for e in evs for p in [e["place"] or {}] if "surface" in p)


# -- convention (a) again: a running total of those who reached a place abroad has no place --------------------
@pytest.mark.parametrize("text,total", [
    # an opposition site's: the total in its own sentence, a camp in a Turkish province (spelled «هطاي»)
    ("وصل العقيد خالد الأحمد إلى الأراضي التركية مساء أمس بعد انشقاقه عن جيش النظام. وبذلك يرتفع إلى 44 عدد "
     "الضباط برتبة عقيد الذين وصلوا إلى مخيم أبايدين بولاية هطاي.", 44),
    # a monitor's: the defection at home, the total of those who took refuge in a Turkish province
    ("انشق 6 عسكريين عن قوات النظام في ريف إدلب، ليرتفع عدد المنشقين الذين لجأوا إلى ولاية كلس التركية منذ "
     "بداية الشهر إلى 120.", 120),
    # a wire's: the total of arrivals at a camp in Jordan
    ("انشق 11 جندياً عن قوات النظام في ريف درعا الشرقي ثم وصلوا إلى الأردن، ليرتفع عدد المنشقين الذين وصلوا إلى "
     "مخيم الزعتري خلال الشهر إلى 85.", 85),
])
def test_a_running_total_of_arrivals_abroad_has_no_place(pipe, text, total):
    aggs = _of(_events(pipe, text), "defection", "aggregate")
    assert [(e["count"] or {}).get("low") for e in aggs] == [total]
    assert aggs[0]["place"] is None


# -- a road between two places, each with its own place noun: one location, its first end ------------------------
@pytest.mark.parametrize("text,typ,where", [
    # a Kurdish agency's: a drone on a car «على الطريق بين قرية X ومدينة Y»
    ("قتل ثلاثة مدنيين حين قصفت مسيرة تركية سيارتهم على الطريق بين قرية تل حميس ومدينة القامشلي.",
     "airstrike", "تل حميس"),
    # a monitor's: «الطريق الرابط بين بلدة X ومدينة Y»
    ("ضربت مسيرة شاحنة على الطريق الرابط بين بلدة تل تمر ومدينة الحسكة، ما أودى بحياة 3 أشخاص.",
     "airstrike", "تل تمر"),
    # a local outlet's: an IED «على الطريق بين مدينة X وبلدة Y»
    ("قتل 4 عناصر بانفجار عبوة ناسفة على الطريق بين مدينة الميادين وبلدة ذيبان.", "explosion", "الميادين"),
])
def test_a_road_between_two_named_places_is_one_location(pipe, text, typ, where):
    evs = _of(_events(pipe, text), typ)
    assert [(e["place"] or {}).get("surface") for e in evs] == [where]
    assert evs[0].get("group") is None


def test_a_villages_own_road_is_the_village(pipe):
    # «على طريق قرية X قرب مدينة Y»: the village's road, the village is the spot (not the town it is near)
    evs = _events(pipe, "نصب مسلحون كميناً لدورية على طريق قرية بيت ياشوط قرب مدينة جبلة، ما أودى بحياة 9 عناصر.")
    assert _where(evs, "armed_clash") == ["بيت ياشوط"]


# -- a toll's figure and the noun it counts: one figure, not a second figureless event ----------------------------
@pytest.mark.parametrize("text,typ,fat", [
    # a wire's: two tellings joined by «فيما», the second a toll «بلغت 15 قتيلاً»
    ("قال المرصد إن 12 مدنياً قتلوا في قصف على مدينة دوما، فيما قالت مصادر محلية إن الحصيلة بلغت 15 قتيلاً.",
     "shelling", 12),
    # a local outlet's: the toll told in the act's sentence
    ("قصفت قوات النظام مدينة دوما بالمدفعية، وبلغت الحصيلة 15 قتيلاً.", "shelling", 15),
    # a monitor's: the toll names the act
    ("بلغت حصيلة القصف على مدينة دوما 15 قتيلاً بينهم 4 أطفال.", "shelling", 15),
])
def test_a_tolls_counted_noun_is_no_event_of_its_own(pipe, text, typ, fat):
    evs = _events(pipe, text)
    assert [e["type"] for e in evs] == [typ]
    assert (evs[0]["fatalities"] or {}).get("low") == fat


# -- «من» after a part noun is partitive: the place is the whole the part belongs to ------------------------------
@pytest.mark.parametrize("text,typ,where", [
    # a state agency's: shells «على القسم الغربي من مدينة X»
    ("سقطت قذائف على القسم الغربي من مدينة دير الزور، ما أودى بحياة 4 مدنيين.", "shelling", "دير الزور"),
    # a monitor's: barrels on «الأحياء الشرقية من مدينة X»
    ("قصفت قوات النظام الأحياء الجنوبية من مدينة حلب بالبراميل، ما أدى إلى مقتل 9 مدنيين.", "airstrike", "حلب"),
    # a local outlet's: artillery on «الجزء الشمالي من بلدة X»
    ("استهدفت المدفعية الجزء الشمالي من بلدة كفرنبل، ما أسفر عن إصابة 5 مدنيين.", "shelling", "كفرنبل"),
])
def test_a_part_of_a_place_is_that_place_not_where_fire_came_from(pipe, text, typ, where):
    assert _where(_events(pipe, text), typ) == [where]


def test_where_fire_came_from_is_still_not_the_place(pipe):
    evs = _events(pipe, "قصفت قوات النظام بلدة كفرنبل من مواقعها في معسكر الحامدية، ما أدى إلى مقتل 3 مدنيين.")
    assert _where(evs, "shelling") == ["كفرنبل"]


@pytest.mark.parametrize("text,typ,where", [
    # a camp's sector after a bare part («بينهم امرأة») and a manner
    ("أعدم مسلحون ملثمون أربعة لاجئين بينهم فتاة رمياً بالرصاص في القسم الثالث من مخيم الهول جنوب شرقي الحسكة.",
     None, "مخيم الهول"),
    # a town's quarter after a bare part
    ("قتل 5 مدنيين بينهم طفل بقصف مدفعي في الجزء الشرقي من بلدة سرمين.", "shelling", "سرمين"),
    # arrests after a bare part, a district's part
    ("اعتقلت قوات الأمن 12 شاباً بينهم طالب جامعي في الطرف الجنوبي من مدينة جبلة.", "arrest", "جبلة"),
])
def test_a_bare_part_then_a_part_of_the_place_leaves_the_place_to_the_whole(pipe, text, typ, where):
    evs = _events(pipe, text)
    places = [(e["place"] or {}).get("surface") for e in evs if typ is None or e["type"] == typ]
    assert places[:1] == [where]


# -- «تلة» (a hill) heads a feature's name; the village of that name needs its cue -----------------------------
@pytest.mark.parametrize("text,typ,where", [
    ("سيطرت قوات النظام على تلة الحماميات الاستراتيجية بريف حماة الشمالي.", "territory_change", "حماميات"),
    ("استعادت الفصائل السيطرة على تلة استراتيجية قرب بلدة كفرنبودة.", "territory_change", "كفرنبودة"),
    ("قصفت قوات النظام قرية تلة في ريف حمص الغربي، ما أودى بحياة 3 مدنيين.", "shelling", "تلة"),
])
def test_a_hill_is_no_village_named_hill(pipe, text, typ, where):
    assert _where(_events(pipe, text), typ) == [where]


# -- «مزرعة/خربة X» near a town: the farm or hamlet the text names is the place ----------------------------------
@pytest.mark.parametrize("text,typ,where", [
    # a monitor's: a Turkish drone on a named farm near a town, the farm the strike's object
    ("استهدفت مسيرة تركية مزرعة الأحمد قرب بلدة عين عيسى، ما أودى بحياة 3 أشخاص.", "airstrike", "الأحمد"),
    # a local outlet's: a mine in a hamlet south of a town
    ("قتل 3 رعاة بانفجار لغم في خربة الشحادة جنوب مدينة السخنة.", "explosion", "الشحادة"),
    # a state agency's: shells on farms named after a family, near a town
    ("سقطت قذائف على مزارع الحمدان قرب بلدة ذيبان، ما أدى إلى إصابة 4 مدنيين.", "shelling", "الحمدان"),
])
def test_a_named_farm_or_hamlet_is_the_place(pipe, text, typ, where):
    assert _where(_events(pipe, text), typ) == [where]
