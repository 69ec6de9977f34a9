"""Corpus tokens -> marsad tokens and back, the split, NewsFANE reading."""
from marsad.ner.data import split, to_corpus_tags, to_seq


def test_glued_punctuation_is_split_like_runtime_text():
    q = to_seq([("(د", "O"), ("ب", "O"), ("أ)", "O"), ("أعلن", "O"), ("اتحاد", "B-ORG"), ("الصناعة", "I-ORG")])
    assert [t.text for t in q.tokens] == ["(", "د", "ب", "أ", ")", "أعلن", "اتحاد", "الصناعة"]
    assert all(q.text[t.start:t.end] == t.text for t in q.tokens)
    assert q.labels[-2:] == ["B-ORG", "I-ORG"]
    # each corpus token takes the tag of its first word piece
    pred = ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O", "B-ORG", "I-ORG"]
    assert to_corpus_tags(q, pred, 6) == ["I-ORG", "I-ORG", "I-ORG", "O", "B-ORG", "I-ORG"]


def test_entity_token_with_glued_quote_spreads_its_tag():
    q = to_seq([("\"حلب", "B-LOC"), ("اليوم", "O")])
    assert [t.text for t in q.tokens] == ['"', "حلب", "اليوم"]
    assert q.labels == ["O", "B-LOC", "O"]  # the quote stays outside the name


def test_split_is_deterministic_tenth():
    train, dev = split(list(range(100)))
    assert dev == [9, 19, 29, 39, 49, 59, 69, 79, 89, 99] and len(train) == 90
