"""``marsad show FILE``: one analysed page, readable: its metadata, its text with every span
marked (a colour per layer), then a table per layer. For reading what marsad found in a page
without reading JSON.

Everything from the page is printed as plain rich ``Text`` (never as markup) with control
characters escaped, so a page or outlet name such as ``[/]`` or an ESC sequence prints as it is.
"""
from __future__ import annotations

import sys

from ..dateinput import day_arg

# Layer -> colour; where spans overlap, the earlier layer in this order wins the colour.
STYLES = {"events": "bold black on yellow", "quantities": "bold cyan", "dates": "bold magenta",
          "places": "bold green", "entities": "underline"}


def register(sub) -> None:
    p = sub.add_parser("show", help="print one analysed page readably (marked text and a table per layer)",
                       description="Analyse one page (text, HTML, or one record of a JSONL/WARC file) and print "
                                   "its metadata, its clean text with the spans of every layer marked, and a "
                                   "table per layer (events, quantities, dates, places, entities).")
    p.add_argument("path", metavar="FILE", help="the page (or '-' for standard input)")
    p.add_argument("--doc", type=int, default=1, metavar="N",
                   help="which document of a JSONL or WARC file (default 1, the first)")
    p.add_argument("--published", metavar="YYYY-MM-DD", type=day_arg,
                   help="publication date if the page states none (anchors relative dates)")
    p.add_argument("--passage", action="store_true", help="the input is already a clean passage")
    p.add_argument("--any-language", action="store_true", help="show pages that are not Arabic too")
    p.add_argument("--stdin-format", choices=["text", "jsonl"], default="text", help="what '-' holds")
    p.add_argument("--no-text", action="store_true", help="tables only, without the marked text")
    p.set_defaults(func=run)


def run(args) -> int:
    from ..ingest.readers import ReadError
    from ..runner import Runner

    if args.doc < 1:
        print("marsad: --doc counts from 1", file=sys.stderr)
        return 2
    runner = Runner(passage=args.passage, published=args.published, any_language=args.any_language)
    n = 0
    for item in runner.documents([args.path], stdin_format=args.stdin_format):
        if item is None:
            continue  # skipped (not Arabic), already said why
        n += 1
        if n < args.doc:
            continue
        if isinstance(item, ReadError):
            print(f"marsad: {item}", file=sys.stderr)
            return 2
        from rich.console import Console

        console = Console()
        if not console.is_terminal:  # piped or logged: wide enough for the Arabic tables
            console = Console(width=140)
        for block in render(item.to_record(), text=not args.no_text):
            console.print(block)
        return 0
    from ..ingest.readers import printable

    print(printable(f"marsad: {args.path}: no document {args.doc} (the input holds {n})"), file=sys.stderr)
    return 2


def _plain(v) -> str:
    from ..ingest.readers import printable

    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    return printable(str(v))


def _amount(a) -> str:
    if not a:
        return ""
    lo, hi = _plain(a.get("low")), _plain(a.get("high"))
    s = lo if lo == hi else f"{lo or '?'}–{hi or '…'}"
    return ("~" if a.get("approx") else "") + s


def _reporter(r) -> str:
    if isinstance(r, dict):
        return _plain(r.get("canonical") or r.get("surface")) + (" (outlet)" if r.get("outlet") else "")
    return _plain(r)


def _place(p) -> str:
    if not p:
        return ""
    name = p.get("name_en") or p.get("name_ar") or p.get("surface")
    where = p.get("admin1_en")
    return _plain(name) + (f", {_plain(where)}" if where and where != name else "")


def marked_text(rec: dict):
    """The text with every span styled by its layer (events first, then numbers, dates, places)."""
    from rich.text import Text

    from ..ingest.readers import printable

    text = rec["text"]
    safe = printable(text)
    if safe != text:  # control characters escaped: offsets moved, so mark nothing rather than the wrong text
        return Text(safe)
    out = Text(text)
    taken = [False] * len(text)
    for layer in STYLES:
        for r in rec.get(layer) or []:
            spans = [(r["start"], r["end"])] + [(m["start"], m["end"]) for m in r.get("mentions") or []]
            for s, e in spans:
                if 0 <= s < e <= len(text) and not any(taken[s:e]):
                    out.stylize(STYLES[layer], s, e)
                    for i in range(s, e):
                        taken[i] = True
    return out


def render(rec: dict, text: bool = True) -> list:
    """Rich renderables for one record: header, legend, marked text, a table per layer."""
    from rich.panel import Panel
    from rich.table import Table
    from rich.text import Text

    head = Table.grid(padding=(0, 2))
    head.add_column(style="bold")
    head.add_column()
    for k in ("title", "outlet", "published", "author", "url", "id", "source"):
        if rec.get(k):
            head.add_row(k, Text(_plain(rec[k])))
    blocks: list = [head]
    legend = Text("spans: ")
    for layer, style in STYLES.items():
        legend.append(f"{layer} ({len(rec.get(layer) or [])})", style=style)
        legend.append("  ")
    blocks.append(legend)
    if text:
        blocks.append(Panel(marked_text(rec), title="text", expand=True))

    def table(title, cols, rows):
        if not rows:
            return None
        t = Table(title=title, title_justify="left", show_lines=False)
        for c in cols:
            t.add_column(c, overflow="fold")
        for row in rows:
            t.add_row(*[Text(_plain(x)) for x in row])
        return t

    ev = rec.get("events") or []
    blocks.append(table(f"events ({len(ev)})",
                        ["type", "kind", "trigger", "count", "fatalities", "place", "date", "modality", "reported by"],
                        [[(e.get("type") or "") + (f"/{e['subtype']}" if e.get("subtype") else ""), e.get("kind"),
                          e.get("trigger"), _amount(e.get("count")), _amount(e.get("fatalities")),
                          _place(e.get("place")), e.get("date"), e.get("modality"), _reporter(e.get("reported_by"))]
                         for e in ev]))
    q = rec.get("quantities") or []
    blocks.append(table(f"quantities ({len(q)})", ["surface", "value", "kind", "unit", "counted", "at"],
                        [[x["surface"], _amount(x), x.get("kind"), x.get("unit"), x.get("counted"),
                          f"{x['start']}-{x['end']}"] for x in q]))
    d = rec.get("dates") or []
    blocks.append(table(f"dates ({len(d)})", ["surface", "value", "grain", "at"],
                        [[x["surface"], x.get("value") or "(unresolved)", x.get("grain"), f"{x['start']}-{x['end']}"]
                         for x in d]))
    pl = rec.get("places") or []
    blocks.append(table(f"places ({len(pl)})", ["surface", "place", "kind", "country", "id", "lat, lon", "conf."],
                        [[x["surface"], _place(x), x.get("kind") or x.get("level"), x.get("country"), x.get("id"),
                          f"{x['lat']:.3f}, {x['lon']:.3f}" if isinstance(x.get("lat"), (int, float))
                          and isinstance(x.get("lon"), (int, float)) else "",
                          f"{x['confidence']:.2f}" if isinstance(x.get("confidence"), (int, float)) else ""]
                         for x in pl]))
    en = rec.get("entities") or []
    blocks.append(table(f"entities ({len(en)})", ["type", "surface", "at"],
                        [[x.get("type"), x["surface"], f"{x['start']}-{x['end']}"] for x in en]))
    for k, label in (("embeds", "embedded posts"), ("related", "related articles")):
        items = rec.get(k) or []
        if items:
            blocks.append(table(f"{label} ({len(items)})", ["platform" if k == "embeds" else "title", "text"],
                                [[x.get("platform") or x.get("title"), (x.get("text") or "")[:200]] for x in items]))
    return [b for b in blocks if b is not None]
