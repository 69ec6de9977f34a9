"""Social posts quoted in a page: found, lifted out of the text, kept as structured embeds.

Scraped pages flatten an embedded tweet to "text pic.twitter.com/ID — Author (@handle) Month D,
YYYY", and two adjacent embeds run together on one line. The signature (link, dash, author,
handle, date) is unambiguous; the hard part is where the post *starts*. Rules, in order:

* right after the previous signature, when text follows it on the same line and no blank line
  separates them (the scraper glued two blockquotes; the post may then span several lines);
* otherwise at the start of the line holding the signature;
* hashtag-only lines just before ("#شاهد") are the post's lead-in and go with it.

Facebook ("Posted by X on <date>"), Telegram (t.me), YouTube and bare x.com/twitter.com status
links on their own line are recognised too. The text around a removed post is joined back.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from ..arabic.scan import finditer_at, starts_near
from ..resources import english_months

MONTHS = english_months()
_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
DATE_RE = rf"(?P<month>(?i:{_MONTH_RE}))\.?\s+(?P<day>\d{{1,2}}),?\s+(?P<year>(?:19|20)\d\d)"

_TW_URL = (r"(?:https?://)?(?:pic\.(?:twitter|x)\.com/\w+|t\.co/\w+"
           r"|(?:www\.|mobile\.)?(?:twitter|x)\.com/\w{1,20}/status(?:es)?/\d+[^\s]*)")
# link? dash author (@handle) date
_TWEET_SIG = re.compile(
    rf"(?P<url>{_TW_URL})?[ \t]*\n?[ \t]*(?P<dash>[—–]|-{{1,2}})[ \t]*(?P<author>[^\n]{{1,100}}?)[ \t]*"
    rf"\(@(?P<handle>\w{{1,30}})\)[ \t]*(?:on[ \t]+)?(?P<date>{DATE_RE})"
)
_FB_SIG = re.compile(
    rf"Posted by[ \t]+(?P<author>[^\n]{{1,100}}?)[ \t]+on[ \t]+(?:[A-Za-z]+,[ \t]*)?(?P<date>{DATE_RE})"
)
_LINK_LINE = re.compile(
    r"(?P<url>(?:https?://)?(?:www\.|m\.|mobile\.)?"
    r"(?:(?P<tg>t\.me|telegram\.me)/(?:s/)?(?P<tg_handle>\w{3,40})(?:/\d+)?"
    r"|(?P<yt>youtube\.com/(?:watch\?v=[\w-]+|shorts/[\w-]+|embed/[\w-]+)|youtu\.be/[\w-]+)"
    r"|(?P<fb>facebook\.com|fb\.watch)/[^\s]+"
    r"|(?P<tw>twitter\.com|x\.com)/(?P<tw_handle>\w{1,20})/status(?:es)?/\d+)[^\s]*)"
)
_LINK_HINTS = ("t.me/", "telegram.me/", "youtube.com/", "youtu.be/", "facebook.com/", "fb.watch/", "twitter.com/",
               "x.com/")
_HASHTAG_LINE = re.compile(r"^[ \t]*#[^\s#]+(?:[ \t]*#[^\s#]+)*[ \t]*$")
_TRAILING_JUNK = re.compile(r"[\s?\ufffd\u200d\ufe0f\U0001F000-\U0001FAFF\u2600-\u27BF]+$")
TERMINAL = ".!?؟…:\"”»)"


@dataclass
class _Hit:
    start: int  # where the post's text starts
    body_end: int  # where its text ends (link or dash)
    end: int  # end of the signature
    embed: dict


def iso_date(m: re.Match) -> str | None:
    try:
        month = MONTHS[m.group("month").lower()]
        day, year = int(m.group("day")), int(m.group("year"))
    except (KeyError, ValueError):
        return None
    if not 1 <= day <= 31:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def _clean_author(s: str) -> str:
    return _TRAILING_JUNK.sub("", s.strip()).strip()


# On a long page the line of a position is found by bisect into its line breaks (found once),
# not by rfind/find: a page flattened to one line would make every look-up scan the page
# (quadratic over its posts and links). Short pages keep the direct search.
_INDEX_FROM = 1 << 16
_NL: tuple[str | None, list[int]] = (None, [])


def _newlines(text: str) -> list[int]:
    global _NL
    t, pos = _NL
    if t is not text:
        pos = []
        k = text.find("\n")
        while k != -1:
            pos.append(k)
            k = text.find("\n", k + 1)
        _NL = (text, pos)  # one rebinding: a reader never pairs a text with another's breaks
    return pos


def _line_start(text: str, i: int) -> int:
    if len(text) < _INDEX_FROM:
        return text.rfind("\n", 0, i) + 1
    pos = _newlines(text)
    k = bisect_left(pos, i)
    return pos[k - 1] + 1 if k else 0


def _line_end(text: str, i: int) -> int:
    if len(text) < _INDEX_FROM:
        j = text.find("\n", i)
        return len(text) if j < 0 else j
    pos = _newlines(text)
    k = bisect_left(pos, i)
    return pos[k] if k < len(pos) else len(text)


_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_NON_SPACE = re.compile(r"\S")


def _blank_between(text: str, a: int, b: int) -> bool:
    return _BLANK_LINE.search(text, a, b) is not None


def _has_text(text: str, a: int, b: int) -> bool:
    """``text[a:b].strip() != ""`` without copying the span."""
    return _NON_SPACE.search(text, a, b) is not None


def _extend_over_hashtag_lines(text: str, start: int, floor: int) -> int:
    """Move ``start`` (a line start) back over hashtag-only lines (and blanks between)."""
    pos = start
    while pos > floor:
        prev_end = pos - 1  # the '\n' before pos
        ls = _line_start(text, prev_end)
        if ls < floor:
            break
        line = text[ls:prev_end]
        if not line.strip():
            # a blank line: only worth crossing if a hashtag line sits just above it
            j = ls - 1
            if j < floor or j < 0:
                break
            ls2 = _line_start(text, j)
            if ls2 >= floor and _HASHTAG_LINE.match(text[ls2:j]):
                pos = ls2
                continue
            break
        if _HASHTAG_LINE.match(line):
            pos = ls
            continue
        break
    return pos



# How far a signature may run past the line of its "(@handle)" (the date after it).
_SIG_TAIL = 200
# ... and at most how far from its "(@" a signature can start or end: a link, a dash and an
# author of 100 characters before it, a handle and a date after. A page flattened to one line
# is one "line": without these bounds each post would rescan the page.
_SIG_LEAD, _SIG_REACH = 1000, 400


def _finditer_near(rx: re.Pattern, text: str, needle: str, starts=None):
    """``rx.finditer(text)`` for a pattern whose every match holds ``needle`` and starts at most
    one line before it: the regex runs only over the lines around each ``needle`` (regions
    merged where they touch, and never farther than _SIG_LEAD/_SIG_REACH from it), not over the
    whole page, with the same matches. ``starts(text, a, b)``, when given, lists every position
    of [a, b) where a match can start: the pattern is tried there only."""
    regions: list[list[int]] = []
    k = text.find(needle)
    while k != -1:
        ls = _line_start(text, k)
        start = max(_line_start(text, ls - 1) if ls > 0 else 0, k - _SIG_LEAD)
        end = min(len(text), _line_end(text, k) + _SIG_TAIL, k + _SIG_REACH)
        if regions and start <= regions[-1][1]:
            regions[-1][1] = max(regions[-1][1], end)
        else:
            regions.append([start, end])
        k = text.find(needle, k + len(needle))
    for start, end in regions:
        if starts is None:
            yield from rx.finditer(text, start, end)
            continue
        last = start
        for p in starts(text, start, end):
            if p < last:
                continue
            m = rx.match(text, p, end)
            if m is not None:
                last = m.end()
                yield m


# Where a post's signature can start: its link (one of these heads), else the spaces, tabs or
# the one line break before its dash, or the dash.
_URL_HEADS = ("http", "pic.", "t.co/", "www.", "mobile.", "twitter.", "x.")
_DASHES = ("—", "–", "-")


def _sig_starts(text: str, a: int, b: int) -> list[int]:
    """Every position of [a, b) where _TWEET_SIG can start a match (a superset), ascending."""
    found: set[int] = set()
    for dash in _DASHES:
        k = text.find(dash, a, b)
        while k != -1:
            found.add(k)
            j = k
            while j > a and text[j - 1] in " \t\n":
                j -= 1
                found.add(j)
            k = text.find(dash, k + 1, b)
    for head in _URL_HEADS:
        k = text.find(head, a, b)
        while k != -1:
            found.add(k)
            k = text.find(head, k + 1, b)
    return sorted(found)


# A post is short (a tweet is 280 characters; a Facebook post a few paragraphs). On a page whose
# lines were lost (one long line) "the line above the signature" is the whole article: a body
# longer than this keeps only its last sentences, so the article is not cut out with the post.
_MAX_BODY = {"twitter": 600, "facebook": 3000}
_SENT_END = ".!?؟\n"


def _cap_body(text: str, start: int, end: int, limit: int) -> int:
    if end - start <= limit:
        return start
    floor = end - limit
    cut = max(text.rfind(c, floor, end - 1) for c in _SENT_END)
    if cut >= floor:
        return cut + 1
    space = text.find(" ", floor, end)
    return space + 1 if space >= 0 else floor


def find_embeds(text: str) -> list[_Hit]:
    sigs: list[tuple[re.Match, str]] = []
    if "(@" in text:  # cheap guards: most pages have no embeds at all
        sigs += [(m, "twitter") for m in _finditer_near(_TWEET_SIG, text, "(@", _sig_starts)
                 if m.group("url") or m.group("dash") in "—–"]
    if "Posted by" in text:
        sigs += [(m, "facebook") for m in _FB_SIG.finditer(text)]
    sigs.sort(key=lambda x: x[0].start())
    hits: list[_Hit] = []
    prev_end = 0
    for m, platform in sigs:
        if m.start() < prev_end:
            continue
        body_end = m.start()
        ls = max(_line_start(text, body_end), prev_end)
        if hits and not _blank_between(text, prev_end, body_end) and \
                _has_text(text, prev_end, _line_end(text, prev_end)):
            start = prev_end  # glued onto the previous post's signature
        elif platform == "facebook" and not _has_text(text, ls, body_end):
            # the post's text is the paragraph above "Posted by"
            j = ls - 1
            while j > prev_end and text[j - 1:j] in "\n \t":
                j -= 1
            start = max(_line_start(text, j), prev_end)
        else:
            start = _extend_over_hashtag_lines(text, ls, prev_end) if ls == _line_start(text, body_end) else ls
        start = _cap_body(text, start, body_end, _MAX_BODY[platform])
        while start < body_end and text[start] in " \t\n":
            start += 1
        body = text[start:body_end].strip()
        if platform == "twitter":
            url = m.group("url")
            handle = m.group("handle")
            embed = {"platform": "twitter", "text": body, "author": _clean_author(m.group("author")) or None,
                     "handle": handle, "date": iso_date(m), "url": url}
        else:
            embed = {"platform": "facebook", "text": body, "author": _clean_author(m.group("author")) or None,
                     "handle": None, "date": iso_date(m), "url": None}
        hits.append(_Hit(start, body_end, m.end(), embed))
        prev_end = m.end()
    return hits


def _link_lines(text: str, taken: list[tuple[int, int]]) -> list[_Hit]:
    """Lines that are (mostly) a link to a post or video: an embed that lost its signature."""
    out: list[_Hit] = []
    if not any(h in text for h in _LINK_HINTS):
        return out
    taken_starts = [a for a, _ in taken]  # the posts found: in page order, apart
    for m in _link_matches(text):
        k = bisect_right(taken_starts, m.start())
        if k and m.start() < taken[k - 1][1]:
            continue
        ls, le = _line_start(text, m.start()), _line_end(text, m.end())
        if _more_words_than(text, ls, m.start(), m.end(), le, 15):
            continue  # a link inside a real paragraph: leave the paragraph alone
        rest = (text[ls:m.start()] + " " + text[m.end():le]).strip()
        if m.group("tg"):
            platform, handle = "telegram", m.group("tg_handle")
        elif m.group("yt"):
            platform, handle = "youtube", None
        elif m.group("fb"):
            platform, handle = "facebook", None
        else:
            platform, handle = "twitter", m.group("tw_handle")
        out.append(_Hit(ls, ls, le, {"platform": platform, "text": rest, "author": None, "handle": handle,
                                     "date": None, "url": m.group("url")}))
    return out


def _link_matches(text: str):
    """``_LINK_LINE.finditer(text)`` run only over the lines holding a link hint (a link never
    spans lines), in page order."""
    # Every match holds a hint at most _LINK_LEAD characters after its start ("https://mobile."
    # before the domain): the pattern is tried at those starts only, in page order, a match
    # hiding the starts it covers as finditer does (a page of one long line is not rescanned
    # per link; tested against finditer)
    yield from finditer_at(_LINK_LINE, text, starts_near(text, _LINK_HINTS, _LINK_LEAD))


_LINK_LEAD = len("https://mobile.")


def _more_words_than(text: str, ls: int, a: int, b: int, le: int, n: int) -> bool:
    """Do the words of the line [ls, le) outside [a, b) number more than ``n``? Counted in a
    window each side first: enough words there settle it without splitting a whole long line."""
    w = 64 * (n + 1)
    left, right = text[max(ls, a - w):a], text[b:min(le, b + w)]
    if len((left + " " + right).split()) > n:
        return True
    if a - w <= ls and b + w >= le:
        return False  # the windows were the whole line
    return len((text[ls:a] + " " + text[b:le]).split()) > n


def extract_embeds(text: str) -> tuple[str, list[dict]]:
    """Text without its embedded posts, and the posts (in page order)."""
    hits = find_embeds(text)
    hits += _link_lines(text, [(h.start, h.end) for h in hits])
    if not hits:
        return text, []
    hits.sort(key=lambda h: h.start)
    out: list[str] = []
    pos = 0
    for h in hits:
        if h.start < pos:
            continue
        out.append(text[pos:h.start])
        pos = h.end
        # swallow the rest of the signature line when it is only whitespace
        le = _line_end(text, pos)
        if not _has_text(text, pos, le):
            pos = le
    out.append(text[pos:])
    return _join(out), [h.embed for h in hits]


def _join(pieces: list[str]) -> str:
    """Glue the kept pieces: an interrupted sentence continues with a space, else a new line.

    Built as a list (only the end of the text so far is ever looked at): concatenating onto a
    growing string copied the whole page once per post."""
    out = [pieces[0]]
    content = bool(pieces[0].strip())  # does the text so far hold anything but whitespace?
    for p in pieces[1:]:
        _rstrip(out, " \t")  # left = text so far without trailing spaces and tabs
        right = p.lstrip(" \t")
        if not content:
            out = [right.lstrip("\n")]
            content = bool(out[0].strip())
            continue
        if not right.strip():
            if right:
                _rstrip(out, None)
                out.append("\n")
            continue
        left_inline = not out[-1].endswith("\n")
        right_inline = not right.startswith("\n")
        _rstrip(out, None)  # lt
        if left_inline and right_inline:
            out += [" ", right]
        elif out[-1][-1] not in TERMINAL and right.lstrip("\n")[:1] not in "#•-" and _last_line_longer(out, 12):
            # a long line cut mid-sentence by the post: the paragraph goes on after it
            out += [" ", right.lstrip("\n")]
        else:
            out += ["\n", right.lstrip("\n")]
    return "".join(out)


def _rstrip(parts: list[str], chars: str | None) -> None:
    """Strip ``chars`` off the end of "".join(parts), in place (parts emptied to [""] at most)."""
    while parts:
        last = parts[-1].rstrip(chars)
        if last:
            parts[-1] = last
            return
        parts.pop()
    parts.append("")


def _last_line_longer(parts: list[str], n: int) -> bool:
    """Does the last line of "".join(parts) hold more than ``n`` words? Read from the end, a
    window first: enough words there settle it without splitting a whole long line."""
    w = 64 * (n + 1)
    tail: list[str] = []
    size = 0
    whole = False  # the window reaches the line's start
    for piece in reversed(parts):
        k = piece.rfind("\n", max(0, len(piece) - (w - size)))
        if k >= 0:
            tail.append(piece[k + 1:])
            whole = True
            break
        take = piece[max(0, len(piece) - (w - size)):]
        tail.append(take)
        size += len(take)
        if size >= w:
            break
    else:
        whole = True
    if len("".join(reversed(tail)).split()) > n:
        return True
    if whole:
        return False
    text = "".join(parts)
    return len(text[text.rfind("\n") + 1:].split()) > n
