"""An event's arguments on text we did not write (issue 10, stop 26): families of place and figure
errors fixed in their general form. Our own sentences, several wordings and house styles per
family, run through the whole pipeline (the gazetteer, the tagger and the quantities as shipped):
every span keeps text[start:end] == surface."""
from __future__ import annotations

import pytest

from marsad.document import Document
from marsad.extract.events.extractor import happened


def _events(pipe, text, published="2020-02-09"):
    doc = Document(text, published=published, outlet="منصة المثال")
    pipe(doc)
    for e in doc["events"]:
        assert text[e["start"]:e["end"]] == e["trigger"]
        for m in e["mentions"]:
            assert text[m["start"]:m["end"]] == m["surface"]
        if e["place"] and "start" in e["place"]:
            assert text[e["place"]["start"]:e["place"]["end"]] == e["place"]["surface"]
    return [e for e in doc["events"] if happened(e)]


def _where(evs, typ):
    return [(e["place"] or {}).get("surface") for e in evs if e["type"] == typ]


# -- a convoy is where it went: the crossing it came in by is its way, however long the aside -----
@pytest.mark.parametrize("text,where", [
    # a local outlet's: a date aside between the convoy and «من معبر»
    ("دخل رتل عسكري تركي، فجر اليوم الجمعة، من معبر كفرلوسين، وانتشر حول بلدة النيرب.", "النيرب"),
    # a state agency's: a long subject and a time aside before «من مدينة»
    ("وصلت تعزيزات عسكرية جديدة للجيش العربي السوري، صباح اليوم، من مدينة حمص، إلى محيط بلدة مورك.", "مورك"),
    # a monitor's: a route after a time aside
    ("المرصد السوري: دخلت أرتال تركية جديدة، ليل الأربعاء، عبر معبر باب الهوى، وتمركزت في محيط بلدة سرمين.",
     "سرمين"),
    # a wire's: a convoy entering from a crossing, its destination joined by «واتجهت»
    ("دخلت قافلة للقوات الأمريكية، مساء أمس الأحد، من معبر الوليد الحدودي، واتجهت إلى بلدة رميلان.", "رميلان"),
])
def test_a_convoy_is_where_it_went_not_its_crossing(pipe, text, where):
    assert _where(_events(pipe, text), "reinforcement") == [where]


# -- a sum told over a list of areas has no single place ------------------------------------------
@pytest.mark.parametrize("text,typ", [
    # a rights network's monthly report: three governorates
    ("وثّقت الشبكة السورية لحقوق الإنسان مقتل 96 مدنياً خلال شهر حزيران في محافظات درعا وإدلب وحلب، "
     "بينهم 20 طفلاً.", "casualties"),
    # a monitor's: a toll since the start of the month over two governorates
    ("المرصد السوري: قتل 240 شخصاً منذ مطلع الشهر الجاري في محافظتي دير الزور والرقة بهجمات متفرقة.",
     "casualties"),
    # a local outlet's: a week's arrests
    ("أحصى مكتب توثيق محلي اعتقال 63 شخصاً خلال الأسبوع الماضي في محافظتي الحسكة والرقة، وفق ما أوردت "
     "عنب بلدي.", "arrest"),
    # a month's toll with no period word: still a sum over two governorates
    ("وثّقت الشبكة مقتل 150 مدنياً في شهر آب في محافظتي حلب وإدلب.", "casualties"),
])
def test_a_sum_over_a_list_of_governorates_has_no_place(pipe, text, typ):
    evs = [e for e in _events(pipe, text) if e["type"] == typ]
    assert [(e["kind"], e["place"]) for e in evs] == [("aggregate", None)]


@pytest.mark.parametrize("text,typ,where", [
    # guard: a cause told over two governorates before the figure: its first area, as before
    ("دفع التصعيد الأخير في محافظتي إدلب وحلب أكثر من 500 ألف شخص إلى النزوح خلال الشهر الماضي.", "other",
     ["إدلب"]),
    # guard: one act told for two villages is one event per village
    ("نفذت مقاتلات روسية غارات على بلدتي كفرنبل وحاس في ريف إدلب الجنوبي.", "airstrike", ["كفرنبل", "حاس"]),
])
def test_a_list_that_is_no_sums_area_keeps_its_places(pipe, text, typ, where):
    assert _where(_events(pipe, text), typ) == where


# -- where a share of a sum fell is a breakdown, not the sum's place --------------------------------
@pytest.mark.parametrize("text", [
    # a rights network's: the share of one perpetrator, most of it in one governorate
    "سجّلت الشبكة مقتل 140 مدنياً طوال شهر آب في عموم سوريا، بينهم 25 طفلاً، محمّلة قوات النظام "
    "المسؤولية عن مقتل 90 منهم، سقط معظمهم في محافظة درعا.",
    # a rights group's, relayed
    "قالت منظمة حقوقية إنها وثقت مقتل 88 شخصاً في سوريا خلال حزيران الماضي، وحمّلت الطيران الروسي مسؤولية "
    "مقتل 50 منهم، قضى أغلبهم في ريف إدلب الجنوبي.",
    # a monitor's
    "وثّق المرصد مقتل 64 مدنياً في عموم البلاد خلال الأسبوع الماضي، قتلت القوات الحكومية 30 منهم، سقط جلهم "
    "في محافظة حماة.",
])
def test_where_most_of_a_sum_fell_is_not_the_sums_place(pipe, text):
    evs = [e for e in _events(pipe, text) if e["type"] == "casualties" and e["kind"] == "aggregate"]
    assert len(evs) == 1 and (evs[0]["place"] or {}).get("kind") in (None, "country")


# -- «في المنطقة»: an act in the area is in the one town its region was named as the container of --
@pytest.mark.parametrize("text,typ,where", [
    # a state channel's: an incursion into a village, then arrests «in the area»
    ("توغلت قوة إسرائيلية صباح اليوم في قرية كودنة بريف القنيطرة الجنوبي، واعتقلت أربعة شبان أثناء عملهم في "
     "أراضيهم الزراعية في المنطقة.", "arrest", ["كودنة"]),
    # a monitor's: gunmen in a village, shots at homes «in the area»
    ("المرصد السوري: انتشرت مجموعات مسلحة في قرية الصورة الكبيرة بريف السويداء الغربي، وأطلقت النار على منازل "
     "المدنيين في المنطقة، ما أودى بحياة ثلاثة أشخاص.", "casualties", ["الصورة الكبيرة"]),
    # an opposition site's: defectors who joined the factions «in the area»
    ("ظهر 14 عنصراً من حاجز في بلدة صيدا بريف درعا الشرقي، في مقطع فيديو نشره ناشطون، معلنين انشقاقهم عن "
     "جيش النظام والتحاقهم بفصائل المعارضة في المنطقة.", "defection", ["صيدا"]),
    # guard: reinforcements sent TO the area go to the region the village was placed in
    ("ذكرت مديرية الأمن أن 9 عناصر قتلوا في كمين قرب قرية بيت ياشوط في ريف جبلة، وأشارت إلى أن تعزيزات أمنية "
     "أُرسلت إلى المنطقة.", "reinforcement", ["ريف جبلة"]),
])
def test_an_act_in_the_area_is_in_the_town_its_region_holds(pipe, text, typ, where):
    assert _where(_events(pipe, text), typ) == where


# -- «… 18 عنصراً …، معلنين انشقاقهم»: the figure a clause before the act noun that is theirs ---------
@pytest.mark.parametrize("text,n", [
    # an opposition site's: a dateline, the verb before the figure, a participle of declaring
    ("أورينت نت - ظهر 18 شرطياً من مركز الشرطة في بلدة المسيفرة، بينهم رقيب أول، في مقطع فيديو بثه ناشطون "
     "اليوم، معلنين انشقاقهم عن النظام.", 18),
    # a wire's: «يعلنون فيه انشقاقهم» after a flight
    ("قال ناشطون إن عشرة عسكريين هربوا من نقطة تفتيش على أطراف بلدة بنش، ثم ظهروا في مقطع مصور يعلنون فيه "
     "انشقاقهم.", 10),
    # a local outlet's: no dateline
    ("ظهر 14 عنصراً من حاجز في بلدة صيدا بريف درعا الشرقي، في مقطع فيديو نشره ناشطون، معلنين انشقاقهم عن "
     "النظام.", 14),
    # a monitor's: «مؤكدين»
    ("حلب - خرج 23 مجنداً من ثكنة هنانو في مدينة حلب، بينهم ضابطان، مؤكدين انشقاقهم عن جيش النظام، بحسب "
     "ناشطين.", 23),
])
def test_a_figure_before_a_participle_counts_their_defection(pipe, text, n):
    evs = [e for e in _events(pipe, text) if e["type"] == "defection"]
    assert [(e["count"] or {}).get("low") for e in evs] == [n]


# -- «ثمانية براميل متفجرة»: barrel bombs counted with a numeral of 3-10 are the strike's figure ------
@pytest.mark.parametrize("text,n", [
    # a monitor's
    ("المرصد السوري: ألقى الطيران المروحي سبعة براميل متفجرة استهدفت أحياء بلدة إبطع صباح اليوم.", 7),
    # a local outlet's: digits
    ("ألقت طائرات النظام المروحية 5 براميل متفجرة على بلدة الهبيط بريف إدلب الجنوبي، بحسب مراسلنا.", 5),
    # a wire's: the barrels as the means
    ("قال ناشطون إن الطيران المروحي استهدف مدينة داريا بأربعة براميل متفجرة.", 4),
])
def test_barrel_bombs_counted_are_the_strikes_figure(pipe, text, n):
    evs = [e for e in _events(pipe, text) if e["type"] == "airstrike"]
    assert [(e["count"] or {}).get("low") for e in evs] == [n]


def test_a_barrel_of_oil_is_still_a_measure(pipe):
    doc = Document("ينتج الحقل 3000 برميل من النفط يومياً.", published="2020-01-01")
    pipe(doc)
    assert [(q["low"], q.get("unit")) for q in doc["quantities"]] == [(3000, "barrel")]


# -- «قرية X المجاورة»: a village the gazetteer lacks, next to the town named before ----------------
@pytest.mark.parametrize("text,typ,where", [
    # a monitor's: a parallel story after «فيما»
    ("سيطرت قوات النظام على بلدة كفرنبودة، فيما تدور اشتباكات عنيفة على أطراف قرية أبو صفيان المجاورة.",
     "armed_clash", "أبو صفيان"),
    # a local outlet's: a second strike «القريبة»
    ("قصفت المدفعية مدينة نوى، كما استهدفت بلدة أم الخرز القريبة بعدة قذائف.", "shelling", "أم الخرز"),
    # a state agency's: the next sentence
    ("أعادت وحدات من الجيش الأمن إلى مدينة الصنمين. واشتبكت الوحدات مع مسلحين في قرية تل الزعتر المجاورة.",
     "armed_clash", "تل الزعتر"),
])
def test_a_neighbouring_village_the_gazetteer_lacks_is_the_place(pipe, text, typ, where):
    assert where in _where(_events(pipe, text), typ)


def test_a_description_alone_is_still_no_name(pipe):
    # guard: «قرية صغيرة» names nothing; the region is the place
    assert _where(_events(pipe, "داهمت دورية أمنية قرية صغيرة في ريف حمص."), "arrest") == ["ريف حمص"]


# -- deserters who fled FROM their units deserted where the units are -----------------------------
@pytest.mark.parametrize("text,where", [
    # activists relayed by a wire: a month's flight from units in a region
    ("ذكر ناشطون أن 35 مجنداً ينحدرون من محافظة السويداء هربوا خلال الشهر الفائت من قطعاتهم العسكرية الموجودة "
     "في ريف درعا الشمالي.", "ريف درعا الشمالي"),
    # local sources
    ("قالت مصادر محلية إن 18 جندياً من أبناء مدينة طفس فروا من وحداتهم العسكرية في ريف اللاذقية خلال الأيام "
     "الماضية.", "ريف اللاذقية"),
    # guard: those who did not go back to their units deserted at home (units_elsewhere)
    ("تخلف 30 شاباً من سكان بلدة المسيفرة عن العودة إلى قطعاتهم العسكرية في ريف حماة.", "المسيفرة"),
])
def test_deserters_who_fled_their_units_deserted_there(pipe, text, where):
    assert _where(_events(pipe, text), "desertion") == [where]


# -- «قرية علي X»: a village name that folds like the preposition «على» is still a name --------------
@pytest.mark.parametrize("text,typ,where", [
    # a Kurdish agency's: a junction by a village west of the town
    ("ضربت مسيّرة تركية عربة عند قرية علي فرو في ريف قامشلو، ما أسفر عن مقتل شخصين.", "airstrike", "علي فرو"),
    # local sources: an assassination
    ("ذكرت مصادر محلية أن مجهولين اغتالوا مختار قرية علي صفوان غربي مدينة الحسكة.", "armed_clash",
     "علي صفوان"),
    # a dateline and a bearing
    ("هاوار: قصفت مسيّرة تركية منزلاً داخل قرية علي داوود شرقي مدينة القامشلي، ما تسبب بجرح طفلين.",
     "airstrike", "علي داوود"),
])
def test_a_village_named_ali_is_a_name_not_a_preposition(pipe, text, typ, where):
    assert _where(_events(pipe, text), typ) == [where]


# -- «المدينة/البلدة» standing for the one town the sentence named, inside its source ----------------
@pytest.mark.parametrize("text,typ,where", [
    # activists in the town
    ("قال ناشطون في بلدة سراقب إن الطائرات الحربية نفذت غارتين على أطراف البلدة.", "airstrike", "سراقب"),
    # activists, the quarters of the city
    ("قال ناشطون في مدينة دوما إن قوات النظام قصفت أحياء المدينة بأكثر من 20 قذيفة.", "shelling", "دوما"),
    # medical sources
    ("قالت مصادر طبية في بلدة الأتارب إن طفلين قتلا بقصف مدفعي على أطراف البلدة.", "shelling", "الأتارب"),
])
def test_the_town_noun_stands_for_the_town_named_in_the_source(pipe, text, typ, where):
    assert _where(_events(pipe, text), typ) == [where]


def test_where_a_reporter_is_posted_is_still_not_the_place(pipe):
    # guard: a town named only with the reporter, no town noun standing for it
    evs = _events(pipe, "بحسب مراسل شبكة شام في حماة، قصفت قوات النظام بلدة اللطامنة.")
    assert _where(evs, "shelling") == ["اللطامنة"]


# -- «12 مدنياً بينهم أطفال في مدينة X»: a part told by its noun alone leaves the place to the whole ---
@pytest.mark.parametrize("text,typ,where", [
    # a wire's
    ("قتلت غارات روسية 12 مدنياً بينهم أطفال في مدينة أريحا.", "airstrike", "أريحا"),
    # a rights group's: a quarter in its city, the source after
    ("قتلت ضربات جوية يعتقد أنها للتحالف الدولي 19 مدنياً بينهم أطفال في حي البدو بالرقة، بحسب ناشطين.",
     "airstrike", "البدو"),
    # a local outlet's: an arrest
    ("اعتقلت قوات الأمن 20 شاباً بينهم طلاب جامعيون في حي كرم الزيتون بمدينة حمص.", "arrest", "حي كرم الزيتون"),
])
def test_a_place_after_a_bare_part_is_the_wholes(pipe, text, typ, where):
    assert _where(_events(pipe, text), typ) == [where]


def test_a_share_of_a_part_still_has_its_own_place(pipe):
    # guard: «سقط معظمهم في …» is where most of them fell, not the toll's place
    evs = [e for e in _events(pipe, "وثق المرصد مقتل 40 مدنياً بينهم أطفال سقط معظمهم في مدينة دوما.")
           if e["type"] == "casualties"]
    assert [e["place"] for e in evs] == [None]


# -- a figure before its verb with an aside of who says so between them ----------------------------
@pytest.mark.parametrize("text,typ,n", [
    # local sources relayed, «وفق ما أكده …»
    ("أفادت مصادر محلية بأن 40 عنصراً من الفرقة الرابعة، وفق ما أكده ناشطون، انشقوا عن قوات النظام في ريف دمشق.",
     "defection", 40),
    # a wire's «بحسب»
    ("قالت مصادر إن 25 عنصراً من الفرقة الرابعة، بحسب ناشطين، انشقوا عن قوات النظام.", "defection", 25),
    # a monitor's, a toll: «على ما أفاد مسعفون»
    ("ذكر المرصد أن 11 مدنياً، على ما أفاد مسعفون، قتلوا بغارة على بلدة كفرنبل.", "airstrike", 11),
])
def test_a_source_aside_is_no_distance_between_a_figure_and_its_verb(pipe, text, typ, n):
    evs = [e for e in _events(pipe, text) if e["type"] == typ]
    assert [((e["count"] or {}).get("low"), (e["fatalities"] or {}).get("low")) for e in evs] in \
        ([(n, None)], [(None, n)], [(n, n)])


# -- «أعلن 9 عناصر …، في بيان مصور، انشقاقهم»: the verb's subject counts the act noun it declares -----
@pytest.mark.parametrize("text,n", [
    # a local outlet's
    ("أعلن 9 عناصر من شرطة بلدة طفس، في بيان مصور، انشقاقهم عن النظام.", 9),
    # activists: an aside with a verb of its own
    ("أعلن 14 عسكرياً من اللواء 61 في مدينة نوى، عبر تسجيل مصور نشره ناشطون، انشقاقهم عن جيش النظام.", 14),
    # a coordination committee's
    ("أعلن 6 مجندين من الفرقة 17، في مقطع مصور بثته تنسيقية المدينة، انشقاقهم عن جيش النظام في الرقة.", 6),
])
def test_the_subject_of_a_declaring_verb_counts_their_defection(pipe, text, n):
    evs = [e for e in _events(pipe, text) if e["type"] == "defection"]
    assert [(e["count"] or {}).get("low") for e in evs] == [n]


# -- a distribution by place after a sum («9 في محافظة درعا، و6 في دير الزور») is a breakdown -------
@pytest.mark.parametrize("text,n", [
    # a monitor's daily toll
    ("وثق المرصد السوري مقتل 27 شخصاً في مناطق مختلفة من سوريا خلال الـ24 ساعة الماضية، توزعوا على "
     "النحو التالي: 9 في محافظة درعا، و6 في دير الزور، و5 في ريف حلب.", 27),
    # a rights network's month
    ("أحصت الشبكة مقتل 64 مدنياً خلال الشهر الماضي، 20 منهم في إدلب و15 في حلب.", 64),
    # a local outlet's week (the parts, still told as events of their own, are another matter)
    ("سجّل مكتب توثيق محلي اعتقال 45 شخصاً خلال الأسبوع الماضي، توزعوا على النحو الآتي: 12 في مدينة الحسكة، و8 "
     "في القامشلي.", 45),
])
def test_where_parts_of_a_sum_fell_is_not_its_place(pipe, text, n):
    evs = [e for e in _events(pipe, text) if e["kind"] == "aggregate" and (e["count"] or {}).get("low") == n]
    assert len(evs) == 1 and (evs[0]["place"] or {}).get("kind") in (None, "country")


# -- «على النحو الآتي: 12 في X، و8 في Y»: the parts of a distribution are a breakdown, not events -----
@pytest.mark.parametrize("text,n", [
    # a local documentation office's week
    ("سجّل مكتب توثيق محلي اعتقال 45 شخصاً خلال الأسبوع الماضي، توزعوا على النحو الآتي: 12 في مدينة الحسكة، "
     "و8 في القامشلي.", 45),
    # a rights network's month
    ("أحصت الشبكة السورية مقتل 52 مدنياً خلال شهر أيار، وجاءت الحصيلة على النحو الآتي: 20 في إدلب، و18 في "
     "حماة، و14 في حلب.", 52),
    # a monitor's
    ("وثّق المرصد اعتقال 30 شخصاً منذ مطلع الشهر، موزعين على النحو الآتي: 17 في ريف دمشق و13 في درعا.", 30),
])
def test_the_parts_of_a_distribution_are_no_events(pipe, text, n):
    evs = _events(pipe, text)
    assert [((e["count"] or {}).get("low"), e["place"]) for e in evs] == [(n, None)]


# -- «الفوج 46 المتمركز قرب بلدة X»: a unit named as a place is where the text says it is stationed ---
@pytest.mark.parametrize("text,where", [
    # activists: a regiment near a town
    ("انشق 7 عناصر عن الفوج 46 المتمركز قرب بلدة خان العسل بريف حلب الغربي، بحسب ناشطين.", "خان العسل"),
    # a coordination committee's: a division near a city
    ("ذكرت تنسيقية المدينة أن 9 جنود فروا من الفرقة 17 المتمركزة قرب مدينة الرقة وأعلنوا انشقاقهم.", "الرقة"),
    # an officer's video: a regiment in a region
    ("أعلن ملازم أول انشقاقه عن الفوج 46 المتمركز في ريف حلب الغربي، في تسجيل مصور.", "ريف حلب الغربي"),
])
def test_a_unit_is_where_it_is_stationed(pipe, text, where):
    assert _where(_events(pipe, text), "defection") == [where]


def test_a_unit_named_alone_is_still_its_base(pipe):
    # guard: no place of stationing told: the base the gazetteer lists is the most specific place
    assert _where(_events(pipe, "انشق 5 عناصر من الفوج 46 غربي حلب."), "defection") == ["الفوج 46"]


# -- an incident told over a list of governorates keeps no place, whatever the learned chooser prefers --
@pytest.mark.parametrize("text,typ", [
    # a wire's: a day's toll
    ("قتل 12 شخصاً اليوم في محافظتي درعا والسويداء بحوادث أمنية متفرقة.", "casualties"),
    # a state agency's: arrests
    ("اعتقلت قوات الأمن 25 شخصاً أمس في محافظتي حمص وحماة.", "arrest"),
    # a local outlet's: three governorates
    ("أفاد مراسلنا بمقتل 9 أشخاص اليوم في محافظات إدلب وحلب وحماة جراء حوادث متفرقة.", "casualties"),
])
def test_an_incident_over_a_list_of_governorates_has_no_place(pipe, text, typ):
    evs = [e for e in _events(pipe, text) if e["type"] == typ]
    assert [e["place"] for e in evs] == [None] and all("_no_place" not in e for e in evs)


def test_one_governorate_is_still_the_place(pipe):
    # guard
    assert _where(_events(pipe, "اعتقلت قوات الأمن 25 شخصاً أمس في محافظة حمص."), "arrest") == ["حمص"]
