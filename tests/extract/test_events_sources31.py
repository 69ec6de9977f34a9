"""Who says so (stop 31, issue 10, helper sources), on our own sentences in several house styles, run through the
whole pipeline (piped.py checks every span: text[start:end] == surface).

Families, each with cases from at least three sets of writers who read no code:
- a next sentence whose source comes back to the lead with details but no act of its own: a place or a figure
  there (where the wounded were taken, whence the victim came) is a detail of the lead, not news of its own, so
  the source is the lead's (sets 40, 43, 46, 52, 53, 58).
- a fronted phrase closed by a comma with no «و» («في المقابل،», «في سياق متصل،», «من جهة أخرى،») opens a sentence
  that goes on with the report closed by a source before it, as «وفي …» does (sets 45, 58; with «و» the rule's
  cases are in the README's stop-30 table).
- a source's span never runs on past the outlet it spoke to when that outlet is named by its head with the
  article («مصدر عسكري للقناة إن…»: before, the span took «للقناة إن»; sets 52, and the wording's shape in 40, 42).
- people announcing their own act («أعلن العقيد فلان انشقاقه») are not its source when the text names another who
  confirms or tells it: a source closing the sentence, one joined later in it, or the next sentence's coming back
  to it (sets 1, 13, 18, 57). A force or a body announcing its own act stays its own source (sets 7-10, 14, 18,
  43, 52, 58 name it so).
- a tagger's name never runs over «أن/إن» (set 59 ef32: «بيان للاتحاد أن القيود الجديدة» tagged one ORG): the
  source ends before «that». Pinned on hand-built layers (the tagger's run-long span is the input).
- a party that reached or signed a deal is not its source («توصلت اللجنة … إلى اتفاق مع ضباط اللجنة الأمنية
  التابعة للنظام» gave «نظام»); one that announced it is («اتفاق أعلنته الوزارة»). Sets 31, 53, 58, 59.
- sources joined by «و» are one source, the span holds both («قال ناشطون وشهود عيان», «قال سكان وناشطون», «قال
  مقاتلو المعارضة والمرصد السوري لحقوق الإنسان»): before, the span stopped at the first (sets 7, 8, 38, 52, 59).
- an act named in passing in a later sentence, under a preposition of time or cause («… اعتقلت أربعة يشتبه
  بتورطهم في الهجوم», «… استقدمت تعزيزات بعد الهجوم»), does not make that sentence's source the act's (sets 41, 45,
  47): before, the next sentence's source carried back, or the act took it from its mention there.
- two gaps in the reporting verbs' paradigms (cues.json): «دان» beside «دانت/أدان/أدانت» (set 60 eg02: «دان الائتلاف
  … ما وصفه بالمجزرة»), and «يقدّر/تقدّر» + a subject beside «قدر/قدرت» (sets 28 cv54, 59 ef15: «وتقدر الأمم المتحدة
  أن …» — before, a continuation verb that kept the source before it, or the outlet).
- a sentence with no source of its own goes on with a report opened by a verb (not only a reporter's) when its first
  act is of a kind that report told, the lead it came back to included («قال ناشطون إن … . وفي مدينة نوى، خرجت
  مظاهرة …», «وأفاد مصدر أمني بأن … . كما اعتقلت …»; events_probe README, Source). Sets 56, 57.
- how a source spoke is no body it belongs to: «مصدر عسكري في تصريح», «مسؤول محلي في بيان» (the «في + body» rule
  took the document for a body; sets 6, 13, 18, 56).
"""
from __future__ import annotations

import pytest

from marsad.document import Document
from marsad.extract.events import EventExtractor
from piped import event_at as _at
from piped import piped_events
from piped import source_surface as _src


def _span_ok(text: str, e: dict) -> None:
    rb = e["reported_by"] or {}
    assert "start" in rb, rb
    assert text[rb["start"]:rb["end"]] == rb["surface"]


# -- a next sentence with details and no act of its own reports the lead -------------------------------------------
@pytest.mark.parametrize("text, place, source", [
    # where the victim came from (a Sweida page's style)
    ("خطف مسلحون مجهولون، مساء أمس، تاجراً على طريق السويداء – درعا قرب بلدة القريا. وقال مصدر أهلي إن التاجر "
     "ينحدر من مدينة شهبا ويعمل في نقل الخضار.", "القريا", "مصدر أهلي"),
    # whence the men came, told by an activist (a Daraa network's style)
    ("اعتقلت دورية للأمن العسكري شابين على حاجز قرب مدينة الصنمين. وأوضح ناشط إعلامي أن الشابين ينحدران من قرية "
     "عقربا في ريف دمشق.", "الصنمين", "ناشط إعلامي"),
    # where the wounded were taken, an agency told (a Turkish agency's style, not in the pool)
    ("أصيب ثلاثة مدنيين بجروح إثر سقوط قذيفة هاون على حي الميدان بدمشق. وقالت مصادر طبية للأناضول إن المصابين "
     "نُقلوا إلى مشفى المواساة في حي المزة.", "حي الميدان", "مصادر طبية"),
])
def test_details_with_no_act_of_their_own_report_the_lead(pipe, text, place, source):
    e = _at(piped_events(pipe, text, "2020-03-05"), place)
    assert _src(e) == source
    _span_ok(text, e)


@pytest.mark.parametrize("text, place", [
    # another act at another place: the activists report that one only
    ("قصفت مدفعية النظام بلدة كفرنبل بريف إدلب. وقال ناشطون إن طائرة حربية استهدفت قرية حاس المجاورة بثلاث غارات.",
     "كفرنبل"),
    # a total over a period is a tally of its own, no detail of the lead
    ("اعتقلت دورية للأمن العسكري شاباً في بلدة جاسم. وأفاد مكتب توثيق محلي بأن عدد المعتقلين في المحافظة منذ مطلع "
     "الشهر بلغ 40 شخصاً.", "جاسم"),
])
def test_news_of_its_own_keeps_its_source(pipe, text, place):
    e = _at(piped_events(pipe, text, "2020-03-05"), place)
    assert _src(e) is None


# -- «في المقابل،» and other fronted phrases without «و» go on with a closing source --------------------------------
@pytest.mark.parametrize("text, place, source", [
    # the outlet's reporter closing the lead, an act of another kind after «في المقابل،» (an Aleppo outlet's style)
    ("سيطرت فصائل المعارضة، فجر اليوم، على قرية الحماميات شمال حماة إثر اشتباكات مع جيش النظام، وفق ما "
     "نقله مراسل الموقع. في المقابل، استهدفت قوات النظام بلدة كفرزيتا بالمدفعية الثقيلة.", "كفرزيتا", "مراسل الموقع"),
    # a documenting office, «في سياق متصل،» (a Daraa network's style)
    ("اعتقلت دورية للشرطة العسكرية ثلاثة شبان في بلدة الحراك شرقي درعا، وفق ما ذكره مكتب توثيق محلي. في "
     "سياق متصل، داهمت دورية أخرى منازل في بلدة المليحة الغربية واعتقلت شاباً.", "المليحة الغربية",
     "مكتب توثيق محلي"),
    # field sources, «من جهة أخرى،» (a Gulf paper's style, not in the pool)
    ("شنت طائرات حربية غارتين على أطراف بلدة معرة مصرين بريف إدلب الشمالي، على ما أفادت مصادر ميدانية. من جهة أخرى، "
     "استهدفت فصائل المعارضة بالصواريخ نقاطاً للنظام قرب بلدة أبو الظهور.", "أبو الظهور", "مصادر ميدانية"),
])
def test_a_fronted_phrase_without_wa_goes_on_with_the_closing_source(pipe, text, place, source):
    e = _at(piped_events(pipe, text, "2019-05-20"), place)
    assert _src(e) == source
    _span_ok(text, e)


def test_a_fronted_phrase_after_a_source_that_does_not_close_its_sentence(pipe):
    # the activists' verb opens their sentence and is no reporter of the outlet: the next act is the outlet's
    text = ("أكد ناشطون أن قوات النظام قصفت بلدة اللطامنة بالمدفعية. في المقابل، قصفت الفصائل بالصواريخ مواقع للنظام "
            "في بلدة صوران.")
    e = _at(piped_events(pipe, text, "2019-05-20"), "صوران")
    assert _src(e) is None


# -- the outlet told, named by its head with the article, ends the source's name -------------------------------------
@pytest.mark.parametrize("text, place, source", [
    ("سيطر الجيش على بلدة مورك بعد معارك عنيفة. وذكر مصدر عسكري للقناة أن فرق الهندسة شرعت في إزالة الألغام من "
     "البلدة.", "مورك", "مصدر عسكري"),
    ("قصفت الطائرات الحربية بلدة كفرنبل. وقالت مصادر محلية للوكالة إن القصف ألحق أضراراً كبيرة بالسوق.", "كفرنبل",
     "مصادر محلية"),
    # witnesses, in the lead itself (a site's own house style)
    ("قال شهود عيان للموقع إن دورية للأمن العسكري اعتقلت أربعة شبان في بلدة داعل.", "داعل", "شهود عيان"),
])
def test_the_outlet_told_by_its_head_ends_the_name(pipe, text, place, source):
    e = _at(piped_events(pipe, text, "2018-07-02"), place)
    assert _src(e) == source
    _span_ok(text, e)


# -- people announcing their own act: the one who confirms or tells it is the source ----------------------------------
@pytest.mark.parametrize("text, place, source", [
    # a close source closing the sentence (a Turkish-border outlet's style)
    ("أعلن الملازم أول سامر العلي انشقاقه عن قوات النظام ووصوله إلى بلدة اللطامنة بريف حماة، وفق ما أكده مصدر مقرب "
     "من أسرته.", "اللطامنة", "مصدر مقرب من أسرته"),
    # local sources joined later in the same sentence (a Daraa site's style)
    ("أعلن خمسة عناصر من مرتبات الفرقة التاسعة انشقاقهم مساء أمس في بلدة الحراك شرقي درعا، وقالت مصادر محلية للموقع "
     "إن المنشقين من أبناء البلدة.", "الحراك", "مصادر محلية"),
    # the next sentence's source comes back to them (an opposition paper's style)
    ("أعلن ضابطان من مرتبات اللواء 90 انشقاقهما قرب بلدة جباتا الخشب الواقعة في محافظة القنيطرة. وأوضح مصدر في الجيش الحر أن "
     "الضابطين وصلا إلى مقر الفصيل في بلدة بيت جن.", "جباتا الخشب", "مصدر في الجيش الحر"),
])
def test_people_announcing_their_own_act_are_not_its_source_beside_another(pipe, text, place, source):
    e = _at(piped_events(pipe, text, "2013-04-11"), place)
    assert _src(e) == source
    _span_ok(text, e)


@pytest.mark.parametrize("text, place, source", [
    # no one else named: the officer himself
    ("أعلن الرائد محمود الحسن انشقاقه عن الجيش ووصوله إلى مدينة الرستن.", "الرستن", "الرائد محمود الحسن"),
    # the next sentence tells another act: it says nothing of the defection
    ("أعلن الملازم أول سامر العلي انشقاقه ووصوله إلى بلدة اللطامنة بريف حماة. وقال مصدر في المعارضة إن طائرات النظام "
     "قصفت بلدة كفرزيتا بعد ساعات.", "اللطامنة", "الملازم أول سامر العلي"),
    # a body announcing its own taking, an agency relaying it: the body
    ("أعلنت هيئة تحرير الشام أن مقاتليها سيطروا على قرية الحماميات شمال حماة، وفق ما نقلته وكالة المثال.", "حماميات",
     "هيئة تحرير الشام"),
])
def test_the_announcer_stays_the_source(pipe, text, place, source):
    e = _at(piped_events(pipe, text, "2013-04-11"), place)
    assert _src(e) == source


# -- a tagger's name that runs over «أن/إن» ends before it (hand-built layers: the run-long span is the input) ------
@pytest.fixture(scope="module")
def ex():
    return EventExtractor()


@pytest.mark.parametrize("text, entity, place, source", [
    # a statement of a council, the next sentence's source carried back
    ("قصفت قوات النظام بلدة مضايا بالمدفعية. وأوضح بيان لمجلس الأهالي أن الحصار المفروض على البلدة مستمر منذ أشهر.",
     "مجلس الأهالي أن الحصار المفروض", "مضايا", "مجلس الأهالي"),
    # a relief body in the lead («قالت … أن»)
    ("قالت هيئة الإغاثة أن فرقها انتشلت جثث أربعة مدنيين قتلوا بغارة على بلدة حزانو.", "هيئة الإغاثة أن فرقها",
     "حزانو", "هيئة الإغاثة"),
    # a media office with «إن»
    ("اعتقلت دورية للأمن العسكري ثلاثة شبان في بلدة الكرك. وذكر المكتب الإعلامي للتجمع إن الشبان نقلوا إلى فرع "
     "المخابرات.", "المكتب الإعلامي للتجمع إن الشبان", "الكرك", "المكتب الإعلامي للتجمع"),
])
def test_a_tagged_name_ends_before_that(ex, text, entity, place, source):
    d = Document(text, published="2020-01-01", outlet="منصة المثال")
    i = text.index(entity)
    d.add("entities", {"start": i, "end": i + len(entity), "surface": entity, "type": "ORG"})
    j = text.index(place)
    d.add("places", {"start": j, "end": j + len(place), "surface": place, "id": place, "name_ar": place,
                     "name_en": place, "admin1_en": "Idlib", "lat": 32.0, "lon": 36.0, "confidence": 0.9,
                     "level": "locality", "country": "Syria"})
    ex(d)
    got = [e for e in d["events"] if (e["place"] or {}).get("surface") == place]
    assert got, d["events"]
    rb = got[0]["reported_by"]
    assert rb["surface"] == source
    assert text[rb["start"]:rb["end"]] == rb["surface"]


# -- a party to a deal is not its source; who announced it is ------------------------------------------------------
@pytest.mark.parametrize("text, place, source", [
    # a committee reaching a deal with a body «التابعة للنظام» (a Daraa site's style): the outlet
    ("توصلت لجنة الأهالي في بلدة الكرك الشرقي إلى اتفاق مع ضباط اللجنة الأمنية التابعة للنظام، يقضي بتسوية أوضاع "
     "المطلوبين وتسليم السلاح الخفيف.", "الكرك الشرقي", None),
    # notables concluding a deal with a verb (a Homs paper's style): the outlet
    ("أبرم وجهاء مدينة الرستن اتفاقاً مع الجانب الروسي اليوم الثلاثاء يقضي بوقف القتال وخروج الراغبين إلى "
     "الشمال.", "الرستن", None),
    # representatives signing (a wire's style, not in the pool): the outlet
    ("وقّع ممثلو فصائل المعارضة في بلدة داعل اتفاقاً مع ضباط روس يقضي بتسليم السلاح الثقيل.", "داعل", None),
    # (unchanged) one who announced the deal says so
    ("دخل وقف إطلاق النار في مدينة الزبداني حيز التنفيذ، تنفيذاً لاتفاق أعلنته وزارة الدفاع الروسية أمس.", "الزبداني",
     "وزارة الدفاع الروسية"),
])
def test_a_party_to_a_deal_is_not_its_source(pipe, text, place, source):
    e = _at(piped_events(pipe, text, "2018-06-10"), place)
    assert e["type"] == "agreement"
    assert _src(e) == source


def test_who_decided_a_sanction_still_says_so(pipe):
    text = "مدّد الاتحاد الأوروبي عقوباته على مسؤولين في النظام السوري لعام إضافي."
    evs = [e for e in piped_events(pipe, text, "2018-06-10") if e["type"] == "sanction"]
    assert evs and _src(evs[0]) == "الاتحاد الأوروبي"


# -- sources joined by «و» are one source ----------------------------------------------------------------------------
@pytest.mark.parametrize("text, place, source", [
    # activists and witnesses (a Qatari channel's style)
    ("ذكر ناشطون وشهود عيان أن قوات الأمن اعتقلت خمسة شبان في بلدة داعل.", "داعل", "ناشطون وشهود عيان"),
    # residents and medical sources, «أفاد … بأن» (a Homs network's style)
    ("أفاد سكان ومصادر طبية بأن قذائف سقطت على حي الوعر في حمص.", "حي الوعر", "سكان ومصادر طبية"),
    # fighters and a known body (a wire's style, not in the pool)
    ("ذكر مقاتلو المعارضة والمرصد السوري لحقوق الإنسان أن الفصائل سيطرت على بلدة كفرنبودة.", "كفرنبودة",
     "مقاتلو المعارضة والمرصد السوري لحقوق الإنسان"),
])
def test_sources_joined_by_wa_are_one_source(pipe, text, place, source):
    e = _at(piped_events(pipe, text, "2014-03-21"), place)
    assert _src(e) == source
    _span_ok(text, e)


def test_a_clause_after_wa_is_no_second_source(pipe):
    # «وذلك» opens a clause of its own: no name is joined to the source
    text = "قال المرصد وذلك بعد أن قصفت الطائرات بلدة كفرنبل."
    e = _at(piped_events(pipe, text, "2014-03-21"), "كفرنبل")
    assert _src(e) == "المرصد"


# -- an act named in passing in a later sentence keeps its own source ------------------------------------------------
@pytest.mark.parametrize("text, place", [
    # arrests told next, the attack only their cause (a Kurdish agency's style)
    ("هاجم مسلحون مجهولون حاجزاً للجيش قرب بلدة الصنمين. وقال مصدر عسكري إن وحدات الجيش اعتقلت لاحقاً ثلاثة أشخاص يشتبه "
     "بمشاركتهم في الهجوم.", "الصنمين"),
    # reinforcements told next, the attack only their time (an eastern outlet's style)
    ("هاجم عناصر من التنظيم نقطة للقوات الحكومية قرب قرية الشولا في البادية. وذكرت مصادر أهلية أن القوات الحكومية "
     "استقدمت تعزيزات إلى المنطقة بعد الهجوم.", "الشولا"),
    # the next sentence's own closing source (a Damascus site's style, not in the pool)
    ("انفجرت عبوة ناسفة بعربة عسكرية عند مدخل بلدة نمر. واعتقلت دورية أمنية أربعة شبان في بلدة جاسم يشتبه بضلوعهم في "
     "التفجير، بحسب مصدر محلي.", "نمر"),
])
def test_an_act_named_in_passing_keeps_its_own_source(pipe, text, place):
    evs = piped_events(pipe, text, "2021-09-14")
    e = next(e for e in evs if (e["place"] or {}).get("surface") == place and e["type"] != "arrest"
             and e["type"] != "reinforcement")
    assert _src(e) is None


def test_an_act_named_again_as_the_subject_is_reported(pipe):
    # (unchanged) «إن الهجوم أسفر…»: the next sentence comes back to the act and reports it
    text = "هاجم مسلحون مجهولون حاجزاً للجيش قرب بلدة الصنمين. وقال مصدر عسكري إن الهجوم أودى بحياة جنديين."
    e = _at(piped_events(pipe, text, "2021-09-14"), "الصنمين")
    assert _src(e) == "مصدر عسكري"


# -- «دان», «يقدّر/تقدّر» with a subject of their own report -----------------------------------------------------------
@pytest.mark.parametrize("text, place, source", [
    ("دان الائتلاف الوطني في بيان مقتل تسعة مدنيين بقصف مدفعي استهدف بلدة كفرنبودة.", "كفرنبودة",
     "الائتلاف الوطني"),
    ("دان المرصد السوري لحقوق الإنسان قصف قوات النظام بالمدفعية لبلدة اللطامنة بريف حماة.", "اللطامنة",
     "المرصد السوري لحقوق الإنسان"),
    ("ودان الدفاع المدني استهداف فرقه بغارة جوية قرب بلدة سراقب صباح اليوم.", "سراقب", "الدفاع المدني"),
    ("وتقدّر الأمم المتحدة أن ما يزيد عن 90 ألف شخص نزحوا خلال الشهر الجاري من ريف إدلب الجنوبي.", "ريف إدلب الجنوبي",
     "الأمم المتحدة"),
    ("يقدّر المرصد السوري لحقوق الإنسان أن 400 شخص قتلوا في محافظة درعا منذ بداية العام.", "درعا",
     "المرصد السوري لحقوق الإنسان"),
    ("تقدر منظمة أطباء بلا حدود أن 30 مريضاً نقلوا من مشفى المدينة بعد القصف على بلدة أريحا.", "أريحا",
     "منظمة أطباء بلا حدود"),
])
def test_condemning_and_estimating_verbs_with_a_subject_report(pipe, text, place, source):
    e = next(e for e in piped_events(pipe, text, "2019-11-02")
             if (e["place"] or {}).get("surface") in (place, "محافظة " + place) and e["type"] != "statement")
    assert _src(e) == source
    _span_ok(text, e)


# -- a sentence going on with a report opened by a verb, an act of the kind it told ---------------------------------
@pytest.mark.parametrize("text, place, source", [
    # activists' report of a protest, a second protest after «وفي …،» (a Qatari channel's style)
    ("ذكر ناشطون أن قوات الأمن فرّقت مظاهرة في بلدة جاسم بالرصاص الحي. وفي مدينة نوى، خرجت مظاهرة مماثلة طالبت "
     "بالإفراج عن المعتقلين.", "نوى", "ناشطون"),
    # the civil defence's report of barrels, a third barrel next door (an Aleppo outlet's style)
    ("رمت المروحيات برميلين متفجرين على حي المعادي في حلب. وقال الدفاع المدني إن البرميلين أسفرا عن مقتل "
     "أربعة مدنيين. وفي حي الصالحين المجاور، سقط برميل ثالث على بناء سكني.", "حي الصالحين", "الدفاع المدني"),
    # a source carried back to an arrest, «كما» + another arrest (a state agency's style, not in the pool)
    ("ألقت دورية للأمن الداخلي القبض على ثلاثة شبان في حي الزهراء وسط حمص. وأفاد مصدر أمني بأن الشبان الثلاثة من "
     "أبناء الحي. كما اعتقلت قوات الأمن أربعة أشخاص في مدينة تلكلخ.", "تلكلخ", "مصدر أمني"),
])
def test_a_sentence_going_on_with_a_verbs_report_of_its_kind(pipe, text, place, source):
    e = _at(piped_events(pipe, text, "2012-04-06"), place)
    assert _src(e) == source


def test_an_act_of_another_kind_after_a_verbs_report_is_the_outlets(pipe):
    text = ("ذكر ناشطون أن قوات الأمن اعتقلت خمسة شبان في بلدة داعل. وفي ريف درعا الغربي، قصفت المدفعية بلدة "
            "اليادودة.")
    e = _at(piped_events(pipe, text, "2012-04-06"), "اليادودة")
    assert _src(e) is None


# -- «في تصريح», «في بيان»: how the source spoke, no body of its ------------------------------------------------------
@pytest.mark.parametrize("text, place, source", [
    ("ذكر مصدر عسكري في تصريح لوكالة المثال أن قوات الجيش سيطرت على بلدة كفرنبودة.", "كفرنبودة", "مصدر عسكري"),
    ("ذكر مصدر أمني في تصريح صحفي أن دورية اعتقلت أربعة مطلوبين في بلدة الصنمين.", "الصنمين", "مصدر أمني"),
    ("أفاد مسؤول محلي في بيان أن قذائف سقطت على حي المشارقة في حلب.", "حي المشارقة", "مسؤول محلي"),
    # (unchanged) a body after «في» stays the source's
    ("قال مصدر في الدفاع المدني إن الغارات أصابت سوقاً في بلدة سراقب.", "سراقب", "مصدر في الدفاع المدني"),
])
def test_how_the_source_spoke_is_no_body(pipe, text, place, source):
    e = _at(piped_events(pipe, text, "2016-08-30"), place)
    assert _src(e) == source
    _span_ok(text, e)
