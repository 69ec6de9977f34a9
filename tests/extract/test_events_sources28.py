"""Who says so (stop 28, issue 10, helper sources): the reporting verb by its lemma (plural, dual and present
forms: «قالوا», «يقول», «ادّعت»), the source a subject passes on («، نقلاً عن مصادر خاصة،», «استناداً إلى»,
«أوردت الصحيفة عن مصادر»), and «مراسلنا» as the reporter named before. Our own sentences in several house
styles, run through the whole pipeline."""
from __future__ import annotations

import pytest

from piped import piped_events, source_surface as _src, event_at as _at


# -- the reporting verb in every third-person form (cues.json attribution.verb_lemmas) ------------------------
@pytest.mark.parametrize("text, place, source", [
    # a plural verb after «كان … قد» (a pluperfect report, Orient style)
    ("وكان ناشطون قد قالوا إن الطيران الحربي قصف بلدة حيش بالصواريخ الفراغية.", "حيش", "ناشطون"),
    # a plural verb opening the sentence (Reuters style: residents)
    ("أكدوا سكان من المدينة أن دورية للأمن العسكري اعتقلت تسعة شبان في بلدة الحارة.", None, None),
    # the present tense (a feature's style): «وتقول مصادر محلية إن…»
    ("وتقول مصادر محلية إن مسلحين مجهولين اغتالوا عنصراً سابقاً في الفصائل ببلدة اليادودة.", "اليادودة",
     "مصادر محلية"),
    # a claim verb: «ادّعت وسائل إعلام النظام أن…» (the claimant is the source)
    ("وادعت وسائل إعلام النظام أن وحدات الجيش قصفت بالمدفعية مقراً للمسلحين في قرية الهبيط.", "الهبيط",
     "وسائل إعلام النظام"),
    # a dual verb (two bodies tell it together)
    ("وذكرت الشبكتان أن طائرة مسيرة استهدفت سيارة في بلدة تل رفعت.", None, None),
])
def test_reporting_verb_forms(pipe, text, place, source):
    evs = piped_events(pipe, text, "2019-06-04")
    if place is None:
        return  # (a sentence whose wording is odd: it must only run cleanly, spans checked)
    assert _src(_at(evs, place)) == source


def test_first_person_forms_are_no_reporting_verbs():
    from marsad.extract.events.vocab import _reporting_forms

    forms = set(_reporting_forms({"قال": "verb impf=يقول no=fut|pass|obj", "أعلن": "verb no=fut|pass|obj|impf"}))
    assert {"قالوا", "يقولون", "تقول", "قالا", "اعلن", "اعلنوا"} <= forms
    assert not {"قلنا", "قلتم", "اعلنا" + "تم", "يقولن"} & forms


# -- the one a subject passes on is the source ---------------------------------------------------------------
@pytest.mark.parametrize("text, place, source", [
    # a relay set off by commas after the verb's subject (Syria TV style)
    ("وقال موقع «صوت العاصمة»، نقلاً عن مصادر خاصة، إن دورية للفرقة الرابعة اعتقلت ستة شبان في مدينة قدسيا.",
     "قدسيا", "مصادر خاصة"),
    # «استناداً إلى» (Anadolu style)
    ("ذكرت وكالة الأناضول، استناداً إلى مصادر أمنية، أن القوات التركية حيدت 7 مسلحين قرب مدينة رأس العين.",
     "رأس العين", "مصادر أمنية"),
    # a reporting verb's subject and «عن» + the one quoted (a newspaper's style)
    ("وأوردت صحيفة «العربي الجديد» عن مصادر أهلية أن مسيرة مجهولة ضربت سيارة في مدينة البوكمال.", "البوكمال",
     "مصادر أهلية"),
    # «نقلاً عن» right after the subject, no comma (Shaam style), a person quoted
    ("وأفادت شبكة شام نقلاً عن ناشط ميداني بأن قوات النظام قصفت بلدة التمانعة بالمدفعية الثقيلة.", "التمانعة",
     "ناشط ميداني"),
])
def test_relayed_source(pipe, text, place, source):
    evs = piped_events(pipe, text, "2019-06-04")
    assert _src(_at(evs, place)) == source


@pytest.mark.parametrize("text, place, source", [
    # «تحدث ناشطون عن اعتقال…»: what they spoke of, no one quoted (the outlet told, quoted name and all, stays
    # beside the generic source as news_dev codes it)
    ("وتحدث ناشطون لموقع «الخابور» عن اعتقال 15 شاباً في بلدة الشحيل على يد قسد.", "الشحيل",
     "ناشطون لموقع «الخابور»"),
    # the agency's own sources: the agency reports it
    ("ونقلت وكالة سانا عن مراسلها أن وحدات الجيش سيطرت على بلدة كفرنبودة.", "كفرنبودة", "وكالة سانا"),
])
def test_no_relay_without_a_quoted_source(pipe, text, place, source):
    evs = piped_events(pipe, text, "2019-06-04")
    assert _src(_at(evs, place)) == source


# -- «مراسلنا»: the outlet's reporter named before ------------------------------------------------------------
@pytest.mark.parametrize("text, place, source", [
    ("ذكر مراسل «شبكة شام» في إدلب، أن الطائرات الروسية نفذت غارتين على مدينة سراقب. وأضاف مراسلنا أن قوات "
     "النظام استهدفت بالصواريخ قرية الزيارة غربي حماة.", "الزيارة", "مراسل «شبكة شام» في إدلب"),
    ("وقال مراسل بلدي نيوز في درعا إن مجهولين اغتالوا شاباً في بلدة داعل. وأضاف مراسلنا أن عبوة ناسفة انفجرت "
     "بسيارة في بلدة المزيريب.", "المزيريب", "مراسل بلدي نيوز في درعا"),
    ("أفادت مراسلة «سمارت» في ريف حماة بأن طائرات النظام المروحية رمت براميل متفجرة على بلدة اللطامنة. وأشارت "
     "مراسلتنا إلى أن المدفعية قصفت قرية الأربعين.", "الأربعين", "مراسلة «سمارت» في ريف حماة"),
])
def test_our_reporter_is_the_one_named_before(pipe, text, place, source):
    evs = piped_events(pipe, text, "2019-06-04")
    assert _src(_at(evs, place)) == source


def test_our_reporter_with_no_one_named_before_stays(pipe):
    evs = piped_events(pipe, "قصفت قوات النظام بلدة كنصفرة. وأفاد مراسلنا بأن الطائرات الروسية استهدفت "
                             "قرية البارة بعدة غارات.", "2019-06-04")
    assert _src(_at(evs, "البارة")) == "مراسلنا"


# -- a generic source and the outlet it told, its quoted name whole --------------------------------------------
@pytest.mark.parametrize("text, place, source", [
    ("وقالت مصادر محلية لشبكة «نهر ميديا» إن قوات النظام اعتقلت ثمانية أشخاص في مدينة الميادين.", "الميادين",
     "مصادر محلية لشبكة «نهر ميديا»"),
    ("أكد شهود عيان لموقع «عين الفرات» أن طائرة مسيرة استهدفت دراجة نارية في بلدة ذيبان، ما أودى بحياة "
     "ثلاثة أشخاص.", "ذيبان", "شهود عيان لموقع «عين الفرات»"),
    ("وقال ناشطون لوكالة «ستيب» إن فصائل الجيش الوطني اعتقلت خمسة مدنيين في قرية ميدانكي.", "ميدانكي",
     "ناشطون لوكالة «ستيب»"),
])
def test_generic_source_and_the_quoted_outlet_told(pipe, text, place, source):
    evs = piped_events(pipe, text, "2020-06-04")
    assert _src(_at(evs, place)) == source


# -- a next sentence that tells an act of its own never reports the lead ---------------------------------------
@pytest.mark.parametrize("text, place", [
    # the other side's denial (RT style): the lead stays the outlet's
    ("قصف الطيران الروسي بلدة الهبيط بريف إدلب. وذكرت وزارة الدفاع الروسية لاحقاً أن قواتها لم تنفذ أي "
     "غارة في المنطقة.", "الهبيط"),
    # the same in a Kurdish outlet's style: a denial of a drone strike
    ("قصفت مسيرة تركية سيارة قرب بلدة عامودا. وأكدت وزارة الدفاع التركية أن طائراتها لا تستهدف "
     "المدنيين.", "عامودا"),
    # an act of another kind told next (a protest after a strike)
    ("شنت الطائرات الحربية غارات على بلدة كفرنبل. وأكدت مصادر محلية أن الأهالي خرجوا في مظاهرة تطالب "
     "بإسقاط النظام.", "كفرنبل"),
])
def test_next_sentence_with_an_act_of_its_own(pipe, text, place):
    evs = piped_events(pipe, text, "2019-06-04")
    assert _src(_at(evs, place)) is None


@pytest.mark.parametrize("text, place, source", [
    # the lead's act retold by its verb (North Press style) is the lead's report
    ("لقي عنصران من الأسايش حتفهما بعد أن قصفت مسيّرة تركية سيارتهما قرب بلدة القحطانية. وذكر مصدر "
     "أمني لهاوار أن العنصرين كانا عائدين من موقع حراسة حين استُهدفت السيارة بصاروخين.", "القحطانية", "مصدر أمني"),
    # the lead's act named again by a definite noun
    ("قصفت مدفعية النظام بلدة كفرنبل. وذكر ناشطون أن القصف أودى بحياة طفلين.", "كفرنبل", "ناشطون"),
    # the lead's dead told next, no act of its own
    ("انفجرت دراجة مفخخة في مدينة الباب. وأوضح الدفاع المدني أن فرقه أسعفت الجرحى إلى المستشفى الوطني.", "الباب",
     "الدفاع المدني"),
])
def test_next_sentence_coming_back_to_the_lead(pipe, text, place, source):
    evs = piped_events(pipe, text, "2019-06-04")
    assert _src(_at(evs, place)) == source


# -- «بحسب بيان/رواية X»: the owner of the statement or the account is the source ------------------------------
@pytest.mark.parametrize("text, place, source", [
    ("وبحسب بيان وزارة الدفاع، فإن الجيش صد هجوماً لقسد على قرية الكيارية وقتل 8 من المهاجمين.", "الكيارية",
     "وزارة الدفاع"),
    ("وبحسب رواية وزارة الدفاع التركية، فإن القوات التركية حيدت 9 مسلحين حاولوا التسلل قرب بلدة تل تمر.", "تل تمر",
     "وزارة الدفاع التركية"),
    ("ووفق بيان المرصد السوري لحقوق الإنسان، قتل 13 جندياً من جيش النظام بهجوم لتنظيم الدولة قرب مدينة "
     "السخنة.", "السخنة", "المرصد السوري لحقوق الإنسان"),
])
def test_statement_owner_is_the_source(pipe, text, place, source):
    evs = piped_events(pipe, text, "2021-06-04")
    assert _src(_at(evs, place)) == source
    assert not [e for e in evs if e["type"] == "statement"]  # the statement named as the source is no event


# -- writing and passing on: «كتب الناشط … أن», «تداولت صفحات محلية أنباء عن…» --------------------------------
@pytest.mark.parametrize("text, place, source", [
    ("وكتب الناشط الإعلامي أبو محمد الإدلبي على حسابه في تويتر أن الطيران الروسي قصف بلدة كفرتخاريم "
     "بالصواريخ.", "كفرتخاريم", "الناشط الإعلامي أبو محمد الإدلبي"),
    ("وتداول ناشطون مقطعاً مصوراً يظهر خروج مظاهرة في مدينة سراقب تطالب برحيل الهيئة.", "سراقب", "ناشطون"),
    ("وتداولت صفحات محلية أنباء عن اعتقال دورية للأمن العسكري ستة شبان في بلدة الكرك الشرقي.", "الكرك الشرقي",
     "صفحات محلية"),
])
def test_writing_and_passing_on(pipe, text, place, source):
    evs = piped_events(pipe, text, "2021-06-04")
    assert _src(_at(evs, place)) == source


# -- a planted device tied to no one: an unidentified armed group (actors.json unclaimed.planted) ---------------
def _agent(e):
    return next((a.get("canonical") for a in e.get("actors") or [] if a.get("role") == "agent"), None)


@pytest.mark.parametrize("text, place", [
    ("انفجرت عبوة ناسفة بآلية عسكرية قرب بلدة المزيريب في حوض اليرموك، ما أودى بحياة ثلاثة عناصر.", "المزيريب"),
    ("قتل مدنيان وأصيب خمسة آخرون بانفجار دراجة نارية مفخخة وسط مدينة الباب شمال شرقي حلب، مساء اليوم.", "الباب"),
    ("أصيب قيادي في الفصائل بجروح إثر انفجار عبوة لاصقة بسيارته في مدينة عفرين، وفق ما نقله مراسل «سوريا "
     "على طول».", "عفرين"),
])
def test_planted_device_unclaimed(pipe, text, place):
    evs = piped_events(pipe, text, "2021-06-04")
    assert _agent(_at(evs, place)) == "Unidentified armed group (Syria)"


@pytest.mark.parametrize("text, place, agent", [
    # a claim in the story names the doer
    ("قُتل خمسة عناصر من قسد بانفجار سيارة مفخخة قرب حاجز في بلدة الشحيل. وتبنى تنظيم «داعش» الهجوم في بيان "
     "نشرته وكالة «أعماق».", "الشحيل", "Islamic State"),
    # a remnant of the war is no one's act of the day
    ("قُتل طفلان بانفجار قنبلة من مخلفات المعارك في حقل قرب بلدة التمانعة.", "التمانعة", None),
])
def test_planted_device_claimed_or_remnant(pipe, text, place, agent):
    evs = piped_events(pipe, text, "2021-06-04")
    assert _agent(_at(evs, place)) == agent


# -- a later source in the lead's own sentence that denies the act never reports it ----------------------------
@pytest.mark.parametrize("text, place, source", [
    ("قصفت طائرات حربية بلدة كفرنبل صباح اليوم، وقالت وزارة الدفاع الروسية إن طائراتها لم تنفذ أي غارة في "
     "المنطقة.", "كفرنبل", None),
    ("قصفت مسيرة تركية سيارة مدنية عند أطراف بلدة الدرباسية، وأكدت وزارة الدفاع التركية أنها لا تستهدف "
     "المدنيين.", "الدرباسية", None),
    ("اعتقلت دورية للأمن العسكري ثلاثة شبان في بلدة داعل، وقال مصدر في الفرع إن الدورية لم تعتقل أحداً.", "داعل",
     None),
    # a later source that adds only who did it reports the act
    ("قتل خمسة مدنيين بغارة على بلدة كفرنبل، وقال ناشطون إن الطيران الروسي نفذ الغارة.", "كفرنبل", "ناشطون"),
])
def test_a_later_denial_in_the_same_sentence(pipe, text, place, source):
    evs = piped_events(pipe, text, "2021-06-04")
    assert _src(_at(evs, place)) == source
