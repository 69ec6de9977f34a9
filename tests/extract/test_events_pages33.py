"""Which tellings of a page are one incident (stop 33, issue 10, helper pages).

Families read in the paraphrases of real pages (sets 64-68), the first runs of the no-code writers' sets and real
reporting in the `pages` corpus, each with cases in three sets or more:
- An act of the incident's kind added to a round-up at a town of its own is another incident: «فيما طال القصف أيضاً
  قرية X» after a bare «المدينة» of the part before it, «وطالت غارات الطيران كذلك بلدة X» (the doer named again, with
  «كذلك»), «…، فضلاً عن غارات طالت X» (an additive word, then the act noun) — sets 45, 46, 64, 66, 67.
- The lead over an area retold at a town inside it: the town is where the one act happened (README: the most
  specific place wins); a telling with no figure of its own is no part of a breakdown — sets 56, 60, 64, 65, 66, 68.
Our own sentences in several house styles, run through the whole pipeline; every span checked (piped.py)."""
from __future__ import annotations

import pytest

from piped import piped_events as _piped, place_surface as _place


def _acts(evs: list[dict], typ: str) -> list[tuple]:
    return [(_place(e), (e["fatalities"] or e["count"] or {}).get("low")) for e in evs if e["type"] == typ]


# -- an act added to a round-up at a town of its own is another incident ---------------------------------------------
@pytest.mark.parametrize("text,first,dead,second", [
    # civil defence telling: the part before «فيما» names the town by a bare noun («أحياء المدينة»)
    ("تعرضت مدينة كفرنبل جنوبي إدلب صباح اليوم لقصف مدفعي مصدره قوات النظام. وأوضح الدفاع المدني أن القذائف وقعت "
     "في أحياء المدينة فقتلت مدنيين اثنين، فيما طال القصف أيضاً أطراف قرية حاس.", "كفرنبل", 2, "حاس"),
    # a reporter's round-up: «بينما نال القصف كذلك»
    ("قصفت قوات النظام بالصواريخ مدينة معرة النعمان ظهر اليوم. وأوضح مراسلنا أن الصواريخ أصابت منازل في المدينة "
     "وأوقعت ثلاثة قتلى، بينما نال القصف كذلك محيط بلدة تلمنس.", "معرة النعمان", 3, "تلمنس"),
    # official agency style: «في حين»
    ("اعتدت التنظيمات الإرهابية بقذائف صاروخية على مدينة محردة شمال غربي حماة. وبيّن مصدر في المحافظة أن "
     "القذائف سقطت على الأحياء السكنية في المدينة، في حين طال القصف الصاروخي أيضاً قرية الربيعة المجاورة.",
     "محردة", None, "الربيعة"),
])
def test_the_act_also_told_at_another_town_after_a_part_word_is_another(pipe, text, first, dead, second):
    evs = _piped(pipe, text, "2023-05-02")
    assert _acts(evs, "shelling") == [(first, dead), (second, None)]


@pytest.mark.parametrize("text,typ,places", [
    # the doer named again in construct, «كذلك» after it: another strike of that doer
    ("قُتل أربعة مدنيين بغارات نفذتها الطائرات الحربية على بلدة كفرسجنة بريف إدلب الجنوبي. وطالت غارات الطيران "
     "الحربي كذلك أطراف مدينة خان شيخون.", "airstrike", ["كفرسجنة", "خان شيخون"]),
    # «إضافة إلى» and the act noun, in the sentence of the first strike
    ("شنّت الطائرات الروسية غارات على مدينة أريحا أوقعت خمسة قتلى، إضافة إلى غارات على قرية محمبل.",
     "airstrike", ["أريحا", "محمبل"]),
    # a Kurdish agency's wording: «فضلاً عن قصف طال…»
    ("قصف جيش الاحتلال التركي قرية تل جمعة بريف تل تمر بالمدفعية الثقيلة، فضلاً عن قصف طال قرية الدردارة.",
     "shelling", ["تل جمعة", "الدردارة"]),
    # the round-up goes on: the barrels are the second strike's, the last «فضلاً عن» a third
    ("قُتل أربعة مدنيين في غارات للطيران الحربي على بلدة كفرسجنة بريف إدلب الجنوبي. وطالت غارات الطيران الحربي "
     "كذلك أطراف مدينة خان شيخون، وألقت المروحيات برميلين متفجرين، فضلاً عن غارات على بلدة الهبيط.",
     "airstrike", ["كفرسجنة", "خان شيخون", "الهبيط"]),
])
def test_an_act_added_with_also_or_an_additive_word_is_another(pipe, text, typ, places, no_splitter):
    evs = _piped(pipe, text, "2023-05-02")
    assert [p for p, _ in _acts(evs, typ)] == places


def test_a_place_added_alone_is_the_same_act(pipe):
    # «إضافة إلى أطراف قرية X» names no act: one strike over two places
    text = "استهدفت الغارات الروسية قرية البارة جنوبي إدلب، إضافة إلى أطراف قرية كنصفرة، دون وقوع إصابات."
    evs = _piped(pipe, text, "2023-05-02")
    assert [p for p, _ in _acts(evs, "airstrike")] == ["البارة"]


def test_the_doer_named_again_without_also_goes_on_with_its_act(pipe):
    # the act noun in construct with its doer, no «أيضاً/كذلك»: the act told before
    text = ("أعلن ضابط برتبة عقيد انشقاقه عن جيش النظام في مدينة درعا. وقال ناشطون إن انشقاق الضابط جاء بعد مقتل "
            "شقيقه.")
    evs = _piped(pipe, text, "2012-07-02")
    assert _acts(evs, "defection") == [("درعا", None)]
    assert len([e for e in evs if e["type"] == "defection"][0]["mentions"]) == 2


# -- the lead over an area retold at a town inside it ----------------------------------------------------------------
@pytest.mark.parametrize("text,town,count", [
    # a ministry's statement, the security chief's detail
    ("أعلنت وزارة الداخلية أن وحداتها فككت خلية في محافظة ريف دمشق واعتقلت خمسة من أعضائها. وأوضح مصدر أمني أن "
     "الوحدات داهمت مقراً للخلية في مدينة الكسوة.", "الكسوة", 5),
    # a local network's wording
    ("اعتقلت قوات النظام 12 شاباً في ريف درعا الشرقي خلال حملة أمس. وأوضح تجمع أحرار حوران أن الدوريات داهمت "
     "منازل في بلدة الحراك.", "الحراك", 12),
    # official agency style: «ألقت … القبض على»
    ("ألقت وحدات الأمن الداخلي في محافظة حماة القبض على سبعة من المتورطين بأعمال الخطف. وأشارت الوزارة إلى أن "
     "الوحدات داهمت أوكارهم في بلدة صوران.", "صوران", 7),
])
def test_a_campaign_told_over_an_area_then_at_its_town_is_one_act_there(pipe, text, town, count):
    evs = _piped(pipe, text, "2024-02-11")
    assert _acts(evs, "arrest") == [(town, count)]


def test_a_counted_part_of_an_area_toll_stays_a_part(pipe):
    # a part with its own figure is the breakdown of the area's total, not the act told again
    text = "اعتقلت قوات النظام 30 شاباً في ريف دمشق. واعتقلت الدوريات 12 منهم في بلدة ببيلا."
    evs = _piped(pipe, text, "2024-02-11")
    assert _acts(evs, "arrest") == [("ريف دمشق", 30)]


def test_a_raid_that_counts_its_town_share_stays_a_part(pipe):
    # the raid on the town and the share arrested there, in one sentence: a part of the area's total
    text = ("اعتقلت الأجهزة الأمنية أمس 35 شاباً في ريف حمص الشمالي. وأفاد ناشطون بأن دورية داهمت مدينة تلبيسة "
            "واعتقلت منها 20 شاباً.")
    evs = _piped(pipe, text, "2024-02-11")
    assert _acts(evs, "arrest") == [("ريف حمص الشمالي", 35)]


# -- quarters of the town told before are no other town ---------------------------------------------------------------
@pytest.mark.parametrize("text,typ,town", [
    # a monitor's wording: the barrels on named quarters, the city taken up by «المدينة» after them
    ("قال المرصد السوري لحقوق الإنسان إن ضحايا الغارات التي شنها الطيران الحربي اليوم على عدة أحياء في مدينة حلب "
     "ارتفعوا إلى 18 قتيلاً. وأوضح المرصد أن القتلى قضوا بالبراميل المتفجرة التي رميت على حي الشعار وحي الصاخور "
     "شرقي المدينة.", "airstrike", "حلب"),
    # local sources: «داخل المدينة»
    ("استهدفت قوات النظام بالمدفعية الثقيلة أحياء في مدينة حمص اليوم. وقالت مصادر محلية إن القذائف المدفعية سقطت على "
     "حي الوعر داخل المدينة.", "shelling", "حمص"),
    # activists: «جنوبي المدينة»
    ("شنّت الطائرات الحربية غارات على أحياء في مدينة درعا مساء أمس. وأكد ناشطون أن الغارات استهدفت حي طريق السد "
     "جنوبي المدينة.", "airstrike", "درعا"),
])
def test_quarters_of_the_town_taken_up_by_its_noun_are_one_act(pipe, text, typ, town):
    evs = [e for e in _piped(pipe, text, "2016-09-20") if e["type"] == typ]
    assert len(evs) == 1, [(e["trigger"], _place(e)) for e in evs]


def test_a_quarter_told_with_also_and_no_town_noun_stays_another(pipe):
    # no bare noun takes the town up: «كذلك» and the quarter of their own
    text = "قصفت قوات النظام مدينة حمص بالمدفعية. وسقطت قذائف كذلك على حي الوعر."
    evs = _piped(pipe, text, "2016-09-20")
    assert [p for p, _ in _acts(evs, "shelling")] == ["حمص", "حي الوعر"]


# -- a day's toll counted by a monitor, its act named past an aside on the dead ---------------------------------------
@pytest.mark.parametrize("text,typ,place,dead", [
    # SOHR style: a hedge, then «بينهم» between commas
    ("أحصى المرصد السوري لحقوق الإنسان مقتل 15 مدنياً على الأقل، بينهم أربعة أطفال، اليوم الثلاثاء بغارات جوية "
     "استهدفت مدينة سراقب.", "airstrike", "سراقب", 15),
    # a network's wording: «منهم»
    ("أحصت الشبكة مقتل 8 مدنيين على الأقل، منهم طفلان، يوم الجمعة في قصف صاروخي استهدف مدينة أريحا.",
     "shelling", "أريحا", 8),
    # «من بينهم», the day as «أمس»
    ("أحصى المرصد مقتل 23 مدنياً على الأقل، من بينهم تسعة أطفال، أمس جراء غارات جوية على بلدة كفرزيتا شمال حماة.",
     "airstrike", "كفرزيتا", 23),
])
def test_a_days_toll_counted_with_an_aside_is_its_acts_dead(pipe, text, typ, place, dead):
    evs = _piped(pipe, text, "2016-09-20")
    assert [(e["type"], _place(e), (e["fatalities"] or {}).get("low"), e["kind"]) for e in evs] == \
        [(typ, place, dead, "incident")]


def test_a_toll_since_a_campaign_began_stays_a_sum(pipe):
    # a span of its own: summed over the campaign, not one act's
    text = "أحصى المرصد مقتل 240 مدنياً، بينهم 70 طفلاً، منذ بدء الحملة الجوية على الغوطة الشرقية."
    evs = _piped(pipe, text, "2018-03-01")
    assert [(e["type"], e["kind"], (e["fatalities"] or {}).get("low")) for e in evs] == \
        [("casualties", "aggregate", 240)]


# -- stop 33, pages2: the fight that led to a taking is the taking ---------------------------------------------------
# README (set 48 dd19, sets 8 x06, 9 y09, 15 g20): a taking after fighting is one event with the fighting's dead. A
# clause whose act the code does not read as a taking («دخلت … مدينة», «حرّر … قرية», «انتزاع قرية», «اقتحم مقر»,
# «أمسكوا بمفرق») told «بعد/إثر/عقب» a fight: the fight is how the place was taken (seen: 57 ed38, 58 ee32, 64 ic16,
# 66 ie15, 67 if05, 73 je16).
@pytest.mark.parametrize("text,place,dead", [
    # a reporter's item, the subject before the verb of entry, the day between the town and the fight
    ("ذكر مراسل القناة أن وحدات من الجيش السوري دخلت مدينة خان شيخون الواقعة جنوبي إدلب، اليوم الخميس، بعد مواجهات "
     "ضارية مع عناصر هيئة تحرير الشام.", "خان شيخون", None),
    # a Kurdish agency's dateline and «حرّر», the dead in the fight's own clause
    ("منبج/ هاوار – حرّر مقاتلو مجلس منبج العسكري، ليل أمس، قرية العريمة غربي منبج إثر اشتباكات ضارية مع مرتزقة "
     "داعش قُتل فيها 9 منهم.", "العريمة", 9),
    # an operations room's statement: the noun «انتزاع», the fight after «عقب»
    ("أعلنت غرفة عمليات الفصائل، عصر اليوم، انتزاع قرية الهبيط جنوبي إدلب من قوات النظام عقب مواجهات "
     "عنيفة.", "الهبيط", None),
    # a base stormed «بعد معارك», the dead told in the next clause by the attack's anaphor
    ("وقالت مصادر ميدانية إن تنظيم داعش اقتحم مقر اللواء 93 بالقرب من عين عيسى بعد معارك ضارية، وأكدت مقتل 20 جندياً خلال "
     "الهجوم.", "اللواء 93", 20),
])
def test_the_fight_a_place_was_taken_after_is_the_taking(pipe, text, place, dead):
    evs = _piped(pipe, text, "2023-05-02")
    assert [(e["type"], _place(e)) for e in evs] == [("territory_change", place)]
    assert (evs[0]["fatalities"] or {}).get("low") == dead
    assert text[evs[0]["start"]:evs[0]["end"]] == evs[0]["trigger"]


@pytest.mark.parametrize("text,expected", [
    # an attack on a target after «عقب» is an act of its own (the town's tension is no taking)
    ("شهدت مدينة جبلة توتراً أمنياً، مساء الأحد، عقب هجوم شنه مسلحون على حاجز للأمن العام.",
     [("armed_clash", "جبلة")]),
    # no force named before the place: a state of the town after the fight, no taking
    ("عاد الهدوء الحذر إلى مدينة جرمانا بعد اشتباكات دامية بين مجموعات محلية مسلحة وعناصر الأمن العام.",
     [("armed_clash", "جرمانا")]),
    ("يسود التوتر مدينة السويداء، منذ صباح اليوم، بعد مواجهات بين مسلحين محليين وعناصر الأمن.",
     [("armed_clash", "السويداء")]),
    # an act told in the clause: the fight after it is that act's time, no taking
    ("استهدفت قوات النظام بالمدفعية بلدة كنصفرة، اليوم، عقب ساعات من معارك على محور الفطيرة.",
     [("shelling", "كنصفرة"), ("armed_clash", "فطيرة")]),
    # a taking told by its verb keeps the fight's dead, as before
    ("سيطرت الفصائل على بلدة كفرنبودة شمال غربي حماة إثر معارك عنيفة قُتل فيها 14 عنصراً.",
     [("territory_change", "كفرنبودة")]),
])
def test_a_fight_after_an_act_or_on_a_target_is_no_taking_of_its_own(pipe, text, expected):
    evs = _piped(pipe, text, "2023-05-02")
    assert [(e["type"], _place(e)) for e in evs] == expected


@pytest.mark.parametrize("text,expected", [
    # «وكان … قد» told with its dead is an incident, and so is the attack told with it «تزامناً مع»
    ("سيطرت الفصائل على قرية الهبيط جنوبي إدلب إثر مواجهات مع جيش النظام. وكان الطيران المروحي قد رمى براميل "
     "متفجرة على قرية كفرسجنة، فقتل أربعة مدنيين، تزامناً مع هجوم لقوات النظام على قرية التمانعة.",
     [("territory_change", "الهبيط"), ("airstrike", "كفرسجنة"), ("armed_clash", "التمانعة")]),
    ("تقدمت فصائل المعارضة في ريف حلب الشمالي. وكانت الطائرات الروسية قد شنّت غارات على بلدة تل رفعت، ما أودى "
     "بحياة ستة مدنيين، بالتزامن مع هجوم للوحدات الكردية على قرية ماير.",
     [("territory_change", "ريف حلب الشمالي"), ("airstrike", "تل رفعت"), ("armed_clash", "ماير")]),
])
def test_the_act_told_with_a_recap_that_counts_its_dead_is_kept(pipe, text, expected):
    evs = _piped(pipe, text, "2023-05-02")
    assert [(e["type"], _place(e)) for e in evs] == expected


@pytest.mark.parametrize("text,place", [
    # the losers' withdrawal, the winners' entry told as its time («بعد ساعات من دخول»): one taking (59 ef30)
    ("أعلنت القيادة العامة للجيش انسحاب وحداتها من مدينة حماة، بعد ساعات من دخول عناصر الفصائل إلى أحيائها "
     "الشمالية إثر معارك عنيفة.", "حماة"),
    ("أعلن الجيش السوري انسحاب قواته من مدينة إدلب، بعد ساعات من دخول عناصر جيش الفتح إليها إثر اشتباكات عنيفة.",
     "إدلب"),
    # a Kurdish force's statement
    ("أعلنت قوات سوريا الديمقراطية انسحاب مقاتليها من بلدة عين عيسى بعد ساعات من دخول الفصائل الموالية لتركيا إلى "
     "أطرافها عقب معارك عنيفة.", "عين عيسى"),
])
def test_a_withdrawal_after_the_entry_into_the_same_place_is_one_taking(pipe, text, place):
    evs = _piped(pipe, text, "2024-12-05")
    assert [(e["type"], _place(e)) for e in evs] == [("territory_change", place)]


@pytest.mark.parametrize("text,expected", [
    # the place told after the act of a «بعدما/عندما» clause is that act's, not the protest named again (68 ig26)
    ("خرج عشرات من سكان بلدة الشحيل في مظاهرة رفضاً للتجنيد الإجباري. وذكر مراسل الشبكة أن المظاهرة انطلقت بعدما "
     "أوقف حاجز للأمن عدداً من الشبان قرب منطقة المعامل في البلدة.",
     [("protest", "الشحيل"), ("arrest", "المعامل")]),
    ("تجمّع أهالي قرية الطيانة في احتجاج على حملة التجنيد. وأفاد مراسلنا بأن الاحتجاج بدأ عندما اعتقلت دورية لقسد "
     "خمسة شبان قرب منطقة المعامل عند أطراف القرية.",
     [("protest", "الطيانة"), ("arrest", "المعامل")]),
])
def test_a_place_after_another_act_is_not_the_act_named_again(pipe, text, expected):
    evs = _piped(pipe, text, "2021-01-04")
    assert [(e["type"], _place(e)) for e in evs] == expected


@pytest.mark.parametrize("text,expected", [
    # the shelling named again as reaching other villages, no dead of its own: one act over more places (73 je27)
    ("استهدف الجيش التركي بالمدفعية منازل في قرية تل الورد بريف الحسكة. وأضافت مصادر أهلية أن القصف امتد إلى "
     "بلدة عين عيسى شمال الرقة.", [("shelling", "تل الورد")]),
    ("قصفت قوات النظام بالصواريخ بلدة كفرنبل جنوبي إدلب صباح اليوم. وأفاد مراسلنا بأن القصف امتد إلى مدينة "
     "الأتارب غرب حلب.", [("shelling", "كفرنبل")]),
    # dead of their own there: the act told at that place as one of its own (66 ie21)
    ("استهدف الجيش التركي بالمدفعية منازل في قرية تل الورد بريف الحسكة. وامتد القصف إلى بلدة عين عيسى شمال "
     "الرقة، فقُتل رجلان.", [("shelling", "تل الورد"), ("shelling", "عين عيسى")]),
])
def test_the_act_named_again_as_spreading_to_a_place_is_the_same_act(pipe, text, expected):
    evs = _piped(pipe, text, "2019-10-10")
    assert [(e["type"], _place(e)) for e in evs] == expected


@pytest.mark.parametrize("text,typ,place,dead", [
    # «وأضاف أن N قُتلوا»: a verb that goes on with the report (cues.json continuation_verbs), the dead of the act told
    # in the sentence before, not a toll of their own (68: one extra fewer)
    ("شنّت الطائرات الحربية غارات على مدينة أريحا صباح اليوم. وذكر الدفاع المدني أن الغارات طالت الأحياء السكنية. "
     "وأضاف أن 12 مدنياً قُتلوا.", "airstrike", "أريحا", 12),
    ("دارت اشتباكات بين فصيلين داخل مدينة الباب. وذكر ناشطون أن الاشتباكات استمرت ساعات. وأضافوا أن خمسة "
     "مقاتلين قُتلوا من الطرفين.", "armed_clash", "الباب", 5),
    # a reporting verb of the list already, the same (guard: passes before and after)
    ("استهدفت قوات النظام بالمدفعية بلدة كفرنبل جنوبي إدلب. وأفاد مراسلنا بأن القذائف سقطت على السوق الشعبي، وأوضح أن "
     "سبعة أشخاص لقوا حتفهم.", "shelling", "كفرنبل", 7),
])
def test_the_dead_told_as_the_report_goes_on_are_the_acts(pipe, text, typ, place, dead):
    evs = _piped(pipe, text, "2023-05-02")
    assert [(e["type"], _place(e), (e["fatalities"] or {}).get("low")) for e in evs] == [(typ, place, dead)]
