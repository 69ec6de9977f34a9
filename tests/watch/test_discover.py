"""Feed and sitemap discovery (trafilatura reads, our fetcher fetches)."""
from __future__ import annotations

import gzip

from marsad.watch.discover import feed_links, find_feeds, list_outlet, robots_sitemaps
from marsad.watch.fetch import Fetcher, Politeness

from .conftest import atom, home, rss, sitemap, sitemap_index


def fast() -> Politeness:
    return Politeness(delay=0.0, timeout=1.0, backoff=0.01, retries=0)


def test_feed_announced_on_home_page():
    base = "https://midan.example/"
    assert find_feeds(home("/feed.xml"), base) == ["https://midan.example/feed.xml"]
    assert find_feeds(home(None), base) == []


def test_rss_and_atom_links_on_the_outlets_host_only():
    base = "https://midan.example/"
    links = ["https://midan.example/news/1", "https://midan.example/news/2", "https://elsewhere.example/x/1"]
    assert sorted(feed_links(rss(links), base)) == links[:2]
    assert sorted(feed_links(atom(links), base)) == links[:2]


def test_sitemaps_named_in_robots_txt():
    txt = "User-agent: *\nDisallow: /x\nSitemap: https://midan.example/sm.xml  # news\nsitemap: https://midan.example/sm2.xml\n"
    assert robots_sitemaps(txt, "https://midan.example/") == ["https://midan.example/sm.xml",
                                                              "https://midan.example/sm2.xml"]


def test_sitemap_index_gzip_child_and_problems(site, resolve):
    u = site.url
    site.add("midan.test", "/feed.xml", "<html><body>not a feed</body></html>")
    site.add("midan.test", "/sitemap_index.xml", sitemap_index([u("midan.test", "/sm1.xml.gz"), u("midan.test", "/sm2.xml")]),
             ctype="application/xml")
    site.add("midan.test", "/sm1.xml.gz", gzip.compress(sitemap([u("midan.test", "/a/1"), u("midan.test", "/a/2")]).encode()),
             ctype="application/gzip")
    site.add("midan.test", "/sm2.xml", sitemap([u("midan.test", "/a/2"), u("midan.test", "/a/3")]), ctype="application/xml")
    with Fetcher(fast(), resolve=resolve) as f:
        out = list_outlet(f, u("midan.test", "/"), [u("midan.test", "/feed.xml"), u("midan.test", "/gone.xml")],
                          [u("midan.test", "/sitemap_index.xml")])
    assert out.links == [u("midan.test", "/a/1"), u("midan.test", "/a/2"), u("midan.test", "/a/3")]
    assert out.problems == [f"{u('midan.test', '/feed.xml')}: not a feed",
                            f"{u('midan.test', '/gone.xml')}: feed not read (HTTP 404 Not Found)"]
    # the index's children were read in its order
    assert [p for p in site.paths() if p.startswith("/sm")] == ["/sm1.xml.gz", "/sm2.xml"]


def test_sitemap_cap_per_run(site, resolve):
    u = site.url
    kids = [u("midan.test", f"/sm{i}.xml") for i in range(10)]
    site.add("midan.test", "/sitemap.xml", sitemap_index(kids), ctype="application/xml")
    for i in range(10):
        site.add("midan.test", f"/sm{i}.xml", sitemap([u("midan.test", f"/a/{i}")]), ctype="application/xml")
    with Fetcher(fast(), resolve=resolve) as f:
        out = list_outlet(f, u("midan.test", "/"), [], None, max_sitemaps=4)
    assert out.links == [u("midan.test", f"/a/{i}") for i in range(3)]
    assert len([p for p in site.paths() if p.startswith("/sm")]) == 3
