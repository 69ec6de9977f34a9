"""``marsad extract``: documents in, contract records out (../shared/CONTRACT.md)."""
from __future__ import annotations

import argparse
import json
import re
import sys


def register(sub) -> None:
    p = sub.add_parser(
        "extract",
        help="extract quantities, dates, entities, places and events from pages",
        description="Read plain-text, HTML, WARC or JSONL input (or '-' for stdin) and print one "
                    "record per document as the output contract describes.",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="input files, or - for standard input")
    p.add_argument("--published", metavar="YYYY-MM-DD", type=_iso_date,
                   help="publication date for documents that do not state one (anchors relative dates)")
    p.add_argument("--format", choices=["json", "jsonl"], default="json", help="JSON array (default) or JSON lines")
    p.add_argument("--passage", action="store_true",
                   help="treat each input as an already clean passage: no boilerplate removal or splitting")
    p.add_argument("--stdin-format", choices=["text", "jsonl"], default="text",
                   help="what '-' holds: one text page (default) or JSONL records")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=run)


def _iso_date(value: str) -> str:
    import datetime as dt

    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise argparse.ArgumentTypeError(f"not a YYYY-MM-DD date: {value!r}")
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"no such date: {value!r}") from None
    return value


def run(args) -> int:
    from ..ingest.readers import ReadError
    from ..pipeline import Pipeline

    pipe = Pipeline()
    out = sys.stdout
    errors = 0
    first = True
    progress = _progress(args)
    task = progress.add_task("extracting", total=None, docs=0) if progress else None
    say = (lambda msg: progress.console.print(msg, markup=False, highlight=False)) if progress else \
        (lambda msg: print(msg, file=sys.stderr))
    if args.format == "json":
        out.write("[")
    try:
        for item in pipe.run(args.paths, passage=args.passage, published=args.published,
                             stdin_format=args.stdin_format):
            if isinstance(item, ReadError):
                errors += 1
                say(f"marsad: {item}")
                continue
            line = json.dumps(item.to_record(), ensure_ascii=False)
            if args.format == "json":
                out.write(("\n" if first else ",\n") + line)
            else:
                out.write(line + "\n")
            first = False
            out.flush()
            if progress:
                progress.advance(task)
    finally:
        if progress:
            progress.stop()
    if args.format == "json":
        out.write("\n]\n" if not first else "]\n")
    return 2 if errors else 0


def _progress(args):
    """A rich progress line on stderr for interactive runs; never when stderr is piped or --quiet."""
    if args.quiet or not sys.stderr.isatty():
        return None
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    progress = Progress(SpinnerColumn(), TextColumn("{task.description}"),
                        TextColumn("{task.completed} documents"), TimeElapsedColumn(),
                        console=Console(stderr=True), transient=True)
    progress.start()
    return progress
