"""Options shared by the database commands (events, estimates, export): --db, the filters, and
opening the store read-only with one plain line when it cannot be used."""
from __future__ import annotations

import sys

EVENT_TYPES = ("defection", "desertion", "armed_clash", "airstrike", "shelling", "explosion", "casualties",
               "territory_change", "reinforcement", "arrest", "protest", "statement", "agreement", "sanction",
               "other")
MODALITIES = ("asserted", "negated", "denied", "future", "hypothetical", "call", "attempted")


def add_db(p) -> None:
    p.add_argument("--db", required=True, metavar="FILE|URL",
                   help="database made by 'marsad ingest': a SQLite file or postgresql://user@host:port/dbname")


def open_db(location: str, readonly: bool = True):
    """The store (read-only by default: never migrated or changed), or None after one line."""
    from ..render.safe import printable
    from ..store import StoreError, open_store

    try:
        return open_store(location, readonly=readonly, dedup_threshold=None)
    except StoreError as e:
        print(f"marsad: {printable(e)}", file=sys.stderr)
    except Exception as e:  # noqa: BLE001 - a driver error on open: one line, never a traceback
        print(f"marsad: {printable(location)}: cannot open the database ({printable(e)})", file=sys.stderr)
    return None


def _date(value: str) -> str:
    """YYYY, YYYY-MM or YYYY-MM-DD, through the one date parser every option uses."""
    from ..dateinput import arg

    return arg(value)


iso_day = _date


def add_filters(p, with_type: bool = True) -> None:
    from ..store.filters import REVIEW_STATES

    if with_type:
        p.add_argument("--type", choices=EVENT_TYPES, help="only events of this type")
    p.add_argument("--place", help="place name (Arabic or English), gazetteer id, or governorate/district")
    p.add_argument("--since", type=_date, metavar="DATE", help="events on or after this date (YYYY[-MM[-DD]])")
    p.add_argument("--until", type=_date, metavar="DATE", help="events on or before this date (YYYY[-MM[-DD]])")
    p.add_argument("--include-undated", action="store_true",
                   help="keep events with no date when --since/--until are given (left out by default)")
    p.add_argument("--actor", help="actor name, canonical or as written (substring)")
    p.add_argument("--source", help="outlet or reporting source (substring)")
    p.add_argument("--outlet", help="exact outlet name")
    p.add_argument("--modality", choices=MODALITIES, help="events with a report of this modality")
    p.add_argument("--review", choices=REVIEW_STATES, help="events in this review state")
    p.add_argument("--reviewed-only", action="store_true", help="only events an analyst reviewed (and did not reject)")
    p.add_argument("--min-count", type=float, metavar="N", help="events whose count reaches N")


def event_filter(args, **extra):
    from ..store.filters import EventFilter

    return EventFilter(type=getattr(args, "type", None), place=args.place, since=args.since, until=args.until,
                       include_undated=args.include_undated, actor=args.actor, source=args.source,
                       outlet=args.outlet, modality=args.modality, review=args.review,
                       reviewed_only=args.reviewed_only, min_count=args.min_count, **extra)


def open_out(path: str, binary_ok: bool = False):
    """stdout for '-', else the file (UTF-8); None after one line when the folder is missing."""
    import os

    from ..render.safe import printable

    if path == "-":
        return sys.stdout
    d = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(d):
        print(f"marsad: {printable(path)}: the folder {printable(d)} does not exist", file=sys.stderr)
        return None
    try:
        return open(path, "w", encoding="utf-8", newline="")
    except OSError as e:
        print(f"marsad: {printable(path)}: cannot write ({e.strerror})", file=sys.stderr)
        return None
