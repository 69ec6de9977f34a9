"""The one runner: sources → Documents (or per-document errors) → writers.

``marsad extract`` (JSON/JSONL writer), ``marsad ingest`` (store writer) and the library all go
through :class:`Runner`, so reading, cleaning, the pipeline, error handling and progress live in
one place. A writer is any object with ``write(doc)``; it may also have ``skip(doc)`` (asked
after cleaning, before the costly analysis: the store skips texts it already holds) and
``close()``. One bad document costs that document only: its error is yielded or reported and
the run goes on.
"""
from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from typing import IO, Any, Callable, Iterable, Iterator, Protocol

from .document import SPAN_LAYERS, Document
from .ingest.page import raw_to_document
from .ingest.readers import PageError, RawDoc, ReadError, printable, read_path
from .logs import LOG as _LOG


class Writer(Protocol):
    def write(self, doc: Document) -> None: ...


@dataclass
class RunStats:
    written: int = 0
    skipped: int = 0
    errors: int = 0


def _reason(e: BaseException, verb: str) -> str:
    # a page the cleaner refuses says why in plain words; anything else is a bug, named as such
    if isinstance(e, PageError):
        return str(e)
    return f"could not {verb} document ({type(e).__name__}: {e})"


class Runner:
    """Drive a :class:`~marsad.pipeline.Pipeline` over input paths.

    ``documents(paths)`` streams Documents and ReadErrors; ``run(paths, writers)`` sends each
    Document to the writers and returns counts. ``progress`` (see :func:`progress_bar`) is told
    about every document as ``progress(source, ok)``.
    """

    def __init__(self, pipeline=None, passage: bool = False, published: str | None = None,
                 any_language: bool = False):
        # any_language=False: pages that are not Arabic are skipped with a warning (marsad.ingest.language)
        self.any_language = any_language
        self.not_arabic = 0
        if pipeline is None:
            from .pipeline import Pipeline

            pipeline = Pipeline()
        self.pipeline = pipeline
        self.passage = passage
        self.published = published

    def prepare(self, raw: RawDoc) -> Document:
        """Reading's output to a clean Document (no analysis yet)."""
        doc = raw_to_document(raw, passage=self.passage)
        if self.published and not doc.published:
            doc.published = self.published
        return doc

    def _not_arabic(self, doc: Document, source: str) -> bool:
        """The language hook (marsad.ingest.language): warn and skip a page that is not Arabic."""
        from .ingest.language import not_arabic
        from .logs import LOG

        reason = not_arabic(doc.text)
        if reason:
            self.not_arabic += 1
            LOG.warning("%s: %s", source, reason)
        return bool(reason)

    def documents(self, paths: Iterable[str], stdin_format: str = "text",
                  skip: Callable[[Document], bool] | None = None) -> Iterator[Document | ReadError | None]:
        """Analysed Documents, or a ReadError per document that failed; ``None`` for a document
        ``skip`` turned down (so callers can count it)."""
        for path in paths:
            for item in read_path(path, stdin_format=stdin_format):
                yield self.process(item, skip)

    def process(self, item: RawDoc | ReadError,
                skip: Callable[[Document], bool] | None = None) -> Document | ReadError | None:
        """One read item to an analysed Document, a ReadError, or None (not Arabic, or ``skip``
        turned it down). The cluster runner (marsad.cluster) calls this on its workers, so a
        document is processed the same way whatever runs it."""
        if isinstance(item, ReadError):
            return item
        try:
            doc = self.prepare(item)
            if not self.any_language and self._not_arabic(doc, item.source):
                return None
            if skip is not None and skip(doc):
                return None
            self.pipeline(doc)
            if _LOG.isEnabledFor(20):  # logging.INFO: the summary is built only when shown
                _LOG.info("%s: %s", item.source, ", ".join(
                    f"{len(v)} {k}" for k, v in doc.layers.items() if k in SPAN_LAYERS))
        except Exception as e:  # noqa: BLE001 - one bad document must not stop the batch
            if os.environ.get("MARSAD_DEBUG"):
                raise
            return ReadError(item.source, _reason(e, "process"))
        return doc

    def run(self, paths: Iterable[str], writers: Iterable[Any], stdin_format: str = "text",
            on_error: Callable[[str], None] | None = None,
            progress: Callable[[str, bool], None] | None = None,
            stream: Iterable[Document | ReadError | None] | None = None) -> RunStats:
        """Send every document to every writer; errors go to ``on_error`` as one line each.
        ``stream`` replaces reading ``paths`` with documents analysed elsewhere (marsad.cluster),
        in input order."""
        writers = list(writers)
        skippers = [w.skip for w in writers if hasattr(w, "skip")]
        skip = (lambda d: any(s(d) for s in skippers)) if skippers else None
        stats = RunStats()
        drains = [w.drain for w in writers if hasattr(w, "drain")]

        def settle() -> None:
            # outcomes a writer learns only when it writes a batch: a failure, a duplicate
            for drain in drains:
                for kind, source, reason in drain():
                    stats.written -= 1
                    if kind == "skipped":
                        stats.skipped += 1
                    else:
                        stats.errors += 1
                        if on_error:
                            on_error(f"{source}: {reason}")

        try:
            items = stream if stream is not None else self.documents(paths, stdin_format=stdin_format, skip=skip)
            for item in items:
                if item is None:
                    stats.skipped += 1
                    ok = True
                elif isinstance(item, ReadError):
                    stats.errors += 1
                    ok = False
                    if on_error:
                        on_error(str(item))
                else:
                    ok = True
                    try:
                        for w in writers:
                            w.write(item)
                        stats.written += 1
                    except Exception as e:  # noqa: BLE001 - a writer failing on one document
                        if os.environ.get("MARSAD_DEBUG") or isinstance(e, (BrokenPipeError, KeyboardInterrupt)):
                            raise
                        stats.errors += 1
                        ok = False
                        if on_error:
                            on_error(printable(f"{item.extra.get('source', item.id)}: {_reason(e, 'write')}"))
                settle()
                if progress:
                    progress(item.source if isinstance(item, ReadError) else "", ok)
        finally:
            for w in writers:
                close = getattr(w, "close", None)
                if close:
                    close()
            settle()
        return stats


# -- writers ------------------------------------------------------------------------------------
_LINE_BREAKS = re.compile("[\x85\u2028\u2029]")


class JsonWriter:
    """Contract records as a JSON array (``fmt="json"``) or JSON lines, flushed per document."""

    def __init__(self, out: IO[str], fmt: str = "jsonl"):
        if fmt not in ("json", "jsonl"):
            raise ValueError(f"unknown format {fmt!r}")
        self.out, self.fmt, self.first = out, fmt, True
        if fmt == "json":
            out.write("[")

    def write(self, doc: Document) -> None:
        line = json.dumps(doc.to_record(), ensure_ascii=False)
        if _LINE_BREAKS.search(line):  # valid JSON, but line splitters (str.splitlines...) cut there
            line = _LINE_BREAKS.sub(lambda m: f"\\u{ord(m.group()):04x}", line)
        if self.fmt == "json":
            self.out.write(("\n" if self.first else ",\n") + line)
        else:
            self.out.write(line + "\n")
        self.first = False
        self.out.flush()

    def close(self) -> None:
        if self.fmt == "json":
            self.out.write("\n]\n" if not self.first else "]\n")
            self.out.flush()


class StoreWriter:
    """Documents into a store, ``batch`` documents per write unit; a document the store already
    holds is skipped before analysis, so re-running an ingest is cheap and safe.

    With a store that has ``add_documents`` (a batch in one write unit, a savepoint per document,
    per-document results), documents are buffered and written ``batch`` at a time after their
    analysis, so no transaction stays open while the pipeline runs. Otherwise each document goes
    through ``add_document`` in a savepoint, committed every ``batch`` documents. Outcomes known
    only at write time (a failure, a duplicate within one batch) are handed back to the runner by
    ``drain()``."""

    def __init__(self, store, batch: int = 20):
        self.store, self.batch = store, max(1, batch)
        self.batched = hasattr(store, "add_documents")
        self.buffer: list[Document] = []
        self.pending = 0
        self.outcomes: list[tuple[str, str, str]] = []  # (kind: error|skipped, source, reason)
        if not self.batched:
            store.begin()

    def skip(self, doc: Document) -> bool:
        if hasattr(self.store, "has_document"):
            return bool(self.store.has_document(doc.text, doc.outlet))
        return bool(self.store.has_text(doc.text))

    def write(self, doc: Document) -> None:
        if self.batched:
            self.buffer.append(doc)
            if len(self.buffer) >= self.batch:
                self.flush()
            return
        with self.store.savepoint():
            self.store.add_document(doc)
        self.pending += 1
        if self.pending >= self.batch:
            self.store.commit()
            self.store.begin()
            self.pending = 0

    def flush(self) -> None:
        if not self.buffer:
            return
        docs, self.buffer = self.buffer, []
        try:
            results = self.store.add_documents(docs)
        except Exception as e:  # noqa: BLE001 - the whole unit failed: every document in it
            if os.environ.get("MARSAD_DEBUG"):
                raise
            results = [e] * len(docs)
        for doc, res in zip(docs, results):
            source = str(doc.extra.get("source", doc.id))
            if res is None:
                self.outcomes.append(("skipped", source, "already stored"))
            elif not isinstance(res, int):
                self.outcomes.append(("error", source, f"could not store document ({res})"))

    def drain(self) -> list[tuple[str, str, str]]:
        out, self.outcomes = self.outcomes, []
        return out

    def close(self) -> None:
        if self.batched:
            try:
                self.flush()
            finally:
                self.store.close()
            return
        try:
            self.store.commit()
        finally:
            self.store.rollback()
            self.store.close()


# -- progress -------------------------------------------------------------------------------------
def count_documents(paths: Iterable[str]) -> int | None:
    """How many documents the inputs hold, when that is cheap to know: one per text or HTML file,
    one per line of a JSONL file. None for stdin, WARC or gzip input (the bar then counts up)."""
    from .ingest.readers import expand_paths, sniff

    total = 0
    for path in expand_paths(paths):  # a folder counts its files
        if path == "-":
            return None
        if not os.path.isfile(path):
            total += 1  # the reader reports it as one error
            continue
        try:
            with open(path, "rb") as fh:
                kind = sniff(fh.read(4096))
                if kind in ("warc", "gzip"):
                    return None
                if kind == "jsonl":
                    fh.seek(0)
                    n, last = 0, b"\n"
                    for chunk in iter(lambda: fh.read(1 << 20), b""):  # a 1 GB line is never held whole
                        n += chunk.count(b"\n")
                        last = chunk[-1:]
                    total += n + (last != b"\n")
                else:
                    total += 1
        except OSError:
            total += 1  # the reader will report it as one error
    return total


class progress_bar:
    """A rich progress bar on stderr (documents done of total when known, rate, ETA); a no-op
    when ``enabled`` is false. Use as a context manager; call it as ``bar(source, ok)``."""

    def __init__(self, label: str, total: int | None, enabled: bool = True):
        self.enabled = enabled
        self.label, self.total = label, total
        self.progress = None

    def __enter__(self) -> "progress_bar":
        if not self.enabled:
            return self
        from rich.console import Console
        from rich.progress import (BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TaskProgressColumn,
                                   TextColumn, TimeElapsedColumn, TimeRemainingColumn)

        cols = [SpinnerColumn(), TextColumn(f"[bold]{self.label}"), BarColumn(), MofNCompleteColumn()]
        if self.total:
            cols += [TaskProgressColumn()]
        cols += [TextColumn("{task.fields[rate]}"), TimeElapsedColumn()]
        if self.total:
            cols += [TextColumn("ETA"), TimeRemainingColumn()]
        self.progress = Progress(*cols, console=Console(stderr=True), transient=True)
        self.progress.start()
        self.task = self.progress.add_task("", total=self.total, rate="")
        return self

    def __call__(self, source: str = "", ok: bool = True) -> None:
        if self.progress is None:
            return
        self.progress.advance(self.task)
        task = self.progress.tasks[0]
        elapsed = task.elapsed or 0.0
        if elapsed > 0:
            self.progress.update(self.task, rate=f"{task.completed / elapsed:.1f} docs/s")

    def print(self, msg: str) -> None:
        """A line on stderr that does not break the bar."""
        if self.progress is not None:
            self.progress.console.print(msg, markup=False, highlight=False)
        else:
            import sys

            print(msg, file=sys.stderr)

    def __exit__(self, *exc) -> None:
        if self.progress is not None:
            self.progress.stop()
