"""Web workbench latency: p50/p95 of the pages and the API against a large evidence database,
on SQLite and (when its binaries are installed) PostgreSQL.

The database: documents from the pipeline benchmark's generator (benchmarks/bench_pipeline.py)
run through the whole pipeline into the store (``--base`` documents), then replicated in SQL to
``--docs`` documents (default 100,000): each copy shifted by whole years, with new keys and ids,
so events, reports and spans keep the pipeline's real distribution but do not merge. (Running all
100k through the pipeline takes ~20 min of one core; the replication makes the benchmark
runnable.) For PostgreSQL a throwaway server is started on loopback (initdb, as the postgres
user when run as root) and the same rows are copied into it.

The server: ``marsad serve`` (uvicorn, one worker) in a child process pinned to one core; the
load generator sends requests one after another from this process over HTTP (keep-alive) and
records each latency. Peer in the same run: the bare SQL each request needs, timed in this
process (the floor: what any server on this database must pay).

    .venv/bin/python benchmarks/bench_web.py --quick      # ~4 min: 1,000 piped documents, 50 requests per route
    .venv/bin/python benchmarks/bench_web.py              # 5,000 piped documents, 200 requests per route
    options: --docs N --base N --requests N --no-postgres
"""
from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import socket
import sqlite3
import statistics
import subprocess
import sys
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WORK = ROOT / "benchmarks" / "_work"
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))


def build(docs: int, base: int, out: Path) -> Path:
    """Pipeline `base` generated documents into a store, then replicate to `docs` documents."""
    from bench_pipeline import generate

    from marsad.commands.ingest import ingest

    from marsad.store import open_store

    seed_db = WORK / f"web-base-{base}.db"  # older files are migrated when opened
    if not seed_db.exists():
        src = WORK / f"web-gen-{base}.jsonl"
        generate(base, src)
        t0 = time.perf_counter()
        tmp = seed_db.with_suffix(".tmp.db")
        for f in WORK.glob(tmp.name + "*"):
            f.unlink()
        ingest([str(src)], str(tmp), passage=True, batch=50)
        tmp.rename(seed_db)
        print(f"pipeline: {base} documents into the store in {time.perf_counter() - t0:.0f} s", flush=True)
    if out.exists() and _count(out) == docs:
        open_store(str(out), dedup_threshold=None).close()  # a cache built by an older marsad is migrated
        return out
    for f in WORK.glob(out.name + "*"):
        f.unlink()
    shutil.copy(seed_db, out)
    open_store(str(out), dedup_threshold=None).close()  # migrated: every table the copies fill exists
    t0 = time.perf_counter()
    con = sqlite3.connect(out)
    con.execute("PRAGMA journal_mode = WAL")
    con.execute("PRAGMA synchronous = OFF")
    n_docs = con.execute("SELECT MAX(doc_key) FROM documents").fetchone()[0]
    n_ev = con.execute("SELECT MAX(event_id) FROM events").fetchone()[0]
    n_rep = con.execute("SELECT MAX(report_id) FROM reports").fetchone()[0]
    copies = -(-docs // n_docs)

    def shift(col: str, k: int) -> str:  # an ISO value of any grain, k years later (29 Feb -> 28 Feb)
        rest = f"CASE WHEN substr({col}, 5, 6) = '-02-29' THEN '-02-28' || substr({col}, 11) ELSE substr({col}, 5) END"
        return f"CASE WHEN {col} IS NULL OR {col} < '1000' OR {col} > '9000' THEN {col} ELSE " \
               f"printf('%04d', CAST(substr({col}, 1, 4) AS INTEGER) + {k}) || {rest} END"

    def copy(table: str, subst: dict[str, str], where: str) -> None:
        cols = [r[1] for r in con.execute(f"PRAGMA table_info({table})")]
        sel = [subst.get(c, c) for c in cols]
        con.execute(f"INSERT INTO {table} ({', '.join(cols)}) SELECT {', '.join(sel)} FROM {table} WHERE {where}")

    for k in range(1, copies):
        limit = min(n_docs, docs - k * n_docs)
        if limit <= 0:
            break
        dates = {c: shift(c, k) for c in ("date_lo", "date_hi", "date_value")}
        with con:
            copy("documents", {"doc_key": f"doc_key + {k * n_docs}", "content_hash": f"content_hash || '-{k}'",
                               "doc_id": f"doc_id || '-r{k}'", "published": shift("published", k), "minhash": "NULL",
                               "duplicate_of": f"CASE WHEN duplicate_of IS NULL THEN NULL ELSE duplicate_of + {k * n_docs} END"},
                 f"doc_key <= {limit}")
            copy("spans", {"doc_key": f"doc_key + {k * n_docs}"}, f"doc_key <= {limit}")
            copy("events", {"event_id": f"event_id + {k * n_ev}", **dates},
                 f"event_id IN (SELECT event_id FROM reports WHERE doc_key <= {limit})")
            copy("reports", {"report_id": f"report_id + {k * n_rep}", "doc_key": f"doc_key + {k * n_docs}",
                             "event_id": f"CASE WHEN event_id IS NULL THEN NULL ELSE event_id + {k * n_ev} END", **dates},
                 f"doc_key <= {limit}")
            copy("event_sources", {"event_id": f"event_id + {k * n_ev}"},
                 f"event_id IN (SELECT event_id FROM reports WHERE doc_key <= {limit})")
    con.execute("ANALYZE")
    con.close()
    print(f"replicated to {_count(out)} documents in {time.perf_counter() - t0:.0f} s", flush=True)
    return out


def _count(db: Path) -> int:
    con = sqlite3.connect(db)
    try:
        return con.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    finally:
        con.close()


# -- PostgreSQL: a throwaway server on loopback with the same rows --------------------------------------
PG_TABLES = ("outlets", "documents", "near_duplicates", "spans", "events", "reports", "event_sources")


def pg_start():
    """(url, stop) of a new PostgreSQL server, or None with the reason printed."""
    import glob
    import tempfile

    bins = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not bins:
        print("postgresql: skipped (no initdb: apt-get install postgresql)")
        return None
    try:
        import psycopg  # noqa: F401
    except ImportError:
        print("postgresql: skipped (psycopg not installed: pip install -e '.[postgres]')")
        return None
    bindir = Path(bins[-1]).parent
    root = Path(tempfile.mkdtemp(prefix="marsad-benchpg-"))
    (root / "sock").mkdir()
    prefix = []
    if os.geteuid() == 0:
        import pwd

        pw = pwd.getpwnam("postgres")
        for p in (root, root / "sock"):
            os.chown(p, pw.pw_uid, pw.pw_gid)
        prefix = ["runuser", "-u", "postgres", "--"]
    port = free_port()
    run = lambda *a: subprocess.run(prefix + list(a), capture_output=True, text=True, timeout=300)  # noqa: E731
    r = run(str(bindir / "initdb"), "-D", str(root / "data"), "-U", "postgres", "-A", "trust", "-E", "UTF8",
            "--no-locale")
    if r.returncode:
        print("postgresql: skipped (initdb failed: " + r.stderr.strip()[-200:] + ")")
        return None
    opts = f"-p {port} -k {root / 'sock'} -c listen_addresses=127.0.0.1 -F -c shared_buffers=256MB"
    r = run(str(bindir / "pg_ctl"), "-D", str(root / "data"), "-o", opts, "-l", str(root / "log"), "-w", "start")
    if r.returncode:
        print("postgresql: skipped (server did not start)")
        return None

    def stop():
        run(str(bindir / "pg_ctl"), "-D", str(root / "data"), "-m", "fast", "-w", "stop")
        shutil.rmtree(root, ignore_errors=True)

    return f"postgresql://postgres@127.0.0.1:{port}/postgres", stop


def pg_load(sqlite_db: Path, url: str) -> None:
    """The SQLite database's rows copied into a new marsad store on PostgreSQL (COPY)."""
    import psycopg

    from marsad.store import open_store

    t0 = time.perf_counter()
    open_store(url, dedup_threshold=None).close()  # the schema
    src = sqlite3.connect(sqlite_db)
    with psycopg.connect(url) as con:
        for t in PG_TABLES:
            cols = [r[0] for r in con.execute("SELECT column_name FROM information_schema.columns WHERE table_name = %s "
                                              "ORDER BY ordinal_position", (t,)).fetchall()]
            arrays = {r[0] for r in con.execute("SELECT column_name FROM information_schema.columns WHERE table_name = %s "
                                                "AND data_type = 'ARRAY'", (t,)).fetchall()}
            idx = [i for i, c in enumerate(cols) if c in arrays]
            with con.cursor().copy(f"COPY {t} ({', '.join(cols)}) FROM STDIN") as cp:
                for row in src.execute(f"SELECT {', '.join(cols)} FROM {t}"):
                    if idx:
                        row = list(row)
                        for i in idx:
                            row[i] = json.loads(row[i] or "[]")
                    cp.write_row(row)
        con.commit()
    with psycopg.connect(url, autocommit=True) as con:
        con.execute("ANALYZE")
    src.close()
    print(f"postgresql: rows copied in {time.perf_counter() - t0:.0f} s", flush=True)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve(db: str):
    port = free_port()
    env = dict(os.environ, OMP_NUM_THREADS="1")
    cmd = [sys.executable, "-m", "marsad.cli", "serve", "--db", str(db), "--port", str(port)]
    if hasattr(os, "sched_getaffinity"):
        core = sorted(os.sched_getaffinity(0))[-1]
        cmd = ["taskset", "-c", str(core)] + cmd if shutil.which("taskset") else cmd
    t0 = time.perf_counter()
    import tempfile

    log = tempfile.TemporaryFile()
    proc = subprocess.Popen(cmd, env=env, stderr=log, stdout=subprocess.DEVNULL)
    import http.client

    while True:
        try:
            c = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            c.request("GET", "/api/map?type=none")
            c.getresponse().read()
            break
        except OSError:
            if proc.poll() is not None:
                log.seek(0)
                raise SystemExit("serve failed: " + log.read().decode(errors="replace")[-2000:])
            time.sleep(0.3)
    print(f"server up in {time.perf_counter() - t0:.1f} s (includes indexing new documents for search)", flush=True)
    return proc, port, log


def workload(db: Path, n: int, seed: int = 3) -> dict[str, list[tuple[str, str]]]:
    """(url, peer SQL name) per request kind, drawn from the database itself."""
    con = sqlite3.connect(db)
    rnd = random.Random(seed)
    max_ev = con.execute("SELECT MAX(event_id) FROM events").fetchone()[0]
    types = [r[0] for r in con.execute("SELECT DISTINCT type FROM events")]
    govs = [r[0] for r in con.execute("SELECT DISTINCT admin1 FROM events WHERE admin1 IS NOT NULL")]
    years = [r[0] for r in con.execute("SELECT DISTINCT substr(date_lo, 1, 4) FROM events WHERE date_lo > '1000' "
                                       "AND date_lo < '9000'")]
    docs = [r[0] for r in con.execute("SELECT doc_id FROM documents ORDER BY random() LIMIT 500")]
    words = [w for (t,) in con.execute("SELECT surface FROM spans WHERE layer IN ('places', 'entities') LIMIT 2000")
             for w in t.split() if len(w) > 3]
    con.close()

    def ev_filter():
        f = {"type": rnd.choice(types)}
        r = rnd.random()
        if r < 0.4:
            f["governorate"] = rnd.choice(govs)
        elif r < 0.7:
            y = rnd.choice(years)
            f.update(since=f"{y}-03-01", until=f"{y}-06-30")
        else:
            f["source"] = "المرصد"
        f["sort"] = rnd.choice(["date", "count", "reports"])
        f["page"] = rnd.choice([1, 1, 2, 3])
        return urllib.parse.urlencode(f)

    return {
        "events list, filtered (page)": [f"/events?{ev_filter()}" for _ in range(n)],
        "events list, filtered (API)": [f"/api/events?{ev_filter()}" for _ in range(n)],
        "event page": [f"/events/{rnd.randint(1, max_ev)}" for _ in range(n)],
        "event (API)": [f"/api/events/{rnd.randint(1, max_ev)}" for _ in range(n)],
        "document page": [f"/documents/{urllib.parse.quote(rnd.choice(docs))}" for _ in range(n)],
        "search (page)": [f"/search?{urllib.parse.urlencode({'q': rnd.choice(words)})}" for _ in range(n)],
        "search (API)": [f"/api/search?{urllib.parse.urlencode({'q': rnd.choice(words)})}" for _ in range(n)],
        "overview": ["/"] * max(5, n // 10),
        "map points (API)": [f"/api/map?type={rnd.choice(types)}" for _ in range(max(5, n // 4))],
    }


def peer(db: Path, urls: list[str], pg_url: str | None = None) -> list[float]:
    """The floor: the same rows fetched with bare SQL (no view, no template, no HTTP), through
    sqlite3 or psycopg."""
    from marsad.arabic.normalize import fold_str

    if pg_url:
        import psycopg

        con = psycopg.connect(pg_url, autocommit=True)
        ph = "%s"
    else:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        ph = "?"

    def run(q: str, args=()):
        return con.execute(q.replace("?", ph), args).fetchall()

    out = []
    for u in urls:
        path, _, q = u.partition("?")
        params = dict(urllib.parse.parse_qsl(q))
        t0 = time.perf_counter()
        if path.endswith("/events"):
            where, args = ["type = ?"], [params["type"]]
            if "governorate" in params:
                where.append("admin1 = ?")
                args.append(params["governorate"])
            if "since" in params:
                where += ["date_hi >= ?", "date_lo <= ?"]
                args += [params["since"], params["until"]]
            run(f"SELECT COUNT(*) FROM events WHERE {' AND '.join(where)}", args)
            run(f"SELECT * FROM events WHERE {' AND '.join(where)} ORDER BY date_lo DESC LIMIT 50", args)
        elif "/events/" in path:
            i = int(path.rsplit("/", 1)[1])
            run("SELECT * FROM events WHERE event_id = ?", (i,))
            run("SELECT * FROM reports WHERE event_id = ?", (i,))
        elif "/documents/" in path:
            k = run("SELECT doc_key, text FROM documents WHERE doc_id = ?",
                    (urllib.parse.unquote(path.rsplit("/", 1)[1]),))[0]
            run("SELECT * FROM spans WHERE doc_key = ?", (k[0],))
        elif path.endswith("search"):
            w = fold_str(params["q"])
            if pg_url:
                run("SELECT COUNT(*) FROM documents_search WHERE body @@ plainto_tsquery('simple', ?)", (w,))
                run("SELECT doc_key FROM documents_search WHERE body @@ plainto_tsquery('simple', ?) "
                    "ORDER BY doc_key DESC LIMIT 20", (w,))
            else:
                m = '"' + w.replace('"', "") + '"'
                run("SELECT COUNT(*) FROM documents_fts WHERE documents_fts MATCH ?", (m,))
                run("SELECT rowid FROM documents_fts WHERE documents_fts MATCH ? ORDER BY rowid DESC LIMIT 20", (m,))
        out.append(time.perf_counter() - t0)
    con.close()
    return out


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


def measure(label: str, location: str, db: Path, work: dict, pg_url: str | None = None) -> None:
    """Serve ``location`` and print p50/p95 per route, with the bare-SQL peer's p50."""
    import http.client

    proc, port, log = serve(location)
    try:
        print(f"\n{label}")
        print(f"{'request':<30} {'n':>5} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} {'SQL p50':>8} {'ratio':>6}")
        for name, urls in work.items():
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)  # fresh: keep-alive ends when idle
            for u in urls[:3]:  # warm: first-touch page cache
                conn.request("GET", u)
                conn.getresponse().read()
            lat = []
            for u in urls:
                t0 = time.perf_counter()
                conn.request("GET", u)
                r = conn.getresponse()
                r.read()
                lat.append(time.perf_counter() - t0)
                if r.status != 200:
                    raise SystemExit(f"{u}: HTTP {r.status}")
            conn.close()
            base = peer(db, urls, pg_url) if not name.startswith(("overview", "map")) else []
            b50 = pct(base, 50) * 1000 if base else float("nan")
            print(f"{name:<30} {len(lat):>5} {pct(lat, 50) * 1000:>8.1f} {pct(lat, 95) * 1000:>8.1f} "
                  f"{max(lat) * 1000:>8.1f} {b50:>8.2f} {pct(lat, 50) * 1000 / b50 if base else float('nan'):>6.1f}",
                  flush=True)
    finally:
        proc.terminate()
        proc.wait(timeout=30)
        log.close()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="1,000 piped documents and 50 requests per route")
    ap.add_argument("--docs", type=int, default=100_000, help="documents in the database (default 100,000)")
    ap.add_argument("--base", type=int, help="documents run through the pipeline (default 5,000; --quick 1,000)")
    ap.add_argument("--requests", type=int, help="requests per route (default 200; --quick 50)")
    ap.add_argument("--no-postgres", action="store_true", help="SQLite only")
    a = ap.parse_args()
    base = a.base or (1000 if a.quick else 5000)
    n = a.requests or (50 if a.quick else 200)
    WORK.mkdir(parents=True, exist_ok=True)
    db = build(a.docs, min(base, a.docs), WORK / f"web-{a.docs}-b{base}.db")
    con = sqlite3.connect(db)
    sizes = {t: con.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in ("documents", "events", "reports", "spans")}
    con.close()
    print("database: " + ", ".join(f"{v:,} {k}" for k, v in sizes.items()), flush=True)
    work = workload(db, n)
    measure("SQLite", str(db), db, work)
    pg = None if a.no_postgres else pg_start()
    if pg:
        url, stop = pg
        try:
            pg_load(db, url)
            measure("PostgreSQL", url, db, work, pg_url=url)
        finally:
            stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
