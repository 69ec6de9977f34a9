"""A toll told town by town is one event per town with its own figure (stop 47, helper list47; issue 10). OFF.

Why: «قُتل اثنان في X واثنان آخران في Y، وثلاثة في Z» is one record per town (events_probe and news_dev READMEs), but
the later pairs have no trigger of their own: the figure step splits them off the first pair's trigger and
`groups.group_lists` ties them in one list group, which the scorer counts as one unit (one town matched, the others
missed); a pair the figure step did not reach has no record at all.

What: in a sentence, a run of (figure, place) pairs told by «و» alone («N [noun] في/ب P، وM في Q وK في R»: at most
`gap_words` words from a figure to its place, one of them a preposition of `preps`, no event word but a noun of the
dead, no «و» word; from a place to the next figure only «و», after a short aside set off by a comma; no place coarser
than `max_level`; no place twice) whose figures one asserted incident record of `types` owns (the act that told the
first pair) is a record per pair: the one the figure step made, else the owner's copy at that place with the pair's
figure as the owner's (count, dead), its other figures left to the first town. All leave their list group. A run after
a colon whose sentence names a tally before it (`tally_words`: «الحصيلة … : 7 في حمص و6 في درعا», a breakdown, no
act's toll) is left alone; after any other colon the owner may be the total before it, dropped when the pairs sum to it.

Judged (bench_figure_fixes --fix town_tolls, base 8172eda5): today's rules 1602 -> 1603 matched (2884 -> 2885 units),
first-run folds 1309 = 1309, news_dev =: not up on both tables, so the switch is off. Casualties owners too
(`town_tolls_all`): down on all three (the towns' dead are coded as the act the text told, a type the casualties
record does not have). Where the shape fails upstream: BENCHMARKS.md, stop 47, list47.

Where: on the finished records after protest_dead (a protest day's town tolls are protests by then). `enabled` and the
words in data/events/town_tolls.json. Cost: a scan of the sentences that hold a record's figure.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from .vocab import ffold

DATA = Path(__file__).resolve().parents[2] / "data" / "events" / "town_tolls.json"
_LEVEL = {"neighbourhood": 0, "facility": 0, "camp": 0, "border crossing": 0, "locality": 1, "city": 1,
          "subdistrict": 2, "district": 2, "region": 3, "governorate": 4, "country": 5}


@lru_cache(maxsize=1)
def _conf() -> dict:
    return conf_from(json.loads(DATA.read_text(encoding="utf-8")) if DATA.exists() else {})


def conf_from(raw: dict) -> dict:
    """town_tolls.json's settings, folded ({} when off)."""
    if not raw.get("enabled"):
        return {}
    return {"aside": int(raw.get("aside_words", 4)), "gap": int(raw.get("gap_words", 4)),
            "level": int(raw.get("max_level", 2)), "preps": tuple(ffold(w) for w in raw.get("preps", ["في", "ب"])),
            "types": frozenset(raw.get("types", [])), "tally": frozenset(ffold(w) for w in raw.get("tally_words", []))}


def _level(p: dict) -> int:
    return _LEVEL.get(p.get("kind") or p.get("level") or "", 1)


def _span(x: dict | None) -> tuple[int, int] | None:
    return (x["start"], x["end"]) if x and "start" in x else None


def refine(ctx, out: list[dict]) -> list[dict]:
    """The records, with each further town of a toll told town by town a record of its own (see the module)."""
    conf = _conf()
    if not conf:
        return out
    by_quant: dict[int, list[dict]] = {}
    for r in out:
        if r.get("quantity") and "start" in r["quantity"]:
            by_quant.setdefault(r["quantity"]["start"], []).append(r)
    if not by_quant:
        return out
    added: list[dict] = []
    dropped: set[int] = set()
    for si in sorted({ctx.sent_of(q) for q in by_quant}):
        for chain, colon in _chains(ctx, si, conf):
            owner = _owner(ctx, chain, colon, by_quant, conf)
            if owner is None:
                continue
            members = []
            for q, p in chain:
                made = next((o for o in by_quant.get(q["start"], []) if o.get("type") == owner["type"]), None)
                if made is None:
                    made = _part(owner, q, p)
                    added.append(made)
                    by_quant.setdefault(q["start"], []).append(made)
                members.append(made)
            for m in members:  # (out of their list group: each an incident of its own)
                m["group"] = None
                m.pop("part_of_list", None)
            if colon and all(m is not owner for m in members) and \
                    _sum(chain) == (owner.get(_first(owner) or "") or {}).get("low"):
                dropped.add(id(owner))  # («عشرة قتلى…: خمسة في X، وأربعة في Y، وواحد في Z»: the total is theirs)
    if added or dropped:
        out = sorted([r for r in out if id(r) not in dropped] + added, key=lambda r: (r["start"], r["end"]))
    return out


def _chains(ctx, si: int, conf: dict) -> list[tuple[list[tuple[dict, dict]], bool]]:
    """The sentence's runs of (figure, place) pairs told by «و» («N في X وM في Y، وK في Z»): two pairs or more, or
    one or more after a colon (the colon's flag)."""
    sent = ctx.sents[si]
    pairs = []
    for q in ctx.quants.between(sent.start, sent.end):
        if q.get("low") is None or q.get("kind") not in ("count", None):
            continue
        p = ctx.places.first_after(q["end"], min(sent.end, q["end"] + 40))
        if p is None or p["end"] > sent.end or ctx.breaks_between(q["end"], p["start"]) or \
                not _pair_gap(ctx, q["end"], p["start"], conf) or _level(p) > conf["level"]:
            continue
        pairs.append((q, p))
    runs: list[list] = []
    for q, p in pairs:
        if runs and runs[-1][-1][1]["end"] <= q["start"] and _by_and(ctx, runs[-1][-1][1]["end"], q["start"], conf):
            runs[-1].append((q, p))
        else:
            runs.append([(q, p)])
    got = []
    for run in runs:
        head = ctx.text[sent.start:run[0][0]["start"]].rstrip()
        colon = head.endswith(":")
        if colon and set(ffold(head).split()) & conf["tally"]:
            continue  # («صعدت الحصيلة لتبلغ 23: 7 في حمص و6 في درعا»: a tally's breakdown, no act's toll)
        if len({p.get("name_en") or p["surface"] for _, p in run}) < len(run):
            continue  # (one place twice: no toll told town by town)
        if len(run) >= 2:
            got.append((run, colon))
    return got


def _owner(ctx, chain: list, colon: bool, by_quant: dict, conf: dict) -> dict | None:
    """The asserted incident record whose figure is one of the run's (the act that told the first pair), or, for a
    run after a colon, the one whose figure stands before the colon in the sentence (the total split by town)."""
    def fit(r: dict) -> bool:
        return r.get("modality", "asserted") == "asserted" and r.get("kind", "incident") == "incident" and \
            (not conf["types"] or r.get("type") in conf["types"]) and not (r.get("group") or "").startswith("g")
    for q, _ in chain:
        r = next((o for o in by_quant.get(q["start"], []) if fit(o)), None)
        if r is not None:
            return r
    if not colon:
        return None
    lo = ctx.sents[ctx.sent_of(chain[0][0]["start"])].start
    before = [o for qs, rs in by_quant.items() if lo <= qs < chain[0][0]["start"] for o in rs if fit(o)]
    return max(before, key=lambda o: o["quantity"]["start"]) if before else None


def _sum(chain: list):
    return sum(q["low"] for q, _ in chain)


def _first(r: dict) -> str | None:
    """The figure the record counts (its count first)."""
    return next((k for k in ("count", "fatalities", "injured") if (r.get(k) or {}).get("low") is not None), None)


def _pair_gap(ctx, a: int, b: int, conf: dict) -> bool:
    """«سبعة مدنيين في», «ستة في مدينة», «اثنان آخران في»: a few words, one of them «في/ب», no act word."""
    words = ffold(ctx.text[a:b]).split()
    if len(words) > conf["gap"] or _act_word(ctx, a, b, dead_nouns=True):
        return False
    if any(w.startswith("و") for w in words):
        return False  # («وستة في الحراك وقتيل في X»: a pair whose town the layer missed runs into the next one)
    return any(w in conf["preps"] or w.startswith(conf["preps"]) for w in words) or \
        ctx.text[b - 1:b] in conf["preps"]


def _by_and(ctx, a: int, b: int, conf: dict) -> bool:
    """Between a place and the next figure only «و» (glued or alone), after a comma and a short aside at most
    («في مدينة X بينهم طفل، وأربعة»): no act word, figure or place of its own."""
    between = ctx.text[a:b]
    words = ffold(between.replace("،", " ").replace(",", " ")).split()
    if not words or words[-1] != "و":
        return False
    aside = words[:-1]
    if aside and ("،" not in between and "," not in between):
        return False  # («في X ومحيطها وستة»: the place's own words run on; only an aside set off by a comma)
    if len(aside) > conf["aside"] or _act_word(ctx, a, b):
        return False
    return not ctx.places.between(a, b) and not ctx.quants.between(a, b)


def _act_word(ctx, a: int, b: int, dead_nouns: bool = False) -> bool:
    """An event word between a and b; with `dead_nouns`, not a noun of the dead («4 مدنيين قتلى في X»: the figure's
    own counted noun)."""
    hits = getattr(ctx, "m", None)
    try:
        got = hits["triggers"].between(a, b) if hits is not None else []
    except (KeyError, TypeError):
        return False
    return any(not (dead_nouns and isinstance(h.value, dict) and h.value.get("type") == "casualties" and
                    h.value.get("pos") == "noun") for h in got)


def _part(r: dict, q: dict, p: dict) -> dict:
    """r's record at p with q as the figure r's own figure was: r's other figures are the first town's."""
    rng = {"low": q.get("low"), "high": q.get("high"), "approx": bool(q.get("approx"))}
    rec = dict(r, place={k: v for k, v in p.items() if not k.startswith("_")}, group=None, breakdown=[],
               quantity={"start": q["start"], "end": q["end"], "surface": q["surface"]},
               counted=q.get("counted"))
    rec.pop("part_of_list", None)
    first = _first(r)
    low = (r.get(first) or {}).get("low")
    for k in ("count", "fatalities", "injured"):
        v = r.get(k)
        # (the figure the record's quantity is, and a casualties record's same dead told as its count)
        rec[k] = dict(rng) if first and v and v.get("low") == low and (k == first or k != "injured") else None
    return rec
