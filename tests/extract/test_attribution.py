"""reported_by: the source grammar of extract/events/attribution.py on sentences written for these
tests (issue 10; causes found on the own-written probe set, benchmarks/data/events_probe)."""
from __future__ import annotations

import pytest

from marsad.extract.events import EventExtractor

from test_events import _asserted, _doc, _rb, _run


@pytest.fixture(scope="module")
def ex():
    return EventExtractor()


NAWA = [("نوى", "C2", "Nawa", "Daraa")]


def _one(ex, text, **layers):
    evs = _asserted(_run(ex, _doc(text, **layers)))
    return [(e["type"], _rb(e), bool((e["reported_by"] or {}).get("outlet"))) for e in evs]


def _lead_keeps_the_outlet(ex, t):
    """Four soldiers in Nawa, then six civilians in Jasim told by activists: news of its own."""
    d = _doc(t, quantities=[("أربعة", 4, 4, "جندي"), ("ستة", 6, 6, "مدني")],
             places=[("نوى", "C2", "Nawa", "Daraa"), ("جاسم", "C1", "Jasim", "Daraa")])
    evs = _asserted(_run(ex, d))
    lead = next(e for e in evs if (e.get("place") or {}).get("surface") == "نوى")
    assert lead["reported_by"] == {"surface": "منصة المثال", "outlet": True}


def test_a_source_before_a_colon_reports_its_sentence(ex):
    t = "المرصد السوري: انشق تسعة جنود عن قوات النظام المتمركزة في جاسم فجر اليوم."
    got = _one(ex, t, quantities=[("تسعة", 9, 9, "جندي")], places=[("جاسم", "C1", "Jasim", "Daraa")])
    assert got == [("defection", "المرصد السوري", False)]
    # a label before a colon is no source: the outlet stays the flagged fallback
    t = "عاجل: انشق تسعة جنود عن قوات النظام المتمركزة في جاسم فجر اليوم."
    got = _one(ex, t, quantities=[("تسعة", 9, 9, "جندي")], places=[("جاسم", "C1", "Jasim", "Daraa")])
    assert got == [("defection", "منصة المثال", True)]
    # a place label before a colon (a tagged place, not an organisation) is no source either
    t = "درعا: انشق تسعة جنود عن قوات النظام المتمركزة في جاسم فجر اليوم."
    got = _one(ex, t, quantities=[("تسعة", 9, 9, "جندي")], places=[("جاسم", "C1", "Jasim", "Daraa")],
               entities=[("درعا", "LOC")])
    assert got == [("defection", "منصة المثال", True)]


def test_the_one_quoted_after_an_agency_is_the_source(ex):
    t = "اعتقلت دورية 12 شاباً في بلدة نوى، وفق ما نقلته وكالة محلية عن مسؤول أمني."
    got = _one(ex, t, quantities=[("12", 12, 12, "شاب")], places=[("نوى", "C2", "Nawa", "Daraa")])
    assert got == [("arrest", "مسؤول أمني", False)]
    # without عن the agency itself is the source
    t = "اعتقلت دورية 12 شاباً في بلدة نوى، وفق ما نقلته وكالة محلية."
    got = _one(ex, t, quantities=[("12", 12, 12, "شاب")], places=[("نوى", "C2", "Nawa", "Daraa")])
    assert got == [("arrest", "وكالة محلية", False)]


def test_a_next_sentence_that_adds_nothing_new_reports_the_lead(ex):
    t = "قُتل أربعة جنود بانفجار عبوة في بلدة نوى. وقال مصدر طبي إن المصابين نقلوا إلى المستشفى."
    got = _one(ex, t, quantities=[("أربعة", 4, 4, "جندي")], places=[("نوى", "C2", "Nawa", "Daraa")])
    assert got[0][1:] == ("مصدر طبي", False)
    # a next sentence with a new figure and a new place is news of its own: the lead keeps the outlet
    _lead_keeps_the_outlet(ex, "قُتل أربعة جنود بانفجار عبوة في بلدة نوى. وقال ناشطون إن ستة مدنيين قتلوا في بلدة جاسم.")


@pytest.mark.parametrize("text, source", [
    # the body a generic source belongs to is part of its name (a quoted name, or two words)
    ("قال مصدر في «الفرقة الثامنة» إن 12 شاباً اعتقلوا في نوى.", "مصدر في «الفرقة الثامنة»"),
    ("قال مسؤول في المجلس المحلي إن 12 شاباً اعتقلوا في نوى.", "مسؤول في المجلس المحلي"),
    # who was told is no part of the source
    ("أفادت مديرية الصحة لمراسل سانا بأن 12 شاباً اعتقلوا في نوى.", "مديرية الصحة"),
    # «شهود عيان» is one name; «عبر» ends it
    ("اعتقل 12 شاباً في نوى، وفق ما رواه شهود عيان.", "شهود عيان"),
    ("اعتقل 12 شاباً في نوى، وفق ما رواه شهود عيان لوكالة فرانس برس.", "شهود عيان لوكالة فرانس برس"),
    ("اعتقل 12 شاباً في نوى، وفق ما نشرته المحافظة عبر صفحتها.", "المحافظة"),
    # an outlet's name runs on past a word that would end a name
    ("قال مراسل حلب اليوم إن 12 شاباً اعتقلوا في نوى.", "مراسل حلب اليوم"),
    # the closing parenthesis of an agency's acronym is kept
    ("اعتقل 12 شاباً في نوى، بحسب الوكالة العربية السورية للأنباء (سانا).",
     "الوكالة العربية السورية للأنباء (سانا)"),
])
def test_source_names_are_whole(ex, text, source):
    got = _one(ex, text, quantities=[("12", 12, 12, "شاب")], places=[("نوى", "C2", "Nawa", "Daraa")])
    assert got == [("arrest", source, False)]


def test_known_outlets_get_a_canonical_name(ex):
    t = "قال مراسل عنب بلدي إن 12 شاباً اعتقلوا في نوى."
    evs = _asserted(_run(ex, _doc(t, quantities=[("12", 12, 12, "شاب")], places=[("نوى", "C2", "Nawa", "Daraa")])))
    assert [e["reported_by"]["canonical"] for e in evs] == ["Enab Baladi"]


def test_a_relay_from_its_own_sources_keeps_the_relaying_network(ex):
    t = "اعتقل 12 شاباً في نوى، حسب ما نقلته شبكة «أخبار حوران» عن مصادرها."
    got = _one(ex, t, quantities=[("12", 12, 12, "شاب")], places=[("نوى", "C2", "Nawa", "Daraa")])
    assert got == [("arrest", "شبكة «أخبار حوران»", False)]


def test_a_source_later_in_the_sentence_reports_what_came_before(ex):
    t = "عثر الأهالي على جثث ستة أشخاص في بلدة نوى، وقال مراسل محلي إن الجثث بدت عليها آثار ضرب."
    got = _one(ex, t, quantities=[("ستة", 6, 6, "شخص")], places=[("نوى", "C2", "Nawa", "Daraa")])
    assert [g[1:] for g in got] == [("مراسل محلي", False)]
    # the later clause tells news of its own (a new figure and place): the first keeps the outlet
    _lead_keeps_the_outlet(ex, "قتل أربعة جنود في بلدة نوى، وقال ناشطون إن ستة مدنيين قتلوا في بلدة جاسم.")


# -- stop 20: causes found on probe set 4 (sentences written for these tests) --------------------
@pytest.mark.parametrize("text, source", [
    # «بيان صادر عن X»: who issued the statement
    ("اعتقل 12 شاباً في نوى، وفق بيان صادر عن هيئة حقوقية محلية.", "هيئة حقوقية محلية"),
    # «X نقلاً عن Y»: Y said it, X passed it on (a body ending in taa marbuta is no pronoun)
    ("اعتقل 12 شاباً في نوى، بحسب ما أوردته صحيفة محلية نقلاً عن مصدر أمني.", "مصدر أمني"),
    ("اعتقل 12 شاباً في نوى، بحسب ما أوردته صحيفة محلية نقلاً عن وزارة الداخلية.", "وزارة الداخلية"),
    # «عن X قوله»: the quoted one, without the verb of saying; people keep the body they belong to
    ("اعتقل 12 شاباً في نوى، بحسب ما نقلته وكالة محلية عن مسؤول أمني قوله ذلك.", "مسؤول أمني"),
    ("اعتقل 12 شاباً في نوى، وفق ما نقلت صفحات محلية عن قادة في المجلس المحلي.", "قادة في المجلس المحلي"),
    # «كما قال X» after the news: X reports it
    ("اعتقل 12 شاباً في نوى، كما قال الناشط أبو خالد عبر الهاتف.", "الناشط أبو خالد"),
    # a body named in quotes after a title belongs to the source's name
    ("قال المتحدث باسم تجمع «أحرار الجنوب» إن 12 شاباً اعتقلوا في نوى.", "المتحدث باسم تجمع «أحرار الجنوب»"),
])
def test_issued_by_relayed_and_quoted_body_sources(ex, text, source):
    got = _one(ex, text, quantities=[("12", 12, 12, "شاب")], places=[("نوى", "C2", "Nawa", "Daraa")])
    assert got == [("arrest", source, False)]


def test_where_a_reporter_is_posted_is_part_of_the_source_and_not_the_place(ex):
    t = "عثر الأهالي على جثث ستة أشخاص في بلدة نوى، وفق ما ذكره مراسل عنب بلدي في جاسم."
    d = _doc(t, quantities=[("ستة", 6, 6, "شخص")],
             places=[("نوى", "C2", "Nawa", "Daraa"), ("جاسم", "C1", "Jasim", "Daraa")])
    (e,) = _asserted(_run(ex, d))
    assert _rb(e) == "مراسل عنب بلدي في جاسم" and e["reported_by"]["canonical"] == "Enab Baladi"
    assert e["place"]["name_en"] == "Nawa"


def test_figures_owned_by_a_source_and_no_canonical_from_people_at_large(ex):
    got = _one(ex, "اعتقل 12 شاباً في نوى، وفقاً لتوثيقات المرصد السوري.",
               quantities=[("12", 12, 12, "شاب")], places=[("نوى", "C2", "Nawa", "Daraa")])
    assert got == [("arrest", "المرصد السوري", False)]
    t = "اعتقل 12 شاباً في نوى، بحسب ما أكدت تقارير ميدانية وشهادات من السكان."
    evs = _asserted(_run(ex, _doc(t, quantities=[("12", 12, 12, "شاب")], places=[("نوى", "C2", "Nawa", "Daraa")])))
    assert [e["reported_by"]["canonical"] for e in evs] == [None]


def test_a_sentence_going_on_with_a_named_subject_is_reported_by_it(ex):
    t = "قصفت قوات النظام بلدة جاسم صباح اليوم. وتابع المرصد السوري أن 12 شاباً اعتقلوا في بلدة نوى."
    d = _doc(t, quantities=[("12", 12, 12, "شاب")],
             places=[("نوى", "C2", "Nawa", "Daraa"), ("جاسم", "C1", "Jasim", "Daraa")])
    arrest = next(e for e in _asserted(_run(ex, d)) if e["type"] == "arrest")
    assert _rb(arrest) == "المرصد السوري"


@pytest.mark.parametrize("text, source", [
    # «وفق حصيلة جديدة أعلنها X»: who gave the toll
    ("اعتقل 12 شاباً في نوى، وفق حصيلة جديدة أعلنها المرصد السوري.", "المرصد السوري"),
    # a title known as a name runs on to the person named after it
    ("أعلن وزير الدفاع التركي خلوصي أكار أن 12 شاباً اعتقلوا في نوى.", "وزير الدفاع التركي خلوصي أكار"),
])
def test_a_toll_given_by_and_a_titled_person(ex, text, source):
    got = _one(ex, text, quantities=[("12", 12, 12, "شاب")], places=[("نوى", "C2", "Nawa", "Daraa")])
    assert got == [("arrest", source, False)]


def test_a_tally_verb_reports_the_whole_sentence_past_fiha(ex):
    # «وثق المرصد مقتل …، فيما قُتل …»: the documenting verb's tally goes on after «فيما»
    t = "وثق المرصد السوري لحقوق الإنسان مقتل 20 مدنياً في بلدة نوى، فيما قُتل سبعة عناصر في بلدة جاسم."
    got = _one(ex, t, quantities=[("20", 20, 20, "مدني"), ("سبعة", 7, 7, "عنصر")],
               places=[("نوى", "C2", "Nawa", "Daraa"), ("جاسم", "C1", "Jasim", "Daraa")])
    assert [g[1:] for g in got] == [("المرصد السوري لحقوق الإنسان", False)] * 2


# -- stop 22 (probe set 9's causes) -------------------------------------------------------------
def test_a_verb_joined_to_an_issuing_verb_shares_its_subject(ex):
    # «أصدرت X تقريرها، ووثقت فيه …»: «فيه» points back to the report; X documented the tally
    t = "أصدرت الشبكة السورية لحقوق الإنسان صباح اليوم تقريرها الدوري، ووثقت فيه مقتل 84 مدنياً في محافظة درعا خلال الشهر الماضي."
    got = _one(ex, t, quantities=[("84", 84, 84, "مدني")], places=[("درعا", "G1", "Daraa", "Daraa", "governorate")])
    assert got and got[0][1:] == ("الشبكة السورية لحقوق الإنسان", False)
    # another house style: an office publishes its count and «رصد فيها»
    t = "نشر مكتب توثيق الشهداء في نوى حصيلته الأسبوعية، ورصد فيها اعتقال 17 شاباً في بلدة نوى."
    got = _one(ex, t, quantities=[("17", 17, 17, "شاب")], places=NAWA)
    assert got == [("arrest", "مكتب توثيق الشهداء", False)]
    # a pronoun is never a source's name, even with no issuing verb before it
    t = "اعتقلت دورية 12 شاباً في بلدة نوى، ورصدت فيها الكاميرات حركة السيارات."
    got = _one(ex, t, quantities=[("12", 12, 12, "شاب")], places=NAWA)
    assert all(rb != "فيها" for _, rb, _ in got)


def test_a_one_word_anaphor_is_the_source_named_in_full_before(ex):
    t = "قال مصدر ميداني إن 40 مسلحاً قتلوا في هجوم على بلدة نوى أمس. وأضاف المصدر أن الطيران استهدف مواقع في بلدة جاسم."
    got = _one(ex, t, quantities=[("40", 40, 40, "مسلح")], places=NAWA + [("جاسم", "C1", "Jasim", "Daraa")])
    assert [rb for _, rb, _ in got] == ["مصدر ميداني", "مصدر ميداني"]
    # the committees: «وأوضحت اللجان» after «لجان التنسيق المحلية»
    t = "أعلنت لجان التنسيق المحلية اعتقال 30 شخصاً في بلدة نوى اليوم. وأوضحت اللجان أن دوريات الأمن اعتقلت تسعة آخرين في بلدة جاسم."
    got = _one(ex, t, quantities=[("30", 30, 30, "شخص"), ("تسعة", 9, 9, "شخص")],
               places=NAWA + [("جاسم", "C1", "Jasim", "Daraa")])
    assert [rb for _, rb, _ in got] == ["لجان التنسيق المحلية", "لجان التنسيق المحلية"]
    # with no source of that head before, the word stays as it is
    t = "وأضاف المصدر أن الطيران استهدف مواقع في بلدة جاسم."
    got = _one(ex, t, places=[("جاسم", "C1", "Jasim", "Daraa")])
    assert got and got[0][1] == "المصدر"


def test_an_accuser_reports_the_act(ex):
    t = "اتهمت هيئة التفاوض السورية قوات النظام بقصف بلدة نوى براجمات الصواريخ ليل أمس، مما أسفر عن مقتل 25 شخصاً."
    got = _one(ex, t, quantities=[("25", 25, 25, "شخص")], places=NAWA)
    assert got and got[0][1:] == ("هيئة التفاوض السورية", False)
    t = "اتهم ناشطون قوات النظام باعتقال 14 شاباً في بلدة نوى."
    got = _one(ex, t, quantities=[("14", 14, 14, "شاب")], places=NAWA)
    assert got == [("arrest", "ناشطون", False)]


def test_the_agency_reporter_in_the_next_sentence_reports_the_lead(ex):
    # «وأفاد مراسل وكالتنا بأن القصف…»: the next sentence comes back to the lead and adds nothing new
    t = "قصفت المدفعية التركية قرية نوى ليل الأحد. وأفاد مراسل وكالتنا بأن عدداً من المنازل تضرر جراء القذائف."
    got = _one(ex, t, places=NAWA)
    assert got == [("shelling", "مراسل وكالتنا", False)]
    t = "ألقت طائرات مروحية للنظام براميل متفجرة فوق بلدة نوى. وأفادت مراسلة الموقع بأن الغارات دمرت مدرسة."
    got = _one(ex, t, places=NAWA)
    assert got and got[0][1:] == ("مراسلة الموقع", False)


def test_a_source_closing_its_sentence_goes_on_over_the_next_act(ex):
    t = ("قُتل ثلاثة مدنيين بقصف مسيرة على بلدة نوى مساء أمس، وفق ما أفادت به مراسلة نورث برس. "
         "وردت الفصائل بعد ساعات بقصف صاروخي على بلدة جاسم.")
    got = _one(ex, t, quantities=[("ثلاثة", 3, 3, "مدني")], places=NAWA + [("جاسم", "C1", "Jasim", "Daraa")])
    assert [rb for _, rb, _ in got] == ["مراسلة نورث برس", "مراسلة نورث برس"]
    # history recalled after it («وكانت … قد») is not the report going on: the outlet stays
    t = ("سيطرت الفصائل على بلدة نوى اليوم، بحسب ما ذكره مراسل الموقع. "
         "وكان الجيش قد استعاد السيطرة على بلدة جاسم في الشهر الماضي.")
    got = _one(ex, t, places=NAWA + [("جاسم", "C1", "Jasim", "Daraa")])
    assert got[0][1] == "مراسل الموقع" and all(o for _, _, o in got[1:])
    # a speaker's report (not the outlet's own reporter, see
    # test_a_reporters_opening_report_goes_on_over_the_next_act) does not go on
    t = ("قال ناشطون إن الفصائل سيطرت على بلدة نوى اليوم. وقصفت قوات النظام بلدة جاسم.")
    got = _one(ex, t, places=NAWA + [("جاسم", "C1", "Jasim", "Daraa")])
    assert got[-1][2] is True


def test_an_accuser_that_is_a_force_reports_its_own_clause(ex):
    # North Press style: the ministry tells one act, the SDF accuses the government of another
    t = ("أفادت وزارة الدفاع السورية بأن جندياً لقي حتفه فجر الأحد في هجوم نفذته «قسد» على موقع للجيش في بلدة جاسم، "
         "فيما اتهمت «قسد» عبر بيان مجموعات موالية للحكومة بقصف بلدة نوى بالمدفعية.")
    got = _one(ex, t, places=NAWA + [("جاسم", "C1", "Jasim", "Daraa")])
    by = {typ: rb for typ, rb, _ in got}
    assert by.get("shelling") == "«قسد»" and by.get("armed_clash") == "وزارة الدفاع السورية"
    # Hawar style: «اتهمت وحدات حماية الشعب الجيش التركي بقصف…»: the accuser, not the accused
    t = "اتهمت وحدات حماية الشعب الجيش التركي بقصف بلدة نوى بالمدفعية الثقيلة فجر اليوم."
    got = _one(ex, t, places=NAWA)
    assert got and got[0][1] == "وحدات حماية الشعب"


JASIM = [("جاسم", "C1", "Jasim", "Daraa")]


def _by_place(ex, t, **layers):
    evs = _asserted(_run(ex, _doc(t, **layers)))
    return {(e.get("place") or {}).get("surface"): (_rb(e), bool((e["reported_by"] or {}).get("outlet"))) for e in evs}


def test_a_source_after_its_own_clause_owns_that_clause(ex):
    # Al Jazeera style: the ministry's report, then «فيما» another body's act told by the reporter
    t = ("قالت وزارة الداخلية إن 16 عنصراً قتلوا في هجوم على حاجز في بلدة جاسم، فيما أرسلت وزارة الدفاع "
         "تعزيزات إلى بلدة نوى، بحسب ما ذكره مراسل الجزيرة.")
    got = _by_place(ex, t, quantities=[("16", 16, 16, "عنصر")], places=NAWA + JASIM)
    assert got["جاسم"][0] == "وزارة الداخلية" and got["نوى"][0] == "مراسل الجزيرة"
    # AFP style: «وذلك غداة مواجهات … أسفرت عن مقتل 21، وفق المرصد»
    t = ("قال الجيش الإسرائيلي إنه شن غارة جوية على بلدة نوى، وذلك غداة مواجهات شهدتها بلدة جاسم أسفرت عن "
         "مقتل 21 شخصاً، وفق المرصد السوري لحقوق الإنسان.")
    got = _by_place(ex, t, quantities=[("21", 21, 21, "شخص")], places=NAWA + JASIM)
    assert got["جاسم"][0] == "المرصد السوري لحقوق الإنسان" and got["نوى"][0] == "الجيش الإسرائيلي"
    # with no contrast word the speaker's report takes in the relaying agency: the speaker stays
    t = "قال مصدر عسكري إن الجيش سيطر على بلدة نوى بعد اشتباكات استمرت ساعات، بحسب ما نشرته صحيفة تشرين الحكومية."
    got = _by_place(ex, t, places=NAWA)
    assert got["نوى"][0] == "مصدر عسكري"


def test_an_outlet_that_learned_from_a_source(ex):
    t = "علمت «صوت العاصمة» من مصادر أهلية أن عناصر حاجز اعتقلوا سبعة طلاب في بلدة نوى مساء أمس."
    got = _one(ex, t, quantities=[("سبعة", 7, 7, "طالب")], places=NAWA)
    assert got == [("arrest", "مصادر أهلية", False)]
    t = "وعلم موقع المثال من ناشطين في المنطقة أن قصفاً مدفعياً استهدف بلدة نوى فجر اليوم."
    got = _one(ex, t, places=NAWA)
    assert got and got[0][1] == "ناشطين في المنطقة"


def test_a_source_closing_its_sentence_before_a_comment_goes_on(ex):
    t = ("قُتل 27 جندياً في غارات على بلدة نوى ليل الجمعة، وفق ما أعلن والي كلس، في أعلى حصيلة يومية "
         "للجيش منذ أشهر. وردّت المدفعية بقصف مواقع في بلدة جاسم.")
    got = _by_place(ex, t, quantities=[("27", 27, 27, "جندي")], places=NAWA + JASIM)
    assert got["جاسم"] == ("والي كلس", False)
    # a figure after the source is news of its own: it does not go on
    t = ("قُتل 27 جندياً في غارات على بلدة نوى، وفق ما أعلن والي كلس، فيما أصيب 18 آخرون. "
         "وردّت المدفعية بقصف مواقع في بلدة جاسم.")
    got = _by_place(ex, t, quantities=[("27", 27, 27, "جندي"), ("18", 18, 18, None)], places=NAWA + JASIM)
    assert got["جاسم"][1] is True


def test_a_named_body_before_a_colon_and_a_place_label(ex):
    t = "تجمع أحرار حوران: قتل مسلحون مجهولون ظهر الأحد قائداً سابقاً في فصيل محلي ببلدة نوى."
    assert _one(ex, t, places=NAWA)[0][1:] == ("تجمع أحرار حوران", False)
    t = "شبكة الخابور: سقطت قذائف على بلدة نوى صباح اليوم."
    assert _one(ex, t, places=NAWA)[0][1:] == ("شبكة الخابور", False)
    t = "ريف درعا الغربي: قتل مسلحون مجهولون ظهر الأحد قائداً سابقاً في فصيل محلي ببلدة نوى."
    assert _one(ex, t, places=NAWA)[0][2] is True


def test_a_reporter_named_before_the_verb(ex):
    t = ("بدأت اليوم هدنة إنسانية في بلدة جاسم، إلا أن مراسلاً لوكالة الأناضول في بلدة نوى أفاد بسقوط قذائف "
         "على البلدة بعد ساعة من بدئها.")
    got = _by_place(ex, t, places=NAWA + JASIM)
    assert got["نوى"] == ("مراسلاً لوكالة الأناضول", False)
    t = "قصفت المدفعية بلدة جاسم أمس، ومصادر محلية في بلدة نوى أكدت أن الطيران قصف البلدة فجر اليوم."
    got = _by_place(ex, t, places=NAWA + JASIM)
    assert got["نوى"] == ("مصادر محلية", False)


def test_a_reporters_opening_report_goes_on_over_the_next_act(ex):
    t = ("أفاد مراسل الأناضول بأن قرابة ألفي عائلة نزحت اليوم من بلدة جاسم. "
         "وسقطت صواريخ أطلقها التنظيم على بلدة نوى.")
    got = _by_place(ex, t, places=NAWA + JASIM)
    assert got["نوى"] == ("مراسل الأناضول", False)
    # a recall after it is not the report going on
    t = "أفاد مراسل الموقع بأن الفصائل سيطرت على بلدة جاسم اليوم. وكان الطيران الحربي قد قصف بلدة نوى الشهر الماضي."
    got = _by_place(ex, t, places=NAWA + JASIM)
    assert got.get("نوى", (None, True))[1] is True


def test_source_spans_whole_but_not_the_outlet_told(ex):
    t = "قُتل أربعة مدنيين في قصف على بلدة نوى، بحسب ما صرّح به مصدر في مديرية شرطة حماة لصحيفة الوطن."
    got = _one(ex, t, quantities=[("أربعة", 4, 4, "مدني")], places=NAWA,
               entities=[("حماة", "LOC")])
    assert got and got[0][1] == "مصدر في مديرية شرطة حماة"
    t = "أعلن المتحدث باسم «قوات سوريا الديمقراطية» اليوم السيطرة الكاملة على بلدة نوى."
    got = _one(ex, t, places=NAWA)
    assert got and got[0][1] == "المتحدث باسم «قوات سوريا الديمقراطية»"


def test_a_reporter_before_a_colon_and_a_relay_from_its_own_sources(ex):
    t = "مراسل «نبأ»: سيطرت قوات النظام على بلدة نوى إثر انسحاب مقاتلي المعارضة منها."
    assert _one(ex, t, places=NAWA)[0][1:] == ("مراسل «نبأ»", False)
    t = "نقل «تلفزيون سوريا» عن مصادره أن مسلحين مجهولين قتلوا عنصرين من قوات النظام في بلدة نوى."
    got = _one(ex, t, places=NAWA)
    assert got and got[0][1] == "«تلفزيون سوريا»"
    # a relay from a named source still gives that source
    t = "نقلت صفحات محلية عن عضو في لجنة المصالحة أن قوات النظام اعتقلت تسعة شبان في بلدة نوى."
    got = _one(ex, t, quantities=[("تسعة", 9, 9, "شاب")], places=NAWA)
    assert got and got[0][1].startswith("عضو في")


def test_the_statement_named_again_is_its_issuers(ex):
    # Anadolu style: «قالت رئاسة الأركان في بيانها … وأضاف البيان أن…»
    t = ("ذكرت رئاسة الأركان التركية صباح اليوم في بيانها أن قواتها حيدت 23 إرهابياً في بلدة جاسم. وأضاف البيان أن "
         "وحدات الجيش سيطرت على بلدة نوى.")
    got = _by_place(ex, t, quantities=[("23", 23, 23, "إرهابي")], places=NAWA + JASIM)
    assert got["نوى"] == ("رئاسة الأركان التركية", False)
    # SNHR style: «أصدرت الشبكة تقريراً … وأشار التقرير إلى…»; the word itself makes no statement event
    t = ("وثقت الشبكة السورية لحقوق الإنسان مقتل 12 مدنياً في بلدة جاسم. وأشار التقرير إلى أن قوات النظام "
         "اعتقلت 30 شخصاً في بلدة نوى.")
    d = _doc(t, quantities=[("12", 12, 12, "مدني"), ("30", 30, 30, "شخص")], places=NAWA + JASIM)
    evs = _asserted(_run(ex, d))
    assert not any(e["type"] == "statement" for e in evs)
    arrest = next(e for e in evs if e["type"] == "arrest")
    assert _rb(arrest) == "الشبكة السورية لحقوق الإنسان"


def test_what_videos_showed(ex, monkeypatch):
    """Stop 42 (recorded_source.json): clips are the medium, not a teller; the ones who posted them tell it
    (Attribution._recording_publisher). With the switch off, the clips' span as before."""
    from marsad.extract.events import attribution

    t = "دخلت فصائل المعارضة بلدة نوى وسيطرت على مبنى البلدية، بحسب ما أظهرت مقاطع مصورة نشرها مقاتلون."
    monkeypatch.setattr(attribution, "_RECORDED", frozenset({"مقاطع"}))
    assert _one(ex, t, places=NAWA) == [("territory_change", "مقاتلون", False)]
    monkeypatch.setattr(attribution, "_RECORDED", frozenset())
    got = _one(ex, t, places=NAWA)
    assert got and got[0][1].startswith("مقاطع مصورة")


def test_a_known_name_keeps_its_adjective(ex):
    t = "ذكر التلفزيون السوري الرسمي أن الجيش سيطر على بلدة نوى في ريف درعا."
    got = _one(ex, t, places=NAWA)
    assert got and got[0][1] == "التلفزيون السوري الرسمي"
    t = "قُتل ستة مدنيين في قصف على بلدة نوى، كما أفادت شبكة السويداء 24 المحلية."
    got = _one(ex, t, quantities=[("ستة", 6, 6, "مدني")], places=NAWA)
    assert got and got[0][1].startswith("شبكة السويداء 24")


# -- stop 24: who announces in a recording, a dispatch headed by a colon, names cut short, the
# latest report of a source, «that it» after a verb (own sentences, several house styles) -------------


def test_who_appears_in_a_recording_and_announces_reports_it(ex):
    t = "ظهر الملازم أول عمار الخطيب في تسجيل مصور نشر على يوتيوب، معلناً انشقاق 6 من عناصره في بلدة نوى."
    assert _one(ex, t, quantities=[("6", 6, 6, "عنصر")], places=NAWA) == \
        [("defection", "الملازم أول عمار الخطيب", False)]
    t = "وظهر المقدم فراس العلي في مقطع فيديو بثته قناة محلية، أمس، يعلن انشقاق 20 عسكرياً في بلدة نوى."
    assert _one(ex, t, quantities=[("20", 20, 20, "عسكري")], places=NAWA) == \
        [("defection", "المقدم فراس العلي", False)]
    # one who appears and announces nothing reports nothing
    t = "ظهر الملازم أول عمار الخطيب في تسجيل مصور وخلفه علم الثورة، وانشق 6 جنود عن كتيبته في بلدة نوى."
    got = _one(ex, t, quantities=[("6", 6, 6, "جندي")], places=NAWA)
    assert got and got[0][2] is True


def test_a_dispatch_headed_by_a_colon_reports_its_paragraph(ex):
    t = ("المرصد السوري: قتل 7 عناصر من قوات النظام بهجوم لخلايا تنظيم الدولة قرب بلدة نوى. "
         "وبهذا يرتفع عدد قتلى جنود النظام منذ بداية العام إلى 58.")
    got = _one(ex, t, quantities=[("7", 7, 7, "عنصر"), ("58", 58, 58, None)], places=NAWA)
    assert len(got) == 2 and all(rb == "المرصد السوري" and not fb for _, rb, fb in got)
    # a new paragraph is not the dispatch's
    t = "سانا: استشهد مدنيان بقذائف على بلدة نوى.\nوقتل 3 عناصر من الفصائل في بلدة جاسم."
    got = _one(ex, t, quantities=[("مدنيان", 2, 2, "مدني"), ("3", 3, 3, "عنصر")],
               places=NAWA + [("جاسم", "C1", "Jasim", "Daraa")])
    assert ("casualties", "سانا", False) in got or got[0][1] == "سانا"
    assert any(fb for _, _, fb in got)


def test_names_of_units_and_of_people_named_by_a_role_are_whole(ex):
    t = "قال لواء شهداء الإسلام في بيان إن مقاتليه صدوا هجوماً لقوات النظام على بلدة نوى."
    assert _one(ex, t, places=NAWA)[0][1] == "لواء شهداء الإسلام"
    t = "أعلن القيادي في الفصائل أبو أحمد الحوراني، عبر حسابه، مقتل 4 عناصر من قوات النظام بهجوم قرب بلدة نوى."
    got = _one(ex, t, quantities=[("4", 4, 4, "عنصر")], places=NAWA, entities=[("أبو أحمد الحوراني", "PER")])
    assert got[0][1] == "القيادي في الفصائل أبو أحمد الحوراني"


def test_the_latest_report_of_a_source_and_that_it(ex):
    t = "بلغ عدد القتلى في بلدة نوى منذ الخميس 131 شخصاً، وفق آخر إحصائية وثقها المرصد السوري لحقوق الإنسان."
    got = _one(ex, t, quantities=[("131", 131, 131, "شخص")], places=NAWA)
    assert got[0][1] == "المرصد السوري لحقوق الإنسان" and not got[0][2]
    t = ("ذكرت وزارة الداخلية السورية أن 19 قتلوا خلال مواجهات في بلدة نوى، وأعلنت أنها شرعت في إرسال وحدات "
         "من الأمن العام إلى البلدة.")
    got = _one(ex, t, quantities=[("19", 19, 19, None)], places=NAWA)
    assert all(rb == "وزارة الداخلية السورية" for _, rb, _ in got)


def test_a_ministry_that_reports_is_named_as_itself_its_forces_act(ex):
    # the ACLED `source` column names the body that reported (a ministry), not its forces
    from marsad.views.acled import acled_rows

    t = "ذكرت وزارة الدفاع الروسية أن مقاتلاتها نفذت 26 غارة على مواقع تنظيم الدولة قرب بلدة نوى."
    evs = _asserted(_run(ex, _doc(t, published="2016-02-03", quantities=[("26", 26, 26, "غارة")], places=NAWA)))
    assert evs[0]["reported_by"]["canonical"] == "Russian Ministry of Defence"
    assert ("agent", "Russian forces") in [(a["role"], a["canonical"]) for a in evs[0]["actors"]]
    row = acled_rows([dict(evs[0], outlet="منصة المثال")], 0)[0]
    assert row["source"].startswith("Russian Ministry of Defence") and row["actor1"].startswith("Military Forces of Russia")
    t = "أعلنت وزارة الداخلية السورية القبض على أفراد خلية لتنظيم داعش في بلدة نوى."
    evs = _asserted(_run(ex, _doc(t, published="2025-05-02", places=NAWA)))
    assert evs[0]["reported_by"]["canonical"] == "Syrian Ministry of Interior"
    roles = [(a["role"], a["canonical"]) for a in evs[0]["actors"]]
    assert ("agent", "Syrian government (2024-)") in roles and ("target", "Islamic State") in roles
