"""A learned chooser of who an event is reported by (stop 36; issue 10's reported_by bar).

The rules (attribution.py) pick one source per mention. Their misses on the paraphrase sets are mostly
the outlet where the text names a source in another sentence of the paragraph or in the first lines,
a span that names no one («الخوف», «التقرير»), and a source where the gold has none (a recall, the
outlet's own reporter). Here the CHOICE is learned: per record, the candidates are the rules' own
choice, every source the rules' cue reader finds in the record's sentence, in the sentences before it
in its paragraph, in the next sentence and in the document's first two lines, and "none" (the outlet
fallback). A conditional logit (scripts/train_source_chooser.py, numpy, deterministic) scores each by
how it is linked (the cue's kind, where it stands, whether it is a known or tagged name, whether other
records took it); the rules' choice gets a margin. Off unless the model file says `enabled`.

The candidates and features read only what every tree of marsad since stop 32 has (Attribution.of_sentence,
Ctx.sents/text/ents, canonical_source): the training script replays the first-run commits with this file.
"""
from __future__ import annotations

import json
import math
from bisect import bisect_left
from functools import lru_cache
from pathlib import Path

from marsad.arabic.normalize import fold_str as ffold

from . import source_structure as structure
from .attribution import Attribution, canonical_source
from .context import Ctx

WEIGHTS = Path(__file__).resolve().parents[2] / "data" / "events" / "source_chooser.json"
ENABLED = True  # the pipeline hook asks (with the model file's own `enabled`); the trainer turns it off
STRUCTURE: bool | None = None  # the structure features (source_structure.py): None, when its model is on; the trainer's True
_KINDS = ("verb", "prep", "issued", "as", "colon", "head")


@lru_cache(maxsize=1)
def load(path: str | None = None) -> dict:
    """The chooser's model: the structure model (source_structure.json) when it is on, else stop 36's."""
    if path is None and structure.load()["enabled"] and structure.load()["weights"]:
        return structure.load()
    p = Path(path or WEIGHTS)
    if not p.exists():
        return {"enabled": False, "weights": {}, "margin": 0.0}
    raw = json.loads(p.read_text(encoding="utf-8"))
    return {"enabled": bool(raw.get("enabled")), "weights": raw.get("weights", {}), "margin": raw.get("margin", 0.0)}


def _para_start(ctx: Ctx, si: int) -> int:
    """The first sentence of si's paragraph (a line break before a sentence opens one). The starts are worked out
    once a document (ctx.memo): walking back from each candidate would cost the paragraph's length per record."""
    starts = ctx.memo.get("source_chooser_paras")
    if starts is None:
        starts = ctx.memo["source_chooser_paras"] = _para_starts(ctx)
    return starts[si]


def _para_starts(ctx: Ctx) -> list[int]:
    out, k = [], 0
    for si in range(len(ctx.sents)):
        if si and "\n" in ctx.text[ctx.sents[si - 1].end:ctx.sents[si].start + 1]:
            k = si
        out.append(k)
    return out


def _rep_key(rep: dict | None) -> tuple | None:
    if not rep or rep.get("outlet"):
        return None
    return (rep.get("start"), rep.get("end")) if rep.get("start") is not None else ("s", rep.get("surface"))


_BACK, _AHEAD = 6, 3  # sentences looked at before and after the record's own (a window: linear in the document)


def _window(ctx: Ctx, si: int) -> list[int]:
    """The sentences whose sources may be the record's: its paragraph back to _BACK sentences, _AHEAD after it,
    and the first two lines (headline, byline)."""
    n = len(ctx.sents)
    return sorted(k for k in {0, 1, *range(max(0, si - _BACK), min(n, si + _AHEAD + 1))} if k < n)


def candidates(ctx: Ctx, att: Attribution, rec: dict) -> list[dict]:
    """None first (the outlet fallback), then the rules' choice, then every other source the cue reader
    finds around the record; each a public source dict with private `_si`, `_kind`, `_cue`, `_rank` (its order
    among the sources after the record)."""
    si = ctx.sent_of(rec["start"])
    out: list[dict] = [{"_none": True}]
    seen: set = set()
    rule = rec.get("reported_by")
    if rule and not rule.get("outlet"):
        out.append(dict(rule, _rule=True, _si=ctx.sent_of(rule["start"]) if rule.get("start") is not None else si,
                        _cue=rule.get("start")))
        seen.add(_rep_key(rule))
    after = 0
    for k in _window(ctx, si):
        for a in att.of_sentence(k):
            if a.get("_self") or a.get("start") is None:
                continue
            key = (a["start"], a["end"])
            cue = a.get("cue_start", a["start"])
            rank = None
            if cue > rec["end"]:
                rank, after = after, after + 1
            if key in seen:
                if len(out) > 1 and out[1].get("_rule") and _rep_key(out[1]) == key and "_kind" not in out[1]:
                    out[1].update(_rank=rank, _kind=a.get("kind"), _cue=cue)  # (how the cue reader linked the rules' own)
                continue
            seen.add(key)
            c = {"surface": a["surface"], "canonical": a.get("canonical"), "start": a["start"], "end": a["end"],
                 "_si": k, "_kind": a.get("kind"), "_cue": cue, "_rank": rank}
            if a.get("name"):
                c["name"] = a["name"]
            out.append(c)
    return out


def _first(c: dict) -> str:
    return ffold((c.get("surface") or "").split()[0]) if (c.get("surface") or "").split() else ""


def _where(ctx: Ctx, si: int, k: int) -> str:
    p0 = _para_start(ctx, si)
    return "same" if k == si else "next" if k == si + 1 else "later" if k > si else "para" if k >= p0 else \
        "head" if k <= 1 else "far"


def _quality(ctx: Ctx, c: dict, taken: dict | None) -> dict[str, float]:
    """What the candidate's name is: a known source, a tagged body or person, a generic head, a reporter, or
    none of these (a word like «الخوف» the cue reader took)."""
    words = _word_classes()
    canon = c.get("canonical") or (canonical_source(ctx, {k: v for k, v in c.items() if not k.startswith("_")})
                                   or {}).get("canonical")
    head = _first(c).removeprefix("و")
    q = {"known": float(bool(canon)),
         "own_outlet": float(bool(canon) and bool(ctx.outlet) and canon == ctx.outlet),
         "tagged": float(any(e.get("type") in ("ORG", "PER") for e in ctx.ents.starting(c["start"] - 1, c["start"] + 2))),
         "generic": float(head in words["generic"] or _bare(head) in words["generic"]),
         "reporter": float(_bare(head) in words["reporters"] or head in words["our"]),
         "one_word": float(len((c.get("surface") or "").split()) == 1)}
    q["nameless"] = float(not (q["known"] or q["tagged"] or q["generic"] or q["reporter"]))
    n = (taken or {}).get(_rep_key(c), 0)
    q["taken"], q["taken_many"] = float(n > 0), float(n > 2)
    return q


def features(ctx: Ctx, att: Attribution, rec: dict, cands: list[dict], taken: dict | None = None) -> list[dict]:
    """One feature dict per candidate. `taken`: source key -> how many records of the document the rules
    gave it. The rules' choice carries its own copies of its traits (`rule&…`): what makes the rules wrong."""
    si = ctx.sent_of(rec["start"])
    rule_none = _rules_none(rec)
    # (a headline line over a body; the first sentence of a bare passage is its lead, no headline)
    end0 = ctx.sents[0].end
    ev_head = ctx.headline(si) if hasattr(ctx, "headline") else si == 0 and "\n" in ctx.text[end0:end0 + 3]
    rule_q = next((_quality(ctx, c, taken) for c in cands if c.get("_rule")), {})
    # (sorted: a set's order follows the process's string hashing, and the score sums in the dict's order)
    spots = sorted({_where(ctx, si, c["_si"]) for c in cands if not c.get("_none") and not c.get("_rule")})
    out = [_none_features(rec, rule_none, ev_head, rule_q, spots) if c.get("_none") else
           _source_features(ctx, rec, c, si, taken, rule_none, ev_head, rule_q) for c in cands]
    if STRUCTURE or (STRUCTURE is None and structure.load()["enabled"]):
        types_in = lambda k: _types_in(ctx, taken, k)  # noqa: E731
        traits = structure.record_traits(ctx, att, rec, si, types_in)
        for c, f in zip(cands, out):
            f.update(structure.none_features(traits) if c.get("_none") else
                     structure.source_features(ctx, att, rec, c, si, traits, types_in, _para_start(ctx, si)))
    return out


def _none_features(rec: dict, rule_none: bool, ev_head: bool, rule_q: dict, spots: list[str]) -> dict:
    """The outlet fallback's features: what the record is, and what the rules' choice and the others are."""
    bg = bool(rec.get("background"))
    return {"none": 1.0, "none&bg": float(bg), "none&rule": float(rule_none), "none&ev_head": float(ev_head),
            "none&type=" + str(rec.get("type")): 1.0,
            **{"none&rule_" + k: v for k, v in rule_q.items()},
            **{"none&any_" + w: 1.0 for w in spots}}


def _source_features(ctx: Ctx, rec: dict, c: dict, si: int, taken: dict | None, rule_none: bool, ev_head: bool,
                     rule_q: dict) -> dict:
    """A source's features: where it stands, how its cue links it, what it names, what its sentence tells."""
    where = _where(ctx, si, c.get("_si", si))
    kind = c.get("_kind") or "rule"
    q = _quality(ctx, c, taken)
    f = {"rule": float(bool(c.get("_rule"))), "at=" + where: 1.0, f"{where}&kind={kind}": 1.0, **q}
    f["kind=" + (kind if kind in _KINDS or kind == "rule" else "other")] = 1.0
    if c.get("_si", si) <= 1 and where != "same":
        f["in_top"] = 1.0
    if c.get("_si") == _para_start(ctx, c.get("_si", si)) and where != "same":
        f["opens_para"] = 1.0
    if where == "same" and c.get("_cue") is not None:
        f["cue_before" if c["_cue"] <= rec["start"] else "cue_after"] = 1.0
        lo, hi = sorted((c["_cue"], rec["start"]))
        f["near"] = math.exp(-ctx.words_between(lo, hi) / 12)
    if c.get("_rank") == 0:
        f["first_after"] = 1.0
        f["first_after&ev_head"] = float(ev_head)
    if rule_none:
        f["rules_none&at=" + where] = 1.0
    if where != "same":
        _told(ctx, rec, c, taken, where, kind, f)
    if c.get("_rule"):
        f.update({"rule&" + k: v for k, v in q.items()})
        f["rule&at=" + where] = 1.0
        f[f"rule&{where}&kind={kind}"] = 1.0
        f["rule&bg"] = float(bool(rec.get("background")))
    elif rule_q.get("nameless"):
        f["rule_nameless&alt"] = 1.0
    return f


def _told(ctx: Ctx, rec: dict, c: dict, taken: dict | None, where: str, kind: str, f: dict) -> None:
    """A source of another sentence: what that sentence tells, and whether the source opens it."""
    told = _types_in(ctx, taken, c["_si"])
    f["tells_same_type"] = float(rec.get("type") in told)
    f["tells_other_type"] = float(bool(told - {rec.get("type")}))
    f["tells_nothing"] = float(not told)
    f["tells_unasserted"] = float("unasserted" in told)
    s0 = ctx.sents[c["_si"]].start
    f["opens_sent"] = float(c.get("_cue") is not None and c["_cue"] <= s0 + 1)
    f[f"{where}&opens_sent&kind={kind}"] = f["opens_sent"]


def _rules_none(rec: dict) -> bool:
    """The rules gave the record no source of the text (none, or the outlet fallback)."""
    return not (rec.get("reported_by") and not rec["reported_by"].get("outlet"))


def _bare(w: str) -> str:
    return w[2:] if w.startswith("ال") and len(w) > 4 else w


@lru_cache(maxsize=1)
def _word_classes() -> dict[str, frozenset]:
    """The closed classes the features ask for, from the cues data (attribution_words, generic heads)."""
    from .vocab import cue_words, vocab

    def cw(key: str) -> frozenset:
        try:
            return frozenset(ffold(w) for w in cue_words("attribution_words", key))
        except Exception:  # an older tree's cues may lack a class
            return frozenset()

    v = vocab()
    gen = frozenset(ffold(w) for w in getattr(v, "generic_heads", ()) or ())
    return {"generic": gen, "reporters": cw("reporters"), "our": cw("our_reporters")}


def score(f: dict, weights: dict) -> float:
    return sum([weights.get(k, 0.0) * v for k, v in f.items()])  # (a list: no generator step per feature)


def best(fs: list[dict], weights: dict, margin: float = 0.0) -> int:
    """The candidate to take: the rules' choice (or none, when the rules gave none) gets `margin`."""
    top, top_s = 0, -math.inf
    for b, f in enumerate(fs):
        s = score(f, weights) + (margin + 1e-9 if f.get("rule") or f.get("none&rule") else 0.0)
        if s > top_s:
            top, top_s = b, s
    return top


def taken_by(recs: list[dict]) -> dict:
    """What the features ask of the document's other records: how many the rules gave each source, and the
    event types told in each sentence (by the start of the record's trigger)."""
    out: dict = {"_types": {}}
    for r in recs:
        k = _rep_key(r.get("reported_by"))
        if k is not None:
            out[k] = out.get(k, 0) + 1
        # (an act denied or hoped for is told as such: «نفت … أن قواتها نفذت غارة»)
        told = r.get("type") if r.get("modality", "asserted") == "asserted" else "unasserted"
        out["_types"].setdefault(r["start"], set()).add(told)
    return out


def _types_in(ctx: Ctx, taken: dict | None, k: int) -> set:
    """The event types told in sentence k: the record starts are sorted once a document and bisected (a scan of
    every record's start for every candidate would be records squared)."""
    taken = taken or {}
    types = taken.get("_types", {})
    if not types:
        return set()
    order = taken.get("_order")
    if order is None or len(order) != len(types):
        order = taken["_order"] = sorted(types)
    s = ctx.sents[k]
    return {t for start in order[bisect_left(order, s.start):bisect_left(order, s.end)] for t in types[start]}


def apply(ctx: Ctx, att: Attribution, rec: dict, cand: dict) -> None:
    """Give the record the chosen source (none: the outlet fallback)."""
    if cand.get("_none"):
        rep = att.fallback()
    else:
        rep = canonical_source(ctx, {k: v for k, v in cand.items() if not k.startswith("_")})
    _move_source_actor(rec, rec.get("reported_by"), rep)
    rec["reported_by"] = rep
    rec["reported_by_source"] = ("outlet" if rep and rep.get("outlet") else "text") if rep else "none"


def _move_source_actor(rec: dict, old: dict | None, rep: dict | None) -> None:
    """The record's `source` actor follows its reported_by (the actors list and reported_by must name one body)."""
    old, rep = old or {}, rep or {}
    if (old.get("start"), old.get("surface")) == (rep.get("start"), rep.get("surface")):
        return

    def was_old(a: dict) -> bool:
        return a.get("role") == "source" and (a["start"] == old.get("start") if "start" in a else
                                              a.get("surface") == old.get("surface"))
    actors = [a for a in rec.get("actors") or [] if not was_old(a)]
    if rep.get("start") is not None and not rep.get("outlet"):
        actors.append({"surface": rep["surface"], "role": "source", "canonical": rep.get("canonical"),
                       "start": rep["start"], "end": rep["end"]})
    rec["actors"] = actors


def refine(ctx: Ctx, att: Attribution, recs: list[dict], late: bool = False) -> None:
    """The pipeline hook on a document's finished records (asserted ones). No model, or off: the rules stand.
    Stop 36's model runs before lead_source (`late` False); the structure model after it (`late`), as its
    trainer saw the records (the pipeline's finished ones)."""
    model = load()
    if not (ENABLED and model["enabled"] and model["weights"]) or late != (model is structure.load()):
        return
    taken = taken_by(recs)
    for r in recs:
        if r.get("modality", "asserted") != "asserted":
            continue
        cands = candidates(ctx, att, r)
        b = best(features(ctx, att, r, cands, taken), model["weights"], model["margin"])
        if not cands[b].get("_rule") and not (cands[b].get("_none") and _rules_none(r)):
            apply(ctx, att, r, cands[b])
