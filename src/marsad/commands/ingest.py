"""``marsad ingest``: pages in, evidence database out (idempotent and restartable)."""
from __future__ import annotations

import sys


def register(sub) -> None:
    p = sub.add_parser(
        "ingest",
        help="run the pipeline over pages and store documents, spans and events in a database",
        description="Read plain-text, HTML, WARC or JSONL input, extract everything, and store it in a SQLite "
                    "database. Documents already stored (same text) are skipped, so re-running is safe and an "
                    "interrupted run can simply be started again.",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="input files, or - for standard input")
    p.add_argument("--db", required=True, metavar="FILE", help="SQLite database file (created if missing)")
    p.add_argument("--published", metavar="YYYY-MM-DD", help="publication date for documents that state none")
    p.add_argument("--passage", action="store_true", help="treat each input as an already clean passage")
    p.add_argument("--stdin-format", choices=["text", "jsonl"], default="text", help="what '-' holds")
    p.add_argument("--batch", type=int, default=20, metavar="N",
                   help="documents per transaction (default 20; a crash loses at most this batch, redone on restart)")
    p.add_argument("--no-dedup", action="store_true", help="do not link near-duplicate documents")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=run)


def ingest(paths, db: str, passage: bool = False, published: str | None = None, batch: int = 20,
           dedup: bool = True, stdin_format: str = "text", on_doc=None, on_error=None) -> dict:
    """Library entry point used by the CLI, the demo and the benchmark."""
    import os

    from ..ingest.page import raw_to_document
    from ..ingest.readers import ReadError, read_path
    from ..pipeline import Pipeline
    from ..store import open_store

    pipe = Pipeline()
    stats = {"stored": 0, "skipped": 0, "errors": 0}
    store = open_store(db, dedup_threshold=0.45 if dedup else None)
    pending = 0
    try:
        store.begin()
        for path in paths:
            for item in read_path(path, stdin_format=stdin_format):
                if isinstance(item, ReadError):
                    stats["errors"] += 1
                    if on_error:
                        on_error(str(item))
                    continue
                try:
                    with store.savepoint():
                        doc = raw_to_document(item, passage=passage)
                        if published and not doc.published:
                            doc.published = published
                        if store.has_text(doc.text):
                            stats["skipped"] += 1
                        else:
                            pipe(doc)
                            store.add_document(doc)
                            stats["stored"] += 1
                            pending += 1
                except Exception as e:  # noqa: BLE001 - one bad document must not stop the run
                    if os.environ.get("MARSAD_DEBUG"):
                        raise
                    stats["errors"] += 1
                    if on_error:
                        # a page the cleaner refuses says why in plain words; anything else is a bug
                        plain = type(e).__name__ == "PageError"
                        on_error(f"{item.source}: {e}" if plain else
                                 f"{item.source}: could not store document ({type(e).__name__}: {e})")
                if on_doc:
                    on_doc(item.source)
                if pending >= batch:
                    store.commit()
                    store.begin()
                    pending = 0
        store.commit()
    finally:
        store.rollback()
        store.close()
    return stats


def _ingest(args, on_doc, on_error) -> dict:
    return ingest(args.paths, args.db, passage=args.passage, published=args.published, batch=args.batch,
                  dedup=not args.no_dedup, stdin_format=args.stdin_format, on_doc=on_doc, on_error=on_error)


def run(args) -> int:
    import os

    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    if args.batch < 1:
        print("marsad: --batch must be at least 1", file=sys.stderr)
        return 2
    db_dir = os.path.dirname(os.path.abspath(args.db))
    if not os.path.isdir(db_dir):
        print(f"marsad: {args.db}: the folder {db_dir} does not exist", file=sys.stderr)
        return 2
    errors: list[str] = []

    def on_error(msg: str) -> None:
        errors.append(msg)
        print(f"marsad: {msg}", file=sys.stderr)

    try:
        from ..store import open_store

        open_store(args.db, dedup_threshold=None).close()
    except Exception as e:  # noqa: BLE001 - sqlite3.DatabaseError, permissions...
        print(f"marsad: {args.db}: cannot use as a marsad database ({e})", file=sys.stderr)
        return 2
    if args.quiet:
        stats = _ingest(args, None, on_error)
    else:
        with Progress(TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.description}"),
                      TimeElapsedColumn(), transient=False, console=_stderr_console()) as prog:
            task = prog.add_task("", total=None)

            def on_doc(source: str) -> None:
                prog.update(task, advance=1, description=os.path.basename(str(source))[:40])

            stats = _ingest(args, on_doc, on_error)
    print(f"marsad: {stats['stored']} stored, {stats['skipped']} already in {args.db}, {stats['errors']} errors",
          file=sys.stderr)
    return 2 if stats["errors"] else 0


def _stderr_console():
    from rich.console import Console

    return Console(stderr=True)
