"""A whole watch run over three made-up outlets on the local server: discovery, what is fetched,
what is skipped, per-URL failures, provenance (hash + WARC record), and incremental re-runs."""
from __future__ import annotations

import gzip
import hashlib

import pytest

from marsad.store import open_store
from marsad.watch.archive import WarcArchive
from marsad.watch.fetch import Fetcher, Politeness
from marsad.watch.run import Watcher
from marsad.watch.sources import parse_sources

from .conftest import atom, home, rss, sample, sitemap, sitemap_index

ENGLISH = ("<html lang='en'><head><meta charset='utf-8'><title>Weather</title></head><body><article>"
           + "<p>The weather in the valley was mild this week, with light winds and clear skies over the town.</p>" * 6
           + "</article></body></html>")


def build_web(site) -> str:
    """Three outlets; returns their sources.toml."""
    u = site.url
    # midan: nothing given; feed found on the home page, sitemap named in robots.txt
    site.add("midan.test", "/", home("/feed.xml"))
    site.add("midan.test", "/robots.txt",
             f"User-agent: *\nDisallow: /private/\nSitemap: {u('midan.test', '/sitemap.xml')}\n", ctype="text/plain")
    site.add("midan.test", "/feed.xml", rss([u("midan.test", "/news/1.html"), u("midan.test", "/news/2.html"),
                                             u("midan.test", "/private/3.html"), u("midan.test", "/news/missing.html")]),
             ctype="application/rss+xml")
    site.add("midan.test", "/sitemap.xml", sitemap([u("midan.test", "/news/1.html"), u("midan.test", "/news/4.html")]),
             ctype="application/xml")
    site.add("midan.test", "/news/1.html", sample("01_midan"))
    site.add("midan.test", "/news/2.html", sample("07_midan"))
    site.add("midan.test", "/news/4.html", sample("13_midan"))
    site.add("midan.test", "/private/3.html", sample("01_midan"))
    # janoub: an Atom feed given; every kind of failure behind it
    site.add("janoub.test", "/atom.xml", atom([u("janoub.test", p) for p in
                                               ("/j/1.html", "/j/english.html", "/j/slow.html", "/j/err.html",
                                                "/j/loop", "/j/big.html")]), ctype="application/atom+xml")
    site.add("janoub.test", "/j/1.html", sample("02_janoub"))
    site.add("janoub.test", "/j/english.html", ENGLISH)
    site.handler("janoub.test", "/j/slow.html", _slow)
    site.add("janoub.test", "/j/err.html", "oops", status=500, ctype="text/plain")
    site.add("janoub.test", "/j/loop", b"", status=302, headers={"Location": "/j/loop2"})
    site.add("janoub.test", "/j/loop2", b"", status=302, headers={"Location": "/j/loop"})
    site.add("janoub.test", "/j/big.html", b"<p>" + "ي".encode() * 200_000 + b"</p>")
    # furat: no feed on the home page, no robots.txt: the guessed /sitemap.xml is an index
    site.add("furat.test", "/", home(None, "وكالة الفرات"))
    site.add("furat.test", "/sitemap.xml", sitemap_index([u("furat.test", "/sm/2024-11.xml")]), ctype="application/xml")
    site.add("furat.test", "/sm/2024-11.xml", sitemap([u("furat.test", "/f/3.html"), u("furat.test", "/f/9.html")]),
             ctype="application/xml")
    site.add("furat.test", "/f/3.html", sample("03_furat"))
    site.add("furat.test", "/f/9.html", sample("09_furat"))
    return f"""
[[outlet]]
name = "Midan"
home = "{u('midan.test', '/')}"
delay = 0.2

[[outlet]]
name = "Janoub"
home = "{u('janoub.test', '/')}"
feeds = ["{u('janoub.test', '/atom.xml')}"]
sitemaps = []

[[outlet]]
name = "Furat"
home = "{u('furat.test', '/')}"
"""


def _slow(h, n):
    import time

    time.sleep(1.2)
    try:
        h._send(200, {"Content-Type": "text/html"}, b"<p>late</p>")
    except OSError:
        pass


def politeness() -> Politeness:
    return Politeness(delay=0.05, timeout=0.4, total_timeout=2.0, backoff=0.05, retries=1, max_bytes=150_000)


def run(site, resolve, db, pipe, warc_dir=None, refetch=False, lines=None):
    outlets = parse_sources(SOURCES[site.port])
    store = open_store(db)
    archive = WarcArchive(warc_dir) if warc_dir else None
    try:
        with Fetcher(politeness(), resolve=resolve) as f:
            w = Watcher(store, f, archive=archive, pipeline=pipe, refetch=refetch,
                        on_line=(lines.append if lines is not None else None))
            plan = w.plan(outlets)
            return w.run_plan(plan)
    finally:
        if archive:
            archive.close()
        store.close()


SOURCES: dict[int, str] = {}


@pytest.fixture
def web(site):
    SOURCES[site.port] = build_web(site)
    return site


ARTICLES = ("/news/", "/j/", "/f/", "/private/")


def article_requests(site) -> list[str]:
    return [f"{h}{p}" for _, h, p, _ in site.requests() if p.startswith(ARTICLES)]


def test_first_run_fetches_new_articles_and_reports_each_failure(web, resolve, tmp_path, pipe):
    lines: list[str] = []
    s = run(web, resolve, str(tmp_path / "w.db"), pipe, warc_dir=tmp_path / "warc", lines=lines)
    assert (s.outlets, s.new, s.changed, s.failed, s.robots) == (3, 6, 0, 6, 1)
    assert s.line() == ("marsad watch: 3 outlets, 13 links: 6 new, 0 changed, 0 unchanged, 6 failed, "
                        f"1 skipped by robots.txt (0 fetched before, {s.requests} requests)")
    by_url = {ln.split(": ", 1)[0].split(":", 2)[-1].split("/", 1)[-1]: ln.split(": ", 1)[1] for ln in lines}
    assert by_url["news/missing.html"] == "HTTP 404 Not Found"
    assert by_url["j/english.html"].startswith("not Arabic news (0% of its letters")
    assert by_url["j/slow.html"] == "timed out after 0.4 s after 2 tries"
    assert by_url["j/err.html"] == "HTTP 500 Internal Server Error after 2 tries"
    assert by_url["j/loop"] == "redirect loop (/j/loop -> /j/loop2 -> /j/loop)"
    assert by_url["j/big.html"] == "response over the 150000 byte limit"
    assert by_url["private/3.html"] == "skipped, robots.txt disallows it"
    assert "midan.test/private/3.html" not in article_requests(web)
    # the feed of midan was found on its home page, its sitemap in robots.txt, furat's by guessing
    assert [p for _, h, p, _ in web.requests("midan.test") if not p.startswith("/news")][:4] == \
        ["/robots.txt", "/", "/feed.xml", "/sitemap.xml"]
    assert "/sm/2024-11.xml" in web.paths("furat.test")

    with open_store(str(tmp_path / "w.db")) as st:
        docs = st.query("SELECT d.url, o.name AS outlet FROM documents d JOIN outlets o USING (outlet_id) ORDER BY url")
        assert [(d["url"].split("/", 3)[-1], d["outlet"]) for d in docs] == [
            ("f/3.html", "Furat"), ("f/9.html", "Furat"), ("j/1.html", "Janoub"),
            ("news/1.html", "Midan"), ("news/2.html", "Midan"), ("news/4.html", "Midan")]
        rows = st.query("SELECT * FROM watch_fetches WHERE outcome = 'new' ORDER BY url")
        assert len(rows) == 6
        r = next(r for r in rows if r["url"].endswith("/news/1.html"))
        assert r["status"] == 200 and r["raw_sha256"] == hashlib.sha256(sample("01_midan")).hexdigest()
        assert r["fetched_at"].endswith("Z") and r["raw_gzip"] is None and r["version"] == 1
        # the WARC record at the stored offset holds exactly the fetched bytes
        from warcio.archiveiterator import ArchiveIterator

        with open(tmp_path / "warc" / r["warc_file"], "rb") as fh:
            fh.seek(r["warc_offset"])
            rec = next(iter(ArchiveIterator(fh)))
            assert rec.rec_type == "response"
            assert rec.rec_headers.get_header("WARC-Record-ID") == r["warc_record_id"]
            assert rec.rec_headers.get_header("WARC-Target-URI") == r["url"]
            assert rec.http_headers.get_statuscode() == "200"
            assert rec.content_stream().read() == sample("01_midan")
        failed = {r["url"].rsplit("/", 1)[-1]: r for r in st.query("SELECT * FROM watch_fetches WHERE outcome = 'failed'")}
        assert failed["missing.html"]["status"] == 404 and failed["slow.html"]["status"] is None
        assert failed["english.html"]["raw_sha256"] == hashlib.sha256(ENGLISH.encode()).hexdigest()


def test_warc_written_is_readable_by_marsad_ingest(web, resolve, tmp_path, pipe):
    run(web, resolve, str(tmp_path / "w.db"), pipe, warc_dir=tmp_path / "warc")
    (warc,) = (tmp_path / "warc").glob("*.warc.gz")
    from marsad.ingest.readers import RawDoc, read_path

    docs = [d for d in read_path(str(warc)) if isinstance(d, RawDoc)]
    assert len(docs) == 7  # 6 stored + the English page (fetched, refused after)
    assert {d.url.rsplit("/", 1)[-1] for d in docs} >= {"1.html", "2.html", "4.html", "3.html", "9.html"}


def test_second_run_fetches_nothing_new(web, resolve, tmp_path, pipe):
    db = str(tmp_path / "w.db")
    run(web, resolve, db, pipe)
    web.clear()
    s = run(web, resolve, db, pipe)
    # only the two passing failures (timeout, 500) are tried again; nothing settled is re-fetched
    assert sorted(set(article_requests(web))) == ["janoub.test/j/err.html", "janoub.test/j/slow.html"]
    assert (s.new, s.changed, s.failed, s.robots, s.known) == (0, 0, 2, 1, 10)
    web.clear()
    s = run(web, resolve, db, pipe)  # third run: those two have had their MAX_TRIES (3)
    assert sorted(set(article_requests(web))) == ["janoub.test/j/err.html", "janoub.test/j/slow.html"]
    web.clear()
    s = run(web, resolve, db, pipe)
    assert article_requests(web) == [] and s.new == 0 and s.failed == 0
    with open_store(db) as st:
        assert st.scalar("SELECT COUNT(*) FROM documents") == 6


def test_refetch_keeps_both_versions_of_a_changed_page(web, resolve, tmp_path, pipe):
    db = str(tmp_path / "w.db")
    run(web, resolve, db, pipe)
    with open_store(db) as st:
        n_before = st.scalar("SELECT COUNT(*) FROM documents")
        counts_before = dict(st.execute("SELECT event_id, n_reports FROM events").fetchall())
    # the outlet corrects its page: the figure and a sentence change
    changed = sample("07_midan").decode("utf-8").replace(
        "ضبط النفس.</p>", "ضبط النفس.</p>\n<p>وأضاف المصدر أن الاشتباكات توقفت مساء اليوم بعد وساطة من وجهاء المنطقة.</p>", 1)
    assert changed != sample("07_midan").decode("utf-8")
    web.add("midan.test", "/news/2.html", changed)
    web.clear()
    s = run(web, resolve, db, pipe, refetch=True)
    assert (s.new, s.changed, s.unchanged) == (0, 1, 6)  # the English page is unchanged too
    with open_store(db) as st:
        assert st.scalar("SELECT COUNT(*) FROM documents") == n_before + 1
        url = web.url("midan.test", "/news/2.html")
        from marsad.watch.state import WatchState

        versions = WatchState(st).versions(url)
        assert [v["version"] for v in versions] == [1, 2]
        old, new = versions[0]["doc_key"], versions[1]["doc_key"]
        assert old != new
        # the new version counts as the same source as the old one
        assert st.scalar("SELECT duplicate_of FROM documents WHERE doc_key = ?", (new,)) == old
        assert st.scalar("SELECT versions FROM watch_urls WHERE url = ?", (url,)) == 2
        # what both versions say joins the first version's events without adding a report count
        old_events = {r[0] for r in st.execute("SELECT event_id FROM reports WHERE doc_key = ?", (old,))}
        # (the store merges a report only when a place or a figure ties it to an event)
        shared = st.query("SELECT event_id FROM reports WHERE doc_key = ? AND sentence NOT LIKE '%وساطة%' AND "
                          "(place_id IS NOT NULL OR count_low IS NOT NULL)", (new,))
        assert shared and {r["event_id"] for r in shared} <= old_events
        for e in old_events:
            assert st.scalar("SELECT n_reports FROM events WHERE event_id = ?", (e,)) == counts_before[e]


def test_raw_page_kept_in_the_database_without_a_warc_dir(web, resolve, tmp_path, pipe):
    db = str(tmp_path / "w.db")
    run(web, resolve, db, pipe)
    with open_store(db) as st:
        raw = st.scalar("SELECT raw_gzip FROM watch_fetches WHERE url LIKE '%/j/1.html'")
        assert gzip.decompress(raw) == sample("02_janoub")


def test_round_robin_over_hosts_and_delay_per_host(web, resolve, tmp_path, pipe):
    run(web, resolve, str(tmp_path / "w.db"), pipe)
    arts = article_requests(web)
    midan = [i for i, a in enumerate(arts) if a.startswith("midan")]
    janoub = [i for i, a in enumerate(arts) if a.startswith("janoub")]
    assert janoub[0] < midan[-1]  # janoub did not wait for midan to finish
    times = [t for t, _, _, _ in web.requests("midan.test")]
    assert min(b - a for a, b in zip(times, times[1:])) >= 0.2  # midan's own delay (sources.toml)
    jt = [t for t, _, _, _ in web.requests("janoub.test")]
    assert min(b - a for a, b in zip(jt, jt[1:])) >= 0.05


def test_same_article_under_two_urls_is_stored_once(site, resolve, tmp_path, pipe):
    site.add("midan.test", "/feed.xml", rss([site.url("midan.test", "/a.html"), site.url("midan.test", "/a.html?utm=x")]),
             ctype="application/rss+xml")
    site.add("midan.test", "/a.html", sample("01_midan"))
    site.add("midan.test", "/a.html?utm=x", sample("01_midan"))
    SOURCES[site.port] = f'[[outlet]]\nname = "Midan"\nhome = "{site.url("midan.test", "/")}"\nfeeds = ["{site.url("midan.test", "/feed.xml")}"]\nsitemaps = []\n'
    s = run(site, resolve, str(tmp_path / "w.db"), pipe)
    assert (s.new, s.same_text) == (1, 1)
    assert "1 same text as a stored page" in s.line()


def test_cli_watch_once(web, resolve, tmp_path, capsys):
    from marsad.cli import main

    src = tmp_path / "sources.toml"
    src.write_text(SOURCES[web.port], encoding="utf-8")
    args = ["watch", "--db", str(tmp_path / "c.db"), "--sources", str(src), "--once", "--quiet",
            "--delay", "0.05", "--timeout", "0.4", "--retries", "0", "--backoff", "0.05", "--max-mb", "0.15",
            "--warc-dir", str(tmp_path / "warc")] + [x for h in resolve for x in ("--resolve", f"{h}:127.0.0.1")]
    assert main(args) == 0
    err = capsys.readouterr().err
    assert err.strip().splitlines()[-1].startswith("marsad watch: 3 outlets, 13 links: 6 new, 0 changed, 0 unchanged, "
                                                   "6 failed, 1 skipped by robots.txt (0 fetched before,")
    assert "Traceback" not in err
    assert any(line.endswith("/j/err.html: HTTP 500 Internal Server Error") for line in err.splitlines())
    assert main(args) == 0
    last = capsys.readouterr().err.strip().splitlines()[-1]
    assert last.startswith("marsad watch: 3 outlets, 13 links: 0 new, 0 changed, 0 unchanged, 2 failed")


def test_cli_watch_and_fetch_into_postgresql(web, resolve, pg_url, tmp_path, capsys):
    """``marsad watch`` and ``marsad fetch`` take a PostgreSQL URL as --db like a file."""
    from marsad.cli import main

    src = tmp_path / "sources.toml"
    src.write_text(SOURCES[web.port], encoding="utf-8")
    net = ["--quiet", "--delay", "0.05", "--timeout", "0.4", "--retries", "0", "--backoff", "0.05"] + \
        [x for h in resolve for x in ("--resolve", f"{h}:127.0.0.1")]
    args = ["watch", "--db", pg_url, "--sources", str(src), "--once", "--max-mb", "0.15"] + net
    assert main(args) == 0
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert err.strip().splitlines()[-1].startswith("marsad watch: 3 outlets, 13 links: 6 new, 0 changed, 0 unchanged, "
                                                   "6 failed, 1 skipped by robots.txt")
    assert main(args) == 0
    assert capsys.readouterr().err.strip().splitlines()[-1].startswith(
        "marsad watch: 3 outlets, 13 links: 0 new, 0 changed, 0 unchanged, 2 failed")
    assert main(["fetch", web.url("midan.test", "/news/1.html"), "--db", pg_url, "--outlet", "Midan"] + net) == 0
    assert capsys.readouterr().err.strip().splitlines()[-1].startswith("marsad fetch: 0 new, 0 changed, 0 unchanged")
    with open_store(pg_url, readonly=True) as st:
        assert st.counts()["documents"] == 6 and st.scalar("SELECT COUNT(*) FROM watch_fetches") > 6


def test_cli_fetch_urls(web, resolve, tmp_path, capsys):
    from marsad.cli import main

    base = ["--db", str(tmp_path / "f.db"), "--quiet", "--delay", "0.01", "--outlet", "Midan"] + \
        [x for h in resolve for x in ("--resolve", f"{h}:127.0.0.1")]
    rc = main(["fetch", web.url("midan.test", "/news/1.html"), web.url("midan.test", "/news/missing.html")] + base)
    err = capsys.readouterr().err
    assert rc == 1
    assert err.strip().splitlines()[-1] == "marsad fetch: 1 new, 0 changed, 0 unchanged, 1 failed, 0 skipped by robots.txt (3 requests)"
    assert main(["fetch", web.url("midan.test", "/news/1.html")] + base) == 0
    assert capsys.readouterr().err.strip().splitlines()[-1].startswith("marsad fetch: 0 new, 0 changed, 0 unchanged, 0 failed")
    with open_store(str(tmp_path / "f.db")) as st:
        assert st.scalar("SELECT o.name FROM documents d JOIN outlets o USING (outlet_id)") == "Midan"


def test_cli_bad_sources_and_flags_are_one_line(tmp_path, capsys):
    from marsad.cli import main

    src = tmp_path / "s.toml"
    src.write_text('[[outlet]]\nname = "X"\nhome = "ftp://x"\n', encoding="utf-8")
    assert main(["watch", "--db", str(tmp_path / "d.db"), "--sources", str(src), "--once"]) == 2
    assert capsys.readouterr().err == "marsad: " + str(src) + ": outlet 'X': home: 'ftp://x' is not an http(s) URL\n"
    assert main(["watch", "--db", str(tmp_path / "d.db"), "--sources", str(tmp_path / "none.toml"), "--once"]) == 2
    assert "cannot open" in capsys.readouterr().err
    assert main(["fetch", "not a url", "--db", str(tmp_path / "d.db")]) == 2
    assert capsys.readouterr().err == "marsad: not a url: not an http(s) URL\n"
    assert main(["fetch", "http://x.test/", "--db", str(tmp_path / "no" / "d.db")]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_rewritten_page_is_linked_to_its_first_version(web, resolve, tmp_path, pipe):
    """A page rewritten beyond near-duplicate reach is still the same source: linked by URL."""
    db = str(tmp_path / "w.db")
    run(web, resolve, db, pipe)
    web.add("midan.test", "/news/2.html", sample("19_midan"))  # a wholly different article at the same URL
    s = run(web, resolve, db, pipe, refetch=True)
    assert s.changed == 1
    with open_store(db) as st:
        from marsad.watch.state import WatchState

        old, new = [v["doc_key"] for v in WatchState(st).versions(web.url("midan.test", "/news/2.html"))]
        assert st.scalar("SELECT duplicate_of FROM documents WHERE doc_key = ?", (new,)) == old
        # every event's count of independent reports counts the two versions once
        for e in st.query("SELECT event_id, n_reports FROM events"):
            roots = st.scalar("SELECT COUNT(DISTINCT COALESCE(d.duplicate_of, d.doc_key)) FROM reports r "
                              "JOIN documents d ON d.doc_key = r.doc_key WHERE r.event_id = ?", (e["event_id"],))
            assert e["n_reports"] == roots


def test_watch_into_postgresql(web, resolve, pg_url, pipe):
    """The same run into PostgreSQL: the watch tables have their PostgreSQL twin (migration 0005)."""
    s = run(web, resolve, pg_url, pipe, warc_dir=None)
    assert (s.new, s.failed, s.robots) == (6, 6, 1)
    web.clear()
    s = run(web, resolve, pg_url, pipe)
    assert (s.new, s.changed) == (0, 0) and sorted(set(article_requests(web))) == [
        "janoub.test/j/err.html", "janoub.test/j/slow.html"]
    with open_store(pg_url) as st:
        raw = st.scalar("SELECT raw_gzip FROM watch_fetches WHERE url = ?", (web.url("janoub.test", "/j/1.html"),))
        assert gzip.decompress(bytes(raw)) == sample("02_janoub")
        assert st.scalar("SELECT COUNT(*) FROM watch_urls") == 10  # the two passing failures are not settled yet
