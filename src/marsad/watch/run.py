"""Orchestration of one watch run: list each outlet's new article URLs, fetch them politely
(round-robin over hosts, so one outlet's delay does not hold up the others), and hand each page to
the normal pipeline and store together with its provenance.

Every URL ends in exactly one outcome, counted in the summary line:
new, changed (a new version of a page already stored; both kept), unchanged, same text (a new URL
whose text is already stored), failed (one line each), skipped by robots.txt.
"""
from __future__ import annotations

import hashlib
import os
from collections import deque
from dataclasses import dataclass, field

from .discover import list_outlet
from .fetch import Fetched, Fetcher
from .sources import Outlet
from .state import MAX_TRIES, WatchState

# Below this share of Arabic letters the page is not Arabic news (an English edition, an error page).
MIN_ARABIC_SHARE = 0.5
_HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass
class Summary:
    outlets: int = 0
    listed: int = 0
    known: int = 0  # listed URLs already fetched on an earlier run (not fetched again)
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    same_text: int = 0
    failed: int = 0
    robots: int = 0
    requests: int = 0
    problems: list[str] = field(default_factory=list)

    def line(self, command: str = "watch") -> str:
        parts = [f"{self.new} new", f"{self.changed} changed", f"{self.unchanged} unchanged"]
        if self.same_text:
            parts.append(f"{self.same_text} same text as a stored page")
        parts += [f"{self.failed} failed", f"{self.robots} skipped by robots.txt"]
        tail = f" ({self.known} fetched before, {self.requests} requests)" if command == "watch" else \
            f" ({self.requests} requests)"
        head = f"{self.outlets} outlets, {self.listed} links: " if command == "watch" else ""
        return f"marsad {command}: {head}{', '.join(parts)}{tail}"


class Watcher:
    """Fetch pages into a store. ``on_line`` gets every one-line report (failures, skips, outlet
    problems); ``on_progress(url)`` is called after each article URL."""

    def __init__(self, store, fetcher: Fetcher, archive=None, pipeline=None, refetch: bool = False,
                 on_line=None, on_progress=None):
        self.store = store
        self.state = WatchState(store)
        self.fetcher = fetcher
        self.archive = archive
        if pipeline is None:
            from ..pipeline import Pipeline

            pipeline = Pipeline()
        self.pipe = pipeline
        self.refetch = refetch
        self.summary = Summary()
        self._line = on_line or (lambda s: None)
        self._progress = on_progress

    def line(self, msg: str) -> None:
        self.summary.problems.append(msg)
        self._line(msg)

    # -- listing ----------------------------------------------------------------------------------
    def plan(self, outlets: list[Outlet], limit: int | None = None, max_sitemaps: int = 20) -> list[tuple[Outlet, list[str]]]:
        """Each outlet's URLs to fetch this run: listed in its feeds/sitemaps and not fetched before
        (all listed ones with ``refetch``), at most ``limit`` per outlet."""
        plan = []
        for o in outlets:
            self.summary.outlets += 1
            if o.delay is not None:
                self.fetcher.host_delay[o.host] = o.delay
            listing = list_outlet(self.fetcher, o.home, o.feeds, o.sitemaps, max_sitemaps=max_sitemaps)
            for p in listing.problems:
                self.line(f"{o.name}: {p}")
            if not listing.links and not listing.problems:
                self.line(f"{o.name}: no article links in its feeds or sitemaps")
            todo = []
            for url in listing.links:
                self.summary.listed += 1
                if not self.refetch and self.state.known(url) is not None:
                    self.summary.known += 1
                    continue
                todo.append(url)
            if limit is not None:
                todo = todo[:limit]
            plan.append((o, todo))
        return plan

    def run_plan(self, plan: list[tuple[Outlet, list[str]]]) -> Summary:
        """Fetch round-robin: always the outlet whose host may be asked soonest."""
        queues = [(o, deque(urls)) for o, urls in plan if urls]
        while queues:
            queues.sort(key=lambda q: self.fetcher._next_ok.get(q[0].host, 0.0))
            o, q = queues[0]
            self.fetch_url(q.popleft(), o.name)
            if not q:
                queues.pop(0)
        self.summary.requests = self.fetcher.requests
        return self.summary

    # -- one page ---------------------------------------------------------------------------------
    def fetch_url(self, url: str, outlet: str | None = None) -> str:
        """Fetch one article URL and store it; returns the outcome."""
        try:
            return self._fetch_url(url, outlet)
        finally:
            self.summary.requests = self.fetcher.requests
            if self._progress:
                self._progress(url)

    def _fetch_url(self, url: str, outlet: str | None) -> str:
        s = self.summary
        prev = self.state.known(url)
        headers = {}
        if prev is not None:
            if not self.refetch:
                s.known += 1
                return "known"
            if prev.get("etag"):
                headers["If-None-Match"] = prev["etag"]
            if prev.get("last_modified"):
                headers["If-Modified-Since"] = prev["last_modified"]
        elif self.state.failed_tries(url) >= MAX_TRIES:
            s.known += 1
            return "known"
        res = self.fetcher.fetch(url, headers)
        if res.robots:
            s.robots += 1
            self.line(f"{url}: skipped, robots.txt disallows it")
            return "robots"
        if res.not_modified:
            with self.store.transaction():
                self.state.record_fetch(res, outlet, "unchanged")
                self.state.settle(res, outlet)
            s.unchanged += 1
            return "unchanged"
        if not res.ok:
            return self._failed(res, outlet, res.error or f"HTTP {res.status}", transient=_transient(res))
        sha = hashlib.sha256(res.body).hexdigest()
        warc = None
        if self.archive is not None:
            offset, rid = self.archive.add(res)
            warc = (self.archive.name, offset, rid)
        keep_raw = self.archive is None
        prov = {"sha256": sha, "warc": warc, "keep_raw": keep_raw}
        if prev is not None and prev.get("last_sha256") == sha:
            with self.store.transaction():
                self.state.record_fetch(res, outlet, "unchanged", doc_key=prev.get("doc_key"), **prov)
                self.state.settle(res, outlet, sha256=sha)
            s.unchanged += 1
            return "unchanged"
        ctype = (res.header("Content-Type") or "").split(";")[0].strip().lower()
        if ctype and ctype not in _HTML_TYPES:
            return self._failed(res, outlet, f"not an HTML page ({ctype})", **prov)
        try:
            doc = self._document(res, outlet)
        except ValueError as e:  # PageError, decoding, not Arabic
            return self._failed(res, outlet, str(e), **prov)
        except Exception as e:  # noqa: BLE001 - one bad page must not stop the run
            if os.environ.get("MARSAD_DEBUG"):
                raise
            return self._failed(res, outlet, f"could not process the page ({type(e).__name__}: {e})", **prov)
        with self.store.transaction():
            key = self.store.add_document(doc)
            if key is None:  # this text is already stored (another URL, or an earlier version)
                from ..store import content_hash

                existing = self.store.scalar("SELECT doc_key FROM documents WHERE content_hash = ?",
                                             (content_hash(doc.text),))
                outcome = "unchanged" if prev is not None and prev.get("doc_key") == existing else "same text"
                self.state.record_fetch(res, outlet, outcome, doc_key=existing, **prov)
                self.state.settle(res, outlet, sha256=sha, doc_key=existing if prev is None else None)
                if outcome == "unchanged":
                    s.unchanged += 1
                else:
                    s.same_text += 1
                return outcome
            if prev is not None and prev.get("doc_key"):
                _link_version(self.store, key, prev["doc_key"])
                version = int(prev.get("versions") or 1) + 1
                outcome = "changed"
                s.changed += 1
            else:
                version = 1
                outcome = "new"
                s.new += 1
            self.state.record_fetch(res, outlet, outcome, doc_key=key, version=version, **prov)
            self.state.settle(res, outlet, sha256=sha, doc_key=key, new_version=prev is not None)
        return outcome

    def _document(self, res: Fetched, outlet: str | None):
        from ..ingest.html import decode_html
        from ..ingest.page import raw_to_document
        from ..ingest.readers import RawDoc, _arabic_share

        html, enc = decode_html(res.body)
        raw = RawDoc(source=res.final_url, html=html, url=res.final_url,
                     meta={"encoding": enc, "crawled": (res.fetched_at or "")[:10] or None,
                           **({"outlet": outlet} if outlet else {})})
        doc = raw_to_document(raw)
        share = _arabic_share(doc.text)
        if share < MIN_ARABIC_SHARE:
            raise ValueError(f"not Arabic news ({share:.0%} of its letters are Arabic)")
        if outlet:
            doc.outlet = outlet  # the outlet being watched, not whatever the page calls its site
        doc.extra["fetched_at"] = res.fetched_at
        return self.pipe(doc)

    def _failed(self, res: Fetched, outlet: str | None, reason: str, transient: bool = False, **prov) -> str:
        self.summary.failed += 1
        self.line(f"{res.url}: {reason}")
        with self.store.transaction():
            self.state.record_fetch(res, outlet, "failed", error=reason, **prov)
            # a definite answer (404, not Arabic, too big...) settles the URL; a passing one is retried
            if not transient or self.state.failed_tries(res.url) >= MAX_TRIES:
                self.state.settle(res, outlet, sha256=prov.get("sha256"))
        return "failed"


def _transient(res: Fetched) -> bool:
    if res.status is None:
        return True  # no answer: timeout, refused, dropped
    return res.status in (408, 429) or res.status >= 500


def _link_version(store, new_key: int, old_key: int) -> None:
    """A new version of a page counts as the same source as the first version (like a near
    duplicate): its reports must not add to an event's count of independent reports."""
    if store.scalar("SELECT duplicate_of FROM documents WHERE doc_key = ?", (new_key,)) is not None:
        return  # the store already linked it as a near duplicate
    root = store.scalar("SELECT COALESCE(duplicate_of, doc_key) FROM documents WHERE doc_key = ?", (old_key,))
    if root is None:
        return
    store.execute("UPDATE documents SET duplicate_of = ? WHERE doc_key = ?", (root, new_key))
    if store.scalar("SELECT 1 FROM near_duplicates WHERE doc_key = ? AND other_key = ?", (new_key, old_key)) is None:
        store.execute("INSERT INTO near_duplicates (doc_key, other_key) VALUES (?, ?)", (new_key, old_key))
    # the events this version reports: recount their independent sources as the store does
    # (a near-duplicate copy counts as its original document and outlet)
    store.recount_sources(r[0] for r in store.execute(
        "SELECT DISTINCT event_id FROM reports WHERE doc_key = ? AND event_id IS NOT NULL", (new_key,)).fetchall())
