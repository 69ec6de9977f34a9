"""WARC/ARC archives (gzipped or not): each HTML response record is one page.

Request, metadata, warcinfo and non-HTML responses are skipped and counted. A damaged or
truncated archive yields the pages read before the damage and then one ReadError saying where
it broke, so a crawl with one bad member still gives its good pages.
"""
from __future__ import annotations

from typing import IO, Iterator

from .readers import MAX_DOC_BYTES, Item, RawDoc, ReadError, register

# Per-archive counts of the last read (source -> {"pages":, "skipped":, "too_large":}), for the
# demo and for callers that report what an archive held.
STATS: dict[str, dict[str, int]] = {}
_HTML_TYPES = ("text/html", "application/xhtml+xml")


def _is_html(record) -> bool:
    ctype = ""
    if record.http_headers is not None:
        ctype = (record.http_headers.get_header("Content-Type") or "").lower()
    if not ctype:
        ctype = (record.rec_headers.get_header("Content-Type") or "").lower()
    return any(t in ctype for t in _HTML_TYPES)


@register("warc")
def read_warc(source: str, fh: IO[bytes]) -> Iterator[Item]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    stats = STATS[source] = {"pages": 0, "skipped": 0, "too_large": 0}
    records = 0
    broken = False
    # A page is held back until the next record starts: only then is it known not to be the
    # last record of a file cut short (warcio reads a truncated gzip member quietly).
    pending: tuple[int, RawDoc] | None = None
    last_offset = None
    try:
        it = ArchiveIterator(fh, arc2warc=True)
        for record in it:
            records += 1
            if pending is not None:
                yield pending[1]
                pending = None
            rtype = record.rec_type
            if rtype != "response" or not _is_html(record):
                stats["skipped"] += 1
                last_offset = it.offset
                continue
            status = record.http_headers.get_statuscode() if record.http_headers is not None else "200"
            if status and not status.startswith("2"):
                stats["skipped"] += 1
                last_offset = it.offset
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            date = record.rec_headers.get_header("WARC-Date") or ""
            data = record.content_stream().read(MAX_DOC_BYTES + 1)
            last_offset = it.get_record_offset()  # only after reading: it consumes the record
            where = f"{source}@{last_offset}"
            if len(data) > MAX_DOC_BYTES:
                stats["too_large"] += 1
                yield ReadError(where, f"response over the {MAX_DOC_BYTES // (1024 * 1024)} MB limit for one page")
                continue
            from .html import decode_html

            try:
                html, enc = decode_html(data)
            except ValueError as e:
                yield ReadError(where, f"{url or 'record'}: {e}")
                continue
            stats["pages"] += 1
            pending = (last_offset, RawDoc(source=where, html=html, url=url,
                                           meta={"encoding": enc, "crawled": date[:10] or None,
                                                 "warc_date": date or None}))
    except ArchiveLoadFailed as e:
        broken = True
        msg = _short(str(e).splitlines()[0]) if str(e) else "not a WARC record"
        yield from _flush(pending)
        pending = None
        yield ReadError(source, f"corrupt WARC after {records} records ({msg})")
    except (OSError, EOFError, ValueError, KeyError, IndexError, AttributeError) as e:
        broken = True
        reason = _short(str(e).splitlines()[0]) if str(e) else type(e).__name__
        yield from _flush(pending)
        pending = None
        yield ReadError(source, f"corrupt or truncated WARC after {records} records ({reason})")
    if not broken and records:
        cut = _last_record_cut(fh, it.get_record_offset() if last_offset is None else last_offset)
        if cut:
            broken = True
            if pending is not None and stats["pages"]:
                stats["pages"] -= 1
                yield ReadError(f"{source}@{pending[0]}", f"truncated WARC: the last record is cut short ({cut}); "
                                                          "its page is left out")
                pending = None
            else:
                yield ReadError(source, f"truncated WARC: the last record is cut short ({cut})")
    yield from _flush(pending)
    if not broken:
        tail = _trailing_bytes(fh, it)
        if tail:
            broken = True
            yield ReadError(source, f"truncated or corrupt WARC: {tail} bytes after record {records} "
                                    "are not a complete record")
    if records == 0 and not broken:
        yield ReadError(source, "no WARC records found")
    elif stats["pages"] == 0 and stats["too_large"] == 0 and not broken:
        yield ReadError(source, f"no HTML pages in the archive ({stats['skipped']} other records skipped)")


def _flush(pending) -> Iterator[Item]:
    if pending is not None:
        yield pending[1]


def _short(msg: str) -> str:
    """warcio quotes the raw bytes it could not read (compressed garbage): keep the words only."""
    msg = msg.split(", first line:")[0].split(" first line:")[0]
    return msg[:120]


def _last_record_cut(fh: IO[bytes], offset: int | None) -> str | None:
    """Why the record starting at ``offset`` (the last one) is incomplete, or None.

    A gzip member must reach its end marker; an uncompressed record must hold the bytes its
    Content-Length announces. Only the last record can be cut by a short download, so only it
    is checked (one record decompressed twice, not the whole archive)."""
    import zlib

    if offset is None:
        return None
    try:
        fh.seek(offset)
        head = fh.read(2)
        fh.seek(offset)
    except (OSError, ValueError, AttributeError):
        return None  # not seekable (stdin): nothing to check against
    if head == b"\x1f\x8b":
        d = zlib.decompressobj(16 + zlib.MAX_WBITS)
        try:
            while not d.eof:
                chunk = fh.read(1 << 16)
                if not chunk:
                    return "its gzip member ends early"
                d.decompress(chunk, 0)
                # the decompressed bytes are dropped as they come: memory stays one chunk
        except zlib.error as e:
            return f"gzip data damaged: {e}"
        return None
    data = fh.read(1 << 16)
    end = data.find(b"\r\n\r\n")
    if end < 0:
        return None
    import re

    m = re.search(rb"(?im)^content-length:\s*(\d+)", data[:end])
    if not m:
        return None
    need = end + 4 + int(m.group(1))
    size = fh.seek(0, 2)
    have = size - offset
    if have < need:
        return f"{need - have} of its {int(m.group(1))} content bytes missing"
    return None


def _trailing_bytes(fh: IO[bytes], it) -> int:
    """Bytes after the last complete record (warcio stops quietly at a cut gzip member)."""
    try:
        end = it.offset
        size = fh.seek(0, 2)
        if size <= end:
            return 0
        fh.seek(end)
        rest = fh.read(4096)
    except (OSError, ValueError, AttributeError):
        return 0
    if not rest.strip(b"\r\n \t\x00"):
        return 0
    return size - end
