"""Three gold conventions the lead decided at stop 41 (benchmarks/data/events_probe/README.md, "Gold conventions
decided by the lead (stop 41)"), each a switch of data/events/rulings.json (stop 42, helper recall).

Why: writers and second coders of stops 38-40 coded these three shapes both ways; the lead decided them, and every
set written since (the fresh sets of stop 42 on) is coded under the decisions, while marsad still followed the older
habit of its rules:

- `recalled`: a recalled incident (a pluperfect recap «وكان/وكانت … قد», dated back or not) is coded, background
  true, when it is one act with a place or a figure of its own; the rules dropped a recap dated back by a month or a
  year (frames.recalled_before) and one with no day and no figure (incidents._only_recalled). Vague recalls
  («قبل سنوات», «في وقت سابق») still name no incident, and neither does a recall of an incident told already;
- `times`: «N مرات» / «N دفعات» on a strike or a shelling is the act's own count, as «N غارات» is
  (arguments._compatible reads it);
- `reinforcement`: a reinforcement is placed where the force is sent, the place it left from only when the text
  names no destination (routes.keep reads it).

Cost: a dictionary look-up per question; the recap test reads one clause's text.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from .vocab import counted_class, ffold

if TYPE_CHECKING:  # (mentions and arguments import this module)
    from .context import Ctx
    from .mentions import Mention

DATA = Path(__file__).resolve().parents[2] / "data" / "events" / "rulings.json"


@lru_cache(maxsize=1)
def conf() -> dict:
    """data/events/rulings.json (absent: all three off)."""
    raw = json.loads(DATA.read_text(encoding="utf-8")) if DATA.exists() else {}
    times = raw.get("times", {})
    rec = raw.get("recalled", {})
    return {"recalled": bool(rec.get("enabled", False)),
            "period_words": tuple(" ".join(ffold(w).split()) for w in rec.get("period_words", ())),
            "wide_kinds": frozenset(rec.get("wide_kinds", ())),
            "witnessed": frozenset(ffold(w) for w in rec.get("witnessed", ())),
            "circumstance": frozenset(ffold(w) for w in rec.get("circumstance", ())),
            "not_types": frozenset(rec.get("not_types", ())),
            "times": bool(times.get("enabled", False)),
            "times_nouns": frozenset(ffold(w) for w in times.get("nouns", ())),
            "times_types": frozenset(times.get("types", ())),
            "reinforcement": bool(raw.get("reinforcement", {}).get("enabled", False))}


def counts_times(ctx: Ctx, m: Mention, q: dict) -> bool:
    """`times`: a count of times («خمس مرات», «ثلاث دفعات») is what a strike or a shelling counts, when its sentence
    numbers no people (the numbered dead win: «أغارت … أربع عشرة مرة، فقتلت عشرة مدنيين» is told by its dead)."""
    c = conf()
    if not c["times"] or m.type not in c["times_types"] or ffold(q.get("counted") or "") not in c["times_nouns"]:
        return False
    s = ctx.sents[m.si]
    return not any(x.get("kind") == "count" and counted_class(x.get("counted")) == "person"
                   for x in ctx.quants.between(s.start, s.end))


_WITNESS_REACH = 4  # words from «شهدت» to the act noun («شهدت خلال الأشهر الماضية معارك»)


def not_one_act(ctx: Ctx, m: Mention) -> bool:
    """`recalled`: a recalled mention that tells no one act: a statement, a place's history («وكانت القرية قد شهدت
    معارك متكررة»: «شهد» before the act noun) or the circumstance of something else («أصيب مرتين في معارك …»)."""
    c = conf()
    if m.type in c["not_types"]:
        return True
    if m.pos != "noun":
        return False
    s = ctx.sents[m.si]
    before = ctx.words_before(m.prefix_start, _WITNESS_REACH, floor=s.start)
    return bool(before) and before[-1] in c["circumstance"] or bool(c["witnessed"] & set(before))
