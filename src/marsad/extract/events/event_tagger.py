"""A learned event-word tagger: which event types a sentence carries, read from the gold (stop 35).

Stops 26-33 wrote the rules that say which words start an event, and of which type, family by family; on the
paraphrase sets a gold event is lost before any choice when its sentence holds a mention of another type only
(type mapping), a trigger word not read as an event word there, or no mention at all; and a record is a non-act
when its sentence tells no act of its type. Those rules did not carry to held-out text, so this module learns the
step instead: one logistic score per event type over a sentence's features (its normalised words, the rules' own
mentions, event words and raw trigger hits there, whether it is the headline or the lead), fitted on the gold
(scripts/train_event_tagger.py). The model is read in three places, each behind its own flag in the JSON:

- ``retype``: a mention whose type the model rejects (its type's score under ``low``) becomes the type the model
  prefers most (over ``high``) when the rules made no mention of that type in the sentence;
- ``add``: a sentence the model credits with type T (over ``high``) where the rules made no mention of T gets one,
  at the raw trigger hit of T there or else the word whose weight for T is largest; the later steps (modality,
  arguments, incidents) make the record, or not, as for any mention;
- ``drop``: a finished record every sentence of whose mentions scores under ``floor`` for its type, and under
  ``high`` for every type, is dropped (sentences the model credits with no act at all).

Words are seen only as folded stems (marsad.arabic's folding via ctx.ftoks, proclitics stripped), never raw text.
The cost is linear: one pass over each sentence's tokens and the document's mentions and hits.
"""
from __future__ import annotations

import bisect
import functools
import json
from pathlib import Path
from typing import NamedTuple

import numpy as np

from .context import Ctx
from .mentions import Mention

DATA = Path(__file__).resolve().parents[2] / "data" / "events"
WEIGHTS = DATA / "event_tagger.json"
CUES = DATA / "cues.json"  # closed word classes: a word of one is the feature "c:<its class>" (a replay sets today's)
ENABLED = True  # the trainer and the benchmark switch the hook off (or give a model) to see the rules alone
ACTS = frozenset({"airstrike", "shelling", "explosion", "armed_clash"})  # what the rules' «attack» resolves to
_CLITICS = ("وبال", "فبال", "وال", "فال", "بال", "كال", "لل", "ال")
_MODEL: dict | None = None
_CLASSES: dict[str, dict[str, tuple[str, ...]]] = {}


class _Found(NamedTuple):
    """A mention as mentions.find left it (sentence, type): what `sentence_features` reads of it."""
    si: int
    type: str


def load(path: str | Path | None = None) -> dict:
    """The model file: {"uses": {retype, add, drop}, "low", "high", "floor", "types", "bias", "weights"}; the
    committed one is read once. A missing file is a model with every use off."""
    global _MODEL
    if path is None and _MODEL is not None:
        return _MODEL
    p = Path(path) if path else WEIGHTS
    raw = json.loads(p.read_text(encoding="utf-8")) if p.exists() else {}
    model = {"uses": {"retype": False, "add": False, "drop": False, **raw.get("uses", {})},
             "low": raw.get("low", 0.05), "high": raw.get("high", 0.8), "floor": raw.get("floor", 0.02),
             "groups": tuple(raw.get("groups", GROUPS)), "types": raw.get("types", []),
             "bias": raw.get("bias", []), "weights": raw.get("weights", {})}
    if path is None:
        _MODEL = model
    return model


@functools.lru_cache(maxsize=1 << 16)  # (the same words come back in every document)
def stem(w: str) -> str:
    """A folded word without its leading conjunction and article («والقصف» → «قصف»): the form the weights know."""
    if len(w) > 3 and w[0] in "وف" and w[1:3] != "ال":
        w = w[1:] if len(w) > 4 else w
    for c in _CLITICS:
        if w.startswith(c) and len(w) - len(c) >= 2:
            return w[len(c):]
    return w


def cue_classes() -> dict[str, tuple[str, ...]]:
    """{stem: its classes}: every one-word entry of cues.json, under the path of keys that holds it
    («modality.negated.cues»); the word classes the rules read, so that a class the gold shows to matter
    weighs for every word of it, seen in training or not."""
    got = _CLASSES.get(str(CUES))
    if got is None:
        from .vocab import ffold
        acc: dict[str, set[str]] = {}

        def walk(x, path: str) -> None:
            if isinstance(x, dict):
                for k, v in x.items():
                    if not k.startswith("about"):
                        walk(v, f"{path}.{k}" if path else k)
            elif isinstance(x, list):
                for v in x:
                    walk(v, path)
            elif isinstance(x, str) and " " not in x.strip() and path:
                acc.setdefault(stem(ffold(x.strip())), set()).add(path)

        walk(json.loads(CUES.read_text(encoding="utf-8")), "")
        got = _CLASSES[str(CUES)] = {w: tuple(sorted(c)) for w, c in acc.items()}
    return got


def _tokens(ctx: Ctx, si: int) -> range:
    s = ctx.sents[si]
    return range(bisect.bisect_left(ctx.tok_starts, s.start), bisect.bisect_left(ctx.tok_starts, s.end))


def _hits(ctx: Ctx) -> list[tuple[int, int, str, str]]:
    """The raw trigger hits (start, end, type, pos), every reading; kept in ctx.memo by mentions.event_words."""
    out = []
    got = (getattr(ctx, "memo", None) or {}).get("trigger_hits")
    for h in getattr(got, "items", None) or []:
        for info in h.value if isinstance(h.value, list) else [h.value]:
            if info and info.get("type"):
                out.append((h.start, h.end, info["type"], info.get("pos", "noun")))
    return out


def _hits_of(ctx: Ctx, si: int) -> list[tuple[int, int, str, str]]:
    """The raw trigger hits starting in sentence si (by ctx.sent_of), in _hits' order: bucketed once a document,
    not a pass over every hit of the document for each mention added."""
    got = ctx.memo.get("tagger_hits_by_sent")
    if got is None:
        got = ctx.memo["tagger_hits_by_sent"] = {}
        for h in _hits(ctx):
            got.setdefault(ctx.sent_of(h[0]), []).append(h)
    return got.get(si, [])


def _event_words(ctx: Ctx) -> list[tuple[int, str]]:
    return [(h.start, info.get("type")) for h, info in (getattr(ctx, "memo", None) or {}).get("event_words") or []]


GROUPS = ("words", "mentions", "events", "hits", "at")  # the feature groups a model reads unless its file says


def sentence_features(ctx: Ctx, found: list, groups: tuple[str, ...] = GROUPS,
                      only: set[int] | None = None) -> list[list[str]]:
    """Per sentence of ctx.sents, its feature names, by group: a bias; "at": where it stands (headline, lead,
    body); "words": its stems (w:); "cues": their cue classes (c:); "mentions": the types of the rules' mentions in
    it (m:); "near": those in the sentences either side (pm:, nm:); "events", "hits": the types of its event words
    (e:) and raw trigger hits (h:); "args": whether it holds a figure (q) and a place (pl). With `only`, the
    words of those sentences alone are read (the rest get what costs nothing: the drop asks of records' sentences)."""
    n = len(ctx.sents)
    feats: list[set[str]] = [{"bias"} for _ in range(n)]
    for si in range(n) if only is None else sorted(only):
        if "at" in groups:
            feats[si].add("at:" + ("head" if ctx.headline(si) else "lead" if si <= 1 else "body"))
        stems = {stem(ctx.ftoks[k]) for k in _tokens(ctx, si) if len(ctx.ftoks[k]) > 1}
        if "words" in groups:
            feats[si].update("w:" + w for w in stems)
        if "cues" in groups:
            classes = cue_classes()
            feats[si].update("c:" + c for w in stems for c in classes.get(w, ()))
    for m in found:
        if "mentions" in groups:
            feats[m.si].add("m:" + m.type)
        if "near" in groups:
            if m.si > 0:
                feats[m.si - 1].add("nm:" + m.type)
            if m.si + 1 < n:
                feats[m.si + 1].add("pm:" + m.type)
    if "args" in groups:
        for layer, name in ((ctx.quants, "q"), (ctx.places, "pl")):
            for x in layer.items:
                feats[ctx.sent_of(x["start"])].add(name)
    if "events" in groups:
        for a, t in _event_words(ctx):
            feats[ctx.sent_of(a)].add("e:" + str(t))
    if "hits" in groups:
        for a, _, t, _ in _hits(ctx):
            feats[ctx.sent_of(a)].add("h:" + t)
    return [sorted(f) for f in feats]


def scores(model: dict, feats: list[str]) -> dict[str, float]:
    """{type: probability that the sentence carries an event of that type}: the bias and the rows of the sentence's
    features summed (the weights as one dense matrix, made once per model)."""
    index, matrix = _dense(model)
    rows = [index[f] for f in feats if f in index]
    z = matrix[rows].sum(axis=0) + model["_bias"] if rows else model["_bias"]
    p = 1.0 / (1.0 + np.exp(-np.clip(z, -30.0, 30.0)))
    return dict(zip(model["types"], p.tolist()))


def _dense(model: dict) -> tuple[dict[str, int], np.ndarray]:
    got = model.get("_dense")
    if got is None:
        index = {f: i for i, f in enumerate(model["weights"])}
        matrix = np.zeros((len(index), len(model["types"])))
        for f, pairs in model["weights"].items():
            for ti, v in pairs:
                matrix[index[f], ti] = v
        got = model["_dense"] = (index, matrix)
        model["_bias"] = np.array(model["bias"], dtype=float)
    return got


def _has(types: set[str], t: str) -> bool:
    return t in types or (t in ACTS and "attack" in types)


def mend(ctx: Ctx, found: list[Mention], model: dict | None = None) -> list[Mention]:
    """The pipeline hook after mentions.find: retype and add mentions where the model is confident (the uses
    switched on in its JSON). Nothing changes when no use is on."""
    # (prune reads the mentions as found here, where the trainer saw them: later steps retype Mention objects in
    # place, «مجزرة» after «الطيران الحربي» becomes an airstrike, and the model was never fitted on those types)
    model = model or load()
    uses = model["uses"]
    if ENABLED and uses["drop"]:  # (the snapshot serves only the drop: no work per mention while it is off)
        ctx.memo["tagger_found"] = [_Found(m.si, m.type) for m in found]
    if not ENABLED or not (uses["retype"] or uses["add"]) or not model["types"]:
        return found
    feats = ctx.memo["tagger_feats"] = sentence_features(ctx, found, model["groups"])
    out = list(found)
    by_sent: dict[int, list[Mention]] = {}  # (once: a scan of every mention for each sentence is their product)
    for m in found:
        by_sent.setdefault(m.si, []).append(m)
    for si, f in enumerate(feats):
        ps = scores(model, f)
        here = by_sent.get(si, [])
        types = {m.type for m in here}
        want = [t for t, p in sorted(ps.items(), key=lambda kv: -kv[1]) if p >= model["high"] and not _has(types, t)]
        if not want:
            continue
        if uses["retype"]:
            gone = [m for m in here if ps.get(m.type, 1.0) < model["low"]]
            for m in gone:
                m.type = want[0]
            if gone:
                continue
        if uses["add"]:
            new = _new_mention(ctx, si, want[0], model)
            if new is not None:
                out.append(new)
    return sorted(out, key=lambda m: m.start)


def _new_mention(ctx: Ctx, si: int, typ: str, model: dict) -> Mention | None:
    """A mention of `typ` in sentence si: at a raw trigger hit of that type there (its reading's part of
    speech), else at the word whose weight for the type is the largest (a noun); None if no word has one."""
    s = ctx.sents[si]
    hit = next(((a, b, p) for a, b, t, p in _hits_of(ctx, si) if s.start <= a < s.end and _has({t}, typ)), None)
    if hit is None:
        ti = model["types"].index(typ)
        best, k_best = 0.0, None
        for k in _tokens(ctx, si):
            v = dict(model["weights"].get("w:" + stem(ctx.ftoks[k]), ())).get(ti, 0.0)
            if v > best:
                best, k_best = v, k
        if k_best is None:
            return None
        tok = ctx.tokens[k_best]
        hit = (tok.start, tok.end, "noun")
    a, b, pos = hit
    surface = ctx.text[a:b]
    return Mention(a, b, surface, typ, pos, None, si, stem(surface) != surface and "ال" in surface[:4], a)


def prune(ctx: Ctx, recs: list[dict], model: dict | None = None) -> list[dict]:
    """The pipeline hook on a passage's finished records: a record goes when every sentence of its mentions (its
    trigger's and those joined into it: a toll raised later is told in the act's own sentence too) is scored under
    `floor` for the record's type and credited with no type at all (none reaches `high`); a group only when all its
    records go. A toll told beside an act the model credits stays: the rules join it to that act, and our own guard
    sentences hold such tolls as events. Nothing goes when the use is off."""
    model = model or load()
    if not ENABLED or not model["uses"]["drop"] or not model["types"] or not recs:
        return recs
    sents = {id(r): _sentences(ctx, r) for r in recs if r.get("type") in model["types"]}
    feats = ctx.memo.get("tagger_feats") or sentence_features(
        ctx, ctx.memo.get("tagger_found", []), model["groups"], only=set().union(*sents.values()) if sents else set())
    ps: dict[int, dict[str, float]] = {}
    low = set()
    for r in recs:
        if id(r) in sents and sents[id(r)]:
            for si in sents[id(r)] - ps.keys():
                ps[si] = scores(model, feats[si])
            if all(_no_act(ps[si], r["type"], model) for si in sents[id(r)]):
                low.add(id(r))
    if not low:
        return recs
    kept_groups = {r["group"] for r in recs if r.get("group") is not None and id(r) not in low}
    return [r for r in recs if id(r) not in low or (r.get("group") is not None and r["group"] in kept_groups)]


def _sentences(ctx: Ctx, r: dict) -> set[int]:
    """The sentences of a record's trigger and of every mention joined into it."""
    spans = [r, *(r.get("mentions") or [])]
    return {ctx.sent_of(x["start"]) for x in spans if x.get("start") is not None}


def _no_act(ps: dict[str, float], typ: str, model: dict) -> bool:
    return ps[typ] < model["floor"] and max(ps.values()) < model["high"]
