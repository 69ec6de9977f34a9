"""An attack by a force that strikes Syria only from the air, told by a neutral word, is an air strike (stop 41).

Why: on the 28 development paraphrase sets, Israel's attacks told by a word of attack that names no weapon («أن
إسرائيل هاجمت مواقع في محيط دمشق», «جراء هجوم إسرائيلي», «استهدفت إسرائيل بهجوم صاروخي منطقة القصير») were typed
armed_clash or shelling (the neutral word's default), and the gold of those passages codes them air strikes (4
records of 3 passages in 3 sets, none matched as typed; three become matches); Israel's ground fire names its weapon
(«أطلقت المدفعية الإسرائيلية 3 قذائف», «دورية إسرائيلية»), and those records stay as they are. «قصف» is not such a
word: Israel's bombardment of the Golan line may be its artillery («بقصف إسرائيلي أصاب بيتاً في طرنجة» is coded
shelling; retyped on a first-run tree, it lost its match).

data/events/air_agent.json: `enabled`, the `types` read, the `agents` (canonical actor names), the neutral `words`
(the trigger's first word, folded, a proclitic aside) and the `ground` words that keep a record as typed when its
sentence names one. A record-level retype before the learned join (join_chooser.merge), so the strike may be joined
to its other tellings; reads the record's trigger, actors and one sentence: cost nil.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from .vocab import ffold

DATA = Path(__file__).resolve().parents[2] / "data" / "events" / "air_agent.json"
_PUNCT = "،,.:؛«»\"()"
_CLITICS = ("وبال", "وال", "بال", "فال", "لل", "ال", "وب", "ول", "فب", "و", "ف", "ب", "ل")  # (its own: replayed on old trees)


@lru_cache(maxsize=1)
def _conf() -> dict:
    """air_agent.json read once (absent: off, so a tree without the file runs as before)."""
    raw = json.loads(DATA.read_text(encoding="utf-8")) if DATA.exists() else {}
    return {"on": bool(raw.get("enabled")), "types": frozenset(raw.get("types", ())),
            "agents": frozenset(raw.get("agents", ())), "words": frozenset(ffold(w) for w in raw.get("words", ())),
            "ground": frozenset(ffold(w) for w in raw.get("ground", ())), "subtype": raw.get("subtype")}


def _bare(w: str, words: frozenset[str]) -> bool:
    w = w.strip(_PUNCT)
    return w in words or any(w.startswith(p) and w[len(p):] in words for p in _CLITICS)


def refine(ctx, out: list[dict]) -> list[dict]:
    """The records, those of an air force's attack told by a neutral word retyped airstrike (in place)."""
    c = _conf()
    if c["on"]:
        for r in out:
            if _air_attack(ctx, r, c):
                r["type"], r["subtype"] = "airstrike", c["subtype"]
    return out


def _air_attack(ctx, r: dict, c: dict) -> bool:
    """A record of a read type, told by a neutral word, whose agents are all forces that strike only from the air,
    in a sentence naming no ground weapon or ground move."""
    if r.get("type") not in c["types"] or not _bare(ffold((r.get("trigger") or "").split(" ")[0]), c["words"]):
        return False
    agents = {a.get("canonical") for a in r.get("actors", ()) if a.get("role") == "agent"}
    if not agents or not agents <= c["agents"]:
        return False
    sentence = ffold(ctx.text[r.get("sentence_start", 0):r.get("sentence_end", 0)]).split()
    return not any(_bare(w, c["ground"]) for w in sentence)
