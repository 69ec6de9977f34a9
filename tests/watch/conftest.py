"""A local web of made-up outlets for the watcher: one HTTP server on 127.0.0.1 answering for
several host names (by the Host header), with pages, feeds, sitemaps and robots.txt we write here,
plus slow, failing, redirecting and oversized answers. The watcher reaches these host names through
its ``resolve`` map (like curl --resolve), and a guard makes any other connection fail the test:
nothing here can reach the internet."""
from __future__ import annotations

import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO / "samples" / "html"
HOSTS = ("midan.test", "janoub.test", "furat.test", "dead.test")


class Site:
    """Routes (host, path) -> handler; records every request as (monotonic time, host, path, headers)."""

    def __init__(self):
        self.routes: dict[tuple[str, str], object] = {}
        self.log: list[tuple[float, str, str, dict]] = []
        self.lock = threading.Lock()
        self.port = 0

    def url(self, host: str, path: str = "/") -> str:
        return f"http://{host}:{self.port}{path}"

    def add(self, host: str, path: str, body: bytes | str = b"", status: int = 200,
            ctype: str = "text/html; charset=utf-8", headers: dict | None = None) -> None:
        if isinstance(body, str):
            body = body.encode("utf-8")
        self.routes[(host, path)] = (status, {"Content-Type": ctype, **(headers or {})}, body)

    def handler(self, host: str, path: str, fn) -> None:
        """fn(request_handler, n_th_call) writes the whole answer itself."""
        self.routes[(host, path)] = fn

    def requests(self, host: str | None = None, path: str | None = None) -> list[tuple[float, str, str, dict]]:
        with self.lock:
            return [r for r in self.log if (host is None or r[1] == host) and (path is None or r[2] == path)]

    def paths(self, host: str | None = None) -> list[str]:
        return [r[2] for r in self.requests(host)]

    def clear(self) -> None:
        with self.lock:
            self.log.clear()


def _make_handler(site: Site):
    calls: dict[tuple[str, str], int] = {}

    class H(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *a):  # quiet
            pass

        def do_GET(self):  # noqa: N802
            host = (self.headers.get("Host") or "").split(":")[0]
            with site.lock:
                site.log.append((time.monotonic(), host, self.path, dict(self.headers)))
                key = (host, self.path)
                calls[key] = calls.get(key, 0) + 1
                n = calls[key]
            route = site.routes.get((host, self.path))
            if route is None:
                self._send(404, {"Content-Type": "text/plain"}, b"not found")
            elif callable(route):
                route(self, n)
            else:
                status, headers, body = route
                self._send(status, headers, body)

        def _send(self, status, headers, body):
            self.send_response(status)
            for k, v in headers.items():
                self.send_header(k, v)
            if "Content-Length" not in headers:
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    return H


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):  # a client giving up early is expected here
        pass


@pytest.fixture
def site():
    s = Site()
    server = _Server(("127.0.0.1", 0), _make_handler(s))
    server.daemon_threads = True
    s.port = server.server_address[1]
    t = threading.Thread(target=server.serve_forever, daemon=True)
    t.start()
    try:
        yield s
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(autouse=True)
def no_internet(monkeypatch):
    """Any connection to an address outside 127.0.0.0/8 fails the test at once."""
    real = socket.socket.connect

    def guarded(self, address):
        host = address[0] if isinstance(address, tuple) else address
        if isinstance(host, str) and not (host.startswith("127.") or host in ("::1", "localhost")):
            raise AssertionError(f"test tried to reach {address}")
        return real(self, address)

    monkeypatch.setattr(socket.socket, "connect", guarded)


@pytest.fixture
def resolve():
    return {h: "127.0.0.1" for h in HOSTS}


def sample(name_part: str) -> bytes:
    return next(p for p in sorted(SAMPLES.glob("*.html")) if name_part in p.name).read_bytes()


def rss(items: list[str], title: str = "آخر الأخبار") -> str:
    entries = "".join(f"<item><title>خبر</title><link>{u}</link><pubDate>Tue, 26 Nov 2024 09:30:00 +0300</pubDate>"
                      f"</item>" for u in items)
    return (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>{title}</title>'
            f"<link>http://example.invalid/</link>{entries}</channel></rss>")


def atom(items: list[str]) -> str:
    entries = "".join(f'<entry><title>خبر</title><link rel="alternate" href="{u}"/><id>{u}</id>'
                      f"<updated>2024-11-26T09:30:00Z</updated></entry>" for u in items)
    return f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>{entries}</feed>'


def sitemap(urls: list[str]) -> str:
    locs = "".join(f"<url><loc>{u}</loc><lastmod>2024-11-26</lastmod></url>" for u in urls)
    return f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{locs}</urlset>'


def sitemap_index(urls: list[str]) -> str:
    locs = "".join(f"<sitemap><loc>{u}</loc></sitemap>" for u in urls)
    return (f'<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f"{locs}</sitemapindex>")


def home(feed_href: str | None = None, name: str = "شبكة الميدان") -> str:
    link = f'<link rel="alternate" type="application/rss+xml" title="RSS" href="{feed_href}">' if feed_href else ""
    return (f'<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{name}</title>{link}</head>'
            f"<body><h1>{name}</h1><p>الصفحة الرئيسية</p></body></html>")
