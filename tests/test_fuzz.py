"""Fuzzing (hypothesis) over Arabic-ish text, HTML and JSONL: whatever comes in, the readers and
the full pipeline raise nothing, every span is exact (``text[start:end] == surface``), every
record serialises as strict JSON, and a bad record costs its own line only.

The budget is fixed and small (derandomized, so CI runs the same cases every time; no deadline,
as the machine is shared): it guards against regressions, the long fuzzing runs were done apart.
"""
from __future__ import annotations

import io
import json
import math
import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from marsad.document import SPAN_LAYERS
from marsad.ingest.readers import RawDoc, ReadError, read_jsonl, read_text
from marsad.runner import Runner

# MARSAD_FUZZ_EXAMPLES=5000 runs a long, random (not derandomized) session by hand.
_LONG = int(os.environ.get("MARSAD_FUZZ_EXAMPLES", "0"))
FUZZ = settings(max_examples=_LONG or 40, derandomize=not _LONG, deadline=None, database=None,
                suppress_health_check=list(HealthCheck))

# Pieces that make the extractors work: words, number words, digits of three scripts, month
# names, triggers, places, hedges, punctuation, and the characters that break naive code.
WORDS = ["انشق", "قتل", "جندياً", "عنصراً", "مدنيين", "قصف", "مدينة", "إدلب", "درعا", "ريف", "حلب", "الشمالي",
         "نحو", "أكثر من", "بين", "و", "إلى", "ألف", "آلاف", "مليون", "عشرات", "مئات", "خمسة", "ثلاثة عشر",
         "الثلث", "في المئة", "%", "أمس", "اليوم", "الثلاثاء", "الماضي", "آذار", "نيسان/أبريل", "كانون الثاني",
         "عام", "2013", "2024", "١٢", "٤٬٥٠٠", "۳۵", "4,500", "2.5", "٫", "هـ", "المرصد السوري", "قوات النظام",
         "هيئة تحرير الشام", "قسد", "الجيش الوطني", "غارة", "اشتباكات", "اعتقال", "مظاهرة", "قال", "وفق",
         "نفى", "سوف", "،", ".", "؟", "!", ":", "«", "»", "(", ")", "-", "\n", "\n\n", " ", "\u0640", "\u064b",
         "\u0651", "\u200f", "\u200c", "\ufeff", "\ufffd", "\x00", "\x01", "\x1b[31m", "@user", "#وسم",
         "https://t.me/x/1", "٠٩٩٣١٢٣٤٥٦", "١٠٠٠٠٠٠٠٠٠٠٠٠٠٠٠٠٠٠٠", "9" * 40, "ﻻ", "ﷲ", "𝟙𝟚", "A", "the"]

arabicish = st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=3)), max_size=60).map(" ".join)
TAGS = ["p", "div", "span", "h1", "script", "style", "blockquote", "table", "td", "tr", "a", "br", "iframe", "b"]


@st.composite
def html_pages(draw):
    parts = ["<!DOCTYPE html><html><head><title>", draw(arabicish)[:80], "</title></head><body>"]
    stack: list[str] = []
    for _ in range(draw(st.integers(0, 25))):
        op = draw(st.integers(0, 3))
        if op == 0 or not stack:
            tag = draw(st.sampled_from(TAGS))
            attr = draw(st.sampled_from(["", " class='twitter-tweet'", " dir='rtl'", " class='related'",
                                         " src='https://www.youtube.com/embed/x'", " onload='x'"]))
            parts.append(f"<{tag}{attr}>")
            stack.append(tag)
        elif op == 1:
            parts.append(stack.pop().join(("</", ">")))
        else:
            parts.append(draw(arabicish))
    if draw(st.booleans()):
        parts.extend(f"</{t}>" for t in reversed(stack))
    parts.append("</body></html>")
    return "".join(parts)


json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | arabicish,
                           lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner,
                                                                                       max_size=3),
                           max_leaves=8)


@st.composite
def jsonl_records(draw):
    rec = {}
    for key in ("id", "text", "html", "url", "published", "title", "outlet", "author"):
        if draw(st.booleans()):
            rec[key] = draw(st.one_of(arabicish, json_values, st.sampled_from(
                ["2024-12-04", "04/12/2024", "9999-12-31", "2024-05", "\ud800", "1" * 300])))
    line = json.dumps(rec, ensure_ascii=draw(st.booleans()))
    return draw(st.sampled_from([line, line[: len(line) // 2], "[" + line + "]", "\ufeff" + line, line]))


_runner = None


def runner() -> Runner:
    global _runner
    if _runner is None:
        _runner = Runner(any_language=True)
    return _runner


def check(doc) -> None:
    rec = doc.to_record()
    text = rec["text"]
    for layer in SPAN_LAYERS:
        for r in rec[layer]:
            assert text[r["start"]:r["end"]] == r["surface"], (layer, r)
            for m in r.get("mentions") or []:
                assert text[m["start"]:m["end"]] == m["surface"], (layer, m)
            for k in ("low", "high"):
                if isinstance(r.get(k), float):
                    assert math.isfinite(r[k])
    line = json.dumps(rec, ensure_ascii=False, allow_nan=False)  # strict JSON: no NaN/Infinity
    line.encode("utf-8")  # no lone surrogate reaches the output


def run_raw(raw: RawDoc, passage: bool) -> None:
    r = runner()
    r.passage = passage
    try:
        doc = r.prepare(raw)
    except ValueError as e:  # a PageError: a page the cleaner refuses, said in one line
        assert str(e) and "\n" not in str(e)
        return
    r.pipeline(doc)
    check(doc)


@FUZZ
@given(arabicish, st.booleans())
def test_fuzz_text(text, passage):
    items = list(read_text("fuzz.txt", io.BytesIO(text.encode("utf-8", "surrogatepass"))))
    for item in items:
        if isinstance(item, ReadError):
            assert "\n" not in str(item)
            continue
        run_raw(item, passage)


@FUZZ
@given(html_pages())
def test_fuzz_html(page):
    run_raw(RawDoc(source="fuzz.html", html=page), passage=False)


@FUZZ
@given(st.lists(jsonl_records(), min_size=1, max_size=4))
def test_fuzz_jsonl(lines):
    data = "\n".join(lines).encode("utf-8", "surrogatepass")
    items = list(read_jsonl("fuzz.jsonl", io.BytesIO(data)))
    sources = []
    for item in items:
        if isinstance(item, ReadError):
            assert "\n" not in str(item) and str(item).startswith("fuzz.jsonl")
            sources.append(item.source)
            continue
        sources.append(item.source)
        run_raw(item, passage=False)
    # every non-blank line is accounted for: a document or its own error, in order
    numbered = [f"fuzz.jsonl:{i}" for i, ln in enumerate(data.split(b"\n"), 1)
                if ln.strip() and ln.strip() != b"\xef\xbb\xbf"]
    assert sources == numbered or sources == ["fuzz.jsonl"] and not numbered


def test_the_fuzz_budget_in_make_test_is_fixed():
    if _LONG:
        return
    assert FUZZ.max_examples == 40 and FUZZ.derandomize and FUZZ.deadline is None and FUZZ.database is None
