"""An event's place on text we did not write (issue 10, stop 29): the families of WHERE read from real
reporting (a village in a countryside, a road between two towns, a landmark inside a city, a destination,
an actor's seat), each in its general form. Our own sentences, several wordings and house styles per
family, run through the whole pipeline; every span keeps text[start:end] == surface (piped.py)."""
from __future__ import annotations

import pytest

from piped import piped_events


def _events(pipe, text, published="2024-03-05"):
    return piped_events(pipe, text, published)


def _of(evs, typ):
    return [e for e in evs if e["type"] == typ]


def _where(evs, typ):
    return [(e["place"] or {}).get("surface") for e in _of(evs, typ)]


def _places(pipe, text):
    from marsad.document import Document

    d = Document(text, published="2024-03-05", outlet="منصة المثال")
    pipe(d)
    for p in d["places"]:
        assert d.text[p["start"]:p["end"]] == p["surface"]
    return [p["surface"] for p in d["places"]]


# -- a construct dual «مدينتي X وY» governs names, never an adjective ------------------------------------------
@pytest.mark.parametrize("text,first,second", [
    # a road between two towns whose first is also a man's name
    ("قُتل عنصران بإطلاق نار على عربتهما في الطريق بين مدينتي جاسم ونوى غربي درعا.", "جاسم", "نوى"),
    # a protest in two towns, a SOHR-style bulletin
    ("المرصد السوري: خرجت مظاهرات اليوم في بلدتي جاسم وإنخل بريف درعا الشمالي.", "جاسم", "إنخل"),
    # two villages shelled, a local network's wording
    ("قصفت قوات النظام بالمدفعية قريتي زيزون وقسطون في سهل الغاب.", "زيزون", "قسطون"),
])
def test_a_construct_dual_names_its_places(pipe, text, first, second):
    ps = _places(pipe, text)
    assert first in ps and second in ps


@pytest.mark.parametrize("text", [
    "سيطرت قوات النظام على مناطق جديدة في ريف حماة.",
    "تقدمت الفصائل نحو قرى عدة في ريف حلب الجنوبي.",
])
def test_an_indefinite_adjective_after_a_plural_noun_is_still_no_place(pipe, text):
    ps = _places(pipe, text)
    assert "جديدة" not in ps and "عدة" not in ps


def test_a_road_between_two_towns_is_at_its_first_end(pipe):
    evs = _events(pipe, "فتح مجهولون مسلحون النار على عربة عسكرية في الطريق الرابط بين مدينتي جاسم ونوى غرب "
                        "درعا، فقتلوا ثلاثة جنود من الأمن العسكري.")
    assert [(e["place"] or {}).get("surface") for e in evs] == ["جاسم"]


# -- a span the tagger called an organisation right after a place noun is the place ---------------------------
@pytest.mark.parametrize("text,typ,place", [
    # a Hawar-style drone strike in a village of a nahiya
    ("قصفت مسيرة تركية، ظهر اليوم، شاحنة صغيرة في قرية تل جمعة التابعة لناحية تل تمر، فقتلت "
     "سائقها.", "airstrike", "تل جمعة"),
    # shelling of a village of a nahiya, a SANA-style wording
    ("أصيب مدنيان بقصف مدفعي تركي على قرية تل جمعة التابعة لناحية تل تمر في الحسكة.", "shelling", "تل جمعة"),
    # an arrest in a village of a town's countryside
    ("اعتقلت دورية للأمن العام أربعة أشخاص في قرية تل جمعة من ريف ناحية تل تمر بتهمة تهريب الأسلحة.", "arrest",
     "تل جمعة"),
])
def test_a_village_before_its_nahiya_is_the_place(pipe, text, typ, place):
    assert _where(_events(pipe, text), typ) == [place]


# -- the landmark convention (README): a square lies in a city, never across a governorate ---------------------
@pytest.mark.parametrize("text,typ", [
    # a blast in a Damascus square, «وسط دمشق»
    ("قتل شخصان بانفجار عبوة ناسفة في ساحة العباسيين وسط دمشق صباح اليوم.", "explosion"),
    # a protest «بدمشق»
    ("تجمع عشرات المحتجين في ساحة الأمويين بدمشق مساء أمس للمطالبة بالإفراج عن المعتقلين.", "protest"),
])
def test_a_square_of_the_capital_is_placed_at_the_city(pipe, text, typ):
    assert _where(_events(pipe, text), typ) == ["دمشق"]


@pytest.mark.parametrize("text", [
    # a local network's weekly protest, «وسط المدينة» after the protesters' governorate
    "خرج المئات من سكان محافظة السويداء اليوم في مظاهرة بساحة الكرامة وسط المدينة.",
    # a sit-in, «داخل المدينة»
    "اعتصم العشرات من أهالي محافظة السويداء أمس في ساحة الكرامة داخل المدينة مطالبين بالإفراج عن المعتقلين.",
    # the city named with its place noun
    "تظاهر المئات في ساحة الكرامة في مدينة السويداء للأسبوع الثالث.",
])
def test_a_square_in_the_city_is_placed_at_the_city(pipe, text):
    assert _where(_events(pipe, text), "protest") == ["السويداء"]


# -- a military site the gazetteer lists is a place of its own, not a landmark of its city ----------------------
@pytest.mark.parametrize("text,typ,site", [
    ("قصفت طائرات إسرائيلية مبنى قيادة الأركان بدمشق بعد الظهر، فقتل ثلاثة أشخاص.", "airstrike",
     "مبنى قيادة الأركان"),
    ("طالت ضربات إسرائيلية ليلاً مبنى هيئة الأركان العامة قرب ساحة الأمويين بدمشق.", "airstrike",
     "مبنى هيئة الأركان العامة"),
    ("هاجم مقاتلون من المعارضة مبنى قيادة الأركان وسط العاصمة، وقُتل أربعة من الحراس.", "armed_clash",
     "مبنى قيادة الأركان"),
])
def test_a_listed_military_site_is_its_own_place(pipe, text, typ, site):
    assert _where(_events(pipe, text), typ) == [site]


def test_a_market_every_city_has_is_still_placed_at_its_town(pipe):
    evs = _events(pipe, "قُتل سبعة أشخاص بانفجار شاحنة ملغمة في سوق الهال بمدينة إعزاز شمالي حلب.")
    assert _where(evs, "explosion") == ["إعزاز"]


# -- an arrival abroad told as the defection: the home country itself is no place at home ----------------------
@pytest.mark.parametrize("text,arrival", [
    ("ذكر مراسل الأناضول أن ضابطاً برتبة عميد وصل برفقة عائلته إلى ولاية هاتاي جنوب تركيا أمس إثر انشقاقه عن "
     "جيش النظام، ليرتفع إلى 30 عدد العمداء الذين لجؤوا إلى تركيا منذ اندلاع الأزمة السورية.", "هاتاي"),
    ("قال مصدر أمني أردني إن ضابطاً سورياً برتبة عقيد وصل إلى الأردن فجر اليوم بعد انشقاقه، ليرتفع عدد "
     "المنشقين منذ بدء الأزمة في سوريا إلى نحو 2000.", "الأردن"),
])
def test_an_arrival_abroad_beats_the_home_country(pipe, text, arrival):
    inc = [e for e in _of(_events(pipe, text), "defection") if e.get("kind") != "aggregate"]
    assert len(inc) == 1 and arrival in ((inc[0]["place"] or {}).get("surface") or "")


# -- «مصدره/مصدرها» + a force, then «على» + the target: the place after «على» is where the fire fell -------------
@pytest.mark.parametrize("text,place", [
    ("قُتل طفل إثر سقوط قذيفة مدفعية مصدرها قوات النظام على بيت في بلدة كنصفرة جنوبي إدلب.", "كنصفرة"),
    ("أصيب ثلاثة مدنيين بقصف بالهاون مصدره نقاط جيش النظام على منازل في بلدة البارة جنوبي إدلب.",
     "البارة"),
    ("استهدف قصف صاروخي مصدره الفصائل المسلحة على حي الحمدانية غربي حلب، فقتل امرأة.",
     "الحمدانية"),
])
def test_the_target_after_the_source_of_fire_is_the_place(pipe, text, place):
    got = [(e["place"] or {}).get("surface") or "" for e in _of(_events(pipe, text), "shelling")]
    assert len(got) == 1 and place in got[0]


def test_a_force_posted_on_the_edges_is_still_where_fire_came_from(pipe):
    evs = _events(pipe, "قصفت وحدات النظام المنتشرة في معسكر جورين قرية الزيارة بسهل الغاب بعشرات القذائف.")
    assert _where(evs, "shelling") == ["الزيارة"]


# -- «في البلدة» after asides stands for the victim's town when that is the one town named ----------------------
@pytest.mark.parametrize("text,town", [
    # a Daraa outlet's assassination: the origin, a time, then the act «في البلدة»
    ("قضى الشاب أحمد خالد الحريري، وهو ينحدر من بلدة المسيفرة، ليل أمس، برصاص مجهولين مسلحين في البلدة، وفق "
     "موقع محلي.", "المسيفرة"),
    # «من أهالي قرية X … أمام منزله في القرية»
    ("قُتل رجل من أهالي قرية تسيل، فجر اليوم، بإطلاق نار مباشر عليه أمام منزله في القرية.", "تسيل"),
    # a town's council head shot «وسط البلدة», then taken to a city's hospital
    ("تعرض رئيس المجلس المحلي في بلدة الكرك الشرقي لإطلاق نار من مجهولين وسط البلدة، أدى لمقتله بعد نقله إلى "
     "مشفى بمدينة درعا.", "الكرك الشرقي"),
])
def test_the_town_noun_after_asides_is_the_victims_town(pipe, text, town):
    got = [(e["place"] or {}).get("surface") for e in _events(pipe, text) if e["type"] in ("armed_clash", "casualties")]
    assert got and all(g == town for g in got), got


def test_a_convoy_from_a_town_is_not_the_town_the_noun_stands_for(pipe):
    evs = _events(pipe, "اندلعت اشتباكات في بلدة ذيبان شرق دير الزور. وأرسلت قسد تعزيزات عسكرية انطلقت "
                        "من مدينة الحسكة نحو محيط البلدة.")
    assert _where(evs, "reinforcement") == ["ذيبان"]


def test_an_outlets_name_is_no_town_noun(pipe):
    evs = _events(pipe, "اعتقلت الشرطة العسكرية 12 شخصاً في مدينة الباب، بعد مظاهرة طالبت بتحسين الخدمات، بحسب "
                        "ما نقلته المدن عن ناشطين.")
    assert [e["type"] for e in evs if e["type"] == "protest" and e.get("place")] == []


# -- a body that speaks, «في» + its seat: the seat is not where the act it announces happened ---------------------
@pytest.mark.parametrize("text,typ,place", [
    ("هاجم مسلحون نقطة أمنية في مدينة جبلة فجر اليوم. وقالت وزارة الداخلية في دمشق إنها أرسلت قوات إضافية إلى "
     "المدينة.", "reinforcement", "جبلة"),
    ("اندلعت اشتباكات في مدينة الصنمين شمال درعا. وقالت وزارة الدفاع في دمشق إنها دفعت بتعزيزات إلى المدينة.",
     "reinforcement", "الصنمين"),
    ("تجددت الاشتباكات في بلدة سرمدا. وأعلنت حكومة الإنقاذ في إدلب إرسال تعزيزات إلى البلدة.", "reinforcement",
     "سرمدا"),
])
def test_a_speaking_bodys_seat_is_not_the_place(pipe, text, typ, place):
    assert _where(_events(pipe, text), typ) == [place]


def test_a_strike_on_a_ministry_in_a_city_stays_in_the_city(pipe):
    evs = _events(pipe, "استهدفت غارة إسرائيلية مبنى وزارة الدفاع في دمشق، فقتل ثلاثة أشخاص.")
    assert _where(evs, "airstrike") == ["دمشق"]


# -- deaths told first, then «جراء» + the act: the act is the news, placed by its own place noun ------------------
@pytest.mark.parametrize("text,place", [
    ("ذكرت مصادر في مشفى مدينة رأس العين أن 11 مدنياً قُتلوا اليوم إثر ضربة لطائرة مسيّرة تركية على موكب مدني "
     "عند مدخل المدينة.", "رأس العين"),
    ("أفاد ناشطون في مدينة الباب بأن ثلاثة مدنيين قُتلوا إثر استهداف طائرة مسيرة سيارة على أطراف المدينة.",
     "الباب"),
])
def test_the_act_after_a_cause_word_is_placed_by_its_noun(pipe, text, place):
    assert _where(_events(pipe, text), "airstrike") == [place]


def test_strikes_behind_a_running_toll_stay_background(pipe):
    evs = _events(pipe, "ارتفع إلى 120 عدد القتلى المدنيين في حلب منذ بداية التصعيد قبل أسبوع، بسبب الغارات "
                        "والقصف المتبادل بين أحياء المدينة.")
    assert _where(evs, "airstrike") == [] and _where(evs, "shelling") == []
