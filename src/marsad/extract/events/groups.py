"""Groups: one act told for a list of places is one event per place, tied by `group` (contract v2).

Two shapes: figures split off one trigger, each with its own place («انشقاق 47 عنصراً…: 12 من
جاسم، و9 من داعل»), and a sentence with no trigger of its own that lists figures by place right
after a person-counting incident («ومن بين أولئك العناصر 20 من قرية الكرك، و14 من بلدة نوى»).
The parts are flagged `part_of_list`; the incident's own record joins the group and names them in
its `breakdown` (the ACLED export keeps the parts, not the total, so nothing is counted twice).
"""
from __future__ import annotations

from . import arguments
from .attribution import Attribution, canonical_source
from .context import Ctx
from .vocab import counted_gloss, ffold


def _range(q: dict | None) -> dict | None:
    if q is None:
        return None
    return {"low": q.get("low"), "high": q.get("high"), "approx": bool(q.get("approx"))}


_LIST_TYPES = frozenset({"defection", "desertion", "arrest", "casualties"})


def group_lists(incs: list, records: list[dict]) -> None:
    """Figures split off one trigger, each with its own place («انشقاق 47 عنصراً…: 12 من جاسم، و9
    من داعل»), are one act told for a list of places: one group, the parts flagged."""
    parts: dict[int, list] = {}
    for inc in incs:
        lo = inc.main.list_of
        if lo is not None:
            parts.setdefault(id(lo), []).append(inc.main)
    for r in records:
        if not parts:
            r.pop("_main", None)
            continue
        m = r.pop("_main", None)
        if m is None:
            continue
        root = m.list_of or m
        if id(root) in parts:
            r["group"] = r["group"] or f"c{root.start}"
            if m.list_of is not None:
                r["part_of_list"] = True




def place_lists(ctx: Ctx, att: Attribution, told: set[int], last_rec: dict[int, list]) -> list[dict]:
    """«ومن بين أولئك العناصر 20 من قرية الكرك، و14 من بلدة نوى»: a sentence with no trigger of
    its own that lists figures by place continues the person-counting incident just before it.
    The contract codes one act told for a list of places as one event per place, tied by `group`
    (the incident's own record joins the group, its `breakdown` naming the parts)."""
    out: list[dict] = []
    for si in range(len(ctx.sents)):
        if si in told:
            continue
        cands = [r for k in (si - 1, si - 2) for r in last_rec.get(k, [])
                 if r["type"] in _LIST_TYPES and r["modality"] == "asserted"]
        if not cands:
            continue
        sent = ctx.sents[si]
        blocked = att.spans(si)
        pairs = []
        for q in ctx.quants.between(sent.start, sent.end):
            if q.get("kind") not in ("count", None) or q.get("low") is None or \
                    any(a <= q["start"] < b for a, b in blocked):
                continue
            p = ctx.places.first_after(q["end"], q["end"] + 40)
            if p is None or p["end"] > sent.end or ctx.breaks_between(q["end"], p["start"]):
                continue
            gap = ffold(ctx.text[q["end"]:p["start"]]).split()
            if len(gap) <= 4 and any(w in ("من", "في") for w in gap):
                pairs.append((q, p))
        if len(pairs) < 2:
            continue
        # «من بين أولئك العناصر 20 من…»: the incident whose counted noun the list names
        glosses = {counted_gloss(w[2:] if w.startswith("ال") else w) for w in
                   ffold(ctx.text[sent.start:sent.end]).split()} - {None}
        src = next((r for r in cands if r.get("counted_en") in glosses), cands[0])
        gid = src["group"] or f"l{src['start']}"
        src["group"] = gid
        rep = canonical_source(ctx, att.for_mention(si, sent.start)) or src["reported_by"]
        for q, p in pairs:
            src["breakdown"].append({"of": "count", "low": q.get("low"), "high": q.get("high"),
                                     "counted": q.get("counted"), "surface": q["surface"]})
            rec = dict(src, count=_range(q), fatalities=None, injured=None, breakdown=[],
                       place=arguments.clean_place(p), group=gid, reported_by=rep,
                       reported_by_source="text" if rep and not rep.get("outlet") else "outlet",
                       mentions=[{"start": src["start"], "end": src["end"], "surface": src["trigger"]}],
                       quantity={"start": q["start"], "end": q["end"], "surface": q["surface"]},
                       counted=q.get("counted"), counted_en=counted_gloss(q.get("counted")),
                       confidence=round(src["confidence"] - 0.1, 2), part_of_list=True)
            if src["type"] == "casualties":
                rec["fatalities"] = rec["count"]
            out.append(rec)
    return out
