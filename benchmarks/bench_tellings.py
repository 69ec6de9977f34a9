"""One incident told more than once (stop 36): for every gold event of the paraphrase development sets whose figure,
place or source marsad gets wrong, which telling (sentence) the aligned record took the value from, which the gold
took it from, and whether the two tellings were merged into one record at all.

Round 1 found the same cause from three sides (figures in another sentence, places told again later, a lead's
source named in the body); this counts it by telling, so that the fix goes to the step that loses it: the merge
(incidents.py / tellings.py) or the choice among a merged record's tellings (extractor._records).

Per wrong argument (bench_events_reach.align's first wrong rung; the source on bench_events' matched pairs), the
gold's value sentences G (the sentences of its figure / place / source spans) against the record's mention
sentences R:

  merged:other   G meets R (the gold's telling is in the record) and the record's value comes from another sentence;
  merged:none    G meets R and the record has no value;
  merged:same    G meets R and the record's value is of the gold's sentence (the wrong one of that sentence);
  split          G misses R and another record of the gold's type has a mention in G (told as two incidents);
  other-type     G misses R and a record of another type has a mention there;
  lost           G misses R and no record tells anything there;
  unaligned      no record of the gold's type was aligned at all (reach.align);
  no-span        the gold's value has no span in the text (nothing to say which telling).

    .venv/bin/python benchmarks/bench_tellings.py [--first-runs | --rev 6d5b0f1] [--list PATTERN]
"""
from __future__ import annotations

import collections
import sys
from pathlib import Path

if "--src" in sys.argv:  # a child run on an older tree: its marsad first
    sys.path.insert(0, sys.argv[sys.argv.index("--src") + 1])
    import marsad  # noqa: F401

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_events as be  # noqa: E402
import bench_events_reach as reach  # noqa: E402

ARGS = ("figure", "place", "source")
PATTERNS = ("merged:other", "merged:none", "merged:same", "split", "other-type", "lost", "unaligned", "no-span")


def _spans_of(g: dict, arg: str) -> list[tuple[int, int]]:
    return g["_fig"] if arg == "figure" else g["_place"] if arg == "place" else g.get("_who") or []


def _value_start(e: dict, arg: str) -> int | None:
    v = (e.get("quantity") if arg == "figure" else e.get("place") if arg == "place" else
         (e.get("reported_by") if not (e.get("reported_by") or {}).get("outlet") else None)) or {}
    return v.get("start")


def _gold_value(g: dict, arg: str):
    return g["count"] if arg == "figure" else g["place"] if arg == "place" else g.get("reported_by")


def _took(e: dict | None, arg: str):
    if e is None:
        return None
    if arg == "figure":
        return (e.get("count") or e.get("fatalities") or {}).get("surface")
    v = e.get("place") if arg == "place" else e.get("reported_by")
    return (v or {}).get("surface")


def pattern(g: dict, e: dict | None, arg: str, recs: list[dict], ss) -> str:
    """The telling pattern of one wrong argument (the module's list)."""
    gs = {ss.of(a) for a, _ in _spans_of(g, arg)}
    if not gs:
        return "no-span"
    if e is None:
        return "unaligned"
    rs = {ss.of(m["start"]) for m in e.get("mentions") or [{"start": e["start"]}]} | {ss.of(e["start"])}
    if gs & rs:
        at = _value_start(e, arg)
        if at is None:
            return "merged:none"
        return "merged:same" if ss.of(at) in gs else "merged:other"
    told = [r for r in recs if r is not e and gs & {ss.of(m["start"]) for m in r.get("mentions") or []}]
    if any(r["type"] == g["type"] for r in told):
        return "split"
    return "other-type" if told else "lost"


def run_docs(docs: list[dict], pipe) -> list[dict]:
    """One case per wrong argument of a gold event told in two or more sentences (its spans and its record's
    mentions together), and one line per such gold event."""
    from marsad.document import Document

    out = []
    for d in docs:
        doc = Document(d["text"], id=d["id"], published=d["published"], outlet=d["outlet"])
        pipe(doc)
        recs = [r for r in doc["events"] if r.get("modality", "asserted") == "asserted"]
        units = be._units(doc["events"])
        pairs, wrong = reach.align(d["events"], units)
        strict = dict(be._match(d["events"], units))
        ss = reach.Sents(doc)
        for gi, g in enumerate(d["events"]):
            e = pairs[gi][1] if gi in pairs else None
            told = {ss.of(a) for arg in ARGS for a, _ in _spans_of(g, arg)}
            if e is not None:
                told |= {ss.of(m["start"]) for m in e.get("mentions") or []}
            bad = []
            if gi not in pairs:
                bad = ["figure", "place"]
            elif wrong[gi][0] == "figure":
                bad = ["figure"] + ([] if be._place_ok(g, e) else ["place"])
            elif wrong[gi][0] == "place":
                bad = ["place"]
            if gi in strict and be._rep_ok(g, strict[gi][1]) is False:
                bad.append("source")
            row = {"set": d["set"], "id": d["id"], "type": g["type"], "multi": len(told) >= 2, "matched": gi in strict,
                   "cases": []}
            for arg in bad:
                if arg == "figure" and g["count"] is None:
                    continue  # (the gold wants no figure: no telling to take one from)
                if arg == "place" and g["place"] is None:
                    continue
                p = pattern(g, e, arg, recs, ss)
                row["cases"].append({"arg": arg, "pattern": p, "gold_sents": sorted({ss.of(a) for a, _ in
                                                                                     _spans_of(g, arg)}),
                                     "rec_sents": sorted({ss.of(m["start"]) for m in (e or {}).get("mentions") or []}),
                                     "trigger": (e or {}).get("trigger"), "gold": _gold_value(g, arg),
                                     "took": _took(e, arg)})
            out.append(row)
    return out


def run_sets(names: list[str]) -> dict[str, list[dict]]:
    from marsad.pipeline import Pipeline

    pipe = Pipeline()
    return {n: run_docs(reach.load(n), pipe) for n in names}


def report(res: dict[str, list[dict]], title: str, what: str | None = None) -> None:
    rows = [r for rs in res.values() for r in rs]
    multi = [r for r in rows if r["multi"]]
    print(f"\n== {title}: {len(rows)} gold, {len(multi)} told in two or more sentences "
          f"({sum(r['matched'] for r in multi)} of them matched)")
    print(f"{'set':10s} {'arg':7s} " + " ".join(f"{p[:11]:>11s}" for p in PATTERNS))
    pooled: dict[str, collections.Counter] = {a: collections.Counter() for a in ARGS}
    for n, rs in res.items():
        for arg in ARGS:
            cnt = collections.Counter(c["pattern"] for r in rs if r["multi"] for c in r["cases"] if c["arg"] == arg)
            pooled[arg].update(cnt)
            print(f"{n:10s} {arg:7s} " + " ".join(f"{cnt[p]:11d}" for p in PATTERNS))
    for arg in ARGS:
        print(f"{'pooled':10s} {arg:7s} " + " ".join(f"{pooled[arg][p]:11d}" for p in PATTERNS))
    single = collections.Counter((c["arg"], c["pattern"]) for r in rows if not r["multi"] for c in r["cases"])
    print("told in one sentence only (not counted above): " +
          ", ".join(f"{a}/{p} {v}" for (a, p), v in sorted(single.items(), key=lambda x: -x[1])))
    if what:
        for r in multi:
            for c in r["cases"]:
                if c["pattern"] == what:
                    print(f"  {r['set']} {r['id']} {r['type']} {c['arg']}: gold sents {c['gold_sents']}, record "
                          f"sents {c['rec_sents']} «{c['trigger']}»: gold {c['gold']}, took {c['took']}")


def main() -> int:
    import bench_figure_misses as misses
    args = misses.parser(__doc__, "PATTERN", "print each case of this pattern").parse_args()
    return misses.run_main(__file__, args, run_sets, lambda res, title: report(res, title, args.list))


if __name__ == "__main__":
    sys.exit(main())
