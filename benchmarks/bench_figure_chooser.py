"""Does a learned figure chooser beat the figure rules on paraphrase sets it did not see?

The chooser (extract/events/figure_chooser.py, fitted by scripts/train_figure_chooser.py) is judged
leave-one-SET-out over the paraphrase development sets (train_figure_chooser.DEV_SETS), trained on the
first-run replays of every other seen set (`--pool both`: and their runs on today's rules). Two tables
(COMMON.md of stop 34):
1. **today's rules** on each development set: the rules are in-sample (their errors were read and
   fixed), the model is not;
2. **first-run folds**: each development set's records on the commit of its first unseen run (the tree
   `git archive`d; its events over today's analysed documents), the model picking among the same
   candidates. The honest one.
Per fold: records aligned with gold (bench_events' matching, the rest by type and place), how many have
a right figure among the candidates, the share with a right figure by the rules and by the model, how
many the model changed, type+place+count F1 with either. Pooled: F1 over all folds' documents, P, R,
emitted/gold and reported_by, rules vs model. Then news_dev (never trained on) with the model of all
sets, and the hook's cost against the events stage on the same documents.

    .venv/bin/python benchmarks/bench_figure_chooser.py [--cache DIR] [--l2 0.05] [--margin 1.0] [-v]
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "src"))

import bench_events as be  # noqa: E402
import stage_cost  # noqa: E402
import train_figure_chooser as tf  # noqa: E402
from train_event_filter import MIN_GAIN  # noqa: E402  (the gain floor every learned component's gate uses)

VERBOSE = False
HDR = f"{'held out':10} {'recs':>5} {'reach':>5} {'rule':>5} {'model':>5} {'chg':>4} {'F1rule':>7} {'F1model':>7}"


def _score(collected: list[dict], model: dict | None) -> dict:
    by_id = {c["doc"]["id"]: (c["events"] if model is None else tf.with_model(c["events"], c["items"], model))
             for c in collected}
    return be.score([c["doc"] for c in collected], lambda d: by_id[d["id"]])


def row(name: str, collected: list[dict], exs: list[dict], model: dict, extra: str = "") -> tuple:
    picks = [tf.pick(e["feats"], e["type"], model) for e in exs]
    n = len(exs)
    rule = sum(e["rule_ok"] for e in exs)
    right = sum(e["labels"][k] for e, k in zip(exs, picks))
    reach = sum(any(e["labels"]) for e in exs)
    changed = sum(not _kept(e["feats"][k]) for e, k in zip(exs, picks))
    if VERBOSE:
        for e, k in zip(exs, picks):
            if not _kept(e["feats"][k]):
                print(f"    {e['doc']} {e['type']}: rule {'ok' if e['rule_ok'] else 'wrong'} -> candidate {k} "
                      f"{'ok' if e['labels'][k] else 'wrong'}")
    s_rule, s_model = _score(collected, None), _score(collected, model)
    print(f"{name:10} {n:5d} {reach:5d} {rule / (n or 1):5.2f} {right / (n or 1):5.2f} {changed:4d} "
          f"{s_rule['f1']:7.3f} {s_model['f1']:7.3f}{extra}")
    return n, rule, right, reach, s_rule, s_model


def _kept(f: dict) -> bool:
    return bool(f.get("rule") or f.get("none&rule"))


def _pooled(scores: list[dict]) -> dict:
    tp = sum(s["tp"] for s in scores)
    em, gold = sum(s["emitted"] for s in scores), sum(s["gold"] for s in scores)
    rep = sum(s["reported_by"] * s["tp"] for s in scores) / (tp or 1)  # (rep_by per matched event, weighted)
    return {"f1": 2 * tp / (em + gold or 1), "p": tp / (em or 1), "r": tp / (gold or 1), "ratio": em / (gold or 1),
            "rep": rep}


def folds(data: dict[str, list[dict]], test_exs: dict[str, list[dict]], train: dict[str, list[dict]],
          l2: float) -> dict:
    """Leave-one-set-out over `data`: the model fitted on `train` of every other set."""
    print(HDR)
    s_rule, s_model, tot = [], [], [0, 0, 0, 0]
    for n in data:
        model = tf.fit([e for m in train if m != n for e in train[m]], l2=l2)
        got = row(n, data[n], test_exs[n], model)
        tot = [a + b for a, b in zip(tot, got[:4])]
        s_rule.append(got[4])
        s_model.append(got[5])
    pr, pm = _pooled(s_rule), _pooled(s_model)
    print(f"{'pooled':10} {tot[0]:5d} {tot[3]:5d} {tot[1] / (tot[0] or 1):5.2f} {tot[2] / (tot[0] or 1):5.2f} "
          f"{'':4} {pr['f1']:7.3f} {pm['f1']:7.3f}")
    for k, (a, b) in {"P": (pr["p"], pm["p"]), "R": (pr["r"], pm["r"]), "emitted/gold": (pr["ratio"], pm["ratio"]),
                      "reported_by": (pr["rep"], pm["rep"])}.items():
        print(f"    {k}: rules {a:.3f}, model {b:.3f}")
    return {"rules": pr["f1"], "model": pm["f1"]}


GRID = [(l2, m) for l2 in (0.002, 0.005, 0.02, 0.05) for m in (0.0, 0.5)]  # (the --nested choices)


def nested(data: dict[str, list[dict]], test_exs: dict[str, list[dict]], train: dict[str, list[dict]]) -> dict:
    """Leave-one-set-out with the setting (l2, margin) chosen INSIDE each fold: by the pooled F1 of the other
    development sets left out in turn (never the fold's own set), then fitted on all but the fold."""
    s_rule, s_model = [], []
    for n in data:
        inner = [m for m in data if m != n]
        best, best_f1 = GRID[0], -1.0
        for l2, margin in GRID:
            tf.MARGIN = margin
            got = [_score(data[m], tf.fit([e for k in train if k not in (n, m) for e in train[k]], l2=l2))
                   for m in inner]
            f1 = _pooled(got)["f1"]
            if f1 > best_f1 + 1e-9:
                best, best_f1 = (l2, margin), f1
        tf.MARGIN = best[1]
        model = tf.fit([e for k in train if k != n for e in train[k]], l2=best[0])
        s_rule.append(_score(data[n], None))
        s_model.append(_score(data[n], model))
        print(f"{n:10} chose l2 {best[0]} margin {best[1]}: F1 {s_rule[-1]['f1']:.3f} -> {s_model[-1]['f1']:.3f}")
    pr, pm = _pooled(s_rule), _pooled(s_model)
    print(f"{'pooled':10} {pr['f1']:.3f} -> {pm['f1']:.3f}")
    return {"rules": pr["f1"], "model": pm["f1"]}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-v", "--verbose", action="store_true", help="list the records whose figure the model changed")
    ap.add_argument("--l2", type=float, default=tf.L2)
    ap.add_argument("--margin", type=float, default=tf.MARGIN)
    ap.add_argument("--pool", choices=["replays", "both"], default=tf.POOL,
                    help="fit on the other sets' first-run replays, or on those and today's runs")
    ap.add_argument("--nested", action="store_true", help="also choose l2 and margin inside each fold (GRID)")
    ap.add_argument("--cache", help="a folder to keep the first-run replays in (default: a temporary one)")
    ap.add_argument("--clues", choices=["on", "off"], help="the sum and repetition features (stop 45; default: the "
                    "model file's `clues`)")
    args = ap.parse_args()
    if args.clues:
        from marsad.extract.events import figure_chooser as fc
        fc.CLUES = args.clues == "on"
    global VERBOSE
    VERBOSE = args.verbose
    tf.MARGIN = args.margin
    from marsad.pipeline import Pipeline

    pipe = Pipeline()
    names = tf.train_sets()
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="figure_chooser_") as tmp:
        data, exs, rep, rex = tf.pool(names, Path(args.cache or tmp), pipe)
    print(f"(today's pipeline on {sum(len(v) for v in data.values())} documents of {len(names)} seen sets, and "
          f"{len(rep)} first-run replays: {time.perf_counter() - t0:.0f} s)")
    print("recs: records aligned with a gold event; reach: a right figure among the candidates; rule/model: "
          "the figure right; chg: the model left the rules' figure; F1: type+place+count, whole set.")
    train = {n: tf.training(n, exs, rex, args.pool) for n in names}
    dev = [n for n in tf.DEV_SETS if n in data]
    print(f"\n1. Today's rules (in-sample on every set), each development set left out in turn "
          f"(margin {tf.MARGIN}, l2 {args.l2}, pool {args.pool}):")
    today = folds({n: data[n] for n in dev}, {n: exs[n] for n in dev}, train, args.l2)
    first = None
    if rep:
        print("\n2. First-run folds: each development set on the commit of its first unseen run:")
        first = folds({n: rep[n] for n in dev if n in rep}, {n: rex[n] for n in dev if n in rex}, train, args.l2)
    if args.nested:
        print("\nNested: the setting chosen inside each fold on the other development sets, today's rules:")
        nested({n: data[n] for n in dev}, {n: exs[n] for n in dev}, train)
        if rep:
            print("Nested, first-run folds:")
            nested({n: rep[n] for n in dev if n in rep}, {n: rex[n] for n in dev if n in rex}, train)
        tf.MARGIN = args.margin
    model = tf.fit([e for n in names for e in train[n]], l2=args.l2)
    print("\n3. Never trained on: news_dev with the model of every seen set:")
    print(HDR)
    nd = tf.collect(tf.load_set("news_dev"), pipe)
    nd_gain = None
    if nd:
        nd = [dict(c, items=tf.items(c)) for c in nd]
        nx = [x for c in nd for x in tf.examples(c, c["items"], c["events"], "news_dev")]
        got = row("news_dev", nd, nx, model, "   (the events code is tuned on news_dev)")
        nd_gain = got[5]["f1"] - got[4]["f1"]
    else:
        print(f"news_dev: skipped, {be.NEWS_DEV} is absent")
    ship = first is not None and first["model"] - first["rules"] >= MIN_GAIN and \
        today["model"] - today["rules"] >= MIN_GAIN and \
        (nd_gain is None or nd_gain >= 0)
    print(f"\ngate (model beats the rules pooled by {MIN_GAIN} on both tables, news_dev not down): "
          f"{'SHIP' if ship else 'keep off'}")
    _cost(pipe, [c["doc"] for n in dev for c in data[n]], model)
    return 0


def _cost(pipe, docs: list[dict], model: dict) -> None:
    """The events stage followed by the chooser's work on its records (this model, whatever the flag) against
    the events stage alone, interleaved document by document, best of three rounds."""
    from marsad.extract.events import figure_chooser
    from marsad.extract.events.attribution import Attribution

    m = {"weights": model["weights"], "types": frozenset(model["types"]), "margin": tf.MARGIN}
    ready = stage_cost.documents(pipe, docs)
    best = stage_cost.interleaved(ready, stage_cost.after_stage(
        lambda ctx, recs: figure_chooser.overrule(ctx, Attribution(ctx), recs, m)))
    print(f"\ncost: the events stage on {len(ready)} documents with the chooser after it {best[True]:.2f} s, "
          f"alone {best[False]:.2f} s: {best[True] / best[False]:.3f}x")


if __name__ == "__main__":
    sys.exit(main())
