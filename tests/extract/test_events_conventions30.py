"""The gold conventions stated plainly at stop 30 (benchmarks/data/events_probe/README.md, "Gold conventions
stated plainly"), checked against the code on sentences written for these tests: each call in several wordings
and house styles. People, villages, figures and dates are invented."""
from __future__ import annotations

import pytest

from tests.extract.piped import event_at, piped_events, place_surface, source_surface, type_place


def _low(rec: dict | None) -> int | None:
    return (rec or {}).get("low")


def _at(evs: list[dict], name: str) -> dict:
    """The first event placed at `name`, its surface read without «حي» or the article («حي الوعر», «فطيرة»)."""
    bare = lambda s: " ".join(w.removeprefix("ال") for w in (s or "").split() if w != "حي")  # noqa: E731
    got = [e for e in evs if bare(place_surface(e)) == bare(name)]
    assert got, f"no event at {name}: {type_place(evs)}"
    return got[0]


# -- type: a killing by gunmen is an armed clash ------------------------------------------------------------
@pytest.mark.parametrize("text, place", [
    ("قتل مجهولون مسلحون على متن دراجة نارية، ليل السبت، شرطياً سابقاً قرب بيته في بلدة "
     "الكرك الشرقي شرقي درعا، وفق موقع محلي.", "الكرك الشرقي"),
    ("قُتل مختار قرية تل زهور برصاص مسلحين ملثمين اعترضوا سيارته قرب مدخل القرية شرقي دير الزور، مساء اليوم.",
     "تل زهور"),
    ("شن مسلحون مجهولون ليلاً هجوماً على حاجز للأمن العام عند مدخل بلدة الشيخ بدر بريف طرطوس، فقتلوا "
     "ثلاثة عناصر، بحسب مصادر أهلية.", "الشيخ بدر"),
])
def test_a_killing_by_gunmen_is_an_armed_clash(pipe, text, place):  # noqa: ARG001 (the place names the case)
    evs = piped_events(pipe, text)
    assert [e["type"] for e in evs] == ["armed_clash"], type_place(evs)


def test_an_armed_clash_by_gunmen_carries_its_numbered_dead(pipe):
    evs = piped_events(pipe, "شن مسلحون مجهولون ليلاً هجوماً على حاجز للأمن العام عند مدخل بلدة الشيخ بدر بريف "
                             "طرطوس، فقتلوا ثلاثة عناصر، بحسب مصادر أهلية.")
    assert _low(event_at(evs, "الشيخ بدر")["fatalities"]) == 3


# -- figure: the injured are never the figure ---------------------------------------------------------------
@pytest.mark.parametrize("text, place, injured", [
    ("استهدفت مدفعية قوات النظام، صباح اليوم، قرية كفرعويد بجبل الزاوية، فأصيب أربعة "
     "مدنيين بجروح مختلفة، بحسب الدفاع المدني.", "كفرعويد", 4),
    ("جرح خمسة مقاتلين من الجيش الوطني، اليوم الأحد، إثر انفجار لغم بعربتهم قرب قرية "
     "براد بريف عفرين.", "براد", 5),
    ("أصيب ستة مدنيين برصاص عناصر حاجز عسكري في حي الوعر غربي حمص، اليوم الخميس، وفق ناشطين.", "الوعر", 6),
])
def test_an_act_that_only_wounds_has_no_figure(pipe, text, place, injured):
    evs = piped_events(pipe, text)
    e = _at(evs, place)
    assert e["count"] is None and e["fatalities"] is None, (e["type"], e["count"], e["fatalities"])
    assert _low(e["injured"]) == injured


def test_shells_stay_the_count_when_only_the_injured_are_numbered(pipe):
    evs = piped_events(pipe, "قصف الجيش التركي بأكثر من 20 قذيفة مدفعية قرية تل جمعة بريف تل تمر، ليل الأحد، "
                             "فأصيب ثلاثة مدنيين، وفق مراسل محلي.")
    e = event_at(evs, "تل جمعة")
    assert e["type"] == "shelling" and _low(e["count"]) == 20 and _low(e["injured"]) == 3


# -- figure: the dead when numbered, else the act's own count -----------------------------------------------
@pytest.mark.parametrize("text, place, dead", [
    ("شنت طائرات حربية روسية تسع غارات على بلدة كفرلاتا بريف إدلب، اليوم، وقتلت ستة مدنيين.",
     "كفرلاتا", 6),
    ("ألقى الطيران المروحي 12 برميلاً فوق بلدة الهبيط صباح اليوم، فقُتل أربعة مدنيين بينهم طفل.",
     "الهبيط", 4),
])
def test_an_acts_figure_is_its_dead_when_numbered(pipe, text, place, dead):
    e = event_at(piped_events(pipe, text), place)
    assert _low(e["fatalities"]) == dead


# -- figure: a figure is a number the text writes ----------------------------------------------------------
@pytest.mark.parametrize("text, place", [
    ("لقي جنديان من جيش النظام حتفهما إثر انفجار لغم في بادية بلدة السخنة، اليوم، بحسب المرصد السوري.", "السخنة"),
    ("استشهد كل من الشاب سامر العلي والطفل يوسف الحمد، ظهر اليوم، بقذائف مدفعية سقطت على بلدة كنصفرة بجبل "
     "الزاوية، وفق الدفاع المدني.", "كنصفرة"),
])
def test_duals_and_lists_of_names_give_no_figure(pipe, text, place):
    e = event_at(piped_events(pipe, text), place)
    assert e["count"] is None and e["fatalities"] is None, (e["count"], e["fatalities"])


# -- figure: a prisoner exchange -------------------------------------------------------------------------
@pytest.mark.parametrize("text, place, freed", [
    ("تمت بعد الظهر صفقة لتبادل الأسرى بين الفصائل والنظام عند معبر أبو الزندين قرب الباب، أفرج "
     "بموجبها عن سبعة مقاتلين مقابل ثلاثة جنود، بحسب مصادر محلية.", "الباب", 7),
    ("أتمت فصائل المعارضة في درعا صفقة تبادل جديدة أُفرج بموجبها عن 38 معتقلاً من سجون النظام مقابل تسليم رفات "
     "جنود سقطوا في المواجهات، وفق ما أعلنه قائد ميداني.", "درعا", 38),
])
def test_an_exchanges_figure_is_the_first_number_freed(pipe, text, place, freed):
    evs = piped_events(pipe, text)
    got = [e for e in evs if e["type"] == "other"]
    assert len(got) == 1, type_place(evs)
    assert _low(got[0]["count"]) == freed


# -- figure: deaths told later belong to their act ---------------------------------------------------------
def test_a_raised_toll_is_its_acts_figure_and_no_second_event(pipe):
    evs = piped_events(pipe, "ارتفع إلى 17 عدد ضحايا تفجير الشاحنة المفخخة الذي ضرب سوق مدينة جرابلس أمس، بعد "
                             "وفاة أربعة مصابين متأثرين بجراحهم، وفق مصدر طبي في المدينة.")
    assert [e["type"] for e in evs] == ["explosion"], type_place(evs)
    assert _low(evs[0]["fatalities"]) == 17


def test_a_toll_in_the_next_sentence_is_the_acts(pipe):
    evs = piped_events(pipe, "استهدفت طائرة مسيرة تركية، ظهر اليوم، سيارة قرب قرية تل كرمة شرقي القامشلي. "
                             "وقال مصدر طبي إن ثلاثة من ركابها قتلوا على الفور.")
    assert [e["type"] for e in evs] == ["airstrike"], type_place(evs)
    assert _low(evs[0]["fatalities"]) == 3


# -- place: the most specific place ------------------------------------------------------------------------
@pytest.mark.parametrize("text, place", [
    ("قصفت مدفعية النظام قرية الفطيرة بريف إدلب الجنوبي مساء اليوم.", "الفطيرة"),
    ("سيطرت فصائل المعارضة، اليوم، على بلدة معان بريف حماة الشمالي إثر مواجهات مع جيش النظام.", "معان"),
])
def test_a_village_inside_a_countryside_is_the_place(pipe, text, place):
    evs = piped_events(pipe, text)
    assert len(evs) == 1 and _at(evs, place) is evs[0], type_place(evs)


@pytest.mark.parametrize("text", [
    "وصل ثمانية ضباط منشقين إلى الأراضي التركية أمس، ليرتفع عدد الضباط المنشقين الذين يقيمون في مخيم خاص بهم هناك "
    "إلى 270، بحسب مصدر في المخيم.",
    "عبر 23 عسكرياً منشقاً إلى الأردن ليل أمس، بحسب مصدر أمني أردني، لافتاً إلى أن عدد العسكريين "
    "المنشقين الذين دخلوا المملكة منذ بداية العام ارتفع إلى نحو 450.",
])
def test_a_running_total_abroad_has_no_place(pipe, text):
    evs = piped_events(pipe, text, published="2012-09-10")
    totals = [e for e in evs if e["kind"] == "aggregate"]
    assert totals and all(place_surface(e) is None for e in totals), type_place(evs)


# -- source: the next sentence -----------------------------------------------------------------------------
@pytest.mark.parametrize("text, source", [
    ("سيطرت وحدات من الجيش، اليوم، على بلدة كباني في ريف اللاذقية الشمالي. وأفاد مصدر ميداني بأن فرق الهندسة "
     "بدأت إزالة الألغام من طرقات البلدة.", "مصدر ميداني"),
    ("قُتل خمسة مدنيين، اليوم، بقصف مدفعي على معرة حرمة في جنوب إدلب. وقال مراسل محلي إن القذائف سقطت على "
     "منازل في وسط البلدة.", "مراسل محلي"),
    # a source closing the next sentence, which comes back to the same incident
    ("تمت بعد الظهر صفقة لتبادل الأسرى بين الفصائل والنظام على معبر قريب من مدينة مارع، أفرج بموجبها عن "
     "ستة مقاتلين مقابل أربعة جنود. وأشرف الهلال الأحمر على التبادل، وفق مصادر محلية.", "مصادر محلية"),
    ("بسطت فصائل المعارضة سيطرتها على قرية الشيخ عقيل غربي حلب إثر مواجهات ضارية مع جيش النظام. واستولت الفصائل خلال "
     "المعارك على دبابتين وكميات من الذخائر، وفق ما أفاد به ناشطون.", "ناشطون"),
])
def test_a_next_sentence_that_comes_back_to_the_act_is_its_source(pipe, text, source):
    evs = piped_events(pipe, text)
    assert evs and source_surface(evs[0]) == source, [(e["type"], source_surface(e)) for e in evs]


@pytest.mark.parametrize("text, first", [
    ("اعتقلت دورية للأمن العام أربعة أشخاص في مدينة جاسم، صباح اليوم. وقالت مصادر أهلية إن رجال الأمن العام "
     "اعتقلوا كذلك ثلاثة آخرين في بلدة انخل.", "جاسم"),
    ("اعتقلت دورية للأمن العام أربعة أشخاص في مدينة جاسم، صباح اليوم. وقالت مصادر أهلية إن الدورية نفسها اعتقلت "
     "ثلاثة آخرين في بلدة انخل.", "جاسم"),
    ("داهمت قوة من الأسايش بلدة الشدادي فجر اليوم واعتقلت خمسة شبان. وأفاد ناشطون بأن القوة ذاتها داهمت قرية "
     "العريشة المجاورة واعتقلت شابين آخرين.", "الشدادي"),
    ("قُتل أربعة جنود في جيش النظام، أمس، بانفجار عبوة ناسفة على أطراف مدينة الصنمين. وشيّع أهالي بلدة داعل، "
     "اليوم، شاباً اغتاله مجهولون ليل أمس قرب بيته، وفق مراسل عنب بلدي.", "الصنمين"),
    ("دارت مواجهات عنيفة، فجر اليوم، بين الفصائل وجيش النظام عند محور بلدة كفرنبودة. وفي شأن آخر، "
     "ذكر الدفاع المدني أن غارة جوية طالت بلدة الهبيط وقتلت ثلاثة مدنيين.", "كفرنبودة"),
])
def test_a_next_sentence_on_another_incident_does_not_carry_back(pipe, text, first):
    evs = piped_events(pipe, text)
    assert source_surface(_at(evs, first)) is None, [(place_surface(e), source_surface(e)) for e in evs]


@pytest.mark.parametrize("text, recalled", [
    ("اغتال مجهولون مسلحون، ليل أمس، قيادياً سابقاً في بلدة المزيريب غرب درعا، بحسب موقع محلي. ويأتي ذلك "
     "بعد أربعة أيام من تفجير عبوة ناسفة استهدفت عربة عسكرية قرب بلدة اليادودة وقتلت أربعة عناصر.", "اليادودة"),
    ("قصفت مدفعية النظام بلدة كنصفرة صباح اليوم، فقتلت ثلاثة مدنيين، بحسب مراسل محلي. ويأتي "
     "القصف غداة مقتل ستة جنود للنظام بصواريخ أطلقتها الفصائل على نقاطهم قرب بلدة كفرنبل.",
     "كفرنبل"),
    ("داهمت قوة من الأمن الداخلي بلدة الصور شرقي دير الزور، اليوم، واعتقلت 12 شخصاً، وفق ما أفادت به مراسلة شبكة "
     "محلية. وجاءت الحملة عقب هجوم شنه مسلحون على حاجز في البلدة الليلة الماضية، قُتل فيه ثلاثة عناصر.", None),
])
def test_a_writers_recall_is_the_outlets(pipe, text, recalled):
    evs = piped_events(pipe, text)
    got = [e for e in evs if e["type"] == "armed_clash"] if recalled is None else [_at(evs, recalled)]
    assert got and all(source_surface(e) is None for e in got), [(e["type"], source_surface(e)) for e in evs]


# -- place: landmarks, facilities, abroad -----------------------------------------------------------------
@pytest.mark.parametrize("text, place", [
    ("انفجرت دراجة نارية ملغمة عند دوار الكرة في مدينة الباب، عصر اليوم، فقتلت أربعة أشخاص.",
     "الباب"),
    ("خرج مئات المحتجين، ظهر الجمعة، في ساحة السرايا وسط مدينة السويداء مطالبين بالإفراج عن المعتقلين.",
     "السويداء"),
    ("انفجرت شاحنة مفخخة، صباح اليوم، قرب دوار حلب في مدينة إعزاز قرب الحدود التركية، وقتلت ستة أشخاص، بحسب "
     "الدفاع المدني.", "إعزاز"),
])
def test_a_landmark_is_placed_at_its_town(pipe, text, place):
    evs = piped_events(pipe, text)
    assert evs and _at(evs, place) is evs[0], type_place(evs)


@pytest.mark.parametrize("text, place", [
    ("استهدفت طائرات حربية روسية مطار تفتناز العسكري قرب إدلب بعدة غارات، اليوم، بحسب مراسل محلي.",
     "مطار تفتناز العسكري"),
    ("قصفت المدفعية التركية، مساء أمس، معبر باب السلامة الحدودي شمالي أعزاز، بحسب مصادر محلية.", "معبر باب السلامة"),
])
def test_a_facility_is_the_place_itself(pipe, text, place):
    evs = piped_events(pipe, text)
    assert evs and (place_surface(evs[0]) or "").startswith(place.split()[0]) and \
        place.split()[1] in (place_surface(evs[0]) or ""), type_place(evs)


def test_an_act_across_the_border_is_placed_abroad(pipe):
    evs = piped_events(pipe, "شنت طائرات حربية سورية، اليوم، غارتين على أطراف بلدة عرسال اللبنانية الحدودية، بحسب "
                             "الوكالة الوطنية للإعلام.", published="2013-06-12")
    e = next(e for e in evs if e["type"] == "airstrike")
    assert (e["place"] or {}).get("country") == "LBN", type_place(evs)


@pytest.mark.parametrize("text, first", [
    ("قصفت مسيرة تركية شاحنة على الطريق بين مدينتي القامشلي وعامودا، ظهر اليوم، فقتلت "
     "ثلاثة أشخاص.", "القامشلي"),
    ("انفجر لغم بعربة عسكرية على طريق الباب - قباسين شرقي حلب، صباح اليوم، فقتل أربعة عناصر.",
     "الباب"),
])
def test_a_road_between_two_places_is_at_the_first(pipe, text, first):
    # («طريق الباب»: a road record named by its first town scores at that town, as the scorer's overlap reads it)
    evs = piped_events(pipe, text)
    assert len(evs) == 1 and first in (place_surface(evs[0]) or "").split(), type_place(evs)


@pytest.mark.parametrize("text, place, dead", [
    ("أطلقت قوات الأمن الرصاص الحي على محتجين خرجوا عقب صلاة الجمعة في مدينة الرستن، فقتلت أربعة "
     "متظاهرين، بحسب ناشطين.", "الرستن", 4),
    ("قُتل ستة متظاهرين برصاص قوات الأمن التي فرّقت مظاهرة حاشدة في حي القابون بدمشق، اليوم الجمعة، وفق لجان "
     "التنسيق المحلية.", "القابون", 6),
])
def test_fire_on_a_protest_is_one_protest_with_its_dead(pipe, text, place, dead):
    evs = piped_events(pipe, text, published="2011-07-15")
    assert [e["type"] for e in evs] == ["protest"], type_place(evs)
    assert _low(_at(evs, place)["fatalities"]) == dead


@pytest.mark.parametrize("text, dead", [
    ("قُتل طفل برصاص قناص من قوات النظام في حي الوعر غربي حمص، اليوم الخميس، بحسب ناشطين.", None),
    ("أطلق عناصر حاجز لقوات النظام النار على سيارة مدنية عند مدخل بلدة الصنمين، فقتل ثلاثة من ركابها، "
     "وفق مصادر محلية.", 3),
    ("قُتل ثلاثة رعاة برصاص دورية لقوات سوريا الديمقراطية قرب قرية الكسرة غربي دير الزور، مساء أمس، بحسب شبكة "
     "محلية.", 3),
])
def test_a_known_forces_fire_on_civilians_is_casualties(pipe, text, dead):
    # ACLED's Violence against civilians / Attack, which `casualties` exports as (README stop 30, call (c))
    evs = piped_events(pipe, text, published="2013-05-09")
    assert [e["type"] for e in evs] == ["casualties"], type_place(evs)
    assert _low(evs[0]["fatalities"]) == dead
