"""``marsad export``: merged events as ACLED-style CSV, JSONL or Parquet."""
from __future__ import annotations

import os
import sys

from ..store.cli_common import add_db, add_filters, filters, open_db


def register(sub) -> None:
    p = sub.add_parser("export", help="export events (ACLED CSV, JSONL, Parquet)",
                       description="Write one row per merged event with ACLED's column names and event types "
                                   "(mapping in marsad/data/events/types.json) plus marsad's own columns: "
                                   "count_low, count_high, reports, outlets, document_ids.")
    add_db(p)
    p.add_argument("--format", choices=["acled-csv", "jsonl", "parquet"], default="acled-csv", help="output format")
    p.add_argument("--out", required=True, metavar="FILE", help="output file ('-' for stdout, not for parquet)")
    add_filters(p)
    p.set_defaults(func=run)


def run(args) -> int:
    from ..store import export

    if args.format == "parquet" and args.out == "-":
        print("marsad: parquet needs a file: give --out FILE.parquet", file=sys.stderr)
        return 2
    if args.out != "-":
        d = os.path.dirname(os.path.abspath(args.out))
        if not os.path.isdir(d):
            print(f"marsad: {args.out}: the folder {d} does not exist", file=sys.stderr)
            return 2
    store = open_db(args.db)
    if store is None:
        return 2
    with store:
        f = filters(args)
        if args.format == "parquet":
            n = export.write_parquet(store, args.out, **f)
        else:
            fh = sys.stdout if args.out == "-" else open(args.out, "w", encoding="utf-8", newline="")
            try:
                n = (export.write_csv if args.format == "acled-csv" else export.write_jsonl)(store, fh, **f)
            finally:
                if fh is not sys.stdout:
                    fh.close()
    print(f"marsad: {n} events written to {args.out}", file=sys.stderr)
    return 0
