"""Precision on type (helper types, stop 33, issue 10): acts typed `casualties` that are a doer's own act.

- a killing verb agreeing with a subject told before it (armed men, or a party's fighters) and taking an object
  after it is their act, an armed clash; the same letters with no object read as a passive («قُتلوا في …»), a death;
  a party's fighters killing after a fight told earlier in the item give that fight's dead;
- armed men's fire that only wounded, when the wounding is all its sentence tells, is their attack (the wounded are
  its `injured`, never its figure);
- a verb of opening fire with armed men after it, in the clause after a death («حين أطلق مجهولون النار»), is the
  death's cause; shells «أطلقتها مجموعات مسلحة» are a shelling's.
Every sentence is our own, in several house styles; the whole pipeline runs and every span is checked (piped.py)."""
from __future__ import annotations

import pytest

from piped import figure_low, piped_events, place_surface, type_place


def _only(evs: list[dict]) -> dict:
    assert len(evs) == 1, type_place(evs)
    return evs[0]


# ------------------------------------------------------------------ a doer's killing verb: subject before, object after

@pytest.mark.parametrize("text, place, dead", [
    # a Horan network's style: armed men, the means and the date between the verb and its object
    ("ذكر موقع محلي أن مسلحين ملثمين قتلوا بالرصاص، مساء أمس الأحد، الشاب سامر الخليل قرب متجره في بلدة "
     "الجيزة بالريف الشرقي لدرعا.", "الجيزة", None),
    # a recall «وكان … قد» with its day, the object after the date
    ("وكان مسلحون ملثمون قد قتلوا يوم الخميس الماضي أحد عناصر الشرطة المحلية عند مدخل بلدة نمر شمالي درعا.",
     "نمر", None),
    # a faction's claim relayed by a spokesman (numbered dead, fighters as the subject)
    ("وقال الناطق العسكري باسم الفصيل إن مقاتليه قتلوا سبعة من عناصر قوات النظام خلال هجوم على نقطة عسكرية قرب "
     "قرية كفرنبودة.", "كفرنبودة", 7),
    # a house style the pool does not use: a terse wire line, dateline first
    ("درعا (وكالات) – مسلحون مجهولون قتلوا فجر اليوم مختار بلدة المسيفرة داخل سيارته.", "المسيفرة", None),
])
def test_a_doers_killing_verb_is_an_armed_clash(pipe, text, place, dead):
    e = _only(piped_events(pipe, text))
    assert e["type"] == "armed_clash", type_place([e])
    assert place_surface(e) == place
    assert text[e["start"]:e["end"]] == e["trigger"] and e["trigger"].endswith("قتلوا")
    assert figure_low(e) == dead


@pytest.mark.parametrize("text, typ, place, dead", [
    # the same letters with no object: «قُتلوا في …», the dead as the subject (of the ambush told after them)
    ("وقال المرصد إن ثلاثة من المسلحين قتلوا في كمين قرب بلدة الصنمين ليل أمس.", "armed_clash", "الصنمين", 3),
    ("وأضاف المصدر أن عشرة من مقاتلي الفصيل قتلوا طوال الأيام الماضية في ريف إدلب الجنوبي.", "casualties",
     "ريف إدلب الجنوبي", 10),
])
def test_the_same_letters_with_no_object_are_deaths_not_a_doers_act(pipe, text, typ, place, dead):
    evs = piped_events(pipe, text)
    assert not any(e["type"] == "armed_clash" and e["trigger"].endswith("قتلوا") for e in evs), type_place(evs)
    # (the deaths are read, not dropped: the assertion above alone passes on a text read as nothing)
    assert [(e["type"], place_surface(e), figure_low(e)) for e in evs] == [(typ, place, dead)]


def test_a_known_forces_killing_of_civilians_stays_a_death(pipe):
    # (no armed men, no fighters named: the stop-30 convention codes a force's fire on civilians as casualties)
    text = "وقال ناشطون إن قوات الأمن قتلوا ثلاثة مدنيين على حاجز عند مدخل مدينة تلبيسة."
    evs = piped_events(pipe, text)
    assert [e["type"] for e in evs] == ["casualties"], type_place(evs)


def test_fighters_killing_after_a_fight_told_are_that_fights_dead(pipe):
    text = ("استعادت فصائل المعارضة السيطرة على بلدة كفرنبل جنوبي إدلب إثر مواجهات ضارية مع جيش النظام دامت منذ "
            "فجر اليوم. وقال قائد ميداني إن مقاتليه قتلوا أكثر من 20 عنصراً من القوات المهاجمة.")
    evs = piped_events(pipe, text)
    assert not any(e["type"] == "armed_clash" and e["trigger"] == "قتلوا" for e in evs), type_place(evs)
    assert any(e["type"] == "territory_change" and place_surface(e) == "كفرنبل" for e in evs), type_place(evs)


def test_a_repelled_attempt_is_no_fight_told_before_the_killing(pipe):
    # («أحبط محاولة تسلل»: an attempt only; the fighters' killing after it is the clash)
    text = ("أحبطت فصائل الجيش الوطني فجر اليوم محاولة تسلل على محور قرية الشيخ ناصر قرب مدينة الباب. وقالت "
            "الفصائل إن مقاتليها قتلوا خمسة من عناصر المجموعة المتسللة.")
    evs = piped_events(pipe, text)
    clash = [e for e in evs if e["type"] == "armed_clash"]
    assert clash and figure_low(clash[0]) == 5, type_place(evs)
    assert not any(e["type"] == "casualties" for e in evs), type_place(evs)


# ------------------------------------------------------------------ armed men's fire that only wounded

@pytest.mark.parametrize("text, place, hurt", [
    ("وفي مدينة جبلة، جُرح شاب ووالدته بنيران مسلحين.", "جبلة", None),
    ("أصيب أربعة شبان بجروح بنيران مسلحين مجهولين في بلدة طفس غربي درعا مساء أمس.", "طفس", 4),
    # a house style the pool does not use: a bulletin line with a colon opener
    ("حمص: جرح ثلاثة عمال بإطلاق نار من قبل مسلحين ملثمين على طريق قرية الغنطو.", "الغنطو", 3),
])
def test_armed_mens_fire_that_only_wounded_is_their_attack(pipe, text, place, hurt):
    e = _only(piped_events(pipe, text))
    assert e["type"] == "armed_clash" and place_surface(e) == place, type_place([e])
    assert e["count"] is None and e["fatalities"] is None  # (the wounded are never the figure)
    assert (e["injured"] or {}).get("low") == hurt


def test_a_wounding_beside_a_killing_stays_that_killings_injured(pipe):
    text = "قتل شابان وأصيب ثلاثة آخرون بنيران مسلحين مجهولين في بلدة اليادودة قرب درعا."
    e = _only(piped_events(pipe, text))
    assert e["type"] == "armed_clash" and (e["injured"] or {}).get("low") == 3


def test_a_snipers_fire_is_no_armed_men(pipe):
    text = "جرح خمسة مدنيين برصاص قناص في حي الوعر غربي حمص."
    e = _only(piped_events(pipe, text))
    assert e["type"] == "casualties"


# ------------------------------------------------------------------ fire opened by armed men, told after the death

@pytest.mark.parametrize("text, place", [
    ("كما قُتل عنصران من الشرطة شرقي بلدة الحارة حين فتح مجهولون النار على دوريتهما.", "الحارة"),
    ("قتل موظف في البلدية في بلدة نوى عندما أطلق مسلحون ملثمون النار عليه أمام منزله.", "نوى"),
    ("لقي سائق شاحنة حتفه على أطراف بلدة الشحيل بعدما فتح مسلحون النار على شاحنته.", "الشحيل"),
])
def test_fire_opened_by_armed_men_after_the_death_is_its_cause(pipe, text, place):
    e = _only(piped_events(pipe, text))
    assert e["type"] == "armed_clash" and place_surface(e) == place, type_place([e])


def test_shells_fired_by_armed_groups_are_a_shelling(pipe):
    text = ("ذكرت شبكة محلية أن ثلاثة من سكان بلدة المزرعة غربي السويداء قتلوا ليل أمس، بقذائف هاون "
            "أطلقتها فصائل مسلحة تتمركز على أطراف البلدة.")
    e = _only(piped_events(pipe, text))
    assert e["type"] == "shelling" and figure_low(e) == 3


def test_a_forces_fire_after_the_death_stays_a_death(pipe):
    text = "قُتل ثلاثة مدنيين حين أطلقت قوات النظام النار على سيارتهم قرب بلدة الحارة."
    e = _only(piped_events(pipe, text))
    assert e["type"] == "casualties" and figure_low(e) == 3


# ------------------------------------------------------------------ «أصاب» as "hit": what a strike hit, no one hurt

@pytest.mark.parametrize("text", [
    # the thing hit as the subject before a passive «أصيب»
    "وذكرت الوكالة نقلاً عن ضابط أن الأضرار اقتصرت على مستودع أصيب داخل مطار المزة العسكري.",
    # a munition as the subject, a vehicle as the object
    "وتابعت المصادر أن قذيفة موجهة أصابت سيارة لمدنيين قرب قرية تادف فاحترقت.",
    # a craft as the subject, houses as the object
    "وقال المراسل إن مسيّرتين أصابتا منازل في بلدة قسطون بسهل الغاب.",
    # a house style the pool does not use: a verb-first line, the munition then the building
    "أصاب صاروخ مبنى البلدية في مدينة سراقب صباح اليوم.",
])
def test_a_hit_thing_is_no_injury(pipe, text):
    evs = piped_events(pipe, text)
    assert not any(e["type"] == "casualties" for e in evs), type_place(evs)


@pytest.mark.parametrize("text, place", [
    ("وأصابت مسيّرة إسرائيلية جنوداً في ثكنة قرب بلدة الكسوة.", "الكسوة"),
    ("أصيب ثلاثة مدنيين بجروح في بلدة النيرب مساء أمس.", "النيرب"),
])
def test_people_hit_are_still_hurt(pipe, text, place):
    evs = piped_events(pipe, text)
    assert [(e["type"], place_surface(e)) for e in evs] == [("casualties", place)]


# ------------------------------------------------------------------ defectors as a category of the dead

@pytest.mark.parametrize("text", [
    # a monitor's breakdown after the toll verb
    "وأوضح مدير المرصد أن القتلى منذ مطلع الشهر بلغوا 3120 شخصاً، منهم 2210 مدنياً و790 جندياً نظامياً و120 منشقاً.",
    # the toll word, the defectors first
    "وتشمل الحصيلة 940 مقاتلاً منشقاً عن الجيش، إضافة إلى 5100 عنصر من القوات النظامية.",
    # a house style the pool does not use: a wire line with a colon and the dual figure list
    "الحصيلة الأسبوعية: 410 مدنيين و75 عسكرياً و12 منشقاً، بحسب ناشطين.",
])
def test_defectors_counted_in_a_toll_are_who_the_dead_were(pipe, text):
    evs = piped_events(pipe, text)
    assert not any(e["type"] == "defection" for e in evs), type_place(evs)


def test_defectors_counted_with_no_toll_are_a_defection(pipe):
    text = "وصل إلى الأراضي التركية 14 ضابطاً و40 جندياً منشقاً خلال الأسبوع الماضي، بحسب مصدر في المعارضة."
    evs = piped_events(pipe, text)
    assert [e["type"] for e in evs] == ["defection"], type_place(evs)


# ------------------------------------------------------------------ the wounded told with the dead or the act

@pytest.mark.parametrize("text, place, dead, hurt", [
    # a rights network's toll after the act told, the wounded added with «فضلاً عن»
    ("أطلقت قوات النظام صاروخين على حي المشهد في حلب. ووثّقت الشبكة سقوط 41 قتيلاً مدنياً، فضلاً عن جرح 130 "
     "شخصاً على الأقل.", "حي المشهد", 41, 130),
    # a toll with no act: «فيما جُرح … آخرين» keeps one toll
    ("قُتل 14 مدنياً في مدينة الرستن اليوم، فيما جُرح أكثر من 40 آخرين، بحسب ناشطين.", "الرستن", 14, 40),
    # a house style the pool does not use: a bulletin line, «إضافة إلى» with the wounded noun first
    ("حصيلة اليوم في بلدة الهبيط: تسعة قتلى، إضافة إلى 25 جريحاً.", "الهبيط", 9, 25),
])
def test_the_wounded_told_with_the_dead_are_the_same_toll(pipe, text, place, dead, hurt):
    e = _only(piped_events(pipe, text))
    assert place_surface(e) == place, type_place([e])
    assert figure_low(e) == dead and (e["injured"] or {}).get("low") == hurt


def test_the_wounded_at_another_place_are_another_toll(pipe):
    text = "قُتل 12 مدنياً في مدينة حمص، فيما جُرح أكثر من 30 في مدينة حماة."
    evs = piped_events(pipe, text)
    assert sorted(type_place(evs)) == [("casualties", "حماة"), ("casualties", "حمص")]


@pytest.mark.parametrize("text, place", [
    ("قصفت طائرات مسيّرة موقعاً في بلدة ميسلون. وخلّف القصف أضراراً في الموقع وفي عدد من المركبات، كما جُرح شخص واحد.",
     "ميسلون"),
    ("استهدفت مدفعية النظام أطراف بلدة كنصفرة بعشرات القذائف، كما أصيب ثلاثة مزارعين بجروح.", "كنصفرة"),
])
def test_a_wounding_added_by_also_to_the_act_is_its_hurt(pipe, text, place):
    e = _only(piped_events(pipe, text))
    assert e["type"] != "casualties" and place_surface(e) == place, type_place([e])
    assert e["injured"] is not None


# ------------------------------------------------------------------ rockets as the subject of a verb of falling or hitting

@pytest.mark.parametrize("text, place, dead", [
    ("قُتل خمسة مدنيين، مساء أمس، حين سقطت أربعة صواريخ على أحياء سكنية وسط مدينة الباب.", "الباب", 5),
    ("وقال مدير المستشفى إن ثلاثة أشخاص قتلوا عندما أصابت صواريخ مبنى الإسعاف في بلدة سرمين.", "سرمين", 3),
    # a house style the pool does not use: a short bulletin, the verb first
    ("سقط صاروخ على سوق بلدة الأتارب ظهر اليوم، ما أودى بحياة طفلين وأصاب ستة آخرين.", "الأتارب", None),
])
def test_rockets_that_fell_or_hit_are_a_shelling(pipe, text, place, dead):
    evs = piped_events(pipe, text)
    assert [(e["type"], place_surface(e)) for e in evs] == [("shelling", place)], type_place(evs)
    assert figure_low(evs[0]) == dead


def test_rockets_a_helicopter_fired_stay_its_strike(pipe):
    text = "أطلقت مروحية تابعة للنظام صواريخ على بلدة كبانة في ريف اللاذقية."
    evs = piped_events(pipe, text)
    assert [e["type"] for e in evs] == ["airstrike"], type_place(evs)


def test_the_wounded_after_a_part_of_an_earlier_toll_are_not_that_parts(pipe):
    # (the six are a share of the month's toll told before: the wounded are not theirs, no event of six)
    text = ("وثّق مكتب محلي مقتل 38 شخصاً في المحافظة خلال الشهر الماضي. وأوضح المكتب أن الحصيلة تشمل أربعة "
            "معتقلين قضوا تحت التعذيب، فيما أصيب 15 آخرون بجروح.")
    evs = piped_events(pipe, text)
    assert not any(figure_low(e) == 4 for e in evs), type_place(evs)
