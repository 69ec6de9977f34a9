"""Is a killed or injured figure a toll update («ارتفع عدد القتلى إلى 39», «آخر حصيلة»)? cues.json
toll_update's rise verbs, «إلى», toll nouns and «later» words. A leaf of its own because tellings.py
asks it and tolls.py (which imports tellings.py) joins the updates it finds."""
from __future__ import annotations

from functools import lru_cache

from ...arabic.normalize import fold_str
from .context import Ctx
from .vocab import load_cues


@lru_cache(maxsize=1)
def _cues() -> tuple[frozenset, frozenset, frozenset, frozenset]:
    c = load_cues().get("toll_update", {})
    words = [frozenset(fold_str(w) for w in c.get(k, []) if " " not in w) for k in ("verbs", "to", "toll_nouns",
                                                                                   "later")]
    return words[0], words[1], words[2], words[3]


def is_update(ctx: Ctx, m) -> bool:
    """A killed or injured figure told as a toll update (it replaces the incident's earlier one)."""
    if m.figure is None or m.role not in ("fatalities", "injured"):
        return False
    key = ("update", m.start, m.figure["start"])
    if key not in ctx.memo:
        ctx.memo[key] = _update_cue(ctx, m)
    return ctx.memo[key]


def _update_cue(ctx: Ctx, m) -> bool:
    """A rise verb before «إلى» right before the figure («ارتفع عدد القتلى إلى 39», «ارتفعت
    الحصيلة إلى نحو 40»), or the toll called a later one («حصيلة لاحقة», «آخر حصيلة»)."""
    verbs, to, nouns, later = _cues()
    q = m.figure
    s = ctx.sents[m.si]
    if not ctx.sent_words(m.si) & (verbs | nouns):
        return False  # (most sentences tell no rise and no later toll)
    before = ctx.words_before(q["start"], 12, floor=s.start)
    if before and before[-1] in to and any(w.lstrip("و") in verbs or w in verbs for w in before[:-1]):
        return True
    words = [w.lstrip("و") for w in ctx.words_before(q["start"], 30, floor=s.start)]
    for k, w in enumerate(words):
        if w in nouns and w != "عدد" and ((k + 1 < len(words) and words[k + 1] in later) or
                                          (k and words[k - 1] in later)):
            return True
    return False


def risen_to(ctx: Ctx, q: dict) -> bool:
    """q is what a toll rose to, however long the toll's noun phrase: «إلى» right before q and a rise verb before it in
    q's sentence («ارتفعت حصيلة القتلى جراء البراميل التي ألقتها المروحيات أمس على حي X في حلب إلى 52»)."""
    verbs, to, _, _ = _cues()
    before = ctx.words_before(q["start"], _RISE_REACH, floor=ctx.sents[ctx.sent_of(q["start"])].start)
    return bool(before) and before[-1] in to and any(w.lstrip("و") in verbs or w in verbs for w in before[:-1])


_RISE_REACH = 30  # words from the rise verb to the figure it rose to
