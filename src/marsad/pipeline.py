"""The pipeline: small components with one job each, run in order over a Document.

Components are created once per process (they load lexicons and models) and then called per
document, so a batch of 100k pages pays the loading cost once and memory stays flat.
"""
from __future__ import annotations

import importlib
import os
from typing import Callable, Iterable, Iterator

from .document import Document
from .ingest.page import raw_to_document
from .ingest.readers import PageError, RawDoc, ReadError, read_path

# name -> "module:factory". Order matters: events read the layers before them.
COMPONENTS: list[tuple[str, str]] = [
    ("published", "marsad.extract.published:PublishedDate"),
    ("quantities", "marsad.extract.quantities:QuantityExtractor"),
    ("dates", "marsad.extract.dates:DateExtractor"),
    ("entities", "marsad.extract.entities:EntityTagger"),
    ("places", "marsad.extract.places:PlaceResolver"),
    ("events", "marsad.extract.events:EventExtractor"),
]


def _load(spec: str) -> Callable[[Document], None] | None:
    mod_name, _, attr = spec.partition(":")
    try:
        mod = importlib.import_module(mod_name)
    except ModuleNotFoundError as e:
        if e.name == mod_name:  # stage not built yet
            return None
        raise
    return getattr(mod, attr)()


class Pipeline:
    def __init__(self, only: Iterable[str] | None = None):
        wanted = set(only) if only is not None else None
        self.components: list[tuple[str, Callable[[Document], None]]] = []
        for name, spec in COMPONENTS:
            if wanted is not None and name not in wanted:
                continue
            comp = _load(spec)
            if comp is not None:
                self.components.append((name, comp))

    @property
    def names(self) -> list[str]:
        return [n for n, _ in self.components]

    def __call__(self, doc: Document) -> Document:
        for _, comp in self.components:
            comp(doc)
        return doc

    def process_raw(self, raw: RawDoc, passage: bool = False, published: str | None = None) -> Document:
        doc = raw_to_document(raw, passage=passage)
        if published and not doc.published:
            doc.published = published
        return self(doc)

    def run(self, paths: Iterable[str], passage: bool = False, published: str | None = None,
            stdin_format: str = "text") -> Iterator[Document | ReadError]:
        """Stream documents (or per-document errors) from input paths, one at a time."""
        for path in paths:
            for item in read_path(path, stdin_format=stdin_format):
                if isinstance(item, ReadError):
                    yield item
                    continue
                try:
                    yield self.process_raw(item, passage=passage, published=published)
                except Exception as e:  # noqa: BLE001 - one bad document must not stop the batch
                    if os.environ.get("MARSAD_DEBUG"):
                        raise
                    reason = str(e) if isinstance(e, PageError) else f"could not process document ({type(e).__name__}: {e})"
                    yield ReadError(item.source, reason)
