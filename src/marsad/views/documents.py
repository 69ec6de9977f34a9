"""Document views: the whole stored record of one page, and the list of stored pages."""
from __future__ import annotations


def document_view(store, ref: int | str) -> dict | None:
    """The stored record as ``marsad extract`` printed it (text, metadata, related, embeds, every
    layer and event), plus ``_store`` (key, duplicate links); None when there is no such document."""
    return store.document(ref)


def document_rows(store, limit: int = 50, offset: int = 0, outlet: str | None = None) -> list[dict]:
    return store.documents(limit=limit, offset=offset, outlet=outlet)
