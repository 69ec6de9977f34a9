"""Train and judge the learned second record at another town (extract/events/place_split.py) on SEEN sets only.

Labels: each candidate (a record and a town of its own sentences no record of its type is placed at) is added alone
to the passage's records; it is right (1) when bench_events then matches one more gold event (type, place, figure):
the town told an incident of its own that the rules tied to another place. Else 0. The features are read on this
tree's analysis of the passage (as train_join_chooser's), the records are this tree's (the hook off) or those of the
commit of a paraphrase set's first run (train_join_chooser's cache of them).

Fit: train_join_chooser.fit (logistic, L2, Adam from zero for a fixed number of steps: the same data give the same
weights). Judge (COMMON.md): leave-one-set-out over the paraphrase development sets, each fold's model fitted on every
other seen set (the invented sets on today's code, the other paraphrase sets on today's code and on their first runs),
two tables — 1. today's rules (the fold on this tree), 2. first-run folds (the fold's first-run records) — pooled
type+place+count F1 (bench_events.score), emitted/gold, reported_by, per fold; then news_dev (never trained on) with
the model of every training set, and the cost against the events stage. `--write` writes the model of every training
set to data/events/place_split.json (`enabled` only with `--enable`, after the gate held). Held-out sets are refused.

    .venv/bin/python scripts/train_place_split.py [--folds probe64,...] [--threshold 0.25] [--write [--enable]]
"""
from __future__ import annotations

import argparse
import json
import pickle
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

import train_join_chooser as tj  # noqa: E402  (puts this tree's src and benchmarks first)
import bench_events as be  # noqa: E402
from marsad.document import Document  # noqa: E402
from marsad.extract.events import mentions, place_split  # noqa: E402
from marsad.extract.events.context import Ctx  # noqa: E402
from marsad.extract.events.vocab import vocab  # noqa: E402

THRESHOLD = 0.25  # a copy pays when P(right) > F1/2 (module docstring); fixed, never chosen on the folds
MIN_GAIN = 0.001  # the pooled F1 must rise by this much on both tables (train_event_filter.MIN_GAIN)


def _records_then(commit: str, name: str) -> dict:
    """{passage id: records} of the set on `commit` (train_join_chooser's cache, filled when absent)."""
    key = tj.CACHE / f"{commit}_{name}.json"
    if key.exists():
        raw = json.loads(key.read_text(encoding="utf-8"))
    else:
        got = tj._records_then(commit, [name])
        if isinstance(got, str):
            raise RuntimeError(got)
        raw = {"\t".join(k): v for k, v in got.items()}
        tj.CACHE.mkdir(exist_ok=True)
        key.write_text(json.dumps(raw, ensure_ascii=False, default=str), encoding="utf-8")
    return {k.split("\t")[1]: v for k, v in raw.items()}


def _matched(golds: list[dict], recs: list[dict]) -> int:
    return len(be._match(golds, be._units(recs)))


def collect(name: str, pipe, commit: str | None = None) -> list[dict]:
    """Per passage: its gold, its records (this tree's with the hook off, or `commit`'s), the candidates with
    their features and labels."""
    out = []
    for d, ctx, recs in hook_off(name, pipe, place_split, commit):
        cands = place_split.candidates(ctx, recs)
        base = _matched(d["events"], recs)
        out.append({"set": name, "id": d["id"], "golds": d["events"], "records": recs, "cands": cands,
                    "feats": [place_split.features(ctx, recs[i], p) for i, p in cands],
                    "labels": [float(_matched(d["events"], place_split.apply(recs, [c])) > base) for c in cands]})
    return out


def hook_off(name: str, pipe, module, commit: str | None = None):
    """(gold passage, its Ctx with the event words read, its records) of each passage of a development set, with
    the post-hoc `module`'s hook off (ENABLED): the records it would start from, this tree's or `commit`'s (the
    set's first run). Why: each bench of a post-hoc step labels its candidates against those records, one at a
    time (place_split's trainer, bench_gapped)."""
    tj.check([name])
    then = _records_then(commit, name) if commit else None
    was, module.ENABLED = module.ENABLED, False
    try:
        for d in tj.load_set(name):
            doc = Document(d["text"], id=d["id"], published=d["published"], outlet=d["outlet"])
            pipe(doc)
            recs = then[d["id"]] if then is not None else [dict(e) for e in doc["events"]]
            ctx = Ctx(doc, vocab())
            mentions.event_words(ctx)
            yield d, ctx, recs
    finally:
        module.ENABLED = was


def fit(docs: list[dict]) -> dict:
    return tj.fit(docs)


def added(doc: dict, model: dict | None, threshold: float) -> list[dict]:
    """The passage's records with the copies the model adds (None: the rules' records)."""
    if model is None:
        return doc["records"]
    return place_split.apply(doc["records"], [c for c, f in zip(doc["cands"], doc["feats"])
                                              if place_split.score(f, model["weights"], model["bias"]) >= threshold])


def _score(docs: list[dict], model_of=None, threshold: float = THRESHOLD) -> dict:
    recs = {(d["set"], d["id"]): added(d, model_of(d["set"]) if model_of else None, threshold) for d in docs}
    return be.score([{"id": d["id"], "set": d["set"], "events": d["golds"]} for d in docs],
                    lambda d: recs[(d["set"], d["id"])])


def _adds(docs: list[dict], model: dict, threshold: float) -> tuple[int, int]:
    got = [y for d in docs for f, y in zip(d["feats"], d["labels"])
           if place_split.score(f, model["weights"], model["bias"]) >= threshold]
    return len(got), int(sum(got))


def table(title: str, folds: dict[str, list[dict]], models: dict[str, dict], threshold: float) -> tuple[dict, dict]:
    print(f"\n== {title}\n{'fold':10} {'gold':>4} {'F1 rules>model':>15} {'dF1':>7} {'emit/gold':>10} {'rep_by':>11} "
          f"{'adds':>5} {'right':>5}")
    for n, ds in list(folds.items()) + [("pooled", [d for ds in folds.values() for d in ds])]:
        a, b = _score(ds), _score(ds, lambda s: models[s], threshold)
        k, r = (sum(x) for x in zip(*[_adds(folds[m], models[m], threshold) for m in folds])) if n == "pooled" \
            else _adds(ds, models[n], threshold)
        print(f"{n:10} {a['gold']:4d} {a['f1']:6.4f}>{b['f1']:<7.4f} {b['f1'] - a['f1']:+7.4f} "
              f"{a['ratio']:4.2f}>{b['ratio']:<4.2f} {a['reported_by']:5.3f}>{b['reported_by']:<5.3f} {k:5d} {r:5d}")
    return a, b


def cost(pipe, docs: list[dict], model: dict) -> float:
    """The hook's seconds over the events stage's, on the same passages (the hook alone, on the stage's records)."""
    from marsad.extract.events.extractor import EventExtractor

    ex, v = EventExtractor(), vocab()
    t_stage = t_hook = 0.0
    was, place_split.ENABLED = place_split.ENABLED, False
    try:
        for d in docs:
            doc = Document(d["text"], id=d["id"], published=d["published"], outlet=d["outlet"])
            pipe(doc)
            ctx = Ctx(doc, v)
            t0 = time.perf_counter()
            recs = ex.extract(doc, ctx)
            t1 = time.perf_counter()
            place_split.ENABLED = True
            place_split.split(ctx, recs, dict(model, enabled=True, threshold=THRESHOLD))
            place_split.ENABLED = False
            t_hook += time.perf_counter() - t1
            t_stage += t1 - t0
    finally:
        place_split.ENABLED = was
    return t_hook / t_stage if t_stage else 0.0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--folds", default=",".join(tj.PARAPHRASE), help="comma-separated paraphrase sets")
    ap.add_argument("--threshold", type=float, default=THRESHOLD)
    ap.add_argument("--write", action="store_true", help="write the model of every training set to the JSON")
    ap.add_argument("--enable", action="store_true", help="with --write: enabled (only after the gate held)")
    ap.add_argument("--cache", help="a pickle of the collected passages (written when absent; this tree's only)")
    args = ap.parse_args()
    folds = tj.check([n for n in args.folds.split(",") if n])
    from marsad.pipeline import Pipeline

    pipe = Pipeline()
    if args.cache and Path(args.cache).exists():
        today, first = pickle.loads(Path(args.cache).read_bytes())
    else:
        today = {n: collect(n, pipe) for n in tj.TRAIN}
        first = {n: collect(n, pipe, tj.first_run(n)) if tj.first_run(n) else today[n] for n in tj.PARAPHRASE}
        if args.cache:
            Path(args.cache).write_bytes(pickle.dumps((today, first)))
    train = list(today.items()) + [(f"{n}@first", ds) for n, ds in first.items() if ds is not today[n]]
    ys = [y for _, ds in train for d in ds for y in d["labels"]]
    print(f"training data: {len(train)} runs, {len(ys)} candidates, {int(sum(ys))} right; threshold {args.threshold}")
    models = {n: fit([d for m, ds in train if m.split("@")[0] != n for d in ds]) for n in folds}
    t1 = table("1. today's rules (the fold on this tree; model without the fold)", {n: today[n] for n in folds},
               models, args.threshold)
    t2 = table("2. first-run folds (the fold's first-run records; model without the fold)",
               {n: first[n] for n in folds}, models, args.threshold)
    full = fit([d for _, ds in train for d in ds])
    nd = [dict(d, set="news_dev") for d in collect("news_dev", pipe)] if be.NEWS_DEV.exists() else []
    a, b = (_score(nd), _score(nd, lambda s: full, args.threshold)) if nd else ({"f1": 0}, {"f1": 0})
    print(f"\nnews_dev (never trained on; the model of every training set): F1 {a['f1']:.4f} -> {b['f1']:.4f}, "
          f"adds {_adds(nd, full, args.threshold)}")
    print(f"cost: the hook {cost(pipe, [d for n in folds for d in tj.load_set(n)], full):.3f}x the events stage")
    ok = t1[1]["f1"] - t1[0]["f1"] >= MIN_GAIN and t2[1]["f1"] - t2[0]["f1"] >= MIN_GAIN and b["f1"] >= a["f1"]
    print(f"gate (both tables up by {MIN_GAIN}, news_dev not down): {'SHIP' if ok else 'keep disabled'}")
    if args.write:
        raw = json.loads(place_split.DATA.read_text(encoding="utf-8"))
        raw.update(enabled=bool(args.enable and ok), threshold=args.threshold, bias=full["bias"],
                   weights=dict(sorted(full["weights"].items())),
                   trained_on={"runs": [n for n, _ in train], "candidates": len(ys), "right": int(sum(ys))})
        place_split.DATA.write_text(json.dumps(raw, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
