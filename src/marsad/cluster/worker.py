"""What runs on a Dask worker: read one partition, run each document through the same
``Runner.process`` the serial run uses, make it ready to write (``store.prepared``: canonical
JSON of every row, report columns, merge inputs, MinHash signature and LSH bands, as the serial
run's store computes them) and hand those back in order. The driver then only writes.

The runner (and so the pipeline's lexicons and models) is built once per worker process and kept,
so a worker pays the loading cost once, however many partitions it gets. Warnings a stage logs
(a page that is not Arabic...) are caught and sent back, so the driver prints them as a serial run
would.
"""
from __future__ import annotations

import gc
import logging
import os
from dataclasses import dataclass, field

from .partition import Partition, read_partition

_RUNNERS: dict[tuple, object] = {}
_SIGNERS: dict[float, object] = {}
_MEMOS: list = []  # the analysis' per-word memos, found once the pipeline is loaded (see MEMO_BUDGET)

# Entries the analysis' per-word memos may hold together on a worker before all of them are
# emptied (checked after each partition). Each memo has its own cap (100,000-300,000 entries), but
# at those caps the 13 of them would hold ~460 MB (measured: 84-534 bytes per entry, stop 22), so on
# a crawl whose vocabulary keeps growing a worker's memory would keep rising for a long time; with
# this budget it levels off at ~25-70 MB of memo. On the benchmarks' crawl the memos hold ~2,500
# entries each after 10,000 pages (~33,000 in all): the budget is never reached there. Emptying
# a memo changes no answer, only what is recomputed.
MEMO_BUDGET = 131_072


@dataclass
class PartitionResult:
    index: int
    items: list = field(default_factory=list)  # prepared dict | DocumentFailed | ReadError | None, in order
    warnings: list[str] = field(default_factory=list)
    not_arabic: int = 0
    peak_rss: int = 0  # bytes, this worker process's high-water mark so far
    rss: int = 0  # bytes resident when this partition was done (flat over a crawl: see the benchmark)
    pid: int = 0
    cpu: float = 0.0  # CPU seconds this partition took on the worker (all its threads)
    task_cpu: float = 0.0  # of which the task's own thread (the rest: Dask's threads meanwhile)


class _Catch(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(record.getMessage())


def _runner(opts: tuple):
    r = _RUNNERS.get(opts)
    if r is None:
        from ..runner import Runner

        passage, published, any_language = opts
        r = _RUNNERS[opts] = Runner(passage=passage, published=published, any_language=any_language)
        if not any_language:
            # the language classifier (~70 MB resident) loads on the first page whose script alone
            # does not settle it: load it now, so a worker's memory is flat over a crawl instead of
            # stepping up somewhere in the middle of it
            from ..ingest.language import _identifier

            _identifier()
        _MEMOS[:] = find_memos()
        # the pipeline's ~200k long-lived objects (lexicons, models, gazetteer) out of the cyclic
        # collector's generations: its collections then walk only what the documents allocate
        # (gc was ~3.5% of a worker's CPU, ~2.5% after this; measured in stop 20)
        gc.freeze()
    return r


def find_memos() -> list:
    """The per-word and per-string memos of marsad's modules now alive: every lru_cache with a
    maxsize of at least 4,096 (the loaders of data files have none, or 1) and every
    ``ner.cache.DictCache``. Objects the pipeline froze out of the collector's lists are listed
    too (unfrozen for the walk, frozen again after)."""
    import functools

    from ..ner.cache import DictCache

    frozen = gc.get_freeze_count()
    if frozen:
        gc.unfreeze()
    try:
        out = []
        for o in gc.get_objects():
            if isinstance(o, DictCache):
                out.append(o)
            elif isinstance(o, functools._lru_cache_wrapper) and (getattr(o, "__module__", "") or "").startswith("marsad"):
                cap = o.cache_info().maxsize
                if cap is not None and cap >= 4096:
                    out.append(o)
        return out
    finally:
        if frozen:
            gc.freeze()


def keep_memos_within(budget: int, memos: list | None = None) -> bool:
    """Empty every memo when together they hold more than ``budget`` entries; True if it did."""
    memos = _MEMOS if memos is None else memos
    if sum(m.cache_info().currsize for m in memos) <= budget:
        return False
    for m in memos:
        m.cache_clear()
    return True


def _signer(threshold: float | None):
    if threshold is None:
        return None
    s = _SIGNERS.get(threshold)
    if s is None:
        from ..ingest.dedup import NearDuplicateIndex

        s = _SIGNERS[threshold] = NearDuplicateIndex(threshold=threshold)
    return s


@dataclass(frozen=True)
class Spilled:
    """A partition's result left in a file of the driver's spool directory (``spill``)."""

    path: str

    def load(self) -> PartitionResult:
        """The result, and the file gone."""
        import pickle

        try:
            with open(self.path, "rb") as fh:
                return pickle.load(fh)
        finally:
            try:
                os.unlink(self.path)
            except OSError:
                pass


def spill(res: PartitionResult, spool: str | None) -> "PartitionResult | Spilled":
    """The result written to a file in ``spool`` (the driver's directory on this machine) and only
    its name handed back through Dask; the result itself where the worker cannot see ``spool`` (a
    worker on another machine) or the file cannot be written. Why: a partition's result (~2.5 MB for
    256 documents) fetched through Dask's connection cost the driver ~0.025 ms per document more
    than reading it from a file (measured in stop 24: docs/SCALING.md), and the driver's CPU is
    shared with the workers on a small machine. A task run again (a worker lost) writes the same
    name again, whole (a temporary name renamed over it)."""
    import pickle

    if not spool or not os.path.isdir(spool):
        return res
    path = os.path.join(spool, f"part-{res.index}.pickle")
    tmp = f"{path}.{os.getpid()}.tmp"
    try:
        with open(tmp, "wb") as fh:
            pickle.dump(res, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        return res
    return Spilled(path)


def run_partition(part: Partition, opts: tuple, dedup: float | None = None, copy: bool = False,
                  spool: str | None = None) -> "PartitionResult | Spilled":
    """``opts`` = (passage, published, any_language), as ``marsad ingest`` takes them; ``dedup``
    the store's near-duplicate threshold (None: off); ``copy``: prepare the documents in COPY form
    (the store loads COPY text: ``Backend.copy_text``); ``spool``: the driver's directory for
    results (``spill``)."""
    from ..document import Document
    from ..store.prepared import prepare_or_fail

    import time

    t0, t0_task = time.process_time(), time.thread_time()
    runner = _runner(opts)
    signer = _signer(dedup)
    before = runner.not_arabic
    catch = _Catch()
    log = logging.getLogger("marsad")
    log.addHandler(catch)
    out = PartitionResult(part.index, pid=os.getpid())
    try:
        for item in read_partition(part):
            res = runner.process(item)
            out.items.append(prepare_or_fail(res, signer, copy) if isinstance(res, Document) else res)
    finally:
        log.removeHandler(catch)
        keep_memos_within(MEMO_BUDGET)
    out.warnings = catch.lines
    out.not_arabic = runner.not_arabic - before
    out.peak_rss = peak_rss()
    out.rss = rss()
    out.cpu = time.process_time() - t0
    out.task_cpu = time.thread_time() - t0_task
    return spill(out, spool) if spool else out


def _status(field: str) -> int | None:
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return None


def rss() -> int:
    """This process's resident memory now, in bytes (VmRSS; the peak where /proc is absent)."""
    v = _status("VmRSS")
    return v if v is not None else peak_rss()


def reset_peak_rss() -> bool:
    """Start this process's peak resident memory (VmHWM) again from what it holds now, so a peak
    read later covers only what came after (Linux: /proc/self/clear_refs); False where it cannot."""
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as fh:
            fh.write("5")
        return True
    except OSError:
        return False


def peak_rss() -> int:
    """This process's peak resident memory in bytes (VmHWM; ru_maxrss where /proc is absent)."""
    v = _status("VmHWM")
    if v is not None:
        return v
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
