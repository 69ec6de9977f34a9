"""Which mentions are events and how they join (issue 10, stop 21, helper mentions): sounds heard,
an official retelling, the blast that opened an assault, an attack verb describing the act just
named, intentions, acts recalled as history, two acts of one type in one sentence, assassinations,
country-wide tolls. Our own sentences in several house styles; earlier layers built by hand."""
from __future__ import annotations

import pytest

from marsad.extract.events import EventExtractor

from test_events import _doc, _fig, _run


@pytest.fixture(scope="module")
def ex():
    return EventExtractor()


def _asserted(evs):
    return [e for e in evs if e["modality"] == "asserted"]


MIDAN = ("الميدان", "P1", "Al-Midan", "Damascus", "neighbourhood")
JABLEH = ("جبلة", "P2", "Jableh", "Latakia")
AZAZ = ("اعزاز", "P3", "Azaz", "Aleppo")
KAFRNABL = ("كفرنبل", "P4", "Kafr Nabl", "Idlib")
SUKHNA = ("السخنة", "P5", "As-Sukhnah", "Homs")
BAB = ("الباب", "P6", "Al-Bab", "Aleppo")
JOBAR = ("جوبر", "P7", "Jobar", "Damascus", "neighbourhood")
AIN_TARMA = ("عين ترما", "P8", "Ein Tarma", "Rif Dimashq")
HWEIZ = ("الحويز", "P9", "Al-Hweiz", "Hama")
KAFRNBODA = ("كفرنبودة", "P10", "Kafr Nbuda", "Hama")
TAFAS = ("طفس", "P11", "Tafas", "Daraa")
BUSRA = ("بصرى الشام", "P12", "Busra al-Sham", "Daraa")
SYRIA = ("سوريا", "SY", "Syria", None, "country")
ALEPPO = ("حلب", "P13", "Aleppo", "Aleppo", "city")
SHUHAIL = ("الشحيل", "P14", "Al-Shuhayl", "Deir ez-Zor")
THIBAN = ("ذيبان", "P15", "Thiban", "Deir ez-Zor")


# -- 1. non-events ----------------------------------------------------------------------------
def test_a_sound_heard_is_no_explosion(ex):
    t = "أفاد ناشطون بسماع دوي انفجارات عنيفة في حي الميدان بدمشق مساء أمس."
    assert _run(ex, _doc(t, places=[MIDAN], dates=[("مساء أمس", "2024-03-04", "day")])) == []
    t = "تردد صوت انفجار قوي في مدينة جبلة صباح اليوم، ولم تعرف أسبابه بعد."
    assert _run(ex, _doc(t, places=[JABLEH], dates=[("صباح اليوم", "2024-03-05", "day")])) == []


def test_a_sound_heard_with_what_exploded_is_an_explosion(ex):
    t = "سُمع دوي انفجار سيارة مفخخة في ساحة مدينة اعزاز ظهر اليوم."
    evs = _run(ex, _doc(t, places=[AZAZ], dates=[("ظهر اليوم", "2024-03-05", "day")]))
    assert [(e["type"], e["place"]["surface"]) for e in _asserted(evs)] == [("explosion", "اعزاز")]
    # the cause told after the sound is the event
    t = "سمع الأهالي دوي انفجار قوي، وقالت مصادر محلية إنه ناجم عن انفجار مستودع للذخيرة قرب مدينة جبلة."
    evs = _run(ex, _doc(t, places=[JABLEH]))
    assert [(e["type"], e["trigger"]) for e in _asserted(evs)] == [("explosion", "انفجار")]
    assert evs[0]["start"] > t.index("ناجم")


def test_an_official_retelling_of_strikes_is_no_statement(ex):
    t = ("شنت مقاتلات روسية غارات على بلدة كفرنبل أمس، ما أودى بحياة ثلاثة مدنيين. وذكرت وزارة الدفاع "
         "الروسية عبر بيان أن قاذفاتها دمرت مواقع للمسلحين في المنطقة.")
    evs = _run(ex, _doc(t, quantities=[("ثلاثة", 3, 3, "مدني")], places=[KAFRNABL],
                        dates=[("أمس", "2024-03-04", "day")]))
    assert [(e["type"], _fig(e["fatalities"])) for e in _asserted(evs)] == [("airstrike", 3)]
    # SANA style: the act first, then the ministry says its forces did it
    t = ("استهدفت وحدات من الجيش تجمعات للمسلحين في محيط مدينة جبلة. وأكدت وزارة الدفاع أن قواتها "
         "قضت على عدد من الإرهابيين.")
    evs = _run(ex, _doc(t, places=[JABLEH]))
    assert "statement" not in {e["type"] for e in evs}


def test_a_political_statement_with_no_act_told_stays_a_statement(ex):
    t = "قال وزير الخارجية التركي إن قوات بلاده باقية في الشمال السوري حتى التوصل إلى حل سياسي."
    evs = _run(ex, _doc(t))
    assert [e["type"] for e in evs] == ["statement"]


def test_the_blast_that_opened_an_assault_is_that_assault(ex):
    t = ("هاجم مقاتلو التنظيم حاجزاً لقوات النظام في بادية السخنة فجر اليوم بعد تفجير عربة مفخخة عند "
         "مدخله، ودارت اشتباكات أسفرت عن مقتل تسعة عناصر.")
    evs = _run(ex, _doc(t, quantities=[("تسعة", 9, 9, "عنصر")], places=[SUKHNA],
                        dates=[("فجر اليوم", "2024-03-05", "day")]))
    assert [(e["type"], _fig(e["fatalities"]), e["place"]["surface"]) for e in _asserted(evs)] == \
        [("armed_clash", 9, "السخنة")]
    assert {m["surface"] for m in evs[0]["mentions"]} >= {"تفجير", "اشتباكات"}
    # the assault told after the blast («تلاه هجوم»)
    t = "انفجرت سيارة مفخخة عند مدخل بلدة السخنة، تلاها هجوم لمسلحين على حاجز للجيش، وقُتل جراء ذلك أربعة."
    evs = _run(ex, _doc(t, quantities=[("أربعة", 4, 4, None)], places=[SUKHNA]))
    assert [(e["type"], _fig(e["fatalities"])) for e in _asserted(evs)] == [("armed_clash", 4)]


def test_a_blast_told_beside_an_assault_without_a_tie_stays_apart(ex):
    t = ("هاجم مسلحون حاجزاً للجيش في بادية السخنة، فيما انفجرت عبوة ناسفة بآلية عسكرية في مدينة الباب.")
    evs = _run(ex, _doc(t, places=[SUKHNA, BAB]))
    assert sorted(e["type"] for e in _asserted(evs)) == ["armed_clash", "explosion"]


def test_an_attack_verb_after_an_act_noun_tells_what_it_hit(ex):
    t = "قُتل خمسة أشخاص في تفجير استهدف سوقاً شعبياً في مدينة الباب، ونسبت الشرطة الهجوم إلى خلية نائمة."
    evs = _run(ex, _doc(t, quantities=[("خمسة", 5, 5, "شخص")], places=[BAB]))
    assert [(e["type"], _fig(e["fatalities"])) for e in _asserted(evs)] == [("explosion", 5)]
    t = "أدى قصف صاروخي استهدف حي جوبر إلى إصابة سبعة مدنيين."
    evs = _run(ex, _doc(t, quantities=[("سبعة", 7, 7, "مدني")], places=[JOBAR]))
    assert [(e["type"], _fig(e["injured"])) for e in _asserted(evs)] == [("shelling", 7)]


# -- 2. modality and time ------------------------------------------------------------------------
def test_intentions_are_not_acts_that_happened(ex):
    t = ("أعلن النقيب سامر الحسن انشقاقه عن الجيش في مدينة جبلة أمس، وقال إن عشرات العسكريين يعتزمون "
         "الانشقاق خلال الأيام المقبلة.")
    evs = _run(ex, _doc(t, quantities=[("عشرات", 20, 90, "عسكري")], places=[JABLEH],
                        dates=[("أمس", "2024-03-04", "day")]))
    done = _asserted(evs)
    assert [(e["type"], e["count"]) for e in done] == [("defection", None)]
    assert [e["modality"] for e in evs if e["count"]] == ["future"]
    t = "وأضاف الضابط أن مئات المجندين ينتظرون الفرصة للفرار من قطعاتهم."
    evs = _run(ex, _doc(t, quantities=[("مئات", 200, 900, "مجند")]))
    assert _asserted(evs) == []


def test_an_act_after_since_dates_something_else(ex):
    t = ("قُتل عنصر سابق في الفصائل برصاص مجهولين في بلدة طفس أمس. وتعيش المحافظة على وقع اغتيالات "
         "متكررة منذ سيطرة قوات النظام عليها صيف 2018.")
    evs = _run(ex, _doc(t, places=[TAFAS], dates=[("أمس", "2021-06-23", "day"), ("صيف 2018", "2018", "year")],
                        published="2021-06-24"))
    assert [e["type"] for e in evs] == ["armed_clash"]  # (by the fire of gunmen: an assassination)
    # a frame of the same day is the act of the report
    t = "قُتل ستة مقاتلين منذ اندلاع الاشتباكات صباح اليوم في حي جوبر."
    evs = _run(ex, _doc(t, quantities=[("ستة", 6, 6, "مقاتل")], places=[JOBAR],
                        dates=[("صباح اليوم", "2024-03-05", "day")]))
    assert [(e["type"], _fig(e["fatalities"])) for e in _asserted(evs)] == [("armed_clash", 6)]


def test_recent_battles_recalled_name_no_incident(ex):
    t = "سلمت الفصائل جثث مقاتلين قتلوا في المعارك الأخيرة إلى قوات النظام عند معبر في مدينة حلب أمس."
    evs = _run(ex, _doc(t, places=[ALEPPO], dates=[("أمس", "2016-05-17", "day")], published="2016-05-18"))
    assert not [e for e in evs if e["type"] == "armed_clash"]


def test_an_act_dated_back_from_another_is_background(ex):
    t = ("انشق نحو عشرين عنصراً من قسد في بلدة الشحيل، وذلك بعد يومين من اشتباكات بين الطرفين في بلدة ذيبان.")
    evs = _run(ex, _doc(t, quantities=[("نحو عشرين", 20, 20, "عنصر")], places=[SHUHAIL, THIBAN]))
    got = {e["type"]: e["background"] for e in evs}
    assert got == {"defection": False, "armed_clash": True}


# -- 3. incidents ------------------------------------------------------------------------------------
def test_clashes_here_and_others_there_are_two_incidents(ex):
    t = ("دارت معارك ضارية بين فصائل المعارضة وجيش النظام في حي جوبر قتل فيها سبعة عناصر، وأخرى في "
         "بلدة عين ترما قتل فيها أربعة مقاتلين.")
    evs = _run(ex, _doc(t, quantities=[("سبعة", 7, 7, "عنصر"), ("أربعة", 4, 4, "مقاتل")], places=[JOBAR, AIN_TARMA]))
    assert [(e["type"], e["place"]["surface"], _fig(e["fatalities"])) for e in _asserted(evs)] == \
        [("armed_clash", "جوبر", 7), ("armed_clash", "عين ترما", 4)]


def test_another_unit_is_another_clash(ex):
    # SANA style: the second act names no place the first does not have
    t = ("نفذت وحدة من الجيش عملية نوعية استهدفت أوكار الإرهابيين في قرية الحويز، بينما قضت وحدة ثانية على 5 "
         "إرهابيين حاولوا التسلل باتجاه بلدة كفرنبودة.")
    evs = _run(ex, _doc(t, quantities=[("5", 5, 5, "إرهابي")], places=[HWEIZ, KAFRNBODA]))
    got = [(e["type"], _fig(e["fatalities"])) for e in _asserted(evs)]
    assert got == [("armed_clash", None), ("armed_clash", 5)]
    # «آخر» before a noun is "the last": the same act
    t = "دخلت الفصائل بلدة كفرنبودة إثر انسحاب آخر عناصر الجيش منها."
    evs = _run(ex, _doc(t, places=[KAFRNBODA]))
    assert [e["type"] for e in _asserted(evs)] == ["territory_change"]


def test_an_assassination_by_gunfire_is_an_act(ex):
    t = "اغتال مسلحون مجهولون قائداً سابقاً في الفصائل برصاص مباشر في مدينة بصرى الشام مساء أمس."
    evs = _run(ex, _doc(t, places=[BUSRA], dates=[("مساء أمس", "2024-03-04", "day")]))
    assert [(e["type"], e["place"]["surface"]) for e in _asserted(evs)] == [("armed_clash", "بصرى الشام")]
    # by a bomb it is the explosion's death
    t = "اغتيل قيادي في الفصائل بانفجار عبوة ناسفة زرعت في سيارته في بلدة طفس."
    evs = _run(ex, _doc(t, places=[TAFAS]))
    assert [e["type"] for e in _asserted(evs)] == ["explosion"]


def test_a_country_wide_daily_toll_is_an_aggregate_with_no_place(ex):
    t = "وثقت الشبكة السورية لحقوق الإنسان مقتل 38 مدنياً في سوريا يوم أمس، بينهم 12 طفلاً."
    evs = _run(ex, _doc(t, quantities=[("38", 38, 38, "مدني"), ("12", 12, 12, "طفل")], places=[SYRIA],
                        dates=[("يوم أمس", "2024-03-04", "day")]))
    assert [(e["type"], e["kind"], e["place"], _fig(e["fatalities"])) for e in evs] == \
        [("casualties", "aggregate", None, 38)]
    assert evs[0]["period"] == {"start": "2024-03-04", "end": "2024-03-04"}
    # the generic causes of the toll are no incident
    t = "قُتل 38 شخصاً اليوم في مختلف المحافظات السورية برصاص قوات الأمن والقصف، بحسب ناشطين."
    evs = _run(ex, _doc(t, quantities=[("38", 38, 38, "شخص")], dates=[("اليوم", "2024-03-05", "day")]))
    assert [(e["type"], e["kind"], _fig(e["fatalities"])) for e in evs] == [("casualties", "aggregate", 38)]


def test_deaths_of_an_act_placed_in_a_town_stay_with_it_whatever_the_country_words(ex):
    t = "قُتل ثلاثة مدنيين في سوريا اليوم جراء غارة جوية على بلدة كفرنبل."
    evs = _run(ex, _doc(t, quantities=[("ثلاثة", 3, 3, "مدني")], places=[SYRIA, KAFRNABL],
                        dates=[("اليوم", "2024-03-05", "day")]))
    assert [(e["type"], e["kind"], _fig(e["fatalities"])) for e in evs] == [("airstrike", "incident", 3)]


# -- probe set 7 causes (own sentences, other house styles) --------------------------------------
def test_a_killing_by_the_fire_of_gunmen_is_an_act(ex):
    t = "لقي مختار القرية حتفه بنيران مسلحين مجهولين في بلدة طفس مساء أمس، وفق ناشطين."
    evs = _run(ex, _doc(t, places=[TAFAS], dates=[("مساء أمس", "2024-03-04", "day")]))
    assert [(e["type"], e["place"]["surface"]) for e in _asserted(evs)] == [("armed_clash", "طفس")]
    # a force's fire is not the gunmen's: the death stays a death
    t = "قُتل شاب برصاص قوات الأمن في بلدة طفس اليوم."
    evs = _run(ex, _doc(t, places=[TAFAS], dates=[("اليوم", "2024-03-05", "day")]))
    assert [e["type"] for e in _asserted(evs)] == ["casualties"]


def test_a_tried_advance_that_cost_lives_is_a_clash(ex):
    t = ("أعلن فصيل معارض مقتل تسعة جنود من جيش النظام أثناء محاولتهم التقدم نحو قرية الحويز بريف حماة.")
    evs = _run(ex, _doc(t, quantities=[("تسعة", 9, 9, "عنصر")], places=[HWEIZ]))
    assert [(e["type"], _fig(e["fatalities"]), e["place"]["surface"]) for e in _asserted(evs)] == \
        [("armed_clash", 9, "الحويز")]


def test_refusing_to_rejoin_units_is_desertion(ex):
    t = "امتنع قرابة 60 مجنداً من أبناء بلدة طفس عن الالتحاق بقطعاتهم بعد انتهاء إجازاتهم، بحسب شبكة محلية."
    evs = _run(ex, _doc(t, quantities=[("قرابة 60", 60, 60, "مجند")], places=[TAFAS]))
    assert [(e["type"], _fig(e["count"]), e["modality"]) for e in evs] == [("desertion", 60, "asserted")]
    # joining one's unit is no desertion
    t = "عاد 60 مجنداً إلى بلدة طفس قبل الالتحاق بقطعاتهم."
    evs = _run(ex, _doc(t, quantities=[("60", 60, 60, "مجند")], places=[TAFAS]))
    assert "desertion" not in {e["type"] for e in evs}


def test_entry_deployment_and_destroyed_targets_are_acts(ex):
    t = "رصد ناشطون دخول قوات النظام إلى بلدة كفرنبودة صباح اليوم."
    evs = _run(ex, _doc(t, places=[KAFRNBODA], dates=[("صباح اليوم", "2024-03-05", "day")]))
    assert [(e["type"], e["place"]["surface"]) for e in _asserted(evs)] == [("territory_change", "كفرنبودة")]
    t = "بدأت وحدات من الجيش انتشارها في أحياء مدينة جبلة اليوم."
    evs = _run(ex, _doc(t, places=[JABLEH], dates=[("اليوم", "2024-03-05", "day")]))
    assert [e["type"] for e in _asserted(evs)] == ["reinforcement"]
    t = "قالت وزارة الدفاع إن مقاتلاتها دمرت 14 هدفاً للمسلحين قرب بلدة كفرنبل."
    evs = _run(ex, _doc(t, quantities=[("14", 14, 14, "هدف")], places=[KAFRNABL]))
    assert [(e["type"], _fig(e["count"])) for e in _asserted(evs)] == [("airstrike", 14)]
    # an operation's sum of destroyed targets tells no strike
    t = "أعلنت الوزارة أن عملية «درع الصحراء» الجوية دمرت 70 هدفاً منذ بدايتها."
    evs = _run(ex, _doc(t, quantities=[("70", 70, 70, "هدف")]))
    assert "airstrike" not in {e["type"] for e in _asserted(evs) if e["kind"] == "incident"}


def test_protesters_going_out_is_the_protest(ex):
    t = "قال ناشطون إن مئات المحتجين خرجوا في مدينة جبلة عقب صلاة الظهر مطالبين برفع الحصار عن البلدات."
    evs = _run(ex, _doc(t, quantities=[("مئات", 200, 900, "محتج")], places=[JABLEH]))
    assert [e["type"] for e in _asserted(evs)] == ["protest"]


def test_a_reason_clause_tells_no_event(ex):
    t = ("أعلن ثمانية جنود انشقاقهم في بلدة كفرنبل، احتجاجاً على قصف البلدات واعتقال المدنيين، وفق تسجيل مصور.")
    evs = _run(ex, _doc(t, quantities=[("ثمانية", 8, 8, "جندي")], places=[KAFRNABL]))
    assert [e["type"] for e in _asserted(evs)] == ["defection"]


def test_withdrawals_after_a_raid_or_a_clash(ex):
    t = "توغلت دورية في بلدة طفس واعتقلت خمسة شبان قبل أن تنسحب منها."
    evs = _run(ex, _doc(t, quantities=[("خمسة", 5, 5, "شاب")], places=[TAFAS]))
    assert [e["type"] for e in _asserted(evs)] == ["arrest"]
    t = "انسحب مقاتلو الفصائل من بلدة كفرنبودة بعد اشتباكات عنيفة قتل فيها سبعة مقاتلين."
    evs = _run(ex, _doc(t, quantities=[("سبعة", 7, 7, "مقاتل")], places=[KAFRNBODA]))
    assert [(e["type"], _fig(e["fatalities"])) for e in _asserted(evs)] == [("armed_clash", 7)]
    # a withdrawal told on its own is a territory change
    t = "انسحب جيش النظام من بلدة كفرنبودة فجر اليوم."
    evs = _run(ex, _doc(t, places=[KAFRNBODA], dates=[("فجر اليوم", "2024-03-05", "day")]))
    assert [e["type"] for e in _asserted(evs)] == ["territory_change"]


def test_an_agreement_that_dates_a_deployment_is_no_event(ex):
    t = "انتشرت قوات الشرطة في مدينة جبلة إثر اتفاق على وقف القتال بين الطرفين."
    evs = _run(ex, _doc(t, places=[JABLEH]))
    assert [e["type"] for e in _asserted(evs)] == ["reinforcement"]
    # «لم يتوصلوا بعد إلى اتفاق»: «بعد» is "yet"
    t = "قال مصدر إن الطرفين لم يتوصلا بعد إلى اتفاق بشأن مدينة جبلة."
    evs = _run(ex, _doc(t, places=[JABLEH]))
    assert [(e["type"], e["modality"]) for e in evs] == [("agreement", "negated")]


def test_the_dead_of_a_campaign_over_a_period_are_a_toll(ex):
    t = "أعلنت الوزارة القضاء على 280 إرهابياً منذ انطلاق العمليات العسكرية في ريف حماة."
    evs = _run(ex, _doc(t, quantities=[("280", 280, 280, "إرهابي")]))
    assert [(e["type"], e["kind"], _fig(e["fatalities"])) for e in evs] == [("casualties", "aggregate", 280)]


def test_a_circumstance_told_after_amid_is_no_incident(ex):
    t = "دخلت الشرطة العسكرية إلى بلدة طفس اليوم وسط انتشار لمقاتلين من الفيلق الخامس."
    evs = _run(ex, _doc(t, places=[TAFAS], dates=[("اليوم", "2024-03-05", "day")]))
    assert [e["type"] for e in _asserted(evs)] == ["territory_change"]
    # amid strikes on a place of their own: a strike of its own
    t = "سيطرت الفصائل على بلدة كفرنبودة وسط غارات مكثفة على محيط مدينة جبلة."
    evs = _run(ex, _doc(t, places=[KAFRNBODA, JABLEH]))
    assert sorted(e["type"] for e in _asserted(evs)) == ["airstrike", "territory_change"]


def test_sounds_joined_by_and_are_heard_too(ex):
    t = "تدور اشتباكات عنيفة في حي جوبر، وتسمع أصوات إطلاق الرصاص والانفجارات في المنطقة."
    evs = _run(ex, _doc(t, places=[JOBAR]))
    assert [e["type"] for e in _asserted(evs)] == ["armed_clash"]


def test_clashes_that_followed_a_blast_are_one_assault(ex):
    t = "انفجرت سيارة مفخخة عند حاجز للجيش في حي جوبر وتبعته اشتباكات عنيفة بين المسلحين والعناصر."
    evs = _run(ex, _doc(t, places=[JOBAR]))
    assert [(e["type"], e["place"]["surface"]) for e in _asserted(evs)] == [("armed_clash", "جوبر")]


def test_refusing_to_join_in_other_wordings(ex):
    t = "عصيان في بلدة طفس رفضاً للالتحاق بقطعاتهم خارج المحافظة"
    evs = _run(ex, _doc(t, places=[TAFAS]))
    assert [e["type"] for e in _asserted(evs)] == ["desertion"]
    t = "قال ناشطون إن عشرات الشبان في بلدة طفس رفضوا منذ أمس الالتحاق بقوات النظام."
    evs = _run(ex, _doc(t, quantities=[("عشرات", 20, 90, "شاب")], places=[TAFAS]))
    assert [(e["type"], _fig(e["count"])) for e in _asserted(evs)] == [("desertion", 20)]


def test_an_answer_with_fire_is_an_act_of_its_own_typed_by_its_first_weapon(ex):
    t = ("قُتل أربعة جنود في غارة جوية على موقع للجيش قرب بلدة كفرنبل صباح اليوم، وقالت الوزارة إن "
         "قواتها ردت بقصف مواقع المهاجمين بالمدفعية والطائرات المسيرة.")
    evs = _run(ex, _doc(t, quantities=[("أربعة", 4, 4, "جندي")], places=[KAFRNABL],
                        dates=[("صباح اليوم", "2024-03-05", "day")]))
    got = sorted((e["type"], _fig(e["fatalities"]), (e["place"] or {}).get("surface")) for e in _asserted(evs))
    assert got == [("airstrike", 4, "كفرنبل"), ("shelling", None, None)]


def test_an_attack_verb_after_the_strikes_and_their_agent_is_the_same_strike(ex):
    t = "قُتل ستة مدنيين في غارات لمقاتلات روسية استهدفت سوقاً في بلدة كفرنبل."
    evs = _run(ex, _doc(t, quantities=[("ستة", 6, 6, "مدني")], places=[KAFRNABL]))
    assert [(e["type"], _fig(e["fatalities"])) for e in _asserted(evs)] == [("airstrike", 6)]
    assert {m["surface"] for m in evs[0]["mentions"]} >= {"غارات", "استهدفت"}


def test_another_strike_told_verb_first_is_one_strike(ex):
    t = ("شن الطيران الحربي أربع غارات على بلدة كفرنبل صباح اليوم، ما أودى بحياة تسعة مدنيين، فيما "
         "استهدفت غارة أخرى بلدة طفس من دون وقوع ضحايا.")
    evs = _run(ex, _doc(t, quantities=[("أربع", 4, 4, "غارة"), ("تسعة", 9, 9, "مدني")], places=[KAFRNABL, TAFAS],
                        dates=[("صباح اليوم", "2024-03-05", "day")]))
    assert [(e["type"], e["place"]["surface"], _fig(e["fatalities"])) for e in _asserted(evs)] == \
        [("airstrike", "كفرنبل", 9), ("airstrike", "طفس", None)]


def test_more_act_forms(ex):
    t = "أعدم عناصر التنظيم خمسة رجال في بلدة طفس، وقال المرصد إنهم أعدموا ثلاثة آخرين في بلدة كفرنبل."
    evs = _run(ex, _doc(t, quantities=[("خمسة", 5, 5, "رجل"), ("ثلاثة", 3, 3, None)], places=[TAFAS, KAFRNABL]))
    assert [(e["type"], _fig(e["fatalities"])) for e in _asserted(evs)] == [("casualties", 5), ("casualties", 3)]
    t = "قالت مصادر محلية إن عشرات العائلات نزحت من بلدة كفرنبل هرباً من القصف."
    evs = _run(ex, _doc(t, quantities=[("عشرات", 20, 90, "عائلة")], places=[KAFRNABL]))
    assert [e["type"] for e in _asserted(evs)] == ["other"]
    t = "ذكرت الوكالة أن وحدات الجيش أحبطت محاولة تسلل لمسلحين نحو نقاط عسكرية قرب بلدة كفرنبل."
    evs = _run(ex, _doc(t, places=[KAFRNABL]))
    assert [(e["type"], e["modality"]) for e in evs] == [("armed_clash", "asserted")]
