"""A place noun («الحي», «المدينة», «البلدة») whose antecedent is told further back than the two sentences before the
act's, when the sentences between name no place at all, stands for it (stop 43, helper place).

Why: arguments._anaphora asks the two sentences before for the noun's antecedent; an article that names its quarter
once and then goes on about «الحي» for three sentences leaves the act there with no place, and the gold places it at
the quarter («… على كامل حي X بحمص. … خرج المقاتلون من الحي. … غادروا الحي المحاصر. … مقتل 17 مدنياً في محيط الحي»).
A sentence that names a place an act could be placed at (arguments.usable_places: not a country, an origin read as
such, a source's seat) breaks the chain: past it the noun may stand for something else.
data/events/far_antecedent.json `enabled`, `reach` (read at each call; FLAGS for tests).

Cost: the usable places of a few sentences more, for an act whose place noun found no antecedent in two.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "data" / "events" / "far_antecedent.json"
FLAGS: dict = {}  # the file's switches overridden (tests)


@lru_cache(maxsize=1)
def _load() -> dict:
    return json.loads(DATA.read_text(encoding="utf-8")) if DATA.exists() else {}


def sentences(si: int, named) -> list[int]:
    """The sentences before si to ask, nearest first: the two before, then (switch on) the ones further back while every
    sentence asked so far names no place (`named(k)`: sentence k names a usable one), up to `reach` in all."""
    c = {**_load(), **FLAGS}
    out = [k for k in (si - 1, si - 2) if k >= 0]
    if not c.get("enabled", False) or any(named(k) for k in out):
        return out
    for k in range(si - 3, max(-1, si - 1 - int(c.get("reach", 5))), -1):
        out.append(k)
        if named(k):
            break
    return out
