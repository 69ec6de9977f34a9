"""The arguments of an act that MOVES (issue 10, stop 25): a place governed by «من», «عبر» or «إلى»
after a word of motion is the origin, the route or the destination of the movement, and the act's
type decides which is its place (routes.py, cues.json `motion`): a reinforcement is where it went,
a defection where they left (not the road they took, nor the force they joined when the town left
is named), an arrest or a clash never where the detainees were taken. Also: a figure that opens
its clause before an aside counts the act its verb tells; a running total of arrivals from many
places is not at the place of the act told before it; the dead summed since an earlier start are
not the day's act's. Our own sentences in monitor, state agency, local outlet, wire and
pan-Arab paper styles; earlier layers by hand."""
from __future__ import annotations

import pytest

from marsad.extract.events import EventExtractor

from test_events import _asserted, _bounds, _doc, _place, _run


@pytest.fixture(scope="module")
def ex():
    return EventExtractor()


QAMISHLI = ("القامشلي", "C701", "Qamishli", "Al-Hasakah")
E_DEIR = ("ريف دير الزور الشرقي", "R701", "eastern Deir ez-Zor countryside", "Deir ez-Zor", "region")
HOMS = ("حمص", "C702", "Homs", "Homs")
MORK = ("مورك", "C703", "Morek", "Hama")
DAMASCUS = ("دمشق", "C704", "Damascus", "Damascus")
DARAA = ("درعا", "C705", "Daraa", "Daraa")
BAB_HAWA = ("معبر باب الهوى", "F701", "Bab al-Hawa crossing", "Idlib", "border crossing")
ZAWIYA = ("جبل الزاوية", "R702", "Jabal al-Zawiya", "Idlib", "region")
KAFRLUSIN = ("معبر كفرلوسين", "F702", "Kafr Lusin crossing", "Idlib", "border crossing")
S_IDLIB = ("ريف إدلب الجنوبي", "R703", "southern Idlib countryside", "Idlib", "region")
TELL = ("تل أبيض", "C706", "Tell Abyad", "Raqqa")
AIN_ISSA = ("عين عيسى", "C707", "Ain Issa", "Raqqa")
HARAK = ("الحراك", "C708", "Al-Harak", "Daraa")
NASIB = ("نصيب", "C709", "Nasib", "Daraa")
DARKUSH = ("دركوش", "C710", "Darkush", "Idlib")
JISR = ("جسر الشغور", "C711", "Jisr al-Shughur", "Idlib")
KHIRBET = ("خربة غزالة", "C712", "Khirbet Ghazaleh", "Daraa")
TURKEY = ("تركيا", "TR", "Turkey", None, "country")  # (_doc gives every other place the country Syria)
DOUMA = ("دوما", "C713", "Douma", "Rif Dimashq")
SAYDNAYA = ("سجن صيدنايا", "F703", "Saydnaya prison", "Rif Dimashq", "facility")
MEZZEH = ("مطار المزة العسكري", "F704", "Mezzeh airport", "Damascus", "facility")
QABOUN = ("حي القابون", "N701", "Qaboun", "Damascus", "neighbourhood")
ADRA = ("سجن عدرا", "F705", "Adra prison", "Rif Dimashq", "facility")
TALBISEH = ("تلبيسة", "C714", "Talbiseh", "Homs")
N_HOMS = ("ريف حمص الشمالي", "R704", "northern Homs countryside", "Homs", "region")
LATAMNEH = ("اللطامنة", "C715", "Al-Lataminah", "Hama")
N_HAMA = ("ريف حماة الشمالي", "R705", "northern Hama countryside", "Hama", "region")
SALAMIYAH = ("السلمية", "C716", "Salamiyah", "Hama")
NAWA = ("نوى", "C717", "Nawa", "Daraa")
HATAY = ("ولاية هاتاي", "T701", "Hatay", None, "region")
KAFRNABUDA = ("كفرنبودة", "C718", "Kafr Nabudah", "Hama")
DOUMA_DAY = ("اليوم", "2020-02-23", "day")


def _evs(ex, text, places, quantities=(), dates=(), published="2020-02-23"):
    d = _doc(text, published=published, places=[p for p in places if p[0] in text], quantities=quantities,
             dates=dates)
    return _asserted(_run(ex, d))


def _of(evs, typ):
    return [e for e in evs if e["type"] == typ]


# -- a reinforcement is where it went, never where it came from ----------------------------------
@pytest.mark.parametrize("text,where", [
    # a monitor's
    ("رصد المرصد السوري إرسال قسد تعزيزات عسكرية من مدينة القامشلي نحو ريف دير الزور "
     "الشرقي.", "ريف دير الزور الشرقي"),
    # a state agency's: «نحو» and a town in its region
    ("أرسلت وحدات من الجيش تعزيزات من حمص نحو بلدة مورك لتعزيز النقاط المتقدمة.", "مورك"),
    # a local outlet's: a participle of coming
    ("وصلت تعزيزات عسكرية قادمة من العاصمة دمشق إلى مدينة درعا صباح اليوم، بحسب مراسلنا.", "درعا"),
])
def test_a_reinforcement_is_where_it_went(ex, text, where):
    evs = _of(_evs(ex, text, [QAMISHLI, E_DEIR, HOMS, MORK, DAMASCUS, DARAA]), "reinforcement")
    assert [_place(e) for e in evs] == [where]


@pytest.mark.parametrize("text,origin", [
    # a pan-Arab paper's: the origin is all the sentence names
    ("وأفادت مصادر محلية بأن القوات الحكومية دفعت بتعزيزات كبيرة من حمص خلال الساعات الماضية.", "حمص"),
    # a monitor's
    ("استقدم جيش النظام تعزيزات إضافية من دمشق، بالتزامن مع تحليق كثيف لطائرات الاستطلاع.", "دمشق"),
    # a Kurdish agency's
    ("أرسلت قواتنا تعزيزات من القامشلي لمساندة المقاتلين في التصدي للهجمات.", "القامشلي"),
])
def test_a_reinforcement_is_never_where_it_came_from(ex, monkeypatch, text, origin):
    # (the rules before the lead's stop-41 ruling: rulings.json `reinforcement` off; on, a reinforcement with no
    # destination named is placed where it left from: test_rulings42)
    from marsad.extract.events import rulings
    from piped import conf_with
    conf_with(monkeypatch, rulings, reinforcement=False)
    evs = _of(_evs(ex, text, [HOMS, DAMASCUS, QAMISHLI]), "reinforcement")
    assert len(evs) == 1 and _place(evs[0]) != origin


@pytest.mark.parametrize("text,where", [
    # a monitor's: the crossing is the way in
    ("رصد المرصد دخول رتل تركي إضافي من معبر باب الهوى، وتوجهه إلى نقاط المراقبة التركية في جبل الزاوية.",
     "جبل الزاوية"),
    # a wire's: the crossing after «عبر»
    ("قال شهود إن دبابات ضمن رتل عسكري تركي دخلت عبر معبر كفرلوسين وتوجهت إلى ريف إدلب الجنوبي فجر اليوم.",
     "ريف إدلب الجنوبي"),
    # a local outlet's: «من … باتجاه»
    ("دخل رتل عسكري تركي من معبر كفرلوسين باتجاه جبل الزاوية، وفق ما أفاد مراسلنا.", "جبل الزاوية"),
])
def test_a_convoy_is_where_it_went_not_the_crossing_it_took(ex, text, where):
    evs = _of(_evs(ex, text, [BAB_HAWA, ZAWIYA, KAFRLUSIN, S_IDLIB]), "reinforcement")
    assert [_place(e) for e in evs] == [where]


# -- a defection is where they left: not the road, not the force joined ---------------------------
@pytest.mark.parametrize("text,where", [
    # an opposition site's: the path near a border town
    ("انشق 8 عناصر عن حاجز في مدينة الحراك، وسلكوا طريقاً ترابياً قرب بلدة نصيب حتى بلغوا الحدود.", "الحراك"),
    # a wire's: arrived abroad, left a town at home, took mountain paths
    ("قال مسؤول تركي إن 10 عسكريين وصلوا إلى ولاية هاتاي بعد انشقاقهم عن وحداتهم في جسر الشغور، وقد سلكوا "
     "دروباً جبلية قرب بلدة دركوش.", "جسر الشغور"),
    # a monitor's: «عبر» a town on the way
    ("أعلن 12 مجنداً انشقاقهم عن الفرقة المرابطة في خربة غزالة، وانتقلوا عبر بلدة نصيب إلى الأراضي الأردنية.",
     "خربة غزالة"),
    # an opposition site's: the arrival first, the place left after «بعد فرارهم من», the route last
    ("أكد مصدر عسكري وصول 9 جنود منشقين إلى الأراضي التركية ليل أمس، بعد فرارهم من ثكنتهم في مدينة جسر "
     "الشغور، مضيفاً أنهم سلكوا دروباً جبلية قرب بلدة دركوش.", "جسر الشغور"),
    # a wire's
    ("وصل 15 عسكرياً منشقاً إلى تركيا فجر اليوم بعد هروبهم من مواقعهم في مدينة جسر الشغور، وقد سلكوا طريقاً "
     "زراعياً قرب بلدة دركوش.", "جسر الشغور"),
    # a local outlet's
    ("أفاد ناشطون بوصول 8 منشقين إلى مناطق المعارضة إثر فرارهم من حاجز في مدينة الحراك، مشيرين إلى أنهم "
     "سلكوا طرقاً وعرة قرب بلدة نصيب.", "الحراك"),
])
def test_a_defection_is_not_placed_on_the_road_taken(ex, text, where):
    qs = [(n, int(n), int(n), "عنصر") for n in ("8", "9", "10", "12", "15") if n in text.split()]
    evs = _of(_evs(ex, text, [HARAK, NASIB, HATAY, JISR, DARKUSH, KHIRBET, TURKEY], quantities=qs), "defection")
    assert [_place(e) for e in evs] == [where]


@pytest.mark.parametrize("text,where", [
    # an opposition site's
    ("أفاد مراسلنا بأن 12 عنصراً من مخفر بلدة تلبيسة انشقوا ليل الأحد وانضموا إلى الجيش الحر في ريف "
     "حمص الشمالي.", "تلبيسة"),
    # a monitor's
    ("انشق 14 مجنداً عن كتيبة في بلدة اللطامنة، وانضموا إلى الفصائل في ريف حماة الشمالي.", "اللطامنة"),
    # a wire's
    ("قال ناشطون إن 9 عناصر من فرع الأمن في مدينة السلمية انشقوا والتحقوا بصفوف المعارضة في ريف حماة "
     "الشمالي.", "السلمية"),
])
def test_the_force_joined_is_not_where_they_defected_when_the_town_left_is_named(ex, text, where):
    qs = [(n, int(n), int(n), "عنصر") for n in ("12", "14", "9") if n in text.split()]
    evs = _of(_evs(ex, text, [TALBISEH, N_HOMS, LATAMNEH, N_HAMA, SALAMIYAH], quantities=qs), "defection")
    assert [_place(e) for e in evs] == [where]


def test_the_place_joined_stays_when_it_is_all_the_text_says(ex):
    t = "أكثر من 60 جندياً أعلنوا انشقاقهم عن قوات النظام والتحاقهم بالفصائل في مدينة نوى."
    evs = _of(_evs(ex, t, [NAWA], quantities=[("أكثر من 60", 60, None, "عنصر")]), "defection")
    assert [_place(e) for e in evs] == ["نوى"]


# -- where detainees were taken is not where anything happened -----------------------------------
@pytest.mark.parametrize("text,arrest,clash", [
    # a local outlet's: a recalled clash in «الحي»
    ("اعتقلت قوات الأمن 30 شاباً في حي القابون، واقتادتهم إلى فرع الأمن في مطار المزة العسكري، وجاءت الحملة "
     "بعد اشتباكات شهدها الحي قتل فيها ثلاثة عناصر.", "حي القابون", "حي القابون"),
    # a human-rights group's
    ("داهمت دورية أمنية مدينة دوما واعتقلت 30 مدنياً، ثم نقلتهم إلى سجن صيدنايا.", "دوما", None),
    # a pan-Arab paper's
    ("قالت مصادر إن الشرطة العسكرية اعتقلت 30 شخصاً في مدينة دوما وأودعتهم في سجن عدرا المركزي.", "دوما", None),
])
def test_where_detainees_were_taken_is_no_place_of_an_act(ex, text, arrest, clash):
    qs = [("30", 30, 30, "شخص")] + ([("ثلاثة", 3, 3, "عنصر")] if "ثلاثة" in text else [])
    evs = _evs(ex, text, [QABOUN, MEZZEH, DOUMA, SAYDNAYA, ADRA], quantities=qs)
    assert [_place(e) for e in _of(evs, "arrest")] == [arrest]
    assert not any(_place(e) in ("مطار المزة العسكري", "سجن صيدنايا", "سجن عدرا") for e in evs)
    if clash:
        assert [_place(e) for e in evs if _bounds(e["fatalities"]) == (3, 3)] == [clash]


# -- a figure that opens its clause counts the act after its aside -------------------------------
@pytest.mark.parametrize("text,n", [
    # an opposition site's: the figure's own noun phrase, then a rank aside
    ("أفاد مراسلنا بأن 12 عنصراً من شرطة مخفر بلدة تلبيسة، بينهم قائد المخفر وهو برتبة نقيب، انشقوا ليل "
     "الأحد.", 12),
    # a monitor's: the figure first in its sentence
    ("14 مجنداً من كتيبة الدفاع الجوي في بلدة اللطامنة، بينهم صف ضابط برتبة مساعد أول، أعلنوا انشقاقهم "
     "اليوم.", 14),
    # a wire's: after «إن» with a hedge
    ("ذكر مصدر معارض أن نحو 9 عناصر من مفرزة الأمن السياسي في مدينة السلمية، بينهم ضابط برتبة ملازم "
     "أول، انشقوا فجر اليوم.", 9),
])
def test_a_figure_that_opens_its_clause_counts_the_act_after_an_aside(ex, text, n):
    surf = f"نحو {n}" if f"نحو {n}" in text else str(n)
    evs = _of(_evs(ex, text, [TALBISEH, LATAMNEH, SALAMIYAH], quantities=[(surf, n, n, "عنصر")]), "defection")
    assert [(_bounds(e["count"]), _place(e)) for e in evs] == [((n, n), next(
        p[0] for p in (TALBISEH, LATAMNEH, SALAMIYAH) if p[0] in text))]


@pytest.mark.parametrize("text,n", [
    # a wire's: crossed the border, then «بعد انشقاقهم»
    ("قال مسؤول أمني تركي إن 30 عسكرياً سورياً دخلوا الأراضي التركية فجر اليوم بعد انشقاقهم عن وحداتهم "
     "قرب مدينة جسر الشغور.", 30),
    # a Turkish agency's
    ("ذكر مصدر في الخارجية التركية أن 40 عسكرياً، بينهم عقيدان، وصلوا إلى ولاية هاتاي بعد انشقاقهم عن "
     "قواتهم في جسر الشغور.", 40),
    # a pan-Arab paper's: a colon
    ("وقال الناطق: 25 ضابطاً وصلوا إلى الأراضي الأردنية الليلة الماضية إثر انشقاقهم عن اللواء المرابط في "
     "خربة غزالة.", 25),
])
def test_the_people_of_an_opening_figure_are_counted_by_their_later_act_noun(ex, text, n):
    evs = _of(_evs(ex, text, [TURKEY, DARAA, HATAY, JISR, KHIRBET], quantities=[(str(n), n, n, "عسكري")]),
              "defection")
    assert [_bounds(e["count"]) for e in evs] == [(n, n)]
    assert _place(evs[0]) in ("درعا", "جسر الشغور", "خربة غزالة")


# -- a running total of arrivals from many places is not at the act's place -----------------------
@pytest.mark.parametrize("text,quants,total_place", [
    # a wire's: defectors counted in a country
    ("قال مسؤول تركي إن 40 عسكرياً عبروا الحدود بعد انشقاقهم قرب مدينة جسر الشغور، ليرتفع إلى نحو 3000 "
     "عدد العسكريين المنشقين الذين دخلوا الأراضي التركية منذ بدء الأحداث.",
     [("40", 40, 40, "عسكري"), ("نحو 3000", 3000, 3000, "عسكري")], None),
    # a monitor's: vehicles that entered since the start of the month
    ("رصد المرصد دخول رتل عسكري تركي من معبر كفرلوسين واتجاهه نحو جبل الزاوية، ليصل عدد الآليات الداخلة "
     "منذ مطلع الشهر إلى أكثر من 1500 آلية.", [("أكثر من 1500", 1500, None, "آلية")], None),
    # a Turkish agency's: the total's own clause names the camp's province
    ("وصل 13 ضابطاً إلى ولاية هاتاي بعد انشقاقهم عن قواتهم في جسر الشغور، ليرتفع عدد الضباط المنشقين "
     "المقيمين في مدينة دركوش إلى 31.", [("13", 13, 13, "ضابط"), ("31", 31, 31, "ضابط")], "دركوش"),
])
def test_a_running_total_of_arrivals_takes_no_place_of_the_act_before_it(ex, text, quants, total_place):
    evs = _evs(ex, text, [JISR, KAFRLUSIN, ZAWIYA, HATAY, DARKUSH], quantities=quants)
    aggs = [e for e in evs if e["kind"] == "aggregate"]
    assert len(aggs) == 1 and _place(aggs[0]) == total_place


# -- the dead summed since an earlier start are not the day's act's --------------------------------
@pytest.mark.parametrize("text,place", [
    # a pan-Arab paper's
    ("سيطرت قوات النظام اليوم على بلدة كفرنبودة بعد معارك مع الفصائل أسفرت منذ بدء الهجوم قبل أسبوعين عن "
     "مقتل 120 عنصراً من الطرفين.", "كفرنبودة"),
    # a monitor's
    ("تقدمت القوات اليوم داخل مدينة دوما إثر مواجهات أسفرت منذ بدء الحملة مطلع الشهر عن مقتل 120 عنصراً.",
     "دوما"),
    # a wire's
    ("قال المرصد إن القوات الحكومية سيطرت اليوم على بلدة كفرنبودة إثر اشتباكات أسفرت منذ انطلاق المعركة في "
     "العاشر من الشهر الماضي عن مقتل 120 مقاتلاً.", "كفرنبودة"),
])
def test_a_toll_since_an_earlier_start_is_an_aggregate_apart_from_the_days_act(ex, text, place):
    dates = [("اليوم", "2020-02-23", "day")]
    if "مطلع الشهر" in text:
        dates.append(("مطلع الشهر", "2020-02", "month"))
    if "العاشر من الشهر الماضي" in text:
        dates.append(("العاشر من الشهر الماضي", "2020-01-10", "day"))
    if "قبل أسبوعين" in text:
        dates.append(("قبل أسبوعين", "2020-02-09", "day"))
    evs = _evs(ex, text, [KAFRNABUDA, DOUMA], quantities=[("120", 120, 120, "عنصر")], dates=dates)
    acts = [e for e in evs if e["kind"] == "incident"]
    tolls = [e for e in evs if e["kind"] == "aggregate"]
    assert [(e["type"], _bounds(e["fatalities"]), _place(e), e["date"]) for e in acts] == \
        [("territory_change", None, place, "2020-02-23")]
    # (stop 32's convention: a running toll naming one cause, the battle, takes the cause's type)
    assert [(e["type"], _bounds(e["fatalities"])) for e in tolls] == [("armed_clash", (120, 120))]


def test_a_toll_since_the_ongoing_clashes_began_stays_theirs(ex):
    t = ("تتواصل الاشتباكات بين قوات النظام والفصائل في محيط بلدة تلبيسة، فيما أحصى المرصد مقتل 27 عنصراً منذ "
         "اندلاع الاشتباكات.")
    evs = _evs(ex, t, [TALBISEH], quantities=[("27", 27, 27, "عنصر")])
    assert [(e["kind"], _bounds(e["fatalities"]), _place(e)) for e in evs] == [("incident", (27, 27), "تلبيسة")]


# -- a taking is where the force arrived, not the axis it advanced from ------------------------------
MORK2 = ("مورك", "C731", "Morek", "Hama")
LATAMNEH2 = ("اللطامنة", "C732", "Al-Lataminah", "Hama")
KAFRZITA = ("كفرزيتا", "C733", "Kafr Zita", "Hama")
TELL_HALAF = ("تل حلف", "C734", "Tell Halaf", "Al-Hasakah")


@pytest.mark.parametrize("text,where", [
    # a monitor's
    ("تقدمت قوات النظام من محور مورك باتجاه بلدة اللطامنة وسيطرت عليها بعد اشتباكات عنيفة.", "اللطامنة"),
    # a state agency's
    ("بسطت وحدات الجيش سيطرتها على بلدة كفرزيتا بعد تقدمها من جهة بلدة مورك.", "كفرزيتا"),
    # an opposition site's: the force that came from a town took another
    ("سيطرت الفصائل على بلدة اللطامنة إثر هجوم لمقاتلين قادمين من بلدة كفرزيتا.", "اللطامنة"),
])
def test_a_taking_is_not_placed_where_the_force_came_from(ex, text, where):
    evs = _of(_evs(ex, text, [MORK2, LATAMNEH2, KAFRZITA]), "territory_change")
    assert [_place(e) for e in evs] == [where]


def test_a_clash_on_the_axis_of_an_advance_is_there(ex):
    # guard: the repelled advance «من محور قرية X» is fought at X
    t = "تصدى مقاتلو قسد لمحاولة تسلل من محور بلدة تل حلف غربي المدينة، وفق مصادر محلية."
    evs = _of(_evs(ex, t, [TELL_HALAF]), "armed_clash")
    assert [_place(e) for e in evs] == ["تل حلف"]


@pytest.mark.parametrize("text", [
    # a pan-Arab paper's: the day's act took a quarter inside the town
    "تقدمت القوات اليوم داخل مدينة دوما وسيطرت على حي الشيفونية، إثر مواجهات أسفرت منذ بدء الحملة مطلع الشهر عن "
    "مقتل 120 عنصراً.",
    # a monitor's
    "سيطرت قوات النظام اليوم على حي الشيفونية في مدينة دوما بعد معارك أسفرت منذ بدء الحملة مطلع الشهر عن مقتل "
    "120 عنصراً من الطرفين.",
    # a wire's
    "قال المرصد إن القوات الحكومية سيطرت اليوم على حي الشيفونية في مدينة دوما إثر اشتباكات أسفرت منذ انطلاق "
    "المعركة مطلع الشهر عن مقتل 120 مقاتلاً.",
])
def test_a_toll_since_an_offensive_began_is_over_the_town_not_the_quarter_taken(ex, text):
    quarter = ("حي الشيفونية", "N731", "Shifuniyah", "Rif Dimashq", "neighbourhood")
    evs = _evs(ex, text, [quarter, DOUMA], quantities=[("120", 120, 120, "عنصر")],
               dates=[("اليوم", "2020-02-23", "day"), ("مطلع الشهر", "2020-02", "month")])
    tolls = [e for e in evs if e["kind"] == "aggregate"]
    assert [(e["type"], _place(e)) for e in tolls] == [("armed_clash", "دوما")]  # (stop 32: the battle's type)
