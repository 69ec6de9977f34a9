"""Stop 30, helper sibling: which argument of the trigger a place fills, among the places of one clause.

Sentences are our own (invented figures, people and days; real towns). Each test names the family of first-run
errors it covers (/work/notes/sibling.md)."""
from __future__ import annotations

import pytest

from piped import figure_low, piped_events, place_surface, type_place


def _of(evs: list[dict], typ: str) -> dict:
    got = [e for e in evs if e["type"] == typ]
    assert got, f"no {typ}: {type_place(evs)}"
    return got[0]


# -- family 4: a place that qualifies the doer named right after the verb -------------------------------------
@pytest.mark.parametrize("text, typ, place", [
    # Hawar style, the doer's city then the village attacked
    ("صدّت وحدات حماية الشعب في مدينة عامودا، مساء أمس، هجوماً لمسلحين مجهولين على نقطة لها في قرية زركان، "
     "وقُتل أحد المهاجمين.", "armed_clash", "زركان"),
    # Anadolu style, a force «في منطقة X» shelling a village named as the object
    ("قصفت القوات التركية في منطقة رأس العين، صباح اليوم، بالمدفعية الثقيلة قرية أبو راسين، ما أسفر عن جرح "
     "مدنيين.", "shelling", "أبو راسين"),
    # a parenthesis after the doer, a quarter of the act
    ("صدّت قوات سوريا الديمقراطية (قسد) في مدينة عامودا، ليل أمس، هجوماً نفذه مسلحون على نقطة تفتيش تابعة لها في حي "
     "غويران بالحسكة.", "armed_clash", "حي غويران"),
])
def test_the_doers_place_yields_to_the_acts(pipe, text, typ, place):
    e = _of(piped_events(pipe, text), typ)
    assert place_surface(e) == place
    assert text[e["place"]["start"]:e["place"]["end"]] == place


@pytest.mark.parametrize("text, typ, place", [
    # the doer's place is the only one: it stays the act's
    ("اعتقلت قوات الأمن العام في مدينة نوى، اليوم الأحد، 7 أشخاص من أبناء بلدة طفس.", "arrest", "نوى"),
    # «عناصر من قوات النظام في X» after a passive verb: no doer after the verb, X is where they were killed
    ("قُتل 8 جنود من قوات النظام في ريف حماة الشمالي بهجوم شنته فصائل المعارضة.", "armed_clash", "ريف حماة الشمالي"),
])
def test_the_doers_place_stays_when_it_is_all_there_is(pipe, text, typ, place):
    e = _of(piped_events(pipe, text), typ)
    assert place_surface(e) == place


# -- family 3: what a threat or a warning is about has not happened; stop 32: the statement is placed at the one
# place it concerns (news_dev codes a warning about Idlib at Idlib), no place when it names several
@pytest.mark.parametrize("text, place", [
    ("هدّد الرئيس التركي، اليوم الجمعة، بتوسيع العملية العسكرية لتشمل مدينة عين العرب إذا لم تنسحب الوحدات "
     "الكردية منها.", "عين العرب"),
    ("حذّر المبعوث الأممي إلى سوريا من هجوم وشيك على محافظة إدلب قد يؤدي إلى نزوح مئات الآلاف.", "إدلب"),
    # SANA style, a threat by a ministry
    ("دمشق-سانا: حذرت وزارة الخارجية والمغتربين من أي اعتداء على الأراضي السورية في منطقة الجزيرة، مؤكدة أن "
     "سوريا ستدافع عن سيادتها.", "منطقة الجزيرة"),
    # two towns threatened: no one place
    ("هددت وزارة الدفاع التركية بشن عملية عسكرية على مدينتي منبج وعين العرب ما لم تخرج الوحدات الكردية منهما.",
     None),
])
def test_a_threat_is_placed_at_the_one_place_it_concerns(pipe, text, place):
    evs = piped_events(pipe, text)
    e = _of(evs, "statement")
    assert (e["place"] or {}).get("surface") == place, type_place(evs)
    if place is not None:
        assert text[e["place"]["start"]:e["place"]["end"]] == place


# -- family 1: a landmark the text places in no town lies in the town its sentence named -----------------------
@pytest.mark.parametrize("text, place", [
    ("تظاهر المئات من أبناء مدينة إدلب أمام مبنى المحافظة للمطالبة بتحسين الخدمات.", "إدلب"),
    # the protesters' town in another clause (a time between), the landmark found by no gazetteer
    ("نفذ عشرات المعلمين من أهالي بلدة القريا، يوم الأحد، وقفة احتجاجية أمام مبنى مديرية التربية، مطالبين "
     "بزيادة الرواتب.", "القريا"),
    # Enab Baladi style, a mosque every town has
    ("خرج العشرات من أبناء بلدة كفرتخاريم في مظاهرة أمام المسجد الكبير، تنديداً بقصف المدنيين.", "كفرتخاريم"),
])
def test_a_landmark_lies_in_the_town_its_sentence_named(pipe, text, place):
    e = _of(piped_events(pipe, text), "protest")
    assert place_surface(e) == place
    assert text[e["place"]["start"]:e["place"]["end"]] == place


def test_a_landmark_with_its_town_after_it_and_a_bearings_town(pipe):
    # the town after the landmark is its container; the town a bearing is taken from is never the landmark's
    text = "انفجرت عبوة ناسفة قرب الجامع الكبير في مدينة منبج شرقي حلب، مخلفة 3 قتلى من المدنيين."
    assert place_surface(_of(piped_events(pipe, text), "explosion")) == "منبج"
    text = "نظّم عشرات من سكان مدينة دارة عزة غربي حلب وقفة أمام المسجد الكبير، تضامناً مع المعتقلين."
    assert place_surface(_of(piped_events(pipe, text), "protest")) == "دارة عزة"


# -- family 3: a deal's terms are not where it was made -------------------------------------------------------
@pytest.mark.parametrize("text, place", [
    ("وقّع الطرفان، اليوم الخميس في مدينة القامشلي، اتفاقاً يقضي بانسحاب المقاتلين من بلدة تل تمر خلال أسبوع.",
     "القامشلي"),
    ("وقّع ممثلو الحكومة ووجهاء المنطقة الجنوبية، أمس في دمشق، اتفاقاً يقضي بنشر وحدات من الأمن العام في مدينة "
     "بصرى الشام.", "دمشق"),
    # the parties' town before the terms stays the place (news_dev / set 4 practice)
    ("أبرمت اللجنة المركزية في مدينة طفس، مساء أمس، اتفاقاً مع اللجنة الأمنية ينص على نشر نقاط عسكرية حول "
     "بلدة المزيريب.", "طفس"),
])
def test_a_deal_is_placed_before_its_terms(pipe, text, place):
    assert place_surface(_of(piped_events(pipe, text), "agreement")) == place


# -- family 2: a movement's ends ---------------------------------------------------------------------------------
@pytest.mark.parametrize("text, place", [
    ("غادرت صباح اليوم دفعة تضم 38 عائلة مخيم الهول جنوب شرقي الحسكة، متوجهة إلى بلدة البصيرة شرقي دير الزور.",
     "البصيرة"),
    ("انطلقت قافلة تقل 210 أشخاص من قاطني مخيم الركبان متوجهة إلى مدينة تدمر، وفق مصادر محلية.", "تدمر"),
])
def test_people_leaving_a_camp_are_placed_where_they_went(pipe, text, place):
    e = _of(piped_events(pipe, text), "other")
    assert place_surface(e) == place


@pytest.mark.parametrize("text, place", [
    # the displaced FROM a region named by «المنطقة»; where most of them went is no place of it
    ("تشهد منطقة جبل الزاوية قصفاً عنيفاً منذ أيام. وقال الدفاع المدني إن عدد النازحين من المنطقة بلغ 9 آلاف "
     "شخص، لجأ معظمهم إلى مخيمات قرب مدينة الدانا.", "جبل الزاوية"),
    ("تتعرض منطقة سهل الغاب لتصعيد منذ أسبوع. وذكر فريق منسقو الاستجابة أن أعداد النازحين من المنطقة تخطت 7 "
     "آلاف، قصد أكثرهم مخيمات قريبة من بلدة أطمة.", "سهل الغاب"),
    ("نزح ما يزيد على 4 آلاف شخص من مدينة سراقب خلال يومين، وصل أغلبهم إلى مخيمات حول بلدة سرمدا.", "سراقب"),
])
def test_the_displaced_are_placed_where_they_fled_from(pipe, text, place):
    e = _of(piped_events(pipe, text), "other")
    assert place_surface(e) == place


# -- family 4 and 6: where fire came from or a force is posted is no place of what it did -----------------------
@pytest.mark.parametrize("text, place", [
    ("أفاد ناشطون بمقتل طفلين من أبناء قرية الكرك الشرقي، جراء قذائف أطلقتها قوات متمركزة في محيط بلدة ناحتة. "
     "وأضاف الناشطون أن مواجهات اندلعت لاحقاً عند أطراف القرية.", "الكرك الشرقي"),
    # SANA style
    ("ريف درعا-سانا: استشهد مدنيان من أهالي بلدة الشيخ مسكين جراء قذائف أطلقها إرهابيون من مقراتهم في بلدة إبطع. "
     "وشهدت أطراف البلدة لاحقاً اشتباكات بين الجيش والإرهابيين.", "الشيخ مسكين"),
    ("قصف جيش النظام المتمركز في بلدة كفرنبودة قرية الهبيط بالمدفعية. ودارت اشتباكات عنيفة على أطراف القرية "
     "عقب القصف.", "الهبيط"),
])
def test_the_dead_s_town_not_the_launch_site(pipe, text, place):
    evs = piped_events(pipe, text)
    assert place_surface(_of(evs, "armed_clash")) == place
    assert place_surface(_of(evs, "shelling")) == place


# -- family 5: one act over a list of places: the list's head, whatever its level -------------------------------
@pytest.mark.parametrize("text, first", [
    ("استهدفت غارات تركية قرى في ريف عامودا والدرباسية ورأس العين، ما أسفر عن سقوط 6 قتلى مدنيين.", "ريف عامودا"),
    ("قصفت قوات النظام بلدات في ريف معرة النعمان وسراقب وأريحا، ما أودى بحياة 4 مدنيين.", "ريف معرة النعمان"),
])
def test_a_list_keeps_its_head(pipe, text, first):
    evs = piped_events(pipe, text)
    heads = [e for e in evs if figure_low(e) is not None]
    assert [place_surface(e) for e in heads] == [first], type_place(evs)


def test_a_town_after_a_countryside_is_still_where_in_it(pipe):
    text = "قصفت قوات النظام ريف إدلب الجنوبي، مستهدفة أطراف بلدة كفرنبل، وأوقع القصف 3 قتلى مدنيين."
    assert place_surface(_of(piped_events(pipe, text), "shelling")) == "كفرنبل"


# -- family 2: the side an attack came from («من اتجاه/جهة/ناحية X») ---------------------------------------------
@pytest.mark.parametrize("text, place", [
    # SANA style
    ("حماة-سانا: أحبط الجيش محاولة تسلل قامت بها مجموعات إرهابية من اتجاه بلدة كفرزيتا باتجاه نقاط عسكرية حول "
     "بلدة حلفايا، وأوقعت بين أفرادها 6 قتلى.", "حلفايا"),
    ("قُتل 4 عناصر من قسد بهجوم لمسلحين قدموا من ناحية بلدة الشحيل على حاجز في بلدة ذيبان.", "ذيبان"),
    ("صدت فصائل المعارضة هجوماً لقوات النظام انطلق من جهة بلدة معرة حرمة على قرية كفرسجنة، وقتلت 5 عناصر.",
     "كفرسجنة"),
    # Anadolu style: the side is all the text places it in (a wide area named as a bearing is no other place)
    ("ذكرت وزارة الدفاع التركية أن جنودها حيّدوا 5 مسلحين خلال محاولتهم التسلل من جهة ريف تل أبيض شمالي سوريا.",
     "ريف تل أبيض"),
])
def test_the_side_an_attack_came_from_yields(pipe, text, place):
    assert place_surface(_of(piped_events(pipe, text), "armed_clash")) == place


# -- family 7: a road or street named inside a town is a landmark of the town ------------------------------------
@pytest.mark.parametrize("text, typ, place", [
    ("انفجرت عبوة ناسفة بعربة عسكرية على طريق الجسر في بلدة الصور شمالي دير الزور، ما تسبب بمقتل 3 "
     "عناصر.", "explosion", "الصور"),
    ("استهدف مسلحون مجهولون دورية للأمن العام على طريق المقبرة في بلدة طفس غربي درعا، وقتل عنصران من الدورية.",
     "armed_clash", "طفس"),
    # Furat Post style
    ("فجّر مسلحون مجهولون عبوة ناسفة بسيارة مدنية على طريق المدرسة في بلدة ذيبان بالريف الشرقي لدير الزور.", "explosion", "ذيبان"),
    # a road named by a village in a desert: the village is the spot (set 47 dc21's call)
    ("قُتل أربعة عناصر بكمين على طريق الشولا في البادية جنوبي دير الزور.", "armed_clash", "الشولا"),
])
def test_a_road_named_in_a_town_is_the_town(pipe, text, typ, place):
    assert place_surface(_of(piped_events(pipe, text), typ)) == place


# -- "a place where the gold has none": a sanction is imposed at no place of the text -----------------------------
@pytest.mark.parametrize("text", [
    "جمّد الاتحاد الأوروبي أصول 14 مسؤولاً سورياً، وفق بيان أصدره المجلس الأوروبي في بروكسل اليوم.",
    "أعلنت الخزانة الأمريكية، عبر بيان نشرته في واشنطن، فرض عقوبات على 8 ضباط في الأمن العسكري.",
    # Reuters style: the targets tied to a Syrian town
    "لندن (رويترز) - فرضت بريطانيا عقوبات على 6 قادة في ميليشيات تنشط في مدينة حمص، بتهمة ارتكاب انتهاكات.",
])
def test_a_sanction_has_no_place(pipe, text):
    evs = piped_events(pipe, text)
    e = _of(evs, "sanction")
    assert e["place"] is None, type_place(evs)
