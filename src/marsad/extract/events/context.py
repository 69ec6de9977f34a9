"""One document's state for the events stage: the layers earlier stages made, every cue match,
sentences, tokens and clause breaks, each sorted once with its start offsets so that any "what
lies between a and b" question is two bisections (the stage stays linear in the text; `ops`
counts the items every range query hands back, so tests can check the work done scales)."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from operator import attrgetter, itemgetter, sub
from typing import Any

from ...arabic.lexicon import longest_matches
from ...arabic.normalize import fold_str
from ...arabic.tokens import Sentence, Token
from ...document import Document
from ..places import FRONT_NOUNS
from . import not_a_place
from .vocab import Vocab, cue_words, ffold

_WORD_PUNCT = ".,،؛;:!?؟\"'«»()[]“”-–"
_BAAD = fold_str("بعد")
_WASAT = fold_str("وسط")
_LANDMARK_HEADS = frozenset(cue_words("landmarks", "heads"))  # «سوق», «ساحة», «جامع»…
# «لم يتوصلا بعد إلى», «اندلعت بعد ذلك بين…»: بعد as "yet" or "after that" opens no clause
_YET_NEXT = frozenset(cue_words("context_words", "yet_next"))
_RESUMES = frozenset(cue_words("context_words", "resumes"))
_CLAUSE_PUNCT_RE = re.compile("[،,؛;:]")
_HEADLINE_WORDS = 12  # a line this short, ended by no word that needs what follows, is a headline
# a first line ended by no stop and up to this long is a title over the body, even when longer than a headline
# the lead would tell again (mentions._denial: a denial in the title is not the item's first news)
TITLE_WORDS = 2 * _HEADLINE_WORDS
_GOES_ON = frozenset(cue_words("context_words", "goes_on"))


class Sorted:
    """Items (dicts with start/end or Match objects) sorted by start, with bisect range queries."""

    __slots__ = ("items", "starts", "ends", "ctx", "_longest")

    def __init__(self, items: list, ctx: "Ctx", ordered: bool = False) -> None:
        # one kind of item per list: its start read by a C getter, not a Python function per item
        key = _START_OF.get(type(items[0]), _start) if items else _start
        # (`ordered`: the items come sorted by start already, as longest_matches leaves them)
        self.items = items if ordered else sorted(items, key=key)
        self.starts = list(map(key, self.items))
        # (and its end, once: range queries compare ends without a function call per item)
        self.ends = list(map(_END_OF.get(type(items[0]), _end) if items else _end, self.items))
        self.ctx = ctx
        self._longest = -1  # (the longest item's length, worked out when `covering` first asks)

    def between(self, s: int, e: int) -> list:
        """Items starting in [s, e) and ending by e."""
        i, j = bisect_left(self.starts, s), bisect_left(self.starts, e)
        self.ctx.ops += j - i + 1
        if i == j:
            return []  # (most ranges asked hold nothing)
        return [x for x, end in zip(self.items[i:j], self.ends[i:j]) if end <= e]

    def starting(self, s: int, e: int) -> list:
        i, j = bisect_left(self.starts, s), bisect_left(self.starts, e)
        self.ctx.ops += j - i + 1
        return self.items[i:j]

    def covering(self, pos: int, reach: int = 200) -> list:
        """Items that contain pos (looking back at most `reach` characters)."""
        longest = self._longest
        if longest < 0:
            longest = self._longest = max(map(sub, self.ends, self.starts), default=0)
        # (an item that starts more than its own length before pos ends before it: no item longer
        # than the longest is looked at, and short items are the rule)
        i, j = bisect_left(self.starts, pos - (reach if reach < longest else longest)), bisect_right(self.starts, pos)
        self.ctx.ops += j - i + 1
        if i == j:
            return []
        # (every item in [i, j) starts by pos: bisect_right)
        return [x for x, end in zip(self.items[i:j], self.ends[i:j]) if pos < end]

    def first_after(self, pos: int, limit: int):
        i = bisect_left(self.starts, pos)
        self.ctx.ops += 1
        if i < len(self.items) and self.starts[i] < limit:
            return self.items[i]
        return None

    def last_before(self, pos: int, floor: int):
        i = bisect_right(self.starts, pos) - 1
        while i >= 0 and self.ends[i] > pos:
            i -= 1
            self.ctx.ops += 1
        if i >= 0 and self.starts[i] >= floor:
            return self.items[i]
        return None


def _start(x) -> int:
    return x["start"] if isinstance(x, dict) else x.prefix_start if isinstance(x, Hit) else x.start


def _end(x) -> int:
    return x["end"] if isinstance(x, dict) else x.end


class Ctx:
    def __init__(self, doc: Document, vocab: Vocab) -> None:
        self.doc, self.v = doc, vocab
        self.text = text = doc.text
        self.ops = 0
        self.memo: dict = {}  # per-document answers asked again by later mentions (arguments.usable_places)
        self.published = doc.published
        self.outlet = doc.outlet
        # the Document's shared analyses (computed once per document, shared with other stages)
        self.headline_ends = _headline_ends(text)
        self.sents = _headline_cut(text, _bounded(text, doc.sentences), self.headline_ends)
        self.sent_starts = [s.start for s in self.sents]
        self.tokens: list[Token] = doc.tokens
        self.tok_starts = [t.start for t in self.tokens]
        self._tok_ends: list[int] | None = None  # (tok_ends)
        # every token's folded text, once per document (words_before/after, sent_words and the
        # rules that walk tokens read it instead of folding the same token for each mention)
        self.ftoks: list[str] = _fold_tokens(self.tokens)
        self.doc_words = frozenset(self.ftoks)  # a gate for rules whose cue words most documents lack
        self.quants = Sorted([q for q in doc["quantities"] if "start" in q], self)
        self.dates = Sorted([d for d in doc["dates"] if "start" in d], self)
        self.ents = Sorted([e for e in doc["entities"] if "start" in e], self)
        self.orgs = Sorted([e for e in self.ents.items if e.get("type") == "ORG"], self, ordered=True)  # (sorted already)
        # (a word the layer read as a place that names none, «جبهة جديدة», «كورنيش X»: not_a_place.py)
        self.places = Sorted(not_a_place.keep(text, [p for p in doc["places"] if "start" in p], vocab.place_nouns), self)
        self.m = _Lists(_find_all(vocab, doc.folded), self)
        # clause breaks: punctuation and clause-break cue words, one sorted list of offsets
        brk = [x.start() for x in _CLAUSE_PUNCT_RE.finditer(text)]
        brk += self.headline_ends
        brk += [m.prefix_start for m in self.m["breaks"].items if not self._yet(m)]
        self.breaks = sorted(brk)

    def headline(self, si: int) -> bool:
        """Sentence si is a headline line (a short line over the body, see _headline_ends)."""
        s = self.sents[si]
        i = bisect_left(self.headline_ends, s.start)
        return i < len(self.headline_ends) and self.headline_ends[i] <= s.end + 1

    def _yet(self, m) -> bool:
        """«لم يتوصلا بعد إلى اتفاق», «بعد ذلك»: بعد before a preposition, a demonstrative or a stop; «وسط مدينة
        X», «بوسط دمشق», «وسط سوق البلدة»: وسط before a place noun, a landmark's head or a place is "the middle of" it (a locative), not "amid"
        («وسط قصف مدفعي»), which opens a clause of its own."""
        if ffold(m.surface) == _WASAT:
            nxt = self.text[m.end:m.end + 24].split()[:1]
            w = ffold(nxt[0].strip(".،,")) if nxt else ""
            return bool(w) and (w in self.v.place_nouns or w in _LANDMARK_HEADS or
                                self.places.first_after(m.end, m.end + 2) is not None)
        if m.prefix or ffold(m.surface) != _BAAD:
            return False
        nxt = self.text[m.end:m.end + 12].split()[:1]
        return not nxt or ffold(nxt[0].strip(".،,")) in _YET_NEXT or nxt[0][:1] in ".،,"

    # -- positions ----------------------------------------------------------------------------
    def sent_of(self, pos: int) -> int:
        i = bisect_right(self.sent_starts, pos) - 1
        return i if i > 0 else 0

    def tok_of(self, pos: int) -> int:
        i = bisect_right(self.tok_starts, pos) - 1
        return i if i > 0 else 0

    def words_between(self, a: int, b: int) -> int:
        if a > b:
            a, b = b, a
        # (tok_of of each, inlined: asked for every pair of mention and actor or place)
        i, j = bisect_right(self.tok_starts, b) - 1, bisect_right(self.tok_starts, a) - 1
        return (i if i > 0 else 0) - (j if j > 0 else 0)  # tok_of is monotonic: never negative

    def breaks_between(self, a: int, b: int) -> int:
        if a > b:
            a, b = b, a
        self.ops += 1
        return bisect_left(self.breaks, b) - bisect_left(self.breaks, a)

    def sent_words(self, si: int) -> frozenset:
        """The folded words of sentence si, each also without a leading و (once per sentence): a
        gate for rules whose cue words most sentences lack."""
        key = ("sent_words", si)
        got = self.memo.get(key)
        if got is None:
            s = self.sents[si]
            i, j = bisect_left(self.tok_starts, s.start), bisect_left(self.tok_starts, s.end)
            ws = frozenset([f.strip(_WORD_PUNCT) for f in self.ftoks[i:j]])
            got = self.memo[key] = ws | frozenset([w[1:] for w in ws if w[:1] == "و"])
        return got

    def real_breaks(self, a: int, b: int) -> int:
        """Clause breaks between a and b, a time aside set off by two of them not counted («عثرت
        الفرق، أمس الأربعاء، على مقبرة…», «قصفت الطائرات، فجر اليوم، بلدة…»: one clause told
        around its date)."""
        if a > b:
            a, b = b, a
        i, j = bisect_left(self.breaks, a), bisect_left(self.breaks, b)
        n = j - i
        k = i
        while k + 1 < j:
            b1, b2 = self.breaks[k], self.breaks[k + 1]
            d = self.dates.first_after(b1, b2)
            if d is not None and not self.text[b1 + 1:d["start"]].strip(" و") and not self.text[d["end"]:b2].strip() \
                    or self._part_aside(b1, b2):
                n -= 2
                k += 2
            else:
                k += 1
        self.ops += 1
        return n

    def _part_aside(self, b1: int, b2: int) -> bool:
        """«انشق 34 عسكرياً، بينهم عميد وعقيدان، عن كتيبة…»: a short aside set off by two commas
        that opens with «بينهم/منهم» lists parts of the figure before it; the clause goes on after it."""
        if self.text[b1] not in "،," or self.text[b2] not in "،," or self.words_between(b1, b2) > _ASIDE_WORDS:
            return False
        first = self.words_after(b1 + 1, 1, limit=b2)
        if not first or not (first[0] in self.v.subset or first[0].lstrip("و") in self.v.subset):
            return False
        # the clause goes on only when a preposition of its verb follows («، عن كتيبة…», «، في
        # قصف…»); «…، بينهم 211 طفلاً، مشيرة إلى أن…» closes the clause at the aside's end
        nxt = self.words_after(b2 + 1, 1)
        return bool(nxt) and nxt[0] in _RESUMES

    def clause(self, pos: int) -> tuple[int, int]:
        """The clause around pos: between the clause breaks (or sentence ends) on either side."""
        k = bisect_right(self.sent_starts, pos) - 1  # (sent_of, inlined: asked for every mention and place)
        s = self.sents[k if k > 0 else 0]
        i = bisect_right(self.breaks, pos)
        lo = self.breaks[i - 1] if i > 0 else s.start
        hi = self.breaks[i] if i < len(self.breaks) else s.end
        self.ops += 1
        a, b = s.start, s.end
        return (lo if lo > a else a), (hi if hi < b else b)

    def words_before(self, pos: int, n: int, floor: int = 0) -> list[str]:
        """Folded words of the n tokens before pos (not crossing floor)."""
        t = bisect_left(self.tok_starts, pos)
        self.ops += n
        lo = t - n if t > n else 0
        if floor > 0:  # (tokens are sorted: those from floor on are a tail of the slice)
            f = bisect_left(self.tok_starts, floor, lo, t)
            lo = f if f > lo else lo
        return self.ftoks[lo:t]

    def words_after(self, pos: int, n: int, limit: int | None = None) -> list[str]:
        t = bisect_left(self.tok_starts, pos)
        self.ops += n
        if limit is None or limit >= len(self.text):
            return self.ftoks[t:t + n]
        # (tokens neither overlap nor go back: those ending by limit are the first ones of the n)
        ends = self.tok_ends
        hi = t + n if t + n < len(ends) else len(ends)
        if t >= hi:
            return []
        return self.ftoks[t:bisect_right(ends, limit, t, hi)]

    @property
    def tok_ends(self) -> list[int]:
        """Every token's end, in order (made when first asked for)."""
        ends = self._tok_ends
        if ends is None:
            ends = self._tok_ends = [t.end for t in self.tokens]
        return ends

    def in_org(self, s: int, e: int) -> bool:
        """Inside an organisation's name (and not the whole name). A span the tagger called an
        organisation that opens with a place noun («قريتي تل مالد», «بلدة X») names places, not a
        body (a body named after a place opens with its own noun: «مجلس مدينة X»)."""
        if not self.orgs.items:
            return False  # (a document the tagger found no organisation in)
        return any(o["start"] <= s and e <= o["end"] and (o["end"] - o["start"]) > (e - s) and
                   not self._place_headed(o) for o in self.orgs.covering(s))

    def _place_headed(self, o: dict) -> bool:
        """(«جبهة حرستا», «محور X» tagged as an organisation: a front named by its town, not a body;
        «في قرية تل جمعة بريف…» tagged from the name on: the place noun right before the span says
        the span is the place it governs, as no body's name follows «قرية/بلدة» bare.)"""
        key = ("place_headed", o["start"], o["end"])  # (asked for every place and trigger inside it)
        got = self.memo.get(key)
        if got is None:
            first = self.text[o["start"]:o["end"]].split(None, 1)[:1]
            got = bool(first) and (ffold(first[0]) in self.v.place_nouns or ffold(first[0]) in FRONT_NOUNS)
            if not got:
                before = self.text[max(0, o["start"] - 20):o["start"]]
                prev = before.split()[-1:] if before[-1:].isspace() else []
                got = bool(prev) and ffold(prev[0]).lstrip("و") in self.v.place_nouns
            self.memo[key] = got
        return got

    def in_quote_name(self, s: int, e: int) -> bool:
        """Inside a short «…» quotation that names something (a battle, a campaign)."""
        lo = max(0, s - 40)
        op = self.text.rfind("«", lo, s)
        if op == -1 or "»" in self.text[op:s]:
            return False
        cl = self.text.find("»", e, e + 40)
        if cl != -1 and not self.text[op + 1:s].strip() and not self.text[e:cl].strip():
            return False  # «تحييد» 9: the word alone in quotes is quoted, not a name
        return cl != -1 and len(self.text[op:cl].split()) <= 4


def _fold_tokens(tokens: list[Token]) -> list[str]:
    """fold_str of every token's text, in one call over the texts joined by newlines (folding is one
    character at a time, and no character but the newline folds to one); a token that holds a
    newline itself makes the pieces miscount, and then each is folded on its own."""
    texts = [t.text for t in tokens]
    parts = fold_str("\n".join(texts)).split("\n")
    return parts if len(parts) == len(texts) else [ffold(t) for t in texts]


_MAX_SENTENCE = 2000
_ASIDE_WORDS = 8  # a «، بينهم …،» aside longer than this tells more than parts


def _headline_ends(text: str) -> list[int]:
    """Line ends that close a headline («انشقاق 5 جنود في ريف درعا» over the body): a short line
    ending in no word that needs the next line. A sentence wrapped across two lines of a page
    («… وقفة احتجاجية شارك فيها\nنحو 200 شخص») is one clause."""
    out = []
    start = 0
    for i in (m.start() for m in re.finditer("\n", text)):
        words = text[start:i].split(None, _HEADLINE_WORDS)  # (a long line is not split whole)
        if 0 < len(words) <= _HEADLINE_WORDS and ffold(words[-1].strip(".،,:؛")) not in _GOES_ON:
            nxt = text[i + 1:i + 20].split()[:1]
            if nxt and not nxt[0][:1].isdigit() and ffold(nxt[0]) not in _GOES_ON:
                out.append(i)
        start = i + 1
    return out


def _headline_cut(text: str, sents: list, heads: list[int]) -> list:
    """Sentences, one that runs over a headline line's end cut there. The shared split joins a line of eight
    words or more with the next when it ends with no stop (a line a scraper wrapped), and a long headline
    («تفجير يستهدف حافلة عسكرية في دمشق وقصف دام على أريحا») reads so: the events read it as a sentence of
    its own, as the page prints it (the body's first sentence tells its act again, with deaths of its own)."""
    if not heads:
        return sents
    out = []
    for s in sents:
        start = s.start
        for h in heads:
            if start < h < s.end:
                out.append(Sentence(start, h))
                start = h + 1
                while start < s.end and text[start].isspace():
                    start += 1
        out.append(s if start == s.start else Sentence(start, s.end))
    return out


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


class _Lists(dict):
    """Cue list name -> Sorted hits, each list resolved (leftmost-longest) and sorted only when a
    step first asks for it: most lists are asked for in few documents."""

    def __init__(self, raw: dict[str, list], ctx: "Ctx") -> None:
        super().__init__()
        self.raw, self.ctx = raw, ctx
        # most lists have no hit in a document: one shared empty list, never changed, filled in at
        # once (not a __missing__ call per list asked for)
        self.empty: Sorted | None = Sorted([], ctx)
        for name, hits in raw.items():
            if not hits:
                self[name] = self.empty

    def __missing__(self, name: str) -> Sorted:
        raw = self.raw[name]
        if not raw:  # (most lists have no hit in a document: one shared empty list, never changed)
            if self.empty is None:
                self.empty = Sorted([], self.ctx)
            self[name] = self.empty
            return self.empty
        out = self[name] = Sorted(longest_matches(raw), self.ctx, ordered=True)
        return out


class Hit:
    """A trigger or cue word found in the text: the fields of arabic.lexicon.Match in a plain
    slotted class (a frozen dataclass pays an ``object.__setattr__`` per field, and a page has
    hundreds of hits)."""

    __slots__ = ("start", "end", "surface", "key", "value", "prefix", "prefix_start")

    def __init__(self, start: int, end: int, surface: str, key: str, value: Any, prefix: str,
                 prefix_start: int) -> None:
        self.start, self.end, self.surface, self.key = start, end, surface, key
        self.value, self.prefix, self.prefix_start = value, prefix, prefix_start


_START_OF: dict[type, Any] = {dict: itemgetter("start"), Hit: attrgetter("prefix_start")}
_END_OF: dict[type, Any] = {dict: itemgetter("end"), Hit: attrgetter("end")}


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_" or "\u064b" <= ch <= "\u065f" or ch == "\u0640"


def _find_all(v: Vocab, folded) -> dict[str, list[Any]]:
    """Every list's hits in one pass of one automaton, on whole words (a proclitic such as و ب ل
    ال may precede a word), with offsets into the original text; then, list by list, the
    leftmost-longest hits (the rules of arabic.lexicon.Lexicon.find), made when first asked for
    (`_Lists`)."""
    out: dict[str, list] = {name: [] for name in v.scan_names}
    ft = folded.text
    n = len(ft)
    procs = v.scan_proclitics
    longest = max(map(len, procs), default=0)
    original = folded.original
    n_orig = len(original)
    # (Folded.span and orig_index, inlined: a folded offset moves by the characters folding deleted
    # before it, found by one bisection; a hit's end moves on over marks right after it, which a
    # space or a punctuation mark never is)
    pos, shift = folded._norm_pos, folded._shift
    orig_end = folded.orig_end
    for end_idx, (key, per) in v.scan.iter(ft):
        j = end_idx + 1
        if j < n:
            c = ft[j]  # _word_char, inlined: most hits end inside a longer word
            if c.isalnum() or c == "_" or "\u064b" <= c <= "\u065f" or c == "\u0640":
                continue
        i = j - len(key)
        prefix = ""
        ws = i
        if i > 0:
            c = ft[i - 1]  # (_word_char, inlined: most hits open a word)
            if c.isalnum() or c == "_" or "\u064b" <= c <= "\u065f" or c == "\u0640":
                # back to the word's start, no further than one letter past the longest proclitic
                k = i - 1
                stop = i - longest - 1 if i > longest + 1 else 0
                while k > stop and _word_char(ft[k - 1]):
                    k -= 1
                if k > 0 and _word_char(ft[k - 1]):
                    continue  # (more letters before it than any proclitic has)
                prefix = ft[k:i]
                if prefix not in procs:
                    continue
                ws = k
        if pos:
            k = bisect_right(pos, i)
            s = i + shift[k - 1] if k else i
            k = bisect_right(pos, j - 1)
            e = j + shift[k - 1] if k else j
            if ws == i:
                ps = s
            else:
                k = bisect_right(pos, ws)
                ps = ws + shift[k - 1] if k else ws
        else:
            s, e, ps = i, j, ws
        if e < n_orig and original[e] not in _NOT_MARKS:
            e = orig_end(j)
        surface = original[s:e]
        for name, val in per:
            out[name].append(Hit(s, e, surface, key, val, prefix, ps))
    return out


# characters that are never a mark a hit's end moves over (normalize._MARK_RUN): a space, a line
# end, punctuation (tests/extract/test_events_speed26.py checks each)
_NOT_MARKS = frozenset(" \n\t\r.,،؛;:!?؟\"'«»()[]-–/")
