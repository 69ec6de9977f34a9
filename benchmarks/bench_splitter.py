"""Does the learned incident split (extract/events/splitter.py) beat the rules' joins on paraphrase sets it did not
see?

Leave-one-set-out over the paraphrase development sets (bench_events.PARAPHRASE: the judge, COMMON.md), the model of a
fold trained (scripts/train_splitter.py) on every other seen set: the invented sets and the other paraphrase sets, on
today's code and on their first runs. Two tables:
1. today's rules: the fold set on today's code, the rules' incidents against the model's split;
2. first-run folds: the fold set replayed on the commit of its first run (bench_events.PARAPHRASE_FIRST_RUNS; today's
   splitter.py copied into the old tree and hooked after its incidents), rules against model.
Per fold and pooled (bench_events.score on the concatenated passages): F1, P, R, emitted/gold, reported_by, and the
cuts the model made, right/wrong by the trainer's label (the cut alone lets one more gold event match). Then news_dev
(never trained on) with the model of every training set, the gate, and the cost (benchmarks/stage_cost.py: the events
stage with the model on over the stage with the hook off, the same passages).

    .venv/bin/python benchmarks/bench_splitter.py [--folds probe64,...] [--cache PATH]
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import train_splitter as tr  # noqa: E402  (first: it puts this tree's src on the path)
import bench_events as be  # noqa: E402
import stage_cost  # noqa: E402
from marsad.extract.events import splitter  # noqa: E402

MIN_GAIN = 0.001  # the pooled F1 must rise by this much on both tables (as train_event_filter.MIN_GAIN)


def _score(ps: list[dict]) -> dict:
    recs = {(p["set"], p["id"]): p["records"] for p in ps}
    return be.score([{"id": p["id"], "set": p["set"], "events": p["golds"]} for p in ps],
                    lambda d: recs[(d["set"], d["id"])])


def _cuts(ps: list[dict], labels: dict) -> tuple[int, int]:
    """(cuts the model made, of them labelled right)."""
    made = [(p["set"], p["id"], w["start"]) for p in ps for w in p["watch"] if w.get("cut")]
    return len(made), sum(labels.get(k, 0.0) == 1.0 for k in made)


def _labels(ps: list[dict]) -> dict:
    return {(p["set"], p["id"], w["start"]): y for p in ps for w, y in zip(p["watch"], p["labels"] or [])}


def table(title: str, rules: dict[str, list[dict]], model: dict[str, list[dict]], labels: dict) -> tuple[dict, dict]:
    print(f"\n== {title}")
    print(f"{'fold':10} {'gold':>5} {'F1 rules':>9} {'F1 model':>9} {'P':>11} {'R':>11} {'emit/gold':>11} "
          f"{'rep_by':>11} {'cuts':>5} {'right':>5}")
    for n in list(rules) + ["pooled"]:
        a = _score(rules[n] if n != "pooled" else [p for ps in rules.values() for p in ps])
        ms = model[n] if n != "pooled" else [p for ps in model.values() for p in ps]
        b = _score(ms)
        cuts, right = _cuts(ms, labels)
        print(f"{n:10} {a['gold']:5d} {a['f1']:9.4f} {b['f1']:9.4f} {a['precision']:5.3f}>{b['precision']:5.3f} "
              f"{a['recall']:5.3f}>{b['recall']:5.3f} {a['ratio']:5.2f}>{b['ratio']:5.2f} "
              f"{a['reported_by']:5.3f}>{b['reported_by']:5.3f} {cuts:5d} {right:5d}")
    return a, b


def cost(pipe, docs: list[dict], model: dict) -> float:
    """The events stage with the model on over the stage with the hook off (stage_cost's interleaved loop)."""
    from marsad.extract.events.context import Ctx
    from marsad.extract.events.extractor import EventExtractor
    from marsad.extract.events.vocab import vocab

    ex, v = EventExtractor(), vocab()
    ready = stage_cost.documents(pipe, docs)
    was = splitter.ENABLED, splitter.OVERRIDE

    def run(doc, on: bool):
        splitter.ENABLED, splitter.OVERRIDE = on, model if on else None
        return ex.extract(doc, Ctx(doc, v))

    try:
        best = stage_cost.interleaved(ready, run)
    finally:
        splitter.ENABLED, splitter.OVERRIDE = was
    return best[True] / best[False] if best[False] else 0.0


def gate(today: tuple[dict, dict], first: tuple[dict, dict], dev: tuple[dict, dict] | None) -> bool:
    ok = today[1]["f1"] >= today[0]["f1"] + MIN_GAIN and first[1]["f1"] >= first[0]["f1"] + MIN_GAIN and \
        (dev is None or dev[1]["f1"] >= dev[0]["f1"])
    print(f"\ngate: today {today[0]['f1']:.4f} -> {today[1]['f1']:.4f}, first runs {first[0]['f1']:.4f} -> "
          f"{first[1]['f1']:.4f}" + (f", news_dev {dev[0]['f1']:.4f} -> {dev[1]['f1']:.4f}" if dev else "")
          + f": {'SHIP (enable)' if ok else 'keep disabled'}")
    return ok


def main() -> int:
    from marsad.pipeline import Pipeline

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--folds", default=",".join(tr.DEV), help="comma-separated paraphrase sets")
    ap.add_argument("--cache", help="a JSON file of the labelled training data (written when absent)")
    ap.add_argument("--l2", type=float, default=tr.L2, help="a sensitivity check (shown, never chosen here)")
    ap.add_argument("--real-weight", type=float, default=tr.REAL_WEIGHT)
    ap.add_argument("--threshold", type=float, default=tr.THRESHOLD)
    args = ap.parse_args()
    folds = tr.check(args.folds.split(","))
    pipe = Pipeline()
    data = tr.gathered(args.cache, pipe)
    n = sum(len(p["labels"]) for ps in data.values() for p in ps)
    print(f"training data: {len(data)} runs, {n} candidates, "
          f"{int(sum(y for ps in data.values() for p in ps for y in p['labels']))} right")
    def fit(ps: list[dict]) -> dict:
        return dict(tr.fit(ps, args.l2, args.real_weight), threshold=args.threshold)

    models = {f: fit(tr.pool(data, leave=f)) for f in folds}
    labels = {**_labels([p for f in folds for p in data[f]])}
    today = table("today's rules (fold set on today's code)", {f: data[f] for f in folds},
                  {f: tr.collect(f, pipe, models[f]) for f in folds}, labels)
    first_labels = _labels([p for f in folds for p in data[f + "@first"]])
    first = table("first-run folds (fold set on the commit of its first run)", {f: data[f + "@first"] for f in folds},
                  tr.replays(folds, models), first_labels)
    full = fit(tr.pool(data))
    dev = None
    if be.NEWS_DEV.exists():
        nd = tr.load_set("news_dev")
        rules = [tr._passage("news_dev", d, tr.run_doc(pipe, tr.Document, splitter, be.score, d, None, False))
                 for d in nd]
        mod = [tr._passage("news_dev", d, tr.run_doc(pipe, tr.Document, splitter, be.score, d, full, False))
               for d in nd]
        dev = (_score(rules), _score(mod))
        print(f"\nnews_dev (never trained on; the model of every training set): F1 {dev[0]['f1']:.4f} -> "
              f"{dev[1]['f1']:.4f}, emitted/gold {dev[0]['ratio']:.2f} -> {dev[1]['ratio']:.2f}, cuts "
              f"{_cuts(mod, {})[0]}")
    docs = [d for f in folds for d in tr.load_set(f)]
    print(f"cost: the events stage with the model on = {cost(pipe, docs, full):.2f}x the stage with the hook off")
    gate(today, first, dev)
    return 0


if __name__ == "__main__":
    sys.exit(main())
