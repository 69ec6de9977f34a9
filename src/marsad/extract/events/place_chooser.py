"""A learned chooser for an event's place (issue 10): the rules pick a place, a small
conditional-logit model over GENERAL features may pick another of the places around the act.

Why: hand-written place rules lift the probe set they were written for, not the next unseen
one. A model over features that name no word of a passage (the preposition before a place, how
far it is from the trigger and across which breaks, what kind of place it is, whether the rules
chose it) may carry to a new house style where single rules do not.

Candidates for an event record: the resolved places of its trigger's sentence and of the two
sentences before it, the rules' own choice (wherever it came from) and "no place". Each gets a
sparse dict of named features; the score is a dot with the weights of
``data/events/place_chooser.json`` (written by ``scripts/train_place_chooser.py``; its
``preps`` list, hand-written, names the particles a feature may take). Everything here is
read-only on the document: ``features`` is used both by the training script (after the
pipeline ran) and by ``choose`` (inside it), so both see the same numbers.
"""
from __future__ import annotations

import json
import math
from bisect import bisect_left
from functools import lru_cache
from types import SimpleNamespace
from pathlib import Path

from ...arabic.normalize import fold_str
from . import arguments, routes
from .attribution import Attribution
from .context import Ctx

WEIGHTS = Path(__file__).resolve().parents[2] / "data" / "events" / "place_chooser.json"
ENABLED = True  # the pipeline hook (extractor) asks; the training script turns it off to see the rules' places
WINDOW = 2  # sentences before the trigger's own whose places are candidates
NEAR = 10  # places on either side of the act that may be candidates (real sentences name fewer)
AHEAD = 2  # sentences after it whose places are candidates when the rules' place holds them (a finer place told next)
_KINDS = {"locality": "local", "neighbourhood": "local", "facility": "facility", "camp": "facility",
          "border crossing": "facility", "city": "city", "subdistrict": "district", "district": "district",
          "region": "region", "governorate": "governorate", "country": "country"}
_STRIKES = frozenset({"airstrike", "shelling"})
_LEVEL = {"local": 0, "facility": 0, "city": 1, "district": 2, "region": 3, "governorate": 4, "country": 5}
_RELATIVE = frozenset(fold_str(w) for w in ("الذي", "التي", "الذين", "والتي", "والذي", "والذين", "اللذين",
                                            "اللتين", "اللواتي"))
_PARTS = frozenset(fold_str(w) for w in ("فيما", "بينما", "وفيما", "وبينما"))
# stop 41: the names `_structure` writes; learned only when the model file's `structure` is on (`elab_take` alone reads
# `next&coarse&elab` in `best`, and a refit leaves them all out: scripts/train_place_chooser.py)
STRUCTURE = ("next&rule_coarse", "next&coarse", "next&fig_", "next&other_act", "next&source_open", "next&first_in_sent",
             "next&type_there")
FLAGS: dict = {}  # the model file's switches overridden (benchmarks/bench_place_chooser.py --flags; tests)


@lru_cache(maxsize=1)
def load(path: str | None = None) -> dict:
    """The model file: {"preps": {folded word: feature name}, "weights": {feature: weight}}."""
    raw = {**json.loads(Path(path or WEIGHTS).read_text(encoding="utf-8")), **FLAGS}
    preps = {}
    for name, forms in raw.get("preps", {}).items():
        for f in forms:
            preps[fold_str(f)] = name
    return {"preps": preps, "weights": raw.get("weights", {}), "margin": raw.get("margin", 0.0),
            "asides": frozenset(fold_str(w) for w in raw.get("asides", [])),
            "targets": frozenset(fold_str(w) for w in raw.get("targets", [])),
            "duals": frozenset(fold_str(w) for w in raw.get("duals", [])),
            "enabled": raw.get("enabled", True),
            "told_ahead": bool(raw.get("told_ahead", False)),
            "structure": bool(raw.get("structure", False)),
            "elab_take": bool(raw.get("elab_take", False)),
            "lookahead": bool(raw.get("lookahead", False)),
            "other_act": frozenset(fold_str(w) for w in raw.get("other_act", [])),
            "spots": frozenset(fold_str(w) for w in raw.get("spots", [])) if raw.get("spot_feature") else frozenset(),
            "types": frozenset(raw.get("types", [])),
            "about": raw.get("about", "")}


def _bucket(n: int) -> str:
    return "0" if n <= 0 else "1" if n == 1 else "2" if n == 2 else "3+"


def _prep(ctx: Ctx, p: dict, preps: dict[str, str]) -> tuple[str, bool]:
    """The particle that introduces p (skipping place nouns: «في مدينة X», «بريف X»), and whether
    a place noun stands right before it."""
    s = p["start"]
    noun = False
    if s > 0 and ctx.text[s - 1] in "بل" and (s == 1 or not ctx.text[s - 2].isalnum()):
        return ("b" if ctx.text[s - 1] == "ب" else "l"), noun
    nouns = ctx.v.place_nouns
    for w in reversed(ctx.words_before(s, 3)):
        w = w.strip("«»\"'()،,.:")
        bare = w[1:] if w[:1] in ("و", "ف") and len(w) > 2 else w
        if bare in nouns or w in nouns:
            noun = True
            continue
        if bare[:1] in ("ب", "ل") and bare[1:] in nouns:
            return ("b" if bare[0] == "ب" else "l"), True
        if w in preps:
            return preps[w], noun
        if bare in preps:
            return preps[bare], noun
        return ("none" if not w else "other"), noun
    return "none", noun


def candidates(ctx: Ctx, rec: dict) -> list[dict | None]:
    """The places of the record's sentence and of the WINDOW sentences before it (in text order),
    the rules' choice if it is not among them, the places of the AHEAD sentences after it that the
    rules' place holds, and None (no place).

    Why the places after (stop 34): on the paraphrases of real pages the right place was missing from
    the candidates for one act in nine, and for most of those it was a finer place told next («غارات
    على أحياء في مدينة X» and then «… في حي Y»): the lead names the area, the next sentence the spot.
    Stop 38 (`told_ahead` in the model file): the places of a sentence after that tells the act again (a trigger
    of its type) join too, whether or not the rules' place holds them, and when the rules gave none: a lead
    that tells an act with no place, or at a town, is followed by the sentence that says where it fell («لجأ
    ضباط إلى الأراضي التركية» and then «دخلوا إقليم X»; «أغارت مسيّرة على قرية شرق X» and then «مصدر من قرية
    Y حيث وقع الاستهداف»): 35 misses of the 22 dev folds (18 sets) had their gold place only there. Off: it
    puts the right place among the candidates of 17 more acts of 981, but the model, trained leave-one-set-out,
    takes none of them (the new candidate is right and the rules wrong for 15 paraphrase acts, wrong while the
    rules are right for 124): pooled F1 0.461 = 0.461 today, 0.406 -> 0.407 first runs (BENCHMARKS.md, stop 38)."""
    si = ctx.sent_of(rec["start"])
    lo = ctx.sents[max(0, si - WINDOW)].start
    out: list[dict | None] = _around(ctx, lo, ctx.sents[si].end, rec["start"])
    rule = rec.get("place")
    if rule is not None and not any(_same(rule, p) for p in out):
        out.append(rule)
    told = load()["told_ahead"]
    if (rule is not None or told) and AHEAD:
        hi = ctx.sents[min(len(ctx.sents) - 1, si + AHEAD)].end
        out += [p for p in ctx.places.between(ctx.sents[si].end, hi)
                if (rule is not None and _within(rule, p) or told and _told_again(ctx, rec, ctx.sent_of(p["start"])))
                and not any(_same(p, q) for q in out)]
    out.append(None)
    return out


def _around(ctx: Ctx, lo: int, hi: int, pos: int) -> list[dict | None]:
    """The places in [lo, hi), at most NEAR on either side of pos (stop 35: a page with no sentence ends is one
    sentence; every place of it a candidate of every act made the chooser quadratic)."""
    pl = ctx.places
    i = bisect_left(pl.starts, pos)
    a, b = max(bisect_left(pl.starts, lo), i - NEAR), min(bisect_left(pl.starts, hi), i + NEAR)
    ctx.ops += b - a + 1
    return [x for x in pl.items[a:b] if x["end"] <= hi]  # (places are dicts; an older tree's Sorted has no `ends`)


def _kind(p: dict) -> str:
    return _KINDS.get(p.get("kind") or p.get("level") or "", "local")


def _within(rule: dict, p: dict) -> bool:
    """p may be where the rules' place was told more closely: held by it, or of its governorate and no
    coarser (the places layer reads a city and its villages at one level: «حلب» does not `hold` «الحيدرية»)."""
    if arguments.holds(rule, p):
        return True
    gov = _gov(rule)
    return gov is not None and p.get("admin1_en") == gov and arguments._level(p) <= arguments._level(rule) and \
        p.get("name_en") != rule.get("name_en")


def _same(a: dict | None, b: dict | None) -> bool:
    if a is None or b is None:
        return a is b
    if "start" in a and "start" in b:
        return a["start"] == b["start"] and a["end"] == b["end"]
    return a.get("name_en") == b.get("name_en") and a.get("surface") == b.get("surface")


def _gov(p: dict) -> str | None:
    return p.get("admin1_en") or (p.get("name_en") if (p.get("kind") or p.get("level")) == "governorate" else None)


def _holds(outer: dict | None, inner: dict | None) -> bool:
    return outer is not None and inner is not None and arguments.holds(outer, inner)


def _second(rule: dict | None, u: dict | None, cs: int, si: int, etype: str) -> bool:
    """An end of the act's own movement in its sentence that the type takes only when nothing else is named
    (routes.second_choice): never traded for the rules' place."""
    return rule is not None and cs == si and u is not None and routes.second_choice(etype, u.get("_motion"))


def _answers(ctx: Ctx, rec: dict) -> bool:
    """«ردت على مصادر النيران», «ردت بقصف مواقع المهاجمين»: a trigger of answering, or an act noun after
    «بـ» right after a verb of answering (types.json `response`), is fire that answers fire; the rules
    give it only a place told after it, if any."""
    s = rec["start"]
    for h in ctx.m["triggers"].starting(s - 3, s + 1):  # «ردت على مصادر النيران»: a trigger that answers
        infos = h.value if isinstance(h.value, list) else [h.value]
        if h.start == s and any(i.get("sub") == "response" for i in infos):
            return True
    if s >= 1 and ctx.text[s - 1] in "وف" and any(w.lstrip("وف") in ctx.v.response_verbs
                                                for w in ctx.words_before(s - 1, 4)):
        return True  # «ردّت على الفور وقصفت 115 هدفاً»: the answer told by its own verb (mentions._answered)
    if s < 1 or ctx.text[s - 1] != "ب":
        return False
    # «ردّت بقصف…», «ردّت على الفور باستهداف…»: the answering verb ≤ 3 words before, in the clause (mentions._answers)
    ws = ctx.words_before(s, 4, floor=ctx.clause(s)[0])[:-1]
    return any(w.lstrip("وف") in ctx.v.response_verbs for w in ws[-3:])


def _usable(ctx: Ctx, att: Attribution, k: int) -> dict[int, dict]:
    key = ("chooser_usable", k)  # (once per sentence: the records of a sentence and the two after it ask)
    got = ctx.memo.get(key)
    if got is None:
        got = ctx.memo[key] = {p["start"]: p for p in arguments.usable_places(ctx, k, att.spans(k))}
    return got


def _dominant(ctx: Ctx) -> str | None:
    """The governorate the document's places name most often (once per document)."""
    key = ("chooser_dominant",)
    if key not in ctx.memo:
        govs: dict[str, int] = {}
        for p in ctx.places.items:
            g = _gov(p)
            if g:
                govs[g] = govs.get(g, 0) + 1
        ctx.memo[key] = max(govs, key=lambda g: (govs[g], g)) if govs else None
    return ctx.memo[key]


def features(ctx: Ctx, att: Attribution, rec: dict, cands: list[dict | None],
             lean: bool = False) -> list[dict[str, float]]:
    """One sparse feature dict per candidate (see the module docstring). No word of the passage
    is a feature: only the particle classes of the model file, distances, breaks, kinds and flags.
    ``lean`` (the pipeline hook): a vetoed candidate gets ``{"veto": 1.0}`` alone, its other
    features not worked out (`best` never scores it; training wants them all)."""
    model = load()
    preps = model["preps"]
    ts, te = rec["start"], rec["end"]
    si = ctx.sent_of(ts)
    rule = rec.get("place")
    etype = rec.get("type") or "?"
    # usable places (arguments.usable_places: not in a source, an org name, a breakdown…) by start
    usable: dict[int, dict] = {}
    for k in range(max(0, si - WINDOW), min(len(ctx.sents), si + AHEAD + 1)):
        usable.update(_usable(ctx, att, k))
    dominant = _dominant(ctx)
    real = [c for c in cands if c is not None]
    here = [c for c in real if "start" in c and ctx.sent_of(c["start"]) == si]  # (each candidate's sentence once)
    n_here = len(here)
    before_same = [c for c in here if c["end"] <= ts]
    after_same = [c for c in here if c["start"] >= te]
    locked = rec.get("kind") == "aggregate" or _answers(ctx, rec)
    past = arguments._past_clause(ctx, SimpleNamespace(type=etype, start=ts, end=te, si=si))
    nearest_before = before_same[-1]["start"] if before_same else None
    nearest_after = after_same[0]["start"] if after_same else None
    used = ctx.memo.get(("chooser_used",), {})
    lead = "headline" if ctx.headline(si) else "lead" if si <= 1 else "later"  # where the act is told
    strike = etype in _STRIKES
    other_story = _opens_other(ctx, si, ts)
    # stop 38 (`spot_feature`): the rules' place is the area around an unnamed spot («على أحياء في مدينة X»)
    spot = bool(model["spots"]) and rule is not None and "start" in rule and _spot_before(ctx, rule, model["spots"])
    out: list[dict[str, float]] = []
    for c in cands:
        f: dict[str, float] = {}
        if c is None:
            f["none"] = 1.0
            f["none&rule"] = float(rule is None)
            f[f"none&type={etype}"] = 1.0
            f["none&n_here=" + _bucket(n_here)] = 1.0
            f["none&aggregate"] = float(rec.get("kind") == "aggregate")
            f["none&usable_here"] = float(any(u["_loc"] and not u["_country"] for u in usable.values()
                                              if ctx.sent_of(u["start"]) == si))
            _none_extras(ctx, rec, rule, si, model, f)
            out.append(f)
            continue
        is_rule = _same(c, rule)
        kind = _kind(c)
        foreign = (c.get("country") not in (None, "SYR", "Syria")) and kind != "country" or \
            (kind == "country" and (c.get("name_en") or "").lower() != "syria")
        if lean and not is_rule and _holds(c, rule):
            out.append({"veto": 1.0})  # (a container of the rules' place: the hook never trades for it)
            continue
        if lean and not is_rule and "start" in c and _vetoed(ctx, att, c, usable.get(c["start"]), ctx.sent_of(c["start"]),
                                                             si, ts, te, etype, locked, past, rule):
            out.append({"veto": 1.0})
            continue
        f["place"] = 1.0
        f["rule"] = float(is_rule)
        if model["spots"]:
            f["rule&spot"] = float(is_rule and spot)
        f["rule_name"] = float(rule is not None and not is_rule and c.get("name_en") == rule.get("name_en"))
        f["kind=" + kind] = 1.0
        f["foreign"] = float(foreign)
        f[f"foreign&type={etype}"] = float(foreign)
        if rule is not None and not is_rule and _gov(c) and _gov(c) == _gov(rule):
            # the same governorate as the rules' place: a container of it, or a place inside it
            lc, lr = _LEVEL.get(kind, 1), _LEVEL.get(_kind(rule), 1)
            f["coarser_than_rule"] = float(lc > lr)
            f["finer_than_rule"] = float(lc < lr)
        f["dominant_gov"] = float(dominant is not None and _gov(c) == dominant)
        f["used_by_other"] = float(used.get(_key(c), 0) > int(is_rule))  # another record of the doc has it
        f["finest_of_pair"] = float(any(_holds(o, c) for o in here if o is not c))
        if model["lookahead"]:
            _lookahead(ctx, rec, c, real, kind, f)
        f["coarsest_of_pair"] = float(any(_holds(c, o) for o in here if o is not c))
        if "start" not in c:
            f["outside"] = 1.0  # the rules took it from a sentence after (a person's next sentence)
            out.append(f)
            continue
        cs = ctx.sent_of(c["start"])
        u = usable.get(c["start"])
        f["sent=" + str(si - cs)] = 1.0
        prep, noun = _prep(ctx, c, preps)
        f["prep=" + prep] = 1.0
        if strike:
            f["prep=" + prep + "&strike"] = 1.0  # «قصف على X», «قصف من X»: a strike's particles say more
        f["aside"] = float(_aside(ctx, c, model["asides"]))
        _join_features(ctx, c, preps, f)
        f["target_verb"] = float(cs == si and _target_verb(ctx, c, model["targets"]))
        f["noun_before"] = float(noun)
        if u is None:
            f["unusable"] = 1.0
        else:
            for flag in ("_loc", "_origin", "_country", "_road"):
                f[flag[1:]] = float(bool(u.get(flag)))
        f["in_org"] = float(ctx.in_org(c["start"], c["end"]))
        f["in_source"] = float(any(a <= c["start"] < b for a, b in att.spans(cs)))
        fired = etype in _STRIKES and (arguments._fired_from(ctx, c) or arguments._fire_source(ctx, c))
        f["fired_from"] = float(bool(fired))
        f["past_clause"] = float(past is not None and past[0] <= c["start"] < past[1])
        if cs == si:
            after = c["start"] >= te
            a, b = (te, c["start"]) if after else (c["end"], ts)
            a, b = min(a, b), max(a, b)
            words = ctx.words_between(a, b)
            brk = ctx.real_breaks(a, b)
            f["after" if after else "before"] = 1.0
            f[("after" if after else "before") + "&brk=" + _bucket(brk)] = 1.0
            f["logdist"] = math.log1p(words)
            f[("after" if after else "before") + "&logdist"] = math.log1p(words)
            f["same_clause"] = float(brk == 0)
            ws = _words_between(ctx, a, b)
            f["relative_between"] = float(bool(ws & _RELATIVE))
            f["part_between"] = float(bool(ws & _PARTS) or arguments._part_between(ctx, a, b))
            trig = [t for t in ctx.m["triggers"].starting(a, b) if not (t.start < te and ts < t.end)]
            f["trigger_between"] = float(bool(trig))
            f["nearest"] = float(c["start"] in (nearest_before, nearest_after))
            f["nearest_after"] = float(c["start"] == nearest_after)
            f["prep=" + prep + "&" + ("after" if after else "before")] = 1.0
            f["adjacent_after"] = float(after and words <= 1)  # «قصف X», «استهداف X»: the act noun's genitive
            f[f"sent=0&{lead}"] = 1.0
        elif cs < si:
            f["prev&new_story"] = float(other_story)
            f["prev&not_sole"] = float(rule is None and _not_sole(ctx, att, c, cs, si))
            f["prev&logdist"] = math.log1p(ctx.words_between(c["end"], ts))
            f["prev&headline"] = float(ctx.headline(cs))
            f[f"prev&{lead}"] = 1.0
        else:  # a finer place the rules' place holds, told in a sentence after (`candidates`)
            f["next"] = 1.0
            f["next&logdist"] = math.log1p(ctx.words_between(te, c["start"]))
            f[f"next&{lead}"] = 1.0
            f["next&same_type"] = float(_told_again(ctx, rec, cs))
            if model["spots"]:
                f["next&rule_spot"] = float(spot)
            if model["structure"] or model["elab_take"]:  # (stop 41: how the sentence after stands to the act)
                _structure(ctx, att, rec, rule, c, cs, si, model["other_act"], f)
            if model["told_ahead"]:  # (stop 38: a place of a telling after that the rules' place does not hold)
                f["next&held"] = float(rule is not None and _within(rule, c))
                f["next&no_rule"] = float(rule is None)
        prev = ctx.places.last_before(c["start"], c["start"] - 25)
        f["after_place"] = float(prev is not None and c["start"] - prev["end"] <= 25)
        nxt = ctx.places.first_after(c["end"], c["end"] + 25)
        f["before_place"] = float(nxt is not None)
        if not f["rule"] and (_holds(c, rule) or _second(rule, u, cs, si, etype) or locked or u is None or
                              not (u["_loc"] or f["target_verb"]) or u["_origin"] or u["_country"] or
                              u.get("_share") or f["in_org"] or
                              f["in_source"] or fired or f["past_clause"] or f.get("part_between") or
                              f.get("prev&new_story") or f.get("prev&not_sole") or
                              routes.dropped(etype, u.get("_motion"))):
            # a place the rules reject for a stated reason (a source's, a name's, an origin, where a share of a
            # figure fell, where fire came from, what the people did before, another story's across «فيما», a
            # country as a whole, a movement's end the type never takes; any other
            # place for a sum or for fire that answers fire): never taken (the same tests as `_vetoed`:
            # the model is trained and judged on the vetoes the hook applies; stop 32: the hook's own two refusals
            # too, a container of the rules' place and an end of the act's movement the type takes second; stop 34:
            # a place told before a sentence that opens another story, «وفي سياق آخر», or for an act the rules left with
            # none, a place that is not the sole place of the nearest sentence before that names any. Stop 35: a
            # defection's place abroad is no longer vetoed: the paraphrases' gold places a crossing where the
            # defectors arrived, «عبروا إلى تركيا», for five acts of the folds; `foreign&type=` weighs it)
            f["veto"] = 1.0
        out.append(f)
    return out


@lru_cache(maxsize=1)
def _new_story() -> frozenset[str]:
    """The openers of another story in a sentence (cues.json `extractor_words.new_story`, the rules' list:
    extractor._place_from_before); an older tree a first run is replayed on may lack the list."""
    try:
        from .vocab import cue_words
        return frozenset(cue_words("extractor_words", "new_story"))
    except (ImportError, KeyError):
        return frozenset()


def _opens_other(ctx: Ctx, si: int, ts: int) -> bool:
    """The act's sentence opens another story («وفي سياق آخر، قصفت …»): a place told before it is not
    this act's (the rules' reason in extractor._place_from_before; a veto here, stop 34)."""
    return si > 0 and bool(set(ctx.words_after(ctx.sents[si].start, 4, limit=ts)) & _new_story())


def _not_sole(ctx: Ctx, att: Attribution, c: dict, cs: int, si: int) -> bool:
    """c, told in sentence cs before the act's sentence si, is not the one place of the nearest sentence
    that names any: a sentence between names places, or cs names another beside c, neither holding the
    other («شهدت مدينة X وبلدة Y توتراً»). The rules borrow a place from before only when that nearest
    sentence names one (extractor._place_from_before); the model may not pick among several for an act
    the rules left with none."""
    for k in range(si - 1, cs, -1):
        if any(p["_loc"] and not p["_country"] for p in _usable(ctx, att, k).values()):
            return True
    return any(p["start"] != c["start"] and p["_loc"] and not p["_country"] and not _holds(p, c) and
               not _holds(c, p) for p in _usable(ctx, att, cs).values())


def _key(p: dict | None) -> tuple | None:
    return None if p is None or "start" not in p else (p["start"], p["end"])


def note_records(ctx: Ctx, recs: list[dict]) -> None:
    """How many of the document's records the rules placed at each place (once per document, before
    any choice: the hook and the training script see the same counts). Why: a place another incident
    of the document already holds is less likely this act's («قصف على X … وفي Y اشتباكات»)."""
    used: dict[tuple, int] = {}
    kinds: dict[tuple, set] = {}  # (stop 41: and of which types, `_structure`)
    for r in recs:
        k = _key(r.get("place"))
        if k is not None:
            used[k] = used.get(k, 0) + 1
            kinds.setdefault(k, set()).add(r.get("type"))
    ctx.memo[("chooser_used",)] = used
    ctx.memo[("chooser_used_types",)] = kinds


def _aside(ctx: Ctx, c: dict, asides: frozenset) -> bool:
    """c is told in an aside about another place («…، وهي قرى قرب X», «Y الواقعة قرب X»): a word of the
    model file's `asides` class among the six words before it in its clause."""
    ws = ctx.words_before(c["start"], 6, floor=ctx.clause(c["start"])[0])
    return any(w.strip("«»\"'()،,.:") in asides for w in ws)


def _spot_before(ctx: Ctx, p: dict, spots: frozenset) -> bool:
    """p is named as the area around an unnamed spot of the act: a word of the model file's `spots` class (a
    quarter, villages, positions, a checkpoint, a building: «غارات على أحياء في مدينة X», «هجوم على مواقع لها في
    ريف Y», «في قرية تقع شرق Z») among the five words before it in its clause, after any place named before it
    (the place nouns of p itself, «مدينة», are no spot). Stop 38: the next sentence then often names that spot
    («سقطت البراميل على حي X»: 23 misses of the dev folds took the area). Off: on the paraphrase acts whose rules'
    place is such an area, a place told next is right and the rules wrong 8 times, the rules right 55 times; the
    model learns nothing from it (pooled F1 unchanged on both tables)."""
    floor = ctx.clause(p["start"])[0]
    prev = ctx.places.last_before(p["start"], floor)
    ws = ctx.words_before(p["start"], 5, floor=max(floor, prev["end"] if prev else 0))
    nouns = ctx.v.place_nouns
    while ws and (ws[-1] in nouns or ws[-1][1:] in nouns):
        ws = ws[:-1]  # («في مدينة X»: the noun of X's own name)
    return any(w in spots or (w[:1] in "وب" and w[1:] in spots) for w in ws)


def then(ctx: Ctx, rec: dict, c: dict | None) -> dict | None:
    """The place finer_place would give the record were c its place (a later telling's place inside c), or None.
    Why (stop 46): the chooser runs before finer_place; an area it keeps or takes may end as the village told next,
    and a village it takes instead ends as itself. An older tree with no finer_place: None (nothing refines)."""
    if c is None or c.get("start") is None:
        return None
    try:
        from . import finer_place
    except ImportError:
        return None
    conf = finer_place.conf() if hasattr(finer_place, "conf") else None  # (an older finer_place: no switches)
    lv = arguments._level(c)
    if not (2 <= lv < 5 or conf is not None and hasattr(finer_place, "_a_city") and finer_place._a_city(c, conf)):
        return None
    key = ("chooser_then", rec["start"], c["start"], c["end"])
    if key not in ctx.memo:
        ctx.memo[key] = finer_place._inside_later(ctx, rec, c, conf) if conf is not None else \
            finer_place._inside_later(ctx, rec, c)
    return ctx.memo[key]


def _lookahead(ctx: Ctx, rec: dict, c: dict, real: list[dict], kind: str, f: dict[str, float]) -> None:
    """Features of what the place steps after the hook will do with c, and of c among the others (stop 46, the model
    file's `lookahead`): finer_place would move the record from c to a later place inside it (`then`); c the finest
    or the coarsest level of the candidates; c's name told again elsewhere in the document."""
    nxt = then(ctx, rec, c)
    f["then_finer"] = float(nxt is not None)
    f[f"then_finer&kind={kind}"] = float(nxt is not None)
    lv = _LEVEL.get(kind, 1)
    levels = [_LEVEL.get(_kind(o), 1) for o in real]
    f["level_finest"] = float(lv == min(levels) and lv < max(levels))
    f["level_coarsest"] = float(lv == max(levels) and lv > min(levels))
    key = ("chooser_names",)
    names = ctx.memo.get(key)
    if names is None:
        names = ctx.memo[key] = {}
        for p in ctx.places.items:
            names[_told_key(p)] = names.get(_told_key(p), 0) + 1
    f["told_again_doc"] = float(names.get(_told_key(c), 0) >= 2)


def _told_key(p: dict) -> str:
    """A place's name for `told_again_doc`: its English name, or its folded surface where the layer gives none
    (review46 F5: two different unnamed places were one name, None, «told again»)."""
    return p.get("name_en") or "ar:" + fold_str(p.get("surface") or "")


def _figure(rec: dict) -> int | None:
    """The record's own figure (its count, dead or wounded, the first given), or None."""
    for k in ("count", "fatalities", "injured"):
        q = rec.get(k)
        if isinstance(q, dict) and q.get("low"):
            return q["low"]
    return None


def _structure(ctx: Ctx, att: Attribution, rec: dict, rule: dict | None, c: dict, cs: int, si: int,
               other_act: frozenset, f: dict[str, float]) -> None:
    """Features of a place told in a sentence after the act's (stop 41, `structure` in the model file): does that
    sentence go on with THIS act, or tell another? Why: the lead names an area («مداهمات في ريف X», «غارات على
    محافظة Y») and the next sentence either names the spot of that act («… أن العملية نُفذت في بلدة Z») or another
    act of its kind at a village of the area («وفي حادثة ثانية…», «كما طالت…», «7 منهم في قرية W»). On the 28 dev
    sets a rule taking the village after a coarse lead was right about half the time (stop 40): these say which
    half — the same figure told again there, a smaller one (a share), a word of another act before the place
    (`other_act`: «أيضاً», «أخرى», «مماثل», «بالتوازي»…), a source opening the sentence (a report elaborating the
    lead), the place the first of its sentence, a record of the type the rules placed there (another act kept apart),
    and whether the rules' place is an area (region or coarser)."""
    coarse = rule is not None and _LEVEL.get(_kind(rule), 1) >= 3
    f["next&rule_coarse"] = float(coarse)
    f["next&coarse&sent1"] = float(coarse and cs == si + 1)
    lows, others, opened, first = _sentence_shape(ctx, att, cs, other_act)
    fig = _figure(rec)
    f["next&fig_same"] = float(bool(fig) and fig in lows)
    f["next&fig_less"] = float(bool(fig) and fig not in lows and any(x < fig for x in lows))
    f["next&other_act"] = float(bool(others) and others[0] < c["start"])
    f["next&source_open"] = float(opened)
    f["next&first_in_sent"] = float(first == c["start"])
    # the rules gave a record of this type this place: the act told there is that one, kept apart from this one
    # («نفذ التحالف غارة في شرق سوريا. وقال ناشطون إن طائرات روسية قصفت سيارة في مدينة X»: two strikes)
    f["next&type_there"] = float(rec.get("type") in ctx.memo.get(("chooser_used_types",), {}).get(_key(c), ()))
    if coarse:
        for k in ("fig_same", "fig_less", "other_act", "source_open", "first_in_sent"):
            f[f"next&coarse&{k}"] = f[f"next&{k}"]
    # the lead's area, then a source's report that opens the very next sentence and names this place first, with no
    # word of another act, no share of the figure, no record of the type there: it tells where the lead's act was
    f["next&coarse&elab"] = float(coarse and cs == si + 1 and f["next&source_open"] and f["next&first_in_sent"] and
                                  not f["next&other_act"] and not f["next&fig_less"] and
                                  not f["next&type_there"])


def _sentence_shape(ctx: Ctx, att: Attribution, k: int, other_act: frozenset) -> tuple:
    """What `_structure` reads of sentence k, once per sentence (every place of it, for every record of the sentences
    before, asks): the figures told in it, the starts of its words of `other_act` (a prefixed «و/ف» too), whether a
    source stands among its first four words, the start of its first place."""
    key = ("chooser_shape", k)
    got = ctx.memo.get(key)
    if got is None:
        s = ctx.sents[k]
        quants = getattr(ctx, "quants", None)  # (an older tree's Ctx may have none)
        lows = frozenset(q["low"] for q in quants.between(s.start, s.end)
                         if isinstance(q.get("low"), (int, float))) if quants is not None else frozenset()
        a, b = bisect_left(ctx.tok_starts, s.start), bisect_left(ctx.tok_starts, s.end)
        others = [ctx.tok_starts[i] for i in range(a, b)
                  if ctx.ftoks[i] in other_act or (ctx.ftoks[i][:1] in "وف" and ctx.ftoks[i][1:] in other_act)]
        top = ctx.tok_starts[a + 4] if a + 4 < b else s.end  # (a source among the sentence's first four words)
        first = ctx.places.first_after(s.start, s.end)
        got = ctx.memo[key] = (lows, others, any(s.start <= x < top for x, _ in att.spans(k)),
                               first["start"] if first is not None else None)
    return got


def _count_bucket(rec: dict) -> str:
    """The record's figure in decades: an exact toll of hundreds («381 شخصاً», «7126 حالة») is more often a report's
    tally over a country than one place's; a rough one («مئات المتظاهرين») is a crowd at one place ("approx")."""
    q = rec.get("count") or rec.get("fatalities")
    if not isinstance(q, dict) or not q.get("low"):
        return "none"
    if q.get("approx") or (q.get("high") is not None and q["high"] != q["low"]):
        return "approx"
    low = q["low"]
    return "1" if low < 10 else "10" if low < 100 else "100+"


def _none_extras(ctx: Ctx, rec: dict, rule: dict | None, si: int, model: dict, f: dict[str, float]) -> None:
    """Features of "no place" (stop 35): the gold gives no place to a tally over several governorates
    («في محافظتي X وY», a breakdown «7 في X و6 في Y»), so the size of the figure, what kind of place the
    rules took, whether that place is one of a list, and a dual of a region noun in the act's sentence."""
    f["none&count=" + _count_bucket(rec)] = 1.0
    if rule is not None:
        f["none&rule_kind=" + _kind(rule)] = 1.0
        if "start" in rule:
            j_prev, j_next = _joins(ctx, rule, model["preps"])
            f["none&rule_listed"] = float("list" in (j_prev, j_next))
    f["none&dual"] = float(_dual_in(ctx, si, model["duals"]))


def _dual_in(ctx: Ctx, si: int, duals: frozenset) -> bool:
    """A word of `duals` in sentence si, read once per sentence: every record of a run-on page's one "sentence"
    asks, and reading the whole sentence for each made the chooser quadratic there."""
    key = ("place_chooser_dual", si, duals)
    got = ctx.memo.get(key)
    if got is None:
        s = ctx.sents[si]
        got = ctx.memo[key] = bool(_words_between(ctx, s.start, s.end) & duals)
    return got


def _join(ctx: Ctx, a: int, b: int, preps: dict[str, str]) -> str:
    """How a place ending at a is joined to the next one starting at b: "list" («X وY», «X، Y», «X وبلدة Y»),
    "in" («X في Y», «X بحي Y»: the first is inside the second, or the second named more closely), "near"
    («X شمالي Y», «X قرب Y»), "other", or "" (more than 25 letters apart)."""
    if b - a > 25 or b < a:
        return ""
    nouns = ctx.v.place_nouns
    conj = False
    for k in range(bisect_left(ctx.tok_starts, a), bisect_left(ctx.tok_starts, b)):
        w = ctx.ftoks[k]
        glued = ctx.tok_starts[k] < b <= ctx.tok_starts[k] + len(w)  # «وعربين», «بدمشق»: the particle on the name
        if w in (",", "و", "او"):
            conj = True  # (a list only if nothing but place nouns follows: «X، متجهة إلى Y» is not one)
            continue
        if w[:1] == "و" and (glued or w[1:] in nouns):
            return "list"
        if w in nouns:
            continue
        cls = preps.get(w) or ("fi" if w[:1] == "ب" and (glued or w[1:] in nouns) else None)
        if cls in ("fi", "inside"):
            return "in"
        return "near" if cls in ("near", "dir") else "other"
    return "list" if conj else "other"


def _joins(ctx: Ctx, c: dict, preps: dict[str, str]) -> tuple[str, str]:
    """How c is joined to the place right before it and to the one right after it (`_join`)."""
    prev = ctx.places.last_before(c["start"], c["start"] - 25)
    nxt = ctx.places.first_after(c["end"], c["end"] + 25)
    return (_join(ctx, prev["end"], c["start"], preps) if prev else "",
            _join(ctx, c["end"], nxt["start"], preps) if nxt else "")


def _join_features(ctx: Ctx, c: dict, preps: dict[str, str], f: dict[str, float]) -> None:
    """Where c stands among the places beside it (stop 35): the first of a list («غارات على X وY وZ»: the
    gold takes the first), a later one, the finer place of a nest («بحي X في Y») or its container."""
    j_prev, j_next = _joins(ctx, c, preps)
    if j_prev:
        f["join_prev=" + j_prev] = 1.0
    if j_next:
        f["join_next=" + j_next] = 1.0
    f["list_first"] = float(j_next == "list" and j_prev != "list")


def _target_verb(ctx: Ctx, c: dict, targets: frozenset) -> bool:
    """c is the object of a verb that names what was hit («استهدفت X», «طالت X», «مستهدفاً X»): a word of the
    model file's `targets` class right before it (place nouns skipped: «طالت بلدة X»). Asked in the act's own
    sentence only: «داهمت مدينة X» told next is a share of the act, or another one."""
    nouns = ctx.v.place_nouns
    for w in reversed(ctx.words_before(c["start"], 3, floor=ctx.clause(c["start"])[0])):
        if w in nouns:
            continue
        return w in targets or (w[:1] in "وف" and w[1:] in targets)
    return False


def _told_again(ctx: Ctx, rec: dict, k: int) -> bool:
    """Sentence k holds a trigger of the record's type: the act told again there, with its finer place."""
    s = ctx.sents[k]
    for h in ctx.m["triggers"].starting(s.start, s.end):
        infos = h.value if isinstance(h.value, list) else [h.value]
        if any(i.get("type") == rec.get("type") for i in infos):
            return True
    return False


def _vetoed(ctx: Ctx, att: Attribution, c: dict, u: dict | None, cs: int, si: int, ts: int, te: int, etype: str,
            locked: bool, past, rule: dict | None = None) -> bool:
    """The veto of `features` for a candidate that is not the rules' place, cheapest tests first
    (the same tests, the same answer: `features(lean=True)` skips the rest for a vetoed one)."""
    if locked or u is None or u["_origin"] or u["_country"] or u.get("_share"):
        return True
    if not u["_loc"] and not (cs == si and _target_verb(ctx, c, load()["targets"])):
        return True  # (no locative word before it, nor a verb naming what was hit: «مستهدفاً X» is where; stop 35)
    if _second(rule, u, cs, si, etype):
        return True
    if ctx.in_org(c["start"], c["end"]) or any(a <= c["start"] < b for a, b in att.spans(cs)):
        return True
    if etype in _STRIKES and (arguments._fired_from(ctx, c) or arguments._fire_source(ctx, c)):
        return True
    if routes.dropped(etype, u.get("_motion")):
        return True  # «دفعت بتعزيزات من X»: a movement's end the type never takes (routes.py; events helper)
    if past is not None and past[0] <= c["start"] < past[1]:
        return True
    if cs < si and (_opens_other(ctx, si, ts) or rule is None and _not_sole(ctx, att, c, cs, si)):
        return True
    if cs != si:
        return False
    after = c["start"] >= te
    a, b = (te, c["start"]) if after else (c["end"], ts)
    a, b = min(a, b), max(a, b)
    return bool(_words_between(ctx, a, b) & _PARTS) or arguments._part_between(ctx, a, b)


def _words_between(ctx: Ctx, a: int, b: int) -> set[str]:
    """The folded words of the tokens that start in [a, b)."""
    return set(ctx.ftoks[bisect_left(ctx.tok_starts, a):bisect_left(ctx.tok_starts, b)])


def score(f: dict[str, float], weights: dict[str, float]) -> float:
    return sum([weights.get(k, 0.0) * v for k, v in f.items()])  # (a list: no generator step per feature)


def best(fs: list[dict[str, float]], weights: dict[str, float], margin: float = 0.0) -> int:
    """Index of the candidate to take: the rules' choice gets `margin` on top of its score (the
    model overrides the rules only when it is that much surer), and wins a tie."""
    if load()["elab_take"]:
        for b, f in enumerate(fs):
            if f.get("next&coarse&elab") and not f.get("veto"):
                return b  # (stop 41, `elab_take`: the report right after an area's lead names where the act was)
    top, top_s = 0, -math.inf
    for b, f in enumerate(fs):
        if f.get("veto"):
            continue
        s = score(f, weights) + (margin + 1e-9 if f.get("rule") or f.get("none&rule") else 0.0)
        if s > top_s:
            top, top_s = b, s
    return top


def choose(ctx: Ctx, att: Attribution, rec: dict, weights: dict[str, float] | None = None,
           margin: float | None = None) -> dict | None:
    """The model's place for one record (a candidate dict or None)."""
    model = load()
    cands = candidates(ctx, rec)
    fs = features(ctx, att, rec, cands, lean=True)
    return cands[best(fs, model["weights"] if weights is None else weights,
                      model["margin"] if margin is None else margin)]


def refine(ctx: Ctx, att: Attribution, recs: list[dict]) -> None:
    """The pipeline hook, on a document's finished records: an asserted record with a single place
    (a list of places tied by `group` is left to the rules) gets the model's place when the model
    prefers another candidate. No weights (or ENABLED off): the rules' places stand."""
    if not ENABLED:
        return
    model = load()
    if not model["weights"] or not model["enabled"]:
        return  # (the model file's `enabled`: a model that did not pass the gate ships off, its weights kept)
    note_records(ctx, recs)
    for rec in recs:
        if rec.get("group") is not None or rec.get("_no_place") or rec.get("modality", "asserted") != "asserted" or \
                rec.get("type") not in model["types"]:
            continue  # (trained on these only; a type with few examples keeps the rules' place)
        # (a place the rules chose is never traded for one that holds it, the most specific stays, nor for an end
        # of the act's own movement the type takes only when nothing else is named: both vetoed in `features`, so
        # that training and the benchmark judge the choices the hook makes)
        got = choose(ctx, att, rec)
        if not _same(got, rec.get("place")):
            rec["place"] = arguments.clean_place(got)
