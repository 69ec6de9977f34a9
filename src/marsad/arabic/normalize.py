"""Matching normalisation that never loses the way back to the original text.

Lexicons and gazetteers are matched on a folded form (hamza/alef variants, alef maqsura, ta
marbuta, Persian letters, digits), but every span must point into the *original* text. So the
folded text keeps a map: 1:1 replacements keep positions, and deleted characters (diacritics,
tatweel, bidi marks) are recorded as breakpoints so any folded index maps back exactly.
"""
from __future__ import annotations

import codecs
import re
from bisect import bisect_right
from collections.abc import Mapping
from encodings import cp1256 as _cp1256

# Windows-1256 through the codec's C functions: str.encode/bytes.decode look the codec up and
# call its Python wrapper each time, several times the cost of the conversion on a short word.
_ENC_TABLE = _cp1256.encoding_table
_DEC_TABLE = _cp1256.decoding_table


def _enc(text: str, errors: str = "strict") -> bytes:
    return codecs.charmap_encode(text, errors, _ENC_TABLE)[0]


def _dec(b: bytes) -> str:
    return codecs.charmap_decode(b, "strict", _DEC_TABLE)[0]


# 1:1 folds: every one of these keeps the string length.
_FOLD = {
    # alef forms and hamza carriers
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ؤ": "و", "ئ": "ي",
    # alef maqsura / Persian ya / ta marbuta
    "ى": "ي", "ی": "ي", "ۍ": "ي", "ې": "ي", "ے": "ي",
    "ة": "ه", "ۀ": "ه", "ە": "ه", "ھ": "ه", "ہ": "ه",
    # Persian / Urdu letters with Arabic counterparts
    "ک": "ك", "ڪ": "ك", "گ": "ك", "پ": "ب", "چ": "ج", "ژ": "ز", "ڤ": "ف", "ڨ": "ق",
    # punctuation
    "،": ",", "؛": ";", "؟": "?", "٬": ",", "٫": ".", "٪": "%",
    "“": '"', "”": '"', "«": '"', "»": '"', "„": '"',
    "\u00a0": " ", "\u2009": " ", "\u202f": " ",
}
# Eastern Arabic (٠-٩) and Persian (۰-۹) digits
for _i in range(10):
    _FOLD[chr(0x0660 + _i)] = str(_i)
    _FOLD[chr(0x06F0 + _i)] = str(_i)

# Deleted: harakat, superscript alef, Quranic marks, tatweel, bidi and zero-width controls.
_DELETE_CLASS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff"
_DELETE_RE = re.compile(f"[{_DELETE_CLASS}]+")
_TABLE = str.maketrans(_FOLD)
# For the light fold we keep hamza/ta marbuta distinctions but still drop marks and fold digits.
_LIGHT_TABLE = str.maketrans({k: v for k, v in _FOLD.items() if not ("\u0621" <= k <= "\u06ff") or k.isdigit()})


class Folded:
    """A folded text plus the way back: ``orig_index(i)`` for any folded index 0..len.

    A plain slotted class, not a frozen dataclass: one is made per document per stage, and a
    frozen dataclass pays an ``object.__setattr__`` call per field."""

    __slots__ = ("text", "original", "_norm_pos", "_shift")

    def __init__(self, text: str, original: str, _norm_pos: tuple[int, ...], _shift: tuple[int, ...]) -> None:
        self.text = text
        self.original = original
        self._norm_pos = _norm_pos  # folded index at which a deletion run sits
        self._shift = _shift  # cumulative characters deleted up to and including that run

    def __repr__(self) -> str:
        return f"Folded(text={self.text!r})"

    def orig_index(self, i: int) -> int:
        """Original index of folded index ``i`` (a start maps past any deletion before it)."""
        k = bisect_right(self._norm_pos, i)
        return i + (self._shift[k - 1] if k else 0)

    def orig_end(self, j: int) -> int:
        """Original index for a span *end*: do not swallow marks deleted right after the span
        unless they are diacritics of its last letter (so "الثُلث" keeps its ُ inside)."""
        if j == 0:
            return 0
        k = bisect_right(self._norm_pos, j - 1)
        p = j + (self._shift[k - 1] if k else 0)  # orig_index(j - 1) + 1
        return _mark_run_end(self.original, p)

    def _trailing_marks(self, p: int) -> int:
        return _mark_run_end(self.original, p) - p

    def span(self, i: int, j: int) -> tuple[int, int]:
        """Original (start, end) of folded span [i, j)."""
        return self.orig_index(i), self.orig_end(j)


# A run of the characters _is_mark accepts (the marks that stay with the letter before them).
_MARK_RUN = re.compile("[\u064b-\u065f\u0670\u0610-\u061a\u06d6-\u06ed\u0640]*")


def _mark_run_end(s: str, p: int) -> int:
    """End of the run of marks starting at ``p`` (``p`` itself when there is none)."""
    m = _MARK_RUN.match(s, p)
    return m.end() if m is not None else p


def _is_mark(ch: str) -> bool:
    o = ord(ch)
    return 0x064B <= o <= 0x065F or o == 0x0670 or 0x0610 <= o <= 0x061A or 0x06D6 <= o <= 0x06ED or o == 0x0640


def fold(text: str, light: bool = False) -> Folded:
    """Fold ``text`` for matching. ``light`` keeps hamza, alef maqsura and ta marbuta."""
    table = _LIGHT_BYTES if light else _BYTES
    odd: list[int] = []
    try:
        b = _enc(text)
    except UnicodeEncodeError:
        # a few characters Windows-1256 lacks (Eastern digits, Persian ی, ٬): they go through
        # the character table one by one, the rest stays on the byte path
        b = _enc(text, "replace")
        odd = _odd_positions(text, b)
        if len(odd) * 8 > len(text):
            return _fold_chars(text, light)
    # one byte per character: byte offsets are character offsets, and one bytes.translate
    # call folds and deletes at once
    folded = _translate_around(text, b, odd, table, light) if odd else _dec(b.translate(table, _DELETE_BYTES))
    if len(folded) == len(b):
        return Folded(folded, text, (), ())
    # the deleted bytes' offsets, found with bytes.find (memchr) rather than a regex scan
    at: list[int] = [i for i in odd if not _fold_odd(text[i], light)]
    for c in _DELETE_BYTE_LIST:
        k = b.find(c)
        while k != -1:
            at.append(k)
            k = b.find(c, k + 1)
    at.sort()
    positions: list[int] = []  # as _fold_chars: one entry per run of deleted characters
    shifts: list[int] = []
    deleted = 0
    prev = -2
    for k in at:
        if k == prev + 1:
            shifts[-1] += 1
        else:
            positions.append(k - deleted)
            shifts.append(deleted + 1)
        deleted += 1
        prev = k
    return Folded(folded, text, tuple(positions), tuple(shifts))


def _odd_positions(text: str, b: bytes) -> list[int]:
    """Indices of the characters Windows-1256 lacks: ``b`` is ``text`` encoded with
    errors="replace", one "?" for each of them (memchr finds them; a real "?" is skipped)."""
    out: list[int] = []
    k = b.find(b"?")
    while k != -1:
        if text[k] != "?":
            out.append(k)
        k = b.find(b"?", k + 1)
    return out


_ODD_FOLDS: dict[tuple[str, bool], str] = {}


def _fold_odd(ch: str, light: bool) -> str:
    """One character outside Windows-1256, folded: "" when deleted, else one character."""
    r = _ODD_FOLDS.get((ch, light))
    if r is None:
        r = _DELETE_RE.sub("", ch).translate(_LIGHT_TABLE_LIST if light else _TABLE_LIST)
        if len(_ODD_FOLDS) < 4096:
            _ODD_FOLDS[(ch, light)] = r
    return r


def _fold_chars(text: str, light: bool = False) -> Folded:
    """fold() for text outside Windows-1256, character by character."""
    positions: list[int] = []
    shifts: list[int] = []
    if _DELETE_RE.search(text):
        parts = []
        last = 0
        deleted = 0
        for m in _DELETE_RE.finditer(text):
            parts.append(text[last:m.start()])
            deleted += m.end() - m.start()
            positions.append(m.start() - (deleted - (m.end() - m.start())))
            shifts.append(deleted)
            last = m.end()
        parts.append(text[last:])
        stripped = "".join(parts)
    else:
        stripped = text
    folded = _translate(stripped, light)
    return Folded(folded, text, tuple(positions), tuple(shifts))


# The 1:1 folds as lists indexed by code point, for str.translate. With a dict, every character
# that is not in the table (most letters) costs a failed lookup and a caught KeyError; a list
# answers every code point below its length directly, about twice as fast in the extractor's
# loop (a numpy table lookup was no faster there, once per-call overhead and cold caches count).
# Code points past the list's end raise IndexError, which str.translate treats as "unchanged".
def _list_table(table: Mapping[int, str | int]) -> list[int]:
    out = list(range(max(table) + 1))
    for k, v in table.items():
        out[k] = v if isinstance(v, int) else ord(v)
    return out


_TABLE_LIST = _list_table(_TABLE)
_LIGHT_TABLE_LIST = _list_table(_LIGHT_TABLE)


# Most Arabic news text fits in Windows-1256, where every fold is a byte-for-byte map: encoding,
# bytes.translate and decoding run in C at a few ns a character, about four times faster than
# str.translate, which looks every non-ASCII character up in a Python table. Text with a
# character outside the code page (Eastern digits, Persian letters, emoji) takes str.translate.
def _byte_table(table: list[int]) -> bytes:
    out = bytearray(range(256))
    for b in range(256):
        try:
            ch = bytes([b]).decode("cp1256")
        except UnicodeDecodeError:
            continue
        o = ord(ch)
        folded = chr(table[o]) if o < len(table) else ch
        out[b] = folded.encode("cp1256")[0]
    return bytes(out)


_BYTES = _byte_table(_TABLE_LIST)
_LIGHT_BYTES = _byte_table(_LIGHT_TABLE_LIST)
# The deleted characters that Windows-1256 has (harakat, tatweel, ZWNJ/ZWJ, LRM/RLM), as bytes.
_DELETE_BYTES = bytes(b for b in range(256) if _DELETE_RE.fullmatch(bytes([b]).decode("cp1256", "replace")))
_DELETE_BYTE_LIST = tuple(_DELETE_BYTES)


# Runs of characters Windows-1256 lacks. Real Arabic pages have a few (Eastern digits, Persian
# ی, the thousands sign ٬): only those runs take str.translate, the rest stays on the byte path.
_NOT_CP1256 = re.compile("[^" + "".join(f"\\u{ord(bytes([b]).decode('cp1256', 'replace')):04x}" for b in range(256)) + "]+")


def _translate(s: str, light: bool) -> str:
    table = _LIGHT_BYTES if light else _BYTES
    try:
        return _dec(_enc(s).translate(table))
    except UnicodeEncodeError:
        pass
    chars = _LIGHT_TABLE_LIST if light else _TABLE_LIST
    parts: list[str] = []
    last = 0
    for m in _NOT_CP1256.finditer(s):  # every fold is per character: pieces fold independently
        if m.start() > last:
            parts.append(_dec(_enc(s[last:m.start()]).translate(table)))
        parts.append(m.group().translate(chars))
        last = m.end()
    parts.append(_dec(_enc(s[last:]).translate(table)))
    return "".join(parts)


_SHORT_FOLDS: dict[str, str] = {}


def fold_str(text: str) -> str:
    """The folded string alone (for lexicon keys). Words come back again and again (every stage
    folds the words around its hits): short strings are remembered, up to a bound."""
    if len(text) <= 24:
        r = _SHORT_FOLDS.get(text)
        if r is None:
            r = _fold_str(text)
            if len(_SHORT_FOLDS) >= 65536:
                _SHORT_FOLDS.clear()
            _SHORT_FOLDS[text] = r
        return r
    return _fold_str(text)


def _fold_str(text: str) -> str:
    try:
        return _dec(_enc(text).translate(_BYTES, _DELETE_BYTES))
    except UnicodeEncodeError:
        pass
    b = _enc(text, "replace")
    odd = _odd_positions(text, b)
    if len(odd) * 8 > len(text):
        return _translate(_DELETE_RE.sub("", text), False)
    return _translate_around(text, b, odd, _BYTES, False)


def _translate_around(text: str, b: bytes, odd: list[int], table: bytes, light: bool) -> str:
    """``text`` folded on the byte path (``b``, its Windows-1256 bytes with ``?`` at ``odd``),
    the characters at ``odd`` folded one by one."""
    pieces: list[str] = []
    last = 0
    for i in odd:
        pieces.append(_dec(b[last:i].translate(table, _DELETE_BYTES)))
        pieces.append(_fold_odd(text[i], light))
        last = i + 1
    pieces.append(_dec(b[last:].translate(table, _DELETE_BYTES)))
    return "".join(pieces)


def strip_marks(text: str) -> str:
    return _DELETE_RE.sub("", text)


_DELETE_ONE = re.compile(f"[{_DELETE_CLASS}]")


def base_offset(word: str, n_base: int) -> int:
    """Index in ``word`` after ``n_base`` base letters (deleted marks are not counted), i.e.
    where a proclitic of ``n_base`` folded letters ends in the original spelling."""
    seen = 0
    for i, ch in enumerate(word):
        if not _DELETE_ONE.match(ch):
            if seen == n_base:
                return i
            seen += 1
    return len(word)
