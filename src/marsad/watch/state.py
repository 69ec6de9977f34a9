"""What the watcher remembers between runs (tables ``watch_urls`` and ``watch_fetches``, migration
0005): which URLs are settled, each fetch's provenance, and each page's versions. Plain SQL through
the store's connection, so it works on whatever backend the store runs on."""
from __future__ import annotations

import gzip

from .fetch import Fetched

# A URL that failed for a passing reason (timeout, 5xx, dropped connection) is tried again on later
# runs, this many fetches in all; then it is settled as failed.
MAX_TRIES = 3


class WatchState:
    def __init__(self, store):
        self.store = store

    def known(self, url: str) -> dict | None:
        rows = self.store.query("SELECT * FROM watch_urls WHERE url = ?", (url,))
        return rows[0] if rows else None

    def failed_tries(self, url: str) -> int:
        return int(self.store.scalar(
            "SELECT COUNT(*) FROM watch_fetches WHERE url = ? AND outcome = 'failed'", (url,)) or 0)

    def record_fetch(self, res: Fetched, outlet: str | None, outcome: str, *, doc_key: int | None = None,
                     version: int | None = None, warc: tuple[str, int, str] | None = None,
                     sha256: str | None = None, keep_raw: bool = False, error: str | None = None) -> None:
        raw = gzip.compress(res.body, mtime=0) if keep_raw and res.body else None
        self.store.execute(
            "INSERT INTO watch_fetches (url, final_url, outlet, fetched_at, status, content_type, raw_sha256, raw_size, "
            "raw_gzip, warc_file, warc_offset, warc_record_id, doc_key, version, outcome, error) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (res.url, res.final_url, outlet, res.fetched_at or _now(), res.status, res.header("Content-Type"),
             sha256, len(res.body) if res.body else None, raw, *(warc or (None, None, None)), doc_key, version,
             outcome, error))

    def settle(self, res: Fetched, outlet: str | None, *, sha256: str | None = None, doc_key: int | None = None,
               new_version: bool = False) -> None:
        """Mark a URL as done (not fetched again unless asked), keeping its validators for --refetch."""
        when = res.fetched_at or _now()
        prev = self.known(res.url)
        etag, lastmod = res.header("ETag"), res.header("Last-Modified")
        if prev is None:
            self.store.execute(
                "INSERT INTO watch_urls (url, outlet, first_fetched, last_fetched, last_status, last_sha256, etag, "
                "last_modified, doc_key, versions) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (res.url, outlet, when, when, res.status, sha256, etag, lastmod, doc_key, 1 if doc_key else 0))
            return
        self.store.execute(
            "UPDATE watch_urls SET last_fetched = ?, last_status = ?, last_sha256 = COALESCE(?, last_sha256), "
            "etag = COALESCE(?, etag), last_modified = COALESCE(?, last_modified), doc_key = COALESCE(?, doc_key), "
            "versions = versions + ? WHERE url = ?",
            (when, res.status, sha256, etag, lastmod, doc_key, 1 if new_version else 0, res.url))

    def versions(self, url: str) -> list[dict]:
        """The stored versions of a page, oldest first: fetch time, raw hash and document key."""
        return self.store.query(
            "SELECT fetched_at, raw_sha256, doc_key, version, warc_file, warc_offset FROM watch_fetches "
            "WHERE url = ? AND doc_key IS NOT NULL AND outcome IN ('new', 'changed') ORDER BY fetch_id", (url,))


def _now() -> str:
    from .fetch import utc_now

    return utc_now()
