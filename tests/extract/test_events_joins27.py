"""One incident told in pieces, and pieces told as incidents (stop 27, issue 10, helper joins).

Families: a dual noun with no numeral names no figure of an event; the figure or the place of an act told
in the next sentence; a country's day toll beside one raid's own dead; one act told twice (a claim, then
the details) and two acts told in one sentence (another doer, «أيضاً»). Our own sentences in several house
styles, run through the whole pipeline (tagger, places, figures, events); every span checked."""
from __future__ import annotations

import pytest


from piped import piped_events as _piped


def _figs(e):
    return ((e["count"] or {}).get("low"), (e["fatalities"] or {}).get("low"), (e["injured"] or {}).get("low"))


# -- a dual noun is no figure ------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    # North Press: the dead of a drone strike told by a dual
    "قُتل مقاتلان من قوات سوريا الديمقراطية مساء أمس بقصف طائرة مسيّرة تركية على قرية تل جمعة بريف الحسكة.",
    # SOHR: the wounded by a dual after the act
    "المرصد السوري: استهدفت مدفعية النظام بلدة كفرنبل جنوب إدلب، فأصيب طفلان بجروح.",
    # Enab Baladi: a blast whose dead are a dual
    "انفجر لغم بعربة عسكرية قرب بلدة نوى غربي درعا، وقُتل فيها عنصران من الفرقة الرابعة.",
    # Reuters Arabic: two strikes told by a dual noun (the strikes are no figure either)
    "قال سكان إن طائرات حربية نفذت غارتين على سراقب شرقي إدلب صباح اليوم.",
])
def test_a_dual_noun_gives_no_figure(pipe, text):
    evs = [e for e in _piped(pipe, text) if e["type"] != "statement"]
    assert evs, "the act is still an event"
    for e in evs:
        assert _figs(e) == (None, None, None), e


def test_the_numeral_two_is_a_figure_and_a_dual_stays_a_part(pipe):
    # the numeral «اثنان» counts; a dual after «بينهم» stays in the breakdown of the figure it is a part of
    evs = _piped(pipe, "قُتل اثنان من رجال الأمن العام بهجوم لمسلحين على حاجز قرب مدينة جبلة.")
    assert any(2 in _figs(e) for e in evs), evs
    evs = _piped(pipe, "لقي خمسة مدنيين حتفهم بينهم طفلان في غارة جوية على بلدة حاس جنوبي إدلب.")
    e = next(e for e in evs if e["type"] == "airstrike")
    assert (e["fatalities"] or {}).get("low") == 5
    assert [b["surface"] for b in e["breakdown"]] == ["طفلان"]


# -- a country's toll of the day and one raid inside it ------------------------------------------------------
@pytest.mark.parametrize("text,total,part,typ", [
    # SOHR: the raid's own dead told after «حيث»
    ("قال المرصد السوري لحقوق الإنسان إن 96 شخصاً قُتلوا اليوم في مناطق متفرقة من البلاد، وسقط أكثرهم في "
     "محافظة إدلب، حيث قضى 17 مدنياً بغارة جوية استهدفت مدينة معرة النعمان.", 96, 17, "airstrike"),
    # AFP: the shelling's dead as a part of the sum, with a death verb of their own
    ("أفاد المرصد بأن 64 شخصاً قتلوا الأحد في مختلف المناطق السورية، بينهم تسعة مدنيين قضوا في قصف مدفعي "
     "استهدف بلدة الغارية الشرقية في ريف درعا.", 64, 9, "shelling"),
    # LCC: the country named as a place, and the raid's part after «بينهم»
    ("ذكرت لجان التنسيق أن 85 شخصاً قتلوا اليوم في سوريا برصاص قوات النظام، بينهم 20 قتلوا في غارة "
     "جوية على مدينة دوما.", 85, 20, "airstrike"),
    # Syria TV: «من بينهم» and a Russian raid
    ("وثق تلفزيون سوريا مقتل 70 شخصاً في سوريا اليوم، من بينهم 11 قتلوا بغارات روسية استهدفت مدينة أريحا في "
     "إدلب.", 70, 11, "airstrike"),
])
def test_a_country_toll_is_a_sum_and_the_raid_keeps_its_own_dead(pipe, text, total, part, typ):
    evs = _piped(pipe, text)
    agg = [e for e in evs if e["type"] == "casualties"]
    assert len(agg) == 1 and agg[0]["kind"] == "aggregate" and agg[0]["place"] is None
    assert (agg[0]["fatalities"] or {}).get("low") == total
    raid = [e for e in evs if e["type"] == typ]
    assert len(raid) == 1 and raid[0]["kind"] == "incident"
    assert (raid[0]["fatalities"] or {}).get("low") == part


def test_a_country_named_for_the_dead_of_one_placed_raid_is_that_raid(pipe):
    # no sum: the country is where the dead fell, the raid's place is inside it (unchanged)
    evs = _piped(pipe, "وثقت الشبكة مقتل 45 مدنياً في سوريا أمس بغارات على مدينة حلب.")
    assert [(e["type"], (e["fatalities"] or {}).get("low")) for e in evs] == [("airstrike", 45)]


# -- one strike told twice: the claim at a bearing of the country, then the details at a town -----------------
@pytest.mark.parametrize("text,town,dead", [
    # Independent Arabia style: CENTCOM's claim, then activists with the place
    ("أعلنت القيادة المركزية الأميركية أن قواتها شنت ليل الخميس ضربة جوية في شمال غربي سوريا طالت قيادياً في "
     "تنظيم حراس الدين. وذكر ناشطون أن طائرة مسيّرة قصفت سيارة على الطريق قرب بلدة سرمدا في ريف إدلب، "
     "فقتلت أربعة أشخاص.", "سرمدا", 4),
    # RT Arabic / SOHR: Moscow's claim, the observatory's details
    ("ذكرت موسكو أن مقاتلاتها شنت غارة على مقر لمسلحين في شرق سوريا. وقال المرصد السوري لحقوق "
     "الإنسان إن طائرات حربية ضربت مقراً في محيط الميادين شرقي دير الزور، فقتلت سبعة عناصر.",
     "الميادين", 7),
    # Anadolu / Kurdish activists: Ankara's claim, then the town
    ("قالت وزارة الدفاع التركية مساء أمس إنها نفذت ضربة جوية في شمال سوريا. وقال ناشطون أكراد إن طائرة مسيّرة تركية قصفت "
     "سيارة قرب مدينة عامودا بريف الحسكة، فقتلت ثلاثة أشخاص.", "عامودا", 3),
    # Horan Free League: the Israeli army's claim, local sources' site
    ("أعلن الجيش الإسرائيلي أنه شن غارة جوية على موقع عسكري في جنوب سوريا. وأفاد ناشطون محليون بأن طائرات حربية "
     "قصفت موقعاً للدفاع الجوي قرب مدينة إزرع في ريف درعا الشمالي.", "إزرع", None),
])
def test_a_claim_at_a_bearing_and_its_details_at_a_town_are_one_strike(pipe, text, town, dead):
    evs = [e for e in _piped(pipe, text) if e["type"] == "airstrike"]
    assert len(evs) == 1, evs
    assert evs[0]["place"]["surface"] == town
    assert (evs[0]["fatalities"] or {}).get("low") == dead


def test_a_strike_on_another_day_stays_another_strike(pipe):
    t = ("أعلن التحالف الدولي أنه نفذ يوم الاثنين غارة في شرق سوريا. وقال ناشطون إن طائرة مسيّرة استهدفت يوم "
         "الأربعاء سيارة قرب بلدة الشحيل شرقي دير الزور.")
    evs = [e for e in _piped(pipe, t, published="2024-05-10") if e["type"] == "airstrike"]
    assert len(evs) == 2


# -- the hurt of a protest told apart from it -----------------------------------------------------------------
@pytest.mark.parametrize("text,hurt", [
    # Syria TV style: the dispersal told by activists, the wounded by medics after «فيما»
    ("تظاهر مئات الشبان مساء الجمعة في مدينة إعزاز شمال حلب احتجاجاً على رفع أسعار الخبز. وذكر ناشطون أن رجال "
     "الشرطة أطلقوا الرصاص في الهواء لتفريق المتظاهرين، فيما أفادت مصادر طبية بإصابة ستة أشخاص بجروح.", 6),
    # Horan style: the report goes on in the next sentence with the wounded only
    ("خرج آلاف المتظاهرين اليوم في مدينة جاسم بمحافظة درعا مطالبين بالإفراج عن المعتقلين. وقالت مصادر محلية إن "
     "أربعة أشخاص أصيبوا برصاص قوات الأمن.", 4),
    # LCC style: one sentence, the wounded after «فيما قال ناشطون»
    ("خرجت مظاهرة كبيرة عقب صلاة الجمعة في بلدة الحراك شرقي درعا، فيما قال ناشطون إن ثلاثة أشخاص جرحوا برصاص "
     "الأمن.", 3),
    # AFP style: «بينما قال مصدر طبي»
    ("تجمع مئات المحتجين قرب مبنى المحافظة وسط السويداء للمطالبة بإسقاط النظام. وأفاد ناشط بأن قوات الأمن "
     "فرقت المحتجين بالرصاص الحي، بينما قال مصدر طبي إن سبعة أشخاص أصيبوا.", 7),
])
def test_the_hurt_of_a_protest_told_apart_are_the_protest_s(pipe, text, hurt):
    evs = _piped(pipe, text)
    assert [e["type"] for e in evs] == ["protest"], evs
    assert (evs[0]["injured"] or {}).get("low") == hurt


# -- the dead of an act named as a part in the next sentence ---------------------------------------------------
@pytest.mark.parametrize("text,typ,dead", [
    # SANA: a raid «أسفرت عن إيقاع أعداد … منهم بين قتيل ومصاب», the military source's part next
    ("نفذت وحدة من قواتنا الباسلة عملية نوعية على أوكار للإرهابيين في بلدة تلبيسة بريف حمص الشمالي، أسفرت عن "
     "إيقاع أعداد كبيرة منهم بين قتيل ومصاب. وأوضح مصدر عسكري لسانا أن بين القتلى 8 إرهابيين من جنسيات أجنبية.",
     "armed_clash", 8),
    # an air raid with «قتلى وجرحى», the part told by «بين القتلى»
    ("شنت الطائرات الحربية غارات على مقرات للمسلحين في بلدة كفرنبل جنوبي إدلب، أوقعت في صفوفهم قتلى وجرحى. "
     "وأشار المصدر إلى أن بين القتلى خمسة قياديين.", "airstrike", 5),
    # SOHR: clashes with dead on both sides, the part in a sentence of its own
    ("دارت مواجهات ضارية بين الفصائل وجيش النظام عند محور بلدة كبانة بريف اللاذقية، خلفت قتلى من الطرفين. "
     "ومن بين القتلى ستة جنود للنظام، بحسب المرصد السوري.", "armed_clash", 6),
])
def test_a_part_of_the_dead_told_next_is_the_act_s_one_figure(pipe, text, typ, dead):
    evs = _piped(pipe, text)
    assert [e["type"] for e in evs] == [typ], evs
    assert (evs[0]["fatalities"] or {}).get("low") == dead


def test_a_part_of_the_dead_does_not_replace_the_act_s_own_figure(pipe):
    t = ("قُتل 20 جندياً للنظام بهجوم شنه تنظيم داعش على ثكنة قرب مدينة السخنة. "
         "ومن بين القتلى ثلاثة ضباط.")
    evs = _piped(pipe, t)
    assert len(evs) == 1 and (evs[0]["fatalities"] or {}).get("low") == 20


# -- the towns of one taking are its figure (stop 36: the gold conventions take an act's own count when no dead
# are numbered; 18 seen and development gold events count a taking's villages, 5 do not) ----------------------
@pytest.mark.parametrize("text,place,towns", [
    ("ذكر المرصد السوري أن فصائل المعارضة سيطرت اليوم على 9 قرى تقع في ريف حماة الشمالي، وذلك بعد مواجهات مع جيش "
     "النظام.", "ريف حماة الشمالي", 9),  # SOHR
    ("أعلنت وحدات حماية الشعب تحرير خمس قرى أخرى في ريف كوباني الجنوبي.", "ريف كوباني الجنوبي", 5),  # Hawar
    ("استعادت قوات النظام السيطرة على ست بلدات وقرى بريف إدلب الجنوبي، وفق وكالة سانا.", "ريف إدلب الجنوبي",
     6),  # SANA
    ("أفادت وكالة الأناضول بأن الجيش الوطني السوري سيطر على 11 قرية حول مدينة رأس العين.", "رأس العين", 11),  # Anadolu
])
def test_the_towns_of_one_taking_are_its_figure(pipe, text, place, towns):
    evs = _piped(pipe, text)
    assert [(e["type"], e["kind"], e["place"]["surface"]) for e in evs] == [("territory_change", "incident", place)]
    assert _figs(evs[0]) == (towns, None, None)


def test_towns_taken_since_a_day_are_a_sum_that_keeps_its_figure(pipe):
    t = "أعلنت رئاسة الأركان التركية أن عدد القرى التي سيطرت عليها القوات منذ بدء العملية ارتفع إلى 56 قرية."
    evs = _piped(pipe, t)
    assert [(e["type"], e["kind"], (e["count"] or {}).get("low")) for e in evs] == [("territory_change", "aggregate", 56)]


# -- an act told as going along with another, by another doer, is an act of its own ---------------------------
def _units(evs):
    """(type, places of the unit) per event, a group's members as one unit."""
    out: dict = {}
    for e in evs:
        key = e["group"] or id(e)
        out.setdefault(key, (e["type"], []))[1].append((e["place"] or {}).get("surface"))
    return sorted(out.values())


@pytest.mark.parametrize("text,want", [
    # Orient style: Russian raids, the regime's rockets «على البلدتين ذاتهما»
    ("أغارت مقاتلات روسية على بلدتي معرشورين ومعصران بريف إدلب، وترافقت الغارات مع قصف صاروخي لجيش "
     "النظام على البلدتين ذاتهما.",
     [("airstrike", ["معرشورين", "معصران"]), ("shelling", ["معرشورين", "معصران"])]),
    # Step style: the regime's barrels, Russian rockets «على البلدات نفسها»
    ("ألقت المروحيات التابعة للنظام براميل على بلدات اللطامنة وكفرزيتا ومورك، وترافق ذلك مع قصف صاروخي للطائرات "
     "الروسية على البلدات نفسها.",
     [("airstrike", ["اللطامنة", "كفرزيتا", "مورك"]), ("shelling", ["اللطامنة", "كفرزيتا", "مورك"])]),
    # Damascus outlet: the regime's jets, Russian artillery on the city's edge
    ("نفذ الطيران الحربي التابع للنظام غارات على مدينة دوما، وترافق ذلك مع قصف مدفعي للقوات الروسية على أطراف "
     "المدينة.", [("airstrike", ["دوما"]), ("shelling", ["دوما"])]),
    # Hawar style: Turkish drones, the Syrian National Army's artillery
    ("استهدفت مسيّرات تركية قرية أم الكيف بريف تل تمر، وترافق ذلك مع قصف بالمدفعية نفذته فصائل الجيش الوطني السوري "
     "على القرية.", [("airstrike", ["أم الكيف"]), ("shelling", ["أم الكيف"])]),
])
def test_an_accompanying_act_of_another_doer_is_its_own(pipe, text, want):
    assert _units(_piped(pipe, text)) == want


def test_an_accompanying_act_of_the_same_doer_is_one_attack(pipe):
    evs = _piped(pipe, "استهدفت قوات النظام بالمدفعية بلدة كفرزيتا، وترافق القصف مع غارات جوية على البلدة.")
    assert len(_units(evs)) == 1


# -- vehicles carrying people: the people are the figure of the evacuation ------------------------------------
@pytest.mark.parametrize("text,n", [
    # Enab Baladi style: «وضمت 12 حافلة تقل نحو 400 شخص»
    ("خرجت صباح اليوم أولى دفعات المهجرين من حي الوعر باتجاه ريف حلب الشمالي، وضمت 12 حافلة تقل نحو 400 شخص من "
     "المقاتلين وعائلاتهم.", 400),
    # Anadolu style: «وانطلقت 20 حافلة تقل قرابة 1200 شخص»
    ("بدأ صباح اليوم إجلاء المدنيين من الأحياء المحاصرة في مدينة حلب، وانطلقت 20 حافلة تقل قرابة 1200 شخص باتجاه "
     "ريف حلب الغربي.", 1200),
    # SANA style: «وتضم 30 حافلة تحمل نحو 2000 شخص»
    ("وصلت إلى مدينة إدلب قافلة المهجرين من بلدة مضايا، وتضم 30 حافلة تحمل نحو 2000 شخص.", 2000),
    # AFP style: a figure of buses in words, the people counted as fighters
    ("غادرت أولى قوافل المهجرين مدينة داريا مساء الجمعة، وضمت ثماني حافلات تقل 300 مقاتل مع عائلاتهم.", 300),
])
def test_the_people_the_buses_carry_are_the_evacuation_s_figure(pipe, text, n):
    evs = _piped(pipe, text)
    assert [(e["type"], (e["count"] or {}).get("low")) for e in evs] == [("other", n)]


# -- the people of an act counted before their verbal noun, and one of them telling where ----------------------
@pytest.mark.parametrize("text,n,place", [
    # Zaman al-Wasl style: a unit number between the figure and «انشقاقهم», the place told by «أحدهم»
    ("أعلن خمسة عناصر من مرتبات اللواء 65 انشقاقهم عن جيش النظام في تسجيل مصور. وقال أحدهم إنهم انضموا إلى "
     "كتيبة للجيش الحر في مدينة الرستن.", 5, "الرستن"),
    # Orient style: «وأوضح أحدهم لموقع …»
    ("أعلن ثمانية مجندين من الفوج 137 انشقاقهم عن قوات النظام. وأوضح أحدهم لموقع أورينت أنهم لجؤوا إلى بلدة "
     "سرمين بريف إدلب.", 8, "سرمين"),
    # Shaam network style: a rank after the figure, «وأكد أحدهم»
    ("أعلن أربعة ضباط برتبة ملازم انشقاقهم في مقطع مصور نشره ناشطون. وأكد أحدهم أنهم وصلوا بسلاحهم إلى بلدة "
     "الأتارب بريف حلب الغربي.", 4, "الأتارب"),
])
def test_the_defectors_counted_and_one_of_them_says_where(pipe, text, n, place):
    evs = _piped(pipe, text)
    assert [(e["type"], (e["count"] or {}).get("low"), (e["place"] or {}).get("surface")) for e in evs] == \
        [("defection", n, place)]


def test_a_next_sentence_of_another_speaker_gives_no_place(pipe):
    evs = _piped(pipe, "أعلن سبعة جنود انشقاقهم عن جيش النظام. وقال مصدر محلي إن اشتباكات اندلعت في بلدة الرستن.")
    d = next(e for e in evs if e["type"] == "defection")
    assert ((d["count"] or {}).get("low"), d["place"]) == (7, None)


# -- «كما أصيب N آخرون» in the next sentence: the hurt of the act told before ---------------------------------
@pytest.mark.parametrize("text,typ,dead,hurt", [
    ("قُتل ثلاثة مدنيين في قصف بالمدفعية نفذه جيش النظام على بلدة كنصفرة بجبل الزاوية. كما أصيب ستة آخرون بجروح "
     "متفاوتة، بحسب الدفاع المدني.", "shelling", 3, 6),  # SOHR / civil defence
    ("استشهد أربعة مواطنين جراء اعتداء إرهابي بقذائف صاروخية على حي الميدان في حلب. كما جُرح عشرة آخرون، وفق "
     "ما ذكره مصدر في قيادة الشرطة.", "shelling", 4, 10),  # SANA
    ("قُتل خمسة أشخاص في غارة جوية روسية على السوق الشعبي في أريحا. كما أصيب 12 آخرون بينهم أطفال، وفق "
     "الدفاع المدني.", "airstrike", 5, 12),  # AFP
    ("قُتل ثلاثة مدنيين في قصف بالمدفعية نفذه جيش النظام على بلدة كنصفرة. وأصيب ستة آخرون بجروح.", "shelling", 3, 6),
])
def test_the_others_hurt_told_next_are_the_act_s(pipe, text, typ, dead, hurt):
    evs = _piped(pipe, text)
    assert [(e["type"], (e["fatalities"] or {}).get("low"), (e["injured"] or {}).get("low")) for e in evs] == \
        [(typ, dead, hurt)]


def test_a_strike_of_another_doer_after_a_claim_is_another_strike(pipe):
    t = ("نفذ التحالف الدولي غارة جوية في شرق سوريا. وقال ناشطون إن طائرات روسية قصفت سيارة عند أطراف مدينة الميادين "
         "في دير الزور.")
    evs = [e for e in _piped(pipe, t) if e["type"] == "airstrike"]
    assert sorted((e["place"] or {}).get("surface") for e in evs) == ["الميادين", "شرق سوريا"]


@pytest.mark.parametrize("text,typ,dead", [
    ("قُتل سبعة أشخاص جراء غارات جوية استهدفت أحياء في أنحاء مدينة دوما.", "airstrike", 7),
    ("قتل 12 مدنياً في غارات روسية على بلدات في عموم ريف إدلب الجنوبي.", "airstrike", 12),
])
def test_all_over_a_town_or_a_region_is_not_the_country(pipe, text, typ, dead):
    # (guard) «في أنحاء مدينة X», «في عموم ريف Y»: the act's own dead, not a national sum
    evs = _piped(pipe, text)
    assert [(e["type"], e["kind"], (e["fatalities"] or {}).get("low")) for e in evs] == [(typ, "incident", dead)]


# -- the same kind of act told again «أيضاً/كذلك» at a place of its own is another act -------------------------
@pytest.mark.parametrize("text,typ,places", [
    # Anadolu style: the operations room's statement, the second taking in the next sentence
    ("أفادت إدارة العمليات العسكرية بأن مقاتليها سيطروا على مطار أبو الظهور العسكري. وأضافت أن الفصائل سيطرت أيضاً "
     "على مدينة سراقب.", "territory_change", ["سراقب", "مطار أبو الظهور العسكري"]),
    # Hawar style: «وقصفت كذلك مواقع في…» in the same sentence
    ("قصفت الطائرات التركية قرية تل جمعة بريف تل تمر، وقصفت كذلك مواقع في ريف عين عيسى.", "airstrike",
     ["تل جمعة", "ريف عين عيسى"]),  # (the village before its countryside is the place: places, stop 29)
    # SANA style: «وسيطرت أيضاً على…»
    ("بسطت قوات الجيش العربي السوري سيطرتها على بلدة مورك، وسيطرت أيضاً على بلدة اللطامنة.",
     "territory_change", ["اللطامنة", "مورك"]),
    # Horan style: arrests in two towns
    ("اعتقلت قوات الأمن العام خمسة شبان في بلدة الصنمين، واعتقلت كذلك ثلاثة آخرين في مدينة إنخل.", "arrest",
     ["إنخل", "الصنمين"]),
])
def test_the_same_act_told_also_at_another_place_is_another_act(pipe, text, typ, places):
    evs = [e for e in _piped(pipe, text) if e["type"] == typ]
    assert sorted((e["place"] or {}).get("surface") for e in evs) == places


def test_the_same_act_told_also_at_its_own_place_stays_one(pipe):
    evs = _piped(pipe, "قصفت قوات النظام بلدة كفرنبل بالمدفعية. وقصفت أيضاً البلدة بالصواريخ.")
    assert [e["type"] for e in evs] == ["shelling"]


# -- a figure of protesters who died counts the dead, not a protest ------------------------------------------
@pytest.mark.parametrize("text,role,n", [
    # LCC style: the protest, then «إن أربعة محتجين قتلوا» in the next sentence
    ("خرجت مظاهرات في مدينة دوما قرب دمشق. وقالت لجان التنسيق إن أربعة محتجين قتلوا برصاص قوات الأمن.",
     "fatalities", 4),
    # activists to Al Jazeera: the dead and the wounded in one sentence
    ("أفاد ناشطون بأن خمسة محتجين قُتلوا وأصيب العشرات برصاص الأمن في حي بابا عمرو وسط حمص.", "fatalities", 5),
    # Sweida 24 style: the wounded protesters
    ("قالت مصادر طبية إن سبعة متظاهرين أصيبوا بجروح برصاص عناصر الأمن في مدينة السويداء.", "injured", 7),
    # Horan style: «ثلاثة متظاهرين سقطوا قتلى» would be read by its verb; here «استشهدوا»
    ("ذكر تجمع أحرار حوران أن ثلاثة متظاهرين استشهدوا برصاص جيش النظام في بلدة الحراك.", "fatalities", 3),
])
def test_protesters_counted_as_the_subject_of_their_death_are_the_dead(pipe, text, role, n):
    evs = _piped(pipe, text)
    assert not any(e["type"] == "protest" and (e["count"] or {}).get("low") == n for e in evs), evs
    assert any((e[role] or {}).get("low") == n for e in evs), evs


# -- «المخفر نفسه», «السوق ذاته»: the place of the act told before ---------------------------------------------
@pytest.mark.parametrize("text,typ,place", [
    # Zaman al-Wasl style: the post of the defectors, attacked a month before
    ("أفاد ناشطون في ريف حمص بأن 12 شرطياً من مخفر بلدة الحولة انشقوا والتحقوا بالجيش الحر في ريف حمص "
     "الشمالي. وكان المخفر نفسه قد استهدف الشهر الماضي بهجوم قتل ثلاثة من عناصره.", "armed_clash", "الحولة"),
    # Damascus outlet: arrests at a market, a blast there the week before
    ("اعتقلت قوات الأمن العام في ريف دمشق سبعة أشخاص من سوق مدينة دوما بتهمة حيازة السلاح. وكان السوق نفسه قد "
     "شهد الأسبوع الماضي انفجار عبوة ناسفة أصيب فيه خمسة مدنيين.", "explosion", "دوما"),
    # Syria TV style: a checkpoint taken, clashes there the day before
    ("ذكر مراسل لتلفزيون سوريا أن الفصائل سيطرت على حاجز لقوات النظام داخل بلدة المسيفرة شرق درعا. وكان "
     "الحاجز ذاته قد شهد أمس اشتباكات قتل فيها أربعة عناصر.", "armed_clash", "المسيفرة"),
    # the ministry's statement: arrests at a checkpoint, an attack on it
    ("أعلنت وزارة الداخلية في دمشق أن دورية من الأمن العام اعتقلت أربعة مطلوبين على حاجز قرب مدينة جبلة بريف "
     "اللاذقية. وتعرض الحاجز نفسه مساء أمس لهجوم مسلح قتل فيه ثلاثة عناصر.", "armed_clash", "جبلة"),
])
def test_the_same_site_named_again_is_where_the_act_before_was(pipe, text, typ, place):
    evs = [e for e in _piped(pipe, text) if e["type"] == typ]
    assert [(e["place"] or {}).get("surface") for e in evs] == [place]


# -- «N منهم قضوا في قصف على X»: the part of a toll that fell in one act is that act's dead ------------------------
@pytest.mark.parametrize("text,typ,total,part", [
    # AFP / SOHR: the day's toll, then «20 منهم قضوا في قصف» in the next sentence
    ("قُتل 65 شخصاً الجمعة في مناطق مختلفة من سوريا، بحسب المرصد. وأوضح المرصد أن 20 منهم قضوا في قصف على مدينة "
     "دوما.", "shelling", 65, 20),
    # SOHR: one sentence, «وقال إن 15 منهم قتلوا بغارات»
    ("وثق المرصد السوري مقتل 47 شخصاً في سوريا اليوم، وقال إن 15 منهم قتلوا بغارات جوية طالت مدينة معرة النعمان.",
     "airstrike", 47, 15),
    # SNHR style: «9 منهم لقوا حتفهم»
    ("قالت الشبكة إن 120 شخصاً قُتلوا في أنحاء البلاد أمس، 9 منهم لقوا حتفهم في قصف صاروخي على بلدة الهبيط.",
     "shelling", 120, 9),
    # LCC style: «ثمانية منهم سقطوا» would need «سقط» as a death verb; «استشهدوا» is one
    ("ذكرت لجان التنسيق أن 54 شخصاً قتلوا اليوم في مختلف المحافظات، ثمانية منهم استشهدوا بقصف مدفعي على "
     "حي الخالدية في حمص.", "shelling", 54, 8),
])
def test_the_part_of_a_toll_that_fell_in_one_act_is_its_dead(pipe, text, typ, total, part):
    evs = _piped(pipe, text)
    agg = [e for e in evs if e["type"] == "casualties"]
    assert [(e["kind"], (e["fatalities"] or {}).get("low")) for e in agg] == [("aggregate", total)]
    assert [(e["fatalities"] or {}).get("low") for e in evs if e["type"] == typ] == [part]
