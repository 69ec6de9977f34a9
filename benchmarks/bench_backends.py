"""PostgreSQL vs SQLite as marsad's store, in one run: ingest throughput and the web's event queries.

1. Ingest. The same generated documents (benchmarks/bench_pipeline.py's generator) go into a fresh
   SQLite file and a fresh PostgreSQL database on a throwaway server (scripts/pg_local.py,
   PostgreSQL's default durability), twice each, alternating: end to end with ``marsad ingest``
   (analysis + write, one process), and the write alone (documents analysed and prepared once,
   then ``Store.add_prepared`` in batches of 64, as the cluster's driver writes). Documents/s
   for each, and PostgreSQL over SQLite. For PostgreSQL the server's own CPU is given too; for
   the write alone, the CPU per document of the writing process and of the server, against the
   analysis CPU per document measured here, gives docs/SCALING.md's 2-core speed-up 2w/(w+d).
2. Queries on a large database. A SQLite database of ``--docs`` documents (default 100,000) is
   built as the web benchmark builds it (benchmarks/bench_web.py: a base run through the pipeline,
   replicated in SQL) and copied row for row into PostgreSQL. Then the web's event queries, through
   the same functions the web workbench calls (``views.events.event_rows`` for a filtered, sorted
   page, ``Store.count_events`` for its total, ``views.events.event_detail`` for an event page),
   run against both, request by request alternating backends: p50/p95 per kind and the ratio.

    .venv/bin/python benchmarks/bench_backends.py            # 1,000 documents ingested, 100k queried
    .venv/bin/python benchmarks/bench_backends.py --quick    # 300 ingested, 10k queried

Timings are only as good as the cores are free; run it on an otherwise idle machine.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "benchmarks"))

TABLES = ("outlets", "documents", "near_duplicates", "lsh_bands", "document_spans", "events", "reports", "event_sources")


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


# -- 1. ingest --------------------------------------------------------------------------------------
def ingest_figures(n: int, tmp: Path, server) -> None:
    from bench_pipeline import generate

    import pg_local
    from marsad.commands.ingest import ingest
    from marsad.document import Document
    from marsad.ingest.dedup import NearDuplicateIndex
    from marsad.resources import DEDUP_THRESHOLD
    from marsad.runner import Runner
    from marsad.store import open_store
    from marsad.store.prepared import prepare_or_fail

    host, port, user = server
    src = tmp / f"gen-{n}.jsonl"
    generate(n, src)
    runner = Runner(passage=True)  # loads the pipeline once, before any clock
    signer = NearDuplicateIndex(threshold=DEDUP_THRESHOLD)
    c0 = time.process_time()
    docs = [d for d in runner.documents([str(src)]) if isinstance(d, Document)]
    prepared = [prepare_or_fail(d, signer) for d in docs]
    w = (time.process_time() - c0) / len(docs)  # what a cluster worker spends per document
    seq = iter(range(1, 1000))

    def new(backend: str) -> str:
        k = next(seq)
        if backend == "sqlite":
            return str(tmp / f"ingest{k}.db")
        return pg_local.create_database(host, port, user, f"ingest{k}")

    client_cpu: dict[str, float] = {}

    def write_only(db: str) -> float:
        backend = "sqlite" if "://" not in db else "postgresql"
        with open_store(db) as st, st.keep_connections():
            t0, c0 = time.perf_counter(), time.process_time()
            for i in range(0, len(prepared), 64):
                st.add_prepared(prepared[i:i + 64])
            cpu = time.process_time() - c0
            client_cpu[backend] = min(client_cpu.get(backend, cpu), cpu)
            return time.perf_counter() - t0

    def end_to_end(db: str) -> float:
        t0 = time.perf_counter()
        st = ingest([str(src)], db, passage=True)
        assert st["errors"] == 0, st
        return time.perf_counter() - t0

    print(f"ingest: {len(docs)} generated documents ({n} asked), each backend twice, alternating")
    for label, fn in (("write only (prepared, batches of 64)", write_only), ("end to end (marsad ingest)", end_to_end)):
        best = {"sqlite": float("inf"), "postgresql": float("inf")}
        pg_cpu = []
        for _ in range(2):
            for backend in ("sqlite", "postgresql"):
                db = new(backend)
                c0 = pg_local.server_cpu(port) if backend == "postgresql" else None
                best[backend] = min(best[backend], fn(db))
                if c0 is not None:
                    pg_cpu.append(pg_local.server_cpu(port) - c0)
        s, p = len(docs) / best["sqlite"], len(docs) / best["postgresql"]
        cpu = f"; PostgreSQL server CPU {1000 * min(pg_cpu) / len(docs):.2f} ms/doc" if pg_cpu else ""
        print(f"  {label:<38} SQLite {s:7.1f} docs/s   PostgreSQL {p:7.1f} docs/s   "
              f"PostgreSQL/SQLite {p / s:.2f}x{cpu}")
        if fn is write_only and pg_cpu:
            # the 2-core arithmetic of docs/SCALING.md: a worker's w against everything else's d
            d_lite = client_cpu["sqlite"] / len(docs)
            d_pg = (client_cpu["postgresql"] + min(pg_cpu)) / len(docs)
            print(f"  writing CPU per document: SQLite {1000 * d_lite:.2f} ms; PostgreSQL client "
                  f"{1000 * client_cpu['postgresql'] / len(docs):.2f} ms + server {1000 * min(pg_cpu) / len(docs):.2f} ms "
                  f"= {1000 * d_pg:.2f} ms (PostgreSQL/SQLite {d_pg / d_lite:.2f}x)")
            print(f"  analysis + prepare CPU per document (a worker's w): {1000 * w:.2f} ms; 2 workers over 1 on "
                  f"2 cores, 2w/(w+d): SQLite {2 * w / (w + d_lite):.2f}x, PostgreSQL on the same cores "
                  f"{2 * w / (w + d_pg):.2f}x, PostgreSQL server elsewhere "
                  f"{2 * w / (w + client_cpu['postgresql'] / len(docs)):.2f}x")


# -- 2. queries on a large database -----------------------------------------------------------------
def copy_to_postgres(sqlite_db: Path, url: str) -> None:
    """Every row of the evidence tables from the SQLite file into a migrated PostgreSQL database
    (COPY, columns by name, values in PostgreSQL's text forms); then identities and statistics."""
    import psycopg

    from marsad.store import open_store

    open_store(url).close()  # migrate
    src = sqlite3.connect(f"file:{sqlite_db}?mode=ro", uri=True)
    with psycopg.connect(url) as con:
        for table in TABLES:
            scols = [r[1] for r in src.execute(f"PRAGMA table_info({table})")]
            ptypes = dict(con.execute("SELECT column_name, data_type FROM information_schema.columns "
                                      "WHERE table_name = %s AND is_generated = 'NEVER'", (table,)).fetchall())
            cols = [c for c in scols if c in ptypes]
            arrays = [i for i, c in enumerate(cols) if ptypes[c] == "ARRAY"]
            bools = [i for i, c in enumerate(cols) if ptypes[c] == "boolean"]
            with con.cursor() as cur, cur.copy(f"COPY {table} ({', '.join(cols)}) FROM STDIN") as cp:
                for row in src.execute(f"SELECT {', '.join(cols)} FROM {table}"):
                    row = list(row)
                    for i in arrays:
                        row[i] = json.loads(row[i]) if row[i] is not None else None
                    for i in bools:
                        row[i] = None if row[i] is None else bool(row[i])
                    cp.write_row(row)
            for col, kind in ptypes.items():
                if col in cols and con.execute(
                        "SELECT pg_get_serial_sequence(%s, %s)", (table, col)).fetchone()[0]:
                    con.execute(f"SELECT setval(pg_get_serial_sequence('{table}', '{col}'), "
                                f"(SELECT COALESCE(MAX({col}), 1) FROM {table}))")
        con.commit()
        con.autocommit = True
        con.execute("ANALYZE")
    src.close()


def query_figures(docs: int, base: int, requests: int, server) -> None:
    import bench_web

    import pg_local
    from marsad.store import EventFilter, open_store
    from marsad.views.events import event_detail, event_rows

    bench_web.WORK.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    lite = bench_web.build(docs, min(base, docs), bench_web.WORK / f"web-{docs}.db")
    url = pg_local.create_database(*server, f"web{docs}")
    t1 = time.perf_counter()
    copy_to_postgres(lite, url)
    con = sqlite3.connect(lite)
    sizes = {t: con.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in ("documents", "events", "reports")}
    rnd = random.Random(5)
    max_ev = con.execute("SELECT MAX(event_id) FROM events").fetchone()[0]
    types = [r[0] for r in con.execute("SELECT DISTINCT type FROM events WHERE kind = 'incident' ORDER BY type")]
    govs = [r[0] for r in con.execute("SELECT DISTINCT admin1 FROM events WHERE admin1 IS NOT NULL ORDER BY admin1")]
    years = [r[0] for r in con.execute("SELECT DISTINCT substr(date_lo, 1, 4) FROM events WHERE date_lo > '1000' "
                                       "AND date_lo < '9000' ORDER BY 1")]
    con.close()
    print(f"queries: {', '.join(f'{v:,} {k}' for k, v in sizes.items())} in both backends "
          f"(SQLite built/reused in {t1 - t0:.0f} s, copied into PostgreSQL in {time.perf_counter() - t1:.0f} s)")

    def page(**kw) -> EventFilter:
        return EventFilter(limit=50, offset=50 * rnd.choice([0, 0, 1, 2]), sort=rnd.choice(["date", "count", "reports"]),
                           order="desc", **kw)

    def year() -> dict:
        y = rnd.choice(years)
        return {"since": f"{y}-03-01", "until": f"{y}-06-30"}

    kinds = {
        "events page: type": lambda: page(type=rnd.choice(types)),
        "events page: type + governorate": lambda: page(type=rnd.choice(types), governorate=rnd.choice(govs)),
        "events page: type + date range": lambda: page(type=rnd.choice(types), **year()),
        "events page: source": lambda: page(source="المرصد"),
        "events total: type + governorate": lambda: EventFilter(type=rnd.choice(types), governorate=rnd.choice(govs)),
        "event page": lambda: rnd.randint(1, max_ev),
    }
    stores = {"sqlite": open_store(str(lite), readonly=True, reuse_readers=True),
              "postgresql": open_store(url, readonly=True, reuse_readers=True)}

    def run(kind: str, store, arg):
        if kind == "event page":
            return event_detail(store, arg)
        if kind.startswith("events total"):
            return store.count_events(arg, cap=10_001)
        return event_rows(store, arg)

    print(f"  {'query (the web functions)':<34} {'SQLite p50':>10} {'p95':>7} {'PostgreSQL p50':>15} {'p95':>7} "
          f"{'PG/SQLite':>9}")
    for kind, make in kinds.items():
        args = [make() for _ in range(requests)]
        lat: dict[str, list[float]] = {"sqlite": [], "postgresql": []}
        for backend, st in stores.items():  # warm: first touch of the caches
            for a in args[:3]:
                run(kind, st, a)
        for a in args:
            for backend, st in stores.items():
                t0 = time.perf_counter()
                out = run(kind, st, a)
                lat[backend].append(time.perf_counter() - t0)
                if backend == "sqlite":
                    want = out
                elif kind != "event page" and not kind.startswith("events total"):
                    assert [r["event_id"] for r in out] == [r["event_id"] for r in want], (kind, a)
                else:
                    assert (out is None) == (want is None) and (out == want if isinstance(out, int) else True), kind
        s50, p50 = pct(lat["sqlite"], 50) * 1000, pct(lat["postgresql"], 50) * 1000
        print(f"  {kind:<34} {s50:8.1f}ms {pct(lat['sqlite'], 95) * 1000:6.1f} {p50:13.1f}ms "
              f"{pct(lat['postgresql'], 95) * 1000:6.1f} {p50 / s50 if s50 else float('nan'):8.2f}x")
    for st in stores.values():
        st.close()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--ingest-docs", type=int, default=1000)
    ap.add_argument("--docs", type=int, default=100_000, help="documents in the queried database")
    ap.add_argument("--base", type=int, default=5_000, help="of which analysed by the pipeline (bench_web)")
    ap.add_argument("--requests", type=int, default=100, help="requests per query kind")
    ap.add_argument("--quick", action="store_true", help="300 documents ingested, 10k queried, 40 requests")
    a = ap.parse_args()
    if a.quick:
        a.ingest_docs, a.docs, a.base, a.requests = 300, 10_000, 1_000, 40
    import pg_local

    started = time.perf_counter()
    print(f"machine: {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}")
    try:
        server_cm = pg_local.throwaway_server(fsync=True)
        server = server_cm.__enter__()
    except pg_local.Unavailable as e:
        print(f"PostgreSQL unavailable, nothing to compare: {e}")
        return 2
    try:
        with tempfile.TemporaryDirectory(prefix="bench_backends_") as tmp:
            ingest_figures(a.ingest_docs, Path(tmp), server)
        query_figures(a.docs, a.base, a.requests, server)
    finally:
        server_cm.__exit__(None, None, None)
    print(f"whole benchmark {time.perf_counter() - started:.0f} s; load average at the end {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
