"""An act's place when a coarser place and a finer one are both told (issue 10, stop 30, helper coarse): the
finer place wins when the text ties the two (a place noun right before its container, a headline's town
and the lead's region of one incident), and where fire came from is no place of the act. Our own
sentences in several house styles (monitor, local outlet, state agency, wire); the whole pipeline."""
from __future__ import annotations

import pytest

from marsad.extract.events import arguments

from piped import event_at, piped_events, type_place


# -- a place noun right before its container («في البلدة بريف X») ------------------------------------------
@pytest.mark.parametrize("text,typ,place", [
    # a local outlet's: the victim's town told as his origin, then «في البلدة» and its region
    ("قُتل الشاب سامر عدنان الحريري، وهو ينحدر من بلدة طفس، ليل الجمعة، برصاص مسلحين مجهولين قرب بيته في "
     "البلدة بريف درعا، وفق موقع محلي.", "armed_clash", "طفس"),
    # a monitor's: «قرية» then «في القرية» and a container with «في»
    ("قُتل سائق شاحنة، وهو من سكان قرية الغارية الشرقية، إثر استهدافه بالرصاص أثناء مروره في القرية بريف "
     "درعا الشرقي، وفق المرصد السوري.", "armed_clash", "الغارية الشرقية"),
    # a wire's: «أطراف المدينة» and the bearing's point
    ("أصيب 3 أطفال، وهم من أبناء مدينة سراقب، بانفجار لغم أرضي في أطراف المدينة شرقي إدلب، بحسب الدفاع "
     "المدني.", "explosion", "سراقب"),
])
def test_a_place_noun_before_its_container_is_the_town_told_before(pipe, text, typ, place):
    evs = piped_events(pipe, text)
    e = event_at(evs, place)
    assert e["type"] == typ
    assert e["place"]["kind"] == "locality"
    assert text[e["place"]["start"]:e["place"]["end"]] == place



def test_the_container_of_a_town_noun_holds_only_its_own_governorate(pipe):
    # «البلدة» cannot stand for a town of another governorate than the container after it
    text = ("وصل نازحون من بلدة كفرنبل إلى مخيمات الشمال. وقُتل شاب برصاص مجهولين في البلدة "
            "بريف درعا، ليل الجمعة.")
    evs = piped_events(pipe, text)
    assert ("armed_clash", "كفرنبل") not in type_place(evs)


# -- where the aircraft came from ---------------------------------------------------------------------------
@pytest.mark.parametrize("text,place", [
    # a state agency's: a bearing between «من اتجاه» and the town abroad
    ("ذكر مصدر عسكري أن الطيران الإسرائيلي شن بعد منتصف الليل عدواناً جوياً من اتجاه جنوب غرب طرابلس، طال مطار "
     "الشعيرات بريف حمص، وأوقع أضراراً مادية.", "مطار الشعيرات"),
    # the same agency, «من جهة جنوب» and a region abroad
    ("نفذ الطيران الإسرائيلي ضربات صاروخية من جهة جنوب الجولان المحتل، أصابت نقاطاً عسكرية قرب مدينة الكسوة، "
     "وفق مصدر عسكري.", "الكسوة"),
    # a wire's: «من فوق» the sea
    ("قال مسؤول عسكري إن طائرات حربية إسرائيلية أطلقت عدة صواريخ من فوق البحر المتوسط على مواقع في مدينة جبلة، "
     "دون الإبلاغ عن إصابات.", "جبلة"),
])
def test_where_the_aircraft_fired_from_is_not_the_strikes_place(pipe, text, place):
    evs = piped_events(pipe, text)
    assert [(t, p) for t, p in type_place(evs) if t == "airstrike"] == [("airstrike", place)]


# -- a headline's town and the lead's region: one incident, the finer place --------------------------------
@pytest.mark.parametrize("text,typ,place", [
    # a local outlet's: the headline names the town, the lead the region
    ("طفلان قتيلان بقذائف النظام على بلدة البارة\n"
     "لقي طفلان حتفهما وجرحت أمهما، ظهر الخميس، بقصف صاروخي للنظام استهدف منطقة جبل الزاوية، "
     "وفق الدفاع المدني.", "shelling", "البارة"),
    # a monitor's: the headline's village, the lead's countryside
    ("غارات روسية على قرية معرة حرمة\n"
     "نفذت مقاتلات روسية، ظهر اليوم، أربع غارات على ريف إدلب الجنوبي، فقُتل 3 مدنيين، بحسب "
     "المرصد.", "airstrike", "معرة حرمة"),
])
def test_a_headlines_town_is_not_traded_for_the_leads_region(pipe, text, typ, place):
    evs = piped_events(pipe, text)
    assert [(t, p) for t, p in type_place(evs) if t == typ] == [(typ, place)]


def test_the_learned_chooser_never_takes_a_container_of_the_rules_place():
    town = {"kind": "locality", "admin1_en": "Idlib", "country": "SYR"}
    region = {"kind": "region", "admin1_en": "Idlib", "country": "SYR"}
    other = {"kind": "region", "admin1_en": "Hama", "country": "SYR"}
    syria = {"kind": "country", "name_en": "Syria", "country": "SYR"}
    assert arguments.holds(region, town) and arguments.holds(syria, town)
    assert not arguments.holds(other, town)  # another governorate's region: not a container
    assert not arguments.holds(town, region) and not arguments.holds(region, None)


# -- a later telling by an anaphor names a place inside the lead's area ------------------------------------
@pytest.mark.parametrize("text,typ,place", [
    # a local outlet's: the lead's region, then «الاعتقالات جرت في قرية X»
    ("اعتقلت قوات الأمن العام، أمس، خمسة أشخاص في ريف حمص الغربي. وذكرت مصادر أهلية أن الاعتقالات جرت في قرية "
     "الحصن خلال حملة تفتيش.", "arrest", "الحصن"),
    # a body's statement: «الهجوم وقع على حاجز في بلدة X»
    ("أعلنت قسد مقتل 4 من عناصرها في هجوم لخلايا داعش بريف دير الزور. وقالت في بيان إن الهجوم وقع على حاجز في "
     "بلدة الصور.", "armed_clash", "الصور"),
    # a monitor's: the desert, then the point near a town
    ("قُتل 6 جنود من جيش النظام في هجوم لتنظيم داعش في بادية حمص. وذكر المرصد أن الهجوم استهدف نقطة عسكرية "
     "قرب مدينة السخنة.", "armed_clash", "السخنة"),
])
def test_an_anaphors_place_inside_the_leads_area_is_where_the_act_was(pipe, text, typ, place):
    evs = piped_events(pipe, text)
    assert [(t, p) for t, p in type_place(evs) if t == typ] == [(typ, place)]


def test_an_anaphors_place_outside_the_leads_area_is_not_taken(pipe):
    # «الهجوم» told again with a town of another governorate: not inside the lead's area, the lead's place stays
    text = ("قُتل 6 جنود من جيش النظام في هجوم لتنظيم داعش في ريف حماة الشرقي. وأضاف المصدر أن الهجوم جاء بعد "
            "أيام من هجوم مماثل في مدينة السخنة.")
    evs = piped_events(pipe, text)
    assert "السخنة" not in [p for t, p in type_place(evs) if t == "armed_clash"][:1]


# -- «ضمن مدينة "X"»: a quoted town after «ضمن» is the place, not a part of a figure --------------------------
@pytest.mark.parametrize("text,typ,place", [
    # a local outlet's: the town in straight quotes after «ضمن مدينة»
    ('قُتل وجرح أكثر من 12 مدنياً، بعد منتصف الليل، إثر انفجار شاحنة ملغمة في سوق شعبي ضمن مدينة "اعزاز" '
     'الخاضعة لسيطرة فصائل المعارضة بريف محافظة حلب الشمالي.', "explosion", "اعزاز"),
    # the same with guillemets and a village
    ("أصيب 4 مدنيين بقذائف مدفعية للنظام سقطت ظهراً على منازل ضمن قرية «كنصفرة» بجبل الزاوية، بحسب الدفاع المدني.",
     "shelling", "كنصفرة"),
    # unquoted, for comparison
    ("قُتل 3 عناصر من قوات النظام بهجوم لخلايا داعش على نقطة عسكرية ضمن بادية مدينة السخنة شرقي حمص.",
     "armed_clash", "السخنة"),
])
def test_a_quoted_town_after_within_is_the_place(pipe, text, typ, place):
    evs = piped_events(pipe, text)
    assert [(t, p) for t, p in type_place(evs) if t == typ] == [(typ, place)]


# -- a place noun in its «لـ» form («للبلدة», «للمدينة») stands for the town told before -------------------
@pytest.mark.parametrize("text,typ,place", [
    # a local outlet's: reinforcements sent «للبلدة» after a brawl in it
    ("اندلع شجار بين سكان وعناصر حاجز عسكري في بلدة بصر الحرير بريف درعا الشرقي. ودفعت قوات النظام تعزيزات "
     "عسكرية للبلدة، وسط انتشار الآليات على الطريق الواصل بين البلدة ومحافظة السويداء.", "reinforcement", "بصر الحرير"),
    # a monitor's: «الأطراف الشرقية للمدينة»
    ("تشهد مدينة الصنمين توتراً منذ أيام. وقصفت قوات النظام بالهاون الأطراف الشرقية للمدينة، ما أدى إلى مقتل 3 "
     "مدنيين.", "shelling", "الصنمين"),
    # a wire's: «المدخل الشمالي للقرية»
    ("سيطر مقاتلو العشائر على قرية الطيانة بعد معارك مع قسد. وقُتل 4 مقاتلين في اشتباكات عند المدخل الشمالي "
     "للقرية.", "armed_clash", "الطيانة"),
])
def test_a_place_noun_with_the_la_proclitic_stands_for_the_town_before(pipe, text, typ, place):
    evs = piped_events(pipe, text)
    assert (typ, place) in type_place(evs)
    e = next(e for e in evs if e["type"] == typ)
    assert e["place"]["surface"] == place


def test_the_la_form_alone_names_no_place(pipe):
    evs = piped_events(pipe, "ودفعت قوات النظام تعزيزات عسكرية للبلدة، بحسب مصادر محلية.")
    assert [e["place"] for e in evs if e["type"] == "reinforcement"] == [None]


# -- a deal's party named with its town («أعلن المجلس المحلي لمدينة X التوصل إلى اتفاق») ---------------------
@pytest.mark.parametrize("text,place", [
    # a local outlet's: the town's council speaks, the deal's content names other places
    ("أعلن المجلس المحلي لمدينة جاسم، مساء الأحد، إبرام اتفاق مع اللجنة الأمنية يقضي بنقل من يرفضون التسوية "
     "إلى إدلب.", "جاسم"),
    # a wire's: two quarters' council «في حلب»: the city is their container, the first quarter the place
    ("أعلن مجلس حيي الشيخ مقصود والأشرفية بمدينة حلب، مساء الأحد، إبرام اتفاق مع الحكومة يقضي بخروج "
     "المقاتلين إلى شرق الفرات.", "الشيخ مقصود"),
    # a correspondent's: a town's notables «في ريف X» (the rules took the region), the terms elsewhere
    ("أعلن وجهاء بلدة ذيبان في ريف محافظة دير الزور، اليوم، التوصل إلى اتفاق مع قسد يقضي بإطلاق سراح المعتقلين "
     "من سجون الحسكة.", "ذيبان"),
    # a state agency's: a reconciliation committee of a town
    ("أعلنت لجنة المصالحة في بلدة الكسوة اليوم التوصل إلى اتفاق يقضي بتسوية أوضاع المطلوبين وتسليم السلاح.",
     "الكسوة"),
])
def test_a_deals_party_named_with_its_town_places_the_deal(pipe, text, place):
    evs = piped_events(pipe, text)
    assert [p for t, p in type_place(evs) if t == "agreement"] == [place]


# -- the way a movement went by yields to where it went, across tellings -------------------------------------
@pytest.mark.parametrize("text,place", [
    # a headline's destination, the body's crossing
    ("تعزيزات تركية إلى جبل الزاوية\n"
     "دخل رتل عسكري تركي، صباح اليوم، يضم 35 آلية، عبر بوابة كفرلوسين الحدودية، بحسب مراسل محلي.", "جبل الزاوية"),
    # the crossing first, the convoy's end told again by an anaphor
    ("دخلت تعزيزات عسكرية تركية جديدة، فجر اليوم، عبر معبر كفرلوسين. وقال مصدر عسكري إن التعزيزات توجهت إلى "
     "مدينة سرمين شرقي إدلب.", "سرمين"),
    # a wire's: reinforcements «عبر» a town, then where they arrived
    ("وصلت تعزيزات للجيش الوطني عبر مدينة اعزاز. وأضاف المصدر أن التعزيزات وصلت إلى بلدة مارع لصد هجوم قسد.",
     "مارع"),
])
def test_the_way_a_movement_went_by_yields_to_where_it_went(pipe, text, place):
    evs = piped_events(pipe, text)
    assert [p for t, p in type_place(evs) if t == "reinforcement"] == [place]


# -- an act with no place goes on where the nearest sentence before that names one said ---------------------
@pytest.mark.parametrize("text,typ,place", [
    # a local outlet's: the town, a sentence of talk, then the clash
    ("شهدت مدينة طفس توتراً أمنياً منذ الصباح. وقال ناشطون إن الأهالي أغلقوا المحال التجارية وسط انتشار مسلح. "
     "واندلعت اشتباكات بين مسلحين محليين وعناصر الأمن العسكري، أسفرت عن مقتل ثلاثة عناصر.", "armed_clash", "طفس"),
    # a correspondent's: the town, a sentence of background, then the shelling with its dead
    ("عاد الهدوء الحذر إلى مدينة الصنمين صباح اليوم. وقال مراسلنا إن المحال فتحت أبوابها بعد إغلاق دام يومين. "
     "وقصفت قوات النظام مساءً بقذائف الهاون، فقتلت امرأتين وطفلاً.", "shelling", "الصنمين"),
])
def test_an_act_with_no_place_goes_on_where_the_nearest_sentence_said(pipe, text, typ, place):
    evs = piped_events(pipe, text)
    assert [(t, p) for t, p in type_place(evs) if t == typ] == [(typ, place)]


def test_no_place_is_borrowed_past_a_sentence_with_two_places(pipe):
    text = ("شهدت مدينة طفس توتراً أمنياً منذ الصباح. وقال ناشطون إن التوتر امتد إلى بلدتي اليادودة والمزيريب. "
            "واندلعت اشتباكات بين مسلحين محليين وعناصر الأمن العسكري، أسفرت عن مقتل ثلاثة عناصر.")
    evs = piped_events(pipe, text)
    assert "طفس" not in [p for t, p in type_place(evs) if t == "armed_clash"]


# -- a village the gazetteer lacks does not hide the town named after it --------------------------------------
@pytest.mark.parametrize("text,typ,place", [
    # a local outlet's: the victim's unlisted village, then the act's town and its region
    ("قُتل رجل ينحدر من قرية المقيبلة، ليل الثلاثاء، برصاص مجهولين مسلحين في مدينة نوى غرب درعا.",
     "armed_clash", "نوى"),
    # a monitor's: the same with «ينحدر من» and a bearing
    ("قُتل عنصر سابق في الفصائل ينحدر من قرية الزويرة، ليل أمس، بنيران مسلحين مجهولين في بلدة اليادودة قرب درعا.",
     "armed_clash", "اليادودة"),
    # a wire's: an arrest of people from an unlisted village in a listed town
    ("اعتقلت قوات الأمن، اليوم، خمسة شبان من سكان قرية الدلافة، خلال مداهمة في مدينة الصنمين شمال درعا.",
     "arrest", "الصنمين"),
])
def test_an_unlisted_village_named_before_does_not_hide_the_acts_town(pipe, text, typ, place):
    evs = piped_events(pipe, text)
    assert [(t, p) for t, p in type_place(evs) if t == typ] == [(typ, place)]


# -- «المدينة» in the next sentence: the people's own town, not the point of a bearing ------------------------
@pytest.mark.parametrize("text,place", [
    # a local outlet's: the protesters' town «شرقي حلب», then an activist «من المدينة» tells the arrests
    ("خرج المئات من أهالي مدينة الباب شرقي حلب، عصر اليوم، في مظاهرة احتجاجاً على رفع أسعار الخبز. وقال ناشط من "
     "المدينة إن الشرطة العسكرية فرقت المتظاهرين واعتقلت ثلاثة منهم.", "الباب"),
    # a monitor's: «أهالي بلدة X جنوبي Y», then «في البلدة»
    ("تظاهر العشرات من أهالي بلدة القريا جنوبي السويداء، ظهر اليوم. وأفاد ناشطون في البلدة بأن قوات الأمن "
     "اعتقلت أربعة من المحتجين.", "القريا"),
    # a wire's: «ينحدرون من مدينة X غرب Y», then a correspondent «في المدينة»
    ("خرج محتجون ينحدرون من مدينة سلقين غرب إدلب في وقفة احتجاجية. وأفاد مراسل محلي في المدينة بأن عناصر الأمن "
     "العام اعتقلوا خمسة من المحتجين.", "سلقين"),
])
def test_a_town_noun_in_the_next_sentence_is_the_peoples_own_town(pipe, text, place):
    evs = piped_events(pipe, text)
    assert [p for t, p in type_place(evs) if t == "arrest"] == [place]


# -- «موالية لإيران»: a backer named after an adjective of allegiance is no place ------------------------------
@pytest.mark.parametrize("text,typ,place", [
    # a local outlet's: the backer first, the base (where a force is posted) after
    ("أطلقت ميليشيات موالية لإيران، ليل الأحد، صاروخين باتجاه قاعدة حقل العمر حيث تنتشر قوات "
     "التحالف شرق دير الزور، دون إصابات.", "shelling", "قاعدة حقل العمر"),
    # a monitor's: «الميليشيات التابعة لروسيا» and a town
    ("هاجمت مجموعة من الميليشيات التابعة لروسيا، ليل أمس، مواقع لتنظيم داعش قرب مدينة السخنة، وقتلت 4 من "
     "عناصره.", "armed_clash", "السخنة"),
    # a wire's: «قوات حليفة لتركيا» shelling a village
    ("قصفت فصائل حليفة لتركيا بالمدفعية، اليوم، قرية أبو راسين بريف الحسكة، ما أدى إلى إصابة 3 مدنيين.",
     "shelling", "أبو راسين"),
])
def test_a_backer_after_an_adjective_of_allegiance_is_no_place(pipe, text, typ, place):
    evs = piped_events(pipe, text)
    assert [(t, p) for t, p in type_place(evs) if t == typ] == [(typ, place)]
