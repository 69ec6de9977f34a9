"""Where an act's place comes from, and the places layer (issue 10, stop 33, helper places): families read on the
paraphrases of real pages (sets 64-68) and on real reporting, each stated as one structural rule and tested on our
own sentences in several house styles (monitor, local outlet, state agency, wire); every place asserted by value
and by span."""
from __future__ import annotations

import pytest

from piped import piped_events, type_place


def _at(evs, typ, place):
    got = [e for e in evs if e["type"] == typ and (e["place"] or {}).get("surface") == place]
    assert got, f"no {typ} at {place}: {type_place(evs)}"
    e = got[0]
    assert e["place"]["surface"] == place
    return e


def _spans_ok(text, e):
    p = e["place"]
    assert text[p["start"]:p["end"]] == p["surface"]


# -- a countryside told with the governorate's own noun («الريف الشرقي لمحافظة X», «ريف محافظة X الغربي») -------
# Real pages write the governorate with its noun as often as without; the layer knew «الريف الشرقي لدير الزور» and
# «ريف دير الزور الشرقي» but not these, and read «الريف الشرقي» alone as a place of no kind (set 65) or the
# governorate alone (the direction lost).
@pytest.mark.parametrize("text,typ,place,direction", [
    # a monitor's: a campaign of arrests in the eastern countryside «لمحافظة»
    ("نفذت قوات الأمن حملة دهم واعتقالات طالت عشرات الشبان في الريف الشرقي لمحافظة حمص، بحسب ناشطين.",
     "arrest", "الريف الشرقي لمحافظة حمص", "E"),
    # a local outlet's: a killing «في الريف الشمالي من محافظة …»
    ("اغتال مسلحون ملثمون، ليل أمس، رجلاً في الريف الشمالي من محافظة القنيطرة، وفق ما أفاد مراسلنا.",
     "armed_clash", "الريف الشمالي من محافظة القنيطرة", "N"),
    # a wire's: the noun and name, then the direction
    ("قال ناشطون إن المدفعية قصفت قرى في ريف محافظة حماة الغربي صباح اليوم.", "shelling",
     "ريف محافظة حماة الغربي", "W"),
    # a state agency's: the desert «البادية الشرقية لمحافظة …»
    ("دمشق-سانا: اشتبكت وحدات من الجيش مع مجموعة مسلحة في البادية الجنوبية لمحافظة الرقة.", "armed_clash",
     "البادية الجنوبية لمحافظة الرقة", "S"),
])
def test_a_countryside_told_with_the_governorates_noun_is_one_region(pipe, text, typ, place, direction):
    evs = piped_events(pipe, text)
    e = _at(evs, typ, place)
    _spans_ok(text, e)
    assert e["place"]["kind"] == "region"
    assert e["place"]["id"].endswith(f"-{direction}")  # (the direction kept: not the governorate alone)


def test_the_countryside_with_the_noun_is_the_same_region_as_without(pipe):
    with_noun = _at(piped_events(pipe, "قصفت المدفعية اليوم الريف الجنوبي لمحافظة إدلب."), "shelling",
                    "الريف الجنوبي لمحافظة إدلب")
    without = _at(piped_events(pipe, "قصفت المدفعية اليوم بلدات في ريف إدلب الجنوبي."), "shelling",
                  "ريف إدلب الجنوبي")
    assert with_noun["place"]["name_en"] == without["place"]["name_en"]
    assert with_noun["place"]["admin1_en"] == "Idlib"


def test_a_village_inside_the_countryside_told_with_the_noun_stays_the_place(pipe):
    text = "قصفت قوات النظام بلدة كفرنبل ضمن الريف الجنوبي لمحافظة إدلب بالمدفعية الثقيلة."
    e = _at(piped_events(pipe, text), "shelling", "كفرنبل")
    _spans_ok(text, e)


# -- «وسط مدينة X» is "the middle of X", a locative; «وسط قصف …» is "amid", a clause of its own ------------------
# «وسط» was a clause break wherever it stood, so an act told after an opening area («وفي ريف X،») lost the town
# named «وسط مدينة Y» to the area (set 67: an explosion «هزّ وسط مدينة» its town). Real pages write «وسط مدينة X»,
# «بوسط دمشق», «وسط سوق البلدة» far more often than «وسط» as "amid"; the seen sets hold about 70 of them.
@pytest.mark.parametrize("text,typ,place", [
    # a local outlet's: a car bomb in the middle of a town's market, the area opening the sentence
    ("وفي ريف حلب الشمالي، انفجرت سيارة مفخخة وسط سوق مدينة إعزاز، ما أودى بحياة ستة مدنيين.", "explosion",
     "إعزاز"),
    # a wire's: an explosion that «هزّ وسط مدينة»
    ("وفي ريف اللاذقية، قتل أربعة أشخاص بانفجار هز وسط مدينة جبلة.", "explosion", "جبلة"),
    # the civil defence's: a strike «وقعت وسط بلدة»
    ("وفي ريف إدلب الجنوبي، لقي طفلان حتفهما بغارة جوية وقعت وسط بلدة كفرنبل، بحسب الدفاع المدني.", "airstrike",
     "كفرنبل"),
    # a Kurdish-area agency's: «في وسط مدينة» after a governorate
    ("وفي محافظة الحسكة، جرح ثلاثة مدنيين بانفجار دراجة مفخخة في وسط مدينة رأس العين.", "explosion",
     "رأس العين"),
    # glued «بوسط»
    ("وفي ريف دمشق، أصيب خمسة مدنيين بانفجار عبوة ناسفة بوسط بلدة الكسوة صباح اليوم.", "explosion", "الكسوة"),
])
def test_wasat_before_a_town_is_the_middle_of_it(pipe, text, typ, place):
    e = _at(piped_events(pipe, text), typ, place)
    _spans_ok(text, e)
    assert e["place"]["kind"] == "locality"


def test_wasat_as_amid_still_opens_a_clause_of_its_own(pipe):
    text = "وفي ريف إدلب، قصفت قوات النظام بلدة كنصفرة وسط غارات روسية متواصلة على مدينة كفرنبل."
    evs = piped_events(pipe, text)
    _spans_ok(text, _at(evs, "shelling", "كنصفرة"))
    _spans_ok(text, _at(evs, "airstrike", "كفرنبل"))


# -- a state named for the force it leads or backs («التحالف الدولي بقيادة واشنطن», «فصائل مدعومة من أنقرة») ------
# Set 71 placed a strike in Washington: the place verb's reader took «بقيادة» as a word of the subject and the
# capital after it as the strike's object. A place right after a word of leading or backing (cues.json
# allegiance_words `led_by`, `backed` + «من») names an actor, never where anything happened.
@pytest.mark.parametrize("text,typ,place", [
    # a monitor's: the coalition «بقيادة واشنطن», the quarter struck named after it
    ("أعلن المرصد أن قصفاً شنه التحالف الدولي بقيادة واشنطن مساء الأحد على حي الدرعية أسفر عن مقتل 12 مدنياً.",
     "shelling", "حي الدرعية"),
    # a state agency's: the capital right before the town struck, as the verb's object would be
    ("دير الزور-سانا: قصفت طائرات التحالف بقيادة واشنطن بلدة هجين شرقي دير الزور فجر اليوم.", "airstrike",
     "هجين"),
    # a local outlet's: factions «المدعومة من تركيا» shell a village
    ("قصفت فصائل معارضة مدعومة من تركيا قرية مرعناز بالمدفعية الثقيلة، بحسب مراسلنا.", "shelling", "مرعناز"),
    # a wire's: «بزعامة الولايات المتحدة»
    ("شنت طائرات التحالف بزعامة الولايات المتحدة غارات على قرية الباغوز، وفق وكالة الأنباء.", "airstrike",
     "الباغوز"),
])
def test_a_state_that_leads_or_backs_a_force_is_no_place(pipe, text, typ, place):
    evs = piped_events(pipe, text)
    e = _at(evs, typ, place)
    _spans_ok(text, e)
    assert not [x for x in evs if (x["place"] or {}).get("kind") == "country" or
                (x["place"] or {}).get("surface") in ("واشنطن", "تركيا", "الولايات المتحدة")]


@pytest.mark.parametrize("text", [
    # a wire's: talks «برعاية كل من روسيا وإيران» (the list's second state too)
    "قالت المعارضة إن الهدنة التي أُقرت في محادثات جرت برعاية كل من روسيا وإيران انهارت بعد قصف مدفعي عنيف اليوم.",
    # a monitor's: «بدعم من» a state
    "شنت قوات النظام بدعم من روسيا هجوماً عنيفاً فجر اليوم، بحسب المرصد.",
])
def test_a_sponsor_or_backer_state_is_no_place(pipe, text):
    evs = piped_events(pipe, text)
    assert evs, "no event"
    assert not [e for e in evs if (e["place"] or {}).get("surface") in ("روسيا", "إيران")], type_place(evs)


def test_a_strike_by_a_force_led_by_a_capital_has_no_place_when_the_text_names_none(pipe):
    text = "قصفت طائرات التحالف بقيادة واشنطن مواقع للتنظيم فجر اليوم، بحسب ناشطين."
    evs = [e for e in piped_events(pipe, text) if e["type"] == "airstrike"]
    assert evs and all(e["place"] is None for e in evs), type_place(evs)


# -- «أنحاء من X» is a part of X, not fire coming from X --------------------------------------------------------
# «دكّت المدفعية أنحاء من X وY وZ» (set 72): «من» read as where the fire came from dropped the list's head; «أنحاء»
# and «أرجاء» are part nouns (cues.json partitives), as «القسم الغربي من» already was.
@pytest.mark.parametrize("text,place", [
    ("دكت المدفعية التركية أنحاء من كفرنبل وحاس وكفرومة جنوبي إدلب، وفق ناشطين.", "كفرنبل"),
    ("قصفت المدفعية بعنف أنحاء من بلدتي معبطلي وبلبل في ريف عفرين.", "معبطلي"),
    ("حلب-سانا: سقطت قذائف على أنحاء متفرقة من مدينة الباب دون إصابات.", "الباب"),
])
def test_anha_min_is_a_part_of_the_place(pipe, text, place):
    e = _at(piped_events(pipe, text), "shelling", place)
    _spans_ok(text, e)


# -- a day's toll is not where most of it fell («قُتل 90 أمس في مناطق عدة، سقط أكثرهم في مدينة X») -----------------
# Sets 67, 71 and 72 (three writers) place such a national toll nowhere; marsad took the place of the share (the
# rules for a toll with a figure, or the learned chooser for a toll the rules left placeless). A share's place was
# already no place for a sum over a period; now for any toll with its figure, and never the chooser's pick.
@pytest.mark.parametrize("text", [
    # a monitor's: «سقط أكثرهم في مدينة …»
    "وثّق المرصد السوري مقتل 90 شخصاً أمس في مناطق مختلفة من سوريا، قُتل أكثرهم في مدينة حمص.",
    # activists' wording: «أكثرهم في مدينة …» after the shooting
    "تحدث ناشطون عن سقوط أكثر من 30 قتيلاً اليوم برصاص الأمن، أكثرهم في مدينة حماة.",
    # coordination committees': «أغلبهم في X وريفها وفي Y»
    "قالت الهيئة العامة للثورة إن 62 شخصاً سقطوا قتلى اليوم السبت برصاص قوات الأمن، أغلبهم في حمص وريفها وفي إدلب.",
    # a wire's: «معظمهم في …» after «في أنحاء البلاد»
    "أفاد ناشطون بمقتل 40 مدنياً على الأقل اليوم في أنحاء البلاد، معظمهم في مدينة إدلب وريفها.",
])
def test_a_tolls_share_is_not_the_tolls_place(pipe, text):
    evs = [e for e in piped_events(pipe, text) if e["type"] == "casualties"]
    assert evs, type_place(piped_events(pipe, text))
    assert all(e["place"] is None for e in evs), type_place(evs)


def test_an_act_told_at_its_own_place_keeps_it_beside_a_share(pipe):
    text = "قُتل 30 شخصاً بغارات جوية على مدينة سراقب اليوم، أكثرهم في سوق المدينة."
    _spans_ok(text, _at(piped_events(pipe, text), "airstrike", "سراقب"))


# -- «X، إحدى قرى Y»: one of Y's places; Y is X's reference, not the act's place ---------------------------------
# Sets 67 and 73 write «في X، إحدى قرى ريف Y», «في X، إحدى مدن محافظة Y»; real pages write it for
# villages the gazetteer lacks or does not find bare. Y was taken (the bare name was no place of the layer's).
# Now _related drops Y as a relational adjective's reference is dropped, and unlisted.py reads X as a place of the
# plural noun's kind tied to Y (cues.json unlisted_places one_of / of_many).
@pytest.mark.parametrize("text,typ,place,kind", [
    # a monitor's: a known village named bare
    ("أفاد المرصد بأن مسلحاً قتل مساء الاثنين في تلدو، إحدى قرى ريف حمص، خلال اشتباك مع دورية للأمن.",
     "armed_clash", "تلدو", "locality"),
    # a local outlet's: a quarter, «أحد أحياء مدينة Y»
    ("قتل شاب برصاص مجهولين في الدعتور، أحد أحياء مدينة اللاذقية، مساء أمس، بحسب مراسلنا.", "armed_clash",
     "الدعتور", "neighbourhood"),
    # a state agency's: «وهي إحدى مدن …»
    ("درعا-سانا: اعتقلت وحدات الأمن عشرة مطلوبين في جاسم، وهي إحدى مدن ريف درعا الشمالي.", "arrest", "جاسم",
     "locality"),
    # a name the gazetteer lacks, struck by aircraft
    ("قصفت الطائرات الحربية تل الزعرور، إحدى قرى منطقة الباب، بعدة غارات فجر اليوم.", "airstrike", "تل الزعرور",
     "locality"),
])
def test_one_of_the_villages_of_y_is_placed_at_the_village(pipe, text, typ, place, kind):
    e = _at(piped_events(pipe, text), typ, place)
    _spans_ok(text, e)
    assert e["place"]["kind"] == kind


# -- a strike over an area «وأخرى في قرية Y»; a not-event phrase owns no place ------------------------------------
# Set 67: «مواقع … على خطوط التماس بريف X، وأخرى في قرية Y» took Y: the phrase «خطوط التماس» (a not-event phrase
# of types.json) counted as another act between the strike and X, and the region-then-finer-town rule then took Y,
# a second target («وأخرى في» = "and others in"), as where in the region the first was.
@pytest.mark.parametrize("text,typ,place", [
    # a Kurdish-area agency's: positions in a countryside «وأخرى في قرية …»
    ("قصفت المدفعية التركية مواقع لقسد في ريف منبج الغربي، وأخرى في قرية عون الدادات.", "shelling",
     "ريف منبج الغربي"),
    # the civil defence's: «على خطوط التماس بريف …»
    ("استهدفت قذائف النظام نقاطاً للفصائل على خطوط التماس بريف إدلب الجنوبي، وأخرى في بلدة كفرنبل، وفق الدفاع "
     "المدني.", "shelling", "ريف إدلب الجنوبي"),
    # a state agency's: «على خطوط الاشتباك في ريف …»
    ("دمشق-سانا: دكت وحدات الجيش تحصينات الإرهابيين على خطوط الاشتباك في ريف حماة الشمالي، وأخرى في بلدة "
     "اللطامنة.", "armed_clash", "ريف حماة الشمالي"),
])
def test_a_second_target_is_not_where_in_the_area_the_first_was(pipe, text, typ, place):
    e = _at(piped_events(pipe, text), typ, place)
    _spans_ok(text, e)
