"""Corpus-level boilerplate: lines one outlet repeats on many of its pages.

As CCNet and C4 do, lines are normalised and hashed, and a line found in at least
``max(min_docs, min_share × pages)`` pages of the same site (URL host, else outlet) in a batch is
dropped from all of them: newsletter blurbs, "follow us on Telegram" lines, disclaimers that no
lexicon lists. A page read alone still gets the lexicon rules of lines.py.

Two ways to use it:

* ``page.clean_batch(raws)`` cleans a list of RawDocs in two passes (fit, then clean);
* ``BoilerplateFilter().fit(pairs)`` on ``(group, text)`` pairs, then
  ``page.raw_to_document(raw, boilerplate=filter)`` page by page (the store can fit on a chunk).

This module only counts lines: it imports lines.py (the line identity) and nothing that cleans.
"""
from __future__ import annotations

import math
from collections import Counter, defaultdict
from typing import Iterable

from .lines import MIN_LINE_CHARS, line_key, norm

__all__ = ["BoilerplateFilter", "MIN_LINE_CHARS", "line_key"]


class BoilerplateFilter:
    def __init__(self, min_docs: int = 3, min_share: float = 0.3):
        self.min_docs = min_docs
        self.min_share = min_share
        self._counts: dict[str, Counter] = defaultdict(Counter)
        self._docs: Counter = Counter()
        self._cache: dict[str, set[int]] = {}

    def add(self, group: str, text: str) -> None:
        """Count one page's distinct lines."""
        keys = {line_key(ln) for ln in text.split("\n") if len(norm(ln)) >= MIN_LINE_CHARS}
        self._counts[group].update(keys)
        self._docs[group] += 1
        self._cache.pop(group, None)

    def fit(self, pairs: Iterable[tuple[str, str]]) -> "BoilerplateFilter":
        for group, text in pairs:
            self.add(group, text)
        return self

    def threshold(self, group: str) -> int:
        return max(self.min_docs, math.ceil(self.min_share * self._docs[group]))

    def boilerplate(self, group: str) -> set[int]:
        """Keys of the lines dropped for this group."""
        if group not in self._cache:
            t = self.threshold(group)
            self._cache[group] = {k for k, c in self._counts.get(group, Counter()).items() if c >= t}
        return self._cache[group]

    def is_boilerplate(self, group: str, line: str) -> bool:
        return line_key(line) in self.boilerplate(group)
