"""Placeholder cleaner (replaced by the ingestion issue's line classifier)."""
from __future__ import annotations

from ..document import Document
from .readers import RawDoc


def clean_page(raw: RawDoc) -> Document:
    from .page import normalise_line_ends

    text = raw.text if raw.text is not None else (raw.html or "")
    return Document(normalise_line_ends(text).strip(), id=raw.id, url=raw.url, published=raw.published,
                    title=raw.title)
