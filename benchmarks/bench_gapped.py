"""How often a further object of a gapped clause is an incident of its own (extract/events/gapped.py, stop 39).

For each development paraphrase set: the records with the hook off (today's tree, and the records of the set's
first-run commit, train_join_chooser's cache, read with today's analysis of the passage as train_place_split does),
gapped.candidates on them, and each candidate's copy added ALONE: it is right when bench_events then matches one more
gold event (type, place, figure). An added record pays when it is right more than F1/2 (~24%) of the time (merge5).
Prints per set and pooled: candidates, right, the rate, and the pooled type+place+count F1 without / with every copy
(a preview; the gate is bench_figure_fixes.py --fix gapped). `--list` prints each candidate with its sentence.

    .venv/bin/python benchmarks/bench_gapped.py [--set probe64,...] [--first-runs] [--list]
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

import train_place_split as tps  # noqa: E402  (puts this tree's src and benchmarks first)
import train_join_chooser as tj  # noqa: E402
import bench_events as be  # noqa: E402
from marsad.extract.events import gapped  # noqa: E402


def _with(recs: list[dict], ctx, cands) -> list[dict]:
    return gapped.apply(recs, cands)


def collect(name: str, pipe, first: bool) -> list[dict]:
    out = []
    commit = be.PARAPHRASE_FIRST_RUNS[name][0] if first else None
    for d, ctx, recs in tps.hook_off(name, pipe, gapped, commit):
        cands = gapped.candidates(ctx, recs)
        base = tps._matched(d["events"], recs)
        labels = [tps._matched(d["events"], _with(recs, ctx, [c])) > base for c in cands]
        out.append({"set": name, "id": d["id"], "golds": d["events"], "records": recs,
                    "added": _with(recs, ctx, cands), "cands": cands, "labels": labels, "text": d["text"],
                    "ctx": ctx})
    return out


def _f1(docs: list[dict], key: str) -> dict:
    return be.score([{"id": d["id"], "set": d["set"], "events": d["golds"]} for d in docs],
                    lambda d: next(x[key] for x in docs if x["id"] == d["id"] and x["set"] == d["set"]))


def speed(pipe, names: list[str]) -> int:
    """The hook's cost as a ratio against the events stage on the same passages (stage_cost.interleaved: the stage
    with the hook off, then the hook alone on its records, document by document, best of three rounds)."""
    import stage_cost
    ready = stage_cost.documents(pipe, [d for n in names for d in tj.load_set(n)])
    alone = [0.0]

    def hook(ctx, recs):
        t = time.perf_counter()
        recs[:] = gapped.apply(recs, gapped.candidates(ctx, recs))
        alone[0] += time.perf_counter() - t

    was, gapped.ENABLED = gapped.ENABLED, False
    try:
        best = stage_cost.interleaved(ready, stage_cost.after_stage(hook))
    finally:
        gapped.ENABLED = was
    print(f"{len(ready)} passages: events stage {best[False]:.2f} s, with the hook {best[True]:.2f} s, "
          f"ratio {best[True] / best[False]:.3f}; the hook alone {alone[0] / 3:.3f} s a round "
          f"({alone[0] / 3 / best[False]:.4f}x the stage)")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--set", default=",".join(be.PARAPHRASE))
    ap.add_argument("--first-runs", action="store_true")
    ap.add_argument("--list", action="store_true")
    ap.add_argument("--speed", action="store_true", help="only the cost against the events stage (stage_cost)")
    args = ap.parse_args()
    from marsad.pipeline import Pipeline
    pipe = Pipeline()
    if args.speed:
        return speed(pipe, args.set.split(","))
    allds = []
    print(f"{'set':10} {'cands':>5} {'right':>5} {'F1 rules>with':>15}")
    for n in args.set.split(","):
        ds = collect(n, pipe, args.first_runs)
        allds += ds
        k, r = sum(len(d["cands"]) for d in ds), sum(sum(d["labels"]) for d in ds)
        a, b = _f1(ds, "records"), _f1(ds, "added")
        print(f"{n:10} {k:5d} {r:5d} {a['f1']:6.4f}>{b['f1']:<7.4f}", flush=True)
    k, r = sum(len(d["cands"]) for d in allds), sum(sum(d["labels"]) for d in allds)
    a, b = _f1(allds, "records"), _f1(allds, "added")
    print(f"{'pooled':10} {k:5d} {r:5d} {a['f1']:6.4f}>{b['f1']:<7.4f}  rate {r / max(k, 1):.2f}  "
          f"matched {a['tp']}>{b['tp']}  emitted/gold {a['ratio']:.3f}>{b['ratio']:.3f}")
    if args.list:
        for d in allds:
            for (i, p, q), y in zip(d["cands"], d["labels"]):
                r = d["records"][i]
                s = d["ctx"].sents[d["ctx"].sent_of(p["start"])]
                print(f"\n{d['set']} {d['id']} {'RIGHT' if y else 'wrong'} {r['type']} at "
                      f"{(r.get('place') or {}).get('surface')} -> {p['surface']} fig {q and q.get('low')}")
                print("  gold: " + "; ".join(f"{g['type']} {g['place']} {g['count']}" for g in d["golds"]
                                             if g["type"] == r["type"]))
                print("  " + d["text"][s.start:s.end].strip()[:500])
    return 0


if __name__ == "__main__":
    sys.exit(main())
