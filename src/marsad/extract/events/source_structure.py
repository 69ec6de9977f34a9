"""Where each candidate source stands in the document's structure relative to the record (stop 38, helper src3;
issue 10's reported_by bar): features for the learned source chooser (source_chooser.py).

The misses of reported_by on the development paraphrase sets are mostly CARRIES: a record the rules leave to the
outlet whose source the writer gave in the sentence before, in the lead or in the next sentence, and, nearly as
often, a record that took a neighbouring sentence's source where the gold credits the outlet (notes/src3.md). What
separates them is how the record's sentence opens and what the candidate's sentence tells: a sentence that opens a
new frame («وفي …،», «وتزامناً مع ذلك»), a recall («وكان … قد») or the writer's context starts the writer's own
telling; a subjectless reporting verb («وأضاف أن») or «كما» goes on with the report before; a next sentence that
opens with a source and tells the record's act first is the lead's attribution; a source whose report names other
places tells another incident. Each is a CLASS here (cues.json's opener lists, the reporting-verb continuation
list, the pluperfect, the negation words), crossed with where the candidate stands (same sentence, the one before,
earlier in the paragraph, the headline or lead, the next sentence, later). No feature names a word of a passage.

Reads only what every tree since stop 32 has (Ctx.sents/ftoks/places, the trigger lists, Attribution.of_sentence),
so the trainer (scripts/train_source_chooser.py) replays it on each development set's first-run commit. The
structure model (data/events/source_structure.json) is the chooser's weights over these features and stop 36's;
off, the chooser reads its own model (source_chooser.json) as before.
"""
from __future__ import annotations

import json
from bisect import bisect_left
from functools import lru_cache
from pathlib import Path

from .context import Ctx

MODEL = Path(__file__).resolve().parents[2] / "data" / "events" / "source_structure.json"
FEATURE_HEADS = ("w=", "none&op=", "none&pos=", "none&own", "none&told_before")  # (the names this module gives)
_UNTYPED = frozenset({None, "-", "attack"})  # (a word of any strike: the words around it type it)
_SHORT_LINE = 4  # words of a dateline or byline line, skipped when the lead is looked for


@lru_cache(maxsize=1)
def load() -> dict:
    """The structure model (enabled, weights, margin); no file (an older tree): off."""
    if not MODEL.exists():
        return {"enabled": False, "weights": {}, "margin": 0.0}
    raw = json.loads(MODEL.read_text(encoding="utf-8"))
    return {"enabled": bool(raw.get("enabled")), "weights": raw.get("weights", {}), "margin": raw.get("margin", 0.0)}


@lru_cache(maxsize=1)
def _openers() -> dict[str, frozenset]:
    """cues.json's closed lists of how a sentence opens (attribution: fronted, context, sum openers)."""
    from .attribution import _issue_words

    words = _issue_words()
    return {"sum": words[3], "context": words[6], "fronted": words[8]}


def opening(ctx: Ctx, si: int) -> str:
    """How sentence si opens: `recall` («وكان … قد»), `also` («كما»), `cont` (a subjectless reporting verb: «وأضاف
    أن»), `details` («ففي», «فقد»), `shift` (a fronted phrase: «وفي …»), `context` («ويأتي ذلك»), `sum` («وبذلك»),
    `wverb` («و» + another word), `other`. Made once a sentence (ctx.memo)."""
    memo = ctx.memo.setdefault("structure_opening", {})
    if si not in memo:
        memo[si] = _opening(ctx, si)
    return memo[si]


def _opening(ctx: Ctx, si: int) -> str:
    s = ctx.sents[si]
    t0 = bisect_left(ctx.tok_starts, s.start)
    toks = [ctx.ftoks[j] for j in range(t0, min(t0 + 4, len(ctx.ftoks))) if ctx.tok_starts[j] < s.end]
    if not toks:
        return "other"
    first, op = toks[0], _openers()
    plup: frozenset = getattr(ctx.v, "pluperfect", frozenset())
    if any(w.removeprefix("و") in plup for w in toks):
        return "recall"
    if first == "كما":
        return "also"
    if first in getattr(ctx.v, "continuation", frozenset()):
        return "cont"
    if first.startswith("ف") and ("و" + first[1:] in op["fronted"] or first == "فقد"):
        return "details"
    if first in op["fronted"] or "و" + first in op["fronted"]:
        return "shift"
    if first in op["context"]:
        return "context"
    if first in op["sum"]:
        return "sum"
    return "wverb" if first.startswith("و") else "other"


def lead_index(ctx: Ctx) -> int:
    """The first sentence of the body: not a headline line, more than a dateline's words."""
    k = ctx.memo.get("structure_lead")
    if k is None:
        k = next((i for i in range(len(ctx.sents)) if not _headline(ctx, i) and len(
            ctx.text[ctx.sents[i].start:ctx.sents[i].end].split()) > _SHORT_LINE), 0)
        ctx.memo["structure_lead"] = k
    return k


def _headline(ctx: Ctx, si: int) -> bool:
    if hasattr(ctx, "headline"):
        return ctx.headline(si)
    end0 = ctx.sents[0].end
    return si == 0 and "\n" in ctx.text[end0:end0 + 3]


def position(ctx: Ctx, si: int) -> str:
    """`head` (a headline line), `lead` (the body's first sentence), `body`."""
    if _headline(ctx, si):
        return "head"
    return "lead" if si == lead_index(ctx) else "body"


def where(ctx: Ctx, si: int, k: int, para_start: int) -> str:
    """Where a candidate's sentence k stands from the record's si: same, prev, para (earlier in its paragraph),
    top (the headline or the lead, before si), far (earlier still), next, later."""
    if k == si:
        return "same"
    if k == si - 1:
        return "prev"
    if k == si + 1:
        return "next"
    if k > si:
        return "later"
    if k <= lead_index(ctx):
        return "top"
    return "para" if k >= para_start else "far"


def first_told(ctx: Ctx, lo: int, hi: int) -> tuple[set, bool]:
    """The event types of the first typed trigger between lo and hi, and whether it is denied («لم/لا/لن» in the
    four words before it: the other side's denial tells no act)."""
    t_lo = bisect_left(ctx.tok_starts, lo)
    neg: frozenset = getattr(ctx.v, "negation", frozenset())
    for t in sorted(ctx.m["triggers"].starting(lo, hi), key=lambda t: t.start):
        vals = t.value if isinstance(t.value, list) else [t.value]
        types = {v.get("type") for v in vals if isinstance(v, dict)} - _UNTYPED
        if not types:
            continue
        k = bisect_left(ctx.tok_starts, t.prefix_start)
        return types, any(ctx.ftoks[j] in neg for j in range(max(t_lo, k - 4), k))
    return set(), False


def _places(ctx: Ctx, k: int) -> frozenset:
    """The places (no country) sentence k names, folded (made once a sentence)."""
    memo = ctx.memo.setdefault("structure_places", {})
    if k not in memo:
        from .vocab import ffold

        s = ctx.sents[k]
        memo[k] = frozenset(ffold(p.get("name_ar") or p["surface"]) for p in ctx.places.between(s.start, s.end)
                            if p.get("kind") != "country")
    return memo[k]


def _sourced(ctx: Ctx, att, k: int) -> bool:
    memo = ctx.memo.setdefault("structure_sourced", {})
    if k not in memo:
        memo[k] = any(not a.get("_self") and a.get("start") is not None for a in att.of_sentence(k))
    return memo[k]


def record_traits(ctx: Ctx, att, rec: dict, si: int, types_in) -> dict:
    """What the record's sentence is: its opening, its position, whether it names a source of its own, whether
    its act was told in an earlier sentence."""
    told_before = any(rec.get("type") in types_in(k) for k in range(max(0, si - 6), si))
    return {"op": opening(ctx, si), "pos": position(ctx, si), "own": _sourced(ctx, att, si),
            "told_before": told_before}


def none_features(traits: dict) -> dict:
    """The outlet fallback's structure features (the record's traits)."""
    f = {f"none&op={traits['op']}": 1.0, f"none&pos={traits['pos']}": 1.0}
    if traits["own"]:
        f["none&own"] = 1.0
    if traits["told_before"]:
        f["none&told_before"] = 1.0
    return f


def source_features(ctx: Ctx, att, rec: dict, c: dict, si: int, traits: dict, types_in, para_start: int) -> dict:
    """A candidate source's structure features: where it stands crossed with the record's traits, what its own
    sentence tells first after it, whether a sentence with a source stands between, and the places of the two."""
    k = c.get("_si", si)
    w = where(ctx, si, k, para_start)
    f = {f"w={w}": 1.0, f"w={w}&op={traits['op']}": 1.0, f"w={w}&pos={traits['pos']}": 1.0}
    if traits["own"]:
        f[f"w={w}&own"] = 1.0
    if w == "same":
        return f
    s = ctx.sents[k]
    types, denied = first_told(ctx, c.get("end", s.start), s.end)
    told = "denied" if denied else "same" if rec.get("type") in types else "other" if types else "nothing"
    f[f"w={w}&first={told}"] = 1.0
    lo, hi = sorted((k, si))
    between = range(lo + 1, hi)
    if not any(_sourced(ctx, att, j) for j in between):
        f[f"w={w}&nearest"] = 1.0
    if any(types_in(j) - {rec.get("type"), "unasserted"} for j in between):
        f[f"w={w}&gap_other"] = 1.0
    mine, theirs = _places(ctx, si), _places(ctx, k)
    if mine - theirs:
        f[f"w={w}&new_place"] = 1.0
    if theirs - mine:
        f[f"w={w}&their_place"] = 1.0
    if mine & theirs:
        f[f"w={w}&shared_place"] = 1.0
    return f
