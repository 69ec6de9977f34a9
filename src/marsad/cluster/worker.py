"""What runs on a Dask worker: read one partition, run each document through the same
``Runner.process`` the serial run uses, and hand the analysed documents back in order.

The runner (and so the pipeline's lexicons and models) is built once per worker process and kept,
so a worker pays the loading cost once, however many partitions it gets. Warnings a stage logs
(a page that is not Arabic...) are caught and sent back, so the driver prints them as a serial run
would.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field

from .partition import Partition, read_partition

_RUNNERS: dict[tuple, object] = {}


@dataclass
class PartitionResult:
    index: int
    items: list = field(default_factory=list)  # Document | ReadError | None, in input order
    warnings: list[str] = field(default_factory=list)
    not_arabic: int = 0
    peak_rss: int = 0  # bytes, this worker process's high-water mark so far
    pid: int = 0
    cpu: float = 0.0  # CPU seconds this partition took on the worker


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
    return r


def run_partition(part: Partition, opts: tuple) -> PartitionResult:
    """``opts`` = (passage, published, any_language), as ``marsad ingest`` takes them."""
    from ..document import Document

    import time

    t0 = time.process_time()
    runner = _runner(opts)
    before = runner.not_arabic
    catch = _Catch()
    log = logging.getLogger("marsad")
    log.addHandler(catch)
    out = PartitionResult(part.index, pid=os.getpid())
    try:
        for item in read_partition(part):
            res = runner.process(item)
            if isinstance(res, Document):
                res._cache.clear()  # shared analyses are rebuilt cheaply where needed; not shipped
            out.items.append(res)
    finally:
        log.removeHandler(catch)
    out.warnings = catch.lines
    out.not_arabic = runner.not_arabic - before
    out.peak_rss = peak_rss()
    out.cpu = time.process_time() - t0
    return out


def peak_rss() -> int:
    """This process's peak resident memory in bytes (VmHWM; ru_maxrss where /proc is absent)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
