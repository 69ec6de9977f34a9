"""A learned decision whether two emitted records tell one incident (issue 10, stop 34).

Why: on unseen text the rules both join two incidents into one and tell one incident twice; a user
sums counts, so both are wrong answers. The rules' join point (incidents.resolve/_joins) is a cascade
of a few hundred wordings, each written for text someone had read. This component looks at what the
cascade left apart: every pair of asserted records of the same or a compatible type a few records
apart in one passage, described by GENERAL features only (how their types, places, figures, days,
sources and agents relate; how far apart they are told and in which part of the passage; whether the
later one opens on an anaphor noun or after a contrast or addition cue). No feature names a word of a
passage: the cue words are closed classes in ``data/events/join_chooser_cues.json``.

It works after the rules, on records (a post-hoc variant of the join point): a pair the model calls one
incident is merged into one record, the fuller telling kept (the rules' precedence, incidents._fullness:
a figure, then a place, then a day of the text, then the earlier), every telling of both kept in
`mentions`, an argument the kept telling lacks taken from the other. Splitting a record the rules joined
is out of scope (a record keeps no mention's own place or figure to split by). Being post-hoc, the hook
also runs on the records of an older tree, which is how the first-run folds of the benchmark judge it.

The second variant works AT the join point: `decide` is asked for every (incident, mention) pair the rules decide
in incidents.resolve, with the rules' answer; a pair of related types is described by the same features (the
incident and the mention seen as records, `_view`) plus the rules' answer, and a second model ("point" in the
file) may say otherwise: keep apart what the rules joined (the direction the post-hoc merge cannot reach), or
join what they kept apart. The rules' own side effects on the pair stay (a type or a place they set while
deciding). Old trees are judged by patching their incidents._joins with it (scripts/train_join_chooser.py).

The model (``data/events/join_chooser.json``, written by ``scripts/train_join_chooser.py``) is a
pairwise logistic regression: weights by feature name, a bias, a threshold and `enabled`.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from . import arguments, event_filter, tellings
from .clauses import place_key
from .context import Ctx
from .event_filter import score  # P(one incident) = sigmoid(bias + w·f): the filter's logistic score

DATA = Path(__file__).resolve().parents[2] / "data" / "events"
WEIGHTS = DATA / "join_chooser.json"
CUES = DATA / "join_chooser_cues.json"
ENABLED = True  # the training script turns the hook off to see every record the rules emit
REACH = 4  # how many asserted records after a record may be its second telling (linear in the passage)
_REMOTE = frozenset({"airstrike", "shelling"})
_GROUND = frozenset({"territory_change", "armed_clash"})
_ACTS = frozenset({"airstrike", "shelling", "explosion", "armed_clash", "territory_change"})
_FILL = ("place", "count", "fatalities", "injured", "date", "reported_by")
# what describes an argument, taken with it when the kept telling has none (a figure's span and noun, a day's grain
# and source, whose report it is): a merged record says where its figure stands and how its day was known
_WITH = {"count": ("quantity", "counted", "counted_en"), "fatalities": ("quantity", "counted", "counted_en"),
         "date": ("date_grain", "date_source"), "reported_by": ("reported_by_source",)}


OVERRIDE: dict | None = None  # the join point's model given by the trainer or the benchmark (a fold's), not the file's
WATCH: list | None = None  # when a list, every pair the join point decides is appended to it (the trainer's view)


@lru_cache(maxsize=8)
def load(path: str | None = None, part: str | None = None) -> dict:
    """The model file: {"enabled", "threshold", "bias", "weights": {feature: weight}}; `part` "point": the join
    point's model, kept under that key."""
    p = Path(path) if path else WEIGHTS
    raw = json.loads(p.read_text(encoding="utf-8")) if p.exists() else {}
    raw = raw.get(part) or {} if part else raw
    return {"enabled": bool(raw.get("enabled", False)), "threshold": float(raw.get("threshold", 0.5)),
            "bias": float(raw.get("bias", 0.0)), "weights": raw.get("weights", {}),
            "margin": float(raw.get("margin", 0.0))}


@lru_cache(maxsize=1)
def cues() -> dict[str, str]:
    """{folded word: class} of the closed classes (anaphor nouns, contrast, addition, another, same, recap)."""
    from ...arabic.normalize import fold_str

    raw = json.loads(CUES.read_text(encoding="utf-8"))
    return {fold_str(w): name for name, words in raw["classes"].items() for w in words}


def relation(a: str, b: str) -> str | None:
    """How two types may be one incident: the same type, air and artillery told as one attack, a clash
    and the taking it came through, an act and its dead; None: never one incident."""
    if a == b:
        return "same"
    if a in _REMOTE and b in _REMOTE:
        return "remote"
    if a in _GROUND and b in _GROUND:
        return "ground"
    if "casualties" in (a, b) and (a in _ACTS or b in _ACTS):
        return "act_dead"
    if "explosion" in (a, b) and "armed_clash" in (a, b):
        return "assault"
    return None


def candidates(recs: list[dict]) -> list[tuple[int, int]]:
    """(i, j) index pairs into recs, i before j: asserted single records (not a group's member) of related
    types at most REACH such records apart."""
    idx = [k for k, r in enumerate(recs) if r.get("group") is None and r.get("modality", "asserted") == "asserted"]
    out = []
    for n, i in enumerate(idx):
        for j in idx[n + 1:n + 1 + REACH]:
            if relation(recs[i].get("type") or "", recs[j].get("type") or "") is not None:
                out.append((i, j))
    return out


def _place_rel(a: dict | None, b: dict | None) -> str:
    if a is None or b is None:
        return "none" if a is None and b is None else "one_missing"
    if place_key(a) == place_key(b) or (a.get("name_en") and a.get("name_en") == b.get("name_en")):
        return "same"
    if arguments.holds(a, b) or arguments.holds(b, a):
        return "nested"
    if a.get("admin1_en") and a.get("admin1_en") == b.get("admin1_en"):
        return "same_gov"
    return "different"


def _fig(r: dict) -> tuple[float | None, float | None]:
    q = r.get("count") or r.get("fatalities") or {}
    return q.get("low"), q.get("high")


def _figure_rel(a: dict, b: dict, key: str | None = None) -> str:
    qa, qb = (_fig(a), _fig(b)) if key is None else \
        (((a.get(key) or {}).get("low"),) * 2, ((b.get(key) or {}).get("low"),) * 2)
    la, lb = qa[0] if qa[0] is not None else qa[1], qb[0] if qb[0] is not None else qb[1]
    if la is None or lb is None:
        return "none" if la is None and lb is None else "one_missing"
    if qa == qb or la == lb:
        return "same"
    return "later_part" if lb < la else "later_more"


def _date_rel(a: dict, b: dict) -> str:
    if a.get("date") is None or b.get("date") is None:
        return "one_missing"
    if a.get("date") == b.get("date"):
        return "same"
    return "differ_text" if "text" in (a.get("date_source"), b.get("date_source")) else "differ"


def _named(r: dict, what: str) -> str | None:
    if what == "source":
        rb = r.get("reported_by") if r.get("reported_by_source") == "text" else None
        return (rb.get("canonical") or rb.get("surface")) if isinstance(rb, dict) else None
    return next((x.get("canonical") or x.get("surface") for x in r.get("actors") or [] if x.get("role") == "agent"),
                None)


def _name_rel(a: dict, b: dict, what: str) -> str:
    x, y = _named(a, what), _named(b, what)
    if x is None or y is None:
        return "none" if x is None and y is None else "one_missing"
    return "same" if x == y else "different"


def _cue_classes(ctx: Ctx, lo: int, hi: int) -> set[str]:
    """The cue classes of the words between lo and hi (at most 12 words)."""
    from bisect import bisect_left

    table = cues()
    a, b = bisect_left(ctx.tok_starts, lo), bisect_left(ctx.tok_starts, hi)
    out = set()
    for w in ctx.ftoks[max(a, b - 12):b]:
        w = w.strip(event_filter._STRIP)
        c = table.get(w) or (table.get(w[1:]) if len(w) > 2 and w[0] in "وف" else None)
        if c is not None:
            out.add(c)
    return out


def _word(ctx: Ctx, r: dict) -> str:
    """The folded word the trigger starts in (its article and clitics with it: «والقصف» for «قصف»), bare of
    a leading «و»/«ف»/«ب» and of punctuation."""
    k = ctx.tok_of(r["start"])
    w = ctx.ftoks[k].strip(event_filter._STRIP) if 0 <= k < len(ctx.ftoks) else ""
    return w[1:] if len(w) > 3 and w[0] in "وفب" and not w.startswith("ال") else w


def _trigger_class(ctx: Ctx, r: dict) -> str | None:
    """The cue class of the trigger's word (an anaphor noun: «الهجوم», «العملية»)."""
    return cues().get(_word(ctx, r))


def features(ctx: Ctx, a: dict, b: dict, between: int = 0) -> dict[str, float]:
    """The sparse features of the pair (a told before b; `between`: records of a's type told between them), read
    from the records and the document alone (and the trigger hits, mentions.event_words)."""
    rel = relation(a.get("type") or "", b.get("type") or "") or "none"
    sa, sb = ctx.sent_of(a["start"]), ctx.sent_of(b["start"])
    f: dict[str, float] = {"types=" + rel: 1.0, f"types={rel}&{a.get('type')}": 1.0}
    place, fig = _place_rel(a.get("place"), b.get("place")), _figure_rel(a, b)
    f["place=" + place] = 1.0
    f["figure=" + fig] = 1.0
    f[f"place={place}&figure={fig}"] = 1.0
    f["fatalities=" + _figure_rel(a, b, "fatalities")] = 1.0
    f["date=" + _date_rel(a, b)] = 1.0
    f["source=" + _name_rel(a, b, "source")] = 1.0
    f["agent=" + _name_rel(a, b, "agent")] = 1.0
    gap = event_filter._bucket(sb - sa, (0, 1, 2, 3))
    f["sents=" + gap] = 1.0
    f[f"sents={gap}&types={rel}"] = 1.0
    ra, rb = event_filter._role(ctx, sa), event_filter._role(ctx, sb)
    f[f"roles={ra}>{rb}"] = 1.0
    f["kinds=" + (a.get("kind") or "incident") + ">" + (b.get("kind") or "incident")] = 1.0
    for c in _cue_classes(ctx, ctx.sents[sb].start if sa != sb else a["end"], b["start"]):
        f["before_" + c] = 1.0  # the words that open b's clause (or that stand between the two in one sentence)
    f["anaphor_b"] = float(_trigger_class(ctx, b) == "anaphor")
    f["anaphor_a"] = float(_trigger_class(ctx, a) == "anaphor")
    f["background_b"] = float(bool(b.get("background")))
    f["between_same_type=" + event_filter._bucket(between, (0, 1, 2))] = 1.0
    f.update(_trigger_rel(ctx, a, b))
    return f


def _trigger_rel(ctx: Ctx, a: dict, b: dict) -> dict[str, float]:
    """How the two triggers are told: each one's part of speech (types.json), b's definite, the same word twice."""
    ha, hb = event_filter._hit(ctx, a["start"], a.get("type")), event_filter._hit(ctx, b["start"], b.get("type"))
    pa, pb = (ha or {}).get("pos") or "?", (hb or {}).get("pos") or "?"
    wa, wb = _word(ctx, a), _word(ctx, b)
    return {f"pos={pa}>{pb}": 1.0, "definite_b": float(wb.startswith("ال")),
            "same_trigger": float(bool(wa) and wa == wb)}


def _fullness(r: dict) -> tuple:
    """The rules' precedence of tellings (incidents._fullness) on records: a figure, a place, a day of the text,
    then the earlier."""
    has_fig = r.get("count") is not None or r.get("fatalities") is not None
    return (has_fig * 2 + (r.get("place") is not None) + (r.get("date_source") == "text"), -r["start"])


def combine(a: dict, b: dict) -> dict:
    """One record of two tellings: the fuller kept, every telling of both, an argument it lacks from the other
    (with what describes it, _WITH), the type the rules give two tellings joined (tellings.dominant) and that
    type's subtype."""
    keep, other = (a, b) if _fullness(a) >= _fullness(b) else (b, a)
    out = dict(keep)
    for k in _FILL:
        if out.get(k) is None and other.get(k) is not None:
            out[k] = other[k]
            out.update({w: other.get(w) for w in _WITH.get(k, ()) if out.get(w) is None})
    out["type"] = tellings.dominant(a.get("type") or "", b.get("type") or "")
    if out["type"] != keep.get("type"):
        out["subtype"] = other.get("subtype")  # (an air strike joined by its shelling is an air strike's subtype)
    seen = {(m["start"], m["end"]) for m in out.get("mentions") or []}
    out["mentions"] = sorted((out.get("mentions") or []) + [m for m in other.get("mentions") or []
                                                           if (m["start"], m["end"]) not in seen],
                             key=lambda m: m["start"])
    return out


def merge(ctx: Ctx, recs: list[dict], model: dict | None = None) -> list[dict]:
    """The pipeline hook, on a passage's finished records: each later record of a pair the model scores at its
    threshold or above is merged into the earlier one (its best-scored earlier partner; pairs in text order,
    so a chain of tellings becomes one record). A model not enabled, or with no weights: all stay."""
    model = model or load()
    if not ENABLED or not model["enabled"] or not model["weights"] or len(recs) < 2:
        return recs
    return apply(recs, [(i, j, score(features(ctx, recs[i], recs[j], between(recs, i, j)), model["weights"],
                                     model["bias"])) for i, j in candidates(recs)], model["threshold"])


def between(recs: list[dict], i: int, j: int) -> int:
    """Records of recs[i]'s type told between i and j."""
    t = recs[i].get("type")
    return sum(1 for r in recs[i + 1:j] if r.get("type") == t)


def apply(recs: list[dict], scored: list[tuple[int, int, float]], threshold: float) -> list[dict]:
    """recs with the pairs (i, j, p) at p >= threshold merged (the training script rescores with it too)."""
    best: dict[int, tuple[float, int]] = {}
    for i, j, p in scored:
        if p >= threshold and p > best.get(j, (-1.0, 0))[0]:
            best[j] = (p, i)
    if not best:
        return recs
    into: dict[int, int] = {}
    out = list(recs)
    for j in sorted(best):
        i = best[j][1]
        while i in into:
            i = into[i]
        into[j] = i
        out[i] = combine(out[i], out[j])
    return [r for k, r in enumerate(out) if k not in into]


def _quantity(f: dict | None) -> dict | None:
    return None if f is None else {"low": f.get("low"), "high": f.get("high")}


def _view(ms: list, kind_of: str, main=None) -> dict:
    """A mention (ms of one) or an incident's tellings seen as a record: its type, its last telling's span (where
    the pair is told), the fullest telling's place, figure, day, source and agents, its dead's figure."""
    main, last = main or ms[0], ms[-1]
    fig = main.figure if main.role in ("count", "both") else None
    dead = main.figure if main.role in ("fatalities", "both") else next(
        (d.figure for m in ms for d in m.deaths if d.figure is not None and d.role in ("fatalities", "both")), None)
    place = next((m.place for m in ms if m.place is not None), None)
    rep = main.reported_by
    return {"type": kind_of, "start": last.start, "end": last.end, "trigger": last.surface, "place": place,
            "count": _quantity(fig), "fatalities": _quantity(dead), "date": main.date[0], "date_source": main.date[2],
            "reported_by": rep, "reported_by_source": "text" if rep and not rep.get("outlet") else "outlet",
            "actors": main.actors, "kind": "aggregate" if main.aggregate else "incident", "background": main.background}


def point_features(ctx: Ctx, inc, m, rule: bool) -> dict[str, float]:
    """The pair's features at the join point: the records' features of the incident and the mention as records,
    the rules' answer, and what the rules know of the mention (an anaphor, another of its kind, an aggregate)."""
    f = features(ctx, _view(inc.mentions, inc.type, inc.main), _view([m], m.type), 0)
    f["rule=" + ("join" if rule else "apart")] = 1.0
    f[f"rule={'join' if rule else 'apart'}&types={relation(inc.type, m.type)}"] = 1.0
    f["m_anaphor"] = float(m.anaphor)
    f["m_another"] = float(m.another)
    f["inc_tellings=" + event_filter._bucket(len(inc.mentions), (1, 2, 3))] = 1.0
    return f


def decide(ctx: Ctx, inc, m, rule: bool) -> bool:
    """The join point's answer for mention m and incident inc, given the rules' (incidents.resolve asks it for
    every pair it considers): the rules' answer unless the join point's model is on and the types are related."""
    if relation(inc.type, m.type) is None or (not ENABLED and WATCH is None):
        return rule
    model = OVERRIDE if OVERRIDE is not None else load(None, "point")
    if WATCH is None and not (model["enabled"] and model["weights"]):
        return rule
    f = point_features(ctx, inc, m, rule)
    if WATCH is not None:
        WATCH.append({"feats": f, "inc": _view(inc.mentions, inc.type, inc.main), "m": _view([m], m.type),
                      "rule": rule})
    if not ENABLED or not (model["enabled"] and model["weights"]):
        return rule
    # the rules' answer gets a margin (the model overrides it only when that sure: its changes on pairs the gold
    # says nothing of cost more than its right ones gain, train_join_chooser.choose_margin)
    margin = float(model.get("margin", 0.0))
    return score(f, model["weights"], model["bias"] + (margin if rule else -margin)) >= model["threshold"]
