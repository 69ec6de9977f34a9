"""Span highlighting as escaped HTML: the article cut at every span boundary, each piece tagged
with the layers covering it, and a tooltip that says what each span was read as.

All text passes through ``markupsafe.escape``; only our own tags are markup.
"""
from __future__ import annotations

from markupsafe import Markup, escape

LAYERS = ("events", "quantities", "dates", "places", "entities")


def _num(v) -> str:
    if v is None:
        return "…"
    return f"{int(v):,}" if float(v).is_integer() else f"{v:,}"


def describe(layer: str, r: dict) -> str:
    """What a span was read as, in a few English words (the tooltip)."""
    if layer == "quantities":
        lo, hi = r.get("low"), r.get("high")
        v = _num(lo) if lo == hi else f"{_num(lo)}–{_num(hi)}"
        bits = [v, r.get("unit") or "", r.get("counted") or "", "≈" if r.get("approx") else "", r.get("kind") or ""]
        return "quantity: " + " ".join(b for b in bits if b)
    if layer == "dates":
        return f"date: {r.get('value') or '?'} ({r.get('grain') or '?'})"
    if layer == "places":
        name = r.get("name_en") or r.get("name_ar") or r.get("surface")
        admin = r.get("admin1_en")
        where = f"{name} ({admin})" if admin and admin != name else str(name)
        return f"place: {where}" + (f", {r['kind']}" if r.get("kind") else "")
    if layer == "entities":
        return f"entity: {r.get('type') or '?'}"
    if layer == "events":
        c = r.get("count") or {}
        fig = ""
        if c:
            fig = " " + (_num(c.get("low")) if c.get("low") == c.get("high") else f"{_num(c.get('low'))}–{_num(c.get('high'))}")
        mod = r.get("modality") or "asserted"
        return f"event: {r.get('type')}{fig}" + ("" if mod == "asserted" else f" [{mod}]")
    return layer


def segments(text: str, spans: dict[str, list[dict]]) -> list[tuple[str, list[tuple[str, dict]]]]:
    """The text cut at every span boundary and around every line break: [(piece, [(layer, record)])]."""
    import re

    cuts = {0, len(text)}
    for m in re.finditer(r"\n+", text):
        cuts.update(m.span())
    flat = []
    for layer in LAYERS:
        for r in spans.get(layer, []):
            s, e = int(r["start"]), int(r["end"])
            if 0 <= s < e <= len(text):
                flat.append((s, e, layer, r))
                cuts.update((s, e))
    points = sorted(cuts)
    out = []
    flat.sort(key=lambda x: (x[0], -x[1]))
    for a, b in zip(points, points[1:]):
        cover = [(layer, r) for s, e, layer, r in flat if s <= a and b <= e]
        out.append((text[a:b], cover))
    return out


def document_html(text: str, spans: dict[str, list[dict]]) -> Markup:
    """The article as paragraphs of escaped text with highlighted spans (flat, never nested: a
    piece covered by several layers carries all their classes)."""
    paras: list[list[Markup]] = [[]]
    for piece, cover in segments(text, spans):
        if piece and piece.strip("\n") == "":
            if len(piece) >= 2:
                paras.append([])
            else:
                paras[-1].append(Markup("<br>"))
            continue
        if not cover:
            paras[-1].append(escape(piece))
            continue
        classes = " ".join(sorted({f"l-{layer}" for layer, _ in cover}))
        tip = "\n".join(dict.fromkeys(describe(layer, r) for layer, r in cover))
        paras[-1].append(Markup('<span class="hl {}" title="{}">{}</span>').format(classes, tip, piece))
    return Markup("").join(Markup("<p>{}</p>").format(Markup("").join(p)) for p in paras if p)


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence holding [start, end): marsad's sentence splitter, else the line."""
    try:
        from ..arabic.tokens import sentences

        for s in sentences(text):
            if s.start <= start and end <= s.end:
                return s.start, s.end
    except Exception:  # noqa: BLE001 - fall back to the line
        pass
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    return lo, (hi if hi >= 0 else len(text))


def mention_sentences(text: str, mentions: list[dict]) -> list[dict]:
    """Each mention in its sentence: {"surface", "start", "end", "html"} with the mention marked."""
    out = []
    for m in mentions:
        s, e = int(m["start"]), int(m["end"])
        if not (0 <= s <= e <= len(text)):
            continue
        lo, hi = sentence_bounds(text, s, e)
        html = escape(text[lo:s]) + Markup("<mark>") + escape(text[s:e]) + Markup("</mark>") + escape(text[e:hi])
        out.append({"surface": text[s:e], "start": s, "end": e, "sentence": text[lo:hi], "html": str(html)})
    return out
