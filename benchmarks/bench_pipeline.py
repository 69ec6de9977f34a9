"""Whole-chain speed and memory: text page -> all stages -> evidence database, on one core.

For each size (default 1k and 10k documents; add 100000 with --sizes) every mode runs in its own
child process pinned to one core, so peak RSS is that run's alone:

  store     marsad ingest (all pipeline stages + SQLite store with merging and near-duplicates)
  jsonl     peer: the same documents through the same pipeline to JSONL (what `marsad extract` does)
  sqlite    peer: plain sqlite3 inserts of the raw text (the floor for "put text in a database")

Documents are generated from the sample corpus sentences (seeded; numbers and sentence mix vary so
they are neither identical nor near-duplicates). Also prints event F1 on the sample corpus.

    .venv/bin/python benchmarks/bench_pipeline.py [--sizes 1000 10000 100000]
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def generate(n: int, path: Path, seed: int = 7) -> None:
    """Sample-corpus sentences with their numbers and places re-drawn, plus a filler sentence of
    corpus words in random order: realistic stage work, but neither duplicates nor near-duplicates."""
    from marsad.arabic.tokens import sentences
    from marsad.document import Document
    from marsad.pipeline import Pipeline
    from marsad.store.samples import corpus_records

    places_stage = Pipeline(only=["places"])
    pool, outlets, places, vocab = [], [], set(), []
    for r in corpus_records():
        outlets.append(r["outlet"])
        d = Document(r["text"])
        places_stage(d)
        places.update(p["surface"] for p in d["places"])
        vocab += re.findall(r"[\u0621-\u064a]{3,}", r["text"])
        for s in sentences(r["text"]):
            t = r["text"][s.start:s.end]
            if len(t) > 40:
                pool.append(t)
    places = sorted(places)
    rnd = random.Random(seed)
    place_re = re.compile("|".join(sorted(map(re.escape, places), key=len, reverse=True))) if places else None
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(n):
            sents = []
            for _ in range(rnd.randint(2, 4)):
                t = re.sub(r"\d+", lambda m: str(rnd.randint(2, 400)), rnd.choice(pool))
                if place_re is not None:
                    t = place_re.sub(lambda m: rnd.choice(places), t)
                sents.append(t)
            sents.insert(rnd.randint(0, len(sents)), " ".join(rnd.choice(vocab) for _ in range(rnd.randint(12, 24))) + ".")
            # time moves forward at a steady 20 articles a day, as in a real crawl
            day = dt.date(2012, 1, 1) + dt.timedelta(days=i // 20)
            rec = {"id": f"g{i}", "text": "\n\n".join(sents), "outlet": rnd.choice(outlets),
                   "published": day.isoformat()}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


def child(mode: str, src: str, out: str) -> dict:
    import resource

    try:
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    except (AttributeError, OSError):
        pass
    t0 = time.perf_counter()
    n = 0
    if mode == "store":
        from marsad.commands.ingest import ingest

        stats = ingest([src], out, passage=True, batch=50)
        extra = {}
        n = stats["stored"]
    elif mode == "jsonl":
        from marsad.pipeline import Pipeline

        pipe = Pipeline()
        with open(out, "w", encoding="utf-8") as fh:
            for d in pipe.run([src], passage=True):
                if hasattr(d, "to_record"):
                    fh.write(json.dumps(d.to_record(), ensure_ascii=False) + "\n")
                    n += 1
    elif mode == "sqlite":
        import sqlite3

        con = sqlite3.connect(out)
        con.execute("PRAGMA journal_mode=WAL")
        con.execute("CREATE TABLE docs (id TEXT PRIMARY KEY, text TEXT)")
        with open(src, encoding="utf-8") as fh:
            for i, line in enumerate(fh):
                r = json.loads(line)
                con.execute("INSERT INTO docs VALUES (?, ?)", (r["id"], r["text"]))
                n += 1
                if i % 50 == 0:
                    con.commit()
        con.commit()
        con.close()
    secs = time.perf_counter() - t0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"mode": mode, "docs": n, "seconds": secs, "docs_per_s": n / secs if secs else 0, "peak_rss_mb": rss}


def run_child(mode: str, src: Path, tmp: Path) -> dict:
    out = tmp / f"{mode}-{src.stem}.{'db' if mode != 'jsonl' else 'jsonl'}"
    for f in tmp.glob(out.name + "*"):
        f.unlink()
    env = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1", MKL_NUM_THREADS="1")
    r = subprocess.run([sys.executable, __file__, "--child", mode, str(src), str(out)], capture_output=True,
                       text=True, env=env)
    if r.returncode != 0:
        raise SystemExit(f"{mode} failed: {r.stderr[-2000:]}")
    return json.loads(r.stdout.strip().splitlines()[-1])


def f1() -> dict:
    from marsad.document import Document
    from marsad.pipeline import Pipeline
    from marsad.store.samples import corpus_records, load_gold, score

    pipe = Pipeline()
    pred = {}
    for r in corpus_records():
        d = Document(r["text"], id=r["id"], published=r["published"], outlet=r["outlet"])
        pipe(d)
        pred[r["id"]] = d["events"]
    return score(pred, load_gold())


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--modes", nargs="+", default=["store", "jsonl", "sqlite"])
    ap.add_argument("--child", nargs=3, metavar=("MODE", "SRC", "OUT"), help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.child:
        print(json.dumps(child(*a.child)))
        return 0
    s = f1()
    print(f"events F1 on samples/corpus (type+place+count): {s['f1']:.3f} "
          f"(P {s['precision']:.3f}, R {s['recall']:.3f}; tp {s['tp']}, fp {s['fp']}, fn {s['fn']})")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        print(f"{'docs':>7} {'mode':>7} {'seconds':>9} {'docs/s':>8} {'peak RSS MB':>12}")
        results = {}
        for n in a.sizes:
            src = tmp / f"gen{n}.jsonl"
            generate(n, src)
            for mode in a.modes:
                r = run_child(mode, src, tmp)
                results[(n, mode)] = r
                print(f"{n:>7} {mode:>7} {r['seconds']:>9.1f} {r['docs_per_s']:>8.1f} {r['peak_rss_mb']:>12.0f}",
                      flush=True)
            if "store" in a.modes and "jsonl" in a.modes:
                st, js = results[(n, "store")], results[(n, "jsonl")]
                print(f"{n:>7}  store/jsonl time ratio {st['seconds'] / js['seconds']:.2f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
