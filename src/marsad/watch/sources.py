"""``sources.toml``: the outlets to watch, one ``[[outlet]]`` table each.

    [[outlet]]
    name = "Enab Baladi"                      # stored as the documents' outlet
    home = "https://www.enabbaladi.net/"      # feeds are looked for here when none are given
    feeds = ["https://www.enabbaladi.net/feed"]   # optional
    sitemaps = ["https://www.enabbaladi.net/sitemap.xml"]  # optional (else robots.txt, /sitemap.xml)
    delay = 5                                 # optional: seconds between requests to this host

Mistakes are reported as one line naming the outlet and the key, never a traceback.
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass
from urllib.parse import urlsplit


class SourcesError(ValueError):
    """A sources file that cannot be used; the message is shown as is."""


@dataclass
class Outlet:
    name: str
    home: str
    feeds: list[str] | None = None  # None: discover from the home page
    sitemaps: list[str] | None = None  # None: robots.txt Sitemap lines, else /sitemap.xml
    delay: float | None = None

    @property
    def host(self) -> str:
        return (urlsplit(self.home).hostname or "").lower()


_KEYS = {"name", "home", "feeds", "sitemaps", "delay"}


def _url(v, where: str) -> str:
    if not isinstance(v, str) or urlsplit(v.strip()).scheme not in ("http", "https") or not urlsplit(v.strip()).hostname:
        raise SourcesError(f"{where}: {v!r} is not an http(s) URL")
    return v.strip()


def parse_sources(text: str, origin: str = "sources.toml") -> list[Outlet]:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise SourcesError(f"{origin}: not valid TOML ({e})") from None
    tables = data.get("outlet")
    if not isinstance(tables, list) or not tables:
        raise SourcesError(f"{origin}: no [[outlet]] tables (each needs name and home)")
    out, names = [], set()
    for i, t in enumerate(tables, 1):
        where = f"{origin}: outlet {i}"
        if not isinstance(t, dict):
            raise SourcesError(f"{where}: not a table")
        if isinstance(t.get("name"), str) and t["name"].strip():
            where = f"{origin}: outlet {t['name'].strip()!r}"
        unknown = sorted(set(t) - _KEYS)
        if unknown:
            raise SourcesError(f"{where}: unknown key {unknown[0]!r} (known: {', '.join(sorted(_KEYS))})")
        name = t.get("name")
        if not isinstance(name, str) or not name.strip():
            raise SourcesError(f"{where}: needs a name")
        name = name.strip()
        if name in names:
            raise SourcesError(f"{where}: the name is used twice")
        names.add(name)
        if "home" not in t:
            raise SourcesError(f"{where}: needs a home URL")
        home = _url(t["home"], f"{where}: home")
        lists = {}
        for key in ("feeds", "sitemaps"):
            v = t.get(key)
            if v is None:
                lists[key] = None
                continue
            if isinstance(v, str):
                v = [v]
            if not isinstance(v, list):
                raise SourcesError(f"{where}: {key} must be a list of URLs")
            lists[key] = [_url(u, f"{where}: {key}") for u in v]
        delay = t.get("delay")
        if delay is not None and (isinstance(delay, bool) or not isinstance(delay, (int, float)) or delay < 0):
            raise SourcesError(f"{where}: delay must be a number of seconds (0 or more)")
        out.append(Outlet(name=name, home=home, feeds=lists["feeds"], sitemaps=lists["sitemaps"],
                          delay=float(delay) if delay is not None else None))
    return out


def load_sources(path: str) -> list[Outlet]:
    try:
        with open(path, "rb") as fh:
            raw = fh.read(1024 * 1024 + 1)
    except OSError as e:
        raise SourcesError(f"{path}: cannot open ({e.strerror or e})") from None
    if len(raw) > 1024 * 1024:
        raise SourcesError(f"{path}: over 1 MB, not a sources file")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise SourcesError(f"{path}: not UTF-8 text") from None
    return parse_sources(text, path)
