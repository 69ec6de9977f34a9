"""Tokens, clitics and sentences, all as offsets into the original text.

Arabic glues conjunctions, prepositions and the article onto words (والجيش = و + ال + جيش).
A lexicon lookup must try the word with and without those proclitics, so each token offers its
possible (proclitic, stem) readings with the stem's own offsets; stages pick the reading their
lexicon knows instead of trusting one blind segmentation.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from .normalize import base_offset, fold_str

# A word: Arabic letters and marks, Latin letters, digits in all scripts, joined by inner
# tatweel/apostrophes; or a single punctuation character.
# The Arabic block minus its punctuation (، ؍ ؛ ؟ ٪ ٫ ٬ ۔), which must stay separate tokens.
_AR = r"\u0600-\u060b\u060e-\u061a\u061c-\u061e\u0620-\u0669\u066d-\u06d3\u06d5-\u06ff"
_WORD = rf"[\w{_AR}\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefe]+(?:['’][\w{_AR}]+)*"
TOKEN_RE = re.compile(rf"\d+(?:[.,٫٬]\d+)+(?![\w{_AR}])|{_WORD}|[^\s\w]", re.UNICODE)

# The finer cut number grammars read around a digit (extract/quantities.py): words and single
# marks, but a number is split at its separators ("3.5" is 3 . 5) and the Arabic block's other
# signs stand alone, so a window of four tokens after a digit sees the mark right after it.
# Windows of a few tokens only; documents are tokenized with TOKEN_RE (Document.tokens).
FINE_TOKEN_RE = re.compile(r"[\w\u064b-\u065f\u0670\u0640]+|[^\s\w]")
# Tokens that end a clause (a counted noun or a hedge is not looked for across them), and the
# subset that ends a sentence.
CLAUSE_BREAKS = frozenset({".", "!", "?", "؟", "؛", ";", ":", "\n", "«", "»", '"', "(", ")", "،", ","})
SENTENCE_BREAKS = frozenset({".", "!", "?", "؟", "؛", ";", "\n"})

# Proclitic chains, longest first; folded spellings (see normalize.fold_str).
PROCLITICS = (
    "وبال", "وكال", "وفال", "فبال", "وللت", "ولل", "فلل", "بال", "كال", "فال", "وال", "لل",
    "ال", "وب", "ول", "وك", "فب", "فل", "وس", "و", "ف", "ب", "ل", "ك", "س",
)


class Token(NamedTuple):
    """A word, number or punctuation mark: ``text == source[start:end]``. A named tuple, not a
    dataclass: a page has thousands, and a frozen dataclass costs three setattr calls each."""

    start: int
    end: int
    text: str

    @property
    def folded(self) -> str:
        return fold_str(self.text)

    def readings(self, min_stem: int = 2) -> list[tuple[str, str, int]]:
        """All (proclitic, folded stem, stem start offset) readings, unsplit first."""
        return [(p, s, self.start + off) for p, s, off in _readings(self.text, min_stem)]


@lru_cache(maxsize=200_000)
def _readings(word: str, min_stem: int) -> tuple[tuple[str, str, int], ...]:
    f = fold_str(word)
    out = [("", f, 0)]
    # Offsets: folded length can be shorter than the original (marks deleted), so map the
    # proclitic length back by walking the original until that many base letters are passed.
    for p in PROCLITICS:
        if f.startswith(p) and len(f) - len(p) >= min_stem:
            stem = f[len(p):]  # after لل (ل + ال) the stem is the bare noun
            out.append((p, stem, base_offset(word, len(p))))
    return tuple(out)



def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    end = len(text) if end is None else end
    return [Token(m.start(), m.end(), m.group()) for m in TOKEN_RE.finditer(text, start, end)]


def iter_tokens(text: str):
    for m in TOKEN_RE.finditer(text):
        yield Token(m.start(), m.end(), m.group())


# Sentence ends: . ! ? ؟ and line breaks (a headline, a list item or a paragraph ends there).
# Not a dot between digits (3.5), after a one-letter abbreviation (د. for doctor, م. for AD) or
# after a list number at a line start ("1. البند"); a dot after a number does end a sentence
# ("... في عام 2011. ثم"). Nor a single line break inside a sentence a scraper cut in two: see
# _continues.
_SENT_END = re.compile(r"(?<!^\d)(?<!^\d\d)(?<!\b[^\W\d_])[.!?؟]+(?!\d)[\"'»”)]*|\n+", re.M)
_SENT_MARK = re.compile(r"[.!?؟\n]")


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int


def sentences(text: str) -> list[Sentence]:
    """Sentence spans with surrounding whitespace trimmed; empty sentences dropped. The one
    sentence split of marsad: stages read it as ``Document.sentences``."""
    out: list[Sentence] = []
    last = 0
    # _SENT_END begins with look-behinds, so finditer would try it at every character; every
    # match starts at one of these marks: it is tried there only (same matches, found ~10x faster)
    match = _SENT_END.match
    for c in _SENT_MARK.finditer(text):
        p = c.start()
        if p < last:
            continue
        m = match(text, p)
        if m is None:
            continue
        if m.group() == "\n" and _continues(text, p, last):
            continue
        _add_trimmed(text, last, m.end() if m.group()[0] != "\n" else m.start(), out)
        last = m.end()
    _add_trimmed(text, last, len(text), out)
    return out


# A line that a scraper cut mid-sentence (a <br> inside a paragraph, a text wrapped at a fixed
# width) goes on in the next line; the evidence has to be clear, as most lines end a headline,
# a list item or a paragraph: the sentence has at least JOIN_MIN_WORDS words on the line and ends
# with no sentence or clause-closing mark, and the next line (no blank line between) starts with a
# word, not a bullet, a dash, a list number, a hashtag or a quote.
JOIN_MIN_WORDS = 8
_LINE_CLOSERS = frozenset(".!?؟:؛;…\"'»”)]*")
_BLOCK_OPENERS = frozenset("•●▪◦‣■□-–—*#>|«\"“(")
_LIST_NUMBER = re.compile(r"[ \t]*[0-9٠-٩]{1,3}[.)\-–]")


def _continues(text: str, nl: int, start: int) -> bool:
    """Does the sentence before the line break at ``nl`` (begun at ``start``) go on in the next
    line? Its words on this line are counted, not the line's: a paragraph line's last, short
    sentence without a full stop is not evidence."""
    end = nl
    while end > 0 and text[end - 1] in " \t\u200f\u200e":
        end -= 1
    if end == 0 or text[end - 1] in _LINE_CLOSERS or text[end - 1] == "\n":
        return False
    nxt = nl + 1
    while nxt < len(text) and text[nxt] in " \t\u200f\u200e":
        nxt += 1
    if nxt >= len(text) or text[nxt] == "\n" or text[nxt] in _BLOCK_OPENERS or _LIST_NUMBER.match(text, nxt):
        return False
    ls = max(text.rfind("\n", 0, end) + 1, start)
    return len(text[ls:end].split(None, JOIN_MIN_WORDS)) >= JOIN_MIN_WORDS


def _add_trimmed(text: str, s: int, e: int, out: list[Sentence]) -> None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s:
        out.append(Sentence(s, e))
