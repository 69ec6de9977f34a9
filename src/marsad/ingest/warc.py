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
    try:
        it = ArchiveIterator(fh, arc2warc=True)
        for record in it:
            records += 1
            rtype = record.rec_type
            if rtype != "response" or not _is_html(record):
                stats["skipped"] += 1
                continue
            status = record.http_headers.get_statuscode() if record.http_headers is not None else "200"
            if status and not status.startswith("2"):
                stats["skipped"] += 1
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            date = record.rec_headers.get_header("WARC-Date") or ""
            data = record.content_stream().read(MAX_DOC_BYTES + 1)
            where = f"{source}@{it.get_record_offset()}"  # only after reading: it consumes the record
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
            yield RawDoc(source=where, html=html, url=url,
                         meta={"encoding": enc, "crawled": date[:10] or None, "warc_date": date or None})
    except ArchiveLoadFailed as e:
        broken = True
        msg = str(e).splitlines()[0] if str(e) else "not a WARC record"
        yield ReadError(source, f"corrupt WARC after {records} records ({msg})")
    except (OSError, EOFError, ValueError, KeyError, IndexError, AttributeError) as e:
        broken = True
        reason = str(e).splitlines()[0] if str(e) else type(e).__name__
        yield ReadError(source, f"corrupt or truncated WARC after {records} records ({reason})")
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
