"""The learned incident join (extract/events/join_chooser.py) judged leave-one-set-out on the paraphrase sets.

Both variants: the post-hoc merge of two emitted records ("merge") and the model at the join point of
incidents.resolve ("point"). Two tables each (COMMON.md of stop 34), each fold a paraphrase development set, the
model fitted on every other seen set (scripts/train_join_chooser.py's labels; never the fold, never news_dev,
never a held-out set):
  1. today's rules: the fold run on this tree, the rules alone vs with the fold's model;
  2. first-run folds: the fold run on the commit of its first (unseen) run, the rules alone vs with the fold's
     model (the honest one: the rules were tuned on these sets after those runs).
Per fold and pooled (bench_events.score on the folds' passages together): type+place+count F1, P, R, emitted/gold,
reported_by, rules > model, and the model's changes (right: the pair's gold label agrees; wrong: it does not;
unlabelled). Then news_dev (never trained on) with the model fitted on every training set, and each hook's cost as
a ratio against the events stage on the same passages. The gate: a variant ships enabled only if it beats the
rules pooled on both tables and news_dev does not drop.

    .venv/bin/python benchmarks/bench_join_chooser.py [--folds probe64,...] [--variant merge,point]
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
from train_event_filter import MIN_GAIN  # noqa: E402  (the filter's gate floor: a smaller gain is no evidence)

SWEEP = (0.2, 0.25, 0.3, 0.4, 0.5)


def _score(docs: list[dict], recs: dict | None = None) -> dict:
    """bench_events.score of the passages' records (or of `recs`, by (set, id))."""
    got = recs or {(d["set"], d["id"]): d["records"] for d in docs}
    return be.score([{"id": d["id"], "set": d["set"], "events": d["golds"]} for d in docs],
                    lambda d: got[(d["set"], d["id"])])


def _row(name: str, a: dict, b: dict, changes: tuple) -> str:
    r, w, u = changes
    return (f"{name:10} {a['gold']:4d} {a['f1']:5.3f}>{b['f1']:<5.3f} {b['f1'] - a['f1']:+6.3f} "
            f"{a['precision']:4.2f}>{b['precision']:<4.2f} {a['recall']:4.2f}>{b['recall']:<4.2f} "
            f"{a['ratio']:4.2f}>{b['ratio']:<4.2f} {a['reported_by']:4.2f}>{b['reported_by']:<4.2f} "
            f"{r:3d}/{w:<3d}/{u:<3d}")


def table(title: str, rules: dict[str, list[dict]], model: dict[str, list[dict]], changes: dict[str, tuple]
          ) -> tuple[float, float]:
    """Per fold and pooled, rules > model; the pooled (rules F1, model F1)."""
    print(f"\n{title}\n{'fold':10} {'gold':>4} {'F1 rules>model':>14} {'dF1':>6} {'P':>9} {'R':>9} {'emit/gold':>9} "
          f"{'rep_by':>9} changes right/wrong/unlabelled")
    for n in rules:
        print(_row(n, _score(rules[n]), _score(model[n]), changes[n]))
    a, b = _score([d for ds in rules.values() for d in ds]), _score([d for ds in model.values() for d in ds])
    print(_row("pooled", a, b, tuple(sum(x) for x in zip(*changes.values()))))
    return a["f1"], b["f1"]


# -- merge: the post-hoc variant ---------------------------------------------------------------------
def _merges(docs: list[dict], model: dict, threshold: float) -> tuple[int, int, int]:
    """(right, wrong, unlabelled) among the pairs the model merges."""
    out = [0, 0, 0]
    for d in docs:
        for f, y in zip(d["feats"], d["labels"]):
            if join_chooser.score(f, model["weights"], model["bias"]) >= threshold:
                out[0 if y == 1 else 1 if y == 0 else 2] += 1
    return (out[0], out[1], out[2])


def _merged(folds: dict[str, list[dict]], models: dict[str, dict], threshold: float) -> dict[str, list[dict]]:
    return {n: [dict(d, records=tj.merged(d, models[n], threshold)) for d in ds] for n, ds in folds.items()}


def merge_variant(folds: list[str], pipe, threshold: float, how: str = "align", with_first: bool = False
                  ) -> tuple[bool, dict]:
    """`how`: the labels (train_join_chooser.relabel); `with_first`: the other paraphrase sets' first-run records
    are training passages too (their features on today's analysis, as the splitter's trainer does)."""
    today = {n: tj.relabel(tj.collect(n, pipe), how) for n in tj.TRAIN}
    first = {n: tj.relabel(tj.collect(n, pipe, tj.first_run(n)), how) if tj.first_run(n) else today[n] for n in folds}
    extra = {n: ds for n, ds in first.items() if with_first and ds is not today[n]}
    models = {n: tj.fit([d for m, ds in list(today.items()) + [(f"{k}@first", v) for k, v in extra.items()]
                         if m.split("@")[0] != n for d in ds]) for n in folds}
    ys = [y for ds in today.values() for d in ds for y in d["labels"] if y is not None]
    print(f"\n=== MERGE (post-hoc; labels {how}{', first runs trained on' if with_first else ''}): {len(ys)} labelled "
          f"pairs over {len(today)} seen sets ({int(sum(ys))} one incident); threshold {threshold}")
    res = []
    for title, rules in (("1. today's rules", {n: today[n] for n in folds}), ("2. first-run folds", first)):
        res.append(table(f"{title} (merge; model without the fold)", rules, _merged(rules, models, threshold),
                         {n: _merges(rules[n], models[n], threshold) for n in folds}))
    print("\nthreshold sweep, pooled dF1 (shown, not chosen)   today   first-run")
    for t in SWEEP:
        gains = [_score([d for ds in _merged(r, models, t).values() for d in ds])["f1"] -
                 _score([d for ds in r.values() for d in ds])["f1"] for r in ({n: today[n] for n in folds}, first)]
        print(f"  {t:4.2f}" + "".join(f"{g:+10.4f}" for g in gains))
    full = tj.fit([d for ds in list(today.values()) + list(extra.values()) for d in ds])
    nd = [tj._passage("news_dev", d, recs, doc) for d, recs, doc in tj._records_today("news_dev", pipe)]
    nd = [dict(d, set="news_dev") for d in nd]
    a, b = _score(nd), _score([dict(d, records=tj.merged(d, full, threshold)) for d in nd])
    print(f"news_dev (model on every training set)\n{_row('news_dev', a, b, _merges(nd, full, threshold))}")
    ratio = cost([d for n in folds for d in tj.load_set(n)], pipe, merge=dict(full, threshold=threshold))
    print(f"cost: the merge hook {ratio:.3f}x the events stage on the fold passages")
    return _gate("merge", res, a["f1"], b["f1"]), full


# -- point: the join point ---------------------------------------------------------------------------
def _changes(docs: list[dict], model: dict) -> tuple[int, int, int]:
    """(right, wrong, unlabelled) among the pairs where the model's answer is not the rules'."""
    out = [0, 0, 0]
    for d in docs:
        for f, y, rule in zip(d["feats"], d["labels"], d["rules"]):
            margin = model.get("margin", 0.0) if rule else -model.get("margin", 0.0)
            said = join_chooser.score(f, model["weights"], model["bias"] + margin) >= model["threshold"]
            if said != rule:
                out[2 if y is None else 0 if float(said) == y else 1] += 1
    return (out[0], out[1], out[2])


def point_variant(folds: list[str], pipe, threshold: float) -> tuple[bool, dict]:
    today = {n: tj.collect_point(n, pipe) for n in tj.TRAIN}
    margin, by_margin = tj.choose_margin(today, pipe, threshold)
    models = {n: dict(tj.fit_point([d for m, ds in today.items() if m != n for d in ds], threshold), margin=margin)
              for n in folds}
    ys = [y for ds in today.values() for d in ds for y in d["labels"] if y is not None]
    print(f"\n=== POINT (at incidents.resolve): {len(ys)} labelled pairs over {len(today)} seen sets "
          f"({int(sum(ys))} one incident); threshold {threshold}; the rules' margin {margin} (chosen leave-one-set-out "
          f"on the invented sets: " + ", ".join(f"{k}: {v:.4f}" for k, v in by_margin.items()) + ")")
    with_today = {n: tj.collect_point(n, pipe, models[n]) for n in folds}
    res = [table("1. today's rules (point; model without the fold)", {n: today[n] for n in folds}, with_today,
                 {n: _changes(with_today[n], models[n]) for n in folds})]
    first_rules, first_with = {}, {}
    for n in folds:
        c = tj.first_run(n)
        first_rules[n] = tj.replay_point(n, c) if c else today[n]
        first_with[n] = tj.replay_point(n, c, models[n]) if c else with_today[n]
    res.append(table("2. first-run folds (point; model without the fold)", first_rules, first_with,
                     {n: _changes(first_with[n], models[n]) for n in folds}))
    print("\nthe rules' margin, pooled dF1 (shown, not chosen)   today   first-run")
    for mg in tj.MARGINS:
        if mg == margin:
            continue
        ms = {n: dict(models[n], margin=mg) for n in folds}
        on_today = [d for n in folds for d in tj.collect_point(n, pipe, ms[n])]
        on_first = [d for n in folds for d in (tj.replay_point(n, tj.first_run(n), ms[n]) if tj.first_run(n) else
                                                 tj.collect_point(n, pipe, ms[n]))]
        print(f"  {mg:4.1f}{_score(on_today)['f1'] - res[0][0]:+10.4f}{_score(on_first)['f1'] - res[1][0]:+10.4f}")
    full = dict(tj.fit_point([d for ds in today.values() for d in ds], threshold), margin=margin)
    nd_rules, nd_with = tj.collect_point("news_dev", pipe), tj.collect_point("news_dev", pipe, full)
    a, b = _score(nd_rules), _score(nd_with)
    print(f"news_dev (model on every training set)\n{_row('news_dev', a, b, _changes(nd_with, full))}")
    ratio = cost([d for n in folds for d in tj.load_set(n)], pipe, point=full)
    print(f"cost: the events stage with the join point's model on {ratio:.3f}x the stage without it")
    return _gate("point", res, a["f1"], b["f1"]), full


def _gate(name: str, res: list[tuple[float, float]], nd_rules: float, nd_model: float) -> bool:
    (r1, m1), (r2, m2) = res
    ship = m1 - r1 >= MIN_GAIN and m2 - r2 >= MIN_GAIN and nd_model >= nd_rules
    print(f"gate {name} (beats the rules pooled by {MIN_GAIN} on both tables, news_dev not down): "
          f"{'SHIP' if ship else 'stays disabled'} (today {r1:.3f}>{m1:.3f}, first-run {r2:.3f}>{m2:.3f}, "
          f"news_dev {nd_rules:.3f}>{nd_model:.3f})")
    return ship


def cost(docs: list[dict], pipe, merge: dict | None = None, point: dict | None = None) -> float:
    """Seconds of the events stage with the hook on over seconds without it (merge: the hook alone, timed on the
    stage's records; point: the whole stage, the model asked at every pair), on the same passages."""
    from marsad.document import Document
    from marsad.extract.events.context import Ctx
    from marsad.extract.events.extractor import EventExtractor
    from marsad.extract.events.vocab import vocab

    ex = EventExtractor()
    t_off = t_on = 0.0
    was = join_chooser.ENABLED, join_chooser.OVERRIDE
    try:
        for d in docs:
            doc = Document(d["text"], id=d["id"], published=d["published"], outlet=d["outlet"])
            pipe(doc)
            join_chooser.ENABLED, join_chooser.OVERRIDE = False, None
            ctx = Ctx(doc, vocab())
            t0 = time.perf_counter()
            recs = ex.extract(doc, ctx)
            t1 = time.perf_counter()
            join_chooser.ENABLED = True
            if merge is not None:
                join_chooser.merge(ctx, recs, dict(merge, enabled=True))
                t_on += time.perf_counter() - t1
            else:
                join_chooser.OVERRIDE = point
                t2 = time.perf_counter()
                ex.extract(doc, Ctx(doc, vocab()))
                t_on += time.perf_counter() - t2
            t_off += t1 - t0
    finally:
        join_chooser.ENABLED, join_chooser.OVERRIDE = was
    return t_on / t_off if t_off else 0.0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--folds", default=",".join(tj.PARAPHRASE), help="comma-separated paraphrase sets")
    ap.add_argument("--variant", default="merge,point")
    ap.add_argument("--threshold", type=float, default=tj.THRESHOLD)
    ap.add_argument("--labels", default="align", choices=("align", "second"),
                    help="merge's labels: stop 34's alignment, or the census's second tellings (stop 38)")
    ap.add_argument("--with-first", action="store_true", help="merge: train on the other sets' first runs too")
    args = ap.parse_args()
    folds = tj.check([n for n in args.folds.split(",") if n])
    from marsad.pipeline import Pipeline

    pipe = Pipeline()
    print(f"folds {', '.join(folds)}")
    for v in args.variant.split(","):
        if v == "merge":
            merge_variant(folds, pipe, args.threshold, args.labels, args.with_first)
        else:
            point_variant(folds, pipe, args.threshold)
    return 0


if __name__ == "__main__":
    sys.exit(main())
