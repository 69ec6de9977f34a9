"""Where fire came from is not where it fell: a town told as the firing position's neighbour, or one a force is posted
in, is no place of the strike, also when the strike's own target is told only by a place noun or a pronoun (stop 43,
helper place).

Why: on the 32 dev sets the strike took the town of its firing position while the gold took the target the text
tells by a noun or a pronoun, or the place of the strike's first telling: «قصفت قوات النظام من «حاجز X» القريب من
بلدة Y حقولاً حول القرية» (ks04: the rules read «القرية» as Y, the town near the checkpoint fire came from; the gold
takes the village of the sentence before), «أطلقت القوات صواريخ على الأحياء السكنية انطلاقاً من مواقع لها في «المعسكر
الروسي» بمحاذاة قرية Y» (je20: «near Y» was read as where the rockets fell), «بين الثوار والقوات المتمركزة في Y، …
بينما انهالت القذائف على بيوت المدنيين في وسطها» (kx07: the pronoun was given Y, where the force is posted, not the
town the sentence is about). Three switches of data/events/fire_origin.json, read at each call (FLAGS for tests).

The firing position is read narrowly for the noun and the pronoun: a neighbour of a site fire came from, or the place
after «مصدره», not any town after «من» (arguments._fired_from's wider reading, which suits the strike's own place): a
town after «من» is as often the people's own («ناشطون من مدينة X … قصف أحياء المدينة»; with the wide reading the
invented sets 38, 41 and 47 lost three strikes' towns).

Cost: a few words read before a place of a strike; nothing for other acts.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from .vocab import ffold

DATA = Path(__file__).resolve().parents[2] / "data" / "events" / "fire_origin.json"
FLAGS: dict = {}  # the file's switches overridden (tests)
STRIKES = frozenset({"airstrike", "shelling"})


@lru_cache(maxsize=1)
def _load() -> dict:
    raw = json.loads(DATA.read_text(encoding="utf-8")) if DATA.exists() else {}
    return {**raw, **{k: frozenset(ffold(w) for w in raw.get(k, [])) for k in ("openers", "sites", "near", "targets")}}


def on(switch: str) -> bool:
    """The file's `enabled` and the named switch (FLAGS over both)."""
    c = {**_load(), **FLAGS}
    return bool(c.get("enabled", False)) and bool(c.get(switch, False))


def near_site(ws: list[str], place_nouns: frozenset, switch: str = "near_site") -> bool:
    """ws, the folded words before a place, end in a word of nearness that follows a firing position: «من» or an
    opener right before a site noun, then at most `reach` words («من حاجز X القريب من», «انطلاقاً من مواقع لها في
    المعسكر الروسي بمحاذاة»), none of them a word of `targets` (a preposition or a verb that tells where the fire fell:
    «… من قاعدة X على مواقع قرب Y», «… من حاجز X واستهدفت مزارع قرب Y»). False unless `switch` is on (the reading
    serves all three switches)."""
    if not on(switch):
        return False
    c = _load()
    ws = [w for w in ws if w and w not in place_nouns and any(ch.isalpha() for ch in w)]
    if ws and ws[-1] == ffold("من"):
        ws = ws[:-1]  # («القريب من»)
    if not ws or ws[-1] not in c["near"]:
        return False
    head = ws[:-1][-(int(c.get("reach", 5)) + 2):]
    at = [i for i, (w, nxt) in enumerate(zip(head, head[1:]))
          if w in (ffold("من"), ffold("ومن")) and nxt in c["sites"] or w in c["openers"]]
    # (no target told between: «انطلاقاً من قاعدة X على مواقع قرب بلدة Y» is fire that fell near Y; review43)
    return bool(at) and not c["targets"] & set(head[at[-1] + 1:])


def not_antecedent(m, p: dict, fired) -> bool:
    """p may not stand for the place noun of strike m: fire came from it (`fired(p)`: a firing position's neighbour, the
    place after «مصدره»; not any town after «من», which is as often the people's own: «ناشطون من مدينة X … قصف أحياء
    المدينة») (switch `anaphor`)."""
    return m.type in STRIKES and on("anaphor") and fired(p)


def not_pronoun_town(m, p: dict, fired) -> bool:
    """p may not stand for the place pronoun of strike m: a force is posted in it or it is a firing position's
    neighbour (`fired(p)`) (switch `pronoun`)."""
    return m.type in STRIKES and on("pronoun") and (bool(p.get("_station")) or fired(p))
