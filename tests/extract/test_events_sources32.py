"""Who says so (stop 32, issue 10, helper sources), on our own sentences in several house styles, run through the
whole pipeline (piped.py checks every span: text[start:end] == surface).

Families read on the paraphrases of real pages (sets 64-67) and the older seen sets:
- «نقل» with no «عن» reports when its subject, a name that can be quoted, is followed by «أن» («ونقلت وكالة الأناضول
  أن فصائل المعارضة سيطرت…», «نقل ناشطون أن…»); before, «نقل» without «عن» was always moving something (sets 17, 65, 66).
  «نقلت فرق الإسعاف المصابين إلى المشفى» still reports nothing.
- a plural verb holds its own subject: the words after «وأعلنوا», «وأكدوا» are its object, never a source («وأعلنوا
  تأييدهم للجيش الحر» gave the span «تأييدهم للجيش الحر»; the construction in sets 18, 65, 67).
- after «بحسب/وفق ما» a verb with a pronoun pointing back («ما حصل عليه», «ما اطلعت عليه») is skipped as a reporting
  verb is; the writer's outlet named by its head alone («الموقع», «الصحيفة»), with no outlet of that head named before,
  is no source of its own: the outlet (set 64; an outlet named before stays the source, README stop 32, set 21).
- a law, an article, a deal or a decree after «وفق/بحسب» is the rule an act follows, not who tells it («وفق قانون
  العقوبات العسكرية»; sets 36, 64).
- a figure «أعدته الوكالة» after a report's noun is no adjective of it: «بحسب إحصاء أعدته الشبكة» names the one who
  made it (before, «إحصاء أعدته الوكالة» was the span).
"""
from __future__ import annotations

import pytest

from piped import event_at as _at
from piped import piped_events
from piped import source_surface as _src


def _span_ok(text: str, e: dict) -> None:
    rb = e["reported_by"] or {}
    assert "start" in rb, rb
    assert text[rb["start"]:rb["end"]] == rb["surface"]


# -- «نقل» + subject + «أن» ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, place, source", [
    # an agency relaying with no «عن» (a Gulf daily's round-up style)
    ("ونقلت وكالة الأناضول أن فصائل المعارضة سيطرت أمس على قرية تل بطال شمالي حلب بعد معارك مع التنظيم.",
     "تل بطال", "وكالة الأناضول"),
    # a newspaper with where it said it between the name and «أن»
    ("نقلت صحيفة «يني شفق» في عددها الصادر اليوم أن مسيّرة تركية قصفت موقعاً في بلدة الدرباسية.",
     "الدرباسية", "صحيفة «يني شفق»"),
    # activists (an opposition site's style)
    ("نقل ناشطون أن قوات النظام اعتقلت عشرة شبان من بلدة الحارة خلال حملة دهم.", "الحارة", "ناشطون"),
])
def test_relay_verb_with_that_reports(pipe, text, place, source):
    e = _at(piped_events(pipe, text), place)
    assert _src(e) == source
    _span_ok(text, e)


@pytest.mark.parametrize("text, place", [
    # moving the wounded: no «أن», an object and «إلى»
    ("قصفت قوات النظام بلدة كفرنبودة بالمدفعية، ونقلت فرق الإسعاف المصابين إلى مشفى المدينة.", "كفرنبودة"),
    # «بعد أن» is no «that» of the verb
    ("نقلت قوات النظام عشرين عنصراً من مطار حماة بعد أن قصفت الفصائل بلدة صوران بالصواريخ.", "صوران"),
])
def test_moving_is_no_report(pipe, text, place):
    e = _at(piped_events(pipe, text), place)
    assert _src(e) is None


# -- a plural verb holds its subject ---------------------------------------------------------------------------------
@pytest.mark.parametrize("text, place", [
    ("خرجت مظاهرة في مدينة جاسم هتف المشاركون فيها ضد النظام وأعلنوا دعمهم للمنشقين.", "جاسم"),
    ("تظاهر العشرات في بلدة الكرك الشرقي، وأكدوا رفضهم للتسوية التي فرضتها قوات النظام.", "الكرك الشرقي"),
    # a Kurdish outlet's house style: the verb «أعلنوا» then an object with a place in it
    ("احتج طلاب في مدينة عامودا أمام مبنى المجمع التربوي، وأعلنوا إضرابهم عن الدوام في مدارس المدينة.", "عامودا"),
])
def test_plural_verb_object_is_no_source(pipe, text, place):
    evs = piped_events(pipe, text)
    for e in evs:
        assert _src(e) is None, (e["type"], e["reported_by"])
    _at(evs, place)


def test_plural_verb_keeps_subject_before(pipe):
    text = "قال ناشطون إن قوات النظام قصفت بلدة اللطامنة. وقال سكان من البلدة إن القذائف سقطت على منازلهم."
    e = _at(piped_events(pipe, text), "اللطامنة")
    assert _src(e) == "ناشطون"


# -- the writer's outlet by its head; «ما + verb + عليه» ------------------------------------------------------------
@pytest.mark.parametrize("text, place", [
    ("قصفت مسيّرة تركية سيارة عند أطراف تل تمر، بحسب ما تحقق منه الموقع من معلومات.", "تل تمر"),
    ("اعتقلت دورية للأمن العام ثلاثة شبان في قرية المسعودية، وفق ما اطلعت عليه الصحيفة من وثائق.", "المسعودية"),
    ("داهمت قوات الأمن منازل في بلدة الصنمين، حسب ما وصل إليه الموقع.", "الصنمين"),
])
def test_own_outlet_by_its_head_is_the_outlet(pipe, text, place):
    e = _at(piped_events(pipe, text), place)
    assert _src(e) is None, e["reported_by"]
    assert e["reported_by"]["outlet"] is True


def test_other_outlet_named_before_stays_source(pipe):
    text = ("قالت شبكة «الخابور» إن دورية لقسد اعتقلت شاباً في بلدة الشدادي. وأضافت الشبكة أن الشاب نقل إلى سجن "
            "الحسكة.")
    e = _at(piped_events(pipe, text), "الشدادي")
    assert _src(e) is not None and "الخابور" in _src(e)


def test_figure_made_by_named_agency(pipe):
    text = ("قُتل ستة جنود من جيش النظام في هجوم استهدف حاجزاً قرب بلدة معان، بحسب إحصاء أعدته شبكة «شام» الإخبارية.")
    e = _at(piped_events(pipe, text), "معان")
    assert _src(e) is not None and _src(e).startswith("شبكة «شام»")
    _span_ok(text, e)


# -- a rule document after «وفق» ------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "أصدر الرئيس مرسوماً بالعفو عن مرتكبي جرائم الفرار، ويعفى الفارون من العقوبة وفق قانون العقوبات العسكرية.",
    "أصدر رئيس النظام مرسوماً تشريعياً يمنح عفواً عن الفارين من الخدمة، وفقاً للمادة 100 من القانون.",
    "منحت القيادة العامة عفواً عن المتخلفين عن الخدمة الإلزامية طبقاً للتعليمات النافذة.",
])
def test_rule_document_is_no_source(pipe, text):
    for e in piped_events(pipe, text):
        assert _src(e) is None, (e["type"], e["reported_by"])


# -- a next sentence opened by any reporting verb with its own subject comes back to the lead -----------------------
@pytest.mark.parametrize("text, place, source", [
    # an agency relaying a military source (a Gulf site relaying SANA)
    ("أخرجت غارة إسرائيلية ليل أمس مطار دير الزور العسكري عن الخدمة. ونقلت «سانا» عن ضابط في الجيش أن "
     "الطائرات أطلقت صواريخها من أجواء البادية، فألحقت أضراراً بالمدرج.", "مطار دير الزور العسكري", "ضابط في الجيش"),
    # a ministry announcing (a news site's style)
    ("دوّى انفجار سيارة مفخخة قرب دوار الكرة في مدينة منبج. وأعلنت وزارة الداخلية أن التفجير أوقع أضراراً بالمحال "
     "المجاورة.", "منبج", "وزارة الداخلية"),
    # a commander via an agency (a state agency relayed by a daily)
    ("قُتل عنصران من الأمن العام برصاص مسلحين في مدينة بانياس. ونقلت «سانا» عن قائد الأمن الداخلي في طرطوس أن "
     "المهاجمين أطلقوا النار على الدورية وفرّوا.", "بانياس", "قائد الأمن الداخلي"),
])
def test_next_reporting_verb_source_comes_back(pipe, text, place, source):
    e = _at(piped_events(pipe, text), place)
    assert _src(e) is not None and _src(e).startswith(source), e["reported_by"]
    _span_ok(text, e)


def test_next_tally_is_no_source_of_the_lead(pipe):
    # «ووثق المرصد مقتل … منذ بدء الحملة»: a tally of its own, not the lead's telling
    text = ("بدأت صباح اليوم هدنة إنسانية في ريف إدلب أعلنتها أنقرة. ووثق المرصد السوري لحقوق الإنسان مقتل 320 "
            "مدنياً في المنطقة منذ انطلاق الحملة الجوية للنظام.")
    evs = piped_events(pipe, text)
    truce = [e for e in evs if e["type"] == "agreement"]
    assert truce and all(_src(e) != "المرصد السوري لحقوق الإنسان" for e in truce)


# -- a figure's adjectives end at the lam of whose it is ------------------------------------------------------------
@pytest.mark.parametrize("text, place, source", [
    ("قصفت مقاتلات إسرائيلية مبنى في حي المزة بدمشق، فقُتل ثلاثة وأصيب 12، وفق حصيلة مبدئية لوزارة الصحة.",
     "حي المزة", "وزارة الصحة"),
    ("قُتل أربعة أطفال بقصف مدفعي على بلدة كفرنبل، بحسب حصيلة غير نهائية للدفاع المدني.", "كفرنبل", "الدفاع المدني"),
    ("أصيب سبعة أشخاص بانفجار عبوة في سوق مدينة الباب، وفقاً لإحصائية جديدة لمديرية الصحة.", "الباب", "مديرية الصحة"),
])
def test_figure_adjectives_then_owner(pipe, text, place, source):
    e = _at(piped_events(pipe, text), place)
    assert source in (_src(e), e["reported_by"].get("name")), e["reported_by"]
    _span_ok(text, e)


# -- «ف» opens the details of a sourced summary ---------------------------------------------------------------------
@pytest.mark.parametrize("text, places, source", [
    # a monthly-roundup style: summary, «ففي», then «وفي اليوم ذاته»
    ("شهد ريف درعا الغربي مقتل خمسة أشخاص يومي الأحد والاثنين، بحسب مراسل «نبأ». ففي يوم الأحد قُتل رجل بنيران "
     "مجهولين في بلدة المزيريب. وفي اليوم ذاته انفجرت عبوة ناسفة بسيارة في مدينة طفس، ما أودى بحياة سائقها.", ("المزيريب", "طفس"),
     "مراسل «نبأ»"),
    # «فقد» after a closing source (a Sweida network's style)
    ("تصاعدت عمليات الخطف في ريف السويداء خلال الأسبوع، وفق ما نشرته شبكة «الراصد». فقد خطف مسلحون تاجراً قرب "
     "بلدة المزرعة مساء الخميس.", ("المزرعة",), "شبكة «الراصد»"),
    # «فمن» (a daily's style, not in the sets)
    ("تعرضت قرى سهل الغاب لقصف متقطع طوال اليوم، بحسب ناشطين محليين. فمن جهة الشمال قصفت قوات النظام قرية "
     "الزيارة بالمدفعية الثقيلة.", ("الزيارة",), "ناشطين محليين"),
])
def test_details_after_f_keep_the_summary_source(pipe, text, places, source):
    evs = piped_events(pipe, text)
    for place in places:
        e = _at(evs, place)
        assert _src(e) is not None and source in _src(e), (place, e["reported_by"])


def test_chain_only_through_details(pipe):
    # without «ف», a same-kind act in another region after an act that went on is the outlet's (set 45's call)
    text = ("قُتل طفلان بقذائف مدفعية مصدرها مواقع قوات النظام سقطت على بلدة البارة، بحسب الدفاع المدني. وشمل القصف أيضاً محيط بلدة "
            "كنصفرة. وفي ريف حلب الغربي، لقي عنصر حتفه بقصف مدفعي على بلدة الأتارب.")
    e = _at(piped_events(pipe, text), "الأتارب")
    assert _src(e) is None, e["reported_by"]


# -- a reporter's next sentence with news of its own says nothing of an act added after the lead ---------------------
@pytest.mark.parametrize("text, place", [
    # a daily's round-up: a feud added with «كما», then the reporter on a drone elsewhere
    ("قصفت قوات النظام بالمدفعية بلدات في جبل الزاوية. كما قُتل شاب في اشتباك بين عائلتين داخل مخيم أطمة. وأفاد "
     "مراسل «الصحيفة» بأن مسيّرة أصابت منزلاً في قرية معرزاف.", "مخيم أطمة"),
    # a state agency's style: «كما استهدفت» then the reporter on another village
    ("تصدت وحدات من الجيش لهجوم على نقاطها قرب بلدة كفرنبودة. كما استهدفت المدفعية تحصينات المسلحين في قرية الهبيط. "
     "وذكر مراسل الوكالة أن مسلحين أطلقوا قذائف على بلدة السقيلبية.", "الهبيط"),
    # a Kurdish agency's style
    ("قصف الجيش التركي قرى في ريف تل تمر. كما استهدفت مسيّرة سيارة قرب بلدة عامودا. وأفاد مراسل الوكالة بأن القصف "
     "المدفعي طال قرية أم الكيف.", "عامودا"),
])
def test_reporter_next_news_not_added_act(pipe, text, place):
    e = _at(piped_events(pipe, text), place)
    assert _src(e) is None or "مراسل" not in _src(e), e["reported_by"]


def test_reporter_next_comes_back_to_lead(pipe):
    text = ("قُتل أربعة مدنيين بغارات روسية استهدفت بلدة كفرنبل. وأكد مراسل «حلب اليوم» في المدينة أن الغارات أصابت السوق "
            "الشعبي في البلدة.")
    e = _at(piped_events(pipe, text), "كفرنبل")
    assert _src(e) == "مراسل «حلب اليوم»"


# -- a «، وكان(ت) … قد» clause after a verb's report is the writer's recall ------------------------------------------
@pytest.mark.parametrize("text, place, kind", [
    ("وأحصى الدفاع المدني 30 قتيلاً في ريف إدلب منذ مطلع الشهر، وكانت بلدة كنصفرة قد شهدت يوم 3 آذار مجزرة راح "
     "ضحيتها ستة مدنيين بالقذائف.", "كنصفرة", "shelling"),
    ("قال المرصد السوري إن قوات الأمن اعتقلت اليوم عشرة شبان في مدينة جبلة، وكانت الطائرات الروسية قد قصفت يوم "
     "الأحد بلدة اللطامنة.", "اللطامنة", "airstrike"),
    # a Daraa network's style
    ("وذكرت شبكة «نداء» أن دورية اعتقلت ثلاثة شبان في بلدة الصنمين، وكان مسلحون مجهولون قد اغتالوا يوم السبت "
     "قيادياً سابقاً في بلدة نمر.", "نمر", "armed_clash"),
])
def test_recall_clause_after_report_is_the_outlets(pipe, text, place, kind):
    evs = piped_events(pipe, text)
    e = next(e for e in evs if e["type"] == kind and (e["place"] or {}).get("surface") == place)
    assert _src(e) is None, e["reported_by"]
    first = evs[0]
    assert _src(first) is not None  # the report itself keeps its speaker


def test_report_without_recall_keeps_speaker(pipe):
    text = "قال المرصد السوري إن الطائرات الروسية قصفت اليوم بلدة اللطامنة، وإن ثلاثة مدنيين قتلوا في القصف."
    e = _at(piped_events(pipe, text), "اللطامنة")
    assert _src(e) == "المرصد السوري"


# -- a next sentence's act named as a frame, a time or a cause is no news of its own ----------------------------------
@pytest.mark.parametrize("text, place, source", [
    # a deal the departure follows (a London daily's style)
    ("خرجت صباح اليوم دفعة من مقاتلي بلدة مضايا وعائلاتهم باتجاه إدلب. وذكر عضو في المجلس المحلي للبلدة أن الخروج "
     "يتم بموجب اتفاق عقدته الفصائل مع النظام قبل أسبوع.", "مضايا", "عضو في المجلس المحلي"),
    # a release as the time a deal starts
    ("توصلت لجنة الأهالي في حي القدم إلى اتفاق مع النظام يقضي بوقف القصف. وقال عضو في اللجنة إن تطبيق الاتفاق لن يبدأ "
     "قبل إطلاق سراح المعتقلين.", "حي القدم", "عضو في اللجنة"),
    # a cause («بسبب»)
    ("نزحت مئات العائلات من قرى ريف معرة النعمان الشرقي اليوم. وقال ناشطون إن الأهالي فروا بسبب القصف المتواصل على "
     "قراهم منذ أيام.", "ريف معرة النعمان الشرقي", "ناشطون"),
])
def test_next_source_with_framing_act_comes_back(pipe, text, place, source):
    e = _at(piped_events(pipe, text), place)
    assert _src(e) == source, e["reported_by"]




# -- a source told to an outlet, coming back with details, is the lead's ----------------------------------------------
@pytest.mark.parametrize("text, place, source", [
    # figures that describe the lead's reinforcements (a Turkish-border agency's style)
    ("أرسلت «هيئة تحرير الشام» تعزيزات عسكرية إلى محيط مدينة دارة عزة صباح اليوم. وذكرت مصادر محلية لموقع «نداء» أن "
     "التعزيزات تألفت من عشرات العربات وأكثر من 200 مقاتل.", "دارة عزة", "مصادر محلية"),
    # a director told a wire (an AFP relay's style), another kind in the same fight
    ("قُتل 11 جندياً من قوات النظام اليوم في هجوم لفصائل المعارضة على مواقعهم قرب بلدة تل ملح. وقال مدير المرصد "
     "السوري لحقوق الإنسان لوكالة رويترز إن الفصائل استولت على نقطتين إثر اشتباكات عنيفة.", "تل ملح",
     "مدير المرصد السوري لحقوق الإنسان"),
    # an activist told a channel (a Qatari channel's style), the protest's dead
    ("خرج آلاف المحتجين في مدينة الصنمين عقب صلاة الظهر قبل أن يفتح عناصر الأمن النار عليهم. وقال ناشط من المدينة "
     "للجزيرة إن سبعة متظاهرين قتلوا وإن عشرات الجرحى نقلوا إلى منازل خاصة.", "الصنمين", "ناشط من المدينة"),
])
def test_source_told_to_outlet_comes_back(pipe, text, place, source):
    e = _at(piped_events(pipe, text), place)
    assert _src(e) is not None and _src(e).startswith(source), e["reported_by"]


def test_source_told_to_outlet_elsewhere_stays_apart(pipe):
    # another place in the told sentence: another incident, the lead is the outlet's (set 38's, 53's call)
    text = ("اعتقلت دورية للأمن العام ثلاثة شبان في مدينة إنخل صباح اليوم. وقالت مصادر أهلية لموقع «نبأ» إن الدورية "
            "اعتقلت أيضاً شابين آخرين في بلدة جاسم.")
    e = _at(piped_events(pipe, text), "إنخل")
    assert _src(e) is None, e["reported_by"]


# -- a person's name and the role set off after it by commas are one source ------------------------------------------
@pytest.mark.parametrize("text, place, words", [
    # a reporter named in full, then «وقال المراسل» (an opposition site's style)
    ("نقل أحمد العلي، مراسل «نداء سوريا» في حماة، أن قوات النظام اعتقلت عشرين شاباً في مدينة محردة. وقال المراسل إن "
     "المعتقلين نقلوا إلى فرع الأمن العسكري.", "محردة", ("أحمد العلي", "مراسل «نداء سوريا»")),
    # a spokesman (a Kurdish agency's style)
    ("قال فرهاد شامي، المتحدث باسم قوات سوريا الديمقراطية، إن مسيّرة تركية قصفت سيارة قرب بلدة عامودا.", "عامودا",
     ("فرهاد شامي", "المتحدث باسم")),
    # a director (a wire's style)
    ("قال سامر الحلبي، مدير المرصد السوري لحقوق الإنسان، إن 12 عنصراً قتلوا في هجوم استهدف حاجزاً قرب بلدة معان.",
     "معان", ("سامر الحلبي", "مدير المرصد")),
])
def test_name_and_role_apposition(pipe, text, place, words):
    e = _at(piped_events(pipe, text), place)
    src = _src(e)
    assert src is not None and all(w in src for w in words), e["reported_by"]
    _span_ok(text, e)


# -- where a fronted source is posted, before its comma, still hands the sentence over --------------------------------
@pytest.mark.parametrize("text, place, source", [
    ("اعتقلت «هيئة تحرير الشام» صباح اليوم عشرات من أفراد خلية في مدينة سرمدا. وبحسب مراسل «الأناضول» الموجود في إدلب، "
     "فإن عناصر الهيئة أقاموا حواجز في الشوارع وفتشوا السيارات.", "سرمدا", "مراسل «الأناضول»"),
    ("قصفت مسيّرة تركية سيارة قرب بلدة الدرباسية. ووفقاً لمراسل الوكالة المتواجد في الحسكة، فإن الصاروخ أصاب السيارة "
     "مباشرة.", "الدرباسية", "مراسل الوكالة"),
    ("داهمت قوات الأمن منازل في حي الوعر غربي حمص. وحسب ناشط إعلامي مقيم في حمص، فإن الدوريات فتشت البيوت "
     "واحداً واحداً.",
     "حي الوعر", "ناشط إعلامي"),
])
def test_posted_reporter_hands_over(pipe, text, place, source):
    e = _at(piped_events(pipe, text), place)
    assert _src(e) is not None and _src(e).startswith(source), e["reported_by"]
