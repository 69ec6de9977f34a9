"""NER tokens: marsad.arabic.tokens words, with Arabic punctuation split off.

The shared tokenizer's word class spans U+0600-U+06FF, which also holds the Arabic comma,
semicolon, question mark and number separators (، ؛ ؟ ٪ ٫ ٬ ۔), so "القشعمي،" comes out as one
word. Names must not carry a comma, so NER splits those marks into tokens of their own, the same
way at training and at run time.
"""
from __future__ import annotations

import re

from ..arabic.tokens import Token, tokenize

ARABIC_PUNCT = "\u060c\u061b\u061f\u066a\u066b\u066c\u06d4\u060d"
_SPLIT = re.compile(f"[{ARABIC_PUNCT}]")


def split_punct(tokens: list[Token]) -> list[Token]:
    out: list[Token] = []
    for t in tokens:
        if not _SPLIT.search(t.text):
            out.append(t)
            continue
        last = 0
        for m in _SPLIT.finditer(t.text):
            if m.start() > last:
                out.append(Token(t.start + last, t.start + m.start(), t.text[last:m.start()]))
            out.append(Token(t.start + m.start(), t.start + m.end(), m.group()))
            last = m.end()
        if last < len(t.text):
            out.append(Token(t.start + last, t.end, t.text[last:]))
    return out


def ner_tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    return split_punct(tokenize(text, start, end))
