"""One bound grammar for every figure the events stage reads (a count, the killed, the injured, a
toll update, an aggregate): a figure's bound may stand away from its number, and the quantity
layer only reads what touches the number and its noun.

- a verb of exceeding before the figure or before the noun of its number («تجاوز عدد القتلى 223
  ألفاً», «لم يتجاوز عدد المعتقلين 40»: cues.json `bound_verbs`), or of falling short before that noun
  («لا يقل عدد القتلى عن 30»);
- a hedge after a noun phrase longer than one word («11 مقاتلاً معارضاً على الأقل», «47 عنصراً من
  قوات النظام على الأقل», «ثلاثين مدنياً في المدينة تقريباً»): the "after" hedges of
  data/quantities/hedges.tsv (the quantity layer's own list), reached over at most
  cues.json `bounds.reach` words of the figure's clause that hold no other figure, date, trigger,
  breakdown word or stop word (`bounds.stop`: a new clause, a relative pronoun).

Values follow the news_dev conventions: «على الأقل N» low N high null; «تقريباً» approx.
"""
from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache

from ...arabic.normalize import fold_str
from .context import Ctx
from .vocab import after_hedges, ffold, load_cues

@lru_cache(maxsize=1)
def _grammar() -> tuple[dict[tuple[str, ...], str], int, frozenset[str]]:
    """(folded "after" hedge words -> effect, reach in words, folded stop words)."""
    after = {tuple(fold_str(h).split()): eff for h, eff in after_hedges()}
    c = load_cues().get("bounds", {})
    return after, int(c.get("reach", 6)), frozenset(fold_str(w) for w in c.get("stop", []))


def bound(ctx: Ctx, q: dict, own: tuple[int, int] | None = None) -> dict:
    """q with the bound the text gives it (a new dict when it changes; q itself otherwise). ``own`` is the span
    of the mention whose figure q is: its trigger inside q's noun phrase («213 عملية اعتقال تعسفية على الأقل»,
    «40 قذيفة صاروخية على الأقل») is no other act standing between the figure and its hedge."""
    return trailing(ctx, verb_bound(ctx, q), own)


def trailing(ctx: Ctx, q: dict, own: tuple[int, int] | None = None) -> dict:
    """«قتل فيها 11 مقاتلاً معارضاً على الأقل»: a hedge after the figure's noun phrase; «قتل 12 مدنياً، على
    الأقل، في …»: the hedge set off by commas as a clause of its own, right after the noun phrase."""
    n = q.get("low")
    if n is None or q.get("high") != n or q.get("kind") not in ("count", None):
        return q
    ce = ctx.clause(q["end"])[1]
    nxt = _set_off(ctx, ce)
    if not ctx.m["hedge_after"].starting(q["end"], ce) and nxt is None:
        return q  # (most clauses hold no hedge after a figure)
    after, reach, stop = _grammar()
    t = bisect_left(ctx.tok_starts, q["end"])
    toks = [tok for tok in ctx.tokens[t:t + reach + 2] if tok.end <= ce]
    words = [ffold(tok.text) for tok in toks]
    v = ctx.v
    for k, w in enumerate(words):
        for size in (3, 2, 1):
            eff = after.get(tuple(words[k:k + size])) if k + size <= len(words) else None
            if eff is not None and k > 0:  # (right after the noun: the quantity layer's own reading)
                return _apply(q, eff)
        if k >= reach or w in stop or w.lstrip("و") in stop or w in v.subset or w.lstrip("و") in v.subset:
            return q
        tok = toks[k]
        if k and (ctx.quants.covering(tok.start) or ctx.dates.covering(tok.start)) or \
                ctx.m["triggers"].starting(tok.start, tok.end) and not (own and own[0] <= tok.start < own[1]):
            return q  # another figure, a date or an act: the hedge (if any) is theirs
    if nxt is not None and len(words) <= reach and toks and ctx.words_between(toks[-1].end, ce) == 0:
        return _apply(q, nxt)  # «12 مدنياً، على الأقل،»: the noun phrase runs up to the comma
    return q


def _set_off(ctx: Ctx, ce: int) -> str | None:
    """The effect of a hedge that is the whole of the clause after ce, closed by a comma or the sentence's end
    («، على الأقل،», «، تقريباً.»), else None."""
    if ce >= len(ctx.text) or ctx.text[ce:ce + 1] not in "،,":
        return None
    cs, ce2 = ctx.clause(ce + 1)
    words = tuple(ctx.words_after(ce + 1, 4, limit=ce2))
    words = tuple(w for w in words if w.strip("،,.") )
    eff = _grammar()[0].get(words)
    if eff is None or ce2 < len(ctx.text) and ctx.text[ce2:ce2 + 1] not in "،,.؛\n":
        return None
    return eff


def _apply(q: dict, eff: str) -> dict:
    n = q["low"]
    if eff == "approx":
        return dict(q, approx=True)
    if eff in ("atleast", "more"):
        return dict(q, low=n, high=None, approx=True)
    if eff in ("atmost", "less"):
        return dict(q, low=None, high=n, approx=True)
    return q


def verb_bound(ctx: Ctx, q: dict) -> dict:
    """«تجاوز عدد القتلى المدنيين 223 ألفاً», «فاق عددهم 5 آلاف»: a verb of exceeding before the
    figure, right before it or before the noun of its number, makes it a lower bound (as «أكثر
    من» does); «لم يتجاوز عدد المعتقلين 40» an upper bound (cues.json `bound_verbs`)."""
    n = q.get("low")
    if n is None or q.get("high") != n:
        return q
    cs = ctx.clause(q["start"])[0]
    t = bisect_left(ctx.tok_starts, q["start"])
    toks = [tok for tok in ctx.tokens[t - 10 if t > 10 else 0:t] if tok.start >= cs]
    words = [ffold(tok.text) for tok in toks]
    v = ctx.v
    for k in range(len(words) - 1, -1, -1):
        w = words[k]
        bare = w[1:] if w[:1] in "وفل" else w
        under = w in v.bound_under or bare in v.bound_under
        if not under and w not in v.bound_over and bare not in v.bound_over:
            continue
        between = words[k + 1:]
        if under and between == [_FROM] and any(x in v.number_nouns for x in words[max(0, k - 4):k]):
            between = []  # «إن عدد المعتقلين لا يقل عن 40»: the noun of number before the verb
        elif between and (between[0] not in v.number_nouns or len(between) > 8) or under and not between:
            return q
        if ctx.quants.between(toks[k].end, q["start"]):
            return q  # another figure between the verb and this one: the verb bounds that one
        negated = k > 0 and words[k - 1] in v.negation
        if under:  # «لا يقل عدد القتلى عن 30»: at least 30, as «ما لا يقل عن 30»
            return dict(q, low=n, high=None) if negated else dict(q, low=None, high=n, approx=True)
        if negated:
            return dict(q, low=None, high=n, approx=True)
        return dict(q, low=n, high=None, approx=True)
    return q


_FROM = fold_str("عن")


def vague(q: dict) -> bool:
    """«عشرات», «مئات», «الآلاف»: a figure that is a range of tens, hundreds or thousands."""
    return q.get("low") is not None and q.get("high") is not None and q["high"] >= 4 * q["low"]


def number_reached(ctx: Ctx, q: dict) -> bool:
    """q is told as what a number reached («وبلغ عدد من خرجوا … 2640», «ووصل عدد الخارجين إلى 2150»): a verb
    of reaching (cues.json bound_verbs `reached`) right before the noun of number, in q's clause, a few words
    before q: the exact count of what an act counted, which beats a vague figure of that act."""
    ws = ctx.words_before(q["start"], _REACHED_REACH, floor=ctx.clause(q["start"])[0])
    reached = _reach_verbs()
    return any(w in ctx.v.number_nouns and k > 0 and ws[k - 1] in reached for k, w in enumerate(ws))


_REACHED_REACH = 10  # words from the verb of reaching to the figure («بلغ عدد من خرجوا في هذه الدفعة 2640»)


@lru_cache(maxsize=1)
def _reach_verbs() -> frozenset:
    return frozenset(fold_str(w) for w in load_cues().get("bound_verbs", {}).get("reached", []))
