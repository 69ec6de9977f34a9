"""The driver of a clustered ingest: partitions out to Dask workers, documents ready to write back,
and the store written here, in input order.

Why the writing stays on the driver: near-duplicate links and incident merging depend on what is
already stored, so they must see documents in one fixed order to be deterministic. The workers do
everything that does not need the database: reading, cleaning, the analysis, and preparing the
rows (``store.prepared``: canonical JSON, report columns, merge inputs, MinHash and LSH bands),
through the same functions as the serial run. The driver only runs the store's lookups and
inserts, one write unit per partition on one kept connection (``Store.add_prepared``), so the
database after any number of workers is the one the serial run makes (tested by a content hash),
and the driver's cost per document is a small fraction of a worker's (docs/SCALING.md).

A bounded window of partitions is in flight (twice the workers), so the driver holds a few
partitions of results at most and memory stays flat on both sides. A worker that dies has its
partition re-run elsewhere by the scheduler (``retries``); a partition that kills workers every
time is reported as one error line and the run goes on.
"""
from __future__ import annotations

import logging
import os
import time
import uuid
from collections import deque
from dataclasses import dataclass, field

from .partition import DEFAULT_SIZE, MIN_TASKS_PER_WORKER, Partition, auto_size, stream


class ClusterUnavailable(RuntimeError):
    """Dask is not installed or the scheduler cannot be reached; the message is shown as is."""


@dataclass
class ClusterStats:
    stored: int = 0
    skipped: int = 0
    errors: int = 0
    not_arabic: int = 0
    partitions: int = 0
    partition_size: int = 0  # documents per partition asked for (the last of a file may have fewer)
    documents_planned: int = 0  # (the plan is streamed: final once the run has ended)
    workers: int = 0
    peak_rss: dict[int, int] = field(default_factory=dict)  # worker pid -> peak bytes
    rss_trace: list[tuple[int, int, int]] = field(default_factory=list)  # (partition, worker pid, resident bytes)
    worker_cpu: float = 0.0  # CPU seconds spent on the workers (reading + analysis)
    task_cpu: float = 0.0  # of which on the tasks' own threads (the rest: Dask's threads meanwhile)
    driver_cpu: float = 0.0  # CPU seconds of this process (writing, scheduling) during the run
    write_cpu: float = 0.0  # of which writing to the store (this thread only; the rest is Dask's threads)


# Dask's diagnostics, off in the local cluster marsad starts. Measured (1 vs 2 workers, docs/SCALING.md,
# stop 20): with Dask's defaults a worker's other threads spent 0.4-0.5 ms of CPU per document
# beside its task thread with 1 worker and 0.9-1.1 ms with 2, mostly the statistical profiler
# (a stack sample of the task thread every 10 ms, which also takes the GIL from it); with these
# 0.2-0.3 ms, and the driver (which hosts the scheduler) ~0.2 ms less. Each is a dashboard or
# housekeeping feature a batch ingest does not use: the profiler, work stealing (partitions are
# the same size and a bounded window keeps every worker fed), the event loop's health tick, the
# system monitor's samples, the active memory manager (no task's result is replicated here).
DASK_SETTINGS = {
    "distributed.worker.profile.enabled": False,
    "distributed.scheduler.work-stealing": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.scheduler.active-memory-manager.start": False,
}


def connect(workers: int | None = None, scheduler: str | None = None, memory_limit: str | None = None):
    """A dask.distributed Client: on ``scheduler`` (tcp://host:port) or on a new local cluster of
    ``workers`` single-threaded worker processes with ``DASK_SETTINGS``. Returns (client, cluster
    or None). An existing cluster keeps its own settings (its workers were started with them).

    The client of a local cluster fetches each partition's result straight from the worker that
    made it. By default a client outside the cluster fetches through the scheduler, which here
    runs in the driver's own process: ~2.5 MB per partition went over two connections inside it,
    worker to scheduler and scheduler to client (measured in stop 23: docs/SCALING.md). A remote
    scheduler's workers may not be reachable from the driver, so that client keeps the default."""
    try:
        import dask
        from distributed import Client, LocalCluster
    except ImportError:
        raise ClusterUnavailable("--workers and --scheduler need Dask: pip install 'marsad[cluster]'") from None
    if scheduler:
        try:
            return Client(scheduler, timeout="10s"), None
        except (OSError, TimeoutError) as e:
            raise ClusterUnavailable(f"cannot reach the Dask scheduler at {scheduler} ({e})") from None
    with dask.config.set(DASK_SETTINGS):  # read when the scheduler, the nannies and the client are made
        # the scheduler's HTTP endpoint on a free port: None still takes 8787, and warns when
        # another Dask run holds it. Dask's own log lines only when critical: a worker's heartbeat
        # meeting the scheduler as the cluster closes logs a traceback at ERROR on a busy machine;
        # what fails in marsad's tasks comes back with the partition and is reported as one line
        cluster = LocalCluster(n_workers=workers or 1, threads_per_worker=1, processes=True,
                               dashboard_address=":0", silence_logs=logging.CRITICAL,
                               memory_limit=memory_limit or 0)
        return Client(cluster, direct_to_workers=True), cluster


def ingest_cluster(paths: list[str], db: str, workers: int | None = 2, scheduler: str | None = None,
                   passage: bool = False, published: str | None = None, batch: int = 20, dedup: bool = True,
                   any_language: bool = False, partition_size: int | None = None, on_doc=None, on_error=None,
                   on_partition=None, client=None) -> ClusterStats:
    """``marsad ingest --workers N`` / ``--scheduler URL``. ``on_doc(source)`` after each document,
    ``on_error(line)`` per error, ``on_partition(result, client)`` after each partition is written
    (tests use it to kill a worker mid-run). Pass ``client`` to reuse a connected one. ``batch`` is
    accepted for the serial run's signature: here a partition is one write unit. ``partition_size``
    None: ``partition.auto_size`` for the input and the cluster's workers."""
    from ..resources import DEDUP_THRESHOLD
    from ..store import open_store
    from .worker import run_partition

    from contextlib import ExitStack

    stats = ClusterStats()
    own = client is None
    cluster = None
    spool = None
    stack = ExitStack()
    threshold = DEDUP_THRESHOLD if dedup else None
    store = open_store(db, dedup_threshold=threshold)  # checked and migrated before any work is sent
    if own:
        client, cluster = connect(workers, scheduler)
    try:
        n_workers = max(1, len(client.scheduler_info().get("workers", {})) or (workers or 1))
        stats.workers = n_workers
        parts, adding = _planned(list(paths), partition_size, n_workers, store, stats, on_error)
        opts = (passage, published, any_language)
        run_id = uuid.uuid4().hex[:8]
        window = 2 * n_workers

        copy = store.backend.copy_text  # the documents come back as the store loads them
        if _is_local(client):  # results handed over in files on this machine (worker.spill)
            import tempfile

            spool = stack.enter_context(tempfile.TemporaryDirectory(prefix="marsad-spool-"))

        def submit(part: Partition):
            return client.submit(run_partition, part, opts, threshold, copy, spool,
                                 key=f"marsad-part-{run_id}-{part.index}", retries=1, pure=False)

        cpu0 = time.process_time()
        inflight: deque = deque()
        for part in parts:
            inflight.append((part, submit(part)))
            if len(inflight) >= window:
                break
        with store.keep_connections():
            t_write = time.thread_time()
            store.defer_indexes(adding)  # the web's indexes built once at the end (counted as writing)
            stats.write_cpu += time.thread_time() - t_write
            try:
                _drain(store, inflight, parts, submit, stats, on_doc, on_error, on_partition, client)
            finally:
                t_write = time.thread_time()
                store.restore_indexes()
                stats.write_cpu += time.thread_time() - t_write
        stats.driver_cpu = time.process_time() - cpu0
    finally:
        store.close()
        stack.close()  # the spool directory and any file a failed partition left in it
        if own:
            client.close()
            if cluster is not None:
                cluster.close()
    return stats


def _is_local(client) -> bool:
    """Is the client's cluster a LocalCluster of this process (its workers on this machine)? A
    worker that cannot see the spool directory anyway hands its result back through Dask."""
    try:
        from distributed import LocalCluster
    except ImportError:
        return False
    return isinstance(getattr(client, "cluster", None), LocalCluster)


LOOKAHEAD = 4096  # partitions planned at most before the run starts (~150 bytes each)


def _planned(paths: list[str], partition_size: int | None, n_workers: int, store, stats: ClusterStats,
             on_error) -> tuple:
    """(the run's partitions, as an iterator that plans them as it is read; the documents known to
    be coming before the run starts). The plan is streamed, so the driver never holds all of it:
    only what two decisions need is planned ahead. The partition size (``auto_size`` cuts a small
    input finer: the input is small only when its whole plan fits in the look-ahead) and whether
    to build the web's indexes once at the end (``Store.defer_indexes``: when the run adds more
    documents than the store holds; planned ahead until that is known, at most LOOKAHEAD
    partitions: past ~1M stored documents a run keeps the indexes up as it goes). Inputs that
    cannot be planned are reported in their place; the statistics count what was planned."""
    size = max(1, partition_size or DEFAULT_SIZE)
    src = stream(paths, size)
    holding = store.last_document_key()
    enough = n_workers * MIN_TASKS_PER_WORKER * DEFAULT_SIZE if partition_size is None else 0
    ahead: deque = deque()
    seen, ended = 0, False
    while (seen < enough or seen <= holding) and len(ahead) < LOOKAHEAD:
        nxt = next(src, None)
        if nxt is None:
            ended = True
            break
        ahead.append(nxt)
        seen += getattr(nxt, "docs", 0)
    if ended and partition_size is None and auto_size(seen, n_workers) != size:
        size = auto_size(seen, n_workers)  # a small input, cut finer (its errors reported from the first plan)
        errors = [p for p in ahead if not isinstance(p, Partition)]
        ahead = deque(errors + [p for p in stream(paths, size) if isinstance(p, Partition)])
    stats.partition_size = size

    def parts():
        for p in _chain(ahead, src):
            if isinstance(p, Partition):
                stats.partitions += 1
                stats.documents_planned += p.docs
                yield p
            else:
                stats.errors += 1
                if on_error:
                    on_error(str(p))

    return parts(), seen


def _chain(ahead: deque, rest):
    while ahead:
        yield ahead.popleft()
    yield from rest


def _drain(store, inflight: deque, parts, submit, stats: ClusterStats, on_doc, on_error, on_partition,
           client) -> None:
    """Write the partitions in input order as they come back, keeping the window full."""
    from ..logs import LOG
    from .worker import Spilled

    while inflight:
        part, fut = inflight.popleft()
        nxt = next(parts, None)
        if nxt is not None:
            inflight.append((nxt, submit(nxt)))
        try:
            res = fut.result()
            if isinstance(res, Spilled):
                res = res.load()
        except Exception as e:  # noqa: BLE001 - KilledWorker after repeated deaths, a lost scheduler...
            what = part.files[0] if part.kind != "files" else f"{part.files[0]} (+{len(part.files) - 1})"
            stats.errors += 1
            if on_error:
                on_error(f"{what}: partition {part.index} failed on the cluster ({type(e).__name__}: {e})")
            continue
        finally:
            fut.release()
        for w in res.warnings:
            LOG.warning("%s", w)
        stats.not_arabic += res.not_arabic
        stats.peak_rss[res.pid] = max(stats.peak_rss.get(res.pid, 0), res.peak_rss)
        _trace(stats, (part.index, res.pid, res.rss))
        stats.worker_cpu += res.cpu
        stats.task_cpu += res.task_cpu
        t_write = time.thread_time()
        _write_partition(store, res.items, stats, on_doc, on_error)
        stats.write_cpu += time.thread_time() - t_write
        if on_partition:
            on_partition(res, client)


TRACE_CAP = 4096  # rss_trace entries kept per worker (thinned evenly past it: the driver stays flat)


def _trace(stats: ClusterStats, entry: tuple[int, int, int]) -> None:
    """Record a worker's resident memory after a partition. Past TRACE_CAP entries for a worker,
    every other one of its entries is dropped (the last kept), so a crawl of any length keeps a
    sample of each worker's curve in bounded memory (100 million pages are ~400,000 partitions)."""
    stats.rss_trace.append(entry)
    pid = entry[1]
    if sum(1 for e in stats.rss_trace if e[1] == pid) <= TRACE_CAP:
        return
    mine = [e for e in stats.rss_trace if e[1] == pid]
    keep = set(mine[1::2]) | {mine[-1]}
    stats.rss_trace = [e for e in stats.rss_trace if e[1] != pid or e in keep]


def _write_partition(store, items: list, stats: ClusterStats, on_doc, on_error) -> None:
    """One partition's documents into the store in one write unit, in input order; outcomes
    counted and reported as the serial run does (a document already stored is skipped)."""
    from ..ingest.readers import printable
    from ..store import DocumentFailed

    docs = [it for it in items if isinstance(it, dict)]
    try:
        results = iter(store.add_prepared(docs))
    except Exception as e:  # noqa: BLE001 - the whole unit failed: every document in it did
        if os.environ.get("MARSAD_DEBUG"):
            raise
        results = iter([DocumentFailed(d["source"], f"could not store document ({type(e).__name__}: {e})")
                        for d in docs])
    for it in items:
        res = next(results) if isinstance(it, dict) else it
        if it is None:
            pass  # not Arabic: counted apart (stats.not_arabic), as the serial run does
        elif isinstance(res, int):
            stats.stored += 1
        elif res is None:
            stats.skipped += 1
        else:  # a DocumentFailed or a ReadError: one line each
            stats.errors += 1
            if on_error:
                on_error(printable(str(res)))
        if on_doc:
            on_doc(res.source if isinstance(res, DocumentFailed) else getattr(res, "source", ""))


def database_fingerprint(db: str) -> str:
    """A content hash over every row of every table: two databases with the same documents,
    spans, events, reports and links have the same fingerprint, whatever the order the rows were
    stored in. Per table the row count and the sum (mod 2^256) of each row's SHA-256: one pass,
    a chunk of rows in memory at a time (sorting a 20,000-page crawl's rows took ~1 GB)."""
    import hashlib

    from ..store import open_store

    h = hashlib.sha256()
    sums: dict[str, list[int]] = {}
    with open_store(db, dedup_threshold=None) as st:
        with st.unit() as tx:
            tables = st.backend.table_names(tx.con)
        for table in tables:
            if table == "schema_migrations":
                continue
            n_acc = sums.setdefault(table, [0, 0])
            for row in st.iter_rows(table):
                d = hashlib.sha256(repr(row).encode("utf-8")).digest()
                n_acc[0] += 1
                n_acc[1] = (n_acc[1] + int.from_bytes(d, "big")) % (1 << 256)
    for table, (n, acc) in sorted(sums.items()):
        h.update(f"\x00{table}\x00{n}\x00{acc:064x}".encode())
    return h.hexdigest()
