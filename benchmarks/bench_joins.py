"""Every yes of the incident resolver's `_joins`, rule by rule (stop 39): is the pair it merged one gold incident, two,
or no gold at all?

A yes merges two tellings into one record. When they are two gold incidents one gold is lost (the census's "joined"
misses); a rule whose yes is wrong often enough should say no (a record added pays when right more than ~24% of the
time; merge5's economics). bench_incidents.py tells the misses' causes; this counts each rule's answers over all pairs,
right and wrong, so a rule can be judged by its share of wrong yes answers.

Each yes is labelled by the golds its two sides tell: a mention tells a gold of its type whose figure/place spans sit in
the mention's sentence, when the gold has no place, the mention none, or one of the mention's places is the gold's. The
joining mention `m` and the incident's mentions joined before it (`M`):
  one      m and M tell a common gold (the same incident told twice: the yes was right)
  two      m and M tell golds, none in common (two incidents made one; `lost` when m's golds all went unmatched)
  m-none / inc-none  one side tells no gold of its type (not judged)
A rule is the line `_joins` returned from (bench_incidents.Watch); its text is printed so first-run trees, whose line
numbers differ, can be read side by side.

    .venv/bin/python benchmarks/bench_joins.py [--first-runs | --rev X] [--list RULE_LINE|two|'']
"""
from __future__ import annotations

import collections
import json
import linecache
import os
import sys
from pathlib import Path

if "--src" in sys.argv:  # a child run on an older tree: its marsad first
    sys.path.insert(0, sys.argv[sys.argv.index("--src") + 1])
    import marsad  # noqa: F401

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_events as be  # noqa: E402
import bench_events_reach as reach  # noqa: E402
import bench_incidents as bi  # noqa: E402


def _tells(g: dict, m: dict, gsents: set[int]) -> bool:
    return g["type"] == m["type"] and m["si"] in gsents and \
        (not g["place"] or not m["places"] or any(be._place_ok(g, {"place": p}) for p in m["places"]))


def _rule(code_file: str, line: int) -> str:
    """The rule a yes returned from: its line, and the comment or condition that names it."""
    text = linecache.getline(code_file, line).strip()
    k = line
    while k > line - 8 and not text.split("#")[-1].strip("«» ").strip() or text in ("return True", "return False"):
        k -= 1
        text = linecache.getline(code_file, k).strip()
    return f"{line} {text[:90]}"


def _places_ok(inc, m):
    from marsad.extract.events import incidents
    try:
        return incidents._places(inc, m, inc.mentions[-1].si == m.si)
    except Exception as e:  # (an older tree's signature)
        return type(e).__name__


def _feats(ctx, inc, m) -> dict:
    """What a narrowing could read, as the pair stood when `_joins` was asked."""
    last = inc.mentions[-1]
    return {"m_agg": bool(m.aggregate), "m_period": bool((m.period or {}).get("start")), "m_anaphor": bool(m.anaphor),
            "inc_agg": any(o.aggregate for o in inc.mentions), "head_si": inc.mentions[0].si, "last_si": last.si,
            "m_si": m.si, "headline": bool(getattr(ctx, "headline_ends", None)) and inc.mentions[0].start < ctx.headline_ends[0],
            "m_type": m.type, "inc_type": inc.type, "last_type": last.type, "m_place": m.place is not None,
            "place_ok": str(_places_ok(inc, m)), "own_clause": ctx.clause(m.start) != ctx.clause(last.start),
            "m_fig": m.figure is not None, "inc_fig": any(o.figure is not None for o in inc.mentions), "inc_place": any(o.place for o in inc.mentions),
            "m_date": list(m.date[:3]), "inc_dates": [list(o.date[:3]) for o in inc.mentions],
            "published": (ctx.published or "")[:10]}


def run_doc(d: dict, doc, w: dict, code_file: str) -> list[dict]:
    """The labelled yes answers of one passage (module docstring)."""
    ss = reach.Sents(doc)
    golds = d["events"]
    matched = set(be._match(golds, be._units(doc["events"])))
    gsents = [{ss.of(a) for a, _ in g["_fig"] + g["_place"]} for g in golds]
    ms = {s: dict(m, si=ss.of(s)) for s, m in w["ms"].items()}

    def told(s: int) -> set[int]:
        m = ms.get(s)
        return {gi for gi, g in enumerate(golds) if m and _tells(g, m, gsents[gi])}

    members: dict[int, list[int]] = collections.defaultdict(list)
    final = [set(inc["mentions"]) for inc in w["incs"]]
    out = []
    for (s, head, ans, line), f in zip(w["calls"], w["feats"]):
        if not ans or not any(s in f and head in f for f in final):
            continue  # (a yes refused after `_joins`, two_towns.py, or undone later: no merge)
        before = [head] + members[head]
        members[head].append(s)
        gm, gM = told(s), set().union(*(told(x) for x in before))
        cls = "one" if gm & gM else "two" if gm and gM else "m-none" if not gm else "inc-none"
        m = ms.get(s, {})
        last = ms.get(before[-1], {})
        out.append({"set": d["set"], "id": d["id"], "rule": _rule(code_file, line), "cls": cls, "f": f,
                    "lost": cls == "two" and not (gm & matched), "same_sent": m.get("si") == last.get("si"),
                    "anaphor": bool(m.get("anaphor")), "m": m.get("surface"), "inc": [ms.get(x, {}).get("surface") for x in before],
                    "text": {si: ss.text_of(si).strip()[:300] for si in sorted({m.get("si", 0), last.get("si", 0)})}})
    return out


def run_sets(names: list[str]) -> dict[str, list[dict]]:
    from marsad.document import Document
    from marsad.pipeline import Pipeline

    pipe, watch = Pipeline(), bi.Watch()
    code_file = watch.orig_joins.__code__.co_filename
    feats: list[dict] = []
    inner = watch.mod._joins

    def noted(ctx, inc, m):
        feats.append(_feats(ctx, inc, m))
        return inner(ctx, inc, m)
    watch.mod._joins = noted
    res = {}
    for n in names:
        rows = []
        for d in reach.load(n):
            doc = Document(d["text"], id=d["id"], published=d["published"], outlet=d["outlet"])
            watch.clear()
            feats.clear()
            pipe(doc)
            rows += run_doc(d, doc, dict(watch.dump(), feats=list(feats)), code_file)
        res[n] = rows
    return res


def report(res: dict[str, list[dict]], title: str, what: str | None) -> None:
    rows = [c for cs in res.values() for c in cs]
    if os.environ.get("BENCH_JOINS_DUMP"):  # (every labelled yes, for a narrowing weighed offline)
        Path(os.environ["BENCH_JOINS_DUMP"]).write_text(json.dumps(res, ensure_ascii=False), encoding="utf-8")
    print(f"== {title}: {len(rows)} yes answers")
    print(f"{'rule (line, its text)':96s} {'yes':>5s} {'one':>5s} {'two':>5s} {'lost':>5s} {'m0':>4s} {'inc0':>4s}  "
          f"wrong share (two / one+two)")
    by = collections.defaultdict(list)
    for c in rows:
        by[c["rule"]].append(c)
    for k, cs in sorted(by.items(), key=lambda x: -len(x[1])):
        n = collections.Counter(c["cls"] for c in cs)
        judged = n["one"] + n["two"]
        print(f"{k:96s} {len(cs):5d} {n['one']:5d} {n['two']:5d} {sum(c['lost'] for c in cs):5d} {n['m-none']:4d} "
              f"{n['inc-none']:4d}  {n['two'] / judged if judged else 0:.2f}")
    if what is None:
        return
    for c in rows:
        if what and what not in c["rule"].split()[0] + ":" + c["cls"]:
            continue
        print(f"\n{c['set']} {c['id']} [{c['cls']}{' LOST' if c['lost'] else ''}] {c['rule']}\n  m: {c['m']}  "
              f"inc: {c['inc']}")
        for si, s in c["text"].items():
            print(f"  [{si}] {s}")


def speed(names: list[str]) -> int:
    """The cost of joins.json's narrowings (stop 39: air_and_ground_apart) as a ratio against the events stage on the
    same passages (stage_cost.interleaved: the stage with every narrowing off, then on, document by document, best
    of three rounds), and the narrowing's own predicate timed alone."""
    import time

    import stage_cost
    from marsad.extract.events import incidents, tellings
    from marsad.pipeline import Pipeline

    ready = stage_cost.documents(Pipeline(), [d for n in names for d in reach.load(n)])
    stage, switched, pred, alone = stage_cost.after_stage(lambda ctx, recs: None), tellings.switched, \
        incidents._air_and_ground, [0.0]

    def timed(ctx, inc, m):
        t = time.perf_counter()
        try:
            return pred(ctx, inc, m)
        finally:
            alone[0] += time.perf_counter() - t

    def run(doc, on: bool):
        tellings.switched = switched if on else (lambda key: False)
        incidents._air_and_ground = timed if on else pred
        try:
            return stage(doc, False)
        finally:
            tellings.switched, incidents._air_and_ground = switched, pred

    best = stage_cost.interleaved(ready, run)
    print(f"{len(ready)} passages: events stage, narrowings off {best[False]:.2f} s, on {best[True]:.2f} s, ratio "
          f"{best[True] / best[False]:.3f}; the predicate alone {alone[0] / 3:.4f} s a round "
          f"({alone[0] / 3 / best[False]:.5f}x the stage)")
    return 0


def main() -> int:
    import bench_figure_misses as misses
    ap = misses.parser(__doc__, "WHAT", "print each yes whose line:class holds WHAT ('' for all)")
    ap.add_argument("--speed", action="store_true", help="only the narrowings' cost against the events stage")
    args = ap.parse_args()
    if args.speed:
        return speed(args.set.split(","))
    os.environ[bi.WHY] = "1"
    return misses.run_main(__file__, args, run_sets, lambda res, title: report(res, title, args.list))


if __name__ == "__main__":
    sys.exit(main())
