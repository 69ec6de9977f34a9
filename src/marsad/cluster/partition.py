"""Cutting inputs into partitions a worker can read on its own: runs of small files, byte ranges
of WARC records, byte ranges of JSONL lines.

The driver scans each big file once (WARC record offsets, JSONL line starts: cheap next to the
analysis) and cuts at record boundaries, so a worker seeks straight to its range and reads it with
marsad's own readers. Every document keeps the source name the serial run gives it
(``file@offset`` for a WARC record, ``file:line`` for a JSONL line): the database must come out
the same whoever read what.

The plan is streamed (``stream``): partitions are made a file at a time as the run asks for them,
so the driver holds a window of them, not one per 256 documents of the whole input, and the
workers start on the first file while later ones are scanned.
"""
from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import IO, Iterator

from ..ingest.readers import Item, ReadError, expand_paths, read_path, sniff


@dataclass(frozen=True)
class Partition:
    index: int
    kind: str  # "files" (whole small files), "warc" or "jsonl" (a byte range of one file)
    files: tuple[str, ...] = ()
    start: int = 0
    end: int | None = None  # None: to the end of the file
    first_line: int = 1  # JSONL: the line number of ``start``
    docs: int = 0  # documents expected (for the progress total)

    @property
    def path(self) -> str:
        return self.files[0]


@dataclass
class Plan:
    partitions: list[Partition] = field(default_factory=list)
    errors: list[ReadError] = field(default_factory=list)  # inputs that cannot be planned (missing...)

    @property
    def docs(self) -> int:
        return sum(p.docs for p in self.partitions)


def expand(paths: list[str]) -> Iterator[str]:
    """Files in the order given; a directory stands for its files (the serial run's order and
    names: :func:`marsad.ingest.readers.expand_paths`)."""
    return expand_paths(paths)


# Documents per partition (one task, one write unit) when none is asked for. Measured in stop 20
# (docs/SCALING.md, "Partition size"): Dask's messaging and the writer's per-unit work are paid per
# partition, and a worker's CPU per document grew less when two ran at 256 than at 64; a retried
# partition redoes at most ~1.5 s of one worker's work, and the driver holds at most 2 x workers
# partitions of prepared rows (~10 MB for 2 workers).
DEFAULT_SIZE = 256
MIN_TASKS_PER_WORKER = 4  # a small input is cut finer (down to MIN_SIZE), so workers share it and the tail is short
MIN_SIZE = 16


def auto_size(docs: int, workers: int) -> int:
    """The partition size for ``docs`` documents on ``workers`` workers when none is given:
    DEFAULT_SIZE, or smaller (not under MIN_SIZE) so each worker gets MIN_TASKS_PER_WORKER tasks."""
    per = -(-docs // max(1, workers * MIN_TASKS_PER_WORKER))
    return max(MIN_SIZE, min(DEFAULT_SIZE, per))


def plan(paths: list[str], size: int = DEFAULT_SIZE) -> Plan:
    """Partitions of about ``size`` documents each, in input order, all at once (``stream`` makes
    them as they are needed)."""
    out = Plan()
    for p in stream(paths, size):
        (out.partitions if isinstance(p, Partition) else out.errors).append(p)
    return out


def stream(paths: list[str], size: int = DEFAULT_SIZE) -> Iterator["Partition | ReadError"]:
    """``plan``'s partitions (numbered from 0, in input order) and its errors (inputs that cannot
    be planned, in their place), made a file at a time."""
    small: list[str] = []
    index = 0

    def flush_small() -> Iterator[Partition]:
        nonlocal index
        if small:
            yield Partition(index, "files", tuple(small), docs=len(small))
            index += 1
            small.clear()

    for path in expand(paths):
        if path == "-":
            yield ReadError("<stdin>", "standard input cannot be shared out to workers: "
                                       "save it to a file, or run without --workers")
            continue
        try:
            with open(path, "rb") as fh:
                kind = sniff(fh.read(4096))
                if kind == "gzip":
                    kind = _gzip_kind(fh)
                fh.seek(0)
                if kind == "warc":
                    cuts = _warc_cuts(fh, size)
                elif kind == "jsonl":
                    cuts = _jsonl_cuts(fh, size)
                else:
                    cuts = None
        except OSError:
            cuts, kind = None, "files"  # the reader reports it as one error, in its place
        if cuts is None:
            small.append(path)
            if len(small) >= size:
                yield from flush_small()
            continue
        yield from flush_small()
        for start, end, first_line, docs in cuts:
            yield Partition(index, kind, (path,), start, end, first_line, docs)
            index += 1
    yield from flush_small()


def _gzip_kind(fh: IO[bytes]) -> str:
    import gzip

    fh.seek(0)
    try:
        with gzip.GzipFile(fileobj=fh) as gz:
            head = gz.read(4096)
    except (OSError, EOFError):
        return "files"
    kind = sniff(head)
    # gzipped JSONL or text is one stream: no byte ranges, the whole file is read as one partition
    return "warc" if kind == "warc" else "files"


def _warc_cuts(fh: IO[bytes], size: int) -> list[tuple[int, int | None, int, int]] | None:
    """(start, end, 1, pages) ranges of about ``size`` HTML responses, cut at record starts. None
    when the records cannot be addressed (a gzip WARC that is one stream, not one member per
    record): then the whole file is one partition."""
    gz = _is_gzip(fh)
    found = _gzip_warc_records(fh) if gz else None
    starts, pages = found if found is not None else _warcio_records(fh)
    if not starts:
        return None
    cuts: list[tuple[int, int | None, int, int]] = []
    begin, n = 0, 0
    for i, off in enumerate(starts):
        if n >= size and pages[i]:  # a new range starts at a page once this one is full
            if gz and not _gzip_member_at(fh, off):
                return None
            cuts.append((begin, off, 1, n))
            begin, n = off, 0
        n += pages[i]
    cuts.append((begin, None, 1, n))
    return cuts


def _warcio_records(fh: IO[bytes]) -> tuple[list[int], list[int]]:
    """(offsets, 1 for an HTML response else 0) of every record warcio can read, in order."""
    from warcio.archiveiterator import ArchiveIterator

    from ..ingest.warc import _is_html

    starts: list[int] = []
    pages: list[int] = []
    fh.seek(0)
    try:
        it = ArchiveIterator(fh, arc2warc=True)
        for rec in it:
            starts.append(it.get_record_offset())
            pages.append(1 if rec.rec_type == "response" and _is_html(rec) else 0)
    except Exception:  # noqa: BLE001 - damage: cut what was read, the worker reports the rest
        pass
    return starts, pages


_FEED = 1 << 14  # compressed bytes given to zlib at a time (a crawl page's member is ~1-3 KB)
_HEAD = 1 << 16  # inflated bytes of a member kept to read its headers (the rest is only counted)


def _gzip_warc_records(fh: IO[bytes]) -> tuple[list[int], list[int]] | None:
    """``_warcio_records`` for the common case, with zlib alone: a gzip WARC of one member per
    record, each member inflated once to find where it ends and its headers read from its first
    bytes. warcio parses every record's headers and HTTP block in Python, ~2.5 times the CPU
    (measured in stop 24: docs/SCALING.md); on a crawl the scan is the driver's, so its cost is
    part of every document's. None at the first thing this path does not handle (a member that is
    not exactly one WARC record, damage, an ARC file, folded header lines...): warcio then scans the
    file as before. Only how many pages a range holds comes from the headers read here, never
    where a range starts or what a worker reads, so even a page miscounted would change the
    partitions' sizes and nothing in the database."""
    import zlib

    fh.seek(0)
    buf, base, pos = fh.read(1 << 20), 0, 0
    starts: list[int] = []
    pages: list[int] = []

    def ahead() -> None:  # at least _FEED bytes after pos in buf, unless the file ends first
        nonlocal buf, base, pos
        if len(buf) - pos < _FEED:
            more = fh.read(1 << 20)
            if more:
                buf, base, pos = buf[pos:] + more, base + pos, 0

    while True:
        ahead()
        if pos >= len(buf):
            return starts, pages
        if buf[pos:pos + 3] != b"\x1f\x8b\x08":
            return None
        start = base + pos
        d = zlib.decompressobj(31)
        head, total = b"", 0
        while True:
            ahead()
            feed = buf[pos:pos + _FEED]
            if not feed:
                return None  # the file ends inside a member
            data = feed
            try:
                while True:
                    out = d.decompress(data, 1 << 20)  # bounded: a huge record is counted, not held
                    total += len(out)
                    if len(head) < _HEAD:
                        head += out[:_HEAD - len(head)]
                    data = d.unconsumed_tail
                    if d.eof or not data:
                        break
            except zlib.error:
                return None
            if d.eof:
                pos += len(feed) - len(d.unused_data)
                break
            pos += len(feed)
        page = _page_record(head, total)
        if page is None:
            return None
        starts.append(start)
        pages.append(page)


def _page_record(head: bytes, total: int) -> int | None:
    """1 if the WARC record whose inflated bytes begin with ``head`` (``total`` bytes in all) is
    an HTML response as ``ingest.warc`` tells one (the HTTP block's Content-Type, else the
    record's), 0 if another record; None if it is not exactly one plain WARC record."""
    from ..ingest.warc import _HTML_TYPES

    end = head.find(b"\r\n\r\n")
    if not head.startswith(b"WARC/") or end < 0:
        return None
    fields: dict[bytes, bytes] = {}
    for line in head[:end].split(b"\r\n")[1:]:
        name, sep, value = line.partition(b":")
        if not sep or name[:1] in (b" ", b"\t"):
            return None
        fields.setdefault(name.strip().lower(), value.strip())
    try:
        length = int(fields.get(b"content-length", b""))
    except ValueError:
        return None
    if total != end + 4 + length + 4:  # headers, block, the closing blank lines: one record a member
        return None
    if fields.get(b"warc-type") != b"response":
        return 0
    ctype = b""
    if length and fields.get(b"warc-target-uri", b"").startswith((b"http:", b"https:")):
        block = head[end + 4:]
        hend = block.find(b"\r\n\r\n")
        if hend < 0:
            return None
        for line in block[:hend].split(b"\r\n")[1:]:
            name, sep, value = line.partition(b":")
            if sep and name.strip().lower() == b"content-type":
                ctype = value.strip()
                break
    ctype = (ctype or fields.get(b"content-type", b"")).decode("latin-1").lower()
    return 1 if any(t in ctype for t in _HTML_TYPES) else 0


def _is_gzip(fh: IO[bytes]) -> bool:
    fh.seek(0)
    return fh.read(2) == b"\x1f\x8b"


def _gzip_member_at(fh: IO[bytes], off: int) -> bool:
    fh.seek(off)
    return fh.read(2) == b"\x1f\x8b"


def _jsonl_cuts(fh: IO[bytes], size: int) -> list[tuple[int, int | None, int, int]]:
    cuts: list[tuple[int, int | None, int, int]] = []
    begin, first, n, pos, lineno = 0, 1, 0, 0, 0
    for line in fh:
        lineno += 1
        if n >= size and line.strip():
            cuts.append((begin, pos, first, n))
            begin, first, n = pos, lineno, 0
        if line.strip():
            n += 1
        pos += len(line)
    cuts.append((begin, None, first, n))
    return cuts


class Window(io.RawIOBase):
    """Bytes [start, end) of a file, seen as a whole stream whose offsets are the file's own
    (so WARC record offsets and source names match the serial run)."""

    def __init__(self, fh: IO[bytes], start: int, end: int | None):
        self.fh, self.start = fh, start
        self.end = end if end is not None else fh.seek(0, 2)
        fh.seek(start)
        self.pos = start

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self.pos

    def seek(self, offset: int, whence: int = 0) -> int:
        if whence == 0:
            target = offset
        elif whence == 1:
            target = self.pos + offset
        else:
            target = self.end + offset
        self.pos = max(self.start, min(target, self.end))
        self.fh.seek(self.pos)
        return self.pos

    def readinto(self, b) -> int:
        n = min(len(b), self.end - self.pos)
        if n <= 0:
            return 0
        data = self.fh.read(n)
        b[:len(data)] = data
        self.pos += len(data)
        return len(data)


def read_partition(part: Partition) -> Iterator[Item]:
    """The raw documents of a partition, named exactly as the serial readers name them."""
    if part.kind == "files":
        for f in part.files:
            yield from read_path(f)
        return
    try:
        fh = open(part.path, "rb")
    except OSError as e:
        yield ReadError(part.path, f"cannot open: {e.strerror or e}")
        return
    with fh:
        win = io.BufferedReader(Window(fh, part.start, part.end), buffer_size=256 * 1024)
        if part.kind == "warc":
            from ..ingest.warc import read_warc

            yield from read_warc(part.path, win)
        else:
            from ..ingest.readers import read_jsonl

            shift = part.first_line - 1
            for item in read_jsonl(part.path, win):
                src, sep, line = item.source.rpartition(":")
                if sep and line.isdigit() and src == part.path:
                    item.source = f"{src}:{int(line) + shift}"
                yield item
