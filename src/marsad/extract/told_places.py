"""Gazetteer names the text itself says are places (stop 41, helper layer; data/gazetteer/told_places.json).

Why: the places layer accepts a listed name with no preposition, cue or NER tag only when the document confirms it,
and a name that is also a common word or a hamlet's needs a word before it. News often tells what a name is AFTER it:
«داهموا الشعفة، البلدة الواقعة في ريف دير الزور», «اقتيدوا من الحفاير، وهي منطقة تتبع بلدة …» — the noun after the
comma says the name is a town (or a quarter, a camp) and a word of where follows it. And a noun of a part of a place
before a name brings it in as «في» does («بوسط X», «بمحيط X»), which the locative list read only bare and not after «ب».
And a quoted name the gazetteer lists whole as a site («في «المرصد 45»») is that site, though its first word opens an
organisation's name elsewhere («المرصد السوري»). Each switched in the JSON (`apposition`, `part_locatives`,
`quoted_sites`), read once.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

from ..arabic.normalize import fold_str

_AFTER = re.compile(r"[ \t]*[،,][ \t]*((?:[^\s،,.:؛()«»\"]+[ \t]+){1,3}[^\s،,.:؛()«»\"]+)")


@lru_cache(maxsize=1)
def settings() -> dict:
    """The switches and word lists, folded (read once per process; tests clear the cache to flip a switch)."""
    raw = json.loads(resources.files("marsad").joinpath("data", "gazetteer", "told_places.json").read_text("utf-8"))
    f = lambda key: frozenset(fold_str(w) for w in raw.get(key, []))  # noqa: E731
    return {"apposition": bool(raw.get("apposition")), "part_locatives": bool(raw.get("part_locatives")),
            "quoted_sites": bool(raw.get("quoted_sites")), "site_levels": frozenset(raw.get("site_levels", [])),
            "openers": f("openers"), "where": f("where_words"), "parts": f("parts"),
            "nouns": {fold_str(k): frozenset(v) for k, v in raw.get("nouns", {}).items()},
            "one_of": f("one_of"), "of_many": {fold_str(k): frozenset(v) for k, v in raw.get("of_many", {}).items()}}


def part_locative(word_f: str) -> bool:
    """«وسط», «بوسط», «وبمحيط»: a part-of-place noun (bare, or after «ب»/«وب») right before a name."""
    s = settings()
    if not s["part_locatives"]:
        return False
    return any(w in s["parts"] for w in (word_f, word_f[1:] if word_f[:1] in "وب" else "",
                                         word_f[2:] if word_f[:2] == "وب" else ""))


def listed_site(levels: frozenset[str]) -> bool:
    """A quoted name whose whole the gazetteer lists at these ``levels`` names a site (a base, a camp, a crossing)
    rather than the organisation its first word may open («المرصد 45», «الفرقة 17»)."""
    s = settings()
    return s["quoted_sites"] and bool(levels & s["site_levels"])


def told_by_apposition(text: str, end: int, levels: frozenset[str]) -> int:
    """The name ending at ``end`` is followed by «، [وهي] (ال)NOUN WHERE…», NOUN a place noun that fits one of the
    name's candidate ``levels`` and WHERE a word of where it lies («الواقعة», «التابعة», «قرب», a bearing), or by
    «، [وهي] إحدى قرى …» (one of a plural place noun's places of a fitting level). The end of the apposition's
    first words (the places after it say where the name lies: the caller checks its governorate), else 0."""
    s = settings()
    if not s["apposition"]:
        return 0
    m = _AFTER.match(text, end)
    if m is None:
        return 0
    words = [fold_str(w) for w in m.group(1).split()]
    if words[0] in s["openers"]:
        words = words[1:]
    if len(words) < 2:
        return 0
    if words[0] in s["one_of"]:  # «X، إحدى قرى ريف Y»: one of a plural noun's places
        return m.end() if s["of_many"].get(words[1], frozenset()) & levels else 0
    noun = words[0][2:] if words[0].startswith("ال") else words[0]
    kinds = s["nouns"].get(noun)
    return m.end() if kinds is not None and kinds & levels and words[1] in s["where"] else 0
