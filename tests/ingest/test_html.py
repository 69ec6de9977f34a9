"""Our HTML sample pages (samples/html, six site layouts) against their gold main text."""
from __future__ import annotations

import collections
import json
import re
from pathlib import Path

import pytest
from lxml import html as lhtml

from marsad.ingest.html import extract_html, html_main_text, take_embeds
from marsad.ingest.page import raw_to_document
from marsad.ingest.readers import RawDoc, read_path

REPO = Path(__file__).resolve().parents[2]
PAGES = sorted((REPO / "samples" / "html").glob("*.html"))
GOLD = REPO / "samples" / "gold" / "html"


def _toks(s: str) -> list[str]:
    return re.findall(r"[^\W_]+", s)


def word_f1(pred: str, gold: str) -> float:
    p, g = collections.Counter(_toks(pred)), collections.Counter(_toks(gold))
    overlap = sum((p & g).values())
    if not overlap:
        return 0.0
    prec, rec = overlap / sum(p.values()), overlap / sum(g.values())
    return 2 * prec * rec / (prec + rec)


@pytest.fixture(scope="module")
def docs():
    out = {}
    for p in PAGES:
        items = list(read_path(str(p)))
        assert len(items) == 1 and isinstance(items[0], RawDoc), items
        out[p.stem] = raw_to_document(items[0])
    return out


def test_corpus_shape():
    assert len(PAGES) >= 20
    layouts = {p.stem.split("_")[1] for p in PAGES}
    assert len(layouts) >= 5
    for p in PAGES:
        assert (GOLD / f"{p.stem}.txt").exists()
        head = p.read_bytes()[:400].lower()
        assert b'dir="rtl"' in head or b"dir=rtl" in head or b'dir="rtl"' in p.read_bytes().lower()


def test_main_text_f1(docs):
    scores = {name: word_f1(doc.text, (GOLD / f"{name}.txt").read_text("utf-8")) for name, doc in docs.items()}
    mean = sum(scores.values()) / len(scores)
    assert mean >= 0.95, scores
    assert min(scores.values()) >= 0.9, scores


def _page_tree(name):
    return lhtml.document_fromstring((REPO / "samples" / "html" / f"{name}.html").read_bytes())


def test_no_link_lists_or_comments_leak(docs):
    for name, doc in docs.items():
        tree = _page_tree(name)
        # every headline-sized link on the page is navigation or related content, never article text
        for a in tree.iter("a"):
            t = " ".join(a.text_content().split())
            if len(t.split()) >= 4:
                assert t not in doc.text, (name, t)
        for el in tree.iter():
            if not isinstance(el.tag, str):
                continue
            key = (el.get("class") or "") + " " + (el.get("id") or "")
            if "comment" in key or "disqus" in key:
                for p in el.iter("p"):
                    t = " ".join(p.text_content().split())
                    if len(t.split()) >= 4:
                        assert t not in doc.text, (name, t)
        for h in doc.related_headlines:
            assert h not in doc.text, (name, h)
        for bad in ("اقرأ أيضاً", "اقرأ أيضا", "إقرأ أيضاً", "مقالات ذات صلة", "مقالات مشابهة", "اترك تعليقاً",
                    "الوسوم", "كلمات دلالية", "جميع الحقوق محفوظة", "إعلان"):
            assert bad not in doc.text, (name, bad)


def test_metadata(docs):
    for name, doc in docs.items():
        gold_first = (GOLD / f"{name}.txt").read_text("utf-8").split("\n")[0]
        assert doc.text.startswith(gold_first[:30]), (name, doc.text[:60])
        assert doc.title and doc.title not in doc.text, name
        assert doc.outlet, name
        if "_sahel_" in name:  # cp1256 page without metadata: title, author, date from the page text
            assert doc.extra["encoding"] in ("cp1256", "windows-1256")
            assert doc.author and doc.published and re.fullmatch(r"\d{4}-\d\d-\d\d", doc.published)
        else:
            assert re.fullmatch(r"\d{4}-\d\d-\d\d", doc.published or ""), name
    assert docs["01_midan_daraa_defection_officers"].author == "أحمد الحوراني"
    assert docs["04_sahel_turkey_statement_neutralized"].published == "2024-08-19"


def test_related_article_glued_after_body(docs):
    n = 0
    for gold in GOLD.glob("*.json"):
        want = json.loads(gold.read_text("utf-8"))
        doc = docs[gold.stem]
        assert [r["title"] for r in doc.related] == [want["related_title"]]
        body = doc.related[0]["text"]
        assert len(body.split()) > 40 and body[:50] not in doc.text
        assert "إعلان" not in body and "مقالات مشابهة" not in body
        assert len(doc.related_headlines) >= 5
        n += 1
    assert n >= 3


def test_embeds_lifted_out(docs):
    seen = collections.Counter()
    for name, doc in docs.items():
        raw = (REPO / "samples" / "html" / f"{name}.html").read_text("utf-8", errors="replace")
        n_tweets = raw.count('class="twitter-tweet"')
        tweets = [e for e in doc.embeds if e["platform"] == "twitter"]
        assert len(tweets) == n_tweets, name
        for e in doc.embeds:
            seen[e["platform"]] += 1
            if e["text"]:
                assert e["text"][:30] not in doc.text, (name, e)
        for t in tweets:
            assert t["handle"] and "@" not in t["handle"]
            assert re.fullmatch(r"\d{4}-\d\d-\d\d", t["date"]) and t["author"]
            assert t["url"].startswith("pic.twitter.com/")
    assert seen["twitter"] >= 4 and seen["telegram"] >= 3 and seen["facebook"] >= 1 and seen["youtube"] >= 1


def test_tweet_blockquote_parsed():
    tree = lhtml.document_fromstring(
        '<html><body><p>قبل</p><blockquote class="twitter-tweet"><p lang="ar" dir="rtl">قصف على الأتارب '
        '<a href="https://t.co/x">pic.twitter.com/AbC123</a></p>&mdash; مراسل حلب (@aleppo_rep) '
        '<a href="https://twitter.com/aleppo_rep/status/123456">March 3, 2024</a></blockquote><p>بعد</p></body></html>')
    [e] = take_embeds(tree)
    assert e == {"platform": "twitter", "text": "قصف على الأتارب", "author": "مراسل حلب", "handle": "aleppo_rep",
                 "date": "2024-03-03", "url": "pic.twitter.com/AbC123"}
    assert tree.find(".//blockquote") is None
    assert "بعد" in tree.text_content()


def test_html_main_text_for_passage_mode():
    page = (PAGES[0]).read_text("utf-8")
    text = html_main_text(page)
    gold = (GOLD / f"{PAGES[0].stem}.txt").read_text("utf-8")
    assert word_f1(text, gold) > 0.9
    doc = raw_to_document(RawDoc(source="x", html=page), passage=True)
    assert doc.text == text.replace("\r\n", "\n")


def test_extract_html_metadata():
    ext = extract_html(PAGES[0].read_text("utf-8"))
    assert ext.meta["title"] and ext.meta["sitename"] and ext.meta["date"]


def test_glued_article_in_html_without_end_of_article_signal():
    """Marker block + heading + paragraphs in the article's own container: a related article,
    even with no source line or tags before it (trafilatura would keep it as main text)."""
    body = ["أفادت مصادر محلية بمقتل عنصرين من قوات النظام وإصابة ثلاثة آخرين في هجوم استهدف حاجزاً "
            "عسكرياً مساء الأحد بجوار بلدة المزيريب الواقعة غربي مدينة درعا.",
            "واستقدمت قوات النظام تعزيزات إلى المنطقة وشنت حملة تفتيش في المزارع القريبة."]
    glued = ["دعت وزارة الخارجية التركية في بيان الأطراف كافة إلى وقف التصعيد العسكري في شمال سوريا، "
             "محذرة من موجة نزوح جديدة نحو الحدود.",
             "وأكد البيان أن أنقرة تتابع التطورات عن كثب وتجري اتصالات مع الأطراف المعنية."]
    page = ("<html><body><article><h1>هجوم على حاجز في ريف درعا</h1><div class='content'>"
            + "".join(f"<p>{p}</p>" for p in body) + "<p>إقرأ أيضاً:</p><h2>الخارجية التركية تدعو إلى وقف التصعيد</h2>"
            + "".join(f"<p>{p}</p>" for p in glued) + "<p>إعلان</p><p>اقرأ أيضا</p><h3>عنوان قصير</h3></div>"
            "</article></body></html>")
    doc = raw_to_document(RawDoc(source="t", html=page))
    assert doc.text == "\n".join(body)
    assert doc.related == [{"title": "الخارجية التركية تدعو إلى وقف التصعيد", "text": "\n".join(glued)}]
