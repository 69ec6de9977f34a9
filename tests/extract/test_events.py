"""Events (contract v2) on hand-built documents: the layers of the earlier stages are added by
hand so these tests pin the events stage alone. Sentences are our own writing.

Rewritten for contract v2 (issue 10): the v1 tests expected deaths as their own casualties
events beside the strike that caused them, killed and injured as two reports, per-place figures
of one total as separate events and `reported_by` as a string; v2 contradicts all four."""
from __future__ import annotations

import pytest

from marsad.document import Document
from marsad.extract.events import EventExtractor, happened


@pytest.fixture(scope="module")
def ex():
    return EventExtractor()


def _doc(text, published="2024-03-05", outlet="منصة المثال", quantities=(), places=(), dates=(), entities=()):
    d = Document(text, published=published, outlet=outlet)

    def at(surface, nth=0):
        i = -1
        for _ in range(nth + 1):
            i = text.index(surface, i + 1)
        return i

    for surf, low, high, counted, *rest in quantities:
        kind = rest[0] if rest else "count"
        i = at(surf)
        d.add("quantities", {"start": i, "end": i + len(surf), "surface": surf, "low": low, "high": high,
                             "approx": False, "kind": kind, "unit": None, "counted": counted})
    for surf, pid, name_en, admin1, *rest in places:
        level = rest[0] if rest else "locality"
        i = at(surf)
        d.add("places", {"start": i, "end": i + len(surf), "surface": surf, "id": pid, "name_ar": surf,
                         "name_en": name_en, "admin1_en": admin1, "lat": 32.0, "lon": 36.0, "confidence": 0.9,
                         "level": level, "country": "Turkey" if level == "country" and name_en == "Turkey"
                         else "Syria"})
    for surf, value, grain in dates:
        i = at(surf)
        d.add("dates", {"start": i, "end": i + len(surf), "surface": surf, "value": value, "grain": grain})
    for surf, typ in entities:
        i = at(surf)
        d.add("entities", {"start": i, "end": i + len(surf), "surface": surf, "type": typ})
    return d


def _fig(r):
    """The low end of a figure record, or None."""
    return None if r is None else r["low"]


def _run(ex, d):
    ex(d)
    for e in d["events"]:
        assert d.text[e["start"]:e["end"]] == e["trigger"] == e["surface"]
        for m in e["mentions"]:
            assert d.text[m["start"]:m["end"]] == m["surface"]
        rb = e["reported_by"]
        if rb and "start" in rb:
            assert d.text[rb["start"]:rb["end"]] == rb["surface"]
    return d["events"]


def _rb(e):
    """The source as it reads («للمرصد» gives the span «مرصد…» and the name «المرصد…»)."""
    rb = e["reported_by"] or {}
    return rb.get("name") or rb.get("surface")


def _place(e):
    return (e["place"] or {}).get("surface")


def _bounds(r):
    return None if r is None else (r["low"], r["high"])


def _asserted(evs):
    return [e for e in evs if happened(e)]


def test_defection_with_count_place_date_and_source(ex):
    t = "وفقاً لمركز توثيق الانتهاكات، انشق 35 عنصراً عن قوات النظام المنتشرة في مدينة طفس يوم الإثنين."
    d = _doc(t, quantities=[("35", 35, 35, "عنصر")], places=[("طفس", "C6034", "Tafas", "Daraa")],
             dates=[("يوم الإثنين", "2024-03-04", "day")])
    (e,) = _run(ex, d)
    assert (e["kind"], e["type"], e["trigger"]) == ("incident", "defection", "انشق")
    assert e["count"] == {"low": 35, "high": 35, "approx": False} and e["fatalities"] is None
    assert e["place"]["name_en"] == "Tafas"
    assert (e["date"], e["date_source"]) == ("2024-03-04", "text")
    assert e["reported_by"] == {"surface": "مركز توثيق الانتهاكات", "canonical": "Violations Documentation Center",
                                "start": 7, "end": 28}
    assert {"surface": "قوات النظام", "role": "agent", "canonical": "Syrian government forces"} in e["actors"]
    assert e["modality"] == "asserted" and e["background"] is False and e["group"] is None


@pytest.mark.parametrize("text,modality", [
    ("نفت وزارة الدفاع انشقاق 40 ضابطاً في مدينة الرستن.", "denied"),
    ("قالت مصادر إنه لم يتم اعتقال 40 شاباً في الرستن.", "negated"),
    ("تعتزم القوات التركية إرسال تعزيزات عسكرية إلى الرستن.", "future"),
    ("قد ينشق 40 ضابطاً في الرستن خلال الأيام المقبلة.", "hypothetical"),
    ("دعا المجلس العسكري الجنود في الرستن إلى الانشقاق عن جيش النظام.", "call"),
    ("\"انشق ولا تكن شريكاً في القتل\" كتب ناشطون على جدران الرستن.", "call"),
    ("أعدمت دورية 40 جندياً أثناء محاولتهم الانشقاق في الرستن.", "attempted"),
    ("انشق 40 ضابطاً في الرستن.", "asserted"),
])
def test_modality(ex, text, modality):
    d = _doc(text, quantities=[("40", 40, 40, "ضابط")] if "40" in text else [],
             places=[("الرستن", "SY0404", "Al-Rastan", "Homs")])
    evs = [e for e in _run(ex, d) if e["type"] in ("defection", "arrest", "reinforcement")]
    assert evs, text
    assert evs[0]["modality"] == modality
    assert happened(evs[0]) == (modality == "asserted")


@pytest.mark.parametrize("text", [
    "تقع بلدة الرستن تحت سيطرة فصائل المعارضة منذ سنوات.",
    "تشن قوات الأمن في الرستن بشكل دائم حملات اعتقال.",
    "حشدت الفصائل مقاتليها قرب الرستن بهدف السيطرة على الطريق.",
])
def test_states_habits_and_aims_are_not_events(ex, text):
    d = _doc(text, places=[("الرستن", "SY0404", "Al-Rastan", "Homs")])
    assert [e["type"] for e in _run(ex, d) if e["type"] in ("territory_change", "arrest")] == []


def test_deaths_and_injuries_attach_to_the_strike(ex):
    t = "قُتل 5 مدنيين وأصيب 7 آخرون جراء غارات جوية على بلدة أريحا، بحسب الدفاع المدني."
    d = _doc(t, quantities=[("5", 5, 5, "مدني"), ("7", 7, 7, None)], places=[("أريحا", "C1", "Ariha", "Idlib")])
    (e,) = _run(ex, d)
    assert e["type"] == "airstrike" and e["place"]["name_en"] == "Ariha"
    assert e["fatalities"]["low"] == 5 and e["injured"]["low"] == 7 and e["count"] is None
    assert {m["surface"] for m in e["mentions"]} >= {"قُتل", "أصيب", "غارات جوية"}
    assert _rb(e) == "الدفاع المدني"
    assert any(a["role"] == "target" and a["canonical"] == "Civilians (Syria)" for a in e["actors"])


def test_killed_and_injured_without_a_cause_are_one_casualties_event(ex):
    t = "قُتل 4 أشخاص وأصيب 9 آخرون في مدينة جاسم."
    d = _doc(t, quantities=[("4", 4, 4, "شخص"), ("9", 9, 9, None)], places=[("جاسم", "C2", "Jasim", "Daraa")])
    (e,) = _run(ex, d)
    assert e["type"] == "casualties" and e["subtype"] == "killed"
    assert (e["fatalities"]["low"], e["injured"]["low"], e["count"]["low"]) == (4, 9, 4)


def test_breakdowns_are_not_events(ex):
    t = "وثق المرصد مقتل 27 شخصاً في حمص، بينهم 11 مدنياً و16 عنصراً."
    d = _doc(t, quantities=[("27", 27, 27, "شخص"), ("11", 11, 11, "مدني"), ("16", 16, 16, "عنصر")],
             places=[("حمص", "C1", "Homs", "Homs")])
    (e,) = _run(ex, d)
    assert e["count"]["low"] == 27 and [b["low"] for b in e["breakdown"]] == [11, 16]
    t2 = "انشق 7 ضباط في حماة، ثلاثة برتبة مقدم وأربعة برتبة رائد."
    d2 = _doc(t2, quantities=[("7", 7, 7, "ضابط"), ("ثلاثة", 3, 3, None), ("أربعة", 4, 4, None)],
              places=[("حماة", "C3", "Hama", "Hama")])
    (e2,) = _run(ex, d2)
    assert e2["count"]["low"] == 7 and sorted(b["low"] for b in e2["breakdown"]) == [3, 4]


def test_what_is_counted(ex):
    t = "وثقت الشبكة 40 مجزرة في حمص."
    d = _doc(t, quantities=[("40", 40, 40, "مجزرة")], places=[("حمص", "C1", "Homs", "Homs")])
    assert all(e["count"] is None and e["fatalities"] is None for e in _run(ex, d))
    t2 = "سقط 66 قتيلاً وجريحاً في قصف مدفعي على حمص."
    d2 = _doc(t2, quantities=[("66", 66, 66, "قتيل")], places=[("حمص", "C1", "Homs", "Homs")])
    (e2,) = _run(ex, d2)
    assert e2["type"] == "shelling" and e2["fatalities"] is None


def test_one_incident_told_twice_is_one_event(ex):
    t = ("انشقاق 12 ضابطاً في درعا. "
         "أعلن 12 ضابطاً انشقاقهم في مدينة درعا صباح اليوم، وقال أحدهم إن الانشقاق جاء رفضاً للقصف.")
    d = _doc(t, quantities=[("12", 12, 12, "ضابط"), ], places=[("درعا", "G1", "Daraa", "Daraa")],
             dates=[("صباح اليوم", "2024-03-05", "day")])
    d.add("quantities", {"start": t.index("12", 10), "end": t.index("12", 10) + 2, "surface": "12", "low": 12,
                         "high": 12, "approx": False, "kind": "count", "unit": None, "counted": "ضابط"})
    evs = [e for e in _run(ex, d) if e["type"] == "defection"]
    assert len(evs) == 1 and len(evs[0]["mentions"]) == 3
    assert evs[0]["date"] == "2024-03-05" and evs[0]["date_source"] == "text"


def test_a_backer_or_a_seat_is_not_the_place(ex):
    t = ("انشق 20 عنصراً من الفصائل المدعومة من تركيا. "
         "وقال المرصد، ومقره بريطانيا، إن 3 مدنيين قتلوا في قصف على بلدة كفرنبل.")
    d = _doc(t, quantities=[("20", 20, 20, "عنصر"), ("3", 3, 3, "مدني")],
             places=[("تركيا", "TR", "Turkey", None, "country"), ("بريطانيا", "GB", "United Kingdom", None, "country"),
                     ("كفرنبل", "C1", "Kafr Nabl", "Idlib")])
    got = {e["type"]: (e["place"] or {}).get("name_en") for e in _run(ex, d)}
    assert got == {"defection": None, "shelling": "Kafr Nabl"}


def test_aggregate_with_period_and_claimant(ex):
    t = "ويقدر عدد الجنود المنشقين منذ عام 2011 بنحو 170 ألف جندي، وفقاً لمركز الدراسات."
    d = _doc(t, quantities=[("170 ألف", 170000, 170000, "جندي")], dates=[("عام 2011", "2011", "year")])
    (e,) = _run(ex, d)
    assert e["kind"] == "aggregate" and e["count"]["low"] == 170000
    assert e["period"] == {"start": "2011", "end": "2024-03-05"}
    assert _rb(e) == "مركز الدراسات"


def test_outlet_fallback_is_flagged_and_publication_date_too(ex):
    d = _doc("اعتقلت قوات الأمن عشرات الشبان في مدينة نوى.", published="2024-07-14", outlet="عنب بلدي",
             places=[("نوى", "C3", "Nawa", "Daraa")])
    (e,) = _run(ex, d)
    assert e["type"] == "arrest" and e["reported_by"] == {"surface": "عنب بلدي", "outlet": True}
    assert (e["date"], e["date_source"]) == ("2024-07-14", "published")
    assert _run(ex, _doc("")) == [] and _run(ex, _doc("لا شيء هنا يذكر.")) == []


@pytest.mark.parametrize("text,source", [
    ("كشف تقرير للشبكة السورية لحقوق الإنسان عن اعتقال 12 شاباً في نوى.", "الشبكة السورية لحقوق الإنسان"),
    ("اعتُقل 12 شاباً في نوى، وفقاً للمرصد السوري لحقوق الإنسان.", "المرصد السوري لحقوق الإنسان"),
    ("ذكرت شبكة درعا 24 أن 12 شاباً اعتقلوا في نوى.", "شبكة درعا 24"),
    ("اعتُقل 12 شاباً في نوى، حسب ما نقلته شبكة \"الراصد\" المحلية.", "شبكة \"الراصد\""),
    ("اعتُقل 12 شاباً في نوى، وفق ما أفاد به المجلس المحلي.", "المجلس المحلي"),
    ("نقلت صفحات محلية أمس عن عضو في اللجنة أن 12 شاباً اعتقلوا في نوى.", "عضو في اللجنة"),  # the body the source belongs to is part of its name
    ("أفادت مصادر محلية بأن 12 شاباً اعتقلوا في نوى.", "مصادر محلية"),
])
def test_reported_by_grammar(ex, text, source):
    d = _doc(text, quantities=[("12", 12, 12, "شاب")] + ([("24", 24, 24, None)] if "24" in text else []),
             places=[("نوى", "C3", "Nawa", "Daraa")])
    evs = _asserted(_run(ex, d))
    assert [(e["count"]["low"], _rb(e)) for e in evs] == [(12, source)]


def test_source_carries_to_a_subjectless_follow_up(ex):
    t = "قال المرصد السوري إن 6 مدنيين قتلوا في قصف على بلدة بنش. وأضاف أن 9 آخرين قتلوا في قصف على سرمدا."
    d = _doc(t, quantities=[("6", 6, 6, "مدني"), ("9", 9, 9, None)],
             places=[("بنش", "C1", "Binnish", "Idlib"), ("سرمدا", "C2", "Sarmada", "Idlib")])
    evs = _run(ex, d)
    assert sorted((e["place"]["name_en"], e["fatalities"]["low"], _rb(e)) for e in evs) == [
        ("Binnish", 6, "المرصد السوري"), ("Sarmada", 9, "المرصد السوري")]
    assert evs[0]["reported_by"]["canonical"] == "Syrian Observatory for Human Rights"


def test_one_strike_on_a_list_of_places_is_a_group(ex):
    t = "قُتل 9 مدنيين جراء غارات جوية على مدينة إدلب وبلدتي بنش وسرمدا."
    d = _doc(t, quantities=[("9", 9, 9, "مدني")],
             places=[("إدلب", "C0", "Idlib", "Idlib"), ("بنش", "C1", "Binnish", "Idlib"),
                     ("سرمدا", "C2", "Sarmada", "Idlib")])
    evs = _run(ex, d)
    assert [e["place"]["name_en"] for e in evs] == ["Idlib", "Binnish", "Sarmada"]
    assert len({e["group"] for e in evs}) == 1 and evs[0]["group"] is not None
    # the deaths are the act's, told once: summing the group gives 9, not 27
    assert sum((e["fatalities"] or {}).get("low") or 0 for e in evs) == 9


def test_follow_up_list_of_places_continues_the_incident(ex):
    t = ("ورصد التجمع قيام مئات العناصر بالانشقاق عن جيش الأسد. "
         "ومن بين أولئك العناصر 20 من قرية الكرك، و14 من بلدة نوى.")
    d = _doc(t, quantities=[("مئات", 200, 900, "عنصر"), ("20", 20, 20, None), ("14", 14, 14, None)],
             places=[("الكرك", "C1", "Karak", "Daraa"), ("نوى", "C3", "Nawa", "Daraa")])
    evs = [e for e in _run(ex, d) if e["type"] == "defection"]
    by_place = {(e["place"] or {}).get("name_en"): e["count"]["low"] for e in evs}
    assert by_place == {None: 200, "Karak": 20, "Nawa": 14}
    assert len({e["group"] for e in evs}) == 1
    assert all(_rb(e) == "التجمع" for e in evs)


def test_actor_from_title_and_place_from_next_sentence(ex):
    t = ("ففي 23 نيسان 2011، أعلن المجند وليد القشعمي انشقاقه في تسجيل مصور. "
         "وذكر القشعمي أنه رفض إطلاق النار على متظاهرين في بلدة حرستا.")
    d = _doc(t, places=[("حرستا", "C1", "Harasta", "Rural Damascus")],
             dates=[("23 نيسان 2011", "2011-04-23", "day")])
    (e,) = [e for e in _run(ex, d) if e["type"] == "defection"]
    assert any("وليد القشعمي" in a["surface"] for a in e["actors"])
    assert e["place"]["name_en"] == "Harasta" and e["date"] == "2011-04-23" and e["background"] is True


def test_statement_noun_as_vehicle_is_no_event(ex):
    t = "أفاد المرصد في بيان بمقتل 5 عناصر في اشتباكات قرب بلدة نوى."
    d = _doc(t, quantities=[("5", 5, 5, "عنصر")], places=[("نوى", "C3", "Nawa", "Daraa")])
    evs = _run(ex, d)
    assert [(e["type"], e["fatalities"]["low"]) for e in evs] == [("armed_clash", 5)]


def test_statement_issuer_is_agent_and_source(ex):
    t = "أصدر المجلس الإسلامي السوري فتوى تحرم الالتحاق بجيش النظام."
    d = _doc(t, entities=[("المجلس الإسلامي السوري", "ORG")])
    evs = [e for e in _run(ex, d) if e["type"] == "statement"]
    assert evs and any(a["surface"] == "المجلس الإسلامي السوري" and a["role"] == "agent" for a in evs[0]["actors"])


def test_attack_is_typed_by_context(ex):
    kn = [("كفرنبل", "C1", "Kafr Nabl", "Idlib")]
    assert [e["type"] for e in _run(ex, _doc("استهدفت الطائرات الحربية بلدة كفرنبل.", places=kn))] == ["airstrike"]
    assert [e["type"] for e in _run(ex, _doc("استهدف قصف مدفعي بلدة كفرنبل.", places=kn))] == ["shelling"]
    assert _run(ex, _doc("أدان الفريق استهداف المناطق السكنية.")) == []


def test_amnesty_decree_and_barrel_bombs(ex):
    t = "أصدر رئيس النظام مرسوم عفو عن المتخلفين عن الخدمة العسكرية."
    assert [e["type"] for e in _run(ex, _doc(t))] == ["desertion"]
    t2 = "ألقى الطيران المروحي ستين برميلاً متفجراً فوق مدينة داريا."
    d2 = _doc(t2, quantities=[("ستين", 60, 60, "برميل")], places=[("داريا", "C9", "Darayya", "Rural Damascus")])
    (e,) = _run(ex, d2)
    assert e["type"] == "airstrike" and e["count"]["low"] == 60 and e["place"]["name_en"] == "Darayya"


def test_work_is_linear_in_the_text(ex, monkeypatch):
    """Issue 15: the old events stage was quadratic. Count the work (range-query items), not time. Each unit tells
    its own count of a shelling of one town and an arrest in another: with joins.json other_figure_same_act on (stop
    42), each repeat is another count of the act told just before, so the records are two; off, two a unit. The work
    is linear either way."""
    from marsad.extract.events import tellings
    from marsad.extract.events.context import Ctx

    switched = tellings.switched

    def unit(k):
        return (f"أفادت مصادر محلية بمقتل {k + 3} مدنيين جراء قصف مدفعي على بلدة كفرنبل. "
                f"واعتقلت قوات الأمن {k + 500} شاباً في مدينة نوى. ")

    def work(n):
        parts = [unit(k) for k in range(n)]
        text = "".join(parts)
        d = Document(text, published="2024-03-05", outlet="x")
        for k in range(n):
            base = sum(len(p) for p in parts[:k])
            for surf, low, counted in ((str(k + 3), k + 3, "مدني"), (str(k + 500), k + 500, "شاب")):
                i = text.index(surf, base)
                d.add("quantities", {"start": i, "end": i + len(surf), "surface": surf, "low": low, "high": low,
                                     "approx": False, "kind": "count", "unit": None, "counted": counted})
            for surf in ("كفرنبل", "نوى"):
                i = text.index(surf, base)
                d.add("places", {"start": i, "end": i + len(surf), "surface": surf, "id": surf, "name_ar": surf,
                                 "name_en": surf, "admin1_en": "Idlib", "confidence": 0.9, "level": "locality"})
        ctx = Ctx(d, ex.v)
        evs = ex.extract(d, ctx)
        assert len(evs) == (2 if on else 2 * n)
        return ctx.ops

    for on in (False, True):
        monkeypatch.setattr(tellings, "switched", lambda k, on=on: on if k == "other_figure_same_act" else switched(k))
        w1, w8, w64 = work(1), work(8), work(64)
        assert w64 / w8 < 8 * 1.5 and w8 / w1 < 8 * 1.5, (on, w1, w8, w64)


def _shared_scores():
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "benchmarks" / "bench_events.py"
    spec = importlib.util.spec_from_file_location("bench_events", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_sample_corpus_score():
    """Our own corpus (gold written to v1, read as v2 by the scorer): a floor against regressions."""
    from marsad.pipeline import Pipeline

    if {"quantities", "places", "dates"} - set(Pipeline().names):
        pytest.skip("pipeline stages not built yet")
    b = _shared_scores()
    s = b.score(b.samples_gold(), b.pipeline_predict())
    assert s["f1"] >= 0.60 and s["ratio"] <= 1.25, s


def test_news_dev_score():
    """news_dev (DEV set: the code was tuned looking at it; the held-out set is the real measure)."""
    b = _shared_scores()
    if not b.NEWS_DEV.exists():
        pytest.skip(f"{b.NEWS_DEV} is absent")
    s = b.score(b.news_dev_gold(), b.pipeline_predict())
    assert s["f1"] >= 0.60 and s["ratio"] <= 1.30 and s["reported_by"] >= 0.85, s


def test_a_list_of_places_after_a_total_is_a_group_of_parts(ex):
    t = "رصد المكتب انشقاق 26 عنصراً في ريف درعا، وتوزع المنشقون على البلدات: 12 من مدينة جاسم، و9 من بلدة داعل، و5 من بلدة نوى."
    d = _doc(t, quantities=[("26", 26, 26, "عنصر"), ("12", 12, 12, None), ("9", 9, 9, None), ("5", 5, 5, None)],
             places=[("درعا", "G1", "Daraa", "Daraa", "governorate"), ("جاسم", "C1", "Jasim", "Daraa"),
                     ("داعل", "C2", "Dael", "Daraa"), ("نوى", "C3", "Nawa", "Daraa")])
    evs = _run(ex, d)
    got = sorted(((e["place"] or {}).get("name_en"), e["count"]["low"], bool(e.get("part_of_list"))) for e in evs)
    assert got == [("Dael", 9, True), ("Daraa", 26, False), ("Jasim", 12, True), ("Nawa", 5, True)]
    assert len({e["group"] for e in evs}) == 1
    from marsad.views.acled import acled_rows
    assert sum(r["fatalities"] for r in acled_rows(evs)) == 0 and len(acled_rows(evs)) == 3  # the parts, not the total


def test_a_headline_restated_in_the_body_is_one_incident(ex):
    t = "انشقاق عشرات الجنود في ريف درعا\n\nأفاد التجمع بانشقاق 35 عنصراً يوم الإثنين في طفس بريف درعا."
    d = _doc(t, quantities=[("عشرات", 20, 90, "جندي"), ("35", 35, 35, "عنصر")],
             places=[("ريف درعا", "G1", "Rural Daraa", "Daraa", "region"), ("طفس", "C1", "Tafas", "Daraa")],
             dates=[("يوم الإثنين", "2024-03-04", "day")])
    d["quantities"][0]["approx"] = True
    (e,) = _run(ex, d)
    assert (e["count"]["low"], e["place"]["name_en"], e["date"], len(e["mentions"])) == (35, "Tafas", "2024-03-04", 2)


def test_demands_of_a_protest_are_not_events(ex):
    t = "خرجت مظاهرة في مدينة السويداء شارك فيها نحو ألفي شخص للمطالبة بالإفراج عن المعتقلين ورفضاً لحملات الاعتقال."
    d = _doc(t, quantities=[("ألفي", 2000, 2000, "شخص")], places=[("السويداء", "C1", "As-Suwayda", "As-Suwayda")])
    assert [(e["type"], e["count"]["low"]) for e in _run(ex, d)] == [("protest", 2000)]


@pytest.mark.parametrize("text,quants,typ,count,breakdown", [
    ("قال مسؤول إن 71 ضابطاً فرّوا إلى تركيا.", [("71", 71, "ضابط")], "defection", 71, []),
    ("اعتقلت الدورية 55 شخصاً بينهم 17 منشقاً في بلدة نوى.", [("55", 55, "شخص"), ("17", 17, "منشق")], "arrest", 55, [17]),
])
def test_what_the_figure_counts_sets_the_event(ex, text, quants, typ, count, breakdown):
    d = _doc(text, quantities=[(s, lo, lo, c) for s, lo, c in quants],
             places=[("تركيا", "TR", "Turkey", None, "country")] if "تركيا" in text
             else [("نوى", "C3", "Nawa", "Daraa")])
    (e,) = _run(ex, d)
    assert (e["type"], e["count"]["low"], [b["low"] for b in e["breakdown"]]) == (typ, count, breakdown)


def test_source_before_kana_qad_and_the_name_read_without_a_clitic(ex):
    t = "وكان المرصد السوري قد أعلن صباح السبت أن 9 مدنيين قتلوا في قصف على بلدة بنش."
    d = _doc(t, quantities=[("9", 9, 9, "مدني")], places=[("بنش", "C1", "Binnish", "Idlib")])
    (e,) = _run(ex, d)
    assert _rb(e) == "المرصد السوري" and e["reported_by"]["canonical"] == "Syrian Observatory for Human Rights"
    t2 = "قالت مصادر خاصة لموقع المثال إن 9 عناصر انشقوا في بلدة بنش."
    d2 = _doc(t2, quantities=[("9", 9, 9, "عنصر")], places=[("بنش", "C1", "Binnish", "Idlib")])
    (e2,) = _run(ex, d2)
    assert _rb(e2) == "مصادر خاصة لموقع المثال"


def test_a_run_on_text_without_punctuation_stays_linear(ex):
    """A page with no sentence ends (one run-on 'sentence') must not make per-sentence loops quadratic."""
    from marsad.extract.events.context import Ctx

    def work(n):
        unit = "واعتقلت قوات الأمن 12 شاباً في مدينة نوى ثم "
        text = unit * n
        d = Document(text, published="2024-03-05", outlet="x")
        for k in range(n):
            i = text.index("12", k * len(unit))
            d.add("quantities", {"start": i, "end": i + 2, "surface": "12", "low": 12 + k, "high": 12 + k,
                                 "approx": False, "kind": "count", "unit": None, "counted": "شاب"})
            j = text.index("نوى", k * len(unit))
            d.add("places", {"start": j, "end": j + 3, "surface": "نوى", "id": "C3", "name_ar": "نوى",
                             "name_en": "Nawa", "admin1_en": "Daraa", "confidence": 0.9, "level": "locality"})
        ctx = Ctx(d, ex.v)
        ex.extract(d, ctx)
        return ctx.ops

    w100, w800 = work(100), work(800)
    assert w800 / w100 < 8 * 1.5, (w100, w800)


def test_agent_in_a_relative_clause_and_a_source_that_starts_with_lam(ex):
    t = "قتل 15 جندياً في الغارات الجوية، التي نفذتها إسرائيل على مواقع قرب دمشق، وفق ما أفادت لجان التنسيق."
    d = _doc(t, quantities=[("15", 15, 15, "جندي")], places=[("دمشق", "G1", "Damascus", "Damascus", "city")])
    (e,) = _run(ex, d)
    assert e["type"] == "airstrike" and e["fatalities"]["low"] == 15
    assert {"surface": "إسرائيل", "role": "agent", "canonical": "Israeli forces"} in e["actors"]
    assert _rb(e) == "لجان التنسيق"


def test_an_end_date_is_how_long_not_when(ex):
    t = "مدّد الاتحاد الأوروبي اليوم العقوبات المفروضة على النظام حتى مطلع حزيران 2018."
    d = _doc(t, published="2017-05-29", dates=[("اليوم", "2017-05-29", "day"), ("مطلع حزيران 2018", "2018-06", "month")])
    (e,) = [e for e in _run(ex, d) if e["type"] == "sanction"]
    assert (e["kind"], e["date"]) == ("incident", "2017-05-29")
    assert _rb(e) == "الاتحاد الأوروبي" and e["reported_by"]["canonical"] == "European Union"


def test_a_coarse_lead_then_the_detail_is_one_incident_and_damage_is_not_injury(ex):
    t = ("شنت قوات الأمن حملة اعتقالات في ريف درعا. "
         "وذكر التجمع أن القوات اعتقلت 4 أشخاص في مدينة داعل.")
    d = _doc(t, quantities=[("4", 4, 4, "شخص")],
             places=[("ريف درعا", "R1", "Rural Daraa", "Daraa", "region"), ("داعل", "C2", "Dael", "Daraa")])
    (e,) = _run(ex, d)
    assert (e["type"], e["count"]["low"], e["place"]["name_en"]) == ("arrest", 4, "Dael")
    t2 = "وأصيب ثلاثمئة ألف منزل بأضرار جسيمة في حمص."
    d2 = _doc(t2, quantities=[("ثلاثمئة ألف", 300000, 300000, "منزل")], places=[("حمص", "C1", "Homs", "Homs")])
    assert [e["type"] for e in _run(ex, d2)] == []
