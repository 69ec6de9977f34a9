"""Train the learned source chooser (extract/events/source_chooser.py) from gold reported_by.

For every record the pipeline emits (the chooser off: the rules' sources), the candidates are worked out
on the finished document (source_chooser.candidates: none, the rules' choice, the sources around it); the
record is aligned with a gold event as the place chooser aligns them (train_place_chooser.align), and a
candidate is right when bench_events' source test (`_rep_ok`) accepts it. The same conditional logit as
the place chooser (train_place_chooser._weights: full batch, zero start, fixed steps). Training sets: the
paraphrase development sets (today's rules and their first-run replays) and the invented seen sets; never
news_dev, never a held-out set (load_set refuses one).

    .venv/bin/python scripts/train_source_chooser.py [--out src/marsad/data/events/source_chooser.json] [--on]
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
SRC = Path(sys.argv[sys.argv.index("--src") + 1]) if "--src" in sys.argv[:-1] else ROOT / "src"
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(SRC))

import marsad  # noqa: E402,F401
import bench_events as be  # noqa: E402
import train_place_chooser as tp  # noqa: E402  (load_set refuses held-out sets; align; the logit)
from marsad.document import Document  # noqa: E402

assert not set(tp.TRAIN_SETS) & set(be.HELD_OUT)
PARAPHRASE = be.PARAPHRASE
L2 = 0.01
STEPS = 600
RATE = 0.1
MARGIN = 0.5
REAL_WEIGHT = 5.0


def collect(docs: list[dict], pipe=None) -> list[dict]:
    """Each document's events (the chooser off) and, per asserted record, its candidates and features."""
    from marsad.extract.events import source_chooser as sc
    from marsad.extract.events.attribution import Attribution
    from marsad.extract.events.context import Ctx
    from marsad.extract.events.vocab import vocab
    from marsad.pipeline import Pipeline

    pipe = pipe or Pipeline()
    was, sc.ENABLED = sc.ENABLED, False
    was_s, sc.STRUCTURE = sc.STRUCTURE, True  # (stop 38's structure features too: one collection serves both models)
    try:
        out = []
        for d in docs:
            doc = Document(d["text"], id=d["id"], published=d["published"], outlet=d["outlet"])
            pipe(doc)
            events = [dict(e) for e in doc["events"]]
            ctx = Ctx(doc, vocab())
            att = Attribution(ctx)
            taken = sc.taken_by(events)
            items = {}
            for i, e in enumerate(events):
                if e.get("modality", "asserted") != "asserted":
                    continue
                cands = sc.candidates(ctx, att, e)
                reps = []
                for c in cands:
                    rec = {"reported_by": None}
                    sc.apply(ctx, att, rec, c)
                    reps.append(rec["reported_by"])
                items[i] = (reps, sc.features(ctx, att, e, cands, taken))
            out.append({"doc": d, "events": events, "items": items})
    finally:
        sc.ENABLED, sc.STRUCTURE = was, was_s
    return out


def examples(collected: list[dict], set_name: str = "") -> list[dict]:
    out = []
    for c in collected:
        for g, i in tp.align(c["doc"], c["events"]):
            if i not in c["items"] or g.get("rep_unannotated"):
                continue
            reps, feats = c["items"][i]
            labels = [bool(be._rep_ok(g, {"reported_by": r})) for r in reps]
            out.append({"set": set_name, "doc": c["doc"]["id"], "rec": i, "type": c["events"][i]["type"],
                        "feats": feats, "labels": labels, "rule_ok": be._rep_ok(g, c["events"][i])})
    return out


def fit(exs: list[dict], l2: float = L2) -> dict[str, float]:
    """Stop 36's model: its own features (the collection has stop 38's structure features too: those are
    scripts/train_source_structure.py's)."""
    from marsad.extract.events.source_structure import FEATURE_HEADS

    exs = [dict(e, feats=[{k: v for k, v in f.items() if not k.startswith(FEATURE_HEADS)} for f in e["feats"]])
           for e in exs if any(e["labels"])]
    return tp._weights(exs, l2, STEPS, RATE, REAL_WEIGHT)


def chosen(c: dict, weights: dict, margin: float = MARGIN) -> list[dict]:
    """The collected events with the model's sources."""
    from marsad.extract.events import source_chooser as sc

    events = [dict(e) for e in c["events"]]
    for i, (reps, feats) in c["items"].items():
        b = sc.best(feats, weights, margin)
        if not feats[b].get("rule") and not feats[b].get("none&rule"):
            r = reps[b]
            events[i]["reported_by"] = r
            events[i]["reported_by_source"] = ("outlet" if r and r.get("outlet") else "text") if r else "none"
    return events


def dump(names: list[str], out: Path) -> None:
    from marsad.pipeline import Pipeline

    pipe = Pipeline()
    with open(out, "w", encoding="utf-8") as fh:
        for name in names:
            for c in collect(tp.load_set(name), pipe):
                fh.write(json.dumps({"set": name, "id": c["doc"]["id"], "events": c["events"],
                                     "items": {str(i): v for i, v in c["items"].items()}},
                                    ensure_ascii=False, default=str) + "\n")


undump = tp.undump  # (the place chooser's reader: the same lines, the same collect shape)


def replay(names: list[str], commit: str, tmp: Path) -> dict[str, list[dict]] | None:
    """The sets' events and candidates on the tree of `commit`, this chooser copied in."""
    tree = tp.archived_with(commit, tmp, "source_chooser.py")
    if tree is None:
        return None
    shutil.copy(ROOT / "src/marsad/extract/events/source_structure.py", tree / "src/marsad/extract/events/")
    out = tmp / f"{commit}.jsonl"
    run = subprocess.run([sys.executable, str(ROOT / "scripts/train_source_chooser.py"), "--src", str(tree / "src"),
                          "--dump", str(out), "--sets", ",".join(names)], capture_output=True, text=True, cwd=tmp)
    if run.returncode:
        print(f"replay on {commit} failed: {run.stderr.strip().splitlines()[-3:]}", file=sys.stderr)
        return None
    return {n: undump(out, n) for n in names}


def first_runs(tmp: Path) -> dict[str, list[dict]]:
    """Every paraphrase set on the commit of its first run."""
    by_commit: dict[str, list[str]] = {}
    for n in PARAPHRASE:
        by_commit.setdefault(be.PARAPHRASE_FIRST_RUNS[n][0], []).append(n)
    out: dict[str, list[dict]] = {}
    for commit, names in by_commit.items():
        got = replay(names, commit, tmp)
        if got is None:
            raise SystemExit(f"cannot replay {names} on {commit}")
        out.update(got)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", default=str(ROOT / "src/marsad/data/events/source_chooser.json"))
    ap.add_argument("--src")
    ap.add_argument("--dump")
    ap.add_argument("--sets", default=",".join(tp.TRAIN_SETS))
    ap.add_argument("--on", action="store_true", help="write the model enabled (only when the benchmark's gate holds)")
    ap.add_argument("--cache", help="a folder to keep the collected sets in (the benchmark shares it)")
    args = ap.parse_args()
    if args.dump:
        dump(args.sets.split(","), Path(args.dump))
        return 0
    sets = load_all(Path(args.cache) if args.cache else None)
    exs = [x for name, cs in sets.items() for x in examples(cs, name.split("@")[0])]
    w = fit(exs)
    path = Path(args.out)
    raw = {"enabled": bool(args.on), "weights": dict(sorted(w.items())), "margin": MARGIN,
           "trained_on": {"sets": sorted(sets), "examples": len(exs), "l2": L2, "steps": STEPS,
                          "real_weight": REAL_WEIGHT, "paraphrase_sets": PARAPHRASE}}
    path.write_text(json.dumps(raw, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(exs)} examples, {len(w)} weights -> {path} (enabled={raw['enabled']})")
    return 0


def load_all(cache: Path | None, invented: bool = True) -> dict[str, list[dict]]:
    """Every training set collected: today's (name) and the paraphrase sets' first runs (name@first); kept in
    `cache` as JSON lines when given (today's tree only: a changed tree wants a fresh folder)."""
    names = [n for n in tp.TRAIN_SETS if invented or n in PARAPHRASE]
    out: dict[str, list[dict]] = {}
    with tempfile.TemporaryDirectory(prefix="source_chooser_") as tmp:
        cache = cache or Path(tmp)
        cache.mkdir(parents=True, exist_ok=True)
        today = cache / "today.jsonl"
        if not today.exists():
            dump(names, today)
        for n in names:
            out[n] = undump(today, n)
        for commit in sorted({be.PARAPHRASE_FIRST_RUNS[n][0] for n in PARAPHRASE}):
            names_c = [n for n in PARAPHRASE if be.PARAPHRASE_FIRST_RUNS[n][0] == commit]
            f = cache / f"{commit}.jsonl"
            if not f.exists():
                got = replay(names_c, commit, cache)
                if got is None:
                    raise SystemExit(f"cannot replay {names_c} on {commit}")
            for n in names_c:
                out[n + "@first"] = undump(f, n)
    return out


if __name__ == "__main__":
    sys.exit(main())
