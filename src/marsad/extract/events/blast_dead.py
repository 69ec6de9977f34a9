"""An explosion's own dead, told in its sentence: the explosion is their cause («قُتلوا بانفجار لغم أرضي», «قُتل خمسة …
جراء هجوم انتحاري استهدف رتلاً») or the subject of their killing («تفجير انتحاري قرب المعبر أوقع خمسة قتلى»). The
explosion record takes them (stop 41, helper fig).

Why: the rules give a sentence's dead to the act their death verb is read with (extractor._records, deaths.py): when the
explosion is named after the dead as their cause, or the sentence goes on to another act («لتندلع إثر ذلك مواجهات»),
the dead went to that other act (a clash after it, je11 73; an air strike of the sentence before, kd11 79) or to no
record (a recalled «وكان 4 … قد قُتلوا … بانفجار لغم», kt15 93), and the explosion record kept no figure, while the
gold gives them to the explosion in each.

What: an asserted explosion record (data/events/blast_dead.json `types`) with no figure takes the first number of
people killed in its own sentence: a noun of the dead («خمسة قتلى») or a number a word of killing stands by (three
words after it, or two before), not the wounded, not a dual (no figure: joins.json two_numerals), not a subset
(«بينهم»), with no act of another type named between the number and the explosion's word. The record that held the
number keeps it. Off: `enabled` false.
Where: on the finished records, after the figure refiners. Cost: the quantities of one sentence per figureless
explosion record.
"""
from __future__ import annotations

import json
from bisect import bisect_left
from functools import lru_cache
from pathlib import Path

from . import mentions
from .context import Ctx
from .vocab import counted_class, ffold

DATA = Path(__file__).resolve().parents[2] / "data" / "events" / "blast_dead.json"
_WORDS = "blast_dead.words"


@lru_cache(maxsize=1)
def conf() -> dict:
    """data/events/blast_dead.json (absent: off)."""
    raw = json.loads(DATA.read_text(encoding="utf-8")) if DATA.exists() else {}
    return {"enabled": bool(raw.get("enabled", False)), "types": frozenset(raw.get("types", ())),
            "near_after": int(raw.get("near_after", 3)), "near_before": int(raw.get("near_before", 2))}


def refine(ctx: Ctx, out: list[dict]) -> None:
    """Give each figureless explosion record the dead its own sentence tells."""
    c = conf()
    if not c["enabled"]:
        return
    for r in out:
        if r["type"] not in c["types"] or r.get("modality", "asserted") != "asserted" or r.get("fatalities") or \
                r.get("count") or r.get("start") is None:
            continue
        q = _dead_of(ctx, r, c)
        if q is not None:
            r["fatalities"] = {"low": q["low"], "high": q.get("high"), "approx": bool(q.get("approx"))}
            r["quantity"] = {"start": q["start"], "end": q["end"], "surface": q["surface"]}


def _dead_of(ctx: Ctx, r: dict, c: dict) -> dict | None:
    """The first number of people killed in the record's sentence with no act of another type between it and the
    record's word."""
    s = ctx.sents[ctx.sent_of(r["start"])]
    words = _words(ctx)
    for q in ctx.quants.between(s.start, s.end):
        if q.get("low") is None or q.get("kind") not in ("count", None) or _dual(q) or not _people(ctx, q):
            continue
        if (_near(ctx, words, q, "killed", c) or _subject_of_killing(ctx, words, q, s.end)) and \
                not _near(ctx, words, q, "injured", c) and not _other_act_between(words, r, q):
            return q
    return None


def _words(ctx: Ctx) -> list[tuple[int, str, str, str]]:
    """(start, sub, type, pos) of the sentence's event words, the document's once (mentions.event_words)."""
    got = ctx.memo.get(_WORDS)
    if got is None:
        got = ctx.memo[_WORDS] = sorted((m.start, i.get("sub") or "", i.get("type") or "", i.get("pos") or "")
                                        for m, i in mentions.event_words(ctx))
    return got


def _dual(q: dict) -> bool:
    """«قُتل عنصران»: a dual noun is no figure of the event; the extractor's own test (tellings.dual; extractor._dual
    in the oldest first-run trees, where this module is copied alone)."""
    try:
        from .tellings import dual
    except ImportError:
        from .extractor import _dual as dual  # type: ignore[attr-defined,no-redef]
    return dual(q)


def _people(ctx: Ctx, q: dict) -> bool:
    """A noun of people or of the dead, or a bare number; not a subset «بينهم 3»."""
    before = ctx.words_before(q["start"], 1, floor=ctx.sents[ctx.sent_of(q["start"])].start)
    if before and (before[0] in ctx.v.of_them or before[0] in ctx.v.subset):
        return False
    noun = q.get("counted") or ""
    return not noun or counted_class(noun) == "person" or ctx.v.hurt_nouns.get(ffold(noun)) == "killed"


def _near(ctx: Ctx, words: list, q: dict, sub: str, c: dict) -> bool:
    """A word of `sub` (killed / injured) in q's clause within `near_after` words after it or `near_before` before
    it, or q's own noun of that kind («خمسة قتلى»)."""
    if ctx.v.hurt_nouns.get(ffold(q.get("counted") or "")) == sub:
        return True
    lo, hi = ctx.clause(q["start"])
    return any(k == sub and (q["end"] <= a and ctx.words_between(q["end"], a) <= c["near_after"] or
                             a < q["start"] and ctx.words_between(a, q["start"]) <= c["near_before"])
               for a, k, _, _ in words[bisect_left(words, (lo, "", "")):bisect_left(words, (hi, "", ""))])


def _subject_of_killing(ctx: Ctx, words: list, q: dict, end: int) -> bool:
    """«وكان 4 من عناصر الدفاع الوطني، أحدهم قاصر، قد قُتلوا …»: the first event word after q in its sentence is a verb
    of killing, and no other number stands between (q is its subject, told before an aside; not a noun, «… طالت 25
    مدنياً، مرجّحاً ارتفاع عدد القتلى»)."""
    i = bisect_left(words, (q["end"], "", ""))
    nxt = [w for w in words[i:i + 1] if w[0] < end]  # (the one word after q, not every word to the sentence's end)
    return bool(nxt) and nxt[0][1] == "killed" and nxt[0][3] == "verb" and not any(
        x["start"] != q["start"] for x in ctx.quants.between(q["end"], nxt[0][0]) if x.get("low") is not None)


def _other_act_between(words: list, r: dict, q: dict) -> bool:
    """An event word of another type than the record's (no wounding, no killing) between q and the record's word."""
    a, b = sorted((q["start"], r["start"]))
    return any(t and t not in (r["type"], "casualties") and k not in ("killed", "injured")
               for _, k, t, _ in words[bisect_left(words, (a + 1, "", "")):bisect_left(words, (b, "", ""))])
