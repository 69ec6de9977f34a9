"""The role of a place in its clause (issue 10, stop 27): a place named for another reason is not
where the act happened. A launch point («أطلقوها من مواقعهم في X», «من فوق X») is where fire came
from; a moving target's origin or destination («سيارة متجهة نحو X», «في طريقها إلى X») yields to the
place the strike is told at; a deal's terms (where fighters are to be sent) are not where the deal
was made; «بالقرب من X» is near X, not from X. Our own sentences in monitor, state agency, local
outlet, wire and pan-Arab paper styles, run through the whole pipeline."""
from __future__ import annotations

import pytest

from piped import piped_events


def _events(pipe, text, published="2024-03-05"):
    return piped_events(pipe, text, published)


def _places(evs, typ):
    return [(e["place"] or {}).get("surface") for e in evs if e["type"] == typ]


# -- where fire came from, where a target was going -------------------------------------------
@pytest.mark.parametrize("text,typ,where", [
    # a monitor's: a drone on a car heading somewhere, struck near a village
    ("ضربت مسيرة تركية شاحنة صغيرة كانت متجهة نحو مدينة منبج قرب قرية الخفسة، ما أسفر عن مقتل شخصين.",
     "airstrike", "الخفسة"),
    # a local outlet's: a truck on its way to a town, struck near another («بالقرب من» is near, not from)
    ("أفادت مصادر محلية لعنب بلدي بأن غارة جوية استهدفت شاحنة في طريقها إلى مدينة البوكمال بالقرب من بلدة "
     "الجلاء.", "airstrike", "الجلاء"),
    # a news agency's: a motorbike coming from a town
    ("وذكرت وكالة نورث برس أن مسيرة تركية قصفت دراجة نارية قادمة من مدينة الحسكة عند قرية أم "
     "الكيف، ما أسفر عن مقتل 2 من عناصر قسد.", "airstrike", "أم الكيف"),
    # a state agency's: mortars launched from where the gunmen are, fallen on another district
    ("أفاد مصدر في شرطة محافظة دمشق بأن أربع قذائف هاون أطلقها مسلحون من أماكن انتشارهم في حي القابون سقطت "
     "على حي القصاع.", "shelling", "حي القصاع"),
    # a monitor's: a sniper firing from a building in one district on another
    ("قتل شاب برصاص قناص أطلق النار من مبنى في حي صلاح الدين على حي سيف الدولة في حلب.", "casualties",
     "حي سيف الدولة"),
])
def test_a_launch_point_or_a_targets_route_is_not_the_place(pipe, text, typ, where):
    assert _places(_events(pipe, text), typ) == [where]


def test_a_launch_from_over_a_region_leaves_the_target(pipe):
    # a wire's: missiles fired «من فوق» a region hit sites near a town
    evs = _events(pipe, "ذكر مصدر عسكري أن الطيران الإسرائيلي شن غارات بصواريخ أطلقها من فوق أجواء الجولان، "
                        "أصابت مستودعات في محيط الكسوة جنوب العاصمة.")
    assert "الكسوة" in _places(evs, "airstrike")
    assert not any("الجولان" in (p or "") for p in _places(evs, "airstrike"))


def test_fire_at_people_in_a_district_stays_there(pipe):
    # «من أسلحتها على المتظاهرين في حي X»: «على» governs the district first; it is where they were
    evs = _events(pipe, "أطلقت عناصر الأمن النار من أسلحتها على المتظاهرين في حي الميدان، ما أدى إلى مقتل 3 منهم.")
    assert {(e["place"] or {}).get("surface") for e in evs} == {"حي الميدان"}


# -- a deal's terms ---------------------------------------------------------------------------
@pytest.mark.parametrize("text,where", [
    # a pan-Arab paper's: the deal sends those who refuse to another town
    ("توصلت لجنة التفاوض في مدينة التل إلى اتفاق مع النظام يقضي بترحيل الرافضين للتسوية إلى مدينة إدلب.",
     "التل"),
    # a local outlet's: the fighters are to leave for the north
    ("أبرم وجهاء مدينة الرستن اتفاقاً مع الجانب الروسي ينص على خروج المقاتلين الرافضين إلى الشمال السوري.",
     "الرستن"),
    # a monitor's: the groups are to withdraw from the town to the countryside
    ("أعلنت اللجنة المركزية في طفس التوصل إلى اتفاق ينص على انسحاب المجموعات المسلحة من البلدة إلى ريف درعا "
     "الغربي.", "طفس"),
])
def test_where_a_deal_sends_people_is_not_the_deals_place(pipe, text, where):
    assert _places(_events(pipe, text), "agreement") == [where]


# -- a place noun stands for the nearest place of its kind ---------------------------------------
@pytest.mark.parametrize("text,typ,where", [
    # a pan-Arab paper's: the quarter is named inside the activists' phrase, the city only as a bearing
    ("ذكر ناشطون من حي التضامن جنوبي دمشق أن عناصر الأمن اقتحموا الحي فجر اليوم واعتقلوا 35 شاباً.", "arrest",
     "حي التضامن"),
    # a local outlet's: the same, the arrest told by a verb joined after the raid's clause and an aside
    ("أفاد ناشطون من حي برزة شمالي دمشق بأن دوريات الأمن داهمت الحي صباح اليوم وسط إطلاق رصاص كثيف، واعتقلت "
     "12 شاباً.", "arrest", "حي برزة"),
    # a monitor's: «السد» two sentences on is the dam, not a village named near it
    ("قصفت طائرة مسيرة يوم أمس محطة ضخ قرب سد تشرين. وكانت مسيرة أخرى قد استهدفت قبل يومين خيمة للمحتجين عند "
     "جسم السد، ما أسفر عن جرح خمسة أشخاص.", "airstrike", "سد تشرين"),
])
def test_a_place_noun_stands_for_the_nearest_place_of_its_kind(pipe, text, typ, where):
    assert set(_places(_events(pipe, text), typ)) == {where}


def test_the_citys_quarters_are_the_city_not_the_quarter_told_before(pipe):
    # an opposition outlet's: a month's toll «في أحياء المدينة» after a strike on one quarter «شرقي حلب»
    evs = _events(pipe, "رمت مروحيات النظام ظهر اليوم براميل محملة بالمتفجرات على حي الصالحين شرقي حلب، ما أودى بحياة 7 "
                        "مدنيين. وبحسب إحصاء لمركز حلب الإعلامي، ارتفع منذ مطلع الشهر عدد ضحايا البراميل في أحياء "
                        "المدينة إلى 180 قتيلاً.")
    by_toll = {(e["fatalities"] or {}).get("low"): (e["place"] or {}).get("surface") for e in evs}
    assert by_toll[7] == "حي الصالحين" and by_toll[180] == "حلب"


@pytest.mark.parametrize("text,region", [
    # a humanitarian team's count after raids on a list of towns in a region
    ("نفذت طائرات روسية غارات على بلدات معرة حرمة وحيش والتمانعة بريف إدلب الجنوبي. من جهته، ذكر فريق منسقو "
     "الاستجابة أن أعداد النازحين من المنطقة تخطت 40 ألف شخص منذ بداية الشهر.", "ريف إدلب الجنوبي"),
    # a local source's: two towns, the displaced «من المنطقة»
    ("قصفت قوات النظام بلدتي اللطامنة وكفرزيتا بريف حماة الشمالي. وقالت مصادر محلية إن ما يزيد على 6 آلاف شخص "
     "نزحوا من المنطقة خلال الأسبوع.", "ريف حماة الشمالي"),
])
def test_people_counted_from_the_area_come_from_the_region(pipe, text, region):
    assert _places(_events(pipe, text), "other") == [region]


def test_an_act_told_again_in_the_area_keeps_its_town(pipe):
    # a state agency's reply «في المنطقة» is the strike told before, at its town (one event)
    evs = _events(pipe, "قالت مصادر محلية لتلفزيون سوريا إن طائرات إسرائيلية قصفت مستودعاً للذخيرة في محيط مدينة "
                        "مصياف بريف حماة. من جانبها، أعلنت وزارة الدفاع أن المضادات الأرضية تصدت للصواريخ في المنطقة.")
    assert _places(evs, "airstrike") == ["مصياف"]


# -- where a force is posted -------------------------------------------------------------------
@pytest.mark.parametrize("text,where", [
    # a monitor's: the clash is in the town the gunmen are in, not where the division is posted
    ("اندلعت اشتباكات بين عناصر الفرقة الرابعة المتمركزين في مدينة الصنمين ومسلحين محليين في بلدة جاسم.", "جاسم"),
    # a local outlet's: the force's post is the subject's phrase, the clash's town comes after asides
    ("قالت مصادر محلية إن عناصر الأمن العسكري المتمركزين في مدينة الصنمين اشتبكوا، ظهر اليوم، مع مسلحين محليين "
     "في بلدة جاسم.", "جاسم"),
    # a Sweida network's: the guards are posted in a region, the attack came near a town
    ("تصدى عناصر الحرس المنتشرون في ريف السويداء الغربي، فجر اليوم، لمجموعة مسلحة حاولت التقدم نحو إحدى نقاطهم "
     "قرب بلدة ولغا.", "ولغا"),
])
def test_where_a_force_is_posted_yields_to_where_it_fought(pipe, text, where):
    assert set(_places(_events(pipe, text), "armed_clash")) == {where}


def test_a_force_s_post_is_the_place_when_nothing_else_is_named(pipe):
    evs = _events(pipe, "قتل جنديان من جيش النظام المتمركز في بلدة خناصر برصاص قناص.")
    assert {(e["place"] or {}).get("surface") for e in evs} == {"خناصر"}


def test_a_convoy_heading_to_posted_points_goes_there(pipe):
    # a monitor's: «نحو النقاط المنتشرة في جبل X» is where the reinforcements went (routes.py reads it)
    evs = _events(pipe, "رصد المرصد دخول رتل تركي من معبر كفرلوسين، وتوجهه إلى النقاط التركية المنتشرة في منطقة "
                        "جبل الزاوية.")
    assert _places(evs, "reinforcement")[:1] == ["جبل الزاوية"]


# -- a town told right after the region is where in it the act was --------------------------------
@pytest.mark.parametrize("text,typ,where", [
    # a monitor's: the front town in an apposition after the region
    ("تجددت المعارك في ريف اللاذقية الشمالي، على جبهة بلدة كبانة، وسط قصف مدفعي مكثف.", "armed_clash", "كبانة"),
    # an opposition outlet's: a participle clause naming the town the shells hit
    ("قصف جيش النظام بالمدفعية الثقيلة ريف إدلب الجنوبي، مستهدفاً أطراف بلدة كنصفرة.", "shelling", "كنصفرة"),
    # a local outlet's: «وتحديداً» and the town
    ("استهدفت طائرات روسية ريف حلب الغربي، وتحديداً بلدة الأتارب، بعدة غارات جوية.", "airstrike", "الأتارب"),
])
def test_a_town_right_after_the_region_is_the_finer_place(pipe, text, typ, where):
    assert _places(_events(pipe, text), typ) == [where]


def test_a_town_of_another_story_does_not_refine_the_region(pipe):
    # «فيما» opens another story: its town is not where the shelling was
    evs = _events(pipe, "قصفت قوات النظام ريف حماة الشمالي، فيما اندلعت اشتباكات في بلدة كفرزيتا.")
    assert "ريف حماة الشمالي" in [(e["place"] or {}).get("surface") for e in evs]
