"""Reviewer, stop 37: what the review mended in stop 37's landings, on our own sentences.

told_bound finds where the text's first line ends once a document (a search from the text's start for each record
cost records x text on a page with no line break), and a long first line that runs into the body (no headline of
its own) still gives its figure the body's bound; lead_source asks once per sentence and type, the records of one
sentence sharing the answer. And each of place4's flags (extractor.AGGREGATE_NOT_TOLD_BEFORE, extractor.RANKED_PLACE,
arguments.BARE_PART_AT) off really gives back the place the rules took before it."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from marsad.extract.events import arguments, extractor, lead_source, told_bound
from piped import piped_events

LONG_TITLE = ("قُتل 12 شخصاً في قصف مدفعي استهدف سوق بلدة الزيادية صباح اليوم وسط نزوح واسع للأهالي نحو القرى "
              "المجاورة وخوف من تجدد القصف خلال الأيام المقبلة\nوأكد الدفاع المدني أن 12 مدنياً على الأقل ماتوا "
              "بالقذائف.")
ONE_LINE = ("قُتل 12 شخصاً في قصف مدفعي استهدف سوق بلدة الزيادية صباح اليوم. وأكد الدفاع المدني أن 12 مدنياً على "
            "الأقل ماتوا بالقذائف.")


@pytest.mark.parametrize("text,end", [("عنوان الخبر\nنص الخبر", 11), ("سطر واحد بلا فاصل", -1)])
def test_the_title_end_is_found_once_a_document(text, end):
    ctx = SimpleNamespace(text=text, memo={})
    assert told_bound._title_end(ctx) == end
    ctx.text = "\n" + text  # (the answer is the document's, kept in its memo)
    assert told_bound._title_end(ctx) == end


@pytest.mark.parametrize("text,fig,start", [
    (LONG_TITLE, (12, None), LONG_TITLE.index("12", LONG_TITLE.index("\n"))),  # the body's bound
    (ONE_LINE, (12, 12), 5),  # a body's exact figure is the first the text writes
])
def test_a_long_first_line_takes_the_body_s_bound(pipe, text, fig, start):
    evs = [e for e in piped_events(pipe, text) if e["type"] == "shelling"]
    assert len(evs) == 1, evs
    f = evs[0]["fatalities"]
    assert (f["low"], f["high"]) == fig
    q = evs[0]["quantity"]
    assert q["start"] == start and text[q["start"]:q["end"]] == q["surface"] == "12"


def test_lead_source_asks_once_per_sentence_and_type(monkeypatch):
    asked, given = [], []
    monkeypatch.setattr(lead_source, "settings", lambda: dict(lead_source.SETTINGS_DEFAULT, enabled=True))
    monkeypatch.setattr(lead_source, "opening_source", lambda ctx, att, si, etype, conf: asked.append((si, etype))
                        or {"surface": "مصادر محلية", "start": 90, "end": 101})
    monkeypatch.setattr(lead_source, "_give", lambda ctx, att, r, src: given.append((r["start"], src["start"])))
    ctx = SimpleNamespace(sent_of=lambda pos: pos // 50)
    outlet = {"surface": "منصة المثال", "outlet": True}
    out = [{"start": 3, "type": "arrest", "reported_by": outlet}, {"start": 20, "type": "arrest", "reported_by": None},
           {"start": 30, "type": "shelling", "reported_by": outlet}, {"start": 60, "type": "arrest",
                                                                      "reported_by": outlet},
           {"start": 40, "type": "arrest", "reported_by": {"surface": "ناشطون", "start": 35, "end": 41}}]
    lead_source.refine(ctx, None, out)
    assert asked == [(0, "arrest"), (0, "shelling"), (1, "arrest")]
    assert given == [(3, 90), (20, 90), (30, 90), (60, 90)]


@pytest.mark.parametrize("module,flag,text,typ,place", [
    # a month's toll after a strike on a town: the strike's town when off
    (extractor, "AGGREGATE_NOT_TOLD_BEFORE", "قصفت طائرات حربية صباح الاثنين منزلاً في بلدة التمانعة شرقي إدلب، فقتلت "
     "رجلاً وجرحت خمسة. وخلال الشهر الماضي، أحصت الشبكة مقتل 96 مدنياً بالغارات الجوية، بينهم 20 طفلاً.",
     "airstrike", "التمانعة"),
    # a governorate heading a month's arrests: the sum's place when off
    (extractor, "RANKED_PLACE", "وثّقت الرابطة 450 حالة اعتقال خلال الشهر الماضي، وتصدرت محافظة حمص المحافظات بـ70 "
     "حالة.", "arrest", "حمص"),
    # a part's bare number at a town: the whole's place when off
    (arguments, "BARE_PART_AT", "قال ناشطون إن 21 مدنياً قُتلوا برصاص قوات الأمن يوم السبت، منهم 14 في مدينة حمص "
     "وخمسة في تلبيسة.", "casualties", "حمص"),
])
def test_a_place4_flag_off_gives_the_rules_place_back(pipe, monkeypatch, module, flag, text, typ, place):
    def the_sum():
        evs = [e for e in piped_events(pipe, text)
               if e["type"] == typ and (e["fatalities"] or e["count"] or {}).get("low")]
        assert len(evs) == 1, evs
        return evs[0]["place"]

    assert getattr(module, flag) is True and the_sum() is None
    monkeypatch.setattr(module, flag, False)
    p = the_sum()
    assert (p["surface"], p["start"], p["end"]) == (place, text.index(place), text.index(place) + len(place))
