"""Where an outlet's articles are listed: its RSS/Atom feeds and its sitemaps.

trafilatura does the reading (feed links on a home page, links in a feed, sitemap and
sitemap-index entries, sitemaps named in robots.txt); the fetching is ours (polite, recorded),
so this module hands trafilatura text, never URLs to download itself.
"""
from __future__ import annotations

import gzip
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from .fetch import Fetcher

MAX_FEEDS = 5  # feeds found on a home page that are read (trafilatura reads at most 10)


@dataclass
class Listing:
    """The article links an outlet's feeds and sitemaps gave, in their order (feeds first: they list
    the newest), plus one line per feed or sitemap that could not be read."""

    links: list[str] = field(default_factory=list)
    feeds: list[str] = field(default_factory=list)
    sitemaps: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def _params(home: str):
    from courlan import get_hostinfo
    from trafilatura.feeds import FeedParameters

    domain, base = get_hostinfo(home)
    return FeedParameters(base, domain or urlsplit(home).hostname or "", home), base, domain


def _text(body: bytes, url: str) -> str:
    if body[:2] == b"\x1f\x8b":  # sitemap.xml.gz
        try:
            body = gzip.decompress(body)
        except (OSError, EOFError):
            return ""
    return body.decode("utf-8", errors="replace")


def find_feeds(home_html: str, home: str) -> list[str]:
    """Feed URLs a home page announces (<link rel=alternate> or feed-like <a> links)."""
    from trafilatura.feeds import determine_feed

    params, _, _ = _params(home)
    return determine_feed(home_html, params)[:MAX_FEEDS]


def feed_links(feed_text: str, home: str) -> list[str]:
    from trafilatura.feeds import extract_links

    params, _, _ = _params(home)
    return extract_links(feed_text, params)


def robots_sitemaps(robots_text: str, home: str) -> list[str]:
    from trafilatura.sitemaps import extract_robots_sitemaps

    _, base, _ = _params(home)
    return extract_robots_sitemaps(robots_text or None, base)


def list_outlet(fetcher: Fetcher, home: str, feeds: list[str] | None, sitemaps: list[str] | None,
                max_sitemaps: int = 20, on_fetch=None) -> Listing:
    """Read an outlet's feeds and sitemaps; discover them from the home page and robots.txt when
    not given. ``on_fetch(Fetched, kind)`` sees every response (for the record)."""
    from trafilatura.feeds import is_potential_feed
    from trafilatura.sitemaps import SitemapObject

    out = Listing()
    params, base, domain = _params(home)

    def get(url: str, kind: str):
        res = fetcher.fetch(url)
        if on_fetch:
            on_fetch(res, kind)
        return res

    if feeds is None:
        home_res = get(home, "home")
        if home_res.ok:
            feeds = find_feeds(home_res.body.decode("utf-8", errors="replace"), home)
        else:
            out.problems.append(f"{home}: home page not read ({home_res.error})")
            feeds = []
    if sitemaps is None:
        sitemaps = robots_sitemaps(fetcher.robots_text(home), home) or [f"{base}/sitemap.xml"]
        discovered_sitemaps = True
    else:
        discovered_sitemaps = False
    out.feeds, out.sitemaps = list(feeds), list(sitemaps)

    seen: dict[str, None] = {}
    for f in feeds:
        res = get(f, "feed")
        if not res.ok:
            out.problems.append(f"{f}: feed not read ({res.error})")
            continue
        text = _text(res.body, f)
        links = feed_links(text, home)
        if not links and not is_potential_feed(text.strip()) and not text.lstrip().startswith("{"):
            out.problems.append(f"{f}: not a feed")
        for link in links:
            seen.setdefault(link, None)

    sm = SitemapObject(base, domain or "", list(reversed(sitemaps)))
    n = 0
    while sm.sitemap_urls and n < max_sitemaps:
        url = sm.sitemap_urls.pop()
        if url in sm.seen:
            continue
        sm.seen.add(url)
        n += 1
        res = get(url, "sitemap")
        if not res.ok:
            if not (discovered_sitemaps and res.status == 404):  # a guessed /sitemap.xml may not exist
                out.problems.append(f"{url}: sitemap not read ({res.error})")
            continue
        sm.current_url, sm.content = url, _text(res.body, url)
        before = len(sm.urls)
        children = len(sm.sitemap_urls)
        sm.process()
        # a sitemap index lists newest sitemaps first by convention; read them in that order
        new_children = sm.sitemap_urls[children:]
        del sm.sitemap_urls[children:]
        sm.sitemap_urls.extend(reversed([c for c in new_children if c not in sm.seen]))
        if len(sm.urls) == before and not new_children:
            out.problems.append(f"{url}: no article links in the sitemap")
    for link in sm.urls:
        seen.setdefault(link, None)
    out.links = list(seen)
    return out
