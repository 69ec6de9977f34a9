"""A pronoun ties an act to the place told before it across a parallel-story marker (stop 42, helper repel).

«قصفت قوات النظام المدينة بالصواريخ، في حين صدّ المقاتلون محاولة جديدة لاقتحامها»: the act after «في حين» names no
place, but its object's pronoun («ها») is the town the clause before told. The extractor lends a placeless act the
place of the act before it in its sentence only when no parallel-story marker («فيما», «بينما», «في حين») stands
between (a parallel story has places of its own); a place pronoun in the act's own clause says it is the same place.

Why: placeless acts are dropped as vague (extractor._vague) and so lost. On the 30 dev sets the acts it places are
at the town before in je18, ky02 («… والمدفعية تدكّ أطرافها»), li07 («لاقتحامها»), li13 (sets 73, 98, 108), wrong
in kx07 («على بيوت المدنيين في وسطها»: a town told two places back); a clash placed so also moves what it joins
(km07: one taking right, one wrong; kx10 wrong). Only a feminine pronoun (a town, a city, a village are feminine in
Arabic) on a word of some length (not «لها»، «بها»، «فيها» alone), and only for strikes and clashes (`types`): a
taking's or a displacement's pronoun is more often its battle's or its people's («انتزعت الفصائل خلالها»,
«هجّر ثلثي سكانها»: kh18, la03, lf10 went wrong with them).

Cost: a few folded words per placeless act after a marker.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from ...arabic.normalize import fold_str
from . import arguments, fire_origin
from .context import Ctx

DATA = Path(__file__).resolve().parents[2] / "data" / "events" / "pronoun_place.json"


@lru_cache(maxsize=1)
def conf() -> dict:
    """The switch and the suffixes of data/events/pronoun_place.json, folded (read once)."""
    raw = json.loads(DATA.read_text(encoding="utf-8")) if DATA.exists() else {}
    return {"enabled": bool(raw.get("enabled", False)),
            "suffixes": tuple(fold_str(w) for w in raw.get("suffixes", [])),
            "window": int(raw.get("window", 8)), "min_letters": int(raw.get("min_letters", 5)),
            "types": frozenset(raw.get("types", ())),
            "forces": frozenset(fold_str(w) for w in raw.get("forces", ()))}


def tied(ctx: Ctx, m) -> bool:
    """True when the act's clause, from its trigger on, holds a word ending in a place pronoun."""
    c = conf()
    if not c["enabled"] or not c["suffixes"] or m.type not in c["types"]:
        return False
    end = ctx.clause(m.start)[1]
    for w in ctx.words_after(m.start, c["window"], limit=end):
        w = w.strip("«»،.,:؛()\"")
        if len(w) >= c["min_letters"] and w.endswith(c["suffixes"]) and not _a_force(w, c):
            return True
    return False


def _a_force(w: str, c: dict) -> bool:
    """«لقواتها», «مقاتليها», «عناصرها»: the pronoun sits on a force's own noun, so it is the doer's (`forces`). A noun
    in «ة» writes it «ت» before the pronoun («بمدفعيتها»: `forces` holds «مدفعية»; review43)."""
    for suffix in c["suffixes"]:
        if w.endswith(suffix):
            stem = w[:-len(suffix)]
            if _force_stem(stem, c["forces"]) or (stem.endswith("ت") and _force_stem(stem[:-1] + _TAA, c["forces"])):
                return True
    return False


_TAA = fold_str("ة")  # (the folded «ة» a noun of `forces` ends in)


def _force_stem(stem: str, forces: frozenset) -> bool:
    """The stem, a «و/ف/ب/ل» (or two) before it taken off, is a noun of `forces`."""
    return stem in forces or (stem[:1] in "وفبل" and stem[1:] in forces) or \
        (stem[:2] in ("وب", "ول", "فب", "فل") and stem[2:] in forces)


def town_before(ctx: Ctx, m, blocked: list[tuple[int, int]]) -> dict | None:
    """The nearest town told before the act in its sentence, when no act before it there has a place and the act's
    clause holds a place pronoun («… جنوب غرب X، في حين بقيت الطائرات تلقي البراميل على أحياء فيها»)."""
    if not tied(ctx, m):
        return None
    ps = [p for p in arguments.usable_places(ctx, m.si, blocked)
          if p["end"] <= m.prefix_start and not p["_country"] and arguments.level(p) == 1
          and not fire_origin.not_pronoun_town(m, p, lambda q: arguments._near_fire_site(ctx, q, "pronoun"))]
    return ps[-1] if ps else None
