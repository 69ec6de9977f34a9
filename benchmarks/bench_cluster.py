"""1 vs 2 Dask workers over the same WARC crawl, into SQLite and into PostgreSQL, in one run.

A directory of gzipped WARCs of distinct pages made from our samples (scripts/build_warc.py
--pages N --files 4) is ingested by a local Dask cluster of 1 worker, then of 2 workers
(``marsad ingest --workers N``), into a fresh SQLite file and into a fresh database on a throwaway
PostgreSQL server (scripts/pg_local.py; PostgreSQL's default durability settings). The peer of the
2-worker figure is the 1-worker run on the same store in this process. The pair is run ``--rounds``
times (default 2), alternating which goes first (1 then 2 workers, then 2 then 1): a drift of the
machine's speed over the benchmark, or whatever the first run of a pair meets (a fresh server, cold
files), then falls on both sides of the ratio. The headline is the pooled speed-up (all 1-worker time
over all 2-worker time), printed with each round's, their median and their range.

Each cluster is started and its workers' pipelines loaded before the clock starts (startup is
reported apart). Printed per run: wall time, documents/s, CPU per document on the workers (read,
analyse, prepare rows), on the driver (write, scheduler) and in the PostgreSQL server; each
worker's peak resident memory and its resident memory at each quarter of the crawl (flat memory);
then the speed-up of 2 workers over 1, the arithmetic from the CPU figures, and whether the
databases are identical (content hash over every row) to each other and, with ``--serial``, to
the serial runner's (the peer of the cluster on one core).

    .venv/bin/python benchmarks/bench_cluster.py                  # the issue's 20,000 pages, 2 rounds
    .venv/bin/python benchmarks/bench_cluster.py --stores postgresql --corun 0 --rounds 3
    .venv/bin/python benchmarks/bench_cluster.py --quick          # 2,000 pages
    .venv/bin/python benchmarks/bench_cluster.py --pages 5000 --stores sqlite --serial

Run it on an otherwise idle machine: the figures are only as good as the cores are free.
"""
from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "benchmarks"))


def _warm(opts):
    from marsad.cluster.worker import _runner, _signer
    from marsad.resources import DEDUP_THRESHOLD

    _runner(opts)  # build the pipeline (lexicons, models) once on this worker
    _signer(DEDUP_THRESHOLD)
    return os.getpid()


def _mb(n: float) -> str:
    return f"{n / 2 ** 20:.0f} MB"


# Flat memory, as this benchmark states it: a worker's resident memory at the end of the last
# quarter of the crawl is within FLAT_MB of the third's (the memos and the allocator settled).
FLAT_MB = 2
_PEAK = [0]  # the driver's peak before the last reset (the benchmark's own peak is the max of both)


def _quarters(trace: list[tuple[int, int, int]], partitions: int) -> dict[int, list[int]]:
    """Per worker pid: resident bytes at the last partition it finished in each quarter of the run."""
    out: dict[int, list[int]] = {}
    for q in range(1, 5):
        upto = partitions * q / 4
        for pid in {p for _, p, _ in trace}:
            seen = [r for i, p, r in trace if p == pid and i < upto]
            if seen:
                out.setdefault(pid, []).append(seen[-1])
    return out


def run_cluster(n: int, files: list[str], db: str, partition_size: int | None, server_cpu=None) -> dict:
    from marsad.cluster.run import connect, ingest_cluster
    from marsad.cluster.worker import peak_rss, reset_peak_rss, rss

    t0 = time.perf_counter()
    client, cluster = connect(n)  # the local cluster `marsad ingest --workers N` starts, its settings
    client.run(_warm, (False, None, False))
    startup = time.perf_counter() - t0
    try:
        pg0 = server_cpu() if server_cpu else None
        driver0 = rss()
        _PEAK[0] = max(_PEAK[0], peak_rss())
        peak_ok = reset_peak_rss()  # the driver's peak below is this run's, not the benchmark's
        t0 = time.perf_counter()
        s = ingest_cluster(files, db, partition_size=partition_size, client=client)
        wall = time.perf_counter() - t0
        if server_cpu:  # the writer's backend exits as the run closes its store: once the server has
            time.sleep(1.0)  # reaped it, its CPU is in the postmaster's children's time, not lost between the two
        pg = (server_cpu() - pg0) if server_cpu and pg0 is not None else None
        driver = (driver0, peak_rss() if peak_ok else None, rss())
    finally:
        client.close()
        cluster.close()
    return {"n": n, "wall": wall, "stats": s, "startup": startup, "server_cpu": pg, "driver": driver}


def _plain(path: str, limit: int, barrier, out) -> None:
    """A plain process (no Dask): the worker's pipeline over the first ``limit`` pages of ``path``
    after a warm-up of 50; puts its CPU seconds per document (this process, one thread)."""
    from marsad.cluster.worker import _runner, _signer
    from marsad.document import Document
    from marsad.ingest.readers import read_path
    from marsad.resources import DEDUP_THRESHOLD
    from marsad.store.prepared import prepare_or_fail

    runner, signer = _runner((False, None, False)), _signer(DEDUP_THRESHOLD)
    items = []
    for item in read_path(path):
        items.append(item)
        if len(items) >= limit + 50:
            break
    for item in items[:50]:
        runner.process(item)
    barrier.wait()
    t0 = time.process_time()
    for item in items[50:]:
        res = runner.process(item)
        if isinstance(res, Document):
            prepare_or_fail(res, signer)
    out.put((time.process_time() - t0) / max(1, len(items) - 50))


def corun(path: str, limit: int) -> None:
    """The peer of the workers' CPU per document with 1 and 2 workers: the same analysis in one
    plain process alone, then in two at once (no Dask, no driver). What two busy processes cost
    each other on these cores (shared caches, the hypervisor) shows here; what is left of the
    workers' growth is the cluster's."""
    import multiprocessing as mp

    ctx = mp.get_context("spawn")
    got = {}
    for k in (1, 2):
        barrier, out = ctx.Barrier(k), ctx.Queue()
        procs = [ctx.Process(target=_plain, args=(path, limit, barrier, out)) for _ in range(k)]
        for p in procs:
            p.start()
        got[k] = [out.get() for _ in procs]
        for p in procs:
            p.join()
    alone, both = got[1][0], sum(got[2]) / 2
    print(f"plain processes, no Dask ({limit} pages each): CPU per document alone {1000 * alone:.2f} ms, two at once "
          f"{', '.join(f'{1000 * v:.2f}' for v in got[2])} ms ({100 * (both / alone - 1):+.0f}%: what two busy "
          f"processes cost each other on these cores)")


def report(label: str, r: dict) -> None:
    s = r["stats"]
    docs = max(1, s.stored)
    mem = ", ".join(_mb(v) for _, v in sorted(s.peak_rss.items()))
    print(f"  {r['n']} worker{'s' if r['n'] > 1 else ' '}: {r['wall']:7.1f} s  {s.stored / r['wall']:6.1f} docs/s  "
          f"stored {s.stored}  errors {s.errors}  ({s.partitions} partitions of {s.partition_size}; "
          f"cluster start + pipeline load {r['startup']:.1f} s)")
    cpu = (f"    CPU per document: workers {1000 * s.worker_cpu / docs:.2f} ms (task threads {1000 * s.task_cpu / docs:.2f}, "
           f"Dask's threads meanwhile {1000 * (s.worker_cpu - s.task_cpu) / docs:.2f}), driver {1000 * s.driver_cpu / docs:.2f} ms"
           f" (of which writing {1000 * s.write_cpu / docs:.2f} ms; the rest is the scheduler and client, "
           f"{100 * (s.driver_cpu - s.write_cpu) / r['wall']:.0f}% of a core while the run lasts)")
    if r["server_cpu"] is not None:
        cpu += f", PostgreSQL server {1000 * r['server_cpu'] / docs:.2f} ms"
    print(cpu)
    print(f"    peak memory per worker: {mem}")
    for pid, rs in sorted(_quarters(s.rss_trace, s.partitions).items()):
        flat = len(rs) == 4 and rs[3] - rs[2] <= FLAT_MB * 2 ** 20
        print(f"    worker {pid} resident at each quarter of the crawl: {' -> '.join(_mb(v) for v in rs)} "
              f"({'flat' if flat else 'NOT flat'}: the last quarter {'within' if flat else 'more than'} {FLAT_MB} MB "
              f"of the third)")
    before, peak, after = r["driver"]
    print(f"    driver resident: {_mb(before)} before the run, {_mb(after)} after, peak during it "
          f"{_mb(peak) if peak else 'not measurable here'}")


def arithmetic(one: dict, two: dict) -> None:
    """What the CPU figures allow on 2 cores: 1 worker is worker-bound (the driver and the
    database take the other core): w1 per document; 2 workers share both cores with them:
    (w2 + d) / 2, where w2 is a worker's CPU per document while two run (it grows when two busy
    processes share the cores: the plain-process peer above shows by how much without Dask)."""
    s, s1 = two["stats"], one["stats"]
    docs, docs1 = max(1, s.stored), max(1, s1.stored)
    w1, w2 = s1.worker_cpu / docs1, s.worker_cpu / docs
    d = (s.driver_cpu + (two["server_cpu"] or 0)) / docs
    dw = (s.write_cpu + (two["server_cpu"] or 0)) / docs  # the writes alone, without Dask's time-based share
    t1 = max(w1, (s1.driver_cpu + (one["server_cpu"] or 0)) / docs1)
    print(f"    arithmetic: worker w1 = {1000 * w1:.2f} ms/doc alone, w2 = {1000 * w2:.2f} when two run "
          f"({100 * (w2 / w1 - 1):+.0f}%), driver + database d = {1000 * d:.2f} ms/doc (writes {1000 * dw:.2f}); "
          f"1 worker takes max(w1, d), 2 workers on 2 cores (w2 + d) / 2: expected {t1 / ((w2 + d) / 2):.2f}x "
          f"({2 * w1 / (w1 + d):.2f}x if w did not grow); with a free core for the driver {t1 / max(d, w2 / 2):.2f}x; "
          f"the ordered writer caps a cluster at {1 / dw:.0f} docs/s")
    return t1 / ((w2 + d) / 2)


# A pair's first run meets a fresh server, cold files and whatever the machine is doing as it
# starts; the second a warmed one. Alternating the order from round to round puts each worker count
# first as often as second, so a drift of the machine's speed over the benchmark cancels out of the
# pooled figure instead of landing on one side of the ratio.
ORDERS = ((1, 2), (2, 1))


def summary(store: str, rounds: list[dict]) -> None:
    """The speed-up over every round: each round's, their median and range, and the pooled one
    (all 1-worker time over all 2-worker time: the figure a drift over the run cancels out of)."""
    import statistics

    each = [r[1]["wall"] / r[2]["wall"] for r in rounds]
    pooled = sum(r[1]["wall"] for r in rounds) / sum(r[2]["wall"] for r in rounds)
    docs = [(r[1]["stats"].stored / r[1]["wall"], r[2]["stats"].stored / r[2]["wall"]) for r in rounds]
    print(f"    SPEED-UP, 2 workers over 1 ({store}, {len(rounds)} round(s), orders alternating): "
          f"pooled {pooled:.2f}x, median {statistics.median(each):.2f}x, range {min(each):.2f}-{max(each):.2f}x "
          f"(rounds: {', '.join(f'{v:.2f}x' for v in each)}); docs/s 1 worker "
          f"{', '.join(f'{a:.1f}' for a, _ in docs)}, 2 workers {', '.join(f'{b:.1f}' for _, b in docs)}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pages", type=int, default=20000, help="pages in the crawl (default 20000, the issue's)")
    ap.add_argument("--quick", action="store_true", help="2,000 pages")
    ap.add_argument("--crawl", choices=("varied", "pooled"), default="varied",
                    help="varied: like an outlet's crawl (default); pooled: mostly near-duplicates (stress case)")
    ap.add_argument("--files", type=int, default=4)
    ap.add_argument("--partition-size", type=int, help="documents per partition (default: marsad's own choice)")
    ap.add_argument("--stores", default="sqlite,postgresql", help="comma-separated: sqlite, postgresql")
    ap.add_argument("--serial", action="store_true", help="also the serial runner into SQLite (one core)")
    ap.add_argument("--keep", metavar="DIR", help="keep the crawl and databases in DIR")
    ap.add_argument("--rounds", type=int, default=2,
                    help="pairs of runs per store, alternating which goes first (default 2: 1,2 then 2,1 workers)")
    ap.add_argument("--corun", type=int, default=1000, metavar="PAGES",
                    help="pages for the plain-process peer (1 vs 2 processes without Dask; 0: skip)")
    args = ap.parse_args()
    pages = 2000 if args.quick else args.pages

    import build_warc
    import pg_local

    from marsad.cluster.run import database_fingerprint
    from marsad.cluster.worker import peak_rss

    tmp = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="bench_cluster_"))
    crawl = tmp / "crawl"
    shutil.rmtree(crawl, ignore_errors=True)
    crawl.mkdir(parents=True)
    t0 = time.perf_counter()
    per = -(-pages // args.files)
    for i in range(args.files):
        if pages - i * per > 0:
            build_warc.write_warc(str(crawl / f"crawl-{i:03d}.warc.gz"),
                                  build_warc.synthetic_pages(min(per, pages - i * per), start=i * per,
                                                             crawl=args.crawl))
    files = sorted(str(f) for f in crawl.iterdir())
    size = sum(f.stat().st_size for f in crawl.iterdir())
    print(f"crawl ({args.crawl}): {pages} pages in {len(files)} gzipped WARCs, {_mb(size)} (built in {time.perf_counter() - t0:.0f} s); "
          f"partitions of {args.partition_size or 'the default size'}; machine: {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}")
    started = time.perf_counter()
    if args.corun:
        corun(files[0], min(args.corun, per))
    ok = True
    hashes: dict[str, str] = {}
    with ExitStack() as stack:
        for store in [s.strip() for s in args.stores.split(",") if s.strip()]:
            server_cpu = None
            if store == "sqlite":
                make = lambda name: str(tmp / f"{name}.db")  # noqa: E731
                drop = lambda name: [f.unlink() for f in tmp.glob(f"{name}.db*")]  # noqa: E731
                for f in tmp.glob("workers*.db*"):
                    f.unlink()
            elif store == "postgresql":
                try:
                    host, port, user = stack.enter_context(pg_local.throwaway_server(fsync=True))
                except pg_local.Unavailable as e:
                    print(f"postgresql: not measured ({e})")
                    continue
                make = lambda name: pg_local.create_database(host, port, user, name)  # noqa: E731
                drop = lambda name: pg_local.drop_database(host, port, user, name)  # noqa: E731
                server_cpu = lambda: pg_local.server_cpu(port)  # noqa: E731
            else:
                print(f"unknown store {store!r}: sqlite or postgresql")
                return 2
            print(f"{store}:")
            rounds = []  # per round {1: run, 2: run}
            for r in range(args.rounds):
                runs = {}
                print(f"  round {r + 1} of {args.rounds}:")
                for n in ORDERS[r % 2]:  # rounds alternate which run goes first (drift cancels)
                    name = f"workers{n}-{r}"
                    db = make(name)
                    runs[n] = run_cluster(n, files, db, args.partition_size, server_cpu)
                    report(store, runs[n])
                    hashes[f"{store} {n} worker(s), round {r + 1}"] = database_fingerprint(db)
                    if store == "sqlite" and n == 2 and r == 0:
                        from bench_writer import crawl_shape

                        print(f"    the crawl as stored: {crawl_shape(db)}")
                    if not args.keep:
                        drop(name)
                rounds.append(runs)
                print(f"    speed-up, 2 workers over 1 ({store}, round {r + 1}, {ORDERS[r % 2][0]} worker(s) first): "
                      f"{runs[1]['wall'] / runs[2]['wall']:.2f}x")
                arithmetic(runs[1], runs[2])
            summary(store, rounds)
            mine = {v for k, v in hashes.items() if k.startswith(store + " ")}
            same = len(mine) == 1
            ok &= same
            print(f"    every run ({2 * args.rounds}) gives the same database (content hash): {'yes' if same else 'NO'}")
    if args.serial:
        from marsad.commands.ingest import ingest
        from marsad.runner import Runner

        db = str(tmp / "serial.db")
        for f in tmp.glob("serial.db*"):
            f.unlink()
        Runner()  # load the pipeline before the clock, as the workers are warmed
        t0 = time.perf_counter()
        st = ingest(files, db)
        dt = time.perf_counter() - t0
        print(f"serial runner into SQLite (one core): {dt:7.1f} s  {st['stored'] / dt:6.1f} docs/s")
        if "sqlite 1 worker(s), round 1" in hashes:
            same = database_fingerprint(db) == hashes["sqlite 1 worker(s), round 1"]
            ok &= same
            print(f"    the serial database is identical to the clustered ones: {'yes' if same else 'NO'}")
    print(f"driver peak memory over the whole benchmark (the content hashes included): {_mb(max(_PEAK[0], peak_rss()))}; load average at the end: {os.getloadavg()[0]:.1f}; "
          f"whole benchmark {time.perf_counter() - started:.0f} s")
    if not args.keep:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
