"""Polite HTTP fetching: robots.txt, a per-host delay, retries with backoff, size and time caps.

One job: turn a URL into a :class:`Fetched` (the bytes and how they came) or a one-line reason,
never an exception. Redirects are followed here, hop by hop, so every hop is checked against
robots.txt, waits its host's delay and counts towards the redirect limit (a loop is named as one).
Built on urllib3 (already a dependency of trafilatura); robots.txt rules are read with the
standard library's ``urllib.robotparser``.
"""
from __future__ import annotations

import datetime as dt
import time
import urllib.robotparser
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import urllib3
from urllib3.exceptions import HTTPError as _U3Error
from urllib3.exceptions import (MaxRetryError, NewConnectionError, ProtocolError, ReadTimeoutError,
                                ConnectTimeoutError)

from .. import __version__

USER_AGENT = f"marsad/{__version__} (Arabic news observatory; +https://github.com/marsad/marsad)"
# The robots.txt token marsad obeys (the product name, as RFC 9309 asks).
ROBOTS_AGENT = "marsad"


@dataclass
class Fetched:
    """What one URL gave: ``ok`` with the body, or ``error`` (one line) with whatever was known."""

    url: str  # as asked
    final_url: str  # after redirects
    status: int | None = None
    headers: list[tuple[str, str]] = field(default_factory=list)
    body: bytes = b""
    fetched_at: str = ""  # UTC, ISO 8601, when the final response arrived
    error: str | None = None
    robots: bool = False  # refused by robots.txt (not fetched at all)
    attempts: int = 0
    redirects: list[str] = field(default_factory=list)
    request_headers: list[tuple[str, str]] = field(default_factory=list)
    http_version: str = "HTTP/1.1"
    reason: str = ""

    @property
    def ok(self) -> bool:
        return self.error is None and self.status is not None and 200 <= self.status < 300

    @property
    def not_modified(self) -> bool:
        return self.error is None and self.status == 304

    def header(self, name: str) -> str | None:
        name = name.lower()
        for k, v in self.headers:
            if k.lower() == name:
                return v
        return None


@dataclass
class Politeness:
    """How gently to fetch. The defaults suit news sites; tests shrink the times."""

    user_agent: str = USER_AGENT
    delay: float = 2.0  # seconds between two requests to one host (robots.txt Crawl-delay wins if longer)
    timeout: float = 20.0  # connect and per-read timeout, seconds
    total_timeout: float = 60.0  # a whole response must arrive within this (a trickling server cannot hold us)
    max_bytes: int = 5 * 1024 * 1024  # bigger responses are refused
    retries: int = 2  # extra tries after a timeout, a dropped connection, a 5xx or a 429
    backoff: float = 2.0  # first retry waits this long, then twice as long each time
    max_retry_wait: float = 120.0  # cap on Retry-After and backoff
    max_redirects: int = 5
    max_robots_bytes: int = 512 * 1024


class Fetcher:
    """Fetch URLs one at a time, politely. ``resolve`` maps host names to IP addresses (like curl's
    --resolve) for mirrors and tests; ``host_delay`` sets a delay for one host (an outlet's own)."""

    def __init__(self, politeness: Politeness | None = None, resolve: dict[str, str] | None = None,
                 sleep=time.sleep, clock=time.monotonic):
        self.p = politeness or Politeness()
        self.resolve = dict(resolve or {})
        self._sleep, self._clock = sleep, clock
        self._pools: dict[tuple[str, str, int], urllib3.HTTPConnectionPool] = {}
        # origin -> (parsed rules or None = allow all, robots.txt text, why the host is unreachable)
        self._robots: dict[tuple[str, str, int], tuple[urllib.robotparser.RobotFileParser | None, str, str | None]] = {}
        self._next_ok: dict[str, float] = {}
        self.host_delay: dict[str, float] = {}
        self.requests = 0  # requests sent (robots.txt included)

    # -- plumbing ---------------------------------------------------------------------------------
    def close(self) -> None:
        for pool in self._pools.values():
            pool.close()
        self._pools.clear()

    def __enter__(self) -> "Fetcher":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @staticmethod
    def _origin(url: str) -> tuple[str, str, int]:
        parts = urlsplit(url)
        scheme = (parts.scheme or "http").lower()
        host = (parts.hostname or "").lower()
        port = parts.port or (443 if scheme == "https" else 80)
        return scheme, host, port

    def _pool(self, origin: tuple[str, str, int]):
        pool = self._pools.get(origin)
        if pool is None:
            scheme, host, port = origin
            ip = self.resolve.get(host, host)
            kw = {"maxsize": 1, "retries": False, "block": False}
            if scheme == "https":
                pool = urllib3.HTTPSConnectionPool(ip, port, server_hostname=host, assert_hostname=host, **kw)
            else:
                pool = urllib3.HTTPConnectionPool(ip, port, **kw)
            self._pools[origin] = pool
        return pool

    def delay_for(self, host: str) -> float:
        d = self.host_delay.get(host, self.p.delay)
        for (_, h, _), (rp, _, _) in self._robots.items():
            if h == host and rp is not None:
                cd = rp.crawl_delay(ROBOTS_AGENT)
                if cd:
                    d = max(d, min(float(cd), self.p.max_retry_wait))
        return d

    def _wait_turn(self, host: str) -> None:
        now = self._clock()
        due = self._next_ok.get(host, now)
        if due > now:
            self._sleep(due - now)

    def _done(self, host: str, extra: float = 0.0) -> None:
        self._next_ok[host] = self._clock() + max(self.delay_for(host), extra)

    # -- one request --------------------------------------------------------------------------------
    def _request(self, url: str, headers: dict[str, str]) -> tuple[int, str, str, list[tuple[str, str]], bytes, str | None]:
        """One GET, no redirects, no retries: (status, version, reason, headers, body, error)."""
        origin = self._origin(url)
        scheme, host, port = origin
        parts = urlsplit(url)
        path = parts.path or "/"
        if parts.query:
            path += "?" + parts.query
        default_port = 443 if scheme == "https" else 80
        hdrs = {"Host": host if port == default_port else f"{host}:{port}", "User-Agent": self.p.user_agent,
                "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.5",
                "Accept-Encoding": "gzip, deflate", **headers}
        self._wait_turn(host)
        self.requests += 1
        deadline = self._clock() + self.p.total_timeout
        try:
            resp = self._pool(origin).urlopen(
                "GET", path, headers=hdrs, redirect=False, retries=False, preload_content=False,
                timeout=urllib3.Timeout(connect=self.p.timeout, read=self.p.timeout), assert_same_host=False)
        except NewConnectionError as e:  # (a subclass of ConnectTimeoutError in urllib3 2)
            self._done(host)
            return 0, "", "", [], b"", _conn_reason(e)
        except (ConnectTimeoutError, ReadTimeoutError):
            self._done(host)
            return 0, "", "", [], b"", f"timed out after {self.p.timeout:g} s"
        except (MaxRetryError, ProtocolError, _U3Error, OSError) as e:
            self._done(host)
            return 0, "", "", [], b"", _conn_reason(e)
        try:
            rheaders = list(resp.headers.items())
            status = resp.status
            version = {10: "HTTP/1.0", 11: "HTTP/1.1", 20: "HTTP/2"}.get(getattr(resp, "version", 11), "HTTP/1.1")
            length = resp.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > self.p.max_bytes:
                return status, version, resp.reason or "", rheaders, b"", self._too_big()
            chunks, size = [], 0
            try:
                while True:  # read1: whatever has arrived, so the deadline is checked as bytes trickle in
                    chunk = resp.read1(64 * 1024)
                    if not chunk:
                        break
                    chunks.append(chunk)
                    size += len(chunk)
                    if size > self.p.max_bytes:
                        return status, version, resp.reason or "", rheaders, b"", self._too_big()
                    if self._clock() > deadline:
                        return status, version, resp.reason or "", rheaders, b"", \
                            f"response took over {self.p.total_timeout:g} s"
            except ReadTimeoutError:
                return status, version, resp.reason or "", rheaders, b"", f"timed out after {self.p.timeout:g} s"
            except (ProtocolError, _U3Error, OSError) as e:
                return status, version, resp.reason or "", rheaders, b"", f"connection broken ({_first_line(e)})"
            return status, version, resp.reason or "", rheaders, b"".join(chunks), None
        finally:
            resp.close()  # never drain the rest of a refused answer: drop the connection
            resp.release_conn()
            self._done(host, _retry_after(resp.headers.get("Retry-After"), self.p.max_retry_wait)
                       if resp.status in (429, 503) else 0.0)

    def _too_big(self) -> str:
        mb = self.p.max_bytes / (1024 * 1024)
        return f"response over the {mb:g} MB limit" if mb >= 1 else f"response over the {self.p.max_bytes} byte limit"

    # -- robots.txt -------------------------------------------------------------------------------------
    def robots_for(self, url: str):
        """The parsed robots.txt of the URL's origin (fetched once per run), or None = allow all.
        A 401/403 means keep out (as CPython's parser does); other 4xx mean no rules; a 5xx or no
        answer means keep out for this run (RFC 9309: unreachable robots.txt, assume disallowed)."""
        origin = self._origin(url)
        if origin in self._robots:
            return self._robots[origin][0]
        scheme, host, port = origin
        default_port = 443 if scheme == "https" else 80
        robots_url = f"{scheme}://{host}{'' if port == default_port else f':{port}'}/robots.txt"
        res = self._get(robots_url, {}, check_robots=False, max_bytes=self.p.max_robots_bytes)
        rp = urllib.robotparser.RobotFileParser(robots_url)
        if res.ok:
            text = res.body.decode("utf-8", errors="replace")
            rp.parse(text.splitlines())
            entry = (rp, text, None)
        elif res.status in (401, 403):
            rp.disallow_all = True
            entry = (rp, "", None)
        elif res.status is not None and 400 <= res.status < 500:
            entry = (None, "", None)
        elif res.status is None and not res.robots:  # no answer at all: the host is down, not shy
            rp.disallow_all = True
            entry = (rp, "", res.error or "no answer")
        else:
            rp.disallow_all = True
            entry = (rp, "", None)
        self._robots[origin] = entry
        return entry[0]

    def robots_text(self, url: str) -> str:
        """The robots.txt body of the URL's origin ('' when none): it may list sitemaps."""
        self.robots_for(url)
        return self._robots[self._origin(url)][1]

    def allowed(self, url: str) -> bool:
        rp = self.robots_for(url)
        return rp is None or rp.can_fetch(ROBOTS_AGENT, url)

    # -- public -----------------------------------------------------------------------------------------
    def fetch(self, url: str, headers: dict[str, str] | None = None) -> Fetched:
        """GET a URL politely, following redirects and retrying what is worth retrying."""
        return self._get(url, headers or {}, check_robots=True)

    def _get(self, url: str, headers: dict[str, str], check_robots: bool, max_bytes: int | None = None) -> Fetched:
        res = Fetched(url=url, final_url=url)
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            res.error = "not an http(s) URL"
            return res
        seen = [url]
        current = url
        saved_max = self.p.max_bytes
        if max_bytes is not None:
            self.p.max_bytes = max_bytes
        try:
            while True:
                if check_robots and not self.allowed(current):
                    res.final_url = current
                    down = self._robots[self._origin(current)][2]
                    if down:
                        res.error = down
                    else:
                        res.robots, res.error = True, "disallowed by robots.txt"
                    return res
                status, version, reason, rheaders, body, err = self._with_retries(current, headers, res)
                res.final_url, res.status, res.headers, res.body = current, status or None, rheaders, body
                res.http_version, res.reason = version, reason
                res.fetched_at = utc_now()
                if err:
                    res.error = err
                    return res
                if status in (301, 302, 303, 307, 308):
                    loc = dict((k.lower(), v) for k, v in rheaders).get("location")
                    if not loc:
                        res.error = f"HTTP {status} redirect without a Location"
                        return res
                    nxt = urljoin(current, loc.strip())
                    if nxt in seen:
                        res.error = "redirect loop (" + " -> ".join(_short(u) for u in seen + [nxt]) + ")"
                        return res
                    if len(seen) > self.p.max_redirects:
                        res.error = f"more than {self.p.max_redirects} redirects"
                        return res
                    if urlsplit(nxt).scheme not in ("http", "https"):
                        res.error = f"redirect to a non-http URL ({_short(nxt)})"
                        return res
                    res.redirects.append(nxt)
                    seen.append(nxt)
                    current = nxt
                    continue
                if status == 304 or 200 <= status < 300:
                    return res
                res.error = f"HTTP {status}" + (f" {reason}" if reason else "")
                return res
        finally:
            self.p.max_bytes = saved_max

    def _with_retries(self, url: str, headers: dict[str, str], res: Fetched):
        host = self._origin(url)[1]
        attempt = 0
        while True:
            attempt += 1
            res.attempts += 1
            out = self._request(url, headers)
            status, err = out[0], out[5]
            transient = (status == 0 and err is not None and "limit" not in err) or status in (429, 500, 502, 503, 504)
            if not transient or attempt > self.p.retries:
                if transient and attempt > 1:
                    reason = err or (f"HTTP {status} {out[2]}".strip())
                    out = (*out[:5], f"{reason} after {attempt} tries")
                res.request_headers = [("User-Agent", self.p.user_agent)] + list(headers.items())
                return out
            # back off: the host's own turn comes after its delay; add the growing backoff
            wait = min(self.p.backoff * (2 ** (attempt - 1)), self.p.max_retry_wait)
            self._next_ok[host] = max(self._next_ok.get(host, 0.0), self._clock() + wait)


def utc_now() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _retry_after(value: str | None, cap: float) -> float:
    if not value:
        return 0.0
    value = value.strip()
    if value.isdigit():
        return min(float(value), cap)
    try:
        from email.utils import parsedate_to_datetime

        when = parsedate_to_datetime(value)
        return max(0.0, min((when - dt.datetime.now(dt.timezone.utc)).total_seconds(), cap))
    except (TypeError, ValueError):
        return 0.0


def _first_line(e: BaseException) -> str:
    s = str(e).strip().splitlines()
    return s[0][:160] if s else type(e).__name__


def _conn_reason(e: BaseException) -> str:
    text = str(e).lower()
    if "refused" in text:
        return "connection refused"
    if "name or service not known" in text or "nodename nor servname" in text or "failed to resolve" in text \
            or "temporary failure in name resolution" in text or "no address associated" in text:
        return "host not found"
    if "timed out" in text or "timeout" in text:
        return "timed out"
    if "reset" in text or "remote end closed" in text or "aborted" in text:
        return "connection dropped by the server"
    return f"connection failed ({_first_line(e)})"


def _short(url: str) -> str:
    p = urlsplit(url)
    return (p.path or "/") + (f"?{p.query}" if p.query else "")
