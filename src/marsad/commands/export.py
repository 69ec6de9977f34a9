"""``marsad export``: merged incidents as ACLED-style CSV, CSV, JSON, JSONL or Parquet."""
from __future__ import annotations

import sys

from .dbopts import add_db, add_filters, event_filter, open_db, open_out


def register(sub) -> None:
    p = sub.add_parser("export", help="export events (ACLED CSV, CSV, JSON, JSONL, Parquet)",
                       description="Write one row per merged incident. acled-csv: ACLED's 31 columns in ACLED's "
                                   "order (contract v2). csv, json, jsonl, parquet: ACLED-style columns plus "
                                   "marsad's own: count_low, count_high, reports, outlets, document_ids, "
                                   "review_status. Reviewed values replace extracted ones; --reviewed-only keeps "
                                   "reviewed, not rejected, events. Parquet needs the 'parquet' extra (pyarrow).")
    add_db(p)
    p.add_argument("--format", choices=["acled-csv", "csv", "jsonl", "json", "parquet"], default="acled-csv",
                   help="output format (default acled-csv)")
    p.add_argument("--out", required=True, metavar="FILE", help="output file ('-' for stdout, not for parquet)")
    p.add_argument("--excel", action="store_true", help="CSV for Excel (UTF-8 byte order mark)")
    add_filters(p)
    p.set_defaults(func=run)


def export_rows(store, filt, fmt: str):
    """(rows, columns, types): ``acled-csv`` is ACLED's 31 columns made by views/acled.py from each
    merged incident; the other formats carry marsad's export rows (ACLED-style columns plus the
    count range, reports, outlets and document ids)."""
    from ..views import export

    if fmt == "acled-csv":
        from ..views.acled import ACLED_COLUMNS, acled_rows

        return acled_rows(export.incident_records(store, filt)), ACLED_COLUMNS, export.ACLED_TYPES
    return export.rows(store, filt), export.COLUMNS, export.TYPES


def run(args) -> int:
    from .. import render
    from ..render.safe import printable
    from ..store import FilterError

    if args.format == "parquet" and args.out == "-":
        print("marsad: parquet needs a file: give --out FILE.parquet", file=sys.stderr)
        return 2
    if args.format == "parquet":
        try:
            import pyarrow  # noqa: F401
        except ImportError:
            print("marsad: Parquet needs pyarrow: pip install 'marsad[parquet]'", file=sys.stderr)
            return 2
    try:
        filt = event_filter(args)
    except FilterError as e:
        print(f"marsad: {e}", file=sys.stderr)
        return 2
    store = open_db(args.db)
    if store is None:
        return 2
    rows, columns, types = export_rows(store, filt, args.format)
    try:
        if args.format == "parquet":
            out = open_out(args.out)  # checks the folder; pyarrow writes the file itself
            if out is None:
                return 2
            out.close()
            n = render.write("parquet", rows, args.out, columns=columns, types=types)
        else:
            out = open_out(args.out)
            if out is None:
                return 2
            try:
                n = render.write(args.format, rows, out, columns=columns, excel=args.excel)
            finally:
                if out is not sys.stdout:
                    out.close()
    except render.RenderError as e:
        print(f"marsad: {e}", file=sys.stderr)
        return 2
    print(f"marsad: {n} events written to {printable(args.out)}", file=sys.stderr)
    return 0
