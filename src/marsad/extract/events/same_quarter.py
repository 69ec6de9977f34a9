"""A city told as the container, then one of its quarters told as a quarter in the same sentence: the act was in the
quarter («وفي مدينة X، شهد حي Y قصفاً …», «أفاد مراسل بمدينة X بأن دورية دهمت منازل في حي Y واعتقلت …», «… في X،
… على الحي السكني المعروف بـY»). The gold codes the quarter; the rules took the city because it is told first, and
finer_place.py (stop 40, `city_quarters`) looks for a city's quarter in LATER sentences only (stop 43, helper coarse:
probe87 km15, probe97 kx21, probe109 lj10).

Only a record at a town or city (the layer's locality: not a prison or a college of level 1), of a type placed where
it happened (`not_types`: a statement speaks of the quarter), and not past another record's trigger told after the
city nor at another record's place (the quarter is that act's: invented sets 9, 10, 15, 16 showed all three), nor
inside a source's span («بحسب ناشط من حي Y»: where the teller lives; review43). Only a quarter told AS a quarter: its name opens with «حي/أحياء/حيي», or «حي/الحي» stands among the `reach` words
before it (a village the layer lists among neighbourhoods, «X قرب Y», is another place of its level: a screen that took
any quarter-kind place after the city moved probe113's clash to a village and lost it). Which places are a city's
quarters is finer_place's reading (its `_holds`: a neighbourhood of its governorate within `radius_km`, no square).
Switch: data/events/same_quarter.json `enabled` (false: records identical to before)."""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from ...arabic.normalize import fold_str
from . import arguments, finer_place
from .context import Ctx

_TOWN = "locality"  # the layer's kind of a town or city
DATA = Path(__file__).resolve().parents[2] / "data" / "events" / "same_quarter.json"


@lru_cache(maxsize=1)
def conf() -> dict:
    """data/events/same_quarter.json: `enabled`, `words` (the nouns that tell a quarter as a quarter), `reach`,
    `not_types` (types placed where they are said or signed, not at the places they speak of)."""
    raw = json.loads(DATA.read_text(encoding="utf-8")) if DATA.exists() else {}
    return {"enabled": bool(raw.get("enabled", False)), "reach": int(raw.get("reach", 4)),
            "not_types": frozenset(raw.get("not_types", [])),
            "words": frozenset(fold_str(w) for w in raw.get("words", []))}


def refine(ctx: Ctx, out: list[dict]) -> None:
    """Give each asserted one-place record at a city the first quarter of it told as a quarter after it in its
    sentence."""
    c = conf()
    if not c["enabled"]:
        return
    fc = dict(finer_place.conf(), city_quarters=True)
    for r in out:
        p = r.get("place")
        if r.get("group") is not None or r.get("modality", "asserted") != "asserted" or not p or \
                p.get("start") is None or p.get("kind") != _TOWN or r["type"] in c["not_types"] or \
                not finer_place._a_city(p, fc):
            continue  # (a prison or a college is no city; a statement is where it is made, not what it speaks of)
        si = ctx.sent_of(p["start"])
        told_by = ctx.memo.get(("blocked", si), [])  # (the sentence's source spans, as its acts saw them)
        others = [o for o in out if o is not r]
        for q in ctx.places.between(p["end"], ctx.sents[si].end):
            if any(a <= q["start"] < b for a, b in told_by):
                continue  # («… على مدينة X، بحسب ناشط من حي Y»: the source's own quarter, not the act's; review43)
            if any(p["end"] <= o["start"] < q["start"] or (o.get("place") or {}).get("start") == q["start"]
                   for o in others):
                break  # («… مدينة X، فيما سيطر المقاتلون على حي Y», «ثم داهمت حي Y واعتقلت»: another act's quarter)
            if q.get("id") != p.get("id") and finer_place._holds(p, q, fc) and _told_as_quarter(ctx, p, q, c):
                r["place"] = arguments.clean_place(q)
                break


def _told_as_quarter(ctx: Ctx, p: dict, q: dict, c: dict) -> bool:
    """q's name opens with a quarter noun, or one stands among the `reach` words between p and q just before q
    («على الحي السكني المعروف بـY»)."""
    own = fold_str(q.get("surface") or "").split()[:1]
    before = fold_str(ctx.text[p["end"]:q["start"]]).split()[-c["reach"]:]
    return bool(set(own) & c["words"]) or bool(set(before) & c["words"])
