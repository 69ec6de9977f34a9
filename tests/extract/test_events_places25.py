"""Places of an act and kinds of a sum (issue 10, stop 25): a named base or headquarters the
gazetteer lacks, tied to a town or region, is the act's place (unlisted.py facility nouns); a place
after «ضمن» is within it, not a part of a figure; «كـ» before a name compares, it locates nothing;
«بستان» (an orchard) is a common noun before it is a village; an act going on «منذ» a time with no
figure is no aggregate (an aggregate is a figure summed over a period). Our own sentences in
monitor, wire, state agency, local outlet and pan-Arab paper styles; earlier layers by hand,
except the gazetteer test, which runs the places layer."""
from __future__ import annotations

import pytest

from marsad.document import Document
from marsad.extract.events import EventExtractor

from test_events import _asserted, _bounds, _doc, _place, _run


@pytest.fixture(scope="module")
def ex():
    return EventExtractor()


W_ALEPPO = ("ريف حلب الغربي", "R801", "western Aleppo countryside", "Aleppo", "region")
E_HOMS = ("ريف حمص الشرقي", "R802", "eastern Homs countryside", "Homs", "region")
DARAA = ("درعا", "C801", "Daraa", "Daraa")
DAMASCUS = ("دمشق", "C802", "Damascus", "Damascus")
HAMA = ("حماة", "C803", "Hama", "Hama")
BADIA = ("البادية السورية", "R803", "Syrian desert", None, "region")
KHABUR = ("الخابور", "R804", "Khabur valley", "Al-Hasakah", "region")
INKHIL = ("إنخل", "C804", "Inkhil", "Daraa")
TALBISEH = ("تلبيسة", "C805", "Talbiseh", "Homs")


def _evs(ex, text, places, quantities=(), dates=()):
    d = _doc(text, published="2021-06-10", places=[p for p in places if p[0] in text], quantities=quantities,
             dates=dates)
    return _asserted(_run(ex, d))


# -- a named base or headquarters the gazetteer lacks is the act's place ------------------------
@pytest.mark.parametrize("text,where", [
    # a wire's: a base in a region
    ("قال المرصد لوكالة فرانس برس إن مقاتلين معارضين سيطروا بالكامل على قاعدة المنصورة الجوية في ريف حلب "
     "الغربي عقب حصار استمر أسابيع.", "المنصورة الجوية"),
    # a monitor's: barracks near a city
    ("استهدفت غارات جوية ثكنة الصاعقة العسكرية قرب مدينة درعا فجر اليوم، ما أودى بحياة 4 عناصر.",
     "الصاعقة العسكرية"),
    # a pan-Arab paper's: a camp «وسط» a region, a name of two words
    ("هاجم مسلحون ليل أمس معسكر الشبيبة الصيفي وسط ريف حلب الغربي، وقتل في الهجوم 4 عناصر.", "الشبيبة الصيفي"),
])
def test_a_named_site_the_gazetteer_lacks_is_the_acts_place(ex, text, where):
    evs = _evs(ex, text, [W_ALEPPO, DARAA, DAMASCUS], quantities=[("4", 4, 4, "عنصر")] if "4" in text else [])
    assert [_place(e) for e in evs] == [where]
    p = evs[0]["place"]
    assert (p["kind"], p["id"], p["geo_precision"]) == ("facility", None, 2) and p["near"]["surface"] in (
        "ريف حلب الغربي", "درعا", "دمشق")


@pytest.mark.parametrize("text,where", [
    # the seat of a body is no named site: the town
    ("اعتقلت قوات الأمن 5 شبان من مقر الحزب في مدينة حماة.", "حماة"),
    # the seat of a force named by the actor list: the town
    ("قصفت طائرات مسيرة مقر قيادة الشرطة العسكرية وسط دمشق، ما أودى بحياة 4 عناصر.", "دمشق"),
    # a unit is not a site: the town of the unit
    ("انشق 5 مجندين عن كتيبة الإشارة في مدينة حماة.", "حماة"),
])
def test_a_seat_of_a_body_or_a_unit_leaves_the_town(ex, text, where):
    qs = [(n, int(n), int(n), "عنصر") for n in ("4", "5") if n in text.split()]
    evs = _evs(ex, text, [HAMA, DAMASCUS], quantities=qs)
    assert [_place(e) for e in evs] == [where]


# -- «ضمن» a place is within it ------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    # a monitor's: a running toll within a desert region
    "وذكر المرصد أن عدد قتلى جيش النظام في كمائن التنظيم ضمن البادية السورية وصل إلى 75 منذ مطلع العام.",
    # a wire's
    "وثق المرصد مقتل 75 عنصراً من قوات النظام ضمن ريف حمص الشرقي منذ مطلع العام.",
    # a local outlet's: «ضمن مناطق»
    "قتل 75 عنصراً من قوات النظام في كمائن التنظيم ضمن مناطق ريف حمص الشرقي منذ مطلع العام.",
])
def test_a_place_after_within_is_the_place_of_the_sum(ex, text):
    evs = _evs(ex, text, [BADIA, E_HOMS], quantities=[("75", 75, 75, "عنصر")],
               dates=[("مطلع العام", "2021", "year")])
    assert [(e["kind"], _bounds(e["fatalities"]), _place(e)) for e in evs] == \
        [("aggregate", (75, 75), "البادية السورية" if "البادية" in text else "ريف حمص الشرقي")]


def test_within_before_people_is_still_a_part(ex):
    # «ضمن» before the figure's people, not a place: the breakdown rule stands
    t = "قتل 9 أشخاص في قصف على مدينة درعا، ضمنهم 3 أطفال من بلدة تلبيسة."
    evs = _evs(ex, t, [DARAA, TALBISEH], quantities=[("9", 9, 9, "شخص"), ("3", 3, 3, "طفل")])
    assert [_place(e) for e in evs] == ["درعا"]


# -- «كـ» before a name compares -----------------------------------------------------------------
@pytest.mark.parametrize("text,where", [
    # the places layer reading «كمائن» as «ك» and a name (ambushes)
    ("قتل 6 عناصر في كمائن نصبها التنظيم في ريف حمص الشرقي.", "ريف حمص الشرقي"),
    # «like Damascus»
    ("تعرضت مدينة درعا لقصف عنيف، كدمشق قبلها بأيام، وقتل فيه 6 مدنيين.", "درعا"),
    # a wire's
    ("قال ناشطون إن 6 مدنيين قتلوا بقصف على مدينة حماة، كحلب في الأسابيع الماضية.", "حماة"),
])
def test_a_name_after_ka_is_a_comparison_not_a_place(ex, text, where):
    stray = ("مائن", "C899", "Stray", "Homs") if "كمائن" in text else ("دمشق", "C802", "Damascus", "Damascus") \
        if "كدمشق" in text else ("حلب", "C898", "Aleppo", "Aleppo")
    evs = _evs(ex, text, [E_HOMS, DARAA, HAMA, stray], quantities=[("6", 6, 6, "شخص")])
    assert [_place(e) for e in evs] == [where]


# -- an orchard is no village ----------------------------------------------------------------------
@pytest.mark.parametrize("text,town", [
    # a local outlet's
    ("عثر متطوعو الدفاع المدني على رفات 12 شخصاً في بستان على أطراف مدينة عدرا بريف دمشق.", "عدرا"),
    # a monitor's
    ("سقطت قذيفة على بستان في أطراف مدينة دوما دون إصابات.", "دوما"),
    # a wire's: the plural
    ("قال شهود إن غارة أصابت بساتين على أطراف بلدة حزة.", "حزة"),
])
def test_an_orchard_is_a_common_noun_not_a_village(text, town):
    from marsad.pipeline import Pipeline

    doc = Document(text)
    Pipeline(only=["entities", "places"])(doc)
    got = {r["surface"] for r in doc["places"]}
    assert town in got and not {"بستان", "بساتين"} & got


# -- an act going on since a time, with no figure, is no aggregate ---------------------------------
@pytest.mark.parametrize("text,typ,where", [
    # a Kurdish agency's
    ("وتتصاعد وتيرة القصف التركي على بلدات الخابور منذ عشرة أيام وسط تحليق للطائرات المسيرة.", "shelling", "الخابور"),
    # a local outlet's
    ("وتتعرض مدينة إنخل لحملة قصف مكثفة منذ الشهر الماضي.", "shelling", "إنخل"),
    # a monitor's
    ("وتتواصل الاشتباكات العنيفة في محيط بلدة تلبيسة منذ يومين.", "armed_clash", "تلبيسة"),
])
def test_an_act_going_on_since_a_time_with_no_figure_is_no_aggregate(ex, text, typ, where):
    # (whether a trend is an event at all is the mentions layer's: a background trend may be none;
    # the clashes going on are the news here and stay one)
    evs = _evs(ex, text, [KHABUR, INKHIL, TALBISEH])
    assert not [e for e in evs if e["kind"] == "aggregate"]
    if typ == "armed_clash":
        assert [(e["kind"], _place(e)) for e in evs if e["type"] == typ] == [("incident", where)]


# -- a place that «witnessed» the act is its place -------------------------------------------------
@pytest.mark.parametrize("text,where", [
    # a local outlet's: a relative clause after the act noun, a bearing from the capital
    ("وصدر البيان غداة مواجهات شهدتها جديدة عرطوز جنوب غربي دمشق وقتل فيها 11 عنصراً.",
     "جديدة عرطوز"),
    # a monitor's: the place as the subject of «شهدت»
    ("شهدت جرمانا في ريف دمشق أمس اشتباكات عنيفة أسفرت عن مقتل 6 أشخاص.", "جرمانا"),
    # a wire's: «تشهدها»
    ("قتل 4 مدنيين في الاشتباكات التي تشهدها تلبيسة في ريف حمص الشمالي منذ الصباح.", "تلبيسة"),
])
def test_a_place_that_witnessed_the_act_is_its_place(text, where):
    from marsad.pipeline import Pipeline

    doc = Document(text, published="2025-05-01")
    Pipeline()(doc)
    clashes = [e for e in doc["events"] if e["type"] == "armed_clash"]
    assert [(e["place"] or {}).get("surface") for e in clashes] == [where]


# -- a day told in the clause of another act is that act's -----------------------------------------
@pytest.mark.parametrize("text,when", [
    # a local outlet's: the campaign came after clashes «the week before»
    ("اعتقلت قوات الأمن 30 شاباً في مدينة حماة، وجاءت الحملة عقب مظاهرة خرجت في المدينة الأسبوع الماضي.",
     "الأسبوع الماضي"),
    # a monitor's
    ("داهمت دورية مدينة حماة واعتقلت 30 شاباً، علماً أن المدينة شهدت مظاهرة حاشدة يوم الجمعة الماضي.",
     "يوم الجمعة الماضي"),
    # a wire's
    ("قال ناشطون إن الأمن اعتقل 30 شاباً في مدينة حماة، وذلك على خلفية اشتباكات اندلعت أمس الأول.",
     "أمس الأول"),
])
def test_a_day_in_another_acts_clause_does_not_date_the_act(ex, text, when):
    d = _doc(text, published="2021-06-10", places=[HAMA], quantities=[("30", 30, 30, "شاب")],
             dates=[(when, "2021-06-04", "day")])
    evs = [e for e in _asserted(_run(ex, d)) if e["type"] == "arrest"]
    assert [(e["date"], e["date_source"]) for e in evs] == [("2021-06-10", "published")]


# -- a name-finder's guess that is a description is no place ---------------------------------------
@pytest.mark.parametrize("text,town", [
    # a Turkish agency's
    ("قتل ثلاثة مدنيين بقذائف صاروخية مصدرها مناطق «قسد» سقطت على حي سكني وسط مدينة الباب.", "الباب"),
    # a monitor's
    ("سقطت قذيفة على حي سكني وسط مدينة حمص وأصابت ثلاثة مدنيين.", "حمص"),
    # a local outlet's
    ("استهدفت غارة جوية قرية صغيرة قرب مدينة إدلب، ما أودى بحياة ثلاثة مدنيين.", "إدلب"),
])
def test_a_description_guessed_as_a_name_is_no_place(ex, text, town):
    guess = "سكني" if "سكني" in text else "صغيرة"
    d = _doc(text, published="2021-06-10", quantities=[("ثلاثة", 3, 3, "مدني")],
             places=[(town, "C809", "Town", "Aleppo")])
    i = text.index(guess)
    d.add("places", {"start": i, "end": i + len(guess), "surface": guess, "id": None, "name_ar": guess,
                     "name_en": None, "admin1_en": None, "lat": None, "lon": None, "confidence": 0.1,
                     "level": None, "kind": None, "country": None, "source": "ner", "unresolved": True})
    evs = _asserted(_run(ex, d))
    assert [_place(e) for e in evs] == [town]


# -- a town the gazetteer lacks, closing its clause with its noun, is the act's place -------------
@pytest.mark.parametrize("text,where", [
    # a pan-Arab paper's: after «فيما» another act near a town
    ("قتل 5 عناصر في اشتباكات بمدينة درعا، فيما شن الطيران غارات على آليات عسكرية قرب بلدة كحيل.", "كحيل"),
    # a monitor's: a village before a date
    ("وثق المرصد مقتل 5 مدنيين في مدينة حماة أمس، وقصفت المدفعية قرية المشيرفة اليوم.", "المشيرفة"),
    # a local outlet's: the sentence after
    ("تعرضت مدينة درعا لقصف مدفعي صباح اليوم. كما استهدفت طائرة مسيرة سيارة في بلدة الجيزة.", "الجيزة"),
])
def test_an_unlisted_town_closing_its_clause_is_the_place(ex, text, where):
    dates = [(w, v, "day") for w, v in (("أمس", "2021-06-09"), ("اليوم", "2021-06-10")) if f" {w}." in text]
    evs = _evs(ex, text, [DARAA, HAMA], quantities=[("5", 5, 5, "شخص")] if "5" in text else [], dates=dates)
    got = [e for e in evs if _place(e) == where]
    assert len(got) == 1 and got[0]["place"]["geo_precision"] == 3 and got[0]["place"]["near"]["relation"] == "document"


@pytest.mark.parametrize("text", [
    # a description, not a name
    "قتل 5 مدنيين في مدينة درعا، وقصفت المدفعية قرية مجاورة.",
    "قتل 5 مدنيين في مدينة درعا، وطال القصف بلدة مهجورة.",
])
def test_no_unlisted_town_from_a_description(ex, text):
    evs = _evs(ex, text, [DARAA], quantities=[("5", 5, 5, "شخص")] if "5" in text else [])
    assert not any((e["place"] or {}).get("source") == "text" for e in evs)


@pytest.mark.parametrize("text", [
    # the clause goes on after the name (stop 30: the name is read strictly, a relative clause ends it)
    "قتل 5 مدنيين في مدينة درعا، وقصفت المدفعية قرية المشيرفة التي نزح سكانها.",
    # no town named anywhere (stop 30: the village is the place, with no admin names)
    "قصفت المدفعية قرية المشيرفة.",
])
def test_an_unlisted_town_tied_to_nothing_is_the_place(ex, text):
    # (before stop 30 these gave no place: "no unlisted town without a closed name and a town told")
    evs = _evs(ex, text, [DARAA], quantities=[("5", 5, 5, "شخص")] if "5" in text else [])
    assert [e["place"]["surface"] for e in evs if e["type"] == "shelling" and (e["place"] or {}).get("source") == "text"] == \
        ["المشيرفة"]


# -- «المحافظة» with no governorate named is the governorate the places named lie in ---------------
@pytest.mark.parametrize("text,quants,gov", [
    # a documentation office's: a month's arrests after a strike on a village
    ("قصفت المدفعية بلدة الكرك الشرقي شرقي درعا أمس، فيما وثق مكتب التوثيق 45 حالة اعتقال في المحافظة "
     "خلال الشهر الماضي.", [("45", 45, 45, "حالة")], "Daraa"),
    # a monitor's: deaths by blasts since the start of the year
    ("انفجرت عبوة ناسفة في مدينة الميادين اليوم، وأحصى المرصد مقتل 60 شخصاً بانفجارات مماثلة في المحافظة خلال "
     "العام الجاري.", [("60", 60, 60, "شخص")], "Deir ez-Zor"),
    # a local outlet's: a running total of arrests
    ("اعتقلت دورية أمنية 4 شبان في مدينة جاسم، ليرتفع عدد المعتقلين في المحافظة منذ بداية الشهر إلى 70.",
     [("4", 4, 4, "شاب"), ("70", 70, 70, None)], "Daraa"),
])
def test_the_province_named_by_its_noun_is_the_governorate_of_the_places_before(ex, text, quants, gov):
    places = [("الكرك الشرقي", "C811", "Al-Karak", "Daraa"), ("ريف درعا الشرقي", "R811", "eastern Daraa", "Daraa",
                                                                  "region"),
              ("الميادين", "C812", "Al-Mayadin", "Deir ez-Zor"), ("جاسم", "C813", "Jasim", "Daraa")]
    dates = [(w, v, g) for w, v, g in (("مطلع العام", "2021", "year"), ("الشهر الماضي", "2021-05", "month"),
                                       ("بداية الشهر", "2021-06", "month"), ("اليوم", "2021-06-10", "day"))
             if w in text]
    evs = _evs(ex, text, places, quantities=quants, dates=dates)
    aggs = [e for e in evs if e["kind"] == "aggregate"]
    assert len(aggs) == 1
    p = aggs[0]["place"]
    assert (p["surface"], p["kind"], p["name_en"]) == ("المحافظة", "governorate", gov)


@pytest.mark.parametrize("text,where", [
    # a wire's: a description after the noun, not a name
    ("ضربت طائرة مسيرة قاعدة عسكرية إيرانية قرب مدينة درعا.", "درعا"),
    # a monitor's
    ("هاجم مسلحون ثكنة عسكرية في مدينة حماة وقتلوا 4 عناصر.", "حماة"),
    # a local outlet's
    ("استهدف قصف صاروخي مستودعات ذخيرة قرب مدينة حماة.", "حماة"),
])
def test_a_site_described_not_named_leaves_the_town(ex, text, where):
    evs = _evs(ex, text, [DARAA, HAMA], quantities=[("4", 4, 4, "عنصر")] if "4" in text else [])
    assert [_place(e) for e in evs] == [where]


# -- a front or an axis named by its town is at the town -------------------------------------------
@pytest.mark.parametrize("text,where", [
    # a wire's relay of a commander
    ("ذكر قائد ميداني أن عناصره أفشلوا محاولة تقدم لجيش النظام على جبهة زملكا في الغوطة الشرقية.", "زملكا"),
    # an opposition site's
    ("صد مقاتلو المعارضة هجوماً على جبهة حرستا في الغوطة الشرقية فجر اليوم.", "حرستا"),
    # a state agency's: an axis
    ("تصدت قوات الجيش لهجوم شنه إرهابيون على محور كفرنبودة شمال غربي حماة.", "كفرنبودة"),
])
def test_a_front_named_by_its_town_is_at_the_town(text, where):
    from marsad.pipeline import Pipeline

    doc = Document(text, published="2017-03-20")
    Pipeline()(doc)
    clashes = [e for e in doc["events"] if e["type"] == "armed_clash"]
    assert [(e["place"] or {}).get("surface") for e in clashes] == [where]


def test_a_front_that_is_a_faction_stays_a_name():
    # guard: «جبهة النصرة» is a faction, no place
    from marsad.pipeline import Pipeline

    doc = Document("هاجم مقاتلو جبهة النصرة حاجزاً لقوات النظام في مدينة درعا.", published="2014-03-20")
    Pipeline()(doc)
    assert [(e["place"] or {}).get("surface") for e in doc["events"]] == ["درعا"]
