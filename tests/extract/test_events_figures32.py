"""Whose figure a figure is (issue 10, stop 32): numbers that are no amount read where they belong, so that no
stage takes them for one, and the families of right-type-wrong-figure misses read by structure. Our own
sentences in several house styles (monitor, state agency, local outlet, wire); values and spans asserted
(piped.piped_events checks every span the records carry)."""
from __future__ import annotations

import pytest

from marsad.document import Document
from marsad.extract.dates import extract_dates
from marsad.extract.quantities import extract_quantities
from piped import piped_events, type_place


def _fig(e: dict, key: str):
    c = e.get(key)
    return None if c is None else (c["low"], c["high"])


def _layers(pipe, text: str, published: str = "2012-09-13") -> Document:
    d = Document(text, published=published, outlet="منصة المثال")
    pipe(d)
    for layer in ("quantities", "dates"):
        for r in d[layer]:
            assert d.text[r["start"]:r["end"]] == r["surface"], r
    return d


# -- the number that ends an outlet's name («درعا 24», «كوردستان 24») is the name's -------------------------------
# stop 31 kept it out of the events' figures only (a source name the events' lexicon knew); the quantity layer
# now refuses it (cues.tsv outlet_name, as «فرانس 24» after refuse_before), so no stage reads it as an amount
@pytest.mark.parametrize("text,left", [
    # a local network before a reported clause; the clause's own figure stays
    ("أفادت شبكة درعا 24 بأن 30 مجنداً فروا من قطعهم العسكرية.", ["30"]),
    # a regional channel's dateline in brackets
    ("أربيل (كوردستان 24)- أعلنت وزارة الخزانة فرض عقوبات على فصيل مسلح.", []),
    # a source told to the outlet with the preposition glued on («للسويداء 24»)
    ("قال مصدر محلي للسويداء 24 إن خمسة شبان خطفوا على طريق دمشق.", ["خمسة"]),
    # the name in quotes after «موقع», Eastern digits
    ("وقال موقع «دير الزور ٢٤» إن دورية اعتقلت 12 شاباً في بلدة الشحيل.", ["12"]),
    # a house style the sets do not use: a site named with no media noun, closing the sentence
    ("وقتل ثلاثة مدنيين في قصف على المدينة، وفق عربي 21.", ["ثلاثة"]),
])
def test_a_number_ending_an_outlet_name_is_no_amount(text, left):
    assert [q["surface"] for q in extract_quantities(text)] == left


@pytest.mark.parametrize("text,surface,counted", [
    # the place is where the people were counted: a counted noun after the number
    ("قتل في درعا 24 شخصاً خلال الشهر الماضي.", "24", "شخص"),
    # a toll listed by place with no noun after the number: the place preposition before the name decides
    ("قتل خلال الأسبوع 40 مدنياً: في حلب 16، وفي دير الزور 24.", "24", None),
    # the preposition glued on the place («بدرعا»)
    ("وسجلت الإصابات بدرعا 24 حالة جديدة.", "24", "حالة"),
])
def test_the_same_number_after_a_place_stays_an_amount(text, surface, counted):
    qs = [q for q in extract_quantities(text) if q["surface"] == surface]
    assert len(qs) == 1
    assert qs[0]["low"] == 24 and qs[0].get("counted") == counted
    assert text[qs[0]["start"]:qs[0]["end"]] == surface


@pytest.mark.parametrize("text,typ,key,want", [
    # an outlet's name opening the item: no arrest of 24
    ("درعا 24 - اعتقلت قوات الأمن شاباً من بلدة الجيزة على حاجز قرب مدينة بصرى الشام.", "arrest", "count", None),
    # the sanctions of a channel's item: no count of 24
    ("أربيل (كوردستان 24)- أعلنت الخزانة الأميركية فرض عقوبات على فصيل مسلح في ريف حلب الشمالي.", "sanction",
     "count", None),
    # the outlet as the source before the act's own figure: the figure is the act's
    ("قال مراسل السويداء 24 إن مسلحين قتلوا ستة أشخاص في هجوم استهدف حاجزاً قرب بلدة عريقة.", "armed_clash",
     "fatalities", (6, 6)),
])
def test_events_take_no_figure_from_an_outlet_name(pipe, text, typ, key, want):
    evs = piped_events(pipe, text)
    assert [e["type"] for e in evs] == [typ]
    assert _fig(evs[0], key) == want
    if want is None:
        assert evs[0]["quantity"] is None or "24" not in evs[0]["quantity"]["surface"]


# -- a wire's dateline («عمان - 13 - 9 (كونا) --»): the day and month are a date ----------------------------------
# stop 31 kept them out of the events' figures only; the dates layer reads them (the year the nearest one before
# publication) and, as for any day-grain date, drops the quantities inside it
@pytest.mark.parametrize("text,surface,value", [
    ("عمان - 12 - 9 (كونا) -- لقي 21 شخصاً حتفهم بينهم ستة أطفال في غارة على فرن.", "12 - 9", "2012-09-12"),
    # the agency before the numbers, a colon closing the head
    ("موسكو (كونا) - 5 - 3 : اتفق الطرفان على وقف لإطلاق النار في المنطقة.", "5 - 3", "2012-03-05"),
    # a slash and no dash before the day; the month after publication is last year's
    ("بيروت 28/11 (أ ف ب) - قتل 4 عناصر في كمين قرب الحدود.", "28/11", "2011-11-28"),
])
def test_a_wire_dateline_is_a_date(pipe, text, surface, value):
    ds = [d for d in extract_dates(text, "2012-09-13") if d.get("dateline")]
    assert [(d["surface"], d["value"]) for d in ds] == [(surface, value)]
    assert text[ds[0]["start"]:ds[0]["end"]] == surface
    doc = _layers(pipe, text)
    inside = [q for q in doc["quantities"] if ds[0]["start"] <= q["start"] < ds[0]["end"]]
    assert inside == []


@pytest.mark.parametrize("text", [
    # no agency: a range of dead at a line's head
    "حلب - 3 - 4 قتلى في قصف على حي الشعار.",
    # not at a line's head: after a sentence of its line
    "قتل خمسة أشخاص. عمان - 12 - 9 (كونا) -- قتل آخرون.",
    # no day and month: an impossible month
    "عمان - 13 - 19 (كونا) -- قتل 19 شخصاً.",
])
def test_no_dateline_without_its_shape(text):
    assert [d for d in extract_dates(text, "2012-09-13") if d.get("dateline")] == []


@pytest.mark.parametrize("text,typ,n", [
    ("عمان - 12 - 9 (كونا) -- لقي 21 شخصاً حتفهم بينهم ستة أطفال ظهر الأربعاء جراء غارة على فرن في بلدة مارع.",
     "airstrike", 21),
    ("القاهرة - 2 - 4 (أ ش أ) -- قصفت قوات النظام بلدة النعيمة بالمدفعية.", "shelling", None),
])
def test_events_take_no_figure_from_a_dateline(pipe, text, typ, n):
    evs = piped_events(pipe, text, published="2012-09-13")
    assert [e["type"] for e in evs] == [typ]
    got = _fig(evs[0], "fatalities") or _fig(evs[0], "count")
    assert got == (None if n is None else (n, n))


# -- a part that does the act: «48 شخصاً عبروا الحدود، من بينهم 12 جندياً انشقوا» ----------------------------------
# the part's noun phrase runs straight into the act's verb: the part is its subject, the whole counted those who
# did what the whole's own clause tells (sets 65 id02; the same shape as 20 e36 and 53 eb06, a part dying in an
# act of its own clause)
@pytest.mark.parametrize("text,typ,key,n", [
    # a wire: crossing the border, the defectors a part of those who crossed
    ("عبر 40 شخصاً الحدود إلى الأردن ليلاً، من بينهم 12 عسكرياً انشقوا عن قوات النظام.", "defection", "count", 12),
    # a compound trigger that holds its own head («أعلنوا انشقاقهم»), «بينهم» with no «من»
    ("وصل إلى تركيا 60 سورياً خلال اليومين الماضيين، بينهم ثمانية ضباط أعلنوا انشقاقهم.", "defection", "count", 8),
    # a reported clause of a local outlet, the part's noun longer («عنصراً من الشرطة»)
    ("قالت مصادر محلية إن نحو 70 شخصاً غادروا البلدة باتجاه الشمال، ومنهم 15 عنصراً من الشرطة انشقوا قبل "
     "أيام.", "defection", "count", 15),
])
def test_a_part_that_does_the_act_is_its_figure(pipe, text, typ, key, n):
    evs = [e for e in piped_events(pipe, text) if e["type"] == typ]
    assert len(evs) == 1
    assert _fig(evs[0], key) == (n, n)
    q = evs[0]["quantity"]
    assert text[q["start"]:q["end"]] == q["surface"]


@pytest.mark.parametrize("text,n", [
    # an aside: the part is set off by commas, the whole is the verb's subject
    ("قال المرصد إن 57 شخصاً، بينهم 13 طفلاً، قتلوا في القصف على بلدة كفرنبل.", 57),
    # no commas at all: the whole runs into «بينهم»; the whole stays the act's
    ("قال المرصد إن 57 شخصاً بينهم 13 طفلاً قتلوا في القصف على بلدة كفرنبل.", 57),
    # the whole's own verb is the act: «قتل 20 …، بينهم خمسة أطفال»
    ("قتل 20 مدنياً في غارات على بلدة معرشورين، بينهم خمسة أطفال.", 20),
])
def test_a_part_of_the_acts_own_whole_stays_a_part(pipe, text, n):
    evs = piped_events(pipe, text)
    assert len(evs) == 1
    assert _fig(evs[0], "fatalities") == (n, n)


# -- a convoy's people counted by its vehicles in the next sentence ----------------------------------------------
# «خرجت الدفعة الأولى … . وذكر المراسل أن 22 حافلة نقلت 1400 شخص»: the exit told with no figure, the next
# sentence (before any act of its own) counts its people by the vehicles that carried them (sets 18 b11, 65 id10;
# the same-sentence form «وضمت القافلة 12 حافلة تقل قرابة 600 شخص», set 21 f09, was fixed at stop 30)
@pytest.mark.parametrize("text,n,surface", [
    # a state agency's reporter, the vehicles before the carrier verb
    ("خرجت صباح اليوم الدفعة الأولى من مهجري بلدة الزبداني باتجاه الشمال. وأفاد مراسلنا بأن 30 حافلة أقلت "
     "1200 شخص بينهم 200 مقاتل.", 1200, "1200"),
    # a wire: the verb first, the vehicles its subject, a hedge on the figure
    ("غادرت قافلة جديدة من المهجرين حي القدم جنوب دمشق مساء الثلاثاء. ونقلت 40 حافلة نحو 2000 شخص إلى "
     "إدلب، وفق مصادر محلية.", 2000, "2000"),
    # a local outlet: the vehicles named with no figure
    ("انطلقت الدفعة الثانية من المهجرين من مدينة التل نحو الشمال السوري. وحملت الحافلات 900 شخص من المقاتلين "
     "وعائلاتهم.", 900, "900"),
])
def test_a_convoys_people_counted_by_its_vehicles_next(pipe, text, n, surface):
    evs = piped_events(pipe, text)
    assert [e["type"] for e in evs] == ["other"]
    assert _fig(evs[0], "count")[0] == n
    q = evs[0]["quantity"]
    assert q["surface"] == surface and text[q["start"]:q["end"]] == surface


@pytest.mark.parametrize("text", [
    # no vehicle: people told in a reported clause are not counted as carried
    "خرجت صباح اليوم الدفعة الأولى من مهجري بلدة الزبداني باتجاه الشمال. وقال ناشطون إن 300 شخص رفضوا المغادرة.",
    # the next sentence tells an act of its own first: its figures are its own
    "خرجت صباح اليوم الدفعة الأولى من مهجري بلدة الزبداني. واعتقلت قوات الأمن 12 شاباً ونقلت 3 حافلات 150 آخرين.",
])
def test_no_carried_figure_without_vehicles_or_past_an_act(pipe, text):
    evs = [e for e in piped_events(pipe, text) if e["type"] == "other"]
    assert len(evs) == 1 and evs[0]["count"] is None


# -- the act's dead told after a sentence of scene ------------------------------------------------------------------
# «فجّر انتحاري نفسه في كنيسة … . وبثّ التلفزيون صوراً … . وذكرت الوزارة في حصيلة مبدئية أن 20 قُتلوا»: the report
# that goes on with the act's dead may come back to it over one sentence that tells no act and no figure (set 64
# ic14; the one-sentence form: sets 15 g11, 16 m11, 37 cj13); a toll noun before the reporting verb's object
# («في حصيلة أولية مقتل تسعة») is the same deaths
@pytest.mark.parametrize("text,typ,n", [
    ("انفجرت سيارة مفخخة قرب مسجد في مدينة منبج ظهر الجمعة. وأظهرت صور متداولة حطام سيارات واحتراق محال "
     "تجارية. وقال مصدر في مستشفى المدينة إن 11 شخصاً قتلوا في الانفجار.", "explosion", 11),
    ("شنت طائرات حربية غارة على سوق بلدة كفرتخاريم صباح اليوم. وهرعت فرق الإسعاف إلى المكان وسط حالة من "
     "الذعر. وقال الدفاع المدني في حصيلة أولية إن تسعة مدنيين قتلوا.", "airstrike", 9),
    ("قصفت قوات النظام بلدة اللطامنة براجمات الصواريخ. وتصاعدت أعمدة الدخان من أحياء البلدة الشرقية. وذكر "
     "المرصد السوري أن خمسة مدنيين قضوا في القصف.", "shelling", 5),
    # the toll noun before the reporting verb's object, next sentence and over a scene
    ("شنت طائرات حربية غارة على سوق بلدة كفرتخاريم صباح اليوم. وأعلن الدفاع المدني في حصيلة أولية مقتل "
     "تسعة مدنيين.", "airstrike", 9),
    ("شنت طائرات حربية غارة على سوق بلدة كفرتخاريم صباح اليوم. وهرعت فرق الإسعاف إلى المكان وسط حالة من "
     "الذعر. وأعلن الدفاع المدني في حصيلة أولية مقتل تسعة مدنيين.", "airstrike", 9),
])
def test_the_dead_told_after_a_scene_are_the_acts(pipe, text, typ, n):
    evs = piped_events(pipe, text)
    assert [e["type"] for e in evs] == [typ]
    assert _fig(evs[0], "fatalities")[0] == n


def test_a_sentence_with_an_act_between_keeps_the_toll_apart(pipe):
    """The sentence between tells an act of its own: the dead after it are not the first act's."""
    text = ("انفجرت سيارة مفخخة قرب مسجد في مدينة منبج ظهر الجمعة. واعتقلت قوات الأمن ثلاثة أشخاص في بلدة العريمة. "
            "وقال مصدر في مستشفى المدينة إن 11 شخصاً قتلوا.")
    evs = piped_events(pipe, text)
    boom = [e for e in evs if e["type"] == "explosion"]
    assert len(boom) == 1 and boom[0]["fatalities"] is None


# -- a figure's bound away from its number ------------------------------------------------------------------------
# the act's own trigger inside the figure's noun phrase is no other act between the figure and its hedge (set 66
# ie24 «187 حالة اعتقال تعسفي على الأقل»); a hedge set off by commas; «على أقل تقدير»; «لا يقل عدد القتلى عن N»
@pytest.mark.parametrize("text,typ,key,want", [
    # a rights group's tally: the trigger is the counted noun's genitive
    ("وثقت الشبكة 187 حالة اعتقال تعسفي على الأقل خلال الشهر الماضي.", "arrest", "count", (187, None)),
    # shells: the counted noun is the trigger itself, an adjective after it
    ("سقطت 40 قذيفة صاروخية على الأقل على أحياء مدينة دوما.", "shelling", "count", (40, None)),
    # raids with an adjective, a wire's wording
    ("نفذت الطائرات الروسية 25 غارة جوية على الأقل على مناطق بريف إدلب الجنوبي.", "airstrike", "count", (25, None)),
    # the hedge set off by commas
    ("قتل 12 مدنياً، على الأقل، في غارة على بلدة حاس.", "airstrike", "fatalities", (12, None)),
    # a three-word hedge after the noun (a house style the sets do not use)
    ("قتل تسعة أشخاص على أقل تقدير في قصف على مدينة أريحا.", "shelling", "fatalities", (9, None)),
    # a negated verb of falling short before the noun of number
    ("لا يقل عدد القتلى عن 30 شخصاً في القصف على بلدة الهبيط.", "shelling", "fatalities", (30, None)),
])
def test_a_bound_away_from_its_number(pipe, text, typ, key, want):
    evs = piped_events(pipe, text)
    assert [e["type"] for e in evs] == [typ]
    assert _fig(evs[0], key) == want


@pytest.mark.parametrize("text", [
    # the hedge bounds the wounded told after the dead, not the dead
    "قتل 12 مدنياً في غارة على بلدة حاس وأصيب 30 على الأقل.",
    "قتل 12 مدنياً، وأصيب 30 على الأقل، في غارة على بلدة حاس.",
])
def test_a_hedge_of_another_figure_leaves_the_dead_closed(pipe, text):
    evs = piped_events(pipe, text)
    assert [e["type"] for e in evs] == ["airstrike"]
    assert _fig(evs[0], "fatalities") == (12, 12)


@pytest.mark.parametrize("text,low,high", [
    ("قتل 9 أشخاص على أقل تقدير في قصف على المدينة.", 9, None),
    ("قتل ما يربو عن 40 شخصاً في القصف.", 40, None),
    ("وأصيب 15 مدنياً على الأكثر.", None, 15),
])
def test_the_quantity_layer_reads_the_longer_hedges(text, low, high):
    (q,) = [q for q in extract_quantities(text)]
    assert (q["low"], q["high"]) == (low, high)
    assert text[q["start"]:q["end"]] == q["surface"]


# -- a toll told round, then counted exactly: one toll, the exact figure ------------------------------------------
# «ما يزيد على 70 ألف شخص … . وبيّن المرصد أنه وثّق 70321 قتيلاً»: the exact count within the round bound is the
# same dead counted one by one, and wins over the round figure the first telling gave (sets 66 ie08/ie10, 67 if18;
# 65 id10's headline «أكثر من 6500» and body 6749)
@pytest.mark.parametrize("text,n", [
    ("قال المرصد السوري إن شهر أيار كان الأشد دموية هذا العام، إذ قتل فيه ما يزيد على أربعة آلاف شخص. وأوضح مدير "
     "المرصد أن العدد بلغ 4120 قتيلاً، منهم 1800 مدني.", 4120),
    ("أحصت اللجان مقتل أكثر من 150 مدنياً في مختلف المناطق اليوم. وقالت اللجان في بيان لاحق إنها وثقت أسماء 163 "
     "قتيلاً.", 163),
    ("ذكرت الشبكة السورية في تقريرها السنوي أن عام 2016 سجل مقتل ما يزيد على 16 ألف مدني في سوريا. وبيّن "
     "التقرير أن فريقها وثّق بالأسماء 16913 قتيلاً مدنياً خلال 2016.", 16913),
])
def test_the_exact_count_after_a_round_toll_wins(pipe, text, n):
    evs = piped_events(pipe, text)
    assert [e["type"] for e in evs] == ["casualties"]
    assert _fig(evs[0], "fatalities") == (n, n)


def test_a_part_after_a_round_toll_is_no_exact_count(pipe):
    """«أكثر من 150 … . وأضاف أن 40 منهم قتلوا في حمص»: a smaller figure is a part, the round toll stays."""
    text = "قال المرصد إن أكثر من 150 شخصاً قتلوا في أنحاء البلاد اليوم. وأضاف أن 40 منهم قتلوا في حمص."
    evs = piped_events(pipe, text)
    assert any(_fig(e, "fatalities") == (150, None) for e in evs)


# -- «N منهم» with no whole in its sentence: a part of a group told before, counted by its own act -----------------
# (sets 60 eg01 «تمكنوا من القبض على أربعة منهم», 68 ig28 «أكثر من 40 منهم … تركوا الخدمة», 43 ct07
# «إحدى الغارات … قتلت ثلاثة منهم»): there is no whole in the sentence for it to break down
@pytest.mark.parametrize("text,typ,key,want", [
    ("هاجم مسلحون حاجزاً للجيش قرب بلدة المسمية. وأوضح المصدر أن عناصر الحاجز تمكنوا من إلقاء القبض على خمسة "
     "منهم.", "arrest", "count", (5, 5)),
    ("تصاعدت حالات الفرار بين المجندين في الفرقة الخامسة. وقال مراسلنا إن ما يزيد على 30 منهم، معظمهم من ريف "
     "حمص، فروا من ثكناتهم خلال أسبوع.", "desertion", "count", (30, None)),
    ("قتل ستة مدنيين في غارات على ريف إدلب الجنوبي. وأوضح الدفاع المدني أن إحدى الغارات استهدفت منزلاً في "
     "بلدة كنصفرة وقتلت أربعة منهم.", "airstrike", "fatalities", (4, 4)),
])
def test_of_them_with_no_whole_in_its_sentence_counts_the_act(pipe, text, typ, key, want):
    evs = [e for e in piped_events(pipe, text) if e["type"] == typ and _fig(e, key) == want]
    assert len(evs) == 1


@pytest.mark.parametrize("text,typ,key,want", [
    # a whole in the sentence: «خمسة منهم» is its part
    ("اعتقلت قوات الأمن 20 شاباً في بلدة التل، وأفرجت لاحقاً عن خمسة منهم.", "arrest", "count", (20, 20)),
])
def test_of_them_after_a_whole_stays_a_part(pipe, text, typ, key, want):
    evs = [e for e in piped_events(pipe, text) if e["type"] == typ]
    assert len(evs) == 1 and _fig(evs[0], key) == want


def test_of_them_dead_after_a_larger_toll_of_the_same_act_stay_its_share(pipe):
    """«لقي خمسة حتفهم … . وأوضح أن رجال الأمن أطلقوا النار …، فقُتل ثلاثة منهم»: the three are a share of the five
    told before (the same act retold), not an act of three; only an act told as one of several («إحدى الغارات»)
    gets them (above)."""
    text = ("لقي خمسة أشخاص حتفهم اليوم حين أطلقت قوات الأمن الرصاص على مظاهرة في بلدة الحراك. وذكر ناشطون أن "
            "رجال الأمن فتحوا النار لتفريق المحتجين في البلدة، فقُتل ثلاثة منهم في الحال.")
    evs = piped_events(pipe, text)
    assert not any(_fig(e, "fatalities") == (3, 3) for e in evs)
