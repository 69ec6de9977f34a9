"""A learned second record at another town its sentence names (stop 38, issue 10: one record per incident).

Why: on the development paraphrase sets most gold events lost because "their type is only on records matched to other
gold" were never a mention of their own (benchmarks/bench_incidents.py --why: 33 of 128 "elsewhere", 26 "no-mention",
against 19 the resolver joined): one act word carries a second place in its sentence — «أوقفت الدورية أربعة من سكان
X، ورجلاً من قرية Y», «انشقت ثلاث دبابات في X، وكذلك عربتان في Y», «سيطرت شرقاً على X … وغرباً على Y», «وشملت
المداهمات أيضاً طلاباً في Y» — and a coder gives each town its own event (ACLED: one event a location), while the
rules tie the act to one of its places. No join decision was made, so no join chooser can mend it; a record is missing.

What: every asserted incident record and every town, quarter or site (not a region) named in one of its mentions'
sentences that no record of its type is placed at (`candidates`) is a candidate second record: a copy of the record
at that place, with no figure of its own (the copy's figure would be a guess) and nothing else changed. A logistic
model over GENERAL features (`features`: the record's type, the place's kind and how it relates to the record's
place, which side of it and how far, the closed classes of the words just before the place — a list «و», an
addition «كذلك/إلى جانب», a contrast «فيما», a preposition of location or of movement —, a figure or another act word
between, the sentence's role) scores it; a copy at `threshold` or above is added. The weights are learned leave-one-
set-out from the gold (scripts/train_place_split.py: a candidate is right when its copy alone lets bench_events match
one more gold event). Adding a record pays when P(right) > F1/2 (a right copy adds a match and a record, a wrong one a
record), so the threshold is low, as the splitter's. No feature names a word of a passage: the classes are in
data/events/place_split.json.

Where: on the finished records, last (after the death attacher): post-hoc, so the first-run folds replay it on the
records of each set's first-run commit. Off unless the JSON says `enabled` (and ENABLED here, for the benchmark).
Cost: the places of a record's own sentences once per record, capped (`_MOST`).
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from . import arguments, event_filter, join_chooser
from .clauses import place_key
from .context import Ctx
from .event_filter import score
from .vocab import ffold

DATA = Path(__file__).resolve().parents[2] / "data" / "events" / "place_split.json"
ENABLED = True
OVERRIDE: dict | None = None  # a fold's model (the trainer, the benchmark), not the file's
_FINE = frozenset({"locality", "city", "neighbourhood", "facility", "camp", "border crossing"})
_MOST = 12  # candidate places a record (the seen passages name at most ~10 in a record's sentences)
_BEFORE = 3  # words before a place read for its preposition / list word


def load(path: str | None = None) -> dict:
    """{"enabled", "threshold", "bias", "weights"} of the model file (absent: off): the event filter's reader, the
    same logistic file (as the splitter's)."""
    return event_filter.load(str(path or DATA))


@lru_cache(maxsize=1)
def classes() -> dict[str, str]:
    """{folded word: class} of the closed classes of the words before a place (data/events/place_split.json)."""
    raw = json.loads(DATA.read_text(encoding="utf-8")) if DATA.exists() else {}
    return {ffold(w): name for name, words in raw.get("classes", {}).items() for w in words}


def _kind(p: dict | None) -> str:
    return (p.get("kind") or p.get("level") or "?") if p else "none"


def _sents(ctx: Ctx, r: dict) -> list[int]:
    return sorted({ctx.sent_of(m["start"]) for m in r.get("mentions") or []} | {ctx.sent_of(r["start"])})


def candidates(ctx: Ctx, recs: list[dict]) -> list[tuple[int, dict]]:
    """(record index, place): an asserted single incident's own sentences' towns, quarters and sites that are not
    its place, hold no place of it, and that no record of its type is placed at (each place once a type: the first
    record whose sentences name it)."""
    taken = {(r.get("type"), place_key(r["place"])) for r in recs if r.get("place")}
    out = []
    for i, r in enumerate(recs):
        if r.get("modality", "asserted") != "asserted" or r.get("kind", "incident") != "incident" or \
                r.get("group") is not None:
            continue
        own = r.get("place")
        n = 0
        for si in _sents(ctx, r):
            s = ctx.sents[si]
            for p in ctx.places.between(s.start, s.end):
                key = (r.get("type"), place_key(p))
                if _kind(p) not in _FINE or key in taken or own is not None and arguments.holds(p, own):
                    continue
                taken.add(key)
                out.append((i, p))
                n += 1
                if n >= _MOST:
                    break
    return out


def _word_class(ctx: Ctx, pos: int) -> list[str]:
    """The classes of the words right before pos (their own word first; a «و»/«ف»/«ب»/«ل» clitic read off)."""
    table = classes()
    out = []
    k = ctx.tok_of(pos)
    for w in ctx.ftoks[max(0, k - _BEFORE):k][::-1]:
        w = w.strip(event_filter._STRIP)
        c = table.get(w) or (table.get(w[1:]) if len(w) > 2 and w[0] in "وفبل" else None)
        if c is None and w in ("و", "ف"):
            c = "and"
        if c is None and len(w) > 1 and w[0] == "و":
            c = "and_word"
        out.append(c or "word")
    return out


def features(ctx: Ctx, r: dict, p: dict) -> dict[str, float]:
    """The sparse features of a copy of record r at place p (see the module docstring)."""
    t, own = r.get("type") or "?", r.get("place")
    si = ctx.sent_of(p["start"])
    s = ctx.sents[si]
    f: dict[str, float] = {"type=" + t: 1.0, "pkind=" + _kind(p): 1.0, "rkind=" + _kind(own): 1.0}
    rel = join_chooser._place_rel(own, p)
    f["rel=" + rel] = 1.0
    f[f"rel={rel}&type={t}"] = 1.0
    ms = [m for m in r.get("mentions") or [{"start": r["start"], "end": r["end"]}] if s.start <= m["start"] < s.end]
    anchor = max((m["end"] for m in ms if m["end"] <= p["start"]), default=None)
    if own is not None and own.get("end") is not None and s.start <= own["start"] and own["end"] <= p["start"]:
        anchor = max(anchor or 0, own["end"])
        f["after_own_place"] = 1.0
    elif own is not None and own.get("start") is not None and s.start <= own["start"] < s.end:
        f["before_own_place"] = 1.0
    else:
        f["own_place_elsewhere"] = 1.0
    if anchor is None:
        f["before_its_act"] = 1.0
        anchor = s.start
    gap = ctx.words_between(anchor, p["start"])
    f["gap=" + event_filter._bucket(gap, (0, 2, 5, 10))] = 1.0
    f["breaks=" + event_filter._bucket(ctx.breaks_between(anchor, p["start"]), (0, 1, 2))] = 1.0
    for n, c in enumerate(_word_class(ctx, p["start"])):
        f[f"w{n}={c}"] = 1.0
    for c in join_chooser._cue_classes(ctx, anchor, p["start"]):
        f["cue_" + c] = 1.0
    if ctx.quants.between(anchor, p["start"]):
        f["figure_between"] = 1.0
    acts = [h for h in ctx.m["triggers"].starting(anchor, p["start"])]
    if acts:
        f["act_between"] = 1.0
    f["role=" + event_filter._role(ctx, si)] = 1.0
    f["main_sent"] = float(si == ctx.sent_of(r["start"]))
    f["places_in_sent=" + event_filter._bucket(len(ctx.places.between(s.start, s.end)), (1, 2, 3, 5))] = 1.0
    f["has_figure"] = float((r.get("count") or r.get("fatalities")) is not None)
    return f


def copy_at(r: dict, p: dict) -> dict:
    """Record r told again at place p: its own act, no figure (the copy's figure would be a guess)."""
    out = dict(r, place=p, count=None, fatalities=None, injured=None, breakdown=[], quantity=None, counted=None,
               counted_en=None)
    return out


def apply(recs: list[dict], chosen: list[tuple[int, dict]]) -> list[dict]:
    """recs with a copy of each chosen (index, place), each right after its record."""
    if not chosen:
        return recs
    extra: dict[int, list[dict]] = {}
    for i, p in chosen:
        extra.setdefault(i, []).append(copy_at(recs[i], p))
    return [x for k, r in enumerate(recs) for x in [r] + extra.get(k, [])]


def split(ctx: Ctx, recs: list[dict], model: dict | None = None) -> list[dict]:
    """The pipeline hook: the copies the model scores at its threshold or above added."""
    model = model or OVERRIDE or load()
    if not ENABLED or not model["enabled"] or not model["weights"] or not recs:
        return recs
    chosen = [(i, p) for i, p in candidates(ctx, recs)
              if score(features(ctx, recs[i], p), model["weights"], model["bias"]) >= model["threshold"]]
    return apply(recs, chosen)
