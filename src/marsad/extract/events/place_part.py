"""A total told first, then split by place: the record placed at a part keeps the part's figure, not the total
(stop 41, helper fig). «لقي 13 مدنياً حتفهم بغارات على إدلب. وأورد المرصد أن … 13 مدنياً، سبعة منهم في غارات على
قرية سرجة، وأربعة … على بلدة البارة»: the record, moved to سرجة by the later telling (finer_place.py), is the
strike on سرجة, and its dead are the seven.

Why: a record takes the figure of its first telling (extractor._records) and its place from a later one when that
one is finer (finer_place.py, the place chooser). When the later telling splits the lead's total over places, the
record ends at one part's place with the whole's figure: an incident that did not happen so (the gold codes each
part at its place with its own figure, and the total, equal to the parts told beside it, as no event: README stop
34). Seen on the dev sets in kg14 and kg18 (82), km03 (87), kz02 (99), lf12 (105): «بلغت 4 مدنيين قتلى في معرة
النعمان، وخمسة في قرية معصران», «أغارت في سوريا 12 مرة على أهداف … قرب البوكمال» (23 strikes in the lead), «غارات
أخرى … على بلدة الهبيط … قتلت ثلاثة مدنيين» (seven in the lead).

What: an asserted incident record whose place is told in a later sentence than its figure takes the number of that
kind (people for its dead; its count's class, or times «مرة/مرات» for a strike's count) told in its place's clause,
when that number is smaller than its figure (a part: a later bigger toll is an update, told_bound's and toll_update's
work); not the wounded, not a subset of the part («بينهم/منهم 3»). The nearest such number to the place. Off:
place_part.json `enabled` false.
Where: on the finished records, after finer_place (which moves the record to the part's place) and before the
other figure refiners. Cost: the quantities of one clause per record whose place is later than its figure.
"""
from __future__ import annotations

import json
from bisect import bisect_left, insort
from functools import lru_cache
from pathlib import Path

from . import arguments, mentions
from .context import Ctx
from .vocab import counted_class, ffold

DATA = Path(__file__).resolve().parents[2] / "data" / "events" / "place_part.json"


@lru_cache(maxsize=1)
def conf() -> dict:
    """data/events/place_part.json (absent: off)."""
    raw = json.loads(DATA.read_text(encoding="utf-8")) if DATA.exists() else {}
    return {"enabled": bool(raw.get("enabled", False)), "twin": bool(raw.get("twin", {}).get("enabled", False)),
            "times": frozenset(ffold(w) for w in raw.get("times_nouns", ())),
            "strike_types": frozenset(raw.get("strike_types", ())), "reach": int(raw.get("reach", 3)),
            "new_story": frozenset(ffold(w) for w in raw.get("new_story", ()))}


def refine(ctx: Ctx, out: list[dict]) -> None:
    """Give each record placed at a part of a total told later that part's figure; with `twin`, a record of its
    type that holds that very figure already is the part's own telling: the record goes into it."""
    c = conf()
    if not c["enabled"]:
        return
    gone: set[int] = set()
    holding: dict[tuple, list[int]] | None = None  # made when a record first takes a part (most documents: never)
    for i, r in enumerate(out):
        field = _field(r)
        if field is None:
            continue
        q = _part(ctx, r, field, c)
        if q is None:
            continue
        was = r["quantity"]["start"]
        _take(r, field, q)
        if not c["twin"]:
            continue
        if holding is None:
            holding = _holding(out)
        else:
            _moved(holding, r["type"], was, q["start"], i)
        k = _twin(out, i, q, gone, holding)
        if k is not None:
            out[k]["mentions"] = list(out[k].get("mentions") or ()) + list(r.get("mentions") or ())
            gone.add(i)
    if gone:
        out[:] = [r for i, r in enumerate(out) if i not in gone]


def _holding(out: list[dict]) -> dict[tuple, list[int]]:
    """(type, start of the figure's quantity) -> the records' indices, ascending: the twin is a lookup, not a scan
    of the document's records for each record that takes a part (review41 F3). Only the record taking a part
    changes its figure in refine's loop (_moved)."""
    holding: dict[tuple, list[int]] = {}
    for k, s in enumerate(out):
        holding.setdefault((s["type"], (s.get("quantity") or {}).get("start")), []).append(k)
    return holding


def _moved(holding: dict[tuple, list[int]], kind: str, was: int, now: int, i: int) -> None:
    """Record i (of type `kind`) took the quantity starting at `now` in place of the one at `was`."""
    holding[(kind, was)].remove(i)
    insort(holding.setdefault((kind, now), []), i)


def _twin(out: list[dict], i: int, q: dict, gone: set[int], holding: dict[tuple, list[int]]) -> int | None:
    """Another record of record i's type at its place whose figure is the quantity q itself (the first in the
    document's order)."""
    r = out[i]
    return next((k for k in holding.get((r["type"], q["start"]), ()) if k != i and k not in gone and
                 bool(out[k].get("place")) and _same(out[k]["place"], r["place"])), None)


def _field(r: dict) -> str | None:
    """'fatalities' or 'count' (the record's figure), when it is an asserted incident's with a place."""
    p, held = r.get("place"), (r.get("quantity") or {}).get("start")
    if r.get("modality", "asserted") != "asserted" or r.get("kind", "incident") != "incident" or \
            not p or p.get("start") is None or held is None:
        return None
    for k in ("fatalities", "count"):
        f = r.get(k)
        if f and f.get("low") is not None:
            return k
    return None


def _part(ctx: Ctx, r: dict, field: str, c: dict) -> dict | None:
    """The number of the record's kind nearest its place where a later sentence (of the next `reach`) tells that
    place again, smaller than its figure, when the figure was told of more than that place."""
    p, old = r["place"], r[field]
    fs = ctx.sent_of(r["quantity"]["start"])
    if not _over_more(ctx, p, fs):
        return None
    for si in range(fs + 1, min(len(ctx.sents), fs + c["reach"] + 1)):
        s = ctx.sents[si]
        if set(ctx.words_after(s.start, 4, limit=s.end)) & c["new_story"]:
            break  # («وفي سياق آخر، …»: another story; not «أخرى» alone: «وأضاف أن غارات أخرى … على بلدة X قتلت ثلاثة»)
        for at in ctx.places.between(s.start, s.end):
            if _same(at, p):
                q = _nearest(ctx, r, field, at, old["low"], c)
                if q is not None:
                    return q
    return None


def _same(a: dict, p: dict) -> bool:
    """Two mentions of one place (the layer's id, else the name)."""
    return a.get("id") == p.get("id") if p.get("id") is not None else \
        ffold(a.get("surface") or "") == ffold(p.get("surface") or "")


def _over_more(ctx: Ctx, p: dict, fs: int) -> bool:
    """The figure's sentence tells it of more than the record's place: it names that place beside another of
    its own level or finer, or names it not at all (an area, the headline's country, no place)."""
    s = ctx.sents[fs]
    here = ctx.places.between(s.start, s.end)
    if not any(_same(a, p) for a in here):
        return True
    return any(not _same(a, p) and arguments.level(a) <= arguments.level(p) for a in here)


def _nearest(ctx: Ctx, r: dict, field: str, at: dict, low: float, c: dict) -> dict | None:
    """The number of the record's kind in the clause of the place mention `at` nearest it, below `low`."""
    lo, hi = ctx.clause(at["start"])
    best = None
    for q in ctx.quants.between(lo, hi):
        if q.get("low") is None or q["low"] >= low or q.get("kind") not in ("count", None) or \
                not _of_kind(ctx, r, field, q, c):
            continue
        gap = ctx.words_between(min(q["end"], at["end"]), max(q["start"], at["start"]))
        if best is None or gap < best[0]:
            best = (gap, q)
    return best[1] if best else None


def _of_kind(ctx: Ctx, r: dict, field: str, q: dict, c: dict) -> bool:
    """q counts what the record's figure counts: people dead (a noun of people or a bare number, not the wounded,
    not a subset «بينهم 3»), or the record's own count noun (a strike's count: «مرة/مرات» too)."""
    before = ctx.words_before(q["start"], 1, floor=ctx.sents[ctx.sent_of(q["start"])].start)
    if before and (before[0] in ctx.v.of_them or before[0] in ctx.v.subset):
        return False
    noun: str = q.get("counted") or ""
    if field == "fatalities":
        return (not noun or counted_class(noun) == "person") and \
            ctx.v.hurt_nouns.get(ffold(noun)) != "injured" and not _hurt_near(ctx, q)
    was = ffold(_counted_at(ctx, r) or "")
    return bool(noun) and (ffold(noun) == was or (r["type"] in c["strike_types"] and ffold(noun) in c["times"]))


def _hurt_near(ctx: Ctx, q: dict) -> bool:
    """The number counts the wounded: a word of wounding in its clause within three words after it («أصيبوا
    بجروح») or two before it («وجُرح 5 آخرون», «وإصابة 5»)."""
    subs = ctx.memo.get(_SUBS)
    if subs is None:
        subs = ctx.memo[_SUBS] = sorted((m.start, i.get("sub") or "") for m, i in mentions.event_words(ctx))
    lo, hi = ctx.clause(q["start"])
    return any(sub == "injured" and (q["end"] <= a and ctx.words_between(q["end"], a) <= 3 or
                                     a < q["start"] and ctx.words_between(a, q["start"]) <= 2)
               for a, sub in subs[bisect_left(subs, (lo, "")):bisect_left(subs, (hi, ""))])


_SUBS = "place_part.subs"


def _counted_at(ctx: Ctx, r: dict) -> str | None:
    """The counted noun of the record's figure (the quantity at its span)."""
    at = r["quantity"]["start"]
    return next((q.get("counted") for q in ctx.quants.between(at, r["quantity"]["end"]) if q["start"] == at), None)


def _take(r: dict, field: str, q: dict) -> None:
    """The record's figure (and its count, where it held the same) becomes q's."""
    new = {"low": q["low"], "high": q.get("high"), "approx": bool(q.get("approx"))}
    old = r[field]
    if field == "fatalities" and r.get("count") and \
            (r["count"].get("low"), r["count"].get("high")) == (old.get("low"), old.get("high")):
        r["count"] = dict(new)
    r[field] = new
    r["quantity"] = {"start": q["start"], "end": q["end"], "surface": q["surface"]}
