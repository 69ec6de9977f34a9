"""HTML pages: main text and metadata through trafilatura, embedded posts lifted out first.

Embedded tweets, Facebook/Instagram posts, Telegram widgets and video iframes are taken out of
the tree before trafilatura sees it (it would otherwise keep a tweet's text as a paragraph), and
kept as ``embeds``. trafilatura runs with ``include_comments=False``; its text still carries the
bare "اقرأ أيضاً" line and related blocks, which clean.py's splitter handles afterwards.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import IO, Iterator

from lxml import etree
from lxml import html as lhtml

from .embeds import DATE_RE, _TRAILING_JUNK, iso_date
from .lines import lexicons, norm
from .readers import Item, PageError, decode_bytes, read_decoded, register

# Elements that never hold article text; dropped before extraction (hostile pages put megabytes
# of script or style in a page).
_DROP_TAGS = ("script", "style", "noscript", "template", "svg", "canvas", "object", "embed")
_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)""", re.I)
_SIG_RE = re.compile(rf"[—–-]\s*(?P<author>[^\n]{{1,100}}?)\s*\(@(?P<handle>\w{{1,30}})\)\s*(?P<date>{DATE_RE})?")
_DATE_ONLY = re.compile(DATE_RE)
_STATUS_RE = re.compile(r"(?:twitter|x)\.com/(\w{1,20})/status(?:es)?/\d+")
_TG_RE = re.compile(r"^(?:https?://)?(?:t\.me/)?(\w{3,40})/\d+$")
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# The largest attribute value kept; bigger ones (inline images as data: URIs...) are cut.
MAX_ATTR = 10_000


# No "extensive" date search: it takes a copyright year for the publication date (2024-01-01).
_DATE_PARAMS = {"extensive_search": False, "original_date": True}


@dataclass
class HtmlExtract:
    text: str
    meta: dict = field(default_factory=dict)
    embeds: list[dict] = field(default_factory=list)


def decode_html(data: bytes) -> tuple[str, str]:
    """Bytes of a page to text: BOM, then <meta charset>, then detection."""
    if data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return decode_bytes(data)
    m = _CHARSET_RE.search(data[:4096])
    if m:
        enc = m.group(1).decode("ascii", "ignore").lower()
        enc = {"windows-1256": "cp1256", "iso-8859-6": "iso-8859-6"}.get(enc, enc)
        try:
            return data.decode(enc), enc
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_bytes(data)


def parse(html: str) -> etree._Element:
    """Parse leniently. libxml2 caps nesting at 255 levels, so deep pages cannot recurse."""
    if not html.strip():
        raise PageError("empty HTML page")
    html = re.sub(r"^\s*<\?xml[^>]*>", "", html)  # lxml refuses str input with an encoding declaration
    # lxml parses control characters but refuses them when a text node is set again (_remove):
    # they are never article text, so they become spaces up front
    html = _NOT_XML.sub(" ", html)
    try:
        tree = lhtml.document_fromstring(html)
    except (etree.ParserError, ValueError) as e:
        raise PageError(f"unparseable HTML ({e})") from None
    return tree


def _sanitize(tree: etree._Element) -> None:
    for el in list(tree.iter(*_DROP_TAGS)):
        _remove(el)
    _unwrap_layout_tables(tree)
    for el in tree.iter():
        if not isinstance(el.tag, str):
            continue
        for k, v in list(el.attrib.items()):
            if len(v) > MAX_ATTR:
                el.attrib[k] = v[:64]


def _unwrap_layout_tables(tree: etree._Element) -> None:
    """Old sites lay pages out with tables; a table whose cell holds a long text is layout, not
    data, and extractors flatten its rows into one line. Turn such tables into plain blocks."""
    for table in list(tree.iter("table")):
        cells = list(table.iter("td", "th"))
        if not cells:
            continue
        if any(len((c.text_content() or "").split()) >= 60 for c in cells) or table.find(".//table") is not None:
            for el in table.iter("table", "tbody", "thead", "tfoot", "tr", "td", "th"):
                el.tag = "div"
                for a in ("width", "valign", "align", "bgcolor"):
                    el.attrib.pop(a, None)


def _remove(el: etree._Element) -> None:
    """Remove an element but keep its tail text in the document."""
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    prev = el.getprevious()
    if tail and tail.strip():
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(el)


def _classes(el) -> str:
    return (el.get("class") or "").lower()


def _text(el) -> str:
    return " ".join(el.text_content().split())


def take_embeds(tree: etree._Element) -> list[dict]:
    """Remove embedded posts and videos from ``tree``; return them as embed records."""
    out: list[dict] = []
    for el in list(tree.iter("blockquote", "iframe", "div", "script")):
        if el.getparent() is None:
            continue
        cls = _classes(el)
        rec = None
        if el.tag == "blockquote" and ("twitter-tweet" in cls or "twitter-video" in cls):
            rec = _tweet(el)
        elif el.tag == "blockquote" and "instagram-media" in cls:
            link = el.get("data-instgrm-permalink") or next((a.get("href") for a in el.iter("a") if a.get("href")), None)
            rec = {"platform": "instagram", "text": _text(el), "author": None, "handle": None, "date": None,
                   "url": link}
        elif (el.tag == "blockquote" and "telegram" in cls) or el.get("data-telegram-post"):
            post = el.get("data-telegram-post") or ""
            m = _TG_RE.match(post)
            rec = {"platform": "telegram", "text": _text(el), "author": None, "handle": m.group(1) if m else None,
                   "date": None, "url": f"https://t.me/{post}" if post else None}
        elif el.tag == "div" and ("fb-post" in cls or "fb-video" in cls):
            bq = next(iter(el.iter("blockquote")), None)
            text = _text(next(iter(el.iter("p")), bq)) if bq is not None else ""
            author, date = None, None
            if bq is not None:
                m = re.search(rf"Posted by\s+(.+?)\s+on\s+(?:[A-Za-z]+,\s*)?({DATE_RE})", _text(bq))
                if m:
                    author, date = m.group(1), iso_date(m)
            rec = {"platform": "facebook", "text": text, "author": author, "handle": None, "date": date,
                   "url": el.get("data-href")}
        elif el.tag == "iframe":
            src = el.get("src") or el.get("data-src") or ""
            if "youtube.com" in src or "youtu.be" in src:
                rec = {"platform": "youtube", "text": el.get("title") or "", "author": None, "handle": None,
                       "date": None, "url": src}
            elif "facebook.com/plugins" in src:
                rec = {"platform": "facebook", "text": el.get("title") or "", "author": None, "handle": None,
                       "date": None, "url": src}
        if rec is not None:
            out.append(rec)
            _remove(el)
    return out


def _tweet(bq) -> dict:
    paras = [_text(p) for p in bq.iter("p")]
    body = "\n".join(p for p in paras if p)
    full = _text(bq)
    links = [a.get("href") or "" for a in bq.iter("a")]
    status = next((h for h in links if _STATUS_RE.search(h)), None)
    pic = next((h for h in links if "pic.twitter.com" in h or "pic.x.com" in h), None)
    if pic is None:
        m = re.search(r"pic\.(?:twitter|x)\.com/\w+", full)
        pic = m.group(0) if m else None
    author = handle = date = None
    after = full[len(" ".join(paras)):] if paras else full
    m = _SIG_RE.search(after) or _SIG_RE.search(full)
    if m:
        author = _TRAILING_JUNK.sub("", m.group("author")).strip() or None
        handle = m.group("handle")
        date = iso_date(m) if m.group("date") else None
    if date is None:
        dm = _DATE_ONLY.search(after)
        date = iso_date(dm) if dm else None
    if handle is None and status:
        handle = _STATUS_RE.search(status).group(1)
    if pic and body.endswith(pic):
        body = body[: -len(pic)].rstrip()
    body = re.sub(r"\s*(?:https?://)?pic\.(?:twitter|x)\.com/\w+\s*$", "", body)
    return {"platform": "twitter", "text": body, "author": author, "handle": handle, "date": date,
            "url": pic or status}


_LABEL_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6", "strong", "b", "span", "em", "p", "div", "header", "legend", "li")


_HEADINGS = ("h1", "h2", "h3", "h4")


def _labels(tree: etree._Element) -> list[tuple[etree._Element, str]]:
    """Elements whose whole (short) text is a related-content or listing marker, in page order."""
    lx = lexicons()
    out = []
    for el in tree.iter(*_LABEL_TAGS):
        if len(el) > 3:
            continue
        short = _short_text(el)
        if not short or len(short) < 4:
            continue
        label = norm(short)
        if label in lx.markers or label in lx.listings:
            out.append((el, label))
    return out


def take_glued(tree: etree._Element, labels: list | None = None) -> list[dict]:
    """Whole articles glued after a bare marker: the marker block is followed by a heading and
    that article's paragraphs in the same container. Removed from ``tree``, returned as
    ``{"title", "text"}``. (In text pages the same case is recognised after the article's end.)"""
    lx = lexicons()
    stops = lx.markers | lx.listings
    out: list[dict] = []
    for el, label in (labels if labels is not None else _labels(tree)):
        if el.getparent() is None or len(el) > 2 or label not in lx.markers or el.find(".//a") is not None:
            continue
        head = el.getnext()
        if head is None or head.tag not in _HEADINGS:
            continue
        paras: list[etree._Element] = []
        nxt = head.getnext()
        while nxt is not None and nxt.tag in ("p", "h2", "h3", "h4", "h5", "div", "blockquote", "figure"):
            t = _short_text(nxt, 30)
            if t is not None and norm(t) in stops:
                break  # the next related block
            paras.append(nxt)
            nxt = nxt.getnext()
        texts = [_text(p) for p in paras if p.tag != "figure"]
        texts = [t for t in texts if t and norm(t) not in lx.furniture]
        if sum(len(t.split()) for t in texts) < 30:
            continue
        out.append({"title": _text(head), "text": "\n".join(texts)})
        for x in [el, head, *paras]:
            _remove(x)
    return out


def take_related(tree: etree._Element, labels: list | None = None) -> list[str]:
    """Remove related-content boxes ("اقرأ أيضاً", "مقالات ذات صلة") and site-wide lists ("الأكثر
    قراءة") from ``tree``; return the related headlines (link texts) in page order.

    A box is the nearest ancestor of the marker label that holds links and little else, so a
    marker inside the article's own text block is left to the text splitter."""
    lx = lexicons()
    out: list[str] = []
    for el, label in (labels if labels is not None else _labels(tree)):
        if el.getparent() is None:
            continue
        box = el
        for _ in range(3):
            if box.find(".//a") is not None and box is not el or (box is el and _links_after(el)):
                break
            if box.getparent() is None or box.getparent().tag in ("body", "html"):
                box = None
                break
            box = box.getparent()
        if box is None or box.getparent() is None:
            continue
        if box is el:  # "<strong>اقرأ أيضاً:</strong> <a>headline</a>" inside a <p>
            box = el.getparent()
        links = [_text(a) for a in box.iter("a")]
        other = len(_text(box).split()) - sum(len(t.split()) for t in links) - len(label.split())
        if other > 30 or not any(links):
            continue
        if label in lx.markers:
            out.extend(t for t in links if len(t.split()) >= 3)
        _remove(box)
    return out


def _short_text(el, limit: int = 60) -> str | None:
    """The element's text if it is at most ``limit`` characters (stops reading early)."""
    parts, n = [], 0
    for t in el.itertext():
        n += len(t)
        if n > limit:
            return None
        parts.append(t)
    return "".join(parts)


def _links_after(el) -> bool:
    return any(a is not None for a in el.itersiblings("a"))


def extract_html(html: str, url: str | None = None) -> HtmlExtract:
    import trafilatura

    tree = parse(html)
    embeds = take_embeds(tree)  # before _sanitize: Telegram's widget is a <script>
    _sanitize(tree)
    labels = _labels(tree)
    glued = take_glued(tree, labels)
    related = take_related(tree, labels)
    page_title = " ".join((tree.findtext(".//title") or "").split())
    try:
        res = trafilatura.bare_extraction(tree, url=url, include_comments=False, include_tables=True,
                                          with_metadata=True, favor_recall=True, fast=True,
                                          date_extraction_params=_DATE_PARAMS)
    except RecursionError:
        raise PageError("HTML nested too deeply to extract text") from None
    if res is None:
        text, meta = "", {}
    else:
        text = res.text or ""
        author = res.author if res.author and res.author != res.sitename else None
        meta = {"title": res.title, "author": author, "date": _iso(res.date), "sitename": res.sitename,
                "url": res.url or url, "description": res.description}
    if not text.strip():
        text = _fallback_text(tree)
    if not text.strip():
        depth = _depth(tree)
        if depth >= 250:
            raise PageError(f"HTML nested {depth}+ levels deep: no readable text at a depth the parser keeps")
        raise PageError("no article text found in the HTML page")
    meta["page_title"] = page_title
    meta["related_headlines"] = related
    meta["related"] = glued
    return HtmlExtract(text=text, meta={k: v for k, v in meta.items() if v}, embeds=embeds)


def _depth(tree) -> int:
    deepest = 0
    for el in tree.iter():
        d = 0
        p = el
        while p is not None and d < 300:
            p = p.getparent()
            d += 1
        deepest = max(deepest, d)
        if deepest >= 250:
            break
    return deepest


def _iso(d: str | None) -> str | None:
    return d if d and re.fullmatch(r"\d{4}-\d{2}-\d{2}", d) else None


def _fallback_text(tree) -> str:
    """Paragraph text when trafilatura finds no main content (tiny or odd pages)."""
    body = tree.find(".//body")
    if body is None:
        return ""
    paras = [_text(p) for p in body.iter("p", "h1", "h2", "h3", "li")]
    paras = [p for p in paras if p]
    return "\n".join(paras) if paras else _text(body)


def html_main_text(html: str) -> str:
    """The main text of a page, as trafilatura gives it (used for --passage on HTML)."""
    return extract_html(html).text


@register("html")
def read_html(source: str, fh: IO[bytes]) -> Iterator[Item]:
    return read_decoded(source, fh, decode_html, "html")
