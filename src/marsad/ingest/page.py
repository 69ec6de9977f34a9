"""Raw input to a Document: the seam between readers and the cleaning stages.

``--passage`` input is taken as it is (line ends normalised). Pages go through the cleaner,
which strips site furniture and splits glued-on articles and embedded posts.
"""
from __future__ import annotations

from ..document import Document
from .readers import RawDoc


def normalise_line_ends(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def raw_to_document(raw: RawDoc, passage: bool = False) -> Document:
    if raw.text is None and raw.html is not None and passage:
        from .html import html_main_text  # passage mode still needs the text out of HTML

        text = html_main_text(raw.html)
        doc = Document(normalise_line_ends(text), id=raw.id, url=raw.url, published=raw.published, title=raw.title)
    elif passage:
        doc = Document(normalise_line_ends(raw.text or ""), id=raw.id, url=raw.url, published=raw.published,
                       title=raw.title)
    else:
        from .clean import clean_page

        doc = clean_page(raw)
    for k in ("outlet", "author"):
        if raw.meta.get(k) and not getattr(doc, k):
            setattr(doc, k, raw.meta[k])
    doc.extra.setdefault("source", raw.source)
    return doc
