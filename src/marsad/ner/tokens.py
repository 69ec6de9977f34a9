"""NER tokens: marsad.arabic.tokens words, with Arabic punctuation split off.

The shared tokenizer's word class spans U+0600-U+06FF, which also holds the Arabic comma,
semicolon, question mark and number separators (، ؛ ؟ ٪ ٫ ٬ ۔), so "القشعمي،" comes out as one
word. Names must not carry a comma, so NER splits those marks into tokens of their own, the same
way at training and at run time.
"""
from __future__ import annotations

import re
from bisect import bisect_right

from ..arabic.tokens import Token, tokenize

ARABIC_PUNCT = "\u060c\u061b\u061f\u066a\u066b\u066c\u06d4\u060d"
_SPLIT = re.compile(f"[{ARABIC_PUNCT}]")


def split_punct(tokens: list[Token], text: str | None = None) -> list[Token]:
    """``tokens`` with the marks above split off. Given the ``text`` the tokens index, only the
    tokens holding a mark are visited (found by one scan of the text): a page has a handful."""
    if text is not None:
        marks = [m.start() for m in _SPLIT.finditer(text)]
        if not marks:
            return list(tokens)
        starts = [t.start for t in tokens]
        hit = sorted({i for i in (bisect_right(starts, p) - 1 for p in marks) if i >= 0})
        out: list[Token] = []
        last = 0
        for i in hit:
            if _SPLIT.search(tokens[i].text):
                out.extend(tokens[last:i])
                _split_one(tokens[i], out)
                last = i + 1
        out.extend(tokens[last:])
        return out
    out = []
    for t in tokens:
        if not _SPLIT.search(t.text):
            out.append(t)
            continue
        _split_one(t, out)
    return out


def _split_one(t: Token, out: list[Token]) -> None:
    last = 0
    for m in _SPLIT.finditer(t.text):
        if m.start() > last:
            out.append(Token(t.start + last, t.start + m.start(), t.text[last:m.start()]))
        out.append(Token(t.start + m.start(), t.start + m.end(), m.group()))
        last = m.end()
    if last < len(t.text):
        out.append(Token(t.start + last, t.end, t.text[last:]))


def ner_tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    return split_punct(tokenize(text, start, end))
