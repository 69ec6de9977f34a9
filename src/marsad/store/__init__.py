"""The evidence database: documents, events (merged incidents), reports, estimates, reviews.

``open_store(url)`` (store/api.py) is the one interface the commands, the runner and the web use;
``merge.py`` holds the merge policy as pure functions with its numbers in data/store/merge.json;
``backends/`` the SQLite and PostgreSQL specifics, with SQL migrations per dialect in ``sql/``.
May import: arabic/, ingest/dedup (MinHash signatures), data resources. Never extract/, views/,
render/, commands/ or web/.
"""
from __future__ import annotations

from .api import DocumentFailed, Store, content_hash, open_store
from .backends import Backend, StoreError
from .filters import EventFilter, FilterError

__all__ = ["Backend", "DocumentFailed", "EventFilter", "FilterError", "Store", "StoreError", "content_hash",
           "open_store"]
