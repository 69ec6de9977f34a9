"""Terminal tables (rich). Cells are built as ``Text`` so an outlet named ``[/]`` or
``[link=...]`` is printed as written, never read as markup; control characters are escaped."""
from __future__ import annotations

from rich.table import Table
from rich.text import Text

from .safe import escape_control


def cell(v) -> Text:
    if v is None:
        return Text("")
    if isinstance(v, bool):
        return Text("yes" if v else "")
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    if isinstance(v, (list, tuple)):
        v = "; ".join(str(x) for x in v)
    return Text(escape_control(str(v)))


def _title(s: str) -> Text:
    return Text(escape_control(s))


def fmt_count(lo, hi) -> str:
    def n(v):
        return "" if v is None else (str(int(v)) if float(v).is_integer() else str(v))

    if lo is None and hi is None:
        return ""
    if lo == hi:
        return n(lo)
    return f"{n(lo) or '?'}–{n(hi) or '…'}"


def plain_table(rows: list[dict], columns: list[str] | None = None, title: str | None = None) -> Table:
    cols = list(columns) if columns else (list(rows[0]) if rows else [])
    t = Table(title=_title(title) if title else None)
    for c in cols:
        t.add_column(_title(c), overflow="fold")
    for r in rows:
        t.add_row(*[cell(r.get(c)) for c in cols])
    return t


def events_table(rows: list[dict], width: int = 200) -> Table:
    """Merged events; below 140 columns the per-source figures are left out, below 110 the killed
    and injured figures join the count cell and the actors are left out (the caption says so)."""
    wide, narrow = width >= 140, width < 110
    t = Table(title=f"{len(rows)} events",
              caption="actors: a terminal of 110+ columns, or --format csv/jsonl" if narrow and rows else None)
    table_rows = []
    for e in rows:
        place = e.get("place_ar") or ""
        if e.get("place_name"):
            extra = f", {e['admin1']}" if wide and e.get("admin1") and e["admin1"] != e["place_name"] else ""
            place = f"{place} ({e['place_name']}{extra})"
        status = f" [{e['review_status']}]" if e.get("review_status") else (" [reviewed]" if e.get("reviewed") else "")
        count = fmt_count(e.get("count_low"), e.get("count_high"))
        killed = fmt_count(e.get("fatalities_low"), e.get("fatalities_high"))
        injured = fmt_count(e.get("injured_low"), e.get("injured_high"))
        if narrow:
            count = "\n".join(x for x in (count, killed and f"killed {killed}", injured and f"injured {injured}") if x)
        row = [str(e["event_id"]) + status, e["type"] + (f"/{e['subtype']}" if e.get("subtype") else ""),
               e.get("date_value") or "", place, count, killed, injured,
               "; ".join(e.get("actors_canonical") or []),
               str(e.get("n_reports")), str(e.get("n_outlets"))]
        if wide:
            row.append("; ".join(dict.fromkeys(
                f"{fmt_count(f['low'], f['high']) or '–'} ({f['source'] or '?'})" for f in e.get("figures") or [])))
        table_rows.append([cell(x) for x in row])
    # The words wrap (type, place, actors), the short columns keep their width, and on a narrow
    # terminal a column empty in every row is left out: a long unwrappable type used to squeeze
    # id, place and the counts to nothing at 80 columns.
    words = {"min_width": 10, "overflow": "fold", "ratio": 1}
    cols = [("id", {"no_wrap": True, "min_width": 2}), ("type", words), ("date", {"no_wrap": True}),
            ("place", words), ("count", {"no_wrap": True, "min_width": 5}),
            ("killed", {"no_wrap": True, "min_width": 6}), ("injured", {"no_wrap": True, "min_width": 7}),
            ("actors", {**words, "min_width": 8}), ("rep.", {"no_wrap": True, "justify": "right", "min_width": 4}),
            ("outl.", {"no_wrap": True, "justify": "right", "min_width": 5})]
    if wide:
        cols.append(("figures by source", {"overflow": "fold", "ratio": 1}))
    dropped = {"killed", "injured", "actors"} if narrow else set()
    keep = [i for i, (c, _) in enumerate(cols) if c not in dropped and
            (wide or c in ("id", "type", "count") or any(r[i].plain for r in table_rows))]
    for i in keep:
        t.add_column(cols[i][0], **cols[i][1])
    for r in table_rows:
        t.add_row(*[r[i] for i in keep])
    return t


def estimates_table(rows: list[dict], type: str | None, width: int = 200) -> Table:
    """The Harmoon-style table; below 140 columns the outlet and publication date are left out."""
    wide = width >= 140
    t = Table(title=_title(f"{type or 'all types'}: {len(rows)} claimed figures (never averaged)"))
    cols = ["low", "high", "≈", "counted", "rank / scope", "place", "period / date", "claimed by", "document"]
    if wide:
        cols += ["kind", "outlet", "published"]
    table_rows = []
    for r in rows:
        what = r.get("counted_en") or r.get("counted") or ""
        row = [fmt_count(r["low"], r["low"]), fmt_count(r["high"], r["high"]) if r["high"] is not None else "…",
               "~" if r["approx"] else "", what, r["rank"], r["place"], r["period"] or r["date"], r["claimed_by"],
               str(r["document"]) + ("" if r["modality"] == "asserted" else f" [{r['modality']}]")]
        if wide:
            row += [r.get("kind") or "", r["outlet"], r["published"]]
        table_rows.append([cell(x) for x in row])
    # narrow terminal: a column empty in every row is left out, and the word columns keep a
    # readable width (at 80 columns they were cut to five letters, a word split over two lines)
    keep = [i for i, c in enumerate(cols) if wide or c in ("low", "high") or any(r[i].plain for r in table_rows)]
    for i in keep:
        c = cols[i]
        if c in ("low", "high", "≈"):
            t.add_column(c, no_wrap=True)
        else:
            t.add_column(c, overflow="fold", min_width=6 if c == "document" else 8, ratio=1)
    for r in table_rows:
        t.add_row(*[r[i] for i in keep])
    return t
