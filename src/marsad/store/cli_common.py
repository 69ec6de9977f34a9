"""Helpers shared by the database commands (events, estimates, export): --db, filters, errors."""
from __future__ import annotations

import os
import re
import sys


def add_db(p) -> None:
    p.add_argument("--db", required=True, metavar="FILE", help="database made by 'marsad ingest'")


def open_db(path: str):
    """The store, or None after a one-line error when the file is missing or not a database."""
    if not os.path.exists(path):
        print(f"marsad: {path}: no such database (create it with 'marsad ingest ... --db {path}')", file=sys.stderr)
        return None
    from ..store import open_store

    try:
        return open_store(path, dedup_threshold=None)
    except Exception as e:  # noqa: BLE001 - sqlite3.DatabaseError and friends
        print(f"marsad: {path}: not a marsad database ({e})", file=sys.stderr)
        return None


def iso_day(value: str) -> str:
    """YYYY, YYYY-MM or YYYY-MM-DD, through the one date parser every option uses."""
    from ..dateinput import arg

    return arg(value)


def add_filters(p) -> None:
    from ..extract.events import EVENT_TYPES

    p.add_argument("--type", choices=EVENT_TYPES, help="only events of this type")
    p.add_argument("--place", help="place name (Arabic or English) or governorate/district")
    p.add_argument("--since", type=iso_day, metavar="DATE", help="events on or after this date")
    p.add_argument("--until", type=iso_day, metavar="DATE", help="events on or before this date")
    p.add_argument("--source", help="outlet or reporting source (substring)")
    p.add_argument("--min-count", type=float, metavar="N", help="events whose count reaches N")


def filters(args) -> dict:
    until = args.until
    if until and len(until) == 4:
        until += "-12-31"
    elif until and len(until) == 7:
        until += "-31"
    return {"type": args.type, "place": args.place, "since": args.since, "until": until, "source": args.source,
            "min_count": args.min_count}
