"""An act told with no figure and its dead told as a casualties record of their own (stop 46, helper figure46):
«أعلن المرصد أن الضربات والغارات التي شنّها التحالف قتلت 3550 شخصاً» (a casualties record 3550 and an airstrike record
with none), «قال المرصد إن ثلاثة عسكريين قُتلوا … بعد أن استُهدفت سيارتهم بهجوم مسلح». The act takes the dead.

Why: the events probe README, «An act's figure is its dead when the text numbers them»; the death attacher
(deaths.py) retypes a casualties record by a learned margin and merges it into its act, and where it keeps the record
(its margin not met, or the rules read the toll as an aggregate) the act stays figureless beside its own dead:
bench_figure_misses' «no figure; gold's in the record's own sentence» (30 cases at stop 46's start).

What (data/events/told_dead.json, `same`): a casualties record with dead whose figure stands in its own sentence,
when that sentence's one act record is an asserted incident of `acts` with no figure: the act takes its dead (and
wounded, mentions and source where it has none, as deaths.merge) and the casualties record goes. Places: the same or
none on one side; a record the rules read as an aggregate only when both are placed at one place (a toll at no place,
the country or a period, stays a sum). `headline` and `later` (OFF, weighed: each loses matches) take the dead from
the headline or the next sentences. A toll over separate incidents (incidents.tolls_apart) is left alone. Where: on
the finished records, after the figure refiners. Cost: one pass (0.15% of the events stage).
Self-contained (no deaths/clauses import; tolls_apart where a tree has it): bench_figure_fixes replays it on old trees.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from .context import Ctx
from .vocab import ffold

DATA = Path(__file__).resolve().parents[2] / "data" / "events" / "told_dead.json"


@lru_cache(maxsize=1)
def conf() -> dict:
    """data/events/told_dead.json (absent: off)."""
    raw = json.loads(DATA.read_text(encoding="utf-8")) if DATA.exists() else {}
    return {"enabled": bool(raw.get("enabled", False)), "acts": frozenset(raw.get("acts", ())),
            "same": bool(raw.get("same", False)), "same_aggregate": bool(raw.get("same_aggregate", False)),
            "headline": bool(raw.get("headline", False)), "lead": int(raw.get("lead", 2)),
            "later": bool(raw.get("later", False)), "reach": int(raw.get("reach", 2)),
            "own_cause": {t: tuple(ffold(w) for w in ws) for t, ws in (raw.get("own_cause") or {}).items()
                          if not t.startswith("about")},
            "tally": tuple(ffold(w) for w in raw.get("tally", ()))}


def refine(ctx: Ctx, out: list[dict]) -> None:
    """Give each figureless act the dead a casualties record tells of it; that record goes."""
    c = conf()
    if not c["enabled"] or not any(r.get("type") == "casualties" for r in out):
        return
    recs = sorted((r for r in out if r.get("start") is not None), key=lambda r: r["start"])
    si = {id(r): ctx.sent_of(r["start"]) for r in recs}
    acts = [r for r in recs if r["type"] != "casualties"]
    from . import incidents
    held: frozenset = getattr(incidents, "tolls_apart", lambda ctx, out: frozenset())(ctx, out)
    recs = [r for r in recs if id(r) not in held]  # (a toll over separate incidents is no one act's: stop 43)
    gone: set[int] = set()
    if c["same"]:
        _same(ctx, c, recs, acts, si, gone)
    if c["headline"]:
        _headline(ctx, c, recs, acts, si, gone)
    if c["later"]:
        _later(c, recs, acts, si, gone)
    if gone:
        out[:] = [r for r in out if id(r) not in gone]


def _told(r: dict) -> bool:
    return r.get("modality", "asserted") == "asserted" and not r.get("group")


def _figureless(c: dict, r: dict) -> bool:
    return r["type"] in c["acts"] and _told(r) and r.get("kind", "incident") == "incident" and \
        not r.get("count") and not r.get("fatalities")


def _dead(r: dict) -> bool:
    return r["type"] == "casualties" and _told(r) and bool(r.get("fatalities")) and \
        (r.get("quantity") or {}).get("start") is not None


def _key(p: dict):
    return p.get("id") or ffold(p.get("surface") or "")


def _same_place(p: dict | None, q: dict | None) -> bool:
    return not p or not q or _key(p) == _key(q)


def _placed_alike(p: dict | None, q: dict | None) -> bool:
    """Both placed, at one place: a sum the rules read as an aggregate told at its one act's place («وفي حلب، أحصى
    المرصد 53 قتيلاً … في ضربات جوية») is that act's toll; one at no place (the country, a period) is not."""
    return p is not None and q is not None and bool(p) and bool(q) and _key(p) == _key(q)


def _fits(act: dict, r: dict, aggregate: bool) -> bool:
    if r.get("kind", "incident") == "aggregate":
        return aggregate and _placed_alike(act.get("place"), r.get("place"))
    return r.get("kind", "incident") == "incident" and _same_place(act.get("place"), r.get("place"))


def _give(act: dict, r: dict, gone: set[int]) -> None:
    """The act takes r's dead and wounded where it has none, its figure's span, every mention, its source if none."""
    for k in ("fatalities", "injured", "counted", "counted_en"):
        if r.get(k) and not act.get(k):
            act[k] = r[k]
    act["quantity"] = dict(r["quantity"])
    seen = {(m["start"], m["end"]) for m in act.get("mentions") or ()}
    act["mentions"] = sorted([*(act.get("mentions") or ()), *(m for m in r.get("mentions") or ()
                                                             if (m["start"], m["end"]) not in seen)],
                             key=lambda m: m["start"])
    if not act.get("reported_by") and r.get("reported_by"):
        act["reported_by"], act["reported_by_source"] = r["reported_by"], r.get("reported_by_source")
    gone.add(id(r))


def _same(ctx: Ctx, c: dict, recs: list[dict], acts: list[dict], si: dict, gone: set[int]) -> None:
    """The dead a casualties record tells in a sentence whose one act record, of `acts`, has no figure."""
    for r in recs:
        if id(r) in gone or not _dead(r) or ctx.sent_of(r["quantity"]["start"]) != si[id(r)]:
            continue
        here = [a for a in acts if si[id(a)] == si[id(r)]]
        if len(here) == 1 and _figureless(c, here[0]) and _fits(here[0], r, c["same_aggregate"]) and \
                not _own_cause(ctx, c, here[0], r) and not _tally(ctx, c, r):
            _give(here[0], r, gone)


_CLITICS = ("وبال", "بال", "وال", "فال", "وب", "ال", "و", "ف", "ب", "ل")


def _own_cause(ctx: Ctx, c: dict, act: dict, r: dict) -> bool:
    """review46 F4 (told_dead.json `own_cause`): the toll names a cause of its own that is not the act's, from its
    trigger to a few words after its figure («قصفت الطائرات البلدة، في حين قتل ثلاثة أشخاص برصاص قناص», «اندلعت
    اشتباكات …، بينما أعدم التنظيم أربعة أسرى»): those dead are not the act's."""
    stems = c["own_cause"].get(act["type"]) or ()
    if not stems:
        return False
    q = r["quantity"]
    a, b = min(r["start"], q["start"]), max(r.get("end", r["start"]), q["end"])
    words = [ffold(w.strip(".،,؛:«»()")) for w in ctx.text[a:b].split()] + \
        [ffold(w.strip(".،,؛:«»()")) for w in ctx.text[b:].split()[:_AFTER]]
    return any(v.startswith(stems) for w in words for v in _forms(w))


_AFTER = 4  # words after the toll's figure (and its trigger) that may name its cause
_BEFORE = 3  # words before the toll's trigger that may say it is a running tally («وبذلك يرتفع عدد القتلى»)


def _tally(ctx: Ctx, c: dict, r: dict) -> bool:
    """review46 F6 (told_dead.json `tally`): the toll is a running tally, a word of `tally` in the toll's clause up to
    its figure and trigger («وبذلك يرتفع عدد القتلى في المدينة منذ بداية الشهر إلى
    60»، «ليرتفع عدد الضحايا منذ مطلع الشهر إلى 47 قتيلاً»): a sum of many acts, not the act's."""
    if not c["tally"]:
        return False
    q = r["quantity"]
    a, b = min(r["start"], q["start"]), max(r.get("end", r["start"]), q["end"])
    if hasattr(ctx, "clause"):  # (the toll's clause, never a word before it: «… منذ مطلع الشهر، بعدما قتل تسعة»)
        words = ctx.text[min(a, ctx.clause(q["start"])[0]):b].split()
    else:  # (an older tree's Ctx: three words before the toll)
        words = ctx.text[:a].split()[-_BEFORE:] + ctx.text[a:b].split()
    return any(v.startswith(c["tally"]) for w in words for v in _forms(ffold(w.strip(".،,؛:«»()"))))


def _forms(w: str) -> tuple[str, ...]:
    return (w, *(w[len(p):] for p in _CLITICS if w.startswith(p) and len(w) - len(p) >= 3))


def _headline(ctx: Ctx, c: dict, recs: list[dict], acts: list[dict], si: dict, gone: set[int]) -> None:
    """(OFF) The headline's dead, no act told in it, to the first figureless act of the lead under it."""
    if any(si[id(a)] == 0 for a in acts):
        return
    dead = [r for r in recs if si[id(r)] == 0 and id(r) not in gone and _dead(r) and
            ctx.sent_of(r["quantity"]["start"]) == 0]
    lead = [a for a in acts if 0 < si[id(a)] <= c["lead"]]
    if len(dead) == 1 and lead and _figureless(c, lead[0]) and _fits(lead[0], dead[0], False):
        _give(lead[0], dead[0], gone)


def _later(c: dict, recs: list[dict], acts: list[dict], si: dict, gone: set[int]) -> None:
    """(OFF) A figureless act's dead told by the first casualties record of the next `reach` sentences, no act
    record between."""
    for act in acts:
        if not _figureless(c, act) or act.get("fatalities"):
            continue
        a = si[id(act)]
        for r in recs:
            s = si[id(r)]
            if s <= a or id(r) in gone:
                continue
            if s > a + c["reach"] or r["type"] != "casualties":
                break  # (another act told first: the dead after it are its own)
            if _dead(r) and _fits(act, r, False):
                _give(act, r, gone)
                break
