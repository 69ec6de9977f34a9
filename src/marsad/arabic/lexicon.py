"""Whole-word lexicon matching with an Aho-Corasick automaton over folded text.

A regex alternation of thousands of terms is ~300x slower, so gazetteers, triggers and month
names all go through this. Terms and text are folded the same way (normalize.fold), matches
must sit on word boundaries — optionally after proclitics such as و ب ل ال — and every match is
reported with offsets into the *original* text.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable, Iterator

import ahocorasick

from .normalize import Folded, fold, fold_str

# Proclitics that may precede a lexicon word inside the same orthographic word (folded).
DEFAULT_PROCLITICS = ("وبال", "وكال", "فبال", "ولل", "فلل", "بال", "كال", "فال", "وال", "لل", "وب", "ول", "وك",
                      "فب", "فل", "و", "ف", "ب", "ل", "ك")


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_" or "\u064b" <= ch <= "\u065f" or ch == "\u0640"


# Not frozen (a frozen dataclass's __init__ pays object.__setattr__ per field, ~4x the cost, and a
# scan makes dozens per page); hashable all the same, and no code changes a match.
@dataclass(slots=True, unsafe_hash=True)
class Match:
    start: int  # original offsets of the matched term (proclitics excluded)
    end: int
    surface: str
    key: str  # folded lexicon key that matched
    value: Any  # payload given with the term
    prefix: str  # folded proclitic before it within the word ('' if none)
    prefix_start: int  # original offset where the whole word (with its proclitic) starts


class Lexicon:
    """Build once (``add`` terms, then ``finalize``), query many times with ``find``."""

    def __init__(self, proclitics: Iterable[str] = DEFAULT_PROCLITICS, allow_article: bool = True):
        self._auto = ahocorasick.Automaton()
        self._values: dict[str, list[Any]] = {}
        procs = set(proclitics) | ({"ال"} if allow_article else set())
        if not allow_article:
            procs = {p for p in procs if not p.endswith(("ال", "لل"))}
        self.proclitics = frozenset(procs)
        self._longest_proclitic = max(map(len, procs), default=0)
        self._final = False

    def add(self, term: str, value: Any = None) -> None:
        key = fold_str(term).strip()
        if not key:
            return
        key = " ".join(key.split())
        self._values.setdefault(key, []).append(value if value is not None else term)
        self._final = False

    def finalize(self) -> "Lexicon":
        self._auto = ahocorasick.Automaton()
        for key, vals in self._values.items():
            self._auto.add_word(key, (key, vals))
        if self._values:
            self._auto.make_automaton()
        self._final = True
        return self

    def __contains__(self, term: str) -> bool:
        return " ".join(fold_str(term).split()) in self._values

    def get(self, term: str) -> list[Any]:
        return self._values.get(" ".join(fold_str(term).split()), [])

    def __len__(self) -> int:
        return len(self._values)

    def find(self, text: str | Folded, longest: bool = True) -> list[Match]:
        """All whole-word matches; with ``longest``, overlapping matches keep the longest."""
        if not self._final:
            self.finalize()
        f = text if isinstance(text, Folded) else fold(text)
        if not self._values:
            return []
        ft = f.text
        n = len(ft)
        longest_proclitic = self._longest_proclitic
        out: list[Match] = []
        for end_idx, (key, vals) in self._auto.iter(ft):
            j = end_idx + 1
            if j < n:
                ch = ft[j]  # _is_word_char inlined: most raw hits end inside a longer word
                if ch.isalnum() or ch == "_" or "\u064b" <= ch <= "\u065f" or ch == "\u0640":
                    continue
            i = j - len(key)
            prefix = ""
            ws = i
            ch = ft[i - 1] if i > 0 else " "
            if ch.isalnum() or ch == "_" or "\u064b" <= ch <= "\u065f" or ch == "\u0640":
                # inside a word: accept only if what precedes (back to the word start) is a
                # proclitic, so the walk back stops one letter past the longest proclitic
                k = i - 1
                stop = max(0, i - longest_proclitic - 1)
                while k > stop and _is_word_char(ft[k - 1]):
                    k -= 1
                prefix = ft[k:i]
                if prefix not in self.proclitics or (k > 0 and _is_word_char(ft[k - 1])):
                    continue
                ws = k
            s, e = f.span(i, j)
            out.append(Match(s, e, f.original[s:e], key, vals[0] if len(vals) == 1 else vals, prefix,
                             f.orig_index(ws)))
        if longest:
            out = longest_matches(out)
        return out

    def iter_find(self, text: str) -> Iterator[Match]:
        yield from self.find(text)


def longest_matches(ms: list[Match]) -> list[Match]:
    """Leftmost-longest, non-overlapping selection (also for callers merging several lexicons)."""
    ms.sort(key=lambda m: (m.prefix_start, -(m.end - m.prefix_start)))
    out: list[Match] = []
    last_end = -1
    for m in ms:
        if m.prefix_start >= last_end:
            out.append(m)
            last_end = m.end
    return out


_longest = longest_matches  # old private name, kept for callers written before it was public
