"""Arabic dates, resolved against the document's publication date (never the clock).

Arabic news writes one date many ways: four month-name families and their paired forms
("نيسان/أبريل"), days as digits in any script or as ordinal words, numeric dates, years behind a
cue word, parts of years and months, relative days/weeks/months/years, weekdays with or without
الماضي/المقبل, Hijri dates, holidays, and English dates in quoted tweets. The extractor works on
the folded text (normalize.fold) so hamza, ta marbuta and digit variants need no extra rules, and
maps every span back to the original text.

Design: anchor words (month names, year cues, relative words, weekdays, holidays...) are found
with patterns compiled from the lexicons in data/dates/, then each anchor grows left and right
with small anchored patterns (day before a month, year after it, a weekday before a date, a part
word before a year...). Overlapping candidates keep the longest; adjacent dates joined by إلى /
حتى / - (or بين ... و) become an interval of two linked records.

Conventions (documented because analysts sort by them):
- A year-less date takes the publication year, or the previous year when it would otherwise lie
  more than a month after publication; a future cue in the sentence (سوف، المقبل، من المقرر...)
  points it forward instead. ``orientation="future"`` reproduces Duckling's convention (the month
  this year if not yet past, else next year; a bare weekday is the next one after the anchor).
- A bare weekday in news is the most recent one on or before publication (future cue: the next
  one on or after it). "الماضي" means strictly before, "المقبل/القادم" strictly after.
- Part of a year ("منتصف عام 2013") keeps year grain with ``part``; part of a month ("مطلع
  يونيو", "أواخر شباط", "نهاية الشهر الجاري") keeps month grain with ``part`` (early, mid, late)
  and ``approx``: the text names no day, so none is invented (``orientation="future"``, Duckling's
  convention, still reads 1st/15th/last day or a 1-10/11-20/21-last range).
- A Hijri year alone gives the Gregorian year holding most of its days (1445 هـ → 2024), with the
  exact Gregorian first/last days in ``covers``; a Hijri month and year gives the Gregorian month
  holding its middle day, also with ``covers``.
- A date that cannot exist (31 شباط, 30/2/2020) is refused: no record, and no shorter reading of
  the same words either.
"""
from __future__ import annotations

import calendar
import json
import datetime as dt
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable

from ..arabic.normalize import Folded, fold, fold_str
from ..arabic.scan import finditer_at
from ..arabic.tokens import Sentence
from ..dateinput import MAX_YEAR, MIN_YEAR
from ..arabic.tokens import sentences as split_sentences

DATA = Path(__file__).resolve().parent.parent / "data" / "dates"

__all__ = ["DateExtractor", "extract_dates", "parse_english_date", "parse_iso_date"]


# ----------------------------------------------------------------------------------------------
# lexicons


def _scan(rx: re.Pattern, text: str, starts: list[int]):
    """``finditer_at``, with no generator made when no match can start (most scans on most texts)."""
    return finditer_at(rx, text, starts) if starts else ()


def _rows(name: str) -> list[list[str]]:
    out = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        out.append(cells)
    return out


def _key(s: str) -> str:
    return " ".join(fold_str(s).split())


def _alt(forms) -> str:
    """A prefix-factored (trie) alternation of the folded forms: Python's re tries alternatives
    one by one, so sharing prefixes makes the anchor scans several times faster."""
    trie: dict = {}
    for f in {_key(f) for f in forms if _key(f)}:
        node = trie
        for ch in f:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_re(trie)


def _trie_re(node: dict) -> str:
    end = "" in node
    branches = []
    for ch in sorted((k for k in node if k), key=lambda k: -_depth(node[k])):
        piece = r"\s+" if ch == " " else re.escape(ch)
        branches.append(piece + _trie_re(node[ch]))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    # longest first: the optional tail is tried before stopping here
    return f"(?:{body})?" if end else body


def _depth(node: dict) -> int:
    return 1 + max((_depth(v) for k, v in node.items() if k), default=0)


# Anchor kinds (bits): which whole-text scan an anchor word can start.
(A_MONTH, A_HMONTH, A_WEEKDAY, A_REL, A_HOL, A_FUT, A_YEARCUE, A_SHAHR, A_MITHL, A_OFFSET,
 A_RANGE) = (1 << i for i in range(11))
_N_ANCHOR_KINDS = 11
_WORD_RUN = re.compile(r"\w+")
_PRE1 = "وفبلك"  # letters a proclitic chain PRE may start with (و ف, then ب ل ك)
_PRE2 = tuple(a + b for a in "وف" for b in "بلك")
_DIGIT, _DIGIT_PRE = -1, -2  # AC values of a word starting with a digit / with a proclitic and a digit
# Windows-1256 byte -> itself if it is a word character (re's \w), else a space: one
# bytes.translate marks the word boundaries of a folded text at C speed
_WORD_BYTES = bytes(b if re.match(r"\w", bytes([b]).decode("cp1256", "replace")) else 0x20 for b in range(256))


def _substring_test(words) -> Callable[[str], bool]:
    """``lambda s: any(w in s for w in words)`` by an Aho-Corasick automaton: one pass in C over a
    short window instead of a substring scan per word (these tests run for every month, year and
    relative date; the search they guard runs only when one passes)."""
    import ahocorasick

    auto = ahocorasick.Automaton()
    for w in words:
        if w:
            auto.add_word(w, None)
    if not len(auto):
        return lambda s: False
    auto.make_automaton()
    it = auto.iter

    def test(s: str) -> bool:
        return next(it(s), None) is not None
    return test


def _anchor_automaton(words: dict[str, int]):
    """Aho-Corasick over " word " for every anchor word with each proclitic chain, and " 7",
    " و7" for numbers: one pass over the boundary-marked text finds every anchor."""
    import ahocorasick

    auto = ahocorasick.Automaton()
    masks: dict[str, int] = {}
    for w, mask in words.items():
        for p in ("", *_PRE1, *_PRE2):
            key = f" {p}{w} "
            masks[key] = masks.get(key, 0) | mask
    for key, mask in masks.items():  # the kinds as a tuple of indices: no bit loop per match
        auto.add_word(key, (len(key), tuple(i for i in range(mask.bit_length()) if mask >> i & 1)))
    for d in "0123456789":
        auto.add_word(" " + d, (2, _DIGIT))
        for p in _PRE1:
            auto.add_word(f" {p}{d}", (3, _DIGIT_PRE))
    auto.make_automaton()
    return auto



def _add_kinds(kinds: list[list[int]], mask: int, s: int) -> None:
    """Word start ``s`` listed under every anchor kind whose bit is set in ``mask``."""
    i = 0
    while mask:
        if mask & 1:
            kinds[i].append(s)
        mask >>= 1
        i += 1


class _Anchors:
    """Where each whole-text scan can start a match, found in one pass.

    A scan pattern (``re_month`` ...) tried at every character costs ~40 ns a character per
    pattern, a dozen patterns per text: most of the date stage. But each of them starts a
    match at the start of a word (``(?<!\\w)``): a lexicon form's first word after at most
    two proclitic letters, a number (after at most one), or a word before a number (``بين
    عامي 2011``, ``في مثل``). This lists those starts once per text (Aho-Corasick over the text
    with its word boundaries marked); :func:`_scan` tries a pattern only there and returns
    exactly what ``finditer`` returns (tested against it)."""

    __slots__ = ("kinds", "digit", "digit_pre")

    def __init__(self, ft: str, L: "_Lex") -> None:
        self.kinds: list[list[int]] = [[] for _ in range(_N_ANCHOR_KINDS)]
        self.digit: list[int] = []  # words starting with a digit
        self.digit_pre: list[int] = []  # ... or with a proclitic letter before it ("و2011")
        try:
            marked = " " + ft.encode("cp1256").translate(_WORD_BYTES).decode("cp1256") + " "
        except UnicodeEncodeError:
            self._by_words(ft, L.anchor_words)
        else:
            self._by_automaton(marked, L.anchor_auto)
        mithl = self.kinds[8]
        if mithl:  # "في مثل هذا اليوم": the match starts a word earlier
            for s in list(mithl):
                j = s
                while j > 0 and ft[j - 1].isspace():
                    j -= 1
                if j < s:
                    while j > 0 and (ft[j - 1].isalnum() or ft[j - 1] == "_"):  # re's \w
                        j -= 1
                    mithl.append(j)
            mithl.sort()
        self.digit_pre = sorted(set(self.digit + self.digit_pre))
        rng = self.kinds[10]
        self.kinds[10] = sorted(set(rng + self.digit))

    def _by_automaton(self, marked: str, auto) -> None:
        kinds, digit, digit_pre = self.kinds, self.digit, self.digit_pre
        for end, (n, ks) in auto.iter(marked):
            s = end - n + 1  # the key's leading space in ``marked`` = the word's start in the text
            if ks == _DIGIT:
                digit.append(s)
            elif ks == _DIGIT_PRE:
                digit_pre.append(s)
            else:
                for k in ks:
                    kinds[k].append(s)
        for k in kinds:  # a shorter key ends first: starts may come out of order
            k.sort()

    def _by_words(self, ft: str, words: dict[str, int]) -> None:
        """The same, word by word (text outside Windows-1256)."""
        kinds, digit, digit_pre = self.kinds, self.digit, self.digit_pre
        get = words.get
        for m in _WORD_RUN.finditer(ft):
            w = m.group()
            s = m.start()
            c0 = w[0]
            mask = get(w, 0)
            if c0.isdecimal():
                digit.append(s)
            elif c0 in _PRE1 and len(w) > 1:
                mask |= get(w[1:], 0)
                if w[1].isdecimal():
                    digit_pre.append(s)
                if len(w) > 2 and c0 in "وف" and w[1] in "بلك":
                    mask |= get(w[2:], 0)
            _add_kinds(kinds, mask, s)

    def of(self, kind: int) -> list[int]:
        return self.kinds[kind.bit_length() - 1]


class _Lex:
    """Every lexicon and compiled pattern, built once per process."""

    def has_weekday(self, win: str) -> bool:
        """Can ``win`` hold a weekday name? (a substring test, before a search that needs one)"""
        return self._has_wd_cores(win)

    def part_before(self, win: str):
        """``l_part.search(win)`` after the substring test."""
        return self.l_part.search(win) if self.has_part(win) else None

    def daypart_before(self, win: str):
        """``l_daypart.search(win)`` when a part of the day («صباح», «ليل» ...) is in ``win``."""
        return self.l_daypart.search(win) if self._has_daypart_words(win) else None

    def has_season(self, win: str) -> bool:
        """Can ``win`` end with a season word? (a cheap test before the search)"""
        return self._has_seasons(win)

    def has_part(self, win: str) -> bool:
        """Can ``win`` hold a part word («مطلع», «أواخر» ...)? (every part form ends with one of these)"""
        return self._has_part_last(win)

    def __init__(self) -> None:
        self.months: dict[str, tuple[int, bool]] = {}
        for r in _rows("months.tsv"):
            self.months[_key(r[0])] = (int(r[1]), len(r) > 3 and "amb" in r[3])
        self.hmonths: dict[str, tuple[int, bool]] = {}
        for r in _rows("hijri_months.tsv"):
            self.hmonths[_key(r[0])] = (int(r[1]), len(r) > 2 and "amb" in r[2])
        self.weekdays: dict[str, tuple[int, bool]] = {}
        for r in _rows("weekdays.tsv"):
            self.weekdays[_key(r[0])] = (int(r[1]), len(r) > 2 and "bare" in r[2])
        self.relative = {_key(r[0]): (r[1], int(r[2])) for r in _rows("relative.tsv")}
        self.needs_part = {_key(r[0]) for r in _rows("relative.tsv") if len(r) > 3 and r[3] == "after_part"}
        self.mods = {_key(r[0]): int(r[1]) for r in _rows("modifiers.tsv")}
        self.units = {_key(r[0]): (r[1], int(r[2]) if len(r) > 2 and r[2] else None) for r in _rows("units.tsv")}
        self.parts = {_key(r[0]): (r[1], r[2]) for r in _rows("parts.tsv")}
        self.part_last = frozenset(k.split()[-1] for k in self.parts)  # a cheap test before a part search
        self.ords = {_key(r[0]): int(r[1]) for r in _rows("day_ordinals.tsv")}
        # last words of the day ordinals, and «يوم»: what a day before its connector ends with
        self.ord_last = frozenset(k.split()[-1] for k in self.ords) | {"يوم"}
        self.cards = {_key(r[0]): int(r[1]) for r in _rows("cardinals.tsv")}
        self.year_cues = [_key(r[0]) for r in _rows("year_cues.tsv")]
        self.holidays: dict[str, tuple[str, int, int, str]] = {}
        for r in _rows("holidays.tsv"):
            r = r + [""] * (5 - len(r))
            self.holidays[_key(r[0])] = (r[1], int(r[2]), int(r[3]), r[4])
        self.eng = {r[0].lower(): int(r[1]) for r in _rows("english_months.tsv")}
        self.decades = {_key(r[0]): int(r[1]) for r in _rows("decades.tsv")}
        self.centuries = {_key(r[0]): int(r[1]) for r in _rows("decade_centuries.tsv")}
        self.future = [_key(r[0]) for r in _rows("future_cues.tsv")]

        MON, HMON = _alt(self.months), _alt(self.hmonths)
        WD, ORD, CARD = _alt(self.weekdays), _alt(self.ords), _alt(self.cards)
        # every weekday form holds one of these (the form without its article)
        self.wd_cores = tuple(sorted({k[2:] if k.startswith("ال") else k for k in self.weekdays}))
        MOD, UNIT, PART = _alt(self.mods), _alt(self.units), _alt(self.parts)
        REL, HOL, YC = _alt(self.relative), _alt(self.holidays), _alt(self.year_cues)
        ENG = "(?:" + "|".join(sorted(self.eng, key=len, reverse=True)) + ")"
        PRE = r"(?<!\w)(?P<pre>(?:و|ف)?(?:ب|ل|ك)?)"
        self.ORD, self.WD, self.PART = ORD, WD, PART
        c = re.compile
        self.re_month = c(PRE + rf"(?P<w>{MON})(?!\w)")
        self.re_month_num = c(r"(?<!\w)(?P<pre>[وفب]?)(?P<w>(?:ال)?شهر)\s+(?:(?P<n>\d{1,2})(?!\d)|"
                              rf"(?P<c>{CARD})(?!\w)|(?P<o>{ORD})(?!\w))")
        self.re_hmonth = c(PRE + rf"(?P<w>{HMON})(?!\w)")
        self.re_weekday = c(PRE + rf"(?P<w>{WD})(?!\w)")
        self.re_rel = c(PRE + rf"(?P<w>{REL})(?!\w)")
        # "ثمانينيات القرن الماضي", "الستينات": a decade word (stem + يات/ات), its century optional
        self.re_decade = c(rf"(?<!\w)[وفبلك]?(?P<d>(?:ال)?(?P<w>{_alt(self.decades)})(?:يات|ات))(?!\w)"
                           rf"(?:\s+(?:من\s+)?القرن\s+(?P<q>{_alt(self.centuries)})(?!\w))?")
        self.r_age_after = c(r"\s+(?:من\s+)?(?:ال)?عمر")  # "في العشرينيات من عمره": an age, no date
        self.re_hol = c(PRE + rf"(?P<w>{HOL})(?!\w)(?:(?:\s+(?:من\s+)?(?:ال)?(?:عام|سنه)|\s+لعام)?\s*(?P<y>\d{{4}})(?!\d))?")
        self.re_offset = c(r"(?<!\w)(?P<pre>[وف]?)(?P<p>قبل|منذ|بعد|من)\s+"
                           r"(?:(?P<h>نحو|حوالي|حوالي|قرابه|زهاء|ما\s+يقارب|ما\s+يزيد\s+عن|اكثر\s+من|اقل\s+من)\s+)?"
                           rf"(?:(?P<n>\d{{1,3}})\s*|(?P<c>{CARD})\s+)?(?P<u>{UNIT})(?!\w)(?P<t>\s+تقريبا)?")
        self.re_yearcue = c(r"(?<!\w)(?P<pre>[وفبل]?)(?P<w>" + YC + r")\s+(?P<y>\d{3,4})(?!\d)(?P<ad>\s*م(?!\w))?")
        self.re_year_and = c(r"\s*و\s*(?P<y>\d{4})(?!\d)(?P<ad>\s*م(?!\w))?")
        self.re_bare_year = c(r"(?<![\w.,/:\-])(?P<pre>[وفب]?)(?P<y>(?:1[89]|20)\d\d)(?P<ad>م)?(?![\w%٪]|[.,/:\-]\d)")
        self.re_year_range = c(r"(?<!\w)(?:(?P<p>بين|من)\s+)?(?P<cue>(?:ال)?(?:عامي|عام|سنتي|سنه)\s+|الفتره\s+)?"
                               r"(?P<y1>(?:1[89]|20)\d\d)\s*(?P<conn>-|–|و|الى|الي|حتي|وحتي|لغايه|ولغايه)\s*"
                               r"(?:(?:ال)?(?:عام|سنه)\s+)?(?P<y2>(?:1[89]|20)\d\d)(?!\d)(?P<ad>\s*م(?!\w))?")
        self.re_hyear = c(r"(?<![\w/])(?P<y>\d{3,4})\s*(?P<h>ه|هجري(?:ه|ا)?)(?!\w)")
        self.re_iso = c(r"(?<![\w/.\-])(?P<y>\d{4})(?P<s>[-/.])(?P<m>\d{1,2})(?P=s)(?P<d>\d{1,2})(?![\w/]|[.\-]\d)")
        self.re_dmy = c(r"(?<![\w/.\-])(?P<d>\d{1,2})(?P<s>[-/.])(?P<m>\d{1,2})(?P=s)(?P<y>\d{4}|\d{2})(?![\w/]|[.\-]\d)"
                        r"(?P<h>\s*(?:ه|هجري(?:ه|ا)?)(?!\w))?(?:\s*م(?!\w))?")
        self.re_my = c(r"(?<![\w/.\-])(?P<m>\d{1,2})/(?P<y>(?:1[89]|20)\d\d)(?![\w/]|[.\-]\d)")
        self.re_eng_mdy = c(rf"(?<![A-Za-z])(?P<mon>{ENG})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})(?!\d)", re.I)
        self.re_eng_dmy = c(rf"(?<![\w])(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<mon>{ENG})\.?,?\s+(?P<y>\d{{4}})(?!\d)", re.I)
        self.re_same_day = c(r"(?<!\w)(?P<pre>[وف]?)(?P<w>(?:في\s+)?مثل\s+هذا\s+اليوم)\s+(?:من\s+)?(?:(?:ال)?(?:عام|سنه)\s+)?"
                             r"(?P<y>\d{4})(?!\d)")
        self.re_future = c(r"(?<!\w)(?:[وف]?)" + _alt(self.future) + r"(?!\w)")
        self.re_sig = c(r"—\s*[^\n—]{1,120}?\(@(?P<h>\w{1,30})\)\s*"
                        rf"(?P<date>(?P<mon>{ENG})\.?\s+(?P<d>\d{{1,2}}),?\s+(?P<y>\d{{4}}))", re.I)
        # right-side growth after a month name
        self.r_pair = c(rf"\s*(?:/|\\|-|–)\s*(?:\(\s*)?(?P<w>{MON})(?!\w)(?:\s*\))?|\s*\(\s*(?P<w2>{MON})\s*\)")
        self.r_dayrange = c(r"\s+(?P<d1>\d{1,2})\s*(?:-|–|الى|الي|حتي)\s*(?P<d2>\d{1,2})(?!\d)")
        self.r_mdy = c(r"\s+(?P<d>\d{1,2})\s*,\s*(?P<y>\d{4})(?!\d)")
        self.r_year = c(r"\s*,?\s*(?:(?:من|في)\s+)?(?:(?:[بل]|ال)?(?:عام|سنه)\s+)?(?P<y>\d{4})(?!\d)(?P<ad>\s*م(?!\w))?")
        self.r_hmark = c(r"\s*(?:ه|هجري)")
        self.r_relyear = c(rf"\s+(?:من\s+)?(?P<w>(?:ال)?(?:عام|سنه)\s+{MOD})(?!\w)")
        self.r_mod = c(rf"\s+(?P<w>{MOD})(?!\w)")
        self.r_wd_after = c(rf"\s*,?\s*(?:يوم\s+)?(?P<w>{WD})(?!\w)")
        self.r_ord_after = c(rf"\s+(?P<o>{ORD})(?!\w)(?!\s*(?:من|في)\s)")
        # "رمضان 1433 هـ", "شهر رمضان من عام 1433 هـ", "رمضان عام 1433 للهجرة"
        self.r_hyear = c(r"(?:\s+(?:من\s+)?(?:ال)?(?:عام|سنه)|\s+لعام)?\s*(?P<y>\d{3,4})(?!\d)\s*"
                         r"(?P<h>ه|هجري(?:ه|ا)?|للهجره)?(?!\w)")
        # left-side growth (matched against the text just before a candidate, anchored at its end)
        CONN = r"(?:\s+(?:من|في)\s+|\s+ب|\s*,\s*|\s+)"
        self.CONN = CONN
        self.l_shahr = c(r"(?<!\w)(?P<w>(?:ال)?شهر)\s+\Z")
        self.l_nth1 = c(rf"(?<!\w)(?P<nth>{ORD}|اخر)\s+(?:يوم\s+)?(?P<wd>{WD}){CONN}\Z")
        self.l_nth2 = c(rf"(?<!\w)(?:يوم\s+)?(?P<wd>{WD})\s+(?P<nth>{ORD}|الاخير|الاخيره){CONN}\Z")
        self.l_day = c(rf"(?:(?<!\w)(?:(?:يوم\s+)?(?P<wd>{WD})\s*,?\s*(?:(?:الموافق|في)\s+)?)?|(?<=(?<!\w)[وف]))"
                       rf"(?P<day>(?:(?<!\w)يوم\s+)?(?:ال)?(?P<dn>\d{{1,2}})|(?:(?:اليوم|يوم)\s+)?(?P<do>{ORD})(?:\s+يوم)?){CONN}\Z")
        self.l_reldayword = c(r"(?<!\w)[وف]?(?:امس|اليوم|غدا|البارحه|الغد)\s*,?\s*\Z")
        self.l_lastday = c(rf"(?<!\w)(?:اخر\s+يوم|اليوم\s+الاخير){CONN}\Z")
        # a part word may carry و/ف: "بين آذار 2011 ونهاية نيسان 2014" (the span starts after it)
        self.l_part = c(rf"(?<!\w)[وف]?(?P<w>{PART}){CONN}\Z")
        self.l_part_year = c(rf"(?<!\w)[وف]?(?P<w>{PART})\s+(?:من\s+)?\Z")  # "الربع الأول من العام"
        self.l_wd = c(rf"(?<!\w)(?:يوم\s+)?(?P<wd>{WD})\s*,?\s*(?:(?:الموافق|في)\s+)?(?:يوم\s+)?\Z")
        self.l_dayfrom = c(rf"(?:(?<!\w)[وف]?(?P<p>من|بين)\s+|(?<!\w)[وف]?)(?:(?:اليوم|يوم)\s+)?(?:(?P<dn>\d{{1,2}})|(?P<do>{ORD}))\s*"
                           r"(?P<conn>-|–|الى|الي|حتي|وحتي|لغايه|ولغايه|و)\s*\Z")
        self.l_nth_after = c(rf"(?<!\w)(?P<nth>{ORD})\s+(?:يوم\s+)?(?P<wd>{WD})\s+بعد\s+\Z")
        self.l_wd_week = c(rf"(?<!\w)(?P<wd>{WD})\s+(?:من\s+)?\Z")
        self.l_this = c(r"(?<!\w)(?P<w>هذا)\s+\Z")
        self.l_yom = c(r"(?<!\w)يوم\s+\Z")
        # "صباح الخميس", "ليل السبت": the part of the day belongs to the date's span
        self.l_daypart = c(rf"(?<!\w)[وف]?(?P<w>{_alt(r[0] for r in _rows('day_parts.tsv'))})\s+\Z")
        self.daypart_words = tuple(_key(r[0]) for r in _rows("day_parts.tsv"))
        # "عشية عيد الفطر", "ثاني أيام عيد الأضحى": a day counted from the holiday's first
        self.hol_offsets = {_key(r[0]): int(r[1]) for r in _rows("holiday_offsets.tsv")}
        self.l_holoff = c(rf"(?<!\w)[وف]?(?P<w>{_alt(self.hol_offsets)})\s+\Z")
        # "قبل يومين من عيد الأضحى", "بعد أسبوع على عيد الفطر": days or weeks counted from a holiday
        self.l_holrel = c(r"(?<!\w)[وف]?(?P<p>قبل|بعد)\s+(?:(?P<n>\d{1,2})\s*|(?P<c>" + CARD + r")\s+)?"
                          rf"(?P<u>{_alt(k for k, v in self.units.items() if v[0] in ('day', 'week'))})\s+(?:من|علي)\s+\Z")
        self.seasons = {_key(r[0]): r[1] for r in _rows("seasons.tsv")}
        self.l_season = c(rf"(?<!\w)[وف]?(?P<w>{_alt(self.seasons)})\s+\Z")
        # the cheap tests before the window searches (has_part ...)
        self._has_wd_cores = _substring_test(self.wd_cores)
        self._has_part_last = _substring_test(self.part_last)
        self._has_daypart_words = _substring_test(self.daypart_words)
        self._has_seasons = _substring_test(self.seasons)
        self.l_prevword = c(r"(?P<w>[^\s\d]+)\s*\Z")
        self.l_between = c(r"(?<!\w)(?P<w>بين)\s+(?:(?:ال)?(?:عامي|يومي|شهري)\s+)?\Z")
        self.gap_conn = c(r"\s*(?P<c>-|–|—|الى|الي|حتي|وحتي|لغايه|ولغايه|و)\s*")
        self.r_nextword = c(r"\s*(?P<w>[^\s]+)")
        # "اليوم التالي", "اليوم نفسه", "اليوم الأول": a day of the story, not today ("اليوم لمدة
        # ساعتين", "اليوم لبحث": a purpose or a duration after it leaves it today; "صباح اليوم من بلدة
        # عربين": where from, not "the day of")
        self.r_after_rel_guard = c(rf"\s+(?:{ORD})(?!\w)|\s+(?:من(?!\s+(?:ال)?(?:بلده|بلدات|مدينه|مدن|قريه|قري|حي|"
                                   rf"احياء|مخيم|منطقه|مناطق|ريف|محافظه|معبر|مطار)(?!\w))|نفسه|ذاته|التالي|"
                                   rf"الموالي|اللاحق|الذي)(?!\w)")
        self.r_same_year = c(r"\s+(?:من\s+|في\s+)?(?:(?:ال)?(?:عام|سنه)\s+(?:نفسه|نفسها|ذاته|ذاتها)|(?:نفس|ذات)\s+(?:ال)?(?:عام|سنه))(?!\w)")
        self.re_any_year = c(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")
        self.r_after_offset_guard = c(r"\s+(?:من|علي)(?!\w)|\s+ل\w|\s+عل[يى](?!\w)")

        # Anchor words: the first word of every form a whole-text scan starts with, so a scan
        # tries its pattern only where a match can begin (see _Anchors)
        self.anchor_words: dict[str, int] = {}
        for bit, forms in ((A_MONTH, self.months), (A_HMONTH, self.hmonths), (A_WEEKDAY, self.weekdays),
                           (A_REL, self.relative), (A_HOL, self.holidays), (A_FUT, self.future),
                           (A_YEARCUE, self.year_cues), (A_SHAHR, ("شهر", "الشهر")), (A_MITHL, ("مثل",)),
                           (A_OFFSET, ("قبل", "منذ", "بعد", "من")),
                           (A_RANGE, ("بين", "من", "عامي", "عام", "سنتي", "سنه", "العامي", "العام", "السنتي",
                                      "السنه", "الفتره"))):
            for f in forms:
                w = _key(f).split(" ")[0]
                self.anchor_words[w] = self.anchor_words.get(w, 0) | bit
        self.anchor_auto = _anchor_automaton(self.anchor_words)


@lru_cache(maxsize=1)
def _lex() -> _Lex:
    return _Lex()


@lru_cache(maxsize=1)
def _context() -> dict[str, frozenset[str]]:
    """Context words (data/dates/context.json) deciding whether a bare number or an ambiguous
    name is a date: "في 2024." is a year, "2000 عنصر" is a count."""
    raw = json.loads((DATA / "context.json").read_text(encoding="utf-8"))
    return {k: frozenset(fold_str(w) for w in v) for k, v in raw.items() if not k.startswith("_")}


# ----------------------------------------------------------------------------------------------
# calendar helpers


def _valid(y: int, m: int, d: int) -> bool:
    return 1 <= m <= 12 and 1 <= d <= calendar.monthrange(y, m)[1] if 1 <= y <= 9999 else False


def _last_day(y: int, m: int) -> int:
    return calendar.monthrange(y, m)[1]


def _add_months(y: int, m: int, k: int) -> tuple[int, int]:
    n = y * 12 + (m - 1) + k
    return n // 12, n % 12 + 1


def _easter(y: int) -> dt.date:
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month = (h + l_ - 7 * m + 114) // 31
    day = (h + l_ - 7 * m + 114) % 31 + 1
    return dt.date(y, month, day)


def _hijri_to_greg(hy: int, hm: int, hd: int) -> dt.date | None:
    try:
        from hijridate import Hijri

        g = Hijri(hy, hm, hd).to_gregorian()
        return dt.date(g.year, g.month, g.day)
    except (ValueError, OverflowError):
        return None


def _hijri_month_len(hy: int, hm: int) -> int | None:
    try:
        from hijridate import Hijri

        return Hijri(hy, hm, 1).month_length()
    except (ValueError, OverflowError):
        return None


def _greg_to_hijri_year(d: dt.date) -> int | None:
    try:
        from hijridate import Gregorian

        return Gregorian(d.year, d.month, d.day).to_hijri().year
    except (ValueError, OverflowError):
        return None


def _hijri_year_span(hy: int) -> tuple[dt.date, dt.date] | None:
    a = _hijri_to_greg(hy, 1, 1)
    b = _hijri_to_greg(hy + 1, 1, 1)
    if a and b:
        return a, b - dt.timedelta(days=1)
    return None


def parse_iso_date(s: Any) -> dt.date | None:
    """A YYYY-MM-DD (optionally followed by a time) as a date, else None."""
    if isinstance(s, dt.datetime):
        return s.date()
    if isinstance(s, dt.date):
        return s
    if not isinstance(s, str):
        return None
    return _parse_iso_str(s)


_ISO_DATE = re.compile(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})")


@lru_cache(maxsize=4096)
def _parse_iso_str(s: str) -> dt.date | None:
    """(cached: every document of a crawl day carries the same publication string)"""
    m = _ISO_DATE.match(s)
    if not m:
        return None
    y, mo, d = map(int, m.groups())
    return dt.date(y, mo, d) if _valid(y, mo, d) else None


def _eng_key(month: str) -> str:
    """An English month name as re.I matched it, as a key of the month table: re.I also reads
    "ſ" as s and "ı"/"İ" as i, which lower() keeps apart."""
    return month.lower().replace("i\u0307", "i").replace("ı", "i").replace("ſ", "s")


def _anchor_date(s: Any) -> dt.date | None:
    """A publication or post date to resolve relative dates against: only years news is dated
    in (dateinput's bounds). "غداً" from 9999-12-31 would fall off the calendar; a record or an
    embed claiming such a date anchors nothing (its relative dates stay unresolved), and
    ``marsad.analyze`` refuses it with a DateError before any stage runs."""
    d = parse_iso_date(s)
    return d if d is not None and MIN_YEAR <= d.year <= MAX_YEAR else None


def parse_english_date(s: str | None) -> str | None:
    """First English date in ``s`` ("December 4, 2024", "Dec 4, 2024", "4 Dec 2024", "2024-12-04",
    "10:05 PM · Dec 4, 2024") as YYYY-MM-DD, or None. For tweet and embed dates."""
    if not s or not isinstance(s, str):
        return None
    L = _lex()
    best = None
    for rx in (L.re_eng_mdy, L.re_eng_dmy):
        m = rx.search(s)
        if m and (best is None or m.start() < best.start()):
            best = m
    if best is not None:
        y, mo, d = int(best.group("y")), L.eng[_eng_key(best.group("mon"))], int(best.group("d"))
        return dt.date(y, mo, d).isoformat() if _valid(y, mo, d) else None
    iso = parse_iso_date(s)
    return iso.isoformat() if iso else None


# ----------------------------------------------------------------------------------------------
# candidates


@dataclass
class _Cand:
    s: int  # folded offsets
    e: int
    grain: str | None
    y: int | None = None
    m: int | None = None
    d: int | None = None
    week: tuple[int, int] | None = None
    info: dict = field(default_factory=dict)
    inferred: bool = False  # year inferred from the anchor (interval partners may correct it)
    group: list["_Cand"] | None = None  # an interval found as one pattern: its two ends
    unresolved: bool = False  # relative with no anchor: value null

    def value(self) -> str | None:
        if self.unresolved or self.y is None:
            return None
        if self.grain == "year":
            return f"{self.y:04d}"
        if self.grain == "month":
            return f"{self.y:04d}-{self.m:02d}"
        if self.grain == "week":
            return f"{self.week[0]:04d}-W{self.week[1]:02d}"
        return f"{self.y:04d}-{self.m:02d}-{self.d:02d}"

    def date(self) -> dt.date | None:
        if self.y is None or self.unresolved:
            return None
        return dt.date(self.y, self.m or 1, self.d or 1)

    def set_date(self, d: dt.date, grain: str = "day") -> None:
        self.y, self.m, self.d, self.grain = d.year, d.month, d.day, grain
        if grain == "week":
            iy, iw, _ = d.isocalendar()
            self.week = (iy, iw)
        elif grain == "month":
            self.d = None
        elif grain == "year":
            self.m = self.d = None


class _Refused(Exception):
    """An impossible date (31 شباط): its span is blocked for every reading."""


def _post_start(ft: str, sig: int, newlines: list[int]) -> int:
    """Start of a quoted post ending at signature ``sig``: its line, plus the short lines just
    above it (a hashtag line, a one-line lead) back to a blank line; never an introducing line
    ending with a colon. Line starts come from ``newlines`` (the text's line breaks, ascending)
    by bisect: an rfind per post rescans a long line once per post."""

    def line_start(i: int) -> int:  # ft.rfind("\n", 0, i) + 1
        k = bisect_left(newlines, i)
        return newlines[k - 1] + 1 if k else 0

    start = line_start(sig)
    for _ in range(3):
        if start <= 0:
            break
        prev_start = line_start(start - 1)
        line = ft[prev_start:start - 1].strip()
        if not line or line.endswith(":") or (len(line) >= 40 and not line.startswith("#")):
            break
        start = prev_start
    return start


def _first_occurrences(ft: str, keys: list[str]) -> list[int]:
    """``[ft.find(k) for k in keys]``: a few keys are looked for directly; many (a page of
    quoted posts, whose texts were mostly lifted out of it) in one Aho-Corasick pass, not one
    scan of the whole text per key."""
    if len(keys) <= 8:
        return [ft.find(k) for k in keys]
    import ahocorasick

    auto = ahocorasick.Automaton()
    for k in keys:
        if k:
            auto.add_word(k, k)
    first: dict[str, int] = {}
    if len(auto):
        auto.make_automaton()
        for end, k in auto.iter(ft):
            if k not in first:
                first[k] = end - len(k) + 1
    return [first.get(k, -1) if k else 0 for k in keys]


class _Ctx:
    """One text being read: folded text, anchors, sentence bounds, future cues."""

    def __init__(self, text: str, published: Any, orientation: str, embeds: list[dict] | None,
                 folded: Folded | None = None, sentences: list[Sentence] | None = None):
        self.L = _lex()
        # the Document's shared folded text when the pipeline has one (folded once per document)
        self.f: Folded = folded if folded is not None and folded.original is text else fold(text)
        self.ft = self.f.text
        self.anchor = _anchor_date(published)
        self.orientation = orientation
        self.refused: list[tuple[int, int]] = []
        self.cands: list[_Cand] = []
        ft = self.ft
        # the Document's sentence split when there is one (else made on first need)
        self._sents = sentences if folded is not None and folded is self.f else None
        self._sent_starts: list[int] | None = None
        self.anchors = _Anchors(ft, self.L)
        self._fut = [m.start() for m in _scan(self.L.re_future, ft, self.anchors.of(A_FUT))]
        # regions with their own anchor: quoted posts ("— name (@handle) Month D, YYYY")
        self.regions: list[tuple[int, int, dt.date]] = []
        self.signatures: set[int] = set()  # start of each quoted post's own date
        prev_end = 0
        newlines: list[int] | None = None
        for m in self.L.re_sig.finditer(ft):
            y, mo, d = int(m.group("y")), self.L.eng[_eng_key(m.group("mon"))], int(m.group("d"))
            if not _valid(y, mo, d) or not MIN_YEAR <= y <= MAX_YEAR:
                continue
            if newlines is None:
                newlines = []
                k = ft.find("\n")
                while k != -1:
                    newlines.append(k)
                    k = ft.find("\n", k + 1)
            start = _post_start(ft, m.start(), newlines)
            start = max(prev_end, start)
            self.regions.append((start, m.end(), dt.date(y, mo, d)))
            self.signatures.add(m.start("date"))
            prev_end = m.end()
        n_sig = len(self.regions)  # the posts signed in the text: disjoint, in order
        posts = []
        for emb in embeds or ():
            et, ed = emb.get("text") if isinstance(emb, dict) else None, None
            if isinstance(emb, dict):
                ed = _anchor_date(emb.get("date")) or _anchor_date(parse_english_date(emb.get("date")))
            if et and ed and len(et) >= 20:
                posts.append((fold_str(et), ed))
        for (fe, ed), i in zip(posts, _first_occurrences(ft, [fe[:200] for fe, _ in posts])):
            if i >= 0:
                self.regions.append((i, i + len(fe), ed))
        # look-ups by bisect (a scan of every region per date was quadratic on a page of posts):
        # the signed posts are disjoint; the embeds' regions too, else they are scanned in order
        self._sig_starts = [r[0] for r in self.regions[:n_sig]]
        self._emb = sorted(self.regions[n_sig:], key=lambda r: r[0])
        self._emb_disjoint = all(a[1] <= b[0] for a, b in zip(self._emb, self._emb[1:]))
        self._emb_starts = [r[0] for r in self._emb]
        self._n_sig = n_sig
        merged: list[list[int]] = []
        for s, e, _ in sorted(self.regions, key=lambda r: r[0]):
            if merged and s <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], e)
            else:
                merged.append([s, e])
        self._in_post = merged
        self._in_post_starts = [m[0] for m in merged]

    def anchor_at(self, pos: int) -> dt.date | None:
        # the first region in order holding pos: a signed post, else an embed's region
        k = bisect_right(self._sig_starts, pos)
        if k and pos < self.regions[k - 1][1]:
            return self.regions[k - 1][2]
        if self._emb_disjoint:
            k = bisect_right(self._emb_starts, pos)
            if k and pos < self._emb[k - 1][1]:
                return self._emb[k - 1][2]
            return self.anchor
        for s, e, d in self.regions[self._n_sig:]:
            if s <= pos < e:
                return d
        return self.anchor

    def in_post(self, pos: int) -> bool:
        """Is ``pos`` inside any post's region?"""
        k = bisect_right(self._in_post_starts, pos)
        return bool(k) and pos < self._in_post[k - 1][1]

    def future_at(self, pos: int) -> bool:
        if self.orientation == "future":
            return True
        if not self._fut:
            return False
        if self._sent_starts is None:
            if self._sents is None:
                self._sents = split_sentences(self.f.original)
            self._sent_starts = [x.start for x in self._sents]
            self._fut_orig = [self.f.orig_index(c) for c in self._fut]
        # the sentence holding the date (the one split every stage uses; original offsets)
        o = self.f.orig_index(pos)
        k = bisect_right(self._sent_starts, o) - 1
        if k < 0 or o >= self._sents[k].end:
            return False  # between sentences (a date never starts there)
        lo, hi = self._sents[k].start, self._sents[k].end
        # the verb usually comes before its time word: a cue counts before the date in its
        # sentence, or right after it
        i = bisect_left(self._fut_orig, lo)
        return i < len(self._fut) and self._fut_orig[i] < hi and self._fut[i] < pos + 20

    def same_sentence(self, a: int, b: int) -> bool:
        """Are folded positions ``a`` <= ``b`` in one sentence (the split every stage uses)?"""
        if self._sents is None:
            self._sents = split_sentences(self.f.original)
        starts = self._sent_starts
        if starts is None:
            starts = self._chain_starts = getattr(self, "_chain_starts", None) or [x.start for x in self._sents]
        oa, ob = self.f.orig_index(a), self.f.orig_index(b)
        k = bisect_right(starts, oa) - 1
        return k >= 0 and ob < self._sents[k].end

    def window(self, pos: int, n: int = 90) -> str:
        return self.ft[max(0, pos - n):pos]

    def refuse(self, s: int, e: int) -> None:
        self.refused.append((s, e))

    # -- year inference -------------------------------------------------------------------------
    def infer_year(self, pos: int, m: int, d: int | None, mod: int | None = None) -> int | None:
        a = self.anchor_at(pos)
        if a is None:
            return None
        if mod == -1:
            return a.year if m < a.month else a.year - 1
        if mod == 1:
            return a.year if m > a.month else a.year + 1
        if mod == 0:
            return a.year
        if self.orientation == "future":
            return a.year if m >= a.month else a.year + 1
        if self.future_at(pos):
            if m > a.month or (m == a.month and (d is None or d >= a.day)):
                return a.year
            # a day up to a month before publication is that recent past, not next year's: a future
            # cue elsewhere in a long sentence ("ستزور … بعد أحداث السادس من آذار") does not move it
            if d is not None and _valid(a.year, m, d) and (a - dt.date(a.year, m, d)).days <= 31:
                return a.year
            return a.year + 1
        if m <= a.month:
            return a.year
        # a date up to a month after publication is more likely this year's than last year's
        if d is not None and _valid(a.year, m, d) and (dt.date(a.year, m, d) - a).days <= 31:
            return a.year
        return a.year - 1


# ----------------------------------------------------------------------------------------------
# handlers


def _prev_word(s: str, end: int | None = None) -> str:
    """The word ending ``s[:end]`` (trailing spaces aside) as the pattern ``([^\\s\\d]+)\\s*\\Z``
    finds it, "" if none; a walk back (a search for an end-anchored pattern tries every start)."""
    t = len(s) if end is None else end
    while t and s[t - 1].isspace():
        t -= 1
    i = t
    while i and not s[i - 1].isspace() and not s[i - 1].isdecimal():
        i -= 1
    return s[i:t]


# the words l_dayfrom's connector ends with ("من 3 إلى 5 آب"): a cheap test before its search
_DAYFROM_CONN = ("-", "–", "الى", "الي", "حتي", "وحتي", "لغايه", "ولغايه", "و")


def _day_before(L: "_Lex", win: str):
    """``L.l_day.search(win)``, skipped when the window cannot end with a day (a digit, an
    ordinal or «يوم» before its connector): the search tries every start in the window."""
    t = win.rstrip()
    if t.endswith(","):
        t = t[:-1].rstrip()
    ends = [t]
    if t.endswith(("من", "في")) and t[-3:-2].isspace():
        ends.append(t[:-2].rstrip())
    elif t.endswith("ب") and t[-2:-1].isspace():
        ends.append(t[:-1].rstrip())
    for e in ends:
        if e[-1:].isdecimal():
            return L.l_day.search(win)
        k = len(e)
        while k and (e[k - 1].isalnum() or e[k - 1] == "_"):  # the last run of re's \w
            k -= 1
        if e[k:] in L.ord_last:
            return L.l_day.search(win)
    return None


def _key_of(s: str) -> str:
    return " ".join(s.split())


def _new_day(ctx: _Ctx, s: int, e: int, y: int | None, m: int, d: int, info: dict | None = None,
             inferred: bool = False) -> _Cand:
    c = _Cand(s, e, "day", y, m, d, info=dict(info or {}), inferred=inferred)
    if y is None:
        c.unresolved = True
        c.info.setdefault("month", m)
        c.info.setdefault("day", d)
        c.info["relative"] = True
    elif not _valid(y, m, d):
        raise _Refused(s, e)
    return c


def _weekday_agree(c: _Cand, wd: int) -> None:
    dd = c.date()
    if dd is not None and c.grain == "day" and dd.isoweekday() != wd:
        c.info["flag"] = "weekday_mismatch"


def _weekday_taken(ctx: _Ctx, win: str, wd_start: int) -> bool:
    """In "أمس الاثنين، 10 محرم" the weekday belongs to أمس, not to the date after it."""
    head = win[:wd_start]
    return any(w in head for w in _RELDAY_WORDS) and ctx.L.l_reldayword.search(win, 0, wd_start) is not None


_RELDAY_WORDS = ("امس", "اليوم", "غدا", "البارحه", "الغد")  # what l_reldayword needs (a cheap test)


def _grow_left_day(ctx: _Ctx, c: _Cand) -> None:
    """A weekday before an absolute day ("الأربعاء، 13 شباط") joins it; disagreement is flagged."""
    L = ctx.L
    win = ctx.window(c.s, 40)
    m = L.l_wd.search(win) if L.has_weekday(win) else None
    if m and not _weekday_taken(ctx, win, m.start("wd")):
        wd, bare = L.weekdays[_key_of(m.group("wd"))]
        if bare and not m.group(0).startswith("يوم"):
            return
        c.s -= len(win) - m.start()
        _weekday_agree(c, wd)
    _daypart_left(ctx, c)


def _daypart_left(ctx: _Ctx, c: _Cand) -> None:
    """"فجر الخميس 5 أيار", "مساء 12 آب": a part of the day before a written date joins its span."""
    win = ctx.window(c.s, 16)
    dp = ctx.L.daypart_before(win)
    if dp:
        c.s -= len(win) - dp.start("w")


def _month_core(ctx: _Ctx, s: int, e: int, month: int, pos_word: int, amb: bool, surface: str) -> None:
    """Grow a month anchor [s, e) right (pair, year, modifier, day range) and left (day, part,
    nth weekday), then add the candidate(s)."""
    L, ft = ctx.L, ctx.ft
    info: dict = {}
    pos = e
    mm = L.r_pair.match(ft, pos)
    if mm:
        w = mm.group("w") or mm.group("w2")
        m2 = L.months.get(_key_of(w), (None,))[0]
        if m2 is not None:
            if m2 != month:
                info["flag"] = "month_pair_mismatch"
            pos = mm.end()
    year = None
    mod = None
    d_right = None
    dr = L.r_dayrange.match(ft, pos)
    if dr:
        d1, d2 = int(dr.group("d1")), int(dr.group("d2"))
        ym = L.r_year.match(ft, dr.end())
        if 1 <= d1 < d2 <= 31 and not (ym and L.r_hmark.match(ft, ym.end())):
            y = int(ym.group("y")) if ym else None
            end = ym.end() if ym else dr.end()
            inferred = y is None
            if y is None:
                y = ctx.infer_year(s, month, d1)
            # first end: "تموز 13"; second end: "15" (+ year)
            a = _new_day(ctx, s, dr.end("d1"), y, month, d1, inferred=inferred)
            b = _new_day(ctx, dr.start("d2"), end, y, month, d2, inferred=inferred)
            grp = _Cand(s, end, "day", group=[a, b])
            ctx.cands.append(grp)
            return
    md = L.r_mdy.match(ft, pos)
    if md:
        d_right = int(md.group("d"))
        year = int(md.group("y"))
        pos = md.end()
    else:
        ym = L.r_year.match(ft, pos)
        if ym and not L.r_hmark.match(ft, ym.end()) and 1000 <= int(ym.group("y")) <= 2200:
            year = int(ym.group("y"))
            pos = ym.end()
        else:
            ry = L.r_relyear.match(ft, pos)
            if ry:
                a = ctx.anchor_at(s)
                off = L.mods[_key_of(ry.group("w").split()[-1])]
                year = a.year + off if a else None
                pos = ry.end()
                info["relative"] = True
                if a is None:
                    info["year_offset"] = off
                    year = -1  # marker: unresolved
            elif L.r_same_year.match(ft, pos):
                sy = L.r_same_year.match(ft, pos)
                prev = [int(x.group()) for x in L.re_any_year.finditer(ft, max(0, s - 400), s)]
                if prev:
                    year = prev[-1]
                    info["same_year_as_before"] = True
                    pos = sy.end()
            else:
                mo = L.r_mod.match(ft, pos)
                if mo and _key_of(mo.group("w")) != "هذا":
                    mod = L.mods[_key_of(mo.group("w"))]
                    pos = mo.end()
                    info["relative"] = True
    start = s
    sh = L.l_shahr.search(ctx.window(start, 12))
    has_shahr = bool(sh)
    if sh:
        start -= len(ctx.window(start, 12)) - sh.start()
    if amb and year is None and mod is None and d_right is None and not has_shahr:
        # a bare ambiguous month name needs a temporal word before it or a day
        pw = _prev_word(ctx.window(start, 30))
        dl = _day_before(L, ctx.window(start))
        if not dl and not (pw and pw in _context()["ambiguous_month_before"]):
            return
    if month == 8 and surface.startswith("اب") and not has_shahr:
        # "آب" needs its madda: folded it is also أب (father)
        orig = ctx.f.original[ctx.f.orig_index(pos_word):ctx.f.orig_index(pos_word) + 2]
        if not orig.startswith("آ"):
            return
    unresolved = False
    if year == -1:
        year, unresolved = None, True
    c = _Cand(start, pos, "month", year, month, info=info)
    c.unresolved = unresolved
    if d_right is not None:
        c.d, c.grain = d_right, "day"
        c.s = start
        if not _valid(year, month, d_right):
            raise _Refused(start, pos)
        _grow_left_day(ctx, c)
        ctx.cands.append(c)
        return
    _grow_left_month(ctx, c, explicit_year=year is not None or unresolved, mod=mod)


def _resolve_month_year(ctx: _Ctx, c: _Cand, d: int | None, explicit_year: bool, mod: int | None) -> None:
    if explicit_year:
        return
    y = ctx.infer_year(c.s, c.m, d, mod)
    c.y = y
    c.inferred = mod is None
    if y is None:
        c.unresolved = True
        c.info["relative"] = True
        c.info["month"] = c.m
        if mod is not None:
            c.info["offset"] = {"month_name": mod}


def _grow_left_month(ctx: _Ctx, c: _Cand, explicit_year: bool, mod: int | None, rel: bool = False) -> None:
    """Left growth for a month-grain candidate: nth weekday, day (with weekday), last day, part."""
    L = ctx.L
    win = ctx.window(c.s)
    base = c.s - len(win)
    # day (with optional weekday): try the plain date reading first
    m = _day_before(L, win)
    if m and m.group("dn") is None and m.group("do") is None:
        m = None
    if m and m.group("do") and m.group("wd") and _feminine_ordinal(m.group("do")):
        m = None  # "الخميس الأولى من الشهر": days of the month are masculine ordinals
    if m and rel and m.group("do") and win[m.end("day"):].strip() not in ("من", "في"):
        m = None  # "عامه السادس هذا الشهر": the ordinal of another noun, not a day of this month
    if m and m.group("do") and not m.group("wd") and not m.group("day").startswith(("اليوم", "يوم")):
        w = _prev_word(win, m.start("day"))
        if len(w) > 3 and (w.endswith(("ه", "ها", "هم", "هما")) or w.startswith("ال")) and w not in _context()["ordinal_day_after"]:
            m = None  # "دخل الحصار عامه الثالث في آذار": an ordinal agreeing with a noun, not a day
    # (each search below tries every start of the window: a substring test first skips most)
    pm0 = L.l_part.search(win) if L.has_part(win) else None
    if m and pm0 and pm0.start("w") < m.start():
        m = None  # "الأيام الأولى من آذار" is early March, not 1 March
    wd_in = L.has_weekday(win)
    n1 = L.l_nth1.search(win) if wd_in else None
    n2 = L.l_nth2.search(win) if wd_in else None
    # day names are masculine: "الخميس الأول من الشهر" is an nth weekday, "صباح الخميس الأولى"
    # (a feminine ordinal agreeing with something else) is not
    if n2 and _feminine_ordinal(n2.group("nth")):
        n2 = None
    if n1 and (not m or n1.start() <= m.start()):
        return _nth_weekday(ctx, c, base + n1.start(), n1.group("nth"), n1.group("wd"), explicit_year, mod)
    if m:
        d = int(m.group("dn")) if m.group("dn") else L.ords[_key_of(m.group("do"))]
        wd = L.weekdays[_key_of(m.group("wd"))][0] if m.group("wd") else None
        if not rel:
            _resolve_month_year(ctx, c, d, explicit_year, mod)
        y = c.y
        if wd is not None and n2 and m.group("do") and y is not None and d <= 5 and _valid(y, c.m, d) \
                and dt.date(y, c.m, d).isoweekday() != wd:
            return _nth_weekday(ctx, c, base + n2.start(), n2.group("nth"), n2.group("wd"), explicit_year, mod)
        c.s = base + m.start()
        if wd is not None and _weekday_taken(ctx, win, m.start("wd")):
            wd, c.s = None, base + m.start("day")
        c.grain, c.d = "day", d
        if y is not None and not c.unresolved and not _valid(y, c.m, d):
            raise _Refused(c.s, c.e)
        if c.unresolved:
            c.info["day"] = d
        if wd is not None and not explicit_year and not rel and c.y is not None and not c.unresolved \
                and dt.date(c.y, c.m, d).isoweekday() != wd:
            # "الخميس 17 تشرين الأول" with no year: the weekday picks the year (next or last)
            for y2 in (c.y + 1, c.y - 1):
                if _valid(y2, c.m, d) and dt.date(y2, c.m, d).isoweekday() == wd:
                    c.y, c.inferred = y2, True
                    break
        if wd is not None:
            _weekday_agree(c, wd)
        _daypart_left(ctx, c)
        _interval_left_day(ctx, c)
        ctx.cands.append(c)
        return
    if n2:
        return _nth_weekday(ctx, c, base + n2.start(), n2.group("nth"), n2.group("wd"), explicit_year, mod)
    if not rel:
        _resolve_month_year(ctx, c, None, explicit_year, mod)
    ld = L.l_lastday.search(win) if "اخر" in win or "الاخير" in win else None
    if ld:
        c.s = base + ld.start()
        if c.y is not None and not c.unresolved:
            c.d, c.grain = _last_day(c.y, c.m), "day"
        ctx.cands.append(c)
        return
    pm = pm0  # (the same search)
    if pm:
        part, kind = L.parts[_key_of(pm.group("w"))]
        c.s = base + pm.start("w")
        # "مطلع يونيو", "نهاية آب": the month, with the part; the text names no day. Duckling's
        # convention (orientation "future", kept for its conformance corpus) reads a day instead.
        c.info["part"], c.info["approx"] = part, True
        if ctx.orientation == "future" and c.y is not None and not c.unresolved:
            last = _last_day(c.y, c.m)
            if kind == "point":
                c.d = {"early": 1, "mid": 15, "late": last}[part]
                c.grain = "day"
            else:
                lo, hi = {"early": (1, 10), "mid": (11, 20), "late": (21, last)}[part]
                c.d, c.grain = lo, "day"
                c.info["end_value"] = dt.date(c.y, c.m, hi).isoformat()
    ctx.cands.append(c)


def _feminine_ordinal(w: str) -> bool:
    k = _key_of(w)
    return k.endswith("ه") or k in ("الاولي", "اولي")


def _nth_weekday(ctx: _Ctx, c: _Cand, start: int, nth_w: str, wd_w: str, explicit_year: bool, mod: int | None) -> None:
    L = ctx.L
    wd = L.weekdays[_key_of(wd_w)][0]
    k = _key_of(nth_w)
    last = k in ("اخر", "الاخير", "الاخيره")
    n = None if last else L.ords.get(k)
    if not last and (n is None or n > 5):
        ctx.cands.append(c)
        return
    _resolve_month_year(ctx, c, None, explicit_year, mod)
    c.s = start
    c.info["nth_weekday"] = -1 if last else n
    if c.y is None or c.unresolved:
        c.grain = "day"
        ctx.cands.append(c)
        return
    if last:
        d = dt.date(c.y, c.m, _last_day(c.y, c.m))
        d -= dt.timedelta(days=(d.isoweekday() - wd) % 7)
    else:
        d = dt.date(c.y, c.m, 1)
        d += dt.timedelta(days=(wd - d.isoweekday()) % 7 + 7 * (n - 1))
        if d.month != c.m:
            raise _Refused(c.s, c.e)
    c.set_date(d)
    ctx.cands.append(c)


def _interval_left_day(ctx: _Ctx, c: _Cand) -> None:
    """'13 الى 15 تموز' / 'من 1-8 أيلول' / 'بين 10 و12 آذار': a bare day before a dated day."""
    L = ctx.L
    win = ctx.window(c.s, 70)
    m = L.l_dayfrom.search(win) if win.rstrip().endswith(_DAYFROM_CONN) else None
    if not m:
        return
    if m.group("conn") == "و" and m.group("p") != "بين":
        return
    d1 = int(m.group("dn")) if m.group("dn") else L.ords[_key_of(m.group("do"))]
    if c.d is None or not (1 <= d1 < c.d):
        return
    base = c.s - len(win)
    s1 = base + (m.start("dn") if m.group("dn") else m.start("do"))
    e1 = base + (m.end("dn") if m.group("dn") else m.end("do"))
    a = _Cand(s1, e1, "day", c.y, c.m, d1, inferred=c.inferred, unresolved=c.unresolved)
    if c.unresolved:
        a.info = {"relative": True, "month": c.m, "day": d1}
    c.info["_partner"] = a


def _h_months(ctx: _Ctx) -> None:
    L = ctx.L
    for m in _scan(L.re_month, ctx.ft, ctx.anchors.of(A_MONTH)):
        month, amb = L.months[_key_of(m.group("w"))]
        try:
            _month_core(ctx, m.start("w"), m.end("w"), month, m.start("w"), amb, m.group("w"))
        except _Refused as err:
            ctx.refuse(*err.args)
    for m in _scan(L.re_month_num, ctx.ft, ctx.anchors.of(A_SHAHR)):
        if m.group("n"):
            month = int(m.group("n"))
        elif m.group("c"):
            month = L.cards[_key_of(m.group("c"))]
            if month == 1:
                continue
        else:
            if not m.group("w").startswith("ال"):
                continue
            month = L.ords[_key_of(m.group("o"))]
        if not 1 <= month <= 12:
            continue
        try:
            _month_core(ctx, m.start("w"), m.end(), month, m.start("w"), False, "")
        except _Refused as err:
            ctx.refuse(*err.args)


def _h_rel(ctx: _Ctx) -> None:
    L, ft = ctx.L, ctx.ft
    for m in _scan(L.re_rel, ft, ctx.anchors.of(A_REL)):
        w = _key_of(m.group("w"))
        unit, off = L.relative[w]
        s, e = m.start("w"), m.end("w")
        if (w.startswith("اليوم") or w.endswith(" اليوم")) and w != "هذا اليوم" and L.r_after_rel_guard.match(ft, e):
            continue  # "اليوم التالي", "صباح اليوم التالي": a day of the story, not today
        if w in L.needs_part and not L.part_before(ctx.window(s, 30)):
            continue  # bare "العام" is also "general" (الرأي العام): only "مطلع العام" and the like
        if w == "هذا اليوم" and ctx.window(s, 8).rstrip().endswith("مثل"):
            continue  # "في مثل هذا اليوم" without a year: a day like this one, not today
        if w == "اليوم":  # "روسيا اليوم" is a channel, "سوريا اليوم" a programme
            pw = _prev_word(ctx.window(s, 20))
            if pw in _FAR_DEMONSTRATIVES:
                continue  # "منذ ذلك اليوم": that day of the story, not today
            if pw and pw in _context()["today_not_after"] and not L.r_wd_after.match(ft, e):
                continue  # (but "في سوريا اليوم الأربعاء": a weekday after it makes it a date)
            if _nowadays(ctx.window(s, 60)) and not L.r_wd_after.match(ft, e):
                continue  # "يعيش اليوم نحو مليون لاجئ": nowadays, not the day of publication
        a = ctx.anchor_at(s)
        c = _Cand(s, e, unit, info={"relative": True, "offset": {unit: off}})
        if a is None:
            c.unresolved = True
        if unit == "day":
            if a is not None:
                c.set_date(a + dt.timedelta(days=off))
            dp = L.daypart_before(ctx.window(s, 16))
            if dp:  # "مساء أول أمس"
                c.s = s - (len(ctx.window(s, 16)) - dp.start("w"))
            wm = L.r_wd_after.match(ft, e)
            if wm:
                wd, bare = L.weekdays[_key_of(wm.group("w"))]
                if not bare:
                    c.e = wm.end()
                    _weekday_agree(c, wd)
            ctx.cands.append(c)
        elif unit == "week":
            if a is not None:
                c.set_date(a + dt.timedelta(days=7 * off), "week")
            pw = L.part_before(ctx.window(s, 30))
            if pw:  # "نهاية الأسبوع الماضي": the week, with the part
                c.s = s - (len(ctx.window(s, 30)) - pw.start("w"))
                c.info["part"], c.info["approx"] = L.parts[_key_of(pw.group("w"))][0], True
            wl = L.l_wd_week.search(ctx.window(s, 30)) if L.has_weekday(ctx.window(s, 30)) else None
            if wl:
                wd = L.weekdays[_key_of(wl.group("wd"))][0]
                c.s = s - (len(ctx.window(s, 30)) - wl.start())
                c.grain = "day"
                if a is not None:
                    monday = a + dt.timedelta(days=7 * off - (a.isoweekday() - 1))
                    c.set_date(monday + dt.timedelta(days=wd - 1))
            ctx.cands.append(c)
        elif unit == "month":
            if a is not None:
                y, mo = _add_months(a.year, a.month, off)
                c.y, c.m = y, mo
            try:
                if a is None:
                    ctx.cands.append(c)
                else:
                    _grow_left_month(ctx, c, explicit_year=True, mod=None, rel=True)
            except _Refused as err:
                ctx.refuse(*err.args)
        else:
            if a is not None:
                c.y = a.year + off
            _grow_left_year(ctx, c)
            ctx.cands.append(c)


_FAR_DEMONSTRATIVES = frozenset({"ذلك", "ذاك", "تلك"})


def _nowadays(win: str) -> bool:
    """Does a present-tense verb of a lasting state («يعيش», «يبلغ») govern the clause that ends
    before «اليوم» (among its last five words)? "يعيش اليوم نحو مليون لاجئ", "يبلغ عدد سكان المخيم
    اليوم": nowadays."""
    verbs = _context()["nowadays_before"]
    for w in reversed(_CLAUSE_END.split(win)[-1].split()[-5:]):
        if w in verbs:
            return True
    return False


_CLAUSE_END = re.compile(r"[،,.؛:!؟\n]")


def _grow_left_year(ctx: _Ctx, c: _Cand) -> None:
    # (a window long enough for the longest part, "الأشهر الستة الأولى من "; the end-anchored search
    # runs only when the last word before the year can end a part)
    win = ctx.window(c.s, 32)
    if win.endswith(" ") and ctx.L.has_season(win):
        sm = ctx.L.l_season.search(win)
        if sm:  # "صيف 2012", "ربيع العام الماضي": the year, with its season
            c.s -= len(win) - sm.start("w")
            c.info["season"] = ctx.L.seasons[_key_of(sm.group("w"))]
            return
    words = win.rsplit(None, 2)
    last = words[-2] if len(words) > 1 and words[-1] == "من" else (words[-1] if words else "")
    if last not in ctx.L.part_last and last[1:] not in ctx.L.part_last:
        return
    pm = ctx.L.l_part_year.search(win)
    if pm:
        c.s -= len(win) - pm.start("w")
        c.info["part"] = ctx.L.parts[_key_of(pm.group("w"))][0]


def _h_offsets(ctx: _Ctx) -> None:
    L, ft = ctx.L, ctx.ft
    for m in _scan(L.re_offset, ft, ctx.anchors.of(A_OFFSET)):
        p = m.group("p")
        unit, fixed = L.units[_key_of(m.group("u"))]
        n = int(m.group("n")) if m.group("n") else (L.cards[_key_of(m.group("c"))] if m.group("c") else None)
        if n is None:
            n = fixed
        if n is None or n == 0:
            continue
        if m.group("n") is None and m.group("c") is None and fixed is None:
            continue
        if p == "من":
            # colloquial "من اسبوع" (a week ago) only when the phrase stands alone
            if m.start() != 0 or m.end() != len(ft.rstrip()):
                continue
            p = "قبل"
        if p in ("قبل", "بعد") and L.r_after_offset_guard.match(ft, m.end()):
            continue
        if p == "منذ" and unit in ("year", "month"):
            continue  # "المتخلف عن الخدمة منذ ثلاث سنوات": a duration (a quantity), not a date
        sign = 1 if p == "بعد" else -1
        s = m.start("p")
        a = ctx.anchor_at(s)
        c = _Cand(s, m.end(), {"week": "day"}.get(unit, unit), info={"relative": True})
        c.info["offset"] = {unit: sign * n}
        if sign > 0 and not ctx.future_at(s):
            # "انتهت المعارك بعد أربعة أشهر": in a sentence about the past, «بعد N» counts from
            # another event; only a day dated before it in the sentence can anchor it (below)
            c.info["_needs_chain"] = True
        if m.group("h"):
            c.info["approx"] = True
        if a is None:
            c.unresolved = True
        elif unit in ("day", "week"):
            c.set_date(a + dt.timedelta(days=sign * n * (7 if unit == "week" else 1)))
        elif unit == "month":
            y, mo = _add_months(a.year, a.month, sign * n)
            c.y, c.m = y, mo
        else:
            c.y = a.year + sign * n
        ctx.cands.append(c)


def _year_ok(y: int) -> bool:
    return 1000 <= y <= 2200


def _h_years(ctx: _Ctx) -> None:
    L, ft = ctx.L, ctx.ft
    for m in _scan(L.re_yearcue, ft, ctx.anchors.of(A_YEARCUE)):
        y = int(m.group("y"))
        if L.r_hmark.match(ft, m.end("y")) or not (600 <= y <= 2200):
            continue
        c = _Cand(m.start("w"), m.end(), "year", y)
        _grow_left_year(ctx, c)
        if m.group("w").endswith(("عامي", "سنتي")):
            m2 = L.re_year_and.match(ft, m.end())
            if m2:
                c2 = _Cand(m2.start("y"), m2.end(), "year", int(m2.group("y")))
                ctx.cands.append(_Cand(c.s, c2.e, "year", group=[c, c2], info={"no_interval": True}))
                continue
        ctx.cands.append(c)
    for m in _scan(L.re_bare_year, ft, ctx.anchors.digit_pre):
        y = int(m.group("y"))
        if L.r_hmark.match(ft, m.end()):
            continue
        prev = _prev_word(ctx.window(m.start(), 30))
        if m.group("pre"):
            prev = m.group("pre") if m.group("pre") != "و" else prev
        nw = L.r_nextword.match(ft, m.end())
        nxt = nw.group("w") if nw else ""
        nxt_word = re.match(r"[\w]+", nxt)
        nxt_key = nxt_word.group(0) if nxt_word else ""
        if nxt_key in L.units:
            continue
        cx = _context()
        safe_next = (not nxt_word) or nxt.startswith(("و", "ف")) or nxt_key in cx["year_safe_after"] \
            or not re.match(r"[\u0600-\u06ff]", nxt) or bool(L.re_month.match(nxt))
        strong = prev in cx["year_strong_before"] or _key_of(prev) in L.parts
        weak = prev in cx["year_weak_before"] or m.group("pre") in ("ب", "ف")
        coord = m.group("pre") == "و" and re.search(r"(?:1[89]|20)\d\d\s*\Z", ctx.window(m.start(), 12)) is not None
        if not (strong or (weak and safe_next) or m.group("ad") or coord):
            continue
        c = _Cand(m.start("y"), m.end(), "year", y)
        _grow_left_year(ctx, c)
        ctx.cands.append(c)
    for m in _scan(L.re_year_range, ft, ctx.anchors.of(A_RANGE)):
        y1, y2 = int(m.group("y1")), int(m.group("y2"))
        conn = m.group("conn")
        if not y1 < y2 or y2 - y1 > 60:
            continue
        if conn == "و" and m.group("p") != "بين":
            continue
        if m.group("p") is None and not m.group("cue"):
            # "2011-2013" alone could be a count range ("1990-2000 شخص"): a cue before it, or
            # nothing noun-like after it
            pw = _prev_word(ctx.window(m.start(), 30))
            cx = _context()
            cue = pw and (pw in cx["year_strong_before"] or pw in cx["year_weak_before"])
            nw = L.r_nextword.match(ft, m.end())
            nxt = re.match(r"\w+", nw.group("w")) if nw else None
            safe = nxt is None or nxt.group(0) in cx["year_safe_after"] or nxt.group(0).startswith(("و", "ف"))
            if not (cue or (conn in ("-", "–") and safe)):
                continue
        a = _Cand(m.start("cue") if m.group("cue") and "فتر" not in m.group("cue") else m.start("y1"), m.end("y1"), "year", y1)
        b = _Cand(m.start("y2"), m.end(), "year", y2)
        ctx.cands.append(_Cand(m.start(), m.end(), "year", group=[a, b]))


def _h_decades(ctx: _Ctx) -> None:
    """"ثمانينيات القرن الماضي", "منذ الثمانينيات": the decade's first year at year grain, with
    ``end_value`` its last year (the contract has no decade grain; a year is the nearest)."""
    L, ft = ctx.L, ctx.ft
    starts = set()
    for tail in ("ينيات", "ينات"):  # every decade word ends so: find them, then read each word
        i = ft.find(tail)
        while i >= 0:
            j = i
            while j > 0 and not ft[j - 1].isspace():
                j -= 1
            starts.add(j)
            i = ft.find(tail, i + len(tail))
    for j in sorted(starts):
        m = L.re_decade.match(ft, j)
        if m is None or L.r_age_after.match(ft, m.end("d")):
            continue
        y = L.decades[m.group("w")] + (L.centuries[_key_of(m.group("q"))] if m.group("q") else 0)
        c = _Cand(m.start("d"), m.end(), "year", y, info={"end_value": str(y + 9), "decade": True})
        _grow_left_year(ctx, c)
        ctx.cands.append(c)


def _hijri_month_cand(ctx: _Ctx, s: int, e: int, hy: int, hm: int, info: dict) -> _Cand | None:
    first = _hijri_to_greg(hy, hm, 1)
    n = _hijri_month_len(hy, hm)
    if first is None or n is None:
        return None
    mid = first + dt.timedelta(days=n // 2)
    c = _Cand(s, e, "month", mid.year, mid.month, info=info)
    c.info["covers"] = [first.isoformat(), (first + dt.timedelta(days=n - 1)).isoformat()]
    return c


def _rel_hijri_month(ctx: _Ctx, s: int, e: int, hm: int, direction: int) -> _Cand | None:
    """The last Hijri month ``hm`` that ended before the anchor (``direction`` -1), or the next one
    that starts after it (+1), at month grain."""
    a = ctx.anchor_at(s)
    ah = _greg_to_hijri_year(a) if a else None
    if ah is None:
        return None
    for hy in (range(ah, ah - 3, -1) if direction < 0 else range(ah - 1, ah + 2)):
        first, n = _hijri_to_greg(hy, hm, 1), _hijri_month_len(hy, hm)
        if first is None or n is None:
            continue
        if (first + dt.timedelta(days=n - 1) < a) if direction < 0 else (first > a):
            return _hijri_month_cand(ctx, s, e, hy, hm, {"hijri": f"{hy}-{hm:02d}", "year_inferred": True})
    return None


def _h_hijri(ctx: _Ctx) -> None:
    L, ft = ctx.L, ctx.ft
    for m in _scan(L.re_hmonth, ft, ctx.anchors.of(A_HMONTH)):
        hm, amb = L.hmonths[_key_of(m.group("w"))]
        s, e = m.start("w"), m.end("w")
        yr = L.r_hyear.match(ft, e)
        hy = None
        if yr:
            y = int(yr.group("y"))
            if yr.group("h") or 1300 <= y <= 1500:
                hy, e = y, yr.end()
        win = ctx.window(s)
        start = s
        sh = L.l_shahr.search(ctx.window(s, 12))
        if sh:
            start -= len(ctx.window(s, 12)) - sh.start()
            win = ctx.window(start)
        dm = _day_before(L, win)
        d = None
        if dm and (dm.group("dn") or dm.group("do")):
            d = int(dm.group("dn")) if dm.group("dn") else L.ords[_key_of(dm.group("do"))]
            if dm.group("wd") and _weekday_taken(ctx, win, dm.start("wd")):
                start -= len(win) - dm.start("day")
                dm = None
            else:
                start -= len(win) - dm.start()
        if hy is None and d is None:
            # "منذ رمضان الماضي", "محرم المقبل": the nearest such month before/after the anchor
            mo = L.r_mod.match(ft, e)
            if mo and L.mods[_key_of(mo.group("w"))]:
                c = _rel_hijri_month(ctx, start, mo.end(), hm, L.mods[_key_of(mo.group("w"))])
                if c is not None:
                    ctx.cands.append(c)
            continue
        info = {"hijri": None}
        try:
            if hy is None:
                a = ctx.anchor_at(s)
                ah = _greg_to_hijri_year(a) if a else None
                if ah is None:
                    c = _Cand(start, e, "day", unresolved=True, info={"relative": True, "hijri": f"?-{hm:02d}-{d:02d}"})
                    ctx.cands.append(c)
                    continue
                best = None
                for cy in (ah - 1, ah, ah + 1):
                    g = _hijri_to_greg(cy, hm, d)
                    if g is None:
                        continue
                    if ctx.future_at(s):
                        ok = g >= a
                        if ok and (best is None or g < best[1]):
                            best = (cy, g)
                    elif g <= a + dt.timedelta(days=31) and (best is None or g > best[1]):
                        best = (cy, g)
                if best is None:
                    raise _Refused
                hy = best[0]
                info["year_inferred"] = True
            if d is not None:
                if not 1 <= d <= 30:
                    raise _Refused
                n = _hijri_month_len(hy, hm)
                g = _hijri_to_greg(hy, hm, d)
                if g is None or n is None or d > n:
                    raise _Refused
                info["hijri"] = f"{hy}-{hm:02d}-{d:02d}"
                c = _Cand(start, e, "day", info=info)
                c.set_date(g)
                if dm and dm.group("wd"):
                    _weekday_agree(c, L.weekdays[_key_of(dm.group("wd"))][0])
            else:
                info["hijri"] = f"{hy}-{hm:02d}"
                c = _hijri_month_cand(ctx, start, e, hy, hm, info)
                if c is None:
                    continue
            ctx.cands.append(c)
        except _Refused:
            ctx.refuse(start, e)
    for m in _scan(L.re_hyear, ft, ctx.anchors.digit):
        hy = int(m.group("y"))
        if not 1 <= hy <= 1600:
            continue
        s = m.start("y")
        win = ctx.window(s, 20)
        cue = re.search(r"(?<!\w)(?:[وفبل])?((?:ال)?(?:عام|سنه))\s+\Z", win)
        if cue:
            s -= len(win) - cue.start(1)
        c = _Cand(s, m.end(), "year", info={"hijri": str(hy)})
        span = _hijri_year_span(hy)
        if span:
            a, b = span
            days_a = (dt.date(a.year, 12, 31) - a).days + 1
            days_b = (b - dt.date(b.year, 1, 1)).days + 1
            c.y = a.year if a.year == b.year or days_a >= days_b else b.year
            c.info["covers"] = [a.isoformat(), b.isoformat()]
        else:
            c.y = round(hy * 0.970229 + 621.5643)
            c.info["approx"] = True
        _grow_left_year(ctx, c)
        ctx.cands.append(c)


def _holiday_date(name: tuple[str, int, int, str], year: int | None, anchor: dt.date | None,
                  forward: bool) -> tuple[dt.date, int | None] | None:
    cal, mo, d, length = name

    def in_year(y: int) -> list[tuple[dt.date, int | None]]:
        if cal == "gregorian":
            return [(dt.date(y, mo, d), None)] if _valid(y, mo, d) else []
        if cal == "easter":
            return [(_easter(y), None)]
        out = []
        est = int((y - 622) * 33 / 32)
        for hy in range(est - 1, est + 3):
            g = _hijri_to_greg(hy, mo, d)
            if g is not None and g.year == y:
                out.append((g, _hijri_month_len(hy, mo) if length == "month" else None))
        return sorted(out)

    if year is not None:
        r = in_year(year)
        return r[0] if r else None
    if anchor is None:
        return None
    opts = in_year(anchor.year - 1) + in_year(anchor.year) + in_year(anchor.year + 1)
    if forward:
        fut = [o for o in opts if o[0] > anchor]
        return fut[0] if fut else None
    # news mentions a holiday around publication: the nearest one, past or coming
    return min(opts, key=lambda o: abs((o[0] - anchor).days)) if opts else None


def _h_holidays(ctx: _Ctx) -> None:
    L, ft = ctx.L, ctx.ft
    for m in _scan(L.re_hol, ft, ctx.anchors.of(A_HOL)):
        name = _key_of(m.group("w"))
        spec = L.holidays[name]
        y = int(m.group("y")) if m.group("y") else None
        if y is not None and not 1900 <= y <= 2100:
            y = None
        s, e = m.start("w"), (m.end() if y is not None else m.end("w"))
        # "العشر الأواخر من رمضان", "منتصف شهر رمضان": a part of a month-long holiday
        pm = L.part_before(ctx.window(s, 40)) if spec[3] == "month" else None
        if name == "رمضان" and y is None and pm is None:
            pw = _prev_word(ctx.window(s, 20))
            if not (pw and pw in _context()["ramadan_before"]):
                continue
        a = ctx.anchor_at(s)
        forward = ctx.orientation == "future"
        r = _holiday_date(spec, y, a, forward)
        off = 0
        ho = L.l_holoff.search(ctx.window(s, 28))
        if ho:
            off = L.hol_offsets[_key_of(ho.group("w"))]
            s -= len(ctx.window(s, 28)) - ho.start("w")
        elif ("قبل" in ctx.window(s, 40) or "بعد" in ctx.window(s, 40)) and pm is None:
            hr = L.l_holrel.search(ctx.window(s, 40))
            if hr:
                unit, fixed = L.units[_key_of(hr.group("u"))]
                n = int(hr.group("n")) if hr.group("n") else (L.cards[_key_of(hr.group("c"))] if hr.group("c") else fixed)
                if n:
                    off = n * (7 if unit == "week" else 1) * (-1 if hr.group("p") == "قبل" else 1)
                    s -= len(ctx.window(s, 40)) - hr.start("p")
                    ho = hr
        else:
            dp = L.daypart_before(ctx.window(s, 16))
            if dp:  # "فجر عيد الأضحى": the same day
                s -= len(ctx.window(s, 16)) - dp.start("w")
        if pm is not None and not ho and r is not None:
            # the month holding the middle of that part (days 1-10, 11-20, 21-end), month grain
            part = L.parts[_key_of(pm.group("w"))][0]
            n = r[1] or 29
            lo, hi = {"early": (0, 9), "mid": (10, 19), "late": (20, n - 1)}[part]
            c = _Cand(s - (len(ctx.window(s, 40)) - pm.start("w")), e, "month",
                      info={"holiday": m.group("w"), "part": part, "approx": True})
            c.set_date(r[0] + dt.timedelta(days=(lo + hi) // 2), "month")
            if y is None:
                c.info["year_inferred"] = True
            ctx.cands.append(c)
            continue
        c = _Cand(s, e, "day", info={"holiday": m.group("w")})
        if r is None:
            c.unresolved = True
            c.info["relative"] = True
            if off:
                c.info["offset"] = {"day": off}
        else:
            c.set_date(r[0] + dt.timedelta(days=off))
            if r[1] and not ho:
                c.info["end_value"] = (r[0] + dt.timedelta(days=r[1] - 1)).isoformat()
            if y is None:
                c.info["year_inferred"] = True
            _nth_after(ctx, c)
        ctx.cands.append(c)


def _nth_after(ctx: _Ctx, c: _Cand) -> None:
    """"ثالث ثلاثاء بعد كريسماس 2014": the Nth such weekday after a dated day."""
    L = ctx.L
    win = ctx.window(c.s, 50)
    m = L.l_nth_after.search(win) if "بعد" in win else None
    if not m or c.date() is None:
        return
    n = L.ords.get(_key_of(m.group("nth")))
    if not n or n > 10:
        return
    wd = L.weekdays[_key_of(m.group("wd"))][0]
    d = c.date()
    d += dt.timedelta(days=(wd - d.isoweekday()) % 7 or 7)
    c.info["after"] = c.value()
    c.info.pop("end_value", None)
    c.set_date(d + dt.timedelta(days=7 * (n - 1)))
    c.s -= len(win) - m.start()


def _h_weekdays(ctx: _Ctx) -> None:
    L, ft = ctx.L, ctx.ft
    for m in _scan(L.re_weekday, ft, ctx.anchors.of(A_WEEKDAY)):
        wd, bare = L.weekdays[_key_of(m.group("w"))]
        s, e = m.start("w"), m.end("w")
        yom = L.l_yom.search(ctx.window(s, 8))
        if bare and not yom:
            continue
        nxt = L.r_nextword.match(ft, e)
        if nxt and wd in (1, 7) and nxt.group("w").startswith(tuple(_context()["monday_sunday_not_after"])):
            continue
        pw = _prev_word(ctx.window(s, 20))
        if wd == 1 and pw and pw in _context()["monday_not_before"]:
            continue
        mod = None
        this = L.l_this.search(ctx.window(s, 8))
        if yom:
            s -= len(ctx.window(s, 8)) - yom.start()
        elif this:
            s -= len(ctx.window(s, 8)) - this.start()
        dp = L.daypart_before(ctx.window(s, 16))
        if dp:
            s -= len(ctx.window(s, 16)) - dp.start("w")
        mo = L.r_mod.match(ft, e)
        if mo and _key_of(mo.group("w")) != "هذا":
            mod = L.mods[_key_of(mo.group("w"))]
            e = mo.end()
        a = ctx.anchor_at(s)
        c = _Cand(s, e, "day", info={"relative": True})
        od = L.r_ord_after.match(ft, e) if mod is None else None
        if od and _feminine_ordinal(od.group("o")):
            od = None  # "صباح الخميس الأولى (من نوعها)": a day of the month takes the masculine
        if od:
            d = L.ords[_key_of(od.group("o"))]
            c.e = od.end()
            if a is None:
                c.unresolved = True
                c.info.update(day=d)
            elif _valid(a.year, a.month, d):
                c.set_date(dt.date(a.year, a.month, d))
                _weekday_agree(c, wd)
            else:
                ctx.refuse(c.s, c.e)
                continue
            ctx.cands.append(c)
            continue
        if a is None:
            c.unresolved = True
            c.info["weekday"] = wd
            if mod:
                c.info["offset"] = {"weekday": mod}
            ctx.cands.append(c)
            continue
        diff = (a.isoweekday() - wd) % 7  # days back to the most recent such weekday (0 = today)
        if mod == -1:
            day = a - dt.timedelta(days=diff or 7)
        elif mod == 1 or (mod is None and ctx.orientation == "future"):
            day = a + dt.timedelta(days=(wd - a.isoweekday()) % 7 or 7)
        elif mod is None and ctx.future_at(s):
            day = a + dt.timedelta(days=(wd - a.isoweekday()) % 7)
        elif mod == 0:
            day = a + dt.timedelta(days=(wd - a.isoweekday()) % 7)
        else:
            day = a - dt.timedelta(days=diff)
        c.set_date(day)
        ctx.cands.append(c)


def _h_numeric(ctx: _Ctx) -> None:
    L, ft = ctx.L, ctx.ft
    for m in _scan(L.re_iso, ft, ctx.anchors.digit):
        y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
        if not _year_ok(y):
            continue
        if not _valid(y, mo, d):
            ctx.refuse(m.start(), m.end())
            continue
        c = _Cand(m.start(), m.end(), "day", y, mo, d)
        _grow_left_day(ctx, c)
        ctx.cands.append(c)
    for m in _scan(L.re_dmy, ft, ctx.anchors.digit):
        d, mo, ys = int(m.group("d")), int(m.group("m")), m.group("y")
        y = int(ys)
        if len(ys) == 2:
            a = ctx.anchor or dt.date.today().replace(year=2030)  # only the century pivot
            y = 2000 + y if y <= (a.year % 100) + 1 else 1900 + y
        info = {}
        if m.group("h"):
            if d > 30 or mo > 12 or _hijri_month_len(y, mo) is None or d > _hijri_month_len(y, mo):
                ctx.refuse(m.start(), m.end())
                continue
            g = _hijri_to_greg(y, mo, d)
            c = _Cand(m.start(), m.end(), "day", info={"hijri": f"{y}-{mo:02d}-{d:02d}"})
            c.set_date(g)
            ctx.cands.append(c)
            continue
        if not _year_ok(y):
            continue
        if not _valid(y, mo, d):
            if mo > 12 and _valid(y, d, mo):  # month/day order
                d, mo = mo, d
                info["flag"] = "month_first"
            else:
                ctx.refuse(m.start(), m.end())
                continue
        c = _Cand(m.start(), m.end(), "day", y, mo, d, info=info)
        _grow_left_day(ctx, c)
        ctx.cands.append(c)
    for m in _scan(L.re_my, ft, ctx.anchors.digit):
        mo, y = int(m.group("m")), int(m.group("y"))
        if 1 <= mo <= 12:
            ctx.cands.append(_Cand(m.start(), m.end(), "month", y, mo))


_LATIN = re.compile(r"[A-Za-zſıİ]")
_ENG_PREFIXES = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _h_english(ctx: _Ctx) -> None:
    L, ft = ctx.L, ctx.ft
    # every English month name starts with one of these: skip two case-insensitive scans of the
    # whole text (no literal prefix to search for) when none occurs (core's speed work)
    if _LATIN.search(ft) is None:
        return  # no Latin letter at all: no English date (one C scan, most Arabic texts)
    low = ft.lower()
    if not any(p in low for p in _ENG_PREFIXES):
        return
    # and each scan tried only where a match can start: a month name starts with one of the
    # prefixes (re.I also reads "ſ" as "s"), a day number at a word start
    if len(low) == len(ft):
        starts: list[int] = []
        for p in (*_ENG_PREFIXES, "ſep"):
            k = low.find(p)
            while k != -1:
                starts.append(k)
                k = low.find(p, k + 1)
        starts.sort()
        mdy = _scan(L.re_eng_mdy, ft, starts)
    else:  # a character whose lower case is longer: positions would not line up
        mdy = L.re_eng_mdy.finditer(ft)
    for matches in (mdy, _scan(L.re_eng_dmy, ft, ctx.anchors.digit)):
        for m in matches:
            y, mo, d = int(m.group("y")), L.eng[_eng_key(m.group("mon"))], int(m.group("d"))
            if not _valid(y, mo, d):
                ctx.refuse(m.start(), m.end())
                continue
            ctx.cands.append(_Cand(m.start(), m.end(), "day", y, mo, d, info={"lang": "en"}))


def _h_same_day(ctx: _Ctx) -> None:
    L = ctx.L
    for m in _scan(L.re_same_day, ctx.ft, ctx.anchors.of(A_MITHL)):
        w = m.group("w")
        s = m.start("w") + (w.find("مثل") if w.startswith("في") else 0)
        y = int(m.group("y"))
        a = ctx.anchor_at(s)
        c = _Cand(s, m.end(), "day", info={"relative": True, "same_day_as": a.isoformat() if a else None})
        if a is None:
            c.unresolved = True
            c.info["year"] = y
        elif not _valid(y, a.month, a.day):
            ctx.refuse(s, m.end())
            continue
        else:
            c.set_date(dt.date(y, a.month, a.day))
        ctx.cands.append(c)


# a wire's dateline: «عمان - 13 - 9 (كونا) --», «موسكو (كونا) - 5 - 3 :», «بيروت 13-9 (أ ف ب) -»: a line opening on a
# place, then day and month joined by a dash or slash, an agency in brackets before or after them, and the dash or colon that ends the head
_DATELINE = re.compile(r"(?m)^[^\W\d][^\n\d()\-–—:.،,؛!?؟]{0,30}?\s*(?P<a1>\([^()\n\d]{1,20}\)\s*)?(?:[-–—]\s*)?(?P<d>\d{1,2})"
                       r"\s*[-–—/]\s*(?P<m>\d{1,2})\s*(?P<a2>\([^()\n\d]{1,20}\)\s*)?(?:--|[-–—:])")


def _h_dateline(ctx: _Ctx) -> None:
    """The day and month of a wire's dateline (the agency's house style, no year: the nearest one before
    publication): a date, so its two numbers are no amounts for any stage."""
    ft = ctx.ft
    if "(" not in ft:
        return
    for m in _DATELINE.finditer(ft):
        if not (m.group("a1") or m.group("a2")):
            continue
        d, mo = int(m.group("d")), int(m.group("m"))
        if not 1 <= mo <= 12 or not 1 <= d <= 31:
            continue
        y = ctx.infer_year(m.start("d"), mo, d)
        if y is not None and not _valid(y, mo, d):
            continue
        try:
            ctx.cands.append(_new_day(ctx, m.start("d"), m.end("m"), y, mo, d, info={"dateline": True},
                                      inferred=y is not None))
        except _Refused:
            continue


HANDLERS: list[Callable[[_Ctx], None]] = [_h_numeric, _h_english, _h_hijri, _h_months, _h_rel, _h_offsets,
                                          _h_years, _h_holidays, _h_weekdays, _h_same_day, _h_decades, _h_dateline]


# ----------------------------------------------------------------------------------------------
# selection, intervals, records


def _select(ctx: _Ctx) -> list[_Cand]:
    cands = []
    for c in ctx.cands:
        p = c.info.pop("_partner", None)
        if p is not None:
            cands.append(_Cand(p.s, c.e, c.grain, group=[p, c]))
        else:
            cands.append(c)
    # an impossible date blocks every reading inside it (no "شباط 2020" out of "31 شباط 2020")
    cands = [c for c in cands
             if not any(c.s < re_ and rs < c.e and not (c.s <= rs and re_ <= c.e and (c.e - c.s) > (re_ - rs))
                        for rs, re_ in ctx.refused)]
    cands.sort(key=lambda c: (-(c.e - c.s), c.s))
    # longest first; the taken spans never overlap, so a sorted list and bisect find a clash
    # (a scan of every taken span per candidate was quadratic on long pages)
    t_starts: list[int] = []
    t_ends: list[int] = []
    out = []
    for c in cands:
        k = bisect_right(t_starts, c.s)
        if (k and t_ends[k - 1] > c.s) or (k < len(t_starts) and t_starts[k] < c.e):
            continue
        t_starts.insert(k, c.s)
        t_ends.insert(k, c.e)
        out.append(c)
    out.sort(key=lambda c: c.s)
    return _join_restated(ctx, out)


def _join_restated(ctx: _Ctx, cands: list[_Cand]) -> list[_Cand]:
    """"اليوم الخميس 25 يونيو", "أمس السبت 30 كانون الثاني": a relative day with its weekday,
    followed by the same day written out, is one date; the written date gives the value."""
    out: list[_Cand] = []
    for c in cands:
        p = out[-1] if out else None
        if p is not None and p.grain == "day" and c.grain == "day" and p.info.get("relative") \
                and not c.info.get("relative") and p.group is None and c.group is None \
                and not ctx.ft[p.e:c.s].strip() and c.s - p.e <= 3 and c.y is not None \
                and ctx.L.re_weekday.search(ctx.ft, p.s, p.e):  # "ويصادف اليوم ٢٣ ربيع": no weekday, two dates
            c.s = p.s
            out[-1] = c
            continue
        out.append(c)
    return out


def _link_intervals(ctx: _Ctx, cands: list[_Cand]) -> list[_Cand]:
    L, ft = ctx.L, ctx.ft
    flat: list[_Cand] = []
    for c in cands:
        if c.group:
            a, b = c.group
            if not c.info.get("no_interval"):
                a.info["_link"] = b
            flat.extend([a, b])
        else:
            flat.append(c)
    for a, b in zip(flat, flat[1:]):
        if "_link" in a.info or any(x.info.get("_linked") for x in (a, b)):
            continue
        g = L.gap_conn.fullmatch(ft, a.e, b.s)
        if not g or a.grain is None or b.grain is None:
            continue
        if g.group("c") == "و":
            if not L.l_between.search(ctx.window(a.s, 20)):
                continue
        elif g.group("c") in ("-", "–", "—") and not (a.grain == b.grain):
            continue
        if a.value() is None or b.value() is None:
            continue
        a.info["_link"] = b
    n = 0
    for a in flat:
        b = a.info.pop("_link", None)
        if b is None:
            continue
        # the later end's explicit year (and month) carry over to the earlier end
        if a.inferred and not b.inferred and b.y is not None and a.m is not None:
            a.y = b.y
            if (a.m, a.d or 0) > (b.m or 12, b.d or 31):
                a.y -= 1
            a.inferred = False
            if a.grain == "day" and not _valid(a.y, a.m, a.d):
                continue
        da, db = a.date(), b.date()
        if da is not None and db is not None and da > db:
            continue
        n += 1
        a.info["interval"], a.info["bound"] = f"i{n}", "from"
        b.info["interval"], b.info["bound"] = f"i{n}", "to"
        b.info["_linked"] = True
        if b.value() is not None:
            a.info["end_value"] = b.value() if "end_value" not in b.info else b.info["end_value"]
    return flat


def _record(ctx: _Ctx, c: _Cand) -> dict:
    s, e = ctx.f.span(c.s, c.e)
    text = ctx.f.original
    # never include trailing spaces/punctuation a pattern may have eaten
    while e > s and (text[e - 1].isspace() or text[e - 1] in "،,"):
        e -= 1
    while s < e and text[s].isspace():
        s += 1
    rec: dict[str, Any] = {"start": s, "end": e, "surface": text[s:e], "value": c.value(), "grain": c.grain}
    for k, v in c.info.items():
        if k.startswith("_") or v is None:
            continue
        rec[k] = v
    if c.inferred and c.value() is not None:
        rec["year_inferred"] = True
    # dates inside a quoted post, and the post's own date line, are the post's, not the article's
    if c.s in ctx.signatures:
        rec["post_date"] = True
    elif ctx.in_post(c.s):
        rec["in_post"] = True
    return rec


def extract_dates(text: str, published: str | dt.date | None = None, *, orientation: str = "past",
                  embeds: list[dict] | None = None, folded: Folded | None = None,
                  sentences: list[Sentence] | None = None) -> list[dict]:
    """Every date in ``text`` as contract records, relative ones resolved against ``published``.

    ``orientation``: "past" (news: year-less dates and bare weekdays look back from publication
    unless the sentence points forward) or "future" (Duckling's convention)."""
    if not text:
        return []
    ctx = _Ctx(text, published, orientation, embeds, folded, sentences)
    for h in HANDLERS:
        h(ctx)
    cands = _link_intervals(ctx, _select(ctx))
    _chain_offsets(ctx, cands)
    out = []
    fwd = None  # the last date pointing forward ("غداً"): its sentence looks ahead
    for c in cands:
        if c.info.pop("_needs_chain", False) and not c.info.get("chained") and not (
                fwd is not None and ctx.same_sentence(fwd.s, c.s)):
            continue
        if any(v > 0 for v in c.info.get("offset", {}).values()):
            fwd = c
        c.info.pop("_linked", None)
        c.info.pop("no_interval", None)
        out.append(_record(ctx, c))
    return out


def _chain_offsets(ctx: _Ctx, cands: list[_Cand]) -> None:
    """"وقع الهجوم في 12 آذار 2019، ثم تكرر بعد يومين": «بعد N أيام» counts from the day the
    same sentence dated just before it, not from publication."""
    prev = None
    for c in cands:
        off = c.info.get("offset")
        if prev is not None and off and c.info.get("relative") and ctx.ft.startswith("بعد", c.s) \
                and len(off) == 1 and ctx.same_sentence(prev.s, c.s):
            (unit, n), = off.items()
            base = prev.date()
            if unit in ("day", "week") and n > 0:
                c.unresolved = False
                c.set_date(base + dt.timedelta(days=n * (7 if unit == "week" else 1)))
                c.info["chained"] = True
        if c.grain == "day" and not c.unresolved and c.date() is not None:
            prev = c


def _drop_numbers_inside_dates(doc) -> None:
    """"في الـ14 من الشهر الجاري": a day number inside a date is no quantity (contract). The
    quantity stage runs first and cannot see dates whose month is a relative phrase, so the date
    stage removes counts and ordinals lying wholly inside a day-grain date; durations stay
    ("قبل ثلاثة أيام" keeps its amount)."""
    qs = doc.layers.get("quantities")
    if not qs or not doc["dates"]:
        return
    days = sorted((r["start"], r["end"]) for r in doc["dates"] if r.get("grain") == "day")
    # "النصف الثاني من 2016", "الأسبوع الأول من أيار": an ordinal inside any date is its part
    alld = sorted((r["start"], r["end"]) for r in doc["dates"])

    def inside(q: dict, spans: list[tuple[int, int]]) -> bool:  # dates do not overlap: the last one starting before q
        k = bisect_right(spans, (q["start"], 1 << 62))
        return bool(k) and q["end"] <= spans[k - 1][1]

    # "العشر الأواخر من رمضان", "الأيام العشرة الأخيرة من آب", "تسعينيات القرن العشرين": a number
    # in a date's part phrase or century is part of the date, not an amount
    worded = sorted((r["start"], r["end"]) for r in doc["dates"] if r.get("part") or r.get("decade"))
    qs[:] = [q for q in qs if q.get("approx") or not (
        (q.get("kind") == "count" and inside(q, days)) or (q.get("kind") == "ordinal" and inside(q, alld))
        or inside(q, worded))]


class DateExtractor:
    """Pipeline component: fills doc["dates"], and a "dates" list in every embed, each resolved
    against its own date (the document's published date, or the embedded post's)."""

    def __init__(self, orientation: str = "past") -> None:
        _lex()
        self.orientation = orientation

    def __call__(self, doc) -> None:
        embeds = [e for e in (doc.embeds or []) if isinstance(e, dict)]
        for rec in extract_dates(doc.text, doc.published, orientation=self.orientation, embeds=embeds,
                                 folded=doc.folded, sentences=doc.sentences):
            doc.add("dates", rec)
        _drop_numbers_inside_dates(doc)
        for rel in doc.related or []:
            # a glued-on article has its own, unknown, publication date: absolute dates only resolve
            if isinstance(rel, dict) and isinstance(rel.get("text"), str):
                rel["dates"] = extract_dates(rel["text"], rel.get("published"), orientation=self.orientation)
        for emb in embeds:
            t = emb.get("text")
            if isinstance(t, str) and t:
                anchor = _anchor_date(emb.get("date")) or _anchor_date(parse_english_date(emb.get("date")))
                emb["dates"] = extract_dates(t, anchor or doc.published, orientation=self.orientation)
