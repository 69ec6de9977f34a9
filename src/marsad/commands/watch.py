"""``marsad watch`` (outlets from a sources file, incrementally) and ``marsad fetch`` (given URLs):
polite fetching with provenance, then the normal pipeline into the store."""
from __future__ import annotations

import sys
import time


def _common(p) -> None:
    p.add_argument("--db", required=True, metavar="URL", help="the marsad database (SQLite file, created if missing)")
    p.add_argument("--warc-dir", metavar="DIR",
                   help="write every fetched page as a WARC record here (one .warc.gz per run); without it the "
                        "raw page is kept gzipped in the database")
    p.add_argument("--refetch", action="store_true",
                   help="fetch URLs fetched on earlier runs again (a changed page becomes a new version)")
    p.add_argument("--delay", type=float, default=2.0, metavar="S",
                   help="seconds between requests to one host (default 2; an outlet's delay or robots.txt "
                        "Crawl-delay wins when longer)")
    p.add_argument("--timeout", type=float, default=20.0, metavar="S", help="connect/read timeout (default 20)")
    p.add_argument("--retries", type=int, default=2, metavar="N",
                   help="extra tries after a timeout, 5xx or 429 (default 2)")
    p.add_argument("--backoff", type=float, default=2.0, metavar="S",
                   help="wait before the first retry, doubled each time (default 2)")
    p.add_argument("--max-mb", type=float, default=5.0, metavar="MB", help="largest page accepted (default 5)")
    p.add_argument("--max-redirects", type=int, default=5, metavar="N", help="default 5")
    p.add_argument("--resolve", action="append", default=[], metavar="HOST:IP",
                   help="connect to IP for HOST (like curl --resolve; for mirrors and tests); repeatable")
    p.add_argument("--quiet", action="store_true", help="no progress bar")


def register(sub) -> None:
    p = sub.add_parser(
        "watch", help="fetch new articles from outlets' feeds and sitemaps into a database",
        description="For each outlet in a sources file (TOML, one [[outlet]] table each: name, home, optional "
                    "feeds, sitemaps, delay), read its RSS/Atom feeds and sitemaps (found from the home page and "
                    "robots.txt when not given), fetch the article URLs not fetched before, politely (robots.txt, "
                    "a delay per host, retries with backoff, size and time limits), and store them with their "
                    "provenance. Ends with one summary line.")
    p.add_argument("--sources", required=True, metavar="FILE", help="sources.toml (see the README)")
    p.add_argument("--once", action="store_true", help="one run, then exit (for cron)")
    p.add_argument("--every", type=float, default=60.0, metavar="MIN",
                   help="without --once: minutes between runs (default 60)")
    p.add_argument("--limit", type=int, metavar="N", help="at most N new articles per outlet per run")
    p.add_argument("--max-sitemaps", type=int, default=20, metavar="N",
                   help="sitemaps (index children included) read per outlet per run (default 20)")
    _common(p)
    p.set_defaults(func=run_watch)

    f = sub.add_parser(
        "fetch", help="fetch article URLs politely into a database",
        description="Fetch the given article URLs (politely, with provenance, skipping URLs fetched before "
                    "unless --refetch) and store them like `marsad ingest` would.")
    f.add_argument("urls", nargs="+", metavar="URL")
    f.add_argument("--outlet", metavar="NAME", help="outlet name to store with the documents")
    _common(f)
    f.set_defaults(func=run_fetch)


def _setup(args):
    """(politeness, resolve) from the flags, or an error line."""
    from ..watch.fetch import Politeness

    for name in ("delay", "timeout", "backoff", "max_mb"):
        v = getattr(args, name)
        if v < 0 or (name in ("timeout", "max_mb") and v == 0):
            return None, f"--{name.replace('_', '-')} must be {'more than' if name in ('timeout', 'max_mb') else 'at least'} 0"
    if args.retries < 0 or args.max_redirects < 0:
        return None, "--retries and --max-redirects must be 0 or more"
    resolve = {}
    for r in args.resolve:
        host, sep, ip = r.rpartition(":")
        if not sep or not host or not ip:
            return None, f"--resolve {r}: expected HOST:IP"
        resolve[host.lower()] = ip
    pol = Politeness(delay=args.delay, timeout=args.timeout, total_timeout=max(3 * args.timeout, args.timeout),
                     max_bytes=int(args.max_mb * 1024 * 1024), retries=args.retries, backoff=args.backoff,
                     max_redirects=args.max_redirects)
    return (pol, resolve), None


def _open(args):
    import os

    from ..store import open_store

    if "://" not in args.db:
        d = os.path.dirname(os.path.abspath(args.db))
        if not os.path.isdir(d):
            raise ValueError(f"{args.db}: the folder {d} does not exist")
    try:
        return open_store(args.db)
    except Exception as e:  # noqa: BLE001 - a broken file, permissions, a bad URL
        raise ValueError(f"{args.db}: cannot use as a marsad database ({e})") from None


def _err(msg: str) -> None:
    print(f"marsad: {msg}", file=sys.stderr)


def _session(args, body) -> int:
    """Open store, fetcher, archive and progress; run ``body(watcher, progress)``; close all."""
    from ..watch.archive import WarcArchive
    from ..watch.fetch import Fetcher
    from ..watch.run import Watcher

    setup, err = _setup(args)
    if err:
        _err(err)
        return 2
    pol, resolve = setup
    try:
        store = _open(args)
    except ValueError as e:
        _err(str(e))
        return 2
    archive = None
    try:
        if args.warc_dir:
            try:
                archive = WarcArchive(args.warc_dir)
            except OSError as e:
                _err(f"{args.warc_dir}: cannot write WARC files there ({e.strerror or e})")
                return 2
        with Fetcher(pol, resolve=resolve) as fetcher:
            prog = _Progress(args.quiet)
            w = Watcher(store, fetcher, archive=archive, refetch=args.refetch, on_line=prog.line,
                        on_progress=prog.advance)
            try:
                return body(w, prog)
            finally:
                prog.stop()
    finally:
        if archive is not None:
            archive.close()
        store.close()


def run_fetch(args) -> int:
    from ..watch.sources import _url, SourcesError

    urls = []
    for u in args.urls:
        try:
            urls.append(_url(u, "URL"))
        except SourcesError:
            _err(f"{u}: not an http(s) URL")
            return 2

    def body(w, prog) -> int:
        prog.start(len(urls))
        for u in urls:
            w.fetch_url(u, args.outlet)
        prog.stop()
        print(w.summary.line("fetch"), file=sys.stderr)
        return 1 if w.summary.failed else 0

    return _session(args, body)


def run_watch(args) -> int:
    from ..watch.sources import SourcesError, load_sources

    try:
        outlets = load_sources(args.sources)
    except SourcesError as e:
        _err(str(e))
        return 2
    if args.limit is not None and args.limit < 0:
        _err("--limit must be 0 or more")
        return 2
    if args.every <= 0:
        _err("--every must be more than 0 minutes")
        return 2

    def one_run(w, prog) -> int:
        plan = w.plan(outlets, limit=args.limit, max_sitemaps=args.max_sitemaps)
        prog.start(sum(len(u) for _, u in plan))
        w.run_plan(plan)
        prog.stop()
        print(w.summary.line("watch"), file=sys.stderr)
        return 0

    if args.once:
        return _session(args, one_run)
    while True:  # a long-running watcher; Ctrl-C (KeyboardInterrupt) ends it between runs or mid-run
        rc = _session(args, one_run)
        if rc == 2:
            return rc
        time.sleep(args.every * 60)


class _Progress:
    """A rich progress bar over the article URLs of a run (stderr), sharing the terminal with the
    one-line reports."""

    def __init__(self, quiet: bool):
        self.quiet = quiet
        self._p = None
        self._task = None

    def start(self, total: int) -> None:
        if self.quiet or total == 0:
            return
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        self._p = Progress(TextColumn("[bold]fetch"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.description}"),
                           TimeElapsedColumn(), console=Console(stderr=True))
        self._p.start()
        self._task = self._p.add_task("", total=total)

    def advance(self, url: str) -> None:
        if self._p is not None:
            self._p.update(self._task, advance=1, description=url.rsplit("/", 1)[-1][:40])

    def line(self, msg: str) -> None:
        if self._p is not None:
            self._p.console.print(f"marsad: {msg}", markup=False, highlight=False)
        else:
            _err(msg)

    def stop(self) -> None:
        if self._p is not None:
            self._p.stop()
            self._p = None
