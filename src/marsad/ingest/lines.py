"""Line classifier for scraped pages: which lines are site furniture, which are article.

Driven by the lexicons in data/ingest/furniture.json (markers, tag and comment widgets, share
labels, bylines) and data/ingest/outlets.tsv (outlet names and hosts), loaded once per process.
Lines are compared on their folded form (hamza, ta marbuta, tanween... do not matter).
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlparse

from .. import resources
from ..arabic.normalize import fold_str

_EDGE = " \t\u200f\u200e\u00a0:：-–—|»«•●▪◦·*>،,.؛;()[]\"'“”"
_WS = re.compile(r"\s+")
_DASH_SPLIT = re.compile(r"\s+[–—\-|/]\s+")


def norm(line: str) -> str:
    """Folded, lower-cased line with edge punctuation and repeated spaces removed."""
    return _squeeze(fold_str(line).lower())


def _squeeze(folded_lower: str) -> str:
    # str.split() splits at exactly re's \s (str.isspace), a few times faster than _WS.sub
    return " ".join(folded_lower.split()).strip(_EDGE)


@dataclass(frozen=True)
class Lexicons:
    markers: frozenset[str]
    listings: frozenset[str]  # site-wide lists ("الأكثر قراءة"): dropped, not related to the article
    marker_prefixes: tuple[str, ...]
    tags: tuple[str, ...]
    comments: tuple[str, ...]
    furniture: frozenset[str]
    furniture_norm: tuple[str, ...]
    furniture_colon: frozenset[str]  # prefixes that count only when a ':' follows ("الصورة:")
    source_prefix: tuple[str, ...]
    source_generic: frozenset[str]
    author_prefix: tuple[str, ...]
    roles: frozenset[str]
    bullets: tuple[str, ...]
    terminal: str
    dateline: frozenset[str]
    months: dict[str, int]
    outlets: dict[str, str]  # folded name or alias -> canonical outlet name
    hosts: dict[str, str]  # host (no www.) -> outlet


@lru_cache(maxsize=1)
def lexicons() -> Lexicons:
    data = resources.json_data("ingest", "furniture.json")
    outlets: dict[str, str] = {}
    hosts: dict[str, str] = {}
    for row in resources.text("ingest", "outlets.tsv").splitlines():
        if not row.strip() or row.startswith("#"):
            continue
        parts = row.split("\t")
        host, name = parts[0].strip(), parts[1].strip()
        aliases = [a for a in (parts[2].split("|") if len(parts) > 2 else []) if a.strip()]
        hosts[host.lower()] = name
        for n in [name, *aliases]:
            outlets[norm(n)] = name
    markers = sorted({norm(m) for m in data["related_markers"]}, key=len, reverse=True)
    return Lexicons(
        markers=frozenset(markers),
        listings=frozenset(norm(m) for m in data["listing_markers"]),
        marker_prefixes=tuple(markers),
        tags=tuple(sorted({norm(t) for t in data["tags_prefix"]}, key=len, reverse=True)),
        comments=tuple(norm(c) for c in data["comment_contains"]),
        furniture=frozenset(norm(f) for f in data["furniture_exact"]),
        furniture_norm=tuple(sorted({norm(f) for f in data["furniture_prefix"] if norm(f)}, key=len, reverse=True)),
        furniture_colon=frozenset(norm(f) for f in data["furniture_prefix"] if f.rstrip().endswith(":")),
        source_prefix=tuple(sorted({norm(s) for s in data["source_prefix"]}, key=len, reverse=True)),
        source_generic=frozenset(norm(s) for s in data["source_generic"]),
        author_prefix=tuple(sorted({norm(s) for s in data["author_prefix"]}, key=len, reverse=True)),
        roles=frozenset(norm(r) for r in data["byline_roles"]),
        bullets=tuple(data["bullets"]),
        terminal=data["terminal_punctuation"],
        months={norm(k): v for k, v in resources.months().items()},
        dateline=frozenset(w for d in (*data["dateline_words"], *resources.months()) for w in norm(d).split()),
        outlets=outlets,
        hosts=hosts,
    )


def _after_prefix(n: str, prefixes: tuple[str, ...]) -> str | None:
    """Rest of normalised line ``n`` after one of ``prefixes`` (word boundary), else None."""
    p = _prefix_of(n, prefixes)
    if p is None:
        return None
    return n[len(p):].strip(_EDGE)


_FIRST_WORD: dict[tuple[str, ...], dict[str, tuple[str, ...]]] = {}
_FIRST_RE = re.compile(r"[^\s:：\-–—|]+")


def _prefix_of(n: str, prefixes: tuple[str, ...]) -> str | None:
    """The (longest) prefix ``n`` starts with, at a word boundary (indexed by first word)."""
    index = _FIRST_WORD.get(prefixes)
    if index is None:
        tmp: dict[str, list[str]] = {}
        for p in prefixes:
            m = _FIRST_RE.match(p)
            tmp.setdefault(m.group(0) if m else p, []).append(p)
        index = _FIRST_WORD[prefixes] = {k: tuple(sorted(v, key=len, reverse=True)) for k, v in tmp.items()}
    m = _FIRST_RE.match(n)
    for p in index.get(m.group(0) if m else n, ()):
        if n == p or (n.startswith(p) and n[len(p)] in " :：-–—|"):
            return p
    return None


def _sep_after(s: str, k: int) -> bool:
    """Is the raw line's k-th word followed by a separator (':' '-' '–' '|'), as in "المصدر: X"?"""
    m = re.match(r"\s*(?:\S+\s+){%d}" % max(0, k - 1) + r"\S+?([:：]|\s*[:：\-–—|»])", s)
    return m is not None


def _after_prefix_raw(line: str, prefix_len_words: int) -> str:
    """The original text of ``line`` after its first ``prefix_len_words`` words and separators."""
    s = line.strip().strip("\u200f\u200e")
    m = re.match(r"\s*(?:\S+\s*){%d}" % prefix_len_words, s)
    rest = s[m.end():] if m else ""
    rest = rest.lstrip(" :：-–—|")
    if not m or not rest:
        k = max(s.find(":"), s.find("："))
        rest = s[k + 1:] if k >= 0 else rest
    return rest.strip(" :：-–—|\t")


# Lines shorter than this (normalised characters) are left to the lexicons: a repeated short
# line ("الله أكبر") is as likely content as furniture (see boilerplate.py).
MIN_LINE_CHARS = 12


def line_key(line: str) -> int:
    """64-bit hash of the normalised line, the identity of a line for corpus-level boilerplate
    (memory stays small over big batches)."""
    return int.from_bytes(hashlib.blake2b(norm(line).encode("utf-8"), digest_size=8).digest(), "little")


@dataclass
class Line:
    # blank, marker, listing, furniture, tags, comments, source, byline, dateline, bullet, hashtags, text
    kind: str
    raw: str
    rest: str = ""  # headline after an inline marker, value of a source line, bullet text
    outlet: str | None = None
    author: str | None = None


def outlet_name(name: str) -> str | None:
    """Canonical outlet for a name as written, if we know it."""
    return lexicons().outlets.get(norm(name))


def outlet_from_url(url: str | None) -> str | None:
    host = host_of(url) or ""
    hosts = lexicons().hosts
    while host:
        if host in hosts:
            return hosts[host]
        if "." not in host:
            break
        host = host.split(".", 1)[1]
    return None


def host_of(url: str | None) -> str | None:
    if not url:
        return None
    try:
        host = (urlparse(url if "//" in url else "//" + url).hostname or "").lower()
    except ValueError:
        return None
    return host[4:] if host.startswith("www.") else (host or None)


def classify(line: str, n: str | None = None) -> Line:
    """The kind of one line; ``n`` is its norm() when the caller has it already."""
    lx = lexicons()
    s = line.strip()
    if not s:
        return Line("blank", line)
    if n is None:
        n = norm(s)
    if not n:
        return Line("furniture", line)  # punctuation or a lone symbol
    nw = n.count(" ") + 1  # n is squeezed: single spaces between words, none at the ends
    # bullets: "• headline"
    if len(s) > 2 and s[0] in lx.bullets and (s[0] in "•●▪◦‣■□" or (s[1] == " " and nw <= 25)):
        return Line("bullet", line, rest=s[1:].strip())
    if n in lx.markers:
        return Line("marker", line)
    if n in lx.listings:
        return Line("listing", line)
    if nw <= 40:
        p = _prefix_of(n, lx.marker_prefixes)
        # "اقرأ أيضاً: headline"; without a separator only the unambiguous "read also" markers
        # ("المزيد من القتلى..." is a sentence, not a marker)
        if p and n != p and (_sep_after(s, len(p.split())) or p.startswith(("اقرا", "شاهد ايضا"))):
            return Line("marker", line, rest=_after_prefix_raw(s, len(p.split())))
    if _HASHTAG_ONLY.match(s):
        return Line("hashtags", line)
    if nw <= 12 and n in lx.furniture:
        return Line("furniture", line)
    if nw <= 20 and _after_prefix(n, lx.tags) is not None and (nw <= 2 or ":" in s[:30] or "：" in s[:30]):
        return Line("tags", line)
    if n.startswith(_KEYWORDS):
        return Line("tags", line)
    if nw <= 25 and (_comment_words(lx.comments, nw <= 4).search(n) is not None) or _COMMENT_COUNT.fullmatch(n):
        return Line("comments", line)
    if nw <= 12:
        p = _prefix_of(n, lx.source_prefix)
        if p and n != p and (_sep_after(s, len(p.split())) or p.startswith("نقلا")):
            value = _after_prefix_raw(s, len(p.split()))
            return Line("source", line, rest=value, outlet=source_outlet(value))
        fp = _prefix_of(n, lx.furniture_norm)
        if fp is not None and (fp not in lx.furniture_colon or _sep_after(s, len(fp.split()))) \
                or s.startswith("©"):
            return Line("furniture", line)
        by = byline(s)
        if by is not None:
            return Line("byline", line, outlet=by[0], author=by[1])
        if is_dateline(n):
            return Line("dateline", line)
    if nw <= 12 and _SHARE_ROW.fullmatch(n):
        return Line("furniture", line)
    if nw <= 30 and _is_nav_row(n):
        return Line("furniture", line)
    return Line("text", line)


_KEYWORDS = ("كلمات دلاليه", "الكلمات الدلاليه")  # folded: a keyword dump of any length
_COMMENT_COUNT = re.compile(r"(?:\d+|لا)\s+(?:تعليق|تعليقات|تعليقان|comments?)")
_HASHTAG_ONLY = re.compile(r"^#[^\s#]+(?:\s*#[^\s#]+)*$")
# a row of share buttons / counters: "فيسبوك تويتر واتساب", "0 تعليقات", "1.2k مشاهدة"
_SHARE_ROW = re.compile(
    r"(?:(?:فيسبوك|فيس بوك|تويتر|واتساب|واتس اب|تيليجرام|تلغرام|لينكد ان|ماسنجر|بريد|طباعه|مشاركه|"
    r"facebook|twitter|whatsapp|telegram|linkedin|email|print|x)\s*)+"
    r"|\d[\d.,k]*\s*(?:تعليق|تعليقات|مشاهده|مشاهدات|قراءه|مشاركه|مشاركات)"
)


_NAV_SPLIT = re.compile(r"\s*[|»«›/•·\-–—>\"]\s*|\s{2,}")  # folding turns » into \"
_NAV_SEP = re.compile(r"[|»«›/•·\-–—>\"]|\s{2}")


@lru_cache(maxsize=4)
def _comment_words(comments: tuple[str, ...], short: bool) -> re.Pattern:
    """One search for "does the line hold a comment-widget phrase": every phrase on a short
    line, only the multi-word ones on a longer line (a lone word there is too common)."""
    words = [c for c in comments if short or " " in c]
    return re.compile("|".join(re.escape(c) for c in sorted(words, key=len, reverse=True)) or "(?!)")


def _is_nav_row(n: str) -> bool:
    """A menu or breadcrumb row: every item between separators is a furniture word."""
    if _NAV_SEP.search(n) is None:
        return False  # no separator: one part, not a row
    parts = [p for p in _NAV_SPLIT.split(n) if p.strip(_EDGE)]
    if len(parts) < 2:
        return False
    fur = lexicons().furniture
    return all(p.strip(_EDGE) in fur for p in parts)


def source_outlet(value: str) -> str | None:
    """Outlet named on a source line: "عربي21", "صوت الجنوب + وكالات" -> the named outlet."""
    lx = lexicons()
    parts = [p.strip(_EDGE + " ") for p in re.split(r"\s*[+/،,]\s*|\s+و(?=وكالات|مواقع)", value) if p.strip(_EDGE)]
    for p in parts:
        if norm(p) not in lx.source_generic:
            return outlet_name(p) or p
    return None


_NO_COLON_AUTHOR = frozenset(norm(w) for w in ("بقلم", "بواسطة", "By"))
_YEAR_OR_TIME = re.compile(r"\b(?:19|20)\d\d\b|\b\d{1,2}:\d\d\b")


def is_dateline(n: str) -> bool:
    """"19 آب 2024"، "الثلاثاء 3 ديسمبر 2024 - 10:30": only date words, digits and separators."""
    if not _YEAR_OR_TIME.search(n):
        return False
    words = [w for w in re.split(r"[\s|/\-–—،,:()]+", n) if w]
    dl = lexicons().dateline
    return bool(words) and all(w.isdigit() or w in dl or (w[:1] in "وب" and w[1:] in dl) for w in words)


_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})\s+([^\d\s]+(?:\s[^\d\s]+)?)\s+((?:19|20)\d\d)")


def dateline_date(s: str) -> str | None:
    """ISO date of a dateline such as "19 آب 2024" or "الثلاثاء 3 ديسمبر 2024 - 10:30"."""
    n = norm(s)
    months = lexicons().months
    for m in _DAY_MONTH_YEAR.finditer(n):
        name = m.group(2)
        mon = months.get(name) or months.get(name.split()[0])
        day = int(m.group(1))
        if mon and 1 <= day <= 31:
            return f"{m.group(3)}-{mon:02d}-{day:02d}"
    return None


def byline(s: str) -> tuple[str | None, str | None] | None:
    """(outlet, author) from a byline such as "مدى بوست – فريق التحرير" or "بقلم: فلان"."""
    lx = lexicons()
    n = norm(s)
    parts = [p.strip() for p in _DASH_SPLIT.split(s.strip()) if p.strip()]
    if len(parts) >= 2:  # "19 آب 2024 - بقلم: فلان": a dateline part and a byline part
        rest = [p for p in parts if not is_dateline(norm(p))]
        if len(rest) < len(parts) and len(rest) >= 1:
            by = byline(" - ".join(rest)) if len(rest) > 1 else byline(rest[0])
            if by is not None:
                return by
    p = _prefix_of(n, lx.author_prefix)
    rest = _after_prefix(n, lx.author_prefix) if p else None
    if rest and not (_sep_after(s, len(p.split())) or p in _NO_COLON_AUTHOR):
        rest = None
    if rest:
        k = len(p.split())
        author = _after_prefix_raw(s, k)
        parts = _DASH_SPLIT.split(author)
        if len(parts) == 2 and outlet_name(parts[1]):
            return outlet_name(parts[1]), parts[0].strip()
        if len(author.split()) <= 6:
            return None, author
        return None
    parts = [p.strip() for p in _DASH_SPLIT.split(s.strip()) if p.strip()]
    if len(parts) != 2 or any(len(p.split()) > 6 for p in parts):
        return None
    a, b = parts
    oa, ob = outlet_name(a), outlet_name(b)
    ra, rb = norm(a) in lx.roles, norm(b) in lx.roles
    if oa and not ob:
        return oa, b.strip()
    if ob and not oa:
        return ob, a.strip()
    if rb and not ra:  # "X – فريق التحرير": X is the outlet
        return a.strip(), b.strip()
    if ra and not rb:
        return b.strip(), a.strip()
    return None


def is_headline(s: str, max_words: int = 25) -> bool:
    """Short, no sentence-final punctuation: a title or a section heading."""
    s = s.strip()
    if not s:
        return False
    nw = len(s.split())
    if nw < 2 or nw > max_words:
        return False
    return s[-1] not in ".!؟?:،,؛;" or s.endswith("..")  # "فلان.. عنوان" styles keep their ".."


def classify_lines(text: str, drop_keys: set[int] | frozenset[int] | None = None) -> tuple[list[Line], int]:
    """Every line of ``text`` classified; a text line whose key is in ``drop_keys`` (lines a site
    repeats across a batch: boilerplate.py) becomes furniture. Returns (lines, lines dropped so)."""
    # folded and lower-cased once for the whole page, then cut into lines: both are per
    # character and never make or remove a line break, so each piece is its line's fold
    folded = fold_str(text).lower().split("\n")
    cls = [classify(ln, _squeeze(fl)) for ln, fl in zip(text.split("\n"), folded)]
    dropped = 0
    if drop_keys:
        for c in cls:
            if c.kind == "text" and len(norm(c.raw)) >= MIN_LINE_CHARS and line_key(c.raw) in drop_keys:
                c.kind = "furniture"
                dropped += 1
    return cls, dropped
