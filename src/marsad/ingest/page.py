"""Raw input to a Document: the one place the ingest steps are put in order.

A page goes through each step once, in a straight line:

1. read (readers.py, warc.py: bytes to a RawDoc of text or HTML);
2. HTML only: HTML to text and structure (html.py: embeds, related boxes, glued articles and
   trafilatura's main text and metadata);
3. line cleaning (clean.py, using embeds.py for posts quoted in the text and lines.py to classify
   each line): furniture dropped, title found, related articles and headlines split off;
4. metadata (here): id, title, outlet, author, url, published from the input, the HTML and the
   page's own byline and dateline, in that order of trust.

``--passage`` input is taken as it is (line ends normalised; HTML through step 2's text only).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Iterator

from ..document import Document
from .boilerplate import BoilerplateFilter
from .clean import Cleaned, clean_text, dedupe
from .lines import host_of, outlet_name
from .readers import RawDoc, ReadError


def normalise_line_ends(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


@dataclass
class Prepared:
    """A page after step 2: its text before line cleaning, and what the HTML told."""
    text: str
    meta: dict = field(default_factory=dict)
    embeds: list[dict] = field(default_factory=list)
    group: str = ""  # site key for corpus-level boilerplate


def prepare(raw: RawDoc) -> Prepared:
    """Step 2: HTML to text and structure (plain text passes through)."""
    meta: dict = {}
    embeds: list[dict] = []
    if raw.text is None and raw.html is not None:
        from .html import extract_html

        ext = extract_html(raw.html, url=raw.url)
        text, embeds, meta = ext.text, ext.embeds, ext.meta
    else:
        text = raw.text or ""
    group = host_of(raw.url or meta.get("url")) or raw.meta.get("outlet") or meta.get("sitename") or ""
    return Prepared(text=text, meta=meta, embeds=embeds, group=group)


def raw_to_document(raw: RawDoc, passage: bool = False, boilerplate: BoilerplateFilter | None = None) -> Document:
    """A read document to a clean Document. ``boilerplate`` is an optional BoilerplateFilter
    fitted on the batch this page came in."""
    if passage:
        if raw.text is None and raw.html is not None:
            from .html import html_main_text

            text = html_main_text(raw.html)
        else:
            text = raw.text or ""
        doc = Document(normalise_line_ends(text), id=raw.id, url=raw.url, published=raw.published, title=raw.title)
    else:
        doc = finish(raw, prepare(raw), boilerplate)
    return _from_input(raw, doc)


def _from_input(raw: RawDoc, doc: Document) -> Document:
    for k in ("outlet", "author"):
        if raw.meta.get(k) and not getattr(doc, k):
            setattr(doc, k, raw.meta[k])
    doc.extra.setdefault("source", raw.source)
    return doc


def finish(raw: RawDoc, prep: Prepared, boilerplate: BoilerplateFilter | None = None) -> Document:
    """Steps 3 and 4 on a prepared page."""
    meta = prep.meta
    url = raw.url or meta.get("url")
    drop = boilerplate.boilerplate(prep.group) if boilerplate is not None else None
    c = clean_text(prep.text, url=url, title=raw.title or meta.get("title"), drop_lines=drop,
                   title_hints=tuple(h for h in (meta.get("page_title"),) if h))
    return _document(raw, prep, c, url)


def _document(raw: RawDoc, prep: Prepared, c: Cleaned, url: str | None) -> Document:
    """Step 4: metadata, most trusted first (the input record, the HTML, the page's own lines)."""
    meta = prep.meta
    doc = Document(c.text, id=raw.id, url=url, published=raw.published or meta.get("date") or c.published,
                   title=c.title or raw.title or meta.get("title"))
    site = meta.get("sitename")
    doc.outlet = c.outlet or (outlet_name(site) or site if site else None)
    doc.author = c.author or meta.get("author")
    doc.related = meta.get("related", []) + c.related
    doc.related_headlines = dedupe(meta.get("related_headlines", []) + c.related_headlines)
    doc.embeds = prep.embeds + c.embeds
    for k in ("encoding", "crawled"):
        if raw.meta.get(k):
            doc.extra[k] = raw.meta[k]
    if c.dropped_boilerplate:
        doc.extra["boilerplate_lines"] = c.dropped_boilerplate
    return doc


def clean_page(raw: RawDoc, boilerplate: BoilerplateFilter | None = None) -> Document:
    """A page (text or HTML) to a clean Document: ``raw_to_document`` without passage mode."""
    return raw_to_document(raw, boilerplate=boilerplate)


def clean_batch(raws: Iterable[RawDoc | ReadError], min_docs: int = 3, min_share: float = 0.3
                ) -> Iterator[Document | ReadError]:
    """Clean a batch of pages with the boilerplate learnt from the batch itself.

    Yields Documents (or ReadErrors, in input order). HTML is extracted once: the first pass
    keeps the extracted text for the second."""
    items = list(raws)
    prepared: list[Prepared | ReadError] = []
    filt = BoilerplateFilter(min_docs=min_docs, min_share=min_share)
    for raw in items:
        if isinstance(raw, ReadError):
            prepared.append(raw)
            continue
        try:
            prep = prepare(raw)
        except ValueError as e:
            prepared.append(ReadError(raw.source, str(e)))
            continue
        prepared.append(prep)
        filt.add(prep.group, prep.text)
    for raw, prep in zip(items, prepared):
        if isinstance(prep, ReadError):
            yield prep
            continue
        assert isinstance(raw, RawDoc)
        yield _from_input(raw, finish(raw, prep, boilerplate=filt))
