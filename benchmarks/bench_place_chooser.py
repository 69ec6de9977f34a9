"""Does a learned place chooser beat the place rules on probe sets it did not see?

The chooser (extract/events/place_chooser.py, fitted by scripts/train_place_chooser.py) is judged
leave-one-SET-out: trained on the other probe sets, tested on the held-out one. Per held-out set:
the events aligned with gold by type and figure (bench_events' matching), how many have a right
place among the candidates, the share whose place is right with the rules' choice and with the
model's, how many the model changed, and the set's type+place+count F1 with either.

Two tables, because the rules of today were fixed on sets 1-9 after their first runs:
1. **today's rules** on every set: for sets 1-9 the rules are in-sample (their place errors were
   read and fixed), the model is not; only set 10 is unseen by both.
2. **first-run folds**: each set replayed on the main commit of its first (unseen) run (the tree
   taken with `git archive` into a temporary folder; the replayed F1 is printed beside the one
   BENCHMARKS.md recorded, as a check); the model, trained on the other sets' replays, picks among
   the same candidates. Here neither the rules nor the model had seen the held-out set.
news_dev is never trained on: the second check, with the model of all the sets (today's rules).
Last, the chooser's cost against its named peer, the events stage, on the same documents.

    .venv/bin/python benchmarks/bench_place_chooser.py [-v] [--no-replay] [--l2 0.05]
"""
from __future__ import annotations

import argparse
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
import train_place_chooser as tr  # noqa: E402
from marsad.extract.events import arguments  # noqa: E402

VERBOSE = False
FINDINGS = Path("/work/notes/probe-findings.md")
# the main commit of each set's first (unseen) run and the F1 recorded for it
# (benchmarks/data/events_probe/README.md, BENCHMARKS.md); sets 2 and 3 have no recorded commit
FIRST_RUNS = {"probe": ("11125da", 0.62), "probe4": ("964cac5", 0.57), "probe5": ("8416902", 0.87),
              "probe6": ("f2f7d68", 0.56), "probe7": ("a2f1029", 0.59), "probe8": ("7219256", 0.62),
              "probe9": ("b5a8bac", 0.53), "probe10": ("ee0323a", 0.65)}


# set 11 (stop 23): only ever a test set, once its findings were written; never trained on
SET11 = str(be.PROBE_DIR / "gold11.jsonl")
SET11_RUN = ("62b0728", 0.74)


def with_model(collected: list[dict], weights: dict) -> dict[str, list[dict]]:
    """Each document's events, the single-place records given the model's place."""
    out = {}
    for c in collected:
        evs = [dict(e) for e in c["events"]]
        for i, (cands, feats) in c["items"].items():
            evs[i]["place"] = arguments.clean_place(cands[tr.pick({"feats": feats}, weights)])
        out[c["doc"]["id"]] = evs
    return out


def f1(collected: list[dict], events: dict[str, list[dict]] | None = None) -> float:
    docs = [c["doc"] for c in collected]
    by_id = events or {c["doc"]["id"]: c["events"] for c in collected}
    return be.score(docs, lambda d: by_id[d["id"]])["f1"]


def _kept(f: dict) -> bool:
    return bool(f.get("rule") or f.get("none&rule"))


def row(name: str, collected: list[dict], weights: dict, extra: str = "") -> tuple:
    exs = tr.examples(collected, name)
    n = len(exs)
    picks = [tr.pick(e, weights) for e in exs]
    rule = sum(e["rule_ok"] for e in exs)
    model = sum(e["labels"][b] for e, b in zip(exs, picks))
    reach = sum(any(e["labels"]) for e in exs)
    changed = sum(not _kept(e["feats"][b]) for e, b in zip(exs, picks))
    if VERBOSE:
        by_id = {c["doc"]["id"]: c for c in collected}
        for e, b in zip(exs, picks):
            if not _kept(e["feats"][b]):
                c = by_id[e["doc"]]
                rec = c["events"][e["rec"]]
                got = c["items"][e["rec"]][0][b]
                print(f"    {e['doc']} {rec['type']}: rule={(rec.get('place') or {}).get('surface')!r} "
                      f"({'ok' if e['rule_ok'] else 'wrong'}) -> model={(got or {}).get('surface')!r} "
                      f"({'ok' if e['labels'][b] else 'wrong'})")
    f_rule = f1(collected)
    f_model = f1(collected, with_model(collected, weights))
    print(f"{name:12} {n:5d} {reach:5d} {rule / n if n else 0:6.2f} {model / n if n else 0:6.2f} {changed:7d} "
          f"{f_rule:7.2f} {f_model:7.2f}{extra}")
    return n, rule, model, reach


HDR = f"{'held out':12} {'acts':>5} {'reach':>5} {'rule':>6} {'model':>6} {'changed':>7} {'F1rule':>7} {'F1model':>7}"


def folds(data: dict[str, list[dict]], train: dict[str, list[dict]], l2: float, extra=None) -> None:
    """Leave-one-set-out: fit on `train` of the other sets, test on `data` of this one."""
    print(HDR)
    tot = [0, 0, 0, 0]
    wins = losses = 0
    for n in data:
        w = tr.fit([e for m in train if m != n for e in train[m]], l2=l2)
        got = row(n, data[n], w, extra(n) if extra else "")
        tot = [a + b for a, b in zip(tot, got)]
        wins += got[2] > got[1]
        losses += got[2] < got[1]
    if tot[0]:
        print(f"{'all folds':12} {tot[0]:5d} {tot[3]:5d} {tot[1] / tot[0]:6.2f} {tot[2] / tot[0]:6.2f}")
    print(f"model better on {wins} of {len(data)} held-out sets, worse on {losses}")


def replay(name: str, commit: str, tmp: Path) -> list[dict] | None:
    """The set's events and candidates on the tree of `commit` (None: no git or no such commit)."""
    tree = tmp / commit
    if not tree.exists():
        tree.mkdir()
        arch = subprocess.run(["git", "-C", str(ROOT), "archive", commit, "src"], capture_output=True)
        if arch.returncode:
            return None
        subprocess.run(["tar", "-x", "-C", str(tree)], input=arch.stdout, check=True)
        shutil.copy(ROOT / "src/marsad/extract/events/place_chooser.py", tree / "src/marsad/extract/events/")
        shutil.copy(ROOT / "src/marsad/data/events/place_chooser.json", tree / "src/marsad/data/events/")
    out = tmp / f"{Path(name).stem}.jsonl"
    run = subprocess.run([sys.executable, str(ROOT / "scripts/train_place_chooser.py"), "--src", str(tree / "src"),
                          "--dump", str(out), "--sets", name], capture_output=True, text=True, cwd=tmp)
    if run.returncode:
        print(f"{name}: replay on {commit} failed: {run.stderr.strip().splitlines()[-1:]}")
        return None
    return tr.undump(out, name)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-v", "--verbose", action="store_true", help="list the events whose place the model changed")
    ap.add_argument("--l2", type=float, default=tr.L2, help="L2 weight of the fit")
    ap.add_argument("--drop", default="", help="comma-separated feature-name prefixes to leave out (ablation)")
    ap.add_argument("--pool", choices=["replay", "both"], default="both",
                    help="first-run folds: train on the other sets' replays, or on their replays and today's runs")
    ap.add_argument("--no-replay", action="store_true", help="skip the first-run folds (no git history)")
    args = ap.parse_args()
    tr.DROP = tuple(x for x in args.drop.split(",") if x)
    global VERBOSE
    VERBOSE = args.verbose
    from marsad.pipeline import Pipeline

    pipe = Pipeline()
    names = tr.TRAIN_SETS
    t0 = time.perf_counter()
    data = {n: tr.collect(tr.load_set(n), pipe) for n in names}
    exs = {n: tr.examples(data[n], n) for n in names}
    print(f"(today's pipeline on {sum(len(v) for v in data.values())} documents: {time.perf_counter() - t0:.0f} s)")
    print("acts: events aligned with gold by type+figure; reach: a right place among the candidates; "
          "rule/model: place right; changed: the model left the rules' choice; F1: type+place+count, whole set.")
    with tempfile.TemporaryDirectory(prefix="place_chooser_") as tmp:
        rep: dict[str, list[dict]] = {}
        if not args.no_replay:
            t0 = time.perf_counter()
            rep = {n: r for n, (c, _) in FIRST_RUNS.items() if (r := replay(n, c, Path(tmp))) is not None}
            print(f"(replays of {len(rep)} sets on their first-run commits: {time.perf_counter() - t0:.0f} s)")
        rex = {n: tr.examples(rep[n], n) for n in rep}
        # the training pool of a fold: the other sets' replays, and (pool both) their runs on today's rules
        pool = {n: rex.get(n, []) + (exs[n] if args.pool == "both" or not rep else []) for n in names}
        print(f"\n1. Today's rules (in-sample on sets 1-9: their errors were read and fixed; unseen on set 10); "
              f"model trained on the other sets (pool: {args.pool}):")
        folds(data, pool, args.l2)
        if rep:
            print("\n2. First-run folds: each set on the commit of its first unseen run (neither the rules nor the "
                  "model had seen it):")
            folds(rep, pool, args.l2, extra=lambda n: f"   (recorded first run F1 {FIRST_RUNS[n][1]:.2f})")
        w_all = tr.fit([e for m in names for e in pool[m]], l2=args.l2)
        print("\n3. Never trained on, the model of all ten sets:")
        print(HDR)
        nd = tr.collect(tr.load_set("news_dev"), pipe)
        if nd:
            row("news_dev", nd, w_all, "   (today's rules; the events code is tuned on news_dev)")
        else:
            print(f"news_dev: skipped, {be.NEWS_DEV} is absent")
        if not FINDINGS.exists() or not (be.PROBE_DIR / "gold11.jsonl").exists():
            print("probe11: skipped (not written yet, or the probe helper's findings are not out)")
        else:
            row("probe11", tr.collect(tr.load_set(SET11), pipe), w_all, "   (today's rules)")
            r11 = replay(SET11, SET11_RUN[0], Path(tmp)) if not args.no_replay else None
            if r11 is not None:
                row("probe11", r11, w_all, f"   (first-run commit {SET11_RUN[0]}; recorded F1 {SET11_RUN[1]:.2f})")
    _cost(pipe, [c["doc"] for n in names for c in data[n]], w_all)
    return 0


def _cost(pipe, docs: list[dict], weights: dict) -> None:
    """The chooser on every single-place record against the events stage, same documents."""
    from marsad.document import Document
    from marsad.extract.events import place_chooser
    from marsad.extract.events.attribution import Attribution
    from marsad.extract.events.context import Ctx
    from marsad.extract.events.extractor import EventExtractor
    from marsad.extract.events.vocab import vocab

    ex = EventExtractor()
    v = vocab()
    t_events = t_chooser = 0.0
    n_recs = 0
    for d in docs:
        doc = Document(d["text"], id=d["id"], published=d["published"], outlet=d["outlet"])
        pipe(doc)
        t = time.perf_counter()
        ctx = Ctx(doc, v)
        recs = ex.extract(doc, ctx)
        t_events += time.perf_counter() - t
        t = time.perf_counter()
        att = Attribution(ctx)
        for r in recs:
            if r.get("group") is None:
                place_chooser.choose(ctx, att, r, weights)
                n_recs += 1
        t_chooser += time.perf_counter() - t
    print(f"\ncost: the chooser on {n_recs} records {t_chooser:.2f} s vs the events stage {t_events:.2f} s on "
          f"{len(docs)} documents: {t_chooser / t_events:.2f}x of the events stage")


if __name__ == "__main__":
    sys.exit(main())
