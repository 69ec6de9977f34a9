"""The ordered writer alone: ms per document for each slice of 1,000 documents (is it flat?).

A synthetic crawl (scripts/build_warc.py) is read, analysed and prepared once (``Runner.process``
+ ``store.prepared.prepare_or_fail``, what a cluster worker does) and cached in benchmarks/_work.
Then the prepared documents are written into a fresh store in partitions of 64
(``Store.add_prepared`` on kept connections, what the cluster's driver does), and the writer's CPU
per document is printed for every slice of ``--slice`` documents. The peer is the worker's own
cost per document (analysis + prepare, measured while preparing): the writer must stay a small,
flat fraction of it for 2 workers to be ~1.7x one on 2 cores (docs/SCALING.md).

Two crawls: ``--crawl varied`` (the default: an outlet-like crawl with a few % syndicated copies)
and ``--crawl pooled`` (the pathological one: pages drawn from a small paragraph pool, ~88%
near-duplicates, one event gathering hundreds of reports).

    .venv/bin/python benchmarks/bench_writer.py                    # 8,000 varied pages
    .venv/bin/python benchmarks/bench_writer.py --crawl pooled --pages 8000
    .venv/bin/python benchmarks/bench_writer.py --quick            # 2,000 pages of each crawl
    .venv/bin/python benchmarks/bench_writer.py --profile          # + the writer's top functions

Preparing 8,000 pages takes ~1-2 min of one core the first time (cached afterwards).
"""
from __future__ import annotations

import argparse
import gzip
import os
import pickle
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))
WORK = ROOT / "benchmarks" / "_work"


def prepared_crawl(kind: str, pages: int) -> tuple[list, float]:
    """The crawl's documents, prepared as a worker prepares them, and the worker's CPU per document
    (cached: the same arguments give the same pages)."""
    import build_warc

    from marsad.cluster.worker import _runner, _signer
    from marsad.document import Document
    from marsad.ingest.readers import read_path
    from marsad.resources import DEDUP_THRESHOLD
    from marsad.store.prepared import prepare_or_fail

    WORK.mkdir(parents=True, exist_ok=True)
    cache = WORK / f"writer-{kind}-{pages}-{build_warc.GENERATOR_VERSION}.pkl.gz"
    if cache.exists():
        with gzip.open(cache, "rb") as fh:
            return pickle.load(fh)
    with tempfile.TemporaryDirectory() as tmp:
        warc = os.path.join(tmp, "crawl.warc.gz")
        build_warc.write_warc(warc, build_warc.synthetic_pages(pages, crawl=kind))
        runner, signer = _runner((False, None, False)), _signer(DEDUP_THRESHOLD)
        out = []
        t0 = time.process_time()
        for item in read_path(warc):
            res = runner.process(item)
            if isinstance(res, Document):
                out.append(prepare_or_fail(res, signer))
        w = (time.process_time() - t0) / max(1, len(out))
    with gzip.open(cache, "wb", compresslevel=1) as fh:
        pickle.dump((out, w), fh, protocol=pickle.HIGHEST_PROTOCOL)
    return out, w


def write_all(docs: list, db: str, part: int, slice_: int, profile: bool) -> tuple[list[float], dict]:
    """CPU seconds per slice of ``slice_`` documents, and the store's row counts."""
    from marsad.store import open_store

    store = open_store(db)
    prof = None
    if profile:
        import cProfile

        prof = cProfile.Profile()
    slices, acc, done = [], 0.0, 0
    with store.keep_connections():
        for i in range(0, len(docs), part):
            batch = docs[i:i + part]
            t0 = time.thread_time()
            if prof:
                prof.enable()
            store.add_prepared(batch)
            if prof:
                prof.disable()
            acc += time.thread_time() - t0
            done += len(batch)
            if done >= slice_ * (len(slices) + 1) or done == len(docs):
                n = done - slice_ * len(slices)
                slices.append(acc / max(1, n))
                acc = 0.0
    counts = store.counts()
    store.close()
    if prof:
        import pstats

        pstats.Stats(prof).sort_stats("cumulative").print_stats(25)
    return slices, counts


def crawl_shape(db: str) -> str:
    from marsad.store import open_store

    with open_store(db, readonly=True) as st:
        docs = st.scalar("SELECT COUNT(*) FROM documents")
        dups = st.scalar("SELECT COUNT(*) FROM documents WHERE duplicate_of IS NOT NULL")
        events = st.scalar("SELECT COUNT(*) FROM events")
        top = st.scalar("SELECT MAX(n_reports) FROM events") or 0
        per = st.scalar("SELECT AVG(n) FROM (SELECT COUNT(*) AS n FROM reports WHERE event_id IS NOT NULL "
                        "GROUP BY event_id) t") or 0
    return (f"{docs} documents, {dups} near-duplicate or syndicated copies ({100 * dups / max(1, docs):.1f}%), "
            f"{events} events, {per:.2f} reports per event on average, at most {top}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pages", type=int, default=8000)
    ap.add_argument("--crawl", default="varied", help="varied, pooled, or both (comma-separated)")
    ap.add_argument("--quick", action="store_true", help="2,000 pages of both crawls")
    ap.add_argument("--slice", type=int, default=1000)
    ap.add_argument("--partition-size", type=int, default=64)
    ap.add_argument("--profile", action="store_true", help="cProfile the writes")
    ap.add_argument("--keep", metavar="DIR", help="write the databases into DIR and keep them")
    args = ap.parse_args()
    pages = 2000 if args.quick else args.pages
    kinds = ["varied", "pooled"] if args.quick else [k.strip() for k in args.crawl.split(",") if k.strip()]
    tmp = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="bench_writer_"))
    tmp.mkdir(parents=True, exist_ok=True)
    print(f"machine: {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}; partitions of {args.partition_size}")
    for kind in kinds:
        t0 = time.perf_counter()
        docs, w = prepared_crawl(kind, pages)
        print(f"{kind} crawl: {len(docs)} documents prepared ({time.perf_counter() - t0:.0f} s, cached in "
              f"benchmarks/_work); worker cost (read + analyse + prepare) {1000 * w:.2f} ms/doc")
        db = str(tmp / f"{kind}.db")
        for f in tmp.glob(f"{kind}.db*"):
            f.unlink()
        slices, _ = write_all(docs, db, args.partition_size, args.slice, args.profile)
        total = sum(s * min(args.slice, len(docs) - i * args.slice) for i, s in enumerate(slices)) / len(docs)
        print("  writer ms/doc per slice of %d: %s" % (args.slice, " ".join(f"{1000 * s:.2f}" for s in slices)))
        print(f"  writer mean {1000 * total:.2f} ms/doc = {total / w:.3f} of the worker's cost; last slice / first "
              f"slice {slices[-1] / slices[0]:.2f}x; 2 workers on 2 cores would give ~{2 * w / (w + total):.2f}x one")
        print(f"  {crawl_shape(db)}")
    if not args.keep:
        import shutil

        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
