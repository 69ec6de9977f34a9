"""The whole analysis chain on one real-size page, against bare trafilatura in the same process.

Issue 11's measure: seed page 000 (~16 KB, ~2,400 words) as a scraped text page goes through
marsad's whole chain (cleaning, then every pipeline stage); the peer is ``trafilatura.extract`` on
the same text wrapped as an HTML page (one <p> per line). Runs are interleaved (peer, marsad,
peer, marsad ...) so machine load hits both alike; CPU time (``time.process_time``) per run, the
median of the runs reported (and the ratio of the fastest runs, the least disturbed on a loaded machine). Also per stage (median ms) and the cost per KB as the
page grows (16, 32, 64 KB of distinct sample articles: a flat per-KB cost means linear). Last, what
``gc.freeze()`` (called by ``Pipeline()``) buys on a batch of documents kept in memory.

    .venv/bin/python benchmarks/bench_core.py [--runs 30] [--page PATH]
"""
from __future__ import annotations

import argparse
import html
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
SEED = ROOT.parent / "shared" / "seeds" / "000_11fce6d75aee1259.txt"


def as_html(text: str) -> str:
    body = "\n".join(f"<p>{html.escape(line)}</p>" for line in text.split("\n") if line.strip())
    return f"<!doctype html><html lang=ar><head><meta charset=utf-8><title>page</title></head><body><article>\n{body}\n</article></body></html>"


def cpu(fn, *args) -> tuple[float, object]:
    t0 = time.process_time()
    out = fn(*args)
    return time.process_time() - t0, out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs", type=int, default=30)
    ap.add_argument("--page", type=Path, default=SEED)
    args = ap.parse_args()
    if not args.page.exists():
        print(f"bench_core: {args.page} is absent (../shared beside the repository); nothing to measure")
        return 0
    import trafilatura

    from marsad.ingest.page import raw_to_document
    from marsad.ingest.readers import RawDoc
    from marsad.pipeline import Pipeline

    text = args.page.read_text(encoding="utf-8")
    page = as_html(text)
    pipe = Pipeline()

    def timed_chain(t: str):
        t0 = time.process_time()
        doc = raw_to_document(RawDoc(source="bench", text=t))
        clean = time.process_time() - t0
        stages = {"cleaning": clean}
        for name, comp in pipe.components:
            t1 = time.process_time()
            comp(doc)
            stages[name] = time.process_time() - t1
        return stages

    # warm both (model loading, lexicon building, caches of a first call)
    for _ in range(3):
        trafilatura.extract(page)
        timed_chain(text)
    peer, ours, stage_runs = [], [], []
    for _ in range(args.runs):
        dt, _ = cpu(trafilatura.extract, page)
        peer.append(dt)
        # a fresh copy of the text: no cache keyed on the string object survives between runs
        t = "".join(list(text))
        dt, stages = cpu(timed_chain, t)
        ours.append(dt)
        stage_runs.append(stages)
    p, o = statistics.median(peer), statistics.median(ours)
    kb = len(text.encode("utf-8")) / 1024
    print(f"page: {args.page.name}, {kb:.1f} KB, {len(text.split())} words; {args.runs} interleaved runs, CPU time")
    print(f"trafilatura.extract (HTML of the same text): {p * 1000:7.1f} ms")
    print(f"marsad whole chain (cleaning + every stage): {o * 1000:7.1f} ms  = {o / p:.2f}x trafilatura, "
          f"{1 / o:.0f} pages/s")
    # on a loaded machine the fastest run is the least disturbed one: its ratio too
    print(f"fastest runs: trafilatura {min(peer) * 1000:.1f} ms, marsad {min(ours) * 1000:.1f} ms = "
          f"{min(ours) / min(peer):.2f}x")
    print("per stage (median ms):")
    for name in stage_runs[0]:
        print(f"  {name:12s} {statistics.median(r[name] for r in stage_runs) * 1000:7.1f}")
    print("cost per KB as the page grows (distinct sample-corpus articles glued into one page):")
    corpus = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "samples" / "corpus").glob("*.txt"))]
    pages = []
    for target in (16, 32, 64):
        parts, size = [], 0
        for c in corpus:
            if size >= target * 1024:
                break
            parts.append(c)
            size += len(c.encode("utf-8"))
        pages.append(("\n\n".join(parts), size / 1024))
    timed_chain(pages[-1][0])  # warm the caches on every word first, so sizes compare fairly
    for big, kb_big in pages:
        runs = [cpu(timed_chain, "".join(list(big))) for _ in range(max(3, args.runs // 4))]
        per = {k: statistics.median(r[1][k] for r in runs) * 1000 / kb_big for k in runs[0][1]}
        print(f"  {kb_big:5.0f} KB: {statistics.median(r[0] for r in runs) * 1000 / kb_big:6.2f} ms/KB  ("
              + ", ".join(f"{k} {v:.2f}" for k, v in per.items()) + ")")
    # gc.freeze() (Pipeline() calls it): what it buys where documents stay in memory (a store
    # writer's unit, a list of results), in one process: rounds alternate the frozen heap and a
    # thawed one, each over the same batch of sample articles kept until the round ends
    import gc

    kept_rounds: dict[str, list[float]] = {"frozen": [], "thawed": []}
    for i in range(max(4, args.runs // 5)):
        for mode in (("frozen", "thawed") if i % 2 == 0 else ("thawed", "frozen")):
            (gc.freeze if mode == "frozen" else gc.unfreeze)()
            kept = []
            t0 = time.process_time()
            for c in corpus * 2:
                kept.append(pipe(raw_to_document(RawDoc(source="bench", text="".join(list(c))))))
            kept_rounds[mode].append(time.process_time() - t0)
            del kept
    gc.freeze()
    fz, th = statistics.median(kept_rounds["frozen"]), statistics.median(kept_rounds["thawed"])
    print(f"a batch of {2 * len(corpus)} articles kept in memory: {fz * 1000:.0f} ms with the pipeline's objects "
          f"frozen (gc.freeze), {th * 1000:.0f} ms without: {fz / th:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
