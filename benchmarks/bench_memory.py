"""Is a worker's memory flat over a crawl? One plain process (no Dask) runs what a cluster worker
runs (``cluster.worker``: the pipeline, then ``store.prepared``) over a varied crawl of N pages and
prints its resident memory every 1,000 pages and at each quarter, with the verdict of the
criterion the cluster benchmark also states: **flat when the last quarter ends within 2 MB of the
third** (the per-word memos and the allocator have settled; the peer of each reading is the
third quarter's, measured in the same process). At the end: every memo the analysis keeps
(lru_cache and DictCache), its size and its cap, so a memo that still grows is named.

    .venv/bin/python benchmarks/bench_memory.py            # 10,000 pages (~1-2 min quiet)
    .venv/bin/python benchmarks/bench_memory.py --quick    # 4,000 pages
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

FLAT_MB = 2  # bench_cluster.FLAT_MB: the same criterion


def memos() -> list[tuple[int, int | None, str]]:
    """(entries, cap, name) of the analysis' memos now (``cluster.worker.find_memos``)."""
    from marsad.cluster.worker import find_memos

    out = []
    for m in find_memos():
        info = m.cache_info()
        fn = getattr(m, "fn", None)
        fn = getattr(fn, "func", fn) if fn is not None else m
        out.append((info.currsize, info.maxsize, f"{getattr(fn, '__module__', '')}.{getattr(fn, '__qualname__', fn)}"))
    return sorted(out, reverse=True, key=lambda r: r[0])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pages", type=int, default=10000)
    ap.add_argument("--quick", action="store_true", help="4,000 pages")
    ap.add_argument("--crawl", choices=("varied", "pooled", "open"), default="varied",
                    help="open: new people, places and figures on every page (an open vocabulary: the memos "
                         "keep filling, the worker's budget empties them)")
    ap.add_argument("--budget", type=int, metavar="N",
                    help="entries the memos may hold together before they are emptied (default: the worker's, "
                         "cluster.worker.MEMO_BUDGET; 0: no budget, each memo only its own cap)")
    args = ap.parse_args()
    pages = 4000 if args.quick else args.pages

    import build_warc

    from marsad.cluster.worker import MEMO_BUDGET, _runner, _signer, keep_memos_within, rss
    from marsad.document import Document
    from marsad.ingest.readers import read_path
    from marsad.resources import DEDUP_THRESHOLD
    from marsad.store.prepared import prepare_or_fail

    budget = MEMO_BUDGET if args.budget is None else args.budget

    with tempfile.TemporaryDirectory(prefix="bench_memory_") as tmp:
        warc = os.path.join(tmp, "crawl.warc.gz")
        build_warc.write_warc(warc, build_warc.synthetic_pages(pages, crawl=args.crawl))
        t0 = time.perf_counter()
        runner, signer = _runner((False, None, False)), _signer(DEDUP_THRESHOLD)  # as a cluster worker loads it
        print(f"crawl ({args.crawl}): {pages} pages; pipeline loaded in {time.perf_counter() - t0:.1f} s, "
              f"resident {rss() / 2 ** 20:.0f} MB; machine load {os.getloadavg()[0]:.1f}")
        quarters, line, cpu0, done, emptied = [], [], time.process_time(), 0, 0
        for i, item in enumerate(read_path(warc), 1):
            res = runner.process(item)
            if isinstance(res, Document):
                prepare_or_fail(res, signer)
            done = i
            if i % 256 == 0 and budget:  # a worker checks its memos' budget after each partition (256 pages)
                emptied += keep_memos_within(budget)
            if i % 1000 == 0:
                line.append(f"{rss() / 2 ** 20:.0f}")
            if i * 4 // pages > len(quarters) and len(quarters) < 4:
                quarters.append(rss())
        cpu = time.process_time() - cpu0
    if len(quarters) < 4:
        quarters.append(rss())
    print(f"resident every 1,000 pages (MB): {' '.join(line)}")
    mb = [q / 2 ** 20 for q in quarters]
    flat = mb[3] - mb[2] <= FLAT_MB
    print(f"resident at each quarter: {' -> '.join(f'{v:.1f}' for v in mb)} MB; last quarter {mb[3] - mb[2]:+.1f} MB "
          f"against the third: {'flat' if flat else 'NOT flat'} (criterion: within {FLAT_MB} MB); "
          f"{1000 * cpu / max(1, done):.2f} ms of CPU per page")
    print(f"memos emptied {emptied} times by the worker's budget ({budget or 'none'} entries together); "
          "entries / cap now:")
    for n, cap, name in memos():
        if n >= 100:
            print(f"  {n:>7} / {cap if cap is not None else 'none':>7}  {name}")
    return 0 if flat else 1


if __name__ == "__main__":
    sys.exit(main())
