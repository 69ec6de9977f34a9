"""A town told only as the reference of a locating phrase is not where the act was: «غارة على مستشفى ميداني بالقرب
من مدينة X», «على سيارة في قرية تقع شرق X», «هجوم استهدف حاجزاً قرب مدينة X». The rules place the act at X, the only
name in its sentence; the article names the spot in the sentence after («المستشفى الواقع في بلدة Y», «مصدر من قرية
Y حيث وقع الاستهداف», «الحاجز يقع عند المدخل المؤدي إلى بلدة Y»), and the gold codes Y (stop 43's place paragraph:
if13, kq06, kt12, lm16; stop 42 found the first town of X's governorate within 40 km in the two sentences after right
3 times of 5 without asking how that sentence stands to the act).

What this step does (after same_quarter): a one-place asserted record whose place X is a town (a locality or a city,
no quarter) told right after a word of `near` («قرب», «بالقرب من», «محيط», «أطراف») or of `directions` («شرق»,
«جنوبي», «إلى الشمال من») — place nouns («مدينة», «بلدة») and «من» may stand between — takes the first place Y of the
`ahead` (1) sentences after its own that is a town or village of X's governorate within `radius_km` of X (or a
village the gazetteer does not know, `unlisted`), when that sentence tells the located spot again before Y (`retold`:
a word of the `head` words before the locating word, «مستشفى», «حاجزاً», «قرية», stands before Y, its article, a
joined particle and a tanween's alif aside; `stop` words never count) — unless a word of place_chooser's `other_act`
(«أيضاً», «أخرى»…) stands before Y there (another act of the kind), another record is placed at Y (`placed`), or a
figure below the record's is told before Y (a share). Without `retold` the rule is stop 42's (right 3 times of 5): it
moved probe82 kg22 to another act's town and probe86 kk19 to a road the forces spread along; with it, it moves kq06,
kt12, lm16 (sets 90, 93, 112), all right, and no record of the invented sets. Switch: data/events/ref_town.json
`enabled` (false: records identical to before)."""
from __future__ import annotations

import json
import math
from functools import lru_cache
from pathlib import Path

from ...arabic.normalize import fold_str
from . import arguments
from .context import Ctx

DATA = Path(__file__).resolve().parents[2] / "data" / "events" / "ref_town.json"
FLAGS: dict = {}  # the JSON's values overridden (tests, screens)
_TOWN_KINDS = frozenset({"locality"})


@lru_cache(maxsize=1)
def _raw() -> dict:
    return json.loads(DATA.read_text(encoding="utf-8")) if DATA.exists() else {}


def conf() -> dict:
    """data/events/ref_town.json (see its `about`), FLAGS over it."""
    raw = {**_raw(), **FLAGS}
    return {"enabled": bool(raw.get("enabled", False)), "screen": bool(raw.get("screen", False)),
            "ahead": int(raw.get("ahead", 1)), "radius_km": float(raw.get("radius_km", 40.0)),
            "reach": int(raw.get("reach", 3)), "head": int(raw.get("head", 4)),
            "near": _folded(tuple(raw.get("near", []))), "directions": _folded(tuple(raw.get("directions", []))),
            "skip": _folded(tuple(raw.get("skip", []))), "other_act": _folded(tuple(raw.get("other_act", []))),
            "stop": frozenset(_stem(w) for w in _folded(tuple(raw.get("stop", [])))),
            "not_types": frozenset(raw.get("not_types", [])), "ref_kinds": frozenset(raw.get("ref_kinds", ["locality"])),
            "retold": bool(raw.get("retold", True)), "placed": bool(raw.get("placed", True)),
            "unlisted": bool(raw.get("unlisted", True)), "distance": _distance(raw.get("distance") or {})}


def _distance(raw: dict) -> dict | None:
    """ref_town.json `distance` (review44's F5): its words folded, or None when off."""
    if not raw.get("enabled"):
        return None
    return {"reach": int(raw.get("reach", 4)), "verbs": _folded(tuple(raw.get("verbs", []))),
            "units": _folded(tuple(raw.get("units", [])))}


def _far_from(ctx: Ctx, q: dict, s, d: dict) -> bool:
    """q told with a distance from it in its sentence («على بعد 5 كيلومترات من بلدة Y», «يبعد … عن بلدة Y نحو 5
    كيلومترات»): a reference, not the spot."""
    before = ctx.words_before(q["start"], d["reach"], floor=s.start)
    after = ctx.words_after(q["end"], d["reach"], limit=s.end)
    return bool(d["units"].intersection(before) or d["verbs"].intersection(before) or d["units"].intersection(after))


@lru_cache(maxsize=8)
def _folded(words: tuple) -> frozenset:
    return frozenset(fold_str(w) for w in words)


def reference(ctx: Ctx, p: dict, c: dict) -> list[str] | None:
    """p is told as the reference of a locating phrase: a word of `near` or `directions` among the `reach` words
    before it in its clause, only place nouns, «من» and the article's other `skip` words between. Returns the words
    of the clause before that locating word (up to `head` of them: the spot it locates, «مستشفى ميداني», «حاجزاً»,
    «قرية تقع»), or None."""
    nouns = ctx.v.place_nouns
    floor = ctx.clause(p["start"])[0]
    ws = ctx.words_before(p["start"], c["reach"] + 2 + 2 * c["head"], floor=floor)
    for i in range(len(ws) - 1, max(-1, len(ws) - c["reach"] - 3), -1):
        w = ws[i].strip("«»\"'()،,.:")
        bare = w[1:] if w[:1] in ("و", "ب", "ل") and len(w) > 3 else w
        if w in c["near"] or bare in c["near"] or w in c["directions"] or bare in c["directions"]:
            return [x for x in ws[:i] if any(ch.isalpha() for ch in x)][-c["head"]:]
        if w in nouns or bare in nouns or w in c["skip"] or bare in c["skip"]:
            continue
        return None
    return None


def _stem(w: str) -> str:
    """A word without its leading «و/ب/ل/ف», its article and a tanween's alif (a spot noun told again: «حاجزاً» →
    «الحاجز»)."""
    w = w.strip("«»\"'()،,.:")
    if w[:1] in "وبلف" and len(w) > 4:
        w = w[1:]
    if w.startswith("ال") and len(w) > 4:
        w = w[2:]
    w = w.rstrip("ًٌٍ")
    return w[:-1] if w.endswith("ا") and len(w) > 3 else w  # (a tanween's alif; a feminine «ة» stays: «عسكرية» is not «عسكري»)


def _km(p: dict, q: dict) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (p["lat"], p["lon"], q["lat"], q["lon"]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def _figure(rec: dict) -> int | None:
    for k in ("count", "fatalities", "injured"):
        q = rec.get(k)
        if isinstance(q, dict) and q.get("low"):
            return q["low"]
    return None


def spot_after(ctx: Ctx, r: dict, p: dict, out: list[dict], c: dict, head: list[str]) -> dict | None:
    """The first town or village of p's governorate within `radius_km` of it told in the `ahead` sentences after
    p's, or None (stopped by another act's word, a share of the figure, another record's place)."""
    si = ctx.sent_of(p["start"])
    fig = _figure(r)
    placed = {(o.get("place") or {}).get("start") for o in out if o is not r}
    for k in range(si + 1, min(len(ctx.sents), si + 1 + c["ahead"])):
        s = ctx.sents[k]
        if ctx.headline(k):
            continue
        quants = getattr(ctx, "quants", None)
        for q in ctx.places.between(s.start, s.end):
            if q.get("kind") not in _TOWN_KINDS or p.get("lat") is None:
                continue
            if q.get("lat") is None:  # a village the gazetteer does not know (the layer's unlisted name)
                if not c["unlisted"] or q.get("admin1_en") is not None or q.get("surface") == p.get("surface"):
                    continue
            elif q.get("admin1_en") != p.get("admin1_en") or q.get("name_en") == p.get("name_en") or \
                    _km(p, q) > c["radius_km"]:
                continue
            if reference(ctx, q, c) is not None:
                continue  # (a town told there as a reference too, «قرب قرية Y غربي مدينة X»: no spot)
            if c["distance"] is not None and _far_from(ctx, q, s, c["distance"]):
                continue  # (nor one told by a distance from it: review44's F5)
            pre = fold_str(ctx.text[s.start:q["start"]]).split()  # (the words before Y, folded once)
            before = set(pre)
            if before & c["other_act"] or any(w[:1] in "وف" and w[1:] in c["other_act"] for w in before):
                return None
            if q["start"] in placed and c["placed"]:
                return None
            lows = [x["low"] for x in quants.between(s.start, q["start"])
                    if isinstance(x.get("low"), (int, float))] if fig and quants is not None else []
            if fig and fig not in lows and any(x < fig for x in lows):
                return None
            if c["retold"]:
                stems = {_stem(w) for w in head} - c["stop"]
                told = {_stem(w) for w in pre}
                if not {x for x in stems if len(x) >= 3} & told:
                    return None  # (the spot the phrase locates is not told again before it: another act's place)
            return q
    return None


def refine(ctx: Ctx, out: list[dict]) -> None:
    """Give each asserted one-place record at a reference town the spot told after it."""
    c = conf()
    if not c["enabled"]:
        return
    for r in out:
        p = r.get("place")
        if r.get("group") is not None or r.get("modality", "asserted") != "asserted" or not p or \
                p.get("start") is None or p.get("kind") not in c["ref_kinds"] or r["type"] in c["not_types"]:
            continue
        head = reference(ctx, p, c)
        if head is None:
            continue
        q = spot_after(ctx, r, p, out, c, head)
        if c["screen"]:
            r["_ref"] = {"ref": p.get("surface"), "alt": arguments.clean_place(q) if q else None}
            continue
        if q is not None:
            r["place"] = arguments.clean_place(q)
