"""The evidence database. ``open_store(path)`` gives a :class:`Store` (SQLite by default);
the backend is chosen from the location so a ``postgresql://`` URL can plug in later."""
from __future__ import annotations

from .base import Backend, Store, content_hash

__all__ = ["Backend", "Store", "content_hash", "open_store"]


def open_store(location: str, dedup_threshold: float | None = 0.45) -> Store:
    loc = str(location)
    if loc.startswith(("postgres://", "postgresql://")):
        raise ValueError("PostgreSQL is not available yet: give a SQLite file path")
    from .sqlite import SQLiteBackend

    return Store(SQLiteBackend(loc), dedup_threshold=dedup_threshold)
