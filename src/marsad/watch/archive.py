"""The raw bytes of every fetched page, as WARC records (warcio), so any fact traces to them.

One gzipped WARC file per run in ``--warc-dir``; each page is a response record (the HTTP status
line and headers as received, the body as stored) followed by its request record. The file name,
the record's offset and its WARC-Record-ID go into the store with the fetch, and marsad's own
WARC reader reads these files back (``marsad ingest DIR/*.warc.gz``).
"""
from __future__ import annotations

import io
import os
import time
from pathlib import Path

from .fetch import Fetched

# Headers that described the bytes on the wire, not the decoded body we keep.
_WIRE_ONLY = {"content-encoding", "transfer-encoding", "content-length"}


class WarcArchive:
    def __init__(self, directory: str | os.PathLike, software: str = "marsad watch"):
        from warcio.warcwriter import WARCWriter

        self.dir = Path(directory)
        self.dir.mkdir(parents=True, exist_ok=True)
        stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
        self.path = self.dir / f"marsad-{stamp}-{os.getpid()}.warc.gz"
        n = 1
        while self.path.exists():
            n += 1
            self.path = self.dir / f"marsad-{stamp}-{os.getpid()}-{n}.warc.gz"
        self._fh = open(self.path, "wb")
        self._w = WARCWriter(self._fh, gzip=True)
        self._w.write_record(self._w.create_warcinfo_record(self.path.name, {
            "software": software, "format": "WARC File Format 1.1"}))
        self.records = 0

    @property
    def name(self) -> str:
        return self.path.name

    def add(self, res: Fetched) -> tuple[int, str]:
        """Write a response (and its request) record; return (offset, WARC-Record-ID)."""
        from warcio.statusandheaders import StatusAndHeaders

        headers = [(k, v) for k, v in res.headers if k.lower() not in _WIRE_ONLY]
        headers.append(("Content-Length", str(len(res.body))))
        http = StatusAndHeaders(f"{res.status} {res.reason}".strip(), headers, protocol=res.http_version)
        date = res.fetched_at or None
        resp = self._w.create_warc_record(res.final_url, "response", payload=io.BytesIO(res.body),
                                          http_headers=http,
                                          warc_headers_dict={"WARC-Date": date} if date else None)
        parts = res.final_url.split("/", 3)
        path = "/" + (parts[3] if len(parts) > 3 else "")
        req_http = StatusAndHeaders(f"GET {path} HTTP/1.1", [("Host", parts[2] if len(parts) > 2 else "")]
                                    + list(res.request_headers), is_http_request=True)
        req = self._w.create_warc_record(res.final_url, "request", payload=io.BytesIO(b""), http_headers=req_http,
                                         warc_headers_dict={"WARC-Date": date} if date else None)
        rid = resp.rec_headers.get_header("WARC-Record-ID")
        req.rec_headers.add_header("WARC-Concurrent-To", rid)
        offset = self._fh.tell()
        self._w.write_record(resp)
        self._w.write_record(req)
        self._fh.flush()
        self.records += 1
        return offset, rid

    def close(self) -> None:
        if not self._fh.closed:
            self._fh.close()
            if self.records == 0:  # nothing fetched: leave no empty archive behind
                try:
                    self.path.unlink()
                except OSError:
                    pass
