"""Whose figure a figure is (issue 10, stop 30): the families of the first-run errors where an act was found
with the right type and the wrong figure. Our own sentences in several house styles (monitor, state agency,
local outlet, wire); the whole pipeline, values and spans asserted (piped.piped_events checks every span)."""
from __future__ import annotations

import pytest

from piped import piped_events, type_place


def _fig(e: dict, key: str):
    c = e.get(key)
    return None if c is None else (c["low"], c["high"])


# -- «ارتقى»: the state agency's death verb ----------------------------------------------------------------
@pytest.mark.parametrize("text,typ,place,dead,hurt", [
    # the verb, with the injured told apart as «آخرون» (they were read as the injured, the dead lost)
    ("حمص-سانا: ارتقى أربعة مواطنين وأصيب 11 آخرون بقذائف صاروخية أطلقتها مجموعات إرهابية باتجاه حي عكرمة.",
     "shelling", "حي عكرمة", 4, 11),
    # the noun after a result verb
    ("استهدف إرهابيون بقذيفة صاروخية حي الميدان وسط العاصمة، مما أدى إلى ارتقاء ستة مدنيين وإصابة 9 آخرين.",
     "shelling", "حي الميدان", 6, 9),
    # the plural verb after its subject, a local outlet's «جراء»
    ("قالت مصادر محلية إن سبعة عناصر من الشرطة ارتقوا جراء انفجار عبوة ناسفة بسيارتهم قرب بلدة الصنمين.",
     "explosion", "الصنمين", 7, None),
])
def test_irtaqa_tells_the_dead(pipe, text, typ, place, dead, hurt):
    evs = piped_events(pipe, text)
    assert type_place(evs) == [(typ, place)]
    (e,) = evs
    assert _fig(e, "fatalities") == (dead, dead)
    assert _fig(e, "injured") == (None if hurt is None else (hurt, hurt))


# -- bodies pulled from the ruins of a strike ---------------------------------------------------------------
@pytest.mark.parametrize("text,typ,dead", [
    # the strike told after the bodies, as what destroyed the house (a pluperfect clause), past a time aside
    ("انتشلت فرق الدفاع المدني، مساء اليوم، جثث ستة مدنيين من بين ركام بيت في بلدة كفرنبل، كانت ضربة جوية "
     "روسية قد سوّته بالأرض فجراً.", "airstrike", 6),
    # the strike told after the bodies as a relative clause of the building
    ("استخرجت فرق الإنقاذ جثث أربعة أشخاص من تحت أنقاض بناء في حي الشعار، استهدفته براميل ألقتها "
     "طائرات النظام المروحية أمس.", "airstrike", 4),
    # the strike first, the bodies taken out in the next sentence with «أخرجت … جثامين … من بين الركام»
    ("قصفت المدفعية التركية قرية الدردارة بعشرات القذائف مساء الأحد. وقال ناشطون إن الأهالي أخرجوا جثامين "
     "خمسة أشخاص من بين الركام.", "shelling", 5),
])
def test_bodies_from_the_ruins_are_the_strikes_dead(pipe, text, typ, dead):
    evs = piped_events(pipe, text)
    assert [e["type"] for e in evs] == [typ]
    assert _fig(evs[0], "fatalities") == (dead, dead)


def test_bodies_before_a_strike_told_as_another_story_stay_apart(pipe):
    """«فيما» opens a story of its own: the strike after it did not make the ruins."""
    evs = piped_events(pipe, "انتشلت فرق الدفاع المدني جثث أربعة أشخاص من بين ركام بيت في بلدة كفرنبل، "
                             "فيما أغارت طائرات روسية على قرية حاس.")
    strike = [e for e in evs if e["type"] == "airstrike"]
    assert len(strike) == 1 and strike[0]["fatalities"] is None


# -- a convoy's people, told after the act ---------------------------------------------------------------------
@pytest.mark.parametrize("text,place,low,high", [
    # a local outlet: the batch named again in the next sentence, its buses and the people they carry
    ("خرجت صباح اليوم الدفعة الأولى من مهجري بلدة يلدا جنوبي دمشق باتجاه ريف حلب الشمالي. وقال مراسلنا إن الدفعة "
     "ضمت 40 حافلة تقل نحو 2000 شخص، بينهم 300 مقاتل.", "يلدا", 2000, 2000),
    # the state agency: «وضمت القافلة … على متنها»
    ("وصلت مساء أمس إلى معبر جديدة يابوس قافلة جديدة من اللاجئين العائدين من لبنان. وضمت القافلة 35 حافلة على "
     "متنها 640 شخصاً، بحسب سانا.", "معبر جديدة يابوس", 640, 640),
    # a wire: the people first, the convoy after them in one sentence («أول قافلة تقل نحو N شخصاً»)
    ("وقالت منظمة الهلال الأحمر إن أول قافلة تقل نحو 870 شخصاً، بينهم 150 جريحاً، غادرت اليوم بلدة الفوعة "
     "نحو حلب.", "الفوعة", 870, 870),
])
def test_a_convoys_people_are_its_count(pipe, text, place, low, high):
    evs = piped_events(pipe, text)
    assert type_place(evs) == [("other", place)]
    assert _fig(evs[0], "count") == (low, high)


@pytest.mark.parametrize("text,place,low", [
    ("خرج مئات المقاتلين مع أسرهم من مدينة تلبيسة شمالي حمص، مساء الأحد، في حافلات نحو إدلب، "
     "ووصل عدد الخارجين في هذه الدفعة إلى 1830 شخصاً، بحسب الهلال الأحمر.", "تلبيسة", 1830),
    ("غادر مئات المقاتلين وعائلاتهم بلدة مضايا بريف دمشق في حافلات نحو الشمال، ووصل عدد الخارجين حتى "
     "المساء إلى 2150 شخصاً، وفق الهلال الأحمر.", "مضايا", 2150),
])
def test_the_exact_count_a_number_reached_beats_a_vague_one(pipe, text, place, low):
    evs = piped_events(pipe, text)
    assert type_place(evs) == [("other", place)]
    assert _fig(evs[0], "count") == (low, low)


def test_a_vague_figure_alone_stays(pipe):
    (e,) = piped_events(pipe, "خرج مئات المقاتلين مع أسرهم من مدينة تلبيسة شمالي حمص في حافلات نحو "
                              "إدلب، بحسب الهلال الأحمر.")
    assert _fig(e, "count") == (200, 900)


# -- a toll raised in the sentence of its act -------------------------------------------------------------------
@pytest.mark.parametrize("text,typ,place,dead", [
    # a wire's «في حصيلة أولية …، قبل أن ترتفع الحصيلة إلى …»
    ("قُتل سبعة مدنيين، وفق حصيلة أولى، بقصف صاروخي استهدف مدينة معرة النعمان، قبل أن ترتفع الحصيلة مساءً إلى 12 "
     "قتيلاً مع وفاة مصابين متأثرين بجراحهم، بحسب الدفاع المدني.", "shelling", "معرة النعمان", 12),
    # «ثم ارتفع عدد القتلى إلى …» after «أسفر … عن مقتل»
    ("أسفر قصف مدفعي على بلدة كفرعويد عن مقتل أربعة مدنيين، ثم ارتفع عدد القتلى إلى سبعة بعد وفاة ثلاثة جرحى، "
     "وفق ناشطين.", "shelling", "كفرعويد", 7),
    # a monitor's «قبل أن يرتفع العدد لاحقاً إلى …» with the strikes as the cause
    ("وثق المرصد مقتل خمسة مدنيين جراء غارات جوية على بلدة التمانعة، قبل أن يرتفع العدد لاحقاً إلى تسعة.",
     "airstrike", "التمانعة", 9),
])
def test_a_toll_raised_in_its_acts_sentence_replaces_the_first(pipe, text, typ, place, dead):
    evs = piped_events(pipe, text)
    assert type_place(evs) == [(typ, place)]
    assert _fig(evs[0], "fatalities") == (dead, dead)


def test_a_running_total_since_a_day_is_no_update_of_the_act(pipe):
    """«ثم» before a total counted since the campaign began: a sum of its own, not this strike's toll."""
    evs = piped_events(pipe, "قُتل أربعة مدنيين بغارة جوية على بلدة سرمين، ثم ارتفع عدد القتلى منذ بدء الحملة "
                             "مطلع الشهر الجاري إلى 140 قتيلاً، بحسب الدفاع المدني.")
    strike = [e for e in evs if e["type"] == "airstrike"]
    assert len(strike) == 1 and _fig(strike[0], "fatalities") == (4, 4)


# -- two acts at two places, the dead placed at one of them --------------------------------------------------------
@pytest.mark.parametrize("text,owner,other", [
    # a monitor's bulletin: «بالتزامن مع» an act of its own, the dead told «في البارة»
    ("أغارت مقاتلات روسية على قرية البارة بجبل الزاوية، ظهر الأحد، تزامناً مع قصف مدفعي لجيش "
     "النظام على بلدة كفرعويد، فقُتل خمسة مدنيين في البارة، بحسب المرصد السوري.",
     ("airstrike", "البارة"), ("shelling", "كفرعويد")),
    # a Kurdish agency: the first act's village named with the dead, after «بالتزامن مع»
    ("قصفت المدفعية التركية قرية أم الكيف، بالتزامن مع غارات لطائرات مسيرة على قرية الدردارة، فقُتل "
     "ثلاثة مدنيين في أم الكيف، بحسب مراسل هاوار.", ("shelling", "أم الكيف"), ("airstrike", "الدردارة")),
    # a local outlet: «وسط» and the dead «في مدينة …» of the barrels
    ("استهدفت مروحيات النظام بالبراميل المتفجرة مدينة داعل، وسط قصف صاروخي على بلدة إبطع، فقُتل "
     "أربعة مدنيين في مدينة داعل، وفق ناشطين.", ("airstrike", "داعل"), ("shelling", "إبطع")),
])
def test_the_dead_go_to_the_act_at_the_place_their_clause_names(pipe, text, owner, other):
    evs = piped_events(pipe, text)
    got = {(e["type"], (e["place"] or {}).get("surface")): e for e in evs}
    assert owner in got and other in got, type_place(evs)
    assert _fig(got[owner], "fatalities") is not None and got[other]["fatalities"] is None


@pytest.mark.parametrize("text,owner,other", [
    # a local outlet: the clash's kill, its source, then «بالتزامن مع» a shelling elsewhere
    ("تصدت الفصائل، ليل الأحد، لمحاولة تقدم قوات الأسد على محور قرية الحويجة في سهل الغاب، وقتلت ستة "
     "عناصر منها، بحسب مراسلنا، بالتزامن مع قصف بالمدفعية الثقيلة على قرية قسطون.",
     ("armed_clash", "الحويجة"), ("shelling", "قسطون")),
    # a local outlet: an attack on a checkpoint and its kill, then «تزامناً مع» a shelling of another town
    ("هاجمت مجموعة مسلحة حاجزاً لقوات النظام قرب بلدة محجة، وقتلت ثلاثة من عناصره، وفق تجمع أحرار حوران، تزامناً "
     "مع قصف مدفعي على بلدة إبطع.", ("armed_clash", "محجة"), ("shelling", "إبطع")),
    # a wire: a clash and its kill, then «وسط» a shelling of another town
    ("اشتبكت فصائل المعارضة مع قوات النظام عند أطراف بلدة اللطامنة، وقتلت أربعة من عناصرها، وسط قصف مدفعي على "
     "بلدة كفرزيتا.", ("armed_clash", "اللطامنة"), ("shelling", "كفرزيتا")),
])
def test_an_act_told_after_the_dead_as_their_accompaniment_owns_none(pipe, text, owner, other):
    evs = piped_events(pipe, text)
    got = {(e["type"], (e["place"] or {}).get("surface")): e for e in evs}
    assert owner in got and other in got, type_place(evs)
    assert _fig(got[owner], "fatalities") is not None and got[other]["fatalities"] is None


# -- those who took part in a protest -------------------------------------------------------------------------
@pytest.mark.parametrize("text,place,low,high", [
    ("أقام ناشطون اعتصاماً في ساحة الكرامة وسط السويداء، احتجوا فيه على سوء الأوضاع المعيشية، وحضره العشرات "
     "من سكان المحافظة، حسب مراسلنا.", "السويداء", 20, 90),
    ("نظمت عائلات المعتقلين وقفة احتجاجية أمام مبنى المحكمة في مدينة إدلب، طالبت فيها بالكشف عن مصير أبنائها، "
     "وشارك فيها نحو 150 شخصاً.", "إدلب", 150, 150),
    ("انطلقت مظاهرة كبيرة في الباب شرقي حلب عقب صلاة الجمعة، رفع المحتجون خلالها أعلام الثورة، "
     "وشارك فيها المئات، وفق ناشطين.", "الباب", 200, 900),
])
def test_those_who_took_part_in_a_protest_are_its_count(pipe, text, place, low, high):
    evs = piped_events(pipe, text)
    assert type_place(evs) == [("protest", place)]
    assert _fig(evs[0], "count") == (low, high)


# -- an act told with no losses ------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,dead_at,clash_place", [
    # gunmen's shooting with its dead, then a later clash at the same town «دون أنباء عن خسائر»
    ("فتح مجهولون مسلحون النار على سيارة مدنية قرب بلدة الغارية الغربية شرقي درعا، فقتلوا "
     "ثلاثة من ركابها. وفي المساء، دارت مواجهات بين شبان مسلحين ودورية من الأمن العسكري قرب البلدة نفسها، دون "
     "أنباء عن خسائر.", ("armed_clash", "الغارية الغربية"), "الغارية الغربية"),
    # a toll told first, then a clash in the next sentence «دون تسجيل إصابات»: not the act that killed them
    ("قُتل أربعة أشخاص في بلدة الكرك الشرقي شرقي درعا صباح اليوم. ودارت اشتباكات بين شبان من البلدة ودورية للأمن "
     "عند أطراف البلدة نفسها، دون تسجيل إصابات.", ("casualties", "الكرك الشرقي"), "الكرك الشرقي"),
    # a monitor: a shelling's dead, then the village's clashes «ولم ترد أنباء عن خسائر بشرية»
    ("قُتل خمسة مدنيين بقصف مدفعي على قرية الحويز بسهل الغاب صباح اليوم. وبعد الظهر، شهدت قرية الحويز مواجهات "
     "بين الفصائل وجيش النظام، ولم ترد أنباء عن خسائر بشرية.", ("shelling", "الحويز"), "الحويز"),
])
def test_an_act_told_with_no_losses_takes_no_dead(pipe, text, dead_at, clash_place):
    evs = piped_events(pipe, text)
    dead = [e for e in evs if e["fatalities"] is not None]
    assert [(e["type"], (e["place"] or {}).get("surface")) for e in dead] == [dead_at], type_place(evs)
    clash = [e for e in evs if e["type"] == "armed_clash" and e["fatalities"] is None]
    assert [(e["place"] or {}).get("surface") for e in clash] == [clash_place]
