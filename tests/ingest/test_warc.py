"""WARC and ARC archives: HTML responses become pages, everything else is skipped and counted."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from marsad.ingest.page import raw_to_document
from marsad.ingest.readers import RawDoc, ReadError, read_path
from marsad.ingest.warc import STATS

REPO = Path(__file__).resolve().parents[2]
PAGES = sorted((REPO / "samples" / "html").glob("*.html"))


def test_build_warc_script_round_trip(tmp_path):
    out = tmp_path / "samples.warc.gz"
    subprocess.run([sys.executable, str(REPO / "scripts" / "build_warc.py"), str(out)], check=True,
                   capture_output=True, timeout=120)
    items = list(read_path(str(out)))
    assert all(isinstance(i, RawDoc) for i in items) and len(items) == len(PAGES)
    assert STATS[str(out)] == {"pages": len(PAGES), "skipped": 1 + 2 * len(PAGES), "too_large": 0}
    first = items[0]
    assert first.url.startswith("https://") and first.source.startswith(str(out) + "@")
    assert first.meta["warc_date"] and len(first.meta["crawled"]) == 10
    docs = [raw_to_document(i) for i in items]
    by_stem = {p.stem: d for p, d in zip(PAGES, docs)}
    gold = (REPO / "samples" / "gold" / "html" / f"{PAGES[0].stem}.txt").read_text("utf-8")
    assert by_stem[PAGES[0].stem].text == gold.strip()
    sahel = [d for p, d in by_stem.items() if "_sahel_" in p]
    assert sahel and all(d.extra["encoding"] in ("cp1256", "windows-1256") for d in sahel)
    assert all(d.extra["crawled"] for d in docs)


def test_arc_file(tmp_path):
    html = PAGES[1].read_bytes()
    body = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html
    ver = b"1 0 marsad\nURL IP-address Archive-date Content-type Archive-length\n"
    arc = b"filedesc://t.arc 0.0.0.0 20240101000000 text/plain %d\n" % len(ver) + ver + b"\n"
    arc += b"http://example.org/a 127.0.0.1 20241014093000 text/html %d\n" % len(body) + body + b"\n"
    p = tmp_path / "crawl.arc"
    p.write_bytes(arc)
    [raw] = list(read_path(str(p)))
    assert raw.url == "http://example.org/a" and raw.meta["crawled"] == "2024-10-14"
    doc = raw_to_document(raw)
    assert doc.title and len(doc.text.split()) > 50


def test_not_a_warc(tmp_path):
    p = tmp_path / "fake.warc"
    p.write_bytes(b"WARC/1.0\r\nthis is not a header block at all\r\n\r\n")
    items = list(read_path(str(p)))
    assert len(items) == 1 and isinstance(items[0], ReadError)
