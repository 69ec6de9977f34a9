"""How far the pipeline reaches each gold event: a fixed ladder, each gold event counted once at its first failing
rung, so that the next stop knows whether the right answer is among what the pipeline produces at all.

The learned choosers of stop 34 (figure, place, join, filter) pick among the rules' candidates; they cannot move a
gold event whose answer is not among them. The ladder says where each miss sits:

1. matched (bench_events' matching);
2. a record of its type is aligned to it (bench_events' leftover alignment: type+figure, then type+place, then type
   alone) and its FIGURE is wrong: the gold figure is a quantity span in the trigger's sentence or the one before
   (a chooser could fix it), a quantity elsewhere in the passage, the very span the record took but read with other
   bounds, not a quantity span at all (the quantities layer misses it), or the gold wants no figure;
3. the same for the PLACE (figure right): the gold place is a resolved place in the place chooser's window (the
   trigger's sentence and `place_chooser.WINDOW` before it), a resolved place elsewhere, not in the places layer,
   or the gold wants none;
4. no record of its type aligned, but a MENTION of its type (mentions.find, mentions.speeches) in the gold event's
   own sentences (those of its figure and place spans; of its source's name when it has neither; the whole passage
   when it has none of them): lost between mentions and records, at the deepest
   point any such mention reached (modality, dropped before the incidents, retyped, an incident with no record, a
   record judged not to have happened, of another type, or matched to another gold: one mention, several incidents);
5. no mention of its type in its sentences: an event word of its type passed over by mentions.find, a trigger word
   not read as an event word there, a mention of another type there (type mapping), one of its type only in a
   sentence beside or further away, or no word of its type (vocabulary).

Extras (emitted units matched to no gold): a wrong argument (aligned to a gold of its type at rung 2-3: a miss and
an extra), a second telling of a matched incident (its type has gold in the passage, all taken), a non-act (no gold
of its type in the passage). The "at most" column is pooled F1 if every case of that row were mended and nothing
else moved (a rung-2/3 mend turns an extra into a match; a rung-4/5 mend adds a record; an extra mended goes).

The mentions are read inside the events stage by wrapping mentions.find, modality.classify and incidents.resolve
(the events code is not changed); an older tree (--rev, --first-runs) is run in a child on its `git archive`d src,
as bench_events_census does. Held-out sets are refused. -v lists the rung-2/3/4 cases with their sentence.

    .venv/bin/python benchmarks/bench_events_reach.py [--set probe64,...|news_dev] [--rev 0a8ebd1] [--first-runs] [-v]
"""
from __future__ import annotations

import argparse
import bisect
import collections
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if "--src" in sys.argv:  # a child run on an older tree: its marsad first, before bench_events adds this one
    sys.path.insert(0, sys.argv[sys.argv.index("--src") + 1])
    import marsad  # noqa: F401

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_events as be  # noqa: E402

# the paraphrase development sets (COMMON.md: the judge) and the commit of each one's first run (bench_events' table)
PARAPHRASE = tuple(be.PARAPHRASE)
FIRST_RUN = {n: commit for n, (commit, _) in be.PARAPHRASE_FIRST_RUNS.items()}
assert not set(PARAPHRASE) & set(be.HELD_OUT)
WINDOW = 2  # place_chooser.WINDOW (read from the tree run when it has one)
ATTACK_TYPES = frozenset({"airstrike", "shelling", "explosion", "armed_clash"})  # what mentions' «attack» resolves to
RUNGS = {1: "matched", 2: "figure wrong", 3: "place wrong", 4: "mention lost", 5: "no mention"}
EXTRAS = ("wrong argument", "second telling", "non-act")
# the upstream layer that would have to change to mend a sub-kind (the "by layer" table): its first words
LAYERS = (("a quantity in the trigger's", "choosers (a candidate in reach)"),
          ("a resolved place in the chooser's", "choosers (a candidate in reach)"),
          ("a quantity elsewhere", "arguments' reach (beyond the choosers' window)"),
          ("a resolved place elsewhere", "arguments' reach (beyond the choosers' window)"),
          ("the gold wants no", "arguments (a figure or place the gold has none of)"),
          ("the gold's span taken", "quantities (bounds)"), ("not a quantity", "quantities (bounds)"),
          ("not in the places", "places layer"),
          ("joined into", "resolution (incidents)"), ("an incident with no record", "resolution (incidents)"),
          ("modality", "modality"), ("a record judged", "modality"),
          ("dropped before", "mentions (find, event words, retyping)"),
          ("retyped", "mentions (find, event words, retyping)"),
          ("an event word", "mentions (find, event words, retyping)"),
          ("a trigger word", "mentions (find, event words, retyping)"),
          ("a mention of another type", "type mapping"),
          ("a mention of its type only", "vocabulary (no word of its type in its sentence)"),
          ("no word of its type", "vocabulary (no word of its type in its sentence)"))


def layer(sub: str) -> str:
    return next((name for head, name in LAYERS if sub.startswith(head)), "other")


# -- gold with its spans ---------------------------------------------------------------------------------------
def load(name: str) -> list[dict]:
    """bench_events' gold of a set, each event with the spans of its figure and place (`_fig`, `_place`: every
    span of the gold's quantity and place with that surface). Refuses a held-out set."""
    if name in be.HELD_OUT:
        raise SystemExit(f"{name}: held out; only the lead scores it, with bench_events_history.py")
    return load_path(be.NEWS_DEV if name == "news_dev" else be.PROBES[name], name)


def load_path(path: Path, name: str = "") -> list[dict]:
    """A gold file of the probe shape (text, quantities and places with offsets, events), read by bench_events,
    each event given its spans."""
    docs = be.news_dev_gold(path)
    raw = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for d, r in zip(docs, raw):
        assert d["id"] == r["id"]
        d["set"] = name
        for g, rg in zip(d["events"], r["events"]):
            g["_fig"] = _spans(r["text"], r.get("quantities") or [], rg.get("count_surface"))
            g["_place"] = _spans(r["text"], r.get("places") or [], rg.get("place_surface"))
            who = rg.get("reported_by") if isinstance(rg.get("reported_by"), str) else None
            g["_who"] = _every(r["text"], who)
    return docs


def _every(text: str, surface: str | None) -> list[tuple[int, int]]:
    out, k = [], text.find(surface) if surface else -1
    while k >= 0:
        out.append((k, k + len(surface)))
        k = text.find(surface, k + 1)
    return out


def _spans(text: str, items: list[dict], surface: str | None) -> list[tuple[int, int]]:
    if not surface:
        return []
    got = [(x["start"], x["end"]) for x in items if x.get("surface") == surface and x.get("start") is not None]
    if not got and surface in text:
        k = text.index(surface)
        got = [(k, k + len(surface))]
    return got


# -- what the events stage saw ----------------------------------------------------------------------------------
class Trace:
    """The mentions of the events stage, read by wrapping three of its steps for the length of a run: every
    mention found (and its type then), what modality said of it, the mentions handed to incidents.resolve, and the
    event words and raw trigger hits of the document. The wrappers call the originals unchanged."""

    def __init__(self) -> None:
        from marsad.extract.events import incidents, mentions, modality
        self.mods = (mentions, modality, incidents)
        self.reset()

    def reset(self) -> None:
        self.found: list[tuple] = []  # (mention, its type when found)
        self.modality: dict[int, str | None] = {}
        self.ready: list = []
        self.words: list[tuple[int, int, str]] = []  # event words: (start, end, type)
        self.hits: list[tuple[int, int, str]] = []  # raw trigger hits, every reading

    def __enter__(self) -> "Trace":
        mentions, modality, incidents = self.mods
        self._orig = (mentions.find, modality.classify, incidents.resolve)
        find, classify, resolve = self._orig
        self._speeches = speeches = getattr(mentions, "speeches", None)

        def _speeches(*a, **k):  # statements are mentions too, found after modality (speeches)
            out = speeches(*a, **k)
            self.found += [(m, m.type) for m in out]
            return out

        def _find(ctx, *a, **k):
            out = find(ctx, *a, **k)
            self.found += [(m, m.type) for m in out]
            self._words(ctx)
            return out

        def _classify(ctx, m, *a, **k):
            got = classify(ctx, m, *a, **k)
            self.modality.setdefault(id(m), got)
            return got

        def _resolve(ctx, ready, *a, **k):
            self.ready += list(ready)
            return resolve(ctx, ready, *a, **k)

        mentions.find, modality.classify, incidents.resolve = _find, _classify, _resolve
        if speeches is not None:
            mentions.speeches = _speeches
        return self

    def __exit__(self, *exc) -> None:
        mentions, modality, incidents = self.mods
        mentions.find, modality.classify, incidents.resolve = self._orig
        if self._speeches is not None:
            mentions.speeches = self._speeches

    def _words(self, ctx) -> None:
        memo = getattr(ctx, "memo", {}) or {}
        for h, info in memo.get("event_words") or []:
            self.words.append((h.start, h.end, info.get("type")))
        hits = memo.get("trigger_hits")
        for h in getattr(hits, "items", None) or []:
            for info in h.value if isinstance(h.value, list) else [h.value]:
                self.hits.append((h.start, h.end, (info or {}).get("type")))


# -- the ladder ---------------------------------------------------------------------------------------------------
_STAGES = (("place", "by type+figure", lambda g, e: e["type"] == g["type"] and be._figure_ok(g, e)),
           ("figure", "by type+place", lambda g, e: e["type"] == g["type"] and be._place_ok(g, e)),
           ("figure", "by type only", lambda g, e: e["type"] == g["type"]))  # both wrong: the figure is the first rung


def align(golds: list[dict], units: list[list[dict]]) -> tuple[dict, dict]:
    """({gold index: (unit index, record)}, {gold index: (what is wrong, aligned how)}): bench_events' matching,
    then the golds and units it left by type+figure, type+place and type alone (as train_place_chooser.align, one
    stage more). Aligned by type only, the record may tell another incident, or another telling of this one."""
    pairs = dict(be._match(golds, units))
    wrong = {gi: ("none", "matched") for gi in pairs}
    for what, how, ok in _STAGES:
        rest_g = [gi for gi in range(len(golds)) if gi not in pairs]
        used = {ui for ui, _ in pairs.values()}
        rest_u = [ui for ui in range(len(units)) if ui not in used]
        for k, (j, e) in be._match([golds[gi] for gi in rest_g], [units[ui] for ui in rest_u], ok=ok).items():
            pairs[rest_g[k]] = (rest_u[j], e)
            wrong[rest_g[k]] = (what, how)
    return pairs, wrong


class Sents:
    """Sentence index of an offset (the document's own sentences; a gap between two belongs to the one before)."""

    def __init__(self, doc) -> None:
        self.text = doc.text
        self.bounds = [(s.start, s.end) for s in doc.sentences] or [(0, len(doc.text))]
        self.starts = [a for a, _ in self.bounds]

    def of(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.starts, pos) - 1)

    def text_of(self, si: int) -> str:
        a, b = self.bounds[si]
        return self.text[a:b]


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def figure_rung(g: dict, e: dict, doc, ss: Sents) -> str:
    """Why the aligned record's figure is wrong: where the gold figure stands in the quantities layer."""
    if g["count"] is None:
        return "the gold wants no figure"
    took = e.get("quantity") or {}
    if took.get("start") is not None and any(_overlaps((took["start"], took["end"]), s) for s in g["_fig"]):
        return "the gold's span taken, its bounds read otherwise"
    si = ss.of(e["start"])
    qs = [q for q in doc.layers.get("quantities", []) if any(_overlaps((q["start"], q["end"]), s) for s in g["_fig"])]
    if not qs:
        return "not a quantity span (the quantities layer misses it)"
    if any(ss.of(q["start"]) in (si, si - 1) for q in qs):
        return "a quantity in the trigger's sentence or the one before"
    if any(ss.of(q["start"]) == si + 1 for q in qs):
        return "a quantity elsewhere: the sentence after the trigger's"
    return "a quantity elsewhere: further in the passage"


def place_rung(g: dict, e: dict, doc, ss: Sents, window: int = WINDOW) -> str:
    """Why the aligned record's place is wrong: where the gold place stands in the places layer."""
    if g["place"] is None:
        return "the gold wants no place"
    found = [p for p in doc.layers.get("places", []) if be._place_ok(g, {"place": p})]
    if not found:
        return "not in the places layer"
    si = ss.of(e["start"])
    if any(si - window <= ss.of(p["start"]) <= si for p in found):
        return "a resolved place in the chooser's window"
    if any(ss.of(p["start"]) == si + 1 for p in found):
        return "a resolved place elsewhere: the sentence after the trigger's"
    return "a resolved place elsewhere: further in the passage"


def _near(g: dict, ss: Sents) -> tuple[set[int], set[int], str]:
    """(the gold event's own sentences, those and the sentence either side, what placed them). Its own: those of
    its figure and place; a gold with neither (a statement, most often) is placed by its source's name; with none
    of the three the whole passage is its sentence."""
    for spans, by in ((g["_fig"] + g["_place"], "figure/place"), (g.get("_who") or [], "source")):
        own = {ss.of(a) for a, _ in spans}
        if own:
            return own, {s + k for s in own for k in (-1, 0, 1)}, by
    every = set(range(len(ss.bounds)))
    return every, every, "no span: the passage"


_DEPTH = ("modality: a state, a habit or an aim", "modality: judged not to have happened",
          "dropped before the incidents", "retyped before the incidents", "an incident with no record",
          "a record judged not to have happened", "joined into a record of another type",
          "joined into another gold's record (one mention, several incidents)")


def mention_fate(m, typ: str, trace: Trace, recs: list[dict], owner: dict[int, int]) -> str:
    """How far one mention of the gold's type got (the rung-4 sub-kinds, in _DEPTH order). `owner`: the indexes of
    the records aligned to some gold (the gold asked about has none, so it is another's)."""
    mod = trace.modality.get(id(m), "asserted")
    if mod is None:
        return _DEPTH[0]
    if not any(r is m for r in trace.ready):
        return _DEPTH[1] if mod != "asserted" else _DEPTH[2]
    if m.type != typ:  # found as the gold's type, retyped since
        return _DEPTH[3]
    hold = [i for i, r in enumerate(recs)
            if any((x["start"], x["end"]) == (m.start, m.end) for x in r.get("mentions") or [])]
    if not hold:
        return _DEPTH[4]
    asserted = [i for i in hold if recs[i].get("modality", "asserted") == "asserted"]
    if not asserted:
        return _DEPTH[5]
    if all(recs[i]["type"] != typ for i in asserted):
        return _DEPTH[6]
    return _DEPTH[7] if any(i in owner for i in asserted) else "a record of its type, aligned to nothing"


def no_mention(g: dict, own: set[int], near: set[int], trace: Trace, ss: Sents) -> tuple[str, str]:
    """Rung 5: what stands in the gold event's own sentences, when no mention of its type does (and a detail: its
    type, or the types found there instead)."""
    typ = g["type"]
    mine = {typ, "attack"} if typ in ATTACK_TYPES else {typ}
    found = {m.start for m, _ in trace.found}
    words = {a for a, _, _ in trace.words}
    # (a word read as its type that became a mention of another type is the type mapping's, below)
    if any(t in mine and ss.of(a) in own and a not in found for a, _, t in trace.words):
        return "an event word of its type, passed over by mentions.find", typ
    if any(t in mine and ss.of(a) in own and a not in words and a not in found for a, _, t in trace.hits):
        return "a trigger word of its type, not read as an event word there", typ
    other = sorted({t for m, t in trace.found if ss.of(m.start) in own and t != typ})
    if other:
        return "a mention of another type there (type mapping)", \
            f"{typ} -> {other[0] if len(other) == 1 else 'several'}"
    if any(typ in (t, m.type) and ss.of(m.start) in near for m, t in trace.found):
        return "a mention of its type only in a sentence beside", typ
    if any(typ in (t, m.type) for m, t in trace.found):
        return "a mention of its type only far from it", typ
    return "no word of its type in its sentences (vocabulary)", typ


def ladder(d: dict, doc, trace: Trace, window: int = WINDOW) -> dict:
    """One passage: {"cases": a dict per gold event (its rung and sub-kind), "extras": Counter, tp/emitted/gold}."""
    evs = doc["events"]
    units = be._units(evs)
    golds = d["events"]
    pairs, wrong = align(golds, units)
    ss = Sents(doc)
    index = {id(e): i for i, e in enumerate(evs)}
    owner = {index[id(e)]: gi for gi, (ui, _) in pairs.items() for e in units[ui]}  # records aligned at any rung
    cases = []
    for gi, g in enumerate(golds):
        c = {"set": d.get("set"), "id": d["id"], "type": g["type"], "count": g["count"], "place": g["place"]}
        if gi in pairs and wrong[gi][0] == "none":
            c.update(rung=1, sub="matched")
        elif gi in pairs:
            c.update(_argument_case(g, pairs[gi][1], wrong[gi], doc, ss, window))
        else:
            c.update(_mention_case(g, trace, evs, owner, ss))
        cases.append(c)
    matched = {ui for gi, (ui, _) in pairs.items() if wrong[gi][0] == "none"}
    return {"cases": cases, "extras": _extras(golds, units, pairs, matched), "tp": len(matched),
            "emitted": len(units), "gold": len(golds)}


def _argument_case(g: dict, e: dict, wrong: tuple[str, str], doc, ss: Sents, window: int) -> dict:
    """Rungs 2 and 3: a record of its type is aligned to the gold, its figure (or else its place) wrong."""
    what, how = wrong
    c = {"rung": 2 if what == "figure" else 3, "detail": how,
         "sub": figure_rung(g, e, doc, ss) if what == "figure" else place_rung(g, e, doc, ss, window),
         "sentence": ss.text_of(ss.of(e["start"])), "trigger": e.get("trigger"),
         "took": {"count": e.get("count"), "fatalities": e.get("fatalities"),
                  "place": (e.get("place") or {}).get("surface")}}
    if c["sub"].startswith("not a quantity"):
        c["surface"] = ", ".join(sorted({doc.text[a:b] for a, b in g["_fig"]}))
    if c["sub"].startswith("not in the places"):
        c["surface"] = g["place"]
    return c


def _mention_case(g: dict, trace: Trace, evs: list[dict], owner: dict[int, int], ss: Sents) -> dict:
    """Rungs 4 and 5: no record of its type aligned; is there a mention of its type in its own sentences, and how
    far did the deepest get?"""
    own, near, by = _near(g, ss)
    told = " | ".join(ss.text_of(si) for si in sorted(own)[:3])
    ms = [m for m, t in trace.found if g["type"] in (t, m.type) and ss.of(m.start) in own]  # (or retyped to it)
    if not ms:
        sub, detail = no_mention(g, own, near, trace, ss)
        return {"rung": 5, "sub": sub, "detail": detail, "by": by, "sentence": told}
    fates = [mention_fate(m, g["type"], trace, evs, owner) for m in ms]
    return {"rung": 4, "sub": max(fates, key=lambda f: _DEPTH.index(f) if f in _DEPTH else len(_DEPTH)),
            "detail": by, "by": by, "sentence": told, "triggers": [m.surface for m in ms]}


def _extras(golds: list[dict], units: list[list[dict]], pairs: dict, matched: set[int]) -> collections.Counter:
    """The units matched to no gold: aligned to one at rung 2-3 (a wrong argument), of a type the passage's gold
    has (a second telling of a matched incident), or of none (a non-act)."""
    out: collections.Counter = collections.Counter()
    aligned = {ui for ui, _ in pairs.values()}
    gold_types = {g["type"] for g in golds}
    for ui, u in enumerate(units):
        if ui in matched:
            continue
        out["wrong argument" if ui in aligned else "second telling" if u[0]["type"] in gold_types else "non-act"] += 1
    return out


def run_sets(names: list[str], pipe=None) -> dict:
    """{set: {"cases", "extras", "tp", "emitted", "gold"}} on the marsad imported (this tree's or --src's)."""
    from marsad.pipeline import Pipeline

    try:
        from marsad.extract.events import place_chooser
        window = getattr(place_chooser, "WINDOW", WINDOW)
    except ImportError:
        window = WINDOW
    pipe = pipe or Pipeline()
    return {name: run_docs(load(name), pipe, window) for name in names}


def run_docs(docs: list[dict], pipe, window: int = WINDOW) -> dict:
    """The ladder of some gold passages (load's shape), summed: {"cases", "extras", "tp", "emitted", "gold"}."""
    from marsad.document import Document

    acc = {"cases": [], "extras": collections.Counter(), "tp": 0, "emitted": 0, "gold": 0}
    with Trace() as trace:
        for d in docs:
            trace.reset()
            doc = Document(d["text"], id=d["id"], published=d["published"], outlet=d["outlet"])
            pipe(doc)
            got = ladder(d, doc, trace, window)
            acc["cases"] += got["cases"]
            acc["extras"].update(got["extras"])
            for k in ("tp", "emitted", "gold"):
                acc[k] += got[k]
    return acc


# -- report -------------------------------------------------------------------------------------------------------
def _f1(tp: int, emitted: int, gold: int) -> float:
    return 2 * tp / (emitted + gold) if emitted + gold else 0.0


def report(res: dict, title: str, verbose: bool = False) -> None:
    print(f"\n== {title}")
    print(f"{'set':10} {'gold':>5} {'1 match':>8} {'2 fig':>6} {'3 place':>8} {'4 lost':>7} {'5 none':>7}   "
          f"{'extras':>6} {'wrong':>6} {'2nd':>5} {'non-act':>7}   {'F1':>5}")
    pooled = {"cases": [], "extras": collections.Counter(), "tp": 0, "emitted": 0, "gold": 0}
    for name, r in list(res.items()) + [("pooled", pooled)]:
        if name != "pooled":
            pooled["cases"] += r["cases"]
            pooled["extras"].update(r["extras"])
            for k in ("tp", "emitted", "gold"):
                pooled[k] += r[k]
        n = collections.Counter(c["rung"] for c in r["cases"])
        x = r["extras"]
        print(f"{name:10} {r['gold']:5d} " + " ".join(f"{n[k]:{w}d}" for k, w in zip(range(1, 6), (8, 6, 8, 7, 7)))
              + f"   {sum(x.values()):6d} {x['wrong argument']:6d} {x['second telling']:5d} {x['non-act']:7d}"
              f"   {_f1(r['tp'], r['emitted'], r['gold']):5.3f}")
    tp, em, gd = pooled["tp"], pooled["emitted"], pooled["gold"]
    base = _f1(tp, em, gd)
    whole = collections.Counter(c["rung"] for c in pooled["cases"])
    print("pooled F1 at most, a whole rung mended: " + ", ".join(
        f"{k} +{_f1(tp + whole[k], em if k in (2, 3) else em + whole[k], gd) - base:.3f}" for k in (2, 3, 4, 5)))
    print(f"\npooled, by sub-kind (at most: pooled F1 {base:.3f} if every case of the row were mended, nothing else)")
    subs = collections.Counter((c["rung"], c["sub"]) for c in pooled["cases"] if c["rung"] > 1)
    for (rung, sub), v in sorted(subs.items(), key=lambda kv: (kv[0][0], -kv[1])):
        at_most = _f1(tp + v, em if rung in (2, 3) else em + v, gd)
        details = collections.Counter(c["detail"] for c in pooled["cases"] if (c["rung"], c["sub"]) == (rung, sub)
                                      and c.get("detail"))
        print(f"  {rung} {RUNGS[rung]:12} {v:4d} ({v / gd:5.1%})  at most {at_most:.3f} (+{at_most - base:.3f})  {sub}"
              + (f"  [{', '.join(f'{k} {n}' for k, n in details.most_common(8))}"
                 + (", …" if len(details) > 8 else "") + "]" if details else ""))
    for k in EXTRAS:
        v = pooled["extras"][k]
        if k != "wrong argument":  # (a wrong argument is mended with its rung-2/3 gold)
            at_most = _f1(tp, em - v, gd)
            print(f"  x {k:12} {v:4d}          at most {at_most:.3f} (+{at_most - base:.3f})")
    print("\npooled, by the layer that would have to change (misses; at most as above)")
    by: dict[str, list[int]] = {}
    for c in pooled["cases"]:
        if c["rung"] > 1:
            by.setdefault(layer(c["sub"]), [0, 0])[0 if c["rung"] in (2, 3) else 1] += 1
    for name, (fix, add) in sorted(by.items(), key=lambda kv: -sum(kv[1])):
        at_most = _f1(tp + fix + add, em + add, gd)
        print(f"  {name:52} {fix + add:4d} ({(fix + add) / gd:5.1%})  at most {at_most:.3f} (+{at_most - base:.3f})")
    fixes = [c["surface"] for c in pooled["cases"] if c.get("surface")]
    if fixes:
        print("surfaces the layers miss: " + "; ".join(f"{c['type']}: {c['surface']}" for c in pooled["cases"]
                                                           if c.get("surface")))
    if verbose:
        for c in pooled["cases"]:
            if c["rung"] in (2, 3, 4, 5):
                print(f"\n{c['set']} {c['id']} [{c['rung']} {c['sub']}] gold {c['type']} count={c['count']} "
                      f"place={c['place']!r}" + (f"\n  took «{c['trigger']}» {c['took']}" if "took" in c else "")
                      + (f"\n  triggers {c['triggers']}" if "triggers" in c else "")
                      + (f"\n  ({c['detail']}; placed by its {c.get('by')})" if c.get("detail") else "")
                      + f"\n  sentence: {c['sentence']}")


def _on_rev(rev: str, names: list[str]) -> dict | str:
    import bench_events_history as hist
    return hist.on_rev(rev, lambda src: [sys.executable, __file__, "--src", src, "--json", "--set", ",".join(names)])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--set", default=",".join(PARAPHRASE),
                    help="comma-separated sets (default: the paraphrase development sets); any seen probeN or "
                         "news_dev; held-out sets are refused")
    ap.add_argument("--rev", help="run the events code of this git revision (this tree's gold and scorer)")
    ap.add_argument("--first-runs", action="store_true",
                    help="each paraphrase set on the commit of its first run (FIRST_RUN); only paraphrase sets")
    ap.add_argument("-v", "--verbose", action="store_true", help="list the rung-2/3/4 cases with their sentence")
    ap.add_argument("--src", help=argparse.SUPPRESS)  # the child of --rev
    ap.add_argument("--json", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    names = [n for n in args.set.split(",") if n]
    held = [n for n in names if n in be.HELD_OUT]
    if held:
        print(f"{', '.join(held)}: held out; only the lead scores it, with bench_events_history.py")
        return 2
    bad = [n for n in names if n not in be.PROBES and n != "news_dev"]
    if bad:
        print(f"unknown set(s): {', '.join(bad)}")
        return 2
    if args.json:
        res = run_sets(names)
        print(json.dumps(res, ensure_ascii=False, default=list))
        return 0
    if args.first_runs or args.rev:
        jobs: dict[str, list[str]] = {}
        for n in names:
            if args.first_runs and n not in FIRST_RUN:
                print(f"{n}: no first-run commit recorded here (FIRST_RUN)")
                return 2
            jobs.setdefault(FIRST_RUN[n] if args.first_runs else args.rev, []).append(n)
        res = {}
        for rev, ns in jobs.items():
            got = _on_rev(rev, ns)
            if isinstance(got, str):
                print(f"{','.join(ns)}: {got}")
                return 1
            for n in ns:
                got[n]["extras"] = collections.Counter(got[n]["extras"])
            res.update({n: got[n] for n in ns})
        title = "first-run code (" + ", ".join(f"{','.join(ns)}: {rev}" for rev, ns in jobs.items()) + ")" \
            if args.first_runs else f"the events code of {args.rev}"
        report(res, title, args.verbose)
        return 0
    report(run_sets(names), "today's code", args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
