"""``marsad ingest --workers N | --scheduler URL``: the clustered ingest behind the ingest command's
flags (commands/ingest.py hands over here), with the same progress bar and summary line."""
from __future__ import annotations

import sys


def add_arguments(p) -> None:
    g = p.add_argument_group("cluster (needs marsad[cluster])")
    g.add_argument("--workers", type=int, metavar="N",
                   help="analyse on a local Dask cluster of N worker processes; the same database as without it")
    g.add_argument("--scheduler", metavar="tcp://HOST:PORT",
                   help="analyse on an existing Dask cluster (its workers need marsad installed)")
    g.add_argument("--partition-size", type=int, metavar="N",
                   help="documents per task sent to a worker (default 256; fewer for a small input, so "
                        "that each worker gets up to 4 tasks; never under 16)")


def wanted(args) -> bool:
    return getattr(args, "workers", None) is not None or bool(getattr(args, "scheduler", None))


def run_ingest(args) -> int:
    from ..runner import progress_bar
    from .partition import Partition, stream
    from .run import ClusterUnavailable, ingest_cluster

    if args.workers is not None and args.workers < 1:
        print("marsad: --workers must be at least 1", file=sys.stderr)
        return 2
    if args.partition_size is not None and args.partition_size < 1:
        print("marsad: --partition-size must be at least 1", file=sys.stderr)
        return 2
    if args.workers and args.scheduler:
        print("marsad: give --workers (a local cluster) or --scheduler (an existing one), not both", file=sys.stderr)
        return 2
    show = not args.quiet and sys.stderr.isatty()
    total = sum(p.docs for p in stream(args.paths) if isinstance(p, Partition)) if show else None
    with progress_bar("ingest", total, enabled=show) as bar:
        def on_error(msg: str) -> None:
            bar.print(f"marsad: {msg}")

        try:
            stats = ingest_cluster(args.paths, args.db, workers=args.workers, scheduler=args.scheduler,
                                   passage=args.passage, published=args.published, batch=args.batch,
                                   dedup=not args.no_dedup, any_language=args.any_language,
                                   partition_size=args.partition_size, on_doc=bar if show else None,
                                   on_error=on_error)
        except ClusterUnavailable as e:
            bar.print(f"marsad: {e}")
            return 2
    other = f", {stats.not_arabic} not Arabic (skipped)" if stats.not_arabic else ""
    print(f"marsad: {stats.stored} stored, {stats.skipped} already in {args.db}{other}, {stats.errors} errors "
          f"({stats.workers} workers, {stats.partitions} partitions)", file=sys.stderr)
    return 2 if stats.errors else 0
