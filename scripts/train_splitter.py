"""Train the learned incident split (extract/events/splitter.py) from the gold of the seen probe sets.

Labels: each passage is run once with no cut (splitter.FORCE False: the rules' incidents, every candidate watched
with its features) and once per candidate with that cut alone (FORCE {its start}). A cut is right (1) when it alone
lets bench_events match one more gold event (its `_match`: type, place and figure): the part it begins tells a gold
incident of its own that the joined record lost. Else 0: a second telling, a breakdown, one act over a list of places
(the gold has one event there), or a part whose record still matches nothing. The features are worked out before
any cut, so they are the same in every run.

Fit: logistic regression, L2, full-batch Adam from zero for a fixed number of steps (train_event_filter.fit: the
same data give the same weights); an example of a paraphrase development set counts REAL_WEIGHT. Training data:
the invented seen sets and the paraphrase development sets (today's code, and each paraphrase set replayed on the
commit of its first run); never news_dev, never a held-out set (refused, whoever asks). The benchmark
(benchmarks/bench_splitter.py) judges it leave-one-set-out; the file is written enabled only with --enable.

    .venv/bin/python scripts/train_splitter.py [--enable] [--out PATH] [--cache PATH] [--l2 X] [--into refit]

Stop 45's refit (splitter.json `refit`): `--cache PATH --l2 0.1 --into refit --enable`, the L2 chosen leave-one-set-out
on the 36 development sets; the block's `kinds` (the cuts it scores; ["place"]) are kept as they were.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("OMP_NUM_THREADS", "1")

ROOT = Path(__file__).resolve().parents[1]


def _child(src: str, names: list[str], models: dict[str, str], label: bool) -> int:
    """`--child SRC --sets … [--models set=PATH,…] [--label]`: an older tree (today's splitter.py copied in) run on
    each passage of the sets, the split hooked after its incidents (`_hook`); one JSON line per passage
    (`run_doc`'s)."""
    sys.path.insert(0, src)
    import marsad  # noqa: F401

    if not Path(marsad.__file__).resolve().is_relative_to(Path(src).resolve()):
        print(f"the old tree was not imported: {marsad.__file__}", file=sys.stderr)
        return 1
    sys.path.insert(1, str(ROOT / "benchmarks"))
    import bench_events as be_old
    from marsad.document import Document as Doc
    from marsad.extract.events import splitter as sp
    from marsad.pipeline import Pipeline

    _hook()
    pipe = Pipeline()
    for name in names:
        if name in be_old.HELD_OUT or name not in be_old.PROBES:
            print(f"{name}: not a seen probe set", file=sys.stderr)
            return 2
        model = json.loads(Path(models[name]).read_text(encoding="utf-8")) if name in models else None
        for d in be_old.news_dev_gold(be_old.PROBES[name]):
            print(json.dumps(dict(run_doc(pipe, Doc, sp, be_old.score, d, model, label), set=name, id=d["id"]),
                             ensure_ascii=False, default=str))
    return 0


def run_doc(pipe, doc_class, sp, score, d: dict, model: dict | None, label: bool) -> dict:
    """One passage: {events, watch[, gains]}. With `model` the split it makes (None: the rules' incidents, no cut);
    with `label`, each candidate cut made alone, and how many more gold events bench_events then matches."""
    def run(force, override):
        sp.OVERRIDE, sp.FORCE, sp.WATCH = override, force, []
        doc = doc_class(d["text"], id=d["id"], published=d["published"], outlet=d["outlet"])
        pipe(doc)
        return [dict(e) for e in doc["events"]], sp.WATCH

    was = sp.OVERRIDE, sp.FORCE, sp.WATCH
    try:
        events, watch = run(None if model is not None else False, model)
        out = {"events": events, "watch": watch}
        if label:
            base = score([d], lambda _: events)["tp"]
            out["gains"] = [score([d], lambda _, s=w["start"]: run({s}, None)[0])["tp"] - base for w in watch]
    finally:
        sp.OVERRIDE, sp.FORCE, sp.WATCH = was
    return out


def _hook() -> None:
    """An older tree's extractor has no split: its last incident step (tolls.cause_typed, or split_running before
    that existed) is wrapped so that splitter.split runs on what it returns."""
    from marsad.extract.events import extractor, splitter, tolls

    if "splitter.split" in Path(extractor.__file__).read_text(encoding="utf-8"):
        return
    name = "cause_typed" if hasattr(tolls, "cause_typed") else "split_running"
    inner = getattr(tolls, name)
    setattr(tolls, name, lambda ctx, incs: splitter.split(ctx, inner(ctx, incs)))


if __name__ == "__main__" and "--child" in sys.argv[:-1]:
    _a = sys.argv
    _m = dict(x.split("=", 1) for x in _a[_a.index("--models") + 1].split(",")) if "--models" in _a[:-1] else {}
    sys.exit(_child(_a[_a.index("--child") + 1], _a[_a.index("--sets") + 1].split(","), _m, "--label" in _a))

sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "src"))

import bench_events as be  # noqa: E402
import train_event_filter as tef  # noqa: E402
from bench_events_history import archive_src  # noqa: E402
from marsad.document import Document  # noqa: E402
from marsad.extract.events import splitter  # noqa: E402

HeldOut = tef.HeldOut
check = tef.check  # a held-out set raises HeldOut; news_dev and unknown sets are told apart
INVENTED = tef.INVENTED  # training only, never the judge
DEV_RUNS = tef.DEV_RUNS  # the judge: each paraphrase set and the commit of its first run
DEV = tef.DEV
L2 = 0.01
STEPS = 800
RATE = 0.05
REAL_WEIGHT = 3.0  # an example of a paraphrase of a real page counts this many of an invented set's
THRESHOLD = 0.25  # a cut pays when P(right) > F1/2: a right one adds a match and a unit, a wrong one a unit (F1 ~0.5)
assert not set(INVENTED + DEV) & set(be.HELD_OUT)


def load_set(name: str) -> list[dict]:
    check([name])
    if name == "news_dev":
        return be.news_dev_gold() if be.NEWS_DEV.exists() else []
    return be.news_dev_gold(be.PROBES[name])


def collect(name: str, pipe=None, model: dict | None = None, label: bool = False) -> list[dict]:
    """Per passage of the set on this tree: {set, id, golds, records, watch, labels}, the split made by `model`
    (None: the rules' incidents); with `label`, each candidate's label (`run_doc`'s gains)."""
    from marsad.pipeline import Pipeline

    pipe = pipe or Pipeline()
    return [_passage(name, d, run_doc(pipe, Document, splitter, be.score, d, model, label)) for d in load_set(name)]


def replay(commit: str, names: list[str], models: dict[str, dict] | None = None, label: bool = False
           ) -> dict[str, list[dict]]:
    """`collect` of each set on the tree of `commit` (today's splitter.py copied in), a model per set or none."""
    check(names)
    with tempfile.TemporaryDirectory(prefix="splitter-") as tmp:
        failed = archive_src(commit, Path(tmp))
        if failed:
            raise RuntimeError(failed)
        for f in ("extract/events/splitter.py", "extract/events/join_chooser.py", "data/events/join_chooser_cues.json"):
            shutil.copy(ROOT / "src/marsad" / f, Path(tmp) / "src/marsad" / f)
        cmd = [sys.executable, str(Path(__file__).resolve()), "--child", str(Path(tmp) / "src"), "--sets",
               ",".join(names)] + (["--label"] if label else [])
        if models:
            paths = []
            for n, m in models.items():
                (Path(tmp) / f"{n}.json").write_text(json.dumps(m), encoding="utf-8")
                paths.append(f"{n}={Path(tmp) / f'{n}.json'}")
            cmd += ["--models", ",".join(paths)]
        run = subprocess.run(cmd, capture_output=True, text=True, cwd=tmp)
    if run.returncode:
        raise RuntimeError(f"{commit}: " + (run.stderr.strip().splitlines() or ["no message"])[-1])
    golds = {(n, d["id"]): d for n in names for d in load_set(n)}
    out: dict[str, list[dict]] = {n: [] for n in names}
    for r in map(json.loads, run.stdout.splitlines()):
        out[r["set"]].append(_passage(r["set"], golds[(r["set"], r["id"])], r))
    return out


def replays(names: list[str], models: dict[str, dict] | None = None, label: bool = False) -> dict[str, list[dict]]:
    """`replay` of each paraphrase set of `names` on the commit of its first run."""
    out: dict[str, list[dict]] = {}
    for commit in dict.fromkeys(DEV_RUNS[n] for n in names):
        group = [n for n in names if DEV_RUNS[n] == commit]
        out.update(replay(commit, group, {n: models[n] for n in group} if models else None, label))
    return out


def _passage(name: str, d: dict, run: dict) -> dict:
    """A candidate is right (1) when its cut alone lets bench_events match one more gold event: the part it
    begins tells a gold incident of its own, with its own place and figure, that the joined record lost."""
    return {"set": name, "id": d["id"], "golds": d["events"], "records": run["events"], "watch": run["watch"],
            "labels": [float(g >= 1) for g in run["gains"]] if "gains" in run else None}


def fit(passages: list[dict], l2: float = L2, real_weight: float = REAL_WEIGHT) -> dict:
    """{"bias", "weights", "threshold", "enabled": True}: train_event_filter.fit on the candidates (a paraphrase
    set's counting `real_weight`, through that fit's own weighting of invented units)."""
    dev = [{"set": p["set"], "feats": [w["feats"] for w in p["watch"]], "lenient": [y == 1 for y in p["labels"]]}
           for p in passages if p["set"] in DEV_RUNS]
    inv = [{"set": p["set"], "feats": [w["feats"] for w in p["watch"]], "lenient": [y == 1 for y in p["labels"]]}
           for p in passages if p["set"] not in DEV_RUNS]
    model = tef.fit(dev + inv, l2, STEPS, RATE, invented=1.0 / real_weight)
    return dict(model, threshold=THRESHOLD, enabled=True)


def gather(pipe=None, sets: list[str] | None = None) -> dict[str, list[dict]]:
    """Every training passage, labelled: the invented sets and the paraphrase sets on today's code
    (keyed by set) and the paraphrase sets on their first runs (keyed "set@first")."""
    sets = sets or INVENTED + DEV
    check(sets)
    data = {n: collect(n, pipe, label=True) for n in sets if n in be.PROBES}
    for n, ps in replays([n for n in sets if n in DEV_RUNS], label=True).items():
        data[f"{n}@first"] = ps
    return data


def gathered(cache: str | None, pipe=None) -> dict[str, list[dict]]:
    """gather()'s passages, kept in the JSON file `cache` when given (read back when it exists: the gold re-attached
    from the set itself, as JSON made its figures' tuples lists). The benchmark and the writer share one file."""
    if cache and Path(cache).exists():
        data = json.loads(Path(cache).read_text(encoding="utf-8"))
        for k, ps in data.items():
            golds = {d["id"]: d["events"] for d in load_set(k.split("@")[0])}
            for p in ps:
                p["golds"] = golds[p["id"]]
        return data
    data = gather(pipe)
    if cache:
        Path(cache).write_text(json.dumps(data, ensure_ascii=False, default=str), encoding="utf-8")
    return data


def pool(data: dict[str, list[dict]], leave: str | None = None) -> list[dict]:
    """The training passages, a development set left out with its first-run replay."""
    return [p for k, ps in data.items() if leave is None or k.split("@")[0] != leave for p in ps]


def write(out: str, model: dict, enabled: bool, note: dict, into: str | None = None, l2: float = L2) -> None:
    """The model into the file: its top-level weights, or (`into`, e.g. "refit": stop 45's switch) a block of its own
    {about, kinds, enabled, bias, l2, real_weight, trained_on…, weights} that splitter.load asks for the cuts of its
    kinds when enabled (its about and kinds kept)."""
    if into:
        raw = json.loads(Path(out).read_text(encoding="utf-8"))
        was = raw.get(into) or {}
        raw[into] = {**{k: was[k] for k in ("about", "kinds") if k in was}, "enabled": enabled, "bias": model["bias"],
                     "l2": l2, "real_weight": REAL_WEIGHT, **note, "weights": model["weights"]}
        w = raw.pop("weights")  # (the top-level weights stay last: the file reads top down)
        Path(out).write_text(json.dumps({**raw, "weights": w}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        return
    body = {"about": "The learned incident split (extract/events/splitter.py), written by scripts/train_splitter.py: "
                     "logistic weights by feature name; on only when `enabled`.",
            "enabled": enabled, "threshold": model["threshold"], "bias": model["bias"],
            "l2": l2, "real_weight": REAL_WEIGHT, **note, "weights": model["weights"]}
    if Path(out).exists():  # (stop 44's threshold switch and stop 45's refit are not this fit's: they stay as they were)
        raw = json.loads(Path(out).read_text(encoding="utf-8"))
        kept = {k: raw[k] for k in ("recalibrated", "refit") if raw.get(k) is not None}
        if kept:
            body = {**{k: v for k, v in body.items() if k != "weights"}, **kept, "weights": body["weights"]}
    Path(out).write_text(json.dumps(body, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", default=str(splitter.WEIGHTS))
    ap.add_argument("--enable", action="store_true", help="write the model enabled (only when the gate held)")
    ap.add_argument("--sets", help="comma-separated training sets (default: the invented and the paraphrase sets)")
    ap.add_argument("--cache", help="the benchmark's JSON file of the labelled passages (read when present)")
    ap.add_argument("--l2", type=float, default=L2, help="the L2 the folds chose (bench_splitter.py --l2)")
    ap.add_argument("--into", help="write a block of this name (stop 45: refit) instead of the top-level weights")
    args = ap.parse_args()
    sets = args.sets.split(",") if args.sets else None
    data = gathered(args.cache) if args.cache and not sets else gather(sets=sets)
    model = fit(pool(data), args.l2)
    n = sum(len(p["labels"]) for ps in data.values() for p in ps)
    pos = sum(y for ps in data.values() for p in ps for y in p["labels"])
    write(args.out, model, args.enable, {"trained_on": sorted(data), "candidates": n, "right": int(pos)}, args.into,
          args.l2)
    print(f"{n} candidates, {int(pos)} right; wrote {args.out} (enabled={args.enable})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
