"""An adjective of what people are, with no figure of its own, tells no movement of people (stop 40, issue 10).

Why: on the 26 development paraphrase sets, every `other` record whose trigger is a refugee or displaced-people
adjective with no figure (8 records of 8 passages in 7 sets; 6 with no `other` gold in their passage at all) is a
description of people, not their movement: the people an act struck («أطلق الحرس النار على لاجئين كانوا يعبرون»,
«قصفت الطائرات خياماً تؤوي نازحين»), whom a camp is for («مخيم مخصص للاجئين العسكريين»), refugees a toll counts. The
movements the gold codes are told with their number («عبر 300 لاجئ الحدود أمس», «بلغ عدد اللاجئين 4268») or by a
verb («نزح الأهالي»): those records have a figure or another trigger, and stay (no matched record of the 26 sets
has such an adjective with no figure).

data/events/described.json: `enabled`, the `types` and their `adjectives` (folded, a proclitic aside). A record
level test after the records are made: reads the record's trigger and figure only; cost nil.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from .vocab import ffold

DATA = Path(__file__).resolve().parents[2] / "data" / "events" / "described.json"
_CLITICS = ("وال", "بال", "لل", "ال", "و", "ب", "ل", "ف")  # (its own: the gate replays this module on old trees)


@lru_cache(maxsize=1)
def _conf() -> tuple[bool, frozenset[str], frozenset[str]]:
    """(on, the types, the folded adjectives) of described.json, read once (absent: off)."""
    raw = json.loads(DATA.read_text(encoding="utf-8")) if DATA.exists() else {}
    return (bool(raw.get("enabled")), frozenset(raw.get("types", ())),
            frozenset(ffold(w) for w in raw.get("adjectives", ())))


def prune(ctx, out: list[dict]) -> list[dict]:
    """The records less those told only by a people adjective with no figure."""
    on, types, adjectives = _conf()
    if not on:
        return out
    return [r for r in out if not _described(r, types, adjectives)]


def _described(r: dict, types: frozenset[str], adjectives: frozenset[str]) -> bool:
    """A lone record told by one people adjective and nothing counted: a figure or a group makes it a movement told."""
    if r.get("type") not in types or r.get("count") or r.get("fatalities") or r.get("group") is not None:
        return False
    words = ffold(r.get("trigger") or "").split()
    if len(words) != 1:
        return False
    w = words[0].strip("«»\"،,.")
    return w in adjectives or any(w.startswith(p) and w[len(p):] in adjectives for p in _CLITICS)
