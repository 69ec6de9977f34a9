"""Actors and sources of stop 25 (issue 10): the families found on sets 14-16, each shown on
sentences written for these tests in several house styles (wire, monitor, state agency, opposition
site), run through the whole pipeline (tagger, places, figures, events)."""
from __future__ import annotations

from marsad.document import Document
from marsad.extract.events.actor_names import expanded

from test_events import _asserted


def _events(pipe, text, published, outlet="منصة المثال"):
    d = Document(text, published=published, outlet=outlet)
    pipe(d)
    for e in d["events"]:
        for a in e["actors"]:
            if "start" in a:
                assert d.text[a["start"]:a["end"]] == a["surface"]
        rb = e["reported_by"] or {}
        if "start" in rb:
            assert d.text[rb["start"]:rb["end"]] == rb["surface"]
    return _asserted(d["events"])


def _agent(e):
    """The first canonical agent (ACLED actor1)."""
    return next((a["canonical"] for a in e["actors"] if a["role"] == "agent" and a["canonical"]), None)


def _agents(pipe, text, published):
    return [(e["type"], _agent(e)) for e in _events(pipe, text, published)]


def _source(e):
    rb = e["reported_by"] or {}
    return rb.get("name") or rb.get("surface"), bool(rb.get("outlet")), rb.get("canonical")


ASSAD, NEW_GOV = "Syrian government forces", "Syrian government (2024-)"
FSA, SNA, IS, HTS = "Free Syrian Army / opposition factions", "Syrian National Army", "Islamic State", \
    "Hay'at Tahrir al-Sham / Jabhat al-Nusra"
LOYALISTS, TURKEY, UNKNOWN = "Former regime loyalists (Syria)", "Turkish forces", "Unidentified armed group (Syria)"


# -- 1. an agent given as a possessive, an adjective or a description -------------------------

def test_the_state_named_by_an_adjective_is_the_state_of_its_year(pipe):
    # wire style, 2013: the jet is the Assad government's
    t = "قُتل سبعة أشخاص حين قصفت طائرة حربية سورية سوق الخضار في مدينة الباب ظهر اليوم."
    assert (_agents(pipe, t, "2013-03-02")) == [("airstrike", ASSAD)]
    # monitor style, 2016: the artillery
    t = "قصفت مدفعية سورية بلدات بريف إدلب الجنوبي، فقتلت أربعة مدنيين."
    assert _agent(_events(pipe, t, "2016-07-11")[0]) == ASSAD
    # state agency style, 2025: the same words name the new government's forces
    t = "استهدفت طائرة حربية سورية تجمعاً لخلايا تنظيم داعش في بادية حمص الشرقية اليوم."
    assert _agent(_events(pipe, t, "2025-05-20")[0]) == NEW_GOV
    # the heads that would read «قوات سورية الديمقراطية» (a spelling of the SDF) are not expanded
    aliases = next(a for a in expanded()["actors"] if a["canonical"] == ASSAD)["aliases"]
    assert "طائرة حربية سورية" in aliases and "قوات سورية" not in aliases


def test_a_possessive_and_a_weapon_only_the_state_used(pipe):
    # opposition site: a possessive after a time aside
    t = "استهدفت مروحيات النظام، مساء أمس الجمعة، مدرسة في بلدة حيان، وقتلت خمسة مدنيين."
    assert _agent(_events(pipe, t, "2014-05-10")[0]) == ASSAD
    # monitor style: a tally of barrel bombs names no force; the barrels say whose they were
    t = "وثقت الشبكة مقتل أكثر من 300 مدني جراء البراميل المتفجرة في محافظة حلب منذ مطلع العام."
    assert _agent(_events(pipe, t, "2014-05-10")[0]) == ASSAD
    t = "قتل خمسة مدنيين بينهم طفل بسقوط برميل متفجر فوق حي الشعار شرقي حلب."
    assert _agent(_events(pipe, t, "2015-02-03")[0]) == ASSAD


def test_fighters_described_not_named(pipe):
    # wire style, 2012
    t = "سيطر مقاتلون معارضون على حاجز الصوامع في مدينة خان شيخون بعد اشتباكات استمرت ساعات."
    assert ("territory_change", FSA) in _agents(pipe, t, "2012-11-14")
    # wire style, 2025: loyal to the deposed president
    t = "قتل عشرة من رجال الأمن بهجوم شنه مسلحون موالون للرئيس المخلوع على حاجز في ريف اللاذقية."
    assert _agent(_events(pipe, t, "2025-03-07")[0]) == LOYALISTS
    t = "هاجم مسلحون موالون للنظام السابق نقطة أمنية في مدينة بانياس، وقتلوا عنصرين."
    assert _agent(_events(pipe, t, "2025-03-08")[0]) == LOYALISTS
    # state agency style, 2015: the old state media's name for the rebels; the remnants hunted are the target
    t = "أفادت سانا بأن قذائف أطلقتها المجموعات الإرهابية المسلحة سقطت على حي القصاع بدمشق، فأصيب ثلاثة مدنيين."
    assert _agent(_events(pipe, t, "2015-04-02")[0]) == FSA


def test_a_unit_of_a_force_after_the_verb_is_that_force(pipe):
    # state agency style, 2025
    t = "اعتقلت وحدات من الأمن العام، مساء الأحد، 11 شخصاً في حي الخالدية وسط حمص."
    assert _agents(pipe, t, "2025-01-15") == [("arrest", NEW_GOV)]
    # opposition site style
    t = "اعتقلت قوة من الأمن العام ثلاثة أشخاص في بلدة القرداحة قرب اللاذقية."
    assert _agents(pipe, t, "2025-02-11") == [("arrest", NEW_GOV)]
    # an ambush laid by an armed group of X
    t = "قتل خمسة عناصر في الأمن العام بكمين أعدته مجموعة مسلحة من فلول نظام الأسد قرب مدينة جبلة."
    assert _agent(_events(pipe, t, "2025-03-10")[0]) == LOYALISTS
    # monitor style: cells of IS attacked a bus; IS is no target
    t = "قتل ثمانية جنود عندما هاجمت خلايا من تنظيم «داعش» شاحنة عسكرية قرب مدينة تدمر، حسب المرصد السوري لحقوق الإنسان."
    e = _events(pipe, t, "2023-04-18")[0]
    assert _agent(e) == IS and not any(a["role"] == "target" and a["canonical"] == IS for a in e["actors"])


def test_the_owner_named_after_a_unit_in_quotes(pipe):
    # opposition site style: the owner after «التابعة لـ» in quotes
    t = "اعتقلت دورية من «الحسبة» التابعة لتنظيم «داعش» سبعة شبان في مدينة الميادين."
    assert _agents(pipe, t, "2014-09-10") == [("arrest", IS)]
    t = "اعتقل عناصر من «جهاز الحسبة» التابع لـ«هيئة تحرير الشام» أربعة إعلاميين في مدينة إدلب."
    assert _agents(pipe, t, "2019-06-02") == [("arrest", HTS)]


def test_a_defection_from_a_command_or_an_administration_left_the_army(pipe):
    t = ("ظهر المقدم سامر الحسن في تسجيل مصور، معلناً انشقاقه عن قيادة اللواء 47 المتمركز في مدينة حماة "
         "وانضمامه إلى الجيش الحر.")
    assert _agents(pipe, t, "2012-06-01") == [("defection", ASSAD)]
    t = "أعلن الرائد عمر الخطيب انشقاقه عن إدارة الدفاع الجوي في دمشق."
    assert _agents(pipe, t, "2013-01-20") == [("defection", ASSAD)]
    # past a long aside to the ministry left
    t = ("أعلن ناشطون انشقاق 28 شرطياً في مدينة تلكلخ، منهم ضابطان برتبة ملازم، عن وزارة "
         "الداخلية والتحاقهم بالجيش الحر.")
    assert _agents(pipe, t, "2012-03-12") == [("defection", ASSAD)]


def test_a_decree_names_its_issuer_or_the_state_of_its_year(pipe):
    t = "صدر مساء اليوم مرسوم تشريعي بالعفو العام عن جرم الفرار من الخدمة في الجيش."
    assert _agents(pipe, t, "2013-04-16") == [("desertion", ASSAD)]
    t = "أصدر الرئيس بشار الأسد مساء اليوم المرسوم التشريعي رقم 24 الذي يمنح العفو العام عن جرم الفرار."
    (e,) = _events(pipe, t, "2014-06-09")
    # (he enacts it, his doing; the text names no one telling it: the outlet, as sets 15, 18 and 19 code it —
    # stop 26, tests/extract/test_events_tellings26.py)
    assert _agent(e) == ASSAD and _source(e)[0] != "الرئيس بشار الأسد"


# -- 2. spans cut short and wrong conjuncts ------------------------------------------------------

def test_a_nationality_adjective_after_the_army_of_a_unit(pipe):
    t = ("أوضحت رئاسة الأركان التركية أن وحدات الجيش التركي ومقاتلي الجيش الوطني سيطروا على مركز "
         "بلدة جنديرس.")
    (e,) = _events(pipe, t, "2018-03-08")
    assert _agent(e) == TURKEY and ASSAD not in {a["canonical"] for a in e["actors"]}
    t = "سيطرت وحدات الجيش الروسي على مطار القامشلي بعد انسحاب القوات الأمريكية منه."
    assert _agent(_events(pipe, t, "2019-11-15")[0]) == "Russian forces"


def test_the_speakers_own_forces_first_and_what_they_back(pipe):
    t = "وقالت وزارة الدفاع التركية ببيان مساء اليوم إن قواتها والفصائل الموالية لها انتزعت السيطرة على بلدة راجو في ريف عفرين."
    (e,) = _events(pipe, t, "2018-03-01")
    agents = [a["canonical"] for a in e["actors"] if a["role"] == "agent"]
    assert agents[0] == TURKEY and agents[1] == SNA  # (backed by the speaker: Turkey's factions)


def test_a_supporter_in_an_aside_is_not_the_agent(pipe):
    # wire style, 2016
    t = "أعلن مصدر عسكري أن فصائل من الجيش الحر، تدعمها دبابات تركية، سيطرت على قرية الراعي شمال حلب."
    assert _agent(_events(pipe, t, "2016-08-30")[0]) == FSA
    # opposition site style
    t = "سيطرت فصائل المعارضة، تساندها مدفعية تركية، على قرية تل مالد شمالي حلب صباح اليوم."
    assert ("territory_change", FSA) in _agents(pipe, t, "2016-09-10")


def test_an_agent_carried_to_a_second_verb(pipe):
    t = ("فرق مسلحون تابعون لـ«هيئة تحرير الشام» وقفة احتجاجية في مدينة سرمدا بإطلاق الرصاص في الهواء، "
         "واعتقلوا خمسة من المحتجين.")
    arrest = next(e for e in _events(pipe, t, "2019-11-29") if e["type"] == "arrest")
    assert _agent(arrest) == HTS and not any(a["role"] == "target" and a["canonical"] == HTS for a in arrest["actors"])


def test_an_act_nobody_claimed_has_an_unidentified_agent(pipe):
    t = ("انفجرت شاحنة مفخخة عند دوار السنتر وسط الباب، فقتلت أربعة مدنيين. واتهمت الحكومة "
         "المؤقتة الوحدات الكردية بتدبير التفجير، بينما لم تتبن أي جهة الهجوم.")
    assert _agent(_events(pipe, t, "2021-06-12")[0]) == UNKNOWN
    t = "قُتل شرطيان بانفجار عبوة ناسفة وسط مدينة عفرين، ولم تعلن أي جهة بعد مسؤوليتها عن التفجير."
    assert _agent(_events(pipe, t, "2022-02-02")[0]) == UNKNOWN
    # the unclaimed act is another one told after the first: the first keeps its agent
    t = ("قال الدفاع المدني إن قصفاً مدفعياً لقوات النظام على بلدة كفرنبل أوقع أربعة قتلى مدنيين، وذلك بعد "
         "يوم من تفجير سيارة مفخخة في مدينة أعزاز لم تتبنه أي جهة.")
    shelling = next(e for e in _events(pipe, t, "2019-03-02") if e["type"] == "shelling")
    assert _agent(shelling) == ASSAD


# -- 3. reported_by ------------------------------------------------------------------------------

def test_who_asked_not_to_be_named_is_the_source_not_his_name(pipe):
    t = "قال قائد ميداني لرويترز، مشترطاً عدم نشر اسمه، إن مقاتلي المعارضة سيطروا على بلدة خطاب."
    (e,) = _events(pipe, t, "2016-10-13")
    assert _source(e)[:2] == ("قائد ميداني", False)  # (Reuters only received it)
    t = "اعتقلت قوات النظام 20 شاباً في مدينة التل، بحسب ما قال ناشط محلي طالباً عدم الكشف عن اسمه."
    (e,) = _events(pipe, t, "2015-10-13")
    assert _source(e)[:2] == ("ناشط محلي", False)


def test_as_a_source_said(pipe):
    t = ("قتل خمسة جنود من جيش النظام بهجوم استهدف حاجزاً قرب بلدة مورك، على ما قال ضابط سوري "
         "لوكالة الأناضول.")
    (e,) = _events(pipe, t, "2016-10-13")
    # (a generic source and the outlet it spoke to: news_dev codes either, the span holds both)
    assert _source(e)[0].startswith("ضابط سوري") and not _source(e)[1]


def test_an_issuer_and_a_later_source_of_its_own_clause(pipe):
    t = ("أصدرت الهيئة العامة للثورة بياناً اليوم دعت فيه إلى الإضراب، وذلك بعد ثلاثة أيام من اشتباكات "
         "شهدتها مدينة الصنمين قتل فيها سبعة عناصر من الشرطة، بحسب وزارة الداخلية.")
    evs = _events(pipe, t, "2016-10-13")
    statement = next(e for e in evs if e["type"] == "statement")
    assert _source(statement)[0] == "الهيئة العامة للثورة"
    assert all(_source(e)[0] == "وزارة الداخلية" for e in evs if e["type"] != "statement")
    # a closing «وفق ما ذكرته …» with no clause of its own before it reports the issuing too
    t = ("أصدر الرئيس السوري اليوم مرسوماً يقضي بعفو عام عن المتخلفين عن الخدمة الإلزامية، وفق ما ذكرته "
         "وكالة سانا.")
    (e,) = _events(pipe, t, "2017-10-13")
    assert _source(e)[0] == "وكالة سانا"


def test_a_relay_keeps_the_one_quoted(pipe):
    # (news_dev codes the one quoted after «عن», not the agency that relays it)
    t = "اعتقلت قوات الأمن 20 شاباً في مدينة التل، بحسب ما نقلته سانا عن مصادر أهلية."
    (e,) = _events(pipe, t, "2016-10-13")
    assert _source(e)[0] == "مصادر أهلية"


def test_names_of_sources_and_where_they_end(pipe):
    t = "قُتل مدنيان بقذائف مدفعية سقطت على بلدة القريا، بحسب شبكة السويداء 24."
    assert _source(_events(pipe, t, "2025-07-15")[0]) == ("شبكة السويداء 24", False, "Suwayda 24")
    t = "أصيب طفلان بقصف تركي على قرية تل طويل، حسبما رصد مراسلنا هناك."
    (e,) = _events(pipe, t, "2022-12-04", outlet="وكالة المثال")
    assert _source(e)[2] == "وكالة المثال" and _agent(e) == TURKEY
    assert not any(a["role"] == "target" and a["canonical"] == TURKEY for a in e["actors"])
    t = "وأعلن وزير الخارجية مساءً إبرام اتفاق هدنة في مدينة درعا."
    (e,) = _events(pipe, t, "2018-07-01")
    assert _source(e)[0] == "وزير الخارجية"


# -- after the other helpers' first merges: acts read now whose actors and sources were wrong ----

def test_a_word_only_the_killer_uses_names_the_source_as_agent(pipe):
    t = ("ذكرت وزارة الدفاع التركية ببيان أن قواتها سيطرت على قرية بلبل، مضيفة أن 120 من المسلحين "
         "«حُيّدوا» منذ بدء العملية.")
    agg = next(e for e in _events(pipe, t, "2018-02-20") if e["type"] == "casualties")
    assert _agent(agg) == TURKEY


def test_the_speakers_force_answers_after_another_clause(pipe):
    t = ("ذكرت وزارة الدفاع التركية أن ثلاثة من جنودها قُتلوا بقصف نفذته قوات النظام على نقطة مراقبة "
         "قرب بلدة سراقب، مشيرة إلى أن قواتها ردت فوراً وقصفت 40 هدفاً لقوات النظام.")
    answer = next(e for e in _events(pipe, t, "2020-02-03") if (e["count"] or {}).get("low") == 40)
    assert _agent(answer) == TURKEY
    assert ("target", ASSAD) in {(a["role"], a["canonical"]) for a in answer["actors"]}


def test_a_relative_clause_of_a_place_has_its_own_subject(pipe):
    t = ("قُتل ستة أشخاص حين استهدفت طائرة حربية سورية أحياء في مدينة الباب التي سيطرت عليها فصائل "
         "المعارضة قبل أسبوع.")
    taking = next(e for e in _events(pipe, t, "2012-12-01") if e["type"] == "territory_change")
    assert _agent(taking) == FSA
    t = "قصفت قوات النظام البلدة التي سيطرت عليها الفصائل قبل أسبوع."
    taking = next(e for e in _events(pipe, t, "2016-05-12") if e["type"] == "territory_change")
    assert _agent(taking) == FSA
    # the force itself is the antecedent: its own clause
    t = "قالت مصادر إن قوات النظام التي سيطرت على البلدة أمس اعتقلت عشرة شبان."
    assert ("territory_change", ASSAD) in _agents(pipe, t, "2016-05-12")


def test_deserters_of_the_year_before_the_fall_when_rebels_are_named(pipe):
    t = ("قال ضابط سوري لوكالة فرانس برس إن قرابة 400 جندي غادروا مواقعهم في مدينة حماة اليوم ونزعوا لباسهم "
         "العسكري، عقب ساعات على دخول مقاتلي الفصائل إلى بلدة طيبة الإمام.")
    evs = _events(pipe, t, "2024-12-05")
    assert ("desertion", ASSAD) in [(e["type"], _agent(e)) for e in evs]
    assert ("territory_change", FSA) in [(e["type"], _agent(e)) for e in evs]


def test_nobody_claimed_said_the_other_way_round(pipe):
    t = ("جرح عنصران من الأمن العام بانفجار عبوة ناسفة قرب بلدة المزرعة، بحسب شبكة السويداء 24، التي "
         "ذكرت أن أي جهة لم تعلن حتى الآن مسؤوليتها عن الانفجار.")
    assert _agent(_events(pipe, t, "2025-05-13")[0]) == UNKNOWN


def test_issuers_accusers_and_closing_sources(pipe):
    # the issuer's name, where it sits and when, then the statement
    t = ("أصدرت الهيئة السياسية في محافظة إدلب بياناً، مساء اليوم، رفضت فيه أي تسوية، وذلك بعد أيام من "
         "اشتباكات شهدتها بلدة سرمين قتل فيها خمسة مقاتلين، بحسب مراسل الموقع.")
    evs = _events(pipe, t, "2019-05-01")
    statement = next(e for e in evs if e["type"] == "statement")
    assert _source(statement)[0].startswith("الهيئة السياسية")
    # each closing source reports its own part of the sentence
    t = ("سيطرت قوات النظام على بلدة كفرزيتا، حسبما أكدت مصادر ميدانية لـ«الوطن»، بينما غادرت بلدة اللطامنة صباح "
         "اليوم حافلات تنقل 650 من المسلحين وعائلاتهم، وفق ما أفادت به مراسلة الصحيفة.")
    evs = _events(pipe, t, "2019-08-20")
    taking = next(e for e in evs if e["type"] == "territory_change")
    assert _source(taking)[0] == "مصادر ميدانية"
    # a body named by its head and its quoted name
    t = "أعلنت فصائل «جيش العزة» أمس سيطرتها على بلدة معركبة في ريف حماة الشمالي."
    assert _source(_events(pipe, t, "2017-03-22")[0])[0] == "فصائل «جيش العزة»"
    # the accuser is the subject of the denial before «واتهم»
    t = ("نفى المجلس العسكري في المدينة أن يكون نفذ أي هجوم، واتهم فصائل حكومية بقصف قرى قرب سد "
         "تشرين بالمدفعية.")
    shelling = next(e for e in _events(pipe, t, "2025-08-24") if e["type"] == "shelling")
    assert _source(shelling)[0].startswith("المجلس العسكري")


def test_a_capital_that_decides_stands_for_its_state(pipe):
    # wire style
    t = "دخلت صباح اليوم هدنة مدتها ثلاثة أيام أعلنتها موسكو في مدينة حلب حيز التنفيذ."
    assert _agents(pipe, t, "2016-10-13") == [("agreement", "Russian forces")]
    # agency style
    t = "أعلنت أنقرة اليوم إبرام اتفاق هدنة في مدينة عين العرب."
    assert _agents(pipe, t, "2019-10-17") == [("agreement", TURKEY)]
    t = "فرضت واشنطن عقوبات جديدة على 12 مسؤولاً في الحكومة السورية."
    assert _agents(pipe, t, "2020-06-17") == [("sanction", "US forces")]
    # not for an act of force: the strike has no agent named
    t = "قصفت طائرات حربية مدينة دوما بعد أن أعلنت موسكو هدنة في الغوطة."
    assert ("airstrike", None) in _agents(pipe, t, "2018-02-27")


def test_a_rank_the_body_and_the_name_are_one_source(pipe):
    t = ("أعلن الملازم في الشرطة سامر العلي، في مقطع مصور نشره ناشطون، انشقاق 17 عنصراً من شرطة مدينة "
         "الرستن عن وزارة الداخلية.")
    (e,) = _events(pipe, t, "2012-03-12")
    # (the rank runs on over the body it serves in to the person's name, as far as the tagger reads it)
    assert _source(e)[0].startswith("الملازم في الشرطة سامر") and _agent(e) == ASSAD


def test_defectors_from_a_police_unit_named_before_their_verb(pipe):
    t = ("أفاد ناشطون بأن 12 عنصراً من شرطة ناحية تلبيسة، بينهم ضابط برتبة ملازم، انشقوا ليلة أمس والتحقوا "
         "بالجيش الحر.")
    assert _agents(pipe, t, "2013-09-18") == [("defection", ASSAD)]
    t = "سبعة عناصر من مخفر بلدة الحارة انشقوا فجر اليوم وانضموا إلى كتائب المعارضة، بحسب ناشطين."
    assert _agents(pipe, t, "2012-08-02") == [("defection", ASSAD)]


def test_a_running_total_goes_on_from_the_act_before_it(pipe):
    t = ("رصد المرصد السوري عبور رتل تركي جديد، مساء اليوم، من معبر خربة الجوز، وتوجهه نحو النقاط "
         "التركية جنوبي إدلب، ليرتفع عدد الآليات الداخلة منذ بداية الشهر إلى أكثر من 900 آلية.")
    total = next(e for e in _events(pipe, t, "2020-02-10") if (e["count"] or {}).get("low") == 900)
    assert _agent(total) == TURKEY


def test_the_internal_security_of_the_ministry_named_in_its_sentence(pipe):
    # the document names the Asayish, whose internal security bears the same name; the sentence names
    # the interior ministry: its force
    t = ("ذكرت وزارة الداخلية السورية أن أحد أفراد قوى الأمن الداخلي قُتل خلال اشتباك مع مسلحين من «الأسايش» "
         "على حاجز في حي الشيخ مقصود وسط حلب.")
    (e,) = _events(pipe, t, "2025-10-07")
    sides = {a["canonical"] for a in e["actors"] if a["role"] in ("agent", "target")}
    assert sides == {NEW_GOV, "Syrian Democratic Forces"}
    # without the ministry in the sentence, the Asayish's own internal security
    t = "اعتقلت قوى الأمن الداخلي التابعة للإدارة الذاتية خمسة شبان في مدينة القامشلي بتهمة التعامل مع الأسايش السابقين."
    assert _agent(_events(pipe, t, "2025-03-01")[0]) == "Syrian Democratic Forces"


def test_the_organisation_named_again_by_its_head_noun(pipe):
    t = ("قتل خمسة جنود عندما هاجمت خلايا من تنظيم «داعش» حاجزاً قرب مدينة تدمر. ولفت المرصد في تقريره إلى أن عدد القتلى "
         "من جنود النظام في هجمات التنظيم بالبادية بلغ 90 منذ مطلع العام.")
    total = next(e for e in _events(pipe, t, "2023-04-18") if e["type"] == "casualties")
    assert _agent(total) == IS


def test_the_names_each_camp_gives_its_enemy(pipe):
    # opposition media: the regime by its ruler's name, Russia as an occupier
    t = "قصفت ميليشيا أسد بالمدفعية الثقيلة بلدة كفرنبل جنوبي إدلب، فقتلت امرأة."
    assert _agent(_events(pipe, t, "2019-05-12")[0]) == ASSAD
    t = "اعتقلت مخابرات أسد ثلاثة شبان من أبناء مدينة داريا."
    assert _agents(pipe, t, "2018-01-10") == [("arrest", ASSAD)]
    t = "شنت طائرات الاحتلال الروسي غارات عنيفة على قرية البارة بجبل الزاوية صباح اليوم."
    assert _agent(_events(pipe, t, "2019-05-12")[0]) == "Russian forces"
    # Turkish agency style: the YPG by its Turkish acronyms
    t = "قتل جنديان تركيان في هجوم نفذه إرهابيو ي ب ك/بي كا كا ضد نقطة قرب مدينة أعزاز."
    assert _agent(_events(pipe, t, "2019-05-12")[0]) == "Syrian Democratic Forces"
    # state media style: the US as an occupier
    t = "أغار طيران الاحتلال الأمريكي على مواقع بريف دير الزور الشرقي ليلاً."
    assert _agent(_events(pipe, t, "2019-05-12")[0]) == "US forces"


def test_who_prepared_a_tally_and_a_site_that_monitored(pipe):
    t = ("قتل خمسة مدنيين في قصف لقوات النظام طال بلدة معرة النعمان، وفقاً لإحصائية أعدها فريق منسقو "
         "استجابة سوريا.")
    assert _source(_events(pipe, t, "2019-05-12")[0]) == \
        ("فريق منسقو استجابة سوريا", False, "Syria Response Coordinators")
    t = "اعتقلت قوات النظام عشرة شبان في بلدة الكسوة، بحسب ما رصد موقع «صوت العاصمة»."
    assert _source(_events(pipe, t, "2019-05-12")[0])[2] == "Sawt al-Asima"


def test_a_member_defects_from_his_own_force(pipe):
    t = "أعلن القيادي في قوات سوريا الديمقراطية أحمد العلي انشقاقه وانضمامه إلى الجيش الوطني السوري."
    assert _agents(pipe, t, "2019-05-12") == [("defection", "Syrian Democratic Forces")]
    t = "انشق قيادي في «هيئة تحرير الشام» مع عشرة من عناصره ووصلوا إلى مناطق الجيش الوطني في ريف حلب."
    assert _agents(pipe, t, "2020-03-02") == [("defection", HTS)]


def test_a_state_and_its_allies_are_its_coalition(pipe):
    t = "نفذت الولايات المتحدة وحلفاء عرب أولى ضرباتهم الجوية ضد مقرات تنظيم «الدولة الإسلامية» في محيط البوكمال."
    assert _agent(_events(pipe, t, "2014-09-23")[0]) == "US-led coalition"
    t = "قصفت طائرات الولايات المتحدة وحلفائها مواقع للتنظيم قرب مدينة الرقة، بحسب ناشطين."
    assert _agent(_events(pipe, t, "2015-02-01")[0]) == "US-led coalition"


def test_what_was_struck_belongs_to_its_owner(pipe):
    t = ("أعلن الجيش الإسرائيلي أنه شن غارات على آليات عسكرية تابعة للقوات الحكومية في محيط بلدة ثعلة غربي "
         "السويداء.")
    (e,) = _events(pipe, t, "2025-07-15")
    assert _agent(e) == "Israeli forces" and ("target", NEW_GOV) in {(a["role"], a["canonical"]) for a in e["actors"]}
    t = "قصفت المدفعية التركية عربات تابعة لقسد قرب بلدة عين عيسى، بحسب مراسلنا."
    (e,) = _events(pipe, t, "2020-05-04")
    assert _agent(e) == TURKEY and ("target", "Syrian Democratic Forces") in {(a["role"], a["canonical"]) for a in e["actors"]}


def test_a_post_named_again_is_its_owners(pipe):
    t = ("انشق 12 جندياً عن حاجز تابع لقوات النظام قرب بلدة كفرنبودة، وطاردتهم دورية من الحاجز، فاندلعت "
         "اشتباكات قتل فيها اثنان منهم.")
    clash = next(e for e in _events(pipe, t, "2012-06-10") if e["type"] == "armed_clash")
    assert _agent(clash) == ASSAD
    t = ("تقيم مفرزة للأمن العسكري في مدخل بلدة نوى منذ أشهر. واعتقل عناصر من المفرزة خمسة شبان من أبناء "
         "البلدة صباح اليوم، بحسب ناشطين.")
    arrest = next(e for e in _events(pipe, t, "2019-03-02") if e["type"] == "arrest")
    assert _agent(arrest) == ASSAD
