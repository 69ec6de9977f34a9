"""``marsad ingest``: pages in, evidence database out (idempotent and restartable)."""
from __future__ import annotations

import sys

from ..dateinput import day_arg


def register(sub) -> None:
    p = sub.add_parser(
        "ingest",
        help="run the pipeline over pages and store documents, spans and events in a database",
        description="Read plain-text, HTML, WARC or JSONL input, extract everything, and store it in a SQLite "
                    "database. Documents already stored (same text) are skipped, so re-running is safe and an "
                    "interrupted run can simply be started again.",
    )
    p.add_argument("paths", nargs="+", metavar="PATH",
                   help="input files or folders (a folder: its files, recursively), or - for standard input")
    p.add_argument("--db", required=True, metavar="FILE|URL",
                   help="SQLite database file (created if missing) or postgresql://user@host:port/dbname")
    p.add_argument("--published", metavar="YYYY-MM-DD", type=day_arg,
                   help="publication date for documents that state none")
    p.add_argument("--passage", action="store_true", help="treat each input as an already clean passage")
    p.add_argument("--any-language", action="store_true",
                   help="keep pages that are not Arabic (by default they are skipped with a warning)")
    p.add_argument("--stdin-format", choices=["text", "jsonl"], default="text", help="what '-' holds")
    p.add_argument("--batch", type=int, default=20, metavar="N",
                   help="documents per transaction (default 20; a crash loses at most this batch, redone on restart)")
    p.add_argument("--no-dedup", action="store_true", help="do not link near-duplicate documents")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    from ..cluster.cli import add_arguments

    add_arguments(p)  # --workers / --scheduler: the Dask runner (marsad.cluster)
    p.set_defaults(func=run)


def ingest(paths, db: str, passage: bool = False, published: str | None = None, batch: int = 20,
           dedup: bool = True, stdin_format: str = "text", on_doc=None, on_error=None,
           any_language: bool = False) -> dict:
    """Library entry point used by the CLI, the demo and the benchmark: the shared runner with a
    store writer. ``on_doc(source)`` is called after every document, ``on_error(line)`` per error."""
    from ..resources import DEDUP_THRESHOLD
    from ..runner import Runner, StoreWriter
    from ..store import open_store

    store = open_store(db, dedup_threshold=DEDUP_THRESHOLD if dedup else None)
    runner = Runner(passage=passage, published=published, any_language=any_language)
    progress = (lambda source, ok: on_doc(source)) if on_doc else None
    # one read and one write connection for the whole run (a PostgreSQL connection costs the
    # server a new process: one per skip check would cost more than the document's rows)
    with store.keep_connections():
        stats = runner.run(paths, [StoreWriter(store, batch=batch)], stdin_format=stdin_format,
                           on_error=on_error, progress=progress)
    return {"stored": stats.written, "skipped": stats.skipped - runner.not_arabic, "errors": stats.errors,
            "not_arabic": runner.not_arabic}


def _ingest(args, on_doc, on_error) -> dict:
    return ingest(args.paths, args.db, passage=args.passage, published=args.published, batch=args.batch,
                  dedup=not args.no_dedup, stdin_format=args.stdin_format, on_doc=on_doc, on_error=on_error,
                  any_language=args.any_language)


def run(args) -> int:
    if args.batch < 1:
        print("marsad: --batch must be at least 1", file=sys.stderr)
        return 2
    errors: list[str] = []
    from ..render.safe import printable
    from ..store import StoreError, open_store

    try:  # checked (marsad's, sound, writable) and migrated once, before any work
        open_store(args.db, dedup_threshold=None)
    except StoreError as e:
        print(f"marsad: cannot use as a marsad database: {printable(e)}", file=sys.stderr)
        return 2
    except Exception as e:  # noqa: BLE001 - a driver error on open: one line
        print(f"marsad: {printable(args.db)}: cannot use as a marsad database ({printable(e)})", file=sys.stderr)
        return 2
    from ..cluster.cli import run_ingest, wanted

    if wanted(args):
        return run_ingest(args)
    from ..pipeline import PipelineError
    from ..runner import count_documents, progress_bar

    show = not args.quiet and sys.stderr.isatty()
    with progress_bar("ingest", count_documents(args.paths) if show else None, enabled=show) as bar:
        def on_error(msg: str) -> None:
            errors.append(msg)
            bar.print(f"marsad: {msg}")

        try:
            stats = _ingest(args, bar if show else None, on_error)
        except PipelineError as e:
            bar.print(f"marsad: {e}")
            return 2
    other = f", {stats['not_arabic']} not Arabic (skipped)" if stats.get("not_arabic") else ""
    print(f"marsad: {stats['stored']} stored, {stats['skipped']} already in {args.db}{other}, {stats['errors']} errors",
          file=sys.stderr)
    return 2 if stats["errors"] else 0
