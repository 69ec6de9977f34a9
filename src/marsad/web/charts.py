"""Small inline SVG charts drawn on the server: readable with JavaScript off, allowed by a strict
Content-Security-Policy (geometry attributes, no inline style), escaped like any other text."""
from __future__ import annotations

import datetime as dt
import math

from markupsafe import Markup, escape

# One colour per event type (colour-blind-safe Okabe-Ito first, then greys).
PALETTE = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442", "#000000",
           "#999999", "#882255", "#44AA99", "#117733", "#332288", "#AA4499", "#DDCC77"]


def type_colours(types: list[str]) -> dict[str, str]:
    return {t: PALETTE[i % len(PALETTE)] for i, t in enumerate(sorted(types))}


def weekly_chart(rows: list[dict], width: int = 760, height: int = 220) -> Markup:
    """Incidents per week stacked by type; rows are {"week": Monday ISO, "type", "n"}."""
    if not rows:
        return Markup('<p class="muted">No dated incidents yet.</p>')
    weeks = sorted({r["week"] for r in rows})
    first, last = dt.date.fromisoformat(weeks[0]), dt.date.fromisoformat(weeks[-1])
    all_weeks = [(first + dt.timedelta(weeks=i)).isoformat() for i in range((last - first).days // 7 + 1)]
    types = sorted({r["type"] for r in rows})
    col = type_colours(types)
    by = {(r["week"], r["type"]): r["n"] for r in rows}
    totals = {w: sum(by.get((w, t), 0) for t in types) for w in all_weeks}
    top = max(totals.values()) or 1
    left, bottom, right, top_pad = 36, 40, 8, 8
    plot_w, plot_h = width - left - right, height - bottom - top_pad
    bw = plot_w / len(all_weeks)
    out = [Markup('<svg class="chart" viewBox="0 0 {} {}" width="100%" role="img" aria-label="Incidents per week by '
                  'type"><title>Incidents per week by type</title>').format(width, height + 24 + 16 * ((len(types) + 4) // 5))]
    for frac in (0, 0.5, 1):
        y = top_pad + plot_h * (1 - frac)
        out.append(Markup('<line x1="{}" x2="{}" y1="{:.1f}" y2="{:.1f}" class="grid"/><text x="{}" y="{:.1f}" '
                          'class="axis" text-anchor="end">{}</text>').format(left, width - right, y, y, left - 4, y + 4,
                                                                               round(top * frac)))
    for i, w in enumerate(all_weeks):
        y = top_pad + plot_h
        for t in types:
            n = by.get((w, t), 0)
            if not n:
                continue
            h = plot_h * n / top
            y -= h
            out.append(Markup('<a href="/events?type={}&amp;since={}&amp;until={}"><rect x="{:.1f}" y="{:.1f}" '
                              'width="{:.1f}" height="{:.1f}" fill="{}"><title>week of {}: {} {}</title></rect></a>')
                       .format(t, w, (dt.date.fromisoformat(w) + dt.timedelta(days=6)).isoformat(),
                               left + i * bw + 0.5, y, max(bw - 1, 1), h, col[t], w, n, t))
    step = max(1, len(all_weeks) // 6)
    for i in range(0, len(all_weeks), step):
        out.append(Markup('<text x="{:.1f}" y="{}" class="axis" text-anchor="middle">{}</text>').format(
            left + (i + 0.5) * bw, top_pad + plot_h + 16, all_weeks[i]))
    for i, t in enumerate(types):
        x = left + (i % 5) * 150
        y = height + 8 + 16 * (i // 5)
        out.append(Markup('<rect x="{}" y="{}" width="10" height="10" fill="{}"/><text x="{}" y="{}" class="legend">{}'
                          '</text>').format(x, y, col[t], x + 14, y + 9, t))
    out.append(Markup("</svg>"))
    return Markup("").join(out)


def range_bar(low, high, scale_max: float, width: int = 260, height: int = 18) -> Markup:
    """One claimed figure as a bar on a log scale shared by its topic: a point for one value, a
    bar for a range, an arrow for an open upper bound. Never an average of anything."""
    if scale_max <= 0 or (low is None and high is None):
        return Markup("")
    top = math.log10(max(scale_max, 10) * 1.2)

    def x(v):
        return 4 + (width - 8) * (math.log10(max(v, 1)) / top)

    lo = x(low) if low is not None else 4
    parts = [Markup('<svg class="rangebar" viewBox="0 0 {w} {h}" width="{w}" height="{h}" role="img">').format(w=width, h=height),
             Markup('<line x1="4" x2="{}" y1="{}" y2="{}" class="track"/>').format(width - 4, height / 2, height / 2)]
    label = f"{_n(low)}–{_n(high)}" if low != high else _n(low)
    if high is None:
        parts.append(Markup('<line x1="{:.1f}" x2="{}" y1="{}" y2="{}" class="open"/><path d="M{} {} l-6 -4 v8 z" class="open"/>')
                     .format(lo, width - 4, height / 2, height / 2, width - 2, height / 2))
    elif low is None or low == high:
        parts.append(Markup('<circle cx="{:.1f}" cy="{}" r="4" class="point"/>').format(x(high), height / 2))
    else:
        parts.append(Markup('<rect x="{:.1f}" y="{}" width="{:.1f}" height="{}" rx="2" class="range"/>')
                     .format(lo, height / 2 - 4, max(x(high) - lo, 2), 8))
    parts.append(Markup("<title>{}</title></svg>").format(escape(label)))
    return Markup("").join(parts)


def _n(v) -> str:
    if v is None:
        return "…"
    return f"{int(v):,}" if float(v).is_integer() else f"{v:,}"
