"""The learned event filter (extract/events/event_filter.py), judged leave-one-set-out (LOSO).

For each seen set: a filter fitted (scripts/train_event_filter.py) on every other seen set filters it, and
bench_events' figures are printed without > with it: emitted, P, R, F1, and how many units it dropped, of
them how many had a strict match (type + place + figure) and how many a lenient one (a gold event of their
type, whatever the place and figure). Pooled over all the sets on the last row. `--fresh` also trains on
every seen set and filters the sets named (a fresh test: sets the model and its settings never saw).
The regularisation and threshold are the model file's (the trainer chose them LOSO); `--choose` runs the
trainer's whole grid instead. Held-out sets are refused.

    .venv/bin/python benchmarks/bench_event_filter.py [--fresh probe52,probe53] [--choose]
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

import train_event_filter as tr  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sets", default=",".join(tr.TRAIN), help="comma-separated seen sets judged LOSO")
    ap.add_argument("--fresh", default="", help="comma-separated sets filtered by a model fitted on all of --sets")
    ap.add_argument("--choose", action="store_true", help="choose l2 and threshold over the trainer's grid")
    ap.add_argument("--model", default=str(tr.event_filter.WEIGHTS), help="the model file whose settings to use")
    ap.add_argument("--replay", action="store_true",
                    help="fit on each set's first-run records too (as the trainer does when the model file says so)")
    args = ap.parse_args()
    try:
        names = tr.check([n for n in args.sets.split(",") if n])
        fresh = tr.check([n for n in args.fresh.split(",") if n])
    except ValueError as e:
        print(f"bench_event_filter: {e}")
        return 2
    from marsad.pipeline import Pipeline

    pipe = Pipeline()
    by_set = {n: ds for n in names if (ds := tr.collect(n, pipe))}
    raw = json.loads(Path(args.model).read_text(encoding="utf-8"))
    extra: dict[str, list[dict]] = {}
    if args.replay or raw.get("trained_on", {}).get("replayed_first_runs"):
        got = tr.replays(list(by_set), pipe)
        if isinstance(got, str):
            print(f"bench_event_filter: {got}")
            return 1
        extra = got
    if args.choose:
        l2, threshold, rows, grid = tr.choose(by_set, extra)
        for g in grid:
            print(f"l2 {g[0]:<6} threshold {g[1]:<5} gate {'ok  ' if g[2] else 'fail'} pooled {g[3]:+.4f} "
                  f"worst {g[4]:<9} dropped {g[5]}")
    else:
        l2 = raw.get("trained_on", {}).get("l2", tr.L2S[0])
        threshold = raw.get("threshold", 0.5) or 0.5
        rows = tr.table(by_set, tr.loso(by_set, l2, extra), threshold)
    print(f"LOSO over {len(by_set)} sets, l2 {l2}" +
          (f", fitted with the first-run records of {len(extra)} of them too" if extra else "") + ":")
    tr.print_table(rows, threshold)
    ok, gain, worst = tr.gate(rows)
    print(f"gate {'passed' if ok else 'failed'}: pooled {gain:+.4f}, worst set {worst} "
          f"{rows[worst][1]['F1'] - rows[worst][0]['F1']:+.4f}; model file enabled={raw.get('enabled')}")
    if fresh:
        model = tr.fit([d for ds in by_set.values() for d in ds] + [d for ds in extra.values() for d in ds], l2)
        fr = {n: tr.collect(n, pipe) for n in fresh}
        ps = {n: tr.probs(model, ds) for n, ds in fr.items()}
        print(f"fresh test (fitted on {len(by_set)} seen sets):")
        tr.print_table(tr.table(fr, ps, threshold), threshold)
    return 0


if __name__ == "__main__":
    sys.exit(main())
