"""``marsad estimates``: every claimed figure for one event type, side by side, never averaged."""
from __future__ import annotations

import sys

from .dbopts import EVENT_TYPES, add_db, add_filters, event_filter, open_db


def register(sub) -> None:
    p = sub.add_parser("estimates", help="compare the figures different sources give",
                       description="One row per claimed figure: the range, what is counted, the scope the sentence "
                                   "gives (rank, place, period), who claims it, in which document and when; "
                                   "aggregates (tolls over a period or area) and incident figures alike, each "
                                   "marked. Conflicting figures are listed, never averaged. Denied, future and "
                                   "hypothetical figures are left out unless --all.")
    add_db(p)
    p.add_argument("--type", choices=EVENT_TYPES, default="defection", help="event type (default defection)")
    p.add_argument("--kind", choices=["incident", "aggregate"], help="only aggregates, or only incident figures")
    add_filters(p, with_type=False)
    p.add_argument("--format", choices=["table", "csv", "jsonl", "json"], default="table", help="output format")
    p.add_argument("--excel", action="store_true", help="CSV for Excel (UTF-8 byte order mark)")
    p.add_argument("--all", action="store_true", help="include denied, future and hypothetical figures")
    p.set_defaults(func=run)


def estimate_rows(store, type: str, include_all: bool = False) -> list[dict]:
    """Kept for scripts: the rows of views.estimates.estimate_rows."""
    from ..views.estimates import estimate_rows as rows

    return rows(store, type, include_all)


def estimates_table(rows, type: str, width: int = 200):
    from ..render.table import estimates_table as table

    return table(rows, type, width)


def run(args) -> int:
    from .. import render
    from ..render.table import estimates_table as table
    from ..store import FilterError
    from ..views.estimates import estimate_rows as rows_of

    try:
        filt = event_filter(args, kind=args.kind)
    except FilterError as e:
        print(f"marsad: {e}", file=sys.stderr)
        return 2
    store = open_db(args.db)
    if store is None:
        return 2
    rows = rows_of(store, args.type, args.all, filt)
    if args.format == "table":
        render.write("table", rows, sys.stdout, table=lambda rs, w: table(rs, args.type, w))
    elif args.format == "csv":
        render.write("csv", rows, sys.stdout, excel=args.excel)
    else:
        render.write(args.format, rows, sys.stdout)
    return 0
