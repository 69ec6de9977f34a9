"""The polite fetcher against our local server: what is asked, in what order, with what gaps."""
from __future__ import annotations

import socket
import time

from marsad.watch.fetch import Fetcher, Politeness

from .conftest import sample


def fast(**kw) -> Politeness:
    base = dict(delay=0.05, timeout=1.0, total_timeout=3.0, backoff=0.05, retries=2, max_bytes=200_000)
    base.update(kw)
    return Politeness(**base)


def test_fetch_names_marsad_and_reads_robots_once(site, resolve):
    site.add("midan.test", "/a.html", sample("01_midan"))
    site.add("midan.test", "/b.html", sample("07_midan"))
    with Fetcher(fast(), resolve=resolve) as f:
        r1 = f.fetch(site.url("midan.test", "/a.html"))
        r2 = f.fetch(site.url("midan.test", "/b.html"))
    assert r1.ok and r2.ok and r1.status == 200
    assert r1.body == sample("01_midan")
    assert site.paths("midan.test") == ["/robots.txt", "/a.html", "/b.html"]
    for _, _, _, headers in site.requests():
        assert headers["User-Agent"].startswith("marsad/")
        assert headers["Host"] == f"midan.test:{site.port}"
    assert r1.fetched_at.endswith("Z") and len(r1.fetched_at) == 20


def test_robots_disallow_is_not_fetched(site, resolve):
    site.add("midan.test", "/robots.txt", "User-agent: *\nDisallow: /private/\n", ctype="text/plain")
    site.add("midan.test", "/private/x.html", sample("01_midan"))
    site.add("midan.test", "/open.html", sample("01_midan"))
    with Fetcher(fast(), resolve=resolve) as f:
        shut = f.fetch(site.url("midan.test", "/private/x.html"))
        ok = f.fetch(site.url("midan.test", "/open.html"))
    assert shut.robots and shut.error == "disallowed by robots.txt" and not shut.ok
    assert ok.ok
    assert "/private/x.html" not in site.paths()


def test_robots_rules_for_marsad_by_name(site, resolve):
    site.add("midan.test", "/robots.txt", "User-agent: marsad\nDisallow: /\n\nUser-agent: *\nAllow: /\n",
             ctype="text/plain")
    site.add("midan.test", "/a.html", sample("01_midan"))
    with Fetcher(fast(), resolve=resolve) as f:
        assert f.fetch(site.url("midan.test", "/a.html")).robots
    assert site.paths() == ["/robots.txt"]


def test_robots_unreachable_means_keep_out_and_missing_means_allowed(site, resolve):
    site.add("midan.test", "/robots.txt", "down", status=503, ctype="text/plain")
    site.add("midan.test", "/a.html", sample("01_midan"))
    site.add("janoub.test", "/a.html", sample("02_janoub"))  # no robots.txt at all: 404
    with Fetcher(fast(retries=0), resolve=resolve) as f:
        assert f.fetch(site.url("midan.test", "/a.html")).robots
        assert f.fetch(site.url("janoub.test", "/a.html")).ok
    assert "/a.html" not in site.paths("midan.test")


def test_delay_between_requests_to_one_host(site, resolve):
    for i in range(4):
        site.add("midan.test", f"/{i}.html", sample("01_midan"))
    with Fetcher(fast(delay=0.25), resolve=resolve) as f:
        for i in range(4):
            assert f.fetch(site.url("midan.test", f"/{i}.html")).ok
    times = [t for t, _, _, _ in site.requests("midan.test")]
    assert len(times) == 5  # robots.txt + 4 pages
    gaps = [b - a for a, b in zip(times, times[1:])]
    assert min(gaps) >= 0.25, gaps


def test_crawl_delay_in_robots_wins_when_longer(site, resolve):
    site.add("midan.test", "/robots.txt", "User-agent: *\nCrawl-delay: 1\n", ctype="text/plain")
    for i in range(3):
        site.add("midan.test", f"/{i}.html", sample("01_midan"))
    with Fetcher(fast(delay=0.01), resolve=resolve) as f:
        for i in range(3):
            f.fetch(site.url("midan.test", f"/{i}.html"))
    times = [t for t, _, p, _ in site.requests("midan.test") if p != "/robots.txt"]
    assert min(b - a for a, b in zip(times, times[1:])) >= 1.0  # robotparser reads whole seconds


def test_retries_with_backoff_then_success(site, resolve):
    def flaky(h, n):
        if n < 3:
            h._send(500, {"Content-Type": "text/plain"}, b"busy")
        else:
            h._send(200, {"Content-Type": "text/html; charset=utf-8"}, sample("01_midan"))

    site.handler("midan.test", "/a.html", flaky)
    with Fetcher(fast(delay=0.0, backoff=0.2), resolve=resolve) as f:
        r = f.fetch(site.url("midan.test", "/a.html"))
    assert r.ok and r.attempts == 3
    times = [t for t, _, p, _ in site.requests("midan.test", "/a.html")]
    assert len(times) == 3
    assert times[1] - times[0] >= 0.2 and times[2] - times[1] >= 0.4  # doubled


def test_404_is_not_retried_and_500_gives_up(site, resolve):
    site.add("midan.test", "/down.html", "error", status=500, ctype="text/plain")
    with Fetcher(fast(), resolve=resolve) as f:
        gone = f.fetch(site.url("midan.test", "/gone.html"))
        down = f.fetch(site.url("midan.test", "/down.html"))
    assert gone.error == "HTTP 404 Not Found" and gone.attempts == 1
    assert down.error == "HTTP 500 Internal Server Error after 3 tries"
    assert site.paths().count("/down.html") == 3 and site.paths().count("/gone.html") == 1


def test_429_retry_after_is_honoured(site, resolve):
    def limited(h, n):
        if n == 1:
            h._send(429, {"Content-Type": "text/plain", "Retry-After": "1"}, b"slow down")
        else:
            h._send(200, {"Content-Type": "text/html; charset=utf-8"}, sample("01_midan"))

    site.handler("midan.test", "/a.html", limited)
    with Fetcher(fast(delay=0.0, backoff=0.01), resolve=resolve) as f:
        assert f.fetch(site.url("midan.test", "/a.html")).ok
    t = [t for t, _, _, _ in site.requests("midan.test", "/a.html")]
    assert t[1] - t[0] >= 1.0


def test_slow_server_times_out(site, resolve):
    def slow(h, n):
        time.sleep(1.5)
        h._send(200, {"Content-Type": "text/html"}, b"<p>late</p>")

    site.handler("midan.test", "/slow.html", slow)
    with Fetcher(fast(timeout=0.3, retries=1), resolve=resolve) as f:
        r = f.fetch(site.url("midan.test", "/slow.html"))
    assert r.error == "timed out after 0.3 s after 2 tries" and r.status is None


def test_trickling_server_hits_the_total_time_limit(site, resolve):
    def trickle(h, n):
        h.send_response(200)
        h.send_header("Content-Type", "text/html")
        h.end_headers()
        try:
            for _ in range(40):
                h.wfile.write(b"<p>" + "ن".encode() * 200 + b"</p>")
                h.wfile.flush()
                time.sleep(0.1)
        except OSError:
            pass
        h.close_connection = True

    site.handler("midan.test", "/trickle.html", trickle)
    with Fetcher(fast(timeout=1.0, total_timeout=0.5, retries=0), resolve=resolve) as f:
        r = f.fetch(site.url("midan.test", "/trickle.html"))
    assert r.error == "response took over 0.5 s" and not r.ok


def test_redirects_followed_and_loops_named(site, resolve):
    site.add("midan.test", "/old.html", b"", status=301, headers={"Location": "/new.html"})
    site.add("midan.test", "/new.html", sample("01_midan"))
    site.add("midan.test", "/a", b"", status=302, headers={"Location": "/b"})
    site.add("midan.test", "/b", b"", status=302, headers={"Location": "/a"})
    for i in range(8):
        site.add("midan.test", f"/hop{i}", b"", status=307, headers={"Location": f"/hop{i + 1}"})
    with Fetcher(fast(delay=0.0), resolve=resolve) as f:
        moved = f.fetch(site.url("midan.test", "/old.html"))
        loop = f.fetch(site.url("midan.test", "/a"))
        chain = f.fetch(site.url("midan.test", "/hop0"))
    assert moved.ok and moved.final_url == site.url("midan.test", "/new.html")
    assert moved.redirects == [site.url("midan.test", "/new.html")]
    assert loop.error == "redirect loop (/a -> /b -> /a)"
    assert chain.error == "more than 5 redirects"
    assert site.paths().count("/hop6") == 0


def test_redirect_to_a_disallowed_path_is_not_followed(site, resolve):
    site.add("midan.test", "/robots.txt", "User-agent: *\nDisallow: /private/\n", ctype="text/plain")
    site.add("midan.test", "/go", b"", status=301, headers={"Location": "/private/p.html"})
    site.add("midan.test", "/private/p.html", sample("01_midan"))
    with Fetcher(fast(), resolve=resolve) as f:
        r = f.fetch(site.url("midan.test", "/go"))
    assert r.robots and "/private/p.html" not in site.paths()


def test_oversized_responses_are_refused(site, resolve):
    big = b"<p>" + b"x" * 300_000 + b"</p>"
    site.add("midan.test", "/declared.html", big)

    def undeclared(h, n):  # no Content-Length: the cap must hold while streaming
        h.send_response(200)
        h.send_header("Content-Type", "text/html")
        h.send_header("Connection", "close")
        h.end_headers()
        try:
            h.wfile.write(big)
        except OSError:
            pass
        h.close_connection = True

    site.handler("midan.test", "/stream.html", undeclared)
    with Fetcher(fast(max_bytes=100_000, delay=0.0), resolve=resolve) as f:
        a = f.fetch(site.url("midan.test", "/declared.html"))
        b = f.fetch(site.url("midan.test", "/stream.html"))
    assert a.error == "response over the 100000 byte limit" and a.body == b""
    assert b.error == "response over the 100000 byte limit" and b.body == b""


def test_dead_host_is_one_line(resolve):
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()  # nothing listens there now
    with Fetcher(fast(retries=1), resolve=resolve) as f:
        r = f.fetch(f"http://dead.test:{port}/a.html")
        r2 = f.fetch(f"http://dead.test:{port}/b.html")
    # robots.txt could not be asked: the host is down (a failure, not a robots.txt refusal)
    assert not r.robots and r.error == "connection refused after 2 tries" and r.status is None
    assert r2.error == "connection refused after 2 tries" and f.requests == 2  # the host is not asked again


def test_conditional_get_gives_not_modified(site, resolve):
    def cond(h, n):
        if h.headers.get("If-None-Match") == '"v1"':
            h.send_response(304)
            h.send_header("ETag", '"v1"')
            h.send_header("Content-Length", "0")
            h.end_headers()
        else:
            h._send(200, {"Content-Type": "text/html; charset=utf-8", "ETag": '"v1"'}, sample("01_midan"))

    site.handler("midan.test", "/a.html", cond)
    with Fetcher(fast(), resolve=resolve) as f:
        first = f.fetch(site.url("midan.test", "/a.html"))
        again = f.fetch(site.url("midan.test", "/a.html"), {"If-None-Match": first.header("ETag")})
    assert first.ok and again.not_modified and again.body == b""


def test_not_http_url():
    with Fetcher(fast()) as f:
        assert f.fetch("ftp://x.test/a").error == "not an http(s) URL"


def test_gzip_encoded_answer_is_decoded(site, resolve):
    import gzip

    site.add("midan.test", "/z.html", gzip.compress(sample("01_midan")), headers={"Content-Encoding": "gzip"})
    with Fetcher(fast(), resolve=resolve) as f:
        r = f.fetch(site.url("midan.test", "/z.html"))
    assert r.ok and r.body == sample("01_midan")
    assert site.requests("midan.test", "/z.html")[0][3]["Accept-Encoding"] == "gzip, deflate"
