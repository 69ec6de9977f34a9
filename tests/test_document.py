"""Document: shared analyses computed once, offset lookups, records loaded back."""
from __future__ import annotations

import pytest

from marsad.document import Document, OffsetError

TEXT = "قال مصدر محلي إنّ 12 جندياً انشقوا أمس.\nوأكد المرصد مقتل ثلاثة مدنيين في ريف إدلب."


def test_folded_is_computed_once_and_maps_back():
    doc = Document(TEXT)
    f = doc.folded
    assert doc.folded is f  # cached
    assert "ان" in f.text and "ّ" not in f.text  # shadda deleted, hamza folded
    i = f.text.index("انشقوا")
    s, e = f.span(i, i + len("انشقوا"))
    assert doc.text[s:e] == "انشقوا"


def test_sentences_and_lookup_by_offset():
    doc = Document(TEXT)
    assert [doc.text[s.start:s.end] for s in doc.sentences] == [
        "قال مصدر محلي إنّ 12 جندياً انشقوا أمس.", "وأكد المرصد مقتل ثلاثة مدنيين في ريف إدلب."]
    assert doc.sentences is doc.sentences
    k = doc.text.index("المرصد")
    assert doc.sentence_index(k) == 1
    assert doc.sentence_at(k) == doc.sentences[1]
    assert doc.sentence_at(doc.text.index("\n")) is None  # the line break between sentences


def test_tokens_lookup_and_readings():
    doc = Document(TEXT)
    assert [t.text for t in doc.tokens[:5]] == ["قال", "مصدر", "محلي", "إنّ", "12"]
    k = doc.text.index("وأكد")
    tok = doc.tokens[doc.token_index(k + 2)]
    assert tok.text == "وأكد" and (tok.start, tok.end) == (k, k + 4)
    assert ("و", "اكد", k + 1) in tok.readings()
    assert doc.token_index(doc.text.index(" ")) is None
    sent = doc.sentences[0]
    inside = doc.tokens_in(sent.start, sent.end)
    assert inside[0].text == "قال" and inside[-1].text == "."
    assert [len(ts) for _, ts in doc.sentence_tokens()] == [len(inside), len(doc.tokens) - len(inside)]


def test_record_round_trip():
    doc = Document(TEXT, published="2024-03-05", outlet="عنب بلدي")
    k = TEXT.index("12")
    doc.add("quantities", {"start": k, "end": k + 2, "surface": "12", "low": 12, "high": 12, "approx": False,
                           "kind": "count", "unit": None, "counted": "جندي"})
    doc.related = [{"title": "عنوان", "text": "نص"}]
    doc.embeds = [{"platform": "twitter", "text": "x", "author": None, "handle": "h", "date": None, "url": None}]
    doc.extra["published_source"] = "metadata"
    rec = doc.to_record()
    back = Document.from_record(rec)
    assert back.to_record() == rec
    assert back.extra["published_source"] == "metadata"
    assert back["quantities"][0]["counted"] == "جندي"


def test_from_record_refuses_stale_offsets():
    rec = Document("نص قصير").to_record()
    rec["quantities"] = [{"start": 0, "end": 2, "surface": "xx"}]
    with pytest.raises(OffsetError):
        Document.from_record(rec)
    with pytest.raises(ValueError):
        Document.from_record({"title": "no text"})


def test_pickles_without_its_cached_analyses():
    import copy
    import pickle

    doc = Document(TEXT, published="2024-03-05")
    doc.folded, doc.tokens, doc.sentences  # noqa: B018 - fill the cache
    back = pickle.loads(pickle.dumps(doc))
    assert back.to_record() == doc.to_record() and back._cache == {}
    assert [t.text for t in back.tokens] == [t.text for t in doc.tokens]  # recomputed on use
    assert copy.deepcopy(doc).sentences == doc.sentences
