"""A vague toll made exact by a later telling: «أفادت … بمقتل العشرات في مجزرة … . وذكرت اللجان أن 78 شخصاً على الأقل
لقوا حتفهم», «قرابة 50 قتيلاً» over «بحياة 49 شخصاً على الأقل», «قُتل فيها ما يزيد على 70 شخصاً … . وأحصى المرصد 71
قتيلاً» (stop 40, helper fig). The record takes the later count.

Why: a record takes the figure of its first telling (extractor._records; the README's stop-34 call: two sources' tolls
are one event, its figure the first the text writes). A vague noun («عشرات»), an approximation («قرابة», «نحو») or an
open bound («ما يزيد على») is no count of its own, only the range a count will fall in: when the text then counts the
same dead inside that range, the count is the fuller reading of the one figure, not another source's rival toll. The
gold takes the count in every such development event (sets 67 if18, 71 jc05, 79 kd01, 91 kr12, 96 kw14); the rules
kept the range, and gave the count to a second record (a clash's «71 قتيلاً» read as a sum, the massacre's 78 as a
shelling's) or to nobody.

What: an asserted record whose dead are vague (high >= `vague_ratio` x low), approximate (within `approx_reach` of
its number) or open (up to `open_reach` x its low) takes the first exact or at-least number of people, not the wounded
and not a part («منهم»), inside that range, told after its figure: in a sentence its own mentions span (from its figure's to its last telling's),
or held as the dead of another record of the next `reach` sentences at the record's place or none. `twin` (a switch
of its own): that other record, a second telling of the incident, goes (the record takes its mentions).
Where: on the finished records, after the figure refiners (spread_sum last: the count is the one figure, not a new sum). Words: none (the quantity layer's readings).
Cost: the quantities of the sentences after a vague figure, once per record with one.
"""
from __future__ import annotations

import json
from bisect import bisect_left, insort
from functools import lru_cache
from pathlib import Path

from . import bounds, mentions
from .attribution import canonical_source
from .context import Ctx
from .vocab import counted_class, ffold

DATA = Path(__file__).resolve().parents[2] / "data" / "events" / "vague_told.json"


@lru_cache(maxsize=1)
def conf() -> dict:
    """data/events/vague_told.json (absent: off)."""
    raw = json.loads(DATA.read_text(encoding="utf-8")) if DATA.exists() else {}
    return {"enabled": bool(raw.get("enabled", False)), "twin": bool(raw.get("twin", {}).get("enabled", False)),
            "twin_side": raw.get("twin", {}).get("one_side"),
            "reach": int(raw.get("reach", 3)), "open": float(raw.get("open_reach", 1.5)),
            "approx": float(raw.get("approx_reach", 0.1)), "vague": float(raw.get("vague_ratio", 4))}


def refine(ctx: Ctx, att, out: list[dict]) -> None:
    """Give each record with a vague toll the count its source gives later inside it; drop the twin that held it."""
    c = conf()
    if not c["enabled"]:
        return
    gone: set[int] = set()
    figures = _figures_at(ctx, out)
    for i, r in enumerate(out):
        span = _range(r, c) if i not in gone else None
        if span is None:
            continue
        q, k = _later_count(ctx, att, out, i, span, c, figures)
        if q is None:
            continue
        _moved(figures, i, ctx.sent_of(r["quantity"]["start"]), ctx.sent_of(q["start"]))
        _take(r, q)
        if k is not None and c["twin"]:
            r["mentions"] = list(r.get("mentions") or ()) + list(out[k].get("mentions") or ())
            gone.add(k)
            figures[ctx.sent_of(out[k]["quantity"]["start"])].remove(k)  # (no later vague record takes it again)
    if gone:
        out[:] = [r for i, r in enumerate(out) if i not in gone]


def _range(r: dict, c: dict) -> tuple[float, float] | None:
    """The range an asserted record's vague, approximate or open dead span, or None (exact, or no dead)."""
    f = r.get("fatalities")
    if r.get("modality", "asserted") != "asserted" or not f or f.get("low") is None or \
            (r.get("quantity") or {}).get("start") is None:
        return None
    lo, hi = f["low"], f.get("high")
    if hi is None:  # («ما يزيد على 70» is read approximate; «أربعة على الأقل» is a count, its minimum, and stays)
        return (lo, lo * c["open"]) if f.get("approx") else None
    if hi >= c["vague"] * lo:
        return lo, hi
    if f.get("approx") and hi == lo:
        return lo * (1 - c["approx"]), lo * (1 + c["approx"])
    return None


def _figures_at(ctx: Ctx, out: list[dict]) -> dict[int, list[int]]:
    """The records by the sentence of their figure (indices in order), so that a vague record looks at the records
    of its next `reach` sentences only, not at every record of the page (linear on long pages)."""
    figures: dict[int, list[int]] = {}
    for k, s in enumerate(out):
        at = (s.get("quantity") or {}).get("start")
        if at is not None:
            figures.setdefault(ctx.sent_of(at), []).append(k)
    return figures


def _moved(figures: dict[int, list[int]], i: int, was: int, now: int) -> None:
    """Record i's figure moves from sentence `was` to `now` (_take): a later vague record sees it where it now is."""
    figures[was].remove(i)
    insort(figures.setdefault(now, []), i)


def _later_count(ctx: Ctx, att, out: list[dict], i: int, span: tuple[float, float], c: dict, figures: dict):
    """(the quantity, the index of the record that held it or None): the first count inside `span` told after
    record i's figure by the same source, in its own mentions' sentences or as the dead of a record of the next
    sentences (`figures`: _figures_at, the records by their figure's sentence)."""
    r = out[i]
    held = r["quantity"]["start"]
    hs = ctx.sent_of(held)
    old = (r["fatalities"]["low"], r["fatalities"].get("high"))
    told = [ctx.sent_of(m["start"]) for m in r.get("mentions") or ()]
    own = set(range(hs, max(told, default=hs) + 1))  # (the sentences its tellings span: «36 … سقطوا في القتال»)
    twins = {}
    for k in sorted(k for si in range(hs + 1, hs + c["reach"] + 1) for k in figures.get(si, ())):
        s = out[k]
        at = (s.get("quantity") or {}).get("start")
        if k != i and at is not None and s.get("fatalities") and s.get("modality", "asserted") == "asserted" and \
                hs < ctx.sent_of(at) <= hs + c["reach"] and _same_place(r, s) and _may_be_twins(r, s, c):
            twins[at] = k
    for si in range(hs, min(len(ctx.sents), hs + c["reach"] + 1)):
        if si not in own and not any(ctx.sent_of(a) == si for a in twins):
            continue
        s = ctx.sents[si]
        for q in ctx.quants.between(max(s.start, held + 1), s.end):
            if si not in own and q["start"] not in twins:
                continue
            b = bounds.bound(ctx, q)
            if _a_count(ctx, b, span, old) and _same_source(ctx, att, (hs, held), (si, q["start"])):
                return b, twins.get(q["start"])
    return None, None


def _a_count(ctx: Ctx, q: dict, span: tuple[float, float], old: tuple) -> bool:
    """An exact or at-least number of people (not the wounded, not a part) inside span, other than the record's."""
    lo, hi = q.get("low"), q.get("high")
    if lo is None or q.get("approx") or (hi is not None and hi != lo) or (lo, hi) == old:
        return False
    if old[1] is None and lo <= old[0]:
        return False  # («ما لا يقل عن 25» … «بلغوا 25»: the bound's own number told bare; the bound stays)
    if not span[0] <= lo <= span[1] or counted_class(q.get("counted")) not in ("person", "unknown", None):
        return False
    if ctx.v.hurt_nouns.get(ffold(q.get("counted") or "")) == "injured" or _hurt_after(ctx, q):
        return False
    before = ctx.words_before(q["start"], 1, floor=ctx.sents[ctx.sent_of(q["start"])].start)
    return not (before and (before[0] in ctx.v.of_them or before[0] in ctx.v.subset))  # («منهم/بينهم 25»)


def _hurt_after(ctx: Ctx, q: dict) -> bool:
    """«إن 55 شخصاً أصيبوا بجروح»: a word of wounding within three words after the number, in its clause."""
    subs = ctx.memo.get(_SUBS)
    if subs is None:
        subs = ctx.memo[_SUBS] = sorted((m.start, i.get("sub") or "") for m, i in mentions.event_words(ctx))
    end = ctx.clause(q["end"])[1]
    here = subs[bisect_left(subs, (q["end"], "")):bisect_left(subs, (end, ""))]
    return any(sub == "injured" and ctx.words_between(q["end"], a) <= 3 for a, sub in here)


_SUBS = "vague_told.subs"


def _same_source(ctx: Ctx, att, a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether two figures are told by one source: either names none (a headline, the writer's own), or the two
    name the same one («المرصد» and «رامي عبد الرحمن، الذي يدير المرصد» by their canonical name)."""
    x, y = (canonical_source(ctx, att.for_mention(*p)) for p in (a, b))
    if x is None or y is None:
        return True
    if x.get("canonical") and x.get("canonical") == y.get("canonical"):
        return True
    fx, fy = ffold(x.get("surface") or ""), ffold(y.get("surface") or "")
    return bool(fx) and (fx in fy or fy in fx)


def _may_be_twins(r: dict, s: dict, c: dict) -> bool:
    """One act's dead told apart have a casualties record on one side (`one_side`), and a round-up (the vague record
    an aggregate) takes no incident's dead, though a period's toll told vague then exact is one toll: a clash's vague
    toll and an air strike's own dead at its town are two acts, and a day's vague round-up is not one incident of it
    (review40's two shapes; no development twin is either)."""
    side = c["twin_side"]
    round_up = r.get("kind") == "aggregate" and s.get("kind") != "aggregate"
    return not round_up and (side is None or side in (r["type"], s["type"]))


def _same_place(r: dict, s: dict) -> bool:
    """A twin tells the record's incident: at its place, or one of the two has none (a toll told with no place)."""
    p, q = r.get("place"), s.get("place")
    return q is None or p is None or p.get("id") == q.get("id")


def _take(r: dict, q: dict) -> None:
    """The record's dead (and its count where it held the same figure) become q's."""
    new = {"low": q["low"], "high": q.get("high"), "approx": False}
    old = r["fatalities"]
    if r.get("count") and (r["count"].get("low"), r["count"].get("high")) == (old.get("low"), old.get("high")):
        r["count"] = dict(new)
    r["fatalities"] = new
    r["quantity"] = {"start": q["start"], "end": q["end"], "surface": q["surface"]}
