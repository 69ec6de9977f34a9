"""Words the places layer reads as a place that name no place: the events stage leaves them out of the places it
chooses from (stop 43, helper place).

Why: on the 32 dev sets the rules and the chooser placed acts at a word that is no place name about a dozen
times, always with the right place told next to it: an adjective or a generic plural read as a town («لتنشأ جبهة جديدة»
kc08, «اقتحمت مزرعة ملاصقة للقرية» kw10, «في بلدات ومدن بريفي X» li30, «وعلى مزرعتين حول بلدة X» kx09) and a span the
NER took for a place that no gazetteer entry resolves, told as a part of the place after it («في منطقة جبلية من ريف
طرطوس» jd20, «على كورنيش جبلة البحري» kz04, «في الريف المحيط ببلدة X» lm10). The gold places these acts at that
place (the anaphor's town, the container); with the word left out, the rules and the chooser reach it.

Why in the events context (Ctx.places) and not in the places layer: the layer's spans stay for other stages; only
the events stage's choice of a place is changed, consistently for its rules, its anaphora and its learned chooser.
Both parts are switches of data/events/not_a_place.json (`describers`, `unresolved_part`; `enabled` for all).

`named_for` (stop 46, helper finds46; review45's «دهمت … منازل في حي طريق حلب» in a Hama dispatch placed at Aleppo):
a town the layer resolves right after the head of a spot named for it («حي طريق X», «دوار X», «باب X», «كراج X»)
names the quarter, roundabout, gate or bus station of another town, not that town: the act is not at X.

Cost: one fold of each place's surface, and for an unresolved span the words up to the place after it.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from .vocab import ffold

DATA = Path(__file__).resolve().parents[2] / "data" / "events" / "not_a_place.json"
FLAGS: dict = {}  # the file's switches overridden (tests)


def _start(p: dict) -> int:
    return p["start"]


@lru_cache(maxsize=1)
def _load() -> dict:
    return json.loads(DATA.read_text(encoding="utf-8")) if DATA.exists() else {}


def conf() -> dict:
    """The switches and folded word classes of data/events/not_a_place.json (FLAGS over them)."""
    raw = {**_load(), **FLAGS}
    nf = raw.get("named_for") or {}
    return {"enabled": bool(raw.get("enabled", False)), "describers": bool(raw.get("describers", False)),
            "unresolved_part": bool(raw.get("unresolved_part", False)), "named_for": bool(nf.get("enabled", False)),
            **_words(tuple(raw.get("words", [])), tuple(raw.get("leading", [])), tuple(raw.get("links", []))),
            **_heads(tuple(nf.get("heads", [])), tuple(nf.get("quarter_nouns", [])), tuple(nf.get("after_quarter", [])),
                     tuple(nf.get("proclitics", []))), "nf_kinds": frozenset(nf.get("town_kinds", []))}


@lru_cache(maxsize=4)
def _words(words: tuple, leading: tuple, links: tuple) -> dict:
    return {"words": frozenset(ffold(w) for w in words), "leading": frozenset(ffold(w) for w in leading),
            "links": frozenset(ffold(w) for w in links)}


@lru_cache(maxsize=4)
def _heads(heads: tuple, quarters: tuple, after_quarter: tuple, proclitics: tuple) -> dict:
    f = lambda ws: frozenset(ffold(w) for w in ws)  # noqa: E731
    return {"nf_heads": f(heads), "nf_quarters": f(quarters), "nf_after_quarter": f(after_quarter),
            "nf_proclitics": tuple(sorted(f(proclitics), key=len, reverse=True))}


def keep(text: str, places: list[dict], place_nouns: frozenset) -> list[dict]:
    """The places without the words that name no place (in text order when any is asked about)."""
    c = conf()
    if not c["enabled"] or not places:
        return places
    places = sorted(places, key=_start)
    out = []
    for i, p in enumerate(places):
        if c["describers"] and describer(p, c):
            continue
        if c["unresolved_part"] and i + 1 < len(places) and part_of(text, p, places[i + 1], place_nouns, c):
            continue
        if c["named_for"] and named_for(text, p, c):
            continue
        out.append(p)
    return out


def describer(p: dict, c: dict) -> bool:
    """«جبهة جديدة», «مزرعة ملاصقة», «بلدات ومدن»: the surface, a leading «على/في/و» aside, is one word of `words`
    (without the article: «بلدة الجديدة» is a town)."""
    ws = ffold(p.get("surface") or "").split()
    while len(ws) > 1 and ws[0] in c["leading"]:
        ws = ws[1:]
    return len(ws) == 1 and ws[0] in c["words"]


def part_of(text: str, p: dict, q: dict, place_nouns: frozenset, c: dict) -> bool:
    """p is a span no gazetteer entry resolves (no kind) and q, the next place, one it does, with only `links`,
    place nouns or a place noun joined to «ب/ل» between («منطقة جبلية من ريف X», «كورنيش X», «الريف المحيط
    ببلدة X»): p is a part of q."""
    if p.get("kind") or not q.get("kind") or q["start"] < p["end"] or q["start"] - p["end"] > 24:
        return False
    gap = [ffold(w) for w in text[p["end"]:q["start"]].split()]
    return all(w in c["links"] or w in place_nouns or w[:1] in "بل" and w[1:] in place_nouns for w in gap)


def _in(w: str, words: frozenset, c: dict) -> bool:
    """w is one of words as written or without a proclitic (review46 F3: «باب» is no «ب» + «اب»; the word whole is
    read first, so a head that opens with a proclitic's letter is kept)."""
    return w in words or any(w.startswith(pre) and len(w) > len(pre) + 1 and w[len(pre):] in words
                             for pre in c["nf_proclitics"])


def named_for(text: str, p: dict, c: dict) -> bool:
    """p is a town the gazetteer resolves (`town_kinds`: a quarter's own roundabout, «دوار صلاح الدين», is in that
    quarter) and the word right before it heads a spot named for it: «دوار X», «باب X», «كراج X» (`heads`), or a road
    word after a quarter noun, «حي طريق X», «حي أوتوستراد X» (`after_quarter` after `quarter_nouns`); proclitics
    («و», «ب», «ل» joined) aside."""
    if p.get("kind") not in c["nf_kinds"]:
        return False
    ws = [ffold(w) for w in text[max(0, p["start"] - 40):p["start"]].split()]
    if not ws:
        return False
    if _in(ws[-1], c["nf_heads"], c):
        return True
    return _in(ws[-1], c["nf_after_quarter"], c) and len(ws) > 1 and _in(ws[-2], c["nf_quarters"], c)


def named(places: list[dict]) -> list[dict]:
    """The events' own unlisted places (unlisted.py, read from the text after a place noun) without the describers
    («مزرعة ملاصقة للقرية»: an adjective after the noun, not a name)."""
    c = conf()
    if not places or not (c["enabled"] and c["describers"]):
        return places
    return [p for p in places if not describer(p, c)]
