"""A civil building is a spot of its town: an act told at a hospital, a research centre, a school or a sports hall
with the town (or quarter) that holds it right after it («قصفت الطائرات المشفى الوطني في مدينة X», «قُتل عناصر في
الصالة الرياضية بحي Y») is placed at that town (stop 42, helper place).

Why: the gold codes acts at such buildings at their populated place, as ACLED does (a location is a populated place;
kd08, km05, kq19, kz15, lf08 of five dev sets: the rules took the building, the gold the town after it), and no gold
place of the 30 dev sets is a civil building. Military sites, airports, prisons, oil fields and dams are places the
gold does name (مطار التيفور، الفرقة 17، سجن غويران، حقل العمر): a building counts only when its name opens with a
word of data/events/civil_site.json `heads`.

Why here, after finer_place: the rules and the chooser picked the building among the candidates of the act's
sentence; this step only moves a record from the building to the town told with it (nothing else in the record
changes). Only a town, a quarter or a governorate's city told right after the building, no word but `links` between
(«في»، a joined «ب»، «مدينة/بلدة/حي»، «الواقع»), in the same sentence: a region or a district after it («في ريف X»)
is no populated place, and a town told elsewhere may be another act's. A building with a name of its own («مشفى
الأمل») stays: only one named by its kind (`generic` after the head) counts.

A square or a roundabout is a spot of its city the same way (ks15, le32: ساحة الكرامة, gold السويداء): the town told
right after it, else the nearest town of its governorate told before it. And the other way (`quarter_in_city`): a
city told right after the quarter the act is told in («بحي X في دمشق», «في حي X داخل مدينة Y») only says where the
quarter lies; the gold codes the quarter (ic14, kk23).

Cost: a lookup or two in the places layer per record placed at a facility, a square or a city (the places before a
square, once per such record).
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from ...arabic.normalize import fold_str
from . import arguments
from .context import Ctx

DATA = Path(__file__).resolve().parents[2] / "data" / "events" / "civil_site.json"
_TOWN_KINDS = frozenset({"locality", "neighbourhood", "city", "governorate"})
_CITY_KINDS = frozenset({"locality", "city", "governorate"})
# «في حي X», «بحي X», «في X», «بX» right before a quarter: the act is told IN it (not «قرب حي X»)
_IN = re.compile(r"(?:^|\s)(?:و?في\s+(?:ال)?(?:حي\s+)?|و?ب(?:ال)?(?:حي\s+)?)$")


@lru_cache(maxsize=1)
def conf() -> dict:
    """The switch and word classes of data/events/civil_site.json, folded (read once)."""
    raw = json.loads(DATA.read_text(encoding="utf-8")) if DATA.exists() else {}
    return {"enabled": bool(raw.get("enabled", False)),
            "heads": frozenset(fold_str(w) for w in raw.get("heads", [])),
            "links": frozenset(fold_str(w) for w in raw.get("links", [])),
            "squares": frozenset(fold_str(w) for w in raw.get("squares", [])),
            "generic": frozenset(_bare(fold_str(w)) for w in raw.get("generic", [])),
            "reach": int(raw.get("reach", 4)), "quarter_in_city": bool(raw.get("quarter_in_city", False))}


def refine(ctx: Ctx, out: list[dict]) -> None:
    """Move each record placed at a civil building or a square to its town, at a city to the quarter told in it."""
    c = conf()
    if not c["enabled"]:
        return
    for r in out:
        p = r.get("place")
        if not p or p.get("end") is None:
            continue
        if p.get("kind") == "facility" and _opens(p, c["heads"]) and _unnamed(p, c["generic"]):
            town = _town_after(ctx, p, c)
        elif p.get("kind") == "neighbourhood" and _opens(p, c["squares"]):
            town = _town_after(ctx, p, c) or _city_before(ctx, p)
        elif c["quarter_in_city"] and p.get("kind") in _CITY_KINDS:
            town = _quarter_before(ctx, p, c)
        else:
            continue
        if town is not None:
            r["place"] = arguments.clean_place(town)


def _opens(p: dict, heads: frozenset) -> bool:
    """The place's name opens with a word of `heads` («المشفى الوطني», «مركز البحوث العلمية», «ساحة الكرامة»)."""
    words = fold_str(p.get("name_ar") or p.get("surface") or "").split()
    return bool(words) and _bare(words[0]) in heads


def _unnamed(p: dict, generic: frozenset) -> bool:
    """The building is named by its kind only («المشفى الوطني», «مشفى النساء والأطفال», «مركز البحوث العلمية»): every
    word after the head is of `generic`. A hospital with a name of its own («مشفى الأمل») is a place itself (the events
    probe README's convention, set 36 ca16, set 40 cg17), and so is a span that names its quarter («… بحي X»)."""
    words = fold_str(p.get("surface") or p.get("name_ar") or "").split()[1:]
    return all(_bare(w[1:] if w.startswith("و") and _bare(w[1:]) in generic else w) in generic for w in words)


def _bare(w: str) -> str:
    return w[2:] if w.startswith("ال") and len(w) > 3 else w


def _town_after(ctx: Ctx, p: dict, c: dict) -> dict | None:
    """The first place after the building, in its sentence, within `reach` words of link only, one of them «في» or a
    joined «ب» («الواقع في»): a town, a quarter or a governorate named as its city."""
    s = ctx.sents[ctx.sent_of(p["start"])]
    q = ctx.places.first_after(p["end"], s.end)
    if q is None or q.get("kind") not in _TOWN_KINDS or q.get("start") is None:
        return None
    words = [w.strip("،,") for w in fold_str(ctx.text[p["end"]:q["start"]]).split()]
    links = c["links"]
    if not words or len(words) > c["reach"] or not any(w == "في" or w.startswith("ب") for w in words) or \
            not all(_link(w, links) for w in words):
        return None
    if q.get("kind") == "governorate" and len(words) > 1:
        return None  # («في محافظة X» is the province, not its city)
    return q


def _quarter_before(ctx: Ctx, p: dict, c: dict) -> dict | None:
    """`quarter_in_city`: the quarter of the city's governorate told right before the city, the act told in it («في حي X
    داخل مدينة Y», «بحي X في Y»): the gold codes the quarter (ic14, kk23; jd19 «تشمل حي X وأحياء مجاورة من مدينة Y»),
    not the city that only says where the quarter lies. A square is left to its city; «قرب حي X في Y» (near it) too."""
    s = ctx.sents[ctx.sent_of(p["start"])]
    r = ctx.places.last_before(p["start"], s.start)
    if r is None or r.get("kind") != "neighbourhood" or _opens(r, c["squares"]) or \
            r.get("admin1_en") not in (None, p.get("admin1_en")):  # (a quarter the text names «حي X» has no governorate)
        return None
    words = [w.strip("،,") for w in fold_str(ctx.text[r["end"]:p["start"]]).split()]
    if not words or len(words) > c["reach"] or not all(_link(w, c["links"]) for w in words):
        return None
    return r if _IN.search(fold_str(ctx.text[max(s.start, r["start"] - 12):r["start"]])) else None


def _city_before(ctx: Ctx, p: dict) -> dict | None:
    """The nearest town or governorate's city of the square's governorate told before it in the passage («تجمّع
    أبناء مدينة X … في ساحة الكرامة»): the layer sets a square by a point that may lie far from its city's, so its
    governorate says which city holds it. A town of another district of that governorate does not («خرجت مظاهرات في
    شهبا والقريا … وتجمع المحتجون في ساحة الكرامة»: the square is السويداء's, not القريا's; review42): the
    governorate named as its city, or a town of the square's own district."""
    for q in reversed(ctx.places.between(0, p["start"])):
        if q.get("kind") in ("locality", "city", "governorate") and q.get("admin1_en") and \
                q.get("admin1_en") == p.get("admin1_en") and \
                (q.get("kind") == "governorate" or p.get("admin2_en") in (None, q.get("admin2_en"))):
            return q
    return None


def _link(w: str, links: frozenset) -> bool:
    """w is a link word, bare or with a joined «ب» («بمدينة»; «ب» alone: the text before «بجوبر» reads so)."""
    return w in links or w in ("ب", "بال") or (w.startswith("ب") and w[1:] in links)
