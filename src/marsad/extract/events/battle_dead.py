"""A taking won by fighting, and the dead of that fighting told after it: «سيطر التنظيم على بلدتين إثر معارك عنيفة …
. وقدّر المرصد قتلى المعارك بواحد وثلاثين», «انتزع المقاتلون القاعدة بعد معارك ضارية … . حصدت المواجهات أرواح 53»
(stop 38, helper fig3). The dead are the taking's figure: one incident, not a clash of its own.

Why: the events probe README, «Deaths told later in the passage belong to their act» and «An act's figure is its dead
when the text numbers them»; a taking's battle is part of the taking (incidents' «خلال المعارك» after a takeover, one
sentence on). The later sentence names the fighting with a definite noun («المعارك», «المواجهات»): the battle told
already, not a new one. The rules join it only in the very next sentence; two or three sentences on (the places
taken told between, a source's words) it becomes a clash (or a shelling, «المواجهات والقصف») record with the dead.

A record R is given to the taking T before it when: T is an asserted incident with no figure and its sentence names
fighting (`fighting`, with or without the article); R is an asserted incident of a fighting type (`types`) whose figure's sentence, after
T's first, holds a definite fighting noun; no other taking stands between; R is at no place, at T's, or T is at a
country or none (T then takes R's place: the battle's town is finer). T takes R's dead and mentions; R goes.
Cost: one pass over the records per taking with no figure.
"""
from __future__ import annotations

from bisect import bisect_left

from . import mentions
from .context import Ctx
from .vocab import ffold, load_cues

_CUES = load_cues()["battle_dead"]
ENABLED = bool(_CUES["enabled"])  # the switch (cues.json battle_dead.enabled)
_FIGHTING = frozenset(ffold(w) for w in _CUES["fighting"])
_TYPES = frozenset(_CUES["types"])
_COARSE = frozenset({"country"})


def refine(ctx: Ctx, out: list[dict]) -> None:
    """Give each figureless taking the dead its fighting is told with later, and drop the record that held them."""
    if not ENABLED:
        return
    gone: set[int] = set()
    for t, r in enumerate(out):
        if _taking(r) and _names_fighting(ctx, ctx.sent_of(r["start"]), definite=False, story=r["start"]):
            k = _battle_after(ctx, out, t)
            if k is not None and k not in gone:
                _take(r, out[k])
                gone.add(k)
    if gone:
        out[:] = [r for i, r in enumerate(out) if i not in gone]


def _taking(r: dict) -> bool:
    return r["type"] == "territory_change" and _told(r) and not r.get("count") and not r.get("fatalities")


def _told(r: dict) -> bool:
    return r.get("modality", "asserted") == "asserted" and r.get("kind", "incident") == "incident" and \
        not r.get("group")


def _battle_after(ctx: Ctx, out: list[dict], t: int) -> int | None:
    """The index of the first record after out[t] that holds the dead of its fighting, or None."""
    taking = out[t]
    first = ctx.sent_of(taking["start"])
    for k, r in sorted(enumerate(out), key=lambda x: x[1]["start"]):
        if r["start"] <= taking["start"] or k == t:
            continue
        if r["type"] == "territory_change":
            return None  # (another taking: the dead after it are its own)
        held = (r.get("quantity") or {}).get("start")
        if r["type"] not in _TYPES or not _told(r) or not r.get("fatalities") or held is None:
            continue
        si = ctx.sent_of(held)
        if si > first and _names_fighting(ctx, si, definite=True) and _same_place(taking, r):
            return k
    return None


def _names_fighting(ctx: Ctx, si: int, definite: bool, story: int | None = None) -> bool:
    """Sentence si names fighting («إثر معارك عنيفة»; with `definite`, the fighting told already: «قتلى المعارك»);
    with `story`, in the story told at that offset, not in a parallel one after «فيما/بينما» (mentions.parted)."""
    s = ctx.sents[si]
    for k in range(bisect_left(ctx.tok_starts, s.start), bisect_left(ctx.tok_starts, s.end)):
        w = ctx.ftoks[k]
        at = ctx.tok_starts[k]
        if any(w.startswith(p) and w[len(p):] in _FIGHTING and (not definite or p.endswith("ال")) for p in _PROCLITICS) \
                and (story is None or not mentions.parted(ctx, min(at, story), max(at, story))):
            return True
    return False


_PROCLITICS = ("وال", "بال", "فال", "ال", "و", "ب", "")


def _same_place(taking: dict, r: dict) -> bool:
    p, q = taking.get("place"), r.get("place")
    return q is None or p is None or (p.get("kind") in _COARSE) or p.get("id") == q.get("id")


def _take(taking: dict, r: dict) -> None:
    taking["fatalities"] = dict(r["fatalities"])
    taking["quantity"] = dict(r["quantity"])
    for k in ("counted", "counted_en", "injured"):
        if r.get(k) and not taking.get(k):
            taking[k] = r[k]
    p = taking.get("place")
    if r.get("place") and (p is None or p.get("kind") in _COARSE):
        taking["place"] = r["place"]
    taking["mentions"] = list(taking.get("mentions") or ()) + list(r.get("mentions") or ())
