"""Cost per MB as one document grows: is every stage linear, is memory flat?

Documents of 0.1, 1, 4 and 16 MB of dense Arabic (the sample corpus's own paragraphs, shuffled
with a fixed seed for each repetition) go through what ``marsad extract`` does — reading,
cleaning, then every pipeline stage — in two shapes: *lines* (one paragraph a line) and *one
line* (the same paragraphs joined by spaces: no line breaks at all, the case that used to go
quadratic). The page cleaner is timed on the document, then the stages run on the whole text
(as ``--passage`` reads it), so no stage is spared text the cleaner dropped. Each size runs in its own process, so its peak resident memory (ru_maxrss) is its
own; the baseline (interpreter, models, lexicons, a warm-up page) is subtracted.

The named peer is PyArabic's tokenizer (``pyarabic.araby.tokenize``) on the same text in the same
process: a linear reference whose per-MB time any linear pipeline should track. The figure to
read is the *flatness*: seconds per MB at each size divided by seconds per MB at 1 MB (the first
size of at least 1 MB; a smaller row also pays first-call costs, so it reads above 1).

    .venv/bin/python benchmarks/bench_size.py [--sizes 0.1,1,4,16] [--shapes lines,oneline]
                                              [--timeout 600] [--stages] [--quick]
    .venv/bin/python benchmarks/bench_size.py --memory --sizes 1 --shapes lines   # what holds memory

A size whose run passes ``--timeout`` CPU seconds is reported with the stage it was in: that stage is the
non-linear one.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
MB = 1024 * 1024


def paragraphs() -> list[str]:
    out = []
    for p in sorted((ROOT / "samples" / "corpus").glob("*.txt")):
        out += [x.strip() for x in p.read_text(encoding="utf-8").split("\n") if len(x.strip()) > 40]
    return out


def make_doc(size_mb: float, shape: str, seed: int = 15) -> str:
    paras = paragraphs()
    rng = random.Random(seed)
    sep = "\n" if shape == "lines" else " "
    want = int(size_mb * MB)
    parts, n = [], 0
    while n < want:
        batch = paras[:]
        rng.shuffle(batch)
        for p in batch:
            parts.append(p)
            n += len(p.encode("utf-8")) + 1
            if n >= want:
                break
    return sep.join(parts)


def rss_mb() -> float:
    """Peak resident MB of this process. VmHWM where /proc has it: ru_maxrss survives exec on
    Linux, so a child would report its parent's peak."""
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KB


def child(path: str) -> int:
    """One document through reading, cleaning and every stage; JSON figures on stdout."""
    os.environ["MARSAD_MAX_DOC_BYTES"] = str(64 * MB)
    from marsad.ingest.readers import ReadError, read_path
    from marsad.runner import Runner

    runner = Runner(any_language=True)
    warm = runner.prepare(next(iter(read_path(str(ROOT / "samples" / "corpus" / "e01.txt")))))
    runner.pipeline(warm)
    base = rss_mb()
    stages: dict[str, float] = {}

    def lap(name, fn, *args):
        print(f"stage {name}", file=sys.stderr, flush=True)
        t0 = time.process_time()
        out = fn(*args)
        stages[name] = time.process_time() - t0
        return out

    [raw] = lap("read", lambda: list(read_path(path)))
    if isinstance(raw, ReadError):
        print(json.dumps({"error": str(raw)}))
        return 1
    cleaned = lap("clean", runner.prepare, raw)  # the page cleaner, timed; it may cut what it takes for
    kept = len(cleaned.text)                     # furniture or glued articles, so the stages below run on
    del cleaned                                  # the whole text (as --passage reads it)
    runner.passage = True
    doc = runner.prepare(raw)
    for name, comp in runner.pipeline.components:
        lap(name, comp, doc)
    total = sum(stages.values())
    peak = rss_mb()
    from pyarabic.araby import tokenize

    text = raw.text
    t0 = time.process_time()
    tokenize(text)
    peer = time.process_time() - t0
    print(json.dumps({"seconds": total, "stages": stages, "peak_mb": peak, "base_mb": base, "peer_seconds": peer,
                      "mb": len(text.encode("utf-8")) / MB, "chars": len(text), "clean_chars": kept,
                      "spans": {k: len(v) for k, v in doc.layers.items()}}))
    return 0


def memory_child(path: str, top: int = 12) -> int:
    """Where the peak comes from: tracemalloc around reading, cleaning and each stage. For each step
    prints the Python memory it keeps (after minus before) and its own peak above what was live
    when it started, then the source lines holding the most memory at the end (document, layers)."""
    import tracemalloc

    os.environ["MARSAD_MAX_DOC_BYTES"] = str(64 * MB)
    from marsad.ingest.readers import read_path
    from marsad.runner import Runner

    runner = Runner(any_language=True)
    warm = runner.prepare(next(iter(read_path(str(ROOT / "samples" / "corpus" / "e01.txt")))))
    runner.pipeline(warm)
    del warm
    tracemalloc.start(1)
    rows = []

    grown: dict[str, list] = {}
    skip = [tracemalloc.Filter(False, tracemalloc.__file__)]
    last = [tracemalloc.take_snapshot().filter_traces(skip)]

    def lap(name, fn, *args):
        before = tracemalloc.get_traced_memory()[0]
        tracemalloc.reset_peak()
        out = fn(*args)
        now, peak = tracemalloc.get_traced_memory()
        rows.append((name, (now - before) / MB, (peak - before) / MB))
        snap = tracemalloc.take_snapshot().filter_traces(skip)
        grown[name] = [d for d in snap.compare_to(last[0], "lineno")[:3] if d.size_diff > MB / 20]
        last[0] = snap
        return out

    [raw] = lap("read", lambda: list(read_path(path)))
    mb = len(raw.text.encode("utf-8")) / MB
    cleaned = lap("clean", runner.prepare, raw)
    del cleaned
    runner.passage = True
    doc = lap("document", runner.prepare, raw)
    for name, comp in runner.pipeline.components:
        lap(name, comp, doc)
    snap = last[0]
    print(f"tracemalloc, {mb:.2f} MB of text ({len(raw.text):,} characters): MB of Python memory per MB of text")
    print(f"{'step':12} {'kept':>8} {'peak':>8}   (kept: the source lines that grew most)")

    def where(fr) -> str:
        return f"{fr.filename.split('/src/')[-1].split('/site-packages/')[-1]}:{fr.lineno}"

    for name, kept, peak in rows:
        print(f"{name:12} {kept / mb:8.1f} {peak / mb:8.1f}   "
              + ", ".join(f"{where(d.traceback[0])} {d.size_diff / MB / mb:.1f}" for d in grown[name]))
    total = tracemalloc.get_traced_memory()[0] / MB
    print(f"live at the end: {total / mb:.1f} MB per MB; the lines holding most of it:")
    for stat in snap.statistics("lineno")[:top]:
        print(f"  {stat.size / MB / mb:7.1f} MB/MB {stat.count:>10,} blocks  {where(stat.traceback[0])}")
    return 0


def run_size(size: float, shape: str, timeout: float) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        p = Path(tmp) / f"doc_{size}_{shape}.txt"
        p.write_text(make_doc(size, shape), encoding="utf-8")
        cmd = [sys.executable, __file__, "--child", str(p)]
        t0 = time.time()

        def cpu_limit():  # the limit is CPU seconds, so a busy shared machine does not fake a timeout
            resource.setrlimit(resource.RLIMIT_CPU, (int(timeout), int(timeout) + 5))

        try:
            proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout * 8, preexec_fn=cpu_limit)
        except subprocess.TimeoutExpired as e:
            err = (e.stderr or b"").decode() if isinstance(e.stderr, bytes) else (e.stderr or "")
            proc = subprocess.CompletedProcess(cmd, -9, "", err)
        if proc.returncode < 0:  # SIGXCPU (CPU limit) or killed at the wall-clock guard
            last = [x for x in proc.stderr.splitlines() if x.startswith("stage ")]
            return {"timeout": timeout, "stage": last[-1][6:] if last else "?", "wall": time.time() - t0}
        if proc.returncode != 0:
            return {"error": (proc.stderr.strip().splitlines() or ["?"])[-1]}
        return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--sizes", default="0.1,1,4,16", help="document sizes in MB (comma-separated)")
    ap.add_argument("--quick", action="store_true", help="sizes 0.1,1,4 only (a few minutes; 16 MB is the long row)")
    ap.add_argument("--shapes", default="lines,oneline", help="lines, oneline or both")
    ap.add_argument("--timeout", type=float, default=600,
                    help="CPU seconds allowed per document before it is called non-linear (default 600)")
    ap.add_argument("--stages", action="store_true", help="also print seconds per MB for every stage")
    ap.add_argument("--memory", action="store_true",
                    help="instead of timing: tracemalloc per step on the first size and shape (what holds the peak)")
    args = ap.parse_args()
    if args.child:
        return child(args.child)
    sizes = [float(s) for s in ("0.1,1,4" if args.quick else args.sizes).split(",")]
    if args.memory:
        with tempfile.TemporaryDirectory() as tmp:
            p = Path(tmp) / "doc.txt"
            p.write_text(make_doc(sizes[0], args.shapes.split(",")[0]), encoding="utf-8")
            return memory_child(str(p))
    print(f"bench_size: one document through read + clean + every stage; peer pyarabic.araby.tokenize; "
          f"CPU seconds; peak RSS above baseline")
    print(f"{'shape':8} {'MB':>6} {'s':>8} {'s/MB':>8} {'flat':>6} {'peer s/MB':>10} {'x peer':>8} "
          f"{'peak MB':>8} {'MB/MB':>7}")
    results = []
    for shape in args.shapes.split(","):
        first, pers = None, []
        for size in sizes:
            r = run_size(size, shape, args.timeout)
            r.update(shape=shape, size=size)
            results.append(r)
            if "timeout" in r:
                print(f"{shape:8} {size:6g} {'>' + str(int(r['timeout'])):>8}   CPU limit reached in stage {r['stage']!r}")
                continue
            if "error" in r:
                print(f"{shape:8} {size:6g}   error: {r['error']}")
                continue
            per = r["seconds"] / r["mb"]
            # flat against the first row of at least 1 MB (a 0.1 MB row also pays first-call
            # costs); rows before it show "-" here and get their figure in the shape's summary
            pers.append((size, per))
            if first is None and (r["mb"] >= 0.99 or size == sizes[-1]):
                first = per
            peer = r["peer_seconds"] / r["mb"]
            extra = max(0.0, r["peak_mb"] - r["base_mb"])
            flat = f"{per / first:6.2f}" if first else f"{'-':>6}"
            print(f"{shape:8} {r['mb']:6.2f} {r['seconds']:8.2f} {per:8.2f} {flat} {peer:10.3f} "
                  f"{per / peer if peer else float('nan'):8.0f} {extra:8.0f} {extra / r['mb']:7.1f}")
            if args.stages:
                print("          " + "  ".join(f"{k} {v / r['mb']:.2f}" for k, v in r["stages"].items()))
                print(f"          the cleaner kept {r['clean_chars'] / r['chars']:.0%}; spans "
                      + ", ".join(f"{k} {v}" for k, v in r["spans"].items()))
            sys.stdout.flush()
        if first and pers:
            print(f"{shape:8} flat (s/MB over s/MB at {next((m for m, p in pers if p == first), 0):g} MB): "
                  + ", ".join(f"{m:g} MB {p / first:.2f}" for m, p in pers))
    out = ROOT / "benchmarks" / "_work"
    out.mkdir(exist_ok=True)
    (out / "bench_size.json").write_text(json.dumps(results, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
