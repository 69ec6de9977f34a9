"""1 vs 2 Dask workers (and the serial runner, the peer) over the same WARC crawl, in one run.

A directory of gzipped WARCs of distinct pages made from our samples (scripts/build_warc.py
--pages N --files 4) is ingested into a fresh SQLite database three times: by the serial runner
(``marsad ingest``, one process), by a local Dask cluster of 1 worker and of 2 workers
(``marsad ingest --workers N``). Each cluster is started and its workers' pipelines loaded before
the clock starts (startup is reported apart); wall time of the ingest itself, documents/s, the
speed-up of 2 workers over 1, each worker's peak resident memory (VmHWM) and the driver's; and the
three databases' content hashes, which must be equal.

    .venv/bin/python benchmarks/bench_cluster.py [--pages 4000] [--partition-size 64] [--db-dir DIR]

Run it on an otherwise idle machine: the figures are only as good as the cores are free.
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


def _warm(opts):
    from marsad.cluster.worker import _runner

    _runner(opts)  # build the pipeline (lexicons, models) once on this worker
    return os.getpid()


def _mb(n: int) -> str:
    return f"{n / 2 ** 20:.0f} MB"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pages", type=int, default=4000)
    ap.add_argument("--files", type=int, default=4)
    ap.add_argument("--partition-size", type=int, default=64)
    ap.add_argument("--db-dir", help="where the databases go (default: a temporary folder)")
    ap.add_argument("--skip-serial", action="store_true")
    args = ap.parse_args()

    import build_warc
    from distributed import Client, LocalCluster

    from marsad.cluster.run import database_fingerprint, ingest_cluster
    from marsad.cluster.worker import peak_rss
    from marsad.commands.ingest import ingest

    tmp = Path(tempfile.mkdtemp(prefix="bench_cluster_"))
    crawl = tmp / "crawl"
    crawl.mkdir()
    per = -(-args.pages // args.files)
    for i in range(args.files):
        build_warc.write_warc(str(crawl / f"crawl-{i:03d}.warc.gz"),
                              build_warc.synthetic_pages(min(per, args.pages - i * per), start=i * per))
    size = sum(f.stat().st_size for f in crawl.iterdir())
    files = sorted(str(f) for f in crawl.iterdir())
    dbdir = Path(args.db_dir) if args.db_dir else tmp
    print(f"crawl: {args.pages} pages in {args.files} gzipped WARCs, {_mb(size)}; partitions of {args.partition_size}")
    results = {}
    cpu_stats = {}
    serial_cpu = None

    if not args.skip_serial:
        db = str(dbdir / "serial.db")
        from marsad.runner import Runner

        Runner()  # load the pipeline before the clock, as the workers are warmed below
        t0, c0 = time.perf_counter(), time.process_time()
        st = ingest(files, db)
        dt, cpu = time.perf_counter() - t0, time.process_time() - c0
        results["serial"] = (dt, st["stored"], database_fingerprint(db))
        serial_cpu = cpu
        print(f"serial runner (peer):  {dt:7.1f} s  {st['stored'] / dt:6.1f} docs/s  stored {st['stored']}  "
              f"process peak {_mb(peak_rss())}  CPU {cpu:.1f} s ({1000 * cpu / st['stored']:.1f} ms/doc)")

    for n in (1, 2):
        db = str(dbdir / f"workers{n}.db")
        t0 = time.perf_counter()
        cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=":0",
                               memory_limit=0, silence_logs=40)
        client = Client(cluster)
        client.run(_warm, (False, None, False))
        startup = time.perf_counter() - t0
        try:
            t0 = time.perf_counter()
            s = ingest_cluster(files, db, partition_size=args.partition_size, client=client)
            dt = time.perf_counter() - t0
        finally:
            client.close()
            cluster.close()
        fp = database_fingerprint(db)
        results[n] = (dt, s.stored, fp)
        mem = ", ".join(_mb(v) for _, v in sorted(s.peak_rss.items()))
        print(f"{n} worker{'s' if n > 1 else ' '} (dask):     {dt:7.1f} s  {s.stored / dt:6.1f} docs/s  stored {s.stored}  "
              f"worker peak {mem}  (cluster start + pipeline load {startup:.1f} s)")
        print(f"    CPU: workers {s.worker_cpu:.1f} s ({1000 * s.worker_cpu / s.stored:.1f} ms/doc), "
              f"driver {s.driver_cpu:.1f} s ({1000 * s.driver_cpu / s.stored:.1f} ms/doc: writing + scheduler)")
        cpu_stats[n] = s
    print(f"driver peak memory: {_mb(peak_rss())}")
    one, two = results[1], results[2]
    print(f"speed-up, 2 workers over 1: {one[0] / two[0]:.2f}x")
    if "serial" in results:
        print(f"2 workers over the serial runner: {results['serial'][0] / two[0]:.2f}x")
    s2 = cpu_stats[2]
    w, d = s2.worker_cpu / s2.stored, s2.driver_cpu / s2.stored  # CPU seconds per document
    one_w = max(w, d)  # 1 worker: worker and driver run side by side
    print(f"from CPU time per document (workers {1000 * w:.1f} ms, driver {1000 * d:.1f} ms), what free cores give: "
          f"2 workers over 1 = {one_w / max(d, w / 2):.2f}x with a core for the driver, "
          f"{one_w / ((w + d) / 2):.2f}x on 2 cores shared with it; the driver caps any cluster at "
          f"{1 / d:.0f} docs/s")
    if serial_cpu:
        print(f"cluster CPU per document over the serial run's: {(w + d) * s2.stored / serial_cpu:.2f}x")
    print(f"load average during the run: {os.getloadavg()[0]:.1f} (cores: {os.cpu_count()})")
    same = len({r[2] for r in results.values()}) == 1
    print(f"databases identical (content hash): {'yes' if same else 'NO'}  {two[2][:16]}")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
