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

`settled` (stop 41, helper extra; its own `enabled`): deserters and defectors named by a verb or an adjective in a
sentence that tells people settling their status («سوّوا أوضاعهم», «التسوية») are among those who settled, no act
of desertion or defection (5 records of 5 passages in 5 dev sets, none matched; gold codes the settlement as `other`
and a defection told by its verbal noun «انشقاق» stays).
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


@lru_cache(maxsize=1)
def _settling() -> tuple[bool, frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """(on, the types, the settlement nouns, the first words of its verb phrases, the words before a verb that make
    it describe people) of described.json `settled`."""
    raw = (json.loads(DATA.read_text(encoding="utf-8")) if DATA.exists() else {}).get("settled", {})
    return (bool(raw.get("enabled")), frozenset(raw.get("types", ())), frozenset(ffold(w) for w in raw.get("nouns", ())),
            frozenset(ffold(w) for w in raw.get("verbs", ())), frozenset(ffold(w) for w in raw.get("describing", ())))


def prune(ctx, out: list[dict]) -> list[dict]:
    """The records less those told only by a people adjective with no figure, and less the deserters or defectors
    named among people who settle their status (`settled`)."""
    on, types, adjectives = _conf()
    if on:
        out = [r for r in out if not _described(r, types, adjectives)]
    if _settling()[0]:
        out = [r for r in out if not _settled(ctx, r)]
    return out


def _settled(ctx, r: dict) -> bool:
    """«سوّى 900 شخص أوضاعهم، بينهم عسكريون منشقون ومن تخلفوا عن الخدمة»: a desertion or defection told by an
    adjective, or by a verb after a relative or «قد» (who the people are: «ومن تخلفوا», «كانوا قد انشقوا»; not a
    verbal noun of the act, «انشقاق», nor the clause's own verb, «انضموا إلى قوات النظام بعد تسوية أوضاعهم») in a
    sentence that tells a settlement of status names who settled, no act of theirs."""
    _, types, nouns, verbs, describing = _settling()
    if r.get("type") not in types:
        return False
    hits = [h for h in ctx.m["triggers"].starting(r["start"] - 4, r["end"]) if h.start == r["start"]]
    infos = [i for h in hits for i in (h.value if isinstance(h.value, list) else [h.value]) if i["type"] == r["type"]]
    if not infos or any(i["pos"] == "noun" for i in infos):
        return False
    before = [w.strip("«»\"،,.()") for w in ctx.words_before(hits[0].prefix_start, 1)] if hits else []
    if any(i["pos"] == "verb" for i in infos) and not (before and (before[0] in describing or
                                                                 before[0][:1] == "و" and before[0][1:] in describing)):
        return False  # («17 مقاتلاً انضموا إلى قوات النظام بعد تسوية أوضاعهم»: the clause's own verb tells the act)
    raw = [w.strip("«»\"،,.()") for w in ffold(ctx.text[r["sentence_start"]:r["sentence_end"]]).split()]
    words = [_bare(w) for w in raw]
    return any(_settles(w, raw[i + 1:i + 1 + _STATUS_REACH], nouns, verbs) for i, w in enumerate(words))


_STATUS_REACH = 4  # «سوّى 1400 شخص تقريباً أوضاعهم»: the verb's subject and an adverb before its object


def _settles(w: str, after: list[str], nouns: frozenset[str], verbs: frozenset[str]) -> bool:
    """A settlement told of people: a verb of settling with «أوضاع/وضع» (their status) after it, or a settlement
    noun with its status or «لـ» + whom right after it («تسويات للمسلحين»); not the settlement a document names
    («يحملون بطاقات تسوية»: who holds one may still defect)."""
    if w in verbs:
        return any(a.removeprefix("ال").startswith(_STATUS) for a in after)
    return w in nouns and bool(after) and (after[0].removeprefix("ال").startswith(_STATUS) or after[0].startswith("ل"))


_STATUS = ("اوضاع", "وضع")


def _bare(w: str) -> str:
    """A folded word without its punctuation and one proclitic («والتسوية» -> «تسوية»)."""
    w = w.strip("«»\"،,.()")
    return next((w[len(p):] for p in _CLITICS if w.startswith(p) and len(w) - len(p) > 2), w)


def _described(r: dict, types: frozenset[str], adjectives: frozenset[str]) -> bool:
    """A lone record told by one people adjective and nothing counted: a figure or a group makes it a movement told."""
    if r.get("type") not in types or r.get("count") or r.get("fatalities") or r.get("group") is not None:
        return False
    words = ffold(r.get("trigger") or "").split()
    if len(words) != 1:
        return False
    w = words[0].strip("«»\"،,.")
    return w in adjectives or any(w.startswith(p) and w[len(p):] in adjectives for p in _CLITICS)
