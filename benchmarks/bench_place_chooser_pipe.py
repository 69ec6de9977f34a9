"""The learned place chooser judged where it runs: each fold's weights in the pipeline (stop 46).

Why: bench_place_chooser.py scores the chooser's pick at the hook; the place steps after the hook (finer_place,
same_quarter, ref_town, coarse_told…) move places after it, and on a record the model changes they would have run on
the model's place, not the rules'. Stop 45's refit passed that judge (+29 acts) and placed 5 acts fewer than stop 35's
file in the pipeline. Here every judged set (bench_events.PARAPHRASE) is left out in turn: the model is fitted on the
other seen sets' examples (the same pool as bench_place_chooser.py: their runs on today's rules and their first-run
replays), its weights put into the model file's place (place_chooser.FLAGS), and the set run through the whole
pipeline and scored by bench_events (type+place+count). Three columns: the hook off (the rules), the committed model
file, the fold's model. Two tables: today's rules (in-process) and first-run folds (each set on the tree of its first
run, today's chooser copied in, one subprocess per commit; a tree whose events stage has no hook gets the fold's
picks on its finished records, as bench_place_chooser does). news_dev last, with the model of every seen set.

Cheap: the features of the pool are read from bench_place_chooser's --cache (its folder per switches); only the
judged sets are run again, once per column.

    .venv/bin/python benchmarks/bench_place_chooser_pipe.py --cache /tmp/pc [--sets probe65,probe73] [--no-first]
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import bench_events as be  # noqa: E402
import bench_place_chooser as bpc  # noqa: E402
import train_place_chooser as tr  # noqa: E402


def keys(model: dict | None) -> dict:
    """The model file's keys a column overrides: None = the hook off (`enabled` false)."""
    if model is None:
        return {"enabled": False}
    return {"enabled": True, "weights": model["weights"], "types": model["types"], "margin": tr.MARGIN}


def run_today(name: str, pipe, model: dict | None) -> dict[str, list[dict]]:
    """The set's events from today's pipeline with the hook given `model` (None: off; "file": the committed one)."""
    from marsad.document import Document
    from marsad.extract.events import place_chooser
    saved = dict(place_chooser.FLAGS)
    try:
        if model != "file":
            place_chooser.FLAGS.update(keys(model))
        place_chooser.load.cache_clear()
        out = {}
        for d in tr.load_set(name):
            doc = Document(d["text"], id=d["id"], published=d["published"], outlet=d["outlet"])
            pipe(doc)
            out[d["id"]] = [dict(e) for e in doc["events"]]
        return out
    finally:
        place_chooser.FLAGS.clear()
        place_chooser.FLAGS.update(saved)
        place_chooser.load.cache_clear()


def run_first(names: list[str], fold: dict[str, dict], committed: dict, tmp: Path) -> dict[str, dict]:
    """{set: {"file"|"fold": events by doc id, "hooked": bool}} on each set's first-run tree (one subprocess per
    commit), the hook given the committed file's weights and the fold's."""
    by_commit: dict[str, list[str]] = {}
    for n in names:
        by_commit.setdefault(tr.FIRST_RUNS[n][0], []).append(n)
    out: dict[str, dict] = {}
    for commit, sets in by_commit.items():
        fresh = not (tmp / commit).exists()
        tree = tr.archived_with(commit, tmp, "place_chooser.py")
        if tree is None:
            print(f"{commit}: no tree (no git history?)")
            continue
        if fresh:  # (made the way the trainer's replay makes it)
            if not (tree / "src/marsad/extract/events/routes.py").exists():
                shutil.copy(ROOT / "src/marsad/extract/events/routes.py", tree / "src/marsad/extract/events/")
            shutil.copy(ROOT / "src/marsad/data/events/place_chooser.json", tree / "src/marsad/data/events/")
        from marsad.extract.events import place_chooser
        flags = dict(place_chooser.FLAGS)  # (the --flags switches hold in the replayed tree too)
        spec = {n: {"file": {**flags, **keys(committed)}, "fold": {**flags, **keys(fold[n])}} for n in sets}
        mp = tmp / f"hooked-{commit}.json"
        mp.write_text(json.dumps(spec, ensure_ascii=False), encoding="utf-8")
        dst = tmp / f"hooked-{commit}.jsonl"
        run = subprocess.run([sys.executable, str(ROOT / "scripts/train_place_chooser.py"), "--src", str(tree / "src"),
                              "--dump", str(dst), "--sets", ",".join(sets), "--hooked", str(mp)],
                             capture_output=True, text=True, cwd=tmp)
        if run.returncode:
            print(f"{commit}: hooked run failed: {run.stderr.strip().splitlines()[-3:]}")
            continue
        with open(dst, encoding="utf-8") as fh:
            for line in fh:
                r = json.loads(line)
                got = out.setdefault(r["set"], {"file": {}, "fold": {}, "hooked": r["hooked"]})
                got[r["config"]][r["id"]] = r["events"]
    return out


def pooled(parts: list[tuple[list[dict], dict[str, list[dict]]]]) -> dict:
    docs, by = [], {}
    for docs_, ev in parts:
        for d in docs_:
            docs.append(d)
            by[id(d)] = ev[d["id"]]
    return be.score(docs, lambda d: by[id(d)])


def table(title: str, judge: list[str], cols: dict[str, dict[str, dict]], docs: dict[str, list[dict]]) -> dict:
    """Per set the F1 of each column, then pooled tp and F1; returns the pooled scores by column."""
    print(f"\n{title}")
    names = list(cols)
    print(f"{'set':12} " + " ".join(f"{c:>14}" for c in names))
    parts: dict[str, list] = {c: [] for c in names}
    for n in judge:
        if not all(n in cols[c] for c in names):
            continue
        row = []
        for c in names:
            s = be.score(docs[n], lambda d, ev=cols[c][n]: ev[d["id"]])
            row.append(f"{s['tp']:5d} {s['f1']:8.3f}")
            parts[c].append((docs[n], cols[c][n]))
        print(f"{n:12} " + " ".join(f"{x:>14}" for x in row))
    got = {c: pooled(parts[c]) for c in names}
    print(f"{'pooled':12} " + " ".join(f"{got[c]['tp']:5d} {got[c]['f1']:8.4f}" for c in names)
          + f"   (tp of {got[names[0]]['gold']} gold)")
    return got


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cache", required=True, help="bench_place_chooser.py's --cache folder (its pool read from it; "
                                                   "a set it lacks is run or replayed and written there)")
    ap.add_argument("--sets", default="", help="comma-separated judged sets (default: every PARAPHRASE set)")
    ap.add_argument("--no-first", action="store_true", help="skip the first-run table")
    ap.add_argument("--l2", type=float, default=tr.L2)
    ap.add_argument("--flags", default="", help="as bench_place_chooser.py --flags")
    ap.add_argument("--final-target", action="store_true",
                    help="train on the place the pipeline ends with: a candidate is right when the record the "
                         "pipeline emits with it is (the rules' one read off the final record: trainer FINAL_RULE)")
    args = ap.parse_args()
    bpc.set_flags(args.flags)
    tr.FINAL_RULE = tr.FINAL_TARGET = args.final_target
    from marsad.extract.events import place_chooser
    from marsad.pipeline import Pipeline

    committed = place_chooser.load()
    committed = {"weights": committed["weights"], "types": sorted(committed["types"])}
    pipe = Pipeline()
    names = tr.TRAIN_SETS
    judge = [n for n in (args.sets.split(",") if args.sets else tr.PARAPHRASE) if n in tr.PARAPHRASE]
    cache = bpc._cache_dir(args.cache)
    t0 = time.perf_counter()
    data = {n: bpc._today(n, pipe, cache) for n in names}
    with tempfile.TemporaryDirectory(prefix="place_pipe_") as tmp:
        rep = {n: r for n, (c, _) in tr.FIRST_RUNS.items()
               if (r := bpc._replayed(n, c, Path(tmp), cache)) is not None}
        print(f"(pool: {len(data)} sets today, {len(rep)} replays: {time.perf_counter() - t0:.0f} s)")
        exs = {n: tr.examples(data[n], n) for n in names}
        rex = {n: tr.examples(rep[n], n) for n in rep}
        pool = {n: rex.get(n, []) + exs[n] for n in names}
        fold = {n: tr.fit([e for m in names if m != n for e in pool[m]], l2=args.l2) for n in judge}
        docs = {n: [c["doc"] for c in data[n]] for n in judge}
        t0 = time.perf_counter()
        cols = {"off": {}, "file": {}, "fold": {}}
        for n in judge:
            cols["off"][n] = run_today(n, pipe, None)
            cols["file"][n] = run_today(n, pipe, "file")
            cols["fold"][n] = run_today(n, pipe, fold[n])
        print(f"(today's pipeline, three columns on {len(judge)} sets: {time.perf_counter() - t0:.0f} s)")
        today = table("1. Today's rules in the pipeline (tp, F1): hook off, committed file, the fold's model",
                      judge, cols, docs)
        first = None
        if not args.no_first:
            t0 = time.perf_counter()
            got = run_first([n for n in judge if n in rep], fold, committed, Path(tmp))
            print(f"(first-run trees, two columns: {time.perf_counter() - t0:.0f} s; trees without the hook: "
                  f"{sorted(n for n, g in got.items() if not g['hooked'])})")
            fcols = {"off": {}, "file": {}, "fold": {}}
            for n, g in got.items():
                fcols["off"][n] = {c["doc"]["id"]: c["events"] for c in rep[n]}
                if g["hooked"]:
                    fcols["file"][n], fcols["fold"][n] = g["file"], g["fold"]
                else:  # (no hook in that tree: the picks on its finished records)
                    fcols["file"][n] = bpc.with_model(rep[n], committed)
                    fcols["fold"][n] = bpc.with_model(rep[n], fold[n])
            first = table("2. First-run folds in the pipeline (tp, F1): hook off, committed file, the fold's model",
                          judge, fcols, docs)
    w_all = tr.fit([e for m in names for e in pool[m]], l2=args.l2)
    nd = tr.load_set("news_dev")
    dev = None
    if nd:
        dcols = {"off": {"news_dev": run_today("news_dev", pipe, None)},
                 "file": {"news_dev": run_today("news_dev", pipe, "file")},
                 "all": {"news_dev": run_today("news_dev", pipe, w_all)}}
        dev = table("3. news_dev (never trained on): hook off, committed file, the model of every seen set",
                    ["news_dev"], dcols, {"news_dev": nd})
    ok = today["fold"]["f1"] > today["file"]["f1"] and (first is None or first["fold"]["f1"] > first["file"]["f1"]) \
        and (dev is None or dev["all"]["f1"] >= dev["file"]["f1"])
    print(f"\ngate (the fold's model against the committed file, both tables pooled, news_dev not down): "
          f"{'pass' if ok and first is not None else 'FAIL' if not ok else 'today only (no first-run table)'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
