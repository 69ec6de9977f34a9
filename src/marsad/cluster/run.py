"""The driver of a clustered ingest: partitions out to Dask workers, analysed documents back, and
the store written here, in input order.

Why the writing stays on the driver: near-duplicate links and incident merging depend on what is
already stored, so they must see documents in one fixed order to be deterministic. The workers do
the costly part (cleaning, quantities, dates, NER, places, events: ~95% of the time per
document); the driver only writes, through the same ``Runner.run`` + ``StoreWriter`` as the serial
run, so the database after any number of workers is the one the serial run makes.

A bounded window of partitions is in flight (twice the workers), so the driver holds a few
partitions of results at most and memory stays flat on both sides. A worker that dies has its
partition re-run elsewhere by the scheduler (Dask's ``allowed-failures``); a partition that kills
workers every time is reported as one error line and the run goes on.
"""
from __future__ import annotations

import logging
import time
import uuid
from collections import deque
from dataclasses import dataclass, field

from .partition import Partition, plan


class ClusterUnavailable(RuntimeError):
    """Dask is not installed or the scheduler cannot be reached; the message is shown as is."""


@dataclass
class ClusterStats:
    stored: int = 0
    skipped: int = 0
    errors: int = 0
    not_arabic: int = 0
    partitions: int = 0
    documents_planned: int = 0
    workers: int = 0
    peak_rss: dict[int, int] = field(default_factory=dict)  # worker pid -> peak bytes
    worker_cpu: float = 0.0  # CPU seconds spent on the workers (reading + analysis)
    driver_cpu: float = 0.0  # CPU seconds of this process (writing, scheduling) during the run


def connect(workers: int | None = None, scheduler: str | None = None, memory_limit: str | None = None):
    """A dask.distributed Client: on ``scheduler`` (tcp://host:port) or on a new local cluster of
    ``workers`` single-threaded worker processes. Returns (client, cluster or None)."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise ClusterUnavailable("--workers and --scheduler need Dask: pip install 'marsad[cluster]'") from None
    if scheduler:
        try:
            return Client(scheduler, timeout="10s"), None
        except (OSError, TimeoutError) as e:
            raise ClusterUnavailable(f"cannot reach the Dask scheduler at {scheduler} ({e})") from None
    cluster = LocalCluster(n_workers=workers or 1, threads_per_worker=1, processes=True, dashboard_address=":0",
                           silence_logs=logging.ERROR, memory_limit=memory_limit or 0)
    return Client(cluster), cluster


def _analysis_runs_on_workers(doc):
    raise RuntimeError("the driver of a cluster run does not analyse documents")


def ingest_cluster(paths: list[str], db: str, workers: int | None = 2, scheduler: str | None = None,
                   passage: bool = False, published: str | None = None, batch: int = 20, dedup: bool = True,
                   any_language: bool = False, partition_size: int = 64, on_doc=None, on_error=None,
                   on_partition=None, client=None) -> ClusterStats:
    """``marsad ingest --workers N`` / ``--scheduler URL``. ``on_doc(source)`` after each document,
    ``on_error(line)`` per error, ``on_partition(result, client)`` after each partition is written
    (tests use it to kill a worker mid-run). Pass ``client`` to reuse a connected one."""
    from ..document import Document
    from ..logs import LOG
    from ..resources import DEDUP_THRESHOLD
    from ..runner import Runner, StoreWriter
    from ..store import open_store
    from .worker import run_partition

    p = plan(list(paths), size=max(1, partition_size))
    stats = ClusterStats(partitions=len(p.partitions), documents_planned=p.docs)
    for err in p.errors:
        stats.errors += 1
        if on_error:
            on_error(str(err))
    own = client is None
    cluster = None
    if own:
        client, cluster = connect(workers, scheduler)
    try:
        n_workers = max(1, len(client.scheduler_info().get("workers", {})) or (workers or 1))
        stats.workers = n_workers
        opts = (passage, published, any_language)
        run_id = uuid.uuid4().hex[:8]
        parts = iter(p.partitions)
        window = 2 * n_workers

        def submit(part: Partition):
            return client.submit(run_partition, part, opts, key=f"marsad-part-{run_id}-{part.index}", retries=1,
                                 pure=False)

        def stream():
            inflight: deque = deque()
            for part in parts:
                inflight.append((part, submit(part)))
                if len(inflight) >= window:
                    break
            while inflight:
                part, fut = inflight.popleft()
                nxt = next(parts, None)
                if nxt is not None:
                    inflight.append((nxt, submit(nxt)))
                try:
                    res = fut.result()
                except Exception as e:  # noqa: BLE001 - KilledWorker after repeated deaths, a lost scheduler...
                    from ..ingest.readers import ReadError

                    what = part.files[0] if part.kind != "files" else f"{part.files[0]} (+{len(part.files) - 1})"
                    yield ReadError(what, f"partition {part.index} failed on the cluster ({type(e).__name__}: {e})")
                    continue
                finally:
                    fut.release()
                for w in res.warnings:
                    LOG.warning("%s", w)
                stats.not_arabic += res.not_arabic
                stats.peak_rss[res.pid] = max(stats.peak_rss.get(res.pid, 0), res.peak_rss)
                stats.worker_cpu += res.cpu
                for item in res.items:
                    # already stored (same text): counted as skipped, as the serial run does before analysis
                    yield None if isinstance(item, Document) and writer.skip(item) else item
                if on_partition:
                    on_partition(res, client)

        cpu0 = time.process_time()
        store = open_store(db, dedup_threshold=DEDUP_THRESHOLD if dedup else None)
        writer = StoreWriter(store, batch=batch)
        runner = Runner(pipeline=_analysis_runs_on_workers, passage=passage, published=published,
                        any_language=any_language)
        progress = (lambda source, ok: on_doc(source)) if on_doc else None
        rs = runner.run([], [writer], on_error=on_error, progress=progress, stream=stream())
        stats.stored, stats.errors = rs.written, stats.errors + rs.errors
        stats.skipped = rs.skipped - stats.not_arabic
        stats.driver_cpu = time.process_time() - cpu0
    finally:
        if own:
            client.close()
            if cluster is not None:
                cluster.close()
    return stats


def database_fingerprint(db: str) -> str:
    """SHA-256 over every row of every table (in key order): two databases with the same
    documents, spans, events, reports and links have the same fingerprint."""
    import hashlib

    from ..store import open_store

    h = hashlib.sha256()
    with open_store(db, dedup_threshold=None) as st:
        for table, rows in sorted(st.dump().items()):
            if table == "schema_migrations":
                continue
            h.update(f"\x00{table}\x00{len(rows)}\x00".encode())
            for row in rows:
                h.update(repr(tuple(bytes(v) if isinstance(v, memoryview) else v for v in row)).encode("utf-8"))
    return h.hexdigest()
