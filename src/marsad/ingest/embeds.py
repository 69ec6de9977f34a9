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
from dataclasses import dataclass

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


def _line_start(text: str, i: int) -> int:
    return text.rfind("\n", 0, i) + 1


def _line_end(text: str, i: int) -> int:
    j = text.find("\n", i)
    return len(text) if j < 0 else j


def _blank_between(text: str, a: int, b: int) -> bool:
    return re.search(r"\n[ \t]*\n", text[a:b]) is not None


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


def _finditer_near(rx: re.Pattern, text: str, needle: str):
    """``rx.finditer(text)`` for a pattern whose every match holds ``needle`` and starts at most
    one line before it: the regex runs only over the lines around each ``needle`` (regions
    merged where they touch), not over the whole page, with the same matches."""
    regions: list[list[int]] = []
    k = text.find(needle)
    while k != -1:
        ls = _line_start(text, k)
        start = _line_start(text, ls - 1) if ls > 0 else 0
        end = min(len(text), _line_end(text, k) + _SIG_TAIL)
        if regions and start <= regions[-1][1]:
            regions[-1][1] = max(regions[-1][1], end)
        else:
            regions.append([start, end])
        k = text.find(needle, k + len(needle))
    for start, end in regions:
        yield from rx.finditer(text, start, end)


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
        sigs += [(m, "twitter") for m in _finditer_near(_TWEET_SIG, text, "(@")
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
                text[prev_end:_line_end(text, prev_end)].strip():
            start = prev_end  # glued onto the previous post's signature
        elif platform == "facebook" and not text[ls:body_end].strip():
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
    for m in _link_matches(text):
        if any(a <= m.start() < b for a, b in taken):
            continue
        ls, le = _line_start(text, m.start()), _line_end(text, m.end())
        rest = (text[ls:m.start()] + " " + text[m.end():le]).strip()
        if len(rest.split()) > 15:  # a link inside a real paragraph: leave the paragraph alone
            continue
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
    lines: set[int] = set()
    for h in _LINK_HINTS:
        k = text.find(h)
        while k != -1:
            lines.add(_line_start(text, k))
            k = text.find(h, _line_end(text, k))
    for ls in sorted(lines):
        yield from _LINK_LINE.finditer(text, ls, _line_end(text, ls))


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
        if not text[pos:le].strip():
            pos = le
    out.append(text[pos:])
    return _join(out), [h.embed for h in hits]


def _join(pieces: list[str]) -> str:
    """Glue the kept pieces: an interrupted sentence continues with a space, else a new line."""
    res = pieces[0]
    for p in pieces[1:]:
        left = res.rstrip(" \t")
        right = p.lstrip(" \t")
        if not left.strip():
            res = right.lstrip("\n")
            continue
        if not right.strip():
            res = left.rstrip() + "\n" if right else left
            continue
        left_inline = not left.endswith("\n")
        right_inline = not right.startswith("\n")
        lt = left.rstrip()
        if left_inline and right_inline:
            res = lt + " " + right
        elif lt and lt[-1] not in TERMINAL and right.lstrip("\n")[:1] not in "#•-" and \
                len(lt[_line_start(lt, len(lt)):].split()) > 12:
            # a long line cut mid-sentence by the post: the paragraph goes on after it
            res = lt + " " + right.lstrip("\n")
        else:
            res = lt + "\n" + right.lstrip("\n")
    return res
