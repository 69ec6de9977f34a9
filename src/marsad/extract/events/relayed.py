"""A statement noun that relays a report is no statement (stop 38, issue 10).

Why: on the 22 development paraphrase sets, nine of the seventeen statement records with no gold statement in their
passage came from the noun «بيان» read as the event, where the text only names the statement as where a report was
read: «وبحسب بيان أصدرته الفرقة، تقدّم عناصرها نحو التلة…», «نقلاً عن بيان للمحافظة أن دورياتها أوقفت…», «أصدرت
الشبكة بياناً ذكرت فيه أن عناصر الحاجز احتجزوا…», «إثر بيان للبلدية أوضحت فيه أن منازل تهدمت…». A coder codes
the acts the statement tells (their source is its issuer), not a statement: the gold rule (stop 32) makes a
statement of a call, a threat, a decision or a stance, and a reporting verb that only introduces an act is none.
mentions._vehicle already drops «في بيان», «بيان له» and «وقال بيان…»; this adds the two other ways the news names a
relayed statement:

- a word right before the noun that relays or dates a report by it (`before` in data/events/relayed.json: «بحسب»,
  «نقلاً عن», «إثر», «ونقل بيان الوزارة عن…»), a leading «و»/«ف» aside;
- a plain reporting verb with «فيه/فيها» within `reach` words after it («بياناً ذكر فيه», «وقالت فيه»).

A stance or a call said in it («أصدر الائتلاف بياناً ندد فيه بالمجازر») is no verb of the list, so the statement
stays; so does a noun whose words after «فيه» announce, call, warn or condemn (`said`: «جاء فيه: نعلن عن…»), since
the noun then carries that statement rather than a report read in it. Reads the folded words around one noun: cost
nil. `enabled` in the JSON turns it off (ENABLED here, for the benchmarks).
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from .vocab import ffold

DATA = Path(__file__).resolve().parents[2] / "data" / "events" / "relayed.json"
ENABLED = True
_SAID_REACH = 60  # words of the noun's sentence read for what it says (a quoted announcement runs long)
_PUNCT = "،,.:؛«»\""  # (its own, not vocab.WORD_PUNCT: the gate replays this module on trees older than that)


@lru_cache(maxsize=1)
def _conf() -> tuple[bool, frozenset[str], frozenset[str], frozenset[str], int, frozenset[str]]:
    raw = json.loads(DATA.read_text(encoding="utf-8")) if DATA.exists() else {}

    def words(key: str) -> frozenset[str]:
        return frozenset(ffold(w) for w in raw.get(key, ()))
    return (bool(raw.get("enabled", False)), words("before"), words("verbs"), words("in_it"), int(raw.get("reach", 0)),
            words("said"))


def relayed(ctx, m) -> bool:
    """The statement noun m names where a report was read: a relaying word right before it, or a plain reporting
    verb with «فيه» after it."""
    on, before, verbs, in_it, reach, said = _conf()
    if not (on and ENABLED):
        return False
    prev = ctx.words_before(m.prefix_start, 1)
    if prev and (prev[-1] in before or prev[-1][1:] in before and prev[-1][:1] in "وف"):
        return True
    words = [w.strip(_PUNCT) for w in ctx.words_after(m.end, _SAID_REACH, limit=ctx.sents[ctx.sent_of(m.start)].end)]
    after = words[:reach + 1]
    read = next((i for i, (w, nxt) in enumerate(zip(after, after[1:])) if w.lstrip("و") in verbs and nxt in in_it), None)
    if read is None:
        return False
    # (what it says is itself a call, a warning or an announcement: the noun carries that statement, no report)
    return not any(w in said or w[:1] in "وف" and w[1:] in said for w in words[read + 2:])
