"""Line cleaning: a page's text (a scraped page, or trafilatura's text of an HTML page) to its
clean main text, title and split-out parts. Metadata and the Document are page.py's job.

Order matters: embedded posts are lifted out first (their signatures span lines), then every
line is classified (lines.py) and a small state machine walks the page:

* head: leading furniture and a byline are dropped; a headline-like first line is the title;
* body: article lines are kept; inline "اقرأ أيضاً: headline" lines become related headlines and a
  bare marker swallows the headline lines right after it (the boxes sites put inside articles);
* tail: once the article has ended (a source line, a tag line or a comment widget after real
  text), nothing is article any more. A bare marker there either heads a bullet list of headlines
  or a whole glued-on article, which becomes a ``related`` entry with its own title and text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .embeds import extract_embeds
from .lines import Line, classify_lines, dateline_date, is_headline, norm, outlet_from_url

# Article words needed before a tag line or comment widget counts as the end of the article
# (tags and share rows also sit above the article on many sites).
MIN_BODY_WORDS = 30
# Line kinds that may sit above the article (menus, byline, dateline, tag strips).
HEAD_KINDS = ("furniture", "byline", "hashtags", "tags", "blank", "dateline")
_BLANKS = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")


@dataclass
class Cleaned:
    text: str
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    related: list[dict] = field(default_factory=list)
    related_headlines: list[str] = field(default_factory=list)
    embeds: list[dict] = field(default_factory=list)
    dropped: int = 0  # furniture lines removed
    published: str | None = None  # from a dateline at the head of the page
    dropped_boilerplate: int = 0  # lines dropped as corpus-level boilerplate


def _join_lines(lines: list[str]) -> str:
    text = "\n".join(s.strip() for s in lines)
    text = _BLANKS.sub("\n\n", text)
    return text.strip()


def _next_nonblank(cls: list[Line], i: int) -> int:
    while i < len(cls) and cls[i].kind == "blank":
        i += 1
    return i


_BLANK_RUN = re.compile(r"\n[ \t\u00a0\u200e\u200f\n]*\n")  # one class repeat: no per-line regex state


def clean_text(text: str, url: str | None = None, title: str | None = None,
               drop_lines: set[int] | None = None, detect_title: bool = True,
               title_hints: tuple[str, ...] = ()) -> Cleaned:
    """Clean a page's text: embeds out, lines classified, then the page walked once. ``drop_lines``
    are keys (lines.line_key) of lines known to be boilerplate for this page's site, from a
    BoilerplateFilter fitted on the batch."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    # runs of blank lines say no more than one: squeezed before one object per line is made
    # (10 MB of newlines would otherwise cost GBs)
    text = _BLANK_RUN.sub(lambda m: "\n\n" if m.group().count("\n") > 2 else m.group(), text)
    text, embeds = extract_embeds(text)
    cls, dropped = classify_lines(text, drop_lines)
    out = Cleaned(text="", title=title, embeds=embeds, dropped_boilerplate=dropped)
    source_outlet = None
    n = len(cls)
    i = _next_nonblank(cls, 0)

    # -- head: furniture, byline, title ------------------------------------------------------
    while i < n and cls[i].kind in HEAD_KINDS:
        _head_line(cls[i], out)
        out.dropped += cls[i].kind != "blank"
        i += 1
    if i < n and cls[i].kind == "text" and is_headline(cls[i].raw, 25):
        cand = cls[i].raw.strip()
        j = _next_nonblank(cls, i + 1)
        structural = j < n and (j > i + 1 or cls[j].kind in ("byline", "furniture", "dateline"))
        known = [h for h in ((title,) + tuple(title_hints)) if h]
        if any(_same(cand, h) or (len(cand.split()) >= 3 and norm(cand) in norm(h)) for h in known):
            out.title = cand
            i = j
        elif detect_title and structural and not title:
            out.title = cand
            i = j
        if out.title == cand:
            while i < n and cls[i].kind in HEAD_KINDS:
                _head_line(cls[i], out)
                i += 1

    # -- body and tail ---------------------------------------------------------------------------
    body: list[str] = []
    body_words = 0
    tail = False
    while i < n:
        c = cls[i]
        k = c.kind
        if k == "blank":
            if not tail:
                body.append("")
            i += 1
            continue
        if k == "marker":
            if c.rest:
                out.related_headlines.append(c.rest)
                i += 1
                continue
            i = _after_marker(cls, i + 1, tail, out)
            continue
        if k in ("source", "tags", "comments"):
            if k == "source" and c.outlet and not source_outlet:
                source_outlet = c.outlet
            if body_words >= MIN_BODY_WORDS:
                tail = True
            out.dropped += 1
            i += 1
            continue
        if k in ("dateline", "byline") and body_words == 0:
            _head_line(c, out)
            i += 1
            continue
        if k == "listing":  # "الأكثر قراءة" and its list: site-wide, not related to this article
            i = _after_marker(cls, i + 1, tail, Cleaned(text=""))
            continue
        if k in ("furniture", "hashtags") or tail:
            out.dropped += 1
            i += 1
            continue
        body.append(c.raw)  # text, bullet, byline-looking line inside the article
        body_words += len(c.raw.split())
        i += 1
    out.text = _join_lines(body)
    out.outlet = out.outlet or source_outlet or outlet_from_url(url)
    return out


def _head_line(c: Line, out: Cleaned) -> None:
    if c.kind == "byline":
        out.outlet = out.outlet or c.outlet
        out.author = out.author or c.author
    if c.kind in ("byline", "dateline") and not out.published:
        out.published = dateline_date(c.raw)


def _same(a: str, b: str) -> bool:
    return norm(a) == norm(b)


def _after_marker(cls: list[Line], i: int, tail: bool, out: Cleaned) -> int:
    """Consume what follows a bare related-content marker; return the next index to read."""
    n = len(cls)
    j = _next_nonblank(cls, i)
    if j >= n:
        return j
    first = cls[j]
    if first.kind == "bullet":  # a list of headlines
        while j < n and cls[j].kind in ("bullet", "blank"):
            if cls[j].kind == "bullet":
                out.related_headlines.append(cls[j].rest)
            j += 1
        return j
    if first.kind != "text" or not is_headline(first.raw, 30):
        return j  # nothing usable (furniture, another marker): let the main loop decide
    if tail:
        k = _next_nonblank(cls, j + 1)
        if k < n and cls[k].kind == "text" and not is_headline(cls[k].raw, 30):
            return _related_article(cls, j, out)
    # headline lines right after the marker (a box inside the article, or a list without bullets)
    while j < n and cls[j].kind in ("text", "bullet") and is_headline(cls[j].raw, 30):
        out.related_headlines.append(cls[j].rest if cls[j].kind == "bullet" else cls[j].raw.strip())
        j += 1
        if j < n and cls[j].kind == "blank" and not tail:
            break
        j = _next_nonblank(cls, j) if tail else j
    return j


def _related_article(cls: list[Line], j: int, out: Cleaned) -> int:
    """A whole article glued after a marker: title, then its text up to the next marker."""
    title = cls[j].raw.strip()
    n = len(cls)
    j += 1
    body: list[str] = []
    while j < n:
        c = cls[j]
        if c.kind == "marker" or (c.kind in ("tags", "comments") and body):
            break
        if c.kind == "blank":
            body.append("")
        elif c.kind == "text":
            body.append(c.raw)
        j += 1
    out.related.append({"title": title, "text": _join_lines(body)})
    return j


def dedupe(items: list[str]) -> list[str]:
    """Headlines once each (compared folded), first spelling kept."""
    seen, out = set(), []
    for it in items:
        k = norm(it)
        if k and k not in seen:
            seen.add(k)
            out.append(it)
    return out
