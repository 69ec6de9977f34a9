"""A learned chooser for an event's own figure (issue 10): the rules give a record its count or
fatalities; a small conditional-logit model may pick another quantity around the trigger, or none.

Why: a wrong figure is the largest family of misses on held-out paraphrases of real pages, and
each figure rule lifted the set it was written for only. Features: classes (where the quantity stands
against the trigger and across which breaks, the class of the noun it counts, a breakdown or toll
phrase around it, whether the rules or another record took it) and, from stop 35, words as stems
crossed with the type (`_words`: what the quantity counts and the words that govern it; a coder reads
«قتيلاً» against «غارة»), each held back by a strong L2 and dropped by the trainer unless enough
documents show it.

Candidates for an asserted, ungrouped record: the quantities of its trigger's sentence and of the
sentence on either side (counts, not shares or sums of money), the rules' own figure wherever it
came from, and "no figure". The gold conventions bind them: a unit's number is a name
(arguments._identifier); another sentence's quantity is a candidate only where that sentence tells
deaths ("Deaths told later in the passage belong to their act"; any other figure there is that
sentence's own); another record's figure (a running total's aggregate, the next act's count) is
vetoed. The features read only the finished record (type, trigger span, figures, `quantity`) and the
document, so the training script computes them on any tree's output (a first-run replay) the same way
the hook does inside the stage. Weights: ``data/events/figure_chooser.json`` (written by
``scripts/train_figure_chooser.py``; ``enabled`` false ships it off). The score and the choice are the
place chooser's (`place_chooser.best`: the rules' candidate gets the margin; a veto is never taken).
"""
from __future__ import annotations

import json
import math
from bisect import bisect_left
from functools import lru_cache
from pathlib import Path

from . import bounds, tellings, toll_update
from .arguments import _identifier
from .attribution import Attribution
from .context import Ctx
from .place_chooser import _bucket, best
from .tellings import _stem as noun_stem
from .vocab import counted_class, counted_gloss, counts_for, ffold

WEIGHTS = Path(__file__).resolve().parents[2] / "data" / "events" / "figure_chooser.json"
ENABLED = True  # the model file's `enabled` decides; the training script turns this off to see the rules' figures
CLUES: bool | None = None  # None: the model file's `clues` decides; the trainer and benchmark set it to compare
_KINDS = frozenset({"count", None})
BEFORE, AFTER = 1, 1  # sentences before and after the trigger's own whose quantities are candidates
NEAR = 15  # quantities on either side of the trigger that may be candidates (the seen texts hold at most 12)
_LEAD = 3  # words before a quantity read for a breakdown word («بينهم», «منهم»)
WORD = 0.5  # the value of a word feature: the fit's L2 holds its weight back 1/WORD² times harder than a class's
PRE, POST = 2, 1  # words before a quantity and after what it counts read as its governing word («قتل 5»، «5 عناصر فروا»)


@lru_cache(maxsize=1)
def load(path: str | None = None) -> dict:
    """The model file: weights, margin, the types it was trained on, the enabled flag."""
    raw = json.loads(Path(path or WEIGHTS).read_text(encoding="utf-8"))
    return {"weights": raw.get("weights", {}), "margin": raw.get("margin", 0.0),
            "types": frozenset(raw.get("types", [])), "enabled": bool(raw.get("enabled", False)),
            "clues": bool(raw.get("clues", False))}


def clues_on() -> bool:
    """The model file's `clues` switch (stop 45): the sum and repetition features (`_sum_marks`) are computed."""
    return load()["clues"] if CLUES is None else CLUES


def candidates(ctx: Ctx, rec: dict) -> list[dict | None]:
    """The count quantities of the record's sentence and of BEFORE/AFTER sentences around it that tell deaths,
    no unit's number, in text order; the rules' figure when it is not among them (a dict with `rule_only`);
    and None (no figure)."""
    si = ctx.sent_of(rec["start"])
    lo = ctx.sents[max(0, si - BEFORE)].start
    hi = ctx.sents[min(len(ctx.sents) - 1, si + AFTER)].end
    qs: list[dict] = [q for q in _around(ctx, lo, hi, rec["start"])
                      if q.get("kind") in _KINDS and (q.get("low") is not None or q.get("high") is not None)
                      and not _identifier(ctx, q) and (ctx.sent_of(q["start"]) == si or _tells_deaths(ctx, q))]
    held = rec.get("quantity")
    if _figure(rec) and not (held and any(q["start"] == held["start"] for q in qs)):
        qs.append({"rule_only": True, **(held or {})})
    return [*qs, None]


def _around(ctx: Ctx, lo: int, hi: int, pos: int) -> list[dict]:
    """The quantities in [lo, hi), at most NEAR on either side of pos (place_chooser._around's cap: a page with no
    sentence ends is one sentence, and every quantity of it a candidate of every record is records × quantities)."""
    qs = ctx.quants
    i = bisect_left(qs.starts, pos)
    a, b = max(bisect_left(qs.starts, lo), i - NEAR), min(bisect_left(qs.starts, hi), i + NEAR)
    ctx.ops += b - a + 1
    return [q for q in qs.items[a:b] if q["end"] <= hi]  # (quantities are dicts; an older tree's Sorted has no `ends`)


def _tells_deaths(ctx: Ctx, q: dict) -> bool:
    """q's sentence tells deaths (a casualties trigger, or q counts the killed): the gold convention lets a
    toll told a sentence away belong to its act ("Deaths told later in the passage belong to their act",
    events_probe README); another figure of another sentence is that sentence's own."""
    if ctx.v.hurt_nouns.get(ffold(q.get("counted") or "")) == "killed":
        return True
    si = ctx.sent_of(q["start"])
    key = ("figure_sentence_deaths", si)  # (once a sentence: its quantities ask alike)
    got = ctx.memo.get(key)
    if got is None:
        sent = ctx.sents[si]
        got = ctx.memo[key] = any(isinstance(v, dict) and v.get("type") == "casualties"
                                  for t in ctx.m["triggers"].between(sent.start, sent.end)
                                  for v in (t.value if isinstance(t.value, list) else [t.value]))
    return got


def _figure(rec: dict) -> bool:
    return bool(rec.get("count") or rec.get("fatalities"))


def _is_rule(rec: dict, q: dict | None) -> bool:
    """The candidate is the figure the rules gave the record."""
    if q is None:
        return not _figure(rec)
    if q.get("rule_only"):
        return True
    held = rec.get("quantity")
    return _figure(rec) and held is not None and held.get("start") == q["start"]


def _magnitude(n) -> str:
    if n is None:
        return "none"
    return "1" if n <= 1 else "2-9" if n < 10 else "10-99" if n < 100 else "100-999" if n < 1000 else "1000+"


def _holders(ctx: Ctx, recs: list[dict]) -> dict[int, list[dict]]:
    """Quantity start -> the document's records whose figure it is (once per document)."""
    key = ("figure_holders", id(recs))  # (this list of records, not any list of its length)
    got = ctx.memo.get(key)
    if got is None:
        got = ctx.memo[key] = {}
        for r in recs:
            if (r.get("quantity") or {}).get("start") is not None and _figure(r):
                got.setdefault(r["quantity"]["start"], []).append(r)
    return got


def _noun(ctx: Ctx, q: dict, etype: str) -> dict[str, float]:
    """The class of what q counts (counted.tsv; the killed or wounded of cues.json), and whether the type
    counts that class (types.json `count`)."""
    cls = counted_class(q.get("counted")) or "bare"
    hurt = ctx.v.hurt_nouns.get(ffold(q.get("counted") or ""))
    allowed = ctx.v.types.get(etype, {}).get("count", [])
    return {"cls=" + cls: 1.0, f"cls={cls}&type={etype}": 1.0, "hurt=" + (hurt or "no"): 1.0,
            f"hurt={hurt or 'no'}&type={etype}": 1.0,
            "counts_class": float(cls in allowed or (cls in ("bare", "unknown") and
                                                     ("person" in allowed or None in allowed)))}


def stem(w: str) -> str:
    """A folded word's stem for a word feature: without a «و»/«ف» conjunction, the article and a plural or
    feminine ending (tellings' stem), so «والمنشقين» and «منشقون» are one feature."""
    if len(w) > 3 and w[0] in "وف" and not w.startswith(("وال", "فال")):
        w = w[1:]
    return noun_stem(w)


def _wordlike(w: str) -> bool:
    return len(w) > 1 and w.isalpha()


def _words(ctx: Ctx, q: dict, rec: dict, etype: str, sent: tuple[int, int]) -> dict[str, float]:
    """WHAT q counts and what governs it, as stems crossed with the type (value WORD): the counted noun
    («قتيلاً»، «غارة»، «منشقاً»), the PRE words before q in its sentence («مقتل»، «اعتقلت»، «سجل») and the
    POST word after the noun («فروا»). Why: the class features could not tell a right choice of the rules
    from a wrong one; what is counted and by which verb is what a coder reads. The trainer keeps a word
    feature only when enough documents show it (train_figure_chooser.MIN_DOCS)."""
    f: dict[str, float] = {}
    noun = ffold(q.get("counted") or (rec.get("counted") if q.get("rule_only") else "") or "").split()
    if noun:
        f[f"w:noun={stem(noun[0])}&type={etype}"] = WORD
        trig = ffold(rec.get("trigger") or "").split()
        f["noun_is_trigger"] = float(bool(trig) and stem(trig[0]) == stem(noun[0]))
    if q.get("rule_only") or q.get("start") is None:
        return f
    for w in [w for w in ctx.words_before(q["start"], PRE + 1, floor=sent[0]) if _wordlike(w)][-PRE:]:
        f[f"w:pre={stem(w)}&type={etype}"] = WORD
    after = [w for w in ctx.words_after(q["end"], POST + 2, limit=sent[1]) if _wordlike(w)]
    if after and noun and stem(noun[0]) not in {stem(w) for w in ffold(q.get("surface") or "").split()}:
        after = after[1:]  # (the counted noun after the number, «ضباط» of «ضابط» too: what comes after it)
    for w in after[:POST]:
        f[f"w:post={stem(w)}&type={etype}"] = WORD
    return f


def _in_record(rec: dict, q: dict) -> dict[str, float]:
    """What the rules made of q inside the record: a part of its figure (`breakdown`), its wounded, the same
    value as its figure told again."""
    val = (q.get("low"), q.get("high"))
    parts = rec.get("breakdown") or []
    hurt = rec.get("injured") or {}
    figs = [(x.get("low"), x.get("high")) for x in (rec.get("count"), rec.get("fatalities")) if x]
    return {"rec_part": float(any(b.get("start") == q["start"] or b.get("surface") == q["surface"] for b in parts)),
            "rec_injured": float(bool(hurt) and (hurt.get("low"), hurt.get("high")) == val),
            "rule_value": float(val in figs)}


def _place_of(ctx: Ctx, q: dict, rec: dict, si: int) -> dict[str, float]:
    """Where q stands against the trigger: side, words and clause breaks between, a «و» or a comma, another
    trigger or quantity nearer."""
    ts, te = rec["start"], rec["end"]
    if q["start"] < te and ts < q["end"]:
        return {"inside": 1.0}
    after = q["start"] >= te
    side = "after" if after else "before"
    a, b = (te, q["start"]) if after else (q["end"], ts)
    words = ctx.words_between(a, b)
    brk = ctx.real_breaks(a, b)
    gap = ctx.words_before(b, words, floor=a) if words else []
    trig = [t for t in ctx.m["triggers"].starting(a, b) if not (t.start < te and ts < t.end)]
    return {side: 1.0, f"{side}&brk={_bucket(brk)}": 1.0, "logdist": math.log1p(words),
            f"{side}&logdist": math.log1p(words), "same_clause": float(brk == 0),
            "waw_between": float(any(w.startswith("و") and len(w) > 1 for w in gap)),
            "comma_between": float("،" in ctx.text[a:b] or "," in ctx.text[a:b]),
            "trigger_between": float(bool(trig)),
            "quant_between": float(bool([x for x in ctx.quants.between(a, b) if x["start"] != q["start"]]))}


def _marks(ctx: Ctx, q: dict, sent_start: int, att: Attribution | None, si: int) -> dict[str, float]:
    """Marks around q itself: a breakdown word before it, parentheses, a toll that rose to it, «بلغ عدد…»,
    a quotation or a source's span, an approximate or open bound, its magnitude."""
    before = ctx.words_before(q["start"], _LEAD, floor=sent_start)
    sub = ctx.v.subset
    open_q = ctx.text.count("«", sent_start, q["start"]) > ctx.text.count("»", sent_start, q["start"])
    f = {"breakdown": float(any(w in sub or w.lstrip("و") in sub for w in before)),
         "paren": float(q["start"] > 0 and ctx.text[q["start"] - 1] == "("),
         "risen_to": float(toll_update.risen_to(ctx, q)), "number_reached": float(bounds.number_reached(ctx, q)),
         "in_quote": float(open_q), "approx": float(bool(q.get("approx"))),
         "open_bound": float(q.get("low") is None or q.get("high") is None),
         "vague": float(bounds.vague(q)), "dual": float(tellings.dual(q)),  # (a dual alone: the rules give no figure)
         "mag=" + _magnitude(q.get("low") or q.get("high")): 1.0}
    if att is not None:
        f["in_source"] = float(any(a <= q["start"] < b for a, b in att.spans(si)))
    return f


def features(ctx: Ctx, rec: dict, cands: list[dict | None], recs: list[dict],
             att: Attribution | None = None) -> list[dict[str, float]]:
    """One sparse feature dict per candidate (see the module docstring): classes, distances, breaks
    and flags; words only as stems crossed with the type ("w:", `_words`)."""
    etype = rec.get("type") or "?"
    si = ctx.sent_of(rec["start"])
    holders = _holders(ctx, recs)
    n_q = sum(1 for c in cands if c is not None and not c.get("rule_only"))
    clues = clues_on()
    out: list[dict[str, float]] = []
    for k, c in enumerate(cands):
        rule = _is_rule(rec, c)
        if c is None:
            out.append({"none": 1.0, "none&rule": float(rule), f"none&type={etype}": 1.0,
                        "none&n=" + _bucket(n_q): 1.0, "none&aggregate": float(rec.get("kind") == "aggregate"),
                        **_trigger_word(rec, etype)})
            if clues:
                out[-1]["none&period"] = float(_period_in(ctx, *ctx.clause(rec["start"])))
            continue
        f = {"quant": 1.0, "rule": float(rule), f"rule&type={etype}": float(rule)}
        if c.get("rule_only"):
            f["outside"] = 1.0  # (the rules took it from another sentence: a toll told after its act)
            f.update(_noun(ctx, c, etype))
            f.update(_words(ctx, c, rec, etype, (0, 0)))
            out.append(f)
            continue
        f.update(_in_record(rec, c))
        others = {r.get("type") for r in holders.get(c["start"], [])} - ({etype} if rule else set())
        f["held_by_other"] = float(bool(others))
        f["held_same_type"] = float(etype in others)
        if not rule and any(r is not rec for r in holders.get(c["start"], [])):
            f["veto"] = 1.0  # (another record's figure: a running total's aggregate, the next act's own count)
        cs = ctx.sent_of(c["start"])
        f["first_in_sent"] = float(k == 0 or ctx.sent_of(cands[k - 1]["start"]) != cs)  # type: ignore[index]
        f.update(_noun(ctx, c, etype))
        if cs == si:
            f.update(_place_of(ctx, c, rec, si))
        else:
            d = "prev" if cs < si else "next"
            f[d] = 1.0
            f[d + "&logdist"] = math.log1p(ctx.words_between(c["start"], rec["start"]))
            f[f"{d}&type={etype}"] = 1.0
        f.update(_marks(ctx, c, ctx.sents[cs].start, att, cs))
        if clues:
            f.update(_sum_marks(ctx, c, rec, cs))
        f.update(_words(ctx, c, rec, etype, (ctx.sents[cs].start, ctx.sents[cs].end)))
        out.append(f)
    return out


def _period_in(ctx: Ctx, a: int, b: int) -> bool:
    """A period cue (cues.json `period`: «منذ», «خلال العام») stands in [a, b)."""
    return bool(ctx.m["period"].starting(a, b))


def _values(ctx: Ctx) -> dict[tuple, set[int]]:
    """(low, high) -> the sentences whose quantities tell that value (once per document)."""
    got = ctx.memo.get("figure_values")
    if got is None:
        got = ctx.memo["figure_values"] = {}
        for x in ctx.quants.items:
            if x.get("kind") in _KINDS:
                got.setdefault((x.get("low"), x.get("high")), set()).add(ctx.sent_of(x["start"]))
    return got


def _sum_marks(ctx: Ctx, q: dict, rec: dict, cs: int) -> dict[str, float]:
    """(stop 45, model file `clues`) Is q a sum or the incident's own figure: a period cue in its clause (a figure
    summed since a date), a running-total verb or a total word just before it, crossed with the record's kind;
    whether its value is told again in another sentence, in the headline, and whether q is the headline's."""
    a, b = ctx.clause(q["start"])
    before = ctx.words_before(q["start"], _LEAD, floor=a)
    kind = rec.get("kind") or "incident"
    period = _period_in(ctx, a, b)
    running = any(c.start < q["start"] and ffold(c.surface) in ctx.v.running_total
                  for c in ctx.m["period"].starting(a, q["start"]))
    total = any(w in ctx.v.total_words or w.lstrip("و") in ctx.v.total_words for w in before)
    told = _values(ctx).get((q.get("low"), q.get("high")), set())
    return {f"period&kind={kind}": float(period), f"running&kind={kind}": float(running),
            f"total&kind={kind}": float(total), "told_again": float(bool(told - {cs})),
            "told_in_head": float(0 in told and cs != 0), "in_head": float(cs == 0)}


def _trigger_word(rec: dict, etype: str) -> dict[str, float]:
    """"No figure" reads the trigger's stem (a count of «ضربة» or «مرة» is no toll of its own)."""
    trig = ffold(rec.get("trigger") or "").split()
    return {f"w:none_trig={stem(trig[0])}&type={etype}": WORD} if trig else {}


def _nearest(fs: list[dict[str, float]]) -> None:
    """Marks the candidates nearest the trigger on either side (a feature set after all are known)."""
    for side in ("before", "after"):
        got = [(f["logdist"], k) for k, f in enumerate(fs) if f.get(side)]
        if got:
            fs[min(got)[1]][f"nearest_{side}"] = 1.0


def worked(ctx: Ctx, rec: dict, recs: list[dict], att: Attribution | None = None) -> tuple[list, list]:
    """(candidates, features) of one record: what training and the hook both read."""
    cands = candidates(ctx, rec)
    fs = features(ctx, rec, cands, recs, att)
    _nearest(fs)
    return cands, fs


def eligible(rec: dict) -> bool:
    """An asserted record standing alone (a list of places keeps its figure on its first member)."""
    return rec.get("group") is None and rec.get("modality", "asserted") == "asserted"


def apply(ctx: Ctx, rec: dict, q: dict | None) -> None:
    """Give rec the figure q (None: no figure): the figure fields only, and no breakdown (the parts told were
    the rules' figure's). The slot is the type's: a casualties toll holds its dead in both; the killed or
    wounded of an act are its fatalities; what the type counts is its count."""
    rec["count"] = rec["fatalities"] = rec["quantity"] = rec["counted"] = rec["counted_en"] = None
    rec["breakdown"] = []
    if q is None:
        return
    b = bounds.bound(ctx, q, (rec["start"], rec["end"]))
    fig = {"low": b.get("low"), "high": b.get("high"), "approx": bool(b.get("approx"))}
    etype = rec.get("type")
    if etype == "casualties":
        rec["count"] = rec["fatalities"] = fig
    elif counts_for(ctx.v, etype, q.get("counted")):
        rec["count"] = fig
    else:
        rec["fatalities"] = fig
    rec["quantity"] = {"start": q["start"], "end": q["end"], "surface": q["surface"]}
    rec["counted"] = q.get("counted")
    rec["counted_en"] = counted_gloss(q.get("counted"))


def refine(ctx: Ctx, att: Attribution, recs: list[dict], model: dict | None = None) -> None:
    """The pipeline hook, on a document's finished records: an eligible record of a type the model was
    trained on gets the model's figure when the model prefers it to the rules' by the margin. Off
    (the file's `enabled` false, ENABLED off, no weights): the rules' figures stand. ``model``: another
    than the committed file's (tests)."""
    if not ENABLED:
        return
    model = model or load()
    if model["enabled"] and model["weights"]:
        overrule(ctx, att, recs, model)


def overrule(ctx: Ctx, att: Attribution, recs: list[dict], model: dict) -> None:
    """The hook's work with a given model, whatever the flags (the benchmark's cost and the tests ask it)."""
    for rec in recs:
        if not eligible(rec) or rec.get("type") not in model["types"]:
            continue
        cands, fs = worked(ctx, rec, recs, att)
        k = best(fs, model["weights"], model["margin"])
        if not _is_rule(rec, cands[k]):
            apply(ctx, rec, cands[k])
