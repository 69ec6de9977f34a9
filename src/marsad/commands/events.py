"""``marsad events``: the merged incidents in a database, filtered, as a table, CSV, JSON or JSONL."""
from __future__ import annotations

import sys

from .dbopts import add_db, add_filters, event_filter, open_db

CSV_COLUMNS = ["event_id", "type", "subtype", "date_value", "date_grain", "place_name", "place_ar", "admin1",
               "count_low", "count_high", "fatalities_low", "fatalities_high", "injured_low", "injured_high",
               "actors_canonical", "n_reports", "n_outlets", "sources", "review_status"]


def register(sub) -> None:
    p = sub.add_parser("events", help="list merged events from a database",
                       description="List the incidents stored by 'marsad ingest' (only things reported as having "
                                   "happened: denied, future, hypothetical and called-for mentions are left out, "
                                   "aggregates are in 'marsad estimates'). Each event shows its count range, the killed "
                                   "and injured, place, date, the actors by their canonical names, and how many reports and outlets carry it; analysts' reviews are shown.")
    add_db(p)
    add_filters(p)
    p.add_argument("--format", choices=["table", "csv", "jsonl", "json"], default="table",
                   help="output format (default table)")
    p.add_argument("--excel", action="store_true", help="CSV for Excel (UTF-8 byte order mark)")
    p.add_argument("--limit", type=int, metavar="N", help="at most N events")
    p.set_defaults(func=run)


def run(args) -> int:
    from .. import render
    from ..render.table import events_table
    from ..store import FilterError
    from ..views.events import event_rows

    try:
        filt = event_filter(args, limit=args.limit)
    except FilterError as e:
        print(f"marsad: {e}", file=sys.stderr)
        return 2
    store = open_db(args.db)
    if store is None:
        return 2
    rows = event_rows(store, filt)
    if args.format == "table":
        render.write("table", rows, sys.stdout, table=events_table)
    elif args.format == "csv":
        for r in rows:
            r["sources"] = "; ".join(r["sources"])
            r["actors_canonical"] = "; ".join(r["actors_canonical"])
        render.write("csv", rows, sys.stdout, columns=CSV_COLUMNS, excel=args.excel)
    else:
        render.write(args.format, rows, sys.stdout)
    return 0


def events_table(events, width: int = 200):
    """Kept for scripts: a rich table of events (store events or views.events rows)."""
    from ..render.table import events_table as table
    from ..views.events import event_row

    return table([e if "figures" in e else event_row(e) for e in events], width)
