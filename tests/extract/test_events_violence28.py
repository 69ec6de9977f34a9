"""Killings and fighting in the wordings real reporting uses most (stop 28, issue 10, helper violence).

Families, each read from real text in the pages corpus (SOHR, Daraa 24, Deir ez-Zor 24, Suwayda 24, SNHR, Step,
North Press, SANA …) and tested here on sentences of our own in several house styles:
- a death told as «فارق الحياة»; a death told by the verbal noun with its pronoun («ما أدى إلى مقتله»);
- gunfire by unknown men told by the verbal noun («بإطلاق نار كثيف من قبل مجهولين», «أقدموا على إطلاق النار»,
  «تعرض لإطلاق النار من قبل مجهولين»), by a relative verb of firing («بعيارات أطلقها عليه مسلحون»), or in the
  clause that tells the cause after the death («فارق الحياة بعد إصابته برصاص…»): an assassination (an armed
  clash), while a force's fire stays a death;
- the killers told before a killing verb with its object pronoun («إن مسلحين خطفوه … ثم قتلوه»);
- an execution stays a death whoever did it («تصفية … أسرى ميدانياً على يد مقاتلي فصيل مسلح»);
- «من» after a noun counting people is partitive (one OF the forces), not where fire came from;
- «أفشل محاولة تقدم», «حيّد N منهم»; «من عمره» is no village.
The whole pipeline runs (tagger, places, figures, events); every span is checked (piped.py)."""
from __future__ import annotations

import pytest


from piped import piped_events as _piped, place_surface as _place


def _one(evs, typ):
    got = [e for e in evs if e["type"] == typ]
    assert len(got) == 1, evs
    return got[0]


def _dead(e):
    return (e.get("fatalities") or {}).get("low")


# -- «فارق الحياة» -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,place", [
    # SNHR: a detainee's death in a hospital after torture (a force's hand: a death)
    ("ذكرت الشبكة السورية لحقوق الإنسان أن سجيناً ينحدر من بلدة كفرنبل فارق الحياة في مشفى حماة العسكري "
     "جراء التعذيب.", "حماة"),
    # Zaman al-Wasl: a woman, the feminine verb
    ("فارقت سيدة الحياة متأثرة بجروح أصيبت بها في قصف على حي الشعار في حلب أمس.", "الشعار"),
    # local network: the plural, with its numeral
    ("فارق ثلاثة أطفال الحياة اختناقاً في حريق بمخيم للنازحين قرب بلدة أطمة شمالي إدلب.", "أطمة"),
])
def test_faraqa_al_hayat_is_a_death(pipe, text, place):
    evs = [e for e in _piped(pipe, text) if e["type"] in ("casualties", "shelling")]
    assert len(evs) == 1, evs
    assert place in _place(evs[0]), evs


def test_faraqa_needs_life(pipe):
    # «فارق» without «الحياة» is leaving: no death
    evs = _piped(pipe, "فارق الوفد الأممي مدينة حمص صباح اليوم متجهاً إلى دمشق بعد جولة على الأحياء المتضررة.")
    assert not [e for e in evs if e["type"] in ("casualties", "armed_clash")], evs


# -- «توفي/وفاة» with a cause after it -----------------------------------------------------------------------
@pytest.mark.parametrize("text,place,typ", [
    # SOHR: a torture death (a force's hand: a death)
    ("توفي معتقل من أبناء مدينة الرستن جراء التعذيب داخل سجن صيدنايا العسكري، وفق المرصد السوري.", "صيدنايا",
     "casualties"),
    # Daraa 24: the death after the wounds of unknown men's fire (an assassination)
    ("توفي شاب متأثراً بجراحه التي أصيب بها بنيران مسلحين مجهولين في بلدة اليادودة قرب درعا.", "اليادودة",
     "armed_clash"),
])
def test_tuwuffiya_with_its_cause_is_a_death(pipe, text, place, typ):
    e = _one(_piped(pipe, text), typ)
    assert place in _place(e)


def test_tuwuffiya_with_no_cause_is_no_event(pipe):
    # an obituary: no cause of violence after the verb
    evs = _piped(pipe, "توفي الشاعر السوري المعروف في منزله بدمشق عن عمر ناهز 83 عاماً بعد صراع مع المرض.")
    assert not [e for e in evs if e["type"] in ("casualties", "armed_clash")], evs


@pytest.mark.parametrize("noun", ["وفاة", "استشهاد"])
def test_a_death_noun_ends_the_source_before_it(pipe, noun):
    # SNHR: «وثقت الشبكة وفاة 14 معتقلاً …»: the death noun is no part of the source's name
    evs = _piped(pipe, f"وثقت الشبكة السورية لحقوق الإنسان {noun} 14 معتقلاً جراء التعذيب داخل السجون "
                       "خلال شهر أيار الماضي.", published="2019-06-02")
    e = _one(evs, "casualties")
    assert _dead(e) == 14 and e["kind"] == "aggregate"
    assert noun not in (e.get("reported_by") or {}).get("surface", "")


# -- the verbal noun with its pronoun ----------------------------------------------------------------------
@pytest.mark.parametrize("text,place,typ", [
    # Horan Free League: unknown men open fire, «ما أدى إلى مقتله»
    ("أطلق مجهولون مساء اليوم النار على شاب في بلدة ناحتة شرقي درعا، ما أدى إلى مقتله في الحال.",
     "ناحتة", "armed_clash"),
    # SOHR: regime forces' fire on a car, «أدى لمقتلهم»
    ("أطلقت عناصر حاجز لقوات النظام النار على سيارة عند مدخل مدينة الصنمين، ما أدى لمقتل ركابها.",
     "الصنمين", None),
    # Deir ez-Zor 24: a shell, «أسفرت عن استشهاده»
    ("سقطت قذيفة هاون على منزل رجل في حي الجورة وسط دير الزور، أسفرت عن استشهاده وإصابة زوجته.", "الجورة", None),
])
def test_death_noun_with_its_pronoun_is_read(pipe, text, place, typ):
    evs = _piped(pipe, text)
    assert any(place in (_place(e) or "") for e in evs), evs
    if typ:
        assert _one(evs, typ)


# -- gunfire by unknown men told by the verbal noun --------------------------------------------------------
@pytest.mark.parametrize("text,place", [
    # SOHR: «جراء استهدافهم بإطلاق نار كثيف من قبل مجهولين», a numeral of the dead
    ("قُتل أربعة عناصر من الفيلق الخامس اليوم جراء استهدافهم بإطلاق نار كثيف من قبل مجهولين في بلدة "
     "السهوة بريف درعا الشرقي.", "السهوة"),
    # Daraa 24: «أقدم مسلحون … على إطلاق النار»
    ("أقدم مسلحون ملثمون على إطلاق النار على قيادي سابق في فصيل معارض داخل بلدة الكرك الشرقي، مما أدى "
     "إلى مقتله.", "الكرك الشرقي"),
    # Baladi News: «تعرض لإطلاق النار من قبل مجهولين … أدى لمقتله»
    ("تعرض مختار قرية الشجرة لإطلاق النار من قبل مجهولين قرب بيته في القرية ليل الجمعة، أدى لمقتله.", "الشجرة"),
    # Step: the fire told in the clause of the cause, after the death
    ("توفي شاب في مدينة إنخل، إثر إصابته برصاص مسلحين مجهولين صباح اليوم.", "إنخل"),
])
def test_gunfire_by_unknown_men_is_an_assassination(pipe, text, place):
    evs = _piped(pipe, text)
    e = _one(evs, "armed_clash")
    assert _place(e) == place, e
    assert not [x for x in evs if x["type"] == "casualties"], evs


def test_the_numeral_of_the_dead_goes_with_the_assassination(pipe):
    evs = _piped(pipe, "قُتل أربعة عناصر من الفيلق الخامس اليوم جراء استهدافهم بإطلاق نار كثيف من قبل "
                       "مجهولين في بلدة السهوة بريف درعا الشرقي.")
    assert _dead(_one(evs, "armed_clash")) == 4


@pytest.mark.parametrize("text", [
    # the fire of a force stays a death
    "قُتل شاب في مدينة طفس إثر إصابته برصاص قوات الأمن العسكري خلال مداهمة لمنزله.",
    "قُتل مدنيان جراء إطلاق النار عليهما من قبل عناصر حاجز للفرقة الرابعة قرب بلدة المزيريب.",
])
def test_a_forces_fire_stays_a_death(pipe, text):
    evs = _piped(pipe, text)
    assert not [e for e in evs if e["type"] == "armed_clash"], evs
    assert [e for e in evs if e["type"] == "casualties"], evs


def test_a_relative_verb_of_firing_between_the_fire_and_the_men(pipe):
    # Enab Baladi: «بعيارات نارية أطلقها عليه مسلحون»
    evs = _piped(pipe, "فارق شاب في الثلاثين من عمره الحياة إثر إصابته بعيارات نارية أطلقها عليه مسلحون "
                       "ملثمون في مدينة جاسم شمال درعا.")
    e = _one(evs, "armed_clash")
    assert _place(e) == "جاسم"
    assert e["trigger"] == "فارق"


# -- the killers told before a verb with its object pronoun --------------------------------------------------
@pytest.mark.parametrize("text,place", [
    ("قالت مصادر محلية إن مسلحين اختطفوا تاجراً من بلدة الشيخ مسكين أمس ثم قتلوه وألقوا جثته قرب البلدة.",
     "الشيخ مسكين"),
    ("أفاد ذوو الشابين بأن مجهولين اعترضوا سيارتهما على طريق بلدة الحارة ثم قتلوهما ولاذوا بالفرار.", "الحارة"),
])
def test_killers_named_before_an_object_pronoun_verb(pipe, text, place):
    evs = _piped(pipe, text)
    e = _one(evs, "armed_clash")
    assert _place(e) == place


def test_a_force_before_an_object_pronoun_verb_is_no_gunmen(pipe):
    evs = _piped(pipe, "ذكر أقارب الشاب أن عناصر في الأمن العسكري اعتقلوه من منزله في بلدة داعل ثم قتلوه تحت "
                       "التعذيب.")
    assert not [e for e in evs if e["type"] == "armed_clash"], evs


# -- executions stay deaths ------------------------------------------------------------------------------
@pytest.mark.parametrize("text,place,n", [
    ("اتهمت منظمة حقوقية عناصر من فصيل مسلح بتصفية خمسة أسرى ميدانياً في قرية المزرعة بريف السويداء أمس.",
     "المزرعة", 5),
    ("أعدم مسلحون تابعون للتنظيم ثلاثة رعاة رمياً بالرصاص في بادية بلدة السخنة شرق حمص.", "السخنة", 3),
    ("وثق ناشطون تصفية أربعة شبان ميدانياً على يد مسلحين بعد أسرهم قرب بلدة الصورة الكبيرة.", "الصورة الكبيرة", 4),
])
def test_an_execution_stays_a_death(pipe, text, place, n):
    evs = _piped(pipe, text)
    assert not [e for e in evs if e["type"] == "armed_clash"], evs
    e = _one(evs, "casualties")
    assert _place(e) == place and _dead(e) == n


# -- «من» after a noun counting people is partitive ----------------------------------------------------------
@pytest.mark.parametrize("text,place", [
    ("فتح مسلحون مجهولون النار على مقاتل من قوات سوريا الديمقراطية في بلدة الكسرة، ما أدى إلى مقتله.",
     "الكسرة"),
    ("فتح مسلحون النار على أحد عناصر الأمن العام في حي الورود بمدينة جبلة، ما أدى إلى مقتله.", "الورود"),
])
def test_one_of_the_forces_is_no_origin_of_fire(pipe, text, place):
    e = _one(_piped(pipe, text), "armed_clash")
    assert _place(e) == place


def test_by_them_is_no_origin_of_fire(pipe):
    # «بإطلاق نار من قبل مسلحين في بلدة X»: «من قبل» names who fired, the town is where
    evs = _piped(pipe, "قُتل ثلاثة مدنيين إثر استهدافهم بإطلاق نار من قبل مسلحين ملثمين في بلدة المتاعية "
                       "شرقي درعا.")
    e = _one(evs, "armed_clash")
    assert _place(e) == "المتاعية" and _dead(e) == 3


def test_fire_from_positions_is_still_its_origin(pipe):
    # «من مواقعها في بلدة X»: where the fire came from is not where it fell
    evs = _piped(pipe, "أطلقت قوات النظام قذائف الهاون من مواقعها في بلدة مورك على أطراف مدينة اللطامنة.")
    assert all(_place(e) != "مورك" for e in evs), evs


# -- repelled advances and «تحييد N منهم» ----------------------------------------------------------------
@pytest.mark.parametrize("text,place,n", [
    ("أفشل الجيش الوطني محاولة تسلل لعناصر قسد على محور قرية عون الدادات، وحيّد 5 منهم.", "عون الدادات", 5),
    ("أفشلوا محاولة تقدم لجيش النظام على جبهة كبانة في جبل الأكراد فجر اليوم.", "كبانة", None),
])
def test_a_foiled_advance_is_a_clash(pipe, text, place, n):
    e = _one(_piped(pipe, text), "armed_clash")
    assert _place(e) == place
    assert _dead(e) == n


def test_his_age_is_no_village(pipe):
    # «من عمره» is an age, not the village عمرة (a Suwayda context made it one)
    evs = _piped(pipe, "السويداء: لقي رجل في الأربعينات من عمره حتفه طعناً بسكين على يد مجهولين بحي المقوس "
                       "وسط السويداء ليل أمس.")
    assert all(_place(e) != "عمره" for e in evs), evs


# -- the dead described, not a death told ---------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    # SANA (new): bodies handed over
    "سلمت الجهات المختصة جثامين القتلى إلى ذويهم في مدينة بانياس صباح اليوم بعد استكمال الإجراءات.",
    # Enab Baladi: a visit to the families of the dead
    "زار محافظ درعا ذوي الشهداء في بلدة الحراك وقدم لهم التعازي باسم الحكومة.",
    # Syria TV: a list of names
    "نشرت منظمة حقوقية أسماء الضحايا الذين تعرفت عليهم في مدينة حمص حتى الآن.",
    # Kurdish outlet: a funeral, with a figure of the dead
    "شارك الآلاف في تشييع جثامين المقاتلين الثلاثة في مدينة عامودا اليوم.",
    # Daraa 24: who the slain man was, told after his killing
    "وكان الشاب القتيل يعمل بائعاً للخضار في مدينة نوى قبل أن ينتقل إلى دمشق.",
])
def test_the_dead_described_tell_no_death(pipe, text):
    evs = _piped(pipe, text)
    assert not [e for e in evs if e["type"] in ("casualties", "armed_clash")], evs


@pytest.mark.parametrize("text,n", [
    # a toll after «عدد» stays a toll
    ("ارتفع عدد المدنيين القتلى في القصف على مدينة أريحا إلى 14 بحسب الدفاع المدني.", 14),
    ("وثق المرصد مقتل 9 عناصر، وبلغ عدد القتلى منذ بدء الهجوم على بلدة الكبينة 31 عنصراً.", 31),
])
def test_a_toll_of_the_dead_is_still_read(pipe, text, n):
    evs = _piped(pipe, text)
    assert any(n in (_dead(e), (e.get("count") or {}).get("low")) for e in evs), evs


# -- a threat to kill ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "وكان مسلحون قد هددوا الشاب قبل أيام بقتله إن لم يغادر بلدة نوى.",
    "توعدوا بتصفية كل من يتعامل مع قوات الأمن في بلدة الصورة الكبيرة، بحسب منشورات وزعت ليلاً.",
])
def test_a_threat_to_kill_is_no_killing(pipe, text):
    evs = _piped(pipe, text)
    assert not [e for e in evs if e["type"] in ("casualties", "armed_clash")], evs


@pytest.mark.parametrize("text,place", [
    ("أقدمت مجموعة مسلحة على خطف تاجر وقتله في بلدة القريا بريف السويداء.", "القريا"),
    ("قتله مسلحون مجهولون قرب بيته في بلدة اليادودة مساء أمس.", "اليادودة"),
])
def test_his_killing_by_armed_men(pipe, text, place):
    e = _one(_piped(pipe, text), "armed_clash")
    assert _place(e) == place


# -- an abduction that ends in a killing is one incident ----------------------------------------------------
@pytest.mark.parametrize("text,typ,place", [
    ("قال شقيق الضحية لموقع محلي إن مسلحين خطفوه من محله في مدينة الصنمين مساء أمس، ثم قتلوه وألقوا جثته قرب "
     "الطريق العام.", "armed_clash", "الصنمين"),
    ("أقدمت عصابة مسلحة على اختطاف سائق سيارة أجرة من بلدة شهبا وقتله بعد ساعات، بحسب شبكة محلية.",
     "armed_clash", "شهبا"),
    ("عثر أهالي بلدة المزرعة على جثة شاب مقتولاً بالرصاص على طريق زراعي، بعد يومين من اختطافه على يد مجهولين.",
     "other", "المزرعة"),
])
def test_an_abduction_ending_in_a_killing_is_one_incident(pipe, text, typ, place):
    evs = _piped(pipe, text)
    assert not [e for e in evs if e["type"] == "arrest"], evs
    e = _one(evs, typ)
    assert _place(e) == place


def test_an_abduction_alone_and_an_arrest_beside_a_killing_stay(pipe):
    evs = _piped(pipe, "اختطف مسلحون مجهولون شاباً من بلدة الكرك الشرقي أمس، وطالبوا ذويه بفدية مالية.")
    assert _one(evs, "arrest")
    evs = _piped(pipe, "اعتقلت دورية للأمن العسكري ثلاثة شبان في بلدة الحراك، وقتلت رابعاً حاول الفرار.")
    assert _one(evs, "arrest") and _one(evs, "casualties")
