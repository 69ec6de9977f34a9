"""``marsad events``: the merged events in a database, filtered, as a table, CSV or JSONL."""
from __future__ import annotations

import json
import sys

from ..store.cli_common import add_db, add_filters, filters, open_db


def register(sub) -> None:
    p = sub.add_parser("events", help="list merged events from a database",
                       description="List the events stored by 'marsad ingest' (only things reported as having "
                                   "happened: denied, future and hypothetical mentions are left out). Each event "
                                   "shows its count range, place, date, and how many reports and outlets carry it.")
    add_db(p)
    add_filters(p)
    p.add_argument("--format", choices=["table", "csv", "jsonl"], default="table", help="output format (default table)")
    p.add_argument("--limit", type=int, metavar="N", help="at most N events")
    p.set_defaults(func=run)


def _fmt_count(lo, hi) -> str:
    def n(v):
        return "" if v is None else (str(int(v)) if float(v).is_integer() else str(v))

    if lo is None and hi is None:
        return ""
    if lo == hi:
        return n(lo)
    return f"{n(lo) or '?'}–{n(hi) or '…'}"


def run(args) -> int:
    store = open_db(args.db)
    if store is None:
        return 2
    with store:
        events = store.events(**filters(args), limit=args.limit)
        if args.format == "jsonl":
            for e in events:
                sys.stdout.write(json.dumps(e, ensure_ascii=False) + "\n")
        elif args.format == "csv":
            import csv

            cols = ["event_id", "type", "subtype", "date_value", "date_grain", "place_name", "place_ar", "admin1",
                    "count_low", "count_high", "n_reports", "n_outlets", "sources"]
            w = csv.DictWriter(sys.stdout, fieldnames=cols, extrasaction="ignore")
            w.writeheader()
            for e in events:
                e["sources"] = "; ".join(dict.fromkeys(r["reported_by"] or r["outlet"] or "" for r in e["reports"]))
                w.writerow(e)
        else:
            from rich.console import Console

            console = Console()
            console.print(events_table(events, console.width))
    return 0


def events_table(events, width: int = 200):
    """Rich table of merged events; below 140 columns the per-source figures are left out."""
    from rich.table import Table

    wide = width >= 140
    t = Table(title=f"{len(events)} events")
    for c in ("id", "type", "date", "place", "count"):
        t.add_column(c, no_wrap=c != "place", overflow="fold")
    t.add_column("rep.", justify="right", no_wrap=True)
    t.add_column("outl.", justify="right", no_wrap=True)
    if wide:
        t.add_column("figures by source", overflow="fold", ratio=1)
    for e in events:
        place = e["place_ar"] or ""
        if e["place_name"]:
            extra = f", {e['admin1']}" if wide and e["admin1"] and e["admin1"] != e["place_name"] else ""
            place = f"{place} ({e['place_name']}{extra})"
        row = [str(e["event_id"]), e["type"] + (f"/{e['subtype']}" if e.get("subtype") else ""),
               e["date_value"] or "", place, _fmt_count(e["count_low"], e["count_high"]), str(e["n_reports"]),
               str(e["n_outlets"])]
        if wide:
            row.append("; ".join(dict.fromkeys(
                f"{_fmt_count(r['count_low'], r['count_high']) or '–'} ({r['reported_by'] or r['outlet'] or '?'})"
                for r in e["reports"])))
        t.add_row(*row)
    return t
