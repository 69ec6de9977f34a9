"""A learned split of one incident into the incidents its text tells (issue 10, stop 35).

Why: the rules' join (incidents.resolve, tolls) makes one incident of mentions that tell several: a
second strike told after the first at another village, «وأغارت الطائرات أربع مرات على X» after a
headline's «غارات», air strikes and the shelling told beside them, a clash and the taking it came with. The
one record then matches one gold event and the others are lost (benchmarks/bench_events_reach.py: 43 of the
development sets' misses are "joined into another gold's record", 14 "into a record of another type").
Stop 34's join chooser only merges; nothing split.

Where: after the incidents are resolved and the tolls joined (extractor, right after tolls.cause_typed), before
the records are made, so that a part split off gets its own figure, dead, place, day and source from the
rules' record making (extractor._records), as any incident does.

What may be cut (`candidates`): a mention of the incident, after its first, that either has a place of its own
(one no earlier mention of the incident names, holds or lies in; not an anaphor: «في البلدة» refers back)
or is of another type than the incident (the rules' remote/ground/assault joins). A cut makes that mention
the head of a new incident; the later mentions go to the latest head at or before them that takes their
type (the first part takes any), and each death goes with the act it was attached to (else by position).

Which cuts are made: a logistic model over GENERAL features (`features`): how the part before and the
mention relate as records (join_chooser.features: types, places, figures, days, sources, sentences apart,
the cue classes before it), how the mention is joined to the one before it (a comma, «و», a colon, a full
stop, words between), whether it has a figure or dead of its own, whether its place is one of a list (one
act told for a list of places is ONE event, a group: the gold convention, events_probe README), whether a
breakdown word (cues.json subset_words) or a distribution verb stands just before it (a breakdown is no
incident), and whether its place lies in the same governorate. No feature names a passage word.

The model (``data/events/splitter.json``, written by ``scripts/train_splitter.py``) holds weights by feature
name, a bias, a threshold and `enabled`; the hook changes nothing unless the file says enabled.
"""
from __future__ import annotations

import json
from bisect import bisect_left
from functools import lru_cache
from pathlib import Path

from . import arguments, event_filter, join_chooser, tellings
from .context import Ctx
from .event_filter import score
from .incidents import Incident, _fullness
from .vocab import ffold, load_cues

WEIGHTS = Path(__file__).resolve().parents[2] / "data" / "events" / "splitter.json"
ENABLED = True  # the trainer and the benchmark set OVERRIDE / FORCE; the file's flag decides in the pipeline
OVERRIDE: dict | None = None  # a fold's model (the trainer, the benchmark), not the file's
# the trainer's runs: True, every candidate cut; False, none; a set of mention starts, exactly those cut
FORCE: bool | set | None = None
WATCH: list | None = None  # when a list, every candidate is appended to it with its features (the trainer's view)
_TOWN = 1  # the coarsest place (a city) the part before must name for a later place to be another incident's
_ACT_PAIRS = frozenset({"remote", "ground", "assault"})  # join_chooser.relation's joins of two acts
_FINE = 2  # the coarsest place (a district) whose holding a later place makes it no place of its own
_IN = frozenset(ffold(w) for w in ("وفي", "في", "ففي"))  # a place put first in its sentence: «وفي جبلة، …»
_BEFORE = 4  # words before a mention read for a breakdown word («بينهم», «منهم», «توزعوا»)
# the tellings of an incident that may be cut at (the seen and development sets tell one at most 10 times): each
# candidate reads every telling before it, and each later telling every part, so an uncapped walk is the
# incident's tellings squared; a running story told more often keeps its later tellings joined
_MOST = 40


def load(path: str | None = None) -> dict:
    """{"enabled", "threshold", "bias", "weights"} of the model file (absent: off): the event filter's reader, the
    same logistic file; the `refit` block's weights carried along (asked for its kinds) and the threshold the
    `recalibrated` one, when those are on (`_refit`, `_recalibrated`)."""
    p = str(path or WEIGHTS)
    model = event_filter.load(p)
    refit = _refit(p)
    if refit is not None:
        model = dict(model, refit={"kinds": frozenset(refit.get("kinds") or ("place", "type", "place+type")),
                                   "bias": float(refit["bias"]), "weights": refit["weights"]})
    t = _recalibrated(p)
    return model if t is None else dict(model, threshold=t)


@lru_cache(maxsize=4)
def _refit(path: str) -> dict | None:
    """splitter.json `refit` (stop 45, helper join45): the weights fitted on every development set (36, where the
    file's own were fitted on 24) at the L2 the folds chose, asked in place of the file's for the candidates of its
    `kinds` when `enabled` (None: the file's own for all). Why: on the 12 sets the old fit never saw, the refit's cuts
    at a place of the mention's own match more gold leave-one-set-out; its cuts at an act of another type break the
    conventions' one-attack tellings (a blast opening an assault, missiles an aircraft fired), so those keep the old
    weights."""
    f = Path(path)
    raw = (json.loads(f.read_text(encoding="utf-8")).get("refit") or {}) if f.exists() else {}
    return raw if raw.get("enabled") and raw.get("weights") else None


@lru_cache(maxsize=4)
def _recalibrated(path: str) -> float | None:
    """splitter.json `recalibrated` (stop 44, helper join44): the threshold a cut is taken at, when `enabled` (None:
    the file's own). The trainer's 0.25 is F1/2 (a cut pays when P(right) > F1/2), but the model's P is fitted on the
    sets it was trained on and reads lower on text it has not seen: at 0.2 the 34 development sets match 4 more gold
    events for 7 more records, news_dev ties (0.15 gained more in sample and gave news_dev a record more)."""
    f = Path(path)
    raw = (json.loads(f.read_text(encoding="utf-8")).get("recalibrated") or {}) if f.exists() else {}
    return float(raw["threshold"]) if raw.get("enabled") else None


@lru_cache(maxsize=1)
def _subset_words() -> frozenset[str]:
    """Breakdown words (cues.json subset_words, distribution verbs): a figure after one is a part, no incident."""
    c = load_cues()
    dist = c.get("distribution", {})
    return frozenset(ffold(w) for w in [*c.get("subset_words", []), *dist.get("verbs", [])])


def _related(a: dict, b: dict) -> bool:
    """One place named twice (tellings.same_place, the rules' test), or a district or finer place holds the other (a governorate, a region or the
    country told before holds the towns of several incidents: «غارات على مدن في محافظتي إدلب وحماة»)."""
    return tellings.same_place(a, b) or any(arguments.level(o) <= _FINE and arguments.holds(o, i) for o, i in ((a, b), (b, a)))


def _own_place(m, seen: list[dict], told: list[dict]) -> bool:
    """m names a town or a finer place of its own (none told before, `seen`, names, holds at a district or finer,
    or lies in), and the body told a town or a finer place before it (`told`: a headline restates the body's act,
    never tells another): a region, a governorate or no place told first, then a town, is one act told finer, and a
    town then its region one act told coarser (events_probe README: «شرق سوريا» then «الميادين», a headline's
    town then the lead's «جبل الزاوية»), never two incidents."""
    return bool(m.places) and not m.anaphor and any(arguments.level(q) <= _TOWN for q in told) and \
        any(arguments.level(p) <= _TOWN for p in m.places) and not any(_related(p, q) for p in m.places for q in seen)


def _other_act(inc, m) -> bool:
    """m is an act of another type the rules joined to the incident as one attack (air and artillery, a clash and
    the taking it came with, a blast opening an assault); never its dead (the deaths are the act's: README)."""
    return m.type != inc.type and join_chooser.relation(inc.type, m.type) in _ACT_PAIRS


def candidates(ctx: Ctx, inc) -> list[tuple[int, str]]:
    """(index into the incident's mentions in text order, kind) of each mention that may head an incident of
    its own: "place" (`_own_place`), "type" (`_other_act`), or both; among the first _MOST tellings only."""
    ms = sorted(inc.mentions, key=lambda m: m.start)
    seen: list[dict] = []
    told: list[dict] = []
    out = []
    for k, m in enumerate(ms[:_MOST]):
        kinds = [k_ for k_, ok in (("place", _own_place(m, seen, told)), ("type", _other_act(inc, m))) if ok]
        if k and kinds and not m.earlier and id(m) not in ctx.memo.get("led_to_told", ()):
            # (a fight the taking came through, joined by joins.json fight_led_to_told, is no incident of its own)
            out.append((k, "+".join(kinds)))
        seen.extend(m.places)
        if not ctx.headline(m.si):
            told.extend(m.places)
    return out


def _between(ctx: Ctx, a, b) -> dict[str, float]:
    """How mention b is joined to the mention a before it: the marks and words between them."""
    if a.si != b.si:
        return {"join=sentence": 1.0}
    gap = ctx.text[a.end:b.prefix_start]
    f = {"join=" + next((n for n, ch in (("colon", ":"), ("comma", "،"), ("comma", ",")) if ch in gap), "plain"): 1.0}
    f["words=" + event_filter._bucket(ctx.words_between(a.end, b.prefix_start), (0, 2, 5, 10))] = 1.0
    f["and_before"] = float(ctx.text[b.prefix_start:b.start].startswith("و"))
    return f


def _breakdown_before(ctx: Ctx, m) -> bool:
    lo = ctx.sents[m.si].start
    k = bisect_left(ctx.tok_starts, m.prefix_start)
    table = _subset_words()
    for i in range(max(0, k - _BEFORE), k):
        w = ctx.ftoks[i].strip(event_filter._STRIP)
        if ctx.tok_starts[i] >= lo and (w in table or (w[:1] == "و" and w[1:] in table)):
            return True
    return False


@lru_cache(maxsize=1)
def _new_story_words() -> frozenset[str]:
    """The openers of another story (cues.json extractor_words.new_story, the rules' list: «وفي سياق آخر»,
    «على صعيد آخر», «إلى ذلك»); an older tree a first run is replayed on may lack the list."""
    return frozenset(ffold(w) for w in load_cues().get("extractor_words", {}).get("new_story", []))


def _opens(ctx: Ctx, m) -> dict[str, float]:
    """How m's sentence (or its clause, in the sentence of the mention before) opens: on another story's cue, or on
    a place of its own put first («وفي جبلة، أصيب …»: the place the rest of the sentence happens at)."""
    f = {"opens_other": 0.0, "fronted_place": 0.0}
    for lo in {ctx.sents[m.si].start, ctx.clause(m.prefix_start)[0]}:
        ws = [w.strip(event_filter._STRIP) for w in ctx.words_after(lo, 4, limit=m.prefix_start)]
        p = ctx.places.first_after(lo, m.prefix_start)
        if set(ws) & _new_story_words():
            f["opens_other"] = 1.0
        if ws and ws[0] in _IN and p is not None and ctx.words_between(lo, p["start"]) <= 2:
            f["fronted_place"] = 1.0
    return f


def features(ctx: Ctx, inc, ms: list, k: int, kind: str) -> dict[str, float]:
    """The candidate cut at ms[k] (ms: the incident's mentions in text order)."""
    m, before = ms[k], ms[:k]
    head = max(before, key=_fullness)
    view = join_chooser._view(before, inc.type, head)
    # the place the part before would carry as a record: its most specific one (extractor._records), not the
    # first told (a headline's governorate holds the towns of every incident the body tells)
    view["place"] = min((x.place for x in before if x.place is not None and not x.anaphor),
                        key=arguments.level, default=view["place"])
    f = join_chooser.features(ctx, view, join_chooser._view([m], m.type), 0)
    f["levels=" + "".join(str(min(arguments.level(p), 3)) if p else "-" for p in (view["place"], m.place))] = 1.0
    f["kind=" + kind] = 1.0
    f.update(_between(ctx, ms[k - 1], m))
    f["own_figure"] = float(m.figure is not None)
    f["own_dead"] = float(any(d.figure is not None for d in m.deaths))
    f["before_figure"] = float(any(x.figure is not None for x in before))
    f["own_list"] = float(len(m.places) > 1)
    f["before_list"] = float(any(len(x.places) > 1 for x in before))
    f["breakdown_before"] = float(_breakdown_before(ctx, m))
    f["pos=" + m.pos] = 1.0
    f["another"] = float(bool(m.another))
    f["anaphor"] = float(m.anaphor)
    f["aggregate"] = float(bool(m.aggregate) or bool(head.aggregate))
    f["tellings=" + event_filter._bucket(len(ms), (2, 3, 5))] = 1.0
    f[f"kind={kind}&join={'sentence' if m.si != ms[k - 1].si else 'clause'}"] = 1.0
    f.update(_opens(ctx, m))
    f[f"fresh_verb={m.pos == 'verb' and not m.relative}&join={'sentence' if m.si != ms[k - 1].si else 'clause'}"] = 1.0
    return f


def _segments(inc, ms: list, heads: list[int]) -> list:
    """The incident cut at the mentions ms[h] for h in heads: one Incident per part (the first keeps the
    incident's type). A later mention joins the latest part begun at or before it that takes its type (the
    first takes any); a death goes with the act it was attached to, else with the part it stands in."""
    parts = [Incident(ms[0])] + [Incident(ms[h]) for h in heads]
    parts[0].type = inc.type
    starts = [ms[0].start] + [ms[h].start for h in heads]
    cut = set(heads)
    for k, m in enumerate(ms[1:], 1):
        if k in cut:
            continue
        j = next((j for j in range(len(parts) - 1, 0, -1) if starts[j] <= m.start and parts[j].type == m.type), 0)
        parts[j].add(m)
    owner = {id(d): p for p in parts for m in p.mentions for d in m.deaths}
    for d in inc.deaths:
        p = owner.get(id(d)) or parts[max(bisect_left(starts, d.start + 1) - 1, 0)]
        p.deaths.append(d)
    for q in inc.parts:
        parts[max(bisect_left(starts, q.start + 1) - 1, 0)].parts.append(q)
    return parts


def _decide(f: dict[str, float], model: dict, start: int, kind: str = "") -> bool:
    if FORCE is not None:
        return start in FORCE if isinstance(FORCE, (set, frozenset)) else FORCE
    m = model["refit"] if kind in model.get("refit", {}).get("kinds", ()) else model
    return score(f, m["weights"], m["bias"]) >= model["threshold"]


def split(ctx: Ctx, incs: list) -> list:
    """The pipeline hook: each incident cut where the model says its mention tells another incident (nothing
    changes when the model is off, unless the trainer forces or watches)."""
    model = OVERRIDE if OVERRIDE is not None else load()
    if not ENABLED or (FORCE is None and WATCH is None and not (model["enabled"] and model["weights"])):
        return incs
    out = []
    for inc in incs:
        cands = candidates(ctx, inc)
        if not cands:
            out.append(inc)
            continue
        ms = sorted(inc.mentions, key=lambda m: m.start)
        heads = []
        for k, kind in cands:
            f = features(ctx, inc, ms, k, kind)
            cut = (FORCE is not None or (model["enabled"] and bool(model["weights"]))) and _decide(f, model, ms[k].start, kind)
            if cut:
                heads.append(k)
            if WATCH is not None:
                WATCH.append({"feats": f, "start": ms[k].start, "kind": kind, "cut": cut})
        out.extend(_segments(inc, ms, heads) if heads else [inc])
    return out
