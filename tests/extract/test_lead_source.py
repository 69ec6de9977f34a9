"""lead_source (stop 37): a record the rules leave to the outlet takes the source that opens the next sentence when
that sentence tells an act of the record's type first; a next sentence that first tells another act keeps the
outlet; a dateline line between is skipped. Our own sentences, through the whole pipeline."""
from __future__ import annotations

import json

from marsad.document import Document
from marsad.extract.events import lead_source as ls
from marsad.extract.events.attribution import Attribution
from marsad.extract.events.context import Ctx
from marsad.extract.events.vocab import vocab

OUTLET = "منصة المثال"
PROTEST = ("تظاهر عشرات الأهالي أمام مبنى البلدية في مدينة السلمية اليوم الاثنين. "
           "ووفق شبكة أخبار محلية، هتف المحتجون مطالبين بالإفراج عن المعتقلين قبل أن يتفرقوا بهدوء.")
OTHER_ACT = ("خرج مئات المتظاهرين في ساحة بلدة الجيزة بريف درعا مساء الجمعة. "
             "وقال ناشطون إن قذيفتين أصابتا طرف البلدة الشرقي فقتلتا طفلاً.")
ELSEWHERE = ("تظاهر عشرات الأهالي أمام مبنى البلدية في مدينة السلمية اليوم الاثنين. "
             "ووفق شبكة أخبار محلية، تظاهر عشرات آخرون في مدينة مصياف المجاورة مطالبين بالإفراج عن المعتقلين.")
DATELINE = ("تظاهر عشرات الأهالي أمام مبنى البلدية في مدينة السلمية.\n"
            "السلمية – 20 آذار\n"
            "ووفق شبكة أخبار محلية، هتف المحتجون مطالبين بالإفراج عن المعتقلين.")


def _doc(pipe, text: str) -> Document:
    d = Document(text, id="t", published="2024-03-05", outlet=OUTLET)
    pipe(d)
    return d


def _ctx(pipe, text: str) -> tuple[Ctx, Attribution]:
    ctx = Ctx(_doc(pipe, text), vocab())
    return ctx, Attribution(ctx)


def test_the_next_sentence_opening_source_reports_the_lead(pipe):
    d = _doc(pipe, PROTEST)
    (e,) = [e for e in d["events"] if e["type"] == "protest"]
    rb = e["reported_by"]
    assert rb["surface"] == "شبكة أخبار محلية" and not rb.get("outlet")
    assert PROTEST[rb["start"]:rb["end"]] == rb["surface"] and rb["start"] == PROTEST.index("شبكة أخبار")
    assert e["reported_by_source"] == "text"
    assert [a["surface"] for a in e["actors"] if a["role"] == "source"] == ["شبكة أخبار محلية"]


def test_off_the_outlet_stands(pipe, monkeypatch):
    monkeypatch.setattr(ls, "settings", lambda: dict(ls.SETTINGS_DEFAULT, enabled=False))
    (e,) = [e for e in _doc(pipe, PROTEST)["events"] if e["type"] == "protest"]
    assert e["reported_by"] == {"surface": OUTLET, "outlet": True}


def test_a_next_sentence_telling_another_act_first_is_not_the_leads_source(pipe):
    ctx, att = _ctx(pipe, OTHER_ACT)
    assert ls.opening_source(ctx, att, 0, "protest") is None
    src = ls.opening_source(ctx, att, 0, "shelling")
    assert src["surface"] == "ناشطون" and OTHER_ACT[src["start"]:src["end"]] == "ناشطون"


def test_the_same_act_at_another_place_is_another_incident(pipe):
    """(events_probe README, stop 30: a next sentence on another incident or place does not carry its source back)"""
    ctx, att = _ctx(pipe, ELSEWHERE)
    assert ls.opening_source(ctx, att, 0, "protest") is None
    src = ls.opening_source(ctx, att, 0, "protest", dict(ls.settings(), same_places=False))
    assert src is not None and ELSEWHERE[src["start"]:src["end"]] == "شبكة أخبار محلية"


def test_a_dateline_line_between_is_skipped(pipe):
    ctx, att = _ctx(pipe, DATELINE)
    src = ls.opening_source(ctx, att, 0, "protest")
    assert src is not None and DATELINE[src["start"]:src["end"]] == "شبكة أخبار محلية"
    assert ls.opening_source(ctx, att, 0, "protest", dict(ls.settings(), reach=1)) is None


def test_the_settings_file():
    raw = json.loads(ls.SETTINGS.read_text(encoding="utf-8"))
    assert raw["enabled"] is True and raw["first_act"] is True and raw["same_places"] is True
    assert raw["reach"] == 2 and raw["short_line_words"] == 4
