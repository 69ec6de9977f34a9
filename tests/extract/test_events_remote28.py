"""Stop 28, helper remote: air and drone strikes, shelling and explosions in the wordings common in real
reporting (read in the pages corpus; every sentence here our own, in several house styles), and the non-events
that share their words. Whole pipeline, every span checked (piped.py)."""
from __future__ import annotations

import pytest

from piped import piped_events


def _events(pipe, text, published="2024-03-05"):
    return piped_events(pipe, text, published)


def _tpf(evs):
    return [(e["type"], (e["place"] or {}).get("surface"), (e.get("fatalities") or {}).get("low")) for e in evs]


# -- «ضرب» with a craft as its subject tells a strike, whatever it struck (no target noun needed) -----------------
@pytest.mark.parametrize("text, where, dead", [
    # Syria TV style, VSO, a market struck, the toll in the next clause
    ("ضربت طائرة حربية روسية، ظهر الأربعاء، سوق الخضار في مدينة سراقب، ما أودى بحياة تسعة مدنيين.", "سراقب", 9),
    # RT style, a feminine plural of drones
    ("ضربت مسيّرات تركية ليل الاثنين محيط قرية تل شعير جنوب القامشلي، ما تسبب بمقتل أربعة أشخاص.", "تل شعير", 4),
    # SVO, the craft told first (its subject before the verb), masculine
    ("وقال ناشطون إن الطيران الحربي ضرب بلدة كفرنبودة بعدة صواريخ، ما أدى إلى مصرع ستة مدنيين.", "كفرنبودة", 6),
])
def test_strike_verb_with_a_craft_subject(pipe, text, where, dead):
    evs = _events(pipe, text)
    assert _tpf(evs) == [("airstrike", where, dead)]


def test_a_strike_verb_of_an_aim_is_no_strike(pipe):
    # «لضرب»: a past form never takes «ل»; with it, the verbal noun of an aim inside a threat
    evs = _events(pipe, "هدد وزير الدفاع اليوم بعملية واسعة، مشيراً إلى أن مقاتلات جيشه مستعدة لضرب أي موقع في المنطقة.")
    assert [e["type"] for e in evs] == ["statement"]


# -- «ضربات» with its craft told before it, a date aside between ------------------------------------------------------
@pytest.mark.parametrize("text, where, dead", [
    # pro-government paper: «وجّه الطيران الحربي، مساء الاثنين، ضربات…»
    ("وجّه الطيران الحربي، مساء الاثنين، ضربات دقيقة على مواقع المسلحين في محيط بلدة مورك، أسفرت عن مقتل "
     "20 مسلحاً.", "مورك", 20),
    # Anadolu style, a coalition's jets, the date aside «فجر اليوم»
    ("نفذت طائرات التحالف، فجر اليوم، ضربات على مقرات التنظيم في بلدة هجين، أسفرت عن مقتل 11 عنصراً.", "هجين", 11),
])
def test_strikes_noun_after_its_craft_and_a_date_aside(pipe, text, where, dead):
    evs = _events(pipe, text)
    assert _tpf(evs) == [("airstrike", where, dead)]


# -- «صواريخ شديدة الانفجار» describes a missile; no explosion of its own -------------------------------------------
@pytest.mark.parametrize("text", [
    "استهدفت الطائرات الحربية الروسية بلدة كفرعويد بصواريخ شديدة الانفجار، ما أدى إلى سقوط ثلاثة قتلى مدنيين.",
    "قصف الطيران الحربي مدينة أريحا بصاروخين شديدي الانفجار اليوم، ما أسفر عن وقوع خمسة قتلى.",
    "شنت مقاتلات النظام غارات بالصواريخ الشديدة الانفجار على قرية البارة، ما أودى بحياة سبعة أشخاص.",
])
def test_highly_explosive_is_an_adjective(pipe, text):
    evs = _events(pipe, text)
    assert [e["type"] for e in evs] == ["airstrike"]


# -- missiles of a force that strikes from the air, the force the subject of «شنّ» before them --------------------
@pytest.mark.parametrize("text, where", [
    ("ذكرت وسائل إعلام رسمية أن إسرائيل شنّت ليل الجمعة ضربات صاروخية استهدفت مواقع قرب مدينة الكسوة.", "الكسوة"),
    ("وأضاف المصدر أن الجيش الإسرائيلي نفذ ليل أمس هجمات صاروخية على مستودعات في محيط مطار الضبعة.", "مطار الضبعة"),
    ("شن التحالف الدولي، مساء الثلاثاء، ضربات صاروخية على مقرات التنظيم في بادية الميادين.", "بادية الميادين"),
])
def test_missile_strikes_of_an_air_force(pipe, text, where):
    evs = _events(pipe, text)
    assert [(e["type"], (e["place"] or {}).get("surface")) for e in evs][:1] == [("airstrike", where)]
    assert "shelling" not in [e["type"] for e in evs]


# -- a bomb dropped by a craft is the strike's munition, its subject and a date aside between --------------------
@pytest.mark.parametrize("text, where", [
    ("القنيطرة-سانا: ألقت مسيّرة إسرائيلية، اليوم، قنبلة على خيمة قرب بلدة جباتا الخشب.", "جباتا الخشب"),
    ("ألقت محلّقة إسرائيلية، فجر الأحد، قنبلتين على جرافة في أطراف قرية الرفيد.", "الرفيد"),
    ("وألقى الطيران المروحي، مساء أمس، قنابل عنقودية على مزارع بلدة اللطامنة.", "اللطامنة"),
])
def test_dropped_bomb_is_the_strike(pipe, text, where):
    evs = _events(pipe, text)
    assert [(e["type"], (e["place"] or {}).get("surface")) for e in evs] == [("airstrike", where)]


# -- the toll told first, the strike in the «بعد أن» clause after it: one incident --------------------------------
@pytest.mark.parametrize("text, typ, where, dead", [
    ("استشهد أربعة مدنيين، بينهم امرأة، وأصيب آخرون اليوم، بعد أن أسقطت مروحية برميلين متفجرين على حي الكلاسة.",
     "airstrike", "حي الكلاسة", 4),
    ("قُتل ثلاثة عناصر من الفصائل مساء أمس بعد أن استهدفت طائرة مسيّرة سيارتهم قرب بلدة الأتارب.",
     "airstrike", "الأتارب", 3),
    ("لقي خمسة أشخاص حتفهم صباح اليوم بعدما سقطت قذائف صاروخية وسط سوق مزدحم في مدينة الباب.",
     "shelling", "الباب", 5),
])
def test_toll_before_its_strike_after_that(pipe, text, typ, where, dead):
    evs = _events(pipe, text)
    assert _tpf(evs) == [(typ, where, dead)]


def test_death_after_an_arrest_is_not_joined_to_it(pipe):
    # only remote violence is a cause told after «بعد أن»; the arrest is not the death's act
    evs = _events(pipe, "توفي شاب تحت التعذيب اليوم بعد أن اعتقلته قوات الأمن قبل شهرين في مدينة جاسم.")
    assert not any(e["type"] == "arrest" and e.get("fatalities") for e in evs)


# -- weapons acted on: downed, intercepted, defused, seized, shipped, left over, detonated by engineers -----------
@pytest.mark.parametrize("text", [
    "ذكرت وزارة الدفاع الروسية أن الدفاعات الجوية في قاعدة حميميم أسقطت، فجر اليوم، مسيّرة مجهولة المصدر فوق ريف جبلة.",
    "اعترضت الدفاعات الجوية طائرتين مسيّرتين في سماء مدينة حماة قبل وصولهما إلى أي هدف.",
    "فككت وحدات الهندسة، صباح اليوم، عبوة ناسفة زرعها مجهولون قرب جسر على طريق حمص.",
    "ضبطت قوى الأمن الداخلي شحنة صواريخ وقذائف هاون كانت معدة للتهريب في ريف البوكمال.",
    "كشف تقرير عن وصول شحنات أسلحة بينها طائرات مسيّرة إلى مطار حلب الدولي في الأشهر الأخيرة.",
    "سُمع دوي انفجارات في مدينة جبلة ليل أمس، تبين أنها ناتجة عن تفجير فرق الهندسة مخلفات حربية قديمة.",
])
def test_weapon_acted_on_is_no_act(pipe, text):
    evs = _events(pipe, text)
    assert not [e for e in evs if e["type"] in ("airstrike", "shelling", "explosion")]


@pytest.mark.parametrize("text, typ, where", [
    # the drone is the subject of a drop verb: it drops, it is not downed
    ("أسقطت طائرة مسيّرة قنبلة على تجمع لعناصر الفصائل قرب قرية كفرتعال.", "airstrike", "كفرتعال"),
    # a bomblet left by old shelling went off: the blast is an act, the shelling is not
    ("أصيب طفلان بانفجار قنبلة عنقودية من مخلفات قصف سابق قرب منزلهما في بلدة كفرزيتا.", "explosion", "كفرزيتا"),
    # a drone that destroyed a vehicle is the subject of the destroy verb, not a craft destroyed
    ("دمرت طائرة مسيّرة انتحارية آلية عسكرية على محور قرية الملاجة، وقُتل ثلاثة عناصر كانوا بداخلها.", "airstrike", "الملاجة"),
])
def test_acted_on_leaves_real_acts(pipe, text, typ, where):
    evs = _events(pipe, text)
    assert [(e["type"], (e["place"] or {}).get("surface")) for e in evs if e["type"] != "casualties"] == [(typ, where)]


# -- frames: an anniversary, accountability, a drill -------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "تمر اليوم الذكرى السنوية الخامسة لقصف الطائرات الحربية مدينة كفرنبل، الذي أودى بحياة 30 مدنياً، وسط دعوات "
    "لمحاسبة المسؤولين عن الهجوم.",
    "أحيا ناشطون في إدلب الذكرى الثالثة لمجزرة القصف بغاز السارين على مدينة خان شيخون.",
    "نفذت القوات الصاروخية، اليوم، مشروعاً عملياتياً بالذخيرة الحية أُطلقت خلاله صواريخ نحو أهداف افتراضية في البادية.",
    "اختتمت القوات البحرية مناورات بالذخيرة الحية شاركت فيها الحوامات والزوارق الصاروخية قبالة طرطوس.",
])
def test_framed_strikes_are_no_events(pipe, text):
    evs = _events(pipe, text)
    assert not [e for e in evs if e["type"] in ("airstrike", "shelling", "explosion", "casualties", "armed_clash")]


def test_a_protest_on_an_anniversary_keeps_its_place(pipe):
    evs = _events(pipe, "تظاهر مئات السوريين اليوم في مدينة إدلب إحياءً للذكرى الثانية عشرة لانطلاق الثورة.")
    assert [(e["type"], (e["place"] or {}).get("surface")) for e in evs] == [("protest", "إدلب")]


# -- «دكّ»: artillery pounding, typed by its weapon -------------------------------------------------------------------
@pytest.mark.parametrize("text, typ, where", [
    ("دكّت مدفعية الجيش التركي، ظهر الخميس، قرية أم الكيف بعشرات القذائف، وتضررت جراء ذلك بيوت عدة.",
     "shelling", "أم الكيف"),
    ("ودكت قوات النظام بالصواريخ بلدة كنصفرة جنوبي إدلب مساء أمس.", "shelling", "كنصفرة"),
    ("دكّ الطيران الحربي مواقع التنظيم في بادية السخنة بعشرات الغارات.", "airstrike", "السخنة"),
])
def test_pounding_verb(pipe, text, typ, where):
    evs = _events(pipe, text)
    assert [(e["type"], (e["place"] or {}).get("surface")) for e in evs][:1] == [(typ, where)]


# -- who struck decides: an air force named as the doer, or its adjective on the act the missiles serve -----------
@pytest.mark.parametrize("text, where", [
    # SANA style: the force's adjective on «عدوان», the missiles its means
    ("تصدت وسائط الدفاع الجوي لعدوان إسرائيلي بالصواريخ استهدف عدداً من المواقع قرب مدينة الكسوة.", "الكسوة"),
    # Syria TV style: the state as the subject of «هاجم», no weapon named
    ("هاجمت إسرائيل فجر اليوم مواقع عسكرية في محيط بلدة إزرع بريف درعا.", "إزرع"),
    # the army as the subject of «أطلق … صواريخ»
    ("أطلق الجيش الإسرائيلي صواريخ على أهداف في محيط بلدة حضر بريف القنيطرة.", "حضر"),
])
def test_an_air_force_that_struck(pipe, text, where):
    evs = _events(pipe, text)
    assert [(e["type"], (e["place"] or {}).get("surface")) for e in evs] == [("airstrike", where)]


def test_an_armed_attack_stays_a_clash(pipe):
    # armed men (not a force that strikes from the air) as the subject of «هاجم»: a ground attack
    evs = _events(pipe, "هاجم مسلحون ملثمون ليل أمس حاجزاً للأمن العام عند مدخل بلدة الصنمين.")
    assert [e["type"] for e in evs] == ["armed_clash"]


@pytest.mark.parametrize("text", [
    "طال القصف الجوي الروسي، صباح اليوم، محيط بلدة معرة مصرين بريف إدلب الشمالي.",
    "قُتل ثلاثة مدنيين في القصف الجوي الروسي على قرية البارة.",
])
def test_the_named_air_bombardment_is_an_air_strike(pipe, text):
    # «القصف الجوي الروسي» is read as an actor's name over the act word: it still tells the act's weapon
    evs = _events(pipe, text)
    assert [e["type"] for e in evs] == ["airstrike"]


# -- «دمرت» with a missile as its instrument or a weapon as its subject ---------------------------------------------
@pytest.mark.parametrize("text, typ", [
    ("دمرت فصائل المعارضة، مساء الأربعاء، دبابة تابعة لجيش النظام بصاروخ موجه على محور بلدة كبانة.", "shelling"),
    ("دمرت الجبهة الوطنية مدرعة لقوات النظام بصاروخ مضاد للدروع على أطراف قرية الفطيرة.", "shelling"),
    ("ودمرت المدفعية التركية مواقع لقسد في قرية عين عيسى.", "shelling"),
])
def test_destroy_verb_with_its_weapon(pipe, text, typ):
    evs = _events(pipe, text)
    assert [e["type"] for e in evs] == [typ]


def test_an_operations_sum_is_not_a_strike(pipe):
    evs = _events(pipe, "وأكدت الوزارة أن عملية «درع الربيع» دمرت 89 هدفاً منذ انطلاقها.")
    assert not [e for e in evs if e["type"] in ("airstrike", "shelling")]


# -- mock raids and household blasts: the words of a strike or a blast, no act -------------------------------------
@pytest.mark.parametrize("text", [
    "نفذ الطيران الحربي غارات وهمية في أجواء مدينة إدلب وخرق جدار الصوت عدة مرات.",
    "وحلقت مقاتلات روسية فوق جسر الشغور ونفذت غارتين وهميتين دون أن تستهدف أي موقع.",
    "أصيب ثلاثة أشخاص بانفجار أسطوانة غاز داخل مطعم في حي الحمدانية بحلب.",
    "انفجرت مدفأة في منزل بحي الوعر، ما أدى إلى احتراقه.",
])
def test_mock_raids_and_mishaps(pipe, text):
    evs = _events(pipe, text)
    assert not [e for e in evs if e["type"] in ("airstrike", "shelling", "explosion")]


def test_dual_raids_as_the_subject_of_strike(pipe):
    evs = _events(pipe, "ضربت غارتان جويتان مدينة سرمين ظهر اليوم، ما أودى بحياة خمسة مدنيين.")
    assert _tpf(evs) == [("airstrike", "سرمين", 5)]


# -- shells named as the weapons of a ground fight are that fight, not a bombardment -------------------------------
@pytest.mark.parametrize("text", [
    "دارت مواجهات عنيفة بين فصائل المعارضة وجيش النظام على محور كبانة، استخدمت فيها الأسلحة الثقيلة والقذائف الصاروخية، "
    "وقتل فيها ستة عناصر.",
    "هاجم عناصر التنظيم نقطة عسكرية لقوات النظام في بادية الميادين بالقذائف الصاروخية والرشاشات الثقيلة.",
    "وهاجمت مجموعة مسلحة حاجزاً للأمن العام قرب بلدة المسيفرة بقذائف آر بي جي والأسلحة الخفيفة.",
])
def test_shells_of_a_ground_fight(pipe, text):
    evs = _events(pipe, text)
    assert [e["type"] for e in evs] == ["armed_clash"]


@pytest.mark.parametrize("text, n", [
    ("وزار وزير الدفاع قاعدة مدفعية في ريف حماة واطلع على جاهزية راجمات الصواريخ.", 0),
    ("استعرضت الفصائل راجمات الصواريخ في عرض عسكري بمدينة إدلب.", 0),
    ("استهدفت قوات النظام براجمات الصواريخ بلدة كفرعويد صباح اليوم.", 1),
])
def test_rocket_launchers_fire_or_stand(pipe, text, n):
    evs = _events(pipe, text)
    assert len([e for e in evs if e["type"] == "shelling"]) == n


# -- what blew up, told right after the blast noun, is the same blast --------------------------------------------
@pytest.mark.parametrize("text, where", [
    ("قُتل ستة أشخاص بتفجير سيارتين مفخختين قرب سوق الهال في مدينة عفرين.", "عفرين"),
    ("أصيب عشرة مدنيين في انفجار عبوتين ناسفتين بسوق مدينة الباب.", "الباب"),
    ("هزّ انفجار دراجة نارية مفخخة حي الشيخ مقصود شمالي حلب مساء أمس.", "حي الشيخ مقصود"),
])
def test_the_blast_and_what_blew_up_are_one(pipe, text, where):
    evs = _events(pipe, text)
    assert [(e["type"], (e["place"] or {}).get("surface")) for e in evs] == [("explosion", where)]


# -- lemmas of the remote types (types.json `lemmas`): forms no hand list named ------------------------------------
@pytest.mark.parametrize("text, typ, where", [
    # «ضربتا»: the dual feminine subject of «ضرب» (a generated form), its craft told before it
    ("وكانت مقاتلتان روسيتان قد ضربتا صباح اليوم سوقاً في بلدة معرة مصرين.", "airstrike", "معرة مصرين"),
    # «أغارتا»: the dual of «أغار»
    ("أغارتا طائرتان حربيتان على قرية كفرسجنة ظهر اليوم.", "airstrike", "كفرسجنة"),
    # «لغمين»: the dual of «لغم» after the blast noun: one blast
    ("قتل راعيان بانفجار لغمين أرضيين في بادية تدمر.", "explosion", "بادية تدمر"),
])
def test_generated_forms_of_remote_lemmas(pipe, text, typ, where):
    evs = _events(pipe, text)
    assert [(e["type"], (e["place"] or {}).get("surface")) for e in evs] == [(typ, where)]


def test_dawn_is_not_a_detonation(pipe):
    # «فجر» (dawn) is left out of the lemma «فجّر»: «فجر اليوم» dates an act, it detonates nothing
    evs = _events(pipe, "استهدفت طائرة مسيّرة فجر اليوم سيارة على طريق بلدة الشحيل، ما أسفر عن مصرع عنصرين.")
    assert [e["type"] for e in evs] == ["airstrike"]
