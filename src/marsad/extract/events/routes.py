"""Where a MOVEMENT went: a place governed by «من», «عبر» or «إلى» after a word of motion is the
origin, the route or the destination of that movement, not by itself the place of an act.

«دفعت قسد بتعزيزات من مدينة X» (the reinforcements came FROM X), «دخل رتل من معبر X واتجه نحو
Y» (X is the way in, Y where it went), «سلكوا طريقاً قرب بلدة X» (the road the defectors took),
«اعتقلت 20 شاباً واقتادتهم إلى سجن X» (where the detainees were taken). Which of these is the
act's place depends on the act's type (cues.json `motion.types`): the destination for a
reinforcement or a deployment, the place left for a defection (never its route), none of a
transfer's ends for an arrest, a clash or a strike.

A role is read once per place (arguments.usable_places memoises the sentence's places): the
preposition is the nearest word before the place (place nouns and fillers such as «الأراضي»,
«النقاط» aside), and a motion word must stand a few words before the preposition in the same
sentence (cues.json `motion.words`, by kind: travel, transfer, escape, advance, join, fire, withdraw;
a path noun «طريق/طرقاً» makes a following «قرب/من/عند» a route). A launch is a movement of fire:
«قذائف أطلقوها من مواقعهم في حي X» names where the fire came FROM, never where it fell."""
from __future__ import annotations

from functools import lru_cache

from ...arabic.normalize import fold_str
from .vocab import load_cues

FROM, VIA, TO = "from", "via", "to"
_PUNCT = frozenset({",", "،", "؛", ";", "-", "(", ")", "«", "»", '"'})


@lru_cache(maxsize=1)
def _cues() -> dict:
    c = load_cues().get("motion", {})

    def fold(ws):
        return frozenset(fold_str(w) for w in ws)

    kinds = {k: fold(ws) for k, ws in c.get("words", {}).items()}
    every = frozenset(p + w for ws in kinds.values() for w in ws for p in ("", "و", "ف"))
    return {"every": every, "kinds": kinds, "preps": {r: fold(ws) for r, ws in c.get("preps", {}).items()},
            "fillers": fold(c.get("fillers", [])), "paths": fold(c.get("paths", [])),
            "near": fold(c.get("near", [])), "inside": fold(c.get("inside", [])), "types": c.get("types", {}),
            "stops": fold(c.get("stops", [])), "sides": fold(c.get("sides", [])),
            "partitive": fold(c.get("partitive", [])),
            "agentive": fold(c.get("agentive", [])),
            "reach": int(c.get("reach", 6))}


def _motion_kind(w: str, kinds: dict) -> str | None:
    for cand in (w, w[1:] if w[:1] in "وف" and len(w) > 3 else None):
        if cand is None:
            continue
        for kind, ws in kinds.items():
            if cand in ws:
                return kind
    return None


def flight(word: str) -> bool:
    """A word of escape («فرارهم», «هربوا»): for a defection, the same act told as a flight."""
    return _motion_kind(word, {"escape": _cues()["kinds"].get("escape", frozenset())}) is not None


def near_from(ws: list[str]) -> bool:
    """ws (the folded words before a place) end in «بالقرب من», «على مقربة من»: a place near which
    something happened, not one something came from."""
    return len(ws) > 1 and ws[-1] in _cues()["preps"].get(FROM, ()) and ws[-2] in _cues()["near"]


def role(ctx, p: dict, floor: int) -> tuple[str, str] | None:
    """(role, kind) of place p in a movement — role one of from/via/to, kind the motion word's kind
    (travel, transfer, escape, join) — or None when no movement governs it."""
    c = _cues()
    words = ctx.sent_words(ctx.sent_of(p["start"]))
    moving = bool(c["kinds"]) and not c["every"].isdisjoint(words)
    if not moving and c["sides"].isdisjoint(words):
        return None  # (most sentences tell no movement)
    ws = ctx.words_before(p["start"], c["reach"] + 10, floor=floor)
    i = _skip(ws, len(ws) - 1, ctx, c)
    if i < 0:
        return None
    if ws[i] in c["sides"] and i > 0 and ws[i - 1] in c["preps"].get(FROM, ()) or \
            ws[i] in c["preps"].get(FROM, ()) and i + 1 < len(ws) and ws[i + 1] in c["sides"]:
        return FROM, "side"  # «تسلل من اتجاه بلدة X نحو Y», «هجوم من جهة قرية X»: the side it came from
    if not moving:
        return None
    if ws[i] in c["inside"]:
        # «واقتادتهم إلى فرع الأمن في مطار X», «نحو النقاط المنتشرة في جبل X»: a place inside
        # the one a movement's preposition names shares its role
        # («أطلقوا النار من أسلحتهم على المتظاهرين في حي X»: another preposition between governs X first)
        j = next((j for j in range(i - 1, max(-1, i - 5), -1)
                  if ws[j] in c["stops"] or any(ws[j] in c["preps"][r] for r in c["preps"])), -1)
        if j < 0 or ws[j] in c["stops"]:
            return None
        if ws[j] in c["preps"].get(FROM, ()) and (j > 0 and ws[j - 1].lstrip("و") in c["partitive"] or
                                                    j + 1 < i and ws[j + 1] in c["agentive"]):
            # «النار على عنصر من قوات النظام في بلدة X»: one OF the forces; «بإطلاق نار من قبل مجهولين في
            # بلدة X»: BY them: no origin
            return None
        i = j
    prep = ws[i]
    # (the reach counts words: «دخل رتل عسكري تركي جديد، اليوم الأحد، من معبر X» — commas are no words)
    window = [w for w in ws[:i] if w not in _PUNCT][-c["reach"]:]
    if prep in c["near"] or prep in c["preps"].get(FROM, ()):
        # «سلكوا طرقاً زراعية قرب بلدة X», «على طريق … بالقرب من X»: a path the movement took
        if any(w.lstrip("و") in c["paths"] for w in window[-3:]) and any(_motion_kind(w, c["kinds"]) for w in window):
            return VIA, "escape"
    if near_from(ws[:i + 1]):
        return None  # «بالقرب من بلدة X», «على مقربة من X»: near, not from
    if prep in c["near"]:
        j = _skip(ws, i - 1, ctx, c)
        if j >= 0 and ws[j] in c["preps"].get(TO, ()):
            # «توجه معظمهم إلى مخيمات قرب بلدة X»: what a destination lies near shares its role
            i, prep = j, ws[j]
            window = [w for w in ws[:i] if w not in _PUNCT][-c["reach"]:]
    for r in (FROM, VIA, TO):
        if prep in c["preps"].get(r, ()):
            kind = next((k for k in (_motion_kind(w, c["kinds"]) for w in window[::-1]) if k), None)
            if kind is None and r == VIA:
                kind = "travel"  # «عبر معبر X» is a way through whatever moved
            return (r, kind) if kind else None
    return None


def _skip(ws: list[str], i: int, ctx, c: dict) -> int:
    while i >= 0 and (ws[i] in ctx.v.place_nouns or ws[i] in c["fillers"]):
        i -= 1
    return i


def keep(m_type: str, pool: list[dict], left_ok: bool = False) -> list[dict]:
    """pool without the places whose movement role is never m_type's place (cues.json motion.types
    `drop`), nor those that are its place only when nothing else is left (`drop_if_other`); the
    role the type prefers (`prefer`: a reinforcement's destination) alone when the text names it. With `left_ok`
    (no_destination), the place a reinforcement left from is a second choice, not dropped (rulings.json)."""
    rule = _rules().get(m_type) if not left_ok else _rule(m_type)
    if rule is None or not any(p.get("_motion") for p in pool):
        return pool  # (most places are no movement's end)
    drop, if_other, prefer = rule
    out = [p for p in pool if not _hit(drop, p.get("_motion"))]
    rest = [p for p in out if not _hit(if_other, p.get("_motion"))]
    if rest and all((p.get("kind") or p.get("level")) in _WIDE for p in rest) and \
            any((p.get("_motion") or ("", ""))[1] == "side" for p in out):
        rest = []  # («التسلل من جهة ريف X شمالي سوريا»: the side it came from, not a wide area named as a bearing)
    out = rest or out
    if prefer:
        pref = [p for p in out if (p.get("_motion") or ("",))[0] == prefer]
        out = pref or out
    return out


def dropped(m_type: str, motion: tuple[str, str] | None) -> bool:
    """A place with this movement role is not m_type's place (`drop`, or a route of `drop_if_other`):
    the place chooser, a fallback when the rules give none, never takes it (a place joined, «وانضمامهم
    إلى الفصائل في مدينة X», may still be the only place the act has)."""
    rule = _rules().get(m_type)
    return rule is not None and (_hit(rule[0], motion) or motion is not None and motion[0] == VIA and _hit(rule[1], motion))


def second_choice(m_type: str, motion: tuple[str, str] | None) -> bool:
    """A place with this movement role is m_type's place only when the text names no other (`drop_if_other`:
    a displacement's destination, a strike's moving target's end): the place chooser never trades the rules'
    place for it."""
    rule = _rules().get(m_type)
    return rule is not None and _hit(rule[1], motion)


_WIDE = frozenset({"country", "region", "governorate"})


def _hit(table: frozenset, motion: tuple[str, str] | None) -> bool:
    return motion is not None and ((motion[0], "*") in table or motion in table)


def no_destination(ctx, m) -> bool:
    """rulings.json `reinforcement`: a reinforcement whose sentence names no destination after it (no word of
    cues.json motion.preps `to`: «دفعت قسد بتعزيزات من مدينة X») may be placed where it left from; one sent somewhere
    («… انطلقت من مدينة X نحو محيط البلدة») is placed there, even at a place the text names by a noun only."""
    from . import rulings  # (here: the place chooser's replay copies this module into trees that have no rulings.py)
    if m.type != "reinforcement" or not rulings.conf()["reinforcement"]:
        return False
    s = ctx.sents[m.si]
    to = _cues()["preps"].get(TO, frozenset())
    return not to & set(ctx.words_after(m.prefix_start, ctx.words_between(m.prefix_start, s.end) + 1, limit=s.end))


def _rule(m_type: str) -> tuple | None:
    """m_type's (drop, drop_if_other, prefer), the place a reinforcement left from a second choice (keep's
    `left_ok`: «دفعت قسد بتعزيزات من مدينة X» is placed at X)."""
    rule = _rules().get(m_type)
    if rule is not None and m_type == "reinforcement":
        left = frozenset(x for x in rule[0] if x[0] == FROM)
        rule = (rule[0] - left, rule[1] | left, rule[2])
    return rule


@lru_cache(maxsize=1)
def _rules() -> dict:
    out = {}
    for typ, rule in _cues()["types"].items():
        if typ.startswith("about"):
            continue
        out[typ] = (frozenset(tuple(x.split(":")) for x in rule.get("drop", [])),
                    frozenset(tuple(x.split(":")) for x in rule.get("drop_if_other", [])), rule.get("prefer"))
    return out
