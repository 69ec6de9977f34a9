"""Bad input through the real ``marsad extract`` (CONTRACT.md): each bad document costs one
line on stderr naming it and the reason, exit 2, and every other document is still printed."""
from __future__ import annotations

import gzip
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from marsad.cli import main
from marsad.ingest.readers import MAX_DOC_BYTES

REPO = Path(__file__).resolve().parents[1]
GOOD_TEXT = ("انشق ضابط برتبة ملازم أول وسبعة عناصر عن قوات النظام بالريف الغربي لدرعا فجر اليوم، "
             "ووصلوا إلى بلدة طفس بعد ثلاث ساعات من السير.\n\nوذكر أهالٍ أن حواجز قوات النظام استُنفرت.\n")
PAGES = sorted((REPO / "samples" / "html").glob("*.html"))


def run(capsys, *args):
    code = main(["extract", "--quiet", "--format", "jsonl", *map(str, args)])
    out, err = capsys.readouterr()
    recs = [json.loads(line) for line in out.splitlines() if line.strip()]
    assert "Traceback" not in err
    return code, recs, err


def err_lines(err: str, name: str) -> list[str]:
    return [ln for ln in err.splitlines() if name in ln]


@pytest.fixture
def good(tmp_path):
    p = tmp_path / "good.txt"
    p.write_text(GOOD_TEXT, encoding="utf-8")
    return p


def _one_error(capsys, bad: Path, good: Path, reason: str):
    code, recs, err = run(capsys, bad, good)
    assert code == 2
    lines = err_lines(err, bad.name)
    assert len(lines) == 1 and reason in lines[0].lower(), err
    assert [r["text"][:10] for r in recs] == [GOOD_TEXT[:10]]  # the good file still came out
    return lines[0]


def test_empty_file(tmp_path, good, capsys):
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    _one_error(capsys, bad, good, "empty")
    bad.write_bytes(b"  \n\n\t ")
    _one_error(capsys, bad, good, "empty")


def test_binary_file(tmp_path, good, capsys):
    bad = tmp_path / "image.bin"
    bad.write_bytes(bytes(range(256)) * 40)
    _one_error(capsys, bad, good, "binary")
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes([7, 200, 13, 0, 255]) * 500)
    _one_error(capsys, bad, good, "binary")


def test_invalid_utf8(tmp_path, good, capsys):
    bad = tmp_path / "latin.txt"
    bad.write_bytes(bytes(range(0x80, 0x100)) * 30)  # no encoding makes text of this
    _one_error(capsys, bad, good, "encoding")
    # Arabic UTF-8 with a couple of broken bytes: decoded, the damage replaced, not refused
    damaged = tmp_path / "damaged.txt"
    damaged.write_bytes(GOOD_TEXT.encode("utf-8")[:40] + b"\xff\xfe" + GOOD_TEXT.encode("utf-8")[40:])
    code, recs, err = run(capsys, damaged)
    assert code == 0 and len(recs) == 1
    assert "ووصلوا إلى بلدة طفس" in recs[0]["text"] and "\ufffd" in recs[0]["text"]


@pytest.mark.parametrize("encoding", ["cp1256", "iso-8859-6", "utf-16", "utf-8-sig"])
def test_legacy_encodings_decoded(tmp_path, capsys, encoding):
    text = GOOD_TEXT.replace("،", ",") if encoding == "iso-8859-6" else GOOD_TEXT
    p = tmp_path / f"page_{encoding}.txt"
    p.write_bytes(text.encode(encoding))
    code, recs, err = run(capsys, p)
    assert code == 0 and len(recs) == 1
    assert recs[0]["text"] == text.strip()
    assert not err_lines(err, p.name)


def test_50mb_text_file(tmp_path, good, capsys):
    bad = tmp_path / "huge.txt"
    with open(bad, "wb") as fh:
        block = (GOOD_TEXT * 200).encode("utf-8")
        while fh.tell() < 50 * 1024 * 1024:
            fh.write(block)
    line = _one_error(capsys, bad, good, "limit")
    assert f"{MAX_DOC_BYTES // (1024 * 1024)} mb" in line.lower()


def test_100mb_html_page(tmp_path, good, capsys):
    bad = tmp_path / "huge.html"
    with open(bad, "wb") as fh:
        fh.write(b"<!DOCTYPE html><html><body>")
        block = b"<p>" + GOOD_TEXT.encode("utf-8") * 50 + b"</p>\n"
        while fh.tell() < 100 * 1024 * 1024:
            fh.write(block)
        fh.write(b"</body></html>")
    _one_error(capsys, bad, good, "limit")


def test_deeply_nested_html(tmp_path, good, capsys):
    bad = tmp_path / "nested.html"
    bad.write_text("<html><body>" + "<div>" * 100_000 + "<p>نص في العمق</p>" + "</div>" * 100_000
                   + "</body></html>", encoding="utf-8")
    _one_error(capsys, bad, good, "nested")
    # text above the depth the parser keeps is still read
    ok = tmp_path / "nested_ok.html"
    ok.write_text("<html><body><p>" + GOOD_TEXT + "</p>" + "<div>" * 100_000 + "x" + "</div>" * 100_000
                  + "</body></html>", encoding="utf-8")
    code, recs, err = run(capsys, ok)
    assert code == 0 and "بلدة طفس" in recs[0]["text"]


def test_hostile_html(tmp_path, capsys):
    page = tmp_path / "hostile.html"
    page.write_text(
        "<!DOCTYPE html><html dir='rtl'><head><script>var a='</p><p>سكربت خبيث يجب ألا يظهر في النص';"
        + "x" * 2_000_000 + "</script><style>p{color:red}</style></head><body onload='alert(1)'>"
        + f"<div data-blob='{'A' * 5_000_000}'><p>{GOOD_TEXT}</p></div>"
        + "<iframe src='javascript:alert(1)'></iframe><noscript>فعّل جافاسكربت لعرض الصفحة</noscript>"
        + "<p>" + "ووصلت تعزيزات إضافية إلى المنطقة مساء اليوم. " * 5 + "</p></body></html>", encoding="utf-8")
    code, recs, err = run(capsys, page)
    assert code == 0 and len(recs) == 1
    text = recs[0]["text"]
    assert "بلدة طفس" in text and "تعزيزات إضافية" in text
    assert "سكربت" not in text and "جافاسكربت" not in text and "AAAA" not in text and "alert" not in text


def _warc(path: Path, pages: list[Path], extra: list[tuple[str, bytes]] = ()) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=True)
        for i, p in enumerate(pages):
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(f"https://example.org/{i}", "response",
                                                payload=io.BytesIO(p.read_bytes()), http_headers=http))
        for ctype, body in extra:
            http = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record("https://example.org/file", "response",
                                                payload=io.BytesIO(body), http_headers=http))


def test_truncated_warc(tmp_path, good, capsys):
    full = tmp_path / "full.warc.gz"
    utf8_pages = [p for p in PAGES if "_sahel_" not in p.name][:3]
    _warc(full, utf8_pages)
    data = full.read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: int(len(data) * 0.8)])
    code, recs, err = run(capsys, cut, good)
    assert code == 2
    lines = err_lines(err, cut.name)
    assert len(lines) == 1 and ("truncated" in lines[0] or "corrupt" in lines[0]), err
    assert len(recs) == 3  # the two pages before the damage, and the good file
    assert recs[0]["url"] == "https://example.org/0" and recs[-1]["text"].startswith(GOOD_TEXT[:10])


def test_corrupt_warc(tmp_path, good, capsys):
    full = tmp_path / "full.warc"
    # uncompressed, then garbage written over the middle of the second record
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    pages = [p for p in PAGES if "_sahel_" not in p.name][:3]
    with open(full, "wb") as fh:
        w = WARCWriter(fh, gzip=False)
        offsets = []
        for i, p in enumerate(pages):
            offsets.append(fh.tell())
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(f"https://example.org/{i}", "response",
                                                payload=io.BytesIO(p.read_bytes()), http_headers=http))
    data = bytearray(full.read_bytes())
    data[offsets[2]:offsets[2] + 40] = b"GARBAGE" * 5 + b"\x00" * 5
    full.write_bytes(bytes(data))
    code, recs, err = run(capsys, full, good)
    assert code == 2
    assert len(err_lines(err, full.name)) == 1, err
    assert [r["url"] for r in recs[:2]] == ["https://example.org/0", "https://example.org/1"]
    assert recs[-1]["text"].startswith(GOOD_TEXT[:10])


def test_non_html_warc_records_skipped(tmp_path, capsys):
    from marsad.ingest.warc import STATS

    w = tmp_path / "mixed.warc.gz"
    _warc(w, PAGES[:2], extra=[("application/pdf", b"%PDF-1.4 ..."), ("image/jpeg", b"\xff\xd8\xff" * 100)])
    code, recs, err = run(capsys, w)
    assert code == 0 and len(recs) == 2 and not err_lines(err, w.name)
    assert STATS[str(w)] == {"pages": 2, "skipped": 2, "too_large": 0}
    only = tmp_path / "pdf_only.warc.gz"
    _warc(only, [], extra=[("application/pdf", b"%PDF-1.4 ...")])
    code, recs, err = run(capsys, only)
    assert code == 2 and recs == []
    [line] = err_lines(err, only.name)
    assert "no html" in line.lower()


def test_bad_records_in_jsonl_batch(tmp_path, capsys):
    p = tmp_path / "batch.jsonl"
    lines = [json.dumps({"id": "a", "text": GOOD_TEXT}, ensure_ascii=False).encode(),
             b'{"id": "b", "text": ',  # broken JSON
             b'["not", "an", "object"]',
             json.dumps({"id": "d", "url": "x"}).encode(),  # no text
             b'{"id": "e", "text": "\xff\xfe broken utf-8"}',
             json.dumps({"id": "f", "html": PAGES[0].read_text("utf-8")}, ensure_ascii=False).encode(),
             json.dumps({"id": "g", "html": "<html><body>" + "<div>" * 5000 + "</div>" * 5000 + "</body></html>"}).encode(),
             json.dumps({"id": "h", "text": GOOD_TEXT, "published": "2024-11-26"}, ensure_ascii=False).encode()]
    p.write_bytes(b"\n".join(lines) + b"\n")
    code, recs, err = run(capsys, p)
    assert code == 2
    assert [r["id"] for r in recs] == ["a", "f", "h"]
    assert recs[1]["title"] and recs[1]["outlet"]
    bad = err_lines(err, p.name)
    assert len(bad) == 5, err
    for ln in ("batch.jsonl:2", "batch.jsonl:3", "batch.jsonl:4", "batch.jsonl:5", "batch.jsonl:7"):
        assert sum(ln in b for b in bad) == 1, (ln, bad)


def test_missing_file_and_directory(tmp_path, good, capsys):
    empty = tmp_path / "empty"
    empty.mkdir()
    code, recs, err = run(capsys, tmp_path / "nope.txt", empty, good)
    assert code == 2 and len(recs) == 1
    assert len(err_lines(err, "nope.txt")) == 1
    assert any("empty" in ln and "directory with no files" in ln for ln in err.splitlines())
    code, recs, err = run(capsys, tmp_path)  # a folder stands for its files: good's folder holds good
    assert code == 0 and [r["source"] for r in recs] == [str(good)]


def test_real_cli_process_gzip_text_and_html(tmp_path):
    """The installed entry point, as a user runs it: mixed kinds by content, not extension."""
    gz = tmp_path / "page.dat"
    gz.write_bytes(gzip.compress(GOOD_TEXT.encode("cp1256")))
    html = tmp_path / "page.txt"  # an HTML page with a misleading extension
    html.write_bytes(PAGES[1].read_bytes())
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"")
    proc = subprocess.run([sys.executable, "-m", "marsad.cli", "extract", "--quiet", "--format", "jsonl",
                           str(gz), str(empty), str(html)], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2
    recs = [json.loads(x) for x in proc.stdout.splitlines()]
    assert len(recs) == 2
    assert recs[0]["text"] == GOOD_TEXT.strip()
    assert recs[1]["title"] and recs[1]["outlet"] and "<" not in recs[1]["text"]
    assert "Traceback" not in proc.stderr
    assert len([x for x in proc.stderr.splitlines() if "empty.html" in x]) == 1
