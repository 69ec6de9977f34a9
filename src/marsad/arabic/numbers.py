"""Arabic numbers: digits in every script and number words from zero to the billions.

News writes the same amount many ways: "4500", "٤٬٥٠٠", "4 آلاف و500", "أربعة آلاف وخمسمائة",
"ثلاث مئة" / "ثلاثمائة" / "تلتمية". The grammar here reads them all with exact offsets:

* candidates come from one regex pass for digit runs and one Aho-Corasick pass (``Lexicon``)
  for number words (with proclitics such as و ب ل ال), never a per-character loop;
* neighbouring candidates form *atoms* that know whether a conjunction joins them to the one
  before; a small grammar then groups atoms into numbers: sub-thousand groups (units, teens,
  "خمسة وعشرون", hundreds), each optionally times a multiplier, joined by و in strictly
  decreasing magnitude. That last rule is what splits "4 الاف و500 و5 الاف" into 4500 and 5000
  and "6 الاف و6 الاف و500" into 6000 and 6500.

Public API: :func:`parse_number` (whole string → value), :func:`scan_numbers` (text → number
spans with offsets), :func:`digits_value`; :class:`NumberGrammar` for callers that add their
own anchor words (the quantity extractor adds dual units such as سنتين).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from pathlib import Path
from typing import Any, Union

from .lexicon import Lexicon
from .normalize import Folded, _mark_run_end, base_offset, fold, fold_str

# A value as read: an int when integral (so 4500 prints as 4500), else a float.
Num = Union[int, float]

DATA = Path(__file__).resolve().parents[1] / "data" / "quantities"

# Kinds the cardinal grammar reads; others (vague, few, fractions, duals of units) are left to callers.
SMALL_KINDS = frozenset({"zero", "unit", "unit_teen", "ten", "teen", "tens", "hundred", "hundreds"})
MULT_KINDS = frozenset({"mult", "mult_pl", "mult_dual"})

_HUNDRED_FORMS = ("مئة", "مائة", "ماية", "مية")
_HUNDRED_STEMS = (("ثلاث", 3), ("أربع", 4), ("خمس", 5), ("ست", 6), ("سبع", 7), ("ثمان", 8), ("ثماني", 8),
                  ("تسع", 9))

# A digit run: digits of any script with inner separators , ٬ . ٫ (validated by digits_value).
DIGITS_RE = re.compile(r"\d+(?:[.,٬٫]\d+)*")
# Diacritics that mark a fraction reading of خمس/سبع/تسع/عشر/ثمن: damma on the first letter.
_DAMMA = "\u064f"
_WORD_CHAR = re.compile(r"[\w\u0640\u064b-\u065f]")
# Characters before a digit run that make _digit_atom's checks trivial: it stands alone.
_PLAIN_BEFORE = frozenset(" \n\t(\"«“'")
# Proclitics a digit run may carry inside its word (و500، بـ500، ل20).
_DIGIT_PROCLITICS = frozenset({"و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك", "ال", "بال", "وال", "لل"})


# Atom, NumberSpan (and quantities._Amount) are plain slotted classes, not dataclasses: mypyc
# (setup.py) compiles a hand-written __init__ to direct stores, while a dataclass's generated
# __init__ stays interpreted Python, and one of these is made for every number in the text.
class Atom:
    """One number word or digit run. ``start``/``end`` exclude the proclitic; ``wstart`` includes it."""

    __slots__ = ('start', 'end', 'wstart', 'kind', 'value', 'prefix', 'alts', 'info', 'joined', 'conj', 'raw', 'astart',)

    start: int
    end: int
    wstart: int
    kind: str
    value: Num
    prefix: str  # folded proclitic: '', 'و', 'ال', 'وال', 'ب', 'ل', ...
    alts: tuple  # other (kind, value) readings of the same word
    info: Any  # payload for caller-added kinds (unit tuple, counted noun...)
    joined: bool  # only whitespace and at most one و separate it from the previous atom
    conj: bool  # a و joins it to the previous atom
    raw: str  # digit string as written
    astart: int  # start with the article kept (الثامن), other proclitics dropped

    def __init__(self, start: int, end: int, wstart: int, kind: str, value: Num, prefix: str = "", alts: tuple = (),
                 info: Any = None, joined: bool = False, conj: bool = False, raw: str = "", astart: int = -1) -> None:
        self.start = start
        self.end = end
        self.wstart = wstart
        self.kind = kind
        self.value = value
        self.prefix = prefix
        self.alts = alts
        self.info = info
        self.joined = joined
        self.conj = conj
        self.raw = raw
        self.astart = astart

    def __repr__(self) -> str:
        return f"Atom({self.kind} {self.value!r} {self.start}:{self.end})"

    @property
    def definite(self) -> bool:
        return self.prefix.endswith("ال") or self.prefix.endswith("لل")


class NumberSpan:
    """A cardinal or ordinal number found in text."""

    __slots__ = ('start', 'end', 'value', 'ordinal', 'first', 'last', 'tail_mult', 'has_mult', 'digits', 'words', 'prefix', 'segments', 'raw',)

    start: int
    end: int
    value: Num
    ordinal: bool
    first: int  # index of the first atom
    last: int  # index of the last atom
    tail_mult: Num | None  # multiplier written last ("13 ألف" → 1000), for range distribution
    has_mult: bool
    digits: bool  # made of one digit run only
    words: bool  # contains at least one number word
    prefix: str  # proclitic of the first atom
    segments: int
    raw: str

    def __init__(self, start: int, end: int, value: Num, ordinal: bool = False, first: int = 0, last: int = 0,
                 tail_mult: Num | None = None, has_mult: bool = False, digits: bool = False, words: bool = False,
                 prefix: str = "", segments: int = 1, raw: str = "") -> None:
        self.start = start
        self.end = end
        self.value = value
        self.ordinal = ordinal
        self.first = first
        self.last = last
        self.tail_mult = tail_mult
        self.has_mult = has_mult
        self.digits = digits
        self.words = words
        self.prefix = prefix
        self.segments = segments
        self.raw = raw

    def __repr__(self) -> str:
        return f"NumberSpan({self.value!r} {self.start}:{self.end})"


def _num(v: Num) -> Num:
    """Integral floats become ints so 4500.0 prints as 4500."""
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e18:
        return int(v)
    return v


# -- digits -----------------------------------------------------------------------------------
_SEP_GROUP3 = re.compile(r"^\d{1,3}(?:[,٬]\d{3})+$")
_DOT_GROUP3 = re.compile(r"^\d{1,3}(?:\.\d{3}){2,}$")


def digits_value(s: str, thousands_dot: bool = False) -> Num | None:
    """Value of a digit run such as "4,500", "٤٬٥٠٠", "1.500.000", "2.5", "٠٫٧٧"; None if no
    sensible reading (e.g. "4.8.6.6", a phone or version number).

    ``,`` and ``٬`` are thousands separators when every group after the first has three digits;
    ``,`` followed by one or two digits is a decimal comma (Maghrebi style). ``٫`` is always the
    decimal point. ``.`` is a decimal point unless there are several dot groups of three, or
    ``thousands_dot`` is set by a caller that knows the amount counts whole things ("4.500 لاجئ").
    """
    if not s:
        return None
    if s.isdecimal():  # the common case, plain digits of any script: what the code below returns
        try:
            return int(s)
        except ValueError:  # more digits than int() reads
            return None
    s = s.replace("٫", "\x00")  # decimal point, protected
    has_comma = "," in s or "٬" in s
    has_dot = "." in s
    if s.count("\x00") > 1:
        return None
    try:
        if has_comma and has_dot:
            # 1,234.5 (comma thousands) or 1.234,5 (dot thousands)
            if s.rfind(".") > max(s.rfind(","), s.rfind("٬")):
                ip, _, fp = s.rpartition(".")
                if not _SEP_GROUP3.match(ip) or "\x00" in s:
                    return None
                return _num(float(re.sub("[,٬]", "", ip) + "." + fp))
            ip, _, fp = s.rpartition(",")
            if not re.match(r"^\d{1,3}(?:\.\d{3})+$", ip):
                return None
            return _num(float(ip.replace(".", "") + "." + fp))
        if has_comma:
            ip = s.split("\x00")[0]
            if _SEP_GROUP3.match(ip):
                v = ip.replace(",", "").replace("٬", "")
                if "\x00" in s:
                    v += "." + s.split("\x00")[1]
                return _num(float(v))
            parts = re.split("[,٬]", s)
            if len(parts) == 2 and "," in s and 1 <= len(parts[1]) <= 2 and "\x00" not in s:
                return _num(float(parts[0] + "." + parts[1]))
            return None
        if has_dot:
            if "\x00" in s:
                return None
            if _DOT_GROUP3.match(s):
                return _num(float(s.replace(".", "")))
            if s.count(".") != 1:
                return None
            ip, fp = s.split(".")
            if thousands_dot and len(fp) == 3 and ip and ip.lstrip("0") and len(ip) <= 3:
                return _num(float(ip + fp))
            return _num(float((ip or "0") + "." + fp))
        if "\x00" in s:
            ip, fp = s.split("\x00")
            return _num(float((ip or "0") + "." + fp))
        return _num(int(s))
    except ValueError:
        return None


# -- lexicon ------------------------------------------------------------------------------------
def _read_tsv(name: str) -> list[list[str]]:
    rows = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append(line.split("\t"))
    return rows


# Fraction words take a possessive suffix: kind of the bare word -> kind of the suffixed one.
_SUFFIXED_KINDS = {"fraction": "fraction", "fraction_dual": "fraction", "fraction_pl": "fraction_pl"}
_POSSESSIVES = ("هم", "ها", "ه", "هن", "هما")


@lru_cache(maxsize=1)
def number_words() -> dict[str, tuple[tuple[str, Num], ...]]:
    """Folded number word → its readings ((kind, value), ...), with generated variants."""
    out: dict[str, list[tuple[str, Num]]] = {}

    def add(form: str, kind: str, value: Num) -> None:
        key = fold_str(form)
        r = (kind, _num(value))
        lst = out.setdefault(key, [])
        if r not in lst:
            lst.append(r)

    for row in _read_tsv("number_words.tsv"):
        form, kind, value = row[0], row[1], float(row[2])
        add(form, kind, value)
        if kind in _SUFFIXED_KINDS:
            # "نصفهم", "ثلثاهم", "ثلاثة أرباعهم": the part of them (a suffixed dual stands alone)
            for suf in _POSSESSIVES:
                add(form + suf, _SUFFIXED_KINDS[kind], value)
    for stem, v in _HUNDRED_STEMS:
        for h in _HUNDRED_FORMS:
            add(stem + h, "hundreds", v * 100)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def not_numbers() -> frozenset[str]:
    """Folded whole words that a proclitic and a number word spell but that are other words
    (data/quantities/not_numbers.tsv): «كمية» is "quantity", never «ك» + colloquial «مية» (100)."""
    return frozenset(fold_str(r[0].strip()) for r in _read_tsv("not_numbers.tsv"))


def _not_number_word(text: str, ws: int, end: int, words: frozenset[str]) -> bool:
    """Whether the prefixed word ``text[ws:end]`` is a listed other word, with or without a leading و/ف. Folding
    takes the hamza off «كمئة» («كمئة رجل»: like a hundred men), so a word written with «ئ» stays a number."""
    raw = text[ws:end]
    if "ئ" in raw:
        return False
    w = fold_str(raw)
    return w in words or (w[:1] in ("و", "ف") and w[1:] in words)


def _primary(readings: tuple[tuple[str, Num], ...]) -> tuple[str, Num, tuple]:
    # cardinal readings first; fraction/ordinal alternatives kept in alts
    order = {"fraction_amb": 9, "ordinal": 5}
    rs = sorted(readings, key=lambda r: order.get(r[0], 0))
    return rs[0][0], rs[0][1], tuple(rs[1:])


class NumberGrammar:
    """Finds number atoms in a text and groups them into numbers.

    ``extra`` adds anchor words with caller kinds: {surface: (kind, value, info)}; the quantity
    extractor uses it for dual units ("سنتين" = 2 years) and vague words.
    """

    def __init__(self, extra: dict[str, tuple[str, Num, object]] | None = None):
        self.lexicon = Lexicon(proclitics=("وبال", "وكال", "فبال", "ولل", "فلل", "بال", "كال", "فال", "وال",
                                           "لل", "ال", "وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك"))
        for key, readings in number_words().items():
            kind, value, alts = _primary(readings)
            self.lexicon.add(key, (kind, value, alts, None))
        for form, (kind, value, info) in (extra or {}).items():
            key = fold_str(form)
            if key in self.lexicon:
                continue
            self.lexicon.add(key, (kind, value, (), info))
        self.lexicon.finalize()

    # -- atoms ---------------------------------------------------------------------------------
    def atoms(self, text: str, folded: Folded | None = None, masks: "Masks | None" = None) -> list[Atom]:
        """All number atoms in ``text`` in order, with ``joined``/``conj`` set."""
        f = folded if folded is not None else fold(text)
        if masks is not None and not masks.spans:
            masks = None  # nothing masked: skip the per-atom test
        out: list[Atom] = []
        n = len(text)
        for m in DIGITS_RE.finditer(text):
            s, e = m.span()
            if s and text[s - 1] in _PLAIN_BEFORE and (e == n or not (text[e].isascii() and text[e].isalpha())):
                # the common case, a digit run after a space: what _digit_atom returns for it
                a = Atom(s, e, s, "digits", 0, "", (), None, False, False, m.group())
            else:
                da = self._digit_atom(text, s, e)
                if da is None:
                    continue
                a = da
            if masks is None or not masks.covers(a.wstart, a.end):
                out.append(a)
        amb: list[Atom] = []
        words = not_numbers()
        for ms, me, mps, mprefix, val in lexicon_hits(self.lexicon, f):
            kind, value, alts, info = val
            if masks is not None and masks.covers(mps, me):
                continue
            if mprefix and _not_number_word(text, mps, me, words):
                continue  # «كمية»: a word of its own, not «ك» + «مية»
            a = Atom(ms, me, mps, kind, value, mprefix, alts, info)
            if mprefix and mprefix.endswith("ال") and ms > mps:
                a.astart = mps + _base_offset(text[mps:ms], len(mprefix) - 2)
            if kind == "fraction_amb" or (alts and any(k == "fraction_amb" for k, _ in alts)):
                amb.append(a)
            out.append(a)
        out.sort(key=_atom_start)
        link(text, out)
        _singular_accusatives(text, out)
        if amb:
            index = {id(a): i for i, a in enumerate(out)}
            for a in amb:
                i = index[id(a)]
                prev = out[i - 1] if i else None
                teen = (a.joined and not a.conj and prev is not None
                        and prev.kind in ("unit", "unit_teen", "ordinal", "ordinal_teen", "digits"))
                self._fraction_or_cardinal(text, a, teen)
        return out

    def _digit_atom(self, text: str, s: int, e: int) -> Atom | None:
        raw = text[s:e]
        # never part of a Latin/alphanumeric token (tweet ids, "M4", "F16" style codes)
        if e < len(text) and (text[e].isascii() and text[e].isalpha()):
            return None
        if s >= 2 and text[s - 1] in "-–" and text[s - 2].isalpha():
            return None  # model and code names: F-16, COVID-19, ميغ-21
        ws = s
        prefix = ""
        if s > 0 and _WORD_CHAR.match(text[s - 1]):
            k = s
            while k > 0 and _WORD_CHAR.match(text[k - 1]):
                k -= 1
            pre = text[k:s]
            if any(ch.isascii() and (ch.isalpha() or ch.isdigit()) for ch in pre):
                return None
            prefix = _fold_short(pre)
            if prefix not in _DIGIT_PROCLITICS:
                return None
            ws = k
        if ws == s and s >= 1 and text[s - 1] in ".٫" and (s == 1 or text[s - 2].isspace()):
            s = ws = s - 1  # ".75", "٫٧٧": a leading decimal point
            raw = "0٫" + raw if text[s] == "٫" else "0." + raw
        a = Atom(s, e, ws, "digits", 0, prefix, raw=raw)
        if prefix.endswith("ال"):
            a.astart = ws + _base_offset(text[ws:s], len(prefix) - 2)  # "الـ24" keeps its article
        return a

    @staticmethod
    def _fraction_or_cardinal(text: str, a: Atom, teen: bool = False) -> None:
        """خمس/سبع/تسع/عشر/ثمن: a fraction when the first letter carries a damma (خُمس، عُشر) or a
        definite noun follows (خمس المقاتلين); a cardinal otherwise (عشر سنوات)."""
        frac = next((v for k, v in ((a.kind, a.value),) + a.alts if k == "fraction_amb"), None)
        card = next(((k, v) for k, v in ((a.kind, a.value),) + a.alts if k != "fraction_amb"), None)
        surface = text[a.start:a.end]
        is_frac = not teen and len(surface) > 1 and surface[1] == _DAMMA
        if not is_frac and not teen and card is not None and card[0] != "ordinal":
            nxt = _NEXT_DEFINITE.match(text[a.end:a.end + 40])
            if nxt and not a.definite:
                word = fold_str(nxt.group().strip())
                is_frac = word[2:] not in number_words() and word[2:] not in _NOT_NOUN
        if is_frac and frac is not None:
            a.kind, a.value, a.alts = "fraction", frac, ()
        elif card is None:
            a.kind, a.alts = "not_number", ()  # ثمن without its damma is "price"
        else:
            a.kind, a.value = card
            a.alts = tuple(r for r in a.alts if r[0] not in ("fraction_amb", card[0]))

    # -- grammar -------------------------------------------------------------------------------
    def parse_at(self, atoms: list[Atom], i: int) -> tuple[NumberSpan | None, int]:
        """The longest number starting at atom ``i``: (span or None, index after it)."""
        a = atoms[i]
        if a.kind == "digits" and (i + 1 == len(atoms) or not atoms[i + 1].joined):
            # the common case, a digit run standing alone: what the loop below returns for it
            return NumberSpan(a.astart if a.astart >= 0 else a.start, a.end, _num(0 + a.value), False, i, i, None,
                              False, True, False, a.prefix, 1, a.raw), i + 1
        if a.kind in ("ordinal", "ordinal_teen"):
            return _ordinal(atoms, i)
        segs: list[tuple[Num, Num, int, int]] = []  # (value, magnitude, first, last)
        j = i
        while j < len(atoms):
            if j > i and not (atoms[j].joined and atoms[j].conj):
                break
            seg = _segment(atoms, j)
            if seg is None:
                break
            value, mag, nj = seg
            if segs:
                prev_mag = segs[-1][1]
                if not mag < prev_mag or (mag == 1 and not value < prev_mag):
                    break
                if mag == 1 and atoms[j].kind == "digits" and value < prev_mag / 100:
                    break  # "170 ألف و5 آخرين" lists two amounts; "4 آلاف و500", "9 آلاف و44" are one
            segs.append((value, mag, j, nj - 1))
            j = nj
            if mag == 1:
                # a trailing "ونصف" after a multiplier segment was folded into that segment already
                break
        if not segs:
            return None, i + 1
        first, last = i, segs[-1][3]
        total: Num = 0
        has_mult = False
        for v, m, _, _ in segs:
            total += v
            if m > 1:
                has_mult = True
        words = False
        for x in atoms[first:last + 1]:
            if x.kind != "digits":
                words = True
                break
        tail = atoms[last]
        tail_mult = segs[-1][1] if segs[-1][1] > 1 and tail.kind in MULT_KINDS else None
        span = NumberSpan(
            atoms[first].astart if atoms[first].astart >= 0 else atoms[first].start, atoms[last].end, _num(total), False, first, last, tail_mult, has_mult,
            digits=(first == last and a.kind == "digits"), words=words,
            prefix=a.prefix, segments=len(segs), raw=a.raw,
        )
        return span, last + 1

    def numbers(self, atoms: list[Atom]) -> list[NumberSpan]:
        out = []
        i = 0
        while i < len(atoms):
            a = atoms[i]
            if a.kind == "digits" and not a.value and a.raw:
                v = digits_value(a.raw)
                if v is None:
                    i += 1
                    continue
                a.value = v
            span, i = self.parse_at(atoms, i)
            if span is not None:
                out.append(span)
        return out


def lexicon_hits(lex: Lexicon, f: Folded) -> list[tuple[int, int, int, str, Any]]:
    """``lex.find(f)`` as plain tuples (start, end, prefix_start, prefix, payload) in original
    offsets: the same whole-word, proclitic-aware, leftmost-longest rules (on folded text, where
    no mark is left to count as a word letter), without a Match per hit; compiled with this
    module, for the scans that run on every document (number words, the places gazetteer).
    ``payload`` is the first value given with the term."""
    if not lex._final:
        lex.finalize()
    if not lex._values:
        return []
    ft = f.text
    n = len(ft)
    procs = lex.proclitics
    norm_pos, shift = f._norm_pos, f._shift  # empty when nothing was deleted
    out = []
    for end_idx, (key, vals) in lex._auto.iter(ft):
        j = end_idx + 1
        if j < n and (ft[j].isalnum() or ft[j] == "_"):  # \w, as lexicon.py tests it
            continue
        i = j - len(key)
        prefix = ""
        ws = i
        if i > 0 and (ft[i - 1].isalnum() or ft[i - 1] == "_"):
            k = i - 1
            while k > 0 and (ft[k - 1].isalnum() or ft[k - 1] == "_"):
                k -= 1
            prefix = ft[k:i]
            if prefix not in procs:
                continue
            ws = k
        if not norm_pos:  # folded offsets are original offsets
            out.append((i, j, ws, prefix, vals[0]))
        else:  # f.span(i, j) and f.orig_index(ws), inlined
            q = bisect_right(norm_pos, i)
            s = i + (shift[q - 1] if q else 0)
            q = bisect_right(norm_pos, j - 1)
            e = _mark_run_end(f.original, j + (shift[q - 1] if q else 0))
            q = bisect_right(norm_pos, ws)
            out.append((s, e, ws + (shift[q - 1] if q else 0), prefix, vals[0]))
    if len(out) > 1:
        out.sort(key=_longest_key)
        kept = []
        last_end = -1
        for m in out:
            if m[2] >= last_end:
                kept.append(m)
                last_end = m[1]
        out = kept
    return out


def _singular_accusatives(text: str, atoms: list[Atom]) -> None:
    """"مليوناً و905 آلاف", "ألفاً": a multiplier with tanween, or one that "و" and another number
    follow, is the accusative singular (one million), not the construct dual ("ألفا مقاتل", two
    thousand fighters), which folds to the same letters."""
    for k, a in enumerate(atoms):
        if a.kind != "mult_dual" or not fold_str(text[a.start:a.end]).endswith("ا"):
            continue
        nxt = atoms[k + 1] if k + 1 < len(atoms) else None
        if "\u064b" in text[a.start:a.end + 1] or (nxt is not None and nxt.joined and nxt.conj):
            a.kind = "mult"
            a.value = _num(a.value / 2)


def _atom_start(a: Atom) -> int:
    return a.start


def _longest_key(m: tuple) -> tuple[int, int]:
    return m[2], m[2] - m[1]


# On folded text (marks and tatweel deleted) lexicon.py's word-character test is \w.
_IS_WORD = re.compile(r"\w").match


_NEXT_DEFINITE = re.compile(r"\s+(?:ال|لل)[\u0621-\u064a]{2,}")

# Words that follow خمس/عشر with an article but do not make them fractions.
_NOT_NOUN = frozenset({"ماضي", "ماضيه", "اخيره", "اخير", "اولي", "اول"})


def link(text: str, atoms: list[Atom]) -> None:
    """Set ``joined``/``conj``: only whitespace (and tatweel/diacritics) and at most one standalone و
    between an atom and the previous one, or a و proclitic on the atom itself."""
    prev = None
    for a in atoms:
        if a.kind == "digits" and not a.value and a.raw:
            raw = a.raw
            v = int(raw) if raw.isdecimal() and len(raw) < 4000 else digits_value(raw)  # its fast path
            a.value = v if v is not None else 0
            if v is None:
                a.kind = "bad_digits"
        if prev is not None and a.wstart >= prev.end:
            g = _GAP_AT.match(text, prev.end, a.wstart)
            if g:
                a.joined = True
                a.conj = bool(g.group(1)) or a.prefix.startswith("و")
                if g.group(1) and a.prefix not in ("", "ال"):
                    a.joined = False  # "و ب5": not one number
                if a.prefix and not a.prefix.startswith("و") and a.prefix not in ("ال",):
                    a.joined = False
        prev = a
    # "وأحد عشر" folds to "واحد عشر": a و-prefixed أحد before عشر, not the word واحد
    for i in range(len(atoms) - 1):
        a, b = atoms[i], atoms[i + 1]
        if (a.kind == "unit" and a.value == 1 and not a.prefix and b.kind == "ten" and b.joined and not b.conj
                and fold_str(text[a.start:a.end]) == "واحد"):
            a.kind, a.prefix, a.start = "unit_teen", "و", a.start + 1
            if i > 0 and a.wstart >= atoms[i - 1].end and _GAP.match(text[atoms[i - 1].end:a.wstart]):
                a.joined, a.conj = True, True


# Characters normalize.fold deletes (harakat, tatweel, bidi and zero-width marks).
DELETED = frozenset(chr(c) for c in list(range(0x0610, 0x061B)) + list(range(0x064B, 0x0660)) + [0x0670]
                    + list(range(0x06D6, 0x06EE)) + [0x0640] + list(range(0x200B, 0x2010))
                    + list(range(0x202A, 0x202F)) + list(range(0x2066, 0x206A)) + [0xFEFF])


@lru_cache(maxsize=4096)
def _fold_short(s: str) -> str:
    return fold_str(s)


_base_offset = base_offset


_GAP = re.compile(r"^[\s\u0640\u064b-\u065f]*(?:(و)[\s\u0640\u064b-\u065f]*)?$")
# The same test in place (match(text, pos, endpos)), without slicing the gap out first.
_GAP_AT = re.compile(r"[\s\u0640\u064b-\u065f]*(?:(و)[\s\u0640\u064b-\u065f]*)?$")


def _ordinal(atoms: list[Atom], i: int) -> tuple[NumberSpan | None, int]:
    a = atoms[i]
    value = a.value
    last = i
    if i + 1 < len(atoms):
        b = atoms[i + 1]
        if b.joined and not b.conj and b.kind == "ten":
            value, last = value + 10, i + 1
        elif b.joined and b.conj and b.kind == "tens":
            value, last = value + b.value, i + 1
    if a.kind == "ordinal_teen" and last == i:
        return None, i + 1
    if value == 1 and last == i:
        return None, i + 1  # "الأول"/"الأولى" ranks or names ("فرن الدخان الأول", "للمرة الأولى"): no amount
    return NumberSpan(a.astart if a.astart >= 0 else a.start, atoms[last].end, _num(value), True, i, last, prefix=a.prefix, words=True), last + 1


def _small(atoms: list[Atom], j: int) -> tuple[Num, int] | None:
    """A number below 1000 (or a digit run) starting at atom j: (value, next index)."""
    n = len(atoms)
    a = atoms[j]
    k = a.kind

    def nxt(idx: int, conj: bool | None = None) -> Atom | None:
        if idx < n and atoms[idx].joined and (conj is None or atoms[idx].conj == conj):
            return atoms[idx]
        return None

    if k == "digits":
        v, j2 = a.value, j + 1
        d = nxt(j2, False)
        if d is not None and d.kind == "decimal":
            e = nxt(j2 + 1, False)
            if e is not None and e.kind in ("digits", "unit", "zero"):
                return _num(float(f"{int(v)}.{e.raw if e.kind == 'digits' else int(e.value)}")), j2 + 2
        return v, j2
    if k == "fraction":
        # only as the coefficient of a multiplier: نصف مليون
        m = nxt(j + 1, False)
        if m is not None and m.kind in ("mult",):
            return a.value, j + 1
        return None
    value = 0.0
    if k in ("hundred", "hundreds"):
        value = a.value
        j += 1
        b = nxt(j)
        if b is None or b.kind not in ("unit", "unit_teen", "ten", "teen", "tens", "zero"):
            return value, j
        sub = _sub_hundred(atoms, j)
        if sub is None:
            return value, j
        return value + sub[0], sub[1]
    if k in ("unit", "zero"):
        b = nxt(j + 1, False)
        if b is not None and b.kind == "hundred" and 3 <= a.value <= 9:
            value = a.value * 100
            j += 2
            c = nxt(j)
            if c is not None and c.kind in ("unit", "unit_teen", "ten", "teen", "tens"):
                sub = _sub_hundred(atoms, j)
                if sub is not None:
                    return value + sub[0], sub[1]
            return value, j
        d = nxt(j + 1, False)
        if d is not None and d.kind == "decimal":
            e = nxt(j + 2, False)
            if e is not None and e.kind in ("digits", "unit", "zero"):
                return _num(float(f"{int(a.value)}.{e.raw if e.kind == 'digits' else int(e.value)}")), j + 3
    return _sub_hundred(atoms, j)


def _sub_hundred(atoms: list[Atom], j: int) -> tuple[Num, int] | None:
    n = len(atoms)
    a = atoms[j]
    k = a.kind

    def nxt(idx: int, conj: bool) -> Atom | None:
        if idx < n and atoms[idx].joined and atoms[idx].conj == conj:
            return atoms[idx]
        return None

    if k in ("unit", "unit_teen"):
        b = nxt(j + 1, False)
        if b is not None and b.kind == "ten":
            return a.value + 10, j + 2
        if k == "unit_teen":
            # "إحدى وعشرين": the feminine/construct one (or two) before "و" + tens
            c = nxt(j + 1, True)
            if c is not None and c.kind == "tens":
                return a.value + c.value, j + 2
            return None
        c = nxt(j + 1, True)
        if c is not None and c.kind == "tens":
            return a.value + c.value, j + 2
        return a.value, j + 1
    if k == "zero":
        return 0, j + 1
    if k in ("ten", "teen"):
        return a.value, j + 1
    if k == "tens":
        c = nxt(j + 1, True)
        if c is not None and c.kind == "unit" and c.value < 10:
            # "عشرون وخمسة" (rare order); not when a tens word follows (عشرين وخمسة وعشرين)
            d = nxt(j + 2, True)
            if d is None or d.kind != "tens":
                return a.value + c.value, j + 2
        return a.value, j + 1
    return None


def _year_then_definite(a: Atom, m: Atom, adjacent: bool) -> bool:
    """«في 2015 الألف»: a year-like four-digit run before a multiplier with the article is a date and the
    multiplier another word («الألف» names its own thousand); a coefficient's multiplier is never definite."""
    raw = a.raw
    return (adjacent and a.kind == "digits" and m.definite and len(raw) == 4 and raw.isdigit()
            and 1900 <= int(raw) <= 2100)


def _segment(atoms: list[Atom], j: int) -> tuple[Num, Num, int] | None:
    """A segment: a multiplier alone (ألف، مليونان), or a sub-thousand group times an optional
    multiplier (خمسة وعشرين ألف، 170 ألف، 2.5 مليون), or "ونصف" after a multiplier.
    Returns (value, magnitude, next index); magnitude 1 means no multiplier."""
    a = atoms[j]
    n = len(atoms)
    if a.kind == "mult":
        return a.value, a.value, j + 1
    if a.kind == "mult_dual":
        return a.value, a.value / 2, j + 1
    if a.kind == "fraction" and a.value == 0.5 and a.conj and j > 0 and atoms[j - 1].kind in MULT_KINDS:
        # "مليون ونصف": half of the previous multiplier
        prev = atoms[j - 1]
        m = prev.value / 2 if prev.kind == "mult_dual" else prev.value
        return 0.5 * m, 0.5, j + 1  # magnitude below 1 ends the number
    if a.kind not in SMALL_KINDS and a.kind not in ("digits", "fraction"):
        return None
    sm = _small(atoms, j)
    if sm is None:
        return None
    v, nj = sm
    if nj < n and atoms[nj].joined and not atoms[nj].conj and atoms[nj].kind in MULT_KINDS \
            and not _year_then_definite(a, atoms[nj], nj == j + 1):
        m_atom = atoms[nj]
        m = m_atom.value / 2 if m_atom.kind == "mult_dual" else m_atom.value  # ألفاً after a coefficient
        return _num(v * m), m, nj + 1
    return v, 1, nj


# -- masks (URLs, handles, hashtags) ------------------------------------------------------------
_MASK_RE = re.compile(r"(?:https?://|www\.)\S+|[@#][\w\u0600-\u06ff]+")
# Bare domains (t.me/x, pic.twitter.com/x): found from their TLD, then widened to the whole token,
# so the regex does not try every word start.
_TLD_RE = re.compile(r"\.(?:com|net|org|me|ly|io|sy|tv|info|co|uk|fr|de|ru|tr|gov)\b")


class Masks:
    """Spans of a text where no number is read: URLs, e-mail addresses, @handles and #hashtags."""

    __slots__ = ("spans",)

    def __init__(self, text: str):
        spans = []
        if "@" in text or "#" in text or "http" in text or "www." in text:
            spans = [(m.start(), m.end()) for m in _MASK_RE.finditer(text)]
        if "." in text:
            for m in _TLD_RE.finditer(text):
                s = m.start()
                while s > 0 and not text[s - 1].isspace():
                    s -= 1
                e = m.end()
                while e < len(text) and not text[e].isspace():
                    e += 1
                spans.append((s, e))
        spans.sort()
        self.spans = spans

    def covers(self, s: int, e: int) -> bool:
        """Whether [s, e) overlaps a masked span."""
        if not self.spans:
            return False
        k = bisect_right(self.spans, (s, 1 << 62)) - 1
        if k >= 0 and self.spans[k][1] > s:
            return True
        return k + 1 < len(self.spans) and self.spans[k + 1][0] < e


# -- module-level API ---------------------------------------------------------------------------
@lru_cache(maxsize=1)
def default_grammar() -> NumberGrammar:
    return NumberGrammar()


def scan_numbers(text: str) -> list[NumberSpan]:
    """Every cardinal and ordinal number in ``text`` (digits or words), with original offsets.
    URLs, handles and hashtags are skipped. Amount semantics (ranges, hedges, years used as dates)
    are the quantity extractor's job, not this scanner's."""
    g = default_grammar()
    return g.numbers(g.atoms(text, masks=Masks(text)))


_SIGN_RE = re.compile(r"^\s*([-−+])\s*")
_FRACTION_RE = re.compile(r"^\s*(\d+)\s*/\s*(\d+)\s*$")


def parse_number(s: str) -> Num | None:
    """The value of a string that is one number and nothing else, or None.

    "ثلاثمائة وخمسين" → 350, "4 آلاف و500" → 4500, "١٠٠٬٠٠٠٫٠" → 100000, "الحادي عشر" → 11,
    "مئتا" → 200, "١١/١٠" → 1.1, "-1.2" → -1.2, "الثُلث" → 0.3333. Integral values come back as int.
    """
    if not isinstance(s, str) or not s.strip():
        return None
    sign = 1
    m = _SIGN_RE.match(s)
    if m:
        sign = -1 if m.group(1) in "-−" else 1
        s = s[m.end():]
    fm = _FRACTION_RE.match(s)
    if fm:
        num, den = digits_value(fm.group(1)), digits_value(fm.group(2))
        if num is None or not den:
            return None
        return _num(round(sign * num / den, 4))
    st = s.strip()
    if st[:1] in ".٫" and st[1:].isdigit():
        v = digits_value("0٫" + st[1:])
        return None if v is None else _num(sign * v)
    g = default_grammar()
    atoms = g.atoms(s)
    if not atoms:
        return None
    # everything but whitespace, و and tatweel/diacritics must be covered by the atoms
    covered = re.sub(r"[\s\u0640\u064b-\u065f]", "", s[:atoms[0].wstart])
    if covered:
        return None
    if any(a.kind == "bad_digits" for a in atoms):
        return None
    span, j = g.parse_at(atoms, 0)
    if span is None or j != len(atoms):
        if len(atoms) == 1 and atoms[0].kind in ("fraction", "vague", "mult_pl"):
            a = atoms[0]
            if a.kind == "fraction":
                span = NumberSpan(a.start, a.end, a.value)
            else:
                return None
        else:
            return None
    rest = re.sub(r"[\s\u0640\u064b-\u065f]", "", s[span.end:])
    if rest:
        return None
    return _num(sign * span.value)


# -- writer (for round-trip tests and display) ---------------------------------------------------
_UNITS_W = ("صفر", "واحد", "اثنان", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة")
_TENS_W = {20: "عشرون", 30: "ثلاثون", 40: "أربعون", 50: "خمسون", 60: "ستون", 70: "سبعون", 80: "ثمانون", 90: "تسعون"}
_HUNDREDS_W = {1: "مائة", 2: "مئتان", 3: "ثلاثمائة", 4: "أربعمائة", 5: "خمسمائة", 6: "ستمائة", 7: "سبعمائة",
               8: "ثمانمائة", 9: "تسعمائة"}
_SCALES_W = ((10 ** 9, "مليار", "ملياران", "مليارات"), (10 ** 6, "مليون", "مليونان", "ملايين"),
             (1000, "ألف", "ألفان", "آلاف"))


def _words_below_1000(n: int) -> list[str]:
    parts = []
    h, r = divmod(n, 100)
    if h:
        parts.append(_HUNDREDS_W[h])
    if r:
        if r <= 10:
            parts.append(_UNITS_W[r])
        elif r == 11:
            parts.append("أحد عشر")
        elif r == 12:
            parts.append("اثنا عشر")
        elif r < 20:
            parts.append(_UNITS_W[r - 10] + " عشر")
        else:
            t, u = divmod(r, 10)
            parts.append(_TENS_W[t * 10] if not u else f"{_UNITS_W[u]} و{_TENS_W[t * 10]}")
    return parts


def to_words(n: int) -> str:
    """Standard Arabic words for a non-negative integer below 10^12 (counted-noun agreement
    aside): 4500 → "أربعة آلاف وخمسمائة", 2000000 → "مليونان"."""
    if n < 0:
        raise ValueError("negative numbers are not written here")
    if n == 0:
        return _UNITS_W[0]
    parts: list[str] = []
    for scale, one, two, plural in _SCALES_W:
        q, n = divmod(n, scale)
        if not q:
            continue
        if q == 1:
            parts.append(one)
        elif q == 2:
            parts.append(two)
        elif q <= 10:
            parts.append(f"{' '.join(_words_below_1000(q))} {plural}")
        else:
            parts.append(f"{' و'.join(_words_below_1000(q))} {one}")
    if n:
        parts.extend(_words_below_1000(n))
    return " و".join(parts)
