"""Longer reports: one incident told several times in a page, and headlines (stop 29, issue 10, helper long).

Families read in real reporting (coverage set 44): a headline line long enough that the shared sentence split
joins it to the body's first sentence is read as a sentence of its own (a page prints it so), and a headline's
place the body does not repeat gives way to the body's; a toll raised later in the text with no act, place or
period of its own («ليرتفع عدد القتلى إلى ستة») is the act's toll updated, not a sum. Our own sentences in
several house styles (some the set does not use), run through the whole pipeline; every span checked
(piped.py)."""
from __future__ import annotations

import pytest


from piped import piped_events as _piped, figure_low as _fat, place_surface as _place


def _summary(evs):
    return [(e["type"], _place(e), _fat(e)) for e in evs]


# -- a long headline line is a sentence of its own ------------------------------------------------------------------
@pytest.mark.parametrize("text,published,want", [
    # two acts in a two-part headline, each told again in the body with its own dead (Al Arabiya style)
    ("انفجار يستهدف حافلة للجيش في حمص وقصف مدفعي عنيف على بلدة كنصفرة\n"
     "قُتل تسعة عسكريين وأصيب أربعة آخرون صباح الخميس بانفجار عبوة ناسفة زُرعت في حافلة عسكرية عند دوار "
     "الساعة في مدينة حمص، بحسب مصدر في الشرطة. وبعد ساعات، استهدفت قوات النظام بالمدفعية بلدة كنصفرة في ريف إدلب الجنوبي، "
     "وأودى القصف بحياة ستة مدنيين، وفق الدفاع المدني.", "2022-06-09",
     {("explosion", "حمص", 9), ("shelling", "كنصفرة", 6)}),
    # a SANA-style headline of eight words over its body: the clash and its dead once, at the body's town
    ("وحدات من الجيش تتصدى لهجوم إرهابي على نقاطها في ريف حماة الشمالي\n"
     "تصدت تشكيلات من الجيش العربي السوري فجر اليوم لهجوم نفذته تنظيمات إرهابية على مواقعها حول بلدة اللطامنة، "
     "وأوقعت 14 قتيلاً في صفوف المهاجمين، بحسب مصدر عسكري.", "2019-05-21",
     {("armed_clash", "اللطامنة", 14)}),
])
def test_a_long_headline_is_a_sentence_of_its_own(pipe, text, published, want):
    evs = _piped(pipe, text, published)
    assert set(_summary(evs)) == want, _summary(evs)


@pytest.mark.parametrize("text,published,place", [
    # a defection: the headline tells where he went, the body the unit's town (Orient style)
    ("ملازم أول في جيش النظام يعلن انشقاقه ويصل إلى الأردن\n"
     "أعلن الملازم أول خالد العمر انشقاقه عن اللواء 52 المتمركز قرب مدينة الحراك شرقي درعا، عبر مقطع "
     "فيديو نشره ناشطون اليوم الأحد، وقال إنه وصل مع ثلاثة من أقاربه إلى الأراضي الأردنية.", "2013-03-10", "الحراك"),
    # an arrest: the headline names the governorate, the body the town (Daraa 24 style)
    ("الأمن العسكري يعتقل شابين من أبناء السويداء على حاجز قرب دمشق\n"
     "اعتقلت دورية للأمن العسكري، مساء أمس الأحد، شابين من أبناء بلدة القريا على حاجز عند مدخل مدينة "
     "الكسوة، أثناء توجههما إلى العاصمة للعمل، بحسب شبكة محلية.", "2023-01-16", None),
])
def test_the_body_names_the_place_a_headline_did_not(pipe, text, published, place):
    evs = _piped(pipe, text, published)
    kinds = [e for e in evs if e["type"] in ("defection", "arrest")]
    assert len(kinds) == 1, _summary(evs)
    if place is not None:
        assert _place(kinds[0]) == place, _summary(evs)
    else:
        assert _place(kinds[0]) not in ("السويداء",), _summary(evs)  # (the people's home, not where)


# -- a toll raised later in the text is the act's -------------------------------------------------------------------
@pytest.mark.parametrize("text,published,kind,place,figure", [
    # bodies pulled from the rubble raise the strike's toll (Syria TV style)
    ("لقي أربعة مدنيين حتفهم، مساء الثلاثاء، بغارات جوية روسية استهدفت مدينة معرة النعمان جنوبي إدلب. وأوضح الدفاع المدني "
     "أن الغارات سوّت مبنى سكنياً بالأرض في الحي الغربي من المدينة. وعثرت فرق الإنقاذ لاحقاً على جثتين تحت الركام، ليرتفع عدد "
     "القتلى إلى ستة.", "2019-12-24", "airstrike", "معرة النعمان", 6),
    # a wounded man dies and the blast's toll is raised in the same sentence (Horan Free League style)
    ("انفجرت عبوة ناسفة، مساء أمس الجمعة، بسيارة مدنية على الطريق القديم بين بلدتي المسيفرة والكرك الشرقي، مما أدى لمقتل "
     "شخص وجرح ثلاثة. وأوضح تجمع أحرار حوران أن أحد الجرحى توفي صباح اليوم، ليرتفع عدد القتلى إلى "
     "اثنين.", "2021-02-13", "explosion", "المسيفرة", None),
    # a government daily's style (not used by set 44): the shelling's dead raised by a medical source
    ("استشهد أربعة مواطنين جراء اعتداء إرهابي بالقذائف على حي الميدان وسط حلب. وأفاد مصدر طبي بأن ثلاثة من "
     "المصابين توفوا في المشفى، ليرتفع بذلك عدد الشهداء إلى سبعة.", "2015-04-11", "shelling", None, 7),
])
def test_a_toll_raised_later_is_the_acts(pipe, text, published, kind, place, figure):
    evs = _piped(pipe, text, published)
    assert [e["type"] for e in evs] == [kind], _summary(evs)
    assert place is None or _place(evs[0]) == place, _summary(evs)
    if figure is not None:
        assert _fat(evs[0]) == figure, _summary(evs)


@pytest.mark.parametrize("text,published", [
    # a sum since the offensive began keeps its period: a toll of its own, not the day's strike
    ("قُتل ثلاثة أطفال بقصف مدفعي على بلدة كفرنبل اليوم. وبحسب المرصد، ارتفع عدد القتلى منذ بدء الحملة العسكرية "
     "مطلع الشهر الجاري إلى 140 مدنياً.", "2019-05-20"),
])
def test_a_toll_since_a_start_stays_a_sum(pipe, text, published):
    evs = _piped(pipe, text, published)
    figs = sorted(_fat(e) or 0 for e in evs)
    assert 3 in figs and 140 in figs, _summary(evs)


# -- a source's account of how the act told before happened ---------------------------------------------------------
@pytest.mark.parametrize("text,published,kind,place,figure", [
    # SANA style: the governor tells how the car blew up (set 44 has a car bomb; this is a motorbike)
    ("استشهد خمسة مواطنين وأصيب 17 آخرون جراء تفجير إرهابي بدراجة نارية مفخخة في حي عكرمة وسط مدينة حمص. وذكر "
     "قائد الشرطة لمراسل سانا أن الدراجة كانت مركونة قرب مدرسة وانفجرت لحظة خروج الطلاب.", "2014-10-01",
     "explosion", "حي عكرمة", 5),
    # Hawar style: the correspondent tells where the shells fell, no place of its own
    ("قصفت قوات الاحتلال التركي صباح الأحد قرية الدردارة التابعة لناحية تل تمر، ما تسبب بجرح طفلين. وأوضح "
     "مراسلنا أن جيش الاحتلال قصف منازل المدنيين بعشرات القذائف.", "2021-06-20", "shelling", "الدردارة", None),
    # Reuters style: a witness tells the raid again
    ("قُتل سبعة أشخاص على الأقل في غارة جوية استهدفت سوقاً في مدينة الأتارب قرب حلب. وقال شاهد لرويترز إن "
     "طائرة حربية أغارت على السوق وقت الظهيرة.", "2021-03-21", "airstrike", "الأتارب", 7),
])
def test_a_source_tells_how_the_act_happened(pipe, text, published, kind, place, figure):
    evs = _piped(pipe, text, published)
    assert [e["type"] for e in evs] == [kind], _summary(evs)
    assert _place(evs[0]) == place, _summary(evs)
    if figure is not None:
        assert _fat(evs[0]) == figure, _summary(evs)


@pytest.mark.parametrize("text,published", [
    # the report goes on with the same kind of act at a place of its own: two acts
    ("قُتل ثلاثة أطفال بقصف مدفعي على بلدة كفرومة جنوبي إدلب. وأفاد ناشطون بأن قوات النظام قصفت أيضاً بلدة "
     "حاس المجاورة بالصواريخ.", "2019-06-02"),
    # a new story opens the next sentence: two acts
    ("قُتل ثلاثة أطفال بقصف مدفعي على بلدة كفرومة جنوبي إدلب. وفي سياق آخر، قال ناشطون إن قوات النظام قصفت "
     "مواقع للفصائل في بلدة معرة حرمة بالصواريخ.", "2019-06-02"),
])
def test_another_act_in_the_report_stays_apart(pipe, text, published):
    evs = _piped(pipe, text, published)
    assert len([e for e in evs if e["type"] == "shelling"]) == 2, _summary(evs)


# -- an advance given up in an attack is the clash, not a taking ----------------------------------------------------
@pytest.mark.parametrize("text,published,place,figure", [
    # AFP style: the director tells the attackers advanced, then fell back
    ("قُتل 12 جندياً من قوات النظام، مساء الأحد، في هجوم شنته الفصائل على مواقعها قرب بلدة اللطامنة، وفق المرصد "
     "السوري. وأوضح مدير المرصد أن المهاجمين نجحوا أثناء الهجوم في التقدم نحو تلة قريبة قبل أن ينسحبوا منها.",
     "2019-06-09", "اللطامنة", 12),
    # Enab Baladi style: the advance and the withdrawal in the attack's own sentence
    ("هاجمت فصائل المعارضة نقاطاً لجيش النظام على أطراف بلدة تل ملح، وتقدمت إلى مواقع أمامية ثم انسحبت منها بعد "
     "ساعات، ما أوقع تسعة قتلى من الطرفين.", "2019-06-06", "تل ملح", 9),
    # Asharq Al-Awsat style (set 44 does not use it): a ministry's attack told with its advance given up
    ("أعلنت فصائل «الجبهة الوطنية» أن مقاتليها قتلوا 15 عنصراً تابعين لقوات النظام في هجوم على محور الحويز، وقالت إنهم "
     "تقدموا داخل القرية قبل أن ينسحبوا منها تحت القصف.", "2019-07-14", None, 15),
])
def test_an_advance_given_up_is_the_clash(pipe, text, published, place, figure):
    evs = _piped(pipe, text, published)
    assert "territory_change" not in [e["type"] for e in evs], _summary(evs)
    clash = [e for e in evs if e["type"] == "armed_clash"]
    assert len(clash) == 1, _summary(evs)
    assert place is None or _place(clash[0]) == place, _summary(evs)
    assert _fat(clash[0]) == figure, _summary(evs)


def test_an_attack_that_takes_a_town_is_the_taking(pipe):
    text = ("هاجمت فصائل المعارضة نقاطاً لقوات النظام في بلدة كفرنبودة، وتقدمت داخل البلدة وسيطرت عليها بالكامل بعد "
            "معارك قتل فيها 20 عنصراً، بحسب المرصد السوري.")
    evs = _piped(pipe, text, "2019-05-26")
    assert [e["type"] for e in evs] == ["territory_change"], _summary(evs)


# -- what a protest denounces is its cause, not an act told -----------------------------------------------------------
@pytest.mark.parametrize("text,published,place", [
    ("خرج مئات المتظاهرين عقب صلاة الجمعة في مدينة سراقب منددين بالقصف الروسي الذي يطال الأسواق والمشافي.",
     "2016-02-12", "سراقب"),
    ("تظاهر العشرات أمام مقر المحافظة في مدينة السويداء، مندداً المشاركون بالقصف المتواصل على قرى الريف الغربي.",
     "2023-09-08", "السويداء"),
    ("نظم أهالي بلدة جاسم وقفة احتجاجية للتنديد بحملات الاعتقال التي تنفذها الأجهزة الأمنية في المنطقة.",
     "2021-11-19", "جاسم"),
])
def test_what_a_protest_denounces_is_no_act(pipe, text, published, place):
    evs = _piped(pipe, text, published)
    assert [e["type"] for e in evs] == ["protest"], _summary(evs)
    assert _place(evs[0]) == place, _summary(evs)


# -- a recap opened in the middle of a sentence, on a day of its own, is another act --------------------------------
@pytest.mark.parametrize("text,published,kind,place,days", [
    # Hawar style: the third shelling of the village in a week, the last one recalled with its day
    ("قصف جيش الاحتلال التركي ظهر اليوم الأربعاء قرية الدردارة بريف تل تمر، ما تسبب بمقتل مدنيين اثنين. وهذا هو "
     "القصف الثاني على القرية خلال أيام، إذ كان جيش الاحتلال قد قصف يوم الأحد الماضي بيوتاً في القرية ذاتها "
     "بالمدفعية.", "2021-06-23", "shelling", "الدردارة", {"2021-06-23", "2021-06-20"}),
    # Step style: «حيث كانت … قد»
    ("أغارت مقاتلات روسية، صباح اليوم الخميس، على محيط بلدة كنصفرة جنوبي إدلب. وتأتي الغارات بعد تصعيد "
     "متواصل، حيث كانت الطائرات الروسية قد قصفت يوم الاثنين الماضي البلدة ذاتها.", "2021-07-15", "airstrike",
     "كنصفرة", {"2021-07-15", "2021-07-12"}),
    # a government daily's style (set 44 does not use it): an arrest recalled mid-sentence
    ("ألقت وحدات الأمن الداخلي القبض على ستة مطلوبين في مدينة الصنمين اليوم السبت، في عملية هي الثانية من نوعها، "
     "إذ كانت الوحدات قد أوقفت يوم الثلاثاء الماضي ثلاثة أشخاص في المدينة ذاتها.", "2025-02-15", "arrest",
     "الصنمين", {"2025-02-15", "2025-02-11"}),
])
def test_a_recap_in_the_middle_of_a_sentence_is_another_act(pipe, text, published, kind, place, days):
    evs = [e for e in _piped(pipe, text, published) if e["type"] == kind]
    assert len(evs) == 2, _summary(evs)
    assert {(e.get("date") or "")[:10] for e in evs} == days, [(e["type"], e.get("date")) for e in evs]
    assert all(_place(e) == place for e in evs), _summary(evs)


def test_a_recap_of_the_same_act_with_no_day_stays_one(pipe):
    text = ("قُتل أربعة مزارعين بقصف مدفعي على بلدة كفرومة اليوم الأحد. وقال ناشطون إن القصف استمر ساعات، إذ كانت "
            "قوات النظام قد استهدفت البلدة بعشرات القذائف.")
    evs = [e for e in _piped(pipe, text, "2019-06-02") if e["type"] == "shelling"]
    assert len(evs) == 1, _summary(evs)


# -- two incidents of one kind at two places stay two ---------------------------------------------------------------
@pytest.mark.parametrize("text,published,kind,want", [
    # Zaman al-Wasl style: a headline's total over two districts, a smaller toll at the second is no breakdown
    ("براميل النظام تقتل 9 مدنيين في حمص\n"
     "قُتل ستة مدنيين، اليوم السبت، ببراميل متفجرة رمتها طائرات النظام المروحية على حي الوعر بحمص، بحسب ناشطين. "
     "وفي حي جورة الشياح، قُتل ثلاثة مدنيين ببرميل أسقطته مروحية ثانية على بناء سكني.", "2014-02-15", "airstrike",
     {("حي الوعر", 6), ("حي جورة الشياح", 3)}),
    # a similar protest in another town (Enab Baladi style)
    ("خرجت مظاهرة، اليوم الجمعة، في مدينة جاسم في الريف الشمالي لدرعا، طالب المشاركون فيها بالإفراج عن المعتقلين. كما "
     "شهدت مدينة نوى مظاهرة مماثلة رُفعت فيها أعلام الثورة.", "2021-03-19", "protest", {("جاسم", None), ("نوى", None)}),
    # another blast in another town (North Press style, not in set 44)
    ("انفجرت عبوة ناسفة بعربة عسكرية في مدينة الشدادي جنوبي الحسكة، ما أدى إلى إصابة عنصرين. وبعد ساعات، شهدت "
     "بلدة مركدة انفجار عبوة أخرى استهدفت دورية لقوى الأمن الداخلي.", "2022-05-10", "explosion",
     {("الشدادي", None), ("مركدة", None)}),
])
def test_two_of_a_kind_at_two_places_stay_two(pipe, text, published, kind, want):
    evs = [e for e in _piped(pipe, text, published) if e["type"] == kind]
    got = {(_place(e), _fat(e)) for e in evs}
    if all(f is None for _, f in want):
        got = {(p, None) for p, _ in got}
    assert got == want, _summary(evs)


# -- protesters killed by fire on their protest: one event, the protest with its dead --------------------------------
@pytest.mark.parametrize("text,published,place,figure", [
    ("قُتل أربعة متظاهرين، بعد ظهر الجمعة، بنيران قوات الأمن التي أطلقت الرصاص على مظاهرة انطلقت من جامع خالد بن الوليد في "
     "مدينة حمص، بحسب ناشطين.", "2011-07-22", "حمص", 4),
    ("قُتل ثلاثة محتجين بنيران عناصر الأمن التي فرّقت وقفة احتجاجية في بلدة القريا بريف السويداء، وفق شبكة محلية.",
     "2024-02-16", "القريا", 3),
    # AFP style, the protest named after its dead
    ("قتل سبعة محتجين على الأقل، اليوم الأحد، حين أطلقت قوات الجيش النار على تظاهرة مناهضة للحكومة في مدينة "
     "نوى، على ما أفاد المرصد السوري.", "2011-05-01", "نوى", 7),
])
def test_protesters_killed_at_their_protest_are_its_dead(pipe, text, published, place, figure):
    evs = _piped(pipe, text, published)
    assert [e["type"] for e in evs] == ["protest"], _summary(evs)
    assert _place(evs[0]) == place and _fat(evs[0]) == figure, _summary(evs)


# -- «others» killed by an act of their own clause are that act's ----------------------------------------------------
@pytest.mark.parametrize("text,published,want", [
    ("قال المرصد السوري إن الغارات التركية على محيط مدينة الدرباسية أدت إلى مقتل ثمانية عناصر، فيما قُتل خمسة آخرون "
     "بغارة على قرية تل رفعت.", "2022-11-21", {("الدرباسية", 8), ("تل رفعت", 5)}),
    ("أدى القصف المدفعي على بلدة كنصفرة إلى مقتل ثلاثة مدنيين، بينما قضى اثنان آخران بقذيفة سقطت على بلدة البارة.",
     "2019-05-30", {("كنصفرة", 3), ("البارة", 2)}),
    ("قُتل ستة عناصر من قسد بانفجار عبوة في بلدة الشحيل، في حين قُتل أربعة آخرون بهجوم مسلح على حاجز في بلدة ذيبان.",
     "2021-09-12", {("الشحيل", 6), ("ذيبان", 4)}),
])
def test_others_killed_by_an_act_of_their_own_are_its(pipe, text, published, want):
    evs = _piped(pipe, text, published)
    assert {(_place(e), _fat(e)) for e in evs} == want, _summary(evs)


# -- the doer's statement of the act told before: its own figure gives way --------------------------------------------
@pytest.mark.parametrize("text,published,place,figure", [
    ("قُتل سبعة عناصر من قسد بغارات تركية على محيط بلدة عين عيسى، بحسب المرصد السوري. وذكرت وزارة الدفاع التركية "
     "أن طائراتها دمرت 40 هدفاً للإرهابيين في المنطقة.", "2022-11-22", "عين عيسى", 7),
    ("قُتل أربعة مسلحين بقصف روسي على محيط بلدة كبانة، وفق ناشطين. وقالت وزارة الدفاع الروسية إن طائراتها قصفت 12 "
     "موقعاً للإرهابيين.", "2019-06-15", "كبانة", 4),
])
def test_the_doers_statement_is_the_act_told(pipe, text, published, place, figure):
    evs = _piped(pipe, text, published)
    assert len(evs) == 1 and _place(evs[0]) == place and _fat(evs[0]) == figure, _summary(evs)


# -- a recap with no day, no figure and no act told before it to join is background ----------------------------------
@pytest.mark.parametrize("text,published,want", [
    # Asharq Al-Awsat style: a city's life after a battle told as background
    ("يحاول سكان مدينة منبج إعادة فتح محالهم في السوق القديم وسط ارتفاع الأسعار. وكانت المدينة قد عاشت مواجهات ضارية "
     "دامت أسابيع قبل أن تتغير السيطرة عليها.", "2019-04-02", set()),
    # Syria TV style: a siege recalled, the news is a protest
    ("خرج العشرات، اليوم الجمعة، في وقفة احتجاجية في مدينة داريا للمطالبة بالكشف عن مصير المعتقلين. وكانت قوات "
     "النظام قد حاصرت المدينة وقصفتها بالبراميل طوال سنوات.", "2022-08-26", {"protest"}),
])
def test_a_recap_with_no_day_is_background(pipe, text, published, want):
    evs = _piped(pipe, text, published)
    assert {e["type"] for e in evs} <= want | {"other"} and not {e["type"] for e in evs} & {
        "armed_clash", "shelling", "airstrike", "territory_change"}, _summary(evs)


# mid-sentence opener, no day: dropped before the lead's stop-41 ruling, which codes one act recalled with a place of
# its own (background): the rule's old state, rulings.json `recalled` off (test_rulings42 has the ruling's)
MID_RECAP = ("عادت عشرات العائلات إلى بلدة كفرنبودة بعد إزالة الأنقاض من شوارعها، حيث كانت البلدة قد تعرضت لقصف عنيف "
             "دمر معظم منازلها.")


def test_a_mid_sentence_recap_with_no_day_was_dropped(pipe, monkeypatch):
    from marsad.extract.events import rulings
    from piped import conf_with
    conf_with(monkeypatch, rulings, recalled=False)
    evs = _piped(pipe, MID_RECAP, "2025-04-10")
    assert {e["type"] for e in evs} <= {"other"}, _summary(evs)


@pytest.mark.parametrize("text,published,kind", [
    ("وكان ناشطون قد ذكروا أن الطيران الحربي شن غارات على بلدة كفرنبل بالصواريخ الفراغية.", "2019-05-20",
     "airstrike"),
    ("وكان المرصد السوري قد أفاد بأن قوات النظام اعتقلت خمسة شبان في مدينة نوى.", "2021-06-05", "arrest"),
])
def test_a_recap_of_a_report_tells_its_act(pipe, text, published, kind):
    evs = _piped(pipe, text, published)
    assert [e["type"] for e in evs] == [kind], _summary(evs)
