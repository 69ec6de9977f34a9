"""The learned source chooser (extract/events/source_chooser.py) against the rules, leave-one-set-out over the
paraphrase development sets (COMMON's gate, stop 36): each fold set is scored with a model trained without it (its
today's run and its first-run replay both left out), on today's rules and on its first-run commit. Pooled
reported_by over matched events and type+place+count F1 (bench_events.score on the concatenated documents), per
fold, emitted/gold; then news_dev (never trained on) with the model trained on every set; then the misses of the
newest dev sets by cause (`--misses`), and the chooser's cost against the events stage (stage_cost).

    .venv/bin/python benchmarks/bench_source_chooser.py [--cache DIR] [--misses] [--no-speed]
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "scripts"), str(ROOT / "benchmarks"), str(ROOT / "src")]

import bench_events as be  # noqa: E402
import train_source_chooser as ts  # noqa: E402

NEWEST = ("probe82", "probe83", "probe86", "probe87")


def _score(collected: list[dict], events_of) -> dict:
    docs = [c["doc"] for c in collected]
    by = {c["doc"]["id"]: events_of(c) for c in collected}
    return be.score(docs, lambda d: by[d["id"]])


def folds(sets: dict[str, list[dict]], suffix: str) -> tuple[dict, dict, list[str]]:
    """(rules pooled, model pooled, per-fold lines) with each paraphrase set left out in turn."""
    exs = {name: ts.examples(cs, name.split("@")[0]) for name, cs in sets.items()}
    pooled_r, pooled_m, lines = [], [], []
    for f in ts.PARAPHRASE:
        w = ts.fit([x for name, xs in exs.items() if name.split("@")[0] != f for x in xs])
        cs = sets[f + suffix]
        r = _score(cs, lambda c: c["events"])
        m = _score(cs, lambda c: ts.chosen(c, w))
        lines.append(f"  {f:9} gold {r['gold']:3d}  F1 {r['f1']:.2f} -> {m['f1']:.2f}  "
                     f"rep {r['reported_by']:.2f} -> {m['reported_by']:.2f}")
        pooled_r += [(c, None) for c in cs]
        pooled_m += [(c, w) for c in cs]
    r = _score([c for c, _ in pooled_r], lambda c: c["events"])
    model = {id(c): w for c, w in pooled_m}
    m = _score([c for c, _ in pooled_m], lambda c: ts.chosen(c, model[id(c)]))
    return r, m, lines


def _line(name: str, s: dict) -> str:
    return (f"{name:22} gold {s['gold']:4d} emitted {s['emitted']:4d} ratio {s['ratio']:.2f} F1 {s['f1']:.3f} "
            f"reported_by {s['reported_by']:.3f}")


def misses(sets: dict[str, list[dict]]) -> None:
    """The rules' source misses on the newest dev sets, by cause."""
    from collections import Counter

    causes = Counter()
    for name in NEWEST:
        for c in sets.get(name, []):
            index = {id(e): i for i, e in enumerate(c["events"])}
            golds = c["doc"]["events"]
            for gi, (_, e) in be._match(golds, be._units(c["events"])).items():  # (matched events, as scored)
                g, i = golds[gi], index[id(e)]
                if be._rep_ok(g, e) is not False:
                    continue
                surf, fallback = be._rep_surface(e)
                if g["reported_by"] is None:
                    why = "source where gold has none"
                elif fallback or not surf:
                    why = "outlet where the text names one"
                else:
                    reps, feats = c["items"].get(i, ([], []))
                    why = "wrong span" + (" (right one a candidate)" if any(
                        be._rep_ok(g, {"reported_by": r}) for r in reps) else "")
                causes[why] += 1
                print(f"  {name} {c['doc']['id']} {why}: gold={g['reported_by']!r} got={surf!r}")
    for k, n in causes.most_common():
        print(f"{n:4d}  {k}")


def speed(n_docs: int = 200, weights: dict | None = None) -> None:
    """The chooser's cost (candidates, features, scores on every record) against the events stage alone (with
    `weights`, another model's: bench_source_structure's)."""
    import stage_cost
    from marsad.extract.events import source_chooser as sc
    from marsad.extract.events.attribution import Attribution
    from marsad.pipeline import Pipeline

    docs = [d for n in ts.PARAPHRASE for d in ts.tp.load_set(n)][:n_docs]
    ready = stage_cost.documents(Pipeline(), docs)
    w = weights or sc.load()["weights"] or {"rule": 1.0}

    spent = [0.0]

    def hook(ctx, recs):
        t0 = time.perf_counter()
        att = Attribution(ctx)
        taken = sc.taken_by(recs)
        for r in recs:
            cands = sc.candidates(ctx, att, r)
            sc.best(sc.features(ctx, att, r, cands, taken), w)
        spent[0] += time.perf_counter() - t0

    rounds = 3
    t = stage_cost.interleaved(ready, stage_cost.after_stage(hook), rounds)
    # (the difference of two timed loops is within their noise: the hook's own time, per round, is the figure)
    print(f"speed: events stage {t[False]:.2f}s on {len(ready)} documents, the chooser {spent[0] / rounds:.3f}s a "
          f"round: ratio {spent[0] / rounds / t[False]:.3f} (a fresh Attribution: in the stage its cache is warm)")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cache", help="collected sets kept here (train_source_chooser.load_all)")
    ap.add_argument("--misses", action="store_true")
    ap.add_argument("--no-speed", action="store_true")
    args = ap.parse_args()
    sets = ts.load_all(Path(args.cache) if args.cache else None)
    if args.misses:
        misses(sets)
    for title, suffix in (("today's rules", ""), ("first-run folds", "@first")):
        r, m, lines = folds(sets, suffix)
        print(f"{title} (leave-one-set-out over {len(ts.PARAPHRASE)} paraphrase sets):")
        print("\n".join(lines))
        print(_line("  pooled rules", r))
        print(_line("  pooled model", m))
    nd = ts.collect(be.news_dev_gold()) if be.NEWS_DEV.exists() else []
    if nd:
        w = ts.fit([x for name, cs in sets.items() for x in ts.examples(cs, name.split("@")[0])])
        print(_line("news_dev rules", _score(nd, lambda c: c["events"])))
        print(_line("news_dev model", _score(nd, lambda c: ts.chosen(c, w))))
    if not args.no_speed:
        speed()
    return 0


if __name__ == "__main__":
    sys.exit(main())
