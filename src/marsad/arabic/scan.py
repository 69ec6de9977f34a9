"""Regex scans tried only where a match can start.

Python's ``re`` tries a pattern at every character of the text unless the pattern begins with a
literal; one that begins with a look-behind (``(?<!\\w)...``) or an optional group costs tens of
nanoseconds a character, and a dozen such scans were most of a stage's time. When every match
is known to start at a few places (a word's start, a few characters before a needle the match
must hold), trying the pattern there alone returns what ``finditer`` returns. Each caller states
why its starts cover every match, and its tests compare with ``finditer``.
"""
from __future__ import annotations

import re
from typing import Iterable, Iterator


def finditer_at(rx: re.Pattern, text: str, starts: Iterable[int]) -> Iterator[re.Match]:
    """``rx.finditer(text)`` for a pattern that never matches empty, when every match starts at
    one of ``starts`` (ascending; repeats are harmless): a match hides the starts it covers, as
    finditer does. Look-behinds still see the text before each start."""
    last = 0
    match = rx.match
    for s in starts:
        if s < last:
            continue
        m = match(text, s)
        if m is not None:
            last = m.end()
            yield m


def starts_near(text: str, needles: Iterable[str], lead: int) -> list[int]:
    """Every position from ``lead`` characters before an occurrence of a needle up to it,
    ascending: the starts of a pattern whose every match holds a needle at most ``lead``
    characters after its start."""
    found: set[int] = set()
    for needle in needles:
        k = text.find(needle)
        while k != -1:
            found.update(range(max(0, k - lead), k + 1))
            k = text.find(needle, k + 1)
    return sorted(found)
