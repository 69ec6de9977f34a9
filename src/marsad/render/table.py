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
    """Merged events; below 140 columns the per-source figures are left out."""
    wide = width >= 140
    t = Table(title=f"{len(rows)} events")
    for c in ("id", "type", "date", "place", "count", "killed", "injured"):
        t.add_column(c, no_wrap=c != "place", overflow="fold")
    t.add_column("actors", overflow="fold")
    t.add_column("rep.", justify="right", no_wrap=True)
    t.add_column("outl.", justify="right", no_wrap=True)
    if wide:
        t.add_column("figures by source", overflow="fold", ratio=1)
    for e in rows:
        place = e.get("place_ar") or ""
        if e.get("place_name"):
            extra = f", {e['admin1']}" if wide and e.get("admin1") and e["admin1"] != e["place_name"] else ""
            place = f"{place} ({e['place_name']}{extra})"
        status = f" [{e['review_status']}]" if e.get("review_status") else (" [reviewed]" if e.get("reviewed") else "")
        row = [str(e["event_id"]) + status, e["type"] + (f"/{e['subtype']}" if e.get("subtype") else ""),
               e.get("date_value") or "", place, fmt_count(e.get("count_low"), e.get("count_high")),
               fmt_count(e.get("fatalities_low"), e.get("fatalities_high")),
               fmt_count(e.get("injured_low"), e.get("injured_high")),
               "; ".join(e.get("actors_canonical") or []),
               str(e.get("n_reports")), str(e.get("n_outlets"))]
        if wide:
            row.append("; ".join(dict.fromkeys(
                f"{fmt_count(f['low'], f['high']) or '–'} ({f['source'] or '?'})" for f in e.get("figures") or [])))
        t.add_row(*[cell(x) for x in row])
    return t


def estimates_table(rows: list[dict], type: str | None, width: int = 200) -> Table:
    """The Harmoon-style table; below 140 columns the outlet and publication date are left out."""
    wide = width >= 140
    t = Table(title=_title(f"{type or 'all types'}: {len(rows)} claimed figures (never averaged)"))
    cols = ["low", "high", "≈", "counted", "rank / scope", "place", "period / date", "claimed by", "document"]
    if wide:
        cols += ["kind", "outlet", "published"]
    for c in cols:
        t.add_column(c, overflow="fold", no_wrap=c in ("low", "high", "≈", "document"))
    for r in rows:
        what = r.get("counted_en") or r.get("counted") or ""
        row = [fmt_count(r["low"], r["low"]), fmt_count(r["high"], r["high"]) if r["high"] is not None else "…",
               "~" if r["approx"] else "", what, r["rank"], r["place"], r["period"] or r["date"], r["claimed_by"],
               str(r["document"]) + ("" if r["modality"] == "asserted" else f" [{r['modality']}]")]
        if wide:
            row += [r.get("kind") or "", r["outlet"], r["published"]]
        t.add_row(*[cell(x) for x in row])
    return t
