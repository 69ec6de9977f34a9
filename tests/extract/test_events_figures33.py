"""Which number is the act's when a page gives several (issue 10, stop 33): the families of figure misses on the
paraphrases of real pages, read by structure. Our own sentences in several house styles (monitor, state agency,
local outlet, wire, rights group); values and spans asserted (piped.piped_events checks every span the records
carry)."""
from __future__ import annotations

import pytest

from piped import piped_events, type_place


def _fig(e: dict, key: str):
    c = e.get(key)
    return None if c is None else (c["low"], c["high"])


def _only(evs: list[dict], typ: str) -> dict:
    got = [e for e in evs if e["type"] == typ]
    assert len(got) == 1, type_place(evs)
    return got[0]


# -- a number joined to a singular noun of people: the act's people less one, no figure the text writes ----------
@pytest.mark.parametrize("text,typ,place", [
    # a state agency's style: an officer and N men killed at a checkpoint
    ("قُتل ضابط وثلاثة جنود بهجوم نفذه مسلحون ملثمون على نقطة تفتيش قرب مدينة الصنمين.",
     "armed_clash", "الصنمين"),
    # an arrest: a leader and N companions, the leader's own phrase between them (a quoted name)
    ("نفذت قوات التحالف إنزالاً في بلدة الصبحة، اعتقلت خلاله قيادياً بارزاً في تنظيم «داعش» وأربعة من حراسه.",
     "arrest", "الصبحة"),
    # a rank phrase after the singular, defectors told by a diplomat
    ("قال دبلوماسي إن ضابطاً برتبة عميد وستة ضباط آخرين عبروا الحدود إلى بلدة الريحانية بعد انشقاقهم.",
     "defection", "الريحانية"),
    # a house style the sets do not use: the definite rank, «استشهد», the blast's own phrase after it
    ("استشهد الملازم أول وثلاثة عناصر من الشرطة في انفجار عبوة ناسفة بمدينة إزرع صباح اليوم.",
     "explosion", "إزرع"),
])
def test_a_number_joined_to_one_person_is_no_figure(pipe, text, typ, place):
    e = _only(piped_events(pipe, text), typ)
    assert (e["place"] or {}).get("surface") == place
    assert e["count"] is None and e["fatalities"] is None


@pytest.mark.parametrize("text,typ,key,value,surface", [
    # a breakdown of a told toll keeps the toll: «بينهم ضابط وأربعة مجندين» is its parts
    ("قُتل 5 عناصر بينهم ضابط وأربعة مجندين بهجوم استهدف حاجزاً في بلدة داعل.", "armed_clash", "fatalities", 5, "5"),
    # the number after a counted noun is a second place's toll, not the singular's companions
    ("أحصت الشبكة مقتل 11 شخصاً بمدينة حمص و23 بمدينة حماة في يومين.", "casualties", "fatalities", 11, "11"),
    # a second verb between them: the one killed and the wounded are two acts («وأصيب»), the wounded are injured
    ("قُتل مدني وأصيب أربعة آخرون بقصف مدفعي على بلدة كنصفرة.", "shelling", "injured", 4, None),
    # the wounded named by their own noun stay the wounded
    ("قُتل مدني وأربعة جرحى بقصف صاروخي على بلدة كنصفرة.", "shelling", "injured", 4, None),
])
def test_a_number_of_its_own_stays(pipe, text, typ, key, value, surface):
    evs = piped_events(pipe, text)
    e = next(e for e in evs if e["type"] == typ)
    assert (e[key] or {}).get("low") == value
    if surface is not None:
        assert e["quantity"]["surface"] == surface
        assert text[e["quantity"]["start"]:e["quantity"]["end"]] == surface


# -- an earlier toll told as a past state after the toll was told risen: the same deaths, one incident -------------
@pytest.mark.parametrize("text,typ,place,latest", [
    # a wire's style: the risen toll with a long noun phrase, the earlier one in a pluperfect sentence of its own
    ("ارتفع عدد ضحايا البرميلين اللذين رمتهما المروحيات أمس على حي الصاخور في حلب إلى 48 شخصاً، "
     "بحسب المرصد السوري. وكان المرصد قد وثّق ليل أمس مقتل 29 شخصاً.", "airstrike", "الصاخور", 48),
    # a monitor's toll with no act: the earlier figure in the pluperfect after a comma of the same sentence
    ("وأعلن المرصد ارتفاع عدد قتلى القصف على مدينة دوما إلى 27، بينهم 8 أطفال، وكان قد أفاد صباحاً بمقتل 19.",
     "shelling", "دوما", 27),
    # a house style the sets do not use: «بعد أن كانت» with the earlier toll as the subject's predicate
    ("ارتفع عدد قتلى التفجير الذي ضرب مدينة القامشلي أمس إلى 48 شخصاً، بعد أن كانت الحصيلة الأولى 20 قتيلاً.",
     "explosion", "القامشلي", 48),
])
def test_an_earlier_toll_told_as_past_is_the_same_deaths(pipe, text, typ, place, latest):
    evs = piped_events(pipe, text)
    assert len(evs) == 1, type_place(evs)
    e = evs[0]
    assert e["type"] == typ and (e["place"] or {}).get("surface") in (place, "حي " + place)
    assert _fig(e, "fatalities") == (latest, latest)


@pytest.mark.parametrize("text,n", [
    # a pluperfect sentence with a place and an act of its own is another strike, not the earlier toll
    ("قُتل 12 مدنياً في غارة على بلدة كفرنبل. وكان المرصد قد أفاد أمس بمقتل 5 مدنيين في غارة على بلدة حاس.", 2),
    # the earlier strikes of another town, recalled after a risen toll, stay their own
    ("ارتفع إلى 30 عدد ضحايا القصف على مدينة دوما، وكانت غارات سابقة قد قتلت 11 شخصاً في مدينة حرستا يوم الجمعة.", 2),
    # a larger figure told in the pluperfect is no earlier value of a smaller toll
    ("قُتل 9 أشخاص في قصف على بلدة معرشورين. وكان المرصد قد وثّق مقتل 40 شخصاً في المنطقة طوال الشهر الفائت.", 2),
])
def test_a_past_toll_of_its_own_stays_apart(pipe, text, n):
    evs = piped_events(pipe, text)
    assert len(evs) == n, type_place(evs)


@pytest.mark.parametrize("text,whole,part", [
    # a singular inside a breakdown: the number after it is a part of the whole, kept in the breakdown
    ("أفاد ناشطون بانشقاق 14 عسكرياً، بينهم نقيب وخمسة صف ضباط، عن كتيبة متمركزة قرب مدينة تلبيسة.", 14, "خمسة"),
    # a house style the sets do not use: the rank told with its name's title, the part after it in brackets
    ("قُتل 9 من عناصر الشرطة (بينهم العقيد المناوب واثنان من مرافقيه) في هجوم على مخفر بلدة الكرك.", 9, "اثنان"),
])
def test_a_part_after_a_singular_stays_a_part(pipe, text, whole, part):
    e = piped_events(pipe, text)[0]
    assert (e["fatalities"] or e["count"])["low"] == whole
    assert part in [b["surface"] for b in e["breakdown"]]


# -- a toll named by the fight it counts, when the fight runs over a period: that fight's running toll ------------
@pytest.mark.parametrize("text,place,low,high", [
    # the toll's noun before the act, the period after an apposition set off by commas
    ("ارتفعت إلى 140 قتيلاً حصيلة الاشتباكات التي تدور في ريف درعا الغربي، جنوب البلاد، منذ يوم الخميس، بحسب ما "
     "أعلنه المرصد اليوم السبت.", "ريف درعا الغربي", 140, 140),
    # a cause word between the dead and the act; the next sentence's shares are its breakdown, no events of their own
    ("وثّق المرصد سقوط أكثر من 300 قتيل في المعارك التي تشهدها بادية حمص منذ ثلاثة أيام بين قوات النظام وخلايا "
     "التنظيم. وبحسب المرصد فإن 190 من القتلى عناصر في قوات النظام، في حين قُتل 110 من مقاتلي التنظيم.",
     "بادية حمص", 300, None),
    # a house style the sets do not use: «بلغ» with the figure first and «عدد ضحايا» before the act
    ("بلغ 58 قتيلاً عدد ضحايا المواجهات المتواصلة في مدينة الصنمين، شمال درعا، منذ مطلع الأسبوع، وفق تجمع أحرار "
     "حوران.", "الصنمين", 58, 58),
])
def test_the_toll_of_a_running_fight_is_its_aggregate(pipe, text, place, low, high):
    evs = piped_events(pipe, text)
    assert len(evs) == 1, type_place(evs)
    e = evs[0]
    assert e["type"] == "armed_clash" and e["kind"] == "aggregate"
    assert (e["place"] or {}).get("surface") == place
    assert _fig(e, "fatalities") == (low, high)


def test_a_days_toll_of_its_strike_stays_an_incident(pipe):
    evs = piped_events(pipe, "قُتل 12 مدنياً صباح اليوم في غارات على بلدة حزانو، وفق الدفاع المدني.")
    assert [(e["type"], e["kind"]) for e in evs] == [("airstrike", "incident")]
    assert _fig(evs[0], "fatalities") == (12, 12)


# -- the shares a whole is spread over («وتوزع … بين …», «ووزعت … على …») are its parts, whatever their noun names --
@pytest.mark.parametrize("text,typ,low", [
    # a monitor's month: the dead spread over kinds, the defectors' noun among them
    ("وثّق المرصد مقتل 2870 شخصاً خلال شهر أيلول. وتوزع قتلى أيلول بين 1930 مدنياً و840 جندياً نظامياً و100 منشقين.",
     "casualties", 2870),
    # a rights group's arrests spread over the forces that made them, each share told with its own verb
    ("وثّقت الشبكة 174 حالة اعتقال تعسفي طوال الشهر الفائت. وتوزعت الحالات بين 96 حالة اعتقلتها قوات النظام و41 "
     "حالة نفذتها «قسد» و37 حالة لفصائل المعارضة.", "arrest", 174),
    # a house style the sets do not use: the network spreads the day's toll over governorates after a colon
    ("قالت مصادر معارضة إن 96 شخصاً لقوا حتفهم اليوم الجمعة في مناطق متفرقة من البلاد. ووزعت الشبكة الحصيلة على "
     "المحافظات: 31 لحلب، و22 لإدلب، و14 لحماة، وقتيلاً واحداً لطرطوس، و12 قتيلاً لحمص.", "casualties", 96),
])
def test_the_shares_of_a_distribution_are_no_events(pipe, text, typ, low):
    evs = piped_events(pipe, text)
    assert len(evs) == 1, type_place(evs)
    assert evs[0]["type"] == typ and (evs[0]["fatalities"] or evs[0]["count"])["low"] == low


def test_the_whole_a_verb_spreads_is_not_a_share(pipe):
    # the figure between the verb of spreading and «على» is what was spread: the act keeps its dead
    evs = piped_events(pipe, "قُتل ستة مدنيين اليوم في قصف صاروخي على دمشق. وتوزع 30 صاروخاً على أحياء المزة وكفرسوسة.")
    assert [(e["type"], _fig(e, "fatalities")) for e in evs] == [("shelling", (6, 6))]


# -- the defectors counted as one kind of the dead in a toll's list are no defection -------------------------------
@pytest.mark.parametrize("text,n_events", [
    # a monitor's running toll broken down with «بـ» and commas
    ("وأحصى المرصد مقتل 4210 أشخاص منذ مطلع العام، وفصّل الحصيلة بـ3012 مدنياً، و950 عسكرياً نظامياً، و248 منشقاً.", 1),
    # «فتضم» after «أما الحصيلة»: the kinds, with no act at all
    ("أما الحصيلة الكلية فتضم 15200 مدنياً و5300 عسكري و870 منشقاً، بحسب المرصد.", 0),
    # a house style the sets do not use: the kinds told with «من», the defectors' noun with its «عن الجيش»
    ("وقال المرصد إن قتلى الشهر هم 1402 من المدنيين و611 من الجنود و37 منشقاً عن الجيش.", 1),
])
def test_defectors_as_a_kind_of_the_dead_are_no_defection(pipe, text, n_events):
    evs = piped_events(pipe, text)
    assert not [e for e in evs if e["type"] == "defection"], type_place(evs)
    assert len(evs) == n_events


def test_defectors_listed_with_no_toll_stay_a_defection(pipe):
    evs = piped_events(pipe, "وصل إلى الأراضي التركية خلال الليل 7 ضباط و45 منشقاً عن قوات النظام، بحسب مصدر تركي.")
    assert [e["type"] for e in evs] == ["defection"]


# -- a counting verb with a day and the act right after the dead (past a hedge and an aside of parts): that day's
# toll of the act, no sum ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,typ,place,low", [
    # a monitor's count with a hedge and an aside of children before the day and the raids
    ("أحصى المرصد مقتل 16 مدنياً على الأقل، منهم ثلاثة أطفال، يوم الأحد في غارات جوية استهدفت مدينة الميادين.",
     "airstrike", "الميادين", 16),
    # a rights group's count of a shelling, the day as «اليوم» and the cause word «جراء»
    ("وأحصت الشبكة مقتل 23 شخصاً، بينهم ثلاث نساء، اليوم جراء قذائف مدفعية على مدينة تلبيسة.", "shelling", "تلبيسة", 23),
    # a house style the sets do not use: «وثّقت فرق … وأحصت» with the day first and a share aside («معظمهم»)
    ("وأحصت فرق الإنقاذ أمس الجمعة مقتل 11 مدنياً، معظمهم من النازحين، في قصف صاروخي على مخيم قاح.",
     "shelling", "قاح", 11),
])
def test_a_counted_days_toll_is_its_acts(pipe, text, typ, place, low):
    evs = piped_events(pipe, text)
    assert [(e["type"], e["kind"]) for e in evs] == [(typ, "incident")], type_place(evs)
    assert (evs[0]["place"] or {}).get("surface") in (place, "مخيم " + place)
    assert (evs[0]["fatalities"] or {}).get("low") == low


# -- a smaller count of the same kind after a tally over a period, with no day and no town of its own: its share --
@pytest.mark.parametrize("text,low", [
    # a rights group's month, the doer's share told with its own verb after «فيما»
    ("وثّقت الشبكة السورية لحقوق الإنسان 188 حالة اعتقال تعسفي طوال شهر أيار. وحمّل التقرير قوات النظام مسؤولية "
     "102 حالة، فيما اعتقلت فصائل المعارضة 14 شخصاً.", 188),
    # shares by doer in a sentence of their own opened by «كما وثّقت», one at a governorate's countryside
    ("سجّلت الشبكة خلال نيسان اعتقال 240 شخصاً على الأقل في سوريا. كما وثّقت 52 حالة اعتقال نفذتها «قسد»، و19 حالة "
     "اعتقلتها فصائل المعارضة في ريف حلب.", 240),
])
def test_the_shares_of_an_arrest_tally_are_no_arrests(pipe, text, low):
    evs = piped_events(pipe, text)
    assert [(e["type"], e["kind"]) for e in evs] == [("arrest", "aggregate")], type_place(evs)
    assert evs[0]["count"]["low"] == low


def test_an_arrest_of_its_own_day_and_town_after_a_tally_stays(pipe):
    # a house style the sets do not use: the day's arrest with its town and «أمس» after the month's tally
    evs = piped_events(pipe, "وثّقت الشبكة 150 حالة اعتقال خلال الشهر الماضي. واعتقلت قوات النظام أمس 12 شاباً في بلدة جاسم.")
    assert [(e["type"], e["kind"], (e["place"] or {}).get("surface")) for e in evs] == [
        ("arrest", "aggregate", None), ("arrest", "incident", "جاسم")]


# -- «صعد» is a verb of a toll's rise as «ارتفع» is -------------------------------------------------------------------
@pytest.mark.parametrize("text,typ,latest", [
    # the monitor's risen toll with the earlier one as a past state after it
    ("قال المرصد إن عدد ضحايا الغارات على حي الفردوس في حلب صعد إلى 19 قتيلاً، وكان قد أشار صباحاً إلى سقوط 11 "
     "قتيلاً.", "airstrike", 19),
    # raised in the act's own sentence after a word of sequence
    ("قُتل تسعة أشخاص بقذائف مدفعية على بلدة التمانعة، ثم صعد العدد مساءً إلى 13 بعد وفاة جرحى.", "shelling", 13),
    # a house style the sets do not use: the verb first, the figure before the toll's noun
    ("صعدت إلى 21 حصيلة القتلى جراء انفجار السيارة المفخخة في مدينة الباب، وكانت الحصيلة قد بلغت صباحاً 12 قتيلاً.",
     "explosion", 21),
])
def test_a_toll_risen_by_saad_is_the_latest(pipe, text, typ, latest):
    evs = piped_events(pipe, text)
    assert len(evs) == 1, type_place(evs)
    assert evs[0]["type"] == typ and _fig(evs[0], "fatalities") == (latest, latest)


# -- a phrase of killed and wounded together counts the figure right before it, not one across a comma -------------
@pytest.mark.parametrize("text,fat,inj,count", [
    # the own side's dead and wounded, then the other side's «قتلى وجرحى» after a comma: no joint figure
    ("قُتل ثلاثة من عناصر الوحدات وجُرح ستة، إلى جانب قتلى وجرحى من مقاتلي التنظيم، خلال معارك في بلدة تل براك.",
     (3, 3), (6, 6), None),
    # the joint figure with its phrase right after its noun stays joint
    ("سقط 25 شخصاً بين قتيل وجريح في انفجار عبوة ناسفة بمدينة جرابلس.", None, None, (25, 25)),
    # a house style the sets do not use: «قتلى وجرحى» glued to the figure's noun, with the dead told as a part
    ("أوقع القصف على بلدة سرمين 18 قتيلاً وجريحاً، بينهم خمسة قتلى على الأقل.", (5, None), None, None),
])
def test_a_joint_phrase_belongs_to_the_figure_it_follows(pipe, text, fat, inj, count):
    e = piped_events(pipe, text)[0]
    assert _fig(e, "fatalities") == fat and _fig(e, "injured") == inj
    if count is not None:
        assert _fig(e, "count") == count
