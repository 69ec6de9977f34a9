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

Stop 40 (helper place; data/events/finer_place.json): a town or city is such an area for its own QUARTERS
(`city_quarters`: the layer's neighbourhoods of its governorate within `radius_km` of it; the gazetteer says of no
quarter which city holds it), and (`told_again`) a sentence within `ahead` after the record's own that tells an act
of its type again is such a later telling even when the rules joined it to nothing («ألقت المروحيات براميل على
مدينة X» and next «وقال المرصد إن البراميل سقطت على حي Y»: the gold codes the quarter; jc11, kg07, ky01, kz12, lf07
of five dev sets; a square the layer lists as a quarter is left to its city: `squares`). For an area the told-again
sentence is off (`told_again_areas`): on the dev sets it named another act's place as often as the act's (13 of
27 changed records right). A sentence that tells its act «أيضاً/كذلك» tells another act (joins.json also_words,
as the rules read it since stop 33). Gate: bench_figure_fixes.py --fix cityq (BENCHMARKS.md, stop 40).
"""
from __future__ import annotations

import json
import math
from functools import lru_cache
from pathlib import Path

from ...arabic.normalize import fold_str
from . import arguments, routes
from .context import Ctx

_COUNTRY = 5  # arguments.level of a country
_CITY = 1  # arguments.level of a town or city (and of its quarters: the layer's kind tells them apart)
_QUARTER = "neighbourhood"
DATA = Path(__file__).resolve().parents[2] / "data" / "events" / "finer_place.json"


@lru_cache(maxsize=1)
def conf() -> dict:
    """The switches of data/events/finer_place.json (stop 40): `city_quarters`, `told_again`, `ahead`; `stop36`
    (true here) says the stop-36 path runs too (a benchmark replaying these two on an older tree sets it false)."""
    raw = json.loads(DATA.read_text(encoding="utf-8")) if DATA.exists() else {}
    return {"city_quarters": bool(raw.get("city_quarters", False)), "told_again": bool(raw.get("told_again", False)),
            "told_again_areas": bool(raw.get("told_again_areas", False)), "ahead": int(raw.get("ahead", 2)),
            "radius_km": float(raw.get("radius_km", 8.0)),
            "squares": frozenset(fold_str(w) for w in raw.get("squares", [])),
            "stop36": bool(raw.get("stop36", True))}


def refine(ctx: Ctx, out: list[dict]) -> None:
    """Give each asserted one-place record the first place inside its area told in a later sentence of its own."""
    c = conf()
    for r in out:
        p = r.get("place")
        if r.get("group") is not None or r.get("modality", "asserted") != "asserted" or not p or \
                p.get("start") is None or not (2 <= arguments.level(p) < _COUNTRY or _a_city(p, c)):
            continue
        finer = _inside_later(ctx, r, p, c)
        if finer is not None:
            r["place"] = arguments.clean_place(finer)


def _a_city(p: dict, c: dict) -> bool:
    """Stop 40 (`city_quarters`): a city is an area too, for its own quarters and sites («براميل على مدينة X» and then
    «سقطت على حي Y»)."""
    return c["city_quarters"] and arguments.level(p) == _CITY and p.get("kind") != _QUARTER and \
        p.get("lat") is not None


def _holds(p: dict, q: dict, c: dict) -> bool:
    """p holds q: arguments.holds, and for a town or city, a quarter (the layer's kind) of its governorate within
    `radius_km` of it: the gazetteer names no city a quarter lies in (Syrian Archive's quarters carry a district at most,
    and a district holds towns besides its seat), and a town and a village are of one level, neither holding the other.
    (A facility is left out: a prison, a hospital or an airport told next in a city was the act's place for 2 records of
    the dev sets and not for 2 others; so is a square, `_square`.)"""
    if arguments.level(p) == _CITY:
        return q.get("kind") == _QUARTER and q.get("admin1_en") == p.get("admin1_en") and \
            q.get("lat") is not None and _km(p, q) <= c["radius_km"] and not _square(q, c["squares"])
    return arguments.holds(p, q)


def _square(q: dict, squares: frozenset) -> bool:
    """q is a square or a roundabout the layer lists among quarters (its name opens with a word of the JSON's
    `squares`): a spot of its city, which the gold gives acts there (ساحة الكرامة: ic17, la13, ks15, le32)."""
    words = fold_str(q.get("name_ar") or q.get("surface") or "").split()
    return bool(words) and words[0] in squares


def _km(p: dict, q: dict) -> float:
    """The great-circle distance between two places' points."""
    la1, lo1, la2, lo2 = map(math.radians, (p["lat"], p["lon"], q["lat"], q["lon"]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, h)))


def _sentences(ctx: Ctx, r: dict, after: int, c: dict, city: bool) -> list[int]:
    """The sentences after `after` that tell the record: those of its mentions (stop 36), and (stop 40, `told_again`)
    the `ahead` sentences after the record's own that tell an act of its type again, merged or not («… على مدينة X» and
    next «وأوضح المرصد أن البراميل سقطت على حي Y»: the rules join no telling whose trigger they read as another act).
    `stop36` false (an older tree replayed without the stop-36 module): what these switches add only (a city's
    sentences, an area's told-again sentences that hold none of its mentions)."""
    own = {si for si in (ctx.sent_of(m["start"]) for m in r.get("mentions") or ()) if si > after}
    new: set[int] = set()
    if c["told_again"] and (city or c["told_again_areas"]):
        from .place_chooser import _opens_other, _told_again
        si = ctx.sent_of(r["start"])
        for k in range(max(si, after) + 1, min(len(ctx.sents), si + c["ahead"] + 1)):
            if _opens_other(ctx, k, ctx.sents[k].end):
                break  # («وفي سياق آخر، …»: another story from here on)
            if _told_again(ctx, r, k) and not _also(ctx, k):
                new.add(k)
    return sorted(own | new if c["stop36"] or city else new - own)


def _also(ctx: Ctx, k: int) -> bool:
    """Sentence k tells its act «أيضاً/كذلك» (joins.json also_words): the same kind of act again, another act
    («قصفت قوات النظام مدينة X. وسقطت قذائف كذلك على حي Y»: two, as the rules keep them, stop 33)."""
    from .tellings import joins_words
    s = ctx.sents[k]
    return bool({w[1:] if w[:1] in "وف" else w for w in fold_str(ctx.text[s.start:s.end]).split()} &
                joins_words("also_words"))


def _inside_later(ctx: Ctx, r: dict, p: dict, c: dict | None = None) -> dict | None:
    """The first place of the record's sentences after its place's sentence that its place holds."""
    c = c or conf()
    after = ctx.sent_of(p["start"])
    if _moved(ctx, p, ctx.sents[after].start):
        return None  # (a movement's place is where it went: a later place in that area may be its way in)
    for si in _sentences(ctx, r, after, c, arguments.level(p) == _CITY):
        s = ctx.sents[si]
        inside = [q for q in ctx.places.between(s.start, s.end) if q.get("id") != p.get("id") and
                  _holds(p, q, c) and not _not_its_place(r["type"], routes.role(ctx, q, s.start))]
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
