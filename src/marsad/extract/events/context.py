"""One document's state for the events stage: the layers earlier stages made, every cue match,
sentences, tokens and clause breaks, each sorted once with its start offsets so that any "what
lies between a and b" question is two bisections (the stage stays linear in the text; `ops`
counts the items every range query hands back, so tests can check the work done scales)."""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import replace
from typing import Any

from ...arabic.lexicon import Match, longest_matches
from ...arabic.normalize import fold_str
from ...arabic.tokens import Sentence, Token
from ...document import Document
from .vocab import Vocab

_CLAUSE_PUNCT = "،,؛;:"


class Sorted:
    """Items (dicts with start/end or Match objects) sorted by start, with bisect range queries."""

    __slots__ = ("items", "starts", "ctx")

    def __init__(self, items: list, ctx: "Ctx") -> None:
        self.items = sorted(items, key=_start)
        self.starts = [_start(x) for x in self.items]
        self.ctx = ctx

    def between(self, s: int, e: int) -> list:
        """Items starting in [s, e) and ending by e."""
        i, j = bisect_left(self.starts, s), bisect_left(self.starts, e)
        out = [x for x in self.items[i:j] if _end(x) <= e]
        self.ctx.ops += j - i + 1
        return out

    def starting(self, s: int, e: int) -> list:
        i, j = bisect_left(self.starts, s), bisect_left(self.starts, e)
        self.ctx.ops += j - i + 1
        return self.items[i:j]

    def covering(self, pos: int, reach: int = 200) -> list:
        """Items that contain pos (looking back at most `reach` characters)."""
        i, j = bisect_left(self.starts, pos - reach), bisect_right(self.starts, pos)
        self.ctx.ops += j - i + 1
        return [x for x in self.items[i:j] if _start(x) <= pos < _end(x)]

    def first_after(self, pos: int, limit: int):
        i = bisect_left(self.starts, pos)
        self.ctx.ops += 1
        if i < len(self.items) and self.starts[i] < limit:
            return self.items[i]
        return None

    def last_before(self, pos: int, floor: int):
        i = bisect_right(self.starts, pos) - 1
        while i >= 0 and _end(self.items[i]) > pos:
            i -= 1
            self.ctx.ops += 1
        if i >= 0 and self.starts[i] >= floor:
            return self.items[i]
        return None


def _start(x) -> int:
    return x["start"] if isinstance(x, dict) else x.prefix_start if isinstance(x, Match) else x.start


def _end(x) -> int:
    return x["end"] if isinstance(x, dict) else x.end


class Ctx:
    def __init__(self, doc: Document, vocab: Vocab) -> None:
        self.doc, self.v = doc, vocab
        self.text = text = doc.text
        self.ops = 0
        self.published = doc.published
        self.outlet = doc.outlet
        # the Document's shared analyses (computed once per document, shared with other stages)
        self.sents = _bounded(text, doc.sentences)
        self.sent_starts = [s.start for s in self.sents]
        self.tokens: list[Token] = doc.tokens
        self.tok_starts = [t.start for t in self.tokens]
        key = lambda r: r["start"]  # noqa: E731
        self.quants = Sorted([q for q in doc["quantities"] if "start" in q], self)
        self.dates = Sorted([d for d in doc["dates"] if "start" in d], self)
        self.ents = Sorted([e for e in doc["entities"] if "start" in e], self)
        self.orgs = Sorted([e for e in doc["entities"] if "start" in e and e.get("type") == "ORG"], self)
        self.places = Sorted(sorted((p for p in doc["places"] if "start" in p), key=key), self)
        found = _find_all(vocab, doc.folded)
        self.m: dict[str, Sorted] = {name: Sorted(ms, self) for name, ms in found.items()}
        # clause breaks: punctuation and clause-break cue words, one sorted list of offsets
        brk = [i for i, ch in enumerate(text) if ch in _CLAUSE_PUNCT]
        brk += [m.prefix_start for m in self.m["breaks"].items]
        self.breaks = sorted(brk)

    # -- positions ----------------------------------------------------------------------------
    def sent_of(self, pos: int) -> int:
        return max(0, bisect_right(self.sent_starts, pos) - 1)

    def tok_of(self, pos: int) -> int:
        return max(0, bisect_right(self.tok_starts, pos) - 1)

    def words_between(self, a: int, b: int) -> int:
        if a > b:
            a, b = b, a
        return max(0, self.tok_of(b) - self.tok_of(a))

    def breaks_between(self, a: int, b: int) -> int:
        if a > b:
            a, b = b, a
        self.ops += 1
        return bisect_left(self.breaks, b) - bisect_left(self.breaks, a)

    def clause(self, pos: int) -> tuple[int, int]:
        """The clause around pos: between the clause breaks (or sentence ends) on either side."""
        s = self.sents[self.sent_of(pos)]
        i = bisect_right(self.breaks, pos)
        lo = self.breaks[i - 1] if i > 0 else s.start
        hi = self.breaks[i] if i < len(self.breaks) else s.end
        self.ops += 1
        return max(lo, s.start), min(hi, s.end)

    def words_before(self, pos: int, n: int, floor: int = 0) -> list[str]:
        """Folded words of the n tokens before pos (not crossing floor)."""
        t = bisect_left(self.tok_starts, pos)
        self.ops += n
        return [fold_str(tok.text) for tok in self.tokens[max(0, t - n):t] if tok.start >= floor]

    def words_after(self, pos: int, n: int, limit: int | None = None) -> list[str]:
        t = bisect_left(self.tok_starts, pos)
        lim = len(self.text) if limit is None else limit
        self.ops += n
        return [fold_str(tok.text) for tok in self.tokens[t:t + n] if tok.end <= lim]

    def in_org(self, s: int, e: int) -> bool:
        """Inside an organisation's name (and not the whole name)."""
        return any(o["start"] <= s and e <= o["end"] and (o["end"] - o["start"]) > (e - s)
                   for o in self.orgs.covering(s))

    def in_quote_name(self, s: int, e: int) -> bool:
        """Inside a short «…» quotation that names something (a battle, a campaign)."""
        lo = max(0, s - 40)
        op = self.text.rfind("«", lo, s)
        if op == -1 or "»" in self.text[op:s]:
            return False
        cl = self.text.find("»", e, e + 40)
        return cl != -1 and len(self.text[op:cl].split()) <= 4


_MAX_SENTENCE = 2000


def _bounded(text: str, sents: list) -> list:
    """Sentences, a run-on one (a page without punctuation) cut at spaces into pieces of at most
    _MAX_SENTENCE characters: every per-sentence loop then costs a bounded amount, so the stage
    stays linear however the text is written."""
    if all(s.end - s.start <= _MAX_SENTENCE for s in sents):
        return sents
    out = []
    for s in sents:
        start = s.start
        while s.end - start > _MAX_SENTENCE:
            cut = text.rfind(" ", start + _MAX_SENTENCE // 2, start + _MAX_SENTENCE)
            cut = cut if cut > start else start + _MAX_SENTENCE
            out.append(Sentence(start, cut))
            start = cut + 1 if text[cut:cut + 1] == " " else cut
        out.append(Sentence(start, s.end))
    return out


def _find_all(v: Vocab, folded) -> dict[str, list[Any]]:
    out: dict[str, list] = {name: [] for name in ["triggers", *v.lexicons]}
    for m in v.combined.find(folded, longest=False):
        vals = m.value if isinstance(m.value, list) else [m.value]
        per: dict[str, list] = {}
        for name, val in vals:
            per.setdefault(name, []).append(val)
        for name, vs in per.items():
            out[name].append(replace(m, value=vs[0] if len(vs) == 1 else vs))
    return {name: longest_matches(ms) for name, ms in out.items()}
