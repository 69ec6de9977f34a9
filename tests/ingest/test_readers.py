"""Readers: kinds by content, encodings detected, one-line errors."""
from __future__ import annotations

import gzip

import pytest

from marsad.ingest.readers import RawDoc, ReadError, decode_bytes, read_path, sniff

AR = "قالت فصائل معارضة إنها انتزعت قرية أخرى شمالي حماة إثر مواجهات دامت ساعات."


@pytest.mark.parametrize("head,kind", [
    (b"WARC/1.1\r\nWARC-Type: warcinfo", "warc"),
    (b"filedesc://crawl.arc 0.0.0.0 20240101000000 text/plain 76", "warc"),
    (b'{"id": 1, "text": "x"}\n', "jsonl"),
    (b"<!DOCTYPE html><html>", "html"),
    (b"\n\n  <div class='x'><p>hi</p>", "html"),
    ("<html dir='rtl'><body>".encode("utf-16"), "html"),
    (AR.encode("utf-16"), "text"),
    (b"\x1f\x8b\x08\x00", "gzip"),
    (AR.encode(), "text"),
])
def test_sniff(head, kind):
    assert sniff(head) == kind


@pytest.mark.parametrize("enc", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1256", "iso-8859-6"])
def test_decode(enc):
    data = AR.encode(enc)
    if enc == "utf-16-le":
        data = b"\xff\xfe" + data
    text, used = decode_bytes(data)
    assert text == AR


def test_decode_refuses_garbage():
    with pytest.raises(ValueError):
        decode_bytes(bytes(range(256)) * 10)
    with pytest.raises(ValueError):
        decode_bytes(b"   \n")


def test_read_by_content_not_extension(tmp_path):
    p = tmp_path / "page.json"  # misleading extension, HTML inside, gzipped
    p.write_bytes(gzip.compress(f"<html><body><p>{AR}</p></body></html>".encode()))
    [raw] = list(read_path(str(p)))
    assert isinstance(raw, RawDoc) and raw.html and AR in raw.html


def test_corrupt_gzip(tmp_path):
    p = tmp_path / "x.gz"
    p.write_bytes(b"\x1f\x8b\x08\x00garbage")
    [err] = list(read_path(str(p)))
    assert isinstance(err, ReadError) and "gzip" in err.reason
