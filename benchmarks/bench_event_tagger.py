"""The learned event tagger (extract/events/event_tagger.py), judged on the paraphrase development sets.

Each development set is left out in turn (the tagger fitted on every other seen set: the invented ones and the
other development sets, today's rules), two ways:
1. today's rules: the set as today's pipeline emits it, with each use of the tagger on alone;
2. first-run folds: the set on the code of its first run (bench_events.PARAPHRASE_FIRST_RUNS, `git archive`d; the
   tagger's module copied into that tree and hooked where today's extractor calls it: after mentions.find and
   after event_filter.prune), the same fold models.
Per use (retype, add, drop, and all three): pooled type+place+count F1 over the folds' documents, emitted/gold,
the source's share right, the per-fold F1; then news_dev (never trained on) with the model fitted on every
training set, the gate line for each use, and the cost of the tagger (every use on) against the events stage.
Held-out sets are refused.

    .venv/bin/python benchmarks/bench_event_tagger.py [--no-first]
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CONFIGS = {"rules": (), "retype": ("retype",), "add": ("add",), "drop": ("drop",), "retype+drop": ("retype", "drop"),
           "all": ("retype", "add", "drop")}
MIN_GAIN = 0.001


def _child(src: str, models: str, names: list[str]) -> int:
    """`--child SRC --models FILE --sets …`: an older tree's events on each passage of the sets, under each
    config (its fold's model from FILE), one JSON line each ({set, id, config, events})."""
    sys.path.insert(0, src)
    import marsad  # noqa: F401  (first: bench_events puts this tree's src on the path too)
    sys.path.insert(1, str(ROOT / "benchmarks"))
    import bench_events as be_old
    from stage_cost import documents

    from marsad.extract.events import event_filter, event_tagger, mentions
    from marsad.extract.events.extractor import EventExtractor
    from marsad.pipeline import Pipeline

    if not Path(event_tagger.__file__).resolve().is_relative_to(Path(src).resolve()):
        print(f"the old tree was not imported: {event_tagger.__file__}", file=sys.stderr)
        return 1
    event_tagger.CUES = ROOT / "src/marsad/data/events/cues.json"  # today's word classes, as the fold models read
    find, prune = mentions.find, event_filter.prune
    mentions.find = lambda ctx, *a, **k: event_tagger.mend(ctx, find(ctx, *a, **k))
    event_filter.prune = lambda ctx, recs, *a, **k: event_tagger.prune(ctx, prune(ctx, recs, *a, **k))
    fold_models = json.loads(Path(models).read_text(encoding="utf-8"))
    pipe, ex = Pipeline(), EventExtractor()
    for name in names:
        if name in be_old.HELD_OUT or name not in be_old.PROBES:
            print(f"{name}: not a seen probe set", file=sys.stderr)
            return 2
        docs = be_old.news_dev_gold(be_old.PROBES[name])
        for d, doc in zip(docs, documents(pipe, docs)):
            for config, uses in CONFIGS.items():
                event_tagger._MODEL = _with_uses(fold_models[name], uses)
                print(json.dumps({"set": name, "id": d["id"], "config": config, "events": ex.extract(doc)},
                                 ensure_ascii=False, default=str))
    return 0


def _with_uses(model: dict, uses: tuple[str, ...]) -> dict:
    return {**model, "uses": {u: u in uses for u in ("retype", "add", "drop")}}


if __name__ == "__main__" and "--child" in sys.argv[:-1]:
    _a = sys.argv
    sys.exit(_child(_a[_a.index("--child") + 1], _a[_a.index("--models") + 1], _a[_a.index("--sets") + 1].split(",")))

sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "benchmarks"))
import bench_events as be  # noqa: E402
import stage_cost  # noqa: E402
import train_event_tagger as tr  # noqa: E402
from bench_events_history import archive_src  # noqa: E402

from marsad.extract.events import event_tagger  # noqa: E402


def model_for(data: dict, leave: str | None, groups: tuple[str, ...]) -> dict:
    """The fitted model with the committed file's thresholds (low, high, floor)."""
    base = event_tagger.load(event_tagger.WEIGHTS)
    return {**{k: base[k] for k in ("low", "high", "floor")}, **tr.fit_sets(data, leave, groups)}


def run_today(pairs: list, model: dict) -> dict[str, dict[str, list]]:
    """{config: {doc id: events}} of analysed documents under each config."""
    from marsad.extract.events.extractor import EventExtractor

    ex, out = EventExtractor(), {}
    try:
        for config, uses in CONFIGS.items():
            event_tagger._MODEL = _with_uses(model, uses)
            out[config] = {d["id"]: ex.extract(doc) for d, doc in pairs}
    finally:
        event_tagger._MODEL = None
    return out


def run_first(models: dict[str, dict]) -> dict[str, dict[str, dict[str, list]]] | str:
    """{set: {config: {doc id: events}}} of each development set on its first-run code, its fold's model."""
    out: dict = {}
    runs = {n: c for n, (c, _) in be.PARAPHRASE_FIRST_RUNS.items() if n in models}
    for commit in dict.fromkeys(runs.values()):
        names = [n for n, c in runs.items() if c == commit]
        with tempfile.TemporaryDirectory(prefix="event-tagger-") as tmp:
            failed = archive_src(commit, Path(tmp))
            if failed:
                return failed
            shutil.copy(Path(event_tagger.__file__), Path(tmp) / "src/marsad/extract/events/event_tagger.py")
            (Path(tmp) / "models.json").write_text(json.dumps({n: models[n] for n in names}), encoding="utf-8")
            run = subprocess.run([sys.executable, __file__, "--child", str(Path(tmp) / "src"), "--models",
                                  str(Path(tmp) / "models.json"), "--sets", ",".join(names)],
                                 capture_output=True, text=True, cwd=tmp)
        if run.returncode:
            return f"{commit}: " + (run.stderr.strip().splitlines() or ["no message"])[-1]
        for line in run.stdout.splitlines():
            if line.startswith("{"):
                r = json.loads(line)
                out.setdefault(r["set"], {}).setdefault(r["config"], {})[r["id"]] = r["events"]
    return out


def score(golds: list[dict], events: dict[str, list]) -> dict:
    return be.score(golds, lambda d: events[d["id"]])


def _matched(g: dict, events: list) -> tuple[set, set]:
    """(every unit's key, the matched units' keys) of one passage; a unit's key: its records' (start, end, type)."""
    units = be._units(events)
    key = [tuple(sorted((e["start"], e["end"], e["type"]) for e in u)) for u in units]
    return set(key), {key[ui] for ui, _ in be._match(g["events"], units).values()}


def changes(golds: list[dict], base: dict[str, list], got: dict[str, list]) -> str:
    """What a use changed against the rules: units gone (of them matched under the rules) and units new (of them
    matched now)."""
    gone = gone_ok = new = new_ok = 0
    for g in golds:
        (b_all, b_ok), (n_all, n_ok) = _matched(g, base[g["id"]]), _matched(g, got[g["id"]])
        gone += len(b_all - n_all)
        gone_ok += len(b_ok - n_all)
        new += len(n_all - b_all)
        new_ok += len(n_ok - b_all)
    return f"-{gone}({gone_ok}) +{new}({new_ok})"


def table(title: str, golds: dict[str, list[dict]], runs: dict[str, dict[str, dict[str, list]]]) -> dict:
    """Print one leave-one-set-out table; {config: pooled score}."""
    print(f"\n== {title}")
    print(f"{'config':11} {'pooled F1':>9} {'gain':>7} {'P':>6} {'R':>6} {'em/gold':>8} {'rep_by':>7} "
          f"{'units -gone(matched) +new(matched)':>35}   per fold F1")
    pooled = {}
    for config in CONFIGS:
        allg = [d for n in runs for d in golds[n]]
        alle = {d["id"]: runs[n][config][d["id"]] for n in runs for d in golds[n]}
        pooled[config] = s = score(allg, alle)
        folds = " ".join(f"{n[5:]}:{score(golds[n], runs[n][config])['f1']:.2f}" for n in runs)
        base = {d["id"]: runs[n]["rules"][d["id"]] for n in runs for d in golds[n]}
        print(f"{config:11} {s['f1']:9.3f} {s['f1'] - pooled['rules']['f1']:+7.3f} {s['precision']:6.3f} "
              f"{s['recall']:6.3f} {s['ratio']:8.2f} {s['reported_by']:7.2f} {changes(allg, base, alle):>35}   {folds}")
    return pooled


def cost(pairs: list, model: dict, uses: tuple[str, ...]) -> float:
    """The events stage with the uses on against every use off, on the same analysed documents."""
    from marsad.extract.events.extractor import EventExtractor

    ex, on_model, off_model = EventExtractor(), _with_uses(model, uses), _with_uses(model, ())

    def run(doc, on: bool):
        event_tagger._MODEL = on_model if on else off_model
        return ex.extract(doc)

    try:
        best = stage_cost.interleaved([doc for _, doc in pairs], run)
    finally:
        event_tagger._MODEL = None
    return best[True] / best[False]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--no-first", action="store_true", help="today's rules only (no first-run replays)")
    ap.add_argument("--groups", default=",".join(tr.GROUPS), help="the feature groups (train_event_tagger.ALL_GROUPS)")
    args = ap.parse_args()
    groups = tuple(g for g in args.groups.split(",") if g)
    print(f"feature groups: {', '.join(groups)}")
    from marsad.pipeline import Pipeline

    pipe = Pipeline()
    ready = {n: tr.ready(n, pipe) for n in tr.TRAIN}
    data = {n: tr.rows(p, n) for n, p in ready.items()}
    golds = {n: [d for d, _ in p] for n, p in ready.items()}
    models = {n: model_for(data, n, groups) for n in tr.DEV}
    today = table("today's rules (leave one development set out)", golds,
                  {n: run_today(ready[n], models[n]) for n in tr.DEV})
    first = None
    if not args.no_first:
        got = run_first(models)
        if isinstance(got, str):
            print(f"first-run folds: {got}")
            return 1
        first = table("first-run folds (each set on the code of its first run)", golds, got)
    whole = model_for(data, None, groups)
    news = reach_news(pipe, whole)
    gate(today, first, news)
    docs = ready["probe64"] + ready["probe79"]
    shipped = tuple(u for u, on in event_tagger.load(event_tagger.WEIGHTS)["uses"].items() if on)
    print(f"\ncost on {len(docs)} documents, the events stage with the uses on / off: every use "
          f"{cost(docs, whole, CONFIGS['all']):.2f}x, the committed file's ({', '.join(shipped) or 'none'}) "
          f"{cost(docs, whole, shipped):.2f}x")
    return 0


def reach_news(pipe, model: dict) -> dict:
    """news_dev (never trained on) under each config, the model fitted on every training set."""
    from stage_cost import documents

    docs = be.news_dev_gold() if be.NEWS_DEV.exists() else []
    pairs = list(zip(docs, documents(pipe, docs)))
    runs = run_today(pairs, model)
    out = {c: score(docs, runs[c]) for c in CONFIGS}
    print("\nnews_dev: " + ", ".join(f"{c} {s['f1']:.3f} ({s['emitted']}/{s['gold']})" for c, s in out.items()))
    return out


def gate(today: dict, first: dict | None, news: dict) -> None:
    for config in CONFIGS:
        if config == "rules":
            continue
        gains = [today[config]["f1"] - today["rules"]["f1"]]
        if first:
            gains.append(first[config]["f1"] - first["rules"]["f1"])
        ok = all(g >= MIN_GAIN for g in gains) and first is not None and news[config]["f1"] >= news["rules"]["f1"]
        print(f"gate {config}: {'PASS' if ok else 'fail'} (today {gains[0]:+.4f}"
              + (f", first runs {gains[1]:+.4f}" if first else "") + f", news_dev "
              f"{news[config]['f1'] - news['rules']['f1']:+.3f})")


if __name__ == "__main__":
    sys.exit(main())
