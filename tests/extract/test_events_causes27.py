"""The type of an act told through its toll or its weapon (stop 27, issue 10, helper causes): the act named in
a cause phrase owns the type, the platform decides over the munition, and clauses that only give a reason or an
aim assert no act. Our own sentences in several house styles; layers by hand."""
from __future__ import annotations

import pytest

from marsad.extract.events import EventExtractor

from test_events import _doc, _fig, _run
from test_events_mentions25 import _tf


@pytest.fixture(scope="module")
def ex():
    return EventExtractor()


MAARRA = ("معرة النعمان", "P1", "Maarat al-Numan", "Idlib")
KAFRNABL = ("كفرنبل", "P2", "Kafr Nabl", "Idlib")
HEISH = ("حيش", "P3", "Heish", "Idlib")
MAYADIN = ("الميادين", "P4", "Al-Mayadin", "Deir ez-Zor")
DAEL = ("داعل", "P5", "Dael", "Daraa")
DARAYYA = ("داريا", "P6", "Darayya", "Rif Dimashq")
HUBAYT = ("الهبيط", "P7", "Al-Hbeit", "Idlib")
BABROAD = ("طريق الباب", "P8", "Tariq al-Bab", "Aleppo")


# -- the platform decides over the munition --------------------------------------------------------------------
def test_bombs_dropped_by_aircraft_are_an_air_strike(ex):
    # Halab Today style: the jets are the verb's subject, the cluster bombs its means
    t = "استهدفت المقاتلات الروسية بقنابل عنقودية بلدة معرة النعمان، ما أودى بحياة 9 مدنيين."
    evs = _run(ex, _doc(t, published="2019-07-02", places=[MAARRA], quantities=[("9", 9, 9, "مدني")]))
    assert _tf(evs) == [("airstrike", "incident", None, 9)]
    # Enab Baladi style: the subject after the verb, the bombs definite
    t = "قصفت طائرات النظام بالقنابل العنقودية أطراف مدينة كفرنبل صباح اليوم."
    evs = _run(ex, _doc(t, published="2019-05-11", places=[KAFRNABL]))
    assert [e["type"] for e in evs] == ["airstrike"]
    # SOHR style: the toll leads, the act noun in the cause phrase, its doer the air force
    t = "قتل أربعة مدنيين جراء قصف الطيران الحربي بالقنابل العنقودية على بلدة حيش."
    evs = _run(ex, _doc(t, published="2019-05-14", places=[HEISH], quantities=[("أربعة", 4, 4, "مدني")]))
    assert _tf(evs) == [("airstrike", "incident", None, 4)]


def test_a_bomb_set_by_men_on_the_ground_stays_an_explosion(ex):
    # (guard) no aircraft: the bomb is the means of a blast
    t = "استهدف مجهولون بعبوة ناسفة دورية للأمن العام في مدينة الميادين."
    evs = _run(ex, _doc(t, published="2024-02-20", places=[MAYADIN]))
    assert [e["type"] for e in evs] == ["explosion"]
    # an actor whose name holds an air word («المخابرات الجوية») is not an aircraft
    t = "قتل عنصران من المخابرات الجوية باستهداف سيارتهما بعبوة ناسفة في مدينة الميادين."
    evs = _run(ex, _doc(t, published="2019-08-03", places=[MAYADIN], quantities=[("عنصران", 2, 2, "عنصر")]))
    assert _tf(evs) == [("explosion", "incident", None, None)]  # (a dual: no figure, joins stop 27)


# -- the barrels: a dual is a barrel strike too ----------------------------------------------------------------
def test_two_barrels_dropped_are_an_air_strike_with_the_toll_as_its_dead(ex):
    # SOHR style: the running toll leads, the dual barrels follow «جراء»
    t = "المرصد السوري لحقوق الإنسان: ارتفع عدد القتلى إلى 9 جراء برميلين متفجرين ألقاهما الطيران المروحي على بلدة داعل."
    evs = _run(ex, _doc(t, published="2014-03-02", places=[DAEL], quantities=[("9", 9, 9, None)]))
    assert [(e["type"], e["fatalities"]["low"]) for e in evs] == [("airstrike", 9)]
    # Step style: the dropping as a noun after «إثر»
    t = "قتل ستة مدنيين إثر إلقاء طائرات النظام المروحية برميلين متفجرين على حي طريق الباب."
    evs = _run(ex, _doc(t, published="2014-02-12", places=[BABROAD], quantities=[("ستة", 6, 6, "مدني")]))
    assert _tf(evs) == [("airstrike", "incident", None, 6)]
    # Syria TV style: two barrels fall, nobody hurt
    t = "سقط برميلان متفجران على بلدة الهبيط صباح اليوم."
    evs = _run(ex, _doc(t, published="2016-01-09", places=[HUBAYT]))
    assert [e["type"] for e in evs] == ["airstrike"]


def test_a_death_verb_then_the_weapon_with_bi_is_a_death(ex):
    # «قضى … بالبراميل»: the verb of dying takes any weapon after «بـ», not only a listed act noun
    t = "قضى أربعة أشخاص بالبراميل المتفجرة التي رمتها المروحيات على مدينة داريا."
    evs = _run(ex, _doc(t, published="2015-06-01", places=[DARAYYA], quantities=[("أربعة", 4, 4, "شخص")]))
    assert _tf(evs) == [("airstrike", "incident", None, 4)]
    t = "قضى ثلاثة شبان بالرصاص خلال اشتباكات في مدينة داريا."
    evs = _run(ex, _doc(t, published="2013-06-01", places=[DARAYYA], quantities=[("ثلاثة", 3, 3, "شاب")]))
    assert _tf(evs) == [("armed_clash", "incident", None, 3)]


def test_the_shares_of_a_running_toll_name_its_causes_not_an_incident(ex):
    # SOHR style: «بعضهم بألغام وآخرون بهجمات»: the acts that killed parts of a toll over a period
    t = ("وبهذا يصل عدد الذين قضوا من رعاة الماشية في بادية حمص منذ بداية العام إلى 31 شخصاً، بعضهم "
         "بألغام وآخرون بكمائن نصبتها خلايا التنظيم.")
    evs = _run(ex, _doc(t, published="2022-04-01", quantities=[("31", 31, 31, "شخص")]))
    assert [(e["type"], e["kind"], e["fatalities"]["low"]) for e in evs] == [("casualties", "aggregate", 31)]


# -- missiles of a force that strikes from the air -------------------------------------------------------------
KISWAH = ("الكسوة", "P9", "Al-Kiswah", "Rif Dimashq")
MEZZEH = ("مطار المزة العسكري", "P10", "Mezzeh military airport", "Damascus")
BUKAMAL = ("البوكمال", "P11", "Al-Bukamal", "Deir ez-Zor")
JUBATA = ("جباتا الخشب", "P12", "Jubata al-Khashab", "Quneitra")


def test_missile_strikes_by_an_air_force_are_air_strikes(ex):
    # SOHR style: the toll leads, the strikes follow «جراء» with the force's adjective
    t = ("ذكر المرصد السوري أن 7 عناصر من الميليشيات الإيرانية لقوا حتفهم جراء ضربات صاروخية إسرائيلية طالت "
         "مخازن أسلحة في منطقة الكسوة.")
    evs = _run(ex, _doc(t, published="2020-11-18", places=[KISWAH], quantities=[("7", 7, 7, "عنصر")]))
    assert _tf(evs) == [("airstrike", "incident", None, 7)]
    # SANA style: the accusative after «بأن»
    t = "أفادت سانا بأن قصفاً صاروخياً إسرائيلياً استهدف محيط مطار المزة العسكري فجر اليوم."
    evs = _run(ex, _doc(t, published="2019-01-21", places=[MEZZEH]))
    assert [e["type"] for e in evs] == ["airstrike"]
    # Deir ez-Zor 24 style: the coalition as the genitive with «لل»
    t = "قتل أربعة مقاتلين بقصف صاروخي للتحالف الدولي على مواقع في مدينة البوكمال."
    evs = _run(ex, _doc(t, published="2018-06-18", places=[BUKAMAL], quantities=[("أربعة", 4, 4, "مقاتل")]))
    assert _tf(evs) == [("airstrike", "incident", None, 4)]


def test_missiles_of_a_ground_force_or_with_artillery_stay_shelling(ex):
    # (guards) the regime's rockets; Israeli artillery and rockets together on Quneitra
    t = "قتل ثلاثة أطفال بقصف صاروخي لجيش النظام استهدف بلدة كفرنبل."
    evs = _run(ex, _doc(t, published="2019-05-11", places=[KAFRNABL], quantities=[("ثلاثة", 3, 3, "طفل")]))
    assert _tf(evs) == [("shelling", "incident", None, 3)]
    t = "قصف مدفعي وصاروخي إسرائيلي طال أطراف بلدة جباتا الخشب الواقعة في محافظة القنيطرة."
    evs = _run(ex, _doc(t, published="2024-12-20", places=[JUBATA]))
    assert [e["type"] for e in evs] == ["shelling"]


# -- a killing by armed men: the cause after the asides that say who the dead was -------------------------------
DARAA = ("درعا", "P13", "Daraa", "Daraa")
JASIM = ("جاسم", "P14", "Jasim", "Daraa")
SHAJARA = ("الشجرة", "P15", "Al-Shajara", "Daraa")
NAWA = ("نوى", "P16", "Nawa", "Daraa")


def test_gunfire_of_armed_men_after_a_description_of_the_dead_is_an_assassination(ex):
    # Syria TV style: a definite description, then a time, then the gunfire
    t = ("قُتل الشاب محمد الخطيب، المنحدر من بلدة اليادودة والعنصر السابق في فصائل المعارضة، مساء الإثنين، "
         "برصاص مسلحين مجهولين وسط مدينة درعا.")
    evs = _run(ex, _doc(t, published="2021-04-06", places=[DARAA], dates=[("مساء الإثنين", "2021-04-05", "day")]))
    assert [e["type"] for e in evs] == ["armed_clash"]
    # Horan network style: a description holding an act of its own («بعد اتفاق التسوية») is still an aside
    t = ("قُتل القيادي خالد الحريري، القائد السابق في فصيل معارض الذي انضم إلى الفيلق الخامس بعد اتفاق التسوية، "
         "فجر اليوم، برصاص مسلحين ملثمين أمام منزله في مدينة نوى.")
    evs = _run(ex, _doc(t, published="2020-09-14", places=[NAWA], dates=[("فجر اليوم", "2020-09-14", "day")]))
    assert [e["type"] for e in evs if e["modality"] == "asserted" and e["kind"] == "incident"] == ["armed_clash"]
    # Enab Baladi style: an indefinite head («أحد …»)
    t = "قتل رجل، أحد وجهاء مدينة جاسم، برصاص مسلحين مجهولين أمام متجره."
    evs = _run(ex, _doc(t, published="2022-02-02", places=[JASIM]))
    assert [e["type"] for e in evs] == ["armed_clash"]


def test_a_killing_by_the_hand_of_armed_men_is_an_assassination(ex):
    t = "قتل مختار بلدة الشجرة على يد مسلحين مجهولين كانوا يستقلون سيارة."
    evs = _run(ex, _doc(t, published="2021-08-19", places=[SHAJARA]))
    assert [e["type"] for e in evs] == ["armed_clash"]
    # (guard) by the hand of a force of the actor list: a death, not an assassination
    t = "قتل شاب تحت التعذيب على يد عناصر الأمن العسكري في مدينة جاسم."
    evs = _run(ex, _doc(t, published="2013-08-19", places=[JASIM]))
    assert [e["type"] for e in evs] == ["casualties"]


# -- history recalled by its year: no incident -------------------------------------------------------------------
BUWAYDA = ("البويضة", "P17", "Al-Buwaydah", "Homs")
RAQQA = ("الرقة", "P18", "Raqqa", "Raqqa")


def test_an_act_dated_only_by_a_year_before_the_publication_is_history(ex):
    # SANA style (2025): the executions of 2013 explain a grave found today
    t = ("انتشلت فرق الدفاع المدني رفات 12 شخصاً دُفنوا في حفرة جماعية بمحيط بلدة البويضة. وقال مدير الفرق إن المنطقة "
         "شهدت إعدامات ميدانية نفذتها قوات النظام عام 2013.")
    evs = _run(ex, _doc(t, published="2025-06-11", places=[BUWAYDA], quantities=[("12", 12, 12, "شخص")],
                        dates=[("عام 2013", "2013", "year")]))
    assert [e["type"] for e in evs] == ["other"]
    # Anadolu style: a taking recalled by its year in a clause of its own
    t = "دخلت قوات الأمن العام مدينة الرقة اليوم. ويذكر أن التنظيم سيطر على المدينة عام 2014."
    evs = _run(ex, _doc(t, published="2025-02-01", places=[RAQQA], dates=[("عام 2014", "2014", "year")]))
    assert "territory_change" not in [e["type"] for e in evs if e.get("date") == "2014"]
    assert not any(e.get("date") == "2014" for e in evs)


def test_a_counted_or_same_year_act_stays(ex):
    # (guards) a figure in its clause: a recalled incident (background), still an event
    t = "وقال مدير الفرق إن 40 مدنياً قتلوا في قصف على البلدة عام 2013."
    evs = _run(ex, _doc(t, published="2025-06-11", quantities=[("40", 40, 40, "مدني")],
                        dates=[("عام 2013", "2013", "year")]))
    assert [(e["type"], _f(e)) for e in evs] == [("shelling", 40)]
    # the year of the publication: news
    t = "وقال المرصد إن الطائرات الحربية قصفت بلدة البويضة عام 2014."
    evs = _run(ex, _doc(t, published="2014-11-02", places=[BUWAYDA], dates=[("عام 2014", "2014", "year")]))
    assert [e["type"] for e in evs] == ["airstrike"]


def _f(e):
    return (e["fatalities"] or e["count"] or {}).get("low")


# -- what an order commands is not told as done ------------------------------------------------------------------
RASTAN = ("الرستن", "P19", "Al-Rastan", "Homs")
TALBISEH = ("تلبيسة", "P20", "Talbiseh", "Homs")
HARA = ("الحارة", "P21", "Al-Harra", "Daraa")
HOMS = ("حمص", "P22", "Homs", "Homs", "city")


def test_the_acts_of_a_refused_or_given_order_are_not_events(ex):
    # Zaman al-Wasl style: the defectors refused orders to storm and shell
    t = ("أعلن ستة ضباط انشقاقهم عن جيش النظام في مدينة الرستن، بعد أن رفضوا أوامر ضباطهم باقتحام بلدة تلبيسة "
         "وقصف بيوت المدنيين فيها.")
    evs = _run(ex, _doc(t, published="2012-08-09", places=[RASTAN, TALBISEH], quantities=[("ستة", 6, 6, "ضابط")]))
    assert [(e["type"], _f(e)) for e in evs] == [("defection", 6)]
    # a defector's telling: orders received
    t = "قال المجند المنشق إنه تلقى أوامر بقصف الأحياء السكنية في حمص."
    evs = _run(ex, _doc(t, published="2012-03-01", places=[HOMS]))
    assert "shelling" not in [e["type"] for e in evs]
    # activists: an order given
    t = "وأفاد ناشطون بأن قائد الحاجز أصدر أوامر باعتقال كل الشبان في بلدة الحارة."
    evs = _run(ex, _doc(t, published="2012-05-01", places=[HARA]))
    assert [e["type"] for e in evs] == []


def test_an_order_carried_out_or_the_one_who_ordered_leaves_the_act_told(ex):
    # (guards) «بأوامر من…»: who ordered an act told; «نفذ … أوامر ب…»: the order carried out
    t = "قصفت قوات النظام بلدة الحارة بأوامر من قائد الفرقة الرابعة."
    evs = _run(ex, _doc(t, published="2013-05-01", places=[HARA]))
    assert [e["type"] for e in evs] == ["shelling"]
    t = "نفذ عناصر الحاجز أوامر باعتقال الشبان في بلدة الحارة."
    evs = _run(ex, _doc(t, published="2013-05-01", places=[HARA]))
    assert [e["type"] for e in evs] == ["arrest"]


# -- «قبل أن» + imperfect narrates a past act -------------------------------------------------------------------
JUBATA_Q = ("جباتا الخشب", "P23", "Jubata al-Khashab", "Quneitra")
MIDAN = ("حي الميدان", "P24", "Al-Midan", "Damascus")
TELMILH = ("تل ملح", "P25", "Tal Milh", "Hama")
TAFAS = ("طفس", "P26", "Tafas", "Daraa")


def test_an_act_after_qabla_an_in_the_imperfect_is_told(ex):
    # Anadolu style: an incursion, the arrests after «قبل أن»
    t = ("توغلت خمس عربات عسكرية إسرائيلية، صباح الأربعاء، في بلدة جباتا الخشب قرب القنيطرة، وداهم "
         "الجنود بيوتاً عدة قبل أن يعتقلوا ثلاثة شبان ويأخذوهم إلى مكان مجهول.")
    evs = _run(ex, _doc(t, published="2025-05-07", places=[JUBATA_Q], quantities=[("ثلاثة", 3, 3, "شاب")]))
    assert [(e["type"], _fig(e["count"])) for e in evs] == [("arrest", 3)]
    # Damascus network style: a raid, then «قبل أن تعتقل»
    t = "داهمت دورية للأمن العام منزلاً في حي الميدان قبل أن تعتقل شابين."
    evs = _run(ex, _doc(t, published="2025-03-01", places=[MIDAN], quantities=[("شابين", 2, 2, "شاب")]))
    assert [(e["type"], _fig(e["count"])) for e in evs] == [("arrest", None)]  # (a dual: no figure, joins stop 27)
    # Step style: a taking after clashes
    t = "اشتبكت فصائل المعارضة مع قوات النظام لساعات قبل أن تسيطر على قرية تل ملح شمال حماة."
    evs = _run(ex, _doc(t, published="2016-08-30", places=[TELMILH]))
    assert "territory_change" in [e["type"] for e in evs]


def test_the_imperfect_elsewhere_is_no_act(ex):
    # (guards) an aim, a habit
    t = "تسعى القوات إلى أن تعتقل المطلوبين في بلدة طفس."
    evs = _run(ex, _doc(t, published="2021-07-01", places=[TAFAS]))
    assert [e["type"] for e in evs] == []
    t = "وقال الأهالي إن عناصر الحاجز يعتقلون الشبان كل يوم، ويريدون أن يقصفوا بلدة طفس."
    evs = _run(ex, _doc(t, published="2021-07-01", places=[TAFAS]))
    assert [e["type"] for e in evs if e["modality"] == "asserted"] == []


# -- a protest told by going out into the streets, its dead the result of the fire on it --------------------------
DEIR = ("دير الزور", "P27", "Deir ez-Zor", "Deir ez-Zor", "city")
BINNISH = ("بنش", "P28", "Binnish", "Idlib")
KHALDIYA = ("حي الخالدية", "P29", "Al-Khalidiya", "Homs")
DAMASCUS = ("دمشق", "P30", "Damascus", "Damascus", "city")


def test_crowds_pouring_into_the_streets_are_a_protest_and_its_dead_are_its_own(ex):
    # Al Jazeera style: the union's telling, fire opened, «ما أوقع» the dead
    t = ("قالت تنسيقية المدينة إن عشرات الآلاف من الأهالي تدفقوا إلى شوارع دير الزور بعد صلاة الجمعة، "
         "وأن قوات الأمن صوّبت الرصاص نحو المتظاهرين، ما أوقع ثلاثة قتلى.")
    evs = _run(ex, _doc(t, published="2011-07-15", places=[DEIR],
                        quantities=[("عشرات الآلاف", 20000, 90000, None), ("ثلاثة", 3, 3, "قتيل")]))
    assert [(e["type"], _fig(e["count"]), _fig(e["fatalities"])) for e in evs] == [("protest", 20000, 3)]
    # Reuters style: «خرج آلاف المتظاهرين إلى شوارع…»
    t = "خرج آلاف المتظاهرين إلى شوارع مدينة بنش مطالبين بإسقاط النظام."
    evs = _run(ex, _doc(t, published="2012-04-06", places=[BINNISH], quantities=[("آلاف", 2000, 9000, "متظاهر")]))
    assert [e["type"] for e in evs] == ["protest"]
    # activists: «خرجوا للتظاهر»
    t = "قال ناشطون إن المئات خرجوا للتظاهر في حي الخالدية رغم الانتشار الأمني."
    evs = _run(ex, _doc(t, published="2011-12-02", places=[KHALDIYA], quantities=[("المئات", 200, 900, None)]))
    assert [e["type"] for e in evs] == ["protest"]


def test_going_out_or_down_elsewhere_is_no_protest(ex):
    # (guards) one man into the street; passengers getting off; buses leaving (an evacuation)
    t = "خرج الرئيس إلى الشارع لتحية أنصاره في دمشق."
    evs = _run(ex, _doc(t, published="2012-01-11", places=[DAMASCUS]))
    assert [e["type"] for e in evs] == []
    t = "نزل الركاب من الحافلة في شارع بغداد وسط دمشق."
    evs = _run(ex, _doc(t, published="2012-01-11", places=[DAMASCUS]))
    assert [e["type"] for e in evs] == []
    t = "خرج المقاتلون وعائلاتهم من مدينة دمشق على متن حافلات."
    evs = _run(ex, _doc(t, published="2018-04-11", places=[DAMASCUS]))
    assert [e["type"] for e in evs] == ["other"]


# -- a massacre whose doers are aircraft, told after it --------------------------------------------------------
ARIHA = ("أريحا", "P31", "Ariha", "Idlib")
KAFRTAKHARIM = ("كفرتخاريم", "P32", "Kafr Takharim", "Idlib")
BAYDA = ("البيضا", "P33", "Al-Bayda", "Tartus")


def test_a_massacre_carried_out_by_aircraft_is_an_air_strike(ex):
    # SOHR style: the toll of «المجزرة التي ارتكبتها الطائرات الروسية»
    t = "ارتفعت حصيلة ضحايا المجزرة التي ارتكبتها الطائرات الروسية في سوق مدينة أريحا إلى 18 قتيلاً."
    evs = _run(ex, _doc(t, published="2019-11-05", places=[ARIHA], quantities=[("18", 18, 18, "قتيل")]))
    assert [(e["type"], _fig(e["fatalities"])) for e in evs] == [("airstrike", 18)]
    # civil defence style: «مجزرة نفذتها الطائرات الحربية»
    t = "وثق الدفاع المدني مقتل 9 أشخاص في مجزرة نفذتها الطائرات الحربية في بلدة كفرتخاريم."
    evs = _run(ex, _doc(t, published="2020-01-15", places=[KAFRTAKHARIM], quantities=[("9", 9, 9, "شخص")]))
    assert [(e["type"], _fig(e["fatalities"])) for e in evs] == [("airstrike", 9)]


def test_a_massacre_by_ground_forces_stays_a_toll(ex):
    # (guard) no aircraft: the massacre's dead, no strike
    t = "قتل 15 مدنياً في مجزرة ارتكبتها قوات النظام بحق عائلات في قرية البيضا."
    evs = _run(ex, _doc(t, published="2013-05-03", places=[BAYDA], quantities=[("15", 15, 15, "مدني")]))
    assert [e["type"] for e in evs] == ["casualties"]


# -- a spokesman's update on an operation going on is no statement ---------------------------------------------
TABQA = ("الطبقة", "P34", "Al-Tabqa", "Raqqa")
AFRIN = ("عفرين", "P35", "Afrin", "Aleppo")


def test_an_update_on_the_operation_going_on_is_no_statement(ex):
    # Asharq al-Awsat style: the taking, then the spokesman: the sweep goes on
    t = ("سيطرت قوات سوريا الديمقراطية على مدينة الطبقة. وأوضح المتحدث باسم القوات أن فرق الهندسة مستمرة "
         "في تمشيط الأحياء الشرقية.")
    evs = _run(ex, _doc(t, published="2017-05-11", places=[TABQA]))
    assert [e["type"] for e in evs] == ["territory_change"]
    # Anadolu style: «إن العمليات مستمرة»
    t = "أعلن الجيش التركي تحييد 12 مسلحاً في منطقة عفرين. وأكد متحدث باسم وزارة الدفاع أن العمليات مستمرة."
    evs = _run(ex, _doc(t, published="2018-02-11", places=[AFRIN], quantities=[("12", 12, 12, "مسلح")]))
    assert "statement" not in [e["type"] for e in evs]


def test_a_ministers_words_with_no_act_told_stay_a_statement(ex):
    # (guard) nothing told before: political speech
    t = "قال وزير الخارجية إن بلاده تواصل جهودها الدبلوماسية لوقف الحرب."
    evs = _run(ex, _doc(t, published="2018-02-11"))
    assert [e["type"] for e in evs] == ["statement"]


# -- munitions dropped by aircraft: the dropping verb is the strike ----------------------------------------------
TAMANAA = ("التمانعة", "P36", "Al-Tamanah", "Idlib")
LATAMNEH = ("اللطامنة", "P37", "Al-Lataminah", "Hama")
TALRIFAAT = ("تل رفعت", "P38", "Tal Rifaat", "Aleppo")
JOBAR = ("حي جوبر", "P39", "Jobar", "Damascus")
HARA2 = ("الحارة", "P40", "Al-Harra", "Daraa")


def test_munitions_dropped_by_aircraft_are_an_air_strike(ex):
    # SOHR style: the toll, then the bombs «ألقتها طائرات»
    t = "قتل خمسة مدنيين بقنابل عنقودية ألقتها طائرات روسية على بلدة التمانعة."
    evs = _run(ex, _doc(t, published="2016-02-20", places=[TAMANAA], quantities=[("خمسة", 5, 5, "مدني")]))
    assert _tf(evs) == [("airstrike", "incident", None, 5)]
    # Step style: the dropping as a masdar after «جراء»
    t = "قتل أربعة مدنيين جراء إلقاء الطيران المروحي قنابل عنقودية على بلدة اللطامنة."
    evs = _run(ex, _doc(t, published="2016-09-01", places=[LATAMNEH], quantities=[("أربعة", 4, 4, "مدني")]))
    assert _tf(evs) == [("airstrike", "incident", None, 4)]
    # North Press style: a drone drops a bomb; the bomb is the strike's means, not a blast of its own
    t = "ألقت طائرة مسيرة قنبلة على تجمع للمدنيين في بلدة تل رفعت ما أودى بحياة ثلاثة أشخاص."
    evs = _run(ex, _doc(t, published="2022-08-01", places=[TALRIFAAT], quantities=[("ثلاثة", 3, 3, "شخص")]))
    assert _tf(evs) == [("airstrike", "incident", None, 3)]
    t = "قتل ستة مدنيين بقنابل حارقة أسقطتها مروحيات النظام على حي جوبر."
    evs = _run(ex, _doc(t, published="2014-06-01", places=[JOBAR], quantities=[("ستة", 6, 6, "مدني")]))
    assert _tf(evs) == [("airstrike", "incident", None, 6)]


def test_dropping_with_no_aircraft_or_no_munition_is_no_strike(ex):
    # (guards) «ألقت القبض» is an arrest; a hand grenade thrown is a blast; leaflets are no munition
    t = "ألقت قوات الأمن القبض على ثلاثة شبان في بلدة الحارة."
    evs = _run(ex, _doc(t, published="2013-01-01", places=[HARA2], quantities=[("ثلاثة", 3, 3, "شاب")]))
    assert [e["type"] for e in evs] == ["arrest"]
    t = "ألقى شخص مجهول قنبلة يدوية على منزل في بلدة الحارة."
    evs = _run(ex, _doc(t, published="2013-01-01", places=[HARA2]))
    assert [e["type"] for e in evs] == ["explosion"]
    t = "ألقت المروحيات مناشير فوق بلدة الحارة."
    evs = _run(ex, _doc(t, published="2013-01-01", places=[HARA2]))
    assert [e["type"] for e in evs] == []


# -- «عدد الذين قضوا»: the dead counted, whatever follows the verb ----------------------------------------------
BADIA_H = ("بادية حماة", "P41", "Hama desert", "Hama")


def test_the_number_of_those_who_died_is_a_toll(ex):
    # SOHR style: the mine, then «وبهذا يرتفع عدد من قضوا … إلى 40» with no cause after the verb
    t = ("المرصد السوري: قتل راعٍ بانفجار لغم قديم في بادية حماة. وبهذا يرتفع عدد الذين قضوا منذ بداية العام في "
         "البادية إلى 40 شخصاً.")
    evs = _run(ex, _doc(t, published="2023-03-02", places=[BADIA_H], quantities=[("40", 40, 40, "شخص")]))
    assert [(e["type"], e["kind"], _fig(e["fatalities"])) for e in evs] == \
        [("explosion", "incident", None), ("casualties", "aggregate", 40)]
    # «عدد من قضوا»
    t = "ارتفع عدد من قضوا في بادية حماة منذ مطلع العام إلى 40 شخصاً."
    evs = _run(ex, _doc(t, published="2023-03-02", places=[BADIA_H], quantities=[("40", 40, 40, "شخص")]))
    assert [(e["type"], e["kind"], _fig(e["fatalities"])) for e in evs] == [("casualties", "aggregate", 40)]


# -- the means of a death opening the clause right after it -----------------------------------------------------
JIZA = ("الجيزة", "P42", "Al-Jiza", "Daraa")
TAFAS2 = ("طفس", "P43", "Tafas", "Daraa")


def test_gunfire_opening_the_clause_after_the_death_is_its_cause(ex):
    # Horan league style: «بمقتل القيادي … اليوم، برصاص مسلحين ملثمين»
    t = "أفاد موقع درعا 24 بمقتل القيادي السابق في فصيل معارض أبو خالد المسالمة اليوم، برصاص مسلحين ملثمين في بلدة طفس."
    evs = _run(ex, _doc(t, published="2020-04-16", places=[TAFAS2], dates=[("اليوم", "2020-04-16", "day")]))
    assert [e["type"] for e in evs] == ["armed_clash"]
    # Enab Baladi style: the place and time, then the gunfire
    t = "قتل شاب في بلدة الجيزة مساء أمس، برصاص مسلحين مجهولين."
    evs = _run(ex, _doc(t, published="2021-06-02", places=[JIZA]))
    assert [e["type"] for e in evs] == ["armed_clash"]
    # (guard) a force's fire stays a death
    t = "قتل ثلاثة شبان في بلدة الجيزة، برصاص قوات الأمن."
    evs = _run(ex, _doc(t, published="2012-06-02", places=[JIZA], quantities=[("ثلاثة", 3, 3, "شاب")]))
    assert [e["type"] for e in evs] == ["casualties"]
