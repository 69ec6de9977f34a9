"""Statements and running tolls under the gold conventions the lead decided at stop 32 (helper types, issue 10).

- a named body's or official's call, warning or threat is one `statement`, told wherever the item tells it, and
  placed at the one place it concerns (none when it names several, only a part of the country, or only the speaker's
  own town); a crowd's or an unnamed plural's demand is none, nor a protest «طالبت بـ…»;
- a denial that is the item's news is a `statement` of the body that denies, at the place of the act it denies; a
  denial after an act told, or in the denier's own telling of an act, adds nothing;
- a running toll over a period that names one cause takes the cause's type (an aggregate); a toll of several kinds
  of act stays `casualties`.
Every sentence is our own, in several house styles; the whole pipeline runs and every span is checked (piped.py)."""
from __future__ import annotations

import pytest

from piped import figure_low, piped_events, place_surface, source_surface, type_place


def _statements(evs: list[dict]) -> list[dict]:
    return [e for e in evs if e["type"] == "statement"]


# ------------------------------------------------------------------ a denial that is the item's news

@pytest.mark.parametrize("text, place, source", [
    # SANA style
    ("نفت وزارة الدفاع في بيان اليوم ما تناقلته صفحات معارضة عن قصف الطيران الحربي سوقاً شعبية في مدينة سرمين، "
     "مؤكدة أن مقاتلاتها لم تحلق فوق المنطقة.", "سرمين", "وزارة الدفاع"),
    # a local network's: a military source denies an arrest campaign
    ("نفى مصدر عسكري صحة ما نشره ناشطون حول حملة اعتقالات واسعة في بلدة الحراك شرقي درعا، مؤكداً "
     "أن تلك الأخبار لا أساس لها.", "الحراك", "مصدر عسكري"),
    # RT style, with a dateline line over the body
    ("موسكو – روسيا اليوم\nنفت وزارة الدفاع الروسية صحة التقارير عن غارات نفذتها مقاتلاتها على مدينة أريحا "
     "في الأيام الأخيرة.", "أريحا", "وزارة الدفاع الروسية"),
])
def test_a_denial_that_is_the_items_news_is_a_statement_at_the_denied_acts_place(pipe, text, place, source):
    evs = piped_events(pipe, text)
    st = _statements(evs)
    assert [e["type"] for e in evs] == ["statement"], type_place(evs)
    assert place_surface(st[0]) == place and text[st[0]["place"]["start"]:st[0]["place"]["end"]] == place
    assert (source_surface(st[0]) or "").startswith(source)


@pytest.mark.parametrize("text", [
    # the strike told first, the other side's denial after it: the strike only
    "قُتل أربعة مدنيين بغارة جوية على بلدة كفرنبل صباح اليوم، بحسب الدفاع المدني. في المقابل، نفت موسكو "
    "أن تكون مقاتلاتها قد قصفت البلدة.",
    # the denier tells an act of its own in the same sentence: the act it tells
    "نفى المركز الإعلامي للقوات أن تكون وحداته قصفت القرية، واتهم فصائل مسلحة بقصف أحياء مدينة منبج.",
    # a headline over the body: one statement, from the body
    "الداخلية تنفي حملة اعتقالات في الحسكة\nنفت وزارة الداخلية ما تداوله ناشطون بشأن حملة دهم واعتقالات في حي "
    "غويران بالحسكة.",
])
def test_a_denial_inside_a_telling_adds_nothing_and_a_headline_denial_is_told_once(pipe, text):
    evs = piped_events(pipe, text)
    st = _statements(evs)
    if "الداخلية تنفي" in text:
        assert len(st) == 1 and st[0]["trigger"] == "نفت", type_place(evs)
    else:
        assert st == [], type_place(evs)
        assert [e["type"] for e in evs] in (["airstrike"], ["shelling"]), type_place(evs)


# ------------------------------------------------------------------ a named body's call or warning

@pytest.mark.parametrize("text, source", [
    # Civil Defence style: the call after the incident, by the body that told it
    ("قُتل طفلان بانفجار لغم أرضي قرب قرية التمانعة، وفق الدفاع المدني السوري. وطالب الدفاع المدني السكان "
     "بالابتعاد عن الحقول التي لم تُمسح بعد.", "الدفاع المدني"),
    # a council's appeal opening the item
    ("دعا المجلس المحلي لمدينة الأتارب المنظمات الإنسانية إلى إرسال قوافل إغاثة عاجلة للعائلات المتضررة.",
     "المجلس المحلي"),
    # a monitor's warning
    ("حذّر فريق منسقو الاستجابة من موجات نزوح جديدة في حال استمر التصعيد العسكري، داعياً المنظمات إلى الاستعداد.",
     "فريق منسقو الاستجابة"),
])
def test_a_named_bodys_call_or_warning_is_a_statement(pipe, text, source):
    evs = piped_events(pipe, text)
    st = _statements(evs)
    assert len(st) == 1, type_place(evs)
    assert (source_surface(st[0]) or "").startswith(source)


@pytest.mark.parametrize("text", [
    # a protest's demand
    "خرجت مظاهرة في مدينة بنش طالبت بالإفراج عن المعتقلين، بحسب ناشطين.",
    # an unnamed plural and a crowd
    "طالبت منظمات حقوقية بوقف الترحيل القسري للاجئين، فيما حذر ناشطون من تدهور الأوضاع في المخيمات.",
    # a noun that looks like the verb («طالب جامعي») and a cautious calm («هدوء حذر»)
    "وثقت الشبكة وفاة معتقلين تحت التعذيب، بينهم طالب جامعي. ويسود هدوء حذر أحياء المدينة منذ أيام.",
])
def test_a_crowds_demand_an_unnamed_plural_and_look_alike_nouns_are_no_statement(pipe, text):
    evs = piped_events(pipe, text)
    assert _statements(evs) == [], type_place(evs)


def test_a_later_call_of_the_same_body_is_the_same_statement(pipe):
    # AFP style: the ministry denies, then calls on people to follow official news: one statement
    text = ("نفت وزارة الدفاع ما تداولته حسابات عن اشتباكات بين وحدات الجيش ومسلحين بريف دير الزور الشرقي. "
            "ودعت الوزارة المواطنين إلى أخذ المعلومات من الجهات الرسمية.")
    evs = piped_events(pipe, text)
    st = _statements(evs)
    assert len(st) == 1 and st[0]["trigger"] == "نفت", type_place(evs)
    assert place_surface(st[0]) == "ريف دير الزور الشرقي"


# ------------------------------------------------------------------ the place a statement concerns

@pytest.mark.parametrize("text, place", [
    # one town named in the threat
    ("هددت قوات الأمن وجهاء بلدة الجيزة بحملة مداهمات واسعة ما لم يسلم المطلوبون أنفسهم.", "الجيزة"),
    # the speaker's own town is who speaks, not what it is about
    ("دعا المجلس العسكري في حماة الجنود إلى ترك وحداتهم والالتحاق بالثوار.", None),
    # a part of the country named by its bearing is no one place
    ("حذرت الأمم المتحدة من كارثة إنسانية في شمال غربي سوريا في حال تواصل القصف.", None),
])
def test_a_statement_is_placed_at_the_one_place_it_concerns(pipe, text, place):
    evs = piped_events(pipe, text)
    st = _statements(evs)
    assert len(st) == 1, type_place(evs)
    assert place_surface(st[0]) == place, type_place(evs)


# ------------------------------------------------------------------ a running toll naming one cause

@pytest.mark.parametrize("text, typ, fig", [
    # SOHR style: the toll of one kind of act since a day
    ("ارتفعت حصيلة ضحايا الغارات الجوية على مدينة معرة النعمان منذ مطلع الشهر إلى 64 قتيلاً، بحسب المرصد.",
     "airstrike", 64),
    # a local network's: the barrels' toll over a campaign, after the day's barrels
    ("رمت المروحيات برميلين متفجرين على حي الصاخور اليوم، فيما بلغ عدد ضحايا البراميل منذ مطلع العام "
     "في أحياء المدينة 420 قتيلاً.", "airstrike", 420),
    # a documentation office's: assassinations summed since January
    ("وثق مكتب التوثيق مقتل 47 شخصاً في عمليات اغتيال شهدتها محافظة درعا منذ بداية العام.", "armed_clash", 47),
])
def test_a_running_toll_naming_one_cause_takes_its_type(pipe, text, typ, fig):
    evs = piped_events(pipe, text)
    agg = [e for e in evs if e["kind"] == "aggregate"]
    assert [e["type"] for e in agg] == [typ], type_place(evs)
    assert figure_low(agg[0]) == fig


@pytest.mark.parametrize("text, fig", [
    ("وثق المرصد مقتل 88 مدنياً في محافظة إدلب منذ مطلع الشهر جراء الغارات والقصف المدفعي.", 88),
    ("قُتل 51 شخصاً منذ بدء التصعيد على ريف حماة الشمالي، وفق فريق الاستجابة.", 51),
    ("أحصت الشبكة مقتل 33 مدنياً في محافظة درعا منذ بداية العام، بينهم تسعة قُتلوا بانفجار عبوات ناسفة.", 33),
])
def test_a_running_toll_of_several_or_no_named_kinds_stays_casualties(pipe, text, fig):
    evs = piped_events(pipe, text)
    agg = [e for e in evs if e["kind"] == "aggregate"]
    assert [e["type"] for e in agg] == ["casualties"], type_place(evs)
    assert figure_low(agg[0]) == fig


# ------------------------------------------------------------------ the hurt moved (precision: casualties extras)

@pytest.mark.parametrize("text, typ", [
    # a Turkish official's: the dead of the strikes, then the wounded carried over the border
    ("قال مسؤول تركي إن 12 شخصاً قتلوا في غارات على مستشفى في مدينة تل رفعت، وأسعف عشرات الجرحى إلى مستشفيات "
     "ولاية كلس.", "airstrike"),
    # state TV's: buses take out gunmen and wounded under a deal
    ("ذكر التلفزيون الرسمي أن حافلات بدأت اليوم بإخراج مسلحين وجرحى من أحياء مدينة داريا باتجاه إدلب.", None),
    # an activist's: the dead of a protest fired on, and the wounded hidden in homes
    ("قال ناشط إن ستة متظاهرين قتلوا برصاص الأمن في مدينة الصنمين، وإن عشرات الجرحى نُقلوا سراً إلى منازل خاصة خشية "
     "اعتقالهم.", "protest"),
])
def test_the_hurt_carried_or_evacuated_are_no_hurt_of_their_own(pipe, text, typ):
    evs = piped_events(pipe, text)
    assert [e for e in evs if "جرحى" in e["trigger"]] == [], type_place(evs)
    if typ is not None:
        assert typ in [e["type"] for e in evs], type_place(evs)


def test_the_hurt_of_the_act_told_keep_joining_it(pipe):
    # guard: «ونُقل الجرحى» after the act, with its source, stays the act's (the source carries)
    text = ("أصيب سبعة أشخاص بقصف مدفعي على بلدة كفرنبل صباح اليوم. ونُقل الجرحى إلى مشفى مدينة أريحا، بحسب ما "
            "قاله مدير المشفى.")
    evs = piped_events(pipe, text)
    assert [e["type"] for e in evs] == ["shelling"], type_place(evs)
    assert place_surface(evs[0]) == "كفرنبل"
