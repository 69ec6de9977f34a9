"""The NER lexicon features of a whole document in one automaton scan.

Tagging marks each token with the places gazetteer's hits ("gzA-B": features.gazetteer_tags)
and with the names remembered from training ("memPER-B": features.memory_tags), two
``Lexicon.find`` passes over the same folded text. Here both lexicons' terms sit in one
Aho-Corasick automaton whose payload says which lexicon a term belongs to and carries its
feature strings ready-made; each candidate is checked for word boundaries and proclitics exactly
as ``Lexicon.find`` does, without building a ``Match`` per candidate, and each lexicon then keeps
its own leftmost-longest matches as ``longest_matches`` would. The result equals the two passes
(tests/ner/test_hits.py compares them).
"""
from __future__ import annotations

from bisect import bisect_right
from typing import Sequence

import ahocorasick

from ..arabic.lexicon import Lexicon, _is_word_char
from ..arabic.normalize import Folded
from ..arabic.tokens import Token

_Feats = tuple[tuple[str, ...], tuple[str, ...]]  # (first token's features, the other tokens')


def _feats(vals: list, prefix: str) -> _Feats:
    kinds = sorted(set(vals))
    return tuple(f"{prefix}{k}-B" for k in kinds), tuple(f"{prefix}{k}-I" for k in kinds)


class DocumentLexicons:
    """The gazetteer (``places``) and the entity memory (``memory``) scanned together."""

    def __init__(self, places: Lexicon, memory: Lexicon):
        if places.proclitics != memory.proclitics:
            raise ValueError("both lexicons must accept the same proclitics")
        self.proclitics = places.proclitics
        terms: dict[str, list] = {}
        for key, vals in places._values.items():
            terms[key] = [_feats(vals, "gz"), None]
        for key, vals in memory._values.items():
            terms.setdefault(key, [None, None])[1] = _feats(vals, "mem")
        self._auto = ahocorasick.Automaton()
        for key, (gz, mem) in terms.items():
            self._auto.add_word(key, (len(key), gz, mem))
        self._empty = not terms
        if terms:
            self._auto.make_automaton()

    def scan(self, folded: Folded, tokens: Sequence[Token]) -> tuple[list[tuple[str, ...]], list[tuple[str, ...]]]:
        """Per token, the gazetteer features and the entity-memory features (as
        features.gazetteer_tags and the automaton part of features.memory_tags give them, as
        tuples: most tokens share the empty one)."""
        gz: list[tuple[str, ...]] = [()] * len(tokens)
        mem: list[tuple[str, ...]] = [()] * len(tokens)
        if self._empty or not tokens:
            return gz, mem
        ft = folded.text
        n = len(ft)
        procs = self.proclitics
        found_gz: list[tuple[int, int, _Feats]] = []
        found_mem: list[tuple[int, int, _Feats]] = []
        for end_idx, (klen, g, m) in self._auto.iter(ft):
            j = end_idx + 1
            if j < n:  # the term must end a word (lexicon._is_word_char, inlined: the hot test)
                c = ft[j]
                if c.isalnum() or c == "_" or "\u064b" <= c <= "\u065f" or c == "\u0640":
                    continue
            i = j - klen
            ws = i
            if i > 0 and _is_word_char(ft[i - 1]):
                k = i - 1
                while k > 0 and _is_word_char(ft[k - 1]):
                    k -= 1
                if ft[k:i] not in procs:
                    continue
                ws = k
            if g is not None:
                found_gz.append((ws, j, g))
            if m is not None:
                found_mem.append((ws, j, m))
        starts = [t.start for t in tokens]
        _mark(found_gz, folded, starts, tokens, gz)
        _mark(found_mem, folded, starts, tokens, mem)
        return gz, mem


def _mark(found: list[tuple[int, int, _Feats]], folded: Folded, starts: list[int], tokens: Sequence[Token],
          out: list[tuple[str, ...]]) -> None:
    """Leftmost-longest non-overlapping matches (lexicon.longest_matches: a stable sort on
    (word start, -length)), each marking the tokens it covers (features.gazetteer_tags).
    ``found`` holds folded offsets: the folded-to-original maps are strictly increasing, so the
    order and the overlaps are the same as in original offsets, which only the kept matches
    need."""
    found.sort(key=lambda h: (h[0], h[0] - h[1]))
    last_end = -1
    n = len(tokens)
    orig_index, orig_end = folded.orig_index, folded.orig_end
    for ws, j, (b, inside) in found:
        if ws < last_end:
            continue
        last_end = j
        ps, end = orig_index(ws), orig_end(j)
        i = bisect_right(starts, ps) - 1
        if i < 0:
            continue
        feats = b
        while i < n and starts[i] < end:
            out[i] += feats
            feats = inside
            i += 1
