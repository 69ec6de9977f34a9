"""One incident told more than once, and two incidents told together (stop 28, issue 10, helper joins).

Families read in real reporting (coverage set 37): the day a report came out is no day of the act it reports
(«حسبما أفادت الشبكة اليوم الأحد» after a raid of Saturday night); a recap «وكان/وكانت … قد» of the act told just
before (and an earlier toll it names «حصيلة أولية») is that act; the other side's telling opening the next
sentence («في حين ذكرت سانا أن…», «في المقابل، قالت الوزارة إن…») is the act told before; the answer to the fire
told in the report of a clash is that clash; a date word ending a quoted outlet name («حلب اليوم») is no date; a
vehicle made a bomb («هجوم بسيارة مفخخة») makes the attack a blast. And what must stay two: a recap with its own
day or figure, another kind of act, another story («من جهة أخرى»), an answer at a place of its own. Our own
sentences in several house styles, run through the whole pipeline; every span checked (piped.py)."""
from __future__ import annotations

import pytest


from piped import piped_events as _piped, figure_low as _fat, place_surface as _place


# -- the day a report came out is not the act's day ---------------------------------------------------------------
@pytest.mark.parametrize("text,published,day,figure,place", [
    # local network (Furat Post style): raids of the night, their dead told with the report's day
    ("شنت طائرات حربية ليل الجمعة غارات عدة على مدينة البوكمال شرقي دير الزور. وقُتل في الغارات تسعة أشخاص "
     "على الأقل، بحسب ما أفادت شبكة محلية اليوم السبت.", "2019-03-09", "2019-03-08", 9, "البوكمال"),
    # AFP style: the shelling of yesterday, its dead told by the observatory's day
    ("قصفت قوات النظام مساء أمس الاثنين أطراف بلدة تفتناز في ريف إدلب. وأسفر القصف عن مقتل أربعة مدنيين، "
     "وفق ما ذكره المرصد السوري اليوم الثلاثاء.", "2020-01-14", "2020-01-13", 4, "تفتناز"),
    # Kurdish outlet style (a style set 37 does not use): the toll updated by a ministry's day, the blast recalled
    ("ارتفع عدد قتلى التفجير الذي ضرب سوقاً في مدينة منبج إلى 11، بحسب ما أعلنه المجلس المدني "
     "اليوم الخميس. وكانت شاحنة مفخخة قد انفجرت ليل أمس الأربعاء قرب دوار المدينة.", "2021-04-22",
     "2021-04-21", 11, "منبج"),
])
def test_a_report_day_does_not_part_one_act(pipe, text, published, day, figure, place):
    evs = [e for e in _piped(pipe, text, published) if e["type"] != "statement"]
    assert len(evs) == 1, [(e["type"], e["trigger"]) for e in evs]
    assert (_fat(evs[0]), _place(evs[0]), evs[0]["date"]) == (figure, place, day)


def test_clashes_renewed_today_stay_apart_from_yesterdays(pipe):
    t = ("تجددت صباح اليوم الأربعاء المواجهات بين مجموعتين مسلحتين في مدينة الصنمين شمال درعا، بحسب ناشطين. "
         "وكانت مواجهات مشابهة قد دارت في المدينة ذاتها أمس الثلاثاء، وأسفرت عن مقتل خمسة أشخاص.")
    evs = sorted(_piped(pipe, t, "2022-08-17"), key=lambda e: e["date"])
    assert [(e["type"], e["date"], _fat(e)) for e in evs] == \
        [("armed_clash", "2022-08-16", 5), ("armed_clash", "2022-08-17", None)]


# -- a recap «وكان/وكانت … قد» of the act told just before ---------------------------------------------------------
@pytest.mark.parametrize("text,figure,place", [
    # SOHR style: the update first, the first toll recalled as «حصيلة أولية»
    ("ارتفع إلى 16 عدد قتلى القصف الصاروخي على مدينة سلقين بريف إدلب الغربي، بحسب المرصد السوري. وكان المرصد قد "
     "وثق في حصيلة أولية مقتل تسعة مدنيين، محمّلاً قوات النظام مسؤولية قصف المدينة براجمات الصواريخ.", 16, "سلقين"),
    # Anadolu style: the strike recalled with the pluperfect after its toll
    ("ارتفع عدد قتلى الغارة الجوية على بلدة معرة مصرين بريف إدلب الشمالي إلى سبعة، وفق الدفاع المدني. وكانت طائرة حربية "
     "قد شنت الغارة في وقت سابق مستهدفة منزلاً سكنياً.", 7, "معرة مصرين"),
    # government daily style (not in set 37): a blast recalled with its subject first
    ("ارتفع عدد ضحايا الانفجار الذي وقع في مدينة داعل إلى خمسة، بحسب مصدر في المحافظة. وكانت عبوة ناسفة قد "
     "انفجرت صباحاً قرب مبنى البلدية.", 5, "داعل"),
])
def test_a_recap_is_the_act_told_before(pipe, text, figure, place):
    evs = [e for e in _piped(pipe, text) if e["type"] != "statement"]
    assert len(evs) == 1, [(e["type"], e["trigger"], _fat(e)) for e in evs]
    assert (_fat(evs[0]), _place(evs[0])) == (figure, place)


@pytest.mark.parametrize("text,n", [
    # a recap of another kind of act at the same town, with its own day and toll
    ("قُتل ثلاثة مدنيين اليوم الخميس بقصف مدفعي على مدينة سراقب، وفق ناشطين. وكانت المدينة قد تعرضت الأحد "
     "الماضي لغارة جوية قُتل فيها ستة أشخاص.", 2),
    # a recap of the same kind at another town
    ("انفجرت عبوة ناسفة بآلية عسكرية قرب مدينة نوى غربي درعا اليوم. وكانت عبوة أخرى قد انفجرت قرب بلدة "
     "داعل الأسبوع الماضي.", 2),
    # a recap with a toll of its own and no word of an earlier toll: another act
    ("قُتل أربعة جنود من قوات النظام بهجوم على حاجز قرب مدينة طفس. وكان هجوم قد أسفر عن مقتل عشرة عناصر "
     "في الشهر الماضي.", 2),
])
def test_a_recap_of_another_act_stays_apart(pipe, text, n):
    evs = [e for e in _piped(pipe, text, "2023-11-16") if e["type"] != "statement"]
    assert len(evs) == n, [(e["type"], e["trigger"], _fat(e), _place(e)) for e in evs]


# -- the other side's telling opening the next sentence -------------------------------------------------------------
@pytest.mark.parametrize("text,typ,figure,place", [
    # Al Jazeera 2011 style: the activists' and the agency's tellings of one shooting at a protest
    ("أفاد ناشطون بأن رجال الأمن أطلقوا الرصاص على مظاهرة في مدينة داعل ليل أمس، ما أودى بحياة أربعة "
     "متظاهرين. في حين أوردت وكالة سانا أن مسلحين هاجموا دورية لحفظ النظام في المدينة نفسها.",
     "protest", 4, "داعل"),
    # Asharq Al-Awsat style: a shelling, then the ministry's «neutralised» count
    ("قصفت القوات التركية بالمدفعية أطراف مدينة منبج، ما أدى إلى مقتل مدنيين اثنين وإصابة ستة، بحسب مجلس منبج "
     "العسكري. في المقابل، أكدت أنقرة أن قواتها حيدت 15 إرهابياً في المنطقة.",
     "shelling", 2, "منبج"),
    # Reuters style (not in set 37): «من جهتها» and a denial
    ("قتل سبعة أشخاص بغارات جوية على بلدة حارم في ريف إدلب، بحسب الدفاع المدني. ومن جهتها ذكرت وزارة الدفاع "
     "الروسية أن مقاتلاتها قصفت مواقع للمسلحين في البلدة.", "airstrike", 7, "حارم"),
])
def test_the_other_sides_telling_in_the_next_sentence_is_the_same_act(pipe, text, typ, figure, place):
    evs = _piped(pipe, text)
    assert [(e["type"], _fat(e), _place(e)) for e in evs] == [(typ, figure, place)]


def test_another_story_after_the_first_is_another_act(pipe):
    t = ("استهدفت قوات النظام بالمدفعية بلدة تفتناز شرقي إدلب، ما أودى بحياة ثلاثة مدنيين. من جهة أخرى، أفاد "
         "سكان محليون بأن اشتباكات اندلعت بين فصيلين في مدينة سلقين.")
    evs = _piped(pipe, t)
    assert sorted((e["type"], _place(e)) for e in evs) == [("armed_clash", "سلقين"), ("shelling", "تفتناز")]


# -- the answer to the fire in the report of a clash ------------------------------------------------------------------
@pytest.mark.parametrize("text,place", [
    # SDF statement style
    ("هاجمت خلية مسلحة نقطة لقوات سوريا الديمقراطية في بلدة البصيرة شرقي دير الزور، وذكر بيان للقوات أن "
     "مقاتليها ردوا على مصادر النيران وأرغموا المهاجمين على التراجع.", "البصيرة"),
    # Enab Baladi style: a checkpoint attacked, the guards answered
    ("هاجم مسلحون مجهولون حاجزاً للأمن العسكري قرب مدينة الحراك شرقي درعا، وردت القوة المتمركزة فيه على مصادر "
     "النيران، ولم تسجل أي إصابات.", "الحراك"),
    # North Press style (not in set 37): the answer told in the next sentence
    ("هاجم مقاتلون من تنظيم داعش دورية لقوى الأمن الداخلي في مدينة الطبقة. وقالت القوى في بيان إن الدورية ردت "
     "على مصادر النيران.", "الطبقة"),
])
def test_an_answer_to_the_fire_is_part_of_the_clash(pipe, text, place):
    evs = [e for e in _piped(pipe, text) if e["type"] != "statement"]
    assert [(e["type"], _place(e)) for e in evs] == [("armed_clash", place)]


def test_an_answer_at_a_town_of_its_own_is_an_act_of_its_own(pipe):
    t = ("دارت معارك بين فصائل المعارضة وجيش النظام عند أطراف بلدة تفتناز. ورداً على ذلك، استهدف جيش النظام "
         "بالمدفعية مدينة سراقب.")
    evs = _piped(pipe, t)
    assert sorted((e["type"], _place(e)) for e in evs) == [("armed_clash", "تفتناز"), ("shelling", "سراقب")]


# -- a date word ending a quoted outlet name is no date -----------------------------------------------------------
@pytest.mark.parametrize("text,day", [
    ("قال مراسل «حلب اليوم» إن مدنياً قُتل بقصف مدفعي على بلدة تفتناز، وإن القصف وقع أمس الاثنين.", "2024-03-04"),
    ("أفاد موقع «سوريا اليوم» بأن قوات الأمن اعتقلت ثمانية شبان في مدينة داعل أمس الاثنين.", "2024-03-04"),
    ("نقلت قناة \"العربي اليوم\" عن ناشطين أن قصفاً مدفعياً استهدف مدينة سلقين مساء أمس.", "2024-03-04"),
])
def test_a_date_word_ending_a_quoted_name_is_no_date(pipe, text, day):
    evs = _piped(pipe, text)
    assert len(evs) == 1 and evs[0]["date"] == day


# -- a vehicle made a bomb makes the attack a blast -----------------------------------------------------------------
@pytest.mark.parametrize("text,place", [
    ("قُتل ستة جنود من قوات النظام إثر هجوم بسيارة مفخخة على ثكنة قرب مدينة الميادين.", "الميادين"),
    ("استهدف هجوم بدراجة نارية مفخخة سوق الخضار في مدينة جرابلس، ما أودى بحياة ثلاثة مدنيين.", "جرابلس"),
    ("نفذ التنظيم هجوماً بشاحنة مفخخة على مقر للقوات في بلدة البصيرة، وقتل فيه أربعة مقاتلين.", "البصيرة"),
])
def test_an_attack_by_a_vehicle_bomb_is_a_blast(pipe, text, place):
    evs = _piped(pipe, text)
    assert [(e["type"], _place(e)) for e in evs] == [("explosion", place)]


def test_an_attack_after_a_blast_stays_a_clash(pipe):
    t = "هاجم مسلحون حاجزاً قرب مدينة الميادين بالأسلحة الرشاشة بعد انفجار عبوة ناسفة، واندلعت اشتباكات مع عناصره."
    evs = _piped(pipe, t)
    assert [(e["type"], _place(e)) for e in evs] == [("armed_clash", "الميادين")]


def test_a_vehicle_bomb_that_opened_a_fight_is_a_clash(pipe):
    # Step News style: the car bomb opened the assault, fighting followed in its sentence
    t = "شن مقاتلو التنظيم هجوماً بعربة مفخخة على نقطة للقوات قرب مدينة الميادين، واندلعت اشتباكات عنيفة مع عناصرها."
    evs = _piped(pipe, t)
    assert [(e["type"], _place(e)) for e in evs] == [("armed_clash", "الميادين")]


# -- a later toll of the act, told on a later day ---------------------------------------------------------------
@pytest.mark.parametrize("text,figure,place", [
    # Halab Today style: a death of wounds raises the toll of «القصف»
    ("قُتل خمسة أشخاص بقصف مدفعي على بلدة سرمين مساء أمس. وفارق طفل الحياة متأثراً بجراحه صباح اليوم، ليرتفع عدد ضحايا "
     "القصف إلى ستة.", 6, "سرمين"),
    # Syria TV style: the raid of Saturday night, a fourth dead on Sunday
    ("قتل ثلاثة مدنيين بغارة جوية على مدينة بنش ليل السبت. وتوفي اليوم الأحد مصاب رابع متأثراً بجراحه، ليرتفع عدد "
     "قتلى الغارة إلى أربعة.", 4, "بنش"),
    # Sham Network style (not in set 37): the blast's toll raised by those who died in hospital
    ("انفجرت عبوة ناسفة في سوق مدينة الباب مساء الجمعة، ما أسفر عن مقتل شخصين. وفارق مصابان الحياة في المستشفى "
     "اليوم السبت، ليرتفع عدد ضحايا الانفجار إلى أربعة.", 4, "الباب"),
])
def test_a_toll_raised_on_a_later_day_is_the_same_act(pipe, text, figure, place):
    evs = _piped(pipe, text, "2024-03-10")
    assert [(_fat(e), _place(e)) for e in evs] == [(figure, place)]


def test_a_sum_since_a_day_stays_a_sum(pipe):
    t = "قتل عنصران بانفجار لغم قرب مدينة تدمر أمس، ليرتفع بذلك عدد قتلى الألغام منذ بداية الشهر إلى 19."
    evs = _piped(pipe, t)
    assert sorted((e["type"], e["kind"]) for e in evs) == [("casualties", "aggregate"), ("explosion", "incident")]


# -- a generic attack verb describing the act noun before it ----------------------------------------------------
@pytest.mark.parametrize("text,typ,figure,place", [
    # a ministry's statement: «عدواناً جوياً … استهدف»
    ("ذكرت وزارة الدفاع أن الطيران الإسرائيلي نفذ عدواناً جوياً من فوق الجولان المحتل استهدف مواقع عدة في محيط العاصمة دمشق، "
     "وأدى إلى مقتل أربعة عسكريين.", "airstrike", 4, "دمشق"),
    # North Press style: a drone strike «استهدفت سيارة»
    ("نفذت طائرة مسيرة ضربة جوية استهدفت سيارة قرب بلدة البصيرة، ما أودى بحياة ثلاثة أشخاص.", "airstrike", 3,
     "البصيرة"),
    # SANA style (not in set 37): rockets «استهدفت» a district
    ("أطلقت التنظيمات الإرهابية رشقة من القذائف الصاروخية استهدفت حي الحمدانية بحلب، ما أسفر عن استشهاد "
     "خمسة مواطنين.", "shelling", 5, "حي الحمدانية"),
])
def test_an_attack_verb_after_an_act_noun_describes_it(pipe, text, typ, figure, place):
    evs = [e for e in _piped(pipe, text) if e["type"] != "statement"]
    assert [(e["type"], _fat(e), _place(e)) for e in evs] == [(typ, figure, place)]


# -- the blast and what blew up -----------------------------------------------------------------------------------
@pytest.mark.parametrize("text,typ,figure", [
    ("سيطر عناصر التنظيم على حاجز قرب مدينة الميادين بعد هجوم بدأ بتفجير سيارتين مفخختين، وذكر المرصد أن 12 جندياً "
     "من قوات النظام لقوا حتفهم في الهجوم.", "territory_change", 12),
    ("قُتل أربعة عناصر من الشرطة بانفجار عبوتين ناسفتين بدوريتهم قرب مدينة الميادين.", "explosion", 4),
    ("أسفر تفجير دراجة نارية مفخخة قرب سوق مدينة الميادين عن مقتل ثلاثة مدنيين.", "explosion", 3),
])
def test_the_blast_and_what_blew_up_are_one_act(pipe, text, typ, figure):
    evs = _piped(pipe, text)
    assert [(e["type"], _fat(e), _place(e)) for e in evs] == [(typ, figure, "الميادين")]


@pytest.mark.parametrize("text", [
    # a recap with a day of its own after an act told with none
    "قتل ستة جنود من جيش النظام بهجوم استهدف حاجزاً في بلدة الحراك. وكان هجوم قد استهدف حاجزاً في البلدة ذاتها أمس، "
    "وأسفر عن مقتل عنصرين.",
    # «مماثل»: another act of the kind
    "قتل ستة جنود من جيش النظام بهجوم استهدف حاجزاً في بلدة الحراك اليوم. وكان هجوم مماثل قد استهدف الحاجز ذاته، "
    "دون وقوع إصابات.",
    # «أخرى» after a blast recalled
    "انفجرت عبوة ناسفة بآلية عسكرية في مدينة نوى اليوم. وكانت عبوة أخرى قد انفجرت في المدينة ذاتها قرب مبنى البلدية.",
])
def test_a_recap_of_another_act_of_the_kind_at_the_same_place_stays_apart(pipe, text):
    evs = [e for e in _piped(pipe, text) if e["type"] != "statement"]
    assert len(evs) == 2, [(e["type"], e["trigger"], e["date"]) for e in evs]


# -- a headline's bombardment is the body's strike ----------------------------------------------------------------
@pytest.mark.parametrize("text,typ,figure,place", [
    ("قتلى وجرحى بقصف على مدينة أريحا\nقتل أربعة مدنيين وأصيب عشرة آخرون بغارات جوية روسية استهدفت مدينة أريحا "
     "جنوب إدلب ظهر اليوم، بحسب الدفاع المدني.", "airstrike", 4, "أريحا"),
    ("مقتل ثلاثة بغارات على بنش\nاستهدفت قوات النظام بالمدفعية الثقيلة مدينة بنش شمال شرقي إدلب، ما أودى بحياة ثلاثة "
     "مدنيين، بحسب ناشطين.", "shelling", 3, "بنش"),
    ("قصف يطال مدينة سراقب\nنفذت طائرات حربية غارات على مدينة سراقب شرق إدلب مساء اليوم، ما أودى بحياة خمسة "
     "مدنيين، وفق مراسل محلي.", "airstrike", 5, "سراقب"),
])
def test_a_headlines_bombardment_is_the_bodys_strike(pipe, text, typ, figure, place):
    evs = _piped(pipe, text)
    assert [(e["type"], _fat(e), _place(e)) for e in evs] == [(typ, figure, place)]


def test_a_headline_of_one_kind_goes_with_the_body_telling_of_that_kind(pipe):
    t = "غارات على ريف إدلب\nاستهدفت قوات النظام بالمدفعية بلدة كفرنبل اليوم، فيما نفذت مقاتلات روسية غارات على بلدة حاس."
    evs = _piped(pipe, t)
    assert sorted((e["type"], _place(e)) for e in evs) == [("airstrike", "حاس"), ("shelling", "كفرنبل")]
