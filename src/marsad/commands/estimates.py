"""``marsad estimates``: every claimed figure for one event type, side by side, never averaged."""
from __future__ import annotations

import json
import sys

from ..store.cli_common import add_db, open_db


def register(sub) -> None:
    from ..extract.events import EVENT_TYPES

    p = sub.add_parser("estimates", help="compare the figures different sources give",
                       description="One row per claimed figure: the range, what is counted, the scope the sentence "
                                   "gives (rank, place, period), who claims it, in which document and when. "
                                   "Conflicting figures are listed, never averaged. Denied, future and "
                                   "hypothetical figures are marked.")
    add_db(p)
    p.add_argument("--type", choices=EVENT_TYPES, default="defection", help="event type (default defection)")
    p.add_argument("--format", choices=["table", "csv", "jsonl"], default="table", help="output format")
    p.add_argument("--all", action="store_true", help="include denied, future and hypothetical figures")
    p.set_defaults(func=run)


def estimate_rows(store, type: str, include_all: bool = False) -> list[dict]:
    out = []
    for r in store.estimates(type):
        if not include_all and r["modality"] != "asserted":
            continue
        scope = json.loads(r["scope"] or "{}")
        out.append({
            "low": r["count_low"], "high": r["count_high"], "approx": bool(r["approx"]),
            "counted": r["counted"], "counted_en": r["counted_en"],
            "rank": ", ".join(scope.get("rank") or []), "place": r["place_surface"] or "",
            "period": ", ".join(scope.get("period") or []),
            "claimed_by": r["reported_by"] or "", "claim_source": r["reported_by_source"],
            "outlet": r["outlet"] or "", "document": r["doc_id"], "published": r["published"] or "",
            "date": r["date_value"] if r["date_source"] == "text" else "", "modality": r["modality"],
            "event_id": r["event_id"], "quantity": r["quantity"], "sentence": r["sentence"],
        })
    return out


def _n(v):
    if v is None:
        return ""
    return str(int(v)) if float(v).is_integer() else str(v)


def estimates_table(rows, type: str, width: int = 200):
    """The Harmoon-style table; below 140 columns the outlet and publication date are left out."""
    from rich.table import Table

    wide = width >= 140
    t = Table(title=f"{type}: {len(rows)} claimed figures (never averaged)")
    cols = ["low", "high", "≈", "counted", "rank / scope", "place", "period / date", "claimed by", "document"]
    if wide:
        cols += ["outlet", "published"]
    for c in cols:
        t.add_column(c, overflow="fold", no_wrap=c in ("low", "high", "≈", "document"))
    for r in rows:
        what = r["counted_en"] or r["counted"] or ""
        row = [_n(r["low"]), _n(r["high"]) if r["high"] is not None else "…", "~" if r["approx"] else "",
               what, r["rank"], r["place"], r["period"] or r["date"], r["claimed_by"],
               str(r["document"]) + ("" if r["modality"] == "asserted" else f" [{r['modality']}]")]
        if wide:
            row += [r["outlet"], r["published"]]
        t.add_row(*row)
    return t


def run(args) -> int:
    store = open_db(args.db)
    if store is None:
        return 2
    with store:
        rows = estimate_rows(store, args.type, args.all)
    if args.format == "jsonl":
        for r in rows:
            sys.stdout.write(json.dumps(r, ensure_ascii=False) + "\n")
    elif args.format == "csv":
        import csv

        w = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]) if rows else ["low"])
        w.writeheader()
        w.writerows(rows)
    else:
        from rich.console import Console

        console = Console()
        console.print(estimates_table(rows, args.type, console.width))
    return 0
