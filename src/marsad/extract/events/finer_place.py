"""One incident told twice, coarse then fine: the lead names an area, a later telling of the same record names a
place inside it («قصفت قوات النظام ريف درعا … . وقالت مصادر إن القذائف سقطت على بلدة X»). The record keeps the finer
place (stop 36, bench_tellings.py).

Why here, after the place chooser: the record's tellings are already merged (incidents.py), and its place was picked
among the candidates of its main telling's sentence; the later telling's place is often attached to nothing (a
source's phrase, «مصدر من قرية X، حيث وقع الاستهداف»; a road «بين X وY»), so neither the rules nor the chooser saw it.
The gold takes the finer place when the act is told again inside the lead's area (the place helpers of stop 36:
16 to 10 in the lead/next pattern).

Only a place the gazetteer's hierarchy sets inside the record's (arguments.holds: a district, region or governorate
and a place of that governorate), in a LATER sentence than the record's place that tells one of the record's
mentions, and neither place a movement's end or way (routes.py: after «تعزيزات إلى جبل الزاوية», «دخل رتل … عبر
بوابة X» is the way in, not where in the area the act was); the country is no area here (a place of Syria in a
later sentence is as often another act's), nor a town (two towns are not one inside the other). The first such
place in text order (the first of a list: the events probe README's convention; stop 31's guard that kept the area
for a list of three or more was lifted in stop 37, `bench_figure_fixes.py --fix list`). Cost: the places of the record's sentences, once per record.
"""
from __future__ import annotations

from . import arguments, routes
from .context import Ctx

_COUNTRY = 5  # arguments.level of a country


def refine(ctx: Ctx, out: list[dict]) -> None:
    """Give each asserted one-place record the first place inside its area told in a later sentence of its own."""
    for r in out:
        p = r.get("place")
        if r.get("group") is not None or r.get("modality", "asserted") != "asserted" or not p or \
                p.get("start") is None or not 2 <= arguments.level(p) < _COUNTRY:
            continue
        finer = _inside_later(ctx, r, p)
        if finer is not None:
            r["place"] = arguments.clean_place(finer)


def _inside_later(ctx: Ctx, r: dict, p: dict) -> dict | None:
    """The first place of the record's sentences after its place's sentence that its place holds."""
    after = ctx.sent_of(p["start"])
    if _moved(ctx, p, ctx.sents[after].start):
        return None  # (a movement's place is where it went: a later place in that area may be its way in)
    for si in sorted({si for si in (ctx.sent_of(m["start"]) for m in r.get("mentions") or ()) if si > after}):
        s = ctx.sents[si]
        inside = [q for q in ctx.places.between(s.start, s.end) if q.get("id") != p.get("id") and
                  arguments.holds(p, q) and not _not_its_place(r["type"], routes.role(ctx, q, s.start))]
        if inside:
            # (a list, «على قريتي X وY», «وتركز القصف على بلدات X وY وZ»: its first, as extractor._records reads an
            # anaphor's list)
            return inside[0]
    return None


def _not_its_place(typ: str, role) -> bool:
    """A movement's end or way that is never (or only failing another) the place of this type (cues.json motion.types)."""
    return role is not None and (routes.dropped(typ, role) or routes.second_choice(typ, role))


def _moved(ctx: Ctx, p: dict, floor: int) -> bool:
    """p is where a movement of people went, came from or went by (a launch, «ألقت براميل على X», is where it fell)."""
    role = routes.role(ctx, p, floor)
    return role is not None and role[1] != "fire"
