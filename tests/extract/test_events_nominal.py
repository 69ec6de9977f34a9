"""Nominal, declared and repelled events (issue 10, stop 22, helper mentions): a repelled or foiled
advance is one clash, a declared ceasefire an agreement, armed men opening fire an attack of its
own, and sorties, an «air aggression», a redeployment out of a town or tanks deployed are acts.
Our own sentences in several house styles; earlier layers built by hand."""
from __future__ import annotations

import pytest

from marsad.extract.events import EventExtractor

from test_events import _doc, _run
from test_events_mentions import _asserted


@pytest.fixture(scope="module")
def ex():
    return EventExtractor()



def _tp(evs):
    return [(e["type"], (e["place"] or {}).get("surface")) for e in _asserted(evs)]


MUZAYRIB = ("المزيريب", "P1", "Muzayrib", "Daraa")
HARASTA = ("حرستا", "P2", "Harasta", "Rif Dimashq")
DOUMA = ("دوما", "P3", "Douma", "Rif Dimashq")
NASIB = ("نصيب", "P4", "Nasib", "Daraa")
LATAMNA = ("اللطامنة", "P5", "Al-Lataminah", "Hama")
SUWAYDA = ("السويداء", "P6", "As-Suwayda", "As-Suwayda", "governorate")
KARAK = ("الكرك الشرقي", "P7", "Al-Karak al-Sharqi", "Daraa")
IDLIB = ("إدلب", "P8", "Idlib", "Idlib", "city")
MAYADIN = ("الميادين", "P9", "Al-Mayadin", "Deir ez-Zor")


# -- repelled and foiled advances ---------------------------------------------------------------
def test_a_repelled_advance_is_one_clash(ex):
    # activists' style: «تصدت أمس لتقدم القوات نحو بلدة…»
    t = "قال ناشطون إن مقاتلين محليين تصدوا أمس لتقدم جيش النظام باتجاه بلدة المزيريب."
    evs = _run(ex, _doc(t, places=[MUZAYRIB], dates=[("أمس", "2024-03-04", "day")]))
    assert _tp(evs) == [("armed_clash", "المزيريب")]
    # Halab Today style: the repelling told after the advance, with its pronoun
    t = "قصفت قوات النظام مدينة دوما اليوم، وترافق القصف مع محاولة تقدم لجيش النظام عند أطراف بلدة حرستا، تصدت لها فصائل المعارضة."
    evs = _run(ex, _doc(t, places=[DOUMA, HARASTA], dates=[("اليوم", "2024-03-05", "day")]))
    assert ("armed_clash", "حرستا") in _tp(evs) and not any(e["type"] == "territory_change" for e in evs)
    # an attempt told with «لكن … تصدت لها»
    t = "حاولت قوات النظام التقدم نحو بلدة اللطامنة صباح اليوم، لكن الفصائل تصدت لها."
    evs = _run(ex, _doc(t, places=[LATAMNA], dates=[("صباح اليوم", "2024-03-05", "day")]))
    assert _tp(evs) == [("armed_clash", "اللطامنة")]


def test_a_foiled_infiltration_is_one_clash_with_its_dead(ex):
    # SANA style: the subject between «أحبطت» and «محاولة تسلل»
    t = "أحبطت قوات الجيش محاولة تسلل مجموعة مسلحة إلى بلدة نصيب، وقتلت ثلاثة من أفرادها."
    evs = _run(ex, _doc(t, quantities=[("ثلاثة", 3, 3, "فرد")], places=[NASIB]))
    (e,) = _asserted(evs)
    assert (e["type"], e["place"]["surface"], e["fatalities"]["low"]) == ("armed_clash", "نصيب", 3)
    # an infiltration told alone is no event of its own
    t = "تسلل مسلحون إلى أطراف بلدة نصيب ليلاً."
    assert _asserted(_run(ex, _doc(t, places=[NASIB]))) == []


# -- declared ceasefire ---------------------------------------------------------------------------
def test_a_declared_ceasefire_is_an_agreement(ex):
    t = "أعلنت الرئاسة اليوم وقفاً فورياً وشاملاً لإطلاق النار في عموم محافظة السويداء."
    evs = _run(ex, _doc(t, places=[SUWAYDA], dates=[("اليوم", "2024-03-05", "day")]))
    assert _tp(evs) == [("agreement", "السويداء")]
    t = "أعلنت وزارة الدفاع الروسية عن وقف فوري لإطلاق النار في مدينة دوما لمدة خمس ساعات."
    evs = _run(ex, _doc(t, places=[DOUMA]))
    assert _tp(evs) == [("agreement", "دوما")]
    # guard: refused, it is no agreement that happened
    t = "قال الجيش إنه لن يلتزم بأي وقف لإطلاق النار في مدينة إدلب."
    assert _asserted(_run(ex, _doc(t, places=[IDLIB]))) == []


# -- armed men opening fire -----------------------------------------------------------------------
def test_armed_men_opening_fire_is_an_attack(ex):
    # Daraa network style: «مسلحين مجهولين … أطلقوا النار على … ما أدى إلى مقتل…»
    t = "أفاد ناشطون بأن مسلحين مجهولين أطلقوا مساء أمس النار على أربعة شبان في بلدة المزيريب، ما أدى لمقتل اثنين منهم."
    evs = _run(ex, _doc(t, quantities=[("أربعة", 4, 4, "شاب"), ("اثنين", 2, 2, None)], places=[MUZAYRIB],
                        dates=[("مساء أمس", "2024-03-04", "day")]))
    assert _tp(evs) == [("armed_clash", "المزيريب")]
    # the subject between the verb and «النار»
    t = "أطلق ثلاثة مسلحين النار على شاحنة زراعية قرب بلدة الكرك الشرقي، ما أودى بحياة سائقها."
    evs = _run(ex, _doc(t, places=[KARAK]))
    assert _tp(evs) == [("armed_clash", "الكرك الشرقي")]
    # guard: a force of the actor list firing on protesters is the protest's deaths, no attack
    t = "فتح عناصر الأمن النار على مظاهرة في بلدة نصيب اليوم، ما أودى بحياة أربعة أشخاص."
    evs = _run(ex, _doc(t, quantities=[("أربعة", 4, 4, "شخص")], places=[NASIB], dates=[("اليوم", "2024-03-05", "day")]))
    assert [e["type"] for e in _asserted(evs)] == ["protest"]


# -- acts named by other words --------------------------------------------------------------------
def test_sorties_air_aggression_redeployment_and_tanks(ex):
    t = "أعلنت وزارة الدفاع أن قاذفاتها نفذت أمس 20 طلعة قتالية قرب مدينة الميادين."
    assert _tp(_run(ex, _doc(t, places=[MAYADIN]))) == [("airstrike", "الميادين")]
    t = "ذكر مصدر عسكري أن العدو شن ليل أمس عدواناً جوياً بعدة صواريخ استهدف محيط مدينة دوما."
    assert _tp(_run(ex, _doc(t, places=[DOUMA]))) == [("airstrike", "دوما")]
    t = "أوضح مصدر ميداني أن قوات الجيش أعادت تموضعها خارج مدينة إدلب حرصاً على سلامة المدنيين."
    assert _tp(_run(ex, _doc(t, places=[IDLIB]))) == [("territory_change", "إدلب")]
    t = "قال ناشطون إن الجيش نشر دبابات على مداخل مدينة دوما."
    evs = _run(ex, _doc(t, places=[DOUMA]))
    assert [e["type"] for e in _asserted(evs)] == ["reinforcement"]
    assert evs[0]["reported_by"]["surface"] == "ناشطون"


# -- who fired decides the type; an act told again is the same act -------------------------------------
HAFFA = ("الحفة", "P10", "Al-Haffah", "Latakia")
TIYAS = ("مطار التيفور العسكري", "P11", "Tiyas Airbase", "Homs", "facility")
QUNEITRA = ("القنيطرة", "P12", "Quneitra", "Quneitra", "city")
UMM_KAIF = ("أم الكيف", "P13", "Umm al-Kaif", "Al-Hasakah")
KAFRNBODA = ("كفرنبودة", "P14", "Kafr Nabudah", "Hama")
HAMA_N = ("ريف حماة الشمالي", "P15", "Northern Hama countryside", "Hama", "region")
KHAN_SH = ("خان شيخون", "P16", "Khan Shaykhun", "Idlib")


def test_an_aircraft_before_the_verb_makes_an_air_strike(ex):
    # Reuters style: helicopters «أطلقت صواريخ»
    t = "قال نشطاء إن مروحيات تابعة للجيش أطلقت صواريخ نحو بلدة الحفة يوم الثلاثاء."
    assert _tp(_run(ex, _doc(t, places=[HAFFA]))) == [("airstrike", "الحفة")]
    # guard: artillery firing rockets stays shelling
    t = "قال نشطاء إن راجمات الصواريخ التابعة للجيش أطلقت صواريخ نحو بلدة الحفة."
    assert _tp(_run(ex, _doc(t, places=[HAFFA]))) == [("shelling", "الحفة")]


def test_missiles_of_an_air_force_are_an_air_strike(ex):
    # SOHR style: «ضربة صاروخية إسرائيلية طالت…»
    t = "ذكر المرصد أن عشرة عناصر قتلوا فجر اليوم بضربة صاروخية إسرائيلية طالت مطار التيفور العسكري."
    evs = _run(ex, _doc(t, quantities=[("عشرة", 10, 10, "عنصر")], places=[TIYAS]))
    assert _tp(evs) == [("airstrike", "مطار التيفور العسكري")]
    # guard: Israeli artillery is shelling
    t = "استهدفت المدفعية الإسرائيلية بقذائف صاروخية أطراف مدينة القنيطرة."
    assert _tp(_run(ex, _doc(t, places=[QUNEITRA]))) == [("shelling", "القنيطرة")]
    # guard: missiles fired from warships are no air strike
    t = "أطلقت سفن حربية إسرائيلية صواريخ على أطراف مدينة القنيطرة."
    assert _tp(_run(ex, _doc(t, places=[QUNEITRA]))) == [("shelling", "القنيطرة")]


def test_the_strike_told_again_keeps_its_type(ex):
    # Hawar style: «القصف» told again next to reconnaissance aircraft is the shelling, not a strike
    t = ("قصف الجيش التركي ليل أمس قرية أم الكيف بقذائف المدفعية الثقيلة. وأفاد مراسلنا بأن القصف ترافق مع "
         "تحليق كثيف لطائرات الاستطلاع فوق المنطقة.")
    evs = _run(ex, _doc(t, places=[UMM_KAIF]))
    assert _tp(evs) == [("shelling", "أم الكيف")]
    # Asharq al-Awsat style: the other side's claim «خلال هذه الطلعات» retells the strikes
    t = ("ذكرت مصادر أن طائرات حربية روسية نفذت أمس 30 غارة على بلدة كفرنبودة. في المقابل، أكدت "
         "موسكو أن مقاتلاتها دمرت 12 هدفاً خلال هذه الطلعات.")
    evs = _run(ex, _doc(t, quantities=[("30", 30, 30, "غارة"), ("12", 12, 12, "هدف")], places=[KAFRNBODA]))
    assert [(e["type"], e["count"]["low"]) for e in _asserted(evs)] == [("airstrike", 30)]
    # the defector's own words «إنه انشق» retell the defection told before
    t = "بث ناشطون تسجيلاً يظهر انشقاق ثمانية عسكريين في بلدة خان شيخون. وأوضح الضابط في المقطع أنه انشق لرفضه قصف المدنيين."
    evs = _run(ex, _doc(t, quantities=[("ثمانية", 8, 8, "عسكري")], places=[KHAN_SH]))
    assert [e["type"] for e in _asserted(evs)] == ["defection"]


def test_a_ground_attack_alongside_strikes_on_the_area_is_its_own_clash(ex):
    t = "نفذت طائرات روسية غارات على ريف حماة الشمالي أمس، تزامناً مع هجوم بري لجيش النظام على المنطقة."
    evs = _run(ex, _doc(t, places=[HAMA_N], dates=[("أمس", "2024-03-04", "day")]))
    assert sorted(e["type"] for e in _asserted(evs)) == ["airstrike", "armed_clash"]


MUSAYFIRA = ("المسيفرة", "P17", "Al-Musayfirah", "Daraa")
MAZZEH = ("المزة", "P18", "Mezzeh", "Damascus", "neighbourhood")
BANIYAS = ("بانياس", "P19", "Baniyas", "Tartus")


def test_a_bomb_as_the_means_makes_an_explosion(ex):
    t = "هاجم مسلحون بعبوة ناسفة سيارة عسكرية قرب بلدة المسيفرة، ما أدى لمقتل عنصرين."
    evs = _run(ex, _doc(t, quantities=[("عنصرين", 2, 2, "عنصر")], places=[MUSAYFIRA]))
    assert _tp(evs) == [("explosion", "المسيفرة")]
    # guard: an assault opened by a car bomb and fought on is a clash
    t = "هاجم عناصر التنظيم بسيارة مفخخة حاجزاً للجيش في بلدة المسيفرة، واندلعت اشتباكات عنيفة."
    assert _tp(_run(ex, _doc(t, places=[MUSAYFIRA]))) == [("armed_clash", "المسيفرة")]


def test_two_shells_and_a_neutralising_verb(ex):
    t = "سقطت قذيفتا هاون على حي المزة بدمشق صباح اليوم."
    assert _tp(_run(ex, _doc(t, places=[MAZZEH]))) == [("shelling", "المزة")]
    t = "أعلنت وزارة الدفاع أن قواتها حيّدت 12 مسلحاً قرب بلدة المسيفرة."
    evs = _run(ex, _doc(t, quantities=[("12", 12, 12, "مسلح")], places=[MUSAYFIRA]))
    assert [(e["type"], e["fatalities"]["low"]) for e in _asserted(evs)] == [("armed_clash", 12)]


def test_a_call_does_not_reach_past_another_reported_clause(ex):
    # Reuters style: the protesters' demand governs their clause, not the army's tanks told after «وإن»
    t = ("قال ناشطون إن عناصر الأمن اعتقلوا أمس عشرات الشبان في مدينة بانياس بعد مظاهرات تطالب برفع الحصار، "
         "وإن الجيش نشر دبابات حول مدينة بانياس.")
    evs = _run(ex, _doc(t, places=[BANIYAS], dates=[("أمس", "2024-03-04", "day")]))
    assert "reinforcement" in [e["type"] for e in _asserted(evs)]


SARMIN = ("سرمين", "P20", "Sarmin", "Idlib")


def test_a_figure_added_with_idafatan_ila_is_a_second_count(ex):
    # UNHCR style: two figures of returns, the second «إضافة إلى» (the whole pipeline: the first is a
    # sum since a date, which joined the second into it)
    from marsad.document import Document
    from marsad.pipeline import Pipeline

    t = ("ذكرت المفوضية السامية أن أكثر من 320 ألف لاجئ سوري رجعوا إلى سوريا منذ سقوط النظام في كانون "
         "الأول الماضي، غالبيتهم من لبنان، إضافة إلى أكثر من 600 ألف نازح داخلي رجعوا إلى قراهم وبلداتهم.")
    d = Document(t, published="2024-05-10", outlet="منصة المثال")
    Pipeline()(d)
    assert sorted(e["count"]["low"] for e in _asserted(d["events"])) == [320000, 600000]
    # guard: the injured added after a strike's dead are the same strike's
    t = "قتل خمسة مدنيين في غارة على بلدة سرمين، إضافة إلى إصابة عشرة آخرين."
    evs = _run(ex, _doc(t, quantities=[("خمسة", 5, 5, "مدني"), ("عشرة", 10, 10, None)], places=[SARMIN]))
    assert [(e["type"], e["fatalities"]["low"]) for e in _asserted(evs)] == [("airstrike", 5)]


def test_a_ceasefire_with_a_mixed_case_ending(ex):
    t = "أعلنت الرئاسة عن وقفٍ شاملاً لإطلاق النار في بلدة سرمين."
    assert _tp(_run(ex, _doc(t, places=[SARMIN]))) == [("agreement", "سرمين")]
