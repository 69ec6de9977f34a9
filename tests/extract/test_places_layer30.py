"""Stop 30 (helper layer): places the gazetteer lacks that the text names with their noun.

Own sentences; every village, quarter or site at the heart of a sentence is invented and absent from the
gazetteer (checked in `test_the_invented_names_are_not_listed`), the towns around them are real. Each family is
tested in at least three wordings; piped_events checks every span (text[start:end] == surface)."""
from __future__ import annotations

import pytest

from marsad.arabic.normalize import fold_str
from marsad.document import Document

from piped import piped_events, place_surface, type_place

INVENTED = ("الورشة", "الحويش", "الزهراوية", "البيادر", "الكرم", "الضباب", "السنابل", "الكورنيش", "الخزانات",
            "أبو الخشب", "تل المشمش", "الفيحاء", "المطاحن", "الورود", "النخيل")


def test_the_invented_names_are_not_listed():
    from marsad.extract.places import gazetteer

    gz = gazetteer()
    assert [n for n in INVENTED if " ".join(fold_str(n).split()) in gz.by_key] == []


def _one(pipe, text: str, typ: str) -> dict:
    evs = [e for e in piped_events(pipe, text) if e["type"] == typ]
    assert len(evs) == 1, type_place(piped_events(pipe, text))
    return evs[0]


# ---- a neighbouring adjective governs the town after it («المجاورة لمدينة Y», «القريبة من Y») ----------------
@pytest.mark.parametrize("text, typ, place", [
    ("تدور معارك عنيفة بين فصائل المعارضة وجيش النظام عند أطراف قرية الورشة المجاورة لمدينة القصير منذ الصباح.",
     "armed_clash", "الورشة"),
    ("قُتل ثلاثة مدنيين بقصف مدفعي استهدف بلدة الحويش القريبة من مدينة منبج.", "shelling", "الحويش"),
    ("أصيب طفل بقصف على قرية البيادر المحاذية لبلدة اللطامنة في ريف حماة.", "shelling", "البيادر"),
])
def test_a_village_next_to_the_town_after_it(pipe, text, typ, place):
    e = _one(pipe, text, typ)
    assert place_surface(e) == place
    assert e["place"]["kind"] == "locality"


def test_a_neighbouring_adjective_alone_still_reads_the_town_before(pipe):
    text = "دخلت قوات النظام مدينة كفرنبودة صباح اليوم. وقتل مدنيان بقصف على قرية الورشة المجاورة."
    assert "الورشة" in [place_surface(e) for e in piped_events(pipe, text) if e["type"] == "shelling"]


# ---- a name in quotes after its noun ------------------------------------------------------------------------
@pytest.mark.parametrize("text, typ, place", [
    ('قُتل أربعة مدنيين بقصف صاروخي على قرية "الزهراوية" القريبة من مدينة سراقب.', "shelling", "الزهراوية"),
    ("سيطرت فصائل المعارضة على بلدة «الضباب» جنوب مدينة السفيرة بعد مواجهات مع جيش النظام.", "territory_change",
     "الضباب"),
    ("اعتقلت قوات الأمن 12 شاباً في حي “السنابل” بمدينة حمص.", "arrest", "السنابل"),
])
def test_a_quoted_name_after_its_noun(pipe, text, typ, place):
    e = _one(pipe, text, typ)
    assert place_surface(e) == place


# ---- nouns of sites read as places: valley, hill, front, road, a station named by its village --------------
@pytest.mark.parametrize("text, typ, place", [
    ("قصفت مسيرة تركية رعاة ماشية في وادي الكرم قرب ناحية عين عيسى، فجرحت ثلاثة منهم.",
     "airstrike", "الكرم"),
    ("قصفت قوات النظام تلة الخزانات بريف اللاذقية الشمالي بالمدفعية.", "shelling", "الخزانات"),
    ("لقي خمسة من جنود النظام حتفهم أثناء محاولتهم التقدم على محور الفيحاء في جبل الزاوية.", "armed_clash",
     "الفيحاء"),
    ("دمرت الفصائل دبابة على جبهة الكورنيش بريف حماة الشمالي الغربي، وقُتل طاقمها.", None, "الكورنيش"),
    ("قتل ستة جنود من جيش النظام بكمين على طريق المطاحن في بادية حمص الشرقية.", "armed_clash", "المطاحن"),
    ("قصفت مسيرة تركية محطة الورود للغاز في ريف القحطانية، فتوقفت عن العمل.", "airstrike", "الورود"),
    ("قصفت طائرات حربية محطة النخيل لتوليد الكهرباء في ريف حلب الشرقي.", "airstrike", "النخيل"),
])
def test_a_site_named_with_its_noun(pipe, text, typ, place):
    evs = piped_events(pipe, text)
    got = [place_surface(e) for e in evs if typ is None or e["type"] == typ]
    assert place in got, type_place(evs)


@pytest.mark.parametrize("text, place", [
    # a body headed by «جبهة»/«محور»: never a place
    ("هاجم مقاتلو جبهة النصرة في ريف إدلب الجنوبي حاجزاً لقوات النظام، وقتلوا أربعة من عناصره.", "ريف إدلب الجنوبي"),
    # the road's own words: the airport road in a city is the city's
    ("قتل ثلاثة مدنيين بانفجار عبوة ناسفة على طريق المطار في مدينة دير الزور.", "دير الزور"),
    # a road's description, indefinite: «طريق ترابي قرب بلدة X» is a branch road near the town
    ("قتل عنصران باستهداف مسيرة سيارتهما على طريق ترابي قرب بلدة سلقين.", "سلقين"),
    # a station with no purpose word after its name is the station's own name, no village
    ("قتل شخصان بغارة جوية على محطة الوقود في بلدة سراقب.", "سراقب"),
])
def test_a_site_noun_that_names_no_place(pipe, text, place):
    evs = piped_events(pipe, text)
    assert [place_surface(e) for e in evs] == [place], type_place(evs)


def test_a_defection_from_a_battalion_near_a_town_is_at_the_town(pipe):
    # «كتيبة X المتمركزة قرب بلدة Y»: the unit left, not a site (the seen gold places it at the town)
    text = "انشق 12 جندياً عن كتيبة الإشارة المتمركزة قرب بلدة الغارية الغربية شرق درعا."
    evs = [e for e in piped_events(pipe, text) if e["type"] == "defection"]
    assert [place_surface(e) for e in evs] == ["الغارية الغربية"]


# ---- an unknown name the tagger found takes its kind from the noun before it ----------------------------------
@pytest.mark.parametrize("text, name, kind", [
    ("قتل خمسة مدنيين بقصف على حي المطاحن في مدينة داريا.", "المطاحن", "neighbourhood"),
    ("داهمت قوات الأمن حي الخزانات بمدينة جبلة واعتقلت عشرة شبان.", "الخزانات", "neighbourhood"),
    ("قصفت قوات النظام بلدة تل المشمش بريف إدلب الجنوبي.", "تل المشمش", "locality"),
])
def test_an_unknown_name_takes_the_kind_of_its_noun(pipe, text, name, kind):
    d = Document(text, published="2024-03-05", outlet="منصة المثال")
    pipe(d)
    got = [p for p in d["places"] if name in p["surface"]]
    for p in got:
        assert d.text[p["start"]:p["end"]] == p["surface"]
        if p.get("id") is None and p.get("source") == "ner":
            assert p["kind"] == kind and p["level"] == kind
    evs = [e for e in d["events"] if e.get("place")]
    assert any(name in e["place"]["surface"] for e in evs), [(e["type"], e["place"]["surface"]) for e in evs]


def test_the_kind_of_a_noun_is_read_only_right_before_the_name():
    from marsad.extract.places import PlaceResolver

    k = PlaceResolver._kind_of_noun
    assert k("داهموا حي السنابل", len("داهموا حي ")) == "neighbourhood"
    assert k("وبقرية السنابل", len("وبقرية ")) == "locality"
    assert k("داهموا منزل السنابل", len("داهموا منزل ")) is None


# ---- a town noun's unlisted name tied to nothing: still the place, its name read strictly -------------------
@pytest.mark.parametrize("text, typ, place", [
    ("قصفت قوات النظام بلدة الزهراوية بعشرات القذائف الصاروخية، ما أودى بحياة أربعة مدنيين.", "shelling",
     "الزهراوية"),
    ("قال ناشطون إن 14 مقاتلاً قتلوا في مواجهات داخل قرية تل المشمش منذ ليلة أمس.", "armed_clash", "تل المشمش"),
    ("داهمت قوات سوريا الديمقراطية فجر اليوم قرية الحويش واعتقلت 9 شبان.", "arrest", "الحويش"),
    ("تواصلت المواجهات بين فصائل المعارضة وجيش النظام على محور الضباب، وسط قصف مدفعي متبادل.", "armed_clash", "الضباب"),
])
def test_an_untied_town_name_is_the_place(pipe, text, typ, place):
    evs = [e for e in piped_events(pipe, text) if e["type"] == typ]
    assert [place_surface(e) for e in evs] == [place], type_place(piped_events(pipe, text))
    assert evs[0]["place"]["near"]["relation"] == "document"


@pytest.mark.parametrize("text", [
    # a relative clause after an indefinite noun is no name («تلة تطل على…»)
    "قصفت الطائرات مواقع التنظيم قرب مدينة منبج، وارتفع الدخان من تلة مشرفة على المدينة.",
    # a description
    "قصفت قوات النظام قرية مجاورة لمدينة اللطامنة بالمدفعية.",
    # an anaphor after the noun
    "قصفت قوات النظام قرى المنطقة بعشرات القذائف.",
])
def test_an_untied_noun_with_no_name_gives_no_place_of_its_own(pipe, text):
    evs = piped_events(pipe, text)
    assert all(e["place"] is None or e["place"].get("id") is not None for e in evs), type_place(evs)


# ---- a member of a list tied to the listed member after it; the act at the first ------------------------------
@pytest.mark.parametrize("text, typ, place", [
    ("رمت طائرات النظام المروحية براميل متفجرة على بلدتي الزهراوية وسراقب، ما أودى بحياة ستة مدنيين.", "airstrike",
     "الزهراوية"),
    ("قتل شخصان باستهداف مسيرة تركية سيارتهما على الطريق الرابط بين قرية البيادر ومدينة عامودا.", "airstrike",
     "البيادر"),
    ("سيطرت قوات النظام على بلدتي الكورنيش وخان شيخون بعد معارك عنيفة.", "territory_change", "الكورنيش"),
])
def test_an_unlisted_member_of_a_list_is_its_first_place(pipe, text, typ, place):
    evs = [e for e in piped_events(pipe, text) if e["type"] == typ]
    assert place_surface(evs[0]) == place, type_place(evs)
    assert evs[0]["place"]["near"]["relation"] == "list"


# ---- a town named bare as the object of a verb that strikes or enters it, after the verb's subject -------------
@pytest.mark.parametrize("text, typ, place", [
    ("قصفت قوات النظام سراقب بالمدفعية الثقيلة، فقتل مدنيان.", "shelling", "سراقب"),
    ("اقتحمت دورية للأمن العسكري طفس بريف درعا فجر اليوم واعتقلت ثمانية شبان.", "arrest", "طفس"),
    ("استهدفت الطائرات الحربية الروسية كفرنبل بعدة غارات، ما أودى بحياة أربعة مدنيين.", "airstrike", "كفرنبل"),
    ("قصفت قوات الاحتلال التركي ومرتزقتها عين عيسى بريف الرقة بقذائف الهاون صباح اليوم.", "shelling", "عين عيسى"),
])
def test_a_bare_town_after_the_verb_and_its_subject_is_the_place(pipe, text, typ, place):
    evs = [e for e in piped_events(pipe, text) if e["type"] == typ]
    assert [place_surface(e) for e in evs] == [place], type_place(piped_events(pipe, text))


@pytest.mark.parametrize("text, place", [
    # a small village the gazetteer lists only in that governorate, named bare, then its countryside
    ("قصفت قوات النظام الهبيط بريف إدلب الجنوبي بالمدفعية الثقيلة.", "الهبيط"),
    ("استهدفت الطائرات الحربية الروسية معرشمشة بريف إدلب، ما أودى بحياة ثلاثة مدنيين.", "معرشمشة"),
])
def test_a_bare_village_object_with_its_countryside_after_it(pipe, text, place):
    evs = piped_events(pipe, text)
    assert place in [place_surface(e) for e in evs], type_place(evs)


@pytest.mark.parametrize("text, place", [
    # a preposition between the verb and the name: the usual reading, the name after «في»
    ("قصفت قوات النظام مواقع الفصائل في ريف إدلب الجنوبي.", "ريف إدلب الجنوبي"),
    # a figure between: the name is no object of the verb
    ("استهدفت الطائرات الحربية 12 موقعاً في مدينة سرمدا.", "سرمدا"),
])
def test_a_verb_far_from_the_name_reads_nothing_new(pipe, text, place):
    evs = piped_events(pipe, text)
    assert [place_surface(e) for e in evs] == [place], type_place(evs)


def test_a_bare_noun_right_after_the_verb_is_its_object_not_a_subject(pipe):
    # «دخلوا قلعة حلب»: the citadel is the object, Aleppo its genitive: no second taking of the city
    text = ("أعلنت الفصائل سيطرتها على مدينة حلب إثر انسحاب جيش النظام منها. وقال مراسل محلي إن المقاتلين "
            "دخلوا قلعة حلب ورفعوا علمهم فوقها.")
    evs = [e for e in piped_events(pipe, text) if e["type"] == "territory_change"]
    assert [place_surface(e) for e in evs] == ["حلب"], type_place(evs)


def test_an_untied_village_of_origin_leaves_the_town_of_the_act(pipe):
    # «من أبناء قرية X … في مدينة Y»: the unlisted village is located by Y («document»), and Y stays the act's place
    text = "قُتل رجل من أبناء قرية الزهراوية، ليل السبت، بنيران مسلحين ملثمين في مدينة نوى غرب درعا."
    evs = piped_events(pipe, text)
    assert [place_surface(e) for e in evs] == ["نوى"], type_place(evs)


def test_a_name_that_is_also_an_adjective_of_the_subject_is_no_object(pipe):
    # «دخلت أرتال تركية جديدة»: «جديدة» agrees with the convoys, it is no village they entered
    text = "دخلت أرتال تركية جديدة، ليل الأربعاء، وتمركزت في محيط بلدة سرمين."
    evs = piped_events(pipe, text)
    assert "جديدة" not in [place_surface(e) for e in evs], type_place(evs)
