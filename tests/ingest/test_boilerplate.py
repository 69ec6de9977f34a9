"""Corpus-level boilerplate: lines one site repeats across a batch are dropped, content is not."""
from __future__ import annotations

from marsad.ingest.boilerplate import BoilerplateFilter, line_key
from marsad.ingest.page import clean_batch, clean_page
from marsad.ingest.readers import RawDoc, ReadError

PROMO = "تابعوا آخر أخبار سوريا لحظة بلحظة عبر حسابنا الرسمي على منصة إنستغرام"
DISCLAIMER = "المقالات المنشورة تعبر عن آراء كتابها ولا تعكس بالضرورة موقف الموقع"
BODIES = [
    "قتل مدنيان وأصيب أربعة آخرون بقصف مدفعي على بلدة كفرنبل جنوبي إدلب صباح اليوم.",
    "انشق ثلاثة عناصر عن قوات النظام شرقي درعا وبلغوا بلدة بصرى الشام.",
    "أوقفت دورية للأمن العسكري شابين مساء أمس على حاجز طيار نُصب عند مدخل مدينة جاسم.",
    "سيطرت فصائل المعارضة على تلة استراتيجية قرب بلدة كباني في ريف اللاذقية الشمالي.",
    "أعلنت مديرية الصحة في الحسكة تسجيل 12 إصابة جديدة بالكوليرا خلال أسبوع.",
]
QUOTE = "وقال المتحدث باسم الفصيل إن العمليات ستستمر حتى تحرير كامل المنطقة من قوات النظام."


def _page(i: int, host: str = "site-a.example", extra: str = "") -> RawDoc:
    text = f"{BODIES[i]}\n\n{extra}\n\n{PROMO}\n\n{DISCLAIMER}\n"
    return RawDoc(source=f"p{i}", text=text, url=f"https://{host}/news/{i}")


def test_batch_drops_repeated_site_lines_only():
    raws = [_page(i, extra=QUOTE if i < 2 else "") for i in range(5)]
    docs = list(clean_batch(raws))
    assert len(docs) == 5
    for i, d in enumerate(docs):
        assert PROMO not in d.text and DISCLAIMER not in d.text
        assert d.text.startswith(BODIES[i])
        assert d.extra["boilerplate_lines"] == 2
    # a quote two stories share is content, not boilerplate (below min_docs)
    assert QUOTE in docs[0].text and QUOTE in docs[1].text


def test_groups_are_per_site():
    raws = [_page(0, "a.example"), _page(1, "a.example"), _page(2, "b.example"), _page(3, "c.example")]
    docs = list(clean_batch(raws))
    assert all(PROMO in d.text for d in docs)  # no site repeated it 3 times


def test_single_page_keeps_lexicon_rules_only():
    d = clean_page(RawDoc(source="x", text=BODIES[0] + "\n\nاترك تعليقاً\n\n" + PROMO + "\n"))
    assert PROMO in d.text and "اترك تعليقاً" not in d.text


def test_filter_api_and_errors_pass_through():
    f = BoilerplateFilter(min_docs=2, min_share=0.0).fit([("g", f"{b}\n{PROMO}") for b in BODIES[:2]])
    assert f.is_boilerplate("g", PROMO) and f.is_boilerplate("g", "  " + PROMO + " ")
    assert not f.is_boilerplate("g", BODIES[0]) and not f.is_boilerplate("other", PROMO)
    assert line_key("تابعوا آخر أخبار") == line_key("تابعوا اخر اخبار")  # folded
    err = ReadError("bad", "empty input")
    out = list(clean_batch([err, _page(0), RawDoc(source="h", html="<html><body></body></html>")]))
    assert out[0] is err and out[1].text.startswith(BODIES[0])
    assert isinstance(out[2], ReadError) and "no article text" in out[2].reason
