"""``marsad extract``: documents in, contract records out (../shared/CONTRACT.md)."""
from __future__ import annotations

import sys

from ..dateinput import day_arg


def register(sub) -> None:
    p = sub.add_parser(
        "extract",
        help="extract quantities, dates, entities, places and events from pages",
        description="Read plain-text, HTML, WARC or JSONL input (or '-' for stdin) and print one "
                    "record per document as the output contract describes.",
    )
    p.add_argument("paths", nargs="+", metavar="PATH",
                   help="input files or folders (a folder: its files, recursively), or - for standard input")
    p.add_argument("--published", metavar="YYYY-MM-DD", type=day_arg,
                   help="publication date for documents that do not state one (anchors relative dates)")
    p.add_argument("--format", choices=["json", "jsonl"], default="json", help="JSON array (default) or JSON lines")
    p.add_argument("--passage", action="store_true",
                   help="treat each input as an already clean passage: no boilerplate removal or splitting")
    p.add_argument("--any-language", action="store_true",
                   help="keep pages that are not Arabic (by default they are skipped with a warning)")
    p.add_argument("--stdin-format", choices=["text", "jsonl"], default="text",
                   help="what '-' holds: one text page (default) or JSONL records")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=run)


def run(args) -> int:
    from ..pipeline import Pipeline, PipelineError
    from ..runner import JsonWriter, Runner, count_documents, progress_bar

    try:
        pipe = Pipeline()
    except PipelineError as e:
        print(f"marsad: {e}", file=sys.stderr)
        return 2
    show = not args.quiet and sys.stderr.isatty()
    total = count_documents(args.paths) if show else None
    runner = Runner(pipe, passage=args.passage, published=args.published, any_language=args.any_language)
    with progress_bar("extract", total, enabled=show) as bar:
        stats = runner.run(args.paths, [JsonWriter(sys.stdout, args.format)], stdin_format=args.stdin_format,
                           on_error=lambda msg: bar.print(f"marsad: {msg}"), progress=bar)
    return 2 if stats.errors else 0
