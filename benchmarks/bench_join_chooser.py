"""The learned incident join (extract/events/join_chooser.py) judged leave-one-set-out on the paraphrase sets.

Two tables (COMMON.md of stop 34), each fold a paraphrase development set, the model fitted on every other seen
set (scripts/train_join_chooser.py's labels; never the fold, never news_dev, never a held-out set):
  1. today's rules: the fold's records from this tree (the hook off), merged by the fold's model;
  2. first-run folds: the fold's records from the commit of its first (unseen) run, merged by the same model
     (the honest one: the rules were tuned on these sets after those runs).
Per fold and pooled (bench_events.score on the folds' passages together): type+place+count F1, P, R, emitted/gold,
reported_by, rules vs model, and the merges made (right: the pair's gold label is one incident; wrong: two;
unknown: no label). Then news_dev (never trained on) with the model fitted on every training set, and the hook's
cost as a ratio against the events stage on the same passages. The gate: the model ships enabled only if it
beats the rules pooled on both tables and news_dev does not drop.

    .venv/bin/python benchmarks/bench_join_chooser.py [--folds probe64,...] [--threshold 0.5]
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

import train_join_chooser as tj  # noqa: E402  (puts this tree's src and benchmarks first)
import bench_events as be  # noqa: E402
from marsad.extract.events import join_chooser  # noqa: E402

SWEEP = (0.2, 0.25, 0.3, 0.4, 0.5)


def _score(docs: list[dict], model: dict | None, threshold: float) -> dict:
    got = {(d["set"], d["id"]): tj.merged(d, model, threshold) for d in docs}
    s = be.score([{"id": d["id"], "set": d["set"], "events": d["golds"]} for d in docs], lambda d: got[(d["set"], d["id"])])
    s["merges"] = _merges(docs, model, threshold)
    return s


def _merges(docs: list[dict], model: dict | None, threshold: float) -> tuple[int, int, int]:
    """(right, wrong, unknown) among the pairs the model merges."""
    out = [0, 0, 0]
    if model is None:
        return (0, 0, 0)
    for d in docs:
        for f, y in zip(d["feats"], d["labels"]):
            if join_chooser.score(f, model["weights"], model["bias"]) >= threshold:
                out[0 if y == 1 else 1 if y == 0 else 2] += 1
    return tuple(out)  # type: ignore[return-value]


def _row(name: str, a: dict, b: dict) -> str:
    r, w, u = b["merges"]
    return (f"{name:10} {a['gold']:4d} {a['f1']:5.3f}>{b['f1']:<5.3f} {b['f1'] - a['f1']:+6.3f} "
            f"{a['precision']:4.2f}>{b['precision']:<4.2f} {a['recall']:4.2f}>{b['recall']:<4.2f} "
            f"{a['ratio']:4.2f}>{b['ratio']:<4.2f} {a['reported_by']:4.2f}>{b['reported_by']:<4.2f} {r:3d}/{w:<3d}/{u:<3d}")


def table(title: str, folds: dict[str, list[dict]], models: dict[str, dict], threshold: float) -> tuple[float, float]:
    """Print per fold and pooled rules>model; return the pooled (rules F1, model F1)."""
    print(f"\n{title}\n{'fold':10} {'gold':>4} {'F1 rules>model':>14} {'dF1':>6} {'P':>9} {'R':>9} {'emit/gold':>9} "
          f"{'rep_by':>9} merges right/wrong/unlabelled")
    for name, docs in folds.items():
        print(_row(name, _score(docs, None, threshold), _score(docs, models[name], threshold)))
    every = [d for ds in folds.values() for d in ds]
    got = {(d["set"], d["id"]): tj.merged(d, models[d["set"]], threshold) for d in every}
    a = _score(every, None, threshold)
    b = be.score([{"id": d["id"], "set": d["set"], "events": d["golds"]} for d in every], lambda d: got[(d["set"], d["id"])])
    m = [sum(x) for x in zip(*(_merges(ds, models[n], threshold) for n, ds in folds.items()))]
    b["merges"] = tuple(m)
    print(_row("pooled", a, b))
    return a["f1"], b["f1"]


def _pooled(folds: dict[str, list[dict]], models: dict[str, dict], threshold: float) -> tuple[float, float]:
    every = [d for ds in folds.values() for d in ds]
    got = {(d["set"], d["id"]): tj.merged(d, models[d["set"]], threshold) for d in every}
    golds = [{"id": d["id"], "set": d["set"], "events": d["golds"]} for d in every]
    return be.score(golds, lambda d: got[(d["set"], d["id"])])["f1"], be.score(
        golds, lambda d: next(x["records"] for x in every if (x["set"], x["id"]) == (d["set"], d["id"])))["f1"]


def sweep(tables: dict[str, dict[str, list[dict]]], models: dict[str, dict]) -> None:
    """Pooled model-minus-rules F1 at other thresholds (shown, not chosen: the judge's sets choose nothing)."""
    print("\nthreshold sweep, pooled dF1 " + " ".join(f"{n:>12}" for n in tables))
    for t in SWEEP:
        print(f"  {t:4.2f}" + " " * 22 + " ".join(f"{m - r:+12.4f}" for m, r in (_pooled(f, models, t) for f in tables.values())))


def cost(docs: list[dict], model: dict, pipe) -> float:
    """Seconds of the hook (features, scores, merges; forced on) over seconds of the events stage, same passages."""
    from marsad.document import Document
    from marsad.extract.events.context import Ctx
    from marsad.extract.events.extractor import EventExtractor
    from marsad.extract.events.vocab import vocab

    ex, on = EventExtractor(), dict(model, enabled=True, threshold=model.get("threshold", tj.THRESHOLD))
    t_stage = t_hook = 0.0
    was, join_chooser.ENABLED = join_chooser.ENABLED, True
    for d in docs:
        doc = Document(d["text"], id=d["id"], published=d["published"], outlet=d["outlet"])
        pipe(doc)
        ctx = Ctx(doc, vocab())
        t0 = time.perf_counter()
        join_chooser.ENABLED = False
        recs = ex.extract(doc, ctx)
        join_chooser.ENABLED = True
        t1 = time.perf_counter()
        join_chooser.merge(ctx, recs, on)
        t_hook += time.perf_counter() - t1
        t_stage += t1 - t0
    join_chooser.ENABLED = was
    return t_hook / t_stage if t_stage else 0.0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--folds", default=",".join(tj.PARAPHRASE), help="comma-separated paraphrase sets")
    ap.add_argument("--threshold", type=float, default=tj.THRESHOLD)
    args = ap.parse_args()
    folds = tj.check([n for n in args.folds.split(",") if n])
    from marsad.pipeline import Pipeline

    pipe = Pipeline()
    join_chooser.ENABLED = False
    today = {n: tj.collect(n, pipe) for n in tj.TRAIN}
    first = {}
    for n in folds:
        commit = tj.first_run(n)
        first[n] = tj.collect(n, pipe, commit) if commit else today[n]
    models = {n: tj.fit([d for m, ds in today.items() if m != n for d in ds]) for n in folds}
    ys = [y for ds in today.values() for d in ds for y in d["labels"] if y is not None]
    print(f"training pairs over {len(today)} seen sets: {len(ys)} ({int(sum(ys))} one incident); "
          f"threshold {args.threshold}; folds {', '.join(folds)}")
    r1, m1 = table("1. today's rules (fold's records from this tree; model without the fold)",
                   {n: today[n] for n in folds}, models, args.threshold)
    r2, m2 = table("2. first-run folds (fold's records from its first-run commit; model without the fold)",
                   first, {n: models[n] for n in folds}, args.threshold)
    sweep({"today": {n: today[n] for n in folds}, "first-run": first}, models)
    full = tj.fit([d for ds in today.values() for d in ds])
    nd = [tj._passage("news_dev", d, recs, doc) for d, recs, doc in tj._records_today("news_dev", pipe)]
    a, b = _score([dict(d, set="news_dev") for d in nd], None, args.threshold), \
        _score([dict(d, set="news_dev") for d in nd], full, args.threshold)
    print(f"\nnews_dev (never trained on; model on every training set)\n{_row('news_dev', a, b)}")
    ratio = cost([d for n in folds for d in tj.load_set(n)], full, pipe)
    print(f"\ncost: the hook {ratio:.3f}x the events stage on the fold passages")
    ship = m1 > r1 and m2 > r2 and b["f1"] >= a["f1"]
    print(f"gate (beats the rules pooled on both tables, news_dev not down): {'SHIP' if ship else 'stays disabled'} "
          f"(today {r1:.3f}>{m1:.3f}, first-run {r2:.3f}>{m2:.3f}, news_dev {a['f1']:.3f}>{b['f1']:.3f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
