"""Date extractor: every phenomenon the contract names, with values asserted."""
from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest

from marsad.document import Document
from marsad.extract.dates import DateExtractor, extract_dates, parse_english_date

REPO = Path(__file__).resolve().parents[2]
PUB = "2024-12-04"  # a Wednesday


def one(text: str, published=PUB, **kw) -> dict:
    recs = extract_dates(text, published, **kw)
    assert len(recs) == 1, recs
    r = recs[0]
    assert text[r["start"]:r["end"]] == r["surface"]
    return r


def vals(text: str, published=PUB, **kw) -> list[tuple[str, str | None, str]]:
    out = []
    for r in extract_dates(text, published, **kw):
        assert text[r["start"]:r["end"]] == r["surface"]
        out.append((r["surface"], r["value"], r["grain"]))
    return out


@pytest.mark.parametrize("text,value", [
    ("في 5 كانون الثاني 2013 وقع الانفجار", "2013-01-05"),
    ("في 5 شباط 2013", "2013-02-05"),
    ("في 17 تشرين الأول 2019", "2019-10-17"),
    ("في 3 يناير 2015", "2015-01-03"),
    ("في 3 فبرایر 2015", "2015-02-03"),
    ("في 3 إبريل 2015", "2015-04-03"),
    ("في 3 مايو 2015", "2015-05-03"),
    ("في 3 مايس 2015", "2015-05-03"),
    ("في 3 يونيه 2015", "2015-06-03"),
    ("في 3 يوليه 2015", "2015-07-03"),
    ("في 3 آغسطس 2015", "2015-08-03"),
    ("في 3 جانفي 2015", "2015-01-03"),
    ("في 3 فيفري 2015", "2015-02-03"),
    ("في 3 أفريل 2015", "2015-04-03"),
    ("في 3 ماي 2015", "2015-05-03"),
    ("في 3 جوان 2015", "2015-06-03"),
    ("في 3 جويلية 2015", "2015-07-03"),
    ("في 3 أوت 2015", "2015-08-03"),
    ("في ٢٣ نيسان ٢٠١١", "2011-04-23"),
    ("في ۲۳ نيسان ۲۰۱۱", "2011-04-23"),
])
def test_month_families_and_digit_scripts(text, value):
    r = one(text)
    assert (r["value"], r["grain"]) == (value, "day")


@pytest.mark.parametrize("text,surface", [
    ("ففي 23 نيسان/أبريل 2011، أعلن", "23 نيسان/أبريل 2011"),
    ("في 23 أبريل (نيسان) 2011 أعلن", "23 أبريل (نيسان) 2011"),
    ("في 23 أبريل/ نيسان 2011 أعلن", "23 أبريل/ نيسان 2011"),
])
def test_paired_month_forms_are_one_span(text, surface):
    r = one(text)
    assert (r["surface"], r["value"]) == (surface, "2011-04-23")


def test_paired_month_mismatch_is_flagged_not_hidden():
    r = one("في 23 نيسان/مايو 2011")
    assert r["value"] == "2011-04-23" and r["flag"] == "month_pair_mismatch"


@pytest.mark.parametrize("text,value", [
    ("في العاشر من نوفمبر 2020", "2020-11-10"),
    ("في الحادي والعشرين من آذار 2019", "2019-03-21"),
    ("في الأول من أيار 2018", "2018-05-01"),
    ("في الثالث والعشرين من تموز 2012", "2012-07-23"),
    ("في الحادية عشرة من شباط 2012", "2012-02-11"),
])
def test_day_ordinal_words(text, value):
    assert one(text)["value"] == value


@pytest.mark.parametrize("text,value", [
    ("بتاريخ 23/4/2011", "2011-04-23"),
    ("بتاريخ 2011-04-23", "2011-04-23"),
    ("بتاريخ ٢٣/٤/٢٠١١", "2011-04-23"),
    ("بتاريخ 23.4.2011", "2011-04-23"),
    ("بتاريخ 23-04-2011", "2011-04-23"),
])
def test_numeric_forms(text, value):
    r = one(text)
    assert (r["value"], r["grain"]) == (value, "day")


@pytest.mark.parametrize("text,surface,value", [
    ("شهد عام 2012 تصعيداً", "عام 2012", "2012"),
    ("قانون قيصر لعام 2019", "عام 2019", "2019"),
    ("في سنة 2011", "سنة 2011", "2011"),
    ("منذ العام 2015", "العام 2015", "2015"),
    ("حتى إطاحته في 2024.", "2024", "2024"),
    ("تمتد حتى 2030، وتقوم", "2030", "2030"),
    ("منذ 2011 وهو", "2011", "2011"),
])
def test_years(text, surface, value):
    r = one(text)
    assert (r["surface"], r["value"], r["grain"]) == (surface, value, "year")


@pytest.mark.parametrize("text", ["قتل 2000 عنصر في المعارك", "انشق 1500 جندي", "وصل 2011 لاجئاً إلى المخيم",
                                  "قبل 2000 عام", "رقم الهاتف 0944123456", "بلغ العدد 2,000 شخص"])
def test_counts_are_not_years(text):
    assert extract_dates(text, PUB) == []


@pytest.mark.parametrize("text,part,value", [
    ("متوقفة في منتصف عام 2013", "mid", "2013"),
    ("منذ مطلع 2020", "early", "2020"),
    ("في أواخر 2012", "late", "2012"),
    ("مع بداية العام الماضي", "early", "2023"),
])
def test_parts_of_years_keep_year_grain(text, part, value):
    r = one(text)
    assert (r["value"], r["grain"], r["part"]) == (value, "year", part)


@pytest.mark.parametrize("text,value,part", [
    ("في أواخر آذار 2012", "2012-03", "late"), ("في منتصف آذار 2012", "2012-03", "mid"),
    ("منذ مطلع يونيو الماضي", "2024-06", "early"), ("حتى نهاية آب", "2024-08", "late"),
    ("في مطلع الشهر الجاري", "2024-12", "early"), ("خلال الأيام الأولى من آذار 2025", "2025-03", "early"),
])
def test_parts_of_months_keep_month_grain_and_invent_no_day(text, value, part):
    r = one(text)
    assert (r["value"], r["grain"], r["part"]) == (value, "month", part)
    assert "end_value" not in r


@pytest.mark.parametrize("text,value", [
    ("آذار 2025", "2025-03"), ("مارس/آذار 2025", "2025-03"), ("في شهر حزيران 2014", "2014-06"),
    ("أيلول من عام 2014", "2014-09"),
])
def test_month_and_year(text, value):
    r = one(text)
    assert (r["value"], r["grain"]) == (value, "month")


@pytest.mark.parametrize("text,value,grain", [
    ("أمس", "2024-12-03", "day"), ("أول أمس", "2024-12-02", "day"), ("أمس الأول", "2024-12-02", "day"),
    ("اليوم", "2024-12-04", "day"), ("غداً", "2024-12-05", "day"), ("بعد غد", "2024-12-06", "day"),
    ("الأسبوع الماضي", "2024-W48", "week"), ("الأسبوع المقبل", "2024-W50", "week"),
    ("الشهر الماضي", "2024-11", "month"), ("الشهر المقبل", "2025-01", "month"),
    ("العام الماضي", "2023", "year"), ("العام المقبل", "2025", "year"),
    ("قبل ثلاثة أيام", "2024-12-01", "day"), ("قبل أسبوعين", "2024-11-20", "day"),
    ("قبل عامين", "2022", "year"), ("قبل 5 أشهر", "2024-07", "month"),
])
def test_relative_resolved_against_published(text, value, grain):
    r = one(text)
    assert (r["value"], r["grain"], r["relative"]) == (value, grain, True)


def test_relative_never_uses_the_clock():
    r = one("وأعلنت دمشق أمس عن تعزيزات", None)
    assert r["value"] is None and r["relative"] is True and r["offset"] == {"day": -1}
    r = one("قبل ثلاثة أيام", None)
    assert r["value"] is None and r["offset"] == {"day": -3}


def test_weekdays():
    assert one("وأعلنت دمشق، أمس الثلاثاء، عن")["value"] == "2024-12-03"
    assert one("الثلاثاء الماضي")["value"] == "2024-12-03"  # the most recent one before publication
    assert one("الأربعاء الماضي")["value"] == "2024-11-27"  # strictly before a Wednesday
    assert one("الخميس المقبل")["value"] == "2024-12-05"
    assert one("أعلنت الوزارة الاثنين أن")["value"] == "2024-12-02"  # news: the most recent one
    assert one("ومن المقرر أن يصوت البرلمان الخميس")["value"] == "2024-12-05"  # future cue


def test_weekday_disagreeing_with_ams_keeps_ams_and_flags():
    r = one("أعلنت دمشق أمس الثلاثاء", "2024-12-06")  # a Friday: yesterday was Thursday
    assert r["value"] == "2024-12-05" and r["flag"] == "weekday_mismatch"
    assert "flag" not in one("أعلنت دمشق أمس الثلاثاء")


def test_month_name_with_past_and_next():
    assert one("وفي العاشر من نوفمبر/تشرين الثاني الماضي، أعلنت")["value"] == "2024-11-10"
    assert one("في العاشر من نوفمبر الماضي", "2024-11-20")["value"] == "2023-11-10"
    assert one("في آذار المقبل")["value"] == "2025-03"
    assert one("في 3 كانون الأول الجاري")["value"] == "2024-12-03"


def test_year_less_date_looks_back_unless_future():
    assert one("في 15 آذار قتل")["value"] == "2024-03-15"
    assert one("في 20 كانون الأول وقع", "2024-12-04")["value"] == "2024-12-20"  # within a month ahead
    assert one("في 20 كانون الثاني وقع", "2024-12-04")["value"] == "2024-01-20"
    assert one("ومن المقرر أن تبدأ المحادثات في 20 كانون الثاني")["value"] == "2025-01-20"


def test_same_year_anaphora():
    recs = vals("بدأت في 15 آذار 2011 وامتدت إلى درعا في 18 آذار من العام نفسه")
    assert recs[1] == ("18 آذار من العام نفسه", "2011-03-18", "day")


def test_english_dates_and_helper():
    assert vals("— Name (@h) December 4, 2024") == [("December 4, 2024", "2024-12-04", "day")]
    assert vals("posted Dec 4, 2024") == [("Dec 4, 2024", "2024-12-04", "day")]
    assert parse_english_date("December 4, 2024") == "2024-12-04"
    assert parse_english_date("10:05 PM · Dec 4, 2024") == "2024-12-04"
    assert parse_english_date("4 Dec 2024") == "2024-12-04"
    assert parse_english_date("February 30, 2024") is None
    assert parse_english_date("no date here") is None


def test_same_day_as_the_quoted_post():
    text = ("مقدمة المقال عن أحداث اليوم.\n\n#ذاكرة\nفي مثل هذا اليوم من عام 2011 سجل انشقاق "
            "pic.twitter.com/x — الجزيرة (@AJA) April 23, 2024\nوبقية المقال أمس.")
    recs = {r["surface"]: r for r in extract_dates(text, PUB)}
    assert recs["مثل هذا اليوم من عام 2011"]["value"] == "2011-04-23"
    assert recs["اليوم"]["value"] == PUB  # the article's own text keeps the article's anchor
    assert recs["أمس"]["value"] == "2024-12-03"


@pytest.mark.parametrize("text,value,hijri", [
    ("في 15 رمضان 1445 هـ", "2024-03-25", "1445-09-15"),
    ("في 15 رمضان 1445هـ", "2024-03-25", "1445-09-15"),
    ("الموافق 10 محرم 1444 هـ", "2022-08-08", "1444-01-10"),
])
def test_hijri_full_dates(text, value, hijri):
    r = one(text)
    assert (r["value"], r["grain"], r["hijri"]) == (value, "day", hijri)


def test_hijri_year_and_month():
    r = one("في عام 1445هـ")
    assert (r["value"], r["grain"], r["covers"]) == ("2024", "year", ["2023-07-19", "2024-07-06"])
    r = one("خلال رمضان 1445")
    assert (r["value"], r["grain"], r["covers"]) == ("2024-03", "month", ["2024-03-11", "2024-04-09"])


def test_hijri_month_names_that_are_names_need_a_day_or_year():
    assert extract_dates("قال محمد رمضان إن شعبان عبود غادر", PUB) == []


def test_intervals_are_two_linked_ends():
    recs = extract_dates("بين 2011 و2013 وقعت", PUB)
    assert [(r["surface"], r["value"], r["bound"]) for r in recs] == [("2011", "2011", "from"), ("2013", "2013", "to")]
    assert recs[0]["interval"] == recs[1]["interval"]
    recs = extract_dates("من آذار حتى أيار 2012", PUB)
    assert [(r["value"], r["grain"]) for r in recs] == [("2012-03", "month"), ("2012-05", "month")]
    assert recs[0]["interval"] == recs[1]["interval"]
    recs = extract_dates("13 الى 15 تموز 2013", PUB)
    assert [(r["surface"], r["value"]) for r in recs] == [("13", "2013-07-13"), ("15 تموز 2013", "2013-07-15")]
    recs = extract_dates("من كانون الأول حتى آذار 2012", PUB)
    assert [r["value"] for r in recs] == ["2011-12", "2012-03"]


def test_two_years_joined_without_between_are_not_an_interval():
    recs = extract_dates("الاتفاقات الموقعة في 2018 و2019.", PUB)
    assert [(r["value"], "interval" in r) for r in recs] == [("2018", False), ("2019", False)]


@pytest.mark.parametrize("text", ["في 31 شباط", "في 31 شباط 2020", "بتاريخ 30/2/2020", "في 29 شباط 2023",
                                  "في 31 نيسان 2011", "في الحادي والثلاثين من حزيران 2012", "30 فبراير 2021"])
def test_impossible_dates_are_refused(text):
    assert extract_dates(text, PUB) == []


def test_leap_day_exists():
    assert one("في 29 شباط 2024")["value"] == "2024-02-29"


def test_not_dates():
    for text in ("وفي اليوم الثامن من معركة ردع العدوان", "في اليوم نفسه", "مارس الضغط على الحكومة",
                 "أحد العناصر قال", "قالت قناة روسيا اليوم", "في مثل هذا اليوم قبل سنوات", "الاثنين عشر", "فتح الباب", "لمدة سنتين", "بعد يومين من الهجوم"):
        assert extract_dates(text, PUB) == [], text


def test_holidays():
    assert one("قبل عيد الميلاد")["value"] == "2024-12-25"
    assert one("عيد الفطر 2013")["value"] == "2013-08-08"
    r = one("رمضان 2019")
    assert (r["value"], r["end_value"]) == ("2019-05-06", "2019-06-03")


def test_component_fills_doc_and_embeds():
    doc = Document("وأعلنت دمشق، أمس الثلاثاء، عن إرسال تعزيزات", published=PUB)
    doc.embeds = [{"platform": "twitter", "text": "حدث هذا أمس في حماة", "author": "x", "handle": "x",
                   "date": "2024-11-28", "url": None}]
    DateExtractor()(doc)
    assert [(r["surface"], r["value"]) for r in doc["dates"]] == [("أمس الثلاثاء", "2024-12-03")]
    assert [(r["surface"], r["value"]) for r in doc.embeds[0]["dates"]] == [("أمس", "2024-11-27")]
    rec = doc.to_record()
    assert rec["dates"][0]["grain"] == "day"


def test_marks_and_tatweel_keep_offsets():
    text = "غداً وأمـس والعامَ الماضي"
    got = vals(text)
    assert [g[1] for g in got] == ["2024-12-05", "2024-12-03", "2023"]


def _gold() -> dict[str, list[dict]]:
    by = defaultdict(list)
    for line in (REPO / "samples" / "gold" / "dates.jsonl").read_text(encoding="utf-8").splitlines():
        g = json.loads(line)
        by[g["doc"]].append(g)
    return by


def test_gold_corpus_all_found():
    gold = _gold()
    assert len(gold) >= 15 and sum(map(len, gold.values())) >= 100
    missed = []
    for name, gs in gold.items():
        text = (REPO / "samples" / "corpus" / f"{name}.txt").read_text(encoding="utf-8")
        recs = extract_dates(text, gs[0]["published"])
        used: set[int] = set()  # one record answers one gold date
        for g in gs:
            assert text[g["start"]:g["end"]] == g["surface"]
            ok = [k for k, r in enumerate(recs) if k not in used and r["start"] < g["end"] and g["start"] < r["end"]
                  and r["value"] == g["value"] and r["grain"] == g["grain"]]
            if ok:
                used.add(ok[0])
            else:
                missed.append((name, g["surface"], g["value"]))
    assert missed == []


_PIECES = ["أمس", "الثلاثاء", " ", "، ", "\n", "23", "٢٣", "نيسان", "/", "أبريل", "2011", "عام", "منتصف", "من",
           "إلى", "حتى", "بين", "و", "الماضي", "العاشر", "هـ", "1445", "رمضان", "—", "(@x)", "December 4, 2024",
           "ً", "ـ", "31", "شباط", "قبل", "ثلاثة", "أيام", "-", ".", "الأسبوع", "في مثل هذا اليوم", "اليوم", "آب"]


def test_offsets_hold_on_arbitrary_text():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    @settings(max_examples=300, deadline=None)
    @given(st.lists(st.sampled_from(_PIECES), max_size=25), st.sampled_from([None, PUB, "2013-02-12"]))
    def check(parts, pub):
        text = "".join(parts)
        for r in extract_dates(text, pub):
            assert text[r["start"]:r["end"]] == r["surface"] and r["start"] < r["end"]
            assert r["grain"] in ("year", "month", "week", "day")
            if r["value"] is not None and r["grain"] == "day":
                import datetime as dt
                dt.date.fromisoformat(r["value"])

    check()


def test_bad_input_is_harmless():
    assert extract_dates("", PUB) == []
    assert extract_dates("أمس", "not a date")[0]["value"] is None
    doc = Document("أمس", published=PUB)
    doc.embeds = [None, {"text": None}, {"text": "أمس", "date": "December 1, 2024"}]
    DateExtractor()(doc)
    assert doc.embeds[2]["dates"][0]["value"] == "2024-11-30"


def test_levantine_article_on_day_and_ad_suffix():
    r = one("في الـ15 من آذار 2011 خرجت")
    assert (r["surface"], r["value"]) == ("الـ15 من آذار 2011", "2011-03-15")
    r = one("تأسس عام 2011م")
    assert (r["surface"], r["value"]) == ("عام 2011م", "2011")


def test_year_ranges_need_year_context():
    assert extract_dates("قتل 1990-2000 شخص", PUB) == []
    assert [r["value"] for r in extract_dates("في الفترة 2011-2013 قتل الآلاف", PUB)] == ["2011", "2013"]


def test_related_articles_get_absolute_dates_only():
    doc = Document("نص", published=PUB)
    doc.related = [{"title": "t", "text": "أقر الكونغرس القانون في 11 ديسمبر/كانون الأول 2019، وأمس صوت مجدداً"}]
    DateExtractor()(doc)
    got = [(r["value"], r["grain"]) for r in doc.related[0]["dates"]]
    assert got == [("2019-12-11", "day"), (None, "day")]


def test_quoted_post_dates_are_marked():
    text = "قال ناشط:\nفي مثل هذا اليوم من عام 2011 خرجنا — Name (@h) March 7, 2025\nوأعلنت الوزارة أمس."
    recs = {r["surface"]: r for r in extract_dates(text, "2025-03-08")}
    assert recs["March 7, 2025"].get("post_date") is True
    assert recs["مثل هذا اليوم من عام 2011"].get("in_post") is True
    assert recs["مثل هذا اليوم من عام 2011"]["value"] == "2011-03-07"
    assert "in_post" not in recs["أمس"] and recs["أمس"]["value"] == "2025-03-07"


def test_current_period_after_part_word():
    recs = extract_dates("قتل 12 شخصاً منذ بداية العام وحتى نهاية نيسان", "2025-05-20")
    assert [(r["surface"], r["value"], r["grain"], r["bound"]) for r in recs] == [
        ("بداية العام", "2025", "year", "from"), ("نهاية نيسان", "2025-04", "month", "to")]
    assert extract_dates("قال المدعي العام إن الرأي العام غاضب", "2025-05-20") == []
    r = one("شهدت الأيام الأولى من آذار 2025 أعمال عنف")
    assert (r["value"], r["grain"], r["part"]) == ("2025-03", "month", "early")


@pytest.mark.parametrize("text", ["المتخلف عن الخدمة العسكرية منذ عامين قال إنه دفع البدل", "يعيش في المخيم منذ ثلاث سنوات",
                                  "تراجعت الأسعار منذ أشهر"])
def test_since_n_years_or_months_is_a_duration_not_a_date(text):
    assert extract_dates(text, PUB) == []


@pytest.mark.parametrize("text,surface,value", [
    ("قال المتحدث اليوم الخميس 25 يونيو إن القصف توقف", "اليوم الخميس 25 يونيو", "2020-06-25"),
    ("وصل الوفد أمس السبت 30 كانون الثاني/يناير إلى المدينة", "أمس السبت 30 كانون الثاني/يناير", "2021-01-30"),
])
def test_a_relative_day_restated_is_one_date(text, surface, value):
    recs = extract_dates(text, "2021-01-31" if value.startswith("2021") else value)
    assert [(r["surface"], r["value"]) for r in recs] == [(surface, value)]


def test_weekday_with_a_feminine_ordinal_is_not_the_nth_of_the_month():
    recs = extract_dates("وفي صباح الخميس الأولى من نوعها سقطت القذائف", "2021-07-10")
    assert all(r["value"] != "2021-07-01" for r in recs)
    assert [(r["surface"], r["value"]) for r in recs] == [("صباح الخميس", "2021-07-08")]
    r = one("الخميس الأول من تموز", "2021-07-10")
    assert r["value"] == "2021-07-01"


def test_the_last_week_and_part_words_with_a_conjunction():
    assert one("قتل 5 مدنيين خلال الأسبوع الأخير", "2019-08-14")["value"] == "2019-W32"
    recs = extract_dates("بين آذار/مارس 2012 ونهاية نيسان/أبريل 2015 وثق التقرير", "2015-08-22")
    assert [(r["surface"], r["value"], r.get("part")) for r in recs] == [
        ("آذار/مارس 2012", "2012-03", None), ("نهاية نيسان/أبريل 2015", "2015-04", "late")]


def test_today_before_a_preposition():
    assert one("سيطرت قوات النظام اليوم على قرية في الريف", "2017-11-20")["value"] == "2017-11-20"


def test_an_undated_page_resolves_no_relative_date_from_a_year_elsewhere():
    recs = extract_dates("انشق ضابط أمس عن قوات النظام. وكان يخدم في الجيش منذ عام 2016.", None)
    by = {r["surface"]: r for r in recs}
    assert by["أمس"]["value"] is None and by["عام 2016"]["value"] == "2016"


def test_the_component_uses_the_documents_folded_text(monkeypatch):
    from marsad.document import Document
    from marsad.extract import dates as dates_mod

    doc = Document("قصفت الطائرات البلدة أمس الثلاثاء")
    doc.published = "2024-12-04"
    doc.folded  # the shared analysis, computed once
    monkeypatch.setattr(dates_mod, "fold", lambda text: (_ for _ in ()).throw(AssertionError("folded again")))
    dates_mod.DateExtractor()(doc)
    assert [r["value"] for r in doc["dates"]] == ["2024-12-03"]


def test_a_future_cue_reaches_the_date_across_a_decimal_point_not_across_a_sentence(monkeypatch):
    """The sentence a future cue counts in is the one split every stage uses: "3.5" does not
    end it, a full stop does (issue 11: no private sentence regex)."""
    from marsad.document import Document
    from marsad.extract import dates as dates_mod

    assert one("من المقرر أن ترتفع الحصة إلى 3.5 طن في 10 آذار")["value"] == "2025-03-10"
    assert one("من المقرر أن ترتفع الحصة. وفي 10 آذار")["value"] == "2024-03-10"
    doc = Document("من المقرر أن ترتفع الحصة إلى 3.5 طن في 10 آذار")
    doc.published = PUB
    doc.sentences  # the shared split, made once
    monkeypatch.setattr(dates_mod, "split_sentences", lambda text: (_ for _ in ()).throw(AssertionError("split again")))
    dates_mod.DateExtractor()(doc)
    assert [r["value"] for r in doc["dates"]] == ["2025-03-10"]


def test_weekday_picks_the_year_of_a_yearless_date():
    assert one("يعقد الاجتماع الخميس 17 تشرين الأول", "2019-08-14")["value"] == "2019-10-17"
    assert one("قتل الخميس 17 كانون الثاني", "2019-08-14")["value"] == "2019-01-17"


@pytest.mark.parametrize("text", ["وفي اليوم التالي انسحبت القوات", "عادت في اليوم نفسه"])
def test_a_day_of_the_story_is_not_today(text):
    assert extract_dates(text, "2019-08-14") == []


@pytest.mark.parametrize("text,value,grain,part", [
    ("وقعت المعارك نهاية الأسبوع الماضي", "2019-W32", "week", "late"),
    ("قتل خلال الأسبوع قبل الماضي", "2019-W31", "week", None),
    ("تراجعت الأسعار العام قبل الماضي", "2017", "year", None),
])
def test_more_relative_periods(text, value, grain, part):
    r = one(text, "2019-08-14")
    assert (r["value"], r["grain"], r.get("part")) == (value, grain, part)


def test_a_day_number_inside_a_date_is_no_quantity():
    from marsad.document import Document
    from marsad.pipeline import Pipeline

    doc = Document("أعادت الوحدات في الـ13 من الشهر الجاري الأمن إلى البلدة، وقتل 13 عنصراً قبل ثلاثة أيام")
    doc.published = "2016-07-20"
    Pipeline(only=["quantities", "dates"])(doc)
    assert [(q["surface"], q["kind"]) for q in doc["quantities"]] == [("13", "count"), ("ثلاثة أيام", "duration")]
    assert doc["dates"][0]["value"] == "2016-07-13"


# -- the anchored scans equal full scans -------------------------------------------------------

def _scan_texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((REPO / "samples" / "corpus").glob("*.txt"))]
    texts += [p.read_bytes().decode("utf-8", "replace") for p in sorted((REPO / "samples" / "html").glob("*.html"))]
    # the seed pages and the dev passages too, where ../shared is beside the repository
    texts += [p.read_text(encoding="utf-8") for p in sorted((REPO.parent / "shared" / "seeds").glob("*.txt"))]
    dev = REPO.parent / "shared" / "data" / "news_dev" / "gold.jsonl"
    if dev.exists():
        texts += [json.loads(line)["text"] for line in dev.read_text(encoding="utf-8").splitlines() if line.strip()]
    # our own sentences with every anchor kind, glued proclitics, numbers and odd spacing
    own = ("وفي مثل هذا اليوم من عام 2015 سقطت المدينة. ففي  مثل هذا اليوم 2016 عادوا.\n"
           "بين عامي 2011 و2013 ومن 2014-2016 وللعام 2020 ولعام 2021 وبعام1999 و2022 م.\n"
           "الاثنين الماضي، وبالأمس، وفي شهر 3 والشهر الثالث، منذ ثلاثة أيام، قبل 4 أشهر.\n"
           "في 12/3/2019 و2019-03-12 و3/2019 و15 رمضان 1440هـ و1440 هـ وعيد الفطر 2019.\n"
           "ليلة الخميس، يوم السبت 5 آذار/مارس، في أواخر نيسان، ومن المقرر أن يعقد الاجتماع غداً.")
    own += ("\nكتب: \"May 3, 2021\" ثم 4th of July, 2020 وMARCH 9 2019 و12 Sept. 2018 وDec 1,2017"
            " ونقلت (@user) September 4, 2024 وmayor وsept 2 وAugust 31, 2023.")
    texts.append(own)
    # text outside Windows-1256 takes the word-by-word path: the same starts
    texts.append(own.replace("المدينة", "المدينة ✓ ۱۲") + " ٢٠١٩ ✓")
    return texts


def test_anchored_scans_return_what_finditer_returns():
    from marsad.extract import dates as D

    L = D._lex()
    for text in _scan_texts():
        for t in (text, text.replace("\n", " ")):
            ctx = D._Ctx(t, PUB, "past", None)
            ft, a = ctx.ft, ctx.anchors
            for rx, starts in ((L.re_month, a.of(D.A_MONTH)), (L.re_month_num, a.of(D.A_SHAHR)),
                               (L.re_hmonth, a.of(D.A_HMONTH)), (L.re_weekday, a.of(D.A_WEEKDAY)),
                               (L.re_rel, a.of(D.A_REL)), (L.re_hol, a.of(D.A_HOL)),
                               (L.re_future, a.of(D.A_FUT)), (L.re_offset, a.of(D.A_OFFSET)),
                               (L.re_yearcue, a.of(D.A_YEARCUE)), (L.re_same_day, a.of(D.A_MITHL)),
                               (L.re_year_range, a.of(D.A_RANGE)), (L.re_bare_year, a.digit_pre),
                               (L.re_hyear, a.digit), (L.re_iso, a.digit), (L.re_dmy, a.digit),
                               (L.re_my, a.digit), (L.re_eng_dmy, a.digit)):
                want = [m.span() for m in rx.finditer(ft)]
                assert [m.span() for m in D._scan(rx, ft, starts)] == want, rx.pattern[:60]


def test_both_anchor_paths_agree():
    from marsad.extract import dates as D

    L = D._lex()
    for text in _scan_texts():
        ft = D.fold(text).text
        try:
            ft.encode("cp1256")
        except UnicodeEncodeError:
            continue
        a = D._Anchors(ft, L)
        b = D._Anchors.__new__(D._Anchors)
        b.kinds = [[] for _ in range(D._N_ANCHOR_KINDS)]
        b.digit, b.digit_pre = [], []
        b._by_words(ft, L.anchor_words)
        assert b.kinds[:8] == a.kinds[:8] and b.kinds[9] == a.kinds[9]
        assert sorted(set(b.digit)) == a.digit


def test_english_scans_tried_at_month_prefixes_return_what_finditer_returns():
    from marsad.extract import dates as D

    L = D._lex()
    seen = 0
    for text in _scan_texts():
        ctx = D._Ctx(text, PUB, "past", None)
        got: list = []
        ctx.cands = []
        D._h_english(ctx)
        got = [(c.s, c.e) for c in ctx.cands]
        low = ctx.ft.lower()
        if not any(p in low for p in D._ENG_PREFIXES):
            assert got == []
            continue
        want = [m.span() for rx in (L.re_eng_mdy, L.re_eng_dmy) for m in rx.finditer(ctx.ft)]
        assert got == want
        seen += bool(want)
    assert seen


def test_english_months_as_re_reads_them_do_not_crash():
    # re.I reads "ſ" as s and "ı" as i: the month table must too
    recs = extract_dates("May 1, 2020 وſeptember 4, 2024 وAprıl 3, 2021 وAPRİL 5, 2021", PUB)
    assert [r["value"] for r in recs] == ["2020-05-01", "2024-09-04", "2021-04-03", "2021-04-05"]


def test_many_quoted_posts_resolve_as_a_region_scan_would():
    """Regions of quoted posts are looked up by bisect and embed texts found in one pass: the
    same anchors as scanning every region (and finding every embed text) per date."""
    from marsad.extract import dates as D

    post = "قصفت الطائرات البلدة أمس وقال ناشطون إن القصف استمر حتى المساء"
    sig = " — شبكة محلية (@local_net) March {d}, 2021"
    parts, embeds = [], []
    for d in range(1, 25):
        parts.append(f"وفي خبر آخر أمس قال المراسل إن الوضع هادئ اليوم.\n{post} {d}" + sig.format(d=d))
        embeds.append({"text": f"{post} {d} منشور مضمن طويل بما يكفي", "date": f"2021-04-{d:02d}"})
    text = "\n".join(parts) + "\nنص آخر: " + embeds[3]["text"] + " وانتهى."
    ctx = D._Ctx(text, "2024-12-04", "past", embeds)
    for pos in range(0, len(ctx.ft), 7):
        want = next((d for s, e, d in ctx.regions if s <= pos < e), ctx.anchor)
        assert ctx.anchor_at(pos) == want
        assert ctx.in_post(pos) == any(s <= pos < e for s, e, _ in ctx.regions)
    fts = [D.fold_str(e["text"])[:200] for e in embeds]
    assert D._first_occurrences(ctx.ft, fts) == [ctx.ft.find(k) for k in fts]
    recs = extract_dates(text, "2024-12-04", embeds=embeds)
    by_day = [r["value"] for r in recs if r["surface"] == "أمس"]
    assert by_day[:2] == ["2024-12-03", "2021-02-28"]  # the article's own, then the first post's


# -- session 19 (issue 14): parts of the day, days around a holiday, weeks of a month ------------

def test_a_part_of_the_day_belongs_to_a_weekday_s_span():
    recs = extract_dates("سقطت القذائف فجر الثلاثاء، ثم تجدد القصف مساء يوم الخميس.", "2019-10-12")
    assert [(r["surface"], r["value"]) for r in recs] == [("فجر الثلاثاء", "2019-10-08"),
                                                          ("مساء يوم الخميس", "2019-10-10")]


def test_days_counted_from_a_holiday():
    recs = extract_dates("غادرت العائلات عشية عيد الأضحى، وعاد بعضها في ثالث أيام العيد.", "2016-09-20")
    assert [(r["surface"], r["value"]) for r in recs][:1] == [("عشية عيد الأضحى", "2016-09-10")]  # Eid: 11 September
    recs = extract_dates("قصفت الطائرات السوق في أول أيام عيد الفطر.", "2016-07-10")
    assert [(r["surface"], r["value"], r["grain"]) for r in recs] == [("أول أيام عيد الفطر", "2016-07-06", "day")]


def test_the_last_week_of_a_month_is_that_month_late():
    recs = extract_dates("وصلت الدفعات خلال الأسبوع الأخير من تشرين الأول.", "2020-11-20")
    assert [(r["surface"], r["value"], r["grain"], r.get("part")) for r in recs] == [
        ("الأسبوع الأخير من تشرين الأول", "2020-10", "month", "late")]


def test_an_ordinal_of_another_noun_is_not_a_day_of_this_month():
    recs = extract_dates("تدخل الأزمة عامها العاشر هذا الشهر.", "2021-03-15")
    assert [(r["surface"], r["value"]) for r in recs] == [("هذا الشهر", "2021-03")]
    recs = extract_dates("وقع الانفجار في العاشر من هذا الشهر.", "2021-03-15")
    assert [r["value"] for r in recs] == ["2021-03-10"]


def test_a_hijri_month_with_its_year_behind_a_year_word():
    recs = extract_dates("قُصفت البلدة في شهر رمضان من عام 1433 هـ، ثم في رمضان عام 2013.", "2019-03-20")
    assert [(r["surface"], r["value"]) for r in recs] == [("شهر رمضان من عام 1433 هـ", "2012-08"),
                                                          ("رمضان عام 2013", "2013-07-09")]


def test_the_next_day_of_a_story_is_not_today_and_parts_of_older_days():
    assert extract_dates("وفي صباح اليوم التالي عاد الهدوء.", "2019-03-20") == []
    recs = extract_dates("قصفت الطائرات البلدة مساء أول أمس، بين أواخر عام 2012 ومطلع 2013.", "2019-03-20")
    assert [(r["surface"], r["value"]) for r in recs] == [
        ("مساء أول أمس", "2019-03-18"), ("أواخر عام 2012", "2012"), ("مطلع 2013", "2013")]


def test_after_n_days_counts_from_the_day_dated_before_it_in_the_sentence():
    recs = extract_dates("وقع الهجوم الأول في 12 آذار 2019، ثم تكرر بعد يومين.", "2020-02-17")
    assert [(r["surface"], r["value"]) for r in recs] == [("12 آذار 2019", "2019-03-12"), ("بعد يومين", "2019-03-14")]
    recs = extract_dates("وقع الهجوم في 12 آذار. وسيعقد الاجتماع بعد يومين.", "2020-03-20")
    assert recs[-1]["value"] == "2020-03-22"  # another sentence: from publication


def test_a_quarter_or_half_of_a_year_is_that_year_with_its_part():
    recs = extract_dates("تراجعت الهجمات في الربع الأول من العام الجاري، وتصاعدت في النصف الثاني من 2016.",
                         "2019-06-01")
    assert [(r["value"], r.get("part")) for r in recs] == [("2019", "early"), ("2016", "late")]


def test_an_ordinal_agreeing_with_a_noun_before_a_month_is_no_day():
    recs = extract_dates("دخل الحصار عامه الثالث في آذار، وكان قد بدأ في الثالث من آذار 2016.", "2019-06-01")
    assert [(r["surface"], r["value"]) for r in recs] == [("آذار", "2019-03"), ("الثالث من آذار 2016", "2016-03-03")]


# -- stop 20: tens of days of a month or of Ramadan, decades, a part of this week ----------------

@pytest.mark.parametrize("text,pub,surface,value,part", [
    # Ramadan 1435 ran 28 June - 27 July 2014: its last ten days lie in July, its first in June/July
    ("اشتد القصف على القرى في العشر الأواخر من رمضان", "2014-08-10", "العشر الأواخر من رمضان", "2014-07", "late"),
    ("تراجعت الغارات في الأيام العشرة الأولى من شهر رمضان", "2014-08-10",
     "الأيام العشرة الأولى من شهر رمضان", "2014-07", "early"),
    ("عاد النازحون منتصف رمضان", "2017-07-01", "منتصف رمضان", "2017-06", "mid"),
    ("وصلت القافلة في العشر الأوائل من أيلول", "2015-10-20", "العشر الأوائل من أيلول", "2015-09", "early"),
])
def test_tens_of_days_keep_month_grain(text, pub, surface, value, part):
    r = one(text, pub)
    assert (r["surface"], r["value"], r["grain"], r.get("part")) == (surface, value, "month", part)


@pytest.mark.parametrize("text,surface,value,end", [
    ("اعتقل والده في ثمانينيات القرن الماضي", "ثمانينيات القرن الماضي", "1980", "1989"),
    ("هاجر كثيرون منذ الستينات", "الستينات", "1960", "1969"),
    ("بنيت السدود في سبعينيات القرن العشرين", "سبعينيات القرن العشرين", "1970", "1979"),
    ("يتوقع الخبراء موجة جفاف في ثلاثينيات القرن الحالي", "ثلاثينيات القرن الحالي", "2030", "2039"),
])
def test_decades_are_their_first_year_with_an_end(text, surface, value, end):
    r = one(text, "2021-05-02")
    assert (r["surface"], r["value"], r["grain"], r["end_value"]) == (surface, value, "year", end)


def test_a_decade_of_life_is_no_date():
    assert extract_dates("قتل شاب في العشرينيات من عمره", "2021-05-02") == []


def test_a_part_of_this_week():
    r = one("دخلت القوات البلدة مطلع الأسبوع", "2012-07-26")  # a Thursday of ISO week 30
    assert (r["value"], r["grain"], r["part"]) == ("2012-W30", "week", "early")


def test_numbers_inside_a_part_or_a_century_are_no_quantities():
    from marsad.document import Document
    from marsad.pipeline import Pipeline

    doc = Document("سقطت 40 قذيفة في العشر الأواخر من آب، وهاجر أبناؤها في تسعينيات القرن العشرين، "
                   "وتكررت الغارات في الأيام العشرة الأخيرة من أيلول")
    doc.published = "2016-10-05"
    Pipeline(only=["quantities", "dates"])(doc)
    assert [q["surface"] for q in doc["quantities"]] == ["40"]
    assert [d["value"] for d in doc["dates"]] == ["2016-08", "1990", "2016-09"]


def test_the_eve_of_ramadan():
    r = one("اقتحمت الدبابات المدينة عشية رمضان", "2011-08-03")  # Ramadan 1432 began on 1 August 2011
    assert (r["surface"], r["value"], r["grain"]) == ("عشية رمضان", "2011-07-31", "day")


def test_months_of_a_year_as_its_part():
    r = one("ارتفعت الأسعار خلال الأشهر الستة الأولى من العام", "2020-07-14")
    assert (r["surface"], r["value"], r["grain"], r["part"]) == ("الأشهر الستة الأولى من العام", "2020", "year", "early")


def test_decade_words_are_found_by_their_ending_only():
    assert vals("أخذت عينات من التربة وبدأت تعيينات جديدة", "2021-05-02") == []
    assert vals("عاش هناك بالثمانينيات", "2021-05-02") == [("الثمانينيات", "1980", "year")]


@pytest.mark.parametrize("text,published,surface,value", [
    ("قصفت الطائرات البلدة فجر الخميس 5 أيار 2016 ونزح أهلها", "2016-05-10", "فجر الخميس 5 أيار 2016", "2016-05-05"),
    ("وصلت القافلة مساء 12 آب إلى المخيم", "2019-09-01", "مساء 12 آب", "2019-08-12"),
    ("بدأ الهجوم صباح الأحد، 3 آذار", "2019-03-10", "صباح الأحد، 3 آذار", "2019-03-03"),
])
def test_a_part_of_the_day_before_a_written_date_joins_its_span(text, published, surface, value):
    r = one(text, published)
    assert (r["surface"], r["value"], r["grain"]) == (surface, value, "day")
    assert text[r["start"]:r["end"]] == surface


def test_last_and_next_hijri_month_by_name():
    # Ramadan 1445 ran 11 March - 9 April 2024; 1446 from 1 March 2025
    t = "هي الغارة الأعنف منذ رمضان الماضي"
    r = one(t, "2024-08-21")
    assert (r["surface"], r["value"], r["grain"]) == ("رمضان الماضي", "2024-03", "month")
    assert t[r["start"]:r["end"]] == "رمضان الماضي"
    r = one("يتوقع الأهالي عودة الكهرباء قبل رمضان المقبل", "2024-08-21")
    assert (r["surface"], r["value"]) == ("رمضان المقبل", "2025-03")
    # published during Ramadan 1445: "the last Ramadan" is 1444 (23 March - 20 April 2023, mid-April)
    assert one("لم تتوقف الغارات منذ رمضان الماضي", "2024-03-20")["value"] == "2023-04"


def test_after_n_months_in_a_sentence_about_the_past_is_no_date():
    # «بعد أربعة أشهر» is how long the battle took, not four months after publication
    recs = extract_dates("أعلنت القوات اليوم انتهاء المعارك في المدينة بعد أربعة أشهر", "2017-10-18")
    assert [(r["surface"], r["value"]) for r in recs] == [("اليوم", "2017-10-18")]
    r = one("ستجرى الانتخابات بعد ثلاثة أشهر", "2020-03-20")  # a future sentence: from publication
    assert (r["surface"], r["value"]) == ("بعد ثلاثة أشهر", "2020-06")


def test_today_after_syria_with_a_weekday_is_a_date():
    # «سوريا اليوم» is a programme, but «في سوريا اليوم الأربعاء» is today
    r = one("بدأت الطائرات غاراتها في سوريا اليوم الأربعاء", "2015-09-30")
    assert (r["surface"], r["value"]) == ("اليوم الأربعاء", "2015-09-30")
    assert extract_dates("قال مقدم برنامج سوريا اليوم إن الضيف تأخر", "2015-09-30") == []


# -- stop 22 (fresh9's causes) ------------------------------------------------------------------

def test_a_season_before_a_year_joins_its_span_with_year_grain():
    for text, pub, surface, value, season in [
            ("اشتد الحصار على البلدة شتاء 2013 ثم خف", "2014-02-03", "شتاء 2013", "2013", "winter"),
            ("فُقد أثره منذ ربيع العام الماضي", "2012-08-14", "ربيع العام الماضي", "2011", "spring"),
            ("بدأت القوافل تعبر الحدود في صيف عام 2016", "2017-01-05", "صيف عام 2016", "2016", "summer"),
            ("توقف المعمل خريف 2019 بعد القصف", "2020-03-01", "خريف 2019", "2019", "autumn")]:
        r = one(text, pub)
        assert (r["surface"], r["value"], r["grain"], r["season"]) == (surface, value, "year", season)
        assert text[r["start"]:r["end"]] == surface
    # a Hijri month named «ربيع» is no season
    r = one("توفي في ربيع الأول 1440 هـ", "2019-01-01")
    assert r["surface"] == "ربيع الأول 1440 هـ" and "season" not in r


def test_days_before_or_after_a_holiday():
    # Eid al-Adha 2019 fell on 11 August, Eid al-Fitr 2019 on 4 June
    t = "قتل خمسة أشخاص بغارة على السوق قبل يومين من عيد الأضحى"
    r = one(t, "2019-08-13")
    assert (r["surface"], r["value"], r["grain"]) == ("قبل يومين من عيد الأضحى", "2019-08-09", "day")
    assert t[r["start"]:r["end"]] == r["surface"]
    r = one("عادت العائلات بعد أسبوع على عيد الفطر", "2019-06-20")
    assert (r["surface"], r["value"]) == ("بعد أسبوع على عيد الفطر", "2019-06-11")
    r = one("أغلقت المعابر قبل ثلاثة أيام من عيد الفطر", "2019-06-20")
    assert r["value"] == "2019-06-01"


def test_today_meaning_nowadays_is_no_date():
    assert extract_dates("يعيش اليوم نحو ثمانين ألف لاجئ في المخيم", "2021-06-20") == []
    assert extract_dates("تسيطر اليوم فصائل المعارضة على معظم القرى", "2021-06-20") == []
    r = one("قصفت الطائرات المخيم اليوم", "2021-06-20")  # an act today is today
    assert (r["surface"], r["value"]) == ("اليوم", "2021-06-20")
    r = one("تعيش اليوم الأربعاء المدينة حداداً عاماً", "2021-06-23")  # a weekday makes it a date
    assert (r["surface"], r["value"]) == ("اليوم الأربعاء", "2021-06-23")
    # the state verb may stand a few words before «اليوم» in its clause
    assert extract_dates("يبلغ عدد سكان المخيم اليوم نحو ستين ألفاً", "2022-03-10") == []
    # ... but not across a comma, nor a verb with «ل» («ليبلغ عدد القتلى اليوم»: today's toll)
    r = one("يعيش في المخيم آلاف، وقصفت الطائرات محيطه اليوم", "2021-06-20")
    assert (r["surface"], r["value"]) == ("اليوم", "2021-06-20")
    assert one("ليبلغ عدد القتلى اليوم 20 قتيلاً", "2021-06-20")["value"] == "2021-06-20"


# -- stop 23 (fresh11's causes) -------------------------------------------------------------------

def test_today_before_a_purpose_or_a_duration_stays_today():
    # «اليوم لمدة ساعتين», «اليوم لبحث»: a word with «ل» after «اليوم» does not make it a story day
    r = one("أغلقت السلطات الطريق صباح اليوم لمدة ثلاث ساعات", "2016-04-12")
    assert (r["surface"], r["value"]) == ("صباح اليوم", "2016-04-12")
    r = one("يجتمع المجلس المحلي اليوم لبحث توزيع المساعدات", "2016-04-12")
    assert (r["surface"], r["value"]) == ("اليوم", "2016-04-12")
    assert extract_dates("عاد المقاتلون في اليوم التالي", "2016-04-12") == []


def test_that_day_is_no_date():
    # «منذ ذلك اليوم», «في ذلك اليوم»: a day of the story told before, not the day of publication
    assert extract_dates("لم تصل أي قافلة إلى الحي منذ ذلك اليوم", "2016-04-12") == []
    assert extract_dates("وفي ذلك اليوم نزح معظم السكان", "2016-04-12") == []
    r = one("تواصل القصف حتى هذا اليوم", "2016-04-12")  # «هذا اليوم» is today
    assert r["value"] == "2016-04-12"


# -- stop 24 (fresh12's causes) -------------------------------------------------------------------

def test_the_day_word_before_a_written_date_is_part_of_it():
    from marsad.extract.dates import extract_dates

    t = "بلغت الحصيلة منذ بدء العملية يوم 20 كانون الثاني أكثر من مئة."
    d = extract_dates(t, "2018-02-03")
    assert [(x["surface"], x["value"]) for x in d] == [("يوم 20 كانون الثاني", "2018-01-20")]
    assert t[d[0]["start"]:d[0]["end"]] == "يوم 20 كانون الثاني"
    # «اليوم» before a date is today, a date of its own
    d = extract_dates("قتل اليوم 20 كانون الثاني جندي.", "2018-02-03")
    assert ("اليوم", "2018-02-03") in [(x["surface"], x["value"]) for x in d]


def test_a_future_cue_does_not_move_a_date_of_the_last_days_a_year_ahead():
    from marsad.extract.dates import extract_dates

    t = "قالت اللجنة إنها ستزور القرى خلال شهر، بعد أحداث السادس من آذار التي قتل فيها المئات."
    assert [x["value"] for x in extract_dates(t, "2025-03-12")] == ["2025-03-06"]
    # a date months before publication in a sentence that looks ahead is next year's
    t = "ستعقد الجولة المقبلة من المفاوضات في العاشر من آذار."
    assert [x["value"] for x in extract_dates(t, "2025-09-01")] == ["2026-03-10"]
