"""Quantities: every amount an Arabic news text states, read as a careful analyst would.

Numbers come from :mod:`marsad.arabic.numbers`; this stage adds what makes them *amounts*: units
and currencies, percent, the counted noun (after the amount, "630 ضابطًا", or named before it,
"عدد الجنود ... نحو 170 ألف"), hedges and open bounds, vague plurals (عشرات، مئات، بضع)، duals of
units (سنتين), fractions, ranges ("بين X وY" with a multiplier distributed over both ends) and
changes ("ارتفع من X إلى Y": two amounts). It refuses what only looks like an amount: years,
days of the month, phone numbers, unit and law numbers, digits inside URLs/handles/hashtags.

Conventions are ../shared/CONTRACT.md's "Quantities" section. The surface is the amount with its
unit or percent sign and any bound phrase (أكثر من، أقل من، ما لا يقل عن); plain approximators
(نحو، حوالي), range markers (بين) and the counted noun stay outside it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from operator import attrgetter
from typing import Any

from ..arabic.normalize import Folded, fold, fold_str, strip_marks
from ..arabic.tokens import CLAUSE_BREAKS, FINE_TOKEN_RE, SENTENCE_BREAKS
from ..resources import english_months, months, rows
from ..arabic.numbers import (DATA, Atom, Masks, NumberGrammar, NumberSpan, Num, _base_offset, digits_value,
                              number_words)

# The number grammar's token windows and clause breaks are defined with the other tokenizers
# (arabic/tokens.py): words and single marks, numbers split at their separators.
TOKEN_RE = FINE_TOKEN_RE
_SENT_BREAK = CLAUSE_BREAKS
_HARD_BREAK = SENTENCE_BREAKS
_WA_AHAD = frozenset(("وأ", "وإ"))  # و + أحد/إحدى written out: not the word واحد
_PLACE_PREPS = frozenset(("في", "من"))  # «في درعا 24 مدنياً»: a place, not an outlet's name


def _rows(name: str) -> list[list[str]]:
    out = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            out.append(line.split("\t"))
    return out


@lru_cache(maxsize=200_000)
def _f(tok: str) -> str:
    return fold_str(tok)


@dataclass(frozen=True)
class Unit:
    kind: str
    unit: str
    n_words: int
    dual: bool


class _Data:
    """Lexicons, loaded once per process."""

    def __init__(self) -> None:
        self.units: dict[str, Unit] = {}
        for form, kind, unit, number in _rows("units.tsv"):
            key = " ".join(_f(form).split())
            self.units[key] = Unit(kind, unit, len(key.split()), number == "d")
        self.hedges_before: dict[str, str] = {}
        self.hedges_after: dict[str, str] = {}
        for phrase, effect, pos in _rows("hedges.tsv"):
            key = " ".join(_f(phrase).split())
            (self.hedges_before if pos == "before" else self.hedges_after)[key] = effect
        self.hedge_last = {k.split()[-1] for k in self.hedges_before}
        self.hedge_lens: dict[str, set[int]] = {}
        for k in self.hedges_before:
            self.hedge_lens.setdefault(k.split()[-1], set()).add(len(k.split()))
        self.hedge_one_word = frozenset(w for w, ns in self.hedge_lens.items() if ns == {1})
        # hedges that make a year-like number a count ("نحو 2000"); حدود is too often "borders"
        self.year_hedges = tuple(h for h in self.hedges_before if h not in ("حدود",))
        self.year_hedge_set = frozenset(self.year_hedges)
        self.unit_first = {k.split()[0] for k in self.units} | {k[:1] for k in self.units if "." in k}
        self.counted: dict[str, str] = {}
        self.counted_duals: dict[str, str] = {}
        for row in _rows("counted.tsv"):
            sing = row[0]
            plurals = [p for p in (row[1].split("|") if len(row) > 1 else []) if p]
            duals = [d for d in (row[2].split("|") if len(row) > 2 else []) if d]
            for form in [sing, *plurals]:
                self.counted.setdefault(" ".join(_f(form).split()), sing)
            fs = _f(sing)
            if not fs.endswith(("ه", "ي", "ا")) or fs.endswith("ي"):
                self.counted.setdefault(fs + "ا", sing)  # accusative: ضابطاً، جندياً
            for d in duals:
                self.counted_duals[_f(d)] = sing
        self.cues: dict[str, set[str]] = {}
        for cue, role in _rows("cues.tsv"):
            self.cues.setdefault(role, set()).add(" ".join(_f(cue).split()))
        # one month list for every stage (dates' files), plus the bare كانون/تشرين of cues.tsv
        self.months = self.cues.get("month", set()) | {" ".join(_f(m).split()) for m in months()} | {
            " ".join(_f(r[0]).split()) for r in rows("dates", "hijri_months.tsv")} | {
            v for m in english_months() for v in (m, m.capitalize())}
        # weekday names («يوم الأحد»): after «يوم» they make it a date, not a number's unit
        self.weekdays = frozenset(" ".join(_f(r[0]).split()) for r in rows("dates", "weekdays.tsv"))
        self.refuse_before = frozenset(self.cues.get("refuse_before", ()))
        self.year_before = frozenset(self.cues.get("year_before", ()))
        self.stop = frozenset(self.cues.get("stop", ()))
        # «شبكة درعا 24»: the number ending an outlet's name -> the name's words before it
        self.outlet_names: dict[int, list[tuple[str, ...]]] = {}
        for name in self.cues.get("outlet_name", ()):
            *words, number = name.split()
            self.outlet_names.setdefault(int(number), []).append(tuple(words))
        # "نحو عام", "لمدة شهر", "(من 30 يوماً) إلى سنة": a singular unit noun after a hedge, a
        # duration word or a range end counts one of that unit
        self.one_unit = {w: self.units[w].unit for w in self.cues.get("one_unit", ()) if w in self.units}
        leads = sorted({*self.hedges_before, *self.cues.get("duration_lead", ())}, key=len, reverse=True)
        # last words of the leads: every single_unit_re match has one right before its \s+
        self.lead_ends = tuple(sorted({x.split()[-1] for x in leads} | {"الي", "حتي"}))
        self.single_unit_re = re.compile(
            r"(?<![\w])(?:[وفبل]?(?:" + "|".join(map(re.escape, leads)) + r")|(?:الي|حتي))\s+("
            + "|".join(map(re.escape, self.one_unit)) + r")(?![\w])")
        # substrings of the count cues that survive folding (first letter alef/hamza, final ة),
        # to test the raw text before tokenising it
        self.count_cores = {c.lstrip("ا").rstrip("ه") for c in self.cues.get("count_before", ())}
        # «تجاوز عدد اللاجئين 5.6 مليون»: the count nouns a verb of exceeding may stand before, and their cores
        self.bound_subjects = frozenset(self.cues.get("bound_subject", ()))
        self.bound_cores = tuple({c.removeprefix("ال").lstrip("ا").rstrip("ه") for c in self.bound_subjects})
        self.bound_core_re = re.compile("|".join(map(re.escape, sorted(self.bound_cores))))
        self.gap_stop = frozenset(self.cues.get("gap_stop", ()))
        self.states_value = frozenset(self.cues.get("states_value", ()))
        self.time_lead = frozenset(self.cues.get("time_lead", ()))
        self.after_atleast = {k: len(k.split()) for k, e in self.hedges_after.items() if e == "atleast"}
        self.month_first = {m.split()[0] for m in self.months}
        extra: dict[str, tuple[str, Num, Any]] = {}
        for key, u in self.units.items():
            if u.dual:
                extra[key] = ("dual_unit", 2, u)
        for key, sing in self.counted_duals.items():
            if key not in self.counted:  # مقاتلين is a plural too: not a dual anchor
                extra.setdefault(key, ("dual_counted", 2, sing))
        self.grammar = NumberGrammar(extra)


@lru_cache(maxsize=1)
def _data() -> _Data:
    return _Data()


class _Amount:

    __slots__ = ('start', 'end', 'low', 'high', 'kind', 'unit', 'counted', 'approx', 'wstart', 'first', 'last', 'num', 'vague', 'tail_mult', 'has_mult', 'ext_end', 'prefix', 'bounded', 'single_digits', 'range_marker',)

    start: int  # surface
    end: int
    low: Num | None
    high: Num | None
    kind: str
    unit: str | None
    counted: str | None
    approx: bool
    wstart: int  # start of the word holding the first atom (with proclitic)
    first: int  # atom indices
    last: int
    num: NumberSpan | None
    vague: bool
    tail_mult: Num | None
    has_mult: bool
    ext_end: int  # end of amount + unit/counted noun (where trailing hedges are looked for)
    prefix: str
    bounded: bool  # hedge already applied
    single_digits: str | None  # raw digits when the amount is one digit run
    range_marker: int | None  # start of "بين"/"من" before a range (hedges are looked for before it)

    def __init__(self, start: int, end: int, low: Num | None, high: Num | None, kind: str = "count",
                 unit: str | None = None, counted: str | None = None, approx: bool = False, wstart: int = 0,
                 first: int = 0, last: int = 0, num: NumberSpan | None = None, vague: bool = False,
                 tail_mult: Num | None = None, has_mult: bool = False, ext_end: int = 0, prefix: str = "",
                 bounded: bool = False, single_digits: str | None = None, range_marker: int | None = None) -> None:
        self.start = start
        self.end = end
        self.low = low
        self.high = high
        self.kind = kind
        self.unit = unit
        self.counted = counted
        self.approx = approx
        self.wstart = wstart
        self.first = first
        self.last = last
        self.num = num
        self.vague = vague
        self.tail_mult = tail_mult
        self.has_mult = has_mult
        self.ext_end = ext_end
        self.prefix = prefix
        self.bounded = bounded
        self.single_digits = single_digits
        self.range_marker = range_marker

    def __repr__(self) -> str:
        return f"_Amount({self.kind} {self.low!r}..{self.high!r} {self.start}:{self.end})"

    def record(self, text: str) -> dict:
        return {
            "start": self.start, "end": self.end, "surface": text[self.start:self.end],
            "low": self.low, "high": self.high, "approx": self.approx, "kind": self.kind,
            "unit": self.unit, "counted": self.counted,
        }


# Percent after the number ("39%", "39 في المئة") or, from bidi-confused pages, before it ("%39").
_PCT_AFTER = re.compile(r"[ \t]*(?:[%٪]|في[ \t]+ال(?:مئة|مائة|ماية|مية)|بال(?:مئة|مائة|ماية|مية))")
_PCT_BEFORE = re.compile(r"[%٪][ \t]*$")
# Cheap gates before those regexes: a sign, "في" or "بال" at most two spaces after the amount
# (the four regexes below never see more), or a sign in the three characters before it.
_SIGN_AFTER_GATE = re.compile(r"[ \t]{0,2}(?:[%٪$€£¢]|في|بال)")
_SIGN_BEFORE_CHARS = frozenset("%٪$€£")
_SLASH_AFTER = re.compile(r"[ \t]*[/:]\s*\d")
_SLASH_BEFORE = re.compile(r"\d\s*[/:][ \t]*$")
_SYM_AFTER = re.compile(r"[ \t]?([$€£¢])")
_SYM_BEFORE = re.compile(r"([$€£])[ \t]?$")
# Phone-like: +963 11 2345678, 0933 123 456, (+1) 650-701-8887
_PHONE = re.compile(r"(?:\(?\+\s*\d[\d)]*|\d)[\d\s().\-–]{5,}\d(?:\s*(?:ext\.?|x|فرعي|تحويلة)\s*\d+)?")
# Every _PHONE match holds a digit, five or more of its inner characters, then a digit: a
# scan for that is four times cheaper than _PHONE's and finds nothing in most texts.
_PHONE_GATE = re.compile(r"\d[\d\s().\-–]{5,}\d")
_RANGE_NEXT = re.compile(r"[ \t]*(?:و|إلى|الى|حتى|-|–)[ \t]*(\d[\d.,٬٫]*)")
_RANGE_PREV = re.compile(r"(\d[\d.,٬٫]*)[ \t]*(?:و|إلى|الى|حتى|-|–)[ \t]*$")


def _year_like(raw: str) -> bool:
    return len(raw) == 4 and raw.isdigit() and 1900 <= int(raw) <= 2100


_AND_HALF = re.compile(r"[ \t]*و[ \t]*(?:ال)?نصف(?![\w])")
# Cheap gate before reading trailing hedges (تقريباً، على الأقل، أو أكثر، فأكثر، ونيف).
_AFTER_HEDGE_HINT = re.compile(r"[ \t]*(?:تقريب|على|أو|او|فأ|فا|ونيف|ونيّف|في[ \t]+(?:ال)?[أا]قل)")
# A trailing «على/في الأقل» or «… أقل تقدير» somewhere after the counted noun (_far_after's cheap gate).
_FAR_ATLEAST = re.compile(r"(?:على|في)[ \t]+(?:ال[أا]قل|[أا]قل[ \t]+تقدير)")
# What a count noun's verb of exceeding may bound: a count or a sum, not a time or rate complement before it
# («تجاوز عدد القتلى خلال 24 ساعة 40»: the hours are no bound, «بنسبة 30 بالمئة» is a rate)
_VERB_BOUND_KINDS = frozenset({"count", "money"})
_YEAR_NOUNS = frozenset({"عام", "العام", "سنه", "السنه"})
_DOT_THOUSANDS = re.compile(r"^\d{1,3}\.\d{3}$")
_FILS = frozenset({"KWD", "JOD", "BHD", "OMR", "IQD", None})


# Patterns compiled once (re's own cache costs a lookup per call on the per-amount path).
_FI_END = re.compile(r"في[ \t]+$")
_DATE_QUARTER = re.compile(r"\s+(?:الأخير|الاخير|الأول|الاول|الثاني|الثالث|الرابع)")
_CENTS = re.compile(r"[ \t]*و[ \t]*(\d{1,2})[ \t]*(c|¢|سنت|سنتات|سينت|سينتات)(?![\w])")
_ARABIC_WORD = re.compile(r"^[\u0621-\u064a\u064b-\u0652]+$")
_DIGIT_FIRST = re.compile(r"^\d")
_NON_DIGIT = re.compile(r"\D")
_HIJRI_H = re.compile(r"\s*هـ")
_DIGIT_AFTER = re.compile(r"\s*[\d\u0660-\u0669]")
_WORD_FIRST = re.compile(r"[\w]")
_DIGIT_RUNS = re.compile(r"\d+")
_SPACED_DASH = re.compile(r"\s[-–]\s")
_HAS_PUNCT = re.compile(r"[^\w\u064b-\u065f\u0670\u0640]")


def _chunk_tokens(window: str, base: int, chunks: list[str], cur: int = 0) -> list[tuple[int, int, str]]:
    """Tokens of whitespace-separated ``chunks`` of ``window`` as (start, end, token) offsets
    into the text (``base`` is the window's offset). str.split does the work in C; only a chunk
    that holds punctuation ("ضابطًا،", "نيسان/أبريل") goes through TOKEN_RE."""
    out = []
    for ch in chunks:
        k = window.find(ch, cur)
        cur = k + len(ch)
        if ch.isalnum():
            out.append((base + k, base + cur, ch))
        else:
            for s, e, tok in _chunk_split(ch):
                out.append((base + k + s, base + k + e, tok))
    return out


@lru_cache(maxsize=100_000)
def _chunk_split(ch: str) -> tuple[tuple[int, int, str], ...]:
    """TOKEN_RE tokens of one whitespace-free chunk, as offsets into it. Cached per chunk: the same
    words with their marks and punctuation ("مدنياً،") come back in every text."""
    if _HAS_PUNCT.search(ch) is None:
        return ((0, len(ch), ch),)
    return tuple((m.start(), m.end(), m.group()) for m in TOKEN_RE.finditer(ch))


@lru_cache(maxsize=8192)
def _after_all(text: str, pos: int) -> tuple[tuple[int, int, str], ...]:
    """The first four TOKEN_RE tokens of text[pos:pos + 60]. str.split finds the chunks in C;
    only a chunk holding punctuation goes through TOKEN_RE (a regex over the whole window costs
    a Unicode class test per character)."""
    window = text[pos:pos + 60]
    chunks = window.split(None, 4)[:4]
    if not chunks:
        return ()
    return tuple(_chunk_tokens(window, pos, chunks)[:4])


@lru_cache(maxsize=8192)
def _before_all(text: str, pos: int, n: int) -> tuple[tuple[int, int, str], ...]:
    s = max(0, pos - 12 * n)
    s = max(s, text.rfind("\n", s, pos) + 1)  # context never crosses a line (paragraph) break
    window = text[s:pos]
    chunks = window.rsplit(None, n)
    if len(chunks) > n:
        chunks = chunks[1:]  # the first piece holds everything further left
    elif s > 0 and chunks and window.startswith(chunks[0]) and not text[s - 1].isspace():
        chunks = chunks[1:]  # cut mid-word at the window edge
    start = 0
    if chunks:
        end = len(window)
        for c in reversed(chunks):
            end = window.rfind(c, 0, end)
        start = end
    return tuple(_chunk_tokens(window, s, chunks, start)[-n:])


def _prev_word(text: str, pos: int) -> str:
    """The token right before ``pos`` (a word or a punctuation mark), without tokenising more."""
    s = pos - 40 if pos > 40 else 0
    ls = text.rfind("\n", s, pos) + 1
    parts = text[ls if ls > s else s:pos].rsplit(None, 1)
    if not parts:
        return ""
    ch = parts[-1]
    if ch.isalnum() or _HAS_PUNCT.search(ch) is None:
        return ch
    toks = TOKEN_RE.findall(ch)
    return toks[-1] if toks else ""


@lru_cache(maxsize=8192)
def _prev_f(text: str, pos: int) -> tuple[str, str, int, int, str]:
    """The token before ``pos``: folded, folded without its proclitics, how many proclitic
    letters that strips, where the token starts, and the token. Cached per (text, pos): the
    refusal and hedge checks both ask for it."""
    tok = _prev_word(text, pos)
    e = pos
    while e > 0 and text[e - 1].isspace():
        e -= 1  # the last token of the last chunk ends where the chunk ends
    pw = _f(tok)
    bare, k = _strip_proclitic(pw)
    return pw, bare, k, e - len(tok), tok


@lru_cache(maxsize=8192)
def _after_f(text: str, pos: int) -> tuple[tuple[tuple[int, int, str], ...], tuple[str, ...]]:
    """The first four tokens after ``pos`` and their folded forms, computed once per position."""
    toks = _after_all.__wrapped__(text, pos)
    return toks, tuple([_f(t[2]) for t in toks])


def _tokens_after(text: str, pos: int, n: int = 4) -> tuple[tuple[int, int, str], ...]:
    """Up to ``n`` (≤ 4) tokens after ``pos`` (within 80 characters). Cached per (text, pos):
    several checks look at the same neighbourhood, and str hashes are cached by Python."""
    return _after_f(text, pos)[0][:n]


def _tokens_before(text: str, pos: int, n: int = 8) -> tuple[tuple[int, int, str], ...]:
    """Up to ``n`` tokens before ``pos`` (within 14·n characters), cached like _tokens_after."""
    return _before_all(text, pos, 5 if n <= 5 else 16)[-n:]


@lru_cache(maxsize=100_000)
def _strip_proclitic(fw: str) -> tuple[str, int]:
    """Strip one of و ف ب ل ك (and a following و/ب: وب، فب) from a folded word."""
    k = 0
    while k < 2 and len(fw) - k > 2 and fw[k] in "وفبلك":
        k += 1
    return fw[k:], k


def _in(fw: str, words) -> bool:
    """Whether a folded word, or the word without its proclitics, is in ``words``."""
    if fw in words:
        return True
    k = 0
    while k < 2 and len(fw) - k > 2 and fw[k] in "وفبلك":
        k += 1
        if fw[k:] in words:
            return True
    # "للفيلق": ل before the article drops its alef (ل + الفيلق)
    k = fw.find("لل", 0, 3)
    return 0 <= k <= 1 and (k == 0 or fw[0] in "وف") and "ال" + fw[k + 2:] in words


def _astart(text: str, a: Atom) -> int:
    """Start of an atom's surface: the article stays with the word (الثُلث، الثامن), other
    proclitics (و ب ل) do not."""
    return a.astart if a.astart >= 0 else a.start



class QuantityExtractor:
    """Pipeline component: adds the contract's quantity records to ``doc['quantities']``."""

    name = "quantities"

    def __init__(self) -> None:
        self.d = _data()

    def __call__(self, doc) -> None:
        for r in self.extract(doc.text, doc.folded):
            doc.add("quantities", r)

    # -- main ----------------------------------------------------------------------------------
    def extract(self, text: str, folded: Folded | None = None) -> list[dict]:
        """Quantity records of ``text``; ``folded`` is its fold when the caller has it (a
        Document shares one fold among all stages)."""
        if not text:
            return []
        d = self.d
        if folded is None:
            folded = fold(text)
        masks = Masks(text)
        phones = [(m.start(), m.end()) for m in _PHONE.finditer(text) if _phone_like(m.group())] \
            if _PHONE_GATE.search(text) else None
        if phones:
            masks.spans = sorted(masks.spans + phones)
        atoms = d.grammar.atoms(text, folded, masks)
        atoms = self._drop_percent_words(text, atoms)
        amounts = self._ranges(text, self._amounts(text, atoms))
        out: list[_Amount] = []
        # the two far bound readings, gated once per text: an at-least phrase anywhere, a count noun anywhere
        nexts = _next_starts(amounts, len(text)) if _FAR_ATLEAST.search(text) else [-1] * len(amounts)
        verb = d.bound_core_re.search(text) is not None
        for a, limit in zip(amounts, nexts):
            if a is None:
                continue
            if a.kind == "count" and a.counted is None and not a.unit:
                a.counted = self._counted_before(text, a)
            if a.single_digits and _DOT_THOUSANDS.match(a.single_digits) and a.low == a.high and (
                    (a.kind == "count" and a.counted) or (a.kind == "money" and a.unit not in _FILS)):
                # "4.500 لاجئ", "14.500 ليرة": a dot before three digits groups thousands here
                a.low = a.high = digits_value(a.single_digits, thousands_dot=True)
            self._hedge(text, a, limit, verb)
            out.append(a)
        out.extend(self._single_units(text, folded, out))
        out.sort(key=_by_start)
        recs = []
        last_end = -1
        for a in out:
            if a.start < last_end or not (_in_range(a.low) and _in_range(a.high)):
                continue
            recs.append(a.record(text))
            last_end = a.end
        # the (text, position) memos serve one text: emptied after it, so they never keep a
        # document's text alive (full, they held the texts of the last ~1,500 pages: ~10 MB)
        _after_f.cache_clear()
        _before_all.cache_clear()
        _prev_f.cache_clear()
        return recs

    # -- atoms to amounts ---------------------------------------------------------------------
    @staticmethod
    def _drop_percent_words(text: str, atoms: list[Atom]) -> list[Atom]:
        return [a for a in atoms if not (a.kind == "hundred" and a.prefix in ("ال", "بال") and (
            a.prefix == "بال" or _FI_END.search(text[max(0, a.wstart - 8):a.wstart])))]

    def _amounts(self, text: str, atoms: list[Atom]) -> list[_Amount]:
        d = self.d
        g = d.grammar
        out: list[_Amount] = []
        i = 0
        n = len(atoms)
        while i < n:
            a = atoms[i]
            k = a.kind
            if k == "digits":
                pass  # the common case: none of the word kinds below
            elif k == "bad_digits":
                i += 1
                continue
            elif k in ("vague", "few") or (k == "mult_pl" and not a.conj):
                am, i = self._vague(text, atoms, i)
                if am is not None:
                    out.append(am)
                continue
            elif k in ("fraction", "fraction_dual") and not (i + 1 < n and atoms[i + 1].joined and not atoms[i + 1].conj
                                                              and atoms[i + 1].kind == "mult"):
                if a.definite and _DATE_QUARTER.match(text[a.end:a.end + 12]):
                    i += 1
                    continue  # "الربع الأخير من العام": a quarter of the year, a date
                am = _Amount(_astart(text, a), a.end, a.value, a.value, "fraction", wstart=a.wstart, first=i, last=i,
                             prefix=a.prefix)
                self._suffix(text, am, fraction=True)
                out.append(am)
                i += 1
                continue
            elif k in ("dual_unit", "dual_counted"):
                if k == "dual_counted" and out and out[-1].last == i - 1 and out[-1].low == 2 and \
                        atoms[i - 1].kind == "dual_counted" and a.wstart - atoms[i - 1].end < 40 and \
                        len(_tokens_before(text, a.wstart, 2)) == 2 and \
                        _tokens_before(text, a.wstart, 2)[0][0] <= atoms[i - 1].wstart:
                    i += 1
                    continue  # "الجنديين الأسيرين": an adjective agreeing with the dual before it
                am = _Amount(_astart(text, a), a.end, 2, 2, wstart=a.wstart, first=i, last=i, prefix=a.prefix)
                if k == "dual_unit":
                    am.kind, am.unit = a.info.kind, a.info.unit
                else:
                    am.counted = a.info
                am.ext_end = a.end
                if k == "dual_unit":
                    self._and_half(text, am)
                out.append(am)
                i += 1
                continue
            elif k in ("fraction_pl", "decimal", "unit_teen", "ordinal_teen") and not k.startswith("ordinal") and not (
                    # "أحد عشر", "اثنا عشر", "إحدى عشرة": the teen's first word starts the number
                    # ("إحدى وعشرين": so does a one before "و" + tens)
                    k == "unit_teen" and i + 1 < n and atoms[i + 1].joined and (
                        (atoms[i + 1].kind == "ten" and not atoms[i + 1].conj)
                        or (atoms[i + 1].kind == "tens" and atoms[i + 1].conj))):
                i += 1
                continue
            if k == "digits" and i + 1 < n and atoms[i + 1].kind == "digits" and atoms[i + 1].wstart == a.end + 1 \
                    and text[a.end] == "/":
                # "3/4 كوب": a fraction when a unit follows; otherwise a date or a ratio (refused)
                b = atoms[i + 1]
                i += 2
                if b.value:
                    am = _Amount(a.start, b.end, round(a.value / b.value, 4), round(a.value / b.value, 4),
                                 "fraction", wstart=a.wstart, first=i - 2, last=i - 1, prefix=a.prefix)
                    self._suffix(text, am, fraction=True, any_unit=True)
                    if am.unit is not None and not _SLASH_AFTER.match(text, b.end):
                        out.append(am)
                continue
            span, j = g.parse_at(atoms, i)
            if span is None:
                i = max(j, i + 1)
                continue
            i = j
            if span.ordinal:
                am = self._ordinal(text, atoms, span)
                if am is not None:
                    out.append(am)
                continue
            am = self._cardinal(text, atoms, span)
            if am is None:
                continue
            # "ثلاثة أرباع": a count of fractions
            if i < n and atoms[i].kind == "fraction_pl" and atoms[i].joined and not atoms[i].conj and span.value < 10:
                am.low = am.high = round(span.value * atoms[i].value, 4)
                am.kind, am.end, am.last = "fraction", atoms[i].end, i
                i += 1
            out.append(am)
        return out

    def _vague(self, text: str, atoms: list[Atom], i: int) -> tuple[_Amount | None, int]:
        """عشرات/مئات/آلاف (and عشرات الآلاف), بضع/بضعة X: 2..9 (3..9 with بضع) times the unit."""
        a = atoms[i]
        few = a.kind == "few"
        j = i + 1
        base = 1.0 if few else a.value
        end = a.end
        n = len(atoms)
        if few and j < n and atoms[j].joined and not atoms[j].conj and atoms[j].kind in ("vague", "mult_pl", "mult"):
            base = atoms[j].value
            end = atoms[j].end
            j += 1
        if j < n and atoms[j].joined and not atoms[j].conj and atoms[j].kind == "mult_pl" and base < atoms[j].value:
            base *= atoms[j].value
            end = atoms[j].end
            j += 1
        lo = 3 if few else 2
        am = _Amount(_astart(text, a), end, _num(lo * base), _num(9 * base), approx=True, wstart=a.wstart, first=i, last=j - 1,
                     vague=True, prefix=a.prefix)
        self._suffix(text, am)
        if few and base == 1 and am.unit is None and am.counted is None:
            return None, j  # "بضعة" alone says nothing countable
        return am, j

    def _ordinal(self, text: str, atoms: list[Atom], span: NumberSpan) -> _Amount | None:
        d = self.d
        a = atoms[span.first]
        surface_f = _f(text[span.start:span.end])
        definite = a.definite
        if not definite and (span.value < 2 or surface_f.endswith("ه") or surface_f.startswith("اول")):
            return None
        prev = _tokens_before(text, a.wstart, 4)
        if prev:
            pw = _f(prev[-1][2])
            if _in(pw, {"كانون", "تشرين", "ربيع", "جمادي"}) or _in(pw, d.cues["refuse_before"]):
                return None
            # "نقطة المراقبة التركية العاشرة": the ordinal agrees with a label noun across the
            # definite words that qualify it (idafa, adjectives); it numbers the post, no amount
            k = len(prev) - 1
            while k > 0 and _f(prev[k][2]).startswith("ال"):
                k -= 1
                if _in(_f(prev[k][2]), d.cues["refuse_before"]):
                    return None
        nxt = _tokens_after(text, span.end, 3)
        if len(nxt) >= 2 and _f(nxt[0][2]) == "من" and self._is_month(nxt[1:]):
            return None
        if nxt and self._is_month(nxt):
            return None
        am = _Amount(_astart(text, a), span.end, span.value, span.value, "ordinal", wstart=a.wstart, first=span.first,
                     last=span.last, num=span, prefix=a.prefix)
        am.ext_end = span.end
        am.bounded = True
        return am

    def _cardinal(self, text: str, atoms: list[Atom], span: NumberSpan) -> _Amount | None:
        a = atoms[span.first]
        am = _Amount(a.astart if a.astart >= 0 else a.start, span.end, span.value, span.value, "count", None, None,
                     False, a.wstart, span.first, span.last, span, False, span.tail_mult, span.has_mult, 0, a.prefix)
        if span.digits:
            am.single_digits = a.raw
        # "واحد/اثنين" alone: only after the noun they count ("يوم واحد", "جندي واحد")
        if not span.digits and span.first == span.last and a.kind == "unit" and a.value in (1, 2):
            return self._trailing_one_two(text, a, am)
        self._suffix(text, am)
        if am.kind == "count" and am.unit is None and am.counted is None and a.prefix and a.definite:
            self._definite_after_noun(text, a, am)
        if self._refused(text, atoms, am, span):
            return None
        return am

    def _definite_after_noun(self, text: str, a: Atom, am: _Amount) -> None:
        """"السنوات الخمس", "الأيام الثلاثة", "الساعات الـ24": a definite number after a definite
        plural noun counts that noun."""
        prev = _tokens_before(text, a.wstart, 1)
        if not prev:
            return
        fw = _f(prev[-1][2])
        if not fw.startswith("ال"):
            return
        bare = fw[2:]
        u = self.d.units.get(bare)
        if u is not None and not u.dual:
            am.kind, am.unit = u.kind, u.unit
        elif bare in self.d.counted:
            am.counted = self.d.counted[bare]

    def _trailing_one_two(self, text: str, a: Atom, am: _Amount) -> _Amount | None:
        d = self.d
        if a.value == 1 and not a.prefix and text[a.start:a.start + 2] in _WA_AHAD:
            # «امرأة وأحد أطفالها», «شاب وإحدى قريباته»: و + أحد/إحدى («and one of»), which folds to the word
            # واحد; it counts no noun before it
            return None
        prev = _tokens_before(text, a.wstart, 2)
        # "ثلاثة مدنيين واثنين من الشرطة": a conjoined اثنين counts too (Monday takes the article)
        if not prev or (a.prefix and not (a.prefix == "و" and a.value == 2)):
            return None
        if a.prefix:  # what it counts follows ("واثنين من الجنود"), not the noun before
            nxt = _tokens_after(text, a.end, 2)
            if len(nxt) == 2 and _f(nxt[0][2]) == "من":
                w = _f(nxt[1][2])
                am.counted = d.counted.get(w[2:] if w.startswith("ال") else w)
            am.ext_end = am.end
            return am
        pw = _f(prev[-1][2])
        pw_bare = pw[2:] if pw.startswith("ال") else pw
        if pw in ("يوم",) and a.value == 2:
            return None  # يوم الاثنين / يوم اثنين: Monday
        if (pw in d.counted_duals and pw not in d.counted) or (pw in d.units and d.units[pw].dual):
            return None  # "راعيين اثنين": the dual already counts two
        # ("مقاتلين اثنين": مقاتلين is a plural too, no dual anchor, so اثنين counts the two)
        if pw in d.units and not d.units[pw].dual:
            u = d.units[pw]
            am.start, am.kind, am.unit = prev[-1][0], u.kind, u.unit
        elif pw_bare in d.counted:
            if a.value == 1 and len(prev) == 2 and _f(prev[0][2]) == "من":
                return None  # "خمسة من عائلة واحدة": which family they were of, not a count of one
            am.counted = d.counted[pw_bare]
            if a.value == 1:
                am.start = prev[-1][0]
        elif a.value == 1:
            return None
        am.ext_end = am.end
        return am

    # -- suffixes: percent, unit, counted noun --------------------------------------------------
    def _suffix(self, text: str, am: _Amount, fraction: bool = False, any_unit: bool = False) -> None:
        d = self.d
        end = am.end
        am.ext_end = end
        if not fraction and (_SIGN_AFTER_GATE.match(text, end) or
                             _SIGN_BEFORE_CHARS.intersection(text[max(0, am.wstart - 3):am.wstart])):
            m = _PCT_AFTER.match(text, end)
            if m:
                am.kind, am.end, am.ext_end = "percent", m.end(), m.end()
                return
            if _PCT_BEFORE.search(text, max(0, am.wstart - 3), am.wstart) and not am.vague:
                k = text.rfind("%", 0, am.wstart) if "%" in text[max(0, am.wstart - 3):am.wstart] else text.rfind("٪", 0, am.wstart)
                am.kind, am.start = "percent", k
                return
            m = _SYM_AFTER.match(text, end)
            if m:
                u = d.units.get(m.group(1))
                if u:
                    am.kind, am.unit, am.end, am.ext_end = u.kind, u.unit, m.end(), m.end()
                    if u.unit == "USD_cent":
                        am.unit = "USD"
                        am.low = am.high = round(am.low / 100, 4) if am.low is not None else None
                    self._cents(text, am)
                    return
            m = _SYM_BEFORE.search(text, max(0, am.wstart - 2), am.wstart)
            if m:
                u = d.units.get(m.group(1))
                if u:
                    am.kind, am.unit, am.start = u.kind, u.unit, m.start()
                    return
        toks, fw = _after_f(text, end)
        if not toks:
            return
        # units (two-word forms first)
        for nw in ((3, 2, 1) if fw[0] in d.unit_first or toks[0][2] in d.unit_first else ()):
            if len(fw) < nw:
                continue
            u = d.units.get(" ".join(fw[:nw]))
            if u is None and nw > 1:
                u = d.units.get("".join(fw[:nw]))  # "ل.س", "ج.م" come out as three tokens
            if u is None and nw == 1:
                u = d.units.get(fw[0]) if toks[0][2].isascii() is False else d.units.get(toks[0][2])
            if u is not None and not u.dual:
                if fraction and u.kind != "duration" and not any_unit:
                    continue
                if u.unit == "day" and nw == 1 and len(fw) > 1 and fw[1] in d.weekdays:
                    break  # "المرصد 45 يوم الأحد": «يوم الأحد» is a date, not 45 days
                gap = text[end:toks[0][0]]
                if "\n" in gap or len(gap) > 2:
                    break
                if fraction:
                    am.kind, am.unit = u.kind, u.unit
                else:
                    am.kind, am.unit = u.kind, u.unit
                am.end = am.ext_end = toks[nw - 1][1]
                if u.kind == "duration" and not am.vague:
                    self._and_half(text, am)
                if u.unit == "USD_cent":
                    am.unit = "USD"
                    am.low = am.high = round(am.low / 100, 4) if am.low is not None else None
                elif u.kind == "money":
                    self._cents(text, am)
                return
        if fraction:
            return
        # counted noun right after, or after "من" (عشرات من المدنيين)
        gap = text[end:toks[0][0]]
        if "\n" in gap:
            return
        c, cend = self._counted_at(toks, fw, am)
        if c:
            am.counted = c
            am.ext_end = cend

    @staticmethod
    def _and_half(text: str, am: _Amount) -> None:
        """"ساعتين ونصف", "3 سنوات ونصف": the half belongs to the amount."""
        m = _AND_HALF.match(text, am.end)
        if m and am.low is not None and am.low == am.high:
            am.low = am.high = am.low + 0.5
            am.end = am.ext_end = m.end()

    def _cents(self, text: str, am: _Amount) -> None:
        """"20$ و 43c", "20 دولار و43 سنت": dollars and cents are one amount."""
        m = _CENTS.match(text[am.end:am.end + 20])
        if m and am.low is not None:
            am.low = am.high = round(am.low + int(m.group(1)) / 100, 2)
            am.end = am.ext_end = am.end + m.end()

    def _counted_at(self, toks, fw, am: _Amount) -> tuple[str | None, int]:
        d = self.d
        if not toks:
            return None, 0
        f0 = fw[0]
        bare0 = f0[2:] if f0.startswith("ال") else f0
        # two-word counted nouns (صف الضباط، عناصر أمن)
        if len(fw) >= 2:
            two = f"{f0} {fw[1]}"
            two_b = f"{bare0} {fw[1]}"
            for key in (two, two_b):
                if key in d.counted:
                    return d.counted[key], toks[1][1]
        for key in (f0, bare0):
            if key in d.counted and key not in d.stop:
                if key is bare0 and f0.startswith("ال") and not (am.vague or am.has_mult) and f0 not in d.counted:
                    return None, 0  # "20 الجنود" is not "20 جندي"
                return d.counted[key], toks[0][1]
        if f0 == "من" and len(fw) >= 2:
            b1 = fw[1][2:] if fw[1].startswith("ال") else fw[1]
            if b1 in d.counted and _f(d.counted[b1]) != b1:  # a plural: "من المدنيين", "من عناصر الفرقة"
                return d.counted[b1], toks[1][1]
        # unknown noun: trust it after a vague plural with the article (مئات العلماء), or an
        # accusative tamyiz with tanween after a number (50 صاروخاً)
        w = toks[0][2]
        if f0 in d.stop or bare0 in d.stop or not _ARABIC_WORD.match(w):
            return None, 0
        if bare0 in number_words() or f0 in d.units or bare0 in d.units:
            return None, 0
        ow = strip_marks(w)
        ow_bare = ow[2:] if ow.startswith("ال") else ow
        if am.vague and f0.startswith("ال") and len(bare0) >= 3:
            return ow_bare, toks[0][1]
        if not am.vague and ("ً" in w[-2:] and len(bare0) >= 4):
            return ow_bare[:-1] if ow_bare.endswith("ا") else ow_bare, toks[0][1]
        return None, 0

    def _counted_before(self, text: str, am: _Amount) -> str | None:
        """"عدد الجنود المنشقين يبلغ نحو 170 ألف": the noun after عدد/أعداد/حصيلة earlier in the clause."""
        d = self.d
        window = text[max(0, am.wstart - 160):am.wstart]
        if not any(c in window for c in d.count_cores):
            return None
        toks = _tokens_before(text, am.wstart, 14)
        cue = d.cues.get("count_before", set())
        for idx in range(len(toks) - 1, -1, -1):
            w = toks[idx][2]
            if w in _HARD_BREAK or (w in _SENT_BREAK and idx < len(toks) - 1 and w not in ("،", ",")):
                return None
            if _DIGIT_FIRST.match(w):
                return None
            fw = _strip_proclitic(_f(w))[0]
            if fw in cue or _f(w) in cue:
                rest = toks[idx + 1:idx + 3]
                if not rest:
                    return None
                f1 = _f(rest[0][2])
                b1 = f1[2:] if f1.startswith("ال") else f1
                if len(rest) > 1:
                    f2 = _f(rest[1][2])
                    for key in (f"{b1} {f2}", f"{f1} {f2}"):
                        if key in d.counted:
                            return d.counted[key]
                return d.counted.get(b1)
        return None

    # -- refusals -----------------------------------------------------------------------------
    def _refused(self, text: str, atoms: list[Atom], am: _Amount, span: NumberSpan) -> bool:
        d = self.d
        raw = am.single_digits
        pw, pw_bare, _, _, _ = _prev_f(text, am.wstart)
        refuse = d.refuse_before
        if pw in refuse or pw_bare in refuse or ("ال" + pw_bare) in refuse and pw_bare not in ("ساعه",):
            if not (pw_bare == "ساعه" or pw == "ساعه"):  # "24 ساعة" has the unit after, not before
                return True
        if pw_bare.startswith("ال") and pw_bare.endswith(("ي", "يه")) and len(pw_bare) > 4:
            # a label qualified by a nisba adjective: "القرار الأممي 2254", "الفرقة السورية 17"
            prev = _tokens_before(text, am.wstart, 2)
            if len(prev) == 2:
                lw = _f(prev[0][2])
                lw_bare, _ = _strip_proclitic(lw)
                if lw in refuse or lw_bare in refuse or ("ال" + lw_bare) in refuse:
                    return True
        if raw is not None and am.counted is None and am.unit is None and isinstance(am.low, int) and \
                am.low in d.outlet_names and self._ends_outlet_name(text, am, am.low):
            return True
        if raw is not None:
            digits_only = raw if raw.isdigit() else _NON_DIGIT.sub("", raw)
            # digits between / or : (dates, times, ratios, resolution numbers)
            near = text[span.end:span.end + 3] + text[max(0, am.wstart - 3):am.wstart]
            if ("/" in near or ":" in near) and (_SLASH_AFTER.match(text, span.end) or
                                                 _SLASH_BEFORE.search(text, max(0, am.wstart - 3), am.wstart)):
                return True
            if raw[0] in "0٠۰" and len(digits_only) >= 3 and "." not in raw and "٫" not in raw:
                return True  # 0933 / 011: phone or code
            if text[max(0, am.wstart - 1):am.wstart] == "+":
                return True
            if len(digits_only) >= 8 and raw == digits_only and am.unit is None and am.counted is None:
                return True
            v: Any = am.low  # digits: never None
            no_sep = raw == digits_only
            if no_sep and len(raw) == 4 and 1900 <= v <= 2100 and am.kind == "count" and am.counted is None \
                    and not span.has_mult and not self._range_with_non_year(text, span.start, span.end):
                # a year, unless an approximator or bound makes it a count ("نحو 2000")
                prev = _tokens_before(text, am.wstart, 3)
                hp = " ".join(_f(t[2]) for t in prev[-2:])
                parts = hp.split()
                last = _strip_proclitic(parts[-1])[0] if parts else ""
                if not (hp.endswith(d.year_hedges) or last in d.year_hedge_set):
                    return True
            if no_sep and len(raw) == 4 and 1300 <= v <= 1500 and _HIJRI_H.match(text[span.end:span.end + 4]):
                return True
            if pw_bare in d.year_before or pw in d.year_before:
                if no_sep and len(raw) == 4:
                    return True
                if (pw_bare in _YEAR_NOUNS or pw in _YEAR_NOUNS) and am.unit is None and am.counted is None:
                    return True  # "عام 641 م", "سنة 500 ق.م"
            # day of the month: "23 نيسان/أبريل 2011", "December 4, 2024"
            if v is not None and 1 <= v <= 31 and no_sep and am.kind == "count" and am.counted is None:
                nxt = _tokens_after(text, span.end, 3)
                if nxt and self._is_month(nxt):
                    return True
                prev = _tokens_before(text, am.wstart, 3)
                if prev and (self._is_month(prev[-1:]) or self._is_month(prev[-2:])):
                    return True
        if am.kind == "count" and am.unit is None and am.counted is None and span.words and span.value in (1, 2):
            return True
        return False

    def _ends_outlet_name(self, text: str, am: _Amount, number: int) -> bool:
        """«أفادت شبكة درعا 24 بأن», «أربيل (كوردستان 24)-»: the number closes an outlet's name (cues.tsv
        outlet_name). A place preposition before the name («قتل في درعا 24», «بالسويداء 24») makes it a count
        told at the place."""
        for words in self.d.outlet_names[number]:
            prev = _tokens_before(text, am.wstart, len(words) + 1)
            if len(prev) < len(words):
                continue
            toks = [_f(t[2]) for t in prev[-len(words):]]
            first = toks[0]
            if toks[1:] != list(words[1:]) or not _in(first, {words[0]}):
                continue
            if first != words[0] and first[:1] == "ب" or first[:2] in ("وب", "فب"):
                return False  # «بدرعا 24»
            before = _strip_proclitic(_f(prev[-len(words) - 1][2]))[0] if len(prev) > len(words) else ""
            return before not in _PLACE_PREPS
        return False

    @staticmethod
    def _range_with_non_year(text: str, start: int, end: int) -> bool:
        """"بين 1500 و2000 مقاتل": a 4-digit end of a range whose other end is no year is a count."""
        m = _RANGE_NEXT.match(text, end)
        if m and not _year_like(m.group(1)):
            return True
        m = _RANGE_PREV.search(text, max(0, start - 24), start)
        return bool(m and not _year_like(m.group(1)))

    def _is_month(self, toks) -> bool:
        if not toks:
            return False
        w = toks[0][2]
        f0 = _f(w) if not w.isascii() else w
        f0b = _strip_proclitic(f0)[0] if not w.isascii() else w
        if f0 in self.d.months or f0b in self.d.months:
            return True
        if (f0 in self.d.month_first or f0b in self.d.month_first) and len(toks) > 1:
            return f"{f0b} {_f(toks[1][2])}" in self.d.months
        return False

    # -- ranges and changes --------------------------------------------------------------------
    def _ranges(self, text: str, amounts: list[_Amount]) -> list[_Amount | None]:
        out: list[_Amount | None] = list(amounts)
        for idx in range(len(out) - 1):
            a, b = out[idx], out[idx + 1]
            if a is None or b is None or a.kind in ("ordinal", "fraction") or b.kind in ("ordinal", "fraction"):
                continue
            if a.vague or b.vague:
                continue
            if b.wstart - a.ext_end > 12:
                continue
            gap = text[a.ext_end:b.wstart]
            if len(gap) > 12 or "\n" in gap:
                continue
            g = gap.strip()
            bpre = b.prefix
            marker_before = None  # looked up only for a pair with a connector between
            conn = None
            if g in ("إلى", "الى", "حتى", "ألى") and not bpre:
                conn = "to"
            elif g in ("-", "–", "—") and a.single_digits and b.single_digits:
                conn = "dash"
            elif (g == "و" and not bpre) or (g == "" and bpre == "و"):
                conn = "and"
            elif g == "" and bpre == "ل":
                marker_before = self._marker_before(text, a)
                if marker_before[0] == "from":
                    conn = "to"
            if conn is None:
                continue
            kind_m, m_start = marker_before or self._marker_before(text, a)
            if conn == "and" and kind_m != "between":
                continue
            if conn == "to" and kind_m == "from" and self._is_change(text, m_start):
                if a.unit is None and a.counted is None and b.unit is not None and a.kind == "count":
                    a.kind, a.unit = b.kind, b.unit
                elif b.unit is None and b.counted is None and a.unit is not None and b.kind == "count":
                    b.kind, b.unit = a.kind, a.unit
                continue
            # a range: X..Y
            if a.kind not in ("count",) and a.kind != b.kind:
                continue
            if (a.counted and b.counted and a.counted != b.counted) or (a.unit and b.unit and a.unit != b.unit):
                continue  # "نقل 3 جرحى إلى 5 مستشفيات": two amounts of different things
            lo, hi = a.low, b.high
            if a.single_digits and b.single_digits and _DOT_THOUSANDS.match(a.single_digits) and \
                    _DOT_THOUSANDS.match(b.single_digits) and (b.counted or (b.kind == "money" and b.unit not in _FILS)):
                lo = digits_value(a.single_digits, thousands_dot=True)
                hi = digits_value(b.single_digits, thousands_dot=True)
            if a.tail_mult is None and not a.has_mult and b.tail_mult and lo is not None and hi is not None \
                    and lo * b.tail_mult <= hi:
                lo = lo * b.tail_mult
            if lo is None or hi is None or lo > hi:
                continue
            r = _Amount(a.start, b.end, _num(lo), _num(hi), b.kind, b.unit or a.unit, b.counted or a.counted,
                        a.approx or b.approx, a.wstart, a.first, b.last, None, False, b.tail_mult, b.has_mult,
                        b.ext_end, a.prefix)
            if a.kind == "percent" and b.kind == "count":
                r.kind = "percent"
            r.range_marker = m_start if kind_m else None
            out[idx] = None
            out[idx + 1] = r
        return out

    def _marker_before(self, text: str, a: _Amount) -> tuple[str | None, int]:
        toks = _tokens_before(text, a.wstart, 2)
        if not toks:
            return None, a.wstart
        w1 = _f(toks[-1][2])
        b1, k1 = _strip_proclitic(w1)
        if w1 == "بين" or b1 == "بين":
            start = toks[-1][0]
            if len(toks) > 1 and _strip_proclitic(_f(toks[-2][2]))[0] == "ما":
                start = toks[-2][0]
            return "between", start
        if w1 == "من" or (b1 == "من" and k1 <= 1):
            return "from", toks[-1][0]
        return None, a.wstart

    def _is_change(self, text: str, pos: int) -> bool:
        change = self.d.cues.get("change", set())
        for _, _, w in reversed(_tokens_before(text, pos, 16)):
            if w in _HARD_BREAK:
                return False
            fw = _f(w)
            if fw in change or _strip_proclitic(fw)[0] in change:
                return True
        return False

    # -- hedges -------------------------------------------------------------------------------
    def _hedge(self, text: str, a: _Amount, limit: int = -1, verb: bool = False) -> None:
        """Hedges and bounds before and after the amount; ``limit`` is where the next amount starts (a bound
        after the counted noun's adjective is looked for up to there; -1: not at all); ``verb``: look for a verb
        of exceeding before the clause's count noun."""
        if a.kind == "ordinal":
            return
        d = self.d
        start = a.range_marker or a.wstart
        effect: str | None = None
        h_start: int | None = None
        last, last_bare, k_last, t_start, tok = _prev_f(text, start)
        toks: tuple = ()
        if last in d.hedge_last or last_bare in d.hedge_last:
            if last in d.hedge_one_word or last not in d.hedge_lens:
                # no longer phrase ends in this word: what the loop below finds for n = 1
                if last in d.hedges_before:
                    effect, h_start = d.hedges_before[last], t_start + _base_offset(tok, 0)
                elif last_bare in d.hedges_before:
                    effect, h_start = d.hedges_before[last_bare], t_start + _base_offset(tok, k_last)
            else:
                toks = _before_all(text, start, 5)  # = _tokens_before(text, start, 5)
        if toks:
            # the longest hedge phrase (up to 4 tokens, no break inside) that ends right before
            nt = len(toks)
            ft = [_f(t[2]) for t in toks]
            clean = 0  # tokens at the end with no sentence break among them
            while clean < nt and toks[nt - 1 - clean][2] not in _SENT_BREAK:
                clean += 1
            lens = d.hedge_lens.get(ft[-1], ())  # word counts of the phrases ending in that word
            for n in (4, 3, 2, 1):
                if n > clean or (n > 1 and n not in lens):
                    continue
                first_f = ft[nt - n]
                rest = ft[nt - n + 1:]
                for cand, k in ((first_f, 0), _strip_proclitic(first_f)):
                    key = " ".join([cand] + rest)
                    if key in d.hedges_before:
                        effect = d.hedges_before[key]
                        seg0 = toks[nt - n]
                        h_start = seg0[0] + _base_offset(seg0[2], k)
                        break
                if effect:
                    break
        after: tuple = ()
        if _AFTER_HEDGE_HINT.match(text, a.ext_end):
            after = _tokens_after(text, a.ext_end, 3)
        a_eff: str | None = None
        if after:
            f1 = _f(after[0][2])
            f2 = f"{f1} {_f(after[1][2])}" if len(after) > 1 else None
            f3 = f"{f2} {_f(after[2][2])}" if len(after) > 2 else None  # «على أقل تقدير»
            if f3 and f3 in d.hedges_after:
                a_eff = d.hedges_after[f3]
            elif f2 and f2 in d.hedges_after:
                a_eff = d.hedges_after[f2]
            elif f1 in d.hedges_after:
                a_eff = d.hedges_after[f1]
        if a_eff is None and limit > a.ext_end:
            a_eff = self._far_after(text, a.ext_end, limit)
        if verb and effect is None and a.kind in _VERB_BOUND_KINDS and a.low is not None and a.low == a.high:
            effect = self._verb_bound(text, start)
        if effect is None and a_eff is None:
            return
        v = a.low if a.low is not None else a.high
        for eff in (effect, a_eff):
            if eff is None:
                continue
            if eff == "approx":
                a.approx = True
            elif a.low is not None and a.low == a.high:
                if eff == "more":
                    a.low, a.high, a.approx = v, None, True
                elif eff == "less":
                    a.low, a.high, a.approx = None, v, True
                elif eff == "atleast":
                    a.low, a.high = v, None
                elif eff == "atmost":
                    a.low, a.high = None, v
                if eff is effect and h_start is not None:
                    a.start = min(a.start, h_start)
            elif eff in ("more", "less"):
                a.approx = True

    def _far_after(self, text: str, pos: int, limit: int) -> str | None:
        """«40 جندياً نظامياً على الأقل», «17 عنصراً من الفصائل على الأقل», «ستة مسعفين متطوعين في الأقل»: an
        at-least phrase after up to three plain words (the counted noun's adjective or complement; no mark, no
        amount, no time or place preposition, no unit between) bounds the amount before them (news_dev README:
        a hedge after the noun still sets low and high)."""
        window = text[pos:min(limit, pos + 80)]
        if _FAR_ATLEAST.search(window) is None:
            return None
        toks = [(m.group(), _f(m.group())) for m in TOKEN_RE.finditer(window)][:6]
        d = self.d
        for k in range(1, 4):
            if k >= len(toks):
                return None
            w, fw = toks[k - 1]
            if not _ARABIC_WORD.match(w) or _strip_proclitic(fw)[0] in d.gap_stop or fw in d.gap_stop \
                    or fw in d.units:
                return None
            for n in (3, 2):
                key = " ".join(t[1] for t in toks[k:k + n])
                if d.after_atleast.get(key) == n:
                    return "atleast"
        return None

    def _verb_bound(self, text: str, start: int) -> str | None:
        """«تجاوز عدد اللاجئين 5.6 مليون», «تخطى مجموع المتطوعين في البلدة 400»: a hedge verb right before the
        clause's count noun (cues.tsv bound_subject) bounds the number its subject ends at, as it would right
        before the number (news_dev README: a bound expressed by a verb; it stays outside the span)."""
        d = self.d
        lo = max(0, start - 120)
        window = text[lo:start]
        for core in d.bound_cores:  # cheap gate: a count noun's core with a hedge's last word before its word
            k = window.find(core)
            while k >= 0:
                pw = _f(_word_before(window, k))
                if pw in d.hedge_last or _strip_proclitic(pw)[0] in d.hedge_last:
                    return self._verb_bound_at(text, start)
                k = window.find(core, k + 1)
        return None

    def _verb_bound_at(self, text: str, start: int) -> str | None:
        """_verb_bound's reading once its gate passed: the nearest count noun before the number (no mark, no digit
        between), and the hedge phrase right before it."""
        d = self.d
        toks = _tokens_before(text, start, 9)
        if any(_strip_proclitic(_f(t[2]))[0] in d.states_value or _f(t[2]) in d.states_value for t in toks[-2:]):
            return None  # «… البالغ 400 ألف», «الذي بلغ 60»: the value is stated, not bounded
        for idx in range(len(toks) - 1, 0, -1):
            w = toks[idx][2]
            if w in _SENT_BREAK:
                return None
            if _DIGIT_FIRST.match(w):
                if self._time_between(toks, idx):
                    continue
                return None
            fw = _f(w)
            if fw not in d.bound_subjects and _strip_proclitic(fw)[0] not in d.bound_subjects:
                continue
            if idx + 1 < len(toks) and _f(toks[idx + 1][2]) == "من":
                return None  # «تجاوز عدد من المسلحين الحدود»: «عدد من» is "some", no count noun
            heads = [_f(t[2]) for t in toks[max(0, idx - 3):idx]]
            for n in range(min(3, len(heads)), 0, -1):
                rest = heads[len(heads) - n + 1:]
                for first in (heads[-n], _strip_proclitic(heads[-n])[0]):
                    eff = d.hedges_before.get(" ".join([first, *rest]))
                    if eff is not None:
                        return eff
            return None
        return None

    def _time_between(self, toks, idx: int) -> bool:
        """The digits at ``idx`` are a duration after a time preposition («خلال 24 ساعة»): a time complement
        between the count noun and its number, not the number the verb of exceeding bounds."""
        if idx + 1 >= len(toks) or _f(toks[idx - 1][2]) not in self.d.time_lead:
            return False
        u = self.d.units.get(_f(toks[idx + 1][2]))
        return u is not None and u.kind == "duration"

    # -- "نحو عام", "لمدة شهر", "من 30 يوماً إلى سنة": a singular unit noun counts one ---------------
    def _single_unit_matches(self, ft: str):
        """single_unit_re matches, found from the unit word (str.find, in C) instead of trying the
        hedge alternation, or even a lookahead, at every character."""
        hits = []
        for w in self.d.one_unit:  # a unit word right after a space
            k = ft.find(w)
            while k != -1:
                if k and ft[k - 1] == " ":
                    hits.append(k)
                k = ft.find(w, k + 1)
        hits.sort()
        ends = self.d.lead_ends
        for k in hits:
            j = k - 1
            while j > 0 and ft[j - 1].isspace():
                j -= 1
            if not ft.endswith(ends, 0, j):
                continue  # no lead phrase ends before the whitespace: single_unit_re cannot match here
            m = self.d.single_unit_re.search(ft, max(0, k - 24), min(len(ft), k + 6))
            if m is not None and m.start(1) == k:
                yield m

    def _single_units(self, text: str, folded, found: list[_Amount]) -> list[_Amount]:
        ft = folded.text
        out = []
        for m in self._single_unit_matches(ft):
            s, e = folded.span(m.start(1), m.end(1))
            after = text[e:e + 6]
            if _DIGIT_AFTER.match(after) or _WORD_FIRST.match(after[:1] or " "):
                continue
            lead = ft[m.start():m.start(1)].strip()
            if lead in ("الي", "حتي"):
                # only the far end of a change/range whose near end is a duration
                prev = [x for x in found if x.kind == "duration" and 0 <= folded.orig_index(m.start()) - x.end <= 3]
                if not prev:
                    continue
            nxt = _tokens_after(text, e, 1)
            if nxt and _f(nxt[0][2]) in ("واحد", "واحده"):
                continue  # "يوم واحد" is read with the number word
            am = _Amount(s, e, 1, 1, "duration", self.d.one_unit[m.group(1)], None, False, wstart=s)
            am.ext_end = e
            self._hedge(text, am)
            out.append(am)
        return out


_by_start = attrgetter("start")


def _word_before(window: str, k: int) -> str:
    """The whole word before the one holding window[k] («تجاوز» for the «عدد» of «تجاوز العدد»), by str.split."""
    parts = window[max(0, k - 24):k].rsplit(None, 2)
    if k and not window[k - 1].isspace():
        parts = parts[:-1]  # the noun's own proclitic or article («ال», «و», «أ»)
    return parts[-1] if parts else ""


def _next_starts(amounts: list[_Amount | None], end: int) -> list[int]:
    """For each amount, where the next one starts (``end`` after the last): a trailing bound found further on
    belongs to the nearer amount."""
    out = [end] * len(amounts)
    nxt = end
    for i in range(len(amounts) - 1, -1, -1):
        out[i] = nxt
        a = amounts[i]
        if a is not None:
            nxt = min(nxt, a.range_marker or a.wstart)
    return out


def _num(v):
    if isinstance(v, float) and v.is_integer():
        return int(v)
    return v


# Amounts at or beyond this are no figure anyone reports (an id, a hash, a hostile page): left
# out, so every value fits a 64-bit integer column and is exact as a float.
MAX_VALUE = 10 ** 15


def _in_range(v: Num | None) -> bool:
    """Amounts beyond MAX_VALUE ("999... مليار") are not figures anyone reports: left out."""
    return v is None or -MAX_VALUE < v < MAX_VALUE


def _phone_like(s: str) -> bool:
    groups = _DIGIT_RUNS.findall(s)
    total = sum(len(g) for g in groups)
    if "+" in s:
        return total >= 6
    return len(groups) >= 3 and total >= 7 and not _SPACED_DASH.search(s) or (len(groups) >= 2 and total >= 9)


_default: QuantityExtractor | None = None


def extract_quantities(text: str) -> list[dict]:
    """Quantity records (contract fields) for one text, in text order."""
    global _default
    if _default is None:
        _default = QuantityExtractor()
    return _default.extract(text)
